"""errors.csv: every contract that could not be read and every file skipped, with the
reason; written as they arrive, rewritten in path order at the end."""

from __future__ import annotations

from pathlib import Path

from checker.audit.outcome import OK
from checker.audit.outputs.csv_file import StreamingCsv

class ErrorsCsv(StreamingCsv):
    def __init__(self, outdir: Path, elements: list[str], info: dict):
        super().__init__(outdir / "errors.csv", ["path", "status", "reason"])

    def keeps(self, row: dict) -> bool:
        return row["status"] != OK
