"""The committed sample scans (samples/scans) and their ground truth (samples/truth).

Fast checks, no OCR: every truth file names an existing sample and every sample has a truth; the
set covers every profile and format; a digital PDF's text layer reads back as its truth text; a
multi-page file has the page count of its truth; regenerating a sample gives the same bytes.
"""
from __future__ import annotations

import collections
import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
SCANS = ROOT / "samples" / "scans"
TRUTH = ROOT / "samples" / "truth"
SPECS = ROOT / "samples" / "specs"
PROFILES = {"clean", "office", "photocopy", "phone"}
FORMATS = {"png", "jpeg", "tiff", "pdf-image", "pdf-text"}
EXT = {"png": ".png", "jpeg": ".jpg", "tiff": ".tif", "pdf-image": ".pdf", "pdf-text": ".pdf"}
MM = 72 / 25.4


def _load_generator():
    """samples/generate.py is a script, not a package module: load it by path (once)."""
    name = "samples_generate"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "samples" / "generate.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod  # dataclasses look their module up while the file executes
        spec.loader.exec_module(mod)
    return sys.modules[name]


def _truths() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(TRUTH.glob("*.json"))}


TRUTHS = _truths()


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_every_truth_has_its_sample_and_every_sample_its_truth():
    assert len(TRUTHS) >= 15
    samples = {p.name for p in SCANS.iterdir() if p.is_file()}
    for stem, t in TRUTHS.items():
        assert t["file"] in samples, f"truth {stem}.json names {t['file']}, which is not in samples/scans"
        assert Path(t["file"]).stem == stem
        assert Path(t["file"]).suffix == EXT[t["format"]]
        assert (ROOT / t["source_document"]).is_file(), t["source_document"]
    assert samples == {t["file"] for t in TRUTHS.values()}, "a sample without a truth file"


def test_truth_schema_and_dates():
    for stem, t in TRUTHS.items():
        assert t["profile"] in PROFILES and t["format"] in FORMATS, stem
        assert [p["number"] for p in t["pages"]] == list(range(1, len(t["pages"]) + 1))
        for p in t["pages"]:
            assert p["text"].strip(), f"{stem} page {p['number']} has no text"
            assert p["page_number_printed"] in (None, str(p["page_number_printed"]))
        assert t["pages"][0]["page_number_printed"] is None
        assert t["documents"], stem
        text = "\n".join(p["text"] for p in t["pages"])
        for d in t["documents"]:
            for key in ("doc_type", "code", "number", "symbol", "issuer", "place", "issued_on", "subject",
                        "signer_name"):
                assert d.get(key), f"{stem}: document without {key}"
            dt.date.fromisoformat(d["issued_on"])
            assert d["code"].startswith(d["number"]) and d["code"].endswith(d["symbol"])
            assert d["code"] in text, f"{stem}: the code {d['code']} is not printed"
            assert d["signer_name"] in text, f"{stem}: the signer {d['signer_name']} is not printed"
        stamp = t["stamp"]
        if stamp is not None:
            assert set(stamp) == {"office", "arrival_number", "arrival_date", "year_printed", "routed_to",
                                  "file_code", "page"}
            assert stamp["page"] == 1 and stamp["arrival_number"].isdigit()
            arrival = dt.date.fromisoformat(stamp["arrival_date"])
            assert arrival >= dt.date.fromisoformat(t["documents"][0]["issued_on"]), stem
            # the stamp is a mark on the page, not part of its text
            assert stamp["office"] not in t["pages"][0]["text"].split("\n")


def test_profile_and_format_coverage():
    profiles = collections.Counter(t["profile"] for t in TRUTHS.values())
    formats = collections.Counter(t["format"] for t in TRUTHS.values())
    assert all(profiles[p] >= 2 for p in PROFILES), profiles
    assert all(formats[f] >= 2 for f in FORMATS), formats
    by_source = collections.defaultdict(set)
    for t in TRUTHS.values():
        by_source[t["source_document"]].add(t["profile"])
    seeds = {s: v for s, v in by_source.items() if "/seeds/" in s}
    assert len(seeds) == 5
    for prefix in ("samples/seeds/000_", "samples/seeds/003_"):
        assert any(len(v) >= 2 for s, v in seeds.items() if s.startswith(prefix)), prefix
    corpus = [s for s in by_source if "/corpus/" in s]
    assert len(corpus) >= 10
    corpus_types = {d["doc_type"] for t in TRUTHS.values() if "/corpus/" in t["source_document"]
                    for d in t["documents"]}
    assert {"Công văn", "Công điện", "Chỉ thị", "Quyết định", "Thông tư", "Thông báo", "Nghị quyết",
            "Kế hoạch"} <= corpus_types
    assert sum(1 for t in TRUTHS.values() if t["stamp"]) >= 10
    assert any(t["stamp"] and not t["stamp"]["year_printed"] for t in TRUTHS.values())


def test_forwarding_dispatch_holds_both_documents():
    t = TRUTHS["1471-UBND-VX_office"]
    assert [d["code"] for d in t["documents"]] == ["1471/UBND-VX", "1481/BYT-BMTE"]
    assert t["documents"][1]["attached_copy_of"] == "1481/BYT-BMTE"
    assert len(t["pages"]) >= 3
    # the attached copy starts on a fresh page with its own header and its own page numbering
    starts = [i for i, p in enumerate(t["pages"]) if "Số: 1481/BYT-BMTE" in p["text"]]
    assert starts and starts[0] >= 1 and t["pages"][starts[0]]["page_number_printed"] is None


def _page_count(path: Path) -> int:
    if path.suffix == ".pdf":
        return len(pdfium.PdfDocument(str(path)))
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


@pytest.mark.parametrize("stem", sorted(TRUTHS))
def test_page_count_matches_truth(stem):
    t = TRUTHS[stem]
    assert _page_count(SCANS / t["file"]) == len(t["pages"])


def test_raster_pages_are_a4_at_the_profile_resolution():
    dpi = {"clean": 300, "office": 200, "photocopy": 200, "phone": 150}
    for stem, t in TRUTHS.items():
        if t["format"] not in ("png", "jpeg", "tiff"):
            continue
        with Image.open(SCANS / t["file"]) as im:
            w, h = im.size
            want = (round(210 / 25.4 * dpi[t["profile"]]), round(297 / 25.4 * dpi[t["profile"]]))
            assert abs(w - want[0]) <= 2 and abs(h - want[1]) <= 2, (stem, im.size, want)
            if t["profile"] == "photocopy":
                assert im.mode == "L", stem


@pytest.mark.parametrize("stem", sorted(s for s, t in TRUTHS.items() if t["format"] == "pdf-text"))
def test_digital_pdf_text_layer_reads_back_as_truth(stem):
    t = TRUTHS[stem]
    with pdfplumber.open(SCANS / t["file"]) as pdf:
        assert len(pdf.pages) == len(t["pages"])
        for page, truth_page in zip(pdf.pages, t["pages"]):
            body = page.crop((0, 15 * MM, page.width, page.height))  # below the printed page number
            got = body.extract_text(use_text_flow=True)
            assert _squash(got) == _squash(truth_page["text"]), f"{stem} page {truth_page['number']}"
            top = _squash(page.crop((0, 0, page.width, 15 * MM)).extract_text() or "")
            assert top == (truth_page["page_number_printed"] or "")


def test_image_pdfs_have_no_text_layer():
    for stem, t in TRUTHS.items():
        if t["format"] == "pdf-image":
            with pdfplumber.open(SCANS / t["file"]) as pdf:
                assert not pdf.pages[0].chars, f"{stem} should be image-only"


def test_regenerating_a_sample_gives_the_same_bytes(tmp_path):
    gen = _load_generator()
    rc = gen.main(["--seed", "30", "--out", str(tmp_path / "scans"), "--truth", str(tmp_path / "truth"),
                   "--only", "congbot_27"])
    assert rc == 0
    t = TRUTHS["3354-VPCP-KGVX_clean"]
    fresh = tmp_path / "scans" / t["file"]
    assert fresh.read_bytes() == (SCANS / t["file"]).read_bytes()
    assert json.loads((tmp_path / "truth" / "3354-VPCP-KGVX_clean.json").read_text(encoding="utf-8")) == t


def test_another_seed_gives_other_marks_but_the_same_text(tmp_path):
    gen = _load_generator()
    assert gen.main(["--seed", "31", "--out", str(tmp_path), "--only", "congbot_27"]) == 0
    t = TRUTHS["3354-VPCP-KGVX_clean"]
    assert (tmp_path / t["file"]).read_bytes() != (SCANS / t["file"]).read_bytes()
    other = json.loads((tmp_path / "truth" / "3354-VPCP-KGVX_clean.json").read_text(encoding="utf-8"))
    assert other["pages"] == t["pages"]


def test_a_spec_that_does_not_match_its_source_is_refused_with_a_reason(tmp_path):
    gen = _load_generator()
    spec = json.loads((SPECS / "congbot_27.json").read_text(encoding="utf-8"))
    spec["documents"][0]["body"]["fix"] = [["chữ không có trong văn bản", "x"]]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(gen.SpecError, match=r"bad\.json: fix .* does not occur"):
        gen.load_spec(bad)


def test_a_multi_page_document_cannot_be_a_single_image(tmp_path):
    gen = _load_generator()
    spec = gen.load_spec(SPECS / "003-65-KH-UBND.json")
    with pytest.raises(gen.SpecError, match="one page"):
        gen.render_scan(spec, {"profile": "office", "format": "jpeg", "stamp": None}, tmp_path, 30)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("spec_path", sorted(SPECS.glob("*.json")), ids=lambda p: p.stem)
def test_layout_keeps_text_on_the_page_and_loses_no_words(spec_path):
    gen = _load_generator()
    spec = gen.load_spec(spec_path)
    lay = gen.layout_scan(spec)
    for number, page in enumerate(lay.pages, 1):
        for run in page.runs:
            right = run.x + gen.text_width(run.text.rstrip(), run.style, run.size)
            assert run.x >= gen.LEFT_COL[0] - 0.5 and right <= gen.PAGE_W - 10 * MM, (number, run.text)
            assert run.y <= gen.PAGE_H - gen.MARGIN_BOTTOM + 0.5, (number, run.text)
        header = page.anchors.get("header")
        if header:  # the issuer column never runs into the national motto column
            for run in page.runs:
                if run.y <= header["bottom"] and run.x < gen.LEFT_COL[1]:
                    assert run.x + gen.text_width(run.text, run.style, run.size) <= gen.LEFT_COL[1] + 0.5, run.text
    printed = _squash(" ".join(line for page in lay.pages for line in page.lines))
    for doc in spec["documents"]:
        for _kind, paragraph in doc["_paragraphs"]:
            assert _squash(paragraph) in printed, paragraph[:60]
        assert doc["number_line"] in printed and doc["signer"]["name"] in printed
