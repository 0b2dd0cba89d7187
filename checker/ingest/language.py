"""Is this contract in English? The rules read English; a French MSA would score as
'missing everything', which is a wrong answer rather than an error, so refuse it."""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+", re.U)
_ENGLISH = frozenset(
    "the of and to in a is be by or for shall any this that with as on such its party agreement "
    "will not which may are all other from under an at has have if".split()
)


def detect_language(text: str, sample_chars: int = 40_000) -> str:
    """'en' when English function words are frequent enough, else 'unknown'."""
    words = [w.lower() for w in _WORD.findall(text[:sample_chars])]
    if len(words) < 20:
        return "en" if not words or sum(w in _ENGLISH for w in words) >= 2 else "unknown"
    share = sum(w in _ENGLISH for w in words) / len(words)
    return "en" if share >= 0.12 else "unknown"
