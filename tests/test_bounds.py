"""Bounds on what one review may cost (issue 12): `checker review --timeout / --max-memory`
(checker/bounds.py), PDFs checked before pdfium reads them (checker/ingest/pdf_bounds.py) and
DOCX packages checked from their zip directory (checker/ingest/docx.py)."""

from __future__ import annotations

import faulthandler
import io
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from checker import bounds
from checker.errors import InputError
from checker.ingest import docx as docx_ingest
from checker.ingest import pdf as pdf_ingest
from checker.ingest import pdf_bounds

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import hostile_pdf  # noqa: E402

LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork, RLIMIT_AS and pidfd as on Linux")


# ---------------------------------------------------------------- the review's child process


@LINUX
def test_a_review_that_hangs_is_stopped_at_the_timeout_naming_the_file():
    def work():
        bounds.reading("contracts/slow.pdf")
        time.sleep(30)
        return 0

    started = time.monotonic()
    with pytest.raises(bounds.Bounded) as stopped:
        bounds.run_bounded(work, timeout=0.5, max_memory_mb=0, files=["contracts/slow.pdf"])
    assert time.monotonic() - started < 10
    assert str(stopped.value).startswith("contracts/slow.pdf: stopped after 0.5 s (--timeout)")


@LINUX
def test_a_parser_that_aborts_is_one_line_not_a_dead_process():
    def work():
        bounds.reading("b.pdf")
        faulthandler.disable()  # pytest's crash dump would go to the terminal, past its capture
        os.abort()

    with pytest.raises(bounds.Bounded) as crashed:
        bounds.run_bounded(work, timeout=30, max_memory_mb=0, files=["a.pdf", "b.pdf"])
    assert str(crashed.value).startswith("b.pdf: the parser crashed (SIGABRT)")


@LINUX
def test_memory_past_the_cap_is_an_error_naming_the_file_and_the_limit(capfd):
    def work():
        bounds.reading("big.docx")
        hog = bytearray(600 << 20)  # past the 300 MB cap below
        return len(hog)

    code = bounds.run_bounded(work, timeout=30, max_memory_mb=300, files=["big.docx"])
    assert code == 2
    assert capfd.readouterr().err.strip() == ("checker: error: big.docx: ran out of memory (the limit is 300 MB, "
                                              "see --max-memory)")


@LINUX
def test_the_exit_code_of_a_review_within_its_bounds_passes_through():
    assert bounds.run_bounded(lambda: 0, timeout=30, max_memory_mb=2048, files=["a.txt"]) == 0
    assert bounds.run_bounded(lambda: sys.exit(1), timeout=30, max_memory_mb=2048, files=["a.txt"]) == 1


@LINUX
def test_checker_review_timeout_on_the_command_line():
    # the review cannot even import spaCy in 0.3 s: it is stopped, in one line, exit 2
    sample = ROOT / "samples" / "strong-msa-with-sla.pdf"
    done = subprocess.run([sys.executable, "-m", "checker", "review", "--timeout", "0.3", str(sample)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("checker: error: ") and "stopped after 0.3 s (--timeout)" in lines[0]


@LINUX
def test_checker_timeout_variable_sets_the_bound():
    sample = ROOT / "samples" / "strong-msa-with-sla.pdf"
    done = subprocess.run([sys.executable, "-m", "checker", "review", str(sample)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env=dict(os.environ, CHECKER_TIMEOUT="0.3"))
    assert done.returncode == 2 and "stopped after 0.3 s" in done.stderr


@LINUX
def test_checker_diff_is_bounded_as_a_review_is():
    drafts = ROOT / "samples" / "legal-review"
    old, new = sorted(drafts.glob("*draft*.docx"))[:2]
    done = subprocess.run([sys.executable, "-m", "checker", "diff", "--timeout", "0.3", str(old), str(new)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2 and done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("checker: error: ") and "stopped after 0.3 s (--timeout)" in line


# ---------------------------------------------------------------- PDFs before pdfium reads them


def test_a_pdf_content_stream_that_inflates_past_the_limit_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(pdf_bounds, "MAX_STREAM_MB", 2)
    data = hostile_pdf.content_bomb(size=4 << 20)
    assert "inflates to more than 2 MB" in pdf_bounds.problem(data)
    with pytest.raises(InputError, match="zip bomb"):
        pdf_ingest.extract(tmp_path / "bomb.pdf", data)


def test_two_flate_layers_and_a_font_program_count_what_they_inflate_to(monkeypatch):
    monkeypatch.setattr(pdf_bounds, "MAX_STREAM_MB", 2)
    assert "inflates to more than 2 MB" in pdf_bounds.problem(hostile_pdf.double_flate_bomb(size=4 << 20))
    assert "inflates to more than 2 MB (object 7)" in pdf_bounds.problem(hostile_pdf.font_bomb(size=4 << 20))


def test_a_stream_named_many_times_in_contents_counts_each_time(monkeypatch):
    monkeypatch.setattr(pdf_bounds, "MAX_STREAM_MB", 2)
    # one 1 MB stream, within the limit alone, drawn 10 times on the page
    assert "page of the PDF draws more than 2 MB" in pdf_bounds.problem(
        hostile_pdf.repeated_contents(times=10, size=1 << 20))
    assert pdf_bounds.problem(hostile_pdf.repeated_contents(times=1, size=1 << 20)) is None


def test_millions_of_operators_and_forms_drawing_forms_are_refused():
    assert "draws more than 1,000,000 objects" in pdf_bounds.problem(hostile_pdf.many_operators(1_500_000))
    assert "draws more than 1,000,000 objects" in pdf_bounds.problem(hostile_pdf.form_fan_out(30, 2))
    assert "loop" in pdf_bounds.problem(hostile_pdf.form_cycle(1))
    assert "loop" in pdf_bounds.problem(hostile_pdf.form_cycle(3))


def test_the_raw_scan_leaves_forms_that_draw_to_the_walk_of_the_page_tree():
    assert pdf_bounds._quick((ROOT / "samples" / "strong-msa-with-sla.pdf").read_bytes()) is True
    assert pdf_bounds._quick(hostile_pdf.form_fan_out(3, 2)) is False
    assert pdf_bounds._quick(hostile_pdf.encrypted()) is False


def _contents_in_an_object_stream(array: bytes, also: dict[int, bytes] | None = None) -> bytes:
    """A page whose /Contents names object 10, an array kept in object stream 9 (as a PDF 1.5
    writer saves it); the content stream is object 5, 1 MB inflated."""
    objects = b"10 0 " + array
    held = hostile_pdf.stream(hostile_pdf.deflate(objects), b"/Type /ObjStm /N 1 /First 5 ", filters=1)
    return hostile_pdf.one_page(hostile_pdf.stream(hostile_pdf.inflating(hostile_pdf.TEXT, 1 << 20), filters=1),
                                contents_ref=b"10 0 R", extra={9: held, **(also or {})})


def test_a_contents_array_kept_in_an_object_stream_is_settled_by_the_raw_scan(monkeypatch):
    assert pdf_bounds._quick(_contents_in_an_object_stream(b"[5 0 R 5 0 R]")) is True
    monkeypatch.setattr(pdf_bounds, "MAX_STREAM_MB", 2)
    with pytest.raises(pdf_bounds.TooBig, match="page of the PDF draws more than 2 MB"):
        pdf_bounds._quick(_contents_in_an_object_stream(b"[5 0 R 5 0 R 5 0 R]"))
    # what the raw scan cannot settle goes to the walk: an array naming a stream it did not
    # measure, nested arrays, an object written twice (in the stream and in the file)
    assert pdf_bounds._quick(_contents_in_an_object_stream(b"[5 0 R 6 0 R]")) is False
    assert pdf_bounds._quick(_contents_in_an_object_stream(b"[5 0 R [5 0 R]]")) is False
    assert pdf_bounds._quick(_contents_in_an_object_stream(b"[5 0 R]", {10: b"[5 0 R 5 0 R]"})) is False


def test_ordinary_pdfs_and_fan_out_within_the_limit_pass():
    assert pdf_bounds.problem((ROOT / "samples" / "strong-msa-with-sla.pdf").read_bytes()) is None
    assert pdf_bounds.problem((ROOT / "samples" / "long-form-msa.pdf").read_bytes()) is None
    assert pdf_bounds.problem(hostile_pdf.form_fan_out(10, 2)) is None  # 1,024 draws of one line
    assert pdf_bounds.problem(hostile_pdf.many_operators(1000)) is None


def test_a_pdf_of_more_pages_than_the_limit_is_refused_before_reading_them(monkeypatch, tmp_path):
    monkeypatch.setattr(pdf_ingest, "MAX_PAGES", 100)
    with pytest.raises(InputError, match=r"has 1,000 pages \(the limit is 100\)"):
        pdf_ingest.extract(tmp_path / "pages.pdf", hostile_pdf.million_pages(1000))


# ---------------------------------------------------------------- DOCX from the zip directory


def _docx_with(document_xml: bytes) -> bytes:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, document_xml if item.filename == "word/document.xml" else source.read(item))
    return out.getvalue()


_HEAD = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         b'<w:body><w:p><w:r><w:t>The Provider shall respond within four hours.</w:t></w:r></w:p>')


def test_a_docx_part_that_unpacks_past_the_limit_is_refused_from_the_directory(monkeypatch, tmp_path):
    monkeypatch.setattr(docx_ingest, "MAX_PART_MB", 1)
    data = _docx_with(_HEAD + b"<w:p><w:r><w:t>" + b" " * (3 << 20) + b"</w:t></w:r></w:p></w:body></w:document>")
    with pytest.raises(InputError, match=r"word/document.xml unpacks to 3 MB \(the limit is 1 MB a part\)"):
        docx_ingest.extract(tmp_path / "bomb.docx", data)


def test_a_docx_of_too_many_xml_elements_is_refused_before_lxml_builds_them(monkeypatch, tmp_path):
    monkeypatch.setattr(docx_ingest, "MAX_XML_ELEMENTS", 40_000)  # an empty Word document holds some 24,000
    data = _docx_with(_HEAD + b"<w:p/>" * 20_000 + b"</w:body></w:document>")
    with pytest.raises(InputError, match="more than 40,000 XML elements"):
        docx_ingest.extract(tmp_path / "dense.docx", data)
    small = _docx_with(_HEAD + b"<w:p/>" * 100 + b"</w:body></w:document>")
    assert "The Provider shall respond" in docx_ingest.extract(tmp_path / "small.docx", small).text


def test_a_docx_whose_directory_understates_a_part_is_damaged_not_inflated(tmp_path):
    # the directory says 1,000 bytes; the part inflates to 8 MB: zipfile stops at the declared
    # size and the CRC fails, so python-docx never holds more than the directory promised
    data = bytearray(_docx_with(_HEAD + b"<w:p><w:r><w:t>" + b" " * (8 << 20) + b"</w:t></w:r></w:p></w:body></w:document>"))
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        at = data.find(signature)
        while at >= 0:
            data[at + offset:at + offset + 4] = (1000).to_bytes(4, "little")
            at = data.find(signature, at + 4)
    with pytest.raises(InputError, match="not a readable Word document"):
        docx_ingest.extract(tmp_path / "liar.docx", bytes(data))
