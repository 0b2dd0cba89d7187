"""The core elements weakest on the kept-aside sets, as seven more drafters word them (issue 9, session 19, rec5): a US MSP
to a family practice, a UK housing trust's supplier, an Indian outsourcer, an Australian MSP's plain-English agreement, a
Spanish client's contract in translation, a one-person MSP's care plan, a US health-IT vendor. Each clause was written for
this survey, in words of our own, and labelled by ELEMENTS.md as a careful lawyer would; an element is present when its
rule (or the element's other rule) is met or weak.

The decoys: backups left to the customer (said of a party by its own name, 'Practice is solely responsible for', or with
the responsibility first, 'shall be the sole responsibility of the Client'), the customer asked to back up before work, a
restore from backup sold as extra work, disaster recovery still to be agreed, a backup person; HIPAA kept by the
customer's own use of the service, no health data held; a customer's own reply; a dispute, a breach or a bill settled, a
complaint answered, a backup's recovery objective read as a fix time. The misses: a first reaction as 'react to', 'take
charge of', 'be in touch', an engineer who 'reaches' the site or is 'onsite next business day'; a fix as 'operational
again'; a breach 'communicated' or 'escalated', a 'violation of personal data security'.

Against the rules before this survey, 21 of the 90 clauses were wrong: backup 7 false finds, data.hipaa 2 false finds,
sla.response 6 misses and 1 false find, sla.resolution 1 miss and 1 false find (a backup's recovery objective),
data.breach 2 misses and 1 false find; 1 is still wrong (a strict xfail, with its reason). The second lists (*_LATER),
91 more, written after the first were fixed (to see whether the fixes were of the shape or of our wording) and with two
shapes read in cuad_other's half A: 15 were wrong then (backup 4 false finds, data.hipaa 2 false finds, sla.response 3
misses and 1 false find, sla.resolution 2 misses, data.breach 2 misses and 1 false find). A third list (THIRD), 43 more
of each element's other shapes (five read in the fix sources' errors): 14 were wrong then (data.breach 5 misses,
sla.response 1, sla.resolution 1, backup 3 misses and 2 false finds, data.hipaa 2); one still is, for a reason that is
not the pattern's (a strict xfail). REMEDIES, 21 of sla.remedies: 3 wrong then (2
misses, 1 false find: a credit regime still to be agreed); the idiom is still missed. FOURTH, 35 more of the first
touch, the fix and the breach notice: 18 were wrong then (sla.response 9 misses, sla.resolution 1, data.breach 8)."""

import pytest

from survey_harness import assert_any_found, assert_none_found, framed

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

# the second round, written after the first was fixed, to see whether the fixes were of the shape or of our wording, with
# shapes read from cuad_other's half A (a reasonable time given to fix, a notice of a defect answered)
BACKUP_LATER = [
    ("us", "7. Data\nProvider is not responsible for the backup of any data stored on local workstations.\n", False),
    ("uk", "7. Data\nThe Customer acknowledges that the Supplier does not provide backup services under this Agreement.\n",
     False),
    ("in", "7. Client Obligations\nThe Client shall maintain adequate backup of its data and shall bear the risk of any data "
     "loss.\n", False),
    ("au", "7. Your data\nBacking up your data is up to you unless you've bought our Cloud Backup plan.\n", False),
    ("civil", "Clause 7 - Liability for data\nIn the event of loss of data, the Contractor shall only be liable for the cost "
     "of restoring the data from the backups made by the Client.\n", False),
    ("msp", "5. Not included\nBackups, website hosting and printer repairs are not part of this plan.\n", False),
    ("us", "8. Fees\nBackup storage beyond 1 TB is billed at $0.05 per GB per month.\n", False),
    ("uk", "9. Premises\nThe Customer shall provide a backup power supply for the server room.\n", False),
    ("in", "10. Manpower\nThe Service Provider shall keep a backup resource trained for each critical role.\n", False),
    ("au", "9. Advice\nWe'll recommend a backup solution for you to buy if you don't have one.\n", False),
    ("civil", "Clause 9 - Disaster recovery\nThe Client's disaster recovery plan remains the Client's responsibility; the "
     "Contractor shall take part in one annual test on request.\n", False),
    ("us", "11. Term\nUpon termination, Provider shall delete all Practice data, including backups, within 30 days.\n", False),
    ("us", "12. Software\nPractice may make one backup copy of the Software for archival purposes.\n", False),
    ("us", "7. Backup\nProvider shall back up all Practice servers daily and retain the backups for 90 days.\n", True),
    ("in", "7. Backup\nThe Service Provider shall take weekly full and daily incremental backups of all production "
     "databases.\n", True),
    ("civil", "Clause 7 - Backup\nThe Contractor shall guarantee the restoration of data with a maximum loss of 24 hours.\n",
     True),
    ("au", "7. Backups\nWe back up your server to the cloud every night and test a restore every month.\n", True),
    ("msp", "4. Backups\nYour files are copied to our off-site storage every evening.\n", True),
]

HIPAA_LATER = [
    ("us", "8. Data\nThe Services involve no access to protected health information.\n", False),
    ("us_health", "8. Prohibited Data\nCustomer shall not use the ticketing portal to transmit PHI; any PHI received by Vendor "
     "in breach of this clause shall be deleted.\n", False),
    ("us", "8. Laws\nProvider shall comply with applicable federal and state laws, including without limitation HIPAA and the "
     "Americans with Disabilities Act.\n", False),
    ("us", "8. Health Data\nThe Practice is the covered entity and remains responsible for its own HIPAA compliance "
     "program.\n", False),
    ("us_health", "8. HIPAA\nIf Vendor ever needs access to PHI, the parties will then negotiate a business associate "
     "agreement.\n", False),
    ("us", "8. Insurance\nProvider shall maintain cyber liability insurance covering HIPAA fines and penalties.\n", False),
    ("us_health", "8. Marketing\nVendor may describe itself as a HIPAA-compliant hosting provider in its marketing "
     "materials.\n", False),
    ("us", "8. Health Data\nPractice will not give Provider access to its EHR, and Provider will not view patient "
     "records.\n", False),
    ("us_health", "8. HIPAA\nVendor shall comply with the HIPAA Security Rule in respect of the ePHI it hosts for "
     "Customer.\n", True),
    ("us", "8. HIPAA\nThe Business Associate Agreement attached as Exhibit B forms part of this Agreement.\n", True),
]

RESOLUTION_LATER = [
    ("us", "6. Service Levels\nCritical issues will be resolved or a workaround provided within 4 hours; High within 1 business "
     "day.\n", True),
    ("uk", "6. Service Levels\nThe Supplier shall ensure that 90% of Priority 1 incidents are closed within 4 hours.\n", True),
    ("in", "6. SLA\nResolution TAT for P1: 4 hours; P2: 8 hours; P3: 2 business days.\n", True),
    ("au", "6. Fixes\nWe'll get urgent problems sorted within 4 hours and everything else within 2 business days.\n", True),
    ("civil", "Clause 6 - Elimination of faults\nBlocking faults shall be eliminated by the Contractor within 8 hours.\n",
     True),
    ("msp", "3. Fixes\nIf the Wi-Fi goes down we'll have it back the same day.\n", True),
    ("us", "6. Service Levels\nProvider shall deliver a permanent fix for any Severity 2 defect within 10 business days.\n",
     True),
    ("uk", "6. Service Levels\nThe Supplier shall return the Service to normal operation within 6 hours of a Priority 1 "
     "Incident.\n", True),
    ("in", "6. SLA\nThe Service Provider shall ensure restoration of the ERP application within 4 hours in case of a Severity "
     "1 outage.\n", True),
    ("civil", "Clause 6 - Corrective maintenance\nThe Contractor shall correct blocking anomalies within 2 working days.\n",
     True),
    ("us", "6. Service Levels\nProvider will use best efforts to get the system back up as quickly as possible.\n", True),
    ("au", "6. Hardware\nIf a laptop fails, we'll swap it for a loan unit within one business day.\n", True),
    ("us", "6. Hardware\nProvider shall replace a failed hard drive in any server within 8 hours.\n", True),
    ("uk", "6. Service Levels\nMaximum time to resolve: P1 4 hours, P2 8 hours.\n", True),
    ("us", "12. Disputes\nAny controversy shall be resolved by binding arbitration within 90 days.\n", False),
    ("uk", "6. Service Levels\nThe Supplier shall provide a workaround where one is available.\n", False),
    ("in", "6. SLA\nResolution times shall be mutually agreed in the SLA document to be signed within 30 days.\n", False),
    ("au", "11. Billing\nWe'll fix any mistakes on your invoice within 5 business days.\n", False),
    ("civil", "Clause 11 - Warranty\nThe Contractor shall correct any defect in the delivered software within the 6-month "
     "warranty period.\n", False),
    ("us", "14. Compliance\nProvider shall remediate any audit findings within 60 days.\n", False),
    ("uk", "15. Backups\nThe Supplier shall restore any deleted file from the nightly backup within 1 Working Day of a "
     "request.\n", False),
    ("in", "16. Security\nThe Service Provider shall remediate critical vulnerabilities within 7 days of their "
     "identification.\n", False),
    ("au", "10. Your duties\nYou'll fix any problems with your own internet connection yourself.\n", False),
    ("us", "15. Recovery\nIn a disaster, Provider shall restore the Practice's systems at the secondary site within 24 "
     "hours.\n", False),
    ("in", "17. Third-party software\nThe Client must give the software publisher a reasonable time to fix the problem before "
     "raising a claim.\n", False),
]

RESPONSE_LATER = [
    ("us", "6. Service Levels\n| Severity | Acknowledge | Restore |\n| Critical | 15 minutes | 4 hours |\n| High | 1 hour | 8 "
     "hours |\n", True),
    ("uk", "6. Service Levels\n| Priority | First Contact | Target Fix |\n| P1 | 30 mins | 4 hrs |\n| P2 | 1 hr | 8 hrs |\n",
     True),
    ("in", "6. SLA\n| Priority | Callback | Closure |\n| P1 | 15 min | 4 hrs |\n| P2 | 30 min | 8 hrs |\n", True),
    ("au", "6. Response times\n| Urgency | We start work | Fixed by |\n| Urgent | 1 hour | 4 hours |\n| Normal | 4 hours | 2 "
     "days |\n", True),
    ("civil", "Clause 6 - Levels\n| Category | Time to intervene | Time to restore |\n| Blocking | 2 h | 8 h |\n| Major | 4 h "
     "| 24 h |\n", True),
    ("msp", "3. How quick\nUrgent: we call you back in 30 minutes. Everything else: same day.\n", True),
    ("us", "6. Service Levels\nCritical issues - response within 15 minutes, 24x7; High - 1 hour; Medium - next business "
     "day.\n", True),
    ("uk", "6. Service Levels\nThe Supplier will triage every call logged with the Service Desk within 20 minutes.\n", True),
    ("in", "6. SLA\nThe Service Provider shall provide first level support and shall attend to all calls within 2 hours of "
     "registration.\n", True),
    ("au", "6. Response\nOur team aims to reply to every support email within four business hours.\n", True),
    ("civil", "Clause 6 - Support\nThe Contractor undertakes to acknowledge receipt of incident reports within one hour and to "
     "designate a responsible technician.\n", True),
    ("us", "6. Service Levels\nProvider will commence remote troubleshooting within 1 hour of notification of a Priority 1 "
     "issue.\n", True),
    ("uk", "6. Service Levels\nFor Severity 1 incidents the Supplier shall have a qualified engineer engaged within 30 "
     "minutes.\n", True),
    ("in", "6. SLA\nTurnaround time for first response on Priority 1 tickets: 15 minutes.\n", True),
    ("au", "6. Response\nWe'll start looking at urgent problems straight away and at everything else within a business "
     "day.\n", True),
    ("us", "6. Service Levels\nAll support requests will receive a response no later than the next business day.\n", True),
    ("uk", "6. Service Levels\nResponse times are set out in the Service Level Schedule to be agreed after signature.\n",
     False),
    ("us", "9. Audit\nProvider shall respond to any audit request from the Practice within 10 business days.\n", False),
    ("in", "11. Quotations\nThe Service Provider shall respond to requests for quotation within 3 working days.\n", False),
    ("au", "12. Privacy\nWe will respond to a privacy complaint within 30 days.\n", False),
    ("civil", "Clause 12 - Security\nThe Contractor shall deploy an endpoint detection and response solution within 30 days "
     "of the start date.\n", False),
    ("uk", "14. Freedom of Information\nThe Supplier shall respond to a request for information under the FOIA within 5 "
     "Working Days.\n", False),
    ("civil", "Clause 13 - Goods\nThe Contractor shall promptly respond to any notice of defect in the supplied "
     "equipment.\n", False),
]

BREACH_LATER = [
    ("us", "9. Incident Notice\nProvider shall give the Practice written notice of any Security Breach within 48 hours of "
     "discovery.\n", True),
    ("uk", "9. Personal Data\nThe Supplier shall notify the Customer within 24 hours if it becomes aware of any loss, theft or "
     "unauthorised disclosure of Customer Data.\n", True),
    ("in", "9. Data Security\nIn case of any data leakage or cyber attack affecting the Client, the Service Provider shall "
     "inform the Client within 4 hours.\n", True),
    ("au", "9. Notifiable breaches\nWe will let you know within 72 hours of any eligible data breach so you can meet your "
     "obligations under the Privacy Act.\n", True),
    ("civil", "Clause 9 - Security incidents\nThe Contractor shall inform the Client without delay of any incident affecting "
     "the security of the Client's information, and in any case within 24 hours.\n", True),
    ("msp", "6. Security\nIf we spot anyone who shouldn't be in your systems, we'll phone you straight away.\n", True),
    ("us", "9. Security\nProvider must report any actual or reasonably suspected compromise of Practice systems within two "
     "hours.\n", True),
    ("uk", "9. Security\nThe Supplier shall report to the Customer every Security Event that has or may have an impact on "
     "Customer Data within 1 Working Day.\n", True),
    ("in", "9. Information Security\nThe Service Provider shall report all information security incidents to the Client's CISO "
     "within 2 hours.\n", True),
    ("us_health", "9. HIPAA\nVendor shall notify Customer of any Security Incident and any Breach within 5 days of "
     "discovery.\n", True),
    ("au", "9. Security\nIf our systems are hacked and your information is affected, we'll contact you within one business "
     "day.\n", True),
    ("uk", "9. Security\nThe Supplier shall tell the Customer without undue delay about any ransomware or malware infection "
     "of the Customer's network.\n", True),
    ("us", "9. Customer Security\nPractice shall notify Provider immediately upon any unauthorized use of its account "
     "credentials.\n", False),
    ("in", "9. Security\nThe Service Provider shall implement measures to prevent unauthorised access to Client data.\n", False),
    ("au", "9. Security\nYou must tell us straight away if you think someone has your password.\n", False),
]

# a third round, each element's other shapes: a list and a table of times, a passive and a party named by its own name, a
# mean time to repair, a laptop lost, a leak, malware found, a translated GDPR breach; and the decoys of each (a fee or a
# date "fixed", damage repaired, a security questionnaire answered, backup cooling, HIPAA in the definition of the laws)
THIRD = [
    ("sla.response", "us", "6. Service Levels\nPriority 1 (Critical): Response - 30 minutes; Resolution - 4 hours.\nPriority 2 "
     "(High): Response - 2 hours; Resolution - 8 hours.\n", True),
    ("sla.response", "uk", "6. Service Levels\n| Priority | Response | Resolution |\n| Critical | Within 1 hour | Within 4 hours "
     "|\n| High | Within 4 hours | Within 1 Working Day |\n", True),
    ("sla.response", "us", "6. Service Levels\nCopperline shall respond to each Critical ticket within 15 minutes.\n", True),
    ("sla.response", "uk", "6. Service Desk\nCalls will be answered by a technician within 30 seconds.\n", True),
    ("sla.response", "in", "6. SLA\nAll P1 incidents shall be responded within 15 minutes.\n", True),
    ("sla.response", "civil", "Clause 6 - Reaction times\nThe reaction time for class A disturbances is 1 hour from receipt of "
     "the report.\n", True),
    ("sla.response", "msp", "3. Response\nText or call me and I'll get back to you the same day.\n", True),
    ("sla.response", "uk", "6. Response\nThe Supplier shall provide an initial diagnosis of a Severity 1 Incident within 1 "
     "hour.\n", True),
    ("sla.response", "us", "9. Security Reviews\nProvider shall respond to security questionnaires from the Practice within 15 "
     "business days.\n", False),
    ("sla.response", "uk", "16. Termination\nThe Supplier shall acknowledge receipt of a termination notice within 2 Working "
     "Days.\n", False),
    ("sla.resolution", "civil", "Clause 6 - Service levels\nMean time to repair for class A faults shall not exceed 6 "
     "hours.\n", True),
    ("sla.resolution", "in", "6. SLA\nIncidents of Severity 1 must be solved within 4 hours.\n", True),
    ("sla.resolution", "uk", "6. Service Levels\nThe Supplier shall bring the Service back to full operation within 8 hours of "
     "a Priority 1 Incident.\n", True),
    ("sla.resolution", "civil", "Clause 6 - Remedy of malfunctions\nThe Contractor shall remedy malfunctions of class 1 within "
     "8 hours.\n", True),
    ("sla.resolution", "uk", "6. Service Levels\nFault rectification time: Priority 1 - 8 hours; Priority 2 - 2 Working "
     "Days.\n", True),
    ("sla.resolution", "us", "6. Service Levels\nProvider will work continuously on a Priority 1 incident until service is "
     "restored.\n", True),
    ("sla.resolution", "us", "13. Cooperation\nThe parties shall use reasonable efforts to resolve amicably any issues arising "
     "under this Agreement.\n", False),
    ("sla.resolution", "uk", "14. Governance\nAny issues not resolved by the Service Managers shall be escalated to the "
     "Contract Board within 10 Working Days.\n", False),
    ("sla.resolution", "us", "7. Fees\nProvider shall fix the monthly fee for the first 12 months of the Term.\n", False),
    ("sla.resolution", "in", "15. Migration\nThe Service Provider shall fix the date of the data centre migration within 10 "
     "days of the Effective Date.\n", False),
    ("sla.resolution", "uk", "17. Premises\nThe Supplier shall repair any damage to the Customer's premises caused by its staff "
     "within 30 days.\n", False),
    ("data.breach", "civil", "Clause 9 - Data protection\nThe Contractor shall inform the Client immediately of any disruption "
     "of operations, suspected violations of the protection of personal data or other irregularities in the processing of the "
     "Client's data.\n", True),
    ("data.breach", "civil", "Clause 9 - Data protection\nThe Contractor shall notify the Client within 48 hours of any "
     "infringement of personal data protection.\n", True),
    ("data.breach", "in", "9. Security\nThe Service Provider shall notify the Client of any leak of Client data within 6 "
     "hours.\n", True),
    ("data.breach", "us", "9. Security\nProvider shall notify the Practice within 24 hours of discovering that any laptop holding "
     "Practice data has been lost or stolen.\n", True),
    ("data.breach", "au", "9. Security\nWe'll tell you within 24 hours if we find malware on any of your computers.\n", True),
    ("data.breach", "us", "9. Security\nProvider will notify Practice of any successful phishing attack against Practice staff "
     "accounts within 1 business day.\n", True),
    ("data.breach", "uk", "9. Security\nThe Supplier shall report monthly on the number of phishing emails blocked.\n", False),
    ("backup", "us", "8. Continuity\nThe Practice shall maintain its own business continuity plan.\n", False),
    ("backup", "uk", "8. Backups\nThe Supplier's backup obligations are as set out in the Backup Schedule, which is not "
     "attached to this Agreement.\n", False),
    ("backup", "in", "8. Data Centre\nThe data centre is equipped with backup cooling and fire suppression.\n", False),
    ("backup", "civil", "Clause 8 - Continuity\nThe Contractor shall maintain a business continuity plan and test it "
     "annually.\n", True),
    ("backup", "au", "8. Backups\nWe keep 30 days of nightly backups of your server.\n", True),
    ("data.hipaa", "us", "1A. Definitions\n\"Applicable Law\" means all federal, state and local laws, including HIPAA, that "
     "apply to a party.\n", False),
    ("data.hipaa", "us", "8. HIPAA\nProvider is not a business associate of the Practice.\n", False),
    ("data.hipaa", "us_health", "8. HIPAA\nThe hosting environment is not HIPAA compliant and Customer shall not store PHI in "
     "it.\n", False),
    ("data.hipaa", "us", "8. HIPAA\nThe parties have signed a Business Associate Agreement of even date, which governs "
     "Provider's handling of PHI.\n", True),
    # two shapes read in the fix sources' errors (w20, w23), in our words: PHI disclaimed in a list of verbs and a BAA not
    # signed; HIPAA only what someone else's papers refer to
    ("data.hipaa", "us", "8. Health Information\nThe Practice confirms that Provider will not access, store or transmit any PHI, "
     "and the parties have not signed a business associate agreement.\n", False),
    ("data.hipaa", "us_health", "8. Research Data\nSome grant-funded studies hosted on the platform have protocols that refer to "
     "HIPAA.\n", False),
    # backup's shapes read in the fix sources' errors (w17, w20), in our words: copies kept in generations, the last good copy
    # reloaded; the word only in a title another document gives
    ("backup", "uk", "8. Controller programs\nThe Supplier shall keep four generations of each controller program and drive "
     "parameter set, one of them offline.\n", True),
    ("backup", "civil", "Clause 8 - Controller programs\nThe Contractor shall keep four generations of each controller program "
     "and drive parameter set, one of them offline.\n", True),
    ("backup", "uk", "8. Network equipment\nAfter a switch failure, the Supplier shall restore the last known-good configuration "
     "onto the replacement switch.\n", True),
    ("backup", "in", "8. Records\nThe Client's vendor register lists this Agreement under the heading \"Hosting, Backup and "
     "Recovery\".\n", False),
]

# sla.remedies, the element next weakest: money or an exit for a missed level, however it is said; decoys: a credit balance,
# late payment, tax withheld, a discount, an early-exit charge, a referral credit, a regime still to be agreed, a bond, a cap
REMEDIES = [
    ("us", "7. Service Credits\nIf Provider misses the Priority 1 response time more than twice in a month, the Practice's next "
     "invoice will be reduced by 10%.\n", True),
    ("uk", "7. Service Credits\nFor each KPI Failure the Customer shall be entitled to a Service Credit calculated in accordance "
     "with the table below.\n| KPI | Credit |\n| Availability | 5% |\n", True),
    ("in", "7. Penalty\nIn case of SLA breach, the Client shall be entitled to levy liquidated damages of 2% of the monthly "
     "charges per day of delay.\n", True),
    ("au", "7. If we fall short\nIf your network is down for more than a day because of us, we'll take a week off your next "
     "bill.\n", True),
    ("civil", "Clause 7 - Penalties\nFor each hour by which the restoration time is exceeded, the Contractor shall owe a penalty "
     "of EUR 200.\n", True),
    ("msp", "4. Money back\nIf I miss the fix time, that month's plan is on me.\n", True),
    ("us", "7. Remedies\nIf Uptime falls below 99.5% in three consecutive months, the Practice may terminate this Agreement "
     "without penalty.\n", True),
    ("uk", "7. Service Credits\nService Credits shall be deducted from the next monthly invoice and are capped at 15% of the "
     "monthly Charges.\n", True),
    ("in", "7. Rebate\nA rebate of 5% of the quarterly fee shall be payable for each month in which the resolution SLA is not "
     "met.\n", True),
    ("civil", "Clause 7 - Price reduction\nIf the agreed availability is not reached, the monthly fee shall be reduced pro "
     "rata.\n", True),
    ("us", "7. Service Credits\nAs the Practice's sole remedy for Downtime, Provider will issue credits against future "
     "fees.\n", True),
    ("us", "8. Credits\nAny credit balance on the Practice's account will be applied to the next invoice.\n", False),
    ("uk", "8. Fees\nThe Supplier may apply a late payment charge of 2% per month on overdue invoices.\n", False),
    ("in", "8. Taxes\nThe Client shall be entitled to deduct withholding tax from payments.\n", False),
    ("au", "8. Discounts\nYou'll get a 10% discount if you pay a year upfront.\n", False),
    ("civil", "Clause 8 - Penalty for termination\nIf the Client terminates early, it shall pay a penalty equal to three monthly "
     "fees.\n", False),
    ("us", "8. Referral\nProvider will credit the Practice $200 for each new client it refers.\n", False),
    ("uk", "8. Service Credits\nThe parties shall agree a service credit regime within 3 months of the Effective Date.\n",
     False),
    ("in", "8. Performance Guarantee\nThe Service Provider shall furnish a bank guarantee of 10% of the contract value.\n",
     False),
    ("us", "8. Liability\nProvider's aggregate liability shall not exceed the fees paid in the preceding 12 months.\n", False),
    ("uk", "8. Expenses\nThe Customer shall reimburse the Supplier's reasonable travel expenses.\n", False),
]

# a fourth list, the first touch, the fix and the breach notice as more firms time them (sla.response's recall is the weakest kept aside): the time
# before the touch, an on-site response by its length, a reaction period, an engineer dispatched, 'revert', 'reach out', a
# German firm's 'at the latest'; and a request passed on within a time, with no reply of one's own
FOURTH = [
    ("sla.response", "us", "6. Service Levels\nProvider will make initial contact with the Practice within 1 hour of a ticket "
     "being opened.\n", True),
    ("sla.response", "uk", "6. Service Desk\n90% of calls to the Service Desk shall be answered within 20 seconds.\n", True),
    ("sla.response", "uk", "6. Service Levels\nWithin 2 hours of a fault being logged, an engineer will contact the Customer to "
     "diagnose it.\n", True),
    ("sla.response", "us", "6. Hardware\nProvider commits to a 4-hour on-site response for server hardware faults.\n", True),
    ("sla.response", "uk", "6. Hardware\nNext business day on-site response applies to all desktop hardware faults.\n", True),
    ("sla.response", "in", "6. SLA\nOn-site attendance for Severity 1 hardware failures: within 4 hours.\n", True),
    ("sla.response", "us", "6. Service Levels\nPriority 1: contact within 30 minutes; Priority 2: contact within 2 hours.\n",
     True),
    ("sla.response", "au", "6. Support\nRequests are acknowledged by automatic email straight away and looked at by a technician "
     "within 4 business hours.\n", True),
    ("sla.response", "in", "6. SLA\nResponse SLA for P1 tickets is 1 hour.\n", True),
    ("sla.response", "civil", "Clause 6 - Reaction\nThe maximum reaction period is 2 hours after the fault report.\n", True),
    ("sla.response", "uk", "6. Emergencies\nEmergency call-out: an engineer will be dispatched within 2 hours.\n", True),
    ("sla.response", "civil", "Clause 6 - Fault handling\nThe Contractor shall begin the fault removal at the latest 4 hours "
     "after receipt of the fault report.\n", True),
    ("sla.response", "civil", "Clause 6 - Fault handling\nThe Contractor shall start the analysis of a priority 1 incident not "
     "later than one hour after its notification.\n", True),
    ("sla.response", "in", "6. SLA\nThe Service Provider shall revert to the Client within 30 minutes of a P1 ticket being "
     "raised.\n", True),
    ("sla.response", "au", "6. Support\nA tech will ring you within the hour when something urgent breaks.\n", True),
    ("sla.response", "us", "6. Service Levels\nA Provider technician will be assigned and will reach out to the user within 1 "
     "business hour.\n", True),
    ("sla.response", "uk", "11. Data Subjects\nA request sent to the Supplier by a data subject shall within 5 Working Days be "
     "forwarded to the Customer, and the Supplier shall not respond to it itself.\n", False),
    ("sla.resolution", "civil", "Clause 6 - Fault handling\nThe Contractor shall remove the fault at the latest 8 hours after "
     "receipt of the fault report.\n", True),
    ("sla.resolution", "in", "6. SLA\nThe Service Provider shall provide a fix for P1 issues within 4 hours, failing which a "
     "workaround shall be provided.\n", True),
    ("sla.resolution", "us", "6. Service Levels\nTarget time to restore service: 4 hours (P1), 8 hours (P2).\n", True),
    ("sla.resolution", "uk", "6. Service Levels\nP1 incidents shall be resolved within four hours in 95% of cases.\n", True),
    # data.breach, the other weak recall: an incident by what it does to the data, a device stolen, data sent astray, passwords
    # got hold of, data theft, suspicious activity; the customer's own report of a lost device, a log of incidents kept
    ("data.breach", "us", "9. Incidents\nProvider shall notify the Practice of any Incident affecting Practice Data within 24 "
     "hours.\n", True),
    ("data.breach", "uk", "9. Security\nThe Supplier shall give the Customer notice of any actual or suspected unauthorised "
     "access to the Customer's systems within 12 hours.\n", True),
    ("data.breach", "in", "9. Security\nAny event resulting in loss of confidentiality of Client data shall be communicated to "
     "the Client within 6 hours.\n", True),
    ("data.breach", "au", "9. Security\nIf a device we manage is stolen, we'll let you know the same day.\n", True),
    ("data.breach", "civil", "Clause 9 - Incidents\nThe Contractor shall inform the Client within 24 hours of any incident "
     "compromising the availability, integrity or confidentiality of the Client's data.\n", True),
    ("data.breach", "msp", "6. Security\nIf anyone gets hold of your passwords through us, I'll tell you right away.\n", True),
    ("data.breach", "us", "9. Security\nProvider will notify the Practice without unreasonable delay, and no later than 60 days, "
     "after discovery of a breach of unsecured PHI.\n", True),
    ("data.breach", "uk", "9. Security\nThe Supplier shall notify the Customer within 24 hours on becoming aware of a cyber "
     "incident affecting the Services.\n", True),
    ("data.breach", "in", "9. Security\nThe Service Provider shall report any data theft or data loss to the Client within 4 "
     "hours.\n", True),
    ("data.breach", "civil", "Clause 9 - Data protection\nThe Processor shall notify the Controller of any personal data "
     "breach without undue delay and at the latest within 48 hours.\n", True),
    ("data.breach", "us", "9. Security\nProvider will alert the Practice within 2 hours of detecting suspicious activity on "
     "Practice accounts.\n", True),
    ("data.breach", "uk", "9. Security\nThe Supplier shall tell the Customer within one Working Day if any Customer Data is sent "
     "to the wrong person.\n", True),
    ("data.breach", "us", "9. Customer duties\nThe Practice shall report lost or stolen devices to Provider immediately.\n",
     False),
    ("data.breach", "uk", "9. Security\nThe Supplier shall keep a log of security incidents and review it quarterly.\n", False),
]

RULES = {"backup": ("CONT-BACKUP",), "data.hipaa": ("DATA-HIPAA",), "sla.resolution": ("SLA-RESOLUTION", "SLA-RESOLUTION-P1"),
         "sla.response": ("SLA-RESPONSE", "SLA-RESPONSE-P1"), "data.breach": ("DATA-BREACH", "DATA-BREACH-DEADLINE"),
         "sla.remedies": ("SLA-REMEDIES",)}

# what no rule reads yet, with the reason (keyed by element and the clause's first line)
STILL_WRONG = {
    ("sla.remedies", "If I miss the fix time, that month's plan is on me."):
        "an idiom: 'is on me' names no money, no credit and no fee; a pattern for it would be this drafter's phrase",
    ("sla.response", "We'll get someone on to it within the hour."):
        "nothing in the sentence names a fault or a call ('it'): only the heading does, and a pattern for 'get someone on to it' "
        "without one would be this drafter's phrase",
}


def _cases():
    for element, rows in (("backup", BACKUP + BACKUP_LATER), ("data.hipaa", HIPAA + HIPAA_LATER),
                          ("sla.resolution", RESOLUTION + RESOLUTION_LATER), ("sla.response", RESPONSE + RESPONSE_LATER),
                          ("data.breach", BREACH + BREACH_LATER), ("sla.remedies", REMEDIES)):
        for drafter, body, present in rows:
            line = body.split("\n")[1]
            reason = STILL_WRONG.get((element, line))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(element, drafter, body, present, id=f"{element}-{drafter}-{line[:40]}", marks=marks)
    for element, drafter, body, present in FOURTH:
        line = body.split("\n")[1]
        yield pytest.param(element, drafter, body, present, id=f"fourth-{element}-{drafter}-{line[:40]}")
    for element, drafter, body, present in THIRD:
        heading, line = body.split("\n")[:2]
        reason = STILL_WRONG.get((element, heading))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(element, drafter, body, present, id=f"third-{element}-{drafter}-{line[:40]}", marks=marks)


@pytest.mark.parametrize(("element", "drafter", "body", "present"), list(_cases()))
def test_each_drafter_s_clause_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, element, drafter, body, present):
    assert_any_found(tmp_path, rulebook, RULES[element], framed(DRAFTERS, drafter, body), present)


@pytest.mark.parametrize("drafter", sorted(DRAFTERS))
def test_each_frame_alone_holds_none_of_the_elements(tmp_path, rulebook, drafter):
    assert_none_found(tmp_path, rulebook, [rule for rules in RULES.values() for rule in rules], framed(DRAFTERS, drafter, ""))
