"""Header fields: number and symbol, issuer, place and date, document type, subject (Decree 30/2020, Điều 8)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta

import regex

from pipeline.parse import gazetteer, grammar
from pipeline.parse.lines import Line, is_caps, is_motto, is_rule
from pipeline.textnorm import fold, normalize

BODY_START = regex.compile(r"^\W*(kinh gui|can cu)")
BODY_START_LONG = regex.compile(r"^\W*(thuc hien|trien khai|theo de nghi|ngay \d|nham|trong nam|nam \d{4}|sau \d)")
# the recipients' label, its "Kính" maybe lost by OCR ("nh gửi: Cục Thuế …"): where a subject ends
RECIPIENTS_LABEL = regex.compile(r"^\W{0,2}\p{L}{0,5}\s*g[ửữ]i\s*:")
OPEN_END = grammar.OPEN_END
# a unit's number in a header line ("BỘ TƯ LỆNH QUÂN KHU 4", "ỦY BAN NHÂN DÂN QUẬN 3", "CHI CỤC THUẾ KHU VỰC 5", "BAN
# CHỈ ĐẠO 389 TỈNH"): the only figures a header name holds
UNIT_NUMBER = regex.compile(r"(?<!\w)(?:quan khu|quan|khu vuc|phuong|vung|su doan|binh doan|lu doan|trung doan|ban chi dao)"
                            r"\s+\d{1,3}(?!\w)")
NOT_ISSUER = {"den", "chuyen", "mat", "khan", "hoa toc", "thuong khan", "toi mat", "tuyet mat", "ban sao", "du thao"}



# A line that opens on the number label or on the "V/v" subject label: the left header column ends above it.
NUMBER_OR_SUBJECT_LINE = r"^\W*(?:S[ốo]|SỐ)\s*[:.]|" + grammar.VV_LINE_START

@dataclass
class Found:
    value: object
    raw: str
    start: int
    end: int


@dataclass
class Header:
    fields: dict[str, Found] = field(default_factory=dict)
    end_index: int = 0  # first line index after the header/title
    type_line: int | None = None


# The number's label alone on its line, the number on the next (a web page's header table read cell by cell:
# "Số:" / "2010/QĐ-BYT Hà Nội, ngày 19 tháng 6 năm 2025 …").
LABEL_ALONE = regex.compile(r"^\W{0,3}(?:S[ốoóồ]|SỐ|SO)\s*[:.]?\W{0,3}$")


def _find_code(lines: list[Line], limit: int) -> Found | None:
    for k, ln in enumerate(lines[:limit]):
        if m := grammar.number_line(ln.text):
            return Found(grammar.match_code(m), m.group(0), ln.start + m.start(), ln.start + m.end())
        nxt = next((x for x in lines[k + 1 : k + 3] if x.text.strip()), None)
        if nxt and LABEL_ALONE.match(ln.text) and (m := grammar.SO_LINE.match("Số: " + nxt.text.strip())):
            lead = len(nxt.text) - len(nxt.text.lstrip())
            a, b = nxt.start + lead + m.start("number" if m.group("number") else "pnumber") - 4, nxt.start + lead + m.end() - 4
            return Found(grammar.match_code(m), nxt.text[a - nxt.start : b - nxt.start], a, b)
    for ln in lines[:limit]:
        if m := grammar.SO_LINE_LOOSE.search(ln.text):
            code = grammar.canonical_code(m.group("number"), m.group("symbol"))
            return Found(code, m.group(0), ln.start + m.start(), ln.start + m.end())
    return None


def _province_tail(place: str, before: str = "", above: str = "") -> bool:
    """'Nội' (of Hà Nội), 'Minh' (of Thành phố Hồ Chí Minh): one word that ends a province's name and is none itself —
    when OCR debris stands before it on its line ('2 Ì ya Nội', 'Qu ả ng Ngãi'), or when the header above does not name
    a place by that word ('THÀNH PHỐ VINH' above 'Vinh, ngày …': the city, not Trà Vinh's tail)."""
    key = fold(place)
    tails = [k for k in gazetteer.provinces() if k.endswith(" " + key)]
    if " " in key or gazetteer.province_name(place) or not tails:
        return False
    # what stands before the word in its own cell: after a table's "|", a wide gap or the document's number
    cell = regex.split(r"\||\s{2,}", before)[-1]
    if regex.sub(r"^.*\d\s*/\s*\S+", "", cell).strip(" \t*_#>"):  # markup ("_Vinh, ngày …_") is no debris
        return True
    lower = above.lower()  # (with its marks: "VĨNH LONG" names no "Vinh")
    return not any(not any(fold(lower[: w.start()]).rstrip().endswith(k[: -len(key)].strip()) for k in tails)
                   for w in regex.finditer(r"(?<!\w)" + regex.escape(place.lower()) + r"(?!\w)", lower))


def _find_place_date(text: str, lines: list[Line], limit: int) -> Found | None:
    end = lines[min(limit, len(lines) - 1)].end if lines else 0
    tail = None
    # The full place-date line first; else the place alone when OCR garbled the date.
    for rx, dated in ((grammar.PLACE_DATE_RE, True), (grammar.PLACE_ONLY_RE, False),
                      (grammar.PLACE_ONLY_AFTER_NUMBER_RE, False), (grammar.PLACE_AFTER_BARE_NUMBER_RE, False)):
        for m in rx.finditer(text[:end]):
            place = grammar.place_name(m.group("place"))
            # the symbol's last part set apart by OCR ("Số: đút /VPCP- KTTH Hà Nội, ngày OL …") is no part of the place
            cut = regex.match(r"^(?!T[PX]\b)[\p{Lu}Đ&\d-]{2,}\s+(?=\p{Lu})", place)
            if cut and gazetteer.province_name(grammar.place_name(place[cut.end():])):
                place = grammar.place_name(place[cut.end():])
            # (a word OCR made of the place's name is no place: "Với, ngavl.c thang 6" for "Hà Nội, ngày …"; nor the last
            # word of a province's name whose first words OCR garbled: "2 Ì ya Nội, ngày)" for "Hà Nội")
            if fold(place) in {"so", "ngay", "chuyen", "voi", "va", "cua", "ve", "tai", "theo", "do", "den", "tu"}:
                continue
            line_start = text.rfind("\n", 0, m.start("place")) + 1
            if _province_tail(place, text[line_start : m.start("place")], text[:line_start]):
                # the date still reads: kept, with no place unless another reading names one
                tail = tail or Found((None, grammar.match_date(m) if dated else None), m.group(0), m.start(), m.end())
                continue
            found = Found((place, grammar.match_date(m) if dated else None), m.group(0), m.start(), m.end())
            if tail and tail.value[1] and not found.value[1]:
                found = Found((place, tail.value[1]), tail.raw, tail.start, tail.end)
            return found
    return tail


_TITLE_ON_TYPE_LINE = regex.compile(r"\p{Lu}\p{Ll}+\s+\p{Ll}")


# The document types, folded → as written (the first of a type listed twice); the longer names, as written → folded
# (the ones a misread letter is sought in).
_TYPE_FOLDS: dict[str, str] = {}
for _t in grammar.DOC_TYPES:
    _TYPE_FOLDS.setdefault(fold(_t), _t)
_LONG_TYPE_FOLDS = {t: fold(t) for t in grammar.DOC_TYPES if len(t) > 5}


def _type_line(lines: list[Line], limit: int) -> tuple[int, str, str] | None:
    for ln in lines[:limit]:
        text = ln.text.strip("*# ")
        # a web page's place-date line run on into the type name and its title ("Hà Nội, ngày 29 tháng 10 năm 2024
        # QUYẾT ĐỊNH SỬA ĐỔI, BỔ SUNG … BỘ TRƯỞNG BỘ Y TẾ"): the type line is what follows the date
        dated = grammar.PLACE_DATE_RE.search(text)
        if dated and (m := grammar.TYPE_LINE_RE.match(after := text[dated.end():].strip(" *"))) and is_caps(after):
            canonical = _TYPE_FOLDS.get(fold(m.group("type")))
            rest = _without_authority(m.group("rest").strip(" *"))
            if canonical and not rest.endswith(":"):
                return ln.index, canonical, rest
        nxt = lines[ln.index + 1].text.strip("*# ") if ln.index + 1 < len(lines) else ""
        if text and nxt and is_caps(text) and len(text.split()) == 1 and is_caps(nxt) \
                and fold(f"{text} {nxt}") in _TYPE_FOLDS:
            text = f"{text} {nxt}"  # "NGHỊ" / "QUYẾT" wrapped by a web page
        m = grammar.TYPE_LINE_RE.match(text)
        if not m:
            # OCR specks after a type name alone on its line ("THÔNG BẢO ae"): short lower-case tokens at the end;
            # a run of short junk words after it ("THÔNG BẢO ae pan si AAPL." when a stamp's letters were joined on).
            text = regex.sub(r"(?:\s+[\p{Ll}\W]{1,3})+$", "", text)
            words = text.split()
            for n in (3, 2, 1):
                head = " ".join(words[:n])
                if len(words) > n and len(words) - n <= 5 and all(len(w.strip(".,;:")) <= 4 for w in words[n:]) \
                        and is_caps(head) and fold(head) in _LONG_TYPE_FOLDS.values():
                    text = head
                    break
        if not m and is_caps(text) and len(text.split()) <= 3:
            # A type name OCR misread by a letter ("GHI QUYẾT", "Ế HOẠCH"), alone on its line.
            from rapidfuzz import fuzz, process

            hit = process.extractOne(fold(text), _LONG_TYPE_FOLDS,
                                     scorer=fuzz.ratio, score_cutoff=88)
            if hit:
                return ln.index, hit[2], ""
        if not m or not is_caps(m.group("type")):
            continue
        rest = m.group("rest").strip(" *")
        # OCR specks after the name ("NGHỊ QUYẾT - -"), not the colon of the enacting word ("QUYẾT ĐỊNH:")
        rest = "" if not regex.search(r"[\p{L}\d:]", rest) else rest
        # the title on the type's own line, in sentence case: "KẾ HOẠCH Tổ chức Hội nghị tổng kết …" (web text)
        title_here = _TITLE_ON_TYPE_LINE.match(rest) and len(rest) <= 250 \
            and not regex.search(r"[.:;]\W{0,2}$|\.\s+\p{Lu}", rest)
        if rest and not title_here \
                and not (is_caps(rest) and (fold(rest).startswith(("cua ", "ve ", "lien tich")) or len(rest) < 60)):
            continue
        canonical = _TYPE_FOLDS[fold(m.group("type"))]
        return ln.index, canonical, rest
    return None


def _without_authority(title: str) -> str:
    """A title with the competent authority's line that a web page ran onto its end cut off ("… CHỮA BỆNH VÀ GIẢI
    QUYẾT CÁC CHẾ ĐỘ LIÊN QUAN BỘ TRƯỞNG BỘ Y TẾ", "… THẺ BẢO HIỂM Y TẾ TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM"): a
    head's title and an agency's name closing it, not after a word that ties them to the title ("… CỦA BỘ TRƯỞNG BỘ Y
    TẾ SỬA ĐỔI …", "… ỦY QUYỀN CHO GIÁM ĐỐC SỞ TÀI CHÍNH")."""
    words = title.split()
    for k in range(1, len(words)):
        tail = fold(" ".join(words[k:])) + " "
        head = next((h for h in _AUTHORITY_HEADS if tail.startswith(h)), None)
        if head and len(words) - k <= 12 and fold(words[k - 1]) not in _JOINING | {"giao"} \
                and gazetteer.starts_agency(" ".join(words[k + len(head.split()):])):
            return " ".join(words[:k])
    return title


def _agency_groups(cands: list[Line]) -> list[tuple[str, Line]]:
    groups: list[tuple[str, Line]] = []
    for ln in cands:
        text = ln.text.strip("*# ")
        adjacent = groups and ln.index - groups[-1][2] <= 2
        joined = f"{groups[-1][0]} {text}" if groups else text
        # a name's second half OCR set below the motto's line, opening on "VÀ" ("BỘ LAO ĐỘNG - THƯƠNG BINH —" /
        # "CỘNG HÒA …" / "VÀ XÃ HỘI" / "Độc lập …"): the name goes on across it (a dash OCR set at the break dropped)
        if groups and ln.index - groups[-1][2] <= 4 and fold(text).split()[:1] == ["va"]:
            adjacent, joined = True, regex.sub(r"\s+[—–-]$", "", groups[-1][0]) + " " + text
        if adjacent and (not gazetteer.starts_agency(text, loose=True) or gazetteer.known(joined)):
            groups[-1] = (joined, groups[-1][1], ln.index)  # "THỦ TƯỚNG" / "CHÍNH PHỦ" is one name
        else:
            groups.append((text, ln, ln.index))
    return [(g[0], g[1]) for g in groups]


def _names_above(lines: list[Line], type_index: int) -> list[str]:
    """The agency names in the header's capitals above the title (folded): the issuer and its parent."""
    cands = [ln for ln in lines[:type_index] if is_caps(ln.text) and not is_motto(ln.text) and not _motto_start(ln.text)
             and not regex.search(r"\d", UNIT_NUMBER.sub("", fold(ln.text.strip("*# |")))) and fold(ln.text.strip("*# |")) not in NOT_ISSUER]
    return [_letters(name) for name, _ in _agency_groups(cands) if gazetteer.starts_agency(name)]


def _motto_start(text: str) -> bool:
    """A line opening with the motto however OCR garbled its tail ("CONG HOA XÃ HOLS TET NAM", "Độc lập - Twa")."""
    return bool(regex.match(r"^\W*(?:cong\s+hoa\s+xa\s+h|doc\s+lap\s*[-—–])", fold(text)))


def _letters(s: str) -> str:
    return " ".join(regex.sub(r"[^\p{L}\d]+", " ", fold(s)).split())


# A word that ties what follows it to the words before ("CỦA", "VỀ", "ĐỐI VỚI", "… DO"), folded: grammar's open words
_JOINING = {fold(w) for w in grammar.OPEN_WORDS} | {"doi"}


def _issuing_line(text: str, names: list[str]) -> bool:
    """A capitals line that is the issuer's name again (a resolution's enacting line, "ỦY BAN THƯỜNG VỤ
    QUỐC HỘI" above its "Căn cứ …"), its first letters possibly lost under a stamp: the whole line lies in
    one of the header's agency names and covers most of it."""
    from rapidfuzz import fuzz

    f = _letters(text)
    if not is_caps(text) or len(f) < 10 or f.split()[0] in _JOINING:  # "CỦA ỦY BAN …" goes on the title
        return False
    return any(
        len(f) >= 0.6 * len(n) and fuzz.partial_ratio(f, n) >= 90 for n in names if len(f) <= len(n) + 3)


# A cited document's type (grammar.REF_TYPES) closing a subject's line, before the code that goes on in the next ("V/v
# triển khai thực hiện Nghị định" / "128/2020/NĐ-CP"); opening a line with its name ("Luật BHYT", the law an article
# is of: "… tại Điều 22" / "Luật BHYT").
_TYPE_END = regex.compile(r"(?<!\p{L})(?:" + grammar.REF_ALT + r")$")
_TYPE_NAMED = regex.compile(r"(?:" + grammar.REF_ALT + r")\s+\p{Lu}")


# Heads whose title opens the competent-authority line of a decision (Decree 30/2020, Phụ lục I: "THẨM QUYỀN BAN HÀNH").
_AUTHORITY_HEADS = ("giam doc ", "tong giam doc ", "chu tich ", "bo truong ", "cuc truong ", "tong cuc truong ",
                    "vu truong ", "chanh van phong ", "truong ban ", "chu nhiem ", "hieu truong ", "vien truong ",
                    "chanh thanh tra ", "tong thanh tra ", "tu lenh ", "chanh an ")


# A received stamp pressed over the title, read by OCR into the lines below it: "ẾN 6È... C ¬—" (ĐẾN), "Ngày: Q
# [041 2022.", "Số: …", "Chuyển: …" — its labels, or symbols no title has.
STAMP_LINE = regex.compile(r"^\W{0,3}(?i:ng[àa]y|s[ốo]|đ[ếe]n|chuy[ểe]n)\s*[:.]|[¬©®£€§{}\[\]]")
# The body's first heading right under a title with no preamble between them ("Triển khai công tác … năm 2025" / "" /
# "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích"): no title line opens on a section's mark. "Điều 1.", "Phần I", "Chương II" end it
# only after a blank line: a title may run on over such words ("Về việc sửa đổi, bổ sung khoản 2" / "Điều 1 Quyết định
# số 45/QĐ-UBND …").
SECTION_HEAD = regex.compile(r"^\W{0,2}(?:[IVX]{1,4}|\d{1,2})\s*[.)]\s*\p{Lu}")
PART_HEAD = regex.compile(r"^\W{0,2}(?:(?i:điều)\s+\d{1,3}\s*[.:]|(?i:phần|chương)\s+(?:[IVX]{1,4}|\d{1,2})\b(?!\s+\p{Ll}))")


def _subject_lines(lines: list[Line], start: int, stop_at: int, names: list[str] | None = None) -> list[Line]:
    out: list[Line] = []
    for ln in lines[start:stop_at]:
        t = ln.text.strip("* ")
        if out and (STAMP_LINE.search(t) or SECTION_HEAD.match(t)
                    or (PART_HEAD.match(t) and ln.index and not lines[ln.index - 1].text.strip())):
            break
        if not t:
            if out and len(out) >= 1 and lines[ln.index + 1 : ln.index + 2] and not lines[ln.index + 1].text[:1].islower() \
                    and not is_caps(lines[ln.index + 1].text):
                break
            continue
        # a title's lines that cleanup joined into one may pass 160 characters; a body paragraph has sentences (a title
        # may list the acts it amends, each named with a capital: "… của Luật Đấu thầu; Luật Đầu tư theo phương thức …")
        # (… also a second such line when the first did not close a sentence: "về việc ban hành … thực hiện" / "Quyết định
        # số 2072/QĐ-TTg … định hướng điều chính”", a title cleanup joined in two)
        long_line = len(t) > 160 and not (len(t) <= 600 and not regex.search(r"[.:]\s|;\s+(?!\p{Lu})", t)
                                          and (not out or (len(out) == 1 and not regex.search(r"[.;:]\s*$", out[-1].text))))
        # (a title may open on the same words as the body's first paragraph, "Triển khai thực hiện Chỉ thị số 12/CT-TTg
        # ngày … về …" on one line of its own under the type name: a paragraph ends a sentence, a title does not)
        body_like = len(t) > 100 and BODY_START_LONG.match(fold(t)) and (out or regex.search(r"[.;:]\W{0,2}$|\.\s+\p{Lu}", t))
        if is_rule(t) or BODY_START.match(fold(t)) or body_like or t.endswith(":") \
                or (long_line and not is_caps(t)):
            break
        if out and is_caps(t) and gazetteer.starts_agency(t) and not is_caps(out[-1].text):
            break
        if out and all(is_caps(x.text) for x in out) and regex.match(r"\p{Lu}\p{Ll}", t) and not is_caps(t):
            break  # a title in capitals ends where sentence case begins: OCR leaves no blank line before the body
            # ("… TRỌNG ĐIỂM NGÀNH GIAO THÔNG VẬN" / "TẢI" / "Ngày 08 tháng 11 năm 2025, Thủ tướng Chính phủ …")
        if out and names and not OPEN_END.search(out[-1].text.strip("* ")) and _issuing_line(t, names):
            break
        if out and is_caps(t) and fold(t).startswith(_AUTHORITY_HEADS) and len(t.split()) >= 3 \
                and not OPEN_END.search(out[-1].text.strip("* ")):
            break  # the competent authority under a decision's title: "GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG …"

        if out and is_caps(t) and gazetteer.starts_agency(t) and fold(t).split()[0] in {"uy", "thu", "bo", "hoi", "ban", "chu", "ubnd"} and len(out) >= 1 and not fold(out[-1].text).endswith((" cua", " ve", " va")) \
                and not (out[-1].text.rstrip(" *").endswith(",") and fold(out[0].text.strip("* ")).startswith("cua ")):
            # (the issuers a title names go on after a comma: "CỦA BỘ CHÍNH TRỊ," / "BAN BÍ THƯ" / "VỀ …")
            break
        out.append(ln)
        if len(out) >= (20 if all(is_caps(x.text) for x in out) else 6):
            break  # (a title in capitals wrapped narrow, as OCR gives a scan's centred title, runs on longer)
    return out


def parse_header(text: str, lines: list[Line]) -> Header:
    h = Header()
    limit = min(len(lines), 60)
    code = _find_code(lines, limit)
    if code:
        h.fields["code"] = code
    pd = _find_place_date(text, lines, limit)
    if pd:
        if pd.value[0]:
            h.fields["place"] = Found(pd.value[0], pd.raw, pd.start, pd.start + len(pd.value[0]))
        if pd.value[1]:
            h.fields["issued_on"] = Found(pd.value[1], pd.raw, pd.start, pd.end)
    tl = _type_line(lines, limit)
    vv = None
    code_at = next((ln.index for ln in lines if code and ln.start <= code.start < ln.end + 1), None)
    pd_at = pd.start + len(pd.raw) - len(pd.raw.lstrip()) if pd else -1  # (the match may open on a line break)
    pd_line = next((ln for ln in lines if ln.start <= pd_at < ln.end + 1), None)
    if code_at is None and pd_line and regex.match(r"^\W{0,3}(?:" + grammar.NUMBER_LABEL + r"\s*[:.]{0,2}\s*)?\S{1,8}\s*/\s*[\p{Lu}Đ]",
                                                   pd_line.text):
        # the number OCR garbled on the place-date's line ("J2Ÿ#/LĐTBXI-ATLĐ Hà Nội, ngày43-tháng° năm 2019", "Số: #40
        # /TCT-DNNCN... Hà Nội, ngay27 thángA0 năm 2021"): the subject under it as under a number ("VA trả lời kiến nghị …")
        code_at = pd_line.index
    for ln in lines[:limit]:
        m = grammar.subject_label(ln.text)
        if not m and code_at is not None and not tl and 0 < ln.index - code_at <= 2:
            # a dispatch's subject under its number as "Về …" ("Về hướng dẫn đánh giá, xếp loại …")
            m = grammar.subject_label(ln.text, under_number=True)
        if m:
            vv = (ln, m)
            break
    if tl and vv and tl[0] > vv[0].index:
        # A dispatch's "V/v" subject stands where a titled document has its type line: a type name below it is the
        # title of an appendix or a quoted text ("Phụ lục" / "… QUY ĐỊNH VỀ ÁP DỤNG QUẢN LÝ RỦI RO …").
        tl = None
    # --- subject
    if vv:
        ln, m = vv
        parts, raw_end = [m.group(1).strip(" *")], ln.end
        gap = False
        for nxt in lines[ln.index + 1 : ln.index + 12]:
            t = regex.sub(r"^[_.…]+\s*(?=\p{L})", "", nxt.text.strip("* "))  # OCR's specks before a line ("__.. thuế")
            if not t and not gap:
                # OCR sets the subject's last words apart by a blank line ("V/v hướng dẫn … thuế" / "" / "năm 2024");
                # only a short line in lower case continues it.
                gap = True
                continue
            # … or any short line when the words before the gap cannot end a subject ("… Thông tư số" / "" /
            # "156/2013/TT-BTC và các" / "" / "Thông tư khác")
            open_before = OPEN_END.search(parts[-1]) or regex.search(r"(?i)(?<!\p{L})số$", parts[-1])
            # (cleanup may have joined the lines after the gap: "theo ND 52/2021/NĐ-CP trường hợp năm tài chính khác
            # năm đương lich", one clause in lower case with no sentence in it)
            short = len(t) < 60 or (t[:1].islower() and len(t) < 120 and not regex.search(r"[.;:]\s", t))
            if gap and not ((t[:1].islower() or open_before) and short):
                break
            caps = [c for c in t if c.isalpha()]
            if gap and not is_caps(t) and sum(c.isupper() for c in caps) > len(caps) / 2:
                break  # a received-stamp's letters, most of them capitals, after the gap ("co THONG TN meat TỦ cH PHÙ")
            if gap and not open_before and regex.fullmatch(r"\p{Ll}{1,3}", t):
                break  # a speck alone after the gap: what OCR left of a lost "Kính gửi" ("… NĐ-CP," / "" / "gai")
            if RECIPIENTS_LABEL.match(t) or (gap and parts[-1].endswith(".")):
                break  # the recipients' label, its "Kính" lost by OCR ("nh gửi: Cục Thuế …"); a subject closed by "."
            caps_go_on = is_caps(parts[0]) and is_caps(t) and not is_motto(t) and not gazetteer.starts_agency(t)
            # a line ending in a word that cannot end a title ("… hướng dẫn của" / "Bộ Y tế (1481/BYT-BMTE)")
            open_end = OPEN_END.search(parts[-1]) and not BODY_START.match(fold(t)) and not is_caps(t) \
                and not RECIPIENTS_LABEL.match(t)
            # a cited text's number wrapped onto the next line ("… mới của Thông tư số" / "19/2021/TT-BTC hướng dẫn")
            open_end = open_end or (regex.search(r"(?i)(?<!\p{L})số$", parts[-1]) and regex.match(r"\d{1,5}/", t))
            # … or after the act's type alone ("V/v triển khai thực hiện Nghị định" / "128/2020/NĐ-CP")
            open_end = open_end or (_TYPE_END.search(parts[-1]) and regex.match(r"\d{1,5}/(?:\d{4}/)?[\p{Lu}Đ]", t))
            # a company's name wrapped after its legal form ("… của Công ty TNHH" / "Yamaha Motor Việt Nam")
            open_end = open_end or (regex.search(r"(?<!\p{L})(?:TNHH|MTV|(?i:công ty|cổ phần))$", parts[-1])
                                    and regex.match(r"\p{Lu}", t) and len(t) < 60 and not regex.search(r"g[ửữ]i\s*:", t))
            # a name in title case wrapped onto a short line of its own ("V/v áp dụng Hiệp định thuê" / "Việt Nam - Pháp")
            named = not gap and len(t) <= 40 and regex.fullmatch(r"\p{Lu}\p{Ll}+(?:\s+(?:[-–]\s+)?\p{Lu}\p{Ll}+){1,4}", t) \
                and not gazetteer.province_name(t) and not gazetteer.starts_agency(t)
            # a line opening on a count in words' company ("V/v … chào mừng kỷ niệm" / "93 năm Ngày thành lập Đoàn …"):
            # no numbered item ("1. …"), no date
            counted = not gap and regex.match(r"\d{1,4}\s+\p{Ll}", t) and not regex.search(r"[.;:]$", parts[-1])
            # a wrapped line that opens on an abbreviation in capitals ("… chế độ người" / "HĐKC bị nhiễm chất độc hóa học")
            abbrev_on = not gap and len(t) < 70 and regex.match(r"[\p{Lu}Đ]{2,6}\s+\p{Ll}", t) \
                and not regex.search(r"[.;:]\s*$", parts[-1])
            # the subject's wrapped end as OCR reads a narrow column: a year after "năm" ("… kinh doanh năm" / "2025"), the
            # law an article is of ("… tại Điều 22" / "Luật BHYT")
            tail = not gap and (
                (regex.fullmatch(r"\d{4}(?:\s*[-–]\s*\d{4})?", t) and regex.search(r"(?i)(?<!\p{L})(?:năm|giai đoạn)$", parts[-1]))
                or (len(t) <= 40 and _TYPE_NAMED.match(t)
                    and regex.search(r"(?i)(?<!\p{L})(?:điều|khoản|điểm)\s+\d+\p{Ll}?$", parts[-1])))
            if t and (t[0].islower() or t[0] in "(“\"" or caps_go_on or open_end or named or counted or abbrev_on or tail) \
                    and not grammar.PLACE_DATE_RE.search(t) and not STAMP_LINE.search(t) \
                    and not is_motto(t) \
                    and not regex.match(r"(?i)s[ốo]\s*:", t):
                parts.append(t)
                raw_end = nxt.end
                gap = False
            else:
                break
        # (a speck's dashes and strokes after it: "VÀ Chỉnh sách thế - \\")
        subject = regex.sub(r"(?:\s+[-–—\\/|_~]+)+\s*$", "", " ".join(" ".join(parts).split())).rstrip(" .;,").lstrip(" :")
        # a comma OCR read as a full stop: a subject has one sentence ("… hành chính về thuế. hóa đơn")
        subject = regex.sub(r"(?<=\p{L}{2})\.\s+(?=\p{Ll})", ", ", subject)
        h.fields["subject"] = Found(_sentence(subject), text[ln.start + m.start() : raw_end], ln.start + m.start(), raw_end)
    if tl:
        idx, dtype, rest = tl
        h.type_line = idx
        h.fields["doc_type"] = Found(dtype, lines[idx].text, lines[idx].start, lines[idx].end)
        # (a title _type_line found on the type's line; in capitals, on a place-date line run on into it)
        if "subject" not in h.fields and rest and (not is_caps(rest) or lines[idx] is pd_line):
            ln = lines[idx]
            at = ln.start + ln.text.find(rest)
            s = _title_text(rest)
            h.fields["subject"] = Found(_sentence(s), rest, at, at + len(rest))
            h.end_index = idx + 1
        if "subject" not in h.fields:
            first = idx + 1 + (regex.findall(r"\w+", fold(lines[idx].text))[-1:] != fold(dtype).split()[-1:])
            sub = _subject_lines(lines, first, min(len(lines), idx + 24), _names_above(lines, idx))
            lead_in = ""
            if sub and fold(sub[0].text.strip("* ")).startswith("cua ") and is_caps(sub[0].text):
                # "CỦA BỘ XÂY DỰNG SỐ 04/2001/TT-BXD NGÀY 20 THÁNG 8 NĂM 2001 HƯỚNG DẪN …": keep what follows;
                # "CHỈ THỊ / CỦA BAN BÍ THƯ / VỀ …": the issuer's line goes, the subject follows "về". A title with
                # no "về" after its "của" line is that line and what follows ("KẾT LUẬN / CỦA ĐỒNG CHÍ CHÁNH VĂN
                # PHÒNG … / TẠI HỘI NGHỊ …": whose conclusion, where).
                m_rest = regex.search(r"(?i)\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s+(.+)$", sub[0].text)
                lead_in = m_rest.group(1) if m_rest else ""
                names_subject = m_rest or any(regex.search(r"(?<!\p{L})ve(?!\p{L})", fold(x.text)) for x in sub)
                if names_subject:
                    # the issuers' lines go, up to the one opening on "về" ("CỦA BỘ CHÍNH TRỊ," / "BAN BÍ THƯ" / "VỀ …")
                    sub = sub[next((k for k, x in enumerate(sub) if k and fold(x.text.strip("* ")).startswith("ve ")), 1):]
            if sub or lead_in:
                s = " ".join([lead_in] + [x.text.strip("* ") for x in sub]).strip()
                s = _title_text(s)
                a, b = (sub[0].start, sub[-1].end) if sub else (lines[idx + 1].start, lines[idx + 1].end)
                h.fields["subject"] = Found(_sentence(s), text[a:b], a, b)
                h.end_index = (sub[-1].index if sub else idx + 1) + 1
            else:
                h.end_index = idx + 1
    if "subject" not in h.fields and not tl and not vv and pd_line is not None and code:
        # the type line lost under a receipt stamp (or read as specks), a title in capitals left under the place-date
        # line ("Hà Nội, ngày 27 tháng 11 năm 2025" / "SỬA ĐỐI, BỐ SUNG, B ÿĐMet SỐ ĐIỀU CỦA CÁC THÔNG" / "TƯ THUỘC …")
        # — only when the symbol names a titled type: a dispatch has no title there
        head = regex.sub(r"^\d{4}/", "", code.value[1]).split("-")[0].split("/")[0]
        nxt = next((ln for ln in lines[pd_line.index + 1 : pd_line.index + 4] if ln.text.strip()), None)
        if head in grammar.TYPE_ABBREV and grammar.TYPE_ABBREV[head] != "Công văn" and nxt is not None \
                and is_caps(nxt.text) and len(nxt.text.split()) >= 3 and not is_motto(nxt.text) \
                and not gazetteer.starts_agency(nxt.text):
            sub = _subject_lines(lines, nxt.index, min(len(lines), nxt.index + 8))
            if sub:
                s = _title_text(" ".join(x.text.strip("* ") for x in sub))
                h.fields["subject"] = Found(_sentence(s), text[sub[0].start : sub[-1].end],
                                            sub[0].start, sub[-1].end)
                h.end_index = sub[-1].index + 1
    if "subject" in h.fields and tl:
        restated = _restated_subject(text, h.fields["subject"], tl[1])
        if restated:
            h.fields["subject"] = restated
    # --- document type
    if "doc_type" not in h.fields:
        sym = h.fields["code"].value[1] if code else ""
        first = regex.sub(r"^\d{4}/", "", sym).split("-")[0].split("/")[0]
        # a dispatch's symbol opens on its issuer's letters, which may spell a type ("0342/CT-HTr", CT = Cục Thuế):
        # with a "V/v" subject and no type line it is a Công văn
        if first in grammar.TYPE_ABBREV and not vv:
            h.fields["doc_type"] = Found(grammar.TYPE_ABBREV[first], sym, code.start, code.end)
        else:
            h.fields["doc_type"] = Found("Công văn", vv[1].group(0) if vv else "", vv[0].start if vv else 0, vv[0].end if vv else 0)
    # --- issuer: capitals of the left header column, before the number line or title.
    stop = code_line = None
    if code:
        code_line = next(ln.index for ln in lines if ln.start <= code.start < ln.end + 1)
    # The issuer block is the top of the left column: above the number line, the title, or (when OCR lost
    # those) the first motto, "V/v" or place-date line — stamp lines below it are not the issuer.
    # The motto stops it only when there is neither: OCR puts the two header columns on alternate lines ("BỘ TÀI
    # CHÍNH" / "CỘNG HÒA …" / "TỔNG CỤC THUẾ" / "Độc lập …").
    motto_stops = code_line is None and h.type_line is None

    def _motto_ends_header(ln: Line) -> bool:
        """A motto line ends the issuer block unless the left column goes on below it ("TONG CỤC THUÊ"), also
        when OCR read the whole right column first: the motto's two lines and a speck line above "BỘ TÀI CHÍNH -"."""
        below = [x for x in lines[ln.index + 1 : ln.index + 8] if x.text.strip("*# |")][:4]
        for x in below:
            t = x.text.strip("*# |-– ")
            if regex.match(NUMBER_OR_SUBJECT_LINE, x.text) or grammar.PLACE_DATE_RE.search(x.text):
                return True
            if is_caps(t) and not is_motto(t) and (gazetteer.starts_agency(t, loose=True) or fold(t).split()[:1] == ["va"]):
                return False  # (or the name's second half: "BỘ LAO ĐỘNG - THƯƠNG BINH" / "CỘNG HÒA …" / "VA XÃ HỘI")
        return True

    first_other = next((ln.index for ln in lines[:limit] if (motto_stops and is_motto(ln.text) and _motto_ends_header(ln)) or regex.match(NUMBER_OR_SUBJECT_LINE, ln.text)
                        or grammar.PLACE_DATE_RE.search(ln.text) or grammar.PLACE_ONLY_RE.search(ln.text)), None)
    stop = min(x for x in [code_line, h.type_line, first_other, limit] if x is not None)
    cands = []
    for ln in lines[:stop]:
        t = regex.sub(r"^(?:[^\p{L}\s]{1,3}\s+)+", "", ln.text.strip("*# |"))  # OCR specks before it ('6“ BỘ TÀI CHÍNH')
        t = regex.sub(r"\s+[—–=_.~-]{3,}\W*$", "", t)  # the rule under the name read as a run of dashes ('THÀNH PHÓ —=—==——......')
        # … and the motto a web page ran on after that rule ("BỘ Y TẾ -------CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập …")
        if (rule := regex.search(r"\s*[—–=_~-]{3,}\s*", t)) and rule.start() and _motto_start(t[rule.end():]):
            t = t[: rule.start()]
        if ln.index and regex.search(r"chu\s+nghia\s+viet\W*$", fold(lines[ln.index - 1].text)):
            # the motto's last word wrapped onto the issuer's line ("BỘ TÀI CHÍNH CỘNG HÒA … CHỦ NGHĨA VIỆT" /
            # "TONG CỤC THUÊ NAM")
            t = regex.sub(r"\s+NAM\W*$", "", t)
        if not t or is_motto(t) or _motto_start(t) or is_rule(t) or not is_caps(t) or fold(t) in NOT_ISSUER \
                or regex.search(r"\d", UNIT_NUMBER.sub("", fold(t))):
            continue
        if grammar.TYPE_LINE_RE.match(t) and fold(t) in _TYPE_FOLDS:
            continue
        cands.append(ln if t == ln.text.strip("*# |") else Line(t, ln.start + ln.text.find(t), ln.index))
    groups = [g for g in _agency_groups(cands) if gazetteer.starts_agency(g[0], loose=True)]
    place = h.fields["place"].value if "place" in h.fields else None
    from_symbol = _issuer_from_symbol(h, place)
    if groups:
        name, ln = groups[-1]
        issuer = gazetteer.canonical(name)
        parent = gazetteer.canonical(groups[-2][0]) if len(groups) > 1 else gazetteer.parent_of(issuer)
        if fold(issuer) in {"uy ban nhan dan", "hoi dong nhan dan"} and gazetteer.province_name(place):
            issuer = f"{issuer} {gazetteer.admin_unit(place)} {gazetteer.province_name(place)}"
        if from_symbol[0] and not gazetteer.known(issuer) and fold(from_symbol[0]).startswith(fold(issuer)):
            issuer = from_symbol[0]  # a name cut short in the header ("ỦY BAN THƯỜNG VỤ" + "NQ-UBTVQH13")
        elif from_symbol[0] and code_line is not None and fold(from_symbol[0]) != fold(issuer) \
                and fold(from_symbol[0]) in fold(text[ln.end : code.start]):
            # The capitals found are a received-stamp's office above the header ("CUC THUE TINH HOA BINH"); the
            # symbol's issuer is named below them, on a header line OCR ran into the motto ("TONG CUC THUE Doc lap …").
            # A ministry found above it ("BỘ TÀI CHÍNH … TONG CỤC THUÊ Độc lập … Số: 839/TCT-QLN", the columns run into
            # one line) is its parent.
            ministry = issuer if fold(issuer).startswith("bo ") else None
            issuer, parent = from_symbol[0], from_symbol[1] or gazetteer.parent_of(from_symbol[0]) or ministry
        h.fields["issuer"] = Found(issuer, name, ln.start, ln.start + len(name))
        if parent and fold(parent) != fold(issuer):
            h.fields["issuer_parent"] = Found(parent, groups[-2][0] if len(groups) > 1 else "", ln.start, ln.end)
    else:
        # No header capitals: "CHỈ THỊ / CỦA BỘ CHÍNH TRỊ" names the issuer; else the symbol's issuer code.
        rest = tl[2] if tl else ""
        if tl and not rest and tl[0] + 1 < len(lines):
            rest = lines[tl[0] + 1].text
        m = regex.match(r"(?i)của\s+(.+)$", rest.strip("* "))
        if m and gazetteer.starts_agency(m.group(1)):
            h.fields["issuer"] = Found(gazetteer.canonical(m.group(1)), m.group(0), lines[tl[0]].start, lines[tl[0]].end)
        elif from_symbol[0] and code:
            sym = h.fields["code"].value[1]
            h.fields["issuer"] = Found(from_symbol[0], sym, code.start, code.end)
            if from_symbol[1]:
                h.fields["issuer_parent"] = Found(from_symbol[1], sym, code.start, code.end)
        elif not code and (m := _self_named(text, lines)):
            # No header at all (a web page that starts at "Kính gửi" or at the title): the letter names its sender.
            name = " ".join(m.group("a").split())
            h.fields["issuer"] = Found(gazetteer.canonical(name), m.group("a"), m.start("a"), m.end("a"))
    if "code" not in h.fields or "issued_on" not in h.fields:
        _from_restatement(text, h)
    if "issued_on" not in h.fields and (m := ADOPTED.search(text)) and (day := grammar.match_date(m)):
        h.fields["issued_on"] = Found(day, m.group(0), m.start(), m.end())
    if "code" in h.fields and "issuer" in h.fields:
        mended = _mend_issuer_code(h.fields["code"].value, h.fields["issuer"].value)
        if mended:
            f = h.fields["code"]
            h.fields["code"] = Found(mended, f.raw, f.start, f.end)
    if "issued_on" in h.fields and "issuer" in h.fields and not _SIGNED_AT.match(h.fields["issued_on"].raw) \
            and (stamp := _own_stamp(text, lines, h.fields["issuer"].value)) \
            and h.fields["issued_on"].value > (stamp[0] + timedelta(days=1)).isoformat():
        # a printed date after the issuer's own stamp, put on when the letter went out, is misread ("ngày o4 tháng 2
        # năm 2023" under a stamp of 01/02/2023): read as unreadable. A day's grace: a letter signed in the evening
        # may be dated the next day ("01 tháng 3" under 29/02/2024 16:53), and a stamp's digit may be misread by one.
        del h.fields["issued_on"]
    if "issued_on" not in h.fields and "issuer" in h.fields:
        signed = _signed_on(text, lines, h.fields["issuer"].value)
        if signed:
            h.fields["issued_on"] = signed
    if "issued_on" not in h.fields:
        agreed = _month_from_signature(text, lines)
        if agreed:
            h.fields["issued_on"] = agreed
    if not h.end_index:
        # fields of the header block only: a sender named in the closing formula ("Tổng cục Thuế trả lời để …") is not
        head_end = lines[limit - 1].end if limit else 0
        # (a date read from the e-signature stamp at the page's foot marks no header line)
        last = max([f.end for k, f in h.fields.items() if f.start <= head_end
                    and not (k == "issued_on" and _SIGNED_AT.match(f.raw))] or [0])
        h.end_index = next((ln.index + 1 for ln in lines if ln.start <= last <= ln.end + 1), 0)
    return h


_ODD_CHAR = regex.compile(r"[^\p{L}\p{M}\d\s,.;:()/\"“”'–-]|\p{Lm}")  # "$", "*", "ˆ" (a modifier letter)


def damaged(s: str) -> bool:
    """A subject with OCR debris in it: stray symbols, or two or more words that are no Vietnamese syllable."""
    from pipeline.legacy import syllables

    syl = syllables()
    bad = [w for w in regex.findall(r"\p{L}+", s) if len(w) > 1 and w.lower() not in syl and not w.isupper()]
    return bool(_ODD_CHAR.search(s)) or len(bad) >= 2


def _restated_subject(text: str, subject: Found, dtype: str) -> Found | None:
    """A title damaged under a stamp, taken from the body where the document names itself: "… UBND tỉnh
    ban hành Kế hoạch triển khai thực hiện công tác trẻ em … năm 2025 cụ thể sau:". The restatement must
    share a long stretch with what was read of the title. Taken too for a title read short: one that starts
    in lower case (its first words lost under the stamp) and lies nearly whole in a longer restatement."""
    from difflib import SequenceMatcher

    broken = damaged(subject.value)
    if not broken and not subject.value[:1].islower():
        return None
    rx = regex.compile(r"(?i:ban hành)\s+" + regex.escape(dtype) + r"\s+(?:(?i:về việc|về)\s+)?"
                       r"(?P<x>[^\n.;:]{15,250}?)(?=\s+(?i:cụ thể|như sau|với (?:các|những) nội dung)|[.;:\n]|$)", regex.I)
    # a decision that issues an attached text restates its title in Điều 1: "Điều 1. Ban hành kèm theo Quyết định này
    # Quy chế chuyển tin báo … đến Cơ quan Điều tra." (the title "Ban hành Quy chế …"; a full stop OCR put before a
    # word in lower case, "khởi tô đối. với", is no end)
    attached = regex.compile(r"(?i:ban hành kèm theo)\s+" + regex.escape(dtype) + r"\s+này\s+(?P<x>(?:Quy chế|Quy định|"
                             r"Kế hoạch|Chương trình|Đề án|Danh mục|Bộ|Hướng dẫn|Quy trình)\s(?:[^\n.;:]|\.(?=\s*\p{Ll})){15,250}?)"
                             r"(?=[;:\n]|\.(?!\s*\p{Ll})|$)")
    got = fold(subject.value)
    for m in list(rx.finditer(text, subject.end)) + list(attached.finditer(text, subject.end)):
        x = regex.sub(r"(?<=\p{L})\.(?=\s*\p{Ll})", "", m.group("x").strip(" ,"))
        if m.re is attached:
            x = "ban hành " + x
        fx = fold(x)
        sm = SequenceMatcher(None, got, fx, autojunk=False)
        k = sm.find_longest_match(0, len(got), 0, len(fx)).size
        short = k >= 0.8 * len(got) and len(fx) > len(got) + 5
        # (Điều 1's restatement may be much longer than the title's last line that OCR left: that line whole in it)
        whole = m.re is attached and short and k >= 0.95 * len(got)
        # a title the stamp's pen crossed in mid-line ("… HỖ TRỢẤÍÖC PHÍ TRÊN" / "⁄⁄25826" / "ĐỊA BÀN …"): its
        # pieces between the damage, together, make most of the restatement
        pieces = broken and sum(b.size for b in sm.get_matching_blocks()) >= 0.6 * len(fx)
        if k >= 20 and (k >= 0.5 * len(fx) or whole or pieces) and (broken or short) and not damaged(x):
            return Found(x[:1].upper() + x[1:], m.group(0), m.start("x"), m.end("x"))
    return None


def _issuer_from_symbol(h: Header, place: str | None) -> tuple[str | None, str | None]:
    if "code" not in h.fields:
        return None, None
    sym = h.fields["code"].value[1]
    comps = [c for c in regex.split(r"[-/]", regex.sub(r"^\d{4}/", "", sym)) if c]
    if comps and comps[0] in grammar.TYPE_ABBREV and len(comps) > 1:
        comps = comps[1:]
    return gazetteer.from_code(comps[0], place) if comps else (None, None)


# An act with no place-date line is dated by its adoption, in its closing formula: "Nghị quyết này được Ủy ban Thường
# vụ Quốc hội … khóa XV, phiên họp thứ 47 thông qua ngày 10 tháng 7 năm 2025." (89/2025/UBTVQH15), "Luật này đã được
# Quốc hội … thông qua ngày …".
ADOPTED = regex.compile(r"(?:Luật|Nghị quyết|Pháp lệnh|Bộ luật)\s+này\s+(?:đã\s+)?được\s[^.;]{0,250}?\bthông qua\s+"
                        + grammar.DATE_WORDS, regex.S)


# The restatement opens its line or bracket: a title that amends "… ban hành kèm theo Quyết định số 595/QĐ-BHXH" names
# another document of the same type (888/QĐ-BHXH), not its own number.
_RESTATED = regex.compile(r"(?m)(?:^|\()[\W]{0,3}(?i:kèm theo|ban hành kèm theo)\s+(?P<type>\p{L}+(?:\s+\p{L}+)?)\s+số\s*:?\s*" + grammar.CODE
                         + r"(?:\s*,?\s*(?:" + grammar.DATE + r"))?")


# The own number line with the number garbled ("Số: 3{85 /BNG-LS"): what OCR left of it.
_GARBLED_NUMBER = regex.compile(r"(?m)^\W{0,3}" + grammar.NUMBER_LABEL + r"\s*[:.]{1,2}\s*(?P<number>[^\s/]{1,7})\s*/\s*(?P<symbol>[\p{Lu}Đ][\p{L}Đđ\d&-]*)")


def _fits_garbled(code: tuple[str, str, str], own: regex.Match) -> bool:
    """Whether a restated code can be the garbled own number: the same symbol, as many digits, the same digits where
    they read ("3{85" is no "315": an annex's restatement misread too)."""
    number, symbol = code[0], code[1]
    seen = own.group("number")
    return fold(symbol) == fold(own.group("symbol")) and len(number) == len(seen) \
        and all(a == b for a, b in zip(number, seen) if b.isdigit())


def _from_restatement(text: str, h: Header) -> None:
    """An annex names the document it belongs to ("(Kèm theo Công điện số 220/CĐ-TTg ngày 18 tháng 11 năm 2025 của
    Thủ tướng Chính phủ)"): its number and date stand in for a number line or a date OCR left unreadable. The annex
    must name the document's own type (and its own code, when that was read)."""
    dtype = h.fields["doc_type"].value if "doc_type" in h.fields else None
    own = _GARBLED_NUMBER.search(text[:2000])
    for m in _RESTATED.finditer(text):
        if not dtype or fold(m.group("type")) != fold(dtype):
            continue
        code = grammar.match_code(m)
        if "code" in h.fields and h.fields["code"].value[2] != code[2]:
            continue
        if "code" not in h.fields and own and not _fits_garbled(code, own):
            continue
        if "code" not in h.fields:
            h.fields["code"] = Found(code, m.group(0), m.start(), m.end())
        if "issued_on" not in h.fields and (m.group("d") or m.group("d2")) and (day := grammar.match_date(m)):
            h.fields["issued_on"] = Found(day, m.group(0), m.start(), m.end())
        return


def _mend_issuer_code(code: tuple[str, str, str], issuer: str) -> tuple[str, str, str] | None:
    """The issuer's code in the symbol with one letter misread by OCR ("2862 /ICT-HTQT" under the header "TỔNG CỤC
    THUẾ" → "TCT-HTQT"): an unknown part of the same length one letter away from one of the issuer's codes, or one
    with a letter read more than once (a blurred photo's "1040/LĐĐĐTBXH-NCC" under "BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ
    HỘI" → "LĐTBXH-NCC")."""
    from rapidfuzz.distance import Levenshtein

    number, symbol, _ = code
    agency = gazetteer.issuer_of(issuer)
    if agency is None or "-" in number:
        return None
    year, rest = regex.match(r"^(\d{4}/)?(.*)$", symbol).groups()
    parts = regex.split(r"([-/])", rest)
    for i in range(0, len(parts), 2):
        p = parts[i]
        if len(p) < 3 or p in grammar.TYPE_ABBREV or p.upper() in gazetteer._by_code():
            continue
        hits = [c for c in gazetteer.symbol_codes(agency) if len(c) == len(p) and Levenshtein.distance(c, p) == 1]
        hits = hits or [c for c in gazetteer.symbol_codes(agency) if len(c) < len(p) and _stutter_free(c) == _stutter_free(p)]
        if len(hits) == 1:
            parts[i] = hits[0]
            new = (year or "") + "".join(parts)
            return grammar.canonical_code(number, new)
        break  # only the first unknown part (the issuer's place in the symbol)
    return None


def _stutter_free(s: str) -> str:
    """A code with every run of one letter cut to one ("LĐĐĐTBXH" → "LĐTBXH")."""
    return regex.sub(r"(\p{L})\1+", r"\1", s)


_SELF_NAMED = regex.compile(
    r"(?:^|\n|[.:]\s+)\W{0,3}(?P<a>(?:Tổng cục|Cục|Sở|Bộ|Ủy ban nhân dân|UBND|Văn phòng|Thuế)\s+\p{Lu}[^\n,.;:()]{0,60}?)"
    r"\s+(?:có ý kiến|nhận được|đề nghị|trả lời|thông báo|hướng dẫn|yêu cầu)\b")
# The closing formula names the sender too: "Văn phòng Chính phủ thông báo để các cơ quan … biết, thực hiện./.",
# "Cục Thuế trả lời để Thuế thành phố Hải Phòng được biết./." (the name may wrap over a line on a web page).
_SELF_NAMED_CLOSING = regex.compile(
    r"(?:^|\n|[.:]\s+)\W{0,3}(?P<a>(?:Tổng cục|Cục|Sở|Bộ|Ủy ban nhân dân|UBND|Văn phòng|Thuế)\s+\p{Lu}[^,.;:()]{0,60}?)"
    r"\s+(?:(?:thông báo|trả lời|hướng dẫn)\s+để|yêu cầu|đề nghị)\b")
_NUMBERED_ITEM = regex.compile(r"^\W{0,2}(?:\d{1,2}|[IVX]{1,4})\.\s")


def _self_named(text: str, lines: list[Line]) -> regex.Match | None:
    """The sender of a text without a header: its closing formula, else the subject of its opening sentences (before
    the first numbered item: 'Bộ Nông nghiệp và Môi trường hướng dẫn các địa phương …' in item 1 is told, not telling)."""
    if not lines:
        return None
    # The closing paragraph: the last few hundred characters before "Nơi nhận" (or the signature's authority).
    end = regex.search(r"(?im)^\W{0,3}(?:N[ơo]i\s+nh[ậa]n|(?:KT|TM|TL|TUQ)\s*\.)", text)
    closing = None
    if end:
        for closing in _SELF_NAMED_CLOSING.finditer(text, max(0, end.start() - 400), end.start()):
            pass
    if closing:
        return closing
    stop = min(len(lines) - 1, 40)
    stop = next((ln.index for ln in lines[:stop] if _NUMBERED_ITEM.match(ln.text)), stop)
    return _SELF_NAMED.search(text[: lines[stop].end])


# "Ký bởi: Tổng cục Thuế", OCR "Ky bởi: Cục Thuế thành" + "phố Hà Nội" on a later line (a lower-case continuation).
_SIGNED_BY = regex.compile(r"(?m)^\W{0,3}[Kk][ýy]\s+bởi\s*:\s*(?P<who>[^\n]+(?:\n\s*(?=\p{Ll})[^\n]+)?)$")
# "ngày 29 tháng 44 năm 2022": the printed date of a place-date line whose month or day OCR broke.
# OCR may run the slots together and set a dash after "ngày": "ngày-2OthángÁ-Jnăm 2017".
_PRINTED_DATE = regex.compile(r"(?i)ng[àa]y[-–:]?\s*(?:(?P<d>\d{1,2})|(?P<half>\d[^\d\s]|[^\d\s]\d))\s*th[áa]ng\s*\S{1,3}?\s*n[ăa]m\s*(?P<y>\d{4})?")
# (a seal's speck before it, its 'ý' misread: "Ne Thời gian ký: 12.10.2022", "Thời gian kj: 19.11.2020 16.49", "Thời
# gian kỷ: 01.12.2020")
_SIGNED_AT = regex.compile(r"(?im)^\W{0,3}(?:[\p{L}\d]{1,3}\s+)?Thời\s+gian\s+k[ýyỷỳỹỵj]\s*:\s*(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})")


# A PDF's digital signature as its text layer prints it ("Digitally signed by …" / "Date: 2020.05.05 16:56:11 +07:00").
_DIGITAL_DATE = regex.compile(r"(?m)^\W{0,3}Date\s*:\s*(?P<y>\d{4})[.-](?P<m>\d{2})[.-](?P<d>\d{2})\b")
# the printed date with its month lost: "Hai Phong, ngày 05 tháng năm 2020"
_MONTH_LOST = regex.compile(r"(?i)ng[àa]y\s*(?P<d>\d{1,2})\s+th[áa]ng\s+n[ăa]m\s*(?P<y>\d{4})")


def _month_from_signature(text: str, lines: list[Line]) -> Found | None:
    """A printed date whose month OCR lost, completed from the digital signature's date on the first page when its day
    and year are the printed ones ("ngày 05 tháng năm 2020" under "Digitally signed by … Date: 2020.05.05")."""
    printed = _MONTH_LOST.search(text[: lines[min(len(lines) - 1, 20)].end] if lines else "")
    signed = _DIGITAL_DATE.search(text, 0, 6000)
    if not (printed and signed) or (int(printed.group("d")), printed.group("y")) != (int(signed.group("d")), signed.group("y")):
        return None
    try:
        day = date(int(signed.group("y")), int(signed.group("m")), int(signed.group("d")))
    except ValueError:
        return None
    return Found(day.isoformat(), printed.group(0), printed.start(), printed.end())


def _own_stamp(text: str, lines: list[Line], issuer: str) -> tuple[date, regex.Match] | None:
    """The issuer's own digital signature stamp ("Ký bởi: Tổng cục Thuế / Thời gian ký: 02.12.2022 16:53") above the
    header or at the first page's foot: its date and the "Thời gian ký" match; None when there is none, when its date
    is unreadable, or when another office signed it (a copy stamped by another office carries that office's date)."""
    head = text[: lines[min(len(lines) - 1, 12)].end] if lines else ""
    by, at = _SIGNED_BY.search(head), _SIGNED_AT.search(head)
    if not (by and at):
        # the stamp at the foot of the first page ("Ký bởi: Cục Thuế thành phố Hà Nội / 187 Giang Võ, … / Thời gian
        # ký: 20.12.2017 16:29"), its lines together
        page = text.split("\f", 1)[0][:8000]
        for by in _SIGNED_BY.finditer(page):
            at = _SIGNED_AT.search(page, by.end(), by.end() + 200)
            if at:
                break
        else:
            by = at = None
    # (the page's number or a speck after the name: "Ký bởi: Cục Thuế thành. phố Hà Nội 1 ~")
    who = regex.sub(r"(?:\s+[^\p{L}\s]+)+\s*$", "", " ".join(by.group("who").split())) if by else ""
    if not (by and at) or _letters(gazetteer.canonical(who)) != _letters(issuer):
        return None
    try:
        return date(int(at.group("y")), int(at.group("m")), int(at.group("d"))), at
    except ValueError:
        return None


# the printed month and year, the day's slot unread ("ngày OF tháng 6 năm 2024")
_DATE_PHRASE = regex.compile(r"(?i)ng[àa]y\S{0,3}\s*\S{0,3}\s*th[áa]ng\s*\S{1,3}\s*n[ăa]m")
_PRINTED_MONTH = regex.compile(r"(?i)ng[àa]y\S{0,3}\s*\S{0,3}\s*th[áa]ng\s*(?P<m>\d{1,2})\s+n[ăa]m\s*(?P<y>\d{4})")


def _signed_on(text: str, lines: list[Line], issuer: str) -> Found | None:
    """The date of the issuer's own digital signature stamp (_own_stamp) when the place-date line's date is unreadable:
    the stamp is put on when the letter is sent out, so a printed part that still reads must agree with it."""
    stamp = _own_stamp(text, lines, issuer)
    if not stamp:
        return None
    signed, at = stamp
    head = text[: lines[min(len(lines) - 1, 20)].end] if lines else ""
    # A month and year that read must be those of a day in the week before the stamp ("ngày OF tháng 6 năm 2024"
    # under a stamp of 10/08/2024: the day, or the stamp, misread — none).
    # (the place-date line's own, the first "ngày … tháng … năm" of the head, not the body's "Ngày 01 tháng 6 năm 2021, Bộ
    # Tài chính đã ban hành …" under a date line whose month is unread: "ngày 49 tháng † năm 2021")
    first = _DATE_PHRASE.search(head)
    if first and (month := _PRINTED_MONTH.match(head, first.start())) and 1 <= int(month.group("m")) <= 12 and not any(
            (d := signed - timedelta(days=k)).month == int(month.group("m")) and d.year == int(month.group("y"))
            for k in range(8)):
        return None
    # The printed date may be half readable ("ngày 29 tháng 44 năm 2022"): a readable day or year that disagrees
    # with the stamp is kept, and the date is given only when it falls in the week before the stamp (a clerk may
    # stamp a letter the day after it is dated); else none — a wrong date is worse than none.
    printed = _PRINTED_DATE.search(text[: lines[min(len(lines) - 1, 20)].end] if lines else "")
    if printed and printed.group("half"):
        # One digit of the day read ("ngay £0 tháng 4 năm 2021"): the one day of the week before the stamp that
        # has that digit in that place; two such days, none; no such day — the digit is misread like the rest of
        # the slot ("ngày C4 tháng 3" under a stamp of 01.03) — the stamp's date, as for a day not read at all.
        half, y = printed.group("half"), printed.group("y")
        if y and int(y) != signed.year:
            return None
        ones = half[1].isdigit()
        digit = int(half[1] if ones else half[0])
        days = [signed.day - k for k in range(0, 8) if signed.day - k >= 1
                and ((signed.day - k) % 10 == digit if ones else (signed.day - k) // 10 == digit and signed.day - k >= 10)]
        if len(days) > 1:
            return None
        if days:
            signed = signed.replace(day=days[0])
    elif printed:
        d, y = int(printed.group("d")), printed.group("y")
        if y and int(y) != signed.year:
            return None
        if 1 <= d <= 31 and d != signed.day:
            if not 0 < signed.day - d <= 7:
                return None
            signed = signed.replace(day=d)
    return Found(signed.isoformat(), at.group(0), at.start(), at.end())


def _title_text(s: str) -> str:
    """A subject's words on one line, without the "V/v", "Về việc" or "về" it opens on and its closing stop."""
    return regex.sub(r"^(?i:v/v|về việc|về)\s+", "", " ".join(s.split())).rstrip(" .;")


def _sentence(s: str) -> str:
    """An all-capitals title in sentence case, its proper names kept (gold/README, subject): "TRIỂN KHAI THỰC HIỆN
    NGHỊ QUYẾT SỐ 09-NQ/TU NGÀY 18/3/2026 CỦA BAN THƯỜNG VỤ TỈNH ỦY … TỈNH HƯNG YÊN" → "Triển khai thực hiện Nghị quyết
    số 09-NQ/TU ngày 18/3/2026 của Ban Thường vụ Tỉnh ủy … tỉnh Hưng Yên"; other titles as written."""
    if not is_caps(s):
        return s
    low = s.lower()
    low = low[:1].upper() + low[1:]
    # a document's code as printed ("09-NQ/TU", "1237/QĐ-TTg" is printed in capitals: kept so)
    low = regex.sub(r"(?<!\S)\S*\d\S*[/-]\S*", lambda m: s[m.start() : m.end()], low)
    names, rx = _proper_names()
    kept: list[tuple[int, int]] = []  # where the names restored stand in the sentence
    shift = 0

    def restore(m: regex.Match) -> str:
        nonlocal shift
        out = names.get(m.group(0), m.group(0))
        kept.append((m.start() + shift, m.start() + shift + len(out)))
        shift += len(out) - len(m.group(0))
        return out

    low = rx.sub(restore, low)
    # a cited document's type right before its code ("THEO NGHỊ QUYẾT 66/NQ-CP" → "theo Nghị quyết 66/NQ-CP")
    low = CITED_TYPE.sub(lambda m: m.group(0)[:1].upper() + m.group(0)[1:], low)
    return _person_names(low, kept)


CITED_TYPE = regex.compile(r"(?i)(?<!\p{L})(?:" + grammar.REF_ALT + r")(?=\s+\S*\d\S*[/-])")  # "nghị quyết 66/NQ-CP"


# A word that may follow a person's name in a title: "… Phó Thủ tướng Chính phủ Hồ Quốc Dũng tại cuộc họp …".
_AFTER_NAME = regex.compile(r"(?:\s*$|\s*[,;:.()–-]|\s+(?:tại|về|với|và|trong|khi|thăm|làm việc|chủ trì|kiểm tra|dự|"
                            r"phát biểu|tới|đến|của|trên|cho|nhân dịp|ngày|năm|giao|chỉ đạo|đối với)(?!\p{L}))")


_OFFICE_OF = {"thường", "trực"} | {w for u in gazetteer.ADMIN_UNITS for w in u.split() if w.isalpha()}


@lru_cache(maxsize=1)
def _name_cues() -> tuple[frozenset[str], regex.Pattern]:
    """The surnames a person's name opens on and the office titles before it (built once)."""
    from pipeline.parse.blocks import SURNAME_SPELLINGS, TITLE_FORMS

    # ("y" is no name's start here: "… Giám đốc y tế …")
    surnames = frozenset({normalize(x).lower() for x in SURNAME_SPELLINGS} - {"y"})
    titles = sorted({t.lower() for t in TITLE_FORMS.values()} | {"đồng chí", "ông", "bà"}, key=len, reverse=True)
    return surnames, regex.compile(r"(?<!\p{L})(?:" + "|".join(regex.escape(t) for t in titles) + r")(?!\p{L})")


def _person_names(s: str, kept: list[tuple[int, int]]) -> str:
    """A person's name in a title written in sentence case keeps its capitals: after an office's title (a signer's
    title, "đồng chí", "ông", "bà"), and the agency or place that title is of, a run of two to four syllables that opens
    on a common surname and ends the title or stands before a word that follows a name ("… Phó Thủ tướng Chính phủ hồ
    quốc dũng tại cuộc họp …" → "… Hồ Quốc Dũng tại …"; "Bí thư Tỉnh ủy", "Bộ trưởng Bộ Y tế" before it). The title
    before the name is capitalised too ("bí thư Tỉnh ủy Nguyễn Văn An" → "Bí thư Tỉnh ủy Nguyễn Văn An"). A run of
    common words is no name ("ông bà cao tuổi", "Giám đốc đào tạo")."""
    from pipeline.parse.blocks import TITLE_FORMS, common_words

    surnames, office = _name_cues()
    low, out = s.lower(), list(s)
    for m in office.finditer(low):
        at = m.end()
        # the agency or place the title is of: the names restored after it ("Chính phủ", "Tỉnh ủy", "tỉnh Gia Lai"),
        # "thường trực" ("Phó Thủ tướng thường trực Chính phủ") and a level's word ("Chủ tịch UBND tỉnh")
        while (w := regex.match(r"\s+(\S+)", s, pos=at)) and (
                any(a <= w.start(1) < b for a, b in kept) or w.group(1) in _OFFICE_OF):
            at = next((b for a, b in kept if a <= w.start(1) < b), w.end())
        # (the shortest run that a name's follower closes: "… huyện Mai Sơn về việc", not "Mai Sơn Về Việc")
        name = next((x for n in (1, 2, 3) if (x := regex.match(r"\s+(\p{Ll}+(?:\s+\p{Ll}+){%d})" % n, s, pos=at))
                     and _AFTER_NAME.match(s, x.end())), None)
        if not name or name.group(1).split()[0] not in surnames or common_words(name.group(1).split()):
            continue
        for w in regex.finditer(r"\p{Ll}+", s, pos=name.start(1), endpos=name.end(1)):
            out[w.start()] = w.group(0)[0].upper()
        # an office's title next to a person's name is capitalised (Decree 30/2020, Phụ lục II, V.3: "Viết hoa tên
        # chức vụ … nếu đi liền với tên người cụ thể"): "… của đồng chí Bí thư Tỉnh ủy Nguyễn Văn An"
        form = TITLE_FORMS.get(fold(m.group(0)), "")
        if len(form) == m.end() - m.start():
            out[m.start() : m.end()] = form
    return "".join(out)


@lru_cache(maxsize=1)
def _proper_names() -> tuple[dict[str, str], regex.Pattern]:
    """Lower-case spelling → as written, for the names a title keeps capitalised: the gazetteer's agencies, the Party's
    and the State's bodies, the provinces (after their unit word), a cited document's type before its number."""
    names = {a.name for a in gazetteer.agencies()} | {x for a in gazetteer.agencies() for x in a.aliases if not x.isupper()}
    names |= {"Đảng", "Nhà nước", "Nhân dân", "Việt Nam", "Trung ương", "Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Thành ủy",
              "Tỉnh ủy", "Thành ủy", "Mặt trận Tổ quốc Việt Nam", "Thủ tướng", "Phó Thủ tướng", "Chủ tịch Hồ Chí Minh",
              "Hội đồng nhân dân", "Ủy ban nhân dân", "Đại hội"}
    out = {normalize(n).lower(): normalize(n) for n in names}
    for p in set(gazetteer.provinces().values()):
        for unit in ("tỉnh", "thành phố", "tp."):
            out[f"{unit} {p.lower()}"] = f"{unit} {p}".replace("tp.", "TP.")
    for t in grammar.REF_TYPES:
        out[f"{t.lower()} số"] = f"{t} số"
    # abbreviations stay capitals ("CỦA UBND THÀNH PHỐ ĐÀ NẴNG" → "của UBND thành phố Đà Nẵng"); not "TƯ", a word too
    # ("ĐẦU TƯ")
    for a in [*gazetteer.ABBREVIATIONS, *(x for g in gazetteer.agencies() for x in g.aliases if x.isupper())]:
        if a != "TƯ":
            out[normalize(a).lower()] = normalize(a)
    # (built on the first all-caps title, not when the module is imported)
    return out, regex.compile(r"(?<!\p{L})(?:" + "|".join(regex.escape(k) for k in sorted(out, key=len, reverse=True))
                              + r")(?!\p{L})")



# The letter answered or received, dated in the body's opening: "Ngày 02/4/2018, Cục Thuế TP Hà Nội nhận được công văn
# số … đề ngày 28/3/2018", "Trả lời công văn số 154/CV ngày 11/05/2021 của Công ty …".
_ANSWERED = regex.compile(r"(?i)(?:nhận được|trả lời)[^.;]{0,160}?ngày\s+(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>\d{4})"
                          r"|(?<!\p{L})ngày\s+(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})\s*/\s*(?P<y2>\d{4})\s*,[^.;]{0,100}?nhận được")


def answers_later_letter(body: str, issued: str) -> bool:
    """Whether the date of issue read comes before the letter the document answers or received (its opening paragraph
    names it): a digit of the month or day misread into another valid date ("ngày10 tháng 2 năm 2018" for 10/4, the
    request received 02/4/2018). Such a date is no date."""
    try:
        day = date.fromisoformat(issued)
    except (TypeError, ValueError):
        return False
    for m in _ANSWERED.finditer(body[:1500]):
        d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
        try:
            if date(int(y), int(mo), int(d)) > day:
                return True
        except ValueError:
            continue
    return False
