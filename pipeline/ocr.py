"""OCR of one page image with Tesseract (in process, :mod:`pipeline.tess`), in reading order, the stamp ink read apart.

One ``image_to_data`` call per page gives words with boxes and confidences; the reading order is then
rebuilt here from the boxes, because Tesseract's own line finding runs the two header columns of a
Vietnamese official letter together ("BỘ Y TẾ  CỘNG HÒA XÃ HỘI …" on one line). Lines are cut at wide
gaps into pieces; consecutive pieces that leave a common vertical gutter free form a two-column band
(the header, the "Nơi nhận" / signer footer) whose left column is read before its right column.

The coloured-ink regions that :mod:`pipeline.preprocess` separated (receipt stamps) are read on their own
and returned as the page's stamp text, never mixed into the body. Seals (ring-shaped red blobs) are not
read: their ring text is not a receipt.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from statistics import median

import cv2
import numpy as np

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract  # noqa: E402

from pipeline import legacy, preprocess, stamp, stamp_reader, tess  # noqa: E402

# Chosen by measurement on the sample scans (pipeline/evaluate_ocr.py: compare_languages, ocr_report):
# raw CER vie 6.5 %, Vietnamese 6.2 %, vie+Vietnamese 6.2 % on four single-image pages; end to end on all
# 20 samples vie+Vietnamese 2.18 % against vie 2.37 %. But two models cost 20–45 % more time on every page
# (the benchmark compares the pipeline's pages/min with plain `tesseract -l vie`): pages and stamps are read
# with `vie` alone (measured after the change: CER 1.66 % over the 20 samples, 7/14 stamps).
BODY_LANG = "vie"
BODY_CONFIG = "--oem 1 --psm 3"
# Tesseract's recogniser scales every text line to a fixed height, but its page analysis costs grow with the
# pixels: a page is read at about 240 dpi (an A4 page 2800 px high). On six sample pages of all profiles CER
# 1.03 % at full size, 0.99 % at 85 % (8 % less time), 1.07 % at 75 % (15 % less); on twelve 300-dpi pages
# 0.63 % at 80 %, 0.67 % at 70 %, 0.63 % at 65 %. Not lower: a 10-pt "2207/BYT-KHTC" (tests/test_ocr.py)
# keeps its hyphen down to 70 % and loses it at 68 %; 80 % leaves a margin for small print.
READ_SIZE = 2800  # pixels along the longer side
STAMP_CONFIG = "--oem 1 --psm 11"
MAX_STAMP_REGIONS = 4
STAMP_ZONE = 0.55  # receipt stamps start in the top 55 % of a page
STAMP_MAX_HEIGHT = 0.25  # and are far less high than a quarter of it (Phụ lục IV: 35 × 50 mm)


@dataclass
class Word:
    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line_key: tuple[int, int, int]

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


@dataclass
class Piece:
    """A run of words on one visual line, not broken by a wide gap."""

    words: list[Word] = field(default_factory=list)

    @property
    def left(self) -> int:
        return min(w.left for w in self.words)

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.bottom for w in self.words)

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class PageOCR:
    text: str
    confidence: float | None
    stamp_text: str
    words: int
    angle: float = 0.0
    rotated: int = 0


def _env() -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"


def words_from_data(data: dict) -> list[Word]:
    out = []
    for i, txt in enumerate(data["text"]):
        txt = (txt or "").strip()
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if not txt or conf < 0:
            continue
        out.append(Word(txt, int(data["left"][i]), int(data["top"][i]), int(data["width"][i]),
                        int(data["height"][i]), conf,
                        (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))))
    return out


def _pieces(words: list[Word], gap: float) -> list[Piece]:
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line_key, []).append(w)
    pieces: list[Piece] = []
    for ws in lines.values():
        ws.sort(key=lambda w: w.left)
        cur = Piece([ws[0]])
        for w in ws[1:]:
            if w.left - cur.right > gap:
                pieces.append(cur)
                cur = Piece([w])
            else:
                cur.words.append(w)
        pieces.append(cur)
    return pieces


def _rows(pieces: list[Piece], tol: float) -> list[str]:
    """Pieces of one column → text lines, top to bottom, pieces on one visual line left to right."""
    out: list[str] = []
    group: list[Piece] = []
    for p in sorted(pieces, key=lambda p: p.cy):
        if group and abs(p.cy - group[0].cy) > tol:
            out.append(" ".join(q.text for q in sorted(group, key=lambda q: q.left)))
            group = []
        group.append(p)
    if group:
        out.append(" ".join(q.text for q in sorted(group, key=lambda q: q.left)))
    return out


def reading_order(words: list[Word]) -> list[str]:
    """Text lines of a page in reading order, two-column bands read column by column."""
    if not words:
        return []
    h = median(w.height for w in words)
    x0 = min(w.left for w in words)
    x1 = max(w.right for w in words)
    width = max(1, x1 - x0)
    pieces = _pieces(words, gap=max(2.0 * h, 0.03 * width))
    pieces.sort(key=lambda p: (p.top, p.left))
    zone_lo, zone_hi = x0 + int(0.2 * width), x0 + int(0.8 * width)
    min_gutter = max(int(1.5 * h), int(0.02 * width))

    def free_mask(p: Piece) -> np.ndarray:
        m = np.ones(zone_hi - zone_lo, dtype=bool)
        a, b = max(p.left, zone_lo) - zone_lo, min(p.right, zone_hi) - zone_lo
        if b > a:
            m[a:b] = False
        return m

    def longest_run(m: np.ndarray) -> tuple[int, int]:
        best, start, best_span = 0, None, (0, 0)
        for i, v in enumerate(np.append(m, False)):
            if v and start is None:
                start = i
            elif not v and start is not None:
                if i - start > best:
                    best, best_span = i - start, (start, i)
                start = None
        return best_span

    lines: list[str] = []
    band: list[Piece] = []
    mask: np.ndarray | None = None

    def flush() -> None:
        nonlocal band, mask
        if not band:
            return
        a, b = longest_run(mask) if mask is not None else (0, 0)
        gutter = zone_lo + (a + b) / 2
        left = [p for p in band if (p.left + p.right) / 2 < gutter]
        right = [p for p in band if (p.left + p.right) / 2 >= gutter]
        both_sides_rows = sum(1 for p in left if any(abs(q.cy - p.cy) < 2 * h for q in right))
        if b - a >= min_gutter and left and right and both_sides_rows >= 1 and len(band) >= 3:
            lines.extend(_rows(left, 0.5 * h))
            lines.extend(_rows(right, 0.5 * h))
        else:
            lines.extend(_rows(band, 0.5 * h))
        band, mask = [], None

    for p in pieces:
        m = free_mask(p)
        a, b = longest_run(m)
        if b - a < min_gutter:  # crosses the middle: a full-width line
            flush()
            lines.extend(_rows([p], 0.5 * h))
            continue
        new = m if mask is None else (mask & m)
        a, b = longest_run(new)
        if mask is not None and b - a < min_gutter:
            flush()
            new = m
        band.append(p)
        mask = new
    flush()
    return lines


def _data(image: np.ndarray, lang: str, config: str) -> dict:
    """Tesseract's words with boxes and confidences (in this process through :mod:`pipeline.tess`)."""
    _env()
    return tess.image_to_data(image, lang, config)


def osd_rotation(image: np.ndarray) -> int:
    """Clockwise rotation (0/90/180/270) Tesseract OSD says the page needs; 0 when unsure."""
    _env()
    try:
        osd = pytesseract.image_to_osd(image, config="--psm 0", output_type=pytesseract.Output.DICT)
    except pytesseract.TesseractError:
        return 0
    if float(osd.get("orientation_conf", 0)) < 1.5:
        return 0
    return int(osd.get("rotate", 0)) % 360


def _mean_conf(words: list[Word]) -> float | None:
    return round(sum(w.conf for w in words) / len(words), 1) if words else None


def read_stamp_regions(regions: list[preprocess.InkRegion], lang: str = BODY_LANG,
                       page_height: int | None = None) -> str:
    """OCR of the receipt-stamp regions, one after another, blank line between. Seals (rings) are
    skipped, and so is ink in the lower part of the page, where signatures and seals are: the receipt
    stamp goes below the number, subject or date of the header (Decree 30/2020, Art. 22; Phụ lục IV).
    So is "ink" a good part of the page high (tinted paper), larger than any stamp."""
    texts = []
    stamps = [r for r in regions if r.roundness < 0.45
              and (page_height is None or (r.box[1] < STAMP_ZONE * page_height
                                           and r.box[3] < STAMP_MAX_HEIGHT * page_height))]
    stamps.sort(key=lambda r: -(r.box[2] * r.box[3]))
    for r in sorted(stamps[:MAX_STAMP_REGIONS], key=lambda r: (r.box[1], r.box[0])):
        _env()
        angle = stamp_reader.skew(r.image if r.own is None else r.own)
        image = stamp_reader.level(r.image, angle)
        pen = None if r.pen is None else stamp_reader.level(r.pen, angle)
        own = None if r.own is None else stamp_reader.level(r.own, angle)
        # One reading as sparse text: it finds the handwritten values a block reading runs together with
        # "ĐẾN", and its word boxes place the labels "Số", "Ngày" for the field reader. (A second reading
        # as one block, and `vie+Vietnamese`, read no more stamp right on the samples — 7/14 either way —
        # for twice the time.)
        sparse = _data(image, lang, STAMP_CONFIG)
        reading = stamp_reader.text_of(sparse)
        if reading:
            # and the handwritten number and date, each read apart with a digits-only model
            values = stamp_reader.read_values(image, stamp_reader.words(sparse), pen, grey=r.hue == "grey", own=own)
            fields = stamp_reader.as_text(values)
            texts.append(reading + (stamp.FIELDS_SEP + fields if fields else ""))
    return stamp.REGION_SEP.join(texts)


def stamp_candidates(prep: preprocess.Prepared) -> list[preprocess.InkRegion]:
    """The ink worth reading as a receipt stamp: on a colour page the framed regions only (a stamp in
    colour shows its whole frame; unframed ink there is a signature, a seal or a note); on a grey page
    (a photocopy) the stamps found by their frame in the grey image, else every region of grey pen."""
    framed = [r for r in prep.ink if r.framed]
    if framed or prep.colour:
        return framed
    return stamp_reader.grey_stamps(prep.body) or prep.ink


def _for_tesseract(body: np.ndarray) -> np.ndarray:
    """The body image as Tesseract gets it: a larger page shrunk to READ_SIZE (see there)."""
    f = READ_SIZE / max(body.shape[:2])
    if f >= 0.9:
        return body
    return cv2.resize(body, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)


# Print Tesseract's page analysis left out: on a photocopy the seal and the signature are as black as the print, and
# the analysis may take the signer block beside them for a picture and give no word of it (a 1-bit copy of
# 0125/KH-UBND: "Đào Mỹ" beside a black seal and scribble, read nowhere). Ink no word covers, in a patch of one
# line — at least 2 × MISSED_MIN_LINES line heights wide, half that to MISSED_MIN_LINES high (grown as below) — about
# as dense as print (a table's rules are sparser), away from the page's edges (a copier's dark border), is read
# again as a block; its sure words join the page.
MISSED_MIN_LINES = 3
MISSED_MIN_DENSITY = 0.03
MISSED_MIN_CONF = 60
MAX_MISSED_REGIONS = 3


def missed_regions(image: np.ndarray, words: list[Word]) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) of inked patches that no word covers, largest first (see MISSED_MIN_LINES)."""
    if not words:
        return []
    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    h = max(8, int(median(w.height for w in words)))
    ink = (grey < 140).astype(np.uint8)
    for w in words:
        ink[max(0, w.top - 2): w.bottom + 2, max(0, w.left - 2): w.right + 2] = 0
    # a photocopy's speckle, which the growing below would bridge into one patch with the print
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink)
    specks = np.flatnonzero(stats[:, cv2.CC_STAT_AREA] < max(4, h * h // 40))
    ink[np.isin(labels, specks[specks > 0])] = 0
    # grown by a line height across and half of one down: a line's words join, the lines above and below not
    grown = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * h + 1, h + 1)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(grown)
    H, W = grey.shape[:2]
    out = []
    for x, y, bw, bh, _area in stats[1:n]:
        if x <= 2 or y <= 2 or x + bw >= W - 2 or y + bh >= H - 2:
            continue
        # a patch higher than a line grown is a seal, a receipt stamp or a scribble, whose ring letters and printed
        # labels read as words no page holds: only a line standing apart at its top or foot (blank rows between) is
        # kept ("Đào Mỹ" under the scribble that runs into the seal)
        if bh <= MISSED_MIN_LINES * h:
            if bw >= 2 * MISSED_MIN_LINES * h and bh >= MISSED_MIN_LINES * h / 2 \
                    and ink[y: y + bh, x: x + bw].mean() >= MISSED_MIN_DENSITY:
                out.append((int(x), int(y), int(bw), int(bh)))
            continue
        for ys, ye in _apart_lines(ink[y: y + bh, x: x + bw], h, y):
            cols = np.flatnonzero(ink[ys:ye, x: x + bw].any(axis=0))
            if not len(cols):
                continue
            bx, bx2 = x + int(cols[0]), x + int(cols[-1]) + 1  # (the ink's own width: not grown)
            if bx2 - bx >= (2 * MISSED_MIN_LINES - 2) * h and ink[ys:ye, bx:bx2].mean() >= MISSED_MIN_DENSITY:
                out.append((int(max(0, bx - h)), int(ys), int(bx2 - bx + 2 * h), int(ye - ys)))
    return sorted(out, key=lambda b: -b[2] * b[3])[:MAX_MISSED_REGIONS]


def _apart_lines(patch: np.ndarray, h: int, top: int) -> list[tuple[int, int]]:
    """The first and the last band of inked rows of a tall patch when each is one line high (at most 2 line heights)
    and blank rows part it from the rest, grown by half a line; page rows."""
    rows = patch.sum(axis=1) >= 2
    runs, start = [], None
    for i, v in enumerate(np.append(rows, False)):
        if v and start is None:
            start = i
        elif not v and start is not None:
            runs.append((start, i))
            start = None
    # runs closer than a third of a line belong together (a line's accents, a speck)
    bands: list[list[int]] = []
    for a, b in runs:
        if bands and a - bands[-1][1] < h / 3:
            bands[-1][1] = b
        else:
            bands.append([a, b])
    if len(bands) < 2:
        return []
    ends = [bands[0], bands[-1]]
    return [(top + max(0, a - h // 2), top + min(len(rows), b + h // 2)) for a, b in ends if b - a <= 2 * h]


def read_missed(image: np.ndarray, words: list[Word], lang: str = BODY_LANG) -> list[Word]:
    """The sure words of each patch Tesseract's page analysis left unread, read again as one block, in page
    coordinates: confidence ≥ MISSED_MIN_CONF, a Vietnamese syllable (a seal's ring letters read as "`€ÐN" or
    "fởng" are none), where the page reading has no word yet (the patch's box may take in read lines)."""
    syl = legacy.syllables()
    found: list[Word] = []
    for i, (x, y, bw, bh) in enumerate(missed_regions(image, words)):
        x0, y0 = max(0, x - 4), max(0, y - 4)
        crop = image[y0: y + bh + 4, x0: x + bw + 4]
        for w in words_from_data(_data(crop, lang, "--oem 1 --psm 6")):
            core = w.text.strip(".,;:()\"'“”-").lower()
            if w.conf < MISSED_MIN_CONF or len(core) < 2 or core not in syl:
                continue
            cx, cy = w.left + x0 + w.width / 2, w.top + y0 + w.height / 2
            if any(o.left - 2 <= cx <= o.right + 2 and o.top - 2 <= cy <= o.bottom + 2 for o in words):
                continue
            found.append(Word(w.text, w.left + x0, w.top + y0, w.width, w.height, w.conf,
                              (10_000 + 100 * i + w.line_key[0], w.line_key[1], w.line_key[2])))
    return found


def ocr_image(image, *, lang: str = BODY_LANG, stamps: bool = True) -> PageOCR:
    """Preprocess and read one page image (PIL image or array)."""
    prep = preprocess.prepare(image)
    body = prep.body
    sized = _for_tesseract(body)  # the page as Tesseract reads it, read once more for missed print below
    words = words_from_data(_data(sized, lang, BODY_CONFIG))
    rotated = 0
    conf = _mean_conf(words)
    score = legacy.vietnamese_score(" ".join(w.text for w in words))
    if len(words) < 15 or (conf is not None and conf < 55) or score < 0.5:  # upside down or sideways?
        rot = osd_rotation(body)
        if rot:
            turned = preprocess.rotate90(body, rot)
            turned_sized = _for_tesseract(turned)
            words2 = words_from_data(_data(turned_sized, lang, BODY_CONFIG))
            conf2 = _mean_conf(words2)
            # turned the right way, the words are Vietnamese and surer (upside-down print reads as
            # many short junk words: their number says nothing)
            if legacy.vietnamese_score(" ".join(w.text for w in words2)) > score and (conf2 or 0) >= (conf or 0):
                words, conf, rotated, body, sized = words2, conf2, rot, turned, turned_sized
                prep.body = turned
                for r in prep.ink:
                    r.image = preprocess.rotate90(r.image, rot)
                    r.pen = None if r.pen is None else preprocess.rotate90(r.pen, rot)
                    r.own = None if r.own is None else preprocess.rotate90(r.own, rot)
    words = words + read_missed(sized, words, lang)
    text = "\n".join(reading_order(words))
    stamp_text = read_stamp_regions(stamp_candidates(prep), page_height=body.shape[0]) if stamps else ""
    return PageOCR(text=text, confidence=conf, stamp_text=stamp_text, words=len(words),
                   angle=prep.angle, rotated=rotated)


def plain_tesseract(path: str, lang: str = "vie") -> str:
    """Plain ``tesseract FILE - -l LANG`` output (the baseline the pipeline is measured against)."""
    _env()
    return pytesseract.image_to_string(path, lang=lang)


def plain_tesseract_image(image, lang: str = "vie") -> str:
    _env()
    return pytesseract.image_to_string(image, lang=lang)


def stamp_only(image, lang: str = BODY_LANG) -> str:
    """OCR of the coloured stamp ink of a page whose text came from a PDF text layer (a digitally
    signed or typed PDF that was stamped "ĐẾN" as an image)."""
    rgb, gray = preprocess.page_arrays(image)
    _, regions = preprocess.split_ink(rgb, gray)
    prep = preprocess.Prepared(body=gray, ink=regions, angle=0.0, colour=rgb is not None)
    return read_stamp_regions(stamp_candidates(prep), lang, gray.shape[0])
