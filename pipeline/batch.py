"""Batch ingestion: files → read → clean → parse → JSON per input file + rows in the store.

Files are spread over a process pool (Tesseract's own threads limited to one so they do not fight the
pool); results are streamed into the store one transaction per file, and each JSON is written atomically, so
a run killed at any point (even kill -9) is resumed by running it again: files whose sha256 is already stored
and whose JSON exists are skipped, nothing is duplicated and nothing is half-written.
"""
from __future__ import annotations

import json
import os
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from pipeline.types import VanbanError

os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass
class Summary:
    files: int = 0
    skipped: int = 0
    pages: int = 0
    documents: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.files} files ({self.skipped} already stored), {self.pages} pages, {self.documents} documents, "
                f"{len(self.errors)} errors, {self.seconds:.1f} s")


def process_file(path: str) -> dict[str, Any]:
    """One file, in a worker: the JSON-ready result, or {"error": reason} for a clerk."""
    from pipeline import cleanup, ingest
    from pipeline.parse import parse_text

    try:
        read = ingest.read(path)
        clean = cleanup.clean(read)
        docs = parse_text(clean.text, receipts=clean.receipts)
        if not any(d.get("code") or d.get("issued_on") or d.get("issuer") for d in docs):
            raise VanbanError(str(path), "does not look like an official document: no number, issuer or date of "
                                         "issue was found; check that it is the right file and that the scan is legible")
        confs = [p.confidence for p in read.pages if p.confidence is not None]
        return {
            "source": str(path), "sha256": read.sha256, "pages": len(read.pages),
            "ocr_confidence": round(sum(confs) / len(confs), 1) if confs else None,
            "methods": sorted({p.method for p in read.pages}),
            "documents": docs,
        }
    except VanbanError as e:
        return {"source": str(path), "error": e.reason}
    except MemoryError:
        return {"source": str(path), "error": "is too large to process in memory; split it into smaller files"}
    except Exception as e:  # noqa: BLE001 - a batch never dies because of one file
        return {"source": str(path), "error": f"could not be processed ({type(e).__name__}: {e})"}


def output_names(paths: list[Path]) -> dict[Path, str]:
    """JSON name per input: the input's stem, disambiguated only when two inputs share a stem."""
    by_stem: dict[str, list[Path]] = {}
    for p in paths:
        by_stem.setdefault(p.stem, []).append(p)
    names = {}
    for stem, group in by_stem.items():
        if len(group) == 1:
            names[group[0]] = f"{stem}.json"
            continue
        for p in group:
            ext = p.suffix.lstrip(".").lower()
            names[p] = f"{stem}.{ext}.json" if sum(q.suffix.lower() == p.suffix.lower() for q in group) == 1 \
                else f"{stem}.{p.parent.name}.{ext}.json"
    return names


def write_json(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def _died(e: BaseException) -> dict:
    return {"error": f"could not be processed: the worker stopped ({type(e).__name__})"}


class _LocalPool:
    """Files spread over a process pool on this machine."""

    def __init__(self, workers: int):
        self.pool = ProcessPoolExecutor(max_workers=workers)

    def submit(self, path: str) -> Future:
        return self.pool.submit(process_file, path)

    def next_done(self, handles) -> list[tuple[Future, dict]]:
        done, _ = wait(handles, return_when=FIRST_COMPLETED)
        out = []
        for fut in done:
            try:
                out.append((fut, fut.result()))
            except Exception as e:  # noqa: BLE001 - a worker that died (killed, out of memory)
                out.append((fut, _died(e)))
        return out

    def close(self) -> None:
        self.pool.shutdown()


class _RayPool:
    """The same per-file work on a Ray cluster (`--engine ray --address …`); results come back to this
    process, which stores them, so the store (PostgreSQL for a cluster) sees one writer."""

    def __init__(self, address: str | None, workers: int):
        try:
            import ray
        except ImportError as e:
            raise VanbanError("--engine ray", "needs the ray extra: pip install 'vanban[ray]'") from e
        self.ray = ray
        if not ray.is_initialized():
            kwargs = {"address": address} if address else {"num_cpus": workers, "include_dashboard": False}
            ray.init(ignore_reinit_error=True, log_to_driver=False,
                     runtime_env={"env_vars": {"OMP_THREAD_LIMIT": "1"}}, **kwargs)
        self.remote = ray.remote(process_file)

    def submit(self, path: str):
        return self.remote.remote(path)

    def next_done(self, handles) -> list[tuple[object, dict]]:
        ready, _ = self.ray.wait(list(handles), num_returns=1)
        out = []
        for ref in ready:
            try:
                out.append((ref, self.ray.get(ref)))
            except Exception as e:  # noqa: BLE001 - a task that died on the cluster
                out.append((ref, _died(e)))
        return out

    def close(self) -> None:
        pass


def run(inputs: list[str], out_dir: str | None, db_url: str, workers: int | None = None,
        on_event: Callable[[str, dict], None] | None = None, engine: str = "local",
        address: str | None = None) -> Summary:
    from pipeline import ingest
    from pipeline.store import Store

    t0 = time.monotonic()
    summary = Summary()
    store = Store(db_url)
    files = ingest.discover(inputs)
    names = output_names(files)
    out = Path(out_dir) if out_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    run_id = store.start_run({"inputs": [str(i) for i in inputs], "out": out_dir, "workers": workers})
    todo: dict[Path, str] = {}  # file → sha256
    for f in files:
        summary.files += 1
        try:
            sha = ingest.sha256_file(f)
        except OSError as e:
            summary.errors.append((str(f), f"cannot be opened ({e.strerror})"))
            store.record_error(str(f), None, f"cannot be opened ({e.strerror})", run_id)
            continue
        if store.has_source(sha) and (out is None or (out / names[f]).exists()):
            summary.skipped += 1
            _emit(on_event, "skipped", {"source": str(f)})
            continue
        todo[f] = sha
    _emit(on_event, "start", {"files": len(todo), "pages": sum(_pages(f) for f in todo)})
    workers = max(1, workers or os.cpu_count() or 1)
    pool = _RayPool(address, workers) if engine == "ray" else _LocalPool(workers)
    try:
        pending: dict = {}
        queue = list(todo)
        while queue or pending:
            while queue and len(pending) < workers * 2:  # bounded: memory stays flat as the batch grows
                f = queue.pop(0)
                pending[pool.submit(str(f))] = f
            for handle, result in pool.next_done(pending):
                f = pending.pop(handle)
                if "error" in result:
                    result = {"source": str(f), **result}
                    summary.errors.append((str(f), result["error"]))
                    store.record_error(str(f), todo[f], result["error"], run_id)
                    _emit(on_event, "error", result)
                    continue
                store.ingest(result, run_id)
                if out:
                    write_json(out / names[f], result)
                summary.pages += result["pages"]
                summary.documents += len(result["documents"])
                _emit(on_event, "done", result)
    finally:
        pool.close()
    summary.seconds = time.monotonic() - t0
    store.finish_run(run_id, {"files": summary.files, "skipped": summary.skipped, "pages": summary.pages,
                              "documents": summary.documents, "errors": len(summary.errors)})
    return summary


def _pages(f: Path) -> int:
    from pipeline import ingest
    try:
        return ingest.page_count(f)
    except Exception:  # noqa: BLE001 - counting is only for the progress bar
        return 1


def _emit(cb, kind, data):
    if cb:
        cb(kind, data)
