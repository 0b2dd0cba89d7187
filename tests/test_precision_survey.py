"""Scope, pricing and confidentiality where they are not (issue 9): the decoys of writers who plant an element's
words where the element is not (a schedule or order form that is not attached, a definition never used, a contents
list, the other side's duty, a prohibition, a survival list, a DPA, an NDA or an acceptable-use policy with no service
in it), and the clauses of eight drafters that do hold the element. Clauses of our own."""

from __future__ import annotations

import pytest

from survey_harness import assert_found, framed, params

BARE = {
    "dpa": ('DATA PROCESSING ADDENDUM\n\nThis Addendum is made between Harwick Analytics Ltd ("Processor") and Solent '
            'Marine Ltd ("Controller") and forms part of the Principal Agreement between them.\n\n', '\n\n9. Law\nThis '
            'Addendum is governed by the law of England and Wales.\n'),
    "nda": ('MUTUAL NON-DISCLOSURE AGREEMENT\n\nThis Agreement is made between Harwick Analytics Ltd and Solent Marine '
            'Ltd (each a "Party").\n\n', '\n\n7. Law\nThis Agreement is governed by the law of Scotland.\n'),
    "aup": ('ACCEPTABLE USE POLICY\n\nThis Policy applies to every customer of Pellow Cloud Hosting Inc. ("we", "us") '
            '("you").\n\n', '\n\n6. Changes\nWe may update this Policy by posting a new version on our website.\n'),
    "msa": ('MASTER AGREEMENT\n\nThis Master Agreement is made between Orbel Systems Ltd ("Supplier") and Tamsin Foods '
            'plc ("Customer").\n\n', '\n\n20. Law\nThis Agreement is governed by the law of England and Wales.\n'),
    "us": ('MASTER AGREEMENT\n\nThis Master Agreement is entered into between Brightwater Technology, LLC ("Provider") '
           'and Halvorsen Freight, Inc. ("Client").\n\n', '\n\n20. Governing Law\nThis Agreement is governed by the laws '
           'of the State of Minnesota.\n'),
    "in": ('MASTER AGREEMENT\n\nThis Agreement is executed between Saptagiri Infotech Private Limited ("Service '
           'Provider") and Lakeshore Mutual Insurance Company ("Client").\n\n', '\n\n25. Governing Law\nThis Agreement '
           'shall be governed by the laws of India.\n'),
    "de": ('CONTRACT\n\nbetween Kessler Systemhaus GmbH, Stuttgart (hereinafter "Contractor") and Brandt Maschinenbau AG, '
           'Esslingen (hereinafter "Client")\n\n', '\n\n§ 15 Final provisions\nThe law of the Federal Republic of Germany '
           'applies.\n'),
    "free": ('AGREEMENT\n\nThis agreement is between Jordan Ellis ("I", "me") and Pinecrest Therapy Studio LLC ("you")'
             '.\n\n', '\n\n12. Law\nOregon law governs this agreement.\n'),
}

SCOPE = [
    # decoys: no service described
    ("dpa", '1. Definitions\n"Services" means the services provided under the Principal Agreement.\n2. Processing\nThe '
     'Processor shall process Personal Data only on the documented instructions of the Controller.\n', False),
    ("nda", '1. Purpose\nThe Parties intend to discuss a possible arrangement under which Harwick might supply analytics '
     'services to Solent (the "Purpose").\n2. Use\nEach Party shall use the other\'s information only for the Purpose.\n',
     False),
    ("msa", 'CONTENTS\n1. Definitions\n2. Scope of Services\n3. Service Levels\n4. Fees\n5. Term\n', False),
    ("msa", '2. Orders\nThe Supplier shall provide the Services set out in each Order Form signed by both parties from '
     'time to time.\n', False),
    ("msa", '1. Definitions\n"Support Services" means the support services described in Schedule 2.\n"Business Day" '
     'means a day other than a Saturday or Sunday.\n', False),
    ("msa", '4. Customer Responsibilities\nThe Customer shall maintain its own servers and network and shall give the '
     'Supplier remote access when asked.\n', False),
    ("aup", '2. Prohibited Use\nYou must not use the hosting services to send unsolicited bulk email or to store '
     'unlawful material.\n', False),
    ("us", '8. Non-Solicitation\nDuring the Term, Provider shall not provide consulting services to any direct competitor '
     'of Client.\n', False),
    ("msa", '9. Insurance\nThe Supplier shall maintain professional indemnity insurance of not less than £1 million in '
     'respect of the services.\n', False),
    ("msa", '10. Subcontracting\nThe Supplier may subcontract any part of the Services only with the Customer\'s prior '
     'written consent.\n', False),
    ("aup", '5. Questions\nQuestions about this Policy may be sent to our help desk at help@pellow.example.\n', False),
    ("us", '4. Fees\nThe fees for the managed services are set out in the Order Form.\n', False),
    ("dpa", '4. Assistance\nThe Processor shall provide reasonable assistance to the Controller with data subject '
     'requests.\n', False),
    ("nda", '3. No Obligation\nNothing in this Agreement obliges either Party to provide any services or to enter into '
     'any further agreement.\n', False),
    ("dpa", '2. Subject matter\nThe Processor shall provide the processing services described in the Principal '
     'Agreement.\n', False),
    ("dpa", '6. Records\nThe Processor shall maintain records of all processing it carries out for the Controller.\n',
     False),
    ("nda", '2. Use\nThe Recipient shall not use the other Party\'s information to provide services to any third '
     'party.\n', False),
    ("aup", '4. Suspension\nWe may suspend the hosting services if you breach this Policy.\n', False),
    ("msa", '5. Standards\nThe Supplier shall provide the Services with reasonable skill and care.\n', False),
    # present
    ("msa", '2. Services\nThe Supplier will provide first-line support for the Customer\'s 40 laptops and two file '
     'servers.\n', True),
    ("us", '2. Scope\nThe services comprise monitoring of network devices, monthly patching of Windows servers and a '
     'service desk from 8am to 6pm.\n', True),
    ("free", '1. What I do\nI will host your website, apply security updates and make up to one hour of content edits a '
     'month.\n', True),
    ("in", '2. Scope of Work\nThe scope of work includes L1 and L2 support for the Client\'s SAP landscape.\n', True),
    ("de", '§ 1 Subject matter\nThe Contractor undertakes the maintenance of the Client\'s telephone system.\n', True),
    ("msa", '2. Services\nThe Supplier will:\n(a) monitor the Customer\'s servers around the clock;\n(b) apply security '
     'patches every month.\n', True),
    ("msa", '2. Connectivity\nThe Supplier shall provide a 100 Mbps leased line between the Customer\'s two depots.\n',
     True),
    ("msa", '2. Maintenance\nThe Supplier shall maintain the Customer\'s infusion pumps and patient monitors in good '
     'working order.\n', True),
]

PRICING = [
    # decoys: no price and no payment term
    ("us", '4. Fees\nThe fees for the Services are set out in the Order Form.\n', False),
    ("msa", 'CONTENTS\n1. Definitions\n2. Services\n3. Charges and Payment\n4. Term\n', False),
    ("msa", '1. Definitions\n"Charges" means the charges payable under an Order.\n"Business Day" means a day other '
     'than a Saturday or Sunday.\n', False),
    ("msa", '7. Supply Chain\nThe Supplier shall pay its subcontractors within 30 days of receiving a valid invoice from '
     'them.\n', False),
    ("nda", '4. No Obligation\nNothing in this Agreement obliges either Party to pay any fee or to buy anything from the '
     'other.\n', False),
    ("msa", '8. Staff\nThe Supplier shall pay its staff at least the real Living Wage.\n', False),
    ("msa", '9. Audit\nIf an audit shows that the Customer was overcharged, the Supplier shall pay the cost of the '
     'audit.\n', False),
    ("us", '12. Liability\nProvider\'s total liability shall not exceed the fees paid by Client in the twelve months '
     'before the claim.\n', False),
    ("dpa", '5. Costs\nEach party shall bear its own costs of complying with this Addendum.\n', False),
    ("in", '6. Charges\nThe charges shall be as agreed in the relevant Purchase Order issued by Client.\n', False),
    ("msa", '4. Charges\nThe Customer shall pay the Charges in accordance with Schedule 3.\n', False),
    ("aup", '4. Suspension\nWe may suspend your account if you use the service to mine cryptocurrency, and you must pay '
     'us for any resulting costs.\n', False),
    ("us", '4. Fees\nClient shall pay the fees described in Exhibit B.\n', False),
    ("msa", '1. Definitions\n"Fees" means the fees set out in the Order Form.\n', False),
    # present
    ("us", '4. Fees\nClient shall pay $1,200 per month for the Services, invoiced monthly in advance.\n', True),
    ("msa", '4. Charges\n| Item | Charge |\n| Per user per month | £45 |\n| On-site visit | £90 |\n', True),
    ("de", '§ 6 Remuneration\nThe Contractor receives a flat monthly fee of EUR 2,000 plus VAT.\n', True),
    ("in", '6. Payment\nClient shall release payment within 45 days of receipt of a valid invoice.\n', True),
    ("us", '4. Rates\nTime and materials at $150 per hour, billed in 15-minute increments.\n', True),
    ("free", '4. What it costs\nI charge $80 an hour and send you a bill at the end of each month.\n', True),
    ("msa", '4. Charges\nThe Customer shall pay an installation charge of £500 and a rental of £300 per circuit per '
     'month.\n', True),
    ("msa", '4. Charges\nThe annual support charge is £48,000, payable quarterly in advance.\n', True),
]

CONF = [
    # decoys: no duty to keep a secret
    ("msa", '1. Definitions\n"Confidential Information" means information marked as confidential.\n"Business Day" '
     'means a day other than a Saturday or Sunday.\n', False),
    ("msa", 'CONTENTS\n1. Definitions\n2. Services\n3. Confidentiality\n4. Term\n', False),
    ("msa", '19. Entire Agreement\nThis Agreement supersedes any earlier non-disclosure agreement between the parties.\n',
     False),
    ("msa", '18. Survival\nClauses 8 (Confidentiality), 10 (Liability) and 20 (Law) survive termination of this '
     'Agreement.\n', False),
    ("msa", '6. Freedom of Information\nThe Customer may disclose any information about this Agreement under the '
     'Freedom of Information Act 2000.\n', False),
    ("us", '7. Client Duties\nClient shall keep its own passwords confidential and shall not share them with Provider\'s '
     'staff.\n', False),
    ("msa", '6. Security\nThe Supplier shall protect the confidentiality, integrity and availability of Customer Data.\n',
     False),
    ("msa", '15. Disclosure required by law\nNothing in this Agreement prevents either party from disclosing information '
     'where the law requires it.\n', False),
    ("aup", '3. Public Content\nContent you publish on our servers is public and is not treated as confidential.\n', False),
    ("dpa", '3. Processing\nThe Processor shall process Personal Data only on the documented instructions of the '
     'Controller.\n', False),
    ("us", '9. Publicity\nProvider may name Client as a customer, and nothing in this Agreement is confidential except '
     'its pricing, which the parties shall agree separately.\n', False),
    ("msa", '12. Remedies\nDamages may not be an adequate remedy for a breach of clause 8 (Confidentiality).\n', False),
    ("msa", '11. Exceptions\nThe cap in clause 10 does not apply to a party\'s breach of its confidentiality '
     'obligations.\n', False),
    ("us", '15. Assignment\nProvider may assign this Agreement to a successor that agrees to be bound by its '
     'confidentiality terms.\n', False),
    # present
    ("msa", '8. Confidentiality\nEach party shall keep the other\'s Confidential Information secret and use it only to '
     'perform this Agreement.\n', True),
    ("free", '6. Privacy\nI won\'t tell anyone what I see on your machines.\n', True),
    ("in", '8. Confidentiality\nService Provider shall maintain strict confidentiality of all Client data that it '
     'receives.\n', True),
    ("de", '§ 9 Secrecy\nThe Contractor is obliged to maintain secrecy about all business and trade secrets of the Client '
     'that become known to it.\n', True),
    ("msa", '8. Customer Data\nThe Supplier shall not disclose Customer Data to any third party without the Customer\'s '
     'prior written consent.\n', True),
    ("msa", '8. Patient Information\nThe Supplier shall keep patient information confidential and use it for no other '
     'purpose.\n', True),
    ("msa", '8. Traffic Data\nThe Supplier shall treat call records and traffic data as confidential.\n', True),
    ("nda", '2. Obligations\nEach Party shall hold the other Party\'s information in confidence for three years.\n', True),
]

# decoys checker still takes as present: a help desk named only as an address for questions (a channel, not what is
# supported; in an IT contract the same words are the service), an assignee bound by the confidentiality terms
# (a duty named, not laid; the same words in a subcontracting clause do lay one)
STILL_FOUND = {("SCOPE-SERVICES", 10), ("DATA-CONFIDENTIALITY", 13)}
CASES = [(rule, i, *case) for rule, cases in (("SCOPE-SERVICES", SCOPE), ("COMM-PRICING", PRICING),
                                              ("DATA-CONFIDENTIALITY", CONF)) for i, case in enumerate(cases)]


@pytest.mark.parametrize(("rule", "index", "frame", "body", "present"), params(
    CASES, ids=lambda c, i: f"{c[0]}-{c[2]}-{c[1]}", still_wrong=lambda c: "a decoy still found" if c[:2] in STILL_FOUND else None))
def test_each_element_is_found_only_where_it_is(tmp_path, rulebook, rule, index, frame, body, present):
    assert_found(tmp_path, rulebook, rule, framed(BARE, frame, body), present)
