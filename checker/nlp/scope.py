"""Is the package an IT services contract at all? (contract_scope.yaml holds the words.)

A rulebook for IT support contracts says little of use about a drug-development deal; the
report and the audit table say such a contract is out of scope instead of scoring it as a
poor IT contract. Its findings are still there for whoever wants them."""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from checker.matching import TextPattern, searchable

_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DATA = Path(__file__).with_name("contract_scope.yaml")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Scope:
    in_scope: bool
    it_rate: float  # IT words per 1,000 words
    other_rate: float
    other_words: tuple[str, ...]  # the most frequent other-business words, as the text has them

    def as_dict(self) -> dict:
        return {"in_scope": self.in_scope, "it_rate": round(self.it_rate, 1), "other_rate": round(self.other_rate, 1),
                "other_words": list(self.other_words), "reason": self.reason}

    @property
    def reason(self) -> str:
        if self.in_scope:
            return "an IT services contract"
        return (f"not an IT services contract: words of another business ({', '.join(self.other_words)}) "
                f"outnumber IT words {self.other_rate:.0f} to {self.it_rate:.0f} per 1,000")


@lru_cache(maxsize=1)
def _settings():
    data = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=_YAML)  # libyaml: ten times faster
    # RE2 (checker/matching.py): one pass whatever the number of words (re tries them one by one)
    words = lambda key: TextPattern(r"\b(?:" + "|".join(data[key]) + r")\b", sentence_window=False)  # noqa: E731
    return words("it_words"), words("other_words"), float(data["min_other_rate"]), float(data["ratio"])


def contract_scope(texts: list[str]) -> Scope:
    it_words, other_words, min_other, ratio = _settings()
    total = max(1, sum(len(_WORD.findall(t)) for t in texts))
    prepared = [searchable(t) for t in texts]  # each text prepared once for both word lists
    it = sum(1 for p in prepared for _ in it_words.finditer(p))
    others = collections.Counter(m.group(0).lower() for p in prepared for m in other_words.finditer(p))
    it_rate, other_rate = 1000 * it / total, 1000 * sum(others.values()) / total
    out = other_rate >= min_other and other_rate >= ratio * it_rate
    return Scope(not out, it_rate, other_rate, tuple(w for w, _ in others.most_common(3)))
