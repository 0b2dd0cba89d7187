"""Where the reviews run. Each engine takes the same units and yields `Outcome`s as they
arrive; the audit never branches on which one it has.

    local.py  worker processes of our own on this machine, killable at --timeout
    dask.py   a Dask cluster (--scheduler ADDRESS, or a local one), file bytes shipped to workers
"""

from checker.audit.time_bound import OCR_PAGE_SECONDS


class Engine:
    """What every engine is given, and the memory high-water mark of each worker it ran."""

    def __init__(self, rulebook, jobs: int, timeout: float, max_memory_mb: int = 0,
                 ocr_page_timeout: float = OCR_PAGE_SECONDS, scheduler: str | None = None):
        self.rulebook = rulebook
        self.scheduler = scheduler  # a Dask scheduler's address (dask.py); None: a local cluster
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.ocr_page_timeout = ocr_page_timeout
        self.max_memory_mb = max_memory_mb
        self.peak_rss_kb: dict[int, int] = {}  # worker -> its high-water mark

    def note_memory(self, worker: int, kb: int | None):
        if kb:
            self.peak_rss_kb[worker] = max(kb, self.peak_rss_kb.get(worker, 0))


def make_engine(name: str, **options):
    if name == "dask":
        from checker.audit.engines.dask import DaskEngine

        return DaskEngine(**options)
    from checker.audit.engines.local import LocalEngine

    return LocalEngine(**options)
