"""OCR with real Tesseract on rendered pages (a handful, to keep `make test` short), and the reading-order
and preprocessing pieces on their own."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from pipeline import evaluate_ocr, ocr, preprocess

sys.path.insert(0, str(Path(__file__).parent / "data"))
from pagegen import HEADER_LEFT, HEADER_RIGHT, render_page  # noqa: E402


def W(text, x, y, w=None, h=40, key=(1, 1, 1)):  # noqa: N802 - a word box, short for the tables
    return ocr.Word(text, x, y, w or 25 * len(text), h, 95.0, key)


def test_two_column_header_is_read_column_by_column():
    # Tesseract put each left line and the right line beside it on one text line
    words = [
        W("BỘ", 200, 100, key=(1, 1, 1)), W("Y", 260, 100, key=(1, 1, 1)), W("TẾ", 300, 100, key=(1, 1, 1)),
        W("CỘNG", 1200, 100, key=(1, 1, 1)), W("HÒA", 1330, 100, key=(1, 1, 1)),
        W("Số:", 200, 170, key=(1, 1, 2)), W("1481/BYT-BMTE", 280, 170, key=(1, 1, 2)),
        W("Độc", 1250, 170, key=(1, 1, 2)), W("lập", 1340, 170, key=(1, 1, 2)),
        W("V/v", 200, 240, key=(1, 1, 3)), W("hướng", 290, 240, key=(1, 1, 3)),
        W("Hà", 1200, 250, key=(1, 1, 3)), W("Nội,", 1270, 250, key=(1, 1, 3)),
        W("Kính", 400, 400, key=(2, 1, 1)), W("gửi:", 520, 400, key=(2, 1, 1)),
        W("Ủy", 640, 400, key=(2, 1, 1)), W("ban", 720, 400, key=(2, 1, 1)), W("nhân", 820, 400, key=(2, 1, 1)),
        W("dân", 950, 400, key=(2, 1, 1)), W("các", 1060, 400, key=(2, 1, 1)), W("tỉnh", 1160, 400, key=(2, 1, 1)),
        W("thành", 1280, 400, key=(2, 1, 1)), W("phố", 1420, 400, key=(2, 1, 1)),
    ]
    assert ocr.reading_order(words) == [
        "BỘ Y TẾ", "Số: 1481/BYT-BMTE", "V/v hướng", "CỘNG HÒA", "Độc lập", "Hà Nội,",
        "Kính gửi: Ủy ban nhân dân các tỉnh thành phố",
    ]


def test_full_width_lines_stay_in_order():
    # body lines span the page; a short last line of a paragraph does not make a column
    words = []
    for i in range(3):
        words += [W(f"từ{i}{j}", 200 + 130 * j, 100 + 60 * i, key=(1, 1, i)) for j in range(11)]
    words += [W("cuối.", 200, 280, key=(1, 1, 3))]
    words += [W(f"sau{j}", 200 + 130 * j, 340, key=(1, 1, 4)) for j in range(11)]
    lines = ocr.reading_order(words)
    assert [x.split()[0] for x in lines] == ["từ00", "từ10", "từ20", "cuối.", "sau0"]
    assert len(lines[0].split()) == 11


def test_skew_is_measured():
    img, _ = render_page(stamp=False, skew=2.5, dpi=150)
    gray = np.asarray(img.convert("L"))
    assert abs(preprocess.skew_angle(gray) + 2.5) < 0.3


def test_stamp_ink_is_separated_from_print():
    img, _ = render_page(stamp=True, dpi=150)
    body, regions = preprocess.split_ink(preprocess.to_rgb(img))
    assert len(regions) >= 1 and regions[0].hue == "blue"
    x, y, w, h = regions[0].box
    assert body[y + h // 2, x:x + w].min() > 200 or body[y:y + h, x:x + w].mean() > 240


def test_grey_pages_skip_the_colour_analysis():
    img, _ = render_page(stamp=True, dpi=150)
    rgb, gray = preprocess.page_arrays(img)
    assert rgb is not None and gray.shape == rgb.shape[:2]
    for grey in (img.convert("L"), img.convert("L").convert("RGB")):  # a grey scan, a grey page saved as RGB
        rgb2, gray2 = preprocess.page_arrays(grey)
        assert rgb2 is None and gray2.shape == gray.shape


def test_ink_is_looked_for_only_where_the_page_has_colour():
    img, _ = render_page(stamp=True, signature=True, dpi=150)
    rgb, gray = preprocess.page_arrays(img)
    boxes = preprocess.ink_rois(rgb, gray, pencil=True)
    inside = np.zeros(gray.shape, bool)
    for x0, y0, x1, y1 in boxes:
        inside[y0:y1, x0:x1] = True
    blue, red, _, _ = preprocess.ink_mask(rgb)  # the whole page analysed, as a reference
    assert np.count_nonzero(blue) > 1000 and np.count_nonzero(red) > 1000
    assert np.count_nonzero((blue > 0) & ~inside) == 0 and np.count_nonzero((red > 0) & ~inside) == 0
    assert inside.mean() < 0.3  # the rest of the page (black print on white) is not looked at again
    for i, a in enumerate(boxes):  # no pixel looked at twice
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def test_receipt_stamp_is_told_from_signature_and_seal_by_its_frame():
    img, _ = render_page(stamp=True, signature=True)
    prep = preprocess.prepare(img)
    framed = [r for r in prep.ink if r.framed]
    assert len(framed) == 1
    x, y, w, h = framed[0].box
    assert x <= 1100 <= x + w and y <= 560 <= y + h  # the stamp drawn at (1100, 560)
    assert len(prep.ink) >= 3  # the scribble and the seal ring were separated too, but are no stamp
    assert ocr.stamp_candidates(prep) == framed


def _on_desk(img, quad, size):
    """The page photographed at an angle on a dark desk: page corners land on ``quad`` in a picture of ``size``."""
    import cv2

    page = np.asarray(img.convert("RGB"))
    h, w = page.shape[:2]
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), np.float32(quad))
    return cv2.warpPerspective(page, m, size, flags=cv2.INTER_LINEAR, borderValue=(85, 70, 55))


def test_photographed_page_is_found_and_flattened():
    img, _ = render_page(stamp=False, dpi=100)  # 827 × 1169
    quad = [(40, 60), (800, 25), (830, 1150), (20, 1120)]
    photo = _on_desk(img, quad, (870, 1200))
    gray = np.asarray(preprocess.to_rgb(photo)[:, :, 1])
    found = preprocess.page_quad(gray)
    assert found is not None
    assert np.abs(found - np.float32(quad)).max() < 12  # within about 1 % of the picture
    _, flat, warped = preprocess.flatten(None, gray)
    assert warped and flat[:30].mean() > 200 and flat[-30:].mean() > 200  # the desk is gone
    # a scan (the sheet fills the picture) is left as it is
    assert preprocess.page_quad(np.asarray(img.convert("L"))) is None


def test_dark_scanner_border_removed():
    img, _ = render_page(stamp=False, border=True, dpi=150)
    gray = preprocess.remove_borders(np.asarray(img.convert("L")))
    assert gray[:20, :].mean() > 250 and gray[:, :15].mean() > 250


@pytest.mark.ocr
def test_page_with_stamp_reads_header_and_stamp_apart():
    img, truth = render_page(stamp=True)
    res = ocr.ocr_image(img)
    lines = res.text.split("\n")
    assert lines[: len(HEADER_LEFT)] == HEADER_LEFT
    assert lines[len(HEADER_LEFT): len(HEADER_LEFT) + len(HEADER_RIGHT)] == HEADER_RIGHT
    assert "3517" not in res.text and "Chuyển" not in res.text
    assert "3517" in res.stamp_text and "12/4/2026" in res.stamp_text
    assert evaluate_ocr.cer(res.text, truth) < 0.03
    assert res.confidence > 80


@pytest.mark.ocr
def test_degraded_page_is_straightened_and_read():
    img, truth = render_page(stamp=True, skew=2.0, noise=0.003, border=True)
    res = ocr.ocr_image(img)
    assert abs(res.angle + 2.0) < 0.3
    assert evaluate_ocr.cer(res.text, truth) < 0.05
    assert "2207/BYT-KHTC" in res.text


@pytest.mark.ocr
def test_page_upside_down_is_turned_by_osd():
    img, truth = render_page(stamp=False)
    res = ocr.ocr_image(img.rotate(180))
    assert res.rotated == 180
    assert evaluate_ocr.cer(res.text, truth) < 0.05


SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _sample(stem: str):
    import json

    truth_path = SAMPLES / "truth" / f"{stem}.json"
    if not truth_path.exists():
        pytest.skip(f"sample {stem} not generated")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    return SAMPLES / "scans" / Path(truth["file"]).name, truth


@pytest.mark.ocr
def test_real_sample_clean_scan_with_stamp_and_pen():
    from pipeline import cleanup, ingest

    scan, truth = _sample("3354-VPCP-KGVX_clean")
    clean = cleanup.clean(ingest.read(scan))
    ref = "\n".join(p["text"] for p in truth["pages"])
    assert evaluate_ocr.cer(clean.text, ref) < 0.02
    assert "Số: 3354/VPCP-KGVX" in clean.text
    number = truth["stamp"]["arrival_number"]
    assert any(r.arrival_number == number for r in clean.receipts)
    assert number not in clean.text  # the handwritten stamp values stay out of the body


def test_real_sample_text_layer_pdf():
    from pipeline import cleanup, ingest

    scan, truth = _sample("04-2001-TT-BXD_clean")
    read = ingest.read(scan)
    assert {p.method for p in read.pages} == {"text-layer"} and len(read.pages) == len(truth["pages"])
    ref = "\n".join(p["text"] for p in truth["pages"])
    assert evaluate_ocr.cer(cleanup.clean(read).text, ref) < 0.01


DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.ocr
def test_print_under_a_stamp_stroke_is_kept():
    """A blue receipt stamp lies over the number line and the V/v subject (a crop of the 8794 office
    scan, a 200-dpi JPEG): seen through the blue channel the stamp is light and the print under its
    strokes stays black, so the body keeps the letters the stamp crossed."""
    from pipeline import ingest

    text = ingest.read(DATA / "stamp_over_number_line.jpg").pages[0].text
    assert "Số: 8794/VPCP-KGVX" in text
    assert "xac nhận đối tượng" in text.replace("xác", "xac")
    assert "người có công" in text


@pytest.mark.ocr
def test_dark_pen_in_a_stamp_stays_out_of_the_body():
    """The pen's strokes in a stamp over the subject (a crop of the 3354 clean scan) are dark in every
    channel, as print under ink is; they have no print outside the ink and are not put back."""
    from pipeline import ingest

    text = ingest.read(DATA / "pen_in_stamp_over_subject.png").pages[0].text
    assert "Số: 3354/VPCP-KGVX" in text
    assert "2947" not in text and "2013" not in text and "NCC" not in text


@pytest.mark.ocr
def test_neutral_pen_in_a_framed_stamp_is_taken_out_of_the_body():
    """A phone photo (the 2864 sample, 150 dpi): the clerk wrote the stamp's number and date in a dark,
    nearly neutral pen that the colour test does not flag. Inside the framed stamp its thick strokes with
    no print core go out of the body too, so they no longer run the left column's subject lines into the
    right column (read after the place-date line) — and the print around them stays."""
    from pipeline import ingest

    path = Path(__file__).parents[1] / "samples" / "scans" / "2864-LDTBXH-NCC_phone.jpg"
    text = ingest.read(path).pages[0].text
    assert "27/7/2015" not in text
    assert text.index("trong lúc thực hiện") < text.index("Hà Nội, ngày 22 tháng 07 năm 2015")
    assert text.index("các Đoàn xây") < text.index("Hà Nội, ngày 22 tháng 07 năm 2015")
    assert "Ủy ban nhân dân tỉnh Long An về việc giải quyết chính sách" in text
