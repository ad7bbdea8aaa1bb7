#!/usr/bin/env python3
"""Render sample scans of Vietnamese official documents, with their ground truth.

    .venv/bin/python samples/generate.py --seed 30 --out samples/scans
    .venv/bin/python samples/generate.py --seed 30 --all          # every spec in every profile

Each JSON spec in samples/specs/ describes one scan: the document(s) it holds (header written by
reading the source, body taken from the source text and cleaned), and the renders wanted (profile,
format, receipt stamp).  A layout engine places the text on A4 pages after Decree 30/2020,
Phụ lục I (two-column header, centred type name and title, justified body, "Nơi nhận" bottom left,
signer block bottom right, page numbers from page 2); the same layout is drawn either onto a raster
page (then marked with a receipt stamp, a red seal, a signature, handwriting, and degraded after a
profile) or written as a digital PDF with a real text layer.

Profiles: clean (300 dpi), office (200 dpi, skew, blur, JPEG), photocopy (greyscale, speckle, dark
toner), phone (perspective, uneven light, JPEG).  Formats: png, jpeg, tiff (multi-page), pdf-image,
pdf-text.  Everything random comes from one seed, so a run is reproducible byte for byte.

Ground truth goes to samples/truth/<stem>.json (the text of each page in reading order, the
registered fields of each document, the receipt stamp).
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
import random
import re
import sys
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "samples" / "specs"
TRUTH = ROOT / "samples" / "truth"
# Liberation 2.x covers Vietnamese (Debian package fonts-liberation2); 1.07 (fonts-liberation) does not.
FONT_DIRS = (Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation"))
VIETNAMESE_PROBE = "ộỦữẫđƯ"
FONT_FILES = {
    "": "LiberationSerif-Regular.ttf",
    "B": "LiberationSerif-Bold.ttf",
    "I": "LiberationSerif-Italic.ttf",
    "BI": "LiberationSerif-BoldItalic.ttf",
}
HAND_FONT = "LiberationSans-Italic.ttf"

PROFILES = ("clean", "office", "photocopy", "phone")
FORMATS = ("png", "jpeg", "tiff", "pdf-image", "pdf-text")
EXTENSIONS = {"png": "png", "jpeg": "jpg", "tiff": "tif", "pdf-image": "pdf", "pdf-text": "pdf"}
PROFILE_DPI = {"clean": 300, "office": 200, "photocopy": 200, "phone": 150}

PT_PER_MM = 72 / 25.4
PAGE_W, PAGE_H = 210 * PT_PER_MM, 297 * PT_PER_MM
MARGIN_TOP, MARGIN_BOTTOM = 20 * PT_PER_MM, 20 * PT_PER_MM
MARGIN_LEFT, MARGIN_RIGHT = 30 * PT_PER_MM, 15 * PT_PER_MM
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
# Header columns (Phụ lục I): issuer block left, national motto right.
LEFT_COL = (22 * PT_PER_MM, 97 * PT_PER_MM)
RIGHT_COL = (97 * PT_PER_MM, 200 * PT_PER_MM)
# Bottom blocks: "Nơi nhận" left, signer right.
RECIP_COL = (MARGIN_LEFT, 108 * PT_PER_MM)
SIGN_COL = (110 * PT_PER_MM, 195 * PT_PER_MM)

BODY_PT = 13.5
NATIONAL_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_SLOGAN = "Độc lập - Tự do - Hạnh phúc"


class SpecError(Exception):
    """A spec that cannot be rendered as written; the message names the spec and the reason."""


# --------------------------------------------------------------------------------------------
# Fonts and measuring
# --------------------------------------------------------------------------------------------
_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}
_FONT_DIR: list[Path] = []


def font_dir() -> Path:
    """The first folder whose Liberation Serif has the Vietnamese letters."""
    if not _FONT_DIR:
        from fontTools.ttLib import TTFont

        for d in FONT_DIRS:
            path = d / FONT_FILES[""]
            if path.exists():
                cmap = TTFont(str(path), lazy=True).getBestCmap()
                if all(ord(c) in cmap for c in VIETNAMESE_PROBE):
                    _FONT_DIR.append(d)
                    break
        else:
            raise SpecError("no Liberation Serif with Vietnamese letters found in "
                            + ", ".join(str(d) for d in FONT_DIRS)
                            + "; install it with: apt-get install fonts-liberation2")
    return _FONT_DIR[0]


def font(style: str, size_px: int, path: str | None = None) -> ImageFont.FreeTypeFont:
    key = (path or style, size_px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(str(font_dir() / (path or FONT_FILES[style])), size_px)
    return _FONT_CACHE[key]


# Plain advance widths, no kerning or ligatures: the same widths fpdf2 writes into a PDF.
NO_SHAPING = ["-kern", "-liga", "-clig"]


def text_width(text: str, style: str, size_pt: float) -> float:
    """Advance width of `text` in points (measured at 100 px per pt-unit for precision)."""
    return font(style, 1000).getlength(text, features=NO_SHAPING) * size_pt / 1000


def wrap(text: str, style: str, size_pt: float, width: float, first_indent: float = 0.0) -> list[str]:
    words = text.split()
    lines: list[str] = []
    cur: list[str] = []
    limit = width - first_indent
    for w in words:
        trial = " ".join(cur + [w])
        if cur and text_width(trial, style, size_pt) > limit:
            lines.append(" ".join(cur))
            cur = [w]
            limit = width
        else:
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines


# --------------------------------------------------------------------------------------------
# Layout: positioned runs on pages, the page text in reading order, anchors for the marks
# --------------------------------------------------------------------------------------------
@dataclass
class Run:
    x: float  # left, pt
    y: float  # baseline, pt
    text: str
    style: str
    size: float


@dataclass
class Rule:
    x1: float
    x2: float
    y: float
    width: float = 0.6


@dataclass
class PageLayout:
    runs: list[Run] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # truth text lines in reading order
    number_printed: str | None = None
    anchors: dict = field(default_factory=dict)
    doc_index: int = 0


class Layout:
    def __init__(self) -> None:
        self.pages: list[PageLayout] = []
        self.y = 0.0
        self.page_in_doc = 0
        self.doc_index = 0

    # page handling -------------------------------------------------------------------------
    @property
    def page(self) -> PageLayout:
        return self.pages[-1]

    def new_page(self) -> None:
        self.page_in_doc += 1
        p = PageLayout(doc_index=self.doc_index)
        if self.page_in_doc > 1:
            p.number_printed = str(self.page_in_doc)
            label = p.number_printed
            p.runs.append(Run((PAGE_W - text_width(label, "", 13)) / 2, 12 * PT_PER_MM, label, "", 13))
        self.pages.append(p)
        self.y = MARGIN_TOP

    def start_document(self, index: int) -> None:
        self.doc_index = index
        self.page_in_doc = 0
        self.new_page()

    def need(self, height: float) -> None:
        if self.y + height > PAGE_H - MARGIN_BOTTOM:
            self.new_page()

    # text primitives -------------------------------------------------------------------------
    def centered(self, text: str, style: str, size: float, col: tuple[float, float], y: float) -> Run:
        w = text_width(text, style, size)
        run = Run(col[0] + (col[1] - col[0] - w) / 2, y, text, style, size)
        self.page.runs.append(run)
        self.page.lines.append(text)
        return run

    def left(self, text: str, style: str, size: float, x: float, y: float) -> Run:
        run = Run(x, y, text, style, size)
        self.page.runs.append(run)
        self.page.lines.append(text)
        return run

    def justified(self, words: list[str], style: str, size: float, x: float, width: float, y: float) -> None:
        natural = sum(text_width(w, style, size) for w in words)
        gap = (width - natural) / (len(words) - 1) if len(words) > 1 else 0
        cx = x
        for w in words:
            self.page.runs.append(Run(cx, y, w, style, size))
            cx += text_width(w, style, size) + gap
        self.page.lines.append(" ".join(words))

    def paragraph(self, text: str, style: str = "", size: float = BODY_PT, align: str = "justify",
                  indent: float = 10 * PT_PER_MM, lead: float = 1.22, after: float = 5.0) -> None:
        x0, width = MARGIN_LEFT, TEXT_W
        if align == "center":
            lines = wrap(text, style, size, width * 0.92)
        else:
            lines = wrap(text, style, size, width, first_indent=indent)
        lh = size * lead
        for i, line in enumerate(lines):
            self.need(lh)
            self.y += lh
            if align == "center":
                self.centered(line, style, size, (x0, x0 + width), self.y)
            else:
                xi = x0 + (indent if i == 0 else 0)
                wi = width - (indent if i == 0 else 0)
                last = i == len(lines) - 1
                if last or align == "left":
                    self.left(line, style, size, xi, self.y)
                else:
                    self.justified(line.split(), style, size, xi, wi, self.y)
        self.y += after


def header(lay: Layout, doc: dict) -> None:
    """Two-column header of page 1: issuer left, national motto right (Phụ lục I, ô 1–4).

    Runs and truth lines go out in reading order: the left column (parent agency, issuer, "Số",
    "V/v"), then the right column (motto, slogan, place-date)."""
    def placed(text: str, style: str, size: float, col: tuple[float, float], y: float) -> Run:
        return Run(col[0] + (col[1] - col[0] - text_width(text, style, size)) / 2, y, text, style, size)

    top = lay.y + 4
    left: list[Run] = []
    y = top
    for line in doc.get("issuer_parent_lines", []):
        y += 12.5 * 1.18
        left.append(placed(line, "", 12.5, LEFT_COL, y))
    for line in doc["issuer_lines"]:
        y += 13 * 1.25
        left.append(placed(line, "B", 13, LEFT_COL, y))
    mid = (LEFT_COL[0] + LEFT_COL[1]) / 2
    rule_w = max(22 * PT_PER_MM, text_width(left[-1].text, "B", 13) / 3)
    extra: list[Run] = []
    if doc.get("issuer_rule", "line") == "star":
        extra.append(Run(mid - text_width("*", "", 13) / 2, y + 13, "*", "", 13))
        y_left_end = y + 14
    else:
        lay.page.rules.append(Rule(mid - rule_w / 2, mid + rule_w / 2, y + 4))
        y_left_end = y + 4
    right: list[Run] = []
    yr = top
    for text, style, size in doc.get("right_lines") or [[NATIONAL_MOTTO, "B", 12.5], [NATIONAL_SLOGAN, "B", 13.5]]:
        yr += size * 1.32
        right.append(placed(text, style, size, RIGHT_COL, yr))
    last = right[-1]
    lay.page.rules.append(Rule(last.x, last.x + text_width(last.text, last.style, last.size), yr + 4))
    row2 = max(y_left_end, yr + 4) + 13 * 1.55
    left.append(placed(doc["number_line"], "", 13, LEFT_COL, row2))
    yv = row2
    for line in doc.get("vv_lines", []):
        yv += 12 * 1.18
        left.append(placed(line, "", 12, LEFT_COL, yv))
    date_run = placed(doc["place_date"], "I", 13, RIGHT_COL, row2)
    right.append(date_run)
    for run in left + right:
        lay.page.runs.append(run)
        lay.page.lines.append(run.text)
    lay.page.runs.extend(extra)
    lay.page.anchors["header"] = {
        "left": LEFT_COL, "right": RIGHT_COL, "top": top, "row2": row2,
        "bottom": max(yv, row2) + 6, "date_x": (date_run.x, date_run.x + text_width(date_run.text, "I", 13)),
    }
    lay.y = max(yv, row2) + 14


def title_block(lay: Layout, doc: dict) -> None:
    if doc.get("type_name"):
        lay.paragraph(doc["type_name"], "B", 14, align="center", after=1)
    for line in doc.get("title_lines", []):
        lay.paragraph(line, "B", 14, align="center", after=0)
    if doc.get("type_name") or doc.get("title_lines"):
        mid = MARGIN_LEFT + TEXT_W / 2
        lay.page.rules.append(Rule(mid - 18 * PT_PER_MM, mid + 18 * PT_PER_MM, lay.y + 9))
        lay.y += 18


def recipients_block(lay: Layout, doc: dict) -> None:
    rec = doc.get("recipients") or []
    if not rec:
        return
    label = doc.get("recipients_label", "Kính gửi:")
    size = 14
    if len(rec) == 1:
        lay.paragraph(f"{label} {rec[0]}", "", size, align="center", after=6)
        return
    x_label = MARGIN_LEFT + 18 * PT_PER_MM
    x_items = x_label + text_width(label + " ", "", size)
    lay.y += 4
    for i, item in enumerate(rec):
        for j, line in enumerate(wrap(item, "", size, PAGE_W - MARGIN_RIGHT - x_items - 6)):
            lay.need(size * 1.25)
            lay.y += size * 1.25
            if i == 0 and j == 0:
                lay.page.runs.append(Run(x_label, lay.y, label, "", size))
                run = Run(x_items, lay.y, line, "", size)
                lay.page.runs.append(run)
                lay.page.lines.append(f"{label} {line}")
            else:
                lay.left(line, "", size, x_items + (0 if j == 0 else 8), lay.y)
    lay.y += 10


def body_block(lay: Layout, paragraphs: list[tuple[str, str]]) -> None:
    for kind, text in paragraphs:
        if kind == "c":
            lay.paragraph(text, "B", 14, align="center", after=4)
        elif kind == "b":
            lay.paragraph(text, "B", BODY_PT)
        elif kind == "i":
            lay.paragraph(text, "I", BODY_PT)
        elif kind == "bl":  # bold heading, left aligned with indent
            lay.paragraph(text, "B", BODY_PT, align="left")
        else:
            lay.paragraph(text, "", BODY_PT)


def closing_block(lay: Layout, doc: dict) -> None:
    """'Nơi nhận' bottom left and the signer bottom right, kept together on one page."""
    dist = doc.get("distribution") or []
    signer = doc["signer"]
    left_w = RECIP_COL[1] - RECIP_COL[0]
    dist_lines: list[str] = []
    for item in dist:
        parts = wrap(item, "", 11, left_w)
        dist_lines.extend(parts)
    h_left = (12 * 1.3 + len(dist_lines) * 11 * 1.22) if dist else 0
    sign_lines = [*signer.get("authority_lines", []), *signer.get("title_lines", [])]
    gap = 30 * PT_PER_MM
    h_right = len(sign_lines) * 13 * 1.2 + gap + 14
    lay.y += 6
    lay.need(max(h_left, h_right) + 4)
    top = lay.y
    y = top
    if dist:
        y += 12 * 1.3
        lay.left("Nơi nhận:", "BI", 12, RECIP_COL[0], y)
        for line in dist_lines:
            y += 11 * 1.22
            x = RECIP_COL[0] + (0 if line.startswith("-") else 7)
            lay.left(line, "", 11, x, y)
    ys = top
    title_box = None
    for line in sign_lines:
        ys += 13 * 1.2
        run = lay.centered(line, "B", 13, SIGN_COL, ys)
        w = text_width(line, "B", 13)
        box = (run.x, ys - 13, run.x + w, ys + 3)
        title_box = box if title_box is None else (min(title_box[0], box[0]), title_box[1],
                                                   max(title_box[2], box[2]), box[3])
    sig_top = ys + 4
    ys += gap
    lay.centered(signer["name"], "B", 13.5, SIGN_COL, ys)
    lay.page.anchors["signer"] = {"title_box": title_box, "sig_box": (SIGN_COL[0] + 20, sig_top,
                                                                      SIGN_COL[1] - 20, ys - 16)}
    lay.page.anchors["recipients_top"] = top
    lay.y = max(y, ys) + 10


def layout_scan(spec: dict) -> Layout:
    lay = Layout()
    for i, doc in enumerate(spec["documents"]):
        lay.start_document(i)
        header(lay, doc)
        title_block(lay, doc)
        recipients_block(lay, doc)
        body_block(lay, doc["_paragraphs"])
        closing_block(lay, doc)
    return lay


# --------------------------------------------------------------------------------------------
# Specs: body text from the source, cleaned
# --------------------------------------------------------------------------------------------
_HEADING = re.compile(r"^(?:[IVXLC]+\.|Điều \d+\.?(?:\s|$)|Chương [IVXLC]+)")


def _auto_kind(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    upper = letters and all(c.isupper() for c in letters)
    if text.rstrip(":") in ("QUYẾT ĐỊNH", "QUYẾT NGHỊ", "CHỈ THỊ", "THÔNG BÁO", "NGHỊ QUYẾT"):
        return "c"
    if upper and len(text) < 160:
        return "bl" if _HEADING.match(text) else "c"
    if _HEADING.match(text) and len(text) < 70 and not text.endswith((":", ";", ".")) or re.fullmatch(r"Điều \d+\.", text):
        return "bl"
    return "p"


def clean_source_text(raw: str) -> str:
    """Markdown web text → plain text: drop ** and * emphasis, table pipes and rule rows."""
    text = raw.replace("\r\n", "\n").replace("\u00a0", " ")
    text = text.replace("**", "")
    text = re.sub(r"(?<![\w*])\*(?!\s)|(?<=\S)\*(?![\w*])", "", text)
    text = re.sub(r"^\s*\*\s*\*?\s*$", "", text, flags=re.M)
    text = re.sub(r"^\|\s*$", "", text, flags=re.M)
    text = re.sub(r"^\|?[-| ]+\|?$", "", text, flags=re.M)
    return unicodedata.normalize("NFC", text)


def body_paragraphs(doc: dict, spec_path: Path) -> list[tuple[str, str]]:
    body = doc["body"]
    if isinstance(body, list):
        raw_pars = body
    else:
        src = ROOT / body["source"]
        text = clean_source_text(src.read_text(encoding="utf-8"))
        start = text.find(body["start"])
        if start < 0:
            raise SpecError(f"{spec_path.name}: body start {body['start']!r} not found in {body['source']}")
        end = text.find(body["end"], start)
        if end < 0:
            raise SpecError(f"{spec_path.name}: body end {body['end']!r} not found in {body['source']}")
        chunk = text[start:end + len(body["end"])]
        for old, new in body.get("fix", []):
            if old not in chunk:
                raise SpecError(f"{spec_path.name}: fix {old!r} does not occur in the body of {body['source']}")
            chunk = chunk.replace(old, new)
        for junk in body.get("drop", []):
            if junk not in chunk:
                raise SpecError(f"{spec_path.name}: drop {junk!r} does not occur in the body of {body['source']}")
            chunk = chunk.replace(junk, "")
        # seed transcriptions have one paragraph a line; web text has hard wraps inside paragraphs
        raw_pars = chunk.split("\n") if body.get("split_lines") else re.split(r"\n\s*\n", chunk)
    kinds = body.get("kinds", {}) if isinstance(body, dict) else {}
    out = []
    for p in raw_pars:
        p = " ".join(p.split())
        if not p:
            continue
        kind = next((k for prefix, k in kinds.items() if p.startswith(prefix)), None) or _auto_kind(p)
        if p.startswith("#") and p[2:3] == " ":
            kind, p = p[1], p[3:]
        out.append((kind, p))
    return out


def load_spec(path: Path) -> dict:
    spec = json.loads(path.read_text(encoding="utf-8"))
    docs = []
    for doc in spec["documents"]:
        if "include" in doc:  # the same document as in another spec (an attached copy)
            other = json.loads((path.parent / doc["include"]).read_text(encoding="utf-8"))
            base = dict(other["documents"][doc.get("document", 0)])
            base["fields"] = {**base["fields"], **doc.get("fields", {})}
            # any other key given beside the include replaces the other spec's (e.g. a shorter "body")
            base.update({k: v for k, v in doc.items() if k not in ("include", "document", "fields")})
            doc = base
        if "vv" in doc:
            doc["vv_lines"] = wrap(doc["vv"], "", 12, (LEFT_COL[1] - LEFT_COL[0]) * 0.95)
        if "title" in doc:
            doc["title_lines"] = wrap(doc["title"], "B", 14, TEXT_W * 0.9)
        for key in ("issuer_lines", "number_line", "place_date", "signer", "fields", "body"):
            if key not in doc:
                raise SpecError(f"{path.name}: a document without {key!r}")
        doc["_paragraphs"] = body_paragraphs(doc, path)
        docs.append(doc)
    spec["documents"] = docs
    spec["_path"] = path
    return spec


# --------------------------------------------------------------------------------------------
# Raster rendering
# --------------------------------------------------------------------------------------------
def px(v_pt: float, dpi: int) -> float:
    return v_pt * dpi / 72


def render_page(page: PageLayout, dpi: int, ink: int = 18) -> Image.Image:
    w, h = round(px(PAGE_W, dpi)), round(px(PAGE_H, dpi))
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    col = (ink, ink, ink + 4)
    for r in page.runs:
        f = font(r.style, max(6, round(px(r.size, dpi))))
        d.text((px(r.x, dpi), px(r.y, dpi)), r.text, font=f, fill=col, anchor="ls", features=NO_SHAPING)
    for rule in page.rules:
        d.line([(px(rule.x1, dpi), px(rule.y, dpi)), (px(rule.x2, dpi), px(rule.y, dpi))],
               fill=col, width=max(1, round(px(rule.width, dpi))))
    return img


# ---- marks ------------------------------------------------------------------------------------
def _ink_layer(size: tuple[int, int]) -> Image.Image:
    return Image.new("L", size, 0)


def _texture(alpha: np.ndarray, rng: np.random.Generator, strength: float) -> np.ndarray:
    """Uneven ink: blotchy low-frequency variation and pinholes."""
    h, w = alpha.shape
    small = rng.random((max(2, h // 12), max(2, w // 12)))
    blotch = np.asarray(Image.fromarray((small * 255).astype(np.uint8)).resize((w, h), Image.BILINEAR),
                        dtype=np.float32) / 255
    holes = rng.random((h, w)) < 0.04 * strength
    a = alpha * (1 - strength * 0.55 * blotch)
    a[holes] *= 0.3
    return a


def composite_ink(img: Image.Image, mask: Image.Image, color: tuple[int, int, int], opacity: float,
                  rng: np.random.Generator, texture: float = 0.6) -> None:
    """Multiply ink of `color` through `mask` onto the page, in place (the text below stays)."""
    base = np.asarray(img, dtype=np.float32)
    a = np.asarray(mask, dtype=np.float32) / 255 * opacity
    if texture:
        a = _texture(a, rng, texture)
    tint = np.array(color, dtype=np.float32) / 255
    out = base * (1 - a[..., None]) + base * tint * a[..., None]
    img.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)))


def hand_text(mask: Image.Image, x: float, y: float, text: str, size_px: int, rnd: random.Random) -> float:
    """Write `text` as jittered italic handwriting into `mask`, baseline at y; returns end x."""
    for ch in text:
        s = int(size_px * rnd.uniform(0.9, 1.12))
        f = font("", s, HAND_FONT)
        if ch == " ":
            x += s * 0.33
            continue
        cw = int(f.getlength(ch)) + s
        tile = Image.new("L", (cw, s * 2), 0)
        ImageDraw.Draw(tile).text((s // 2, s * 1.4), ch, font=f, fill=255, anchor="ls",
                                  stroke_width=max(0, s // 22))
        tile = tile.rotate(rnd.uniform(-9, 9), resample=Image.BICUBIC)
        dy = rnd.uniform(-0.06, 0.06) * s
        mask.paste(255, (int(x - s // 2), int(y - s * 1.4 + dy)), tile)
        x += f.getlength(ch) * rnd.uniform(0.92, 1.08)
    return x


def receipt_stamp(img: Image.Image, dpi: int, anchor: dict, stamp: dict, rnd: random.Random,
                  rng: np.random.Generator, grey: bool) -> None:
    """The rectangular 'ĐẾN' receipt stamp (Phụ lục IV of Decree 30/2020), filled in by hand."""
    mm = dpi / 25.4
    w, h = int(60 * mm), int(29 * mm)
    mask = _ink_layer((w, h))
    d = ImageDraw.Draw(mask)
    lw = max(2, int(0.5 * mm))
    d.rectangle([lw, lw, w - lw, h - lw], outline=255, width=lw)
    fb = font("B", int(3.3 * mm))
    fr = font("B", int(3.0 * mm))
    d.text((w / 2, 5.2 * mm), stamp["office"], font=fb, fill=255, anchor="ms")
    d.text((3 * mm, 13.5 * mm), "ĐẾN", font=font("B", int(5.4 * mm)), fill=255, anchor="ls")
    d.text((21 * mm, 10.5 * mm), "Số:", font=fr, fill=255, anchor="ls")
    d.text((21 * mm, 16 * mm), "Ngày:", font=fr, fill=255, anchor="ls")
    d.text((3 * mm, 22 * mm), "Chuyển:", font=fr, fill=255, anchor="ls")
    d.text((3 * mm, 27.5 * mm), "Số và ký hiệu HS:", font=fr, fill=255, anchor="ls")
    for yy, x0 in ((10.5, 27), (16, 31), (22, 16), (27.5, 31)):
        for xx in range(int(x0 * mm), int(w - 3 * mm), int(1.2 * mm)):
            d.point((xx, int(yy * mm + 0.6 * mm)), fill=200)
    stamp_color = (95, 95, 100) if grey else rnd.choice(STAMP_INKS)
    angle = rnd.uniform(-3.5, 3.5)
    # handwritten values, in another ink
    hand = _ink_layer((w, h))
    hs = int(4.2 * mm)
    hand_text(hand, 28 * mm, 10.2 * mm, stamp["arrival_number"], hs, rnd)
    hand_text(hand, 32 * mm, 15.8 * mm, stamp["date_printed"], hs, rnd)
    if stamp.get("routed_to"):
        hand_text(hand, 17 * mm, 21.8 * mm, stamp["routed_to"], int(3.8 * mm), rnd)
    if stamp.get("file_code"):
        hand_text(hand, 32 * mm, 27.3 * mm, stamp["file_code"], int(3.6 * mm), rnd)
    mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True)
    hand = hand.rotate(angle + rnd.uniform(-2, 2), resample=Image.BICUBIC, expand=True)
    x, y = stamp_position(anchor, dpi, rnd, stamp.get("position"), mask.size)
    full = _ink_layer(img.size)
    full.paste(mask, (x, y))
    composite_ink(img, full, stamp_color, 0.97, rng, texture=0.35)
    full = _ink_layer(img.size)
    full.paste(hand, (x, y))
    pen = (70, 70, 75) if grey else rnd.choice(PEN_INKS[2:4])
    composite_ink(img, full.filter(ImageFilter.GaussianBlur(0.6)), pen, 0.9, rng, texture=0.15)


def stamp_position(anchor: dict, dpi: int, rnd: random.Random, where: str | None,
                   size: tuple[int, int]) -> tuple[int, int]:
    hdr = anchor["header"]
    mm = dpi / 25.4
    where = where or rnd.choice(["header-left", "header-middle", "top-margin", "below-date"])
    if where == "over-number":  # on the issuer block, over the "Số" line: the hard case
        x, y = px(hdr["left"][0], dpi) + rnd.uniform(0, 10) * mm, px(hdr["row2"], dpi) - rnd.uniform(4, 8) * mm
    elif where == "header-left":  # over the V/v lines, under the "Số" line
        x, y = px(hdr["left"][0], dpi) + rnd.uniform(8, 18) * mm, px(hdr["row2"], dpi) + rnd.uniform(1.5, 3) * mm
    elif where == "header-middle":  # straddling both header columns, under the Số / date row
        x, y = 70 * mm + rnd.uniform(-6, 6) * mm, px(hdr["row2"], dpi) + rnd.uniform(1.5, 3) * mm
    elif where == "top-margin":  # high up, over the top of the header
        x, y = 75 * mm + rnd.uniform(-10, 25) * mm, rnd.uniform(2, 5) * mm
    else:  # right, under the place-date line
        x, y = px(hdr["date_x"][0], dpi) + rnd.uniform(0, 12) * mm, px(hdr["bottom"], dpi) + rnd.uniform(0, 3) * mm
    return int(min(max(x, 2 * mm), 210 * mm - size[0] - 2 * mm)), int(max(y, 1 * mm))


def seal(img: Image.Image, dpi: int, box_pt: tuple, ring_text: str, rnd: random.Random,
         rng: np.random.Generator, grey: bool) -> None:
    """Round red seal over the left part of the signer's title: rings, ring text, star."""
    mm = dpi / 25.4
    r = int(rnd.uniform(16.5, 18.5) * mm)
    size = 2 * r + 8
    m = _ink_layer((size, size))
    d = ImageDraw.Draw(m)
    c = size / 2
    lw = max(2, int(0.7 * mm))
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=lw)
    d.ellipse([c - r * 0.66, c - r * 0.66, c + r * 0.66, c + r * 0.66], outline=255, width=max(1, lw // 2))
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.26 if k % 2 == 0 else 0.105)
        pts.append((c + rr * math.cos(ang), c + rr * math.sin(ang)))
    d.polygon(pts, fill=255)
    # ring text, clockwise from the left, centred on the top
    text = f"{ring_text} *"
    fsize = int(r * 0.2)
    f = font("B", fsize)
    widths = [f.getlength(ch) for ch in text]
    rad = r * 0.83
    total = sum(widths) * 1.08
    span = min(total / rad, math.radians(330))
    step = span / max(total, 1)
    a = -math.pi / 2 - span / 2
    for ch, cw in zip(text, widths):
        a_mid = a + cw * 1.08 * step / 2
        if ch != " ":
            tile = Image.new("L", (fsize * 2, fsize * 2), 0)
            ImageDraw.Draw(tile).text((fsize, fsize), ch, font=f, fill=255, anchor="mm")
            tile = tile.rotate(-math.degrees(a_mid + math.pi / 2), resample=Image.BICUBIC)
            m.paste(255, (int(c + rad * math.cos(a_mid) - fsize), int(c + rad * math.sin(a_mid) - fsize)), tile)
        a += cw * 1.08 * step
    m = m.rotate(rnd.uniform(-25, 25), resample=Image.BICUBIC)
    x0, y0, x1, y1 = (px(v, dpi) for v in box_pt)
    cx = x0 + (x1 - x0) * rnd.uniform(0.12, 0.3)
    cy = (y0 + y1) / 2 + rnd.uniform(2, 9) * mm
    full = _ink_layer(img.size)
    full.paste(m, (int(cx - size / 2), int(cy - size / 2)))
    color = (105, 105, 105) if grey else SEAL_INK
    composite_ink(img, full, color, 0.82, rng, texture=0.8)


def _spline(points: list[tuple[float, float]], n: int = 24) -> list[tuple[float, float]]:
    out = []
    pts = [points[0], *points, points[-1]]
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * ((2 * p1[j]) + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                                    + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3) for j in (0, 1)))
    out.append(points[-1])
    return out


def scribble(img: Image.Image, dpi: int, box: tuple[float, float, float, float], rnd: random.Random,
             rng: np.random.Generator, grey: bool, loops: int = 7, width_mm: float = 0.45,
             color: tuple[int, int, int] | None = None) -> None:
    """A pen scribble (signature or initials) inside box (pixels)."""
    mm = dpi / 25.4
    x0, y0, x1, y1 = box
    m = _ink_layer(img.size)
    d = ImageDraw.Draw(m)
    pts = []
    for k in range(loops):
        t = k / max(1, loops - 1)
        pts.append((x0 + (x1 - x0) * t + rnd.uniform(-0.08, 0.08) * (x1 - x0),
                    y0 + (y1 - y0) * rnd.uniform(0.05, 0.95)))
    path = _spline(pts)
    d.line(path, fill=255, width=max(2, int(width_mm * mm)), joint="curve")
    if rnd.random() < 0.7:  # the flourish under a signature
        yy = y0 + (y1 - y0) * rnd.uniform(0.6, 0.95)
        d.line(_spline([(x0 + (x1 - x0) * 0.1, yy), ((x0 + x1) / 2, yy + rnd.uniform(-3, 3) * mm),
                        (x1, yy - rnd.uniform(1, 5) * mm)]), fill=255, width=max(2, int(width_mm * mm * 0.8)))
    col = color or ((60, 60, 60) if grey else rnd.choice(PEN_INKS[:2]))
    composite_ink(img, m.filter(ImageFilter.GaussianBlur(0.7)), col, 0.92, rng, texture=0.2)


def tick_mark(img: Image.Image, dpi: int, x: float, y: float, rnd: random.Random, rng, grey: bool) -> None:
    mm = dpi / 25.4
    m = _ink_layer(img.size)
    d = ImageDraw.Draw(m)
    s = rnd.uniform(3, 5) * mm
    d.line(_spline([(x, y), (x + s * 0.35, y + s * 0.45), (x + s * 1.2, y - s * 0.6)], 10),
           fill=255, width=max(2, int(0.45 * mm)))
    col = (70, 70, 70) if grey else rnd.choice(PEN_INKS[4:])
    composite_ink(img, m.filter(ImageFilter.GaussianBlur(0.6)), col, 0.9, rng, texture=0.1)


def mark_page(img: Image.Image, page: PageLayout, dpi: int, render: dict, doc: dict, page_no: int,
              rnd: random.Random, rng: np.random.Generator, grey: bool) -> None:
    mm = dpi / 25.4
    if page_no == 0 and render.get("stamp") and "header" in page.anchors:
        receipt_stamp(img, dpi, page.anchors, render["stamp"], rnd, rng, grey)
    if "signer" in page.anchors and doc.get("seal", True):
        a = page.anchors["signer"]
        sx0, sy0, sx1, sy1 = (px(v, dpi) for v in a["sig_box"])
        scribble(img, dpi, (sx0 + (sx1 - sx0) * 0.15, sy0 + 3 * mm, sx1 - (sx1 - sx0) * 0.1, sy1), rnd, rng, grey)
        seal(img, dpi, a["title_box"], doc.get("seal_text") or doc["issuer_lines_text"], rnd, rng, grey)
    if rnd.random() < render.get("handwriting", 0.45):  # initials or a tick in the margin
        if rnd.random() < 0.5:
            x = rnd.uniform(8, 22) * mm
            y = rnd.uniform(60, 240) * mm
            tick_mark(img, dpi, x, y, rnd, rng, grey)
        else:
            x = rnd.uniform(150, 185) * mm
            y = rnd.uniform(4, 14) * mm
            scribble(img, dpi, (x, y, x + 14 * mm, y + 7 * mm), rnd, rng, grey, loops=4, width_mm=0.35)


# ---- degradation profiles --------------------------------------------------------------------
def degrade(img: Image.Image, profile: str, rnd: random.Random, rng: np.random.Generator) -> Image.Image:
    if profile == "clean":
        return img
    if profile == "office":
        img = img.rotate(rnd.choice([-1, 1]) * rnd.uniform(0.5, 2.0), resample=Image.BICUBIC,
                         expand=False, fillcolor=(250, 250, 248))
        img = img.filter(ImageFilter.GaussianBlur(rnd.uniform(0.45, 0.75)))
        arr = np.asarray(img, dtype=np.float32) * 0.97 + 4  # scanner white is never 255
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))  # JPEG comes with the encoder
    if profile == "photocopy":
        g = img.convert("L")
        g = g.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
        arr = np.asarray(g, dtype=np.float32) / 255
        arr = arr ** 1.8  # darker toner: mid-greys go dark, text thickens
        arr = np.asarray(Image.fromarray((arr * 255).astype(np.uint8)).filter(ImageFilter.MinFilter(3)),
                         dtype=np.float32) / 255 * 0.35 + arr * 0.65
        h, w = arr.shape
        speck = rng.random((h, w))
        arr[speck < 0.00025] = 0.2
        grain = np.asarray(Image.fromarray((rng.random((h // 4, w // 4)) * 255).astype(np.uint8))
                           .resize((w, h), Image.BILINEAR), dtype=np.float32) / 255
        arr = arr * (0.97 + 0.03 * grain)
        # a dark edge where the page did not lie flat on the glass
        edge = np.clip(1 - np.arange(w) / (w * 0.03), 0, 1)[None, :] * 0.5
        arr = arr * (1 - edge)
        arr = np.where(arr > 0.86, 1.0, arr)  # copier background cut-off
        out = (np.clip(arr, 0, 1) * 255).astype(np.uint8)
        out = (out // 32) * 36  # 8 grey levels, as a copier's toner leaves them
        return Image.fromarray(out, "L")
    if profile == "phone":
        w, h = img.size
        # uneven light: a warm, darker corner
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = rnd.uniform(0.2, 0.8) * w, rnd.uniform(0.1, 0.5) * h
        dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / math.hypot(w, h)
        light = 1.02 - 0.45 * dist ** 1.3
        arr = np.asarray(img, dtype=np.float32) * light[..., None] * np.array([1.0, 0.97, 0.9])
        page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        # perspective: the page photographed from above at an angle, on a desk
        bw, bh = int(w * 1.08), int(h * 1.06)
        jit = lambda s: rnd.uniform(0.01, 0.045) * s  # noqa: E731
        quad = [(jit(bw), jit(bh)), (bw - jit(bw), jit(bh) * 0.5), (bw - jit(bw) * 0.6, bh - jit(bh)),
                (jit(bw) * 0.4, bh - jit(bh) * 0.7)]
        coeffs = _perspective_coeffs(quad, [(0, 0), (w, 0), (w, h), (0, h)])
        desk = Image.new("RGB", (bw, bh), (rnd.randint(70, 110), rnd.randint(60, 90), rnd.randint(45, 70)))
        warped = page.transform((bw, bh), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
        mask = Image.new("L", (w, h), 255).transform((bw, bh), Image.PERSPECTIVE, coeffs, Image.BILINEAR)
        desk.paste(warped, (0, 0), mask)
        out = desk.resize((w, h), Image.LANCZOS).filter(ImageFilter.GaussianBlur(rnd.uniform(0.5, 0.9)))
        return out  # JPEG comes with the encoder
    raise SpecError(f"unknown profile {profile!r} (known: {', '.join(PROFILES)})")


def _perspective_coeffs(dst: list, src: list) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE) mapping output points dst to input points src."""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.extend([u, v])
    return np.linalg.solve(np.array(a, dtype=np.float64), np.array(b, dtype=np.float64)).tolist()


def _jpeg_roundtrip(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert(img.mode)


# --------------------------------------------------------------------------------------------
# Encoders
# --------------------------------------------------------------------------------------------
FIXED_DATE = dt.datetime(2025, 6, 1, 8, 0, 0, tzinfo=dt.timezone.utc)


STAMP_INKS = [(40, 60, 170), (90, 50, 160), (60, 50, 150)]
PEN_INKS = [(25, 40, 150), (20, 30, 110), (20, 30, 120), (25, 25, 40), (30, 40, 150), (190, 30, 40)]
SEAL_INK = (205, 35, 45)


def _ink_palette() -> Image.Image:
    """A fixed palette for clean pages: a grey ramp and tints of every ink the marks use, so a
    stamp keeps its violet and a seal its red in a small lossless file."""
    colours = [(v, v, v) for v in range(0, 256, 17)]
    for ink in STAMP_INKS + PEN_INKS + [SEAL_INK]:
        for t in (1.0, 0.75, 0.5, 0.3, 0.15):
            colours.append(tuple(round(255 - t * (255 - c)) for c in ink))
        colours.append(tuple(round(c * 0.35) for c in ink))  # ink over black text
    flat = [v for c in colours for v in c]
    pal = Image.new("P", (1, 1))
    pal.putpalette(flat + flat[-3:] * (256 - len(colours)))
    return pal


def _compact(img: Image.Image, profile: str) -> Image.Image:
    """Few colours for clean pages (small lossless files), grey stays grey."""
    if img.mode == "L":
        return img
    if profile == "clean":
        return img.convert("RGB").quantize(palette=_ink_palette(), dither=Image.Dither.NONE)
    return img


def save_raster(pages: list[Image.Image], fmt: str, profile: str, dpi: int, out: Path) -> None:
    """Write the pages.  Office and phone pages are always JPEG-compressed (that is part of the
    profile): JPEG files, JPEG-in-TIFF (YCbCr), JPEG streams in PDF, or a JPEG round trip before PNG."""
    lossy = profile in ("office", "phone")
    quality = 62 if lossy else 70
    if fmt == "png":
        page = _jpeg_roundtrip(pages[0], 60) if lossy else pages[0]
        _compact(page, profile).save(out, "PNG", optimize=True, dpi=(dpi, dpi))
    elif fmt == "jpeg":
        pages[0].save(out, "JPEG", quality=quality, dpi=(dpi, dpi))
    elif fmt == "tiff":
        if lossy:
            conv = [p.convert("RGB").convert("YCbCr") for p in pages]
            conv[0].save(out, "TIFF", save_all=True, append_images=conv[1:], compression="jpeg", quality=quality,
                         dpi=(dpi, dpi))
        else:
            conv = [_compact(p, profile) for p in pages]
            conv[0].save(out, "TIFF", save_all=True, append_images=conv[1:], compression="tiff_adobe_deflate",
                         dpi=(dpi, dpi))
    elif fmt == "pdf-image":
        if profile == "photocopy":  # copier PDFs are bilevel: CCITT G4 streams
            conv = [p.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for p in pages]
        else:  # Pillow writes RGB and L pages as JPEG (DCTDecode) streams
            conv = [p if p.mode in ("L", "RGB") else p.convert("RGB") for p in pages]
        extra = {} if profile == "photocopy" else {"quality": quality}
        conv[0].save(out, "PDF", save_all=True, append_images=conv[1:], resolution=dpi, **extra,
                     creationDate=FIXED_DATE.timetuple(), modDate=FIXED_DATE.timetuple(),
                     producer="vanban samples/generate.py", title=out.stem)
    else:
        raise SpecError(f"{out.name}: format {fmt!r} is not a raster format")


def save_digital_pdf(lay: Layout, spec: dict, render: dict, out: Path, seed: int) -> None:
    """A born-digital PDF: the same layout as vector text in Liberation Serif (a real text layer,
    written in reading order), the seal and signature as images, the receipt stamp as an image
    when the spec asks for one (as e-office systems stamp incoming PDFs)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("vanban samples/generate.py")
    pdf.set_creator("vanban samples/generate.py")
    pdf.set_title(out.stem)
    pdf.set_auto_page_break(False)
    for style, fname in FONT_FILES.items():
        pdf.add_font("LiberationSerif", style, str(font_dir() / fname))
    rnd, rng = _rngs(seed, out.stem, "marks")
    dpi = 200
    for i, page in enumerate(lay.pages):
        pdf.add_page()
        for r in page.runs:
            if page.number_printed and r.text == page.number_printed and abs(r.y - 12 * PT_PER_MM) < 0.1:
                continue  # drawn last: the page number is not part of the reading-order text
            pdf.set_font("LiberationSerif", r.style, r.size)
            pdf.text(r.x, r.y, r.text)
        if page.number_printed:
            pdf.set_font("LiberationSerif", "", 13)
            pdf.text((PAGE_W - text_width(page.number_printed, "", 13)) / 2, 12 * PT_PER_MM, page.number_printed)
        for rule in page.rules:
            pdf.set_line_width(rule.width)
            pdf.line(rule.x1, rule.y, rule.x2, rule.y)
        # marks: draw them on a blank transparent page raster and place it over the page
        doc = spec["documents"][page.doc_index]
        first_of_doc = i == 0 or lay.pages[i - 1].doc_index != page.doc_index
        marks = Image.new("RGB", (round(px(PAGE_W, dpi)), round(px(PAGE_H, dpi))), (255, 255, 255))
        has_marks = ("signer" in page.anchors) or (i == 0 and render.get("stamp"))
        if not has_marks:
            continue
        mark_page(marks, page, dpi, {**render, "handwriting": 0, "stamp": render.get("stamp") if i == 0 else None},
                  doc, 0 if (i == 0 and first_of_doc) else 1, rnd, rng, grey=False)
        arr = np.asarray(marks, dtype=np.float32)
        alpha = np.clip((255 - arr.min(axis=2)) * 1.6, 0, 255).astype(np.uint8)
        rgba = np.dstack([np.asarray(marks), alpha])
        buf = io.BytesIO()
        Image.fromarray(rgba, "RGBA").save(buf, "PNG", optimize=True)
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=PAGE_W, h=PAGE_H)
    pdf.output(str(out))


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------
def _rngs(seed: int, stem: str, what: str) -> tuple[random.Random, np.random.Generator]:
    s = zlib.crc32(f"{seed}:{stem}:{what}".encode())
    return random.Random(s), np.random.default_rng(s)


def ascii_slug(text: str) -> str:
    """File-name safe ASCII form of a code: 478/LĐTBXH-TE → 478-LDTBXH-TE."""
    text = text.replace("Đ", "D").replace("đ", "d")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")


def stem_for(spec: dict, render: dict) -> str:
    if render.get("stem"):
        return render["stem"]
    return f"{ascii_slug(spec['documents'][0]['fields']['code'])}_{render['profile']}"


def render_scan(spec: dict, render: dict, out_dir: Path, seed: int) -> tuple[Path, dict]:
    """Render one scan of `spec` after `render` into out_dir; returns its path and its truth."""
    profile, fmt = render["profile"], render["format"]
    if profile not in PROFILES:
        raise SpecError(f"{spec['_path'].name}: unknown profile {profile!r} (known: {', '.join(PROFILES)})")
    if fmt not in FORMATS:
        raise SpecError(f"{spec['_path'].name}: unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    stem = stem_for(spec, render)
    out = out_dir / f"{stem}.{EXTENSIONS[fmt]}"
    lay = layout_scan(spec)
    if fmt in ("png", "jpeg") and len(lay.pages) > 1:
        raise SpecError(f"{spec['_path'].name}: {stem} has {len(lay.pages)} pages; a {fmt} sample holds "
                        f"one page — choose tiff or pdf for it")
    for doc in spec["documents"]:
        doc["issuer_lines_text"] = " ".join(doc.get("issuer_parent_lines", []) + doc["issuer_lines"])
    stamp = render.get("stamp")
    if stamp:
        stamp = dict(stamp)
        d = dt.date.fromisoformat(stamp["arrival_date"])
        stamp["date_printed"] = f"{d.day}/{d.month}/{d.year}" if stamp.get("year_printed", True) else f"{d.day}/{d.month}"
        render = {**render, "stamp": stamp}
    if fmt == "pdf-text":
        save_digital_pdf(lay, spec, render, out, seed)
    else:
        dpi = PROFILE_DPI[profile]
        rnd, rng = _rngs(seed, stem, "marks")
        grey = profile == "photocopy"
        images = []
        for i, page in enumerate(lay.pages):
            img = render_page(page, dpi)
            doc = spec["documents"][page.doc_index]
            first = i == 0
            mark_page(img, page, dpi, render, doc, 0 if first else 1, rnd, rng, grey)
            drnd, drng = _rngs(seed, stem, f"degrade{i}")
            images.append(degrade(img, profile, drnd, drng))
        save_raster(images, fmt, profile, dpi, out)
    truth = make_truth(spec, render, stem, out, lay)
    return out, truth


def make_truth(spec: dict, render: dict, stem: str, out: Path, lay: Layout) -> dict:
    stamp = render.get("stamp")
    return {
        "file": out.name,
        "source_document": spec["source_document"],
        "profile": render["profile"],
        "format": render["format"],
        "pages": [{"number": i + 1, "text": "\n".join(p.lines), "page_number_printed": p.number_printed}
                  for i, p in enumerate(lay.pages)],
        "documents": [dict(doc["fields"]) for doc in spec["documents"]],
        "stamp": None if not stamp else {
            "office": stamp["office"],
            "arrival_number": stamp["arrival_number"],
            "arrival_date": stamp["arrival_date"],
            "year_printed": bool(stamp.get("year_printed", True)),
            "routed_to": stamp.get("routed_to"),
            "file_code": stamp.get("file_code"),
            "page": 1,
        },
    }


def extra_renders(spec: dict) -> list[dict]:
    """--all: every spec in every profile (multi-page documents as tiff/pdf).  Specs with no
    committed renders ("renders": []) take their stamp from a spec-level "stamp"."""
    base = spec["renders"][0] if spec["renders"] else {"stamp": spec.get("stamp")}
    out = []
    for profile in PROFILES:
        fmt = {"clean": "pdf-text", "office": "tiff", "photocopy": "pdf-image", "phone": "pdf-image"}[profile]
        out.append({**base, "profile": profile, "format": fmt, "stem": None})
    return out


def load_specs(only: list[str] | None = None, specs_dir: Path = SPECS) -> list[dict]:
    paths = sorted(specs_dir.glob("*.json"))
    if only:
        paths = [p for p in paths if p.stem in only]
    if not paths:
        raise SpecError(f"no specs found in {specs_dir}" + (f" named {', '.join(only)}" if only else ""))
    return [load_spec(p) for p in paths]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=30)
    ap.add_argument("--out", type=Path, default=None, help="output folder (default samples/scans, "
                                                           "or samples/scans-extra with --all)")
    ap.add_argument("--truth", type=Path, default=None, help="truth folder (default samples/truth next to "
                                                             "samples/scans, else <out>/truth)")
    ap.add_argument("--specs", type=Path, default=SPECS, help="spec folder (default samples/specs; "
                                                            "samples/specs-extra holds documents outside the set)")
    ap.add_argument("--all", action="store_true", help="render every spec in every profile")
    ap.add_argument("--only", nargs="*", help="spec stems to render (default: all)")
    ap.add_argument("--stem", nargs="*", help="render only these sample stems")
    args = ap.parse_args(argv)
    out_dir = args.out or ROOT / "samples" / ("scans-extra" if args.all else "scans")
    if args.truth:
        truth_dir = args.truth
    elif out_dir.resolve() == (ROOT / "samples" / "scans").resolve():
        truth_dir = TRUTH
    else:
        truth_dir = out_dir / "truth"
    out_dir.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    try:
        specs = load_specs(args.only, args.specs)
        for spec in specs:
            renders = extra_renders(spec) if args.all else spec["renders"]
            for render in renders:
                stem = stem_for(spec, render)
                if args.stem and stem not in args.stem:
                    continue
                path, truth = render_scan(spec, render, out_dir, args.seed)
                (truth_dir / f"{stem}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
                print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
                      f"{len(truth['pages'])} page(s), {path.stat().st_size // 1024} KB")
    except SpecError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
