"""The registry of rule kinds. A rule names its kind; the engine looks it up here."""

from __future__ import annotations

from checker.engine.kinds import clause, threshold
from checker.engine.kinds.base import Kind, OptionError, Outcome

KINDS: dict[str, Kind] = {kind.name: kind for kind in (clause.KIND, threshold.KIND)}


def get_kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise KeyError(f"unknown rule kind {name!r}; valid kinds: {', '.join(sorted(KINDS))}") from None


__all__ = ["KINDS", "Kind", "OptionError", "Outcome", "get_kind"]
