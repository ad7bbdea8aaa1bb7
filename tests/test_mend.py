"""Findings of the review of the issue-4 parser merge (2028dca..): one test a finding, on the reviewer's example or a
real document's lines as the parser sees them after cleanup."""
from pipeline.parse import tasks
from pipeline.parse.lines import split_lines


# Finding 1: a ninth capitalised lettered line after part H ("A. PHỤ LỤC" opening an annex) crashed the parts reader.
NINE_LETTERS = "\n".join(
    [f"{c}. PHẦN {c}\n1. Tổ chức thực hiện nội dung {c}." for c in "ABCDEFGH"] + ["A. PHỤ LỤC", "1. Danh mục."])


def test_a_lettered_line_after_part_h_does_not_crash():
    lines = split_lines(NINE_LETTERS)
    parts = tasks._letter_parts(lines, 0, len(lines))
    assert [p.label for p in parts] == list("ABCDEFGH")
    tasks.find_tasks(lines, 0, len(lines), plan=True)
