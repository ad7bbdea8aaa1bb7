"""A titled document's title ends at the body's first section mark when no preamble stands between them.

The lines are real (Ban Bí thư Trung ương Đoàn, Kế hoạch 225-KH/TWĐTN-CTTN, 2024, and plans of the development
texts); the preamble paragraph ("Thực hiện …, cụ thể như sau:") that usually ends the title is left out, as plans
that open straight on their first section print it. Before the change the title ran on over the blank line into
"I. MỤC ĐÍCH, YÊU CẦU" and its first items, and the body (with its tasks) started after them."""
import pytest

from pipeline.parse import parse_text

HEADER = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 225-KH/TWĐTN-CTTN\n"
          "Hà Nội, ngày 16 tháng 5 năm 2024\n\nKẾ HOẠCH\nTổ chức các\nhoạt động hè dành cho thiếu nhi năm 2024\n\n")
TITLE = "Tổ chức các hoạt động hè dành cho thiếu nhi năm 2024"
BODY = ("{first}\n\n1. Hưởng ứng Tháng hành động vì trẻ em năm 2024.\n\n"
        "II. NỘI DUNG HOẠT ĐỘNG\n\n1. Tỉnh đoàn, Thành đoàn chủ trì tổ chức các hoạt động vui chơi cho thiếu nhi.\n\n"
        "2. Hội đồng Đội các tỉnh, thành phố tổ chức sinh hoạt hè tại địa bàn dân cư.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu VP.\nTM. BAN BÍ THƯ\nBÍ THƯ\nNguyễn Phạm Duy Trang\n")


@pytest.mark.parametrize("first", ["I. MỤC ĐÍCH, YÊU CẦU", "I. Mục đích, yêu cầu", "1. MỤC ĐÍCH, YÊU CẦU",
                                   "Phần I. MỤC ĐÍCH, YÊU CẦU"])
def test_title_stops_at_the_first_section(first):
    doc = parse_text(HEADER + BODY.format(first=first))[0]
    assert doc["subject"] == TITLE
    assert [t["label"] for t in doc["tasks"]][-2:] in (["1", "2"], ["II.1", "II.2"])


def test_a_title_wrapped_over_a_blank_line_still_joins():
    # a capitals title broken by a blank line goes on (the rule this change must not break)
    text = HEADER.replace("Tổ chức các\nhoạt động hè dành cho thiếu nhi năm 2024", "TỔ CHỨC CÁC HOẠT ĐỘNG HÈ\n\nDÀNH CHO THIẾU NHI NĂM 2024")
    doc = parse_text(text + "Thực hiện chương trình công tác Đoàn năm 2024, Ban Bí thư ban hành Kế hoạch như sau:\n\n"
                     + BODY.format(first="I. MỤC ĐÍCH, YÊU CẦU"))[0]
    assert doc["subject"].upper() == "TỔ CHỨC CÁC HOẠT ĐỘNG HÈ DÀNH CHO THIẾU NHI NĂM 2024"


@pytest.mark.parametrize("second", [  # review of stop 14: a title running on over "Điều 1" / "Phần II" words
    "Điều 1 Quyết định số 45/QĐ-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh",
    "Phần II Quyết định số 45/QĐ-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh",
])
def test_a_title_running_on_over_a_part_word_is_not_cut(second):
    text = HEADER.replace("KẾ HOẠCH\nTổ chức các\nhoạt động hè dành cho thiếu nhi năm 2024",
                          "QUYẾT ĐỊNH\nVề việc sửa đổi, bổ sung khoản 2\n" + second)
    doc = parse_text(text + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nQUYẾT ĐỊNH:\n\n"
                     "Điều 1. Sửa đổi khoản 2 Điều 1.\n\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\n")[0]
    assert doc["subject"].endswith("của Ủy ban nhân dân tỉnh")


def test_a_part_heading_after_a_blank_line_ends_the_title():
    doc = parse_text(HEADER + BODY.format(first="PHẦN I. MỤC ĐÍCH, YÊU CẦU").replace("PHẦN I. MỤC ĐÍCH, YÊU CẦU", "Phần I\nMỤC ĐÍCH, YÊU CẦU"))[0]
    assert doc["subject"] == TITLE
