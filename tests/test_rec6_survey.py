"""The core elements still weakest kept aside (issue 9, session 20, rec6), where rec5 did not go: the time to respond and
to fix given in a table whose columns are not named 'response' / 'resolution' (Markdown and plain-text columns), in words,
in a schedule line with the level after the time, passively, as an aim, as a share of the tickets; and backup and HIPAA
said in passing (the customer's own backup duties, backup power, a standby, a paid restore, a DR plan only referred to;
HIPAA among other laws, PHI banned, health data under another country's law). Seven more drafters, each clause written
for this survey in words of our own and labelled by ELEMENTS.md as a careful lawyer would; an element is present when its
rule (or the element's other rule) is met or weak.

Against the rules before this survey, 4 of the first 58 clauses were wrong (sla.response 2 misses: a reply 'the same working
day', a report 'taken in hand'; sla.resolution 1: a faulty part 'replaced by the next business day'; backup 1 false find: DR
'provided under a separate agreement'). SECOND, 49 more, written after those were fixed: 17 wrong (sla.response 7 misses:
plain-text columns with a bare level, an engineer who 'reports at the branch', 'take into account any request', a French
GTI with its acronym, 'a tech on the job', 'we're on it', 'look at your problem'; sla.resolution 5: the GTR, a '4-hour
call-to-repair', 'next business day parts replacement', a '4 hour fix', 'get your till sorted' (still missed: a strict
xfail); backup 3 false finds and 1 miss; data.hipaa 1 false find: the covered entity's own patient authorizations). THIRD,
62 more, the other weak elements too: 15 wrong (sla.response 7, sla.resolution 7: a dot-leader list, a KPI table with no
levels, faults 'removed' and 'closed', 'brought back into production'; sla.availability 1: an engineer 'available 95% of
Working Days'), and the reply disclaimed, written after a fix source (w21) showed the first fix caught it. FOURTH, 17 of
backup and HIPAA in passing: 3 false finds of backup (advice on a strategy, a deputy '(backup)', spares 'as backup').
FIFTH, 17 of the first touch and the fix and 5 decoys: 8 wrong (sla.response 5 misses: 'begin handling', 'handling ...
shall commence', 'we'll be there' on site, 'assign it to an engineer', a table of impacts headed 'First call back'; both
elements in plain-text columns of levels named High / Medium and in the impact table). SIXTH, 20 of escalation, availability and remedies: 2 wrong (sla.availability 2 misses: a
fleet kept 95% in working order, email kept working round the clock but for maintenance). SEVENTH, 6 of HIPAA beside other regimes: 2 false finds (a Victorian
health records act named with the privacy act, HIPAA the one example of each party's laws)."""

import pytest

from rule_findings import finding_of
from survey_harness import assert_any_found, assert_none_found, framed

DRAFTERS = {
    "us": ('MASTER IT SERVICES AGREEMENT\n\nThis Agreement is made between Hollis Creek Dental Group, PLLC ("Client") and '
           'Ironbark Managed Services, Inc. ("Provider").\n\n1. Services\nProvider shall provide remote and on-site support '
           'for the Client\'s workstations, servers and network.\n\n',
           '\n17. Governing Law\nThis Agreement is governed by the laws of the State of Oregon.\n'),
    "uk": ('IT SUPPORT AND MAINTENANCE AGREEMENT\n\nThis Agreement is made between Pellow & Crane LLP (the "Client") and '
           'Northmoor Computing Limited (the "Supplier").\n\n1. The Services\nThe Supplier shall provide first and second '
           'line support for the Client\'s offices.\n\n',
           '\n25. Governing Law\nThis Agreement is governed by the law of England and Wales.\n'),
    "in": ('IT INFRASTRUCTURE SUPPORT AGREEMENT\n\nThis Agreement is entered into between Sahyadri Co-operative Bank Limited '
           '(the "Bank") and Kaveri Infotech Solutions Private Limited (the "Vendor").\n\n1. Scope\nThe Vendor shall provide '
           'facility management and desktop support at the Bank\'s branches.\n\n',
           '\n30. Governing Law\nThis Agreement shall be governed by the laws of India.\n'),
    "au": ('MANAGED IT AGREEMENT\n\nThis agreement is between Wattle Grove Accountants Pty Ltd ("you") and Gumtree Networks '
           'Pty Ltd ("we", "us").\n\n1. Our services\nWe manage your computers, server and '
           'email.\n\n',
           '\n15. Law\nThis agreement is governed by the laws of Victoria.\n'),
    "civil": ('CONTRACT FOR THE MAINTENANCE OF INFORMATION SYSTEMS\n\nbetween Officine Brambilla S.p.A. (hereinafter the '
              '"Principal") and Datavia Servizi S.r.l. (hereinafter the "Contractor")\n\nArticle 1 - Subject\nThe '
              'Contractor shall maintain the Principal\'s servers, workstations and network.\n\n',
              '\nArticle 21 - Applicable law\nThis contract is governed by Italian law.\n'),
    "msp": ('SUPPORT PLAN\n\nThis plan is between Kowhai Cafe Ltd ("you") and Byte Size IT ("we").\n\n1. What we look after\n'
            'We look after your laptops, point-of-sale terminals and Wi-Fi.\n\n',
            '\n9. Law\nThis plan is governed by the law of New Zealand.\n'),
    "us_health": ('IT SERVICES AGREEMENT\n\nThis Agreement is between Cedar Hollow Pediatrics, P.A. ("Practice") and '
                  'Meridian Clinical Systems, LLC ("Contractor").\n\n1. Services\nContractor shall support the Practice\'s '
                  'workstations, network and practice management system.\n\n',
                  '\n20. Governing Law\nThis Agreement is governed by the laws of the State of Georgia.\n'),
}

RESPONSE = [
    # a table whose columns say what happens, not 'response'
    ("us", "6. Service Levels\n| Priority | Engineer attendance | Service restored |\n| P1 | 1 hour | 4 hours |\n"
     "| P2 | 4 hours | 1 business day |\n", True),
    ("uk", "6. Service Levels\n| Category | Call logged to engineer contact | Workaround / fix |\n| A | 30 minutes | 4 "
     "hours |\n| B | 2 hours | 8 hours |\n", True),
    ("in", "6. SLA\nSeverity    Acknowledgement    Restoration\nS1          15 min             4 hrs\nS2          30 min"
     "             8 hrs\n", True),
    ("civil", "Article 6 - Service levels\n| Class | Start of intervention | Elimination of the fault |\n| 1 | 2 hours | 8 "
     "hours |\n| 2 | 4 hours | 2 working days |\n", True),
    # in words, the level after the time, passive, an aim, a share of the calls
    ("uk", "6. Service Levels\nThe Supplier will respond within two hours for Priority 1 calls and within one Working Day "
     "for all other calls.\n", True),
    ("in", "6. SLA\nAll calls logged with the help desk shall be responded to within thirty minutes.\n", True),
    ("au", "6. How quickly we respond\nOur aim is to respond to urgent requests within one business hour.\n", True),
    ("us", "6. Service Levels\nProvider shall respond to 95% of Priority 2 tickets within 2 business hours.\n", True),
    ("msp", "3. Response\nWe'll reply to every support email the same working day.\n", True),
    ("civil", "Article 6 - Reaction\nFault reports received before 12:00 shall be taken in hand on the same working day.\n",
     True),
    ("us_health", "6. Service Levels\nContractor will acknowledge every ticket within four business hours.\n", True),
    ("uk", "6. Service Levels\nOn-site attendance: within 4 Working Hours for Priority 1; next Working Day for Priority 2.\n",
     True),
    ("in", "6. SLA\nThe Vendor shall commence work on a branch outage within 1 hour of its being reported.\n", True),
    ("au", "6. Targets\nUrgent: we'll start working on it within 30 minutes. Everything else: within 4 business hours.\n",
     True),
    # absent: a reply the customer owes, a tender answered, a press enquiry, a quote, a supplier's holiday cover
    ("us", "9. Client Duties\nClient shall respond to Provider's questions about change requests within 3 business days.\n",
     False),
    ("uk", "14. Freedom of Information\nThe Supplier shall provide any information the Client needs to answer a request "
     "under the Freedom of Information Act within 5 Working Days.\n", False),
    ("in", "18. Quotations\nThe Vendor shall respond to requests for quotation for additional hardware within 7 days.\n",
     False),
    ("au", "10. Feedback\nWe'll reply to any feedback survey comments within a month.\n", False),
]

RESOLUTION = [
    ("us", "6. Service Levels\n| Priority | Engineer attendance | Service restored |\n| P1 | 1 hour | 4 hours |\n"
     "| P2 | 4 hours | 1 business day |\n", True),
    ("uk", "6. Service Levels\n| Category | Call logged to engineer contact | Workaround / fix |\n| A | 30 minutes | 4 "
     "hours |\n| B | 2 hours | 8 hours |\n", True),
    ("in", "6. SLA\nSeverity    Acknowledgement    Restoration\nS1          15 min             4 hrs\nS2          30 min"
     "             8 hrs\n", True),
    ("civil", "Article 6 - Service levels\n| Class | Start of intervention | Elimination of the fault |\n| 1 | 2 hours | 8 "
     "hours |\n| 2 | 4 hours | 2 working days |\n", True),
    ("uk", "6. Service Levels\n| Priority | Target |\n| 1 - Critical | Fixed within 4 hours |\n| 2 - High | Fixed within 1 "
     "Working Day |\n", True),
    ("us", "6. Service Levels\nIncidents shall be resolved within four business hours for Priority 1 and within two "
     "business days for Priority 2.\n", True),
    ("in", "6. SLA\nThe Vendor shall ensure that 90% of Severity 2 calls are closed within one business day.\n", True),
    ("au", "6. How fast we fix things\nWe aim to fix problems that stop you working by the end of the same business day.\n",
     True),
    ("civil", "Article 6 - Fault removal\nThe fault shall be eliminated within two working days of the report.\n", True),
    ("msp", "3. Fixes\nIf a till goes down we'll have it working again the same day.\n", True),
    ("us_health", "6. Service Levels\nContractor shall restore access to the practice management system within 8 hours of "
     "an outage.\n", True),
    ("uk", "6. Service Levels\nPriority 1 incidents: restore service within 4 hours; Priority 2 incidents: within 8 hours.\n",
     True),
    ("in", "6. SLA\nFor hardware faults at branches, the faulty part shall be replaced by the next business day.\n", True),
    ("us", "6. Service Levels\nThe target time to restore a failed workstation is one business day.\n", True),
    # absent: a complaint, an audit finding, the Bank's own network, a timetable still to be agreed, a response alone
    ("uk", "16. Complaints\nThe Supplier shall investigate and close any complaint within 20 Working Days.\n", False),
    ("in", "19. Audit\nThe Vendor shall close all audit observations within 30 days of the audit report.\n", False),
    ("us", "6. Service Levels\nResolution targets shall be agreed by the parties within 60 days of the Effective Date.\n",
     False),
    ("au", "6. Response\nWe'll answer urgent calls within 30 minutes.\n", False),
]

BACKUP = [
    # absent: the customer's own backups, power, a standby person or line, a paid restore, a DR plan only referred to
    ("us", "9. Client Responsibilities\nClient shall back up all data on its workstations before Provider installs any "
     "upgrade.\n", False),
    ("uk", "9. Client Responsibilities\nThe Client is responsible for making and keeping backup copies of its own data.\n",
     False),
    ("in", "9. Site Facilities\nThe Bank shall provide uninterrupted power supply with backup power of at least 30 minutes "
     "at each branch.\n", False),
    ("au", "9. Contacts\nYou'll give us a main contact and a backup contact for urgent matters.\n", False),
    ("civil", "Article 9 - Personnel\nThe Contractor shall name a backup technician to stand in during absences of the "
     "assigned technician.\n", False),
    ("msp", "5. Extras\nRestoring files from a backup is charged at our normal hourly rate.\n", False),
    ("uk", "10. Business Continuity\nThe Supplier's business continuity plan is available to the Client on request.\n",
     False),
    ("us", "10. Disaster Recovery\nAny disaster recovery services will be provided under a separate agreement.\n", False),
    ("in", "10. Connectivity\nThe Bank shall arrange a backup leased line from a second telecom operator.\n", False),
    # present
    ("uk", "8. Backup\nThe Supplier shall back up the Client's document management server each night and keep the "
     "backups for 30 days.\n", True),
    ("in", "8. Backup\nThe Vendor shall take a daily backup of the core banking interface server and test restoration "
     "monthly.\n", True),
    ("au", "8. Backups\nWe back up your server every night to our data centre and keep the copies for 90 days.\n", True),
    ("civil", "Article 8 - Data saving\nThe Contractor shall save the data of the servers every day onto media kept "
     "outside the Principal's premises.\n", True),
]

HIPAA = [
    # absent: HIPAA among laws, PHI banned, no PHI, health data under another country's law, a form of words about
    # patients with no HIPAA term
    ("us", "11. Compliance\nProvider shall comply with all applicable laws, such as HIPAA, the CAN-SPAM Act and state "
     "data breach statutes.\n", False),
    ("us", "11. Data\nClient shall not send protected health information to Provider's help desk.\n", False),
    ("us", "11. Data\nProvider will have no access to PHI in performing the Services.\n", False),
    ("uk", "11. Patient Data\nThe Supplier shall process patient data in accordance with the UK GDPR and the Data Security "
     "and Protection Toolkit.\n", False),
    ("in", "11. Health Records\nThe Vendor shall keep health records of the Bank's employees confidential under the Digital "
     "Personal Data Protection Act, 2023.\n", False),
    ("us_health", "11. HIPAA\nThe parties acknowledge that Contractor is not a business associate because it will not "
     "access PHI.\n", False),
    # present
    ("us_health", "11. HIPAA\nContractor shall comply with the Business Associate Agreement attached as Exhibit C.\n", True),
    ("us_health", "11. HIPAA\nContractor shall safeguard ePHI in accordance with the HIPAA Security Rule.\n", True),
    ("us", "11. Health Information\nProvider shall report to Client any security incident involving PHI within 5 "
     "days.\n", True),
]


# a second list, written after the first passed (it passed as written, but for four): other column names and a plain-text
# table, a level's times in one line, a translation's guaranteed times with their acronyms, a hardware cover named by its
# fix, an engineer put on the job; backup's stand-ins, DR disclaimed or the customer's, a device's configuration copied;
# HIPAA in a liability clause, the covered entity's own consents, a BAA disclaimed
SECOND = [
    ('sla.response', 'us', '6. Service Levels\n| Priority | Definition | Target |\n| P1 | Whole office down | '
     'Technician engaged in 30 minutes; fixed in 4 hours |\n| P2 | One user down | Technician engaged in 2 '
     'hours; fixed in 1 business day |\n', True),
    ('sla.resolution', 'us', '6. Service Levels\n| Priority | Definition | Target |\n| P1 | Whole office down | '
     'Technician engaged in 30 minutes; fixed in 4 hours |\n| P2 | One user down | Technician engaged in 2 '
     'hours; fixed in 1 business day |\n', True),
    ('sla.response', 'uk', '6. Service Levels\nPriority    Time to engineer    Time to fix\n1           1 hour   '
     '           4 hours\n2           4 hours             8 hours\n', True),
    ('sla.resolution', 'uk', '6. Service Levels\nPriority    Time to engineer    Time to fix\n1           1 hour '
     '             4 hours\n2           4 hours             8 hours\n', True),
    ('sla.response', 'in', '6. SLA\n| Severity | Initial action | Service back |\n| S1 | 30 minutes | 4 hours '
     '|\n| S2 | 2 hours | 12 hours |\n', True),
    ('sla.resolution', 'in', '6. SLA\n| Severity | Initial action | Service back |\n| S1 | 30 minutes | 4 hours '
     '|\n| S2 | 2 hours | 12 hours |\n', True),
    ('sla.response', 'uk', '6. Service Levels\nP1 - 15 minutes to acknowledge, 4 hours to resolve.\nP2 - 1 hour '
     'to acknowledge, 1 Working Day to resolve.\n', True),
    ('sla.resolution', 'uk', '6. Service Levels\nP1 - 15 minutes to acknowledge, 4 hours to resolve.\nP2 - 1 '
     'hour to acknowledge, 1 Working Day to resolve.\n', True),
    ('sla.response', 'us', '6. Service Levels\nPriority 1 tickets are triaged within 1 hour.\n', True),
    ('sla.response', 'in', "6. SLA\nThe Vendor's engineer shall report at the affected branch within 4 hours of "
     'the complaint.\n', True),
    ('sla.response', 'in', '6. SLA\nTurn Around Time (TAT) for response to P1 calls: 30 minutes.\n', True),
    ('sla.resolution', 'in', '6. SLA\nTAT for resolution of P1 calls: 4 hours; P2 calls: 8 hours.\n', True),
    ('sla.response', 'civil', 'Article 6 - Taking into account\nThe Contractor undertakes to take into account '
     'any request of the Principal within 2 working hours.\n', True),
    ('sla.response', 'civil', 'Article 6 - Guaranteed times\nThe Contractor guarantees an intervention time '
     '(GTI) of 4 hours and a restoration time (GTR) of 8 hours.\n', True),
    ('sla.resolution', 'civil', 'Article 6 - Guaranteed times\nThe Contractor guarantees an intervention time '
     '(GTI) of 4 hours and a restoration time (GTR) of 8 hours.\n', True),
    ('sla.response', 'au', "6. Support\nWe'll have a tech on the job within 2 hours of your call.\n", True),
    ('sla.response', 'msp', "3. Urgent\nUrgent stuff: we're on it within 30 minutes.\n", True),
    ('sla.response', 'msp', "3. Help\nWe'll look at your problem within the hour.\n", True),
    ('sla.response', 'us', '6. Service Levels\nA Priority 1 ticket will receive a response within fifteen minutes.\n', True),
    ('sla.response', 'uk', '6. Service Levels\nThe Supplier shall respond to Priority 1 calls within half an hour.\n', True),
    ('sla.resolution', 'au', '6. Fixing\nProblems that stop your office trading will be sorted within 4 '
     'business hours.\n', True),
    ('sla.resolution', 'us', '6. Hardware\nServers are covered by a 4-hour call-to-repair commitment.\n', True),
    ('sla.resolution', 'uk', '6. Hardware\nDesktop hardware is covered by next business day parts replacement.\n', True),
    ('sla.resolution', 'us', '6. Service Levels\nMean time to repair for Priority 1 incidents shall not exceed '
     '4 hours.\n', True),
    ('sla.resolution', 'uk', '6. Service Levels\nService shall be reinstated within 6 hours of a Priority 1 fault.\n', True),
    ('sla.resolution', 'civil', 'Article 6 - Repair\nThe Contractor shall remedy the malfunction so that the '
     'system is usable again at the latest on the working day following the report.\n', True),
    ('sla.resolution', 'in', '6. SLA\nSeverity 1 - system unusable - 4 hour fix.\n', True),
    ('sla.resolution', 'au', '6. Fixing\nCritical faults: fixed within 4 hours. High: fixed within 1 business day.\n', True),
    ('sla.resolution', 'msp', "3. Fixes\nWe'll get your till sorted within a working day.\n", True),
    ('sla.resolution', 'us', '6. Service Levels\nProvider shall resolve Priority 1 incidents within four (4) '
     'hours after they are logged, and Priority 2 incidents by close of business the next business day.\n', True),
    ('backup', 'uk', "10. Support\nThe Client's IT officer will act as backup to the Supplier's service desk "
     'outside office hours.\n', False),
    ('backup', 'us', '10. Disaster Recovery\nNothing in this Agreement obliges Provider to provide disaster '
     'recovery services.\n', False),
    ('backup', 'in', "10. Business Continuity\nThe Bank's business continuity plan shall govern the operation "
     'of branches during a disaster.\n', False),
    ('backup', 'au', '10. Your backups\nYou must check your backup reports each week and tell us if any job fails.\n', False),
    ('backup', 'us', '10. Client Data\nClient shall verify the integrity of its backups at least monthly.\n', False),
    ('backup', 'civil', 'Article 10 - Continuity\nThe Principal shall keep its own continuity plan up to date.\n', False),
    ('backup', 'msp', '5. Power\nWe recommend a UPS to keep your server running for 15 minutes during a power cut.\n', False),
    ('backup', 'us', "8. Backups\nProvider will monitor Client's nightly backup jobs and re-run any job that fails.\n", True),
    ('backup', 'uk', '8. Firewall\nThe Supplier shall keep a copy of the current configuration of each firewall '
     'and switch.\n', True),
    ('backup', 'in', "8. Disaster Recovery\nThe Vendor shall replicate the branch server to the Bank's DR site "
     'every 15 minutes.\n', True),
    ('backup', 'msp', '4. Backups\nYour point-of-sale data is copied to the cloud every hour.\n', True),
    ('data.hipaa', 'us', '11. Liability\nProvider shall not be liable for any penalties imposed on Client under '
     'HIPAA.\n', False),
    ('data.hipaa', 'us_health', '11. Practice Duties\nPractice shall obtain any patient authorizations HIPAA '
     'requires.\n', False),
    ('data.hipaa', 'us', '11. Health Data\nThis Agreement does not create a business associate relationship '
     'between the parties.\n', False),
    ('data.hipaa', 'us', '11. Regulatory\nClient represents that it is not subject to HIPAA.\n', False),
    ('data.hipaa', 'us_health', '11. Hosting\nThe ticketing system is not HIPAA compliant.\n', False),
    ('data.hipaa', 'us', '11. Privacy\nProvider shall comply with the Privacy Act 1988 (Cth) in handling health '
     "information of Client's Australian staff.\n", False),
    ('data.hipaa', 'us_health', '11. HIPAA\nContractor agrees to be bound by the terms of the Business '
     'Associate Addendum signed by the parties.\n', True),
    ('data.hipaa', 'us_health', '11. HIPAA\nContractor will encrypt all ePHI at rest and in transit.\n', True),
]


# a third list, the other weak elements too (escalation, availability, remedies), written after the second was fixed:
# a dot-leader list, an aim or an endeavour, a noun for the touch ('call acknowledgement', 'call closure', 'intervention ...
# shall take place'), a table of actions, a KPI table with no levels, a schedule headed 'Annexure' or 'Exhibit', faults
# put right said of the fault, a dispute ladder (the corpus's labels count one with levels), staff 'available 95%', a
# reply disclaimed
THIRD = [
    ('sla.response', 'us', '6. Service Levels\nCritical (P1) .......... 30 minutes / 4 hours\nHigh (P2) '
     '.............. 2 hours / 1 business day\n', True),
    ('sla.resolution', 'us', '6. Service Levels\nCritical (P1) .......... 30 minutes / 4 hours\nHigh (P2) '
     '.............. 2 hours / 1 business day\n', True),
    ('sla.response', 'uk', "6. Service Levels\nThe Supplier's target is to respond to Priority 1 calls within "
     '30 minutes.\n', True),
    ('sla.resolution', 'uk', '6. Service Levels\nThe Supplier will endeavour to resolve Priority 1 faults '
     'within 4 hours.\n', True),
    ('sla.response', 'in', '6. SLA\nCall acknowledgement: 15 minutes (P1), 30 minutes (P2), 2 hours (P3).\n', True),
    ('sla.resolution', 'in', '6. SLA\nCall closure: 4 hours (P1), 8 hours (P2), 24 hours (P3).\n', True),
    ('sla.response', 'au', '6. Response\nFor urgent jobs, a technician will be assigned straight away and '
     'will call you within 30 minutes.\n', True),
    ('sla.resolution', 'au', '6. Fix times\nUrgent jobs: resolved same business day. Standard jobs: within 3 '
     'business days.\n', True),
    ('sla.response', 'civil', "Article 6 - Intervention\nThe intervention of the Contractor's technician "
     'shall take place within 4 working hours from the call.\n', True),
    ('sla.resolution', 'civil', 'Article 6 - Restoration\nThe Contractor shall re-establish the functioning '
     'of the system within 8 working hours from the call.\n', True),
    ('sla.response', 'msp', "3. When you call\nIf you call during opening hours, you'll speak to a technician "
     'straight away or get a call back within an hour.\n', True),
    ('sla.resolution', 'msp', '3. Fixes\nMost problems get fixed the same day; anything that stops you '
     'trading gets fixed within 4 hours.\n', True),
    ('sla.response', 'us_health', '6. Service Levels\n| Severity | Contractor Action | Time |\n| 1 | '
     'Acknowledge and begin work | 15 minutes |\n| 1 | Restore service | 4 hours |\n', True),
    ('sla.resolution', 'us_health', '6. Service Levels\n| Severity | Contractor Action | Time |\n| 1 | '
     'Acknowledge and begin work | 15 minutes |\n| 1 | Restore service | 4 hours |\n', True),
    ('sla.response', 'uk', '6. Service Levels\n| Service Level | Measure | Target |\n| Incident response | '
     'Time from logging to engineer contact, Priority 1 | 30 minutes |\n| Incident fix | Time from '
     'logging to service restored, Priority 1 | 4 hours |\n', True),
    ('sla.resolution', 'uk', '6. Service Levels\n| Service Level | Measure | Target |\n| Incident response | '
     'Time from logging to engineer contact, Priority 1 | 30 minutes |\n| Incident fix | Time from '
     'logging to service restored, Priority 1 | 4 hours |\n', True),
    ('sla.resolution', 'in', '6. SLA\nNinety five percent of all calls shall be resolved within the '
     'resolution time applicable to their severity, being 4 hours for Severity 1.\n', True),
    ('sla.response', 'us', "6. Service Levels\nProvider's help desk staff will pick up 90% of calls within 3 "
     'rings and return voicemails within 1 hour.\n', True),
    ('sla.response', 'us', '9. Client Duties\nClient shall acknowledge receipt of each deliverable within 5 '
     'business days.\n', False),
    ('sla.response', 'uk', '17. Insurance Claims\nThe Supplier shall respond to any claim notified by the '
     'Client within 10 Working Days.\n', False),
    ('sla.resolution', 'in', '14. Termination\nThe Bank may terminate if the Vendor fails to remedy a breach '
     'within 30 days.\n', False),
    ('sla.resolution', 'us', '12. Fees\nBilling errors will be corrected within one billing cycle.\n', False),
    ('sla.resolution', 'au', '11. Complaints\nWe aim to resolve complaints within 10 business days.\n', False),
    ('sla.response', 'civil', 'Article 12 - Change requests\nThe Contractor shall respond to any change '
     'request with an estimate within 5 working days.\n', False),
    ('escalation', 'uk', "7. Escalation\nIf a Priority 1 fault is not fixed within 4 hours, the Supplier's "
     'Service Delivery Manager will take ownership and update the Client every hour.\n', True),
    ('escalation', 'in', '7. Escalation Matrix\n| Level | Vendor contact | After |\n| L1 | Help desk | 0 hours '
     '|\n| L2 | Team Lead | 2 hours |\n| L3 | Account Manager | 4 hours |\n', True),
    ('escalation', 'au', "7. If you're not happy\nIf a job is taking too long, ring our service manager, and "
     "if that doesn't help, our director.\n", True),
    ('escalation', 'us', "7. Disputes\nAny dispute shall first be referred to the parties' project managers "
     'and then to their executives.\n', True),
    ('escalation', 'civil', 'Article 7 - Escalation\nUnresolved faults shall be escalated by the Contractor '
     'to its second-level support after 2 hours and to the manufacturer after 8 hours.\n', True),
    ('escalation', 'us', '7. Price\nFees are subject to an annual escalation of 3%.\n', False),
    ('sla.availability', 'uk', '8. Availability\nThe hosted practice system shall be available 99.5% of the '
     'time in each month, excluding planned maintenance.\n', True),
    ('sla.availability', 'au', '8. Uptime\nWe aim to keep your cloud server up at least 99.9% of the time each month.\n', True),
    ('sla.availability', 'in', '8. Uptime\nThe Vendor shall ensure network uptime of not less than 99% per '
     'quarter at each branch.\n', True),
    ('sla.availability', 'civil', 'Article 8 - Availability\nThe guaranteed availability of the ERP system is '
     '98% calculated over the calendar month.\n', True),
    ('sla.availability', 'us', '8. Support Hours\nThe help desk is available 8 a.m. to 6 p.m. Monday through Friday.\n', False),
    ('sla.availability', 'uk', '8. Staff\nThe Supplier shall ensure that a qualified engineer is available to '
     'the Client 95% of Working Days.\n', False),
    ('sla.remedies', 'uk', '9. Service Credits\nIf the monthly availability falls below 99.5%, the Client '
     'shall receive a credit of 5% of the monthly charge for each 0.5% below.\n', True),
    ('sla.remedies', 'in', '9. Penalty\nFor each hour of delay beyond the resolution time, a penalty of INR '
     '500 shall be deducted from the quarterly bill.\n', True),
    ('sla.remedies', 'au', "9. If we miss\nIf we miss a fix time for an urgent job, that month's support fee "
     'is reduced by 10%.\n', True),
    ('sla.remedies', 'civil', 'Article 9 - Penalties\nIn the event of delay in the intervention, the '
     'Contractor shall pay a penalty of EUR 100 per hour of delay.\n', True),
    ('sla.remedies', 'us', '9. Late Payment\nLate payments bear interest at 1.5% per month.\n', False),
    ('sla.remedies', 'us', '9. Credits\nCredits for prepaid hours not used expire at the end of each year.\n', False),
    ('sla.response', 'uk', 'Schedule 2 - Key Performance Indicators\n| KPI | Target |\n| Engineer contact '
     'after a call is logged | 30 minutes |\n| Fault fixed after a call is logged | 8 Working Hours |\n', True),
    ('sla.resolution', 'uk', 'Schedule 2 - Key Performance Indicators\n| KPI | Target |\n| Engineer contact '
     'after a call is logged | 30 minutes |\n| Fault fixed after a call is logged | 8 Working Hours |\n', True),
    ('sla.response', 'in', "Annexure B - Incident Management\nAll incidents will be attended by the Vendor's "
     'engineer within 2 hours and closed within 8 hours of logging.\n', True),
    ('sla.resolution', 'in', 'Annexure B - Incident Management\nAll incidents will be attended by the '
     "Vendor's engineer within 2 hours and closed within 8 hours of logging.\n", True),
    ('sla.response', 'au', '6. Fix times\nWe start on urgent jobs within 30 minutes and have most fixed '
     'within 4 hours.\n', True),
    ('sla.resolution', 'au', '6. Fix times\nWe start on urgent jobs within 30 minutes and have most fixed '
     'within 4 hours.\n', True),
    ('sla.response', 'civil', 'Annex 3 - Fault handling\nFault class 1: beginning of fault removal within 1 '
     'hour, fault removed within 6 hours.\nFault class 2: beginning within 4 hours, removed within 2 '
     'working days.\n', True),
    ('sla.resolution', 'civil', 'Annex 3 - Fault handling\nFault class 1: beginning of fault removal within 1 '
     'hour, fault removed within 6 hours.\nFault class 2: beginning within 4 hours, removed within 2 '
     'working days.\n', True),
    ('sla.response', 'us', 'Exhibit B - Support Standards\nEmergency requests: on-site or remote assistance '
     'within 2 hours.\n', True),
    ('sla.response', 'msp', "3. Timescales\nUrgent: we'll be with you in 2 hours. Normal: next working day.\n", True),
    ('sla.resolution', 'uk', '6. Turnaround\nPrinter faults: repaired or replaced within 2 Working Days.\n', True),
    ('sla.resolution', 'us', 'Exhibit B - Support Standards\nA down server will be brought back into '
     'production within 8 hours.\n', True),
    ('sla.resolution', 'in', '6. SLA\nThe Vendor shall restore connectivity at any branch within 6 hours of a '
     'link failure.\n', True),
    ('sla.resolution', 'au', '6. Targets\nOur target is to fix 80% of problems on the first call.\n', False),
    ('sla.response', 'uk', '6. Service Desk\nThe Service Desk will log all calls and provide a call reference '
     'number immediately.\n', False),
    ('sla.response', 'civil', 'Article 6 - Hotline\nThe hotline shall be reachable on working days from 8:00 '
     'to 18:00.\n', False),
    ('sla.resolution', 'civil', 'Article 6 - Updates\nThe Contractor shall deliver corrections of errors in '
     'the next release.\n', False),
    ('sla.response', 'us_health', '6. Support\nFor any issue affecting patient care, Contractor will have an '
     'engineer working on it within 15 minutes, 24 hours a day.\n', True),
    ('sla.resolution', 'us_health', '6. Support\nFor any issue affecting patient care, Contractor will work '
     'continuously until normal operation is restored.\n', True),
    ('sla.response', 'msp', '3. Replies\nWe normally reply to emails the same working day, but we make no '
     "promise about how quickly we'll get back to you.\n", False),
]


# a fourth list, backup and HIPAA said in passing once more: a loss the customer's own backups would have saved, DR under
# another SOW, advice on a strategy, the customer's generator, a deputy or spare kit 'as backup', tapes the customer's
# courier takes; a conduit, a BAA not needed, PHI left out of the hosted data
FOURTH = [
    ('backup', 'uk', '10. Data Loss\nThe Supplier is not liable for data loss where the Client has not kept '
     'current backups.\n', False),
    ('backup', 'us', '10. Other Services\nBackup and disaster recovery are covered by a separate Statement of Work.\n', False),
    ('backup', 'au', "10. Advice\nWe'll advise you on a sensible backup strategy for your practice.\n", False),
    ('backup', 'in', '10. Client Responsibilities\nTesting of the backup generator at each branch is the '
     "Bank's responsibility.\n", False),
    ('backup', 'uk', '10. Account Management\nThe Supplier shall nominate a deputy (backup) for the Account Manager.\n', False),
    ('backup', 'in', '10. Spares\nThe Vendor shall keep spare switches at each regional office as backup.\n', False),
    ('backup', 'civil', "Article 10 - Tapes\nBackup tapes shall be collected weekly by the Principal's "
     'courier and stored by the Principal.\n', False),
    ('backup', 'us', '10. Client Duties\nClient shall maintain offsite backups of all data stored on its '
     'workstations.\n', False),
    ('backup', 'au', "10. Your data\nIt's your job to keep copies of anything stored on your laptops.\n", False),
    ('backup', 'us', "8. Backups\nProvider shall perform nightly image-based backups of the Client's servers "
     'to its data center.\n', True),
    ('backup', 'uk', '8. Business Continuity\nThe Supplier shall maintain and annually test a business '
     'continuity plan covering the Services.\n', True),
    ('data.hipaa', 'us', '11. Conduit\nThe parties agree that Provider acts only as a conduit for data and is '
     'not a business associate.\n', False),
    ('data.hipaa', 'us', '11. No PHI\nNothing in this Agreement makes Provider a business associate of Client.\n', False),
    ('data.hipaa', 'us_health', '11. Data\nPHI is excluded from the Customer Data that Contractor hosts.\n', False),
    ('data.hipaa', 'us', '11. Health Data\nProvider does not need to sign a BAA because it will not handle PHI.\n', False),
    ('data.hipaa', 'us_health', '11. HIPAA\nContractor shall comply with HIPAA in performing the Services.\n', True),
    ('data.hipaa', 'us_health', '11. HIPAA\nThe Business Associate Agreement between the parties dated 1 '
     'March 2025 forms part of this Agreement.\n', True),
]


# a fifth list, the first touch and the fix once more: a Japanese firm's 'handling' in translation, a mean time with its
# acronym, someone 'there' on site, a call assigned to an engineer, a translation's times defined in brackets, a table
# of impacts (no levels) and plain-text columns of named levels; decoys: a contacts table, a quotation assigned, a
# dispute ladder's table, a change table and an invoice query in plain-text columns
FIFTH = [
    ('sla.response', 'civil', 'Article 6 - Handling\nThe Contractor shall begin handling a priority 1 inquiry '
     'within 1 hour of its receipt.\n', True),
    ('sla.response', 'civil', 'Article 6 - Handling\nHandling of a priority 1 inquiry shall commence within 1 '
     'hour of its receipt.\n', True),
    ('sla.response', 'us', '6. Service Levels\nMean time to acknowledge (MTTA) for Priority 1 tickets: 15 minutes.\n', True),
    ('sla.resolution', 'us', '6. Service Levels\nMean time to resolve (MTTR) for Priority 1 tickets: 4 hours.\n', True),
    ('sla.response', 'msp', "3. Call-outs\nIf you need us on site, we'll be there within 4 hours.\n", True),
    ('sla.response', 'au', "6. Response\nWe'll get to you within 4 business hours for anything urgent.\n", True),
    ('sla.response', 'uk', '6. Service Levels\nThe Supplier will deal with Priority 1 calls immediately and '
     'Priority 2 calls within 2 Working Hours.\n', True),
    ('sla.resolution', 'uk', '6. Service Levels\nThe Supplier shall provide a workaround or permanent fix for '
     'Priority 1 calls within 4 hours.\n', True),
    ('sla.resolution', 'civil', 'Article 6 - Recovery\nThe system shall be returned to an operational state '
     'no later than 8 hours after the fault report.\n', True),
    ('sla.resolution', 'us', '6. Service Levels\nProvider will close Priority 2 tickets within 2 business '
     'days on average.\n', True),
    ('sla.response', 'in', "6. SLA\nThe Vendor's help desk shall log every call and assign it to an engineer "
     'within 15 minutes.\n', True),
    ('sla.response', 'civil', 'Article 6 - Times\nThe reaction time (time from the fault report to the start '
     'of work by a technician) is 2 hours.\n', True),
    ('sla.resolution', 'civil', 'Article 6 - Times\nThe recovery time (time from the fault report to the '
     'restored operation) is 8 hours.\n', True),
    ('sla.response', 'us_health', '6. Support\n| Impact | First call back | Fix or workaround |\n| Patient '
     'care stopped | 15 min | 2 hours |\n| Clinic slowed | 1 hour | 8 hours |\n', True),
    ('sla.resolution', 'us_health', '6. Support\n| Impact | First call back | Fix or workaround |\n| Patient '
     'care stopped | 15 min | 2 hours |\n| Clinic slowed | 1 hour | 8 hours |\n', True),
    ('sla.response', 'uk', '6. Service Levels\nPriority    Description          Engineer contact    Fix\nHigh  '
     '      Whole site down      1 hour              4 hours\nMedium      One user down        4 hours   '
     '          2 days\n', True),
    ('sla.resolution', 'uk', '6. Service Levels\nPriority    Description          Engineer contact    '
     'Fix\nHigh        Whole site down      1 hour              4 hours\nMedium      One user down        '
     '4 hours             2 days\n', True),
    ('sla.response', 'uk', '7. Contacts\n| Contact | Role | Telephone |\n| Amy Hale | Account Manager | 0161 '
     '496 0000 |\n| Raj Patel | Service Desk Lead | 0161 496 0001 |\n', False),
    ('sla.response', 'us', '9. Client Duties\nClient shall review each quotation and assign it to an approver '
     'within 5 business days.\n', False),
    ('sla.resolution', 'uk', '20. Disputes\n| Stage | Resolution |\n| Contract managers | 10 Working Days |\n| '
     'Directors | 20 Working Days |\n', False),
    ('sla.response', 'in', '18. Change Control\nChange type     Approval     Implementation\nMinor           2 '
     'days       5 days\nMajor           10 days      30 days\n', False),
    ('sla.resolution', 'au', '12. Invoices\nQuery type      Resolution\nBilling error   10 business days\n', False),
]


# a sixth list, the other weak elements once more: an escalation table by the hour, a complaint taken up the line, a
# fault passed to the maker; uptime of scheduled hours, in words, in a table, of a fleet kept in order, a service kept up
# round the clock but for maintenance; money back or an exit for a missed level; decoys: a price escalation, maintenance
# windows, staff retention, hours carried over, a project's liquidated damages
SIXTH = [
    ('escalation', 'us', '7. Escalation\n| Level | Contact | When |\n| 1 | Help desk | On logging |\n| 2 | '
     'Service Manager | P1 open after 2 hours |\n| 3 | Director of Operations | P1 open after 4 hours |\n', True),
    ('escalation', 'uk', '7. Complaints\nIf the Client is unhappy with the Service, it may raise the matter '
     "with the Supplier's Account Manager and, failing a response within 5 Working Days, with the "
     "Supplier's Managing Director.\n", True),
    ('escalation', 'civil', 'Article 7 - Escalation\nIf a fault of class A is not eliminated within 4 hours, '
     "the Contractor shall inform the Principal's IT manager and involve the manufacturer's support.\n", True),
    ('escalation', 'msp', "3. If things go wrong\nIf you're not happy with how a job is going, ask for me directly.\n", False),
    ('escalation', 'in', '7. Price Escalation\nThe rates shall be escalated by 5% every year.\n', False),
    ('escalation', 'au', "7. Escalation\nWe may escalate a problem to the software vendor if we can't fix it "
     'ourselves.\n', True),
    ('sla.availability', 'us', '8. Uptime\nProvider guarantees that the hosted EHR will be accessible to the '
     'Practice 99.8% of scheduled hours.\n', True),
    ('sla.availability', 'uk', '8. Service Availability\nThe Managed Network shall achieve a Service '
     'Availability of not less than ninety-nine point five per cent (99.5%) per Month.\n', True),
    ('sla.availability', 'in', '8. Uptime\n| Component | Uptime |\n| Core banking link | 99.5% |\n| Branch LAN '
     '| 99% |\n', True),
    ('sla.availability', 'au', "8. Your systems\nWe'll keep your email working around the clock, except for "
     'planned maintenance we tell you about.\n', True),
    ('sla.availability', 'civil', 'Article 8 - Maintenance windows\nMaintenance work shall take place on '
     'Saturdays between 20:00 and 24:00.\n', False),
    ('sla.availability', 'us', "8. Printers\nProvider shall keep at least 95% of the Practice's printers in "
     'working order.\n', True),
    ('sla.availability', 'uk', '8. Staff\nThe Supplier shall maintain a staff retention rate of 90%.\n', False),
    ('sla.remedies', 'us', '9. Service Credits\nFor each hour of Downtime beyond the monthly allowance, '
     'Provider shall credit Client $100.\n', True),
    ('sla.remedies', 'uk', '9. Remedies\nIf the Supplier fails to meet a Service Level in three consecutive '
     'months, the Client may terminate the affected Service.\n', True),
    ('sla.remedies', 'in', '9. SLA Deductions\nShortfall in uptime shall attract a deduction of 1% of the '
     'monthly fee for every 0.5% shortfall.\n', True),
    ('sla.remedies', 'au', "9. Money back\nIf we don't meet our fix time, we'll refund that month's fee for "
     'the affected service.\n', True),
    ('sla.remedies', 'civil', 'Article 9 - Contractual penalty\nIn case of late restoration, the Contractor '
     'owes a contractual penalty of 0.2% of the annual fee per hour of delay, capped at 5%.\n', True),
    ('sla.remedies', 'msp', '4. Credits\nUnused support hours carry over to the next month.\n', False),
    ('sla.remedies', 'uk', '9. Liquidated Damages\nLiquidated damages for late delivery of the migration '
     'project shall be 1% per week.\n', False),
]


# a seventh list, HIPAA beside other regimes: a state's health records act named with its privacy act, the NHS's
# toolkit, Indian law's sensitive data, HIPAA the one example of each party's laws (all absent); PHIPA kept as the
# custodian's agent and PHI's restrictions passed down to subcontractors (present, as w11's labels count a counterpart)
SEVENTH = [
    ('data.hipaa', 'au', "11. Health information\nWe handle your patients' health information in line with "
     'the Privacy Act 1988 (Cth) and the Health Records Act 2001 (Vic).\n', False),
    ('data.hipaa', 'uk', '11. Patient Data\nThe Supplier shall comply with the Caldicott Principles and the '
     'NHS Data Security and Protection Toolkit when handling patient data.\n', False),
    ('data.hipaa', 'in', "11. Health Data\nMedical records of the Bank's staff shall be handled as sensitive "
     'personal data under Indian law.\n', False),
    ('data.hipaa', 'us', "11. Canadian Clinics\nFor the Client's Ontario clinics, Provider shall comply with "
     'PHIPA as an agent of the health information custodian.\n', True),
    ('data.hipaa', 'us', '11. Privacy\nEach party shall comply with the privacy laws that apply to it, '
     'including, where relevant, HIPAA.\n', False),
    ('data.hipaa', 'us_health', '11. Subcontractors\nContractor shall ensure that any subcontractor that '
     'accesses PHI agrees to the same restrictions that apply to Contractor.\n', True),
]

RULES = {"backup": ("CONT-BACKUP",), "data.hipaa": ("DATA-HIPAA",), "sla.resolution": ("SLA-RESOLUTION", "SLA-RESOLUTION-P1"),
         "sla.response": ("SLA-RESPONSE", "SLA-RESPONSE-P1"), "escalation": ("SLA-ESCALATION",),
         "sla.availability": ("SLA-AVAILABILITY", "SLA-AVAILABILITY-MIN"), "sla.remedies": ("SLA-REMEDIES",)}

# what no rule reads yet, with the reason (keyed by element and the clause's first line)
STILL_WRONG = {
    ("sla.resolution", "We'll get your till sorted within a working day."):
        "nothing in the sentence names a fault ('your till sorted'): only the heading 'Fixes' does, and a fix time read from "
        "any 'sorted within' would count a delivery or a set-up as well",
}


def _cases():
    for element, rows in (("sla.response", RESPONSE), ("sla.resolution", RESOLUTION), ("backup", BACKUP),
                          ("data.hipaa", HIPAA)):
        for drafter, body, present in rows:
            line = body.split("\n")[1]
            reason = STILL_WRONG.get((element, line))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(element, drafter, body, present, id=f"{element}-{drafter}-{line[:40]}", marks=marks)
    for element, drafter, body, present in SECOND + THIRD + FOURTH + FIFTH + SIXTH + SEVENTH:
        line = body.split("\n")[1]
        reason = STILL_WRONG.get((element, line))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(element, drafter, body, present, id=f"second-{element}-{drafter}-{line[:40]}", marks=marks)


@pytest.mark.parametrize(("element", "drafter", "body", "present"), list(_cases()))
def test_each_drafter_s_clause_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, element, drafter, body, present):
    assert_any_found(tmp_path, rulebook, RULES[element], framed(DRAFTERS, drafter, body), present)


@pytest.mark.parametrize("drafter", sorted(DRAFTERS))
def test_each_frame_alone_holds_none_of_the_elements(tmp_path, rulebook, drafter):
    assert_none_found(tmp_path, rulebook, [rule for rules in RULES.values() for rule in rules], framed(DRAFTERS, drafter, ""))


# the times a table gives, read off the right column: plain-text columns (under a line of dashes too), a row whose own
# words say what its time measures
TIMED = [
    ("uk", "6. Service Levels\nPriority    Time to engineer    Time to fix\n1           1 hour              4 hours\n"
     "2           4 hours             8 hours\n", "1 hour", "4 hours"),
    ("uk", "6. Service Levels\n| Service Level | Measure | Target |\n| Incident response | Time from logging to engineer "
     "contact, Priority 1 | 30 minutes |\n| Incident fix | Time from logging to service restored, Priority 1 | 4 hours |\n",
     "30 minutes", "4 hours"),
    ("in", "6. SLA\n    Severity   First call-back     Service restored\n    --------   ---------------     ----------------\n"
     "    1          20 minutes          6 hours\n    2          1 hour              12 hours\n", "20 minutes", "6 hours"),
    ("civil", "Article 6 - Times\n    Class    Reaction       Recovery\n    =====    ========       ========\n    A        1 hour"
     "         8 hours\n    B        4 hours        3 working days\n", "1 hour", "8 hours"),
]


@pytest.mark.parametrize(("drafter", "body", "response", "fix"), TIMED, ids=["plain-columns", "row-words", "ruled-columns", "ruled-columns-equals"])
def test_a_table_s_first_touch_and_fix_are_read_from_their_own_columns(tmp_path, rulebook, drafter, body, response, fix):
    text = framed(DRAFTERS, drafter, body)
    for rule, figure in (("SLA-RESPONSE-P1", response), ("SLA-RESOLUTION-P1", fix)):
        finding = finding_of(tmp_path, rulebook, rule, text)
        assert finding.status == "met" and f"'{figure}'" in finding.message, (rule, finding.message)
