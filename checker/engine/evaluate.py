"""The rule engine: every rule of the rulebook against a contract package -> findings.

The engine loops over rules and asks each rule's kind; it stamps who (rule id, element,
severity) and where (document, page, section). For a package (MSA + SLA + DPA) a rule is
met if any document meets it, and its evidence names that document.
"""

from __future__ import annotations

import functools

from checker.engine.context import Package
from checker.engine.finder import Passage, quote
from checker.engine.kinds import KINDS, Outcome
from checker.findings import SEVERITY_RANK, Evidence, Finding
from checker.matching import TextPattern
from checker.reasons import message
from checker.words import with_params

CONTEXT_CHARS = 160  # how much text either side of a quote a report may show around it


def evaluate(rulebook, package: Package, law: str | None = None) -> list[Finding]:
    """Every enabled rule of a `checker.rulebook.Rulebook` (the rulebook is built on the kinds;
    the engine only reads the rules it is given, so it does not import the rulebook). `law`: the
    family of the contract's governing law (uk, us ..., checker/nlp/jurisdictions.py), which
    decides how each fix is worded (a rule's neutral fix when it has no wording for that law, or
    the law is unknown)."""
    findings = [evaluate_rule(rule, package, law) for rule in rulebook.rules if rule.enabled]
    findings.sort(key=lambda f: (f.category, SEVERITY_RANK[f.severity], f.rule))
    return findings


def evaluate_rule(rule, package: Package, law: str | None = None) -> Finding:
    if rule.applies_when is not None and not _applies(rule, package):
        return _finding(rule, Outcome("not_applicable", "not_applicable"), law)
    try:
        outcome = KINDS[rule.kind].evaluate(rule.spec, rule.params, package)
    except Exception as error:  # noqa: BLE001 - one rule that fails must not take the review with it
        outcome = Outcome("error", "rule_failed", {"error": f"{type(error).__name__}: {error}"})
    if outcome.status == "missing" and law and rule.applies_under and law not in rule.applies_under:
        outcome = Outcome("not_applicable", "not_applicable_law", {"law": law})  # e.g. HIPAA under Australian law
    return _finding(rule, outcome, law)


def _applies(rule, package: Package) -> bool:
    """A condition holds when one of its patterns is mentioned as something the contract
    deals with: not inside a prohibition, exclusion or disclaimer ("Customer shall not upload
    health data", "Prohibited Data includes ...", "the Services do not involve PHI")."""
    return any(not _ruled_out(doc, match.start(), rule.disclaimed)
               for doc in package.documents for pattern in rule.applies_when for match in pattern.finditer(doc.searchable))


# ... or disclaimed: the rulebook's word list `disclaimed` (Rule.disclaimed), which the DATA-HIPAA rule's excludes share.
# Read in the sentence as written: a clause number's dot ends a [^.] window here as any dot does.
_RULED_OUT = TextPattern(r"\bprohibit\w*|\bexclud\w*|\bnot\s+(?:permitted|allowed)\b|\bmust\s+not\b|\bshall\s+not\b"
                         r"|\bwill\s+not\b|\bmay\s+not\b|\bnever\b|\brestricted\s+data\b", sentence_window=False)


# ... but a use limited to what is allowed is a use: "shall not use or disclose PHI other than as permitted"
_USE_OF = TextPattern(r"\b(?:use|disclose|disclosure|process|access)\w*\b[^.]{0,60}$", sentence_window=False)
_OTHER_THAN_AS = TextPattern(r"\b(?:other\s+than|except)\s+(?:as|to\s+the\s+extent|in\s+accordance\s+with)\b",
                             sentence_window=False)


def _ruled_out(doc, offset: int, disclaimed: str) -> bool:
    start, end = doc.sentence_span(offset)
    if _USE_OF.search(doc.text[start:offset]) and _OTHER_THAN_AS.search(doc.text[offset:end]):
        return False
    stance = doc.governing_stance(offset)
    if stance is not None and stance.modality == "prohibition":
        return True
    sentence = doc.text[start:end]
    return bool(_RULED_OUT.search(sentence) or disclaimed and _disclaimer(disclaimed).search(sentence))


@functools.lru_cache(maxsize=4)
def _disclaimer(source: str) -> TextPattern:
    """The rulebook's `disclaimed` list, compiled once per rulebook, not once per mention."""
    return TextPattern(source, sentence_window=False)


def _finding(rule, outcome: Outcome, law: str | None = None) -> Finding:
    return Finding(
        rule=rule.id, element=rule.element, status=outcome.status, severity=rule.severity, title=rule.title,
        category=rule.category,
        message=message(outcome.reason, outcome.detail, rule.title, with_params(rule.why, rule.params)),
        fix=with_params(rule.fixes.get(law, rule.fix), rule.params), measurable=outcome.measurable,
        facts=_facts(outcome), evidence=[_evidence(p) for p in outcome.passages],
        reason=outcome.reason, detail=outcome.detail, met_means_clean=KINDS[rule.kind].met_means_clean,
    )


def _facts(outcome: Outcome) -> list[dict]:
    """The facts, their offsets (a threshold's figure) into the text as extracted, like the evidence's."""
    document = outcome.passages[0].source.document if outcome.passages else None
    if document is None or document.original is None:
        return outcome.facts
    facts = []
    for fact in outcome.facts:
        if "start" in fact and "end" in fact:
            start, end = document.original_span(fact["start"], fact["end"])
            fact = dict(fact, start=start, end=end, text=document.original[start:end])
        facts.append(fact)
    return facts


def _evidence(passage: Passage) -> Evidence:
    document = passage.source.document
    section = passage.section
    quoted = quote(passage)
    end = max(passage.end, passage.quote_end or 0)
    context = _context(document, passage.start, end, quoted)
    start, match_start = passage.start, passage.match_start
    if document.original is not None:  # offsets into the text as extracted
        start, end = document.original_span(start, end)
        match_start = document.original_span(match_start, match_start)[0]
    return Evidence(document=document.name or document.path, page=document.page_at(passage.match_start),
                    section=section.number if section else None, heading=section.heading or None if section else None,
                    start=start, end=end, quote=quoted, context=context, match_start=match_start)


def _context(document, start: int, end: int, quoted: str) -> dict:
    """The words just before and after a quote, within its paragraph (a Word document's line)
    or, elsewhere, within its section; none on a side where the quote was cut short (the text
    there is not next to what the quote shows)."""
    text = document.text
    while end > start and text[end - 1].isspace():  # a passage that runs to the next line's start
        end -= 1
    if document.format == "docx":
        floor, ceiling = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    else:
        section = document.section_at(start)
        floor, ceiling = (section.start, section.end) if section else (0, len(text))
        if (blank := text.rfind("\n\n", floor, start)) >= 0:
            floor = blank + 2
        if (blank := text.find("\n\n", end, ceiling + 1)) >= 0:  # searched up to the ceiling only
            ceiling = blank
    ceiling = len(text) if ceiling < 0 else ceiling
    low, high = max(floor, start - CONTEXT_CHARS), min(ceiling, end + CONTEXT_CHARS)
    words = document.faithful  # as the contract writes them
    before = "" if quoted.startswith("…") or start <= floor else words(low, start)
    after = "" if quoted.endswith("…") or end >= ceiling else words(end, high)
    if low > floor and before:
        before = before.split(None, 1)[-1] if len(before.split()) > 1 else ""  # no half word
    if high < ceiling and after:
        after = after.rsplit(None, 1)[0] if len(after.split()) > 1 else ""
    return {"before": " ".join(before.split()), "after": " ".join(after.split())}
