"""Header forms of OCR'd texts met in the eleventh round (leads11: OCR'd letters of ministries and a city's centre,
teije05-art/clone-pjj-tax-legal-22dec, folders 10, 11, 14, 17; listed in gold/development/reading_tasks.tsv), one
cause class per test; every text is lines quoted from those documents, '…' marks lines left out."""


# --- cause: the number's digits set apart, as a filled-in form prints them (10943/BYT-MT) ------------------------------------
SPACED_10943 = """BỘ Y TẾ CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1 0 9 4 3 /BYT-MT Hà Nội, ngày 2 4 tháng 12 năm 2021
V/v Hướng dẫn y tế phòng, chống
dịch COVID-19 đối với người được
phép nhập cảnh vào Việt Nam làm
việc ngắn ngày (dưới 14 ngày).
Kính gửi:
- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;
- Ủy ban nhân dân các tỉnh/thành phố trực thuộc Trung ương.
"""


def test_spaced_digits_of_number_and_day(doc_of):
    d = doc_of(SPACED_10943)
    assert d["code"] == "10943/BYT-MT" and d["issued_on"] == "2021-12-24"


# --- cause: the label "Số" read "$6", the place "Thành phố …" after the symbol, the rule under the name read as dashes -------
HEADER_3556 = """SO Y TE TP HO CHi MINH CONG HOA XA HOI CHU NGHIA VIET NAM

TRUNG TAM KIEM SOAT Độc lập — Tự do — Hạnh phúc
BỆNH TẬT THÀNH PHÓ —=—==——......
$6:3556 /TTKSBT-KHNV Thành phố Hà Chi Minh, ngày 46 tháng ÿ năm 2021

V/V giảm thời gian cách ly y tế tập trung
đối với người nhập cảnh đã tiêm đủ liều
vắc xin phòng COVID-19 trong giai
đoạn hiện nay

Kính gửi:
- Trung tâm Y tế quận, huyện và thành phố Thủ Đức;
"""


def test_misread_label_place_and_rule(doc_of):
    d = doc_of(HEADER_3556)
    assert d["code"] == "3556/TTKSBT-KHNV"
    assert d["place"] == "Thành phố Hồ Chí Minh"
    assert d["issued_on"] is None  # "46 tháng ÿ": unreadable, none rather than a guess
    assert "—" not in d["issuer"] and "=" not in d["issuer"]


# --- cause: a title amending a decision "ban hành kèm theo Quyết định số …" is no restatement of the own number (888/QĐ-BHXH)
TITLE_888 = """BAO HIỂM XA HỘI VIETNAM CONG HÒA XÃ HOI CHỦ NGHĨA VIET NAM
Độc lập - Tự do - Hanh phúc
Số: . 828../QD-BHXH Hà Nội, ngày A6.. tháng .. năm 2018
QUYET ĐỊNH
Sửa đối, bỗ sung một số điều Quy trình thu bảo hiểm xã hội, bảo hiểm y té,
bao hiém that nghiệp, bảo hiểm tai nạn lao động, bệnh nghề nghiệp; quản lý

số bảo hiểm xã hội, thé bao hiểm MÃ tế ban hành kèm theo Quyết định số
595/QĐ BHXH ngày 14/4/2017 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam

TỎNG GIÁM ĐÓC BẢO HIỂM XÃ HỘI VIỆT NAM
"""


def test_amended_decision_in_the_title_is_not_the_own_number(doc_of):
    d = doc_of(TITLE_888)
    assert d["code"] is None  # its own number (". 828../QD-BHXH") is unreadable: none rather than the cited one
    assert d["issued_on"] != "2017-04-14"  # nor the cited decision's date


# --- cause: a report's numbered sections are its findings, no tasks (1702/BC-BKHCN) -----------------------------------------
REPORT_1702 = """BO KHOA HỌC VÀ CÔNG NGHỆ CONG HOA XA HOI CHỦ NGHĨA VIỆT NAM
— Độc lập - Tự do - Hạnh phúc

Số: 1702/BC-BKHCN Hà Nội, ngày 22 tháng 5 năm 2024

BAO CÁO
ĐÁNH GIÁ TÁC ĐỘNG CỦA CHÍNH SÁCH
ĐÈ NGHỊ XÂY DỰNG LUẬT KHOA HỌC VÀ CÔNG NGHỆ (SỬA ĐỎI)

Kính gửi: Chính phủ

1. XÁC ĐỊNH VAN DE BAT CẬP TONG QUAN
1. Bối cảnh xây dựng chính sách
1.1. Bối cảnh Luật Khoa học và Công nghệ 2013
…
2. Mục tiêu xây dựng chính sách
2.1. Mục tiêu tổng thé
…
3. Các giải pháp đề xuất để giải quyết vấn đề
"""


def test_a_report_hands_out_no_tasks(doc_of):
    d = doc_of(REPORT_1702)
    assert d["doc_type"] == "Báo cáo" and d["code"] == "1702/BC-BKHCN"
    assert d["tasks"] == []
