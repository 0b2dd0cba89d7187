"""Turn the words of a contract into numbers: 'thirty (30) calendar days' -> 30 days."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# one number word, as a regular expression (the longest first)
NUMBER_WORD = "(?:" + "|".join(sorted(list(_UNITS) + list(_TENS) + ["hundred", "thousand"], key=len, reverse=True)) + ")"

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25,
    "thirtieth": 30,
}
ORDINAL_WORDS = sorted(_ORDINALS, key=len, reverse=True)

# Hours per unit, for comparing durations with a threshold. A business/working day is
# counted as a day: the business flag travels with the value so a rule can say so.
HOURS_PER_UNIT = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 24 * 7, "month": 24 * 30, "quarter": 24 * 90,
                  "year": 24 * 365}
# The units from the longest down: the parts of a compound duration come in this order
UNIT_ORDER = ["year", "quarter", "month", "week", "day", "hour", "minute"]

_UNIT_ALIASES = {
    "min": "minute", "mins": "minute", "minute": "minute", "minutes": "minute",
    "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour", "hours": "hour",
    "day": "day", "days": "day", "workday": "day", "workdays": "day", "week": "week", "weeks": "week",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year",
}


def words_to_number(text: str) -> float | None:
    """'twenty-four' -> 24, 'one hundred twenty' -> 120, '4' -> 4, '1,000' -> 1000."""
    text = text.strip().lower().replace(",", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text):
        if word in ("and", ""):
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return float(total + current)


def ordinal_to_number(text: str) -> int | None:
    """'first' -> 1, 'third' -> 3, '5th' -> 5, 'twenty-fifth' -> 25."""
    text = text.strip().lower()
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", text)
    if digits:
        return int(digits.group(1))
    return _ORDINALS.get(re.sub(r"\s+", "-", text))


def in_unit(value: float, unit: str, target: str) -> float:
    """A length in another unit, counting a year as 12 months (4 quarters) when both units are
    calendar ones (year, quarter, month), else through hours."""
    months = {"year": 12, "quarter": 3, "month": 1}
    if unit in months and target in months:
        return value * months[unit] / months[target]
    return value * HOURS_PER_UNIT[unit] / HOURS_PER_UNIT[target]


def unit_of(word: str) -> str | None:
    return _UNIT_ALIASES.get(word.lower().rstrip("."))


def to_hours(value: float, unit: str) -> float:
    return value * HOURS_PER_UNIT[unit]


def parse_money(text: str) -> float | None:
    match = re.search(r"(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|m|bn|k)?\b", text, re.I)
    if not match:
        return None
    amount = float(match.group(1).replace(",", ""))
    scale = (match.group(2) or "").lower()
    return amount * {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "thousand": 1e3, "k": 1e3}.get(scale, 1)
