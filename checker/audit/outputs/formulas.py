"""Spreadsheet formula injection (OWASP "CSV injection"): a cell whose text starts with
= + - @, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google
Sheets when the CSV is opened, and a file named ``=HYPERLINK("evil.invalid","click").txt``
would become a live link in the portfolio. Text cells that start so are written with a
leading apostrophe in CSV (the spreadsheet shows the text, runs nothing); the workbook writes
every text as a string cell, with Excel's quote prefix on those (see xlsx.py).
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_safe(value):
    """A CSV cell a spreadsheet reads as text: numbers unchanged, formula-like text quoted."""
    return "'" + value if looks_like_formula(value) else value


def csv_safe_row(row: dict) -> dict:
    return {key: csv_safe(value) for key, value in row.items()}
