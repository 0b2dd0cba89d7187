"""`checker audit` is incremental and resumable: a SQLite cache in the output folder, keyed by
the files' bytes, the rulebook and the tool. Ctrl-C keeps what finished; the next run
checks only the rest."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_audit import (CONTRACT, ROOT, audit, make_portfolio, pinned_tool, read_csv, reports,  # noqa: F401
                        rows_by_name, summary_counts)  # pinned_tool: an autouse fixture

from checker import __version__
from checker.audit.cache import FILE_NAME as CACHE_FILE
from checker.audit.keys import tool_fingerprint
from checker.review import review_paths


def test_second_run_checks_nothing_and_writes_the_same_tables(tmp_path):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    first = audit(folder, "-o", out)
    assert summary_counts(first.stdout) == (5, 0)
    tables = {name: (out / name).read_bytes() for name in ("portfolio.csv", "findings.jsonl", "errors.csv")}
    second = audit(folder, "-o", out)
    assert summary_counts(second.stdout) == (0, 5)  # broken files too: their errors are cached
    assert second.exit_code == first.exit_code == 1
    assert {name: (out / name).read_bytes() for name in tables} == tables
    assert "(cached)" in second.stderr


def test_only_what_changed_is_checked_again(tmp_path):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    audit(folder, "-o", out)
    (folder / "northwind.txt").write_text(CONTRACT.replace("twenty-four (24) hours", "ten (10) days"), encoding="utf-8")
    (folder / "new.txt").write_text(CONTRACT.replace("Northwind", "Southwind"), encoding="utf-8")
    result = audit(folder, "-o", out)
    assert summary_counts(result.stdout) == (2, 4)
    assert reports(out)["northwind.txt"] == review_paths([folder / "northwind.txt"]).as_dict()


def test_a_new_rulebook_checks_everything_again(tmp_path):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    audit(folder, "-o", out)
    rulebook = tmp_path / "rules.yaml"
    source = (ROOT / "rules" / "default.yaml").read_text(encoding="utf-8")
    rulebook.write_text(re.sub(r"(?m)^version: .*$", 'version: "0.0.1-test"', source, count=1), encoding="utf-8")
    assert summary_counts(audit(folder, "-o", out, "--rulebook", rulebook).stdout) == (5, 0)
    assert summary_counts(audit(folder, "-o", out, "--rulebook", rulebook).stdout) == (0, 5)


def test_a_new_build_of_checker_checks_everything_again(tmp_path, monkeypatch):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    audit(folder, "-o", out)
    monkeypatch.setattr("checker.audit.run.tool_fingerprint", lambda: "another-build")
    assert summary_counts(audit(folder, "-o", out).stdout) == (5, 0)


def test_the_build_fingerprint_is_the_version_and_a_hash_of_the_sources():
    fingerprint = tool_fingerprint()
    assert fingerprint.startswith(f"{__version__}+") and len(fingerprint) == len(__version__) + 17


def test_no_cache_checks_everything_and_keeps_no_cache(tmp_path):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    assert summary_counts(audit(folder, "-o", out, "--no-cache").stdout) == (5, 0)
    assert not (out / CACHE_FILE).exists()
    audit(folder, "-o", out)
    assert summary_counts(audit(folder, "-o", out, "--no-cache").stdout) == (5, 0)


def test_a_renamed_contract_is_checked_again_under_its_new_name(tmp_path):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    audit(folder, "-o", out)
    (folder / "sub" / "word.docx").rename(folder / "sub" / "renamed.docx")
    result = audit(folder, "-o", out)
    assert summary_counts(result.stdout) == (1, 4)  # the report names the file: a new name, a new report
    found = reports(out)
    assert set(found) == {"northwind.txt", "harbour.md", "renamed.docx"}
    assert found["renamed.docx"] == review_paths([folder / "sub" / "renamed.docx"]).as_dict()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_ctrl_c_keeps_what_finished_and_the_next_run_resumes(tmp_path, monkeypatch):
    folder = tmp_path / "contracts"
    folder.mkdir()
    names = [f"contract-{i}.txt" for i in range(5)]
    for name in names:
        (folder / name).write_text(CONTRACT.replace("Northwind", f"Northwind {name}"), encoding="utf-8")
    # the smallest file goes last with one worker; it hangs, so the audit is caught mid-way
    (folder / "last.txt").write_text(CONTRACT.split("2. Confidentiality")[0], encoding="utf-8")
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "audit_faults.py"), "hang:last.txt", "--",
                                "audit", str(folder), "-o", str(out), "--jobs", "1", "--timeout", "120",
                                "--fail-on", "never"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:  # rows are written as they arrive
            if (out / "portfolio.csv").exists() and len(read_csv(out / "portfolio.csv")) == len(names):
                break
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        else:
            pytest.fail("the audit wrote no rows")
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1] == (
        f"checker: interrupted: 5 of 6 contracts done and kept in {out}; run the same command again to resume")
    assert "Traceback" not in stderr
    assert sorted(rows_by_name(out)) == sorted(names)
    assert sorted(reports(out)) == sorted(names)
    assert "Incomplete: the audit was interrupted" in (out / "portfolio.html").read_text(encoding="utf-8")

    with sqlite3.connect(out / CACHE_FILE) as db:
        [(build,)] = db.execute("SELECT DISTINCT tool FROM results").fetchall()
    monkeypatch.setattr("checker.audit.run.tool_fingerprint", lambda: build)  # the build that was interrupted
    result = audit(folder, "-o", out, "--fail-on", "never")
    assert summary_counts(result.stdout) == (1, 5)  # nothing lost, nothing checked twice
    assert sorted(rows_by_name(out)) == sorted([*names, "last.txt"])
    assert "Incomplete" not in (out / "portfolio.html").read_text(encoding="utf-8")


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks")
def test_ctrl_c_while_a_row_is_written_keeps_every_output_whole(tmp_path, monkeypatch):
    # Ctrl-C arrives after the CSV has a contract's row and before the HTML page has it: the audit
    # must stop as interrupted with that row in every output, not end in an internal error
    from checker.audit.outputs import heatmap
    from checker.audit.run import AuditInterrupted, run_audit
    from checker.rulebook import load_rulebook

    folder = tmp_path / "contracts"
    folder.mkdir()
    for i in range(2):
        (folder / f"contract-{i}.txt").write_text(CONTRACT.replace("Northwind", f"Northwind {i}"), encoding="utf-8")
    original = heatmap.PortfolioHtml.add

    def interrupted_add(self, outcome, row):
        os.kill(os.getpid(), signal.SIGINT)
        original(self, outcome, row)

    monkeypatch.setattr(heatmap.PortfolioHtml, "add", interrupted_add)
    out = tmp_path / "out"
    with pytest.raises(AuditInterrupted) as caught:
        run_audit([folder], out, load_rulebook(), formats=["csv", "html"], jobs=1, timeout=60, tty=False)
    rows = read_csv(out / "portfolio.csv")
    assert len(rows) == 1 and caught.value.summary.ok == 1
    assert "internal error" not in (out / "portfolio.html").read_text(encoding="utf-8")


# ------------------------------------------------------------------ an unchanged re-run keeps the files

OUTPUT_FILES = ("portfolio.csv", "portfolio.xlsx", "findings.jsonl", "portfolio.html", "key-dates.csv",
                "key-dates.ics", "errors.csv")
KEPT = "(unchanged: kept as they were)"


def stamps(out: Path) -> dict[str, int]:
    return {name: (out / name).stat().st_mtime_ns for name in OUTPUT_FILES if (out / name).exists()}


def test_an_unchanged_rerun_leaves_the_portfolio_files_as_they_were(tmp_path):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    first = audit(folder, "-o", out, "--as-of", "2026-06-01")
    assert KEPT not in first.stdout
    before = stamps(out)
    assert set(before) == set(OUTPUT_FILES)
    second = audit(folder, "-o", out, "--as-of", "2026-06-01")
    assert KEPT in second.stdout and summary_counts(second.stdout) == (0, 5)
    assert stamps(out) == before
    assert second.exit_code == first.exit_code == 1  # the broken files still fail the gate
    assert second.stderr.count("(cached)") == 5  # progress as before


@pytest.mark.parametrize("change", ["as-of", "formats", "deleted", "edited", "new contract", "new skipped file",
                                    "waited"])
def test_a_rerun_writes_the_files_again_when_what_they_hold_may_differ(tmp_path, change):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    audit(folder, "-o", out, "--as-of", "2026-06-01")
    expected = {name: (out / name).read_bytes() for name in ("portfolio.csv", "errors.csv", "key-dates.csv")}
    written = stamps(out)
    as_of, options = "2026-06-01", []
    if change == "as-of":
        as_of = "2026-07-01"
    elif change == "formats":
        options = ["--format", "csv"]
    elif change == "deleted":
        (out / "portfolio.xlsx").unlink()
    elif change == "edited":
        (out / "portfolio.csv").write_text("path,status\n", encoding="utf-8")
    elif change == "new contract":
        (folder / "new.txt").write_text(CONTRACT.replace("Northwind", "Southwind"), encoding="utf-8")
    elif change == "new skipped file":
        (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    elif change == "waited":  # a kept file's time stamp moved (restored from a backup, say): written again
        os.utime(out / "findings.jsonl", ns=(0, 0))
    result = audit(folder, "-o", out, "--as-of", as_of, *options)
    assert KEPT not in result.stdout
    names = {Path(row["path"]).name for row in read_csv(out / "portfolio.csv")}
    assert "new.txt" in names if change == "new contract" else "new.txt" not in names
    assert "notes.csv" in names if change == "new skipped file" else "notes.csv" not in names
    if change == "formats":
        assert not (out / "portfolio.xlsx").exists() and not (out / "portfolio.html").exists()
    elif change in ("deleted", "edited", "waited"):
        assert {name: (out / name).read_bytes() for name in expected} == expected
        assert (out / "portfolio.xlsx").exists()
    if change != "formats":
        assert stamps(out)["portfolio.html"] != written["portfolio.html"]  # written again, not left
    again = audit(folder, "-o", out, "--as-of", as_of, *options)
    assert KEPT in again.stdout  # and the run after it keeps them


def test_no_outputs_are_kept_without_the_cache_or_after_a_result_the_cache_does_not_hold(tmp_path, monkeypatch):
    folder = make_portfolio(tmp_path / "contracts")
    out = tmp_path / "out"
    audit(folder, "-o", out, "--no-cache")
    assert KEPT not in audit(folder, "-o", out, "--no-cache").stdout
    audit(folder, "-o", out)
    monkeypatch.setattr("checker.audit.cache.ResultCache.put", lambda self, key, outcome, hashes: False)
    (folder / "new.txt").write_text(CONTRACT.replace("Northwind", "Southwind"), encoding="utf-8")
    audit(folder, "-o", out)  # new.txt reviewed, not kept in the cache (as a timeout would be)
    monkeypatch.undo()
    monkeypatch.setattr("checker.audit.run.tool_fingerprint", lambda: "pinned-for-tests")
    rerun = audit(folder, "-o", out)
    assert summary_counts(rerun.stdout) == (1, 5) and KEPT not in rerun.stdout
