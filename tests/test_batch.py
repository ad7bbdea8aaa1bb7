"""Batch ingestion end to end on text inputs: the CLI, idempotent re-runs, a batch killed with SIGKILL and
run again, bad input mixed with good, the inbox watcher, and the Ray engine."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from pipeline import batch
from pipeline.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "seeds"
CORPUS = ROOT / "samples" / "corpus"
RUN_TABLES = {"ingestion_runs", "ingestion_errors", "ingestionrun", "ingestionerror"}


def vanban(*args: str, cwd: Path = ROOT, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "COLUMNS": "200"})


def content_counts(url: str) -> dict[str, int]:
    return {k: v for k, v in Store(url).counts().items() if k not in RUN_TABLES and "run" not in k}


def seeds_dir(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    d.mkdir()
    for f in SEEDS.glob("*.txt"):
        shutil.copy(f, d / f.name)
    return d


def test_extract_writes_one_json_per_file_and_stores_each_document_once(tmp_path):
    inbox = seeds_dir(tmp_path)
    db = f"sqlite:///{tmp_path / 'v.db'}"
    r = vanban("extract", str(inbox), "--out", str(tmp_path / "out"), "--db", db, "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert "5 files" in r.stdout and "0 errors" in r.stdout
    outs = sorted(p.name for p in (tmp_path / "out").glob("*.json"))
    assert outs == sorted(f.stem + ".json" for f in SEEDS.glob("*.txt"))
    forward = json.loads((tmp_path / "out" / "001_e1bc077718118594.json").read_text(encoding="utf-8"))
    assert [d["code"] for d in forward["documents"]] == ["1471/UBND-VX", "1481/BYT-BMTE"]
    counts = Store(db).counts()
    # Six documents read, five distinct: the attached copy of 1481/BYT-BMTE merges with seed 000.
    assert counts["documents"] == 5 and counts["sources"] == 5
    # Running again adds nothing.
    r2 = vanban("extract", str(inbox), "--out", str(tmp_path / "out"), "--db", db)
    assert r2.returncode == 0 and "5 already stored" in r2.stdout
    after = content_counts(db)
    assert after == {k: counts[k] for k in after}


def test_killed_batch_resumes_to_the_same_store(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files = sorted(CORPUS.glob("*_*.md"))[:16] + sorted(SEEDS.glob("*.txt"))
    for f in files:
        shutil.copy(f, inbox / f.name)
    whole = f"sqlite:///{tmp_path / 'whole.db'}"
    assert vanban("extract", str(inbox), "--out", str(tmp_path / "o1"), "--db", whole, "--workers", "1").returncode == 0

    killed_db = tmp_path / "killed.db"
    url = f"sqlite:///{killed_db}"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "extract", str(inbox), "--out", str(tmp_path / "o2"),
                             "--db", url, "--workers", "1"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(killed_db) as c:
                stored = c.execute("select count(*) from sources").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored >= 4:
            os.killpg(proc.pid, signal.SIGKILL)
            break
    proc.wait()
    assert 4 <= stored < len(files), "the batch should have been killed part-way"
    r = vanban("extract", str(inbox), "--out", str(tmp_path / "o2"), "--db", url, "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert content_counts(url) == content_counts(whole)
    assert sorted(p.name for p in (tmp_path / "o2").glob("*.json")) == sorted(p.name for p in (tmp_path / "o1").glob("*.json"))
    assert not list((tmp_path / "o2").glob("*.tmp"))


def cp1258(text: str) -> bytes:
    """Windows-1258 keeps tone marks as combining characters after a precomposed base (ơ, ư, ă, â, ê, ô)."""
    import unicodedata

    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += (base + tones).encode("cp1258")
    return out


def make_bad_inbox(d: Path) -> dict[str, str]:
    """Bad files beside good ones; returns {file name: a word its error must contain}."""
    d.mkdir()
    shutil.copy(next(SEEDS.glob("003_*.txt")), d / "good_plan.txt")
    shutil.copy(CORPUS / "congbot_27.md", d / "good_dispatch.md")
    (d / "empty.pdf").write_bytes(b"")
    (d / "truncated.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    (d / "noise.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    with zipfile.ZipFile(d / "letter.docx", "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    (d / "legacy.txt").write_bytes(cp1258("BỘ Y TẾ\nSố: 12/BYT-BMTE\nV/v công tác trẻ em năm 2025\n"
                                          "Hà Nội, ngày 14 tháng 3 năm 2025\nKính gửi: Sở Y tế các tỉnh\n"))
    (d / "README.txt").write_text("Thư mục này chứa các văn bản đến trong ngày.\n", encoding="utf-8")
    return {"empty.pdf": "empty", "truncated.pdf": "", "noise.png": "", "letter.docx": "", "README.txt": "not look like"}


def test_bad_input_is_reported_and_the_batch_goes_on(tmp_path):
    expected = make_bad_inbox(tmp_path / "inbox")
    db = f"sqlite:///{tmp_path / 'v.db'}"
    r = vanban("extract", str(tmp_path / "inbox"), "--out", str(tmp_path / "out"), "--db", db)
    text = r.stdout + r.stderr
    assert r.returncode == len(expected), text
    for name, word in expected.items():
        line = next((ln for ln in text.splitlines() if name in ln), "")
        assert line and word in line.lower(), f"{name}: {line!r}"
        assert "Traceback" not in text
    store = Store(db)
    counts = store.counts()
    assert counts["sources"] == 3  # the two good files and the legacy-encoded text, converted
    assert counts["ingestion_errors"] == len(expected)
    assert {p.stem for p in (tmp_path / "out").glob("*.json")} == {"good_plan", "good_dispatch", "legacy"}
    legacy = json.loads((tmp_path / "out" / "legacy.json").read_text(encoding="utf-8"))
    assert legacy["documents"][0]["code"] == "12/BYT-BMTE"
    assert legacy["documents"][0]["recipients"] == ["Sở Y tế các tỉnh"]


def test_watch_ingests_new_files_once(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db = f"sqlite:///{tmp_path / 'w.db'}"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "watch", str(inbox), "--out", str(tmp_path / "out"),
                             "--db", db, "--interval", "0.5", "--max-polls", "40", "--workers", "1"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.5)
    shutil.copy(next(SEEDS.glob("003_*.txt")), inbox / "plan.txt")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (tmp_path / "out" / "plan.json").exists():
        time.sleep(0.5)
    assert (tmp_path / "out" / "plan.json").exists()
    time.sleep(2)  # more looks at the folder: the same file is not taken again
    proc.send_signal(signal.SIGINT)
    proc.communicate(timeout=60)
    assert Store(db).counts()["sources"] == 1
    assert Store(db).counts()["documents"] == 1


def test_output_names_are_disambiguated_only_on_clashes(tmp_path):
    a, b, c = tmp_path / "x" / "scan.pdf", tmp_path / "x" / "scan.png", tmp_path / "y" / "other.png"
    names = batch.output_names([a, b, c])
    assert names[c] == "other.json"
    assert names[a] != names[b] and names[a].startswith("scan") and names[b].startswith("scan")


@pytest.mark.postgres
def test_ray_engine_stores_into_postgresql(pg_database, tmp_path):
    pytest.importorskip("ray")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[2:5]:
        shutil.copy(f, inbox / f.name)
    summary = batch.run([str(inbox)], str(tmp_path / "out"), pg_database, workers=2, engine="ray")
    assert summary.errors == [] and summary.documents == 3
    counts = Store(pg_database).counts()
    assert counts["documents"] == 3 and counts["sources"] == 3
    import ray
    ray.shutdown()
