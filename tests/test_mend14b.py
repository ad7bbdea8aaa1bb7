"""Findings of the review of the task-lead rounds leads18/19/20 (issue 4, /tmp/review14a/report.md): one test a
finding, on the reviewer's input (a saved text with one line changed, or its probe), with the cases the fix must
leave alone."""
import time

import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines


def _lead(text: str) -> list[str]:
    return tasks.heading_lead([ln for ln in split_lines(text) if ln.text])


def _found(text: str) -> list[tuple[str, list[str]]]:
    lines = split_lines(text)
    return [(t["label"], t["lead"]) for t in tasks.find_tasks(lines, 0, len(lines))]


# Finding 1: a plan's heading naming a body whose name holds a verb-looking word ("đầu tư", "xây dựng") was cut there
# (k01_199_KH-UBND items 5, 6, 10 renamed, v9_names_KH.txt); the cut stays for a predicate that goes on (624/TB-VPCP
# III.5.g, test_tasks_leads19).
@pytest.mark.parametrize("item, lead", [
    ("5. Trung tâm Xúc tiến đầu tư, thương mại và du lịch: Định hướng, hướng dẫn các cơ quan báo chí, phát thanh, "
     "truyền hình, các đơn vị trực thuộc tăng cường công tác tuyên truyền phòng, chống ma túy.",
     ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch"]),
    ("6. Ban Quản lý dự án đầu tư xây dựng tỉnh: Phối hợp với các đơn vị liên quan kiểm tra, phát hiện và xử lý kịp "
     "thời đối với cơ quan, đơn vị, doanh nghiệp.", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]),
    ("10. Ban Chỉ đạo xây dựng nông thôn mới tỉnh: Phối hợp Công an tỉnh tham mưu, đề xuất Ủy ban nhân dân tỉnh rà "
     "soát, báo cáo.", ["Ban Chỉ đạo xây dựng nông thôn mới tỉnh"]),
    # guards: a list of verbs, a verb with an agency as its object
    ("1. Sở Tư pháp tham mưu, đề xuất:\n- Rà soát.\n- Báo cáo.", ["Sở Tư pháp"]),
    ("2. Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh:\n- Rà soát.\n- Báo cáo.", ["Sở Nội vụ"]),
])
def test_a_name_holding_a_verb_looking_word_is_not_cut_there(item, lead):
    assert _lead(item + "\n") == lead
