"""How bench/key_terms.py scores against the lawyers' answers: the agreement that runs until a party ends it
('perpetual'), and a date answer left blank by a slip whose spans are the date."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location("key_terms_bench", Path(__file__).parents[1] / "bench" / "key_terms.py")
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)


@pytest.mark.parametrize(("term", "answer", "found", "result"), [
    ("Expiration Date", "perpetual", {"expiry_date": [{"value": "none: continues until terminated", "perpetual": True}]},
     "right"),
    ("Expiration Date", "Perpetual", {"expiry_date": [{"value": "2021-06-01", "date": "2021-06-01"}]}, "wrong"),
    ("Expiration Date", "6/1/21", {"expiry_date": [{"value": "none: continues until terminated", "perpetual": True}]},
     "wrong"),
    ("Renewal Term", "perpetual", {"renewal": [{"value": "continues until terminated", "evergreen": True}]}, "right"),
    ("Renewal Term", "successive 1 year", {"renewal": [{"value": "continues until terminated", "evergreen": True}]},
     "wrong"),
    ("Renewal Term", "", {"renewal": [{"value": "continues until terminated", "evergreen": True}]}, "spurious"),
])
def test_perpetual_is_a_value_ours_can_match(term, answer, found, result):
    ours, _ = bench.ours_for(term, found)
    assert bench.outcome(term, bench.gold_for(term, answer), ours)[0] == result


@pytest.mark.parametrize(("label", "answer"), [
    ({"answer": "", "spans": [{"text": "the 5th day of March, 2020"}]}, "the 5th day of March, 2020"),
    ({"answer": "", "spans": [{"text": "the date of the Closing"}]}, ""),  # an event: no date
    ({"answer": "", "spans": [{"text": "March 5, 2020"}, {"text": "June 1, 2020"}]}, ""),  # two dates: unknown
    ({"answer": "3/5/20", "spans": [{"text": "June 1, 2020"}]}, "3/5/20"),
])
def test_a_blank_date_answer_whose_spans_are_the_date(label, answer):
    assert bench.gold_answer("Effective Date", label) == answer


def test_durations_listed_by_the_lawyers_are_alternatives():
    assert bench.gold_durations("4 years, 6 months") == [pytest.approx(4 * 365.25), pytest.approx(6 * 30.44)]
    assert bench.gold_durations("successive 1 year") == [pytest.approx(365.25)]
