"""Vietnamese text normalisation, done once, in one place.

Every stage that compares Vietnamese strings assumes text went through
:func:`normalize`: Unicode NFC and one tone-mark placement (the traditional
one used by Decree 30/2020 templates: "hòa", "thủy", "khỏe"; the tone sits on
the vowel carrying a shape mark, else on the last vowel of a closed syllable,
else on the first vowel of a two-vowel open nucleus and the middle one of a
three-vowel nucleus).

:func:`fold` gives a matching key: lower case, no diacritics, đ → d.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# Combining tone marks (dấu thanh): grave, acute, hook above, tilde, dot below.
TONE_MARKS = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
_VOWELS = set("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
_SHAPED = set("ăâêôơưĂÂÊÔƠƯ")
_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=65536)
def _place_tone(word: str) -> str:
    """One word's tone on its vowel (a pure function of the word: cached, the same syllables recur on every page)."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) != 1:
        return unicodedata.normalize("NFC", word)
    tone = tones[0]
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    lower = base.lower()
    # Locate the vowel nucleus, skipping the consonant-like u of "qu" and i of "gi".
    start = 0
    while start < len(lower) and lower[start] not in _VOWELS:
        start += 1
    if start >= len(lower):
        return unicodedata.normalize("NFC", word)
    if start > 0 and lower[start - 1] == "q" and lower[start] == "u":
        start += 1
    elif start > 0 and lower[start - 1] == "g" and lower[start] == "i" and start + 1 < len(lower) and lower[start + 1] in _VOWELS:
        start += 1
    end = start
    while end < len(lower) and lower[end] in _VOWELS:
        end += 1
    nucleus = range(start, end)
    if not nucleus:
        return unicodedata.normalize("NFC", word)
    shaped = [i for i in nucleus if base[i] in _SHAPED]
    closed = end < len(lower)
    if shaped:
        pos = shaped[-1]  # ươ → on ơ
    elif len(nucleus) == 1:
        pos = start
    elif closed:
        pos = end - 1
    elif len(nucleus) == 2:
        pos = start
    else:
        pos = start + 1
    out = base[: pos + 1] + tone + base[pos + 1 :]
    return unicodedata.normalize("NFC", out)


def normalize(text: str) -> str:
    """NFC plus one tone-mark placement for every Vietnamese syllable."""
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda m: _place_tone(m.group(0)), text)


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


_DASH = regex.compile(r"\s*[-‐‑–—]\s*")


def fold(text: str) -> str:
    """Matching key: lower case, no diacritics, one kind of dash, white space collapsed."""
    text = _DASH.sub(" - ", strip_diacritics(text).lower())
    return " ".join(text.split())

