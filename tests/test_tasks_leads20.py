"""Twentieth round of task-lead rules (leads20), from documents in the crawler list tnt305/tai_lieu_noi_bo
src/crawler/nghidinh.jsonl (offsets 120000-181080; pages listed in gold/development/reading_tasks.tsv). The lines are
the documents' own."""
import pytest

from pipeline.parse import tasks
from pipeline.parse.lines import split_lines

SPEAKER_AGREES = [
    # 212-KL/TW item 1: the Politburo and Secretariat, who conclude, agreeing with the submission put to them — their
    # own position, nobody asked to act (was 'Bộ Chính trị', 'Ban Bí thư')
    ("1. Bộ Chính trị, Ban Bí thư cơ bản nhất trí\nvới Tờ trình của Đảng uỷ Chính phủ. Đây là vấn đề rất quan trọng "
     "để quy hoạch,\n", []),
    # guards from the same document: the bodies it hands work to (items 3 and 4, right before and after)
    ("3. Giao Đảng uỷ Quốc hội lãnh đạo, chỉ đạo\nban hành Nghị quyết về tiêu chuẩn của đơn vị hành chính và phân "
     "loại đô thị thống\n", ["Đảng uỷ Quốc hội"]),
    ("4. Giao Đảng uỷ Chính phủ lãnh đạo, chỉ đạo\ncác cơ quan chức năng tiếp tục rà soát, hoàn thiện các văn bản "
     "pháp luật quy\n", ["Đảng uỷ Chính phủ"]),
]


@pytest.mark.parametrize("text,lead", SPEAKER_AGREES)
def test_the_speaker_agreeing_is_no_actor(text, lead):
    assert tasks.heading_lead([ln for ln in split_lines(text) if ln.text]) == lead
