"""Wall time of `checker review` on PDFs, start-up included, against plain pdfplumber
`extract_text` of the same file in the same run (issue 13's bar: <= 0.6x), each run a new
process, the two interleaved so that load on the machine falls on both; and where the time
goes inside one review.

    python bench/review_speed.py [PDF ...] [--runs 5]

Without arguments it times the shipped long sample and, when ../shared/corpus is beside
the project, the corpus PDFs of 18-22 pages.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def default_pdfs() -> list[Path]:
    import pypdfium2

    pdfs = [p for p in (ROOT / "samples").glob("*.pdf")]
    corpus = ROOT.parent / "shared" / "corpus" / "cuad" / "pdf"
    if corpus.is_dir():
        pdfs += sorted(corpus.glob("*.[pP][dD][fF]"))
    chosen = []
    for pdf in pdfs:
        document = pypdfium2.PdfDocument(str(pdf))
        pages = len(document)
        document.close()
        if 18 <= pages <= 22:
            chosen.append(pdf)
    return chosen


PDFPLUMBER = ("import sys, pdfplumber\n"
              "with pdfplumber.open(sys.argv[1]) as pdf:\n"
              "    [page.extract_text() for page in pdf.pages]")


def wall_times(pdf: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds of `checker review` and of pdfplumber's extract_text, each run a new process."""
    review, plumber = [], []
    # as installed: pip compiles a package's bytecode, so this tree's is written (a first,
    # untimed run) and read, whatever PYTHONDONTWRITEBYTECODE says
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(runs + 1):
            for times, command in ((review, ["-m", "checker", "review", str(pdf), "--format", "json", "--output",
                                             str(Path(tmp) / "report.json"), "--fail-on", "never"]),
                                   (plumber, ["-c", PDFPLUMBER, str(pdf)])):
                started = time.perf_counter()
                subprocess.run([sys.executable, *command], check=True, cwd=ROOT, env=env)
                if run:
                    times.append(time.perf_counter() - started)
    return review, plumber


def stages(pdf: Path) -> dict[str, float]:
    """One review in this process, stage by stage (after imports)."""
    from checker.engine.context import Package
    from checker.engine.evaluate import evaluate
    from checker.ingest import load_document
    from checker.report import render
    from checker.nlp.pipeline import build_pipeline
    from checker.review import analyse_document, review_documents
    from checker.rulebook import load_rulebook

    build_pipeline(None)  # spaCy imported and the pipeline built before the clock starts, as the imports above

    marks = {}
    t = time.perf_counter()
    rulebook = load_rulebook()
    marks["rulebook"] = time.perf_counter() - t
    t = time.perf_counter()
    document = load_document(pdf)
    marks["ingest"] = time.perf_counter() - t
    t = time.perf_counter()
    analysed = analyse_document(document)
    marks["nlp"] = time.perf_counter() - t
    t = time.perf_counter()
    evaluate(rulebook, Package([analysed]))
    marks["engine"] = time.perf_counter() - t
    report = review_documents([document], rulebook)
    t = time.perf_counter()
    render(report, "json")
    marks["render"] = time.perf_counter() - t
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    pdfs = args.pdfs or default_pdfs()
    if not pdfs:
        print("no PDF of 18-22 pages found; name one")
        return 2
    import pypdfium2

    # a review imports these in two processes at once (checker/nlp/aside.py)
    for side, imports in (("the review's", "checker.review"), ("its NLP process's (spaCy)", "checker.nlp.pipeline")):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", f"import {imports}"], check=True, cwd=ROOT)
        print(f"python + {side} imports alone: {time.perf_counter() - started:.2f} s")
    print(f"{'file':<50}{'pages':>6}{'median s':>10}{'max s':>8}{'pdfplumber':>11}{'ratio':>7}   stages (s)")
    for pdf in pdfs:
        document = pypdfium2.PdfDocument(str(pdf))
        pages = len(document)
        document.close()
        times, plumber = wall_times(pdf, args.runs)
        review, baseline = statistics.median(times), statistics.median(plumber)
        marks = " ".join(f"{k} {v:.3f}" for k, v in stages(pdf).items())
        print(f"{pdf.name[:48]:<50}{pages:>6}{review:>10.2f}{max(times):>8.2f}{baseline:>11.2f}{review / baseline:>7.2f}"
              f"   {marks}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
