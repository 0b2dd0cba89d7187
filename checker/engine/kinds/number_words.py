"""`number_words`: a number written in words and in figures that disagree, "thirty (60) days",
"ten percent (15%)", "one thousand dollars ($10,000)". A court may read either; the parties
meant one.
"""

from __future__ import annotations

import math
import re

from checker.engine.kinds.drafting import HygieneKind, Slip
from checker.nlp.normalise import NUMBER_WORDS, words_to_number

_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"
_PAIR = re.compile(
    rf"\b(?P<words>{_WORD}(?:[\s-]+(?:and[\s-]+)?{_WORD})*)"
    r"(?:\s+(?:dollars|pounds(?:\s+sterling)?|euros|percent|per\s+cent))?"
    r"\s*\(\s*(?:US\s?\$|[$\u00a3\u20ac]|USD|GBP|EUR)?\s*(?P<figure>\d[\d,]*(?:\.\d+)?)\s*(?:%|percent)?\s*\)",
    re.I,
)


class NumberWordsKind(HygieneKind):
    name = "number_words"
    noun = ("number whose words and figures disagree", "numbers whose words and figures disagree")
    clean = "numbers in words and figures agree"

    def slips(self, spec, document, package):
        found = []
        for match in _PAIR.finditer(document.text):
            words = words_to_number(match.group("words"))
            try:
                figure = float(match.group("figure").replace(",", ""))
            except ValueError:
                continue
            if words is None or math.isclose(words, figure):
                continue
            said = " ".join(match.group(0).split())
            found.append(Slip(match.start(), match.end(),
                              f"'{said}' ({_fmt(words)} in words, {_fmt(figure)} in figures)"))
        return found


def _fmt(value: float) -> str:
    return f"{value:,.10g}"


KIND = NumberWordsKind()
