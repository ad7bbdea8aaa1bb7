"""Tables of real examples for each grammar building block (pipeline/parse/grammar.py).

"development" rows shaped the patterns; "bugs caught" rows are failures found on real documents."""
import pytest

from pipeline.parse import grammar
from pipeline.textnorm import fold, normalize

SO_LINES = [  # development
    ("Số: 65 /KH-UBND", "65/KH-UBND"),
    ("Số: 1481/BYT-BMTE", "1481/BYT-BMTE"),
    ("Số 28-CT/TW", "28-CT/TW"),
    ("Số: 24/2025/TT-BTP", "24/2025/TT-BTP"),
    ("Số: 217/CĐ-TTg", "217/CĐ-TTg"),
    ("Số: 010/CT-UBND", "010/CT-UBND"),
    ("Số: 25/2010/TTLT-BLĐTBXH-BTC-BYT", "25/2010/TTLT-BLĐTBXH-BTC-BYT"),
    ("Số: 36/2025/NQ-HĐND", "36/2025/NQ-HĐND"),
    # bugs caught
    ("Số: 478 /LĐT BXH-TE", "478/LĐTBXH-TE"),
    ("Số : 1471 /UBND-VX", "1471/UBND-VX"),
    ("Số: 1539/VLO-QLDN3", "1539/VLO-QLDN3"),
    ("Số: 773 /QĐ-TTg", "773/QĐ-TTg"),
]


@pytest.mark.parametrize("line,code", SO_LINES)
def test_number_and_symbol(line, code):
    m = grammar.SO_LINE.search(normalize(line))
    assert m, line
    assert grammar.match_code(m)[2] == code


def test_party_code_keeps_number_and_symbol_apart():
    m = grammar.SO_LINE.search("Số 28-CT/TW")
    assert grammar.match_code(m) == ("28", "CT/TW", "28-CT/TW")


DATES = [
    ("Hà Nội, ngày 14 tháng 3 năm 2025", "Hà Nội", "2025-03-14"),
    ("Quảng Ngãi, ngày 31 tháng 3 năm 2025", "Quảng Ngãi", "2025-03-31"),
    ("Cần Thơ, ngày 18\ntháng 11 năm 2025", "Cần Thơ", "2025-11-18"),
    ("Hà Nội, ngày 26 tháng 0 6 năm 2018", "Hà Nội", "2018-06-26"),  # bug caught: OCR split digits
    ("TP. Hồ Chí Minh, ngày 02 tháng 12 năm 2025", "Hồ Chí Minh", "2025-12-02"),
]


@pytest.mark.parametrize("text,place,iso", DATES)
def test_place_and_date(text, place, iso):
    m = grammar.PLACE_DATE_RE.search(normalize(text))
    assert m and grammar.match_date(m) == iso
    assert m.group("place").endswith(place)


REFS = [
    ("Quyết định số 1183/QĐ-TTg ngày 14/10/2024 của Thủ tướng", "Quyết định", "1183/QĐ-TTg"),
    ("Chỉ thị số 28 CT/TW ngày 25/12/2023 của Bộ Chính trị", "Chỉ thị", "28-CT/TW"),
    ("Chỉ thị số 28-CT/TW ngày 25/12/2023", "Chỉ thị", "28-CT/TW"),
    ("Thông tư liên tịch số 25/2010/TTLT-BLĐTBXH-BTC-BYT ngày 11/9/2010", "Thông tư liên tịch", "25/2010/TTLT-BLĐTBXH-BTC-BYT"),
    ("Nghị định số\n118/2025/NĐ-CP ngày 09 tháng 6 năm 2025", "Nghị định", "118/2025/NĐ-CP"),
    ("Công văn số 530/SYT-CSXH ngày 19/3/2025", "Công văn", "530/SYT-CSXH"),
    ("Luật Quản lý thuế số 38/2019/QH14", "Luật", "38/2019/QH14"),
    ("Kết luận số 01-KL/TW ngày 18/5/2021", "Kết luận", "01-KL/TW"),
]


@pytest.mark.parametrize("text,rtype,code", REFS)
def test_legal_reference(text, rtype, code):
    m = grammar.REF_RE.search(normalize(text))
    assert m and m.group("type") == rtype and grammar.match_code(m)[2] == code


@pytest.mark.parametrize("text,title", [
    ("quy định tại Luật Trẻ em, Nghị quyết số 01/NQ-CP", "Trẻ em"),
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", "Tổ chức chính quyền địa phương"),
    ("Căn cứ Bộ luật Lao động năm 2019;", "Lao động"),
    # bugs caught
    ("Căn cứ Luật hoạt động giám sát của Quốc hội;", "hoạt động giám sát của Quốc hội"),
    ("thi hành Luật An ninh mạng 2025.", "An ninh mạng"),
    ("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003", "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"),
    ("Luật Trẻ em và các văn bản hướng dẫn", "Trẻ em"),
])
def test_law_by_name(text, title):
    m = grammar.LAW_RE.search(text)
    assert m and m.group("title").strip() == title


def test_tone_placement_is_one_form():
    assert normalize("Hoà Bình, thuỷ lợi, khoẻ") == "Hòa Bình, thủy lợi, khỏe"
    assert fold("ỦY BAN NHÂN DÂN") == fold("Uỷ ban nhân dân") == "uy ban nhan dan"


def test_law_as_a_common_noun_is_not_a_citation():
    assert not grammar.LAW_RE.search("triển khai thi hành Luật và trách nhiệm của các bộ")


def test_decimal_resolution_number():
    m = grammar.REF_RE.search("Nghị quyết số 66.4/2025/NQ-CP ngày 19/6/2025")
    assert grammar.match_code(m)[2] == "66.4/2025/NQ-CP"


# The "V/v" subject label as printed and as OCR read it in real letters (grammar.VV_FORMS), and lines that are not it.
@pytest.mark.parametrize("line, subject", [
    ("V/v hướng dẫn thực hiện chính sách thuế", "hướng dẫn thực hiện chính sách thuế"),
    ("V v trả lời chính sách thuế", "trả lời chính sách thuế"),
    ("‘VW giải đáp chính sách thuế", "giải đáp chính sách thuế"),
    ("Viv thông báo kết quả", "thông báo kết quả"),
    ("v/v tăng cường quản lý thuế", "tăng cường quản lý thuế"),
    ("V/ trả lời chính sách thuế", "trả lời chính sách thuế"),
    ("(tr V/ýw thực hiện Nghị định", "thực hiện Nghị định"),
    ("V/v", ""),
])
def test_subject_label_forms(line, subject):
    m = grammar.subject_label(line)
    assert m is not None and m.group(1).strip() == subject.strip()


@pytest.mark.parametrize("line, under_number", [
    ("VỀ VIỆC TRIỂN KHAI KẾ HOẠCH", False),      # a title in capitals
    ("Về hướng dẫn đánh giá, xếp loại", False),  # "Về …" counts only right under the number
    ("VA trả lời chính sách thuế", False),       # two capitals count only right under the number
    ("Võ Văn Thưởng", True),                      # a name
])
def test_not_a_subject_label(line, under_number):
    assert grammar.subject_label(line, under_number) is None


def test_subject_label_under_number():
    assert grammar.subject_label("Về hướng dẫn đánh giá, xếp loại", True).group(1) == "hướng dẫn đánh giá, xếp loại"
    assert grammar.subject_label("VA trả lời chính sách thuế.", True).group(1) == "trả lời chính sách thuế."
