"""The order every human-readable report uses: by category, most severe gaps first."""

from __future__ import annotations

from checker.findings import SEVERITY_RANK
from checker.report.scans import evidence_note

STATUS_RANK = {"error": -1, "missing": 0, "weak": 1, "met": 2, "not_applicable": 3}
STATUS_LABEL = {"error": "ERROR", "missing": "MISSING", "weak": "WEAK", "met": "MET", "not_applicable": "N/A"}


def by_category(findings):
    """[(category, [findings])], categories with the worst gap first."""
    groups: dict[str, list] = {}
    for finding in findings:
        groups.setdefault(finding.category, []).append(finding)
    for items in groups.values():
        items.sort(key=lambda f: (STATUS_RANK[f.status], SEVERITY_RANK[f.severity], f.rule))

    def worst(items):
        return min((STATUS_RANK[f.status], SEVERITY_RANK[f.severity]) for f in items)

    return sorted(groups.items(), key=lambda kv: (worst(kv[1]), kv[0]))


def where(evidence) -> str:
    parts = [evidence.document]
    if evidence.page:
        parts.append(f"p. {evidence.page}")
    section = " ".join(p for p in (evidence.section and f"§{evidence.section}", evidence.heading) if p)
    if section:
        parts.append(section)
    note = evidence_note(evidence)
    if note:
        parts.append(note)
    return ", ".join(parts)
