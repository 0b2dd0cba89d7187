"""Parties and the effective date in the shapes the corpus's reading half rarely shows (issue 11, session 20): the parties in
a cover table ('| Party A | ... |', a cell that goes on to a company number), in a numbered list, only on the signature page,
three or more under one alias ('... and Orchid Cloud Ltd (each a "Licensee")'), with a former or trading name ('t/as'), in
capitals with foreign suffixes, public bodies and universities described before 'by' ('a body incorporated by Royal
Charter', 'represented by its Director'), individuals, translated preambles ('On the one part, ... and on the other part,
...', '... of the FIRST PART AND ...'); and the day the agreement takes effect: on the day the last party signs ('the date it
has been signed by both parties'), a term of a length that starts on a date ('The term of this Agreement shall be two (2)
years commencing on March 1st 2021', 'an initial period of 24 months commencing on 01.03.2021'), a cover table's 'Start
Date' row. Five drafters' wordings of each shape (US, UK, Indian, Australian, translated civil-law, a small firm's plain
English), every text written for this survey. Names compare without regard to case (the key terms show what the text
writes)."""

from __future__ import annotations

import pytest

from checker.engine.context import Package
from checker.ingest import load_document
from checker.keyparties import key_parties
from checker.keyterms import key_terms
from checker.nlp.parties import resolve_parties
from checker.review import analyse_document

BODY = ("\n\n1. Services. The Supplier shall provide the support services described in Schedule 1.\n\n2. Fees. The Customer "
        "shall pay the fees in Schedule 2 within 30 days of invoice.\n")


def shown(text: str) -> list[str]:
    text += BODY
    return [p.name.casefold() for p in key_parties(text, resolve_parties(text))]


def effective(tmp_path, text: str) -> str | None:
    path = tmp_path / "contract.txt"
    path.write_text(text + BODY)
    found = key_terms(Package([analyse_document(load_document(path))]))
    return (found.get("effective_date") or [{}])[0].get("date")


def _cases(rows):
    return [pytest.param(text, [n.casefold() for n in names], id=drafter) for drafter, text, names in rows]


# a cover table of the parties: a row each, the role or 'Party A' in the first cell, the name in the second, which may go on
# to the company's number or address after a comma
COVER_TABLE = [
    ("uk_order_form", "ORDER FORM\n\n| Supplier | Farrowdale Networks Limited, company number 07766554 |\n| Customer | Penrose "
                      "Veterinary Group Ltd, company registration number 01234567 |\n| Commencement Date | 1 March 2021 |\n",
     ["Farrowdale Networks Limited", "Penrose Veterinary Group Ltd"]),
    ("cn_party_rows", "SERVICE CONTRACT\n\n| Party A | Shenbao Data Services Co., Ltd. |\n| Party B | Lantern Bay Trading Pte. "
                      "Ltd. |\n\nParty A and Party B agree as follows.", ["Shenbao Data Services Co., Ltd.", "Lantern Bay Trading Pte. Ltd."]),
    ("translated_first_second", "CONTRACT\n\n| First Party | Hellas Cloud Services S.A. |\n| Second Party | Aegean Ferries "
                                "S.A. |\n", ["Hellas Cloud Services S.A.", "Aegean Ferries S.A."]),
    ("us_cover_sheet", "MASTER SUPPORT AGREEMENT - COVER SHEET\n\n| Provider | Quarry Hill Technologies, Inc., an Ohio "
                       "corporation |\n| Customer | Wexford Family Dental, P.C. |\n", ["Quarry Hill Technologies, Inc.", "Wexford Family Dental, P.C."]),
    ("au_schedule", "SCHEDULE 1 - DETAILS\n\n| Provider | Koala Cloud Services Pty Ltd (ABN 12 345 678 901) |\n| Client | "
                    "Banksia Legal Pty Ltd (ABN 98 765 432 109) |\n", ["Koala Cloud Services Pty Ltd", "Banksia Legal Pty Ltd"]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(COVER_TABLE))
def test_a_cover_tables_rows_name_the_parties(text, expected):
    assert shown(text) == expected


# a numbered list of parties: '(1) NAME ... (Supplier)', '1. NAME, ... ("Tallis"); and', '(a) ...'
NUMBERED = [
    ("uk_caps", "THIS AGREEMENT is dated 1 March 2021\n\nPARTIES\n\n(1) HALLAM DIGITAL LIMITED incorporated in England and Wales "
                "with company number 04455667 whose registered office is at 2 Quay Street, Bristol (Supplier).\n\n(2) MERIDEN "
                "HOUSING ASSOCIATION LIMITED whose registered office is at 10 Park Row, Leeds (Customer).\n",
     ["Hallam Digital Limited", "Meriden Housing Association Limited"]),
    ("irish_numbered", "THIS AGREEMENT is made on 1 March 2021 between:\n\n1. TALLIS SYSTEMS LIMITED, a company registered in "
                       "Ireland (\"Tallis\"); and\n2. GORSE HILL FOODS LIMITED, a company registered in Ireland (\"Gorse Hill\").\n",
     ["Tallis Systems Limited", "Gorse Hill Foods Limited"]),
    ("au_acn", "This Agreement is made on 1 March 2021\n\nParties\n\n1. Wattle IT Pty Ltd ACN 111 222 333 of 4 King Street, "
               "Sydney NSW 2000 (Provider)\n2. Coolabah Accounting Pty Ltd ACN 444 555 666 of 9 Queen Street, Brisbane QLD 4000 "
               "(Customer)\n", ["Wattle IT Pty Ltd", "Coolabah Accounting Pty Ltd"]),
    ("uk_three", "THIS AGREEMENT is dated 1 March 2021 and made between:\n\n(1) KESTREL HOLDINGS PLC (the \"Parent\");\n(2) "
                 "KESTREL SERVICES LIMITED (the \"Customer\"); and\n(3) SANDPIPER IT LIMITED (the \"Supplier\").\n",
     ["Kestrel Holdings PLC", "Kestrel Services Limited", "Sandpiper IT Limited"]),
    ("us_lettered", "PARTIES:\n\n(a) Brindle Software Inc., a Delaware corporation (\"Licensor\"); and\n(b) Ocotillo Health "
                    "LLC, an Arizona limited liability company (\"Licensee\").\n", ["Brindle Software Inc.", "Ocotillo Health LLC"]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(NUMBERED))
def test_a_numbered_list_of_parties(text, expected):
    assert shown(text) == expected


# several companies under one alias each of them takes ('each a "Licensee"'): a party each
EACH_A = [
    ("us_parent_subs", "This Master Services Agreement is entered into as of March 1, 2021 by and among Larkspur Holdings, Inc. "
                       "(\"Parent\"), Larkspur Retail LLC and Larkspur Online LLC (each a \"Customer\" and together with Parent, the "
                       "\"Customer Parties\"), and Vantage Point IT Corp. (\"Provider\").",
     ["Larkspur Holdings, Inc.", "Larkspur Retail LLC", "Larkspur Online LLC", "Vantage Point IT Corp."]),
    ("uk_licensees", "This Licence is made among Orchid Software Ltd (\"Licensor\"), Orchid Analytics Ltd, and Orchid Cloud Ltd "
                     "(each a \"Licensee\").", ["Orchid Software Ltd", "Orchid Analytics Ltd", "Orchid Cloud Ltd"]),
    ("in_group_companies", "This Agreement is entered into between Tarang Infotech Private Limited (the \"Service Provider\") "
                           "and Suvarna Textiles Limited, Suvarna Exports Limited and Suvarna Yarns Limited (each a \"Client\").",
     ["Tarang Infotech Private Limited", "Suvarna Textiles Limited", "Suvarna Exports Limited", "Suvarna Yarns Limited"]),
    ("au_each_an", "This Deed is made between Gidgee Cloud Pty Ltd (\"Supplier\") and Yarra Health Pty Ltd, Murray Health Pty "
                   "Ltd (each an \"Operator\").", ["Gidgee Cloud Pty Ltd", "Yarra Health Pty Ltd", "Murray Health Pty Ltd"]),
    ("us_sellers", "This Support Agreement is made by and among Cedar Point Software, Inc. (\"Vendor\"), Basin Dental, LLC, Ridge "
                   "Dental, LLC and Summit Dental, LLC (each, a \"Practice\").",
     ["Cedar Point Software, Inc.", "Basin Dental, LLC", "Ridge Dental, LLC", "Summit Dental, LLC"]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(EACH_A))
def test_several_companies_each_under_the_one_alias_are_a_party_each(text, expected):
    assert shown(text) == expected


# a sole trader named with the business they trade as ('trading as', 't/as', 'T/A'): the person is the party
TRADING_AS = [
    ("uk_trading_as", "This Agreement is made on 1 March 2021 between Sarah Whitlock trading as Whitlock IT Services of 3 Mill "
                      "Road, York (the \"Contractor\") and Hartley Joinery Limited (the \"Client\").",
     ["Sarah Whitlock", "Hartley Joinery Limited"]),
    ("au_t_as", "This agreement is between Liam O'Rourke t/as Rourke Tech Support ABN 55 666 777 888 (\"Provider\") and Gumtree "
                "Physio Pty Ltd (\"Client\").", ["Liam O'Rourke", "Gumtree Physio Pty Ltd"]),
    ("nz_T_As", "This agreement is between Aroha Ngata T/As Ngata Computers (\"Provider\") and Kauri Motors Limited (\"Client\").",
     ["Aroha Ngata", "Kauri Motors Limited"]),
    ("uk_trading_under_name", "This Agreement is between Priya Shah trading under the name of Shah Networks (the \"Supplier\") "
                              "and Bellwood Farm Shop Ltd (the \"Customer\").", ["Priya Shah", "Bellwood Farm Shop Ltd"]),
    ("ie_t_a", "This Agreement is made between Ciaran Byrne t/a Byrne IT (\"Contractor\") and Liffey Pharmacy Limited (\"Client\").",
     ["Ciaran Byrne", "Liffey Pharmacy Limited"]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(TRADING_AS))
def test_a_sole_trader_is_named_without_the_business_name(text, expected):
    assert shown(text) == expected


# a public body, university or company described by the words before 'by' ('incorporated by Royal Charter', 'represented by
# ...', 'established by statute'): the name is the body's, not what the description names
DESCRIBED_BY = [
    ("uk_royal_charter", "This Agreement is made between Kingsbridge University, a body incorporated by Royal Charter (the "
                         "\"University\"), and Altair Networks Ltd (the \"Supplier\").", ["Kingsbridge University", "Altair Networks Ltd"]),
    ("es_represented_by", "This Agreement is made between Datos Levante, S.L., represented by Ms. Lucia Ferrer (\"Provider\"), "
                          "and Hoteles Alicante, S.A., represented by Mr. Pablo Ruiz (\"Client\").",
     ["Datos Levante, S.L.", "Hoteles Alicante, S.A."]),
    ("in_statute", "This Agreement is made between Konkan Port Trust, a body established by the Major Port Trusts Act "
                   "(the \"Trust\"), and Sahyadri Systems Private Limited (the \"Contractor\").",
     ["Konkan Port Trust", "Sahyadri Systems Private Limited"]),
    ("au_constituted_by", "This Agreement is made between Riverina Water Board, a statutory body constituted by the Water Act "
                          "(\"Board\"), and Mulga IT Pty Ltd (\"Contractor\").", ["Riverina Water Board", "Mulga IT Pty Ltd"]),
    ("us_regents", "This License Agreement is entered into by and between The Regents of the University of Calisota, a public "
                   "corporation, acting through its Office of Technology Licensing (\"University\"), and Fernleaf Bio, Inc. "
                   "(\"Licensee\").", ["The Regents of the University of Calisota", "Fernleaf Bio, Inc."]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(DESCRIBED_BY))
def test_a_description_before_by_names_no_party(text, expected):
    assert shown(text) == expected


# a translated preamble: 'On the one part, <name>, ... and on the other part, <name>, ...'; an Indian or older English one whose
# party closes with 'of the FIRST PART' before the 'AND' that brings in the next
ONE_PART = [
    ("es_one_part", "AGREEMENT\n\nOn the one part, SERVICIOS DIGITALES IBERIA, S.L., with registered office in Madrid, represented "
                    "by Mr. Javier Ortega (hereinafter \"the Provider\"), and on the other part, HOTELES COSTA BRAVA, S.A., with "
                    "registered office in Girona (hereinafter \"the Client\").",
     ["SERVICIOS DIGITALES IBERIA, S.L.", "HOTELES COSTA BRAVA, S.A."]),
    ("it_one_part", "SERVICE CONTRACT\n\nOn the one part, Nuvola Servizi S.r.l., with registered office in Turin, VAT number "
                    "01234567890 (hereinafter \"Supplier\"); and on the other part, Cantina Langhe S.p.A., with registered office "
                    "in Alba (hereinafter \"Customer\").", ["Nuvola Servizi S.r.l.", "Cantina Langhe S.p.A."]),
    ("in_first_part", "THIS AGREEMENT made this 1st day of March, 2021 BETWEEN Deccan Cloud Private Limited, a company "
                      "incorporated under the Companies Act, 1956 (hereinafter called \"the Vendor\") of the FIRST PART AND Malabar "
                      "Spices Limited (hereinafter called \"the Purchaser\") of the SECOND PART.",
     ["Deccan Cloud Private Limited", "Malabar Spices Limited"]),
    ("in_one_part_lower", "This Agreement is executed BETWEEN Ganga Softech Private Limited (hereinafter referred to as the "
                          "\"Service Provider\") of the one part, AND Yamuna Mills Limited (hereinafter referred to as the "
                          "\"Client\") of the other part.", ["Ganga Softech Private Limited", "Yamuna Mills Limited"]),
    ("fr_undersigned", "BETWEEN THE UNDERSIGNED:\n\nLogiciels Boreal SAS, a simplified joint-stock company with capital of EUR "
                       "50,000, hereinafter referred to as \"the Service Provider\",\n\nOF THE ONE PART,\n\nAND:\n\nMutuelle du "
                       "Rhone, a mutual insurance company, hereinafter referred to as \"the Client\",\n\nOF THE OTHER PART,",
     ["Logiciels Boreal SAS", "Mutuelle du Rhone"]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(ONE_PART))
def test_a_translated_preambles_parts(text, expected):
    assert shown(text) == expected


# more kinds the survey read right before this session's changes: a former name in brackets, names in capitals with
# foreign suffixes, public bodies, individuals, parties named only where they sign
OTHER_KINDS = [
    ("uk_formerly", "THIS AGREEMENT is made on 1 March 2021 between Harcourt Systems Limited (formerly Harcourt Computing "
                    "Limited) (the \"Supplier\") and Amberley Estates Limited (the \"Customer\").",
     ["Harcourt Systems Limited", "Amberley Estates Limited"]),
    ("pe_de_caps", "This Agreement is made between TELECOMUNICACIONES ANDINAS S.A., a company organised under the laws of Peru "
                   "(\"TASA\"), and NORDLICHT SOFTWARE GMBH, a company organised under the laws of Germany (\"Nordlicht\").",
     ["TELECOMUNICACIONES ANDINAS S.A.", "NORDLICHT SOFTWARE GMBH"]),
    ("nl_ch_caps", "THIS AGREEMENT is entered into by and between POLDER DATA B.V., with its seat in Utrecht (\"Polder\") and "
                   "ALPINE RETAIL AG, with its seat in Zurich (\"Alpine\").", ["POLDER DATA B.V.", "ALPINE RETAIL AG"]),
    ("au_pty_caps", "THIS AGREEMENT is made between BILLABONG IT SERVICES PTY LTD (ACN 123 456 789) (\"Supplier\") and MALLEE "
                    "GRAIN PTY LIMITED (ACN 987 654 321) (\"Customer\").", ["BILLABONG IT SERVICES PTY LTD", "MALLEE GRAIN PTY LIMITED"]),
    ("us_state_acting_through", "This Agreement is made between the State of Wyoma, acting through its Department of Information "
                                "Services (the \"State\"), and Granite Peak Consulting LLC (the \"Contractor\").",
     ["State of Wyoma", "Granite Peak Consulting LLC"]),
    ("us_board", "This Agreement is entered into by and between the Board of Trustees of Lakemont Community College (\"College\") "
                 "and Tessellate Systems, Inc. (\"Vendor\").", ["Board of Trustees of Lakemont Community College", "Tessellate Systems, Inc."]),
    ("us_individual", "This Consulting Agreement is entered into as of March 1, 2021 by and between Harrow Medical Devices, Inc., "
                      "a Delaware corporation (the \"Company\"), and Dr. Priya Raman, an individual (\"Consultant\").",
     ["Harrow Medical Devices, Inc.", "Dr. Priya Raman"]),
    ("uk_individual", "THIS AGREEMENT is made on 1 March 2021 between Thistle Analytics Ltd (the \"Company\") and Mr Angus "
                      "McBride of 4 Loch Road, Perth PH1 2AB (the \"Consultant\").", ["Thistle Analytics Ltd", "Mr Angus McBride"]),
    ("uk_signature_only", "SUPPORT TERMS\n\nThe parties agree that the Supplier shall support the Customer's systems.\n\nIN "
                          "WITNESS WHEREOF the parties have signed this Agreement.\n\nSTONEBRIDGE IT LIMITED\nBy: ____________\n"
                          "Name: Ann Cole\n\nHALEWOOD FARMS LIMITED\nBy: ____________\nName: Tom Hale\n",
     ["STONEBRIDGE IT LIMITED", "HALEWOOD FARMS LIMITED"]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(OTHER_KINDS))
def test_other_kinds_of_party(text, expected):
    assert shown(text) == expected


# --- the effective date ------------------------------------------------------------------------------------------------

PREAMBLE = 'This Support Agreement is made between Brightline Networks, Inc. ("Supplier") and Holloway Dental Group, P.C. ("Customer"). '
SIGNED = ("\n\nIN WITNESS WHEREOF the parties have signed below.\n\nBRIGHTLINE NETWORKS, INC.\nBy: /s/ Lena Ortiz\nDate: March 1, "
          "2021\n\nHOLLOWAY DENTAL GROUP, P.C.\nBy: /s/ Mark Dube\nDate: March 4, 2021\n")

# the agreement takes effect on the day the last party signs, however the drafter says so: the later signature date
ON_SIGNATURE = [
    ("us_last_signed", 'This Agreement is effective as of the date last signed below (the "Effective Date").'),
    ("au_signed_by_both", "This Agreement starts on the date it has been signed by both parties."),
    ("in_execution_by_both", "This Agreement shall take effect from the date of its execution by both the Parties."),
    ("uk_signed_by_each", "This Agreement comes into force on the day this Agreement is signed by each party."),
    ("plain_has_been_signed", "This contract begins on the date that it has been signed by both of us."),
]


@pytest.mark.parametrize("clause", [pytest.param(c, id=d) for d, c in ON_SIGNATURE])
def test_the_day_the_last_party_signs(tmp_path, clause):
    assert effective(tmp_path, PREAMBLE + clause + SIGNED) == "2021-03-04"


# the agreement's term is a length that starts on a date, written in any common form
TERM_FROM_A_DATE = [
    ("us_term_shall_be", "2. Term. The term of this Agreement shall be two (2) years commencing on March 1st 2021."),
    ("eu_dotted", "2. Term. This Agreement is for an initial period of 24 months commencing on 01.03.2021."),
    ("uk_starting_from", "2. Term. This Agreement shall run for three years starting from 1 March 2021."),
    ("au_lasts", "2. Term. The Contract shall last 36 months from 1 March 2021."),
    ("in_continues", "2. Term. This Agreement continues for an initial period of three (3) years from the 1st day of March, 2021."),
    ("us_term_comma", "2. Term. The Term shall be one year, commencing on March 1, 2021."),
]


@pytest.mark.parametrize("clause", [pytest.param(c, id=d) for d, c in TERM_FROM_A_DATE])
def test_a_term_of_a_length_from_a_date(tmp_path, clause):
    assert effective(tmp_path, PREAMBLE + clause) == "2021-03-01"


# not the agreement's: a payment or the services for a length from a date
NOT_THE_AGREEMENTS = [
    ("us_fees_for", "2. Payment. The Customer shall pay the fees for two years commencing on 1 March 2021."),
    ("uk_services_for", "2. Services. The Services shall be provided for a period of two years starting on 1 March 2021."),
]


@pytest.mark.parametrize("clause", [pytest.param(c, id=d) for d, c in NOT_THE_AGREEMENTS])
def test_a_length_that_is_not_the_agreements_term(tmp_path, clause):
    assert effective(tmp_path, PREAMBLE + clause) is None


# a cover table's or cover sheet's date: 'Effective Date', 'Start Date', 'Commencement Date', in any common form
COVER_DATE = [
    ("uk_effective_row", "ORDER FORM\n\n| Supplier | Brightline Networks Ltd |\n| Customer | Holloway Dental Ltd |\n| Effective "
                         "Date | 01.03.2021 |\n| Initial Term | 12 months |\n"),
    ("uk_start_row", "ORDER FORM\n\n| Supplier | Brightline Networks Ltd |\n| Customer | Holloway Dental Ltd |\n| Start Date | 1st "
                     "March 2021 |\n| Initial Term | 12 months |\n"),
    ("au_commencement_row", "KEY DETAILS\n\n| Provider | Koala Cloud Pty Ltd |\n| Client | Banksia Legal Pty Ltd |\n| Commencement "
                            "Date | March 1st, 2021 |\n"),
    ("nz_label", "KEY DETAILS\n\nProvider: Kauri Cloud Limited\nClient: Rimu Legal Limited\nCommencement Date: 1 March 2021\n"
                 "Term: 12 months\n"),
    ("us_label", PREAMBLE + "\n\nEffective Date: 1st day of March, 2021\n"),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=d) for d, t in COVER_DATE])
def test_a_cover_tables_date(tmp_path, text):
    assert effective(tmp_path, text) == "2021-03-01"


# a list of parties without aliases, each with its description, a person among the companies ('Jordan Wells, an individual')
PERSON_IN_A_LIST = [
    ("us_among", "This Agreement is made as of March 1, 2021 by and among Alder Capital Partners, L.P., a Delaware limited "
                 "partnership, Alder GP, LLC, a Delaware limited liability company, Jordan Wells, an individual, and Pinegrove "
                 "Software, Inc., a California corporation.",
     ["Alder Capital Partners, L.P.", "Alder GP, LLC", "Jordan Wells", "Pinegrove Software, Inc."]),
    ("uk_registered", "THIS AGREEMENT is made on 1 March 2021 between Fenwick Data Limited, a company registered in England, "
                      "Harriet Lowe, an individual residing in Leeds, and Moorside Clinics Limited, a company registered in England.",
     ["Fenwick Data Limited", "Harriet Lowe", "Moorside Clinics Limited"]),
    ("us_two", "This Consulting Agreement is entered into between Daniel Ocampo, an individual, and Bluefin Robotics, Inc., a "
               "Delaware corporation.", ["Daniel Ocampo", "Bluefin Robotics, Inc."]),
    ("in_resident", "This Agreement is made between Rohan Mehta, a resident of Pune, and Sahyadri Systems Private Limited, a "
                    "company incorporated under the Companies Act, 2013.", ["Rohan Mehta", "Sahyadri Systems Private Limited"]),
    ("au_among", "This Deed is made among Wattle Holdings Pty Ltd, a company registered in Victoria, Chloe Nguyen, an individual "
                 "of Melbourne, Victoria, and Coolabah Software Pty Ltd, a company registered in New South Wales.",
     ["Wattle Holdings Pty Ltd", "Chloe Nguyen", "Coolabah Software Pty Ltd"]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(PERSON_IN_A_LIST))
def test_a_person_in_a_list_of_parties_without_aliases(text, expected):
    assert shown(text) == expected


# the term as a span of two dates after its label: the agreement takes effect on the first ('Term: 1 March 2021 - 28 February
# 2022', a cover table's '| Term |' row, 'Agreement Period: ... through ...', 'Duration of the Contract: ... till ...'); 'effective
# nunc pro tunc as of'
SPAN = 'This Support Agreement is made between Brightline Networks Ltd ("Supplier") and Holloway Dental Ltd ("Customer"). '
TERM_SPAN = [
    ("uk_term_label", SPAN + "\n\nTerm: 1 March 2021 - 28 February 2022\n"),
    ("uk_cover_row", "ORDER FORM\n\n| Supplier | Brightline Networks Ltd |\n| Customer | Holloway Dental Ltd |\n| Term | 1 March 2021 "
                     "to 28 February 2022 |\n"),
    ("us_agreement_period", SPAN + "\n\nAgreement Period: March 1, 2021 through February 28, 2022\n"),
    ("translated_duration", SPAN + "\n\nDuration of the Contract: 01.03.2021 till 28.02.2022\n"),
    ("au_contract_period_is", SPAN + "2. The Contract Period is 1 March 2021 to 28 February 2022."),
    ("us_nunc_pro_tunc", SPAN + "This Agreement shall be effective nunc pro tunc as of March 1, 2021."),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=d) for d, t in TERM_SPAN])
def test_the_first_day_of_the_terms_span(tmp_path, text):
    assert effective(tmp_path, text) == "2021-03-01"


# a form that leaves a party to its schedule, order form or special conditions ('AND The party specified as the Franchisee on
# SCHEDULE 1 attached hereto (the "Franchisee")', 'the customer named in the Order Form (the "Buyer")'): the name the label
# there gives ('The Franchisee:   NORDIC BURGERS OY', 'Item 2  Customer: Banksia Legal Pty Ltd')
TERMS_BODY = "\n\n1. Grant. The Franchisor grants the franchise.\n\n2. Fees. The fees are in the Schedule.\n\n"
NAMED_IN_A_SCHEDULE = [
    ("us_franchise", "FRANCHISE AGREEMENT\n\nBetween    HARBOR BURGER CORPORATION, a company incorporated in Florida (\"HBC\")\n\n"
                     "AND        The party specified as the Franchisee on SCHEDULE 1 attached hereto (the \"Franchisee\")\n\nAND        The "
                     "party or parties specified as the Principals on SCHEDULE 1 attached hereto (collectively, the \"Principals\" and "
                     "individually, a \"Principal\")\n" + TERMS_BODY + "SCHEDULE 1 TO FRANCHISE AGREEMENT\n\nThe Franchisee:        "
                     "NORDIC BURGERS OY\n\nThe Principals:        NORDIC RESTAURANT GROUP AB\n\nThe Location:          12 Main Street\n",
     ["HARBOR BURGER CORPORATION", "NORDIC BURGERS OY", "NORDIC RESTAURANT GROUP AB"]),
    ("uk_call_off", "CALL-OFF CONTRACT\n\nThis Call-Off Contract is made between Crown Digital Ltd (the \"Supplier\") and the customer "
                    "named in the Order Form (the \"Buyer\").\n" + TERMS_BODY + "ORDER FORM\n\nBuyer: Leeds City Council\nSupplier: "
                    "Crown Digital Ltd\n", ["Crown Digital Ltd", "Leeds City Council"]),
    ("au_item", "SERVICES AGREEMENT\n\nThis Agreement is made between Koala Cloud Pty Ltd (\"Provider\") and the person identified as "
                "the Customer in Item 2 of the Schedule (\"Customer\").\n" + TERMS_BODY + "SCHEDULE\n\nItem 1  Provider: Koala Cloud Pty "
                "Ltd\nItem 2  Customer: Banksia Legal Pty Ltd\n", ["Koala Cloud Pty Ltd", "Banksia Legal Pty Ltd"]),
    ("in_annexure", "LICENCE AGREEMENT\n\nThis Agreement is made BETWEEN Vedanta Softech Private Limited (hereinafter the "
                    "\"Licensor\") AND the entity whose name is set out in Annexure A (hereinafter the \"Licensee\").\n" + TERMS_BODY +
                    "ANNEXURE A\n\nLicensee: Konkan Agro Industries Limited\nAddress: Ratnagiri\n",
     ["Vedanta Softech Private Limited", "Konkan Agro Industries Limited"]),
    ("es_special_conditions", "CONTRACT\n\nThis Contract is entered into between Servicios Digitales Iberia, S.L. (the "
                              "\"Provider\") and the Contracting Party identified in the Special Conditions (the \"Client\").\n" +
                              TERMS_BODY + "SPECIAL CONDITIONS\n\n| Client | Hoteles Costa Brava, S.A. |\n| Term | 12 months |\n",
     ["Servicios Digitales Iberia, S.L.", "Hoteles Costa Brava, S.A."]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(NAMED_IN_A_SCHEDULE))
def test_a_party_a_form_leaves_to_its_schedule_takes_the_name_the_schedule_gives(text, expected):
    assert shown(text) == expected


# a blank or a description without a name in the schedule: the party reads as its role word, in any case ('AND [*]')
BLANK_PARTY = [
    ("us_bracket_caps", "DISTRIBUTOR AGREEMENT\n\nThis Agreement is between Lumen Optics Inc. (\"Lumen\") And [*] (\"Distributor\").",
     ["Lumen Optics Inc.", "Distributor"]),
    ("us_underscores", "This Endorsement Agreement is made by and between FAIRWAY APPAREL, INC. (the \"Company\"), and "
                       "_________________ (hereinafter referred to as the \"Professional\").", ["FAIRWAY APPAREL, INC.", "Professional"]),
    ("uk_order_form_blank", "This Agreement is made between Crown Digital Ltd (the \"Supplier\") and the customer named in the "
                            "Order Form (the \"Buyer\").\n\nORDER FORM\n\nBuyer: ____________\n", ["Crown Digital Ltd", "Buyer"]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(BLANK_PARTY))
def test_a_blank_party_reads_as_its_role_word(text, expected):
    assert shown(text) == expected


# parties numbered within the sentence ('(i) ... and (ii) ...', '(a)', '(1)'), and a party named after a parenthesis that groups
# the ones before it ('(Alder, Birch and Cedar together the "Sellers") and Dune Capital LLC ("Buyer")')
INLINE_NUMBERS_AND_GROUPS = [
    ("us_roman", "This Agreement is entered into between: (i) Halden Software Ltd., a company incorporated in England (\"Halden\"), "
                 "and (ii) Pike River Corp., a Nevada corporation (\"Pike\").", ["Halden Software Ltd.", "Pike River Corp."]),
    ("eu_roman_three", "This Agreement is made among (i) Sorrel Bio, Inc. (\"Sorrel\"), (ii) Tansy Pharma GmbH (\"Tansy\") and (iii) "
                       "Yarrow Labs B.V. (\"Yarrow\").", ["Sorrel Bio, Inc.", "Tansy Pharma GmbH", "Yarrow Labs B.V."]),
    ("au_letters", "This Agreement is made between (a) Quince Networks Pty Ltd (\"Quince\") and (b) Medlar Health Pty Ltd (\"Medlar\").",
     ["Quince Networks Pty Ltd", "Medlar Health Pty Ltd"]),
    ("in_roman", "This Agreement is executed between (i) Kaveri Infosystems Private Limited (hereinafter \"Kaveri\") and (ii) Tapti "
                 "Textiles Limited (hereinafter \"Tapti\").", ["Kaveri Infosystems Private Limited", "Tapti Textiles Limited"]),
    ("us_group_then_buyer", "This Agreement is made among Alder Foods Ltd (\"Alder\"), Birch Foods Ltd (\"Birch\"), Cedar Foods Ltd "
                            "(\"Cedar\") (Alder, Birch and Cedar together the \"Sellers\") and Dune Capital LLC (\"Buyer\").",
     ["Alder Foods Ltd", "Birch Foods Ltd", "Cedar Foods Ltd", "Dune Capital LLC"]),
    ("uk_group", "THIS AGREEMENT is made between Larch Retail Ltd (\"Larch\") and Maple Retail Ltd (\"Maple\") (Larch and Maple "
                 "being together the \"Customers\") and Oakfield IT Ltd (\"Supplier\").", ["Larch Retail Ltd", "Maple Retail Ltd", "Oakfield IT Ltd"]),
    ("au_group", "This Deed is made between Banksia Pty Ltd (\"Banksia\"), Waratah Pty Ltd (\"Waratah\") (Banksia and Waratah jointly "
                 "the \"Owners\") and Acacia Facilities Pty Ltd (\"Manager\").", ["Banksia Pty Ltd", "Waratah Pty Ltd", "Acacia Facilities Pty Ltd"]),
    ("in_group", "This Agreement is made between Indus Power Limited (\"IPL\") and Sutlej Power Limited (\"SPL\") (IPL and SPL "
                 "collectively the \"Owners\") and Narmada Automation Private Limited (\"Contractor\").",
     ["Indus Power Limited", "Sutlej Power Limited", "Narmada Automation Private Limited"]),
    ("us_group_each", "This Agreement is made between Ember Media Inc. (\"Ember\") and Flint Studios LLC (\"Flint\") (Ember and Flint "
                      "each a \"Licensor\") and Gale Pictures Corp. (\"Licensee\").", ["Ember Media Inc.", "Flint Studios LLC", "Gale Pictures Corp."]),
]


@pytest.mark.parametrize(("text", "expected"), _cases(INLINE_NUMBERS_AND_GROUPS))
def test_parties_numbered_in_the_sentence_or_after_a_group(text, expected):
    assert shown(text) == expected


# the date right after the name of the day ('Effective Date of Agreement: 3/1/2021', 'the Effective Date (March 1, 2021)', 'the
# Start Date, being 1 March 2021'), and a time of day before the date ('effective from 12:01 a.m. on March 1, 2021')
NAMED_DAY_AND_TIME = [
    ("us_of_agreement_label", "\n\nEffective Date of Agreement: 3/1/2021\n"),
    ("us_paren", "The Supplier shall provide the services from the Effective Date (March 1, 2021)."),
    ("uk_being", "The Term shall commence on the Start Date, being 1 March 2021."),
    ("au_commencement_being", "This Agreement starts on the Commencement Date being 1 March 2021."),
    ("in_effective_being", "This Agreement shall come into force on the Effective Date, being the 1st day of March, 2021."),
    ("us_time_am", "This Agreement is effective from 12:01 a.m. on March 1, 2021."),
    ("us_begins_at", "The Term begins at 12:00 am on March 1, 2021."),
    ("uk_hours", "This Agreement takes effect at 00:00 hours on 1 March 2021."),
    ("au_commences_at", "This Agreement commences at 9.00 am (Sydney time) on 1 March 2021."),
    ("in_effect_from_time", "This Agreement shall come into force with effect from 10:00 a.m. on 1st March 2021."),
]


@pytest.mark.parametrize("clause", [pytest.param(c, id=d) for d, c in NAMED_DAY_AND_TIME])
def test_the_date_after_the_days_name_or_a_time_of_day(tmp_path, clause):
    assert effective(tmp_path, PREAMBLE + clause) == "2021-03-01"


# a preamble without aliases names its parties by their companies' suffixes: the world's, not only 'Inc.' and 'Ltd' ('Sp. z
# o.o.', 'SAS', 'S.A.C.', 'S.L.U.', 'Limitada', 'Ltee', 'OU', 'LLLP', 'K.K.', 'Kabushiki Kaisha', 'S. de R.L. de C.V.')
def _no_aliases(first: str, second: str) -> str:
    return (f"This Agreement is made on 1 March 2021 between {first}, a company organised under the laws of Ruritania, and "
            f"{second}, a company organised under the laws of Borduria.")


FOREIGN_SUFFIXES = [
    ("pl", "Wisla Software Sp. z o.o.", "Odra Logistics S.A."),
    ("fr", "Logiciels Boreal SAS", "Mutuelle Rhone S.A.S."),
    ("pe", "Andes Medical S.A.C.", "Lima Data S.R.L."),
    ("es", "Datos Levante S.L.U.", "Hoteles Sol S.A.U."),
    ("br", "Zebra Brasil Comercio Ltda.", "Parana Dados Limitada"),
    ("ca", "Logiciels Laurentides Ltee", "Gaspe Peches Inc."),
    ("ee", "Tallinn Code OU", "Tartu Data AS"),
    ("us_lllp", "Harbor Capital Partners LLLP", "Ridge Advisors L.L.L.P."),
    ("jp", "Sakura Denki K.K.", "Fuji Soft Kabushiki Kaisha"),
    ("mx", "Azteca Datos, S. de R.L. de C.V.", "Polder Data C.V."),
]


@pytest.mark.parametrize(("first", "second"), [pytest.param(a, b, id=d) for d, a, b in FOREIGN_SUFFIXES])
def test_companies_of_other_countries_named_without_aliases(first, second):
    assert shown(_no_aliases(first, second)) == [first.casefold(), second.casefold()]
