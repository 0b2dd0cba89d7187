"""Key dates (checker/keydates.py): expiry from the effective date and the term, the last day to
give notice of non-renewal, month ends, leap years, business days, renewal terms rolled forward
to the as-of day; and the expiry and renewal read from the words (checker/keyterms.py). Every
text here is our own."""

from datetime import date

import pytest

from checker.engine.context import Package
from checker.keydates import add_length, deadline, notice_deadline, refresh
from checker.keyterms import key_terms
from checker.model import Document
from checker.review import analyse_document

MONTH = {"value": 1, "unit": "month", "business": False}
YEAR = {"value": 1, "unit": "year", "business": False}


def length(value, unit, business=False):
    return {"value": value, "unit": unit, "business": business}


@pytest.mark.parametrize(("start", "added", "expected"), [
    (date(2025, 1, 31), MONTH, date(2025, 2, 28)),  # no 31 February: the month's last day
    (date(2024, 1, 31), MONTH, date(2024, 2, 29)),  # a leap year's February
    (date(2025, 3, 31), length(1, "quarter"), date(2025, 6, 30)),
    (date(2024, 2, 29), YEAR, date(2025, 2, 28)),  # a year from 29 February
    (date(2024, 2, 29), length(4, "year"), date(2028, 2, 29)),
    (date(1999, 2, 26), YEAR, date(2000, 2, 26)),  # the anniversary, as the CUAD lawyers count
    (date(2025, 12, 20), length(2, "week"), date(2026, 1, 3)),
])
def test_lengths_across_month_ends_and_leap_years(start, added, expected):
    assert add_length(start, added) == expected


def test_an_initial_term_from_the_last_day_of_a_month_or_a_leap_day():
    assert add_length(date(2024, 2, 29), length(12, "month")) == date(2025, 2, 28)
    assert add_length(date(2023, 8, 31), length(6, "month")) == date(2024, 2, 29)


def test_the_last_day_to_give_notice_in_calendar_and_business_days():
    end = date(2026, 3, 2)  # a Monday
    assert deadline(end, length(90, "day"), date(2025, 1, 1)) == (date(2025, 12, 2), end)
    # ten business days: two working weeks back, the weekends skipped
    assert deadline(end, length(10, "day", business=True), date(2025, 1, 1)) == (date(2026, 2, 16), end)
    # three months before 31 May is the last day of February
    assert deadline(date(2025, 5, 31), length(3, "month"), date(2025, 1, 1)) == (date(2025, 2, 28), date(2025, 5, 31))


def test_an_automatic_renewal_rolls_the_deadline_to_the_current_term():
    expiry, notice = date(2024, 1, 1), length(60, "day")
    # the initial term's deadline (2 Nov 2023) has passed on the as-of day: the renewal term to 1 Jan 2026 holds it
    assert deadline(expiry, notice, date(2025, 6, 1), renewal=YEAR) == (date(2025, 11, 2), date(2026, 1, 1))
    # on the deadline itself it is still that term's
    assert deadline(expiry, notice, date(2025, 11, 2), renewal=YEAR) == (date(2025, 11, 2), date(2026, 1, 1))
    assert deadline(expiry, notice, date(2025, 11, 3), renewal=YEAR) == (date(2026, 11, 2), date(2027, 1, 1))
    # no automatic renewal: the one deadline, passed
    assert deadline(expiry, notice, date(2025, 6, 1)) == (date(2023, 11, 2), expiry)


def _terms(text, as_of):
    document = Document(path="own.txt", format="txt", text=text, page_starts=[0], sections=[], tables=[], sha256="")
    return key_terms(Package([analyse_document(document)]), as_of=as_of)


PREAMBLE = ('This Support Agreement is made on 31 January 2024 between Fenwick Data Ltd ("Provider") and Rowan Bakeries '
            'Ltd ("Customer").\n\n')


def test_expiry_computed_and_the_notice_deadline_of_the_current_term():
    text = PREAMBLE + ('1. This Agreement is effective as of 31 January 2024 and continues for an initial term of one (1) '
                       'month. Thereafter this Agreement shall automatically renew for successive one (1) year periods '
                       'unless either party gives at least ten (10) business days written notice of non-renewal before '
                       'the end of the then current term.\n')
    terms = _terms(text, date(2024, 2, 1))
    expiry = terms["expiry_date"][0]
    assert (expiry["date"], expiry["computed"]) == ("2024-02-29", True)  # 31 January + 1 month, a leap year
    assert terms["renewal"][0]["automatic"] is True
    due = terms["notice_deadline"][0]
    assert (due["date"], due["term_end"], due["business_days"], due["passed"]) == ("2024-02-15", "2024-02-29", True, False)
    assert due["evidence"]["quote"].startswith("Thereafter this Agreement shall automatically renew")
    # later: the renewal term to 28 February 2025 (a year from 29 February) is the current one
    later = refresh(terms, date(2024, 6, 1))["notice_deadline"][0]
    assert (later["date"], later["term_end"]) == ("2025-02-14", "2025-02-28")


def test_a_stated_expiry_date_and_a_renewal_only_by_agreement():
    text = PREAMBLE + ('1. This Agreement shall commence on 1 April 2024 and shall expire on 31 March 2027. The term may '
                       'be extended for a further period of one (1) year by mutual written agreement of the parties, '
                       'provided that either party may give ninety (90) days notice of non-renewal.\n')
    terms = _terms(text, date(2027, 6, 1))
    assert (terms["expiry_date"][0]["date"], terms["expiry_date"][0].get("computed")) == ("2027-03-31", None)
    assert terms["renewal"][0]["automatic"] is False
    due = terms["notice_deadline"][0]
    assert (due["date"], due["passed"]) == ("2026-12-31", True)  # not rolled forward: it does not renew by itself


def test_another_agreement_ending_is_not_the_expiry():
    text = PREAMBLE + ('1. The Distribution Agreement between Fenwick Data Ltd and a reseller continues until 30 June 2025. '
                       'This Agreement is effective as of 31 January 2024.\n')
    assert _terms(text, date(2024, 2, 1))["expiry_date"] == []


def test_no_deadline_without_an_expiry_or_a_notice():
    assert notice_deadline({"expiry_date": [{"date": "2026-01-01"}], "notice_periods": []}, date(2025, 1, 1)) == []
    assert notice_deadline({"expiry_date": [], "notice_periods": [
        {"what": "non-renewal", "length": length(30, "day")}]}, date(2025, 1, 1)) == []


def test_an_agreement_without_an_end_has_no_expiry_date_and_no_deadline():
    from checker.keydates import key_dates_row
    text = PREAMBLE + ("1. This Agreement is effective as of 31 January 2024 and shall continue in effect until terminated by "
                       "either party upon sixty (60) days' prior written notice.\n")
    terms = _terms(text, date(2024, 2, 1))
    assert terms["expiry_date"][0]["value"] == "none: continues until terminated"
    assert terms["notice_deadline"] == []
    assert key_dates_row(terms)["expiry"] == "until terminated"


def test_expiry_from_the_date_the_contract_is_made_when_it_names_no_effective_date():
    # no sentence says when it takes effect: its term runs from the date it is made
    text = PREAMBLE + '1. The term of this Agreement shall be two (2) years.\n'
    terms = _terms(text, date(2024, 2, 1))
    assert terms["effective_date"] == []
    expiry = terms["expiry_date"][0]
    assert (expiry["date"], expiry["computed"]) == ("2026-01-31", True)
    assert "agreement date 31 January 2024" in expiry["value"]
