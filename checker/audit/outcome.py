"""The record of one audited contract, whichever engine produced it or the cache."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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
    cached: bool = False
    cacheable: bool = True  # False for a timeout, a crash, memory: they may pass on another run
    peak_rss_kb: int | None = None  # the worker's high-water mark after this contract
    worker: int | None = None  # the worker's process id

    @property
    def pages(self) -> int:
        return sum(d["pages"] for d in self.report["documents"]) if self.report else 0


def worst_gap(report: dict | None) -> str | None:
    """The most severe severity of a weak or missing finding, or None."""
    if not report:
        return None
    gaps = [f["severity"] for f in report["findings"] if f["status"] in ("weak", "missing")]
    return min(gaps, key=SEVERITY_RANK.__getitem__) if gaps else None


def fails(outcome: Outcome, fail_on: str) -> bool:
    """Does this contract make the audit exit 1? A contract that could not be read always
    does: it cannot be shown compliant. A skipped file is not a contract and does not."""
    if outcome.status == ERROR:
        return True
    if outcome.status != OK or fail_on == "never":
        return False
    worst = worst_gap(outcome.report)
    return worst is not None and SEVERITY_RANK[worst] <= SEVERITY_RANK[fail_on]


def restamp(report: dict, paths: tuple[str, ...]) -> dict:
    """A cached report made for the same bytes under other names, renamed to ``paths``
    (the cache is keyed by content, so a moved folder is not re-checked)."""
    names = {}
    for document, path in zip(report["documents"], paths):
        names[Path(document["path"]).name] = Path(path).name
        document["path"] = path
    if any(old != new for old, new in names.items()):
        for finding in report["findings"]:
            for evidence in finding["evidence"]:
                evidence["document"] = names.get(evidence["document"], evidence["document"])
    return report
