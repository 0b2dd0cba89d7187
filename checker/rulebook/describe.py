"""Rules described in words, for `checker rules list / show` and `checker explain`.

Plain text built from the effective rule, so what a user reads is what the engine runs,
including every change an extending pack made and where.
"""

from __future__ import annotations

import textwrap

from checker.engine.kinds import KINDS
from checker.nlp.jurisdictions import LAW_FAMILIES
from checker.report.shared import where
from checker.rulebook.load import Rulebook
from checker.rulebook.rule import Rule
from checker.words import count, with_params

WIDTH = 92


def heading(rulebook: Rulebook) -> str:
    bases = " (extends " + ", ".join(f"{b['name']} {b['version']}" for b in rulebook.extends) + ")" \
        if rulebook.extends else ""
    return f"{rulebook.name} {rulebook.version}{bases}"


def rule_table(rulebook: Rulebook) -> str:
    rows = [("ID", "ELEMENT", "SEVERITY", "ENABLED", "TITLE")]
    rows += [(r.id, r.element, r.severity, "yes" if r.enabled else "no", r.title) for r in rulebook.rules]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths)) + "  " + row[4] for row in rows]
    enabled = len(rulebook.enabled_rules)
    lines.append(f"{count(len(rulebook.rules), 'rule')}, {enabled} enabled, in rulebook {heading(rulebook)}")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def describe_rule(rule: Rule, rulebook: Rulebook) -> str:
    out = [f"{rule.id}: {rule.title}", ""]
    out += _fields([("element", f"{rule.element} ({rule.category})"), ("severity", rule.severity),
                    ("kind", rule.kind), ("enabled", "yes" if rule.enabled else "no (disabled)"),
                    ("tags", ", ".join(rule.tags) or None), ("defined at", rule.source),
                    ("rulebook", heading(rulebook))])
    out += _fields([("changed at", change) for change in rule.changes])
    out += _section("What it checks", what_it_checks(rule))
    out += _section("Why it matters", [with_params(rule.why, rule.params)])
    if rule.params:
        lines = []
        for name, value in rule.params.items():
            default = rule.defaults.get(name, value)
            lines.append(f"{name} = {value}" + (f"   (was {default} before the override)" if default != value else ""))
        out += _section("Parameters", lines, wrap=False)
    out += _section("How to fix", _fix_lines(rule))
    if rule.raw.get("find"):
        out += _section("How it finds the clause", _finder_lines(rule), wrap=False)
    examples = [f"{e.status:<15}{e.text}" + (f"   [facts: {e.expect_facts}]" if e.expect_facts else "")
                for e in rule.all_examples()]
    out += _section("Examples", examples or ["(none: `checker rules test` lists this rule as untested)"],
                    wrap=False)
    return "\n".join(out).rstrip() + "\n"


def _fix_lines(rule: Rule) -> list[str]:
    """The fix; a rule worded per governing law shows each wording, the neutral one first."""
    def words(text):
        return " ".join(with_params(text, rule.params).split())
    if not rule.fixes:
        return [words(rule.fix)]
    return [f"Under any other law, or none named: {words(rule.fix)}",
            *(f"Under {LAW_FAMILIES.get(family, family)} ({family}): {words(text)}" for family, text in rule.fixes.items())]


def explain(rule: Rule, rulebook: Rulebook, finding: dict | None = None) -> str:
    """What a finding of this rule means and how to fix it; with the finding from a report when given."""
    out = [f"{rule.id}: {rule.title}", f"({rule.severity}, {rule.element}, rulebook {heading(rulebook)})"]
    if finding is not None:
        status = finding.get("status", "?").upper()
        out += ["", f"In the report: {status}. {finding.get('message', '')}".rstrip()]
        for evidence in finding.get("evidence", [])[:2]:
            shown = where({**evidence, "heading": None, "ocr_low": False})  # document, page and section
            out += [f"  [{shown}]", *textwrap.wrap(f'"{evidence.get("quote", "")}"', WIDTH, initial_indent="  ",
                                                  subsequent_indent="  ")]
        if finding.get("waived"):
            waived = finding["waived"]
            until = f" until {waived['expires']}" if waived.get("expires") else ""
            out.append(f"  Waived{until} ({waived.get('source')}): {waived.get('reason')}")
    out += _section("What it checks", what_it_checks(rule))
    out += _section("Why it matters", [with_params(rule.why, rule.params)])
    fixes = _fix_lines(rule) if finding is None or not finding.get("fix") else \
        [" ".join(finding["fix"].split())]  # the report's own: worded for the contract's governing law
    out += _section("How to fix", fixes)
    met = rule.examples.get("met")
    if met:
        out += _section("A clause that meets it", [met[0].text])
    return "\n".join(out).rstrip() + "\n"


def what_it_checks(rule: Rule) -> list[str]:
    """In words, from the rule's kind (which describes its own options) and its condition."""
    lines = []
    if rule.applies_when is not None:
        lines.append("Applies only when the contract mentions one of: "
                     + "; ".join(p.pattern for p in rule.applies_when) + ". Otherwise: not applicable.")
    if rule.applies_under:
        lines.append(f"Written for {' or '.join(LAW_FAMILIES[law] for law in rule.applies_under)}: under another "
                     "governing law, a contract that does not take it up is not applicable rather than missing.")
    return lines + KINDS[rule.kind].describe(rule.raw, rule.params)


def _finder_lines(rule: Rule) -> list[str]:
    find = rule.raw.get("find") or {}
    lines = [f"{key:<10}{pattern}" for key in ("patterns", "headings", "near", "exclude", "within")
             for pattern in find.get(key) or []]
    typed = find.get("typed") or {}
    if typed:  # evidence from the clause's type: which clauses, and the shape their sentences must have
        shape = [f"{key} {', '.join(typed[key]) if isinstance(typed[key], list) else typed[key]}"
                 for key in ("states", "modality", "verbs", "near") if typed.get(key)]
        where = f"sentences of {', '.join(typed['types'])} clauses" if typed.get("types") else "sentences of any clause"
        lines.append(f"{'typed':<10}{where}" + (": " if shape else "")
                     + "; ".join(shape))
    lines += [f"{key:<10}true" for key in ("negated", "definitions") if find.get(key)]
    held = [str(find[key]) if isinstance(find[key], str) else ", ".join(find[key]) for key in ("party", "modality")
            if find.get(key)]
    if held:
        lines.append(f"{'held as':<10}{' / '.join(held)}: " + {
            "graded": "a passage another party holds, or holds another way, is graded weak",
            "required": "a passage another party holds, or holds another way, does not count",
            "named": "only a passage whose verb names that party that way counts"}[find.get("party_fit", "graded")])
    return lines


def _fields(pairs) -> list[str]:
    return [f"  {name:<12}{value}" for name, value in pairs if value]


def _section(title: str, lines: list[str], wrap: bool = True) -> list[str]:
    out = ["", title]
    for line in lines:
        out += textwrap.wrap(line, WIDTH, initial_indent="  ", subsequent_indent="  ") if wrap else [f"  {line}"]
    return out
