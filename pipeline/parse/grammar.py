"""Named building blocks for the grammar of Vietnamese official documents (Decree 30/2020/NĐ-CP).

Each block is a commented regex fragment; tests/test_grammar.py holds a table of real examples for each.
All patterns expect text that went through :func:`pipeline.textnorm.normalize`.
"""
from __future__ import annotations

import datetime as dt

import regex

from pipeline.textnorm import fold

# --- letters ---------------------------------------------------------------------------------------
# A capital-letter word of an issuer/symbol code: "BYT", "LĐTBXH", "QĐ", "UBND", "TTg", "CP"; an "&" may join two
# unit abbreviations inside one word: "CTTN&BĐG" (Vụ Công tác thanh niên và Bình đẳng giới).
_CAPS_WORD = r"[\p{Lu}Đ][\p{Lu}\p{Ll}Đđ]*"
# A unit may carry a numbered branch after a dot: "CCTKV.05" (Chi cục Thuế khu vực V) in "4814/CCTKV.05-TTKT3", or a
# roman one: "545/CCTKV.VIII-CNTK" (capitals right after the dot: "…/UBND-VX. Sau đó" ends the code at the dot); a
# roman part goes on to the code's next part or ends it, else it is a glued heading or 'V/v' ("45/UBND-VX.II. Nhiệm vụ").
CODE_WORD = _CAPS_WORD + r"(?:&" + _CAPS_WORD + r")?\d*(?:\.(?:\d{1,3}(?![\d/])|[IVX]{1,4}(?=\s*-\s*\p{Lu}|(?![\p{L}\d./]))))?"

# --- open ends ------------------------------------------------------------------------------------
# Words a name or a title line cannot end on: the phrase goes on in the next line ("… thành phố trực thuộc" / "Trung
# ương", "… NGƯỜI CÓ CÔNG VỚI CÁCH MẠNG TRÊN" / "ĐỊA BÀN TỈNH TUYÊN QUANG" — OCR and narrow columns wrap anywhere).
OPEN_WORDS = ("của", "về", "và", "cho", "tại", "với", "các", "trong", "theo", "trên", "thuộc", "giữa", "từ", "đến",
              "do", "bởi", "hoặc")
OPEN_END = regex.compile(r"(?i)(?<!\p{L})(?:" + "|".join(OPEN_WORDS) + r")$")

# --- number and symbol (Số và ký hiệu) -----------------------------------------------------------
# Number: digits, OCR may put spaces around: "65 /KH-UBND", "1471 /UBND-VX".
# (the dotted numbers of a series carry their year: "66.4/2025/NQ-CP"; "Số: 66.2/QD-BTC" is a speck in 662 — unread)
NUMBER = r"(?P<number>\d{1,6}(?:\.\d{1,3}(?=\s*/\s*\d{4}\s*/))?)"  # "66.4/2025/NQ-CP"
# Symbol: groups of capitals (and the year for normative documents) joined by "/" or "-":
#   "BYT-BMTE", "2025/TT-BTP", "QĐ-TTg", "TTLT-BLĐTBXH-BTC-BYT", "LĐTBXH-TE", "CV-BSGBTr".
# A word splitter may cut a symbol at an issuer code with a term number: "406/NQ UBTVQH15".
SYMBOL = (r"(?P<symbol>(?:\d{4}\s*/\s*)?" + CODE_WORD + r"(?:\s*[-/]\s*" + CODE_WORD + r"|\s(?=\p{Lu}{2,}-)" + CODE_WORD
          + r"|\s(?=\p{Lu}{2,}\d{1,2}(?![\d/]))" + CODE_WORD + r"){0,5})")
# State style: "1481/BYT-BMTE", "24/2025/TT-BTP". Party style: "28-CT/TW", "14-CT/TW", "05-NQ/TW".
STATE_CODE = NUMBER + r"\s*/\s*" + SYMBOL
# The Party's type abbreviations ("QĐi": quy định) and its issuers' codes, in the order PARTY_CODE tries them.
PARTY_TYPES = ("CT", "NQ", "KL", "QĐ", "HD", "TB", "QĐi", "KH", "BC", "TTr", "CV", "TT", "QC", "CTr", "ĐA", "GM")
PARTY_ISSUERS = ("TW", "TƯ", "TU", "HU", "ĐU", "ĐUK", "BCSĐ", "BCS", "BBT", "BCT", "VPTW", "BTGTW", "BTCTW", "UBKTTW")
PARTY_CODE = (NUMBER + r"\s*[- ]\s*(?P<symbol>(?:" + "|".join(PARTY_TYPES) + r")\s*/\s*(?:(?:"
              # a listed issuer only whole, longest first ("ĐUK" is no "ĐU", "TUBDV" no "TU": the word below reads it)
              + "|".join(sorted(PARTY_ISSUERS, key=len, reverse=True)) + r")(?!\p{Lu})"
              + r"|BCĐ\s?TW|[\p{Lu}]{2,8})(?:-[\p{Lu}]{2,8}(?![\p{L}/]))?)")  # "BCĐ TW": a word split in two
# (a Youth Union's unit after its committee: "152-CV/TĐTN-VP", "36-KH/TĐTN-TNTH")
CODE = r"(?:" + PARTY_CODE.replace("(?P<number>", "(?P<pnumber>").replace("(?P<symbol>", "(?P<psymbol>") + r"|" + STATE_CODE + r")"

# "Số: 65 /KH-UBND", "Số 28-CT/TW", "Số:14&1/BYT-BMTE" (digits repaired by cleanup).
SO_LINE = regex.compile(r"(?m)^\W{0,3}(?:S[ốoóồ]|SỐ|SO)\s*[:.]?\s*" + CODE)  # capital S: "số 120/…" wrapped mid-sentence is not a header
# OCR lost the slash of the number line: "Số: 217 CĐ-TTg", "Số: 65 | KH-UBND" (a dash in the symbol is required).
SO_LINE_LOOSE = regex.compile(
    r"(?m)^\W{0,3}(?:S[ốoóồ]|SỐ|SO)\s*[:.]?\s*(?P<number>\d{1,6})\s*[|\\lI!]?\s*(?P<symbol>" + CODE_WORD
    + r"(?:\s*-\s*" + CODE_WORD + r"){1,4})(?![\p{L}\d/])"
)
# "… SỐ: 1481/BYT-BMTE" after other text on the line (OCR joined it to the issuer line).
SO_INLINE = regex.compile(r"\b(?:Số|SỐ)\s*:\s*" + CODE)
# The National Assembly's and its Standing Committee's acts name their type before the label: "Nghị quyết số:
# 89/2025/UBTVQH15", "Luật số: 84/2025/QH15" (Công báo text of 89/2025/UBTVQH15), alone on the line.
TYPED_SO_LINE = regex.compile(r"(?m)^\W{0,3}(?:Luật|Nghị quyết|Pháp lệnh|Nghị định|Quyết định|Lệnh)\s+số\s*:\s*" + CODE
                              + r"\s*$")


def number_line(text: str) -> regex.Match | None:
    """The document's own number and symbol on a header line, strict forms only."""
    return SO_LINE.search(text) or SO_INLINE.search(text) or TYPED_SO_LINE.search(text)


def canonical_code(number: str, symbol: str, party: bool = False) -> tuple[str, str, str]:
    """('65', 'KH - UBND') → ('65', 'KH-UBND', '65/KH-UBND'); Party style keeps its dash."""
    symbol = regex.sub(r"\s*([-/])\s*", r"\1", symbol.strip())
    symbol = regex.sub(r"\s+", "", symbol)  # "LĐT BXH-TE" → "LĐTBXH-TE"
    symbol = _split_type_from_issuer(symbol)
    if "ĐĐ" in symbol:
        symbol = _single_dd(symbol)
    # OCR drops the bar of Đ in a type abbreviation: "87/2017/ND-CP" → "NĐ-CP", "QD-BTC" → "QĐ-BTC".
    symbol = regex.sub(r"^((?:\d{4}/)?)(N|Q)D(?=-)", lambda m: m.group(1) + m.group(2) + "Đ", symbol)
    number = number.strip()
    return number, symbol, f"{number}-{symbol}" if party else f"{number}/{symbol}"


def _single_dd(symbol: str) -> str:
    """A "Đ" OCR read twice or more in a symbol's part ("23/QĐĐ-TTg", "6925/LĐĐTBXH-CS", even on a clean scan): the part
    with one "Đ" when that is a type abbreviation or a known issuer's code and the part as read is neither."""
    from pipeline.parse import gazetteer

    def known(part: str) -> bool:
        return part in TYPE_ABBREV or part.upper() in gazetteer._by_code()

    def mend(m: regex.Match) -> str:
        part = m.group(0)
        single = regex.sub("Đ{2,}", "Đ", part)
        return single if "ĐĐ" in part and not known(part) and known(single) else part

    return regex.sub(r"[^-/]+", mend, symbol)


def _split_type_from_issuer(symbol: str) -> str:
    """"NQUBTVQH15" (the dash lost) → "NQ-UBTVQH15": a type abbreviation glued to a known issuer code."""
    from pipeline.parse import gazetteer

    m = regex.match(r"^((?:\d{4}/)?)([A-ZĐ][A-Za-zĐđ]?)([A-ZĐ]{2,}\d{0,2})(?=$|[-/])", symbol)
    issuer = regex.sub(r"\d+$", "", m.group(3)) if m else ""
    # at least three letters of issuer code: "TTCP" (Thanh tra Chính phủ) is no "TT" + "CP"
    if m and m.group(2) in TYPE_ABBREV and len(issuer) >= 3 and issuer in gazetteer._by_code():
        return m.group(1) + m.group(2) + "-" + m.group(3) + symbol[m.end():]
    return symbol


def match_code(m: regex.Match) -> tuple[str, str, str]:
    if m.group("pnumber"):
        return canonical_code(m.group("pnumber"), m.group("psymbol"), party=True)
    return canonical_code(m.group("number"), m.group("symbol"))


# --- dates -------------------------------------------------------------------------------------
# "ngày 14 tháng 3 năm 2025", "ngày 26 tháng 0 6 năm 2018" (OCR split digits), "14/3/2025", "14-3-2025".
# OCR'd text may lose or change the marks of the words ("ngày 08 thang 01 năm 2021"); the digits decide.
_A = "[aàáảãạăằắẳẵặâầấẩẫậ]"
# (OCR may read "ngày" as "ngài" and set a colon after it: "Thành pho Hỗ Chi Minh, ngài: 19 tháng 7 nam 2021")
# (a speck after "ngày": "Hà Nội, ngày) 3 tháng 9 năm 2020")
# The month may be written in words ("ngày 03 tháng Tám năm 2023", "tháng Giêng").
MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
               "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_MONTH_WORD = r"(?i:" + "|".join(w.replace(" ", r"\s+") for w in sorted(MONTH_WORDS, key=len, reverse=True)) + r")(?!\p{L})"
DATE_WORDS = (rf"(?i:ng{_A}(?:[yỳýỷỹỵ]|i(?=\s*:)))\s*[:)]?\s*(?P<d>\d(?:\s?\d)?)\s+(?i:th(?:{_A}|i)ng)\s+(?P<m>\d(?:\s?\d)?|{_MONTH_WORD})\s+(?i:n{_A}m)"
              r"\s+(?P<y>\d{4})")
DATE_NUM = r"(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>\d{4})"
NGAY = rf"(?i:ng{_A}[yỳýỷỹỵ])"  # "ngày", its marks as OCR may leave them ("ngay", "ngáy")
NAM = rf"(?i:n{_A}m)"  # "năm" ("nam")
DATE = r"(?:" + DATE_WORDS + r"|(?:" + NGAY + r"\s+)?" + DATE_NUM + r")"
DATE_RE = regex.compile(DATE, regex.I)


# --- The subject label "V/v" (về việc) of a dispatch, as printed and as OCR reads it: each form a named pattern, tried
# in this order, its one group the subject that follows (empty when the subject begins on the next line). A misread
# form must be followed by a lower-case word, so that "VỀ …" titles and names are not taken for it.
VV_FORMS = (
    regex.compile(r"(?<!\p{L})V\s*[/.,]\s*[vVy]\b\.?\s*(.*)$"),      # "V/v", "V.v", "V/y", "V / v."
    regex.compile(r"^\W{0,2}V\s?[vVW][vV]?:?\s+(\p{Ll}.*)$"),        # "V v trả lời …", "‘VW giải đáp …", "VWv cấp …", "V v: hướng dẫn …"
    regex.compile(r"^\W{0,2}V[il1|!]v\.?\s+(\p{Ll}.*)$"),            # "Viv thông báo …"
    regex.compile(r"^\W{0,2}v\s*/\s*v\s+(\p{Ll}.*)$"),              # "v/v tăng cường …"
    regex.compile(r"^\W{0,2}V\s*/\s+(\p{Ll}.*)$"),                   # "V/ trả lời …"
    regex.compile(r"(?<!\p{L})V\s*/\s*[ýy][wv]\s+(\p{Ll}.*)$"),     # "(tr V/ýw thực hiện …"
)
# Right under the number only: the subject written "Về …", or its "V/v" read as two capitals ("VA trả lời …").
VV_UNDER_NUMBER = (
    regex.compile(r"^\W{0,2}Về\s+(\p{Ll}.*)$"),
    regex.compile(r"^\W{0,2}V[A-Z]\.?\s+(\p{Ll}.*)$"),
    # "VÀ Chỉnh sách thế - \\" (the subject's first word capitalised, a word in lower case after it)
    regex.compile(r"^\W{0,2}V[A-ZÀ]\.?\s+(\p{Lu}\p{Ll}+\s+\p{Ll}.*)$"),
)
# A line that opens on the label: where a header's left column ends.
VV_LINE_START = r"^\W*V\s*[/.]\s*[vV]\b"


# The number's label as OCR reads it, at a line's start (every reader of a number line uses this one form): "Số", "SỐ",
# "SO", in lower case ("sé: 860 /BHXH-BT"), its 'S' read '$' or '8' ("$6:3556 /TTKSBT-KHNV", "86:5619 SYT-NVY",
# "8é:.2953 /TCT - TTKT"), its 'ố' read as another 'o' or as 'é', 'ế', '6', 'á', 'à'. The label word only: each reader
# says what must follow it (a colon, a code).
NUMBER_LABEL = r"(?i:[s$8][oóòỏõọôốồổỗộơớờởỡợéế6áà])"
# A task table's number column, folded: "TT", "STT", "Số TT".
ROW_NUMBER_HEADS = ("tt", "stt", "so tt")


def is_row_number_head(cell: str) -> bool:
    """Whether a table's cell (or a line) is its number column's head: 'TT', '**STT**', 'Số TT.', '| TT |'."""
    # (folding keeps a cell's letters one for one: a cell of five letters or more is no such head)
    return not _FIVE_LETTERS.search(cell) and fold(cell).strip("*. |") in ROW_NUMBER_HEADS


_FIVE_LETTERS = regex.compile(r"(?:\p{L}\P{L}*){5}")


def subject_label(text: str, under_number: bool = False) -> regex.Match | None:
    """The first form of the "V/v" label the line holds; group 1 is the subject after it."""
    forms = VV_FORMS + (VV_UNDER_NUMBER if under_number else ())
    return next((m for form in forms if (m := form.search(text))), None)


def match_date(m: regex.Match) -> str | None:
    d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
    try:
        month = MONTH_WORDS.get(" ".join(mo.lower().split())) or int(mo.replace(" ", ""))
        return dt.date(int(y), month, int(d.replace(" ", ""))).isoformat()  # "ngày 2 4 tháng 12": OCR spaced the digits
    except (TypeError, ValueError):
        return None


# "Hà Nội, ngày 14 tháng 3 năm 2025" — the place is the capitalised words before the comma.
# OCR may read the comma as a full stop ("Hà Nội. ngày 04 tháng 7 năm 2024").
# A web page may wrap the line inside the name ("Thành phố Hồ" / "Chí Minh, ngày …"): a break after a word in title case
# (not after the motto's capitals); place_name keeps the words before the break only when they complete a known name.
_PLACE_SEP = r"(?:[ \t]+|(?<=\p{Lu}\p{Ll}+)[ \t*]*\n[ \t*]*)"
# (a city's district or ward named by its number: "Quận 3, ngày 14 tháng 3 năm 2019")
PLACE = (r"(?P<place>(?:Quận|Phường)[ \t]+\d{1,2}|(?:(?:Thành phố|thành phố|Thành pho|TP\.|Tp\.|TP)[ \t]*)?\p{Lu}[\p{L}.]*?(?:" + _PLACE_SEP
         + r"\p{Lu}[\p{L}.]*?){0,4})[\s*_]*[,.]\s*")
# (the date may be written in figures after "ngày", on the place's line after its comma: "Hà Nội, ngày 5/3/2025" — not
# a sentence after a full stop, "… Việt Nam." / "Ngày 22/4/2024, …")
PLACE_DATE_RE = regex.compile(PLACE + r"(?:" + DATE_WORDS + r"|(?<=,[ \t]{0,3})ngày[ \t]+" + DATE_NUM + r")", regex.M)

# The date of a place-date line garbled by OCR ("Quảng Ngãi, ngày: JÍ tháng 3 năm 2025"): the place still reads.
# OCR may misread "ngày" itself ("Ha Nội, ngàu 26 tháng OF năm 2021").
# "ngàyä4 kháng 2", "ngàytháng,ÿ năm 2021" (the day lost, "tháng" joined on)
_NGAY_GARBLED = (r"(?:(?i:ng[àad][yuvỳ]\p{L}?)(?:\b|(?=\d)|(?=(?i:th[aá]ng)))"  # "ngdy" ('à' read 'd')
                 r"|(?i:ng\S{1,6}?(?=th[aáà]ng\s*\S{1,3}\s+n[ăa]m)))")  # the day's slot run into "tháng": "ngéspOhthang 4 năm"
PLACE_ONLY_RE = regex.compile(r"(?m)^\W{0,3}" + PLACE + _NGAY_GARBLED)
# … also after the number on the same line, its digits garbled: "Số:À394Ù /CTHN-TTHT ˆ Hà Nội, ngàyä4 kháng 2 năm 2023";
# the label and the slash misread too: "$6:2.9992 JCTHN-KK Hà Nội, ngàytháng,ÿ năm 2021".
PLACE_ONLY_AFTER_NUMBER_RE = regex.compile(r"(?m)^\W{0,3}" + NUMBER_LABEL + r"\s*[:.]{0,2}[^\n/]{0,12}(?:/|\s)\s*[\p{Lu}Đ][\p{Lu}\p{Ll}Đ&.-]*[ \t]+[^\p{Lu}\n]{0,4}"
                                        + PLACE + _NGAY_GARBLED)
# … or its label lost, the line opening on the number: "864305 /TCT-KK. Hà Nội, ngdy, Jf tháng 4 năm 2022", its digits
# garbled too: "J2Ÿ#/LĐTBXI-ATLĐ Hà Nội, ngày43-tháng° năm 2019" (a digit in it, a symbol after the slash).
# (a speck OCR read as a modifier letter before it, the symbol's first letters in lower case: "ˆ 58605 /rcHQ-CCHĐH Hà Nội,
# ngày 3 Ï tháng 8 năm 2022")
PLACE_AFTER_BARE_NUMBER_RE = regex.compile(r"(?m)^[\W\p{Lm}]{0,3}(?:\d[\d\W]{0,10}|[^\s/\d]{0,2}\d[^\s/]{0,6})/\s*\p{Ll}{0,2}[\p{Lu}Đ][\p{Lu}Đ&-]*[.,]?[ \t]+"
                                           + PLACE + _NGAY_GARBLED)


def place_name(raw: str) -> str:
    """'TP. Hồ Chí Minh' → 'Thành phố Hồ Chí Minh' (Decree 30 writes the place in full)."""
    from pipeline.parse import gazetteer

    if "\n" in raw:
        whole = " ".join(raw.replace("*", " ").split())
        name = regex.sub(r"^(?i:thành phố|tp\.?)\s*", "", whole)
        raw = whole if gazetteer.province_name(name) else raw.rsplit("\n", 1)[1]
    raw = " ".join(raw.replace("*", " ").split())
    raw = regex.sub(r"^(?:TP\.?|Tp\.|Thành pho\b)\s*", "Thành phố ", raw.strip())  # ("Thành pho": OCR lost the marks)
    # A province's name OCR printed with a lost or wrong mark ("Ha Nội", "Hà Nồi") is written as the gazetteer has it.
    unit = regex.match(r"(?i:thành phố|tỉnh)\s+", raw)
    head, name = (raw[: unit.end()], raw[unit.end():]) if unit else ("", raw)
    return head + (gazetteer.province_name(name) or _province_one_letter_off(name) or name)


def _province_one_letter_off(name: str) -> str | None:
    """A province whose name OCR misread by one letter on the place-date line ("Tà Nội" for "Hà Nội"): the one
    province at one edit of the name's letters (names of six letters or more)."""
    from rapidfuzz.distance import Levenshtein

    from pipeline.parse import gazetteer

    key = fold(name)
    if len(key) < 6:
        return None
    near = {v for k, v in gazetteer.provinces().items() if Levenshtein.distance(k, key, score_cutoff=1) <= 1}
    return near.pop() if len(near) == 1 else None

# --- document types ----------------------------------------------------------------------------
DOC_TYPES = [
    "Nghị quyết", "Quyết định", "Chỉ thị", "Kế hoạch", "Thông báo", "Thông tư liên tịch", "Thông tư",
    "Công điện", "Công văn", "Tờ trình", "Báo cáo", "Hướng dẫn", "Chương trình", "Đề án", "Quy chế",
    "Quy định", "Phương án", "Biên bản", "Hợp đồng", "Giấy mời", "Thông cáo", "Nghị định", "Kết luận",
    "Luật", "Bộ luật", "Pháp lệnh", "Lệnh", "Sắc lệnh", "Dự án", "Đề án", "Giấy ủy quyền", "Giấy giới thiệu",
    "Phiếu gửi", "Phiếu chuyển", "Phiếu báo", "Thư công", "Văn bản hợp nhất", "Hiến pháp", "Kết luận",
]
# Abbreviation in a symbol → type name ("KH-UBND" → Kế hoạch). Phụ lục III of the decree.
TYPE_ABBREV = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định",
    "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch",
    "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
    "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời", "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển",
    "PB": "Phiếu báo", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "NĐ": "Nghị định", "KL": "Kết luận",
}
_TYPES_ALT = "|".join(sorted({regex.escape(t) for t in DOC_TYPES}, key=len, reverse=True))
# A title line: the type name alone in capitals, maybe followed by "CỦA BỘ CHÍNH TRỊ" / a qualifier.
TYPE_LINE_RE = regex.compile(r"^\W*(?P<type>" + _TYPES_ALT + r")\b(?P<rest>.*)$", regex.I)

# --- legal references --------------------------------------------------------------------------
# Every type a citation can name: the legal acts (Hiến pháp … Thông tư liên tịch, Luật Ban hành văn bản quy phạm
# pháp luật Điều 4), the administrative documents of Decree 30 Điều 7 (Nghị quyết cá biệt … thư công), Party
# documents ("Kết luận") and the generic "Văn bản". A citation may qualify its type before the number:
# "Quy chế phối hợp số 49/QCPH-…", "Văn bản giải trình, tiếp thu số 6253/UBND-SNV" (type: the listed head).
REF_TYPES = [
    # legal acts
    "Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Lệnh", "Nghị quyết liên tịch", "Nghị quyết", "Nghị định",
    "Quyết định", "Chỉ thị", "Thông tư liên tịch", "Thông tư", "Văn bản hợp nhất",
    # administrative documents (Decree 30 Điều 7)
    "Quy chế", "Quy định", "Thông cáo", "Thông báo", "Hướng dẫn", "Chương trình", "Kế hoạch", "Phương án",
    "Đề án", "Dự án", "Báo cáo", "Biên bản", "Tờ trình", "Hợp đồng", "Công văn", "Công điện", "Bản ghi nhớ",
    "Bản thỏa thuận", "Giấy ủy quyền", "Giấy mời", "Giấy giới thiệu", "Giấy nghỉ phép", "Phiếu gửi",
    "Phiếu chuyển", "Phiếu báo", "Thư công",
    # Party documents and the generic name
    "Kết luận", "Văn bản",
]
# The types as one alternation, longest first ("Nghị quyết liên tịch" before "Nghị quyết"), for every pattern that names
# a cited type.
REF_ALT = "|".join(sorted((regex.escape(t) for t in REF_TYPES), key=len, reverse=True))
# The words qualifying a type before "số": "Quy chế phối hợp", "Văn bản giải trình, tiếp thu" (a comma only before a
# lower-case word, so "Quyết định, Nghị định số …" is not one citation).
_REF_QUALIFIER = r"(?:\s+[\p{L}-]+|,\s+\p{Ll}[\p{L}-]*)"
# "Quyết định số 1183/QĐ-TTg ngày 14/10/2024 của Thủ tướng Chính phủ phê duyệt …"
# "số" as OCR reads it: "sô.", "sổ", "s6" before the number.
# ("sé": OCR misread the mark; a stray bracket or bar may stand between "số" and the number: "Nghị quyết số ] 39/NQ-CP")
_SO = r"(?i:số|s[ôổoé6]\.?)"  # in any case: a title in capitals cites "BÃI BỎ QUYẾT ĐỊNH SỐ 32/2023/QĐ-UBND"
_SO_LABEL = _SO + r"\s*[:.]?\s*(?:[\]\[|]\s*)?"
CITED_NUMBER_LABEL = _SO_LABEL  # "số" before a cited number as OCR reads it (refs.py joins a split number after it)
# OCR may split the number of a cited code in two: "Quyết định số 1 10/QĐ-BTC", "Nghị định số 1 18/2021/NĐ-CP" (a
# digit, a space, the rest of the number right before its slash); refs.py joins the digits.
_REF_CODE = CODE.replace(r"(?P<number>\d{1,6}", r"(?P<number>(?:\d{1,3} (?=\d{1,3}\s*/))?\d{1,6}", 1)
# OCR loses or changes the marks of a type name ("Tra lời Văn ban số 21496/SCPO", "Quyét định số …"): in a citation,
# where a number follows, each vowel of the name may carry any mark. A web page wraps lines inside the name ("khoản 6
# Điều 1 Nghị\nđịnh số 111/2021/NĐ-CP").
_MARKED = {"a": "aàáảãạăằắẳẵặâầấẩẫậ", "e": "eèéẻẽẹêềếểễệ", "i": "iìíỉĩị", "o": "oòóỏõọôồốổỗộơờớởỡợ",
           "u": "uùúủũụưừứửữự", "y": "yỳýỷỹỵ", "d": "dđ"}


def _any_marks(name: str) -> str:

    return "".join(f"[{_MARKED[k]}]" if (k := fold(c)) in _MARKED else r"\s+" if c == " " else regex.escape(c) for c in name)


_REF_ALT_ANY_MARKS = "|".join(_any_marks(t) for t in sorted(REF_TYPES, key=len, reverse=True))
REF_RE = regex.compile(
    r"(?<!\p{L})(?P<type>(?i:" + _REF_ALT_ANY_MARKS + r"))(?:" + _REF_QUALIFIER + r"{1,8}?\s+" + _SO_LABEL + r"|\s+(?:" + _SO_LABEL + r")?)" + _REF_CODE,
)
# Later items of an enumeration: "các Quyết định: số 36/QĐ-TTg …; số 1569/QĐ-TTg … và số 1668/QĐ-TTg".
# After the colon the first item's label may be capitalised: "công bố tại các Quyết định: Số 2196/QĐ-UBND ngày 28/12/2021,
# số 1741/QĐ-UBND ngày 14/11/2019".
ENUM_REF_RE = regex.compile(r"(?::\s*Số|(?:[;:,]|\bvà)\s*số)\s+" + CODE)
# … or without "số", right after the one before: "Nghị định số 100/2019/NĐ-CP và 123/2021/NĐ-CP", "Thông tư số
# 78/2021/TT-BTC, 80/2021/TT-BTC" (refs.py checks that nothing but a date stands between).
ENUM_BARE_REF_RE = regex.compile(r"(?:[;,]|\bvà)\s*" + CODE + r"(?![\p{L}\d/-])")
# A type written as its abbreviation, in capitals: "theo CV số 1193/CT-TTHT", "Căn cứ NĐ số 123/2020/NĐ-CP", "QĐ
# 1234/QĐ-UBND" (no words between it and the number). The abbreviations of TYPE_ABBREV a citation is read by (not
# the rarer ones: "PC", "HD", "GM" … before a number are read as no citation), and "CV", which no symbol carries.
REF_ABBREVIATIONS = {"CV": "Công văn"} | {a: TYPE_ABBREV[a] for a in ("TTLT", "QĐ", "NĐ", "TT", "NQ", "KH", "TB", "CT", "CĐ",
                                                                      "BC", "TTr", "KL")}
ABBREV_REF_RE = regex.compile(r"(?<![\p{L}\d/-])(?P<type>" + "|".join(REF_ABBREVIATIONS) + r")\.?\s+(?:" + _SO_LABEL + r")?"
                              + _REF_CODE)
# A letter cited by its sender's own numbering, which no state symbol shapes: "Trả lời công văn số USABC-HN-20251121-01
# ngày 21/11/2025 của Hội đồng …", "công văn số 128.2025/OL.WMCLV ngày …", "01-10/2025/CV-TKV của Công ty …",
# "25-2303/PBHC-KD", "Trả lời văn thư số 01-2019/CV/MIV ngày …", "Công văn số 35A/THB-TV đề ngày …": digits and letters joined by ".", "/" or "-"; read
# only where its date, its sender or a clause end
# follows (a "văn bản số hóa" has no digit), and with two letters in a row ("văn bản số 1/2/3A" is none); at most six
# parts and 40 characters ("Công văn số 12/ABC.ABC.…" is garbage, and searching its code again took cubic time).
OWN_NUMBERING_REF_RE = regex.compile(
    r"(?<!\p{L})(?P<type>(?i:công văn|văn bản|văn thư))\s+số\s*:?\s*(?P<code>(?=\S*\d)(?=[\p{L}\d./-]{3,41}(?![\p{L}\d./-]))(?=[\p{L}\d./-]*\p{L}{2})[\p{L}\d]+(?:[./-][\p{L}\d]+){1,5})"
    r"(?=\s*(?:(?:đề\s+)?ngày\b|của\b|[,;)]|\.(?:\s|$)|$))")
REF_TYPE_RE = regex.compile(r"(?<!\p{L})(?i:" + REF_ALT + r")(?!\p{L})")
# Laws cited by name: "Luật Trẻ em", "Bộ luật Lao động", "Luật Tổ chức chính quyền địa phương ngày …".
# Who makes laws and ordinances: "Luật … của Quốc hội", "Pháp lệnh … của Ủy ban thường vụ Quốc hội" name the maker
# after the law's name (the issuer, not part of the name).
LAWMAKER = r"(?:Quốc hội|Ủy ban [Tt]hường vụ Quốc hội|Chủ tịch nước|Chính phủ|Nhà nước)"
# Words that end a law's name: "Luật Trẻ em số …", "… ngày 16/6/2025", "… năm 2019", "… đã được sửa đổi", "… quy định",
# "khoản 1 Điều 25 Luật Đường sắt đối với các nội dung sau".
# … and a clause going on after the name: "Luật Chứng khoán có hiệu lực …", "Luật Doanh nghiệp chưa …", "Bộ luật Lao
# động không …", "Luật Việc làm nếu …", "Luật Bảo hiểm y tế do … ban hành", "Luật Hải quan Đối với …".
_LAW_STOP_WORDS = (r"số|ngày|năm|đã|được|quy định|hiện hành|theo|nhằm|để|trong|tại|(?i:đối với)|với|về|hướng|thì|là|có|chưa|không"
                   r"|nếu|do|khi|mà|sẽ|phải|cần|bị|trên|trừ|\d{4}")
# "của" ends the name before the law-maker or a lower-case word ("Luật Đất đai của Quốc hội", "của nước ta") but
# not before another body inside the name: "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy
# ban nhân dân".
_OF_STOP = r"của\s+(?:" + LAWMAKER + r"\b|(?!\p{Lu}))"
# A comma inside a name: 1–3 lower-case words after it, then the name ends ("Luật Cán bộ, công chức số 80/2025/QH15",
# "Luật Phòng, chống tham nhũng năm 2018"); a comma before "các văn bản…", another act or a clause ends the name.
# A longer part after the comma, up to six words, only when the law's number or date follows: "Luật Trật tự, an toàn
# giao thông đường bộ ngày 27 tháng 6 năm 2023". "và các văn bản …" after it ends the name ("Luật Phòng, chống tham nhũng và
# các văn bản pháp luật khác").
_COMMA_IN_NAME = (r",\s+(?!(?:các|những|một|này|đó|nay|và|hoặc|đồng thời|" + _LAW_STOP_WORDS + r")\b)\p{Ll}+(?:(?:\s+\p{Ll}+){0,2}"
                  r"(?=\s+(?:số|ngày|năm)\b|\s+và\s+(?:(?:" + REF_ALT + r")\b|các\s+văn bản\b)|[,;.:()\n]|$)|(?:\s+\p{Ll}+){3,5}(?=\s+(?:số|ngày|năm)\b))")


# A stop word inside a compound of the name is none: "Luật Hàng không dân dụng Việt Nam", "Luật Phòng không nhân dân",
# "Luật Trang thiết bị y tế", "Pháp lệnh Ưu đãi người có công với cách mạng"; "không"/"trừ" only after the name's first
# word ("Luật Quốc phòng không quy định …" ends at "phòng").
_STOP_IN_COMPOUND = (r"(?<=(?<!\p{L})(?i:luật|lệnh)\s+(?i:hàng|phòng))\s+không\b|(?<=(?<!\p{L})(?i:luật|lệnh)\s+(?i:phòng))\s+trừ\b|(?<=(?<!\p{L})(?i:thiết))\s+bị\b"
                     r"|(?<=(?<!\p{L})(?i:người))\s+có\s+công\b")


def _law_stop(words: str = _LAW_STOP_WORDS, of: str = _OF_STOP) -> str:
    """Where a law's name ends (lookahead): a stop word (not inside a compound, _STOP_IN_COMPOUND), "của" (as _OF_STOP),
    "và" before a lower-case word or another act, punctuation (a comma only when it does not continue the name, see
    _COMMA_IN_NAME) or the end."""
    return (r"(?!" + _STOP_IN_COMPOUND + r")(?=\s+(?:(?:" + words + r")\b|" + of + r"|và\s+\p{Ll}|và\s+(?:" + REF_ALT + r")\b)"
            r"|(?!" + _COMMA_IN_NAME + r")[,;.:()“”\"\n]|$)")


_LAW_STOP = _law_stop()
# A lower-case name after "Pháp lệnh"/"Hiến pháp" runs on through "với"/"của" ("Pháp lệnh ưu đãi người có công với
# cách mạng"), up to "của" + the law-maker.
_LOWER_NAME_STOP = _law_stop(_LAW_STOP_WORDS.replace("|(?i:đối với)|với|", "|").replace("|có|", "|"), r"của\s+" + LAWMAKER + r"\b")
# An amending act: "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B" (comma sometimes left out; "Luật Sửa đổi, …"
# capitalised as a name) — not past "(sau đây gọi tắt là …", "như sau" or its year ("… năm 2025;") — to the end of
# the clause, a number or date, or "của" + the law-maker. A year before the next amended act is none of these: "… của
# Luật Đất đai năm 2024, Luật Nhà ở năm 2023, Luật Kinh doanh bất động sản năm 2023" is one name.
_AMENDING_NAME = (r"[sS]ửa đổi,? bổ sung [^;\n]*?(?=\s+(?:số\s*\d|ngày\s+\d|năm\s+\d{4}\b(?!\s*(?:,|và)\s*(?:Luật|Bộ luật|Pháp lệnh)\s+\p{Lu})|của\s+" + LAWMAKER + r"\b|như sau\b)|\s*\((?=sau đây|gọi tắt)|[;.\n]|$)")
# Names of laws whose own words the stops above would cut: "và" before a lower-case word ("Luật Hỗ trợ doanh nghiệp nhỏ
# và vừa"), "của", "theo", "tại", a long part after a comma. Matched whole before the grammar, in any capitalisation,
# a comma between the parts optional, the words wrapped over lines and their marks as OCR read them ("xuât cảnh").
KNOWN_LAW_NAMES = (
    "Hỗ trợ doanh nghiệp nhỏ và vừa", "Quy hoạch đô thị và nông thôn", "Đo đạc và bản đồ",
    "Tài nguyên, môi trường biển và hải đảo", "Bảo vệ và phát triển rừng", "Bảo vệ và kiểm dịch thực vật",
    "Bảo vệ, chăm sóc và giáo dục trẻ em", "Bảo vệ và chăm sóc sức khỏe nhân dân", "Khoa học và công nghệ",
    "Khoa học, công nghệ và đổi mới sáng tạo", "Tiêu chuẩn và quy chuẩn kỹ thuật", "Hôn nhân và gia đình",
    "Phí và lệ phí", "Sử dụng năng lượng tiết kiệm và hiệu quả", "Phòng cháy và chữa cháy",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
    "Địa chất và khoáng sản", "Quản lý và đầu tư vốn nhà nước tại doanh nghiệp",
    "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
    "Phòng, chống tác hại của rượu, bia", "Phòng, chống tác hại của thuốc lá",
    "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", "Xuất cảnh, nhập cảnh của công dân Việt Nam",
    "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", "Đầu tư theo phương thức đối tác công tư",
    "Trật tự, an toàn giao thông đường bộ", "Quản lý, sử dụng tài sản công", "Phòng, chống bạo lực gia đình",
    "Phòng, chống mua bán người", "Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác",
    "Thuế xuất khẩu, thuế nhập khẩu", "Tổ chức Tòa án nhân dân", "Tổ chức Viện kiểm sát nhân dân",
    "Hàng không dân dụng Việt Nam", "Phòng không nhân dân", "Trang thiết bị y tế", "Ưu đãi người có công với cách mạng",
)
_KNOWN_LAW_ALT = "|".join(
    "".join(r",?\s+" if regex.fullmatch(r",?\s+", part) else _any_marks(part) for part in regex.split(r"(,?\s+)", name))
    for name in sorted(KNOWN_LAW_NAMES, key=len, reverse=True))
# Laws cited by name: "Luật Trẻ em", "Bộ luật Lao động", "Luật Địa chất và Khoáng sản", "Pháp lệnh ưu đãi người có
# công với cách mạng", "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B".
# A firm or school named after the law is no law: "Kính gửi: Công ty Luật TNHH Justiva Law", "Trường Đại học Luật Hà Nội".
_LAW_INSTITUTION = r"(?<!(?i:công ty|hãng|văn phòng|đại học|trường|khoa|viện|đoàn|cử nhân|thạc sĩ|tiến sĩ)\s+)"
LAW_RE = regex.compile(
    _LAW_INSTITUTION + r"(?P<type>(?i:Bộ luật)|Luật|Pháp lệnh|Hiến pháp)\s+(?P<title>(?i:" + _KNOWN_LAW_ALT + r")(?![\p{L}\p{N}])|" + _AMENDING_NAME
    # (not a word of the sentence: "Hiến pháp năm 2013", "Pháp lệnh này", "Hiến pháp và tính thống nhất")
    + r"|(?<=(?:Pháp lệnh|Hiến pháp)\s+)(?!(?:năm|này|đó|và|theo|đúng|các|của|để|được|đã|là|với|về|trong|tại|thì)\b)\p{Ll}[\p{L}\s-]*?"
    + _LOWER_NAME_STOP
    # "Căn cứ Luật hoạt động giám sát của Quốc hội": a lower-case name, only in a legal-basis line or after the article
    # it cites ("theo quy định tại Điều\n2 Luật người cao tuổi là công dân …")
    + r"|(?<=(?:(?i:căn cứ)|Điều\s+\d{1,3}[a-zđ]?)\s+Luật\s+)(?!(?:này|đó|trên|các|hiện|sửa)\b)\p{Ll}+\s+\p{Ll}[\p{L}\s-]*?(?:\s+của\s+Quốc hội)?" + _LAW_STOP
    + r"|\p{Lu}[\p{L}\s,-]*?" + _LAW_STOP + r")"
)
# The name of a coded law or ordinance printed after its number and date, without "về": "Pháp lệnh số
# 26/2005/PL-UBTVQH11 ngày 29/6/2005 ưu đãi người có công với cách mạng".
# (Not a clause about the law: "Luật … số 38/2019/QH14 có hiệu lực kể từ …".)
LAW_NAME_AFTER_RE = regex.compile(r"\s*,?\s*(?!(?:có|được|đã|là|và|thì|của|tại|theo|quy định|hiện hành)\b)(?P<title>\p{Ll}[\p{L}\s-]*?)"
                                  + _LOWER_NAME_STOP)
# A second member of a name built in parallel: "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân" (the
# words after "và" repeat words of the name; refs.py checks that).
LAW_PARALLEL_RE = regex.compile(r"\s+và\s+(?P<head>\p{Ll}+(?:\s+\p{Ll}+)?)(?P<rest>\s+\p{Lu}[\p{L}\s-]*?)" + _LAW_STOP)
