"""The audit's files in the output folder, one module per format, all fed the same way:
``add(outcome, row)`` as each contract finishes (the streaming ones write and flush it at
once, so an interrupted audit keeps what it finished) and ``finish(rows, complete)`` at the
end, with every row sorted by path (the streaming ones rewrite themselves in that order).

    table.py      the shared row: path, status, score, counts, one cell per element
    csv_file.py   portfolio.csv, and errors.csv: what could not be read or was skipped, and why
                  (always written); no cell a spreadsheet runs as a formula (OWASP CSV injection)
    jsonl.py      findings.jsonl: each contract's full JSON report, one per line
    xlsx.py       portfolio.xlsx: coloured, frozen header, a sheet per category
    heatmap.py    portfolio.html: contracts x elements, sortable, cells link to findings; the notice
                  deadlines of the 12 months from the as-of day
    key_dates.py  key-dates.csv (one row per contract: parties, effective, expiry, renewal, notice,
                  last day to give notice, evidence) and key-dates.ics (one event per notice deadline)
"""

from __future__ import annotations

import importlib
import os
from datetime import date
from pathlib import Path

from checker.audit.outputs.table import element_columns, portfolio_row
from checker.keydates import refresh

# format -> (module, class) of its writer, imported on demand: a run without xlsx never imports openpyxl
_WRITERS = {"csv": ("csv_file", "PortfolioCsv"), "xlsx": ("xlsx", "PortfolioXlsx"), "jsonl": ("jsonl", "FindingsJsonl"),
            "html": ("heatmap", "PortfolioHtml"), "keydates": ("key_dates", "KeyDates")}
FORMATS = tuple(_WRITERS)


def _file_names(writer: type) -> tuple[str, ...]:
    return getattr(writer, "FILE_NAMES", (writer.FILE_NAME,))


def _writer(fmt: str):
    module, name = _WRITERS[fmt]
    return getattr(importlib.import_module(f"checker.audit.outputs.{module}"), name)


class Outputs:
    def __init__(self, outdir: Path, formats: list[str], rulebook, expected: int, as_of: date | None = None):
        from checker.audit.outputs.csv_file import ErrorsCsv

        self.outdir = Path(outdir)
        self.elements = element_columns(rulebook)
        self.as_of = as_of or date.today()
        info = {"rulebook": rulebook.info(), "expected": expected, "as_of": self.as_of}
        self.rows: list[dict] = []
        self.writers = [ErrorsCsv(self.outdir, self.elements, info)]
        self.writers += [_writer(fmt)(self.outdir, self.elements, info) for fmt in formats]
        for fmt in FORMATS:  # a table left by an earlier run would not match this one's
            if fmt not in formats:
                for name in _file_names(_writer(fmt)):
                    (self.outdir / name).unlink(missing_ok=True)

    def file_names(self) -> list[str]:
        """The files this audit writes in the output folder."""
        return [name for writer in self.writers for name in _file_names(type(writer))]

    def add(self, outcome):
        if outcome.report and outcome.report.get("key_terms"):
            # a report from the cache or a worker was made on its own day: the deadlines of this as-of day
            refresh(outcome.report["key_terms"], self.as_of)
            outcome._report_json = None
        row = portfolio_row(outcome, self.elements)
        self.rows.append(row)
        for writer in self.writers:
            writer.add(outcome, row)

    def finish(self, complete: bool = True):
        rows = sorted(self.rows, key=lambda row: row["path"])
        for writer in self.writers:
            writer.finish(rows, complete)


def replace_atomically(path: Path, write):
    """Write through a temporary file, then rename: a reader never sees half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    write(temporary)
    os.replace(temporary, path)
