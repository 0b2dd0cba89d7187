"""`number_words`: a number written in words and in figures that disagree, "thirty (60) days",
"ten percent (15%)", "one thousand dollars ($10,000)". A court may read either; the parties
meant one.
"""

from __future__ import annotations

import math
import re

from checker.engine.definitions import matches_from, offsets_in
from checker.engine.kinds.drafting import HygieneKind, Slip
from checker.nlp.normalise import NUMBER_WORD, words_to_number

_PAIR = re.compile(
    rf"\b(?P<words>{NUMBER_WORD}(?:[\s-]+(?:and[\s-]+)?{NUMBER_WORD})*)"
    r"(?:\s+(?:dollars|pounds(?:\s+sterling)?|euros|percent|per\s+cent))?"
    r"\s*\(\s*(?:US\s?\$|[$\u00a3\u20ac]|USD|GBP|EUR)?\s*(?P<figure>\d[\d,]*(?:\.\d+)?)\s*(?:%|percent)?\s*\)",
    re.I,
)


# every match ends in a bracketed figure, and before it holds only letters, spaces and hyphens
_FIGURE = re.compile(r"\(\s*(?:US\s?\$|[$\u00a3\u20ac]|USD|GBP|EUR)?\s*\d", re.I)
_WORDS_BACKWARDS = re.compile(r"(?:[^\W\d_]|[\s-])*")
_WORD_START = re.compile(r"\b\w")


def _pairs(text: str):
    """_PAIR.finditer(text), tried only at the words just before each bracketed figure."""
    backwards = None
    stretches = []
    for figure in _FIGURE.finditer(text):
        if backwards is None:
            backwards = text[::-1]  # to find where the words before a figure begin, in one match
        words = _WORDS_BACKWARDS.match(backwards, len(text) - figure.start())
        stretches.append((figure.start() - (words.end() - words.start()), figure.start()))
    return matches_from(_PAIR, text, offsets_in(_WORD_START, text, stretches))


class NumberWordsKind(HygieneKind):
    name = "number_words"
    noun = ("number whose words and figures disagree", "numbers whose words and figures disagree")
    clean = "numbers in words and figures agree"

    def slips(self, spec, document, package):
        found = []
        for match in _pairs(document.text):
            words = words_to_number(match.group("words"))
            try:
                figure = float(match.group("figure").replace(",", ""))
            except ValueError:
                continue
            if words is None or math.isclose(words, figure):
                continue
            said = " ".join(match.group(0).split())
            found.append(Slip(match.start(), match.end(),
                              f"'{said}' ({words:,.10g} in words, {figure:,.10g} in figures)"))
        return found


KIND = NumberWordsKind()
