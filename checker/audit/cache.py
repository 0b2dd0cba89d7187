"""The result cache: one SQLite file in the output folder, one row per contract key
(see keys.py), committed as each result arrives so an interrupted audit resumes where it
stopped. Only results that would come out the same again are kept: reports and input errors,
not timeouts, crashes or memory exhaustion."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from checker.audit.outcome import OK, Outcome
from checker.errors import CheckerError

FILE_NAME = "audit-cache.sqlite"

SCHEMA_VERSION = 3  # a cache of another layout is dropped, not misread
_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY,
    tool TEXT NOT NULL,
    status TEXT NOT NULL,
    report TEXT,
    reason TEXT NOT NULL DEFAULT '',
    seconds REAL NOT NULL DEFAULT 0,
    stored REAL NOT NULL
)
"""


class ResultCache:
    def __init__(self, outdir: Path, tool: str):
        self.path = Path(outdir) / FILE_NAME
        self.tool = tool  # stored with each result, to tell which build made it
        try:
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            if self.db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
                self.db.execute("DROP TABLE IF EXISTS results")
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            self.db.execute(_SCHEMA)
            self.db.commit()
        except sqlite3.DatabaseError as error:
            raise CheckerError(f"{self.path}: cannot use the audit cache ({error}); "
                               f"delete it or run with --no-cache") from None

    def get(self, key: str, path: str, files: tuple[str, ...]) -> Outcome | None:
        row = self.db.execute("SELECT status, report, reason, seconds FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        status, text, reason, seconds = row
        report = json.loads(text) if text else None
        # the stored text is what json.dumps made of this report: findings.jsonl reuses it
        return Outcome(path, files, status, report=report, reason=reason, seconds=seconds, cached=True,
                       _report_json=text or None)

    def put(self, key: str, outcome: Outcome, file_hashes: list[str]):
        if not outcome.cacheable or outcome.cached:
            return
        if outcome.status == OK and [d["sha256"] for d in outcome.report["documents"]] != file_hashes:
            return  # a file changed while it was being read: this result belongs to no key
        report = outcome.report_json() if outcome.report else None
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (key, self.tool, outcome.status, report, outcome.reason, outcome.seconds, time.time()))
        self.db.commit()

    def close(self):
        self.db.close()


class NoCache:
    """--no-cache: nothing looked up, nothing stored."""

    def get(self, key, path, files):
        return None

    def put(self, key, outcome, file_hashes):
        pass

    def close(self):
        pass
