"""The variants `make eval` reads the development documents in (pipeline/layouts.py): the same words, laid out or
spelt as OCR gives them."""
from __future__ import annotations

import json
from pathlib import Path

from pipeline.layouts import marks_dropped, variant_pairs, wrapped
from pipeline.textnorm import fold

ROOT = Path(__file__).resolve().parents[1]
SOURCE = (ROOT / "samples/corpus/congbot_37.md").read_text(encoding="utf-8")


def test_wrapping_keeps_every_word_and_breaks_long_lines():
    out = wrapped(SOURCE, 60)
    assert out.split() == SOURCE.split()
    # (a single word longer than the width stays whole)
    assert all(len(x) <= 60 or " " not in x.strip() for x in out.split("\n") if not x.lstrip().startswith("|"))
    assert len(out.split("\n")) > len(SOURCE.split("\n"))


def test_dropping_marks_keeps_the_letters_changes_some_words_and_repeats():
    out = marks_dropped(SOURCE)
    assert fold(out).replace("đ", "d") == fold(SOURCE).replace("đ", "d")
    changed = sum(a != b for a, b in zip(out.split(), SOURCE.split()))
    assert 0.01 * len(SOURCE.split()) < changed < 0.10 * len(SOURCE.split())
    assert marks_dropped(SOURCE) == out  # a fixed seed: every run reads the same text


def test_variants_read_only_development_documents():
    gold = [(p.stem, json.loads(p.read_text(encoding="utf-8"))) for p in (ROOT / "gold").glob("congbot_37.json")]
    assert gold and gold[0][1]["split"] == "dev"
    held = [("x", dict(gold[0][1], split="check"))]
    assert variant_pairs(held, wrapped, ROOT) == []
    pairs = variant_pairs(gold, wrapped, ROOT)
    assert len(pairs) == 1 and pairs[0][0]["code"] == gold[0][1]["documents"][0]["code"]
