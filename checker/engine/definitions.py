"""Terms a document defines: '"Term" means', '(the "Term")', 'hereinafter "Term"', a Definitions line 'Term means',
'Term (as defined in the MSA)', a role label 'PROVIDER:' and a key-terms table row; the forms a term takes in use.

Read by the drafting kinds (undefined and unused terms) and by engine/references.py (a term defined only by a
pointer to a part the package lacks); with the scanning helpers they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.engine.context import AnalysedDocument, Package, cached
from checker.nlp.parties import LABEL_WORDS


def matches_from(pattern: re.Pattern, text: str, starts):
    """What `pattern.finditer(text)` yields, trying the pattern only at the ascending offsets
    `starts`. The same matches whenever every match begins at one of those offsets (and none is
    empty); much faster when the pattern opens with an assertion or a repeated word, which re
    tries at every offset of the text, and a cheap scan finds where it can start."""
    resume = 0
    for start in starts:
        if start >= resume:
            match = pattern.match(text, start)
            if match:
                yield match
                resume = match.end()  # as finditer: the next match begins after this one


def offsets_in(finder: re.Pattern, text: str, stretches) -> list[int]:
    """The ascending start offsets of `finder`'s matches (single characters) inside the
    (start, end) stretches, which may overlap."""
    offsets, done = [], 0
    for start, end in sorted(stretches):
        start = max(start, done)
        if start < end:
            offsets.extend(m.start() for m in finder.finditer(text, start, end))
            done = end
    return offsets


def line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


# ---------------------------------------------------------------- defined terms

# a capitalised term: "Services", "Business Day", "Statement of Work", "Customer Data"; in quotes
# it may wrap onto the next line of a PDF
_WORD = r"[A-Z0-9][\w&.\u2019'-]*"
_SMALL = r"(?:of|and|or|for|to|the|in|on|by|a|an|&)"
TERM = _WORD + r"(?:\s+(?:" + _WORD + "|" + _SMALL + r")){0,6}"
_QUOTED = re.compile(r"[\"\u201c]\s*(" + TERM + r")\s*[\"\u201d]|\u2018(" + TERM.replace("\u2019'", "") + r")\u2019")
# '"Personal Data", "Controller" and "Processor" have the meanings given in the UK GDPR'
_MORE_QUOTED = re.compile(r"(?:(?:\s*(?:,|\bor\b|\band\b)\s*)+[\"\u201c\u2018][^\"\u201d\u2019\n]{1,60}(?:\n[^\"\u201d\u2019\n]{1,40})?[\"\u201d\u2019])+")
_THE_BEFORE = re.compile(r"\b(?:The|the)\s+$")
_MEANS = re.compile(r"\s*(?:\([^)]{0,60}\)\s*)?[,:]?\s*(?:shall\s+|will\s+|also\s+)?"
                    r"(?:means?|mean\b|has\s+the\s+meaning|have\s+the\s+meanings?|refers?\s+to|includes?|is\s+defined|are\s+defined)\b")
_PAREN = re.compile(r"\(([^()]{1,240})\)")
_PAREN_LEAD = re.compile(r"^\s*(?:(?:the|each|a|an|both|collectively|together|jointly|individually|hereinafter|"
                         r"herein|referred|to|as|called|or|and|any|all|such|further|respectively|being|"
                         r"below|above|the\s+term)[\s,;:]*)*[\"\u201c\u2018]")
_HEREINAFTER = re.compile(r"\bhereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?[\"\u201c\u2018]", re.I)
_LINE_DEFINITION = re.compile(
    r"[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+|\([a-z0-9]{1,4}\)[ \t]+|[a-z]\.[ \t]+|[-*\u2022][ \t]+)?(" + _WORD + r"(?:[ \t]+(?:"
    + _WORD + "|" + _SMALL + r")){0,6})[ \t]*(?::[ \t]*|[ \t]+)(?:shall[ \t]+)?(?:means|mean|has[ \t]+the[ \t]+meaning|refers[ \t]+to)\b")
_LINE_CUE = re.compile(r"mean|refers")  # what every _LINE_DEFINITION match holds
_DEFINED_ELSEWHERE = r"(?:as\s+(?:such\s+term\s+is\s+)?defined\s+(?:in|under|by)|has\s+the\s+meaning\s+given)"
_AS_DEFINED = re.compile(r"(" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,4})['\u2019]?s?\s*\(?\s*" + _DEFINED_ELSEWHERE)
_AS_DEFINED_CUE = re.compile(_DEFINED_ELSEWHERE)
_WORD_START = re.compile(r"[A-Z0-9]")


_ROLE_LABEL = re.compile(r"(?:^|\n|\| )[ \t]*(?i:(" + LABEL_WORDS + r"))[ \t]*:")
_TABLE_LABEL = re.compile(r"[A-Z][\w-]*(?:[ \t]+(?:[A-Z][\w-]*|of|and|or|for|to|the|in|on)){0,5}")


@dataclass(frozen=True)
class Definition:
    term: str
    start: int  # span of the term where it is defined
    end: int
    how: str  # "means" | "parenthetical" | "quoted" | "line" | "external" | "label" (a table row, "CUSTOMER:")


def definitions(document: AnalysedDocument) -> list[Definition]:
    """Every term the document defines: '"Term" means', '(the "Term")', 'hereinafter "Term"',
    a Definitions line 'Term means', and 'Term (as defined in the MSA)'."""
    return cached(document, "definitions", lambda: _definitions(document))  # several rules ask


def _definitions(document: AnalysedDocument) -> list[Definition]:
    text = document.text
    found: dict[tuple[int, int], Definition] = {}

    def add(term, start, end, how):
        term = " ".join(term.split()).strip(" .,;:")
        if term and term[0].isupper() and len(term) > 1 and (start, end) not in found:
            found[(start, end)] = Definition(term, start, end, how)

    for paren in _PAREN.finditer(text):
        if _PAREN_LEAD.match(paren.group(1)):
            for match in _QUOTED.finditer(text, paren.start(1), paren.end(1)):
                group = 1 if match.group(1) is not None else 2
                add(match.group(group), match.start(group), match.end(group), "parenthetical")
    quoted = list(_QUOTED.finditer(text))
    for i, match in enumerate(quoted):
        group = 1 if match.group(1) is not None else 2
        term, start, end = match.group(group), match.start(group), match.end(group)
        listed = _MORE_QUOTED.match(text, match.end())
        if _MEANS.match(text, listed.end() if listed else match.end()):
            add(term, start, end, "means")
            for j in range(i + 1, len(quoted)):  # the rest of the list: '"A", "B" and "C" have the meanings'
                other = quoted[j]  # (indexed: a slice of the rest per term was quadratic)
                if listed is None or other.start() >= listed.end():
                    break
                g = 1 if other.group(1) is not None else 2
                add(other.group(g), other.start(g), other.end(g), "means")
        elif _HEREINAFTER.search(text, max(0, match.start() - 40), match.start() + 1):
            add(term, start, end, "parenthetical")
        elif _THE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            add(term, start, end, "quoted")  # 'The "At-Risk Amount" for any month is ...'

    for start in sorted({line_start(text, cue.start()) for cue in _LINE_CUE.finditer(text)}):  # only lines that can match
        end = text.find("\n", start)
        match = _LINE_DEFINITION.match(text, start, len(text) if end < 0 else end)
        if match:
            add(match.group(1), match.start(1), match.end(1), "line")
    for match in _as_defined(text):
        add(match.group(1), match.start(1), match.end(1), "external")
    for match in _ROLE_LABEL.finditer(text):  # "PROVIDER: Northwind IT Ltd" names the party
        role = match.group(1)
        add(" ".join(w.capitalize() for w in role.split()), match.start(1), match.end(1), "label")
    for table in document.document.tables:
        if table.start is None:
            continue
        for row in table.rows:
            label = " ".join(row[0].split()) if len(row) > 1 and any(c.strip() for c in row[1:]) else ""
            if _TABLE_LABEL.fullmatch(label):
                at = text.find(label, table.start, table.end)
                if at >= 0:
                    add(label, at, at + len(label), "label")  # a key-terms row: "Cap Amount | $1,000,000"
    return sorted(found.values(), key=lambda d: d.start)


def _as_defined(text: str):
    """_AS_DEFINED.finditer(text), tried only on the line before each 'as defined in' (the
    term is on one line; the space and bracket after it may run over lines)."""
    stretches = []
    for cue in _AS_DEFINED_CUE.finditer(text):
        back = cue.start()
        while back and (text[back - 1].isspace() or text[back - 1] == "("):
            back -= 1
        stretches.append((line_start(text, max(back - 1, 0)), cue.end()))
    return matches_from(_AS_DEFINED, text, offsets_in(_WORD_START, text, stretches))


def variants(term: str) -> set[str]:
    """The forms a defined term takes in use: plural, singular, possessive."""
    forms = {term}
    if term.endswith("ies"):
        forms.add(term[:-3] + "y")
    elif term.endswith("ses") or term.endswith("xes"):
        forms.add(term[:-2])
    elif term.endswith("s") and not term.endswith("ss"):
        forms.add(term[:-1])
    if term.endswith("y") and not term.endswith(("ay", "ey", "oy", "uy")):
        forms.add(term[:-1] + "ies")
    elif term.endswith(("s", "x", "ch", "sh")):
        forms.add(term + "es")
    else:
        forms.add(term + "s")
    return forms


def defined_forms(package: Package) -> set[str]:
    """Every form of every term defined anywhere in the package."""
    forms: set[str] = set()
    for document in package.documents:
        for definition in definitions(document):
            forms |= variants(definition.term)
    return forms
