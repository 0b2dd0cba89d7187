"""Find the section structure of a contract: headings, their numbers and levels.

Formats that mark headings (Word styles) hand over `HeadingHint`s; for the others
(PDF, plain text, Markdown) headings are read off the lines of the text:
  - Markdown '#' headings;
  - numbered clauses: "4.2 Response Times", "12. TERMINATION", "Section 5 - Fees",
    Markdown ordered lists (numbers rebuilt from indentation, as a renderer would; under a '#'
    heading, its clauses);
  - "ARTICLE V", "Schedule B - Service Levels", "Exhibit 2";
  - short ALL-CAPS lines ("LIMITATION OF LIABILITY").
A numbered clause that runs straight into its text ("4.2 Response Times. The Provider
shall ...") becomes a section whose heading is the short title before the first period.
Text that lost its line breaks (an EDGAR filing with a page on one line, a PDF's wrapped lines)
holds such clauses mid-line: in any line, a clause number or letter after a sentence's end or a run
of spaces, a short title and a period ("... of the other Party. 8.4 Termination Without Cause.
Either Party may ...", "... as follows: 1. Services. ...", "... once a year. (b) Costs. The Client
...", "3.GRANT OF RIGHTS: ...") start a section; so does the first sub-clause right after its clause's
title ("9. RECORD-KEEPING AND AUDITS 9.1 Records Retention. ..."); a top-level number only where it
follows the latest one (a list's "1." "2." inside a clause are no clauses); a cross-reference ("as set
out in 9.1 Records Retention"), an amount, a date or a list item without a title never. A lettered
clause nests under the numbered one it runs in ("(i)" under "(b)", unless it follows "(h)").
"""

from __future__ import annotations

import bisect
import re

from checker.model import HeadingHint, Section, is_title_like

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)[\s#]*$")
_MD_LIST_ITEM = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(.*)$")
_NUMBERED = re.compile(
    r"^\s*(?:(?P<word>section|clause|\u00a7)\s*)?"
    # "Clause 8 - Backups", "CLAUSE 8: BACKUPS", "Section 8 \u2013 Fees": a dash or a colon after a worded number
    r"(?P<num>\d{1,2}(?:\.\d{1,3}){0,4})(?P<dot>\.?)\)?"
    r"(?:(?(word)[ \t]*(?P<sep>[-\u2013\u2014:])[ \t]*|(?!))|\s+|(?<=\.)(?=[A-Z][A-Za-z]))(?P<rest>\S.*)$",
    re.I,
)
_PART = re.compile(
    r"^\s*(?P<kind>article|schedule|exhibit|annex|appendix|attachment|addendum|part)\s+"
    r"(?P<num>(?:[0-9]{1,3}|[IVXLC]{1,6}|[A-Z])(?:\.[0-9]{1,3})*(?:\([a-z0-9]{1,3}\))?)(?![\w(])[.:)]?\s*(?:[-\u2013\u2014:.]\s*)?(?P<rest>.*)$",
    re.I,
)
_CLAUSE_NUMBER = re.compile(r"\d+(?:\.\d+)*")
RUN_ON_LINE = 400  # a line this long is paragraphs run together: articles and schedules are looked for inside it
# a clause run into a line after a sentence's end or the run of spaces a lost line break left: a clause number
# ("8.4", "Section 4.2", or "8." at the top level) or a letter ("(a)", "(iv)"), a short title ("Fees; Taxes") and a
# full stop or colon, or (a number's title) the run of spaces after it ("3.3 VAT   All payments ..."), or (a title
# in capitals) its first sub-clause ("15. INSURANCE (a) Required Cover: ..."); not a list's "(a) the Supplier"
_NUMBER = r"\d{1,2}(?:\.\d{1,3}){1,3}|\d{1,2}(?=\.)"
_LETTER = r"\((?:[a-z]|[A-Z]|[ivx]{2,5})\)"
_CLAUSE = re.compile(
    rf"(?P<start>(?:(?:Section|Clause)[ \t]+)?(?P<num>{_NUMBER})|(?P<letter>{_LETTER}))\.?[ \t]*(?P<title>[A-Z](?:(?![ \t]{{3}})[^.:\n]){{1,70}}?)"
    r"(?:[.:]|(?(letter)(?!)|(?=[ \t]{3}))|(?P<sub>(?=[ \t]+\([a-z]{1,3}\)[ \t])))(?=[ \t]+(?:[A-Z(\"\u201c\[]|\d{1,2}\.[\d \t]))")
_GAP = re.compile(r"(?<=[.;:!?)\]\"\u201d*])[ \t]+(?=[\d(SC])|[ \t]{2,}(?=[\d(SC])|^[ \t]*(?=\()")  # where one may start
# a line's own number ("9. RECORD-KEEPING AND AUDITS", "ARTICLE 4 TERMINATION"): its first sub-clause may run in
# after its title without a sentence's end ("9. RECORD-KEEPING AND AUDITS 9.1 Records Retention. ...")
_LINE_NUMBER = re.compile(r"[ \t]*(?P<word>(?:section|clause|article)[ \t]+)?(?P<num>\d{1,2})(?(word)\b[.:]?|\.(?!\d))", re.I)
_SUB_AFTER_TITLE = r"[ \t]+(?P<start>(?:(?:Section|Clause)[ \t]+)?(?P<num>{0}\.\d{{1,3}})|\((?:a|A|i)\))\.?(?=[ \t]+\S)"
# ... and an article or a schedule in capitals: "... under GDPR. ARTICLE 6 TERM AND TERMINATION 6.1 The term ...",
# its title the words in capitals after it
_PARTS = ("ARTICLE", "SCHEDULE", "EXHIBIT", "ANNEX", "APPENDIX", "ATTACHMENT")
_RUN_IN_PART = re.compile(rf"\b(?P<kind>{'|'.join(_PARTS)})\s+"
                          r"(?P<num>[0-9]{1,3}|[IVXLC]{1,6}|[A-Z])\b[.:]?(?P<title>(?:\s+[^\sa-z]*[A-Z][^\sa-z]*(?!\S)){0,10})")
# a clause numbered by a word, as Spanish, Portuguese and Latin American contracts (and their translations) number
# them: "FIRST. - OBJECT. The Contractor ...", "TWENTY-FIRST.- ASSIGNMENT:", "CLAUSE TWO - TERM", "Third Clause:
# Price", "ARTICLE ONE - DEFINITIONS"; the word in capitals, or in Title Case beside 'Clause' / 'Article', and a
# stop or a dash after it ("First, the Supplier shall ..." is no heading)
_ORDINAL_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty")
_CARDINALS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_ORDINAL_WORD = (r"(?:(?:" + "|".join(_TENS_WORDS) + r")[- ](?:" + "|".join(_ORDINAL_UNITS) + r")|"
                 + "|".join(sorted(_ORDINAL_UNITS + _ORDINAL_TEENS + ("twentieth", "thirtieth", "fortieth", "fiftieth"),
                                   key=len, reverse=True)) + ")")
_CARDINAL_WORD = (r"(?:(?:" + "|".join(_TENS_WORDS) + r")(?:[- ](?:" + "|".join(_CARDINALS[:9]) + r"))?|"
                  + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + ")")
_WORD_NUMBERED = re.compile(
    rf"^\s*(?:(?P<pre>clause|article)\s+(?:(?P<ord>{_ORDINAL_WORD})|(?P<card>{_CARDINAL_WORD}))"
    rf"|(?P<bare>{_ORDINAL_WORD})(?P<post>\s+clause)?)"
    r"\s*(?:[.:]\s*[-\u2013\u2014]?|[-\u2013\u2014])\s*(?P<rest>\S.*)$", re.I)


def _word_number(words: str) -> int:
    parts = re.split(r"[- ]", words.lower())
    tens = 10 * (_TENS_WORDS.index(parts[0]) + 2) if parts[0] in _TENS_WORDS else 0
    last = parts[-1]
    for names, base in ((_ORDINAL_UNITS, 1), (_ORDINAL_TEENS, 10), (_CARDINALS, 1)):
        if last in names:
            return tens + base + names.index(last)
    return 10 * (("twentieth", "thirtieth", "fortieth", "fiftieth").index(last) + 2) if not tens else tens


def _word_numbered(raw: str, start: int, end: int) -> HeadingHint | None:
    """A clause numbered by a word ("SECOND. - SCOPE OF THE OBJECT. Within ...") as the clause of that number."""
    match = _WORD_NUMBERED.match(raw)
    if not match:
        return None
    word = match.group("pre") or match.group("bare")
    if not (word.isupper() or (word[:1].isupper() and (match.group("pre") or match.group("post")))):
        return None
    number = str(_word_number(match.group("ord") or match.group("card") or match.group("bare")))
    title = _short_title(match.group("rest"))
    if title is None:
        return HeadingHint(start, end, 1, number, "", start + match.start("rest"))
    words, only_heading = title
    body_start = end if only_heading else start + raw.find(words, match.start("rest")) + len(words) + 1
    return HeadingHint(start, end, 1, number, words, min(body_start, end))


_ROMAN = re.compile(r"\((?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})\)")
_SENTENCE_END = tuple('.;:!?)]"\u201d*')
def _short_title(rest: str) -> tuple[str, bool] | None:
    """The heading words of a numbered line, and whether the line is only a heading."""
    rest = rest.strip()
    if not rest:
        return None
    # "Response Times. The Provider shall ..." -> inline title
    inline = re.match(r"^([A-Z][^.:;\n]{1,70}?)[.:]\s+(?=\S)", rest)
    if inline:
        words = inline.group(1).split()
        if len(words) <= 8 and is_title_like(words):
            return inline.group(1).strip(), False
    words = rest.rstrip(".:").split()
    if 1 <= len(words) <= 12 and not rest.endswith((",", ";")) and is_title_like(words):
        return rest.rstrip(".:").strip(), True
    if _sentence_case_heading(rest, words):
        return rest.strip(), True
    return None


_NOT_A_HEADING = re.compile(r"\b(?:shall|must|will|may|is|are|was|were|has|have|means)\b|[,;.:)]$", re.I)


_QUESTION_WORDS = frozenset({"What", "How", "When", "Where", "Who", "Why", "Which"})


def _sentence_case_heading(rest: str, words: list[str]) -> bool:
    """A heading in sentence case, alone on its numbered line: "5. Service levels", "6. Privacy and
    security" (UK and Australian drafting); a short clause or list item has a verb or ends in punctuation.
    A plain-English heading that asks its question may hold a verb: "3. What I will do", "1. Who we are"."""
    if not (2 <= len(words) <= 6 and words[0][:1].isupper() and all(any(c.isalnum() for c in w) for w in words)):
        return False
    if words[0] in _QUESTION_WORDS and len(words) <= 6 and not rest.strip().endswith((",", ";", ".", ":", ")")):
        return True
    return not _NOT_A_HEADING.search(rest.strip())


_ASCII_LOWER = re.compile("[a-z]")


def _caps_heading(line: str) -> bool:
    stripped = line.strip().rstrip(":.")
    if not 1 <= len(stripped.split()) <= 10 or _ASCII_LOWER.search(stripped):
        return False  # the cheap tests first: most lines are body text
    letters = [c for c in stripped if c.isalpha()]
    return (2 <= len(letters) and all(c.isupper() for c in letters)
            and len(letters) >= 0.6 * len(stripped.replace(" ", "")))


def detect_headings(text: str) -> list[HeadingHint]:
    headings: list[HeadingHint] = []
    list_counters: list[tuple[int, int]] = []  # (indent, counter) for Markdown ordered lists
    offset = top = 0  # top: the latest top-level clause number
    under = 0  # the level of the latest Markdown '#' heading: a numbered list below it is its text, as rendered
    before = ""
    for line in text.splitlines(keepends=True):
        start, raw = offset, line.rstrip("\r\n")
        offset += len(line)
        above, before = before, raw
        if not raw.strip():
            continue
        own = _LINE_NUMBER.match(raw)
        run_in = _run_in_headings(raw, start, int(own.group("num")) if own else top, own)
        # the line's own heading is read on the words before the first clause run into it
        head = raw[:run_in[0].start - start].rstrip() if run_in else raw
        found = _heading_of_line(head, start, start + len(head), list_counters, above) if head.strip() else None
        if found:
            # '## § 4. Escalation' over '1. If a Stoppage ...' '2. ...' (a civil-law section's numbered paragraphs): the
            # list's items are clauses of the heading above them, not its siblings (issue 9, w33)
            if found.marked == "markdown":
                under = found.level
            elif found.marked == "item":
                found.level += under
            headings.append(found)
            top = int(found.number) if found.number and found.number.isdigit() else top
        headings.extend(run_in)
        top = next((int(h.number) for h in reversed(run_in) if h.number.isdigit()), top)
    return _with_title(text, headings)


_TITLE_LINES = 3  # a title a PDF page wraps: 'Service Level Agreement between Information Technology\nServices and ...'
_CONTENTS_TITLE = re.compile(r"(?:table\s+of\s+)?contents$|index$", re.I)
_NOT_TITLE = re.compile(r"[.;:!?,](?:\s|$)|\||^\W")  # a sentence, a label, a table row, a list mark, emphasis


def _with_title(text: str, headings: list[HeadingHint]) -> list[HeadingHint]:
    """The document's title, the lines in title case (or capitals) it opens with, before any numbered clause, as the
    heading the whole text sits under: a PDF or a Word file reads 'Service Level Agreement ...' where its Markdown
    source reads '# Service Level Agreement ...', and the clauses under it (untitled ones take its type) alike."""
    lines, offset = [], 0
    for line in text.splitlines(keepends=True):
        raw = line.strip()
        if not raw and not lines:
            offset += len(line)
            continue
        words = raw.split()
        if not raw or len(lines) == _TITLE_LINES or not 1 <= len(words) <= 12 or _NOT_TITLE.search(raw) \
                or _MD_HEADING.match(raw) or _NUMBERED.match(raw) or _PART.match(raw) or not is_title_like(words):
            break
        lines.append((offset, offset + len(line.rstrip("\r\n")), raw))
        offset += len(line)
    if not lines or lines[-1][1] >= len(text.rstrip()) or _CONTENTS_TITLE.match(lines[0][2]):
        return headings  # no title, nothing under it, or a contents list's ('Contents\n1. Definitions\n2. ...')
    start, end = lines[0][0], lines[-1][1]
    if any(h.start < end for h in headings):
        return headings  # a heading before it or in it: a line in capitals is read as one already
    title = HeadingHint(start, end, 0, None, " ".join(raw for _, _, raw in lines).rstrip(":."), end + 1)
    return [title, *headings]


def _run_in_headings(raw: str, start: int, top: int, own: re.Match | None) -> list[HeadingHint]:
    """Clauses run into a line: numbered or lettered ones after a sentence's end, each with its short
    title (a top-level one, "9. Term. ...", only a little after the latest: not an item of a list); the
    first sub-clause of the line's own clause right after its title; an article or a schedule in capitals
    inside a long line."""
    found = []
    if own is not None and (sub := re.compile(_SUB_AFTER_TITLE.format(own.group("num"))).search(raw, own.end())):
        between, title = raw[own.end():sub.start()].split(), _CLAUSE.match(raw, sub.start("start"))
        if 0 < len(between) <= 12 and is_title_like(between) and not re.search(r"[.;:!?](?:\s|$)", " ".join(between)):
            if title and _titled(title, top):  # one title between, in words that can be one
                found.append(_hint(raw, start, title))
            elif sub.group("num"):
                found.append(HeadingHint(start + sub.start("start"), start + sub.end(), sub.group("num").count(".") + 1,
                                         sub.group("num"), "", start + sub.end()))
    skip = found[0].end - start if found else 0
    for gap in _GAP.finditer(raw, skip):
        match = _CLAUSE.match(raw, gap.end()) if not found or gap.end() >= found[-1].end - start else None
        if match and _titled(match, top):
            found.append(_hint(raw, start, match))
            top = int(match.group("num")) if (match.group("num") or "").isdigit() else top
    if len(raw) > RUN_ON_LINE and any(kind in raw for kind in _PARTS):
        for match in _RUN_IN_PART.finditer(raw, skip):
            before = raw[max(0, match.start() - 80):match.start()].rstrip()  # a window: a long line is read once
            if (not before or before.isdigit() and match.start() <= 80
                    or before.endswith(_SENTENCE_END) and match.group("title").strip()):
                kind, title_end = match.group("kind").capitalize(), start + match.end("title")
                found.append(HeadingHint(start + match.start("kind"), title_end, int(kind == "Article"),
                                         f"{kind} {match.group('num')}", match.group("title").strip(" .:"), title_end + 1))
        found.sort(key=lambda h: h.start)
    return found


_VERB = re.compile(r"\b(?:shall|must|will|may|is|are|was|were|has|have|does|means|agrees?|acknowledges?|hereby)\b")


def _titled(match: re.Match, top: int) -> bool:
    """A clause run in with a title (a short one, in Title Case or capitals, without a verb: not "(b) Each Party
    agrees:"; a top-level number a little after the latest, a title in capitals when its first sub-clause follows it)."""
    words, number = match.group("title").split(), match.group("num")
    return (len(words) <= 8 and is_title_like(words) and not _VERB.search(match.group("title"))
            and not (number and number.isdigit() and not top < int(number) <= top + 3)
            and (match.group("sub") is None or match.group("title").isupper()))


def _hint(raw: str, start: int, match: re.Match) -> HeadingHint:
    number = match.group("num") or match.group("letter")
    title_end = start + match.end("title")
    return HeadingHint(start + match.start("start"), title_end, number.count(".") + 1, number,
                       match.group("title").strip(), title_end + 1)


def _heading_of_line(raw: str, start: int, end: int, list_counters: list[tuple[int, int]],
                     before: str = "") -> HeadingHint | None:
    """The heading a line is, if any; `before`: the line right above it ('' after a blank line)."""
    if "...." in raw or "……" in raw:
        return None  # a table-of-contents line, not the section itself
    md = _MD_HEADING.match(raw)
    if md:
        title = md.group(2).strip()
        numbered = _NUMBERED.match(title)
        number = None
        if numbered and numbered.group("rest"):
            number, title = numbered.group("num"), numbered.group("rest").strip()
        part = _PART.match(title)
        if number is None and part and part.group("kind").capitalize() in ("Article", "Part") and part.group("rest"):
            # "## ARTICLE 1 — DEFINITIONS" as the same line in a PDF or a Word file reads: 'Article 1', its clauses under it
            number, title = f"{part.group('kind').capitalize()} {part.group('num')}", part.group("rest").strip()
        list_counters.clear()  # a heading ends any list above it
        return HeadingHint(start, end, len(md.group(1)), number, title.rstrip(".:"), marked="markdown")

    item = _MD_LIST_ITEM.match(raw)
    if item and (item.group(1) or raw.lstrip().startswith(tuple("0123456789"))):
        indent = len(item.group(1).expandtabs(4))
        while list_counters and list_counters[-1][0] > indent:
            list_counters.pop()
        if list_counters and list_counters[-1][0] == indent:
            list_counters[-1] = (indent, list_counters[-1][1] + 1)
        else:
            list_counters.append((indent, int(item.group(2))))
    else:
        item = None

    part = _PART.match(raw)
    if part and (part.group("kind")[0].isupper()) and not _wrapped_reference(before, part.group("rest")):
        rest = part.group("rest").strip()
        if len(rest.split()) <= 14 and not rest.endswith((",", ";")):
            kind = part.group("kind").capitalize()
            level = 1 if kind in ("Article", "Part") else 0
            return HeadingHint(start, end, level, f"{kind} {part.group('num')}", rest.rstrip(".:"))

    numbered = _NUMBERED.match(raw)
    if numbered and numbered.group("sep") and (before.rstrip()[-1:] in _MID_SENTENCE or not numbered.group("rest")[0].isalpha()):
        return None  # '... as set out in\nClause 8 - Backups': a reference a PDF wrapped to a line's start; 'Clause 8 - 1 May
    if numbered:
        number = numbered.group("num")
        top = int(number.split(".")[0])
        if item is not None and len(list_counters) > 1:
            # Markdown renders nested "1." items as 1.1, 1.2 ...: rebuild that number
            number = ".".join(str(n) for _, n in list_counters)
        if (numbered.group("dot") or "." in number or numbered.group("word") or item is not None) and top < 100:
            title = _short_title(numbered.group("rest"))
            level = number.count(".") + 1 if item is None else len(list_counters)
            marked = "item" if item is not None else ""
            if title:
                words, only_heading = title
                body_start = end if only_heading else start + raw.find(words) + len(words) + 1
                return HeadingHint(start, end, level, number, words, min(body_start, end), marked)
            if item is not None or "." in number:
                # A numbered clause without a title is still a citable section
                return HeadingHint(start, end, level, number, "", start + raw.find(numbered.group("rest")), marked)
        elif top < 100 and not before.strip() and _caps_heading(numbered.group("rest")):
            # a top-level number without its dot before a title in capitals, alone after a blank line, as Nordic and UK
            # drafting numbers its clauses ('1  THE PARTIES', '2 DEFINITIONS AND INTERPRETATION'; issue 9, w34)
            return HeadingHint(start, end, 1, number, " ".join(numbered.group("rest").split()).rstrip(":."))
        return None

    worded = _word_numbered(raw, start, end)
    if worded:
        return worded
    if _caps_heading(raw):
        return HeadingHint(start, end, 1, None, " ".join(raw.split()).rstrip(":."))
    return None


_MID_SENTENCE = frozenset("abcdefghijklmnopqrstuvwxyz,")  # the last character of a line that ends mid-sentence


def _wrapped_reference(before: str, rest: str) -> bool:
    """'... are set out in\nSchedule C (Pricing), which the parties sign.': a reference a PDF wrapped onto the start of a
    line, the sentence above running into it, its words no title; not 'Schedule C - Pricing' after a sentence's end."""
    words = rest.split()
    return before.rstrip()[-1:] in _MID_SENTENCE and bool(words) and not is_title_like(words)


def typed_clauses(text: str, plain: list[tuple[int, int]]) -> list[HeadingHint]:
    """The clauses typed into a Word document's body paragraphs ("5.2 The Supplier shall ...", "... 8.4 Fees.
    The Customer ...", "(b) Costs. ..."): Word knows them only as text, so they are read off the lines as in a
    plain-text or Markdown file (over the whole text, so that a clause number follows the headings before it),
    and kept where they stand in such a paragraph (`plain`: their spans, in order)."""
    starts = [start for start, _ in plain]
    found = []
    for hint in detect_headings(text):
        at = bisect.bisect_right(starts, hint.start) - 1
        if at >= 0 and hint.start < plain[at][1]:
            hint.marked = hint.marked or "text"
            found.append(hint)
    return found


def build_sections(text: str, hints: list[HeadingHint] | None = None) -> list[Section]:
    """The section tree."""
    headings = list(hints) if hints is not None else detect_headings(text)
    headings.sort(key=lambda h: h.start)
    roots: list[Section] = []
    if not headings or headings[0].start > 0:
        first = headings[0].start if headings else len(text)
        if text[:first].strip():
            roots.append(Section(None, "", 0, 0, first, 0))
    stack: list[Section] = []
    level_of_number: dict[str, int] = {}  # the level of the latest heading with each clause number
    items: set[int] = set()  # the sections that are items of a Markdown list, or unmarked lines in capitals
    for h in headings:
        level = h.level
        parent_number = h.number.rsplit(".", 1)[0] if h.number and "." in h.number else None
        if (hints is None or h.marked == "text") and h.number and h.number.startswith("("):
            level = _lettered_level(h.number, stack)
        elif parent_number in level_of_number:
            # "2.1" belongs to "## 2. Roles": deeper than it, whatever level its own line gives it
            level = max(level, level_of_number[parent_number] + 1)
        elif parent_number:
            # "10.2" whose "10." heading the filing lost is no part of "6 Confidentiality": its sibling
            holder = next((s for s in reversed(stack) if s.level < level), None)
            if (holder is not None and holder.number and _CLAUSE_NUMBER.fullmatch(holder.number)
                    and not (parent_number + ".").startswith(holder.number + ".")):
                level = holder.level
        if h.number:
            level_of_number[h.number] = level
            kind, _, numeral = h.number.partition(" ")
            if kind in ("Article", "Part") and numeral.isdigit():
                level_of_number[numeral] = level  # "1.1" belongs to "Article 1"
        section = Section(h.number, h.title, level, h.start, len(text), h.text_start)
        # a '#' heading is never a part of a list item above it (the entries of a contents list), nor of a line in
        # bold or capitals the Markdown does not mark as a heading ('**BACKGROUND**' over '## 1. DEFINITIONS')
        while stack and (stack[-1].level >= level or (h.marked == "markdown" and id(stack[-1]) in items)):
            stack.pop()
        (stack[-1].children if stack else roots).append(section)
        stack.append(section)
        if h.marked == "item" or hints is None and not h.marked and h.number is None:
            items.add(id(section))
    _close_spans(roots, len(text))
    return roots


def _lettered_level(label: str, stack: list[Section]) -> int:
    """A lettered clause read off the text: the sibling of the latest open one of its style, else under the clause
    it runs in ("(a)" under "9.2", "(i)" under "(b)"; "(i)" after "(h)" is a letter)."""
    roman = bool(_ROMAN.fullmatch(label)) and not (len(label) == 3 and stack and stack[-1].number == f"({chr(ord(label[1]) - 1)})")
    same = next((s for s in reversed(stack) if (s.number or "").startswith("(") and bool(_ROMAN.fullmatch(s.number)) == roman), None)
    return same.level if same else stack[-1].level + 1 if stack else 1


def _close_spans(sections: list[Section], limit: int) -> None:
    """A section ends where its next sibling starts, or where its parent ends."""
    for i, section in enumerate(sections):
        section.end = sections[i + 1].start if i + 1 < len(sections) else limit
        _close_spans(section.children, section.end)
