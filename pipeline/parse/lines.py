"""Lines of a document with their character offsets, the unit every extractor works on."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from pipeline.textnorm import fold

YOUTH_UNION_MOTTO = regex.compile(r"doan\s+(?:tncs|thanh\s+nien\s+cong\s+san)\s+ho\s+chi\s+minh$")
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
    if YOUTH_UNION_MOTTO.match(f):  # the Youth Union's name stands where the motto does ("ĐOÀN TNCS HỒ CHÍ MINH")
        return True
    # a word of it lost or garbled with the marks ("CONG HOA Í CHU NGHĨA VIET NAM", "Doc lọc Tự do - Hạnh phúc")
    if regex.match(r"cong\s+ho\S{0,2}\s+(?:\S+\s+){0,2}chu\s+ngh|(?:\S+\s+){2}(?:-\s+)?tu\s+do\s+-\s+hanh\s+ph", f):
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
    text = regex.sub(r"(?<=[;.,])(?:\s+[^\p{L}\d\s()]{1,3})+$", "", text)
    # … or a capital or two the signature column left ("Như trên; A", "Lưu: VT, DNL (3b).A⁄")
    text = regex.sub(r"(?:(?<=;)\s+|(?<=\)\.))(?:\p{Lu}|[^\p{L}\d\s()]){1,2}$", "", text)
    # … or letters after a copy count closed by a full stop ("Lưu: VT, CNTT (2b). gp")
    text = regex.sub(r"(?<=\)\.)\s+\p{L}{1,2}$", "", text)
    # letters and specks ("Như trên; h a", "; Pi", "; | a")
    text = regex.sub(r"(?<=;)(?:\s+(?:\p{Ll}|[^\p{L}\d\s()]{1,3}))+$|(?<=;)\s+\p{Lu}\p{Ll}$", "", text)
    # … capitals and a letter after them ("Như trên; ZZ h")
    text = regex.sub(r"(?<=;)\s+\p{Lu}{1,2}(?:\s+(?:\p{Ll}|[^\p{L}\d\s()]{1,3}))+$", "", text)
    # a filing note ("Lưu: VT, TTHT(2)") with OCR's specks of a signature or a seal after it ("£ (4+ 3)", ". £t",
    # "{%c)", ". (É;3 )"): the note ends at its last unit or copy count
    # (units and copy counts may alternate: "Lưu: VT (2); CST(GTGT&TTĐB).")
    if (m := regex.match(r"(?i:l[ưu][uưn])\s*:?\s*(?:[\p{Lu}Đ\d&,;\s/.-]+|\((?!\s|\p{L}\s*,\s*\d)(?:[\p{L}\d&,\s/.-]|\([\p{L}\d\s]*\))*\))*", text)) \
            and regex.search(r"[^\w\s,.()/&:-]|;|\(\s*(?:\p{L}\s*,\s*|\s)\d[\d\s,]*\)", text[m.end():]):  # (… ". ( 5, 3)", ". (Ệ, 3)")
        text = text[: m.end()]
    text = regex.sub(r"[\s;,.:/✓*]+$", "", text)
    text = regex.sub(r"^L(?!ưu)\p{L}{1,2}(?=\s*:?\s*VT\b)", "Lưu", text)  # the filing label misread ("Lan: VT", "Luu: VT")
    text = regex.sub(r"(?<=\p{Lu}{2})\s+[l|]$", "", text)  # a speck after a name in capitals ("… MIPEC l")
    return " ".join(text.split())


# Quotation marks as OCR leaves them: curly pairs, the low-9 opening mark, guillemets; a straight double quote opens
# at a word's start and closes after one.
_OPENING, _CLOSING = "“„«", "”»"
_PROVISION = regex.compile(r"^[^\p{L}\d]*(?:(?i:điều)\s+\d|\d+\s*[.,)]|\p{Ll}\))")  # a cited provision's head


# The dispatch's own words again after the provisions it quoted: "Căn cứ các quy định trên, …", "Căn cứ quy định nêu trên",
# "Căn cứ hướng dẫn tại các văn bản trên" — no cited provision opens a line so.
_RESUMES = regex.compile(r"^[^\p{L}\d]{0,3}(?i:căn\s+cứ\s+(?:vào\s+)?(?:các\s+|những\s+)?(?:quy\s+định|hướng\s+dẫn|nội\s+dung|văn\s+bản)"
                         r"[^.;:]{0,40}?\b(?:nêu\s+|dẫn\s+)?trên)\b")


def quoted_lines(lines: list[Line], max_span: int = 40) -> set[int]:
    """Indices of the lines of quoted passages: a provision a dispatch cites word for word ('“Điều 10. …', '“1. Người
    nộp thuế …', '2. …”'), whose numbered clauses are the cited act's, not the document's own items. A line is quoted
    when it opens with a quotation mark or starts inside a passage opened above (quotes inside a line, '“bên liên
    kết”', nest; a line opening with a quotation mark starts a new passage, the one above having lost its closing
    mark to OCR); a passage still open after max_span lines of text is not counted at all. A passage runs on past its
    first line only when introduced by ':' (before its mark, or ending the line above) or when it sets out a provision
    ('“Điều 5.', '“1.', '"c)'); else it ends with its line ('chương trình “Tháng hành động …' whose mark OCR lost)."""
    out: set[int] = set()
    depth = 0
    passage: list[int] = []
    carry, prev = False, ""
    for ln in lines:
        t = ln.text
        if not t:
            continue
        opens = regex.match(r"^[^\p{L}\d]{0,3}[“„«\"]", t)
        if depth and _RESUMES.match(t):  # the dispatch's own conclusion: the passage above lost its closing mark
            out.update(passage)
            depth, passage = 0, []
        if opens and depth:  # a new passage ('“Điều 23. …'): the one above ended where OCR lost its closing mark
            out.update(passage)
            depth, passage = 0, []
        if depth or opens:
            passage.append(ln.index)
        for k, ch in enumerate(t):
            # a quotation opens at a word's start ('"Điều 10.', 'quy định: “Người …'); a mark glued to a letter or
            # digit closes ('… này"') or is a speck ('6“ BỘ TÀI CHÍNH')
            at_start = k == 0 or t[k - 1].isspace() or t[k - 1] in "([*:"
            # (a straight mark opens only before a word: '… hoạt động. "' at a line's end closes, so does ' "”')
            if ch in _OPENING and at_start or (ch == '"' and at_start and (t[k + 1 : k + 2].isalnum() or t[k + 1 : k + 2] == "(")):
                if not depth:
                    before = t[:k].rstrip(" *")
                    carry = before.endswith(":") or not regex.search(r"[\p{L}\d]", before) and (
                        prev.rstrip(" *").endswith(":") or bool(_PROVISION.match(t[k + 1:])))
                depth += 1
            elif ch in _CLOSING or ch == '"':
                depth = max(0, depth - 1)
        prev = t
        if depth and not carry:
            out.update(passage)
            depth, passage = 0, []
        if not depth:
            out.update(passage)
            passage = []
        elif len(passage) > max_span:
            depth, passage = 0, []
    return out
