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
from checker.engine.definitions import line_start, matches_from, offsets_in
from checker.engine.finder import Passage
from checker.engine.kinds.base import Kind, Outcome
from checker.engine.kinds.options import Flag, Whole
from checker.nlp.parties import CUSTOMER_ROLE_WORDS, PROVIDER_ROLE_WORDS

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
