"""Nineteenth round of task-lead rules (leads19), from documents in the crawler list tnt305/tai_lieu_noi_bo
src/crawler/nghidinh.jsonl (offsets 60000-120000; pages listed in gold/development/reading_tasks.tsv). The lines are
the documents' own (624/TB-VPCP, 377/NQ-CP), abridged where '…' stands."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines

# 624/TB-VPCP: a conclusion notice's sections — results, shortcomings and causes, then the tasks
NOTICE_624 = """I. VỀ KẾT QUẢ ĐẠT ĐƯỢC
Thực hiện nghiêm chỉ đạo của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST, CĐS), … đã đạt kết quả nổi bật: (1) ban hành nhiều văn bản chỉ đạo, điều hành …
II. VỀ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN CHỦ YẾU
1. Về tồn tại, hạn chế: Ban Chỉ đạo của Chính phủ thẳng thắn chỉ ra những hạn chế, bất cập cần khắc phục: (1) Vẫn còn nhiệm vụ chậm muộn kể từ sau Phiên họp thứ tư; …
2. Nguyên nhân chủ yếu: (1) Quyết tâm chính trị chưa đủ mạnh, còn tâm lý e dè, sợ sai, sợ trách nhiệm; …
III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ
1. Quyết liệt trong chỉ đạo, điều hành, chịu trách nhiệm đến cùng:
Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương phải phát huy vai trò nêu gương của người đứng đầu; …
2. Đẩy mạnh rà soát, xây dựng, hoàn thiện thể chế, cơ chế chính sách: Các bộ khẩn trương trình Chính phủ ban hành các Nghị định hướng dẫn, bảo đảm phù hợp với thời điểm có hiệu lực của các Luật; …
"""


def _tasks(text: str) -> list[dict]:
    lines = split_lines(text)
    return tasks.find_tasks(lines, 0, len(lines), plan=False)


def test_a_section_of_shortcomings_and_causes_asks_nothing():
    # was II.1 ('Ban Chỉ đạo'), II.2, III.1, III.2: the findings taken for a task section
    assert [(t["label"], t["lead"]) for t in _tasks(NOTICE_624)] == [
        ("1", ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
               "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]),
        ("2", ["Các bộ"])]


def test_a_section_of_tasks_to_remedy_shortcomings_is_still_one():
    # guard: a title that only mentions them after its work ("… KHẮC PHỤC TỒN TẠI, HẠN CHẾ") keeps its items
    text = NOTICE_624.replace("III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ",
                              "III. NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC TỒN TẠI, HẠN CHẾ")
    assert [t["label"] for t in _tasks(text)] == ["1", "2"]


POINT_LEADS = [
    # 624/TB-VPCP III.3 and III.4: a topic, then points numbered in brackets each opening on who acts (was none)
    ("3. Khẩn trương xây dựng và ban hành chiến lược chuyển đổi số và chiến lược dữ liệu: (1) Thanh tra Chính phủ ban "
     "hành trước ngày 25 tháng 11 năm 2025; (2) Bộ Công an chủ trì, phối hợp các bộ, cơ quan liên quan ban hành hướng "
     "dẫn để các bộ, ngành, địa phương thực hiện việc rà soát, đánh giá và xếp hạng chất lượng các cơ sở dữ liệu;\n",
     ["Thanh tra Chính phủ", "Bộ Công an"]),
    ("4. Đẩy mạnh cắt giảm, đơn giản hóa thủ tục hành chính: (1) Các bộ, ngành, khẩn trương rà soát, sửa đổi và thống "
     "nhất quy trình tái cấu trúc dịch vụ công trực tuyến …; (2) các bộ, ngành, địa phương tổ chức tổng rà soát hiện "
     "trạng cung cấp dịch vụ công trực tuyến …\n",
     ["Các bộ, ngành", "các bộ, ngành, địa phương"]),
    # guard: points naming nobody (624/TB-VPCP II.2) give none
    ("2. Nguyên nhân chủ yếu: (1) Quyết tâm chính trị chưa đủ mạnh, còn tâm lý e dè, sợ sai, sợ trách nhiệm; (2) Thể "
     "chế, chính sách chậm cập nhật, chưa theo kịp thực tiễn và tốc độ công nghệ;\n", []),
]


@pytest.mark.parametrize("text,lead", POINT_LEADS)
def test_points_in_brackets_after_a_topic_name_who_acts(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead


def test_a_verb_opening_on_an_agency_heads_word_ends_the_name():
    # 'ban hành' after 'Thanh tra Chính phủ' was read as the head 'Ban' ('Thanh tra Chính phủ ban')
    assert tasks.leading_agency("Thanh tra Chính phủ ban hành trước ngày 25 tháng 11 năm 2025") == "Thanh tra Chính phủ"
    assert tasks.leading_agency("Văn phòng Ban Chỉ đạo tổng hợp, báo cáo") == "Văn phòng Ban Chỉ đạo"  # guard


def test_a_heading_sentence_ends_its_subject_at_a_verb_predicate_does_not_list():
    # 624/TB-VPCP III.5 g): was 'Bộ Y tế xây dựng, trình cấp có thẩm quyền phê duyệt Kế hoạch'
    item = ("g) Bộ Y tế xây dựng, trình cấp có thẩm quyền phê duyệt Kế hoạch triển khai Sổ sức khỏe điện tử và bệnh án "
            "điện tử phạm vi toàn quốc giai đoạn 2026 - 2030, trong đó xác định rõ: mục tiêu, thành phần, lộ trình, …\n")
    assert tasks.heading_lead([ln for ln in split_lines(item) if ln.text]) == ["Bộ Y tế"]
    # guards (010/CT-UBND I.1, 199/KH-UBND 16): a kind of body, no proper name, stays as written
    assert tasks._subject_only("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên)") == \
        "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên)"
    assert tasks._subject_only("Các sở, ban, ngành khác") == "Các sở, ban, ngành khác"
    # guard (982/QĐ-TTg Điều 2.8, test_mend13b): a list of names closed by a catch-all, its 'tập trung' no verb
    assert tasks._subject_only("Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh nghiệp liên quan") \
        == "Các Khu Công nghệ cao, Khu Công nghệ số tập trung và hiệp hội, doanh nghiệp liên quan"


# 377/NQ-CP Điều 1: the work handed to Bộ Công an with the requirements it must meet, numbered (was no task: the noun
# 'yêu cầu' in '… bảo đảm một số yêu cầu sau:' was taken for the request, naming 'sau')
RESOLUTION_377 = """QUYẾT NGHỊ:
Điều 1. Chính phủ cơ bản thống nhất với dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát môi trường do Bộ Công an trình tại văn bản số 661/TTr-BCA ngày 05 tháng 11 năm 2025. Giao Bộ Công an chủ trì, phối hợp với các bộ, cơ quan ngang bộ và các cơ quan có liên quan nghiên cứu, tiếp thu tối đa ý kiến Thành viên Chính phủ; Bộ Công an chịu trách nhiệm toàn diện về các nội dung tiếp thu, giải trình ý kiến Thành viên Chính phủ, khẩn trương hoàn thiện hồ sơ dự án Pháp lệnh theo đúng quy định, bảo đảm một số yêu cầu sau:
1. Quán triệt và thể chế hóa đầy đủ các quan điểm, chủ trương, chính sách của Đảng, Nhà nước về việc sắp xếp, tinh, gọn tổ chức bộ máy nhà nước. …
2. Rà soát kỹ nội dung dự thảo Pháp lệnh, bảo đảm các nội dung được sửa đổi phù hợp, thống nhất với các quy định của pháp luật về tổ chức bộ máy của Công an nhân dân, …
3. Tiếp tục phối hợp với các Bộ, ngành, cơ quan liên quan và tham khảo ý kiến, kinh nghiệm các chuyên gia, người làm thực tiễn có liên quan, hoàn thiện hồ sơ dự án Pháp lệnh bảo đảm rõ ràng, minh bạch, khả thi, thống nhất khi triển khai thực hiện.
Điều 2. Giao Bộ trưởng Bộ Công an thừa ủy quyền Thủ tướng Chính phủ, thay mặt Chính phủ ký Tờ trình của Chính phủ về dự án Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cảnh sát môi trường, trình Ủy ban Thường vụ Quốc hội, bảo đảm thời hạn theo thời quy định.
"""


def test_a_request_then_the_requirements_it_must_meet():
    assert [(t["label"], t["lead"]) for t in _tasks(RESOLUTION_377)] == [
        ("1", ["Bộ Công an"]), ("2", ["Bộ Công an"]), ("3", ["Bộ Công an"])]


def test_a_requirement_noun_with_no_request_before_it_names_nobody():
    # guard: the same article with no 'Giao …' gives no list (an article's numbered items are no requests)
    text = RESOLUTION_377.replace("Giao Bộ Công an chủ trì, phối hợp với", "Bộ Công an đã phối hợp với")
    assert _tasks(text) == []
