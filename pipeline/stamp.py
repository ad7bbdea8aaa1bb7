"""Receipt stamps ("ĐẾN"): find their lines, take them out of the body, read them into Receipts.

A receiving office stamps "ĐẾN" with its name above, an arrival number ("Số: 4599" — a bare number,
unlike the document's own "Số: 1481/BYT-BMTE"), an arrival date ("Ngày: 19/3/2025" or just "19/3", the
year then taken from the document's issue date), "Chuyển: …" (routed to) and "Số và ký hiệu HS: …".
On a photocopy the stamp is read with the body and its lines can be interleaved with header lines
("Chuyển: Kính gửi: …", "Số: công tác trẻ em năm 2025"): the stamp's label is taken off and the rest
goes back to the body.
"""
from __future__ import annotations

from datetime import date

import regex

from pipeline.textnorm import fold, normalize, strip_diacritics
from pipeline.types import Receipt

_TAGS = regex.compile(r"</?[a-zA-Z][^>]*>|\*\*|__|\\\*|^\*|\*$")
# fold()ed patterns
_DEN = regex.compile(r"^(?:den|dem|oen|deh)\b\s*:?\s*(.*)$")
_NUM = regex.compile(r"^so\s*[:;.]?\s*(\d{1,6})\s*[.,]?\s*$")
_NUM_PREFIX = regex.compile(r"^so\s*[:;.]?\s*(\d{1,6})\b(?!\s*[/-])\s*(.*)$")
_DATE = regex.compile(r"^ngay\s*[:;.]?\s*(\d\s?\d|\d)\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?\b\s*(.*)$")
_ROUTE = regex.compile(r"^chuyen\s*[:;.]?\s*(.*)$")
_FILE = regex.compile(r"^(?:so\s+va\s+ky\s+hieu\s+(?:hs|ho\s+so)|luu\s+ho\s+so\s+so)\s*[:;.]?\s*(.*)$")
_LABEL_ONLY = regex.compile(r"^(?:so|ngay)\s*[:;.]\s*([^\d\s].*)?$")
_ISSUE_DATE = regex.compile(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
_EDGE_JUNK = regex.compile(r"^(?:[^\w(]+|\w(?=[^\w\s(/.:]*\s)[^\w\s(/.:]*\s+)*(?:[^\w(]+)?")
_TRAIL_JUNK = regex.compile(r"[\s|_!\\¬`'\"“”]+$")
_FILLER = regex.compile(r"^[\s.…:_\-]*$")
_HEADER_WORDS = ("cong hoa", "doc lap", "kinh gui", "v/v", "hanh phuc")


def plain(line: str) -> str:
    """The line without Markdown/HTML emphasis."""
    return _TAGS.sub("", line).strip()


def _field(value: str, original: str) -> str | None:
    """The value part of a stamp line, in its original spelling, or None for dots/blank."""
    value = value.strip()
    if _FILLER.match(value):
        return None
    k = len(original) - len(value)
    text = original[k:].strip() if k >= 0 else value
    text = text.strip(" .…:_")
    return text or None


def issue_date(text: str) -> date | None:
    """The first "ngày 14 tháng 3 năm 2025" in a text (the document's issue date)."""
    m = _ISSUE_DATE.search(fold(text[:4000]))
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _iso(d: str, m: str, y: str | None, context: date | None) -> str | None:
    day, month = int(d.replace(" ", "")), int(m)
    if y:
        year = int(y)
        if year < 100:
            year += 2000
    elif context:
        year = context.year
        try:
            if date(year, month, day) < context and (context - date(year, month, day)).days > 180:
                year += 1  # issued in December, received in January
        except ValueError:
            return None
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _is_den(line: str, f: str) -> bool:
    """Is this the stamp's "ĐẾN" line (not the word "Đến" starting a sentence)?"""
    m = _DEN.match(f)
    if not m:
        return False
    rest = m.group(1)
    first = regex.match(r"\W*(\w+)", plain(line))
    word = first.group(1) if first else ""
    if not rest:
        return True
    if regex.match(r"^(so|ngay)\s*[:;.]", rest):
        return True
    return word.isupper() and len(rest) < 40 and regex.search(r"\d", rest) is not None


def _org_like(line: str) -> bool:
    p = plain(line)
    letters = [c for c in p if c.isalpha()]
    if len(letters) < 4 or len(p) > 70:
        return False
    f = fold(p)
    if any(w in f for w in _HEADER_WORDS) or regex.search(r"\d", p):
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) > 0.7


class _Builder:
    def __init__(self, page: int | None):
        self.r = Receipt(page=page)
        self.lines: list[str] = []

    def add(self, raw: str) -> None:
        if raw.strip():
            self.lines.append(raw.strip())


def _key(p: str) -> str:
    """Lower case without diacritics, same length and indices as ``p`` (NFC input)."""
    k = strip_diacritics(p).lower()
    return k if len(k) == len(p) else fold(p).ljust(len(p))[: len(p)]


def extract(text: str, *, context_date: date | None = None, page: int | None = None,
            whole_is_stamp: bool = False) -> tuple[str, list[Receipt], list[str]]:
    """Split a page's text into (body without stamp lines, receipts, stamp lines that were not fields).

    ``whole_is_stamp``: the text is the OCR of the separated stamp ink; every line belongs to a stamp.
    """
    if context_date is None:
        context_date = issue_date(text)
    body: list[str] = []
    leftovers: list[str] = []
    receipts: list[_Builder] = []
    cur: _Builder | None = None
    since = 99  # lines since the current stamp's last field
    pending_office: str | None = None

    def new() -> _Builder:
        nonlocal cur, pending_office
        if whole_is_stamp and cur is not None:
            return cur  # one region of stamp ink is one stamp
        b = _Builder(page)
        if whole_is_stamp:
            if pending_office:
                b.r.office, pending_office = pending_office, None
                b.add(b.r.office)
        else:
            # a stamp label read into a header line just above ("Số: công tác trẻ em năm 2025")
            seen = 0
            for i in range(len(body) - 1, -1, -1):
                if not body[i].strip():
                    continue
                seen += 1
                if seen > 3:
                    break
                bp = plain(body[i])
                m = _LABEL_ONLY.match(_key(bp))
                if m and m.group(1):
                    b.add(bp[: m.start(1)])
                    body[i] = bp[m.start(1):]
            j = len(body) - 1
            while j >= 0 and not body[j].strip():
                j -= 1
            if j >= 0 and _org_like(body[j]):
                b.r.office = plain(body[j]).strip(" .:")
                b.add(body.pop(j))
        receipts.append(b)
        cur = b
        return b

    for raw in text.split("\n"):
        p = plain(raw)
        if whole_is_stamp:
            # the frame and smudges read as "|", "_", a stray letter before the label
            p = _EDGE_JUNK.sub("", p)
            p = _TRAIL_JUNK.sub("", p)
        k = _key(p)
        if not k.strip():
            if not whole_is_stamp:
                body.append(raw)
            continue
        in_stamp = whole_is_stamp or (cur is not None and since <= 4)
        took: list[str] = []  # parts of the line that belong to the stamp
        rest_p = p
        if _is_den(p, k):
            m = _DEN.match(k)
            rk0 = k[m.start(1):]
            if cur is not None and since <= 2 and (
                    (_DATE.match(rk0) and cur.r.arrival_date is None)
                    or (_NUM_PREFIX.match(rk0) and cur.r.arrival_number is None)):
                pass  # the stamp's "ĐẾN" read again at the start of its next line
            else:
                new()
            rest_p = p[m.start(1):]
            took.append(p[: m.start(1)])
            in_stamp = True
            since = 0
        target = cur if in_stamp else None
        progressed = True
        while rest_p.strip() and progressed:
            progressed = False
            rk = _key(rest_p)
            m = _NUM_PREFIX.match(rk) if target is not None else _NUM.match(rk)
            if m and (target is None or target.r.arrival_number is None):
                target = target or new()
                target.r.arrival_number = m.group(1)
                took.append(rest_p[: m.start(2)] if m.re is _NUM_PREFIX else rest_p)
                rest_p = rest_p[m.start(2):] if m.re is _NUM_PREFIX else ""
                progressed = True
                continue
            m = _DATE.match(rk)
            if m and (target is not None or ":" in rest_p[:8]):
                target = target or new()
                target.r.arrival_date = _iso(m.group(1), m.group(2), m.group(3), context_date)
                took.append(rest_p[: m.start(4)])
                rest_p = rest_p[m.start(4):]
                progressed = True
                continue
            m = _ROUTE.match(rk)
            if m and (target is not None or ":" in rest_p[:9]):
                target = target or new()
                val = rest_p[m.start(1):]
                kpos = rk.find("kinh gui", m.start(1))
                keep = ""
                if kpos >= 0:  # "Chuyển: Kính gửi: …": the header line ran into the stamp's label
                    val, keep = rest_p[m.start(1):kpos], rest_p[kpos:]
                v = val.strip(" .…:_-")
                if v:
                    target.r.routed_to = v
                took.append(rest_p[: len(rest_p) - len(keep)])
                rest_p = keep
                if keep:
                    body.append(keep)
                    rest_p = ""
                progressed = True
                continue
            m = _FILE.match(rk)
            if m:
                target = target or new()
                v = rest_p[m.start(1):].strip(" .…:_-")
                if v:
                    target.r.file_code = v
                took.append(rest_p)
                rest_p = ""
                progressed = True
                continue
            m = _LABEL_ONLY.match(rk)
            if m and target is not None and not took:
                # a stamp label read into a header line: "Số: công tác trẻ em năm 2025"
                if m.group(1):
                    took.append(rest_p[: m.start(1)])
                    rest_p = rest_p[m.start(1):]
                    body.append(rest_p)
                else:
                    took.append(rest_p)
                rest_p = ""
                progressed = True
                continue
        if took:
            since = 0
            (target or cur).add(" ".join(t.strip() for t in took))
            if rest_p.strip():
                if whole_is_stamp:
                    leftovers.append(rest_p.strip())
                elif not _FILLER.match(rest_p):
                    body.append(rest_p.strip())
            continue
        if whole_is_stamp:
            if cur is None and _org_like(p):
                pending_office = plain(p).strip(" .:")
            elif cur is not None and cur.r.office is None and not cur.r.arrival_number and _org_like(p):
                cur.r.office = plain(p).strip(" .:")
                cur.add(p)
            else:
                leftovers.append(raw)
            continue
        body.append(raw)
        since += 1
    out = []
    for b in receipts:
        b.r.raw = "\n".join(b.lines)
        out.append(b.r)
    if pending_office:
        leftovers.insert(0, pending_office)
    return "\n".join(body), out, leftovers


def parse_receipts(text: str, *, context_date: date | None = None) -> list[Receipt]:
    """The receipt stamps found in a text (body text or a stamp's own OCR)."""
    from pipeline.cleanup import latinize

    text = latinize(normalize(text))
    _, receipts, _ = extract(text, context_date=context_date)
    return receipts


# --- the separated stamp ink, as OCR'd (pipeline.ocr) -----------------------------------------------

REGION_SEP = "\n\n=====\n\n"  # between the ink regions of one page
READING_SEP = "\n\n-----\n\n"  # between two OCR readings of one region
FIELDS_SEP = "\n\n+++++\n\n"  # before the field reader's values of the region (its handwritten number, date)

_ANY_DATE = regex.compile(r"(?<![\d/])(\d{1,2})\s?[/.-]\s?(\d{1,2})(?:\s?[/.-]\s?(\d{4}|\d{2}))?(?![\d/])")
_ANY_NUMBER = regex.compile(r"(?<![\d/.,-])(\d{1,6})(?![\d/.,-]*\d)(?!\s*[/-])")


def _lenient(text: str, r: Receipt, context_date: date | None) -> None:
    """Fields the labelled reading missed, from a stamp's text: the first date-like d/m[/y], the first
    bare number on a line that is not the date's."""
    key = strip_diacritics(text).lower()
    if r.arrival_date is None:
        for m in _ANY_DATE.finditer(key):
            iso = _iso(m.group(1), m.group(2), m.group(3), context_date)
            if iso:
                r.arrival_date = iso
                break
    if r.arrival_number is None:
        for line in key.split("\n"):
            if _ANY_DATE.search(line) or regex.search(r"ngay|chuyen|ky hieu", line):
                continue
            nums = _ANY_NUMBER.findall(line)
            if nums and len(line.split()) <= 4 and len(nums[-1]) >= 2:
                r.arrival_number = nums[-1]
                break


_FIELD_LINE = regex.compile(r"^(So|Ngay):\s*(.*)$")


# A date read without its slashes is a guess from its digits: taken only for an arrival within about three
# months of the issue (most arrive within days), where a read date may be up to 400 days after it.
SLASHLESS_DAYS = 92


def _plausible(iso: str, context_date: date | None, within: int = 400) -> bool:
    """An arrival date can be days or months after the document's issue date, not years, nor much before."""
    if context_date is None:
        return True
    days = (date.fromisoformat(iso) - context_date).days
    return -7 <= days <= within


def _from_fields(fields: str, r: Receipt, context_date: date | None) -> None:
    """The field reader's values (:mod:`pipeline.stamp_reader`: "Số: 4599 | 4509", "Ngày: 19/3/2025 | …",
    candidates best first) decide the number and the date: the first candidate that is well formed (and,
    for a date, a plausible arrival for the document's date: the first within about three months of it,
    else the first within the year)."""
    for line in strip_diacritics(fields).split("\n"):
        m = _FIELD_LINE.match(line.strip())
        if not m:
            continue
        cands = [c.strip() for c in m.group(2).split("|") if c.strip()]
        if m.group(1) == "So":
            for c in cands:
                if c.isdigit() and 1 <= len(c) <= 6:
                    r.arrival_number = c
                    break
            continue
        if r.arrival_date is not None and all(c.isdigit() for c in cands):
            continue  # bare digits are a guess (:func:`_slashless`): a date read with its slashes stands
        isos = [iso for c in cands
                if (iso := _slashless(c, context_date) if c.isdigit() else _slashed(c, context_date))
                and _plausible(iso, context_date)]
        # the plausibility breaks the tie between readings seen: one within weeks of the issue before one
        # months later (most arrive within days; a misread year, "2/3/2026" for "2/4/2025", lands far)
        near = [iso for iso in isos if _plausible(iso, context_date, SLASHLESS_DAYS)]
        if near or isos:
            r.arrival_date = (near or isos)[0]


def date_splits(digits: str) -> list[tuple[int, int, int | None]]:
    """The ways a date read without its slashes ("33", "183", "2352012") splits into a valid day, month
    and (when the reading ends with one, "19xx"/"20xx") year; the one slashless reading can be several
    dates ("112": 1/12 or 11/2), which the document's issue date decides."""
    year = None
    if len(digits) >= 5:
        digits, year = digits[:-4], int(digits[-4:])
    out = []
    for i in (1, 2):
        d, m = digits[:i], digits[i:]
        if 1 <= len(m) <= 2 and 1 <= int(d) <= 31 and 1 <= int(m) <= 12:
            out.append((int(d), int(m), year))
    return out


def _slashed(c: str, context_date: date | None) -> str | None:
    parts = c.split("/")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        return None
    return _iso(parts[0], parts[1], parts[2] if len(parts) == 3 else None, context_date)


def _slashless(digits: str, context_date: date | None) -> str | None:
    """A date read without its slashes ("33", "112"): of the ways it splits into a day and a month, the
    plausible arrival nearest the document's issue date (none without that date: no year to give)."""
    if context_date is None:
        return None
    isos = [iso for d, m, y in date_splits(digits)
            if (iso := _iso(str(d), str(m), str(y) if y else None, context_date))
            and _plausible(iso, context_date, SLASHLESS_DAYS)]
    return min(isos, key=lambda iso: abs((date.fromisoformat(iso) - context_date).days), default=None)


# Tesseract reads an italic slash as the fraction slash (U+2044) or the division slash (U+2215) at times
_SLASHES = str.maketrans({"\u2044": "/", "\u2215": "/"})


def read_stamp(stamp_text: str, *, context_date: date | None = None,
               page: int | None = None) -> tuple[list[Receipt], list[str]]:
    """Receipts from the OCR of a page's separated stamp ink (regions and readings as ``pipeline.ocr``
    joins them); and the lines that were no stamp field."""
    receipts: list[Receipt] = []
    leftovers: list[str] = []
    stamp_text = stamp_text.translate(_SLASHES)
    for region in stamp_text.split(REGION_SEP.strip("\n")):
        region, _, fields = region.partition(FIELDS_SEP.strip("\n"))
        readings = [x for x in region.split(READING_SEP.strip("\n")) if x.strip()]
        merged: Receipt | None = None
        for i, reading in enumerate(readings):
            _, recs, rest = extract(reading, context_date=context_date, page=page, whole_is_stamp=True)
            if i == 0:
                leftovers += rest
            if not recs:
                continue
            if merged is None:
                merged = recs[0]
            else:
                for f in ("office", "arrival_number", "arrival_date", "routed_to", "file_code"):
                    if getattr(merged, f) is None and getattr(recs[0], f) is not None:
                        setattr(merged, f, getattr(recs[0], f))
            receipts += recs[1:]
        if merged is None and fields.strip():
            merged = Receipt(page=page)  # the labels unreadable as text, the values found by the reader
        if merged is not None:
            _from_fields(fields, merged, context_date)
            for reading in readings:
                _lenient(reading, merged, context_date)
            receipts.append(merged)
    return receipts, [x for x in leftovers if x.strip()]


def merge_receipts(from_ink: list[Receipt], from_body: list[Receipt]) -> list[Receipt]:
    """The receipts of a page from its stamp regions and from its body text, each stamp once. A grey
    stamp (a photocopy) is read both as a region (found by its frame) and with the body: a body receipt
    on a page whose regions gave receipts is the same stamp read worse; it only fills fields the region
    reading lacks (of the region receipt it agrees with most)."""
    out = list(from_ink)
    fields = ("office", "arrival_number", "arrival_date", "routed_to", "file_code")
    for b in from_body:
        same_page = [r for r in from_ink if r.page == b.page]
        if not same_page:
            out.append(b)
            continue
        best = max(same_page, key=lambda r: sum(getattr(r, f) is not None and getattr(r, f) == getattr(b, f)
                                                for f in fields))
        for f in fields:
            if getattr(best, f) is None and getattr(b, f) is not None:
                setattr(best, f, getattr(b, f))
    return out
