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


# 84/NQ-CP II.2: the subject submitting to a body ("trình" before its name) leads, the body submitted to does not (was
# "Chính phủ trình Ủy ban thường vụ Quốc hội" and "Quốc hội xem xét, quyết định các nội dung sau")
SUBMITTING = [
    ("2. Chính phủ trình Ủy ban thường vụ Quốc hội, Quốc hội xem xét,\nquyết định các nội dung sau:\na) Quy định mức"
     " thuế bảo vệ môi trường đối với nhiên liệu bay bằng 70%", ["Chính phủ"]),
    # guard: "Chương trình" is a word, no verb ("Ban Chỉ đạo Chương trình Mục tiêu …" keeps its whole name)
    ("3. Ban Chỉ đạo Chương trình Mục tiêu quốc gia tỉnh chỉ đạo các xã rà soát, cập nhật danh sách hộ nghèo.",
     ["Ban Chỉ đạo Chương trình Mục tiêu quốc gia tỉnh"]),
]


@pytest.mark.parametrize("text,lead", SUBMITTING)
def test_submitting_subject_leads(text, lead):
    assert _lead(text) == lead


# 84/NQ-CP (abridged and renumbered, clean text layer): "I. NGUYÊN TẮC" sets out principles before the section of work; its items are
# no requests (as purposes and requirements are not, gold/README), the work and its carrying out are.
PRINCIPLES_FIRST = """QUYẾT NGHỊ:
Tiếp tục tháo gỡ khó khăn cho sản xuất kinh doanh, thúc đẩy giải ngân vốn đầu tư công thông qua các nhiệm vụ, giải pháp như sau:
I. NGUYÊN TẮC
1. Thực hiện nghiêm các giải pháp phòng, chống dịch bệnh theo quan điểm, định hướng của Đảng, Nhà nước, chỉ đạo của Chính phủ, Thủ tướng Chính phủ và Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19.
2. Vận động sự vào cuộc của hệ thống chính trị, cộng đồng doanh nghiệp và nhân dân cả nước chung sức, đồng lòng, phối hợp chặt chẽ vượt qua các khó khăn do đại dịch gây ra.
II. CÁC NHIỆM VỤ, GIẢI PHÁP CỤ THỂ
1. Các nhiệm vụ, giải pháp thuộc thẩm quyền của Chính phủ:
a) Tiếp tục tháo gỡ khó khăn cho sản xuất kinh doanh, hỗ trợ đối tượng bị ảnh hưởng bởi dịch Covid-19
2. Chính phủ trình Ủy ban thường vụ Quốc hội, Quốc hội xem xét, quyết định các nội dung sau:
a) Miễn tiền cấp quyền khai thác tài nguyên nước đối với doanh nghiệp khai thác nước để sản xuất, kinh doanh trong năm 2020.
3. Các bộ, cơ quan trung ương và địa phương thực hiện các nhiệm vụ, giải pháp sau:
a) Bộ Tài chính:
- Chủ trì, phối hợp với các bộ, cơ quan liên quan tiếp tục rà soát, đề xuất việc miễn, giảm các loại phí, lệ phí.
III. TỔ CHỨC THỰC HIỆN
1. Bộ Tài chính:
a) Chủ trì, phối hợp với Bộ Tư pháp và các bộ, cơ quan liên quan xây dựng Nghị định của Chính phủ.
2. Thanh tra Chính phủ hướng dẫn các bộ, cơ quan trung ương và địa phương thực hiện nội dung về tạm dừng việc thanh tra theo kế hoạch."""


def test_a_section_of_principles_gives_no_task():
    lines = split_lines(PRINCIPLES_FIRST)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [t["label"] for t in found] == ["II.1", "II.2", "II.3", "III.1", "III.2"]
    assert [t["lead"] for t in found[2:]] == [["Các bộ, cơ quan trung ương và địa phương"], ["Bộ Tài chính"],
                                              ["Thanh tra Chính phủ"]]


# 10688/BYT-MT (abridged: each item's first line; the letter's closing paragraph kept): items 6–8 only state the
# letter's own effect — what it replaces, whom it does not apply to, from when it applies — and ask nobody to act; the
# closing request after item 8 ("Bộ Y tế … đề nghị …") is no part of item 8's provision.
OWN_EFFECT_ITEMS = """Bộ Y tế hướng dẫn thực hiện các biện pháp phòng, chống dịch COVID-19 đối với người nhập cảnh Việt Nam như sau:
1. Yêu cầu chung phòng, chống dịch đối vói người nhập cảnh
- Cỏ kết quả xét nghiệm âm tính với SARS-CoV-2 trước khi nhập cảnh1
2. Yêu cầu phòng, chống dịch đổi với các trường hợp cụ thể
- Thực hiện cách ly tại nơi lưu trú trong 07 ngày kể từ ngày nhập cảnh;
3. Yêu cầu phòng, chống dịch khác
- Đối với&guời nhập cảnh: trong suốt quá trình di chuyển từ cửa khẩu nhập cảnh về nơi hiu trú phải thực hiện nghiêm quy định 5K.
4. Kiểm tra và công nhận Chứng nhận tiêm chủng, Chứng nhận đã khỏi bệnh COVID-19
- về việc kiểm tra và công nhận Chúng nhận tiêm chùng COVID-19 thực hiện theo hướng dẫn của Bộ Ngoại giao.
5. Đề nghị Uỷ ban nhân dân cấp tình, các Bộ, ngành chỉ đạo triển khai thực hiện các nội dung nêu tại Công văn này.
6. Công văn này thay thế Công văn số 6288/BYT-MT ngày 04/8/2021 của Bộ Y tế về giảm thời gian cách ly y tế tập trung đối với người nhập cảnh đã tiêm đủ liều vắc xin phòng COVID-19.
7. Không áp dụng Công văn này đối với những trường hợp đã nhập cảnh và đang trong thời gian cách ly, theo dõi y tế theo quy định trước ngày ban hành Công văn này.
8. Thời gian áp dụng biện pháp phòng, chổng dịch COVID-19 đối với người nhập cành theo Công văn này kể từ ngày 01/01/2022.
Bộ Y tế (Cơ quan thường trực của Ban Chỉ đạo Quốc gia phòng, chống dfch COVID-19) đề nghị ủy ban nhân dân cấp tỉnh, các Bộ, ngành chỉ đạo các đơn vị thuộc thẩm quyền quản lý tổ chức triển khai thực hiện.
Trân trọng cảm ơn./."""


def test_items_stating_the_letters_own_effect_are_no_tasks():
    lines = split_lines(OWN_EFFECT_ITEMS)
    assert [t["label"] for t in tasks.find_tasks(lines, 0, len(lines), plan=False)] == ["1", "2", "3", "4", "5"]


# 77-KL/TW (abridged): "III-" read "HI-" by OCR (its first two strokes fused); still the roman heading of the carrying-out
# section, so item 2 of "II-" ends before it instead of taking in its dash points.
FUSED_ROMAN = """I- ĐÁNH GIÁ TÌNH HÌNH
Đại dịch Covid-19 đã ảnh hưởng toàn diện, sâu rộng đến tất cả quóc gia trên thế giới.
II- ĐỊNH HƯỚNG, NHIỆM VU VÀ GIẢI PHÁP
1. Định hướng
- Tạo lập môi trường kinh doanh thuận lợi, hấp dẫn, phù hợp với xu thé mới.
2. Một số nhiệm vụ, giải pháp
- Đẩy mạnh quá trình cơ cấu lại nền kinh tế.
HI- TO CHỨC THỰC HIỆN
- Ban Kinh tế Trung ương chủ trì, phối hợp với các cơ quan liên quan thường xuyên theo dõi, kiểm tra, đôn đốc triển khai thực hiện Kết luận và dinh ky báo cáo Bộ Chính trị."""


def test_a_roman_three_read_hi_still_heads_its_section():
    lines = split_lines(FUSED_ROMAN)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [t["label"] for t in found] == ["1", "2"]
    assert "Ban Kinh tế Trung ương" not in found[1]["text"]
