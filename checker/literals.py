"""Literals a regex cannot match without, and a word index of a text to look them up fast.

A rulebook runs hundreds of patterns over every contract, and most of them match nowhere in
it: a contract without the word "restoration" cannot match "restoration\\s+times?". Reading
a pattern's parse tree tells which literals every match must contain; a text lacking them
is not searched at all. The check is exact (it never skips a text the pattern matches):

- a *word-start* needle ("respons" in "\\brespons\\w*", "times" in "response\\s+times") is
  looked up in the sorted words of the text, a binary search;
- any other needle ("%", "e-mail") is a substring test, remembered per text.
"""

from __future__ import annotations

import bisect
import re
import threading
from typing import NamedTuple
from re import _parser as regex_parser  # the parser `re` itself uses (Python >= 3.11)
from re._constants import (AT, AT_BEGINNING, AT_BEGINNING_STRING, AT_BOUNDARY, BRANCH, CATEGORY,
                           CATEGORY_SPACE, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN)

_WORDS = re.compile(r"\w{3,}")  # the words (whole runs of word characters) long enough to start with a needle
_WORD_HEAD = re.compile(r"\w*")
_SHORTEST_WORD_NEEDLE = 3  # "sla" is worth a lookup; "a" and "to" are in every contract
_SHORTEST_SUBSTRING_NEEDLE = 4


def is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `re` calls a word character


class Needle(NamedTuple):  # a tuple: hashed in C, and looked up hundreds of times a contract
    text: str
    word_start: bool  # the needle begins a word wherever a match has it

    @property
    def cheap(self) -> bool:
        return self.word_start


Requirement = tuple[Needle, ...]  # every match contains at least one of these


class Literals(NamedTuple):
    requirements: list[Requirement]  # each met by the text, or no match can be in it
    lead: str  # the literal every match starts with ('' if none)


def literals_of(regex: re.Pattern, starts_a_word: bool = False, lower: bool = False) -> Literals:
    """What a scanner checks before it searches, from one parse of the pattern:
    - the requirements worth checking: every one whose needles are word starts (a lookup
      each), or else the most selective substring one;
    - the literal every match starts with: 'response' for '(?:response)\\s+times?'.
    `starts_a_word`: every match begins a word (its leading \\b is checked elsewhere).
    `lower`: the needles are to be looked up in the lower-cased text (a match of the text
    has its needle there in lower case). Nothing for a pattern that ignores case or that
    `re` parses in a way not foreseen here."""
    if regex.flags & re.IGNORECASE:
        return Literals([], "")
    try:
        parsed = regex_parser.parse(regex.pattern)
        found = _requirements(parsed, starts_a_word)
        lead, _ = _lead_of(parsed)
    except Exception:  # noqa: BLE001 - an unusual pattern is simply searched in full
        return Literals([], "")
    if lower:
        found = [tuple(Needle(n.text.lower(), n.word_start) for n in requirement) for requirement in found
                 if all(len(n.text.lower()) == len(n.text) for n in requirement)]
    cheap = [requirement for requirement in found if all(needle.cheap for needle in requirement)]
    return Literals(cheap or ([max(found, key=_selectivity)] if found else []), lead)


def _selectivity(requirement: Requirement) -> tuple[bool, int]:
    """One long word is rarer than any of several: 'hours' before 'business|working|office'."""
    return len(requirement) == 1, min(len(needle.text) for needle in requirement)


def _requirements(sequence, word_start: bool, prefix: str = "", prefix_word_start: bool = False) -> list[Requirement]:
    """The requirements of a parsed sequence; `word_start`: its first character, if a word
    character, begins a word. `prefix`: literals just before the sequence, which `re`'s
    parser took out of the branches it was one of ('re(?:solution|pair)')."""
    found: list[Requirement] = []
    run: list[str] = list(prefix)
    run_word_start = prefix_word_start

    def flush():
        if run:
            needle = _needle("".join(run), run_word_start)
            if needle:
                found.append((needle,))
            run.clear()

    for op, value in sequence:
        if op is LITERAL:
            if not run:
                run_word_start = word_start
            run.append(chr(value))
            word_start = not is_word_char(chr(value))  # a word character after it begins a word
            continue
        if op is BRANCH:
            best = [max(_requirements(branch, word_start, "".join(run), run_word_start), key=_selectivity, default=None)
                    for branch in value[1]]
            run.clear()
            if all(best):
                found.append(tuple(needle for requirement in best for needle in requirement))
            word_start = False
            continue
        flush()
        if op is AT:
            word_start = value in (AT_BOUNDARY, AT_BEGINNING, AT_BEGINNING_STRING) or word_start
        elif op is IN:
            word_start = _only_non_word(value)
        elif op is SUBPATTERN and not value[1] and not value[2]:  # a group that keeps the flags
            found += _requirements(value[3], word_start)
            word_start = False
        elif op in (MAX_REPEAT, MIN_REPEAT):
            low, _, body = value
            if low >= 1:
                found += _requirements(body, word_start)
            separator = len(body) == 1 and body[0][0] is IN and _only_non_word(body[0][1])
            word_start = separator and (low >= 1 or word_start)
        else:
            word_start = False
    flush()
    return found


def _only_non_word(items) -> bool:
    """A character class whose every member is a non-word character (\\s, [\\s-], ...)."""
    return bool(items) and all(
        (op is CATEGORY and value is CATEGORY_SPACE) or (op is LITERAL and not is_word_char(chr(value)))
        for op, value in items)


def _needle(run: str, word_start: bool) -> Needle | None:
    if word_start and is_word_char(run[0]):
        head = re.match(r"\w+", run).group()
        if len(head) >= _SHORTEST_WORD_NEEDLE:
            return Needle(head, True)
    return Needle(run, False) if len(run) >= _SHORTEST_SUBSTRING_NEEDLE else None


def _lead_of(sequence) -> tuple[str, bool]:
    """(the literal a parsed sequence starts with, whether the sequence is only that literal)."""
    lead = []
    for op, value in sequence:
        if op is LITERAL:
            lead.append(chr(value))
            continue
        if op is SUBPATTERN and not value[1] and not value[2]:
            inner, whole = _lead_of(value[3])
            lead.append(inner)
            if whole:
                continue
        return "".join(lead), False
    return "".join(lead), True


class TextIndex:
    """The sorted distinct words of one text, the substrings already looked for, and where
    some of them are."""

    MOST_PLACES = 128  # past this, one pass of the regex is cheaper than trying each place (measured)

    def __init__(self, text: str):
        self.text = text
        self._words: list[str] | None = None
        self._seen: dict[Needle, bool] = {}
        self._places: dict[str, list[int] | None] = {}

    def places(self, needle: str) -> list[int] | None:
        """Every offset where `needle` occurs (overlapping ones too), or None when there are
        more than MOST_PLACES."""
        try:
            return self._places[needle]
        except KeyError:
            pass
        found: list[int] | None = []
        find, at = self.text.find, self.text.find(needle)
        while at >= 0:
            if len(found) == self.MOST_PLACES:
                found = None
                break
            found.append(at)
            at = find(needle, at + 1)
        self._places[needle] = found
        return found

    def word_places(self, lead: str) -> list[int] | None:
        """The offsets of the words that start with `lead` (a lead that begins with a word
        character: 'respons' finds 'response' and 'responses', never 'irresponsible'), from
        the index, no pass over the text; None when there are more than MOST_PLACES."""
        key = ("word", lead)
        try:
            return self._places[key]
        except KeyError:
            pass
        head = _WORD_HEAD.match(lead).group()
        if len(head) < _SHORTEST_WORD_NEEDLE:
            return None  # too short to be in the index: one pass of the regex instead
        words, positions = self._sorted_words(), self._word_positions
        found: list[int] | None = []
        i = bisect.bisect_left(words, head)
        while i < len(words) and words[i].startswith(head):
            found.extend(positions[words[i]])
            if len(found) > self.MOST_PLACES:
                found = None
                break
            i += 1
        if found is not None:
            found.sort()
            if len(head) < len(lead):  # 'e-mail': the word 'e', then the rest
                found = [at for at in found if self.text.startswith(lead, at)]
        self._places[key] = found
        return found

    def _sorted_words(self) -> list[str]:
        """The distinct words, sorted; their offsets are kept too (`word_places`)."""
        if self._words is None:
            positions: dict[str, list[int]] = {}
            for match in _WORDS.finditer(self.text):
                word = match.group()
                at = positions.get(word)
                if at is None:
                    positions[word] = [match.start()]
                else:
                    at.append(match.start())
            self._word_positions = positions
            self._words = sorted(positions)
        return self._words

    def has(self, needle: Needle) -> bool:
        """Does the text hold the needle (at a word start, for a word-start needle)? Each
        needle is looked up once per text: hundreds of patterns share a few hundred words."""
        present = self._seen.get(needle)
        if present is None:
            present = self._seen[needle] = self._look_up(needle)
        return present

    def _look_up(self, needle: Needle) -> bool:
        if not needle.word_start:
            return needle.text in self.text
        if len(needle.text) < _SHORTEST_WORD_NEEDLE:
            return True  # not in the index: never a reason to skip
        words = self._sorted_words()
        i = bisect.bisect_left(words, needle.text)
        return i < len(words) and words[i].startswith(needle.text)

    def satisfies(self, requirements: list[Requirement]) -> bool:
        seen = self._seen
        for requirement in requirements:
            for needle in requirement:
                present = seen.get(needle)
                if present is None:
                    present = seen[needle] = self._look_up(needle)
                if present:
                    break
            else:
                return False
        return True


_recent = threading.local()  # per thread: a Dask worker may review two contracts at once


def index_of(text: str) -> TextIndex:
    """The index of `text`, built once: a review scans one document (its text and its
    lower-cased copy) with every pattern before it moves on."""
    recent = getattr(_recent, "indexes", None)
    if recent is None:
        recent = _recent.indexes = []
    for index in recent:
        if index.text is text:
            return index
    index = TextIndex(text)
    recent[:] = [index] + recent[:1]
    return index
