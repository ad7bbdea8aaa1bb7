"""Vietnamese text in the pre-Unicode 8-bit encodings still found in old files and PDF text layers.

* TCVN3 (ABC, fonts ".VnTime"): one byte per letter, read as Latin-1 it looks like "Céng hßa x· héi".
* VNI Windows (fonts "VNI-Times"): a base letter followed by mark bytes, read as Windows-1252 it looks
  like "Coäng hoøa xaõ hoäi".
* Windows-1258: base letters plus combining tone bytes; Python's ``cp1258`` codec decodes it.

The conversion tables are data (``pipeline/data/legacy_tcvn3.tsv``, ``legacy_vni.tsv``). Which reading
is right is decided by how many words become real Vietnamese syllables (``lexicon_syllables.txt``).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

import regex

from pipeline.textnorm import normalize

DATA = Path(__file__).parent / "data"
_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=1)
def syllables() -> dict[str, int]:
    """Vietnamese syllables (lower case) → count in the dev corpus."""
    out: dict[str, int] = {}
    for line in (DATA / "lexicon_syllables.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, count = line.partition("\t")
        out[word] = int(count or 0)
    return out


@lru_cache(maxsize=1)
def _tcvn3() -> dict[str, str]:
    table = {}
    for line in (DATA / "legacy_tcvn3.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _, uni = line.split("\t")
        table[bytes([int(code, 16)]).decode("latin-1")] = uni
    return table


@lru_cache(maxsize=1)
def _vni() -> tuple[regex.Pattern, dict[str, str]]:
    table = {}
    for line in (DATA / "legacy_vni.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        seq, uni = line.split("\t")
        table[seq] = uni
    keys = sorted(table, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(k) for k in keys)), table


def from_tcvn3(text: str) -> str:
    """Text whose characters are TCVN3 bytes read as Latin-1 → Unicode.

    TCVN3 has no codes for upper-case letters with tone marks: upper-case fonts (.VnTimeH) draw the
    lower-case codes as capitals, so a converted word that is otherwise in capitals is put in capitals.
    """
    t = _tcvn3()
    out = "".join(t.get(c, c) for c in text)
    out = _WORD.sub(lambda m: m.group(0).upper() if _mostly_upper(m.group(0)) else m.group(0), out)
    return "\n".join(_upper_line(line) for line in out.split("\n"))


def _upper_line(line: str) -> str:
    """In a line of capitals, "Xã" (capital X, converted lower-case ã) is "XÃ"."""
    words = _WORD.findall(line)
    if len(words) < 4 or sum(1 for w in words if w.isupper()) < 0.6 * len(words):
        return line
    return _WORD.sub(lambda m: m.group(0).upper() if all(c.isupper() for c in m.group(0) if c.isascii())
                     else m.group(0), line)


def _mostly_upper(word: str) -> bool:
    if len(word) < 2 or word.isupper():
        return False
    ascii_letters = [c for c in word if c.isascii()]
    upper = sum(1 for c in word if c.isupper())
    return upper >= 2 or (upper == 1 and not word[0].isupper() and len(ascii_letters) <= 2) or \
        (upper == 1 and word[0].isupper() and all(c.isupper() for c in ascii_letters) and len(ascii_letters) >= 2)


def from_vni(text: str) -> str:
    """Text whose characters are VNI bytes read as Windows-1252 → Unicode."""
    pat, table = _vni()
    return pat.sub(lambda m: table[m.group(0)], text)


def vietnamese_score(text: str) -> float:
    """Share of the words (weighted by length) that are Vietnamese syllables; 0 for no words."""
    syl = syllables()
    words = _WORD.findall(normalize(text))
    if not words:
        return 0.0
    good = sum(len(w) for w in words if w.lower() in syl)
    return good / sum(len(w) for w in words)


def diacritic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ord(c) > 127) / len(letters)


# A word whose letters and digits are mixed ("T6ng", "Thu5", "c6", "ngdy0"): how a text layer in a pre-Unicode
# font comes out when it is extracted without its font, each marked letter drawn by an ASCII look-alike. The word
# has a lower-case letter: capitals and digits alone are a code ("F0", "4G", "mẫu 01A").
_LOOKALIKE = regex.compile(r"\p{L}\d|\d\p{L}")


def lookalike_share(text: str) -> float:
    """Share of the words whose letters are mixed with digits ("T6ng cgc Thu5" for "Tổng cục Thuế"); dates,
    numbers and symbols ("2019", "30/2020/NĐ-CP", "01A") aside."""
    words = [w.strip(".,;:()[]\"'“”") for w in text.split()]
    words = [w for w in words if len(w) >= 2 and any(c.isalpha() for c in w)]
    if not words:
        return 0.0
    odd = [w for w in words if _LOOKALIKE.search(w) and regex.search(r"\p{Ll}", w) and not regex.search(r"\d{2,}|/", w)]
    return len(odd) / len(words)


def font_lookalikes(text: str) -> bool:
    """Text that is not Vietnamese but a legacy font's ASCII look-alikes: (nearly) no marked letter anywhere and
    one word in 25 or more with digits in place of marked letters. OCR'd text, however noisy, keeps its marks."""
    words = len(text.split())
    return words >= 30 and diacritic_share(text) < 0.03 and lookalike_share(text) >= 0.04


def repair(text: str) -> tuple[str, str | None]:
    """Convert TCVN3/VNI text (read as single-byte characters) to Unicode when that reads better.

    Returns (text, encoding name or None when the text was left as it was).
    """
    base = vietnamese_score(text)
    if base > 0.92 or diacritic_share(text) == 0:
        return text, None
    best, name, best_score = text, None, base
    for label, conv in (("TCVN3", from_tcvn3), ("VNI", from_vni)):
        cand = conv(text)
        s = vietnamese_score(cand)
        if s > best_score + 0.1:
            best, name, best_score = cand, label, s
    return unicodedata.normalize("NFC", best), name


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes: UTF-8 (with or without BOM), UTF-16, Windows-1258, TCVN3, VNI.

    Returns (text, encoding name). Raises ValueError when no reading gives Vietnamese text.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    try:
        candidates.append(("Windows-1258", unicodedata.normalize("NFC", data.decode("cp1258"))))
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    candidates.append(("TCVN3", unicodedata.normalize("NFC", from_tcvn3(latin))))
    try:
        candidates.append(("VNI", unicodedata.normalize("NFC", from_vni(data.decode("cp1252")))))
    except UnicodeDecodeError:
        candidates.append(("VNI", unicodedata.normalize("NFC", from_vni(latin))))
    scored = sorted(((vietnamese_score(t), name, t) for name, t in candidates), reverse=True)
    score, name, text = scored[0]
    if score < 0.6:
        raise ValueError("no known Vietnamese encoding")
    return text, name
