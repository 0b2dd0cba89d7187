"""`checker diff OLD NEW` (checker/diff.py, checker/commands/diff.py) on two drafts of our sample
(samples/legal-review/src/support-agreement-draft{1,2}.md) with planted changes: each planted
change is reported, and nothing else."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.diff import diff_reports
from checker.review import review_paths

ROOT = Path(__file__).resolve().parents[1]
OLD = ROOT / "samples" / "legal-review" / "support-agreement-draft1.docx"
NEW = ROOT / "samples" / "legal-review" / "support-agreement-draft2.docx"


def cli(*args):
    return CliRunner().invoke(main, ["diff", *map(str, args)])


@pytest.fixture(scope="module")
def reports():
    return review_paths([OLD]), review_paths([NEW])


@pytest.fixture(scope="module")
def diff(reports):
    return diff_reports(*reports)


def test_each_planted_change_and_nothing_else(diff):
    # planted: breach notice "within 24 hours" -> "promptly"; P1 response 1 h -> 4 h; a backup clause added
    assert [(c.element, c.old, c.new, c.worse) for c in diff.statuses] == [
        ("data.breach", "met", "weak", True), ("sla.response", "met", "weak", True), ("backup", "missing", "met", False)]
    rules = {r.rule: (r.old, r.new, r.figure) for c in diff.statuses for r in c.rules}
    assert rules == {"DATA-BREACH": ("met", "weak", ""), "DATA-BREACH-DEADLINE": ("met", "weak", "24 h -> -"),
                     "SLA-RESPONSE-P1": ("met", "weak", "1 h -> 4 h"), "CONT-BACKUP": ("missing", "met", "")}
    # planted: cap 12 -> 6 months of fees; P1 response 1 h -> 4 h; convenience notice 30 -> 90 days
    assert [(f.term, f.what, f.old, f.new) for f in diff.figures] == [
        ("liability_cap", "", "twelve (12) months of fees", "six (6) months of fees"),
        ("sla", "P1 response", "1 h", "4 h"),
        ("notice_periods", "termination without cause notice", "30 days", "90 days")]
    # planted: "thirty (60) days" written in, "[TBD]" filled in
    assert [(h.change, h.rule, h.quote) for h in diff.hygiene] == [
        ("added", "DRAFT-NUMBER-WORDS", "thirty (60)"), ("fixed", "DRAFT-PLACEHOLDERS", "[TBD]")]
    assert [(c.element, c.old, c.new) for c in diff.drafting] == [
        ("drafting.number_words", "met", "weak"), ("drafting.placeholders", "weak", "met")]


def test_figures_carry_both_clauses(diff):
    cap = diff.figures[0]
    # clause 6.1 typed into a Word paragraph is a section, as in the Markdown source: the quote is its text
    assert (cap.old_evidence["section"], cap.old_evidence["quote"][:32]) == ("6.1", "Each Party's total liability und")
    assert "six (6) months" in cap.new_evidence["quote"]


def test_a_draft_against_itself_has_no_changes(reports):
    same = diff_reports(reports[0], reports[0])
    assert (same.statuses, same.figures, same.hygiene, same.drafting) == ([], [], [], [])
    assert same.worse("low") == []


def test_worse_at_or_above_the_threshold(diff):
    assert [c.element for c in diff.worse("critical")] == ["data.breach"]
    # drafting elements count too: words and figures that disagree are a high-severity slip
    assert [c.element for c in diff.worse("high")] == ["data.breach", "sla.response", "drafting.number_words"]
    assert diff.worse("never") == []


def test_exit_codes():
    assert cli(OLD, NEW).exit_code == 1  # worse on data.breach (critical) at the default --fail-on high
    backwards = cli(NEW, OLD, "--fail-on", "critical")
    assert backwards.exit_code == 0  # going back loses the backup clause: high, below critical
    assert "worse   high     backup: met -> missing" in backwards.stdout
    assert cli(NEW, OLD).exit_code == 1


def test_the_text_comparison(diff):
    text = cli(OLD, NEW).stdout
    assert text.splitlines()[1] == ("rulebook default " + diff.new.rulebook["version"] + ": 3 elements changed status, "
                                    "3 figures changed, 1 drafting slip added, 1 fixed")
    for line in ["  worse   critical data.breach: met -> weak", "                   SLA-RESPONSE-P1: met -> weak (1 h -> 4 h)",
                 "  Liability cap: twelve (12) months of fees -> six (6) months of fees",
                 "  Notice periods: termination without cause notice: 30 days -> 90 days",
                 "  added  DRAFT-NUMBER-WORDS: 'thirty (60)' [support-agreement-draft2.docx, §5.5]",
                 "  fixed  DRAFT-PLACEHOLDERS: '[TBD]' [support-agreement-draft1.docx, §7.3]"]:
        assert line in text.splitlines()


def test_json_markdown_and_html(tmp_path):
    data = json.loads(cli(OLD, NEW, "--format", "json").stdout)
    assert data["schema"] == "checker.diff/1"
    assert [e["element"] for e in data["elements"]] == ["data.breach", "sla.response", "backup"]
    assert {(f["what"] or f["label"], f["old"], f["new"]) for f in data["figures"]} == {
        ("Liability cap", "twelve (12) months of fees", "six (6) months of fees"), ("P1 response", "1 h", "4 h"),
        ("termination without cause notice", "30 days", "90 days")}
    markdown = cli(OLD, NEW, "--format", "markdown").stdout
    assert "| Notice periods | termination without cause notice | 30 days | 90 days |" in markdown
    out = tmp_path / "diff.html"
    result = cli(OLD, NEW, "--format", "html", "-o", out)
    assert result.exit_code == 1 and result.stdout == ""
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<mark>thirty (60)</mark>" in html
    assert html.count("<script") == 1


def test_the_format_follows_the_output_extension_and_a_clash_is_refused(tmp_path):
    out = tmp_path / "changes.json"
    assert cli(OLD, NEW, "-o", out).exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "checker.diff/1"
    clash = tmp_path / "changes.html"
    result = cli(OLD, NEW, "--format", "markdown", "-o", clash)
    assert result.exit_code == 2 and not clash.exists()
    assert re.fullmatch(r"checker: error: .*changes\.html: --format markdown does not match the extension "
                        r"'\.html'.*\n", result.stderr), result.stderr


def test_human_comparisons_say_they_are_not_legal_advice():
    for fmt in ("text", "markdown", "html"):
        assert cli(OLD, NEW, "--format", fmt).stdout.count("Not legal advice") == 1, fmt


@pytest.mark.parametrize(("args", "message"), [
    (["missing.docx", NEW], r"checker: error: missing.docx: no such file"),
    ([OLD, NEW, "--rulebook", "nonexistent.yaml"], r"checker: error: .*nonexistent.yaml.*"),
    ([OLD, NEW, "-o", NEW], r"checker: error: .*: refusing to overwrite a draft with the comparison"),
])
def test_bad_input_is_one_line(args, message):
    result = cli(*args)
    assert result.exit_code == 2
    assert re.fullmatch(message + "\n", result.stderr), result.stderr
    assert result.stdout == ""
