"""Split one scan's text into documents: a forwarding letter and the copy attached to it ("Bản sao văn bản
kèm theo"), or several documents scanned together. A new document starts at a second header — a "Số: …" line
with another code, after the first document's distribution list or signer — together with the issuer
capitals just above it."""
from __future__ import annotations

import regex

from pipeline.parse import gazetteer, grammar
from pipeline.parse.lines import is_caps, is_motto, is_rule, split_lines
from pipeline.textnorm import fold, strip_diacritics

# (… or "Công văn số 1210/SYT-NVY … (sao gửi kèm theo)", "(bản photo gửi kèm)")
ATTACHED_RE = regex.compile(r"(?i)(bản sao|sao y|văn bản)[^\n]{0,30}kèm theo|kèm theo[^\n]{0,20}bản sao"
                            r"|\((?:sao|bản sao|bản photo|photo)\s+gửi\s+kèm(?:\s+theo)?\)")


# A legal-database web page around the document (thuvienphapluat): its metadata table above the header ("Số
# hiệu:", "Loại văn bản:", … "Tình trạng:"), and after the document the page's own title again, "Văn bản liên quan",
# the site's notices and footer — nothing of it belongs to the document.
PAGE_FIELDS = ("so hieu", "loai van ban", "noi ban hanh", "nguoi ky", "ngay ban hanh", "ngay hieu luc",
               "ngay cong bao", "so cong bao", "tinh trang", "linh vuc")
# The site's own closing lines; "Văn bản liên quan" / "Nội dung sửa đổi, hướng dẫn" only on a page with the metadata table
# (a document may have a heading of that name).
PAGE_TAIL = regex.compile(r"^\W*(?:van ban nay chua cap nhat noi dung tieng anh|file duoc dinh kem theo van ban|cam on da dung thuvienphapluat)")
PAGE_TAIL_TABLE = regex.compile(r"^\W*(?:van ban lien quan|noi dung sua doi, huong dan)\W*$")


def page_chrome(text: str) -> tuple[int, int]:
    """(start, end) of the document inside a web page's text: after the page's metadata table and before the
    page's closing parts. The whole text when it has neither."""
    lines = split_lines(text)
    start, end = 0, len(text)
    labels = [ln for ln in lines[:120] if regex.match(r"^\W*(" + "|".join(PAGE_FIELDS) + r")\W*:\W*$", ln.fold)]
    if len(labels) >= 3:
        last = labels[-1]
        value = next((ln for ln in lines[last.index + 1 : last.index + 4] if ln.text.strip("|*# ")), None)
        start = lines[value.index + 1].start if value and value.index + 1 < len(lines) else last.end
    for ln in lines:
        if ln.start >= start and (PAGE_TAIL.match(ln.fold) or (start and PAGE_TAIL_TABLE.match(ln.fold))):
            end = ln.start
            # the page repeats the document's title just above ("Thông tư 45/2025/TT-BYT bãi bỏ … ban hành")
            prev = [x for x in lines[max(0, ln.index - 3) : ln.index] if x.text.strip("|*# ")]
            if prev and regex.match(r"^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,3}\s+\d+[/-]", prev[-1].text) and prev[-1].start > start:
                end = prev[-1].start
            break
    return start, end


def page_fields(text: str) -> dict[str, str]:
    """The web page's metadata table ("Số hiệu:" / "45/2025/TT-BYT", "Ngày ban hành:" / "25/11/2025", "Người ký:" / …)
    as {folded label: value}; {} when the text has none."""
    start, _ = page_chrome(text)
    if not start:
        return {}
    lines = split_lines(text[:start])
    out: dict[str, str] = {}
    for ln in lines:
        m = regex.match(r"^\W*(" + "|".join(PAGE_FIELDS) + r")\W*:\W*$", ln.fold)
        if m:
            value = next((x.text.strip("|*# ") for x in lines[ln.index + 1 : ln.index + 4] if x.text.strip("|*# ")), "")
            out.setdefault(m.group(1), value)
    return out


# Two columns of a header that OCR read as one line: "BỘ TÀI CHÍNH CỘNG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM", "TONG CỤC
# THUÊ Độc lập - Tự do - Hạnh phúc", "Số: 2862 /ICT-HTQT Hà Nội. ngày OF tháng 7 năm 2024". The right column goes on a line of its own (a space becomes a line break, so offsets stay).
_MOTTO_IN_LINE = regex.compile(r"(?<=\S)[ \t]+(?=(?i:c[ôoộ]ng\s+h[òoóa]a\s+x[ãa]\s+h|đ[ộo]c\s+l[ậa]p\s*[-—–]|đảng\s+cộng\s+sản))")
# … also when OCR lost the motto's marks and garbled a word of it ("BO TAI CHINH CONG HOA Í CHU NGHĨA VIET NAM",
# "BỘ TÀI CHÍNH CONG HO¿ 21 CHỦ NGHĨA VIET NAD", "TONG CUC THUE Doc lọc Tự do - Hạnh phúc"), matched without marks:
# "cộng hòa" and "chủ nghĩa" a word or two apart, or the two words before "Tự do - Hạnh phúc".
_MOTTO_LOOSE = regex.compile(r"(?<=\S)[ \t]+(?=cong\s+ho\S{0,2}\s+(?:\S+\s+){0,2}chu\s+ngh"
                             r"|(?:\S+[ \t]+){2}[-—–]?[ \t]*tu\s+do\s*[-—–]\s*hanh\s+ph)", regex.I)
# (the number's part before the place ends in no dash or slash: "Số: 1738 /TCT- DNNCN Hà Nội, ngày …", a symbol OCR set a
# space in, keeps "DNNCN"; "Thành phố" in lower case opens the place: "Số:3556 /TTKSBT-KHNV Thành phố Hà Chi Minh, ngày …")
_PLACE_IN_NUMBER_LINE = regex.compile(r"(?m)^((?:\W{0,3}|[^\n]*?\s)" + grammar.NUMBER_LABEL + r"\s*[:.]?[^\n]*?[^\s/–-])[ \t]+(?=(?:Thành[ \t]+phố[ \t]+)?\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,4}[.,]\s*(?i:ng[àa][yuv]\p{L}?)\b)")


# … or its first words garbled beyond that, "XÃ HỘI CHỦ NGHĨA" read after them, an agency's name before them ("BỘ TÀI
# CHÍNH CỘhu nua XÃ HỘI CHỦ NGHĨA VIỆT NAM").
_MOTTO_TAIL = regex.compile(r"(?<=\S)[ \t]+(?=(?:\S+[ \t]+){1,2}xa\s+hoi\s+chu\s+nghia\b)", regex.I)


def split_columns(text: str, header_lines: int = 15) -> str:
    """The text with header columns read as one line put on lines of their own (same length, same offsets)."""
    lines = text.split("\n")
    for i, whole in enumerate(lines):
        # below the first header only a later document's ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI …" after a letter's closing,
        # often just after a page break): the issuer's capitals before the motto, never a sentence naming the Republic
        top = i < header_lines + 12
        before, brk, ln = whole.rpartition("\f")
        if (m := _MOTTO_IN_LINE.search(ln)) and not regex.match(r"(?i)^\W*(?:c[ôo]ng\s+h|đ[ộo]c\s+l)", ln) \
                and (top or is_caps(ln[: m.start()])):
            lines[i] = before + brk + _MOTTO_IN_LINE.sub("\n", ln, count=1)
        elif (top or len(ln) < 120) and is_caps(ln.split()[0] if ln.split() else "") \
                and (m := _MOTTO_LOOSE.search(strip_diacritics(ln))) and is_caps(ln[: m.start()]):
            # same length (the diacritics' strip keeps it)
            lines[i] = before + brk + ln[: m.start()] + "\n" + ln[m.start() + 1 :]
        elif top and (m := _MOTTO_TAIL.search(strip_diacritics(ln))) and is_caps(ln[: m.start()]) \
                and gazetteer.known(gazetteer.canonical(ln[: m.start()])):
            lines[i] = before + brk + ln[: m.start()] + "\n" + ln[m.start() + 1 :]
    text = "\n".join(lines)
    head_end = sum(len(x) + 1 for x in text.split("\n")[: header_lines + 12])
    head = _PLACE_IN_NUMBER_LINE.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1) + "\n", text[:head_end], count=1)
    return head + text[head_end:]


# The national motto of a header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", OCR "CONG HOA XA HOI CHU NGHIA", the
# issuer's capitals before it on the same line) or its second line ("Độc lập - Tự do - Hạnh phúc"), folded.
_MOTTO_FOLDED = regex.compile(r"cong\s+ho\S{0,2}\s+(?:\S+\s+){0,2}chu\s+ngh|doc\s+lap\s*[-—–]\s*tu\s+do|tu\s+do\s*[-—–]\s*hanh\s+ph")
# What follows a header's motto: the number's label, even with the number blank or garbled ("Số: - /TTr-BTC",
# "$6:42(3/BTC-PC", "Luật số: .../2025/QH15"), or the place-date line, even with blank slots ("Hà Nội, ngày tháng năm").
_NUMBER_LABEL_LINE = regex.compile(r"^\W{0,3}(?:(?i:lu[aậ]t)\s+)?" + grammar.NUMBER_LABEL + r"\s*[:.]")
_PLACE_DATE_FOLDED = regex.compile(r"^\W{0,3}[a-z][a-z .]{1,30}[,.]?\s+ngay\b.{0,20}\bthang\b.{0,10}\bnam\b")


def _header_follows(ln) -> bool:
    return bool(_NUMBER_LABEL_LINE.search(ln.text) or _PLACE_DATE_FOLDED.search(ln.fold))


def _motto_header(lines: list, closing_at: int | None) -> int | None:
    """The line where a second document's header begins (its issuer's capitals above or beside the motto): a motto
    after the first document's "Nơi nhận", the number's label or the place-date line under it; None when there is
    none."""
    if closing_at is None:
        return None
    for ln in lines[closing_at + 1 :]:
        if not _MOTTO_FOLDED.search(ln.fold) or not is_caps(ln.text.split()[0] if ln.text.split() else ""):
            continue
        if not any(_header_follows(x) for x in lines[ln.index + 1 : ln.index + 8]):
            continue
        return _issuer_top(lines, ln.index, reach=4, across_blank=False)  # its capitals on lines of their own above
    return None


def _issuer_top(lines: list, index: int, reach: int, across_blank: bool) -> int:
    """The first line of a second header's issuer: the lines in capitals, with no digit, up to ``reach`` lines above
    line ``index``; a blank line ends them unless ``across_blank``."""
    begin = index
    for i in range(index - 1, max(index - reach, 0) - 1, -1):
        t = lines[i].text
        if not t.strip():
            if across_blank:
                continue
            break
        if across_blank and (is_motto(t) or is_rule(t)):
            continue  # the motto's column set after the issuer's ("SỞ Y TẾ" / "-------" / "CỘNG HÒA …" / "Độc lập …")
        if not is_caps(t) or regex.search(r"\d", t):
            break
        begin = i
    return begin


# The letter says it sends a document with it ("Tài liệu kèm theo, gồm: (1) Tờ trình …", "gửi kèm dự thảo …") …
_SENDS = regex.compile(r"\b(?:kem theo|gui kem|dinh kem|du thao)\b")
# … and what stands after its closing is no form or annex: a form to fill ("Mẫu số 01", "theo mẫu đính kèm",
# 860/BHXH-BT), an annex ("PHỤ LỤC"). (A draft the letter sends may itself restate "Ban hành kèm theo Quyết định số …"
# of another body, a Bộ Tài chính letter of 2025 (ĐTNN) sending a draft: it is still sent. An act's own issued plan is kept by _ISSUING_TYPE.)
_NOT_SENT = regex.compile(r"^\W{0,3}(?:mau(?:\s+so)?\b|phu luc\b|bieu(?:\s+mau)?\b)")
# the first document is an act that issues what follows it ("QUYẾT ĐỊNH" / "Điều 1. Ban hành kèm theo Quyết định này Kế
# hoạch …"): the decision's tasks are that plan's (gold/README)
_ISSUING_TYPE = regex.compile(r"^\W*(?:quyet dinh|nghi quyet|thong tu|nghi dinh|chi thi)\W*$")


def _sends_document(lines: list, closing_at: int, begin: int) -> bool:
    """Whether the part found by its motto after the closing (at ``begin``) is a document the letter sends."""
    if any(_ISSUING_TYPE.match(ln.fold) for ln in lines[:closing_at]):
        return False  # an act's own annexes and issued plans belong to it
    if not _SENDS.search(" ".join(ln.fold for ln in lines[:closing_at])):
        return False
    if regex.search(r"(?i)\bmẫu\b[^.]{0,20}\bđính kèm", " ".join(ln.text for ln in lines[:closing_at])):
        return False  # what it attaches is a form to fill ("báo cáo … (theo mẫu đính kèm)", 860/BHXH-BT)
    return not any(_NOT_SENT.search(ln.fold) for ln in lines[closing_at + 1 : begin + 14])


def split_documents(text: str) -> list[tuple[int, int, bool]]:
    """[(start, end, is_attached_copy)] character spans, in order; a web page's chrome around the document is left
    out."""
    start, end = page_chrome(text)
    if (start, end) != (0, len(text)):
        return [(start + s, start + e, a) for s, e, a in split_documents(text[start:end])]
    lines = split_lines(text)
    codes = []
    for ln in lines:
        m = grammar.number_line(ln.text)
        if m:
            codes.append((ln, grammar.match_code(m)[2]))
    from pipeline.parse.blocks import NOI_NHAN_RE  # the label as OCR reads it ("Noi nhậm:", "Not nhận:")

    closing_seen_at = next((ln.index for ln in lines if NOI_NHAN_RE.match(ln.fold)), None)
    if len(codes) < 2:
        # a document sent with the letter whose own number OCR garbled or left blank (a draft "Số: /TTr-BTC"):
        # its header after the letter's closing, found by the motto
        begin = _motto_header(lines, closing_seen_at)
        if begin is None or not _sends_document(lines, closing_seen_at, begin):
            return [(0, len(text), False)]
        starts = [0, lines[begin].start]
        codes = []
    else:
        starts = [0]
        first_code = codes[0][1]
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
        starts.append(lines[_issuer_top(lines, ln.index, reach=6, across_blank=True)].start)
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
