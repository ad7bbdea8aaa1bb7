"""Tesseract calls, in this process when it can be: pytesseract's ``image_to_data`` / ``image_to_string``
with the same arguments and results, driven through tesserocr (libtesseract's C++ API) when it is installed.

pytesseract starts the ``tesseract`` program for every call: each start loads the language model again
(~0.09 s of CPU), the image goes through a file and the words come back as TSV text. A page read in
pieces (the body, then each receipt stamp, then its handwritten number and date) pays that several times.
Here each worker process keeps one loaded Tesseract per (language, engine, page mode, variables) and hands it
the pixels directly. On the 64 sample pages this reads a page in 1.05 s of CPU where the program takes 1.36 s
with the same model and settings (the wheel's libtesseract is also a newer release than Debian's program),
for the same words (tests/test_tess.py).

``VANBAN_TESSERACT=cli`` (or tesserocr missing) sends every call to the ``tesseract`` program through
pytesseract, as before; OSD (orientation) always goes that way, and so does the plain-Tesseract baseline
that ``make eval``/``make bench`` compare against.
"""
from __future__ import annotations

import os
import shlex
import subprocess
from functools import lru_cache

import numpy as np

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import pytesseract  # noqa: E402
from PIL import Image  # noqa: E402

_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num",
            "left", "top", "width", "height", "conf", "text")
_APIS: dict[tuple, object] = {}
_APIS_PID = os.getpid()


class Unsupported(Exception):
    """A config this module does not translate (handed to the program instead)."""


def _parse_config(config: str) -> tuple[int, int, tuple[tuple[str, str], ...]]:
    """(oem, psm, variables) of a tesseract command-line config such as
    ``--oem 1 --psm 6 -c tessedit_char_whitelist=0123456789``."""
    oem, psm, variables = 3, 3, []
    args = shlex.split(config)
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("--oem", "--psm") and i + 1 < len(args):
            if a == "--oem":
                oem = int(args[i + 1])
            else:
                psm = int(args[i + 1])
            i += 2
        elif a == "-c" and i + 1 < len(args) and "=" in args[i + 1]:
            k, v = args[i + 1].split("=", 1)
            variables.append((k, v))
            i += 2
        else:
            raise Unsupported(a)
    return oem, psm, tuple(variables)


@lru_cache(maxsize=1)
def tessdata() -> str | None:
    """The folder of the installed language models (the ``tesseract`` program's, so both engines read
    with the same models)."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    for line in (out.stdout + out.stderr).splitlines():
        if '"' in line and "languages" in line.lower():
            return line.split('"')[1]
    return None


@lru_cache(maxsize=1)
def _tesserocr():
    if os.environ.get("VANBAN_TESSERACT", "").lower() == "cli":
        return None
    try:
        import tesserocr
    except ImportError:
        return None
    return tesserocr if tessdata() else None


def engine() -> str:
    """'tesserocr' (in process) or 'cli' (the tesseract program through pytesseract)."""
    return "tesserocr" if _tesserocr() else "cli"


def _api(lang: str, config: str):
    global _APIS_PID
    tr = _tesserocr()
    oem, psm, variables = _parse_config(config)
    if os.getpid() != _APIS_PID:  # a forked worker: its parent's instances are not its own
        _APIS.clear()
        _APIS_PID = os.getpid()
    key = (lang, oem, psm, variables)
    api = _APIS.get(key)
    if api is None:
        api = tr.PyTessBaseAPI(path=tessdata(), lang=lang, oem=oem, psm=psm)
        for k, v in variables:
            if not api.SetVariable(k, v):
                raise Unsupported(k)
        _APIS[key] = api
    return api


def _set_image(api, image) -> None:
    if isinstance(image, Image.Image):
        api.SetImage(image)
        return
    a = np.ascontiguousarray(image)
    if a.dtype != np.uint8 or a.ndim not in (2, 3):
        api.SetImage(Image.fromarray(a))
        return
    h, w = a.shape[:2]
    bpp = 1 if a.ndim == 2 else a.shape[2]
    api.SetImageBytes(a.tobytes(), w, h, bpp, w * bpp)


def _tsv_dict(tsv: str) -> dict[str, list]:
    """pytesseract's ``Output.DICT`` from libtesseract's TSV rows (numbers as int, confidence as float)."""
    out: dict[str, list] = {c: [] for c in _COLUMNS}
    for row in tsv.split("\n"):
        if not row:
            continue
        cells = row.split("\t", len(_COLUMNS) - 1)
        if len(cells) < len(_COLUMNS):
            cells += [""] * (len(_COLUMNS) - len(cells))
        for c, v in zip(_COLUMNS[:10], cells[:10]):
            out[c].append(int(v))
        out["conf"].append(float(cells[10]))
        out["text"].append(cells[11])
    return out


def _loaded(image, lang: str, config: str):
    """The in-process Tesseract for (lang, config) holding the image, or None (use the program)."""
    if not _tesserocr():
        return None
    try:
        api = _api(lang, config)
    except Unsupported:
        return None
    _set_image(api, image)
    return api


def image_to_data(image, lang: str, config: str) -> dict[str, list]:
    """Words with boxes and confidences, as ``pytesseract.image_to_data(..., output_type=DICT)``."""
    api = _loaded(image, lang, config)
    if api is not None:
        api.Recognize()
        return _tsv_dict(api.GetTSVText(0))
    return pytesseract.image_to_data(image, lang=lang, config=config, output_type=pytesseract.Output.DICT)


def image_to_string(image, lang: str, config: str = "") -> str:
    """The text, as ``pytesseract.image_to_string``."""
    api = _loaded(image, lang, config)
    if api is not None:
        return api.GetUTF8Text()
    return pytesseract.image_to_string(image, lang=lang, config=config)
