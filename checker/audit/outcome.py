"""The record of one audited contract, whichever engine produced it or the cache."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from checker.findings import SEVERITY_RANK

OK, ERROR, SKIPPED = "ok", "error", "skipped"


@dataclass
class Outcome:
    path: str  # the contract: a file, or the folder of a package
    files: tuple[str, ...]
    status: str  # ok | error | skipped
    report: dict | None = None  # exactly Report.as_dict(), when status is ok
    reason: str = ""  # why it is an error or skipped
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the worker's CPU time on it (wall time includes waiting for a core)
    cached: bool = False
    cacheable: bool = True  # False for a timeout, a crash, memory: they may pass on another run
    peak_rss_kb: int | None = None  # the worker's high-water mark after this contract
    worker: int | None = None  # the worker's process id
    _report_json: str | None = field(default=None, repr=False, compare=False)

    def report_json(self) -> str:
        """The report as JSON text, encoded once for the cache and findings.jsonl."""
        if self._report_json is None:
            self._report_json = json.dumps(self.report, ensure_ascii=False)
        return self._report_json

    @property
    def pages(self) -> int:
        return sum(d["pages"] for d in self.report["documents"]) if self.report else 0

    @property
    def ocr_pages(self) -> int:
        """The pages read by OCR (slower by far than a text layer: counted apart)."""
        return len(ocr_readings(self.report))


def ocr_readings(report: dict | None) -> list[dict]:
    """Every page of the report's documents that OCR read: {page, confidence, status}."""
    if not report:
        return []
    return [page for d in report["documents"] for page in (d.get("ocr") or {}).get("pages", [])
            if page["status"] != "not_read"]


_GAP_RANK = {"error": 0, "missing": 1, "weak": 2}


def _gaps(report: dict | None) -> list[dict]:
    """The weak, missing and error findings not waived (a waived gap is accepted), the most severe
    first, then error, missing, weak (stable: in rulebook order within those)."""
    gaps = [f for f in (report or {}).get("findings", []) if f["status"] in _GAP_RANK and not f.get("waived")]
    return sorted(gaps, key=lambda f: (SEVERITY_RANK[f["severity"]], _GAP_RANK[f["status"]]))


def worst_gap(report: dict | None) -> str | None:
    """The most severe severity of a weak or missing finding not waived, or None."""
    gaps = _gaps(report)
    return gaps[0]["severity"] if gaps else None


def worst_gap_named(report: dict | None) -> str | None:
    """The worst gap itself, for the portfolio's worst_gap column: its severity, rule, element and
    status ('high: SLA-RESPONSE (sla.response) missing'), and how many more gaps share that
    severity; None when there is no gap."""
    gaps = _gaps(report)
    if not gaps:
        return None
    worst = gaps[0]
    more = sum(f["severity"] == worst["severity"] for f in gaps) - 1
    return (f"{worst['severity']}: {worst['rule']} ({worst['element']}) {worst['status']}"
            + (f" +{more} more {worst['severity']}" if more else ""))


def fails(outcome: Outcome, fail_on: str) -> bool:
    """Does this contract make the audit exit 1? A contract that could not be read always
    does: it cannot be shown compliant. A skipped file is not a contract and does not."""
    if outcome.status == ERROR:
        return True
    if outcome.status != OK or fail_on == "never":
        return False
    if any(f["status"] == "error" and not f.get("waived") for f in outcome.report["findings"]):
        return True  # a rule that failed leaves its element unjudged, whatever its severity
    worst = worst_gap(outcome.report)
    return worst is not None and SEVERITY_RANK[worst] <= SEVERITY_RANK[fail_on]


def restamp(value, renames: dict[str, str]):
    """A report made from temporary copies, renamed after the originals: every string that is
    exactly a temporary path becomes the original path, wherever the report holds it (a
    temporary copy has its original's file name, so names need no change)."""
    if isinstance(value, str):
        return renames.get(value, value)
    if isinstance(value, dict):
        return {key: restamp(item, renames) for key, item in value.items()}
    if isinstance(value, list):
        return [restamp(item, renames) for item in value]
    return value
