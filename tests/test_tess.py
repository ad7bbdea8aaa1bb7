"""The in-process Tesseract (tesserocr) against the `tesseract` program (pytesseract) on a real rendered page:
the same words, the same dictionary shape; configs translated; a forked worker gets its own instance."""
from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path

import numpy as np
import pytesseract
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline import evaluate_ocr, ocr, tess

sys.path.insert(0, str(Path(__file__).parent / "data"))
from pagegen import FONT, render_page  # noqa: E402


@pytest.fixture(scope="module")
def page() -> np.ndarray:
    img, _ = render_page(stamp=False)
    return np.asarray(img.convert("L").resize((img.width * 3 // 4, img.height * 3 // 4)))


def _words(data: dict) -> list[str]:
    return [t.strip() for t in data["text"] if t and t.strip()]


def test_the_in_process_engine_is_used_when_installed():
    assert tess.engine() == "tesserocr"
    assert tess.tessdata() and Path(tess.tessdata(), "vie.traineddata").exists()


def test_in_process_reading_matches_the_program(page):
    mine = tess.image_to_data(page, "vie", ocr.BODY_CONFIG)
    theirs = pytesseract.image_to_data(page, lang="vie", config=ocr.BODY_CONFIG, output_type=pytesseract.Output.DICT)
    assert set(mine) >= {"left", "top", "width", "height", "conf", "text", "block_num", "par_num", "line_num"}
    a, b = " ".join(_words(mine)), " ".join(_words(theirs))
    assert len(a) > 300
    assert evaluate_ocr.cer(a, b) < 0.01
    # the boxes are the program's too: the word "2207/BYT-KHTC" in the same place
    i = next(k for k, t in enumerate(mine["text"]) if "2207" in t)
    j = next(k for k, t in enumerate(theirs["text"]) if "2207" in t)
    for key in ("left", "top", "width", "height"):
        assert abs(int(mine[key][i]) - int(theirs[key][j])) <= 3
    assert isinstance(mine["conf"][i], float) and mine["conf"][i] > 50


@pytest.mark.parametrize("config, expected", [
    ("--oem 1 --psm 3", (1, 3, ())),
    ("--psm 11", (3, 11, ())),
    ("--oem 1 --psm 6 -c tessedit_char_whitelist=0123456789/",
     (1, 6, (("tessedit_char_whitelist", "0123456789/"),))),
    ("", (3, 3, ())),
])
def test_configs_are_translated(config, expected):
    assert tess._parse_config(config) == expected


def test_an_option_not_translated_goes_to_the_program():
    with pytest.raises(tess.Unsupported):
        tess._parse_config("--dpi 300 --psm 6")
    img = Image.new("L", (400, 120), 255)
    ImageDraw.Draw(img).text((20, 30), "4599", font=ImageFont.truetype(FONT, 48), fill=0)
    assert "4599" in tess.image_to_string(np.asarray(img), "eng", "--dpi 300 --psm 7")


def test_variables_apply_per_config():
    """The digits-only reader and a free reader are separate instances: a whitelist set for one never
    leaks into the other."""
    img = Image.new("L", (700, 120), 255)
    ImageDraw.Draw(img).text((20, 30), "Số 4599 ngày", font=ImageFont.truetype(FONT, 48), fill=0)
    a = np.asarray(img)
    digits = tess.image_to_string(a, "eng", "--oem 1 --psm 7 -c tessedit_char_whitelist=0123456789")
    free = tess.image_to_string(a, "vie", "--oem 1 --psm 7")
    assert digits.strip().isdigit() and "4599" in digits
    assert "ngày" in free


def _read_in_child(a: np.ndarray, q) -> None:
    q.put(" ".join(_words(tess.image_to_data(a, "vie", ocr.BODY_CONFIG))))


def test_a_forked_worker_reads_with_its_own_instance(page):
    top = page[: page.shape[0] // 4]
    here = " ".join(_words(tess.image_to_data(top, "vie", ocr.BODY_CONFIG)))  # the parent's instance exists now
    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_read_in_child, args=(top, q))
    p.start()
    there = q.get(timeout=120)
    p.join(timeout=60)
    assert p.exitcode == 0
    assert there == here and "2207/BYT-KHTC" in here


def test_the_program_is_used_when_asked(monkeypatch, page):
    monkeypatch.setenv("VANBAN_TESSERACT", "cli")
    tess._tesserocr.cache_clear()
    try:
        assert tess.engine() == "cli"
        top = page[: page.shape[0] // 4]
        assert "2207/BYT-KHTC" in " ".join(_words(tess.image_to_data(top, "vie", ocr.BODY_CONFIG)))
    finally:
        monkeypatch.delenv("VANBAN_TESSERACT")
        tess._tesserocr.cache_clear()
    assert tess.engine() == "tesserocr"
