"""Header forms of OCR'd texts met in the sixth OCR'd-text round (ocr6: the Ministry of Finance's letters sending
draft laws and decrees, teije05-art/clone-pjj-tax-legal-22dec, folder 11; listed in gold/development/reading_header.tsv),
one cause class per test; every text is lines quoted from those documents, '…' marks lines left out."""
from pipeline.batch import process_file


def _docs(tmp_path, text: str) -> list[dict]:
    path = tmp_path / "cv.md"
    path.write_text(text, encoding="utf-8")
    result = process_file(str(path))
    assert "error" not in result, result
    return result["documents"]


# --- cause: the issuer's own e-signature stamp disagrees with what the printed date still shows -------------------------
# 5949/BTC-CST: the day unread ('OF'), the printed month 6 — the stamp's 10/08/2024 is no date of that month;
# 877/BTC-TCT: the day read 'o4' (04) under the issuer's stamp of 01/02/2023 — a letter is stamped when it goes out,
# never before its date.
STAMP_5949 = """Ký bởi: BO TÀI CHÍNH
Cơ quan: 28 Tran Hưng Dao
Thời gian ký: 10/08/2024 16:58:24 +07:00

BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

$6:5949 /BTC-CST Hà Nội, ngày OF tháng 6 năm 2024
V/v lây ý kiên về hồ sơ dự án Luật
thuê thu nhập doanh nghiệp (sửa đôi)

Kính gửi:
- Các Bộ, cơ quan ngang Bộ; cơ quan thuộc Chính phủ;
"""
STAMP_877 = """Ký bởi: BỘ TÀI CHÍNH.
Co quan: 28 Tran Hưng Đạo
"Thời gian ký: 01/02/2023 16:14:14 +07:00

BỘ TÀI CHÍNH CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: ¥##/BTC-TCT Hà Nội, ngày o4 tháng 2 năm 2023
V/v lay ý kiến dự thảo Nghị

định gia hạn nộp thuế và tiên
thuê đất

Kính gửi:
- Bộ Kế hoạch và Đầu tư;
"""
# guard: the day unread, the month agreeing with the stamp (16750/BTC-CST: 'ngày 3† thángA0' under 27/10/2025 keeps
# the stamp's date, as before)
STAMP_16750 = """Ký bởi: BO TÀI CHÍNH
Co quan: 28 Tran Hưng Đạo.
Thời gian ký: 27/10/2025 16:06:43 +07:00

BỘ TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:46#50/BTC-CST Ha Nội, ngày 3† thángA0 năm À03€
V/v hồ sơ dự án Luật sửa đổi, bồ
sung một số điều của Luật Thuế giá
trị gia tăng.

Kính gửi:
- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;
"""


def test_stamp_date_must_agree_with_printed_date(tmp_path):
    for text, expected in ((STAMP_5949, None), (STAMP_877, None), (STAMP_16750, "2025-10-27")):
        assert _docs(tmp_path, text)[0]["issued_on"] == expected, text[:200]


# --- cause: the document a letter sends, its number blank or garbled, after the letter's closing ------------------------
# 4268/BTC-PC (the letter's own number '$6:42(3/BTC-PC' unreadable) with the Tờ trình 111/TTr-BTC it sends; 877/BTC-TCT
# with its draft Tờ trình ('Số: - /TTr-BTC') after a page break.
LETTER_4268 = """Ký bởi: BỘ TÀI CHÍNH
Co quan: 28 Tran Hưng Đạo.
Thời gian ký: 04/04/2025 15:06:46 +07:00

BỘ TÀI CHÍNH CỘNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
$6:42(3/BTC-PC Hà Nội, ngay04 thang 4 năm 2025
V/v xin ý kiến thẩm định về dự
án Luật sửa đổi một số điều của
các Luật của Bộ Tài chính

Kính gửi: Bộ Tư pháp

Tài liệu kèm theo, gồm: (1) Tờ trình Chính phủ về dự án Luật; (2) Dự
thảo Luật; (3) Bản so sánh; (4) Bản tổng hợp, giải trình, tiếp thu ý kiến góp ý.

Bộ Tài chính trân trọng cám ơn sự phối hợp công tác của Quý PM.

Noi nhận: KT. BỜTRƯỞNG
- Như trên; RWỜNG
- Bộ trưởng (để báo cáo);
- Lưu: VT, PC (b).


--- PAGE BREAK ---

BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 111/TTr-BTC Hà Nội, ngày 03 tháng 04 năm 2025

TO: TRÌNH
Dự án Luật sửa đỗi bé sung một số điều của Luật Đấu thầu; Luật Đầu tư
theo phương thức đối tác công tư; Luật Hải quan; Luật Thuế xuất khẩu,
thuế nhập khẩu; Luật Đầu tư; Luật Đầu tư công; Luật Quản lý, sử dụng tài
sản công
(Phục vụ công tác thâm định của Bộ Tư pháp)

Kính gửi: Chính phú
"""
LETTER_877 = STAMP_877 + """
Bộ Tài cbính trân trọng cám ơn sự phối hợp công tác của quý cơ quan,
đơn vị ./.

Noi nhận: KT. BỘ TRƯỞNG

- Như trên, —_ THỨ TRƯỞNG

- Bộ trưởng (dé báo cáo);

- Lưu: VT, TCT (VT, CS).
#

o Anh Tuấn


--- PAGE BREAK ---

BO TÀI CHÍNH CONG HOA XÃ HỌI CHỦ NGHĨA VIỆT NAM
: Độc lập - Tự do - Hạnh phúc

Số: - /TTr-BTC Hà Nội, ngày — tháng năm 2023

TỜ TRÌNH
Dự thảo Nghị định gia hạn thời hạn nộp thuế giá trị gia tăng,
thuế thu nhập doanh nghiệp, thuế thu nhập cá nhân và tiền thuê đất trong
năm 2023

Kính gửi: Chính phủ

Bộ Tài chính xin kính trình Chính phủ xem xét, quyết định ./.

Noi nhận: BO TRUONG
- Nhu trén;
- Luu: VT, TCT (VT, CS).

Hồ Đức Phớc
"""


def test_sent_document_is_its_own(tmp_path):
    letter, sent = _docs(tmp_path, LETTER_4268)
    assert (letter["code"], letter["recipients"]) == (None, ["Bộ Tư pháp"])
    assert (sent["code"], sent["doc_type"], sent["issuer"], sent["recipients"]) == \
        ("111/TTr-BTC", "Tờ trình", "Bộ Tài chính", ["Chính phủ"])
    letter, sent = _docs(tmp_path, LETTER_877)
    assert letter["signer"]["name"] != "Hồ Đức Phớc" and letter["subject"].endswith("tiên thuê đất")
    assert (sent["doc_type"], sent["issuer"], sent["signer"]["name"]) == ("Tờ trình", "Bộ Tài chính", "Hồ Đức Phớc")


# guard: a sentence naming the Republic in a body after the closing is no header (the motto's capitals open a header
# only with the number's label or the place-date line under it)
def test_republic_in_body_is_no_header(tmp_path):
    text = LETTER_4268.split("--- PAGE BREAK ---")[0] + """
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa
đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15,
"""
    assert len(_docs(tmp_path, text)) == 1


# --- cause: the 'Nơi nhận' label read 'Noi nhậm' (1660/BTC-CST): the signer's authority beside it is no entry --------------
CLOSING_1660 = """BỘ TAI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

So: 4660 /BTC-CST Ha Nội, ngày 23 tháng 0Ànăm L043
V/v lây ý kiên về việc lập dé nghị
xây dựng dự án Luật thuế giá trị
gia tăng sửa đổi

Kính gửi:
- Liên đoàn Thương mại và Công nghiệp Việt Nam.

Căn cứ quy định của Luật ban hành văn bản quy phạm pháp luật, Bộ
Tài chính xây dựng hồ sơ đề nghị xây dựng Luật thuế giá trị gia tăng sửa đồi
(Tờ trình đề nghị xây dựng luật; Đề cương dự thảo luật; Báo cáo đánh giá tác
động của chính sách trong đề nghị xây dựng luật; Báo cáo tong kết, đánh giá
tình hình thực hiện luật kèm theo).

Trân trọng cảm ơn sự hợp tác của Quý cơ quan, đơn vị./.
Noi nhậm: Ap KT. BO TRUONG
- Như trên; ˆ ti lề
- Bộ trưởng (dé báo cáo);
- Luu: VT, CST (AQb).
"""


def test_distribution_label_misread_nham(tmp_path):
    d = _docs(tmp_path, CLOSING_1660)[0]
    assert d["signer"]["authority"] == "KT." and not any("KT." in e for e in d["distribution"])
    assert d["distribution"][1:] == ["Bộ trưởng (để báo cáo)", "Lưu: VT, CST (AQb)"]  # ("dé": restored, stop 16)


# --- cause: common words written with their marks taken for an agency's name (15634/BTC-ĐTNN) ---------------------------
def test_common_words_not_made_an_agency():
    from pipeline.cleanup import correct_phrases

    for line, expected in (("V/v thẩm định hồ sơ xây dựng Nghị định", "V/v thẩm định hồ sơ xây dựng Nghị định"),
                           ("Thu truong cac so, ban nganh", "Thứ trưởng cac so, ban nganh")):  # guard: marks lost
        assert correct_phrases(line) == expected


# --- cause: an annex's restatement misread like the header's own number (3185/BNG-LS: 'Số: 3{85 /BNG-LS', the annex
# '(Kèm theo Công văn số 315 /BNG-LS ngày j8 /8/2021)'); the day's digits run into 'tháng' ('ngày l8thang 8') ----------
LETTER_3185 = """BO NGOAI GIAO CONG HOA XA HOI CHU NGHIA VIET NAM
= Độc lập - Tự do — Hạnh phic

Số: 3{85 /BNG-LS
'V/ hướng dẫn việc kiểm tra và cong
nhận Giấy chứng nhận tiêm chủng và
Giấy xác nhận khỏi bệnh COVID-19
của nước ngoài.

Hà Nội, ngày l8thang 8 năm 2021

Kính gửi: Ủy ban Nhân dân tỉnh Quảng Ninh.

3. Bộ Ngoại giao xin trân trọng thông báo để Quý Ủy ban chỉ đạo các cơ
quan liên quan triển khai thực hiện.

Noi nhận: TL. BỘ TRƯỜNG
- Như trên; h
- Cục QLXNC (Bộ CA);
- Lưu: HC, LS. \\


--- PAGE BREAK ---

l Mẫu Giấy xác nhận
(Kèm theo Công văn số 315 /BNG-LS ngày j8 /8/2021)

Tên CQDD bằng tiếng Việt Tên CODD bằng tiếng Anh
Địa chỉ
GIÁY XÁC NHẬN
Confirmation

Kính gửi: Các co quan chức năng liên quan
"""


def test_restatement_must_fit_the_garbled_number(tmp_path):
    d = _docs(tmp_path, LETTER_3185)[0]
    assert (d["code"], d["issued_on"], d["recipients"]) == (None, "2021-08-18", ["Ủy ban Nhân dân tỉnh Quảng Ninh"])
    assert d["signer"]["authority"] == "TL." and d["distribution"][-1] == "Lưu: HC, LS"
    # guard: a restatement that fits what the header still shows stands in for it
    d = _docs(tmp_path, LETTER_3185.replace("315 /BNG-LS", "3185 /BNG-LS"))[0]
    assert d["code"] == "3185/BNG-LS"


# --- cause: the number's label in lower case with a wrong mark ('sé: 860 /BHXH-BT') ----------------------------------
def test_number_label_lower_case(tmp_path):
    text = """BẢO HIẾM XA HỘI VIETNAM CONG HÒA XÃ HOI CHỦ NGHĨA VIỆT NAM
Độc lập — Tự do — Hanh phúc

sé: 860 /BHXH-BT Hà Nội, ngày {† tháng 3 năm 2020
V/v tạm dừng đóng vào quỹ hưu trí và
tử tuất đối với đối tượng bị ảnh hưởng
bởi dịch Covid-19

Kính gửi: Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương
"""
    d = _docs(tmp_path, text)[0]
    assert (d["code"], d["issued_on"], d["issuer"]) == ("860/BHXH-BT", None, "Bảo hiểm xã hội Việt Nam")


# --- cause: a ministry's name OCR broke around the motto's line ('BỘ LAO ĐỘNG - THƯƠNG BINH —' / motto / 'VÀ XÃ HỘI'),
# 'tháng' read 'thing', the 'V/v' label read 'VWv' (Cục Việc làm's letter of 28/01/2019) ---------------------------------
HEADER_CVL = """BỘ LAO ĐỘNG - THƯƠNG BINH — CONG HOA XÃ HỘI CHỦ NGHĨA VIET NAM

VÀ XÃ HỘI Độc lập - Tự do - Hạnh phúc
CỤC VIỆC LÀM
Số: Z#_/CVL-QLLĐ Hà Nội, ngày 28 thing 01 năm 2019

VWv cấp giấy phép lao động cho lao
động nước ngoài làm việc tại Việt Nam

Trên đây là ý kiến của Cục Việc làm, đề nghị Công ty biết và thực hiện./. 8
"""


def test_ministry_name_broken_by_motto_and_misread_words(tmp_path):
    d = _docs(tmp_path, HEADER_CVL)[0]
    assert (d["issuer"], d["issuer_parent"]) == ("Cục Việc làm", "Bộ Lao động - Thương binh và Xã hội")
    assert (d["code"], d["issued_on"]) == (None, "2019-01-28")
    assert d["subject"] == "cấp giấy phép lao động cho lao động nước ngoài làm việc tại Việt Nam"


# --- cause: 'xã hội' (society) read as a commune ('xã') in an agency's name (BHXH TP. Hồ Chí Minh's letter) -----------
def test_social_insurance_is_no_commune():
    from pipeline.parse.gazetteer import canonical

    for name, expected in (("BẢO HIỂM XÃ HỘI TP. HỒ CHÍ MINH", "Bảo hiểm xã hội thành phố Hồ Chí Minh"),
                           ("BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG", "Bảo hiểm xã hội tỉnh Bình Dương"),
                           ("UBND XÃ HỘI AN", "Ủy ban nhân dân xã Hội An")):  # guard: a commune named Hội …
        assert canonical(name) == expected


# --- cause: the number's label read '86:' and its slash lost, the day's slot run into 'tháng' (5619/SYT-NVY, read
# blind after the third commit) -------------------------------------------------------------------------------------
HEADER_5619 = """ỦY BAN NHÂN DÂN CONG HÒA XÃ HOI CHỦ NGHIA ŸIƑÏ NAM
THANH PHO HO CHI MINH Độc lập - Tự do - Hanh phúc
SỞ Y TẾ
86:5619 SYT-NVY Thành phố Hồ Chí Minh, ngéspOhthang 4 năm 2020
VWv triển khai hướng dẫn y tế
phòng chong dịch COVID-19 đôi
với người nước ngoài nhập cảnh

vào Việt Nam làm việc ngăn ngày
(dưới 14 ngày)

Kính gửi:
- Sở Du lịch;
"""


def test_number_label_86_and_day_run_into_month(tmp_path):
    d = _docs(tmp_path, HEADER_5619)[0]
    assert (d["code"], d["place"], d["issued_on"]) == ("5619/SYT-NVY", "Thành phố Hồ Chí Minh", None)


# --- cause: a title listing the acts it amends, its lines joined by cleanup into one over 160 characters with ';' between
# the acts (111/TTr-BTC, sent with 4268/BTC-PC), read as a body paragraph: no subject ----------------------------------
def test_title_listing_acts_is_a_subject(tmp_path):
    sent = _docs(tmp_path, LETTER_4268)[1]
    assert sent["subject"].startswith("Dự án Luật sửa đỗi bé sung một số điều của Luật Đấu thầu; Luật Đầu tư theo")
    assert "Luật Quản lý, sử dụng tài sản công" in sent["subject"]


# --- cause: the entries read before their label, the label's line holding the signer's column, a page's footnote after
# it (15634/BTC-ĐTNN: the footnote was the only entry) ----------------------------------------------------------------
CLOSING_15634 = """BỘ TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15634/BTC-ĐTNN Hà Nội, ngày 08 tháng 10 năm 2025

V/v thẩm định hồ sơ xây dựng Nghị định

Kính gửi: Bộ Tư pháp.

Bộ Tài chính trân trọng cảm ơn sự phối hợp công tác của Quý BO./ gy

- Nhu trén;

- Thủ tướng Chính phủ (dé b/cáo);

- Phó TTgTTCP Nguyễn Hòa Bình (để b/cáo);
- Bộ trưởng (để b/cáo);

- Văn phòng Chính phủ (đẻ p/hợp);

- Lưu: VT, ĐTNN(0§b

Noi nhận: KT. BỘ TRƯỞNG
⁄<› Tìt

' Ban hành kèm theo Quyết định số 114/QD-BCDTTTC ngày 01/8/2025 của Trưởng Ban Chi đạo vẻ Trung tâm
tài chính quốc tế - Thủ tướng Chính phủ.
"""


def test_entries_above_label_before_a_footnote(tmp_path):
    d = _docs(tmp_path, CLOSING_15634)[0]
    assert d["distribution"][0] == "Như trên" and d["distribution"][-1] == "Lưu: VT, ĐTNN"
    assert not any("Ban hành kèm theo" in e for e in d["distribution"])


# --- cause: the signer's title beside the first entry after a speck of the seal ('- Như trên, —_ THỨ TRƯỞNG' in
# 877/BTC-TCT, '- Nhu trén; : THU TRUONG' in the 2025 letter sending the draft Law on Tax Administration) ---------------
def test_title_beside_entry_after_speck(tmp_path):
    for line in ("- Như trên, —_ THỨ TRƯỞNG", "- Nhu trén; : THU TRUONG"):
        text = CLOSING_1660.replace("- Như trên; ˆ ti lề", line)
        d = _docs(tmp_path, text)[0]
        assert (d["signer"]["authority"], d["signer"]["title"]) == ("KT.", "Thứ trưởng"), line
        assert d["distribution"][0] == "Như trên", line


# --- cause: a header with no number read (2387/LĐTBXH-ATLĐ, read blind after the sixth commit): the ministry's name
# broken around the motto ('BỘ LAO BONG - THƯƠNG BINH' / motto / 'VA XÃ HỘI'), the place after a garbled number with
# no label ('J2Ÿ#/LĐTBXI-ATLĐ Hà Nội, ngày43-tháng°'), the subject under it as 'VA …', a seal's specks before 'Kính gửi'
HEADER_2387 = """BỘ LAO BONG - THƯƠNG BINH CỘNG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VA XÃ HỘI Độc lập - Tự đo - Hạnh phúc

J2Ÿ#/LĐTBXI-ATLĐ Hà Nội, ngày43-tháng° năm 2019
VA trả lời kiên nghị của Công ty
TNHH Giây Alena Việt Nam

S, 1
4 ery y : Kính gửi: Công ty TNHH Giầy Alena Việt Nam
Ngày 29/5/2019, Bộ Lao động — Thương binh và Xã hội nhận được công
văn sô 4623/VPCP - DMDN của Văn phòng Chính phủ về việc chuyên kiến
nghị của Công ty TNHH Giầy Alena Việt Nam về cách làm tròn số khi tính số
ngày nghỉ hằng năm. Bộ Lao động - Thương binh và Xã hội có ý kiến như sau:
"""


def test_header_without_number(tmp_path):
    d = _docs(tmp_path, HEADER_2387)[0]
    assert (d["code"], d["issuer"], d["place"], d["issued_on"]) == \
        (None, "Bộ Lao động - Thương binh và Xã hội", "Hà Nội", None)
    assert d["subject"] == "trả lời kiên nghị của Công ty TNHH Giây Alena Việt Nam"
    assert d["recipients"] == ["Công ty TNHH Giầy Alena Việt Nam"]


# --- cause: a received-stamp's letters after a gap under the subject (3868/BHXH-BT: 'co THONG TN meat TỦ cH PHÙ', the
# 'Kính gửi' lost under it) ------------------------------------------------------------------------------------------
def test_stamp_letters_after_subject(tmp_path):
    text = """BAO HIEM XÃ HỘI VIỆT NAM CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự đo - Hạnh phúc

Số: 3868 /BHXH-BT Hà Nội, ngày 47 tháng AD năm 2019
Viv thủ tục về BHXH trong trường
hợp sáp nhập doanh nghiệp

co THONG TN meat TỦ cH PHÙ

Bảo hiểm xã hội (BHXH) Việt Nam nhận được kiến nghị của Công ty Luật
trách nhiệm hữu hạn (TNHH) ACS Legal Việt Nam.
"""
    d = _docs(tmp_path, text)[0]
    assert (d["code"], d["subject"]) == ("3868/BHXH-BT", "thủ tục về BHXH trong trường hợp sáp nhập doanh nghiệp")



# --- cause: the letter's 'Nơi nhận' read 'Noi nhậm' (1660/BTC-CST's closing) before the document it sends: the sent
# document's header is looked for after the label as OCR reads it --------------------------------------------------
def test_sent_document_after_misread_label(tmp_path):
    sent = LETTER_877.split("--- PAGE BREAK ---")[-1]
    docs = _docs(tmp_path, CLOSING_1660 + "\n\n--- PAGE BREAK ---\n" + sent)
    assert [d["doc_type"] for d in docs] == ["Công văn", "Tờ trình"]
