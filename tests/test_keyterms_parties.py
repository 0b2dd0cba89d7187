"""The parties the key terms show beyond the preamble's (checker/keyparties.py): the addressee of a letter agreement
and the companies that sign for parties the preamble leaves to the signature pages. Every text here is written for
these tests."""

from __future__ import annotations

from checker.engine.context import Package
from checker.ingest import load_document
from checker.keyterms import key_terms
from checker.review import analyse_document


def names(tmp_path, text: str) -> list[str]:
    path = tmp_path / "contract.txt"
    path.write_text(text)
    return [item["name"] for item in key_terms(Package([analyse_document(load_document(path))]))["parties"]]


LETTER = ("PLACEMENT AGENCY AGREEMENT\n\nOctober 3, 2017\n\nHarrow Street Securities LLC\n40 Quay Road\nBoston, MA 02110\n\n"
          "Ladies and Gentlemen:\n\nLindenfield Therapeutics, Inc., a Delaware corporation (the \"Company\"), proposes to "
          "issue and sell shares of its common stock through you as its exclusive placement agent, on the terms below.\n\n"
          "1. Appointment. The Company appoints you as its placement agent for the offering.\n")


def test_the_addressee_of_a_letter_agreement_is_a_party(tmp_path):
    assert names(tmp_path, LETTER) == ["Lindenfield Therapeutics, Inc.", "Harrow Street Securities LLC"]


def test_an_addressee_the_preamble_names_already_is_not_named_twice(tmp_path):
    text = LETTER.replace("Lindenfield Therapeutics, Inc., a Delaware corporation (the \"Company\"), proposes",
                          "This agreement is made between Lindenfield Therapeutics, Inc., a Delaware corporation (the "
                          "\"Company\"), and Harrow Street Securities LLC (the \"Agent\"). The Company proposes")
    assert names(tmp_path, text) == ["Lindenfield Therapeutics, Inc.", "Harrow Street Securities LLC"]


def test_a_letter_to_a_person_adds_no_party(tmp_path):
    # a letter whose address names no company (no 'Inc.', 'LLC' ...): nobody is added
    text = LETTER.replace("Harrow Street Securities LLC\n", "Mr. Daniel Okafor\n")
    assert names(tmp_path, text) == ["Lindenfield Therapeutics, Inc."]


def test_parties_identified_on_the_signature_pages(tmp_path):
    text = ("CO-INVESTMENT AGREEMENT\n\nThis Co-Investment Agreement is made as of May 4, 2015 by and among Kettle Rock "
            "Holdings LLC, a Delaware limited liability company (\"Holdings\"), and each other party hereto identified on "
            "the signature pages hereto (each, an \"Investor\").\n\n1. Commitments. Each Investor shall fund its share of "
            "each capital call within ten days.\n\nIN WITNESS WHEREOF, the parties have signed this Agreement.\n\n"
            "KETTLE ROCK HOLDINGS LLC\nBy: /s/ Ana Ruiz\n\nINVESTORS:\n\nBIRCHWOOD CAPITAL PARTNERS, L.P.\nBy: /s/ Tom Hale\n\n"
            "SALTMARSH OPPORTUNITY FUND LLC\nBy: /s/ Lee Park\n")
    assert names(tmp_path, text) == ["Kettle Rock Holdings LLC", "BIRCHWOOD CAPITAL PARTNERS, L.P.",
                                     "SALTMARSH OPPORTUNITY FUND LLC"]


def test_a_party_named_on_the_signature_page_by_its_role_keeps_its_role(tmp_path):
    # one party the preamble calls by its role: the lawyers keep the role; the signatures add nobody
    text = ("DISTRIBUTION AGREEMENT\n\nThis Agreement is made as of June 2, 2003 by and between Corvin Labs, Inc., a "
            "Delaware corporation (the \"Company\"), and the distributor named on the signature page hereof (the "
            "\"Distributor\").\n\n1. Appointment. The Company appoints the Distributor for the territory.\n\n"
            "CORVIN LABS, INC.\nBy: /s/ A. Bell\n\nWESTRIDGE MEDICAL SUPPLY CO.\nBy: /s/ C. Diaz\n")
    assert names(tmp_path, text) == ["Corvin Labs, Inc.", "Distributor"]


def test_a_company_the_preamble_names_last_without_an_alias(tmp_path):
    text = ("REMARKETING AGREEMENT\n\nThis Remarketing Agreement is dated as of March 3, 2016, among Halden Energy Corp., a "
            "Texas corporation (the \"Company\"), Marlow Capital Markets LLC (\"Marlow\") (the \"Remarketing Agent\"), and "
            "Granite Trust Company, N.A., not in its own capacity but solely as purchase contract agent. The Company and the "
            "Remarketing Agent agree as follows.\n\n1. Remarketing. The Remarketing Agent shall remarket the notes.\n")
    assert names(tmp_path, text) == ["Halden Energy Corp.", "Marlow Capital Markets LLC", "Granite Trust Company, N.A."]


def test_words_after_the_last_alias_that_name_no_company_add_no_party(tmp_path):
    text = ("SUPPLY AGREEMENT\n\nThis Supply Agreement is made on June 1, 2012 between Halden Energy Corp. (\"Halden\") and "
            "Marlow Metals LLC (\"Marlow\"), and together with Halden, the Parties. Halden and Marlow agree as follows.\n\n"
            "1. Supply. Marlow shall supply the steel.\n")
    assert names(tmp_path, text) == ["Halden Energy Corp.", "Marlow Metals LLC"]


def test_a_bank_named_with_national_association(tmp_path):
    # 'National Association' ends a bank's name as 'N.A.' does: the comma before it does not
    text = ("TRUST AGREEMENT\n\nThis Agreement is entered into on May 1, 2014 by and between Halden Energy Corp., a Texas corporation "
            "(\"Halden\"), and Granite Bank, National Association, as trustee (the \"Trustee\").\n\n1. Trust. The Trustee "
            "holds the fund.\n")
    assert names(tmp_path, text) == ["Halden Energy Corp.", "Granite Bank, National Association"]


def test_an_alias_given_without_quote_marks_after_hereinafter(tmp_path):
    # the quote marks and parentheses lost: 'hereinafter called Halden' ends the name before it
    text = ("SUPPLY AGREEMENT\n\nThis Agreement is made between Halden Energy Corp. hereinafter called Halden and Marlow "
            "Metals LLC hereinafter called Marlow.\n\n1. Supply. Marlow shall supply steel to Halden.\n")
    assert names(tmp_path, text) == ["Halden Energy Corp.", "Marlow Metals LLC"]


def test_a_cover_table_gives_the_role_in_quote_marks_before_the_name(tmp_path):
    # the preamble names the parties by their roles alone; the cover table above gives their names
    text = ("DISTRIBUTION AGREEMENT\n\nAGREEMENT NO. 17-204\n\n\"LICENSOR\"     HARBOR LANE SOFTWARE INC.        "
            "\"LICENSEE\"    REDWOOD ANALYTICS LLC\n\n200 Bay Road                     55 Pine Street\n\nThis Agreement is "
            "entered into by and between Licensor and Licensee.\n\n1. Grant. Licensor grants Licensee a licence to resell "
            "the software.\n")
    assert names(tmp_path, text) == ["HARBOR LANE SOFTWARE INC.", "REDWOOD ANALYTICS LLC"]


def test_a_cover_row_names_the_party_the_preamble_gives_only_its_role(tmp_path):
    text = ("SUPPLY AGREEMENT\n\nHARBOR LANE SOFTWARE INC. (\"Harbor\")        \"DISTRIBUTOR\"  REDWOOD ANALYTICS LLC\n\n"
            "This Agreement is entered into by and between Harbor Lane Software Inc. (\"Harbor\") and the distributor named "
            "above (the \"Distributor\").\n\n1. Supply. "
            "Harbor shall supply the products the Distributor orders.\n")
    assert names(tmp_path, text) == ["Harbor Lane Software Inc.", "REDWOOD ANALYTICS LLC"]


def test_a_cover_table_with_the_roles_in_capitals_at_the_start_of_its_lines(tmp_path):
    text = ("HAULAGE CONTRACT\n\nDate  March 3, 2014\n\nCARRIER NORTHPASS FREIGHT LIMITED\n\nREG NO 55-0192\n\n"
            "SHIPPER BLUE MESA MINERALS S.A.   REG NO 71-2210\n\nTERM From March 3, 2014 until March 2, 2015\n\n"
            "The Carrier shall haul the ore the Shipper delivers to the loading point.\n")
    assert names(tmp_path, text) == ["NORTHPASS FREIGHT LIMITED", "BLUE MESA MINERALS S.A."]


def test_a_cover_line_that_is_a_title_names_no_party(tmp_path):
    # a line in capitals that starts with a word like a role but names no company whole is no cover row
    text = ("MASTER SERVICES AGREEMENT BETWEEN KESTREL DATA INC. AND ITS AFFILIATES\n\nThis Agreement is made between "
            "Kestrel Data Inc. (\"Kestrel\") and Fenwick Stores LLC (\"Customer\").\n\n1. Services. Kestrel shall provide "
            "the services.\n")
    assert names(tmp_path, text) == ["Kestrel Data Inc.", "Fenwick Stores LLC"]


def test_signatures_run_together_on_one_line_with_their_dates(tmp_path):
    # the parties are those on the signature pages, each block run into the next with 'Date: ... By:'; a general partner
    # that signs for one of them ('By: Juniper GP LLC') is no party, nor the role the preamble gives them all
    text = ("COMMITMENT AGREEMENT\n\nThis Commitment Agreement is made as of March 2, 2015 by and among Larch Holdings LLC, a "
            "Delaware limited liability company (\"Buyer\"), and each other party identified on the signature pages hereto "
            "(each, a \"Seller\").\n\n1. Commitment. Each Seller shall fund its share.\n\nIN WITNESS WHEREOF, the parties "
            "have signed this Agreement.        BUYER:        Larch Holdings LLC          Date: March 2, 2015 By:   /s/ Ann "
            "Smith   Name: Ann Smith   Title: CEO          SELLERS:        Juniper Fund II L.P.          By:   Juniper GP LLC"
            "   Its: General Partner        Date: March 2, 2015 By:   /s/ Bo Jones   Name: Bo Jones   Title: Manager        "
            "Aspen Ridge Partners LP         Date: March 3, 2015 By:   /s/ Cy Wu   Name: Cy Wu   Title: Partner\n")
    assert names(tmp_path, text) == ["Larch Holdings LLC", "Juniper Fund II L.P.", "Aspen Ridge Partners LP"]


def test_a_cover_row_for_a_party_the_preamble_names_adds_nobody(tmp_path):
    # the row spells the name with a comma the preamble leaves out: the role tells it is the same party
    text = ("LICENCE AGREEMENT\n\n\"LICENSOR\"   HARBOR LANE SOFTWARE, INC.\n\nThis Agreement is made between Harbor Lane "
            "Software Inc. (\"Licensor\") and Redwood Analytics LLC (\"Licensee\").\n\n1. Grant. Licensor grants Licensee a "
            "licence.\n")
    assert names(tmp_path, text) == ["Harbor Lane Software Inc.", "Redwood Analytics LLC"]


def test_a_person_the_preamble_names_last_without_an_alias(tmp_path):
    # a person after the party with an alias: the home town or the words 'an individual' tell it is one
    for person in ("Jordan Ellis of Austin, Texas.", "Jordan Ellis, an individual residing in Austin, Texas."):
        text = ("ENDORSEMENT AGREEMENT\n\nThis Endorsement Agreement is made as of May 1, 2019 between Brightwater Foods, "
                f"Inc., a Delaware corporation (\"Company\"), and {person}\n\n1. Services. Jordan Ellis shall appear at two "
                "events a year.\n")
        assert names(tmp_path, text) == ["Brightwater Foods, Inc.", "Jordan Ellis"]


def test_words_after_the_only_alias_that_name_no_person_add_no_party(tmp_path):
    # capitalised words after the only alias, neither a company nor a person said to be one: no party
    text = ("SUPPLY AGREEMENT\n\nThis Supply Agreement is made as of May 1, 2019 between Brightwater Foods, Inc., a Delaware "
            "corporation (\"Company\"), and Northgate Dairy of Austin for the Austin Texas Stores.\n\n1. Supply. The Company "
            "shall buy milk.\n")
    assert "Northgate Dairy" not in names(tmp_path, text)


def test_a_name_in_capitals_whose_first_word_ends_like_a_role_is_no_cover_row(tmp_path):
    # 'VECTOR' and 'CARRIER' end like role words, but the text never speaks of 'the Vector' or 'the Carrier' as a party
    text = ("TRANSPORT SERVICES AGREEMENT\n\nBETWEEN\n\nVECTOR FREIGHT LTD.\n\nAND\n\nCARRIER HOLDINGS LIMITED\n\nThis "
            "Agreement is made between Vector Freight Limited (\"Vector\") and Carrier Holdings, Inc. (\"Holdings\"). The "
            "Carrier Group shall use the services.\n\n1. Services. Vector shall carry the goods.\n")
    assert names(tmp_path, text) == ["Vector Freight Limited", "Carrier Holdings, Inc."]
