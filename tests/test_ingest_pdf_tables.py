"""PDF tables on the fast path (pdfplumber's table finder over what pdfium read) give what
pdfplumber's own parsing gives, without calling it; and the cleaning shortcuts keep the text."""

from __future__ import annotations

import pdfplumber
import pytest
from pdfplumber.table import TableFinder

from checker.ingest import pdf as pdf_ingest
from checker.ingest.pdf import _extract_table, _merge_collinear, _normalise_chars, _read_with_pdfium, extract
from checker.ingest.sections import _caps_heading
from pdf_fixtures import make_pdf


def text_at(x: float, y: float, text: str, size: int = 10) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({text}) Tj ET\n"


def shaded_table(rows: list[list[str]], left=60, top=600, widths=(200, 5, 100, 5, 60), row_h=14, gap=0) -> str:
    """Cells drawn as filled rectangles, no stroke, with narrow spacer columns between them:
    how some converted filings draw their tables."""
    ops = ""
    for r, row in enumerate(rows):
        y = top - (r + 1) * row_h - r * gap
        x = left
        for c, width in enumerate(widths):
            ops += f"0.9 g {x} {y} {width} {row_h} re f\n"
            if c % 2 == 0 and row[c // 2]:
                ops += "0 g " + text_at(x + 3, y + 4, row[c // 2])
            x += width
    return ops


def ruled_table(rows: list[list[str]], left=72, top=600, col_w=150, row_h=24) -> str:
    n_rows, n_cols = len(rows), len(rows[0])
    right, bottom = left + col_w * n_cols, top - row_h * n_rows
    ops = "0.8 w\n"
    ops += "".join(f"{left} {top - r * row_h} m {right} {top - r * row_h} l S\n" for r in range(n_rows + 1))
    ops += "".join(f"{left + c * col_w} {top} m {left + c * col_w} {bottom} l S\n" for c in range(n_cols + 1))
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            ops += text_at(left + c * col_w + 6, top - (r + 1) * row_h + 8, cell)
    return ops


FIGURES = [["Nameplate capacity", "200", "kW"], ["Look back period", "30 Days", ""], ["Actual output", "80", "%"]]
SLA = [["Priority", "Response", "Resolution"], ["P1", "1 hour", "4 hours"], ["P2", "4 hours", "1 day"]]
BODY = text_at(72, 700, "SCHEDULE 3 - PERFORMANCE") + text_at(72, 680, "The figures below apply.")


def write(tmp_path, contents: list[str], name="contract.pdf"):
    path = tmp_path / name
    path.write_bytes(make_pdf(contents))
    return path


def plumber_tables(path) -> list[list[list[str]]]:
    """pdfplumber's own answer, as the ingester cleans and filters it."""
    with pdfplumber.open(path) as pdf:
        found = [table.extract() for page in pdf.pages for table in page.find_tables(pdf_ingest._TABLE_SETTINGS)]
    rows = [[[pdf_ingest._clean_cell(cell) for cell in row] for row in table] for table in found]
    return [table for table in rows if pdf_ingest._is_real_table(table)]


@pytest.fixture
def no_pdfplumber_parsing(monkeypatch):
    def refuse(path, page_numbers):
        assert not page_numbers, f"pdfplumber's own parsing was asked for pages {page_numbers}"
        return []

    monkeypatch.setattr(pdf_ingest, "_read_tables_with_pdfplumber", refuse)


@pytest.mark.parametrize("gap", [0, 6])
def test_shaded_cells_with_narrow_spacers_are_read_on_the_fast_path(tmp_path, no_pdfplumber_parsing, gap):
    # filled-only boxes have no stroke to allow for, and a 5 pt spacer cell still joins its row
    path = write(tmp_path, [BODY + shaded_table(FIGURES, gap=gap)])
    tables = [table.rows for table in extract(path).tables]
    assert tables == plumber_tables(path)
    assert [row[0] for table in tables for row in table] == [row[0] for row in FIGURES]
    assert all(table[0][0] and table[0][0][0] in "NLA" for table in tables)  # no first letter lost


def test_a_grid_holding_no_real_table_does_not_go_to_pdfplumber(tmp_path, no_pdfplumber_parsing):
    # a two-cell box with a note in one cell: the finder reads it, and it is not a table
    path = write(tmp_path, [BODY + ruled_table([["Note: figures exclude VAT", ""], ["", ""]])])
    assert extract(path).tables == [] == plumber_tables(path)


@pytest.mark.parametrize("table", [shaded_table(FIGURES), ruled_table(SLA), shaded_table(FIGURES, gap=6)])
def test_extract_table_returns_what_pdfplumber_extract_returns(tmp_path, table):
    path = write(tmp_path, [BODY + table])
    _, grids = _read_with_pdfium(path, path.read_bytes())
    assert grids
    for grid in grids:
        for found in TableFinder(grid, pdf_ingest._TABLE_SETTINGS).tables:
            ours = _extract_table(found, grid)
            found.page = type("Page", (), {"chars": [c.as_dict() for c in grid.chars]})()
            assert ours == found.extract()


def test_rule_pieces_join_across_a_rounding_boundary():
    # pieces of one line whose positions round differently (694.42 and 694.74) still join
    pieces = [(694.42, 454.68, 485.61), (694.74, 110.02, 363.15), (694.74, 363.15, 390.93),
              (694.42, 390.93, 426.28), (694.74, 426.28, 454.68), (684.0, 110.0, 485.6)]
    assert _merge_collinear(pieces) == [(684.0, 110.0, 485.6), (694.74, 110.02, 485.61)]


def test_character_normalisation():
    assert _normalise_chars("a\xa0b\u037e c\u0301 \u2003x\r\ny") == "a b; \u0107  x\ny"
    assert _normalise_chars("soft\u00ad\nhy\u00adphen") == "soft\ufffe\nhyphen"


@pytest.mark.parametrize("line, heading", [
    ("LIMITATION OF LIABILITY", True), ("DÉFINITIONS ET INTERPRÉTATION", True), ("Limitation of liability", False),
    ("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN", False), ("A", False), ("12. TERM", False),
    ("SCHEDULE B:", True), ("ACME Ltd", False),
])
def test_caps_headings(line, heading):
    assert _caps_heading(line) is heading
