"""The handwritten values of a receipt stamp ("ĐẾN"), read field by field with a digits-only Tesseract.

A receipt stamp (Decree 30/2020, Phụ lục IV) prints its labels — the office, "ĐẾN", "Số:", "Ngày:",
"Chuyển:", "Số và ký hiệu HS:" — and the clerk writes the arrival number and date by hand to the right of
"Số:" and "Ngày:". Read with the printed labels as Vietnamese text, the handwriting comes out garbled. Here:

1. the stamp crop is straightened by its own frame and lines (a stamp is never quite level on the page);
2. the printed labels are found among the words of a sparse Tesseract reading (``image_to_data``) and
   checked against the stamp's frame, where the form (Phụ lục IV) puts them at fixed fractions; where
   "Số"/"Ngày" were not read (or were print far from their place), the frame places their rows (without
   a frame, they go beside "ĐẾN");
3. the strip to the right of each label is cut out and read with a digits whitelist ("0123456789/" for
   the date, digits for the number), under a few binarisations stacked into one image (one Tesseract call
   per field reads them all, one line each); where fewer than three of them agree, a second call reads
   two more (the darkest ink thinned; the pen's grey alone, a photocopy's print black taken off); still
   short of three, a third reads the marks each against the darkest ink near them (a digit written
   lighter than the rest, :func:`evened`); where a date was read only in part (no slash, at most three
   digits), another call reads the darkest of its marks alone (a blurred pen's dark cores, its grey rim
   that joins digit and slash left out); on a grey page (a photocopy: the pen grey, the print under the
   stamp black, and black where they cross), where the readings still disagree, a last call reads the
   pen with the print painted out (:func:`print_apart`, the script model `Vietnamese`), and for a date a
   few more read the pen black over the print shown grey (:func:`print_grey_looks`);
4. the readings vote; only well-formed values take part (a number of 1-6 digits, a day/month[/year]);
   a reading that is another with characters left out votes for that one too, and a date's day and
   month read with a year read two ways stand alone.

The result is text (``Số: 4599 | 4599`` …, candidates best first) that :func:`pipeline.stamp.read_stamp`
validates against the document's date and prefers to the labelled reading.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, replace

import cv2
import numpy as np
import regex

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from pipeline import tess  # noqa: E402
from pipeline.preprocess import InkRegion  # noqa: E402
from pipeline.stamp import date_splits  # noqa: E402
from pipeline.textnorm import fold  # noqa: E402

# A number's handwriting this many label heights wide or wider holds more than one digit (a handwritten digit
# is about one label height wide, 1.1-1.5 with its spacing): a lone digit read from it is a fragment of the
# value (the rest of it lost under print: "6" of "4418"), not given as the number
LONE_DIGIT_ROOM = 3.0
NUMBER_CONFIG = "--oem 1 --psm 6 -c tessedit_char_whitelist=0123456789"
DATE_CONFIG = "--oem 1 --psm 6 -c tessedit_char_whitelist=0123456789/"
SCALES = (40,)  # px: label height the strips are scaled to (handwritten digits then ~1.5 times that)
PRINT_BLACK = 20  # grey level: darker is print (toner) on a photocopy, the pen a little lighter
# The model that reads the pen with the print painted out (:func:`print_apart`): the script model reads
# the italic, repaired digits where `eng` reads few (measured on the stamped photocopies: "2/4/2025" and
# "4471" read, where `eng` read "026" and "4474").
PEN_LANG = "Vietnamese"
PEN_GREY = 100  # grey level: a photocopied pen lies between PRINT_BLACK and this (its core ~36, print 0)
REACH = 0.3  # of the label height: how far from the pen's own grey the print is painted through
# Tesseract drops a row of many small blobs as noise (`textord_noise_rejrows`): a photocopied pen repaired
# through print is blotchy, and the whole date read empty
NOISE_ROWS_KEPT = " -c textord_noise_rejrows=0"
PRINT_GREYS = (160, 190)  # the print under a photocopied pen shown in these greys (:func:`print_grey_looks`)
GREY_SCALES = (40, 50)  # px: label heights those looks are read at


@dataclass
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h


def words(data: dict) -> list[tuple[str, Box]]:
    """(text, box) of the non-empty words of a Tesseract ``image_to_data`` dict."""
    out = []
    for i, t in enumerate(data["text"]):
        if t and t.strip():
            out.append((t.strip(), Box(data["left"][i], data["top"][i], data["width"][i], data["height"][i])))
    return out


# --- straightening ---------------------------------------------------------------------------------

def _ink(gray: np.ndarray) -> np.ndarray:
    return (gray < 160).astype(np.uint8)


def skew(gray: np.ndarray, max_angle: float = 5.0) -> float:
    """The angle (degrees, counter-clockwise) that levels the stamp: the rotation that makes its rows of
    ink (frame edges, label lines) sharpest, on a small copy."""
    h, w = gray.shape
    f = min(1.0, 300.0 / max(h, w))
    small = cv2.resize(_ink(gray) * 255, (max(1, int(w * f)), max(1, int(h * f))), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape
    best, best_score = 0.0, -1.0
    for a in np.arange(-max_angle, max_angle + 0.01, 0.5):
        m = cv2.getRotationMatrix2D((sw / 2, sh / 2), a, 1.0)
        rows = cv2.warpAffine(small, m, (sw, sh), flags=cv2.INTER_NEAREST).sum(axis=1, dtype=np.float64)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score:
            best, best_score = float(a), score
    return best


def level(gray: np.ndarray, angle: float | None = None) -> np.ndarray:
    """The stamp crop rotated level (white fill); by ``angle`` when given (another image of the same
    crop, levelled alike), else by its own :func:`skew`."""
    a = skew(gray) if angle is None else angle
    if abs(a) < 0.25:
        return gray
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), a, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


# --- the labels ------------------------------------------------------------------------------------

_SO = regex.compile(r"^[^\w]*(?:so|s6|s0|se)[:;.]?$")
_NGAY = regex.compile(r"^[^\w]*(?:ngay|ngy|nga|gay|ngav|ngey|ngat|ngayt)[:;.,]?$")
_DEN = regex.compile(r"^[^\w]*(?:den|dem|oen|deh|de)[:;.]?$")


def labels(ws: list[tuple[str, Box]], shape: tuple[int, int]) -> dict[str, Box]:
    """Boxes of the labels "ĐẾN", "Số" (the arrival number's: not "Số và ký hiệu HS", nor "SỞ" of the
    office's name) and "Ngày", where the form puts them: "Số:" above "Ngày:", both right of "ĐẾN" and
    below the office's name."""
    dens, sos, ngays = [], [], []
    vas = [b for t, b in ws if fold(t) == "va"]
    for t, b in ws:
        k = fold(t)
        if _DEN.match(k) and len(k) >= 3:
            dens.append(b)
        elif _NGAY.match(k):
            ngays.append(b)
        elif _SO.match(k) and not any(abs(v.y + v.h / 2 - (b.y + b.h / 2)) < b.h and 0 < v.x - b.right < 3 * b.h
                                      for v in vas):
            sos.append(b)
    found: dict[str, Box] = {}
    if dens:
        found["den"] = den = max(dens, key=lambda b: b.h)

        def beside(b: Box) -> bool:
            return b.x > den.x + 0.6 * den.w and den.y - den.h < b.y < den.bottom + 0.5 * den.h
    else:
        def beside(b: Box) -> bool:
            return b.y > 0.2 * shape[0]
    ngays = [b for b in ngays if beside(b)]
    if ngays:
        found["ngay"] = ngay = ngays[0]
        sos = [b for b in sos if abs(ngay.x - b.x) < 2.5 * b.h and 1.2 * b.h < ngay.y - b.y < 5 * b.h]
    else:
        sos = [b for b in sos if beside(b)]
    if sos:
        found["so"] = sos[0]
    return found


# The form of Phụ lục IV as fractions of the stamp's frame (x of its width, y of its height; measured on
# stamps whose labels were read): the left end and baseline of "Số:" and "Ngày:", their height and width.
FORM = {"so": (0.35, 0.36, 0.075, 0.05), "ngay": (0.35, 0.575, 0.09, 0.10)}
FORM_ASPECT = 60 / 29  # width / height of the frame
BRIDGE = 0.05  # of a stamp crop's height (about 1.5 mm): the gap in a frame's edge print may leave


def frame(gray: np.ndarray, bridge: bool = False) -> tuple[int, int, int, int] | None:
    """The stamp's frame (x0, y0, x1, y1) in a levelled crop: its two long horizontal edges, and its
    upright edges where they show (else the width from the form's proportions and the one edge found;
    with none, the long edges' own ends, or the crop's middle); None without two horizontal edges a
    stamp's height apart.

    ``bridge``: ``gray`` is the stamp's coloured ink alone (no print): the gaps an edge has where print
    crossed it (the ink there taken for print) are closed first, up to :data:`BRIDGE` of the crop's height
    (on a crop with print, closing would run a printed line's letters into an edge)."""
    h, w = gray.shape
    ink = np.where(gray < 170, 255, 0).astype(np.uint8)
    gap = max(3, int(BRIDGE * h)) if bridge else 0

    def lines(kernel: tuple[int, int]) -> np.ndarray:
        src = ink
        if gap:
            src = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((gap, 1) if kernel[0] == 1 else (1, gap), np.uint8))
        return cv2.morphologyEx(src, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, kernel))

    flat = lines((max(10, w // 3), 1))
    ys = np.flatnonzero(flat.sum(axis=1) > 0.4 * w * 255)
    if not len(ys) or ys.max() - ys.min() < 0.3 * h:
        return None
    y0, y1 = int(ys.min()), int(ys.max())
    fw = FORM_ASPECT * (y1 - y0)
    xs = np.flatnonzero(lines((1, max(10, h // 3))).sum(axis=0) > 0.4 * (y1 - y0) * 255)
    # the long edges' own ends, the frame's corners (for when no upright edge shows: a faint or tilted one)
    ends = [np.flatnonzero(flat[max(0, y - 3):y + 4].any(axis=0)) for y in (y0, y1)]
    ex0, ex1 = int(np.mean([e.min() for e in ends])), int(np.mean([e.max() for e in ends]))
    if len(xs) and xs.max() - xs.min() > 0.6 * fw:
        x0, x1 = int(xs.min()), int(xs.max())
    elif len(xs):  # one upright edge: the other where the form's proportions put it
        x = int(xs.mean())
        x0, x1 = (x, int(x + fw)) if x < w / 2 else (int(x - fw), x)
    elif 0.8 * fw < ex1 - ex0 < 1.25 * fw:
        x0, x1 = ex0, ex1
    else:
        x0 = int(max(0.0, (w - fw) / 2))
        x1 = int(x0 + fw)
    return x0, y0, x1, y1


def form_labels(box: tuple[int, int, int, int]) -> dict[str, Box]:
    """Where the form puts "Số:" and "Ngày:" in a stamp framed by ``box``."""
    x0, y0, x1, y1 = box
    fw, fh = x1 - x0, y1 - y0
    out = {}
    for key, (fx, fy, fhh, fww) in FORM.items():
        lh = fhh * fh
        out[key] = Box(int(x0 + fx * fw), int(y0 + fy * fh - lh), max(1, int(fww * fw)), max(1, int(lh)))
    return out


def placed(found: dict[str, Box], gray: np.ndarray, own: np.ndarray | None = None) -> dict[str, Box]:
    """The labels found, checked against the form in the stamp's frame: a label far from where the
    form puts it (a word of print under the stamp) is dropped; when neither "Số" nor "Ngày" is left,
    the form's places for them are taken."""
    box = frame(gray)
    if box is None and own is not None:  # an edge broken where print crossed it: found on the ink alone
        box = frame(own, bridge=True)
    if box is None:
        return found
    form = form_labels(box)
    tol = 0.12 * (box[3] - box[1])
    out = dict(found)
    for key, f in form.items():
        b = out.get(key)
        if b is not None and (abs(b.bottom - f.bottom) > tol or abs(b.x - f.x) > 2.5 * tol):
            del out[key]
        elif b is not None and abs(b.h - f.h) > 0.3 * f.h:  # run together with print above or below it
            out[key] = Box(b.x, b.bottom - f.h, b.w, f.h)
    if "so" not in out and "ngay" not in out:
        out.update(form)
    return out


@dataclass
class Row:
    """Where one handwritten value is: the strip (x0, y0, x1, y1) of the crop, the row's baseline (crop
    coordinates) and the height of the printed labels (the scale of everything)."""

    x0: int
    y0: int
    x1: int
    y1: int
    base: float
    lh: float
    labelled: bool = True  # the row's own label was read (else the strip may begin with it)


def rows(found: dict[str, Box], shape: tuple[int, int]) -> dict[str, Row]:
    """The rows where the number and the date are written, from the labels found."""
    h, w = shape
    so, ngay, den = found.get("so"), found.get("ngay"), found.get("den")
    if so is not None:
        lh = so.h
    elif ngay is not None:
        lh = ngay.h * 0.8  # "Ngày" has a descender
    elif den is not None:
        lh = den.h * 0.5
    else:
        return {}
    lh = max(8.0, min(lh, h / 6))
    # baselines and left ends of the number's and the date's rows
    if so is not None and ngay is not None:
        b_no, b_date = so.bottom, ngay.bottom - 0.2 * ngay.h
        x0_no, x0_date = so.right, ngay.right
    elif so is not None:
        b_no, x0_no = so.bottom, so.right
        b_date, x0_date = b_no + 2.7 * lh, so.x + 3.0 * lh
    elif ngay is not None:
        b_date, x0_date = ngay.bottom - 0.2 * ngay.h, ngay.right
        b_no, x0_no = b_date - 2.7 * lh, ngay.x + 1.5 * lh
    else:  # only "ĐẾN": "Số" and "Ngày" stand to its right, one above and one below its middle
        mid = den.y + den.h * 0.6
        b_no, b_date = mid - 0.4 * lh, mid + 2.3 * lh
        x0_no = x0_date = den.right + 3.5 * lh
    out = {}
    for key, base, x0, label in (("number", b_no, x0_no, so), ("date", b_date, x0_date, ngay)):
        y0, y1 = max(0, int(base - 3.0 * lh)), min(h, int(base + 1.2 * lh))
        x0, x1 = int(x0 + 0.2 * lh), int(w - 0.5 * lh)
        if y1 - y0 > lh and x1 - x0 > 2 * lh:
            out[key] = Row(x0, y0, x1, y1, base, lh, label is not None)
    return out


# --- reading a value -------------------------------------------------------------------------------

def _keep(ink: np.ndarray, row: Row, f: float) -> np.ndarray:
    """The handwriting of a row in a strip's ink (255, scaled by ``f``): components whose centre sits on
    the row (from 1.7 label heights above its baseline to 0.4 below), without the stamp's frame (long
    straight lines) and dots (the dotted leader, a colon, speckle)."""
    lh, base = row.lh * f, (row.base - row.y0) * f
    n, lab, stats, cent = cv2.connectedComponentsWithStats(ink, connectivity=8)
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    keep = (cent[:, 1] > base - 1.7 * lh) & (cent[:, 1] < base + 0.4 * lh)
    keep &= ~((w < 0.3 * lh) & (h < 0.4 * lh))  # dots
    keep &= ~((h > 2.6 * lh) & (w < 0.3 * h))  # frame edges
    keep &= ~((w > 6 * lh) & (h < 0.4 * lh))  # rules, underlines
    keep[0] = False
    return np.where(keep[lab], 255, 0).astype(np.uint8)


def fill_hollow(ink: np.ndarray, width: int) -> np.ndarray:
    """Ink (255) with hollow strokes filled: where a pen's dark core was taken for print and only its
    outline is left, the holes are thin; a digit's own counters (0, 6, 8, 9) are wide and stay open."""
    closed = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    h, w = closed.shape
    outside = np.pad(255 - closed, 1, constant_values=255)
    mask = np.zeros((h + 4, w + 4), np.uint8)
    cv2.floodFill(outside, mask, (0, 0), 0)
    holes = outside[1:-1, 1:-1]  # background not reachable from the border
    k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (width, width))
    wide = cv2.dilate(cv2.morphologyEx(holes, cv2.MORPH_OPEN, k), np.ones((3, 3), np.uint8))
    return closed | (holes & ~wide)


def _label_end(ink: np.ndarray, lh: float) -> int:
    """Where a printed label that begins a strip ends (0 if none): a first run of ink at most 4 label
    heights wide, followed by a gap of 0.7 label heights and more ink (the handwriting)."""
    cols = np.flatnonzero(ink.any(axis=0))
    if not len(cols):
        return 0
    gaps = np.flatnonzero(np.diff(cols) > 0.7 * lh)
    if len(gaps) and cols[gaps[0]] - cols[0] <= 4 * lh:
        return int(cols[gaps[0]] + 1)
    return 0


def _main_run(ink: np.ndarray, lh: float) -> np.ndarray:
    """The handwritten value of a strip: the run of columns with ink, gaps under 1.2 label heights
    (the spaces of handwriting), that holds the most ink; what lies beyond wider gaps (remnants of print,
    the next field's pen) goes."""
    cols = ink.sum(axis=0, dtype=np.int64)
    on = np.flatnonzero(cols)
    if not len(on):
        return ink
    cuts = np.flatnonzero(np.diff(on) > 1.2 * lh)
    starts, ends = np.r_[on[0], on[cuts + 1]], np.r_[on[cuts], on[-1]]
    i = max(range(len(starts)), key=lambda j: cols[starts[j]:ends[j] + 1].sum())
    out = np.zeros_like(ink)
    out[:, starts[i]:ends[i] + 1] = ink[:, starts[i]:ends[i] + 1]
    return out


def evened(g: np.ndarray, k: int, frac: float = 0.45, paper: int = 235) -> np.ndarray:
    """Ink (255) of a scaled strip, each mark against the darkest ink around it (within ``k`` pixels,
    smoothed) rather than one level for the strip: a pixel is ink when darker than ``frac`` of the way from
    that local darkness to the paper. A digit written lighter than its neighbours (the pen pressed less, a
    blotch of the ink) is then cut as thin as they are, not lost (a high threshold) nor swollen into
    its neighbours (a low one): 217-CD-TTg phone, the faint middle "8" of "8805" read "5" or "3" by
    every global threshold."""
    f = g.astype(np.float32)
    lo = cv2.GaussianBlur(cv2.erode(f, np.ones((k, k), np.uint8)), (0, 0), k / 3)
    return ((f < lo + frac * (paper - lo)) & (lo < paper - 35)).astype(np.uint8) * 255


def variants(gray: np.ndarray, row: Row, target: int = SCALES[0], second: bool = False,
             dark: bool = False, even: bool = False) -> list[np.ndarray]:
    """Binary (black on white) versions of a row's handwriting, scaled to a good size for Tesseract and
    cut to the handwriting: every mark (hollow strokes filled, when the strokes are hollow), the same with
    thin strokes off (print outlines, dotted lines), thickened, and the darkest ink alone (Otsu).

    ``second``: the versions for a second look, when the first did not agree: the darkest ink thinned
    (strokes that run into each other parted) and the pen's grey alone (a photocopied stamp over print:
    the pen a little lighter than the print, whose blackest pixels and their rims go).

    ``dark``: the versions for a last look, when a date was read only in part: the darkest of the row's
    marks alone, below the 40th and the 50th percentile of their grey (a blurred pen, on a phone's
    photo, joins digits and slashes in its grey rim; their dark cores stand apart).

    ``even``: the versions for a look when the readings still disagree: the marks each against the
    darkest ink near them (:func:`evened`, three neighbourhoods), for a digit written lighter than the rest."""
    crop = gray[row.y0:row.y1, row.x0:row.x1]
    f = min(5.0, max(0.7, target / row.lh))
    g = cv2.resize(crop, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC) if abs(f - 1) > 0.05 else crop
    marks = np.where(g < 225, 255, 0).astype(np.uint8)
    _, otsu = cv2.threshold(g, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    filled = fill_hollow(marks, max(3, int(0.3 * target)))
    if np.count_nonzero(filled) > 1.5 * np.count_nonzero(marks):
        marks = filled  # outlines of strokes whose dark core went with the print
    k3 = np.ones((3, 3), np.uint8)
    opened = cv2.morphologyEx(marks, cv2.MORPH_OPEN, k3)
    found = (marks, opened, cv2.dilate(opened, k3), otsu)
    if second:
        black = cv2.dilate(np.where(g < PRINT_BLACK, 255, 0).astype(np.uint8), k3, iterations=2)
        pen = cv2.morphologyEx(np.where(g < 170, 255, 0).astype(np.uint8) & ~black, cv2.MORPH_OPEN, k3)
        found += (cv2.erode(otsu, k3), cv2.dilate(pen, k3))
    kept = [_keep(v, row, f) for v in found]
    union = np.bitwise_or.reduce(kept[:4])
    if not row.labelled:
        union[:, : _label_end(union, row.lh * f)] = 0
    union = _main_run(union, row.lh * f)
    ys, xs = np.nonzero(union)
    if not len(xs):
        return []
    pad = int(0.3 * row.lh * f)
    y0, y1, x0, x1 = max(0, ys.min() - pad), ys.max() + pad + 1, max(0, xs.min() - pad), xs.max() + pad + 1
    if even:
        kept = [_keep(evened(g, int(s * target) | 1), row, f) for s in (0.13, 0.2, 0.27)]
        return [255 - k[y0:y1, x0:x1] for k in kept if k[y0:y1, x0:x1].any()]
    if dark:
        greys = g[(kept[0] > 0) & (union > 0)]
        if not len(greys):
            return []
        kept = [_keep(np.where(g < t, 255, 0).astype(np.uint8), row, f) for t in np.percentile(greys, (40, 50))]
        return [255 - k[y0:y1, x0:x1] for k in kept if k[y0:y1, x0:x1].any()]
    return [255 - k[y0:y1, x0:x1] for k in kept[4:]] if second else [255 - k[y0:y1, x0:x1] for k in kept]


def stack(images: list[np.ndarray], gap: int = 30) -> np.ndarray:
    """Images one under another on white, with white gaps, for one Tesseract call (one line each)."""
    w = max(i.shape[1] for i in images) + 2 * gap
    parts = [np.full((gap, w), 255, np.uint8)]
    for i in images:
        row = np.full((i.shape[0], w), 255, np.uint8)
        row[:, gap:gap + i.shape[1]] = i
        parts += [row, np.full((gap, w), 255, np.uint8)]
    return np.vstack(parts)


_NUMBER = regex.compile(r"^\d{1,6}$")
_DATE_IN = regex.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?!\d)")


def _clean_number(line: str) -> str | None:
    runs = regex.findall(r"\d+", line)
    best = max(runs, key=len) if runs else ""
    return best if _NUMBER.match(best) else None


_SLASHLESS = regex.compile(r"^\d{2,4}$|^\d{1,4}(?:19|20)\d\d$")
_YEAR_AFTER = regex.compile(r"^(\d{3,4})/((?:19|20)\d\d)$")


def _one_as_slash(t: str) -> str | None:
    """A date whose first slash was read as a "1" ("716/2013" of an italic "7/6/2013": the pen's slash is a
    "1" leaning over): the one way a "1" inside the day-and-month digits, read as the slash, leaves a valid
    day and month before the year; None when there is no such way, or more than one."""
    m = _YEAR_AFTER.match(t)
    if not m:
        return None
    dm = m.group(1)
    ways = [(dm[:i], dm[i + 1:]) for i in range(1, len(dm) - 1) if dm[i] == "1"]
    ok = [f"{d}/{mo}/{m.group(2)}" for d, mo in ways if 1 <= int(d) <= 31 and 1 <= int(mo) <= 12
          and not d.startswith("0") and not mo.startswith("0")]
    return ok[0] if len(ok) == 1 else None


def _clean_date(line: str) -> str | None:
    """A well-formed d/m[/y] in a reading (or one whose first slash was read as a "1", :func:`_one_as_slash`);
    or, where the italic slashes were not read at all, the bare digits ("33" of "3/3") when they split into a
    valid day and month (:func:`date_splits`)."""
    t = "".join(line.split())
    for m in _DATE_IN.finditer(t):
        d, mo = int(m.group(1)), int(m.group(2))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return m.group(0)
    if (repaired := _one_as_slash(t)) is not None:
        return repaired
    if _SLASHLESS.match(t) and date_splits(t):
        return t
    return None


def _within(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with characters left out (a reading that lost some of the marks)."""
    it = iter(long)
    return len(short) < len(long) and all(ch in it for ch in short)


def vote(lines: list[str], kind: str) -> list[str]:
    """Well-formed readings, most votes first (ties: the one read whole more often, then the earlier
    variant). A reading that is another with characters left out ("1" of "7315": the rest of the strokes
    lost to a binarisation) votes for the longer one too.

    A date's year read two ways with the same day and month ("23/5/2042", "23/5/2092": its "1" lay on a
    printed stem) is unreadable: the day and month alone ("23/5") stand too, with the votes of all of them
    (its year then comes from the document's date, :func:`pipeline.stamp.read_stamp`); a year read one
    way stays as read."""
    clean = _clean_number if kind == "number" else _clean_date
    vals = [v for v in (clean(x) for x in lines) if v]
    c = Counter(vals)
    score = {v: c[v] + sum(c[u] for u in c if _within(u, v)) for v in c}
    if kind == "date":
        for dm in {"/".join(v.split("/")[:2]) for v in c if v.count("/") == 2}:
            years = [u for u in c if u.startswith(dm + "/")]
            if len(years) >= 2 or dm in c:  # read two ways, or once and once not at all
                score[dm] = c[dm] + sum(c[u] for u in years)
    # (a date's slashless reading, "33", so votes for "3/3"; at equal votes the one with slashes first).
    # A date guessed from bare digits stands only when two versions read the same digits.
    ok = [v for v in score if kind != "date" or "/" in v or c[v] >= 2]
    first = {v: min(i for i, u in enumerate(vals) if u == v or u.startswith(v + "/")) for v in ok}
    return sorted(ok, key=lambda v: (-score[v], "/" not in v and kind == "date", -c[v], -len(v), first[v]))


def _read(images: list[np.ndarray], config: str, lang: str = "eng") -> list[str]:
    """The lines Tesseract reads in the images stacked (one call)."""
    if not images:
        return []
    return [x for x in tess.image_to_string(stack(images), lang, config).split("\n")
            if x.strip()]


def _agreed(lines: list[str], kind: str) -> bool:
    """Whether the readings agree enough to stop: a well-formed value read by three versions."""
    clean = _clean_number if kind == "number" else _clean_date
    c = Counter(v for v in (clean(x) for x in lines) if v)
    return bool(c) and c.most_common(1)[0][1] >= 3


def _partial(lines: list[str]) -> bool:
    """Whether a date was read only in part: some digits, but no reading with a slash, none of more
    than three digits (a day and a month run together, or digits lost)."""
    vals = [v for v in (_clean_date(x) for x in lines) if v]
    return bool(vals) and all("/" not in v and len(v) <= 3 for v in vals)


def past_print(row: Row, ws: list[tuple[str, Box]]) -> Row:
    """The row with its strip begun after a word of letters that reaches into it from the left: print
    under the stamp, or the label run together with it (its place guessed from the other label or the
    frame when it was not read); the handwritten value, digits, follows it."""
    x0 = row.x0
    for t, b in ws:
        letters = sum(ch.isalpha() for ch in t)
        if (letters >= 2 and not any(ch.isdigit() for ch in t) and b.h < 2.5 * row.lh and b.x < row.x0 < b.right
                and b.y < row.base and b.bottom > row.base - row.lh):
            x0 = max(x0, b.right)
    return replace(row, x0=x0) if row.x1 - x0 > 2 * row.lh else row


def print_apart(gray: np.ndarray, black: int = PRINT_BLACK, radius: int = 3, cut: int = 130, reach: int = 0
                ) -> np.ndarray:
    """A grey stamp crop (a photocopy: the pen a grey, the print under the stamp black) with the print
    taken out: its black core and a pixel around it painted over from the marks around them (inpainting,
    Navier-Stokes), so a pen stroke that ran across a printed letter goes on through it while the letter
    fades into the paper; what is left lighter than ``cut`` goes white (black on white).

    ``reach`` (px): the painting kept only that near the pen's own grey strokes (:func:`pen_strokes`), the
    rest of the print white, and the copier's grain smoothed (a 3-px median). Painted from its dark rim, a
    printed serif that runs along the pen for a while comes out as a stroke of the pen: under "23" on
    494-NQ-UBTVQH13_photocopy the top serifs of "LU" joined the 3's tail to the 2's foot, and the 3 read
    as 8. Within a pen stroke's reach, the pen still goes on across a printed stem."""
    core = np.where(gray < black, 255, 0).astype(np.uint8)
    mask = cv2.dilate(core, np.ones((3, 3), np.uint8))
    painted = cv2.inpaint(gray, mask, radius, cv2.INPAINT_NS)
    if reach:
        near = cv2.dilate(pen_strokes(gray, black), cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * reach + 1,) * 2))
        painted[(mask > 0) & (near == 0)] = 255
        painted = cv2.medianBlur(painted, 3)
    return np.where(painted < cut, 0, 255).astype(np.uint8)


def pen_strokes(gray: np.ndarray, black: int = PRINT_BLACK, light: int = PEN_GREY) -> np.ndarray:
    """The pen's own grey on a photocopied stamp (255): between the print's black and ``light``, as
    strokes (a 3-px opening: the thin grey rim around every printed letter goes)."""
    grey = np.where((gray >= black) & (gray < light), 255, 0).astype(np.uint8)
    return cv2.morphologyEx(grey, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))


def print_grey_looks(gray: np.ndarray, near: np.ndarray, row: Row) -> list[np.ndarray]:
    """A photocopied row's handwriting with the pen black (its own grey strokes and their painting
    through the print near them, ``near`` from :func:`print_apart` with a reach) and the print under it
    a lighter grey, not white: at the scales of :data:`GREY_SCALES` and the greys of :data:`PRINT_GREYS`,
    cut to the handwriting as :func:`variants` cuts it. Painted white, the print takes with it every part
    of the pen that lay along it (the foot of a 2 on a serif, a 5's bowl under a T's bar) and the repaired
    digits read as others (494-NQ-UBTVQH13_photocopy: "23/5/20x2" read 23/8, 23/9, 28/5); seen grey
    under the black pen, the pen's shape shows whole to the line model (on small turns and paddings of the
    stamp, "23/5" in about half of the looks, a plausible wrong date in about one in ten)."""
    pen = pen_strokes(gray)
    core = cv2.dilate(np.where(gray < PRINT_BLACK, 255, 0).astype(np.uint8), np.ones((3, 3), np.uint8))
    out = []
    for target in GREY_SCALES:
        f = target / row.lh

        def scaled(image: np.ndarray) -> np.ndarray:
            return cv2.resize(image[row.y0:row.y1, row.x0:row.x1], None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC)

        ink = np.where(scaled(near) < 128, 255, 0).astype(np.uint8)
        hand = _main_run(_keep(ink, row, f), row.lh * f)
        ys, xs = np.nonzero(hand)
        if not len(xs):
            continue
        pad = int(0.3 * row.lh * f)
        y0, y1, x0, x1 = max(0, ys.min() - pad), ys.max() + pad + 1, max(0, xs.min() - pad), xs.max() + pad + 1
        for level in PRINT_GREYS:
            three = np.where((pen > 0) | (near < 128), 0, np.where(core > 0, level, 255)).astype(np.uint8)
            out.append(cv2.copyMakeBorder(scaled(three)[y0:y1, x0:x1], 20, 20, 20, 20, cv2.BORDER_CONSTANT, value=255))
    return out


def read_values(gray: np.ndarray, ws: list[tuple[str, Box]], pen: np.ndarray | None = None, grey: bool = False,
                own: np.ndarray | None = None) -> dict[str, list[str]]:
    """Candidates for the handwritten arrival number and date of one stamp crop (grey, dark on white,
    already levelled; ``ws`` its words), best first; {} when neither the stamp's labels nor its frame
    were found. ``pen``: the same crop with its coloured ink alone (:func:`pipeline.preprocess.pen_alone`,
    levelled alike), where the values are read (the labels and frame are found on ``gray``). ``grey``: the
    crop is a grey page's (a photocopy), the print under the stamp still in it; where the readings did not
    agree, the pen is read once more with the print painted out (:func:`print_apart`)."""
    out: dict[str, list[str]] = {}
    src = gray if pen is None else pen
    apart: np.ndarray | None = None  # the print painted out, made once a stamp and only when needed

    def looks(image: np.ndarray, row: Row, **how: bool) -> list[np.ndarray]:
        return [v for t in SCALES for v in variants(image, row, t, **how)]

    for key, row in rows(placed(labels(ws, gray.shape), gray, own), gray.shape).items():
        row = past_print(row, ws)
        vs = looks(src, row)
        if not vs:
            continue
        lh = row.lh * min(5.0, max(0.7, SCALES[0] / row.lh))  # the label height in the looks
        wide = vs[0].shape[1] - 2 * int(0.3 * lh) >= LONE_DIGIT_ROOM * lh
        cfg = NUMBER_CONFIG if key == "number" else DATE_CONFIG
        lines = _read(vs, cfg)
        if not _agreed(lines, key):
            lines += _read(looks(src, row, second=True), cfg)
        if not _agreed(lines, key):  # a separate call too: stacked with the others, it changed theirs
            lines += _read(looks(src, row, even=True), cfg)
        if key == "date" and _partial(lines):  # a separate call: added to the others, it changed their readings
            lines += _read(looks(src, row, dark=True), cfg)
        if grey and not _agreed(lines, key):  # a photocopy: the pen's strokes through the print's black
            apart = print_apart(gray) if apart is None else apart
            repaired = _read(looks(apart, row), cfg, PEN_LANG)
            if key == "date":
                # and the pen black over the print shown grey, each look read on its own (stacked, they
                # read worse: on 11 small turns and paddings of 494-NQ's stamp, 88 readings each way,
                # "23/5" 22 times stacked and 38 times apart)
                near = print_apart(gray, reach=max(1, round(REACH * row.lh)))
                repaired += [x for image in print_grey_looks(gray, near, row) for lang in ("eng", PEN_LANG)
                             if (x := tess.image_to_string(image, lang, cfg + NOISE_ROWS_KEPT).strip())]
            # strokes painted in are a guess: a date from them must show its slashes, not bare digits
            lines += [x for x in repaired if key == "number" or "/" in x]
        out[key] = vote(lines, key)
        if key == "number" and wide:  # a lone digit out of a value with room for three: a fragment
            out[key] = [v for v in out[key] if len(v) > 1]
    return out


def as_text(values: dict[str, list[str]]) -> str:
    """The candidates as text for :func:`pipeline.stamp.read_stamp`."""
    lines = []
    if values.get("number"):
        lines.append("Số: " + " | ".join(values["number"]))
    if values.get("date"):
        lines.append("Ngày: " + " | ".join(values["date"]))
    return "\n".join(lines)


def text_of(data: dict) -> str:
    """The text of an ``image_to_data`` reading as ``image_to_string`` gives it: words of a line joined
    by spaces, lines by newlines, blocks by a blank line."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    for i, t in enumerate(data["text"]):
        if t and t.strip():
            lines.setdefault((data["block_num"][i], data["par_num"][i], data["line_num"][i]), []).append(t.strip())
    out, last_block = [], None
    for (block, _, _), ws in lines.items():
        if last_block is not None and block != last_block:
            out.append("")
        out.append(" ".join(ws))
        last_block = block
    return "\n".join(out)


# --- grey stamps -----------------------------------------------------------------------------------

def grey_frames(gray: np.ndarray, zone: float = 0.55) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) of rectangular stamp frames in the top ``zone`` of a grey page: two upright
    edges of about the same length and height, 1.4-3 times their length apart (a receipt stamp is about
    twice as wide as high). For a photocopy or a grey scan, where colour cannot tell the stamp apart."""
    H, W = gray.shape
    top = gray[: int(H * zone)]
    bw = np.where(top < 170, 255, 0).astype(np.uint8)
    upright = cv2.morphologyEx(bw, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, W // 40))))
    upright = cv2.dilate(upright, np.ones((9, 3), np.uint8))  # a tilted edge in one piece
    n, _, st, _ = cv2.connectedComponentsWithStats(upright, connectivity=8)
    edges = [tuple(int(v) for v in st[i][:4]) for i in range(1, n) if st[i][3] > 0.08 * W and st[i][2] < 0.03 * W]
    out: list[tuple[int, int, int, int]] = []
    for a in edges:
        for b in edges:
            ha, hb = a[3], b[3]
            if b[0] <= a[0] or abs(ha - hb) > 0.2 * max(ha, hb) or abs(a[1] - b[1]) > 0.15 * max(ha, hb):
                continue
            y0, y1 = min(a[1], b[1]), max(a[1] + ha, b[1] + hb)
            box = (a[0], y0, b[0] + b[2] - a[0], y1 - y0)
            if 1.4 < box[2] / box[3] < 3.0 and not any(_overlap(box, o) for o in out):
                out.append(box)
    return out


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def grey_stamps(gray: np.ndarray, zone: float = 0.55) -> list[InkRegion]:
    """The stamps of a grey page found by their frames, as ink regions (hue "grey"; the crop keeps the
    print under the stamp, which colour could not take away), with a little margin."""
    out = []
    pad = max(4, gray.shape[1] // 250)
    for x, y, w, h in grey_frames(gray, zone):
        x0, y0 = max(0, x - pad), max(0, y - pad)
        x1, y1 = min(gray.shape[1], x + w + pad), min(gray.shape[0], y + h + pad)
        out.append(InkRegion(box=(x0, y0, x1 - x0, y1 - y0), image=gray[y0:y1, x0:x1].copy(), hue="grey",
                             roundness=0.0))
    return out
