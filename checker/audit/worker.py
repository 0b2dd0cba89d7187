"""The review of one contract inside a worker: the same pipeline as `checker review`.

A worker loads the spaCy pipeline once (``warm_up``) and keeps the rulebook it was given; each
contract then costs only its own review. The heavy imports happen on first use, so the parent
process of an audit, which only hashes files and writes tables, never pays for spaCy.
(tests/audit_faults.py makes a worker hang, crash or run out of memory, to prove the audit
survives it.)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from checker.audit.outcome import ERROR, OK, SKIPPED, Outcome
from checker.errors import CheckerError, InputError
from checker.ingest import IMAGES
from checker.paths import shown


def peak_rss_kb() -> int | None:
    """This process's peak resident memory, in kB."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, kB elsewhere
    except ImportError:
        return None


def warm_up(model: str | None = None):
    from checker.nlp.pipeline import build_pipeline

    build_pipeline(model)


def review_unit(path: str, files: tuple[str, ...], rulebook, sources: tuple[str, ...] | None = None,
                max_memory_mb: int = 0, ocr: str | None = None) -> Outcome:
    """Review one contract (a file, or the files of one package) exactly as `checker review`
    does, and never raise.

    ``sources``: where the bytes are when they are not at ``files`` (a cluster worker's
    temporary copies, each with its original's file name); the report names ``files``.
    ``ocr``: the audit's OCR mode (a worker may come from a fork server started before --ocr was read)."""
    from checker.audit.outcome import restamp
    from checker.review import review_paths

    start, cpu_start = time.perf_counter(), time.process_time()
    if ocr is not None:
        from checker.ingest import set_ocr_mode

        set_ocr_mode(ocr)

    def failed(reason: str, cacheable: bool = True) -> Outcome:
        return Outcome(path, files, ERROR, reason=reason, seconds=time.perf_counter() - start,
                       cpu_seconds=time.process_time() - cpu_start, cacheable=cacheable, worker=os.getpid())

    read = tuple(sources or files)
    names = {shown(source): shown(name) for source, name in zip(read, files)}  # as the report names them
    try:
        report = review_paths(list(read), rulebook).as_dict()
    except InputError as error:
        name = names.get(error.path, error.path)
        if len(files) == 1 and Path(files[0]).suffix.lower() in IMAGES:
            # a logo or a photo in a contract folder: read by OCR, it holds no contract; not a contract to fail on
            return Outcome(path, files, SKIPPED, reason=f"an image that holds no contract text ({error.problem})",
                           seconds=time.perf_counter() - start, cpu_seconds=time.process_time() - cpu_start,
                           worker=os.getpid())
        return failed(error.problem if len(files) == 1 else f"{Path(name).name}: {error.problem}")
    except MemoryError:
        limit = f" (the limit is {max_memory_mb} MB a worker, see --max-memory)" if max_memory_mb else ""
        return failed(f"ran out of memory{limit}", cacheable=False)
    except RecursionError:
        return failed("internal error: the document is nested too deeply to analyse (please report this)")
    except CheckerError as error:
        return failed(str(error))
    except Exception as error:  # a bug of ours: this contract fails, the audit goes on
        return failed(f"internal error: {type(error).__name__}: {error} (please report this)")
    if sources:
        report = restamp(report, names)
    return Outcome(path, files, OK, report=report, seconds=time.perf_counter() - start,
                   cpu_seconds=time.process_time() - cpu_start, worker=os.getpid())
