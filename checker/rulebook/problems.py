"""Collect every problem of a rulebook (or waiver file) before reporting any.

A user fixing a playbook wants the whole list at once, each at its own file:line:col,
not one error per run.
"""

from __future__ import annotations

from checker.errors import RulebookError, RulebookErrors
from checker.rulebook.located_yaml import Mark, where


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
