"""Forms of OCR'd texts met in the ninth round (ocr4: OCR text input, header fields and the task list), one cause class
per test. Every text is a line or a few lines quoted from a document listed in gold/development/reading_header.tsv
(teije05-art/clone-pjj-tax-legal-22dec, 08_Tax_Administration and 09_Excise_Tax_SST); '…' marks lines left out."""
import pytest

from pipeline.parse.lines import clean_entry, quoted_lines, split_lines


# --- cause: the date of issue only in the e-signature stamp at the foot of the first page -----------------------------
# 81380/CT-TTHT: the printed date's slots run together ("ngày-2OthángÁ-Jnăm 2017"), the stamp "Ký bởi: Cục Thuế thành.
# phố Hà Nội 1 ~" (the page's number after the name) with "Thời gian ký: 20.12.2017" closes the first page.
HEADER_81380 = """TONG CUC THUE CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM

CUC THUE TP HÀ NỘI Độc lập - Ty do - Hanh phúc
Số: €2ŸÔ /CT-TTHT Hà Nội, ngày-2OthángÁ-Jnăm 2017
Viv ding ký kho hàng không phải
địa điểm kinh doanh

Kính gửi: Cổng thông tin điện tử - Bộ Tài chính

Cục Thuế TP Hà Nội nhận được Phiếu chuyển. số 1009/PC-TCT ngày
31/10/2017 của Tổng cục Thuế chuyển thư hỏi của độc giả … hỏi về đăng ký kho hàng không phải địa
điểm kinh doanh. Cục Thuế TP Hà Nội có ý kiến như sau:

Căn cứ các quy định trên, trường hợp doanh nghiệp thành lập và hoạt động
theo Luật doanh nghiệp có thay đổi thông tin của doanh nghiệp (mở thêm kho

Ký bởi: Cục Thuế thành. phố Hà Nội 1 ~
187 Giang Võ, Đống Đa, Ha Nội
Thời gian ký: 20.12.2017 16:29

--- PAGE BREAK ---

hang là địa điểm kinh doanh trực thuộc doanh nghiệp), doanh nghiệp phải gửi thông báo.
"""


def test_issue_date_from_the_stamp_at_the_first_pages_foot(doc_of):
    doc = doc_of(HEADER_81380)
    assert doc["issuer"] == "Cục Thuế thành phố Hà Nội"
    assert doc["issued_on"] == "2017-12-20"
    # the stamp at the page's foot marks no header line: the recipients' line is still read
    assert doc["recipients"] == ["Cổng thông tin điện tử - Bộ Tài chính"]


def test_stamp_of_another_office_gives_no_date(doc_of):
    doc = doc_of(HEADER_81380.replace("Ký bởi: Cục Thuế thành. phố Hà Nội", "Ký bởi: Tổng cục Thuế"))
    assert doc["issued_on"] is None


# --- cause: the signer's authority on the 'Nơi nhận' line after specks, its dot read as a comma -------------------------
# 965/TCT-CNTT: "Nơi nhận:. Sp KT, TONG CỤC THƯỜNG"; its filing note ends in a speck "gp"
CLOSING_965 = """BỘ TÀI CHÍNH CONG HÒA XÃ HOI CHỦ NGHĨA VIET NAM
TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc

Số: 963° /TCT-CNTT Hà Nội, ngày £0 tháng 03 năm 2015
V/v Thông báo kế hoạch dừng nhận
hồ sơ khai thuế qua mạng theo định
dạng PDF

Kính gửi: Cục Thuế các tỉnh/thành phố trực thuộc Trung ương

Tổng cục Thuế thông báo để Cục Thuế tổ chức tuyên truyền và có kế hoạch
phân công cán bộ hỗ trợ doanh nghiệp./.

Nơi nhận:. Sp KT, TONG CỤC THƯỜNG
- Như trên;

- Vụ KK, Vụ TTHT (để phối hợp);
- Website Tổng cục Thuế;
- Lưu: VT, CNTT (2b). gp
"""


def test_authority_after_specks_on_the_label_line(doc_of):
    doc = doc_of(CLOSING_965)
    assert doc["signer"]["authority"] == "KT."
    assert doc["distribution"] == ["Như trên", "Vụ KK, Vụ TTHT (để phối hợp)", "Website Tổng cục Thuế",
                                   "Lưu: VT, CNTT (2b)"]


# --- cause: the filing note's units and copy counts alternating, a speck after the label ----------------------------------
# 10663/BTC-CST: "Noi nhận WY" (a speck of the signature beside the label), "- Luu: VT (2); CST(GTGT&TTĐB)."
@pytest.mark.parametrize("raw, entry", [
    ("- Luu: VT (2); CST(GTGT&TTĐB).", "Lưu: VT (2); CST(GTGT&TTĐB)"),
    ("- Lưu: VT; TXNK-Nhung (03).", "Lưu: VT; TXNK-Nhung (03)"),  # 9885/TCHQ-TXNK
    ("- Lưu: VT, CNTT (2b). gp", "Lưu: VT, CNTT (2b)"),  # 965/TCT-CNTT
    ("- Lưu: VT, PC@b)„", "Lưu: VT, PC"),  # 4495/TCT-PC (earlier round), specks still cut
])
def test_filing_note_units_and_copy_counts(raw, entry):
    assert clean_entry(raw) == entry


CLOSING_10663 = """BO TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:/ 3 /BTC-CST Hà Nội, ngay$/ tháng 8 năm 2018
V/v xin ý kiến về dự thảo Nghị
định sửa đổi, bổ sung Nghị định
số 108/2015/NĐ-CP,

a

gai

Thực hiện Chương trình công tác của Chính phủ năm 2018 thông báo tại
công văn số 6068/VPCP-KTTH về việc bổ sung Chương trình Công tác năm
2018 của Chính phủ, Bộ Tài chính đã chủ trì nghiên cứu, xây dựng dự thảo Nghị định.

Bộ Tài chính trân trong cảm ơn sự phối hợp công tác của Quý cơ quan./. W

Noi nhận WY

- Như trên;
- Trang tin điện tử của Bộ Tài chính;

- Luu: VT (2); CST(GTGT&TTĐB).
"""


def test_speck_after_the_label_and_after_the_subject(doc_of):
    doc = doc_of(CLOSING_10663)
    assert doc["distribution"] == ["Như trên", "Trang tin điện tử của Bộ Tài chính", "Lưu: VT (2); CST(GTGT&TTĐB)"]
    # what OCR left of the lost "Kính gửi" ("a" / "gai") is no part of the subject, nor its trailing comma
    assert doc["subject"] == "xin ý kiến về dự thảo Nghị định sửa đổi, bổ sung Nghị định số 108/2015/NĐ-CP"


# --- cause: a quoted provision whose closing mark OCR lost, its numbered clause taken for a task ------------------------
# 81380/CT-TTHT: '“Việc thay đổi … cụ thé:' / '1. Doanh nghiệp đăng ký …' and no closing mark before the letter's own
# conclusion 'Căn cứ các quy định trên, …'
QUOTED_81380 = """- Căn cứ Điều 12 Thông tư số 95/2016/TT-BTC ngày 28/6/2016 của Bộ Tài chính quy định về trách nhiệm, thời hạn và
địa điểm nộp hồ sơ thay đổi thông tin đăng ký thuế của người nộp thuế:

“Việc thay đổi thông tin đăng ký thuế thực hiện theo quy dinh tai Diéu 27
Luậi quan lý thuế, cụ thé:

1. Doanh nghiệp đăng ký thay đổi thông tin đăng ký thuế tại cơ quan đăng
ký kinh doanh theo hướng dẫn tại Nghi định của Chính phủ về đăng ký doanh
nghiệp và các văn bản hiện hành. .

Căn cứ các quy định trên, trường hợp doanh nghiệp thành lập và hoạt động
theo Luật doanh nghiệp có thay đổi thông tin của doanh nghiệp, doanh nghiệp phải gửi thông báo.
"""


def test_quotation_ends_where_the_letter_concludes():
    lines = split_lines(QUOTED_81380)
    quoted = quoted_lines(lines)
    by_text = {ln.text.split()[0] + " " + ln.text.split()[1]: ln.index for ln in lines if ln.text.strip()}
    assert by_text["1. Doanh"] in quoted
    assert by_text["Căn cứ"] not in quoted


def test_no_task_from_a_quoted_clause(doc_of):
    doc = doc_of(HEADER_81380.replace("Căn cứ các quy định trên", QUOTED_81380 + "\nCăn cứ các quy định trên"))
    assert doc["tasks"] == []


# --- cause: the issuer's province with no unit word, in capitals ------------------------------------------------------
# 1581/CT-TTHT: "CỤC THUẾ NGHỆ AN"; a customs office's "QUAN" is no "quận" (9885/TCHQ-TXNK's recipient office)
@pytest.mark.parametrize("header, name", [
    ("CỤC THUẾ NGHỆ AN", "Cục Thuế Nghệ An"),
    ("CỤC HẢI QUAN HÀ NỘI", "Cục Hải quan Hà Nội"),
    ("CUC THUE TINH HOA BINH", "Cục Thuế tỉnh Hòa Bình"),  # the unit word kept (earlier round)
])
def test_agency_and_province_without_unit(header, name):
    from pipeline.parse import gazetteer

    assert gazetteer.canonical(header) == name


# --- cause: a web page printed from a browser and OCR'd, the signer's block in two columns ----------------------------------
# 1581/CT-TTHT: "Page 1of 1" and the page's address with the printing date at the foot, the name above it; the title's
# second line under the authority beside the label
CLOSING_1581 = """Page 1of 1
Công văn số 1581/CT-TTHT của Cục Thuế Nghệ An ngày 23/09/2014 v/v giá tính thuế TTĐB In văn bản
TỔNG CỤC THUẾ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ NGHỆ AN Độc lập - Tự do - Hạnh phúc
Số: 1581 /CT-TTHT Nghệ An, ngày 23 tháng 9 năm 2014
V/v giá tính thuế TTĐB
Kính gửi: Công ty cổ phần Bia Hà Nội - Nghệ An
Trả lời Công văn số 76/CV-Habeco.NA, ngày 17 tháng 9 năm 2014 của Công ty cổ phần Bia Hà Nội - Nghệ
An về giá tính thuế tiêu thụ đặc biệt đối với mặt hàng bia hơi. Cục Thuế có ý kiến như sau:
…
Cục Thuế trả lời để Công ty cổ phần Bia Hà Nội - Nghệ An biết và thực hiện ./.
Nơi nhận: KT.CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
- Như trên;
- Lãnh đạo Cục Thuế (để b/c);
- Web Cục Thuế;
- Lưu VT, TTHTr. (đã ký)
Nguyễn Hồng Hải
http://nghean.gdt.gov.vn/wps/wcm/connect/NgheAn/site/docsystem/taxdocument/b115... 9/29/2016
"""


def test_browser_print_and_two_column_title(doc_of):
    doc = doc_of(CLOSING_1581)
    assert doc["issuer"] == "Cục Thuế Nghệ An"
    assert doc["distribution"] == ["Như trên", "Lãnh đạo Cục Thuế (để b/c)", "Web Cục Thuế", "Lưu VT, TTHTr"]
    assert doc["signer"] == {"authority": "KT.", "title": "Phó Cục trưởng", "name": "Nguyễn Hồng Hải"}


# --- cause: the authority above the 'Nơi nhận' label, the signer's own title beside it after a speck -----------------------
# 5355/BTC-CST: "TL. BỘ TRƯỞNG" / "Nơi nhận: Me VỤ TRƯỞNG.VỤ CHÍNH SÁCH THUÊ" / "~ Như trên; ZZ h"
CLOSING_5355 = """BO TAI CHINH CONG HOA XA HOI CHU NGHIA VIET NAM
Độc lập - Tự do - Hanh phúc

Số: 5355/BTC-CST Hà Nội, ngày 25 tháng 4 năm 2017
V/v giá thuế TTĐB đối với
trường hợp giảm trừ chiết
khấu thương mại.

Kính gửi: Cục thuế các tỉnh, thành phố trực thuộc trung

Bộ Tài chính hướng dẫn các Cục thuế để biết và thực hiện..#⁄

TL. BỘ TRƯỞNG
Nơi nhận: Me VỤ TRƯỞNG.VỤ CHÍNH SÁCH THUÊ
~ Như trên; ZZ h
- Bộ trưởng (để báo cáo); F
- Công ty TNHH Ford Việt Nam;
- Luu: VT, Vụ CST(CST2).
"""


def test_authority_above_the_label(doc_of):
    doc = doc_of(CLOSING_5355)
    assert doc["signer"]["authority"] == "TL."
    assert doc["signer"]["title"] == "Vụ trưởng"
    assert doc["distribution"] == ["Như trên", "Bộ trưởng (để báo cáo)", "Công ty TNHH Ford Việt Nam",
                                   "Lưu: VT, Vụ CST(CST2)"]


# --- cause: the number line's symbol with a space after its dash, the place after it on the same line ---------------------
# 2967/VPCP-KTTH (ocr2's development document, OCR 'Số: đút /VPCP- KTTH Hà Nội, ngày OL tháng 4 năm 2018.'): the
# columns are parted before the place, not inside the symbol ('VPCP-' / 'KTTH Hà Nội, …')
@pytest.mark.parametrize("line, number_part", [
    ("Số: đút /VPCP- KTTH Hà Nội, ngày OL tháng 4 năm 2018.", "Số: đút /VPCP- KTTH"),
    ("Số: 5355/BTC-CST Hà Nội, ngày 25 tháng 4 năm 2017", "Số: 5355/BTC-CST"),  # 5355/BTC-CST, as before
    ("Số: 31423 /CT-TTHT l Ha Nội, ngày 05 tháng 6 năm 2017", "Số: 31423 /CT-TTHT l"),  # 37153/CT-TTHT, as before
])
def test_columns_parted_before_the_place(line, number_part):
    from pipeline.segment import split_columns

    assert split_columns("BỘ TÀI CHÍNH\n" + line).split("\n")[1].rstrip() == number_part
