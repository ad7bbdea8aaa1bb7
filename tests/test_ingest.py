"""Reading good files of every kind: text-layer PDF pages vs scanned pages, legacy-encoded text layers,
multi-page TIFF, text files with form feeds; sniffing by bytes."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fpdf import FPDF

from pipeline import ingest, legacy, raster

sys.path.insert(0, str(Path(__file__).parent / "data"))
from pagegen import render_page  # noqa: E402
from test_bad_input import LETTER, make_pdf, to_tcvn3  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


@pytest.mark.parametrize("head,kind", [
    (b"%PDF-1.7\n", "pdf"), (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff\xe0", "jpeg"), (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"), (b"PK\x03\x04", "zip"), (b"\xd0\xcf\x11\xe0", "ole"), ("Số: 1".encode(), "text"),
    (b"GIF89a", "gif"), (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"), (b"\x00\x00\x01\x00", "unknown"),
])
def test_sniff(head, kind):
    assert ingest.sniff(head) == kind


def test_legacy_tables_round_trip():
    vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. UÛY BAN NHAÂN DAÂN TÆNH"
    assert legacy.from_vni(vni) == ("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. "
                                    "ỦY BAN NHÂN DÂN TỈNH")
    tcvn = to_tcvn3("Cộng hòa xã hội chủ nghĩa Việt Nam").decode("latin-1")
    assert tcvn == "Céng hßa x· héi chñ nghÜa ViÖt Nam"
    assert legacy.repair(tcvn) == ("Cộng hòa xã hội chủ nghĩa Việt Nam", "TCVN3")
    assert legacy.repair("Cộng hòa xã hội chủ nghĩa Việt Nam") == ("Cộng hòa xã hội chủ nghĩa Việt Nam", None)


def test_layer_quality_check():
    assert raster.check_layer(LETTER).usable
    assert not raster.check_layer("BỘ Y TẾ").usable  # a few header words on a scan
    assert not raster.check_layer("x7 ## qz ~~ " * 60).usable  # OCR junk layer


def test_tcvn3_text_layer_converted(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Times", size=12)
    pdf.multi_cell(0, 7, to_tcvn3(LETTER).decode("latin-1"))
    pdf.output(str(tmp_path / "old.pdf"))
    r = ingest.read(tmp_path / "old.pdf")
    assert r.pages[0].method == "text-layer"
    text = r.pages[0].text
    assert "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    # TCVN3 has no capital Ủ: a capital in running text is lost, the words are not
    assert "ủy ban nhân dân tỉnh" in text.lower() and "1481/BYT-BMTE" in text and "Số: 65/KH-UBND" in text
    assert any("TCVN3" in n for n in r.notes)


def test_vni_text_file(tmp_path):
    f = tmp_path / "vni.txt"
    f.write_bytes("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\n"
                  "UÛY BAN NHAÂN DAÂN TÆNH QUAÛNG NGAÕI".encode("cp1252"))
    r = ingest.read(f)
    assert r.pages[0].text.split("\n")[2] == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_text_file_pages_split_on_form_feed(tmp_path):
    f = tmp_path / "two.txt"
    f.write_text("Trang một\fTrang hai", encoding="utf-8")
    r = ingest.read(f)
    assert [p.text for p in r.pages] == ["Trang một", "Trang hai"] and ingest.page_count(f) == 2


@pytest.mark.ocr
def test_mixed_pdf_text_page_and_scanned_page(tmp_path):
    img, _ = render_page(stamp=True, dpi=200)
    img_path = tmp_path / "scan.png"
    img.save(img_path)
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.multi_cell(0, 7, LETTER)
    pdf.add_page()
    pdf.image(str(img_path), x=0, y=0, w=210, h=297)
    pdf.output(str(tmp_path / "mixed.pdf"))
    assert ingest.page_count(tmp_path / "mixed.pdf") == 2
    r = ingest.read(tmp_path / "mixed.pdf")
    assert [p.method for p in r.pages] == ["text-layer", "ocr"]
    assert "2207/BYT" in r.pages[1].text and "3517" in r.pages[1].stamp_text
    assert r.pages[1].confidence > 70


@pytest.mark.ocr
def test_multipage_tiff(tmp_path):
    a, _ = render_page(stamp=False, dpi=200)
    b, _ = render_page(stamp=True, dpi=200, skew=1.0)
    path = tmp_path / "two.tif"
    a.save(path, save_all=True, append_images=[b], dpi=(200, 200), compression="tiff_lzw")
    assert ingest.page_count(path) == 2
    r = ingest.read(path)
    assert [p.number for p in r.pages] == [1, 2]
    assert all("Kính gửi" in p.text for p in r.pages)
    assert r.pages[1].stamp_text and not r.pages[0].stamp_text


def test_discover_single_file_and_dedup(tmp_path):
    f = make_pdf(tmp_path / "a.pdf")
    assert ingest.discover([f, tmp_path]) == [f]
