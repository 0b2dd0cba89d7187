"""Rulebooks: YAML files of rules, loaded and validated as a whole before any contract is read."""

from checker.rulebook.load import DEFAULT_RULEBOOK, Rule, Rulebook, default_rulebook_path, load_rulebook

__all__ = ["DEFAULT_RULEBOOK", "Rule", "Rulebook", "default_rulebook_path", "load_rulebook"]
