"""Key terms read a hostile contract in time linear in its length (issue 13): their scans of a contract's
text run on RE2 (checker/matching.py), and no step reads a whole sentence again for each match in it."""

from __future__ import annotations

import time

import pytest

from checker.engine.context import Package
from checker.ingest import document_from_text
from checker.keyterms import key_terms
from checker.review import analyse_document

CLAUSES = ("This Services Agreement is made on 3 February 2025 between Lakeside Tooling Ltd (\"Supplier\") and "
           "Brannock Council (\"Council\").\n\nThe Supplier shall answer each service call within two (2) hours.\n\n")


def _seconds(text: str) -> float:
    analysed = analyse_document(document_from_text(text))
    start = time.perf_counter()
    key_terms(Package([analysed]))
    return time.perf_counter() - start


@pytest.mark.parametrize("text", [
    "_" * 3000 + "\n\n" + CLAUSES,  # a blank line for a date, before the preamble: backtracked cubically in `re` (400: 9 s)
    "Dear Sirs:\n" + "_" * 600 + " Dear Sirs:\n\n" + CLAUSES,  # the address block above a letter's salutation
    "_" * 2000 + " March 1, 2024\n\n" + CLAUSES,  # a date on the line after the blank
])
def test_a_long_blank_in_the_opening_is_read_at_once(text):
    assert _seconds(text) < 3


def test_many_matches_in_one_long_sentence_take_time_linear_in_its_length():
    # each 'effective' starts a key-term search in the same sentence: reading the sentence again for each was quadratic
    small = min(_seconds(CLAUSES + "effective " * 2_000 + "\n\n" + CLAUSES) for _ in range(2))
    large = min(_seconds(CLAUSES + "effective " * 16_000 + "\n\n" + CLAUSES) for _ in range(2))
    assert large < 16 * small + 0.5  # linear: about 8 times; quadratic: about 64 times
