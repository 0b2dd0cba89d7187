"""YAML that remembers where each value came from, so an error can say file:line:col, and the
problems found in it, every one collected before any is reported (`Problems`): a user fixing a
playbook wants the whole list at once, each at its own file:line:col, not one error per run.

A rulebook may extend another, so one effective rule can hold values from several files:
every mark therefore names its file, not only its line and column.

A rulebook comes from outside, so it is read within limits, each refused in one line naming
the file: a regular file only (not a pipe, a device, a looping link), at most MAX_BYTES, at
most ALIAS_BUDGET values repeated through YAML aliases (a "billion laughs" file is a few
hundred bytes that alias themselves into 10^9 values), numbers of at most MAX_DIGITS digits
(no rule figure is longer; a 5,000-digit one is more than Python will even convert).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import NamedTuple

import yaml

from checker.errors import RulebookError, RulebookErrors
from checker.files import FileProblem, read_regular

MAX_BYTES = 2_000_000  # the shipped default rulebook is about 110 kB
ALIAS_BUDGET = 100_000  # values built again through aliases, in the whole file
MAX_DIGITS = 15  # the digits of an integer a rulebook may hold


class Mark(NamedTuple):
    file: str
    line: int | None
    col: int | None


NOWHERE = Mark("", None, None)


class LocatedDict(dict):
    """A mapping with the mark of itself, of each key's value (`marks`) and of each key
    (`key_marks`: a nested mapping's value starts on the line after its key)."""

    mark: Mark = NOWHERE
    marks: dict
    key_marks: dict

    def copy_located(self) -> LocatedDict:
        """A shallow copy that keeps the marks (dict.copy() would drop them)."""
        copy = LocatedDict(self)
        copy.mark, copy.marks, copy.key_marks = self.mark, dict(self.marks), dict(self.key_marks)
        return copy

    def set(self, key, value, mark: Mark, key_mark: Mark | None = None) -> None:
        self[key] = value
        self.marks[key] = mark
        self.key_marks[key] = key_mark or mark

    def remove(self, key) -> None:
        self.pop(key, None)
        self.marks.pop(key, None)
        self.key_marks.pop(key, None)

    def where(self, key=None) -> Mark:
        return self.marks.get(key, self.mark) if key is not None else self.mark

    def key_where(self, key) -> Mark:
        return self.key_marks.get(key, self.mark)


class LocatedList(list):
    mark: Mark = NOWHERE
    marks: list


def new_dict(mark: Mark) -> LocatedDict:
    result = LocatedDict()
    result.mark, result.marks, result.key_marks = mark, {}, {}
    return result


def where(node, key=None) -> Mark:
    """The mark of node[key] (or of node itself), whatever kind of node it is."""
    if isinstance(node, LocatedDict):
        return node.where(key)
    if isinstance(node, LocatedList) and isinstance(key, int) and 0 <= key < len(node):
        return node.marks[key]
    return getattr(node, "mark", NOWHERE)


class _Aliases:
    """Counts the values built again because an alias repeats them; refuses past the budget."""

    def __init__(self):
        self.built: set[int] = set()  # ids of the nodes built once
        self.repeated = 0

    def enter(self, node, repeating: bool) -> bool:
        """Is ``node`` being built again (an alias, or inside what an alias repeats)?"""
        repeating = repeating or id(node) in self.built
        self.built.add(id(node))
        if repeating:
            self.repeated += 1
            if self.repeated > ALIAS_BUDGET:
                raise yaml.MarkedYAMLError(
                    problem=f"YAML aliases repeat more than {ALIAS_BUDGET:,} values (an alias bomb?); "
                            "write the values out, or use fewer aliases", problem_mark=node.start_mark)
        return repeating


def _scalar(node, loader: yaml.SafeLoader):
    """A plain value; a number too long for a rule figure is refused where it stands."""
    try:
        value = loader.construct_object(node)
    except (ValueError, OverflowError):  # Python refuses to convert more than 4,300 digits
        value = None
    digits = sum(ch.isdigit() for ch in node.value)
    too_long = value is None or (isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**MAX_DIGITS)
    if isinstance(value, float) and not math.isfinite(value) and digits:  # 1.0e400, 400 digits then '.0'
        too_long = True
    if too_long:
        raise yaml.MarkedYAMLError(problem=f"a number of {digits:,} digits is too large for a rulebook "
                                           f"(at most {MAX_DIGITS} digits)", problem_mark=node.start_mark)
    return value


def _build(node, loader: yaml.SafeLoader, file: str, aliases: _Aliases | None = None, repeating: bool = False):
    def mark(n) -> Mark:
        return Mark(file, n.start_mark.line + 1, n.start_mark.column + 1)

    aliases = aliases if aliases is not None else _Aliases()
    repeating = aliases.enter(node, repeating)
    if isinstance(node, yaml.MappingNode):
        result = new_dict(mark(node))
        for key_node, value_node in node.value:
            key = _build(key_node, loader, file, aliases, repeating)
            if isinstance(key, (dict, list)):
                raise yaml.MarkedYAMLError(problem="a mapping key must be a plain value",
                                           problem_mark=key_node.start_mark)
            if key in result:
                raise yaml.MarkedYAMLError(problem=f"duplicate key '{key}'", problem_mark=key_node.start_mark)
            result.set(key, _build(value_node, loader, file, aliases, repeating), mark(value_node), mark(key_node))
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList(_build(item, loader, file, aliases, repeating) for item in node.value)
        result.mark, result.marks = mark(node), [mark(item) for item in node.value]
        return result
    return _scalar(node, loader) if node.tag != "tag:yaml.org,2002:str" else node.value


def load_located(source: str, file: str = ""):
    """Parse YAML text into LocatedDict / LocatedList / plain scalars. Raises yaml.YAMLError."""
    # libyaml's parser when PyYAML has it: ten times faster, and its nodes carry the same marks
    node = yaml.compose(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if node is None:
        return None
    return _build(node, yaml.SafeLoader(""), str(file))


def read_located(path: Path, what: str = "rulebook"):
    """Read and parse a YAML file; a missing, unreadable or malformed file is one located error."""
    try:
        source = read_regular(path, limit=MAX_BYTES).decode("utf-8")
    except FileProblem as problem:
        if problem.missing:
            raise RulebookError(path, None, None, None, f"{what} file not found") from None
        raise RulebookError(path, None, None, None, f"cannot read the {what}: it {problem}") from None
    except UnicodeDecodeError as error:
        raise RulebookError(path, None, None, None, f"cannot read the {what}: {error}") from None
    try:
        return load_located(source, str(path))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = getattr(error, "problem", None) or str(error)
        raise RulebookError(path, line, col, None, f"invalid YAML: {problem}") from None


def plain(value):
    """The same data as plain dicts and lists (for hashing and JSON)."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


class Problems:
    def __init__(self):
        self.errors: list[RulebookError] = []

    def at(self, mark: Mark, rule: str | None, message: str) -> None:
        self.errors.append(RulebookError(mark.file, mark.line, mark.col, rule, message))

    def on(self, node, key, rule: str | None, message: str) -> None:
        """A problem with node[key] (or with node itself when key is None)."""
        self.at(where(node, key), rule, message)

    def add(self, error: RulebookError | RulebookErrors) -> None:
        self.errors.extend(error.errors if isinstance(error, RulebookErrors) else [error])

    def __len__(self) -> int:
        return len(self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            # file by file (in the order they first come up), then by line: the order to fix them in
            files = list(dict.fromkeys(e.file for e in self.errors))
            self.errors.sort(key=lambda e: (files.index(e.file), e.line or 0, e.col or 0))
            # one problem is raised as itself, so callers can catch either class
            raise self.errors[0] if len(self.errors) == 1 else RulebookErrors(list(self.errors))
