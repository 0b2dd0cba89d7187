"""How long one contract may take in an audit: `--timeout`, and `--ocr-page-timeout` more for
each page OCR reads (a scanned page costs one to three seconds of OCR on one core, a text page
a hundredth of that; a 200-page scan is not a file that hangs).

The worker says when OCR starts on a page (checker/ingest/ocr.py's page listener), and the
engine moves the contract's deadline on by the page's allowance: the bound follows the OCR work
actually done, known only as the file is read, and a page that hangs still ends at its own
allowance. Timeouts are never tested by the clock: tests read the bound computed here."""

from __future__ import annotations

OCR_PAGE_SECONDS = 20.0  # per OCR page: 300 dpi reads at ~1.8 s of CPU a page; a 63-page scan on a shared machine
# (load 10 on 2 cores, nice 10) took 10.6 s a page of wall time: room for twice that


def time_bound(timeout: float, ocr_pages: int = 0, per_page: float = OCR_PAGE_SECONDS) -> float:
    """Seconds a contract may run once `ocr_pages` of its pages have gone to OCR."""
    return timeout + max(0, ocr_pages) * per_page


def stopped_reason(timeout: float, ocr_pages: int = 0, per_page: float = OCR_PAGE_SECONDS) -> str:
    """The error row of a contract stopped at its bound."""
    bound = time_bound(timeout, ocr_pages, per_page)
    if not ocr_pages:
        return f"stopped after {bound:g} s (--timeout)"
    return (f"stopped after {bound:g} s (--timeout {timeout:g} s, and {per_page:g} s for each of the "
            f"{ocr_pages} page{'s' if ocr_pages != 1 else ''} read by OCR: --ocr-page-timeout)")
