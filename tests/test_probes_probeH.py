"""Stop 15, probeH: header fields of documents written in the genre's usual shapes (Decree 30/2020 layouts; Party,
Youth Union, Women's Union, army, district offices; place-date and signature forms). Each test quotes the probe's
lines that the parser read wrongly before the change (probes in gold/development/probes.tsv)."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.textnorm import fold

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
PARTY = "*\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n"


def _doc(header: str, rest: str) -> dict:
    return parse_text(header + rest)[0]


def test_party_slashed_authorities_are_kt_and_tl():
    # (45-HD/BTGTU Thanh Hóa: "K/T TRƯỞNG BAN" gave authority None; 07-KL/VPTW of the dev set the same)
    doc = _doc("TỈNH ỦY THANH HÓA\nBAN TUYÊN GIÁO\n" + PARTY,
               "Số 45-HD/BTGTU\nThanh Hóa, ngày 02 tháng 3 năm 2021\n\nHƯỚNG DẪN\ntuyên truyền cuộc bầu cử\n\n"
               "Ban Tuyên giáo Tỉnh ủy hướng dẫn như sau:\n\n1. Mục đích.\n\nNơi nhận:\n- Thường trực Tỉnh ủy (để b/c);\n"
               "- Lưu: VT.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nNguyễn Ngọc Tiến\n")
    assert doc["signer"] == {"authority": "KT.", "title": "Phó Trưởng ban", "name": "Nguyễn Ngọc Tiến"}
    # (215-TB/HU Nam Đàn: "T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG"; the Party committee above the district's: its parent)
    doc = _doc("ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\n" + PARTY,
               "Số 215-TB/HU\nNam Đàn, ngày 11 tháng 4 năm 2022\n\nTHÔNG BÁO\nkết luận của Thường trực Huyện ủy\n\n"
               "Thường trực Huyện ủy kết luận như sau:\n\n1. Đảng ủy xã tập trung lãnh đạo.\n\nNơi nhận:\n"
               "- Thường trực Huyện ủy,\n- Lưu VPHU.\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nNguyễn Hữu Thành\n")
    assert doc["signer"]["authority"] == "TL." and doc["signer"]["title"] == "Chánh Văn phòng"
    assert doc["issuer"] == "Huyện ủy Nam Đàn" and doc["issuer_parent"] == "Đảng bộ tỉnh Nghệ An"


def test_youth_union_header_code_issuer_and_subject():
    # (152-CV/TĐTN-VP Phú Thọ: code cut to "152-CV/TĐTN", issuer "Đoàn tncs hồ chí minh" from the Union's name where
    # the motto stands, subject cut before "93 năm …")
    doc = _doc("BCH ĐOÀN TỈNH PHÚ THỌ\n***\nĐOÀN TNCS HỒ CHÍ MINH\n---------------\n",
               "Số: 152-CV/TĐTN-VP\nV/v tổ chức các hoạt động chào mừng kỷ niệm\n93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh\n"
               "Phú Thọ, ngày 05 tháng 3 năm 2024\n\nKính gửi: Các huyện, thành, thị đoàn và Đoàn trực thuộc.\n\n"
               "Ban Thường vụ Tỉnh đoàn đề nghị các đơn vị tổ chức tuyên truyền.\n\nNơi nhận:\n- Như trên;\n- Lưu: VP.\n"
               "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN\nPHÓ BÍ THƯ\n\nNguyễn Thị Thu Hà\n")
    assert doc["code"] == "152-CV/TĐTN-VP"
    assert fold(doc["issuer"]) == fold("Ban Chấp hành Đoàn tỉnh Phú Thọ")
    assert doc["subject"] == "tổ chức các hoạt động chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh"


def test_womens_union_abbreviation_expanded():
    # (125/HPN-TG Đắk Lắk: "Hội lhpn Việt Nam")
    doc = _doc("HỘI LHPN VIỆT NAM\nBAN CHẤP HÀNH HỘI LHPN TỈNH ĐẮK LẮK\n---------\n" + MOTTO,
               "Số: 125/HPN-TG\nV/v tuyên truyền phòng, chống bạo lực gia đình\nĐắk Lắk, ngày 18 tháng 10 năm 2017\n\n"
               "Kính gửi: Hội LHPN các huyện, thị xã, thành phố.\n\nBan Thường vụ đề nghị triển khai tuyên truyền.\n\n"
               "Nơi nhận:\n- Như trên;\n- Lưu: VT, TG.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nNguyễn Thị Hà\n")
    assert fold(doc["issuer"]) == fold("Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk")
    assert fold(doc["issuer_parent"]) == fold("Hội Liên hiệp Phụ nữ Việt Nam")


def test_plus_sub_entries_join_the_entry_that_opens_them():
    # (112/KH-UBND Vĩnh Phúc: "- Các sở, ngành:" / "+ Nông nghiệp và PTNT;" … gave three entries of their own)
    nn = ("Nơi nhận:\n- Bộ Nông nghiệp và PTNT (b/c);\n- Các sở, ngành:\n+ Nông nghiệp và PTNT;\n+ Tài chính;\n"
          "+ Kế hoạch và Đầu tư;\n- UBND các huyện, thành phố;\n- Lưu: VT, NN3.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
          "Nguyễn Văn Khước\n")
    head = "ỦY BAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n-------\n" + MOTTO
    body = ("Số: 112/KH-UBND\nVĩnh Phúc, ngày 26 tháng 5 năm 2020\n\nKẾ HOẠCH\nThực hiện Chương trình nông thôn mới năm "
            "2020\n\nI. MỤC TIÊU\nPhấn đấu có thêm 8 xã đạt chuẩn.\n\n")
    assert _doc(head, body + nn)["distribution"] == [
        "Bộ Nông nghiệp và PTNT (b/c)", "Các sở, ngành: Nông nghiệp và PTNT; Tài chính; Kế hoạch và Đầu tư",
        "UBND các huyện, thành phố", "Lưu: VT, NN3"]
    # a dash OCR read as "+" under a closed entry, and the filing note, stay entries of their own (saved OCR'd letters:
    # "- Như trên;" / "+ Phó TCTr …", "- Vụ TTKTT; CS: DNL; KK&KKT:" / "+ Lưu: VT, PC(2b)")
    nn = ("Nơi nhận:\n- Như trên;\n+ Phó TCTr Phi Vân Tuấn (để báo cáo);\n- Vụ TTKTT; CS: DNL; KK&KKT:\n"
          "+ Lưu: VT, PC(2b).\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Khước\n")
    assert _doc(head, body + nn)["distribution"] == [
        "Như trên", "Phó TCTr Phi Vân Tuấn (để báo cáo)", "Vụ TTKTT; CS: DNL; KK&KKT", "Lưu: VT, PC(2b)"]


def test_place_date_in_figures_and_month_in_words():
    head = "SỞ Y TẾ THÀNH PHỐ HÀ NỘI\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n-------\n" + MOTTO
    rest = ("Số: 412/TTKSBT-PCBTN\nV/v giám sát bệnh sởi\n{pd}\n\nKính gửi: Trung tâm Y tế các quận, huyện, thị xã.\n\n"
            "Trung tâm đề nghị các đơn vị tăng cường giám sát bệnh sởi.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n\n"
            "Khổng Minh Tuấn\n")
    doc = _doc(head, rest.format(pd="Hà Nội, ngày 5/3/2025"))
    assert (doc["place"], doc["issued_on"]) == ("Hà Nội", "2025-03-05")
    doc = _doc(head, rest.format(pd="Hà Nội, ngày 03 tháng Tám năm 2023"))
    assert (doc["place"], doc["issued_on"]) == ("Hà Nội", "2023-08-03")
    # a sentence after a recipient's full stop is no place-date line ("… Việt Nam." / "Ngày 22/4/2024, …")
    text = ("BỘ TÀI CHÍNH\n" + MOTTO + "Số: 5949/BTC-CST\nV/v lấy ý kiến về dự án Luật\n\nKính gửi:\n"
            "- Liên đoàn Thương mại và Công nghiệp Việt Nam.\n\nNgày 22/4/2024, Tổng thư ký Quốc hội đã có Thông báo.\n")
    doc = parse_text(text)[0]
    assert doc["place"] != "Việt Nam" and doc["issued_on"] is None


def test_a_district_office_is_not_the_ministry_of_its_field():
    # (1123/TNMT Bình Chánh: "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG" gave "Bộ Tài nguyên và Môi trường")
    doc = _doc("UBND HUYỆN BÌNH CHÁNH\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\n-------\n" + MOTTO,
               "Số: 1123/TNMT\nV/v rà soát hiện trạng sử dụng đất nông nghiệp\nBình Chánh, ngày 17 tháng 4 năm 2017\n\n"
               "Kính gửi: Ủy ban nhân dân các xã, thị trấn.\n\nPhòng đề nghị rà soát.\n\nNơi nhận:\n- Như trên;\n"
               "- Lưu: VT.\nTRƯỞNG PHÒNG\n\nTrần Quốc Thắng\n")
    assert doc["issuer"] == "Phòng Tài nguyên và Môi trường"
    assert doc["issuer_parent"] == "Ủy ban nhân dân huyện Bình Chánh"


def test_a_unit_number_in_the_header_and_the_commanders_line():
    # (845/QĐ-BTL: "BỘ TƯ LỆNH QUÂN KHU 4" skipped for its figure, issuer "Bộ Quốc phòng", and "TƯ LỆNH QUÂN KHU" joined
    # to the subject)
    doc = _doc("BỘ QUỐC PHÒNG\nBỘ TƯ LỆNH QUÂN KHU 4\n-------\n" + MOTTO,
               "Số: 845/QĐ-BTL\nNghệ An, ngày 19 tháng 5 năm 2021\n\nQUYẾT ĐỊNH\nVề việc thành lập Đoàn kiểm tra công tác "
               "sẵn sàng chiến đấu năm 2021\n\nTƯ LỆNH QUÂN KHU\n\nCăn cứ Quyết định số 1234/QĐ-BQP ngày 05/4/2021 của Bộ "
               "trưởng Bộ Quốc phòng;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Đoàn kiểm tra.\n\nNơi nhận:\n- Như Điều 2;\n"
               "- Lưu: VT, TM.\nTƯ LỆNH\n\nThiếu tướng Nguyễn Doãn Anh\n")
    assert fold(doc["issuer"]) == fold("Bộ Tư lệnh Quân khu 4") and doc["issuer_parent"] == "Bộ Quốc phòng"
    assert doc["subject"] == "thành lập Đoàn kiểm tra công tác sẵn sàng chiến đấu năm 2021"
    assert doc["signer"] == {"authority": None, "title": "Tư lệnh", "name": "Nguyễn Doãn Anh"}


def test_signer_titles_of_schools_party_and_provincial_tax():
    def signer(sig: str) -> dict:
        return _doc("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\n-------\n" + MOTTO,
                    "Số: 1234/ĐHKTQD-ĐT\nV/v tổ chức đăng ký học phần\nHà Nội, ngày 26 tháng 12 năm 2024\n\n"
                    "Kính gửi: Các Khoa, Viện.\n\nNhà trường thông báo kế hoạch.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                    + sig)["signer"]
    assert signer("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nBùi Đức Thọ\n")["title"] == "Phó Hiệu trưởng"
    assert signer("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n\nLê Thị Thu Hồng\n")["title"] == "Phó Bí thư Thường trực"
    assert signer("KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\n\nLê Văn Hùng\n")["title"] == "Phó Trưởng Thuế tỉnh"


def test_party_invitation_number():
    # (25-GM/ĐU: a Party invitation's number was not read)
    doc = _doc("ĐẢNG BỘ TỈNH LÂM ĐỒNG\nĐẢNG ỦY XÃ ĐẠ HUOAI\n" + PARTY,
               "Số 25-GM/ĐU\nĐạ Huoai, ngày 14 tháng 11 năm 2025\n\nGIẤY MỜI\nDự Hội nghị Ban Chấp hành Đảng bộ xã lần "
               "thứ 5\n\nBan Thường vụ Đảng ủy xã trân trọng kính mời.\n\nNơi nhận:\n- Như thành phần mời,\n"
               "- Lưu Văn phòng Đảng ủy.\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG\n\nNguyễn Thị Lan\n")
    assert doc["code"] == "25-GM/ĐU" and doc["doc_type"] == "Giấy mời"
    assert doc["issuer_parent"] == "Đảng bộ tỉnh Lâm Đồng"


def test_a_district_named_by_its_number_is_a_place():
    # (178/KH-UBND Quận 3: "Quận 3, ngày 14 tháng 3 năm 2019" gave neither place nor date)
    doc = _doc("ỦY BAN NHÂN DÂN\nQUẬN 3\n-------\n" + MOTTO,
               "Số: 178/KH-UBND\nQuận 3, ngày 14 tháng 3 năm 2019\n\nKẾ HOẠCH\nTổ chức Ngày hội Văn hóa các dân tộc\n\n"
               "I. MỤC ĐÍCH, YÊU CẦU\n1. Tôn vinh bản sắc văn hóa.\n\nNơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
               "Nguyễn Thanh Xuân\n")
    assert (doc["place"], doc["issued_on"]) == ("Quận 3", "2019-03-14")


def test_a_receiving_office_in_capitals_is_written_in_full():
    from pipeline.types import Receipt

    # (seed 001's stamps "UBND THÀNH PHỐ THUẬN AN", "TRUNG TÂM Y TẾ TP. THUẬN AN": the gold writes them in full)
    text = ("BỘ Y TẾ\n-------\n" + MOTTO + "Số: 1520/BYT-KCB\nV/v phòng, chống sốt xuất huyết\nHà Nội, ngày 18 tháng 3 năm "
            "2024\n\nKính gửi: Sở Y tế các tỉnh.\n\nBộ Y tế đề nghị chỉ đạo.\n")
    docs = parse_text(text, receipts=[Receipt(office="UBND THÀNH PHỐ THUẬN AN", arrival_number="4599",
                                              arrival_date="2025-03-19"),
                                      Receipt(office="TRUNG TÂM Y TẾ TP. THUẬN AN")])
    assert [r["office"] for r in docs[0]["receipts"]] == ["Ủy ban nhân dân thành phố Thuận An",
                                                          "Trung tâm Y tế thành phố Thuận An"]


def test_a_copy_sent_with_the_letter_keeps_its_header():
    # (845/UBND-YT Thọ Xuân forwarding 1210/SYT-NVY "(sao gửi kèm theo)": the copy was not marked, and its issuer came
    # from the symbol without its parent — the split began below the motto's column)
    letter = ("ỦY BAN NHÂN DÂN\nHUYỆN THỌ XUÂN\n-------\n" + MOTTO + "Số: 845/UBND-YT\nV/v triển khai thực hiện Công văn "
              "số 1210/SYT-NVY\nThọ Xuân, ngày 25 tháng 4 năm 2024\n\nKính gửi: Trung tâm Y tế huyện.\n\nThực hiện Công "
              "văn số 1210/SYT-NVY ngày 19/4/2024 của Sở Y tế tỉnh Thanh Hóa (sao gửi kèm theo), Chủ tịch UBND huyện yêu "
              "cầu các đơn vị triển khai thực hiện.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
              "Lê Văn Tuấn\n\n")
    copy = ("UBND TỈNH THANH HÓA\nSỞ Y TẾ\n-------\n" + MOTTO + "Số: 1210/SYT-NVY\nV/v phòng, chống dịch bệnh mùa hè\n"
            "Thanh Hóa, ngày 19 tháng 4 năm 2024\n\nKính gửi: Ủy ban nhân dân các huyện.\n\nSở Y tế đề nghị chỉ đạo.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT, NVY.\nGIÁM ĐỐC\n\nTrịnh Hữu Hùng\n")
    docs = parse_text(letter + copy)
    assert [(d["code"], d["attached_copy_of"]) for d in docs] == [("845/UBND-YT", None), ("1210/SYT-NVY", "1210/SYT-NVY")]
    assert (docs[1]["issuer"], docs[1]["issuer_parent"]) == ("Sở Y tế", "Ủy ban nhân dân tỉnh Thanh Hóa")


def test_a_steering_committee_named_by_its_number():
    # (35/KH-BCĐ389 Hải Dương: "BAN CHỈ ĐẠO 389 TỈNH" skipped for its figures, the issuer taken from the line above)
    doc = _doc("UBND TỈNH HẢI DƯƠNG\nBAN CHỈ ĐẠO 389 TỈNH\n-------\n" + MOTTO,
               "Số: 35/KH-BCĐ389\nHải Dương, ngày 22 tháng 12 năm 2023\n\nKẾ HOẠCH\nCao điểm đấu tranh chống buôn lậu\n\n"
               "I. MỤC ĐÍCH, YÊU CẦU\n1. Chủ động nắm tình hình.\n\nNơi nhận:\n- Lưu: VT.\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n"
               "Nguyễn Minh Hùng\n")
    assert fold(doc["issuer"]) == fold("Ban Chỉ đạo 389 tỉnh")
    assert doc["issuer_parent"] == "Ủy ban nhân dân tỉnh Hải Dương"


def test_titles_of_the_assembly_and_the_state_audit():
    # (48/2024/QH15: "CHỦ TỊCH QUỐC HỘI" gave no title; 312/KV IV-TH: "PHÓ KIỂM TOÁN TRƯỞNG" none, "khu vực iv")
    doc = _doc("QUỐC HỘI\n-------\n" + MOTTO,
               "Luật số: 48/2024/QH15\nHà Nội, ngày 26 tháng 11 năm 2024\n\nLUẬT\nTHUẾ GIÁ TRỊ GIA TĂNG\n\nCăn cứ Hiến pháp "
               "nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nĐiều 1. Phạm vi điều chỉnh\nLuật này quy định về thuế.\n\n"
               "CHỦ TỊCH QUỐC HỘI\n\nTrần Thanh Mẫn\n")
    assert doc["signer"] == {"authority": None, "title": "Chủ tịch Quốc hội", "name": "Trần Thanh Mẫn"}
    doc = _doc("KIỂM TOÁN NHÀ NƯỚC\nKIỂM TOÁN NHÀ NƯỚC KHU VỰC IV\n-------\n" + MOTTO,
               "Số: 312/KVIV-TH\nV/v cung cấp hồ sơ, tài liệu phục vụ kiểm toán\nĐắk Lắk, ngày 12 tháng 3 năm 2024\n\n"
               "Kính gửi: Ủy ban nhân dân tỉnh Đắk Lắk.\n\nĐề nghị cung cấp hồ sơ.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, TH.\n"
               "KT. KIỂM TOÁN TRƯỞNG\nPHÓ KIỂM TOÁN TRƯỞNG\n\nLê Văn Hải\n")
    assert doc["issuer"] == "Kiểm toán nhà nước khu vực IV" and doc["issuer_parent"] == "Kiểm toán nhà nước"
    assert doc["signer"]["title"] == "Phó Kiểm toán trưởng"
