"""The drafting kinds' fast scans (checker/engine/kinds/*.py) find exactly what the plain scans
they stand for would: `pattern.finditer(text)`, a regex per defined term, a look at every
line. Checked on tricky snippets, on generated text and on the sample contracts."""

from __future__ import annotations

import random
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from checker.engine import definitions
from checker.engine.kinds import (cross_references, drafting, number_words, placeholders, signature_blanks,
                                  undefined_terms, unused_definitions)

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

SNIPPETS = [
    "",
    "Northwind IT Ltd",
    "between McDonald Holdings Pty\nLtd and the Customer, AT&T Services, Inc. and & Co. LLC",
    "HARBOUR FOODS PLC, Harbour Foods plc, Foo Ltd Ltd, the Ltd. LIMITED",
    "the Services (as defined in the MSA) and Customer Data\n  (\n as such term is defined under the DPA)",
    "Fees’s as defined by Schedule 2; Annex I has the meaning given",
    "thirty (60) days, Thirty-five (35) dollars, one hundred and twenty ( $ 1,000.50 ), ten percent (15%)",
    "ſeven (7) and ſixty (60), fourteen\n(14), nine-(9), the (5)",
    "[TBD] TBD TBC tbd XX days $X,XXX {customer_name} {{ fee }} <<Fee>> «Date» a ● b\n● bullet \t● x ●",
    "xx percent, XX.XX%, £ xx, XXX per cent, the box (x)",
    "as set out in Section 14.3 and clauses 2, 3 and 4(a) through 6; see Article 28(3) GDPR; Schedule B",
    "Section 5 of the Order Form; SCHEDULE 2 - SERVICE LEVELS; Exhibits A; Appendix IV.2",
    "the Service Desk, any Change Request, such Change Requests, another Foo, these Service Levels 2",
    "each Service Credit’s value; no Priority 1; other Phase II work; all\nof the Things",
    "Microsoft Azure. Then Azure-Stack and Foo- Bar: Baz",
]

_PIECES = [
    " ", " ", " ", "  ", "\n", "\n\n", "\t", ",", ".", ";", ":", "(", ")", "[", "]", "\u201c", "\u201d", '"', "\u2019s",
    "'s", "-", "_", "____", " | ", "&", "the", "The", "any", "each", "such", "other", "another", "these", "this",
    "Service", "Services", "Service Level", "Change Request", "Customer", "Customer Data", "Fee", "Fees", "Party",
    "Parties", "Sub-processor", "Ltd", "Ltd.", "Limited", "Inc.", "INC", "Pty", "PLC", "plc", "Co.", "LLC", "GmbH",
    "Microsoft Azure", "McDonald", "Northwind IT", "as defined in", "as such term is defined under",
    "has the meaning given", "means", "refers to", "thirty", "Thirty", "sixty-five", "one hundred", "and",
    "(60)", "( $ 1,000 )", "(15%)", "(5)", "percent", "dollars", "USD", "TBD", "TBC", "XX", "xx", "$X,XXX",
    "{name}", "{{ x }}", "<<Fee>>", "\u00abDate\u00bb", "\u25cf", "Section", "section", "Sections", "Clause",
    "clauses", "Article", "14.3", "5(a)", "2", "100", "Schedule", "SCHEDULE", "Annex", "Exhibit", "I", "IV",
    "B", "of the GDPR", "under the Order Form", "Phase", "II", "K", "\u212a", "\u017f", "\u0130", "\u0131",
    "By:", "Name:", "Title:", "Date:", "IN WITNESS WHEREOF", "executed by", "signed on behalf of", "Signature",
]


def _generated(count: int, length: int) -> list[str]:
    rng = random.Random(20240607)
    return ["".join(rng.choice(_PIECES) for _ in range(length)) for _ in range(count)]


def _sample_texts() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SAMPLES.rglob("*"))
            if p.suffix in (".txt", ".md") and p.is_file()]


TEXTS = SNIPPETS + _generated(150, 300) + _sample_texts()


def _found(matches) -> list[tuple]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


SCANS = {
    "company names": (drafting.COMPANY, drafting._company_matches),
    "as defined in": (definitions._AS_DEFINED, definitions._as_defined),
    "number words": (number_words._PAIR, number_words._pairs),
    "placeholders": (placeholders._OTHER,
                     lambda text: definitions.matches_from(placeholders._OTHER, text, placeholders._other_starts(text))),
    "section references": (cross_references._SECTION_REF, lambda text: cross_references._starting_at(
        cross_references._SECTION_REF, cross_references._SECTION_WORD, text)),
    "part references": (cross_references._PART_REF, lambda text: cross_references._starting_at(
        cross_references._PART_REF, cross_references._PART_WORD, text)),
}


@pytest.mark.parametrize("name", sorted(SCANS))
def test_a_fast_scan_finds_what_finditer_finds(name):
    pattern, fast = SCANS[name]
    for text in TEXTS:
        assert _found(fast(text)) == _found(pattern.finditer(text)), text[:300]


def test_the_reordered_name_pair_pattern_finds_the_same_pairs():
    plain = re.compile(r"(?<![.!?:;\n])\b[A-Z][\w-]*[ \t]+(?=([A-Z][\w-]*)\b)")
    for text in TEXTS:
        assert _found(undefined_terms._NAME_PAIR.finditer(text)) == _found(plain.finditer(text))


def test_only_lines_with_an_anchor_word_hold_a_signature_anchor():
    cells = signature_blanks._cells
    for text in TEXTS:
        lines = list(drafting.line_spans(text))
        every_line = [i for i, (s, e) in enumerate(lines)
                      if any(signature_blanks._ANCHOR.search(cell) for cell, _ in cells(text, s, e))]
        worded = [i for i in signature_blanks._lines_with_anchor_words(text, lines)
                  if any(signature_blanks._ANCHOR.search(cell) for cell, _ in cells(text, *lines[i]))]
        assert worded == every_line


def _used(term: str, document) -> bool:
    """Does the document use the term outside a definition, as unused_definitions reads it?"""
    forms = frozenset(definitions.variants(term))
    return unused_definitions._any_use(term, unused_definitions._uses(document, forms), [document])


def _used_by_regex(term: str, text: str, defined_at) -> bool:
    """The regex per term that _used stands for."""
    forms = sorted(definitions.variants(term), key=len, reverse=True)
    pattern = re.compile(r"(?:" + "|".join(map(re.escape, forms)) + r")(?:['\u2019]s?)?(?![\w-])")
    for match in pattern.finditer(text):
        if not drafting.joins_word(text[match.start() - 1] if match.start() else " ") and match.start() not in defined_at:
            return True
    return False


TERMS = ["Fee", "Fees", "Party", "Parties", "Box", "Boxes", "Service", "Services", "Service Level", "Customer Data",
         "Sub-processor", "Change Request", "Northwind IT", "Fee and Fee", "Co", "Ies"]


def test_a_term_is_used_where_its_regex_finds_it():
    rng = random.Random(5)
    pieces = TERMS + [" ", " ", "\n", "-", "_", "'", "\u2019", "s", "'s", "es", "x", ".", ",", "(", "Fee-", "Feeses"]
    texts = TEXTS + ["".join(rng.choice(pieces) for _ in range(60)) for _ in range(400)]
    for text in texts:
        defined_at = drafting.SpanSet([(0, 5), (40, 48)])
        document = SimpleNamespace(text=text, _drafting_cache={"definition_spans": defined_at})
        for term in TERMS:
            assert _used(term, document) == _used_by_regex(term, text, defined_at), (term, text)


def test_a_placeholder_is_taken_unless_it_overlaps_one_taken_before():
    rng = random.Random(11)
    for _ in range(200):
        taken, plain = placeholders._Taken(), []
        for _ in range(40):
            start = rng.randrange(100)
            end = start + rng.randrange(1, 8)
            expected = not any(s < end and start < e for s, e in plain)
            if expected:
                plain.append((start, end))
            assert taken.take(start, end) == expected
