"""The key terms' fast finder (checker/keyterms.py `_Finder`): candidates found with str.find in
the folded text, each confirmed by the regex itself, must give exactly the matches of the
regex's own finditer."""

from __future__ import annotations

import re
import sys
from types import SimpleNamespace

import pytest

from checker import keyterms
from checker.keyterms import _Finder, folded_text
from checker.matching import lower_preserving_length

FINDERS = {name: value for name, value in vars(keyterms).items() if isinstance(value, _Finder)}

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


def folded(text: str) -> str:
    """folded_text() of a document with this text (it reads AnalysedDocument.lowered)."""
    return folded_text(SimpleNamespace(lowered=lower_preserving_length(text)))


@pytest.mark.parametrize("name", sorted(FINDERS))
def test_every_finder_finds_what_its_regex_finds(name):
    finder = FINDERS[name]
    for text in TEXTS:
        expected = [m.span() for m in finder.regex.finditer(text)]
        assert [m.span() for m in finder.finditer(text, folded(text))] == expected, (name, text)


def test_finders_look_for_words_where_they_can():
    assert FINDERS["_NOTICE"].starts == ("notice",)
    assert FINDERS["_FEE"].starts == ("charge", "cost", "fee", "invoice", "pay", "price", "pricing", "rate")
    assert FINDERS["_EFFECTIVE"].starts is not None  # a top-level alternation of \b-led branches
    # a pattern that may start with anything runs as written
    assert _Finder(r"\w+\s+days", re.I).starts is None
    assert _Finder(r"(?:on|at)\b", re.I).starts is None  # words too short to pay off


@pytest.mark.parametrize("pattern", [
    r"\b(?:fees?|charges?)\b",
    r"\bab(?:c|de)f",
    r"(?:abc|abd)?x",  # optional start: cannot tell
    r"\babc[^.]{0,5}?\babd",  # overlapping candidates: finditer never overlaps
    r"(?-i:ABC)def",  # a group with its own flags: runs as written
])
def test_finder_equals_finditer_on_tricky_text(pattern):
    finder = _Finder(pattern, re.I)
    text = "abc abd abcabd ABCDEF ABDEF abdef xabc-abd x ABC fees Charges fee-charge abc.abd ab\u0130bd"
    assert [m.span() for m in finder.finditer(text, folded(text))] == [m.span() for m in finder.regex.finditer(text)]


def test_the_fold_covers_every_character_ignorecase_takes_for_an_ascii_letter():
    """Lower-casing plus _FOLD_TO_ASCII must turn every such character into its ASCII letter,
    or the finder would miss a match the regex makes."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for char in set(re.findall("[a-z]", every, re.I)):
        letter = folded(f"x {char} x")[2]
        assert letter.isascii() and re.fullmatch(letter, char, re.I), repr(char)
