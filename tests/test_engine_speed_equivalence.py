"""The engine's shortcuts (issue 13) read what the plain reading would: a section found by bisection is the one
Document.sections_of walks to, a word filter built from every branch of an alternation never skips a text a
match lies in, a pattern whose only dot is a clause number's ('\\.\\d') is tried between the dots, the places of a
word list kept for the next pattern are the places, and an ASCII sentence is ruled out as its prepared text would be."""

from __future__ import annotations

import random
import re

import pytest

from checker.engine.context import AnalysedDocument
from checker.matching import Searchable, TextPattern, searchable
from checker.model import Document, Section
from checker.prefilter import Words, between_dots, requirement


def _document(sections: list[Section], length: int) -> Document:
    return Document(path="x.txt", format="txt", text="word " * (length // 5), page_starts=[0], sections=sections,
                    tables=[], sha256="0")


def _tree(rng: random.Random, start: int, end: int, depth: int) -> list[Section]:
    """Sections that follow each other inside [start, end), each with a few children of its own."""
    cuts = sorted(rng.sample(range(start + 1, end), min(rng.randint(0, 5), end - start - 1)))
    sections = []
    for a, b in zip([start] + cuts, cuts + [end]):
        children = _tree(rng, a + 1, b, depth - 1) if depth and b - a > 3 else []
        sections.append(Section(None, f"S{a}", depth, a, b, a + 1, children))
    return sections


@pytest.mark.parametrize("seed", range(12))
def test_a_section_found_by_bisection_is_the_one_the_walk_finds(seed):
    rng = random.Random(seed)
    sections = _tree(rng, 0, 400, 3)
    if seed % 3 == 1:  # overlapping, out of order, empty: the walk's first hit, as before
        sections += [Section(None, "late", 0, 50, 120, 51, []), Section(None, "empty", 0, 30, 30, 30, [])]
    if seed % 3 == 2:
        sections.reverse()
    document = _document(sections, 400)
    analysed = AnalysedDocument(document, [0], [])
    for offset in range(-2, 403):
        assert analysed.sections_of(offset) == document.sections_of(offset), offset
        assert analysed.section_at(offset) is document.section_at(offset)
    assert analysed.sections == list(document.iter_sections())


def test_the_word_filter_reads_each_branch_of_an_alternation():
    # a match of either order holds 'breach' and 'credit' and one of 'sla' / 'kpi' (one clause of two words before)
    assert requirement(r"\b(?:sla|kpi)\s+breach\w*[^.]{0,9}\bcredit|\bcredit\w*[^.]{0,9}\b(?:sla|kpi)\s+breach") == (
        (("breach", True),), (("credit", True),), (("kpi", True), ("sla", True)))
    # branches that open with a choice of words: that choice, or the other branch's word (nothing before)
    assert requirement(r"(?:\b(?:reject|claim)\w*[^.]{0,20}\bdefects?|\bfault[^.]{0,20}\b(?:returns?|notice))") == (
        (("defect", True), ("fault", True)), (("claim", True), ("fault", True), ("reject", True)))
    assert requirement(r"(?:a|bc)\w+") == ()  # a branch that requires no word: nothing known
    assert requirement(r"\bfoo(?:bar|baz\s+bar)") == ((("foo", True),), (("bar", False),))  # at a word start or not: bar
    pattern = TextPattern(r"\b(?:sla|kpi)\s+breach\w*[^.]{0,30}\bcredit|\bcredit\w*[^.]{0,30}\b(?:sla|kpi)\s+breach")
    text = "A credit applies to each KPI breach. An SLA breaches nothing. Credits for an sla breach. No kpi credit."
    found = [m.span() for m in pattern.finditer(searchable(text))]
    assert found == [m.span() for m in re.finditer(pattern.pattern, text, re.I)] and len(found) == 2
    assert not pattern.may_match(Searchable("A credit for every breach of the service levels."))  # neither sla nor kpi


def test_a_dot_a_digit_follows_is_no_full_stop():
    assert between_dots(r"(?i)\bfees?\s+of\s+\$\d+(?:[.\x1f]\d\d)?\s+per\s+hour\b")
    for source in (r"foo[.\x1f]\d?", r"foo[.\x1f]\d*", r"foo[.\x1f]\d{0,2}", r"foo[.\x1f]", r"foo[.\x1f]x"):
        assert not between_dots(source), source
    pattern = TextPattern(r"\b(?:late|missed)\b[^.]{0,60}?\$\d+(?:\.\d\d)?\s+per\s+hour\b")
    text = ("A late visit. " * 40 + "Each missed visit costs $12.50 per hour. A late fix is $9 per hour. "
            "Late. $3.10 per hour. A late step 3.2 costs $1.00 per hour.")
    prepared = searchable(text)
    found = [m.span() for m in pattern.finditer(prepared)]
    assert pattern._anchors  # tried between the dots around 'late' / 'missed'
    # as one pass of RE2 over the whole text finds them (a rule's [^.] reads across the dot of '3.2')
    assert found == [m.span() for m in pattern._regex.finditer(prepared.data)] and len(found) == 3


def test_the_places_kept_for_a_word_list_are_its_places():
    rng = random.Random(7)
    text = " ".join(rng.choice(["term", "terminate", "cancel", "the", "notice", "end", "x"]) for _ in range(3000))
    for leads in [("terminat", "cancel"), ("the",), ("end", "notice"), ("zzz",)]:
        fresh = Words(text)
        every = fresh.places(leads, 10 ** 9)
        kept = Words(text)
        for most in [5, 10 ** 9, 3, len(every), len(every) - 1, 0, 10 ** 9]:
            assert kept.places(leads, most) == (every if len(every) <= most else None), (leads, most)


@pytest.mark.parametrize("text", ["The Supplier\x1cshall credit 1.5% of the fees.", "no words here", "Crédit of 5%",
                                  "CREDIT\t\x0bthe fee", "service credits. Fees 2.0"])
def test_an_ascii_sentence_is_ruled_out_as_its_prepared_text_is(text):
    for source in (r"\bcredit\w*[^.]{0,20}\bfees?\b", r"\bfee\w*", r"\bcr[eé]dit"):
        pattern = TextPattern(source)
        expected = [m.span() for m in pattern.finditer(Searchable(text))]
        assert [m.span() for m in pattern.finditer(text)] == expected
        found = pattern.search(text)
        assert (found.span() if found else None) == (expected[0] if expected else None)
