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
