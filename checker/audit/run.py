"""The audit: discover the contracts, answer what the cache knows, review the rest on an
engine, and hand every outcome to the outputs the moment it exists."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from checker.audit.cache import NoCache, ResultCache
from checker.audit.discover import READS, discover
from checker.audit.engines import make_engine
from checker.audit.keys import file_sha256, outputs_fingerprint, tool_fingerprint, unit_key, waiver_day
from checker.audit.outcome import ERROR, OK, SKIPPED, Outcome, fails
from checker.audit.outputs import Outputs
from checker.audit.progress import Progress
from checker.audit.time_bound import OCR_PAGE_SECONDS
from checker.errors import CheckerError


@dataclass
class AuditSummary:
    outdir: Path
    contracts: int = 0  # what was to be audited: files, or packages with --by-folder
    ok: int = 0
    errors: int = 0
    skipped: int = 0
    checked: int = 0  # reviewed in this run
    cached: int = 0  # answered from the cache
    pages: int = 0  # pages of the contracts read in this run
    ocr_pages: int = 0  # ... of which read by OCR
    cpu_seconds: float = 0.0  # the workers' CPU time on them
    seconds: float = 0.0
    worker_peak_rss_kb: dict = field(default_factory=dict)  # worker -> high-water mark
    failing: bool = False  # exit 1: an error, or a gap at or above --fail-on
    outputs_kept: bool = False  # nothing changed since the last audit wrote them: the files were left as they were
    complete: bool = False


class AuditInterrupted(Exception):
    def __init__(self, summary: AuditSummary):
        self.summary = summary
        super().__init__("interrupted")


def run_audit(roots: list[Path], outdir: Path, rulebook, *, formats: list[str], jobs: int, timeout: float,
              by_folder: bool = False, use_cache: bool = True, engine: str = "local", scheduler: str | None = None,
              max_memory_mb: int = 0, fail_on: str = "high", tty: bool | None = None,
              as_of: date | None = None, ocr_page_timeout: float = OCR_PAGE_SECONDS) -> AuditSummary:
    started = time.monotonic()
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CheckerError(f"{outdir}: cannot create the output folder ({error.strerror})") from None
    units, skipped = discover(roots, by_folder, exclude=outdir)
    unreadable = sum(skip.status == ERROR for skip in skipped)  # contracts, refused before any review
    if not units and not unreadable:
        also = f" ({len(skipped)} other {'file' if len(skipped) == 1 else 'files'} skipped)" if skipped else ""
        raise CheckerError(f"{', '.join(map(str, roots))}: no contract files ({READS}) found{also}")
    units.sort(key=lambda unit: (-unit.size, unit.path))  # the biggest first: no long straggler at the end

    summary = AuditSummary(outdir=outdir, contracts=len(units) + unreadable)
    tool = tool_fingerprint() if use_cache else ""
    day = waiver_day(rulebook)
    cache = ResultCache(outdir, tool) if use_cache else NoCache()
    as_of = as_of or date.today()
    outputs: Outputs | None = None  # opened once a result needs writing: a re-run that changes nothing keeps the files
    pending: list[Outcome] = []  # recorded before the outputs were opened
    kept_keys: list[tuple[str, str]] = []  # (contract, key) of every result the cache holds
    unkept = 0  # results the cache does not hold: the files written are not what a re-run would write

    def write(outcome: Outcome) -> Outcome:
        try:
            outputs.add(outcome)
        except Exception as error:  # a bug of ours in one row: that contract is an error row, the rest go on
            outcome = Outcome(outcome.path, outcome.files, ERROR, cacheable=False,
                              reason=f"internal error while writing its row: {type(error).__name__}: {error} "
                                     f"(please report this)")
            outputs.add(outcome)
        return outcome

    def count_in(outcome: Outcome, sign: int = 1):
        summary.ok += sign * (outcome.status == OK)
        summary.errors += sign * (outcome.status == ERROR)
        summary.skipped += sign * (outcome.status == SKIPPED)

    def record(outcome: Outcome):
        with _uninterrupted():
            if outputs is None:
                pending.append(outcome)
            else:
                outcome = write(outcome)
            progress.advance(outcome)
            count_in(outcome)
            summary.failing |= fails(outcome, fail_on)

    def open_outputs():
        nonlocal outputs
        cache.remember_outputs(None, {})  # the files are about to change: until they are complete, nothing is kept
        outputs = Outputs(outdir, formats, rulebook, expected=len(units) + len(skipped), as_of=as_of)
        for outcome in pending:
            written = write(outcome)
            if written is not outcome:  # its row failed: an error now
                count_in(outcome, -1)
                count_in(written)
                summary.failing |= fails(written, fail_on)
        pending.clear()

    keys: dict[str, tuple[str, list[str]]] = {}
    runner = None
    fingerprint = None  # of the outputs, when every result is one the cache holds
    try:
        with Progress(len(units) + len(skipped), tty=tty) as progress:
            for skip in skipped:
                record(Outcome(skip.path, (skip.path,), skip.status, reason=skip.reason))
            todo = []
            for unit in units:
                if use_cache:
                    try:
                        hashes = [file_sha256(f) for f in unit.files]
                    except OSError as error:
                        unkept += 1
                        record(Outcome(unit.path, unit.files, ERROR, reason=f"cannot be read ({error.strerror})",
                                       cacheable=False))
                        continue
                    key = unit_key(tool, unit.files, hashes, rulebook.sha256, day)
                    hit = cache.get(key, unit.path, unit.files)
                    if hit is not None:
                        summary.cached += 1
                        kept_keys.append((unit.path, key))
                        record(hit)
                        continue
                    keys[unit.path] = (key, hashes)
                todo.append(unit)
            if use_cache and not unkept:
                fingerprint = outputs_fingerprint(kept_keys + [(path, key) for path, (key, _) in keys.items()],
                                                  [(s.path, s.status, s.reason) for s in skipped], formats, as_of)
            summary.outputs_kept = not todo and fingerprint is not None and _unchanged(cache, outdir, fingerprint)
            if not summary.outputs_kept:
                open_outputs()
            if todo:
                runner = make_engine(engine, rulebook=rulebook, jobs=jobs, timeout=timeout,
                                     ocr_page_timeout=ocr_page_timeout, max_memory_mb=max_memory_mb,
                                     scheduler=scheduler)
                with contextlib.closing(runner.run(todo)) as outcomes:
                    for outcome in outcomes:
                        if outcome.path in keys:
                            key, hashes = keys[outcome.path]
                            unkept += not cache.put(key, outcome, hashes)
                        else:
                            unkept += 1
                        summary.checked += 1
                        summary.pages += outcome.pages
                        summary.ocr_pages += outcome.ocr_pages
                        summary.cpu_seconds += outcome.cpu_seconds
                        record(outcome)
        summary.complete = True
    except KeyboardInterrupt:
        pass
    finally:
        if runner is not None:
            summary.worker_peak_rss_kb = dict(runner.peak_rss_kb)
        if not summary.outputs_kept:
            if outputs is None:  # interrupted before the outputs were opened
                open_outputs()
            outputs.finish(summary.complete)
            if summary.complete:
                cache.remember_outputs(None if unkept else fingerprint, _file_stamps(outdir, outputs.file_names()))
        cache.close()
        summary.seconds = time.monotonic() - started
    if not summary.complete:
        raise AuditInterrupted(summary)
    return summary


def _file_stamps(outdir: Path, names: list[str]) -> dict:
    """Each output file's size and modification time: a file edited, replaced or deleted since is written again."""
    stamps = {}
    for name in names:
        try:
            stat = (outdir / name).stat()
        except OSError:
            continue
        stamps[name] = [stat.st_size, stat.st_mtime_ns]
    return stamps


def _unchanged(cache, outdir: Path, fingerprint: str) -> bool:
    """The files in outdir are those the last complete audit wrote from the same results, untouched since."""
    written = cache.written_outputs()
    return written is not None and written[0] == fingerprint and _file_stamps(outdir, list(written[1])) == written[1]


@contextlib.contextmanager
def _uninterrupted():
    """Ctrl-C waits until a contract's row is in every output: an interrupt between two writers
    left a row in the CSV that the HTML page lacked, and the audit ended in an internal error.
    The interrupt is held, not lost: it is raised as soon as the row is written."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return
    held = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: held.append(frame))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if held and callable(previous):
        previous(signal.SIGINT, held[0])
    elif held and previous == signal.SIG_DFL:
        raise KeyboardInterrupt
