"""Key terms read from the kinds of wording contracts use (checker/keyterms.py, checker/nlp/dates.py):
governing law, agreement and effective dates, renewal term, notice to stop renewal. Every contract
text here is written for these tests."""

from __future__ import annotations

import pytest

from checker.engine.context import Package
from checker.ingest import load_document
from checker.keyterms import key_terms
from checker.nlp.dates import iso, parse_date, writes_day_first
from checker.review import analyse_document


def read(tmp_path, text: str) -> dict:
    path = tmp_path / "contract.txt"
    path.write_text("MASTER SERVICES AGREEMENT\n\n" + text + "\n")
    return key_terms(Package([analyse_document(load_document(path))]))


def value(found: dict, name: str):
    return found[name][0]["value"] if found[name] else None


# ---------------------------------------------------------------- governing law


@pytest.mark.parametrize(("sentence", "law"), [
    ("This Agreement shall be construed and enforced in accordance with the laws of the State of Ohio.", "State of Ohio"),
    ("This Agreement is governed by, and shall be construed under, the laws of the Commonwealth of Virginia.",
     "Commonwealth of Virginia"),
    ("This Agreement is governed by the substantive laws of the State of Iowa, without regard to conflict rules.",
     "State of Iowa"),
    ("This Agreement shall be interpreted under the internal laws of the state of Israel.", "state of Israel"),
    ("The laws of the Province of Alberta shall govern this Agreement.", "Province of Alberta"),
    ("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF OREGON APPLICABLE TO CONTRACTS MADE THERE.",
     "STATE OF OREGON"),
    ("This Agreement is governed by the laws, other than the rules on choice of law, of the State of Utah.", "State of Utah"),
    ("This Agreement and any dispute under it is governed by Swiss law.", "Switzerland"),
    ("This Agreement is governed by the laws of England and Wales.", "England and Wales"),
    ("This Agreement is governed by the laws of the United States and the State of Maine.",
     "United States and the State of Maine"),
    ("This Agreement is made in the State of Idaho and shall be governed by the laws thereof.", "Idaho"),
])
def test_governing_law_in_its_many_wordings(tmp_path, sentence, law):
    assert value(read(tmp_path, "1. Fees. The Customer pays monthly.\n\n2. Law. " + sentence), "governing_law") == law


def test_governing_law_prefers_the_clause_about_the_agreement(tmp_path):
    found = read(tmp_path, "1. Counsel shall opine on matters governed by the laws of the State of Kansas.\n\n"
                           "2. This Agreement shall be construed in accordance with the laws of the State of Vermont.")
    assert value(found, "governing_law") == "State of Vermont"


def test_export_laws_are_no_choice_of_law(tmp_path):
    found = read(tmp_path, "1. Each party complies with the export laws of the United States controlling shipments.\n\n"
                           "2. This Agreement is governed by the laws of the State of Nevada.")
    assert value(found, "governing_law") == "State of Nevada"
    assert read(tmp_path, "1. Each party complies with the laws of the State of Texas.")["governing_law"] == []


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(("text", "parts"), [
    ("Nov. 02, 2019", (2019, 11, 2)),
    ("April 15 , 2010", (2010, 4, 15)),
    ("the 3rd day of May, 2021", (2021, 5, 3)),
    ("22nd of July 2015", (2015, 7, 22)),
    ("9/14/2018", (2018, 9, 14)),
    ("03-04-07", (2007, 3, 4)),
    ("2022-12-31", (2022, 12, 31)),
    ("this ____ day of October, 2016", (2016, 10, None)),
    ("[ ], 2021", (2021, None, None)),
    ("February 29, 2021", None),
])
def test_dates_in_the_forms_contracts_use(text, parts):
    assert parse_date(text) == parts


def test_numeric_dates_follow_how_the_document_spells_its_dates():
    assert writes_day_first("signed on 4 June 2024 and amended on 9 July 2024") is True
    assert parse_date("04/06/2024", day_first=True) == (2024, 6, 4)
    assert parse_date("04/06/2024") == (2024, 4, 6)
    assert iso((2018, 3, None)) == "2018-03" and iso((2020, None, None)) == "2020"


def test_the_effective_date_is_the_one_called_effective(tmp_path):
    found = read(tmp_path, "This Agreement is dated March 2, 2021, effective as of April 1, 2021, between Alder Ltd "
                           "and Birch Inc.")
    assert (value(found, "agreement_date"), found["agreement_date"][0]["date"]) == ("March 2, 2021", "2021-03-02")
    assert (value(found, "effective_date"), found["effective_date"][0]["date"]) == ("April 1, 2021", "2021-04-01")


def test_an_effective_date_defined_by_a_date(tmp_path):
    found = read(tmp_path, "This Agreement is made on 5 January 2022.\n\n"
                           '1. Definitions. "Effective Date" means 1 February 2022.')
    assert found["effective_date"][0]["date"] == "2022-02-01"
    assert found["agreement_date"][0]["date"] == "2022-01-05"


def test_an_effective_date_that_points_to_the_date_above(tmp_path):
    found = read(tmp_path, "Dated: Sept. 9, 2020\n\nThis Agreement takes effect as of the date first written above "
                           '(the "Effective Date").')
    assert found["effective_date"][0]["date"] == "2020-09-09"


def test_an_effective_date_that_is_an_event_is_no_date(tmp_path):
    found = read(tmp_path, "This Agreement is made on June 3, 2019.\n\n"
                           '1. The date on which the regulator approves the transfer of the licence shall be the '
                           '"Effective Date". Should the approval not be given by August 30, 2019, this Agreement lapses.')
    assert found["effective_date"] == []
    assert found["agreement_date"][0]["date"] == "2019-06-03"


def test_an_effective_date_defined_as_the_day_the_parties_sign(tmp_path):
    # the signature block dates it; the lawyers give that day, not 'no date'
    found = read(tmp_path, "This Agreement is made on June 3, 2019.\n\n"
                           '1. "Effective Date" means the date on which the last party signs this Agreement.\n\n'
                           "IN WITNESS WHEREOF the parties sign.\n\nBy: /s/ A. Lee\nDate: June 5, 2019\n\n"
                           "By: /s/ B. Noor\nDate: June 7, 2019\n")
    assert found["effective_date"][0]["date"] == "2019-06-07"


@pytest.mark.parametrize(("text", "date"), [
    # British 'with effect from', after the day it is made
    ("This Agreement is made on 3 March 2020 with effect from 1 April 2020 between Alder Ltd and Birch plc.", "2020-04-01"),
    ("This Agreement is effective on and as of June 1, 2020 between Alder Ltd and Birch Inc.", "2020-06-01"),
    ("This Agreement is made on May 4, 2020 and is effective retroactively to January 1, 2020, between Alder Ltd and "
     "Birch Inc.", "2020-01-01"),
    ("Effective as of: July 1, 2020\n\nThis Agreement is made between Alder Ltd and Birch Inc.", "2020-07-01"),  # a label
    # in force or valid from a day, a term that runs from one day to another
    ("This Agreement is made between Alder Ltd and Birch Inc.\n\n2. Duration. This Agreement will be in force from 1 July "
     "2020 until 30 June 2022.", "2020-07-01"),
    ("This Agreement is made between Alder Ltd and Birch Inc.\n\n2. Duration. This Agreement shall be valid from 1 July 2020 "
     "for two years.", "2020-07-01"),
    ("This Agreement is made between Alder Ltd and Birch Inc.\n\n2. Term. The term of this Agreement is from July 1, 2020 to "
     "June 30, 2022.", "2020-07-01"),
    ("This Agreement is made between Alder Ltd and Birch Inc.\n\n2. Term. The initial term of this Agreement shall be the "
     "period from July 1, 2020 through June 30, 2022.", "2020-07-01"),
])
def test_the_wordings_that_give_the_day_the_agreement_takes_effect(tmp_path, text, date):
    assert read(tmp_path, text)["effective_date"][0]["date"] == date


@pytest.mark.parametrize("sentence", [
    "Either party may terminate this Agreement with effect from 31 May 2021 by written notice given before that day.",
    "The parties agree that the Prior Services Agreement is terminated effective as of March 1, 2020.",
])
def test_the_day_something_ends_with_effect_is_no_effective_date(tmp_path, sentence):
    found = read(tmp_path, "This Agreement is made between Alder Ltd and Birch Inc.\n\n1. Ending. " + sentence)
    assert found["effective_date"] == []


def test_a_term_that_commences_on_a_date(tmp_path):
    found = read(tmp_path, "1. Term. The term of this Agreement shall commence upon October 1, 2017 and run for "
                           "two (2) years.")
    assert found["effective_date"][0]["date"] == "2017-10-01"


# ---------------------------------------------------------------- renewal and notice to stop it


@pytest.mark.parametrize(("sentence", "hours"), [
    ("The Term may be extended by the Customer for an additional two (2) year period.", 2 * 8760),
    ("After the first term this Agreement shall continue automatically for successive annual periods.", 8760),
    ("Thereafter this Agreement continues on a year to year basis until either party ends it.", 8760),
    ("The initial term is three (3) years, after which this Agreement shall automatically renew for further "
     "one (1) year terms unless either party gives at least ninety (90) days prior written notice.", 8760),
    ("This Agreement runs for 24 months and thereafter shall renew automatically for successive periods of six (6) "
     "months.", 6 * 720),
    ("Without notice to the contrary this contract will automatically extend for an additional month.", 720),
])
def test_the_renewal_term_is_neither_the_initial_term_nor_the_notice(tmp_path, sentence, hours):
    found = read(tmp_path, "1. Scope. The Provider supports the Customer's desktops.\n\n2. Term. " + sentence)
    assert found["renewal"][0]["hours"] == pytest.approx(hours)


def test_a_refusal_to_renew_is_no_renewal_period(tmp_path):
    found = read(tmp_path, "2. Term. If the Customer tells the Provider of its intent not to renew this Agreement "
                           "within a period of two (2) months after the reminder, this Agreement ends; otherwise "
                           "this Agreement shall automatically renew for one (1) twelve-month period.")
    assert found["renewal"][0]["hours"] == pytest.approx(12 * 720)


@pytest.mark.parametrize("sentence", [
    "This Agreement renews for successive one (1) year terms unless a party sends written notification of "
    "non-renewal at least sixty (60) days before the end of the current term.",
    "This Agreement renews each year for a further one (1) year term unless either party notifies the other that "
    "it will not renew at least sixty (60) days before the renewal date.",
])
def test_notice_to_stop_renewal_without_the_word_notice(tmp_path, sentence):
    found = read(tmp_path, "2. Term. " + sentence)
    non_renewal = [i for i in found["notice_periods"] if i["what"] == "non-renewal"]
    assert non_renewal and non_renewal[0]["hours"] == 60 * 24


def non_renewal(found: dict) -> list[float]:
    return [i["hours"] / 24 for i in found["notice_periods"] if i["what"] == "non-renewal"]


@pytest.mark.parametrize(("text", "days"), [
    # the renewal clause, not an insurance policy's notice of non-renewal before it
    ("9. Insurance. The Supplier shall give the Customer thirty (30) days' prior written notice of cancellation or "
     "non-renewal of any policy required by this Agreement.\n\n12. Term. This Agreement renews automatically for "
     "successive one (1) year terms unless either party gives notice of non-renewal at least ninety (90) days before "
     "the end of the current term.", [90]),
    # an agreement that runs on until a party ends it on notice
    ("3. Term. This Agreement starts on the Effective Date and shall remain in effect until terminated by either party "
     "upon forty-five (45) days' prior written notice to the other party.", [45]),
    ("3. Term. After the first year, this Agreement shall continue in effect until either party gives the other at "
     "least four (4) months' prior written notice of termination.", [120]),  # 4 months of 30 days (checker/nlp/normalise.py)
    # the notice to stop renewal without the word 'notice'
    ("3. Term. This Agreement shall automatically renew for consecutive one (1) year periods, unless terminated by the "
     "Reseller within sixty (60) days prior to the expiration of the initial term or any renewal term.", [60]),
    ("3. Term. This Agreement shall automatically be renewed for successive one (1) year increments unless either party "
     "requests in writing, at least seventy-five (75) days prior to the anniversary date, that this Agreement not be "
     "renewed.", [75]),
    # the period in the sentence after the one that says 'not to renew'; the term and the renewal period are not it
    ("3. Term. The term of this Agreement is twelve (12) months from the date hereof, and will be automatically renewed "
     "for one (1) additional twelve month period unless either party notifies the other in writing of its intention "
     "not to renew. Such notice must be given sixty (60) days prior to expiration of the original term.", [60]),
    # a notice to end the agreement given before the end of the term of an agreement that renews by itself
    ("3. Term. This Agreement renews automatically for successive terms of one (1) year. Either party may end this "
     "Agreement at the expiration of its term or any renewal term upon twenty (20) days' written notice to the other "
     "party.", [20]),
    # an exit without cause once the first term is over stops the agreement that runs on
    ("3. Term. The initial term is two (2) years. After the expiry of the initial term, either party may terminate "
     "this Agreement for convenience by giving the other party not less than ninety (90) days' written notice.", [90]),
])
def test_notice_to_stop_renewal_in_the_kinds_of_clause(tmp_path, text, days):
    assert non_renewal(read(tmp_path, text)) == pytest.approx(days, rel=0.01)


@pytest.mark.parametrize("text", [
    # the notice is withheld: the renewal period is not it, nor a cure period elsewhere
    "3. Term. This Agreement shall automatically renew for successive periods of one (1) year, unless a party delivers "
    "written notice of non-renewal to the other party [***] prior to the end of the applicable term.\n\n4. Breach. "
    "Either party may terminate this Agreement if the other fails to cure a breach within thirty (30) days of notice.",
    # 'elects not to' assume a defence; a termination at any time
    "8. Claims. Unless the Indemnifying Party notifies the Indemnified Party within five (5) days that it elects not to "
    "assume the defense, it shall assume the defense.\n\n9. Term. This Agreement continues for successive one (1) year "
    "terms unless a party objects. Either party may terminate this Agreement, or any renewal of it, at any time upon "
    "sixty (60) days' notice.",
    # a breach to cure after the first term
    "3. Term. After the initial term, either party may terminate this Agreement if the other fails to cure a breach "
    "within thirty (30) days of written notice.",
])
def test_no_notice_to_stop_renewal_in_other_notices(tmp_path, text):
    assert non_renewal(read(tmp_path, text)) == []


def renewal_days(found: dict):
    item = found["renewal"][0] if found["renewal"] else {}
    return (item["hours"] / 24 if item.get("hours") else None), item.get("mutual")


@pytest.mark.parametrize(("text", "days"), [
    # the renewal clause, not a price that rises from year to year or a right that extends through the term
    ("4. Prices. The Supplier may increase the prices set out in the price list at the end of the first calendar year of "
     "this Agreement and from year to year thereafter on ninety (90) days' notice.\n\n5. Audit. This right to audit "
     "shall extend throughout the term of this Agreement and for one year after its expiry.\n\n12. Term. This Agreement "
     "shall run for five (5) years and shall then automatically renew for additional two (2) year terms unless a party "
     "gives notice of non-renewal.", (730, False)),
    # the initial term named after its length is not the renewal period
    ("3. Term. This Agreement shall commence on the Effective Date and shall continue thereafter for a period of "
     "eighteen (18) months (the \"Initial Term\"). The Initial Term shall automatically renew for one-month periods "
     "thereafter unless either party gives thirty (30) days' notice.", (30, False)),
    ("3. Term. This Agreement shall automatically continue after the Initial Term for an additional period of two (2) "
     "years, unless a party gives notice of termination at least sixty (60) days before the end of the Initial Term "
     "(the \"Extended Term\").", (730, False)),
    ("3. Term. The Term will be 3 years from the Effective Date with automatic 1 year term extensions unless otherwise "
     "advised by one of the Parties.", (365, False)),
    ("3. Term. The Initial Term shall automatically be extended for an additional period of half a year unless either "
     "party objects at least 60 days before its end.", (182.5, False)),
    # a sentence a page break cuts (three blank lines and more, the text after it in lower case): one sentence
    ("3. Term. This Agreement shall run for two (2) years and shall then be extended automatically for a period of 6\n\n"
     "\n\n months each time, unless either party gives notice at least 45 days before the end of the term.", (180, False)),
    # a party's option to extend, when the sentence before only says the term may end sooner
    ("3. Term. This Agreement starts on the Effective Date and continues for four (4) years, unless extended or "
     "terminated earlier. The Customer may extend this Agreement for up to two (2) additional periods of twelve (12) "
     "months by written notice given at least six (6) months before the end of the term.", (360, False)),
    # an extension the parties may agree is marked mutual
    ("3. Term. Upon the mutual written agreement of the Parties, this Agreement may be extended by successive periods "
     "of three (3) years.", (1095, True)),
    # a franchisee's right to renew the franchise the agreement grants, not its duty to renew a disclosure document
    ("5. Filings. You shall renew the Franchise Disclosure Document with each state at least annually.\n\n6. Renewal. "
     "You may renew the franchise for three (3) successive terms of seven (7) years each if you are not in default.",
     (2556.75, False)),
])
def test_renewal_term_in_the_kinds_of_clause(tmp_path, text, days):
    assert renewal_days(read(tmp_path, text)) == (pytest.approx(days[0], rel=0.01), days[1])


def test_a_term_that_extends_for_its_own_length_is_no_renewal(tmp_path):
    found = read(tmp_path, "3. Term. The Contract Term shall extend for a period of twenty (20) years from the date "
                           "the joint venture company is registered.")
    assert found["renewal"] == []


def effective(found: dict):
    return found["effective_date"][0]["date"] if found["effective_date"] else None


@pytest.mark.parametrize(("text", "date"), [
    # it takes effect on signature: the latest date by the signatures
    ("This Hosting Agreement is entered into and effective as of the later of the two signature dates below (the "
     "\"Effective Date\").\n\n1. Services. The Provider shall host the site.\n\nIN WITNESS WHEREOF the parties sign.\n\n"
     "ORCHARD LLC                        BLUEFIN DATA INC.\nBy: /s/ A. Lee                      By: /s/ B. Noor\n"
     "Date: March 4, 2019                Date: 3-6-19\n", "2019-03-06"),
    # ... and when the signatures are not dated, the day it says it is made on
    ("This Supply Agreement is made on the 9th day of February 2018 between Tanna Foods Inc. and Kowloon Bay Holdings "
     "Limited.\n\n2. Term. This agreement commences upon execution of this document and runs for two years.\n",
     "2018-02-09"),
    # a date cut by the sentence splitter after 'April.'; a blank day and month lost in the filing
    ("This Service Agreement (\"Agreement\") is entered into on April. 3rd 2019 (\"Effective Date\") by and between "
     "Northwind Ltd and Orchard LLC.", "2019-04-03"),
    ("THIS AGREEMENT (the \"Agreement\") is effective as of , 2020 (the \"Effective Date\"), by and between Northwind "
     "Ltd and Orchard LLC.", "2020"),
    # the term starts on a date; a label; a date written with full stops, day first
    ("This Agreement is entered into on January 13, 2005.\n\n1. Term. The Term of this Agreement shall be for a period "
     "of two (2) years commencing the 1st day of September 2004.", "2004-09-01"),
    ("CONTENT LICENSING AGREEMENT\n\nContract start: 04-01-06\nContract end: 03-31-07\n", "2006-04-01"),
    ("This Manufacturing Agreement (the \"Agreement\") is effective as of the 1.4.2011 (the \"Effective Date\") by and "
     "between Invera Ltd and Flexon Ltd.", "2011-04-01"),
])
def test_effective_date_in_the_kinds_of_clause(tmp_path, text, date):
    assert effective(read(tmp_path, text)) == date


@pytest.mark.parametrize("sentence", [
    # a period of its own starts on the date hereof, not the agreement
    'For the purposes of this Agreement, the "Quiet Period" means the period starting on the date hereof and ending '
    "when the annual meeting closes.",
    "Under this Agreement, during the period beginning on the date of this Agreement and ending thirty days before the "
    "meeting, the Holder shall not buy shares.",
    # 'effective until' says when it ends, not when it starts
    "This Agreement shall be effective until the earlier of its termination or the date that is three years after the "
    "date of this Agreement.",
])
def test_a_period_that_starts_on_the_date_hereof_is_no_effective_date(tmp_path, sentence):
    found = read(tmp_path, "This Agreement is dated March 2, 2021, between Arden Holdings Inc. and Pell Partners LLC.\n\n"
                           "1. " + sentence)
    assert found["agreement_date"][0]["date"] == "2021-03-02"
    assert found["effective_date"] == []


def test_an_agreement_whose_words_give_no_date_is_made_on_the_day_it_is_signed(tmp_path):
    # no date in the opening words; a counterparts clause says how counterparts bind, not when the agreement starts
    services = "".join(f"{n}. Pell Partners shall deliver the reports of stage {n} to Arden Holdings each week.\n\n"
                       for n in range(1, 25))  # the signatures far below the opening words
    found = read(tmp_path, "This Agreement is between Arden Holdings Inc. and Pell Partners LLC.\n\n" + services +
                           "30. This Agreement may be signed in counterparts, which together are one agreement, and shall "
                           "become effective when counterparts have been signed by each party.\n\n"
                           "IN WITNESS WHEREOF the parties sign.\n\nBy: /s/ A. Lee\nDate: June 5, 2019\n\n"
                           "By: /s/ B. Noor\nDate: June 7, 2019\n")
    assert found["agreement_date"][0]["date"] == "2019-06-07"
    assert found["effective_date"] == []


def test_clauses_that_take_effect_on_signature_give_no_effective_date(tmp_path):
    # some clauses bind on signature, the rest on an event: the agreement has no one date it takes effect
    found = read(tmp_path, "This Agreement is between Arden Holdings Inc. and Pell Partners LLC.\n\n"
                           "12. This Section 12 and Sections 2 to 4 come into force upon the signing of this Agreement by "
                           "the parties. The other provisions take effect on the Closing.\n\n"
                           "IN WITNESS WHEREOF the parties sign.\n\nBy: /s/ A. Lee\nDate: June 5, 2019\n")
    assert found["effective_date"] == []


def test_a_clause_number_and_a_filing_line_are_no_dates(tmp_path):
    found = read(tmp_path, "Source: NORTHWIND INC., 8-K, 8/8/2019\n\nThis Franchise Agreement is made between Northwind "
                           "Inc. and you.\n\n2.2 You may renew if you meet the conditions in Sections 2.2.1 through "
                           "2.2.10 and the Effective Date is the date we sign.")
    assert found["agreement_date"] == [] and found["effective_date"] == []


@pytest.mark.parametrize(("text", "days"), [
    # the term and a period after a non-renewal are no notice periods
    ("3. Term. This Agreement will be in effect for one year from the Effective Date and will automatically renew for "
     "successive one (1) year periods unless terminated as provided below.", []),
    ("7. Non-competition. The Restricted Period is the term of this Agreement and the two-year period following the "
     "termination or non-renewal of this Agreement.", []),
    # a clause that says 'non-renewal' without a period does not hide the renewal clause that gives one
    ("6. Data. Upon expiry or non-renewal of this Agreement the Supplier shall return the Customer's data.\n\n"
     "12. Term. This Agreement will automatically renew for renewal terms of five (5) years unless either party gives "
     "the other written notice of its intent to terminate at least six (6) months prior to the end of the current "
     "term.", [6 * 30]),
])
def test_notice_to_stop_renewal_is_a_period_a_notice_is_given_in(tmp_path, text, days):
    assert non_renewal(read(tmp_path, text)) == pytest.approx(days, rel=0.01)


# ---------------------------------------------------------------- the date the contract calls effective (more kinds)


@pytest.mark.parametrize(("text", "parts"), [
    ("the first day of July, 2017", (2017, 7, 1)),
    ("this twenty-first day of March 2003", (2003, 3, 21)),
    ("16 day of August. 2012", (2012, 8, 16)),
    ("effective as of _Oct. 4, 2006", (2006, 10, 4)),
    ("the [\u00b7] day of [\u00b7], 2019", (2019, None, None)),
    # the day in words and figures; the era or the year named before the year; the day and month joined by hyphens;
    # a year first with slashes
    ("the second (2nd) day of October, 2011", (2011, 10, 2)),
    ("the 14th (fourteenth) day of May, 2008", (2008, 5, 14)),
    ("this 3rd day of August A.D. 1999", (1999, 8, 3)),
    ("March 9, A.D. 2001", (2001, 3, 9)),
    ("the 12th day of June in the year 2015", (2015, 6, 12)),
    ("the 12th day of June, in the year of 2015", (2015, 6, 12)),
    ("07-Feb-2013", (2013, 2, 7)),
    ("7-February-2013", (2013, 2, 7)),
    ("2016/11/30", (2016, 11, 30)),
])
def test_dates_written_in_words_or_with_filled_in_blanks(text, parts):
    from checker.nlp.dates import DATES
    match = DATES.search(text)
    assert match and parse_date(match.group(0)) == parts


FILLER = "\n\n".join(f"{n}. Services. The Provider supports the Customer's printers and desktops in the usual way." for n in
                     range(3, 25))


@pytest.mark.parametrize(("text", "date"), [
    # a date in a recital about another instrument
    ("THIS AGREEMENT is made on the 18th day of April 2000 between Alder Ltd and Birch Inc.; WHEREAS, Birch and Cedar Co "
     "signed a memorandum of understanding to plan the network effective from 16th June 1999; and WHEREAS, the parties "
     "wish to build the network.\n\n1. Term. This Agreement shall become effective on the date first above written.",
     "2000-04-18"),
    # the filing line above the date the agreement points to
    ("Source: ALDER INC., 10-K, 3/1/2019\n\nHOSTING AGREEMENT\n\n" + FILLER + "\n\nLondon, 4 February 2019\n\n"
     "30. Term. This Agreement shall become effective as of the date first written above.", "2019-02-04"),
    # it takes effect on signature, and says so with 'take effect'
    ("This Service Agreement is entered into on 25 May 2018 between Alder Ltd and Birch Inc.\n\n2. Term. This Agreement "
     "shall take effect on the date of signature of this Agreement by both parties.", "2018-05-25"),
    ('1. "Effective Date" means the date as of which the last signature of a Party is affixed hereto.\n\n'
     "IN WITNESS WHEREOF the parties sign.\n\nBy: /s/ A. Lee\nDate: 2 May 2020\n\nBy: /s/ B. Noor\nDate: 4 May 2020\n",
     "2020-05-04"),
    ("This Second Amendment is made and entered into, effective for all purposes and in all respects as of the 23rd day "
     "of February, 1998, by and between Alder Ltd and Birch Inc.", "1998-02-23"),
    # the date cut by the sentence splitter after its month
    ('This Alliance Agreement is made and entered into this 16 day of August. 2012 (the "Effective Date") by and '
     "between Alder Ltd and Birch Inc.", "2012-08-16"),
])
def test_effective_date_in_more_kinds_of_clause(tmp_path, text, date):
    assert effective(read(tmp_path, text)) == date


@pytest.mark.parametrize("text", [
    # 'the Effective Date of this Agreement' points to no date above
    "This Agreement is dated 2 March 2020 between Alder Ltd and Birch Inc.\n\n5. Prices. Prices are fixed for ninety "
    "(90) days after the Effective Date of this Agreement.",
    # a standstill period, not the agreement, starts on the date hereof
    "This Agreement is dated 2 March 2020 between Alder Ltd and Birch Inc.\n\n3. Standstill. During the period "
    "commencing on the date hereof and ending on its first anniversary, the Investor shall not buy shares.",
])
def test_no_effective_date_from_words_that_do_not_start_the_agreement(tmp_path, text):
    assert read(tmp_path, text)["effective_date"] == []


def test_another_agreements_dates_are_not_the_agreement_date(tmp_path):
    found = read(tmp_path, "This First Amendment to the Supply Agreement dated March 3, 2015 between Alder Ltd and "
                           "Birch Inc. is made on the 9th day of May 2017.")
    assert found["agreement_date"][0]["date"] == "2017-05-09"
    found = read(tmp_path, "This Services Agreement is made under the master agreement dated 1 May 1990, as amended "
                           "3 June 1992 and 8 April 1993, between Alder Ltd and Birch Inc.")
    assert found["agreement_date"] == []
    found = read(tmp_path, "This Development Agreement is made between Alder Ltd and Birch Inc. in view of the Supply "
                           "Agreement between Birch Inc. and Cedar Co dated as of 8 April 1993.")
    assert found["agreement_date"] == []


def test_a_period_that_starts_on_a_date_is_not_the_agreement(tmp_path):
    found = read(tmp_path, "2. Term. The set-up period shall be for a period of two (2) months to commence on November 4, "
                           "1998, and this Agreement shall then run for two years.")
    assert found["effective_date"] == []


# ---------------------------------------------------------------- an agreement that runs until a party ends it


def test_an_agreement_without_an_end(tmp_path):
    found = read(tmp_path, "2. Term. This Agreement commences on the Effective Date and shall remain in effect until "
                           "terminated by either party.")
    assert found["expiry_date"][0]["perpetual"] is True
    assert found["renewal"] == []


def test_an_agreement_that_runs_on_after_its_first_term(tmp_path):
    found = read(tmp_path, "2. Term. This Agreement shall run for a term of one year; thereafter it shall automatically "
                           "continue until terminated by either party upon thirty (30) days' prior written notice.")
    renewal = found["renewal"][0]
    assert (renewal["evergreen"], renewal["automatic"], renewal["value"]) == (True, True, "continues until terminated")
    assert non_renewal(found) == [30]


@pytest.mark.parametrize(("text", "days"), [
    # renewed tacitly, 'it' the agreement
    ("2. Term. This Agreement starts on 1 January 2021. It is established for each calendar year and renewed tacitly "
     "every year.", 365),
    # a condition on another agreement's renewal; a date that is extended
    ("2. Term. This Agreement runs for two years.\n\n9. Ending. Either party may end this Agreement on ninety (90) "
     "days' notice if the term of the Hosting Agreement has not been renewed for an additional term of one (1) year.",
     None),
    ("2. Term. This Agreement runs for two years.\n\n7. Migration. The Customer may extend the Cut-over Date to a date "
     "six (6) months after the migration; no extension of this Agreement is implied.", None),
])
def test_renewal_of_this_agreement_only(tmp_path, text, days):
    found = read(tmp_path, text)
    assert renewal_days(found)[0] == (pytest.approx(days, rel=0.01) if days else None)


@pytest.mark.parametrize(("text", "days"), [
    # the end of a cost-approval period is not the end of the term
    ("2. Term. This Agreement renews automatically for successive one (1) year terms unless terminated.\n\n4. Costs. "
     "The Supplier shall notify the Customer at least five (5) business days before paying any cost, and unless the "
     "Customer objects before the end of such five business-day period, the Customer shall repay it.", []),
    # a notice to take up an option, not to stop a renewal
    ("2. Term. Thereafter this Agreement renews automatically for successive one (1) year terms unless either party "
     "objects. The Customer also has an option to extend the initial Term by one further year. To exercise this option, "
     "the Customer must notify the Provider in writing no later than ninety (90) days prior to the expiration of the "
     "initial Term.", []),
    # the notice an insurer gives
    ("2. Term. This Agreement renews automatically for successive one (1) year terms unless a party objects.\n\n"
     "8. Cover. In the event of cancellation, non-renewal or material modification the Customer shall receive thirty "
     "(30) days written notice thereof.", []),
    # cancelled at the end of the term and on each anniversary: it runs on by itself
    ("2. Term. The Customer, upon thirty (30) days' prior written notice, may cancel this Agreement at the end of the "
     "Initial Term and thereafter on each anniversary of the end of the Initial Term.", [30]),
    # 'whether or not extended', 'after expiration or non-renewal': no notice that stops a renewal
    ("2. Term. This Agreement renews automatically for successive one (1) year terms unless terminated.\n\n9. Ending. "
     "This Agreement may be terminated by either party for any reason, whether or not extended beyond the initial "
     "term, by giving the other party written notice ninety (90) days in advance.", []),
    ("2. Term. This Agreement renews automatically for successive one (1) year terms unless a party objects.\n\n"
     "8. Assets. Within thirty (30) days after expiration or non-renewal of this Agreement, the Franchisor may buy the "
     "assets of the business.", []),
    # the renewal clause withholds its figure: a period in the sentence after it is not that figure
    ("2. Term. Thereafter this Agreement shall automatically renew for additional periods of one (1) year unless a Party "
     "gives written notification of non-renewal at least **** before the end of the Initial Term. This Agreement may "
     "be terminated by either Party upon sixty (60) days' written notice if the other Party becomes insolvent.", []),
    # a notice to end an agreement that continues indefinitely
    ("7. Termination. Unless terminated earlier under this Section, this Agreement shall continue indefinitely. The "
     "Sponsor may terminate this Agreement upon thirty (30) days' prior written notice to the Company.", [30]),
])
def test_notice_to_stop_renewal_and_notices_about_something_else(tmp_path, text, days):
    assert non_renewal(read(tmp_path, text)) == pytest.approx(days, rel=0.01)


# ---------------------------------------------------------------- the effective date: definitions, starts and signatures


@pytest.mark.parametrize(("text", "date"), [
    # defined without quote marks; defined for 'this ... Agreement' with a colon
    ("This Agreement, made this 3rd day of March 2021, hereinafter called the Effective Date, is between Alder Ltd and "
     "Birch Inc.", "2021-03-03"),
    ("1. Parties. Alder Ltd supports Birch Inc.\n\nTHE EFFECTIVE DATE OF THIS SUPPORT AGREEMENT SHALL BE: Oct 3, 2021",
     "2021-10-03"),
    # defined as the date a schedule states: the schedule's date, not an event
    ('1. Definitions. "Effective Date" means the date set out in the Schedule on which this Agreement becomes '
     "effective.\n\n" + FILLER + "\n\nSCHEDULE\n\nEffective Date: June 9, 2022 (go-live)\n",
     "2022-06-09"),
    # a term that commences on a date without 'on'; a period that begins on a date is no start of the agreement
    ("1. Term. The term of this Agreement shall commence January 1, 2022 and continue for three years.", "2022-01-01"),
    ("1. Exclusivity. During the period beginning October 1, 2021 and ending March 31, 2022, Alder Ltd shall not "
     "appoint another reseller under this Agreement.\n\n2. Term. The term of this Agreement shall commence "
     "February 1, 2022.", "2022-02-01"),
    # it takes effect on the last signature: 'the last date signed below', a signature dated by its place
    ("This Agreement is effective as of the last date signed below (\"Effective Date\").\n\n1. Services. Alder Ltd "
     "supports Birch Inc.\n\nIN WITNESS WHEREOF the parties sign.\n\nAlder Ltd By: /s/ A. Lee Date 8 July 2021\n\n"
     "Birch Inc. By: /s/ B. Noor Date 13/07/21\n", "2021-07-13"),
    ("1. Term. This Agreement shall become effective on the signing date and shall run for two years.\n\n"
     "IN WITNESS WHEREOF the parties have signed this Agreement.\n\nOslo/Leeds, 2 April 2020 Alder AS Birch Ltd\n",
     "2020-04-02"),
    ("1. Term. This Agreement will be effective when signed by both Parties.\n\nIN WITNESS WHEREOF the Parties have "
     "signed.\n\nLeeds, April ____, 2021                 Oslo, April ____, 2021\n", "2021-04"),
])
def test_effective_date_defined_started_or_signed(tmp_path, text, date):
    assert effective(read(tmp_path, text)) == date


def test_the_date_first_written_above_with_nothing_above_is_the_signature_date(tmp_path):
    found = read(tmp_path, "This Reseller Agreement is entered into and effective as of the date first written above "
                           "(\"Effective Date\") by Alder Ltd and Birch Inc.\n\n" + FILLER + "\n\nIN WITNESS WHEREOF the "
                           "parties sign.\n\nAlder Ltd Date: July 16, 2022 By: /s/ A. Lee\n")
    assert effective(found) == "2022-07-16"


@pytest.mark.parametrize(("text", "days"), [
    # the terms of a renewal are agreed, not the renewal itself: a party's option, an automatic renewal
    ("7. Term. This Agreement may be renewed for an additional term of ten (10) years by notice in writing given by the "
     "Licensee to the Licensor at the expiry of the Term, for a consideration to be mutually agreed.", (10 * 365.25, False)),
    ("6. Term. This agreement shall automatically renew for a period of three (3) years and upon the parties mutual "
     "agreement on new minimum performance goals for the renewal period.", (3 * 365.25, False)),
    # the term 'shall be extended': a renewal, though no 'renew' or 'additional'
    ("3. Term. This promotion shall begin on June 1, 2021 and end on June 1, 2022 (the \"Term\"). This term shall be "
     "extended for a 1 year period provided 3000 units per month are sold.", (365.25, False)),
    # ... and the parties agreeing the renewal itself stays mutual
    ("3. Term. This Agreement may be renewed for a further period of one (1) year upon mutual agreement of the parties, at "
     "prices to be mutually agreed.", (365.25, True)),
])
def test_renewal_agreed_on_its_terms_or_extended(tmp_path, text, days):
    assert renewal_days(read(tmp_path, text)) == (pytest.approx(days[0], rel=0.01), days[1])


def test_a_signature_dated_before_the_agreement_is_made_is_a_slip(tmp_path):
    found = read(tmp_path, "This Service Agreement is entered into on May 25th, 2018 by Alder Ltd and Birch Inc.\n\n"
                           "3. Term. This Agreement shall take effect on the date of signature of the Agreement by both "
                           "parties.\n\nIN WITNESS WHEREOF the parties sign.\n\nBy: /s/ A. Lee Date 25/05/2008\n")
    assert effective(found) == "2018-05-25"


@pytest.mark.parametrize(("text", "date", "effective_on"), [
    # a letter agreement dated under its title, the month and day left blank
    ("___________ __, 2021\n\nAlder Capital LLC\n\nLadies and Gentlemen:\n\n1. The Offering. In accordance with the plan "
     "its board adopted as of September 30, 2019, the Company will sell shares.", "2021", None),
    # ... the blank lost in the filing: ', 2022' on its own line; the agreement is effective on that date
    (", 2022\n\nLadies and Gentlemen:\n\n1. The Offering. If the Company cannot sell the shares on or before June 30, "
     "2023, the offering ends.\n\n9. Term. This Agreement shall become effective on the date hereof.", "2022", "2022"),
])
def test_a_letter_agreement_is_dated_under_its_title(tmp_path, text, date, effective_on):
    found = read(tmp_path, text)
    assert found["agreement_date"][0]["date"] == date
    assert effective(found) == effective_on


@pytest.mark.parametrize(("text", "expiry"), [
    # the term in the words 'remain in effect for', counted from the date it commences on
    ("2. Term. This Agreement shall be in full force and effect commencing on January 2, 2022 and shall remain in effect "
     "for one (1) year or until the Consultant completes the services.", "2023-01-02"),
    # the term ends on an anniversary of the Effective Date
    ('The Effective Date of this Agreement (the "Effective Date") is September 21, 2018.\n\n6. Term. This Agreement will '
     'commence on the Effective Date, and will terminate on the third anniversary of the Effective Date (the "Term").',
     "2021-09-21"),
    # the term of 'this Services Agreement'
    ("This Services Agreement is dated as of June 24, 2020 between Alder Ltd and Birch Inc.\n\n9. Term. The term of this "
     "Services Agreement shall begin on the date hereof and shall continue in effect for a period of two years.",
     "2022-06-24"),
])
def test_the_term_in_more_wordings_gives_the_expiry(tmp_path, text, expiry):
    assert read(tmp_path, text)["expiry_date"][0]["date"] == expiry


def test_an_effective_date_whose_year_is_left_out(tmp_path):
    found = read(tmp_path, 'THIS AGREEMENT made this 30th day of April (the "Effective Date") between Alder Ltd and Birch '
                           "Inc.\n\n4. Fees. The base fee is paid through 19 August 2022.")
    assert effective(found) == "--04-30"  # ISO 8601's month and day: the year is not stated
    assert found["expiry_date"] == []
    assert parse_date("the 14 day of SEPTEMBER, 200_") is None  # a year half written is no day and month alone


def test_a_notice_to_stop_renewal_in_plain_words(tmp_path):
    # no 'notice' or 'notify': the party tells the other in writing that it does not want to go on
    found = read(tmp_path, "2. Term\n2.1 This agreement starts on 1 February 2027 and continues for an initial period "
                           "of 36 months.\n2.2 At the end of the initial period this agreement continues for further "
                           "periods of 12 months each unless either party tells the other in writing, at least 90 days "
                           "before the end of the then-current period, that it does not want the agreement to continue.")
    assert non_renewal(found) == [90]
    assert found["notice_deadline"][0]["date"] == "2029-11-03"  # 90 days before 1 February 2030


def test_a_liability_cap_set_as_a_multiple_of_the_contract_value(tmp_path):
    # the finding reads it as a formula (FORMULA tag); the key term names the same cap
    found = read(tmp_path, "7. Liability\n7.1 Contractor's liability under this Contract shall not exceed two times the "
                           "total Contract amount.")
    assert value(found, "liability_cap") == "two times the total Contract amount"


def test_a_term_that_begins_on_the_date_of_execution(tmp_path):
    # the term begins on signature: the date the contract is made, when its signatures are not dated
    found = read(tmp_path, 'This Support Agreement is dated as of March 3, 2021, between Fenwick Data Ltd ("Provider") and '
                           'Rowan Bakeries Ltd ("Customer").\n\n9. Term. The term of this Support Agreement shall begin on '
                           'the date of execution and shall continue in effect for a period of two years.')
    assert effective(found) == "2021-03-03"


def test_an_agreement_in_effect_from_its_start_and_perpetually_thereafter(tmp_path):
    # 'thereafter' here follows the start, not a first term: no end from the start
    found = read(tmp_path, '4.1 This Agreement shall apply and remain in effect from the Effective Date and perpetually '
                           'thereafter unless terminated under the Section entitled "Termination".')
    assert found["expiry_date"][0]["perpetual"] is True


@pytest.mark.parametrize(("text", "term"), [
    # the term stated before the renewal words of the same sentence
    ("7. Duration. This Agreement shall continue in effect for a period of two years from the date of its execution and "
     "from year to year thereafter provided such continuance is approved by the board.", "two years"),
    # a heading that names the initial term states no term of its own
    ("12. Initial Term\n\nThis Agreement commences on the date first above written and will remain in effect for the "
     "period of three (3) years, except as otherwise provided herein.", "three (3) years"),
])
def test_the_term_before_its_renewal_and_under_its_heading(tmp_path, text, term):
    assert value(read(tmp_path, 'This Agreement is made on May 1, 2012 between Fenwick Data Ltd ("Provider") and Rowan '
                                'Bakeries Ltd ("Customer").\n\n' + text), "term") == term


@pytest.mark.parametrize(("text", "date"), [
    ('3. The term of this Agreement (the "Term") shall commence on the Effective Date and conclude on October 31, 2025, '
     'unless renewed by agreement.', "2025-10-31"),
    ("3. The initial term of the Services shall continue up to and including 28 February 2026.", "2026-02-28"),
    ('3. The duration of this venture (the "Term") will begin on March 1, 2020 and continue in full force and effect until '
     'February 28, 2025.', "2025-02-28"),
    ("3. This Strategic Alliance Agreement runs from February 17, 2016 through February 16, 2019.", "2019-02-16"),
    ("3. This Agreement shall be effective through and including March 31, 2027.", "2027-03-31"),
])
def test_a_stated_expiry_date_in_more_wordings(tmp_path, text, date):
    assert read(tmp_path, text)["expiry_date"][0]["date"] == date


@pytest.mark.parametrize(("text", "date"), [
    # the date named first of 'the earlier of' / 'the later of' the events that end the agreement
    ('5. The term of this Agreement (the "Term") will begin on the date hereof and will continue until the earlier of '
     '(i) June 30, 2027, (ii) the completion of the Services, or (iii) its termination under Section 9.', "2027-06-30"),
    ("5. The term of this Agreement will begin on March 1, 2024 and will end the later of (a) February 28, 2026 or (b) "
     "the delivery of the last Deliverable.", "2026-02-28"),
])
def test_an_end_date_named_first_of_the_events_that_end_the_agreement(tmp_path, text, date):
    assert read(tmp_path, text)["expiry_date"][0]["date"] == date


def test_an_agreement_in_force_for_perpetuity(tmp_path):
    found = read(tmp_path, '6. This Agreement will remain in force for perpetuity or until the parties agree otherwise in writing.')
    assert found["expiry_date"][0]["perpetual"] is True


def test_a_form_dated_by_its_year_alone_ends_in_the_year_its_term_of_years_does(tmp_path):
    found = read(tmp_path, 'This Licence Agreement is entered into as of ___________, 2016 (the "Effective Date") by and between '
                           'Fenwick Data Ltd ("Licensor") and Rowan Bakeries Ltd ("Licensee").\n\n7. Term. The term of this '
                           'Agreement shall commence on the Effective Date and continue for twelve (12) years, unless sooner '
                           'terminated. This Agreement renews automatically for successive one-year terms unless either party '
                           'gives notice of non-renewal at least 90 days before the end of the then-current term.')
    assert found["expiry_date"][0]["date"] == "2028"
    assert found["notice_deadline"] == []  # no day to count the notice back from


def test_an_agreement_that_ends_at_a_date(tmp_path):
    found = read(tmp_path, '5. The term of this Agreement shall commence on May 1, 2021 and ends at June 30, 2026, unless '
                           'terminated earlier.')
    assert found["expiry_date"][0]["date"] == "2026-06-30"


@pytest.mark.parametrize(("text", "term"), [
    # a notice given before the initial period ends is no term
    ("4. Either party may end this Agreement by giving one (1) year written notice prior to the expiration of the initial "
     "period.\n\n9. Term. This Agreement shall remain in effect for a period of five (5) years.", "five (5) years"),
    # nor a period after the agreement ends
    ("4. Upon the termination of this Agreement for any reason, the Consultant shall not solicit the Client's staff for a "
     "period of six (6) months.\n\n9. Term. This Agreement shall remain in effect for a period of three (3) years.",
     "three (3) years"),
    ("4. The Supplier's duty of confidence continues during the term of this Agreement and for two years after its "
     "termination.\n\n9. Term. This Agreement shall remain in effect for a period of four (4) years.", "four (4) years"),
    ("4. For a period of three (3) years after termination of this Agreement, each party shall keep the other's data "
     "confidential.\n\n9. Term. The term of this Agreement is twelve (12) months from the date hereof.", "twelve (12) months"),
    ("4. The duties of Section 8 shall survive the expiration or termination of this Agreement for a period of ten (10) "
     "years.\n\n9. Term. This Agreement shall remain in effect for a period of two (2) years.", "two (2) years"),
    ("4. The restricted period is the term of this Agreement and the one-year period following the termination of this "
     "Agreement.\n\n9. Term. This Agreement shall remain in effect for a period of three (3) years.", "three (3) years"),
    # nor a period after the term ('during the term ... and for a period of two (2) years thereafter'), nor one
    # counted from another event ('after the date of such sale')
    ("4. During the term of this Agreement and for a period of two (2) years thereafter, neither party shall hire the "
     "other's staff.\n\n9. Term. This Agreement shall remain in effect for a period of three (3) years.", "three (3) years"),
    ("4. A party that sells its share in the joint company as this Agreement permits stays bound by this Section for a "
     "period of five (5) years after the date of such sale.\n\n9. Term. This Agreement shall remain in effect for a "
     "period of four (4) years.", "four (4) years"),
    # nor a period named before the agreement or its term: a part of the term, how long an event lasts
    ("4. The Reseller shall buy at least 100 units within the first six (6) months of the term of this Agreement.\n\n9. "
     "Term. This Agreement shall remain in effect for a period of three (3) years.", "three (3) years"),
    ("4. If the Supplier cannot perform for a period of seven (7) months, the Customer may cancel this "
     "Agreement at once.\n\n9. Term. This Agreement shall remain in effect for a period of two (2) years.", "two (2) years"),
    # but a sentence may open with the term's length
    ("9. For a period of five (5) years from the Effective Date, this Agreement shall remain in force.", "five (5) years"),
    # the term itself may run 'for a period of ten (10) years thereafter'
    ("9. Term. This Agreement shall commence on the Effective Date and shall continue for a period of ten (10) years "
     "thereafter.", "ten (10) years"),
    # a sentence about something else with a short period does not end the search for the term
    ("4. For a period of fourteen (14) days following each new release, the Reseller shall be its only seller.\n\n9. Term. "
     "This Agreement will commence on the Effective Date and will terminate on the third anniversary of the Effective Date.",
     "until the third anniversary"),
])
def test_the_term_is_no_notice_nor_a_period_after_the_end(tmp_path, text, term):
    assert value(read(tmp_path, 'This Agreement is made on May 1, 2012 between Fenwick Data Ltd ("Provider") and Rowan '
                                'Bakeries Ltd ("Customer").\n\n' + text), "term") == term


def test_an_attachments_effective_date_is_not_the_agreements(tmp_path):
    # a price list in an exhibit labelled with its own effective date; the body says the agreement starts on the date above
    clauses = "".join(f"{n}. The Distributor shall report its sales of region {n} to Corvin Labs each month.\n\n"
                      for n in range(2, 30))  # the exhibit far below the opening words
    text = ("This Distribution Agreement is made as of May 12, 2004 between Corvin Labs, Inc. and Westridge Medical "
            "Supply Co.\n\n1. Term. This Agreement becomes effective as of the date first written above.\n\n" + clauses +
            "EXHIBIT A\n\nPRICE LIST\n\nCatheter kit   $40.00\n\nEffective Date: February 1, 2004\n")
    assert effective(read(tmp_path, text)) == "2004-05-12"
    # the attachment's date still counts when the body says nothing of it
    body = text.replace("1. Term. This Agreement becomes effective as of the date first written above.\n\n", "")
    assert effective(read(tmp_path, body)) == "2004-02-01"


def test_effective_dates_labelled_from_and_to(tmp_path):
    text = "Northwind Media and Orchard Cable Content Agreement\n\nEffective Dates: March 1, 2008, February 28, 2009\n\n1. Content."
    assert effective(read(tmp_path, text)) == "2008-03-01"
