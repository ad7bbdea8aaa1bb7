"""Second round of header, block and citation forms from documents nobody had developed on (issue 4).

Every row quotes a line or two of a development document listed in gold/development/reading_header.tsv (second
round: thuvienphapluat pages of late 2025 from tnt305/tai_lieu_noi_bo, OCR'd PDF texts from
teije05-art/clone-pjj-tax-legal-22dec); one cause class per test."""
import pytest

from pipeline.parse import parse_segments, refs
from pipeline.textnorm import normalize

# 5127/TCT-TTKT (OCR): the e-signature, a two-column header, a subject whose last words OCR set apart by a blank
# line, "Kính gui" with margin debris before each dash, "Noi nhận: #".
OCR_TCT = """Ký bởi: Tổng cục Thuế
Địa chỉ: 123 Lò Đúc
Thời gian ký: 16.11.2023 14:54

BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TONG CỤC THUE Độc lập - Tự do - Hạnh phúc
Số: 5427 /TCT-TTKT Hà Nội, ngày 46 tháng 22 năm 2023

V/v hướng dẫn lập kế
hoạch thanh tra, kiểm tra thuế

năm 2024
Kính gui:
7 ~ Cục Thuế các tỉnh, thành phố trực thuộc Trung ương;
Rad ¿xo - Cục Thuế doanh nghiệp lớn;

ok

Căn cứ Luật Thanh tra, Luật Quản lý thuế và các văn bản hướng dẫn thi
hành; để đảm bảo việc xây dựng, phê duyệt kế hoạch thanh tra, kiểm tra thuế
năm 2024 kịp thời, đúng định hướng, Tổng cục Thuế dé nghị các Cục Thuế triển khai
xây dựng kế hoạch thanh tra, kiểm tra tại trụ sở người nộp thuế năm 2024 theo
hướng dẫn sau:

Trường hợp phát sinh vướng mắc, dé nghị các Cục "Thuế báo cáo Tổng cục xem
xét, chỉ đạo thực hiện./. a
Noi nhận: #

- Như trên; . .

- Lãnh đạo Tong cục (dé b/c);

- Luu: VT, TTKT.

KT. TỎNG CỤC TRƯỞ G
"""


@pytest.fixture(scope="module")
def ocr_doc():
    return parse_segments(normalize(OCR_TCT))[0]


# cause: subject wrapped over a blank line by OCR
def test_subject_tail_after_a_blank_line(ocr_doc):
    assert ocr_doc["subject"] == "hướng dẫn lập kế hoạch thanh tra, kiểm tra thuế năm 2024"


# cause: margin debris before a recipient's dash, the dash read as "~"
def test_recipients_with_margin_debris(ocr_doc):
    assert ocr_doc["recipients"] == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương", "Cục Thuế doanh nghiệp lớn"]


# cause: OCR debris after the "Nơi nhận" label is no entry
def test_no_distribution_entry_from_debris(ocr_doc):
    assert ocr_doc["distribution"][0] == "Như trên"
    assert "#" not in ocr_doc["distribution"]


# cause: citation symbols of forms not met before
@pytest.mark.parametrize("text, code", [
    # 5662/CT-CS: a unit with a numbered branch after a dot
    ("Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi Cục Thuế Khu vực V",
     "4814/CCTKV.05-TTKT3"),
    # 6397/UBND-KT: a Party committee's letter ("CV" of a Thành ủy)
    ("Thực hiện chỉ đạo của Ban Thường vụ Thành ủy tại Văn bản số 43-CV/TU ngày 12/11/2025 về việc tăng cường",
     "43-CV/TU"),
])
def test_citation_symbol_forms(text, code):
    assert code in [r["code"] for r in refs.find_legal_refs(normalize(text))]
