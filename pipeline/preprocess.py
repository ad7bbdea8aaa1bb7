"""Page image clean-up before OCR (OpenCV): coloured ink apart, borders off, straightened, evened out.

The steps, each applied only when the page needs it:

* :func:`split_ink` — blue/violet stamps, red seals and blue signatures are told from black print by
  their hue and saturation (HSV). The body image has them painted white; the ink layer keeps only them,
  dark on white, for a separate OCR (the receipt stamp's text must not end up in the body).
* :func:`remove_borders` — dark bands along the edges (scanner lid, photocopy edges) become white.
* :func:`deskew` — the skew angle is found by projection profiles on a small binary copy.
* :func:`even_background` — uneven lighting (phone photos, photocopies) is divided out.
* :func:`denoise` — salt-and-pepper speckle removed with a median filter when the page has much of it.
"""
from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# HSV (OpenCV: H 0..180, S and V 0..255). Print is black/grey: low saturation. Ink is coloured.
_SAT_MIN = 35
_VAL_MAX = 245
_MIN_INK_FRACTION = 0.0005  # below this much coloured ink there is no stamp worth reading


@dataclass
class InkRegion:
    """One coloured-ink blob (a stamp, a seal, a signature) cut out of the page."""

    box: tuple[int, int, int, int]  # x, y, w, h in page pixels
    image: np.ndarray  # grey, dark ink on white
    hue: str  # "blue" | "red"
    roundness: float  # 0..1, 1 = ring-like (seal)
    framed: bool = False  # inside a rectangular frame of a receipt stamp's size (see :func:`framed`)
    # A receipt stamp's coloured ink alone (see :func:`pen_alone`), for reading its handwritten values
    pen: np.ndarray | None = None
    # The coloured ink alone (dark on white; None on a grey page), for the stamp's own skew: print under it
    # runs level with the page, the stamp mostly not
    own: np.ndarray | None = None


@dataclass
class Prepared:
    body: np.ndarray  # grey image for the body OCR
    ink: list[InkRegion]
    angle: float  # degrees the page was rotated to straighten it
    colour: bool = True  # False for a grey page (a photocopy): ink is told from print by lightness only


GREY_MODES = ("1", "L", "I", "I;16")  # PIL modes of a grey (or black-and-white) page


def page_image(frame):
    """A PIL page (a TIFF frame, a rendered PDF page) as the pipeline reads it: grey stays grey ("L"),
    anything else becomes RGB."""
    return frame.convert("L" if frame.mode in GREY_MODES else "RGB")


def to_rgb(image) -> np.ndarray:
    """PIL image or array → RGB uint8 array."""
    if isinstance(image, np.ndarray):
        arr = image
    else:
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        arr = np.asarray(image)
    if arr.ndim == 2:
        arr = cv2.cvtColor(arr, cv2.COLOR_GRAY2RGB)
    return np.ascontiguousarray(arr[:, :, :3], dtype=np.uint8)


def _chroma(rgb: np.ndarray) -> np.ndarray:
    """max(R, G, B) − min(R, G, B) per pixel (uint8): 0 for grey, high for saturated ink."""
    r, g, b = rgb[:, :, 0], rgb[:, :, 1], rgb[:, :, 2]
    return cv2.subtract(cv2.max(cv2.max(r, g), b), cv2.min(cv2.min(r, g), b))


def _colour_px(rgb: np.ndarray, sat_min: int = _SAT_MIN, chroma_min: int = 18) -> tuple[np.ndarray, np.ndarray]:
    """Per-pixel tests (bool) for blue-violet ink and for red ink."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    h, s, v = cv2.split(hsv)
    r, g, b = (c.astype(np.int16) for c in cv2.split(rgb))
    chroma = _chroma(rgb)
    base = (v <= _VAL_MAX) & (v >= 40)
    # A pen's darkest strokes are nearly neutral but keep a blue cast; print is neutral.
    bluecast = (b - (r + g) // 2 >= 6) & (v < 200)
    blue_px = base & (((s >= sat_min) & (chroma >= chroma_min)) | bluecast) & (h >= 90) & (h <= 165)
    # Seal ink is often a faded, greyish red: a lower saturation is enough for the red hues.
    red_px = base & (s >= min(30, sat_min)) & (chroma >= chroma_min) & ((h <= 12) | (h >= 160)) & ~blue_px
    return blue_px, red_px


def print_level(gray: np.ndarray) -> float:
    """Grey level of the page's print: the 5th percentile of its non-white pixels (255 on a blank page)."""
    hist = cv2.calcHist([gray], [0], None, [256], [0, 256]).ravel()[:200]
    if hist.sum() == 0:
        return 255.0
    return float(np.searchsorted(np.cumsum(hist), 0.05 * hist.sum()))


def page_arrays(image) -> tuple[np.ndarray | None, np.ndarray]:
    """(RGB or None, grey) arrays of a page: None for RGB when the page has no colour at all (a grey
    scan, or a colour file of a grey page), so no time is spent looking for coloured ink on it."""
    if not isinstance(image, np.ndarray) and image.mode in GREY_MODES:
        return None, np.asarray(image.convert("L"))
    rgb = to_rgb(image)
    small = rgb[::8, ::8]
    if int(_chroma(np.ascontiguousarray(small)).max()) < 10:
        return None, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    return rgb, cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)


def ink_mask(rgb: np.ndarray, pencil_check: bool = True, level: float | None = None,
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Masks (uint8 0/255) of blue-violet ink and of red ink; (bool) the cores of black print, and the
    pixels of blobs that are printed letters (or white).

    Decided per connected blob of non-white pixels, not per pixel: the anti-aliased edges of black
    print take a colour cast on scans (a thin fringe around a black core), while a stamp's or a pen's
    strokes are coloured through (a pen's darkest core included). Blobs mostly coloured are ink as a
    whole; in mixed blobs (a stamp frame across printed letters) only coloured pixels away from black are.
    ``level`` is the page's print level (:func:`print_level`) when ``rgb`` is a part of a page.
    """
    blue_px, red_px = _colour_px(rgb)
    v = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)[:, :, 2]
    chroma = _chroma(rgb)
    # Printed letters are blacker than any pen or stamp. Pixels within two of a print core are print
    # (their anti-aliased edges take a colour cast on scans), even inside a blob a stamp runs through.
    very_black = (v < 40) & (chroma < 10)
    near_print = cv2.dilate(very_black.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    print_core = cv2.dilate(very_black.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    nonwhite = (gray < 200).astype(np.uint8)
    n, labels = cv2.connectedComponents(nonwhite, connectivity=8)
    flat = labels.ravel()
    area = np.bincount(flat, minlength=n)
    core_frac = np.bincount(flat, weights=very_black.ravel().astype(np.float64), minlength=n) \
        / np.maximum(area, 1)
    frac_any = np.bincount(flat, weights=(blue_px | red_px).ravel().astype(np.float64),
                           minlength=n) / np.maximum(area, 1)
    out = []
    for px in (blue_px, red_px):
        frac = np.bincount(flat, weights=px.ravel().astype(np.float64), minlength=n) / np.maximum(area, 1)
        # coloured through, or a pen stroke: a good share coloured and far fewer black cores than print
        # (printed letters are about two thirds core)
        # (a blob of a good part of the page is shadow or tinted paper, not a stroke)
        whole = (frac > 0.3) & (core_frac < 0.02) & (area < 0.01 * gray.size)
        whole[0] = False
        mask = (whole[labels] & (nonwhite > 0) & ~print_core) | (px & ~near_print)
        out.append(mask.astype(np.uint8) * 255)
    # Grey pen or pencil: blobs of some size whose darkest pixel is well lighter than the page's print.
    # Written over a header they would break its columns; read with the stamp they are its values.
    if pencil_check and np.any(nonwhite):
        pencil = _pencil_blobs(gray, labels, area, print_level(gray) if level is None else level)
        out[0] = np.where(pencil[labels] & (nonwhite > 0), 255, out[0]).astype(np.uint8)
    # Blobs that are printed letters: mostly black core, little colour. Everything else inside a stamp's
    # box (the stamp, the pen strokes on it, letters the pen ran through) is kept for the stamp's OCR.
    printed = (core_frac >= 0.5) & (frac_any < 0.3)
    printed[0] = True
    return out[0], out[1], print_core, printed[labels]


def _pencil_blobs(gray: np.ndarray, labels: np.ndarray, area: np.ndarray, level: float) -> np.ndarray:
    """Per label: a blob of 80 pixels or more with no pixel as dark as print (grey pen, pencil, grey stamp)."""
    dark = np.bincount(labels[gray <= level + 25], minlength=len(area))
    pencil = (dark == 0) & (area >= 80)
    pencil[0] = False
    return pencil


_SMALL = 4  # coloured ink is looked for on a copy of the page this many times smaller


def ink_rois(rgb: np.ndarray | None, gray: np.ndarray, pencil: bool,
             level: float | None = None) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) of the parts of a page that may hold coloured ink or grey pen: a quick
    look at a small copy for colour, and one pass over the page's blobs for grey pen. Most of a page is
    black print on white; the expensive per-blob analysis then runs only inside these boxes."""
    H, W = gray.shape
    sh, sw = max(1, H // _SMALL), max(1, W // _SMALL)
    cand = np.zeros((sh, sw), np.uint8)
    if rgb is not None:
        small = cv2.resize(rgb, (sw, sh), interpolation=cv2.INTER_AREA)
        # Paper made white: each channel divided by its brightest level nearby (a phone photo's tint).
        small = cv2.divide(small, cv2.dilate(small, np.ones((31, 31), np.uint8)), scale=255)
        sat = cv2.cvtColor(small, cv2.COLOR_RGB2HSV)[:, :, 1]
        marks = np.count_nonzero(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY) < 200)
        for px in _colour_px(small, sat_min=20, chroma_min=10):  # looser: thin strokes pale when shrunk
            if np.count_nonzero(px) > 0.3 * marks:
                # a hue that a good part of all the marks share is the print's own cast (phone photos):
                # only what is far more saturated than that cast is ink of this hue (a seal on it)
                px &= sat >= 1.5 * np.median(sat[px])
            cand[px] = 1
    if pencil:
        nonwhite = (gray < 200).astype(np.uint8)
        n, labels, stats, _ = cv2.connectedComponentsWithStats(nonwhite, connectivity=8)
        blobs = _pencil_blobs(gray, labels, stats[:, cv2.CC_STAT_AREA],
                              print_level(gray) if level is None else level)
        for x, y, w, h, _ in stats[np.nonzero(blobs)[0]]:
            cand[y // _SMALL:(y + h) // _SMALL + 1, x // _SMALL:(x + w) // _SMALL + 1] = 1
    # marks that are something (a stamp, a seal, a signature: many coloured pixels close together), not
    # the scattered coloured specks of a photo's noise
    n, labels, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(cand, np.ones((9, 9), np.uint8)))
    count = np.bincount(labels[cand > 0], minlength=n)
    cand = ((count >= 20)[labels] & (cand > 0)).astype(np.uint8)
    if not cand.any():
        return []
    # a margin of about 80 pixels, so blobs that reach out of the coloured part stay whole
    grown = cv2.dilate(cand, cv2.getStructuringElement(cv2.MORPH_RECT, (41, 41)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(grown, connectivity=8)
    boxes = _merge_boxes([(x, y, x + w, y + h) for x, y, w, h, _ in stats[1:]])
    return [(x0 * _SMALL, y0 * _SMALL, min(W, x1 * _SMALL), min(H, y1 * _SMALL)) for x0, y0, x1, y1 in boxes]


def _merge_boxes(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) merged until none overlaps another (so no pixel is looked at twice)."""
    boxes = [tuple(int(v) for v in b) for b in boxes]
    merged = True
    while merged:
        merged = False
        out: list[tuple[int, int, int, int]] = []
        for b in boxes:
            for i, o in enumerate(out):
                if b[0] < o[2] and o[0] < b[2] and b[1] < o[3] and o[1] < b[3]:
                    out[i] = (min(b[0], o[0]), min(b[1], o[1]), max(b[2], o[2]), max(b[3], o[3]))
                    merged = True
                    break
            else:
                out.append(b)
        boxes = out
    return boxes


def split_ink(rgb: np.ndarray | None, gray: np.ndarray | None = None) -> tuple[np.ndarray, list[InkRegion]]:
    """Grey body image with coloured ink painted white, and the coloured-ink regions cut out.
    ``rgb`` None (or ``gray`` alone) for a grey page: only grey pen can be told apart there."""
    if gray is None:
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    # Grey pen is told from print by lightness: not on unevenly lit pages (phone photos), where print
    # itself is lighter in the bright parts.
    even = background_unevenness(gray) <= 25
    level = print_level(gray)
    rois = ink_rois(rgb, gray, pencil=even, level=level)
    if not rois:
        return gray, []
    parts = []
    for x0, y0, x1, y1 in rois:
        sub = rgb[y0:y1, x0:x1] if rgb is not None else cv2.cvtColor(gray[y0:y1, x0:x1], cv2.COLOR_GRAY2RGB)
        parts.append(((x0, y0), sub, ink_mask(sub, pencil_check=even, level=level)))
    total = gray.size
    if sum(np.count_nonzero(m[0]) + np.count_nonzero(m[1]) for _, _, m in parts) < _MIN_INK_FRACTION * total:
        return gray, []
    body = gray.copy()
    scale = max(gray.shape) / 3500.0
    regions: list[InkRegion] = []
    for (x0, y0), sub, (blue, red, print_core, printed) in parts:
        sub_gray = gray[y0:y0 + sub.shape[0], x0:x0 + sub.shape[1]]
        sub_body = body[y0:y0 + sub.shape[0], x0:x0 + sub.shape[1]]
        for r in _ink_regions(sub, sub_gray, sub_body, blue, red, print_core, printed, scale, total):
            x, y, w, h = r.box
            r.box = (x + x0, y + y0, w, h)
            regions.append(r)
    regions.sort(key=lambda r: (r.box[1], r.box[0]))
    return body, regions


def _ink_regions(rgb, gray, body, blue, red, print_core, printed, scale: float, total: int) -> list[InkRegion]:
    """Paint the ink white in ``body`` (in place) and cut the ink regions out of one part of a page."""
    neutral_dark = (_chroma(rgb) < 12) & (gray < 120)  # black print (a stamp's own strokes are in its mask)
    # A dark, nearly neutral pen (or a palette scan that lost its tint) keeps its colour only on the
    # anti-aliased edges: the mask outlines its strokes. Neutral dark blobs with no print core, a good
    # part of whose border is that outline, are the strokes' cores, kept as ink (else the pen reads hollow).
    cores = (neutral_dark & ((blue | red) == 0)).astype(np.uint8)
    n_c, lab_c = cv2.connectedComponents(cores, connectivity=8)
    around = cv2.dilate(lab_c.astype(np.float32), np.ones((3, 3), np.uint8)).astype(np.int32)
    ring = (cores == 0) & (around > 0)
    area_c = np.maximum(np.bincount(lab_c.ravel(), minlength=n_c), 1)
    pure = np.bincount(lab_c[print_core], minlength=n_c) < 0.05 * area_c
    brightest = cv2.max(cv2.max(rgb[:, :, 0], rgb[:, :, 1]), rgb[:, :, 2])
    regions: list[InkRegion] = []
    for mask, hue in ((blue, "blue"), (red, "red")):
        if np.count_nonzero(mask) < _MIN_INK_FRACTION * total / 4:
            continue
        # Grow the mask a little so anti-aliased ink edges go too.
        grown = cv2.dilate(mask, np.ones((3, 3), np.uint8))
        halo = cv2.dilate(mask, np.ones((7, 7), np.uint8))
        gone = ((grown > 0) | ((halo > 0) & (gray > 120))) & ~print_core
        body[gone] = 255
        _print_under_ink(body, brightest, gone, mask > 0, neutral_dark, print_core)
        # The stamp as read, dark on white: its ink (darkened), and the pen's cores it outlines.
        on_ink = np.bincount(around[ring & (mask > 0)], minlength=n_c)
        outlined = pure & (on_ink >= 0.2 * np.maximum(np.bincount(around[ring], minlength=n_c), 1))
        outlined[0] = False
        pen = (mask > 0) | outlined[lab_c]
        ink_img = np.where(printed | neutral_dark, 255, gray).astype(np.uint8)
        ink_img[pen] = np.clip(gray[pen].astype(int) - 60, 0, 255).astype(np.uint8)
        k = max(15, int(40 * scale))
        blobs = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
        n, _, stats, _ = cv2.connectedComponentsWithStats(blobs, connectivity=8)
        min_side = max(20, int(60 * scale))
        for i in range(1, n):
            x, y, w, h, area = stats[i]
            if w < min_side or h < min_side // 2:
                continue
            if w * h > 0.1 * total:  # tinted paper or a shadow over much of the page, not a mark
                continue
            crop_mask = mask[y:y + h, x:x + w]
            filled = np.count_nonzero(crop_mask)
            if filled < 50:
                continue
            pad = 10
            x0, y0 = max(0, x - pad), max(0, y - pad)
            x1, y1 = min(gray.shape[1], x + w + pad), min(gray.shape[0], y + h + pad)
            image = ink_img[y0:y1, x0:x1].copy()
            is_framed = framed(image, 3500.0 * scale / 297)
            pen_img = None
            if is_framed:
                # A receipt stamp: the clerk's pen on it may be dark and neutral, its edges not coloured
                # enough to outline it (a phone photo). Inside the frame, neutral dark blobs without
                # print's black core are the pen's strokes too.
                sl = np.s_[y0:y1, x0:x1]
                keep = pure[lab_c[sl]] & (lab_c[sl] > 0) & ~pen[sl]
                image[keep] = np.clip(gray[sl][keep].astype(int) - 60, 0, 255).astype(np.uint8)
                # Out of the body too (in the body they run the left column's lines into the right one):
                # only strokes thicker than print's (3 pixels at 150 dpi, 6 at 300) of a mark with no print core.
                marks = ((gray[sl] < 170) & (mask[sl] == 0)).astype(np.uint8)
                n_m, lab_m = cv2.connectedComponents(marks, connectivity=8)
                t = max(3, round(6 * scale))
                thick = cv2.erode(keep.astype(np.uint8), np.ones((t, t), np.uint8)) > 0
                written = (np.bincount(lab_m[print_core[sl]], minlength=n_m) == 0) \
                    & (np.bincount(lab_m[thick], minlength=n_m) >= 3)
                written[0] = False
                body[sl][cv2.dilate(written[lab_m].astype(np.uint8), np.ones((5, 5), np.uint8)) > 0] = 255
                pen_img = pen_alone(image, rgb[sl], pen[sl] | keep,
                                    ((neutral_dark & ~pure[lab_c]) | (printed & (gray < 200)))[sl], scale)
                pen_img = print_across_pen(pen_img, rgb[sl], scale)
            regions.append(InkRegion(
                box=(int(x0), int(y0), int(x1 - x0), int(y1 - y0)),
                image=image,
                hue=hue,
                roundness=_roundness(crop_mask),
                framed=is_framed,
                pen=pen_img,
                own=np.where(mask[y0:y1, x0:x1] > 0, 0, 255).astype(np.uint8) if is_framed else None,
            ))
    return regions


def pen_alone(image: np.ndarray, rgb: np.ndarray, ink: np.ndarray, print_px: np.ndarray,
              scale: float) -> np.ndarray:
    """A receipt stamp's image (grey, ``image``), for reading its handwritten values, with the print
    that lay under the stamp taken out by colour: ``print_px`` (blobs with print's black core, printed
    letters) and their grey, colourless rim within two pixels (anti-aliasing: painted white with the
    print in ``image``, the rim stays as letters' outlines that cross the pen) go white; where a
    printed stroke cut a stroke of ``ink`` (the stamp's and the pen's pixels), the ink on both sides of
    it within ``gap`` pixels (along a row, a column or a diagonal) is joined again through it.

    Told apart by colour in the original crop (``rgb``), not by grey level: the rim's grey is the
    pen's own. Not for the labels and the office's name: the stamp's own printed letters have as grey
    edges (they are read on ``image``)."""
    near_print = cv2.dilate(print_px.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    rim = near_print & ~ink & (_chroma(rgb) < 20)
    unknown = (print_px | rim) & ~ink
    gap = max(3, round(7 * scale)) | 1  # across a printed stroke (4 px at 300 dpi) and its rims
    joined = np.zeros_like(unknown)
    for k in (np.ones((1, gap), np.uint8), np.ones((gap, 1), np.uint8), np.eye(gap, dtype=np.uint8),
              np.fliplr(np.eye(gap, dtype=np.uint8))):
        joined |= cv2.morphologyEx(ink.astype(np.uint8), cv2.MORPH_CLOSE, k) > 0
    out = image.copy()
    out[unknown] = 255
    across = joined & unknown
    out[across] = np.minimum(out[across], 60)
    return out


def print_across_pen(pen: np.ndarray, rgb: np.ndarray, scale: float, depth: float = 0.3) -> np.ndarray:
    """The pen's image (:func:`pen_alone`) with the printed strokes that cross the pen painted over
    from the pen around them (inpainting, Navier-Stokes).

    Where black print runs under a coloured pen, the JPEG spreads the pen's colour onto it: the letters
    there pass for ink, join digits (the "ô" of a "Thông" under a "3") and cling to them. Seen through
    the pen's own colour (the brightest of the three channels) the pen is a mid grey and print is
    black: a printed stroke across the pen is a thin line (narrower than a disc of ``k`` pixels,
    under the pen's stroke) darker than the closing around it by ``depth`` of the pen's grey, itself
    print-dark (under 0.6 of the pen's grey, not the pen's own shading), where that closing is ink
    (darker than halfway from the pen's grey to the paper's). The pen's own strokes on paper have
    paper around them. On the 14 stamped samples: the number under "Thông" read right (at depth 0.3,
    bound 0.6; its reading still wavers between 7315 and 7815/7915 as these move), and no other stamp
    read right went wrong for depth 0.15-0.35 and the bound 0.5-0.7."""
    k = max(3, round(5 * scale)) | 1
    brightest = cv2.max(cv2.max(rgb[:, :, 0], rgb[:, :, 1]), rgb[:, :, 2])
    marks = pen < 160
    if not np.any(marks):
        return pen
    pen_grey, paper = float(np.median(brightest[marks])), float(np.median(brightest))
    closed = cv2.morphologyEx(brightest, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    across = ((closed.astype(np.int16) - brightest) > depth * pen_grey) & (closed < (pen_grey + paper) / 2)
    across &= brightest < 0.6 * pen_grey
    mask = cv2.dilate(across.astype(np.uint8) * 255, np.ones((3, 3), np.uint8))
    return cv2.inpaint(pen, mask, 3, cv2.INPAINT_NS)


def _print_under_ink(body: np.ndarray, brightest: np.ndarray, gone: np.ndarray, ink: np.ndarray,
                     neutral_dark: np.ndarray, print_core: np.ndarray) -> None:
    """Put back (in place) the print a stroke of coloured ink lay over. Seen through the ink's own colour
    — the brightest of the three channels: blue for a blue stamp, red for a red seal — the ink is light
    and black print stays as dark as print anywhere (ink over print absorbs what print already did). Of
    the pixels painted white, those darker there than halfway between the print near by and the ink's
    strokes are print when they belong to a dark stroke that runs on out of the ink as print (a letter the
    stamp crossed); a dark pen's own strokes, dark in every channel too, have no print outside the ink and
    stay out. On a grey page the brightest channel is the grey itself: only print well darker than the
    grey pen comes back."""
    if not np.any(neutral_dark) or not np.any(ink):
        return
    print_dark = float(np.median(brightest[neutral_dark]))
    ink_light = float(np.median(brightest[ink]))
    if ink_light - print_dark < 40:  # ink as dark as print in every channel: nothing to tell them by
        return
    dark = (brightest < (print_dark + ink_light) / 2).astype(np.uint8)
    n, labels = cv2.connectedComponents(dark, connectivity=8)
    area = np.bincount(labels.ravel(), minlength=n)
    anchored = np.bincount(labels[~gone], minlength=n)
    back = gone & (anchored >= 0.05 * area)[labels] & (labels > 0)
    body[back] = brightest[back]


def framed(image: np.ndarray, px_per_mm: float) -> bool:
    """Does this ink (dark on white) hold a rectangular frame the size of a receipt stamp? The "ĐẾN" stamp
    is a rectangle of about 50 × 30 mm (Decree 30/2020, Phụ lục IV): two long parallel edges 12–60 mm
    apart. Signatures, seals and notes in the margin have no such pair of straight lines."""
    h, w = image.shape[:2]
    if w < 25 * px_per_mm or h < 12 * px_per_mm:
        return False
    ink = np.where(image < 200, 255, 0).astype(np.uint8)
    lines = cv2.HoughLinesP(ink, 1, np.pi / 360, threshold=int(15 * px_per_mm),
                            minLineLength=int(25 * px_per_mm), maxLineGap=int(1.5 * px_per_mm))
    if lines is None:
        return False
    ys = [(y0 + y1) / 2 for x0, y0, x1, y1 in lines.reshape(-1, 4)
          if abs(y1 - y0) <= abs(x1 - x0) * 0.14]  # within 8° of horizontal
    return len(ys) >= 2 and 12 <= (max(ys) - min(ys)) / px_per_mm <= 60


def _roundness(mask: np.ndarray) -> float:
    """How ring-like a blob is: ink concentrated on a circle of the blob's size (seals) → near 1."""
    h, w = mask.shape
    if min(h, w) < 10 or not 0.75 < w / h < 1.33:
        return 0.0
    ys, xs = np.nonzero(mask)
    cy, cx = h / 2.0, w / 2.0
    r = np.hypot(ys - cy, xs - cx) / (min(h, w) / 2.0)
    return float(np.mean((r > 0.7) & (r < 1.05)))


def remove_borders(gray: np.ndarray) -> np.ndarray:
    """Paint white the dark regions that touch the page edge and are larger than print (scan borders)."""
    _, dark = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    h, w = gray.shape
    edge = (np.count_nonzero(dark[0]) + np.count_nonzero(dark[-1]) + np.count_nonzero(dark[:, 0])
            + np.count_nonzero(dark[:, -1]))
    if edge < 20:  # nothing dark along the edges (most pages): no blob analysis needed
        return gray
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    out = gray
    changed = False
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        touches = x == 0 or y == 0 or x + bw >= w or y + bh >= h
        if not touches:
            continue
        # A border strip is long along an edge and thick; a letter touching the edge is small.
        if (bw > 0.3 * w or bh > 0.3 * h) and area > 0.002 * h * w:
            if not changed:
                out = gray.copy()
                changed = True
            out[labels == i] = 255
    return out


def _small_binary(gray: np.ndarray, target: int = 1200) -> tuple[np.ndarray, float]:
    f = target / max(gray.shape)
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    _, bw = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return bw, f


def skew_angle(gray: np.ndarray, max_angle: float = 6.0) -> float:
    """Skew in degrees (positive = counter-clockwise text), by the sharpest row projection profile."""
    bw, _ = _small_binary(gray)
    if np.count_nonzero(bw) < 200:
        return 0.0
    h, w = bw.shape
    center = (w / 2, h / 2)

    def score(a: float) -> float:
        m = cv2.getRotationMatrix2D(center, a, 1.0)
        rot = cv2.warpAffine(bw, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
        prof = rot.sum(axis=1, dtype=np.float64)
        return float(np.sum(np.diff(prof) ** 2))

    # (a coarse search on a half-size copy was tried to save time: it misjudged a phone photo by 0.8°)
    coarse = np.arange(-max_angle, max_angle + 0.01, 0.5)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.5, best + 0.51, 0.1)
    best = max(fine, key=score)
    return float(round(best, 2))


def rotate(gray: np.ndarray, angle: float, fill: int = 255) -> np.ndarray:
    if abs(angle) < 0.05:
        return gray
    h, w = gray.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_CUBIC, borderValue=fill)


def rotate90(gray: np.ndarray, degrees: int) -> np.ndarray:
    """Rotate by a multiple of 90° clockwise (as Tesseract OSD reports 'Rotate: N')."""
    k = (degrees // 90) % 4
    codes = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(gray, codes[k]) if k else gray


def background_unevenness(gray: np.ndarray) -> float:
    """Spread of the paper brightness across the page (0 = perfectly even)."""
    step = max(1, min(gray.shape[:2]) // 256)  # every step-th pixel is plenty to see the paper's light
    small = cv2.resize(np.ascontiguousarray(gray[::step, ::step]), (64, 64), interpolation=cv2.INTER_AREA)
    bg = cv2.dilate(small, np.ones((7, 7), np.uint8))
    return float(np.percentile(bg, 95) - np.percentile(bg, 5))


def even_background(gray: np.ndarray) -> np.ndarray:
    """Divide out the paper's brightness (estimated by a large closing) so the page is evenly white."""
    k = max(15, (min(gray.shape) // 40) | 1)
    bg = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    bg = cv2.GaussianBlur(bg, (0, 0), k / 4)
    out = cv2.divide(gray, np.maximum(bg, 1), scale=255)
    return out


def speckle(gray: np.ndarray) -> float:
    """Share of the dark connected components that are 1–4 pixels (salt-and-pepper noise), measured on
    the middle of the page (a page-wide property; a quarter of the pixels tell it)."""
    h, w = gray.shape
    gray = gray[h // 4: h - h // 4, w // 4: w - w // 4]
    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, _, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    if n <= 1:
        return 0.0
    areas = stats[1:, cv2.CC_STAT_AREA]
    return float(np.mean(areas <= 4))


def denoise(gray: np.ndarray) -> np.ndarray:
    return cv2.medianBlur(gray, 3)


def ink_fraction(gray: np.ndarray) -> float:
    bw, _ = _small_binary(gray)
    return float(np.count_nonzero(bw)) / bw.size


def page_quad(gray: np.ndarray) -> np.ndarray | None:
    """The four corners (top-left, top-right, bottom-right, bottom-left; float32, page pixels) of a sheet of
    paper photographed on a darker surface, when the sheet does not fill the picture; None otherwise."""
    H, W = gray.shape
    f = 800.0 / max(H, W)
    small = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA) if f < 1 else gray
    f = min(f, 1.0)
    _, paper = cv2.threshold(cv2.GaussianBlur(small, (5, 5), 0), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    paper = cv2.morphologyEx(paper, cv2.MORPH_CLOSE, np.ones((15, 15), np.uint8))  # the print inside it too
    contours, _ = cv2.findContours(paper, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    c = max(contours, key=cv2.contourArea)
    share = cv2.contourArea(c) / paper.size
    if not 0.4 < share < 0.97:  # no sheet, or one that fills the picture (a scan)
        return None
    quad = cv2.approxPolyDP(c, 0.02 * cv2.arcLength(c, True), True).reshape(-1, 2).astype(np.float32)
    if len(quad) != 4 or not cv2.isContourConvex(quad):
        return None
    s, d = quad.sum(axis=1), np.diff(quad, axis=1).ravel()
    ordered = np.array([quad[np.argmin(s)], quad[np.argmin(d)], quad[np.argmax(s)], quad[np.argmax(d)]])
    return ordered / f


def flatten(rgb: np.ndarray | None, gray: np.ndarray) -> tuple[np.ndarray | None, np.ndarray, bool]:
    """A photographed sheet seen at an angle (a phone photo on a desk) warped back to a flat rectangle, the
    desk around it cut away; (rgb, gray, whether it was warped)."""
    quad = page_quad(gray)
    if quad is None:
        return rgb, gray, False
    tl, tr, br, bl = quad
    w = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    h = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    dst = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    m = cv2.getPerspectiveTransform(quad, dst)
    gray = cv2.warpPerspective(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    if rgb is not None:
        rgb = cv2.warpPerspective(rgb, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    return rgb, gray, True


def prepare(image) -> Prepared:
    """The full chain for one page: perspective, coloured ink apart, borders, skew, lighting, speckle."""
    rgb, gray = page_arrays(image)
    rgb, gray, _ = flatten(rgb, gray)
    body, ink = split_ink(rgb, gray)
    body = remove_borders(body)
    if background_unevenness(body) > 25:
        body = even_background(body)
    if speckle(body) > 0.5:
        body = denoise(body)
    angle = skew_angle(body)
    if abs(angle) >= 0.1:
        body = rotate(body, angle)
        for r in ink:
            r.image = rotate(r.image, angle)
            r.pen = None if r.pen is None else rotate(r.pen, angle)
            r.own = None if r.own is None else rotate(r.own, angle)
    return Prepared(body=body, ink=ink, angle=angle, colour=rgb is not None)
