"""The rule engine: every rule of the rulebook against a contract package -> findings.

The engine loops over rules and asks each rule's kind; it stamps who (rule id, element,
severity) and where (document, page, section). For a package (MSA + SLA + DPA) a rule is
met if any document meets it, and its evidence names that document.
"""

from __future__ import annotations

from checker.engine.context import AnalysedDocument, Package
from checker.engine.finder import Passage, quote
from checker.engine.kinds import KINDS, Outcome
from checker.findings import SEVERITY_RANK, Evidence, Finding
from checker.rulebook import Rule, Rulebook

_STATUS_ORDER = {"met": 0, "weak": 1, "missing": 2}


def evaluate(rulebook: Rulebook, package: Package) -> list[Finding]:
    findings = [evaluate_rule(rule, package) for rule in rulebook.rules if rule.enabled]
    findings.sort(key=lambda f: (f.category, SEVERITY_RANK[f.severity], f.rule))
    return findings


def evaluate_rule(rule: Rule, package: Package) -> Finding:
    if rule.applies_when is not None and not _applies(rule, package):
        return _finding(rule, Outcome("not_applicable", "does not apply: " + _condition_text(rule)))
    kind = KINDS[rule.kind]
    outcomes = [kind.check(rule.spec, rule.params, document) for document in package.documents]
    best = min(outcomes, key=lambda o: _STATUS_ORDER[o.status])
    return _finding(rule, best)


def _applies(rule: Rule, package: Package) -> bool:
    return any(regex.search(doc.text) for doc in package.documents for regex in rule.applies_when)


def _condition_text(rule: Rule) -> str:
    return "none of its conditions appears in the contract"


def _finding(rule: Rule, outcome: Outcome) -> Finding:
    return Finding(
        rule=rule.id, element=rule.element, status=outcome.status, severity=rule.severity, title=rule.title,
        category=rule.category, message=_message(rule, outcome), fix=rule.fix, measurable=outcome.measurable,
        facts=outcome.facts, evidence=[_evidence(p) for p in outcome.passages],
    )


def _message(rule: Rule, outcome: Outcome) -> str:
    if outcome.status == "missing" and outcome.message == "no provision found":
        return f"Missing: {rule.title.rstrip('.')} — no such provision was found. {rule.why}"
    return outcome.message[:1].upper() + outcome.message[1:]


def _evidence(passage: Passage) -> Evidence:
    document = passage.source.document
    section = passage.section
    return Evidence(document=document.name or document.path, page=document.page_at(passage.match_start),
                    section=section.number if section else None, heading=section.heading or None if section else None,
                    start=passage.start, end=max(passage.end, passage.quote_end or 0), quote=quote(passage))



