"""The party resolver (checker/nlp/parties.py) on the forms contracts name their parties in, and
the parties key term read from it. Every name here is invented."""

import pytest

from checker.engine.context import Package
from checker.keyterms import key_terms
from checker.model import Document
from checker.nlp.parties import resolve_parties
from checker.review import analyse_document


def names(text):
    return [(p.name, p.aliases) for p in resolve_parties(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a person, after a company whose description runs up to the 'and'
    ('This Consulting Agreement is made by and between Larchfield Analytics, Inc. ("Company"), a Delaware corporation '
     'whose address is 12 Elm Row, Austin, TX 78701 and Priya Ramaswamy (hereinafter the "Consultant"), an individual.\n',
     [("Larchfield Analytics, Inc.", ["Company"]), ("Priya Ramaswamy", ["Consultant"])]),
    # '... Company' names, the second after the first one's description and address
    ('This Carriage Agreement is made between The Halvorsen Trading Company (the "Buyer"), a Maine corporation, located '
     'at 4 Pier Road, Portland, ME 04101, and Kestrel Logistics Company, a Texas corporation ("Carrier").\n',
     [("The Halvorsen Trading Company", ["Buyer"]), ("Kestrel Logistics Company", ["Carrier"])]),
    # N.A. and B.V. keep their full stops; a description is not a name
    ('This Agreement is entered into as of the Effective Date by and between Granite Ridge Bank, N.A., a national '
     'banking association ("Bank"), and Tollway Data, Inc. ("Supplier").\n',
     [("Granite Ridge Bank, N.A.", ["Bank"]), ("Tollway Data, Inc.", ["Supplier"])]),
    ('This Licence Agreement is made between Veldhoven Systems B.V. ("Licensor") and Marlow Retail Ltd ("Licensee").\n',
     [("Veldhoven Systems B.V.", ["Licensor"]), ("Marlow Retail Ltd", ["Licensee"])]),
    # quote marks lost in the filing: '(Bluefin)'; but '(EUROPE) (PTY)' inside a name is no alias
    ('This Hosting Agreement is made by and between Bluefin Data Inc., a Texas corporation (Bluefin), and Orchard '
     'Clinics LLC (Orchard).\n',
     [("Bluefin Data Inc.", ["Bluefin"]), ("Orchard Clinics LLC", ["Orchard"])]),
    ('LICENCE AGREEMENT entered into by and between SOLWAY SYSTEMS (EUROPE) (PTY) LIMITED ("SOLWAY") a company '
     'incorporated in South Africa and MERIDIAN TELECOM LIMITED ("MERIDIAN") a company incorporated in Kenya\n',
     [("SOLWAY SYSTEMS (EUROPE) (PTY) LIMITED", ["SOLWAY"]), ("MERIDIAN TELECOM LIMITED", ["MERIDIAN"])]),
    # a BETWEEN: / AND: block, each name on its line before the address
    ('SUPPORT AGREEMENT\n\nBETWEEN:\nDunmore Print Ltd\n14 Castle Road, Leeds (hereinafter referred to as "Dunmore")'
     '\n\nAND:\nPike & Heron LLP\nSuite 3, 9 Quay Lane, Hull (hereinafter referred to as "Pike")\n\nWHEREAS the parties '
     'wish to agree.\n',
     [("Dunmore Print Ltd", ["Dunmore"]), ("Pike & Heron LLP", ["Pike"])]),
    # the Agreement and the Effective Date are defined terms, not parties
    ('This SERVICES AGREEMENT (this "Agreement"), dated as of 09/24/2018 (the "Effective Date"), is between Corvid '
     'Capital (the "Company") and Tamsin Works, LLC (the "Contractor").\n',
     [("Corvid Capital", ["Company"]), ("Tamsin Works, LLC", ["Contractor"])]),
    # a numbered list of parties; 'England and Wales' in a description splits no name
    ('PARTIES\n\n(1) ASHCOMBE DIGITAL LIMITED, a company incorporated in England and Wales with company number '
     '01234567, whose registered office is at Unit 9, Mill Park, York YO1 2AB (the "Provider"); and\n\n(2) TALLIS '
     'FREIGHT LIMITED, a company incorporated in England and Wales, whose registered office is at 3 Wharf Road, Hull '
     'HU1 1AA (the "Customer").\n',
     [("ASHCOMBE DIGITAL LIMITED", ["Provider"]), ("TALLIS FREIGHT LIMITED", ["Customer"])]),
    # 'entered into by', without 'between'
    ('1. Hosting Agreement. This Agreement is entered into by Wrenfield Software Corporation ("Wrenfield") and Hollis '
     'Clinics Corporation ("Customer") for the hosting of the software.\n',
     [("Wrenfield Software Corporation", ["Wrenfield"]), ("Hollis Clinics Corporation", ["Customer"])]),
])
def test_parties_in_the_forms_contracts_name_them(text, expected):
    assert names(text) == expected


def test_the_address_before_an_alias_is_not_a_name():
    text = ('This Agreement is made between Quillon Media Ltd, whose registered office is at 1 Quay Street, Bristol '
            '("Supplier"), and Aster Labs, Inc., a Delaware corporation ("Aster").\n')
    assert names(text) == [("Quillon Media Ltd", ["Supplier"]), ("Aster Labs, Inc.", ["Aster"])]


def test_the_parties_key_term_comes_from_the_party_layer_with_roles():
    text = ('HOSTING AGREEMENT made by and between Bluefin Data Inc., a Texas corporation (hereinafter Bluefin), and '
            'Orchard Clinics LLC (hereinafter Orchard).\n\n1. Bluefin shall provide the hosting services. Orchard shall '
            'pay the fees within thirty days.\n')
    document = Document(path="own.txt", format="txt", text=text, page_starts=[0], sections=[], tables=[], sha256="")
    parties = key_terms(Package([analyse_document(document)]))["parties"]
    assert [(p["name"], p["aliases"], p["role"], p["value"]) for p in parties] == [
        ("Bluefin Data Inc.", ["Bluefin"], "provider", "Bluefin Data Inc. (Bluefin), provider"),
        ("Orchard Clinics LLC", ["Orchard"], "customer", "Orchard Clinics LLC (Orchard), customer")]
    assert parties[0]["evidence"]["quote"].startswith("HOSTING AGREEMENT made by and between Bluefin")


def test_a_numbered_list_of_parties_gives_the_names_not_words_of_their_addresses():
    from checker.nlp.parties import resolve_parties
    text = ("SUPPORT AGREEMENT\nThis Agreement is dated 2 May 2026.\nParties\n(1) QUARRY LANE SYSTEMS LIMITED, a company "
            "incorporated in England and Wales with\ncompany number 01234567, whose registered office is at 3 Mill "
            "Yard, York YO1 7AA\n(the \"Provider\"); and\n(2) FENWICK PRINTERS LIMITED, a company incorporated in "
            "England and Wales (the \"Customer\").\n1. Definitions\n")
    assert [(p.name, p.role) for p in resolve_parties(text)] == [
        ("QUARRY LANE SYSTEMS LIMITED", "provider"), ("FENWICK PRINTERS LIMITED", "customer")]
    markdown = ("# Services Agreement\n\n## Parties\n\n1.   RIVERGATE HOSTING LIMITED  , a company (the   \"Provider\"  ); and\n"
                "2.   OAKHILL FOODS LIMITED  , a company (the   \"Customer\"  ).\n\n## Terms\n")
    assert [p.aliases for p in resolve_parties(markdown)] == [["Provider"], ["Customer"]]


@pytest.mark.parametrize(("text", "expected"), [
    # the words before the alias end a description: the name is the one before the description, not the place
    ('This Hosting Agreement is made by and between Corrigan Data Services, Inc., a corporation organized and '
     'existing under the laws of the State of Vermont ("Corrigan"), and Tellwood Ltd., a company organized under the '
     'laws of Ireland ("Tellwood").\n',
     [("Corrigan Data Services, Inc.", ["Corrigan"]), ("Tellwood Ltd.", ["Tellwood"])]),
    ('This Distribution Agreement is entered into by and between Ambry Optics Inc., a Delaware corporation ("Ambry"), '
     'and Kessler Werke AG, a corporation formed under German law with offices located at Hamburg and Bremen '
     '("Kessler").\n',
     [("Ambry Optics Inc.", ["Ambry"]), ("Kessler Werke AG", ["Kessler"])]),
    ('This Sponsorship Agreement is made between Harlow Racing, LLC, a Georgia limited liability company ("Team"), '
     'and The Quince Group, Inc., a Utah corporation (owner and operator of Quince Pies and Grill) ("Sponsor").\n',
     [("Harlow Racing, LLC", ["Team"]), ("The Quince Group, Inc.", ["Sponsor"])]),
    # a second party after the first one's address and a description that ends in a place
    ('This Supply Agreement is made by and between Pellworm Chemie GmbH, a German company having an address at '
     'Hafenweg 4, 25849 Pellworm, Germany (hereinafter referred to as "Pellworm"), and Osprey Tonics, Inc., a company '
     'registered in Canada ("Osprey").\n',
     [("Pellworm Chemie GmbH", ["Pellworm"]), ("Osprey Tonics, Inc.", ["Osprey"])]),
    # several aliases in one parenthesis, an apostrophe in an alias, words before the alias inside it
    ('This Agreement is made by and between Fennimore Trust, a Vermont business trust (the "Trust"), and Fennimore '
     'Advisers LLC, a Vermont limited liability company ("Fennimore" or the "Sponsor").\n',
     [("Fennimore Trust", ["Trust"]), ("Fennimore Advisers LLC", ["Fennimore", "Sponsor"])]),
    ('This Agreement is made between Dover Kart Club, Inc., ("DKC") a Maine corporation, and Molly\'s Kitchen, Inc., '
     'a Maine corporation ("Molly\'s").\n',
     [("Dover Kart Club, Inc.", ["DKC"]), ("Molly's Kitchen, Inc.", ["Molly's"])]),
    ('This Supply Agreement is made between Ostrava Pharma a.s. ("Ostrava"), and Wexley Labs, Inc., a Texas '
     'corporation (on behalf of itself and its Affiliates, individually and collectively referred to as "Wexley").\n',
     [("Ostrava Pharma a.s.", ["Ostrava"]), ("Wexley Labs, Inc.", ["Wexley"])]),
    ('This Licence is entered into by and between Brantwood Marks, LLC, a Delaware limited liability company '
     '("Licensor"), and Brantwood Homes Trust, Inc., a Maryland corporation ("Licensee" and together with Licensor, '
     'the "Parties").\n',
     [("Brantwood Marks, LLC", ["Licensor"]), ("Brantwood Homes Trust, Inc.", ["Licensee"])]),
    # a parenthesis inside a name; an address after 'of' ends it
    ('DEVELOPMENT AGREEMENT between FJORD LABS A/S of Havnegade 12, 1058 Copenhagen, Denmark (hereinafter referred to '
     'as "FJORD") and KILDARE (PHARMA) LIMITED of 9 Bridge Street, Naas, Ireland (hereinafter referred to as '
     '"KILDARE").\n',
     [("FJORD LABS A/S", ["FJORD"]), ("KILDARE (PHARMA) LIMITED", ["KILDARE"])]),
])
def test_names_before_descriptions_places_and_several_aliases(text, expected):
    assert names(text) == expected


def test_a_cover_page_names_the_parties_when_no_preamble_does():
    text = ('EXHIBIT 10.4\n\n                 LICENCE AGREEMENT\n\n                     BY AND BETWEEN\n\n'
            '                  HALBERD OPTICS INC.\n\n                        AND\n\n'
            '                  MERROW LABS, LLC.          March 3, 2011\n\n TABLE OF CONTENTS\n\n1. Definitions .... 2\n')
    assert names(text) == [("HALBERD OPTICS INC.", []), ("MERROW LABS, LLC.", [])]


def test_the_companies_that_sign_are_the_parties_when_nothing_else_names_them():
    text = ('JOINT MARKETING TERMS\n\n1. Each of us shall promote the other\'s products.\n\n'
            'IN WITNESS WHEREOF the parties have signed this agreement.\n\n'
            'TARNWOOD SYSTEMS, INC.                    For and on behalf of QUAYSIDE FOODS LIMITED\n\n'
            'By: /s/ Ann Orme                          By: /s/ Piet Vos\n'
            'Title: President                          Title: Director\n\n'
            'Witness:\nPETRA HOLM\nBy: /s/ Petra Holm\n')
    assert names(text) == [("TARNWOOD SYSTEMS, INC.", []), ("QUAYSIDE FOODS LIMITED", [])]


@pytest.mark.parametrize(("text", "expected"), [
    # a person after a description of them; a company whose name starts with its registration number
    ('This Endorsement Agreement is entered into on May 2, 2011 between tennis coach, MARTA OKONJO, (hereinafter '
     'referred to as "COACH") and VOLLEY SPORTS, LTD. (hereinafter referred to as "VOLLEY").\n',
     [("MARTA OKONJO", ["COACH"]), ("VOLLEY SPORTS, LTD.", ["VOLLEY"])]),
    ('This Reseller Agreement is made between Harrow Secure Corp. ("Harrow"), a corporation with offices at 9 Kent '
     'Street, Toronto, and 1844210 Alberta Limited, with its place of business at 12 Main Street, Calgary (the '
     '"Reseller").\n',
     [("Harrow Secure Corp.", ["Harrow"]), ("1844210 Alberta Limited", ["Reseller"])]),
    # 'the' in lower case before a name is not part of it
    ('This Franchise Agreement is made by and between the CITY OF MARLOWE, a municipal corporation ("Grantor"), and '
     'MARLOWE WATER COMPANY, a Delaware corporation ("Grantee").\n',
     [("CITY OF MARLOWE", ["Grantor"]), ("MARLOWE WATER COMPANY", ["Grantee"])]),
    # the words that introduce an alias inside its parenthesis are no part of the name; 'AND:' in a line
    ('This Agreement is made by and between Linzhou Paint Trading Co Ltd hereinafter referred to as ("Linzhou") and '
     'Verity Auto Repair hereinafter referred to as ("DISTRIBUTOR").\n',
     [("Linzhou Paint Trading Co Ltd", ["Linzhou"]), ("Verity Auto Repair", ["DISTRIBUTOR"])]),
    ('SUPPLY AGREEMENT made on 3 May 2017. BETWEEN: TANNA FOODS INC. 3rd Floor, Harbour House, Port Vila, Vanuatu '
     '("the Maker") of the one part AND: KOWLOON BAY HOLDINGS LIMITED Unit 7, 2F, 18 Bay Road, Kowloon, Hong Kong '
     '("the Buyer") of the other part.\n',
     [("TANNA FOODS INC.", ["Maker"]), ("KOWLOON BAY HOLDINGS LIMITED", ["Buyer"])]),
])
def test_people_numbered_companies_and_labels_in_a_line(text, expected):
    assert names(text) == expected


def test_an_alias_far_from_the_last_party_is_no_party_though_defined_terms_come_between():
    text = ('This Outsourcing Agreement is made by and between Harbor Point Financial Inc., a Puerto Rico company '
            '("Customer"), and Calloway Corporation, a Wisconsin corporation ("Calloway"). Calloway shall provide the '
            'services described below (the "Services") under the terms of this agreement (the "Terms"). '
            + 'The Services include hosting, support and reporting for each of the Customer\'s lines of business. ' * 3
            + 'Customer shall report to the tax office of the Municipality of Ponce Treasury ("Treasury").\n')
    assert [p.name for p in resolve_parties(text)] == ["Harbor Point Financial Inc.", "Calloway Corporation"]


def test_a_name_right_before_its_alias_far_from_the_top_of_the_text():
    text = ('MARLOW FUNDS DISTRIBUTION AND SERVICES AGREEMENT January 8, 2020 This is to confirm that, in '
            'consideration of the agreements hereinafter contained and of the promises given by each of the persons '
            'named in this letter to the others and to their affiliates, successors and assigns, the undersigned, the '
            'Marlow Short Term Bond Fund, ("Fund"), an open-end investment company, has agreed that Marlow Funds '
            'Distributor, LLC, ("Marlow") shall be the principal underwriter of its shares.\n')
    assert [p.name for p in resolve_parties(text)] == ["Marlow Short Term Bond Fund", "Marlow Funds Distributor, LLC"]


def test_names_in_capitals_keep_their_suffix_and_brands_in_lower_case_are_names():
    text = ('This Agreement is made by and between Q-LEDGER, INC., with its principal place of business at 12 Elm Row, '
            'Austin, Texas 78701 ("q-Ledger"), and HALBERD.NET, INC. having its principal place of business at 4 Pier '
            'Road, Portland, Maine 04101 ("Halberd"), and k3 Systems, LLC, a Texas limited liability company ("k3").\n')
    assert names(text) == [("Q-LEDGER, INC.", ["q-Ledger"]), ("HALBERD.NET, INC.", ["Halberd"]),
                           ("k3 Systems, LLC", ["k3"])]


@pytest.mark.parametrize(("text", "expected"), [
    # 'Affiliate' is the role of a party to an affiliate agreement
    ('This Affiliation Agreement is by and between The Lantern Channel, Inc., a Florida corporation (the "Network"), '
     'and Harwick Broadcasting Company, a Delaware corporation ("Affiliate").\n',
     [("The Lantern Channel, Inc.", ["Network"]), ("Harwick Broadcasting Company", ["Affiliate"])]),
    # '(The "Company" or "X")' with a capital 'The'; a person named between two companies
    ('THIS AGREEMENT is entered into by and among FENWICK, INC. (The "Company" or "Fenwick"), LUCAS P. ORME III '
     '("Orme") and ORME MEDIA, INC. ("Orme Media").\n',
     [("FENWICK, INC.", ["Company", "Fenwick"]), ("LUCAS P. ORME III", ["Orme"]), ("ORME MEDIA, INC.", ["Orme Media"])]),
    # 'and, Name' after an address
    ('This License Agreement is entered into by and between The Calder Institute ("Calder"), a corporation of the '
     'State of Maryland, having a place of business at 12 Charles Street, Baltimore, Maryland 21218 and, Kestrel '
     'Robotics, Inc. ("Company").\n',
     [("The Calder Institute", ["Calder"]), ("Kestrel Robotics, Inc.", ["Company"])]),
])
def test_affiliates_capital_the_and_a_name_after_and_comma(text, expected):
    assert names(text) == expected


def test_a_salutation_a_heading_or_a_recital_is_no_part_of_a_name():
    text = ('AGENCY AGREEMENT\n\nGentlemen: Harlow Savings Corp. (the "Company") and Harlow Bank (the "Bank") confirm '
            'their agreement with Teal & Co. (the "Agent"). Section 1. The Offering. The Bank (the "Issuer") shall '
            'offer shares. WHEREAS (the "Recital") the Company wishes to raise capital.\n')
    assert [p.name for p in resolve_parties(text)] == ["Harlow Savings Corp.", "Harlow Bank", "Teal & Co."]


@pytest.mark.parametrize(("text", "expected"), [
    # 'Party A:' labels name the parties; a cover page that names them first gives way to the preamble
    ('Contract No.: 2291\n\nJoint Operation Agreement\n\nParty A: Lintao River (Suzhou) Data Co., Ltd.\n\nParty B: Qiantang '
     'Cloud Services Co., Ltd.\n\nMay 2019\n\nThis Agreement is executed by and between the parties below in Suzhou:\n\n'
     'Party A: Lintao River Data Co., Ltd.\n\nAddress: Room 8, 3 Canal Road, Suzhou\n\nParty B: Qiantang Cloud Services '
     'Co., Ltd.\n\nAddress: 12 Lake Street, Hangzhou\n\n1. Cooperation\n',
     [("Lintao River Data Co., Ltd.", ["Party A"]), ("Qiantang Cloud Services Co., Ltd.", ["Party B"])]),
    # labels in one run of text, with a role in parenthesis and a representative after the name
    ('Road Haulage Agreement   Party A (Shipper): Yuelu Parcel Co., Ltd. Address: 5 Ring Road, Changsha   Party B '
     '(Carrier): Xiangjiang Freight Ltd. Legal Representative: Wen Bo   Party A and Party B agree as follows.\n',
     [("Yuelu Parcel Co., Ltd.", ["Party A"]), ("Xiangjiang Freight Ltd.", ["Party B"])]),
    ('Cooperation Agreement of the Solar Project in Pingshan County   Party A: People\'s Government of Pingshan County '
     'Party B: Ganlu Solar Power Co., Ltd.   Party A welcomes the investment of Party B.\n',
     [("People's Government of Pingshan County", ["Party A"]), ("Ganlu Solar Power Co., Ltd.", ["Party B"])]),
])
def test_parties_under_party_a_and_party_b_labels(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a label word before the name is no part of it; 'and' between columns ends the words before the name
    ('Design Contract   The Covenanter: The MOLLAND Golf CLUB and Leisure Inc. (hereinafter referred to as Party A) and '
     'the Covenanter: Tsai Ming-Hua Design Office (hereinafter referred to as Party B) agree as follows.\n',
     [("The MOLLAND Golf CLUB and Leisure Inc.", ["Party A"]), ("Tsai Ming-Hua Design Office", ["Party B"])]),
    ('This Agreement is entered into between the following two parties on May 3, 2012 in Shanghai:     Harbour Pearl '
     'Television Company Limited ("Party A"), a company of Hong Kong     Authorized Representative: Lam Wai     and     '
     'Shanghai Pinecone Network Co., Ltd. ("Party B"), a company of the PRC.\n',
     [("Harbour Pearl Television Company Limited", ["Party A"]), ("Shanghai Pinecone Network Co., Ltd.", ["Party B"])]),
    # a colon inside the description ('(OTC Pink: ABCD)') cuts nothing; a rule across a page break is no part of a name
    ('This Joint Venture Agreement is made by and between:   Orrin Holdings, LLC, a Delaware company ("Orrin"),   Kestrel '
     'Medical, Inc. (OTC Pink: KSTM), a Nevada corporation ("Kestrel"), and Post ------- Haste Depots USA, Inc., a '
     'California corporation ("PHD").\n',
     [("Orrin Holdings, LLC", ["Orrin"]), ("Kestrel Medical, Inc.", ["Kestrel"]), ("Post Haste Depots USA, Inc.", ["PHD"])]),
])
def test_labels_columns_and_rules_around_a_name(text, expected):
    assert names(text) == expected


def test_signature_blocks_run_together_name_the_parties_when_nothing_else_does():
    text = ('JOINT FILING AGREEMENT The undersigned agree that the statement on Schedule 13G is filed on behalf of each of '
            'them. Dated: March 2, 2021. HARROW CREEK PARTNERS, LLC By: /s/ Ann Orme Name: Ann Orme Title: Authorized '
            'Signatory HARROW CREEK FUND II (CAYMAN) L.P. By: Harrow Creek Partners, LLC, its general partner /s/ Ann Orme '
            'Name: Ann Orme Title: Authorized Signatory QUILL HOLDINGS LP QUILL HOLDINGS GP LLC By: /s/ Piet Vos Title: '
            'Manager Kestrel Advisors GP, LLC By: /s/ Piet Vos MARTA OKONJO /s/ Marta Okonjo\n')
    assert names(text) == [("HARROW CREEK PARTNERS, LLC", []), ("HARROW CREEK FUND II (CAYMAN) L.P.", []),
                           ("QUILL HOLDINGS LP", []), ("QUILL HOLDINGS GP LLC", []), ("MARTA OKONJO", [])]


@pytest.mark.parametrize(("text", "expected"), [
    # the second party right after the first one's address, which ends in a postcode
    ('This agreement is made by and between Orrin Data, Inc., a Colorado corporation, ("Orrin"), with an address at 12 '
     'Elm Row, Austin, Texas 78741 and Tessel LLC, a limited liability company with an address at 4 Pier Road, '
     'Portland, ME 04101 ("Tessel").\n',
     [("Orrin Data, Inc.", ["Orrin"]), ("Tessel LLC", ["Tessel"])]),
    # what comes with a party ('and its affiliates', 'and/or assigns') ends its name
    ('This Agreement is made by and between Calder Links Inc, a Pennsylvania corporation (hereinafter called "CLI"), '
     'and Harrow Holdings, Inc. and its affiliates, a Nevada corporation, having its place of business at 9 Kent Road, '
     'Miami, Florida 33328 (hereinafter called "Harrow").\n',
     [("Calder Links Inc", ["CLI"]), ("Harrow Holdings, Inc.", ["Harrow"])]),
    ('This Agreement is entered into by and between QUILL GLOBAL INC., a corporation of Nevada (referred to as '
     '"Company") and FENWICK HOLDINGS INC. and/or assigns, a corporation of Nevada, with its place of business at 2 '
     'Park Avenue, New York, NY 10003 (referred to as "Affiliate").\n',
     [("QUILL GLOBAL INC.", ["Company"]), ("FENWICK HOLDINGS INC.", ["Affiliate"])]),
    # an alias in a paragraph of its own, after a 'BETWEEN:' block
    ('NON COMPETITION AGREEMENT\n\nBETWEEN:\n\nHARLOW MINES LTD., a company incorporated under the laws of Ontario, having '
     'an office at 1 Bay Street, Toronto\n\n("Harlow")\n\nAND:\n\nKESTREL METALS CORPORATION, a company incorporated '
     'under the laws of Quebec\n\n("Kestrel")\n\nWHEREAS the parties wish to agree.\n',
     [("HARLOW MINES LTD.", ["Harlow"]), ("KESTREL METALS CORPORATION", ["Kestrel"])]),
    # '@' in an alias; a description before a quoted alias without a comma
    ('This agreement is entered into by and between the Ember Corporation ("Ember@Home" or "Ember"), located at 4 Pier '
     'Road, and k-vantage, Inc., ("Application Provider" or "k-vantage"), a Delaware corporation.\n',
     [("Ember Corporation", ["Ember@Home", "Ember"]), ("k-vantage, Inc.", ["Application Provider", "k-vantage"])]),
    ('This AMENDMENT is entered into by and between ORRIN SOLAR, INC., a Delaware corporation (together with its '
     'successors and permitted assigns, "Orrin Solar"), and ORRIN, INC., a Utah corporation (together with its '
     'successors and permitted assigns "Orrin").\n',
     [("ORRIN SOLAR, INC.", ["Orrin Solar"]), ("ORRIN, INC.", ["Orrin"])]),
])
def test_a_party_after_an_address_a_tail_or_a_paragraph_break(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no alias names them: the names after 'between' and after 'and', each with a company suffix
    ('JOINT VENTURE AGREEMENT BETWEEN ORRIN BIOTECH Inc., a Delaware Company, 12 Elm Row, Suite 4, Houston TX 77054 '
     'USA, in person of its Chief Executive Officer AND TESSEL S.R.L. an Italian Company with its seat in Campobasso; '
     'each a Party and, together, the Parties. WHEREAS Orrin develops medicines.\n',
     [("ORRIN BIOTECH Inc.", []), ("TESSEL S.R.L.", [])]),
    ('THIS AGREEMENT is made this 2nd day of March 2020, BETWEEN: LendQuick.com, inc of 5 Bay Drive, Miami FL 33304, and '
     'Harrow, LLC dba Clinics 2Go of 9 Creek Parkway, Suwanee, GA 30024 (individually the "Member" and collectively the '
     '"Members"). BACKGROUND: The Members wish to cooperate.\n',
     [("LendQuick.com, inc", []), ("Harrow, LLC dba Clinics 2Go", [])]),
    # one party has an alias, the other none; the title names both and its address follows a name
    ('Promotion Agreement Between Pagewell Corporation and Tern Call, Inc. This Promotion Agreement is made by and between '
     'Tern Call, Inc. (herein "Tern Call") located at 15 Queen Street, Cambridge and Pagewell Corporation located at 100 '
     'Oak Road, Thousand Oaks, CA 91360.\n',
     [("Pagewell Corporation", []), ("Tern Call, Inc.", ["Tern Call"])]),
    ('License Agreement "Agreement" between ORME-1 Pharma AG Alter Platz 2 6370 Stans Switzerland "Licensor" and Tessaro '
     'Labs S.A. Avenida Central 3465 Lisbon Portugal "Licensee". Table of Contents\n',
     [("ORME-1 Pharma AG", []), ("Tessaro Labs S.A.", [])]),
])
def test_parties_named_without_aliases_in_the_preamble(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a party whose parenthesis also names a group of it and those before it
    ('This Cooperation Agreement is by and among Orme Capital Ltd., a Cayman Islands company ("Orme"), Tarn Rock LLC, a '
     'Michigan company ("Tarn Rock"), Kell Royal LLC, a Michigan company ("Kell Royal", and together with Orme and Tarn '
     'Rock, the "Orme Parties") and Vesper Holdings, Inc., a Delaware corporation (the "Company").\n',
     [("Orme Capital Ltd.", ["Orme"]), ("Tarn Rock LLC", ["Tarn Rock"]), ("Kell Royal LLC", ["Kell Royal"]),
      ("Vesper Holdings, Inc.", ["Company"])]),
    # the next party after the previous one's description, separated by a comma
    ('This Agreement is entered into by Quill Chemical Corporation ("Buyer"), a Pennsylvania corporation, Harrow '
     'Lubricants Ltd., a company incorporated in the Cayman Islands ("Harrow"), and Tessel Oil Limited, a company '
     'incorporated in India ("Tessel").\n',
     [("Quill Chemical Corporation", ["Buyer"]), ("Harrow Lubricants Ltd.", ["Harrow"]), ("Tessel Oil Limited", ["Tessel"])]),
    # '(b) Name' in a run of text
    ('This Agreement is made by and among (a) Orrin Communications, S.A. ("Orrin"), a company incorporated in Luxembourg, '
     '(b) Orrin Technologies, S.A. ("Orrin Holding"), a company incorporated in Luxembourg; (c) Kestrel Online Limited '
     '("Kestrel"), a company incorporated in Bermuda.\n',
     [("Orrin Communications, S.A.", ["Orrin"]), ("Orrin Technologies, S.A.", ["Orrin Holding"]),
      ("Kestrel Online Limited", ["Kestrel"])]),
])
def test_several_parties_with_groups_descriptions_and_list_marks(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("Ferrand Enterprises, Inc. c/o Global Sports Management", "Ferrand Enterprises, Inc."),
    ("Quill Products Pharmaceutical Co. Ltd. is", "Quill Products Pharmaceutical Co. Ltd."),
    ("Harrow, Incorporated through its Bio Research Center", "Harrow, Incorporated"),
    ("Vellmar Pharma International GmbH Rhein Strasse", "Vellmar Pharma International GmbH"),
    ("Tessel Learning UK Limited of Quay House", "Tessel Learning UK Limited"),
    ("MUTUAL INSURANCE CORPORATION OF AMERICA", "MUTUAL INSURANCE CORPORATION OF AMERICA"),  # 'of' a place stays
    ("DATA RIGHTS AGREEMENT Orrinton", "Orrinton"),
    ("MASTER FRANCHISEE: THE MELT TRUCK, INC.", "THE MELT TRUCK, INC."),
])
def test_what_comes_before_or_after_a_name_is_no_part_of_it(name, expected):
    from checker.nlp.parties import _plausible
    assert _plausible(name, "") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a former name in parenthesis is no alias
    ('This Agreement is entered into by and between Harrow Tiles, Inc., a Delaware corporation ("Seller") and QRT '
     'Holding, Inc. (formerly known as Lark HoldCo, Inc.), a Delaware corporation ("Buyer").\n',
     [("Harrow Tiles, Inc.", ["Seller"]), ("QRT Holding, Inc.", ["Buyer"])]),
    # a term defined after the parties that starts with a party's alias is no party
    ('This Sponsorship Agreement is made by and between Orme Racing Consultants, Ltd. ("Racing"), and TESSEL, INC., a '
     'Texas corporation (the "Sponsor"). Racing organized and operated a racing team engaging in Prototype Series auto '
     'racing (the "Racing Team") in 2019.\n',
     [("Orme Racing Consultants, Ltd.", ["Racing"]), ("TESSEL, INC.", ["Sponsor"])]),
    # a role given after the party's address is another alias of it; the other party under a 'Company:' label
    ('This Reseller Agreement is made by and between k9 Creative Solutions, LLC ("k9 CS"), a Virginia limited liability '
     'company, having its offices at 6 Lake Court, Springfield, VA 22150 ("Reseller") and the company set forth below '
     '("Company"): Company: Harrow Systems, Inc. (HSYS) Telephone: 555-0100 Address: 2 Elm Row\n',
     [("k9 Creative Solutions, LLC", ["k9 CS", "Reseller"]), ("Harrow Systems, Inc.", ["Company"])]),
    # an alias after 'Hereinafter referred to as' without parenthesis, with a capital H
    ('This Manufacturing Agreement is made by and between: ORRIN LTD., with a place of business at 3 Tavor Road, Haifa, '
     'Israel. Hereinafter referred to as "Customer" And TESSEL ISRAEL LTD. with a place of business at the Industrial '
     'Zone, Israel. Hereinafter referred to as "Contractor." Whereas Customer sells products.\n',
     [("ORRIN LTD.", ["Customer"]), ("TESSEL ISRAEL LTD.", ["Contractor"])]),
    ('THIS AGREEMENT made this 5th day of May, 2019, between Q. R. Boyle Media, LLC, a Texas limited liability company, '
     'referred to in this Agreement as "Company" or "Boyle", and Tern Oil, Inc., a Delaware corporation, referred to '
     'in this Agreement as "Sponsor".\n',
     [("Q. R. Boyle Media, LLC", ["Company"]), ("Tern Oil, Inc.", ["Sponsor"])]),
])
def test_former_names_later_terms_second_roles_and_aliases_without_parenthesis(text, expected):
    assert names(text) == expected


def test_a_firm_name_with_commas_and_a_body_a_description_names():
    text = ('AGENCY AGREEMENT\n\nOrme, Tarrant & Gale, Inc.\n1 Wacker Drive, Chicago\n\nLadies and Gentlemen: Harlow '
            'Bancshares Corporation, a Tennessee corporation (the "Company"), and Harlow Community Bank, a savings bank '
            '(the "Bank"), the deposits of which are insured by the Federal Deposit Insurance Corporation ("FDIC"), hereby '
            'confirm their agreement with Orme, Tarrant & Gale, Inc. (the "Agent") as follows.\n')
    assert names(text) == [("Harlow Bancshares Corporation", ["Company"]), ("Harlow Community Bank", ["Bank"]),
                           ("Orme, Tarrant & Gale, Inc.", ["Agent"])]


@pytest.mark.parametrize(("text", "expected"), [
    ('This Alliance Agreement is made by and between The Kestrel Cancer Center, with a place of business at 1 Elm Row, '
     'Houston, TX 77030, USA ("Kestrel"), a member institution of The Southland University System ("System") and Orrin '
     'Cells LLC, with a place of business at 2 Oak Road, Philadelphia, PA 19112 ("Orrin").\n',
     [("The Kestrel Cancer Center", ["Kestrel"]), ("Orrin Cells LLC", ["Orrin"])]),
    ('AGREEMENT, effective as of May 1, 2012, by and between Tarn Capital Management, Inc. (the "Adviser") and Tarn '
     'Funds Trust (the "Trust"), a Delaware statutory trust, on behalf of the Trust\'s Tarn Money Market Fund (the '
     '"Fund").\n',
     [("Tarn Capital Management, Inc.", ["Adviser"]), ("Tarn Funds Trust", ["Trust"]),
      ("Trust's Tarn Money Market Fund", ["Fund"])]),
])
def test_a_member_of_a_body_is_described_and_a_fund_on_whose_behalf_is_a_party(text, expected):
    assert names(text) == expected


def test_companies_named_together_before_a_collective_alias_are_one_party():
    text = ('Agreement, made as of May 2, 2020 between Harrow Fund Management LLC ("Harrow"), on behalf of Harrow Mutual '
            'Funds or its surviving entity ("the Trust"), and Tessel Life Insurance Company, and OrmeOne Securities, Inc., a registered broker '
            'dealer (collectively referred to as "Servicing Agent," "you" or "your"), whereby you agree to serve.\n')
    assert names(text) == [("Harrow Fund Management LLC", ["Harrow"]),
                           ("Tessel Life Insurance Company and OrmeOne Securities, Inc.", ["Servicing Agent"])]


def test_on_the_one_hand_and_on_the_other_hand_are_no_part_of_a_name():
    text = ('THIS ENDORSEMENT AGREEMENT is made by and among, on the one hand, QRT-Vale, LLC, a Delaware limited liability '
            'company ("QRT"), and, on the other hand, Harrow Marketing Fund, Inc., a Kentucky corporation ("HMF").\n')
    assert names(text) == [("QRT-Vale, LLC", ["QRT"]), ("Harrow Marketing Fund, Inc.", ["HMF"])]


def test_a_firm_name_with_commas_read_forward():
    text = ('This Agency Agreement is made between Harrow Mutual Insurance Corporation of America (MICA), a Nevada '
            'corporation, and Orme, Tarrant & Gale-Nevada, Inc. ("Agency"), a Nevada corporation.\n')
    assert names(text) == [("Harrow Mutual Insurance Corporation of America", ["MICA"]),
                           ("Orme, Tarrant & Gale-Nevada, Inc.", ["Agency"])]


def test_a_term_defined_far_below_the_words_that_introduce_the_parties_is_no_party():
    text = ('DISTRIBUTOR AGREEMENT\n\n1. IDENTIFICATION. This agreement is made by Orrin Test Services of 12 Sky Park, '
            'Irvine for the resale of the products. ' + 'The distributor shall market the products in its territory. ' * 30
            + 'If Orrin buys enough during the Initial Distribution\n\nPeriod, this Agreement will renew for 6 months (the '
            'Renewal Period).\n')
    assert names(text) == []


@pytest.mark.parametrize("words", ["www.tessel.com", "P.O. Box", "A. In", "For the License Term and within the Territory",
                                   "Schedule-I"])
def test_words_of_the_text_are_no_name(words):
    from checker.nlp.parties import _plausible
    assert _plausible(words, "") == ""


@pytest.mark.parametrize(("text", "expected"), [
    # a closing quote mark lost in the filing: '("Athlete)'
    ('This Endorsement Agreement is made between Brightwater Foods LLC ("BWF"), a Delaware company, and Dana Okafor '
     '("Athlete), an individual.\n',
     [("Brightwater Foods LLC", ["BWF"]), ("Dana Okafor", ["Athlete"])]),
    # a template's placeholder is no name: the party is known by its role
    ('This Hosting Schedule is attached to the Agreement executed by and between Norhaven Bank, N.A. ("Norhaven") and '
     '<<enter Company Name>> ("Supplier").\n',
     [("Norhaven Bank, N.A.", ["Norhaven"]), ("Supplier", ["Supplier"])]),
    # a name in lower case that its alias shortens
    ('This Web Hosting Agreement is entered into by and between Keldon Travel, a Florida corporation ("Keldon"), and '
     'z-wave studio, a Florida corporation ("z-wave").\n',
     [("Keldon Travel", ["Keldon"]), ("z-wave studio", ["z-wave"])]),
    # 'AND' in capitals after the first party's signatory
    ('This Agreement is made BETWEEN Orrin Tools Inc., a Delaware company (hereinafter referred to as "ORRIN"), through '
     'Ms. Ada Lin, Director of Asia Operations, AND PAVLO MOTORS LIMITED, a company incorporated in India (hereinafter '
     'referred to as "PML").\n',
     [("Orrin Tools Inc.", ["ORRIN"]), ("PAVLO MOTORS LIMITED", ["PML"])]),
])
def test_names_a_filing_or_a_template_spoils(text, expected):
    assert names(text) == expected


def test_a_term_defined_after_the_sentence_that_names_the_parties_is_no_party():
    text = ('THIS PROGRAMMING AGREEMENT is made as of May 1, 2021 by and between Alder Radio Inc., an Indiana corporation '
            '(the "Licensee"), and Brook Media LLC, an Indiana limited liability company ("Programmer"). Recitals A. '
            'Licensee owns the station under licences issued by the Radio Office ("Office"): KXQR-FM, Springfield '
            '(Station No. 123). The station can carry a digital side channel ("HD2").\n')
    assert names(text) == [("Alder Radio Inc.", ["Licensee"]), ("Brook Media LLC", ["Programmer"])]


def test_every_member_of_a_side_named_before_its_collective_alias():
    text = ('This Cooperation Agreement is entered into as of June 1, 2021, by and between Quorra Labs, Inc., a Delaware '
            'corporation (the "Company"), and Pellam Value Fund LP, a Delaware limited partnership, Pellam Fund GP LLC, a '
            'Delaware limited liability company, Pellam Advisers, L.P., and Nadia Orsk (collectively, the "Pellam '
            'Parties") (each of the Company and the Pellam Parties, a "Party").\n')
    assert names(text) == [("Quorra Labs, Inc.", ["Company"]),
                           ("Pellam Value Fund LP, Pellam Fund GP LLC, Pellam Advisers, L.P. and Nadia Orsk", ["Pellam Parties"])]


@pytest.mark.parametrize(("text", "expected"), [
    # people listed together under one alias
    ('This Agreement is made on 5 March 2020 BETWEEN: Orla Apps Ltd. (hereinafter called the "ORLA"), located at 3 Bay '
     'Road, Hong Kong. AND: Mr. Lee Tan, Mr. Wu Fen and Ms. Ada Hart (hereinafter called the "Developer"), a group of '
     'software developers.\n',
     [("Orla Apps Ltd.", ["ORLA"]), ("Mr. Lee Tan, Mr. Wu Fen and Ms. Ada Hart", ["Developer"])]),
    # 'Parties to this agreement' introduces the name; marks around a word of it are no part of it
    ('This Outsourcing Agreement is effective from 1 May 2009, by and between:\n\nParties to this agreement\n\nKESTREL '
     'MILLS << Pty >> Ltd, registration no 1998/0190, registered office at 3 Beyers Road, represented by Anna Holm, '
     'Managing Director (hereinafter referred to as "the Customer"), AND NORDA SYSTEMS, SA., a public company with '
     'place of business in Madrid (hereinafter referred to as "NSA").\n',
     [("KESTREL MILLS Pty Ltd", ["Customer"]), ("NORDA SYSTEMS, SA", ["NSA"])]),
])
def test_names_read_after_the_words_that_introduce_them(text, expected):
    assert names(text) == expected


def test_a_label_before_a_signatory_is_no_part_of_its_name():
    text = ('STATEMENT OF WORK\nThe developer will build the app.\n\nAcceptance by Client: HARBOUR EATS INC. By: /s/ '
            'Dan Roe\n')
    assert names(text) == [("HARBOUR EATS INC.", [])]


def test_a_signatory_in_capitals_whose_suffix_is_in_lower_case():
    text = ('STATEMENT OF WORK\nThe developer will build the app.\nIN WITNESS WHEREOF, the Parties have executed this '
            'Agreement as of the Effective Date. Acceptance by Developer HARTLEY CODE WORKS, Inc. By: /s/ Jo Vale Jo Vale, '
            'VP\n\nAcceptance by Client: HARBOUR EATS INC. By: /s/ Dan Roe\n')
    assert names(text) == [("HARTLEY CODE WORKS, Inc.", []), ("HARBOUR EATS INC.", [])]


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered company trading under another name
    ('This Agreement is made by and between 881204 B.C. Ltd. dba Corvo Telecom, having a principal office at 20 Water '
     'Street, Vancouver, Canada ("Corvo") and Lumen Voice SRL, having a principal office at 4 Strada Mare, Constanta, '
     'Romania ("Lumen").\n',
     [("881204 B.C. Ltd. dba Corvo Telecom", ["Corvo"]), ("Lumen Voice SRL", ["Lumen"])]),
    # an alias that repeats the name
    ('This Co-Branding Agreement is made by and between Maison Vertex ("Maison Vertex"), a French company, and Tarn '
     'Graphics Inc. ("Tarn").\n',
     [("Maison Vertex", ["Maison Vertex"]), ("Tarn Graphics Inc.", ["Tarn"])]),
])
def test_names_of_unusual_shape(text, expected):
    assert names(text) == expected


def test_a_hyphen_between_words_in_capitals_of_a_signatory():
    text = ('JOINT FILING AGREEMENT\nThe undersigned agree to file jointly.\nKESTREL PARTNERS II GP, L.P. By: /s/ Jo Vale '
            'Name: Jo Vale Title: Authorized Signatory KESTREL PARTNERS - OFFSHORE MASTER FUND II, L.P. By: /s/ Jo Vale Name: '
            'Jo Vale\n')
    assert names(text) == [("KESTREL PARTNERS II GP, L.P.", []), ("KESTREL PARTNERS - OFFSHORE MASTER FUND II, L.P.", [])]


def test_a_term_defined_after_the_sentence_that_names_one_party_is_no_party():
    text = ('CONTENT LICENSE AGREEMENT\nThis Agreement is between Arbor Sound, Inc. d/b/a Arbor Radio Network, located at 2 '
            'Mill Road, Salem, Oregon ("ARN"), and Distributor, as set forth below. All capitalized terms have the meaning '
            'set forth in the Master Terms of Service ("MTS") attached hereto.\n\nProvider Name: Kite Mobile Ltd.\n'
            'Address: 9 Harbour Road, Hong Kong\n')
    assert names(text) == [("Arbor Sound, Inc. d/b/a Arbor Radio Network", ["ARN"]), ("Kite Mobile Ltd.", ["Provider"])]


@pytest.mark.parametrize(("text", "expected"), [
    ('This Charter Agreement is made between NORDFJORD SHIPPING AS and Kite Mobile Ltd. for the carriage of goods.\n',
     ["NORDFJORD SHIPPING AS", "Kite Mobile Ltd."]),
    # 'as' in lower case is a word, not the suffix of a Norwegian company
    ('This Agreement is made between Arbor Sound, Inc. and Distributor, as set forth below, for the programming.\n', []),
])
def test_a_suffix_that_is_also_a_word_counts_only_in_capitals(text, expected):
    assert [p.name for p in resolve_parties(text)] == expected


def test_a_law_the_text_defines_is_no_party():
    text = ('JOINT VENTURE CONTRACT\nIn accordance with the Law of the Republic on Joint Ventures Using Chinese and Foreign '
            'Investment (the "Joint Venture Law"), Hebei Lantern Group Limited Liability Company and Corvo Cells Inc. agree '
            'to set up a joint venture.\n\nArticle 1 Parties to this Joint Venture Contract\n\n1.      Hebei Lantern Group '
            'Limited Liability Company (hereinafter referred to as Party A), established under the laws of China.\n\n2.      '
            'Corvo Cells Inc., (hereinafter referred to as Party B), established under the laws of Delaware.\n')
    assert names(text) == [("Hebei Lantern Group Limited Liability Company", ["Party A"]), ("Corvo Cells Inc.", ["Party B"])]


def test_a_cover_page_listing_the_parties_as_roles_gives_way_to_the_preamble():
    text = ('TRANSFER AND SERVICING AGREEMENT\namong\nHARBOUR AUTO TRUST,\nas Issuer,\nHARBOUR ABS LLC,\nas Depositor\nand\n'
            'KESTREL PARTNERSHIP,\nas Servicer\n\nTABLE OF CONTENTS\nARTICLE I DEFINITIONS 1\n\nTHIS AGREEMENT is made among '
            'Harbour Auto Trust, a Delaware statutory trust (the "Issuer"), Harbour ABS LLC, a Delaware limited '
            'liability company (the "Depositor"), and Kestrel Partnership, a Delaware general partnership ("Kestrel").\n')
    assert names(text) == [("Harbour Auto Trust", ["Issuer"]), ("Harbour ABS LLC", ["Depositor"]),
                           ("Kestrel Partnership", ["Kestrel"])]


def test_a_unit_priced_per_item_is_no_party():
    text = ('AGENCY AGREEMENT\nThe undersigned, Fenwick Securities Ltd. (the "Lead Agent"), understands that Orrin Pharma '
            'Inc. (the "Corporation") proposes to issue up to 1,000,000 common shares of the Corporation (the "Offered '
            'Shares") at a price of $0.92 per Offered Share (the "Offering Price").\n')
    assert names(text) == [("Fenwick Securities Ltd.", ["Lead Agent"]), ("Orrin Pharma Inc.", ["Corporation"])]


def test_a_party_named_together_with_the_one_before():
    text = ('Dear Sirs: Harrow Growth REIT, Inc., a Maryland corporation (the "Company"), together with Harrow Holdings, '
            'L.P., a Delaware limited partnership of which the Company is the general partner (the "Operating '
            'Partnership"), and Orme Manager, LLC, a Delaware limited liability company (the "Manager"), agree as follows.\n')
    assert names(text) == [("Harrow Growth REIT, Inc.", ["Company"]), ("Harrow Holdings, L.P.", ["Operating Partnership"]),
                           ("Orme Manager, LLC", ["Manager"])]


def test_a_description_after_the_suffix_is_no_part_of_the_name():
    text = ('THIS ADDENDUM is made between the following parties: Kestrel Tools, LLC, with an office at 3 Point Road, Austin '
            '("Kestrel"); AND Orme, Inc., a company incorporated in Ohio ("Orme"). Orme Latin America, Inc. a Orme Affiliate '
            'incorporated in Florida ("Orme Latin America") (collectively "Distributor").\n')
    assert [p.name for p in resolve_parties(text)] == ["Kestrel Tools, LLC", "Orme, Inc.", "Orme Latin America, Inc."]


def test_a_parties_block_with_roles_in_brackets_and_no_quote_marks():
    # Australian drafting: each party on its own line, its role in brackets at the line's end
    text = ("MANAGED IT SERVICES AGREEMENT\n\nParties\n\nKestrel Cloud Pty Ltd (ACN 111 222 333) of 1 Main Street, "
            "Perth WA 6000 (Supplier)\n\nMarlow Dental Pty Ltd (ACN 444 555 666) of 2 High Street, Hobart TAS 7000 "
            "(Customer)\n\nAgreed terms\n\n1. Services\nThe Supplier must support the Customer's desktops.\n")
    assert names(text) == [("Kestrel Cloud Pty Ltd", ["Supplier"]), ("Marlow Dental Pty Ltd", ["Customer"])]


def test_a_party_named_between_by_the_alias_the_text_gave_it_above():
    # the host is named in the opening sentence; the preamble's 'between' gives only its alias
    text = ('SPONSORSHIP AGREEMENT\n\nHalden Events, Inc. ("Halden"), a Nevada company with offices in Reno, stages a cycling '
            'race in Lyon (the "Race"). This Sponsorship Agreement is made by and between Corvel Trading Ltd ("Corvel"), an '
            'English company with offices in Leeds, and Halden.\n\n1. The Sponsor shall pay Halden the fee.\n')
    assert [p.name for p in resolve_parties(text)] == ["Corvel Trading Ltd", "Halden Events, Inc."]


def test_a_party_brought_in_by_a_verb_after_its_address():
    # 'A ... authorizes B, a ... corporation, having an address at ... ("RESELLER")': B's name, not A's second alias
    text = ('RESELLER AGREEMENT\n\nThis Agreement sets out the terms under which Northgate Media, Inc., a Florida '
            'corporation, having an address at 5 Pine Road, Miami, FL 33101 ("NORTHGATE"), authorizes Acme Direct, Inc., a '
            'Pennsylvania corporation, having an address at 1 Main Avenue, Berwyn, PA 19312 ("RESELLER") to resell.\n')
    assert names(text)[-1] == ("Acme Direct, Inc.", ["RESELLER"])


@pytest.mark.parametrize("text", [
    # a number inside a company's name, with or without the name it trades under
    'This Supply Agreement is entered into by and between HARBOR 2, LLC ("Oak Fields"), a Colorado company, and Tern '
    'Foods, Inc. ("Tern").\n',
    'This Supply Agreement is entered into by and between HARBOR 2, LLC, d/b/a OAK FIELDS ("Oak Fields"), a Colorado '
    'company, and Tern Foods, Inc. ("Tern").\n',
])
def test_a_number_inside_a_company_name(text):
    assert [p.name for p in resolve_parties(text)] == ["HARBOR 2, LLC", "Tern Foods, Inc."]


@pytest.mark.parametrize(("preamble", "name", "alias"), [
    # a government party is named for its alias: the place is the party, not a jurisdiction
    ('This Contract is entered into by and between the STATE OF NEVADA, acting by and through its DEPARTMENT OF '
     'TECHNOLOGY ("State") and Harrow Digital LLC ("Contractor").', "STATE OF NEVADA", "State"),
    ('This Agreement is made between the City of Lakeside ("City") and Kestrel Cloud Inc. ("Contractor").',
     "City of Lakeside", "City"),  # a guard: a city was never read as a jurisdiction
])
def test_a_government_party_named_for_its_alias(preamble, name, alias):
    assert (name, [alias]) in [(p.name, p.aliases) for p in resolve_parties(preamble)]


@pytest.mark.parametrize(("preamble", "expected"), [
    # a party the preamble points to elsewhere: the words that say where are no part of its name
    ('This Agency Agreement is made as of May 2, 2001, by and between Northwind Corporation, a Delaware corporation (the '
     '"Company") and the Distributor named on the signature page hereof (the "Distributor").', "Distributor"),
    ('This Marketing Agreement is entered into on May 2, 2001 by and among Kestrel Holdings, Inc., a Delaware corporation '
     '("Kestrel"), and the Trust Advisors to the Seller Trusts listed on Schedule A hereto (the "Trust Advisors").',
     "Trust Advisors to the Seller Trusts"),
])
def test_a_party_named_elsewhere(preamble, expected):
    assert [p.name for p in resolve_parties(preamble)][-1] == expected


def test_the_parties_to_this_agreement_are_after_a_long_table_of_contents():
    # 'The parties to this Agreement are ...' brings in the parties as 'between' does, far below a table of contents
    contents = "TABLE OF CONTENTS\n" + "".join(f"{k}. Heading number {k} ..... {k + 2}\n" for k in range(1, 120))
    text = (contents + 'THE ORCHARD CO. FRANCHISE AGREEMENT This Franchise Agreement (the "Agreement") is entered into '
            'as of the ____ day of ______, 20__. The parties to this Agreement are The Orchard Co., a Delaware corporation '
            '("we," "us," or the "Company"); and ______________, as Franchise Owner ("you" or "Franchisee").\n')
    assert [p.name for p in resolve_parties(text)][:1] == ["The Orchard Co."]


def test_a_brand_in_lower_case_with_a_number():
    text = ('This Franchise Agreement is made this ___ day of ____, 19__, by and between bw-9 FRANCHISE SYSTEMS, INC. an '
            'Ohio corporation which has its principal place of business at 1 Main St, Minneapolis, Minnesota 55426 ("we" or '
            '"us"), and ______________________ ("you").\n')
    assert [p.name for p in resolve_parties(text)] == ["bw-9 FRANCHISE SYSTEMS, INC."]


def test_a_party_the_preamble_names_by_its_role_is_the_company_a_cover_label_names():
    text = ('SOFTWARE MAINTENANCE AGREEMENT\nAgreement Number: KX-1042\nCompany Name: Larkspur Analytics, Inc.\nCompany '
            'Address: 5 Birch Lane, Denver, CO 80202\n\nThis Agreement is entered into as of the Effective Date by and between '
            'Granite Ridge Bank, N.A. ("Granite"), a national banking association, and the above-named Supplier, a '
            'corporation ("Supplier").\n')
    assert [(p.name, p.aliases) for p in resolve_parties(text)] == \
        [("Granite Ridge Bank, N.A.", ["Granite"]), ("Larkspur Analytics, Inc.", ["Supplier"])]


def test_the_parties_of_another_instrument_named_in_the_preamble_are_not_this_ones():
    # an amendment made between two companies, to an agreement another set of companies signed
    text = ('SECOND AMENDMENT\n\nThis Second Amendment (the "Amendment") is made as of May 1, 2021 by and between Harbour '
            'Data Ltd, an English company ("Provider"), and Kestrel Foods Inc., a Delaware corporation ("Customer"), as an '
            'amendment to that certain Master Services Agreement dated March 3, 2018 by and among Harbour Systems Ltd '
            '("Harbour Systems"), Kestrel Holdings Inc. ("Kestrel Holdings") and Kestrel Foods Inc. (the "MSA").\n')
    assert [p.name for p in resolve_parties(text)] == ["Harbour Data Ltd", "Kestrel Foods Inc."]
    # a recital names the parties, then a note between them: the note is no party, nor are its words
    text = ('SERVICES AGREEMENT\n\nWHEREAS, Tarn Analytics Inc. (the "Company") and Oriel Consulting LLC (the "Consultant") '
            'are parties to a Promissory Note, dated June 2, 2015, between the Company and the Consultant (the "Note"); and\n\n'
            'WHEREAS, the Company wishes to engage the Consultant.\n')
    assert [(p.name, p.aliases) for p in resolve_parties(text)] == \
        [("Tarn Analytics Inc.", ["Company"]), ("Oriel Consulting LLC", ["Consultant"])]


def test_an_amendment_named_only_in_the_agreement_it_amends_keeps_that_agreements_parties():
    text = ('FIRST AMENDMENT TO HOSTING AGREEMENT\n\nThis First Amendment ("Amendment") to the Hosting Agreement dated July 1, '
            '2019 between Bluefin Hosting LLC ("Bluefin") and Corvid Retail Inc. ("Corvid") (the "Agreement") is made this '
            '3 day of May 2021.\n\nRECITALS\n')
    assert [p.name for p in resolve_parties(text)] == ["Bluefin Hosting LLC", "Corvid Retail Inc."]


def test_a_name_whose_suffix_follows_a_place_in_brackets_after_its_comma():
    text = ('This Supply Agreement is made by and between Marlin Diagnostics, (Cayman) Ltd., a company organised under the '
            'laws of the Cayman Islands, having a place of business at 4 Harbour Drive, George Town ("Marlin"), and Tessel '
            'Labs Limited, a company registered in England ("Tessel").\n')
    assert [p.name for p in resolve_parties(text)] == ["Marlin Diagnostics, (Cayman) Ltd.", "Tessel Labs Limited"]


@pytest.mark.parametrize(("who", "person"), [
    ("Jordan Ellis of Austin, Texas", "Jordan Ellis"),
    ("JORDAN ELLIS of Austin, Texas", "JORDAN ELLIS"),
    ("Dr. Jordan Ellis of Austin, TX", "Dr. Jordan Ellis"),
    ("Jordan Ellis of the City of Austin, Texas", "Jordan Ellis"),
    ("Jordan Ellis of Leeds, United Kingdom", "Jordan Ellis"),
])
@pytest.mark.parametrize("person_first", [False, True])
def test_a_person_and_their_home_town_gives_the_persons_name(who, person, person_first):
    company = 'Brightwater Foods, Inc., a Delaware corporation ("Company")'
    sides = [f'{who} ("Athlete")', company] if person_first else [company, f'{who} ("Athlete")']
    text = f"This Endorsement Agreement is made as of May 1, 2019 between {sides[0]}, and {sides[1]}.\n\n1. Services.\n"
    assert (person, ["Athlete"]) in names(text)


@pytest.mark.parametrize(("body", "expected"), [
    # a town, a bank or a company named for its place stays whole
    ('Town of Vinton, Virginia ("Town")', "Town of Vinton"),
    ('Coastal Bank of Maine, N.A. ("Bank")', "Coastal Bank of Maine, N.A."),
    ('Harbor Shield of California ("Plan")', "Harbor Shield of California"),  # a state alone is no home town
])
def test_a_body_named_for_its_place_is_not_cut_like_a_persons_home_town(body, expected):
    text = f'This Agreement is made between Larkspur Water LLC ("Supplier") and {body}.\n\n1. Supply.\n'
    assert names(text)[1][0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a one-sided instrument: the party it is made in favour of, described before its alias
    ('GUARANTEE\nTHIS GUARANTEE (this "Guarantee") is made as of May 3, 2021 by HOLLOWAY PARTNERS II, L.P. (the '
     '"Guarantor"), in favor of NORTHERN TRUST BANKING COMPANY, a state chartered bank acting as collateral agent (in that '
     'capacity and with its successors in that capacity, the "Agent"), for itself and the lenders.\n',
     [("HOLLOWAY PARTNERS II, L.P.", ["Guarantor"]), ("NORTHERN TRUST BANKING COMPANY", ["Agent"])]),
    # 'given as of <date> by' a described party, 'for the benefit of' another
    ('GUARANTY\n\nThis Guaranty is given as of May 2, 2015 by Harrow Capital Partners, L.P., a Delaware limited partnership '
     '(the "Guarantor"), to and for the benefit of First Prairie Bank, N.A. (the "Lender").\n\n1. Guaranty\n',
     [("Harrow Capital Partners, L.P.", ["Guarantor"]), ("First Prairie Bank, N.A.", ["Lender"])]),
    # 'made as of <date> by' one party, 'to' the other, each described before its alias
    ('PLEDGE AGREEMENT\n\nThis Pledge Agreement is made as of May 2, 2015 by Harrow Capital Partners, L.P., a Delaware '
     'limited partnership (the "Pledgor"), to First Prairie Bank, N.A., a national banking association (the "Lender").\n\n1. Pledge\n',
     [("Harrow Capital Partners, L.P.", ["Pledgor"]), ("First Prairie Bank, N.A.", ["Lender"])]),
    # powers granted to a signatory by a board: no party brought in by its 'by'
    ('OUTSOURCING AGREEMENT\nThis Agreement is effective as from 1 March 2012, by and between:\n\nTELLURIDE ALLOYS Ltd, '
     'registered office at 4 Quarry Road, Leeds, represented by Anna Vos, Director, acting under the powers granted to her by '
     'the Board on 2 May 2011 (hereinafter referred to as "the Customer"),\n\nAND\n\nMARLOW SYSTEMS, SA., a public limited '
     'company with its place of business in Lisbon ("Marlow").\n',
     [("TELLURIDE ALLOYS Ltd", ["Customer"]), ("MARLOW SYSTEMS, SA", ["Marlow"])]),
])
def test_the_parties_of_a_one_sided_instrument(text, expected):
    assert names(text) == expected


def test_a_name_run_onto_the_next_line_keeps_its_suffix():
    text = ('SUPPLY AGREEMENT\n\nThis Supply Agreement (the "Agreement") is made on 3 March 2021 between ORCHARD VALLEY FOODS\n'
            'CORPORATION, a Delaware corporation ("Orchard"), and Bexley Packaging Ltd., an English company ("Bexley").\n\n1. Terms\n')
    assert names(text) == [("ORCHARD VALLEY FOODS CORPORATION", ["Orchard"]), ("Bexley Packaging Ltd.", ["Bexley"])]


def test_a_preamble_after_a_long_table_of_contents_is_read():
    contents = "".join(f"{n}.  HEADING NUMBER {n} OF THE AGREEMENT {'.' * 40} {n + 2}\n\n" for n in range(1, 90))
    contents += "".join(f"     EXHIBIT FORM {letter} {'. ' * 12}  {letter}\n\n" for letter in "ABCDEFG")
    text = ("FRANCHISE AGREEMENT\n\nTABLE OF CONTENTS\n\n" + contents + "\n     BRAMBLE BAKERIES, INC.     FRANCHISE AGREEMENT\n\n"
            "This agreement is made this day of , 20 by and between Bramble Bakeries, Inc., an Ohio corporation with its "
            "principal office at 9 Mill Lane, Dayton, Ohio (hereinafter referred to as Bramble) and Franchisee (as defined "
            "below).\n\n1. INTRODUCTION\n")
    assert len(text.split("by and between")[0]) > 7000  # past where a preamble is looked for at the top
    assert names(text) == [("Bramble Bakeries, Inc.", ["Bramble"])]


@pytest.mark.parametrize(("text", "expected"), [
    # two labels on one line, the second after a column gap (what stood before a label was a lookbehind: RE2 reads it as
    # a group the label starts after)
    ("SUPPORT ORDER\n\nPROVIDER: Harrowgate Systems Ltd    CUSTOMER: Bellmoor Farms plc\n",
     [("Harrowgate Systems Ltd", ["Provider"]), ("Bellmoor Farms plc", ["Customer"])]),
    # 'of Party A' and 'to Party B' are no labels, 'OF Party C' and a label after '.' and a space are
    ("Notices go to Party A: Unit 4. Copies of Party B: none\nOF Party C: Quarrydale Holdings Ltd\n",
     [("Quarrydale Holdings Ltd", ["Party C"])]),
])
def test_a_label_is_read_by_what_stands_before_it(text, expected):
    assert names(text) == expected
