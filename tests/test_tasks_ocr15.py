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


# 647/LĐTBXH-VL (lines abridged, as OCR gave them): a cover letter asking for comments, its closing label garbled ("Nà
# KT. BỘ TRƯỞNG"), so the draft resolution and the Tờ trình it sends stay in its body; their numbered parts are no
# requests of the letter. Was: tasks 1, 2 ("Bố cục", "Nội dung cơ bản" of the Tờ trình's section "II. BO CUC VÀ NỘI DUNG").
COVER_LETTER = """BQ LAO DONG - - THUONG BINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM
VÀ XÃ HOI Độc lập — Tự do — Hanh phúc
số: 647 1bTBXH-VL Hà Nội, ngày Qk tháng 02 năm 2017
V/v xin ý kiến dự thảo Nghị quyết của Quốc
hội về điều chỉnh mức đóng vào Qũy bảo
hiểm thất nghiệp đối với người sử dụng lao
động quy định tại Điều 57 Luật Việc làm

Kính gửi: ........................ Ăn nh nh ng kh nh kế

Dé nghị quý Co quan nghiên cứu, góp ý bằng van bản về các dự thảo nêu
trên và gửi về Bộ Lao động - Thương binh và Xã hội (Cục Việc làm) trước ngày
se /3/2017 đề tông hợp, hoàn thiện trình Chính phủ.

Trân trọng cảm ơn sự hợp tác của quý Cơ quan./. tậ_

Nà KT. BỘ TRƯỞNG
~ Như trên;
- Bộ trưởng (để b/c); THỦ TR TRUON G

- Luu: VT, VL.

--- PAGE BREAK ---

QUOC HOI CONG HOA XA HOI CHU NGHIA VIET NAM
Độc lập - Ty do - Hanh phúc

Nghị quyết số: — /2017/QH14 Hà Nội, ngày tháng ˆ năm 2017

DỰ THẢO

Điều 2.

Giao Chính phủ:

1. Tổ chức tuyên truyền, phổ biến chính sách bảo hiểm thất nghiệp và việc
điều chỉnh mức đóng bảo hiểm thất nghiệp.

2. Bảo đảm cho người lao động được hưởng đầy đủ các chế độ bảo hiểm
thất nghiệp.

--- PAGE BREAK ---

CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập —- Tự do - Hạnh phúc

sé: /TTr-CP Hà Nội, ngày - thắng - năm 2017

TO TRINH QUOC HỘI

I. SỰ CAN THIET CUA VIỆC XÂY DỰNG NGHỊ QUYET

1. Tham gia và đóng bảo hiểm thất nghiệp

2. Chỉ trả các chế độ bảo hiểm thất nghiệp

II. BO CUC VÀ NỘI DUNG CUA DỰ THẢO NGHỊ QUYẾT

1. Bố cục

Dự thảo Nghị quyết của Quốc hội về điều chỉnh mức đóng vào Qũy bảo
hiểm thất nghiệp đối với người sử dụng lao động quy định tại Điều 57 Luật Việc
làm gồm 5 điêu.

2. Nội dung cơ bản

Điều 3 quy định việc tổ chức thực hiện Nghị quyết.
Giao Chính phủ, nghiên cứu, đề xuất mức đóng bảo hiểm thất nghiệp từ
năm 2020 trở đi.
"""


def test_cover_letter_no_tasks_of_what_it_sends():
    from pipeline.parse import parse_text

    assert parse_text(COVER_LETTER)[0]["tasks"] == []


def test_letter_items_before_a_sent_header_kept():
    from pipeline.parse.lines import split_lines

    # guard: a letter's own items stand before the sent document's motto
    text = COVER_LETTER.replace("Trân trọng cảm ơn", "1. Góp ý dự thảo Nghị quyết.\n\n2. Gửi ý kiến trước ngày 15/3/2017.\n\nTrân trọng cảm ơn")
    lines = split_lines(text)
    found = tasks.find_tasks(lines, 9, len(lines), len(lines), plan=False, dispatch=True)
    assert [t["label"] for t in found] == ["1", "2"]
