"""Rules that test themselves: run every rule's examples and compare the status (and facts).

Each example is a clause reviewed on its own as a one-document contract, exactly as
`checker review` would see it. An extending pack that overrides a rule's params or
applies_when keeps the base rule's examples unless the override gives its own: they
still run, and a failure says which override may have invalidated them, so a pack can
never pass on examples that no longer describe its rules.
"""

from __future__ import annotations

import fnmatch
import math
from dataclasses import dataclass, field

from checker.engine.context import Package
from checker.engine.evaluate import evaluate_rule
from checker.ingest import document_from_text
from checker.review import analyse_document
from checker.rulebook.load import Rulebook
from checker.rulebook.rule import Example, Rule


@dataclass
class ExampleResult:
    rule: Rule
    example: Example
    status: str  # what the rule concluded
    message: str
    facts: list[dict] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # empty when the example passed

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def inherited(self) -> bool:
        """An example from a base pack, on a rule whose params an extending pack changed."""
        return bool(self.rule.retuned) and self.example.where.file != self.rule.retuned.rsplit(":", 1)[0]


@dataclass
class SelfTest:
    results: list[ExampleResult]
    untested: list[Rule]  # enabled rules without any example
    disabled: list[Rule]  # not run: the rulebook disables them

    @property
    def failed(self) -> list[ExampleResult]:
        return [r for r in self.results if not r.passed]

    @property
    def passed(self) -> list[ExampleResult]:
        return [r for r in self.results if r.passed]


def run_selftest(rulebook: Rulebook, select: str | None = None) -> SelfTest:
    """Run the examples of every enabled rule (or of those whose id matches the glob `select`)."""
    rules = [r for r in rulebook.rules if select is None or fnmatch.fnmatchcase(r.id, select)]
    cache: dict[str, Package] = {}
    results = [run_example(rule, example, cache) for rule in rules if rule.enabled for example in rule.all_examples()]
    return SelfTest(results=results, untested=[r for r in rules if r.enabled and not r.all_examples()],
                    disabled=[r for r in rules if not r.enabled])


def run_example(rule: Rule, example: Example, cache: dict[str, Package] | None = None) -> ExampleResult:
    cache = {} if cache is None else cache
    if example.text not in cache:
        cache[example.text] = Package([analyse_document(document_from_text(example.text))])
    finding = evaluate_rule(rule, cache[example.text])
    failures = []
    if finding.status != example.status:
        failures.append(f"expected {example.status}, got {finding.status}")
    for expected in example.expect_facts:
        if not any(_fact_matches(expected, fact) for fact in finding.facts):
            failures.append(f"expected a fact {_show(expected)}; got {_facts(finding.facts)}")
    return ExampleResult(rule, example, finding.status, finding.message, finding.facts, failures)


def _fact_matches(expected: dict, fact: dict) -> bool:
    for key, want in expected.items():
        got = fact.get(key)
        if isinstance(want, (int, float)) and not isinstance(want, bool):
            if not isinstance(got, (int, float)) or not math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-9):
                return False
        elif isinstance(want, str):
            if not isinstance(got, str) or got.casefold() != want.casefold():
                return False
        elif got != want:
            return False
    return True


def _show(fact: dict) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in fact.items()) + "}"


def _facts(facts: list[dict]) -> str:
    if not facts:
        return "no facts"
    keep = ("type", "text", "value", "unit", "hours", "amount", "currency", "compared_with")
    return ", ".join(_show({k: f[k] for k in keep if k in f}) for f in facts)
