"""The portfolio table every output shares: one row per contract (its status, score and
counts), then one column per element the rulebook checks, holding met / weak / missing / n-a.

A contract that could not be read has status `error`, no score and every element cell
empty: nothing about it reads as met.
"""

from __future__ import annotations

from pathlib import Path

from checker.audit.outcome import OK, SKIPPED, Outcome, ocr_readings, worst_gap_named
from checker.elements import ELEMENTS

BASE_COLUMNS = ["path", "status", "score", "scope", "met", "weak", "missing", "not_applicable", "worst_gap", "pages",
                "ocr_pages", "ocr_confidence", "documents", "reason"]
CELL = {"met": "met", "weak": "weak", "missing": "missing", "not_applicable": "n-a", "error": "error"}
CELL_RANK = {"error": -1, "missing": 0, "weak": 1, "met": 2, "n-a": 3, "": 4}  # worst first, for sorting


def element_columns(rulebook) -> list[str]:
    """The elements the rulebook's enabled rules check, in the vocabulary's order."""
    checked = {rule.element for rule in rulebook.rules if getattr(rule, "enabled", True)}
    ordered = [element for element in ELEMENTS if element in checked]
    return ordered + sorted(checked - set(ordered))


def portfolio_row(outcome: Outcome, elements: list[str]) -> dict:
    row = {column: "" for column in BASE_COLUMNS}
    row.update(path=outcome.path, status=outcome.status, reason=outcome.reason)
    if outcome.status != SKIPPED:
        row["documents"] = len(outcome.files)
    cells = dict.fromkeys(elements, "")
    if outcome.status == OK and outcome.report:
        report = outcome.report
        summary = report["summary"]
        scope = report.get("scope") or {"in_scope": True}
        row.update(score=report.get("score"), scope="IT services" if scope.get("in_scope", True) else "out of scope",
                   met=summary["met"], weak=summary["weak"], missing=summary["missing"],
                   not_applicable=summary["not_applicable"], worst_gap=worst_gap_named(report) or "",
                   pages=outcome.pages)
        if row["score"] is None:
            row["score"] = ""
        row.update(ocr_columns(report))
        for element, status in report["elements"].items():
            if element in cells:
                cells[element] = CELL.get(status, status)
    row.update(cells)
    return row


def ocr_columns(report: dict) -> dict:
    """ocr_pages: the scanned pages read by OCR; ocr_confidence: page by page ("1:0.95 2:0.71 3:unreadable"),
    so that a poorly read page shows in the portfolio."""
    readings = ocr_readings(report)
    if not readings:
        return {"ocr_pages": 0, "ocr_confidence": ""}
    many = len({d["path"] for d in report["documents"] if d.get("ocr")}) > 1
    cells = []
    for document in report["documents"]:
        for page in (document.get("ocr") or {}).get("pages", []):
            if page["status"] == "not_read":
                continue
            label = f"{Path(document['path']).name} p.{page['page']}" if many else str(page["page"])
            value = page["status"] if page["confidence"] is None or page["status"] == "unreadable" \
                else f"{page['confidence']:.2f}" + ("(low)" if page["status"] == "low" else "")
            cells.append(f"{label}:{value}")
    return {"ocr_pages": len(readings), "ocr_confidence": " ".join(cells)}
