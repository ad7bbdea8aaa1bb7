"""Forms of OCR'd texts met in the eighth round (ocr3: OCR text input, header fields and item leads), one cause class
per test. Every text is a line or a few lines quoted from a document listed in gold/development/reading_header.tsv
(teije05-art/clone-pjj-tax-legal-22dec, 08_Tax_Administration and 09_Excise_Tax_SST); '…' marks lines left out."""
import pytest

from pipeline.batch import process_file
from pipeline.parse import blocks, gazetteer, parse_segments
from pipeline.parse.lines import clean_entry, is_motto, split_lines


def _doc(tmp_path, text: str) -> dict:
    path = tmp_path / "cv.md"
    path.write_text(text, encoding="utf-8")
    result = process_file(str(path))
    assert "error" not in result, result
    return result["documents"][0]


# --- cause: the motto beside the issuer with its marks lost and a word garbled ---------------------------------------
# 1305/TCT-KK: both header lines run the columns together, the motto unmarked ("Í" for XÃ HỘI, "Doc lọc" for Độc lập),
# and the number line lost its label
HEADER_1305 = """BO TAI CHINH CONG HOA Í CHU NGHĨA VIET NAM
TONG CUC THUE Doc lọc Tự do - Hạnh phúc
864305 /TCT-KK. Hà Nội, ngdy, Jf tháng 4 năm 2022

V/V triển khai cung cấp thông tin
về tài khoản thanh toán của người
nộp thuế theo quy định tại Nghị
định số 126/2020/NĐ-CP.

Kính gửi:

Căn cứ quy định của Luật Quản lý thuế số 38/2019/QH14, Tổng cục Thuế thông báo nội dung như sau:
"""
# 4205/TCT-DNNCN: "CỘNG HÒA XÃ HỘI" read "CONG HO¿ 21"
HEADER_4205 = """BỘ TÀI CHÍNH CONG HO¿ 21 CHỦ NGHĨA VIET NAD
TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc
Số: #205 /TCT-DNNCN Hà Noi, ngày 44 thang 11 năm 2022

V/v tỏ chức triển khai việc hướng
dẫn các tô chức là chủ sở hữu Sản
giao dịch TMĐT cung cấp thông
tin theo quy định tai Nghị định số
91/2022/ND-CP.

Kính gử:: Cục Thuê các tinh, thành pho trực thuộc Trung ương

Chính phủ vừa ban hành Nghị dịnh số 91/2022/NĐ-CP ngày 30/10/2022
"""


@pytest.mark.parametrize("line", ["CONG HOA Í CHU NGHĨA VIET NAM", "CONG HO¿ 21 CHỦ NGHĨA VIET NAD",
                                  "Doc lọc Tự do - Hạnh phúc"])
def test_garbled_motto_is_the_motto(line):
    assert is_motto(line)


def test_unmarked_motto_run_into_the_issuer_lines(tmp_path):
    doc = _doc(tmp_path, HEADER_1305)
    assert (doc["issuer"], doc["issuer_parent"], doc["place"]) == ("Tổng cục Thuế", "Bộ Tài chính", "Hà Nội")
    doc = _doc(tmp_path, HEADER_4205)
    assert (doc["issuer"], doc["issuer_parent"]) == ("Tổng cục Thuế", "Bộ Tài chính")


# --- cause: the recipients' label garbled ("Kính gử::") ----------------------------------------------------------
def test_recipients_label_with_its_i_lost(tmp_path):
    doc = _doc(tmp_path, HEADER_4205)
    assert len(doc["recipients"]) == 1 and doc["recipients"][0].startswith("Cục Thu")
    assert doc["recipients"][0].endswith("thành phố trực thuộc Trung ương")


# --- cause: specks after a known agency's name in the header ----------------------------------------------------------
# 18037/CTHN-TTHT: "TONG CỤC THUÊ Ồ AM" (what OCR left of the motto beside it)
@pytest.mark.parametrize("name,canonical", [("TONG CỤC THUÊ Ồ AM", "Tổng cục Thuế"), ("BỘ Y TẾ", "Bộ Y tế")])
def test_specks_after_a_known_name(name, canonical):
    assert gazetteer.canonical(name) == canonical


# --- cause: a subject's lines that OCR or the converter set apart ---------------------------------------------------
SUBJECTS = [
    # 18037/CTHN-TTHT: 'V/v' read 'VW', a blank line, and the rest that cleanup joined into one clause of 65 letters
    ("TONG CỤC THUÊ\nCUC THUE TP HA NỘI\nSố: 18037/CTHN-TTHT\nHa Nội, ngày 24 tháng 6 năm 2021\n"
     "VW gia hạn nộp thuế TNDN\n\ntheo ND 52/2021/NĐ-CP\ntrường hợp năm tài chính khác\nnăm đương lich\n\n"
     ", Kink gửi: Công ty TNHH Điện Stanley Việt Nam\n",
     "gia hạn nộp thuế TNDN theo ND 52/2021/NĐ-CP trường hợp năm tài chính khác năm đương lich"),
    # 1061/TCT-DNL: a company's name wrapped after its legal form
    ("BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM\nTONG CỤC THUE Độc lập - Tự do - Hanh phúc\n"
     "Số: 4064 /TCT-DNL Hà Nội, ngày 24 tháng 3 năm 2018\nV/v khấu trừ thuế TTĐB đã nộp ở\n"
     "khâu nhập khâu của Công ty TNHH\nYamaha Motor Việt Nam\n\nKính gửi: Cục thuế Thành phố Hà Nội.\n",
     "khấu trừ thuế TTĐB đã nộp ở khâu nhập khâu của Công ty TNHH Yamaha Motor Việt Nam"),
]


@pytest.mark.parametrize("text,subject", SUBJECTS)
def test_subject_lines_set_apart(tmp_path, text, subject):
    assert _doc(tmp_path, text)["subject"] == subject


# --- cause: the closing columns read out of order or with specks -----------------------------------------------------
# 1061/TCT-DNL: the entries read before their label, the label's line holding the signer's title after a speck, a
# speck inside the name
CLOSING_1061 = """Tổng cục Thuế trả lời để Cục thuế Thành phố Hà Nội biết và hướng dẫn
đơn vị thực hiện./.? _

- Như trên;

- Thứ trưởng Đỗ Hoàng Anh Tuan (dé b/c);
- Vụ CST, PC, Cục TCDN (BTC);

- Vụ PC, CS, KK&KTT;

- Lun: VT, DNL (3b).A⁄

Noi nhận:y, KT, TONG cục TRƯỞNG

Đặng Ngoc A Minh
"""
# 4205/TCT-DNNCN: a speck between the authority and the title
CLOSING_4205 = """Tổng cục Thuế thông báo các Cục Thuế biết và thực hiện./.2z~

KT. + ỐNG © ỤC TRƯỜNG

Lãnh dạo Bộ Tài chính (đề báo cáo):
"""


def test_entries_read_before_their_label_and_the_signer_beside_it():
    lines = split_lines(CLOSING_1061)
    dist, at = blocks.find_distribution(lines, 0)
    assert [e.value for e in dist] == ["Như trên", "Thứ trưởng Đỗ Hoàng Anh Tuan (dé b/c)", "Vụ CST, PC, Cục TCDN (BTC)",
                                       "Vụ PC, CS, KK&KTT", "Lun: VT, DNL (3b)"]
    signer, _ = blocks.find_signer(lines, at)
    # "KT. TỔNG CỤC TRƯỞNG" is the head's title: the signer's own ("PHÓ …") is not printed
    assert signer == {"authority": "KT.", "title": None, "name": "Đặng Ngoc Minh"}


def test_speck_between_authority_and_title():
    signer, _ = blocks.find_signer(split_lines(CLOSING_4205), 0)
    assert signer["authority"] == "KT."


@pytest.mark.parametrize("raw,entry", [("- Như trên; A", "Như trên"), ("- Lun: VT, DNL (3b).A⁄", "Lun: VT, DNL (3b)"),
                                       ("- Lưu: VT, KK.", "Lưu: VT, KK")])
def test_signature_column_letters_after_an_entry(raw, entry):
    assert clean_entry(raw) == entry


# --- cause: an item's lead after its circumstance, the body asked written in lower case -----------------------------
# 1305/TCT-KK item 1
ITEM_1305 = """Tổng cục Thuế thông báo nội dung, triển khai cung cấp thông tin như sau:

1. Căn cứ quy định tại điểm a, điểm b Khoản 2 Điều 30 Nghị định số
126/2020/NĐ-CP ngày 19/10/2020, đề nghị ngân hàng thương mại, chi nhánh
ngân hàng nước ngoài cung cấp thông tin tài khoản thanh toán của từng người
nộp thuế.

2. Hướng dẫn cung cấp thông tin tài khoản thanh toán của người nộp thuế.
"""


def test_lead_asked_after_a_circumstance_in_lower_case():
    from pipeline.parse import tasks

    lines = split_lines(ITEM_1305)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    # (a collective of kinds of body in lower case, one entry as written)
    assert found[0]["label"] == "1" and found[0]["lead"] == ["ngân hàng thương mại, chi nhánh ngân hàng nước ngoài"]
