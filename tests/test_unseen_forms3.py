"""Forms of OCR'd texts (PDF scans OCR'd by someone else and delivered as text) met in the fifth round, one cause
class per table. Every row is a line or two quoted from a document listed in gold/development/reading_header.tsv
(teije05-art/clone-pjj-tax-legal-22dec)."""
import pytest

from pipeline.cleanup import clean_text
from pipeline.textnorm import normalize
from pipeline.parse import blocks, grammar, parse_segments, refs
from pipeline.parse.lines import clean_entry

# --- cause: a province's name with its marks lost by OCR (place line, recipients, cited issuers) ------------------
PLACE_LINES = [
    # 2768/TCT-PC: 'Sé: 2762 /TCT-PC Ha Nội, ngày,ê§ thang} năm 2021'
    ("Ha Nội", "Hà Nội"),
    ("Tp. Ho Chi Minh", "Thành phố Hồ Chí Minh"),
    ("Tân Điền", "Tân Điền"),  # not a province: as printed
]


@pytest.mark.parametrize("raw,expected", PLACE_LINES)
def test_place_name_of_a_province_is_written_as_the_gazetteer_has_it(raw, expected):
    assert grammar.place_name(raw) == expected


UNIT_LINES = [
    # 2768/TCT-PC: 'Kính gửi: Cục Thuế tinh Hà Nam'
    ("Kính gửi: Cục Thuế tinh Hà Nam", "Kính gửi: Cục Thuế tỉnh Hà Nam"),
    ("- Cục Thuế các tỉnh, thành phố trực thuộc TW;", "- Cục Thuế các tỉnh, thành phố trực thuộc TW;"),
    ("UBND tinh Bà Rịa - Vũng Tàu;", "UBND tỉnh Bà Rịa - Vũng Tàu;"),
]


@pytest.mark.parametrize("line,expected", UNIT_LINES)
def test_unit_word_before_a_province_name_is_restored(line, expected):
    assert clean_text(line).text == expected


# --- cause: a cited letter's issuer runs on into what the letter asks ----------------------------------------------
CITED = [
    # 2768/TCT-PC
    ("Tổng cục Thuế nhận được Công văn số 1840/CT-NVDTPC ngày\n04/6/2021 của Cục Thuế tỉnh Hà Nam vướng mắc về xử "
     "phạt vi phạm hành\nchính về thuế, hóa don.", "1840/CT-NVDTPC", "Cục Thuế tỉnh Hà Nam"),
]


@pytest.mark.parametrize("text,code,issuer", CITED)
def test_cited_issuer_ends_with_its_place_name(text, code, issuer):
    found = {r["code"]: r for r in refs.find_legal_refs(text)}
    assert found[code]["issuer"] == issuer


# --- cause: the words of a printed date with their marks lost by OCR ------------------------------------------------
DATE_LINES = [
    # 54/TCT-KK: 'Số: 54/TCT-KK Hà Nội, ngày 08 thang 01 năm 2021'
    ("Số: 54/TCT-KK Hà Nội, ngày 08 thang 01 năm 2021", "2021-01-08"),
    ("Hà Nội, ngay 8 tháng 1 nam 2021", "2021-01-08"),
]


@pytest.mark.parametrize("line,expected", DATE_LINES)
def test_place_date_line_with_unmarked_words(line, expected):
    m = grammar.PLACE_DATE_RE.search(line)
    assert m and grammar.match_date(m) == expected


# --- cause: a signer whose surname the name list did not know ------------------------------------------------------
SIGNATURES = [
    # 54/TCT-KK: 'Nơi nhận: KT.TỎNG CỤC TRƯỞNG' / '- Như trên; PHÓ TỎNG CỤC TRƯỞNG' / … / 'Phi Vân Tuân'
    ("Phi Vân Tuân", "Phi Vân Tuân"),
    ("Khổng Minh Hòa", "Khổng Minh Hòa"),
]


@pytest.mark.parametrize("line,expected", SIGNATURES)
def test_signer_name_with_a_less_common_surname(line, expected):
    assert blocks._person(line) == expected


# --- cause: OCR specks and the signature column's '(đã ký)' at the end of a 'Nơi nhận' entry ----------------------
ENTRIES = [
    # 54/TCT-KK
    ("- Các Vụ/đơn vị thuộc TCT (đề thực hiện); ¬.", "Các Vụ/đơn vị thuộc TCT (đề thực hiện)"),
    ("- Lưu: VI,KK(3b). (ã ky)", "Lưu: VI,KK(3b)"),
    ("- Bộ Tài chính (để b/c);", "Bộ Tài chính (để b/c)"),
]


@pytest.mark.parametrize("line,expected", ENTRIES)
def test_distribution_entry_without_ocr_specks(line, expected):
    assert clean_entry(line) == expected


# --- cause: a dispatch's appendix titled with a type name ('QUY ĐỊNH VỀ …') below the 'V/v' subject ----------------
APPENDIX_TITLE = """BỘ TÀI CHÍNH - CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM
TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc

Số: 2000 /TCT-QLRR Hà Nội, ngày 09 tháng 6 năm 2021
V/v giới thiệu các nội dung mới của
Thông tư số 31/2021/TT-BTC quy
định về áp dụng quản lý rủi ro trong

quản lý thuê.

nh gửi: Cục Thuê các tỉnh, thành phô trực thuộc Trung ươn;

Tổng cục Thuế giới thiệu các nội dung mới của Thông tư số 31/2021/TT-
BTC và đề nghị các Cục Thuế khan trương tuyên truyền, phổ biến.

KT. TONG CỤC TRƯỞNG

Nơi nhận:

~ Như trên;

- Lưu: VT QLRR.

\f. Phụ lục

GIỚI THIỆU MỘT SỐ NỘI DUNG MỚI CUA THONG TU SỐ 3 1/2021/TT-
BTC NGÀY 17 THÁNG 5NĂM 2021 CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH
QUY ĐỊNH VỀ ÁP DỤNG QUẢN LÝ RỦI RO TRƠNG QUAN LÝ THUE

(Kèm theo công văn s6.2000/TCT-OLRR ngày OF / 6 /2021 của Tổng cục Thué)
"""


def test_appendix_type_title_below_the_subject_is_no_type_line():
    # 2000/TCT-QLRR: a Công văn, its 'Nơi nhận' read; the appendix's own-code echo (OCR 'OLRR') is no citation
    doc = parse_segments(normalize(APPENDIX_TITLE))[0]
    assert doc["doc_type"] == "Công văn"
    assert doc["distribution"] == ["Như trên", "Lưu: VT QLRR"]
    assert doc["recipients"] and doc["recipients"][0].startswith("Cục Thu")
    assert [r["code"] for r in doc["legal_refs"]] == ["31/2021/TT-BTC"]


# --- cause: a number line whose label, slash and day OCR lost: the place still reads --------------------------------
def test_place_after_a_garbled_number_and_date():
    # 29592/CTHN-KK
    text = ("TONG CỤC THUẾ CỘNG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỤC THUẾ TP HÀ NỘI Độc lập - Tự do - Hạnh phúc\n"
            "$6:2.9992 JCTHN-KK Hà Nội, ngàytháng,ÿ năm 2021\n")
    m = grammar.PLACE_ONLY_AFTER_NUMBER_RE.search(text)
    assert m and grammar.place_name(m.group("place")) == "Hà Nội"


# --- cause: the day of the printed date half read, the e-signature's date a day or two later ------------------------
HALF_DAY = """Ký bởi: Tổng cục Thuế
Địa chỉ: Tổng cục thuế.
Thời gian ký: 22.04.2021 13:55

BỘ TÀI CHÍNH | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc
Số: /22#  /TCT-KK Ha Nội, ngay £0 tháng 4 năm 2021

V/v giới thiệu các nội dung
mới của Thông tư số
19/2021/TT-BTC hướng dẫn
giao dịch điện tử trong lĩnh
vực thuế.

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Căn cứ Luật Quản lý thuế ngày 13/6/2019;
"""


def test_half_read_day_is_the_one_day_before_the_signature_with_that_digit():
    # 1194/TCT-KK: 'ngay £0 tháng 4' and 'Thời gian ký: 22.04.2021' → 20/4/2021, not the signature's 22/4
    doc = parse_segments(normalize(HALF_DAY))[0]
    assert doc["issued_on"] == "2021-04-20"
    assert doc["place"] == "Hà Nội"


def test_half_read_day_that_fits_no_day_leaves_the_signature_date():
    # 586/TCT-TTKT (first round): 'ngày C4 tháng 3 năm 2023' under 'Thời gian ký: 01.03.2023' is 1/3/2023
    text = HALF_DAY.replace("ngay £0 tháng 4", "ngày C4 tháng 3").replace("22.04.2021", "01.03.2021")
    assert parse_segments(normalize(text))[0]["issued_on"] == "2021-03-01"


def test_half_read_tens_digit_with_two_days_gives_no_date():
    text = HALF_DAY.replace("ngay £0", "ngay 1£").replace("22.04.2021", "19.04.2021")  # 12 … 19 all start with 1
    assert parse_segments(normalize(text))[0]["issued_on"] is None


# --- cause: a cited text's number wrapped onto the subject's next line ----------------------------------------------
def test_subject_goes_on_after_a_line_ending_in_so():
    doc = parse_segments(normalize(HALF_DAY))[0]
    assert doc["subject"] == ("giới thiệu các nội dung mới của Thông tư số 19/2021/TT-BTC hướng dẫn giao dịch điện tử "
                              "trong lĩnh vực thuế")


# --- cause: a received-stamp's office above the header; the header's own lines run into the motto by OCR ------------
STAMP_ABOVE = """CUC THUE TINH HOA BINH

Jira Sak & els 5 Be

BỘ TÀI CHÍNH | CONG HOAYXA HOI atts NGHIA lon NAM
TONG CUC THUE Doc lap - Ty do - Hanh phic
Số: 4302 /TCT-TTr Hà Nội, ngày OF thang 2! năm 2018

V/v tăng cường, công tác thanh tra,
kiêm tra và đôn đốc sô thu sau
thanh tra, kiểm tra vào NSNN.

gửi: Đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực
thuộc Trung ương.

Thực hiện Thông bao số 439/TB-TCT ngày 16/10/2018 của Tổng cục
Trưởng Tổng cục Thuế về việc tăng cường công tác thu Ngân sách Nhà nước.
"""


def test_issuer_named_by_the_symbol_below_a_stamp_office():
    # 4302/TCT-TTr: the copy received by Cục Thuế tỉnh Hòa Bình; its 'Kính' lost ('gửi: Đồng chí …')
    doc = parse_segments(clean_text(STAMP_ABOVE).text)[0]
    assert doc["issuer"] == "Tổng cục Thuế"
    assert doc["issued_on"] is None  # 'ngày OF thang 2!' is unreadable
    assert doc["recipients"] == ["Đồng chí Cục trưởng Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]


# --- cause: header capitals without marks; 'V/v' read as '‘VW' ------------------------------------------------------
UNMARKED_HEADER = """TONG CỤC THUÊ CỌNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM

CỤC THUE TP HAI PHONG Độc lập - Tự do - Hanh phúc
Số :284ÿCT-TT&HT Hải Phòng, ngày oF tháng 4 năm 2018
‘VW giải đáp chính sách thuế

Kính gửi: Công ty TNHH đóng tàu Đại Dương
Mã số thuế: 0200655726
"""


def test_unmarked_agency_and_province_in_the_header():
    # 2843/CT-TTHT (Cục Thuế Hải Phòng)
    doc = parse_segments(normalize(UNMARKED_HEADER))[0]
    assert doc["issuer"] == "Cục Thuế thành phố Hải Phòng"
    assert doc["subject"] == "giải đáp chính sách thuế"
    assert doc["code"] is None  # '284ÿCT-TT&HT': the slash and a digit lost


# --- cause: a cited text's type word misread at its first mention, read at a later one -------------------------------
FIRST_MENTION = """Ngày 13/6/2019, Quốc hội đã ban hành Luật Quản lý thuế số
38/2019/QH14, Chính phủ ban hành Nghị đmh số 126/2020/NĐ-CP ngày
19/10/2020 quy định chỉ tiết một só Điều của Luật Quản lý thuế.

3. Để nghị Cục trưởng Cục Thuê các tỉnh, thành phố trực thuộc Trung
ương triển khai tuyên truyền, phố biến nội dung quy định vẻ đăng ký thuê (từ
Điều 30 đến Diéu 41 Luật Quản lý thuê s6 38/2019/QH14; Điều 4, Điều 6 Nghị
định số 126/2020/NĐ-CP và Thông tư số 105/2020/TT-BTC nêu trên."""


def test_cited_code_dated_at_its_first_mention():
    # 54/TCT-KK
    refs_found = refs.find_legal_refs(clean_text(FIRST_MENTION).text)
    codes = [r["code"] for r in refs_found]
    assert codes.index("126/2020/NĐ-CP") < codes.index("105/2020/TT-BTC")
    assert next(r for r in refs_found if r["code"] == "126/2020/NĐ-CP")["date"] == "2020-10-19"
