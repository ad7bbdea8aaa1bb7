"""Twentieth round of task-lead rules (leads20), from documents in the crawler list tnt305/tai_lieu_noi_bo
src/crawler/nghidinh.jsonl (offsets 120000-181080; pages listed in gold/development/reading_tasks.tsv). The lines are
the documents' own."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines

SPEAKER_AGREES = [
    # 212-KL/TW item 1: the Politburo and Secretariat, who conclude, agreeing with the submission put to them — their
    # own position, nobody asked to act (was 'Bộ Chính trị', 'Ban Bí thư')
    ("1. Bộ Chính trị, Ban Bí thư cơ bản nhất trí\nvới Tờ trình của Đảng uỷ Chính phủ. Đây là vấn đề rất quan trọng "
     "để quy hoạch,\n", []),
    # guards from the same document: the bodies it hands work to (items 3 and 4, right before and after)
    ("3. Giao Đảng uỷ Quốc hội lãnh đạo, chỉ đạo\nban hành Nghị quyết về tiêu chuẩn của đơn vị hành chính và phân "
     "loại đô thị thống\n", ["Đảng uỷ Quốc hội"]),
    ("4. Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo\ncác cơ quan chức năng tiếp tục rà soát, hoàn thiện các văn bản "
     "pháp luật quy\n", ["Đảng uỷ Chính phủ"]),
]


PARTY_SECRETARY_AND_CHAIRMAN = [
    # 227/CĐ-TTg item 1 (a known miss of the seventeenth round): the provinces' Party secretary and the chairman whose
    # place list follows, two parties before the list (was none)
    ("1. Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng tiếp tục "
     "phân công nhiệm vụ cụ thể cho từng đồng chí trong Thường vụ, thường trực Tỉnh ủy, Ủy ban và lãnh đạo các Sở, "
     "Ban, ngành xuống tận phường, xã, bám sát cơ sở,\n",
     ["Bí thư tỉnh ủy", "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng"]),
    # 223/CĐ-TTg item 1: the same pair, the list ending where the leaders of the ministries are joined on (was none)
    ("1. Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai và lãnh đạo các "
     "Bộ, ngành theo chức năng, nhiệm vụ, thẩm quyền tiếp tục tập trung, quyết liệt hơn nữa trong lãnh đạo, chỉ đạo,\n",
     ["Bí thư tỉnh ủy", "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai", "lãnh đạo các Bộ, ngành"]),
    # guards: the chairman alone over his points (223/CĐ-TTg item 2) and a list after "Sở … và" that is one name
    ("2. Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai:\n- Chịu trách nhiệm toàn diện trước Chính "
     "phủ, Thủ tướng Chính phủ về công tác ứng phó thiên tai trên địa bàn,\n- Tiếp tục huy động tối đa các lực lượng, "
     "phương tiện cần thiết,\n", ["Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai"]),
    ("1. Bí thư tỉnh ủy tiếp tục phân công nhiệm vụ cụ thể cho từng đồng chí trong Thường vụ\n", ["Bí thư tỉnh ủy"]),
]


def test_a_place_list_after_one_name_with_va_stays_whole():
    assert tasks.split_agencies("Sở Khoa học và Công nghệ các tỉnh: Đắk Lắk, Khánh Hòa") == [
        "Sở Khoa học và Công nghệ các tỉnh: Đắk Lắk, Khánh Hòa"]
    assert tasks.split_agencies("Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông") == [
        "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông"]


DEPUTY_HEADS = [
    # 224/CĐ-TTg item 7 and 231/CĐ-TTg item 7 (known misses of the seventeenth round): a Deputy Prime Minister by name
    # is who is asked (was none)
    ("7. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà trực tiếp chỉ đạo công tác chuẩn bị, kiểm tra đôn đốc và tổ chức "
     "buổi Lễ khánh thành, khởi công các dự án, công trình.\n", ["Phó Thủ tướng Chính phủ Trần Hồng Hà"]),
    ("7. Giao Phó Thủ tướng Chính phủ Trần Hồng Hà tiếp tục chỉ đạo các Bộ, ngành, địa phương triển khai kịp thời "
     "công tác ứng phó với bão, mưa lũ.\n", ["Phó Thủ tướng Chính phủ Trần Hồng Hà"]),
    # guards, right before and after: the office reporting to the Deputy Prime Minister (231/CĐ-TTg item 8); the
    # Prime Minister himself
    ("8. Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, địa phương thực hiện nghiêm túc Công điện này và báo cáo các "
     "cấp hàng ngày theo quy định; kịp thời báo cáo Thủ tướng Chính phủ, Phó Thủ tướng phụ trách lĩnh vực những vấn đề "
     "đột xuất, phát sinh./.\n", ["Văn phòng Chính phủ"]),
    ("7. Giao Thủ tướng Chính phủ tiếp tục chỉ đạo các Bộ\n", ["Thủ tướng Chính phủ"]),
]


@pytest.mark.parametrize("text,lead", SPEAKER_AGREES + PARTY_SECRETARY_AND_CHAIRMAN + DEPUTY_HEADS)
def test_twentieth_round_item_lead(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead
