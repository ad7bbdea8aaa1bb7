"""Seventh OCR'd-text round (ocr7): central-government letters (Tổng cục Thuế, Tổng cục Hải quan, Bộ Tài chính) of
folders 03, 04, 06, 07 and 12 of the tax collection, read blind as a clerk first. Each test quotes the lines that
failed before the change; the guards quote lines that must keep reading as they did."""
from __future__ import annotations

import pytest
import regex

from pipeline import cleanup
from pipeline.parse import blocks, grammar
from pipeline.parse.lines import split_lines




# --- the number's label: one building block (grammar.NUMBER_LABEL) for every reader of a number line ----------------

@pytest.mark.parametrize("line", [
    "Số: 2862 /ICT-HTQT Hà Nội. ngày OF tháng 7 năm 2024",
    "$6:3556 /TTKSBT-KHNV Thành phố Hà Chi Minh, ngày",
    "sé: 860 /BHXH-BT",
    "86:5619 SYT-NVY",
    "8é:.2953 /TCT - TTKT Hà Nội, ngày 96 tháng ? năm 2021",  # e12: its 'S' read '8', a dot after the colon
    "Sé: 2762 /TCT-PC Ha Nội, ngày,ê§ thang} năm 2021",
    "SỐ: 1481/BYT-BMTE",
])
def test_number_label_forms(line):
    assert regex.match(r"^\W{0,3}" + grammar.NUMBER_LABEL + r"\s*[:.]", line)


@pytest.mark.parametrize("line", [
    "Sơ đồ: tổ chức bộ máy", "Sở Tài chính: 12 đơn vị", "So với năm 2024:", "Song song: triển khai",
])
def test_number_label_not_words(line):
    assert not regex.match(r"^\W{0,3}" + grammar.NUMBER_LABEL + r"\s*[:.]", line)


@pytest.mark.parametrize("seen,meant", [
    ("8é:.2953 /TCT - TTKT Hà Nội, ngày 96 tháng ? năm 2021", "Số:2953 /TCT - TTKT Hà Nội, ngày 96 tháng ? năm 2021"),
    ("Sé: 2762 /TCT-PC Ha Nội, ngày,ê§ thang} năm 2021", "Số: 2762 /TCT-PC Ha Nội, ngày,ê§ thang} năm 2021"),
    # guards: the label's forms mended before
    ("$6:3556 /TTKSBT-KHNV", "Số:3556 /TTKSBT-KHNV"),
    ("sé: 860 /BHXH-BT", "Số: 860 /BHXH-BT"),
    ("86:5619 SYT-NVY", "Số:5619/SYT-NVY"),
    ("Số: 65 /KH-UBND", "Số: 65 /KH-UBND"),
])
def test_label_mended_by_cleanup(seen, meant):
    assert cleanup.repair_codes(seen) == meant


# --- look-alike letters read as digits only in a number's slot, and not at its edges but for tall ones ---------------

@pytest.mark.parametrize("seen,meant", [
    ("Số: s14 /BTC-CT Hà Nội, ngay AO tháng 3 năm 2025", "Số: s14 /BTC-CT Hà Nội, ngay AO tháng 3 năm 2025"),  # 514?
    ("Trả lời Công văn số 35A/THB-TV đề ngày 01/4/2021 của cổ phần Bia Hà",  # a number's own letter suffix
     "Trả lời Công văn số 35A/THB-TV đề ngày 01/4/2021 của cổ phần Bia Hà"),
    ("6. Sử dụng mẫu số 01A/BB ban hành kèm theo Nghị định số 125/2020/ND-",
     "6. Sử dụng mẫu số 01A/BB ban hành kèm theo Nghị định số 125/2020/ND-"),
    # guards: between digits, a tall one before them, in the year and the date's slots
    ("Số:14&1/BYT-BMTE", "Số:1481/BYT-BMTE"),
    ("Số: l5/2O24/TT-BTP", "Số: 15/2024/TT-BTP"),
    ("Quyết định số 1B3/QĐ-TTg", "Quyết định số 183/QĐ-TTg"),
    ("ngày 0S/01/2025", "ngày 05/01/2025"),
])
def test_lookalike_digits_in_slots(seen, meant):
    assert cleanup.repair_codes(seen) == meant


# --- the own number line --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("seen,meant", [
    ("Số: 120 1/TCHQ-TXNK Hà Nội, ngày [| 7 tháng 4 năm 2022", "Số: 1201/TCHQ-TXNK Hà Nội, ngày [| 7 tháng 4 năm 2022"),
    ("Số: 3790 TCT- cs Hà Nội, ngày Ad tháng 2 năm 2020", "Số: 3790/TCT-CS Hà Nội, ngày Ad tháng 2 năm 2020"),
    # guards
    ("Số: 5129 QĐ-UBND", "Số: 5129/QĐ-UBND"),
    ("Số: 1 0 9 4 3 /BYT-MT", "Số: 10943 /BYT-MT"),
])
def test_number_line_mended(seen, meant):
    assert cleanup.repair_codes(seen) == meant


E01_HEAD = """Ky bởi rg cục Hải quan
Thời gian ký: 31.08.2022 09:38

BỘ TÀI CHÍNH CỘhu nua XÃ HỘI CHỦ NGHĨA VIỆT NAM
TONG CỤC HAI QUAN Độc lập - Tự do - Hanh phúc
ˆ 58605 /rcHQ-CCHĐH Hà Nội, ngày 3 Ï tháng 8 năm 2022
V/v trả lời kiến nghị của doanh
nghiệp thuộc Liên minh Diễn đàn

doanh nghiệp Việt Nam (VBF)
Kính gửi: Liên minh Diễn đàn Doanh nghiệp Việt Nam (VBF).

Nhằm triển khai các hoạt động hỗ trợ doanh nghiệp năm 2022, Tổng cục Hải quan xin
kính chuyên các nội dung trả lời vướng mắc kiến nghị của VBF.

Noi nhận: TL.TONG CYC TRUONG

- Như trên;

- Lưu: VT, CCHĐH (1b). i
"""


def test_garbled_motto_head_and_place_after_garbled_number(doc_of):
    """3605/TCHQ-CCHĐH (e01): the motto's first words garbled ('CỘhu nua') went into the parent's name; the place
    after a garbled number whose symbol OCR opened in lower case ('rcHQ') was lost. The number stays unread."""
    d = doc_of(E01_HEAD)
    assert d["issuer"] == "Tổng cục Hải quan" and d["issuer_parent"] == "Bộ Tài chính"
    assert d["place"] == "Hà Nội" and d["code"] is None and d["issued_on"] is None


E12_HEAD = """Ký bởi: Tổng cục Thuế
Địa chỉ: Tổng cục thuế.
Thời gian ký: 06.08.2021 13:50

BỘ TÀI CHÍNH ; CONG HOA XA HOI CHU NGHIA VIET NAM
TONG CUC THUE Độc lập - Tự do - Hanh phúc
8é:.2953 /TCT - TTKT Hà Nội, ngày 96 tháng ? năm 2021

V/v: Chính sách thuế
Kính gửi: Cục Thuế tỉnh Đồng Nai

Tổng cục Thuế trả lời để Cục Thuế tỉnh Đồng Nai được biết và thực hiện./.
"""


def test_number_label_read_8e(doc_of):
    d = doc_of(E12_HEAD)
    assert d["code"] == "2953/TCT-TTKT" and d["place"] == "Hà Nội" and d["issued_on"] == "2021-08-06"


@pytest.mark.parametrize("stamp,dateline,meant", [
    # e06 (4950/TCT-TTKT): 'kj' for 'ký', no day 49
    ("Ky bởi: Tổng cục Thué\nĐịa chi: Tổng cục thuế\nThời gian kj: 19.11.2020 16.49",
     "Số: 4950 /TCT-TTKT Hà Nội, ngày 49 tháng 1] năm 2020", "2020-11-19"),
    # e02 (3734/TCT-CS): a seal's speck before the stamp's line
    ("Ky bởi: Tổng cục Thuế\n\nNe Thời gian ký: 12.10.2022 13:49",
     "Số:3Z#2H/TCT-CS Hà Nội, ngày 4Â thang AO năm 2022", "2022-10-12"),
])
def test_issuer_stamp_read_through_specks(doc_of, stamp, dateline, meant):
    text = (stamp + "\n\nBỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
            + dateline + "\nV/v chính sách thuế nhà thầu\n\nKính gửi: Cục Thuế tỉnh Long An\n\nNội dung.\n")
    assert doc_of(text)["issued_on"] == meant


# --- the signer's column beside the entries --------------------------------------------------------------------------

E03_CLOSE = """Tổng cục Hải quan trả lời để Cục Hải quan tỉnh Bà Rịa Vũng Tàu biết và
thực hiện./.

Noi nhận: TL. TONG CỤC TRƯỞNG

~ Như trên; 7 KT. CUC TRUONG CỤC THUÊ XNK
~ PTCT. Lưu Mạnh Tưởng (đê b/c) PHÓ CỤC TRƯỞNG

- Cục GSQL;

- Lưu: VT, TXNK (03 bản). „
"""

E08_CLOSE = """Tổng cục Hải quan có ý kiến để Công ty TNHH may mặc thời trang

Renaissance được bit Ay —
Noi nhận: TL. TONG CYC TRUONG
~ Như trên; KT. CỤC TRƯỞNG CỤC THUE XNK
- PTCT. Lưu M tưng (để lực), C TRUONG
~ Tổng cục Thuế (để 1 v)

~ Lưu: VT. TXNK- H.Linh (1b) VV
"""


def _closing(text: str) -> tuple[list[str], dict]:
    lines = split_lines(text)
    dist, at = blocks.find_distribution(lines, 0)
    signer, _ = blocks.find_signer(lines, at)
    return [d.value for d in dist], signer


def test_signer_column_after_a_digit_speck_and_a_bracket():
    """1201/TCHQ-TXNK (e03): 'KT. …' after a speck '7', 'PHÓ CỤC TRƯỞNG' after an entry's closing bracket went into the
    entries ('Như trên; 7 KT', '… (đê b/c) PHÓ CỤC TRƯỞNG'); the signer's own title was lost."""
    dist, signer = _closing(E03_CLOSE)
    assert dist == ["Như trên", "PTCT. Lưu Mạnh Tưởng (đê b/c)", "Cục GSQL", "Lưu: VT, TXNK (03 bản)"]
    assert signer["title"] == "Phó Cục trưởng"


def test_head_title_under_kt_is_no_signer_title():
    """5589/TCHQ-TXNK (e08): under 'KT. CỤC TRƯỞNG …' the one who signs is a deputy; the garbled 'C TRUONG' read as
    'Cục trưởng' was wrong — none."""
    _, signer = _closing(E08_CLOSE)
    assert signer["title"] is None


def test_mixed_case_authority_beside_entry():
    """The attached copy of 10174/BTC-CST (in e05): 'KT. VỤ TRUON vu CHÍNH SÁCH THUE' beside the first entry."""
    dist, _ = _closing("Bộ Tài chính trả lời dé Công ty biết, thực hiện./,/\n\nNơi nhận: TL. BỘ TRƯỞNG\n\n"
                       "- Như trên, KT. VỤ TRUON vu CHÍNH SÁCH THUE\n- Lãnh đạo Bộ (để báo cáo),\n\n"
                       "- Lưu: VT, Vụ CST (TN). sgh\n")
    assert dist[0] == "Như trên"


# --- read blind after the first commit: e13 (2626/TCT-DNNCN), e14 (4110/TCT-DNNCN) ----------------------------------

E13_HEAD = """Ký bởi: Tổng cục Thuế
Địa chỉ: Tổng cục thuế.
Thời gian ký: 19.07.2021 16:33

BỘ TÀI CHÍNH CỘNG HÒA XA HỌI CHỦ NGHĨA VIỆT NAM
TONG CỤC THUE Độc lập - Tự do - Hanh phúc
Số: 2686 7TCT-DNNCN Hà Nội, ngày 49 tháng † năm 2021

V/v giới thiệu một số điểm mới và
triển khai thực hiện Thông tư số
40/2021/TT-BTC

Kính gửi: Cục thuế các tỉnh, thành phô trực thuộc trung ương.

Ngày 01 tháng 6 năm 2021, Bộ Tài chính đã ban hành Thông tư số
40/2021/TT-BTC hướng dẫn thuế giá trị gia tăng, thuế thu nhập cá nhân và quần
lý thuế đối với hộ kinh doanh, cá nhân kinh doanh có hiệu lực thi hành từ ngày
01 tháng 8 năm 2021. Về việc này, Tổng cục Thuế có ý kiến như sau:
"""


def test_stamp_date_not_checked_against_the_body_month(doc_of):
    """The date line's month unread ('ngày 49 tháng †'): the body's 'Ngày 01 tháng 6 năm 2021, Bộ Tài chính đã ban hành
    …' is no printed month to check the stamp's 19.07.2021 against (it gave none)."""
    assert doc_of(E13_HEAD)["issued_on"] == "2021-07-19"


E14_HEAD = """BỘ TAI CHỈNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM

TỎNG CỤC THUÊ Độc lập — Tự do ~ Hạnh phúc
Số: #40 /TCT-DNNCN... Hà Nội, ngay27 thángA0 năm 2021
VÀ Chỉnh sách thế - \\

Kinh gửi:

- Đại sử quản Đại Hàn Dân Quốc tại Việt Nam;
- Hiệp hội Doanh nghiệp Châu Âu tại Việt Nam;
- Diễn đàn Doanh nghiệp Việt Nam.

Bộ Tài chỉnh (Tổng cục Thuế) nhận được văn bản số KEV-2J-J99 ngay
0203/2021 của Dai sử quán Dai Hàn Dân Quốc tại Việt Nam.
"""


def test_subject_label_read_va_under_a_garbled_number(doc_of):
    d = doc_of(E14_HEAD)
    assert d["subject"] == "Chỉnh sách thế" and d["code"] is None and len(d["recipients"]) == 3


# --- read blind after the third commit: e15 (7594/TCHQ-PC, printed '9594'), e16 (5817/TCHQ-TXNK) --------------------

E15_HEAD = """BO TÀI CHÍNH CỘNG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TONG CỤC HAI QUAN Độc lập - Tự do - Hanh phúc

Số: 9594 /TCHQ-PC Hà Nội, ngày _ 3 (| tháng 4 { năm 2020
V/v triển khai thực hiện Nghị định
128/2020/NĐ-CP

Kính gửi:
- Các Cục Hải quan tỉnh, thành phố;
- Cục Điều tra chống buôn lậu;
- Cục Kiểm tra sau thông quan;
~ Cục Quản lý rủi ro;

Ngày 19 tháng 10 năm 2020 Chính phủ đã ban hành Nghị định sé
128/2020/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh vực hải quan:

Tổng cục Hải quan thông báo dé các đơn vị biết, thực hiện./. ⁄4

Noi nhận: KT.TONG CỤC TRƯỞNG
~ Như trên; - PHÓ TỎNG CỤC TRƯỞNG
~ Thứ trưởng Vũ Thị Mai;

~ Đ/c Tổng cục trưởng;

~ Vụ Pháp chế - Bộ TC;

- Lưu: VT, PC Ow
"""


def test_tilde_dashes_and_act_number_wrapped_in_subject(doc_of):
    """The subject wrapped after the act's type ('… Nghị định' / '128/2020/NĐ-CP'); the last addressee's dash read '~';
    an entry '~ Đ/c Tổng cục trưởng;' (its dash read '~') taken for the signer's title, which under 'KT.' left none."""
    d = doc_of(E15_HEAD)
    assert d["subject"] == "triển khai thực hiện Nghị định 128/2020/NĐ-CP"
    assert d["recipients"][-1] == "Cục Quản lý rủi ro" and len(d["recipients"]) == 4
    assert d["signer"]["title"] == "Phó Tổng Cục trưởng" and "Đ/c Tổng cục trưởng" in d["distribution"]


def test_speck_after_ngay(doc_of):
    text = E15_HEAD.replace("Số: 9594 /TCHQ-PC Hà Nội, ngày _ 3 (| tháng 4 { năm 2020",
                            "sé: 5817 /ICHQ-TXNK Hà Nội, ngày) 3 tháng 9 năm 2020")  # e16's number line
    d = doc_of(text)
    assert d["code"] == "5817/TCHQ-TXNK" and d["issued_on"] == "2020-09-03"


# --- read blind after the fifth commit: e17 (3778/TCHQ-GSQL, 'Nơi nhận' lost) ----------------------------------------

E17_CLOSE = """Tổng cục Hải quan thông báo dé Cục Hải quan các tỉnh, thành phố biết.
Trong quá trình thực hiện nếu có vướng mắc thì kịp thời báo cáo về Tổng cục
Hải quan (Cục Giám sát quản lý về hải quan) dé được xem xét, giải quyết./. £

oe KT. TONG CYC TRƯỞNG
- Văn phòng Chính phủ (để bie); PHÓ TỎNG CỤC TRƯỞNG

- UBND tỉnh Vĩnh Phúc (để phối hợp);

~ Thứ trưởng Vũ Thị Mai (để b/c);

- VCCI, Hiệp hội doanh nghiệp Nhật Bản; Hiệp hội
doanh nghiệp Hàn Quốc, Hiệp hội doanh nghiệp
Châu Âu (dé biét);

- Công ty TNHH Arcadyan Việt Nam, KCN Bá
Thiện, thị tran Bá Hiến, huyện Bình Xuyên, tỉnh
Vinh Phúc (thay trả lời);

- Lưu: VT, GSQL (03b).

——Mai Xuân Thanh
"""


def test_closing_without_label_speck_before_authority(doc_of):
    """The label lost and a speck before the authority ('oe KT. TONG CYC TRƯỞNG'): the authority, the title beside the
    first entry and the name under the list with a rule's dashes before it ('——Mai Xuân Thanh') are the signer's; the
    entries wrapped mid-name are one each (they were cut at each line)."""
    d = doc_of(E15_HEAD.split("Noi nhận:")[0] + E17_CLOSE)
    assert d["signer"] == {"authority": "KT.", "title": "Phó Tổng Cục trưởng", "name": "Mai Xuân Thanh"}
    assert d["distribution"] == [
        "Văn phòng Chính phủ (để bie)", "UBND tỉnh Vĩnh Phúc (để phối hợp)", "Thứ trưởng Vũ Thị Mai (để b/c)",
        "VCCI, Hiệp hội doanh nghiệp Nhật Bản; Hiệp hội doanh nghiệp Hàn Quốc, Hiệp hội doanh nghiệp Châu Âu (dé biét)",
        "Công ty TNHH Arcadyan Việt Nam, KCN Bá Thiện, thị tran Bá Hiến, huyện Bình Xuyên, tỉnh Vinh Phúc (thay trả lời)",
        "Lưu: VT, GSQL (03b)"]


def test_addressee_in_capitals_over_two_lines(doc_of):
    """3734/TCT-CS (e02): the addressee in capitals wrapped onto the next line lost its second half."""
    text = """BỘ TÀI CHÍNH _ CONG HOA XÃ HỘI CHỦ NGHĨA VIET NAM
TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc
Số:3Z#2H/TCT-CS Hà Nội, ngày 4Â thang AO năm 2022

V/v chính sách thuế nhà thầu

Kính gửi: THẦU TC MT T.BIN GIÓ, TC LD T.BIN GIÓ, MS VALD CD
THUỘC GT EPC DA NM DG ĐÔNG THÀNH 1 TẠI T.TRÀ VINH

(Địa chỉ: Thừa đất số 3336, tờ bản dé số 5, ấp Côn Ông, xã Dân Thanh, TX Duyên
Hai, tinh Trà Vinh)

Tổng cục Thuế nhận được công văn số 01/CV/TDGDTI ngày
14/09/2022 của THAU TC MT T.BIN GIÓ (gọi tắt là Nhà thầu) vướng mắc về chính sách thuế.
"""
    assert doc_of(text)["recipients"] == [
        "THẦU TC MT T.BIN GIÓ, TC LD T.BIN GIÓ, MS VALD CD THUỘC GT EPC DA NM DG ĐÔNG THÀNH 1 TẠI T.TRÀ VINH"]
    # guard: an addressee closed by its full stop, an address under it (e16)
    guard = text.replace("Kính gửi: THẦU TC MT T.BIN GIÓ, TC LD T.BIN GIÓ, MS VALD CD\nTHUỘC GT EPC DA NM DG ĐÔNG THÀNH 1 TẠI "
                         "T.TRÀ VINH\n\n(Địa chỉ: Thừa đất số 3336, tờ bản dé số 5, ấp Côn Ông, xã Dân Thanh, TX Duyên\nHai, "
                         "tinh Trà Vinh)",
                         "Kính gửi: Công ty TNHH Gang thép Hưng nghiệp Fomosa Hà Tĩnh.\n(Đ/c: Khu KT Vũng Ang, Kỳ Long, Kỳ "
                         "Anh, Hà Tĩnh)")
    assert doc_of(guard)["recipients"] == ["Công ty TNHH Gang thép Hưng nghiệp Fomosa Hà Tĩnh"]


# --- read blind after the eighth commit: e20 (5469/TCHQ-TXNK), e21 (613/VP-TH of Tổng cục Hải quan's Văn phòng) ----

E20_HEAD = """BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TONG CỤC HAI QUAN Độc lập - Tự do - Hạnh phúc
Số: 5469 /TCHQ-TXNK Hà Nội. ngày { § thủng 8 năm 2020
V/v chuyên đôi từ DNCX sang
doanh nghiệp thường,
Kính gửi: Cục Hải quan tinh Đông Nai. TRUONG VIET

IMPORT EXPORT SERVICES TRADING CÓ .I0

Trả lời công văn số 1066/HQĐÐNa-TXNK ngày 29/5/2020 của Cục Hai
quan tỉnh Đồng Nai về vướng mắc liên quan dén thuế.

Tong cục Hai quan có ý kiến để Cục Hải quan tỉnh Đồng Nai được bit

Noi nhận: TL. TONG CỤC TRUONG

- Như trên; KT. CỤC Te ‘ONG CỤC THUÊ XNK
- PTCT. Lưu Mạnh Tưởng (de b/c);
- Vụ CST, Vụ PC-BTC;

~ Lưu: VT, TXNK-H.Linh (3b). tự
"""


def test_stamp_capitals_after_addressee_and_quote_in_authority(doc_of):
    """A company's received stamp beside the addressee ('… Đông Nai. TRUONG VIET') is no part of it; the authority
    beside the first entry with a quote OCR read in it ('KT. CỤC Te ‘ONG CỤC THUÊ XNK') is the signer's."""
    d = doc_of(E20_HEAD)
    assert d["recipients"] == ["Cục Hải quan tỉnh Đồng Nai"]
    assert d["signer"]["authority"] == "KT." and d["distribution"][0] == "Như trên"


E21_HEAD = """TONG CUC HAI QUAN CONG HOA XA HOI CHU NGHIA VIET NAM

VAN PHONG Độc lập- Tự do- Hạnh phúc
số: B†8/vp.rm 2 Ì ya Nội, ngày) | Thánh 12 nam 2020

V/v trả lời các vướng mắc,
kiến nghị của các Cục Hải quan
tỉnh, thành phó

Kính gửi: Cục Hải quan các tỉnh, thành phố: An Giang, Bình Phước,
Bà Rịa - Vũng Tàu, Bình Định, Cần Thơ, Đà Nẵng,
Điện Biên, Đồng Tháp, Gia Lai Kom Tum, Hà Giang,
Hà Tĩnh, Hải Phòng, thành phố Hồ Chí Minh, Khánh Hòa,
Kiên Giang, Lào Cai, Quảng Bình, Quảng Nam, Quảng Trị.

Tổng cục Hải quan nhận được vướng mắc, kiến nghị của các Cục Hải
quan tỉnh, thành phô tại:
"""


def test_names_after_colon_over_lines_and_province_tail_no_place(doc_of):
    """The addressee's names listed after a colon over five lines were cut at the first; 'ya Nội' (Hà Nội garbled)
    gave the place 'Nội'."""
    d = doc_of(E21_HEAD)
    assert len(d["recipients"]) == 1 and d["recipients"][0].endswith("Quảng Nam, Quảng Trị")
    assert d["place"] is None


def test_province_tail_keeps_the_date(doc_of):
    """A web page's place broken before its last word ('Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022', 1351/QĐ-UBND):
    the place 'Ngãi' is none, the date stays."""
    text = ("| ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
            "| Số: 1351/QĐ-UBND | Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |\n\nQUYẾT ĐỊNH\n\nCông bố Danh mục thủ tục hành "
            "chính\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n")
    d = doc_of(text)
    assert d["issued_on"] == "2022-10-04" and d["place"] != "Ngãi"


# --- read blind after the tenth commit: e22 (10262/BTC-TCT) ----------------------------------------------------------

def test_subject_name_wrapped_in_title_case(doc_of):
    """'V/v áp dụng Hiệp định thuê' / 'Việt Nam - Pháp': the name on the subject's second line is part of it (it was
    left out); the 'Kính gửi' without its colon still reads."""
    text = """Ký bởi: Tổng cục Thuế
Thời gian ký: 26.08.2020 09:47

BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự đo - Hạnh phúc

Số:4046J/BTC-TCT - l Hà Nội. ngày.#5 tháng 8 năm 2020
V/v áp dụng Hiệp định thuê
Việt Nam - Pháp

Kính gửi Tap đoàn Invivo Group.

Bộ Tài chính nhận được công văn của Tập đoàn liên quan đến kiến nghị áp
dụng Hiệp định tránh đánh thuế hai lần giữa Việt Nam và Pháp đối với giao dịch.
"""
    d = doc_of(text)
    assert d["subject"] == "áp dụng Hiệp định thuê Việt Nam - Pháp" and d["recipients"] == ["Tap đoàn Invivo Group"]
    assert d["code"] is None and d["issued_on"] is None  # the stamp is Tổng cục Thuế's, the letter Bộ Tài chính's


def test_dotted_number_without_year_is_unread(doc_of):
    """662/QĐ-BTC (e23, read blind after the eleventh commit) printed 'Số: 66.2/QD-BTC': a dotted number belongs to a
    series with its year ('66.4/2025/NQ-CP', kept); without one the dot is a speck, and the number is not guessed."""
    text = """BỘ TAI CHÍNH CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 66.2/QD-BTC Hà Nội, ngày6 thang 5 năm 2022

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch hành động của Bộ Tài chính

BỘ TRƯỞNG BỘ TÀI CHÍNH

Căn cứ Nghị quyết số 66.7/2025/NQ-CP ngày 26 tháng 3 năm 2025 của Chính phủ;

QUYÉT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động của Bộ Tài chính.
"""
    d = doc_of(text)
    assert d["code"] is None and d["issued_on"] == "2022-05-06"
    assert grammar.number_line("Số: 66.4/2025/NQ-CP").group("number") == "66.4"


def test_decision_title_joined_in_two_long_lines(doc_of):
    """e24 (a decision of Tổng cục Thuế, read blind after the twelfth commit): cleanup joined the title's six lines into
    two long ones; the second ('Quyết định số 2072/QĐ-TTg … định hướng điều chính”') was taken for the body. An
    upside-down page after the closing gives no tasks."""
    d = doc_of(open_e24())
    assert d["subject"].endswith("không gian chính sách thuế của Việt Nam và định hướng điều chính”")
    assert d["subject"].startswith("ban hành Kế hoạch hành động của Tổng cục Thuế")
    assert d["code"] == "4825/QĐ-TCT" and d["tasks"] == [] and d["signer"]["title"] == "Tổng Cục trưởng"


def open_e24() -> str:
    return """Ky bởi: Tổng cục Thuế
Địa chỉ: 123 Lò Đúc, Hai Bà Trưng, Hà Nội
Thời gian ký: 03.08.2022 09:08

BỘ TÀI CHÍNH | CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM
TONG CỤC THUE Độc lập - Tự do - Hanh phúc
$6:4825 /QĐ-TCT Hà Nội, ngày ol thắng Ÿ năm 2022
QUYÉT ĐỊNH

về việc ban hành Kế hoạch hành động của Tổng cục Thuế thực hiện Quyết
định số 662/QĐ- -BTC ngày 6/5/2022 của Bộ Tài chính về triển khai thực hiện
Quyết định số 2072/QĐ-TTg ngày 10/12/2021 của Thủ tướng Chính phú phê
duyệt Đề án “Rà soát đánh giá hiệu quả của các Hiệp định tránh đánh thuế
hai lần, tác động đối với không gian chính sách thuế của Việt Nam và định
hướng điều chính”

TONG CỤC TRƯỞNG TONG CỤC THUÊ

Căn cứ Quyết định số 41/2018/QĐ-TTg ngày 23/9/2018 của Thủ tướng
Chính phú quy định chức năng, nhiệm vụ, quyen hạn và cơ cấu tổ chức của
Tổng cục Thuế thuộc Bộ Tài chính;

QUYÉT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động của Tổng
cục Thuế.

Điều 2. Thủ trưởng các đơn vị thuộc, trực thuộc Tổng cục Thuế có liên
quan chịu trách nhiệm tô chức thực hiện Quyết định này./. ⁄⁄

Nơi nhận: TONG CỤC TRUONG
- Như Điều 4;

- Lãnh đạo Bộ Tài chính (dé bie):
- Lưu: VT. HTỌT. +



--- PAGE BREAK ---

Z07/1 5uuL

ug ail nn og} fp
ono TnX 9p RA reo8u
~££0ữ/y Suey, | ovo o9 opm ñQ | ay 9A Tey ex MA; LOLH AA |22 HỢP yey yuu you upyg - | T9 tạp YOY Yon yon ueyd | T
"""
