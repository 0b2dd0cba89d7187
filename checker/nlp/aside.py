"""A review's NLP in a process of its own, started first: `Analyser(model, aside=True)` forks
a process that imports spaCy and builds the pipeline (the longest part of a review's start-up)
on another core while the review loads its rulebook and reads its files; `analyses(documents)`
hands it the documents and takes back what the pipeline read in each (`pipeline.analysis`:
offsets and plain records, pickled through a pipe).

Whatever goes wrong over there (an exception, a crash, memory exhausted, a pipe closed), the
review analyses the documents itself, so that its findings, its errors and its bounds are
those of one process. Without `aside`, or where there is no fork, it does so anyway.
"""

from __future__ import annotations

import os
import pickle
import select
import threading

# what both processes read (checker.model's records, the pattern matcher and the patterns it keeps
# between runs, the parties' patterns): imported once, before the fork
import checker.ingest  # noqa: F401
import checker.nlp.parties  # noqa: F401


class Analyser:
    def __init__(self, model: str | None = None, aside: bool = False):
        self.model = model
        self._pid = self._requests = None
        if not aside or not hasattr(os, "fork"):
            return
        requests, self._requests = os.pipe()
        self._results, results = os.pipe()
        pid = os.fork()
        if pid == 0:  # the NLP process: never returns into the review's code
            try:
                os.close(self._requests)
                os.close(self._results)
                _serve(model, requests, results)
            finally:
                os._exit(0)
        os.close(requests)
        os.close(results)
        self._pid = pid

    def send(self, documents: list) -> None:
        """Hand the documents over to the NLP process (written by a thread: the pipe holds 64 kB until
        that process, still importing spaCy, reads it). Without one, nothing."""
        if self._requests is None:
            return
        requests, self._requests = self._requests, None
        try:
            data = pickle.dumps(documents, pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - not to be pickled: the request ends empty, and the documents are analysed here
            os.close(requests)
            return
        threading.Thread(target=_write, args=(requests, data, True), daemon=True).start()

    def ready(self) -> bool:
        """Has the NLP process answered (or ended)? Always, without one."""
        return self._pid is None or bool(select.select([self._results], [], [], 0)[0])

    def analyses(self, documents: list) -> list[tuple]:
        """`pipeline.analysis` of each document: from the NLP process if it gives them, else done here."""
        found = None
        if self._pid is not None:
            self.send(documents)
            found = self._received(len(documents))
        if found is None:
            from checker.nlp.pipeline import analysis

            found = [analysis(document, self.model) for document in documents]
        return found

    def _received(self, count: int) -> list[tuple] | None:
        try:
            try:
                found = pickle.loads(_read(self._results))
            finally:
                os.close(self._results)
                os.waitpid(self._pid, 0)
                self._pid = None
        except Exception:  # noqa: BLE001 - a process that died, a pipe closed: analysed here
            return None
        return found if isinstance(found, list) and len(found) == count else None


def _serve(model: str | None, requests: int, results: int) -> None:
    from checker.bounds import die_with_parent, started

    die_with_parent()
    try:
        from checker.nlp.pipeline import analysis, build_pipeline

        build_pipeline(model)
        started()
        documents = pickle.loads(_read(requests))  # EOF: the review ended without asking
        found = [analysis(document, model) for document in documents]
        _write(results, pickle.dumps(found, pickle.HIGHEST_PROTOCOL))
    except BaseException:  # noqa: BLE001 - the review sees the pipe close, and analyses the documents itself
        pass


def _write(fd: int, data: bytes, close: bool = False) -> None:
    view = memoryview(data)
    try:
        while view:
            view = view[os.write(fd, view):]
    except OSError:
        pass  # the other end is gone: it says so its own way
    finally:
        if close:
            os.close(fd)


def _read(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)
