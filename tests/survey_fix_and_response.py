"""A drafter survey of sla.resolution and sla.response together (issue 9, the fifteenth session): short clauses and
table rows of our own invention, as ten kinds of drafter word them, each with a call for BOTH elements, so that a
resolution clause that is also read as a response (or the other way round) shows up as well as a miss.

Each case is (resolution call, response call, heading, text). A call is 'met' (present and measurable: a number and a
unit), 'vague' (present, no measurable time: any finding of the element) or 'no' (absent: a duty with no time at all,
or a decoy: a time to pay, to give notice, to return data, the customer's own duty to reply, a reference to a
schedule that is not attached, a definition used nowhere, a contents line)."""

from survey_resolution_hours import DRAFTERS as _OLD

DRAFTERS = dict(_OLD)
DRAFTERS.update({
    "au_schools": ('ICT MANAGED SERVICES DEED\n\nThis Deed is made between the Riverbend Schools Trust ABN 11 222 '
                   '333 444 (the "Principal") and Koorali Networks Pty Ltd (the "Contractor").\n\n1. Services\nThe '
                   'Contractor shall provide ICT support to the Principal\'s campuses.\n\n'),
    "law_firm": ('OUTSOURCED IT SERVICES AGREEMENT\n\nThis Agreement is made between Ashcombe & Pryor LLP (the '
                 '"Firm") and Stonebridge Managed IT Ltd (the "Provider").\n\n1. Services\nThe Provider shall '
                 'operate and support the Firm\'s desktops, document management system and network.\n\n'),
})

CASES = {
    "us_msp": [
        ("met", "no", "2. Service Levels", "Critical incidents: service restored within 4 hours; High incidents: service restored within 1 business day."),
        ("met", "no", "2. Service Levels", "Resolution targets (the clock stops while MSP awaits information from the Client): Severity 1 - 4 hours; Severity 2 - 8 hours."),
        ("met", "no", "2. Service Levels", "MSP shall resolve ninety-five percent (95%) of Severity 2 incidents within one (1) business day of notification."),
        ("met", "no", "2. Service Levels", "MSP shall resolve Priority 1 issues within two Business Days of notification by the Client."),
        ("no", "met", "2. Service Levels", "A technician will be on site within four (4) hours for Critical issues at Client locations."),
        ("no", "met", "2. Service Levels", "MSP shall respond to Priority 1 tickets within thirty (30) minutes, around the clock."),
        ("no", "vague", "2. Support", "MSP will respond to support requests as quickly as possible."),
        ("no", "no", "2. Client Responsibilities", "The Client shall respond to MSP's requests for information within two business days."),
        ("no", "no", "2. Payment", "The Client shall pay each invoice within thirty (30) days of receipt."),
        ("no", "no", "2. Term", "Either party may terminate this Agreement on ninety (90) days' written notice to the other."),
    ],
    "uk_public": [
        ("met", "no", "2. Service Levels", "The Supplier shall achieve a Resolution Time of no more than four hours for Severity 1 Incidents, measured from the logging of the Incident until the Service is restored."),
        ("met", "met", "2. Service Levels", "Incident Category | Acknowledge | Service Restored\nCategory A | 15 minutes | 4 hours\nCategory B | 1 hour | 1 Working Day"),
        ("met", "no", "2. Key Performance Indicators", "KPI 3: 90% of Category B Incidents closed within five Working Days in each Service Period."),
        ("no", "met", "2. Service Levels", "The Supplier shall acknowledge every Incident logged through the portal within 30 minutes during Service Hours."),
        ("no", "met", "2. Service Levels", "The Service Desk shall answer 90% of telephone calls within 20 seconds."),
        ("no", "no", "2. Data", "On expiry the Supplier shall return all Authority Data within 30 days."),
        ("no", "no", "2. Authority Responsibilities", "The Authority shall notify the Supplier of any Incident within one Working Day of becoming aware of it."),
        ("no", "no", "2. Service Levels", "Resolution Times are set out in Schedule 7 (Service Levels)."),
    ],
    "in_outsourcer": [
        ("met", "no", "2. Service Levels", "Resolution SLA for P2 tickets: 8 business hours, measured monthly, with a compliance target of 95%."),
        ("met", "no", "2. Service Levels", "The Service Provider shall provide a workaround for Severity 1 defects within six (6) hours and a permanent solution within ten (10) Business Days."),
        ("met", "met", "2. Service Levels", "Ticket Type | Ack | TAT\nP1 | 15 min | 4 hrs\nP2 | 30 min | 8 hrs"),
        ("no", "met", "2. Service Levels", "First contact with the user shall be made within 20 minutes for P1 tickets."),
        ("no", "no", "2. Resources", "The Service Provider shall replace any resource who leaves the engagement within 30 days."),
        ("no", "no", "2. Change Requests", "The Customer shall respond to each change request estimate within ten (10) business days."),
    ],
    "de_translation": [
        ("met", "no", "2. Service levels", "Disturbances of priority 1 shall be remedied within 8 hours after receipt of the disturbance report."),
        ("met", "no", "2. Service levels", "The Contractor shall restore the operational readiness of the system within one working day."),
        ("met", "no", "2. Service levels", "The elimination period for faults of category 2 amounts to two working days."),
        ("no", "met", "2. Service levels", "The reaction time is 2 hours within the service times."),
        ("no", "met", "2. Service levels", "The Contractor shall begin with the fault analysis within 1 hour of the report."),
        ("no", "no", "2. Warranty", "The Contractor shall remedy defects of the work within the warranty period of 12 months."),
    ],
    "freelance": [
        ("met", "no", "2. When things break", "If something breaks, I'll have it sorted within a day."),
        ("met", "no", "2. When things break", "I'll get your email working again by the end of the next working day."),
        ("no", "met", "2. When things break", "I'll ring you back within an hour during office hours."),
        ("no", "no", "2. Paying me", "Please pay my invoices within 14 days."),
    ],
    "saas_exhibit": [
        ("met", "met", "2. Service Levels", "Severity | Initial Response | Target Restoration\n1 - Critical | 1 hour | 4 hours\n2 - High | 4 hours | 2 Business Days"),
        ("vague", "no", "2. Service Levels", "Tallyfin will use commercially reasonable efforts to provide a fix or workaround for Severity 1 Errors within twenty-four (24) hours."),
        ("no", "met", "2. Service Levels", "Severity 1: we will acknowledge your ticket within one hour, 24x7."),
        ("no", "no", "2. Definitions", "\"Resolution Time\" means the period from the logging of a ticket to its resolution."),
        ("no", "no", "2. Your Data", "You may export your data at any time; we will delete it within 90 days after your subscription ends."),
    ],
    "hospital": [
        ("met", "no", "2. Service Levels", "Vendor shall restore any Critical System to full operation within two (2) hours of Hospital's report."),
        ("met", "no", "2. Service Levels", "For a Severity 1 Problem, Vendor shall deliver a Correction or Workaround within twelve (12) hours."),
        ("vague", "no", "2. Service Levels", "Vendor shall correct Errors promptly after they are reported."),
        ("no", "met", "2. Service Levels", "Vendor's support analyst shall return Hospital's call within fifteen minutes for Critical issues."),
        ("no", "vague", "2. Service Levels", "Vendor shall acknowledge Critical calls immediately."),
        ("no", "no", "2. Site Rules", "Vendor shall repair any damage to Hospital premises caused by its personnel."),
        ("no", "no", "2. Purchasing", "Vendor shall respond to Hospital's purchase orders within five business days."),
    ],
    "telecom": [
        ("met", "no", "2. Service Levels", "Fault Repair Time: the Carrier shall clear a Loss of Service fault within five hours, 24x7."),
        ("met", "no", "2. Service Levels", "Target times to restore service: Premium Care 4 hours; Standard Care by the end of the next Working Day."),
        ("vague", "no", "2. Service Levels", "The Carrier shall restore service as quickly as reasonably possible."),
        ("no", "met", "2. Service Levels", "An engineer shall attend the Site within 4 hours of a Priority 1 fault being reported."),
        ("no", "met", "2. Service Levels", "Target time to attend: 6 hours (Standard Care); 4 hours (Enhanced Care)."),
        ("no", "no", "2. Notices", "The Carrier shall acknowledge receipt of a notice of termination within 5 Working Days."),
    ],
    "au_schools": [
        ("met", "met", "2. Service Levels", "Level | Engineer contact | Service back in\n1 | 30 mins | 4 hrs\n2 | 2 hrs | 12 hrs"),
        ("met", "no", "2. Service Levels", "Maximum time to recovery for a Severity A incident: 6 hours."),
        ("met", "no", "2. Service Levels", "The Contractor shall rectify a Priority 2 fault at a campus within two school days."),
        ("no", "met", "2. Service Levels", "The Contractor shall dispatch an engineer within 2 hours of a Severity A call."),
        ("no", "no", "2. Principal's Obligations", "The Principal shall respond to the Contractor's proposed maintenance windows within five Business Days."),
        ("no", "no", "2. Insurance", "The Contractor shall provide certificates of currency within 10 Business Days of a request."),
    ],
    "law_firm": [
        ("met", "no", "2. Service Levels", "The Provider shall return the document management system to service within three hours of a Priority 1 outage."),
        ("met", "met", "2. Service Levels", "Priority | Callback | Fix\nP1 | 20 minutes | 4 hours\nP2 | 1 hour | 1 business day"),
        ("met", "no", "2. Service Levels", "Priority 1 faults shall be fixed within four hours, measured from notification until the Firm confirms the fault is cleared."),
        ("no", "met", "2. Service Levels", "The Provider shall respond to Priority 2 requests within two business hours."),
        ("no", "no", "2. Confidentiality", "The Provider shall notify the Firm of any unauthorised disclosure within 24 hours."),
        ("no", "no", "2. Exit", "On termination the Provider shall hand over all passwords and documentation within ten business days."),
    ],
}

# A second batch, written after the first batch's fixes: other shapes of both, and decoys for what those fixes read (a
# level named after the verb, 'within an hour' / 'within a day', an engineer sent, 'time to attend').
CASES_2 = {
    "us_msp": [
        ("met", "no", "3. Service Levels", "Severity One incidents: MSP restores service in under four hours."),
        ("met", "met", "3. Service Levels", "Priority | Target Response | Target Resolution | Measurement\nP1 | 1 hr | 4 hrs | 95% per month\nP2 | 2 hrs | 8 hrs | 95% per month"),
        ("met", "no", "3. Service Levels", "MSP shall achieve resolution of all P3 requests within five (5) business days, excluding time spent awaiting Client input."),
        ("no", "no", "3. Fees", "The Client shall pay the onboarding fee within a week of signing."),
        ("no", "no", "3. Statements of Work", "MSP shall acknowledge in writing receipt of each Statement of Work within five business days."),
    ],
    "uk_public": [
        ("met", "no", "3. Service Levels", "The Supplier shall ensure that no Priority 1 Incident remains unresolved for more than 4 hours."),
        ("met", "no", "3. Service Levels", "Service Level 2 (Incident Resolution): 95% of Severity 2 Incidents Resolved within 8 Working Hours."),
        ("no", "met", "3. Service Levels", "The Supplier shall make initial contact with the User within 1 hour of an Incident being logged."),
        ("no", "no", "3. Freedom of Information", "The Supplier shall respond to Freedom of Information requests within a week."),
        ("no", "no", "3. Authority Responsibilities", "The Authority must report any fault within a day of noticing it."),
    ],
    "in_outsourcer": [
        ("met", "no", "3. Service Levels", "Defects of Severity 2 are to be fixed and delivered to UAT within 3 working days."),
        ("met", "no", "3. Service Levels", "The maximum turnaround time for closure of P3 tickets is 5 business days."),
        ("no", "met", "3. Service Levels", "Acknowledgement of P1 tickets: 10 minutes."),
        ("no", "no", "3. Knowledge Transfer", "The Service Provider shall complete knowledge transfer within a month of the Effective Date."),
    ],
    "de_translation": [
        ("met", "no", "3. Service levels", "Faults of the category 'operation impaired' are to be remedied by the end of the following working day."),
        ("met", "no", "3. Service levels", "Fault removal times: class 1 - 4 hours, class 2 - 1 working day."),
        ("no", "met", "3. Service levels", "The Contractor shall react to disturbance reports of priority 1 within 30 minutes."),
        ("no", "no", "3. Acceptance", "The Client shall declare acceptance within two weeks of the notice of readiness."),
    ],
    "freelance": [
        ("vague", "no", "3. When things break", "If the internet goes down I'll get you back online as fast as I can."),
        ("no", "met", "3. When things break", "Message me and I'll reply within two hours on weekdays."),
        ("no", "no", "3. Paying me", "If you cancel a visit, please tell me within a day or I'll charge for it."),
    ],
    "saas_exhibit": [
        ("met", "no", "3. Service Levels", "Severity 1 Errors: Tallyfin will deliver a workaround within 8 hours and continue work until a permanent correction is released."),
        ("met", "no", "3. Service Levels", "Target resolution is 2 business days for Severity 3 Errors."),
        ("no", "met", "3. Service Levels", "Initial response targets: Severity 1 - 1 hour; Severity 2 - 4 business hours."),
        ("no", "no", "3. Severity Levels", "Severity levels are assigned by Tallyfin as described below."),
    ],
    "hospital": [
        ("met", "no", "3. Service Levels", "Vendor shall have the laboratory interface operating again within 60 minutes after a Severity 1 outage is reported."),
        ("met", "no", "3. Service Levels", "Severity 1 - Vendor will provide a resolution or an acceptable workaround within four (4) hours; Severity 2 - within one (1) business day."),
        ("no", "met", "3. Service Levels", "Vendor shall have a qualified engineer on site within four hours of a Critical Problem."),
        ("no", "no", "3. Meetings", "Vendor shall attend the Hospital's quarterly IT steering meeting."),
    ],
    "telecom": [
        ("met", "no", "3. Service Levels", "The Carrier shall repair faults on Standard Care lines by the end of the next Working Day after the fault is reported."),
        ("met", "no", "3. Service Levels", "Mean time to repair across all Sites shall not exceed 5 hours in any calendar month."),
        ("no", "met", "3. Service Levels", "The Carrier shall acknowledge each fault report within 15 minutes by issuing a fault reference."),
        ("no", "no", "3. Orders", "The Carrier shall confirm each order within a day of receiving it."),
    ],
    "au_schools": [
        ("met", "no", "3. Service Levels", "Critical faults affecting teaching must be rectified within one school day."),
        ("no", "no", "3. Induction", "The Contractor's staff shall attend the Principal's site induction within two weeks of the Commencement Date."),
        ("no", "no", "3. Reporting", "The Contractor shall provide the monthly service report within a week of each month's end."),
    ],
    "law_firm": [
        ("met", "met", "3. Service Levels", "P1: 15 minutes to respond, 4 hours to fix; P2: 1 hour to respond, 8 hours to fix."),
        ("met", "no", "3. Service Levels", "The Provider shall resolve Priority 3 incidents within three Business Days."),
        ("vague", "no", "3. Service Levels", "The Provider shall ensure that 98% of Incidents are closed within their Fix Time each month."),
        ("no", "met", "3. Service Levels", "For a Priority 1 fault, an engineer shall arrive at the Firm's office within 2 hours."),
        ("no", "no", "3. New Joiners", "The Provider shall set up each new joiner's laptop within a day of the Firm's request."),
    ],
}

# A third batch: service-level tables as schedules lay them out (unusual column headings, levels by name or impact,
# the unit in the heading), and prose a third drafter might use.
CASES_3 = {
    "us_msp": [
        ("met", "met", "4. Service Level Matrix", "Impact | Acknowledge Within | Resolve Within\nCritical (P1) | 30 minutes | 4 hours\nHigh (P2) | 1 hour | 1 business day\nNormal (P3) | 4 hours | 3 business days"),
        ("met", "met", "4. Service Level Matrix", "Priority | Response (hours) | Resolution (hours)\nP1 | 1 | 4\nP2 | 2 | 8\nP3 | 4 | 24"),
        ("met", "no", "4. Service Levels", "MSP will have a P1 incident fixed, or a temporary workaround in place, inside four hours."),
    ],
    "uk_public": [
        ("met", "met", "4. Service Levels", "Incident Priority | Time to Respond | Time to Restore\nP1 - Critical | 15 minutes | 4 hours\nP2 - High | 30 minutes | 8 hours"),
        ("met", "no", "4. Service Levels", "Each Priority 2 Incident shall be Resolved by no later than the end of the next Working Day."),
        ("no", "no", "4. Complaints", "The Supplier shall resolve any complaint from a member of the public within 20 Working Days."),
    ],
    "in_outsourcer": [
        ("met", "met", "4. SLA Matrix", "Severity | Response SLA | Resolution SLA | Compliance\nS1 | 15 mins | 4 hrs | 95%\nS2 | 30 mins | 12 hrs | 95%"),
        ("met", "no", "4. Service Levels", "All P2 tickets are to be resolved within 1 business day with 95% compliance, measured monthly."),
    ],
    "de_translation": [
        ("met", "met", "4. Service levels", "Priority | Reaction time | Recovery time\nA (standstill) | 1 hour | 6 hours\nB (impairment) | 4 hours | 2 working days"),
        ("met", "no", "4. Service levels", "Operation-preventing disturbances shall be eliminated by the Contractor within 6 hours."),
    ],
    "freelance": [
        ("met", "met", "4. How fast I work", "Problem | I'll answer in | I'll fix it in\nEverything's down | 30 minutes | 4 hours\nOne thing broken | 2 hours | 1 day"),
        ("no", "no", "4. Out of hours", "I can't commit to response times for problems raised outside my weekday hours."),
    ],
    "saas_exhibit": [
        ("met", "met", "4. Support Targets", "Severity Level | First Response | Workaround | Permanent Fix\nSeverity 1 | 1 hour | 4 hours | 5 business days\nSeverity 2 | 4 hours | 2 business days | next release"),
        ("no", "no", "4. Data Export", "On request we will return Customer Data in CSV format within 30 days."),
    ],
    "hospital": [
        ("met", "met", "4. Service Levels", "Classification | Vendor Response | Restoration of Service\nLife-safety | 15 minutes | 2 hours\nUrgent | 1 hour | 8 hours"),
        ("met", "no", "4. Service Levels", "Vendor shall use its best efforts to restore Critical Systems within 2 hours and shall in any event restore them within 6 hours."),
    ],
    "telecom": [
        ("met", "met", "4. Service Levels", "Care Level | Target Attendance | Target Clear\nPremium | 4 hours | 6 hours\nStandard | next Working Day | 2 Working Days"),
        ("no", "no", "4. Number Porting", "The Carrier shall complete number porting within 10 Working Days of the Customer's request."),
    ],
    "au_schools": [
        ("met", "no", "4. Service Levels", "The Contractor shall restore network connectivity at a campus within 4 business hours of a Severity A fault being logged."),
    ],
    "law_firm": [
        ("met", "no", "4. Service Levels", "Target fix times are: Priority 1, four hours; Priority 2, one business day; Priority 3, three business days."),
    ],
}


# what both resolution-and-response surveys read (tests/test_fix_and_response_survey.py, test_res3_survey.py)
RULES = {"sla.resolution": ("SLA-RESOLUTION", "SLA-RESOLUTION-P1"), "sla.response": ("SLA-RESPONSE", "SLA-RESPONSE-P1")}


def rows(batches):
    """Each clause of each batch called for both elements: (element, drafter, call, heading, text)."""
    for batch in batches:
        for drafter, cases in batch.items():
            for resolution, response, heading, text in cases:
                yield from ((element, drafter, call, heading, text)
                            for element, call in (("sla.resolution", resolution), ("sla.response", response)))
