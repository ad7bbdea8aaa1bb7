"""PDF pages: use the text layer when it is good, otherwise render the page for OCR.

A text layer is "usable" when it has enough letters and they read as Vietnamese — possibly after
converting a legacy 8-bit encoding (TCVN3/ABC, VNI) that old Word files embed in PDFs. A scanned page
carries no text layer (or an OCR layer of poor quality, or only a few header words): it is rendered
at 300 dpi with pypdfium2 and read by OCR.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import regex

from pipeline import legacy
from pipeline.types import VanbanError

MIN_LETTERS = 120  # fewer letters than this on a page: not a real text layer (scan with a header stamp)
MIN_SCORE = 0.75  # share of words that must be Vietnamese syllables
MAX_RENDER_PIXELS = 60_000_000

_LETTER = regex.compile(r"\p{L}")


@dataclass
class LayerText:
    text: str
    usable: bool
    encoding: str | None = None  # "TCVN3" / "VNI" when converted
    reason: str = ""


def open_pdf(path: str | Path) -> pdfium.PdfDocument:
    """Open a PDF or raise a VanbanError a clerk can act on (password, damage)."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            raise VanbanError(str(path), "is password-protected; ask the sender for an unprotected copy") from None
        raise VanbanError(str(path), "is a damaged or incomplete PDF (it cannot be opened); "
                                     "ask the sender to send it again") from None


def check_layer(text: str) -> LayerText:
    """Decide whether an extracted text layer can be used instead of OCR."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    letters = len(_LETTER.findall(text))
    if letters < MIN_LETTERS:
        return LayerText(text, False, reason=f"only {letters} letters")
    fixed, enc = legacy.repair(text)
    if legacy.font_lookalikes(fixed):
        return LayerText(fixed, False, enc, reason="text layer is in a legacy font whose letters came out as ASCII "
                                                   "look-alikes ('T6ng cgc Thu5'), not Vietnamese")
    score = legacy.vietnamese_score(fixed)
    if score < MIN_SCORE:
        return LayerText(fixed, False, enc, reason=f"text layer does not read as Vietnamese ({score:.2f})")
    return LayerText(fixed, True, enc)


def page_text(page: pdfium.PdfPage) -> str:
    tp = page.get_textpage()
    try:
        return tp.get_text_bounded()
    finally:
        tp.close()


# A table worth writing out row by row: numbered rows ("1", "2" …, or group rows "I", "II", "A") in its first column,
# at least this many columns. A header's layout table (issuer | motto) has two columns and no numbers.
MIN_TABLE_COLUMNS = 3
_ROW_NUMBER = regex.compile(r"(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVX]{1,4}|[A-D])\.?")


def _cell(text: str | None) -> str:
    return " ".join((text or "").replace("|", "/").split())


def _numbered(rows: list[list[str]]) -> bool:
    firsts = [r[0] for r in rows if r and r[0]]
    return len(firsts) >= 1 and sum(bool(_ROW_NUMBER.fullmatch(c)) for c in firsts) * 2 >= len(firsts)


def table_text(page: pdfium.PdfPage, plumber_page, text: str, last_header: list[str] | None = None
               ) -> tuple[str, list[str] | None]:
    """The page's text with each ruled table (found by pdfplumber) written one row a line, "| 1 | Nội dung … |
    Cơ quan chủ trì … |" — the form a web copy's table takes, which the cleaner gives one cell a line — and the
    rest of the page's text around it in reading order (nothing inside a table's box repeated): above it, beside it
    on the left, the table, beside it on the right, below it. A header that
    repeats the previous page's table header (``last_header``) is left out: the same table goes on. A page without
    such a table keeps ``text`` unchanged. Returns the text and the last table's header."""
    tables, filled = [], []  # filled: merged cells written again in each row they span
    for t in plumber_page.find_tables():
        rows = []
        for r in t.extract():
            cells = [_cell(c) for c in r]
            if rows and _ROW_NUMBER.fullmatch(rows[-1][0] or "-"):
                # a cell merged with the data row's above (pdfplumber gives None): the same value, as a chair's cell
                # spanning two rows means — not an empty cell that would shift the ones after it
                cells = [rows[-1][k] if c is None and 0 < k < len(rows[-1]) else cells[k] for k, c in enumerate(r)]
                filled += [cells[k] for k, c in enumerate(r) if c is None and cells[k]]
            rows.append(cells)
        rows = _one_header([r for r in rows if any(r) and not _COLUMN_NUMBERS.fullmatch(" ".join(r))])
        if len(rows) >= 2 and max(len(r) for r in rows) >= MIN_TABLE_COLUMNS and _numbered(rows[1:] or rows):
            tables.append((t.bbox, rows))
    if not tables:
        return text, last_header
    tables.sort(key=lambda t: t[0][1])
    h, w = float(plumber_page.height), float(plumber_page.width)
    tp = page.get_textpage()
    try:
        parts, y, dropped = [], 0.0, []  # y: how far down the page (from its top) the text is written out
        for (x0, top, x1, bottom), rows in tables:
            parts.append(tp.get_text_bounded(bottom=h - top, top=h - y) if top > y else "")
            # text printed beside the table, at its height: the left side's before it, the right side's after it (not
            # beside tables side by side: each would take the other's text)
            alone = not any(o[1] < bottom and o[3] > top for o, _ in tables if o != (x0, top, x1, bottom))
            left, right = (_beside(tp.get_text_bounded(left=a, right=b, bottom=h - bottom, top=h - top), rows)
                           if b - a > 1 and alone else "" for a, b in ((0.0, x0), (x1, w)))
            parts.append(left)
            header = rows[0] if not _ROW_NUMBER.fullmatch(rows[0][0] or "-") else None
            if header is not None and last_header is not None and fold_cells(header) == fold_cells(last_header):
                dropped += rows[0]
                rows = rows[1:]  # the header printed again over the table's next page
            # "15." rather than "15": a number alone on a page's first line is taken for the page's number
            parts.append("\n".join("| " + " | ".join([r[0] + "." if r[0].isdigit() else r[0], *r[1:]]) + " |"
                                   for r in rows))
            parts.append(right)
            last_header = header or last_header
            y = bottom
        parts.append(tp.get_text_bounded(top=h - y) if y < h else "")
    finally:
        tp.close()
    out = "\n".join(p.strip("\r\n") for p in parts if p.strip())
    if _letters_differ(out + " ".join(dropped), text + " " + " ".join(filled)):  # (merged cells written twice)
        return text, None  # the table's box and the page's text did not line up (an offset or rotated page)
    return out, last_header


def _beside(text: str, rows: list[list[str]]) -> str:
    """The lines of text beside a table that do not repeat one of its cells, whole or in whole words: two and more
    that open or close it ('Công nghệ' of 'Sở Khoa học và Công nghệ', 'năm 2025' of 'Quý IV năm 2025': a cell's text
    running over its rule), three and more that cover half of it; not a title or note whose words a cell also says
    ('PHỤ LỤC I' by '… tại Phụ lục II kèm theo', 'thủ tục hành chính' mid-cell)."""
    from pipeline.textnorm import fold

    cells = [" ".join(fold(c).split()) for r in rows for c in r if c]
    lines = [" ".join(ln.split()) for ln in text.replace("\r", "").split("\n")]

    def repeats(f: str, c: str) -> bool:
        n = len(f.split())
        return f == c or (n >= 2 and (c.startswith(f + " ") or c.endswith(" " + f))) \
            or (n >= 3 and f" {f} " in f" {c} " and 2 * len(f) >= len(c))
    return "\n".join(ln for ln in lines if ln and not any(repeats(fold(ln), c) for c in cells))


# A row that numbers the columns under the header: "1 2 3 4 5", "(1) (2) (3) (4)".
_COLUMN_NUMBERS = regex.compile(r"\(?1\)?(?:\s+\(?\d{1,2}\)?)+")


def _one_header(rows: list[list[str]]) -> list[list[str]]:
    """A header over two rows ("Cơ quan thực hiện" spanning "Chủ trì" / "Phối hợp") as one: each column named by its
    lower cell where it has one."""
    if len(rows) > 2 and rows[0] and not _ROW_NUMBER.fullmatch(rows[0][0] or "-") and not rows[1][0] \
            and len(rows[1]) == len(rows[0]):
        rows = [[b or a for a, b in zip(rows[0], rows[1])], *rows[2:]]
    return rows


def _letters_differ(new: str, old: str) -> bool:
    """Do the two texts carry other letters (more than a twentieth apart)? The rewritten page must hold the same
    words as the plain text layer, only in another order."""
    a, b = Counter(_LETTER.findall(new)), Counter(_LETTER.findall(old))
    return sum(((a - b) + (b - a)).values()) > 0.05 * max(1, sum(b.values()))


def fold_cells(cells: list[str]) -> list[str]:
    from pipeline.textnorm import fold

    return [fold(c) for c in cells]


def render(page: pdfium.PdfPage, dpi: int = 300):
    """Render one page to a PIL image at ``dpi`` (lowered for huge pages to stay within memory)."""
    w, h = page.get_size()  # points
    scale = dpi / 72
    if w * h * scale * scale > MAX_RENDER_PIXELS:
        scale = (MAX_RENDER_PIXELS / (w * h)) ** 0.5
    return page.render(scale=scale).to_pil()


def page_count(path: str | Path) -> int:
    pdf = open_pdf(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def has_stamp_ink(page: pdfium.PdfPage, zone: float = 0.55) -> bool:
    """Does the top part of the page carry coloured (stamp) ink? A quick look at 75 dpi."""
    from pipeline import preprocess

    rgb = preprocess.to_rgb(render(page, 75))
    blue, red, _, _ = preprocess.ink_mask(rgb)
    top = int(rgb.shape[0] * zone)
    return float((blue[:top] > 0).mean() + (red[:top] > 0).mean()) > 0.001
