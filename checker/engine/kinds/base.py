"""What every rule kind provides. The engine loops over rules and calls their kind;
it never branches on which kind a rule is, and neither do `rules show`, `explain` or the
renderers: a kind describes itself, declares its options once (checked at load, written
into the JSON Schema), says whether it concludes per document or for the whole package and
whether its 'met' means 'no slips found', and concludes with a reason code that
checker/reasons.py words.
"""

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
    """What a rule kind concludes (the engine adds who and where): a status, and why as a
    reason code with its details ({"words": "to be agreed"}), worded by checker/reasons.py."""

    status: str  # met | weak | missing (the engine adds not_applicable and error)
    reason: str
    detail: dict = field(default_factory=dict)
    passages: list[Passage] = field(default_factory=list)
    facts: list[dict] = field(default_factory=list)
    measurable: bool | None = None


class Kind:
    name: str = ""
    summary: str = ""  # what a rule of this kind checks, in one sentence (rules show, explain)
    options: dict = {}  # rule key -> its declaration (options.py): the keys this kind reads beyond the common ones
    required: frozenset[str] = frozenset()
    params: dict | None = None  # param -> declaration with its default; None: any params (a rule's own figures)
    concludes: str = "document"  # "document": the best document's outcome; "package": one over every document
    met_means_clean: bool = False  # met = no slips found (weak lists them); never missing
    statuses: tuple[str, ...] = ("met", "weak", "missing")  # what check() can conclude

    def validate(self, rule: dict, params: dict):
        """Check the rule's options and params against the declarations, then compile."""
        for key, option in self.options.items():
            if rule.get(key) is not None:
                option.check(rule[key], key)
        if self.params is not None:
            for key in params:
                if key not in self.params:
                    valid = ", ".join(sorted(self.params)) or "none"
                    raise OptionError(f"params.{key}", f"unknown parameter for the {self.name} kind; valid: {valid}")
            for key, option in self.params.items():
                option.check(params.get(key, option.default), f"params.{key}")
        return self.compile(rule, params)

    def compile(self, rule: dict, params: dict):
        """Build what `check` needs from options already checked. Raises OptionError."""
        raise NotImplementedError

    def check(self, spec, params: dict, document) -> Outcome:
        raise NotImplementedError

    def check_package(self, spec, params: dict, package) -> Outcome:
        """The outcome over every document at once (a kind that concludes per package)."""
        raise NotImplementedError

    def evaluate(self, spec, params: dict, package) -> Outcome:
        """The outcome for a contract package: per document, the best document's (an element
        is met if any document meets it); per package, check_package's."""
        if self.concludes == "package":
            return self.check_package(spec, params, package)
        outcomes = [self.check(spec, params, document) for document in package.documents]
        return min(outcomes, key=lambda o: _STATUS_ORDER[o.status])

    def describe(self, rule: dict, params: dict) -> list[str]:
        """What a rule of this kind checks, in words, from its options and params."""
        return [self.summary] if self.summary else []
