"""Tags, normalised values and sentence boundaries, through the spaCy pipeline the review uses."""

from __future__ import annotations

import pytest

from checker.nlp.normalise import parse_money, to_hours, unit_of, words_to_number
from checker.nlp.patterns import PATTERNS
from checker.nlp.pipeline import SPAN_KEY, analyse, build_pipeline, sentence_offsets, sentence_starts, tags_of
from checker.nlp.table_levels import column_levels

PATTERN_LABELS = {p.id: p.label for p in PATTERNS}


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def tags(nlp, text, label=None):
    doc = analyse(nlp, text)
    return [t for t in tags_of(doc) if label is None or t.label == label]


def only(nlp, text, label):
    """The distinct tags of one label (the same text tagged by two patterns counts once)."""
    found = {(t.start, t.end, t.text, tuple(sorted(t.value.items()))): t for t in tags(nlp, text, label)}
    assert len(found) == 1, f"{label} in {text!r}: {[t.text for t in found.values()]}"
    return next(iter(found.values()))


def sentences(nlp, text):
    doc = analyse(nlp, text)
    return [s.text.strip() for s in doc.sents]


# ---------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "tagged", "value", "unit", "business", "hours"),
    [
        ("The Provider shall respond within four (4) hours.", "four (4) hours", 4, "hour", False, 4),
        ("Invoices are payable within thirty (30) calendar days of receipt.", "thirty (30) calendar days", 30, "day",
         False, 720),
        ("Requests are answered within one business day.", "one business day", 1, "day", True, 24),
        ("P1 calls are acknowledged within 15 min of logging.", "15 min", 15, "minute", False, 0.25),
        ("Notice is given within twenty-four (24) hours.", "twenty-four (24) hours", 24, "hour", False, 24),
        ("An engineer attends by the next business day.", "next business day", 1, "day", True, 24),
        ("Faults are fixed within 2 working days.", "2 working days", 2, "day", True, 48),
        ("A replacement ships within three (3) weeks.", "three (3) weeks", 3, "week", False, 504),
    ],
)
def test_durations(nlp, text, tagged, value, unit, business, hours):
    tag = only(nlp, text, "DURATION")
    assert tag.text == tagged
    assert text[tag.start:tag.end] == tagged
    assert tag.value["value"] == value
    assert tag.value["unit"] == unit
    assert tag.value["business"] is business
    assert tag.value["hours"] == pytest.approx(hours)


def test_calendar_days_are_not_business_days(nlp):
    calendar = only(nlp, "within thirty (30) calendar days", "DURATION")
    business = only(nlp, "within thirty (30) business days", "DURATION")
    assert calendar.value["business"] is False and business.value["business"] is True
    assert calendar.value["value"] == business.value["value"] == 30


def test_age_and_rate_are_not_durations(nlp):
    assert tags(nlp, "Hardware that is five years old is replaced.", "DURATION") == []
    assert tags(nlp, "A fee of ten dollars applies.", "DURATION") == []


# ---------------------------------------------------------------- percent and money


def test_percent(nlp):
    tag = only(nlp, "The platform shall be available 99.9% of each month.", "PERCENT")
    assert tag.text == "99.9%" and tag.value == {"value": 99.9}
    assert only(nlp, "a credit of 5 percent of the fees", "PERCENT").value == {"value": 5.0}


@pytest.mark.parametrize(
    ("text", "tagged", "amount", "currency"),
    [
        ("liability is capped at $1,000,000 in aggregate", "$1,000,000", 1e6, "USD"),
        ("liability is capped at £250,000 in aggregate", "£250,000", 250_000, "GBP"),
        ("cover of EUR 5 million per claim", "EUR 5 million", 5e6, "EUR"),
        ("a fee of 100 dollars per device", "100 dollars", 100, "USD"),
    ],
)
def test_money(nlp, text, tagged, amount, currency):
    tag = only(nlp, text, "MONEY")
    assert tag.text == tagged
    assert tag.value["amount"] == pytest.approx(amount)
    assert tag.value["currency"] == currency


# ---------------------------------------------------------------- regulations and priorities


@pytest.mark.parametrize(
    ("text", "name", "pattern"),
    [
        ("The Provider complies with the GDPR.", "GDPR", "regulation.gdpr"),
        ("The Provider complies with the UK GDPR.", "UK GDPR", "regulation.uk-gdpr"),
        ("The Provider signs a BAA under HIPAA.", "HIPAA", "regulation.hipaa"),
        ("The Provider holds a SOC 2 Type II report.", "SOC 2", "regulation.soc2"),
        ("The Provider is certified to ISO 27001.", "ISO 27001", "regulation.iso27001"),
        ("Card data is handled under PCI DSS.", "PCI DSS", "regulation.pci-dss"),
        ("Consumer data is handled under the CCPA.", "CCPA", "regulation.ccpa"),
    ],
)
def test_regulations(nlp, text, name, pattern):
    found = tags(nlp, text, "REGULATION")
    assert any(t.text == name and t.value == {"name": name} and t.pattern == pattern for t in found), found


def test_no_regulation_in_ordinary_words(nlp):
    assert tags(nlp, "The Provider shall keep the server room locked.", "REGULATION") == []


@pytest.mark.parametrize(
    ("text", "tagged", "rank"),
    [
        ("P1 incidents are answered within 15 minutes.", "P1", 1),
        ("Severity 2 incidents are answered within 1 hour.", "Severity 2", 2),
        ("Critical - the whole site is down.", "Critical", 1),
        ("Priority 3 requests are handled next day.", "Priority 3", 3),
        ("Sev-4 requests wait for the weekly change window.", "Sev-4", 4),
        ("Priority II incidents are answered within 2 hours.", "Priority II", 2),  # Roman numerals rank too
        ("Severity IV: cosmetic defects.", "Severity IV", 4),
        ("SEVERITY ONE incidents are answered at once.", "SEVERITY ONE", 1),
    ],
)
def test_priorities(nlp, text, tagged, rank):
    tag = only(nlp, text, "PRIORITY")
    assert tag.text == tagged and tag.value == {"rank": rank}


def test_an_ordinary_critical_is_not_a_priority(nlp):
    assert tags(nlp, "Backups are critical to the business.", "PRIORITY") == []


# ---------------------------------------------------------------- modality, vague terms, negation


@pytest.mark.parametrize(
    ("text", "word", "strength"),
    [
        ("The Provider shall respond.", "shall", "strong"),
        ("The Provider must respond.", "must", "strong"),
        ("The Provider agrees to respond.", "agrees to", "strong"),
        ("The Provider may respond.", "may", "weak"),
        ("The Provider will use reasonable efforts to respond.", "reasonable efforts", "weak"),
        ("The Provider endeavours to respond.", "endeavours", "weak"),
    ],
)
def test_modality(nlp, text, word, strength):
    found = tags(nlp, text, "MODAL")
    assert any(t.text == word and t.value == {"strength": strength} for t in found), found


@pytest.mark.parametrize("phrase", ["promptly", "without undue delay", "as soon as reasonably practicable",
                                    "in a timely manner"])
def test_vague_terms(nlp, phrase):
    text = f"The Provider shall notify the Customer {phrase} after it becomes aware of a breach."
    tag = only(nlp, text, "VAGUE")
    assert tag.text == phrase and tag.pattern == "vague.timing"


def test_a_figure_is_not_vague(nlp):
    assert tags(nlp, "The Provider shall notify the Customer within 24 hours.", "VAGUE") == []


def test_negation_cue(nlp):
    tag = only(nlp, "No service credits shall apply.", "NEGATION")
    assert tag.text == "No" and tag.pattern == "negation.cue"


# ---------------------------------------------------------------- every tag is traceable

MIXED = (
    "The Provider shall respond to P1 incidents within fifteen (15) minutes and restore service within "
    "4 hours, 24x7, Monday to Friday. Availability is 99.9% monthly. Liability is capped at $1,000,000 "
    "or GBP 250,000. The Provider complies with the UK GDPR, HIPAA, SOC 2 and ISO 27001 and may, where "
    "possible, notify the Customer promptly. Backups run daily. No credits apply to Severity 3 issues."
)


def test_every_tag_carries_its_pattern_id(nlp):
    doc = analyse(nlp, MIXED)
    spans = list(doc.spans[SPAN_KEY])
    assert len(spans) >= 20
    for span in spans:
        assert span._.pattern in PATTERN_LABELS, span.text
        assert PATTERN_LABELS[span._.pattern] == span.label_, (span.text, span._.pattern)
        assert isinstance(span._.value, dict)
    found = tags_of(doc)
    assert len(found) == len(spans)
    for tag in found:
        assert PATTERN_LABELS[tag.pattern] == tag.label
        assert MIXED[tag.start:tag.end] == tag.text
    assert [(t.start, -t.end) for t in found] == sorted((t.start, -t.end) for t in found)
    labels = {t.label for t in found}
    assert labels >= {"DURATION", "PERCENT", "MONEY", "REGULATION", "PRIORITY", "FREQUENCY", "COVERAGE", "MODAL",
                      "VAGUE", "NEGATION"}


def test_pattern_ids_are_unique():
    ids = [p.id for p in PATTERNS]
    assert len(ids) == len(set(ids))
    assert all(p.id.split(".")[0] == p.label.lower() for p in PATTERNS)


def test_empty_text(nlp):
    doc = analyse(nlp, "")
    assert tags_of(doc) == []
    assert sentence_offsets(doc) == [0]


def test_two_figures_in_one_token_keep_their_own_text_and_value(nlp):
    text = "P1 response within 2hrs/4hrs."
    found = {(t.text, t.value["value"]) for t in tags(nlp, text, "DURATION")}
    assert found == {("2hrs", 2.0), ("4hrs", 4.0)}


def test_each_tag_keeps_the_id_of_the_pattern_that_made_it(nlp):
    found = tags(nlp, "The Provider shall respond within 4h.", "DURATION")
    assert sorted(t.pattern for t in found) == ["duration.compact", "duration.number-unit"]


# ---------------------------------------------------------------- sentence boundaries


def test_section_reference_does_not_split(nlp):
    assert sentences(nlp, "The Provider shall comply with Sec. 4.2 of the Agreement. The Customer shall pay.") == [
        "The Provider shall comply with Sec. 4.2 of the Agreement.",
        "The Customer shall pay.",
    ]


def test_company_suffix_does_not_split(nlp):
    text = "Services are delivered by Acme Inc. London Branch under this Agreement."
    assert sentences(nlp, text) == [text]


def test_a_lettered_schedule_ends_a_sentence(nlp):
    assert sentences(nlp, "The Provider shall notify breaches as described in Annex A. Invoices are payable "
                          "within thirty (30) days.") == [
        "The Provider shall notify breaches as described in Annex A.",
        "Invoices are payable within thirty (30) days.",
    ]


def test_eg_does_not_split(nlp):
    text = "Hardware, e.g. Windows laptops and printers, is covered. Software is not."
    assert sentences(nlp, text) == ["Hardware, e.g. Windows laptops and printers, is covered.", "Software is not."]


def test_two_real_sentences_split(nlp):
    assert sentences(nlp, "The Provider shall respond within one hour. The Customer shall pay monthly.") == [
        "The Provider shall respond within one hour.",
        "The Customer shall pay monthly.",
    ]


def test_blank_line_splits(nlp):
    text = "Heading without a full stop\n\nthe body starts in lower case here"
    assert sentences(nlp, text) == ["Heading without a full stop", "the body starts in lower case here"]


def test_lettered_items_start_sentences(nlp):
    assert sentences(nlp, "The Provider shall:\n(a) respond to calls;\n(b) fix faults.") == [
        "The Provider shall:",
        "(a) respond to calls;",
        "(b) fix faults.",
    ]
    assert sentences(nlp, "The fees are due. (a) The Customer pays. (b) The Provider invoices.") == [
        "The fees are due.",
        "(a) The Customer pays.",
        "(b) The Provider invoices.",
    ]


def test_numbered_item_at_line_start_is_not_a_sentence_end(nlp):
    text = "Preamble ends here.\n4. The Provider shall respond. The Customer pays."
    assert [text[i:i + 6] for i in sentence_starts(text)] == ["Preamb", "4. The", "The Cu"]


def test_a_dot_leader_runs_on_to_its_figure_and_an_ellipsis_ends_a_sentence():
    text = "Critical (P1) .......... 30 minutes / 4 hours\nHigh (P2) ...... 2 hours / 1 business day"
    assert [text[i:i + 8] for i in sentence_starts(text)] == ["Critical"]
    prose = "It stops... Then it starts."
    assert [prose[i:i + 4] for i in sentence_starts(prose)] == ["It s", "Then"]


def test_levels_in_plain_text_columns():
    """A bare level opening a row under a plain-text column headed 'Priority', columns set apart by two spaces or
    more, as a text file or an unruled PDF table gives them (rec6); a line of prose ends the table."""
    text = ("Priority    Time to engineer    Time to fix\n1           1 hour              4 hours\n"
            "2           4 hours             8 hours\nThe 3 engineers  are on call.\n3           9 hours\n")
    assert [(t.text, t.value["rank"]) for t in column_levels(text)] == [("1", 1), ("2", 2)]
    assert column_levels("Priority 1 faults are fixed first.\n1  within 4 hours\n") == []
    ruled = "Class   First answer   Fix\n-----   ------------   ---\nA       10 minutes     3 hours\n"
    assert [t.text for t in column_levels(ruled)] == ["A"]  # the line of dashes under the headings


def test_sentence_offsets_agree_with_doc_sents(nlp):
    text = "One sentence. Another one, e.g. with an abbreviation. A third.\n\n(a) an item"
    doc = analyse(nlp, text)
    assert sentence_offsets(doc) == [s.start_char for s in doc.sents]
    assert sentence_offsets(doc) == sentence_starts(text)


def test_extra_boundaries_are_honoured(nlp):
    text = "SERVICES The Provider shall respond."
    doc = analyse(nlp, text, (9,))
    assert sentence_offsets(doc) == [0, 9]


# ---------------------------------------------------------------- number words


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("4", 4), ("0.5", 0.5), ("1,000", 1000), ("four", 4), ("Thirty", 30), ("twenty-four", 24),
        ("twenty four", 24), ("ninety-nine", 99), ("one hundred", 100), ("one hundred twenty", 120),
        ("one hundred and twenty", 120), ("two thousand five hundred", 2500), ("zero", 0), ("  seven  ", 7),
    ],
)
def test_words_to_number(text, number):
    assert words_to_number(text) == number


@pytest.mark.parametrize("text", ["", "   ", "several", "four score", "a dozen"])
def test_words_to_number_rejects_non_numbers(text):
    assert words_to_number(text) is None


def test_units_and_money_helpers():
    assert unit_of("Hrs") == "hour" and unit_of("mins") == "minute" and unit_of("fortnight") is None
    assert to_hours(2, "day") == 48 and to_hours(30, "minute") == 0.5
    assert parse_money("1,000,000") == 1e6 and parse_money("2.5m") == 2.5e6 and parse_money("5 million") == 5e6
    assert parse_money("none") is None


def test_a_review_gets_the_same_tags_without_token_spans(nlp):
    with_spans, without = analyse(nlp, MIXED), analyse(nlp, MIXED, spans=False)
    assert tags_of(without) == tags_of(with_spans)
    assert [t.value for t in tags_of(without)] == [t.value for t in tags_of(with_spans)]
    assert SPAN_KEY not in without.spans and len(with_spans.spans[SPAN_KEY]) == len(tags_of(with_spans))
    covered = {(s.start_char, s.end_char) for s in with_spans.spans[SPAN_KEY]}
    assert all(any(a <= t.start and t.end <= b for a, b in covered) for t in tags_of(with_spans))


# ---------------------------------------------------------------- clause types (nlp/clauses.py)


def clause_types_of(text):
    """(number, heading, type) of every clause of a text, in order."""
    from checker.ingest import document_from_text
    from checker.nlp.clauses import type_clauses
    document = document_from_text(text)
    types = type_clauses(document)
    return [(s.number, s.heading, types[id(s)]) for s in document.iter_sections()]


def test_a_heading_run_into_its_clause_gives_the_clause_its_type():
    types = clause_types_of(
        "1. SERVICES\n\n1.1 The Supplier shall keep the client's servers patched and answer calls from its staff.\n\n"
        "1.2 Choice of Law; Courts. The laws of Ontario govern this agreement.\n\n"
        "1.3 COMPENSATION In return for the work the Client pays the Supplier a monthly fee.\n\n"
        "1.4 Consequences of Expiry The expiry of this agreement does not end rights that have accrued.\n\n"
        "1.5 Licensee Audit Rights Licensee may examine the Supplier's books once a year.\n\n"
        "1.6 The Supplier shall answer calls within the hour.\n")
    assert [t for number, _, t in types if number and number.startswith("1.")] == [
        "scope", "governing_law", "fees", "termination", "audit", "scope"]
    from checker.nlp.clauses import run_in_type  # a title in capitals is no heading over the word after it
    assert run_in_type("HOSTING AND SUPPORT AGREEMENT dated as of 1 May 2026 between") == "title"


def test_clauses_run_together_on_one_line_each_keep_their_own_type():
    # a filing that lost its line breaks: top-level clauses ("2. Term and Renewal."), a title in capitals with no
    # space after its number, one ended by the spaces of a lost line break, a title with a semicolon; the
    # definitions clause must not give its type to the renewal and termination clauses after it
    line = ("1. Definitions. In this Agreement the words below have these meanings. \"Site\" means the Client's "
            "offices. \"Fees\" means the charges in the price list. 2. Term and Renewal. This Agreement lasts two "
            "years and renews each year unless a party gives ninety days' notice. 3.TERMINATION: Either party may end "
            "this Agreement if the other is insolvent. 3.1 Effect of Ending   On termination the Client pays for work "
            "done to date. 4. Fees; Invoices. The Client pays each invoice within thirty days of receiving it. The "
            "steps are these: 1. Acceptance Tests. The Client runs its tests on delivery.\n")
    types = clause_types_of("SUPPORT AGREEMENT\n\n" + line)
    assert [(n, h, t) for n, h, t in types if n] == [
        ("1", "Definitions", "definitions"), ("2", "Term and Renewal", "term"), ("3", "TERMINATION", "termination"),
        ("3.1", "Effect of Ending", "termination"), ("4", "Fees; Invoices", "fees")]
    # ... and at the start of a line, no space after its number
    assert clause_types_of("5.WARRANTY:\nThe Vendor warrants its work for ninety days.\n")[0] == ("5", "WARRANTY", "warranty")


def test_articles_and_titles_in_capitals_run_together_on_one_line():
    # "ARTICLE 4 TERMINATION 4.1 ..." after a sentence's end or a page number; a clause whose title in capitals runs
    # into its first sub-clause ("7. INSURANCE (a) Cover: ..."): the insurance clause must not swallow the next one
    line = ("ARTICLE 3 SERVICES The Vendor shall keep the Client's network running and answer its calls on working "
            "days. 3.1 Staff. The Vendor assigns trained staff to the work it does for the Client, replaces any "
            "member of its staff the Client reasonably objects to, and keeps the Client told of who works on its "
            "systems and when they will be on site, with the name and the role of each person and the dates of "
            "their visits.\n\n"
            "4 ARTICLE 4 TERMINATION Either party may end this Agreement on sixty days' written notice to the other, "
            "and the Client pays for the work done to the date it ends. The parties agree as follows. 1. INSURANCE "
            "(a) Cover: The Vendor keeps liability insurance of two million dollars with an insurer of good standing. "
            "2. LIMITATION OF LIABILITY (a) Cap: Neither party is liable for more than the fees of one year.\n")
    types = [(n, h, t) for n, h, t in clause_types_of("SUPPORT AGREEMENT\n\n" + line) if n]
    assert types == [("Article 3", "SERVICES", "scope"), ("3.1", "Staff", "staff"),
                     ("Article 4", "TERMINATION", "termination"), ("1", "INSURANCE", "insurance"),
                     ("2", "LIMITATION OF LIABILITY", "liability")]


def test_words_that_mean_something_else_in_a_heading():
    from checker.nlp.clauses import heading_type
    assert heading_type("Dispute Resolution") == heading_type("RESOLUTION OF DISPUTES") == "disputes"
    assert heading_type("Method of Computing Expense Waiver") == "fees"
    assert heading_type("Termination upon Notice") == "termination"  # a notice named, not the notices clause
    assert heading_type("Proprietary Notices") is None and heading_type("Notice of Claims") is None
    assert heading_type("Liability, Insurance and Indemnities") == "liability"  # the first topic listed decides
    for marking in ("CONFIDENTIAL", "CONFIDENTIAL TREATMENT REQUESTED", "Confidential EXECUTION COPY", "EXECUTION VERSION"):
        assert heading_type(marking) is None, marking
    for keeping in ("Records", "Maintenance of Records", "Development Records"):  # keeping records is no audit
        assert heading_type(keeping) != "audit", keeping
    # guards: the headings these words do name
    assert heading_type("Incident Resolution Times") == heading_type("Resolution") == "service_levels"
    assert heading_type("Books and Records") == heading_type("Accounting and Records") == "audit"
    assert heading_type("Confidentiality") == heading_type("Confidential Information") == "confidentiality"
    assert heading_type("Execution") == "signatures"
    assert heading_type("Notices and Communications") == heading_type("XIV - NOTICES") == "notices"
    assert heading_type("Professional Liability Insurance") == heading_type("XIV. INSURANCE") == "insurance"
    from checker.nlp.clauses import opening_type  # an untitled clause under "Agency, Indemnity and Insurance"
    assert opening_type("The Reseller shall obtain, and thereafter maintain during the Term, the following insurance:"
                        " (a) public liability cover") == "insurance"


def test_clauses_under_a_title_contents_or_recitals_are_not_of_that_type():
    # the agreement's name is no clause about hosting
    assert clause_types_of("MASTER HOSTING AGREEMENT\n\nThis agreement is made between Bakehouse Ltd and Webcare Inc."
                           "\n\n1.1 The Supplier shall keep the shop's website online.\n\n1.2 The Client shall pay "
                           "the fees.\n")[1:] == [("1.1", "", None), ("1.2", "", None)]
    # the last line of a table of contents runs into the agreement's first clause: a clause longer than a line of
    # contents is no entry of it, and the clauses under an entry are none of it, short or long
    duty = "The Supplier shall keep the tills of each shop working during its business hours. " * 14
    assert clause_types_of(f"Contents\n\n1. Definitions 1\n\n2. Services 2\n\n2.1 {duty}\n\n2.2 The Client shall "
                           "pay the fees.\n")[-3:] == [("2", "Services 2", "contents"), ("2.1", "", None), ("2.2", "", None)]
    # recitals that end "NOW, THEREFORE, ... agree as follows:" are followed by operative clauses
    types = clause_types_of("RECITALS\n\nWHEREAS the Client runs a chain of bakeries and the Supplier looks after "
                            "till systems.\n\nNOW, THEREFORE, the parties agree as follows: 1. SERVICES.\n\n1.1 The "
                            "Supplier shall keep the tills working during business hours.\n\n1.2 The Client shall "
                            "pay the fees.\n")
    assert types[0][2] == "recitals" and types[-2:] == [("1.1", "", None), ("1.2", "", None)]
    # guard: clauses under recitals without those words are recitals
    assert clause_types_of("RECITALS\n\nWHEREAS the parties wish to record why they contract.\n\n1.1 The Client runs a "
                           "chain of bakeries.\n\n1.2 The Supplier looks after till systems.\n")[1:] == [
        ("1.1", "", "recitals"), ("1.2", "", "recitals")]


def test_the_blank_pipeline_computes_only_the_word_attributes_checker_reads(nlp):
    """Each new word of a contract runs every lexeme getter in Python: the blank pipeline keeps
    those checker reads (lower case, is_alpha, is_space) and the Matcher's own flags."""
    import spacy

    from checker.nlp.pipeline import READ_ATTRIBUTES

    spacys = set(spacy.blank("en").vocab.lex_attr_getters)
    assert set(nlp.vocab.lex_attr_getters) & spacys == set(READ_ATTRIBUTES)
    doc = nlp.make_doc("The Vendor shall RESPOND within 4 hours.\n")
    assert [t.lower_ for t in doc][:4] == ["the", "vendor", "shall", "respond"]
    assert [t.is_alpha for t in doc][3:8] == [True, True, False, True, False]
    assert doc[-1].is_space
