"""Review 14c's findings on law names, the place line, due dates, own numberings and addressees (the reviewer's inputs)."""
import pytest

from pipeline.parse import parse_document
from pipeline.parse.refs import find_deadlines, find_legal_refs

ISSUED = "2025-11-10"


@pytest.mark.parametrize("text,title", [
    ("Căn cứ Luật Hàng không dân dụng Việt Nam ngày 29 tháng 6 năm 2006;", "Hàng không dân dụng Việt Nam"),
    ("Căn cứ Luật Phòng không nhân dân ngày 20 tháng 6 năm 2024;", "Phòng không nhân dân"),
    ("Căn cứ Luật Trang thiết bị y tế số 12/2025/QH15;", "Trang thiết bị y tế"),
    ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;", "Ưu đãi người có công với cách mạng"),
])
def test_law_name_with_stop_word_inside_compound(text, title):
    assert [r["title"] for r in find_legal_refs(text)] == [title]


def test_law_name_still_stops_at_clause_verb():
    assert [r["title"] for r in find_legal_refs("Luật Chứng khoán có hiệu lực từ ngày 01/01/2021.")] == ["Chứng khoán"]


def test_place_that_is_a_city_not_a_province_tail():
    head = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ VINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 123/UBND-VP\n"
            "Vinh, ngày 12 tháng 11 năm 2025\n\nV/v tăng cường\n\nKính gửi: Các phòng ban\n\nNội dung.\n")
    assert parse_document(head)["place"] == "Vinh"


def test_province_tail_after_ocr_debris_gives_no_place():
    head = ("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BTC-NSNN\n"
            "2 Ì ya Nội, ngày 12 tháng 11 năm 2025\n\nV/v tăng cường\n\nKính gửi: Các bộ\n\nNội dung.\n")
    d = parse_document(head)
    assert d["place"] is None and d["issued_on"] == "2025-11-12"


@pytest.mark.parametrize("text", [
    "Tổ chức chương trình văn nghệ trong ngày 20/11/2025.",
    "Theo báo cáo của Sở Y tế, trong ngày 20/11/2025 toàn tỉnh ghi nhận 15 ca mắc mới.",
    "Nhà trường gửi lời chúc mừng tới các thầy cô trong ngày 20/11/2025.",
])
def test_within_day_event_or_news_is_no_deadline(text):
    assert find_deadlines(text, ISSUED) == []


def test_within_day_report_is_a_deadline():
    t = "Các đơn vị báo cáo kết quả về Sở Y tế trong ngày 20/11/2025."
    assert [d["date"] for d in find_deadlines(t, ISSUED)] == ["2025-11-20"]
    assert find_deadlines(t, None) == []


@pytest.mark.parametrize("text", [
    "Số thành viên không quá 2/3 tổng số.",
    "Thời gian nghỉ không quá 1/2 thời gian làm việc.",
    "Thiết bị được kiểm tra không quá 12 tháng 1 lần.",
    "Đăng ký trước 3 tháng 5 ngày làm việc.",
])
def test_fraction_or_frequency_is_no_day_and_month(text):
    assert find_deadlines(text, ISSUED) == []


def test_day_and_month_without_year_still_read():
    assert [d["date"] for d in find_deadlines("Các đơn vị gửi báo cáo trước 30/11.", ISSUED)] == ["2025-11-30"]
    assert [d["date"] for d in find_deadlines("Báo cáo không quá ngày 30/11.", ISSUED)] == ["2025-11-30"]


@pytest.mark.parametrize("text", ["Số liệu ước ngày 31/12/2025 đạt 95%.", "Căn cứ Hiệp ước ngày 10/10/2026;"])
def test_bare_uoc_is_no_ocr_truoc(text):
    assert find_deadlines(text, ISSUED) == []


def test_ocr_truoc_still_read():
    t = "gửi về Bộ Tài chính #wớc ngày 08/12/2025 để tổng hợp."
    assert [d["date"] for d in find_deadlines(t, ISSUED)] == ["2025-12-08"]


def test_own_numbering_needs_letters():
    assert find_legal_refs("Thực hiện văn bản số 1/2/3A; các đơn vị triển khai.") == []
    assert [r["code"] for r in find_legal_refs("Trả lời văn thư số 01-2019/CV/MIV ngày 12/3/2019 của Công ty")] == ["01-2019/CV/MIV"]


def test_addressees_on_two_caps_lines_are_two():
    text = ("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BTC-NSNN\nHà Nội, ngày 12 tháng 11 năm 2025\n\n"
            "V/v tăng cường\n\nKính gửi: BỘ CÔNG THƯƠNG\nBỘ XÂY DỰNG\n\nNội dung.\n")
    assert parse_document(text)["recipients"] == ["BỘ CÔNG THƯƠNG", "BỘ XÂY DỰNG"]


def test_addressee_over_two_caps_lines_stays_one():
    text = ("BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BTC-NSNN\nHà Nội, ngày 12 tháng 11 năm 2025\n\n"
            "V/v tăng cường\n\nKính gửi: ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nNội dung.\n")
    assert parse_document(text)["recipients"] == ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"]
    three = text.replace("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH", "BỘ CÔNG THƯƠNG\nBỘ XÂY DỰNG\nSỞ Y TẾ TỈNH\nQUẢNG NINH")
    assert parse_document(three)["recipients"] == ["BỘ CÔNG THƯƠNG", "BỘ XÂY DỰNG", "SỞ Y TẾ TỈNH QUẢNG NINH"]


def test_lettered_number_dated_with_de_ngay():
    t = "Trả lời Công văn số 35A/THB-TV đề ngày 01/4/2021 của Công ty cổ phần Bia Hà Nội"
    assert [r["code"] for r in find_legal_refs(t)] == ["35A/THB-TV"]


def test_garbled_pho_under_kt_keeps_the_deputy():
    """897/TCT-QLN (OCR): 'Nơi nhận: KT, TONG CỤC TRƯỞNG' / '- Như trên, . PHO-FANG CỤC TRƯỞNG'."""
    text = ("BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 897/TCT-QLN\n"
            "Hà Nội, ngày 19 tháng 3 năm 2024\n\nV/v xử lý nợ thuế\n\nKính gửi: Cục Thuế các tỉnh, thành phố trực thuộc "
            "Trung ương.\n\nTổng cục Thuế thông báo để Cục Thuế các tỉnh, thành phố trực thuộc\nTrung ương biết và kịp "
            "thời triển khai thực hiện./. @⁄\n\nNơi nhận: KT, TONG CỤC TRƯỞNG\n- Như trên, . PHO-FANG CỤC TRƯỞNG\n"
            "- Thứ trưởng Trân Xuân Hà (dé bc); `\n\n~ Tổng cục trưởng Cao Anh Tuấn (để bc);\n"
            "- Vụ CS, DT, KK, DNNCN, PC - TCT;\n\n- Luu: VT, QLN@9)\n")
    s = parse_document(text)["signer"]
    assert s["authority"] == "KT." and s["title"] == "Phó Tổng Cục trưởng"
