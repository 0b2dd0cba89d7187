"""How bench/key_terms.py scores against the lawyers' answers: the agreement that runs until a party ends it
('perpetual'), a date answer left blank by a slip whose spans are the date, and party names: the same names
written another way are the same, and nothing more. Every name here is invented."""

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


def test_a_two_digit_year_reads_as_checker_reads_it():
    # an agreement of 2016 that expires on 12/21/35 expires in 2035, not in 1935
    ours, _ = bench.ours_for("Expiration Date", {"expiry_date": [{"value": "2035-12-21", "date": "2035-12-21"}]})
    assert bench.outcome("Expiration Date", bench.gold_for("Expiration Date", "12/21/35"), ours)[0] == "right"
    assert bench.gold_for("Expiration Date", "6/1/98") == (1998, 6, 1)
    # a date whose year the contract leaves out ('--04-30') against the lawyers' '04/30/[]'
    ours, _ = bench.ours_for("Effective Date", {"effective_date": [{"value": "30th day of April", "date": "--04-30"}]})
    assert bench.outcome("Effective Date", bench.gold_for("Effective Date", "04/30/[]"), ours)[0] == "right"


@pytest.mark.parametrize(("answer", "result"), [("8/1/19", "right"), ("8/12/19", "wrong"), ("9/1/19", "wrong")])
def test_a_month_without_a_day_is_the_lawyers_first_of_it(answer, result):
    # the contract says 'August, 2019'; the lawyers write it as its first day
    ours, _ = bench.ours_for("Agreement Date", {"agreement_date": [{"value": "August, 2019", "date": "2019-08"}]})
    assert bench.outcome("Agreement Date", bench.gold_for("Agreement Date", answer), ours)[0] == result


def test_durations_listed_by_the_lawyers_are_alternatives():
    assert bench.gold_durations("4 years, 6 months") == [pytest.approx(4 * 365.25), pytest.approx(6 * 30.44)]
    assert bench.gold_durations("successive 1 year") == [pytest.approx(365.25)]


@pytest.mark.parametrize(("answer", "expected"), [
    # a quoted alias without parenthesis ends the name
    ('Quillon.com Inc. "Quillon"; Tarn Foods, Inc."Sponsor"', ["quillon com", "tarn foods"]),
    # or one that lost only its opening parenthesis
    ('Zephyr Tools, LLC ("Zephyr"), Zephyr do Brasil Ltda. "Zephyr Brazil"), Pike Ltd ("Pike")',
     ["zephyr tools", "zephyr do brasil", "pike"]),
    # an entry that groups names given before it is no party of its own
    ('Harrow Labs, Inc. ("Seller"); Harrow IP LLC ("Licensing"); Harrow IP LLC together with Harrow Labs, Inc. ("Harrow");'
     ' Bexley Holdings, Inc. ("Buyer"); Seller and Buyer ("Principals")', ["harrow labs", "harrow ip", "bexley holdings"]),
    ('Orme AB ("Orme"); Tarn GmbH ("Tarn"); Orme AB, Tarn GmbH (collectively referred to as the "Parties")', ["orme", "tarn"]),
    # what comes with a party is no part of its name; names joined by 'and' that each end in a suffix are two
    ('Calder Bank Corporation together with its successors and assigns ("Lender"); Kestrel Foods Ltd. and all of its '
     'subsidiaries ("Kestrel")', ["calder bank", "kestrel foods"]),
    ('Wexley, Inc. and Wexley Radio, Inc. (collectively "Wexley"); Dunmore, L.L.C. ("Dunmore")', ["wexley", "wexley radio", "dunmore"]),
    # ', ' after an alias starts another name; ';' inside brackets splits nothing
    ('Zephyr Tools, LLC ("Zephyr"), Zephyr do Brasil Ltda. ("Zephyr Brazil"); Pike Ltd ("Pike"), solely for Section 2[Confidentiality; Non-solicitation]',
     ["zephyr tools", "zephyr do brasil", "pike"]),
])
def test_gold_party_names(answer, expected):
    assert bench.gold_parties(answer) == expected


def test_the_same_name_written_another_way_matches_and_another_name_does_not():
    assert bench.same_party(bench.party_name("The Babcock and Ridley Company"), bench.party_name("BABCOCK & RIDLEY CO."))
    assert bench.same_party(bench.party_name("Pifzar Inc."), bench.party_name("Pfizar Inc"))  # two letters swapped
    assert not bench.same_party(bench.party_name("Torevic Inc."), bench.party_name("Torvec Inc."))
    assert not bench.same_party(bench.party_name("Acme Inc."), bench.party_name("Acne Inc."))  # too short for a slip
    assert bench.party_names("Capsule US, LLC and its Affiliates") == ["capsule us"]
    assert bench.party_names("Babcock and Ridley Company") == ["babcock and ridley"]


def test_a_town_named_with_or_without_its_state_is_one_party_and_a_company_keeps_its_place_word():
    assert bench.party_name("TOWN OF HARLOW, VERMONT") == bench.party_name("Town of Harlow")
    assert bench.party_name("City of Elm Springs, Texas") == "city of elm springs"
    assert bench.party_name("Vermont Power Co.") == "vermont power"
    assert not bench.same_party(bench.party_name("Harlow Vermont Inc."), bench.party_name("Harlow Inc."))


def test_a_list_of_companies_that_ends_with_a_person_is_several_names():
    # what a side of several members is written as, ours ('A, LLC and Jo Hart') or the lawyers'
    assert bench.party_names("Harbour Fund L.P., Kestrel Research, LLC and Jo Hart") == \
        ["harbour fund", "kestrel research", "jo hart"]
    assert bench.party_names("Babcock, Inc. and Sons") == ["babcock inc and sons"]  # a guard: not a person


def test_a_slip_of_typing_in_a_long_suffix_is_the_suffix():
    # the lawyers' 'Corporatino': the name, not the suffix, is compared, and a list of such names is several
    assert bench.party_name("Harbour Freight Corporatino") == bench.party_name("HARBOUR FREIGHT CORPORATION")
    assert bench.gold_parties("Harbour Freight Corporatino, Harbour Freight Leasing Corporation") == \
        ["harbour freight", "harbour freight leasing"]
    assert bench.party_name("Quill Compant") == "quill"
    assert bench.party_name("Limiter Works") == "limiter works"  # a word of the name, not its last, stays


@pytest.mark.parametrize(("answer", "expected"), [
    # a ';' inside an alias's parenthesis splits nothing
    ('Crumbwell, Inc. doing business as Crumbwell ("Crumbwell"; "FRANCHISOR"); Dorrit Ltd ("Dorrit")', ["crumbwell", "dorrit"]),
    # an entry that is only aliases (a form's unnamed party) names no one; nor does a blank
    ('Harbour Cafe Corp ("we", "us"); ("you," "Franchise Owner") ____________ ("you")', ["harbour cafe"]),
    ('Tamsin Labs Inc. ("Issuer"); [] ("Agent")', ["tamsin labs"]),
    # a parenthesis round the whole answer is no alias's
    ('(Orrin Savings Corporation ("Company"); Pell & Wyatt, Inc. ("Agent"))', ["orrin savings", "pell and wyatt"]),
    # what comes with a party, 'or its subsidiaries', is no part of its name
    ('Vantor Systems, Inc. or its subsidiaries licensing the Software ("Vantor")', ["vantor systems"]),
])
def test_gold_party_entries(answer, expected):
    assert bench.gold_parties(answer) == expected


def test_one_party_under_two_names_matches_either():
    gold = bench.gold_parties('Grain Goods, Inc./ Crisp Brands (collectively, the "Company"); Pell Ltd ("Pell")')
    assert any(bench.same_party(g, bench.party_name("Grain Goods, Inc.")) for g in gold)
    assert any(bench.same_party(g, bench.party_name("CRISP BRANDS")) for g in gold)
    assert not any(bench.same_party(g, bench.party_name("Grain Foods Holdings")) for g in gold)
    assert bench.party_names("Osier Trading, LLC / Quint Devices, Inc.") == ["osier trading|quint devices"]
    assert bench.party_name("Smith d/b/a Smith Tools") == "smith"  # d/b/a is no second name


def test_a_slip_in_a_short_suffix_after_the_comma_is_the_suffix():
    assert bench.party_name("Tarrow Empire, In. DBA Coast Works") == bench.party_name("Tarrow Empire, Inc.")
    assert bench.party_name("Acme Mills, Boston, MA") == "acme mills boston ma"  # a place, no suffix
    assert bench.party_name("Holt Metals, PA") == "holt metals pa"  # a state's letters, not 'S.p.A.'


@pytest.mark.parametrize(("answer", "ours", "result"), [
    ("[]/[]/2000", None, "none"), ("[]/[]/20[]", None, "none"),  # a form's blank date: saying nothing is right
    ("[]/[]/2000", {"value": "2000", "date": "2000"}, "right"),  # so is its year
    ("[]/[]/2000", {"value": "May 3, 1999", "date": "1999-05-03"}, "wrong"),
    ("6/[]/2000", None, "silent"),  # a month stated: a date to read
])
def test_a_form_s_blank_date(answer, ours, result):
    found = {"effective_date": [ours]} if ours else {}
    value, _ = bench.ours_for("Effective Date", found)
    assert bench.outcome("Effective Date", bench.gold_for("Effective Date", answer), value)[0] == result


@pytest.mark.parametrize(("answer", "ours", "result"), [
    # a party the lawyers list unnamed (a blank, only aliases, a description): ours may show it by its alias or leave it out
    ('Lumen Optics Inc.; [*] ("Distributor")', ["Lumen Optics Inc.", "Distributor"], "right"),
    ('Lumen Optics Inc.; [*] ("Distributor")', ["Lumen Optics Inc."], "right"),
    ('FAIRWAY APPAREL, INC. ("Company"); __________ ("Professional")', ["Fairway Apparel, Inc.", "Professional"], "right"),
    ('Harbour Cafe Corp ("we", "us"); the individual or legal entity identified on the cover page ("Franchisee", "You")',
     ["Harbour Cafe Corp", "Franchisee"], "right"),
    # but no other name
    ('Lumen Optics Inc.; [*] ("Distributor")', ["Lumen Optics Inc.", "Ridge Supply LLC"], "wrong"),
    ('Lumen Optics Inc.; [*] ("Distributor")', ["Lumen Optics Inc.", "Reseller"], "wrong"),
])
def test_a_party_the_lawyers_list_unnamed(answer, ours, result):
    gold = bench.gold_for("Parties", answer)
    names = [n for name in ours for n in bench.party_names(name)]
    assert bench.outcome("Parties", gold, names, bench.gold_unnamed(answer))[0] == result
