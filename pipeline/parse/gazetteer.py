"""Agency gazetteer, kept as data (pipeline/data/agencies.tsv, provinces.txt).

Turns header capitals into names in normal capitalisation, expands abbreviations, and infers the issuer
from a symbol's issuer code ("BYT" → "Bộ Y tế"; "UBND" + place "Quảng Ngãi" → "Ủy ban nhân dân tỉnh
Quảng Ngãi") when the header is unreadable.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

from pipeline.textnorm import fold, normalize

CITIES = {"hà nội", "hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế"}
# Words that begin an agency name in a header or a task ("SỞ Y TẾ", "Công an tỉnh").
AGENCY_HEADS = [
    "ủy ban nhân dân", "ủy ban", "ubnd", "hội đồng nhân dân", "hđnd", "bộ", "sở", "cục", "tổng cục", "vụ",
    "ban", "văn phòng", "thủ tướng", "chính phủ", "phòng", "chi cục", "trung tâm", "viện", "học viện",
    "trường", "bệnh viện", "công an", "thuế", "kho bạc", "bảo hiểm xã hội", "ngân hàng", "chi nhánh", "tòa án", "viện kiểm sát",
    "thanh tra", "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "đoàn", "hội", "liên đoàn", "mặt trận",
    "quốc hội", "chủ tịch", "đài", "báo", "tổng công ty", "công ty", "bộ chỉ huy", "bộ tư lệnh", "quân khu",
    "cơ quan", "kiểm toán", "đại học", "ủy ban mặt trận", "liên minh", "tập đoàn", "ban chấp hành", "bộ chính trị",
    "ban bí thư", "đảng cộng sản", "thông tấn xã", "đài truyền hình", "đài tiếng nói", "bộ đội", "bộ chỉ huy quân sự",
    # units below a department, and bodies of their own ("Trạm Y tế các xã, phường", "Đồn Biên phòng …", "Hạt Kiểm
    # lâm …"); only heads that open no common noun phrase ("đội ngũ", "hạt giống", "quỹ đất" are none)
    "trạm", "đồn", "công đoàn", "cảng vụ", "hạt kiểm lâm", "đội quản lý thị trường", "nhà xuất bản", "bảo tàng",
    # Party bodies a Party plan hands work to ("Đảng đoàn Hội đồng nhân dân huyện, Ban cán sự đảng Ủy ban nhân dân huyện
    # lãnh đạo …", "Các chi bộ, đảng bộ cơ sở đưa …", "Quận ủy", "Thị ủy")
    "đảng đoàn", "chi bộ", "đảng bộ", "quận ủy", "thị ủy", "ban cán sự đảng", "quân ủy",
    "bưu điện",  # "Bưu điện huyện", "Bưu điện thành phố" (a coordinator of one-stop and identity work)
    "cổng thông tin điện tử",  # "Cổng Thông tin điện tử tỉnh" beside the province's paper and broadcaster in plans
    "viễn thông", "viettel", "vnpt",  # the telecoms' provincial units ("Viễn thông Lâm Đồng", "Viettel Lâm Đồng")
]
_HEADS_FOLD = sorted({fold(h) for h in AGENCY_HEADS}, key=len, reverse=True)
_HEAD_WORDS = {h.split()[0] for h in _HEADS_FOLD}
ADMIN_UNITS = ["thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu", "tp."]
_UNIT_OPENS = regex.compile(r"(?:" + "|".join(regex.escape(u) for u in ADMIN_UNITS) + r")\s")  # "thị xã sơn tây"
ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "TP.": "thành phố", "TP": "thành phố",
    "MTTQ": "Mặt trận Tổ quốc", "TW": "Trung ương", "TƯ": "Trung ương", "LHPN": "Liên hiệp Phụ nữ",
    # a mass organisation's or the Party's committee ("BCH ĐOÀN TỈNH PHÚ THỌ"); before "quân sự", "phòng chống …"
    # the same letters are a command ("BCH Quân sự tỉnh": Ban Chỉ huy)
    "BCH": "Ban Chấp hành",
}
BCH_COMMAND = "Ban Chỉ huy"
_COMMAND_AFTER = regex.compile(r"\s+(?i:quân sự|phòng|pc|pctt|tìm kiếm|công trình|biên phòng)")


@dataclass
class Agency:
    code: str
    name: str
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def agencies() -> list[Agency]:
    out = []
    text = resources.files("pipeline.data").joinpath("agencies.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = (line.split("\t") + ["", "", ""])[:4]
        out.append(Agency(parts[0], normalize(parts[1]), normalize(parts[2]) or None,
                          [normalize(a) for a in parts[3].split("|") if a]))
    return out


@lru_cache(maxsize=1)
def _by_fold() -> dict[str, Agency]:
    table = {}
    for a in agencies():
        for key in [a.name, *a.aliases]:
            table.setdefault(fold(key), a)
    return table


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Agency]:
    table: dict[str, Agency] = {}
    for a in agencies():
        table.setdefault(a.code.upper(), a)
        for alias in a.aliases:
            if regex.fullmatch(r"[\p{Lu}Đ&]+", alias):
                table.setdefault(alias.upper(), a)
    return table


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """fold(name) → current name (the 2025 merged unit for a former province)."""
    out = {}
    text = resources.files("pipeline.data").joinpath("provinces.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        old, _, new = line.partition("\t")
        out[fold(old)] = normalize(old)
    return out


def province_name(place: str | None) -> str | None:
    if not place:
        return None
    return provinces().get(fold(place))


def admin_unit(place: str) -> str:
    return "thành phố" if fold(place) in {fold(c) for c in CITIES} else "tỉnh"


_HEADS_LOWER = sorted({normalize(h).lower() for h in AGENCY_HEADS}, key=len, reverse=True)


# Heads read without marks in header capitals ("CUC THUE TP HA NOI", "BO TÀI CHÍNH"): the multi-word ones, and the
# one-word heads of a header's agency names.
_HEADS_FOLD_MULTI = [h for h in _HEADS_FOLD if len(h.split()) >= 2] + ["bo", "so", "cuc", "vu", "thue"]


# A one-word head and the word after it making a common word, no agency: "BAN HÀNH KÈM THEO …" (a title's line),
# "Hội nghị tổng kết", "Bộ luật Lao động", "Vụ việc", "Sở hữu trí tuệ", "Cục bộ".
NOT_AGENCY = ("ban hành", "ban đầu", "vụ việc", "vụ án", "hội nghị", "hội thảo", "hội thi", "hội diễn", "hội chợ",
              "hội họp", "sở hữu", "cục bộ", "bộ luật", "bộ máy", "bộ tiêu chí", "bộ thủ tục", "bộ hồ sơ", "bộ chỉ số",
              "bộ câu hỏi", "bộ quy tắc", "bộ dữ liệu", "bộ mặt")


NOT_AGENCY_RE = regex.compile(r"(?:" + "|".join(NOT_AGENCY) + r")(?!\p{L})")


@lru_cache(maxsize=4096)  # (a line is asked again by several readers)
def starts_agency(text: str, loose: bool = False) -> bool:
    """Diacritics matter here: 'Bố trí' is not 'Bộ'. loose (header capitals OCR read without some marks, "TONG
    CỤC THUÊ"): a head of two words or more, or a ministry / department / tax office head, may match without
    diacritics."""
    # (only a name's first words are read: a sentence's first twenty, normalised, decide as the whole would)
    f = " ".join(expand(normalize(" ".join(text.split()[:20]))).lower().lstrip("-+•* ").split())
    if NOT_AGENCY_RE.match(f):
        return False
    if any(f == h or f.startswith((h + " ", h + ":", h + ",")) for h in _HEADS_LOWER):
        return True
    if loose:
        g = fold(f)
        letters = [c for c in text if c.isalpha()]
        caps = bool(letters) and sum(c.isupper() for c in letters) >= 0.85 * len(letters)
        return any(g == h or g.startswith(h + " ") for h in _HEADS_FOLD_MULTI if caps or len(h.split()) >= 2)
    return False


def expand(text: str) -> str:
    def rep(m: regex.Match) -> str:
        key = m.group(0).upper()
        if key == "BCH" and _COMMAND_AFTER.match(text, m.end()):
            return BCH_COMMAND
        return ABBREVIATIONS.get(key, m.group(0))
    return regex.sub(r"(?<!\p{L})(?:UBND|HĐND|MTTQ|LHPN|BCH|TP\.?)(?!\p{L})", rep, text)


def _title_words(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in words.split())


def agency_case(name: str) -> str:
    """'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI' → 'Ủy ban nhân dân tỉnh Quảng Ngãi'; 'SỞ Y TẾ' → 'Sở Y tế'."""
    name = " ".join(expand(normalize(name)).split()).strip(" ,;:.-*")
    if not name:
        return name
    known = _by_fold().get(fold(name)) or _near(name)
    if known:
        return known.name
    # A Party body inside an agency ("BAN CÁN SỰ ĐẢNG UBND TỈNH", "ĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH"): its kind in
    # lower case, the agency named as it is ("Ban cán sự đảng Ủy ban nhân dân tỉnh", "Đảng đoàn Quốc hội")
    if (party_body := regex.match(r"(?i)(ban cán sự đảng|đảng đoàn)\s+", name)) and starts_agency(name[party_body.end():]):
        return f"{party_body.group(1).lower().capitalize()} {agency_case(name[party_body.end():])}"
    # A known name with OCR specks after it, what is left of the motto beside it ("TONG CỤC THUÊ Ồ AM"): one or two
    # tokens of one or two letters that abbreviate no place ("TP", "Q") — "Y TẾ" is two letters and a name's part.
    # … or after a slash or a bar OCR read beside it ("BO TAL CHÍNH /Ihp S"): a name has no " /" in it
    cut = regex.match(r"^(.{6,}?)\s+[/|\\]", name)
    if cut and (a := _by_fold().get(fold(cut.group(1))) or _near(cut.group(1))):
        return a.name
    words = name.split()
    for k in (1, 2):
        tail = [regex.sub(r"[^\p{L}]", "", w) for w in words[-k:]]
        if len(words) > k + 1 and all(len(w) <= 2 and fold(w) not in {"tp", "tx", "q", "p", "y", "te", "hn"} for w in tail) \
                and (a := _by_fold().get(fold(" ".join(words[:-k])))):
            return a.name
    low = name.lower()
    # A Party committee or a Youth Union's named by its level ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy";
    # "Tỉnh đoàn" … opening the name) is no unit before a proper name "Ủy": the level's word opens the committee's name
    # ("HUYỆN ỦY NAM ĐÀN" → "Huyện ủy Nam Đàn", "TỈNH ĐOÀN PHÚ THỌ" → "Tỉnh đoàn Phú Thọ", "BAN THƯỜNG VỤ TỈNH ỦY" → "Ban
    # Thường vụ Tỉnh ủy"); the place after it is a province's name, or a unit's word and its name, written as after
    # "Ủy ban nhân dân" ("THỊ ỦY THỊ XÃ SƠN TÂY" → "Thị ủy thị xã Sơn Tây").
    party = regex.match(r"(tỉnh|thành|huyện|quận|thị)\s+(ủy|đoàn)(?=\s+\p{L})", low) \
        or regex.search(r"(?:^|\s)(tỉnh|thành|huyện|quận|thị)\s+(ủy|uỷ)(?=\s|$)", low)
    if party:
        head, rest = low[: party.start()].strip(), low[party.end():].strip()
        if _UNIT_OPENS.match(rest):
            place = agency_case(rest)
            place = place[:1].lower() + place[1:]
        else:
            place = province_name(rest) or _title_words(rest) if rest else ""
        committee = f"{party.group(1).capitalize()} {party.group(2)}"
        return " ".join(x for x in (agency_case(head) if head else "", committee, place) if x)
    # Proper name after an administrative unit: "… tỉnh quảng ngãi" → "… tỉnh Quảng Ngãi".
    # (found on the folded text too: "CUC THUE TINH HOA BINH", OCR'd capitals without marks)
    # ("xã hội", society, is no commune: "BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG" → "… xã hội tỉnh Bình Dương")
    m = regex.search(r"\b(" + "|".join(regex.escape(u) for u in ADMIN_UNITS) + r")\s+(?!h[ộô]i(?:$|\s+(?:tỉnh|thành phố|tp|quận|huyện|thị xã|việt nam)\b))(.+)$", low)
    if not m and len(folded := fold(low)) == len(low):
        m = regex.search(r"\b(" + "|".join(regex.escape(fold(u)) for u in ADMIN_UNITS if fold(u) != "xa")
                         + r")\s+(.+)$", folded)
        if m and not province_name(m.group(2)):
            m = None  # only a province's name makes an unmarked unit word sure
    # a known agency and a province's name with no unit word between ("CỤC THUẾ NGHỆ AN", "CỤC HẢI QUAN HÀ NỘI",
    # whose "quan" is no "quận"): the name capitalised
    words = low.split()
    for k in range(len(words) - 1, 0, -1):
        if (known_head := _by_fold().get(fold(" ".join(words[:k])))) and province_name(" ".join(words[k:])):
            return f"{known_head.name} {province_name(' '.join(words[k:]))}"
    if m:
        unit = next(u for u in ADMIN_UNITS if fold(u) == fold(m.group(1)))
        name = low[m.start(2):]
        head, tail = low[: m.start()], f"{unit} {province_name(name) or _title_words(name)}"
    else:
        head, tail = low, ""
    # A known agency's name before the unit, its marks lost in OCR'd capitals ("CỤC THUE TP HAI PHONG"): as the
    # gazetteer writes it.
    if m and (known_head := _by_fold().get(fold(head))):
        head = known_head.name.lower()
    head_f = fold(head)
    for h in _HEADS_FOLD:
        if head_f.startswith(h + " ") and h in {"bo", "so", "cuc", "tong cuc", "vu", "ban", "van phong", "chi cuc",
                                                 "trung tam", "vien", "hoc vien", "phong", "thanh tra", "bao hiem xa hoi"}:
            n = len(h.split())
            words = head.split()
            rest = " ".join(words[n:])
            # Field names: capital at the start and after ", ", " và ", " - ".
            rest = regex.sub(r"(^|, |\bvà |- )(\p{Ll})", lambda x: x.group(1) + x.group(2).upper(), rest)
            head = " ".join(words[:n]) + (" " + rest if rest else "")
            break
    out = (head.strip() + " " + tail).strip()
    # a region's roman number ("khu vực iv" → "khu vực IV")
    out = regex.sub(r"(?<=\b(?:khu vực|vùng) )[ivx]{1,4}\b", lambda x: x.group(0).upper(), out)
    out = regex.sub(r"\b(việt nam|chính phủ|quốc hội|trung ương)\b", lambda x: {
        "việt nam": "Việt Nam", "chính phủ": "Chính phủ", "quốc hội": "Quốc hội", "trung ương": "Trung ương"}[x.group(1)], out)
    return out[:1].upper() + out[1:]


def from_code(code: str, place: str | None = None) -> tuple[str | None, str | None]:
    """Issuer and its parent from an issuer code of a symbol ("UBTVQH13": the term number is dropped)."""
    a = _by_code().get(code.upper()) or _by_code().get(regex.sub(r"\d+$", "", code).upper())
    if a is None:
        return None, None
    if a.code in {"UBND", "HĐND"}:
        prov = province_name(place)
        if prov:
            return f"{a.name} {admin_unit(prov)} {prov}", None
        return None, None
    return a.name, a.parent


def _near(name: str) -> Agency | None:
    """A gazetteer name OCR misread by a letter or two ("Bộ Lao động - Thương bi và xã Hội")."""
    from rapidfuzz import fuzz, process

    key = fold(expand(normalize(name)))
    if len(key) < 10:
        return None
    hit = process.extractOne(key, list(_by_fold()), scorer=fuzz.ratio, score_cutoff=90)
    if hit and key.split()[0] != hit[0].split()[0] and key.split()[0] in _HEAD_WORDS:
        return None  # another kind of body with the same field ("Phòng Tài nguyên và Môi trường" is no "Bộ …")
    return _by_fold()[hit[0]] if hit else None


@lru_cache(maxsize=4096)
def known(name: str) -> bool:
    return fold(expand(normalize(name))) in _by_fold()


def parent_of(name: str) -> str | None:
    a = _by_fold().get(fold(name))
    return a.parent if a else None


def canonical(name: str) -> str:
    """The gazetteer's name for an agency mention, or the mention in normal capitalisation."""
    return agency_case(name)


# --- symbols of the document's own number line -------------------------------------------------------
# The Quốc hội's term (khóa) is part of its codes ("QH13", "UBTVQH13"): the first session of each term.
# XVI's first session is the planned date.
_TERMS = [(dt.date(1992, 9, 19), 9), (dt.date(1997, 9, 20), 10), (dt.date(2002, 7, 19), 11),
          (dt.date(2007, 7, 31), 12), (dt.date(2011, 7, 21), 13), (dt.date(2016, 7, 20), 14),
          (dt.date(2021, 7, 20), 15), (dt.date(2026, 4, 6), 16)]
TERMED = {"QH", "UBTVQH"}


def terms_of(day: dt.date) -> set[int]:
    """The Quốc hội terms a document of this date may carry (both near a change of term)."""
    out = set()
    for d in (day - dt.timedelta(days=120), day, day + dt.timedelta(days=30)):
        past = [t for start, t in _TERMS if start <= d]
        if past:
            out.add(past[-1])
    return out


def issuer_of(header: str) -> Agency | None:
    """The gazetteer agency named by header capitals ("BỘ LAO ĐỘNG - THƯƠNG BI VÀ XÃ HỘI"), longest
    known prefix of the name ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" → Ủy ban nhân dân)."""
    name = " ".join(expand(normalize(header)).split()).strip(" ,;:.-*")
    words = name.split()
    for n in range(len(words), 1, -1):
        part = " ".join(words[:n])
        a = _by_fold().get(fold(part)) or (_near(part) if n == len(words) else None)
        if a:
            return a
    return None


def symbol_codes(a: Agency) -> list[str]:
    """The codes an agency writes in symbols: its code and its capital aliases ("BLĐTBXH", "LĐTBXH")."""
    return [a.code] + [x for x in a.aliases if regex.fullmatch(r"[\p{Lu}Đ&]+", x) and x != a.code]


_TERM_CODE = regex.compile(r"^(\p{Lu}+?)(\d{1,2})$")


def _part_ok(part: str, units: set[str], issued: dt.date | None, first: bool) -> bool:
    """A known part of a symbol: the type abbreviation only first, a drafting unit or issuer code after it."""
    from pipeline.parse.grammar import TYPE_ABBREV

    m = _TERM_CODE.match(part)
    if m and m.group(1) in TERMED:
        return issued is None or int(m.group(2)) in terms_of(issued)
    return (first and part in TYPE_ABBREV) or part in units or part.upper() in _by_code()


def repair_symbol(symbol: str, header: str, units: list[str], issued: dt.date | None) -> str:
    """A symbol OCR damaged ("NQ-UBTVQH3", "LĐTBXHTIE", "VPCF&,VX") rebuilt from what the document says
    elsewhere: its type abbreviation, the issuer named in the header (with the Quốc hội term of the
    issue date) and the drafting unit of "Lưu: VT, TE". A symbol whose parts are all known stays."""
    from rapidfuzz.distance import Levenshtein

    from pipeline.parse.grammar import TYPE_ABBREV

    year, rest = regex.match(r"^(\d{4}/)?(.*)$", symbol).groups()
    parts = [p for p in regex.split(r"[-/]", rest) if p]
    if parts and all(_part_ok(p, set(units), issued, i == 0) for i, p in enumerate(parts)):
        return symbol
    agency = issuer_of(header)
    if agency is None:
        return symbol
    codes = symbol_codes(agency)
    if agency.code in TERMED and issued:
        codes = [c + str(t) for c in codes for t in sorted(terms_of(issued))]
    types = [parts[0]] if parts and parts[0] in TYPE_ABBREV else [None]
    key = regex.sub(r"[^\p{L}\d]", "", rest)
    best, best_sim = None, 0.6
    for t in types:
        for c in codes:
            for u in [*units, None]:
                cand = "-".join(x for x in (t, c, u) if x)
                ckey = regex.sub(r"[^\p{L}\d]", "", cand)
                sim = Levenshtein.normalized_similarity(key, ckey)
                if sim > best_sim and key[:2] == ckey[:2] and len(ckey) >= len(key) - 1:  # OCR drops more than it adds
                    best, best_sim = cand, sim
    return (year or "") + best if best else symbol
