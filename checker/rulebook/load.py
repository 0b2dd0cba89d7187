"""Load a rulebook and validate every rule before any contract is read.

A rulebook may extend another (`compose.py`); what is validated and hashed is the
effective rulebook, the one the engine will run. Every problem is collected and reported as
`file:line:col: rule-id: message`, naming the bad value and the valid ones: a broken rule
is never skipped, since for a compliance tool a skipped rule reads as "compliant".
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from checker import pattern_cache
from checker.rulebook import packs
from checker.rulebook.compose import WORD_REF, compose
from checker.rulebook.located_yaml import LocatedDict, LocatedList, Problems, plain
from checker.rulebook.rule import Rule, build_rule, rule_label
from checker.rulebook.waivers import Waiver, parse_waivers


@dataclass
class Rulebook:
    name: str
    version: str
    rules: list[Rule]
    path: str
    sha256: str
    extends: list[dict] = field(default_factory=list)  # the bases, nearest first: name, version, path
    waivers: list[Waiver] = field(default_factory=list)
    side: str = "customer"  # whose side the review takes: find.party 'user' / 'counterparty' are read as this

    def info(self) -> dict:
        info = {"name": self.name, "version": self.version, "sha256": self.sha256}
        if self.extends:
            info["extends"] = [{"name": b["name"], "version": b["version"]} for b in self.extends]
        return info

    def get(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(f"no rule {rule_id!r} in rulebook {self.name!r}")

    @property
    def enabled_rules(self) -> list[Rule]:
        return [rule for rule in self.rules if rule.enabled]


def load_rulebook(path: str | Path | None = None) -> Rulebook:
    """Load a rulebook file or shipped pack name. Raises RulebookErrors with every problem."""
    path = packs.resolve(path if path is not None else packs.DEFAULT_RULEBOOK)
    problems = Problems()
    layered = compose(path, problems)
    if layered is None:
        problems.raise_if_any()
    rules = []
    for raw, index in layered.rules:
        raw = expand_words(raw, layered.words, problems, rule_label(raw, index))
        rule = build_rule(raw, index, problems)
        if rule is not None:
            rule.changes = layered.changes.get(rule.id, [])
            rule.retuned = layered.retuned.get(rule.id, "")
            rule.defaults = layered.defaults.get(rule.id, dict(rule.params))
            rule.disclaimed = layered.words.get("disclaimed", "")
            rules.append(rule)
    for raw, index in layered.rejected:  # a rule refused for its id still has its other errors reported
        build_rule(raw, index, problems)
    waivers = parse_waivers(layered.waivers, [r.id for r in rules], problems)
    problems.raise_if_any()
    for rule in rules:
        take_side(rule, layered.side)
    pattern_cache.save()  # the next load reads its patterns from there
    return Rulebook(side=layered.side, name=layered.name, version=layered.version, rules=rules,
                    path=str(path), sha256=_digest(layered, rules, waivers), extends=layered.chain, waivers=waivers)


def take_side(rule: Rule, side: str) -> None:
    """A rule whose find.party is 'user' (the side the rulebook takes) or 'counterparty' names
    provider or customer from here on."""
    find = rule.spec.get("find") if isinstance(rule.spec, dict) else None
    party = getattr(find, "party", None)
    if party in ("user", "counterparty"):
        find.party = side if party == "user" else {"customer": "provider", "provider": "customer"}[side]


def expand_words(raw, words: dict[str, str], problems: Problems, label: str):
    """A copy of a rule with every {{name}} in its strings replaced by the word list of
    that name; an unknown name is reported where it is written."""

    def walk(node, mark):
        if isinstance(node, str):
            if "{{" not in node:
                return node
            for name in WORD_REF.findall(node):
                if name not in words:
                    problems.at(mark, label, f"unknown word list '{{{{{name}}}}}'; defined: {', '.join(sorted(words)) or 'none'}")
            return WORD_REF.sub(lambda m: words.get(m.group(1), m.group(0)), node)
        if isinstance(node, LocatedDict):
            copy = node.copy_located()
            for key in node:
                copy[key] = walk(node[key], node.where(key))
            return copy
        if isinstance(node, LocatedList):
            copy = LocatedList([walk(v, m) for v, m in zip(node, node.marks)])
            copy.marks, copy.mark = list(node.marks), node.mark
            return copy
        return node

    return walk(raw, raw.mark)


def _digest(layered, rules: list[Rule], waivers: list[Waiver]) -> str:
    """The hash of what decides the findings: every effective rule (with its enabled flag), the
    word list the engine reads by name (`disclaimed`) and the rulebook's waivers. Comments, layout and descriptions do not count."""
    content = {"name": layered.name, "version": layered.version,
               "rules": [plain(rule.raw) for rule in rules], "disclaimed": layered.words.get("disclaimed", ""),
               "waivers": [{"rule": w.rule, "contract": w.contract, "reason": w.reason,
                            "expires": w.expires.isoformat() if w.expires else None} for w in waivers]}
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()
