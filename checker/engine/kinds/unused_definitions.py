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

from checker.engine.kinds.drafting import HygieneKind, Slip, SpanSet, cached, definitions, joins_word, unwrapped, variants


class UnusedDefinitionsKind(HygieneKind):
    name = "unused_definitions"
    noun = ("defined term never used", "defined terms never used")
    clean = "every defined term is used"

    def slips(self, spec, document, package):
        found, reported = [], set()
        for definition in definitions(document):
            if definition.how in ("external", "label") or definition.term in reported:
                continue
            if not any(_used(definition.term, other) for other in package.documents):
                reported.add(definition.term)
                found.append(Slip(definition.start, definition.end, f"'{definition.term}' is defined but never used"))
        return found


def _used(term: str, document) -> bool:
    """Does the text use the term (a form of it, possibly possessive) outside a definition?
    Finds what the regex "(?:forms, longest first)(?:['\u2019]s?)?(?![\\w-])" would, match by match,
    without compiling one per term: the forms are found with str.find at their common prefix."""
    defined_at = cached(document, "definition_spans", lambda: SpanSet(
        (d.start, d.end) for d in definitions(document) if d.how != "external"))
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
            end = at + len(form)
            tails = []
            if text[end:end + 1] in ("'", "\u2019"):
                if text[end + 1:end + 2] == "s":
                    tails.append(end + 2)
                tails.append(end + 1)
            tails.append(end)
            for tail in tails:
                if tail >= len(text) or not joins_word(text[tail]):
                    return tail
    return None


KIND = UnusedDefinitionsKind()
