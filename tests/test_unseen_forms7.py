"""Forms of OCR'd texts met in the tenth round (ocr5: OCR text input, header fields), one cause class per test. Every
text is a line or a few lines quoted from a document listed in gold/development/reading_header.tsv
(teije05-art/clone-pjj-tax-legal-22dec, 02_VAT); '…' marks lines left out."""
import pytest

from pipeline import cleanup


# --- cause: a short line that is the header's or the signature's own, dropped by cleanup as OCR noise ---------------------
# 1992/TCT-CS: a two-word subject after the label OCR read "Viv"; 10384/CT-TTHT: the signer's titles printed unaccented
@pytest.mark.parametrize("line", ["Viv thuế GTGT", "KT. CUC TRUONG", "PHO CUC TRUONG"])
def test_header_and_signature_lines_are_no_noise(line):
    assert not cleanup.is_noise(line)


HEADER_1992 = """BỘ TAI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc
Số: 1992/TCT-CS Ha Nội, ngày 24 tháng 5 năm 2018
Viv thuế GTGT

Kính gửi: Cục Thuế thành phó Hà Nội

Trả lời công văn số 78793/CT-TTHT ngày 05/12/2017 của Cục Thuế thành phố Hà Nội về chính
sách thuê GTGT đôi với hoạt động cung ứng dịch vụ cho DNCX; Tông cục Thuê có ý kiên như
sau:
"""

CLOSING_10384 = """TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM
CUC THUE TP HA NOI Độc lập - Tự do - Hanh phúc
Số: 10384/CT-TTHT Hà Nội, ngày 19 tháng 3 năm 2018
Viv lập hóa đơn GTGT đối với
khoản chỉ hộ khách hàng

‹ Kính gửi: Công ty Cổ phần Vận tải Dầu khí Hà Nội
…
Cục thuế TP Hà Nội trả lời Công ty biết và thực hiện./.

KT. CUC TRUONG
PHO CUC TRUONG

Mai Son
"""


def test_short_subject_after_a_misread_label(doc_of):
    doc = doc_of(HEADER_1992)
    assert doc["subject"] == "thuế GTGT"
    assert doc["doc_type"] == "Công văn"


def test_unaccented_signature_titles(doc_of):
    doc = doc_of(CLOSING_10384)
    assert doc["signer"]["authority"] == "KT."
    assert doc["signer"]["title"] == "Phó Cục trưởng"


# --- cause: the "V/v" label read as two capitals under the number line -------------------------------------------------
# 45107/CT-HTr: "VA trả lời chính sách thuế." (its symbol's CT, Cục Thuế, is no Chỉ thị); the signer's name OCR set on
# the filing note's line ("- Luu: VT, HTr(2). Mai Son"), no "Nơi nhận" label
TEXT_45107 = """TONG CỤC THUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC THUẾ TP HÀ NỘI Độc lập - Tự do - Hạnh phúc

Số: 45107/CT-HTr Hà Nội, ngày 10 tháng 07 năm 2015
VA trả lời chính sách thuế.

Kính gửi: Công ty TNHH Toyota Tsusho Việt Nam
(Địa chỉ: Tầng 7, Tòa nhà Mặt trời sông Hồng, số 23 Phan Chu Trinh, phường Phan Chu Trinh, quận Hoàn Kiếm, Hà Nội;
MST: 0103171663)
…
Cục Thuế TP Hà Nội trả lời đế Công ty TNHH Toyota Tsusho Việt Nam biết và thực hiện./.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG

- Như trên;
- Phòng Kiếm tra thuế số 1;

- Phòng Pháp chế; .

- Luu: VT, HTr(2). Mai Son
"""


def test_subject_label_read_as_two_capitals(doc_of):
    doc = doc_of(TEXT_45107)
    assert doc["subject"] == "trả lời chính sách thuế"
    assert doc["doc_type"] == "Công văn"


def test_signers_name_on_the_filing_notes_line(doc_of):
    doc = doc_of(TEXT_45107)
    assert doc["distribution"][-1] == "Lưu: VT, HTr(2)"
    assert doc["signer"]["name"] == "Mai Son"


# --- cause: the signer's name read beside a 'Nơi nhận' entry, the authority and title above the label --------------------
# 8168/TCHQ-TXNK
CLOSING_8168 = """BỘ TAI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TONG CUC HAI QUAN Độc lập - Tự do - Hanh phúc

Số: 8168/TCHQ-TXNK Hà Nội, ngày 14 tháng 12 năm 2017

Viv xử lý thuế GTGT đối với hàng hóa
nhập khẩu để SXXK

Kính gửi: Công ty TNHH Yuan Chang.
…
Tổng cục Hải quan thông báo đề các doanh nghiệp biết và thực hiện./

KT. TONG CỤC TRUONG
PHÓ TÔNG CỤC TRƯỞNG
Nơi nhận:
~ Như trên;
- TT Vũ Thị Mai (để b/cao);
- Vụ CST,Vụ.
- Tông cục Thuế;
- Kho bạc Nhà nước; x "
~ Cue Hai quan tinh Đồng Nai, Binh Dương, Hà Nam Ninh; Nguyễn Dương Thái
- Cục Thuế tinh Đồng Nai, Bình Dương, Hà Nam;
- KBNN tỉnh Đồng Nai, Bình Dương, Hà Nam;
- Các doanh nghiệp (danh sách kèm theo);
- Lưu: VT, TXNK (3).
"""


def test_signers_name_beside_an_entry_below_the_label(doc_of):
    doc = doc_of(CLOSING_8168)
    assert doc["signer"] == {"authority": "KT.", "title": "Phó Tổng Cục trưởng", "name": "Nguyễn Dương Thái"}
    assert "Nguyễn Dương Thái" not in " ".join(doc["distribution"])


# --- cause: the signer's column interleaved with the 'Nơi nhận' entries, the title's second line beside an entry ---------
# 7001/CT-TTHT (2012): "TRƯỞNG PHÒNG TUYÊN TRUYỀN" / "HỖ TRỢ NGƯỜI NỘP THUẾ" beside "- Như trên;" and "-P.KT2;"
CLOSING_7001 = """TONG CUC THUE CONG HÒA XÃ HỘI CHỦ NGHĨA VIET NAM
CỤC THUÉ TP. HÒ CHÍ MINH Độc lập - Tự do - Hạnh phúc

Số: 7001/CT-TTHT TP. Hồ Chí Minh, ngày 12 tháng 9 năm 2012
V/v: Chính sách thuế

Kính gửi: Công ty CP Dầu Nhờn & Hoá Chất Việt Nam
…
Cục Thuế TP. thông báo Công ty biết để thực hiện theo đúng quy định tại các
văn bản quy phạm pháp luật đã được trích dẫn tại văn bản này.

Noi nhận: - TUQ. CỤC TRUGNG

- Như trên; TRUONG PHÒNG TUYÊN TRUYEN
-P.KT2; HO TRỢ NGƯỜI NOP THUE
-P.PC;

~ Web Cục thuế;

~ Lưu: HC, TTHT.

1964-214785/12 PT

Trần Thị Lệ Nga
"""


def test_titles_second_line_beside_the_next_entry(doc_of):
    doc = doc_of(CLOSING_7001)
    assert doc["distribution"] == ["Như trên", "P.KT2", "P.PC", "Web Cục thuế", "Lưu: HC, TTHT"]
    assert doc["signer"] == {"authority": "TUQ.", "title": "Trưởng phòng", "name": "Trần Thị Lệ Nga"}


# --- cause: an entry whose dash OCR lost after one closed by ";"; a blank line between the authority and the label -------
# 9976/BTC-TCT (2013): "6 trưởng Đỉnh Tiền Dũng (để báo cáo);" (Bộ trưởng …) under "~ Như trên;"; "KT. BỘ TRƯỞNG" / "" /
# "Noi nhận: THỨ TRƯỞNG"
CLOSING_9976 = """BỘ TAI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
—— Độc lập - Tự do - Hạnh phúc

Số: 9976/BTC-TCT _ Hà Nội, ngày 31 tháng 07 năm 2013
VW kiêm tra hoàn thuê GTŒT

Kính gửi: Cục Thuế các tỉnh, thành phó trực thuộc Trung ương
…
Bộ Tài chính thông báo để các Cục Thuế biết và thực hiện.

KT. BỘ TRƯỞNG

Noi nhận: THỨ TRƯỞNG
~ Như trên;
6 trưởng Đỉnh Tiền Dũng (để báo cáo);

- Tổng cục Thuế (PC, CS, TTR, KTNB);
- Lưu: VT, TCT (VT, KK).

Đỗ Hoang Anh Tuấn
"""


def test_entry_without_its_dash_and_authority_above_a_blank_line(doc_of):
    doc = doc_of(CLOSING_9976)
    assert len(doc["distribution"]) == 4 and doc["distribution"][0] == "Như trên"
    assert doc["signer"]["authority"] == "KT."
    assert doc["signer"]["title"] == "Thứ trưởng"


# --- cause: a speck after the recipient's closing bracket --------------------------------------------------------------
# 40667/CT-TTHT: "Kính gửi: Công ty TNHH Yan Tin (Việt Nam) l"
HEADER_40667 = """TONG CUC THUE CONG HOA XÃ HỘI CHU NGHĨA VIỆT NAM
CUC THUE TP HA NOI Độc lập - Tự do - Hạnh phúc

Số: 40667/CT-TTHT Hà Nội, ngày 16 tháng 06 năm 2017
Viv đính chính công văn số
74112/CT-TTHT ngày 02/12/2016

Kính gửi: Công ty TNHH Yan Tin (Việt Nam) l
Địa chỉ: Lô CN1, Khu Công nghiệp Thạch That - Quốc Oai, Huyện Thạch That, Hà Nội- MST:
0500579882

Tra lời công văn số 170503/CV-YTV đề ngày 03/05/2017 của Công ty TNHH Yan Tin (Việt
Nam) (sau đây gọi là công ty) hỏi về thời diém lập hóa đơn, Cục Thuê TP Hà Nội có ý kiên như
Sau:
"""


def test_speck_after_the_recipients_bracket(doc_of):
    doc = doc_of(HEADER_40667)
    assert doc["recipients"] == ["Công ty TNHH Yan Tin (Việt Nam)"]
    assert doc["subject"] == "đính chính công văn số 74112/CT-TTHT ngày 02/12/2016"


# --- cause: the authority and title above the label (a speck before the title), the name alone under the list; a seal's
# bracket of digits after the filing note's closed copy count -----------------------------------------------------------
# 34633/CT-HTr (2015)
CLOSING_34633 = """TONG CUC THUE CONG HOA XA HOI CHU NGHIA VIET NAM
CUC THUE TP HA NOI Độc lập - Tự do - Hạnh phúc

Số: 34633/CT-HTr Hà Nội, ngày 08 tháng 06 năm 2015

Viv giải đáp chính sách thuế

Kính gửi: Ngân hàng Nông nghiệp và phát triển nông thôn Việt Nam
…
Cục Thuế TP Hà Nội trả lời Ngân hàng Nông nghiệp và phát triển nông thôn Việt Nam biết để
thực hiện theo đúng quy định tại văn bản quy phạm pháp luật đã được trích dẫn tại văn bản này./.

KT. CỤC TRƯỞNG
SA PHÓ CỤC TRƯỞNG
Nơi nhận:
~ Như trên;
- Phòng Kiểm tra thuế số 2;
- Phòng Pháp chế;
~ Lưu: VT, HTr(2). (6,2)

Mai Sơn
"""


def test_authority_above_the_label_and_name_below_the_list(doc_of):
    doc = doc_of(CLOSING_34633)
    assert doc["signer"] == {"authority": "KT.", "title": "Phó Cục trưởng", "name": "Mai Sơn"}
    assert doc["distribution"] == ["Như trên", "Phòng Kiểm tra thuế số 2", "Phòng Pháp chế", "Lưu: VT, HTr(2)"]


# --- cause: the two header columns interleaved, the motto's last word on the issuer's line; the signer's name on the
# filing note's line under a title alone above the label ----------------------------------------------------------------
# 262/TCT-PC (2015)
TEXT_262 = """BỘ TAI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
TONG CỤC THUÊ NAM
——--= Độc lập - Tự do - Hạnh phúc

Số: 262/TCT-PC Hà Nội, ngày 22 tháng 01 năm 2015

Viv miễn, giảm thuế đối với người nộp thuế bi
thiệt hại do thiên tai

Kính gửi: Cục thuế tỉnh Thái Bình.
…
Tổng cục Thuế trả lời để Cục thuế tỉnh Thái Bình biết và thực hiện./.

TONG CỤC TRUONG
Noi nhận:
~ Như trên;
- Lãnh đạo Bộ (để b/c);
- Vụ PC, CST, Cục TCDN (BTC);
- Vụ KK, CS, KTNB, TTra - TCT;

- Lưu: VT, PC (2b). Bùi Văn Nam
"""


def test_mottos_last_word_on_the_issuers_line(doc_of):
    doc = doc_of(TEXT_262)
    assert doc["issuer"] == "Tổng cục Thuế"
    assert doc["issuer_parent"] == "Bộ Tài chính"


def test_signers_name_on_the_filing_note_under_a_title_above_the_label(doc_of):
    doc = doc_of(TEXT_262)
    assert doc["signer"]["name"] == "Bùi Văn Nam"
    assert doc["distribution"][-1] == "Lưu: VT, PC (2b)"
