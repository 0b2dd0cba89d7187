"""`cross_references`: references to sections, clauses, articles, schedules, exhibits, annexes
or appendices that the contract does not contain ("as set out in Section 14.3" when there is
no 14.3). Read against the section tree of every document in the package, so an MSA may cite
the Schedule that is its own file.

A reference to another instrument is not checked: "Section 28 of the GDPR", "Article 28(3)
GDPR", "clause 5 of the Order Form". Section references are checked only in a document whose
numbered sections were found (at least `min_numbered_sections` of them); otherwise missing
numbers would say more about the layout than about the drafting.

  params:
    min_numbered_sections: 2
"""

from __future__ import annotations

import re

from checker.engine.references import package_targets, part_keys
from checker.engine.definitions import line_start, matches_from
from checker.engine.kinds.drafting import HygieneKind, Slip
from checker.matching import TextPattern

_NUM = r"\d{1,3}(?:\.\d{1,3}){0,4}(?:\s?\([a-zA-Z0-9]{1,4}\))*"
_SECTION_REF = re.compile(
    rf"\b(?P<kind>Sections?|Clauses?|Articles?|sections?|clauses?)\s+(?P<list>{_NUM}(?:\s*(?:,|and|or|to|through|-|\u2013)\s*{_NUM})*)(?![\w.]*\w)"
)
_PARTS = r"Schedule|Exhibit|Annex|Appendix|Attachment|SCHEDULE|EXHIBIT|ANNEX|APPENDIX|ATTACHMENT"
_PART_REF = re.compile(rf"\b(?P<kind>{_PARTS})s?\s+(?P<id>\d{{1,3}}|[A-Z]{{1,2}}|[IVXL]{{1,5}})(?![\w.]*\w)")
# how every _SECTION_REF and _PART_REF match opens
_SECTION_WORD = re.compile(r"(?:Section|Clause|Article|section|clause)s?\s+\d")
_PART_WORD = re.compile(_PARTS)
# what follows a reference to another instrument: "of the GDPR", "under the Order Form", "GDPR"
_ELSEWHERE = re.compile(
    r"\s*(?:\([a-zA-Z0-9]{1,4}\)\s*)*(?:"
    r"(?:of|under)\s+(?:the\s+)?(?!(?:this|these|hereof|herein)\b|(?:Agreement|Terms|Schedule|Exhibit|Annex|"
    r"Appendix|Attachment)\b)(?:[A-Z]|[a-z]+\s+[A-Z])"
    r"|(?:GDPR|UK\s+GDPR|HIPAA|CCPA|U\.?S\.?C|CFR|C\.F\.R)\b)"
)
class CrossReferencesKind(HygieneKind):
    name = "cross_references"
    params_spec = {"min_numbered_sections": (int, 2)}
    noun = ("reference to a part that does not exist", "references to parts that do not exist")
    clean = "every cross-reference leads to a part of the contract"

    def slips(self, spec, document, package):
        numbers, parts = package_targets(package)
        own_numbers = sum(1 for s in document.sections if s.number and s.number[0].isdigit())
        text = document.text
        found, cited = [], {}
        about_other: dict = {}  # line or section -> is it about another instrument
        if own_numbers >= spec["min_numbered_sections"]:
            numbers = numbers | {n[:i] for n in numbers for i, c in enumerate(n) if c == "."}  # "3.1" makes "3" exist
            refs = [(m, bool(_ELSEWHERE.match(text, m.end()))) for m in _starting_at(_SECTION_REF, _SECTION_WORD, text)]
            external = {_target(m) for m, elsewhere in refs if elsewhere}
            for match, elsewhere in refs:
                if elsewhere or _target(match) in external or _cites_elsewhere(text, match, document, about_other):
                    continue
                kind = match.group("kind").rstrip("s").capitalize()
                if kind == "Article" and not any(k == "article" for k, _ in parts):
                    continue  # "Article 28" in a contract without Articles cites a regulation
                for ref in re.finditer(_NUM, match.group("list")):
                    base = re.sub(r"\s?\(.*$", "", ref.group(0))
                    top = re.match(r"\d+", base)  # "351(l)": the sub-clause letters are not part of the number
                    if (top is None or int(top.group(0)) >= 100 or base in numbers
                            or (kind == "Article" and ("article", base) in parts)):
                        continue
                    start = match.start() if ref.start() == 0 else match.start("list") + ref.start()
                    _cite(found, cited, f"{kind} {ref.group(0)}", "does not exist", start, match.start("list") + ref.end())
        for match in _starting_at(_PART_REF, _PART_WORD, text):
            if _ELSEWHERE.match(text, match.end()):
                continue
            kind = match.group("kind").capitalize()
            if _cites_elsewhere(text, match, document, about_other):
                continue
            if not part_keys(kind, match.group("id")) & parts:
                _cite(found, cited, f"{kind} {match.group('id')}", "is not in the contract", match.start(), match.end())
        return found


# a paragraph about another instrument: its Clause 17 is not ours
_INSTRUMENT_LINE = TextPattern(r"\b(?:SCCs?|Standard\s+Contractual\s+Clauses|Addendum|GDPR|C\.F\.R|U\.S\.C|CFR|USC|FAR|"
                               r"DFARS?|Regulation\s+\(EU\)|Act\s+\d{4})\b", sentence_window=False, ignore_case=False)
_INSTRUMENT_SECTION = TextPattern(r"\b(?:SCCs?|Standard\s+Contractual\s+Clauses|Addendum)\b", sentence_window=False,
                                  ignore_case=False)


def _target(match) -> str:
    return match.group("kind").rstrip("s").capitalize() + " " + match.group("list")


def _cites_elsewhere(text: str, match, document, about_other: dict) -> bool:
    """Is the reference in a paragraph (or a section) about another instrument? Each line and
    section is read once (`about_other` keeps the answers): a section cites many parts."""
    line_end = text.find("\n", match.end())
    line = ("line", line_start(text, match.start()), len(text) if line_end < 0 else line_end)
    if line not in about_other:
        about_other[line] = bool(_INSTRUMENT_LINE.search(text[line[1]:line[2]]))
    if about_other[line]:
        return True
    section = document.section_at(match.start())
    if section is None:
        return False
    span = (section.start, section.end)
    if span not in about_other:
        about_other[span] = bool(_INSTRUMENT_SECTION.search(text[section.start:section.end]))
    return about_other[span]


def _starting_at(pattern: re.Pattern, opening: re.Pattern, text: str):
    """pattern.finditer(text), tried only where `opening` (the pattern's first words, less
    its leading \\b, which keeps re from scanning for them fast) is found."""
    return matches_from(pattern, text, (m.start() for m in opening.finditer(text)))


def _cite(found: list[Slip], cited: dict[str, list], target: str, problem: str, start: int, end: int) -> None:
    """One slip per missing target, at its first citation, counting the others."""
    if target in cited:
        slip, count = cited[target]
        cited[target][1] = count + 1
        slip.what = f"{target} {problem} (cited {count + 1} times)"
        return
    slip = Slip(start, end, f"{target} {problem}")
    cited[target] = [slip, 1]
    found.append(slip)


KIND = CrossReferencesKind()
