"""Receipt stamps: each stamp layout seen (seeds 000 and 001, the separated stamp ink of a scan) and the
rules that keep the document's own lines in the body."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline import stamp
from pipeline.textnorm import normalize

SEEDS = Path(__file__).resolve().parent.parent / "samples" / "seeds"
STAMPS = Path(__file__).resolve().parent / "data" / "stamps"


def seed(name: str) -> str:
    return normalize((SEEDS / name).read_text(encoding="utf-8"))


def fields(receipts):
    return [(r.office, r.arrival_number, r.arrival_date, r.routed_to) for r in receipts]


def test_seed_001_two_stamps_one_with_cyrillic_den():
    recs = stamp.parse_receipts(seed("001_e1bc077718118594.txt"))
    assert fields(recs) == [
        ("UBND THÀNH PHỐ THUẬN AN", "4599", "2025-03-19", None),
        ("TRUNG TÂM Y TẾ TP. THUẬN AN", "518", "2025-03-31", None),  # "31/3": year from the issue date
    ]


def test_seed_000_stamp_interleaved_with_header():
    body, recs, _ = stamp.extract(seed("000_89be0880d92462c3.txt"))
    assert [(r.arrival_number, r.arrival_date) for r in recs] == [(None, "2025-03-18")]
    lines = body.split("\n")
    # the stamp's labels go, the header text they were glued to stays
    assert "công tác trẻ em năm 2025" in lines
    assert "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in lines
    assert not any(x.startswith(("Chuyển", "Đến Ngày")) for x in lines)


@pytest.mark.parametrize("text,expected", [
    # separated stamp ink, as Tesseract reads it
    ("SỞ Y TẾ TỈNH BÌNH ĐỊNH\nĐẾN Số: 3517\n\nNgày: 12/4/2026\n\nChuyển: P. KHTC",
     [("SỞ Y TẾ TỈNH BÌNH ĐỊNH", "3517", "2026-04-12", "P. KHTC")]),
    # ĐẾN alone on its line, fields below
    ("UBND HUYỆN BÌNH SƠN\nĐẾN\nSố: 120\nNgày: 02/01/2025\nChuyển: VP",
     [("UBND HUYỆN BÌNH SƠN", "120", "2025-01-02", "VP")]),
    # the frame read as "|", a smudge as a stray letter before the label (a generated office-profile scan)
    ("| BỘ LAO ĐỘNG - TB VÀ XH:\nĐẾN Số: 2947 |\nÌ _ Ngày: 2/5/2013...\n\n¬...... ¬..-",
     [("BỘ LAO ĐỘNG - TB VÀ XH", "2947", "2013-05-02", None)]),
    # OCR lost the diacritics and the colon
    ("SO Y TE\nDEN So 77\nNgay 5/6/2024", [("SO Y TE", "77", "2024-06-05", None)]),
])
def test_stamp_ink_layouts(text, expected):
    _, recs, _ = stamp.extract(normalize(text), whole_is_stamp=True)
    assert fields(recs) == expected


def test_document_number_is_not_a_stamp():
    text = "BỘ Y TẾ\nSố: 1481/BYT-BMTE\nV/v hướng dẫn\nHà Nội, ngày 14 tháng 3 năm 2025\nSố: 65 /KH-UBND"
    body, recs, _ = stamp.extract(text)
    assert recs == [] and body == text


def test_sentence_starting_with_den_is_not_a_stamp():
    text = "Đến nay, các địa phương đã triển khai.\nĐến năm 2030, 100% xã đạt chuẩn."
    assert stamp.parse_receipts(text) == []


def test_year_inferred_from_issue_date_across_new_year():
    recs = stamp.parse_receipts("ĐẾN Số: 12\nNgày: 3/1", context_date=date(2024, 12, 28))
    assert recs[0].arrival_date == "2025-01-03"
    recs = stamp.parse_receipts("ĐẾN Số: 12\nNgày: 3/1")
    assert recs[0].arrival_date is None  # no year anywhere: not guessed


def test_file_code_and_routing_values_kept():
    recs = stamp.parse_receipts("ĐẾN Số: 45\nNgày: 7/8/2025\nChuyển: Phòng KGVX\nSố và ký hiệu HS: 03/HS-VX")
    assert (recs[0].routed_to, recs[0].file_code) == ("Phòng KGVX", "03/HS-VX")
    assert "Chuyển: Phòng KGVX" in recs[0].raw


def test_issue_date():
    assert stamp.issue_date("Bình Dương, ngày 18 tháng 3 năm 2025") == date(2025, 3, 18)
    assert stamp.issue_date("không có ngày") is None


def test_document_number_right_after_a_stamp_stays_in_body():
    body, recs, _ = stamp.extract("ĐẾN Ngày: 19/3/2025\nSố: 1471 /UBND-VX\nV/v triển khai")
    assert recs[0].arrival_number is None and "Số: 1471 /UBND-VX" in body.split("\n")


def test_two_readings_of_one_stamp_are_merged():
    block = "SỞ LĐ-TB VÀ XH TP.HCM\n“ Số: 6012\nĐEN y„„ 28/1/2008\n¡ DÂNGChuyến: P: NỒNG HÒA XÃ HỘI"
    sparse = "SỞ LĐ-TB VÀ XH TP.HCM\nĐẾN\nss: 6012\nNgày: 2 8/11/2008\nhuyến: P. NỒNNG HÒA XÃ"
    (rec,), rest = stamp.read_stamp(block + stamp.READING_SEP + sparse)
    assert (rec.office, rec.arrival_number, rec.arrival_date) == ("SỞ LĐ-TB VÀ XH TP.HCM", "6012", "2008-11-28")
    assert rest  # the unreadable lines are kept aside, not lost


def test_lenient_fields_when_labels_are_unreadable():
    text = "BỘ LAO ĐỘNG - TB VÀ XH\nĐẾN\n¡. 2947\nMạc 2/5/2013\nChuyển: Cục NCC"
    (rec,), _ = stamp.read_stamp(text)
    assert (rec.arrival_number, rec.arrival_date, rec.routed_to) == ("2947", "2013-05-02", "Cục NCC")


def test_each_ink_region_is_its_own_stamp():
    a = "UBND THÀNH PHỐ THUẬN AN\nĐẾN Số: 4599\nNgày: 19/3/2025"
    b = "TRUNG TÂM Y TẾ TP. THUẬN AN\nĐẾN Số: 518\nNgày: 31/3"
    recs, _ = stamp.read_stamp(a + stamp.REGION_SEP + b, context_date=date(2025, 3, 18))
    assert [(r.arrival_number, r.arrival_date) for r in recs] == [("4599", "2025-03-19"), ("518", "2025-03-31")]


@pytest.mark.parametrize("fields,number,date_", [
    ("Số: 1236 | 1296\nNgày: 17/3/2025", "1236", "2025-03-17"),  # the reader's first candidates decide
    ("Ngày: 17/3", "1226", "2025-03-17"),  # no number read: the text's stays; no year: the document's
    ("Số: 42\nNgày: 17/3/2023 | 17/3/2025", "42", "2025-03-17"),  # a year far from the document's: next
    ("Ngày: 31/2/2025 | 3/1/2025", "1226", "2025-03-17"),  # no candidate plausible: the text's date stays
])
def test_field_reader_values_decide(fields, number, date_):
    text = "VĂN PHÒNG UBND TỈNH QUẢNG NGÃI\nĐẾN Số: 1226\nNgày: 17/3"
    (rec,), _ = stamp.read_stamp(text + stamp.FIELDS_SEP + fields, context_date=date(2025, 3, 14))
    assert (rec.arrival_number, rec.arrival_date) == (number, date_)


def test_field_reader_values_without_a_readable_label_still_make_a_receipt():
    (rec,), _ = stamp.read_stamp("x\n" + stamp.FIELDS_SEP + "Số: 315\nNgày: 29/12", context_date=date(2023, 12, 25))
    assert (rec.arrival_number, rec.arrival_date) == ("315", "2023-12-29")


# --- the field reader on real stamp crops (cut from the committed sample scans), real Tesseract -------

def _read(image):
    import pytesseract

    from pipeline import stamp_reader

    image = stamp_reader.level(image)
    data = pytesseract.image_to_data(image, lang="vie+Vietnamese", config="--oem 1 --psm 11",
                                     output_type=pytesseract.Output.DICT)
    return stamp_reader.read_values(image, stamp_reader.words(data))


def test_field_reader_on_a_coloured_stamp():
    """5129-QD-UBND_office: violet stamp ink separated by colour, the values over body print."""
    import cv2

    values = _read(cv2.imread(str(STAMPS / "5129-QD-UBND_office.png"), cv2.IMREAD_GRAYSCALE))
    assert values["number"][0] == "6012"
    assert values["date"][0] == "28/11/2008"


def test_grey_stamp_found_by_its_frame_and_read():
    """28-CT-TW_photocopy: a grey photocopy, where colour cannot tell the stamp from the print; its frame
    does. Tesseract reads neither "Số" nor "Ngày" there: the rows are placed beside "ĐẾN" and the printed
    labels cut off the strips."""
    import cv2

    from pipeline import stamp_reader

    page = cv2.imread(str(STAMPS / "28-CT-TW_photocopy.png"), cv2.IMREAD_GRAYSCALE)
    (region,) = stamp_reader.grey_stamps(page, zone=1.0)
    x, y, w, h = region.box
    assert 1.6 < w / h < 2.6 and w > 0.6 * page.shape[1]
    values = _read(region.image)
    assert values["number"][0] == "315"
    assert values["date"][0] == "29/12/2023"


def test_no_frame_no_grey_stamp():
    import numpy as np

    from pipeline import stamp_reader

    page = np.full((800, 600), 255, np.uint8)
    page[100:104, 50:550] = 0  # an underline is no frame
    page[200:500, 100:103] = 0  # nor one upright rule
    assert stamp_reader.grey_stamps(page) == []


def test_a_grey_stamp_read_twice_is_one_receipt():
    from pipeline.types import Receipt

    ink = [Receipt(page=1, office=None, arrival_number="315", arrival_date="2023-12-29")]
    body = [Receipt(page=1, office="TỈNH ỦY QUẢNG NGÃI", arrival_number="56315", arrival_date=None),
            Receipt(page=2, arrival_number="12")]
    merged = stamp.merge_receipts(ink, body)
    assert [(r.page, r.office, r.arrival_number, r.arrival_date) for r in merged] == [
        (1, "TỈNH ỦY QUẢNG NGÃI", "315", "2023-12-29"), (2, None, "12", None)]


def test_dark_neutral_pen_read_whole_not_hollow():
    """1481-BYT-BMTE_clean (a palette scan): the date's pen is dark and almost neutral, its colour left
    only on the strokes' edges. Its cores, outlined by the ink mask and without print's black, stay ink."""
    import numpy as np
    from PIL import Image

    from pipeline import preprocess, stamp_reader

    crop = Image.open(STAMPS / "1481-BYT-BMTE_clean_page.png")
    page = Image.new("RGB", (2480, 3508), "white")  # the page's own scale (stamp size in mm)
    page.paste(crop, (760, 10))
    _, regions = preprocess.split_ink(*preprocess.page_arrays(page))
    (region,) = [r for r in regions if r.framed]
    image = stamp_reader.level(region.image)
    # the date's strokes are solid: the middle of its row is mostly dark, not outlines around white
    row = image[int(0.5 * image.shape[0]):int(0.6 * image.shape[0]), int(0.52 * image.shape[1]):int(0.8 * image.shape[1])]
    assert np.count_nonzero(row < 128) > 2 * np.count_nonzero((row >= 128) & (row < 230))
    values = _read(region.image)
    assert values["number"][0] == "1236"
    assert values["date"][0] == "17/3/2025"


def _framed_region(name: str, at: tuple[int, int]):
    """The framed ink region of a page crop pasted where it was on its A4 page (300 dpi)."""
    from PIL import Image

    from pipeline import preprocess

    page = Image.new("RGB", (2480, 3508), "white")  # the page's own scale (stamp size in mm)
    page.paste(Image.open(STAMPS / name), at)
    _, regions = preprocess.split_ink(*preprocess.page_arrays(page))
    (region,) = [r for r in regions if r.framed]
    return region


def _read_as_ocr(image):
    """The field reader as :func:`pipeline.ocr.read_stamp_regions` runs it (its sparse reading's words)."""
    from pipeline import ocr, stamp_reader

    image = stamp_reader.level(image)
    return stamp_reader.read_values(image, stamp_reader.words(ocr._data(image, ocr.BODY_LANG, ocr.STAMP_CONFIG)))


def test_dark_neutral_pen_kept_inside_a_receipt_stamp_frame():
    """2864-LDTBXH-NCC_phone: the clerk's pen is dark and colourless (chroma ~8) and its edges carry no
    colour either, so the ink mask does not even outline it. Inside the stamp's frame the neutral dark
    blobs without print's black core are kept as the pen; the body print (blacker) still goes."""
    import numpy as np

    from pipeline import stamp_reader

    region = _framed_region("2864-LDTBXH-NCC_phone_page.jpg", (650, 440))
    image = stamp_reader.level(region.image)
    h, w = image.shape
    number = image[int(0.28 * h):int(0.38 * h), int(0.47 * w):int(0.62 * w)]  # "3310", solid, not outlines
    assert np.count_nonzero(number < 128) > np.count_nonzero((number >= 128) & (number < 230))
    values = _read_as_ocr(region.image)
    # "Số:" lies under the body's "động tại" and is not read: the strip begins after that word of letters
    assert values["number"][0] == "3310"


def test_values_placed_by_the_form_in_the_frame_when_no_label_is_read():
    """28-CT-TW_photocopy with no words at all: the frame alone places the rows (Phụ lục IV's layout)."""
    import cv2

    from pipeline import stamp_reader

    page = cv2.imread(str(STAMPS / "28-CT-TW_photocopy.png"), cv2.IMREAD_GRAYSCALE)
    (region,) = stamp_reader.grey_stamps(page, zone=1.0)
    image = stamp_reader.level(region.image)
    x0, y0, x1, y1 = stamp_reader.frame(image)
    assert 1.8 < (x1 - x0) / (y1 - y0) < 2.4
    values = stamp_reader.read_values(image, [])
    assert values["number"][0] == "315"
    assert values["date"][0] == "29/12/2023"


def test_a_label_far_from_the_form_is_dropped():
    import numpy as np

    from pipeline import stamp_reader
    from pipeline.stamp_reader import Box

    image = np.full((300, 600), 255, np.uint8)
    image[20:24, 20:580] = image[276:280, 20:580] = 0  # the frame's edges
    image[20:280, 20:24] = image[20:280, 576:580] = 0
    form = stamp_reader.form_labels(stamp_reader.frame(image))
    near = Box(form["so"].x + 5, form["so"].y + 3, 20, 18)
    far = Box(40, 240, 20, 18)  # a "Số" of "Số và ký hiệu HS" (or print) near the bottom
    assert stamp_reader.placed({"so": near}, image) == {"so": near}
    assert stamp_reader.placed({"so": far}, image) == form
    assert stamp_reader.frame(np.full((300, 600), 255, np.uint8)) is None


def test_strip_cut_to_the_handwriting():
    import numpy as np

    from pipeline.stamp_reader import _main_run

    ink = np.zeros((40, 400), np.uint8)
    ink[5:35, 10:30] = ink[5:35, 40:60] = ink[5:35, 70:90] = 255  # three digits, narrow gaps
    ink[10:20, 300:310] = 255  # print's remnant beyond a wide gap
    out = _main_run(ink, lh=20)
    assert out[:, 10:90].any() and not out[:, 100:].any()


@pytest.fixture
def tesseract_calls(monkeypatch):
    """The field reader's Tesseract calls, counted (each call: one appended 1)."""
    from pipeline import stamp_reader

    calls = []
    real = stamp_reader.tess.image_to_string
    monkeypatch.setattr(stamp_reader.tess, "image_to_string",
                        lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


def test_photocopied_pen_over_print_read_on_a_second_look(tesseract_calls):
    """65-KH-UBND_photocopy: the grey stamp lies over the subject's print, which runs into the number's
    strip; the first binarisations disagree, so the pen's grey alone (print's black taken off) and the
    darkest ink thinned are read in a second call; still short of three agreeing, the marks against
    their local darkness (:func:`pipeline.stamp_reader.evened`) in a third."""
    import cv2

    values = _read(cv2.imread(str(STAMPS / "65-KH-UBND_photocopy_stamp.png"), cv2.IMREAD_GRAYSCALE))
    assert values["number"][0] == "2135"
    assert len(tesseract_calls) == 6  # two fields, each read three times


def test_no_second_look_when_the_first_agrees(tesseract_calls):
    import cv2

    values = _read(cv2.imread(str(STAMPS / "5129-QD-UBND_office.png"), cv2.IMREAD_GRAYSCALE))
    assert values["number"][0] == "6012" and len(tesseract_calls) == 2


@pytest.mark.parametrize("lines, kind, best", [
    (["1", "1", "7315"], "number", "7315"),  # "1": the rest of the strokes lost, a vote for the whole
    (["1", "1", "845"], "number", "1"),  # not a part of the other reading: it stands
    (["12", "12", "4599"], "number", "12"),
    (["4/6", "24/6", "24/6"], "date", "24/6"),
])
def test_vote_a_partial_reading_counts_for_the_whole(lines, kind, best):
    from pipeline.stamp_reader import vote

    assert vote(lines, kind)[0] == best


def test_vote_bare_digits_of_a_date_need_two_readings():
    from pipeline.stamp_reader import vote

    assert vote(["125", "2810", "2410"], "date") == []  # one reading each: no guess
    assert vote(["93", "33", "33"], "date") == ["33"]
    assert vote(["2810", "24/10"], "date") == ["24/10"]


def _receipt(name: str, issued: date):
    """A stamp crop read as the pipeline reads a page's stamp region, its receipt for a document issued on
    ``issued``."""
    import cv2

    from pipeline import ocr, preprocess

    image = cv2.imread(str(STAMPS / name), cv2.IMREAD_GRAYSCALE)
    region = preprocess.InkRegion(box=(0, 0, image.shape[1], image.shape[0]), image=image, hue="grey",
                                  roundness=0.0)
    (rec,), _ = stamp.read_stamp(ocr.read_stamp_regions([region]), context_date=issued)
    return rec


def test_short_date_whose_italic_slash_is_lost():
    """478-LDTBXH-TE_photocopy: "3/3" by hand, the slash short and italic; every binarisation reads "33"
    or "93". The digits split into a day and a month, the one nearest the issue date (28/2/2022) taken."""
    rec = _receipt("478-LDTBXH-TE_photocopy_stamp.png", date(2022, 2, 28))
    assert (rec.arrival_number, rec.arrival_date) == ("1092", "2022-03-03")


@pytest.mark.parametrize("digits,issued,iso", [
    ("33", date(2022, 2, 28), "2022-03-03"),
    ("112", date(2025, 1, 30), "2025-02-11"),  # 1/12 or 11/2: the one near the issue date
    ("112", date(2025, 11, 28), "2025-12-01"),
    ("2352012", date(2012, 5, 18), "2012-05-23"),  # the year read too
    ("18", date(2025, 3, 14), None),  # 1/8: months after the issue, no guess
    ("420", date(2025, 3, 14), None),  # no valid day and month
    ("33", None, None),  # no issue date: no year to give
])
def test_slashless_date_split(digits, issued, iso):
    (rec,), _ = stamp.read_stamp("x\n" + stamp.FIELDS_SEP + "Ngày: " + digits, context_date=issued)
    assert rec.arrival_date == iso


def test_number_read_whole_beats_a_partial_at_equal_votes():
    """65-KH-UBND_photocopy, the whole framed stamp: print over the pen; the first look reads "8" and
    "2138", the second (the pen's grey alone) "2135" twice. "8" is a part of "2138" and votes for it, so
    both have two votes: the one read whole twice wins."""
    rec = _receipt("65-KH-UBND_photocopy_region.png", date(2025, 3, 31))
    assert rec.arrival_number == "2135"


def test_blurred_date_read_in_its_dark_cores():
    """1481-BYT-BMTE_phone: "18/3" by hand, blurred on a phone's photo: the slash's grey rim joins the
    "1", "8" and "3", and every binarisation reads a part ("18", "420", "108"). Only the darkest of the
    marks (below the 40th and 50th percentile of their grey) part them; read in a call of their own, both
    read "183", which splits into 18/3 near the issue date (14/3/2025)."""
    rec = _receipt("1481-BYT-BMTE_phone_stamp.png", date(2025, 3, 14))
    assert (rec.arrival_number, rec.arrival_date) == ("812", "2025-03-18")


def test_photocopied_date_under_print_read_with_the_print_painted_out():
    """65-KH-UBND_photocopy, the whole framed stamp: "2/4/2025" written over the bold subject line
    ("Triển khai thực hiện …"); in the copy the pen is a grey, the print black, and where they cross all
    is black: every binarisation reads "6", "/" or "3". With the print's black painted over from around it
    (the pen's strokes go on through the letters) the script model reads "2/4/2025" (and "2/3/2025", a
    month before the issue, which the date's plausibility drops)."""
    rec = _receipt("65-KH-UBND_photocopy_region.png", date(2025, 3, 31))
    assert (rec.arrival_number, rec.arrival_date) == ("2135", "2025-04-02")


def test_photocopied_number_under_print_read_with_the_print_painted_out():
    """494-NQ-UBTVQH13_photocopy: "4471" over the bold title's capitals ("VỀ KẾT QUẢ …"): the first
    looks read "5" and "4"; with the print painted out, "4471"."""
    rec = _receipt("494-NQ-UBTVQH13_photocopy_region.png", date(2012, 5, 18))
    assert rec.arrival_number == "4471"


def _receipts_moved(name: str, issued: date) -> list:
    """The receipts of a stamp crop turned a little and padded a little (the reader levels and cuts it
    again), as the page's own turn and the stamp's crop vary."""
    import cv2

    from pipeline import ocr, preprocess

    image = cv2.imread(str(STAMPS / name), cv2.IMREAD_GRAYSCALE)
    moved = [preprocess.rotate(image, turn) for turn in (-1.0, -0.5, 0.3, 0.6, 1.0)]
    moved += [image, cv2.copyMakeBorder(image, 4, 4, 4, 4, cv2.BORDER_CONSTANT, value=255), image[:, 4:]]
    out = []
    for im in moved:
        region = preprocess.InkRegion(box=(0, 0, im.shape[1], im.shape[0]), image=im, hue="grey", roundness=0.0)
        (rec,), _ = stamp.read_stamp(ocr.read_stamp_regions([region]), context_date=issued)
        out.append(rec)
    return out


def test_photocopied_date_across_print_read_with_the_print_grey():
    """494-NQ-UBTVQH13_photocopy: "23/5/2012" by hand over "PHÁP LUẬT" (a 23-line bold title). On the copy
    the pen is a grey (36), the print black (0), and black where they cross. Painted white from its rim,
    the print took the 2's foot (on the U's serif) and the 5's bowl (under the T's bar) with it, and
    painted in from its dark rim it joined the 3's tail to the 2 (read 28/5, 28/8, 23/9, 29/6, or nothing
    at all: a blotchy row Tesseract drops as noise). The pen black over the print shown grey, painted
    through the print only near the pen's own strokes, reads "23/5" in most looks; the year's "1" lay on
    a printed stem and reads 2042, 2092, 2022 …: read two ways, the year is unreadable and comes from the
    resolution's date (18/5/2012). On small turns and paddings of the stamp (before: 0 of 8 right, 3 a
    wrong date) the date reads right on at least 6 of 8 and never as another date within weeks."""
    recs = _receipts_moved("494-NQ-UBTVQH13_photocopy_region.png", date(2012, 5, 18))
    dates = [r.arrival_date for r in recs]
    assert dates.count("2012-05-23") >= 6, dates
    assert not [d for d in dates if d not in (None, "2012-05-23") and d < "2012-08-01"], dates


@pytest.mark.parametrize("lines, best", [
    (["23/5/2042", "23/5/2092", "29/6"], "23/5"),  # the year read two ways: day and month stand alone
    (["23/5/2042", "23/5", "29/6"], "23/5/2042"),  # the year read one way stays (before the bare d/m)
    (["2/4/2026", "2/3/2028"], "2/4/2026"),  # one reading each: nothing to take apart
])
def test_vote_a_year_read_two_ways_is_unreadable(lines, best):
    from pipeline.stamp_reader import vote

    assert vote(lines, "date")[0] == best


def test_a_year_read_two_ways_comes_from_the_document():
    """The reader's candidates for 494-NQ-UBTVQH13_photocopy's date as the grey looks read them: the
    year unreadable, the day and month first, the year the resolution's (18/5/2012); not 29/6, a wrong
    date the plausibility would let through."""
    from pipeline.stamp_reader import as_text, vote

    fields = as_text({"date": vote(["23/5/2042", "23/5/2092", "29/6"], "date")})
    (rec,), _ = stamp.read_stamp("x\n" + stamp.FIELDS_SEP + fields, context_date=date(2012, 5, 18))
    assert rec.arrival_date == "2012-05-23"



@pytest.mark.parametrize("dates, iso", [
    # 65-KH-UBND_photocopy (issued 31/3/2025), as the reader read it with a lighter binarisation: the
    # misread year lands eleven months on; the reading within weeks of the issue is taken
    ("2/3/2026 | 2/4/2025", "2025-04-02"),
    ("2/3/2025 | 2/3/2026", "2026-03-02"),  # nothing near: the first plausible one still stands
    ("2/3/2025 | 1/2/2025", None),  # both before the issue
])
def test_date_within_weeks_of_the_issue_preferred(dates, iso):
    (rec,), _ = stamp.read_stamp("x\n" + stamp.FIELDS_SEP + "Ngày: " + dates, context_date=date(2025, 3, 31))
    assert rec.arrival_date == iso


def test_values_read_on_the_stamps_ink_alone():
    """8794-VPCP-KGVX_office: the body's "Số: 8794/VPCP-KGVX" and "V/v …" lines run through the stamp, black
    print across the clerk's blue pen. Painted white in the stamp's image, the print leaves its grey
    anti-aliased rim: outlines of letters ("Thông", "xác") that read as strokes of the digits. The values
    are read on the stamp's ink alone (the print and its rim taken out by colour, the strokes it cut
    joined again); the labels and the office's name are still read on the stamp's image."""
    import numpy as np

    image, pen = _stamp_8794()
    assert pen is not None and pen.shape == image.shape  # turned with the page, like the image
    # the rim's grey outlines mostly gone; the pen's dark strokes kept, in the same place (the letters
    # across the pen that the JPEG tinted blue are dark in the image too: painted over in the pen's image
    # (:func:`pipeline.preprocess.print_across_pen`), they leave a soft grey edge: 0.61 of the image's
    # grey, 0.89 of its dark kept; before it, 0.47 and 0.98)
    assert np.count_nonzero((pen >= 120) & (pen < 200)) < 0.65 * np.count_nonzero((image >= 120) & (image < 200))
    assert np.count_nonzero((image < 100) & (pen < 100)) > 0.85 * np.count_nonzero(image < 100)
    # the date, "24/10" by hand over "xác nhận", read on most small turns of the stamp (on the stamp's
    # image with the rim: on none of them)
    dates = [(values.get("date") or [""])[0].replace("/", "") for values in _read_turned(image, pen)]
    assert dates.count("2410") >= 3, dates


def _stamp_8794():
    """The receipt stamp of 8794-VPCP-KGVX_office as the page's preparation cuts it out (image, pen)."""
    from PIL import Image

    from pipeline import preprocess

    page = Image.new("RGB", (2480, 3508), "white")  # the page's own scale and place (its skew: 1.7°)
    page.paste(Image.open(STAMPS / "8794-VPCP-KGVX_office_page.png"), (256, 328))
    (region,) = [r for r in preprocess.prepare(page).ink if r.framed]
    return region.image, region.pen


def _read_turned(image, pen, turns=(-0.5, -0.2, 0.0, 0.5, 1.0)):
    """The field reader's values on the stamp turned a little (levelled again, as the reader does)."""
    from pipeline import ocr, preprocess, stamp_reader

    out = []
    for turn in turns:
        im, pn = (preprocess.rotate(x, turn) if turn else x for x in (image, pen))
        angle = stamp_reader.skew(im)
        im, pn = stamp_reader.level(im, angle), stamp_reader.level(pn, angle)
        out.append(stamp_reader.read_values(im, stamp_reader.words(ocr._data(im, ocr.BODY_LANG, ocr.STAMP_CONFIG)), pn))
    return out


def test_print_across_the_pen_painted_over():
    """8794-VPCP-KGVX_office: the number "7315" is written over "Thông" of the body's "V/v …" line; the
    JPEG tinted the print's letters there with the pen's blue, so they stayed in the pen's image: the
    "ô" closed the 3's lower bowl and joined it to the 7, "n"/"g" clung to the foot of the 1 (read
    7945, 7915, 7345). Seen through the pen's own colour, print across the pen is a thin black line on
    the pen's mid grey; painted over from the pen around it, the number reads right on most small turns
    (before: on none of them)."""
    import cv2
    import numpy as np

    from pipeline import preprocess

    image, pen = _stamp_8794()
    numbers = [(values.get("number") or [""])[0] for values in _read_turned(image, pen)]
    assert numbers.count("7315") >= 3, numbers
    # a coloured pen on paper alone is left as it is (its own strokes have paper around them)
    blue = np.full((60, 120, 3), 250, np.uint8)
    blue[20:40, 10:110] = (60, 60, 160)
    grey = cv2.cvtColor(blue, cv2.COLOR_RGB2GRAY)
    assert np.array_equal(preprocess.print_across_pen(grey, blue, 1.0), grey)


def _stamp_217():
    """The receipt stamp of 217-CD-TTg_phone as the page's preparation cuts it out (image, pen)."""
    from PIL import Image

    from pipeline import preprocess

    page = Image.new("RGB", (2481, 3508), "white")  # the page's own scale and place
    page.paste(Image.open(STAMPS / "217-CD-TTg_phone_page.png"), (370, 465))
    (region,) = [r for r in preprocess.prepare(page).ink if r.framed]
    return region.image, region.pen


def test_faint_digit_read_against_its_own_darkness():
    """217-CD-TTg_phone: "8805" in a near-black pen on a phone's photo, its second "8" written smaller and
    lighter than the rest. Every threshold for the whole strip either loses it or swells it into its
    neighbours: the first looks read "8806", "8505", "8305", "8205" and never "8805". Each mark against
    the darkest ink near it (:func:`pipeline.stamp_reader.evened`) cuts the light "8" as thin as the
    others: "8805" read on most small turns of the stamp (without that look: on none of them)."""
    from pipeline import stamp_reader

    image, pen = _stamp_217()
    # no upright edge of this frame survives the levelling: its long edges' ends place it (not the middle
    # of the crop, which cut the first digit off the number's strip)
    x0, y0, x1, y1 = stamp_reader.frame(stamp_reader.level(image))
    assert x0 < 0.06 * image.shape[1] and 1.9 < (x1 - x0) / (y1 - y0) < 2.3
    turns = (-1.0, -0.5, -0.2, 0.5, 1.0)
    numbers = [(values.get("number") or [""])[0] for values in _read_turned(image, pen, turns)]
    assert numbers.count("8805") >= 3, numbers
