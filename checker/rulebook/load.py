"""Load a rulebook and validate every rule before any contract is read.

Every problem is collected and reported as `file:line:col: rule-id: message`, naming the
bad value and the valid ones: a broken rule is never skipped, since for a compliance
tool a skipped rule reads as "compliant".
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import yaml

from checker.elements import ELEMENTS, is_element
from checker.engine.kinds import KINDS, OptionError
from checker.errors import RulebookError, RulebookErrors
from checker.findings import SEVERITIES
from checker.rulebook.located_yaml import LocatedDict, LocatedList, load_located

DEFAULT_RULEBOOK = "default"
TOP_KEYS = {"schema", "name", "version", "description", "rules"}
COMMON_KEYS = {"id", "element", "title", "category", "severity", "why", "fix", "kind", "applies_when",
               "params", "examples", "enabled", "tags"}
REQUIRED_KEYS = ("id", "element", "title", "category", "severity", "why", "fix", "kind")
EXAMPLE_KEYS = {"met", "weak", "missing", "not_applicable"}
_RULE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")


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
    applies_when: list[re.Pattern] | None = None
    examples: dict[str, list[str]] = field(default_factory=dict)
    enabled: bool = True
    tags: list[str] = field(default_factory=list)
    source: str = ""  # file:line of the rule, for messages
    raw: dict = field(default_factory=dict, repr=False)


@dataclass
class Rulebook:
    name: str
    version: str
    description: str
    rules: list[Rule]
    path: str
    sha256: str

    def info(self) -> dict:
        return {"name": self.name, "version": self.version, "sha256": self.sha256}

    def get(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"no rule {rule_id!r} in rulebook {self.name!r}")


def default_rulebook_path() -> Path:
    """The default rulebook: inside the installed package, or rules/ in a source checkout."""
    packaged = resources.files("checker") / "rules" / "default.yaml"
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rules" / "default.yaml"


def load_rulebook(path: str | Path | None = None) -> Rulebook:
    if path is None or str(path) == DEFAULT_RULEBOOK:
        path = default_rulebook_path()
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RulebookError(path, None, None, None, "rulebook file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise RulebookError(path, None, None, None, f"cannot read the rulebook: {error}") from None
    try:
        data = load_located(source)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = getattr(error, "problem", None) or str(error)
        raise RulebookError(path, line, col, None, f"invalid YAML: {problem}") from None
    return _validate(path, data)


def _validate(path: Path, data) -> Rulebook:
    errors: list[RulebookError] = []

    def error(container, key, rule_id, message):
        line, col = (container.marks.get(key, container.mark) if isinstance(container, LocatedDict)
                     else getattr(container, "mark", (None, None)))
        errors.append(RulebookError(path, line, col, rule_id, message))

    def error_at(line, col, rule_id, message):
        errors.append(RulebookError(path, line, col, rule_id, message))

    if not isinstance(data, dict):
        raise RulebookError(path, 1, 1, None, "a rulebook is a mapping with 'name', 'version' and 'rules'")
    for key in data:
        if key not in TOP_KEYS:
            error(data, key, None, f"unknown key '{key}'; valid keys: {', '.join(sorted(TOP_KEYS))}")
    rules_data = data.get("rules")
    if not isinstance(rules_data, list) or not rules_data:
        error(data, "rules", None, "'rules' must be a non-empty list of rules")
        raise RulebookErrors(errors)

    rules: list[Rule] = []
    seen_ids: dict[str, int] = {}
    for index, raw in enumerate(rules_data):
        rule = _validate_rule(raw, index, rules_data, seen_ids, error, error_at)
        if rule is not None:
            rule.source = f"{path}:{raw.mark[0]}"
            rules.append(rule)
    if errors:
        raise RulebookErrors(errors)
    digest = hashlib.sha256(json.dumps(_plain(data), sort_keys=True, default=str).encode()).hexdigest()
    return Rulebook(name=str(data.get("name", path.stem)), version=str(data.get("version", "0")),
                    description=str(data.get("description", "")), rules=rules, path=str(path), sha256=digest)


def locate(node, key_path: str) -> tuple[int, int]:
    """The line and column of 'find.patterns[2]' inside a rule, as deep as the path goes."""
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


def _validate_rule(raw, index, rules_data, seen_ids, error, error_at) -> Rule | None:
    if not isinstance(raw, LocatedDict):
        errors_before = f"rule #{index + 1} must be a mapping"
        error(rules_data, None, None, errors_before)
        return None
    rule_id = raw.get("id") if isinstance(raw.get("id"), str) else None
    label = rule_id or f"rule #{index + 1}"
    problems_before = []

    def bad(key, message):
        problems_before.append(key)
        error(raw, key, label, message)

    for key in REQUIRED_KEYS:
        if key not in raw:
            bad(None, f"missing required key '{key}'")
    for key in ("id", "element", "title", "category", "severity", "why", "fix", "kind"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            bad(key, f"'{key}' must be a non-empty string")
    if rule_id is not None:
        if not _RULE_ID.match(rule_id):
            bad("id", f"invalid rule id {rule_id!r}: letters, digits, '.', '_' and '-' only")
        elif rule_id in seen_ids:
            bad("id", f"duplicate rule id {rule_id!r} (first defined at line {seen_ids[rule_id]})")
        else:
            seen_ids[rule_id] = raw.mark[0]
    element = raw.get("element")
    if isinstance(element, str) and not is_element(element):
        bad("element", f"unknown element {element!r}; valid elements: {', '.join(ELEMENTS)} (or drafting.*)")
    severity = raw.get("severity")
    if isinstance(severity, str) and severity not in SEVERITIES:
        bad("severity", f"invalid severity {severity!r}; valid values: {', '.join(SEVERITIES)}")
    kind_name = raw.get("kind")
    kind = KINDS.get(kind_name) if isinstance(kind_name, str) else None
    if isinstance(kind_name, str) and kind is None:
        bad("kind", f"unknown kind {kind_name!r}; valid kinds: {', '.join(sorted(KINDS))}")
    # with an unknown kind, accept any kind's keys: only the kind itself is wrong
    allowed = COMMON_KEYS | (kind.keys if kind else frozenset().union(*(k.keys for k in KINDS.values())))
    for key in raw:
        if key not in allowed:
            bad(key, f"unknown key '{key}'; valid keys for a {kind_name or 'rule'}: {', '.join(sorted(allowed))}")
    params = raw.get("params") or {}
    if not isinstance(params, dict):
        bad("params", "'params' must be a mapping of names to values")
        params = {}
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        bad("enabled", "'enabled' must be true or false")
    tags = raw.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        bad("tags", "'tags' must be a list of strings")
    examples = _examples(raw, bad)
    applies_when = _applies_when(raw, bad)
    spec = None
    if kind is not None:
        for key in kind.required:
            if key not in raw:
                bad(None, f"a {kind.name} rule needs '{key}'")
        if all(key in raw for key in kind.required):
            try:
                spec = kind.compile(raw, params)
            except OptionError as problem:
                problems_before.append(problem.key)
                line, col = locate(raw, problem.key)
                error_at(line, col, label, f"{problem.key}: {problem}")
    if problems_before:
        return None
    return Rule(id=rule_id, element=element, title=raw["title"].strip(), category=raw["category"].strip(),
                severity=severity, why=" ".join(raw["why"].split()), fix=raw["fix"].strip(), kind=kind_name,
                spec=spec, params=dict(params), applies_when=applies_when, examples=examples,
                enabled=enabled, tags=list(tags), raw=raw)


def _examples(raw, bad) -> dict[str, list[str]]:
    examples = raw.get("examples") or {}
    if not isinstance(examples, dict):
        bad("examples", "'examples' must map met / weak / missing to clause text")
        return {}
    result = {}
    for status, texts in examples.items():
        if status not in EXAMPLE_KEYS:
            bad("examples", f"unknown example status '{status}'; valid: {', '.join(sorted(EXAMPLE_KEYS))}")
            continue
        texts = [texts] if isinstance(texts, str) else texts
        if not isinstance(texts, list) or not all(isinstance(t, str) and t.strip() for t in texts):
            bad("examples", f"examples.{status} must be clause text or a list of them")
            continue
        result[status] = list(texts)
    return result


def _applies_when(raw, bad) -> list[re.Pattern] | None:
    condition = raw.get("applies_when")
    if condition is None:
        return None
    patterns = condition.get("patterns") if isinstance(condition, dict) else None
    if not isinstance(patterns, list) or not patterns or set(condition) != {"patterns"}:
        bad("applies_when", "'applies_when' must be a mapping with 'patterns': a list of regular expressions")
        return None
    try:
        return [re.compile(p, re.I) for p in patterns]
    except (re.error, TypeError) as problem:
        bad("applies_when", f"invalid regular expression in applies_when.patterns: {problem}")
        return None


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
