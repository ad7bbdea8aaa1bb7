"""Recipients (Kính gửi), distribution (Nơi nhận) and the signer block."""
from __future__ import annotations

from functools import lru_cache

import regex

from pipeline.legacy import syllables
from pipeline.parse import gazetteer, grammar
from pipeline.parse.header import Found
from pipeline.parse.lines import Line, clean_entry, is_caps
from pipeline.textnorm import fold, normalize

# (OCR reads an entry's dash as "~": "~ Cục Quản lý rủi ro;", "~ Đ/c Tổng cục trưởng;" — not before a title in capitals,
# "~ PHÓ CỤC TRƯỞNG", a speck there)
LIST_ITEM = regex.compile(r"^(?:[-–•+]|~(?=\s*\p{Lu}(?!\p{Lu})))\s*")
# Entries run together on one line (a flattened table cell): "- Như trên; - Lưu: VT." / "…; (b/c) - TT Thành ủy".
SUB_ENTRY = regex.compile(r"^\s*\+\s*(?=\S)")  # a sub-entry's mark under a 'Nơi nhận' entry
ENTRY_SPLIT = regex.compile(r"(?:(?<=[;.,)])\s*|^\s*)[-–•+]\s+")
# OCR may misread "Kính" when "gửi:" survives: "Site gửi: Cục Thuế các tỉnh, …".
# … or its "i" lost and the colon doubled ("Kính gử:: Cục Thuê các tinh, …"), or the "g" of "gửi" read as a mark
# under a stamp's pen, its colon as a stop ("'Kinh &ủi'.Ủy ban nhân dân tỉnh Long An").
KINH_GUI_RE = regex.compile(r"^\W*(?:K[íìi]nh\s+g(?:[ửưuữ]i\s*[:.]?|[ửữ]\s*[:.]{1,2})|K[íìi]nh\s+[^\w\s][ửưuữủ]i\W{0,2}?[:.]"
                            r"|(?:\p{L}{2,5}\s+)?g[ửữ]i\s*:)\s*", regex.I)
# Authority in front of the signer's title (Decree 30/2020, Điều 13): KT., TM., TL., TUQ., Q.; the Party's slashed
# forms "T/M", "K/T", "T/L" (Hướng dẫn 36-HD/VPTW) are the same authorities.
# OCR may leave a speck between the authority and the title ("KT. + ỐNG © ỤC TRƯỜNG").
AUTHORITY_RE = regex.compile(r"^\W*(?:(?P<auth>KT|TM|T/M|T\.M|K/T|T/L|TL|TUQ)(?:\s*[.:,]\s*|\s+)|(?P<auth2>Q)\s*\.\s*)"
                             r"(?:[^\p{L}\d\s]{1,2}\s+)?(?P<rest>\p{Lu}.*)$")
# Common Vietnamese surnames (a name's first word) as spelt; SURNAMES folded, for names whose marks OCR lost.
SURNAME_SPELLINGS = tuple((
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đoàn Đào Trịnh Mai Trương Đinh "
    "Lâm Phùng Lương Tạ Tô Hà Chu Cao Lưu Quách Thái Văn Vương Kiều Kim Đàm Đồng Châu Triệu Thân Lò Hứa Mạc "
    "Y Nông Tôn Khúc Giang Hầu Lục Mạch Ông Quang Bạch Thạch Tăng Diệp Doãn La Lại Nghiêm Âu Từ Trình Viên "
    "Phí Khổng Lã Mã Hàn Ninh Cù Giáp Bế Cấn Tống Ngụy Lữ Khuất Khương Kha Nhữ Vi Mẫn Biện Lăng Tiêu Sầm Chế").split())
SURNAMES = {fold(s) for s in SURNAME_SPELLINGS}
TITLE_FORMS = {fold(t): t for t in (
    "Chủ tịch", "Phó Chủ tịch", "Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ tướng", "Giám đốc",
    "Phó Giám đốc", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Cục trưởng", "Phó Cục trưởng", "Vụ trưởng",
    "Phó Vụ trưởng", "Tổng Bí thư", "Thường trực Ban Bí thư", "Chủ nhiệm", "Phó Chủ nhiệm", "Trưởng ban",
    "Phó Trưởng ban", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Chi cục trưởng", "Trưởng phòng", "Phó Trưởng phòng",
    "Chánh Thanh tra", "Bí thư", "Phó Bí thư", "Tổng Cục trưởng", "Phó Tổng Cục trưởng", "Hiệu trưởng", "Viện trưởng",
    "Phó Hiệu trưởng", "Phó Viện trưởng", "Phó Bí thư Thường trực", "Chánh án", "Phó Chánh án", "Tư lệnh", "Phó Tư lệnh",
    "Trưởng Thuế tỉnh", "Phó Trưởng Thuế tỉnh", "Trưởng Thuế cơ sở", "Phó Trưởng Thuế cơ sở", "Chủ tịch Quốc hội",
    "Phó Chủ tịch Quốc hội", "Kiểm toán trưởng", "Phó Kiểm toán trưởng", "Tổng Kiểm toán", "Phó Tổng Kiểm toán")}
# A web copy's note that the original was signed, beside the name or on its own line: "Nguyễn Mạnh Kiểm (Đã ký)",
# "(đã ký)", "[Đã ký và đóng dấu]", "Đã ký".
SIGNED_NOTE_RE = regex.compile(r"[(\[]?\s*(?i:đã\s+ký)(?:\s+(?:và\s+)?(?i:đóng\s+dấu))?\s*[)\]]?")
# (a word with an apostrophe after its first consonant, "H'Yim Kđoh", "Điểu K'Ré", and the Êđê "Y" opening a name:
# the Central Highlands' names, minority_name)
NAME_RE = regex.compile(r"(?P<name>(?:\p{Lu}(?:'\p{Lu})?\p{Ll}+|Y(?=\s+\p{Lu}\p{Ll}))(?:\s+\p{Lu}(?:'\p{Lu})?\p{Ll}*){1,4})\s*$")
_APOSTROPHE_WORD = regex.compile(r"\p{Lu}'\p{Lu}\p{Ll}+")


def minority_name(text: str) -> bool:
    """A name of the Central Highlands' peoples as written in their own spelling ("H'Yim Kđoh", "Y Thanh Hà Niê Kđăm",
    "Điểu K'Ré", "Ksor Phước"): two to five words in title case, one with an apostrophe after its first consonant, or
    opening on such a name's first word (data/name_syllables.txt "E") with a Vietnamese syllable or another such
    word after it. Its consonant clusters ("Kđ", "Kp") are no OCR debris."""
    words = text.strip().split()
    if not 2 <= len(words) <= 5 or not all(regex.fullmatch(r"\p{Lu}(?:'\p{Lu})?\p{Ll}*", w) for w in words) \
            or not all(regex.search(r"[aeiouy]", fold(w)) for w in words):
        return False
    if any(_APOSTROPHE_WORD.fullmatch(w) for w in words):
        return True
    openers = _name_spellings()["E"]
    return fold(words[0]) in openers and any(w.lower() in syllables() for w in words[1:] if len(w) > 1) \
        and not common_words(words)  # ("Sở Y Tế": "y tế" is a word)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The language's words of two syllables or more, in lower case (underthesea's Viet74K dictionary, where its
    DictionaryLoader reads it, without importing the toolkit; its capitalised entries, places and people, left out)."""
    from importlib.util import find_spec
    from pathlib import Path

    words = (Path(find_spec("underthesea").origin).parent / "corpus" / "data" / "Viet74K.txt").read_text(encoding="utf-8")
    spelt: dict[str, str] = {}  # (each syllable normalised once: ten times faster than each word)
    return frozenset(" ".join(spelt.get(x) or spelt.setdefault(x, normalize(x)) for x in w.split())
                     for w in words.strip().split("\n") if " " in w and w == w.lower())


def common_words(words: list[str]) -> bool:
    """Whether a capitalised run is made wholly of the language's words of two syllables or more ("Cao Tuổi", "Đào
    Tạo", "Y Tế", "Mai Táng"): such a run is no person's name, though it opens on a surname; a name's syllables make
    no such words ("Lê Minh Hoan": "lê minh" is one, "hoan" is left)."""
    low = [normalize(w).lower() for w in words]
    ends = {0}  # where the words read so far end
    for i in range(2, len(low) + 1):
        if any(" ".join(low[j:i]) in _common_words() for j in ends if j <= i - 2):
            ends.add(i)
    return len(low) in ends and len(low) >= 2


# OCR's specks after a signer's name — a margin mark or the signature's tail read as letters ("Lê Khánh Toàn m Ề §"):
# one or two small letters, a lone capital, a symbol; cut when the run holds a small letter or a symbol (a name may end
# on a one-letter given name in capitals, "Nguyễn Thị Y").
_NAME_SPECKS = regex.compile(r"(?:\s+(?:\p{Ll}{1,2}|\p{Lu}|[^\p{L}\d\s]{1,3}))+$")


def _person(text: str) -> str | None:
    t = text.strip("* ")
    t = _NAME_SPECKS.sub(lambda m: "" if regex.search(r"\p{Ll}|[^\p{L}\s]", m.group(0)) else m.group(0), t)
    m = NAME_RE.fullmatch(t) or NAME_RE.search(t)
    if not m:
        return None
    # a speck OCR left inside the name ("Đặng Ngoc A Minh"): no part of a Vietnamese name is one letter but "Y"
    words = [w for k, w in enumerate(m.group("name").split()) if k == 0 or len(w) > 1 or w == "Y"]
    # Strip capitalised title words glued in front ("PHÓ CHỦ TỊCH Trần Hoàng Tuấn" handled by caps check).
    while words and fold(words[0]) not in SURNAMES and len(words) > 2 and not minority_name(" ".join(words)):
        words = words[1:]
    if minority_name(" ".join(words)):
        return " ".join(words)  # (as written: its syllables are no Vietnamese ones whose marks OCR lost)
    if words and words[0] == "Y":
        return None  # ("Y" opens a name of the Central Highlands only)
    if len(words) < 2 or fold(words[0]) not in SURNAMES:
        return None
    return " ".join(_restore_name_marks(words))


def _name_spellings() -> dict[str, dict[str, str]]:
    """'S' (surname) and 'G' (middle and given name) → fold key → the usual spelling (data/name_syllables.txt)."""
    global _NAMES
    if _NAMES is None:
        from pathlib import Path

        from pipeline.textnorm import normalize

        _NAMES = {"S": {}, "G": {}, "E": {}}
        for line in (Path(__file__).parent.parent / "data" / "name_syllables.txt").read_text(encoding="utf-8").splitlines():
            if line[:2] in ("S ", "G ", "E "):
                for w in line.split()[1:]:
                    _NAMES[line[0]][fold(w)] = normalize(w)
    return _NAMES


_NAMES: dict[str, dict[str, str]] | None = None


def _restore_name_marks(words: list[str]) -> list[str]:
    """A name's syllables whose marks OCR lost or misread written as names usually are ('Nguyén Thi Thu Phuong' →
    'Nguyễn Thị Thu Phương'); a syllable with two usual spellings is left as read."""
    from pipeline.cleanup import well_formed

    names, syl = _name_spellings(), syllables()
    out = []
    for k, w in enumerate(words):
        usual = names["S" if k == 0 else "G"].get(fold(w))
        # only a word that is no Vietnamese syllable as read ("Nguyén", "Ngoc"): "Thu", "Vân", "Khai" are names too
        misread = w.lower() not in syl or not well_formed(w.lower())
        out.append(usual if usual and misread and w[:1].isupper() and not w.isupper() else w)
    return out


def find_recipients(lines: list[Line], start: int, end: int, is_cong_van: bool) -> list[Found]:
    out: list[Found] = []
    for ln in lines[start:end]:
        # the label may close a line that a received stamp's words run into ("Cole THỘNG TA BIỆN … Kính gửi:")
        m = KINH_GUI_RE.match(ln.text) or regex.search(r"(?<=\s)K[íìi]nh\s+g[ửưuữ]i\s*:\s*$", ln.text) \
            or regex.match(r"^(?:\S{1,4}\s+){1,4}K[íìi]nh\s+g[ửưuữ]i\s*:\s*", ln.text)  # a seal's specks before it ("4 ery y : Kính gửi: …")
        if not m and not regex.search(r"\bdien\s*:\s*$", ln.fold):
            continue
        after = ln.text[m.end():] if m else ""
        k = ln.index + 1
        while after.strip(" *:") and not after.lstrip().startswith("-") and k < end and _recipient_goes_on(after, lines[k].text):
            # one addressee over two lines ("Kính gửi: THẦU TC MT T.BIN GIÓ, TC LD T.BIN GIÓ, MS VALD CD" / "THUỘC GT EPC
            # DA NM DG ĐÔNG THÀNH 1 TẠI T.TRÀ VINH"), a list of names after a colon over several ("Kính gửi: Cục Hải quan
            # các tỉnh, thành phố: An Giang, Bình Phước," / "Bà Rịa - Vũng Tàu, …," / … / "Kiên Giang, …, Quảng Trị.")
            after, k = after.rstrip() + " " + lines[k].text, k + 1
        # more agencies in capitals, one a line, under the first ("Kính gửi: BỘ CÔNG THƯƠNG" / "BỘ XÂY DỰNG")
        more: list[Found] = []
        while k < end and _another_agency(more[-1].raw if more else after, lines[k].text):
            more.append(Found(None, lines[k].text, lines[k].start, lines[k].end))
            k += 1
            while k < end and _recipient_goes_on(more[-1].raw, lines[k].text):  # "SỞ Y TẾ TỈNH" / "QUẢNG NINH"
                more[-1] = Found(None, more[-1].raw.rstrip() + " " + lines[k].text, more[-1].start, lines[k].end)
                k += 1
        # a received stamp's capitals after the addressee's full stop ("Cục Hải quan tinh Đông Nai. TRUONG VIET")
        tail = regex.search(r"(?<=\p{Ll}\.)\s+(?P<t>\p{Lu}{2,}(?:\s+\p{Lu}{2,})+)\s*$", after)
        if tail and not gazetteer.province_name(tail.group("t")) and not gazetteer.starts_agency(tail.group("t")):
            after = after[: tail.start()]
        if after.strip(" *:"):
            for piece in regex.split(r"\s*;\s*-?\s*|\s+-\s+(?=\p{Lu})", after) if after.lstrip().startswith("-") else [after]:
                # a speck after the name's closing bracket ("Công ty TNHH Yan Tin (Việt Nam) l")
                e = regex.sub(r"(?<=\))\s+[\p{Ll}|]$", "", clean_entry(piece))
                if e:
                    out.append(Found(e, piece, ln.start + m.end(), ln.end))
        out.extend(Found(clean_entry(x.raw), x.raw, x.start, x.end) for x in more if clean_entry(x.raw))
        out.extend(_dash_list(lines, ln.index + 1, end))
        return out
    if is_cong_van:
        # No "Kính gửi" label survived (OCR): a dash list right before the first body paragraph.
        for ln in lines[start:end]:
            if not ln.text:
                continue
            if LIST_ITEM.match(ln.text) and len(ln.text) < 160:
                return _dash_list(lines, ln.index, end)
            if len(ln.text) > 80:
                break
    return out


def _recipient_goes_on(first: str, line: str) -> bool:
    """Whether the line under "Kính gửi: …" goes on with its addressee: the addressee not closed (no ".", ";", ":", ")"
    at its end), the line short and in capitals as the addressee is, or the next names of a list after a colon; no dash,
    address or sentence."""
    first, line = first.strip(" *"), line.strip(" *")
    if not line or regex.search(r"[.;:)]$", first) or len(line) > 90 or LIST_ITEM.match(line) or line.startswith("("):
        return False
    if regex.match(r"(?i)^\W*(?:địa chỉ|đ/c|dia chi)\b", line) or regex.search(r"[.;:]\s+\S", line):
        return False
    prose = bool(_PROSE.search(line)) or bool(_BODY_OPENING.match(line))
    if first.endswith(",") or (":" in first and regex.search(r"\p{L}$", first)):
        # names listed after a colon ("…: An Giang, Bình Phước,"), each line closed by a comma or cut in a name
        # ("…: An Giang, Bình" / "Phước, …"); not the body's first sentence, nor a second agency
        return ":" in first and bool(regex.match(r"\p{Lu}", line)) and not prose \
            and (first.endswith(",") or not gazetteer.starts_agency(line))
    if _another_agency(first, line):
        return False
    if (grammar.OPEN_END.search(first) or regex.match(r"\p{Ll}", line)) and len(line) <= 60:
        return True  # a name cut where OCR or a narrow column wrapped it: "… thành phố trực thuộc" / "Trung ương"
    if len(line) <= 25 and not prose and not regex.search(r"[.;:,]\s", line) and not gazetteer.starts_agency(line) \
            and regex.search(r"[\p{L}-]$", first):
        return True  # … or in a place's name: "… tỉnh Thái" / "Nguyên", "… nông thôn Việt" / "Nam"
    return is_caps(first) and is_caps(line)


# A line of prose: three words in lower case one after the other, or a body's usual opening (a place's or a name's rest
# has neither: "Phước, Bà Rịa - Vũng Tàu, Bình Định", "Nguyên", "Nam").
_PROSE = regex.compile(r"(?<!\S)\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+")
_BODY_OPENING = regex.compile(r"(?i)^\W*(?:thực hiện|căn cứ|theo|ngày|để|trong|về việc|nhằm|trả lời|tiếp theo)(?!\p{L})")


def _another_agency(first: str, line: str) -> bool:
    """A second agency in capitals under the first ("Kính gửi: BỘ CÔNG THƯƠNG" / "BỘ XÂY DỰNG"), not a name's later
    words ("CỤC" / "THUẾ TỈNH …", "… CỦA" / "BỘ Y TẾ"): both open on a state agency's head (_PEER_AGENCY, which no
    "THUẾ", "HỘI", "ĐOÀN", "BÁO", "ĐÀI" opens)."""
    first, line = first.strip(" *"), line.strip(" *")
    return is_caps(first) and is_caps(line) and len(line) <= 90 and gazetteer.starts_agency(first) \
        and gazetteer.starts_agency(line) \
        and not regex.search(r"(?i)\b(?:của|và|thuộc|tại|về)$", first) \
        and bool(_PEER_AGENCY.match(fold(first))) and bool(_PEER_AGENCY.match(fold(line))) \
        and not regex.search(r"\b(?:nhan dan|tinh|thanh pho|huyen|quan|thi xa|xa|phuong)$", fold(first))


# Both lines must open on a state agency of the same rank of kinds (BỘ/BỘ, BỘ/SỞ, CỤC/CỤC, ỦY BAN/ỦY BAN) and the first
# be a whole name: a title (THỦ TƯỚNG / CHÍNH PHỦ, BỘ TRƯỞNG / BỘ TÀI CHÍNH, CHỦ TỊCH / ỦY BAN …), a container (VĂN
# PHÒNG / CHÍNH PHỦ, BỘ TƯ LỆNH / QUÂN KHU 4, NGÂN HÀNG … / CHI NHÁNH …) or a firm (CÔNG TY CỔ PHẦN / TẬP ĐOÀN …) is one
# name over two lines.
_PEER_AGENCY = regex.compile(r"(?:bo(?!\s+(?:truong|tu\s+lenh)\b)|so|tong\s+cuc|chi\s+cuc|cuc|uy\s+ban|vu)\s+\S")


def split_entries(found: Found) -> list[Found]:
    """'- Bộ Tài chính; - Bộ Kế hoạch và Đầu tư' (entries run together on one line) → two entries."""
    pieces = [p for p in ENTRY_SPLIT.split(found.raw) if clean_entry(p)]
    if len(pieces) <= 1:
        return [found]
    return [Found(clean_entry(p), p, found.start, found.end) for p in pieces]


# OCR debris in the margin before an entry's dash, the dash itself often read as "~": "7 ~ Cục Thuế các tỉnh …;",
# "Rad ¿xo - Cục Thuế doanh nghiệp lớn;". At most two short tokens, then the dash and a capital.
NOISY_ITEM = regex.compile(r"^(?:\S{1,4}\s+){1,2}[-–~]\s+(?=\p{Lu})")
# … or a received stamp's words, specks and digits among them: "BENGE Ca... - Bộ Tài chính;", "Ngy... 42/4148. - Bộ
# Công Thương;"; only after an entry that closed (not a wrapped entry's next line, "Huế, Bà Rịa - Vũng Tàu;").
STAMPED_ITEM = regex.compile(r"^(?=[^\-–~]*[^\p{L}\s\-–~,])(?:\S{1,8}\s+){1,3}[\-–~]\s+(?=\p{Lu})")


def _entries_run_together(ln: Line) -> bool:
    """A long line that is a table cell of several short entries ('- Sở Lao động - Thương binh và Xã hội thành phố Cần
    Thơ; - Sở … tỉnh Hưng Yên; …' seven times), not a paragraph opening on a dash."""
    pieces = split_entries(Found(ln.text, ln.text, ln.start, ln.end))
    return len(pieces) >= 2 and all(len(p.raw) < 160 for p in pieces)


def _dash_list(lines: list[Line], i: int, end: int) -> list[Found]:
    out: list[Found] = []
    start = i
    last = -1
    while i < end:
        ln = lines[i]
        if not ln.text:
            i += 1
            continue
        noisy = NOISY_ITEM.match(ln.text) or (i == start or out and regex.search(r"[;.]\s*$", out[-1].raw)) \
            and STAMPED_ITEM.match(ln.text)
        if noisy and not LIST_ITEM.match(ln.text) and regex.search(r"[;.]\s*$", ln.text) and len(ln.text) < 160:
            out.append(Found(clean_entry(ln.text[noisy.end():]), ln.text[noisy.end():], ln.start + noisy.end(), ln.end))
            last = i
            i += 1
            continue
        if not LIST_ITEM.match(ln.text) or (len(ln.text) > 300 and not _entries_run_together(ln)):
            prev = out[-1] if out else None
            # A wrapped entry: the previous one has no closing ";" or "." and this line is not a paragraph.
            if prev and i == last + 1 and not regex.search(r"[;.]\s*$", prev.raw) and len(ln.text) < 200 \
                    and not KINH_GUI_RE.match(ln.text):
                out[-1] = Found(clean_entry(prev.raw + " " + ln.text), prev.raw + " " + ln.text, prev.start, ln.end)
                last = i
                i += 1
                continue
            break
        out.append(Found(clean_entry(LIST_ITEM.sub("- ", ln.text, count=1)), ln.text, ln.start, ln.end))
        last = i
        i += 1
    out = [e for f in out for e in split_entries(f)]
    return out


def find_distribution(lines: list[Line], start: int) -> tuple[list[Found], int | None]:
    """Entries of the 'Nơi nhận' block and the line index where it starts."""
    for ln in lines[start:]:
        m = NOI_NHAN_RE.match(ln.fold)
        if not m:
            continue
        entries: list[Found] = []
        after = ln.text[m.end():]
        # not OCR debris after the label ("Nơi nhận: #", "Noi nhận WY": one short word, no entry's dash)
        if regex.search(r"\p{L}{2}", after) and not _right_column(ln.text) and not regex.fullmatch(r"\W*\p{L}{1,3}\W*", after):
            for piece in ENTRY_SPLIT.split(after):
                e = clean_entry(piece)
                if e:
                    entries.append(Found(e, piece, ln.start, ln.end))
            if entries and fold(entries[-1].value).startswith("luu"):
                return entries, ln.index
        beside_title = bool(_right_column(ln.text))
        joined = None  # how many entries there were when a "+" sub-entry last joined the last one
        for nxt in lines[ln.index + 1 :]:
            t = regex.sub(r"^\s*[~=]\s*[^\p{L}\s\d(]?(?=\p{Lu})", "- ", nxt.text)  # a dash OCR read as "~" or "=" ("~€CT …")
            if not t:
                continue
            prev_open = bool(entries) and not regex.search(r"[.]\s*$", entries[-1].raw)
            p = _person(t)
            if AUTHORITY_RE.match(t) or p == t.strip("* ") or (p and not LIST_ITEM.match(t) and (
                    len(t) <= len(p) + 4 or (fold(t).endswith(fold(p)) and len(t) - len(p) <= 8))):
                break  # the signer's name, a speck in it or before it ("Đặng Ngoc A Minh", "*. Sue Nguyên Nam Bình")
            if not entries and _right_column(ln.text) and _title_line(t):
                continue  # the title's second line under the authority beside the label ("KT.CỤC TRƯỞNG" / "PHÓ CỤC TRƯỞNG")
            if is_caps(t) and not LIST_ITEM.match(t) and not (prev_open and regex.search(r"[;,]", t)):
                break  # the signer's title
            if not LIST_ITEM.match(t) and (_title_line(t) or (
                    (not entries or regex.search(r"[;.]\s*$", entries[-1].raw)) and _junk(t))):
                continue  # the signer's title between the entries ("PHÓ cụ c TRƯỞNG"), a seal's specks ("jgyy")
            right = _right_column(t)
            if not right and beside_title:
                # the title's next line beside the next entry ("- Như trên; TRUONG PHÒNG TUYÊN TRUYEN" / "-P.KT2; HO
                # TRỢ NGƯỜI NOP THUE"): capitals after the entry's ";" go on the signer's column
                m_next = _RIGHT_TITLE_RE.match(t)
                right = m_next.group("right").strip() if m_next and m_next.group("left").endswith(";") else None
            beside_title = bool(right) and _person(right) != right
            if right and LIST_ITEM.match(t):
                t = _entry_beside(t, right)
            if entries and (sub := SUB_ENTRY.match(t)) and (entries[-1].raw.rstrip().endswith(":") or joined == len(entries)) \
                    and not regex.match(r"l\w{1,2}\s*:?\s*vt\b|luu\b", fold(t[sub.end():])):
                # a "+" sub-entry under an entry that opens a list belongs to it ("- Các Sở:" / "+ Tài chính;" / "+ Y tế;"),
                # not a dash OCR read as "+" ("- Như trên;" / "+ Phó TCTr …"), nor the filing note ("+ Lưu: VT")
                prev, rest = entries[-1], t[sub.end():]
                entries[-1] = Found(clean_entry(prev.raw.rstrip() + " " + rest), prev.raw.rstrip() + " " + rest, prev.start, nxt.end)
                joined = len(entries)
                continue
            if LIST_ITEM.match(t) or not entries or (regex.search(r";\s*$", entries[-1].raw) and ":" not in entries[-1].raw
                                                      and regex.search(r"[;.]\s*$", t)):
                # (an entry whose dash OCR lost, closed like the one before it: "~ Như trên;" / "6 trưởng Đỉnh Tiền Dũng
                # (để báo cáo);" — not the next line of a list of units after a colon, "- Các Vụ/Cục: KH-TC; PC;" / "VP
                # Bộ;", nor units run on in one cell, "- TT.TU, TT.HĐNDTP;" / "CT, các pct ubndtp")
                entries.append(Found(clean_entry(t), t, nxt.start, nxt.end))
            else:  # a wrapped entry continues
                prev = entries[-1]
                entries[-1] = Found(clean_entry(prev.raw + " " + t), prev.raw + " " + t, prev.start, nxt.end)
            if fold(entries[-1].value).startswith("luu") or regex.match(r"l\w{1,2}\s*:?\s*vt\b", fold(entries[-1].value)):
                break  # the filing note closes the block, its "Lưu" misread ("Lan: VT, TTHT.")
        if _right_column(ln.text) and not any(LIST_ITEM.match(e.raw) for e in entries) \
                and (above := _entries_above(lines, ln.index)):
            # the entries read before their label, the label's line holding the signer's column; what follows it is no
            # list ("Noi nhận: KT. BỘ TRƯỞNG" / "⁄<› Tìt" / "' Ban hành kèm theo Quyết định số 114/QD-BCDTTTC …", a
            # footnote of the page)
            entries = above
        entries = [_note_without_name(e) for e in entries]
        return [e for e in entries if e.value], ln.index
    return _unlabelled(lines, start)


def _unlabelled(lines: list[Line], start: int) -> tuple[list[Found], int | None]:
    """The 'Nơi nhận' block whose label OCR lost: the lines closing on the filing note ('Lưu: VT, DNNCN'), back to the
    signer's authority line or the body's last sentence ('… thông báo các Cục Thuế biết và thực hiện./.')."""
    tail = [ln for ln in lines[max(start, len(lines) - 30):] if ln.text]
    luu = next((k for k in range(len(tail) - 1, -1, -1) if regex.match(r"^\W{0,3}l[ưu][uưn]\s*:", tail[k].fold)), None)
    if luu is None:
        return [], None
    block: list[Line] = []
    anchor = None  # the signer's authority line above the entries: where the closing starts, as 'Nơi nhận' would
    for ln in reversed(tail[:luu]):
        t = ln.text
        if AUTHORITY_RE.match(_cell(t)) or "./." in t or len(t) > 100 or _title_line(t):
            anchor = ln.index if AUTHORITY_RE.match(_cell(t)) or _title_line(t) else None
            break
        block.insert(0, ln)
    entries: list[Found] = []
    for ln in block + [tail[luu]]:
        t = ln.text
        if (right := _right_column(t)) and LIST_ITEM.match(t):
            # the signer's title beside the first entry ("- Văn phòng Chính phủ (để bie); PHÓ TỎNG CỤC TRƯỞNG")
            t = _entry_beside(t, right)
        if entries and not LIST_ITEM.match(t) and not regex.search(r"[;.:)]\s*$", entries[-1].raw) \
                and ln is not tail[luu]:
            # an entry wrapped after a comma ('… TOT: CN TT. CS, PC,' / 'LTHT, VP, KK&K FT. DNL') or mid-name ('-
            # Công ty TNHH Arcadyan Việt Nam, KCN Bá' / 'Thiện, thị tran Bá Hiến, …' / 'Vinh Phúc (thay trả lời);')
            prev = entries[-1]
            entries[-1] = Found(clean_entry(prev.raw + " " + t), prev.raw + " " + t, prev.start, ln.end)
        else:
            entries.append(Found(clean_entry(LIST_ITEM.sub("- ", t, count=1)), t, ln.start, ln.end))
    if len(entries) < 3 or not any(LIST_ITEM.match(e.raw) for e in entries):
        return [], None
    entries = [_note_without_name(e) for e in entries]
    return [e for e in entries if e.value], anchor if anchor is not None else (block[0].index if block else tail[luu].index)


def _entry_beside(line: str, right: str) -> str:
    """A 'Nơi nhận' entry's line without the signer's column OCR ran into it (right, from _right_column) and the speck
    or dash between the two ("- Như trên; — PHO TONG CUC TRUONG" → "- Như trên;")."""
    return regex.sub(r"(?<=[;,.)])\s*[—–.~:_\d-]{0,3}\s*$", "", line[: line.rfind(right)]).rstrip(" —–-")


def _entries_above(lines: list[Line], at: int) -> list[Found]:
    """The 'Nơi nhận' entries OCR read before their label, the label's line holding only the signer's column
    ('- Như trên;' … '- Lưu: VT, DNL (3b).' then 'Nơi nhận:y, KT, TONG cục TRƯỞNG'): the dash list right above."""
    i, first = at - 1, None
    while i >= 0 and at - i <= 16:
        t = lines[i].text
        if t and not (LIST_ITEM.match(t) and len(t) < 160):
            break
        if t:
            first = i
        i -= 1
    if first is None:
        return []
    entries = _dash_list(lines, first, at)
    keys = [fold(e.value) for e in entries]
    if len(entries) >= 2 and (keys[0].startswith("nhu tren") or keys[-1].startswith("luu")):
        return entries
    return []


def _junk(text: str) -> bool:
    """OCR specks of a seal or a signature: fewer than two Vietnamese syllables in the line ('jgyy', '/at/')."""
    syl = syllables()
    if regex.search(r"(?<!\p{L})\p{Lu}{2,6}(?!\p{L})", text):
        return False  # an abbreviation stands for a name ("UBND tỉnh", "Lưu: VT")
    return sum(1 for w in regex.findall(r"\p{L}{2,}", text) if w.lower() in syl) < 2


def _cell(text: str) -> str:
    """A line of the signature block without table bars, emphasis, a "(Đã ký)" note or a speck before its authority
    ("oe KT. TONG CYC TRƯỞNG", the label 'Nơi nhận' lost)."""
    t = SIGNED_NOTE_RE.sub(" ", text).strip("*# |")
    t = regex.sub(r"^\p{Ll}{1,2}\s+(?=(?:KT|TM|TL|TUQ)[.,:]\s*\p{Lu})", "", t)
    return _right_column(t) or t


NOI_NHAN_RE = regex.compile(r"^\W*no\W?[it] n?h?[ae][nm]\s*[:.]?\s*")  # OCR "Not nhận:", "Nơi nan fe KT. …", "Noi nhén:", "Noi nhậm:"
# OCR reads the two columns under the body line by line: "Noi nhận: KT. TONG CỤC TRƯỞNG",
# "- Như trên; — PHO TONG CUC TRUONG" — a distribution entry on the left, the signer's block on the right.
# A speck OCR left between the columns (". PHO-FANG CỤC TRƯỞNG", "- Như trên, —_ THỨ TRƯỞNG", "- Nhu trén; : THU
# TRUONG") and a dash inside the title are kept with it.
# (a digit as the speck: "~ Như trên; 7 KT. CUC TRUONG CỤC THUÊ XNK"; an entry closed by its bracket: "- PTCT. Lưu Mạnh
# Tưởng (đê b/c) PHÓ CỤC TRƯỞNG"; an authority's line in mixed case: "- Như trên, KT. VỤ TRUON vu CHÍNH SÁCH THUE")
_RIGHT_TITLE_RE = regex.compile(r"^(?P<left>[-–•+~].*?[;,.)])\s*(?:[—–.~:_\d-]{1,3}\s*)?\s(?P<right>\p{Lu}[\p{Lu}\s.,—–-]{6,}"
                                r"|(?:KT|TL|TM|TUQ)\.\s*\p{Lu}[\p{L}\s.,'‘’—–-]{6,})$")  # ("KT. CỤC Te ‘ONG CỤC THUÊ XNK")


def _title_like(text: str) -> bool:
    """A signer's title, also as OCR garbled it: "TONG cuc TRUONG", "„1 HỦ TƯ) ỚNG" (THỦ TƯỚNG)."""
    from rapidfuzz import fuzz

    if _own_title([text]):
        return True
    letters = regex.sub(r"[^a-z]", "", fold(text))
    return len(letters) >= 6 and any(fuzz.ratio(letters, key.replace(" ", "")) >= 85 for key in TITLE_FORMS)


def _title_line(text: str) -> bool:
    """A line that is a signer's title and nothing else, its letters as OCR left them ("PHÓ cụ c TRƯỞNG", "PHO CỤC
    TRƯỢ"): not an entry naming a title ("- Thủ tướng Chính phủ;")."""
    from rapidfuzz import fuzz

    if LIST_ITEM.match(text):
        return False
    letters = regex.sub(r"[^a-z]", "", fold(text))
    return len(letters) >= 6 and any(fuzz.ratio(letters, key.replace(" ", "")) >= 85 for key in TITLE_FORMS)


def _right_column(text: str) -> str | None:
    """The signer's part of a line that OCR ran together with the 'Nơi nhận' column, or None."""
    m = NOI_NHAN_RE.match(fold(text))
    if m:
        rest = text[m.end():].strip()
        # a speck between the label and the authority ("Nơi nhận:y, KT, TONG cục TRƯỞNG")
        # ("Nơi nhận:. Sp KT, TONG CỤC THƯỜNG": a dot and two letters)
        rest = regex.sub(r"^[^\p{L}\d\s]*\s*(?:\p{L}{1,2}\W+)?(?=(?:KT|TM|TL|TUQ)\W)", "", rest)
        am = AUTHORITY_RE.match(rest)
        if am and (is_caps(am.group("rest")[:20]) or _title_like(am.group("rest"))):
            return rest  # "Noi nhận: KT. TONG CỤC TRƯỞNG", "Nơi nhận: KT, TONG cuc TRUONG"
        # the title alone, no entry's dash or ";" before it: "Nơi nhận: „1 HỦ TƯ) ỚNG", after a speck ("Nơi nhận: Me VỤ
        # TRƯỞNG.VỤ CHÍNH SÁCH THUÊ")
        rest = regex.sub(r"^\p{L}{1,2}\s+(?=\p{Lu}{2,}\s)", "", rest)
        return rest if rest and is_caps(rest) and not regex.search(r"[;:]|^\W*[-–•+]\s", rest) and _title_like(rest) else None
    m = _RIGHT_TITLE_RE.match(text)
    if m and (_own_title([m.group("right")]) or _title_like(m.group("right")) or AUTHORITY_RE.match(m.group("right"))):
        return m.group("right").strip()
    # the signer's name beside an entry: "- Hội đồng Dân tộc và các ủy ban của Quốc hội; Vũ Đức Dam"
    m = regex.match(r"^[-–•+].*;\s+(?P<right>[^;]+)$", text)
    if m and _person(m.group("right")) == m.group("right").strip() and len(m.group("right").split()) <= 4 \
            and not _place_named(m.group("right").strip(), text[: m.start("right")]):
        return m.group("right").strip()
    return None


def _place_named(name: str, before: str) -> bool:
    """A place beside an entry, not a signer's name: a province ("Cao Bằng", "Hà Nội"), or a two-word name after an
    entry that lists places ("- UBND các huyện: Tân Lạc; Mai Châu")."""
    return bool(gazetteer.province_name(name)) or len(name.split()) == 2 and bool(
        regex.search(r"\b(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\b", before, flags=regex.IGNORECASE))


# The signer's name OCR set on the filing note's line, after its copy count or full stop ("- Luu: VT, HTr(2). Mai Son").
_NOTE_NAME_RE = regex.compile(r"^(?P<note>\W{0,3}[lL]\p{L}{1,2}\s*:.*?[.)])\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*$")


def _note_without_name(found: Found) -> Found:
    """A filing note without the signer's name OCR ran into it from the signature column, or a seal's bracket of
    digits after its closed copy count ("Lưu: VT, HTr(2). (6,2)")."""
    raw = found.raw
    m = _NOTE_NAME_RE.match(raw.strip().lstrip("-–•+ "))
    if m and _person(m.group("name")) is not None:
        raw = raw[: raw.rfind(m.group("name"))].rstrip()
    if regex.match(r"\W{0,3}l[ưu][uưn]\s*:", fold(raw).lstrip("-–•+~ ")):
        raw = regex.sub(r"(?<=\)\.)\s*\(\s*\d[\d\s,]*\)\W*$", "", raw)
    if raw == found.raw:
        return found
    return Found(clean_entry(raw), raw, found.start, found.start + len(raw))


def name_beside_entries(lines: list[Line], at: int) -> Found | None:
    """The signer's name OCR read beside a 'Nơi nhận' entry, the authority and title above the label
    ("KT. TONG CỤC TRUONG" / "PHÓ TÔNG CỤC TRƯỞNG" / "Nơi nhận:" / … / "~ Cue Hai quan tinh …; Nguyễn Dương Thái")."""
    for ln in lines[at + 1 : at + 25]:
        t = regex.sub(r"^\s*[~=]\s*", "- ", ln.text)
        right = _right_column(t) if LIST_ITEM.match(t) else None
        if right and _person(right) == right:
            return Found(right, ln.text, ln.start + ln.text.rfind(right), ln.end)
        if regex.match(r"^\W{0,3}l[ưu][uưn]\s*:", fold(t).lstrip("-–•+ ")):
            # … or on the filing note's line ("- Lưu: VT, PC (2b). Bùi Văn Nam")
            m = _NOTE_NAME_RE.match(t.strip().lstrip("-–•+ "))
            name = _person(m.group("name")) if m else None
            return Found(name, ln.text, ln.start + ln.text.rfind(m.group("name")), ln.end) if name else None
    return None


def authority_line(text: str) -> bool:
    """A line that is the signer's authority and the head's title alone ("TL. BỘ TRƯỞNG", "KT. TỔNG CỤC TRƯỞNG")."""
    m = AUTHORITY_RE.match(_cell(text))
    return bool(m) and is_caps(m.group("rest")) and (_title_like(m.group("rest")) or _title_count(m.group("rest")) >= 1)


# The lines a digital signature stamp prints: "Ký bởi: Bộ Tài chính", "Thời gian ký: 12.03.2024 16:53", "Cơ quan: …",
# "Email: …" (folded).
SIGNATURE_STAMP = regex.compile(r"^\W*(?:ky boi|thoi gian ky|co quan|email|ngay ky)\s*:")


def find_signer(lines: list[Line], start: int, look_back: bool = True,
                list_end: int | None = None) -> tuple[dict, Found | None]:
    """Signer authority, own title and name, from the block after the body (or after Nơi nhận). With `list_end` (the
    authority above the 'Nơi nhận' label, the list's last line at list_end) the block is the label and the entries,
    the title beside them, and at most the name on the first two lines under the list: not whatever follows it (an
    annex's title "… CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH" is no signer's title)."""
    auth = name = None
    found = None
    titles: list[str] = []
    region = [ln for ln in lines[start:] if _cell(ln.text)]
    if list_end is not None:
        # (a signature stamp's lines between the list and the name do not count: "Ký bởi: …", "Thời gian ký: …")
        under = [ln for ln in region if ln.index > list_end and not SIGNATURE_STAMP.match(fold(_cell(ln.text)))][:2]
        region = [ln for ln in region if ln.index <= list_end] + under
    for ln in region:
        t = _cell(ln.text)
        if list_end is not None and ln.index > list_end:
            if (p := _person(t)) and p == t.strip("*—–-_ ") and not name and (auth or titles):  # ("——Mai Xuân Thanh")
                name, found = p, Found(p, ln.text, ln.start + ln.text.find(p.split()[0]), ln.end)
                break
            continue  # under the list only the name
        m = AUTHORITY_RE.match(t)
        if m and (is_caps(m.group("rest")[:20]) or _title_like(m.group("rest"))):
            a = m.group("auth") or m.group("auth2")
            auth = {"T/M": "TM.", "T.M": "TM.", "K/T": "KT.", "T/L": "TL."}.get(a, a + ".")
            rest = m.group("rest")
            name_m = NAME_RE.search(rest)
            person = _person(rest) if name_m else None
            if person:
                rest = rest[: rest.rfind(person.split()[0])].strip()
                name, found = person, Found(person, ln.text, ln.start, ln.end)
            titles = [rest]
            continue
        if auth is None and not titles:
            m2 = NAME_RE.search(t)
            head = t[: m2.start()].strip() if m2 else ""
            # "TRƯỞNG BAN PHÓ THỦ TƯỚNG Nguyễn Thiện Nhân": two titles on the line before the name (252/KH-BCĐQG1237)
            if m2 and head and is_caps(head) and (fold(head) in TITLE_FORMS or only_titles(head)) \
                    and _person(m2.group("name")):
                titles, name = [head], _person(m2.group("name"))
                found = Found(name, ln.text, ln.start + ln.text.find(name), ln.end)
                break
            if not (is_caps(t) and fold(t).strip(" ,.;:-") in TITLE_FORMS):  # (a speck before it: ",CỤC TRƯỞNG")
                continue
        if (is_caps(t) or (titles and _title_line(t))) and not name:
            titles.append(t)  # (OCR may break a title's case and letters: "PHÓ cụ c TRƯỞNG")
            continue
        p = _person(t)
        if p and not name and (auth or titles):
            name, found = p, Found(p, ln.text, ln.start + ln.text.find(p.split()[0]), ln.end)
            break
    if not name:
        # The title was lost (a seal over it, faint ink): a name alone on its line closing the document.
        for ln in reversed(region[-12:]):
            t = _cell(ln.text)
            p = _person(t)
            if p and p == t and len(p.split()) <= 5:
                name, found = p, Found(p, ln.text, ln.start, ln.end)
                break
    if not name and auth is None and look_back:
        # A decision with no "Nơi nhận" whose signature stands before a long attached regulation ("TM. UỶ BAN NHÂN DÂN
        # TỈNH CHỦ TỊCH Phạm Thế Dũng", then "QUY ĐỊNH …" and its articles, 31/2011/QĐ-UBND): the last authority line
        # before the block looked at.
        for ln in reversed(lines[max(0, start - 400):start]):
            am = AUTHORITY_RE.match(_cell(ln.text))
            if am and is_caps(am.group("rest")[:20]):
                alt, alt_found = find_signer(lines[:start], ln.index, look_back=False)
                if alt["name"]:
                    return alt, alt_found
                break
    own = _own_title(titles)
    if auth == "KT." and own and not _DEPUTY.match(fold(own)):
        # who signs for ("ký thay") a head is a deputy: a head's title read under "KT." is the head's own — unless the
        # line opens on a garbled "Phó" ("KT. TỔNG CỤC TRƯỞNG" / "PHO-FANG CỤC TRƯỞNG"): "Phó" + the head's title
        head = _own_title_exact(titles[:1])
        deputy = head and any(regex.match(r"ph[oa]\b", fold(t)) for t in titles[1:]) and "Phó " + head
        own = deputy if deputy in TITLE_FORMS.values() else None
    if auth in {"KT.", "TL.", "TUQ."} and _title_count(titles[0]) == 1 and not any(_title_line(t) or _title_count(t) for t in titles[1:]):
        own = None  # "KT. TỔNG CỤC TRƯỞNG", "TL. BỘ TRƯỞNG" alone: the head's title; the signer's own line was lost
    return {"authority": auth, "title": own, "name": name}, found


# A deputy's title (Decree 30: the one who signs "KT." for a head): "Phó …", "Thứ trưởng".
_DEPUTY = regex.compile(r"pho\b|thu truong\b")


def _title_count(text: str) -> int:
    """How many titles a line holds one after another ('BỘ TRƯỞNG THỨ TRƯỞNG' two; 'TỔNG CỤC TRƯỞNG' one)."""
    f, n = fold(text), 0
    while True:
        # the leftmost title, the longest one there ("tong cuc truong" before "cuc truong")
        hits = [(m.start(), -(m.end() - m.start()), m.end()) for k in TITLE_FORMS
                if (m := regex.search(r"(?<![\w])" + regex.escape(k) + r"(?![\w])", f))]
        if not hits:
            return n
        n += 1
        f = f[min(hits)[2]:]


def only_titles(head: str) -> bool:
    """'TRƯỞNG BAN PHÓ THỦ TƯỚNG': the words are known titles one after the other, nothing else."""
    rest = fold(head)
    while rest:
        key = max((k for k in TITLE_FORMS if rest == k or rest.startswith(k + " ")), key=len, default=None)
        if key is None:
            return False
        rest = rest[len(key):].strip()
    return True


def _own_title(titles: list[str]) -> str | None:
    if not titles:
        return None
    # The signer's own title is the last known title in the block ("KT. BỘ TRƯỞNG THỨ TRƯỞNG" → Thứ trưởng); the last
    # line's letters alone when OCR split a word ("PHÓ cụ c TRƯỞNG")
    from rapidfuzz import fuzz, process

    letters = regex.sub(r"[^a-z]", "", fold(titles[-1]))
    hit = process.extractOne(letters, {v: k.replace(" ", "") for k, v in TITLE_FORMS.items()}, scorer=fuzz.ratio,
                             score_cutoff=85) if len(titles) > 1 and len(letters) >= 6 else None
    if hit and not _own_title_exact([titles[-1]]):
        return hit[2]
    return _own_title_exact(titles)


def _own_title_exact(titles: list[str]) -> str | None:
    text = " ".join(titles)
    f = fold(text)
    best = None
    for key, form in TITLE_FORMS.items():
        for m in regex.finditer(r"(?<![\w])" + regex.escape(key) + r"(?![\w])", f):
            if best is None or m.end() > best[0] or (m.end() == best[0] and len(key) > best[1]):
                best = (m.end(), len(key), form)
    return best[2] if best else None
