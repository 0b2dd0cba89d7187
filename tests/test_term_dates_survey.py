"""The end of the term as drafters state it (issue 11, session 19): the term up to an anniversary ('shall extend until
the four (4) year anniversary', 'remain in force until the third anniversary'), a stated last day ('concluding December 31,
2023'), the term as a span of two dates after its label ('Term: 1 April 2021 to 31 March 2023', 'TERM OF EXECUTION From
... until ...'), the end of a calendar year ('until the end of 2024', 'of the current calendar year'), a length counted from the day the agreement is made ('the seventh anniversary of the date hereof'), and the
dates that are not its end: a period of the calendar the contract defines ('"Calendar Quarter"
means ... the first Calendar Quarter of the Term shall end on June 30, 2021'), a migration window ('during the period from
... to ...'), a term that is the later of a length and an event ('the longer of fifteen (15) years or until the last patent
expires': no fixed end); and an agreement that takes effect on an event ('shall be effective as of the date of physical completion
of ...') has no effective date, though a later clause starts something on a date; more wordings of the day it takes effect
('in force as from', 'on and from', 'becomes operative on', 'comes into operation on', 'Effective:' over its date); the date it is made as the anchor of a length ('two (2) years after the date of
this Agreement') is not the day it takes effect. Every clause was written for this survey, by drafters of several countries."""

from __future__ import annotations

import pytest

from checker.engine.context import Package
from checker.ingest import load_document
from checker.keyterms import key_terms
from checker.review import analyse_document

OPENING = ('SUPPORT SERVICES AGREEMENT\n\nThis Support Services Agreement (the "Agreement") is entered into as of March 3, 2021 '
           '(the "Effective Date") by and between Brightline Networks, Inc. ("Provider") and Holloway Dental Group, P.C. ("Customer").\n\n')
CLOSING = "\n\n9. Fees. The Customer shall pay the fees within 30 days of invoice.\n"

# (drafter, clause, the expiry date the key terms give)
CASES = [
    # the term runs to an anniversary of the start (the effective date + the years)
    ("us_pharma", '2. Term. This Agreement shall become effective as of the Effective Date and, unless earlier terminated as '
                  'provided in this Article 12, shall extend until the four (4) year anniversary of the Effective Date (the "Term").',
     "2025-03-03"),
    ("uk_msp", "2. Duration. This Agreement shall remain in force until the third anniversary of the Commencement Date.", "2024-03-03"),
    ("plain_msp", "2. How long this lasts. This agreement runs until the first anniversary of the start date.", "2022-03-03"),
    ("us_saas", "2. Term. This Agreement continues until the fifth (5th) anniversary of the Effective Date, unless ended "
                "sooner under Section 9.", "2026-03-03"),
    ("civil_law", "2. Duration. The Contract is valid until the second anniversary of the Effective Date.", "2023-03-03"),
    ("hk_licence", "2. Term. This Agreement shall take effect from the Effective Date and continue in full force and effect for "
                   "twenty (20) years thereafter, unless otherwise terminated in accordance with Clause 8.", "2041-03-03"),
    # a consideration 'for a term of' years is not the agreement's term: the term stated after it is read
    ("us_license", "2. Fee. The Customer shall pay USD 10,000 for a term of ten (10) years of hosting credits, in cash.\n\n3. Term. "
                   "This Agreement shall continue in full force and effect for two (2) years from the Effective Date.", "2023-03-03"),
    # a heading that names the renewal is no renewal clause: the term is read after it
    ("ca_heading", "2. Term and Renewal  The term of this Agreement shall begin on the Effective Date and continue in effect for "
                   "a period of five (5) years (the \"Initial Term\"), unless sooner terminated.\n\n3. Phase-out. Such phase-out "
                   "period shall be the longer of (i) the remaining term of the agreement between the Reseller and its Customers, "
                   "and (ii) 18 months.", "2026-03-03"),
    ("uk_heading", "2. Duration; Renewal. The term of this Agreement is three (3) years from the Effective Date.", "2024-03-03"),
    # a length of something done under the agreement, or before a party may end it, is no term
    ("us_pipeline", "2. Inventory. The Provider may settle the inventory balance at any time after the Customer has ceased making "
                    "movements under this Agreement for a period of six months.\n\n3. Term. The term of this Agreement shall "
                    "be two (2) years.", "2023-03-03"),
    ("us_force_majeure", "2. Force Majeure. If the Provider provides no Services for a period of at least twelve (12) consecutive "
                         "months, either Party may terminate this Agreement by notice given after the expiration of such twelve "
                         "(12) month period.\n\n3. Term. This Agreement shall remain in force for three (3) years.", "2024-03-03"),
    # a term that is the later of a length and an event has no fixed end: no expiry is computed
    ("us_later_of", "2. Term. The term of this Agreement shall begin on the Effective Date and will not end until the later of (a) "
                    "twelve (12) months from the Launch Date; or (b) the date the Provider completes the migration.", None),
    ("uk_whichever_later", "2. Term. This Agreement shall continue in full force for ten (10) years from the Launch, or the date of "
                           "expiry of the last valid patent, whichever comes later.", None),
    ("us_longer_of", "2. Term. This Agreement shall commence on the Effective Date and shall continue in force for a period being "
                     "the longer of fifteen (15) years from first commercial launch or until the expiration of the last patent.", None),
    # a period after the term is no term
    ("us_audit_tail", "2. Audit. During the term of this Agreement and the five (5) year period immediately following termination of "
                      "this Agreement, the Provider may audit the records.\n\n3. Term. The term of this Agreement is two (2) years.",
     "2023-03-03"),
    # the last day stated with the length
    ("us_endorsement", "2. Term. The term of this Agreement shall commence January 1, 2021, and shall continue for a period of "
                       "three (3) years, concluding December 31, 2023.", "2023-12-31"),
    # the term as a span of two dates after its label
    ("colombia_translated", "2. TERM OF EXECUTION From January 30, 2021 until July 29, 2021", "2021-07-29"),
    ("uk_order_form", "2. Term: 1 April 2021 to 31 March 2023", "2023-03-31"),
    ("india_work_order", "2. Contract Period: from 01/07/2021 until 30/06/2022", "2022-06-30"),
    ("au_cover_table", "| Item | Detail |\n| --- | --- |\n| Term | 1 May 2022 - 30 April 2025 |", "2025-04-30"),
    ("us_plain", "2. Term. The Agreement Period is 1 January 2022 through 31 December 2024.", "2024-12-31"),
    ("german_translated", "2. Duration of the Contract: 1 March 2023 till 29 February 2024", "2024-02-29"),
    # the term runs to the end of a calendar year (of the year it starts in: 'the current calendar year')
    ("us_content", "2. Term. This Agreement will be in effect until the end of 2024 and will be reviewed at that time.", "2024-12-31"),
    ("us_plain_year", "2. Term. The Agreement continues through the end of calendar year 2023.", "2023-12-31"),
    ("civil_law_year", "2. Duration. This contract expires at the end of the year 2022.", "2022-12-31"),
    ("us_affiliate", "2. Term. This agreement shall begin upon its signature and shall remain in effect until the end of the "
                     "current calendar year and shall be automatically renewed for successive one (1) year periods.", "2021-12-31"),
    # prices held to a year's end are no term
    ("uk_prices", "2. Term. The term of this Agreement is three (3) years. The Provider shall keep the prices until the end of the "
                  "current calendar year.", "2024-03-03"),
    ("au_fees", "2. Fees. The fees are fixed until the end of 2023. The term of this Agreement is two (2) years.", "2023-03-03"),
    # in force from its start to (till) a date
    ("us_covers", "2. Term. This Agreement covers the period from the Effective Date to 31 December 2022.", "2022-12-31"),
    ("german_valid_till", "2. Term. This Agreement shall be valid from the date of signing till 31.12.2023.", "2023-12-31"),
    ("uk_in_force", "2. Term. The Agreement shall remain in full force and effect from the Effective Date to 30 June 2024.",
     "2024-06-30"),
    ("india_in_force", "2. Term. This contract is in force from 1 January 2022 till 31 December 2022.", "2022-12-31"),
    # what the agreement applies to, or its prices, from one date to another is not its term
    ("us_applies_to", "2. Scope. This Agreement applies to services from 1 January 2021 to 31 March 2021 as set out in the Order. "
                      "The term of this Agreement is two (2) years.", "2023-03-03"),
    ("au_prices", "2. Prices. This Agreement's prices apply from the Effective Date to 31 December 2021. The term of this Agreement "
                  "is two (2) years.", "2023-03-03"),
    # the term defined as a span of two dates
    ("india_service_period", '1. Definitions. "Service Period" means April. 1st 2019 through to March 30, 2020.\n\n2. Term. The '
                             'Agreement shall commence on the Effective Date and continue in effect for the Service Period.',
     "2020-03-30"),
    ("uk_commencing_ending", "2. Term. The Term is the period commencing on 1 April 2021 and ending on 31 March 2023.", "2023-03-31"),
    ("sg_quoted_label", '1. "Contract Period": from 1 July 2021 until 30 June 2022.', "2022-06-30"),
    # another period's span is not the term's
    ("us_warranty_period", '1. "Warranty Period" means January 1, 2021 to December 31, 2021. The term of this Agreement is three (3) '
                           'years.', "2024-03-03"),
    # a period of the calendar the contract defines ends on a date that is not the agreement's end
    ("us_quarters", '1. Definitions. "Calendar Quarter" means a period of three (3) consecutive months ending on the last day of '
                    'March, June, September, or December, except that the first Calendar Quarter of the Term shall commence on the '
                    'Effective Date and end on June 30, 2021.\n\n2. Term. This Agreement becomes effective on the Effective Date and, '
                    'unless earlier terminated, shall continue until the five (5) year anniversary of the Effective Date (the '
                    '"Initial Term").', "2026-03-03"),
    ("us_contract_year", '1. Definitions. "Contract Year" shall mean the period beginning on the Effective Date and ending on '
                         'December 31, 2021, and each twelve month period thereafter during the Term.\n\n2. Term. The term of this '
                         'Agreement is three (3) years from the Effective Date.', "2024-03-03"),
    ("uk_financial_year", "1.4 Financial Year: the period commencing on the Effective Date of this Agreement and ending on 31 March "
                          "2022, and thereafter each period of twelve months ending on 31 March.\n\n2. Term. This Agreement shall "
                          "remain in force for two (2) years.", "2023-03-03"),
    # a window of work is no term
    ("us_migration", "2. Services. During the period from January 1, 2021 to March 31, 2021 the Provider shall migrate the "
                     "mailboxes. The term of this Agreement is two (2) years.", "2023-03-03"),
]

# the agreement is made on November 28, 2021 and takes effect on December 1, 2021
MADE_BEFORE = ('SUPPORT SERVICES AGREEMENT\n\nThis Support Services Agreement (the "Agreement") is dated November 28, 2021 by and '
               'between Brightline Networks, Inc. ("Provider") and Holloway Dental Group, P.C. ("Customer").\n\n1. Commencement. '
               'The term of this Agreement shall commence on December 1, 2021, which date shall be deemed the effective date of '
               'this Agreement (the "Effective Date").\n\n')
FROM_MADE = [
    ("us_outsourcing", "2. Term. Unless earlier terminated in accordance with the terms hereof, the term of this Agreement shall "
                       "end on the seventh anniversary of the date hereof.", "2028-11-28"),
    ("uk_supply", "2. Term. The term of this Agreement is three years from and including the date of this Agreement.", "2024-11-28"),
    ("cyprus_cooperation", "2. Term. This Agreement shall remain in force until the fifth (5th) anniversary of this Agreement.",
     "2026-11-28"),
    ("us_from_effective", "2. Term. This Agreement shall continue for two (2) years from the Effective Date.", "2023-12-01"),
]

# an agreement made on a day that takes effect on an event: no effective date, though a later clause starts something on a date
MADE_ON = ('CAPACITY AGREEMENT\n\nThis Capacity Agreement is made on 4 May 2021 between Brightline Networks, Inc. ("Provider") and '
           'Holloway Dental Group, P.C. ("Customer").\n\n')
LATER = "\n\n3. Capacity. The term of the capacity reservation is twelve months, beginning June 1, 2021."
STARTS_ON = [
    ("us_gas", "2. Term. This Agreement shall be effective as of the date of physical completion of the interconnect and shall "
               "continue for a primary term of ten years." + LATER, None),
    ("uk_authority", "2. Commencement. This Agreement shall come into force on the date on which the Customer receives the "
                     "Authority's approval." + LATER, None),
    ("india_advance", "2. Commencement. This Agreement shall come into effect from the date of receipt of the advance payment by "
                      "the Contractor." + LATER, None),
    ("au_first_order", "2. Start. This agreement takes effect on the day the Customer's first order is accepted." + LATER, None),
    ("plain_onboarding", "2. Start. This agreement will start on the day we finish onboarding your systems." + LATER, None),
    # the day it is signed, or the day it is made, is a date
    ("us_execution", "2. Start. This Agreement shall become effective on the date of execution by both parties.", "2021-05-04"),
    ("us_date_of_this", "2. Start. This Agreement shall be effective as of the date of this Agreement.", "2021-05-04"),
    ("us_commences", "2. Term. This Agreement commences on June 1, 2021.", "2021-06-01"),
]

# more wordings of the day it takes effect (the agreement is made on 4 May 2020)
MADE_2020 = ('SUPPORT AGREEMENT\n\nThis Support Agreement is made on 4 May 2020 between Brightline Networks, Inc. ("Provider") '
             'and Holloway Dental Group, P.C. ("Customer").\n\n')
TAKES_EFFECT = [
    ("us_cover_label", "2. Effective as of: June 1, 2020", "2020-06-01"),
    ("us_cover_bare", "2. Effective: June 1, 2020", "2020-06-01"),
    ("india_commencement", "2. Date of Commencement: 1 June 2020", "2020-06-01"),
    ("civil_law_as_from", "2. This Agreement shall be in force as from 1 June 2020.", "2020-06-01"),
    ("us_from_and_after", "2. The parties agree that this Agreement shall be effective from and after June 1, 2020.", "2020-06-01"),
    ("au_on_and_from", "2. This Agreement shall take effect on and from 1 June 2020.", "2020-06-01"),
    ("uk_operative", "2. This agreement becomes operative on 1 June 2020.", "2020-06-01"),
    ("india_operation", "2. This Agreement shall come into operation on 1 June 2020.", "2020-06-01"),
    ("uk_including", "2. This Agreement shall be in full force and effect from and including 1 June 2020.", "2020-06-01"),
    ("plain_runs_from", "2. This Agreement will run from 1 June 2020 for twelve months.", "2020-06-01"),
    ("au_as_at", "2. This Agreement takes effect as at 1 June 2020.", "2020-06-01"),
    # a label over no date: on signature, the day it is made when no signature is dated
    ("us_label_signature", "2. Effective: upon signature by both parties.", "2020-05-04"),
]

# the date it is made as the anchor of a length, not its start
MADE_2020_JAN = ('DISTRIBUTOR AGREEMENT\n\nThis Distributor Agreement is made as of the 1st day of January, 2020 by and between '
                 'Brightline Networks, Inc. ("Licensor") and Holloway Dental Group, P.C. ("Licensee").\n\n')
ANCHOR = [
    ("us_effective_until", "14.1 Term. This Agreement shall be effective until the earlier of (a) its termination in accordance "
                           "with this Article 14 or (b) the date that is two (2) years after the date of this Agreement; provided, "
                           "however, that this Agreement will renew automatically for successive terms of one (1) year commencing "
                           "on each anniversary.", None),
    ("uk_thirty_days_after", "14.1 Term. This Agreement shall become effective thirty days after the date hereof.", None),
    ("us_first_written", "14.1 Term. This Agreement shall be effective as of the date first written above and shall continue for "
                         "two years.", "2020-01-01"),
    ("au_commence_and_end", "14.1 Term. The term of this Agreement shall commence on the date of this Agreement and end two (2) "
                            "years after the date hereof.", "2020-01-01"),
]

STILL_WRONG = {}


def _read(tmp_path, name: str, text: str, key: str) -> str | None:
    path = tmp_path / f"{name}.txt"
    path.write_text(text + CLOSING)
    found = key_terms(Package([analyse_document(load_document(path))]))
    return (found.get(key) or [{}])[0].get("date")


@pytest.mark.parametrize(("name", "clause", "expiry"), [
    pytest.param(*case, id=case[0], marks=[pytest.mark.xfail(reason=STILL_WRONG[case[0]], strict=True)] if case[0] in STILL_WRONG else [])
    for case in CASES])
def test_expiry_date(tmp_path, name, clause, expiry):
    assert _read(tmp_path, name, OPENING + clause, "expiry_date") == expiry


@pytest.mark.parametrize(("name", "clause", "expiry"), FROM_MADE, ids=[case[0] for case in FROM_MADE])
def test_a_length_counted_from_the_day_it_is_made(tmp_path, name, clause, expiry):
    assert _read(tmp_path, name, MADE_BEFORE + clause, "expiry_date") == expiry



@pytest.mark.parametrize(("name", "clause", "effective"), STARTS_ON, ids=[case[0] for case in STARTS_ON])
def test_an_agreement_that_starts_on_an_event_has_no_effective_date(tmp_path, name, clause, effective):
    assert _read(tmp_path, name, MADE_ON + clause, "effective_date") == effective


@pytest.mark.parametrize(("name", "clause", "effective"), TAKES_EFFECT, ids=[case[0] for case in TAKES_EFFECT])
def test_the_day_it_takes_effect(tmp_path, name, clause, effective):
    assert _read(tmp_path, name, MADE_2020 + clause, "effective_date") == effective


@pytest.mark.parametrize(("name", "clause", "effective"), ANCHOR, ids=[case[0] for case in ANCHOR])
def test_the_date_it_is_made_as_the_anchor_of_a_length(tmp_path, name, clause, effective):
    assert _read(tmp_path, name, MADE_2020_JAN + clause, "effective_date") == effective


# a renewal worded as continuing the agreement (or the franchise it grants) for further terms
RENEWALS = [
    ("us_franchise", "2. Term. The term of this Agreement is ten (10) years. When this Agreement expires, you will have the option to "
                     "continue the franchise relationship with us for two (2) additional terms of ten (10) years each.", 87600.0),
    ("uk_option", "2. Term. The term of this Agreement is one (1) year. On expiry, the Client may continue this Agreement for one "
                  "additional term of two (2) years.", 17520.0),
]


@pytest.mark.parametrize(("name", "clause", "hours"), RENEWALS, ids=[case[0] for case in RENEWALS])
def test_a_renewal_worded_as_continuing(tmp_path, name, clause, hours):
    path = tmp_path / f"{name}.txt"
    path.write_text(OPENING + clause + CLOSING)
    renewal = key_terms(Package([analyse_document(load_document(path))]))["renewal"]
    assert renewal and renewal[0].get("hours") == hours and not renewal[0]["mutual"]
