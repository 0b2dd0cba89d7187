"""A third drafter survey of sla.resolution and sla.response together (issue 9, the sixteenth session): drafters the
earlier surveys (survey_resolution_hours.py, survey_fix_and_response.py) did not use, and layouts they did not try.
Every clause is of our own invention. Each case is (resolution call, response call, heading, text), calls as in
survey_fix_and_response.py: 'met' (present, a number and a unit), 'vague' (present, no measurable time: any finding of
the element) or 'no' (absent: no time at all, or a decoy)."""

DRAFTERS = {
    "field_telecom": ('FIELD MAINTENANCE AGREEMENT\n\nThis Agreement is made between Tarnhill Fibre Networks Ltd '
                      '("Operator") and Quayside Cold Storage Ltd ("Customer").\n\n1. Services\nThe Operator shall '
                      'maintain the Customer\'s leased lines and on-site network equipment.\n\n'),
    "depot": ('HARDWARE MAINTENANCE AGREEMENT\n\nThis Agreement is made between Fernleigh Repair Services Ltd '
              '("Repairer") and Ambergate Couriers Ltd ("Customer").\n\n1. Services\nThe Repairer shall maintain and '
              'repair the Customer\'s handheld scanners and laptops at its depot.\n\n'),
    "status_page": ('INCIDENT AND STATUS POLICY\n\nThis Policy forms part of the Terms of Service between Lumora '
                    'Cloud, Inc. ("Lumora", "we") and its subscribers ("Customer", "you").\n\n1. Scope\nThis Policy '
                    'describes how we handle incidents affecting the Lumora platform.\n\n'),
    "itil": ('SCHEDULE 3 - SERVICE MANAGEMENT\n\nThis Schedule forms part of the Outsourcing Agreement between Kestrel '
             'Global Services Ltd ("Service Provider") and Brightwater Insurance plc ("Customer").\n\n1. Incident '
             'Management\nThe Service Provider shall operate incident, problem and change management in line with '
             'ITIL.\n\n'),
    "letter": ('LETTER OF ENGAGEMENT\n\nDear Ms Okoye,\n\nThis letter confirms that Harbourlight IT Ltd ("we", "us") '
               'will provide IT support to Saltmarsh Bakery Ltd ("you") on the terms below.\n\n1. What we will do\n'
               'We will look after your tills, laptops and wifi.\n\n'),
    "kpi_calloff": ('CALL-OFF CONTRACT\n\nThis Call-Off Contract is made between the Westmarch Combined Authority '
                    '(the "Buyer") and Ostrander Technology Services Ltd (the "Supplier").\n\n1. Services\nThe '
                    'Supplier shall provide end-user computing support to the Buyer.\n\n'),
    "jp_translation": ('SYSTEM MAINTENANCE AGREEMENT\n\nThis Agreement is entered into between Miyabe Trading Co., '
                       'Ltd. ("Party A") and Kitano Systems Co., Ltd. ("Party B").\n\nArticle 1 (Purpose)\nParty B '
                       'shall perform maintenance and support of the sales system used by Party A.\n\n'),
    "es_translation": ('SERVICES CONTRACT (ENGLISH TRANSLATION)\n\nThis contract is entered into between Soluciones '
                       'Informaticas Albor, S.L. (the "Provider") and Conservas del Cantabrico, S.A. (the '
                       '"Client").\n\n1. Object\nThe Provider shall provide the maintenance and technical assistance '
                       'of the Client\'s computer systems.\n\n'),
    "mssp": ('MANAGED SECURITY SERVICES AGREEMENT\n\nThis Agreement is made between Sentinel Ridge Security LLC '
             '("MSSP") and Orchard Valley Credit Union ("Client").\n\n1. Services\nMSSP shall provide 24x7 security '
             'monitoring and incident handling for the Client\'s network.\n\n'),
}

CASES = {
    "field_telecom": [
        ("met", "no", "2. Service Levels", "The Operator shall return a failed leased line to service within 6 hours of the fault being logged."),
        ("met", "met", "2. Service Levels", "For a Priority 1 fault an engineer shall be on site within 4 hours and the line shall be back in service within 8 hours."),
        ("met", "no", "2. Service Levels", "Where a faulty part must be swapped, the Operator shall fit the replacement part within one Working Day of diagnosis."),
        ("no", "met", "2. Service Levels", "Engineer attendance times: Priority 1 - 4 hours; Priority 2 - next Working Day."),
        ("met", "no", "2. Service Levels", "Target Repair Time for Priority 2 faults: 12 clock hours."),
        ("met", "no", "2. Service Levels", "Lines shall be restored to full working order within five hours of a Loss of Service fault report, 24 hours a day."),
        ("vague", "no", "2. Service Levels", "The Operator shall restore any failed line as soon as reasonably practicable."),
        ("no", "no", "2. Installation", "The Operator shall install each new line within 30 Working Days of the order."),
        ("no", "no", "2. Customer Obligations", "The Customer shall give the Operator's engineers access to the Site within 2 hours of a request."),
    ],
    "depot": [
        ("met", "no", "2. Turnaround", "The Repairer shall return each repaired unit to the Customer within five Working Days of receiving it at the depot."),
        ("met", "no", "2. Turnaround", "Depot turnaround: 3 Working Days from receipt of a faulty unit to its dispatch back to the Customer."),
        ("met", "no", "2. Loan Devices", "The Repairer shall dispatch a loan device by courier within one Working Day of a faulty unit being reported."),
        ("met", "no", "2. Turnaround", "Device | Standard Turnaround | Express Turnaround\nLaptop | 5 Working Days | 2 Working Days\nScanner | 3 Working Days | 1 Working Day"),
        ("no", "met", "2. Service Levels", "The Repairer shall acknowledge each repair request and issue a returns label within 4 business hours."),
        ("vague", "no", "2. Turnaround", "The Repairer shall repair faulty units promptly and return them to the Customer."),
        ("no", "no", "2. Charges", "The Customer shall pay for out-of-warranty repairs within 30 days of invoice."),
        ("no", "no", "2. Shipping", "The Customer shall send faulty units to the depot within 3 Working Days of the fault appearing."),
    ],
    "status_page": [
        ("no", "met", "2. Incident Communication", "For a platform outage we will post a first notice on our status page within 15 minutes of detecting it."),
        ("met", "no", "2. Incident Targets", "We will mitigate a Sev-1 incident, restoring service for affected customers, within 2 hours."),
        ("met", "met", "2. Incident Targets", "Severity | First status update | Mitigation target\nSev-1 (platform down) | 15 minutes | 2 hours\nSev-2 (service degraded) | 30 minutes | 8 hours"),
        ("no", "no", "2. Post-incident Reports", "We will publish a root cause analysis within 5 business days after a Sev-1 incident is closed."),
        ("vague", "no", "2. Degraded Service", "Where the service is degraded we will work to restore normal performance as quickly as we can."),
        ("no", "no", "2. Your Part", "You must report suspected incidents through the support portal within 24 hours of noticing them."),
    ],
    "itil": [
        ("met", "no", "2. Incident Restoration", "The Service Provider shall restore service for Priority 1 Incidents within 4 hours, by workaround if a permanent fix is not yet available."),
        ("met", "no", "2. Problem Management", "For each Priority 1 Incident the Service Provider shall raise a Problem Record and implement a permanent fix within 20 Business Days."),
        ("met", "met", "2. Service Levels", "Priority | Response | Restore Service | Permanent Fix\nP1 | 15 minutes | 4 hours | 10 Business Days\nP2 | 30 minutes | 8 hours | 20 Business Days"),
        ("no", "met", "2. Service Desk", "The Service Desk shall log, categorise and acknowledge each Incident within 20 minutes of the call."),
        ("met", "no", "2. Service Levels", "Incident Resolution: 95% of P2 Incidents resolved within 8 Business Hours, measured per month."),
        ("met", "met", "2. Service Levels", "Target | P1 | P2 | P3\nResponse | 15 minutes | 1 hour | 4 hours\nResolution | 4 hours | 8 hours | 3 business days"),
        ("met", "no", "2. Restore Targets", "\"Restore\" means to return the affected Service to normal operation, whether by workaround or permanent fix.\nRestore targets: P1 - 4 hours; P2 - 8 hours; P3 - 3 Business Days."),
        ("met", "no", "2. Service Levels", "Each month, at least 95% of Priority 2 Incidents shall be Resolved within 8 Business Hours."),
        ("no", "no", "2. Change Management", "Standard Changes shall be implemented within 5 Business Days of approval."),
        ("no", "no", "2. Disaster Recovery", "The Recovery Time Objective for the production environment is 4 hours and the Recovery Point Objective is 15 minutes."),
        ("no", "no", "2. Contents", "Part A - Response and Resolution Times ........ 14\nPart B - Service Credits ........ 16"),
    ],
    "letter": [
        ("met", "no", "2. How quickly", "Anything else that's broken we'll sort out within two working days."),
        ("no", "met", "2. How quickly", "You'll hear from one of us within 30 minutes of leaving a message on the support line."),
        ("met", "no", "2. How quickly", "If your tills stop working, we'll have them working again the same day."),
        ("vague", "vague", "2. How quickly", "We'll always get back to you and fix things as fast as we can."),
        ("no", "no", "2. Paying us", "We'll send an invoice at the end of each month and ask you to settle it within 14 days."),
        ("no", "no", "2. Ending this", "Either of us can end this arrangement with a month's notice."),
    ],
    "kpi_calloff": [
        ("met", "no", "2. Key Performance Indicators", "KPI ID | KPI | Measurement | Target\nKPI-01 | Incident resolution (Severity 1) | Time from logging to restoration | 95% within 4 hours\nKPI-02 | Incident resolution (Severity 2) | Time from logging to restoration | 95% within 1 Working Day"),
        ("no", "met", "2. Key Performance Indicators", "KPI-03 Service Desk acknowledgement: 98% of Incidents acknowledged within 15 minutes, measured monthly."),
        ("met", "no", "2. Key Performance Indicators", "KPI-04: the Supplier shall resolve at least 90% of Severity 3 Incidents each month within 3 Working Days."),
        ("met", "met", "2. Service Levels", "Severity | Response target | Resolution target\nSeverity 1 | fifteen minutes | four hours\nSeverity 2 | one hour | one working day\nSeverity 3 | four hours | five working days"),
        ("met", "met", "2. Service Levels", "\"Response Time\" means the time from the logging of an Incident until an engineer contacts the User.\n\"Resolution Time\" means the time from the logging of an Incident until the Service is restored.\nPriority | Response Time | Resolution Time\nP1 | 30 minutes | 4 hours\nP2 | 2 hours | 1 Working Day"),
        ("met", "met", "2. Service Levels", "Priority 1 (Critical) - response: thirty minutes; resolution: four hours.\nPriority 2 (High) - response: one hour; resolution: one working day."),
        ("no", "no", "2. Key Performance Indicators", "KPI-05 User satisfaction: at least 85% of users surveyed each quarter rate the service good or better."),
        ("no", "no", "2. Key Performance Indicators", "KPI-06 Monthly report: the Supplier shall deliver the performance report within 5 Working Days of each month end."),
        ("no", "no", "2. Service Levels", "The Service Levels and KPIs for this Call-Off Contract are set out in Annex 2 to the Order Form."),
    ],
    "jp_translation": [
        ("met", "no", "Article 5 (Recovery Time)", "In the event of a failure of rank A, Party B shall recover the system within 4 hours from receipt of the report."),
        ("no", "met", "Article 4 (Initial Response)", "Upon receiving a failure report from Party A, Party B shall commence initial response within 1 hour during business hours."),
        ("met", "met", "Article 6 (Targets by Rank)", "Failure Rank | Initial Response | Recovery Target\nRank A (whole system stopped) | within 30 minutes | within 4 hours\nRank B (partial function stopped) | within 2 hours | within 2 business days"),
        ("met", "no", "Article 7 (Provisional Measures)", "Where permanent recovery takes time, Party B shall implement a provisional measure within 4 hours and shall complete permanent measures within 10 business days."),
        ("vague", "no", "Article 5 (Recovery)", "Party B shall make efforts toward early recovery of the system in the event of a failure."),
        ("no", "no", "Article 8 (Payment)", "Party A shall pay the maintenance fee by the end of the month following the month of invoice."),
    ],
    "es_translation": [
        ("no", "met", "2. Attention times", "The maximum time of attention for critical incidences shall be two hours from the notification."),
        ("met", "no", "2. Resolution times", "The maximum time of resolution of critical incidences shall be eight hours."),
        ("met", "met", "2. Service levels", "Type of incidence | Attention time | Solution time\nCritical | 1 hour | 6 hours\nSerious | 4 hours | 24 hours\nMinor | 8 hours | 5 working days"),
        ("no", "met", "2. Technical assistance", "The Provider shall attend the incidences communicated by the Client in a maximum period of four working hours."),
        ("met", "no", "2. Technical assistance", "Incidences shall be solved by the Provider in a maximum period of 48 hours from their communication."),
        ("no", "no", "2. Invoicing", "The Client shall pay each invoice by bank transfer within 30 days of its date."),
    ],
    "mssp": [
        ("no", "met", "2. Service Levels", "MSSP shall triage every high-severity alert within 15 minutes of its generation."),
        ("met", "no", "2. Service Levels", "For a confirmed Critical security incident, MSSP shall contain the threat within 1 hour of confirmation."),
        ("met", "met", "2. Service Levels", "Incident Severity | Acknowledge | Contain | Eradicate\nCritical | 15 minutes | 1 hour | 24 hours\nHigh | 30 minutes | 4 hours | 72 hours"),
        ("vague", "vague", "2. Service Levels", "MSSP will acknowledge alerts promptly and work to eradicate threats without undue delay."),
        ("no", "no", "2. Data Breach", "MSSP shall notify the Client of any personal data breach affecting Client data within 24 hours of becoming aware of it."),
        ("no", "no", "2. Detection and Response", "MSSP's incident response service includes forensic investigation and threat hunting."),
        ("no", "no", "2. Vulnerability Management", "MSSP shall remediate critical vulnerabilities within 14 days of their discovery."),
    ],
}

# A second batch: more first-touch wordings of the same drafters, KPI rows named by what they measure, and decoys for
# what the first batch's fixes read (an escalation time, a customer's reply, a damage repaired).
CASES_2 = {
    "field_telecom": [
        ("no", "met", "3. Fault Desk", "The Operator's fault desk shall confirm each fault report with a reference number within 10 minutes."),
        ("met", "no", "3. Service Levels", "Mean time to restore across all circuits shall not exceed 4 hours in any calendar month."),
        ("no", "no", "3. Site Damage", "The Operator shall repair any damage to the Customer's premises caused by its engineers within 10 Working Days."),
    ],
    "depot": [
        ("no", "met", "3. Collection", "The Repairer will contact the Customer to arrange collection within one Working Day of a fault being logged."),
        ("met", "no", "3. Turnaround", "Faulty scanners shall be repaired and back with the Customer no later than 72 hours after they reach the depot."),
    ],
    "status_page": [
        ("no", "met", "3. Support", "An on-call engineer will engage on every Sev-1 ticket within 30 minutes, day or night."),
        ("met", "no", "3. Incident Targets", "Sev-2 incidents, where the service is degraded but usable, are mitigated within 8 hours of detection."),
    ],
    "itil": [
        ("met", "met", "3. Service Levels", "Service Level | Target\nP1 Incident response | 95% within 15 minutes\nP1 Incident resolution | 90% within 4 hours\nP2 Incident resolution | 90% within 8 hours"),
        ("no", "met", "3. Service Levels", "Time to acknowledge (all priorities): 95% within 30 minutes, measured monthly."),
        ("no", "no", "3. Escalation", "A Priority 1 Incident not restored within 2 hours shall be escalated to the Service Delivery Manager."),
    ],
    "letter": [
        ("no", "met", "3. How quickly", "Ring the support line and, if we miss your call, we'll ring you back within the hour."),
        ("met", "no", "3. How quickly", "Most problems we fix on the spot, and we promise a fix within three working days."),
    ],
    "kpi_calloff": [
        ("no", "met", "3. Key Performance Indicators", "KPI-07 Initial contact: the Supplier shall make contact with 95% of Users who log an Incident within 1 Working Hour."),
        ("vague", "no", "3. Key Performance Indicators", "KPI | Target | Measured\nIncidents resolved within Fix Time | 95% | monthly"),
        ("no", "no", "3. Buyer Responsibilities", "The Buyer shall respond to the Supplier's requests for site access within 2 Working Days."),
    ],
    "jp_translation": [
        ("met", "no", "Article 9 (Recovery Time)", "Recovery time for rank B failures: within 2 business days from receipt of the report."),
        ("no", "met", "Article 10 (Inquiries)", "Party B shall reply to inquiries from Party A concerning failures of the system within 1 business day."),
        ("no", "no", "Article 11 (Cooperation)", "Party A shall respond to inquiries from Party B within 3 business days."),
    ],
    "es_translation": [
        ("no", "met", "3. Service levels", "The reaction time for serious incidences shall be four hours."),
        ("met", "no", "3. Service levels", "The solution time for minor incidences shall not exceed five working days."),
    ],
    "mssp": [
        ("no", "met", "3. Service Levels", "MSSP shall begin investigation of each Critical alert within 15 minutes."),
        ("met", "no", "3. Service Levels", "MSSP shall eradicate malware from an affected endpoint within 24 hours of containment."),
        ("no", "met", "3. Service Levels", "Alert Priority | Time to Triage | Time to Escalate\nP1 | 15 minutes | 30 minutes\nP2 | 1 hour | 4 hours"),
    ],
}
