"""Every shipped pack's rules run their own examples (met / weak / missing / not_applicable
snippets, and the facts some of them expect), one pytest case per example."""

from __future__ import annotations

import pytest

from checker.engine.kinds import KINDS
from checker.rulebook import load_rulebook
from checker.rulebook.packs import pack_names
from checker.selftest import run_example

PACKS = {name: load_rulebook(name) for name in pack_names()}
CASES = [(name, rule.id, example) for name, rulebook in PACKS.items() for rule in rulebook.enabled_rules
         for example in rule.all_examples()]


def test_the_shipped_packs():
    assert {"default", "healthcare"} <= set(PACKS)


@pytest.mark.parametrize(("pack", "rule_id", "example"), CASES,
                         ids=[f"{p}-{r}-{e.status}-{i}" for i, (p, r, e) in enumerate(CASES)])
def test_rule_example(pack, rule_id, example):
    result = run_example(PACKS[pack].get(rule_id), example)
    assert result.passed, f"{pack} {rule_id} on {example.text!r}: {'; '.join(result.failures)} ({result.message})"


@pytest.mark.parametrize("pack", sorted(PACKS))
def test_every_rule_has_a_met_and_a_missing_example(pack):
    # a missing example for every kind that can say missing (drafting hygiene never does)
    lacking = [r.id for r in PACKS[pack].enabled_rules
               if not {"met", "missing"} & set(KINDS[r.kind].statuses) <= set(r.examples)]
    assert lacking == []


@pytest.mark.parametrize("pack", sorted(PACKS))
def test_rules_that_can_be_weak_have_a_weak_example(pack):
    """A rule with a weakness condition must show a clause that triggers it."""
    lacking = [r.id for r in PACKS[pack].enabled_rules
               if (r.raw.get("weak_when") or r.kind == "threshold") and "weak" not in r.examples]
    assert lacking == []


@pytest.mark.parametrize("pack", sorted(PACKS))
def test_conditional_rules_have_a_not_applicable_example(pack):
    lacking = [r.id for r in PACKS[pack].enabled_rules if r.applies_when and "not_applicable" not in r.examples]
    assert lacking == []


@pytest.mark.parametrize("pack", sorted(PACKS))
def test_retuned_rules_bring_their_own_examples(pack):
    """A shipped pack that changes a rule's params gives it examples written for the new values."""
    stale = [r.id for r in PACKS[pack].rules if r.retuned and any(
        e.where.file != r.retuned.rsplit(":", 1)[0] for e in r.all_examples())]
    assert stale == []
