"""Counts and measures in words: '1 contract', '2 contracts', '1 hour', '0.5 hours'."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and the noun, singular for exactly one: count(1, "error") == "1 error"."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def measure(value, unit: str) -> str:
    """A figure and its unit, a plural unit made singular for exactly one: '1 hour', '4 hours'."""
    singular = value == 1 and unit.endswith("s") and not unit.endswith("ss")
    return f"{value} {unit[:-1] if singular else unit}"
