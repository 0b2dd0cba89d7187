"""What every rule kind provides. The engine loops over rules and calls their kind;
it never branches on which kind a rule is."""

from __future__ import annotations

from dataclasses import dataclass, field

from checker.engine.finder import Passage


_STATUS_ORDER = {"met": 0, "weak": 1, "missing": 2}


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
    statuses: tuple[str, ...] = ("met", "weak", "missing")  # what check() can conclude

    def compile(self, rule: dict, params: dict):
        """Validate this kind's options and build what `check` needs. Raises OptionError."""
        raise NotImplementedError

    def check(self, spec, params: dict, document) -> Outcome:
        raise NotImplementedError

    def evaluate(self, spec, params: dict, package) -> Outcome:
        """The outcome for a contract package: by default the best document's (an element is
        met if any document meets it). A kind that must read every document overrides this."""
        outcomes = [self.check(spec, params, document) for document in package.documents]
        return min(outcomes, key=lambda o: _STATUS_ORDER[o.status])
