"""portfolio.csv: one row per contract (and per skipped file); errors.csv: every contract that
could not be read and every file skipped, with the reason. Both written and flushed as each
arrives, rewritten in path order at the end.

Spreadsheet formula injection (OWASP "CSV injection"): a cell whose text starts with
= + - @, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google
Sheets when the CSV is opened, and a file named ``=HYPERLINK("evil.invalid","click").txt``
would become a live link in the portfolio. In every CSV file written here (portfolio, errors,
key dates) such a text cell gets a leading apostrophe (the spreadsheet shows the text, runs
nothing); the workbook writes every text as a string cell, with Excel's quote prefix on those
(see xlsx.py).
"""

from __future__ import annotations

import csv
from pathlib import Path

from checker.audit.outcome import OK
from checker.audit.outputs import replace_atomically
from checker.audit.outputs.table import BASE_COLUMNS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_safe_row(row: dict) -> dict:
    """A CSV row a spreadsheet reads as text: numbers unchanged, formula-like text quoted."""
    return {key: "'" + value if looks_like_formula(value) else value for key, value in row.items()}


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
    FILE_NAME = "errors.csv"

    def __init__(self, outdir: Path, elements: list[str], info: dict):
        super().__init__(outdir / self.FILE_NAME, ["path", "status", "reason"])

    def keeps(self, row: dict) -> bool:
        return row["status"] != OK
