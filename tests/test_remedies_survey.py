"""Remedies for missed service levels as ten drafters word them (issue 9), the drafters of test_drafter_survey.py with
a telecom carrier and an NHS-style hospital trust: service credits by band, fee reductions, rebates, holdbacks, amounts
at risk, liquidated damages, a contractual penalty, a right to end the contract for chronic failure, free extra months,
credits as a sole and exclusive remedy. Decoys: a credit for a referral, credit terms of payment, a credit check, the
remedies of the general liability clause or a warranty, credits that may only be discussed. Each clause was written for
this survey and labelled by ELEMENTS.md; an element is present when its rule is met or weak."""

import functools

import pytest

from survey_harness import assert_found, assert_none_found, framed, params
from test_drafter_survey import DRAFTERS as SURVEY_DRAFTERS

DRAFTERS = {
    **SURVEY_DRAFTERS,
    "telecom": ('BUSINESS CONNECTIVITY AGREEMENT\n\nThis Agreement is between Northline Telecom plc ("the Carrier") and '
                'Ashgrove Logistics Limited ("the Customer").\n\n1. Services\nThe Carrier shall provide and maintain the '
                'leased lines, the wide area network and the hosted voice service described in the Order.\n\n',
                '\n24. Governing Law\nThis Agreement is governed by the law of England and Wales.\n'),
    "hospital": ('AGREEMENT FOR CLINICAL SYSTEMS SUPPORT\n\nThis Agreement is made between Eastmoor Hospitals NHS '
                 'Foundation Trust ("the Trust") and Vantor Health Systems Limited ("the Contractor").\n\n1. The '
                 'Services\nThe Contractor shall support and host the Trust\'s picture archiving system (PACS) and its '
                 'patient portal.\n\n',
                 '\n27. Law\nThis Agreement is governed by the law of England and Wales.\n'),
}

REMEDIES = [
    # present: money back, a holdback, damages, an exit, a free month
    ("us_msp", "11. Service Level Credits\nIf MSP fails to meet the monthly uptime target, Client will receive a credit "
     "of 5% of that month's managed services fee for each full hour of excess downtime, capped at 30%.\n", True),
    ("uk_public", "14. Service Credits\nService Credits accrue at the rates in the table below and are deducted from "
     "the next invoice.\n| Service Level | Service Credit |\n| Availability below 99.5% | 5% of Monthly Charges |\n"
     "| Availability below 99.0% | 10% of Monthly Charges |\n", True),
    ("uk_public", "14. Critical Service Level Failure\nIf a Critical Service Level Failure occurs, the Authority may "
     "terminate this Contract with immediate effect by notice.\n", True),
    ("in_outsourcer", "9. Penalties\nIn the event Service Provider does not adhere to the resolution timelines in "
     "Annexure B, a penalty of 2% of the monthly invoice value shall be levied for each instance, subject to a ceiling "
     "of 10% of the monthly invoice value.\n", True),
    ("in_outsourcer", "9. At-Risk Amount\nTen per cent (10%) of the quarterly fees shall be at risk against the "
     "achievement of the Service Levels and shall be allocated among them as set out in Annexure C.\n", True),
    ("in_outsourcer", "9. Service Level Default\nOn each Service Level Default, Client shall be entitled to deduct the "
     "applicable amount computed as per Annexure C from the invoice of the following month.\n", True),
    ("de_translated", "§ 8 Contractual penalty\nIf the Contractor falls short of the agreed availability, the "
     "Contractor shall pay a contractual penalty of 1% of the monthly remuneration for each commenced hour of "
     "additional downtime, limited to 10% of the monthly remuneration.\n", True),
    ("de_translated", "§ 8 Reduction of remuneration\nFor months in which the agreed response times are not kept, the "
     "Client is entitled to reduce the remuneration for that month appropriately.\n", True),
    ("freelance", "6. If I let you down\nIf I miss one of the fix times above, I'll take 10% off that month's bill.\n",
     True),
    ("saas", "9. SLA Credits\nIf the Monthly Uptime Percentage is below 99.9%, you are eligible for Service Credits as "
     "follows: 99.0% to 99.9%, 10% of the monthly subscription fee; below 99.0%, 25% of the monthly subscription "
     "fee.\n", True),
    ("saas", "9. Sole Remedy\nService Credits are your sole and exclusive remedy for any failure by us to meet the "
     "Uptime Commitment.\n", True),
    ("saas", "9. Fee Reduction\nFor each Severity 1 incident we do not resolve within the target time, your next "
     "invoice will be reduced by $100.\n", True),
    ("us_clinic", "9. Performance Holdback\nThe Practice may hold back 10% of each monthly fee until Vendor's quarterly "
     "report shows that every service level was met in that quarter.\n", True),
    ("bank", "12. Liquidated Damages\nFor each hour by which a Severity 1 outage of the core platform runs past the "
     "four-hour restoration target, Service Provider shall pay the Bank $2,500 as liquidated damages.\n", True),
    ("bank", "12. Chronic Failure\nIf Service Provider misses the same Service Level in three months of any rolling "
     "six-month period, the Bank may terminate this Agreement in whole or in part without paying any termination "
     "charge.\n", True),
    ("telecom", "8. Fault Compensation\nWhere a Line fault is not repaired within the target repair time, the Carrier "
     "shall pay the Customer compensation of one day's rental of the affected Line for each day or part day of "
     "delay.\n", True),
    ("telecom", "8. Availability Credits\nIf Network Availability in a month is below the level in the Service "
     "Schedule, the monthly rental of the affected Circuit is reduced as follows:\n| Availability | Reduction |\n"
     "| 99.5% to 99.9% | 5% |\n| below 99.5% | 15% |\n", True),
    ("hospital", "10. Rebates\nThe Contractor shall rebate to the Trust £200 for each occasion on which a Priority 1 "
     "call is not attended within 30 minutes.\n", True),
    ("hospital", "10. Extra Support\nWhere the PACS availability target is missed in a quarter, the Contractor shall "
     "provide one additional month of support free of charge.\n", True),
    ("telecom", "8. Engineer Visits\nIf the Carrier misses the on-site attendance time for a Severity 1 fault, the "
     "Customer may claim one extra month of maintenance at no charge.\n", True),
    ("in_outsourcer", "9. Outages\nIf the portal remains unavailable for more than 48 hours in a week, Client may "
     "suspend payment and/or terminate this Agreement.\n", True),
    ("uk_public", "14. Abatement\nThe Charges for an affected Service shall be abated pro rata for any Service Period "
     "in which its Availability Target is not achieved.\n", True),
    ("uk_public", "14. KPI Failure\nA failure to meet the same KPI in two consecutive Service Periods is a material "
     "Default entitling the Authority to terminate this Contract.\n", True),
    ("us_clinic", "9. Uptime Refund\nIf monthly uptime drops under 99%, Vendor will refund one-thirtieth of the "
     "monthly fee for each hour of downtime beyond the allowance.\n", True),
    ("saas", "9. Make-up Time\nFor every hour of downtime beyond the monthly allowance we add a day to your "
     "subscription at no charge.\n", True),
    ("de_translated", "§ 8 Shortfall\nIf the agreed availability is not reached, the monthly flat fee is reduced by "
     "2% for each commenced percentage point of shortfall.\n", True),
    ("bank", "12. Performance Deductions\nThe deductions in the table below apply to each monthly invoice.\n"
     "| Measure | Deduction |\n| Platform availability under 99.9% | 4% |\n| Severity 1 restoration over 4 hours | "
     "2% per incident |\n", True),
    # present, vague
    ("us_msp", "11. Remedies\nIf MSP repeatedly fails to meet the Service Levels, Client may withhold the disputed "
     "portion of the fees until the failures are corrected.\n", True),
    ("hospital", "10. Service Level Failures\nThe Contractor shall compensate the Trust for Service Level Failures in "
     "accordance with Schedule 6.\n", True),
    # decoys
    ("saas", "14. Referral Programme\nIf you refer another organisation that subscribes to the Service, we will credit "
     "your account with one month's subscription fee.\n", False),
    ("us_msp", "6. Payment\nInvoices are payable net thirty (30) days; MSP may extend credit terms of sixty (60) days to "
     "Client at its discretion.\n", False),
    ("bank", "6. Onboarding\nService Provider consents to a credit check by the Bank before the Effective Date.\n",
     False),
    ("uk_public", "20. Liability\nNothing in this Clause limits any remedy available to either party for fraud or "
     "fraudulent misrepresentation.\n", False),
    ("us_clinic", "15. Remedies\nThe rights and remedies in this Agreement are cumulative and in addition to any "
     "remedies available at law or in equity.\n", False),
    ("hospital", "12. Liability\nThe Contractor's total liability shall not exceed the Charges paid in the preceding 12 "
     "months, and that limit applies whatever the remedy claimed.\n", False),
    ("saas", "9. Service Levels\nWhether service credits should apply may be discussed at the annual account "
     "review.\n", False),
    ("telecom", "5. Deposits\nThe Carrier may require a security deposit if the Customer's credit rating falls.\n",
     False),
    ("in_outsourcer", "15. Invoicing\nAny credit note issued for a billing error shall be adjusted in the next "
     "invoice.\n", False),
    ("de_translated", "§ 11 Warranty for defects\nIn the case of defects in the work the Client may first demand "
     "subsequent performance; if this fails, the Client may reduce the remuneration or withdraw from the contract.\n",
     False),
    ("freelance", "9. Paying me\nIf you pay for the year up front I'll knock 10% off.\n", False),
    ("us_msp", "7. Suspension\nMSP may suspend the Services if Client fails to pay any invoice within fifteen (15) days "
     "after notice.\n", False),
    ("saas", "12. Refunds\nNo refunds or credits are given for partial months of service or for downgrades.\n", False),
    ("bank", "16. Termination for Cause\nEither party may terminate this Agreement if the other party materially "
     "breaches it and fails to cure the breach within thirty (30) days.\n", False),
    ("telecom", "11. Offers\nNew customers receive their first month of hosted voice service free of charge.\n", False),
    ("hospital", "7. Service Levels\nThe Contractor shall meet the service levels in Schedule 3.\n", False),
    # the decoys held-out writers use: a credit defined and never used, credits only under an SLA not signed, no
    # penalty but a board review, academic or prepaid credits, money back for nothing that is a service level
    ("uk_public", "1. Definitions\n\"Service Credit\" means a reduction of the Charges calculated under Schedule 4.\n",
     False),
    ("in_outsourcer", "9. Service Levels\nService levels, and any credits for missing them, apply only if the parties "
     "sign a separate service level agreement.\n", False),
    ("uk_public", "12. Performance\nMissed targets do not give rise to any financial penalty; they are reviewed by "
     "the Partnership Board each quarter instead.\n", False),
    ("hospital", "6. Training\nStaff who complete the Contractor's PACS course earn ten continuing education "
     "credits.\n", False),
    ("freelance", "7. Downtime\nNo refund, credit or other compensation is payable for any interruption to your "
     "systems.\n", False),
    ("us_clinic", "13. Effect of Termination\nIf the Practice terminates for Vendor's uncured material breach, Vendor "
     "shall refund any fees paid in advance for the period after termination.\n", False),
    ("telecom", "4. Prepaid Credit\nCall credit bought for the conference bridge expires twelve months after "
     "purchase.\n", False),
    ("saas", "9. Starter Plan\nThe Starter plan does not come with service credits, however long a fix takes.\n",
     False),
    # the new shapes' near misses: a failure reported, not paid for; a warranty's cure in days; a withheld invoice in
    # dispute; a development milestone missed
    ("uk_public", "13. Reporting\nThe Supplier shall report each Service Level Failure to the Authority within five "
     "Working Days.\n", False),
    ("freelance", "8. Hardware\nIf a laptop I sold you is not repaired within 30 days, you can return it for a "
     "refund.\n", False),
    ("us_clinic", "12. Disputed Invoices\nThe Practice may withhold payment of a disputed invoice until the dispute is "
     "resolved.\n", False),
    ("in_outsourcer", "5. Project Milestones\nIf Service Provider fails to meet the delivery milestones in the project "
     "plan, Client may terminate the relevant Statement of Work.\n", False),
]


contract = functools.partial(framed, DRAFTERS)


@pytest.mark.parametrize(("drafter", "body", "present"), params(REMEDIES, ids=lambda c, i: f"remedies-{c[0]}-{i}"))
def test_each_drafter_s_remedy_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, drafter, body, present):
    assert_found(tmp_path, rulebook, "SLA-REMEDIES", contract(drafter, body), present)


@pytest.mark.parametrize("drafter", ["telecom", "hospital"])
def test_the_new_frames_alone_hold_no_remedy_and_no_uptime(tmp_path, rulebook, drafter):
    assert_none_found(tmp_path, rulebook, ("SLA-REMEDIES", "SLA-AVAILABILITY"), contract(drafter, ""))
