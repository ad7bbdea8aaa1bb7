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


# cause: OCR runs the signer's column into the "Nơi nhận" lines (5029/TCT-PC: "Noi nhận: KT. TONG CỤC TRƯỞNG")
OCR_INTERLEAVED_SIGNATURE = """BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỎNG CỤC THUÊ Độc lập — Tự do — Hạnh phúc
Số: 5029/TCT-PC Hà Nội, ngày 09 tháng 11 năm 2023

V/v tăng cường ky cương, kỷ luật
trong việc ban hành công văn

Kính gửi:
- Cục Thuế các tỉnh, thành phố trực thuộc Trung ương;
- Chi cục Thuế các quận, huyện, thị xã và khu vực.

Tổng cục Thuế dé nghị các Cục Thuế, Chỉ cục Thuế và các Vu, Cục, đơn
vị thuộc Tổng cục Thuế nghiêm túc triển khai thực hién./.

Noi nhận: KT. TONG CỤC TRƯỞNG
- Như trên; — PHO TONG CUC TRUONG
- Vụ Pháp ché- BTC,

- D/e TCTrg TCT (dé b/c);

- Luu: VT, PC(Ib). a

(ees 2®) <<

Mai Son
"""


def test_signature_column_run_into_the_distribution():
    doc = parse_segments(normalize(OCR_INTERLEAVED_SIGNATURE))[0]
    assert doc["distribution"][:2] == ["Như trên", "Vụ Pháp ché- BTC"]
    assert doc["signer"]["authority"] == "KT."
    assert doc["signer"]["title"] == "Phó Tổng Cục trưởng"


# cause: a page without header (it starts at the title): the closing formula names the sender, not a task's subject
# (661/TB-VPCP: "Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương …" in item 1)
NO_HEADER_NOTICE = """THÔNG BÁO

KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH VỀ CÔNG TÁC KHẮC PHỤC HẬU
QUẢ MƯA, LŨ TẠI TỈNH NAM TRUNG BỘ

Ngày 29 tháng 11
năm 2025, Thủ tướng Chính phủ Phạm Minh Chính đã đi thị sát tình hình lũ lụt tại tỉnh Đắk Lắk.

1. Các địa
phương phát động ngay “Chiến dịch Quang Trung” thần tốc hỗ trợ Nhân dân xây dựng
lại nhà ở bị cuốn trôi, sập đổ.

Bộ Nông
nghiệp và Môi trường hướng dẫn các địa phương bố trí đất đai khu tái định cư, hoàn thành trước ngày 05/12/2025.

Văn phòng Chính
phủ thông báo để các cơ quan và địa phương liên quan biết, thực hiện./.

Nơi nhận:
- Ban Bí thư TW Đảng;
- Lưu: VT, NN.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM
Phạm Mạnh Cường
"""


def test_sender_from_the_closing_formula():
    assert parse_segments(normalize(NO_HEADER_NOTICE))[0]["issuer"] == "Văn phòng Chính phủ"


# cause: the word splitter cut capital symbols into "syllables" the corpus holds as abbreviations
@pytest.mark.parametrize("text, code", [
    # 34/2025/TT-BKHCN
    ("được công bố theo quy định tại Thông tư 40/2020/TT-BTTTT ngày 30 tháng 11 năm 2020 của Bộ", "40/2020/TT-BTTTT"),
])
def test_symbol_of_capitals_is_not_cut(text, code):
    from pipeline.cleanup import clean_text
    assert code in [r["code"] for r in refs.find_legal_refs(clean_text(text).text)]


def test_filing_units_are_not_cut():
    from pipeline.cleanup import clean_text
    assert "CNCNTT" in clean_text("- Lưu: VT, CNCNTT (20b).").text  # 34/2025/TT-BKHCN


# cause: the competent-authority line under a decision's title is no part of its subject (1609/QĐ-TTPVHCC)
DECISION_WITH_AUTHORITY_LINE = """UBND THÀNH PHỐ HÀ
NỘI
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1609/QĐ-TTPVHCC
Hà Nội, ngày 25 tháng 11 năm 2025
QUYẾT ĐỊNH
VỀ
VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI, BỔ SUNG, BÃI BỎ TRONG
LĨNH VỰC ĐẤU THẦU THUỘC PHẠM VI CHỨC NĂNG QUẢN LÝ CỦA UBND THÀNH PHỐ HÀ NỘI
GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ
HÀ NỘI
Căn cứ Luật Tổ chức Chính quyền địa phương số 72/2025/QH15 ngày 16/6/2025;
QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục 01 thủ tục hành chính được sửa đổi, bổ sung.
"""


def test_authority_line_is_not_in_the_subject():
    subject = parse_segments(normalize(DECISION_WITH_AUTHORITY_LINE))[0]["subject"]
    assert subject.lower().endswith("thuộc phạm vi chức năng quản lý của ubnd thành phố hà nội")


# 4451/TCT-TTKT (OCR): a half-readable printed date beside the e-signature, a subject broken by blank lines,
# "Site gửi:" and "Not nhận:" misread labels.
OCR_HALF_DATE = """Ký bởi: Tổng cục Thuế
Địa chỉ: 123 Lò Duc
@® Thời gian ky: 30.11.2022 14:39
BO TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGH. TNAM

TỎNG CỤC THUÊ Độc lập — Tự do — Hạnh phúc

Số: 4454 /TCT-TTKT Hà Nội, ngày 29 tháng 44 năm 2022
V/v Chân chỉnh công tác

báo cáo kêt quả TTKT

thuế và tiếp tục tăng

cường công tác quản lý

Site gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Tổng cục Thuế đã ban hành Công văn số 997/TCT-TTKT ngày 4/4/2022
về việc tăng cường hiệu quả công tác quản lý thuế đối với hoạt động thương mại
điện tử (TMĐT).

Tổng cục Thuế thông báo để Cục Thuế được biết và thực hiện./. é

Not nhận: TL. TONG CỤC ' TRUONG
- Như trên;
- Phó TCTr Vũ Chí Hùng (để báo
cáo);
- Lưu: VT, TTKT£
"""


@pytest.fixture(scope="module")
def half_date_doc():
    return parse_segments(normalize(OCR_HALF_DATE))[0]


# cause: date unreadable in part — the readable day kept, the month from the e-signature a day later
def test_half_readable_date_with_the_signature(half_date_doc):
    assert half_date_doc["issued_on"] == "2022-11-29"


def test_stamp_far_from_the_printed_day_gives_no_date():
    text = OCR_HALF_DATE.replace("ngày 29 tháng 44", "ngày 12 tháng 44")
    assert parse_segments(normalize(text))[0]["issued_on"] is None


# cause: subject lines each set apart by a blank line
def test_subject_over_several_blank_lines(half_date_doc):
    assert half_date_doc["subject"] == "Chân chỉnh công tác báo cáo kêt quả TTKT thuế và tiếp tục tăng cường công tác quản lý"


# cause: OCR-misread labels "Site gửi:", "Not nhận:"
def test_misread_labels(half_date_doc):
    assert half_date_doc["recipients"] == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]
    assert half_date_doc["distribution"][:2] == ["Như trên", "Phó TCTr Vũ Chí Hùng (để báo cáo)"]
    assert half_date_doc["signer"]["authority"] == "TL."


# cause: the place after a garbled number on the number line, "ngày" run into junk (10394/CTHN-TTHT)
def test_place_after_a_garbled_number():
    text = """TONG CỤC THUÊ CỘNG HOÀ XÃ HỘI iL xi ET NAM
CỤC THUE TP HÀ NỘI Độc lập - Tự đồ aarti phúc
Số:À394Ù /CTHN-TTHT ˆ Hà Nội, ngàyä4 kháng 2 năm 2023
V/v chính sách thuế TNCN đối

với khoản trợ cấp mắt việc

Kính gửi: Chi nhánh công ty cổ phần bột giặt Net
"""
    doc = parse_segments(normalize(text))[0]
    assert doc["place"] == "Hà Nội"
    assert doc["issued_on"] is None
