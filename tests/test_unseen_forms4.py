"""Forms of OCR'd texts met in the sixth round (OCR text input: the task list and the header), one cause class per
table. Every row is a line or a few lines quoted from a document listed in gold/development/reading_header.tsv
(teije05-art/clone-pjj-tax-legal-22dec); texts abridged where marked '…' only between quoted lines."""
import pytest

from pipeline import ingest, legacy, raster
from pipeline.types import VanbanError
from pipeline.parse import parse_segments, tasks
from pipeline.parse.lines import quoted_lines, split_lines


def _labels(text: str, plan: bool = False) -> list[str]:
    lines = split_lines(text)
    return [t["label"] for t in tasks.find_tasks(lines, 0, len(lines), plan=plan)]


# --- cause: an item's or a section's numeral misread by OCR ---------------------------------------------------------
MARKERS = [
    # 02/QĐ-TTg (Chiến lược dinh dưỡng): the third section's "III." read "IIL."
    ("IIL. NHIỆM VỤ VÀ GIẢI PHAP CHỦ YEU", "roman", "III"),
    # 216/TCT-PC: the answer's first point after a rule of underscores, its dot read as a comma
    ("___1, Luật Xử lý vi phạm hành chính quy định mức tiền phạt của một hành vi", "number", "1"),
    # as printed, for contrast
    ("II. MỤC TIÊU", "roman", "II"),
    ("2. Mục tiêu, chỉ tiêu cụ thé", "number", "2"),
]


@pytest.mark.parametrize("line,kind,label", MARKERS)
def test_misread_numeral_is_read_as_the_numeral_it_stands_for(line, kind, label):
    m = tasks._marker(split_lines(line)[0])
    assert m is not None and (m.kind, m.label) == (kind, label)


def test_a_numbered_sub_heading_is_no_roman_section():
    # guard for the looser roman reading: "II.1." (a section's first sub-heading) stays unread, as before
    assert tasks._marker(split_lines("II.1. Nhiệm vụ trọng tâm")[0]) is None


# 02/QĐ-TTg, Điều 1 (the strategy approved inline; first line of each heading and item): section III read "IIL.", its
# item 7 read "1." between "6." and "8.".
STRATEGY = """Điều 1. Phê duyệt Chiến lược Quốc gia về dinh dưỡng giai đoạn 2021-2030
và tầm nhìn đến năm 2045 (sau đây gọi là Chiến lược) gồm các nội dung sau:

I. QUAN DIEM

1. Mọi người dân đều có quyền tiếp cận công bằng với dính dưỡng và thực
phẩm để đạt được tình trạng dinh dưỡng tối ưu, góp phần nâng cao sức khỏe.

II. MỤC TIÊU

1. Mục tiêu tổng quát: Thực hiện dinh dưỡng hợp lý để cải thiện tình trạng

IIL. NHIỆM VỤ VÀ GIẢI PHAP CHỦ YEU

1. Hoàn thiện cơ chế, chính sách về dinh dưỡng

2. Tăng cường công tác phối hợp liên ngành và vận động xã hội

3. Tăng cường công tác truyền thông, giáo dục dinh dưỡng

4. Tăng cường và nâng cao chất lượng nguồn nhân lực

5. Tăng cường chuyên môn kỹ thuật triển khai can thiệp dinh dưỡng

6. Đây mạnh nghiên cứu cơ bản và nghiên cứu ứng dụng khoa học công nghệ
về dinh dưỡng, thực phẩm phù hợp cho người Việt Nam.

1. Đây mạnh ứng dụng công nghệ thông tin trong quản lý, điều hành, giám
sát, tư vấn, thống kê, báo cáo về công tác dinh dưỡng trên phạm vi toàn quốc.

8. Chủ động hội nhập, tăng cường hợp tác quốc tế về dinh dưỡng, giải quyết
các vấn để về dinh dưỡng mang tính toàn cầu và khu vực

IV. NGUÒN LỰC THỰC HIỆN

1. Nhà nước đầu tư, bảo đảm nguồn lực tài chính cho các hoạt động dinh
"""


def test_misread_section_and_item_numbers_keep_the_task_list():
    assert _labels(STRATEGY, plan=True) == [str(i) for i in range(1, 9)]


def test_a_nested_list_restarting_at_one_is_not_taken_for_a_misread_number():
    # the same lines with "8." gone: the "1." after "6." may start a nested list, so the list stops at 6
    text = STRATEGY.replace("8. Chủ động hội nhập", "Chủ động hội nhập")
    assert _labels(text, plan=True) == [str(i) for i in range(1, 7)]


# --- cause: a cited provision's own numbered clauses, quoted word for word ------------------------------------------
# 6312/CT-HTr: the only numbered lines are the clauses of the Thông tư it quotes; it has no items of its own.
QUOTED_ONLY = """+ Tại Điều 10 quy định về trách nhiệm và thời hạn thông báo thay đổi
thông tỉn đăng ký thuế:

“1, Đôi với doanh nghiện thành lập theo quy định của Luật Doanh nghiệp
thì thực hiện thông báo thay đổi thông tin đăng kụ thuế theo quy định tại Diéu 45
Nghị định số 43/2010/NĐ-CP và các văn bản hưởng dan thi hành.

2. Các té chức, hộ gia đình và cá nhân khác thực hiện thông báo cho cơ
quan thuế trực tig quan Ly trong thời han 10 (mười) ngày kế từ ngày phái sinh
sự thay déi theo mẫu số 08-MST ban hành kèm theo TI hông tu nay”

+ Tại điểm 3 Điều 11 quy định
"""

# 216/TCT-PC (abridged): the Law's articles quoted one after the other, some closing marks lost, then the answer's own
# points 1–3.
QUOTED_THEN_OWN = """“Điều 2. Giải thích từ ngữ

6. Vi phạm hành chính nhiều lan là trường hợp cá nhân, tổ chức thực hiện
hành vi vi phạm hành chính mà trước đó đã thực hiện hành vi vị phạm hành

"Điều 10. Tình tiết fang nặng

1. Nhitng tinh tiết sau đây là tình tiết tặng nặng:

“Điều 23. Phat tiên : :

2. Chính phủ quy định khung tiền phùt hoặc mức tiên phat doi với hành vi
vi phạm hành chính cụ thé theo một tro 8 các phương thức sau đây, nhưng
khung tiền phat cao nhất không vượt quá nhức tiền phạt tối đa quy định tại Diéu
24 của Luật này”

___1, Luật Xử lý vi phạm hành chính quy định mức tiền phạt của một hành vi
vi phạm hành chính cụ thê do Chính phủ quy định nhưng khung tiền phạt cao

2. Luật Xử lý vi phạm hà i TU hạ si a

3. Luật Xử lý vi phạm hành chính nắm 2012 (được sửa đôi, bố sung năm
2020), quy định “vi phạm hành chính nhiỆu lần” Ja một tinh tiết tăng nặng và
"""


@pytest.mark.parametrize("text,labels", [(QUOTED_ONLY, []), (QUOTED_THEN_OWN, ["1", "2", "3"])])
def test_quoted_provisions_numbered_clauses_are_no_items(text, labels):
    assert _labels(text) == labels


def test_a_quotation_inside_a_quoted_passage_does_not_end_it():
    # tnt_1539_VLO-QLDN3 (dev corpus): '“bên liên kết”' inside the quoted Điều 5
    lines = split_lines("**“***Điều 5. Các bên có\nquan hệ liên kết*\n\n*1. Các bên có quan hệ liên kết\n"
                        "(sau đây viết tắt là “bên liên kết”) là các* *bên có mối quan hệ thuộc một\n"
                        "trong các trường hợp:*\n\n*a) Một bên tham gia trực tiếp\n"
                        "hoặc gián tiếp vào việc điều hành.*”\n\nCăn cứ khoản 3 Điều 16")
    quoted = quoted_lines(lines)
    assert {ln.index for ln in lines if ln.text.startswith("*a)")} <= quoted
    assert lines[-1].index not in quoted


# --- cause: OCR read the header's right column first (motto, a speck line, then the left column) -------------------
# 216/TCT-PC, its number unreadable ('Số: TC /TCT-PC').
RIGHT_COLUMN_FIRST = """CONG HOA XA HOI CHU NGHIA VIET NAM
Độc lập - Tự do - Hanh phúc
EAC MB St CỤ ĐỤC vi ccc De uc

BỘ TÀI CHÍNH -
TONG CỤC THUE

Số: TC /TCT-PC Hà Nội, ngày4#Tháng 0A năm 2025

V/v xử phạt hành vi vi phạm
hành chính về thuế. hóa đơn
Kính gửi:
- Cục Thuế tỉnh Ninh Bình;
- Cục Thuế tỉnh Yên Bái.

Tổng cục Thuế nhận được các Công văn số 2787/CTNBI-TTKT3 ngày
14/6/2023 của Cục Thuế tỉnh Ninh Bình vướng mắc về việc xử phạt vi phạm hành chính trong lĩnh vực
thuế, hóa đơn. Về van dé này, Tống cục Thuế có ý kiến như sau:

1. Luật Xử lý vi phạm hành chính quy định mức tiền phạt của một hành vi.

2. Luật Xử lý vi phạm hành chính quy định vi phạm hành chính có quy mô lớn.

Tổng cục Thuế trả lời để các Cục ThuÊ được biết và thực hiện./ eo
"""


def test_left_column_read_after_the_motto_is_the_issuer_and_the_body_is_not_header():
    doc = parse_segments(RIGHT_COLUMN_FIRST)[0]
    assert (doc["issuer"], doc["issuer_parent"]) == ("Tổng cục Thuế", "Bộ Tài chính")
    assert doc["recipients"] == ["Cục Thuế tỉnh Ninh Bình", "Cục Thuế tỉnh Yên Bái"]
    assert [t["label"] for t in doc["tasks"]] == ["1", "2"]


# --- cause: a PDF text layer in a legacy font, extracted as ASCII look-alikes (not Vietnamese) -----------------------
LOOKALIKE = [
    # 104/TCT-TTKT
    "t&i Tf>ng C\\JC ThuS, qua ra soat T6ng C\\}C ThuS da thµc hi�n chuySn thong tin\n"
    "nh� duqc t&i cac Cl;1C Thu� de XU ly theo quy djnh.\n"
    "BS tiSp tµc triSn khai c6 hi�u qua cong tac phf>i hgp va thanh tra, ki@m tra\n"
    "XU ly df>i vm cac thong tin giao dich qua ngan hang c6 dau hi�u dang ngo cua\n"
    "cac tf> chuc, ca nhan do CQ TTGSNH chuy@n dSn Co quan thu� theo QuySt",
    # 3706/TCT-KK
    "D6 tao thuin lqi vd t|6ng nfr6t nri trii5n khai thuc hi6n c5c. nQi dung quy\n"
    "dfnh tai Th6ng tu vdo thsc t5, T-6ng cgc Thu5 dC nghi c6c Cpc Thuri thgc hien cac\n"
    "n6i dung sau:\n"
    "1. Td chirc qudn triQt, ph6 bitin ddy dri cric nQi dung cta Thdng tu t6i c6c\n"
    "bQ phfln, ttmg crln bQ c6 li€n quan vd tuy€n truyAn t6i ngudi ngp thu6 tien elu U*",
    # 27/TCT-KK
    "Thdng tin ti€u muc h4ch toan tl6i v6i nghia 4r phAt sinh vd khoan nQg\n"
    "lQ phi m6n bii nnm 2017 thtrc hiQn theo quy ttinh m6i t4i Thdng tu s6\n"
    "- Lq phi m6n bii mric (bfc) t arii voi t6 chric ho4t dgng san xu6t kinh\n"
    "doanh vd c6 nh6n, nh6m c6 nhan, h0 gia dinh: H4ch to6n ti€u muc 2862.",
]
OCR_TEXT = [
    # 3953/TCT-HTQT: OCR'd with its noise, but Vietnamese
    "Tên cơ sở trao đổi thông tin về thuế của Co quan thuế Nhật Bản về các đối\n"
    "tượng cư trú thuế của Việt Nam, đề nghị Cục Thuế triển khai thực hiện:\n"
    "1. Tiến hành xác minh, đối chiếu với tình hình kê khai nộp thuế thu nhập của\n"
    "các đối tượng theo danh sách gửi kèm và xử lý theo quy định, bao gồm:\n"
    "- Hướng dẫn cá nhân làm thủ tục đăng ký MST, cấp MST đối với cá nhân",
    # 4485/TCT-PC: a header OCR stripped of its marks, digits in its number and date
    "BỘ TÀI CHÍNH | CONG HOA XÃ HỌI CH.. SŸï,ÏA VIET NAM\nTONG CUC THUE Độc lập - Tự do - Hạnh phúc\n"
    "Số: ups /TCT-PC Hà Nội, ngày Od thang 42. néim 2022\nV/v triển khai thực hiện Nghị\n"
    "định số 1 18/2021/NĐ-CP\nKính gửi: Cục Thuế các tỉnh, thành phế trực thuộc Trung ương.",
]


@pytest.mark.parametrize("text,lookalike", [(t, True) for t in LOOKALIKE] + [(t, False) for t in OCR_TEXT])
def test_legacy_font_lookalikes_are_told_from_noisy_ocr(text, lookalike):
    assert legacy.font_lookalikes(text) is lookalike
    assert raster.check_layer(text * 3).usable is not lookalike  # a PDF page's layer: OCR it instead


def test_text_file_of_lookalikes_is_reported_by_name(tmp_path):
    path = tmp_path / "CV_104_TCT.md"
    path.write_text("\n".join(LOOKALIKE), encoding="utf-8")
    with pytest.raises(VanbanError) as e:
        ingest.read(path)
    assert "CV_104_TCT.md" in str(e.value) and "look-alike" in str(e.value)


# --- cause: the signer's column run into the 'Nơi nhận' lines, its title garbled by OCR ------------------------------
NOI_NHAN_BLOCKS = [
    # (the copy count OCR garbled after the filing note, "@b" and "@9)" for "(3b)", is left out since the eighth round)
    # 4485/TCT-PC: the authority's title in mixed case
    ("Nơi nhận: KT. TONG cuc TRUONG\n- Như trên;\n- Lãnh đạo TCT;\n- Lưu: VT, PCQ@b:",
     ["Như trên", "Lãnh đạo TCT", "Lưu: VT, PCQ"]),
    # 897/TCT-QLN: "KT," and a speck before the deputy's title on the first entry's line
    ("Nơi nhận: KT, TONG CỤC TRƯỞNG\n- Như trên, . PHO-FANG CỤC TRƯỞNG\n- Vụ CS, DT, KK, DNNCN, PC - TCT;\n"
     "- Luu: VT, QLN@9)", ["Như trên", "Vụ CS, DT, KK, DNNCN, PC - TCT", "Lưu: VT, QLN"]),
    # 3953/TCT-HTQT
    ("Noi nhận: TL. TÔNG CỤC TRƯỞNG\n\n- Như trên; KT. VỤ TRƯỞI H — UOC TE\n~ Lưu: VT, HTQT (2b).",
     ["Như trên", "Lưu: VT, HTQT (2b)"]),
    # 02/QĐ-TTg: THỦ TƯỚNG read "„1 HỦ TƯ) ỚNG", the signer's name beside an entry
    ("Nơi nhận: „1 HỦ TƯ) ỚNG\n- Uy ban Thường vụ Quốc hội;\n- Hội đồng Dân tộc và các ủy ban của Quốc hội; Vũ Đức Dam\n"
     "- Kiểm toán Nhà nước;\n- Luu: VT, KGVX (3b).",
     ["Uy ban Thường vụ Quốc hội", "Hội đồng Dân tộc và các ủy ban của Quốc hội", "Kiểm toán Nhà nước",
      "Lưu: VT, KGVX (3b)"]),
]


@pytest.mark.parametrize("block,entries", NOI_NHAN_BLOCKS)
def test_signer_column_on_distribution_lines_is_no_entry(block, entries):
    from pipeline.parse import blocks

    found, _ = blocks.find_distribution(split_lines(block), 0)
    assert [f.value.replace("Luu", "Lưu") for f in found] == entries


def test_signer_name_beside_a_distribution_entry_is_the_signer():
    doc = parse_segments("THỦ TƯỚNG CHÍNH PHỦ\nSố: 02/QĐ-TTg Hà Nội, ngày 05 tháng 01 năm 2022\nQUYẾT ĐỊNH\n"
                         "Phê duyệt Chiến lược Quốc gia về dinh dưỡng\n\nĐiều 1. Phê duyệt Chiến lược.\n\n"
                         + NOI_NHAN_BLOCKS[3][0])[0]
    assert doc["signer"]["name"] == "Vũ Đức Dam"


# --- cause: a received stamp's words around the recipients and under the title ----------------------------------------
def test_recipients_behind_stamp_debris():
    # 2967/VPCP-KTTH
    doc = parse_segments("VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                         "Số: đút /VPCP- KTTH Hà Nội, ngày OL tháng 4 năm 2018.\nV/v hướng dẫn hoàn thuế tiêu thụ\n"
                         "đặc biệt đối với xăng E5\nCole THỘNG TA BIỆN TỰ CNH PHD Kính gửi:\n"
                         "BENGE Ca... - Bộ Tài chính;\nNgy... 42/4148. - Bộ Công Thương;\n- Bộ Tư pháp.\n\n"
                         "Xét đề nghị của Bộ Tài chính tại Công văn số 3186/BTC-CST ngày 21 tháng 3 năm 2017, Phó Thủ "
                         "tướng có ý kiến như sau:")[0]
    assert doc["recipients"] == ["Bộ Tài chính", "Bộ Công Thương", "Bộ Tư pháp"]
    assert doc["place"] == "Hà Nội"  # not "KTTH Hà Nội": the symbol's part OCR set apart
    assert doc["code"] is None and doc["issued_on"] is None  # number and day unreadable: none rather than wrong


def test_title_stops_at_a_received_stamp_read_under_it():
    # 02/QĐ-TTg
    doc = parse_segments("THỦ TƯỚNG CHÍNH PHỦ CONG HOA XÃ HỘI CHỦ NGHĨA VIET NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                         "Số: 0£ /QD-TTg Hà Nội, ngày 05 tháng 01 năm 2022\n\nQUYET ĐỊNH\n"
                         "Phê duyệt Chiến lược Quốc gia về dinh dưỡng giai đoạn 2021-2030\nvà tầm nhìn đến năm 2045\n"
                         "ẾN 6È... C ¬—\nNgày: Q [041 2022.\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\n"
                         "Căn cứ Luật TỔ chức Chính 1 phủ ngày 19 tháng 6 năm 2015;")[0]
    assert doc["subject"] == "Phê duyệt Chiến lược Quốc gia về dinh dưỡng giai đoạn 2021-2030 và tầm nhìn đến năm 2045"


# --- cause: a dispatch's header read with OCR noise (subject label, issuer letters in the symbol, split numbers) -------
def test_dispatch_of_a_cuc_thue_whose_symbol_opens_on_ct():
    # 6312/CT-HTr: "CT" is the Cục Thuế's own letters, not Chỉ thị; "V/ " is the subject label, its "v" lost
    doc = parse_segments("TONG CUC THUE CONG HOA XA HỘI CHU NGHĨA VIỆT NAM\nCỤC THUE TP HÀ NỘI Độc lập - Tự đo - "
                         "Hạnh phúc\n\nSố: 0342 /CT-HTr Hà Nội, ngày (thang (năm 2016\nV/ trả lời chính sách thuế.\n\n"
                         "Kính gửi: CN Công ty TNHH Kimberly-Clark Việt Nam tại thành phố Hà Nội\n\n"
                         "Trả lời công văn số 63/FIN/15-KC ngày 27/11/2015 của CN Công ty, Cục thuê Thành phô Hà Nội "
                         "có ý kiên như sau:")[0]
    assert (doc["doc_type"], doc["subject"]) == ("Công văn", "trả lời chính sách thuế")


def test_cited_number_split_by_ocr_is_joined():
    from pipeline.cleanup import clean_text

    # 4485/TCT-PC
    assert "Nghị định số 118/2021/NĐ-CP" in clean_text("V/v triển khai thực hiện Nghị\nđịnh số 1 18/2021/NĐ-CP").text


# --- cause: a header OCR scattered (specks before the issuer, the number line under the motto, a subject over gaps) ---
# 10315/BTC-TCT: number and month unreadable, a received stamp's "Chuyển / Lưu hồ sơ / Ngày" under the subject
SCATTERED = """ø“ 6, 4Ÿ
am? 3:
6“ BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
AC và Độc lập - Tự do - Hạnh phúc
(a)
ty sé: 40345" /BTC-TCT. Hà Nội, ngày 25 tháng # nam 2016
(tr V/ýw thực hiện Luật sô

D

(Chuyển:...

\\ lu
Lưu ho SƠ 50:.

Noay...24(F. (2046.

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương

'Ngậy 06 tháng 4 năm 2016, tại kỳ họp thứ 11, Quốc hội khóa 13 đã thông

-¬:quá Luật số 106/2016/QH13 sửa đổi, bd sung một số điều của Luật thuế GTGT,
Luật thuế TTĐB và Luật Quản lý thuế. Bộ Tài chính đề nghị các Cục Thuế triển khai một số nội dung mới của
Luật như sau:

1. Về hoàn thuế GTGT:

Tại khoản 3 Điều | Luật số 106/2016/QH13 quy định: Cơ sở kinh doanh
nộp thuế giá trị gia tăng theo phương pháp khẩu trừ thuế.

2. Về mức tiền chậm nộp:

Tại Khoản 3 Điều 3 Luật số 106/2016/QH13 quy định: “Người nộp thuế
chậm nộp tiền thuế so với thời hạn quy định thì phải nộp đủ tiền thuế và tiền chậm nộp theo mức
bằng 0,03%/ngay tính trên số tiền thuế chậm nộp. ”

Bộ Tài chính có ý kiến để Cục Thuế các tỉnh, thành phó trực thuộc Trung
ương biết và triển khai thực hiện./. My
"""


def test_scattered_header_keeps_issuer_recipients_and_items():
    from pipeline.cleanup import clean_text

    doc = parse_segments(clean_text(SCATTERED).text)[0]
    assert (doc["issuer"], doc["code"], doc["issued_on"]) == ("Bộ Tài chính", None, None)
    assert doc["subject"] == "thực hiện Luật số"  # as far as OCR kept it ("sô": its mark restored by the cleaner, stop 16)
    assert doc["recipients"] == ["Cục Thuế các tỉnh, thành phố trực thuộc Trung ương"]
    assert [t["label"] for t in doc["tasks"]] == ["1", "2"]  # a speck '6“' opens no quotation


SUBJECTS = [
    # 1938/BTC-TCT: the subject's lines set apart by blank lines, the first ending in "số"
    ("Số: 443? /BTC-TCT Hà Nội, ngày¿Ê tháng 02 năm 2021\nV/v thực hiện Thông tư số\n\n156/2013/TT-BTC và các\n\n"
     "Thông tư khác\n\nKính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.",
     "thực hiện Thông tư số 156/2013/TT-BTC và các Thông tư khác"),
    # 3953/TCT-HTQT: specks before the subject's second line
    ("Số:33 5.3 /TCT-HTQT Ha Nội, ngày A5 tháng 10 năm 2018\nV/v khai thác thông tin do Cơ quan\n"
     "__.. thuế Nhật Bản cung cấp.\n\nKính gửi: Cục Thuế", "khai thác thông tin do Cơ quan thuế Nhật Bản cung cấp"),
]


@pytest.mark.parametrize("head,subject", SUBJECTS)
def test_subject_lines_ocr_set_apart(head, subject):
    doc = parse_segments("BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n— Độc lập - Tự do - Hạnh phúc\n\n" + head)[0]
    assert doc["subject"] == subject


# --- cause: page furniture inside an item (a converter's page marker, the page number, a scanning app's footer) -------
def test_page_number_and_scanner_footer_are_not_read_into_an_item(tmp_path):
    from pipeline.batch import process_file

    # 4485/TCT-PC item 3 runs over the page break; 1938/BTC-TCT's pages end in the app's footer
    path = tmp_path / "cv.md"
    path.write_text("BỘ TÀI CHÍNH | CONG HOA XÃ HỌI CH.. SŸï,ÏA VIET NAM\nTONG CUC THUE Độc lập - Tự do - Hạnh phúc\n"
                    "Số: 4485/TCT-PC Hà Nội, ngày 02 tháng 12 năm 2022\nV/v triển khai thực hiện Nghị định\n\n"
                    "Kính gửi: Cục Thuế các tỉnh, thành phế trực thuộc Trung ương.\n\n"
                    "Tổng cục Thuế thông báo Cục Thuế lưu ý một sô nội dung sau:\n\n"
                    "1. Xác định đơn vị phụ thuộc của doanh nghiệp là đối tượng bị xử phạt.\n\n"
                    "2. Thời hạn ban hành quyết định xử phạt thực hiện theo quy định tại điêm a\n\n"
                    "Scanned with CamScanner\n\n\n--- PAGE BREAK ---\n\n2\n\n"
                    "khoản | Điều 66 Luật Xử ly vi phạm hành chính (đã được sửa dôi, bồ sung năm\n2020).\n\n"
                    "Tổng cục Thuế thông báo để các cơ quan thuế được biết và thực hiện./.\n", encoding="utf-8")
    doc = process_file(str(path))["documents"][0]
    assert doc["tasks"][1]["text"].startswith("Thời hạn ban hành quyết định xử phạt thực hiện theo quy định tại "
                                             "điểm a khoản | Điều 66")  # ("điêm": a mark OCR lost, restored by the cleaner, stop 16)
    assert "CamScanner" not in doc["tasks"][1]["text"]


def test_comma_read_as_full_stop_inside_a_subject():
    # 216/TCT-PC
    doc = parse_segments("BỘ TÀI CHÍNH\nTONG CỤC THUE\n\nSố: 216/TCT-PC Hà Nội, ngày 15 tháng 01 năm 2025\n\n"
                         "V/v xử phạt hành vi vi phạm\nhành chính về thuế. hóa đơn\nKính gửi:\n- Cục Thuế tỉnh Yên Bái.")[0]
    assert doc["subject"] == "xử phạt hành vi vi phạm hành chính về thuế, hóa đơn"


def test_header_columns_run_into_one_line_with_the_number():
    # 897/TCT-QLN's two header lines and its number line, as OCR delivers them when the columns align: one line
    doc = parse_segments("BỘ TÀI CHÍNH _ CONG HÒA XÃ HO] CHỦ NGHĨA VIỆT NAM TONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc "
                         "Số: 839/TCT-QLN Hà Nội, ngày 3 tháng 3 năm 2020\nV/v gia hạn nộp thuế, miễn\n"
                         "tiền chậm nộp do anh hưởng\nbởi địch bệnh Covid-19\n\n"
                         "Kính gửi: Cục Thuế các tỉnh, thành phê trực thuộc Trung ương\n\n"
                         "Dịch bệnh viêm đường hô hấp cấp do chủng mới của Virut Corona gây ra.")[0]
    assert (doc["code"], doc["issuer"], doc["issuer_parent"]) == ("839/TCT-QLN", "Tổng cục Thuế", "Bộ Tài chính")
    assert (doc["place"], doc["issued_on"]) == ("Hà Nội", "2020-03-03")


def test_type_line_with_a_misread_mark_and_a_long_title():
    from pipeline.cleanup import clean_text

    # 1582/QĐ-TCT: "QUYÉT ĐỊNH" (not a Vietnamese syllable, so it looked like a speck line), its three-line title
    # joined into one paragraph of 170 characters; number and month unreadable
    doc = parse_segments(clean_text(
        "BỘ TAI CHÍNH CONG HÒA XÃ HOI CHỦ NGHĨA VIỆT NAM\nTONG CỤC THUÊ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 454? /QĐ-TCT Hà Nội, ngày 06 tháng 4Ô năm 2022\nQUYÉT ĐỊNH\n\n"
        "Ban hành Bộ chỉ số tiêu chí lựa chọn hồ sơ khai thuế giá trị gia tăng, thuế\n"
        "thu nhập doanh nghiệp, thuế tiêu thụ đặc biệt có dấu hiệu rủi ro để kiểm\ntra tại trụ sở cơ quan thuế\n\n"
        "TONG CỤC TRUONG TONG CUC THUE\n\nCăn cứ Luật Quan lý thuế ngày 13/6/2019;\n").text)[0]
    assert doc["doc_type"] == "Quyết định"
    assert doc["subject"] == ("Ban hành Bộ chỉ số tiêu chí lựa chọn hồ sơ khai thuế giá trị gia tăng, thuế thu nhập "
                              "doanh nghiệp, thuế tiêu thụ đặc biệt có dấu hiệu rủi ro để kiểm tra tại trụ sở cơ quan thuế")
    assert (doc["code"], doc["issued_on"]) == (None, None)


# 4376/TCT-QLN (its layer a legacy font's look-alikes, the item numbers as OCR'd): "1." read "l.", "3." behind a speck
LOWER_L_ONE = """T6ng cuc Thut! gioi thiQu nhtng nQi dung m6i cta Th6ng tu
s6 87/20l8/TT-BTC ngiy 271912018 cfla BQ Tdi chinh nhu sau:
l. Vd nguy€n t6c 6p dgng biQn phdp cu6ng ch6 quy tlinh tgi Khoin 1
Ei6u 1 (sfta d6i Khoan 3 Diiiu 5 Th6ng tu s6 ztslzonnT-BTc)
2. V0 grii quy6t dint cudrg ch6 quy rlinh t4i Khoin 2 Diiiu I (sii,a tl6i
Diiu 6 Th6ng tu s6 2lsl2013/TT-BTC)
. 3. Vd ch6m drit hiQu lyc Quy6t alnn cu6ng ch6 quy ilinh tqi Khoin 3
Di6u I (sfra d6i Knoan 3 Di6u 9 Th6ng tr s(i ZtSlZOrcnT-BTC)
4. Vd x6c minh th6ng tin tiri khoin crla iliii tugng cu&ng ch6 quy tlinh
"""

# 3706/TCT-KK (same kind of layer): "I." is roman one among roman sections, its items numbered 1. 2. 3. below it
ROMAN_ONE = """T-6ng cgc Thu5 dC nghi c6c Cpc Thuri thgc hien cac
n6i dung sau:
I. cic nQi dung cin tri6n khai rh6ng tu hu6ng din v6 tting kf thu6
1. Td chirc qudn triQt, ph6 bitin ddy dri cric nQi dung cta Thdng tu t6i c6c
2. C6ng bti c6ng khai c6c m6u td khai d6ng ky thu6 vd huong ain tC ttrai
3. Kip thoi gi6i d6p c5c **g. mic cria ngudi ndp thu6 aOi vOi c6c nQi
III. MOt s5 c6ng viQc chuy6n titip
1. Trong thoi gian chua. n6ng cdp H0 th6ng img dpng ding lq thu6 Oe dap
"""


def test_ambiguous_one_is_numbered_as_the_list_around_it():
    assert _labels(LOWER_L_ONE) == ["1", "2", "3", "4"]
    lines = split_lines(ROMAN_ONE)
    kinds = [(m.kind, m.label) for m in tasks._settle_ones([tasks._marker(ln) for ln in lines if tasks._marker(ln)])]
    assert kinds[0] == ("roman", "I") and kinds[1] == ("number", "1") and ("roman", "III") in kinds


def test_converter_page_headers_and_a_speck_after_a_recipient(tmp_path):
    from pipeline.parse.lines import clean_entry

    # 413/TCT-KK: the converter's "--- PAGE 2 ---" under its page break is no text
    path = tmp_path / "cv.md"
    path.write_text("--- PAGE 1 ---\nTổng cục Thuế trả lời để đơn vị được biết\n\n--- PAGE BREAK ---\n\n--- PAGE 2 ---\n"
                    "“6. Khai thuế giá trị gia tăng đối với hoạt động kinh doanh xây dựng", encoding="utf-8")
    pages = ingest.read(path).pages
    assert len(pages) == 2 and "PAGE" not in pages[0].text + pages[1].text
    assert clean_entry("Kính gửi: Công ty CP Thiết bị Công nghệ MIPEC l".partition(": ")[2]) == \
        "Công ty CP Thiết bị Công nghệ MIPEC"
