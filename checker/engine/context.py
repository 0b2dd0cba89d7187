"""What a rule sees of a contract: each document with its sentences and tags."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from checker.matching import Searchable, searchable
from checker.model import Document, Section
from checker.nlp.clauses import type_clauses
from checker.nlp.tags import Stance
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
# a template's bracketed guidance ("[For example: - Either party may terminate ...]",
# "[Drafting note: ...]") shows how a clause could read; it is not a term of the agreement
_GUIDANCE_OPEN = re.compile(r"\[\s*(?:for\s+example|e\.\s?g\.|drafting\s+notes?|notes?\s+to\s+(?:drafter|user|draft)s?"
                            r"|guidance(?:\s+notes?)?\s*:|instructions?\s*:)", re.I)
# ... and the examples a fill-in field gives ("[Fill in Customer's obligations, e.g., a single point of
# contact]": the field stands for a term; its examples are not terms)
_BRACKETED_EXAMPLES = re.compile(r"\be\.\s?g\.|\bfor\s+example\b", re.I)
_GUIDANCE_REACH = 4000
# ... and a published form's notes to its user, unbracketed (in italics, which the text reads as spaces):
# "Drafting note: the Master Agreement will normally deal with termination for breach." runs to its paragraph's end
_NOTE_OPEN = re.compile(r"(?<!\w)(?:(?:drafting|guidance|practice|explanatory|user)\s+notes?|notes?\s+to\s+(?:drafters?|users?|draft))\s*:",
                        re.I)
_NOTE_LINE_END = re.compile(r"[.:;!?*_\]][ \t]*$")  # a line that ends so ends the note (a wrapped line runs on)
_TICKED_BOX = re.compile(r"\[\s?[xX\u2713\u2714]\s?\]|[\u2611\u2612]")


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
        # every heading, one a line: a heading pattern whose words none of them holds is not tried on each
        self.headings = Searchable("\n".join(s.heading for s in self.document.iter_sections()))
        # a form where some box is ticked has been filled in: what is left unticked was not chosen
        # (in a blank template every option is still on the table)
        self.filled_in = bool(_TICKED_BOX.search(self.document.text))
        self._guidance = SpanSet(_guidance_spans(self.document.text))
        self.sections = list(self.document.iter_sections())  # in reading order, read by every rule
        self._levels: dict[int, tuple[list[Section], list[int]] | None] = {}  # sections_of's index, level by level
        self._of_types: dict[frozenset[str], list[Section]] = {}

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

    def in_guidance(self, offset: int) -> bool:
        """Is this offset inside a template's bracketed guidance ("[For example: ...]")?"""
        return offset in self._guidance

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

    def sections_of(self, offset: int) -> list[Section]:
        """The chain of sections around an offset, outermost first (Document.sections_of, found by bisection
        in a level whose sections follow each other without overlapping)."""
        chain, level = [], self.document.sections
        while level:
            index = self._levels.get(id(level), ())
            if index == ():
                ordered = all(a.end <= b.start and a.start < a.end for a, b in zip(level, level[1:]))
                index = self._levels[id(level)] = (level, [s.start for s in level]) if ordered else None
            if index is None:
                inner = next((s for s in level if s.start <= offset < s.end), None)
            else:
                i = bisect.bisect_right(index[1], offset) - 1
                inner = level[i] if i >= 0 and offset < level[i].end else None
            if inner is None:
                return chain
            chain.append(inner)
            level = inner.children
        return chain

    def section_at(self, offset: int) -> Section | None:
        """The deepest section whose span holds the offset."""
        chain = self.sections_of(offset)
        return chain[-1] if chain else None

    def of_types(self, types: frozenset[str]) -> list[Section]:
        """The sections of these clause types, in reading order."""
        found = self._of_types.get(types)
        if found is None:
            found = self._of_types[types] = [s for s in self.sections if self.clause_types.get(id(s)) in types]
        return found

    def is_definition(self, start: int, end: int) -> bool:
        """A Definitions entry names a term; it does not commit anyone to anything."""
        return bool(_DEFINITION_SENTENCE.match(self.text[start:end])) or any(
            _DEFINITIONS_HEADING.search(s.heading) for s in self.sections_of(start) if s.heading)


@dataclass
class Package:
    """The documents reviewed together as one agreement (MSA + SLA + DPA ...)."""

    documents: list[AnalysedDocument]


def _note_end(text: str, start: int) -> int:
    """Where an unbracketed note ends: its line, and the lines it wraps onto (a line that does not end a sentence,
    followed by one that is not blank)."""
    limit = min(len(text), start + _GUIDANCE_REACH)
    end = text.find("\n", start, limit)
    while end != -1 and not _NOTE_LINE_END.search(text, start, end):
        following = text.find("\n", end + 1, limit)
        if not text[end + 1:following if following != -1 else limit].strip():
            break
        start, end = end + 1, following
    return end if end != -1 else limit


def _guidance_spans(text: str) -> list[tuple[int, int]]:
    """Where each bracketed guidance note runs, to its matching ']' (nested brackets, such as
    blanks "[__]", inside it are skipped over), and where a field's bracketed examples run."""
    spans = []
    for match in _GUIDANCE_OPEN.finditer(text):
        if spans and match.start() < spans[-1][1]:
            continue
        depth, limit = 0, min(len(text), match.start() + _GUIDANCE_REACH)
        for i in range(match.start(), limit):
            depth += {"[": 1, "]": -1}.get(text[i], 0)
            if depth == 0:
                spans.append((match.start(), i + 1))
                break
    for match in _BRACKETED_EXAMPLES.finditer(text):
        opened, closed = text.rfind("[", max(0, match.start() - 300), match.start()), text.rfind("]", 0, match.start())
        end = text.find("]", match.end(), match.end() + _GUIDANCE_REACH)
        if opened > closed and end > 0 and "\n" not in text[opened:match.start()]:
            spans.append((match.start(), end + 1))
    for match in _NOTE_OPEN.finditer(text):
        if text[max(0, match.start() - 3):match.start()].rstrip().endswith("["):
            continue  # a bracketed note: read to its bracket above
        spans.append((match.start(), _note_end(text, match.end())))
    return spans  # the examples of a guidance note lie inside it: SpanSet merges them


class SpanSet:
    """`offset in spans` in O(log n) for many lookups (spans may overlap)."""

    def __init__(self, spans):
        merged = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and offset < self._ends[i]


def cached(owner, key: str, compute):
    """`compute()`, worked out once per document (or package) and kept on it: several rules,
    and the key terms, ask for the same structure, and it goes when the document goes."""
    store = owner.__dict__.setdefault("_drafting_cache", {})
    if key not in store:
        store[key] = compute()
    return store[key]
