"""The key terms' whole-document patterns run through the fast scan of checker/matching.py
(lower-cased text, literal places): it must give exactly the matches of the regex's own
`finditer` with IGNORECASE, odd characters included."""

from __future__ import annotations

import re
import sys

import pytest

from checker import keyterms
from checker.matching import TextPattern, lower_preserving_length

PATTERNS = {name: value for name, value in vars(keyterms).items() if isinstance(value, TextPattern)}

TEXTS = [
    "The Effective Date is 1 March 2026. This Agreement is made on 2 March 2026 and is EFFECTIVE AS OF today.",
    "Fees: the monthly fee (the 'Fee') is payable; fees, FEES, prepayment, repay and pay-as-you-go are words.",
    "The initial term of this agreement is 24 months; the Initial Period ends; renewal and non-renewal notice.",
    # characters IGNORECASE takes for ASCII letters but lower-casing leaves alone, and the Kelvin sign
    "İnitial term; ınitial term; NOTİCE; notıce; the fee\u017f are payable; \u212aelvin; availabılity; "
    "upt\u0130me",
    "liability shall not exceed; TOTAL LIABILITY; governed by the laws of England; Subject to the laws of Texas",
    "respon\nresolution | response | restore | work-around | workaround | repair; reply and replies",
    "x",
]


def spans(pattern: TextPattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, lower_preserving_length(text))]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_key_term_pattern_finds_what_its_regex_finds(name):
    pattern = PATTERNS[name]
    assert len(PATTERNS) >= 10
    for text in TEXTS:
        flags = re.I if pattern.ignore_case else 0
        assert spans(pattern, text) == [m.span() for m in re.finditer(pattern.pattern, text, flags)], (name, text)


@pytest.mark.parametrize("source", [
    r"\b(?:fees?|charges?)\b",
    r"\bab(?:c|de)f",
    r"(?:abc|abd)?x",  # an optional start
    r"\babc[^.]{0,5}?\babd",  # overlapping candidates: finditer never overlaps
    r"(?-i:ABC)def",  # a group with its own flags: runs as written
])
def test_the_fast_scan_equals_finditer_on_tricky_text(source):
    text = "abc abd abcabd ABCDEF ABDEF abdef xabc-abd x ABC fees Charges fee-charge abc.abd ab\u0130bd"
    pattern = TextPattern(source, sentence_window=False)
    assert spans(pattern, text) == [m.span() for m in re.finditer(source, text, re.I)]


def test_lowering_turns_every_character_ignorecase_takes_for_an_ascii_letter_into_it():
    """Else a pattern in lower case would miss a match IGNORECASE makes."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for char in set(re.findall("[a-z]", every, re.I)):
        letter = lower_preserving_length(f"x {char} x")[2]
        assert letter.isascii() and re.fullmatch(letter, char, re.I), repr(char)
