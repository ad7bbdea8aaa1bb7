"""The evaluator itself, and the parser's scores on the gold set (a regression guard: the issue's bar)."""
from pathlib import Path

import pytest

from pipeline import evaluate as ev

ROOT = Path(__file__).resolve().parent.parent


def test_scores_count_hits_misses_and_extras():
    gold = {"code": "65/KH-UBND", "issuer": "Ủy ban nhân dân tỉnh Quảng Ngãi", "distribution": ["Như trên", "Lưu: VT"],
            "tasks": [{"label": "1", "lead": ["Sở Y tế"]}, {"label": "2", "lead": []}]}
    pred = {"code": "65/KH-UBND", "issuer": "UỶ BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "distribution": ["Như trên", "Bộ Y tế"],
            "tasks": [{"label": "1", "lead": ["Sở Y tế"]}, {"label": "3", "lead": []}]}
    s = ev.score([(pred, gold)], ["code", "issuer", "distribution", "task_labels", "task_leads"])
    assert s["code"]["f1"] == 1.0
    assert s["issuer"]["f1"] == 1.0  # case and tone-mark placement do not count
    assert s["distribution"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "n": 2}
    assert s["task_labels"]["precision"] == 0.5 and s["task_labels"]["recall"] == 0.5
    assert s["task_leads"]["f1"] == 1.0


def test_coordinators_scored_per_task_label():
    gold = {"tasks": [{"label": "1", "lead": ["Sở Y tế"], "coordinators": ["Sở Tài chính", "Công an tỉnh"]},
                      {"label": "2", "lead": [], "coordinators": []}]}
    pred = {"tasks": [{"label": "1", "lead": ["Sở Y tế"], "coordinators": ["Sở Tài chính"]},
                      {"label": "2", "lead": [], "coordinators": ["Sở Nội vụ"]}]}
    s = ev.score([(pred, gold)], ["task_coordinators"])["task_coordinators"]
    assert (s["precision"], s["recall"], s["n"]) == (0.5, 0.5, 2)  # "2: Sở Nội vụ" extra, "1: Công an tỉnh" missed


def test_a_missing_document_is_all_misses():
    s = ev.score([(None, {"code": "1/X-Y", "subject": "abc"})], ["code", "subject"])
    assert s["code"]["recall"] == 0.0 and s["subject"]["recall"] == 0.0


def test_alignment_by_code_then_position():
    pred = [{"code": "B"}, {"code": "A"}]
    gold = [{"code": "A"}, {"code": "B"}]
    assert [p["code"] for p, _ in ev.align(pred, gold)] == ["A", "B"]


@pytest.fixture(scope="module")
def text_scores():
    gold = ev.load_gold(ROOT / "gold")
    pairs = ev.text_pairs(gold, ROOT)
    return {split: ev.score(p) for split, p in pairs.items()}


@pytest.mark.parametrize("split", ["dev", "check"])
def test_header_fields_meet_the_bar_on_gold(text_scores, split):
    scores = text_scores[split]
    for field in ["code", "doc_type", "issuer", "place", "issued_on", "subject", "signer_name"]:
        assert scores[field]["f1"] >= 0.95, (split, field, scores[field])
    for field in ["recipients", "distribution", "legal_refs"]:
        assert scores[field]["f1"] >= 0.9, (split, field, scores[field])


def test_check_set_holds_against_dev(text_scores):
    dev, check = text_scores["dev"], text_scores["check"]
    for field in ["code", "doc_type", "issuer", "place", "issued_on", "subject", "signer_name",
                  "recipients", "distribution", "legal_refs"]:
        assert check[field]["f1"] >= dev[field]["f1"] - 0.05, (field, dev[field], check[field])


# Task lists and leads: the issue asks 0.9 on both splits and check within 0.05 of dev. Measured in stop 11, after
# two rounds of lead rules developed on new documents from outside the corpus (gold/development/) and the dev set
# grown by 2820/QĐ-UBND's task table: task labels 1.00 dev, 1.00 check; task leads ("label: lead" pairs) 0.973 dev,
# 0.835 check (was 0.746; 0.833 after the second round, 0.823 after the third, which traded precision on check for
# recall on the unseen set: 0.50 → 0.64; 0.835 after the fifth; 0.843 after the eighth, stop 12) — leads on check
# still fall short of the bar and of dev, so these floors catch a regression from what is reached, not the issue's
# target. Stop 12 added 07-KL/VPTW to dev (a Party conclusion whose item 3 gives its lead only as "thuộc thẩm quyền
# của Văn phòng Trung ương Đảng, lãnh đạo Văn phòng sẽ chỉ đạo …") and the OCR'd 1305/TCT-KK (its items 2 and 3
# take the banks of item 1 as lead): dev leads 0.954.
TASK_FLOOR = {"task_labels": {"dev": 0.99, "check": 0.99}, "task_leads": {"dev": 0.95, "check": 0.83}}


@pytest.mark.parametrize("field", sorted(TASK_FLOOR))
@pytest.mark.parametrize("split", ["dev", "check"])
def test_task_lists_hold(text_scores, split, field):
    assert text_scores[split][field]["f1"] >= TASK_FLOOR[field][split], (split, field, text_scores[split][field])
