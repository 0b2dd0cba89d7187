"""The key terms abstract as rows for the text and Markdown reports (checker/keyterms.py reads
the terms; this module only lays them out)."""

from __future__ import annotations

from checker.keyterms import KEY_TERMS
from checker.report.ordering import where


def abstract(key_terms: dict, limit: int = 8) -> list[tuple[str, str, str]]:
    """(label, value, where) rows for the text and Markdown reports: every key term, in order,
    'not stated' when the contract does not say, at most `limit` items per term."""
    rows = []
    for name, label in KEY_TERMS:
        items = (key_terms or {}).get(name) or []
        if not items:
            rows.append((label, "not stated", ""))
        for i, item in enumerate(items[:limit]):
            more = f" (and {len(items) - limit} more)" if i == limit - 1 and len(items) > limit else ""
            rows.append((label if i == 0 else "", item["value"] + more, where(item.get("evidence") or {})))
    return rows

