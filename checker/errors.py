"""The errors a user can cause. Each renders as one line: no traceback reaches the user."""

from __future__ import annotations

from checker.paths import shown


class CheckerError(Exception):
    """Base class: an error the CLI reports in one line and exits 2 on."""


class InputError(CheckerError):
    """A contract file that cannot be read: names the file and the problem."""

    def __init__(self, path, problem: str):
        self.path = shown(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class RulebookError(CheckerError):
    """A rulebook that is not valid: names file:line:col, the rule and the bad value."""

    def __init__(self, file, line: int | None, col: int | None, rule: str | None, message: str):
        self.file = shown(file)
        self.line = line
        self.col = col
        self.rule = rule
        self.message = message
        where = self.file
        if line is not None:
            where += f":{line}"
            if col is not None:
                where += f":{col}"
        who = f"{rule}: " if rule else ""
        super().__init__(f"{where}: {who}{message}")


class RulebookErrors(CheckerError):
    """Every problem found in a rulebook, reported together."""

    def __init__(self, errors: list[RulebookError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
