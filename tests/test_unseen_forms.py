"""Header, citation and deadline forms met on documents nobody had developed on (issue 4), one cause class per table.

Every row is a line or two quoted from a development document listed in DEV_READING.tsv (thuvienphapluat pages of
late 2025 from tnt305/tai_lieu_noi_bo, OCR'd PDF texts from teije05-art/clone-pjj-tax-legal-22dec)."""
import pytest

from pipeline.parse import gazetteer, grammar, header, parse_segments, refs
from pipeline.parse.lines import split_lines
from pipeline.segment import page_chrome, split_columns
from pipeline.textnorm import normalize

# --- cause: the web page around the document (metadata table above, site notices below) --------------------------
PAGE_HEAD = """Đang tải văn bản...
Số hiệu:
45/2025/TT-BYT
Loại văn bản:
Thông tư
Nơi ban hành:
Bộ Y tế
Người ký:
Trần Văn Thuấn
Ngày ban hành:
25/11/2025
Tình trạng:
Đã biết
BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/2025/TT-BYT
Hà Nội, ngày 25 tháng 11 năm 2025
THÔNG TƯ
BÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10 NĂM 2015
Căn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Y tế;
Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 01 năm 2026.
Nơi nhận:
- Cổng TTĐT Bộ Y tế;
- Lưu: VT, KCB, PC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Trần Văn Thuấn
Thông tư 45/2025/TT-BYT bãi bỏ Thông tư 31/2015/TT-BYT quy định việc áp dụng chế độ bồi dưỡng do Bộ trưởng Bộ Y tế ban hành
Văn bản này chưa cập nhật nội dung Tiếng Anh
Văn bản liên quan
TP. HCM, ngày 31/05/2021
THÔNG BÁO
về Lưu trữ, Sử dụng Thông tin Khách hàng
Kính gửi: Quý Thành viên,
Nghị định 13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân (hiệu lực từ ngày 01/07/2023) yêu cầu xác nhận sự đồng ý
"""


def test_page_chrome_is_left_out():
    text = normalize(PAGE_HEAD)
    start, end = page_chrome(text)
    assert text[start:].startswith("BỘ Y TẾ")
    assert text[:end].rstrip().endswith("Trần Văn Thuấn")


def test_page_chrome_gives_no_citation():
    docs = parse_segments(normalize(PAGE_HEAD))
    assert len(docs) == 1
    assert [r["code"] for r in docs[0]["legal_refs"]] == ["42/2025/NĐ-CP"]
    assert docs[0]["code"] == "45/2025/TT-BYT" and docs[0]["issuer"] == "Bộ Y tế"


def test_a_document_without_chrome_is_whole():
    text = normalize("BỘ Y TẾ\nSố: 45/2025/TT-BYT\nHà Nội, ngày 25 tháng 11 năm 2025\nTHÔNG TƯ\nBÃI BỎ …\n")
    assert page_chrome(text) == (0, len(text))


# --- cause: two header columns OCR read as one line --------------------------------------------------------------
OCR_HEADER = """BỘ TÀI CHÍNH CỘNG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM
TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc

Số: 2862 /ICT-HTQT Hà Nội. ngày OF tháng 7 năm 2024
Viv thông báo hiệu lực của
Hiệp định đa phương về hỗ
trợ hành chính thuế.

Kính gửi: Cục Thuế các tinh, thành phô trực thuộc Trung ương.
"""


def test_columns_split_keeps_offsets():
    text = normalize(OCR_HEADER)
    out = split_columns(text)
    assert len(out) == len(text)
    lines = [ln.strip() for ln in out.split("\n")]
    assert "BỘ TÀI CHÍNH" in lines and "TONG CỤC THUÊ" in lines
    assert any(ln.startswith("Hà Nội. ngày") for ln in lines)


def _header(text: str) -> dict:
    text = split_columns(normalize(text))
    h = header.parse_header(text, split_lines(text))
    return {k: f.value for k, f in h.fields.items()}


def test_interleaved_columns_give_issuer_parent_and_place():
    got = _header(OCR_HEADER)
    assert got["issuer"] == "Tổng cục Thuế"
    assert got["issuer_parent"] == "Bộ Tài chính"
    assert got["place"] == "Hà Nội"


# --- cause: subject markers ("Viv" for V/v, a dispatch's "Về …" under its number) ---------------------------------
@pytest.mark.parametrize("text,subject", [
    (OCR_HEADER, "thông báo hiệu lực của Hiệp định đa phương về hỗ trợ hành chính thuế"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
     "Số: 5155/SGDĐT-GDTXNNĐH\n*Về hướng dẫn đánh giá, xếp loại trung tâm\nhọc tập cộng đồng tại phường, xã và đặc khu từ năm 2025*\n"
     "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\nKính gửi: Ủy ban nhân dân phường, xã và đặc khu\n",
     "hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng tại phường, xã và đặc khu từ năm 2025"),
])
def test_subject_markers(text, subject):
    assert _header(text)["subject"] == subject


# --- cause: place-date with OCR's full stop for the comma ----------------------------------------------------------
def test_place_date_with_a_full_stop():
    m = grammar.PLACE_DATE_RE.search(normalize("Hà Nội. ngày 04 tháng 7 năm 2024"))
    assert m and grammar.place_name(m.group("place")) == "Hà Nội" and grammar.match_date(m) == "2024-07-04"


# --- cause: gazetteer (issuers OCR read without marks; codes of the Tổng cục / Cục) ------------------------------------
@pytest.mark.parametrize("name,loose,expected", [
    ("TONG CỤC THUÊ", True, True),
    ("TONG CỤC THUÊ", False, False),
    ("Bố trí kinh phí", True, False),
])
def test_loose_agency_heads(name, loose, expected):
    assert gazetteer.starts_agency(name, loose=loose) is expected


@pytest.mark.parametrize("code,name", [("TCT", "Tổng cục Thuế"), ("LPQT", "Vụ Luật pháp và Điều ước quốc tế")])
def test_issuer_codes(code, name):
    assert gazetteer.from_code(code)[0] == name


# --- cause: citation typed by a qualifier ("theo quy định tại Nghị định số …") ---------------------------------------
@pytest.mark.parametrize("text,rtype,code,title", [
    ("Bảo đảm các điều kiện về phòng, chống cháy nổ và an ninh, trật tự theo quy định tại Nghị định số 96/2016/NĐ-CP "
     "ngày 01 tháng 7 năm 2016 của Chính phủ quy định điều kiện về an ninh, trật tự",
     "Nghị định", "96/2016/NĐ-CP", "quy định điều kiện về an ninh, trật tự"),
    # a purpose phrase other than "phê duyệt / hướng dẫn"
    ("Căn cứ Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của\nChính phủ thực hiện thủ tục hành chính theo cơ chế "
     "một cửa, một cửa liên thông;", "Nghị định", "118/2025/NĐ-CP",
     "thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông"),
    # the next citation after a comma ends the title
    ("Nghị định số 99/2016/NĐ-CP\nngày 01 tháng 7 năm 2016 về quản lý và sử dụng con dấu, Nghị định số 137/2020/NĐ-CP "
     "ngày 27 tháng 11 năm 2020", "Nghị định", "99/2016/NĐ-CP", "quản lý và sử dụng con dấu"),
])
def test_citation_type_and_title(text, rtype, code, title):
    r = refs.find_legal_refs(normalize(text))[0]
    assert (r["type"], r["code"], r["title"]) == (rtype, code, title)


# --- cause: deadline phrasings ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,issued,date", [
    ("gửi kết quả đánh giá, xếp loại về Sở Giáo dục và Đào tạo, hạn cuối\nngày 15 tháng 12 hàng năm", "2025-11-28",
     "2025-12-15"),
])
def test_deadline_phrasings(text, issued, date):
    assert [d["date"] for d in refs.find_deadlines(normalize(text), issued)] == [date]


# --- cause: OCR lost the bar of Đ in a symbol's type abbreviation -------------------------------------------------
@pytest.mark.parametrize("text,code", [
    ("Căn cứ Nghị định số 87/2017/ND-CP ngày 26/7/2017 của Chính phủ quy\nđịnh chúc năng", "87/2017/NĐ-CP"),
    ("Căn cứ Quyết định số 363/QD-TTg ngày 21/3/2022 của Thủ tướng", "363/QĐ-TTg"),
])
def test_type_abbreviation_bar_restored(text, code):
    assert refs.find_legal_refs(normalize(text))[0]["code"] == code


# --- cause: an unreadable issue date next to a digital signature of the issuer ----------------------------------------
SIGNED = """Ký bởi: Tổng cục Thuế
Bia chỉ: 123 Lò Đúc
Thời gian ký: 02.12.2022 16:53

BỘ TÀI CHÍNH - CONG HOA XÃ HỘI CHỦ NGA VIET NAM
TONG CỤC THUE Độc lập - Tự do — Hanh phúc
Số: 4489 /TCT-TTKT Hà Nội, ngày ñ| tháng 42 năm 2022

V/v tăng cường công tác quản lý
thuế đổi với hộ, cá nhân kinh
"""


def test_issue_date_from_the_issuers_digital_signature():
    got = _header(SIGNED)
    assert got["issuer"] == "Tổng cục Thuế" and got["issued_on"] == "2022-12-02"


def test_a_copy_signed_by_another_office_gives_no_date():
    text = SIGNED.replace("BỘ TÀI CHÍNH - CONG HOA", "BỘ TÀI CHÍNH CONG HOA").replace("TONG CỤC THUE Độc", "Độc") \
        .replace("4489 /TCT-TTKT", "2437 /QĐ-BTC")
    got = _header(text)
    assert got["issuer"] == "Bộ Tài chính" and "issued_on" not in got


# --- cause: a web page without the document's header (it starts at "Kính gửi") ---------------------------------------
@pytest.mark.parametrize("text,issuer", [
    ("Kính gửi:\nCông ty TNHH TKG Taekwang Cần Thơ\n\nCục Thuế nhận được công văn số 0909/2025/TAEK/CT\nngày 9/9/2025 của "
     "Công ty TNHH TKG Taekwang Cần Thơ về việc nộp nghĩa vụ thuế\nthu nhập doanh nghiệp (TNDN). Về vấn đề này, Cục Thuế "
     "có ý kiến như sau:\n", "Cục Thuế"),
    ("Kính gửi: Các\nDoanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí Minh\n\nNhằm đảm bảo thực "
     "hiện các quy định pháp luật lao động\nvề hoạt động cho thuê lại lao động. Sở Nội vụ đề nghị các doanh nghiệp có "
     "hoạt\nđộng cho thuê lại lao động\n", "Sở Nội vụ"),
])
def test_issuer_named_by_the_letter_itself(text, issuer):
    assert _header(text)["issuer"] == issuer


def test_a_header_issuer_is_not_replaced_by_the_body():
    got = _header("BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 983/TB-CT\nHà Nội, ngày 21 tháng 11 năm 2025\nTHÔNG BÁO\nKẾ HOẠCH TẠM DỪNG\n"
                  "Cục Thuế có kế hoạch nâng cấp hệ thống. Sở Tài chính đề nghị các đơn vị\n")
    assert got["issuer"] == "Cục Thuế" and got["issuer_parent"] == "Bộ Tài chính"


# --- cause: OCR-misread "ngày" in the place-date line; specks after the type name ----------------------------------
def test_place_when_ngay_is_misread():
    m = grammar.PLACE_ONLY_RE.search(normalize("Ha Nội, ngàu 26 tháng OF năm 2021"))
    assert m and m.group("place") == "Ha Nội"


def test_type_name_with_ocr_specks_after_it():
    text = normalize("BỘ NGOẠI GIAO\nSố: 08/2024/TB-LPQT\nTHÔNG BẢO ae\nvà hiệu lực của điều ước quốc tế\n")
    assert header._type_line(split_lines(text), 10)[1] == "Thông báo"


# --- cause: a Party symbol whose issuer code a word splitter cut in two ("BCĐTW" → "BCĐ TW") ----------------------------
@pytest.mark.parametrize("text,code", [
    ("- Căn cứ Quy định số 05-QĐ/BCĐ TW, ngày 27/8/2025 của\nBan Chỉ đạo Trung ương", "05-QĐ/BCĐTW"),
    ("yêu cầu tại Kế hoạch số 02-KH/BCĐ TW ngày\n19 tháng 6 năm 2025 của Ban Chỉ đạo Trung ương", "02-KH/BCĐTW"),
])
def test_party_symbol_split_by_a_space(text, code):
    assert refs.find_legal_refs(normalize(text))[0]["code"] == code


# --- cause: OCR damage in the two-column header of a Tổng cục / Cục letter ----------------------------------------------
@pytest.mark.parametrize("text,field,value", [
    # the left column goes on under the motto: the motto does not end the issuer block
    ("BO TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM\nTONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc\n"
     "Số: 5Ï/TCT-TTKT Hà Nội, ngày C4 tháng 3 năm 2023\n\nv/v tăng cường công tác\nthanh tra, kiêm tra thuê\nnăm 2023\n",
     "issuer", "Tổng cục Thuế"),
    ("TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TỈNH LONG AN Độc lập - Tự do - Hạnh phúc\n"
     "Số: /CTLAN-TTHT Long An, ngày tháng năm\nV/v doanh nghiệp cần thực hiện\nvà báo cáo đầu năm 2023\n",
     "issuer", "Cục Thuế tỉnh Long An"),
    ("TỔNG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỤC THUẾ TỈNH LONG AN Độc lập - Tự do - Hạnh phúc\n"
     "Số: /CTLAN-TTHT Long An, ngày tháng năm\nV/v doanh nghiệp cần thực hiện\nvà báo cáo đầu năm 2023\n",
     "place", "Long An"),
    # a lower-case "v/v"
    ("BO TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHIA VIỆT NAM\nTONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc\n"
     "Số: 5Ï/TCT-TTKT Hà Nội, ngày C4 tháng 3 năm 2023\n\nv/v tăng cường công tác\nthanh tra, kiêm tra thuê\nnăm 2023\n",
     "subject", "tăng cường công tác thanh tra, kiêm tra thuê năm 2023"),
    # the issuer's code in the symbol with a letter misread ("ICT" for "TCT")
    (OCR_HEADER, "code", ("2862", "TCT-HTQT", "2862/TCT-HTQT")),
])
def test_two_column_ocr_header(text, field, value):
    assert _header(text)[field] == value


def test_a_known_unit_code_is_not_mended():
    got = _header("BỘ Y TẾ\nSố: 45/2025/TT-BYT\nHà Nội, ngày 25 tháng 11 năm 2025\nTHÔNG TƯ\nBÃI BỎ THÔNG TƯ\n")
    assert got["code"][2] == "45/2025/TT-BYT"


# --- cause: a work to be finished on a set day ("khởi công … vào ngày …") --------------------------------------------------
@pytest.mark.parametrize("text,dates", [
    ("c) Bộ Xây dựng đẩy nhanh tiến độ phê duyệt Báo cáo\nnghiên cứu khả thi và khởi công dự án mở rộng cao tốc Thành phố "
     "Hồ Chí Minh -\nTrung Lương - Mỹ Thuận vào ngày 19 tháng 12 năm 2025.", ["2025-12-19"]),
    ("b) Rứt khoát phải khánh thành Cảng hàng không quốc\ntế Long Thành giai đoạn 1 và dự án nâng cấp sân bay Nội Bài vào "
     "ngày 19 tháng\n12 năm 2025.", ["2025-12-19"]),
    # a meeting merely scheduled is no due date
    ("Hội nghị sơ kết được tổ chức vào ngày 19 tháng 12 năm 2025 tại Hội trường Ủy ban nhân dân tỉnh.", []),
    # a work finished on a day before the document is no due date
    ("Dự án đã khởi công vào ngày 02 tháng 9 năm 2025.", []),
])
def test_due_on_a_set_day(text, dates):
    assert [d["date"] for d in refs.find_deadlines(normalize(text), "2025-11-18")] == dates


# --- cause: the document's text lost a field its web page's metadata table gives ------------------------------------
def test_page_table_fills_what_the_text_lost():
    text = normalize(PAGE_HEAD.replace("Số: 45/2025/TT-BYT\n", "").replace("Hà Nội, ngày 25 tháng 11 năm 2025\n", "Hà Nội\n")
                     .replace("THỨ TRƯỞNG\nTrần Văn Thuấn\n", "THỨ TRƯỞNG\n"))
    doc = parse_segments(text)[0]
    assert doc["code"] == "45/2025/TT-BYT" and doc["issued_on"] == "2025-11-25"
    assert doc["signer"]["name"] == "Trần Văn Thuấn"


def test_page_table_never_overrides_the_document():
    text = normalize(PAGE_HEAD.replace("25/11/2025\nTình trạng", "26/11/2025\nTình trạng"))
    assert parse_segments(text)[0]["issued_on"] == "2025-11-25"


def test_a_heading_named_like_the_page_chrome_is_kept():
    text = normalize("BỘ Y TẾ\nSố: 45/2025/TT-BYT\nHà Nội, ngày 25 tháng 11 năm 2025\nTHÔNG TƯ\nBÃI BỎ …\n"
                     "III. VĂN BẢN LIÊN QUAN\nCăn cứ Nghị định số 42/2025/NĐ-CP ngày 27 tháng 02 năm 2025;\n")
    assert page_chrome(text) == (0, len(text))


# --- cause: a Cục Thuế header OCR read without marks, its motto's tail garbled ---------------------------------------------
CTHN = """Ky bởi: Cục Thuế thành

phố Hà Nội
Thời gian ký: 25.11.2020
14:03

TONG CỤC THUÊ CONG HOA XÃ HOLS TET NAM
CUC THUE TP HA NOI Độc lập - Twa sé: 4Ô ÁÄÉÍ 'CTHN-TTHT Hà Nội, ngayd Geer etiam 2020
Viv thời điểm lập hóa don
"""


@pytest.mark.parametrize("field,value", [
    ("issuer", "Cục Thuế thành phố Hà Nội"),  # marks restored from the gazetteer (agency and province names)
    ("issuer_parent", "Tổng cục Thuế"),
    ("place", "Hà Nội"),
    ("issued_on", "2020-11-25"),  # the issuer's own signature, its name wrapped over two lines
])
def test_cuc_thue_header_without_marks(field, value):
    assert _header(CTHN)[field] == value


def test_citation_with_ocr_dot_after_so():
    text = "Bộ Tài chính đã ban hành Quyết định triển khai thực hiện Nghị quyết số. 01/2019/NQ-CP\n01/01/2019 của Chính phủ."
    assert [r["code"] for r in refs.find_legal_refs(normalize(text))] == ["01/2019/NQ-CP"]


# --- cause: a symbol's type abbreviation and issuer code cut apart or glued together --------------------------------------
@pytest.mark.parametrize("text,code", [
    ("+ Phụ lục thuế TNDN được giảm theo Nghị quyết số 406/NQ UBTVQH15\nban hành kèm theo Nghị định", "406/NQ-UBTVQH15"),
    ("+ Phụ lục thuế TNDN được giảm theo Nghị quyết số 406/NQUBTVQH15\nban hành kèm theo Nghị định", "406/NQ-UBTVQH15"),
])
def test_type_and_issuer_code_apart(text, code):
    assert refs.find_legal_refs(normalize(text))[0]["code"] == code


@pytest.mark.parametrize("number,symbol,code", [("1234", "TTCP-C.I", "1234/TTCP-C.I"), ("12", "CTUBND", "12/CT-UBND")])
def test_issuer_code_that_starts_like_a_type(number, symbol, code):
    assert grammar.canonical_code(number, symbol)[2] == code


def test_type_name_with_a_run_of_ocr_junk_after_it():
    text = normalize("BỘ NGOẠI GIAO\nHa Nội, ngàu 26 tháng OF năm 2021\nBỘ TÀI CHÍNH\nTHÔNG BẢO ae pan si AAPL.\n"
                     "và hiệu lực của điều ước quốc tế\n")
    assert header._type_line(split_lines(text), 10)[1] == "Thông báo"
    got = _header(text)
    assert got["doc_type"] == "Thông báo" and got["issuer"] == "Bộ Ngoại giao"  # the receiving office's stamp is no issuer


# --- cause: a number line or date OCR left unreadable, restated by the document's annex -----------------------------------
ANNEXED = """THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 2#0/CĐ-TTg Hà Nội, ngày 1Š tháng 1l năm 2025
CÔNG ĐIỆN
TẬP TRUNG HOÀN THÀNH THỰC THI CÁC PHƯƠNG ÁN CẮT GIẢM, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH
THỦ TƯỚNG CHÍNH PHỦ điện:
Thực hiện Nghị quyết số 66/NQ-CP ngày 26 tháng 3 năm 2025 của Chính phủ.
PHỤ LỤC I
TỔNG HỢP KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 66/NQ-CP NGÀY
26 THÁNG 3 NĂM 2025 CỦA CHÍNH PHỦ
(Kèm theo Công điện số 220/CĐ-TTg ngày 18 tháng 11 năm 2025 của Thủ tướng
Chính phủ)
"""


def test_number_and_date_from_the_annex():
    got = _header(ANNEXED)
    assert got["code"][2] == "220/CĐ-TTg" and got["issued_on"] == "2025-11-18"


def test_an_annex_of_another_type_gives_nothing():
    got = _header(ANNEXED.replace("Kèm theo Công điện", "Kèm theo Quyết định"))
    assert "issued_on" not in got and got.get("code", ("", "", ""))[2] != "220/CĐ-TTg"


# --- cause: a web page wrapped the place-date line inside the place's name -------------------------------------------------
@pytest.mark.parametrize("text,place", [
    ("*Thành phố Hồ\nChí Minh, ngày 28 tháng 11 năm 2025*", "Thành phố Hồ Chí Minh"),
    # a break after a word that does not complete a known name: the place is what follows it
    ("Số: 217/CĐ-TTg\nHà Nội, ngày 16 tháng 11 năm 2025", "Hà Nội"),
    # the motto's capitals above are not part of the place
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 25 tháng 11 năm 2025", "Hà Nội"),
])
def test_place_wrapped_over_lines(text, place):
    m = grammar.PLACE_DATE_RE.search(normalize(text))
    assert m and grammar.place_name(m.group("place")) == place
