"""What every human-readable report shares (text, Markdown, HTML; reviews and diffs): the order
(by category, most severe gaps first), where a quote stands, the documents' names, the tally of
statuses, how a waiver is worded, the line for a contract out of scope, the key terms' rows, how
OCR read each scanned document (and the warning a quote from a poorly read page carries) and the
not-legal-advice line every report ends with."""

from __future__ import annotations

from checker.findings import SEVERITY_RANK, value_of, where

INSTALL = "pip install 'checker[ocr]'"  # as checker.ingest.ocr.INSTALL, without importing the ingesters
NOT_LEGAL_ADVICE = "Not legal advice: an automated check against a rulebook; have a lawyer review the contract."
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


def findings_tally(report) -> str:
    """The tally of a report's findings, with how many a waiver accepts."""
    return tally(report.summary, sum(1 for f in report.findings if f.waived))


def waiver_note(waived: dict, source: bool = True) -> str:
    until = f" until {waived['expires']}" if waived.get("expires") else ""
    return f"Waived{until}: {waived['reason']}" + (f" [{waived['source']}]" if source else "")


def waiver_notes(report) -> list[str]:
    """The waivers that no longer apply (expired) or are no longer needed (the gap is closed)."""
    notes = []
    for waiver in getattr(report, "waivers", []):
        if waiver["status"] == "expired":
            verb = "counts" if len(waiver["findings"]) == 1 else "count"
            covered = f": {', '.join(waiver['findings'])} {verb} again" if waiver["findings"] else ""
            notes.append(f"Waiver for {waiver['rule']} expired on {waiver['expires']} [{waiver['source']}]{covered}.")
        elif waiver["status"] == "unused":
            notes.append(f"Waiver for {waiver['rule']} [{waiver['source']}] covers no gap any more: it can be removed.")
    return notes


def out_of_scope(report) -> str | None:
    """The line a human report opens with when the contract is not an IT services contract."""
    scope = getattr(report, "scope", None) or {}
    if scope.get("in_scope", True):
        return None
    return (f"Out of scope: this reads as {scope.get('reason', 'not an IT services contract')}. The rulebook judges "
            "IT support and managed-services contracts, so no score is given; the findings below are for reference.")


def key_term_rows(key_terms: dict, limit: int = 8) -> list[tuple[str, str, str]]:
    """(label, value, where) rows for the text and Markdown reports: every key term, in order,
    'not stated' when the contract does not say, at most `limit` items per term (checker/keyterms.py
    reads the terms; this only lays them out)."""
    from checker.keyterms import KEY_TERMS  # the engine's modules only when a report is drawn

    rows = []
    for name, label in KEY_TERMS:
        items = (key_terms or {}).get(name) or []
        if not items:
            rows.append((label, "not stated", ""))
        for i, item in enumerate(items[:limit]):
            more = f" (and {len(items) - limit} more)" if i == limit - 1 and len(items) > limit else ""
            rows.append((label if i == 0 else "", item["value"] + more, where(item.get("evidence") or {})))
    return rows


def _pages(numbers: list[int]) -> str:
    return f"p. {', '.join(map(str, numbers))}"


def _confidence(page: dict, between: str = ": ") -> str:
    return f"{page['page']}{between}{page['confidence']:.0%}"


def document_notes(documents) -> list[str]:
    """One line per document with scanned pages: OCR's confidence page by page, the pages read
    with low confidence, those too poor to read, and those left unread for want of OCR."""
    notes = []
    for document in documents:
        ocr = value_of(document, "ocr")
        if not ocr:
            continue
        pages = ocr["pages"]
        name = value_of(document, "path")
        read = [p for p in pages if p["confidence"] is not None and p["status"] in ("ok", "low")]
        parts = []
        if read:
            mean = sum(p["confidence"] for p in read) / len(read)
            parts.append(f"{len(read)} scanned page{'s' if len(read) != 1 else ''} read by OCR "
                         f"({ocr.get('engine') or 'OCR'}), confidence {mean:.0%} "
                         f"(by page: {', '.join(_confidence(p) for p in read)})")
        low = [p for p in pages if p["status"] == "low"]
        if low:
            parts.append(f"low confidence on {', '.join('p. ' + _confidence(p, ' (') + ')' for p in low)}: "
                         f"check quotes from these pages against the scan")
        unreadable = [p["page"] for p in pages if p["status"] == "unreadable"]
        if unreadable:
            parts.append(f"{_pages(unreadable)} could not be read (too faint, blurred or not text): "
                         f"nothing on {'them' if len(unreadable) > 1 else 'it'} was checked")
        blank = [p["page"] for p in pages if p["status"] == "blank"]
        if blank:
            parts.append(f"{_pages(blank)} blank")
        unread = [p["page"] for p in pages if p["status"] == "not_read"]
        if unread:
            parts.append(f"{_pages(unread)} {'are scans' if len(unread) > 1 else 'is a scan'} without text and "
                         f"{'were' if len(unread) > 1 else 'was'} not read: to read scans install the OCR extra: {INSTALL}")
        if parts:
            notes.append(f"{name}: " + "; ".join(parts))
    return notes
