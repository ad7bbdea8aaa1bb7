"""The HTML coverage report and the store commands (`vanban links|report|serve`) on a real SQLite store."""
from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import link
from pipeline.cli import app
from pipeline.parse import parse_text
from pipeline.report import write_report
from pipeline.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "samples" / "seeds"


def seed_result(prefix: str) -> dict:
    text = next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    return {"source": f"{prefix}.txt", "sha256": hashlib.sha256(text.encode()).hexdigest(), "pages": 1,
            "documents": parse_text(text)}


class Rows(HTMLParser):
    """Table rows of the first table with their class, and every text node."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "tr" and dict(attrs).get("class") in ("gap", "ok"):
            self.rows.append(dict(attrs)["class"])

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('report')}/report.db"
    store = Store(url)
    for p in ("000", "001", "003"):
        store.ingest(seed_result(p))
    # A plan whose task text carries markup: the report must show it as text, never as HTML.
    store.ingest({"source": "evil.txt", "sha256": "e" * 64, "pages": 1, "documents": [{
        "doc_type": "Kế hoạch", "code": "7/KH-UBND", "number": "7", "symbol": "KH-UBND",
        "issuer": "Ủy ban nhân dân tỉnh Đắk Lắk", "issued_on": "2025-04-10",
        "legal_refs": [{"type": "Công văn", "code": "1481/BYT-BMTE", "date": "2025-03-14", "issuer": "Bộ Y tế",
                        "title": None}],
        "tasks": [{"label": "1", "lead": ["Sở Y tế <b>"], "coordinators": [], "timeline": "Quý II",
                   "text": "Tiếp tục triển khai thu thập chỉ tiêu thống kê, báo cáo về tình hình trẻ em "
                           "<script>alert('x')</script> & xâm hại trẻ em"}],
        "deadlines": [{"date": "2025-11-30", "what": "Báo cáo kết quả về Sở Y tế"}]}]})
    store.close()
    return url


def test_report_items_gaps_and_escaping(db, tmp_path):
    store = Store(db)
    try:
        path = write_report(store, "1481/BYT-BMTE", tmp_path / "out" / "r.html")
        expected = link.links_for(store, "1481/BYT-BMTE")
    finally:
        store.close()
    html = path.read_text(encoding="utf-8")
    parsed = Rows()
    parsed.feed(html)
    assert len(parsed.rows) == 8  # one row per item of 1481
    gaps = [i["label"] for i in expected["items"] if not i["implemented_by"]]
    assert gaps and [c for c in parsed.rows if c == "gap"] == ["gap"] * len(gaps)  # items nobody implements
    assert "script" not in parsed.tags and "<script>" not in html and "&lt;script&gt;" in html
    text = "".join(parsed.text)
    assert "7/KH-UBND" in text and "1471/UBND-VX" in text  # implementing plan, forwarding dispatch
    assert "30/11/2025" in text and "Báo cáo kết quả về Sở Y tế" in text  # deadlines listed
    assert "Đẩy mạnh thực hiện các mục tiêu" in text  # implementing task texts side by side with the items


def test_cli_links_json_equals_links_for(db):
    r = CliRunner().invoke(app, ["links", "1481/BYT-BMTE", "--json", "--db", db])
    assert r.exit_code == 0, r.output
    store = Store(db)
    try:
        assert json.loads(r.stdout) == link.links_for(store, "1481/BYT-BMTE")
    finally:
        store.close()


def test_cli_links_table_and_report(db, tmp_path):
    r = CliRunner().invoke(app, ["links", "1481/BYT-BMTE", "--db", db])
    assert r.exit_code == 0 and "65/KH-UBND" in r.output and "1471/UBND-VX" in r.output
    out = tmp_path / "cov.html"
    r = CliRunner().invoke(app, ["report", "1481/BYT-BMTE", "--out", str(out), "--db", db])
    assert r.exit_code == 0 and out.is_file() and "<table>" in out.read_text(encoding="utf-8")


def test_cli_errors_are_sentences(db, tmp_path):
    r = CliRunner().invoke(app, ["links", "99/XYZ-ABC", "--db", db])
    assert r.exit_code == 1 and "No document 99/XYZ-ABC" in r.output
    r = CliRunner().invoke(app, ["report", "1481/BYT-BMTE", "--db", f"sqlite:///{tmp_path}/missing.db"])
    assert r.exit_code == 1 and "There is no store at" in r.output
    r = CliRunner().invoke(app, ["serve", "--db", "postgresql+psycopg://clerk@127.0.0.1/vanban"])
    assert r.exit_code == 1 and re.search(r"needs a SQLite store", r.output)


def test_serve_opens_the_store_read_only(db):
    """`vanban serve` runs Datasette on the SQLite file, immutable: reads work, writes are refused."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        body = None
        for _ in range(60):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/report/documents.json?_shape=array",
                                            timeout=2) as resp:
                    body = json.loads(resp.read())
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        assert body is not None, "Datasette did not answer within 30 s"
        assert {d["code"] for d in body} >= {"1481/BYT-BMTE", "65/KH-UBND"}
        req = urllib.request.Request(f"http://127.0.0.1:{port}/report/-/query", method="POST",
                                     data=b"sql=delete+from+documents")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(req, timeout=5)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
