"""Stop 18: who acts, read where the earlier rounds lost it — a kind of body named by its description up to the
sentence's verb, the doer named in an item's last clause, coordinators named before their verb, village heads."""
from __future__ import annotations

import pytest

from pipeline.parse import parse_text
from pipeline.parse.tasks import leading_agency, split_agencies

LETTER = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 8810/UBND-NN
Nghệ An, ngày 12 tháng 11 năm 2025
V/v bảo đảm cấp nước an toàn mùa khô

Kính gửi:
- Các sở, ban, ngành cấp tỉnh;
- Ủy ban nhân dân các xã, phường.

Để bảo đảm cấp nước an toàn, Ủy ban nhân dân tỉnh yêu cầu:
{items}

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn C
"""


def _tasks(items: str) -> list[dict]:
    return parse_text(LETTER.format(items=items))[0]["tasks"]


@pytest.mark.parametrize("sentence, who", [
    ("Các công ty cấp nước trên địa bàn tỉnh chủ động xây dựng phương án cấp nước an toàn.",
     "Các công ty cấp nước trên địa bàn tỉnh"),
    ("Các doanh nghiệp đang khai thác nước ngầm trên địa bàn tỉnh thực hiện nghiêm quy định về cấp phép.",
     "Các doanh nghiệp đang khai thác nước ngầm trên địa bàn tỉnh"),
    ("Các hợp tác xã nông nghiệp có trạm bơm điện chủ động vận hành hợp lý.",
     "Các hợp tác xã nông nghiệp có trạm bơm điện"),
    ("Các đơn vị quản lý, khai thác công trình thủy lợi rà soát nguồn nước.",
     "Các đơn vị quản lý, khai thác công trình thủy lợi"),
    ("Cơ quan chủ quản các dự án cấp nước đang triển khai đẩy nhanh tiến độ.",
     "Cơ quan chủ quản các dự án cấp nước đang triển khai"),
])
def test_a_kind_of_body_keeps_its_description_up_to_the_verb(sentence, who):
    assert leading_agency(sentence) == who


@pytest.mark.parametrize("sentence, who", [
    # a kind with words of its own takes no clause that is the sentence's: the name ends where it did
    ("Các cơ quan báo chí làm tốt công tác thông tin, tuyên truyền.", "Các cơ quan báo chí"),
    # "liên quan" is no description: the name ends before it (the catch-all is told apart where leads are read)
    ("Các đơn vị liên quan thẩm định hồ sơ.", "Các đơn vị"),
    # the verb right after the kind: nothing to describe
    ("Các doanh nghiệp thực hiện nghiêm quy định.", "Các doanh nghiệp"),
])
def test_no_description_where_there_is_none(sentence, who):
    assert leading_agency(sentence) == who


def test_lower_case_kinds_after_a_comma_are_entries_of_their_own():
    # 627/TB-VPCP III.4 a), dev: "Bộ Xây dựng, các địa phương, cơ quan chủ quản các dự án đang triển khai thi công tiếp
    # tục chỉ đạo …"
    items = ("1. Bộ Xây dựng, các địa phương, cơ quan chủ quản các dự án đang triển khai thi công tiếp tục chỉ đạo "
             "các chủ đầu tư bổ sung nhân lực, thiết bị.")
    assert _tasks(items)[0]["lead"] == ["Bộ Xây dựng", "các địa phương",
                                        "cơ quan chủ quản các dự án đang triển khai thi công"]


def test_the_doer_named_in_the_last_clause_leads():
    items = ("1. Hướng dẫn người dân xử lý nước sinh hoạt; Trung tâm Kiểm soát bệnh tật tỉnh, Trung tâm Y tế các khu "
             "vực thực hiện.\n2. Tổ chức hội thảo chuyên đề (Sở Nội vụ chủ trì thực hiện).\n"
             "3. Kiểm tra chất lượng nước; báo cáo kết quả thực hiện.")
    tasks = _tasks(items)
    assert [t["lead"] for t in tasks] == [["Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Y tế các khu vực"],
                                          ["Sở Nội vụ"], []]


def test_coordinators_named_before_their_verb():
    items = ("1. Kiểm tra các công trình cấp nước nông thôn (Sở Nông nghiệp và Môi trường chủ trì, Ủy ban nhân dân "
             "các xã phối hợp).\n2. Rà soát quy hoạch mạng lưới (Sở Y tế chủ trì, các sở, ngành liên quan phối hợp).")
    tasks = _tasks(items)
    assert [(t["lead"], t["coordinators"]) for t in tasks] == [
        (["Sở Nông nghiệp và Môi trường"], ["Ủy ban nhân dân các xã"]), (["Sở Y tế"], [])]


def test_village_heads_act():
    items = "1. Trưởng thôn, tổ trưởng tổ dân phố tuyên truyền người dân sử dụng nước tiết kiệm."
    assert _tasks(items)[0]["lead"] == ["Trưởng thôn", "tổ trưởng tổ dân phố"]
    assert split_agencies("Trưởng thôn, tổ trưởng tổ dân phố") == ["Trưởng thôn", "tổ trưởng tổ dân phố"]


PLAN = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 215/KH-UBND
Gia Lai, ngày 20 tháng 11 năm 2025

KẾ HOẠCH
Phòng, chống dịch bệnh truyền nhiễm năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Chủ động phòng, chống dịch bệnh.

II. NHIỆM VỤ, GIẢI PHÁP
{intro}
{items}

III. KINH PHÍ
Ngân sách nhà nước.

Nơi nhận:
- Bộ Y tế;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn D
"""


def _plan(items: str, intro: str = "") -> list[dict]:
    return parse_text(PLAN.format(items=items, intro=intro))[0]["tasks"]


def test_a_topic_over_lettered_points_is_led_by_them_whatever_its_colon():
    # a topic ending on a colon, no point in brackets after it: the points' subjects lead (the bracketed-point reading
    # found none and, sharing the name of the points flag, switched the lettered points off)
    items = ("1. Về kiểm soát khí thải từ phương tiện giao thông:\n"
             "a) Bộ Xây dựng chủ trì, phối hợp với Bộ Công an ban hành lộ trình áp dụng quy chuẩn khí thải.\n"
             "b) Bộ Công an chỉ đạo Cục Cảnh sát giao thông tăng cường kiểm tra.\n"
             "c) Ủy ban nhân dân các tỉnh, thành phố: Hải Phòng, Bắc Ninh nghiên cứu phát triển giao thông công cộng.")
    assert _plan(items)[0]["lead"] == ["Bộ Xây dựng", "Bộ Công an", "Ủy ban nhân dân Thành phố Hải Phòng",
                                       "Ủy ban nhân dân tỉnh Bắc Ninh"]


def test_the_opening_sentence_acting_after_its_grounds_leads_items_naming_nobody():
    intro = ("Các sở, ban, ngành, Ủy ban nhân dân các xã, phường theo chức năng, nhiệm vụ được giao tập trung triển "
             "khai các nhiệm vụ, giải pháp sau:")
    items = ("1. Tăng cường ứng dụng công nghệ thông tin trong giám sát bệnh truyền nhiễm.\n"
             "2. Sở Y tế chủ trì tổ chức tập huấn.")
    assert [t["lead"] for t in _plan(items, intro)] == [["Các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"],
                                                        ["Sở Y tế"]]


def test_roles_after_the_work():
    items = ("1. Kiểm tra, xử lý nghiêm các cơ sở vi phạm; việc kiểm tra giao Sở Y tế, Sở Nông nghiệp và Môi trường "
             "chủ trì theo lĩnh vực quản lý, Công an tỉnh phối hợp.\n"
             "2. Chuyển đổi số trong hoạt động của cơ quan nhà nước\n"
             "a) Vận hành hệ thống thông tin giải quyết thủ tục hành chính.\n"
             "- Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh.\n- Cơ quan phối hợp: Sở Khoa học và Công nghệ.\n"
             "b) Số hóa hồ sơ, tài liệu lưu trữ.\n- Cơ quan chủ trì: Sở Nội vụ.\n"
             "- Cơ quan phối hợp: Văn phòng Ủy ban nhân dân tỉnh, Sở Khoa học và Công nghệ.")
    tasks = _plan(items)
    assert tasks[0]["coordinators"] == ["Công an tỉnh"]
    assert tasks[1]["lead"] == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ"]
    assert tasks[1]["coordinators"] == ["Sở Khoa học và Công nghệ", "Văn phòng Ủy ban nhân dân tỉnh"]


def test_names_and_their_roles():
    items = ("1. Báo và Phát thanh, Truyền hình Gia Lai, Cổng Thông tin điện tử tỉnh: tuyên truyền về Kế hoạch.\n"
             "2. Sở Y tế (cơ quan thường trực Ban Chỉ đạo phòng, chống dịch bệnh tỉnh)\n- Theo dõi, tổng hợp tình hình.\n"
             "3. Bộ Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi, tổng hợp tình hình thực hiện.\n"
             "4. Ủy ban nhân dân các xã, phường, đặc khu có rừng chủ trì tổ chức lực lượng chữa cháy tại chỗ.\n"
             "5. Các chủ đầu tư đẩy nhanh tiến độ giải ngân; phối hợp với Sở Nông nghiệp và Môi trường xem xét hồ sơ.")
    tasks = _plan(items)
    assert [t["lead"] for t in tasks] == [
        ["Báo và Phát thanh, Truyền hình Gia Lai", "Cổng Thông tin điện tử tỉnh"], ["Sở Y tế"],
        ["Bộ Nông nghiệp và Môi trường"], ["Ủy ban nhân dân các xã, phường, đặc khu có rừng"], ["Các chủ đầu tư"]]
    assert tasks[4]["coordinators"] == ["Sở Nông nghiệp và Môi trường"]
    # investors are named by what they invest in, never by the verb after them
    assert leading_agency("Các chủ đầu tư kiểm soát, thanh toán kịp thời khối lượng hoàn thành.") == "Các chủ đầu tư"


@pytest.mark.parametrize("heading, leads", [
    ("Hiệu trưởng các trường trung học phổ thông, Giám đốc các trung tâm giáo dục nghề nghiệp",
     ["Hiệu trưởng các trường trung học phổ thông", "Giám đốc các trung tâm giáo dục nghề nghiệp"]),
    ("Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã",
     ["Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã"]),
    ("Các hộ gia đình, cơ sở sản xuất, kinh doanh trên địa bàn xã",
     ["Các hộ gia đình, cơ sở sản xuất, kinh doanh trên địa bàn xã"]),
])
def test_heads_of_schools_and_households_head_their_items(heading, leads):
    assert _plan(f"1. {heading}: Tổ chức vệ sinh môi trường, diệt lăng quăng.")[0]["lead"] == leads


def test_people_and_heads_of_kinds_as_subjects():
    assert leading_agency("Cán bộ, đảng viên, công chức, viên chức không đi chúc Tết cấp trên.") == \
        "Cán bộ, đảng viên, công chức, viên chức"
    assert split_agencies("Cán bộ, đảng viên, công chức, viên chức") == ["Cán bộ, đảng viên, công chức, viên chức"]
    assert leading_agency("Người đứng đầu các cơ quan, đơn vị, địa phương được giao kế hoạch vốn chịu trách nhiệm trước "
                          "Chủ tịch Ủy ban nhân dân tỉnh.") == \
        "Người đứng đầu các cơ quan, đơn vị, địa phương được giao kế hoạch vốn"
    # localities are described by where they are or what they have, not by the verb after them
    assert leading_agency("Các địa phương ven biển chủ động sơ tán dân.") == "Các địa phương ven biển"
    assert leading_agency("Các địa phương có rừng chủ động phương án chữa cháy.") == "Các địa phương có rừng"
    # "trong quá trình …" says when, not which
    assert leading_agency("Các đơn vị trong quá trình triển khai báo cáo vướng mắc.") == "Các đơn vị"


def test_bracketed_points_on_their_own_lines_lead_a_topic():
    items = ("1. Về một số nhiệm vụ, giải pháp trọng tâm thời gian tới\n"
             "(1) Các cấp ủy, tổ chức đảng tiếp tục quán triệt sâu sắc chủ trương của Đảng.\n"
             "(2) Đảng ủy Chính phủ lãnh đạo, chỉ đạo rà soát, hoàn thiện hệ thống văn bản.")
    assert _tasks(items)[0]["lead"] == ["Các cấp ủy, tổ chức đảng", "Đảng ủy Chính phủ"]


def test_a_topic_answered_by_agreeing_then_handing_out():
    items = ("1. Về dự án nâng cấp đường Trần Hưng Đạo:\nThống nhất chủ trương điều chỉnh phạm vi dự án theo đề xuất "
             "của phường. Giao Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh khẩn trương hoàn thiện "
             "hồ sơ điều chỉnh dự án.")
    assert _tasks(items)[0]["lead"] == ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"]


@pytest.mark.parametrize("text, who", [
    ("Phòng Đăng ký kinh doanh thuộc Sở Tài chính hướng dẫn hộ kinh doanh.", "Phòng Đăng ký kinh doanh thuộc Sở Tài chính"),
])
def test_departments_keep_what_names_them(text, who):
    assert leading_agency(text) == who


def test_a_plain_kind_keeps_where_it_is():
    from pipeline.parse.tasks import _described_group
    assert _described_group("các bến xe khách", " trên địa bàn kiểm tra phương tiện") == "các bến xe khách trên địa bàn"
    assert _described_group("các bến xe khách", " kiểm tra phương tiện") is None


def test_catch_alls_and_telecoms():
    from pipeline.parse.tasks import is_catch_all
    assert is_catch_all("Các bộ, ngành, địa phương liên quan khác")
    assert is_catch_all("các bộ, ngành, địa phương liên quan không chủ quan, lơ là, tập trung")
    assert not is_catch_all("Các cơ quan, đơn vị liên quan và Ủy ban nhân dân các xã")
    assert split_agencies("Công ty Điện lực Lâm Đồng, Viễn thông Lâm Đồng và Viettel Lâm Đồng") == [
        "Công ty Điện lực Lâm Đồng", "Viễn thông Lâm Đồng", "Viettel Lâm Đồng"]


def test_one_title_over_agencies_of_one_kind_is_each_ones_head():
    assert split_agencies("Giám đốc Sở Y tế, Sở Nông nghiệp và Môi trường, Sở Công Thương") == [
        "Giám đốc Sở Y tế", "Giám đốc Sở Nông nghiệp và Môi trường", "Giám đốc Sở Công Thương"]
    # another kind of body after it has a head of its own
    assert split_agencies("Giám đốc Sở Y tế, Công an tỉnh") == ["Giám đốc Sở Y tế", "Công an tỉnh"]


def test_a_plans_section_of_duties_hands_out_its_work():
    # "II. NỘI DUNG" of properties (who, when, where), then "III. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ": its items are the tasks
    text = PLAN.replace("II. NHIỆM VỤ, GIẢI PHÁP\n{intro}\n{items}",
                        "II. NỘI DUNG\n1. Đối tượng: học sinh lớp 1.\n2. Thời gian: tháng 11/2025.\n3. Địa điểm: tại trường học.\n"
                        "III. TRÁCH NHIỆM CỦA CÁC ĐƠN VỊ\n1. Phòng Giáo dục Mầm non:\na) Hướng dẫn các cơ sở rà soát.\n"
                        "b) Tổng hợp kết quả.\n2. Phòng Kế hoạch - Tài chính hướng dẫn sử dụng kinh phí.")
    tasks = parse_text(text)[0]["tasks"]
    assert [(t["label"], t["lead"]) for t in tasks] == [("1", ["Phòng Giáo dục Mầm non"]),
                                                        ("2", ["Phòng Kế hoạch - Tài chính"])]
    assert split_agencies("Cục Phòng bệnh là đầu mối") == ["Cục Phòng bệnh là đầu mối"]  # (the role is cut where leads are read)


def test_continuing_education_is_no_adverb():
    from pipeline.parse.tasks import _described_group
    assert _described_group("Giám đốc các trung tâm", " giáo dục nghề nghiệp - giáo dục thường xuyên") == \
        "Giám đốc các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"
