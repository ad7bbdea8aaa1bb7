"""Lines of a document with their character offsets, the unit every extractor works on."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.textnorm import fold

MOTTO_FOLD = fold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ĐẢNG CỘNG SẢN VIỆT NAM")
RULE_RE = regex.compile(r"^[\s\-_=–—.*~]{3,}$")


@dataclass
class Line:
    text: str  # stripped
    start: int  # offset of text in the document
    index: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def fold(self) -> str:
        return fold(self.text)


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for i, raw in enumerate(regex.split(r"\n|\f", text)):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        out.append(Line(stripped, pos + lead, i))
        pos += len(raw) + 1
    return out


def is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def is_motto(text: str) -> bool:
    """The national motto or the Party's name, whole or a piece of it, also when OCR garbled a letter or two."""
    from rapidfuzz import fuzz

    f = regex.sub(r"^[^\p{L}\d]+|[^\p{L}\d]+$", "", fold(text))  # OCR specks and quotes at the ends
    if len(f) >= 4 and f in MOTTO_FOLD:
        return True
    return len(f) >= 12 and fuzz.partial_ratio(f, MOTTO_FOLD) >= 85


def is_rule(text: str) -> bool:
    return bool(RULE_RE.match(text))


def clean_entry(text: str) -> str:
    """'- Bộ trưởng (để báo cáo);' → 'Bộ trưởng (để báo cáo)'."""
    text = regex.sub(r"^[\s\-–•+*✓/]+", "", text)
    text = regex.sub(r"\s*;\s*\(", " (", text)  # "Bộ LĐTB&XH; (để báo cáo)" → one entry
    # OCR'd text: a speck after the entry's closing mark ("(đề thực hiện); ¬."), the signature's "(đã ký)" read
    # from the column beside it with a letter lost ("Lưu: VI,KK(3b). (ã ky)").
    text = regex.sub(r"\s*[(\[]\s*(?i:đ|d)?[ãaăâ]\s+k[ýyỳỷ][)\]]\s*$", "", text)
    text = regex.sub(r"(?<=[;.])(?:\s+[^\p{L}\d\s()]{1,3})+$", "", text)
    text = regex.sub(r"[\s;,.:/✓*]+$", "", text)
    return " ".join(text.split())
