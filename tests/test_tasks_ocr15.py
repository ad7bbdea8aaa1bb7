"""Fifteenth round (leads15): the items of OCR'd letters, real lines of the development documents listed in
gold/development/reading_tasks.tsv ("# Fifteenth round"). Each case failed before its fix (guards say so)."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines


def _lead(text: str) -> list[str]:
    return tasks.heading_lead([ln for ln in split_lines(text) if ln.text])


RECALLED = [
    # 3630/TCT-CS item 2: the issuer recalling a letter it has sent is no actor (was "Tổng cục Thuế"); the company it
    # then asks is the letter's own recipient (a dispatch's item: no lead)
    ("2. Vé ap dung gia tinh thué tai nguyên: Tổng cục Thuế có Công văn số\n2488/TCT-CS ngày 18/6/2020 gửi Cục Thuế tỉnh"
     " Tây Ninh về việc áp đụng giá\ntính thuế tài nguyên đối với sản phẩm nước thiên nhiên khai thác từ công trình",
     []),
    # guard: a topic heading over the agency that acts keeps its lead
    ("1. Về công tác tuyên truyền: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo chí tuyên"
     " truyền.", ["Sở Văn hóa, Thể thao và Du lịch"]),
    # guard: "gửi văn bản" asked of an agency, no number of a sent letter, keeps its lead
    ("3. Sở Y tế gửi văn bản báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 20/5/2025.", ["Sở Y tế"]),
]


@pytest.mark.parametrize("text,lead", RECALLED)
def test_recalled_letter_no_lead(text, lead):
    assert _lead(text) == lead
