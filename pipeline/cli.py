"""`vanban`: the command line. Every command that touches the store takes --db (an SQLAlchemy URL;
default $DATABASE_URL or sqlite:///vanban.db)."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="vanban reads scanned Vietnamese official documents and keeps what it read in a store.")
err = Console(stderr=True)
out = Console()

DB_HELP = "Store: an SQLAlchemy URL (default $DATABASE_URL or sqlite:///vanban.db)."


def db_url(db: Optional[str]) -> str:
    return db or os.environ.get("DATABASE_URL") or "sqlite:///vanban.db"


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Files or folders of PDFs, images, TIFFs or text."),
    out_dir: Path = typer.Option(Path("out"), "--out", help="Folder for one JSON per input file."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", help="Processes (default: number of cores)."),
    engine: str = typer.Option("local", "--engine", help="local (a process pool) or ray (a Ray cluster)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address (with --engine ray)."),
) -> None:
    """Read, clean, parse and store every document under PATHS."""
    from pipeline import batch

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]Not found:[/red] {', '.join(missing)} — check the path and try again.")
        raise typer.Exit(2)
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"),
                        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                        console=err, transient=False)
    state = {"task": None, "t0": None, "pages": 0}

    def on_event(kind: str, data: dict) -> None:
        import time
        if kind == "start":
            state["task"] = progress.add_task("extract", total=max(1, data["pages"]), rate="")
            state["t0"] = time.monotonic()
        elif kind in ("done", "error"):
            pages = data.get("pages", 1)
            state["pages"] += pages
            minutes = max(1e-6, (time.monotonic() - state["t0"]) / 60)
            progress.update(state["task"], advance=pages, rate=f"{state['pages'] / minutes:.1f} pages/min")
            if kind == "error":
                progress.console.print(f"[red]✗[/red] {data['source']}: {data['error']}")

    with progress:
        summary = batch.run([str(p) for p in paths], str(out_dir), db_url(db), workers, on_event, engine, address)
    out.print(f"[bold]Done:[/bold] {summary.line()}. JSON in {out_dir}/, store {db_url(db)}")
    if summary.errors:
        out.print(f"[yellow]{len(summary.errors)} file(s) could not be read; the reasons are listed above and kept "
                  f"in the store's ingestion_errors table.[/yellow]")
    raise typer.Exit(min(len(summary.errors), 100))


@app.command()
def watch(
    folder: Path = typer.Argument(..., help="The office inbox folder to watch."),
    out_dir: Path = typer.Option(Path("out"), "--out", help="Folder for one JSON per input file."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", help="Processes (default: number of cores)."),
    interval: float = typer.Option(2.0, "--interval", help="Seconds between looks at the folder."),
    max_polls: int = typer.Option(0, "--max-polls", help="Stop after this many looks (0: run until Ctrl-C)."),
) -> None:
    """Ingest new files as they arrive in FOLDER, each file once (a file is taken when its size stops changing)."""
    import time

    from pipeline import batch

    if not folder.is_dir():
        err.print(f"[red]{folder}[/red] is not a folder — give the inbox folder to watch.")
        raise typer.Exit(2)
    sizes: dict[Path, int] = {}
    done: set[tuple[Path, int, float]] = set()
    polls = 0
    out.print(f"Watching {folder} (Ctrl-C to stop) …")
    try:
        while not max_polls or polls < max_polls:
            polls += 1
            ready = []
            for f in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
                st = f.stat()
                key = (f, st.st_size, st.st_mtime)
                if key in done:
                    continue
                if sizes.get(f) == st.st_size:  # unchanged since the last look: the copy is complete
                    ready.append(f)
                    done.add(key)
                sizes[f] = st.st_size
            if ready:
                summary = batch.run([str(f) for f in ready], str(out_dir), db_url(db), workers)
                for path, reason in summary.errors:
                    err.print(f"[red]✗[/red] {path}: {reason}")
                out.print(f"{time.strftime('%H:%M:%S')} {summary.line()}")
            time.sleep(interval)
    except KeyboardInterrupt:
        out.print("Stopped watching.")


@app.command()
def ocr(file: Path = typer.Argument(..., help="One PDF, image, TIFF or text file.")) -> None:
    """Print the cleaned body text of one file (receipt stamps taken out and shown separately)."""
    from pipeline import cleanup, ingest
    from pipeline.types import VanbanError

    try:
        clean = cleanup.clean(ingest.read(file))
    except VanbanError as e:
        err.print(f"[red]{e.path}[/red]: {e.reason}")
        raise typer.Exit(1)
    sys.stdout.write(clean.text.replace("\f", "\n\n") + "\n")
    for r in clean.receipts:
        err.print(f"[blue]receipt stamp[/blue]: office={r.office!r} number={r.arrival_number!r} "
                  f"date={r.arrival_date!r} routed_to={r.routed_to!r}")


@app.command()
def parse(file: Path = typer.Argument(..., help="One file."),
          provenance: bool = typer.Option(False, "--provenance", help="Keep raw text, page and span of each value.")) -> None:
    """Print the parsed documents of one file as JSON (nothing is stored)."""
    from pipeline.batch import process_file

    result = process_file(str(file))
    if "error" in result:
        err.print(f"[red]{file}[/red]: {result['error']}")
        raise typer.Exit(1)
    if not provenance:
        for d in result["documents"]:
            d.pop("provenance", None)
            for t in d.get("tasks", []):
                t.pop("provenance", None)
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


@app.command("eval")
def evaluate(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    gold: Path = typer.Option(Path("gold"), "--gold", help="Gold annotations folder."),
    scans: bool = typer.Option(True, "--scans/--no-scans", help="Also evaluate the sample scans (runs OCR)."),
    extra_scans: bool = typer.Option(True, "--extra-scans/--no-extra-scans",
                                     help="Also render samples/specs-extra now and evaluate those scans (~1-3 min)."),
    extra_out: Optional[Path] = typer.Option(None, "--extra-out", help="Keep the renders of --extra-scans here."),
    variants: bool = typer.Option(True, "--variants/--no-variants",
                                  help="Also read the development documents wrapped and with marks dropped, as OCR "
                                       "gives them (~40 s)."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the figures as JSON here."),
) -> None:
    """Field-by-field precision, recall and F1 against gold; OCR error rates; link accuracy."""
    from pipeline import evaluate as ev

    report = ev.run_all(gold_dir=gold, with_scans=scans, db=db_url(db) if db else None, console=out,
                        extra_scans=extra_scans, extra_out=extra_out, variants=variants)
    if json_out:
        json_out.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


def _register_store_commands() -> None:
    from pipeline import cli_store

    app.command("links", help="Directive items of CODE and who implements them.")(cli_store.links)
    app.command("report", help="Write an HTML coverage report for directive CODE.")(cli_store.report)
    app.command("serve", help="Open the store read-only in Datasette.")(cli_store.serve)


try:
    _register_store_commands()
except ImportError as exc:  # pragma: no cover - only while the store commands are missing
    if "cli_store" not in str(exc):
        raise


def main() -> None:
    app()


if __name__ == "__main__":
    main()
