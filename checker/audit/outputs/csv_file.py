"""portfolio.csv: one row per contract (and per skipped file); errors.csv: every contract that
could not be read and every file skipped, with the reason. Both written and flushed as each
arrives, rewritten in path order at the end. In every CSV file written here (portfolio, errors,
key dates) a text cell a spreadsheet would run as a formula gets a leading apostrophe (formulas.py)."""

from __future__ import annotations

import csv
from pathlib import Path

from checker.audit.outcome import OK
from checker.audit.outputs import replace_atomically
from checker.audit.outputs.formulas import csv_safe_row
from checker.audit.outputs.table import BASE_COLUMNS

def write_csv(path: Path, columns: list[str], rows):
    """A whole CSV file: the header, then the rows (dicts; keys not in `columns` left out), no cell
    a formula."""
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.DictWriter(stream, columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(csv_safe_row(row) for row in rows)


class StreamingCsv:
    """A CSV file that holds every row handed to it as soon as it is handed."""

    def __init__(self, path: Path, columns: list[str]):
        self.path = path
        self.columns = columns
        self.stream = open(self.path, "w", newline="", encoding="utf-8")
        self.writer = csv.DictWriter(self.stream, self.columns, extrasaction="ignore")
        self.writer.writeheader()
        self.stream.flush()

    def keeps(self, row: dict) -> bool:
        return True

    def add(self, outcome, row: dict):
        if self.keeps(row):
            self.writer.writerow(csv_safe_row(row))
            self.stream.flush()

    def finish(self, rows: list[dict], complete: bool):
        self.stream.close()
        kept = [row for row in rows if self.keeps(row)]
        replace_atomically(self.path, lambda temporary: write_csv(temporary, self.columns, kept))


class PortfolioCsv(StreamingCsv):
    FILE_NAME = "portfolio.csv"

    def __init__(self, outdir: Path, elements: list[str], info: dict):
        super().__init__(outdir / self.FILE_NAME, BASE_COLUMNS + elements)


class ErrorsCsv(StreamingCsv):
    def __init__(self, outdir: Path, elements: list[str], info: dict):
        super().__init__(outdir / "errors.csv", ["path", "status", "reason"])

    def keeps(self, row: dict) -> bool:
        return row["status"] != OK
