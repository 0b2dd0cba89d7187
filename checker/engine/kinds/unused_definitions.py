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

from checker.engine.kinds.drafting import HygieneKind, Slip, SpanSet, definitions, joins_word, variants


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
    defined_at = SpanSet((d.start, d.end) for d in definitions(document) if d.how != "external")
    forms = sorted(variants(term), key=len, reverse=True)
    # the forms first (re searches a literal prefix fast), the word boundary before them checked here
    pattern = re.compile(r"(?:" + "|".join(map(re.escape, forms)) + r")(?:['\u2019]s?)?(?![\w-])")
    text = document.text
    for match in pattern.finditer(text):
        if joins_word(text[match.start() - 1] if match.start() else " ") or match.start() in defined_at:
            continue
        return True
    return False


KIND = UnusedDefinitionsKind()
