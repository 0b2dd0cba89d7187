"""Parties by the shape of the preamble (issue 11, session 19): for each cause of a party missed, cut short, run on or
taken from elsewhere, five drafters' wordings of the same shape (US, UK, Indian, Australian, translated civil-law, a
small firm's plain English ...), every text written for this survey. The names are those the key terms show
(checker/keyparties.py over the party layer, checker/nlp/parties.py)."""

from __future__ import annotations

import pytest

from checker.keyparties import key_parties
from checker.nlp.parties import resolve_parties

BODY = ("\n\n1. Services. The Supplier shall provide the services described in Schedule 1.\n\n2. Fees. The Customer "
        "shall pay the fees in Schedule 2 within 30 days of invoice.\n")


def shown(text: str) -> list[str]:
    text += BODY
    return [p.name for p in key_parties(text, resolve_parties(text))]


# another instrument the preamble mentions, its defined name after its date ('dated as of ... (the "Merger Agreement"), by
# and among ...') or a parenthesis within the one before it: its parties are not this agreement's
ANOTHER_INSTRUMENT = [
    ('SUPPORT AGREEMENT\n\nThis Support Agreement is delivered in connection with the Agreement and Plan of Merger, dated as '
     'of May 1, 2015 (the "Merger Agreement"), by and among Larch Parent Corp. ("Parent Co"), Larch Merger Sub Inc. ("Merger Sub") and '
     'Tamber Systems, Inc. ("Target"). This Agreement is made by and between Larch Parent Corp. ("Parent") and Hollis Capital Partners LP '
     '("Holder").', ["Larch Parent Corp.", "Hollis Capital Partners LP"]),
    ('Dear Sirs\n\nWe refer to the Framework Agreement dated 4 April 2019 (the "Framework") between Brackley Council (the '
     '"Council") and Osprey Civic Services Limited (the "Contractor"). This letter is an agreement between Osprey Civic Services Limited ("Osprey") and '
     'Fenwick Digital Ltd ("Subcontractor").', ["Osprey Civic Services Limited", "Fenwick Digital Ltd"]),
    ('ESCROW AGREEMENT\n\nUnder a Software Licence Agreement dated 5 March 2021 (hereinafter "SLA") executed by Kaveri '
     'Infosystems Private Limited ("Licensor") and Deccan Mills Limited ("Licensee"), the source code is to be deposited. This Escrow Agreement is '
     'entered into between Kaveri Infosystems Private Limited ("Depositor"), Deccan Mills Limited ("Beneficiary") and '
     'Sentinel Vault Services LLP ("Escrow Agent").',
     ["Kaveri Infosystems Private Limited", "Deccan Mills Limited", "Sentinel Vault Services LLP"]),
    ('SERVICES AGREEMENT\n\nWHEREAS, services are provided under a Master Agreement (as amended, the "Master Agreement") '
     'dated as of June 3, 2010, as supplemented on May 2, 2012, among Pellucid Holdings, Inc. ("Holdings"), Pellucid Labs LLC '
     '("Labs") and Corrin Bank, N.A. ("Bank"); and WHEREAS, this Agreement is made between Pellucid Labs LLC ("Provider") and Quarry Lane '
     'Credit Union ("Customer").', ["Pellucid Labs LLC", "Quarry Lane Credit Union"]),
    ('HOSTING AGREEMENT\n\nThis Agreement is made in connection with an Indenture (the "Original Indenture" and, as supplemented, the '
     '"Indenture") dated as of 1 July 2008 between Harrowgate Finance plc ("Harrowgate") and Meridian Trustees '
     'Limited (the "Trustee"). The parties to '
     'this Agreement are Harrowgate Finance plc ("Issuer") and Cloudbank Hosting Ltd ("Host").',
     ["Harrowgate Finance plc", "Cloudbank Hosting Ltd"]),
]


@pytest.mark.parametrize(("text", "expected"), ANOTHER_INSTRUMENT)
def test_another_instruments_parties_named_after_its_defined_name_are_not_this_ones(text, expected):
    assert shown(text) == expected


# an amendment that only refers to the agreement it amends: that agreement's parties are its own
REFERS_TO_AMENDED = [
    ('AMENDMENT NO. 2\n\nReference is hereby made to that certain Content License Agreement dated as of March 1, 2004 (the '
     '"Agreement"), between Tallis Media, Inc. ("Tallis") and Brook Street Games Ltd ("Licensee"). The parties agree '
     'to amend the Agreement as follows.', ["Tallis Media, Inc.", "Brook Street Games Ltd"]),
    ('VARIATION No. 1\n\nThis variation concerns the Support Contract dated 2 June 2018 ("Contract") between Halden Borough '
     'Council ("Council") and Kittiwake IT Limited ("Contractor"). It is agreed that the Contract is varied as follows.',
     ["Halden Borough Council", "Kittiwake IT Limited"]),
    ('SECOND ADDENDUM\n\nWith reference to the Maintenance Agreement dated 10 January 2017 (the "Agreement") between '
     'Nilgiri Software Private Limited ("Service Provider") and Coromandel Textiles Limited ("Client"), the parties '
     'agree as follows.', ["Nilgiri Software Private Limited", "Coromandel Textiles Limited"]),
]


@pytest.mark.parametrize(("text", "expected"), REFERS_TO_AMENDED)
def test_an_amendment_that_refers_to_the_agreement_takes_its_parties(text, expected):
    assert shown(text) == expected


# a duty in the passive ('payment shall be made by ...') in a contract whose parties are named at the top without
# 'between' is no preamble
PASSIVE_MADE_BY = [
    'Tamsin Robotics, Inc. ("Tamsin") certifies that the Products furnished by Orland Test Systems LLC ("Orland") will be resold.\n\n1. Payment. Payment shall be made by Tamsin within 30 days of invoice to the account stated by Orland (the "Account").',
    'Corvel Data Ltd ("Supplier") and Penhallow Farms Limited ("Customer") agree as follows.\n\n1. Payment. All payments are to be made by BACS transfer. Any refund will be made by the Supplier to the bank account nominated by the Customer (the "Nominated Account").',
    'Harbour Ridge Pty Ltd ("Provider") agrees to supply Cobbity Vets Pty Ltd ("Client") with the services below.\n\n1. Fees. Payment must be made by the Client by direct debit (the "Direct Debit") each month.',
    'Ananta Systems Private Limited (the "Vendor") shall supply to Godavari Power Limited (the "Purchaser") the goods listed.\n\n1. Payment. Payments have been made by the Purchaser in advance to the escrow account (the "Escrow Account") and shall be released on delivery.',
    'Lindgren Teknik AB ("Lindgren") undertakes towards Arvo Logistics Oy ("Arvo") as follows.\n\n1. Deliveries. Deliveries were made by Lindgren from its plant (the "Plant") and will continue to be.',
]


@pytest.mark.parametrize("text", PASSIVE_MADE_BY)
def test_a_passive_made_by_in_the_body_is_no_preamble(text):
    names = shown(text)
    assert len(names) == 2 and all(" " in n for n in names), names
    assert not any(w in " ".join(names) for w in ("Account", "Escrow", "Plant", "Direct Debit"))


# a registration number after the name without brackets ends the name
REGISTRATION_NUMBER = [
    ('Parties\n\nKoorong Systems Pty Ltd ACN 123 456 789 of Level 4, 10 George Street, Sydney NSW 2000 (Supplier)\n\n'
     'Wattle Grove Health Pty Ltd ABN 98 765 432 109 of 22 Bay Road, Perth WA 6000 (Customer)',
     ["Koorong Systems Pty Ltd", "Wattle Grove Health Pty Ltd"]),
    ('This Agreement is made between Tarawera Cloud Limited NZBN 9429041234567 of 8 Lake Road, Rotorua ("Tarawera") '
     'and Kauri Law Limited of 2 Queen Street, Auckland ("Client").', ["Tarawera Cloud Limited", "Kauri Law Limited"]),
    ('This Agreement is made between Vayu Networks Private Limited CIN U72200KA2010PTC012345 having its registered office '
     'at Bengaluru ("Vayu") and Shastri Foods Limited having its office at Mysuru ("Client").',
     ["Vayu Networks Private Limited", "Shastri Foods Limited"]),
    ('THIS AGREEMENT is made between Pentreath IT Ltd Company No. 07654321 of 3 Fore Street, Truro ("Supplier") and '
     'Bodmin Dental LLP Registration No. OC345678 of 1 Bank Street, Bodmin ("Customer").',
     ["Pentreath IT Ltd", "Bodmin Dental LLP"]),
    ('This Agreement is made between Lumen Pacific Pte. Ltd. UEN 201912345K of 1 Raffles Place, Singapore ("Lumen") and '
     'Selat Shipping Pte. Ltd. UEN 200812345W of 9 Keppel Road, Singapore ("Customer").',
     ["Lumen Pacific Pte. Ltd.", "Selat Shipping Pte. Ltd."]),
]


@pytest.mark.parametrize(("text", "expected"), REGISTRATION_NUMBER)
def test_a_registration_number_after_the_name_ends_it(text, expected):
    assert shown(text) == expected


# 'Jr.' / 'Sr.' after a person's comma is part of the name
PERSONAL_SUFFIX = [
    'This Endorsement Agreement is made as of April 1, 2001 between Redtail Sporting Goods, Inc. ("Redtail") and Marcus J. Pettigrew, Jr. ("Pettigrew").',
    'This Consulting Agreement is entered into by and between Halvern Foods Corporation (the "Company") and Walter B. Greene, Sr. (the "Consultant").',
    'THIS AGREEMENT is made between Ostrava Media Inc. ("Ostrava") and Luis Ortega, Jr., an individual residing in Miami, Florida ("Artist").',
    'This License is made between Dalton Ames, Sr. ("Licensor") and Quill & Anchor Books LLC ("Licensee").',
    'This Services Agreement is between Penn Valley Clinic, P.C. ("Clinic") and Robert T. Hale, Jr. ("Contractor").',
]


@pytest.mark.parametrize("text", PERSONAL_SUFFIX)
def test_jr_and_sr_stay_with_the_persons_name(text):
    assert any(n.endswith(("Jr.", "Sr.")) for n in shown(text))


# suffixes of other countries and professions: Brazil's 'Ltda.', a professional association's 'P.A.', a federal savings
# bank's 'FSB', in a preamble
# that gives no aliases
SUFFIXES = [
    ('This Distribution Agreement is entered into on 10 March 2011 between Tecnova Equipamentos Industriais Ltda., a '
     'Brazilian limited liability company, and Arcwell Controls, Inc., an Ohio corporation.',
     ["Tecnova Equipamentos Industriais Ltda.", "Arcwell Controls, Inc."]),
    ('This Management Services Agreement is made as of January 1, 2015 between Baywater Dermatology, P.A., a Florida '
     'professional association, and Coral Practice Management, LLC, a Florida limited liability company.',
     ["Baywater Dermatology, P.A.", "Coral Practice Management, LLC"]),
    ('This Supply Agreement is made between Laticinios Serra Azul Ltda., with its head office in Minas Gerais, and '
     'Hollin Dairy Equipment Ltd., a company registered in England.',
     ["Laticinios Serra Azul Ltda.", "Hollin Dairy Equipment Ltd."]),
    ('This Billing Services Agreement is entered into by and between Lakeside Pediatrics, P.A., a Texas professional '
     'association, and Claimwell Revenue Partners, Inc., a Texas corporation.',
     ["Lakeside Pediatrics, P.A.", "Claimwell Revenue Partners, Inc."]),
    ('AGREEMENT between Agropecuaria Vale Verde Ltda., a sociedade limitada of Parana, Brazil, and Norland Seed Company, '
     'a Minnesota corporation, dated May 4, 2009.', ["Agropecuaria Vale Verde Ltda.", "Norland Seed Company"]),
    ('This Agreement is made between Lakeview Savings Bank, FSB, a federal savings bank, and Corvid Data Processing, Inc., '
     'a Delaware corporation.', ["Lakeview Savings Bank, FSB", "Corvid Data Processing, Inc."]),
    ('This Data Processing Agreement is made between Harbor Federal Bank, F.S.B. ("Bank") and Tessel Core Systems LLC '
     '("Processor").', ["Harbor Federal Bank, F.S.B.", "Tessel Core Systems LLC"]),
]


@pytest.mark.parametrize(("text", "expected"), SUFFIXES)
def test_ltda_pa_and_fsb_are_company_suffixes(text, expected):
    assert shown(text) == expected


# a translated civil-law preamble: 'The company X ..., hereinafter referred to as "the Supplier"' (the quote mark before
# 'the'), the company's name after 'The company'
TRANSLATED = [
    ('SERVICE CONTRACT\n\nBETWEEN THE UNDERSIGNED:\n\nThe company VERLAINE INFORMATIQUE SARL, with a share capital of EUR '
     '50,000, whose registered office is at 4 rue de la Paix, 69002 Lyon, hereinafter referred to as "the Supplier",\n\n'
     'OF THE ONE PART,\n\nAND:\n\nThe company BRASSERIE DU RHONE SA, whose registered office is at 18 quai Perrache, '
     'Lyon, hereinafter referred to as "the Client",\n\nOF THE OTHER PART.',
     ["VERLAINE INFORMATIQUE SARL", "BRASSERIE DU RHONE SA"]),
    ('This contract is concluded between Weidmann Datentechnik GmbH, Bahnhofstrasse 3, Ulm, hereinafter referred to as '
     '"the Contractor", and Kessler Druck AG, Hafenstrasse 8, Bremen, hereinafter referred to as "the Principal".',
     ["Weidmann Datentechnik GmbH", "Kessler Druck AG"]),
    ('This Agreement is entered into by and between the company SOLUCIONES ANDINAS S.A.S., hereinafter referred to as '
     '"the Provider", and the company CAFE DEL MONTE S.A., hereinafter referred to as "the Customer".',
     ["SOLUCIONES ANDINAS S.A.S.", "CAFE DEL MONTE S.A."]),
    ('CONTRACT\n\nbetween the firm STUDIO VERDI S.R.L., with registered office in Milan, hereinafter referred to as "the '
     'Supplier", and the company FERRAMENTA ROSSI S.P.A., with registered office in Turin, hereinafter referred to as "the '
     'Customer".', ["STUDIO VERDI S.R.L.", "FERRAMENTA ROSSI S.P.A."]),
    ('This agreement is made between Vandermeer ICT B.V., established in Utrecht, hereinafter referred to as "the '
     'Supplier", and Stichting Zorggroep Oost, established in Enschede, hereinafter referred to as "the Client".',
     ["Vandermeer ICT B.V.", "Stichting Zorggroep Oost"]),
]


@pytest.mark.parametrize(("text", "expected"), TRANSLATED)
def test_a_translated_preamble_with_the_article_inside_the_quote_marks(text, expected):
    assert shown(text) == expected


# 'First Party:' / 'Second Party:' labels (translated contracts of the Gulf, China, Latin America)
FIRST_SECOND_PARTY = [
    ('COOPERATION AGREEMENT\n\nFirst Party: Al Noor Trading Company LLC, P.O. Box 1234, Dubai, United Arab Emirates\n\n'
     'Second Party: Brightpath Solutions Inc., 100 King Street West, Toronto, Ontario\n\nThe First Party and the Second '
     'Party agree as follows:', ["Al Noor Trading Company LLC", "Brightpath Solutions Inc."]),
    ('SERVICE CONTRACT\n\nFIRST PARTY: Gulf Horizon Hospital LLC\nAddress: Muscat, Sultanate of Oman\n\nSECOND PARTY: '
     'Sandline IT Services WLL\nAddress: Manama, Bahrain\n\nBoth parties agree as follows:',
     ["Gulf Horizon Hospital LLC", "Sandline IT Services WLL"]),
    ('TECHNICAL SERVICES CONTRACT\n\nFirst Party: Shenzhen Bright Star Electronics Co., Ltd.\nLegal Representative: Li '
     'Wei\n\nSecond Party: Cascade Test Equipment Inc.\nLegal Representative: Ann Morrow\n\nThrough friendly '
     'negotiation the two parties agree as follows:',
     ["Shenzhen Bright Star Electronics Co., Ltd.", "Cascade Test Equipment Inc."]),
    ('MAINTENANCE CONTRACT\n\nFirst Party: Compania Minera del Sur S.A., Av. Los Andes 200, Lima\n\nSecond Party: Tecnored '
     'Peru S.A.C., Calle Real 45, Arequipa\n\nThe parties agree to the following clauses:',
     ["Compania Minera del Sur S.A.", "Tecnored Peru S.A.C."]),
    ('AGREEMENT\n\nFirst Party: Nile Valley Pharmaceuticals S.A.E.\nCommercial Register No. 12345 Cairo\n\nSecond Party: '
     'Pharos Systems Integration LLC\nCommercial Register No. 67890 Alexandria\n\nPreamble: the First Party wishes to '
     'engage the Second Party.', ["Nile Valley Pharmaceuticals S.A.E.", "Pharos Systems Integration LLC"]),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_SECOND_PARTY)
def test_first_party_and_second_party_labels(text, expected):
    assert shown(text) == expected


# a name whose last word and suffix run onto the next line after a comma ('Information Technology\nServices, Inc.')
WRAPPED_NAME = [
    'This Services Agreement is entered into as of May 3, 2001 by and between Gentry Point Information Technology\nServices, Inc., a Virginia corporation ("Gentry"), and Ashcombe Regional Hospital Authority ("Hospital").',
    'This Agreement is made between BLACKWATER RIVER DATA\nSYSTEMS, LLC ("Provider") and Tamarind Bay Resorts, Inc. ("Customer").',
    'THIS AGREEMENT is made by and between Northfield Medical Billing and Coding\nAssociates, P.C. ("Associates") and Halcyon Health Network, Inc. ("Network").',
    'This Hosting Agreement is between Parramatta Managed Hosting\nServices, Ltd. ("Host") and Wollongong Freight Pty Ltd ("Customer").',
    'This Agreement is entered into between Quinta Tecnologia da Informacao\nServicos, Ltda. ("Quinta") and Harlan Parts Company ("Harlan").',
]


@pytest.mark.parametrize("text", WRAPPED_NAME)
def test_a_name_wrapped_onto_the_next_line_before_its_suffix_keeps_it(text):
    first = shown(text)[0]
    assert first.split()[-1].rstrip(".") in ("Inc", "LLC", "P.C", "Ltd", "Ltda") and "\n" not in first


# a sole trader and their business name ('trading as', 't/a'): the party is the person
TRADING_AS = [
    ('This Agreement is made between Peter Lyle trading as Lyle Computer Services ("Contractor") and Haddon Vets Ltd '
     '("Client").', ["Peter Lyle", "Haddon Vets Ltd"]),
    ('This Support Agreement is between Sunita Rao t/a Rao Web Design ("Supplier") and Kestrel Yoga Studio Ltd '
     '("Customer").', ["Sunita Rao", "Kestrel Yoga Studio Ltd"]),
    ('THIS AGREEMENT is made between Kevin Doyle trading under the name Bytewise IT ("Provider") and Corrib Pharmacy '
     'Limited ("Client").', ["Kevin Doyle", "Corrib Pharmacy Limited"]),
    ('This Services Agreement is entered into between Glenbrook Plumbing Pty Ltd ("Customer") and Tom Price T/A Price '
     'Networks ("Contractor").', ["Glenbrook Plumbing Pty Ltd", "Tom Price"]),
    ('This agreement is between Mary Chen Trading As "Chen Consulting" (the "Consultant") and Harbourside Dental Group '
     'LLP (the "Practice").', ["Mary Chen", "Harbourside Dental Group LLP"]),
]


@pytest.mark.parametrize(("text", "expected"), TRADING_AS)
def test_a_sole_trader_trading_as_a_business_name_is_the_person(text, expected):
    assert shown(text) == expected


# a form: the first party named without an alias, the second one left to a cover page or an order form and given the
# alias: the alias is the unnamed party's, not the first party's
FIRST_NAMED_SECOND_DESCRIBED = [
    ('This Franchise Agreement is entered into as of the Agreement Date shown on the cover page between Crustworks '
     'Holding, Inc., a Florida corporation, and the individual or legal entity identified on the cover page '
     '("Franchisee").', ["Crustworks Holding, Inc.", "Franchisee"]),
    ('This Subscription Agreement is between Cloudmere Software, Inc., a Delaware corporation, and the customer '
     'identified in the Order Form ("Customer").', ["Cloudmere Software, Inc.", "Customer"]),
    ('This Agreement is made between Harbour Cloud Limited, a company registered in England, and the organisation named '
     'in the Order ("Customer").', ["Harbour Cloud Limited", "Customer"]),
    ('These terms form an agreement between Koala Hosting Pty Ltd, of 3 Bridge Street, Sydney, and the person or entity '
     'specified in the Application Form ("Subscriber").', ["Koala Hosting Pty Ltd", "Subscriber"]),
    ('This Dealer Agreement is made by and between Marlin Outboard Corp., a Delaware corporation, and the party named on '
     'the signature page ("Dealer").', ["Marlin Outboard Corp.", "Dealer"]),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_NAMED_SECOND_DESCRIBED)
def test_an_unnamed_second_partys_alias_is_not_the_first_partys(text, expected):
    assert shown(text) == expected


# no preamble names the parties; the signature blocks do, each 'For and on behalf of <name>' without 'By:' (a rule or
# 'Signature:' under it), or with 'By:' after a column gap on the same line
SIGNED_ON_BEHALF = [
    ('CABLE MAINTENANCE AGREEMENT\n\n1. The Parties shall share the maintenance costs.\n\nIN WITNESS WHEREOF the Parties '
     'have signed.\n\n     For and on behalf of      Nordsee Cable plc\n\n     ---------------------\n\n     For and on behalf '
     'of      Baltic Link AB\n\n     ---------------------\n\n     For and on behalf of      OSTRAVA TELECOM\n\n     '
     '---------------------\n', ["Nordsee Cable plc", "Baltic Link AB", "OSTRAVA TELECOM"]),
    ('SUPPORT TERMS\n\n1. The Supplier shall support the System.\n\nSigned for and on behalf of\n\nKESTREL DIGITAL LIMITED\n\n'
     '..................................\nDirector\n\nSigned for and on behalf of\n\nMARSHFORD HOUSING TRUST\n\n'
     '..................................\nChief Executive\n', ["KESTREL DIGITAL LIMITED", "MARSHFORD HOUSING TRUST"]),
    ('CONSORTIUM AGREEMENT\n\n1. Each Party shall bear its own costs.\n\nFor and on behalf of Pacific Rim Carriers Limited'
     '         By:\n\nFor and on behalf of Korea Data Telecom         By:\n\nFor and on behalf of Harbour Cable '
     'Company         By:\n', ["Pacific Rim Carriers Limited", "Korea Data Telecom", "Harbour Cable Company"]),
    ('SERVICE ORDER\n\n1. The Provider shall host the Application.\n\nOn behalf of: Nordvik Data AS\nSignature: ________\n\n'
     'On behalf of: Fjellheim Kommune\nSignature: ________\n', ["Nordvik Data AS", "Fjellheim Kommune"]),
    ('MAINTENANCE AGREEMENT\n\n1. The Contractor shall maintain the Equipment.\n\nExecuted for and on behalf of Wattle Grove '
     'Health Pty Ltd (ABN 98 765 432 109)\n\nSignature of director: ________\n\nExecuted for and on behalf of Koorong '
     'Systems Pty Ltd (ACN 123 456 789)\n\nSignature of director: ________\n',
     ["Wattle Grove Health Pty Ltd", "Koorong Systems Pty Ltd"]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_ON_BEHALF)
def test_signature_blocks_for_and_on_behalf_of_name_the_parties(text, expected):
    assert shown(text) == expected


# a letter agreement addressed to a person at a company, or to a company over an 'Attention' line: the company is the
# other party
LETTER_TO_A_PERSON_AT_A_COMPANY = [
    ('March 4, 2004\n\nMr. Daniel Ortiz\nPresident\nOrtiz Clinical Consulting, LLC\n55 Elm Street\nBoston, MA 02110\n\nDear '
     'Mr. Ortiz:\n\nThis letter agreement sets forth the terms under which Harwick Pharmaceuticals, Inc. ("Harwick") will '
     'engage you.', ["Harwick Pharmaceuticals, Inc.", "Ortiz Clinical Consulting, LLC"]),
    ('12 May 2019\n\nMs. Anjali Patel\nChief Executive Officer\nLotus Diagnostics Inc.\n4 Park Avenue\nNew York, NY 10016\n\n'
     'Dear Ms. Patel:\n\nThis letter records the terms on which Kestrel Cloud Ltd ("Kestrel") will host your systems.',
     ["Kestrel Cloud Ltd", "Lotus Diagnostics Inc."]),
    ('June 30, 2008\n\nDr. Helen Whitmore\nWhitmore Research Group, P.C.\n9 College Road\nIthaca, NY 14850\n\nDear Dr. '
     'Whitmore:\n\nOrchard Biologics Corp. ("Orchard") is pleased to engage you on the terms below.',
     ["Orchard Biologics Corp.", "Whitmore Research Group, P.C."]),
    ('October 2, 2013\n\nAttn: Treasurer\nHalden Capital Markets LLC\n1 Main Street\nHartford, CT 06103\n\nGentlemen:\n\n'
     'Brightwater Utilities, Inc., a Connecticut corporation (the "Company"), confirms its agreement with you.',
     ["Brightwater Utilities, Inc.", "Halden Capital Markets LLC"]),
    ('1 February 2021\n\nThe Managing Director\nCorrib Freight Limited\nDock Road, Galway\n\nDear Sirs,\n\nThis letter sets '
     'out the terms on which Atlantic Edge IT Ltd ("we") will support your systems.',
     ["Atlantic Edge IT Ltd", "Corrib Freight Limited"]),
]


@pytest.mark.parametrize(("text", "expected"), LETTER_TO_A_PERSON_AT_A_COMPANY)
def test_a_letter_to_a_person_at_a_company_names_the_company(text, expected):
    assert shown(text) == expected


# a party that contracts for several ('on behalf of each series listed on Schedule A (each a "Fund")'): its alias says
# 'each a', and the next party's name is read after it, not the first one's again
EACH_A = [
    ('This Agreement is made as of May 1, 2012 between Meridian Funds Trust, a Delaware statutory trust, on behalf of each '
     'series listed on Schedule A (each a "Fund"), and Ridgeline Investment Advisers, LLC (the "Adviser").',
     ["Meridian Funds Trust", "Ridgeline Investment Advisers, LLC"]),
    ('This Agreement is made between Kestrel Hotels Group plc, on behalf of itself and each hotel company listed in '
     'Schedule 1 (each a "Hotel Company"), and Tern Systems Ltd (the "Supplier").',
     ["Kestrel Hotels Group plc", "Tern Systems Ltd"]),
    ('This Billing Agreement is entered into by Ardent Health Partners, Inc., for itself and the hospitals it manages '
     '(each a "Facility"), and Clearwell Billing LLC (the "Vendor").', ["Ardent Health Partners, Inc.", "Clearwell Billing LLC"]),
    ('This Custody Agreement is made between Pinecrest Funds, a Massachusetts business trust, for each of its portfolios '
     '(each an "Portfolio"), and Halden Custody Bank, N.A. (the "Custodian").', ["Pinecrest Funds", "Halden Custody Bank, N.A."]),
    ('This Agreement is made between Vayu Group Private Limited, acting for each of its subsidiaries named in Annexure 1 '
     '(each a "Group Company"), and Shastri Infotech Limited (the "Service Provider").',
     ["Vayu Group Private Limited", "Shastri Infotech Limited"]),
]


@pytest.mark.parametrize(("text", "expected"), EACH_A)
def test_a_party_contracting_for_several_each_a(text, expected):
    assert shown(text) == expected


# a table of contents without dot leaders, long enough to push the preamble past the opening the parties are looked for in
def _contents(heading: str, entry: str, n: int = 160) -> str:
    return heading + "\n\n" + "\n".join(entry.format(k=k, page=k // 4 + 1) for k in range(1, n)) + "\n\n"


LONG_CONTENTS = [
    (_contents("TABLE OF CONTENTS", "{k}. Operations and Standards of the Franchised Restaurant   {page}") +
     'FRANCHISE AGREEMENT\n\nThis Franchise Agreement is made as of June 1, 2001 between Crestway Burgers Corporation, a '
     'Florida corporation ("Franchisor"), and Vistula Foods Sp. z o.o. ("Franchisee").',
     ["Crestway Burgers Corporation", "Vistula Foods Sp. z o.o."]),
    (_contents("Table of Contents", "Section {k}. Representations, Warranties and Covenants of the Parties {page}").replace("\n", " ") +
     'REMARKETING AGREEMENT\n\nThis Remarketing Agreement is dated as of May 2, 2016 between Harbor Municipal Income Fund '
     '(the "Fund") and Kestrel Securities LLC (the "Remarketing Agent").',
     ["Harbor Municipal Income Fund", "Kestrel Securities LLC"]),
    (_contents("TABLE OF CONTENTS", "ARTICLE {k}      MANAGEMENT AND CONTROL OF THE JOINT VENTURE      {page}") +
     'JOINT VENTURE AGREEMENT\n\nThis Joint Venture Agreement is entered into as of March 18, 2003 by and between Tamar '
     'Fermentation Ltd. ("Tamar") and Igloo Biotech, Inc. ("Igloo").', ["Tamar Fermentation Ltd.", "Igloo Biotech, Inc."]),
    (_contents("INDEX OF CLAUSES", "Clause {k}  Service Levels and Service Credits") +
     'THIS AGREEMENT is made on 3 May 2012 BETWEEN Marsh Lane Hosting Limited ("Supplier") and Kittiwake Housing '
     'Association Limited ("Customer").', ["Marsh Lane Hosting Limited", "Kittiwake Housing Association Limited"]),
    (_contents("Table of Contents", "{k}.1 Obligations of the Distributor in the Territory   Page {page}") +
     'DISTRIBUTION AGREEMENT\n\nThis Distribution Agreement is made between Quinta Instruments S.A. ("Quinta") and '
     'Harrow Scientific Pty Ltd ("Distributor").', ["Quinta Instruments S.A.", "Harrow Scientific Pty Ltd"]),
]


@pytest.mark.parametrize(("text", "expected"), LONG_CONTENTS)
def test_a_long_table_of_contents_without_dot_leaders_before_the_preamble(text, expected):
    assert len(text) > 7000
    assert shown(text) == expected


# a party that joins for some clauses only (a parent, a guarantor): ', and, solely for purposes of Section 9.4, <name>'
JOINDER_FOR_SOME_CLAUSES = [
    ('This Supply Agreement is entered into as of June 1, 2015 by and between Arbor Foods LLC ("Buyer"), Crane Packaging '
     'Inc. ("Supplier") and, solely for purposes of Section 9.4, Crane Holdings Corp. ("Parent").',
     ["Arbor Foods LLC", "Crane Packaging Inc.", "Crane Holdings Corp."]),
    ('This License Agreement is made as of May 5, 2017 among Lumen Brands, Inc. ("Licensor"), Pike Apparel LLC '
     '("Licensee") and, for the limited purposes set forth in Article 12, Pike Group Holdings, Inc. ("Guarantor").',
     ["Lumen Brands, Inc.", "Pike Apparel LLC", "Pike Group Holdings, Inc."]),
    ('This Services Agreement is entered into as of July 1, 2019 by and among Corvid Health, Inc. ("Corvid"), Oriel '
     'Systems LLC ("Oriel"), and, solely with respect to Sections 5 and 7, Oriel Parent Corp.',
     ["Corvid Health, Inc.", "Oriel Systems LLC", "Oriel Parent Corp."]),
    ('THIS AGREEMENT is made on 4 March 2020 between Tessel Retail Limited ("Customer"), Vantage IT Services Limited '
     '("Supplier") and, for the purposes of clause 14 only, Vantage Group plc ("Guarantor").',
     ["Tessel Retail Limited", "Vantage IT Services Limited", "Vantage Group plc"]),
    ('This Master Services Agreement is made between Kaveri Infosystems Private Limited ("Service Provider"), Deccan '
     'Mills Limited ("Client") and, only in respect of Clause 18, Kaveri Holdings Limited ("Holding Company").',
     ["Kaveri Infosystems Private Limited", "Deccan Mills Limited", "Kaveri Holdings Limited"]),
]


@pytest.mark.parametrize(("text", "expected"), JOINDER_FOR_SOME_CLAUSES)
def test_a_party_joining_for_some_clauses_only(text, expected):
    assert shown(text) == expected


# a US drafter's comma inside the closing quote mark of an alias given without brackets: 'hereinafter referred to as
# "Company," and ...'
COMMA_INSIDE_THE_QUOTE = [
    ('This Agreement is made and entered into by and between Halden Medical Group, Inc., hereinafter referred to as '
     '"Company," and Ruth Adeyemi, hereinafter referred to as "Consultant."', ["Halden Medical Group, Inc.", "Ruth Adeyemi"]),
    ('This Agreement is made by and between Brookfield Dental Associates, P.C., hereinafter called "Practice," and Orion '
     'Billing LLC, hereinafter called "Vendor."', ["Brookfield Dental Associates, P.C.", "Orion Billing LLC"]),
    ('This Agreement is between Summit Ridge Bank, hereinafter "Bank," and Ledgerline Systems, Inc., hereinafter '
     '"Processor."', ["Summit Ridge Bank", "Ledgerline Systems, Inc."]),
    ('This Supply Agreement is made between Marigold Foods Co., referred to herein as "Marigold," and Prairie Grain '
     'Cooperative, referred to herein as "Supplier."', ["Marigold Foods Co.", "Prairie Grain Cooperative"]),
    ('THIS AGREEMENT is entered into by Coastal Freight Lines, Inc., hereafter referred to as "Carrier," and Harlan '
     'Mills Corporation, hereafter referred to as "Shipper."', ["Coastal Freight Lines, Inc.", "Harlan Mills Corporation"]),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_INSIDE_THE_QUOTE)
def test_an_alias_with_its_comma_inside_the_quote_marks(text, expected):
    assert shown(text) == expected


# a public body named without an alias or a company suffix, in a preamble that gives no aliases
PUBLIC_BODY_NO_ALIAS = [
    ('This Agreement is entered into on March 1, 2010 by and between the City of Fort Larkin, Texas, a home rule '
     'municipality, and Westar Meter Services, Inc., a Texas corporation.', ["City of Fort Larkin", "Westar Meter Services, Inc."]),
    ('This Maintenance Agreement is made between the County of Ashby, a political subdivision of the State of Oregon, and '
     'Tidewater Radio Systems, Inc., an Oregon corporation.', ["County of Ashby", "Tidewater Radio Systems, Inc."]),
    ('This Agreement is made between the Town of Millbrook and Granite Fiber Networks LLC, a Vermont limited liability '
     'company.',
     ["Town of Millbrook", "Granite Fiber Networks LLC"]),
    ('This Services Agreement is entered into by and between the Board of Education of the Pell Valley School District '
     'and Lantern EdTech, Inc.', ["Board of Education of the Pell Valley School District", "Lantern EdTech, Inc."]),
    ('This License Agreement is made between The Regents of the University of Westland, a public corporation, and Oriel '
     'Genomics Corp., a Delaware corporation.', ["The Regents of the University of Westland", "Oriel Genomics Corp."]),
]


@pytest.mark.parametrize(("text", "expected"), PUBLIC_BODY_NO_ALIAS)
def test_a_public_body_without_an_alias_or_suffix(text, expected):
    assert shown(text) == expected


# a listed company's ticker after its name is no part of it
TICKER = [
    ('This Agreement is entered into as of May 4, 2018 by and between Helix Diagnostics, Inc. (NASDAQ: HLXD) ("Helix") and '
     'Tamber Labs LLC ("Tamber").', ["Helix Diagnostics, Inc.", "Tamber Labs LLC"]),
    ('This Distribution Agreement is made between Northstar Minerals Corp. (TSX-V: NSM) ("Northstar") and Pacifica '
     'Trading Co., Ltd. ("Distributor").', ["Northstar Minerals Corp.", "Pacifica Trading Co., Ltd."]),
    ('This Agreement is made between Kestrel Energy Limited (ASX: KEL) ("Kestrel") and Wattle Drilling Pty Ltd '
     '("Contractor").', ["Kestrel Energy Limited", "Wattle Drilling Pty Ltd"]),
    ('This License Agreement is made as of June 1, 2012 between GreenLeaf Brands, Inc. (OTCBB: GLBI) ("Licensee") and Ivy '
     'Hill Holdings LLC ("Licensor").', ["GreenLeaf Brands, Inc.", "Ivy Hill Holdings LLC"]),
    ('This Supply Agreement is made between Harrowgate Foods plc (LSE: HGF) ("Harrowgate") and Dalton Dairies Limited '
     '("Supplier").', ["Harrowgate Foods plc", "Dalton Dairies Limited"]),
]


@pytest.mark.parametrize(("text", "expected"), TICKER)
def test_a_ticker_after_the_name_is_no_part_of_it(text, expected):
    assert shown(text) == expected


# a label's name ends at 'Attn' as at 'Attention' ('Supplier: Tern Systems Ltd, Attn: Legal', a notices block near the top
# of a short contract)
ATTN = [
    ('SUPPORT AGREEMENT\n\nThis Support Agreement is made between Tern Systems Ltd ("we") and Kittiwake Housing Limited '
     '("you").\n\n2. Notices. Notices go to:\n\nSupplier: Tern Systems Ltd, Attn: Legal\n\nCustomer: Kittiwake Housing '
     'Limited, Attn: IT Manager', ["Tern Systems Ltd", "Kittiwake Housing Limited"]),
    ('ORDER FORM\n\nProvider: Harbour Cloud Limited Attn: Contracts Team\n\nCustomer: Penhallow Farms Limited Attn: Finance '
     'Director', ["Harbour Cloud Limited", "Penhallow Farms Limited"]),
    ('SERVICES ORDER\n\nVendor: Ledgerline Systems, Inc. Attn. General Counsel\n\nPurchaser: Summit Ridge Bank Attn. Chief '
     'Operating Officer', ["Ledgerline Systems, Inc.", "Summit Ridge Bank"]),
]


@pytest.mark.parametrize(("text", "expected"), ATTN)
def test_a_labels_name_ends_at_attn(text, expected):
    assert shown(text) == expected
