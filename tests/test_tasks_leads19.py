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


# 624/TB-VPCP III.5 and III.6 (abridged): a topic over lettered points, each headed by its agency (was none)
POINTS_624 = """III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM, CỤ THỂ
1. Quyết liệt trong chỉ đạo, điều hành, chịu trách nhiệm đến cùng: …
2. Đẩy mạnh rà soát, xây dựng, hoàn thiện thể chế, cơ chế chính sách: …
3. Khẩn trương xây dựng và ban hành chiến lược chuyển đổi số và chiến lược dữ liệu: …
4. Đẩy mạnh cắt giảm, đơn giản hóa thủ tục hành chính: …
5. Nhiệm vụ về phát triển KHCN, ĐMST, CĐS và ĐA06
a) Bộ Khoa học và Công nghệ: (1) trình Thủ tướng Chính phủ Chương trình quốc gia phát triển các sản phẩm công nghệ chiến lược ưu tiên triển khai, hoàn thành trong tháng 11 năm 2025; …
b) Bộ Công an: (1) Tiếp tục đầu tư phát triển, mở rộng Trung tâm Dữ liệu quốc gia số 1, nhiệm vụ thường xuyên; …
c) Văn phòng Chính phủ chủ trì tham mưu sửa đổi, bổ sung Nghị định số 118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 …, hoàn thành trong tháng 12 năm 2025.
g) Bộ Y tế xây dựng, trình cấp có thẩm quyền phê duyệt Kế hoạch triển khai Sổ sức khỏe điện tử và bệnh án điện tử phạm vi toàn quốc giai đoạn 2026 - 2030, trong đó xác định rõ: mục tiêu, thành phần, lộ trình, …
6. Bảo đảm kinh phí từ nguồn ngân sách và đầu tư
a) Bộ Tài chính: (1) Chủ trì, phối hợp với Bộ Khoa học và Công nghệ và các bộ, ngành liên quan nghiên cứu, đề xuất cơ chế, chính sách tài chính phù hợp, …
b) Các bộ, ngành, địa phương căn cứ chức năng, nhiệm vụ được giao, thực trạng, hướng dẫn của Bộ Khoa học và Công nghệ khẩn trương đăng ký nhu cầu kinh phí qua Bộ Khoa học và Công nghệ, …
"""


def test_lettered_points_headed_by_agencies_lead_their_item():
    assert [(t["label"], t["lead"]) for t in _tasks(POINTS_624)][4:] == [
        ("5", ["Bộ Khoa học và Công nghệ", "Bộ Công an", "Văn phòng Chính phủ", "Bộ Y tế"]),
        ("6", ["Bộ Tài chính", "Các bộ, ngành, địa phương"])]


def test_a_section_headed_by_whom_it_concerns_still_leads_its_items():
    # guard (778/TCHQ-GSQL I.1): the section's heading names who, the points name particular offices of them
    text = ("I. Các Chi cục Hải quan trên toàn quốc\n"
            "1. Hướng dẫn bổ sung việc khai báo, xử lý tờ khai vận chuyển độc lập (VCĐL):\n"
            "a) Chi cục Hải quan nơi đăng ký tờ khai (nơi đi):\n"
            "- Tiếp nhận, kiểm tra tờ khai VCĐL theo quy định …\n"
            "b) Chi cục Hải quan nơi hàng hóa được vận chuyển đến:\n"
            "- Thực hiện xác nhận hàng đến trên Hệ thống …\n")
    assert [(t["label"], t["lead"]) for t in _tasks(text)] == [("1", ["Các Chi cục Hải quan trên toàn quốc"])]


def test_a_dispatchs_points_give_its_item_no_lead():
    # guard (4254/TCT-KK item 1): a dispatch's item names its own lead or none
    text = ("1. Đối chiếu, rà soát số thuế TTĐB của hàng hóa nhập khẩu chịu thuế\n"
            "a) Đồng chí Cục trưởng Cục Thuế có trách nhiệm chỉ đạo, phân công các bộ phận …\n"
            "b) Thực hiện điều chỉnh nghĩa vụ thuế phát sinh phải nộp, đã nộp, còn phải nộp …\n"
            "2. Tổ chức thực hiện\n")
    lines = split_lines(text)
    assert [t["lead"] for t in tasks.find_tasks(lines, 0, len(lines), plan=False, dispatch=True)] == [[], []]


def test_a_heading_sentence_ends_its_subject_at_a_verb_predicate_does_not_list():
    assert tasks._subject_only("Bộ Y tế xây dựng, trình cấp có thẩm quyền phê duyệt Kế hoạch") == "Bộ Y tế"
    # guards (010/CT-UBND I.1, 199/KH-UBND 16): a kind of body, no proper name, stays as written
    assert tasks._subject_only("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên)") == \
        "Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu Kinh tế Phú Yên)"
    assert tasks._subject_only("Các sở, ban, ngành khác") == "Các sở, ban, ngành khác"
