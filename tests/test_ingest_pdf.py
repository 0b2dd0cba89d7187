"""The PDF ingester, on PDFs written byte by byte here (no PDF library needed to build them)."""

from __future__ import annotations

import bisect
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from checker.errors import InputError
from pdf_fixtures import make_pdf
from checker.ingest.pdf import (
    EMPTY_FILE,
    ENCRYPTED,
    NO_PAGES,
    NOT_A_PDF,
    SCANNED,
    clean_pages,
    extract,
)

def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_at(x: float, y: float, text: str, size: int = 11) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({_escape(text)}) Tj ET\n"


def page(lines: list[str], header: str | None = None, footer: str | None = None) -> str:
    """A page of body lines from the top margin down, with an optional header and footer."""
    ops = text_at(72, 750, header, 9) if header else ""
    ops += "".join(text_at(72, 700 - 16 * i, line) for i, line in enumerate(lines))
    return ops + (text_at(72, 40, footer, 9) if footer else "")


def ruled_table(rows: list[list[str]], left=72, top=600, col_w=150, row_h=24, style="lines") -> str:
    """Text in cells, ruled the way producers do it: one path per rule ("lines"), every rule in
    a single path ("one-path"), or a stroked box per cell ("boxes")."""
    n_rows, n_cols = len(rows), len(rows[0])
    right, bottom = left + col_w * n_cols, top - row_h * n_rows
    across = [f"{left} {top - r * row_h} m {right} {top - r * row_h} l" for r in range(n_rows + 1)]
    down = [f"{left + c * col_w} {top} m {left + c * col_w} {bottom} l" for c in range(n_cols + 1)]
    boxes = [
        f"{left + c * col_w} {top - (r + 1) * row_h} {col_w} {row_h} re"
        for r in range(n_rows)
        for c in range(n_cols)
    ]
    ops = "0.8 w\n" + {
        "lines": "".join(f"{rule} S\n" for rule in across + down),
        "one-path": " ".join(across + down) + " S\n",
        "boxes": "".join(f"{box} S\n" for box in boxes),
    }[style]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            ops += text_at(left + c * col_w + 6, top - (r + 1) * row_h + 8, cell)
    return ops


def write(tmp_path, data: bytes, name: str = "contract.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def page_of(extracted, offset: int) -> int:
    return bisect.bisect_right(extracted.page_starts, offset)


def words(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- text and pages

BODIES = [
    ["MANAGED SERVICES AGREEMENT", "1. Services", "The Provider shall operate the service desk for the Customer."],
    ["2. Service Levels", "Priority 1 incidents are answered within fifteen minutes.", "Uptime is measured monthly."],
    ["3. Fees", "The Customer pays the monthly fee within thirty days.", "Late payments bear interest."],
    ["4. Term", "This Agreement runs for thirty-six months.", "Either party may end it for cause."],
]


def test_running_header_footer_and_page_numbers_are_stripped(tmp_path):
    pages = [
        page(body, header="Acme Ltd - Managed Services Agreement - CONFIDENTIAL", footer=f"Page {n} of 4")
        for n, body in enumerate(BODIES, start=1)
    ]
    extracted = extract(write(tmp_path, make_pdf(pages)))

    assert "CONFIDENTIAL" not in extracted.text
    assert "Page" not in extracted.text and " of 4" not in extracted.text
    for body in BODIES:
        for line in body:
            assert line in extracted.text
    assert extracted.text.startswith("MANAGED SERVICES AGREEMENT\n1. Services\n")
    assert extracted.text.endswith("Either party may end it for cause.")


def test_page_starts_map_every_phrase_to_its_page(tmp_path):
    pages = [page(body, footer=f"- {n} -") for n, body in enumerate(BODIES, start=1)]
    extracted = extract(write(tmp_path, make_pdf(pages)))

    assert len(extracted.page_starts) == 4 and extracted.page_starts[0] == 0
    for number, body in enumerate(BODIES, start=1):
        for line in body:
            assert page_of(extracted, extracted.text.index(line)) == number
        # each page begins exactly at its first line, and the page before ends with a newline
        assert extracted.text[extracted.page_starts[number - 1]:].startswith(body[0])
        if number > 1:
            assert extracted.text[extracted.page_starts[number - 1] - 1] == "\n"
    assert "- 2 -" not in extracted.text
    assert "cause." in extracted.text and "monthly.\n3. Fees" in extracted.text


def test_footer_with_page_number_inside_is_stripped_but_repeated_headings_are_kept(tmp_path):
    # The footer's number follows the page count; "ARTICLE n" also starts every page but its
    # numbers do not follow the pages, so it is content.
    articles = [1, 3, 4, 7]
    pages = [
        page([f"ARTICLE {a}", f"Text of article {a} about support hours."], footer=f"{n} | Acme MSA v2")
        for n, a in enumerate(articles, start=1)
    ]
    extracted = extract(write(tmp_path, make_pdf(pages)))

    assert "Acme MSA" not in extracted.text
    for n, a in enumerate(articles, start=1):
        at = extracted.text.index(f"ARTICLE {a}\n")
        assert page_of(extracted, at) == n


def test_single_page_keeps_its_lines(tmp_path):
    lines = ["SUPPORT ORDER", "Response time: 4 hours for severity 2.", "Signed for Acme Ltd."]
    extracted = extract(write(tmp_path, make_pdf([page(lines)])))
    assert extracted.text == "\n".join(lines)
    assert extracted.page_starts == [0]
    assert extracted.tables == []


def test_hyphen_at_line_end_is_joined_when_the_document_knows_the_word(tmp_path):
    lines = [
        "The Provider supplies the ser-",
        "vices listed in Schedule A on a non-",
        "exclusive basis.",
        "All services are invoiced monthly.",
    ]
    extracted = extract(write(tmp_path, make_pdf([page(lines)])))
    flat = words(extracted.text)

    assert "supplies the services listed in Schedule A" in flat
    assert "ser-" not in extracted.text and "\ufffe" not in extracted.text
    # "nonexclusive" appears nowhere else, so the hyphen belongs to the word
    assert "non-exclusive basis." in flat


def test_character_cleaning():
    raw = (
        "Header\r\nThe Provider\xa0shall  respond\u2003within\u200b 4 hours.\rSecond\x0cpage\x00 text\r\n"
        "Chen\ufffeBin signs; the non\ufffeexclusive licence\u037e sub\u00adject to \ufb01ling.\r\n"
        "        indented    columns   here    "
    )
    assert clean_pages([raw]) == [
        "Header\n"
        "The Provider shall  respond within 4 hours.\n"
        "Second\n"
        "page text\n"
        "Chen-Bin signs; the non-exclusive licence; subject to filing.\n"
        "indented  columns  here"
    ]


def test_line_end_hyphens():
    # a word the document uses elsewhere is joined, and moves up to the line it started on
    assert clean_pages(["Our services.\nThe ser-\nvices run daily."]) == ["Our services.\nThe services\nrun daily."]
    assert clean_pages(["Our services.\nThe ser\ufffevices run."]) == ["Our services.\nThe services run."]
    assert clean_pages(["Our services.\nThe ser\x02vices run."]) == ["Our services.\nThe services run."]
    # an unknown joined form keeps its hyphen, and so does a compound the document hyphenates
    assert clean_pages(["a third-\nparty tool"]) == ["a third-party\ntool"]
    assert clean_pages(["thirdparty and third-party; a third\ufffeparty tool"]) == [
        "thirdparty and third-party; a third-party tool"
    ]
    # a capital or a digit after the break is not a word continued
    assert clean_pages(["Services -\nSchedule B", "Acme-\nBeta 2-\n3 units"]) == [
        "Services -\nSchedule B",
        "Acme-\nBeta 2-\n3 units",
    ]
    # never across a page break
    assert clean_pages(["Our services and ser-", "vices again."]) == ["Our services and ser-", "vices again."]


# ---------------------------------------------------------------- tables

SLA = [["Priority", "Response", "Resolution"], ["P1", "1 hour", "4 hours"], ["P2", "4 hours", "1 day"]]


@pytest.mark.parametrize("style", ["lines", "one-path", "boxes"])
def test_a_ruled_tables_cells_are_in_the_text_on_their_page(tmp_path, style):
    pages = [
        page(["SERVICE LEVEL AGREEMENT", "The service levels are set out on the next page."]),
        page(["Schedule 1 - Service Levels"]) + ruled_table(SLA, style=style),
    ]
    extracted = extract(write(tmp_path, make_pdf(pages)))

    assert extracted.tables == []  # read as rows of text; no Table records
    for row in SLA:
        for cell in row:
            assert page_of(extracted, extracted.text.index(cell)) == 2


@pytest.mark.parametrize("style", ["lines", "one-path", "boxes"])
def test_a_ruled_table_reads_as_rows_of_cells(tmp_path, style):
    pages = [page(["Schedule 1 - Service Levels"]) + ruled_table(SLA, style=style)
             + text_at(72, 400, "Credits are set out in Schedule 2.")]
    text = extract(write(tmp_path, make_pdf(pages))).text

    assert "Priority | Response | Resolution\nP1 | 1 hour | 4 hours\nP2 | 4 hours | 1 day" in text
    assert text.index("Schedule 1") < text.index("Priority") < text.index("Credits are")


def test_a_wrapped_cell_reads_as_one_line_of_its_row(tmp_path):
    left, top, widths, row_h = 72, 600, [60, 150, 150], 40
    xs = [left, left + 60, left + 210, left + 360]
    rules = "".join(f"{left} {top - r * row_h} m {xs[-1]} {top - r * row_h} l S\n" for r in range(3))
    rules += "".join(f"{x} {top} m {x} {top - 2 * row_h} l S\n" for x in xs)
    cells = [
        [["Level"], ["What fails"], ["Time to respond"]],
        [["Sev 1"], ["The whole platform is", "down for all users"], ["an engineer within", "thirty minutes"]],
    ]
    ops = "0.8 w\n" + rules
    for r, row in enumerate(cells):
        for c, lines in enumerate(row):
            for k, line in enumerate(lines):
                ops += text_at(xs[c] + 4, top - r * row_h - 12 - 13 * k, line)
    text = extract(write(tmp_path, make_pdf([page(["Service levels"]) + ops]))).text

    assert "Level | What fails | Time to respond\n" in text
    assert "Sev 1 | The whole platform is down for all users | an engineer within thirty minutes" in text


def test_a_word_broken_by_a_narrow_cell_is_joined_when_the_page_uses_it_whole(tmp_path):
    left, top = 72, 600
    xs = [left, left + 34, left + 200]  # 'Priorit' fills the first column: 'y' went below
    rules = "".join(f"{left} {top - r * 40} m {xs[-1]} {top - r * 40} l S\n" for r in range(3))
    rules += "".join(f"{x} {top} m {x} {top - 80} l S\n" for x in xs)
    ops = "0.8 w\n" + rules
    ops += text_at(left + 2, top - 12, "Priorit") + text_at(left + 2, top - 25, "y") + text_at(left + 38, top - 12, "Meaning")
    ops += text_at(left + 2, top - 52, "P1") + text_at(left + 38, top - 52, "Outage")
    text = extract(write(tmp_path, make_pdf([page(["Each Priority is set below."]) + ops]))).text

    assert "Priority | Meaning\nP1 | Outage" in text


def test_pages_without_a_ruled_grid_read_as_before(tmp_path):
    two_columns = "".join(text_at(72, 700 - 16 * i, f"Left column line {i} of the services.")
                          + text_at(320, 700 - 16 * i, f"Right column line {i} of the fees.") for i in range(6))
    hanging = "".join(text_at(72, 500 - 16 * i, f"{i + 1}.1") + text_at(108, 500 - 16 * i, f"The Supplier shall do task {i}.")
                      for i in range(4))
    framed = "0.8 w\n60 300 400 60 re S\n" + text_at(72, 340, "Boxed notice: read this clause.") \
        + text_at(72, 320, "It has two lines inside one frame.")
    underlines = "0.8 w\n72 200 m 250 200 l S\n320 200 m 500 200 l S\n72 150 m 250 150 l S\n320 150 m 500 150 l S\n" \
        + text_at(72, 205, "By: Provider") + text_at(320, 205, "By: Customer")
    content = two_columns + hanging + framed + underlines
    data = make_pdf([content])
    text = extract(write(tmp_path, data)).text
    plain = pdfium.PdfDocument(data)[0].get_textpage().get_text_range()

    assert " | " not in text
    assert words(text) == words(plain.replace("\r", ""))


# ---------------------------------------------------------------- bad input


def test_encrypted_pdf(tmp_path):
    data = make_pdf([page(BODIES[0])], password="s3cret")
    path = write(tmp_path, data)
    # the fixture is a real encrypted PDF: it opens with its password
    with_password = pdfium.PdfDocument(str(path), password="s3cret")
    try:
        assert "service desk" in with_password[0].get_textpage().get_text_range()
    finally:
        with_password.close()

    with pytest.raises(InputError) as caught:
        extract(path)
    assert caught.value.problem == ENCRYPTED
    assert str(caught.value) == f"{path}: {ENCRYPTED}"


@pytest.mark.parametrize(
    "data",
    [
        b"This is a plain text file, not a PDF.\n" * 20,
        b"%PDF-1.4\n" + bytes(range(256)) * 8,
        b"\x89PNG\r\n\x1a\n" + b"\0" * 500,
    ],
    ids=["text", "pdf-header-then-garbage", "png"],
)
def test_corrupt_or_not_a_pdf(tmp_path, data):
    with pytest.raises(InputError) as caught:
        extract(write(tmp_path, data))
    assert caught.value.problem == NOT_A_PDF


def test_truncated_pdf_never_leaks_a_raw_exception(tmp_path):
    data = make_pdf([page(body) for body in BODIES])
    for cut in (20, len(data) // 3, len(data) // 2, len(data) - 40):
        try:
            extracted = extract(write(tmp_path, data[:cut], f"cut{cut}.pdf"))
        except InputError as exc:
            assert exc.problem in (NOT_A_PDF, NO_PAGES, SCANNED)
        else:  # pdfium can rebuild a lost cross-reference table; then the text must be sound
            assert "MANAGED SERVICES AGREEMENT" in extracted.text


def test_empty_file(tmp_path):
    with pytest.raises(InputError) as caught:
        extract(write(tmp_path, b""))
    assert caught.value.problem == EMPTY_FILE


def test_pdf_without_pages(tmp_path):
    with pytest.raises(InputError) as caught:
        extract(write(tmp_path, make_pdf([])))
    assert caught.value.problem == NO_PAGES


def test_each_file_gets_its_own_diagnosis(tmp_path):
    # pdfium keeps its last error globally; a file read after an encrypted one must not inherit it
    locked = write(tmp_path, make_pdf([page(BODIES[0])], password="pw"), "locked.pdf")
    no_pages = write(tmp_path, make_pdf([]), "no-pages.pdf")
    garbage = write(tmp_path, b"%PDF-1.4\n" + b"\0" * 300, "garbage.pdf")
    good = write(tmp_path, make_pdf([page(BODIES[0])]), "good.pdf")
    expected = {locked: ENCRYPTED, no_pages: NO_PAGES, garbage: NOT_A_PDF, good: None}
    for path in [locked, no_pages, locked, garbage, no_pages, good, no_pages]:
        try:
            extract(path)
            problem = None
        except InputError as exc:
            problem = exc.problem
        assert problem == expected[path], path.name


def test_image_only_pdf_needs_ocr(tmp_path):
    # what a scanner leaves when there is no OCR layer: drawing, no text
    scan = "0.9 g 50 50 512 692 re f 0 g 72 600 m 540 600 l S\n"
    with pytest.raises(InputError) as caught:
        extract(write(tmp_path, make_pdf([scan, scan, scan])))
    assert caught.value.problem == SCANNED


def test_almost_no_text_counts_as_scanned(tmp_path):
    stamped = "0.9 g 50 50 512 692 re f 0 g\n" + text_at(500, 40, "Scan 0042", 8)
    with pytest.raises(InputError) as caught:
        extract(write(tmp_path, make_pdf([stamped, stamped])))
    assert caught.value.problem == SCANNED


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        extract(tmp_path / "nowhere.pdf")
    with pytest.raises(InputError, match="is a folder"):
        extract(tmp_path)


def test_input_file_is_left_untouched(tmp_path):
    data = make_pdf([page(BODIES[0]), page(BODIES[1]) + ruled_table(SLA, top=500)])
    path = write(tmp_path, data)
    extract(path)
    assert path.read_bytes() == data


def test_a_text_pdf_is_read_without_importing_ocr(tmp_path):
    """OCR's module (its patterns compiled at import) is loaded at the first page short of text,
    not for a PDF whose every page has a text layer, whatever the OCR mode."""
    import subprocess
    import sys

    path = write(tmp_path, make_pdf([page(body) for body in BODIES]))
    script = ("import sys; from checker.ingest import load_document, set_ocr_mode; set_ocr_mode('auto'); "
              "load_document(sys.argv[1]); print('checker.ingest.ocr' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.stdout.strip() == "False"
