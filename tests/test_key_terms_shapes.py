"""Parties and effective date in shapes a contract manager meets in any firm's contracts (issue 11): the term in
effect from a date in its other wordings, the day the last party signs in its other wordings, a year alone where a
template's blanks were lost, a date a period ends on that is no date the contract is made, a party a template leaves
unnamed. Every contract text here is written for these tests."""

from __future__ import annotations

import pytest

from checker.engine.context import Package
from checker.ingest import load_document
from checker.keyterms import key_terms
from checker.review import analyse_document


def read(tmp_path, text: str) -> dict:
    path = tmp_path / "contract.txt"
    path.write_text(text + "\n\n7. Payment. The Buyer shall pay each invoice within 30 days.\n")
    return key_terms(Package([analyse_document(load_document(path))]))


def effective(tmp_path, text: str) -> str | None:
    found = read(tmp_path, text)["effective_date"]
    return found[0]["date"] if found else None


MADE = ("SUPPLY AGREEMENT\n\nThis Agreement is made on 12 January 2021 between Larchmont Pumps Ltd (\"Supplier\") and "
        "Okeford Water Plc (\"Buyer\").\n\n2. Term. ")


# ---------------------------------------------------------------- the term in effect from a date


@pytest.mark.parametrize("sentence", [
    "This Contract shall be in effect from February 1, 2021 through January 31, 2023.",
    "This Agreement shall remain in effect from 1 February 2021 until 31 January 2023.",
    "The term of this Agreement shall run from February 1, 2021 to January 31, 2023.",
    "The Agreement Period is from 1 February 2021 to 31 January 2023.",
    "This Agreement covers the period from February 1, 2021 to January 31, 2023.",
    "This Agreement shall be effective for the period February 1, 2021 through January 31, 2023.",
    "This Agreement shall be valid for a period of two years from 1 February 2021.",
    "This Agreement shall have a term of two (2) years beginning February 1, 2021.",
    "This Agreement shall commence on the Effective Date, which is February 1, 2021.",
])
def test_the_term_in_effect_from_a_date(tmp_path, sentence):
    assert effective(tmp_path, MADE + sentence) == "2021-02-01"


@pytest.mark.parametrize("sentence", [
    # a period that is not the agreement's: the fiscal year, a price held for a time
    "The Buyer's fiscal year beginning February 1, 2021 is the first year of forecasts.",
    "Prices are valid for a period of two months from February 1, 2021.",
])
def test_another_period_from_a_date_is_no_effective_date(tmp_path, sentence):
    assert effective(tmp_path, MADE + sentence) is None


# ---------------------------------------------------------------- in effect on the day the last party signs

SIGNATURES = ("\n\nIN WITNESS WHEREOF the parties have signed this Agreement.\n\nLARCHMONT PUMPS LTD\nBy: /s/ R. Hale\n"
              "Date: March 3, 2021\n\nOKEFORD WATER PLC\nBy: /s/ T. Ames\nDate: March 9, 2021\n")
UNDATED = ("SUPPLY AGREEMENT\n\nThis Agreement is made between Larchmont Pumps Ltd (\"Supplier\") and Okeford Water Plc "
           "(\"Buyer\"). ")


@pytest.mark.parametrize("sentence", [
    "This Agreement is effective as of the later of the two dates beneath the parties' signatures below.",
    "The Effective Date of this Agreement is the date on which the last of the parties signs it.",
    "This Agreement enters into force on the day of its signature by both Parties.",
    "This Agreement is effective on the date it is fully executed.",
    "This Agreement shall be effective as of the date of full execution.",
    "This Agreement becomes effective on the date signed by the second party to sign.",
])
def test_in_effect_on_the_day_the_last_party_signs(tmp_path, sentence):
    assert effective(tmp_path, UNDATED + sentence + SIGNATURES) == "2021-03-09"


def test_counterparts_that_bind_when_signed_are_no_effective_date(tmp_path):
    # how counterparts bind, not when the agreement takes effect (the lawyers leave the effective date blank)
    text = UNDATED + ("This Agreement may be executed in counterparts and shall become effective when one or more "
                      "counterparts have been signed by each of the parties and delivered to the other party.")
    assert effective(tmp_path, text + SIGNATURES) is None


# ---------------------------------------------------------------- a template's blanks lost in the filing


@pytest.mark.parametrize(("sentence", "date"), [
    ("This Amendment between Larchmont Pumps Ltd (\"Supplier\") and Okeford Water Plc (\"Buyer\") is entered into on "
     "2021 (the \"Effective Date\").", "2021"),
    ("This Amendment is dated as of 2019 (the \"Effective Date\") and is made by and between Larchmont Pumps Ltd "
     "(\"Supplier\") and Okeford Water Plc (\"Buyer\").", "2019"),
    ("This Amendment is made effective 2020 (the \"Commencement Date\") between Larchmont Pumps Ltd (\"Supplier\") "
     "and Okeford Water Plc (\"Buyer\").", "2020"),
])
def test_a_year_alone_where_the_blanks_were_lost(tmp_path, sentence, date):
    text = "AMENDMENT NO. 1 TO SUPPLY AGREEMENT\n\n" + sentence + " The Existing Agreement dated May 4, 2015 is amended."
    assert effective(tmp_path, text) == date


def test_a_date_a_period_ends_on_is_not_the_date_the_contract_is_made(tmp_path):
    text = ("ENDORSEMENT AGREEMENT\n\nThis Agreement is between Larchmont Pumps Ltd (\"Sponsor\") and Jo Ames "
            "(\"Athlete\").\n\n1. Definitions. \"Contract Period\" means the period commencing upon the full execution "
            "of this Agreement and terminating on June 30, 2024.")
    found = read(tmp_path, text)
    assert found["agreement_date"] == [] and found["effective_date"] == []


# ---------------------------------------------------------------- a party a template leaves unnamed


def names(tmp_path, text: str) -> list[str]:
    return [item["name"] for item in read(tmp_path, text)["parties"]]


@pytest.mark.parametrize(("preamble", "alias"), [
    ("and ______________________________ (\"Franchisee\").", "Franchisee"),
    ("and the person or entity named on the signature page (\"Franchisee\" or \"you\").", "Franchisee"),
    ("and the individual identified in Schedule 1 (\"Agent\").", "Agent"),
    ("and [NAME OF REPRESENTATIVE], a [STATE] corporation (\"Representative\").", "Representative"),
])
def test_a_party_the_template_leaves_unnamed_is_shown_by_its_alias(tmp_path, preamble, alias):
    text = ("FRANCHISE AGREEMENT\n\nThis Agreement is made between Harbor Cafe Systems, Inc., a Texas corporation "
            "(\"Company\"), " + preamble)
    assert names(tmp_path, text) == ["Harbor Cafe Systems, Inc.", alias]


def test_a_thing_the_text_defines_after_the_parties_is_no_party(tmp_path):
    text = ("LICENSE AGREEMENT\n\nThis Agreement is made between Harbor Cafe Systems, Inc. (\"Licensor\") and Dunmore "
            "Foods LLC (\"Licensee\") for the products identified in Exhibit A (\"Licensed Products\"), and the stores "
            "listed in Exhibit B (\"Outlets\").")
    assert names(tmp_path, text) == ["Harbor Cafe Systems, Inc.", "Dunmore Foods LLC"]


def test_a_firm_named_for_its_trade_is_a_party(tmp_path):
    # a name that ends in 'Services', given its first word for alias, is a firm's name, not the services
    text = ("SUBCONTRACT\n\nThis Agreement is made between Bluewater Technical Services (\"Bluewater\") and Dunmore "
            "Foods LLC (\"Dunmore\").")
    assert names(tmp_path, text) == ["Bluewater Technical Services", "Dunmore Foods LLC"]


def test_names_in_capitals_with_an_address_and_a_short_name_without_quote_marks(tmp_path):
    # EDGAR text that lost its quote marks: the short name in brackets is the name's first word or its initials
    text = ("DEALER AGREEMENT\n\nThis Agreement is made by and between HOLLIS MARINE SUPPLY OF 40 HARBOR ROAD, "
            "PORTLAND, MAINE 04101 (HOLLIS) and NORTHERN CABLE WORKS, INC. OF 12 MILL STREET, BANGOR, MAINE 04401 (NCW) "
            "on the terms below.")
    assert names(tmp_path, text) == ["HOLLIS MARINE SUPPLY", "NORTHERN CABLE WORKS, INC."]
