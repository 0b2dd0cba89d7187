"""Levels a table names by its column: under a first column headed 'Priority', 'Severity', 'Level' or 'Error
class', a row that opens with a bare '1', 'B' or 'II' is that level ('Level | Response | Resolution' over
'1 | 15 minutes | 2 hours'), as 'Priority 1' would be in prose. Rows are lines with bars, as the DOCX and PDF
readers write them ('1 | 15 minutes | 2 hours') and Markdown has them ('| 1 | 15 minutes |')."""

from __future__ import annotations

import re

from checker.nlp.tags import Tag

_HEADED = re.compile(r"\s*\|?\s*(?:priority|severity|sev|level|(?:error|fault|incident|problem)\s+(?:class|category|level)|"
                     r"class|category)\s*\|", re.I)
_BARE = re.compile(r"\s*\|?\s*(?P<level>[1-4]|[A-D]|I{1,3}|IV)\s*\|")
_RANKS = {"A": 1, "B": 2, "C": 3, "D": 4, "I": 1, "II": 2, "III": 3, "IV": 4}


def column_levels(text: str) -> list[Tag]:
    """A PRIORITY tag for each bare level in the first column of a table headed by a level's name."""
    tags, headed, at = [], False, 0
    for line in text.splitlines(keepends=True):
        if "|" not in line:
            headed = False
        elif _HEADED.match(line):
            headed = True
        elif headed and (bare := _BARE.match(line)):
            level = bare.group("level")
            start = at + bare.start("level")
            tags.append(Tag("PRIORITY", start, start + len(level), level, "priority.column",
                            {"rank": int(level) if level.isdigit() else _RANKS[level.upper()]}))
        at += len(line)
    return tags
