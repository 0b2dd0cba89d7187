"""Reading contracts while the workers start.

The workers' fork server spends most of a second loading spaCy, the pipeline and the
rulebook's patterns, on one core, while the audit's parent waits. Reading files needs none
of that: a light process, forked from the parent, reads the smallest contracts' files into
documents meanwhile (the workers start with the biggest), and the workers given those
contracts skip the reading. It is stopped as soon as the workers are up, whatever it is
doing; a contract it did not finish, or could not read, is read by its worker as usual, so
an error is reported, and isolated, exactly as without it.
"""

from __future__ import annotations

import multiprocessing
import pickle
import signal
import sys
import threading
import time

from checker.audit.worker import die_with_parent, limit_memory


def _read(conn, tasks, max_memory_mb):
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    die_with_parent()
    limit_memory(max_memory_mb)
    from checker.ingest import load_document

    for path, files in tasks:
        started = time.process_time()
        try:
            documents = [load_document(name) for name in files]
            # pickled here, unpickled by the worker: the parent only passes the bytes on
            payload = pickle.dumps(documents, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - any failure, memory included: its worker reads it and reports it
            payload = None
        conn.send((path, payload, time.process_time() - started))
    conn.close()


class ReadAhead:
    """A process reading `units` (in that order) into documents, and a thread in the parent
    collecting them, so the process never waits for the parent (which is busy starting the
    workers)."""

    def __init__(self, units, max_memory_mb: int = 0):
        self.documents: dict[str, tuple[bytes, float]] = {}  # path -> (pickled documents, CPU seconds to read them)
        self._lock = threading.Lock()
        context = multiprocessing.get_context("fork")
        self._conn, child = context.Pipe(duplex=False)
        tasks = [(unit.path, unit.files) for unit in units]
        self._process = context.Process(target=_read, args=(child, tasks, max_memory_mb), daemon=True,
                                        name="checker-audit-read-ahead")
        self._process.start()
        child.close()
        self._thread = threading.Thread(target=self._collect, daemon=True, name="checker-audit-read-ahead")
        self._thread.start()

    @classmethod
    def start(cls, units, max_memory_mb: int = 0) -> ReadAhead | None:
        """None where processes cannot be forked (the fork server exists on Linux and macOS,
        fork is safe for this light process only on Linux)."""
        if not units or not sys.platform.startswith("linux"):
            return None
        try:
            return cls(units, max_memory_mb)
        except OSError:
            return None

    def _collect(self):
        while True:
            try:
                path, payload, cpu_seconds = self._conn.recv()
            except (EOFError, OSError, ValueError, TypeError):  # ended, or stopped mid-message
                return
            if payload is not None:
                with self._lock:
                    self.documents[path] = (payload, cpu_seconds)

    def stop(self) -> dict[str, tuple[bytes, float]]:
        """Stop reading now; what was read so far: contract path -> (its documents, pickled
        for the worker, and the CPU seconds it took, which count in the contract's time)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5)
        self._thread.join(5)
        self._conn.close()
        with self._lock:
            return dict(self.documents)
