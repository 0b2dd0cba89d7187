"""The local engine: a pool of worker processes of our own, one contract at a time each.

Why not concurrent.futures: it cannot stop a task that hangs, and one worker that dies
breaks the whole pool. Here each worker is a process with a pipe; the parent waits on every
pipe and every process at once, kills a worker whose contract passes --timeout, notices one
that died (a crash in C code, the kernel's OOM killer), reports that contract as an error row
and starts a fresh worker for the rest.

Workers come from a fork server that has loaded spaCy, the pipeline and the shipped
rulebook's compiled patterns once (checker/audit/preload.py), so a new or replacement worker
costs milliseconds, not a second of imports. `start_early` launches that server before the
audit hashes its files, so the two overlap. Each worker's address space is capped
(--max-memory) and the worker ignores Ctrl-C: the parent handles it and stops them.
(bench/startup.py: the fork server saves 3-6 s an audit on 2 cores; a read-ahead process that
read the smallest contracts while it loaded saved nothing measurable and was removed.)
"""

from __future__ import annotations

import multiprocessing
import signal
import time
from collections import deque
from multiprocessing.connection import wait

from checker.audit.engines import Engine
from checker.audit.outcome import ERROR, Outcome
from checker.audit.time_bound import OCR_PAGE_SECONDS, stopped_reason, time_bound
from checker.audit.worker import peak_rss_kb, review_unit, warm_up
from checker.bounds import die_with_parent, limit_memory, one_blas_thread
from checker.errors import CheckerError

STARTUP_SECONDS = 180  # a worker importing spaCy on a loaded machine
MAX_FAILED_STARTS = 3


OCR_PAGE = "ocr_page"  # a worker's message: OCR starts on a page of its contract (more time for it)


def worker_main(conn, rulebook, max_memory_mb, ocr=None):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    die_with_parent()
    limit_memory(max_memory_mb)
    from checker.ingest.ocr import set_page_listener

    set_page_listener(lambda: conn.send((OCR_PAGE, None)))
    try:
        warm_up()
    except BaseException as error:  # e.g. MemoryError under a tiny --max-memory: say so, quietly
        conn.send(("failed", f"{type(error).__name__}: {error}"))
        return
    conn.send(("ready", peak_rss_kb()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        path, files = task
        outcome = review_unit(path, files, rulebook, max_memory_mb=max_memory_mb, ocr=ocr)
        outcome.peak_rss_kb = peak_rss_kb()
        retire = not outcome.cacheable  # after a MemoryError this process is not to be trusted
        conn.send(("done", (outcome, retire)))
        if retire:
            return  # the parent starts another


def _context():
    one_blas_thread()
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["checker.audit.preload"])
        return context
    return multiprocessing.get_context("spawn")


def start_early():
    """Start the fork server now, in the background: it loads what workers need while the
    audit discovers and hashes the files. A fork server that ends up unused exits with us."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return
    _context()
    from multiprocessing import forkserver

    try:
        forkserver.ensure_running()
    except OSError:
        pass  # the engine tries again, and reports a failure, when it needs workers


class _Worker:
    def __init__(self, context, args):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, *args), daemon=True,
                                       name="checker-audit-worker")
        self.process.start()
        child.close()
        self.born = time.monotonic()
        self.ready = False
        self.retiring = False  # said it will exit: given no more work
        self.broken = False
        self.start_error: str | None = None
        self.unit = None
        self.started = 0.0
        self.deadline = 0.0
        self.ocr_pages = 0  # of its contract, so far: each moves the deadline on

    def assign(self, unit, timeout: float, per_page: float = OCR_PAGE_SECONDS):
        self.unit = unit
        self.started, self.ocr_pages = time.monotonic(), 0
        self.deadline = self.started + time_bound(timeout, 0, per_page)
        try:
            self.conn.send((unit.path, unit.files))
        except OSError:
            self.broken = True  # it died: noticed, and the contract reported, by the caller

    def receive(self) -> list:
        messages = []
        try:
            while self.conn.poll():
                messages.append(self.conn.recv())
        except (EOFError, OSError):
            self.broken = True
        return messages

    def dead(self) -> bool:
        return self.broken or not self.process.is_alive()

    def stop(self, kill: bool):
        if not kill and self.process.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


def crash_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = ": killed, possibly by the system for lack of memory" if name == "SIGKILL" else ""
        return f"the parser crashed ({name}{hint}) while reading this contract"
    return f"the worker stopped (exit code {exitcode}) while reading this contract"


class LocalEngine(Engine):
    def run(self, units):
        """Yield one Outcome per unit, in the order they finish."""
        context = _context()
        from checker.ingest import ocr_mode

        args = (self.rulebook, self.max_memory_mb, ocr_mode())
        pending = deque(units)
        workers: list[_Worker] = []
        failed_starts = 0
        finished = False
        try:
            workers = [_Worker(context, args) for _ in range(min(self.jobs, len(pending)))]
            while pending or any(w.unit is not None for w in workers):
                for worker in workers:
                    self._give_work(worker, pending)
                wait([w.conn for w in workers] + [w.process.sentinel for w in workers], self._next_wake(workers))
                for worker in list(workers):
                    for kind, payload in worker.receive():
                        if kind == "ready":
                            worker.ready, failed_starts = True, 0
                            self.note_memory(worker.process.pid, payload)
                        elif kind == "failed":
                            worker.start_error = payload
                        elif kind == OCR_PAGE and worker.unit is not None:
                            self.note_ocr_page(worker)
                        elif kind == "done":
                            outcome, worker.retiring = payload
                            worker.unit = None
                            self.note_memory(worker.process.pid, outcome.peak_rss_kb)
                            self._give_work(worker, pending)  # its next contract, before this one is recorded
                            yield outcome
                    if worker.dead():
                        worker.process.join(1)
                        if worker.unit is not None:
                            yield self._failed(worker, crash_reason(worker.process.exitcode))
                        elif not worker.ready:
                            failed_starts += 1
                            if failed_starts >= MAX_FAILED_STARTS:
                                raise CheckerError(self._cannot_start(worker))
                    elif worker.unit is not None and time.monotonic() >= worker.deadline:
                        yield self._failed(worker, stopped_reason(self.timeout, worker.ocr_pages, self.ocr_page_timeout)
                                           + ": the file hangs or is too slow to read")
                    elif not worker.ready and time.monotonic() - worker.born > STARTUP_SECONDS:
                        raise CheckerError(f"a worker process did not start within {STARTUP_SECONDS} s")
                    else:
                        continue
                    worker.stop(kill=True)
                    workers.remove(worker)
                    busy = sum(w.unit is not None for w in workers)
                    if pending and len(workers) < min(self.jobs, len(pending) + busy):
                        workers.append(_Worker(context, args))
            finished = True
        finally:
            for worker in workers:
                worker.stop(kill=not finished)

    def _give_work(self, worker: _Worker, pending: deque):
        if worker.ready and not worker.retiring and worker.unit is None and pending and not worker.dead():
            worker.assign(pending.popleft(), self.timeout, self.ocr_page_timeout)

    def note_ocr_page(self, worker: _Worker):
        """OCR starts on another page of the worker's contract: its deadline moves on."""
        worker.ocr_pages += 1
        worker.deadline = worker.started + time_bound(self.timeout, worker.ocr_pages, self.ocr_page_timeout)

    def _failed(self, worker: _Worker, reason: str) -> Outcome:
        unit, worker.unit = worker.unit, None
        seconds = time.monotonic() - worker.started
        return Outcome(unit.path, unit.files, ERROR, reason=reason, seconds=seconds, cacheable=False,
                       worker=worker.process.pid)

    def _cannot_start(self, worker: _Worker) -> str:
        why = worker.start_error or f"exit code {worker.process.exitcode}"
        hint = f"; is --max-memory {self.max_memory_mb} too low?" if self.max_memory_mb else ""
        return f"worker processes cannot start ({why}){hint}"

    @staticmethod
    def _next_wake(workers) -> float:
        now = time.monotonic()
        deadlines = [w.deadline for w in workers if w.unit is not None]
        return max(0.0, min([*deadlines, now + 1.0]) - now)
