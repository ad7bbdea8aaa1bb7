"""OCR error rates on the sample scans: the pipeline's cleaned text against plain Tesseract.

For every ``samples/truth/<stem>.json`` with its scan in ``samples/scans/``: character and word error
rates (CER, WER: edit distance over the length of the truth, white space collapsed, both sides NFC with
one tone placement) of

* the pipeline: ``cleanup.clean(ingest.read(scan))``, and
* plain ``tesseract FILE - -l vie`` on the same pages (PDF pages rendered at 300 dpi first),

per scan profile (clean, office, photocopy, phone, digital), plus whether the receipt stamp's number and
date were read and whether every document's number and issue date survived intact.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from pipeline.textnorm import fold, normalize


def _flat(text: str) -> str:
    return " ".join(normalize(text).split())


def cer(hyp: str, ref: str) -> float:
    h, r = _flat(hyp), _flat(ref)
    return Levenshtein.distance(h, r) / max(1, len(r))


def wer(hyp: str, ref: str) -> float:
    h, r = _flat(hyp).split(), _flat(ref).split()
    return Levenshtein.distance(h, r) / max(1, len(r))


def _truth_text(truth: dict) -> str:
    return "\n".join(p.get("text", "") for p in truth.get("pages", []))


def pages_as_text(truth: dict) -> list[dict]:
    """The documents of a truth's rendered pages read as a text input is read: the pages joined by "\\f" (as the
    pipeline joins pages), cleaned as text (``cleanup.clean_text``) and parsed (``parse_text``). A render may cut a
    long body, so this, not the gold of the whole source, is what a scan's list fields are compared with."""
    from pipeline import cleanup
    from pipeline.parse import parse_text

    clean = cleanup.clean_text("\f".join(p.get("text", "") for p in truth.get("pages", [])))
    return parse_text(clean.text, receipts=clean.receipts)


def _scan_path(samples: Path, truth: dict, stem: str) -> Path | None:
    name = truth.get("file") or ""
    for cand in (samples / "scans" / Path(name).name, samples / name, Path(name)):
        if name and cand.is_file():
            return cand
    hits = sorted((samples / "scans").glob(stem + ".*"))
    return hits[0] if hits else None


def plain_tesseract_text(path: Path, lang: str = "vie") -> str:
    """What plain ``tesseract FILE - -l vie`` gives, page by page (PDFs rendered at 300 dpi)."""
    from pipeline import ingest, ocr

    with open(path, "rb") as f:
        kind = ingest.sniff(f.read(4096))
    if kind != "pdf":
        from PIL import Image, ImageSequence

        with Image.open(path) as im:
            if getattr(im, "n_frames", 1) == 1:
                return ocr.plain_tesseract(str(path), lang)
            out = []
            for frame in ImageSequence.Iterator(im):
                out.append(ocr.plain_tesseract_image(frame.convert("RGB"), lang))
            return "\n".join(out)
    from pipeline import raster

    pdf = raster.open_pdf(path)
    try:
        texts = []
        for i in range(len(pdf)):
            img = raster.render(pdf[i], 300)
            with tempfile.NamedTemporaryFile(suffix=".png") as tmp:
                img.save(tmp.name)
                texts.append(ocr.plain_tesseract(tmp.name, lang))
        return "\n".join(texts)
    finally:
        pdf.close()


def _date_in_text(iso: str, text: str) -> bool:
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return False
    f = fold(text)
    pats = [rf"ngay\s+0?{d.day}\s+thang\s+0?{d.month}\s+nam\s+{d.year}",
            rf"(?<!\d)0?{d.day}\s*/\s*0?{d.month}\s*/\s*{d.year}"]
    return any(regex.search(p, f) for p in pats)


def _code_in_text(code: str, text: str) -> bool:
    squash = regex.sub(r"\s+", "", normalize(text))
    return regex.sub(r"\s+", "", normalize(code)) in squash


def ocr_report(samples_dir: str | Path = "samples", *, limit: int | None = None,
               baseline: bool = True, parse: bool = False) -> dict[str, Any]:
    """Per profile CER/WER of the pipeline and of plain Tesseract, stamp and number/date accuracy."""
    from pipeline import cleanup, ingest

    os.environ["OMP_THREAD_LIMIT"] = "1"
    samples = Path(samples_dir)
    truths = sorted((samples / "truth").glob("*.json"))
    if limit:
        truths = truths[:limit]
    rows = []
    for tpath in truths:
        truth = json.loads(tpath.read_text(encoding="utf-8"))
        scan = _scan_path(samples, truth, tpath.stem)
        if scan is None:
            continue
        ref = _truth_text(truth)
        t0 = time.time()
        try:
            read = ingest.read(scan)
            clean = cleanup.clean(read)
            hyp, receipts = clean.text.replace("\f", "\n"), clean.receipts
        except Exception as e:  # noqa: BLE001 - a failed sample counts as all wrong
            hyp, receipts = "", []
            print(f"{scan}: {e}")
        secs = time.time() - t0
        row: dict[str, Any] = {
            "file": scan.name, "profile": truth.get("profile", "?"), "format": truth.get("format", "?"),
            "cer": cer(hyp, ref), "wer": wer(hyp, ref), "seconds": round(secs, 1),
        }
        if baseline:
            base = plain_tesseract_text(scan)
            row["cer_plain"], row["wer_plain"] = cer(base, ref), wer(base, ref)
        row["receipts"] = [[r.arrival_number, r.arrival_date, r.office] for r in receipts]
        if parse:  # the parsed documents too, so an evaluation reads each scan once
            from pipeline.parse import parse_text

            row["documents"] = parse_text(hyp, receipts=receipts) if hyp else []
            row["truth_documents"] = truth.get("documents") or []
            row["text_documents"] = pages_as_text(truth)  # the same pages read as text (list fields)
        st = truth.get("stamp")
        if st:
            row["stamp_truth"] = [st.get("arrival_number"), st.get("arrival_date"), st.get("office")]
            row["stamp_number"] = any(r.arrival_number == str(st.get("arrival_number")) for r in receipts)
            row["stamp_date"] = any(r.arrival_date == st.get("arrival_date") for r in receipts)
            row["stamp_both"] = any(r.arrival_number == str(st.get("arrival_number"))
                                    and r.arrival_date == st.get("arrival_date") for r in receipts)
        docs = truth.get("documents") or []
        row["codes_ok"] = all(_code_in_text(d["code"], hyp) for d in docs if d.get("code"))
        row["dates_ok"] = all(_date_in_text(d["issued_on"], hyp) for d in docs if d.get("issued_on"))
        rows.append(row)
    profiles: dict[str, dict[str, Any]] = {}
    for name in sorted({r["profile"] for r in rows}) + ["all"]:
        rs = [r for r in rows if name == "all" or r["profile"] == name]
        if not rs:
            continue
        agg: dict[str, Any] = {"n": len(rs)}
        for k in ("cer", "wer", "cer_plain", "wer_plain", "seconds"):
            vals = [r[k] for r in rs if k in r]
            if vals:
                agg[k] = sum(vals) / len(vals)
        stamped = [r for r in rs if "stamp_both" in r]
        agg["stamped"] = len(stamped)
        agg["stamp_ok"] = sum(r["stamp_both"] for r in stamped)
        agg["codes_ok"] = sum(r["codes_ok"] for r in rs)
        agg["dates_ok"] = sum(r["dates_ok"] for r in rs)
        profiles[name] = agg
    return {"samples": rows, "profiles": profiles}


def format_report(report: dict[str, Any], title: str = "OCR on the sample scans") -> str:
    lines = [f"{title} (CER/WER: lower is better; 'plain' = tesseract FILE - -l vie)",
             f"{'profile':<10} {'n':>3} {'CER':>7} {'plain':>7} {'WER':>7} {'plain':>7} "
             f"{'stamp':>7} {'numbers':>8} {'dates':>6} {'s/file':>7}"]
    for name, a in report.get("profiles", {}).items():
        def pct(k: str) -> str:
            return f"{100 * a[k]:6.2f}%" if k in a else "      -"
        stamp = f"{a['stamped'] and a['stamp_ok']}/{a['stamped']}" if a.get("stamped") else "-"
        lines.append(f"{name:<10} {a['n']:>3} {pct('cer')} {pct('cer_plain')} {pct('wer')} {pct('wer_plain')} "
                     f"{stamp:>7} {a['codes_ok']:>5}/{a['n']:<2} {a['dates_ok']:>3}/{a['n']:<2} "
                     f"{a.get('seconds', 0):7.1f}")
    return "\n".join(lines)


def compare_languages(samples_dir: str | Path = "samples", langs=("vie", "Vietnamese", "vie+Vietnamese"),
                      limit: int = 4) -> dict[str, dict[str, float]]:
    """Mean CER (before cleanup) and seconds per page of the pipeline's OCR for each Tesseract language,
    on the first ``limit`` single-image samples."""
    from PIL import Image

    from pipeline import ingest, ocr

    samples = Path(samples_dir)
    cers: dict[str, list[float]] = {lang: [] for lang in langs}
    secs: dict[str, float] = {lang: 0.0 for lang in langs}
    for tpath in sorted((samples / "truth").glob("*.json")):
        truth = json.loads(tpath.read_text(encoding="utf-8"))
        if truth.get("format") not in ("png", "jpeg") or len(cers[langs[0]]) >= limit:
            continue
        scan = _scan_path(samples, truth, tpath.stem)
        if scan is None:
            continue
        with Image.open(scan) as im:
            img = ingest._to_dpi(im.convert("RGB"), im.info.get("dpi"), 300)
        ref = _truth_text(truth)
        for lang in langs:
            t0 = time.time()
            cers[lang].append(cer(ocr.ocr_image(img, lang=lang, stamps=False).text, ref))
            secs[lang] += time.time() - t0
    return {lang: {"cer": sum(v) / len(v), "seconds": secs[lang] / len(v)} for lang, v in cers.items() if v}
