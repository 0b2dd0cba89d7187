"""`checker audit`: every file gets a row, bad files are isolated, exit codes, one-line errors.

Contracts are written here, in tmp_path (TXT, Markdown, DOCX), next to broken files. A
hanging, crashing or memory-hungry parser is simulated by tests/audit_faults.py.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
# a contract that meets the confidentiality and breach rules and leaves high gaps (no SLA, no cap)
from test_cli import CONTRACT

from audit_faults import use_faults

from checker.cli import main
from checker.review import review_paths

ROOT = Path(__file__).resolve().parents[1]

# Contract text that must never reach a page unescaped.
HOSTILE = CONTRACT.replace("in strict confidence.", "in strict confidence <script>alert('x')</script> & <b>bold</b>.")

SLA = """SERVICE LEVEL SCHEDULE

1. Response Times
The Provider shall respond to Priority 1 incidents within one (1) hour, 24 hours a day, 7 days a week.
"""


@pytest.fixture(autouse=True)
def pinned_tool(monkeypatch):
    """The cache key holds a hash of checker's own source; when someone edits checker/ while
    the suite runs, that hash moves under a test's feet. Pin it here (what these tests check
    is the cache, not the hash; test_audit_cache.py checks the hash itself)."""
    monkeypatch.setattr("checker.audit.run.tool_fingerprint", lambda: "pinned-for-tests")


def write_docx(path: Path, paragraphs: list[str]):
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(path)


def make_portfolio(folder: Path) -> Path:
    """Good contracts in three formats and a subfolder, plus the broken and the unsupported."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "northwind.txt").write_text(CONTRACT, encoding="utf-8")
    (folder / "harbour.md").write_text(CONTRACT.replace("Harbour Foods plc", "Harbour Fresh Ltd"), encoding="utf-8")
    (folder / "sub").mkdir(exist_ok=True)
    write_docx(folder / "sub" / "word.docx", CONTRACT.split("\n\n"))
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf\n")
    (folder / "empty.docx").write_bytes(b"")
    (folder / "prices.xlsx").write_bytes(b"PK\x03\x04 not a contract")
    (folder / ".DS_Store").write_bytes(b"\0")  # hidden: ignored
    return folder


def audit(*args, env: dict | None = None):
    return CliRunner().invoke(main, ["audit", *map(str, args)], env=env)


def read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def rows_by_name(outdir: Path, file_name: str = "portfolio.csv") -> dict[str, dict]:
    return {Path(row["path"]).name: row for row in read_csv(outdir / file_name)}


def summary_counts(stdout: str) -> tuple[int, int]:
    """(checked, from cache) from the audit's summary line."""
    line = [line for line in stdout.splitlines() if line.startswith("checker audit:")][-1]
    checked = int(line.split(" checked")[0].rsplit(" ", 1)[-1])
    cached = int(line.split(" from cache")[0].rsplit(" ", 1)[-1])
    return checked, cached


def reports(outdir: Path) -> dict[str, dict]:
    lines = (outdir / "findings.jsonl").read_text(encoding="utf-8").splitlines()
    return {Path(r["documents"][0]["path"]).name: r for r in map(json.loads, lines)}


# ------------------------------------------------------------------ every file gets a row

def test_every_file_gets_a_row_ok_error_or_skipped(tmp_path):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    result = audit(folder, "-o", out, "--jobs", 2)
    assert result.exit_code == 1, result.output  # unreadable contracts: not compliant
    rows = rows_by_name(out)
    assert {name: row["status"] for name, row in rows.items()} == {
        "northwind.txt": "ok", "harbour.md": "ok", "word.docx": "ok",
        "corrupt.pdf": "error", "empty.docx": "error", "prices.xlsx": "skipped"}
    assert rows["corrupt.pdf"]["reason"] == "not a readable PDF (file is damaged or not a PDF)"
    assert rows["empty.docx"]["reason"] == "the file is empty"
    assert "unsupported file type '.xlsx'" in rows["prices.xlsx"]["reason"]
    errors = rows_by_name(out, "errors.csv")
    assert set(errors) == {"corrupt.pdf", "empty.docx", "prices.xlsx"}
    assert all(row["reason"] for row in errors.values())
    assert "checker audit: 5 contracts (3 ok, 2 errors), 1 file skipped; 5 checked, 0 from cache" in result.stdout
    assert "Traceback" not in result.output


def test_a_contract_that_could_not_be_read_is_never_counted_compliant(tmp_path):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    audit(folder, "-o", out)
    header = read_csv(out / "portfolio.csv")[0].keys()
    elements = [column for column in header if "." in column or column in ("parties", "pricing", "backup")]
    assert elements
    for name in ("corrupt.pdf", "empty.docx", "prices.xlsx"):
        row = rows_by_name(out)[name]
        assert row["score"] == "" and row["met"] == ""
        assert all(row[element] == "" for element in elements), name
    # and it fails the audit even when gaps would not
    assert audit(folder, "-o", out, "--fail-on", "never").exit_code == 1


def test_the_same_figures_as_checker_review(tmp_path):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    audit(folder, "-o", out)
    found = reports(out)
    assert set(found) == {"northwind.txt", "harbour.md", "word.docx"}
    for path in (folder / "northwind.txt", folder / "sub" / "word.docx"):
        assert found[path.name] == review_paths([path]).as_dict()
    row = rows_by_name(out)["northwind.txt"]
    summary = found["northwind.txt"]["summary"]
    assert (int(row["met"]), int(row["weak"]), int(row["missing"])) == (summary["met"], summary["weak"],
                                                                       summary["missing"])
    for element, status in found["northwind.txt"]["elements"].items():
        if element in row:
            assert row[element] == {"not_applicable": "n-a"}.get(status, status)


def test_by_folder_each_subfolder_is_one_package(tmp_path):
    folder = tmp_path / "clients"
    (folder / "harbour").mkdir(parents=True)
    (folder / "harbour" / "msa.txt").write_text(CONTRACT, encoding="utf-8")
    (folder / "harbour" / "sla.md").write_text(SLA, encoding="utf-8")
    (folder / "harbour" / "notes.xlsx").write_bytes(b"x")
    (folder / "empty-client").mkdir()
    (folder / "loose.txt").write_text(CONTRACT, encoding="utf-8")
    out = tmp_path / "out"
    result = audit(folder, "--by-folder", "-o", out, "--fail-on", "never")
    rows = rows_by_name(out)
    assert rows["harbour"]["status"] == "ok" and rows["harbour"]["documents"] == "2"
    assert rows["loose.txt"]["status"] == "ok"
    assert rows["notes.xlsx"]["status"] == "skipped"
    assert rows["empty-client"]["status"] == "skipped" and "no contract files" in rows["empty-client"]["reason"]
    package = [r for r in map(json.loads, (out / "findings.jsonl").read_text().splitlines())
               if len(r["documents"]) == 2][0]
    paths = [folder / "harbour" / "msa.txt", folder / "harbour" / "sla.md"]
    assert package == review_paths(paths).as_dict()
    assert result.exit_code == 0, result.output


# ------------------------------------------------------------------ isolation

@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and the fault hooks are tested on Linux")
def test_hanging_crashing_and_memory_hungry_files_are_stopped_and_the_rest_completes(tmp_path, monkeypatch, capfd):
    folder = tmp_path / "contracts"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt", "hang.txt", "crash.txt", "oom.txt"):
        (folder / name).write_text(CONTRACT.replace("Northwind", f"Northwind {name}"), encoding="utf-8")
    out = tmp_path / "out"
    use_faults(monkeypatch, {"hang.txt": "hang", "crash.txt": "crash", "oom.txt": "oom"})
    started = time.monotonic()
    result = audit(folder, "-o", out, "--timeout", 3, "--jobs", 2, "--max-memory", 1024, "--fail-on", "never")
    elapsed = time.monotonic() - started
    assert result.exit_code == 1, result.output
    rows = rows_by_name(out)
    assert [rows[n]["status"] for n in ("a.txt", "b.txt", "c.txt")] == ["ok", "ok", "ok"]
    assert rows["hang.txt"]["status"] == "error"
    assert rows["hang.txt"]["reason"].startswith("stopped after 3 s (--timeout)")
    assert rows["crash.txt"]["status"] == "error" and "crashed (SIGSEGV)" in rows["crash.txt"]["reason"]
    assert rows["oom.txt"]["status"] == "error" and "ran out of memory" in rows["oom.txt"]["reason"]
    assert elapsed < 30
    assert "Fatal Python error" not in capfd.readouterr().err  # the crash is reported in its row, quietly
    use_faults(monkeypatch, {})
    # failures that may pass another time are not cached: the next run tries them again
    again = audit(folder, "-o", out, "--fail-on", "never")
    assert again.exit_code == 0, again.output
    assert summary_counts(again.stdout) == (3, 3)


# ------------------------------------------------------------------ exit codes and bad input

def test_exit_codes_follow_fail_on(tmp_path):
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "northwind.txt").write_text(CONTRACT, encoding="utf-8")
    out = tmp_path / "out"
    assert audit(folder, "-o", out).exit_code == 1  # high gaps
    assert audit(folder, "-o", out, "--fail-on", "never").exit_code == 0
    assert audit(folder, "-o", out, "--fail-on", "critical").exit_code == 0  # its critical rules are met
    (folder / "northwind.txt").write_text(CONTRACT.split("3. Security Incidents")[0], encoding="utf-8")
    assert audit(folder, "-o", out, "--fail-on", "critical").exit_code == 1  # breach notice now missing


def test_an_old_word_doc_is_an_error_row_that_fails_the_audit_and_mdx_is_read(tmp_path):
    """A .doc used to be 'skipped': the audit could exit 0 with that contract unread."""
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "northwind.txt").write_text(CONTRACT, encoding="utf-8")
    (folder / "docs-site.mdx").write_text("import Note from './note'\n\n" + CONTRACT, encoding="utf-8")
    (folder / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)  # OLE2
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / ".DS_Store").write_bytes(b"\0")
    out = tmp_path / "out"
    result = audit(folder, "-o", out, "--fail-on", "never")
    assert result.exit_code == 1, result.output
    rows = rows_by_name(out)
    assert {name: row["status"] for name, row in rows.items()} == {
        "northwind.txt": "ok", "docs-site.mdx": "ok", "legacy.doc": "error", "logo.png": "skipped"}
    assert rows["legacy.doc"]["reason"] == "old Word .doc format: save it as .docx or PDF"
    assert rows["docs-site.mdx"]["score"] == rows["northwind.txt"]["score"]
    assert set(rows_by_name(out, "errors.csv")) == {"legacy.doc", "logo.png"}
    # a folder holding only a .doc is audited (an error row, exit 1), not 'no contract files'
    (folder / "northwind.txt").unlink()
    (folder / "docs-site.mdx").unlink()
    result = audit(folder, "-o", tmp_path / "out2", "--fail-on", "never")
    assert result.exit_code == 1, result.output
    assert rows_by_name(tmp_path / "out2")["legacy.doc"]["status"] == "error"


def test_the_summary_line_counts_in_words(tmp_path):
    """It said '1 contracts (0 ok, 1 errors)'."""
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\nnot really\n")
    result = audit(folder, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "checker audit: 1 contract (0 ok, 1 error), 0 files skipped; 1 checked, 0 from cache; 0 pages read" \
        in result.stdout, result.stdout


@pytest.mark.parametrize("args, message", [
    (["--format", "csv,pdf"], "--format: unknown format 'pdf'"),
    (["--jobs", "0"], "--jobs"),
    (["--timeout", "0"], "--timeout"),
    (["--engine", "spark"], "--engine"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["--fail-on", "severe"], "--fail-on"),
])
def test_usage_errors_are_one_line_and_exit_2(tmp_path, args, message):
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "a.txt").write_text(CONTRACT, encoding="utf-8")
    result = audit(folder, "-o", tmp_path / "out", *args)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("checker: error: ") and message in lines[0], result.stderr
    assert "Traceback" not in result.output


def test_missing_folder_empty_folder_and_output_file_are_errors(tmp_path):
    result = audit(tmp_path / "nowhere", "-o", tmp_path / "out")
    assert result.exit_code == 2 and result.stderr.strip() == f"checker: error: {tmp_path / 'nowhere'}: no such file or folder"
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.xlsx").write_bytes(b"x")
    result = audit(empty, "-o", tmp_path / "out")
    assert result.exit_code == 2 and "no contract files" in result.stderr and "(1 other file skipped)" in result.stderr
    (tmp_path / "afile").write_text("x")
    result = audit(empty, "-o", tmp_path / "afile")
    assert result.exit_code == 2 and "must be a folder" in result.stderr


def test_rulebook_errors_stop_the_audit_before_any_contract_is_read(tmp_path):
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "a.txt").write_text(CONTRACT, encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nversion: 1\nrules:\n  - id: R1\n    kind: nonsense\n", encoding="utf-8")
    result = audit(folder, "-o", tmp_path / "out", "--rulebook", bad)
    assert result.exit_code == 2
    assert all(line.startswith(f"checker: error: {bad}") for line in result.stderr.strip().splitlines()), result.stderr
    assert not (tmp_path / "out" / "portfolio.csv").exists()


def test_output_folder_inside_the_audited_folder_is_not_audited(tmp_path):
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "a.txt").write_text(CONTRACT, encoding="utf-8")
    out = folder / "audit"
    audit(folder, "-o", out, "--fail-on", "never")
    result = audit(folder, "-o", out, "--fail-on", "never")
    assert result.exit_code == 0
    assert set(rows_by_name(out)) == {"a.txt"}
    result = audit(folder, "-o", folder)
    assert result.exit_code == 2 and "the output folder cannot be an audited folder" in result.stderr


def test_a_waived_gap_does_not_fail_the_audit():
    from checker.audit.outcome import OK, Outcome, fails, worst_gap

    report = {"findings": [{"status": "missing", "severity": "critical", "waived": {"reason": "accepted risk"}},
                           {"status": "weak", "severity": "medium", "waived": None}]}
    assert worst_gap(report) == "medium"
    outcome = Outcome("a.txt", ("a.txt",), OK, report=report)
    assert not fails(outcome, "high") and fails(outcome, "medium")


def test_a_subfolder_that_cannot_be_listed_is_skipped_with_the_reason(tmp_path, monkeypatch):
    from checker.audit import discover as discovery

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(CONTRACT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(CONTRACT, encoding="utf-8")
    listdir = os.listdir

    def refuse(folder):
        if Path(folder).name == "locked":
            raise PermissionError(13, "Permission denied")
        return listdir(folder)

    monkeypatch.setattr(discovery.os, "listdir", refuse)
    units, skipped = discovery.discover([tmp_path])
    assert [Path(u.path).name for u in units] == ["b.txt"]
    assert [(Path(s.path).name, s.reason) for s in skipped] == [("locked", "cannot list the folder (Permission denied)")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_and_a_looping_link_get_their_rows_and_never_hang_the_audit(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(CONTRACT, encoding="utf-8")
    os.mkfifo(folder / "pipe.pdf")  # reading it would wait for a writer for ever
    (folder / "loop.docx").symlink_to(folder / "back.docx")
    (folder / "back.docx").symlink_to(folder / "loop.docx")
    for cache in ([], ["--no-cache"]):
        out = tmp_path / f"out{len(cache)}"
        result = audit(folder, "-o", out, "--fail-on", "never", *cache)
        assert result.exit_code == 1, result.output  # a contract link that cannot be read: not compliant
        rows = rows_by_name(out)
        assert {name: row["status"] for name, row in rows.items()} == {
            "good.txt": "ok", "pipe.pdf": "skipped", "loop.docx": "error", "back.docx": "error"}
        assert rows["pipe.pdf"]["reason"] == "is a named pipe (FIFO), not a regular file; checker reads only regular files"
        assert rows["loop.docx"]["reason"] == "is a symbolic link that loops (too many levels of symbolic links)"
        assert "3 contracts (1 ok, 2 errors), 1 file skipped" in result.stdout


def test_a_file_name_that_is_not_utf8_gets_its_row_and_loses_no_other(tmp_path):
    """A Latin-1 'é' byte in one name used to stop the whole audit (the cache and the UTF-8
    tables cannot hold the undecodable name) and leave the other files without a row."""
    folder = make_portfolio(tmp_path / "in")
    latin1 = os.fsdecode(bytes(folder) + b"/caf\xe9.txt")
    Path(latin1).write_text(CONTRACT, encoding="utf-8")
    Path(os.fsdecode(bytes(folder) + b"/broken-\xff.pdf")).write_bytes(b"%PDF-1.4 not really\n")
    result = audit(folder, "-o", tmp_path / "out")
    assert result.exit_code == 1, result.output  # the broken PDF is an error row, not an abort
    assert "internal error" not in result.output
    rows = rows_by_name(tmp_path / "out")
    assert rows["caf\\xe9.txt"]["status"] == "ok"
    assert rows["broken-\\xff.pdf"]["status"] == "error"
    assert rows["northwind.txt"]["status"] == "ok" and rows["prices.xlsx"]["status"] == "skipped"
    assert len(rows) == 8
    reports = [json.loads(line) for line in (tmp_path / "out" / "findings.jsonl").read_text("utf-8").splitlines()]
    assert any(r["documents"][0]["path"].endswith("caf\\xe9.txt") for r in reports)
    again = audit(folder, "-o", tmp_path / "out")  # and the cache holds it
    assert again.exit_code == 1 and "(cached)" in again.output


def test_a_row_that_cannot_be_written_becomes_an_error_row(tmp_path, monkeypatch):
    from checker.audit.outputs import table

    real = table.portfolio_row

    def fragile(outcome, elements):
        if outcome.path.endswith("harbour.md") and outcome.status == "ok":
            raise ValueError("cannot write this one")
        return real(outcome, elements)

    monkeypatch.setattr("checker.audit.outputs.portfolio_row", fragile)
    folder = make_portfolio(tmp_path / "in")
    result = audit(folder, "-o", tmp_path / "out", "--jobs", "1")
    rows = rows_by_name(tmp_path / "out")
    assert rows["harbour.md"]["status"] == "error"
    assert "cannot write this one" in rows["harbour.md"]["reason"]
    assert rows["northwind.txt"]["status"] == "ok" and len(rows) == 6
    assert result.exit_code == 1


def test_a_cluster_worker_names_a_file_that_is_not_utf8_as_the_audit_does(tmp_path):
    from checker.audit.engines.dask import review_shipped
    from checker.rulebook import load_rulebook

    name = os.fsdecode(bytes(tmp_path) + b"/caf\xe9.txt")
    outcome = review_shipped(name, (name,), [CONTRACT.encode()], load_rulebook("default"), 60)
    assert outcome.status == "ok", outcome.reason
    assert outcome.report["documents"][0]["path"].endswith("caf\\xe9.txt")
    json.dumps(outcome.report, ensure_ascii=False).encode("utf-8")  # writable as UTF-8
