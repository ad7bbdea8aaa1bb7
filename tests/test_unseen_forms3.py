"""Forms of OCR'd texts (PDF scans OCR'd by someone else and delivered as text) met in the fifth round, one cause
class per table. Every row is a line or two quoted from a document listed in gold/development/reading_header.tsv
(teije05-art/clone-pjj-tax-legal-22dec)."""
import pytest

from pipeline.cleanup import clean_text
from pipeline.parse import blocks, grammar, refs
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
