"""What a rule sees of a contract: each document with its sentences and tags."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from checker.matching import searchable
from checker.model import Document, Section
from checker.nlp.clauses import type_clauses
from checker.nlp.obligations import Stance
from checker.nlp.parties import Party
from checker.nlp.tags import Tag

_DEFINITIONS_HEADING = re.compile(r"\b(?:definitions?|interpretation|defined\s+terms|glossary)\b", re.I)
_DEFINITION_SENTENCE = re.compile(
    r"^\W{0,3}[\"\u201c\u2018'][^\"\u201d\u2019']{1,80}[\"\u201d\u2019']\s*(?:\([^)]{0,40}\)\s*)?"
    r"(?:shall\s+)?(?:means?|refers?\s+to|has\s+the\s+meaning|is\s+defined|includes?)\b",
    re.I,
)


_LIST_ITEM = re.compile(r"\s*(?:\(?[a-z]{1,4}\)|\(?\d{1,2}[.)]|[a-z][.)]|[\u2022\u25cf*-])\s", re.I)
_LIST_REACH = 1500  # how far a lead-in's list may run


@dataclass
class AnalysedDocument:
    document: Document
    sentence_starts: list[int]
    tags: list[Tag]
    stances: list[Stance] = field(default_factory=list)  # who is bound or entitled, verb by verb
    parties: list[Party] = field(default_factory=list)
    _tag_starts: list[int] = field(init=False, repr=False)

    def __post_init__(self):
        self.clause_types = type_clauses(self.document)  # id(section) -> what it is about
        self._tag_starts = [t.start for t in self.tags]
        self._stance_starts = [s.start for s in self.stances]
        self.searchable = searchable(self.document.text)  # prepared once for every pattern

    @property
    def text(self) -> str:
        return self.document.text

    def sentence_span(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[max(i, 0)]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return start, end

    def tags_in(self, start: int, end: int, labels: set[str] | frozenset[str] | None = None) -> list[Tag]:
        i = bisect.bisect_left(self._tag_starts, start)
        found = []
        while i < len(self.tags) and self.tags[i].start < end:
            tag = self.tags[i]
            if tag.end <= end and (labels is None or tag.label in labels):
                found.append(tag)
            i += 1
        return found

    def passage_span(self, offset: int) -> tuple[int, int]:
        """The sentence around an offset; a lead-in that ends in a colon ("limited to the
        lesser of:") runs on over the list items that complete it."""
        start, end = self.sentence_span(offset)
        if not self.text[start:end].rstrip().endswith(":"):
            return start, end
        limit = min(len(self.text), end + _LIST_REACH)
        while end < limit:
            if not _LIST_ITEM.match(self.text, end):
                break
            end = self.sentence_span(end)[1]
        return start, min(end, limit)

    def stances_in(self, start: int, end: int) -> list[Stance]:
        i = bisect.bisect_left(self._stance_starts, start)
        j = bisect.bisect_left(self._stance_starts, end)
        return self.stances[i:j]

    def governing_stance(self, offset: int) -> Stance | None:
        """The modal phrase that governs the words at `offset`: the last one before it in its
        sentence, else the first one after it."""
        start, end = self.sentence_span(offset)
        inside = self.stances_in(start, end)
        before = [s for s in inside if s.start <= offset]
        return before[-1] if before else (inside[0] if inside else None)

    def clause_type_at(self, offset: int) -> str | None:
        """What the innermost clause holding the offset is about (nlp/clauses.py)."""
        chain = self.sections_of(offset)
        return self.clause_types.get(id(chain[-1])) if chain else None

    def sections_of(self, offset: int) -> list[Section]:
        """The chain of sections around an offset, outermost first."""
        chain, level = [], self.document.sections
        while True:
            inner = next((s for s in level if s.start <= offset < s.end), None)
            if inner is None:
                return chain
            chain.append(inner)
            level = inner.children

    def is_definition(self, start: int, end: int) -> bool:
        """A Definitions entry names a term; it does not commit anyone to anything."""
        if _DEFINITION_SENTENCE.match(self.text[start:end]):
            return True
        return any(_DEFINITIONS_HEADING.search(s.heading) for s in self.sections_of(start) if s.heading)


@dataclass
class Package:
    """The documents reviewed together as one agreement (MSA + SLA + DPA ...)."""

    documents: list[AnalysedDocument]
