"""The portfolio files of `checker audit`: CSV, JSON lines, HTML heatmap, Excel workbook."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from test_audit import CONTRACT, HOSTILE, audit, make_portfolio, pinned_tool, read_csv  # noqa: F401 (pinned_tool: autouse)

from checker.audit.outputs.table import BASE_COLUMNS, element_columns
from checker.elements import ELEMENTS
from checker.rulebook import load_rulebook

HOSTILE_NAME = "<img src=x onerror=alert(1)>.txt"


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory) -> Path:
    """One audit shared by the tests of this module: a portfolio with hostile text in it."""
    root = tmp_path_factory.mktemp("portfolio")
    folder = make_portfolio(root / "contracts")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / HOSTILE_NAME).write_text(CONTRACT, encoding="utf-8")
    out = root / "out"
    result = audit(folder, "-o", out)
    assert result.exit_code == 1, result.output
    return out


def test_csv_has_the_figures_then_one_column_per_element(portfolio):
    rows = read_csv(portfolio / "portfolio.csv")
    elements = element_columns(load_rulebook(None))
    assert list(rows[0]) == BASE_COLUMNS + elements
    assert set(elements) <= set(ELEMENTS) | {e for e in elements if e.startswith("drafting.")}
    assert [row["path"] for row in rows] == sorted(row["path"] for row in rows)
    for row in rows:
        cells = {row[element] for element in elements}
        if row["status"] == "ok":
            assert cells <= {"met", "weak", "missing", "n-a"} and "" not in cells
            statuses = [row[e] for e in elements if not e.startswith("drafting.") and row[e] != "n-a"]
            statuses += [row[e] for e in elements if e.startswith("drafting.") and row[e] != "n-a"]
            points = sum(1 if s == "met" else 0.5 if s == "weak" else 0 for s in statuses)
            assert int(row["score"]) == round(100 * points / len(statuses))  # one score: by element, as the HTML
        else:
            assert cells == {""}


def test_the_audit_and_the_html_report_give_a_contract_the_same_score(portfolio, tmp_path):
    from checker.report.html import render
    from checker.review import review_paths
    reports = [json.loads(line) for line in (portfolio / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = {row["path"]: row for row in read_csv(portfolio / "portfolio.csv")}
    for report in reports:
        path = report["documents"][0]["path"]
        html_page = render(review_paths([path]), color=False)
        shown = re.search(r'<div class="score">(\d+)<small>', html_page).group(1)
        assert rows[path]["score"] == str(report["score"]) == shown


def test_jsonl_holds_each_readable_contract_full_report(portfolio):
    lines = (portfolio / "findings.jsonl").read_text(encoding="utf-8").splitlines()
    reports = [json.loads(line) for line in lines]
    ok_rows = [row for row in read_csv(portfolio / "portfolio.csv") if row["status"] == "ok"]
    assert [r["documents"][0]["path"] for r in reports] == [row["path"] for row in ok_rows]
    for report in reports:
        assert report["schema"] == "checker.report/1"
        assert {"tool", "rulebook", "documents", "summary", "elements", "findings"} <= set(report)


def test_html_escapes_every_piece_of_contract_text(portfolio):
    page = (portfolio / "portfolio.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page and "<b>bold</b>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page  # the quote, escaped, is there
    assert html.escape(HOSTILE_NAME) in page
    assert page.count("<script>") == 1  # ours: the sorting code


def test_html_is_self_contained_and_every_cell_links_to_findings_on_the_page(portfolio):
    page = (portfolio / "portfolio.html").read_text(encoding="utf-8")
    assert not re.search(r"<(?:link|img|iframe|script)[^>]*\b(?:src|href)=", page)
    assert "@import" not in page and "url(" not in page
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    targets = re.findall(r'<td class="s-[^"]*" data-v="\d"><a href="#([^"]+)"', page)
    rows = read_csv(portfolio / "portfolio.csv")
    assert len(targets) == len(rows) * len(element_columns(load_rulebook(None)))
    assert set(targets) <= ids
    assert 'data-type="num"' in page and "addEventListener('click'" in page  # sortable


def test_xlsx_opens_with_a_frozen_header_and_a_sheet_per_category(portfolio):
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.load_workbook(portfolio / "portfolio.xlsx")
    elements = element_columns(load_rulebook(None))
    categories = list(dict.fromkeys(ELEMENTS[e].category for e in elements if e in ELEMENTS))
    assert workbook.sheetnames[0] == "Portfolio" and set(categories) <= set(workbook.sheetnames)
    sheet = workbook["Portfolio"]
    assert sheet.freeze_panes == "B2"
    header = [cell.value for cell in sheet[1]]
    assert header == BASE_COLUMNS + elements
    rows = read_csv(portfolio / "portfolio.csv")
    assert sheet.max_row == len(rows) + 1
    met = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value == "met"]
    assert met and all(cell.fill.fgColor.rgb.endswith("C6EFCE") for cell in met)
    errors = [row[1] for row in sheet.iter_rows(min_row=2) if row[1].value == "error"]
    assert errors and all(cell.fill.fgColor.rgb.endswith("FFC7CE") for cell in errors)
    scope = workbook["Scope"]
    assert scope.freeze_panes == "B2" and "scope.services" in [cell.value for cell in scope[1]]


def test_xlsx_has_a_findings_sheet_with_every_gap_of_every_contract(portfolio):
    openpyxl = pytest.importorskip("openpyxl")
    from checker.audit.outputs.xlsx import FINDING_COLUMNS
    sheet = openpyxl.load_workbook(portfolio / "portfolio.xlsx")["Findings"]
    assert [cell.value for cell in sheet[1]] == FINDING_COLUMNS
    rows = [dict(zip(FINDING_COLUMNS, (cell.value for cell in row))) for row in sheet.iter_rows(min_row=2)]
    reports = [json.loads(line) for line in (portfolio / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    gaps = {(r["documents"][0]["path"], f["rule"]) for r in reports for f in r["findings"]
            if f["status"] in ("weak", "missing", "error")}
    assert gaps and {(row["path"], row["rule"]) for row in rows} == gaps
    assert all(row["status"] in ("weak", "missing", "error") and row["fix"] and row["message"] for row in rows)
    assert any(row["quote"] and row["page"] for row in rows if row["status"] == "weak")


def test_errors_csv_lists_what_could_not_be_read(portfolio):
    errors = read_csv(portfolio / "errors.csv")
    assert list(errors[0]) == ["path", "status", "reason"]
    assert {Path(row["path"]).name: row["status"] for row in errors} == {
        "corrupt.pdf": "error", "empty.docx": "error", "prices.xlsx": "skipped"}


def test_only_the_formats_asked_for_are_written(tmp_path):
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "a.txt").write_text(CONTRACT, encoding="utf-8")
    out = tmp_path / "out"
    audit(folder, "-o", out, "--fail-on", "never")
    assert audit(folder, "-o", out, "--format", "csv", "--fail-on", "never").exit_code == 0
    names = {p.name for p in out.iterdir() if not p.name.startswith("audit-cache")}
    assert names == {"portfolio.csv", "errors.csv"}  # no stale table from the run before


FORMULA_NAME = '=HYPERLINK("evil.invalid","click").txt'


def test_a_file_name_that_looks_like_a_formula_stays_text_in_every_spreadsheet(tmp_path, monkeypatch):
    import zipfile

    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / FORMULA_NAME).write_text(CONTRACT, encoding="utf-8")
    (folder / "@SUM(1+1).png").write_bytes(b"\x89PNG not a contract")  # a skipped row, in errors.csv too
    out = tmp_path / "out"
    monkeypatch.chdir(folder)  # the rows then hold the bare names, '=' first
    result = audit(".", "-o", out, "--format", "csv,xlsx,keydates", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    paths = [row["path"] for row in read_csv(out / "portfolio.csv")]
    assert sorted(paths) == ["'" + FORMULA_NAME, "'@SUM(1+1).png"]  # the OWASP apostrophe: read as text
    assert [row["path"] for row in read_csv(out / "errors.csv")] == ["'@SUM(1+1).png"]
    assert [row["contract"] for row in read_csv(out / "key-dates.csv")] == ["'" + FORMULA_NAME]
    with zipfile.ZipFile(out / "portfolio.xlsx") as workbook:
        sheets = [workbook.read(name).decode("utf-8") for name in workbook.namelist()
                  if name.startswith("xl/worksheets/sheet")]
    assert len(sheets) > 1
    for sheet in sheets:
        assert "<f>" not in sheet and "<f " not in sheet  # not one formula in the workbook
        assert html.escape(FORMULA_NAME, quote=False) in sheet or FORMULA_NAME.replace('"', "&quot;") in sheet
        cells = re.findall(r'<c r="A\d+"[^>]*>', sheet)[1:]
        assert cells and all('t="inlineStr"' in cell or 't="s"' in cell for cell in cells)
