"""Nineteenth round of task-lead rules (leads19), from documents in the crawler list tnt305/tai_lieu_noi_bo
src/crawler/nghidinh.jsonl (offsets 60000-120000; pages listed in gold/development/reading_tasks.tsv). The lines are
the documents' own (624/TB-VPCP, 377/NQ-CP), abridged where '…' stands."""
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
