"""Escalation as nine more drafters word it (issue 9): a telecom carrier, a hospital, a UK public body, an Indian
outsourcer, a German and a French firm in translation, a SaaS vendor's support exhibit, a freelance administrator and
a US managed-services firm. Each clause was written for this survey, in words of its own, and labelled by ELEMENTS.md
(`escalation`: levels or named roles, and when / how an issue moves up) as a careful lawyer would: present (a ladder
in prose, a table of contacts by level, a matter that goes on when not resolved, a management escalation the customer
asks for, a route by severity, a board as the last step, a next hierarchical level) or absent (a decoy: a price that
escalates, a dispute put straight to arbitration or to one expert, a procedure still to be agreed, escalation of
privileges, the customer's own internal chain, escalating risks). An element is present when its rule is met or
weak."""

import pytest

from checker.ingest import load_document
from checker.review import review_documents
from survey_harness import assert_found, assert_none_found, framed, params

DRAFTERS = {
    "telecom": ('WHOLESALE CONNECTIVITY SERVICES AGREEMENT\n\nThis Agreement is made between Skerry Fibre Networks '
                'Limited ("Carrier") and Holloway Retail Group plc ("Customer").\n\n1. Services\nCarrier shall '
                'provide and maintain dedicated internet access circuits to the Customer\'s stores.\n\n',
                '\n20. Governing Law\nThis Agreement is governed by the laws of Scotland.\n'),
    "hospital": ('CLINICAL SYSTEMS SUPPORT AGREEMENT\n\nThis Agreement is made between Marrow Valley Regional '
                 'Hospital ("Hospital") and Quillon Health Software, Inc. ("Vendor").\n\n1. Services\nVendor shall '
                 'maintain and support the Hospital\'s laboratory information system.\n\n',
                 '\n19. Governing Law\nThis Agreement is governed by the laws of the State of Ohio.\n'),
    "uk_public": ('CONTRACT FOR DESKTOP SUPPORT SERVICES\n\nThis Contract is made between Ashcombe District Council '
                  '("the Council") and Pellinor Managed IT Limited ("the Contractor").\n\n1. The Services\nThe '
                  'Contractor shall provide desktop and service desk support to the Council.\n\n',
                  '\n31. Law\nThis Contract is governed by the law of England and Wales.\n'),
    "in_outsourcer": ('MASTER SERVICES AGREEMENT\n\nThis Agreement is executed between Vindhya Techserve Private '
                      'Limited ("Vendor") and Corrigan Logistics Inc. ("Customer").\n\n1. Scope\nVendor shall render '
                      'application support for the Customer\'s warehouse systems from its offshore centre.\n\n',
                      '\n26. Governing Law\nThis Agreement shall be governed by the laws of the State of New Jersey.\n'),
    "de_translated": ('SERVICE CONTRACT\n\nbetween Haberl Informatik GmbH, Augsburg (hereinafter "Contractor") and '
                      'Winkler Armaturen KG, Ulm (hereinafter "Client")\n\n§ 1 Subject matter\nThe Contractor '
                      'undertakes the operation and care of the Client\'s server systems.\n\n',
                      '\n§ 16 Final provisions\nThe law of the Federal Republic of Germany applies.\n'),
    "fr_translated": ('SPECIAL CONDITIONS OF THE MAINTENANCE CONTRACT\n\nbetween the company Sirocco Informatique SAS '
                      '(hereinafter "the Holder") and the Mutuelle Bretonne des Artisans (hereinafter "the '
                      'Beneficiary")\n\nArticle 1 - Object\nThe Holder ensures the corrective maintenance of the '
                      'Beneficiary\'s claims software.\n\n',
                      '\nArticle 15 - Applicable law\nThis contract is subject to French law.\n'),
    "saas": ('SUPPORT AND SERVICE LEVEL EXHIBIT\n\nThis Exhibit forms part of the Subscription Agreement between '
             'Brindlewood Analytics, Inc. ("Brindlewood", "we") and the subscribing customer ("Customer", "you").\n\n'
             '1. Support\nWe provide technical support for the Brindlewood platform.\n\n',
             '\n9. Governing Law\nThe Subscription Agreement\'s governing law clause applies.\n'),
    "freelance": ('COMPUTER CARE AGREEMENT\n\nThis agreement is between Priya Nandakumar, trading as Nandakumar '
                  'Tech ("I", "me") and Fernbrook Veterinary Surgery ("you").\n\n1. What I look after\nI look after '
                  'your practice computers, printers and network.\n\n',
                  '\n11. Law\nThe law of New South Wales applies.\n'),
    "us_msp": ('MANAGED IT SERVICES AGREEMENT\n\nThis Agreement is entered into between Copperline Technology '
               'Group, LLC ("Provider") and Estrada Dental Partners, P.C. ("Client").\n\n1. Services\nProvider '
               'shall provide help desk, monitoring and on-site support for Client\'s offices.\n\n',
               '\n21. Governing Law\nThis Agreement is governed by the laws of the State of Arizona.\n'),
}

ESCALATION = [
    # present: a ladder in prose
    ("telecom", "7. Fault Handling\nFaults are first worked by the Network Operations Centre. A fault still open after "
     "four hours is passed to the duty manager, and one still open after eight hours to the Head of Network "
     "Operations.\n", True),
    ("us_msp", "8. Service Escalation\nTickets begin with the help desk technician. When a ticket has gone two "
     "business days without progress it moves to the Service Manager, and after five business days to Provider's "
     "President.\n", True),
    # present: a table of contacts by level with times
    ("hospital", "8. Escalation Contacts\nLevel | Vendor contact | When engaged\n1 | Support Desk | when the call is "
     "logged\n2 | Service Delivery Manager | 4 hours without a fix\n3 | Vice President, Client Services | 1 business "
     "day without a fix\n", True),
    ("in_outsourcer", "9. Escalation Matrix\nFirst level - Project Lead - 2 hours\nSecond level - Delivery Manager - 4 "
     "hours\nThird level - Vice President, Delivery - 1 business day\n", True),
    # present: if not resolved, the matter goes to ...
    ("uk_public", "14. Unresolved Problems\nWhere a problem has not been resolved within two Working Days, the matter "
     "goes to the Contractor's Service Delivery Manager for action.\n", True),
    ("fr_translated", "Article 9 - Escalation\nWhere a blocking anomaly is not corrected within the contractual "
     "time, the Beneficiary's project manager refers the matter to the Holder's technical director, who shall call "
     "back within two hours.\n", True),
    # present: named roles taking it up
    ("hospital", "8. Critical Outages\nIf the laboratory system is not restored within one hour, Vendor's account "
     "executive shall join the Hospital's incident bridge and remain on it until service is restored.\n", True),
    ("telecom", "7. Major Incidents\nIf a Major Incident is not cleared within two hours, the Carrier's duty manager "
     "shall call the Customer's Head of IT and give hourly updates until the circuit is restored.\n", True),
    # present: a management escalation at the customer's request
    ("saas", "5. Management Escalation\nAt your request we will open a management escalation, and a Support "
     "Engineering Manager will contact you within four business hours.\n", True),
    ("uk_public", "14. Escalation\nThe Council may at any time ask for a management escalation of an open call, in "
     "which case the Contractor's Account Director shall review the call within one Working Day.\n", True),
    # present: escalation by severity
    ("saas", "6. Escalation by Severity\nSeverity 1: to the Support Manager after 1 hour and to the Director of "
     "Customer Operations after 4 hours.\nSeverity 2: to the Support Manager after 8 hours.\n", True),
    ("telecom", "7. Escalation\nPriority A faults may be escalated to Level 2 after two hours and to Level 3 after "
     "four hours without restoration.\n", True),
    # present: a governance board as the last step
    ("uk_public", "15. Governance\nIssues that the Contract Managers cannot agree within ten Working Days shall be "
     "put to the Partnership Board, whose decision is final.\n", True),
    ("in_outsourcer", "9. Governance\nOperational issues are discussed first in the weekly service review; those "
     "left open for two consecutive reviews go to the Joint Steering Committee.\n", True),
    # present: in translation
    ("de_translated", "§ 11 Disagreements\nShould the contact persons fail to settle a disagreement within fourteen "
     "days, the matter shall be submitted to the next hierarchical level of both parties.\n", True),
    ("de_translated", "§ 8 Fault clearance\nIf the fault is not eliminated within the restoration time, the "
     "Contractor shall inform its division head, who shall coordinate the further measures with the Client's IT "
     "manager.\n", True),
    ("fr_translated", "Article 12 - Steering\nAny difficulty not settled by the operational correspondents is brought "
     "before the steering committee, which meets within eight days.\n", True),
    # present: the small firm's route
    ("freelance", "6. If I can't fix it\nIf a problem is beyond me, I'll pass it to my associate at Tallow Networks, "
     "who handles firewalls and servers, and let you know the same day.\n", True),
    ("us_msp", "8. After-Hours\nAfter hours, the on-call engineer will page the Service Manager if an outage is not "
     "restored within sixty (60) minutes.\n", True),
    # present: no progress, a matter brought to the next person
    ("us_msp", "8. Stalled Tickets\nIf a ticket shows no progress after four hours, Client's office manager may page "
     "Provider's service lead directly.\n", True),
    ("freelance", "6. Problems\nIf my assistant cannot sort a problem out within two days, she will bring it to me "
     "and I will take it over personally.\n", True),
    # present, vague
    ("hospital", "8. Escalation\nThe Hospital may escalate unresolved issues to Vendor's senior management.\n", True),
    ("in_outsourcer", "9. Escalation\nVendor shall maintain an internal escalation process for incidents that are not "
     "resolved within the service levels.\n", True),
    # decoys: a price that escalates
    ("telecom", "12. Escalation\nOn each 1 April the rental charges in Schedule 2 shall be increased by the change in "
     "the Retail Prices Index over the preceding year.\n", False),
    ("us_msp", "12. Fees\nThe monthly fee is subject to an escalation of four percent (4%) on each anniversary.\n",
     False),
    ("in_outsourcer", "22. Price Revision\nThe Charges shall be revised each April in line with the Wholesale Price "
     "Index. This escalation of the Charges is the only revision permitted.\n", False),
    # decoys: a dispute put straight to arbitration, or to one person
    ("in_outsourcer", "24. Arbitration\nAny dispute not resolved by negotiation within thirty days shall be finally "
     "settled by arbitration under the ICC Rules, seated in Singapore.\n", False),
    ("uk_public", "27. Expert Determination\nAny disagreement about the Charges shall be referred to an independent "
     "accountant appointed by the President of the Institute of Chartered Accountants, whose decision is binding.\n",
     False),
    ("de_translated", "§ 14 Disputes\nIf a disagreement is still unresolved after thirty days, either party may refer "
     "it to mediation or bring an action before the courts of Stuttgart.\n", False),
    # decoys: a procedure still to be agreed
    ("hospital", "8. Escalation\nThe parties shall agree an escalation procedure within sixty (60) days after the "
     "Effective Date.\n", False),
    # decoys: escalation of privileges, escalating risks
    ("saas", "7. Security\nWe protect the platform against escalation of privileges, injection attacks and "
     "unauthorised access.\n", False),
    ("de_translated", "§ 9 Information duties\nThe Contractor shall notify the Client without delay of escalating "
     "security risks it observes in the Client's systems.\n", False),
    # decoys: the customer's own internal chain
    ("hospital", "5. Hospital Responsibilities\nClinical incidents are escalated under the Hospital's own clinical "
     "escalation policy, which is not part of this Agreement.\n", False),
    ("freelance", "7. Your part\nYour practice manager decides which jobs come to me and approves any spending over "
     "$300.\n", False),
    ("uk_public", "1. Interpretation\n1.5 The Council's Escalation Policy for Staff Grievances governs employment "
     "matters only and forms no part of this Contract.\n", False),
    # decoys: roles named, nothing moves up
    ("us_msp", "3. Contacts\nProvider's account manager is the Client's day-to-day contact, and Client's office "
     "manager is Provider's day-to-day contact.\n", False),
    ("telecom", "18. Notices\nNotices shall be sent to the Chief Executive Officer of the receiving party at its "
     "registered office.\n", False),
]


def test_a_titled_clause_under_background_recitals_is_no_recital(tmp_path, rulebook):
    # a bold "BACKGROUND" heading holds the numbered Markdown clauses after it: they are operative, not recitals
    text = ("# SUPPORT AGREEMENT\n\n**PARTIES**\n\n(1) **ORBEL HOSTING LIMITED** (the **Supplier**); and\n\n"
            "(2) **TAMSIN FOODS PLC** (the **Customer**).\n\n**BACKGROUND**\n\n(A) The Customer runs an online "
            "shop.\n\n(B) The Supplier has agreed to host it on these terms.\n\n## 1. SERVICES\n\n1.1 The Supplier "
            "shall host and support the Customer's shop.\n\n## 2. SERVICE MANAGEMENT\n\n2.1 If a fault is not fixed "
            "within 4 hours, the Supplier's duty manager shall call the Customer's Head of IT.\n")
    path = tmp_path / "agreement.md"
    path.write_text(text, encoding="utf-8")
    [finding] = [f for f in review_documents([load_document(path)], rulebook).findings if f.rule == "SLA-ESCALATION"]
    assert finding.status == "met", finding.message


@pytest.mark.parametrize(("drafter", "body", "present"), params(ESCALATION, ids=lambda c, i: f"{c[0]}-{c[1].split(chr(10))[0][:40]}"))
def test_escalation_as_each_drafter_words_it(tmp_path, rulebook, drafter, body, present):
    assert_found(tmp_path, rulebook, "SLA-ESCALATION", framed(DRAFTERS, drafter, body), present)


@pytest.mark.parametrize("drafter", sorted(DRAFTERS))
def test_each_frame_alone_holds_no_escalation(tmp_path, rulebook, drafter):
    assert_none_found(tmp_path, rulebook, ("SLA-ESCALATION",), framed(DRAFTERS, drafter, ""))
