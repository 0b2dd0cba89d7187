"""What each clause of a document is about: notices, audit, insurance, liability, service
levels, termination, definitions, recitals, a table of contents ...

A clause is a section of the document model (a numbered clause, a heading's section, a
schedule). Its type comes from the data in clause_types.yaml: its whole body when that is only a
placeholder ("[Reserved]"), else its heading, else its opening words, else the type of the
clause it sits in. Rules read it through
`find.outside` / `find.inside`: a keyword inside a clause about something else ("business
hours" in a notices clause) is not the provision a rule looks for.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from checker.matching import TextPattern
from checker.model import Document, Section

_DATA = Path(__file__).with_name("clause_types.yaml")
_OPENING = 240  # how much of a clause's body its opening words are


@dataclass(frozen=True)
class ClauseType:
    name: str
    heading: TextPattern | None  # its heading patterns as one alternation: one search per heading and type
    opening: TextPattern | None
    body: TextPattern | None  # the whole (short) body: it wins over the heading


@lru_cache(maxsize=1)
def clause_types() -> tuple[ClauseType, ...]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))["types"]

    def one(patterns):
        return TextPattern("|".join(f"(?:{p})" for p in patterns), sentence_window=False) if patterns else None

    return tuple(ClauseType(name, one(spec.get("headings")), one(spec.get("opens")), one(spec.get("body")))
                 for name, spec in data.items())


def type_names() -> tuple[str, ...]:
    return tuple(t.name for t in clause_types())


@lru_cache(maxsize=4096)
def heading_type(heading: str) -> str | None:
    return next((t.name for t in clause_types() if t.heading and t.heading.search(heading)), None)


def opening_type(opening: str) -> str | None:
    return next((t.name for t in clause_types() if t.opening and t.opening.search(opening)), None)


def body_type(body: str) -> str | None:
    return next((t.name for t in clause_types() if t.body and t.body.search(body)), None) if len(body) < _OPENING else None


def type_clauses(document: Document) -> dict[int, str | None]:
    """id(section) -> its type, for every section of the document."""
    types: dict[int, str | None] = {}

    def walk(sections: list[Section], inherited: str | None):
        for section in sections:
            opening = document.text[section.body_start:min(section.end, section.body_start + _OPENING)]
            own = body_type(opening) or (heading_type(section.heading) if section.heading else None)
            if own is None:
                own = opening_type(opening)
            types[id(section)] = own or inherited
            walk(section.children, own or inherited)

    walk(document.sections, None)
    return types
