"""A review's time must grow linearly with its input, whatever the contract or the
playbook holds (issue 13). Prints seconds for:

  - a contract holding a run of 10^4, 10^5 and 10^6 digits (the tag patterns once
    backtracked on it: 4,000 digits added 5 s, 10^6 gave no result in 60 s);
  - 5,000 and 50,000 definitions (a pass over the text per term was quadratic: 50,000 took
    166 s), 20,000 and 200,000 quote marks in a row (spaCy's tokenizer strips affixes one at a
    time: 40,000 took 28 s);
  - a ~20-page contract reviewed with a playbook of backtracking patterns
    (`(a+)+$`, `(x+x+)+y`, `respond(\\s*\\S*)*within`), against the shipped rulebook.

    python bench/linear_time.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.review import review_paths  # noqa: E402
from checker.rulebook import load_rulebook  # noqa: E402

CLAUSE = ("The Provider shall respond to Priority 1 incidents within one (1) hour and shall restore the "
          "Services within four (4) hours. The Customer may terminate this Agreement on ninety (90) days' "
          "written notice. Each party's aggregate liability shall not exceed the fees paid in the twelve (12) "
          "months before the claim.\n\n")
PLAYBOOK = """name: backtracking
version: '1'
extends: default
rules:
  - id: ACME-BACKTRACK
    element: sla.response
    title: Backtracking patterns
    category: Service levels
    severity: low
    why: A pattern written by mistake must not stall a review.
    fix: None.
    kind: clause
    find:
      patterns: ['(a+)+$', '(x+x+)+y', 'respond(\\s*\\S*)*within']
"""


def timed(paths: list[Path], rulebook) -> float:
    start = time.perf_counter()
    review_paths(paths, rulebook)
    return time.perf_counter() - start


def main():
    default = load_rulebook("default")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        timed([_write(folder / "warm.txt", CLAUSE * 5)], default)  # the pipeline built once
        print("a run of digits in a contract (20 clauses around it):")
        for exponent in (4, 5, 6):
            path = _write(folder / f"digits-{exponent}.txt", CLAUSE * 10 + "1" * 10 ** exponent + "\n\n" + CLAUSE * 10)
            print(f"  10^{exponent} digits: {timed([path], default):6.2f} s")
        print("definitions (each '\"TermN\" means ...'), and a run of quote marks:")
        for count in (5_000, 50_000):
            text = "1. Definitions\n\n" + "".join(f'"Term{i}" means the service number {i}.\n' for i in range(count))
            path = _write(folder / f"definitions-{count}.txt", CLAUSE * 10 + text + "\n" + CLAUSE * 10)
            print(f"  {count:,} definitions: {timed([path], default):6.2f} s")
        for count in (20_000, 200_000):
            path = _write(folder / f"quotes-{count}.txt", CLAUSE * 10 + '"' * count + "\n\n" + CLAUSE * 10)
            print(f"  {count:,} quote marks in a row: {timed([path], default):6.2f} s")
        (folder / "playbook.yaml").write_text(PLAYBOOK, encoding="utf-8")
        playbook = load_rulebook(folder / "playbook.yaml")
        hostile = CLAUSE * 120 + "a" * 5000 + "!\n\n" + "x" * 5000 + "\n\nrespond " + "word " * 3000 + "\n"
        path = _write(folder / "twenty-pages.txt", hostile)
        pages = len(hostile) // 3000
        print(f"a ~{pages}-page contract, shipped rulebook: {timed([path], default):6.2f} s; "
              f"with the backtracking playbook: {timed([path], playbook):6.2f} s (bar: under 5 s)")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


if __name__ == "__main__":
    main()
