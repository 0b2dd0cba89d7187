"""Test-only: audit workers that hang, crash or run out of memory on the files named, to
prove that an audit survives them. The shipped worker has no such hooks.

In a test:    use_faults(monkeypatch, {"hang.txt": "hang", "crash.txt": "crash", "oom.txt": "oom"})
From a shell: python tests/audit_faults.py hang:last.txt -- audit FOLDER -o OUT ...

It swaps the local engine's worker entry point for one that, inside the worker process,
wraps `checker.review.review_paths`; the worker's own handling (the timeout, a dead worker, a
MemoryError) is what runs. A crash is quiet: the worker's stderr goes to /dev/null first,
so no 'Fatal Python error: Segmentation fault' lands in the test output.
"""

from __future__ import annotations

import faulthandler
import functools
import os
import signal
import sys
import time
from pathlib import Path

from checker.audit.engines import local

_REAL_WORKER_MAIN = local.worker_main


def use_faults(monkeypatch, faults: dict[str, str]):
    monkeypatch.setattr(local, "worker_main", functools.partial(worker_main, faults))


def worker_main(faults: dict[str, str], conn, *args):
    import checker.review

    real = checker.review.review_paths

    def review_paths(paths, *more, **options):
        for path in paths:
            misbehave(faults.get(Path(path).name))
        return real(paths, *more, **options)

    checker.review.review_paths = review_paths
    _REAL_WORKER_MAIN(conn, *args)


def misbehave(action: str | None):
    if action == "hang":
        while True:
            time.sleep(60)
    elif action == "crash":
        faulthandler.disable()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.kill(os.getpid(), signal.SIGSEGV)
    elif action == "oom":
        hog = []
        for _ in range(256):  # 16 GB of address space, far past any --max-memory; bytes(n) is
            hog.append(bytes(64 * 1024 * 1024))  # calloc'd: untouched pages, no real memory used
        del hog


def parse(spec: str) -> dict[str, str]:
    """'hang:a.txt,crash:b.txt' -> {'a.txt': 'hang', 'b.txt': 'crash'}."""
    return {name: action for action, _, name in (item.partition(":") for item in spec.split(",")) if name}


if __name__ == "__main__":
    from checker.cli import main

    spec, separator, *arguments = sys.argv[1:]
    assert separator == "--", "usage: audit_faults.py hang:NAME[,crash:NAME...] -- checker arguments"
    local.worker_main = functools.partial(worker_main, parse(spec))
    main(arguments, prog_name="checker")
