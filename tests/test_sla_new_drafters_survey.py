"""Service credits, uptime and escalation as eight drafters the earlier surveys did not hear word them (issue 9): a
Korean and a Japanese contract in translation (Party A / Party B), a US federal contractor (a performance requirements
summary, the Contracting Officer), an Indian outsourcer's KPI schedule (fee abatement, holdbacks, liquidated damages,
a governance ladder), a Nordic municipality's call-off (a price reduction, a contacts matrix, a management review), a
start-up's plain terms (a subscription extended, a founder to ping), a hosting firm (an uptime guarantee with a month
free) and a telecom operator's fault restoration targets.

Each clause was written for this survey, in words of our own, and labelled by ELEMENTS.md as a careful lawyer would.
`sla.remedies`: what the customer gets when a service level is missed (money, time, an exit); a delay penalty on late
payment, a price index, a cancellation fee, a start-up's promotional credits are not. `sla.availability`: an uptime
commitment (a share of scheduled hours, a downtime budget, an operating rate); staff, spare parts, the customer's own
link, a recital's marketing figure or a status page given "for information only" are not. `escalation`: levels or
named roles and when an issue moves up, a dispute ladder of managers included (as the earlier surveys and the corpus's
labels count it); a dispute put once to a court, an arbitrator or the Contracting Officer, a list of contacts with no
route up, a quarterly meeting, a price that escalates are not. An element is present when its rule is met or weak."""

import functools

import pytest

from survey_harness import assert_found, assert_none_found, framed, params

DRAFTERS = {
    "kr_translated": ('SYSTEM OPERATION AND MAINTENANCE AGREEMENT\n\nHanbit Logistics Co., Ltd. (hereinafter "Party A") '
                      'and Daeyang Information Technology Co., Ltd. (hereinafter "Party B") enter into this Agreement '
                      'as follows.\n\nArticle 1 (Purpose)\nParty B shall operate and maintain Party A\'s warehouse '
                      'management system and its servers.\n\n',
                      '\nArticle 20 (Governing Law)\nThis Agreement is governed by the laws of the Republic of Korea.\n'),
    "jp_translated": ('OPERATION SUPPORT SERVICE CONTRACT\n\nKawanishi Foods Corporation (hereinafter "Party A") and '
                      'Sorano Systems Co., Ltd. (hereinafter "Party B") conclude this contract as follows.\n\n'
                      'Article 1 (Entrustment)\nParty A entrusts to Party B, and Party B accepts, the operation and '
                      'support of Party A\'s order system.\n\n',
                      '\nArticle 18 (Governing Law)\nThis contract is governed by the laws of Japan.\n'),
    "us_federal": ('PERFORMANCE WORK STATEMENT\n\nThis task order is issued by the Bureau of Land Records (the '
                   '"Government") to Tallis Federal Solutions, LLC (the "Contractor").\n\n1. Scope\nThe Contractor shall '
                   'operate, maintain and support the Bureau\'s case management system and its help desk.\n\n',
                   '\n14. Applicable Law\nThis task order is governed by the federal law of the United States.\n'),
    "in_kpi": ('SCHEDULE 4 - KEY PERFORMANCE INDICATORS\n\nThis Schedule forms part of the Master Services Agreement '
               'between Narmada Digital Services Private Limited ("Service Provider") and Kestrel Home Insurance Limited '
               '("Customer").\n\n1. Scope\nService Provider shall provide application management and service desk '
               'services for Customer\'s policy systems.\n\n',
               '\n12. Governing Law\nThe governing law clause of the Master Services Agreement applies.\n'),
    "nordic": ('CALL-OFF AGREEMENT FOR IT OPERATIONS\n\nThis call-off agreement is made between the Municipality of '
               'Storvik ("the Municipality") and Fjordline IT AB ("the Supplier") under the framework agreement.\n\n'
               '1. The assignment\nThe Supplier shall operate the Municipality\'s servers and school network and '
               'provide user support.\n\n',
               '\n16. Applicable law\nSwedish law applies to this call-off agreement.\n'),
    "startup": ('TERMS OF SERVICE\n\nThese terms are between Plinth Labs, Inc. ("Plinth", "we", "us") and the team that '
                'signs up ("you").\n\n1. What we do\nWe host the Plinth project board for your team and help you when '
                'something breaks.\n\n',
                '\n11. Law\nThese terms are governed by the laws of the State of California.\n'),
    "hosting": ('HOSTING SERVICE AGREEMENT\n\nThis Agreement is between Beaconhill Hosting Ltd ("Beaconhill", "we") and '
                'the customer named in the order ("you").\n\n1. Service\nWe provide a managed virtual private server '
                'and look after its operating system.\n\n',
                '\n13. Law\nThis Agreement is governed by the law of England and Wales.\n'),
    "telecom_operator": ('MANAGED ACCESS SERVICE CONTRACT\n\nThis Contract is made between Aldmere Networks plc ("the '
                         'Operator") and Brackley Builders Merchants Limited ("the Customer").\n\n1. Service\nThe '
                         'Operator shall provide and maintain the access circuits and managed routers at the '
                         'Customer\'s branches.\n\n',
                         '\n22. Law\nThis Contract is governed by the law of England and Wales.\n'),
}


contract = functools.partial(framed, DRAFTERS)


REMEDIES = [
    # present: money off, a penalty, damages, a free period, an exit
    ("kr_translated", "Article 9 (Service Level Violations)\nIf Party B fails to meet the service levels in Appendix 2, "
     "Party A may deduct from the service fee for that month the amount calculated at the rates in Appendix 3.\n", True),
    ("kr_translated", "Article 10 (Delay Penalty)\nWhere a failure is not recovered within the recovery time in Appendix "
     "2, Party B shall pay Party A a delay penalty of 0.1% of the monthly fee for each hour of delay.\n", True),
    ("jp_translated", "Article 8 (Reduction of Fees)\nIf the operating rate of the System in a month falls below the "
     "guaranteed operating rate, the consignment fee for that month shall be reduced in accordance with Attached Table "
     "3.\n", True),
    ("jp_translated", "Article 9 (Refund)\nWhere the service is stopped beyond the time permitted in the Service Level "
     "Agreement for reasons attributable to Party B, Party B shall refund to Party A the fee for the period of the "
     "stoppage.\n", True),
    ("us_federal", "9. Performance Incentives\nIf the Contractor's performance of a standard in the Performance "
     "Requirements Summary falls below its Acceptable Quality Level, the Government will apply a deduction of 2% of "
     "that month's invoice for each standard not met.\n", True),
    ("us_federal", "9. Negative Incentive\nFor each month in which system availability is less than 99.5%, a negative "
     "incentive of $4,000 shall be taken from the Contractor's invoice.\n", True),
    ("in_kpi", "6. Fee Abatement\nWhere the monthly KPI score is below 95%, the Monthly Fee shall be abated by 1% for "
     "each percentage point of shortfall.\n", True),
    ("in_kpi", "6. Holdback\nCustomer shall hold back 5% of every monthly invoice and release it at the end of each "
     "quarter in proportion to the KPIs achieved in that quarter.\n", True),
    ("in_kpi", "6. Liquidated Damages\nThe amounts in Table 4 payable for each KPI breach are a genuine pre-estimate of "
     "Customer's loss and shall be paid as liquidated damages.\n", True),
    ("in_kpi", "6. Earn-back\nService Provider may earn back a Service Credit by exceeding the relevant KPI in each of "
     "the following three months.\n", True),
    ("nordic", "9. Price reduction\nIf the Supplier does not deliver the service at the agreed service level, the "
     "Municipality is entitled to a price reduction of 10% of the monthly fee for the service concerned.\n", True),
    ("nordic", "9. Standardised compensation\nIf the remedying of a category A error takes longer than eight hours, the "
     "Municipality may claim standardised compensation of SEK 5,000 for each commenced hour.\n", True),
    ("startup", "7. Our uptime promise\nIf we miss our uptime promise in any month, we'll extend your subscription by a "
     "week for free.\n", True),
    ("startup", "7. When we're down\nIf the board is down for more than 4 hours in a month, we'll add a free month to "
     "your plan.\n", True),
    ("hosting", "5. Uptime Guarantee\nIf your server is up less than 99.9% of a calendar month, you get the next month "
     "free.\n", True),
    ("hosting", "5. Outage Credit\nFor each 30 minutes of downtime beyond our guarantee we will credit your hosting "
     "account with one day of service.\n", True),
    ("telecom_operator", "8. Late Restoration\nThe Operator shall pay the Customer £25 for each working day or part of a "
     "working day by which a fault's restoration runs past the restoration target.\n", True),
    ("telecom_operator", "8. Persistent Faults\nIf a circuit suffers more than three faults in any rolling quarter, the "
     "Customer may terminate the service on that circuit without an early termination charge.\n", True),
    ("us_federal", "9. Default\nFailure to meet the 99.5% availability standard in two consecutive months may result in "
     "termination of this task order for default.\n", True),
    ("nordic", "9. Malus\nA malus of 3% of the quarterly fee applies for each quarter in which the average resolution "
     "time exceeds its target.\n", True),
    # a time limit as a translation names it, missed, and a sum for each hour of delay
    ("nordic", "9. Late intervention\nWhere the Supplier does not observe the intervention delay for a category A error, "
     "it shall pay the Municipality SEK 2,000 for each commenced hour of delay.\n", True),
    # present, vague
    ("startup", "7. Making it right\nIf we let you down on uptime, we'll make it right with account credit.\n", True),
    ("kr_translated", "Article 9 (Service Level Violations)\nWhere Party B violates the service levels, Party A may "
     "reduce the service fee after consultation with Party B.\n", True),
    # decoys
    ("kr_translated", "Article 6 (Payment)\nParty A shall pay the service fee within 30 days after receipt of the tax "
     "invoice; a late payment bears delay interest at 6% per annum.\n", False),
    ("jp_translated", "Article 12 (Cancellation)\nIf Party A cancels an order for hardware after shipment, Party A shall "
     "bear a cancellation fee of 20% of the price.\n", False),
    ("us_federal", "10. Phase-In\nIf the Contractor does not deliver the Phase-In Plan by the date in Section F, "
     "liquidated damages of $500 per calendar day apply until it is delivered.\n", False),
    ("in_kpi", "8. Late Payment\nCustomer shall pay interest at 1.5% per month on any amount not paid by its due "
     "date.\n", False),
    ("nordic", "10. Price adjustment\nThe prices shall be adjusted each January by the labour cost index; a fall in the "
     "index gives a price reduction on the same basis.\n", False),
    ("startup", "8. Startup credits\nTeams in our accelerator programme receive $5,000 of platform credits for their "
     "first year.\n", False),
    ("startup", "8. Renewals\nWe may offer you a discount on renewal if you commit to a two-year plan.\n", False),
    ("hosting", "6. Money-back guarantee\nCancel within your first 30 days and we will refund your first payment, no "
     "questions asked.\n", False),
    ("hosting", "6. Prepaid balance\nAccount credit you buy in advance never expires and can be used for domain "
     "renewals.\n", False),
    ("telecom_operator", "12. Early Termination\nIf the Customer ends a circuit during its minimum term, it shall pay "
     "the rental for the rest of the minimum term.\n", False),
    ("kr_translated", "Article 15 (Damages)\nParty B shall compensate Party A for any damage caused by its intentional "
     "or negligent act.\n", False),
    ("nordic", "9. Service levels\nThe price reduction rules in the framework agreement do not apply to this call-off; "
     "missed service levels are instead taken up at the quarterly review.\n", False),
]

AVAILABILITY = [
    # present: an operating rate, a share of scheduled hours, a downtime budget, service hours without maintenance
    ("kr_translated", "Article 7 (Operating Rate)\nParty B shall keep the operating rate of the system at 99.5% or "
     "higher in each month.\n", True),
    ("jp_translated", "Article 7 (Guaranteed Operating Rate)\nThe guaranteed operating rate of the service is 99.8% per "
     "month, calculated as scheduled operating time less stoppage time, divided by scheduled operating time.\n", True),
    ("jp_translated", "Article 7 (Stoppage Time)\nUnplanned stoppage of the System shall be within 60 minutes per "
     "month.\n", True),
    ("kr_translated", "Article 7 (Failure Time)\nThe maximum allowable failure time of the system is two hours per "
     "month, excluding planned inspections notified in advance.\n", True),
    ("us_federal", "5. Performance Requirements Summary\n| Performance Objective | Standard | AQL |\n| System "
     "availability | 99.5% of core hours, excluding scheduled maintenance | 0.5% |\n", True),
    ("us_federal", "5. Outages\nUnscheduled outages of the case management system shall not exceed eight hours in any "
     "calendar quarter.\n", True),
    ("in_kpi", "3. KPI 1 - Application Uptime\nTarget: at least 99.5%, measured monthly, excluding approved maintenance "
     "windows.\n", True),
    ("in_kpi", "3. Measures\n| KPI | Target | Measured |\n| Portal availability | 99.7% | Monthly |\n| Ticket backlog | "
     "under 50 | Weekly |\n", True),
    ("nordic", "5. Availability\nDuring service hours (weekdays 07-18) the service shall be available at least 99.7% of "
     "the time, calculated per month and excluding planned maintenance windows.\n", True),
    ("nordic", "5. Operational disruption\nThe maximum permitted downtime is four hours per month, planned maintenance "
     "not included.\n", True),
    ("startup", "4. Uptime\nWe keep the board up 99.9% of each month (not counting scheduled maintenance, which we "
     "announce 72 hours ahead).\n", True),
    ("startup", "4. Reliability\nWe aim to keep Plinth up 99.9% of the time.\n", True),
    ("hosting", "4. Uptime Guarantee\nWe guarantee 99.99% network uptime for your server; if we miss it, you get a month "
     "free.\n", True),
    ("hosting", "4. Reachability\nYour server will be reachable over the internet for 99.95% of every calendar "
     "month.\n", True),
    ("telecom_operator", "6. Circuit Availability\nEach access circuit shall be available for 99.95% of scheduled hours "
     "in each measurement period.\n", True),
    ("telecom_operator", "6. Downtime\nDowntime of the service shall be no more than 43 minutes per calendar month.\n",
     True),
    ("telecom_operator", "6. Measurement\nAvailability of 99.99% is measured end to end between the network termination "
     "points, excluding planned works notified ten days in advance.\n", True),
    ("nordic", "5. Service hours\nThe service hours are 24/7 apart from the weekly maintenance window on Sunday 02-04, "
     "and within service hours the service shall be available at least 99.9% of each month.\n", True),
    # present, vague
    ("jp_translated", "Article 7 (Stable Operation)\nParty B shall endeavour to operate the System stably, without "
     "stoppage, throughout the operating hours.\n", True),
    ("us_federal", "5. Availability\nThe Contractor shall keep the case management system available to Bureau users "
     "during core hours.\n", True),
    # decoys: staff, spare parts, the customer's link, a recital, a status page, facilities, accessibility for people
    ("us_federal", "6. Key Personnel\nThe Contractor shall ensure that its key personnel are available for meetings "
     "with the Contracting Officer's Representative on two business days' notice.\n", False),
    ("kr_translated", "Article 11 (Spare Parts)\nParty B shall secure the availability of spare parts for the servers "
     "for five years after the end of their production.\n", False),
    ("in_kpi", "4. Resource Availability\nService Provider shall maintain 95% resource availability against the "
     "approved staffing plan.\n", False),
    ("in_kpi", "4. Customer Link\nCustomer shall keep its VPN link to the offshore centre available 99% of the time; "
     "outages of that link are excluded from every KPI.\n", False),
    ("nordic", "7. The Municipality's network\nThe Municipality gives the Supplier access through its own network, for "
     "which it makes no promise of uptime.\n", False),
    ("startup", "2. About us\nPlinth is trusted by more than ten thousand teams and has run with 99.99% uptime since "
     "2021.\n", False),
    ("hosting", "7. Status page\nHistorical uptime figures are published on our status page for information only and "
     "form no part of this Agreement.\n", False),
    ("telecom_operator", "4. Installation\nFibre availability at each branch is subject to a site survey by the "
     "Operator.\n", False),
    ("jp_translated", "Article 5 (Cooperation)\nParty A shall make available to Party B the documents and work space "
     "needed for the work.\n", False),
    ("us_federal", "7. Section 508\nThe Contractor shall ensure that all electronic content it delivers is accessible "
     "to people with disabilities.\n", False),
    ("nordic", "6. User support\nThe Supplier's support staff are available by telephone on weekdays between 08 and "
     "16.\n", False),
    ("startup", "5. Beta features\nFeatures marked beta are offered as they are and may be down at any time.\n", False),
]

ESCALATION = [
    # present: a ladder by time, a governance ladder, a dispute ladder of managers, a contacts matrix by level
    ("kr_translated", "Article 8 (Failure Handling)\nIf a failure is not recovered within four hours, Party B shall "
     "report it to its general manager in charge, and if it is not recovered within eight hours, to its executive "
     "director.\n", True),
    ("jp_translated", "Article 10 (Handling of Trouble)\nTrouble that the persons in charge of both parties cannot "
     "resolve shall be referred to the department managers of both parties, and then to the directors in charge.\n",
     True),
    ("us_federal", "8. Issue Resolution\nIssues not resolved at the level of the Contracting Officer's Representative "
     "shall be elevated to the Contracting Officer and the Contractor's Program Manager.\n", True),
    ("us_federal", "8. Help Desk Tiers\nTier 1 agents shall transfer any ticket they cannot resolve within 20 minutes to "
     "Tier 2 specialists.\n", True),
    ("in_kpi", "9. Governance\nLevel 1 - Delivery Lead and IT Manager, weekly; Level 2 - Delivery Head and Head of IT, "
     "monthly; Level 3 - Steering Committee, quarterly. An issue not settled at one level within five working days "
     "moves to the next level.\n", True),
    ("in_kpi", "9. Escalation Matrix\nL1 - Shift Lead - 0 to 30 minutes\nL2 - Service Delivery Manager - 30 to 60 "
     "minutes\nL3 - Account Director - beyond 60 minutes\n", True),
    ("nordic", "11. Contacts and escalation\n| Level | Municipality | Supplier |\n| 1 | Service desk coordinator | "
     "Service desk team lead |\n| 2 | IT manager | Delivery manager |\n| 3 | Chief information officer | Managing "
     "director |\n", True),
    ("nordic", "11. Contact matrix\n| Level | The Municipality | The Supplier | When |\n| 1 | Service desk coordinator "
     "| Team lead | from the first report |\n| 2 | IT manager | Delivery manager | after 1 working day |\n| 3 | Chief "
     "information officer | Managing director | after 3 working days |\n", True),
    ("nordic", "11. Management review\nDeviations that the contact persons do not put right are taken up at a "
     "management review, which the Supplier shall call within ten working days.\n", True),
    ("nordic", "11. Complaints\nComplaints the service desk cannot settle are forwarded to the Supplier's customer "
     "manager, who shall answer within five working days.\n", True),
    ("kr_translated", "Article 19 (Disputes)\nA dispute shall first be settled by consultation between the persons in "
     "charge of both parties; failing agreement within 14 days, between the representative directors of both parties; "
     "failing which, it shall be submitted to the Seoul Central District Court.\n", True),
    ("startup", "6. Stuck?\nIf something has been stuck for more than a day, email our CTO directly and she will take "
     "it on.\n", True),
    ("hosting", "8. Escalating a ticket\nIf your ticket isn't resolved within 24 hours, reply with the word ESCALATE and "
     "a senior administrator will take it over.\n", True),
    ("hosting", "8. Urgent tickets\nBusiness customers may raise a ticket to Urgent, which routes it to the on-call "
     "senior engineer.\n", True),
    ("telecom_operator", "7. Fault Restoration Escalation\nFaults open beyond the restoration target are escalated to "
     "the Operator's Fault Manager, and faults open beyond twice the target to its Head of Service Assurance.\n", True),
    ("telecom_operator", "7. Escalation Levels\nFirst level: Network Operations Centre duty engineer. Second level: "
     "Fault Manager, after 4 hours. Third level: Head of Service Assurance, after 8 hours.\n", True),
    ("jp_translated", "Article 10 (Escalation)\nWhere recovery is not completed within the target time, Party B's "
     "responsible manager shall take charge of the response and report the progress to Party A every two hours.\n",
     True),
    ("us_federal", "8. Problem Elevation\nProblems that remain open after two business days shall be elevated to the "
     "Contractor's Deputy Program Manager, and after five business days to the Program Manager.\n", True),
    # present, vague
    ("startup", "6. Talk to a founder\nIf our support isn't cutting it, you can always reach one of the founders.\n",
     True),
    ("in_kpi", "9. Escalation\nService Provider shall operate an escalation procedure for tickets that breach their "
     "resolution targets.\n", True),
    # decoys: named contacts with no route up, key personnel, a court or arbitrator, consultation, notices, meetings
    ("kr_translated", "Article 4 (Persons in Charge)\nParty A's person in charge is the Team Manager of its IT "
     "Department, and Party B's person in charge is its Project Manager.\n", False),
    ("us_federal", "11. Key Personnel\nThe Program Manager and the Lead Systems Engineer are key personnel and shall not "
     "be replaced without the Contracting Officer's approval.\n", False),
    ("us_federal", "12. Disputes\nClaims shall be submitted to the Contracting Officer for a final decision under the "
     "Contract Disputes Act.\n", False),
    ("jp_translated", "Article 17 (Consultation)\nMatters not provided for in this contract shall be settled by "
     "consultation in good faith between Party A and Party B.\n", False),
    ("kr_translated", "Article 19 (Arbitration)\nAny dispute arising out of this Agreement shall be finally settled by "
     "arbitration at the Korean Commercial Arbitration Board.\n", False),
    ("in_kpi", "10. Rates\nThe rates in Annexure 2 escalate by 5% on each anniversary of the Effective Date.\n", False),
    ("nordic", "12. Meetings\nThe parties shall meet each quarter for a management review of the service.\n", False),
    ("nordic", "13. Authority to order\nThe Municipality's delegation rules decide who may place orders above SEK "
     "100,000.\n", False),
    ("startup", "9. Leaving\nIf you are unhappy with Plinth, you may cancel at any time.\n", False),
    ("startup", "10. Customer success\nOnce your team passes fifty seats, your account moves to a dedicated success "
     "manager.\n", False),
    ("hosting", "9. Attacks\nDenial-of-service attacks that escalate beyond 10 Gbps will be null-routed to protect "
     "other customers.\n", False),
    ("telecom_operator", "5. Fault Reporting\nThe Customer shall report faults to the Operator's fault desk, quoting the "
     "circuit reference.\n", False),
]


# what no rule reads yet, with the reason: both are vague present calls in a start-up's idiom, a promise kept "with account
# credit" after letting the customer down, and a founder to reach when support "isn't cutting it"; a pattern for either
# idiom would be one drafter's phrase, not a shape
XFAIL = {
    "7. Making it right": "'let you down on uptime ... make it right with account credit': an idiom, no missed level named",
    "6. Talk to a founder": "'if our support isn't cutting it ... reach one of the founders': an idiom, no rung or trigger",
}


CASES = params([(rule, *row) for rows, rule in ((REMEDIES, "SLA-REMEDIES"), (AVAILABILITY, "SLA-AVAILABILITY"),
                                               (ESCALATION, "SLA-ESCALATION")) for row in rows],
               ids=lambda c, i: f"{c[0]}-{c[1]}-{c[2].split(chr(10))[0][:40]}", still_wrong=lambda c: XFAIL.get(c[2].split(chr(10))[0]))


@pytest.mark.parametrize(("rule", "drafter", "body", "present"), CASES)
def test_each_new_drafter_s_clause_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, contract(drafter, body), present)


@pytest.mark.parametrize("drafter", sorted(DRAFTERS))
def test_each_new_frame_alone_holds_none_of_the_three(tmp_path, rulebook, drafter):
    assert_none_found(tmp_path, rulebook, ("SLA-REMEDIES", "SLA-AVAILABILITY", "SLA-ESCALATION"), contract(drafter, ""))
