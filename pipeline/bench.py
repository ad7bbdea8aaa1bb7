"""`make bench`: throughput and memory, as ratios in one run on this machine.

1. OCR throughput: the sample scans' pages as PNG files (colour kept: stamps and seals are part of the work); plain `tesseract PAGE - -l vie` run in parallel on
   all cores, against `vanban extract` (workers = cores) on the same pages. Ratio = pipeline pages/min ÷
   plain pages/min (cleanup, parsing and storing should be nearly free: target ≥ 0.9).
2. Text throughput: documents per second for already-OCR'd text (seeds and corpus).
3. Memory: peak resident memory of the extraction for a small and a large batch of the same pages (it must
   not grow with the batch).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def page_images(samples: Path, dest: Path, limit: int) -> list[Path]:
    """Every page of the sample scans as a PNG (PDF pages rendered at 300 dpi, TIFF frames split)."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageSequence

    from pipeline import preprocess

    out: list[Path] = []
    for f in sorted(samples.iterdir()):
        if len(out) >= limit:
            break
        ext = f.suffix.lower()
        if ext == ".pdf":
            pdf = pdfium.PdfDocument(str(f))
            for i in range(len(pdf)):
                p = dest / f"{f.stem}_p{i + 1}.png"
                pdf[i].render(scale=300 / 72).to_pil().save(p)  # in colour, as the pipeline sees it
                out.append(p)
        elif ext in {".png", ".jpg", ".jpeg", ".tif", ".tiff"}:
            with Image.open(f) as im:
                for i, frame in enumerate(ImageSequence.Iterator(im)):
                    p = dest / f"{f.stem}_p{i + 1}.png"
                    preprocess.page_image(frame).save(p)
                    out.append(p)
    return out[:limit]


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes of this one, and of theirs."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def plain_tesseract(pages: list[Path], workers: int) -> tuple[float, float]:
    """Wall seconds and CPU seconds of plain `tesseract PAGE - -l vie` over the pages, on `workers` cores."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    t0, c0 = time.monotonic(), _children_cpu()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda p: subprocess.run(["tesseract", str(p), "-", "-l", "vie"], env=env,
                                               capture_output=True, check=False), pages))
    return time.monotonic() - t0, _children_cpu() - c0


def run_extract(inputs: Path, workers: int, tmp: Path) -> tuple[float, float, float]:
    """Wall seconds, peak RSS (MiB, the largest of the main process and any worker) and CPU seconds (all
    processes: main, workers, their Tesseract runs) of one extraction."""
    db = tmp / f"bench-{time.time_ns()}.db"
    out = tmp / f"out-{time.time_ns()}"
    code = (
        "import resource, sys, time\n"
        "from pipeline import batch\n"
        "t0 = time.monotonic()\n"
        f"s = batch.run([{str(inputs)!r}], {str(out)!r}, 'sqlite:///{db}', {workers})\n"
        "dt = time.monotonic() - t0\n"
        "rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
        "print(dt, rss / 1024, len(s.errors))\n"
    )
    c0 = _children_cpu()
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    cpu = _children_cpu() - c0
    if res.returncode != 0:
        raise SystemExit(f"extraction failed during the benchmark:\n{res.stderr[-2000:]}")
    dt, rss, errors = res.stdout.strip().splitlines()[-1].split()
    return float(dt), float(rss), cpu


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=0,
                    help="pages for the OCR throughput comparison (default: every page of the sample scans)")
    ap.add_argument("--small", type=int, default=10, help="pages of the small batch (memory)")
    ap.add_argument("--large", type=int, default=200, help="pages of the large batch (memory)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        pages_dir = tmp / "pages"
        pages_dir.mkdir()
        pages = page_images(ROOT / "samples" / "scans", pages_dir, args.pages or 10**6)
        if not pages:
            raise SystemExit("no sample scans found in samples/scans: run `make samples` first")
        n = len(pages)
        print(f"OCR throughput on {n} sample pages, {args.workers} workers …", flush=True)
        t_plain, cpu_plain = plain_tesseract(pages, args.workers)
        t_pipe, rss_pages, cpu_pipe = run_extract(pages_dir, args.workers, tmp)
        figures.update(pages=n, plain_pages_per_min=round(n / t_plain * 60, 1),
                       pipeline_pages_per_min=round(n / t_pipe * 60, 1), ratio=round(t_plain / t_pipe, 3),
                       plain_cpu_s_per_page=round(cpu_plain / n, 2), pipeline_cpu_s_per_page=round(cpu_pipe / n, 2),
                       cpu_ratio=round(cpu_plain / cpu_pipe, 3))
        print(f"  plain tesseract: {figures['plain_pages_per_min']} pages/min; vanban: "
              f"{figures['pipeline_pages_per_min']} pages/min; ratio {figures['ratio']}", flush=True)
        # CPU time is what the ratio is made of; unlike wall time it holds when other work shares the machine
        print(f"  CPU per page: plain {figures['plain_cpu_s_per_page']} s, vanban {figures['pipeline_cpu_s_per_page']} s; "
              f"ratio {figures['cpu_ratio']}", flush=True)

        texts = tmp / "texts"
        texts.mkdir()
        for f in list((ROOT / "samples" / "seeds").glob("*.txt")) + list((ROOT / "samples" / "corpus").glob("*_*.md")):
            shutil.copy(f, texts / f.name)
        docs = len(list(texts.iterdir()))
        t_text, rss_text, _ = run_extract(texts, args.workers, tmp)
        figures.update(text_docs=docs, text_docs_per_s=round(docs / t_text, 2), text_peak_mib=round(rss_text, 1))
        print(f"Text input: {docs} documents, {figures['text_docs_per_s']} documents/s", flush=True)

        # Both batches are made of the same pages, spread over all the samples (every profile, the largest
        # pages too): the large batch is the small one many times over, so a difference in peak memory is
        # growth with the batch, not a heavier page met only in the large one.
        mix = pages[:: max(1, n // args.small)][: args.small]
        for label, count in (("small", args.small), ("large", args.large)):
            d = tmp / f"mem_{label}"
            d.mkdir()
            for i in range(count):  # distinct files (distinct bytes) so none is skipped as already stored
                src = mix[i % len(mix)]
                dst = d / f"{src.stem}_{i:04d}.png"
                dst.write_bytes(src.read_bytes() + i.to_bytes(4, "big"))
            print(f"Memory: {count} pages …", flush=True)
            t, rss, _ = run_extract(d, args.workers, tmp)
            figures[f"peak_mib_{count}_pages"] = round(rss, 1)
            figures[f"seconds_{count}_pages"] = round(t, 1)
        figures["memory_growth"] = round(figures[f"peak_mib_{args.large}_pages"] / figures[f"peak_mib_{args.small}_pages"], 3)
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    return figures


if __name__ == "__main__":
    main()
