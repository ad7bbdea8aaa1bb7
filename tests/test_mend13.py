"""Findings of the review of 4d70f78..c4faeef (issue 4, /tmp/s13/review_findings.md): one test a finding, on the
reviewer's input, with the cases the fix must leave alone."""
import pytest

from pipeline.parse import parse_text, tasks
from pipeline.parse.lines import split_lines


# Finding 7: a line of '*' only inside an item (markdown bold markers of an OCR'd heading split from their text,
# blank lines removed) left nothing to read the heading's last word from, and parse_text raised IndexError.
STAR_LINE = """1. Thực hiện hiệu quả công tác kiểm tra, giám sát
**
Các sở, ban, ngành chuyển mạnh từ tiền kiểm sang hậu kiểm trong hoạt động quản lý nhà nước."""


def test_a_line_of_stars_in_an_item_does_not_crash():
    lines = split_lines(STAR_LINE)
    assert tasks._subject_below_topic(lines) is None  # the heading's line does not run on to the subject's
    tasks.heading_lead(lines)
    # the heading over its subject's paragraph still gives the subject without the stars line
    assert tasks.heading_lead(split_lines(STAR_LINE.replace("**\n", ""))) == ["Các sở, ban, ngành"]


# Finding 3: the sentence introducing a list gave addressees ending on "và"/"và các" (the next addressee's "tổ chức"
# read as the verb) or taking "như sau" / "một số nội dung sau" into the name.
CT_INTRO = """CHỈ THỊ
Về tăng cường công tác phòng, chống tham nhũng năm 2026
Để thực hiện tốt công tác phòng, chống tham nhũng năm 2026, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và các tổ chức chính trị - xã hội tỉnh thực hiện tốt các nhiệm vụ sau:
1. Tăng cường công tác tuyên truyền, phổ biến pháp luật về phòng, chống tham nhũng.
2. Rà soát, hoàn thiện các quy định nội bộ, công khai minh bạch trong hoạt động."""


@pytest.mark.parametrize("sentence, lead", [
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành và tổ chức chính trị - xã hội tỉnh thực hiện các nội dung sau:",
     ["các sở, ngành và tổ chức chính trị - xã hội tỉnh"]),
    ("Để thực hiện tốt công tác phòng, chống tham nhũng năm 2026, Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, địa"
     " phương như sau:", ["các sở, ban, ngành, địa phương"]),
    ("Sở Y tế đề nghị các đơn vị như sau:", ["các đơn vị"]),
    ("Sở Nội vụ đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố một số nội dung sau:",
     ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
    ("Thủ tướng Chính phủ yêu cầu Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ và Chủ tịch Ủy ban nhân dân các tỉnh cụ"
     " thể như sau:", ["Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ", "Chủ tịch Ủy ban nhân dân các tỉnh"]),
    # guards: a verb after the addressees still ends them; "và" before a capitalised head still starts another
    ("Sở Nội vụ đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố thực hiện một số nội dung sau:",
     ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
    ("Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban ngành, đơn vị cấp tỉnh; các cơ quan Trung ương đóng"
     " trên địa bàn tỉnh và Chủ tịch UBND các cấp tập trung triển khai thực hiện các nội dung sau:",
     ["Giám đốc các sở", "Thủ trưởng các ban ngành, đơn vị cấp tỉnh", "các cơ quan Trung ương đóng trên địa bàn tỉnh",
      "Chủ tịch UBND các cấp"]),
])
def test_an_introducing_sentence_names_its_addressees_whole(sentence, lead):
    assert tasks._introducing_agencies(sentence) == lead


def test_a_directives_items_are_led_by_both_groups_it_asks():
    lines = split_lines(CT_INTRO)
    found = tasks.find_tasks(lines, 0, len(lines))
    assert [(t["label"], t["lead"]) for t in found] == [
        (n, ["Thủ trưởng các sở, ban, ngành", "các tổ chức chính trị - xã hội tỉnh"]) for n in ("1", "2")]
