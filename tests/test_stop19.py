"""Stop 19: who acts, read where real documents read blind (gold/development/real19) lost it — described groups that
list what they do up to where they are, points inside a point, a heading that names only a kind over sub-headings
that name agencies, a party named after a catch-all, "hoặc" between two agencies."""
from __future__ import annotations

import pytest

from pipeline.parse.tasks import _cooperating, leading_agency, split_agencies
from test_stop18 import _tasks  # the same letter around the items

@pytest.mark.parametrize("sentence, who", [
    # a description that ends on the area the bodies are in may be long and list what they do
    ("Các doanh nghiệp kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (gas) trên địa bàn tỉnh tự kiểm tra, khắc phục ngay.",
     "Các doanh nghiệp kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (gas) trên địa bàn tỉnh"),
    ("Các cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống, bếp ăn tập thể trên địa bàn tỉnh chịu trách nhiệm bảo "
     "đảm an toàn thực phẩm.",
     "Các cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống, bếp ăn tập thể trên địa bàn tỉnh"),
    # what they are ("là"), the noun "tổ chức" after it no verb
    ("Các chủ rừng là tổ chức trên địa bàn tỉnh thực hiện nghiêm quy định.", "Các chủ rừng là tổ chức trên địa bàn tỉnh"),
    # a short bracket stays inside, a long one is no description
    ("Các doanh nghiệp (trừ doanh nghiệp nhà nước) thực hiện báo cáo.", "Các doanh nghiệp"),
    # a verb in capitals opens the next sentence: the item's next line
    ("Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh Cử viên chức tham gia đào tạo.",
     "Các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh"),
    # a heading's colon before the work, not before the places it lists
    ("Ủy ban nhân dân các xã, phường: Xây dựng, ban hành kế hoạch năm 2026.", "Ủy ban nhân dân các xã, phường"),
    ("Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa và Gia Lai chỉ đạo sơ tán dân.",
     "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa và Gia Lai"),
    # a project's own investor, named by its role
    ("Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu.", "Chủ đầu tư"),
    ("Chủ đầu tư, trong phạm vi, trách nhiệm của mình, nỗ lực đẩy nhanh tiến độ.", "Chủ đầu tư"),
    # the tagger ran the verb into a known name ("Tôn giáo chịu"): the known name
    ("Bộ Dân tộc và Tôn giáo chịu trách nhiệm hướng dẫn tổ chức thực hiện.", "Bộ Dân tộc và Tôn giáo"),
    ("Sở Y tế tỉnh chủ trì thực hiện.", "Sở Y tế tỉnh"),
    # what a kind says is no description of it
    ("Các Bộ, cơ quan thống nhất chỉ có một cơ quan chủ trì; giao Bộ Tài chính thực hiện.", "Các Bộ, cơ quan"),
    # the places listed after a level's qualifier
    ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế chủ động phối hợp.",
     "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế"),
])
def test_who_a_sentence_opens_on(sentence, who):
    assert leading_agency(sentence) == who


def test_a_project_role_in_lower_case_or_a_group_is_no_sole_party():
    assert leading_agency("Các chủ đầu tư khẩn trương hoàn thành giải ngân.") == "Các chủ đầu tư"
    assert leading_agency("Chủ đầu tư là doanh nghiệp nhà nước thì báo cáo.") != "Chủ đầu tư"


@pytest.mark.parametrize("text, names", [
    ("Chủ trì, phối hợp với Công an xã, phường hoặc UBND các xã, phường chủ động tổ chức ra quân",
     ["Công an xã, phường", "UBND các xã, phường"]),
    ("Bộ Tài chính chủ trì, phối hợp với các Bộ, cơ quan liên quan và các địa phương:", ["các địa phương"]),
    ("Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan thực hiện.", []),
    ("phối hợp với các cơ quan truyền thông, báo chí, UBND các phường, xã, khuyến cáo người dân hạn chế ra đường",
     ["các cơ quan truyền thông, báo chí", "UBND các phường, xã"]),
    ("Đồng thời tiếp tục phối hợp với các nhà thầu làm tốt công tác đào tạo cán bộ vận hành.", ["các nhà thầu"]),
])
def test_who_work_is_done_with(text, names):
    assert _cooperating(text) == names


def test_an_office_of_two_councils_stays_one_after_a_comma():
    assert split_agencies("Sở Tư pháp, Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh") == [
        "Sở Tư pháp", "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"]


def test_points_inside_a_point_that_asks_nobody_by_name():
    tasks = _tasks("""1. Về Dự án Nhà máy điện Nhơn Trạch 3
a) Đánh giá cao nỗ lực của Chủ đầu tư dự án đã hoàn thành xây dựng dự án.
b) Để làm tốt các nhiệm vụ sắp tới, đề nghị:
(i) Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam báo cáo Thủ tướng Chính phủ về thời gian khánh thành.
(ii) Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan hoàn thành nghiệm thu.
(iii) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo hoàn thành bàn giao mặt bằng.
(iv) Giao Bộ Công Thương nghiên cứu, xem xét các đề xuất về cơ chế bán điện.
2. Về Dự án Nhà máy điện Hiệp Phước
Bộ Xây dựng hướng dẫn Chủ đầu tư các thủ tục cần thiết.""")
    assert [t["label"] for t in tasks] == ["1", "2"]
    assert tasks[0]["lead"] == ["Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "Chủ đầu tư",
                                "Ủy ban nhân dân tỉnh Đồng Nai", "Bộ Công Thương"]
    assert tasks[1]["lead"] == ["Bộ Xây dựng"]


def test_a_heading_naming_only_a_kind_gives_way_to_its_sub_headings():
    tasks = _tasks("""1. Yêu cầu chung: thực hiện nghiêm quy định pháp luật về đấu thầu.
2. Trách nhiệm của các đơn vị:
2.1. Sở Tài chính:
- Chủ trì đa dạng hóa công tác đào tạo, bồi dưỡng về đấu thầu.
2.2. Thanh tra tỉnh:
Tăng cường công tác thanh tra hoạt động đấu thầu.
3. Trách nhiệm của Sở Nội vụ: theo dõi, đôn đốc việc thực hiện.""")
    assert [t["lead"] for t in tasks] == [[], ["Sở Tài chính", "Thanh tra tỉnh"], ["Sở Nội vụ"]]


def test_a_kind_of_body_in_lower_case_acting_after_its_grounds():
    tasks = _tasks("""1. Căn cứ các quy định hiện hành, tình hình thực tiễn của cơ sở đào tạo, các cơ sở đào tạo xây dựng kế hoạch cụ thể, bố trí nguồn lực thực hiện.
2. Căn cứ các quy định hiện hành, văn bản hướng dẫn của Bộ, tổ chức thực hiện nghiêm túc.""")
    assert [t["lead"] for t in tasks] == [["các cơ sở đào tạo"], []]



def test_the_places_after_the_qualifier_are_members():
    assert split_agencies("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Huế") == [
        "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "Chủ tịch Ủy ban nhân dân Thành phố Huế"]


def test_who_is_asked_after_a_long_clause_of_purpose():
    tasks = _tasks("""1. Để đảm bảo chất lượng, tiến độ hoàn thành 02 công trình dự án theo đúng chỉ đạo của Đồng chí Tổng Bí thư, Chính phủ, Thủ tướng Chính phủ và phấn đấu tổ chức khánh thành 02 công trình cùng dịp với Lễ khánh thành, khởi công các dự án, công trình quy mô lớn nhân dịp kỷ niệm ngày toàn quốc kháng chiến, yêu cầu Bộ Y tế, Ban Quản lý dự án, các nhà thầu và các bộ, cơ quan liên quan tiếp tục quyết tâm thực hiện.
2. Để bảo đảm tiến độ, Bộ Xây dựng chủ trì kiểm tra, đề nghị các nhà thầu báo cáo.""")
    assert tasks[0]["lead"] == ["Bộ Y tế", "Ban Quản lý dự án", "các nhà thầu"]
    assert tasks[1]["lead"] == ["Bộ Xây dựng"]  # the subject acts first: the request after it is its own


def test_the_closing_request_is_no_part_of_the_last_item_whatever_its_wrapping():
    tasks = _tasks("""1. Sở Y tế tăng cường kiểm tra công tác khám, chữa bệnh bảo hiểm y tế.
2. Ủy ban nhân dân các xã, phường tăng cường kiểm tra công tác khám, chữa bệnh tại các trạm y tế.

Ủy ban nhân dân tỉnh
yêu cầu các Sở, ngành, địa phương nghiêm túc thực hiện những nội dung trên. Giao Bảo hiểm xã hội tỉnh chủ
trì, phối hợp Sở Y tế đôn đốc các đơn vị triển khai thực hiện.""")
    assert tasks[-1]["text"].endswith("tại các trạm y tế.")
    assert tasks[-1]["coordinators"] == []


@pytest.mark.parametrize("text, names", [
    ("Tòa án nhân dân thành phố và các khu vực", ["Tòa án nhân dân thành phố và các khu vực"]),  # the areas' courts
    ("Sở Y tế và các đơn vị trực thuộc", ["Sở Y tế", "các đơn vị trực thuộc"]),
    ("Liên minh Hợp tác xã Việt Nam và các hiệp hội doanh nghiệp",
     ["Liên minh Hợp tác xã Việt Nam", "các hiệp hội doanh nghiệp"]),
    # a count of places before their names, as "các" is
    ("Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông",
     ["Ủy ban nhân dân xã Gia Thuận", "Ủy ban nhân dân xã Tân Điền", "Ủy ban nhân dân xã Gò Công Đông"]),
    # a bracket listing a kind's members in full: each member
    ("Các cơ quan tham mưu quản lý ngành, lĩnh vực (gồm các Sở: Xây dựng, Công Thương, Tài chính)",
     ["Sở Xây dựng", "Sở Công Thương", "Sở Tài chính"]),
    ("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban Quản lý các Khu công nghiệp tỉnh)",
     ["Sở Tài chính", "Ban Quản lý các Khu công nghiệp tỉnh"]),
    # examples, not the members: the group whole (tnt_0129's gold); a unit of one agency in brackets
    ("các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)",
     ["các doanh nghiệp viễn thông (VNPT, Viettel, MobiFone và doanh nghiệp khác)"]),
    ("Sở Y tế (Quỹ Bảo trợ trẻ em)", ["Sở Y tế (Quỹ Bảo trợ trẻ em)"]),
])
def test_lists_of_agencies(text, names):
    assert split_agencies(text) == names



def test_a_task_tables_text_cell_goes_on_past_a_line_opening_on_an_agency():
    from pipeline import cleanup

    page = "\n".join(["|", "**TT**", "|", "**Nhiệm vụ**", "|", "**Cơ quan chủ trì**", "|", "**Cơ quan phối hợp**", "|",
                      "1", "|", "Triển khai xây dựng, phát triển hạ tầng số phục vụ", "Chính phủ số theo Quyết định số "
                      "1132/QĐ-TTg.", "|", "Các bộ, ngành, địa", "phương", "|", "Bộ Khoa học và", "Công nghệ, Bộ Công an",
                      "|", "Ủy ban nhân dân xã, phường", "Sở Tài chính", "|", ""])
    lines = cleanup.strip_markup(page).split("\n")
    assert "Triển khai xây dựng, phát triển hạ tầng số phục vụ Chính phủ số theo Quyết định số 1132/QĐ-TTg." in lines
    assert "Các bộ, ngành, địa phương" in lines
    assert ["Ủy ban nhân dân xã, phường", "Sở Tài chính"] == lines[lines.index("Ủy ban nhân dân xã, phường"):][:2]


def test_a_topic_ending_on_a_colon_over_paragraphs_naming_who_acts():
    tasks = _tasks("""1. Về kiến nghị sớm ban hành Nghị quyết mới về phát triển kinh tế - xã hội vùng Duyên hải Nam Trung Bộ và Tây Nguyên; tiếp tục triển khai các hoạt động của Hội đồng điều phối vùng:

Giao Bộ Tài chính khẩn trương hoàn thiện báo cáo sơ kết 03 năm thực hiện Nghị quyết của Bộ Chính trị về các vùng kinh tế - xã hội.

Sau khi phương án phân vùng mới được cấp có thẩm quyền thông qua, Bộ Nội vụ khẩn trương báo cáo Thủ tướng Chính phủ kiện toàn các Hội đồng điều phối vùng.

2. Về kiến nghị hỗ trợ vốn của tỉnh:

Việc hỗ trợ vốn đã được xem xét trong Kế hoạch đầu tư công trung hạn.""")
    assert [t["lead"] for t in tasks] == [["Bộ Tài chính", "Bộ Nội vụ"], []]


def test_an_ocr_z_where_the_list_expects_seven():
    items = "\n".join(f"{n}. Sở Nội vụ thực hiện nhiệm vụ số {n}." for n in range(1, 7))
    tasks = _tasks(items + "\nZ. Tổ chức triển khai thực hiện kế hoạch cải cách hành chính.\n8. Sở Tư pháp theo dõi việc thực hiện.")
    assert [t["label"] for t in tasks] == [str(n) for n in range(1, 9)]
    assert tasks[-1]["lead"] == ["Sở Tư pháp"]
    # … and nowhere else: a "Z." out of the count is no item
    assert [t["label"] for t in _tasks("1. Sở Nội vụ thực hiện.\nZ. Tổ chức kiểm tra.\n2. Sở Tư pháp theo dõi.")] == ["1", "2"]
