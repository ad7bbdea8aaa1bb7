"""Legal references (every cited document, in order of first mention) and explicit deadlines."""
from __future__ import annotations

import regex

from pipeline.parse import gazetteer, grammar
from pipeline.textnorm import fold

_AFTER_DATE = regex.compile(r"^\s*,?\s*(?:" + grammar.DATE + r")")
_ISSUER = regex.compile(r"^\s*,?\s*(?:của|do)\s+(?P<i>.+?)(?=\s+(?:về|phê duyệt|ban hành|hướng dẫn|quy định|sửa đổi|triển khai|thực hiện|tại|đã|theo)\b|[,;.:(“”\"\n]|$)")
_TITLE = regex.compile(r"^\s*,?\s*(?P<t>(?:về việc|về|phê duyệt|ban hành|hướng dẫn|quy định|sửa đổi|V/v)\b.+?)(?=[;:\n]|\.\s|\.$|\s+và các văn bản|,\s+\p{Lu}[\p{Ll}]*\s+\p{Lu}|\s+(?:và|,)\s+(?:các\s+)?(?:" + "|".join(grammar.REF_TYPES) + r")\s+(?:số|\d)|$)")
DEADLINE_RE = regex.compile(r"(?i)(?:trước|chậm nhất(?:\s+là)?|hạn chót|không muộn hơn|không quá)\s+(?:ngày\s+)?(?:"
                            + grammar.DATE + r"|(?P<rd>\d{1,2})\s*(?:tháng\s+|/)(?P<rm>\d{1,2})\s+hằng năm|(?P<rd2>\d{1,2})\s*(?:tháng\s+|/)(?P<rm2>\d{1,2})\s+hàng năm)")


def _tail(text: str, pos: int) -> tuple[str | None, str | None, str | None, int]:
    """Date, issuer and title following a citation at pos."""
    date = issuer = title = None
    rest = text[pos : pos + 600]
    if m := _AFTER_DATE.match(rest):
        date = grammar.match_date(m)
        rest, pos = rest[m.end():], pos + m.end()
    if m := _ISSUER.match(rest):
        issuer = gazetteer.canonical(m.group("i"))
        rest, pos = rest[m.end():], pos + m.end()
    if m := _TITLE.match(rest):
        title = m.group("t").strip(" “”\"")
        title = regex.sub(r"^(?:về việc|về|V/v)\s+", "", title).strip(" “”\"")
        title = title[:300]
    return date, issuer, title, pos


def _type_name(t: str) -> str:
    t = " ".join(t.split())
    return next((x for x in grammar.REF_TYPES if fold(x) == fold(t)), t[:1].upper() + t[1:].lower())


def find_legal_refs(text: str, own_code: str | None = None) -> list[dict]:
    found: list[tuple[int, dict]] = []
    seen: set[str] = set()
    flat = regex.sub(r"(?<=\S)\n(?=\S)", " ", text)  # a citation wrapped over lines (same offsets)
    spans: list[tuple[int, int]] = []
    for m in grammar.REF_RE.finditer(text):
        number, symbol, code = grammar.match_code(m)
        spans.append((m.start(), m.end()))
        if own_code and fold(code) == fold(own_code):
            continue
        if fold(code) in seen:
            continue
        seen.add(fold(code))
        date, issuer, title, _ = _tail(flat, m.end())
        rtype = _type_name(m.group("type"))
        ref = {"type": rtype, "code": code, "date": date, "issuer": issuer, "title": title,
               "_span": (m.start(), m.end()), "_raw": m.group(0)}
        if rtype in ("Luật", "Bộ luật", "Pháp lệnh"):
            lm = grammar.LAW_RE.match(text, m.start())
            if lm:
                ref["title"] = lm.group("title").strip()
        found.append((m.start(), ref))
    last_type = None
    for m in grammar.ENUM_REF_RE.finditer(text):
        number, symbol, code = grammar.match_code(m)
        if fold(code) in seen or any(s <= m.start() < e for s, e in spans):
            continue
        types = list(grammar.REF_TYPE_RE.finditer(text, max(0, m.start() - 300), m.start()))
        if not types:
            continue
        last_type = _type_name(types[-1].group(0))
        seen.add(fold(code))
        date, issuer, title, _ = _tail(flat, m.end())
        found.append((m.start(), {"type": last_type, "code": code, "date": date, "issuer": issuer, "title": title,
                                  "_span": (m.start(), m.end()), "_raw": m.group(0)}))
        spans.append((m.start(), m.end()))
    law_spans: list[tuple[int, int]] = []
    for m in grammar.LAW_RE.finditer(text):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans + law_spans):
            continue
        law_spans.append((m.start(), m.end()))
        title = m.group("title").strip(" ,")
        key = fold(_type_name(m.group("type")) + " " + title)
        if key in seen or len(title) < 3:
            continue
        # A coded law cited again by name ("Luật Quản lý thuế số 38/2019/QH14" then "Luật Quản lý thuế").
        if any(r["type"] == _type_name(m.group("type")) and r["title"] and fold(r["title"]) == fold(title) for _, r in found):
            continue
        seen.add(key)
        date, _, _, _ = _tail(text, m.end())
        found.append((m.start(), {"type": _type_name(m.group("type")), "code": None, "date": date, "issuer": None, "title": title,
                                  "_span": (m.start(), m.end()), "_raw": m.group(0)}))
    return [r for _, r in sorted(found, key=lambda x: x[0])]


def _yearly(day: str, month: str, after: str | None) -> str | None:
    """'trước ngày 30 tháng 11 hàng năm' → the first such day on or after the issue date."""
    import datetime as dt

    if not after:
        return None
    base = dt.date.fromisoformat(after)
    for year in (base.year, base.year + 1):
        try:
            d = dt.date(year, int(month), int(day))
        except ValueError:
            return None
        if d >= base:
            return d.isoformat()
    return None


def find_deadlines(text: str, issued_on: str | None = None) -> list[dict]:
    """Explicit due dates. A date before the document's own date is a deadline recalled from an earlier
    document, not a new one, and is left out."""
    out = []
    for m in DEADLINE_RE.finditer(text):
        if m.group("rd") or m.group("rd2"):
            date = _yearly(m.group("rd") or m.group("rd2"), m.group("rm") or m.group("rm2"), issued_on)
        else:
            date = grammar.match_date(m)
        if not date or (issued_on and date < issued_on):
            continue
        before = text[max(0, m.start() - 200) : m.start()]
        clause = regex.split(r"[.;:\n]|,\s+(?=\p{Ll}+\s)", before)[-1]
        clause = regex.sub(r"^\s*(?:và|định kỳ|đồng thời|trong đó)\s+", "", clause).strip(" ,(")
        out.append({"date": date, "what": " ".join(clause.split()) or None, "_span": (m.start(), m.end()), "_raw": m.group(0)})
    return out
