"""Tenth round of task-lead rules (leads10), from documents nobody had developed on: Công báo texts of 2026 stored
by hrmaster1982-dev/phapluat-8chude-data (docs/<topic>/*.txt, listed in gold/development/reading_tasks.tsv). One
wording class a test; the lines are the documents' own (abridged where a sub-item is long)."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines

# 122/NQ-CP (Phiên họp Chính phủ thường kỳ tháng 4 năm 2026): the body reports what ministries reported at the meeting
# ("III. … 1. Bộ Tài chính báo cáo về …") and hands its work to the annex it names ("o) … những nội dung tại Phụ lục
# ban hành kèm theo Nghị quyết này"); the annex "Phụ lục" / "NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG" numbers
# the requests, each headed by who acts. Before: the report items 1-3 were tasks and the annex's 1-3 lost.
RESOLUTION_WITH_TASK_ANNEX = """QUYẾT NGHỊ: 
I. Về quan điểm, định hướng chỉ đạo, điều hành 
1. Quán triệt, tổ chức thực hiện nghiêm, đồng bộ, hiệu quả các chủ trương, 
định hướng phát triển đất nước theo Nghị quyết Đại hội XIV của Đảng. 
II. Về tình hình kinh tế - xã hội tháng 4 và 4 tháng đầu năm 2026;     
phương hướng, nhiệm vụ và giải pháp trọng tâm tháng 5 và thời gian tới 
3. Phương hướng, nhiệm vụ, giải pháp trọng tâm tháng 5 và thời gian tới 
o) Về nhiệm vụ cụ thể của các bộ, cơ quan, địa phương: Từng bộ, cơ quan, 
địa phương theo chức năng, nhiệm vụ, quyền hạn được giao khẩn trương tổ chức 
triển khai thực hiện những nội dung tại Phụ lục ban hành kèm theo Nghị quyết này. 
III. Về việc báo cáo Chính phủ theo quy định tại khoản 4 Điều 3 Quy chế 
làm việc của Chính phủ  
1. Bộ Tài chính báo cáo về tiếp thu, giải trình, chỉnh lý, hoàn thiện các dự thảo: 
Nghị quyết Quốc hội về kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - 
2030. 
2. Bộ Giáo dục và Đào tạo báo cáo về thay đổi quy định hiệu lực của Hiệp 
định về hợp tác trong lĩnh vực giáo dục. 
Văn phòng Chính phủ theo dõi, đôn đốc, tổng hợp, báo cáo Chính phủ, 
Thủ tướng Chính phủ kết quả thực hiện Nghị quyết này./. 
TM. CHÍNH PHỦ 
THỦ TƯỚNG 
Lê Minh Hưng 
CÔNG BÁO/Số 281/Ngày 21-05-2026 
87
Phụ lục 
NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG 
TRONG THÁNG 5 NĂM 2026 VÀ THỜI GIAN TỚI 
(Kèm theo Nghị quyết số 122/NQ-CP ngày 06 tháng 5 năm 2026 
của Chính phủ) 
___________ 
1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao: 
a) Đẩy nhanh tiến độ lập, điều chỉnh các quy hoạch thuộc hệ thống quy 
hoạch, hoàn thành việc phê duyệt quy hoạch trong quý II năm 2026. 
2. Ủy ban nhân dân các tỉnh, thành phố theo chức năng, nhiệm vụ, quyền hạn 
được giao, tập trung lãnh đạo, chỉ đạo, tổ chức thực hiện các nhiệm vụ, giải pháp 
trọng tâm sau: 
a) Khẩn trương rà soát hoàn thiện, bổ sung các chỉ tiêu tăng trưởng dự kiến. 
3. Bộ Tài chính chủ trì, phối hợp với các cơ quan, địa phương:  
a) Theo dõi, đôn đốc, tổng hợp báo cáo kế hoạch đầu tư công trung hạn giai 
đoạn 2026 - 2030 của quốc gia. 
4.  Ngân hàng Nhà nước Việt Nam chủ trì, phối hợp với các cơ quan, địa phương: 
a) Chủ động nắm bắt tình hình, diễn biến thị trường tài chính, tiền tệ trong 
nước và quốc tế. 
5. Bộ Công an, Bộ Quốc phòng khẩn trương xây dựng, trình Chính phủ ban 
hành các Nghị định hướng dẫn thi hành Luật An ninh mạng. """


def test_a_resolutions_requests_in_the_annex_it_names_are_its_tasks():
    lines = split_lines(RESOLUTION_WITH_TASK_ANNEX)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False)
    assert [(t["label"], t["lead"]) for t in found] == [
        ("1", ["Các bộ, cơ quan, địa phương"]),
        ("2", ["Ủy ban nhân dân các tỉnh, thành phố"]),
        ("3", ["Bộ Tài chính"]),
        ("4", ["Ngân hàng Nhà nước Việt Nam"]),
        ("5", ["Bộ Công an", "Bộ Quốc phòng"]),
    ]
    assert found[0]["text"].startswith("Các bộ, cơ quan, địa phương căn cứ")


def test_an_annex_the_body_does_not_name_hands_out_nothing():
    # the same annex with the body's reference to it taken out: the body's own list stands (no guess at an annex)
    text = RESOLUTION_WITH_TASK_ANNEX.replace("những nội dung tại Phụ lục ban hành kèm theo Nghị quyết này",
                                              "những nội dung đã đề ra")
    lines = split_lines(text)
    assert tasks._task_annex(lines, 0, len(lines)) is None


TENTH_ROUND_ITEM_LEADS = [
    # 21/CT-TTg II.1: the standing committee of a Party committee and of another one named alone after it ("Thành
    # ủy" is the body's too: one entry, was "Ban Thường vụ Tỉnh ủy" and "Thành ủy")
    ("1. Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng, chính quyền địa phương quán triệt "
     "nghiêm túc Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026 của Bộ Chính trị.", ["Ban Thường vụ Tỉnh ủy, Thành ủy"]),
    # 122/NQ-CP III.1: a subject reporting before a colon ends its name at "báo cáo" (was the whole clause up to the
    # colon: "Bộ Tài chính báo cáo về tiếp thu, giải trình, chỉnh lý, hoàn thiện các dự thảo")
    ("1. Bộ Tài chính báo cáo về tiếp thu, giải trình, chỉnh lý, hoàn thiện các dự thảo: \nNghị quyết Quốc hội về kế "
     "hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - \n2030. ", ["Bộ Tài chính"]),
]


@pytest.mark.parametrize("text,lead", TENTH_ROUND_ITEM_LEADS)
def test_tenth_round_item_lead(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


# 70/KH-UBND (Cần Thơ, an OCR'd plan whose lettered points stand on one line, the page's right side cut off): the
# point's letter opens its key ("a) Cơ quan thực hiện: …", "a) a) Cơ quan chủ trì: …") and the next point's letter
# ends the value ("…: sở nội vụ; b) cơ quan phối hợp: …", "…: Các cơ quan, đơn b) Thời gian thực hiện: …"). Before:
# items 2 and 5 had no lead, item 3's lead ran on over the other points.
POINTS_ON_ONE_LINE = [
    ("2. Ban hành văn bản phân công viên chức tham mưu thực hiện đơn vị, địa phương sau sắp xếp phù\n\n"
     "a) Cơ quan thực hiện: Các cơ quan, đơn b) Thời gian thực hiện: Hoàn thành", ["Các cơ quan, đơn"], "Hoàn thành"),
    ("3. Rà soát lại các văn bản của Đáo tỉnh hậu giang và tỉnh sóc Trăng cơ sở để điều chỉnh thay thế triển quan, đơn"
     " vị, địa phương sau sắp\n\na) Cơ quan chủ trì: sở nội vụ; b) cơ quan phối hợp: các cơ đư c) Thời gian thực hiện:"
     " Hoàn thành tr", ["sở nội vụ"], "Hoàn thành tr"),
    ("5. Nâng cao hiệu quả công tác tiến xã công tác dân vận, thực hiện dân chu kịp thời những kiến nghị, nguyện đúng"
     " quy định pháp luật; tăng đôn đốc, hướng dẫn việc triển khai chủ ở cơ sở, cụ thể:\n\n"
     "a) a) Cơ quan chủ trì: Thanh tra thành phố   \n6 b) Cơ quan phối hợp: Sở Nội vụ, các   \n"
     "- chạc) Thời gian thực hiện: thườ", ["Thanh tra thành phố"], None),  # ("chạc)": no point's letter)
]


@pytest.mark.parametrize("text,lead,timeline", POINTS_ON_ONE_LINE)
def test_lettered_role_points_on_one_line(text, lead, timeline):
    found, _, when = tasks._roles([ln for ln in split_lines(text) if ln.text])
    assert (found, when) == (lead, timeline)


def test_who_carries_it_out_under_a_chair_heading_leaves_the_chairs_leading():
    # 252/KH-BCĐQG1237 VI (seventh round): "b) Đơn vị thực hiện: …" under "a) Cơ quan chủ trì" and its dash lines
    text = ("2. Cơ quan chủ trì, thực hiện\n\na) Cơ quan chủ trì\n\n- Ban Chỉ đạo quốc gia.\n\n- Bộ Quốc phòng.\n\n"
            "b) Đơn vị thực hiện: Các Đội chuyên trách của quân đội.")
    found, _, _ = tasks._roles([ln for ln in split_lines(text) if ln.text])
    assert found == ["Ban Chỉ đạo quốc gia", "Bộ Quốc phòng"]


@pytest.mark.parametrize("names, want", [
    # 122/NQ-CP annex 21: a second kind of body named by its kind alone goes on the group "Các" opens (was two entries)
    ("Các Tập đoàn, Tổng công ty", ["Các Tập đoàn, Tổng công ty"]),
    ("Các Tập đoàn, Tổng công ty nhà nước", ["Các Tập đoàn, Tổng công ty nhà nước"]),
    # a body named by its level or places, or by its own name, is its own entry
    ("Các cơ quan, Ủy ban nhân dân các xã", ["Các cơ quan", "Ủy ban nhân dân các xã"]),
    ("Các sở, ngành, Ủy ban nhân dân cấp huyện", ["Các sở, ngành", "Ủy ban nhân dân cấp huyện"]),
    ("Các Bộ, Ban Chỉ đạo", ["Các Bộ", "Ban Chỉ đạo"]),
])
def test_a_group_of_kinds_opened_by_cac(names, want):
    assert tasks.split_agencies(names) == want
