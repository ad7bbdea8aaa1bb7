"""Stop 16: four header faults found by the probe documents of stop 15 (gold/development/probes.tsv) and in saved
development pages. Each test quotes the lines that failed before the change."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.header import _sentence

VPCP = """VĂN PHÒNG CHÍNH PHỦ
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 659/TB-VPCP
Hà Nội, ngày 29 tháng 11 năm 2025

THÔNG BÁO
{title}
Ngày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ đã chủ trì cuộc họp.
"""


def test_a_persons_name_in_an_all_caps_title_keeps_its_capitals():
    # 659/TB-VPCP (saved page c03): the name after the office's title was lowercased ("… Chính phủ hồ quốc dũng tại …")
    title = ("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ HỒ QUỐC DŨNG TẠI CUỘC HỌP VỀ TÌNH\n"
             "HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW NGÀY 30/4/2025 CỦA BỘ CHÍNH TRỊ")
    doc = parse_text(VPCP.format(title=title))[0]
    assert doc["subject"] == ("Kết luận của Phó Thủ tướng Chính phủ Hồ Quốc Dũng tại cuộc họp về tình hình thực hiện "
                              "Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị")
    # (631/TB-VPCP, 641/TB-VPCP: "thường trực" in the title; a name of four syllables)
    assert _sentence("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG THƯỜNG TRỰC CHÍNH PHỦ NGUYỄN HÒA BÌNH TẠI CUỘC HỌP") == \
        "Kết luận của Phó Thủ tướng thường trực Chính phủ Nguyễn Hòa Bình tại cuộc họp"
    assert _sentence("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ PHẠM THỊ THANH TRÀ TẠI BUỔI LÀM VIỆC VỚI THÀNH PHỐ ĐÀ NẴNG") \
        == "Kết luận của Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà tại buổi làm việc với thành phố Đà Nẵng"
    # the title's agency and place between the title and the name; the name ending the title
    assert _sentence("KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY NGUYỄN VĂN AN").endswith("Tỉnh ủy Nguyễn Văn An")
    assert _sentence("Ý KIẾN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI TRƯƠNG HẢI LONG TẠI HỘI NGHỊ").endswith(
        "tỉnh Gia Lai Trương Hải Long tại hội nghị")


def test_words_after_an_office_that_are_no_name_stay_lowercase():
    # no surname after the title, or a run that does not end where a name ends
    assert _sentence("KẾT LUẬN CỦA BỘ TRƯỞNG BỘ Y TẾ VỀ CÔNG TÁC Y TẾ") == "Kết luận của bộ trưởng Bộ Y tế về công tác y tế"
    assert _sentence("QUY ĐỊNH CỦA GIÁM ĐỐC SỞ TỪ NGÀY 01/7/2025 VỀ GIỜ LÀM VIỆC") == \
        "Quy định của giám đốc sở từ ngày 01/7/2025 về giờ làm việc"
    assert _sentence("KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ HỒ SƠ TRỰC TUYẾN TOÀN TRÌNH CẤP TỈNH CỦA NĂM 2025") == \
        "Kết luận của Thủ tướng Chính phủ hồ sơ trực tuyến toàn trình cấp tỉnh của năm 2025"
