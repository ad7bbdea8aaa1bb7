"""A folder of bad files mixed with good ones: each bad file gives a VanbanError naming the file and the
reason a clerk can act on; each good one reads. Real files, made here: fpdf2 PDFs (one encrypted, one
cut short), Pillow images, a PNG header claiming 10 gigapixels, a .docx, legacy-encoded text files."""
from __future__ import annotations

import random
import struct
import sys
import unicodedata
import zipfile
import zlib
from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image

from pipeline import ingest, legacy
from pipeline.types import VanbanError

sys.path.insert(0, str(Path(__file__).parent / "data"))
from pagegen import render_page  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 65/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 31 tháng 3 năm 2025\nKẾ HOẠCH\n"
    "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025\n"
    "Thực hiện Công văn số 1481/BYT-BMTE ngày 14/3/2025 của Bộ Y tế về việc hướng dẫn công tác trẻ em "
    "năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện công tác trẻ em như sau."
)


def make_pdf(path: Path, text: str = LETTER, password: str | None = None) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=12)
    pdf.multi_cell(0, 7, text)
    if password:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    pdf.output(str(path))
    return path


def png_bomb(path: Path, w: int = 100_000, h: int = 100_000) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1000)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b""))
    return path


def to_tcvn3(text: str) -> bytes:
    inverse = {u: bytes([ord(k)]) for k, u in legacy._tcvn3().items()}
    out = b""
    for c in unicodedata.normalize("NFC", text):
        out += inverse.get(c) or inverse.get(c.lower()) or c.encode("latin-1", errors="replace")
    return out


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Word wrote it: base letters with their shape marks, tone marks as separate bytes."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for c in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", c)
        base = unicodedata.normalize("NFC", "".join(x for x in d if x not in tones))
        out.append(base + "".join(x for x in d if x in tones))
    return "".join(out).encode("cp1258")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("inbox")
    (d / "empty.pdf").write_bytes(b"")
    good_pdf = make_pdf(d / "letter.pdf")
    data = good_pdf.read_bytes()
    (d / "truncated.pdf").write_bytes(data[: len(data) // 2])
    make_pdf(d / "locked.pdf", password="secret")
    png_bomb(d / "bomb.png")
    rnd = random.Random(3)
    noise = Image.effect_noise((900, 1200), 90).convert("RGB")
    blobs = Image.new("RGB", (900, 1200))
    blobs.putdata([(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)) for _ in range(900 * 1200)])
    Image.blend(noise, blobs, 0.5).save(d / "holiday.jpg", dpi=(300, 300))
    with zipfile.ZipFile(d / "memo.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    make_pdf(d / "scan_named_wrong.jpg")
    (d / "cp1258.txt").write_bytes(to_cp1258(LETTER))
    (d / "tcvn3.txt").write_bytes(to_tcvn3(LETTER))
    (d / "utf8.md").write_text("**" + LETTER.replace("\n", "**\n", 1), encoding="utf-8")
    (d / "binary.dat").write_bytes(bytes(range(256)) * 8)
    page, _ = render_page(stamp=False)
    page.save(d / "page.png", dpi=(300, 300))
    raw = (d / "page.png").read_bytes()
    (d / "cut.png").write_bytes(raw[: len(raw) // 3])
    (d / ".hidden.txt").write_text("not for reading", encoding="utf-8")
    return d


BAD = [
    ("empty.pdf", "empty (0 bytes)"),
    ("truncated.pdf", "incomplete PDF"),
    ("locked.pdf", "is password-protected; ask the sender for an unprotected copy"),
    ("bomb.png", "too large to read safely"),
    ("holiday.jpg", "almost no readable text"),
    ("memo.docx", "Word document"),
    ("binary.dat", "not a PDF, an image or a text file"),
    ("cut.png", "damaged"),
]


def test_discover_lists_every_visible_file(folder):
    names = [p.name for p in ingest.discover([folder])]
    assert names == sorted(names)
    assert ".hidden.txt" not in names
    assert {b for b, _ in BAD} <= set(names)
    assert {"letter.pdf", "scan_named_wrong.jpg", "cp1258.txt", "tcvn3.txt", "page.png"} <= set(names)


def test_missing_path_is_named(tmp_path):
    with pytest.raises(VanbanError) as e:
        ingest.discover([tmp_path / "nowhere"])
    assert "nowhere" in str(e.value) and "not found" in e.value.reason


@pytest.mark.parametrize("name,reason", BAD)
def test_bad_file_gives_clear_error(folder, name, reason):
    with pytest.raises(VanbanError) as e:
        ingest.read(folder / name)
    assert e.value.path.endswith(name)
    assert reason in e.value.reason
    assert name in str(e.value)


def test_text_layer_pdf_reads(folder):
    r = ingest.read(folder / "letter.pdf")
    assert [p.method for p in r.pages] == ["text-layer"]
    assert "1481/BYT-BMTE" in r.pages[0].text and "Quảng Ngãi" in r.pages[0].text
    assert r.sha256 == ingest.sha256_file(folder / "letter.pdf")


def test_pdf_named_jpg_reads_and_says_so(folder):
    r = ingest.read(folder / "scan_named_wrong.jpg")
    assert r.pages[0].method == "text-layer"
    assert "Ủy ban nhân dân tỉnh" in r.pages[0].text
    assert any("PDF" in n and ".jpg" in n for n in r.notes)


@pytest.mark.parametrize("name", ["cp1258.txt", "tcvn3.txt"])
def test_legacy_text_files_convert(folder, name):
    r = ingest.read(folder / name)
    text = r.pages[0].text
    assert r.pages[0].method == "text"
    assert "Cộng hòa xã hội chủ nghĩa Việt Nam".lower() in unicodedata.normalize("NFC", text).lower()
    assert "trẻ em" in text
    assert any("converted" in n for n in r.notes)


def test_unknown_legacy_bytes_fail_clearly(tmp_path):
    f = tmp_path / "garbled.txt"
    f.write_bytes(bytes(random.Random(1).randrange(128, 256) for _ in range(3000)))
    with pytest.raises(VanbanError) as e:
        ingest.read(f)
    assert "encoding" in e.value.reason and "UTF-8" in e.value.reason


def test_markdown_reads_as_text(folder):
    r = ingest.read(folder / "utf8.md")
    assert r.pages[0].method == "text" and "Số: 65/KH-UBND" in r.pages[0].text


def test_page_counts_are_cheap_and_right(folder):
    assert ingest.page_count(folder / "letter.pdf") == 1
    assert ingest.page_count(folder / "page.png") == 1
    assert ingest.page_count(folder / "locked.pdf") == 1  # cannot tell: 1


@pytest.mark.ocr
def test_scanned_page_reads_by_ocr(folder):
    r = ingest.read(folder / "page.png")
    assert r.pages[0].method == "ocr"
    assert r.pages[0].confidence and r.pages[0].confidence > 70
    assert "2207/BYT-KHTC" in r.pages[0].text
