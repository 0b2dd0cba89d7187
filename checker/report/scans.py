"""What every human-readable report says about scanned pages: how OCR read each document,
and a warning on a quote taken from a page it read poorly."""

from __future__ import annotations

INSTALL = "pip install 'checker[ocr]'"


def value_of(item, key):
    """item[key] of a dict (a JSON report), item.key of a record (a live report); None when absent."""
    return item.get(key) if isinstance(item, dict) else getattr(item, key, None)


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


def evidence_note(evidence) -> str:
    """'' or the warning a quote from a poorly read scanned page carries."""
    if not value_of(evidence, "ocr_low"):
        return ""
    return f"scanned page read by OCR with {value_of(evidence, 'ocr_confidence'):.0%} confidence: check the quote"
