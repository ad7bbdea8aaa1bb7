"""Text cleanup, in one place, for every kind of input (OCR, PDF text layer, text files).

Order of the steps (each a function below):

1. :func:`strip_markup` — Markdown/HTML leftovers of web copies and OCR exports: emphasis, tags,
   escaped asterisks, rules, "*Source: …*" lines, table rows unrolled into one line per cell.
2. :func:`latinize` — look-alike letters of other scripts (Cyrillic "Е", Greek "Ο" …) inside Latin words.
3. ``textnorm.normalize`` — NFC and one tone-mark placement.
4. :func:`pipeline.stamp.extract` — receipt-stamp lines out of the body (and the page's separated stamp ink).
5. :func:`is_noise` — seal-ring text and handwriting read as short garbage lines go to ``removed``.
6. :func:`repair_codes` — digits read as look-alike letters inside document numbers and dates.
7. :func:`correct_words` — OCR confusions against a lexicon: a word that is not a Vietnamese syllable is
   replaced by the most frequent syllable reachable through the character-confusion model
   (a↔ă↔â, o↔ơ↔ô, u↔ư, tone marks, l/I/1, rn/m …); domain phrases ("Kính gửi", "Nơi nhận",
   "Ủy ban nhân dân" …) are restored from near misses with rapidfuzz.
8. :func:`join_lines` — hard-wrapped lines joined into paragraphs, broken words re-joined; line breaks kept
   before numbered items, "Điều 1.", "Nơi nhận:", "Kính gửi:", "Số:", headings and signer lines.
"""
from __future__ import annotations

import unicodedata
from datetime import date
from functools import lru_cache
from pathlib import Path

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from pipeline import stamp
from pipeline.parse import gazetteer, grammar
from pipeline.parse.blocks import SURNAMES, common_words, minority_name, only_titles
from pipeline.legacy import syllables
from pipeline.textnorm import fold, normalize, strip_diacritics
from pipeline.types import CleanText, ReadResult

DATA = Path(__file__).parent / "data"

# ---------------------------------------------------------------------------------------------------
# 1. Markup


_TAG = regex.compile(r"</?(?:b|i|u|em|strong|span|font|p|div|br|sup|sub|center)\b[^>]*>", regex.I)
_RULE = regex.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_TABLE_SEP = regex.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SOURCE = regex.compile(r"^\s*[*_]*\s*(?:nguồn|source)\s*:.*$", regex.I)
_HEADING = regex.compile(r"^\s{0,3}#{1,6}\s+")
_EMPH = regex.compile(r"(?<![\w*])(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾", "0123456789()")
_MARKS = regex.compile(r"[✓✔✗✘☑☒•◦▪►]")


def strip_markup(text: str) -> str:
    out: list[str] = []
    lines = text.split("\n")
    first_content = True
    task_table = False  # inside a table whose header row opens on 'TT' / 'STT' / 'Số TT'
    cell: list[str] | None = None  # inside a task table laid out one cell a run of lines, "|" alone between cells
    for i, line in enumerate(lines):
        if cell is not None:
            if line.strip() == "|":
                out += _cell_lines(cell)
                cell = []
                continue
            if line.strip() and len(cell) < LAYOUT_CELL_LINES:
                cell.append(line)
                continue
            out += [_inline(x) for x in cell]  # a blank line or a run too long for a cell: the table has ended
            cell = None
        elif line.strip() == "|" and _opens_task_table(lines, i):
            cell = []
            continue
        if _RULE.match(line) or _TABLE_SEP.match(line) or _SOURCE.match(line):
            continue
        line = _TAG.sub("", line)
        line = line.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        if _HEADING.match(line):
            body = _HEADING.sub("", line).strip()
            if first_content and _repeats_later(body, lines[i + 1:]):
                continue  # a web page's "# title" that repeats the document's subject
            line = body
        if line.count("|") >= 2 and line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            task_table = task_table or grammar.is_row_number_head(_inline(cells[0]))
            out += table_cells(cells, task_table)
            first_content = False
            continue
        if task_table and line.strip():
            out.append("")  # a task table's end, text right under its last row ("III. TỔ CHỨC THỰC HIỆN")
        task_table = False
        line = _inline(line)
        if line.strip():
            first_content = False
        out.append(line)
    return "\n".join(out)


# A web page's table laid out with each cell's lines between lines holding "|" alone (thuvienphapluat pages as crawled):
# "|" / "**TT**" / "|" / "**Nội dung thực" / "hiện**" / "|" / … / "1" / "|" / "Tổ chức lại Ban Chỉ huy …" / "cấp xã; …" /
# "(Điều 7, 8 Nghị định)" / "|" / "Bộ CHQS tỉnh; UBND" / "cấp xã" / "|" / … / "Trước ngày" / "30/11/2025" / "|". In a task
# table (its first cell 'TT' / 'STT') each cell is written as one line, as a Markdown table's are, so that a cell's
# wrapped line opening on a capital or a digit ("30/11/2025", "Thông tư số 92/2009/TT-BTC …") is no cell of its own.
# Empty cells are left out, as before (the rows are not delimited in this layout). A run of more lines than a cell
# holds ends the table.
LAYOUT_CELL_LINES = 30


def _cell_lines(cell: list[str]) -> list[str]:
    """A layout cell's lines joined where the page wrapped them; a line opening on an agency's name after another's stays
    a line of its own ("UBND xã, phường, đặc khu" / "Sở Tài chính": two agencies of a lead cell, no comma between), and
    so does a line after a closed sentence (a cell holding two actions: "… về quy hoạch." / "Bố trí nhân lực …")."""
    from pipeline.parse.tasks import is_addressee  # (an agency's name or a group of them: the gazetteer's heads too)

    out: list[str] = []
    for x in (" ".join(_inline(x).split()) for x in cell):
        if not x:
            continue
        # (an agency's name after a line of the text cell is the sentence going on: "… hạ tầng số phục vụ" / "Chính
        # phủ số theo Quyết định …")
        if out and (not is_addressee(x) or not is_addressee(out[-1])) and not regex.search(r"[.;:!?]\W{0,2}$", out[-1]):
            out[-1] += " " + x
        else:
            out.append(x)
    return out


def _opens_task_table(lines: list[str], i: int) -> bool:
    nxt = next((x for x in lines[i + 1 : i + 4] if x.strip()), "")
    return grammar.is_row_number_head(_inline(nxt)) and \
        any(x.strip() == "|" for x in lines[i + 2 : i + 4])


# An empty cell between filled ones ("| 3. | Nội dung | | Quý IV |": no coordinating agency) written as a line of its
# own, so that the cells after it keep their columns; the task table reader takes it for an empty cell. Only in a
# table's numbered rows and the rows of a table headed 'TT' / 'STT': not in a header's layout table ("| Nơi nhận: … |
# | KT. CHỦ TỊCH … |", "| Số: … V/v … | | Lâm Đồng, ngày … | |"), whose parts are read by what they say.
EMPTY_CELL = "(trống)"
_ROW_NUMBER = regex.compile(r"\d{1,3}(?:\.\d{1,2}){0,2}\.?|[IVX]{1,4}\.?")


def table_cells(cells: list[str], task_table: bool = False) -> list[str]:
    """A table row's cells, one a line: empty ones before the first and after the last filled cell left out (a
    merged number cell, a row's unused last columns), empty ones between them as EMPTY_CELL (in a numbered row or a
    row of a task_table)."""
    cells = [_inline(c) for c in cells]
    filled = [k for k, c in enumerate(cells) if c.strip()]
    if not filled:
        return []
    mark = EMPTY_CELL if task_table or _ROW_NUMBER.fullmatch(cells[0].strip()) else None
    return [c if c.strip() else mark for c in cells[filled[0] : filled[-1] + 1] if c.strip() or mark]


def _inline(line: str) -> str:
    line = line.translate(_SUPERSCRIPT)
    line = line.replace("\\*", "\u0000").replace("\\_", "_").replace("\\-", "-").replace("\\.", ".")
    for _ in range(2):
        line = _EMPH.sub(r"\2", line)
    line = line.replace("**", "")
    line = regex.sub(r"(?<=\S)\*+$|^\*+(?=\S)", "", line.rstrip())
    line = line.replace("\u0000", "*")
    line = _MARKS.sub("", line)
    return line.rstrip()


def _repeats_later(title: str, rest: list[str]) -> bool:
    key = fold(title)
    if len(key) < 8:
        return False
    window = fold(" ".join(rest[:40]))
    return key in window or fuzz.partial_ratio(key, window) > 90


# ---------------------------------------------------------------------------------------------------
# 2. Look-alike letters

_CONFUSABLE = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "d",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "һ": "h", "ԁ": "d", "ӏ": "l",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "α": "a", "ι": "i", "κ": "k", "ρ": "p",
    "τ": "t", "υ": "u",
    # Latin look-alikes from other blocks
    "ı": "i", "ĸ": "k", "ſ": "s", "Ɗ": "Đ", "Ð": "Đ", "ð": "đ",
}
_NON_LATIN = regex.compile(r"[\p{Cyrillic}\p{Greek}ıĸſƊÐð]")
_WORDLIKE = regex.compile(r"[\p{L}\p{M}]+")


def latinize(text: str) -> str:
    """Map Cyrillic/Greek look-alikes to Latin inside words that are otherwise Latin (or all look-alikes
    in a line of Vietnamese)."""
    if not _NON_LATIN.search(text):
        return text

    def fix(m: regex.Match) -> str:
        w = m.group(0)
        if not _NON_LATIN.search(w):
            return w
        latin = sum(1 for c in w if "LATIN" in unicodedata.name(c, ""))
        others = sum(1 for c in w if c in _CONFUSABLE)
        if latin or others == len(w):
            return "".join(_CONFUSABLE.get(c, c) for c in w)
        return w

    return unicodedata.normalize("NFC", _WORDLIKE.sub(fix, text))


# ---------------------------------------------------------------------------------------------------
# 5. Noise lines

_KEEP_SHORT = regex.compile(r"^\s*(?:[IVXLC]+\.|\d+[.)]?|[a-zđ]\)|[-+•]\s*\w.*[;,:].*|[-+•]\s*\w.*\.|.*[:;]\s*)$")


# A scanning app's watermark at a page's foot ("Scanned with CamScanner"), read into the text with the page.
_SCANNER_MARK = regex.compile(r"(?i)^\W*(?:scanned|quét)\s+(?:with|by|bằng)\s+\w+\W*$")
# A browser's print of a web page, its head and foot in the text: the page's address and the printing date
# ("http://nghean.gdt.gov.vn/wps/…/b115... 9/29/2016"), "Page 1of 1".
_BROWSER_PRINT = regex.compile(r"(?i)^(?:https?://\S+(?:\s+\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?)?"
                               r"|page\s*\d+\s*of\s*\d+)$")




def _signature_titles(line: str) -> bool:
    """A signature block's line of titles only, after an authority ("KT. CUC TRUONG", "PHO CUC TRUONG")."""
    rest = regex.sub(r"^(?:KT|TL|TM|TUQ|T/M)\s*\.\s*", "", line.strip("*#,.;: "))
    return bool(regex.fullmatch(r"[\p{Lu}\s]+", rest)) and only_titles(rest)


@lru_cache(maxsize=1)
def _type_names() -> frozenset[str]:
    return frozenset(fold(t) for t in grammar.DOC_TYPES)


def is_noise(line: str) -> bool:
    """Short garbage from seals, handwriting and smudges ("jmv", "*(L)*", "- REC")."""
    s = line.strip()
    if not s:
        return False
    if _SCANNER_MARK.match(s) or _BROWSER_PRINT.match(s):
        return True
    # (what a line may be though it looks like garbage, asked only of a line that does: most lines are long)
    return _garbled(s) and not _short_but_meant(s)


def _short_but_meant(s: str) -> bool:
    """A short line that is a header's or a signature's part: a document's type line with a mark misread ("QUYÉT
    ĐỊNH"), the signer's titles with their marks lost ("KT. CUC TRUONG" / "PHO CUC TRUONG"), a short "V/v" subject whose
    label OCR misread ("Viv thuế GTGT"; the label as printed and as OCR reads it: "Viv", "VW")."""
    if fold(s.strip("*# ")) in _type_names():
        return True
    label = grammar.subject_label(s)
    first = label.group(1).split()[0].lower() if label and label.group(1).split() else ""
    return _signature_titles(s) or bool(first and first in syllables())


def _garbled(s: str) -> bool:
    """A line of no letters or digits but a rule's dashes, or a few letters mostly no Vietnamese syllables."""
    if not regex.search(r"[\p{L}\d]", s):
        return not regex.fullmatch(r"[-–—.…/]+", s) or len(s) <= 2
    if regex.search(r"\d", s) or _KEEP_SHORT.match(s):
        return False
    if minority_name(s):
        return False  # a signer's name of the Central Highlands ("H'Yim Kđoh"): no Vietnamese syllables, no debris
    # (splitting run-together syllables adds words and no letters: a line long as read is long split)
    if len(regex.findall(r"\p{L}", s)) > 14 or len(regex.findall(r"\p{L}+", s)) > 3:
        return False
    words = regex.findall(r"\p{L}+", " ".join(split_run_together(w) for w in s.split()))
    letters = sum(len(w) for w in words)
    if letters > 14 or len(words) > 3:
        return False
    syl = syllables()
    known = sum(len(w) for w in words if w.lower() in syl and (len(w) > 1 or w in "ởàvàý"))
    return known / max(1, letters) < 0.5


# ---------------------------------------------------------------------------------------------------
# 6. Digits in document numbers and dates

_DIGIT_LIKE = {"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "|": "1", "i": "1", "!": "1",
               "B": "8", "&": "8", "S": "5", "s": "5", "Z": "2", "z": "2", "G": "6", "b": "6", "g": "9",
               "A": "4", "T": "7"}
_DL = "".join(regex.escape(c) for c in _DIGIT_LIKE)
# number part of a code: "14&1/BYT-BMTE", "Số: 65 /KH-UBND", "24/2O25/TT-BTP"
_CODE = regex.compile(rf"(?<![\w/])([\d{_DL}]{{1,5}})(\s?/\s?)(?:([\d{_DL}]{{4}})(/))?(?=[A-ZĐ]{{1,}}[\w-]*)")
# "Số: 5129 QĐ-UBND": the slash between number and symbol lost
_LOST_SLASH = regex.compile(r"(?<=\b[Ss][ốố]\s*:?\s*)(\d{1,5})\s+(?=(?:\d{4}/)?[A-ZĐ][A-ZĐa-z]{0,5}(?:-[A-ZĐ0-9][A-ZĐa-z0-9]*)+\b)")
# a code's symbol segment ending in digits read partly as letters: "494/NQ-UBTVQHI3" → "UBTVQH13"
_SYMBOL_DIGITS = regex.compile(r"(?<=\d/(?:\d{4}/)?(?:[A-ZĐ0-9]+-)*)([A-ZĐ]*[A-HJ-NP-RT-ZĐ])([IlO0-9]*\d[IlO0-9]*)(?![\w])")
_DATE_NUM = regex.compile(rf"(?<![\w/])([\d{_DL}]{{1,2}})/([\d{_DL}]{{1,2}})/([\d{_DL}]{{4}})(?![\w/])")
# the own number's digits set apart by OCR, as a filled-in form prints them: "Số: 1 0 9 4 3 /BYT-MT" (three or more)
_SPACED_NUMBER = regex.compile(r"(?<=^\W{0,3}(?:S[ốoóồ]|SỐ)\s*:\s*)(\d(?: \d){2,5})(?=\s*/\s*\p{Lu})")
# the number's label read as "$6:" ("$6:3556 /TTKSBT-KHNV") or in lower case ("sé: 860 /BHXH-BT"): at a line's start,
# a code after it
# ("86:5619 SYT-NVY": its 'S' read '8' and the slash lost, a symbol with a dash after the number)
_SO_LABEL_MISREAD = regex.compile(r"^(\W{0,3})(?!(?:Số|SỐ)\s*:)" + grammar.NUMBER_LABEL
                                   + r"\s*[:.]{1,2}(?=\s*\d{1,6}\s*(?:/\s*\p{Lu}|\s\p{Lu}{2,}-\p{Lu}))")
# the day's digits run into "tháng" ("Hà Nội, ngày l8thang 8 năm 2021"): set apart, their look-alike letters mended
_DAY_GLUED = regex.compile(rf"(?<=\b(?i:ng[àa]y)\s*)([\d{_DL}]{{1,2}})(?=(?i:th[áa]ng)\s*\d)")
# the own number's digits with one space in them, the last group against the slash: "Số: 120 1/TCHQ-TXNK" (1201)
_GAPPED_NUMBER = regex.compile(r"(?<=^\W{0,3}Số\s*:\s*)(\d{1,4}) (\d{1,3})(?=/\s*\p{Lu})")
# a symbol's last part read in lower case, of the letters whose small form is the capital's shape, the slash before the
# symbol lost: "Số: 3790 TCT- cs Hà Nội, …" (3790/TCT-CS)
_LOWER_PART = regex.compile(r"(?<=^\W{0,3}Số\s*:\s*\d{1,6}\s*/?\s*[\p{Lu}Đ]{2,}(?:-[\p{Lu}Đ]{2,})*)\s*-\s*([cosvwxz]{2,4})(?![\p{L}\d])")
# a cited act's number split by OCR: "Nghị định số 1 18/2021/NĐ-CP" (118/2021/NĐ-CP)
_SPLIT_NUMBER = regex.compile(r"(?<=\b(?i:số)\s+)(\d{1,3})\s(\d{1,3})(?=/\d{4}/\p{Lu})")
# a cited act's code with both slashes read as spaces, as a stamp's ink painted over leaves it: "Luật … số 64 2025 QH15"
# (64/2025/QH15) — only after "số", a year and a symbol in capitals
_LOST_SLASHES = regex.compile(r"(?<=\b(?i:số)\s+)(\d{1,5})\s((?:19|20)\d{2})\s(?=(?:QH\d{1,2}|[A-ZĐ]{2,}\d{0,2}(?:-[A-ZĐ][A-ZĐ0-9]*)+)(?![\w/]))")
# (a symbol of a document's shape, "QH15" or "NĐ-CP": not "số 1234 2024 VND", an account's number and a currency)
# Tesseract reads a slanted slash as the fraction slash (U+2044) or the division slash (U+2215): "150/2025⁄NĐ-CP"
_ODD_SLASH = regex.compile(r"(?<=[\d\p{Lu}])[\u2044\u2215](?=[\d\p{Lu}])")
_YEAR_PHRASE = regex.compile(rf"\b(năm|tháng|ngày)\s+([\d{_DL}]{{1,4}})\b")


# A code's number is a number's slot when its label stands before it: the own number line's "Số:" (after the label's
# mend), a citation's "số" ("Quyết định số 1B3/QĐ-TTg"). Only there are its look-alike letters read as digits; elsewhere
# a letter run into digits is as likely a word's or a speck's.
_NUMBER_SLOT = regex.compile(r"(?:^\W{0,3}|\b)(?i:số|" + grammar.NUMBER_LABEL + r")\s*[:.]?\s*$")
# Before the number's first digit only a letter of a digit's height and shape is one ("Số: l5/2O24/TT-BTP"); a lower case
# 's', 'o', 'i', 'z', 'g', 'b' there may be any letter or speck ("Số: s14 /BTC-CT": 514, 14 or 814?). After its last
# digit a letter is the number's own suffix ("Công văn số 35A/THB-TV", "mẫu số 01A/BB"), never a digit.
_LEADING_LIKE = frozenset("ODQIl|!BSZG")


def _slot_digits(s: str) -> str | None:
    """The digits of a number in its slot: look-alike letters between digits read, before them only tall ones."""
    if not s[-1].isdigit() or not (s[0].isdigit() or s[0] in _LEADING_LIKE):
        return None
    return _digits(s)


def _digits(s: str) -> str | None:
    """The digits meant by a run of digits and look-alike letters, if it has real digits in it."""
    if not any(c.isdigit() for c in s):
        return None
    return "".join(_DIGIT_LIKE.get(c, c) for c in s)


def repair_codes(line: str) -> str:
    def code(m: regex.Match) -> str:
        num = m.group(1) if m.group(1).isdigit() else None
        if num is None and _NUMBER_SLOT.search(line[max(0, m.start() - 16) : m.start()]):
            num = _slot_digits(m.group(1))
        if num is None:
            return m.group(0)
        out = num + m.group(2)
        if m.group(3):
            year = _digits(m.group(3)) or m.group(3)
            out += year + m.group(4)
        return out

    def dmy(m: regex.Match) -> str:
        parts = [_digits(p) for p in m.groups()]
        if any(p is None for p in parts):
            return m.group(0)
        return "/".join(parts)

    def phrase(m: regex.Match) -> str:
        num = _digits(m.group(2))
        if num is None or not num.isdigit():
            return m.group(0)
        return f"{m.group(1)} {num}"

    line = _ODD_SLASH.sub("/", line)
    line = _LOST_SLASHES.sub(r"\1/\2/", line)
    line = _SO_LABEL_MISREAD.sub(r"\1Số:", line)
    line = _DAY_GLUED.sub(lambda m: (d + " ") if (d := _digits(m.group(1))) and d.isdigit() else m.group(1), line)
    line = _SPACED_NUMBER.sub(lambda m: m.group(1).replace(" ", ""), line)
    line = _GAPPED_NUMBER.sub(lambda m: m.group(1) + m.group(2) if len(m.group(1) + m.group(2)) <= 5 else m.group(0), line)
    line = _LOWER_PART.sub(lambda m: "-" + m.group(1).upper(), line)
    line = _LOST_SLASH.sub(r"\1/", line)
    line = _SPLIT_NUMBER.sub(r"\1\2", line)
    line = _CODE.sub(code, line)
    line = _SYMBOL_DIGITS.sub(lambda m: m.group(1) + (_digits(m.group(2)) or m.group(2)), line)
    line = _DATE_NUM.sub(dmy, line)
    return _YEAR_PHRASE.sub(phrase, line)


# The document's own number line, symbol damaged: "Số:494NQ-UBTVQH3", "Số:478LĐTBXHTIE", "Số 879 VPCF&,VX".
_OWN_NUMBER = regex.compile(r"^(?P<lead>\W{0,3}(?:S[ốoóồ]|SỐ|SO)\s*[:.]?\s*)(?P<number>\d{1,6})(?P<sep>\s*[-/|\\lI!]?\s*)"
                            r"(?P<symbol>(?:\d{4}/)?[\p{Lu}Đ][\p{L}\d&,.\-/]*?(?:[-/] [\p{Lu}Đ][\p{L}\d]*)?)[\s.,]*$")
_KEEP_LINE = regex.compile(r"^\W*Lưu\s*:?\s*(.+)$")


def _filing_units(text: str) -> list[str]:
    """Drafting units of the "Lưu: VT, TE (07)." lines: the last part of a symbol (Decree 30, Phụ lục I)."""
    out: list[str] = []
    for line in text.split("\n"):
        m = _KEEP_LINE.match(line.strip())
        if m:
            for tok in regex.split(r"[,;]", m.group(1)):
                tok = regex.sub(r"\(.*?\)|[.\s]+$", "", tok).strip()
                if regex.fullmatch(r"[\p{Lu}Đ]{2,8}\d{0,2}", tok) and tok != "VT" and tok not in out:
                    out.append(tok)
    return out


_CITED_SYMBOL = regex.compile(r"(?<![\w/])\d{1,5}/(?:\d{4}/)?([\p{Lu}Đ][\p{Lu}Đ\d]*(?:-[\p{Lu}Đ][\p{Lu}Đ\d]*)+)(?![\w-])")


def _cited_units(text: str, symbol: str) -> list[str]:
    """The other parts of the issuer's own symbols the text cites ("công văn số 1983/BXD-QLN"): symbols
    whose first part is the read symbol's. They are read in the body's print, as well as the number line and
    better than the small "Lưu:" line, and tell a drafting unit the number line read right."""
    first = regex.split(r"[-/]", symbol, maxsplit=1)[0]
    out: list[str] = []
    for m in _CITED_SYMBOL.finditer(text):
        parts = m.group(1).split("-")
        if parts[0] == first:
            out += [p for p in parts[1:] if p not in out]
    return out


def _mend_header_line(text: str, rx: regex.Pattern, limit: int, mend) -> str:
    """The first of the first page's top ``limit`` lines that ``rx`` matches, replaced by
    ``mend(match, lines above it)`` (None: left as read)."""
    first, sep, rest = text.partition("\f")
    lines = first.split("\n")
    i, m = next(((i, m) for i, line in enumerate(lines[:limit]) if (m := rx.match(line.strip()))), (None, None))
    if m is None or (new := mend(m, lines[:i])) is None:
        return text
    lines[i] = new
    return "\n".join(lines) + sep + rest


def repair_number_line(text: str, issued: date | None) -> str:
    """The document's own "Số: 494/NQ-UBTVQH13" on an OCR'd first page: the slash restored and a damaged
    symbol rebuilt from the header's issuer, the issue date and the "Lưu:" units
    (:func:`pipeline.parse.gazetteer.repair_symbol`); party codes ("Số 28-CT/TW") are left alone."""
    def mend(m: regex.Match, above: list[str]) -> str | None:
        if m.group("sep").strip() == "-":
            return None  # party style ("Số 28-CT/TW")
        header = " ".join(x.strip() for x in above if x.strip() and x.strip().isupper())
        read = m.group("symbol").strip("-/").replace(" ", "")
        others = text.replace(m.string, "", 1)  # the number line itself is no evidence for its reading
        symbol = gazetteer.repair_symbol(read, header, _filing_units(text) + _cited_units(others, read), issued)
        if symbol == m.group("symbol") and "/" in m.group("sep"):
            return None
        return f"{m.group('lead').rstrip()} {m.group('number')}/{symbol}"

    return _mend_header_line(text, _OWN_NUMBER, 15, mend)


# The place-date line, its day or month read as letters: "Quảng Ngãi, ngày: JÍ tháng 3 năm 2025". Its grammar
# is strong enough to read any look-alike (J for 3 too) in the number slots.
_SLOT = r"([\d\p{L}]{1,4})"
_PLACE_DATE_SLOTS = regex.compile(r"^(?P<place>\W{0,3}\p{Lu}[\p{L}. ]{1,40}?,\s*)ngày\W{0,2}\s*" + _SLOT
                                  + r"\s+tháng\s+" + _SLOT + r"\s+năm\s+" + _SLOT + r"\s*$")
_SLOT_LIKE = dict(_DIGIT_LIKE, J="3")
# a dated citation ("số 530/SYT-CSXH ngày 19/3/2025"): the document cannot be older than what it cites
_CITED_DATE = regex.compile(r"\d/[\p{Lu}Đ][\w/-]*\s+ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")


def _date_or_none(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def repair_issue_date(text: str) -> str:
    """The issue date of the first page's place-date line, digits read as look-alike letters, when the
    reading gives a real date no older than the documents the text cites."""
    def mend(m: regex.Match, above: list[str]) -> str | None:
        slots = [m.group(k) for k in (2, 3, 4)]
        if all(x.isdigit() for x in slots):
            return None
        d, mo, y = ("".join(_SLOT_LIKE.get(c, c) for c in strip_diacritics(x)) for x in slots)
        day = _date_or_none(int(y), int(mo), int(d)) if (d + mo + y).isdigit() and 1945 <= int(y) <= 2100 else None
        cited = [_date_or_none(int(c[2]), int(c[1]), int(c[0])) for c in _CITED_DATE.findall(text)]
        if day is None or any(c and c > day for c in cited):
            return None
        return f"{m.group('place').strip()} ngày {d} tháng {mo} năm {y}"

    return _mend_header_line(text, _PLACE_DATE_SLOTS, 25, mend)


# ---------------------------------------------------------------------------------------------------
# 7. Words and phrases

# Characters OCR confuses, beyond diacritics (which the fold key covers): each maps to a shared class.
_SHAPE_CONFUSIONS = [("rn", "m"), ("cl", "d"), ("ii", "ü"), ("li", "h"), ("l", "i"), ("l", "t"), ("1", "l"),
                     ("I", "l"), ("0", "o"), ("c", "e"), ("n", "u"), ("f", "t"), ("h", "b"), ("8", "B"),
                     ("5", "S"), ("!", "l"), ("|", "l")]
_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=1)
def _by_fold() -> dict[str, str]:
    """Fold key → the most frequent syllable with that key."""
    best: dict[str, tuple[int, str]] = {}
    for w, c in syllables().items():
        if not well_formed(w):
            continue
        k = strip_diacritics(w)
        if k not in best or c > best[k][0]:
            best[k] = (c, w)
    return {k: w for k, (c, w) in best.items()}


@lru_cache(maxsize=1)
def _frequent() -> list[str]:
    return [w for w, c in syllables().items() if c >= 2]


@lru_cache(maxsize=1)
def phrases() -> list[tuple[str, str, int]]:
    """Domain phrases (lexicon_phrases.txt): (phrase, fold key, word count), longest first."""
    out = []
    for line in (DATA / "lexicon_phrases.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        p = normalize(line)
        out.append((p, strip_diacritics(p).lower(), len(p.split())))
    out.sort(key=lambda t: -len(t[0]))
    return out


def _case_like(src: str, word: str) -> str:
    if src.isupper() and len(src) > 1:
        return word.upper()
    if src[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_STOP_FINAL = regex.compile(r"(?:c|ch|p|t)$")


def well_formed(syllable: str) -> bool:
    """Vietnamese phonotactics OCR often breaks: a syllable closed by c/ch/p/t carries the sắc or nặng
    tone ("một", "các"), never none/huyền/hỏi/ngã ("môt", "càc")."""
    low = syllable.lower()
    if not _STOP_FINAL.search(low) or not regex.search(r"[aăâeêioôơuưy]", strip_diacritics(low)):
        return True
    marks = set(unicodedata.normalize("NFD", low))
    return "\u0301" in marks or "\u0323" in marks


def correct_word(w: str) -> str:
    """One word that is not a Vietnamese syllable → the syllable OCR most likely misread, or itself."""
    syl = syllables()
    low = w.lower()
    if len(w) < 2 or (low in syl and (syl[low] > 0 or well_formed(low))):
        return w
    letters_plain = strip_diacritics(w)
    if sum(1 for c in w if c.isupper()) >= 2 and (letters_plain.isascii() and w.replace("Đ", "D") == letters_plain
                                                  or not regex.search(r"[aeiouy]", letters_plain.lower())):
        return w  # an abbreviation: UBND, BVQTEVN, TTrB, LĐTBXH
    if letters_plain == w and not w.islower() and not w[:1].isupper():
        return w
    key = strip_diacritics(low)
    cand = _by_fold().get(key)
    if cand and cand != low:
        return _case_like(w, cand)
    # shape confusions: one substitution of a confusable group
    for a, b in _SHAPE_CONFUSIONS:
        for x, y in ((a, b), (b, a)):
            start = low.find(x)
            while start >= 0:
                trial = low[:start] + y + low[start + len(x):]
                hit = trial if trial in syl else _by_fold().get(strip_diacritics(trial))
                if hit and syl.get(hit, 0) >= 1:
                    return _case_like(w, hit)
                start = low.find(x, start + 1)
    # last resort: the most frequent syllable at edit distance 1 with the same fold length
    if len(low) >= 3:
        best, best_count = None, 0
        for s in _frequent():
            if abs(len(s) - len(low)) <= 1 and Levenshtein.distance(s, low, score_cutoff=1) <= 1:
                c = syl[s]
                if c > best_count:
                    best, best_count = s, c
        if best and best_count >= 5:
            return _case_like(w, best)
    return w


def lost_marks(w: str) -> str:
    """A word of a text that was OCR'd before it reached us, in lower case, that is no syllable but a frequent one with
    its marks lost or misplaced ("cac" → "các", "liẹu" → "liệu"): that syllable. Words the corpus holds as syllables (even
    a misread seen once, "nganh"), capitalised words (names) and rare folds are left as written."""
    low = w.lower()
    if len(w) < 2 or not w.isalpha() or low in syllables() or not (w.islower() or low in _CAPITALISED_TOO):
        return w  # (a capitalised word may be a name: "Nguyen" is "Nguyễn", not the frequent "nguyên")
    cand = _by_fold().get(strip_diacritics(low))
    if not cand or syllables().get(cand, 0) < LOST_MARKS_LEAST:
        return w
    return _case_like(w, cand)


LOST_MARKS_LEAST = 50  # how often the syllable restored must be met in the corpus
_CAPITALISED_TOO = {"cac"}  # a list's opening word, "Cac sở, ngành": no name's syllable


def correct_words(line: str) -> str:
    line = _WORD.sub(lambda m: split_run_together(m.group(0)), line)
    return restore_pairs(_WORD.sub(lambda m: correct_word(m.group(0)), line))


_VOWEL = regex.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_SINGLE_SYLLABLES = {"à", "ạ", "ả", "á", "ấy", "ở", "ô", "ơ", "ừ", "y", "ý", "ỷ"}


def split_run_together(w: str) -> str:
    """Syllables OCR ran together ("BANNHÂNDÂN", "hànhđộng") split again, when the word is no syllable
    and splits wholly into known ones (the fewest pieces, each seen in the corpus)."""
    if len(w) < 5 or w.lower() in syllables():
        return w
    low = w.lower()
    syl = syllables()
    n = len(low)
    best: list[list[int] | None] = [None] * (n + 1)  # best[i]: cut positions for low[:i]
    best[0] = []
    for i in range(1, n + 1):
        for j in range(max(0, i - 7), i):
            if best[j] is None:
                continue
            piece = low[j:i]
            # Every Vietnamese syllable has a vowel: a piece without one is an abbreviation the corpus also holds
            # ("CN", "TT", "BCĐ"), so a symbol of capitals ("CNCNTT", "BTTTT", "BCĐTW", "PTTgCP") is never cut.
            if (len(piece) >= 2 and syl.get(piece, 0) > 0 and well_formed(piece) and _VOWEL.search(piece)) \
                    or piece in _SINGLE_SYLLABLES:
                cand = best[j] + [i]
                if best[i] is None or len(cand) < len(best[i]):
                    best[i] = cand
    cuts = best[n]
    if not cuts or len(cuts) < 2:
        return w
    parts, start = [], 0
    for c in cuts:
        parts.append(w[start:c])
        start = c
    return " ".join(parts)


@lru_cache(maxsize=1)
def _pairs() -> tuple[dict[str, tuple[str, int]], set[str]]:
    """Word pairs of the corpus: fold key → (most frequent spelling, count); and every spelling seen."""
    best: dict[str, tuple[str, int]] = {}
    seen: set[str] = set()
    for pair, c in _pair_counts().items():
        seen.add(pair)
        k = strip_diacritics(pair)
        if k not in best or c > best[k][1]:
            best[k] = (pair, c)
    return best, seen


_TOKEN = regex.compile(r"\p{L}+|[^\p{L}\s]+")


@lru_cache(maxsize=1)
def _variants() -> dict[str, list[str]]:
    """Fold key of a syllable → the spellings seen in corpus pairs."""
    out: dict[str, set[str]] = {}
    for pair in _pairs()[1]:
        for w in pair.split(" "):
            out.setdefault(strip_diacritics(w), set()).add(w)
    return {k: sorted(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _pair_counts() -> dict[str, int]:
    out: dict[str, int] = {}
    for line in (DATA / "lexicon_bigrams.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            pair, _, count = line.partition("\t")
            out[pair] = int(count)
    return out


def _pair_count(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    return _pair_counts().get(f"{a} {b}", 0)


def _person_name_words(toks: list[tuple[int, int, str]]) -> set[int]:
    """The tokens of capitalised runs that open on a surname ("Phạm Thị Thanh Trà"): a person's name; not a province
    ("Cao Bằng") nor a run of common words ("Y Tế", "Đào Tạo")."""
    out: set[int] = set()
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and toks[j][2][:1].isupper() and (j == i or toks[j - 1][1] + 1 == toks[j][0]):
            j += 1
        run = [t[2] for t in toks[i:j]]
        if j - i >= 2 and fold(run[0]) in SURNAMES and not gazetteer.province_name(" ".join(run)) and not common_words(run):
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


def restore_pairs(line: str, min_count: int = 5, max_word_count: int = 5, keep_names: bool = False) -> str:
    """Valid syllables with the wrong marks ("các tinh, thành phố"): a word that forms no corpus pair
    with either neighbour takes the spelling (same letters, other marks) that forms pairs seen at least
    ``min_count`` times with its neighbours. Only words rare in the corpus (at most ``max_word_count``
    times) are touched: a frequent word in an unseen pair is more likely right than misread. ``keep_names``:
    a person's name is left as written ("Phạm Thị Thanh Trà" is no "tra")."""
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(line)]
    words = [t[2].lower() if t[2].isalpha() else None for t in toks]
    names: set[int] | None = None if keep_names else set()  # (found at the first word that may change)
    syl = syllables()
    out = line
    for i in range(len(toks) - 1, -1, -1):
        w = words[i]
        if not w:
            continue
        prev = words[i - 1] if i > 0 and toks[i - 1][1] + 1 == toks[i][0] else None
        nxt = words[i + 1] if i + 1 < len(toks) and toks[i][1] + 1 == toks[i + 1][0] else None
        if prev is None and nxt is None:
            continue
        if syl.get(w, 0) > max_word_count or _pair_count(prev, w) + _pair_count(w, nxt) > 0:
            continue  # (a frequent word first: one look-up, not two pairs built)
        if names is None:
            names = _person_name_words(toks)
        if i in names:
            continue
        best, score = None, 0
        for v in _variants().get(strip_diacritics(w), ()):
            if v == w:
                continue
            left, right = _pair_count(prev, v), _pair_count(v, nxt)
            if prev and nxt and not (left and right):
                continue  # with words on both sides, both pairs must speak for the change
            s = left + right
            if s > score:
                best, score = v, s
        if best and score >= min_count:
            a, b, orig = toks[i]
            out = out[:a] + _case_like(orig, best) + out[b:]
            words[i] = best
    return out


def correct_phrases(line: str) -> str:
    """Restore domain phrases from near misses (differences in diacritics or one or two letters)."""
    key = strip_diacritics(line).lower()
    if len(key) != len(line):
        return line
    for phrase, pkey, probes in _phrase_probes():
        for probe in probes:
            if probe in key:
                break
        else:
            continue  # (neither the phrase nor a piece of it: _find_near finds nothing)
        start = 0
        while True:
            idx = _find_near(key, pkey, start)
            if idx is None:
                break
            i, j = idx
            seg = line[i:j]
            if seg != phrase and seg.lower() != phrase.lower() and not _spelled_word_pairs(seg) \
                    and not _common_words(seg, phrase):
                repl = _case_phrase(seg, phrase)
                line = line[:i] + repl + line[j:]
                key = strip_diacritics(line).lower()
            start = i + len(phrase)
    return line


@lru_cache(maxsize=1)
def _phrase_probes() -> list[tuple[str, str, tuple[str, ...]]]:
    """The phrases correct_phrases restores (of two words or more, six letters or more) with what a line must hold for
    _find_near to find one: the phrase's key, or for a phrase near misses of which are sought, one of its pieces."""
    return [(phrase, pkey, _pieces(pkey) if len(pkey) >= 10 else (pkey,))
            for phrase, pkey, n in phrases() if len(pkey) >= 6 and n >= 2]


def _common_words(seg: str, phrase: str) -> bool:
    """Whether ``seg`` is common words written with their marks where the phrase is a proper name: "hồ sơ xây dựng
    Nghị định" holds "sơ xây dựng", no "Sở Xây dựng" (an agency's name is capitalised; OCR keeps capitals)."""
    syl = syllables()
    return phrase[:1].isupper() and seg[:1].islower() and seg != strip_diacritics(seg) \
        and all(w.lower() in syl for w in seg.split())


def _spelled_word_pairs(seg: str, least: int = 3) -> bool:
    """Whether ``seg`` is itself a spelling the corpus uses, every word pair of it seen ``least`` times: another
    word with the same letters, not a misread phrase ("Thủ trưởng", head of an agency, beside the phrase "Thứ
    trưởng", a deputy minister; "Noi nhận" is no pair of the corpus and still becomes "Nơi nhận")."""
    # pairs within a clause: the corpus counts none across a comma ("cấp tỉnh, thành phố" is spelled right)
    pairs = [(a, b) for part in regex.split(r"[,;:.]", normalize(seg).lower()) for a, b in zip(part.split(), part.split()[1:])]
    return bool(pairs) and all(_pair_count(a, b) >= least for a, b in pairs)


def _find_near(key: str, pkey: str, start: int) -> tuple[int, int] | None:
    """Span of ``pkey`` (fold key of a phrase) in ``key`` from ``start``, exactly or with a small edit."""
    i = key.find(pkey, start)
    if i >= 0 and _word_bounded(key, i, i + len(pkey)):
        return i, i + len(pkey)
    if len(pkey) < 10 or len(key) - start < len(pkey):
        return None
    # (a span at most d edits off holds one of d + 1 pieces of the phrase as it is: none in the line, no span)
    if not any(key.find(piece, start) >= 0 for piece in _pieces(pkey)):
        return None
    al = fuzz.partial_ratio_alignment(pkey, key[start:], score_cutoff=92)
    if al is None:
        return None
    i, j = start + al.dest_start, start + al.dest_end
    if j - i != len(pkey) or not _word_bounded(key, i, j):
        return None
    if Levenshtein.distance(key[i:j], pkey) > max(1, len(pkey) // 10):
        return None
    seg_words, p_words = key[i:j].split(" "), pkey.split(" ")
    if len(seg_words) != len(p_words):
        return None
    for s, p in zip(seg_words, p_words):  # every word keeps its first letter and is at most one edit off
        if s != p and (s[:1] != p[:1] or Levenshtein.distance(s, p) > 1 or len(p) < 3):
            return None
    return i, j


@lru_cache(maxsize=None)
def _pieces(pkey: str) -> tuple[str, ...]:
    """A phrase's key cut into one piece more than the edits _find_near allows (max(1, len // 10))."""
    n = max(1, len(pkey) // 10) + 1
    cuts = [round(k * len(pkey) / n) for k in range(n + 1)]
    return tuple(pkey[a:b] for a, b in zip(cuts, cuts[1:]))


def _word_bounded(key: str, i: int, j: int) -> bool:
    return (i == 0 or not key[i - 1].isalnum()) and (j >= len(key) or not key[j].isalnum())


def _case_phrase(seg: str, phrase: str) -> str:
    letters = [c for c in seg if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return phrase.upper()
    if seg[:1].isupper():
        return phrase[:1].upper() + phrase[1:]
    if seg[:1].islower() and phrase[:1].isupper() and phrase.split()[0].lower() == phrase.split()[0]:
        return phrase
    return phrase[:1].lower() + phrase[1:] if seg[:1].islower() and not _proper(phrase) else phrase


def _proper(phrase: str) -> bool:
    words = phrase.split()
    return sum(1 for w in words if w[:1].isupper()) >= max(2, len(words) // 2 + 1)


# ---------------------------------------------------------------------------------------------------
# 8. Joining lines

_BREAK_BEFORE = regex.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|[-–+•*]\s*\S|[IVXLC]+[.)]\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+"
    r"|Nơi nhận|Kính gửi|Số\s*:|V/v|Căn cứ|Theo đề nghị|Xét đề nghị|KT\.|TM\.|TL\.|TUQ\.|Q\.|QUYẾT ĐỊNH|"
    r"CHỈ THỊ|KẾ HOẠCH|THÔNG BÁO|PHỤ LỤC|Phụ lục|Lưu\s*:|\(?[*]|\d+/\d+)", regex.V1)
_END_PARA = regex.compile(r"[.:;!?]\s*$|[.]/\.?\s*$")


def _is_upper_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and sum(1 for c in letters if c.isupper()) / len(letters) > 0.8


def join_lines(text: str) -> str:
    """Hard-wrapped lines of one page → paragraphs (one per line)."""
    out: list[str] = []
    for line in text.split("\n"):
        s = line.strip()
        if not s:
            if out and out[-1] != "":
                out.append("")
            continue
        if not out or out[-1] == "":
            out.append(s)
            continue
        prev = out[-1]
        if _joins(prev, s):
            if _CODE_CUT.search(prev):
                out[-1] = prev + s  # a code broken after its hyphen: "1481/BYT-" + "BMTE"
            else:
                out[-1] = prev + " " + s
        else:
            out.append(s)
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)


_CODE_CUT = regex.compile(r"(?<!\S)[\p{L}\d]*\d[\p{L}\d]*/[\p{Lu}Đ\d&/-]*[\p{Lu}Đ\d]-$")  # "1481/BYT-", "12/2024/TT-"


def _joins(prev: str, s: str) -> bool:
    if _CODE_CUT.search(prev) and regex.match(r"[A-ZĐ0-9]", s) and not _BREAK_BEFORE.match(s):
        return True  # a document code broken after its hyphen (not a closing "./.Ø2-" before "Nơi nhận:")
    if _BREAK_BEFORE.match(s) and not (regex.match(r"\d{1,4}/\d", s) and _NUMBER_BEFORE.search(prev.rstrip())) \
            and not (_CITED_ARTICLE.match(s) and grammar.OPEN_END.search(prev.rstrip())) \
            or _END_PARA.search(prev):
        return False  # (a date or a code goes on after "ngày", "số": "… ngày" / "3/12/2020 …")
    if regex.search(r"hanh\s+phuc\W*$", fold(prev)):
        return False  # the motto's last line: the number line below it ("ty sé: 40345 /BTC-TCT") starts afresh
    if regex.fullmatch(r"(?:[IVXLC]+|\d{1,3})[.,;]?", s) and regex.search(r"(?i)(?<!\p{L})(?:khóa|khoá|thứ)$", prev.rstrip()):
        return True  # a term's or session's number wrapped alone: "… Ban Chấp hành Trung ương Đảng khóa" / "XII."
    if _is_upper_line(prev) or _is_upper_line(s):
        return False
    first = s[:1]
    if first.isdigit() and not regex.fullmatch(r"\d{1,3}[.)]?", s) and (
            grammar.OPEN_END.search(prev.rstrip()) or _NUMBER_BEFORE.search(prev.rstrip())):
        return True  # a date, article or code wrapped after the word that takes it: "… ngày" / "3/12/2020 hướng dẫn …",
        # "… Điều" / "4, Điều 6 Nghị định …", "… thuế số" / "38/2019/QH14" (not a table's row number: "… số" / "1")
    if first.isupper() and (grammar.OPEN_END.search(prev.rstrip()) or _HEAD_END.search(prev.rstrip())) \
            and not _TIME_CELL.match(s):
        return True  # a name wrapped after an open word or its head: "… Chủ tịch" / "Hội đồng thành viên, …",
        # "… gửi báo cáo về Bộ" / "Xây dựng chậm nhất …", "… theo chỉ đạo của" / "Thủ tướng Chính phủ" (a task
        # table's cells are lines too: "Các Sở, Ban" / "Năm 2025" are two)
    return first.islower() or (first.isdigit() and prev.rstrip()[-1:] in ",-–(")


# An article cited inside a sentence, not an article's heading ("… quy định tại" / "Điều 5 Nghị định …", but "Điều 5."
# or "Điều 5:" opens one).
_CITED_ARTICLE = regex.compile(r"Điều\s+\d{1,3}\s+(?![.:])")
# Words a number goes on from: "ngày" 3/12/2020, "Điều" 4, "số" 38/2019/QH14 (not "năm": a table's cells "Báo cáo" /
# "hằng năm" / "2026 và" / "hằng năm" are lines too, the last two a time cell).
_NUMBER_BEFORE = regex.compile(r"(?<!\p{L})(?i:ngày|số|điều|khoản|điểm)$")
# A table's time cell: "Năm 2025", "Quý IV/2025", "Tháng 11/2025", "Trước ngày 30/11", "Thường xuyên", "Hằng năm".
_TIME_CELL = regex.compile(r"(?i)(?:năm|quý|tháng|trước|hằng|hàng|thường xuyên|định kỳ|từ|trong|giai đoạn|\d)(?!\p{L})")
# A line ending on the head of a name whose rest opens the next line: an agency's head that no name closes, or a head's
# title. (Not gazetteer.AGENCY_HEADS nor blocks.TITLE_FORMS whole: "Thuế", "Quốc hội", "Tỉnh ủy" are names a line may
# end on; the other titles, "Thủ tướng", "Tư lệnh", would join more lines than this list does.)
_HEAD_END = regex.compile(r"(?<!\p{L})(?:Chủ tịch|Bộ|Sở|Ủy ban|Uỷ ban|Ban|Cục|Tổng cục|Chi cục|Hội đồng|Thủ trưởng|"
                          r"Giám đốc|Bộ trưởng|Cục trưởng|Vụ trưởng|Viện trưởng|Trưởng ban|Chủ nhiệm|Bí thư|"
                          r"Tập đoàn|Tổng Công ty|Văn phòng|Trung tâm)$")


# ---------------------------------------------------------------------------------------------------
# Putting it together


_PAGE_NUMBER = regex.compile(r"^[\s\-–—]*(?:Trang\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?[\s\-–—]*$", regex.I)


_JUNK_TOKEN = regex.compile(r"(?<!\S)(?:(?![.]{3}|\./\.|/\.)[^\w\s]{2,}|[¡¿›‹ˆ`'\"“”‘’|\\~_^°«»])(?!\S)")


def drop_junk_tokens(line: str) -> str:
    """OCR of smudges, dotted lines and stamp remains: stand-alone runs of punctuation (":.:-", "'.'.")
    and stray marks ("¡", "›", "`"). List dashes, "...", "./." and punctuation attached to words stay."""
    out = _JUNK_TOKEN.sub("", line)
    return regex.sub(r"(?<=\S) {2,}(?=\S)", " ", out).rstrip() if out != line else line


def drop_page_numbers(text: str) -> tuple[str, list[str]]:
    """A page number alone on the first or last line of a page ("2", "- 2 -", "Trang 2/5") is not text."""
    lines = text.split("\n")
    dropped = []
    for idx in (lambda: next((i for i, x in enumerate(lines) if x.strip()), None),
                lambda: next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)):
        i = idx()
        if i is not None and _PAGE_NUMBER.match(lines[i]):
            dropped.append(lines.pop(i).strip())
    return "\n".join(lines), dropped


_NUMBER_LINE_START = regex.compile(r"^\W{0,3}(?:S[ốoóồ]|SỐ|SO)\s*[:.]?\s*\d")


def drop_stamp_echo(body: str, stamp_text: str) -> tuple[str, list[str]]:
    """Lines of the page's stamp ink read again with the body ("SỞ Y TẾ TỈNH QUẢNG NGÃI" of a receipt stamp
    lying over the title): a body line below the number line that is, letter for letter up to a slip or
    two, a line of the stamp reading. The issuer block above the number line is never touched."""
    marks = [fold(x).strip(" |:.-_") for x in stamp_text.split("\n")]
    marks = [x for x in marks if len(x) >= 12]
    lines = body.split("\n")
    start = next((i + 1 for i, x in enumerate(lines[:20]) if _NUMBER_LINE_START.match(x.strip())), None)
    if not marks or start is None:
        return body, []
    kept, dropped = lines[:start], []
    for line in lines[start:]:
        f = fold(line).strip(" |:.-_")
        if len(f) >= 12 and any(fuzz.ratio(f, m) >= 90 for m in marks):
            dropped.append(line.strip())
        else:
            kept.append(line)
    return "\n".join(kept), dropped


# "tinh Hà Nam", "tính Ha Nam": the unit word before a province's name with its marks lost or misread (OCR'd text
# often arrives as plain text). Restored only when the capitalised words after it fold to a province's name.
_UNIT_BEFORE_NAME = regex.compile(r"(?<![\p{L}\p{M}])(?P<unit>t[iìíỉĩị]nh|th[aàáảãạ]nh ph[oồốổỗộ])\s+"
                                  r"(?P<name>\p{Lu}[\p{L}\p{M}]*(?:\s+(?:-\s+)?\p{Lu}[\p{L}\p{M}]*){0,3})")


def restore_province_names(line: str) -> str:
    """'Cục Thuế tinh Ha Nam' → 'Cục Thuế tỉnh Hà Nam' (names from the gazetteer's provinces, old and new)."""
    def rep(m: regex.Match) -> str:
        words = m.group("name").split(" ")
        for n in range(len(words), 0, -1):  # the longest run of capitalised words that is a province's name
            name = gazetteer.province_name(" ".join(words[:n]))
            if name:
                unit = "tỉnh" if fold(m.group("unit")) == "tinh" else "thành phố"
                return f"{unit} {name}" + (" " + " ".join(words[n:]) if n < len(words) else "")
        return m.group(0)

    return _UNIT_BEFORE_NAME.sub(rep, line)


def _prepared(text: str) -> str:
    """A page's text without its markup, look-alike letters Latin, normalised."""
    return normalize(latinize(strip_markup(text.replace("\r\n", "\n").replace("\r", "\n"))))


def clean_page(text: str, *, ocr: bool, context_date: date | None, page: int | None,
               stamp_text: str = "", prepared: str | None = None) -> tuple[str, list, list[str]]:
    """``prepared``: the page's text as _prepared gives it, when the caller has it."""
    text = prepared if prepared is not None else _prepared(text)
    receipts = []
    removed: list[str] = []
    text, numbers = drop_page_numbers(text)
    removed += numbers
    if stamp_text.strip():
        st = normalize(latinize(strip_markup(stamp_text)))
        recs, rest = stamp.read_stamp(st, context_date=context_date, page=page)
        receipts += recs
        removed += rest
    body, recs, _ = stamp.extract(text, context_date=context_date, page=page)
    if stamp_text.strip():
        body, echoed = drop_stamp_echo(body, st)
        removed += echoed
    receipts = stamp.merge_receipts(receipts, recs)  # a grey stamp is read both apart and in the body
    lines = []
    for line in body.split("\n"):
        if line.strip() in {"”", "»", '"', "”.", '".'} and any(x.strip() for x in lines):
            # a quotation's closing mark alone on its line ends the quoted passage above, not noise
            k = max(i for i, x in enumerate(lines) if x.strip())
            lines[k] = lines[k].rstrip() + line.strip()
            continue
        if is_noise(line):
            removed.append(line.strip())
            continue
        line = repair_codes(line)
        if ocr:
            line = drop_junk_tokens(line)
        else:  # text layers drop spaces too ("hànhđộng"); OCR pages get this in correct_words
            line = _WORD.sub(lambda m: split_run_together(m.group(0)), line)
        line = restore_province_names(correct_phrases(line))
        if ocr:
            line = correct_words(line)
        else:
            # a text OCR'd before it reached us: its lower-case words' lost or misplaced marks ("dé b/c", "chu trì")
            line = restore_pairs(_WORD.sub(lambda m: lost_marks(m.group(0)), line), keep_names=True)
        lines.append(line)
    body = join_lines("\n".join(lines))
    if ocr:  # a phrase OCR misread where the page broke it over two lines ("Luật sửa đối," / "bổ sung một số điều …")
        body = "\n".join(correct_phrases(line) for line in body.split("\n"))
    return body, receipts, removed


def _repair_header(text: str) -> str:
    """Number line and issue date of an OCR'd first page, read against the rest of the document."""
    text = repair_issue_date(text)
    return repair_number_line(text, stamp.issue_date(text.partition("\f")[0]))


def clean_text(text: str, stamp_texts: list[str] = (), *, ocr: bool = False) -> CleanText:
    """Clean a text (pages separated by "\\f"); ``stamp_texts``: per page OCR of the separated stamp ink."""
    stamp_texts = list(stamp_texts)
    pages = [(t, ocr, i + 1, stamp_texts[i] if i < len(stamp_texts) else "") for i, t in enumerate(text.split("\f"))]
    return _clean_pages(pages, repair_header=ocr)


def clean(result: ReadResult) -> CleanText:
    """Clean what ``ingest.read`` returned: word-level OCR correction only on OCR'd pages."""
    pages = [(p.text, p.method == "ocr", p.number, p.stamp_text) for p in result.pages]
    return _clean_pages(pages, repair_header=bool(result.pages) and result.pages[0].method == "ocr")


def _clean_pages(pages: list[tuple[str, bool, int, str]], repair_header: bool) -> CleanText:
    """Each page (its text, whether OCR read it, its number, its stamp's OCR) cleaned, dated by the first page's date of
    issue; the header repaired when the first page was OCR'd."""
    # (the first page prepared once, for its date and its cleaning, when it has no carriage return to make them differ)
    first = (_prepared(pages[0][0]) if "\r" not in pages[0][0] else normalize(latinize(strip_markup(pages[0][0])))) \
        if pages else None
    context = stamp.issue_date(first) if pages else None
    out, receipts, removed = [], [], []
    for k, (page_text, ocr, number, stamp_text) in enumerate(pages):
        body, recs, rem = clean_page(page_text, ocr=ocr, context_date=context, page=number, stamp_text=stamp_text,
                                     prepared=first if k == 0 and "\r" not in page_text else None)
        out.append(body)
        receipts += recs
        removed += rem
    text = "\f".join(out)
    return CleanText(text=_repair_header(text) if repair_header else text, receipts=receipts, removed=removed)
