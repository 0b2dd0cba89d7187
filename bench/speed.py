"""Throughput of `checker audit` on a folder of PDFs, against two baselines on the same cores.

    python bench/speed.py                      # ../shared/corpus/cuad/pdf, --jobs = the cores
    python bench/speed.py DIR --jobs 2
    python bench/speed.py DIR --skip-baselines # only the audit and its unchanged re-run
    python bench/speed.py --stages             # where a review's CPU time goes, stage by stage

It runs, in this order, each in fresh processes and timed end to end, process start and
imports included (as a user runs each):
  1. plain pdfplumber `extract_text()` over every page (the naive baseline);
  2. bare pypdfium2 text extraction (the floor: no layout, no cleaning, no analysis), both
     spread over the same number of processes as the audit;
  3. `checker audit DIR` with a fresh cache (a new output folder): pages/s, contracts/s, peak
     resident memory of the busiest worker;
  4. pypdfium2 again: the audit is compared with the mean of the two runs either side of it,
     so that the load other users put on the machine falls alike on both;
  5. the audit again on the unchanged folder: everything from the cache;
Every contender runs as installed: pip writes each package's bytecode when it installs it, so
PYTHONDONTWRITEBYTECODE is dropped and each contender first reads one file, untimed, which
writes the bytecode of every module it imports (else the audit compiled openpyxl and icalendar
from source in every run: ~0.2 s of CPU its baselines did not pay). It prints each one's
figures, the ratios, and the bars of issues 3 and 13 (>= 300 pages/s on 2 cores, >= 12x
pdfplumber, >= 0.35x pypdfium2, <= 250 MB a worker, unchanged re-run <= 1.5 s).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checker of this tree, as the audits below run it

from checker.commands.audit import cores  # noqa: E402 - the default of `checker audit --jobs`
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "cuad" / "pdf"

BAR_PAGES_PER_SECOND = 300
BAR_RATIO_TO_PDFPLUMBER = 12
BAR_RATIO_TO_PDFIUM = 0.35
BAR_WORKER_MB = 250
BAR_RERUN_SECONDS = 1.5


def pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")


def run_audit(folder: Path, outdir: Path, jobs: int) -> tuple[float, dict]:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    command = [sys.executable, "-m", "checker", "audit", str(folder), "-o", str(outdir), "--jobs", str(jobs),
               "--fail-on", "never", "--format", "csv,xlsx,jsonl,html"]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"checker audit failed ({result.returncode}):\n{result.stderr[-2000:]}")
    line = [line for line in result.stdout.splitlines() if line.startswith("checker audit:")][-1]
    figures = {"line": line}
    for name, pattern in (("contracts", r"(\d+) contracts"), ("ok", r"\((\d+) ok"), ("checked", r"(\d+) checked"),
                          ("cached", r"(\d+) from cache"), ("pages", r"(\d+) pages read"),
                          ("cpu", r"\(([\d.]+) s of worker CPU\)"),
                          ("worker_mb", r"peak worker memory (\d+) MB")):
        match = re.search(pattern, line)
        figures[name] = float(match.group(1)) if match else None
    return seconds, figures


def _pdfplumber_pages(path: str) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.flush_cache()
        return len(pdf.pages)


def _pdfium_pages(path: str) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def extract_all(function, files: list[Path], jobs: int) -> tuple[float, int]:
    """Wall time and pages of one extractor over every file, spread over `jobs` processes,
    their start and imports timed as the audit's are."""
    start = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(jobs) as pool:
        pages = sum(pool.imap_unordered(function, [str(f) for f in files], chunksize=1))
    return time.perf_counter() - start, pages


def stages(files: list[Path]):
    """One process, every file reviewed in turn: CPU time per stage (ingest, nlp, engine, key terms),
    per sub-stage (timers wrapped around the pipeline's own functions, where they exist) and
    per rule. CPU time, not wall time: other load on the machine barely moves it."""
    import collections
    import functools

    import checker.engine.evaluate as evaluation
    import checker.ingest as ingest
    import checker.ingest.pdf as pdf
    import checker.review as review
    from checker.engine.context import Package
    from checker.keyterms import key_terms
    from checker.nlp import pipeline
    from checker.rulebook import load_rulebook

    clock = time.process_time
    parts: collections.Counter = collections.Counter()
    rules: collections.Counter = collections.Counter()

    def timed(name, function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return function(*args, **kwargs)
            finally:
                parts[name] += clock() - start
        return wrapper

    for module, attribute, name in ((pdf, "_read_with_pdfium", "ingest: pypdfium2 text"),
                                    (pdf, "clean_pages", "ingest: page cleaning"),
                                    (ingest, "build_sections", "ingest: sections"),
                                    (ingest, "detect_language", "ingest: language")):
        if hasattr(module, attribute):
            setattr(module, attribute, timed(name, getattr(module, attribute)))
    rulebook = load_rulebook(None)
    nlp = pipeline.build_pipeline(None)
    nlp.tokenizer = timed("nlp: spaCy tokenizer", nlp.tokenizer)
    # the pipeline's own analyse(), run over the same pipeline with each component timed
    timed_nlp = types.SimpleNamespace(make_doc=nlp.make_doc, pipeline=[
        (name, timed(f"nlp: {name}", component)) for name, component in nlp.pipeline])
    review.analyse = lambda _nlp, *args, **kwargs: pipeline.analyse(timed_nlp, *args, **kwargs)
    evaluate_rule = evaluation.evaluate_rule

    def timed_rule(rule, package, law=None):
        start = clock()
        try:
            return evaluate_rule(rule, package, law)
        finally:
            spent = clock() - start
            rules[f"{rule.kind}: {rule.id}"] += spent
            parts[f"engine: kind {rule.kind}"] += spent

    evaluation.evaluate_rule = timed_rule
    totals: collections.Counter = collections.Counter()
    pages = 0
    for path in files:
        start = clock()
        try:
            document = ingest.load_document(path)
        except Exception as error:  # noqa: BLE001 - a broken file is reported, the run goes on
            print(f"  skipped {path.name}: {error}")
            continue
        read = clock()
        analysed = review.analyse_document(document)
        tagged = clock()
        try:
            evaluation.evaluate(rulebook, Package([analysed]))
        except Exception as error:  # noqa: BLE001
            print(f"  engine error on {path.name}: {type(error).__name__}: {error}")
        done = clock()
        key_terms(Package([analysed]))  # a review reads them too (the audit's key-dates outputs)
        totals["ingest"] += read - start
        totals["nlp"] += tagged - read
        totals["engine"] += done - tagged
        totals["key terms"] += clock() - done
        pages += document.pages
    grand = sum(totals.values())
    print(f"\none process, {len(files)} files, {pages} pages: {grand:.2f} s CPU = {1000 * grand / pages:.2f} ms a page "
          f"= {pages / grand:.0f} pages/s a core")
    for name, spent in totals.items():
        print(f"  {name:46} {spent:6.2f} s {100 * spent / grand:5.1f}%  {1000 * spent / pages:5.2f} ms/page")
    print()
    for name, spent in parts.most_common():
        print(f"  {name:46} {spent:6.2f} s {100 * spent / grand:5.1f}%  {1000 * spent / pages:5.2f} ms/page")
    print("\n  slowest rules:")
    for name, spent in rules.most_common(10):
        print(f"  {name:46} {spent:6.2f} s          {1000 * spent / pages:5.2f} ms/page")


def verdict(ok: bool) -> str:
    return "ok  " if ok else "MISS"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--jobs", type=int, default=cores(), help="processes for every contender [the cores]")
    parser.add_argument("--skip-baselines", action="store_true", help="do not run pdfplumber and pypdfium2")
    parser.add_argument("--stages", action="store_true", help="only: where a review's CPU time goes, in one process")
    args = parser.parse_args()
    files = pdfs(args.folder)
    if not files:
        sys.exit(f"{args.folder}: no PDF files")
    if args.stages:
        sys.path.insert(0, str(ROOT))
        stages(files)
        return
    print(f"{len(files)} PDFs in {args.folder}; {args.jobs} processes each; {cores()} cores")
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed (see above): bytecode written once, then read
    sys.dont_write_bytecode = False
    with tempfile.TemporaryDirectory(prefix="checker-speed-") as scratch:  # the untimed first runs
        shutil.copy(files[0], scratch)
        run_audit(Path(scratch), Path(scratch) / "audit", 1)
        if not args.skip_baselines:
            extract_all(_pdfplumber_pages, files[:1], 1)
            extract_all(_pdfium_pages, files[:1], 1)

    plumber_speed = pdfium_speed = None
    if not args.skip_baselines:
        plumber_seconds, plumber_pages = extract_all(_pdfplumber_pages, files, args.jobs)
        plumber_speed = plumber_pages / plumber_seconds
        print(f"pdfplumber extract_text     {plumber_seconds:7.2f} s  {plumber_speed:7.1f} pages/s  (naive baseline)")
        pdfium_before = extract_all(_pdfium_pages, files, args.jobs)
    with tempfile.TemporaryDirectory(prefix="checker-speed-") as scratch:
        outdir = Path(scratch) / "audit"
        fresh_seconds, fresh = run_audit(args.folder, outdir, args.jobs)
        if not args.skip_baselines:
            pdfium_after = extract_all(_pdfium_pages, files, args.jobs)
        rerun_seconds, rerun = run_audit(args.folder, outdir, args.jobs)
    pages = fresh["pages"] or 0
    if not args.skip_baselines:
        runs = [p / s for s, p in (pdfium_before, pdfium_after)]
        pdfium_speed = sum(runs) / 2
        print(f"pypdfium2 text              {pdfium_before[0]:7.2f} s  {runs[0]:7.1f} pages/s  (the floor; before the "
              f"audit)\n                            {pdfium_after[0]:7.2f} s  {runs[1]:7.1f} pages/s  (after it)")
    print(f"checker audit, fresh cache  {fresh_seconds:7.2f} s  {pages / fresh_seconds:7.1f} pages/s  "
          f"{fresh['contracts'] / fresh_seconds:6.2f} contracts/s  ({pages:.0f} pages, {fresh['ok']:.0f} ok)")
    print(f"  peak resident memory of a worker: {fresh['worker_mb']:.0f} MB")
    cpu = fresh["cpu"] or 0
    if cpu:
        print(f"  worker CPU {cpu:.1f} s = {1000 * cpu / pages:.1f} ms a page; on {args.jobs} idle cores the reviews "
              f"alone would allow {pages / (cpu / args.jobs):.0f} pages/s (load now: "
              f"{', '.join(f'{x:.1f}' for x in os.getloadavg())})")
    print(f"checker audit, unchanged    {rerun_seconds:7.2f} s  ({rerun['checked']:.0f} checked, "
          f"{rerun['cached']:.0f} from cache)")
    if pdfium_speed:
        audit_speed = pages / fresh_seconds
        print(f"\naudit / pdfplumber: {audit_speed / plumber_speed:5.1f}x    "
              f"audit / pypdfium2: {audit_speed / pdfium_speed:5.2f}x (against each run: "
              f"{audit_speed / runs[0]:.2f}x, {audit_speed / runs[1]:.2f}x)")

    speed = pages / fresh_seconds
    print("\nbars (issues 3 and 13):")
    print(f"  {verdict(speed >= BAR_PAGES_PER_SECOND)} >= {BAR_PAGES_PER_SECOND} pages/s end to end: {speed:.0f}")
    if plumber_speed:
        ratio = speed / plumber_speed
        print(f"  {verdict(ratio >= BAR_RATIO_TO_PDFPLUMBER)} >= {BAR_RATIO_TO_PDFPLUMBER}x plain pdfplumber: "
              f"{ratio:.1f}x")
        ratio = speed / pdfium_speed
        print(f"  {verdict(ratio >= BAR_RATIO_TO_PDFIUM)} >= {BAR_RATIO_TO_PDFIUM}x bare pypdfium2: {ratio:.2f}x")
    if fresh["worker_mb"] is not None:
        print(f"  {verdict(fresh['worker_mb'] <= BAR_WORKER_MB)} <= {BAR_WORKER_MB} MB a worker: {fresh['worker_mb']:.0f} MB")
    print(f"  {verdict(rerun_seconds <= BAR_RERUN_SECONDS and rerun['checked'] == 0)} unchanged re-run "
          f"<= {BAR_RERUN_SECONDS} s, nothing re-checked: {rerun_seconds:.2f} s, {rerun['checked']:.0f} re-checked")


if __name__ == "__main__":
    main()
