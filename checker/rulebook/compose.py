"""Packs that extend packs: `extends`, `overrides`, `disable`, own `rules` -> the effective rules.

Layers are merged as located YAML, before any rule is validated, so the effective rule is
validated as a whole (an override that makes a threshold meaningless is caught like a
typo in the base) and every error still points at the file and line the bad value came
from: an overridden severity at the override's line, an inherited regex at the base's.

Order within one file: the base's effective rules, then `overrides` (rules of the bases
only), then this file's own `rules`, then `disable` (which may name any of them).
"""

from __future__ import annotations

import re

import difflib
import fnmatch
from dataclasses import dataclass, field, replace
from pathlib import Path

from checker.errors import RulebookError
from checker.rulebook import packs
from checker.rulebook.located_yaml import LocatedDict, LocatedList, Mark, Problems, new_dict, read_located

SCHEMA = "checker.rulebook/1"
TOP_KEYS = ("schema", "name", "version", "description", "extends", "side", "words", "overrides", "disable", "rules",
            "waivers")
SIDES = ("customer", "provider")
# what a pack may change in a rule it inherits; how a rule finds its clause (kind, find,
# measure, weak_when) is not among them: disable the rule and add your own instead
OVERRIDABLE = ("title", "why", "fix", "category", "severity", "params", "applies_when", "enabled", "tags", "examples")
ALWAYS = "always"  # `applies_when: always` in an override: the rule applies to every contract


@dataclass
class Layered:
    """A rulebook file and everything it extends, merged but not yet validated."""

    path: Path
    top: LocatedDict
    rules: list[tuple[LocatedDict, int]] = field(default_factory=list)  # (effective rule, index in its file)
    rejected: list[tuple[LocatedDict, int]] = field(default_factory=list)  # duplicates: validated, never run
    changes: dict[str, list[str]] = field(default_factory=dict)  # rule id -> "file:line: what changed"
    retuned: dict[str, str] = field(default_factory=dict)  # rule id -> file:line of an override of its params
    defaults: dict[str, dict] = field(default_factory=dict)  # rule id -> params before any override
    waivers: list = field(default_factory=list)  # raw waiver entries, with their own marks
    chain: list[dict] = field(default_factory=list)  # the bases, nearest first: name, version, path
    words: dict[str, str] = field(default_factory=dict)  # shared word lists: name -> "(?:a|b|c)", a base's first
    side: str = "customer"  # whose contract review this is: rules with party: user read it

    @property
    def name(self) -> str:
        name = self.top.get("name")
        return name if isinstance(name, str) and name else self.path.stem

    @property
    def version(self) -> str:
        return str(self.top.get("version", "0"))


def compose(path: Path, problems: Problems, stack: tuple[Path, ...] = ()) -> Layered | None:
    """Merge `path` with its bases; report every problem; None when the file is unusable."""
    try:
        data = read_located(path)
    except RulebookError as error:
        problems.add(error)
        return None
    if not isinstance(data, LocatedDict):
        problems.at(Mark(str(path), 1, 1), None, "a rulebook is a mapping with 'name', 'version' and 'rules' "
                                                 "(or 'extends')")
        return None
    # a misspelt top-level key ('extend:') would make overrides and disable fail in cascade
    shape_ok = _check_top(data, problems)
    base = _base(data, path, problems, stack)
    if base is None:
        layered = Layered(path, data)
    else:  # the base was composed afresh for this file alone: its rules, words and changes are taken over
        layered = replace(base, path=path, top=data,
                          chain=[{"name": base.name, "version": base.version, "path": str(base.path)}] + base.chain)
    layered.words.update(_words(data, problems, layered.words))
    if "side" in data:
        if data["side"] in SIDES:
            layered.side = data["side"]
        else:
            problems.on(data, "side", None, f"'side' must be one of: {', '.join(SIDES)} (whose side the review takes)")
    # without a readable base, overrides and disable cannot be checked: its errors come first
    base_ok = shape_ok and ("extends" not in data or base is not None)
    if base_ok:
        _apply_overrides(layered, data, problems)
    _add_own_rules(layered, data, problems, extends="extends" in data)
    if base_ok:
        _apply_disable(layered, data, problems)
    waivers = data.get("waivers")
    if waivers is not None:
        if isinstance(waivers, LocatedList):
            layered.waivers += list(zip(waivers, waivers.marks))
        else:
            problems.on(data, "waivers", None, "'waivers' must be a list of waivers (rule, contract, reason, expires)")
    return layered


_WORD_NAME = re.compile(r"[a-z][a-z0-9_]*$")
WORD_REF = re.compile(r"\{\{([a-z][a-z0-9_]*)\}\}")


def _words(data: LocatedDict, problems: Problems, inherited: dict[str, str]) -> dict[str, str]:
    """`words:` named lists of wordings that patterns share as {{name}}: each a list of
    regexes, joined as one alternation; a list may write {{other}} for a list declared above it
    or in a base pack (the things a verb acts on, shared by several verb lists)."""
    words = data.get("words")
    if words is None:
        return {}
    if not isinstance(words, LocatedDict):
        problems.on(data, "words", None, "'words' must map names to lists of regular expressions")
        return {}
    found = {}
    for name, values in words.items():
        if not isinstance(name, str) or not _WORD_NAME.match(name):
            problems.at(words.key_where(name), None, f"invalid word list name {name!r}: lower-case letters, digits and '_'")
        elif not isinstance(values, list) or not values or not all(isinstance(v, str) and v for v in values):
            problems.on(words, name, None, f"word list '{name}' must be a non-empty list of regular expressions")
        else:
            known = {**inherited, **found}
            joined = "(?:" + "|".join(values) + ")"
            for other in WORD_REF.findall(joined):
                if other not in known:
                    problems.on(words, name, None, f"word list '{name}' uses '{{{{{other}}}}}', not declared above it")
            found[name] = WORD_REF.sub(lambda m: known.get(m.group(1), m.group(0)), joined)
    return found


def _check_top(data: LocatedDict, problems: Problems) -> bool:
    """Check the top-level keys and values; False when a key is unknown."""
    known = all(key in TOP_KEYS for key in data)
    for key in data:
        if key not in TOP_KEYS:
            problems.at(data.key_where(key), None, f"unknown key '{key}'{did_you_mean(key, TOP_KEYS)}; "
                                                   f"valid keys: {', '.join(sorted(TOP_KEYS))}")
    if "schema" in data and data["schema"] != SCHEMA:
        problems.on(data, "schema", None, f"unknown schema {data['schema']!r}; valid: {SCHEMA}")
    for key in ("name", "description"):
        if key in data and (not isinstance(data[key], str) or not data[key].strip()):
            problems.on(data, key, None, f"'{key}' must be a non-empty string")
    if "version" in data and (not isinstance(data["version"], (str, int, float)) or isinstance(data["version"], bool)):
        problems.on(data, "version", None, "'version' must be a string, e.g. \"2026.1.0\"")
    return known


def _base(data: LocatedDict, path: Path, problems: Problems, stack: tuple[Path, ...]) -> Layered | None:
    if "extends" not in data:
        return None
    value = data["extends"]
    if not isinstance(value, str) or not value.strip():
        problems.on(data, "extends", None, "'extends' must name a shipped pack "
                                           f"({', '.join(packs.pack_names())}) or a rulebook file")
        return None
    base_path = packs.resolve(value, relative_to=path)
    if not base_path.is_file():
        if packs.is_pack_name(value):
            message = f"unknown rule pack {value!r}; shipped packs: {', '.join(packs.pack_names())} (or a .yaml path)"
        else:
            message = f"extends {value!r}: no such file ({base_path})"
        problems.on(data, "extends", None, message)
        return None
    me = path.resolve()
    chain = stack + (me,)
    if base_path.resolve() in chain:
        cycle = " -> ".join(str(p) for p in chain[chain.index(base_path.resolve()):] + (base_path.resolve(),))
        problems.on(data, "extends", None, f"'extends' makes a cycle: {cycle}")
        return None
    return compose(base_path, problems, chain)


# ---------------------------------------------------------------- overrides


def _apply_overrides(layered: Layered, data: LocatedDict, problems: Problems) -> None:
    overrides = data.get("overrides")
    if overrides is None:
        return
    if "extends" not in data:
        problems.at(data.key_where("overrides"), None, "'overrides' changes inherited rules: it needs 'extends'; "
                                                       "edit your own rules directly")
        return
    if not isinstance(overrides, LocatedDict):
        problems.on(data, "overrides", None, "'overrides' must map rule ids to the keys to change")
        return
    index = _index(layered)
    for rule_id, override in overrides.items():
        if rule_id not in index:
            problems.at(overrides.key_where(rule_id), str(rule_id),
                        f"no rule {rule_id!r} in the rulebook(s) this one extends"
                        f"{did_you_mean(str(rule_id), list(index))}; rules defined in this file are edited in place")
            continue
        if not isinstance(override, LocatedDict):
            problems.on(overrides, rule_id, rule_id, f"the override of {rule_id} must map keys to new values "
                                                     f"({', '.join(OVERRIDABLE)})")
            continue
        position = index[rule_id]
        raw, file_index = layered.rules[position]
        layered.rules[position] = (_override(layered, rule_id, raw, override, problems), file_index)


def _override(layered: Layered, rule_id: str, raw: LocatedDict, override: LocatedDict,
              problems: Problems) -> LocatedDict:
    merged = raw.copy_located()
    changes = layered.changes.setdefault(rule_id, [])
    for key, value in override.items():
        mark, at = override.where(key), _at(override.where(key))
        if key not in OVERRIDABLE:
            problems.at(override.key_where(key), rule_id,
                        f"'{key}' cannot be overridden{did_you_mean(str(key), OVERRIDABLE)}; overridable: "
                        f"{', '.join(OVERRIDABLE)} (to change how a rule finds its clause, disable it and add "
                        "your own rule)")
        elif key == "params":
            layered.defaults.setdefault(rule_id, dict(raw.get("params") or {}))
            merged.set("params", _override_params(rule_id, raw, override, problems, changes), mark,
                       override.key_where(key))
            layered.retuned[rule_id] = at
        elif key == "applies_when":
            if value == ALWAYS:
                merged.remove("applies_when")
                changes.append(f"{at}: applies to every contract")
            elif isinstance(value, dict):
                merged.set("applies_when", value, mark, override.key_where(key))
                changes.append(f"{at}: applies_when replaced")
            else:
                problems.on(override, key, rule_id, f"applies_when: '{ALWAYS}' (every contract) or a mapping with "
                                                    "'patterns', a list of regular expressions")
            layered.retuned[rule_id] = at
        else:
            shown = key in ("severity", "category", "enabled")  # a value short enough to show
            changed = f"{_show(raw.get(key))} -> {_show(value)}" if shown else "replaced"
            changes.append(f"{at}: {key} {changed}")
            merged.set(key, value, mark, override.key_where(key))
    return merged


def _override_params(rule_id: str, raw: LocatedDict, override: LocatedDict, problems: Problems,
                     changes: list[str]) -> LocatedDict:
    base = raw.get("params")
    params = base.copy_located() if isinstance(base, LocatedDict) else new_dict(override.where("params"))
    values = override["params"]
    if not isinstance(values, LocatedDict):
        problems.on(override, "params", rule_id, "'params' must map parameter names to new values")
        return params
    for name, value in values.items():
        if name not in params:
            defined = ", ".join(sorted(params)) or "none"
            problems.at(values.key_where(name), rule_id, f"unknown parameter {name!r}"
                                                         f"{did_you_mean(str(name), list(params))}; "
                                                         f"{rule_id} has: {defined}")
            continue
        if _is_number(params[name]) and not _is_number(value):
            problems.on(values, name, rule_id, f"params.{name} must be a number, like the inherited "
                                               f"{params[name]!r}; got {value!r}")
            continue
        changes.append(f"{_at(values.where(name))}: params.{name} {_show(params[name])} -> {_show(value)}")
        params.set(name, value, values.where(name), values.key_where(name))
    return params


# ---------------------------------------------------------------- own rules and disable


def _add_own_rules(layered: Layered, data: LocatedDict, problems: Problems, extends: bool) -> None:
    rules = data.get("rules")
    if rules is None and extends:
        return
    if not isinstance(rules, LocatedList) or (not rules and not extends):
        problems.on(data, "rules", None, "'rules' must be a non-empty list of rules")
        return
    inherited = _index(layered)
    own: dict[str, Mark] = {}
    for i, raw in enumerate(rules):
        if not isinstance(raw, LocatedDict):
            problems.at(rules.marks[i], None, f"rule #{i + 1} must be a mapping")
            continue
        rule_id = raw.get("id")
        if isinstance(rule_id, str) and rule_id in own:
            problems.on(raw, "id", rule_id,
                        f"duplicate rule id {rule_id!r} (first defined at line {own[rule_id].line})")
            layered.rejected.append((raw, i))
            continue
        if isinstance(rule_id, str) and rule_id in inherited:
            first = layered.rules[inherited[rule_id]][0].mark
            problems.on(raw, "id", rule_id, f"rule {rule_id!r} is already defined in {_at(first)}; change it under "
                                            "'overrides:' or give this rule a new id")
            layered.rejected.append((raw, i))
            continue
        if isinstance(rule_id, str):
            own[rule_id] = raw.where("id")
        layered.rules.append((raw, i))


def _apply_disable(layered: Layered, data: LocatedDict, problems: Problems) -> None:
    selectors = data.get("disable")
    if selectors is None:
        return
    if not isinstance(selectors, LocatedList):
        problems.on(data, "disable", None, "'disable' must be a list of rule ids, globs ('SLA-*') or 'tag:NAME'")
        return
    for selector, mark in zip(selectors, selectors.marks):
        if not isinstance(selector, str) or not selector.strip():
            problems.at(mark, None, "'disable' entries are rule ids, globs ('SLA-*') or 'tag:NAME'")
            continue
        hits = [i for i, (raw, _) in enumerate(layered.rules) if matches(selector, raw)]
        if not hits:
            ids = [raw.get("id") for raw, _ in layered.rules if isinstance(raw.get("id"), str)]
            problems.at(mark, None, f"disable: {selector!r} matches no rule{did_you_mean(selector, ids)} "
                                    "(a rule id, a glob such as 'SLA-*', or 'tag:NAME')")
        for i in hits:
            raw, file_index = layered.rules[i]
            disabled = raw.copy_located()
            disabled.set("enabled", False, mark)
            layered.rules[i] = (disabled, file_index)
            layered.changes.setdefault(raw.get("id"), []).append(f"{_at(mark)}: disabled ({selector!r})")


def matches(selector: str, raw: dict) -> bool:
    """Does a selector (an id, a glob on ids, or 'tag:NAME' with NAME possibly a glob) pick a rule?"""
    if selector.startswith("tag:"):
        tags = raw.get("tags") or []
        return isinstance(tags, list) and any(isinstance(t, str) and fnmatch.fnmatchcase(t, selector[4:]) for t in tags)
    rule_id = raw.get("id")
    return isinstance(rule_id, str) and fnmatch.fnmatchcase(rule_id, selector)


# ---------------------------------------------------------------- helpers


def _index(layered: Layered) -> dict[str, int]:
    return {raw["id"]: i for i, (raw, _) in enumerate(layered.rules) if isinstance(raw.get("id"), str)}


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _at(mark: Mark) -> str:
    return f"{mark.file}:{mark.line}"


def _show(value) -> str:
    text = " ".join(str(value).split()) if value is not None else "(none)"
    return text if len(text) <= 40 else text[:39] + "…"


def did_you_mean(word: str, choices) -> str:
    """' (did you mean 'X'?)' when a choice is close to the word, else ''."""
    close = difflib.get_close_matches(word, [str(c) for c in choices], n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
