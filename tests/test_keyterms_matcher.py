"""The key terms' scans, the finder's negation cue and the parties' full stop run on the matcher (RE2,
checker/matching.py; issue 13). Each scan that `re` read with a lookaround, or over a stretch of the text
(pos / endpos), is checked here against the `re` pattern it replaced, on texts made of the words those
patterns look for (the sources below are the replaced ones, kept only as the reference)."""

from __future__ import annotations

import random
import re

import pytest

from checker import keyterms
from checker.engine import finder
from checker.matching import TextPattern, searchable
from checker.nlp import parties

_WORDS = (
    "the a an The This this this, this-year thistle that certain such said its prior agreement Agreement contract amendment "
    "letter dated made effective entered into executed signed as of on from between Corp. ( ) amended term commence commences "
    "begin starts into force effect takes period periods Period until untill effective: extend extended later longer than "
    "terminated either one not in no way define limit increase year to renew your franchise disclosure it is shall will "
    "non-renewal non renewal or be renewed intent elect other than breach cure remedy at any time before end expiry for "
    "reason without cause convenience half behalf date hereof first written above commencement day and set forth means "
    "execution valid months initial Inc. B.V. naïve abcd. Émile café Customer entity person named identified [NAME] ______ "
    "\"Franchisee\" n't never nor but provided – excluding"
).split()
_JOINS = [" ", " ", " ", "  ", "\n", ", ", ". ", "; ", "\u00a0"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_WORDS) + rng.choice(_JOINS) for _ in range(rng.randint(1, 16))) for _ in range(count)]


TEXTS = _texts(3000, seed=20261207)


def _old(source: str, flags: int = re.I) -> re.Pattern:
    return re.compile(source, flags)


@pytest.mark.parametrize("source", [r"\bterm\s+of\s+(?:the\s+)?$", r"\bthe\b", r"^\W*it\s+is\b", r"period\s*$", r"(?P<w>\w+)\s"])
def test_a_stretch_is_read_as_re_reads_pos_and_endpos(source):
    """`search(text, start, end)` / `match(...)`: `\\b` reads the character before `start`, the text ends at `end`."""
    pattern, reference = TextPattern(source, sentence_window=False), _old(source)
    rng = random.Random(7)
    for text in TEXTS[:400]:
        prepared = searchable(text)
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for ours, theirs in ((pattern.search(prepared, start, end), reference.search(text, start, end)),
                             (pattern.match(prepared, start, end), reference.match(text, start, end)),
                             (pattern.search(text, start), reference.search(text, start))):
            assert (ours and ours.span()) == (theirs and theirs.span()), (text, start, end)


_REPLACED = {  # what each scan was in `re`, and how it is read now
    "for a length from": (
        r"(?:\b(?:agreement|contract|amendment)\b[^.;]{0,40}?\b(?:valid|effective|in\s+(?:full\s+)?(?:force|effect))\s+for|"
        r"\bterm\s+of)\s+(?:(?:a|the)\s+(?:period|term)(?:\s+of)?\s+)?(?:[\w()-]+\s+){0,4}?(?:(?:years?|months?)\s+"
        r"(?:from|commencing|beginning|starting)(?:\s+(?:on|as\s+of|from))?|(?<=period\s))\s*(?:the\s+)?$",
        lambda text: keyterms._FOR_LENGTH_FROM.search(text)),
    "another agreement's date": (
        r"\b(?-i:a|an|[Tt]he|that\s+certain|certain|such|said|its|their|existing|prior|original)\s+"
        r"(?:(?!this\b)[\w&/,.-]+\s+){0,6}?(?:agreements?|memorandum(?:\s+of\s+understanding)?|contracts?|amendments?|"
        r"letters?|plans?)(?:\s*\([^()]{0,80}\))?(?:\s+(?:by\s+and\s+)?between\s+[^;]{1,100}?)?\s*,?\s*"
        r"(?:(?:which\s+(?:was|is)\s+)?(?:dated|made|effective|entered\s+into|executed|signed)\s*)?(?:as\s+of|on|from)?\s*"
        r"(?:the\s+)?$|\bas\s+amended\b[^.;()]{0,60}$",
        lambda text: keyterms._OTHER_AGREEMENT.search(text)),
    "the agreement starts": (
        r"\b(?:agreement|contract|term|amendment)\b(?:(?!\bperiods?\b)[^.;]){0,80}?\b(?:effective(?!\s+until)|"
        r"commenc\w*|begin\w*|start\w*|into\s+(?:force|effect)|takes?\s+effect)\b",
        keyterms._self_starts),
    "no renewal": (
        r"\b(?:in\s+no\s+way|not)\s+(?:\w+\s+){0,3}?(?:define|limit|extend)\b|\bextend\w*\s+(?:any\s+)?(?:later|longer)\s+than\b|"
        r"\bextend\w*\s+until\s+(?!(?:terminated|either|one|a)\b)|\b(?:increase|adjust|raise)\w*\b[^.;]{0,160}\byear\s+to\s+year\b",
        lambda text: keyterms._any(keyterms._NO_RENEWAL, text)),
    "about the agreement": (
        r"\b(?:agreement|contract|term)\b|\brenew\s+(?:the|your|this)\s+franchise\b(?!\s+disclosure)|^\W*it\s+(?:is|shall|will)\b",
        lambda text: keyterms._any(keyterms._ABOUT_AGREEMENT, text)),
    "not to renew": (
        r"(?<!\bor\s)(?<!,\s)\bnon-?\s?renew\w*|(?<!\bor\s)\bnot\s+(?:to\s+)?(?:be\s+)?(?:renew|extend)\w*|"
        r"\b(?:intent\w*|elect\w*|decid\w*|choos\w*)\s+not\s+to\s+(?:renew|extend|continue)|\b(?:not|no\s+longer)\s+"
        r"(?:wish|want|desire|like)\w*\s+to\s+(?:renew|extend|continue)|\bprevent\w*\s+(?:the\s+|such\s+|any\s+)?(?:automatic\s+)?"
        r"(?:renewal|extension)|\bdeclin\w*\s+to\s+(?:renew|extend)|\bopt\w*\s+out\s+of\s+(?:the\s+|any\s+)?(?:automatic\s+)?renewal",
        keyterms._not_renew),
    "a cure or any time": (
        r"\b(?:cure[ds]?|remed(?:y|ied))\b|(?<!other than )\bbreach\w*|"
        r"\bat\s+any\s+time\b(?![^.;]{0,60}\bbefore\s+the\s+(?:expiry|expiration|end)\b)|\bfor\s+any\s+reason\b|"
        r"\bwithout\s+cause\b|\bconvenience\b",
        keyterms._cure_or_any_time),
}


@pytest.mark.parametrize("name", sorted(_REPLACED))
def test_each_scan_finds_what_its_re_pattern_found(name):
    source, ours = _REPLACED[name]
    reference = _old(source)
    for text in TEXTS:
        assert bool(ours(text)) == bool(reference.search(text)), text


def test_the_pointer_to_the_date_above_and_one_unit_of_renewal_as_re_found_them():
    above = _old(r"\b(?:date|day)\s+(?:and\s+year\s+)?(?:first\s+)?(?:above\s+|below\s+)?(?:written|set\s+(?:forth|out))|"
                 r"\bdate\s+hereof\b|(?<!effective\s)(?<!commencement\s)\bdate\s+of\s+(?:this|the)\s+(?:agreement|contract)\b")
    one = _old(r"(?<!half\s)\b(?:an?|one)\s+(?:additional\s+|further\s+|successive\s+|other\s+)?(?P<unit>year|month)\b")
    for text in TEXTS + ["the effective date of this agreement", "on the date of this Agreement", "for half a year, then a year"]:
        found = above.search(text)
        assert keyterms._date_above(text) == (found and found.start()), text
        at = 0
        while (single := keyterms._ONE_UNIT.search(searchable(text), at, len(text))) and keyterms._after(text, single.start(), ("half",)):
            at = single.start() + 1
        found = one.search(text)
        assert (single and single.span()) == (found and found.span()), text


def test_the_parties_full_stop_and_unnamed_party_and_the_negation_cue_as_re_found_them():
    full_stop = _old(r"(?:(?<=[a-z]{4})|(?<=[)\"\u201d]))\.\s+(?=[A-Z])", 0)
    clause_break = _old(r"[,;:()\u2013\u2014]|\band\b|\bor\b|\bbut\b|\bprovided\b")
    negation = _old(r"\b(?:no|not|never|neither|nor|none|without|n't|excluding|except)\b(?:\s+[\w'-]+){0,3}\s*$")
    for text in TEXTS + ["the naïve. Customer", "Acme Inc. Beta abcd. Gamma", "he said (so). Then"]:
        assert parties._full_stops(text) == [m.end() for m in full_stop.finditer(text)], text
        clause = clause_break.split(text[-80:])[-1]
        ours = finder._CLAUSE_BREAK.finditer(text[-80:])
        assert text[-80:][max((m.end() for m in ours), default=0):] == clause, text
        assert bool(finder._NEGATION_BEFORE.search(clause)) == bool(negation.search(clause)), text
        was = finder._NOT_ITS_SUBJECT.search(text) or negation.search(clause) and not finder._NOT_A_NEGATION.search(clause) or \
            bool(listed := finder._NEGATED_LIST.search(text[-120:])) and not finder._NOT_A_NEGATION.search(listed.group())
        assert finder.is_negated(text) == bool(was), text
    unnamed = _old(r"(?:,|;|\band)\s+(?:_{3,}|\[[^\[\]\n]{0,60}\]|(?:the|each|any)\s+(?:[\w-]+\s+){0,2}?(?:person|individual|"
                   r"entity|company|corporation|party|business|owner|franchisee)s?\b[^()]{0,80}?\b(?:named|identified|listed|set\s+"
                   r"forth|described|designated|specified)\b[^()]{0,60}?)(?:,?\s+an?\s+[^()]{0,60}?)?,?\s*\($", 0)
    for text in [t + ' ("Franchisee")' for t in TEXTS[:1500]] + ['Acme Ltd and ______ ("Franchisee")']:
        at = text.rindex("(")
        for floor in (0, at // 2):
            assert parties._unnamed(text, floor, at, "Franchisee") == bool(unnamed.search(text, max(floor, at - 250), at + 1)), text


def test_a_capital_with_an_accent_or_four_letters_with_one_are_no_full_stop_for_the_parties():
    """RE2 reads the prepared text ('naïve' as 'naive', 'É' as 'E'): the full stop is checked in the text itself."""
    assert parties._full_stops("It is naïve. Customer") == []
    assert parties._full_stops("It is plain. Émile") == []
    assert parties._full_stops("It is plain. Customer") == [len("It is plain. ")]
