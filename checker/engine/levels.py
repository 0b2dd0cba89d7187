"""Service levels read from their structure: the durations a passage ties to the levels of a
priority scheme (P1, Severity 2, Critical ...), in a table row, a list item or a sentence, whatever
the verb. Each level's durations come in order: the first one is the first touch (a response, an
attendance, a first contact), a later one what follows it (the fix); a duration whose lead-in (the
words since the level or the previous duration, in a table its column's heading) names what marks
a later one (`marks`: restore, workaround, resolution ...) is a later one wherever it stands."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.nlp.tags import Tag

ORDERS = ("first", "later")  # which of a level's durations a rule reads
_WORD = re.compile(r"[a-z]{2,}", re.I)
_LIST_LINES = 12  # the lines of levels read up to a list's lead-in
# a column headed by a plan or a cover ('| Standard | Premium |', '| Business hours | 24x7 |'): the same time on other terms
_TIER = re.compile(r"\b(?:standard|premium|basic|essentials?|advanced|enterprise|professional|gold|silver|bronze|platinum|"
                   r"plans?|tiers?|packages?|editions?|business\s+hours|24\s*[x/]\s*7|extended|plus|pro)\b", re.I)


@dataclass(frozen=True)
class Tied:
    level: Tag  # the PRIORITY tag
    duration: Tag
    order: str  # first | later (a later figure after words that do not mark it is neither: 'a High caller within 2 hours')
    by_place: bool = False  # first only as the level's first figure: no words, no column heading said so


def scheme(doc, start: int, end: int) -> bool:
    """Does the text name a scheme of levels: at least two distinct ranks?"""
    return len({t.value.get("rank") for t in doc.tags_in(start, end, {"PRIORITY"}) if t.value.get("rank")}) >= 2


def tied(doc, start: int, end: int, marks) -> list[Tied]:
    """The durations tied to a level between start and end, each with its order."""
    found, level, count, since = [], None, 0, start
    spans = [(t.start, t.end) for t in doc.tags_in(start, end, {"COVERAGE", "FREQUENCY"})]
    for tag in doc.tags_in(start, end, {"PRIORITY", "DURATION"}):
        if any(a <= tag.start < b for a, b in spans):
            continue  # hours of cover ('24 hours a day'), a frequency ('every 30 minutes'): no time to meet
        if tag.label == "PRIORITY":
            if tag.value.get("rank"):
                level, count = tag, 0
            since = tag.end
            continue
        if level is None:
            continue
        heading = _column_heading(doc.text, start, tag.start)
        lead = heading or doc.text[since:tag.start]
        if any(r.search(lead) for r in marks):
            order = "later"
        elif not count:
            order = "first"
        elif _TIER.search(heading):
            order = None
        else:  # a next column, or a next figure with no words between ('15 minutes / 4 hours'), not one in brackets
            between = doc.text[since:tag.start]  # ('within 15 minutes (1 hour at weekends)': the same time, elsewhen)
            order = "later" if len(_WORD.findall(between)) <= 1 and "(" not in between else None
        if order:
            found.append(Tied(level, tag, order, by_place=order == "first" and not heading))
        count, since = count + 1, tag.end
    return _lead_in_marks(doc, start, found, marks)


def _lead_in_marks(doc, start: int, found: list[Tied], marks) -> list[Tied]:
    """A scheme (two levels or more) whose lead-in names the fix ('Target to fix: P1 - 4 hours, P2 - 1 day', 'Incidents shall be
    closed within the timescales below:' over 'Priority 1: 4 hours' lines) gives each level one time, the fix:
    a level's only duration, first by its place alone, is a later one."""
    levels = [t.level for t in found]
    if len({t.value.get("rank") for t in levels}) < 2 or not any(r.search(_lead_in(doc, start, levels[0].start)) for r in marks):
        return found
    return [Tied(t.level, t.duration, "later") if t.by_place and levels.count(t.level) == 1 else t for t in found]


def _lead_in(doc, start: int, first_level: int) -> str:
    """The words before a scheme's first level: the passage's own, and the line ending in ':' above the lines
    of levels the passage opens with."""
    text, own = doc.text, doc.text[start:first_level]
    line = text.rfind("\n", 0, start) + 1
    if text[line:start].strip():
        return own
    for _ in range(_LIST_LINES):
        if line <= 0:
            break
        above = text.rfind("\n", 0, line - 1) + 1
        words = text[above:line].strip()
        if words.endswith(":"):
            return words + " " + own
        if not words or not doc.tags_in(above, line, {"PRIORITY"}):
            break
        line = above
    return own


def _column_heading(text: str, floor: int, at: int) -> str:
    """In a table written as rows with bars ('| P1 | 30 minutes | 4 hours |' in Markdown, 'P1 | 30
    minutes | 4 hours' as the Word and PDF readers write a row), the heading of the column `at`
    stands in: the same cell of the table's first row."""
    line = text.rfind("\n", floor, at) + 1 or floor
    if not _is_row(text[line:text.find("\n", at) if "\n" in text[at:] else len(text)]):
        return ""
    top = line
    while top > floor:
        above = text.rfind("\n", floor, top - 1) + 1 or floor
        if not _is_row(text[above:top]):
            break
        top = above
    cells = text[top:text.find("\n", top)].split("|") if top < line else []
    cell = text.count("|", line, at)
    return cells[cell] if cell < len(cells) else ""


def _is_row(line: str) -> bool:
    return line.lstrip().startswith("|") or " | " in line
