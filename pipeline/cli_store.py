"""The store's commands, registered by pipeline.cli as `vanban links`, `vanban report` and `vanban serve`."""
from __future__ import annotations

import json
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

DB_HELP = "Store: an SQLAlchemy URL (default $DATABASE_URL or sqlite:///vanban.db)."
console = Console()
err = Console(stderr=True)


def _fail(message: str) -> None:
    err.print(f"[red]{message}[/red]")
    raise typer.Exit(1)


def _sqlite_path(url: str) -> Path | None:
    try:
        u = make_url(url)
    except ArgumentError:
        _fail(f"{url} is not a database URL; give one like sqlite:///vanban.db or postgresql+psycopg://user@host/db")
    if u.get_backend_name() != "sqlite":
        return None
    return Path(u.database or "")


def _open(db: Optional[str]):
    from pipeline.store import Store, default_url
    from pipeline.types import VanbanError
    url = db or default_url()
    path = _sqlite_path(url)
    if path is not None and not path.is_file():
        _fail(f"There is no store at {path}: run `vanban extract` first, or give the store with --db.")
    try:
        return Store(url)
    except VanbanError as e:
        _fail(f"{e.path} {e.reason}")


@contextmanager
def _store_holding(db: Optional[str], code: str):
    """The store opened, failing with a clerk's message unless it holds the document CODE; closed after use."""
    store = _open(db)
    try:
        if not store.find(code):
            _fail(f"No document {code} is in the store {store.url}; check the code (e.g. 1481/BYT-BMTE) or ingest it.")
        yield store
    finally:
        store.close()


def links(code: str = typer.Argument(..., help="Code of the directive, e.g. 1481/BYT-BMTE."),
          json_out: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
          db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Directive items of CODE and the documents and tasks that implement them."""
    from pipeline.link import links_for
    with _store_holding(db, code) as store:
        data = links_for(store, code)
    if json_out:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"Thực hiện {data['directive']}", show_lines=True)
    table.add_column("Mục", no_wrap=True)
    table.add_column("Nội dung chỉ đạo", ratio=2)
    table.add_column("Thực hiện bởi", ratio=2)
    for item in data["items"]:
        by = "\n".join(f"{x['document']} nhiệm vụ {x['task']} ({x['score']:.2f})"
                       f"{' — ' + ', '.join(x['lead']) if x['lead'] else ''}" for x in item["implemented_by"])
        text = item["text"] if len(item["text"]) <= 220 else item["text"][:217] + "…"
        table.add_row(item["label"], text, by or "[red]chưa có[/red]")
    console.print(table)
    for f in data["forwarded_by"]:
        console.print(f"Chuyển tiếp: [bold]{f['document']}[/bold] — giao chủ trì: {', '.join(f['lead']) or '?'}")
    for u in data["unmatched_tasks"]:
        console.print(f"[yellow]Không gắn với nội dung nào:[/yellow] {u['document']} nhiệm vụ {u['task']}")


def report(code: str = typer.Argument(..., help="Code of the directive, e.g. 1481/BYT-BMTE."),
           out: Optional[Path] = typer.Option(None, "--out", help="HTML file (default report-CODE.html)."),
           db: Optional[str] = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Write an HTML coverage report: directive items beside the tasks that implement them."""
    from pipeline.report import write_report
    with _store_holding(db, code) as store:
        path = out or Path(f"report-{re.sub(r'[^0-9A-Za-z]+', '-', code).strip('-')}.html")
        written = write_report(store, code, path)
    console.print(f"Report written to {written}")


def serve(db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
          port: int = typer.Option(8001, "--port", help="Port on 127.0.0.1.")) -> None:
    """Browse the store read-only in Datasette (SQLite stores only, opened immutable)."""
    from pipeline.store import default_url
    url = db or default_url()
    path = _sqlite_path(url)
    if path is None:
        _fail(f"`vanban serve` needs a SQLite store, and {make_url(url).render_as_string()} is "
              f"{make_url(url).get_backend_name()}; browse PostgreSQL with its own tools, or give --db sqlite:///FILE.")
    store = _open(db)  # (fails if there is no store) brings the schema to head before the file is opened immutable
    with store.engine.connect() as conn:  # an immutable reader ignores the WAL file: fold it into the database
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    cmd = [sys.executable, "-m", "datasette", "serve", "-i", str(path), "--host", "127.0.0.1", "--port", str(port)]
    console.print(f"Datasette on http://127.0.0.1:{port}/ (read-only). Ctrl-C stops it.")
    sys.stdout.flush()
    os.execv(sys.executable, cmd)  # Datasette takes this process over: signals reach it directly
