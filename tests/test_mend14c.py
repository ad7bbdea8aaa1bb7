"""Issue 4 (task tables, task leads), stop 14c: the review's findings, one test each, on the reviewer's inputs (plans
and a directive in the dev corpus' own layout, written as the web copies print them)."""
from __future__ import annotations

from pipeline.batch import process_file

HEAD = ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\nSố: {code}\n\nLâm Đồng, ngày 10 tháng 3 năm 2025\n\n{kind}\n\n{subject}\n\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nBảo đảm thi hành Luật kịp thời.\n\n"
        "II. NHIỆM VỤ CỤ THỂ\n\n")
TAIL = "\nIII. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành triển khai thực hiện Kế hoạch này.\n"


def _tasks(tmp_path, body: str, code: str = "31/KH-UBND", kind: str = "KẾ HOẠCH",
           subject: str = "Triển khai thi hành Luật Dữ liệu") -> list[dict]:
    path = tmp_path / "doc.md"
    path.write_text(HEAD.format(code=code, kind=kind, subject=subject) + body + TAIL, encoding="utf-8")
    return process_file(str(path))["documents"][0]["tasks"]


def _table(header: list[str], rows: list[list[str]]) -> str:
    return "\n".join("| " + " | ".join(r) + " |" for r in [header, ["---"] * len(header), *rows]) + "\n"


# Finding 1: a row with as many cells as columns has no follow-on row in it: a product column between the agencies
# ('Sở Tư pháp | Báo cáo kết quả rà soát … | Các sở, ngành') is a cell of its own.
def test_a_full_row_is_not_split_into_a_follow_on_row(tmp_path):
    rows = [["1", "Rà soát các văn bản quy phạm pháp luật liên quan", "Sở Tư pháp",
             "Báo cáo kết quả rà soát văn bản quy phạm pháp luật", "Các sở, ngành", "Quý II/2025"],
            ["2", "Xây dựng quy chế quản lý dữ liệu của tỉnh", "Sở Khoa học và Công nghệ",
             "Quyết định ban hành quy chế quản lý dữ liệu", "Sở Tư pháp", "Quý III/2025"]]
    tasks = _tasks(tmp_path, _table(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Sản phẩm", "Cơ quan phối hợp",
                                     "Thời gian hoàn thành"], rows))
    assert [(t["text"], t["lead"], t["coordinators"], t["timeline"]) for t in tasks] == \
        [(r[1], [r[2]], [r[4]], r[5]) for r in rows]
    # the same with a 'Cấp trình' column between the product and the time
    rows = [["1", "Rà soát các văn bản quy phạm pháp luật liên quan", "Sở Tư pháp", "Các sở, ngành",
             "Báo cáo kết quả rà soát văn bản quy phạm pháp luật", "UBND tỉnh", "Quý II/2025"],
            ["2", "Tập huấn cho cán bộ, công chức", "Sở Nội vụ", "Sở Khoa học và Công nghệ", "Các lớp tập huấn", "",
             "Năm 2025"]]
    tasks = _tasks(tmp_path, _table(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Cấp trình",
                                     "Thời gian hoàn thành"], rows))
    assert [(t["text"], t["lead"], t["coordinators"], t["timeline"]) for t in tasks] == \
        [(r[1], [r[2]], [r[3]], r[6]) for r in rows]


# Finding 6: a cell ending on an agency's head word ('Các Sở, Ban') in a row with a cell for every column is a cell of
# its own: the time after it is not the rest of a name.
def test_an_open_ended_cell_in_a_full_row_keeps_its_neighbour(tmp_path):
    rows = [["1", "Rà soát văn bản", "Sở Tư pháp", "Các Sở, Ban", "Năm 2025"],
            ["2", "Tổng hợp kết quả", "Sở Tài chính", "", "Tháng 11/2025"]]
    tasks = _tasks(tmp_path, _table(["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"], rows))
    assert [(t["lead"], t["coordinators"], t["timeline"]) for t in tasks] == \
        [(["Sở Tư pháp"], ["Các Sở, Ban"], "Năm 2025"), (["Sở Tài chính"], [], "Tháng 11/2025")]


# Finding 2: the cleaner's mark of an empty cell is for the task table reader only: no field of a document shows it, not
# a web copy's header table of four columns nor a numbered table whose header names no columns the reader knows.
def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_no_field_shows_the_empty_cell_mark(tmp_path):
    from pipeline.cleanup import EMPTY_CELL

    web = ("| **ỦY BAN NHÂN DÂN** **TỈNH LÂM ĐỒNG** | | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh "
           "phúc** | |\n|---|---|---|---|\n| Số: 12/UBND-KT V/v tăng cường quản lý giá | | *Lâm Đồng, ngày 10 tháng 3 năm "
           "2025* | |\n\nKính gửi: Các sở, ban, ngành thuộc tỉnh.\n\nỦy ban nhân dân tỉnh yêu cầu các sở, ngành tăng cường "
           "quản lý giá.\n\n| **Nơi nhận:** - Như trên; - Lưu: VT. | | **TM. ỦY BAN NHÂN DÂN** **KT. CHỦ TỊCH** **PHÓ CHỦ "
           "TỊCH** | |\n|---|---|---|---|\n| | | **Nguyễn Văn Bình** | |\n")
    path = tmp_path / "web.md"
    path.write_text(web, encoding="utf-8")
    doc = process_file(str(path))["documents"][0]
    assert doc["subject"] == "tăng cường quản lý giá" and doc["signer"]["name"] == "Nguyễn Văn Bình"
    assert not [s for s in _strings(doc) if EMPTY_CELL in s]
    rows = [["1.", "Chuẩn bị báo cáo tổng kết công tác năm 2024", "", "Phòng Nội vụ"],
            ["2.", "Chuẩn bị hội trường, khánh tiết", "Văn phòng HĐND và UBND huyện", ""],
            ["3.", "Khen thưởng các tập thể, cá nhân", "", "Phòng Nội vụ phối hợp"]]
    path = tmp_path / "plan.md"
    path.write_text(HEAD.format(code="15/KH-UBND", kind="KẾ HOẠCH", subject="Tổ chức Hội nghị tổng kết năm 2024")
                    + _table(["STT", "Công việc", "Người thực hiện", "Ghi chú"], rows) + TAIL, encoding="utf-8")
    doc = process_file(str(path))["documents"][0]
    assert [t["label"] for t in doc["tasks"]] == ["1", "2", "3"]
    assert doc["tasks"][0]["text"].startswith(rows[0][1])
    assert not [s for s in _strings(doc) if EMPTY_CELL in s]


# Finding 4: a topic ending on a whole agency name over a paragraph opening on another is no name the line break cut:
# the paragraph's agency leads (the ocrtasks case, '… của Ủy ban Thường vụ' / 'Quốc hội có hiệu lực …', one name the
# gazetteer knows, is in tests/test_tasks_ocrtasks.py).
def test_a_topic_ending_on_a_name_over_an_agency_paragraph(tmp_path):
    body = ("1. Thực hiện Kết luận của Thủ tướng Chính phủ\nỦy ban nhân dân các huyện khẩn trương rà soát, báo cáo kết "
            "quả.\n\n2. Thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy\nSở Văn hóa, Thể thao và Du lịch chủ trì "
            "tổ chức tuyên truyền.\n")
    tasks = _tasks(tmp_path, body, code="22/KH-UBND", subject="Thực hiện nhiệm vụ trọng tâm năm 2025")
    assert [t["lead"] for t in tasks] == [["Ủy ban nhân dân các huyện"], ["Sở Văn hóa, Thể thao và Du lịch"]]


# Finding 5: the directive's closing paragraph after its last item names the speaker asking, no actor of the item.
def test_the_speaker_of_a_closing_paragraph_leads_no_item(tmp_path):
    text = ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\nSố: 40/CT-UBND\n\nLâm Đồng, ngày 10 tháng 3 năm 2025\n\nCHỈ THỊ\n\n"
            "Về tăng cường công tác phòng, chống cháy rừng\n\nĐể chủ động phòng, chống cháy rừng, Chủ tịch UBND tỉnh yêu "
            "cầu:\n\n1. Sở Nông nghiệp và Môi trường chủ trì theo dõi, hướng dẫn các địa phương.\n\n2. Thực hiện chế độ "
            "báo cáo.\n\nỦy ban nhân dân các huyện báo cáo kết quả về Sở Nông nghiệp và Môi trường trước ngày 25 hằng "
            "tháng.\n\n3. Tăng cường tuyên truyền.\n\nChủ tịch Ủy ban nhân dân tỉnh yêu cầu Thủ trưởng các sở, ngành "
            "nghiêm túc thực hiện Chỉ thị này.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nTrần Văn Hiệp\n")
    path = tmp_path / "directive.md"
    path.write_text(text, encoding="utf-8")
    tasks = process_file(str(path))["documents"][0]["tasks"]
    assert [t["lead"] for t in tasks] == [["Sở Nông nghiệp và Môi trường"], ["Ủy ban nhân dân các huyện"], []]
    # … nor any of its text: the last item ends before it
    assert tasks[-1]["text"] == "Tăng cường tuyên truyền."


# Finding 7: text beside a PDF's table is dropped as the table's own only when it repeats a cell in whole words, three
# and more covering half the cell or its start or end: an annex title or a side note whose words a cell says is kept.
def test_text_beside_a_table_is_kept_unless_it_repeats_a_cell_in_whole_words():
    from pipeline import raster

    rows = [["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            ["1", "Công bố danh mục thủ tục hành chính tại Phụ lục II kèm theo", "Sở Tài chính",
             "Ban Quản lý các khu công nghệ cao và khu công nghiệp", "Quý II/2025"]]
    beside = "PHỤ LỤC I\nTài chính\nBan Quản lý các khu công\nthủ tục hành chính\ntại Phụ lục II kèm theo\nSở Tài chính"
    # the annex title 'PHỤ LỤC I' is no part of 'Phụ lục II'; a cell's start or end, two words and more ('Tài chính'
    # closing 'Sở Tài chính': more likely the cell's fragment than a note of its own, review 14d finding 5), and a
    # whole cell are the table's; 'thủ tục hành chính', mid-cell and short, is not
    assert raster._beside(beside, rows) == "PHỤ LỤC I\nthủ tục hành chính"


# Finding 8: one sentence wrapped over two lines is no two sub-items whose agencies share the columns; a department
# named by its function ends before an adverb urging the verb.
def test_a_wrapped_sentence_is_no_two_sub_items_and_an_urged_verb_ends_a_name():
    from pipeline.parse.tasks import _sub_item_lines, leading_agency

    agencies = ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính", "UBND các huyện"]
    wrapped = ["1", "Xây dựng kế hoạch chuyển đổi số", "của tỉnh giai đoạn 2025-2030", *agencies, "Quý II/2025"]
    assert _sub_item_lines(wrapped, 2, 4) == wrapped  # left to the cell joiner, 'Sở Nội vụ' no lead
    two = ["1", "Xây dựng kế hoạch chuyển đổi số", "Tổ chức triển khai kế hoạch", *agencies, "Quý II/2025"]
    assert _sub_item_lines(two, 2, 4) == ["1", "Xây dựng kế hoạch chuyển đổi số Tổ chức triển khai kế hoạch",
                                          "Sở Khoa học và Công nghệ; Sở Nội vụ", "Sở Tài chính; UBND các huyện",
                                          "Quý II/2025"]
    assert leading_agency("Cục Quản lý sớm hoàn thiện hồ sơ.") == "Cục Quản lý"
    assert leading_agency("Cục Quản lý rủi ro thực hiện rà soát.") == "Cục Quản lý rủi ro"


# (found on the way) a ruled PDF's task table as its text layer gives it, the next section's heading right under its
# last row with no blank line ('| 2. | … | Quý III/2025 |' / 'III. TỔ CHỨC THỰC HIỆN'): the table ends there.
def test_a_task_table_ends_where_text_follows_its_last_row(tmp_path):
    rows = [["1.", "Rà soát các văn bản quy phạm pháp luật liên quan", "Sở Tư pháp", "Các sở, ngành", "Quý II/2025"],
            ["2.", "Xây dựng quy chế quản lý dữ liệu của tỉnh", "Sở Khoa học và Công nghệ", "Sở Tư pháp", "Quý III/2025"]]
    table = _table(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"], rows)
    path = tmp_path / "plan.md"
    path.write_text(HEAD.format(code="31/KH-UBND", kind="KẾ HOẠCH", subject="Triển khai thi hành Luật Dữ liệu")
                    + table + TAIL.lstrip("\n"), encoding="utf-8")
    tasks = process_file(str(path))["documents"][0]["tasks"]
    assert [(t["text"], t["lead"], t["coordinators"], t["timeline"]) for t in tasks] == \
        [(r[1], [r[2]], [r[3]], r[4]) for r in rows]
