"""One rule: validate its YAML (every problem, located) and build the `Rule` the engine runs.

The kind named by the rule compiles its own options here, at load time, so a bad regular
expression or an undefined parameter surfaces before any contract is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from checker.elements import ELEMENTS, is_element
from checker.engine.kinds import KINDS, OptionError
from checker.findings import SEVERITIES
from checker.matching import PatternError, TextPattern
from checker.nlp.jurisdictions import LAW_FAMILIES
from checker.rulebook.located_yaml import NOWHERE, LocatedDict, LocatedList, Mark, Problems
from checker.words import PARAM

COMMON_KEYS = {"id", "element", "title", "category", "severity", "why", "fix", "kind", "applies_when",
               "params", "examples", "enabled", "tags"}
REQUIRED_KEYS = ("id", "element", "title", "category", "severity", "why", "fix", "kind")
TEXT_KEYS = ("id", "element", "title", "category", "severity", "why", "kind")
NEUTRAL_FIX = "default"  # the fix's wording for any other law, or none found: neutral
EXAMPLE_STATUSES = ("met", "weak", "missing", "not_applicable")
EXAMPLE_ITEM_KEYS = {"text", "expect_facts"}
RULE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")


@dataclass
class Example:
    """A clause and the status the rule must give it: the rule's own test."""

    status: str
    text: str
    expect_facts: list[dict] = field(default_factory=list)  # each must match (a subset of) one fact
    where: Mark = NOWHERE

    @property
    def source(self) -> str:
        return f"{self.where.file}:{self.where.line}"


@dataclass
class Rule:
    id: str
    element: str
    title: str
    category: str
    severity: str
    why: str
    fix: str
    kind: str
    spec: object  # what the kind compiled from the rule's options
    params: dict = field(default_factory=dict)
    applies_when: list[TextPattern] | None = None
    applies_under: tuple[str, ...] = ()  # law families (us ...) outside which the rule holds only where the contract takes it up
    disclaimed: str = ""  # the rulebook's word list `disclaimed`: a sentence that disclaims what applies_when names
    examples: dict[str, list[Example]] = field(default_factory=dict)
    enabled: bool = True
    tags: list[str] = field(default_factory=list)
    source: str = ""  # file:line where the rule is defined, for messages
    changes: list[str] = field(default_factory=list)  # "file:line: what an extending pack changed"
    retuned: str = ""  # file:line of an override of its params or applies_when: inherited examples may not hold
    defaults: dict = field(default_factory=dict)  # params as the defining pack set them
    raw: dict = field(default_factory=dict, repr=False)
    # law family (uk, us ... checker/nlp/jurisdictions.py) -> the fix worded for it; `fix` for any other
    fixes: dict[str, str] = field(default_factory=dict)

    def all_examples(self) -> list[Example]:
        return [example for status in EXAMPLE_STATUSES for example in self.examples.get(status, [])]


def locate(node, key_path: str) -> Mark:
    """The mark of 'find.patterns[2]' inside a rule, as deep as the path goes."""
    mark = node.mark
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", key_path):
        if part.startswith("[") and isinstance(node, LocatedList):
            index = int(part[1:-1])
            if index >= len(node):
                break
            mark, node = node.marks[index], node[index]
        elif isinstance(node, LocatedDict) and part in node:
            mark, node = node.marks[part], node[part]
        else:
            break
    return mark


def rule_label(raw, index: int) -> str:
    rule_id = raw.get("id") if isinstance(raw, dict) else None
    return rule_id if isinstance(rule_id, str) and rule_id else f"rule #{index + 1}"


def build_rule(raw: LocatedDict, index: int, problems: Problems) -> Rule | None:
    """Validate one rule's YAML (a mapping: compose.py reports the others); report every
    problem; return None when there is any."""
    label = rule_label(raw, index)
    before = len(problems)

    def bad(key_or_mark, message):
        if isinstance(key_or_mark, Mark):
            problems.at(key_or_mark, label, message)
        else:
            problems.on(raw, key_or_mark, label, message)

    for key in REQUIRED_KEYS:
        if key not in raw:
            bad(None, f"missing required key '{key}'")
    for key in TEXT_KEYS:
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            bad(key, f"'{key}' must be a non-empty string")
    rule_id = raw.get("id")
    if isinstance(rule_id, str) and rule_id and not RULE_ID.match(rule_id):
        bad("id", f"invalid rule id {rule_id!r}: letters, digits, '.', '_' and '-' only, starting with a letter")
    element = raw.get("element")
    if isinstance(element, str) and element and not is_element(element):
        bad("element", f"unknown element {element!r}; valid elements: {', '.join(ELEMENTS)} (or drafting.*)")
    severity = raw.get("severity")
    if isinstance(severity, str) and severity and severity not in SEVERITIES:
        bad("severity", f"invalid severity {severity!r}; valid values: {', '.join(SEVERITIES)}")
    kind_name = raw.get("kind")
    kind = KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if isinstance(kind_name, str) and kind_name and kind is None:
        bad("kind", f"unknown kind {kind_name!r}; valid kinds: {', '.join(sorted(KINDS))}")
    # with an unknown kind, accept any kind's keys: only the kind itself is wrong
    allowed = COMMON_KEYS | (kind.options.keys() if kind else frozenset().union(*(k.options for k in KINDS.values())))
    for key in raw:
        if key not in allowed:
            bad(raw.key_where(key),
                f"unknown key '{key}'; valid keys for a {kind_name or 'rule'}: {', '.join(sorted(allowed))}")
    params = raw.get("params") or {}
    if not isinstance(params, dict):
        bad("params", "'params' must be a mapping of names to values")
        params = {}
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        bad("enabled", "'enabled' must be true or false")
    tags = raw.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) and t for t in tags):
        bad("tags", "'tags' must be a list of strings")
        tags = []
    fix, fixes = _fixes(raw, bad)
    words = [("why", raw.get("why")), *(("fix" if family is None else f"fix.{family}", text)
                                        for family, text in [(None, fix), *fixes.items()])]
    for key, text in words:  # {param} in the words a finding shows must name one of the rule's params
        for name, _unit in PARAM.findall(text) if isinstance(text, str) else ():
            if name not in params:
                bad(locate(raw, key), f"'{{{name}}}' names no parameter of this rule; its params: {', '.join(params) or 'none'}")
    applies_when, applies_under = _applies_when(raw, bad)
    examples = _examples(raw, bad)
    if "not_applicable" in examples and "applies_when" not in raw:
        bad(raw["examples"].where("not_applicable"),
            "a not_applicable example needs 'applies_when': without it the rule always applies")
    spec = None
    if kind is not None:
        for key in sorted(kind.required):
            if key not in raw:
                bad(None, f"a {kind.name} rule needs '{key}'")
        if all(key in raw for key in kind.required):
            try:
                spec = kind.validate(raw, params)
            except OptionError as problem:
                problems.at(locate(raw, problem.key), label, f"{problem.key}: {problem}")
    if len(problems) > before:
        return None
    return Rule(id=rule_id, element=element, title=raw["title"].strip(), category=raw["category"].strip(),
                severity=severity, why=" ".join(raw["why"].split()), fix=fix, fixes=fixes, kind=kind_name,
                spec=spec, params=dict(params), applies_when=applies_when, applies_under=applies_under,
                examples=examples, enabled=enabled, tags=list(tags), source=f"{raw.mark.file}:{raw.mark.line}",
                defaults=dict(params), raw=raw)


def _fixes(raw, bad) -> tuple[str, dict[str, str]]:
    """`fix`: one text, or the wording per family of governing law with a neutral default
    (`fix: {default: ..., uk: ..., us: ...}`): the neutral text and the variants."""
    fix = raw.get("fix")
    if isinstance(fix, str) or fix is None:
        if fix is not None and not fix.strip():
            bad("fix", "'fix' must be a non-empty string, or a mapping of law families to one")
        return (fix or "").strip(), {}
    families = ", ".join([NEUTRAL_FIX, *LAW_FAMILIES])
    if not isinstance(fix, LocatedDict):
        bad("fix", f"'fix' must be a non-empty string, or a mapping of law families ({families}) to one")
        return "", {}
    variants = {}
    for family, text in fix.items():
        if family != NEUTRAL_FIX and family not in LAW_FAMILIES:
            bad(fix.key_where(family), f"fix: unknown law family '{family}'; valid: {families} "
                                       f"({'; '.join(f'{k}: {v}' for k, v in LAW_FAMILIES.items())})")
        elif not isinstance(text, str) or not text.strip():
            bad(fix.where(family), f"fix.{family} must be a non-empty string")
        else:
            variants[family] = text.strip()
    if NEUTRAL_FIX not in fix:
        bad("fix", f"'fix' needs a '{NEUTRAL_FIX}' wording, neutral: it is proposed under any other law, "
                   "or when the contract names none")
    return variants.pop(NEUTRAL_FIX, ""), variants


_UNITS = (r"%|per\s?cent|percent|(?:business\s+|working\s+|calendar\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)"
          r"|(?:dollars|pounds|euros)\b")
_LEGAL = re.compile(r"\b(?:law|laws|lawful|unlawful|statut\w*|regulat\w*|HIPAA|GDPR|CCPA|Article)\b", re.I)
_SMALL_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def quoted_params(rule: Rule) -> list[tuple[str, str, str]]:
    """(key, quoted, param) for each figure that the rule's why or fix writes out and that is
    also the value of one of its params ('within 1 hour' beside max_p1_response_hours: 1): a
    playbook that changes the parameter would leave the words saying the old figure. Written
    '{param}' or '{param unit}' the words follow the parameter. A figure in a sentence about a
    law or regulator ('Regulators expect notice within 72 hours') is the law's, not the rule's."""
    found = []
    for key in ("why", "fix"):
        text = PARAM.sub(" ", getattr(rule, key))
        for name, value in rule.params.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                continue
            figure = int(value) if float(value).is_integer() else value
            spellings = [re.escape(f"{figure:,}" if isinstance(figure, int) else str(figure))]
            if isinstance(figure, int) and figure != 0 and figure < len(_SMALL_WORDS):
                spellings.append(_SMALL_WORDS[figure])
            if isinstance(figure, int) and figure >= 1000:
                spellings.append(str(figure))
            number = r"(?:" + "|".join(spellings) + r")(?!\w|[.,]\d)"
            pattern = (r"(?<![\w.,])(?:[$\u00a3\u20ac]\s?" + number + "|" + number + r"(?:\s*\(\d+\))?\s*(?:"
                       + _UNITS + "))")
            for match in re.finditer(pattern, text, re.I):
                start, end = text.rfind(". ", 0, match.start()) + 1, text.find(". ", match.end())
                if not _LEGAL.search(text, start, len(text) if end < 0 else end):  # a figure the law sets
                    found.append((key, " ".join(match.group(0).split()), name))
    return found


def _examples(raw, bad) -> dict[str, list[Example]]:
    examples = raw.get("examples")
    if examples is None:
        return {}
    if not isinstance(examples, LocatedDict):
        bad("examples", f"'examples' must map {' / '.join(EXAMPLE_STATUSES)} to clause text")
        return {}
    result = {}
    for status, items in examples.items():
        if status not in EXAMPLE_STATUSES:
            bad(examples.where(status), f"unknown example status '{status}'; valid: {', '.join(EXAMPLE_STATUSES)}")
            continue
        marks = items.marks if isinstance(items, LocatedList) else [examples.where(status)]
        items = items if isinstance(items, LocatedList) else [items]  # one example, or a list of them
        parsed = [_example(status, item, mark, bad) for item, mark in zip(items, marks)]
        if items and all(parsed):
            result[status] = parsed
        elif not items:
            bad(examples.where(status), f"examples.{status} must be clause text or a list of them")
    return result


def _example(status: str, item, mark: Mark, bad) -> Example | None:
    if isinstance(item, str) and item.strip():
        return Example(status, item, [], mark)
    if not isinstance(item, LocatedDict):
        bad(mark, f"examples.{status}: an example is clause text, or a mapping with 'text' and 'expect_facts'")
        return None
    unknown = sorted(set(item) - EXAMPLE_ITEM_KEYS)
    text = item.get("text")
    facts = item.get("expect_facts") or []
    if unknown:
        bad(item.where(unknown[0]), f"examples.{status}: unknown key '{unknown[0]}'; "
                                    f"valid keys: {', '.join(sorted(EXAMPLE_ITEM_KEYS))}")
    elif not isinstance(text, str) or not text.strip():
        bad(mark, f"examples.{status}: an example mapping needs 'text': the clause")
    elif not isinstance(facts, list) or not all(_is_fact(f) for f in facts):
        bad(item.where("expect_facts"), f"examples.{status}: 'expect_facts' must be a list of mappings of fact "
                                        "fields to values, e.g. [{type: duration, hours: 4}]")
    else:
        return Example(status, text, [dict(f) for f in facts], mark)
    return None


def _is_fact(value) -> bool:
    return isinstance(value, dict) and bool(value) and all(
        isinstance(k, str) and (v is None or isinstance(v, (str, int, float, bool))) for k, v in value.items())


def _applies_when(raw, bad) -> tuple[list[TextPattern] | None, tuple[str, ...]]:
    """`applies_when`: `patterns` (the rule applies when the contract mentions one) and `laws` (the
    families of governing law the rule is written for, e.g. [us] for HIPAA: under another known law
    a contract that never takes the subject up is not applicable, not missing)."""
    condition = raw.get("applies_when")
    if condition is None:
        return None, ()
    patterns = condition.get("patterns") if isinstance(condition, dict) else None
    if not isinstance(patterns, list) or not patterns or not set(condition) <= {"patterns", "laws"}:
        bad("applies_when", "'applies_when' must be a mapping with 'patterns' (a list of regular expressions) "
                            "and optionally 'laws' (families of governing law)")
        return None, ()
    laws = condition.get("laws", [])
    if not isinstance(laws, list) or ("laws" in condition and not laws) \
            or not all(isinstance(law, str) and law in LAW_FAMILIES for law in laws):
        bad(locate(condition, "laws"), f"applies_when.laws must be a list of: {', '.join(LAW_FAMILIES)}")
        return None, ()
    compiled = []
    for i, pattern in enumerate(patterns):
        try:
            if not isinstance(pattern, str):
                raise PatternError("it is not a string")
            compiled.append(TextPattern(pattern))
        except PatternError as problem:
            bad(locate(condition, f"patterns[{i}]"),
                f"invalid regular expression {pattern!r} in applies_when.patterns[{i}]: {problem}")
            return None, ()
    return compiled, tuple(laws)
