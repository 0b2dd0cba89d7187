"""The rule-kind contract (issue 13): a kind describes itself, declares whether it concludes
per document or per package and whether its 'met' means 'no slips found', returns reason
codes that checker/reasons.py words, and declares its options once (the loader's checks and
the JSON Schema both come from that declaration). Nothing outside the kinds branches on a
kind's name or on an element's 'drafting.' prefix."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.diff import diff_reports
from checker.engine.context import Package
from checker.engine.evaluate import evaluate_rule
from checker.engine.kinds import KINDS
from checker.engine.kinds.base import Kind, Outcome
from checker.errors import RulebookError
from checker.ingest import document_from_text
from checker.reasons import message
from checker.report import html
from checker.review import analyse_document, review_paths
from checker.rulebook import load_rulebook
from checker.rulebook import schema as made_schema

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "legal-review"


def package(text: str) -> Package:
    return Package([analyse_document(document_from_text(text))])


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# a placeholders rule whose element is not a drafting.* one: what it is comes from its kind
PLAYBOOK = """\
name: own
version: '1'
extends: default
rules:
  - id: OWN-BLANKS
    element: signatures
    title: No blanks left in
    category: General
    severity: low
    why: A blank is a term nobody agreed.
    fix: Fill in every blank.
    kind: placeholders
    params: {min_underscores: 3}
"""


# ---------------------------------------------------------------- declarations


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_kind_declares_what_the_engine_and_renderers_read(name):
    kind = KINDS[name]
    assert kind.concludes in ("document", "package")
    assert kind.summary and not kind.summary.startswith("`")
    assert set(kind.required) <= set(kind.options)
    if kind.met_means_clean:  # met = clean: such a kind never says missing, and reads the whole package
        assert "missing" not in kind.statuses and kind.concludes == "package"


def test_a_drafting_rule_is_described_by_its_own_kind():
    """`rules show` used to describe every kind but threshold as 'Looks for a provision ...:
    missing when none is found'; a hygiene rule is never missing."""
    result = CliRunner().invoke(main, ["rules", "show", "DRAFT-NUMBER-WORDS"])
    assert result.exit_code == 0, result.output
    checks = result.output.split("What it checks", 1)[1].split("Why it matters", 1)[0]
    assert "Looks for a provision" not in checks
    assert "words and in figures" in checks and "never missing" in " ".join(checks.split())
    assert "How it finds the clause" not in result.output  # it has no `find`
    explained = CliRunner().invoke(main, ["explain", "DRAFT-PLACEHOLDERS"]).output
    assert "placeholders left in the text" in explained.lower() and "never missing" in " ".join(explained.split())


# ---------------------------------------------------------------- reason codes


def test_a_kind_concludes_with_a_reason_code_and_the_words_come_from_one_place():
    class Nothing(Kind):
        name = "nothing"
        summary = "Finds nothing."

        def compile(self, rule, params):
            return {}

        def check(self, spec, params, document):
            return Outcome("missing", "no_provision")

    rule = load_rulebook().get("GEN-TERM")
    KINDS["nothing"] = Nothing()
    try:
        rule_of_nothing = type(rule)(**{**vars(rule), "kind": "nothing"})
        finding = evaluate_rule(rule_of_nothing, package("1. Services\nThe Provider shall provide the services.\n"))
    finally:
        del KINDS["nothing"]
    assert finding.reason == "no_provision"
    assert finding.message == f"Missing: {rule.title.rstrip('.')} — no such provision was found. {rule.why}"


def test_every_finding_of_a_review_carries_a_known_reason_its_message_words():
    report = review_paths([SAMPLES / "hygiene-slips.txt"])
    reasons = {f.reason for f in report.findings}
    assert {"slips", "no_provision"} <= reasons  # and each one known: message() words it, below
    rulebook = load_rulebook()
    for finding in report.findings:
        rule = rulebook.get(finding.rule)
        from checker.words import with_params
        assert finding.message == message(finding.reason, finding.detail, rule.title, with_params(rule.why, rule.params))


# ---------------------------------------------------------------- met means clean, whatever the element


def test_a_hygiene_rule_on_another_element_is_still_read_as_slips(tmp_path):
    rulebook = load_rulebook(write(tmp_path / "own.yaml", PLAYBOOK))
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    text = (SAMPLES / "hygiene-clean.txt").read_text(encoding="utf-8")
    write(old, text)
    write(new, text.replace("\n", "\nThe fee is $___ a month.\n", 1))
    before, after = review_paths([old], rulebook), review_paths([new], rulebook)
    finding = next(f for f in after.findings if f.rule == "OWN-BLANKS")
    assert finding.status == "weak" and finding.met_means_clean
    diff = diff_reports(before, after)
    assert [(h.rule, h.change) for h in diff.hygiene if h.rule == "OWN-BLANKS"] == [("OWN-BLANKS", "added")]
    met = next(f for f in before.findings if f.rule == "OWN-BLANKS")
    assert met.status == "met" and met.message in html.render(before, color=False)  # 'no placeholder left in'


# ---------------------------------------------------------------- options declared once


def test_the_schema_file_is_made_from_the_kinds_declarations():
    made = made_schema.text()
    assert (ROOT / "checker" / "rulebook" / "rulebook.schema.json").read_text(encoding="utf-8") == made, \
        "run: python -m checker.rulebook.schema"
    assert (ROOT / "docs" / "rulebook.schema.json").read_text(encoding="utf-8") == made


@pytest.mark.parametrize("rule, loader_says", [
    ("kind: placeholders\n    params: {min_underscores: many}", "params.min_underscores: must be a whole number"),
    ("kind: placeholders\n    params: {min_underscore: 3}", "unknown parameter for the placeholders kind"),
    ("kind: number_words\n    find: {patterns: [x]}", "unknown key 'find'"),
    ("kind: clause\n    find: {patterns: [x], party: landlord}", "find.party: must be one of: provider"),
    ("kind: clause\n    find: {patterns: [x], party: provider, party_fit: strict}",
     "find.party_fit: must be one of: graded, required, named"),
    ("kind: threshold\n    find: {patterns: [x]}\n    measure: {tag: DURATION, compare: max, param: p}\n"
     "    params: {p: 4}", "measure.unit: must be one of: minutes, hours, days"),
])
def test_the_schema_and_the_loader_reject_the_same_options(tmp_path, rule, loader_says):
    text = ("name: own\nversion: '1'\nrules:\n  - id: OWN-1\n    element: parties\n    title: t\n    category: c\n"
            f"    severity: low\n    why: w\n    fix: f\n    {rule}\n")
    path = write(tmp_path / "own.yaml", text)
    validator = jsonschema.Draft202012Validator(made_schema.schema())
    assert list(validator.iter_errors(yaml.safe_load(text)))
    with pytest.raises(RulebookError, match=re.escape(loader_says)):
        load_rulebook(path)
    assert not list(validator.iter_errors(yaml.safe_load(write(tmp_path / "ok.yaml", PLAYBOOK).read_text())))


# ---------------------------------------------------------------- rules validate: figures that are parameters


def test_validate_warns_when_a_text_quotes_a_figure_that_is_a_parameter(tmp_path):
    playbook = write(tmp_path / "p.yaml", "name: p\nversion: '1'\nextends: default\noverrides:\n  SLA-RESPONSE-P1:\n"
                                          "    params: {max_p1_response_hours: 2}\n"
                                          "    fix: Ask for a response to P1 incidents within two (2) hours.\n")
    result = CliRunner().invoke(main, ["rules", "validate", str(playbook)])
    assert result.exit_code == 0, result.output
    assert re.search(r"p\.yaml:7:\d+: SLA-RESPONSE-P1: warning: fix quotes 'two \(2\) hours', the value of "
                     r"parameter max_p1_response_hours", result.output)
    playbook.write_text(playbook.read_text().replace("two (2) hours", "{max_p1_response_hours hours}"))
    assert "warning" not in CliRunner().invoke(main, ["rules", "validate", str(playbook)]).output


@pytest.mark.parametrize("pack", ["default", "healthcare"])
def test_the_shipped_packs_quote_no_parameter_as_a_figure(pack):
    """A figure the law sets ('Regulators expect notice within 72 hours') is not the rule's."""
    result = CliRunner().invoke(main, ["rules", "validate", pack])
    assert result.exit_code == 0 and "warning" not in result.output, result.output


def test_the_json_schema_file_is_valid():
    jsonschema.Draft202012Validator.check_schema(json.loads(made_schema.text()))
