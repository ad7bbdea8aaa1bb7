"""Findings of the review of 4d70f78..c4faeef (issue 4, /tmp/s13/review_findings.md): one test a finding, on the
reviewer's input, with the cases the fix must leave alone."""
from pipeline.parse import parse_text, tasks
from pipeline.parse.lines import split_lines


# Finding 7: a line of '*' only inside an item (markdown bold markers of an OCR'd heading split from their text,
# blank lines removed) left nothing to read the heading's last word from, and parse_text raised IndexError.
STAR_LINE = """1. Thực hiện hiệu quả công tác kiểm tra, giám sát
**
Các sở, ban, ngành chuyển mạnh từ tiền kiểm sang hậu kiểm trong hoạt động quản lý nhà nước."""


def test_a_line_of_stars_in_an_item_does_not_crash():
    lines = split_lines(STAR_LINE)
    assert tasks._subject_below_topic(lines) is None  # the heading's line does not run on to the subject's
    tasks.heading_lead(lines)
    # the heading over its subject's paragraph still gives the subject without the stars line
    assert tasks.heading_lead(split_lines(STAR_LINE.replace("**\n", ""))) == ["Các sở, ban, ngành"]
