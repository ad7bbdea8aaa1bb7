"""Header fields on OCR'd headers: real lines of the sample scans as cleanup gives them."""
import pytest

from pipeline.parse import header
from pipeline.parse.lines import split_lines


def subject(text: str) -> str | None:
    f = header.parse_header(text, split_lines(text)).fields.get("subject")
    return f.value if f else None


def test_vv_subject_goes_on_after_a_word_that_cannot_end_it():
    # office scan: "hướng dẫn" misread, the second line starts with a capital ("Bộ Y tế")
    text = ("ỦY BAN NHÂN DÂN\nTĨNH BÌNH DƯƠNG\nSố: 1471/UBND-VX\nV v triển khai thực hiện hi ung đầu của\n"
            "Bộ Y tế (1481/BYT- :MÌk:.\nKính gửi: - Sở Y tế;\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    assert subject(text) == "triển khai thực hiện hi ung đầu của Bộ Y tế (1481/BYT- :MÌk:"


def test_vv_subject_stops_before_the_recipients():
    text = "BỘ Y TẾ\nSố: 1481/BYT-BMTE\nV/v hướng dẫn nhiệm vụ trọng tâm công tác trẻ em năm 2025 của\nKính gửi: Sở Y tế"
    assert subject(text) == "hướng dẫn nhiệm vụ trọng tâm công tác trẻ em năm 2025 của"


def test_title_of_whose_words_and_where_is_the_subject_when_no_ve_follows():
    # 07-KL/VPTW (a Party office's conclusion): no "về" after the "của" line, so the lines are the title
    text = ("BAN CHẤP HÀNH\nTRUNG ƯƠNG\n**VĂN PHÒNG**\n|\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\nSố 07-KL/VPTW\n"
            "*Hà Nội, ngày 01 tháng 12 năm 2025*\n\n**KẾT LUẬN**\n\nCỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n\n"
            "TẠI HỘI NGHỊ TOÀN QUỐC CÔNG TÁC VĂN PHÒNG TỈNH\nUỶ, THÀNH UỶ NĂM 2025\n\nNgày 28/11/2025, tại Hà Nội, …\n")
    assert subject(text).lower().startswith("của đồng chí chánh văn phòng trung ương đảng tại hội nghị toàn quốc")
    # seed 004: the issuer's "của" line goes, the subject follows "về"
    text = ("Số 28-CT/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHà Nội, ngày 25 tháng 12 năm 2023\n\n\tCHỈ THỊ\n"
            "CỦA BỘ CHÍNH TRỊ\n\nvề tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em\n\nTrẻ em là …\n")
    assert subject(text) == "tăng cường công tác chăm sóc, giáo dục và bảo vệ trẻ em"


def test_party_central_office_named_in_full_from_its_symbol():
    # 07-KL/VPTW: the header says only "VĂN PHÒNG" under the Central Committee; the symbol's "VPTW" names it
    text = ("BAN CHẤP HÀNH\nTRUNG ƯƠNG\n**VĂN PHÒNG**\n*\n|\n**ĐẢNG CỘNG SẢN\nVIỆT NAM**\n---------------\n|\n"
            "Số 07-KL/VPTW\n|\n*Hà Nội, ngày 01 tháng 12 năm 2025*\n\n**KẾT LUẬN**\n")
    f = header.parse_header(text, split_lines(text)).fields
    assert f["issuer"].value == "Văn phòng Trung ương Đảng"
    assert f["issuer_parent"].value == "Ban Chấp hành Trung ương"


def test_damaged_title_taken_from_its_restatement_in_the_body():
    # photocopy: a receipt stamp over the title's first words, the next lines joined into it
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 65/KH-UBND\nQuảng Ngãi, ngày 31 tháng 3 năm 2025\nẾ HOẠCH\n"
            "ông tác trẻ em trên địa bàn tỉnh năm 2025 tục E“Hieh Cộng Nš*b$Õ 1481/BYT-BMTE ngày 14/3/2025 của Bộ Y tế về việc\n"
            "Y tế tại Công văn số 530/SYT-CSXH ngày 19/3/2025, UBND tỉnh ban hành Kế hoạch triển khai thực hiện "
            "công tác trẻ em trên địa bàn tỉnh năm 2025 cụ thể Sau:\nI. MỤC ĐÍCH, YÊU CẦU")
    assert subject(text) == "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025"


def test_title_read_short_taken_from_its_restatement_in_the_body():
    # photocopy: the stamp over the title's first words took them away whole; what is left reads clean
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 65/KH-UBND\nố: 2 35\nHiến khai\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Quảng Ngãi, ngày 31 tháng 3 năm 2025\nẾ HOẠCH\ntác trẻ em trên địa bàn tỉnh năm 2025 công\nNgày:\n"
            "19/4/2021 của Chủ tịch UBND tỉnh về việc ban hành Kế hoạch triển khai chương trình hành động vì trẻ em "
            "tỉnh Quảng Ngãi giai đoạn 2021-2030; theo đề nghị của Sở\n"
            "Y tế tại Công văn số 530/SYT-CSXH ngày 19/3/2025, UBND tỉnh ban hành Kế hoạch triển khai thực hiện "
            "công tác trẻ em trên địa bàn tỉnh năm 2025 cụ thể sau:\nI. MỤC ĐÍCH, YÊU CẦU")
    assert subject(text) == "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025"


def test_a_clean_title_is_not_replaced_by_its_restatement():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 65/KH-UBND\nQuảng Ngãi, ngày 31 tháng 3 năm 2025\nKẾ HOẠCH\n"
            "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025\n"
            "UBND tỉnh ban hành Kế hoạch triển khai thực hiện công tác trẻ em cụ thể sau:\nI. MỤC ĐÍCH, YÊU CẦU")
    assert subject(text) == "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025"


@pytest.mark.parametrize("s,bad", [
    ("ông tác trẻ em trên địa bàn tỉnh năm 2025 tục E“Hieh Cộng Nš*b$Õ 1481/BYT-BMTE", True),
    ("giải quyết các chế đˆ - những trường hợp từ hoặc -", True),
    ("Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025", False),
    ("tăng cường phòng, chống dịch COVID-19", False),
    ("xác nhận đối tượng người có công bị nhiễm chất độc hóa học/dioxin", False),
])
def test_damaged(s, bad):
    assert header.damaged(s) is bad


def test_vv_subject_stops_at_the_motto_garbled_behind_ocr_specks():
    # phone photo: the right column's motto read after the left column, opening with stray quote marks
    text = ("BỘ Y TẾ\nSố: 1481/BYT-BMTE\nV/v hướng dẫn nhiệm vụ trọng tâm công\ntác trẻ em năm 2025\n"
            "““ÔnNC BOA XÃ HỘI CH!) NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
    assert subject(text) == "hướng dẫn nhiệm vụ trọng tâm công tác trẻ em năm 2025"


def test_title_stops_at_the_issuers_name_restated_under_a_stamp():
    # photocopy of a resolution: the stamp took the enacting line's first letters ("ỦY BAN T"); the line
    # that is the issuer's name again is not the title's last line
    text = ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\nSố: 494/NQ-UBTVQH13\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 18 tháng 05 năm 2012\nGHI QUYẾT\n"
            "ĐẾN KẾT ỐÉÁ GIÁM SÁT VIỆC THỰC HIỆN CHÍNH SÁCH,\nPHÁP LOA#9Ê?NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG\n"
            "\"HƯỜNG VỤ QUỐC HỘI\nCăn cứ Luật hoạt động giám sát của Quốc hội;\n")
    assert subject(text) == ("Đến kết ốéá giám sát việc thực hiện chính sách, "
                             "pháp loa#9ê?người có công với cách mạng")


def test_title_goes_on_with_the_issuers_name_after_a_joining_word():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 12/QĐ-UBND\nQuảng Ngãi, ngày 3 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
            "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA\nỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert subject(text) == "Ban hành quy chế làm việc của Ủy ban nhân dân tỉnh Quảng Ngãi"


@pytest.mark.parametrize("text, code", [
    # 2010/QĐ-BYT and 1666/QĐ-BHXH as a web crawl stores them: the label alone, the number on the next line
    ("BỘ Y TẾ -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\nSố:\n"
     "2010/QĐ-BYT Hà Nội, ngày 19 tháng 6 năm 2025 QUYẾT ĐỊNH BAN HÀNH TẠM THỜI MỘT SỐ DANH MỤC MÃ DÙNG CHUNG\n",
     ("2010", "QĐ-BYT")),
    ("BẢO HIỂM XÃ HỘI VIỆT NAM ---------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
     "Số:\n1666/QĐ-BHXH\nHà Nội, ngày 03 tháng 12 năm 2020 QUYẾT ĐỊNH BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ\n", ("1666", "QĐ-BHXH")),
])
def test_number_on_the_line_after_its_label(text, code):
    f = header.parse_header(text, split_lines(text)).fields["code"]
    assert f.value[:2] == code
    assert text[f.start : f.end] == "/".join(code)
