"""Leads from the sentence that introduces a numbered list standing under no heading (gold/README, tasks, lead rule:
"… the opening sentence of its section — or, where the list stands under no heading, the sentence that introduces the
list —"; "A dispatch's items have lead [] unless the item itself names who acts"). Lines quoted from real documents of
the twelfth round (gold/development/reading_tasks.tsv)."""
from __future__ import annotations

import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines
from pipeline.textnorm import normalize

# Chỉ thị of the Chairman of Hà Tĩnh's UBND on administrative reform (the provincial portal's copy, a commune site):
# its agencies set apart by a semicolon, the action after them ("tập trung triển khai …") ending them.
HA_TINH_CCHC = (
    "Để khắc phục các tồn tại, hạn chế nêu trên và tiếp tục đẩy mạnh Chương trình tổng thể CCHC theo các quy định, "
    "hướng dẫn của Trung ương, Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban ngành, đơn vị cấp tỉnh; "
    "các cơ quan Trung ương đóng trên địa bàn tỉnh và Chủ tịch UBND các cấp tập trung triển khai thực hiện các nội "
    "dung sau:\n\n"
    "1. Tiếp tục quán triệt sâu sắc và thể chế hóa các chủ trương, đường lối của Đảng, quy định của nhà nước về CCHC, "
    "xây dựng nền hành chính phục vụ Nhân dân, dân chủ, chuyên nghiệp, hiện đại, trong sạch, vững mạnh, tinh gọn, hoạt "
    "động hiệu lực, hiệu quả, có năng lực kiến tạo phát triển; lấy người dân làm trung tâm, lấy sự hài lòng của người "
    "dân làm thước đo đánh giá chất lượng hoạt động của bộ máy chính quyền các cấp.\n"
)

# Công văn 296/BHXH-CSYT (dispatch): its list is introduced by a request to the provinces' social insurance offices.
BHXH_296 = (
    "(Sau đây viết tắt là BHXH các tỉnh) Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc hướng dẫn thực hiện "
    "một số quy định tại Điều 22 Luật Bảo hiểm y tế (BHYT). Để thống nhất trong tổ chức thực hiện, Bảo hiểm xã hội (BHXH) "
    "Việt Nam chuyển Công văn số 627/BYT-BH và Công văn số 666/BYT-BH đề nghị BHXH các tỉnh nghiên cứu, phối hợp cùng "
    "các cơ sở khám, chữa bệnh (KCB) BHYT triển khai thực hiện, đảm bảo quyền lợi cho người tham gia BHYT khi đi KCB, "
    "đồng thời thực hiện một số nội dung sau:\n"
    "1. Rà soát việc kê thêm giường so với giường được phê duyệt tại các cơ sở KCB BHYT\n"
    "2. Một số lưu ý trong triển khai thực hiện quy định tại Điều 22 Luật BHYT:\n"
)

# Chỉ thị 01/CT-UBND (2025) of the Chairman of Bình Thuận's UBND on the Tết holiday: two requests in one sentence,
# the heads' titles in lower case, a body's proper name then a kind of body at all levels.
BINH_THUAN_TET = (
    "Để triển khai thực hiện các văn bản chỉ đạo của Thủ tướng Chính phủ, của Tỉnh ủy về việc tổ chức và đón Tết "
    "Nguyên đán năm 2025; chuẩn bị tốt các điều kiện phục vụ Nhân dân đón Tết vui tươi, lành mạnh, an toàn, tiết kiệm; "
    "thúc đẩy phục hồi và phát triển sản xuất, kinh doanh trên các lĩnh vực ngay từ đầu năm và dịp Tết Nguyên đán; Chủ "
    "tịch UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành, chủ tịch UBND các huyện, thị xã, thành phố và đề nghị Mặt "
    "trận Tổ quốc Việt Nam, đoàn thể các cấp tập trung thực hiện tốt một số nhiệm vụ chủ yếu sau đây:\n"
    "1. Quán triệt và tổ chức thực hiện nghiêm túc các văn bản chỉ đạo của Ban Bí thư Trung ương Đảng, Chính phủ, Thủ "
    "tướng Chính phủ, các bộ, ngành trung ương và Tỉnh ủy, cụ thể:\n"
    "a) Thực hiện tốt các nhiệm vụ trọng tâm tại Chỉ thị số 40-CT/TW, ngày 11 tháng 12 năm 2024 của Ban Bí thư về việc "
    "tổ chức Tết Ất Tỵ năm 2025\n"
)

LEAD_CASES = [
    (BINH_THUAN_TET, False, {"1": ["thủ trưởng các sở, ban, ngành", "chủ tịch UBND các huyện, thị xã, thành phố",
                                   "Mặt trận Tổ quốc Việt Nam", "đoàn thể các cấp"]}),
    # a directive: the introducing sentence names who, the item nobody → its agencies, each head's group one entry
    (HA_TINH_CCHC, False, {"1": ["Giám đốc các sở", "Thủ trưởng các ban ngành, đơn vị cấp tỉnh",
                                 "các cơ quan Trung ương đóng trên địa bàn tỉnh", "Chủ tịch UBND các cấp"]}),
    # the same layout in a dispatch: its items name nobody, so no lead (the dispatch rule)
    (BHXH_296, True, {"1": [], "2": []}),
    (HA_TINH_CCHC, True, {"1": []}),
    # … which is the document type's rule alone: the sentence itself does name who
    (BHXH_296, False, {"1": ["BHXH các tỉnh"], "2": ["BHXH các tỉnh"]}),
]


@pytest.mark.parametrize("text, dispatch, leads", LEAD_CASES)
def test_a_list_under_no_heading_takes_its_introducing_sentence(text, dispatch, leads):
    lines = split_lines(text)
    found = tasks.find_tasks(lines, 0, len(lines), plan=False, dispatch=dispatch)
    assert {t["label"]: t["lead"] for t in found} == leads


def test_the_introducing_sentence_must_introduce_the_list():
    """A paragraph that asks someone but does not end on the colon over the list introduces nothing."""
    sentence = HA_TINH_CCHC.split("\n")[0]
    assert tasks._introducing_agencies(sentence) == ["Giám đốc các sở", "Thủ trưởng các ban ngành, đơn vị cấp tỉnh",
                                                     "các cơ quan Trung ương đóng trên địa bàn tỉnh", "Chủ tịch UBND các cấp"]
    assert tasks._introducing_agencies(sentence.rstrip(":") + ".") == []


def test_an_opening_sentence_may_set_its_agencies_apart_by_semicolons():
    """The same sentence opening a section or an article (_group_lead) gives the same agencies."""
    sentence = HA_TINH_CCHC.split("\n")[0]
    assert tasks._group_lead(sentence) == ["Giám đốc các sở", "Thủ trưởng các ban ngành, đơn vị cấp tỉnh",
                                           "các cơ quan Trung ương đóng trên địa bàn tỉnh", "Chủ tịch UBND các cấp"]


def test_the_asked_end_where_their_action_starts():
    """778/TCHQ-GSQL's opening sentence (a dispatch, so no lead there; the reading of the sentence is the same): the
    issuer's own request after its grounds, its addressee ending at the first verb ('thông báo, hướng dẫn …')."""
    sentence = ("Để đảm bảo việc trao đổi thông tin điện tử giữa cơ quan Hải quan và doanh nghiệp kinh doanh cảng, kho, "
                "bãi tại khu vực cửa khẩu cảng biển theo quy định tại Điều 41 Luật Hải quan, Tổng cục Hải quan yêu cầu "
                "Cục Hải quan các tỉnh, thành phố thông báo, hướng dẫn Chi cục Hải quan trực thuộc và người khai hải "
                "quan thực hiện nội dung sau:")
    assert tasks._introducing_agencies(sentence) == ["Cục Hải quan các tỉnh, thành phố"]


def test_a_collective_named_by_its_kinds_is_one_entry_and_a_definition_no_part_of_a_name():
    """The Prime Minister's directive on the 2021 school-leaving and university entrance exams, its introducing
    sentence as a school's site quotes it: 'các bộ, cơ quan ngang bộ, cơ quan thuộc chính phủ' one entry (gold/README),
    the bracket defining a short name left out of the provinces' entry."""
    sentence = ("…; để kỳ thi và tuyển sinh năm 2021 được triển khai an toàn, nghiêm túc, khách quan, chất lượng, tạo điều "
                "kiện thuận lợi nhất cho thí sinh; Thủ tướng chính phủ yêu cầu Bộ giáo dục và Đào tạo, các bộ, cơ quan "
                "ngang bộ, cơ quan thuộc chính phủ, UBND các tỉnh, thành phố trực thuộc Trung ương (gọi tắt là UBND cấp "
                "tỉnh) tập trung các công việc trọng tâm sau đây:")
    assert tasks._introducing_agencies(sentence) == [
        "Bộ giáo dục và Đào tạo", "các bộ, cơ quan ngang bộ, cơ quan thuộc chính phủ",
        "UBND các tỉnh, thành phố trực thuộc Trung ương"]


def test_a_sentence_naming_requirements_not_agencies_gives_no_lead():
    """4713/CT-BGDĐT: 'yêu cầu' as a noun ('cần đáp ứng 5 yêu cầu sau đây:'); its item 1's 'Toàn ngành' is no agency."""
    text = ("Việc đổi mới quản lý giáo dục đại học trong năm học 2010 - 2011 cần đáp ứng 5 yêu cầu sau đây:\n"
            "1. Toàn ngành tiếp tục thực hiện đổi mới quản lý giáo dục đại học theo Nghị quyết số 50/2010/NQ-QH12 ngày 19 "
            "tháng 6 năm 2010 của Quốc hội khóa 12\n")
    lines = split_lines(text)
    assert [(t["label"], t["lead"]) for t in tasks.find_tasks(lines, 0, len(lines), plan=False)] == [("1", [])]


def test_a_party_body_in_lower_case_opens_the_list():
    """432/TB-VPTW (a development text of the fifth round): the General Secretary's conclusion asks 'cấp uỷ, tổ chức
    đảng, chính quyền, đoàn thể các cấp', the bodies in lower case without 'các'; one collective at all levels."""
    sentence = ("là những người chịu nhiều thiệt thòi. Để làm tốt việc này, yêu cầu cấp uỷ, tổ chức đảng, chính quyền, "
                "đoàn thể các cấp tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau:")
    assert tasks._introducing_agencies(normalize(sentence)) == ["cấp ủy, tổ chức đảng, chính quyền, đoàn thể các cấp"]


def test_a_party_body_list_is_not_cut_at_its_noun_to_chuc():
    """REQUEST_RE's guard: after a comma "tổ chức" is a noun of the list (432/TB-VPTW's wording, 'các' added as a
    section's opening sentence writes it), not the action that ends the addressees."""
    sentence = normalize("Để làm tốt việc này, yêu cầu các cấp uỷ, tổ chức đảng, chính quyền, đoàn thể các cấp tập trung "
                         "thực hiện tốt một số nhiệm vụ, giải pháp sau:")
    assert tasks._group_lead(sentence) != ["các cấp ủy"]
    assert any("tổ chức đảng" in a for a in tasks._group_lead(sentence))
