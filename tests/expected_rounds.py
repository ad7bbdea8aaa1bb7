"""Scoring of development documents read blind (EXPECTED.tsv beside them: doc, label, lead, coordinators), shared by
the tests of the probe rounds (gold/development/probes18) and of the real documents (gold/development/real19)."""
from __future__ import annotations

import csv
from pathlib import Path

from pipeline.batch import process_file
from pipeline.evaluate import same

_READ: dict[Path, list[dict]] = {}


def read(path: Path) -> list[dict]:
    """The documents the whole pipeline reads from a file (read once for all tests)."""
    if path not in _READ:
        _READ[path] = process_file(str(path)).get("documents", [])
    return _READ[path]


def rows(rounds: Path) -> dict[Path, list[dict]]:
    """Each document's expected rows, by the document's path (its name in `doc`, with or without its suffix), from
    the folder's EXPECTED.tsv or its subfolders'."""
    out: dict[Path, list[dict]] = {}
    for tsv in sorted([*rounds.glob("EXPECTED.tsv"), *rounds.glob("*/EXPECTED.tsv")]):
        for r in csv.DictReader(tsv.open(encoding="utf-8"), delimiter="\t"):
            doc = tsv.parent / r["doc"]
            path = doc if doc.suffix in (".txt", ".md") else next(tsv.parent.glob(f"{r['doc']}.*"))
            out.setdefault(path, []).append(r)
    return out


def score(rounds: Path, key: str) -> tuple[int, int, int]:
    """Entries right, expected and given for `key` ("lead" or "coordinators"), as `make eval` matches names."""
    right = expected = given = 0
    for path, exp in rows(rounds).items():
        tasks = {str(t["label"]): t for d in read(path) for t in d["tasks"]}
        for r in exp:
            if r["label"] == "-":
                continue
            want = [x.strip() for x in (r[key] or "").split("|") if x.strip()]
            got = list(tasks.get(r["label"], {}).get(key, []))
            used = [False] * len(got)
            for w in want:
                k = next((i for i, g in enumerate(got) if not used[i] and same("recipients", w, g)), None)
                if k is not None:
                    used[k] = True
            right += sum(used)
            expected += len(want)
            given += len(got)
    return right, expected, given


def f1(rounds: Path, key: str) -> tuple[float, float, float, int]:
    right, expected, given = score(rounds, key)
    p, r = right / given, right / expected
    return 2 * p * r / (p + r), p, r, expected


def missing_labels(rounds: Path) -> list[str]:
    missing = []
    for path, exp in rows(rounds).items():
        want = {r["label"] for r in exp if r["label"] != "-"}
        got = {str(t["label"]) for d in read(path) for t in d["tasks"]}
        missing += [f"{path.stem}: {sorted(want - got)}"] if want - got else []
    return missing
