"""Durations through the one tagger (checker/nlp/patterns.py, pipeline.py): periods, quarters,
anniversaries, compound durations, ranges, business vs calendar days. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from checker.nlp.normalise import in_unit, ordinal_to_number, words_to_number
from checker.nlp.pipeline import analyse, build_pipeline, tags_of


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def durations(nlp, text):
    """(text, value) of every DURATION tag, the same words tagged by two patterns once."""
    found = {}
    for tag in tags_of(analyse(nlp, text)):
        if tag.label == "DURATION":
            found.setdefault((tag.start, tag.end), tag)
    return list(found.values())


def one(nlp, text):
    found = durations(nlp, text)
    assert len(found) == 1, f"{text!r}: {[t.text for t in found]}"
    return found[0]


# ---------------------------------------------------------------- "period(s)"


@pytest.mark.parametrize(("text", "tagged", "value", "unit"), [
    ("Either side may cure the default during a sixty (60) day period after it is told.", "sixty (60) day", 60, "day"),
    ("Thereafter the licence continues for further two (2) year periods.", "two (2) year", 2, "year"),
    ("Fees are fixed for the first 12-month period.", "12-month", 12, "month"),
    ("The pilot runs for one (1) month period only.", "one (1) month", 1, "month"),
])
def test_a_duration_followed_by_period_is_tagged(nlp, text, tagged, value, unit):
    tag = one(nlp, text)
    assert (tag.text, tag.value["value"], tag.value["unit"]) == (tagged, value, unit)


def test_a_rate_or_an_age_is_still_no_duration(nlp):
    assert durations(nlp, "The desk is staffed 24 hours per day.") == []
    assert durations(nlp, "Laptops that are four years old are swapped.") == []
    assert durations(nlp, "Staff may take 10 days per year of leave.") == []


# ---------------------------------------------------------------- quarters


@pytest.mark.parametrize(("text", "tagged", "value", "hours"), [
    ("Credits are settled within one calendar quarter.", "one calendar quarter", 1, 90 * 24),
    ("The price holds for two (2) quarters.", "two (2) quarters", 2, 180 * 24),
    ("Usage is reviewed after 3 fiscal quarters.", "3 fiscal quarters", 3, 270 * 24),
])
def test_quarters(nlp, text, tagged, value, hours):
    tag = one(nlp, text)
    assert (tag.text, tag.value["value"], tag.value["unit"], tag.value["hours"]) == (tagged, value, "quarter", hours)


def test_a_share_in_quarters_is_no_duration(nlp):
    assert durations(nlp, "The reseller keeps three quarters of the margin.") == []
    assert durations(nlp, "Each quarter the parties meet.") == []


# ---------------------------------------------------------------- anniversaries


@pytest.mark.parametrize(("text", "tagged", "years"), [
    ("The subscription ends on the second anniversary of the Start Date.", "second anniversary", 2),
    ("Pricing is frozen until the fifth (5th) anniversary of signature.", "fifth (5th) anniversary", 5),
    ("Its term expires on the 3rd anniversary of the Go-Live Date.", "3rd anniversary", 3),
    ("No review occurs before the first year anniversary.", "first year anniversary", 1),
])
def test_an_anniversary_is_years_from_the_date_it_names(nlp, text, tagged, years):
    tag = one(nlp, text)
    assert tag.text == tagged
    assert tag.value["value"] == years and tag.value["unit"] == "year" and tag.value["anniversary"] is True
    assert tag.value["hours"] == years * 365 * 24


def test_an_anniversary_without_a_count_is_no_duration(nlp):
    assert durations(nlp, "Fees rise on each anniversary of the Start Date.") == []


# ---------------------------------------------------------------- compound durations


def test_a_compound_duration_is_one_tag_with_its_parts_summed(nlp):
    tag = one(nlp, "Data is retained for 4 months, three weeks and 1 day after exit.")
    assert tag.text == "4 months, three weeks and 1 day"
    assert tag.value["parts"] == [[4, "month"], [3, "week"], [1, "day"]]
    assert tag.value["unit"] == "day" and tag.value["value"] == 4 * 30 + 21 + 1
    assert tag.value["hours"] == (4 * 30 + 21 + 1) * 24


def test_years_and_months_count_a_year_as_twelve_months(nlp):
    tag = one(nlp, "The initial term is two (2) years and six (6) months.")
    assert tag.text == "two (2) years and six (6) months"
    assert (tag.value["value"], tag.value["unit"]) == (30, "month")


def test_a_list_of_durations_is_no_compound(nlp):
    found = durations(nlp, "Reminders go out at 30 days, 60 days and 90 days.")
    assert [t.text for t in found] == ["30 days", "60 days", "90 days"]
    found = durations(nlp, "Level 1 is fixed in 2 hours and level 2 in 8 hours and 30 minutes.")
    assert [t.text for t in found] == ["2 hours", "8 hours and 30 minutes"]


# ---------------------------------------------------------------- ranges


@pytest.mark.parametrize(("text", "tagged", "low", "high", "unit"), [
    ("An engineer attends within 2 to 4 hours.", "2 to 4 hours", 2, 4, "hour"),
    ("Notice must be served thirty (30) to sixty (60) days before expiry.", "thirty (30) to sixty (60) days", 30, 60, "day"),
    ("Refunds are made between five and ten business days after approval.", "between five and ten business days", 5, 10, "day"),
    ("Hardware is delivered in 3-5 weeks.", "3-5 weeks", 3, 5, "week"),
])
def test_a_range_is_one_tag_valued_at_its_upper_end(nlp, text, tagged, low, high, unit):
    tag = one(nlp, text)
    assert tag.text == tagged
    assert (tag.value["low"], tag.value["value"], tag.value["unit"]) == (low, high, unit)


def test_two_numbers_joined_by_and_are_not_added_up(nlp):
    tag = one(nlp, "It may take two and three days.")  # not a five-day duration
    assert tag.value["value"] == 3
    assert words_to_number("one hundred and twenty") == 120
    assert one(nlp, "within one hundred and twenty (120) days").value["value"] == 120


# ---------------------------------------------------------------- business vs calendar days


@pytest.mark.parametrize(("text", "business"), [
    ("Pay within 15 Business Days.", True),
    ("Pay within 15 banking days.", True),
    ("Pay within fifteen (15) working days.", True),
    ("Pay within 15 calendar days.", False),
    ("Pay within 15 days.", False),
    ("Answer within 1 to 2 business days.", True),
    ("Keep it for 1 month and 3 business days.", True),
])
def test_business_and_calendar_days(nlp, text, business):
    assert one(nlp, text).value["business"] is business


# ---------------------------------------------------------------- helpers


def test_ordinals_and_unit_conversion():
    assert [ordinal_to_number(w) for w in ("first", "Tenth", "21st", "2nd", "twenty-fifth", "umpteenth")] == \
        [1, 10, 21, 2, 25, None]
    assert in_unit(2, "year", "month") == 24
    assert in_unit(1, "quarter", "month") == 3
    assert in_unit(2, "week", "day") == 14


def test_a_redacted_figure_is_still_a_stated_duration_without_a_value():
    from checker.nlp.pipeline import analyse, build_pipeline, tags_of
    text = "The warranty runs for [***] days after delivery; the notice period is [ * ] ([*]) months."
    durations = [t for t in tags_of(analyse(build_pipeline(), text)) if t.label == "DURATION"]
    assert [(t.text, t.value.get("unit"), t.value.get("redacted"), "hours" in t.value) for t in durations] == [
        ("[***] days", "day", True, False), ("[ * ] ([*]) months", "month", True, False)]


def test_a_contract_whose_term_and_notice_are_redacted_is_reviewed(tmp_path):
    from checker.review import review_paths
    contract = tmp_path / "redacted.txt"
    contract.write_text(
        'This Hosting Agreement ("Agreement") is effective as of March 1, 2021 (the "Effective Date") between Kite '
        'Hosting Inc. ("Provider") and Wren Stores LLC ("Customer").\n\n1. Term. The initial term of this Agreement '
        'is [***] years from the Effective Date. It renews automatically for successive periods of [***] months '
        'unless either party gives [***] days\' written notice of non-renewal.\n', encoding="utf-8")
    report = review_paths([contract])  # used to fail: a withheld figure has no value to count a date with
    assert report.findings and not report.key_terms.get("notice_deadline")


def test_a_redacted_period_whose_unit_is_withheld_too_is_a_duration_without_a_length():
    from checker.nlp.pipeline import analyse, build_pipeline, tags_of
    text = "The Supplier warrants the Products for a period of [***] from shipment; notice within [***] days."
    tags = [(text[t.start:t.end], t.value) for t in tags_of(analyse(build_pipeline(), text)) if t.label == "DURATION"]
    assert tags == [("period of [***]", {"unit": None, "redacted": True}),
                    ("[***] days", {"unit": "day", "redacted": True})]


def test_a_redaction_with_dots_or_written_alone_before_what_it_runs_from_is_a_duration():
    from checker.nlp.pipeline import analyse, build_pipeline, tags_of
    text = ("The Buyer shall have [...***...] after the date of receipt to reject a shipment, notice within "
            "[...***...] days, for a period of [***] from shipment. The fee is [***] per unit.")
    tags = [(text[t.start:t.end], t.value) for t in tags_of(analyse(build_pipeline(), text)) if t.label == "DURATION"]
    assert tags == [("[...***...]", {"unit": None, "redacted": True}),
                    ("[...***...] days", {"unit": "day", "redacted": True}),
                    ("period of [***]", {"unit": None, "redacted": True})]


# ---------------------------------------------------------------- the figure repeated in words (issue 9, w34)


@pytest.mark.parametrize(("text", "tagged", "value", "unit"), [
    ("The first contact takes place within 1 (one) working hour.", "1 (one) working hour", 1, "hour"),
    ("Either party may leave on 90 (ninety) days' notice.", "90 (ninety) days", 90, "day"),
    ("The copies are kept for 5 (five) years.", "5 (five) years", 5, "year"),
    ("Invoices are payable within 30 (thirty) calendar days.", "30 (thirty) calendar days", 30, "day"),
    ("A call not normalised within 8 (eight) working hours goes to the manager.", "8 (eight) working hours", 8, "hour"),
])
def test_a_figure_repeated_in_words(nlp, text, tagged, value, unit):
    tag = one(nlp, text)
    assert tag.text == tagged
    assert (tag.value["value"], tag.value["unit"]) == (value, unit)
