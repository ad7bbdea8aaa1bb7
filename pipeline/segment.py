"""Split one scan's text into documents: a forwarding letter and the copy attached to it ("Bản sao văn bản
kèm theo"), or several documents scanned together. A new document starts at a second header — a "Số: …" line
with another code, after the first document's distribution list or signer — together with the issuer
capitals just above it."""
from __future__ import annotations

import regex

from pipeline.parse import grammar
from pipeline.parse.lines import is_caps, split_lines
from pipeline.textnorm import fold

ATTACHED_RE = regex.compile(r"(?i)(bản sao|sao y|văn bản)[^\n]{0,30}kèm theo|kèm theo[^\n]{0,20}bản sao")


def split_documents(text: str) -> list[tuple[int, int, bool]]:
    """[(start, end, is_attached_copy)] character spans, in order."""
    lines = split_lines(text)
    codes = []
    for ln in lines:
        m = grammar.number_line(ln.text)
        if m:
            codes.append((ln, grammar.match_code(m)[2]))
    if len(codes) < 2:
        return [(0, len(text), False)]
    starts = [0]
    first_code = codes[0][1]
    closing_seen_at = None
    for ln in lines:
        if regex.match(r"^\W*no\W?i nhan", ln.fold):
            closing_seen_at = ln.index
            break
    for ln, code in codes[1:]:
        if fold(code) == fold(first_code) and len(starts) == 1:
            continue
        if closing_seen_at is None or ln.index <= closing_seen_at:
            continue
        # A real header: the number line has a place-date line or the national motto near it.
        near = "\n".join(x.text for x in lines[max(0, ln.index - 8) : ln.index + 8])
        if not (grammar.PLACE_DATE_RE.search(near) or "cong hoa xa hoi" in fold(near) or "dang cong san" in fold(near)):
            continue
        # Back up over the issuer capitals above the number line (skipping blank lines).
        i, begin = ln.index - 1, ln.index
        while i > 0 and ln.index - i <= 6:
            t = lines[i].text
            if t and is_caps(t) and not regex.search(r"\d", t):
                begin = i
            elif t:
                break
            i -= 1
        starts.append(lines[begin].start)
        break  # further copies are handled recursively
    if len(starts) == 1:
        return [(0, len(text), False)]
    first_end = starts[1]
    attached = bool(ATTACHED_RE.search(text[:first_end]))
    rest = split_documents(text[first_end:])
    out = [(0, first_end, False)]
    for i, (s, e, a) in enumerate(rest):
        out.append((first_end + s, first_end + e, a or (attached and i == 0)))
    return out
