"""The registry of rule kinds. A rule names its kind; the engine looks it up here."""

from __future__ import annotations

from checker.engine.kinds import (clause, cross_references, number_words, party_names, placeholders,
                                  signature_blanks, threshold, undefined_terms, unused_definitions)
from checker.engine.kinds.base import Kind, OptionError, Outcome

KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    clause.KIND, threshold.KIND,
    # drafting hygiene (see drafting.py)
    placeholders.KIND, undefined_terms.KIND, unused_definitions.KIND, cross_references.KIND, number_words.KIND,
    party_names.KIND, signature_blanks.KIND,
)}


__all__ = ["KINDS", "Kind", "OptionError", "Outcome"]
