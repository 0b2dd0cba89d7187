"""The dask engine: the same reviews on a Dask cluster.

The driver reads each contract's bytes and ships them with the task, so workers need not
share a disk with it: a worker writes the bytes to a temporary file of the same name,
reviews it, names the report after the original path, and deletes the file. The rulebook is scattered to every
worker once; each worker process builds the spaCy pipeline once.

Isolation is Dask's: a worker that crashes or passes its memory limit is restarted by its
nanny and, after the scheduler's allowed failures, the task fails and becomes an error row.
A task that passes --timeout (and --ocr-page-timeout for each page OCR reads, see
checker/audit/time_bound.py) is reported as an error row, but a thread cannot be killed: the
review runs on in the background on that worker until it ends.

Needs the optional extra: pip install 'checker[dask]'.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections import deque
from pathlib import Path

from checker.audit.engines import Engine
from checker.audit.outcome import ERROR, Outcome
from checker.audit.time_bound import OCR_PAGE_SECONDS, stopped_reason, time_bound
from checker.audit.worker import peak_rss_kb, review_unit
from checker.errors import CheckerError
from checker.ingest import ocr_mode

IN_FLIGHT_PER_THREAD = 2  # contracts shipped ahead per worker thread: the driver holds no more bytes


def review_shipped(path: str, files: tuple[str, ...], contents: list[bytes], rulebook, timeout: float,
                   ocr: str | None = None, ocr_page_timeout: float = OCR_PAGE_SECONDS) -> Outcome:
    """Runs on a Dask worker: review contracts sent as bytes."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="checker-audit-") as folder:
        sources = []
        for index, (name, data) in enumerate(zip(files, contents)):
            source = Path(folder) / str(index) / Path(name).name  # the same file name: waivers may name it
            source.parent.mkdir()
            source.write_bytes(data)
            sources.append(str(source))
        result: list[Outcome] = []
        ocr_pages = [0]  # pages OCR started on: each gives the review more time

        def review():
            from checker.ingest.ocr import set_page_listener

            set_page_listener(lambda: ocr_pages.__setitem__(0, ocr_pages[0] + 1))
            result.append(review_unit(path, files, rulebook, sources=tuple(sources), ocr=ocr))

        thread = threading.Thread(target=review, daemon=True)
        thread.start()
        while thread.is_alive():
            left = start + time_bound(timeout, ocr_pages[0], ocr_page_timeout) - time.perf_counter()
            if left <= 0:
                break
            thread.join(min(left, 1.0))
    if not result:
        return Outcome(path, files, ERROR, seconds=time.perf_counter() - start, cacheable=False,
                       reason=stopped_reason(timeout, ocr_pages[0], ocr_page_timeout)
                       + ": the file hangs or is too slow to read")
    outcome = result[0]
    outcome.peak_rss_kb = peak_rss_kb()
    return outcome


class DaskEngine(Engine):
    def _connect(self):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise CheckerError("--engine dask needs Dask: pip install 'checker[dask]'") from None
        if self.scheduler:
            try:
                return Client(self.scheduler), None  # waits distributed.comm.timeouts.connect (30 s)
            except (OSError, TimeoutError, ValueError) as error:
                raise CheckerError(f"cannot reach the Dask scheduler at {self.scheduler}: {error}") from None
        cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None,
                               memory_limit=f"{self.max_memory_mb}MB" if self.max_memory_mb else "auto")
        return Client(cluster), cluster

    def run(self, units):
        """Yield one Outcome per unit, in the order they finish."""
        from distributed import as_completed

        client, cluster = self._connect()
        try:
            threads = max(1, sum(client.nthreads().values()))
            rulebook = client.scatter(self.rulebook, broadcast=True)
            pending = deque(units)
            futures = {}
            finished = as_completed()

            def submit_next():
                while pending and len(futures) < threads * IN_FLIGHT_PER_THREAD:
                    unit = pending.popleft()
                    try:
                        contents = [Path(f).read_bytes() for f in unit.files]
                    except OSError as error:
                        return Outcome(unit.path, unit.files, ERROR, cacheable=False,
                                       reason=f"cannot be read ({error.strerror})")
                    future = client.submit(review_shipped, unit.path, unit.files, contents, rulebook, self.timeout,
                                           ocr_mode(), self.ocr_page_timeout, pure=False, retries=0)
                    futures[future] = unit
                    finished.add(future)
                return None

            while pending or futures:
                unreadable = submit_next()
                if unreadable is not None:
                    yield unreadable
                    continue
                future = next(finished)
                unit = futures.pop(future)
                try:
                    outcome = future.result()
                except Exception as error:  # the worker died on it (KilledWorker) or the task failed
                    outcome = Outcome(unit.path, unit.files, ERROR, cacheable=False,
                                      reason=f"the cluster could not review it ({type(error).__name__}: {error})")
                self.note_memory(outcome.worker or 0, outcome.peak_rss_kb)
                yield outcome
        finally:
            try:
                client.close()
            finally:
                if cluster is not None:
                    cluster.close()
