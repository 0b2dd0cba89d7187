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
        command = command.get_command(None, name)  # (the group imports a command's module when it is named)
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
        while isinstance(command, click.Group) and rest and rest[0] in command.list_commands(None):
            command = command.get_command(None, rest.pop(0))
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


# ------------------------------------------------------------ fixes worded for the governing law

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
UK_WORDS = re.compile(r"£|UK GDPR|UK time|England and Wales")


def _fixes(report) -> dict[str, str]:
    return {f.rule: f.fix for f in report.findings}


def test_a_us_contract_is_not_offered_uk_wording():
    from checker.review import review_paths

    report = review_paths([SAMPLES / "basic-support-no-data-protection.txt"])  # governed by Colorado law
    assert report.key_terms["governing_law"][0]["value"].endswith("Colorado")
    fixes = _fixes(report)
    assert not [rule for rule, fix in fixes.items() if UK_WORDS.search(fix)]
    assert "$50" in fixes["COMM-PRICING"] and "U.S." in fixes["DATA-PROTECTION"]


def test_an_english_law_contract_keeps_the_uk_wording():
    from checker.review import review_paths

    fixes = _fixes(review_paths([SAMPLES / "strong-msa-with-sla.pdf"]))  # England and Wales
    assert "£2,000,000" in fixes["LIAB-INSURANCE"] and "UK GDPR" in fixes["DATA-PROTECTION"]


def test_a_contract_without_a_governing_law_gets_neutral_wording():
    from checker.ingest import document_from_text
    from checker.review import review_documents
    from checker.rulebook import load_rulebook

    text = ('This Support Agreement is made between Acme Ltd (the "Provider") and Beta Inc (the "Customer").\n'
            "1. Services\nThe Provider shall provide desktop support to the Customer.\n")
    fixes = _fixes(review_documents([document_from_text(text)], load_rulebook()))
    assert not [rule for rule, fix in fixes.items() if UK_WORDS.search(fix) or "$" in fix]
    assert "[amount and currency]" in fixes["COMM-PRICING"]


PLAYBOOK_FIX = """\
name: acme
extends: default
rules:
  - id: ACME-ESCROW
    element: termination.transition
    title: Source code escrow
    category: Commercial
    severity: low
    why: The Customer needs the code if the Provider fails.
    kind: clause
    find:
      patterns: ['\\bescrow\\b']
    fix:
{fix}
"""


@pytest.mark.parametrize(("fix", "message"), [
    ("      uk: Deposit the code with NCC Group.", "needs a 'default' wording"),
    ("      default: Deposit the code.\n      fr: Déposer le code.", "unknown law family 'fr'"),
    ("      default: Deposit the code.\n      us: ''", "fix.us must be a non-empty string"),
    ("      default: Deposit the code within {days} days.", "'{days}' names no parameter"),
])
def test_fix_variants_are_validated_at_load(tmp_path, fix, message):
    from checker.errors import RulebookError, RulebookErrors
    from checker.rulebook import load_rulebook

    path = tmp_path / "acme.yaml"
    path.write_text(PLAYBOOK_FIX.format(fix=fix), encoding="utf-8")
    with pytest.raises((RulebookError, RulebookErrors)) as caught:
        load_rulebook(path)
    errors = caught.value.errors if isinstance(caught.value, RulebookErrors) else [caught.value]
    assert any(message in str(e) and "acme.yaml:" in str(e) and "ACME-ESCROW" in str(e) for e in errors), errors


def test_a_playbook_words_its_fix_per_law(tmp_path):
    from checker.engine.context import Package
    from checker.engine.evaluate import evaluate_rule
    from checker.ingest import document_from_text
    from checker.review import analyse_document
    from checker.rulebook import load_rulebook

    path = tmp_path / "acme.yaml"
    path.write_text(PLAYBOOK_FIX.format(fix="      default: Deposit the code.\n      us: Deposit the code with a US "
                                            "escrow agent."), encoding="utf-8")
    rule = load_rulebook(path).get("ACME-ESCROW")
    package = Package([analyse_document(document_from_text("The Provider shall keep the source code."))])
    assert evaluate_rule(rule, package, "us").fix == "Deposit the code with a US escrow agent."
    assert evaluate_rule(rule, package, "uk").fix == evaluate_rule(rule, package).fix == "Deposit the code."


@pytest.mark.parametrize("mark", ["[GRAPHIC OMITTED]", "[INITIALS ILLEGIBLE]", "[LOGO]"])
def test_a_filings_marks_are_not_placeholders(mark):
    finding = _finding("DRAFT-PLACEHOLDERS", f"{mark}\nThe Provider shall provide the Services for a monthly fee.")
    assert (finding.status, [e.quote for e in finding.evidence]) == ("met", [])


def test_the_agreement_a_schedule_names_is_the_package_s_own():
    schedule = "Capitalized terms not defined in this Schedule have the meanings given in the Agreement.\n" + TSA
    msa = "MASTER SERVICES AGREEMENT\nThe Provider shall provide the Services.\n"
    assert _finding("DRAFT-UNDEFINED-TERMS", schedule).status == "met"  # alone: defined in an agreement not here
    assert _finding("DRAFT-UNDEFINED-TERMS", msa, schedule).status == "weak"  # with the MSA: its terms are read
