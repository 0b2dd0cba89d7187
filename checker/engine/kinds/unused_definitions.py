"""`unused_definitions`: terms a document defines and then never uses (in any document of
the package). A leftover definition usually means a clause was cut and its term was not, or
that the clause uses another word for the same thing.

A use is the term (or its plural, singular or possessive) anywhere outside a definition's
own quoted words. A term defined only by reference ("as defined in the MSA") or by a label (a
key-terms table row, "CUSTOMER:") is not counted: labels name things whether or not the text
goes on to use them.
"""

from __future__ import annotations

import os
import re

from checker.engine.definitions import definitions, variants
from checker.engine.kinds.drafting import HygieneKind, Slip, SpanSet, cached, joins_word, unwrapped


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
            if not _any_use(definition.term, used, package.documents):
                reported.add(definition.term)
                found.append(Slip(definition.start, definition.end, f"'{definition.term}' is defined but never used"))
        return found


def _any_use(term: str, used: set[str], documents) -> bool:
    """Is the term used, given the forms ``_uses`` found in ``documents``? _uses takes every
    use at a word start; the regex per term also takes a match that ends inside a definition or
    mid-word, and then cannot match again inside it: that differs only for a term that can
    overlap itself ('Fee and Fee'), which is checked with the regex's own scan."""
    forms = variants(term)
    if used.isdisjoint(forms):
        return False
    return not _overlaps(forms) or any(_used_exactly(term, document) for document in documents)


def _overlaps(forms) -> bool:
    """Can one use of these forms begin inside another, at a word start within it?"""
    rests = [form[k:] for form in forms for k in range(1, len(form)) if not joins_word(form[k - 1]) and joins_word(form[k])]
    return any(other.startswith(rest) or rest.startswith(other) for rest in rests for other in forms)


_WORD = re.compile(r"(?<![\w-])[\w-]+")  # a word as joins_word reads one: letters, digits, '_', '-'
_APOSTROPHES = ("'", "\u2019")


def _uses(document, forms: frozenset[str]) -> set[str]:
    """The forms (of ``forms``) the text uses outside a definition, each a whole word, possibly
    possessive: what the regex "(?:form)(?:['\u2019]s?)?(?![\\w-])" finds at a word start, for every
    form in one pass over the words (a pass per term was quadratic: 50,000 definitions took
    minutes). A form is looked for only where a word starts with the form's first word."""
    defined_at = _definition_spans(document)
    lengths: dict[str, list[int]] = {}  # a form's first word -> the forms' lengths, longest first
    for size, first in sorted({(len(form), m.group()) for form in forms if (m := _WORD.match(form))}, reverse=True):
        lengths.setdefault(first, []).append(size)
    text = unwrapped(document.text)  # a use wrapped across a PDF line is a use
    found: set[str] = set()
    # only words opening with a first word's first letter: re scans fast for the class a pattern opens with
    opening = re.compile("[" + re.escape("".join({first[0] for first in lengths})) + r"](?<![\w-].)[\w-]*")
    for word in opening.finditer(text) if lengths else ():
        at = word.start()
        for size in lengths.get(word.group(), ()):
            form = text[at:at + size]
            if form in forms and form not in found and _word_end(text, at + size) is not None and at not in defined_at:
                found.add(form)
    return found


def _definition_spans(document) -> SpanSet:
    return cached(document, "definition_spans", lambda: SpanSet(
        (d.start, d.end) for d in definitions(document) if d.how != "external"))


def _used_exactly(term: str, document) -> bool:
    """Does the text use the term (a form of it, possibly possessive) outside a definition?
    One pass over the text for one term, for the terms whose uses may overlap (_overlaps).
    Finds what the regex "(?:forms, longest first)(?:['\u2019]s?)?(?![\\w-])" would, match by match,
    without compiling one per term: the forms are found with str.find at their common prefix."""
    defined_at = _definition_spans(document)
    forms = sorted(variants(term), key=len, reverse=True)
    prefix = os.path.commonprefix(forms)
    text = unwrapped(document.text)  # a use wrapped across a PDF line is a use
    resume, at = 0, text.find(prefix)
    while at >= 0:
        end = _form_end(text, at, forms) if at >= resume else None
        if end is not None:
            if not joins_word(text[at - 1] if at else " ") and at not in defined_at:
                return True
            resume = end  # as finditer: the next use begins after this one
        at = text.find(prefix, at + 1)
    return False


def _form_end(text: str, at: int, forms: list[str]) -> int | None:
    """Where a form standing at `at` ends, with its possessive, as the regex alternation
    would take it: the longest form first, then "'s", "'" or nothing, not before [\\w-]."""
    for form in forms:
        if text.startswith(form, at):
            end = _word_end(text, at + len(form))
            if end is not None:
                return end
    return None


def _word_end(text: str, end: int) -> int | None:
    """Where a form ending at ``end`` ends as a word, with its possessive ("'s", "'") if any;
    None when it runs on into a longer word."""
    tails = []
    if text[end:end + 1] in _APOSTROPHES:
        if text[end + 1:end + 2] == "s":
            tails.append(end + 2)
        tails.append(end + 1)
    tails.append(end)
    return next((tail for tail in tails if tail >= len(text) or not joins_word(text[tail])), None)


KIND = UnusedDefinitionsKind()
