"""Eleventh round (leads11): task labels and leads of OCR'd texts, real lines of the development documents listed in
gold/development/reading_tasks.tsv ("# Eleventh round"). One class per case; each failed before its fix."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines


def _lead(text: str) -> list[str]:
    return tasks.heading_lead([ln for ln in split_lines(text) if ln.text])


ITEM_LEADS = [
    # 10688/BYT-MT item 2: a heading of requirements, "Yêu cầu phòng, chống dịch …" — the verb "phòng, chống" (prevent
    # and combat) is no office "Phòng …", so the request verb "yêu cầu" has nobody as its object (was "phòng, chống dịch
    # đổi với các trường hợp cụ thể")
    ("2. Yêu cầu phòng, chống dịch đổi với các trường hợp cụ thể\n2.1. Đối với nguửi nhập cảnh đã tiêm đủ liều vắc xỉn"
     " hoặc đã khỏi bệnh\n- Trong 03 ngày đầu kể từ ngày nhập cảnh: người nhập cảnh tự theo dõi sức khoẻ tại nơi hru trú",
     []),
    # 10688/BYT-MT item 3 (was "phòng, chống dịch khác")
    ("3. Yêu cầu phòng, chống dịch khác\na) Yêu cầu về vận chuyển người nhập cảnh từ cửa khẩu nhập cảnh về nơi\nlưu trú",
     []),
    # guard, 10688/BYT-MT item 5: the request naming who acts keeps its two leads
    ("5. Đề nghị Ủy ban nhân dân cấp tỉnh, các Bộ, ngành chỉ đạo triển khai thực\nhiện các nội dung nêu tại Công văn này;"
     " đảm bảo công tác quản ]ý, giám sát\ncách ty y tế được thực hiện nghiêm",
     ["Ủy ban nhân dân cấp tỉnh", "các Bộ, ngành"]),
]


@pytest.mark.parametrize("text,lead", ITEM_LEADS)
def test_item_lead(text, lead):
    assert _lead(text) == lead
