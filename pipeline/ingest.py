"""Finding input files, telling what they are from their bytes, and reading their pages.

``read`` is the one entry point: a PDF (text layer or OCR per page), an image (PNG, JPEG, multi-page TIFF,
GIF, BMP, WebP), or a text file (.txt/.md, UTF-8 or a legacy Vietnamese encoding). Every problem a clerk
can fix is raised as :class:`pipeline.types.VanbanError` with the file and a sentence saying what to do.
"""
from __future__ import annotations

import hashlib
import logging
import warnings
from pathlib import Path

import regex
from PIL import Image, ImageSequence, UnidentifiedImageError

from pipeline import legacy, raster
from pipeline.types import Page, ReadResult, VanbanError

log = logging.getLogger("vanban.ingest")

MAX_PIXELS = 80_000_000  # one page image; A3 at 600 dpi is ~70 Mpx
MAX_TEXT_BYTES = 50_000_000
MIN_DOCUMENT_WORDS = 8  # an image with fewer confident words than this is not a document

_IMAGE_KINDS = {"png": "PNG", "jpeg": "JPEG", "tiff": "TIFF", "gif": "GIF", "bmp": "BMP", "webp": "WebP"}
_EXTENSIONS = {
    "pdf": {".pdf"}, "png": {".png"}, "jpeg": {".jpg", ".jpeg", ".jpe", ".jfif"}, "tiff": {".tif", ".tiff"},
    "gif": {".gif"}, "bmp": {".bmp"}, "webp": {".webp"}, "text": {".txt", ".md", ".markdown", ".text"},
}

# Pillow's own bomb check would warn below our limit and fail at twice its own; ours is explicit.
Image.MAX_IMAGE_PIXELS = None


def discover(paths: list[str | Path]) -> list[Path]:
    """All non-hidden files under the given files and folders (recursive), sorted, each once."""
    found: set[Path] = set()
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in p.rglob("*"):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if f.is_file():
                    found.add(f)
        elif p.is_file():
            found.add(p)
        else:
            raise VanbanError(str(p), "was not found; check the path")
    return sorted(found)


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


_MAGIC = [  # (kind, leading bytes)
    ("png", (b"\x89PNG\r\n\x1a\n",)), ("jpeg", (b"\xff\xd8\xff",)), ("tiff", (b"II*\x00", b"MM\x00*")),
    ("gif", (b"GIF87a", b"GIF89a")), ("bmp", (b"BM",)), ("zip", (b"PK\x03\x04",)), ("ole", (b"\xd0\xcf\x11\xe0",)),
    ("text", (b"\xff\xfe", b"\xfe\xff")),
]


def sniff(data: bytes) -> str:
    """The file type from its first bytes: pdf, png, jpeg, tiff, gif, bmp, webp, zip, ole, text or unknown."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for kind, magics in _MAGIC:
        if head.startswith(magics):
            return kind
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    return "text" if b"\x00" not in data[:8192] else "unknown"


def _kind(path: Path, data: bytes) -> str:
    if not data:
        raise VanbanError(str(path), "is empty (0 bytes); the file was not saved or copied completely")
    kind = sniff(data)
    if kind == "zip":
        what = "a Word document (.docx)" if b"word/" in data[:4096] else \
               "a spreadsheet (.xlsx)" if b"xl/" in data[:4096] else "a ZIP archive"
        raise VanbanError(str(path), f"is {what}, which is not read; save or print it as PDF, "
                                     "or unpack the archive, and add that instead")
    if kind == "ole":
        raise VanbanError(str(path), "is an old Office file (.doc/.xls), which is not read; save it as PDF and add that")
    if kind == "unknown":
        raise VanbanError(str(path), "is not a PDF, an image or a text file; only PDF, PNG, JPEG, TIFF and "
                                     "text files are read")
    ext = path.suffix.lower()
    if ext and ext not in _EXTENSIONS.get(kind, set()):
        label = _IMAGE_KINDS.get(kind, kind.upper() if kind == "pdf" else "text")
        log.warning("%s: is really a %s file although its name ends in %s; read as %s", path, label, ext, label)
    return kind


def read(path: str | Path, *, dpi: int = 300) -> ReadResult:
    """Read every page of one file. Raises VanbanError for anything a clerk must fix."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise VanbanError(str(path), "was not found; check the path") from None
    except IsADirectoryError:
        raise VanbanError(str(path), "is a folder, not a file") from None
    except PermissionError:
        raise VanbanError(str(path), "cannot be opened (no permission to read it)") from None
    kind = _kind(path, data)
    result = ReadResult(source=str(path), sha256=hashlib.sha256(data).hexdigest())
    notes: list[str] = []
    ext = path.suffix.lower()
    if ext and ext not in _EXTENSIONS.get(kind, set()):
        notes.append(f"the file is really {kind.upper()} although its name ends in {ext}")
    if kind == "text":
        result.pages = _read_text(path, data, notes)
    elif kind == "pdf":
        result.pages = _read_pdf(path, data, dpi, notes)
    else:
        result.pages = _read_image(path, dpi, notes)
    result.notes = notes  # type: ignore[attr-defined]
    return result


def page_count(path: str | Path) -> int:
    """Number of pages, cheaply (for progress bars); 1 when it cannot tell."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            head = f.read(8192)
        kind = sniff(head) if head else "empty"
        if kind == "pdf":
            return raster.page_count(path)
        if kind in _IMAGE_KINDS:
            with Image.open(path) as im:
                return max(1, getattr(im, "n_frames", 1))
        if kind == "text":
            return path.read_bytes().count(b"\f") + 1
    except (VanbanError, OSError, UnidentifiedImageError, ValueError):
        pass
    return 1


# --- text files --------------------------------------------------------------------------------------

def _read_text(path: Path, data: bytes, notes: list[str]) -> list[Page]:
    if len(data) > MAX_TEXT_BYTES:
        raise VanbanError(str(path), f"is a text file of {len(data) // 1_000_000} MB, too large to be one document")
    try:
        text, encoding = legacy.decode_bytes(data)
    except ValueError:
        raise VanbanError(str(path), "is a text file in an encoding that could not be recognised (not UTF-8, "
                                     "Windows-1258, TCVN3/ABC or VNI); save it as UTF-8 and add it again") from None
    if encoding not in ("UTF-8", "UTF-16"):
        notes.append(f"converted from {encoding} to Unicode")
        log.info("%s: converted from %s", path, encoding)
    else:
        fixed, enc = legacy.repair(text)  # TCVN3/VNI text that was once re-saved as UTF-8
        if enc:
            text = fixed
            notes.append(f"converted from {enc} characters to Unicode")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if legacy.font_lookalikes(text):
        raise VanbanError(str(path), "is not Vietnamese text: its letters are a legacy font's ASCII look-alikes "
                                     "('T6ng cgc Thu5' for 'Tổng cục Thuế'), as a PDF's text layer comes out when "
                                     "copied without its font; read the scanned PDF itself (it is OCR'd) or ask "
                                     "for a Unicode copy")
    # a converter's page marker between the pages of an OCR'd PDF ("--- PAGE BREAK ---") parts pages like "\f": a
    # page number or footer at the top or foot of a page is then not read into the sentence it interrupts
    text = regex.sub(r"(?m)^[ \t]*-{2,}[ \t]*PAGE BREAK[ \t]*-{2,}[ \t]*$", "\f", text)
    text = regex.sub(r"(?m)^[ \t]*-{2,}[ \t]*PAGE[ \t]+\d{1,4}[ \t]*-{2,}[ \t]*\n?", "", text)  # its "--- PAGE 2 ---"
    return [Page(number=i + 1, text=t, method="text") for i, t in enumerate(text.split("\f"))]


# --- PDF -------------------------------------------------------------------------------------------

def _read_pdf(path: Path, data: bytes, dpi: int, notes: list[str]) -> list[Page]:
    if b"%%EOF" not in data[-2048:]:
        raise VanbanError(str(path), "is an incomplete PDF (the end of the file is missing, it was probably cut "
                                     "off while downloading or copying); ask the sender to send it again")
    from pipeline import ocr

    pdf = raster.open_pdf(path)
    pages: list[Page] = []
    plumber, header = None, None  # pdfplumber's view of the file, for the ruled tables of a text layer
    try:
        if len(pdf) == 0:
            raise VanbanError(str(path), "is a PDF with no pages")
        for i in range(len(pdf)):
            try:
                page = pdf[i]
                layer = raster.check_layer(raster.page_text(page))
                if layer.usable:
                    plumber = plumber or _plumber(path)
                    if plumber is not None:
                        pp = None
                        try:
                            pp = plumber.pages[i]
                            text, header = raster.table_text(page, pp, layer.text, header)
                        except Exception:  # noqa: BLE001 — a page pdfminer cannot take apart keeps its plain text
                            text = layer.text
                        finally:
                            if pp is not None:
                                pp.close()  # its parsed objects freed page by page: memory stays flat on long PDFs
                        layer = raster.check_layer(text) if text != layer.text else layer
                w, h = (int(v) for v in page.get_size())
                if layer.usable:
                    if layer.encoding:
                        notes.append(f"page {i + 1}: text layer converted from {layer.encoding}")
                    stamp_text = ocr.stamp_only(raster.render(page, dpi)) if raster.has_stamp_ink(page) else ""
                    pages.append(Page(number=i + 1, text=layer.text, method="text-layer", width=w, height=h,
                                      stamp_text=stamp_text))
                    continue
                img = raster.render(page, dpi)
            except pdfium_errors() as e:
                raise VanbanError(str(path), f"has a damaged page {i + 1} that cannot be read ({e}); "
                                             "ask the sender for a new copy") from None
            res = ocr.ocr_image(img)
            pages.append(Page(number=i + 1, text=res.text, method="ocr", confidence=res.confidence,
                              stamp_text=res.stamp_text, width=img.width, height=img.height))
    finally:
        pdf.close()
        if plumber is not None:
            plumber.close()
    _check_document(path, pages)
    return pages


def _plumber(path: Path):
    """The PDF opened with pdfplumber (its table finder), or None when pdfplumber cannot read a file pdfium can."""
    import pdfplumber

    try:
        return pdfplumber.open(str(path))
    except Exception:  # noqa: BLE001 — pdfminer raises many kinds; the page's plain text layer is then read as before
        return None


def pdfium_errors() -> tuple[type[BaseException], ...]:
    import pypdfium2 as pdfium

    return (pdfium.PdfiumError,)


# --- images ----------------------------------------------------------------------------------------

def _read_image(path: Path, dpi: int, notes: list[str]) -> list[Page]:
    from pipeline import ocr, preprocess

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            im = Image.open(path)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise VanbanError(str(path), "is a damaged image that cannot be opened; scan the document again") from None
    pages: list[Page] = []
    with im:
        w, h = im.size
        if w * h > MAX_PIXELS:
            raise VanbanError(str(path), f"is an image of {w}×{h} pixels, too large to read safely "
                                         f"(limit {MAX_PIXELS // 1_000_000} million pixels); scan it at 300 dpi")
        try:
            for i, frame in enumerate(ImageSequence.Iterator(im)):
                fw, fh = frame.size
                if fw * fh > MAX_PIXELS:
                    raise VanbanError(str(path), f"has a page image of {fw}×{fh} pixels, too large to read safely; "
                                                 "scan it at 300 dpi")
                frame.load()
                img = preprocess.page_image(frame)
                img = _to_dpi(img, frame.info.get("dpi"), dpi)
                res = ocr.ocr_image(img)
                pages.append(Page(number=i + 1, text=res.text, method="ocr", confidence=res.confidence,
                                  stamp_text=res.stamp_text, width=img.width, height=img.height))
        except (OSError, SyntaxError, ValueError, EOFError) as e:
            if isinstance(e, VanbanError):
                raise
            raise VanbanError(str(path), "is a damaged or incomplete image (the file is cut off or corrupt); "
                                         "scan or copy it again") from None
    _check_document(path, pages)
    return pages


def _to_dpi(img: Image.Image, info_dpi, dpi: int) -> Image.Image:
    """Scale up images scanned at low resolution (Tesseract reads ~300 dpi best)."""
    try:
        src = float(info_dpi[0]) if info_dpi else 0.0
    except (TypeError, ValueError, IndexError):
        src = 0.0
    if 0 < src < dpi * 0.7 and img.width * img.height * (dpi / src) ** 2 <= MAX_PIXELS:
        f = dpi / src
        return img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)
    if not src and max(img.size) < 1700:  # a small image without resolution: assume a low-resolution scan
        f = 2200 / max(img.size)
        return img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)
    return img


def _check_document(path: Path, pages: list[Page]) -> None:
    """An image (or scanned PDF) with almost no text is a photo or a blank page, not a document."""
    ocr_pages = [p for p in pages if p.method == "ocr"]
    if not ocr_pages or len(ocr_pages) < len(pages):
        return
    words = sum(len([w for w in p.text.split() if sum(c.isalpha() for c in w) >= 2]) for p in ocr_pages)
    if words < MIN_DOCUMENT_WORDS * len(ocr_pages) and words < 30:
        raise VanbanError(str(path), "contains almost no readable text (it looks like a photo or a blank page, "
                                     "not a scanned document); check that the right file was added")
