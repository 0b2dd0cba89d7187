"""What every rule kind provides. The engine loops over rules and calls their kind;
it never branches on which kind a rule is."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.engine.finder import Passage


class OptionError(ValueError):
    """A bad option in a rule: `key` is the path inside the rule ("find.patterns[2]")."""

    def __init__(self, key: str, message: str):
        self.key = key
        super().__init__(message)


@dataclass
class Outcome:
    """What a rule kind concludes about one document (the engine adds who and where)."""

    status: str  # met | weak | missing
    message: str
    passages: list[Passage] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    measurable: bool | None = None


class Kind:
    name: str = ""
    keys: frozenset[str] = frozenset()  # the rule keys this kind reads, beyond the common ones
    required: frozenset[str] = frozenset()

    def compile(self, rule: dict, params: dict):
        """Validate this kind's options and build what `check` needs. Raises OptionError."""
        raise NotImplementedError

    def check(self, spec, params: dict, document) -> Outcome:
        raise NotImplementedError
