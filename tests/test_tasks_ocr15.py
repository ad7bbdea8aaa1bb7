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


# 3444/BHXH-PT-CST (lines abridged, as OCR gave them): a letter's guidance items are its roman headings, OCR reading
# "II." as "IL." and "III." as "IIL."; only the third has sub-items, numbered under its own number ("3.1.", "3.2."). Was:
# tasks 3.1 and 3.2 only (the headings taken for sections of items, "IL. Tiền lương làm căn cứ …" dropped for its "căn cứ").
GUIDANCE = """BAO HIẾM XÃ HỘI VIỆT NAM — CỘNG HOA XÃ HỘI CHU NGHĨA VIỆT NAM
BẢO HIẾM XÃ HỘI TP HÀ NOI Độc lập - Tự do - Hạnh phúc
Số: 3444 /BHXH- PT-CST Hà Noi, ngày 3Ø tháng 12 năm 2014
V/v hướng dẫn tạm thời thực hiện BHXH.
BHYT. BHTN từ ngày 01/01/2015

Kính gửi:
- Bảo hiểm xã hội các quận. huyện. thị xã:
- Các phòng nghiệp vụ.

Bảo hiểm xã hội thành phó Hà Nội hướng dẫn Bảo hiểm xã hội quận, huyện. thị
xã (sau đây gọi chung là BHXH huyện) tạm thời thực hiện một số nội dung sau:

I. Thu bảo hiểm thất nghiệp (BHTN):

Ké từ ngày 01/01/2015. người lao động làm việc theo hợp đồng lao dộng
(HDLD). hợp đồng làm việc (HDLV) có thời hạn từ đủ 3 tháng trở lên trong tất cả
các cơ quan, đơn vị đều thuộc đối tượng tham gia BHTN.

IL. Tiền lương làm căn cứ đóng BHXH, BHYT, BHTN:

Trường hợp người lao động dang thực hiện nhiều HDLD thì tiền lương làm
căn cứ đóng BHXH. BHYT. BHTN như sau:

- Tham gia BHXH: căn cứ HDLD có mức tiền lương. tiền công cao nhất
hoặc HDLD, HĐLV có thời gian dài nhất. tối đa bằng 20 lần lương cơ sở.

IIL. Thu bảo hiểm y tế (BHYT):

3.1. Tham gia BHYT theo hộ gia đình

- Hộ gia đình tham gia BHYT bao gồm toàn bộ người có tên trong số hộ
khẩu hoặc số tạm trú.

3.2. Người thuộc hộ gia đình nông nghiệp, lâm nghiệp, ngư nghiệp, diêm
nghiệp có mitc sống trung bình:

- Mức đóng: Bằng 4.5% mức lương cơ sở. Ngân sách nhà nước hỗ trợ 30%
mức lương cơ sở.

Đề nghị BHXH huyện triên khai tới các đơn vị sử dụng lao động. đơn vị
quản lý đối tượng. các cơ sở giáo dục và Đại lý thu trên địa bàn tạm thời thực hiện
theo hướng dẫn trên./. we

Nơi nhận:
- Như trên: (
- Lưu: VT.P 4
"""


def test_roman_headings_are_the_letters_items():
    from pipeline.parse import parse_text

    tasks_ = parse_text(GUIDANCE)[0]["tasks"]
    assert [t["label"] for t in tasks_] == ["I", "II", "III"]
    assert tasks_[2]["text"].startswith("Thu bảo hiểm y tế (BHYT):")  # the misread numeral 'IIL.' left out
    assert all(t["lead"] == [] for t in tasks_)
