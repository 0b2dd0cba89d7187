"""Backup, HIPAA, confidentiality, scope, pricing and resolution found only where they are (issue 9): a third
drafter survey, written for the decoys that recur where the held-out sets' writers plant them: backups left to
the customer, the customer's own duty, a prohibition or a ban on health data, a schedule that is not attached, a
definition never used, a contents list, the element's words in a clause about something else, a policy
"available on request", an exclusion from the services. Eight voices (a US MSP, a UK council, an Indian
outsourcer, a German firm in translation, a freelance administrator, a SaaS vendor's support exhibit, a US
hospital's contractor, a carrier), each clause of my own words; about half decoys and half clauses that hold the
element (some vague). The frames hold nothing of any element under test but the parties and the law.

Against the rules before this survey, 14 of the first 134 were wrong: backup 2 false finds (a backup policy "available
on request", a backup concept "to be agreed after signature"), data.hipaa 2 false finds (the customer's own HIPAA
compliance as "you're responsible for", a BAA on request) and 2 misses (a use of PHI limited to a purpose, the books
opened to the Secretary), data.confidentiality 1 false find (a policy on request) and 1 miss ("neither party shall pass
on"), scope.services 2 false finds (a subcontracting clause naming the help desk, a document titled "SUPPORT EXHIBIT")
and 2 misses ("takes over the maintenance and care of", "I look after"), pricing 2 false finds (fees "to be agreed in a
separate quotation", an invoice-dispute clause). The second round (LATER), written after those were fixed, had 6 of its
31 wrong then (10 against the old rules), among them a resolution target "available on request"; none is wrong now."""

from __future__ import annotations

import pytest

from survey_harness import assert_found, framed, params

FRAMES = {
    "us_msp": ('MANAGED SERVICES AGREEMENT\n\nThis Agreement is made between Redfern Technology Partners, Inc. '
               '("Provider") and Cascade Valley Orthopedics, P.C. ("Client").\n\n',
               '\n\n22. Governing Law\nThis Agreement is governed by the laws of the State of Oregon.\n'),
    "uk_council": ('CONTRACT FOR ICT SERVICES\n\nThis Contract is made between Wexcombe District Council ("the '
                   'Council") and Brannock Digital Limited ("the Supplier").\n\n',
                   '\n\n31. Law\nThis Contract is governed by the law of England and Wales.\n'),
    "in_out": ('MASTER SERVICES AGREEMENT\n\nThis Agreement is executed between Kaveri Digital Solutions Private '
               'Limited ("Service Provider") and Harborview Medical Billing, Inc. ("Client").\n\n',
               '\n\n26. Governing Law\nThis Agreement shall be governed by the laws of the State of Texas.\n'),
    "de_trans": ('SERVICE CONTRACT\n\nbetween Albrecht IT-Service GmbH, Kassel (hereinafter "Contractor") and Vogt '
                 'Werkzeugbau GmbH, Fulda (hereinafter "Client")\n\n',
                 '\n\n§ 14 Final provisions\nThe law of the Federal Republic of Germany applies.\n'),
    "freelance": ('SUPPORT AGREEMENT\n\nThis agreement is between Casey Lindqvist ("I", "me") and Juniper Family '
                  'Dentistry PLLC ("you").\n\n', '\n\n11. Law\nColorado law governs this agreement.\n'),
    "saas": ('SUPPORT EXHIBIT\n\nThis Exhibit forms part of the Subscription Agreement between Halyard Cloud, Inc. '
             '("Halyard", "we") and the subscribing organisation ("Customer", "you").\n\n',
             '\n\n9. Governing Law\nThis Exhibit is governed by the laws of the State of Delaware.\n'),
    "hospital": ('INFORMATION SYSTEMS SERVICES AGREEMENT\n\nThis Agreement is made between Mercy Ridge Medical Center '
                 '("Hospital") and Northgate Systems Integration, LLC ("Contractor").\n\n',
                 '\n\n25. Governing Law\nThis Agreement is governed by the laws of the State of Missouri.\n'),
    "telecom": ('MANAGED CONNECTIVITY AGREEMENT\n\nThis Agreement is made between Ridgeline Telecom, Inc. ("Carrier") '
                'and Bellweather Credit Union ("Customer").\n\n',
                '\n\n21. Governing Law\nThis Agreement is governed by the laws of the State of Kansas.\n'),
}

BACKUP = [
    # present, measurable
    ("us_msp", "6. Backups\nProvider shall take an incremental backup of Client's practice-management server every "
     "night and a full backup every Sunday, and shall keep each full backup for twelve weeks.\n", True),
    ("uk_council", "8. Recovery\nThe Supplier shall be able to recover the Council's revenue and benefits system "
     "with a recovery point objective of 4 hours and a recovery time objective of 24 hours.\n", True),
    ("in_out", "9. Backup\nService Provider shall take daily backups of the billing database, store one copy at its "
     "Pune facility and test a restore every month.\n", True),
    ("de_trans", "§ 6 Data backup\nThe Contractor carries out a data backup of the file servers every working day "
     "and keeps the backup media in a fireproof safe outside the Client's premises.\n", True),
    ("freelance", "4. Your files\nEvery night I copy your server's shared folders to an encrypted cloud store and "
     "keep thirty days of versions.\n", True),
    ("saas", "5. Data Protection\nHalyard backs up Customer Data every six hours and will restore it from backup at "
     "Customer's request within one business day.\n", True),
    ("hospital", "7. Disaster Recovery\nContractor shall maintain a disaster recovery site for the Hospital's "
     "clinical systems and shall run a failover test twice a year.\n", True),
    ("telecom", "6. Configuration Backups\nCarrier shall back up the configuration of each managed router after "
     "every change and shall reload it when a router is replaced.\n", True),
    # present, vague
    ("us_msp", "6. Data\nProvider will back up Client's data regularly.\n", True),
    ("uk_council", "8. Continuity\nThe Supplier shall maintain a business continuity plan for the services it "
     "provides to the Council.\n", True),
    ("in_out", "9. Backup\nService Provider shall take backups as per the backup policy agreed with Client.\n", True),
    ("freelance", "4. Backups\nI'll make sure your important files are backed up.\n", True),
    # decoys: the customer's own duty
    ("uk_council", "9. Council Data\nThe Council shall keep its own copies of all documents it uploads to the "
     "portal.\n", False),
    ("hospital", "9. Hospital Responsibilities\nThe Hospital shall test the restoration of its own backups at least "
     "once a quarter.\n", False),
    ("saas", "6. Your Responsibilities\nThe Service is not a backup service, and you must keep your own copies of "
     "anything you upload.\n", False),
    # the provider's backup duty excluded
    ("freelance", "5. What I don't do\nBacking up data saved on your laptops' local drives is not part of my "
     "work.\n", False),
    ("telecom", "4. Exclusions\nThe Services do not include the backup of any data held on Customer's branch "
     "computers.\n", False),
    # a policy available on request, a schedule not attached, a definition never used, a contents list
    ("us_msp", "14. Policies\nProvider's backup policy is available to Client on request.\n", False),
    ("de_trans", "§ 7 Annexes\nThe backup concept (Annex 3) will be agreed by the parties after signature.\n", False),
    ("in_out", "1. Definitions\n\"Backup Media\" means tapes, disks or cloud storage on which copies of data are "
     "kept.\n\"Business Day\" means a day on which banks in Mumbai are open.\n", False),
    ("uk_council", "CONTENTS\n1. Definitions\n2. Services\n3. Backup and Recovery\n4. Charges\n5. Term\n", False),
    # the words in a clause about something else
    ("hospital", "12. Insurance\nContractor shall carry cyber insurance that covers the cost of recovering data "
     "after a security incident.\n", False),
    ("saas", "7. Account Deletion\nWhen you close your account we delete your data, and it ages out of our backups "
     "within 35 days.\n", False),
    ("telecom", "13. Future Services\nThe parties may discuss adding a managed backup service at the first annual "
     "review.\n", False),
    ("de_trans", "§ 10 Copies\nThe Contractor shall not make copies of the Client's data except where necessary to "
     "perform this contract.\n", False),
]

HIPAA = [
    # present
    ("us_msp", "9. HIPAA\nProvider is Client's business associate and shall safeguard the protected health "
     "information it can reach on Client's systems as the HIPAA Security Rule requires.\n", True),
    ("in_out", "10. Protected Health Information\nService Provider shall not use or disclose PHI except to perform "
     "the billing services and shall notify Client of any breach of unsecured PHI within ten days.\n", True),
    ("hospital", "10. Business Associate Agreement\nContractor shall comply with the Business Associate Agreement "
     "signed by the parties together with this Agreement.\n", True),
    ("freelance", "7. Patient privacy\nI'll keep your patients' health information private as HIPAA requires, and "
     "I've signed your business associate agreement.\n", True),
    ("saas", "6. Health Data\nWhere you are a covered entity, our Business Associate Addendum governs the PHI you "
     "store in the Service.\n", True),
    ("hospital", "10. ePHI\nContractor shall encrypt all ePHI it stores and shall require each subcontractor that "
     "handles ePHI to agree to the same restrictions.\n", True),
    ("us_msp", "9. Patient Data\nProvider shall comply with 45 C.F.R. Part 164, Subpart C, for the electronic "
     "protected health information on Client's network.\n", True),
    ("in_out", "10. HIPAA\nService Provider agrees to the business associate terms attached as Exhibit D.\n", True),
    ("telecom", "10. Health Information\nIf Customer's traffic carries PHI, Carrier shall protect it as a business "
     "associate under HIPAA.\n", True),
    ("freelance", "7. HIPAA\nI'll follow HIPAA whenever I work on a machine that holds patient records.\n", True),
    ("hospital", "10. Privacy\nContractor shall make its books and records about its use of PHI available to the "
     "Secretary of HHS.\n", True),
    # decoys: a ban on health data
    ("saas", "8. Restricted Data\nYou must not upload protected health information to the Service.\n", False),
    ("telecom", "11. Prohibited Content\nCustomer shall not send PHI through the guest network.\n", False),
    ("us_msp", "10. Out of scope\nThe Services are not designed for data regulated by HIPAA, and Client shall not "
     "store PHI on the hosted file share.\n", False),
    # the customer's own duty
    ("hospital", "11. Hospital Compliance\nThe Hospital remains solely responsible for its own compliance with "
     "HIPAA.\n", False),
    ("freelance", "8. Your duties\nYou're responsible for your practice's HIPAA compliance and for training your "
     "staff.\n", False),
    # a BAA on request, not attached, a definition never used, a contents list
    ("saas", "10. Documents\nOur standard business associate agreement is available on request.\n", False),
    ("telecom", "12. Exhibits\nA business associate agreement will be provided as Exhibit F if the parties so "
     "agree.\n", False),
    ("hospital", "1. Definitions\n\"Covered Entity\" has the meaning given in 45 C.F.R. 160.103.\n\"Go-Live\" means "
     "the day the new system is first used.\n", False),
    ("in_out", "TABLE OF CONTENTS\n1. Definitions\n2. Services\n3. HIPAA and Business Associate Terms\n4. Fees\n",
     False),
    # the words elsewhere: not a business associate, another country's law, a recital
    ("us_msp", "11. Status\nThe parties agree that Provider is not a business associate of Client.\n", False),
    ("in_out", "11. Indian Law\nService Provider shall process personal data of its own staff under the Digital "
     "Personal Data Protection Act, 2023.\n", False),
    ("hospital", "WHEREAS the Hospital is a covered entity under HIPAA and wishes to modernise its network;\n", False),
    ("telecom", "14. Insurance\nCarrier shall maintain insurance of $2,000,000 per claim, whether or not a claim "
     "involves HIPAA.\n", False),
]

CONF = [
    # present
    ("us_msp", "12. Confidentiality\nEach party shall keep the other's Confidential Information confidential and "
     "use it only for this Agreement.\n", True),
    ("uk_council", "15. Confidentiality\nThe Supplier shall not disclose any Council information to a third party "
     "without the Council's written consent.\n", True),
    ("in_out", "12. Non-Disclosure\nService Provider shall ensure that its personnel keep all Client information "
     "strictly confidential during and after the term.\n", True),
    ("de_trans", "§ 9 Confidentiality\nThe Contractor shall treat as confidential all information about the "
     "Client's business that becomes known to it.\n", True),
    ("freelance", "6. Privacy\nAnything I see on your computers stays between us.\n", True),
    ("saas", "6. Confidentiality\nWe will keep your support tickets and their attachments confidential.\n", True),
    ("hospital", "13. Confidential Information\nContractor shall hold all Hospital information in strict confidence "
     "and shall return it at the end of this Agreement.\n", True),
    ("telecom", "15. Confidentiality\nNeither party shall reveal the terms of this Agreement to any third party.\n",
     True),
    ("uk_council", "15. Confidentiality\nThe Supplier shall keep confidential information confidential.\n", True),
    ("de_trans", "§ 9 Secrecy\nNeither party shall pass on the other's trade secrets to third parties, during the "
     "contract or for five years after its end.\n", True),
    ("in_out", "12. Confidentiality\nThe confidentiality undertaking signed by the parties on 1 March 2024 is "
     "incorporated in this Agreement.\n", True),
    # decoys: a definition never used, a contents list, a policy on request
    ("us_msp", "1. Definitions\n\"Confidential Information\" means non-public information disclosed by a party.\n"
     "\"Site\" means Client's clinic at 40 Alder Street.\n", False),
    ("uk_council", "CONTENTS\n1. Definitions\n2. Services\n3. Confidentiality\n4. Charges\n", False),
    ("saas", "8. Policies\nOur confidentiality policy is available on request.\n", False),
    # the customer's own duty, the other side's passwords
    ("telecom", "9. Customer Duties\nCustomer shall keep its router passwords confidential.\n", False),
    ("hospital", "9. Hospital Duties\nThe Hospital shall keep its staff's login credentials secret.\n", False),
    # the words in a clause about something else
    ("uk_council", "20. Transparency\nThe Council may publish this Contract, and the Supplier agrees that none of it "
     "is confidential.\n", False),
    ("in_out", "16. Whistleblowing\nService Provider shall give its staff a confidential hotline for reporting "
     "misconduct.\n", False),
    ("us_msp", "17. Limitation of Liability\nThe cap does not apply to a breach of a party's confidentiality "
     "obligations.\n", False),
    ("de_trans", "§ 12 Term\nSections 9 (Confidentiality) and 11 (Liability) survive the end of this contract.\n",
     False),
    ("freelance", "9. References\nYou agree I can name your practice as a client on my website.\n", False),
    ("telecom", "16. Security\nCarrier shall protect the confidentiality, integrity and availability of its own "
     "network.\n", False),
    # a prohibition of the words' use, and an NDA to be signed later
    ("saas", "9. Feedback\nFeedback you give us is not confidential, and we may use it freely.\n", False),
    ("hospital", "14. NDA\nThe parties may enter into a separate non-disclosure agreement if needed.\n", False),
]

SCOPE = [
    # present
    ("us_msp", "2. Services\nProvider will monitor Client's 60 workstations and three servers around the clock and "
     "apply patches every month.\n", True),
    ("uk_council", "2. The Services\nThe Supplier shall provide a service desk for the Council's 400 staff from 8am "
     "to 6pm on working days.\n", True),
    ("in_out", "2. Scope of Services\nService Provider shall provide L1 and L2 application support for the Client's "
     "billing platform.\n", True),
    ("de_trans", "§ 1 Subject of the contract\nThe Contractor takes over the maintenance and care of the Client's "
     "network and its 80 PCs.\n", True),
    ("freelance", "1. What I do\nI look after your office network, your five computers and your printer.\n", True),
    ("saas", "2. Support\nSupport covers the Halyard application, its mobile apps and its integrations.\n", True),
    ("hospital", "2. Services\nContractor shall manage the Hospital's data centre, wireless network and 900 "
     "end-user devices.\n", True),
    ("telecom", "2. Services\nCarrier shall provide and manage a private network linking Customer's 14 branches.\n",
     True),
    ("us_msp", "2. Services\nProvider will provide managed IT services.\n", True),
    ("uk_council", "2. The Services\nThe Supplier shall provide the support services for the Council's systems.\n",
     True),
    ("in_out", "2. Services\nThe services include server administration, database monitoring and a help desk.\n",
     True),
    # decoys: an exclusion from the services
    ("freelance", "3. What's not covered\nPrinter repairs, phone systems and software licences are not covered.\n",
     False),
    ("telecom", "4. Exclusions\nThe Services exclude the support of Customer's in-branch computers and ATMs.\n",
     False),
    # a schedule not attached, a definition never used, a contents list, a recital
    ("uk_council", "3. Specification\nThe Services will be described in a Specification to be agreed after the "
     "Commencement Date.\n", False),
    ("us_msp", "1. Definitions\n\"Managed Services\" means the services set out in the applicable Statement of "
     "Work.\n\"Business Hours\" means 8am to 5pm.\n", False),
    ("hospital", "TABLE OF CONTENTS\n1. Definitions\n2. Scope of Services\n3. Service Levels\n4. Fees\n", False),
    ("in_out", "WHEREAS Client wishes to obtain application support services and Service Provider has the skills to "
     "provide them;\n", False),
    # the customer's duty, the provider's right, the words in a clause about something else
    ("hospital", "8. Hospital Duties\nThe Hospital shall give Contractor remote access to the servers and a desk in "
     "its IT office.\n", False),
    ("us_msp", "15. Subcontractors\nProvider may use subcontractors to staff the help desk with Client's consent.\n",
     False),
    ("saas", "7. Service Descriptions\nDescriptions of each support plan are published on our website.\n", False),
    ("de_trans", "§ 11 Termination\nEither party may terminate the maintenance services with three months' notice "
     "to the end of a quarter.\n", False),
    ("telecom", "17. Exit\nOn termination Carrier shall cooperate in the transfer of the managed services to a "
     "successor provider.\n", False),
    ("uk_council", "24. Disputes\nAny dispute about the support services shall first go to the contract managers.\n",
     False),
    ("in_out", "18. Non-Solicitation\nClient shall not hire any engineer who provided the application support services "
     "for twelve months.\n", False),
]

PRICING = [
    # present
    ("us_msp", "4. Fees\nClient shall pay Provider $140 per workstation per month, invoiced monthly in advance.\n",
     True),
    ("uk_council", "5. Charges\nThe Council shall pay a fixed charge of £6,500 per quarter within 30 days of a valid "
     "invoice.\n", True),
    ("in_out", "5. Commercials\nThe Client shall pay a monthly retainer of USD 9,800 for the Services.\n", True),
    ("de_trans", "§ 5 Remuneration\nThe Client pays the Contractor EUR 95 per hour of work, invoiced monthly.\n",
     True),
    ("freelance", "3. Cost\nMy rate is $85 an hour, and I bill you at the end of each month.\n", True),
    ("saas", "3. Support Fees\nPremium support costs 20% of the annual subscription fee.\n", True),
    ("hospital", "5. Compensation\nHospital shall pay Contractor a fixed fee of $38,000 per month, net 45.\n", True),
    ("telecom", "5. Charges\nEach branch connection costs $420 a month, and installation is $1,500 per site.\n",
     True),
    ("us_msp", "4. Payment\nClient shall pay each invoice within 30 days of its date.\n", True),
    ("uk_council", "5. Charges\nThe Council shall pay the Supplier a monthly charge for the Services.\n", True),
    ("in_out", "5. Payment Terms\nInvoices shall be raised monthly in arrears and paid within 45 days.\n", True),
    # decoys: a quotation to come, a definition never used, a contents list, prices on the web or on request
    ("de_trans", "§ 5 Remuneration\nThe remuneration will be agreed in a separate quotation.\n", False),
    ("hospital", "1. Definitions\n\"Fees\" means the amounts stated in Exhibit B.\n\"Go-Live\" means the day the "
     "new system is first used.\n", False),
    ("telecom", "TABLE OF CONTENTS\n1. Definitions\n2. Services\n3. Charges and Payment\n4. Term\n", False),
    ("saas", "4. Prices\nOur current prices are published on our website.\n", False),
    ("us_msp", "13. Rate Card\nProvider's rate card is available to Client on request.\n", False),
    # the words in a clause about something else
    ("uk_council", "18. Costs\nEach party shall bear its own costs of preparing and signing this Contract.\n",
     False),
    ("in_out", "19. Taxes\nEach party shall pay the taxes levied on its own income.\n", False),
    ("freelance", "9. Liability\nMy liability is capped at the amount you paid me in the last three months.\n",
     False),
    ("hospital", "16. Audit\nContractor shall keep records of all amounts invoiced for three years.\n", False),
    ("telecom", "18. Disputes\nA dispute about an invoice shall be raised within 30 days of its receipt.\n", False),
    ("us_msp", "16. Non-Solicitation\nIf Client hires one of Provider's engineers, Client shall pay a placement fee "
     "equal to the engineer's salary.\n", False),
    ("de_trans", "§ 13 Contractual penalty\nFor each breach of confidentiality the Contractor shall pay a penalty of "
     "EUR 5,000.\n", False),
    ("saas", "5. Free Support\nStandard support is included in your subscription at no extra charge.\n", False),
]

RESOLUTION = [
    # present
    ("us_msp", "8. Service Levels\nProvider shall resolve Priority 1 incidents within four hours and Priority 2 "
     "incidents within one business day.\n", True),
    ("uk_council", "8. Fix Times\nThe Supplier shall restore the service within 8 working hours of a Severity 1 "
     "call.\n", True),
    ("telecom", "8. Repair\nCarrier shall repair any fault on a branch connection within six hours of its "
     "report.\n", True),
    ("hospital", "8. Resolution\nContractor shall fix critical incidents affecting patient care within two hours.\n",
     True),
    ("saas", "4. Targets\nWe aim to provide a workaround for Urgent tickets within 8 hours.\n", True),
    ("freelance", "5. Fixes\nI'll have your network working again within one working day of your call.\n", True),
    # decoys
    ("uk_council", "9. Council Duties\nThe Council shall resolve password resets for its own staff within one "
     "hour.\n", False),
    ("hospital", "CONTENTS\n1. Definitions\n2. Services\n3. Resolution Times\n4. Fees\n", False),
    ("us_msp", "8. Service Levels\nResolution times are set out in Schedule 3, which will be agreed after "
     "onboarding.\n", False),
    ("de_trans", "§ 8 Disputes\nThe parties shall resolve any dispute within 30 days by negotiation.\n", False),
    ("telecom", "19. Billing\nCarrier shall resolve any billing query within ten business days.\n", False),
    ("saas", "1. Definitions\n\"Resolution Time\" means the time from a ticket's logging to its fix.\n\"Ticket\" "
     "means a request for help.\n", False),
    ("in_out", "20. Complaints\nA complaint about service quality shall be resolved within 15 days.\n", False),
]

# a second round, written after the first was fixed, to see whether the fixes were of the shape or of my wording
LATER = [
    ("backup", "hospital", "15. Documents\nContractor's disaster recovery plan will be shown to the Hospital upon "
     "written request.\n", False),
    ("backup", "telecom", "6. Backup\nCarrier shall keep a copy of each router's configuration and reload it after a "
     "failure; its backup procedures are available on request.\n", True),
    ("backup", "uk_council", "10. Council Responsibilities\nThe Council is responsible for backing up the data held "
     "on its own file servers.\n", False),
    ("backup", "freelance", "5. Backups\nBacking up isn't part of this agreement; please use your own external "
     "drive.\n", False),
    ("backup", "saas", "5. Data Protection\nWe replicate your data to a second region every 15 minutes.\n", True),
    ("backup", "de_trans", "§ 6 Data backup\nThe details of the data backup will be agreed separately.\n", False),
    ("data.hipaa", "saas", "8. Restricted Data\nDo not store PHI in free-text fields of the Service.\n", False),
    ("data.hipaa", "us_msp", "10. BAA\nProvider's business associate agreement is available to Client upon "
     "request.\n", False),
    ("data.hipaa", "telecom", "11. Health Data\nCustomer is responsible for complying with HIPAA in its use of the "
     "network.\n", False),
    ("data.hipaa", "hospital", "10. HIPAA\nContractor shall report to the Hospital any use or disclosure of PHI not "
     "provided for by this Agreement within five business days.\n", True),
    ("data.hipaa", "in_out", "10. PHI\nService Provider shall use PHI only to perform the Services for Client.\n",
     True),
    ("data.confidentiality", "hospital", "13. Documents\nContractor's confidentiality procedures are provided to the "
     "Hospital on request.\n", False),
    ("data.confidentiality", "telecom", "9. Customer Duties\nYou're responsible for keeping your account PINs "
     "confidential.\n", False),
    ("data.confidentiality", "de_trans", "§ 9 Secrecy\nNeither party shall disclose the contents of this contract to "
     "third parties.\n", True),
    ("data.confidentiality", "saas", "6. Confidentiality\nWe won't share your ticket contents with anyone outside "
     "Halyard.\n", True),
    ("data.confidentiality", "uk_council", "20. FOI\nThe Supplier acknowledges that the Council may be required to "
     "disclose information under the Freedom of Information Act 2000.\n", False),
    ("scope.services", "us_msp", "3. Service Catalog\nA description of each managed service is available on "
     "request.\n", False),
    ("scope.services", "uk_council", "4. Exclusions\nThe Services do not include the support of schools' networks or "
     "councillors' personal devices.\n", False),
    ("scope.services", "telecom", "3. Services\nCarrier will manage the Customer's WAN routers and the branch "
     "firewalls.\n", True),
    ("scope.services", "hospital", "2. Services\nContractor will look after the Hospital's PACS servers and radiology "
     "workstations.\n", True),
    ("scope.services", "freelance", "10. Insurance\nI carry public liability insurance for the work I do for you.\n",
     False),
    ("pricing", "us_msp", "4. Fees\nThe fees will be agreed separately for each project.\n", False),
    ("pricing", "telecom", "5. Charges\nCarrier's price list is available upon request.\n", False),
    ("pricing", "hospital", "5. Payment\nHospital shall pay each undisputed invoice within 45 days of receipt.\n",
     True),
    ("pricing", "de_trans", "§ 5 Remuneration\nThe Contractor receives a monthly lump sum of EUR 3,200 net.\n", True),
    ("pricing", "uk_council", "25. Disputes\nIf the Council disputes an invoice, it shall tell the Supplier within 10 "
     "working days.\n", False),    ("sla.resolution", "telecom", "9. Customer Responsibilities\nCustomer shall resolve faults on its own in-branch "
     "cabling within one business day.\n", False),
    ("sla.resolution", "us_msp", "8. Service Levels\nProvider's target resolution times are available to Client on "
     "request.\n", False),
    ("sla.resolution", "hospital", "8. Resolution Times\nResolution times will be agreed by the parties after "
     "go-live.\n", False),
    ("sla.resolution", "in_out", "8. Resolution\nService Provider shall work on Severity 1 incidents continuously until "
     "they are resolved.\n", True),
    ("sla.resolution", "de_trans", "§ 8 Fault clearance\nThe Contractor shall clear faults in the network within 12 "
     "hours of their notification.\n", True),
]

RULES = {"backup": "CONT-BACKUP", "data.hipaa": "DATA-HIPAA", "data.confidentiality": "DATA-CONFIDENTIALITY",
         "scope.services": "SCOPE-SERVICES", "pricing": "COMM-PRICING", "sla.resolution": "SLA-RESOLUTION"}
SETS = {"backup": BACKUP, "data.hipaa": HIPAA, "data.confidentiality": CONF, "scope.services": SCOPE,
        "pricing": PRICING, "sla.resolution": RESOLUTION}
CASES = [(element, i, *case) for element, cases in SETS.items() for i, case in enumerate(cases)]
CASES += [(element, len(SETS[element]) + i, *case) for i, (element, *case) in enumerate(LATER)]


@pytest.mark.parametrize(("element", "index", "voice", "body", "present"),
                         params(CASES, ids=lambda case, i: f"{case[0]}-{case[2]}-{case[1]}"))
def test_each_element_is_found_only_where_it_is(tmp_path, rulebook, element, index, voice, body, present):
    assert_found(tmp_path, rulebook, RULES[element], framed(FRAMES, voice, body), present)
