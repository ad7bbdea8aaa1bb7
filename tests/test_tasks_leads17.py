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
        "Bộ Quốc phòng", "Bộ Công an", "Ủy ban nhân dân tỉnh Khánh Hòa", "Ủy ban nhân dân tỉnh Đắk Lắk"]


SOLE_HEADS = [
    # 227/CĐ-TTg item 11 and 231/CĐ-TTg item 6: the sole head of one agency named in capitals (was none)
    ("11. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo\ncác ngân hàng, tổ chức tín dụng triển khai các chính sách tín "
     "dụng (giãn nợ,\n", ["Thống đốc Ngân hàng Nhà nước Việt Nam"]),
    ("6. Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc\ngia phối hợp với cơ quan chức năng của Bộ Nông nghiệp và "
     "Môi trường theo dõi\n", ["Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia"]),
    # guards: a minister as before (227/CĐ-TTg item 10); a topic in capitals after no title stays no lead
    ("10. Bộ trưởng Bộ Khoa học và Công nghệ chỉ đạo các\ndoanh nghiệp cung cấp dịch vụ viễn thông tập trung tối đa "
     "lực lượng, thiết bị\n", ["Bộ trưởng Bộ Khoa học và Công nghệ"]),
    ("2. Tiếp tục phát huy truyền thống tốt đẹp tương\nthân tương ái, “tình dân tộc, nghĩa đồng bào”, tinh thần đoàn "
     "kết, chung\n", []),
]


@pytest.mark.parametrize("text,lead", SOLE_HEADS)
def test_the_sole_head_of_one_agency(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead
