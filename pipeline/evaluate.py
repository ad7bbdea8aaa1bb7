"""Evaluation against gold annotations, field by field (precision, recall, F1).

Exact match after normalisation (case, diacritics placement, punctuation, white space) for short fields; a
fuzzy match (rapidfuzz ratio ≥ 90 on the normalised text) for long text: subjects, task texts, list entries.
Gold files carry "split": "dev" (tuned on) or "check" (held back); both are reported.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import regex
from rapidfuzz import fuzz

from pipeline.textnorm import fold, normalize

HEADER_FIELDS = ["code", "doc_type", "issuer", "issuer_parent", "place", "issued_on", "subject", "signer_name"]
LIST_FIELDS = ["recipients", "distribution", "legal_refs", "task_labels", "task_leads", "task_coordinators", "deadlines"]
FUZZY = {"subject", "recipients", "distribution", "task_leads", "task_coordinators"}
THRESHOLD = 90


def norm(value: Any) -> str:
    if value is None:
        return ""
    s = fold(normalize(str(value)))
    s = regex.sub(r"[^\p{L}\p{N}/ -]+", " ", s)
    return " ".join(s.split())


def same(field: str, a: Any, b: Any) -> bool:
    if field in ("task_leads", "task_coordinators"):
        # "label: name": the task's label exactly, the name fuzzily ("4: Bộ Quốc phòng" is no "5: Bộ Quốc phòng")
        (la, _, xa), (lb, _, xb) = str(a).partition(": "), str(b).partition(": ")
        return norm(la) == norm(lb) and same("recipients", xa, xb)
    na, nb = norm(a), norm(b)
    if not na or not nb:
        return False
    if field in FUZZY:
        return fuzz.ratio(na, nb) >= THRESHOLD
    return na == nb


def _values(doc: dict, field: str) -> Any:
    if field == "signer_name":
        return (doc.get("signer") or {}).get("name")
    if field == "task_labels":
        return [str(t.get("label")) for t in doc.get("tasks") or []]
    if field in ("task_leads", "task_coordinators"):
        key = "lead" if field == "task_leads" else "coordinators"
        return [f"{t.get('label')}: {name}" for t in doc.get("tasks") or [] for name in t.get(key) or []]
    if field == "legal_refs":
        return [r.get("code") or f"{r.get('type')} {r.get('title')}" for r in doc.get("legal_refs") or []]
    if field == "deadlines":
        return [d.get("date") for d in doc.get("deadlines") or []]
    return doc.get(field)


def match_list(field: str, pred: Iterable[Any], gold: Iterable[Any]) -> tuple[list, list, int]:
    """Entries of ``gold`` no entry of ``pred`` matches, entries of ``pred`` left over, and the number matched
    (each entry matched once, in order)."""
    pred, gold = list(pred or []), list(gold or [])
    used = [False] * len(pred)
    missed = []
    for g in gold:
        hit = next((i for i, p in enumerate(pred) if not used[i] and same(field, p, g)), None)
        if hit is None:
            missed.append(g)
        else:
            used[hit] = True
    return missed, [p for p, u in zip(pred, used) if not u], used.count(True)


class Counter:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add_single(self, field: str, pred: Any, gold: Any) -> None:
        if gold in (None, "", []):
            if pred not in (None, "", []):
                self.fp += 1
            return
        if same(field, pred, gold):
            self.tp += 1
        else:
            self.fn += 1
            if pred not in (None, "", []):
                self.fp += 1

    def add_list(self, field: str, pred: Iterable[Any], gold: Iterable[Any]) -> None:
        missed, extra, hits = match_list(field, pred, gold)
        self.tp += hits
        self.fn += len(missed)
        self.fp += len(extra)

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "n": self.tp + self.fn}


def align(pred_docs: list[dict], gold_docs: list[dict]) -> list[tuple[dict | None, dict]]:
    """Pair each gold document with the predicted one of the same code, else the same position."""
    pairs, used = [], set()
    for i, g in enumerate(gold_docs):
        j = next((k for k, p in enumerate(pred_docs) if k not in used and g.get("code") and norm(p.get("code")) == norm(g.get("code"))), None)
        if j is None and i < len(pred_docs) and i not in used:
            j = i
        if j is not None:
            used.add(j)
        pairs.append((pred_docs[j] if j is not None else None, g))
    return pairs


def score(pairs: Iterable[tuple[dict | None, dict]], fields: list[str] | None = None) -> dict[str, dict[str, float]]:
    counters: dict[str, Counter] = defaultdict(Counter)
    fields = fields or HEADER_FIELDS + LIST_FIELDS
    for pred, gold in pairs:
        pred = pred or {}
        for f in fields:
            if f in LIST_FIELDS:
                counters[f].add_list(f, _values(pred, f), _values(gold, f))
            else:
                counters[f].add_single(f, _values(pred, f), _values(gold, f))
    return {f: counters[f].scores() for f in fields}


def load_gold(gold_dir: Path | str = "gold") -> list[tuple[str, dict]]:
    out = []
    for p in sorted(Path(gold_dir).glob("*.json")):
        out.append((p.stem, json.loads(p.read_text(encoding="utf-8"))))
    return out


def text_pairs(gold: list[tuple[str, dict]], root: Path = Path("."), change=None) -> dict[str, list]:
    """Run the pipeline on each gold document's source text (or on the text ``change`` makes of it, written under the
    source's own name in a temporary folder); pairs grouped by split."""
    import tempfile

    from pipeline.batch import process_file

    by_split: dict[str, list] = defaultdict(list)
    with tempfile.TemporaryDirectory(prefix="vanban-variant-") as tmp:
        for stem, g in gold:
            path = root / g["source"]
            if change is not None:
                changed = Path(tmp) / path.name
                changed.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
                path = changed
            pred = process_file(str(path)).get("documents", [])
            by_split[g.get("split", "dev")] += align(pred, g["documents"])
    return by_split


def _truth_doc(d: dict) -> dict:
    return dict(d, signer={"name": d.get("signer_name")})


def text_pairs_for_truth(samples: Path = Path("samples")) -> list:
    """The header fields of each sample scan's source text against the scan's truth (the text baseline);
    the truth files are ``<samples>/truth/*.json``."""
    from pipeline.batch import process_file

    texts = []
    for truth_path in sorted((samples / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        src = truth.get("source_document")
        if src and Path(src).exists():
            texts += align(process_file(src).get("documents", []), [_truth_doc(d) for d in truth.get("documents", [])])
    return texts


SCAN_FIELDS = [f for f in HEADER_FIELDS if f != "issuer_parent"]
EXTRA_SPECS = Path("samples/specs-extra")
EXTRA_SEED = 17  # not the committed set's 30: other marks, other degradations


def scan_section(samples: Path, label: str, baseline: bool, say, show_differences: bool = False) -> dict[str, Any]:
    """OCR every scan of ``samples`` (truth in ``samples/truth``), parse it, score the header fields against the
    truth beside the same documents read from their source text; print both tables, the OCR error rates and,
    with ``show_differences``, every field read differently on the scan and in the text (not for the committed
    set, which holds held-back documents). The list fields (recipients, distribution, legal_refs, tasks,
    deadlines) are scored against the scan's own rendered pages read as text (a render may cut a long body):
    how much of what the parser reads in the text it still reads on the scan."""
    from pipeline import evaluate_ocr

    ocr = evaluate_ocr.ocr_report(samples, parse=True, baseline=baseline)
    scans, by_file, list_readings = [], [], []
    for row in ocr["samples"]:
        scan_docs = row.pop("documents")
        pairs = align(scan_docs, [_truth_doc(d) for d in row.pop("truth_documents")])
        scans += pairs
        by_file.append((row["file"], pairs))
        list_readings.append((row["file"], scan_docs, row.pop("text_documents")))
    texts = text_pairs_for_truth(samples)
    report = {"scans": score(scans, SCAN_FIELDS), "scans/text": score(texts, SCAN_FIELDS), "ocr": ocr}
    say(format_table(f"\nParser on {label} ({len(scans)} documents)", report["scans"]))
    say(format_table("\nThe same documents as text", report["scans/text"]))
    text_by_code = {norm(g.get("code")): p or {} for p, g in texts}
    diffs = []
    for name, pairs in by_file:
        for pred, gold in pairs:
            text = text_by_code.get(norm(gold.get("code")), {})
            for f in SCAN_FIELDS:
                on_scan, on_text = same(f, _values(pred or {}, f), _values(gold, f)), same(f, _values(text, f), _values(gold, f))
                if on_scan != on_text:
                    diffs.append(f"  {name} {f}: scan {_values(pred or {}, f)!r}, text {_values(text, f)!r}, "
                                 f"truth {_values(gold, f)!r}")
    report["differences"] = diffs
    if diffs and show_differences:
        from rich.markup import escape

        say(escape("\nFields where scan and text differ:\n" + "\n".join(diffs)))
    list_pairs = [(name, align(scan_docs, text_docs)) for name, scan_docs, text_docs in list_readings]
    report["lists/scan-vs-text"] = score([p for _, pairs in list_pairs for p in pairs], LIST_FIELDS)
    say(format_table(f"\nList fields on {label}: scan against the same pages read as text "
                     f"({sum(len(pairs) for _, pairs in list_pairs)} documents)", report["lists/scan-vs-text"]))
    if show_differences:  # never for the committed set: its texts include held-back documents
        report["list_differences"] = list_differences(list_pairs)
        if report["list_differences"]:
            from rich.markup import escape

            say(escape("\nList entries read differently on the scan and in the same pages as text:\n"
                       + "\n".join(report["list_differences"])))
    say("\n" + evaluate_ocr.format_report(ocr, f"OCR on {label}"))
    return report


def list_differences(list_pairs: Iterable[tuple[str, list[tuple[dict | None, dict]]]],
                     fields: list[str] = LIST_FIELDS) -> list[str]:
    """Per scan and list field, the entries the pages read as text have and the scan lacks ("text only") and the
    entries only the scan has ("scan only")."""
    out = []
    for name, pairs in list_pairs:
        for scan, text in pairs:
            for f in fields:
                missed, extra, _ = match_list(f, _values(scan or {}, f), _values(text, f))
                if missed:
                    out.append(f"  {name} {text.get('code')} {f}: text only {missed!r}")
                if extra:
                    out.append(f"  {name} {text.get('code')} {f}: scan only {extra!r}")
    return out


def extra_scan_section(say, specs: Path = EXTRA_SPECS, seed: int = EXTRA_SEED, keep: Path | None = None) -> dict[str, Any]:
    """Development documents the committed sample set never rendered (``samples/specs-extra``): rendered now
    by samples/generate.py into a temporary folder (or ``keep``), then read as the sample scans are."""
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix="vanban-extra-") as tmp:
        out = Path(keep or tmp)
        say(f"\nRendering the scans of {specs} (seed {seed}) into {out} …")
        subprocess.run([sys.executable, "samples/generate.py", "--seed", str(seed), "--specs", str(specs),
                        "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
        return scan_section(out, "scans of other development documents (rendered now)", False, say,
                            show_differences=True)


def format_table(title: str, scores: dict[str, dict[str, float]]) -> str:
    lines = [title, f"{'field':<18}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for f, s in scores.items():
        lines.append(f"{f:<18}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['n']:>6}")
    return "\n".join(lines)


def run_all(gold_dir: Path = Path("gold"), with_scans: bool = True, db: str | None = None, console=None,
            extra_scans: bool = True, extra_out: Path | None = None, variants: bool = True) -> dict:
    say = console.print if console else print
    report: dict[str, Any] = {}
    gold = load_gold(gold_dir)
    by_split = text_pairs(gold)
    for split, pairs in sorted(by_split.items()):
        report[f"text/{split}"] = score(pairs)
        say(format_table(f"\nParser on text input — {split} set ({len(pairs)} documents)", report[f"text/{split}"]))
    if variants:
        from pipeline import layouts

        for name, (label, change) in layouts.VARIANTS.items():
            pairs = layouts.variant_pairs(gold, change)
            report[f"variant/{name}"] = score(pairs)
            say(format_table(f"\nParser on the development documents {label} ({len(pairs)} documents; the text "
                             f"itself: the dev table above)", report[f"variant/{name}"]))
    if with_scans and Path("samples/truth").exists():
        say("\nReading the sample scans (OCR, and plain tesseract beside it) …")
        section = scan_section(Path("samples"), "the sample scans", True, say)
        report.update(section)
    if extra_scans and EXTRA_SPECS.exists():
        section = extra_scan_section(say, keep=extra_out)
        report.update({f"extra/{k}": v for k, v in section.items()})
    try:
        from pipeline import link
        links_report = link.evaluate_links_from_samples() if hasattr(link, "evaluate_links_from_samples") else None
        if links_report:
            report["links"] = links_report
            say(f"\nLinks of 65/KH-UBND to 1481/BYT-BMTE: {links_report}")
    except ImportError:
        pass
    return report
