"""Does the local engine's fork server still pay for itself?

    python bench/startup.py                    # ../shared/corpus/cuad/pdf: 5 contracts and all of them
    python bench/startup.py DIR --rounds 5 --jobs 2 --small 12 --no-whole

Runs `checker audit` (fresh cache, each in a new process) with workers forked from the fork
server that has loaded spaCy, the pipeline and the rulebook once (as shipped), and with workers
spawned, each loading them itself; interleaved round by round so that a busy moment on a
shared machine hits both alike; on a small portfolio (start-up dominates) and on the whole
folder. Prints the median and spread of the wall time of each. (Not CPU: a fork server's
workers are not the audit's children, so no rusage counts them.)

Measured 2026-12-06 on 2 cores shared with other work (load 9-11), 3 rounds: 5 contracts
15.5 s with the fork server, 20.2-20.7 s spawned; 68 contracts 50.3 vs 53.5-54.5 s. The same
runs measured a read-ahead process (it read the smallest contracts while the fork server
loaded): with / without it 15.5 / 14.4 s, 50.3 / 50.7 s, spawned 20.7 / 20.2 s, 53.5 / 54.5 s,
and 14.5 / 14.1 s for 12 contracts over 6 more rounds: no gain, and it was removed.
Measured again the same day after the review's start-up work (load 7.5-8.9, 5 rounds, `--small 8
--no-whole`): 8 contracts 23.95 s [17.27-32.58] with the fork server, 31.62 s [21.25-37.93] spawned;
it still pays for itself and stays. And again in the evening, after spaCy's command line was left
out of its import and the fork server started before the rulebook loads (load 9.5-13, 4 rounds,
`--small 8 --no-whole`): 22.27 s [11.07-24.57] with it, 24.26 s [15.49-34.82] spawned; it stays.
Measured again with bytecode read as installed (PYTHONDONTWRITEBYTECODE dropped, an untimed first
run of each set-up), load 8.6-11, 4 rounds, `--small 8 --no-whole`: 16.34 s [12.97-20.83] with
it, 18.67 s [18.05-27.65] spawned; it still pays for itself and stays.
Measured again in the eighteenth session (issue 13: keep it only if it pays), load 17.6-22.5, 4 rounds,
`--small 8 --no-whole`: 115.04 s [86.23-127.82] with it, 136.31 s [104.47-150.59] spawned (-16%); it stays.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT.parent / "shared" / "corpus" / "cuad" / "pdf"

# each set-up: what the driver patches in checker.audit.engines.local before running the audit
SETUPS = {
    "fork server": "",
    "spawned workers": "local._context = lambda: multiprocessing.get_context('spawn')\n"
                       "local.start_early = lambda: None",
}
DRIVER = """
import multiprocessing, sys
import checker.audit.engines.local as local
{patch}
from checker.cli import main
main(sys.argv[1:], prog_name="checker")
"""


def run(patch: str, folder: Path, jobs: int) -> float:
    """Wall seconds of one fresh audit."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with tempfile.TemporaryDirectory(prefix="checker-startup-") as scratch:
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", DRIVER.format(patch=patch), "audit", str(folder), "-o",
                                 str(Path(scratch) / "out"), "--jobs", str(jobs), "--fail-on", "never"],
                                capture_output=True, text=True, env=env, cwd=ROOT)
        seconds = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"audit failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--small", type=int, default=5, help="contracts in the small portfolio")
    parser.add_argument("--no-whole", action="store_true", help="only the small portfolio")
    args = parser.parse_args()
    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf")
    setups = tuple(SETUPS)
    if not files:
        sys.exit(f"{args.folder}: no PDF files")
    # as installed, bytecode read (see bench/speed.py): written by an untimed first run of each set-up
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="checker-startup-first-") as first:
        shutil.copy(files[0], first)
        for name in setups:
            run(SETUPS[name], Path(first), args.jobs)
    with tempfile.TemporaryDirectory(prefix="checker-startup-small-") as small:
        for path in files[:args.small]:
            shutil.copy(path, small)
        portfolios = {f"{args.small} contracts": Path(small)}
        if not args.no_whole:
            portfolios[f"{len(files)} contracts"] = args.folder
        times: dict[tuple[str, str], list[float]] = {}
        for round_ in range(args.rounds):
            for portfolio, folder in portfolios.items():
                for name in setups:
                    times.setdefault((portfolio, name), []).append(run(SETUPS[name], folder, args.jobs))
            print(f"round {round_ + 1} of {args.rounds} done (load {os.getloadavg()[0]:.1f})", file=sys.stderr)
    print(f"{args.jobs} jobs, {args.rounds} rounds interleaved; wall seconds: median [min-max]")
    for portfolio in portfolios:
        print(f"\n{portfolio}")
        for name in setups:
            walls = times[(portfolio, name)]
            print(f"  {name:<26} {statistics.median(walls):6.2f} s [{min(walls):.2f}-{max(walls):.2f}]")


if __name__ == "__main__":
    main()
