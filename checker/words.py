"""Counts and measures in words: '1 contract', '2 contracts', '1 hour', '0.5 hours'."""

from __future__ import annotations

import re


def count(n: int, noun: str) -> str:
    """``n`` and the noun, singular for exactly one: count(1, "error") == "1 error"."""
    return f"{n} {noun if n == 1 else noun + 's'}"


def measure(value, unit: str) -> str:
    """A figure and its unit, a plural unit made singular for exactly one: '1 hour', '4 hours'."""
    singular = value == 1 and unit.endswith("s") and not unit.endswith("ss")
    return f"{value} {unit[:-1] if singular else unit}"


PARAM = re.compile(r"\{([a-z][a-z0-9_]*)(?: ([a-z]+))?\}")  # {param} or {param unit} in a rule's why / fix


def with_params(text: str, params: dict) -> str:
    """'no more than {max_p1_response_hours} hours' with the rule's (possibly overridden)
    parameter: a playbook that sets the limit gets a fix that says it."""
    def shown(match):
        if match.group(1) not in params:
            return match.group(0)
        figure = _figure(params[match.group(1)])
        return measure(figure, match.group(2)) if match.group(2) else str(figure)  # {x hours}: '1 hour', '4 hours'

    return PARAM.sub(shown, text)


def _figure(value):
    return int(value) if isinstance(value, float) and value.is_integer() else value
