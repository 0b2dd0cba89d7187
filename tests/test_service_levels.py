"""Service levels read from the structure of an SLA (engine/levels.py, `find.typed.levels`): a duration
tied to a level of a priority scheme, in a table row, a list item or a sentence, whatever the verb or the
column's heading; the first one per level is the response, a later one (or one whose words name a fix)
the resolution. Contracts written for these tests."""

from __future__ import annotations

import pytest

from checker.engine.levels import tied
from checker.ingest import load_document
from checker.review import analyse_document
from rule_findings import finding_of

PREAMBLE = ("SUPPORT AGREEMENT\n\nThis agreement is between Tarnwell Ltd (the \"Supplier\") and Osprey Foods Ltd "
            "(the \"Customer\").\n\n1. Services\nThe Supplier shall provide the IT support services to the Customer.\n\n")

# a table whose columns are headed in words no rule lists
TABLE = ("4. How faults are handled\n\n"
         "| Grade | Example | First attendance | Service back |\n|---|---|---|---|\n"
         "| Severity 1 | the whole site is down | 20 minutes | 6 hours |\n"
         "| Severity 2 | one team cannot work | 2 hours | 1 business day |\n"
         "| Severity 3 | a single user affected | 1 business day | 5 business days |\n")
# list items, verbs of the first touch and of the fix that no rule lists
LIST = ("4. Faults\n\n"
        "- Severity 1: an engineer is on the line within 10 minutes and the system is put right within 3 hours;\n"
        "- Severity 2: an engineer is on the line within 1 hour and the system is put right within 2 business days;\n")
# prose, a scheme of categories, one verb for every level
PROSE = ("4. Faults\nThe Supplier will make contact with the reporting user on a Category 1 fault within thirty (30) "
         "minutes, on a Category 2 fault within four (4) hours and on a Category 3 fault within two (2) Working Days.\n")


def _finding(tmp_path, rulebook, rule_id, body):
    return finding_of(tmp_path, rulebook, rule_id, PREAMBLE + body)


@pytest.mark.parametrize("body, response_minutes", [(TABLE, 20), (LIST, 10), (PROSE, 30)], ids=["table", "list", "prose"])
def test_the_first_time_per_level_is_the_response_whatever_the_verb_or_heading(tmp_path, rulebook, body,
                                                                              response_minutes):
    assert _finding(tmp_path, rulebook, "SLA-RESPONSE", body).status == "met"
    p1 = _finding(tmp_path, rulebook, "SLA-RESPONSE-P1", body)
    assert p1.status == "met"
    assert [f["hours"] for f in p1.facts] == [pytest.approx(response_minutes / 60, abs=0.001)]


@pytest.mark.parametrize("body, resolution_hours", [(TABLE, 6), (LIST, 3)], ids=["table", "list"])
def test_the_later_time_per_level_is_the_resolution(tmp_path, rulebook, body, resolution_hours):
    assert _finding(tmp_path, rulebook, "SLA-RESOLUTION", body).status == "met"
    p1 = _finding(tmp_path, rulebook, "SLA-RESOLUTION-P1", body)
    assert p1.status == "met"
    assert [f["hours"] for f in p1.facts] == [resolution_hours]


def test_one_time_per_level_is_no_resolution(tmp_path, rulebook):
    """A scheme that gives one time per level gives a first touch, not a fix."""
    assert _finding(tmp_path, rulebook, "SLA-RESOLUTION", PROSE).status == "missing"
    assert _finding(tmp_path, rulebook, "SLA-RESOLUTION-P1", PROSE).status == "missing"


# a table as the Word and PDF readers write its rows ("P1 | ... | 3 hours", no leading bar), whose only time column
# is headed by the fix: the heading is read as in a Markdown table, so its times are no response
FIX_ONLY_ROWS = ("4. Service Levels\nTargets apply as below.\n\n"
                 "Category | Example | Restored within\n"
                 "P1 | Lecture theatre projector down during a class | 3 hours\n"
                 "P3 | A single user cannot print | 5 working days\n\n"
                 "5. Fees\nThe Customer shall pay the fees monthly.\n")


@pytest.mark.parametrize("body", [FIX_ONLY_ROWS, FIX_ONLY_ROWS.replace("\nCategory |", "\n| Category |")
                                  .replace("\nP1 |", "\n| P1 |").replace("\nP3 |", "\n| P3 |")], ids=["word-pdf", "markdown"])
def test_a_column_headed_by_the_fix_is_no_response_in_any_format(tmp_path, rulebook, body):
    assert _finding(tmp_path, rulebook, "SLA-RESOLUTION", body).status == "met"
    assert _finding(tmp_path, rulebook, "SLA-RESPONSE", body).status == "missing"


@pytest.mark.parametrize("body", [
    # the customer's own deadlines per level, in its clause of duties
    "4. Customer Responsibilities\nThe Customer shall report a Priority 1 fault by telephone within 15 minutes of "
    "finding it and a Priority 2 fault within 1 hour.\n",
    # a time in a definition never used
    "2. Definitions\n\"Priority 1 Fault\" means a fault that has stopped every user for more than 2 hours; \"Priority 2 "
    "Fault\" means a fault that has stopped one team for more than 4 hours.\n",
    # categories of fees and payment terms
    "7. Charges\nThe Category 1 charges are payable within 30 days of invoice and the Category 2 charges within 60 days.\n",
    # a service-level schedule named, not attached
    "5. Service Levels\nThe Supplier shall meet the times for each Priority 1 and Priority 2 fault set out in "
    "Schedule 3.\n",
], ids=["customer-duties", "definitions", "fees", "pointer"])
def test_levels_and_times_that_are_no_service_level(tmp_path, rulebook, body):
    for rule in ("SLA-RESPONSE", "SLA-RESPONSE-P1", "SLA-RESOLUTION", "SLA-RESOLUTION-P1"):
        assert _finding(tmp_path, rulebook, rule, body).status == "missing", rule


def test_money_kept_back_for_a_missed_level_is_a_remedy(tmp_path, rulebook):
    body = ("5. Service Levels\nIf a Severity 1 fault is not put right within four hours, the Customer may withhold "
            "ten per cent (10%) of that month's invoice.\n")
    assert _finding(tmp_path, rulebook, "SLA-REMEDIES", body).status == "met"
    # the same words in a clause on payment are no remedy for a service level
    assert _finding(tmp_path, rulebook, "SLA-REMEDIES", "7. Payment\nThe Customer may withhold ten per cent (10%) of "
                    "any invoice it disputes in good faith.\n").status == "missing"


def _tied(tmp_path, text, marks=()):
    from checker.matching import TextPattern
    path = tmp_path / "levels.md"
    path.write_text(PREAMBLE + text, encoding="utf-8")
    doc = analyse_document(load_document(path))
    return [(t.level.text, t.duration.text, t.order) for t in tied(doc, len(PREAMBLE), len(doc.text),
                                                                   [TextPattern(m) for m in marks])]


def test_each_level_s_durations_in_order(tmp_path):
    assert _tied(tmp_path, TABLE) == [
        ("Severity 1", "20 minutes", "first"), ("Severity 1", "6 hours", "later"),
        ("Severity 2", "2 hours", "first"), ("Severity 2", "1 business day", "later"),
        ("Severity 3", "1 business day", "first"), ("Severity 3", "5 business days", "later")]


def test_a_column_heading_or_the_words_before_a_duration_can_mark_it_a_later_one(tmp_path):
    only_fix = "| Level | Service restored within |\n|---|---|\n| P1 | 4 hours |\n| P2 | 8 hours |\n"
    assert [order for _, _, order in _tied(tmp_path, only_fix, [r"\brestor\w*"])] == ["later", "later"]
    assert [order for _, _, order in _tied(tmp_path, only_fix)] == ["first", "first"]
    prose = "A P1 fault is restored within 4 hours.\n"
    assert _tied(tmp_path, prose, [r"\brestor\w*"]) == [("P1", "4 hours", "later")]


def test_a_second_figure_after_other_words_is_neither(tmp_path):
    """'a routine caller' is no level: its time is not the Critical level's fix."""
    text = "The desk answers a Critical (site down) caller within 20 minutes, then a routine caller within 2 hours.\n"
    assert _tied(tmp_path, text) == [("Critical", "20 minutes", "first")]
    # a time in brackets after it is the same touch at other hours, not a fix
    text = "A Severity 1 call is answered within 15 minutes (1 hour at weekends).\n"
    assert _tied(tmp_path, text) == [("Severity 1", "15 minutes", "first")]


# levels named in prose ('critical incidents', 'a high priority call') or by letter ('Category B')
NAMED = ("4. Faults\nThe Supplier will be on the line for critical incidents within 15 minutes, for high priority "
         "incidents within 2 hours and for low priority calls within 1 business day.\n")
LETTERED = ("4. Faults\nCategory A faults get an engineer on the telephone within 30 minutes and are put right within "
            "4 hours; Category B faults get one within 4 hours and are put right within 2 business days.\n")


@pytest.mark.parametrize("body, response_minutes", [(NAMED, 15), (LETTERED, 30)], ids=["named", "lettered"])
def test_levels_named_in_prose_or_by_letter(tmp_path, rulebook, body, response_minutes):
    assert _finding(tmp_path, rulebook, "SLA-RESPONSE", body).status == "met"
    p1 = _finding(tmp_path, rulebook, "SLA-RESPONSE-P1", body)
    assert [f["hours"] for f in p1.facts] == [pytest.approx(response_minutes / 60, abs=0.001)]


def test_what_a_level_word_is_not(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text(PREAMBLE + "The high quality of the work and the low cost of Category a new line matter; Class A "
                    "shares are not sold. Critical incidents come first, then Category B faults.\n", encoding="utf-8")
    doc = analyse_document(load_document(path))
    levels = [(t.text, t.value["rank"]) for t in doc.tags_in(len(PREAMBLE), len(doc.text), {"PRIORITY"})]
    assert levels == [("Critical", 1), ("Category B", 2)]


def test_hours_of_cover_and_words_that_only_look_like_a_level(tmp_path, rulebook):
    """'24 hours a day' is cover, not a time to meet; 'low-usage' grades no fault."""
    body = ("4. Support\nThe Critical (site down) and High (one team down) lines are staffed 24 hours a day, seven "
            "days a week. Maintenance windows fall in low-usage periods and do not exceed 20 hours in any month.\n")
    for rule in ("SLA-RESPONSE-P1", "SLA-RESOLUTION", "SLA-RESOLUTION-P1"):
        assert _finding(tmp_path, rulebook, rule, body).status == "missing", rule
