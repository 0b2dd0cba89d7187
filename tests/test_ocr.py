"""Scanned contracts (issue 10): pages without a text layer and image files read by OCR into
the same Document model, confidence in the reports and the audit, the refusals without OCR.

The scans are made here: a PDF written by tests/pdf_fixtures.py, rendered with pypdfium2 and
put back as an image-only PDF (or saved as PNG / TIFF). A page costs OCR one to three seconds,
so the suite reads few of them."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import InputError
from checker.ingest import load_document
from pdf_fixtures import make_pdf

pytest.importorskip("tesserocr", reason="the OCR extra is not installed: pip install '.[ocr]'")
from PIL import Image  # noqa: E402  (Pillow comes with the extra)

from checker.ingest import ocr  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

PAGE_ONE = [
    "MANAGED SERVICES AGREEMENT",
    "1. Services",
    "1.1 The Provider shall provide the managed services described",
    "in Schedule A to the Customer from the Effective Date.",
    "2. Fees",
    "2.1 The Customer shall pay the fees within thirty (30) days of",
    "receipt of a valid invoice from the Provider.",
]
PAGE_TWO = [
    "3. Security Incidents",
    "3.1 The Provider shall notify the Customer of any Security Incident",
    "affecting Customer Data without undue delay and in any event within",
    "twenty-four (24) hours of becoming aware of it.",
    "4. Governing Law",
    "4.1 This Agreement is governed by the laws of England and Wales.",
]


@pytest.fixture(autouse=True)
def ocr_mode_restored(monkeypatch):
    """--ocr sets CHECKER_OCR for the process: each test starts from the default and leaves it."""
    monkeypatch.delenv("CHECKER_OCR", raising=False)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_page(lines: list[str], header: str | None = None, footer: str | None = None, x: float = 72,
              top: float = 700, size: int = 12) -> str:
    ops = f"BT /F1 9 Tf 72 750 Td ({_escape(header)}) Tj ET\n" if header else ""
    ops += "".join(f"BT /F1 {size} Tf {x} {top - 18 * i} Td ({_escape(line)}) Tj ET\n" for i, line in enumerate(lines))
    return ops + (f"BT /F1 9 Tf 72 40 Td ({_escape(footer)}) Tj ET\n" if footer else "")


def render(pdf: bytes, index: int, dpi: int = 200, angle: float = 0.0) -> Image.Image:
    document = pdfium.PdfDocument(pdf)
    try:
        image = document[index].render(scale=dpi / 72, grayscale=True).to_pil()
    finally:
        document.close()
    if angle:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=angle % 90 == 0, fillcolor=255)
    return image


def image_pdf(images: list[Image.Image | bytes]) -> bytes:
    """A PDF of page-sized images, no text layer: what a scanner writes. bytes: a page of that PDF kept as it is."""
    out = pdfium.PdfDocument.new()
    for item in images:
        if isinstance(item, bytes):  # a text page, imported from a PDF
            source = pdfium.PdfDocument(item)
            out.import_pages(source)
            continue
        width, height = item.size[0] * 72 / 200, item.size[1] * 72 / 200
        buffer = io.BytesIO()
        item.save(buffer, "JPEG", quality=90)
        buffer.seek(0)
        page = out.new_page(width, height)
        picture = pdfium.PdfImage.new(out)
        picture.load_jpeg(buffer, inline=False, autoclose=False)
        picture.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(picture)
        page.gen_content()
    data = io.BytesIO()
    out.save(data)
    return data.getvalue()


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def contract_pdf() -> bytes:
    return make_pdf([text_page(PAGE_ONE, footer="Page 1 of 2"), text_page(PAGE_TWO, footer="Page 2 of 2")])


@pytest.fixture(scope="module")
def scanned(contract_pdf, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("scan") / "signed-copy.pdf"
    path.write_bytes(image_pdf([render(contract_pdf, 0), render(contract_pdf, 1, angle=1.5)]))
    return path


def test_a_scanned_pdf_is_read_page_by_page_into_the_same_document(scanned, contract_pdf, tmp_path):
    document = load_document(scanned)
    assert document.pages == 2
    assert [r.page for r in document.ocr] == [1, 2] and all(r.status == "ok" for r in document.ocr)
    assert all(0.8 <= r.confidence <= 1 for r in document.ocr)
    assert document.ocr_engine.startswith("Tesseract ")
    # page 2 was scanned 1.5 degrees askew: straightened, its lines come whole and in order
    assert "within twenty-four (24) hours of becoming aware" in words(document.text)
    assert document.page_at(document.text.index("Security Incident")) == 2
    assert document.page_at(document.text.index("Schedule A")) == 1
    # the page footers are stripped as for a text PDF, and sections are found as for one
    assert "Page 1 of 2" not in document.text and "Page 2 of 2" not in document.text
    assert {(s.number, s.heading) for s in document.iter_sections()} >= {("3", "Security Incidents"), ("4", "Governing Law")}
    text_layer = load_document((tmp_path / "t.pdf").__class__(_write(tmp_path, "t.pdf", contract_pdf)))
    assert words(document.text).replace("\u2019", "'") == words(text_layer.text)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_the_review_of_a_scan_shows_each_pages_confidence_and_finds_the_clauses(scanned):
    result = CliRunner().invoke(main, ["review", str(scanned), "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    ocr_info = report["documents"][0]["ocr"]
    assert [p["page"] for p in ocr_info["pages"]] == [1, 2]
    assert all(p["status"] == "ok" and p["confidence"] >= 0.8 for p in ocr_info["pages"])
    breach = next(f for f in report["findings"] if f["rule"] == "DATA-BREACH")
    assert breach["status"] == "met"
    evidence = breach["evidence"][0]
    assert evidence["page"] == 2 and "twenty-four (24) hours" in evidence["quote"]
    assert evidence["ocr_confidence"] >= 0.8 and evidence["ocr_low"] is False
    text = CliRunner().invoke(main, ["review", str(scanned), "--fail-on", "never"]).output
    assert "2 scanned pages read by OCR" in text and "by page: 1: " in text


def test_a_mixed_pdf_reads_only_the_page_without_text_by_ocr(contract_pdf, tmp_path):
    first = make_pdf([text_page(PAGE_ONE, footer="Page 1 of 2")])
    mixed = _write(tmp_path, "mixed.pdf", image_pdf([first, render(contract_pdf, 1)]))
    document = load_document(mixed)
    assert [r.page for r in document.ocr] == [1 + 1]
    assert document.text.startswith("MANAGED SERVICES AGREEMENT\n1. Services")  # the text layer, untouched
    assert "twenty-four (24) hours" in words(document.text)
    assert document.page_at(document.text.index("Governing Law")) == 2
    # --ocr never: the text page alone; always: both pages by OCR
    assert "Governing Law" not in load_document(mixed, ocr="never").text
    assert [r.page for r in load_document(mixed, ocr="always").ocr] == [1, 2]


def test_ocr_tells_its_listener_of_each_page_it_reads_and_of_no_text_page(scanned, contract_pdf, tmp_path):
    """What the audit's time bound counts (checker/audit/time_bound.py): pages that went to OCR."""
    pages = []
    ocr.set_page_listener(lambda: pages.append(1))
    try:
        load_document(scanned)
        assert len(pages) == 2
        first = make_pdf([text_page(PAGE_ONE, footer="Page 1 of 2")])
        load_document(_write(tmp_path, "mixed.pdf", image_pdf([first, render(contract_pdf, 1)])))
        assert len(pages) == 2 + 1  # the text page is not OCR's
    finally:
        ocr.set_page_listener(None)
    load_document(scanned)
    assert len(pages) == 3  # no listener, nothing told


def test_png_and_multipage_tiff_scans_given_directly(contract_pdf, tmp_path):
    png = tmp_path / "page.png"
    render(contract_pdf, 1).save(png)
    document = load_document(png)
    assert document.format == "image" and document.pages == 1
    assert "twenty-four (24) hours" in words(document.text)
    tiff = tmp_path / "scan.tif"
    first, second = render(contract_pdf, 0), render(contract_pdf, 1)
    first.save(tiff, save_all=True, append_images=[second], compression="tiff_lzw")
    document = load_document(tiff)
    assert document.pages == 2 and [r.page for r in document.ocr] == [1, 2]
    assert document.page_at(document.text.index("Governing Law")) == 2


def test_a_page_scanned_sideways_is_turned_upright(contract_pdf):
    read = ocr.read_image(render(contract_pdf, 1, angle=90))
    assert read.status == "ok"
    assert "twenty-four (24) hours" in words(read.text)


def test_two_columns_read_column_by_column():
    import textwrap

    prose = ("The Provider shall supply the services listed in Schedule A to the Customer with reasonable skill and "
             "care, and in accordance with good industry practice. The Provider shall maintain the service levels "
             "set out in Schedule B and shall report on them every month. ")
    left = textwrap.wrap("1. Services " + prose * 2 + "End of the left column.", 44)
    right = textwrap.wrap("2. Fees The Customer shall pay every invoice within thirty days of receipt. " + prose
                          + "End of the right column.", 44)
    pdf = make_pdf([text_page(left, x=50, size=9, top=740) + text_page(right, x=320, size=9, top=740)])
    read = words(ocr.read_image(render(pdf, 0)).text)
    assert read.startswith("1. Services The Provider shall supply the services")
    assert "End of the left column. 2. Fees The Customer shall pay every invoice" in read
    assert read.endswith("column.") and read.rindex("End of the") > read.index("2. Fees")


def test_line_end_hyphens_are_joined_and_running_headers_dropped(tmp_path):
    pages = [text_page(["1. Support", "The Provider shall provide support ser-", "vices during business hours."],
                       header="ACME MSA - CONFIDENTIAL", footer="1"),
             text_page(["2. Scope", "These services cover all sites of the", "Customer."],
                       header="ACME MSA - CONFIDENTIAL", footer="2")]
    pdf = make_pdf(pages)
    document = load_document(_write(tmp_path, "h.pdf", image_pdf([render(pdf, 0), render(pdf, 1)])))
    assert "support services\nduring business hours" in document.text
    assert "CONFIDENTIAL" not in document.text


def test_clause_numbers_misread_on_a_scan_are_mended_before_the_sections_are_found(tmp_path):
    """Drawn as OCR misreads them on speckled scans: a number split by a gap ("1 2.2"), a space
    before the dot ("12 .3"), a bar for the 1 ("|2.4"). The sections are 12.2, 12.3 and 12.4."""
    def at(x: float, y: float, words: str) -> str:
        return f"BT /F1 12 Tf {x} {y} Td ({_escape(words)}) Tj ET\n"

    page = "".join([
        at(72, 700, "12. Fees and Payment"),
        at(72, 682, "12.1 The Customer shall pay each invoice within thirty days."),
        at(72, 664, "1"), at(83, 664, "2.2 Late Payment"),
        at(72, 646, "The Provider may charge interest on late payments."),
        at(72, 628, "12 .3 Disputed Invoices"),
        at(72, 610, "The Customer may dispute an invoice in good faith."),
        at(72, 592, "|2.4 Taxes"),
        at(72, 574, "The fees exclude value added tax."),
    ])
    document = load_document(_write(tmp_path, "fees.pdf", image_pdf([render(make_pdf([page]), 0, dpi=300)])))
    numbered = {s.number: s.heading for s in document.iter_sections() if s.number}
    assert numbered.get("12.2") == "Late Payment", numbered
    assert numbered.get("12.3") == "Disputed Invoices", numbered
    assert numbered.get("12.4") == "Taxes", numbered


def test_a_paragraph_cut_into_two_blocks_is_one_sentence_again():
    join = ocr.join_split_paragraphs
    read = "Either party may terminate this Agreement (i)\n\nupon the material breach of the other.\n\n2. Fees"
    assert join(read) == "Either party may terminate this Agreement (i)\nupon the material breach of the other.\n\n2. Fees"
    kept = ["The term ends.\n\nthe next paragraph", "Definitions:\n\nagreed terms", "1. SCOPE\n\n(a) the Services"]
    for text in kept:
        assert join(text) == text


def test_clause_number_repair_changes_only_shapes_no_contract_writes():
    repair = ocr.repair_clause_numbers
    assert repair("l2.3 Fees\nI0.1 Definitions\n|2.6 Audit") == "12.3 Fees\n10.1 Definitions\n12.6 Audit"
    assert repair("12 .3 Fees\n4 .1.2 Scope") == "12.3 Fees\n4.1.2 Scope"
    assert repair("12.1 Fees\n1 2.2 Late Payment") == "12.1 Fees\n12.2 Late Payment"
    kept = ["I. INTRODUCTION", "l. Services", "It 2.3", "l2 months", "1 2.5 Hours",  # nothing says 12.x here
            "2.1 Scope\n1 2.5 Hours", "Section 12 .3"]  # a table row under 2.x; not at a line start
    for text in kept:
        assert repair(text) == text, text


def test_heading_numbers_read_as_scraps_are_given_back_from_the_numbering_around_them():
    restore = ocr.restore_heading_numbers
    pages = ["The parties agree as follows:\nILS DEFINITIONS.\nThe terms below.",
             "as LICENSE.\nThe Provider grants a licence.\nSe HOSTING SERVICES. The Provider will host.\n"
             "4. SUPPORT SERVICES. For a period of one year.",
             "Bip FEES.\n(on DOCUMENTATION AND DISPUTES. The Customer may ask.\n7. TERM.\nXy TRAILING NOTE."]
    mended = restore(pages, {0, 1, 2})
    assert mended[0].split("\n")[1] == "1. DEFINITIONS."  # before the first heading found: 1, 2, 3 before 4.
    assert mended[1].split("\n")[0] == "2. LICENSE."
    assert mended[1].split("\n")[2] == "3. HOSTING SERVICES. The Provider will host."
    assert mended[2].split("\n")[:2] == ["5. FEES.", "6. DOCUMENTATION AND DISPUTES. The Customer may ask."]
    assert mended[2].endswith("Xy TRAILING NOTE.")  # after the last numbered heading nothing bounds it
    # only on pages OCR read; only when the scraps fill the gap exactly; words and list markers are no scraps
    assert restore(pages, {2})[:2] == pages[:2]
    assert restore(["1. SCOPE.\nab FEES.\ncd TERM.\nef LAW.\n3. NOTICES."], {0}) == [
        "1. SCOPE.\nab FEES.\ncd TERM.\nef LAW.\n3. NOTICES."]
    kept = ["1. SCOPE.\nTHE PARTIES AGREE.\n(a) LICENSE GRANT.\n3. FEES.", "5. FEES.\nxx TERM.\n2. LAW."]
    assert restore(kept, {0, 1}) == kept


def test_a_scanned_pdf_gets_its_heading_numbers_back_before_sectioning(scanned, monkeypatch):
    """What OCR read of a speckled Courier page (the scrap is what Tesseract made of "2.")."""
    read = ("1. SERVICES.\nThe Provider shall provide the support services described in Schedule A.\n"
            "Se HOSTING SERVICES. The Provider will host the Customer's web site on its own servers.\n"
            "3. FEES.\nThe Customer shall pay each invoice within thirty days of its receipt.")
    pages = iter([read, "4. TERM.\nThis Agreement runs for two years from the Effective Date and renews."])
    monkeypatch.setattr(ocr, "read_pdf_page", lambda page: ocr.PageText(next(pages), 0.93, "ok"))
    document = load_document(scanned)
    numbered = {s.number: s.heading for s in document.iter_sections() if s.number}
    assert numbered.get("2") and numbered["2"].startswith("HOSTING SERVICES"), numbered


def test_an_unreadable_page_is_named_and_a_blank_one_is_not_an_error(contract_pdf, tmp_path):
    import random

    rng = random.Random(7)
    smudge = Image.new("L", (1700, 2200), 255)
    pixels = smudge.load()
    for _ in range(400):  # blots of ink, no letters: what a badly photocopied page leaves
        x, y, size = rng.randrange(1600), rng.randrange(2100), rng.randrange(8, 60)
        for dx in range(size):
            for dy in range(0, size, 2):
                pixels[x + dx, y + dy] = 0
    blank = Image.new("L", (1700, 2200), 255)
    path = _write(tmp_path, "poor.pdf", image_pdf([render(contract_pdf, 0), smudge, blank]))
    document = load_document(path)
    assert [(r.page, r.status) for r in document.ocr] == [(1, "ok"), (2, "unreadable"), (3, "blank")]
    assert document.pages == 3
    result = CliRunner().invoke(main, ["review", str(path), "--fail-on", "never"])
    assert result.exit_code == 0
    assert "p. 2 could not be read" in " ".join(result.output.split())
    only_smudge = _write(tmp_path, "smudge.pdf", image_pdf([smudge]))
    with pytest.raises(InputError, match="OCR could not read the scan: page 1 unreadable"):
        load_document(only_smudge)


def test_evidence_from_a_low_confidence_page_says_so(scanned):
    from checker.findings import Evidence, Finding, Report
    from checker.report import render as render_report

    document = load_document(scanned)
    document.ocr[1].confidence, document.ocr[1].status = 0.62, "low"
    evidence = Evidence(document=document.name, page=2, section="3", heading="Security Incidents", start=0, end=10,
                        quote="The Provider shall notify the Customer")
    finding = Finding(rule="DATA-BREACH", element="breach_notification", status="met", severity="critical",
                      title="Breach notification", category="Data protection", message="", fix="",
                      evidence=[evidence])
    from checker.findings import DocumentInfo

    report = Report(tool={"name": "checker", "version": "0"}, rulebook={"name": "default", "version": "1"},
                    documents=[DocumentInfo(document.path, "pdf", 2, document.sha256, "en")], findings=[finding],
                    sources=[document])
    assert evidence.ocr_low and evidence.ocr_confidence == 0.62
    for fmt in ("text", "markdown", "html"):
        shown = " ".join(render_report(report, fmt).split())
        assert "read by OCR with 62% confidence: check the quote" in shown, fmt
        assert "low confidence on p. 2 (62%)" in shown, fmt


def test_a_key_term_quoted_from_a_low_confidence_page_says_so_in_every_format(scanned):
    """The key terms are read from the same pages as the findings: governing law is on page 2 of
    the scan; once that page reads poorly, the key term's quote carries the warning everywhere."""
    from checker.keydates import key_dates_row
    from checker.report import render as render_report
    from checker.review import review_documents
    from checker.rulebook import load_rulebook

    document = load_document(scanned)
    document.ocr[1].confidence, document.ocr[1].status = 0.62, "low"
    report = review_documents([document], load_rulebook(None))
    law = report.key_terms["governing_law"][0]
    assert "England" in law["value"] and law["evidence"]["page"] == 2
    assert law["evidence"]["ocr_low"] is True and law["evidence"]["ocr_confidence"] == 0.62
    fees = report.key_terms["pricing"][0]  # page 1, read well: no warning
    assert fees["evidence"]["page"] == 1 and fees["evidence"]["ocr_low"] is False
    report.findings = []  # only the key terms can carry the warning now
    warning = "read by OCR with 62% confidence: check the quote"
    for fmt in ("text", "markdown", "html"):
        shown = " ".join(render_report(report, fmt).split())
        key_terms = shown[shown.lower().index("key terms"):]
        assert warning in key_terms, fmt
        assert key_terms.count(warning) == sum(
            1 for items in report.key_terms.values() for i in items[:8] if (i.get("evidence") or {}).get("ocr_low")), fmt
    data = json.loads(render_report(report, "json"))
    assert data["key_terms"]["governing_law"][0]["evidence"]["ocr_low"] is True
    terms = {"expiry_date": [{"value": "2027-01-31", "date": "2027-01-31", "evidence": law["evidence"]}]}
    assert warning in key_dates_row(terms)["evidence"]


@pytest.mark.slow
def test_without_the_extra_the_refusal_says_what_to_install(scanned, tmp_path):
    """A real process in which tesserocr cannot be imported."""
    png = tmp_path / "scan.png"
    Image.new("L", (400, 300), 255).save(png)
    code = ("import sys; sys.modules['tesserocr'] = None; from checker.cli import main; "
            "sys.argv = ['checker', 'review'] + sys.argv[1:]; main()")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CHECKER_OCR", None)
    for path in (scanned, png):
        result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env,
                                timeout=120)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert f"{path}: " in result.stderr and "pip install 'checker[ocr]'" in result.stderr


def test_ocr_never_refuses_a_scan_and_names_the_option(scanned):
    result = CliRunner().invoke(main, ["review", str(scanned), "--ocr", "never"])
    assert result.exit_code == 2
    assert "needs OCR" in result.stderr and "--ocr never" in result.stderr


def test_audit_counts_ocr_pages_apart_shows_confidence_and_caches_the_scan(scanned, tmp_path):
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "signed-copy.pdf").write_bytes(scanned.read_bytes())
    (folder / "notes.txt").write_text("MASTER SERVICES AGREEMENT\n1. Services\nThe Provider shall provide support.\n")
    out = tmp_path / "out"
    # the worker tells the engine as OCR starts on each page and each adds --ocr-page-timeout to --timeout
    # (tests/test_time_bound.py computes the bound): 1 s alone is about what these two pages and the review take
    first = CliRunner().invoke(main, ["audit", str(folder), "-o", str(out), "--jobs", "1", "--fail-on", "never",
                                      "--format", "csv", "--timeout", "1", "--ocr-page-timeout", "60"])
    assert first.exit_code == 0, first.output
    assert "(2 of them scanned, by OCR)" in first.stdout
    rows = {Path(r["path"]).name: r for r in csv.DictReader(open(out / "portfolio.csv", encoding="utf-8"))}
    scan_row = rows["signed-copy.pdf"]
    assert scan_row["ocr_pages"] == "2" and scan_row["pages"] == "2"
    cells = scan_row["ocr_confidence"].split()
    assert [c.split(":")[0] for c in cells] == ["1", "2"] and all(float(c.split(":")[1]) >= 0.8 for c in cells)
    assert rows["notes.txt"]["ocr_pages"] == "0" and rows["notes.txt"]["ocr_confidence"] == ""
    again = CliRunner().invoke(main, ["audit", str(folder), "-o", str(out), "--jobs", "1", "--fail-on", "never",
                                      "--format", "csv"])
    assert "2 checked" not in again.stdout and "0 checked, 2 from cache" in again.stdout
    # another OCR mode is another result: not answered from the cache
    never = CliRunner().invoke(main, ["audit", str(folder), "-o", str(out), "--jobs", "1", "--fail-on", "never",
                                      "--format", "csv", "--ocr", "never"])
    assert never.exit_code == 1 and "(1 ok, 1 error)" in never.stdout


def test_audit_skips_images_when_ocr_is_not_installed(tmp_path, monkeypatch):
    from checker.audit import discover

    folder = tmp_path / "contracts"
    folder.mkdir()
    Image.new("L", (100, 100), 255).save(folder / "logo.png")
    monkeypatch.setattr(discover, "_ocr_installed", lambda: False)
    units, skipped = discover.discover([folder])
    assert not units and "pip install 'checker[ocr]'" in skipped[0].reason
    monkeypatch.setattr(discover, "_ocr_installed", lambda: True)
    units, skipped = discover.discover([folder])
    assert [Path(u.path).name for u in units] == ["logo.png"] and not skipped
