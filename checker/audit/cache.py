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
);
CREATE TABLE IF NOT EXISTS outputs (
    fingerprint TEXT NOT NULL,
    files TEXT NOT NULL
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
            self.db.executescript(_SCHEMA)
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

    def put(self, key: str, outcome: Outcome, file_hashes: list[str]) -> bool:
        """Keep a result under its key; False when it is not kept (it may come out otherwise next time)."""
        if outcome.cached:
            return True
        if not outcome.cacheable:
            return False
        if outcome.status == OK and [d["sha256"] for d in outcome.report["documents"]] != file_hashes:
            return False  # a file changed while it was being read: this result belongs to no key
        report = outcome.report_json() if outcome.report else None
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (key, self.tool, outcome.status, report, outcome.reason, outcome.seconds, time.time()))
        self.db.commit()
        return True

    def written_outputs(self) -> tuple[str, dict] | None:
        """The fingerprint of the portfolio files the last complete audit wrote, and each file's
        (size, modification time) as it left it."""
        row = self.db.execute("SELECT fingerprint, files FROM outputs").fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def remember_outputs(self, fingerprint: str | None, files: dict):
        """None: the files just written are not what a re-run would write (some result was not cached)."""
        self.db.execute("DELETE FROM outputs")
        if fingerprint is not None:
            self.db.execute("INSERT INTO outputs VALUES (?, ?)", (fingerprint, json.dumps(files)))
        self.db.commit()

    def close(self):
        self.db.close()


class NoCache:
    """--no-cache: nothing looked up, nothing stored."""

    def get(self, key, path, files):
        return None

    def put(self, key, outcome, file_hashes):
        return False

    def written_outputs(self):
        return None

    def remember_outputs(self, fingerprint, files):
        pass

    def close(self):
        pass
