"""Every rule's own examples (met / weak / missing / not_applicable snippets) run as tests."""

from __future__ import annotations

import pytest

from checker.engine.context import Package
from checker.engine.evaluate import evaluate_rule
from checker.ingest import document_from_text
from checker.review import analyse_document
from checker.rulebook import load_rulebook

RULEBOOK = load_rulebook()
CASES = [(rule.id, status, text) for rule in RULEBOOK.rules for status, texts in rule.examples.items() for text in texts]


@pytest.mark.parametrize(("rule_id", "expected", "text"), CASES, ids=[f"{r}-{s}-{i}" for i, (r, s, _) in enumerate(CASES)])
def test_rule_example(rule_id, expected, text):
    rule = RULEBOOK.get(rule_id)
    package = Package([analyse_document(document_from_text(text))])
    finding = evaluate_rule(rule, package)
    assert finding.status == expected, f"{rule_id} on {text!r}: {finding.status} ({finding.message})"


def test_every_rule_has_a_met_and_a_missing_example():
    lacking = [r.id for r in RULEBOOK.rules if not {"met", "missing"} <= set(r.examples)]
    assert lacking == []


def test_rules_that_can_be_weak_have_a_weak_example():
    """A rule with a weakness condition must show a clause that triggers it."""
    lacking = [r.id for r in RULEBOOK.rules
               if (r.raw.get("weak_when") or r.kind == "threshold") and "weak" not in r.examples]
    assert lacking == []


def test_conditional_rules_have_a_not_applicable_example():
    lacking = [r.id for r in RULEBOOK.rules if r.applies_when and "not_applicable" not in r.examples]
    assert lacking == []
