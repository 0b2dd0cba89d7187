"""`undefined_terms`: capitalised terms used as defined terms ("the Service Desk", "any
Change Request") that no document of the package defines.

A use is a capitalised phrase after a determiner in mid-sentence ("the", "any", "such",
"each" ...); it counts as a term when it occurs at least `min_uses` times. Not terms: words
that structure a contract (Agreement, Section, Schedule ...), months, days, places, names of
laws and agreements ("the Data Protection Act", "the Order Form Agreement"), job titles and
offices ("the Practice Administrator", "the Information Commissioner"), labels followed by a
number ("Priority 1"), a heading's own words ("the Service Levels" where "Service Levels" is a
heading), proper names ("the Azure charge" where "Microsoft Azure" is written), the parties'
names, and party role words once the parties are defined (`party_names` reads those).

A document that gives the terms it does not define the meanings another agreement gives them
("Capitalized terms used but not defined herein have the meanings given in the Asset Purchase
Agreement", "terms defined in the Master Agreement have the same meanings here") defines them by
reference: unless the package holds that agreement (its terms are then read), its terms are not
slips, and the finding says where they are defined.

  params:
    min_uses: 2
"""

from __future__ import annotations

import re
from functools import lru_cache

from checker.engine.finder import Passage
from checker.engine.kinds.base import Outcome
from checker.engine.definitions import defined_forms, definitions
from checker.engine.kinds.drafting import (ROLE_WORDS, HygieneKind, Slip, SpanSet, cached, company_names, heading_spans, times,
                                           whole_word_positions)
from checker.engine.references import holds_document, incorporated_definitions
from checker.matching import Found

_CAP = r"[A-Z][a-z][\w-]*"
_DETERMINERS = ("the", "this", "that", "these", "those", "such", "any", "each", "all", "every", "no", "its", "their",
                "our", "your", "other")
_USE = re.compile(
    rf"\b(?:{'|'.join(_DETERMINERS)})\s+(?P<term>{_CAP}(?:\s+(?:of\s+)?{_CAP}){{0,4}})"
    r"(?P<after>['\u2019]s\b|\s+(?:\d|[IVX]+\b))?"
)
_NOT_TERMS = frozenset("""
Agreement Agreements Contract Section Sections Clause Clauses Schedule Schedules Exhibit Exhibits Annex Annexes
Appendix Appendices Article Articles Attachment Attachments Part Parts Paragraph Paragraphs Recital Recitals Table
Figure Preamble Party Parties Act Acts Regulation Regulations Directive Code Rules Internet Web Monday Tuesday
Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October
November December United States Kingdom European Union Economic Area England Wales Scotland Ireland Northern
English British American Federal Commonwealth Court Courts Government State Republic Province County City
Mr Mrs Ms Dr Inc Ltd Limited Company
""".split())
# the last word of a name that is not a defined term: an instrument, a law, an office or a job
_LAST_NOT_TERM = frozenset("""
Agreement Act Regulation Regulations Directive Code Order Rules Convention Treaty Framework Standard Standards
Manager Administrator Officer Director Executive President Head Lead Representative Coordinator Engineer Architect
Counsel Secretary Commissioner Commission Authority Authorities Ombudsman Court Tribunal Committee Board Council Panel
""".split())


class UndefinedTermsKind(HygieneKind):
    name = "undefined_terms"
    params_spec = {"min_uses": (int, 2)}
    noun = ("capitalised term used but never defined", "capitalised terms used but never defined")
    clean = "every capitalised term used as a defined term is defined"

    def evaluate(self, spec, params, package) -> Outcome:
        outcome = super().evaluate(spec, params, package)
        referred = [(d, m) for d in package.documents if (m := _defined_elsewhere(d, package))]
        if outcome.status != "met" or not referred:
            return outcome
        document, match = referred[0]
        source = " ".join(match.group("source").split())
        passage = Passage(document, match.start(), match.end(), match.start(), match.end(), "pattern",
                          document.section_at(match.start()))
        return Outcome("met", "clean_incorporated", {"clean": self.clean, "source": source}, [passage])

    def slips(self, spec, document, package):
        text = document.text
        if _defined_elsewhere(document, package):
            return []  # its terms are defined in an agreement the package does not hold
        defined = defined_forms(package)
        roles_defined = bool(defined & ROLE_WORDS)
        headings = {sec.heading.lower() for doc in package.documents for sec in doc.sections if sec.heading}
        names = " ".join(name for doc in package.documents for name, _, _ in company_names(doc.text))
        section_starts = {s.start for s in document.sections}
        skip_spans = SpanSet(heading_spans(document) + [(d.start, d.end) for d in definitions(document)])
        first: dict[str, int] = {}
        verdicts: dict[str, bool] = {}  # a term is judged once, however often it is used
        for match in _USE.finditer(text):
            if match.group("after") and not match.group("after")[0] in "'\u2019":
                continue  # "Priority 1", "Phase II": a label with a number
            term = _one_paragraph(match.group("term"), match.start("term"), document.document.format, section_starts)
            if match.start("term") in skip_spans or term in first:
                continue
            if term not in verdicts:
                verdicts[term] = self._is_term(term, defined, roles_defined, headings, names, text)
            if verdicts[term]:
                first[term] = match.start("term")
        found = []
        flat = " ".join(text.split())  # terms are counted across line breaks: one space between words
        for term, start in first.items():
            uses = len(whole_word_positions(flat, term))
            if uses >= spec["min_uses"]:
                found.append(Slip(start, start + len(term), f"'{term}' (used {times(uses)})"))
        return found

    @staticmethod
    def _is_term(term, defined, roles_defined, headings, names, text) -> bool:
        words = term.split()
        if term in defined or any(part in defined for part in term.split(" of ")):
            return False  # "the Processing of Customer Personal Data": a defined term after "of"
        if words[-1] in _LAST_NOT_TERM or all(w in _NOT_TERMS or w == "of" for w in words):
            return False
        if words[0] in _NOT_TERMS and "of" in words:
            return False  # "the State of Oregon", "the Courts of England"
        if roles_defined and term in ROLE_WORDS:
            return False
        if term.lower() in headings:
            return False
        if len(words) == 1:
            if re.search(rf"\b{re.escape(term)}\b", names):
                return False  # part of a party's name
            if term in _second_words_of_names(text):
                return False  # part of a proper name: "Microsoft Azure", then "the Azure charge"
        return True


def _defined_elsewhere(document, package) -> Found | None:
    """The clause incorporating another agreement's definitions, when the package lacks it."""
    match = cached(document, "incorporated_definitions", lambda: incorporated_definitions(document.text))
    if match is None or holds_document(package, match.group("source"), besides=document):
        return None
    if re.fullmatch(r"(?i)the\s+agreement", match.group("source").strip()) and len(package.documents) > 1:
        return None  # a schedule's or a DPA's "the Agreement", reviewed with other documents: the MSA is here
    return match


# (?<![.!?:;\n])\b[A-Z]..., written to open with [A-Z] (which re scans for fast): the lookbehind
# after the first letter checks the character before it
_NAME_PAIR = re.compile(r"[A-Z](?<![\w.!?:;\n].)[\w-]*[ \t]+(?=([A-Z][\w-]*)\b)")


@lru_cache(maxsize=8)
def _second_words_of_names(text: str) -> frozenset[str]:
    """Words that follow a capitalised word on the same line ("Azure" in "Microsoft Azure"),
    found in one pass instead of one search of the whole text per candidate term."""
    return frozenset(match.group(1) for match in _NAME_PAIR.finditer(text))


def _one_paragraph(term: str, start: int, fmt: str, section_starts: set[int]) -> str:
    """A term does not run on into the next paragraph: in a Word document each line is one;
    elsewhere a line break may be a wrap, but not before a heading or a blank line."""
    if "\n" not in term:
        return " ".join(term.split())
    kept = []
    offset = start
    for piece in term.split("\n"):
        if kept and (fmt == "docx" or not piece.strip() or offset in section_starts):
            break
        kept.append(piece)
        offset += len(piece) + 1
    return " ".join(" ".join(kept).split())


KIND = UndefinedTermsKind()
