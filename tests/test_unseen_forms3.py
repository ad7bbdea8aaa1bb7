"""Forms of OCR'd texts (PDF scans OCR'd by someone else and delivered as text) met in the fifth round, one cause
class per table. Every row is a line or two quoted from a document listed in gold/development/reading_header.tsv
(teije05-art/clone-pjj-tax-legal-22dec)."""
import pytest

from pipeline.cleanup import clean_text
from pipeline.parse import grammar, refs

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
