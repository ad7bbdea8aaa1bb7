"""Findings 2 and 5 of the review of the PDF-layout task-table reader (issue 4): one test a finding, on the reviewer's
input (/tmp/review13b/lay5.py, crash.py), with the cases the fix must leave alone. The five real tables of the
fourteenth round are guarded by tests/test_tasks_tables.py, which passes unchanged."""
from pipeline.parse import tasks
from pipeline.parse.lines import split_lines

ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
HEADER = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"]
COLS = {"text": 1, "lead": 2, "co": None, "time": 3}


def _groups(marks: list[str], lost_title: bool) -> list[str]:
    lines = ["KẾ HOẠCH", *HEADER]
    for g in marks:
        lines += [f"{g}. Nhóm nhiệm vụ số {g}", "1", "Thực hiện nhiệm vụ thứ nhất", "Sở Tài chính", "Năm 2024",
                  "2", "Thực hiện nhiệm vụ thứ hai", "Sở Nội vụ", "Năm 2024"]
        if lost_title:
            lines.append("Thực hiện tốt công tác kiểm tra giám sát")
    return lines


# Finding 5: after group XII no mark follows; a group row whose mark the text lost after it took "" as its mark and the
# next group-like line crashed on _after("") (chr(ord(""))). The table now reads no rows rather than crash.
def test_a_lost_group_row_after_group_xii_does_not_crash():
    lines = _groups(ROMANS, lost_title=True) + [
        "1", "Nhiệm vụ sau nhóm mất nhãn", "Sở Y tế", "Năm 2024", "Tiếp tục công việc khác",
        "XIII. Nhóm nhiệm vụ mười ba", "", "15", "", "2", "Việc tiếp", "Sở Xây dựng", "Năm 2025", ""]
    text = split_lines("\n".join(lines))
    assert tasks._layout_rows(text, 5, len(text), HEADER, COLS) == []
    assert tasks._table_tasks(text, 0, len(text), layout_only=True) == []
    assert tasks._after("XII") == "" and tasks._after("") == "" and tasks._group_mark("XIII. Nhóm mới", ["XII"]) is None


def test_twelve_group_rows_still_label_their_rows():
    # guard: the groups I … XII, a lost group's title inside them, read as before
    text = split_lines("\n".join(_groups(ROMANS, lost_title=False)))
    rows = tasks._layout_rows(text, 5, len(text), HEADER, COLS)
    assert [r["label"] for r in rows] == [f"{g}.{n}" for g in ROMANS for n in (1, 2)]
    assert rows[-1]["lead"] == ["Sở Nội vụ"] and rows[-1]["timeline"] == "Năm 2024"
    text = split_lines("\n".join(_groups(ROMANS[:3], lost_title=False) + [
        "Thực hiện tốt công tác kiểm tra giám sát", "1", "Nhiệm vụ sau nhóm mất nhãn", "Sở Y tế", "Năm 2024", "2", "Việc tiếp", "Sở Xây dựng", "Năm 2025"]))
    rows = tasks._layout_rows(text, 5, len(text), HEADER, COLS)
    assert [r["label"] for r in rows][-4:] == ["III.1", "III.2", "IV.1", "IV.2"]
    assert rows[-2]["text"] == "Nhiệm vụ sau nhóm mất nhãn" and rows[-2]["lead"] == ["Sở Y tế"]


# Finding 2: a small cell-per-line table (row 2 with no agency cell) before the plan's next part; a page break further
# on ("5"), the page going on in lower case. The blank line after the table was read as one inside a row because a
# paragraph "1. Sở Tài chính …" stood within 60 lines, and the page break then as "the table goes on over the page":
# row 2 swallowed the rest of the body. Now only the next line after a blank line may open a row.
PLAN_HEAD = """KẾ HOẠCH
Triển khai chuyển đổi số năm 2024

I. MỤC ĐÍCH, YÊU CẦU
Bảo đảm triển khai đồng bộ.

II. NHIỆM VỤ CỤ THỂ
TT
Nội dung nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian thực hiện
1
Xây dựng kho dữ liệu dùng chung
Sở Thông tin và Truyền thông
Các sở, ngành
Quý II/2024
2
Số hóa hồ sơ thủ tục hành chính
"""
PLAN_TAIL = """
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch này.
2. Sở Nội vụ đưa nội dung chuyển đổi số vào tiêu chí thi đua
của các cơ quan, đơn vị.

5
và báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2024.
3. Ủy ban nhân dân các huyện, thị xã, thành phố tổ chức triển khai trên địa bàn.

Nơi nhận:
- Như trên;
- Lưu: VT.
"""


def test_a_small_table_does_not_swallow_the_body_after_it():
    text = PLAN_HEAD + PLAN_TAIL
    lines = split_lines(text)
    k = next(i for i, ln in enumerate(lines) if ln.text == "1")
    assert not tasks._crosses_page(lines, k, len(lines), HEADER)
    rows = tasks._table_tasks(lines, 0, len(lines))
    assert [(r["label"], r["text"]) for r in rows] == [("1", "Xây dựng kho dữ liệu dùng chung"),
                                                       ("2", "Số hóa hồ sơ thủ tục hành chính")]
    assert rows[-1]["_span"][1] < text.index("III. TỔ CHỨC")
    assert tasks._table_tasks(lines, 0, len(lines), layout_only=True) == []  # a resolution keeps its body's items


def test_a_table_going_on_over_a_page_still_reads():
    # guard: a page break inside row 2, its text going on in lower case on the next page
    text = PLAN_HEAD + "\n\n5\n" + "và dữ liệu điện tử\nVăn phòng UBND tỉnh\nCác sở, ngành\n" \
        "Năm 2024\n" + PLAN_TAIL
    lines = split_lines(text)
    k = next(i for i, ln in enumerate(lines) if ln.text == "1")
    assert tasks._crosses_page(lines, k, len(lines), HEADER)
    rows = tasks._table_tasks(lines, 0, len(lines), layout_only=True)
    assert [(r["label"], r["text"], r["lead"], r["timeline"]) for r in rows] == [
        ("1", "Xây dựng kho dữ liệu dùng chung", ["Sở Thông tin và Truyền thông"], "Quý II/2024"),
        ("2", "Số hóa hồ sơ thủ tục hành chính và dữ liệu điện tử", ["Văn phòng UBND tỉnh"], "Năm 2024")]
    assert rows[-1]["_span"][1] < text.index("III. TỔ CHỨC")
