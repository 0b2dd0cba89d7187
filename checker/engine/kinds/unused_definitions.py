"""`unused_definitions`: terms a document defines and then never uses (in any document of
the package). A leftover definition usually means a clause was cut and its term was not, or
that the clause uses another word for the same thing.

A use is the term (or its plural, singular or possessive) anywhere outside a definition's
own quoted words. A term defined only by reference ("as defined in the MSA") or by a label (a
key-terms table row, "CUSTOMER:") is not counted: labels name things whether or not the text
goes on to use them.
"""

from __future__ import annotations

import re

from checker.engine.kinds.drafting import HygieneKind, Slip, SpanSet, cached, definitions, joins_word, unwrapped, variants


class UnusedDefinitionsKind(HygieneKind):
    name = "unused_definitions"
    noun = ("defined term never used", "defined terms never used")
    clean = "every defined term is used"

    def slips(self, spec, document, package):
        defined = [d for d in definitions(document) if d.how not in ("external", "label")]
        forms = frozenset(form for d in defined for form in variants(d.term))
        used = set().union(*(_uses(other, forms) for other in package.documents)) if forms else set()
        found, reported = [], set()
        for definition in defined:
            if definition.term in reported:
                continue
            if used.isdisjoint(variants(definition.term)):
                reported.add(definition.term)
                found.append(Slip(definition.start, definition.end, f"'{definition.term}' is defined but never used"))
        return found


_WORD = re.compile(r"(?<![\w-])[\w-]+")  # a word as joins_word reads one: letters, digits, '_', '-'
_APOSTROPHES = ("'", "\u2019")


def _uses(document, forms: frozenset[str]) -> set[str]:
    """The forms (of ``forms``) the text uses outside a definition, each a whole word, possibly
    possessive: what the regex "(?:form)(?:['\u2019]s?)?(?![\w-])" finds at a word start, for every
    form in one pass over the words (a pass per term was quadratic: 50,000 definitions took
    minutes). A form is looked for only where a word starts with the form's first word."""
    defined_at = cached(document, "definition_spans", lambda: SpanSet(
        (d.start, d.end) for d in definitions(document) if d.how != "external"))
    by_first: dict[str, set[int]] = {}
    for form in forms:
        first = _WORD.match(form)
        if first is not None and first.start() == 0:
            by_first.setdefault(first.group(), set()).add(len(form))
    lengths = {first: sorted(sizes, reverse=True) for first, sizes in by_first.items()}
    text = unwrapped(document.text)  # a use wrapped across a PDF line is a use
    found: set[str] = set()
    for word in _WORD.finditer(text):
        sizes = lengths.get(word.group())
        if sizes is None:
            continue
        at = word.start()
        for size in sizes:
            form = text[at:at + size]
            if form in forms and form not in found and _ends_word(text, at + size) and at not in defined_at:
                found.add(form)
    return found


def _ends_word(text: str, end: int) -> bool:
    """Does a form ending at ``end`` end a word, with its possessive ("'s", "'") if any?"""
    tails = []
    if text[end:end + 1] in _APOSTROPHES:
        if text[end + 1:end + 2] == "s":
            tails.append(end + 2)
        tails.append(end + 1)
    tails.append(end)
    return any(tail >= len(text) or not joins_word(text[tail]) for tail in tails)


KIND = UnusedDefinitionsKind()
