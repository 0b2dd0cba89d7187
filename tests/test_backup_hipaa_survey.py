"""Backup and HIPAA found only where they are (issue 9): a second drafter survey, eight drafters (a US MSP to a dental
group, an NHS trust's contractor, an Indian outsourcer to a health plan, a German operator in translation, a freelance
administrator to a chiropractor, a SaaS vendor, a US hospital's IT contractor, a carrier), each clause written for it in
words of my own and labelled by ELEMENTS.md: backup is the provider's duty to back up, restore or recover (with a
frequency, RPO/RTO or retention, or vague); data.hipaa is HIPAA's terms (PHI safeguarded or used only as allowed, a BAA
in place, HIPAA's rules followed). Decoys are the words where the element is not: backups left to the customer, the
customer's own DR or continuity plan, the provider's right (not duty) to take a copy, backup kit in an asset list,
backup left out of the services or sold apart, "back up" as cover for people, DR named in a force-majeure clause, a
continuity policy only referred to; HIPAA in a general list of laws, a clinic's contract saying no PHI is handled, a
BAA "to be signed if needed", PHI in a definition never used, health data under the (UK) GDPR.

The second lists of each (BACKUP_LATER, HIPAA_LATER) were written after the first ones were fixed, to see whether the
fixes were of the shape or of my wording: 4 of their 28 were wrong then (3 backup clauses missed, 1 exclusion found).
Against the rules before this survey, 38 of the 97 were wrong: backup 25 false finds and 4 misses of 58, data.hipaa 8
false finds and 1 miss of 39."""

import pytest

from survey_harness import assert_found, framed, params

DRAFTERS = {
    "us_msp": ('MANAGED IT SERVICES AGREEMENT\n\nThis Agreement is made between Copperline Network Services, Inc. '
               '("Provider") and Eastgate Dental Group, P.C. ("Client").\n\n1. Services\nProvider shall monitor, '
               'patch and support Client\'s servers and workstations.\n\n',
               '\n20. Governing Law\nThis Agreement is governed by the laws of the State of Illinois.\n'),
    "uk_nhs": ('AGREEMENT FOR THE PROVISION OF IT INFRASTRUCTURE SERVICES\n\nThis Agreement is made between '
               'Harrowgate Community Health NHS Trust ("the Trust") and Fenwick Data Systems Limited ("the '
               'Contractor").\n\n1. Services\nThe Contractor shall operate and support the Trust\'s server estate.\n\n',
               '\n30. Governing Law\nThis Agreement is governed by the law of England and Wales.\n'),
    "in_bpo": ('MASTER SERVICES AGREEMENT\n\nThis Agreement is executed between Vrindavan Techserve Private Limited '
               '("Service Provider") and Northfield Health Plans, Inc. ("Client").\n\n1. Scope\nService Provider '
               'shall render claims-processing application support and infrastructure management services.\n\n',
               '\n25. Governing Law\nThis Agreement shall be governed by the laws of the State of New Jersey.\n'),
    "de_trans": ('CONTRACT FOR THE OPERATION OF IT SYSTEMS\n\nbetween Lindner Informatik GmbH, Ulm (hereinafter '
                 '"Contractor") and Hofmann Logistik KG, Neu-Ulm (hereinafter "Client")\n\n§ 1 Subject matter\nThe '
                 'Contractor takes over the operation of the Client\'s servers and network.\n\n',
                 '\n§ 15 Final provisions\nGerman law applies.\n'),
    "freelance": ('COMPUTER SUPPORT AGREEMENT\n\nThis agreement is between Sam Okafor, trading as Okafor Tech ("I", '
                  '"me") and Maple Street Chiropractic LLC ("you").\n\n1. What I do\nI keep your office computers, '
                  'printers and network running.\n\n',
                  '\n12. Law\nWashington law governs this agreement.\n'),
    "saas": ('SUBSCRIPTION TERMS\n\nThese Terms are an agreement between Quillbridge Software, Inc. ("we", "us") and '
             'the organisation that subscribes ("Customer", "you").\n\n1. The Service\nWe provide the hosted '
             'Quillbridge scheduling platform and its support.\n\n',
             '\n18. Governing Law\nThese Terms are governed by the laws of the State of California.\n'),
    "us_hospital": ('INFORMATION TECHNOLOGY SERVICES AGREEMENT\n\nThis Agreement is made between St. Brendan Regional '
                    'Hospital ("Hospital") and Ironbark Systems, Inc. ("Contractor").\n\n1. Services\nContractor shall '
                    'manage the Hospital\'s data centre, network and end-user devices.\n\n',
                    '\n24. Governing Law\nThis Agreement is governed by the laws of the State of Ohio.\n'),
    "telecom": ('MANAGED NETWORK SERVICES AGREEMENT\n\nThis Agreement is made between Skyreach Communications LLC '
                '("Carrier") and Tollgate Retail Stores, Inc. ("Customer").\n\n1. Services\nCarrier shall provide and '
                'manage the Customer\'s wide area network and store connectivity.\n\n',
                '\n21. Governing Law\nThis Agreement is governed by the laws of the State of Georgia.\n'),
}

BACKUP = [
    # present, firm, own words
    ("us_msp", "6. Data Protection\nProvider shall copy each server's volumes to its Chicago vault every four "
     "hours and keep the copies for 45 days.\n", True),
    ("uk_nhs", "7. Recovery\nThe Contractor shall be able to bring the Trust's clinical systems back into use "
     "within 6 hours of a site failure, losing no more than 15 minutes of records.\n", True),
    ("in_bpo", "6. Backup Policy\nFull backup of the claims database shall be taken every Sunday and differential "
     "backup every night; backup tapes shall be retained for one year.\n", True),
    ("de_trans", "§ 6 Data backup\nThe Contractor backs up the Client's ERP database daily at 22:00 and keeps "
     "the last 14 generations.\n", True),
    ("freelance", "4. Your files\nEvery night I'll send an encrypted copy of your patient-billing folder to an "
     "off-site storage account and keep 30 days of versions.\n", True),
    ("saas", "7. Durability\nCustomer Data is replicated continuously to a second region, and point-in-time "
     "recovery is available for the last 7 days.\n", True),
    ("us_hospital", "9. Disaster Recovery\nContractor shall maintain a disaster recovery plan for the EHR with a "
     "recovery time objective of 4 hours and a recovery point objective of 30 minutes, and shall test it twice a "
     "year.\n", True),
    ("telecom", "8. Network Resilience\nCarrier shall keep the configuration of every store router backed up each "
     "night and shall restore a failed router's configuration within 4 hours.\n", True),
    ("us_hospital", "9. Restore Testing\nEach month Contractor shall restore a sample of backed-up files to a test "
     "server and report the outcome to the Hospital.\n", True),
    ("uk_nhs", "7. Business Continuity\nThe Contractor shall maintain and test annually a business continuity and "
     "disaster recovery plan for the Services.\n", True),
    # present, vague
    ("telecom", "8. Resilience\nCarrier shall maintain appropriate backup arrangements for the Customer's network "
     "configurations.\n", True),
    ("in_bpo", "6. Backup\nService Provider shall be responsible for the backup of Client data as per industry "
     "practice.\n", True),
    # decoys: backups left to the customer
    ("saas", "9. Your Content\nYou are responsible for keeping your own copies of Customer Content; we do not "
     "promise to keep any copy of it.\n", False),
    ("telecom", "9. Customer Obligations\nCustomer shall back up all data on its point-of-sale terminals before "
     "Carrier replaces any equipment.\n", False),
    ("us_msp", "8. Client Obligations\nClient acknowledges that it alone must arrange backups of the information "
     "stored on its workstations.\n", False),
    # a customer's own DR plan
    ("uk_nhs", "8. Trust Responsibilities\nThe Trust shall maintain its own disaster recovery plan for its "
     "clinical systems and shall test it at least annually.\n", False),
    ("in_bpo", "8. Client Obligations\nClient shall have in place its own business continuity plan for its claims "
     "operations.\n", False),
    # the provider's right, not duty
    ("saas", "9. Our Rights\nWe may make backup copies of Customer Content for our own operational purposes but "
     "have no obligation to do so.\n", False),
    ("us_msp", "7. Maintenance\nProvider may, at its discretion, snapshot a virtual machine before applying a "
     "patch.\n", False),
    # backup media in an asset list
    ("us_hospital", "Schedule 3 - Transferred Assets\n2 rack servers\n1 LTO tape library with 40 backup tapes\n12 "
     "laptops\n", False),
    ("de_trans", "§ 3 Hardware\nThe hardware consists of two firewalls, one storage system for backups and "
     "twenty desktop PCs, all owned by the Client.\n", False),
    # backup excluded, or a chargeable extra
    ("freelance", "5. What's not included\nData backup and restoration, hardware repairs and staff training are "
     "not included.\n", False),
    ("us_msp", "3. Excluded Services\nThe following are excluded from the Services: backup monitoring, disaster "
     "recovery testing and data migration.\n", False),
    ("saas", "11. Add-ons\nA daily backup add-on is available at the rates set out in the Order Form.\n", False),
    ("telecom", "6. Charges\nIf Customer asks Carrier to restore a configuration from Customer's own backup, "
     "Carrier will charge its standard hourly rate.\n", False),
    # back up as a verb of support
    ("us_hospital", "5. Staffing\nContractor's second-line engineers shall back up the Hospital's service desk "
     "during the winter peak.\n", False),
    ("telecom", "5. Field Support\nRegional field teams will back up one another during public holidays.\n", False),
    # DR in a force-majeure clause
    ("in_bpo", "20. Force Majeure\nNeither party shall be liable for failure to perform caused by fire, flood, "
     "epidemic or other disaster; recovery of normal operations after such an event shall be at each party's own "
     "cost.\n", False),
    ("us_msp", "18. Force Majeure\nA party affected by a force majeure event shall notify the other party "
     "promptly, and the existence of a disaster recovery plan shall not prevent a party from relying on this "
     "clause.\n", False),
    # a business-continuity policy only referred to
    ("uk_nhs", "12. Policies\nThe Contractor's Business Continuity Policy is available on request and does not "
     "form part of this Agreement.\n", False),
    ("de_trans", "§ 12 Documents\nThe following documents were provided for information: company profile, "
     "business continuity policy, certificate of insurance.\n", False),
]

HIPAA = [
    # present
    ("us_hospital", "11. HIPAA\nContractor is a business associate of the Hospital and shall sign the Hospital's "
     "Business Associate Agreement before it accesses any system holding PHI.\n", True),
    ("us_hospital", "11. Patient Information\nContractor shall not use or disclose protected health information "
     "other than as permitted by this Agreement or as required by law.\n", True),
    ("in_bpo", "12. Health Information\nService Provider shall encrypt all PHI of Client's members at rest and in "
     "transit and shall report any breach of it to Client within five (5) days.\n", True),
    ("freelance", "7. Your patients' records\nBecause your practice is a covered entity, I'll sign your business "
     "associate agreement and keep your patients' information private as HIPAA requires.\n", True),
    ("us_msp", "9. HIPAA\nProvider shall comply with the HIPAA Security Rule in performing the Services, and the "
     "parties' business associate agreement is attached as Exhibit C.\n", True),
    ("saas", "10. Health Data\nIf you are a covered entity, our Business Associate Addendum applies to the "
     "protected health information you store in the Service.\n", True),
    ("us_hospital", "11. Privacy\nContractor shall return or destroy all protected health information at the end "
     "of this Agreement, as 45 C.F.R. 164.504(e) requires.\n", True),
    ("in_bpo", "12. Health Information\nService Provider shall limit access to Client's PHI to the minimum "
     "necessary personnel, each of whom shall be trained on HIPAA.\n", True),
    # decoys: HIPAA in a list of laws
    ("us_msp", "19. Compliance with Laws\nEach party shall comply with all applicable federal, state and local "
     "laws, including HIPAA, the Fair Labor Standards Act and environmental laws.\n", False),
    ("telecom", "19. Legal Compliance\nCarrier shall comply with all laws applicable to its business, such as the "
     "Communications Act, CPNI rules, HIPAA and state privacy laws.\n", False),
    ("saas", "14. Compliance\nEach party will comply with the laws that apply to it, which may include HIPAA, "
     "state data breach laws and consumer protection statutes.\n", False),
    # a clinic's contract saying no PHI will be handled
    ("us_msp", "9. Health Information\nProvider's work is limited to Client's guest Wi-Fi and phones, and no "
     "protected health information will be accessible to Provider.\n", False),
    ("freelance", "7. Patient records\nI won't touch your patient records system, so I will never see any PHI.\n",
     False),
    ("us_hospital", "11. Privacy\nThe parties agree that Contractor will not create, receive, maintain or transmit "
     "PHI under this Agreement.\n", False),
    # a BAA to be signed if needed
    ("us_msp", "9. Business Associate Agreement\nIf the Services ever require access to PHI, the parties will "
     "negotiate a business associate agreement at that time.\n", False),
    ("telecom", "12. Regulatory\nA business associate agreement shall be executed if and when required by law.\n",
     False),
    ("in_bpo", "12. Data\nShould Client later wish Service Provider to handle PHI, the parties shall first agree a "
     "separate business associate agreement.\n", False),
    # PHI in a definition never used
    ("us_hospital", "1. Definitions\n\"PHI\" means protected health information as defined in 45 C.F.R. "
     "160.103.\n\"Services\" means the services in Schedule 1.\n", False),
    ("saas", "1. Definitions\n\"Protected Health Information\" has the meaning given in HIPAA.\n\"Order Form\" means "
     "the document by which Customer subscribes.\n", False),
    # health data under GDPR / UK GDPR
    ("uk_nhs", "15. Data Protection\nThe Contractor shall process patient health data only on the Trust's "
     "documented instructions and in accordance with the UK GDPR and the Data Protection Act 2018.\n", False),
    ("de_trans", "§ 10 Data protection\nHealth data of the Client's employees is special category data under "
     "Art. 9 GDPR and shall be protected by appropriate technical and organisational measures.\n", False),
    ("saas", "10. EU Data\nFor patients in the European Union, we protect their health data as the GDPR requires "
     "and act as your processor.\n", False),
]


BACKUP_LATER = [
    ("telecom", "7. Data Retention\nCarrier shall keep copies of call-detail records in two geographically separate "
     "data centres and retain them for 18 months.\n", True),
    ("de_trans", "§ 7 Emergency operation\nIn the event of a failure of the data centre, the Contractor shall resume "
     "operation of the core systems at its alternate computing centre within 8 hours.\n", True),
    ("freelance", "4. Backups\nI back up your server to an external drive every Friday and take the drive home with "
     "me.\n", True),
    ("saas", "7. Backups\nWe take snapshots of every customer database every six hours and retain them for 30 days.\n",
     True),
    ("uk_nhs", "7. Data Recovery\nThe Contractor shall restore any deleted file from backup within one Working Day "
     "of the Trust's request.\n", True),
    ("us_msp", "6. Backup\nProvider will provide backup services for Client's servers.\n", True),
    # decoys
    ("uk_nhs", "5. Not in scope\nThe Contractor does not provide backup or archiving of the Trust's departmental "
     "spreadsheets.\n", False),
    ("us_msp", "4. Optional Services\nOptional backup and disaster recovery services may be ordered under a separate "
     "Statement of Work.\n", False),
    ("saas", "12. Professional Services\nData restoration from your own backups is available at our then-current "
     "hourly rates.\n", False),
    ("telecom", "10. Customer Duties\nCustomer is responsible for the disaster recovery of its in-store systems.\n",
     False),
    ("in_bpo", "21. Force Majeure\nNeither party is liable for delay due to a force majeure event, and the Client's "
     "business continuity arrangements are its own affair.\n", False),
    ("de_trans", "§ 11 Annexes\nAnnex 4 (Emergency handbook of the Client, business continuity part) is enclosed for "
     "information only.\n", False),
    ("us_hospital", "Exhibit D - Equipment List\nTwo Dell PowerEdge servers\nOne Quantum tape library for "
     "backups\nFifty thin clients\n", False),
    ("freelance", "8. Holidays\nWhen I'm on holiday, my colleague Priya will back me up.\n", False),
    ("in_bpo", "8. Client Data\nClient may take backups of its data at any time using the export function.\n", False),
    ("saas", "9. Data Loss\nWe are not obliged to restore content lost through your own mistakes, and backups are "
     "not included in the Basic plan.\n", False),
    ("uk_nhs", "3. Excluded Services\nThe Services exclude disaster recovery services, which the Trust procures from "
     "another supplier.\n", False),
    ("telecom", "11. Pricing\nBackup circuits are charged at the rates in Schedule 2.\n", False),
]
HIPAA_LATER = [
    ("us_hospital", "11. Privacy\nContractor shall report any security incident involving the Hospital's ePHI within "
     "48 hours of discovery.\n", True),
    ("freelance", "7. Privacy\nI'll treat your clients' health records as PHI and follow the HIPAA rules for "
     "business associates.\n", True),
    ("in_bpo", "12. HIPAA\nService Provider shall comply with the business associate agreement executed by the "
     "parties on the Effective Date.\n", True),
    ("us_msp", "9. Compliance\nProvider shall comply with all applicable laws, including HIPAA and the HITECH Act, "
     "in handling Client's patient data.\n", True),
    # decoys
    ("saas", "15. Compliance with Law\nYou must comply with all laws that apply to your use of the Service, for "
     "example export control laws, anti-spam laws and HIPAA.\n", False),
    ("us_hospital", "2. Scope\nContractor will only service the Hospital's parking-garage ticket machines, which "
     "hold no patient information, and no business associate agreement is required.\n", False),
    ("telecom", "12. Healthcare customers\nIf Customer ever opens a pharmacy, the parties will enter into a business "
     "associate agreement at that time.\n", False),
    ("uk_nhs", "16. Special Category Data\nPatient data is special category personal data and shall be handled in "
     "line with the UK GDPR and the Caldicott Principles.\n", False),
    ("freelance", "1. Words used\n\"PHI\" means protected health information under HIPAA.\n\"Work\" means the work I "
     "do for you.\n", False),
    ("us_msp", "17. Representations\nEach party represents that it will comply with applicable laws, including "
     "HIPAA, OSHA, and state labor laws.\n", False),
]

# a third round, from the clauses around a backup (security, exit, connectivity, liability, support's scope), written
# after the second round was fixed: 7 of its 9 backup clauses were wrong then
BACKUP_THIRD = [
    ("saas", "8. Security\nAll Customer Data, including backups, is encrypted at rest using AES-256.\n", False),
    ("telecom", "7. Incident Resolution\nResolution may include restoring service from a backup circuit or a spare "
     "router.\n", False),
    ("uk_nhs", "9. Exit\nOn expiry the Contractor shall return all Trust Data and delete it from its systems, "
     "including any backups, within 30 days.\n", False),
    ("freelance", "6. Data loss\nI'm not liable if you lose data; please keep your own backups.\n", False),
    ("in_bpo", "14. Security\nService Provider shall encrypt backup media and keep it in locked cabinets.\n", False),
    ("us_hospital", "6. Connectivity\nContractor shall provide a backup internet connection from a second carrier "
     "for the Hospital's main campus.\n", False),
    ("saas", "3. Support\nSupport covers questions about the Service, including how to use the export and backup "
     "features.\n", False),
    ("de_trans", "§ 8 Liability\nThe Contractor is liable for the loss of data only for the effort of restoring it "
     "from backup copies made by the Client.\n", False),
    ("us_msp", "5. Monitoring\nProvider shall monitor Client's backup jobs each business day and notify Client of "
     "any failed job.\n", True),
]

HIPAA_THIRD = [
    ("us_hospital", "4. Security\nContractor shall maintain security measures that meet industry standards for the "
     "hospital's network.\n", False),
    ("saas", "9. Privacy\nWe handle personal data in line with our Privacy Policy; we are not a business associate and "
     "do not sign BAAs.\n", False),
    ("us_msp", "12. Confidentiality\nProvider shall keep patient names and appointment details confidential.\n",
     False),
    ("in_bpo", "13. Audits\nClient may audit Service Provider's compliance with HIPAA once per year on 30 days' "
     "notice.\n", True),
    # the shape of a fix source's decoy (w14), in my words: a supplier's HIPAA programme kept for its other clients and
    # disclaimed for this one (the first was found before)
    ("uk_nhs", "16. US Law\nThe Contractor's group keeps a HIPAA programme for its US hospital customers. That "
     "programme has no application to the Trust, and this Agreement creates no obligation under HIPAA.\n", False),
    ("de_trans", "§ 10 Data protection\nThe Contractor's American subsidiary is a business associate for its US "
     "clients; no duties under HIPAA arise from this contract.\n", False),
    ("us_hospital", "11. HIPAA\nContractor maintains a HIPAA compliance programme and shall apply it to all Hospital "
     "PHI it accesses.\n", True),
]

RULES = {"backup": "CONT-BACKUP", "data.hipaa": "DATA-HIPAA"}
CASES = ([("backup", *case) for case in BACKUP + BACKUP_LATER + BACKUP_THIRD]
         + [("data.hipaa", *case) for case in HIPAA + HIPAA_LATER + HIPAA_THIRD])


@pytest.mark.parametrize(("element", "drafter", "body", "present"), params(CASES))
def test_backup_and_hipaa_are_found_only_where_they_are(tmp_path, rulebook, element, drafter, body, present):
    assert_found(tmp_path, rulebook, RULES[element], framed(DRAFTERS, drafter, body), present)
