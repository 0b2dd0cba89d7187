"""Rulebooks: YAML files of rules, loaded and validated as a whole before any contract is read.

A rulebook may extend a shipped pack or another file, override and disable inherited rules,
add its own, and waive known gaps (see docs/writing-rules.md)."""

from checker.rulebook.load import Rulebook, load_rulebook
from checker.rulebook.packs import DEFAULT_RULEBOOK
from checker.rulebook.rule import Example, Rule

__all__ = ["DEFAULT_RULEBOOK", "Example", "Rule", "Rulebook", "load_rulebook"]
