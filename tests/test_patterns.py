"""The fast pattern scan must find exactly what the plain case-insensitive regex finds."""

from __future__ import annotations

import re

import pytest

from checker.matching import TextPattern, lower_preserving_length

TEXT = ("The Provider shall RESPOND within 4 hours. Irresponsible responses aside, Response Times "
        "apply; GDPR and gdpr differ. İstanbul office: respond_x within. backup-ups, Back-up daily.")


@pytest.mark.parametrize("source", [
    r"\brespon(?:d|se|ses)\b(?:\s+\S+){0,3}?\s+within\b",
    r"\bresponse\s+times?\b",
    r"respon\w*",
    r"\bback[\s-]?ups?\b",
    r"(?-i:\bGDPR\b)",
    r"\b\d+\s+hours\b",
    r"\bThe\s+(?-i:Provider)\b",
])
def test_fast_scan_matches_plain_regex(source):
    pattern = TextPattern(source)
    fast = [(m.start(), m.end()) for m in pattern.finditer(TEXT, lower_preserving_length(TEXT))]
    plain = [(m.start(), m.end()) for m in re.finditer(source, TEXT, re.I)]
    assert fast == plain


def test_lowering_keeps_offsets_for_characters_that_grow():
    text = "İstanbul HQ"
    assert len(lower_preserving_length(text)) == len(text)
    assert "i̇" not in lower_preserving_length(text)  # the dotted capital I is kept as it was


def test_escapes_keep_their_case():
    # \S must stay "not a space" and not become \s
    pattern = TextPattern(r"\bfee\S+")
    text = "Fee: fees FEE-X"
    found = [text[m.start():m.end()] for m in pattern.finditer(text, text.lower())]
    assert found == ["Fee:", "fees", "FEE-X"]


def test_alternations_are_split_only_where_it_keeps_the_matches():
    from checker.matching import split_leading_alternation, split_top_level

    assert split_leading_alternation("(?:a|b(?:c|d)|[|x])rest") == ["(?:a)rest", "(?:b(?:c|d))rest", "(?:[|x])rest"]
    assert split_leading_alternation("(?:a|b)?rest") == ["(?:a)rest", "(?:b)rest", "rest"]  # optional: or none
    assert split_leading_alternation("(?:a)?rest") == ["(?:a)rest", "rest"]
    assert split_leading_alternation("(?:a|b)*rest") is None  # a repeated group cannot be split
    assert split_leading_alternation("(?:a|b)??rest") is None  # nor a lazy one
    assert split_leading_alternation("(?:a|b)?") is None  # nothing after it to search for
    assert split_top_level("a|b(?:c|d)|e") == ["a", "b(?:c|d)", "e"]
    assert split_top_level("[|]a|b") == ["[|]a", "b"]  # a bar in a character class is a literal
    assert split_top_level("(?:a|b)") is None


def test_a_group_that_opens_with_a_group_is_split_by_it_in_order():
    from checker.matching import split_leading_alternation

    assert split_leading_alternation("(?:(?:a|b)c)d") == ["(?:(?:a)c)d", "(?:(?:b)c)d"]
    assert split_leading_alternation("(?P<n>(?:x|(?:y|z)w))r") == ["(?P<n>(?:x))r", "(?P<n>(?:(?:y)w))r",
                                                                   "(?P<n>(?:(?:z)w))r"]


@pytest.mark.parametrize("source", [
    r"(?P<n>may|maybe)\b",  # two alternatives match at one place: the first written wins, as in re
    r"(?:will|will\s+not)",
    r"\b(?P<number>(?:\d+|(?:one|two|three)(?:[\s-]+(?:one|two))*))\s+(?P<unit>hours?|days?)",
])
def test_split_patterns_keep_re_s_choice_between_alternatives(source):
    text = "We maybe will not reply in one two hours or 3 days; two days, may be."
    pattern = TextPattern(source)
    fast = [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text, text.lower())]
    plain = [(m.start(), m.end(), {k: v and v.lower() for k, v in m.groupdict().items()})
             for m in re.finditer(source, text, re.I)]
    assert fast == plain


def test_a_pattern_pickles_as_its_source_and_finds_the_same():
    import pickle

    pattern = TextPattern(r"\bresponse\s+times?\b")
    copy = pickle.loads(pickle.dumps(pattern))
    assert len(pickle.dumps(pattern)) < 200  # not its compiled scanners
    assert [m.span() for m in copy.finditer(TEXT, TEXT.lower())] == [m.span() for m in pattern.finditer(TEXT, TEXT.lower())]
    assert copy.pattern == pattern.pattern
