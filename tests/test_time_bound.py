"""The audit's time bound for a contract (checker/audit/time_bound.py): --timeout, and
--ocr-page-timeout more for each page OCR reads. The bound is computed, never timed."""

from __future__ import annotations

from types import SimpleNamespace

from click.testing import CliRunner

from checker.audit.engines.local import LocalEngine
from checker.audit.time_bound import OCR_PAGE_SECONDS, stopped_reason, time_bound
from checker.cli import main


def test_the_bound_grows_by_the_allowance_of_each_ocr_page():
    assert time_bound(120) == 120
    assert time_bound(120, 0, 10) == 120
    assert time_bound(120, 1, 10) == 130
    assert time_bound(120, 200, 10) == 2120  # a 200-page scan: not a file that hangs
    assert time_bound(60, 30, 2.5) == 135
    assert time_bound(120, 5, 0) == 120  # --ocr-page-timeout 0: the old fixed bound
    assert time_bound(120, 3) == 120 + 3 * OCR_PAGE_SECONDS


def test_the_local_engine_moves_a_contracts_deadline_as_each_ocr_page_starts():
    engine = LocalEngine(rulebook=None, jobs=1, timeout=120, ocr_page_timeout=10)
    worker = SimpleNamespace(started=1000.0, ocr_pages=0, deadline=1120.0)
    deadlines = []
    for _ in range(3):
        engine.note_ocr_page(worker)
        deadlines.append(worker.deadline)
    assert worker.ocr_pages == 3
    assert deadlines == [1130.0, 1140.0, 1150.0]


def test_the_error_row_says_which_bound_stopped_the_contract():
    assert stopped_reason(3) == "stopped after 3 s (--timeout)"  # a text file: as before
    reason = stopped_reason(120, 22, 10)
    assert reason.startswith("stopped after 340 s (--timeout 120 s, and 10 s for each of the 22 pages read by OCR")
    assert "--ocr-page-timeout" in reason
    assert "each of the 1 page read by OCR" in stopped_reason(120, 1, 10)


def test_audit_help_documents_the_allowance_and_its_default_is_the_modules():
    result = CliRunner().invoke(main, ["audit", "--help"])
    text = " ".join(result.output.split())
    assert "--ocr-page-timeout" in text and "Seconds added to --timeout for each page of a contract read by OCR" in text
    assert f"[default: {OCR_PAGE_SECONDS}; x>=0]" in text
    assert CliRunner().invoke(main, ["audit", ".", "--ocr-page-timeout", "-1"]).exit_code == 2
