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
from scipy import ndimage

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


@dataclass
class Prepared:
    body: np.ndarray  # grey image for the body OCR
    ink: list[InkRegion]
    angle: float  # degrees the page was rotated to straighten it


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


def ink_mask(rgb: np.ndarray, pencil_check: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Masks (uint8 0/255) of blue-violet ink and of red ink; (bool) the cores of black print, and the
    pixels of blobs that are printed letters (or white).

    Decided per connected blob of non-white pixels, not per pixel: the anti-aliased edges of black
    print take a colour cast on scans (a thin fringe around a black core), while a stamp's or a pen's
    strokes are coloured through (a pen's darkest core included). Blobs mostly coloured are ink as a
    whole; in mixed blobs (a stamp frame across printed letters) only coloured pixels away from black are.
    """
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    h, s, v = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    r, g, b = (rgb[:, :, i].astype(np.int16) for i in range(3))
    chroma = rgb.max(axis=2).astype(np.int16) - rgb.min(axis=2)
    base = (v <= _VAL_MAX) & (v >= 40)
    # A pen's darkest strokes are nearly neutral but keep a blue cast; print is neutral.
    bluecast = (b - (r + g) // 2 >= 6) & (v < 200)
    blue_px = base & (((s >= _SAT_MIN) & (chroma >= 18)) | bluecast) & (h >= 90) & (h <= 165)
    # Seal ink is often a faded, greyish red: a lower saturation is enough for the red hues.
    red_px = base & (s >= 30) & (chroma >= 18) & ((h <= 12) | (h >= 160)) & ~blue_px
    # Printed letters are blacker than any pen or stamp. Pixels within two of a print core are print
    # (their anti-aliased edges take a colour cast on scans), even inside a blob a stamp runs through.
    very_black = (v < 40) & (chroma < 10)
    near_print = cv2.dilate(very_black.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    print_core = cv2.dilate(very_black.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    nonwhite = (gray < 200).astype(np.uint8)
    n, labels = cv2.connectedComponents(nonwhite, connectivity=8)
    area = np.bincount(labels.ravel(), minlength=n)
    core_frac = np.bincount(labels.ravel(), weights=very_black.ravel().astype(np.float64), minlength=n) \
        / np.maximum(area, 1)
    frac_any = np.bincount(labels.ravel(), weights=(blue_px | red_px).ravel().astype(np.float64),
                           minlength=n) / np.maximum(area, 1)
    out = []
    for px in (blue_px, red_px):
        frac = np.bincount(labels.ravel(), weights=px.ravel().astype(np.float64), minlength=n) / np.maximum(area, 1)
        # coloured through, or a pen stroke: a good share coloured and far fewer black cores than print
        # (printed letters are about two thirds core)
        # (a blob of a good part of the page is shadow or tinted paper, not a stroke)
        whole = (frac > 0.3) & (core_frac < 0.02) & (area < 0.01 * gray.size)
        whole[0] = False
        mask = (whole[labels] & (nonwhite > 0) & ~print_core) | (px & ~near_print)
        out.append(mask.astype(np.uint8) * 255)
    # Grey pen or pencil: blobs of some size whose darkest pixel is well lighter than the page's print.
    # Written over a header they would break its columns; read with the stamp they are its values.
    nz = gray[nonwhite > 0]
    if nz.size and pencil_check:
        print_level = float(np.percentile(nz, 5))
        darkest = ndimage.minimum(gray, labels, index=np.arange(n))
        pencil = (darkest > print_level + 25) & (area >= 80)
        pencil[0] = False
        out[0] = np.where(pencil[labels] & (nonwhite > 0), 255, out[0]).astype(np.uint8)
    # Blobs that are printed letters: mostly black core, little colour. Everything else inside a stamp's
    # box (the stamp, the pen strokes on it, letters the pen ran through) is kept for the stamp's OCR.
    printed = (core_frac >= 0.5) & (frac_any < 0.3)
    printed[0] = True
    return out[0], out[1], print_core, printed[labels]


def split_ink(rgb: np.ndarray) -> tuple[np.ndarray, list[InkRegion]]:
    """Grey body image with coloured ink painted white, and the coloured-ink regions cut out."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    # Grey pen is told from print by lightness: not on unevenly lit pages (phone photos), where print
    # itself is lighter in the bright parts.
    blue, red, print_core, printed = ink_mask(rgb, pencil_check=background_unevenness(gray) <= 25)
    chroma = rgb.max(axis=2).astype(np.int16) - rgb.min(axis=2)
    neutral_dark = (chroma < 12) & (gray < 120)  # black print (a stamp's own strokes are in its mask)
    total = gray.size
    regions: list[InkRegion] = []
    if (np.count_nonzero(blue) + np.count_nonzero(red)) < _MIN_INK_FRACTION * total:
        return gray, regions
    body = gray.copy()
    scale = max(rgb.shape[:2]) / 3500.0
    for mask, hue in ((blue, "blue"), (red, "red")):
        if np.count_nonzero(mask) < _MIN_INK_FRACTION * total / 4:
            continue
        # Grow the mask a little so anti-aliased ink edges go too.
        grown = cv2.dilate(mask, np.ones((3, 3), np.uint8))
        halo = cv2.dilate(mask, np.ones((7, 7), np.uint8))
        body[(((grown > 0) | ((halo > 0) & (gray > 120))) & ~print_core)] = 255
        # Ink pixels as dark-on-white: darkness of the ink from its value channel.
        # The stamp as read: ink pixels, and the dark cores of pen strokes they outline (a pen's
        # darkest ink cannot be told from print by colour, but it sits inside coloured edges).
        ink_img = np.where(printed | neutral_dark, 255, gray).astype(np.uint8)
        ink_img[mask > 0] = np.clip(gray[mask > 0].astype(int) - 60, 0, 255).astype(np.uint8)
        k = max(15, int(40 * scale))
        blobs = cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
        n, _, stats, _ = cv2.connectedComponentsWithStats(blobs, connectivity=8)
        min_side = max(20, int(60 * scale))
        for i in range(1, n):
            x, y, w, h, area = stats[i]
            if w < min_side or h < min_side // 2:
                continue
            crop_mask = mask[y:y + h, x:x + w]
            filled = np.count_nonzero(crop_mask)
            if filled < 50:
                continue
            pad = 10
            x0, y0 = max(0, x - pad), max(0, y - pad)
            x1, y1 = min(gray.shape[1], x + w + pad), min(gray.shape[0], y + h + pad)
            regions.append(InkRegion(
                box=(int(x0), int(y0), int(x1 - x0), int(y1 - y0)),
                image=ink_img[y0:y1, x0:x1].copy(),
                hue=hue,
                roundness=_roundness(crop_mask),
            ))
    regions.sort(key=lambda r: (r.box[1], r.box[0]))
    return body, regions


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
    small = cv2.resize(gray, (64, 64), interpolation=cv2.INTER_AREA)
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
    """Share of the dark connected components that are 1–4 pixels (salt-and-pepper noise)."""
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


def prepare(image) -> Prepared:
    """The full chain for one page: coloured ink apart, borders, skew, lighting, speckle."""
    rgb = to_rgb(image)
    body, ink = split_ink(rgb)
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
    return Prepared(body=body, ink=ink, angle=angle)
