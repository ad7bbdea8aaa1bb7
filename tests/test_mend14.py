"""Issue 4 (task tables), stop 14: one test an item, on the rows of the dev documents' task tables
(samples/corpus/tnt_310_KH-UBND.md, fresh_G_2820_QĐ-UBND.md, gold split "dev")."""
from __future__ import annotations

import json
from pathlib import Path

import regex

from pipeline import cleanup
from pipeline.batch import process_file

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "samples/corpus/tnt_310_KH-UBND.md"


def _plan_rows() -> tuple[str, list[str], list[list[str]]]:
    """310/KH-UBND's body up to its annex table, the table's header and rows as the web copy prints them."""
    src = PLAN.read_text(encoding="utf-8")
    body, _, table = src.partition("|\n**TT**")
    cells = [c for c in (" ".join(c.replace("*", "").strip("|").split()) for c in regex.split(r"\n\|\n", table)) if c]
    header, rest = ["TT", *cells[:4]], cells[4:]
    return body, header, [rest[i : i + 5] for i in range(0, len(rest), 5)]


def _inline_table(rows: list[list[str]]) -> str:
    """The plan with its annex table as a Markdown table, one row a line ('| 3 | … | | Thường xuyên |')."""
    body, header, _ = _plan_rows()
    return body + "\n".join("| " + " | ".join(r) + " |" for r in [header, ["---"] * 5, *rows]) + "\n"


# Item 1: an empty cell in mid-row shifted the cells after it one column left (the cleaner dropped it).
def test_the_cleaner_keeps_an_empty_cell_between_filled_ones():
    _, _, rows = _plan_rows()
    row = rows[2]
    out = cleanup.strip_markup(f"| {row[0]} | {row[1]} | {row[2]} |  | {row[4]} |")
    assert out.split("\n") == [row[0], row[1], row[2], cleanup.EMPTY_CELL, row[4]]
    # a row's unused last cells and a merged number cell before its text leave no mark (nothing after them to shift)
    assert cleanup.strip_markup(f"|  | {row[1]} | {row[2]} |  |  |").split("\n") == [row[1], row[2]]
    # nor in a header's layout table, its parts read by what they say (congbot_22's signature block, a column between)
    assert cleanup.strip_markup("| Nơi nhận: - Như Điều 2; - Lưu: VT, PVHCC. |  | CHỦ TỊCH Nguyễn Văn Sơn |") == \
        "Nơi nhận: - Như Điều 2; - Lưu: VT, PVHCC.\nCHỦ TỊCH Nguyễn Văn Sơn"


def test_text_table_rows_with_empty_cells(tmp_path):
    _, _, rows = _plan_rows()
    rows = [list(r) for r in rows]
    rows[2][3] = ""  # no coordinators
    rows[3][2] = ""  # no chair
    rows[3][3] = rows[3][3][0].lower() + rows[3][3][1:]  # a cell in lower case after the empty one (joined to it)
    path = tmp_path / "plan.md"
    path.write_text(_inline_table(rows), encoding="utf-8")
    tasks = process_file(str(path))["documents"][0]["tasks"]
    assert [t["label"] for t in tasks] == ["1", "2", "3", "4", "5", "6"]
    assert tasks[2]["coordinators"] == [] and tasks[2]["timeline"] == rows[2][4]
    assert tasks[2]["lead"] == ["Ban Quản lý các khu công nghệ cao và khu công nghiệp"]
    assert tasks[3]["lead"] == [] and tasks[3]["coordinators"] == [rows[3][3]] and tasks[3]["timeline"] == rows[3][4]
    assert tasks[4]["timeline"] == rows[4][4]


# Item 2: unnumbered follow-on rows of a task table belong to the numbered row above (gold/README, 2820/QĐ-UBND), and a
# row listing its sub-items one a line in each cell ('Bố trí nhân lực …' twice over two leads, two coordinators).
DECISION = ROOT / "samples/corpus/fresh_G_2820_QĐ-UBND.md"
DECISION_GOLD = ROOT / "gold/fresh_G_2820_QĐ-UBND.json"


def _decision_gold() -> list[dict]:
    gold = json.loads(DECISION_GOLD.read_text(encoding="utf-8"))
    assert gold["split"] == "dev"
    return gold["documents"][0]["tasks"]


def test_follow_on_rows_and_sub_item_lines_of_the_dev_decision():
    gold = {t["label"]: t for t in _decision_gold()}
    got = {t["label"]: t for t in process_file(str(DECISION))["documents"][0]["tasks"]}
    assert list(got) == list(gold)
    for label in ("IV.2", "IV.4", "V.1"):  # IV.2 and V.1: a follow-on row each; IV.4: two sub-items a cell
        assert got[label]["lead"] == gold[label]["lead"], label
        assert got[label]["coordinators"] == gold[label]["coordinators"], label
        assert got[label]["timeline"] == gold[label]["timeline"], label
    assert got["IV.2"]["text"].endswith("khả năng phục hồi hệ thống sau sự cố.")  # the follow-on row's text added
    # the other rows as before: every lead and timeline as the gold reads them
    assert [t["lead"] for t in got.values()] == [t["lead"] for t in gold.values()]
    # (the web copy prints 'Hằng năm.' with a full stop the gold leaves out)
    assert [t["timeline"].rstrip(".") for t in got.values()] == [t["timeline"] for t in gold.values()]


# Item 3: a blank line inside a PDF-layout table row (its cells broken into short lines) made the reader give up the
# whole table ("no rows rather than wrong ones"). The tables are those of tests/test_tasks_tables.py (Công báo text
# layers of 97/NQ-CP, 100/NQ-CP), a blank line put between two cells of a row.
def _layout_tables():
    import importlib.util

    spec = importlib.util.spec_from_file_location("layout_tables", ROOT / "tests/test_tasks_tables.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(tmp_path, name: str, text: str) -> list[tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(t["label"], t["lead"], t["coordinators"], t["timeline"], t["text"])
            for t in process_file(str(path))["documents"][0]["tasks"]]


def _blank_before(text: str, cells: str) -> str:
    assert text.count(cells) == 1
    return text.replace(cells, "\n" + cells)


def test_a_blank_line_inside_a_layout_row(tmp_path):
    nq97 = _layout_tables().NQ97
    as_printed = _read(tmp_path, "97.txt", nq97)
    assert len(as_printed) == 5
    # row 3 between its text and its chair; row 5 (the table's last) between its coordinators and its result
    blanks = _blank_before(_blank_before(nq97, "Các bộ,\ncơ quan ngang bộ\nBộ Tư pháp\nCác đề tài"),
                           "Các văn bản\nquy phạm pháp\nluật trình")
    assert _read(tmp_path, "97b.txt", blanks) == as_printed


def test_a_blank_line_inside_a_row_of_a_table_without_its_header_repeated(tmp_path):
    nq100 = _layout_tables().NQ100
    as_printed = _read(tmp_path, "100.txt", nq100)
    blank = _blank_before(nq100, "Bộ Ngoại\ngiao\nCác\nBộ,\nngành,\nđịa\nphương, Ủy\nban Công tác\nvề\ncác\ntổ\nchức\n"
                                 "PCPNN,\nVTV, VOV,\nTTXVN\nHội nghị")  # row 1: between its text and its chair
    assert _read(tmp_path, "100b.txt", blank) == as_printed


def test_the_table_still_ends_at_a_blank_line_before_a_heading_or_paragraphs(tmp_path):
    # guard: after the last row a blank line, then a heading or two paragraphs apart: no cells of the last row
    nq97 = _layout_tables().NQ97
    as_printed = _read(tmp_path, "97.txt", nq97)
    for k, after in enumerate(["III. TỔ CHỨC THỰC HIỆN\nCác bộ, cơ quan ngang bộ tổ chức thực hiện Nghị quyết này.",
                               "Nơi nhận:\n- Như trên;",
                               "Các bộ, cơ quan ngang bộ báo cáo kết quả thực hiện.\n\nBộ Tư pháp tổng hợp, báo cáo.",
                               # one paragraph to the end is taken for the last row's going on, but after its cells:
                               # its text, chair, coordinators and time stay
                               "Các bộ, cơ quan ngang bộ báo cáo kết quả thực hiện trước ngày 15 tháng 12 hằng năm."]):
        assert _read(tmp_path, f"97_{k}.txt", nq97 + "\n" + after + "\n") == as_printed


# Item 4 (tests/test_pdf_tables.py renders the page): text beside a table is kept unless it repeats one of its cells.
def test_text_beside_a_table_leaves_out_what_repeats_a_cell():
    from pipeline import raster

    _, header, rows = _plan_rows()
    beside = "Ban Quản lý các khu công\n(Kèm theo Kế hoạch số:\n/KH-UBND ngày / /2025\nThường xuyên\nHàng"
    # a cell's words running over the table's rule (two words and more, or the whole cell) are the table's own
    assert raster._beside(beside, [header, *rows]) == "(Kèm theo Kế hoạch số:\n/KH-UBND ngày / /2025\nHàng"


# A cell over two lines broken after 'và' ('Sở Khoa học và' / 'Công nghệ') in a row with no more lines than columns
# (its last cell empty) was read as two cells: 'Sở Khoa học và' the chair, 'Công nghệ' the coordinators, the
# coordinators the time. Rows 5-7 of the annex table of 980/KH-UBND (Nghệ An, 2025; a development text of the
# twentieth round), one cell a line as the web copy gives it.
NGHE_AN_ROWS = """PHỤ LỤC
TT
Nội dung thực hiện
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
Sản phẩm dự kiến
5
Hướng dẫn thanh toán chi phí khám bệnh, chữa bệnh, xử lý môi trường, phòng, chống dịch bệnh nguy hiểm trong phòng thủ dân sự
Sở Y tế
Sở Tài chính và cơ quan, địa phương liên quan
2025
6
Tiếp nhận các số, tần số trực canh, cấp cứu khẩn cấp; bảo đảm quyền ưu tiên sử dụng các phương tiện thông tin liên lạc phục vụ chỉ đạo, điều hành về phòng thủ dân sự
Sở Khoa học và
Công nghệ
Cơ quan, địa phương liên quan
2025
7
Ban hành Quy chế Phối hợp tìm kiếm, cứu nạn trên biển, trong vùng nước cảng biển và thủy nội địa thay thế Quy chế hiện hành
Sở Xây dựng
Văn phòng Ban Chỉ huy và cơ quan, địa phương liên quan
Sau khi có Quy chế của TW
Quyết định Chủ tịch
UBND tỉnh
"""


def test_a_cell_broken_after_a_conjunction_in_a_row_with_an_empty_last_cell():
    from pipeline.parse import tasks
    from pipeline.parse.lines import split_lines

    # (numbered 1-3 here: the reader counts the rows from 1)
    lines = split_lines(NGHE_AN_ROWS.replace("\n5\n", "\n1\n").replace("\n6\n", "\n2\n").replace("\n7\n", "\n3\n"))
    rows = tasks._table_tasks(lines, 0, len(lines))
    assert [r["lead"] for r in rows] == [["Sở Y tế"], ["Sở Khoa học và Công nghệ"], ["Sở Xây dựng"]]
    assert rows[1]["timeline"] == "2025" and rows[1]["coordinators"] == ["Cơ quan, địa phương liên quan"]
    assert rows[2]["timeline"] == "Sau khi có Quy chế của TW"  # (guard: a full row as before)
