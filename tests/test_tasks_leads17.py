"""Seventeenth round of task-lead rules (leads17), from the Prime Minister's công điện in the crawler list
tnt305/tai_lieu_noi_bo src/crawler/nghidinh.jsonl (offsets 48000-96000; pages listed in
gold/development/reading_tasks.tsv). The lines are the documents' own."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines

ITEM_LEADS = [
    # 231/CĐ-TTg item 1: the ministers' list "các Bộ: …" ends at the semicolon; the provinces' chairmen after it are
    # another party (was 'Bộ trưởng Bộ Y tế; Chủ tịch Ủy ban nhân dân các tỉnh' and 'Bộ trưởng Bộ thành phố ven biển …')
    ("1. Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp\nvà Môi trường, Xây dựng, Công Thương, Khoa học và Công "
     "nghệ, Giáo dục và Đào tạo,\nY tế; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm\n"
     "Đồng tổ chức theo dõi, cập nhật thường xuyên, liên tục, sát diễn biến tình\n",
     ["Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an", "Bộ trưởng Bộ Nông nghiệp và Môi trường",
      "Bộ trưởng Bộ Xây dựng", "Bộ trưởng Bộ Công Thương", "Bộ trưởng Bộ Khoa học và Công nghệ",
      "Bộ trưởng Bộ Giáo dục và Đào tạo", "Bộ trưởng Bộ Y tế",
      "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Đà Nẵng đến Lâm Đồng"]),
    # guards from the same round, right before and after: a list with no semicolon (231/CĐ-TTg item 4, 223/CĐ-TTg
    # item 8)
    ("4. Bộ trưởng các Bộ: Quốc phòng, Công an chủ động\nchỉ đạo các đơn vị đóng trên địa bàn có nguy cơ ảnh hưởng "
     "của bão, mưa lũ rà\n", ["Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an"]),
    ("8. Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp các\nphương tiện, trang thiết bị theo đề nghị của địa phương "
     "để hỗ trợ khắc phục hậu\n", ["Bộ Quốc phòng", "Bộ Tài chính"]),
]


@pytest.mark.parametrize("text,lead", ITEM_LEADS)
def test_seventeenth_round_item_lead(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


def test_a_ministers_list_then_another_party_after_a_semicolon():
    assert tasks.split_agencies("Các Bộ: Quốc phòng, Công an; Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk") == [
        "Bộ Quốc phòng", "Bộ Công an", "Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk"]
