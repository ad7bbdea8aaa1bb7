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
