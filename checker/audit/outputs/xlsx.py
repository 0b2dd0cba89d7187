"""portfolio.xlsx (openpyxl): the portfolio table on one sheet, then a sheet per category
with that category's elements, then a Findings sheet with every gap (contract, rule, status,
severity, message, quote, page, section, fix); cells coloured by status, header frozen and filterable.
Written once, at the end (a spreadsheet cannot be appended to row by row), in openpyxl's
streaming mode: memory stays flat for thousands of contracts. Every text is written as a
string cell (openpyxl would turn a text starting with '=' into a formula), and a text a
spreadsheet would read as a formula also gets Excel's quote prefix (see csv_file.py)."""

from __future__ import annotations

import re
from pathlib import Path

from checker.audit.outputs import replace_atomically
from checker.audit.outputs.csv_file import FORMULA_STARTS, looks_like_formula
from checker.audit.outputs.table import BASE_COLUMNS
from checker.elements import category_of
from checker.findings import SEVERITY_RANK
from checker.report.shared import grouped

FILLS = {"met": "C6EFCE", "weak": "FFEB9C", "missing": "FFC7CE", "n-a": "EDEDED",
         "error": "FFC7CE", "skipped": "EDEDED"}
SUMMARY_COLUMNS = ["path", "status", "score", "scope", "worst_gap", "reason"]
FINDING_COLUMNS = ["path", "rule", "element", "status", "severity", "message", "quote", "page", "section", "fix"]
GAPS = ("error", "missing", "weak")
# text openpyxl would store as a formula ('=') or an error code ('#N/A'), or a spreadsheet run:
# written through text_cell; any other text is a string cell as it is (a cell object each costs)
NOT_PLAIN = (*FORMULA_STARTS, "#")


class PortfolioXlsx:
    FILE_NAME = "portfolio.xlsx"

    def __init__(self, outdir: Path, elements: list[str], info: dict):
        self.path = outdir / self.FILE_NAME
        self.elements = elements
        self.gaps: list[dict] = []  # one row per gap of every contract: the Findings sheet
        import openpyxl  # noqa: F401 - now, while the workers start, not at the end of the audit

    def add(self, outcome, row: dict):
        report = getattr(outcome, "report", None)
        for finding in (report or {}).get("findings", []):
            if finding["status"] in GAPS:
                evidence = (finding.get("evidence") or [{}])[0]
                self.gaps.append({"path": row["path"], "rule": finding["rule"], "element": finding["element"],
                                  "status": finding["status"], "severity": finding["severity"],
                                  "message": finding["message"], "quote": evidence.get("quote") or "",
                                  "page": evidence.get("page") or "", "section": evidence.get("section") or "",
                                  "fix": " ".join((finding.get("fix") or "").split())})

    def finish(self, rows: list[dict], complete: bool):
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        element_set = set(self.elements)
        fills = {value: PatternFill("solid", fgColor=colour) for value, colour in FILLS.items()}
        bold = Font(bold=True)
        slanted = Alignment(text_rotation=60, vertical="bottom")
        workbook = Workbook(write_only=True)

        def text_cell(worksheet, value: str):
            """A string cell, never a formula, whatever the text starts with."""
            cell = WriteOnlyCell(worksheet, value=value)
            cell.data_type = "s"
            if looks_like_formula(value):
                cell.quotePrefix = True  # shown as text, and stays text when edited
            return cell

        def sheet(title: str, columns: list[str], rows: list[dict] = rows):
            worksheet = workbook.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", title)[:31])  # characters Excel refuses
            worksheet.column_dimensions["A"].width = 60
            worksheet.column_dimensions["B"].width = 9
            worksheet.freeze_panes = "B2"  # the header row and the path column stay in view
            worksheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
            head = []
            for column in columns:
                cell = text_cell(worksheet, column)
                cell.font = bold
                if column in element_set:
                    cell.alignment = slanted
                head.append(cell)
            worksheet.append(head)
            coloured = {i for i, column in enumerate(columns) if column == "status" or column in element_set}
            statuses = {}  # status -> its coloured cell: one serves every row (a row is written as appended)
            for row in rows:
                values = []
                for i, column in enumerate(columns):
                    value = row.get(column, "")
                    if isinstance(value, str):
                        if i in coloured and value in fills:
                            if value not in statuses:
                                statuses[value] = text_cell(worksheet, value)
                                statuses[value].fill = fills[value]
                            value = statuses[value]
                        elif value.startswith(NOT_PLAIN):
                            value = text_cell(worksheet, value)
                    values.append(value)
                worksheet.append(values)

        sheet("Portfolio", BASE_COLUMNS + self.elements)
        for category, elements in grouped(self.elements, category_of).items():
            sheet(category, SUMMARY_COLUMNS + elements)
        order = {status: i for i, status in enumerate(GAPS)}
        self.gaps.sort(key=lambda g: (g["path"], order[g["status"]], SEVERITY_RANK.get(g["severity"], 9), g["rule"]))
        sheet("Findings", FINDING_COLUMNS, self.gaps)  # every gap: what, where, quoted, and the fix
        replace_atomically(self.path, lambda temporary: workbook.save(temporary))
