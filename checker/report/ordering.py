"""What every human-readable report shares: the order (by category, most severe gaps first),
where a quote stands, the documents' names and the tally of statuses."""

from __future__ import annotations

from checker.findings import SEVERITY_RANK
from checker.report.scans import evidence_note, value_of

STATUS_RANK = {"error": -1, "missing": 0, "weak": 1, "met": 2, "not_applicable": 3}
STATUS_LABEL = {"error": "ERROR", "missing": "MISSING", "weak": "WEAK", "met": "MET", "not_applicable": "N/A"}


def grouped(items, key) -> dict:
    """{key(item): [the items with that key]}, keys and items in the order they come."""
    groups: dict = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


def by_category(findings):
    """[(category, [findings])], categories with the worst gap first."""
    groups = grouped(findings, lambda f: f.category)
    for items in groups.values():
        items.sort(key=lambda f: (STATUS_RANK[f.status], SEVERITY_RANK[f.severity], f.rule))

    def worst(items):
        return min((STATUS_RANK[f.status], SEVERITY_RANK[f.severity]) for f in items)

    return sorted(groups.items(), key=lambda kv: (worst(kv[1]), kv[0]))


def names(report) -> str:
    """The reviewed documents, as every report heads itself: 'msa.pdf, sla.docx'."""
    return ", ".join(d.path for d in report.documents)


def tally(summary: dict, waived: int = 0) -> str:
    """'3 met, 1 weak, 2 missing, 0 not applicable (1 waived)': a report's findings counted."""
    return (f"{summary['met']} met, {summary['weak']} weak, {summary['missing']} missing, "
            f"{summary['not_applicable']} not applicable" + (f" ({waived} waived)" if waived else ""))


def where(evidence) -> str:
    """'msa.pdf, p. 3, §4.2 Response Times': where a quote stands (an Evidence, or its dict in
    a JSON report or the key terms), with the warning a quote from a poorly read scan carries."""
    document, page = value_of(evidence, "document"), value_of(evidence, "page")
    section, heading = value_of(evidence, "section"), value_of(evidence, "heading")
    parts = (document, page and f"p. {page}", " ".join(p for p in (section and f"§{section}", heading) if p),
             evidence_note(evidence))
    return ", ".join(str(p) for p in parts if p)
