"""The first hour of a new user (issue 12, 'Tried as a new user would'): --help shows examples
and exit codes, options are described one way, and the outputs name what they point at."""

from __future__ import annotations

import re
from pathlib import Path
import shlex

import click
import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.report import RENDERERS
from checker.rulebook.packs import pack_names

COMMANDS = [[], ["review"], ["audit"], ["diff"], ["rules"], ["explain"]]


def _help(path: list[str]) -> str:
    result = CliRunner().invoke(main, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0
    return result.output


def _command(path: list[str]) -> click.Command:
    command = main
    for name in path:
        command = command.commands[name]
    return command


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "checker")
def test_help_shows_examples_and_exit_codes(path):
    text = _help(path)
    examples = text.split("Examples:", 1)[1].split("Exit codes:", 1)[0] if "Examples:" in text else ""
    lines = [line.strip() for line in examples.splitlines() if line.strip().startswith("checker ")]
    assert lines, f"no examples in `checker {' '.join(path)} --help`"
    codes = re.findall(r"^\s+(\d+)\s+\S", text.split("Exit codes:", 1)[1], re.M) if "Exit codes:" in text else []
    assert {"0", "2"} <= set(codes)
    for line in lines:  # every example names a real command and only its options
        words = shlex.split(line.split("    (")[0].split("  (")[0])[1:]
        command, rest = main, list(words)
        while isinstance(command, click.Group) and rest and rest[0] in command.commands:
            command = command.commands[rest.pop(0)]
        if rest and rest[0] == "COMMAND":
            continue
        assert not isinstance(command, click.Group), line
        known = {opt for param in command.params for opt in getattr(param, "opts", [])}
        for word in rest:
            if word.startswith("-"):
                assert word in known, f"{line}: {word} is not an option of {command.name}"


def test_rulebook_is_described_one_way_everywhere():
    helps = {}
    for path in (["review"], ["audit"], ["diff"], ["rules", "list"], ["rules", "show"], ["explain"]):
        option = next(p for p in _command(path).params if p.name == "rulebook")
        helps[" ".join(path)] = option.help
    first = helps["review"]
    assert all(h.startswith(first) for h in helps.values()), helps
    assert all(name in first for name in pack_names())


def test_report_formats_are_listed_in_one_order():
    choices = {" ".join(path): next(p for p in _command(path).params if p.name == "fmt").type.choices
               for path in (["review"], ["diff"])}
    assert list(choices["review"]) == list(choices["diff"]) == list(RENDERERS)


def test_worst_gap_names_the_gap_not_only_its_severity():
    from checker.audit.outcome import OK, Outcome
    from checker.audit.outputs.table import portfolio_row
    from checker.review import review_paths
    from checker.findings import SEVERITY_RANK

    sample = Path(__file__).resolve().parent.parent / "samples" / "basic-support-no-data-protection.txt"
    report = review_paths([sample]).as_dict()
    cell = portfolio_row(Outcome(str(sample), (str(sample),), OK, report=report), [])["worst_gap"]
    gaps = [f for f in report["findings"] if f["status"] in ("weak", "missing", "error")]
    worst = min(SEVERITY_RANK[f["severity"]] for f in gaps)
    named = [f for f in gaps if f["rule"] in cell]
    assert named, cell
    assert SEVERITY_RANK[named[0]["severity"]] == worst and named[0]["element"] in cell
    assert cell.startswith(named[0]["severity"] + ": ") and named[0]["status"] in cell


def _finding(rule_id: str, *texts: str):
    from checker.engine.context import Package
    from checker.engine.evaluate import evaluate_rule
    from checker.ingest import document_from_text
    from checker.review import analyse_document
    from checker.rulebook import load_rulebook

    package = Package([analyse_document(document_from_text(t, f"doc{i}.txt")) for i, t in enumerate(texts)])
    return evaluate_rule(load_rulebook().get(rule_id), package)


LEGEND = ("Certain confidential information has been omitted and filed separately with the Securities and Exchange "
          "Commission; confidential treatment has been requested for the bracketed portions.\n")


@pytest.mark.parametrize("text", [
    LEGEND + "The monthly fee is [*] and the hourly rate is [ * ].",
    "The monthly fee is [***] and the service credit is [* * *] of it.",
    "The monthly fee is [...***...] and the hourly rate is [*].",  # redacted elsewhere: [*] is a redaction too
    "The monthly fee is [REDACTED] and the rate [Redacted - Commercially Sensitive].",
])
def test_edgar_redactions_are_not_placeholders(text):
    finding = _finding("DRAFT-PLACEHOLDERS", text)
    assert (finding.status, [e.quote for e in finding.evidence]) == ("met", [])


def test_an_asterisk_blank_in_a_draft_is_still_a_placeholder():
    finding = _finding("DRAFT-PLACEHOLDERS", "The monthly fee is [*] payable in advance.")
    assert (finding.status, [e.quote for e in finding.evidence]) == ("weak", ["[*]"])


TSA = ('This Transition Services Agreement is made between Acme Ltd (the "Seller") and Beta Inc (the "Buyer").\n'
       "The Seller shall provide the Transition Services to the Buyer until the Closing Date. The Buyer shall pay "
       "the Service Fees monthly. The Closing Date is set by the Buyer. The Service Fees are fixed, and the "
       "Transition Services end on the Closing Date.\n")


@pytest.mark.parametrize("clause", [
    "Capitalized terms used but not defined herein have the meanings given to them in the Asset Purchase Agreement.\n",
    "Terms defined in the Asset Purchase Agreement shall have the same meanings when used in this Agreement.\n",
    "All capitalised terms used and not otherwise defined in this Agreement have the respective meanings ascribed "
    "to them in that certain Asset Purchase Agreement dated 1 May 2024.\n",
])
def test_definitions_incorporated_by_reference_are_not_undefined_terms(clause):
    assert _finding("DRAFT-UNDEFINED-TERMS", TSA).status == "weak"  # the same terms, with no definitions at all
    finding = _finding("DRAFT-UNDEFINED-TERMS", clause + TSA)
    assert finding.status == "met"
    assert "Asset Purchase Agreement" in finding.message and "incorporated by reference" in finding.message
    assert "Asset Purchase Agreement" in finding.evidence[0].quote


def test_definitions_incorporated_from_a_document_of_the_package_are_read_there():
    clause = "Capitalized terms used but not defined herein have the meanings given in the Asset Purchase Agreement.\n"
    apa = 'ASSET PURCHASE AGREEMENT\n"Closing Date" means 1 June 2024.\n'
    finding = _finding("DRAFT-UNDEFINED-TERMS", clause + TSA, apa)
    assert finding.status == "weak"  # the agreement is here: its definitions are read, the others are slips
    assert "Closing Date" not in finding.message and "Service Fees" in finding.message
