"""What each clause of a document is about: notices, audit, insurance, liability, service
levels, termination, definitions, recitals, a table of contents ...

A clause is a section of the document model (a numbered clause, a heading's section, a
schedule). Its type comes from the data in clause_types.yaml: its whole body when that is only a
placeholder ("[Reserved]"), else its heading (or, for a numbered clause whose heading ran into
its text, "6.7 Mode of Payment; Offsets. All payments ...", the capitalised words it opens with),
else its opening words, else the type of the clause it sits in (unless that one's text says its
clauses are not of it: `until:`, or none is: `inherited: false`), and only while its own text is no
longer than the type allows (`longest:`: a title holds no clause, a line of a table of contents is
short); a line of a list of exhibits is one of contents (`listed:`). Rules read it through
`find.outside` / `find.inside`: a keyword inside a clause about something else ("business
hours" in a notices clause) is not the provision a rule looks for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from checker.matching import TextPattern
from checker.model import Document, Section

_YAML = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DATA = Path(__file__).with_name("clause_types.yaml")
_OPENING = 240  # how much of a clause's body its opening words are
# a heading run into its clause: capitalised words (and the small words between them) up to a full stop,
# a colon, a clause number or a lower-case word ("Term and Termination 7.1 Term", "COMPENSATION As consideration");
# not a line of a table of contents ("Price 2 3.2 Purchase Orders 2")
_WORD = r"[A-Z][\w\u2019'&/-]*"
_RUN_IN = re.compile(rf"[\W_]*({_WORD}(?:[,;]?\s+(?:(?:of|and|or|for|to|by|on|in|upon|with|under|the|&)\s+)*{_WORD}){{0,11}}+)"
                     r"(?:(?P<stop>[.:]|\s+\d+\.\d)|\s+[a-z(]|\s*$)")
_CLAUSE_NUMBER = re.compile(r"\d|article|section|clause", re.I)  # not an exhibit's: it opens with a title


@dataclass(frozen=True)
class ClauseType:
    name: str
    heading: TextPattern | None  # its heading patterns as one alternation: one search per heading and type
    opening: TextPattern | None
    body: TextPattern | None  # the whole (short) body: it wins over the heading
    until: TextPattern | None = None  # the clauses under it do not take its type once its text says this
    longest: float = float("inf")  # a clause whose own text is longer is not of this type
    listed: TextPattern | None = None  # a clause so numbered, empty, before one numbered alike: a line of a list
    inherited: bool | str = True  # do the clauses under one of this type take it ("untitled": those without a title)
    unless: TextPattern | None = None  # a heading that also matches this is not of the type ("Price Escalation")


@lru_cache(maxsize=1)
def clause_types() -> tuple[ClauseType, ...]:
    data = yaml.load(_DATA.read_text(encoding="utf-8"), Loader=_YAML)["types"]  # libyaml: ten times faster

    def one(patterns):
        return TextPattern("|".join(f"(?:{p})" for p in patterns), sentence_window=False) if patterns else None

    return tuple(ClauseType(name, one(spec.get("headings")), one(spec.get("opens")), one(spec.get("body")),
                            one(spec.get("until")), spec.get("longest", float("inf")), one(spec.get("listed")),
                            spec.get("inherited", True), one(spec.get("unless")))
                 for name, spec in data.items())


def type_names() -> tuple[str, ...]:
    return tuple(t.name for t in clause_types())


@lru_cache(maxsize=4096)
def heading_type(heading: str) -> str | None:
    return next((t.name for t in clause_types() if t.heading and t.heading.search(heading)
                 and not (t.unless and t.unless.search(heading))), None)


def opening_type(opening: str) -> str | None:
    return next((t.name for t in clause_types() if t.opening and t.opening.search(opening)), None)


def run_in_type(opening: str) -> str | None:
    """The type of the heading a numbered clause opens with when its heading ran into its text; a
    run that a lower-case word ends is the heading and the sentence's first word (unless that word
    is in capitals too: 'SUPPORT AGREEMENT dated as of')."""
    match = _RUN_IN.match(opening)
    if match is None:
        return None
    words, _, last = match.group(1).rpartition(" ")
    words = match.group(1) if match.group("stop") or (last.isupper() and len(last) > 1) else words
    return heading_type(words) if words else None


def body_type(body: str) -> str | None:
    return next((t.name for t in clause_types() if t.body and t.body.search(body)), None) if len(body) < _OPENING else None


def type_clauses(document: Document) -> dict[int, str | None]:
    """id(section) -> its type, for every section of the document."""
    types: dict[int, str | None] = {}
    by_name = {t.name: t for t in clause_types()}

    def walk(sections: list[Section], above: str | None):
        for i, (section, after) in enumerate(zip(sections, [*sections[1:], None])):
            # a titled clause under background recitals ("4. SERVICE MANAGEMENT") is operative
            titled_out = above and by_name[above].inherited == "untitled" and section.heading and section.titled
            inherited = None if titled_out else above
            opening = document.text[section.body_start:min(section.end, section.body_start + _OPENING)]
            # a line of a list of parts: no text nor clauses of its own, before one numbered alike ("Exhibit C - Fees")
            listed = after is not None and not section.children and not opening.strip() and next(
                (t.name for t in clause_types() if t.listed and t.listed.search(section.number or "")
                 and t.listed.search(after.number or "")), None)
            listed = listed or _last_line_of_contents(document, section, sections[:i])
            own = listed or body_type(opening) or (heading_type(section.heading) if section.heading else
                                                   run_in_type(opening) if _CLAUSE_NUMBER.match(section.number or "") else None)
            if own is None:
                own = opening_type(opening)
            length = (section.children[0].start if section.children else section.end) - section.body_start
            fits = [name for name in (own, inherited) if name and length <= by_name[name].longest]
            types[id(section)] = fits[0] if fits else None
            if own not in fits or not by_name[own].inherited or by_name[own].until and section.children and by_name[own].until.search(
                    document.text[section.body_start:section.children[0].start]):
                own = None  # its clauses are not of its type: they take the type it sits in
            walk(section.children, own or inherited)

    walk(document.sections, None)
    return types


def _last_line_of_contents(document: Document, section: Section, before: list[Section]) -> str | None:
    """The last line of a table of contents that the agreement ran into ("Exhibit C - Escalation Matrix",
    then "1. Definitions"): no text of its own, and its first clause repeats the heading of a line the list
    held before it, which had no text either; it names a part, it holds none (`contents`)."""
    if not section.children or not before or document.text[section.body_start:section.children[0].start].strip():
        return None
    first = " ".join((section.children[0].heading or "").lower().split())
    # the list's lines may sit under the title above it, as the items of a Markdown list under a '# Title' do
    empty = (s for s in _every(before) if s.heading and not s.children and not document.text[s.body_start:s.end].strip())
    return "contents" if first and any(" ".join(s.heading.lower().split()) == first for s in empty) else None


def _every(sections: list[Section]):
    """The sections and every clause under them, in the order of the text."""
    for section in sections:
        yield section
        yield from _every(section.children)
