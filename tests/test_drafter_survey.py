"""Backup, escalation and HIPAA as eight different drafters word them (issue 9): a US managed-services firm, a UK
public body, an Indian outsourcer, a German firm in translation, a freelance administrator, a SaaS vendor, a US clinic
and a bank. Each clause was written for this survey, in words no contract of the corpus uses, and labelled by
ELEMENTS.md as a careful lawyer would: present (firm or vague) or absent (a decoy: backups left to the customer, a
backup person or generator, escalating fees, a dispute put to lawyers or a court, HIPAA named in a list of laws, a
ban on health data, a BAA refused). An element is present when its rule is met or weak."""

import functools

import pytest

from rule_findings import finding_of
from survey_harness import assert_found, assert_none_found, framed, params

DRAFTERS = {
    "us_msp": ('MASTER MANAGED SERVICES AGREEMENT\n\nThis Master Managed Services Agreement is entered into between '
               'Brightwater IT Solutions, LLC ("MSP") and Halvorsen Freight, Inc. ("Client").\n\n1. Services\nMSP '
               'shall provide remote monitoring, help desk and on-site support for Client\'s network.\n\n',
               '\n20. Governing Law\nThis Agreement is governed by the laws of the State of Minnesota.\n'),
    "uk_public": ('CALL-OFF CONTRACT FOR IT SUPPORT SERVICES\n\nThis Contract is made between Thornbury Borough '
                  'Council ("the Authority") and Calder Digital Services Limited ("the Supplier").\n\n1. The '
                  'Services\nThe Supplier shall provide the end-user computing support described in this '
                  'Contract.\n\n',
                  '\n30. Law\nThis Contract is governed by the law of England and Wales.\n'),
    "in_outsourcer": ('MASTER SERVICES AGREEMENT\n\nThis Agreement is executed between Saptagiri Infotech Private '
                      'Limited ("Service Provider") and Lakeshore Mutual Insurance Company ("Client").\n\n1. Scope\n'
                      'Service Provider shall render application maintenance and infrastructure management services '
                      'to Client from its offshore delivery centre.\n\n',
                      '\n25. Governing Law\nThis Agreement shall be governed by the laws of the State of New York.\n'),
    "de_translated": ('CONTRACT FOR IT SERVICES\n\nbetween Kessler Systemhaus GmbH, Stuttgart (hereinafter '
                      '"Contractor") and Brandt Maschinenbau AG, Esslingen (hereinafter "Client")\n\n'
                      '§ 1 Subject matter of the contract\nThe Contractor undertakes the care of the IT systems of '
                      'the Client.\n\n',
                      '\n§ 15 Final provisions\nThe law of the Federal Republic of Germany applies.\n'),
    "freelance": ('IT SUPPORT AGREEMENT\n\nThis agreement is between Jordan Ellis, trading as Ellis IT ("I", "me") '
                  'and Pinecrest Therapy Studio LLC ("you").\n\n1. What I do\nI look after your computers, your '
                  'Wi-Fi and your booking system.\n\n',
                  '\n12. Law\nOregon law governs this agreement.\n'),
    "saas": ('TERMS OF SERVICE\n\nThese Terms are an agreement between Cloudnine Ledger, Inc. ("we", "us") and the '
             'organisation that accepts them ("Customer", "you").\n\n1. The Service\nWe provide the hosted Cloudnine '
             'bookkeeping platform and its support.\n\n',
             '\n18. Governing Law\nThese Terms are governed by the laws of the State of Delaware.\n'),
    "us_clinic": ('TECHNOLOGY SERVICES AGREEMENT\n\nThis Agreement is made between Willow Creek Family Medicine, '
                  'PLLC ("Practice") and Summit Tech Partners, Inc. ("Vendor").\n\n1. Services\nVendor shall '
                  'support the Practice\'s workstations, network and patient scheduling system.\n\n',
                  '\n16. Governing Law\nThis Agreement is governed by the laws of the State of Texas.\n'),
    "bank": ('OUTSOURCING SERVICES AGREEMENT\n\nThis Agreement is entered into between Granite State Savings Bank '
             '("Bank") and Meridian Core Processing, Inc. ("Service Provider").\n\n1. Services\nService Provider '
             'shall operate the Bank\'s core banking platform and support its branch systems.\n\n',
             '\n22. Governing Law\nThis Agreement is governed by the laws of the State of New Hampshire.\n'),
}

BACKUP = [
    # present, firm
    ("us_msp", "7. Data Protection Services\n7.1 MSP will take nightly image-level backups of Client's servers and "
     "keep thirty (30) daily restore points.\n", True),
    ("us_msp", "7. Data Protection Services\n7.2 Once per quarter MSP will test the restoration of a randomly chosen "
     "server from backup and report the result to Client.\n", True),
    ("uk_public", "8. Continuity of Service\nThe Supplier shall maintain a tested continuity plan under which the "
     "Authority's line-of-business systems can be recovered within 24 hours of a declared incident, with the loss of "
     "no more than 4 hours of transactions.\n", True),
    ("uk_public", "8. Authority Data\nThe Supplier shall hold a second copy of all Authority Data at a data centre at "
     "least 30 miles from the primary site, refreshed every 24 hours.\n", True),
    ("in_outsourcer", "6. Backup\nService Provider shall take full backup of Client databases on weekly basis and "
     "incremental backup on daily basis and shall retain the backup media for a period of ninety (90) days.\n", True),
    ("in_outsourcer", "6. Restoration\nA restoration drill of backed-up data shall be conducted half-yearly in the "
     "presence of a Client representative.\n", True),
    ("de_translated", "§ 6 Data backup\n(1) The Contractor is obliged to carry out a backup of the data of the "
     "Client's file server on every working day.\n(2) The data carriers are to be stored in a fire-proof safe outside "
     "the server room.\n", True),
    ("de_translated", "§ 6 Securing of data\nThe Contractor shall ensure that after a loss of data the data status of "
     "the previous working day can be restored.\n", True),
    ("freelance", "4. Keeping your data safe\nI'll set up an automatic copy of your booking system and shared "
     "folder to cloud storage every night, and I'll keep 60 days of history.\n", True),
    ("freelance", "4. If something breaks\nIf a laptop dies, I'll get your files back from the cloud copy the same "
     "day.\n", True),
    ("saas", "7. Data\nWe back up Customer Content at least daily to geographically separate storage and keep each "
     "backup for 35 days.\n", True),
    ("saas", "7. Resilience\nOur recovery point objective for the platform is one hour and our recovery time "
     "objective is eight hours.\n", True),
    ("us_clinic", "6. Records\nVendor shall maintain encrypted offsite copies of the Practice's EHR database, "
     "updated at least every 12 hours.\n", True),
    ("bank", "9. Contingency\nService Provider shall maintain an alternate processing site able to resume core "
     "processing within four (4) hours and shall run a full failover exercise at least annually.\n", True),
    ("bank", "9. Data Integrity\nService Provider shall mirror Bank transaction data to its secondary processing "
     "center so that no committed transaction is lost.\n", True),
    # present, vague
    ("us_msp", "7. Data\nMSP will back up Client data on a regular basis.\n", True),
    ("uk_public", "8. Authority Data\nThe Supplier shall keep backups of the Authority Data in line with good industry "
     "practice.\n", True),
    ("de_translated", "§ 6 Data backup\nThe Contractor shall take suitable measures for the backup of data.\n", True),
    ("saas", "7. Resilience\nWe maintain redundancy and backups of the Service as we consider appropriate.\n", True),
    # decoys
    ("us_msp", "8. Client Responsibilities\nClient is solely responsible for backing up its data before any on-site "
     "work, and MSP has no liability for lost data.\n", False),
    ("uk_public", "5. Contacts\nA backup point of contact shall be named for calls outside Core Hours.\n", False),
    ("uk_public", "5. Staffing\nThe Supplier shall back up the Authority's service desk at peak times by providing "
     "extra call handlers.\n", False),
    ("in_outsourcer", "7. Facilities\nService Provider shall maintain the diesel backup generator at the Client data "
     "centre and test it monthly.\n", False),
    ("de_translated", "§ 7 Duties of the Client to cooperate\nThe backup of the data of the Client before the start "
     "of the migration shall be done by the Client's own IT department.\n", False),
    ("de_translated", "§ 7 Duties of the Client to cooperate\nThe Client is responsible for the regular backup of its "
     "data, in particular before the installation of updates.\n", False),
    ("freelance", "6. What I don't do\nI'm not responsible for backups, so please keep your own copy of anything "
     "important.\n", False),
    ("saas", "9. Deletion\nDeleted content is purged from our backups within 90 days.\n", False),
    ("us_clinic", "4. Contacts\nThe Practice shall designate a backup contact who may approve changes when the "
     "Office Manager is away.\n", False),
    ("bank", "11. Invoices\nThe Bank shall keep backup documentation for each disputed invoice.\n", False),
    ("bank", "2. Premises\nThe Services are performed from Service Provider's offices in Concord and its Manchester "
     "Secondary Data Center.\n", False),
    ("uk_public", "6. Key Personnel\nThe Supplier shall maintain a staffing contingency plan to cover absences of its "
     "key personnel.\n", False),
    ("us_msp", "15. Emergencies\nMSP keeps a contingency plan for fires and floods at its own offices so that its "
     "staff can be evacuated safely.\n", False),
    ("freelance", "6. Your equipment\nIf your router fails I'll lend you a spare one until the new one arrives.\n",
     False),
]

ESCALATION = [
    # present, firm
    ("us_msp", "9. Escalation\nIf Client is not satisfied with the progress of a ticket, Client may contact MSP's "
     "Service Manager, and thereafter MSP's President.\n", True),
    ("us_msp", "9. Support Levels\nPriority 1 tickets not resolved in four (4) hours are routed automatically to MSP's "
     "Tier 3 engineering team.\n", True),
    ("uk_public", "12. Contract Management\nWhere the Authority considers that a Service Failure has not been "
     "adequately addressed, it may raise the matter with the Supplier's Contract Manager and subsequently at the "
     "quarterly Contract Management Board.\n", True),
    ("uk_public", "12. Contract Management\nAny Service Failure that persists for two consecutive months shall be "
     "placed on the agenda of the Strategic Partnership Board.\n", True),
    ("in_outsourcer", "8. Support Hierarchy\nL1 - Helpdesk Executive (0-2 hrs)\nL2 - Team Lead (2-4 hrs)\nL3 - "
     "Delivery Manager (4-8 hrs)\nL4 - Delivery Head (beyond 8 hrs)\n", True),
    ("in_outsourcer", "8. Governance\nIssues which the Project Managers are unable to close within five working days "
     "shall be taken up by the Delivery Head of Service Provider with the CIO of Client.\n", True),
    ("de_translated", "§ 9 Procedure in case of faults\n(1) If a fault cannot be remedied within the response time, "
     "the project manager of the Contractor informs the management of the Client.\n(2) If no solution is found within "
     "a further two working days, the managing directors of both parties shall meet.\n", True),
    ("de_translated", "§ 13 Differences of opinion\nDifferences of opinion in the execution of the contract shall first "
     "be clarified between the contact persons named in Annex 2; failing agreement, the matter is submitted to the "
     "management of both contracting parties.\n", True),
    ("freelance", "5. When I'm stuck\nIf I can't fix a problem within two working days, I'll bring in a specialist "
     "partner at no extra cost to you.\n", True),
    ("saas", "8. Support Tiers\nRoutine questions are answered by our Customer Support team; issues that need a code "
     "change are transferred to Engineering, and Critical incidents page our on-call Site Reliability Engineer.\n",
     True),
    ("freelance", "5. Not happy?\n5.1 Talk to whoever is on your job first.\n5.2 Still not working by the end of "
     "the next day? Phone our operations lead directly.\n", True),
    ("saas", "8. Support\nEnterprise customers may ask at any time for an open case to be reviewed by a Support "
     "Manager.\n", True),
    ("us_clinic", "8. Service Levels\nIf Vendor's technician cannot restore the EHR system within one hour, Vendor "
     "shall notify the Practice Administrator and assign a senior engineer.\n", True),
    ("us_clinic", "8. Complaints\nThe Practice may raise an unresolved complaint with Vendor's account executive and, "
     "if it is still unresolved after ten days, with Vendor's Chief Operating Officer.\n", True),
    ("bank", "10. Incidents\nSeverity 1 incidents shall be reported to the Bank's Chief Information Officer within "
     "30 minutes and to the Bank's Operational Risk Committee if not resolved within four (4) hours.\n", True),
    ("bank", "10. Oversight\nThe relationship managers shall refer any issue they cannot settle to the Joint "
     "Oversight Committee, which shall meet within five (5) Business Days.\n", True),
    # present, vague
    ("us_msp", "9. Escalation\nClient may escalate any concern to MSP management.\n", True),
    ("uk_public", "12. Escalation\nThe Supplier shall operate an escalation procedure agreed with the Authority.\n",
     True),
    # decoys
    ("us_msp", "5. Fees\nThe monthly fee shall escalate by three percent (3%) on each anniversary of the Effective "
     "Date.\n", False),
    ("uk_public", "29. Disputes\nAny dispute shall be referred to mediation under the CEDR Model Mediation Procedure "
     "and, failing settlement within 30 days, to the courts of England.\n", False),
    ("in_outsourcer", "24. Arbitration\nAny dispute shall be settled by arbitration seated in Mumbai before a sole "
     "arbitrator.\n", False),
    ("freelance", "8. Price changes\nMy hourly rate goes up with inflation each January.\n", False),
    ("saas", "12. Acceptable Use\nRepeated breaches of the Acceptable Use Policy will result in escalating "
     "enforcement measures, up to suspension of the account.\n", False),
    ("bank", "14. Reports\nService Provider shall report to the Bank's Board of Directors each year on its compliance "
     "with this Agreement.\n", False),
    ("bank", "21. Disputes\nIn the event of a dispute, the parties' legal counsel shall confer in good faith for "
     "fifteen days before either party files suit.\n", False),
    ("in_outsourcer", "3. Staffing\nService Provider shall deploy a Level 2 certified network engineer at Client's "
     "site.\n", False),
    ("us_msp", "17. Force Majeure\nIf a force majeure event persists for more than thirty (30) days, either party may "
     "terminate this Agreement by written notice to the other party's President.\n", False),
    ("us_clinic", "6. Billing\nThe Practice may request that billing questions be answered by Vendor's Finance "
     "Manager.\n", False),
    ("de_translated", "§ 4 Contact persons\nThe project manager of the Contractor and the IT manager of the Client "
     "meet monthly; the minutes are then sent to the management of both contracting parties.\n", False),
]

HIPAA = [
    # present
    ("us_clinic", "11. Protected Health Information\nVendor shall safeguard all protected health information it "
     "accesses in performing the Services and shall use it only to perform the Services.\n", True),
    ("us_clinic", "11. Privacy\nVendor acknowledges that it is a business associate of the Practice and shall comply "
     "with the Security Rule when it handles ePHI.\n", True),
    ("us_clinic", "11. Privacy\nVendor shall report to the Practice any use or disclosure of patient information not "
     "provided for by this Agreement, including any breach of unsecured protected health information, within ten "
     "(10) days of discovery.\n", True),
    ("us_clinic", "11. Privacy\nVendor shall comply with HIPAA.\n", True),
    ("us_msp", "10. Regulated Data\nClient is a covered entity under HIPAA, and MSP will sign Client's standard "
     "business associate agreement before it accesses any ePHI.\n", True),
    ("us_msp", "10. Regulated Data\nWith respect to any ePHI that MSP creates, receives, maintains or transmits on "
     "behalf of Client, MSP shall implement administrative, physical and technical safeguards that reasonably and "
     "appropriately protect its confidentiality, integrity and availability.\n", True),
    ("in_outsourcer", "12. Health Data\nWhere Service Provider processes PHI of Client's policyholders, Service "
     "Provider shall act as a Business Associate of Client.\n", True),
    ("in_outsourcer", "12. Health Data\nService Provider shall ensure that its offshore personnel who handle PHI are "
     "trained every year on the HIPAA Privacy and Security Rules.\n", True),
    ("saas", "10. Healthcare Customers\nWe will enter into a Business Associate Agreement with any customer that is "
     "subject to HIPAA on request.\n", True),
    ("bank", "13. Benefit Plan Data\nInformation about the Bank's employee health plan that Service Provider "
     "processes is protected health information, and Service Provider shall handle it as a business associate of "
     "the plan.\n", True),
    ("de_translated", "§ 10 Health data\nInsofar as the Contractor processes health data of patients of the "
     "Client's US subsidiary, the Contractor shall observe the requirements of the US Health Insurance Portability "
     "and Accountability Act.\n", True),
    ("freelance", "7. Client records\nBecause your practice keeps client health records, I'll sign a business "
     "associate agreement with you and follow HIPAA whenever I work on your systems.\n", True),
    ("us_clinic", "11. Privacy\nVendor may use and disclose patient information only as necessary to perform the "
     "Services or as required by law, and shall make its records available to the Secretary of HHS for "
     "determining the Practice's compliance.\n", True),
    # decoys
    ("us_msp", "19. Compliance with Laws\nEach party shall comply with all applicable laws, including the Foreign "
     "Corrupt Practices Act, the CAN-SPAM Act, the Gramm-Leach-Bliley Act and HIPAA, to the extent applicable.\n",
     False),
    ("bank", "19. Compliance\nService Provider shall comply with the Gramm-Leach-Bliley Act, the Bank Secrecy Act, "
     "HIPAA (where applicable) and the FFIEC guidance.\n", False),
    ("uk_public", "15. Data Protection\nThe Supplier shall comply with the Data Protection Legislation. For the "
     "avoidance of doubt, US laws such as HIPAA do not apply to this Contract.\n", False),
    ("in_outsourcer", "12. Restricted Data\nClient shall not transfer any protected health information to Service "
     "Provider, and Service Provider shall not be required to execute a business associate agreement.\n", False),
    ("de_translated", "§ 10 Data protection\nHealth data within the meaning of Art. 9 GDPR will not be processed.\n",
     False),
    ("freelance", "7. HIPAA\nNot applicable.\n", False),
    ("saas", "10. Health Data\nThe Service is not designed for protected health information as defined under HIPAA, "
     "and you agree not to submit any.\n", False),
    ("saas", "10. Prohibited Data\nYou will not upload Sensitive Data, which includes payment card numbers, social "
     "security numbers and PHI.\n", False),
    ("us_clinic", "2. Support\nVendor will support the Practice's patient scheduling software and front-desk "
     "printers.\n", False),
    ("us_clinic", "11. Privacy\nThe Practice is a covered entity; Vendor will have no access to patient records "
     "and is not a business associate.\n", False),
    ("us_msp", "3. Exclusions\nThe Services do not include HIPAA compliance consulting, which is available under a "
     "separate statement of work.\n", False),
    ("bank", "13. Customer Information\nService Provider shall not collect medical information about Bank "
     "customers.\n", False),
    ("freelance", "7. Health information\nI don't work with medical practices, so nothing in this agreement deals "
     "with health information.\n", False),
    # PHI barred until a BAA the package does not hold is signed: HIPAA's terms are in that BAA, not here
    ("saas", "10. Health Data\nIf you are a covered entity or a business associate, you may not use the Service to "
     "store PHI until you have signed our Business Associate Agreement.\n", False),
    ("us_clinic", "11. Patient data\nThe Practice plans to keep protected health information on the new server.\n",
     False),
    # HIPAA left with the customer, out of scope, or its data said not to be there
    ("us_clinic", "5. Practice Responsibilities\nThe Practice remains solely responsible for its own compliance with "
     "HIPAA.\n", False),
    ("us_msp", "3. Out of Scope\nHIPAA risk assessments and compliance audits are outside the Services.\n", False),
    ("us_clinic", "5. Practice Responsibilities\nThe Practice confirms that the office systems Vendor supports hold "
     "no PHI.\n", False),
    ("saas", "10. Compliance\nWe are not a HIPAA-compliant hosting provider.\n", False),
]

RULES = {"backup": "CONT-BACKUP", "escalation": "SLA-ESCALATION", "data.hipaa": "DATA-HIPAA"}
CASES = ([("backup", *case) for case in BACKUP] + [("escalation", *case) for case in ESCALATION]
         + [("data.hipaa", *case) for case in HIPAA])


contract = functools.partial(framed, DRAFTERS)


@pytest.mark.parametrize(("element", "drafter", "body", "present"), params(CASES))
def test_each_drafter_s_wording_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, element, drafter, body, present):
    assert_found(tmp_path, rulebook, RULES[element], contract(drafter, body), present)


@pytest.mark.parametrize("drafter", sorted(DRAFTERS))
def test_each_drafter_s_frame_alone_holds_none_of_the_three(tmp_path, rulebook, drafter):
    assert_none_found(tmp_path, rulebook, RULES.values(), contract(drafter, ""))


@pytest.mark.parametrize(("body", "present"), [
    ("8. Health Records\nThe Provider handles personal health information as an agent of the Clinic within the meaning "
     "of the Personal Health Information Act and shall use it only to perform the Services.\n", True),
    ("8. Health Records\nThe Provider shall sign the Clinic's confidentiality pledge before any engineer sees a "
     "health-information custodian's records.\n", True),
    ("8. Health Records\nThe Provider will support the Clinic's booking screens.\n", False),
])
def test_a_provincial_health_information_act_is_hipaa_s_counterpart(tmp_path, rulebook, body, present):
    text = ('IT SERVICES AGREEMENT\n\nThis Agreement is made between Tidewater Systems Inc. ("Provider") and Bayside '
            'Family Clinic ("Clinic").\n\n' + body + '\n12. Law\nThis Agreement is governed by the laws of the Province '
            'of Nova Scotia.\n')
    assert (finding_of(tmp_path, rulebook, "DATA-HIPAA", text).status in ("met", "weak")) == present
