"""What the drafting-hygiene kinds share (placeholders, undefined_terms, unused_definitions,
cross_references, number_words, party_names, signature_blanks).

A hygiene rule reads the whole package, not the best document: a slip in any file is a slip,
and a term defined in the MSA may be used in its SLA, a Schedule cited by the MSA may be its
own file. It reports every slip it finds: `met` = clean, `weak` = slips found, one piece of
evidence per slip (its exact span, so a report can show it in its sentence). It never says
`missing`: a document without slips is clean, not lacking something.

Hygiene rules take their options as scalar `params` (so a playbook can retune them); each
kind declares the ones it reads, with their types and defaults (`params_spec`), and rejects any
other. How it names what it finds (`noun`, `clean`) and what it checks (its module docstring's
first paragraph) serve the finding's message and `checker rules show`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache

from checker.engine.context import AnalysedDocument, Package, SpanSet, cached
from checker.engine.finder import Passage
from checker.engine.kinds.base import Kind, Outcome
from checker.engine.kinds.options import Flag, Whole
from checker.nlp.parties import CUSTOMER_ROLE_WORDS, LABEL_WORDS, PROVIDER_ROLE_WORDS

MAX_EVIDENCE = 60  # slips given as evidence; checker/reasons.py names the first few in the message


@dataclass
class Slip:
    start: int  # the slip's span in Document.text
    end: int
    what: str  # how the message names it: "'[TBD]' left in"


class HygieneKind(Kind):
    statuses = ("met", "weak")  # a clean document is met; nothing is ever missing
    concludes = "package"
    met_means_clean = True
    params_spec: dict[str, tuple[type, object]] = {}  # name -> (type, default): declared in `params`
    noun = ("slip", "slips")
    clean = "no drafting slips found"

    @property
    def params(self) -> dict:
        return {key: (Flag if kind is bool else Whole)(default=default) for key, (kind, default) in self.params_spec.items()}

    @property
    def summary(self) -> str:
        """The first paragraph of the kind's module docstring, without its "`name`: " label."""
        doc = (sys.modules[type(self).__module__].__doc__ or "").split("\n\n")[0]
        return " ".join(doc.split()).removeprefix(f"`{self.name}`: ")

    def compile(self, rule: dict, params: dict):
        """The declared params as this rule sets them, defaults filled in."""
        return {key: params.get(key, option.default) for key, option in self.params.items()}

    def describe(self, rule: dict, params: dict) -> list[str]:
        return [self.summary[:1].upper() + self.summary[1:],
                f"Reads every document of the package: met when it finds none ({self.clean}); weak when it "
                "finds any, each one quoted as evidence; never missing."]

    def slips(self, spec: dict, document: AnalysedDocument, package: Package) -> list[Slip]:
        raise NotImplementedError

    def check_package(self, spec, params, package) -> Outcome:
        passages, named = [], []
        several = len(package.documents) > 1
        for document in package.documents:
            for slip in sorted(self.slips(spec, document, package), key=lambda s: (s.start, s.end)):
                section = document.section_at(slip.start)
                passages.append(Passage(document, slip.start, slip.end, slip.start, slip.end, "pattern", section))
                named.append(slip.what + _where(document, section, several))
        if not passages:
            return Outcome("met", "clean", {"clean": self.clean})
        return Outcome("weak", "slips", {"noun": list(self.noun), "slips": named}, passages[:MAX_EVIDENCE])


def _where(document: AnalysedDocument, section, several: bool) -> str:
    parts = []
    if several:
        parts.append(document.document.name or document.document.path)
    if section is not None and (section.number or section.heading):
        parts.append(f"§{section.number}" if section.number else section.heading[:40])
    return f" ({', '.join(parts)})" if parts else ""


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def line_spans(text: str):
    """(start, end) of every line of the text."""
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def heading_spans(document: AnalysedDocument) -> list[tuple[int, int]]:
    return [(s.start, s.body_start) for s in document.sections if s.body_start > s.start]


def joins_word(char: str) -> bool:
    """A character that continues a word: a term next to it is part of a longer word."""
    return char.isalnum() or char in "_-"


def whole_word_positions(text: str, term: str) -> list[int]:
    """Where `term` stands in `text` as whole words, found with str.find (a regex with
    lookbehinds cannot search for its literal prefix). A line break counts as the space
    it stands for: a PDF wraps "Personal Data" / "Breach" across two lines."""
    text = unwrapped(text)
    positions, at = [], text.find(term)
    while at >= 0:
        end = at + len(term)
        if not joins_word(text[at - 1] if at else " ") and not joins_word(text[end] if end < len(text) else " "):
            positions.append(at)
        at = text.find(term, at + 1)
    return positions


@lru_cache(maxsize=4)
def unwrapped(text: str) -> str:
    """The text with each line break (and tab) read as a space: same length, same offsets.
    (str.replace, not str.translate: ten times faster on a contract.)"""
    return text.replace("\n", " ").replace("\t", " ").replace("\r", " ")


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


# ---------------------------------------------------------------- parties

PROVIDER_ROLES = tuple(w.upper() if w == "msp" else w.title() for w in PROVIDER_ROLE_WORDS)  # "Service Provider", "MSP"
CUSTOMER_ROLES = tuple(w.title() for w in CUSTOMER_ROLE_WORDS)
ROLE_WORDS = frozenset(PROVIDER_ROLES + CUSTOMER_ROLES)

_SUFFIX = (r"(?:Ltd\.?|LTD\.?|Limited|LIMITED|LLC|L\.L\.C\.|Inc\.?|INC\.?|Incorporated|INCORPORATED|plc|PLC|LLP|"
           r"L\.P\.|LP|P\.C\.|GmbH|AG|S\.A\.|SAS|B\.V\.|N\.V\.|Pty\.?\s+Ltd\.?|Corp\.?|CORP\.?|Corporation|CORPORATION|Co\.|CO\.)")
COMPANY = re.compile(r"((?:(?:[A-Z][\w&'\u2019.-]*|&)[ \t]+){0,4}[A-Z][\w&'\u2019.-]*),?[ \t]+" + _SUFFIX + r"(?![\w])")
_SUFFIX_AT = re.compile(_SUFFIX + r"(?![\w])")
_NAME_START = re.compile(r"[A-Z&]")
_NAME_LEAD_WORDS = {"the", "this", "that", "and", "between", "by", "of", "for", "on", "behalf", "signed", "name",
                    "company", "party", "parties", "agreement", "with", "from", "to", "in", "witness", "whereof",
                    "executed", "duly", "authorised", "authorized", "provider", "customer", "client", "supplier",
                    "dated", "date", "made", "entered", "into", "is", "it", "its"}


@lru_cache(maxsize=16)  # several rules ask for the same text
def company_names(text: str) -> tuple[tuple[str, int, int], ...]:
    """(name, start, end) of every legal entity name: 'Northwind IT Ltd', 'HARBOUR FOODS PLC'."""
    return tuple(_iter_company_names(text))


def _company_matches(text: str):
    """COMPANY.finditer(text), tried only on the lines that hold a suffix (a name and its
    suffix share a line)."""
    stretches = [(line_start(text, m.start()), m.end()) for m in _SUFFIX_AT.finditer(text)]
    return matches_from(COMPANY, text, offsets_in(_NAME_START, text, stretches))


def _iter_company_names(text: str):
    for match in _company_matches(text):
        words = match.group(1).split()
        if words and words[-1].rstrip(".").upper() in ("LTD", "LIMITED", "INC", "CORP", "LLC", "PLC"):
            continue  # the suffix itself taken as the last word: a lazy match of a longer name
        while words and words[0].lower().strip(".,:;") in _NAME_LEAD_WORDS:
            words = words[1:]
        if not words:
            continue
        name = " ".join(words) + text[match.end(1):match.end()].replace("\t", " ")
        yield " ".join(name.split()), text.rfind(words[0], match.start(), match.end(1)), match.end()
