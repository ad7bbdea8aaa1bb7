"""List fields on scans, scored against the scan's own rendered pages read as text (evaluate.scan_section)."""
import ast
import copy
import json
import shutil
from pathlib import Path

import pytest

from pipeline import evaluate as ev
from pipeline import evaluate_ocr

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="module")
def text_1481():
    """The committed 1481/BYT-BMTE clean scan's truth pages (a dev document) read as a text input."""
    truth = json.loads((SAMPLES / "truth" / "1481-BYT-BMTE_clean.json").read_text(encoding="utf-8"))
    return evaluate_ocr.pages_as_text(truth)


def test_pages_read_as_text_give_the_rendered_lists(text_1481):
    (doc,) = text_1481
    assert doc["code"] == "1481/BYT-BMTE"
    dist = ev._values(doc, "distribution")
    assert dist[0] == "Như trên" and dist[-1].startswith("Lưu")
    assert "2025-11-20" in ev._values(doc, "deadlines")


def test_same_reading_scores_one_and_counts_the_text_entries(text_1481):
    s = ev.score(ev.align(copy.deepcopy(text_1481), text_1481), ev.LIST_FIELDS)
    for f in ev.LIST_FIELDS:
        assert s[f]["precision"] == s[f]["recall"] == 1.0, f
    assert s["distribution"]["n"] == len(ev._values(text_1481[0], "distribution"))
    assert s["legal_refs"]["n"] == len(ev._values(text_1481[0], "legal_refs")) > 0


def test_a_scan_missing_one_entry_loses_recall_by_one_entry(text_1481):
    scan = copy.deepcopy(text_1481)
    dist = scan[0]["distribution"]
    n = len(dist)
    lost = dist.pop(3)
    scan[0]["recipients"] = scan[0]["recipients"] + ["Sở Giáo dục và Đào tạo"]  # one read only on the scan
    s = ev.score(ev.align(scan, text_1481), ev.LIST_FIELDS)
    assert s["distribution"]["recall"] == round((n - 1) / n, 3) and s["distribution"]["precision"] == 1.0
    assert s["recipients"]["precision"] == 0.5 and s["recipients"]["recall"] == 1.0
    assert s["task_labels"]["f1"] == 1.0
    diffs = ev.list_differences([("1481-BYT-BMTE_clean.tif", ev.align(scan, text_1481))])
    assert diffs == ["  1481-BYT-BMTE_clean.tif 1481/BYT-BMTE recipients: scan only ['Sở Giáo dục và Đào tạo']",
                     f"  1481-BYT-BMTE_clean.tif 1481/BYT-BMTE distribution: text only {[lost]!r}"]


def test_scan_section_scores_a_real_scan_against_its_pages_as_text(tmp_path):
    """One committed dev scan (2214/BXD-QLN, a photocopy PNG with two recipients) through the section: OCR once,
    its list fields scored against the same page read as text and printed as a table."""
    (tmp_path / "truth").mkdir()
    (tmp_path / "scans").mkdir()
    stem = "2214-BXD-QLN_photocopy"
    shutil.copy(SAMPLES / "truth" / f"{stem}.json", tmp_path / "truth")
    shutil.copy(SAMPLES / "scans" / f"{stem}.png", tmp_path / "scans")
    out: list[str] = []
    report = ev.scan_section(tmp_path, "one scan", False, out.append, show_differences=True)
    lists = report["lists/scan-vs-text"]
    assert set(lists) == set(ev.LIST_FIELDS)
    truth = json.loads((tmp_path / "truth" / f"{stem}.json").read_text(encoding="utf-8"))
    (text_doc,) = evaluate_ocr.pages_as_text(truth)
    assert lists["recipients"]["n"] == len(text_doc["recipients"]) == 2
    assert lists["distribution"]["n"] == len(text_doc["distribution"]) == 5
    # the table and the listed differences come from the same two readings: each "text only" entry is a miss
    for f in ev.LIST_FIELDS:
        missed = sum(len(ast.literal_eval(d.split(": text only ", 1)[1])) for d in report["list_differences"]
                     if f" {f}: text only " in d)
        assert lists[f]["recall"] == (round(1 - missed / lists[f]["n"], 3) if lists[f]["n"] else 1.0), f
    assert "text_documents" not in report["ocr"]["samples"][0]  # not carried into the JSON report
    assert any("List fields on one scan: scan against the same pages read as text (1 documents)" in s for s in out)


# Mends found by the table on the extra scans (seed 17) and the committed dev scans: lines as the OCR read them.

def test_a_fraction_slash_and_lost_slashes_in_a_cited_code_are_slashes():
    from pipeline import cleanup

    # 24/2025/TT-BTP on a phone photo: the slanted slash read as U+2044
    assert "số 150/2025/NĐ-CP của" in cleanup.repair_codes("Căn cứ Nghị định số 150/2025\u2044NĐ-CP của Chính phủ quy định")
    # 36/2025/NQ-HĐND, office scan, a stamp over the lines: both slashes read as spaces
    assert cleanup.repair_codes("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64 2025 QH15;").endswith(
        "số 64/2025/QH15;")
    # not a number, a year and words
    assert cleanup.repair_codes("theo danh sách số 12 2024 Người lao động") == "theo danh sách số 12 2024 Người lao động"


def test_an_amending_acts_misread_marks_are_restored_and_its_name_read():
    from pipeline import cleanup
    from pipeline.parse import parse_text

    line = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đối, bổ sung một số điều của Luật Tổ "
            "chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;")  # 986/QĐ-UBND, photocopy
    fixed = cleanup.correct_phrases(line)
    assert "Luật sửa đổi, bổ sung một số điều" in fixed
    assert "sửa đổi, bổ sung" in cleanup.correct_phrases("được sửa đối, bố sung bởi Nghị định số")  # 24/TT-BTP, phone
    text = "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 986/QĐ-UBND\nTuyên Quang, ngày 5 tháng 8 năm 2020\nQUYẾT ĐỊNH\n" + fixed
    refs = [f"{r.get('type')} {r.get('title')}" for r in parse_text(text)[0]["legal_refs"]]
    assert any(r.startswith("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ") for r in refs), refs


def test_a_d_read_twice_in_a_cited_symbol_is_one_when_that_is_a_known_part():
    from pipeline.parse import grammar

    assert grammar.canonical_code("23", "QĐĐ-TTg")[2] == "23/QĐ-TTg"  # 1481/BYT-BMTE, even on the clean TIFF
    assert grammar.canonical_code("6925", "LĐĐTBXH-CS")[2] == "6925/LĐTBXH-CS"  # 5129/QĐ-UBND, office
    assert grammar.canonical_code("09", "2008/QĐĐ-BYT")[2] == "09/2008/QĐ-BYT"  # 1040/LĐTBXH-NCC, phone
    assert grammar.canonical_code("12", "ĐĐBQH-VP")[2] == "12/ĐĐBQH-VP"  # no known part with one Đ: kept as read


def test_a_kinh_gui_label_crossed_by_a_stamps_pen_still_opens_the_recipients():
    from pipeline.parse.blocks import KINH_GUI_RE

    line = "'Kinh &ủi'.Ủy ban nhân dân tỉnh Long An"  # 2864/LĐTBXH-NCC on a phone photo
    m = KINH_GUI_RE.match(line)
    assert m and line[m.end():] == "Ủy ban nhân dân tỉnh Long An"
    assert KINH_GUI_RE.match("Kinh tế - xã hội: tăng trưởng") is None


def test_a_phrase_misread_across_a_line_break_is_restored_once_the_lines_are_joined():
    from pipeline import cleanup

    # 986/QĐ-UBND as the photocopy printed it (a line broke after "bổ"), "đổi" read "đối"
    page = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đối, bổ\n"
            "sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa\n"
            "phương ngày 22/11/2019;")
    assert "Luật sửa đổi, bổ sung một số điều" in cleanup.clean_text(page, ocr=True).text
    assert "Luật sửa đối, bổ sung" in cleanup.clean_text(page, ocr=False).text  # text input as it was
