"""Levels a table names by its column: under a first column headed 'Priority', 'Severity', 'Level' or 'Error
class', a row that opens with a bare '1', 'B' or 'II' is that level ('Level | Response | Resolution' over
'1 | 15 minutes | 2 hours'), as 'Priority 1' would be in prose. Rows are lines with bars, as the DOCX and PDF
readers write them ('1 | 15 minutes | 2 hours') and Markdown has them ('| 1 | 15 minutes |'), or plain-text columns set
apart by runs of two spaces or more ('Priority    Response    Fix' over '1    1 hour    4 hours'), as a text file or an
unruled PDF table gives them. Likewise a bare number
under a column whose heading gives the unit ('Priority | Response (hours) | Resolution (hours)' over 'P1 | 1 | 4') is a
time in that unit, as '4 hours' would be in the cell."""

from __future__ import annotations

import re

from checker.nlp.normalise import to_hours, unit_of
from checker.nlp.tags import Tag

_HEADED = re.compile(r"\s*\|?\s*(?:priority|severity|sev|level|(?:error|fault|incident|problem)\s+(?:class|category|level)|"
                     r"class|category)\s*\|", re.I)
_BARE = re.compile(r"\s*\|?\s*(?P<level>[1-4]|[A-D]|I{1,3}|IV)\s*\|")
# the same in plain-text columns: the level's name, then two spaces or more before the next heading; a bare level, then
# two spaces or more before its first cell
_HEADED_COLUMNS = re.compile(r"[ \t]*(?:priority|severity|sev|level|(?:error|fault|incident|problem)\s+(?:class|category|level)|"
                             r"class|category)[ \t]{2,}\S", re.I)
_BARE_COLUMNS = re.compile(r"[ \t]*(?P<level>[1-4]|[A-D]|I{1,3}|IV)[ \t]{2,}\S")
_RULED = re.compile(r"[ \t]*[-=_]{3,}(?:[ \t]+[-=_]{3,})*[ \t]*\n?")  # the line of dashes under plain-text headings
# a heading that gives its column's unit: 'Resolution (hours)', 'Response time in minutes', 'Fix (business days)'
_UNIT_HEADING = re.compile(r"(?:\(\s*|\bin\s+)(?P<kind>(?:business|working)\s+)?(?P<unit>hours?|hrs?|minutes?|mins?|days?)\s*\)?\s*$", re.I)
_NUMBER_CELL = re.compile(r"\s*(?P<number>\d{1,3}(?:\.\d+)?)\s*$")
_RANKS = {"A": 1, "B": 2, "C": 3, "D": 4, "I": 1, "II": 2, "III": 3, "IV": 4}


def column_levels(text: str) -> list[Tag]:
    """A PRIORITY tag for each bare level in the first column of a table headed by a level's name."""
    tags, headed, at = [], None, 0  # headed: the kind of table under way, "bars" or "columns"
    for line in text.splitlines(keepends=True):
        barred = "|" in line
        if barred and _HEADED.match(line):
            headed = "bars"
        elif not barred and _HEADED_COLUMNS.match(line):
            headed = "columns"
        elif headed != ("bars" if barred else "columns"):
            headed = None
        elif not barred and _RULED.fullmatch(line):
            pass  # '-----   ------' under the headings: the table goes on
        elif bare := (_BARE if barred else _BARE_COLUMNS).match(line):
            level = bare.group("level")
            start = at + bare.start("level")
            tags.append(Tag("PRIORITY", start, start + len(level), level, "priority.column",
                            {"rank": int(level) if level.isdigit() else _RANKS[level.upper()]}))
        elif not barred:
            headed = None  # a line of prose ends the columns (a barred line that is no level's row does not end a table)
        at += len(line)
    return tags


def column_durations(text: str) -> list[Tag]:
    """A DURATION tag for each bare number in a column whose heading gives the unit."""
    tags, units, at = [], None, 0
    for line in text.splitlines(keepends=True):
        if "|" not in line:
            units = None
        elif units is None:
            units = [_UNIT_HEADING.search(cell) for cell in line.rstrip("\n").split("|")]
            units = units if any(units) else None
        else:
            start = at
            for cell, unit in zip(line.rstrip("\n").split("|"), units):
                number = _NUMBER_CELL.match(cell)
                if unit and number:
                    value, name = float(number.group("number")), unit_of(unit.group("unit"))
                    begin = start + number.start("number")
                    tags.append(Tag("DURATION", begin, start + number.end("number"), number.group("number"), "duration.column",
                                    {"value": value, "unit": name, "business": bool(unit.group("kind")),
                                     "hours": round(to_hours(value, name), 4)}))
                start += len(cell) + 1
        at += len(line)
    return tags
