"""The core elements weakest on the kept-aside sets, as seven more drafters word them (issue 9, session 19, rec5): a US MSP
to a family practice, a UK housing trust's supplier, an Indian outsourcer, an Australian MSP's plain-English agreement, a
Spanish client's contract in translation, a one-person MSP's care plan, a US health-IT vendor. Each clause was written for
this survey, in words of our own, and labelled by ELEMENTS.md as a careful lawyer would; an element is present when its
rule (or the element's other rule) is met or weak.

The decoys: backups left to the customer (said of a party by its own name, 'Practice is solely responsible for', or with
the responsibility first, 'shall be the sole responsibility of the Client'), the customer asked to back up before work, a
restore from backup sold as extra work, disaster recovery still to be agreed, a backup person; HIPAA kept by the
customer's own use of the service, no health data held; a customer's own reply; a dispute, a breach or a bill settled, a
complaint answered, a backup's recovery objective read as a fix time. The misses: a first reaction as 'react to', 'take charge of', 'be in touch', an engineer who
'reaches' the site or is 'onsite next business day'; a fix as 'operational again'; a breach 'communicated' or
'escalated', a 'violation of personal data security'.

Against the rules before this survey, 21 of the 90 clauses were wrong: backup 7 false finds, data.hipaa 2 false finds,
sla.response 6 misses and 1 false find, sla.resolution 1 miss and 1 false find (a backup's recovery objective),
data.breach 2 misses and 1 false find; 2 are still wrong (strict xfails, with their reason)."""

import pytest

from rule_findings import finding_of
from survey_harness import FOUND, framed

DRAFTERS = {
    "us": ('MANAGED SERVICES AGREEMENT\n\nThis Agreement is between Larkspur Family Medicine, P.C. ("Practice") and '
           'Copperline Technology Group, LLC ("Provider").\n\n1. Services\nProvider shall provide help desk, server '
           'administration, network monitoring and end-user support for the Practice\'s two clinics.\n\n',
           '\n19. Governing Law\nThis Agreement is governed by the laws of the State of Ohio.\n'),
    "uk": ('AGREEMENT FOR THE PROVISION OF IT SUPPORT SERVICES\n\nThis Agreement is made between Wexcombe Housing Trust (the '
           '"Customer") and Harrowgate Systems Limited (the "Supplier").\n\n1. Services\nThe Supplier shall provide service '
           'desk, desktop and infrastructure support to the Customer.\n\n',
           '\n28. Governing Law\nThis Agreement is governed by the law of England and Wales.\n'),
    "in": ('MASTER SERVICES AGREEMENT\n\nThis Agreement is entered into between Godavari Agro Foods Limited (the "Client") '
           'and Tirumala Digital Services Private Limited (the "Service Provider").\n\n1. Scope of Work\nThe Service '
           'Provider shall provide infrastructure management, application support and service desk services.\n\n',
           '\n24. Governing Law\nThis Agreement shall be governed by the laws of India.\n'),
    "au": ('IT SUPPORT AGREEMENT\n\nThis agreement is between Banksia Physiotherapy Pty Ltd ("you") and Southerly IT Pty Ltd '
           '("we", "us").\n\n1. What we do\nWe look after your computers, network, phones and Microsoft 365.\n\n',
           '\n14. Law\nThis agreement is governed by the laws of New South Wales.\n'),
    "civil": ('CONTRACT FOR IT OPERATING SERVICES\n\nbetween Vallmar Ceramica S.L. (hereinafter the "Client") and Ostrava '
              'Datacentrum s.r.o. (hereinafter the "Contractor")\n\nClause 1 - Object\nThe Contractor shall operate and '
              'maintain the Client\'s servers, network and ERP system.\n\n',
              '\nClause 20 - Applicable law\nThis contract is governed by Spanish law.\n'),
    "msp": ('IT CARE PLAN\n\nThis plan is between Thistle & Pine Florists ("you") and Mendwell IT ("we").\n\n1. What you get\n'
            'We keep your shop computers, tills and Wi-Fi running.\n\n',
            '\n10. Law\nThis plan is governed by the law of Scotland.\n'),
    "us_health": ('SUPPORT SERVICES AGREEMENT\n\nThis Agreement is between Redfern Orthopedic Associates, LLC ("Customer") '
                  'and Bluecrest Health IT, Inc. ("Vendor").\n\n1. Services\nVendor shall host and support the Customer\'s '
                  'practice management and electronic health record systems.\n\n',
                  '\n22. Governing Law\nThis Agreement is governed by the laws of the State of Texas.\n'),
}

BACKUP = [
    # absent: the customer's own backups, by its name or with the responsibility first; the customer asked to back up first
    ("us", "7. Customer Data\nPractice is solely responsible for maintaining current backups of all of its data; Provider "
     "shall have no liability for any loss of data.\n", False),
    ("in", "7. Data\nBackup of data shall be the sole responsibility of the Client and the Service Provider shall not be held "
     "responsible for any loss or corruption of data.\n", False),
    ("au", "7. Your data\nYou need to keep your own copies of your files. We don't back up your laptops or phones.\n", False),
    ("civil", "Clause 7 - Data security\nThe Client shall carry out the backup of its data at regular intervals in "
     "accordance with the state of the art.\n", False),
    ("uk", "7. Customer Responsibilities\nThe Customer shall ensure that all data held on its devices is backed up before "
     "handing a device to the Supplier for repair.\n", False),
    ("msp", "5. Your part\nPlease make sure your files are backed up before we work on your computer.\n", False),
    # absent: sold apart, a restore charged as extra work, left out, still to be agreed
    ("us", "8. Optional Services\nBackup and disaster recovery services are not included in the monthly fee and may be "
     "ordered separately under a Statement of Work.\n", False),
    ("uk", "8. Additional Charges\nRestoration of data from backup media shall be charged at the Supplier's standard hourly "
     "rates.\n", False),
    ("au", "8. Extras\nIf you want us to restore files from your backup drive, we charge our normal hourly rate.\n", False),
    ("in", "8. Exclusions\nThe Services do not include data backup, archival or disaster recovery of the Client's "
     "systems.\n", False),
    ("uk", "9. Disaster Recovery\nThe disaster recovery arrangements shall be agreed between the parties in a separate "
     "document at a later date.\n", False),
    # absent: a backup person, a battery, a line, a technician
    ("civil", "Clause 9 - Contacts\nEach party shall designate a contact person and a backup for that contact person.\n",
     False),
    ("msp", "6. Power\nWe can supply a backup battery for your router at extra cost.\n", False),
    ("in", "9. Connectivity\nThe Service Provider shall provision a backup link through a second ISP for the Client's head "
     "office.\n", False),
    ("us", "10. Staffing\nProvider shall assign a primary technician and a backup technician to the Practice.\n", False),
    # present
    ("us", "7. Backups\nProvider will back up Practice's servers every night and keep 30 days of restore points in a "
     "separate region.\n", True),
    ("uk", "7. Backup\nThe Supplier shall perform a test restore of the Customer's file server each quarter and report the "
     "result.\n", True),
    ("in", "7. Backup and DR\nThe Service Provider shall maintain an RPO of 4 hours and an RTO of 8 hours for the ERP "
     "system.\n", True),
    ("au", "7. Your data\nWe copy your practice files to our cloud every night and keep each copy for 60 days.\n", True),
    ("civil", "Clause 7 - Data safeguarding\nThe Contractor shall make a daily security copy of the ERP database and store "
     "it in a second data centre.\n", True),
    ("msp", "4. Backups\nWe back up your till and office data each night.\n", True),
]

HIPAA = [
    # absent: no PHI, HIPAA one law of many, HIPAA the customer's own use, no health data held
    ("us", "8. Health Information\nThe Services do not require Provider to access protected health information, and no "
     "business associate agreement is required.\n", False),
    ("us_health", "8. Compliance with Laws\nEach party shall comply with all laws applicable to it, including HIPAA, the "
     "Telephone Consumer Protection Act and state privacy laws.\n", False),
    ("us", "8. PHI\nNeither party anticipates that Provider will create, receive, maintain or transmit PHI on behalf of the "
     "Practice.\n", False),
    ("us", "8. Regulatory\nTo the extent the Practice is subject to HIPAA, the Practice is solely responsible for ensuring "
     "that its use of the Services complies with HIPAA.\n", False),
    ("us_health", "8. Customer Representations\nCustomer represents that it is not a covered entity or a business associate "
     "under HIPAA.\n", False),
    ("us", "8. Patient Data\nNo patient information will be stored on Provider's systems; all clinical records remain in the "
     "Practice's EHR, which is supported by its EHR vendor under a separate business associate agreement.\n", False),
    ("us", "8. Prohibited Data\nThe Practice shall not place any PHI in the ticketing system or send it to Provider by "
     "email.\n", False),
    # present
    ("us_health", "8. Training\nVendor's personnel complete annual HIPAA awareness training.\n", True),
    ("us", "8. HIPAA\nProvider shall sign the Practice's Business Associate Agreement before accessing any system that holds "
     "PHI.\n", True),
    ("us_health", "8. Protected Health Information\nVendor shall use and disclose PHI only as needed to perform the Services "
     "and shall report to Customer any use or disclosure not provided for by this Agreement.\n", True),
    ("us", "8. Health Information\nAs a business associate, Provider will safeguard ePHI with administrative, physical and "
     "technical safeguards.\n", True),
]

RESOLUTION = [
    # present
    ("us", "6. Service Levels\nFor a Priority 1 ticket, Provider will have the affected system operational again within 4 "
     "hours.\n", True),
    ("uk", "6. Service Levels\nThe Supplier shall close 95% of Priority 2 incidents within one Working Day.\n", True),
    ("in", "6. SLA\nP1 incidents shall be rectified within 4 hours from the time of logging.\n", True),
    ("au", "6. How fast we fix things\nIf your network is down, we aim to have you back up and running within 4 business "
     "hours.\n", True),
    ("civil", "Clause 6 - Fault removal\nThe Contractor shall remove faults of priority A within 6 hours of their "
     "notification.\n", True),
    ("msp", "3. Fixes\nIf a till stops working, we will sort it out by the end of the next working day.\n", True),
    ("uk", "6. Permanent fix\nWhere a workaround is applied, the Supplier shall implement a permanent solution within 10 "
     "Working Days.\n", True),
    ("us", "6. Service Levels\n| Priority | Acknowledge | Restore |\n| P1 | 15 minutes | 4 hours |\n| P2 | 1 hour | 8 hours "
     "|\n", True),
    ("in", "6. SLA\n| Severity | Response | Resolution |\n| S1 | 15 mins | 4 hrs |\n| S2 | 30 mins | 8 hrs |\n", True),
    ("civil", "Clause 6 - Service levels\n| Class | Reaction time | Restoration time |\n| A | 1 h | 8 h |\n| B | 4 h | 2 "
     "working days |\n", True),
    ("uk", "6. Service Levels\nThe Supplier shall ensure that service is restored following a Severity 1 incident in no more "
     "than 4 hours.\n", True),
    ("au", "6. Targets\nCritical faults: we will get the fault fixed in under 8 hours.\n", True),
    ("msp", "3. Fixes\nWe'll have the problem put right within one working day of you telling us.\n", True),
    ("us", "6. Service Levels\nProvider shall bring any failed server back online within 6 hours.\n", True),
    ("civil", "Clause 6 - Repair\nThe Contractor shall repair a blocking malfunction within one working day.\n", True),
    # absent: a response, a dispute, a breach, a workaround offered, a fix time refused, a complaint, a bill, the customer's
    # own fix, a definition, a recovery objective (backup's)
    ("us", "6. Response\nProvider shall respond to Priority 1 tickets within 15 minutes.\n", False),
    ("uk", "20. Disputes\nThe parties shall attempt to resolve any dispute within 30 days through their contract "
     "managers.\n", False),
    ("in", "14. Termination\nEither party may terminate if the other fails to rectify a material breach within 30 days of "
     "notice.\n", False),
    ("au", "6. Workarounds\nWe may give you a temporary workaround while we wait on the vendor.\n", False),
    ("us", "6. Service Levels\nProvider shall use reasonable efforts to resolve incidents, but does not guarantee any "
     "resolution time.\n", False),
    ("civil", "Clause 6 - Complaints\nComplaints shall be resolved by the Contractor within 15 days.\n", False),
    ("uk", "12. Invoices\nAny queries on an invoice shall be resolved within 10 Working Days.\n", False),
    ("in", "9. Client Responsibilities\nThe Client shall rectify any defects in its own LAN within 2 days.\n", False),
    ("us", "6. Definitions\n\"Resolution\" means the restoration of the affected service to normal operation.\n", False),
    ("au", "7. Backups\nRecovery objective: after a data loss we will bring your file server back to a point no older than "
     "24 hours and have it working again within 8 business hours.\n", False),
]

RESPONSE = [
    # present
    ("us", "6. Service Levels\nA technician will call the Practice back within 30 minutes of a Critical ticket being "
     "logged.\n", True),
    ("uk", "6. Service Levels\nThe Supplier shall confirm receipt of each Incident within 15 minutes.\n", True),
    ("in", "6. SLA\nThe Service Provider shall acknowledge P1 tickets within 10 minutes of logging.\n", True),
    ("au", "6. How fast we respond\nWe'll be in touch within an hour of you logging a job.\n", True),
    ("civil", "Clause 6 - Reaction\nThe Contractor shall react to a fault report of priority A within 30 minutes.\n",
     True),
    ("msp", "3. Response\nWe'll answer your call or email within 2 hours in shop hours.\n", True),
    ("us", "6. Service Levels\n| Priority | Initial Reply | Restore |\n| P1 | 15 minutes | 4 hours |\n| P2 | 1 hour | 8 "
     "hours |\n", True),
    ("uk", "6. Service Levels\n| Priority | Reaction Time | Fix Time |\n| 1 | 30 minutes | 4 hours |\n| 2 | 2 hours | 1 "
     "Working Day |\n", True),
    ("in", "6. SLA\nAn engineer shall reach the Client's site within 4 hours for Severity 1 hardware faults.\n", True),
    ("uk", "6. On-site\nWhere a fault cannot be fixed remotely, an engineer will be on site within 4 hours.\n", True),
    ("au", "6. Response\nA technician will be onsite next business day if we can't fix it remotely.\n", True),
    ("us", "6. Service Levels\nProvider shall assign a technician to every Priority 1 ticket within 15 minutes.\n", True),
    ("civil", "Clause 6 - Taking charge\nThe Contractor shall take charge of each request within 2 working hours.\n",
     True),
    ("in", "6. SLA\nFirst level response for Severity 2 calls: 30 minutes.\n", True),
    ("msp", "3. Response\nWe'll get someone on to it within the hour.\n", True),
    # absent: the customer's reply (by its own name), a notice acknowledged, a change request, a complaint
    ("us", "9. Practice Duties\nThe Practice shall respond to Provider's requests for information within 2 business "
     "days.\n", False),
    ("uk", "15. Notices\nA notice sent by email shall be acknowledged by the recipient within 1 Working Day.\n", False),
    ("in", "18. Change Requests\nThe Service Provider shall respond to a change request with an impact assessment within 5 "
     "days.\n", False),
    ("au", "10. Complaints\nWe will respond to any complaint within 10 business days.\n", False),
]

BREACH = [
    # present
    ("us", "9. Security Incidents\nProvider shall notify the Practice within 24 hours after discovering any unauthorized "
     "access to Practice data.\n", True),
    ("uk", "9. Data Breaches\nThe Supplier shall inform the Customer without undue delay, and in any case within 36 hours, "
     "on becoming aware of a Personal Data Breach.\n", True),
    ("in", "9. Information Security\nThe Service Provider shall intimate the Client of any security incident within 6 hours "
     "of its detection.\n", True),
    ("au", "9. If something goes wrong\nIf we think someone has got into your systems or your data has leaked, we'll let "
     "you know within a day.\n", True),
    ("civil", "Clause 9 - Data protection\nThe Contractor shall communicate to the Client any violation of personal data "
     "security within 48 hours.\n", True),
    ("msp", "6. Security\nIf your data is lost or stolen while we're looking after it, we'll tell you the same day.\n",
     True),
    ("us", "9. Security\nProvider will report any ransomware infection or malware outbreak on the Practice network to the "
     "Practice within 4 hours.\n", True),
    ("uk", "9. Security\nThe Supplier shall escalate any suspected cyber security incident to the Customer's Data Protection "
     "Officer within 2 hours.\n", True),
    ("in", "9. Security\nAny compromise of Client data shall be reported to the Client within 12 hours.\n", True),
    ("us_health", "9. Breach of PHI\nVendor shall report to Customer any Breach of Unsecured PHI no later than 10 business "
     "days after discovery.\n", True),
    ("civil", "Clause 9 - Incidents\nIn the event of a security incident, the Contractor shall alert the Client "
     "immediately, and at the latest within 24 hours.\n", True),
    ("au", "9. Data breaches\nWe will tell you promptly if we suffer a data breach that involves your information.\n",
     True),
    # absent: the customer's own report (by its own name), security measures without a notice
    ("us", "9. Customer Security\nThe Practice shall notify Provider promptly if any user password is compromised.\n",
     False),
    ("uk", "9. Security\nThe Supplier shall maintain firewalls and anti-virus software on all managed devices.\n", False),
]

RULES = {"backup": ("CONT-BACKUP",), "data.hipaa": ("DATA-HIPAA",), "sla.resolution": ("SLA-RESOLUTION", "SLA-RESOLUTION-P1"),
         "sla.response": ("SLA-RESPONSE", "SLA-RESPONSE-P1"), "data.breach": ("DATA-BREACH", "DATA-BREACH-DEADLINE")}

# what no rule reads yet, with the reason (keyed by element and the clause's first line)
STILL_WRONG = {
    ("sla.response", "We'll get someone on to it within the hour."):
        "nothing in the sentence names a fault or a call ('it'): only the heading does, and a pattern for 'get someone on to it' "
        "without one would be this drafter's phrase",
    ("data.breach", "The Practice shall notify Provider promptly if any user password is compromised."):
        "the customer's own report, by the name the contract gives it: DATA-BREACH grades a misfit weak instead of dropping it",
}


def _cases():
    for element, rows in (("backup", BACKUP), ("data.hipaa", HIPAA), ("sla.resolution", RESOLUTION),
                          ("sla.response", RESPONSE), ("data.breach", BREACH)):
        for drafter, body, present in rows:
            line = body.split("\n")[1]
            reason = STILL_WRONG.get((element, line))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(element, drafter, body, present, id=f"{element}-{drafter}-{line[:40]}", marks=marks)


@pytest.mark.parametrize(("element", "drafter", "body", "present"), list(_cases()))
def test_each_drafter_s_clause_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, element, drafter, body, present):
    text = framed(DRAFTERS, drafter, body)
    statuses = {rule: finding_of(tmp_path, rulebook, rule, text).status for rule in RULES[element]}
    assert "error" not in statuses.values(), statuses
    assert any(status in FOUND for status in statuses.values()) == present, statuses


@pytest.mark.parametrize("drafter", sorted(DRAFTERS))
def test_each_frame_alone_holds_none_of_the_elements(tmp_path, rulebook, drafter):
    text = framed(DRAFTERS, drafter, "")
    for rules in RULES.values():
        for rule in rules:
            assert finding_of(tmp_path, rulebook, rule, text).status not in (*FOUND, "error"), rule
