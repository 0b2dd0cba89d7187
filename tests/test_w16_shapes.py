"""Shapes a fresh set of drafters used that checker missed (issue 9, fix source w16), each written again here in
words of our own, several times over: a copy of the customer's data made on a schedule and kept apart, told in the
passive with its schedule first ("Each evening the ledger database is copied to ..."); a count of nightly copies kept;
a test of restoring from the copies; a Markdown contract whose bold 'BACKGROUND' line is no heading over its '##'
clauses. An element is present when its rule is met or weak."""

import pytest

from checker.ingest.sections import build_sections
from rule_findings import finding_of
from survey_harness import assert_found, params
from test_drafter_survey import contract

BACKUP = [
    # the schedule first, the data copied in the passive, kept apart
    ("us_msp", "7. Data Safety\n7.1 Every Sunday night the Client's accounting database is copied to MSP's "
     "secondary storage array.\n", True),
    ("freelance", "4. Your files\nEach Monday your shared folders and the booking database are copied onto an external "
     "hard drive that I keep at my own office.\n", True),
    ("uk_public", "8. Records\nEach evening the casework archive is copied to the Supplier's secondary storage at its "
     "Leeds site.\n", True),
    ("saas", "7. Data\nEvery night the Customer's ledger database is copied to our hosted vault in another "
     "region.\n", True),
    # a count of nightly (weekly ...) copies kept
    ("in_outsourcer", "6. Continuity\nService Provider retains twenty-one nightly copies of each branch server.\n",
     True),
    ("bank", "9. Records\nService Provider shall keep ten weekly copies of the core ledger, the oldest overwritten "
     "first.\n", True),
    # restoring from the copies tested
    ("de_translated", "§ 6 Securing of data\nA restoration test of selected records is carried out twice a year in "
     "the presence of the Client.\n", True),
    ("us_clinic", "6. Records\nVendor shall test a complete restore of the scheduling system from its copies every "
     "quarter.\n", True),
    ("uk_public", "8. Assurance\nThe Supplier shall perform a recovery test of the Authority's case management system "
     "each year and report the result to the Authority.\n", True),
    # decoys: copies of documents, a weekday meeting, a service restored, the customer's own drive
    ("us_msp", "12. Records\nEvery Friday the account manager sends Client a copy of the ticket report.\n", False),
    ("bank", "15. Notices\nTwo copies of each notice are kept on file by the Bank's Secretary.\n", False),
    ("in_outsourcer", "4. Acceptance\nClient shall test each release for thirty days before it is deployed.\n",
     False),
    ("freelance", "9. Your part\nYou keep your own external drive and copy your files onto it whenever you "
     "like.\n", False),
]

BREACH = [
    # the one who got in between the data and "without permission"
    ("uk_public", "15. Personnel Files\nWhere the Supplier learns that personnel files held on its servers may have "
     "been viewed by an outsider without authorisation, it shall inform the Authority within 48 hours.\n", True),
    ("saas", "9. Incidents\nIf payroll records in the Service are opened by anyone without permission, we will let you "
     "know within one business day.\n", True),
    # an event defined by what it does to the data
    ("us_clinic", "11. Incidents\nAny occurrence that threatens the confidentiality or integrity of patient data shall "
     "be reported by Vendor to the Practice's privacy officer within 12 hours.\n", True),
    ("in_outsourcer", "12. Incidents\nService Provider shall notify Client within 24 hours of any incident which "
     "affects the availability, integrity or confidentiality of Client Data.\n", True),
    ("de_translated", "§ 9 Reporting\nEvents which impair the confidentiality or availability of the Client's data "
     "are reported by the Contractor without culpable delay.\n", True),
    # decoys: the same words as a thing to protect, an outage reported, a ban
    ("bank", "12. Safeguards\nService Provider shall maintain measures that protect the confidentiality, integrity and "
     "availability of Bank data and shall report on them each year.\n", False),
    ("us_msp", "6. Outages\nMSP shall report any incident that affects the availability of Client's network within "
     "one hour.\n", False),
    ("freelance", "6. Your systems\nNobody may use your accounts without permission, and you will tell your staff "
     "so.\n", False),
]

CAUSE = [
    # the failure first, the ending in another verb, or the failure persisting after a formal notice
    ("freelance", "10. Ending early\nIf either of us fails to meet an important commitment and does not correct the "
     "problem within 15 days of hearing about it, the other may end this agreement in writing.\n", True),
    ("uk_public", "25. Default\nShould the Supplier not carry out its duties, the Authority shall first give it "
     "written notice to put matters right within 20 days. If the shortcoming continues after that time, the Authority "
     "may end the Contract.\n", True),
    ("de_translated", "§ 12 Notice for cause\nWhere the Contractor does not fulfil the contract, the Client sets it a "
     "deadline of one month. If the non-performance persists after the deadline, the Client may rescind the contract "
     "at the Contractor's fault.\n", True),
    ("bank", "18. Default\nIf Service Provider fails to comply with Section 9 and the failure continues for ten (10) "
     "days, the Bank may bring the Agreement to an end.\n", True),
    # decoys: a failure that moves a deadline, a ticket ended
    ("us_msp", "8. Dependencies\nIf Client fails to perform a Client dependency, MSP's service level deadlines are "
     "extended by the time of the delay.\n", False),
    ("saas", "6. Support\nIf a failure persists after our fix, we will keep the ticket open until you agree it is "
     "solved.\n", False),
]

SERVICES = [
    # upkeep with the equipment named after the verb; software kept current; a heading naming what is looked after
    ("us_msp", "2. Equipment Care\nMSP will keep in good working order the following at each branch: routers, "
     "label printers and barcode scanners.\n", True),
    ("bank", "3. Software\nService Provider will install security patches to the branch teller software and the ATM "
     "monitoring middleware.\n", True),
    ("uk_public", "4. Releases\nThe Supplier shall apply vendor updates to the Authority's planning application within "
     "ten days of their issue.\n", True),
    ("freelance", "2. What I take care of\n2.1 Your two office laptops and the printer.\n2.2 Your Wi-Fi router.\n",
     True),
    ("saas", "2. What our team looks after\n2.1 The hosted ledger and its nightly jobs.\n", True),
    # decoys: the customer's upkeep and updates, in its duties
    ("us_clinic", "7. Client Responsibilities\nThe Practice shall keep in working order the network cabling in its "
     "building.\n", False),
    ("saas", "8. Customer Obligations\nYou must install updates to your own browsers and devices.\n", False),
]

CONFIDENTIALITY = [
    ("us_msp", "11. Privacy\nWhatever our technicians see in Client's mailboxes stays between them and Client's IT "
     "manager.\n", True),
    ("us_clinic", "11. Discretion\nAnything a Vendor engineer learns about the Practice's patients goes no "
     "further.\n", True),
    ("freelance", "6. Discretion\nI won't repeat anything I read on your screens.\n", True),
    # decoys: an engineer stays on site, a test not repeated, a broken part left with the customer
    ("in_outsourcer", "5. Attendance\nThe engineer stays with the Client until the fault is closed.\n", False),
    ("uk_public", "6. Testing\nThe Supplier shall not repeat a failed acceptance test without the Authority's "
     "consent.\n", False),
    ("bank", "7. Parts\nAnything the technician finds broken remains with the Bank to repair at its own cost.\n",
     False),
]

CAP = [
    # no one made to pay for a loss at all
    ("freelance", "9. If something goes wrong\nYou will never ask me to make good, from my own pocket, a loss your "
     "studio suffers because an update failed.\n", True),
    ("us_msp", "14. Volunteers\nNo member of the student help team will be required to pay for any damage a repair "
     "causes.\n", True),
    # decoys: a duty to make good, a fee not charged
    ("uk_public", "18. Premises\nThe Supplier shall make good any damage its engineers cause to the Authority's "
     "premises.\n", False),
    ("bank", "8. Parts\nThe Bank is not required to pay for parts replaced under warranty.\n", False),
]

CASES = ([("cap", *case) for case in CAP] + [("backup", *case) for case in BACKUP] + [("breach", *case) for case in BREACH]
         + [("cause", *case) for case in CAUSE] + [("services", *case) for case in SERVICES]
         + [("confidentiality", *case) for case in CONFIDENTIALITY])
RULES = {"cap": "LIAB-CAP", "backup": "CONT-BACKUP", "breach": "DATA-BREACH", "cause": "TERM-CAUSE", "services": "SCOPE-SERVICES",
         "confidentiality": "DATA-CONFIDENTIALITY"}


PARTIES = {"us_msp": ('Harbor Lane Tech, LLC ("MSP")', 'Dunmore Logistics, Inc. ("Client")'),
           "bank": ('Keystone Ledger Services, Inc. ("Service Provider")', 'Pine Ridge Savings Bank ("Bank")'),
           "uk_public": ('Ashcombe Systems Limited ("the Supplier")', 'Wexley District Council ("the Authority")'),
           "freelance": ('Sam Ortega, trading as Ortega Tech ("I", "me")', 'Blue Heron Yoga LLC ("you")'),
           "saas": ('Ledgerwise, Inc. ("we", "us")', 'the organisation that signs below ("you")'),
           "us_clinic": ('Crestline IT, Inc. ("Vendor")', 'Maple Grove Pediatrics, PLLC ("Practice")')}


def bare(drafter: str, body: str) -> str:
    """A frame that names no services of its own (the survey's frames open with them): for the scope cases."""
    provider, customer = PARTIES[drafter]
    return (f"AGREEMENT\n\nThis agreement is made between {provider} and {customer}.\n\n{body}\n"
            "20. Law\nThis agreement is governed by the laws of the State of Ohio.\n")


@pytest.mark.parametrize(("element", "drafter", "body", "present"), params(CASES))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, element, drafter, body, present):
    text = bare(drafter, body) if element == "services" else contract(drafter, body)
    assert_found(tmp_path, rulebook, RULES[element], text, present)


MARKDOWN = ("# HOSTING AGREEMENT\n\n**PARTIES**\n\n(1) Northgate Cloud Ltd (the **Supplier**); and\n\n(2) Reed & Vale "
            "LLP (the **Firm**).\n\n**BACKGROUND**\n\n(A) The Firm wishes to have its records hosted.\n\n"
            "## 1. SERVICES\n\n1.1 The Supplier shall host the Firm's practice management system.\n\n"
            "## 2. COPIES\n\n2.1 The Supplier shall back up the Firm Data every night and keep each copy for 60 days."
            "\n")


@pytest.mark.parametrize("drafter", sorted(PARTIES))
def test_each_bare_frame_holds_no_services(tmp_path, rulebook, drafter):
    assert finding_of(tmp_path, rulebook, "SCOPE-SERVICES", bare(drafter, "")).status == "missing"


def test_a_bold_line_in_markdown_is_no_heading_over_the_hash_clauses_after_it():
    text = MARKDOWN.replace("**", "  ")  # as the Markdown reader blanks the bold markers
    roots = build_sections(text)
    titles = [s.heading for s in roots]
    assert "BACKGROUND" in titles and "SERVICES" in titles and "COPIES" in titles, titles
    background = next(s for s in roots if s.heading == "BACKGROUND")
    assert background.children == []


def test_a_clause_under_a_bold_background_line_is_no_recital(tmp_path, rulebook):
    path = tmp_path / "hosting.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    from checker.ingest import load_document
    from checker.review import review_documents
    report = review_documents([load_document(path)], rulebook)
    [finding] = [f for f in report.findings if f.rule == "CONT-BACKUP"]
    assert finding.status == "met", (finding.status, finding.message)
