"""The development documents read again as a scan would give them: a check of the parser that needs no new gold.

Held-back gold is scarce; what a parser meets on unseen mail is mostly the same kinds of documents laid out and spelt
as OCR gives them. So `make eval` re-reads every development document twice, its gold unchanged:

- **wrapped**: every line longer than 60 characters broken at spaces, as OCR breaks a paragraph, a title or an
  addressee at the page's edge (a web page's table rows are kept: a scan has none);
- **marks dropped**: one tone or vowel mark dropped in 4 % of the words (and "đ" read "d" in 1 %), as OCR drops them,
  from a fixed seed so that every run reads the same text.

A field that scores lower on a variant than on the text is a mechanism that depends on where a line breaks or on a
mark, not on what the document says.
"""
from __future__ import annotations

import random
import textwrap
import unicodedata
from pathlib import Path
from typing import Callable

import regex

WRAP_WIDTH = 60
DROPPED_SHARE = 0.04
SEED = 7


def wrapped(text: str, width: int = WRAP_WIDTH) -> str:
    """Lines longer than ``width`` broken at spaces (table rows kept)."""
    if "\f" in text:
        return "\f".join(wrapped(page, width) for page in text.split("\f"))
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width or line.lstrip().startswith("|"):
            out.append(line)
        else:
            out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""]
    return "\n".join(out)


def marks_dropped(text: str, share: float = DROPPED_SHARE, seed: int = SEED) -> str:
    """One combining mark dropped in ``share`` of the words, "đ" read "d" in a quarter as many."""
    rnd = random.Random(seed)

    def word(m: regex.Match) -> str:
        w = m.group(0)
        if rnd.random() < share:
            d = unicodedata.normalize("NFD", w)
            marks = [i for i, c in enumerate(d) if unicodedata.combining(c)]
            if marks:
                i = rnd.choice(marks)
                w = unicodedata.normalize("NFC", d[:i] + d[i + 1:])
        if rnd.random() < share / 4:
            w = w.replace("đ", "d").replace("Đ", "D")
        return w

    return regex.sub(r"\p{L}+", word, text)


VARIANTS: dict[str, tuple[str, Callable[[str], str]]] = {
    "wrapped": (f"laid out as OCR lays them (lines wrapped at {WRAP_WIDTH} characters)", wrapped),
    "marks_dropped": (f"with a mark dropped in {DROPPED_SHARE:.0%} of the words, as OCR drops them", marks_dropped),
}


def variant_pairs(gold: list[tuple[str, dict]], change: Callable[[str], str], root: Path = Path(".")) -> list:
    """The development documents' sources changed by ``change``, read by the pipeline, paired with their gold."""
    from pipeline.evaluate import text_pairs

    return text_pairs([(s, g) for s, g in gold if g.get("split", "dev") == "dev"], root, change)["dev"]
