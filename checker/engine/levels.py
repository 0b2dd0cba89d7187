"""Service levels read from their structure: the durations a passage ties to the levels of a
priority scheme (P1, Severity 2, Critical ...), in a table row, a list item or a sentence, whatever
the verb. Each level's durations come in order: the first one is the first touch (a response, an
attendance, a first contact), a later one what follows it (the fix); a duration whose lead-in (the
words since the level or the previous duration, in a table its column's heading) names what marks
a later one (`marks`: restore, workaround, resolution ...) is a later one wherever it stands."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.matching import TextPattern
from checker.nlp.tags import Tag

ORDERS = ("first", "later")  # which of a level's durations a rule reads
_WORD = re.compile(r"[a-z]{2,}", re.I)
_OWN_WORDS = 8  # the most words between a level and its time for the words before the level to name what it is
_LIST_LINES = 12  # the lines of levels read up to a list's lead-in
# the words of a first touch: a level's own words naming one keep its time a first one
_FIRST_TOUCH = re.compile(r"\b(?:respon\w*|acknowledg\w*|attend\w*|repl(?:y|ies|ied)|answer\w*|call\w*\s+back|triag\w*|reaction|on[\s-]?site|arriv\w*|dispatch\w*|contact\w*)\b", re.I)
_TRAIL = re.compile(r"\s*((?:to|for)\s+[^,;|\n.]{1,30})")
# a column headed by a plan or a cover ('| Standard | Premium |', '| Business hours | 24x7 |'): the same time on other
# terms; or by a step that is neither the first touch nor the fix: '| Time to Escalate |', '| Status Update |'
_OTHER_TERMS = TextPattern(r"\b(?:standard|premium|basic|essentials?|advanced|enterprise|professional|gold|silver|bronze|platinum|plans?|"
                           r"tiers?|packages?|editions?|business\s+hours|24\s*[x/]\s*7|extended|plus|pro|escalat\w*|updates?|notif\w*|report(?:s|ing)?|root\s+cause|rca|review\w*)\b", sentence_window=False)


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
        if level is None or _other_row(doc.text, level.end, tag.start):
            continue  # no level, or the level of another table row ('| Support hours | ... Severity 1 |' over '| Availability | ... 5 days |')
        heading = _column_heading(doc.text, start, tag.start)
        lead = heading if _named(heading, marks) else _row_words(doc, level, tag) + heading + doc.text[since:tag.start]
        if any(r.search(lead) for r in marks) or (not heading and _fix_after(doc.text, tag.end, marks)):
            order = "later"
        elif not count:
            order = "first"
        elif _OTHER_TERMS.search(heading):
            order = None
        else:  # a next column, or a next figure with no words between ('15 minutes / 4 hours'), not one in brackets
            between = doc.text[since:tag.start]  # ('within 15 minutes (1 hour at weekends)': the same time, elsewhen)
            order = "later" if len(_WORD.findall(between)) <= 1 and "(" not in between else None
        if order:
            found.append(Tied(level, tag, order, by_place=order == "first" and not heading))
        count, since = count + 1, tag.end
    return _lead_in_marks(doc, start, found, marks)


def _row_words(doc, level: Tag, tag: Tag) -> str:
    """A table row's own words before its level, when the row gives that level one time and those words name no first
    touch: what the time measures ('| Incident fix | Time from logging to service restored, Priority 1 | 4 hours |'
    under a neutral '| Target |'); '' for none."""
    line = doc.text.rfind("\n", 0, level.start) + 1
    end = doc.text.find("\n", tag.end)
    end = end if end != -1 else len(doc.text)
    row = doc.text[line:level.start]
    if not _is_row(doc.text[line:end]) or _FIRST_TOUCH.search(row) or len(doc.tags_in(level.end, end, {"DURATION"})) != 1:
        return ""
    return row


def _named(heading: str, marks) -> bool:
    """Does a column's heading say what its times measure? A neutral one ('| Target |', '| Value |') leaves it to the
    row's own words ('| Incident resolution (Severity 1) | Time from logging to restoration | 95% within 4 hours |')."""
    return bool(heading) and (bool(_FIRST_TOUCH.search(heading)) or any(r.search(heading) for r in marks))


def _fix_after(text: str, at: int, marks) -> bool:
    """Do the words right after a time say it is the fix ('P1: 15 minutes to respond, 4 hours to fix')?"""
    trail = _TRAIL.match(text, at)
    return bool(trail) and any(r.search(trail.group(1)) for r in marks)


def _lead_in_marks(doc, start: int, found: list[Tied], marks) -> list[Tied]:
    """A level's only duration, first by its place alone, is a later one (the fix) when the words that lead to it name
    the fix: a scheme's lead-in (two levels or more: 'Target to fix: P1 - 4 hours, P2 - 1 day', 'Incidents shall be
    closed within the timescales below:' over 'Priority 1: 4 hours' lines; or a lead-in ending in ':' whose clauses
    run on after ';': 'Resolution targets: Severity 1 - 4 hours; Severity 2 - 8 hours'), or the words of its own
    sentence before the level ('MSP shall resolve Priority 1 issues within 2 days', 'the elimination period for faults
    of category 2 is two days'), unless the level's own words name a first touch ('For the restoration of P1 services,
    MSP shall respond within 15 minutes')."""
    if not found:
        return found
    levels = [t.level for t in found]
    head, (run_on, before) = _lead_in(doc, start, levels[0].start), _run_on(doc, start)
    bare = not _WORD.search(doc.text[start:levels[0].start]) \
        and all(len(_WORD.findall(doc.text[t.level.end:t.duration.start])) <= 1 for t in found)
    scheme_named = (len({t.value.get("rank") for t in levels}) >= 2 and any(r.search(head) for r in marks)) \
        or any(r.search(run_on) for r in marks) \
        or (bare and any(r.search(before) for r in marks) and not _FIRST_TOUCH.search(before))
    out, since = [], start
    for t in found:
        if t.by_place and (scheme_named and levels.count(t.level) == 1 or _fix_before(doc, t, found, since, marks)):
            t = Tied(t.level, t.duration, "later")
        out.append(t)
        since = t.duration.end
    return out


def _fix_before(doc, first: Tied, found: list[Tied], since: int, marks) -> bool:
    """Do the words of the sentence before a level name the fix ('MSP shall provide a workaround for Severity 1
    defects within 6 hours and a permanent solution within 10 days'), and the level's own words up to its last time
    name no first touch? Only a time close after its level: not one a clause later ('a patch to correct an urgent
    problem (in which case distribution is immediate), the Partner will distribute all Updates within 30 days')."""
    last = [t for t in found if t.level is first.level][-1]
    own = doc.text[first.level.end:first.duration.start]
    return len(_WORD.findall(own)) <= _OWN_WORDS and not _FIRST_TOUCH.search(doc.text[first.level.end:last.duration.start]) \
        and any(r.search(doc.text[since:first.level.start]) for r in marks)


def _run_on(doc, start: int) -> tuple[str, str]:
    """For a passage that runs on after ';': the lead-in ending in ':' of the sentence it runs on from ('Resolution
    targets: Severity 1 - 4 hours; Severity 2 - 8 hours.' read at 'Severity 2'), and the clause right before it, whose
    verb a bare 'Severity 2 - within one business day' leaves out; ('', '') for none."""
    text, at, previous = doc.text, start, ""
    for _ in range(_LIST_LINES):
        before = text[:at].rstrip()
        if not before.endswith(";"):
            break
        at = doc.sentence_span(len(before) - 1)[0]
        if at >= start or "\n" in text[at:start].strip():
            break
        previous = previous or text[at:len(before)]
        first = doc.tags_in(at, start, {"PRIORITY"})
        words = text[at:first[0].start].strip() if first else ""
        if words.endswith(":"):
            return words, previous
    return "", previous


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
        return _column_heading_plain(text, floor, line, at)
    top = line
    while top > floor:
        above = text.rfind("\n", floor, top - 1) + 1 or floor
        if not _is_row(text[above:top]):
            break
        top = above
    cells = text[top:text.find("\n", top)].split("|") if top < line else []
    cell = text.count("|", line, at)
    return cells[cell] if cell < len(cells) else ""


def _column_heading_plain(text: str, floor: int, line: int, at: int) -> str:
    """The same in plain-text columns, cells set apart by runs of two spaces or more ('Priority    Response    Fix' over
    'P1          1 hour      4 hours', as a text file or an unruled PDF table gives them): the heading of the first
    line of the block whose cell starts at or before the time's place in its line."""
    end = text.find("\n", at)
    if len(_CELLS.findall(text[line:end if end != -1 else len(text)])) < 2:
        return ""
    top = line
    while top > floor:
        above = text.rfind("\n", floor, top - 1) + 1 or floor
        if len(_CELLS.findall(text[above:top - 1])) < 2:
            break
        top = above
    if top == line:
        return ""
    heading, column = "", at - line
    for cell in _CELLS.finditer(text, top, text.find("\n", top)):
        if cell.start() - top > column + 1:
            break
        heading = cell.group()
    return heading


def _other_row(text: str, level_end: int, at: int) -> bool:
    """Do a level and a time stand in different rows of a table?"""
    if "\n" not in text[level_end:at]:
        return False
    line = text.rfind("\n", 0, level_end) + 1
    return _is_row(text[line:text.find("\n", level_end)])


# a plain-text column's cell: words with single spaces between, set apart from the next by two spaces or more
_CELLS = re.compile(r"\S+(?: \S+)*")


def _is_row(line: str) -> bool:
    return line.lstrip().startswith("|") or " | " in line
