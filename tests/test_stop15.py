"""Stop 15: forms met while probing the parser with documents written in the genre's usual shapes, and in saved
development pages (gold/development/reading_*.tsv). Each test quotes the lines that failed before the change."""
from __future__ import annotations

from pipeline.parse import parse_text
from pipeline.parse.header import _sentence

HEADER = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 199/KH-UBND
Hưng Yên, ngày 01 tháng 6 năm 2026

KẾ HOẠCH

{title}

{body}

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn A
"""

BODY = ("Thực hiện Nghị quyết số 09-NQ/TU ngày 18/3/2026 của Ban Thường vụ Tỉnh ủy; Ủy ban nhân dân tỉnh ban hành kế "
        "hoạch thực hiện, như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Quán triệt đầy đủ nội dung Nghị quyết.")


def test_a_one_line_title_opening_like_a_body_paragraph_is_the_subject():
    # (199/KH-UBND Hưng Yên, 252/KH-BCĐQG1237: the subject was None — a line over 100 characters opening on
    # "Triển khai thực hiện" was taken for the body's first paragraph)
    title = ("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 09-NQ/TU NGÀY 18/3/2026 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ VIỆC TĂNG CƯỜNG, "
             "NÂNG CAO HIỆU QUẢ CÔNG TÁC PHÒNG, CHỐNG VÀ KIỂM SOÁT MA TÚY TRÊN ĐỊA BÀN TỈNH TRONG TÌNH HÌNH MỚI")
    doc = parse_text(HEADER.format(title=title, body=BODY))[0]
    assert doc["subject"] == ("Triển khai thực hiện Nghị quyết số 09-NQ/TU ngày 18/3/2026 của Ban Thường vụ Tỉnh ủy về "
                              "việc tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy trên địa bàn "
                              "tỉnh trong tình hình mới")
    title = ("Triển khai thực hiện Chỉ thị số 12/CT-TTg ngày 10/4/2025 của Thủ tướng Chính phủ về tăng cường công tác "
             "phòng cháy, chữa cháy")
    assert parse_text(HEADER.format(title=title, body=BODY))[0]["subject"] == title


def test_a_body_paragraph_under_the_type_name_is_still_no_subject():
    # a paragraph that ends its sentence is the body, even with no title above it
    para = ("Thực hiện Nghị quyết số 09-NQ/TU ngày 18/3/2026 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh đã triển "
            "khai nhiều giải pháp đồng bộ trong năm qua.")
    doc = parse_text(HEADER.format(title="", body=para + "\n\n" + BODY))[0]
    assert doc["subject"] is None or not doc["subject"].startswith("Thực hiện Nghị quyết")


def test_an_all_caps_title_keeps_its_proper_names_and_codes():
    assert _sentence("BÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT NGÀY 14 THÁNG 10 NĂM 2015 CỦA BỘ TRƯỞNG BỘ Y TẾ") == \
        "Bãi bỏ Thông tư số 31/2015/TT-BYT ngày 14 tháng 10 năm 2015 của bộ trưởng Bộ Y tế"
    assert _sentence("TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG MA TÚY TRÊN ĐỊA BÀN TỈNH ĐỒNG NAI") == \
        "Triển khai thực hiện chương trình phòng, chống ma túy trên địa bàn tỉnh Đồng Nai"
    assert _sentence("CHẤT VẤN TẠI PHIÊN HỌP THỨ 22 CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI") == \
        "Chất vấn tại phiên họp thứ 22 của Ủy ban Thường vụ Quốc hội"
    # a title not in capitals stays as written
    assert _sentence("Về việc tăng cường công tác y tế") == "Về việc tăng cường công tác y tế"


def test_units_below_a_department_are_agencies():
    from pipeline.parse.tasks import _cooperating, leading_agency
    # "Trạm Y tế" was no agency head: the coordinator was lost
    assert _cooperating("Trung tâm Kiểm soát bệnh tật tỉnh chủ trì, phối hợp với Trạm Y tế các xã, phường, đặc khu tổ "
                        "chức giám sát chặt chẽ tình hình dịch bệnh") == ["Trạm Y tế các xã, phường, đặc khu"]
    assert leading_agency("Đồn Biên phòng cửa khẩu Cầu Treo chủ trì tuần tra") == "Đồn Biên phòng cửa khẩu Cầu Treo"
    # … heads that open common noun phrases are not taken as agencies
    assert leading_agency("Đội ngũ cán bộ, công chức cần nâng cao trình độ") is None


def test_a_group_of_the_same_rank_keeps_its_name():
    # 245/TLĐ item 2 (OCR'd letter of the Tổng Liên đoàn, development reading ocr6)
    text = ("TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM\nSố: 245/TLĐ\nHà Nội, ngày 20 tháng 4 năm 2020\n"
            "V/v lùi thời điểm đóng kinh phí công đoàn\n\nKính gửi: Các Liên đoàn Lao động tỉnh, thành phố.\n\n"
            "Tổng Liên đoàn đề nghị như sau:\n\n"
            "1. Các doanh nghiệp được lùi thời điểm đóng kinh phí công đoàn đến hết tháng 6 năm 2020.\n\n"
            "2. Giao Ban Thường vụ các Liên đoàn Lao động tỉnh, thành phố; Công\n"
            "đoàn ngành Trung ương và tương đương; Công đoàn Tổng Công ty trực thuộc\n"
            "Tổng Liên đoàn xem xét, xác định và chịu trách nhiệm về việc quyết định cho\n"
            "doanh nghiệp được lùi thời điểm đóng kinh phí công đoàn.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ĐOÀN CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Lý\n")
    tasks = parse_text(text)[0]["tasks"]
    assert tasks[1]["lead"] == ["Ban Thường vụ các Liên đoàn Lao động tỉnh, thành phố",
                                "Công đoàn ngành Trung ương và tương đương",
                                "Công đoàn Tổng Công ty trực thuộc Tổng Liên đoàn"]


def test_a_due_date_in_an_annex_after_the_signature_is_a_deadline():
    # an attached plan's points after the signer (1627/QĐ-UBND, development reading leads6): the deadlines were read
    # only up to the signature
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 1627/QĐ-UBND\nĐồng Tháp, ngày 20 tháng 10 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Ban hành Kế hoạch tổng kiểm kê tài sản công\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch tổng "
            "kiểm kê tài sản công.\n\nĐiều 2. Quyết định này có hiệu lực từ ngày ký.\n\nNơi nhận:\n- Như Điều 2;\n"
            "- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Phong\n\nKẾ HOẠCH\n"
            "Tổng kiểm kê tài sản công\n\n1. Trách nhiệm của Ủy ban nhân dân cấp xã\n\n- Tổng\n"
            "hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính. Thời gian hoàn\n"
            "thành: Trước ngày 31/5/2026.\n\n-\nThành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã.\n\nThời\n"
            "gian hoàn thành: Trước ngày 15/11/2025.\n")
    deadlines = parse_text(text)[0]["deadlines"]
    assert [(d["date"], d["what"]) for d in deadlines] == [
        ("2026-05-31", "Tổng hợp kết quả kiểm kê, báo cáo kết quả kiểm kê gửi Bộ Tài chính"),
        ("2025-11-15", "Thành lập Ban Chỉ đạo tổng kiểm kê tài sản cấp xã"),
    ]


def test_a_due_date_label_closing_a_sentence_names_that_sentence_as_what_is_due():
    from pipeline.parse.refs import find_deadlines
    # 230/CĐ-TTg (development reading leads5)
    text = ("UBND thành phố Đà Nẵng khẩn trương hoàn thành việc rà soát, xác định rõ các dự án có tình huống pháp lý "
            "tương tự Đề án 153 trên Hệ thống 751. **Thời hạn hoàn thành: trước ngày 30/11/2025.**")
    (d,) = find_deadlines(text, "2025-11-20")
    assert d["date"] == "2025-11-30" and d["what"].startswith("UBND thành phố Đà Nẵng khẩn trương hoàn thành")


def test_a_layout_table_cell_wrapped_over_lines_is_one_cell():
    # 980/KH-UBND Nghệ An (development reading leads20), header, signature and the annex table's first rows as crawled:
    # each cell's lines between lines holding "|" alone. A cell's wrapped line opening on a digit or a capital
    # ("Trước ngày" / "30/11/2025"; "… thay thế" / "Thông tư số 92/2009/TT- BTC …") was a cell of its own, and the
    # columns after it shifted (II.3's lead was a citation)
    from pathlib import Path

    from pipeline.batch import process_file

    doc = process_file(str(Path(__file__).parent / "data" / "layout_table_980_KH-UBND.md"))["documents"][0]
    rows = [(t["label"], t["lead"], t["timeline"]) for t in doc["tasks"]]
    assert rows[0] == ("I.1", ["Bộ CHQS tỉnh", "UBND cấp xã"], "Trước ngày 30/11/2025")
    assert rows[3] == ("II.3", ["Sở Tài chính"], "2025")


def test_a_layout_cell_keeps_a_line_per_agency_and_per_sentence():
    from pipeline.cleanup import _cell_lines

    # (2820/QĐ-UBND IV.4, dev: two agencies with no comma between, and two actions in one cell)
    assert _cell_lines(["Sở Tài chính", "Các sở, ngành, UBND xã, phường, đặc khu"]) == \
        ["Sở Tài chính", "Các sở, ngành, UBND xã, phường, đặc khu"]
    assert _cell_lines(["Bố trí nhân lực đảm bảo đủ", "năng lực để thực hiện nhiệm vụ.", "Bố trí nhân lực đảm bảo đủ",
                        "năng lực để quản lý."]) == \
        ["Bố trí nhân lực đảm bảo đủ năng lực để thực hiện nhiệm vụ.", "Bố trí nhân lực đảm bảo đủ năng lực để quản lý."]
    assert _cell_lines(["Sở Nông nghiệp và", "Môi trường"]) == ["Sở Nông nghiệp và Môi trường"]


def test_a_comma_in_brackets_parts_no_clause_of_what_is_due():
    from pipeline.parse.refs import find_deadlines

    (d,) = find_deadlines("3. Báo cáo tình hình khám bệnh, chữa bệnh dịp nghỉ lễ về Bộ Y tế (Cục Quản lý Khám, chữa "
                          "bệnh) trước ngày 05/5/2025.", "2025-04-10")
    assert d["what"].endswith("về Bộ Y tế (Cục Quản lý Khám, chữa bệnh)")  # it was "chữa bệnh)"


def test_ocr_specks_after_the_type_name_leave_the_type_line_and_its_title():
    # 05/2019/NQ-HĐTP (OCR'd, development reading leads11): "NGHỊ QUYẾT - -" was no type line, and the type line taken
    # for a lost one's title gave the subject "Nghị quyết - -"
    text = ("HOI DONG THÂM PHÁN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTOA ÁN NHÂN DAN TOI CAO Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 05/2019/NQ-HĐTP Hà Nội, ngày 15 tháng 8 năm 2019\n\nNGHỊ QUYẾT - -\n"
            "Hướng dẫn áp dụng Điều 214 về tội gian lận bảo hiểm xã hội, bảo hiểm\nthất nghiệp của Bộ luật Hình sự\n\n"
            "HỘI DONG THÁM PHAN TOA ÁN NHÂN DAN TOI CAO\n\nCăn cứ Luật tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014;\n")
    doc = parse_text(text)[0]
    assert doc["doc_type"] == "Nghị quyết"
    assert doc["subject"] == ("Hướng dẫn áp dụng Điều 214 về tội gian lận bảo hiểm xã hội, bảo hiểm thất nghiệp của Bộ "
                              "luật Hình sự")


def test_a_party_title_naming_two_issuers_over_its_subject():
    # 212-KL/TW (development reading leads20): "KẾT LUẬN" / "CỦA BỘ CHÍNH TRỊ," / "BAN BÍ THƯ" / "VỀ …" — the issuers'
    # lines go, the subject follows "về" (as "CHỈ THỊ / CỦA BAN BÍ THƯ / VỀ …")
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\nSố 212-KL/TW\n"
            "Hà Nội, ngày 18 tháng 11 năm 2025\n\n**KẾT LUẬN **\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ ĐỊNH HƯỚNG XÂY\n"
            "DỰNG TIÊU CHUẨN CỦA ĐƠN VỊ HÀNH CHÍNH\n-----\nTại phiên họp ngày 14/11/2025, xem xét Tờ trình của Đảng uỷ "
            "Chính phủ, Bộ Chính trị, Ban Bí thư kết luận như sau:\n")
    assert parse_text(text)[0]["subject"] == "Định hướng xây dựng tiêu chuẩn của đơn vị hành chính"


def test_a_title_on_the_type_names_own_line():
    # web text with the title on the type's line (probeH p62; 70/KH-UBND Cần Thơ, development reading leads10)
    text = HEADER.format(title="", body=BODY).replace(
        "KẾ HOẠCH\n", "KẾ HOẠCH Tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2023\n")
    doc = parse_text(text)[0]
    assert doc["doc_type"] == "Kế hoạch"
    assert doc["subject"] == "Tổ chức Hội nghị tổng kết công tác cải cách hành chính năm 2023"
    # the enacting word with its colon stays no type line with a title
    assert parse_text(text.replace("I. MỤC ĐÍCH", "QUYẾT ĐỊNH:\n\nI. MỤC ĐÍCH"))[0]["subject"] == doc["subject"]
