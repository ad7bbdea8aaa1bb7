"""Legal references (every cited document, in order of first mention) and explicit deadlines."""
from __future__ import annotations

import regex

from pipeline.parse import gazetteer, grammar
from pipeline.textnorm import fold, normalize

_AFTER_DATE = regex.compile(r"^\s*,?\s*(?:đề\s+)?(?:" + grammar.DATE + r")")  # "Công văn số 35A/THB-TV đề ngày 01/4/2021"
# (an issuer ends before "và" and the next citation: "Chỉ thị số 01/CT-TTg … của Thủ tướng Chính phủ và Luật Phòng cháy
# và chữa cháy")
_ISSUER = regex.compile(r"^\s*,?\s*(?:của|do)\s+(?P<i>.+?)(?=\s+(?:về|phê duyệt|ban hành|hướng dẫn|quy định|sửa đổi|triển khai|thực hiện|tại|đã|theo|hỏi|xin|đề nghị)\b|[,;.:(“”\"\n]|$"
                        r"|\s+và\s+(?:các\s+)?(?:" + grammar.REF_ALT + r")\s+(?:số\s|\d|\p{Lu})"
                        # (in lower case with its number: "… của Chính phủ và báo cáo thẩm tra số 685/BC-UBVHXH15")
                        r"|\s+và\s+(?i:" + grammar.REF_ALT + r")\b(?=[^,;.]{0,30}?\bsố\s*\d)"
                        # … and before the period a report's title goes on with: "Chỉ thị số 23/CT-TTg … của Thủ tướng
                        # Chính phủ 6 tháng đầu năm 2024", "… năm 2024", "… giai đoạn 2021 - 2025" (not a date's year:
                        # "… của Chính phủ ngày 01 tháng 7 năm 2025 sửa đổi …")
                        r"|(?<!\bngày\s[^,;]{0,20})\s+(?:\d{1,2}\s+tháng\s+(?:đầu|cuối|qua|tới)|(?:năm|giai đoạn|quý)\s+(?:\d|[IVX]+\b)))")
# An issuer ends with its place's proper name: the lower-case words after it say what the letter is about
# ("của Cục Thuế tỉnh Hà Nam vướng mắc về …" → "Cục Thuế tỉnh Hà Nam").
_PLACE_THEN_VERB = regex.compile(r"^(.*?\b(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)"
                                 r"(?:\s+(?:-\s+)?\p{Lu}[\p{L}\p{M}-]*)+)\s+\p{Ll}.*$", regex.S)
# A citation's title: its subject after "về"/"về việc", or its purpose phrase ("phê duyệt…", "thực hiện thủ tục hành chính
# theo cơ chế một cửa…", "bãi bỏ…"); it ends at a clause break or where the next citation starts (", Nghị định số …").
# The citing document's own clause after the citation: ", Ủy ban nhân dân tỉnh ban hành Kế hoạch …", ", UBND huyện xây
# dựng …", ", Sở Giáo dục và Đào tạo đề nghị …" — a body that issues, asks or tells after "Thực hiện …, Căn cứ …".
_OWN_CLAUSE = (r",\s+(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Sở|Bộ|Ban Thường vụ|Văn phòng|Cục|Tổng cục|Thủ tướng|"
               r"Tập đoàn|Tổng công ty|Ngân hàng|Kho bạc|Bảo hiểm xã hội|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Chủ tịch)"
               r"\s[^,;.:]{0,60}?\s(?:ban hành|xây dựng|triển khai|hướng dẫn|đề nghị|yêu cầu|thông báo|chỉ thị|giao)\s")
TITLE_VERBS = (r"về việc|về|V/v|phê duyệt|ban hành|hướng dẫn|quy định|sửa đổi|bổ sung|bãi bỏ|thực hiện|triển khai|công bố"
               r"|phân cấp|phân công|thành lập|kiện toàn|điều chỉnh|tăng cường|giao")
_TITLE = regex.compile(r"^\s*,?\s*(?P<t>(?:" + TITLE_VERBS + r")\b.+?)(?=[;:\n]|\.\s|\.$|\s+và các văn bản|,\s+(?!(?:Luật|Bộ luật|Pháp lệnh)\s+\p{Lu})\p{Lu}[\p{Ll}]*\s+\p{Lu}|(?:\s+và|\s*,)\s+(?:các\s+)?(?:" + grammar.REF_ALT + r")\s+(?:số|\d)|" + _OWN_CLAUSE + r"|$)")
# "trước ngày 20/5/2025", "chậm nhất ngày …", "chậm nhất là ngày …", "hạn cuối ngày 15 tháng 12 hàng năm", "hạn chót …",
# "thời hạn … đến hết ngày …", "không muộn hơn …", "trong ngày 20/11/2025" (a request to act on that day).
# An hour may come first ("trước 15 giờ ngày 20/11/2025", "chậm nhất 16h00, ngày …"); a day and month without a year
# ("trước 30/6", "6 tháng trước ngày 15/6") is the first such day on or after the document's date; after "không quá"/"không
# muộn hơn" only with "ngày" written, and never before a count or a noun ("trước 3 tháng 5 ngày", "1/2 thời gian").
_DUE_HOUR = r"(?:(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?|\d{1,2}:\d{2})\s*,?\s+(?=" + grammar.NGAY + r"))?"
# OCR may garble "trước" before "ngày" ("gửi về Bộ Tài chính #wớc ngày 08/02/2024", "truớc", "tnrớc"): a short word ending
# in "ớc" then "ngày" — not "nước", "bước", "thước", "cước", "phước", "rước" ("Luật Bảo vệ bí mật nhà nước ngày …"), nor
# a bare "ước" ("Số liệu ước ngày 31/12/2025", "Hiệp ước ngày …", "Công ước", "Quy ước", "Hương ước").
_OCR_BEFORE = r"(?<!(?:hiệp|công|quy|thỏa|hương)\s+)(?<!\S)(?!(?:n|b|th|c|ph|r)?[ưu]ớc)\S{0,3}[ưuw]?[ớơó]c(?=\s+" + grammar.NGAY + r"\s)"
DEADLINE_RE = regex.compile(r"(?i)(?:trước|" + _OCR_BEFORE + r"|chậm nhất(?:\s+là)?(?:\s+vào)?|hạn chót(?:\s+là)?|hạn cuối(?:\s+là)?|(?P<weak>không muộn hơn|không quá))\s+" + _DUE_HOUR + r"(?P<nday>" + grammar.NGAY + r"\s+)?(?:"
                            + grammar.DATE + r"|(?P<rd>\d{1,2})\s*(?:tháng\s+|/)(?P<rm>\d{1,2})\s+hằng năm|(?P<rd2>\d{1,2})\s*(?:tháng\s+|/)(?P<rm2>\d{1,2})\s+hàng năm"
                            r"|(?P<rd3>\d{1,2})\s*(?:th[áa]ng\s+|/)(?P<rm3>\d{1,2})(?!\s*[/.-]\s*\d{4}|[/.-]?\d|\s+\d{4}|\s+(?:" + grammar.NAM + r"|hằng|hàng|lần|ngày|tổng|số|thời|phần)\b|\s*(?:giờ|h)\b))")


def _issuer_as_written(written: str) -> str:
    """A citation's issuer as the text writes it, abbreviations expanded ("Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ
    Việt Nam"); the gazetteer's name, or normal capitalisation, only for a known or near name (OCR: "Bộ Lao động -
    Thương bi và xã Hội") and for capitals ("BỘ Y TẾ")."""
    named = gazetteer.canonical(written)
    expanded = " ".join(gazetteer.expand(normalize(written)).split()).strip(" ,;:.-*")
    letters = [c for c in expanded if c.isalpha()]
    caps = bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)
    # (only the case may differ: a mark the gazetteer mends, "Cục Thuê tỉnh Đồng Nai", is mended)
    return expanded if not caps and named.lower() == expanded.lower() and not gazetteer.known(expanded) else named


def _tail(text: str, pos: int, raw: str | None = None) -> tuple[str | None, str | None, str | None, int]:
    """Date, issuer and title following a citation at pos; pos moves past the title. In a task table (raw, the text
    with its line breaks, has a 'TT' header above pos in the same block) a title ends with its cell's line, and never
    runs over an empty cell's mark: the next cells are no part of it ("… về chuyển đổi số" / "(trống)" / "Các sở …")."""
    from pipeline.cleanup import EMPTY_CELL  # (the cleaner imports the parser's grammar: imported when called)

    date = issuer = title = None
    rest = text[pos : pos + 600]
    if m := _AFTER_DATE.match(rest):
        date = grammar.match_date(m)
        rest, pos = rest[m.end():], pos + m.end()
    if m := _ISSUER.match(rest):
        issuer = _issuer_as_written(_PLACE_THEN_VERB.sub(r"\1", m.group("i")))
        rest, pos = rest[m.end():], pos + m.end()
    if m := _TITLE.match(rest):
        t = m.group("t")
        if raw is not None and _in_task_table(raw, pos) and (nl := _cell_end(raw, pos + m.start("t"), pos + m.end("t"))) >= 0:
            t = t[: nl - pos - m.start("t")]
        t = t.split(" " + EMPTY_CELL)[0]
        title = t.strip(" “”\"")
        title = regex.sub(r"^(?:về việc|về|V/v)\s+", "", title).strip(" “”\"")
        # a quoted name closing the title keeps its closing mark: 'phê duyệt Đề án "Tăng cường … đến năm 2030"' (only
        # the mark the title was cut at: a quotation the title stops inside stays open)
        for opens, closes in (('"', '"'), ("“", "”")):
            if t.rstrip().endswith(closes) and (title.count(opens) % 2 if opens == closes
                                                else title.count(opens) > title.count(closes)):
                title += closes
        title = title[:300]
        pos += m.start("t") + len(t) if len(t) < len(m.group("t")) else m.end()
    return date, issuer, title, pos


# (a cell opening on a document type goes on a citation; a line ending on a word that calls for a name goes on)
_TYPE_OPENS = regex.compile(r"(?:" + grammar.REF_ALT + r")\b")
_CALLS_FOR_NAME = regex.compile(r"(?i)\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|của|số|và|các|bởi|tại|với|về|"
                                r"theo|cho|nước|Việt)\s*$")


def _cell_end(raw: str, start: int, end: int) -> int:
    """The first line break in raw[start:end] after which a new cell starts (a row number, a '|', an agency, a time or
    the empty cell's mark), or -1: a PDF wraps a cell's text over several lines ("… một số điều của Nghị định số" /
    "23/2015/NĐ-CP về …" is one cell)."""
    from pipeline.cleanup import EMPTY_CELL
    from pipeline.parse.tasks import TIMELINE, is_addressee

    cell_start = regex.compile(r"^(?:\d{1,3}\.?|[IVX]{1,5}\.?|" + regex.escape(EMPTY_CELL) + r"|\d{1,2}/\d{1,2}/\d{4})$|^\|")

    nl = raw.find("\n", start, end)
    while nl >= 0:
        e = raw.find("\n", nl + 1)
        nxt = raw[nl + 1 : e if e >= 0 else len(raw)].strip(" *")
        if not nxt or cell_start.match(nxt) \
                or (TIMELINE.match(nxt) and len(nxt.split()) <= 6) or is_addressee(nxt):
            return nl  # a time cell is short ('Quý II/2025'), not a code's '23/2015/NĐ-CP về …'
        # a capital after a closed phrase opens the next cell ("… nghề nghiệp" / "Được thay thế bởi …"); not a name
        # after the word that calls for it ("… tỉnh" / "Hà Tĩnh", "… của" / "Nghị định số …")
        if regex.match(r"\p{Lu}", nxt) and not _TYPE_OPENS.match(nxt) and not _CALLS_FOR_NAME.search(raw[start:nl]):
            return nl
        nl = raw.find("\n", nl + 1, end)
    return -1


def _in_task_table(raw: str, pos: int) -> bool:
    """Whether pos lies in a task table: a line 'TT' / 'STT' / 'Số TT' above it with no blank line between."""
    block = raw[raw.rfind("\n\n", 0, pos) + 1 : pos]
    return any(grammar.is_row_number_head(ln) for ln in block.split("\n"))


LAWS = ("Luật", "Bộ luật", "Pháp lệnh")
# What may stand between two codes of one enumeration: the first one's date ("số 36/QĐ-TTg ngày 01/02/2025, 1569/QĐ-TTg").
_JUST_AFTER = regex.compile(r"\s*(?:\(?\s*ngày\s+(?:" + grammar.DATE + r")\s*\)?)?\s*$")


def _citations(text: str) -> list[regex.Match]:
    """Citations by type name, and by the type's abbreviation where no type name is read ("theo CV số 1193/CT-TTHT").
    A title in capitals ("BÃI BỎ THÔNG TƯ SỐ 31/2015/TT-BYT") names what the document acts on; its body cites it,
    so a type and "SỐ" both in capitals are left to the body (tests/test_unseen_forms.py reads such a page so)."""
    named = [m for m in grammar.REF_RE.finditer(text) if not _in_capitals(m)]
    abbreviated = [m for m in grammar.ABBREV_REF_RE.finditer(text)
                   if not any(n.start() <= m.start("number") < n.end() for n in named)]
    return sorted(named + abbreviated, key=lambda m: m.start())


def _in_capitals(m: regex.Match) -> bool:
    head = m.group(0)[: (m.start("pnumber") if m.group("pnumber") else m.start("number")) - m.start()]
    return bool(regex.search(r"(?<!\p{L})SỐ\b", head)) and head == head.upper()


def _abbrev_type(symbol: str) -> str | None:
    """The type a code's symbol names: "2021/NĐ-CP" a Nghị định, "QĐ-TTg" a Quyết định, "KL/TW" a Kết luận."""
    head = regex.split(r"[-/]", regex.sub(r"^\d{4}/", "", symbol), maxsplit=1)[0]
    return grammar.TYPE_ABBREV.get(head)
_SO_BEFORE = regex.compile(grammar.CITED_NUMBER_LABEL + r"$")


# A Party document printed in the State's style ("Nghị quyết số 08/NQ-TW" for 08-NQ/TW): written as the Party writes it.
# Of grammar's Party types and issuers, those the repair reads: Party issuers only ("BCT" is also the Ministry of
# Industry and Trade, "2729/QĐ-BCT", "2138/TTr-BCT").
_PARTY_IN_STATE_STYLE = regex.compile(
    r"^(\d+)/(" + "|".join(t for t in grammar.PARTY_TYPES if t not in {"QĐi", "CV", "TT", "GM"}) + r")-("
    + "|".join(i for i in grammar.PARTY_ISSUERS if i not in {"BCS", "BCT", "BTGTW", "BTCTW", "UBKTTW"}) + r")$")


def _repaired_code(m: regex.Match) -> tuple[str, str]:
    """The number and code of a citation, mended where OCR broke them: a number split in two after "số" is one ("số 65
    19/BTC-TCHQ" = 6519/BTC-TCHQ); without "số" the first part is the label misread ("Thông tư 86 103/2014/TT-BTC" =
    103/2014/TT-BTC); the National Assembly's "QH" read "OH" after the year ("04/2007/OH12")."""
    number, symbol, code = grammar.match_code(m)
    if " " in number:
        head, _, tail = number.partition(" ")
        joined = _SO_BEFORE.search(m.group(0)[: m.start("number") - m.start()])
        code = code.replace(number, head + tail if joined else tail, 1)
        number = head + tail if joined else tail
    code = _PARTY_IN_STATE_STYLE.sub(r"\1-\2/\3", code)
    return number, regex.sub(r"^(\d+/\d{4}/)OH(?=\d{1,2}$)", r"\1QH", code)


def _type_name(t: str) -> str:
    t = " ".join(t.split())
    return next((x for x in grammar.REF_TYPES if fold(x) == fold(t)), t[:1].upper() + t[1:].lower())


def _last_type(m: regex.Match) -> str:
    """The type a citation names: the last type name before its number — "theo quy định tại Nghị định số 96/2016/NĐ-CP"
    is a Nghị định (the words "quy định tại" only qualify it as far as the pattern goes)."""
    num_at = (m.start("pnumber") if m.group("pnumber") else m.start("number")) - m.start()
    names = list(grammar.REF_TYPE_RE.finditer(m.group(0)[:num_at]))
    return names[-1].group(0) if names else m.group("type")


def _code_key(code: str) -> str:
    """One key for a code printed two ways: the number without leading zeros ("5/2000/TT-BXD" = "05/2000/TT-BXD",
    Decree 30 writes numbers under 10 with a 0) and the pre-2004 provincial symbol "UB" for "UBND" ("67/2005/QĐ-UB")."""
    number, _, symbol = fold(code).partition("/")
    symbol = regex.sub(r"(?<![a-z])ubnd$", "ub", symbol)
    return f"{number.lstrip('0') or '0'}/{symbol}"


def _words(title: str) -> str:
    """A name compared word by word: folded, punctuation dropped ("sửa đổi, bồ sung" = "sửa đổi bổ sung")."""
    return " ".join(regex.sub(r"[^\p{L}\p{N}]+", " ", fold(title)).split())


def _same_name(a: str, b: str) -> bool:
    """The same act named in full and shortened: one name is the other's first words, at least three of them
    ("Pháp lệnh ưu đãi người có công" and "… người có công với cách mạng")."""
    a, b = _words(a), _words(b)
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short.split()) >= 3 and (long_ + " ").startswith(short + " "))


def _law_title(flat: str, m: regex.Match) -> tuple[str, int]:
    """A law's name and where it ends, with a parallel second member ("Bầu cử đại biểu Quốc hội" + "và đại biểu Hội
    đồng nhân dân")."""
    title = m.group("title").strip(" ,")
    if (p := grammar.LAW_PARALLEL_RE.match(flat, m.end())) and f" {_words(p.group('head'))} " in f" {_words(title)} ":
        return f"{title} và {p.group('head')}{p.group('rest')}".strip(" ,"), p.end()
    return title, m.end()


def _is_own(code: str, own_code: str | None) -> bool:
    """The document's own code, also as OCR misread a letter of its symbol in an appendix's "Kèm theo công văn số
    2000/TCT-OLRR …" (same number, symbol one letter off)."""
    if not own_code:
        return False
    a, b = _code_key(code), _code_key(own_code)
    if a == b:
        return True
    (na, _, sa), (nb, _, sb) = a.partition("/"), b.partition("/")
    from rapidfuzz.distance import Levenshtein

    # not a numbered-by-year text: "05/2021/TT-BTC" and "05/2021/TT-BTP" are two ministries' circulars
    return na == nb and len(sb) >= 5 and not regex.match(r"\d{4}/", sb) and Levenshtein.distance(sa, sb) <= 1


def _ref(m: regex.Match, rtype: str, code: str | None, date: str | None, issuer: str | None, title: str | None) -> dict:
    """A cited document as listed, and where the citation m stands."""
    return {"type": rtype, "code": code, "date": date, "issuer": issuer, "title": title, "_span": (m.start(), m.end()),
            "_raw": m.group(0)}


def find_legal_refs(text: str, own_code: str | None = None) -> list[dict]:
    found: list[tuple[int, dict]] = []
    seen: dict[str, dict] = {}
    flat = regex.sub(r"(?<=\S)\n(?=\S)", " ", text)  # a citation wrapped over lines (same offsets)
    spans: list[tuple[int, int]] = []
    titles: list[tuple[int, int]] = []  # where each cited document's title runs: names inside it are part of it

    def cite(m: regex.Match, ref: dict) -> None:  # (an enumeration's later code, a letter's own numbering)
        seen[_code_key(ref["code"])] = ref
        found.append((m.start(), ref))
        spans.append((m.start(), m.end()))

    for m in _citations(text):
        # a letter by its sender's own numbering, which the state grammar reads only in part ("văn bản số 01/CV-01
        # ngày …" gave 01/CV; "văn bản số 14/2025/CV-E.K.LM" gave 14/2025/CV-E): left to OWN_NUMBERING_REF_RE below
        # (but not a glued heading's roman number: "Công văn số 45/UBND-VX.II. Nhiệm vụ")
        if (own := grammar.OWN_NUMBERING_REF_RE.match(flat, m.start())) and own.end("code") > m.end() \
                and not regex.fullmatch(r"\.[IVX]{1,4}", flat[m.end():own.end("code")]):
            continue
        number, code = _repaired_code(m)
        spans.append((m.start(), m.end()))
        if _is_own(code, own_code):
            continue
        if (earlier := seen.get(_code_key(code))) is not None:
            if len(number) > len(earlier["code"].partition("/")[0].partition("-")[0]):
                earlier["code"] = code  # the form with the leading zero, as Decree 30 writes it
            if earlier["type"] in LAWS and not earlier.get("_named") and (lm := grammar.LAW_RE.match(flat, m.start())):
                earlier.update(title=lm.group("title").strip(), _named=True)  # the name OCR garbled at first
            continue
        date, issuer, title, end = _tail(flat, m.end(), text)
        if title:
            titles.append((m.end(), end))
        rtype = grammar.REF_ABBREVIATIONS.get(m.group("type")) or _type_name(_last_type(m))
        ref = _ref(m, rtype, code, date, issuer, title)
        if rtype in LAWS:
            if lm := grammar.LAW_RE.match(flat, m.start()):
                ref.update(title=lm.group("title").strip(), _named=True)
            elif not title and (lm := grammar.LAW_NAME_AFTER_RE.match(flat, end)):
                ref["title"] = lm.group("title").strip()
        seen[_code_key(code)] = ref
        found.append((m.start(), ref))
    last_type = None
    for m in grammar.ENUM_REF_RE.finditer(text):
        number, symbol, code = grammar.match_code(m)
        if _code_key(code) in seen or any(s <= m.start() < e for s, e in spans):
            continue
        types = list(grammar.REF_TYPE_RE.finditer(text, max(0, m.start() - 300), m.start()))
        if not types:
            continue
        last_type = _type_name(types[-1].group(0))
        date, issuer, title, end = _tail(flat, m.end(), text)
        if title:
            titles.append((m.end(), end))
        cite(m, _ref(m, last_type, code, date, issuer, title))
    for m in grammar.ENUM_BARE_REF_RE.finditer(flat):
        number, symbol, code = grammar.match_code(m)
        before = [r for _, r in found if r["_span"][1] <= m.start()]
        if (_code_key(code) in seen or _is_own(code, own_code) or any(s <= m.start("number") < e for s, e in spans)
                or not before or not _JUST_AFTER.match(flat[max(r["_span"][1] for r in before) : m.start()])):
            continue
        prev = max(before, key=lambda r: r["_span"][1])
        date, issuer, title, end = _tail(flat, m.end(), text)
        cite(m, _ref(m, _abbrev_type(symbol) or prev["type"], code, date, issuer, title))
    for m in grammar.OWN_NUMBERING_REF_RE.finditer(flat):
        code = m.group("code")
        if _code_key(code) in seen or _is_own(code, own_code) or any(s <= m.start("code") < e for s, e in spans):
            continue
        date, issuer, title, end = _tail(flat, m.end(), text)
        rtype = "Công văn" if fold(m.group("type")) == "van thu" else _type_name(m.group("type"))  # a letter
        cite(m, _ref(m, rtype, code, date, issuer, title))
    found = [_first_mention(flat, pos, ref, text) for pos, ref in found]
    found += _laws_by_name(flat, spans, titles, [r for _, r in found])
    for _, r in found:
        r.pop("_named", None)
    return [r for _, r in sorted(found, key=lambda x: x[0])]


def _first_mention(flat: str, pos: int, ref: dict, raw: str | None = None) -> tuple[int, dict]:
    """A code cited first where OCR broke its type word ("Nghị đmh số 126/2020/NĐ-CP ngày 19/10/2020 …") and found
    only at a later mention without a date: its first mention gives its place in the list and its date."""
    code = ref["code"]
    if ref["date"] or not code or "/" not in code:
        return pos, ref
    m = regex.search(r"(?<![\w/])" + regex.escape(code) + r"(?![\w/-])", flat)
    if not m or m.start() >= pos:
        return pos, ref
    date, issuer, title, _ = _tail(flat, m.end(), raw)
    if not date:
        return pos, ref
    ref.update(date=date, issuer=ref["issuer"] or issuer, title=ref["title"] or title)
    return m.start(), ref


def _laws_by_name(flat: str, spans: list[tuple[int, int]], titles: list[tuple[int, int]], coded: list[dict]) -> list[tuple[int, dict]]:
    """Laws, codes and ordinances cited by name only, each once. The same act named in full and shortened is one
    citation with the full name; a name met only inside another citation's title ("Nghị định … hướng dẫn thi hành
    Luật Bảo hiểm xã hội") is part of that title, not a citation of its own; a coded act cited again by name is
    already listed."""
    groups: list[dict] = []
    law_spans: list[tuple[int, int]] = []
    for m in grammar.LAW_RE.finditer(flat):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spans + law_spans):
            continue
        law_spans.append((m.start(), m.end()))
        rtype, (title, end) = _type_name(m.group("type")), _law_title(flat, m)
        if len(title) < 3 or any(r["type"] == rtype and r["title"] and _same_name(r["title"], title) for r in coded):
            continue
        inside = any(s <= m.start() < e for s, e in titles)
        group = next((g for g in groups if g["type"] == rtype and _same_name(g["title"], title)), None)
        if group is None:
            date, issuer, _, _ = _tail(flat, end)
            groups.append(group := _ref(m, rtype, None, date, issuer, title) | {"_cited": False})
        elif len(title) > len(group["title"]):
            group["title"] = title
        group["_cited"] |= not inside
    return [(g["_span"][0], g) for g in groups if g.pop("_cited")]


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


# Completing a work on a set day is a due date too ("khởi công dự án … vào ngày 19 tháng 12 năm 2025"); the verb must end a
# work — a meeting or a ceremony merely scheduled "vào ngày …" is not one.
DUE_ON_RE = regex.compile(r"(?i)(?<!\p{L})(?:khánh thành|khởi công|hoàn thành|hoàn tất|thông xe|trao thưởng|đưa vào (?:sử dụng|vận hành|khai thác))"
                          r"[^.;:]{0,200}?(?P<on>\s+vào\s+)(?:ngày\s+)?(?:" + grammar.DATE + r")")
# "báo cáo Thủ tướng Chính phủ trong ngày 20 tháng 11 năm 2025": a report or a work due on that day. The verb is a work's
# end or a report sent: "Trong ngày 20/11, mưa lớn …" is news. A month ("hoàn thành trong tháng 12/2025") is no explicit
# due date (gold/README: explicit dates only; dev gold tnt_627 leaves "báo cáo … trong tháng 11 năm 2025" out).
# Not "chương trình", "công trình", "quy trình", "tiến trình"; not "gửi lời chúc mừng … trong ngày 20/11/2025"; not
# "Theo báo cáo của Sở Y tế, trong ngày 20/11/2025 toàn tỉnh ghi nhận …" (the noun after "theo"; a comma right before
# "trong ngày": the report's news). Commas inside the gap are a list ("kiểm tra, rà soát trong ngày …").
_GAP = r"(?:[^.;:\n\d]|\n(?!\s*\n)){0,80}?"
DUE_WITHIN_RE = regex.compile(
    r"(?i)(?<!\p{L})(?<!đã\s)(?:hoàn thành|hoàn tất|(?<!theo\s)báo cáo|gửi(?!\s+lời\b)|(?<!(?:chương|công|quy|tiến)\s+)trình)(?!\p{L})" + _GAP + r"(?<!,)(?P<at>\s[\s*]*trong\s+)(?:" + grammar.DATE + r")")


def _what(text: str, pos: int) -> str | None:
    """The clause before a due date: what is due. Under a label ("Tổng hợp kết quả kiểm kê, báo cáo … gửi Bộ Tài
    chính. Thời gian hoàn thành: Trước ngày 31/5/2026."), the work the label's sentence or point follows."""
    before = text[max(0, pos - 200) : pos]
    # (a comma inside brackets parts no clause: "… về Bộ Y tế (Cục Quản lý Khám, chữa bệnh) trước ngày …")
    shielded = regex.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", "\0"), before)
    clause = regex.split(r"[.;:\n]|,\s+(?=\p{Ll}+\s)", shielded)[-1].replace("\0", ",")
    # a point's dash or letter: "- Tổng hợp báo cáo kết quả … trước ngày …", "b) Báo cáo kết quả về Sở … trước ngày …"
    clause = regex.sub(r"^\s*(?:[-–+•]|[a-zđ]\))\s+", "", clause)
    clause = regex.sub(r"^\s*(?:và|định kỳ|đồng thời|trong đó)\s+", "", clause).strip(" ,(")
    label = DUE_LABEL.search(text, max(0, pos - 60), pos)
    if label and not " ".join(clause.split()).strip(" :"):
        work = regex.split(r"\.\s|;\s|\n\s*\n|\n\W{0,2}[-+•]\s", text[max(0, label.start() - 400) : label.start()].rstrip(" .;\n*_"))[-1]
        work = regex.sub(r"^\W*", "", work)
        return " ".join(work.split()) or None
    return " ".join(clause.split()) or None


# A due date's label closing a point: "Thời gian hoàn thành: Trước ngày …", "Thời hạn hoàn thành:", "Thời gian thực
# hiện:" (the label word may be split over lines by the page's layout: "Thời" / "gian hoàn thành:")
DUE_LABEL = regex.compile(r"(?i)(?<!\p{L})(?:thời\s+(?:gian|hạn)(?:\s+(?:hoàn\s+thành|thực\s+hiện|nộp|gửi))?|hạn\s+(?:hoàn\s+thành|nộp|gửi))"
                          r"\s*:\s*$")


# What marks a deadline as recalled from the past: the sentence says it was set ("đã giao", "đã yêu cầu") or cites the
# earlier document that set it ("Tại công văn số 8014/VPCP-KGVX …", "Thông tư số 09/2013/TT-BXD … quy định …").
RECALLED = regex.compile(r"(?i)\bđã\b|\bsố\s*:?\s*\d+(?:\s*/\s*\d{4})?\s*[/-]\s*\p{Lu}")
# Where the sentence holding a deadline starts: a full stop before a capital, a paragraph, a numbered or lettered item.
SENTENCE_START = regex.compile(r"[.!?]\s+(?=\p{Lu})|\n\s*\n|\n\W{0,2}(?:\d{1,2}|[a-zđ])\s*[.)]\s")


def _sentence_start(text: str, pos: int, reach: int) -> int:
    """Where the sentence holding pos starts, looking back at most reach characters."""
    return max([m.end() for m in SENTENCE_START.finditer(text, max(0, pos - reach), pos)], default=max(0, pos - reach))


# A notice of conclusions comes out days after its meeting; a date further back is a condition ("hoạt động cách mạng
# trước ngày 01/01/1945"), not a due date.
MEETING_LAG_DAYS = 31


def _recalled(text: str, pos: int, date: str, issued_on: str) -> bool:
    """A deadline dated before the document was issued is one recalled from an earlier document (or a condition)
    unless it falls within the days between a meeting and its notice and its sentence does not say it was set
    earlier: "Giao Phó Thủ tướng … trước ngày 15 tháng 11 năm 2025 …" in a notice of 18/11/2025 is a request."""
    import datetime as dt

    if (dt.date.fromisoformat(issued_on) - dt.date.fromisoformat(date)).days > MEETING_LAG_DAYS:
        return True
    start = _sentence_start(text, pos, 600)
    return bool(RECALLED.search(text, start, pos))


# A date that comes back every year, quarter or month: "định kỳ", "hằng năm", "hàng quý", "mỗi năm", or a periodic report
# by its name ("Báo cáo 6 tháng gửi trước ngày 20 tháng 6", "báo cáo năm", not "báo cáo năm 2025").
PERIODIC = regex.compile(r"(?i)\bđịnh kỳ\b|\b(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng)\b"
                         r"|\bbáo cáo\s+(?:6 tháng|sáu tháng|quý|tháng|năm)\b(?!\s+\d)")


# A date that bounds when something happened is a condition, not a due date: "khoản nợ tiền thuế phát sinh trước ngày
# 01/7/2016", "có thời gian trốn đóng trước ngày 01/01/2016", "cấp thẻ có giá trị sử dụng trước ngày 01/01/2015", "hợp đồng
# lao động được giao kết và có hiệu lực trước ngày …". It counts even when the document's date is unknown (OCR lost it).
CONDITION_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:phát\s+sinh|có\s+hiệu\s+lực|trốn\s+đóng|chậm\s+đóng|có\s+giá\s+trị(?:\s+sử\s+dụng)?"
                                 r"|xảy\s+ra|được\s+cấp)\s*$")


def _periodic(text: str, pos: int) -> bool:
    """The sentence holding a day and month without a year says the day comes back every period."""
    start = _sentence_start(text, pos, 300)
    return bool(PERIODIC.search(text, start, pos))


def find_deadlines(text: str, issued_on: str | None = None) -> list[dict]:
    """Explicit due dates. A date before the document's own date is left out when it is a deadline recalled from
    an earlier document, not a new one."""
    out = []
    for m in DEADLINE_RE.finditer(text):
        if CONDITION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if m.group("rd3") and m.group("weak") and not m.group("nday"):
            continue  # "không quá 2/3 tổng số", "không quá 12 tháng 1 lần": a share or a period; "không quá ngày 30/11" is a date
        if m.group("rd3") and _periodic(text, m.start()):
            continue  # "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo …": a repeating date, no deadline (gold/README)
        if m.group("rd") or m.group("rd2") or m.group("rd3"):
            date = _yearly(m.group("rd") or m.group("rd2") or m.group("rd3"), m.group("rm") or m.group("rm2") or m.group("rm3"), issued_on)
        else:
            date = grammar.match_date(m)
        if not date or (issued_on and date < issued_on and _recalled(text, m.start(), date, issued_on)):
            continue
        out.append({"date": date, "what": _what(text, m.start()), "_span": (m.start(), m.end()), "_raw": m.group(0)})
    # A report or a work due "trong ngày 20 tháng 11 năm 2025" on that day, unless the day is already past at the
    # document's date (or that date is unknown).
    for m in DUE_WITHIN_RE.finditer(text):
        date = grammar.match_date(m)
        if not date or not issued_on or date < issued_on:
            continue
        out.append({"date": date, "what": _what(text, m.start("at")), "_span": (m.start(), m.end()), "_raw": m.group(0)})
    # A work to be finished on a set day: "khởi công dự án … vào ngày 19 tháng 12 năm 2025", "khánh thành … vào ngày …".
    for m in DUE_ON_RE.finditer(text):
        date = grammar.match_date(m)
        if not date or (issued_on and date < issued_on):
            continue
        what = " ".join(text[m.start() : m.start("on")].split()).strip(" ,")
        out.append({"date": date, "what": what or None, "_span": (m.start(), m.end()), "_raw": m.group(0)})
    return sorted(out, key=lambda d: d["_span"][0])
