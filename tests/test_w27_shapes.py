"""Shapes a fresh set of drafters used that checker missed or misread (issue 9, fix source w27), each written again
here in words of our own: a sum owed for each hour (started, or part of one) of delay past a fault's deadline, and a
sum owed for each tenth of a point (or point) by which uptime falls short, whatever the money is called, are
service-level remedies (a day of delay in delivering goods, or interest on a late payment, is not); a clause that only
cites another agreement's defined terms ('References to "Service Credits" in the Agreement ...') holds none of them;
a system kept up and reachable 'to the maximum extent practicable', or one the provider endeavours to have available
to the customer throughout its hours, is a vague availability promise; a breach 'intimated' (Indian English for
notified) is a breach notice; a customer who may 'bring' a service 'to an end' by notice has a convenience exit; fix
times left to a schedule the parties will agree later are no fix times. An element is present when its rule is met
or weak."""

import pytest

from survey_harness import assert_found, framed, params
from test_drafter_survey import DRAFTERS

# a schedule to a master agreement the package does not hold
FRAMES = {**DRAFTERS, "schedule": (
    'SCHEDULE 3 - SUPPORT SERVICES\n\nThis Schedule forms part of the Master Services Agreement dated 2 May 2027 (the '
    '"Agreement") between Calder Digital Services Limited (the "Supplier") and Thornbury Borough Council (the '
    '"Authority").\n\n1. Services\nThe Supplier shall provide the end-user computing support described in this '
    'Schedule.\n\n', '\n23. "Working Day" means a day other than a Saturday or Sunday.\n'),
    # an agreement that says what it is for nowhere but in the clause under test
    "bare": ('MASTER AGREEMENT\n\nThis Master Agreement is made between Ostrava Data s.r.o. ("Provider") and Lindqvist '
             'Foods AB ("Client").\n\n', '\n20. Governing law\nThis Agreement is governed by the laws of Sweden.\n')}


def contract(drafter: str, body: str) -> str:
    return framed(FRAMES, drafter, body)

CASES = [
    # a sum for each hour of delay past a fault's deadline, by whatever name
    ("SLA-REMEDIES", "de_translated", "§ 8 Delay\nWhere the Contractor overruns the repair deadline for a critical "
     "malfunction, it owes the Client EUR 300 for each commenced hour of delay.\n", True),
    ("SLA-REMEDIES", "uk_public", "9. Late fixes\nThe Supplier shall pay the Authority 2% of the monthly charge per "
     "hour, or part of an hour, of lateness beyond the fix time for a Severity 1 fault.\n", True),
    ("SLA-REMEDIES", "us_msp", "6. Delay Payments\nFor every full hour of delay in restoring a Priority 1 outage past "
     "its target, MSP shall pay Client five hundred dollars ($500).\n", True),
    # decoys: a day of delay in delivering goods; interest on a late payment; a standby rate for the customer's delay
    ("SLA-REMEDIES", "us_msp", "6. Delivery\nMSP shall pay liquidated damages of one half percent (0.5%) of the order "
     "value for each day of delay in delivering the replacement switches.\n", False),
    ("SLA-REMEDIES", "de_translated", "§ 9 Payment\nInvoices are payable within 30 days; the Client owes interest of "
     "1% for each month of delay in payment.\n", False),
    # a sum for each tenth of a point (or point) by which uptime falls short
    ("SLA-REMEDIES", "in_outsourcer", "5. Uptime\nThe hosted portal shall be up 99.8% of each month. Service Provider "
     "shall pay Client INR 40,000 for each tenth of a percentage point below that figure.\n", True),
    ("SLA-REMEDIES", "saas", "6. Uptime\nFor every whole percentage point by which monthly uptime falls short of "
     "99.9%, you are owed 3% of that month's subscription, set against your next invoice.\n", True),
    ("SLA-REMEDIES", "de_translated", "§ 5 Availability\nThe agreed availability is 99.6% per quarter. For each full "
     "tenth of a point by which the availability falls short of it, the Client may claim an allowance of 1.5% of the "
     "quarterly remuneration.\n", True),
    # decoy: a royalty that moves with a margin above a mark
    ("SLA-REMEDIES", "us_msp", "7. Fees\nThe fee shall rise by 0.1% for each percentage point by which Client's gross "
     "margin exceeds 20%.\n", False),
    # decoys: another agreement's defined terms only cited
    ("SLA-REMEDIES", "uk_public", "2. Interpretation\nReferences to \"Service Credits\" and \"Charges\" in the "
     "Framework Agreement keep the meaning given there.\n", False),
    ("SLA-REMEDIES", "us_msp", "2. Definitions\nAny reference in this Statement of Work to \"Service Credits\" or "
     "\"Fees\" has the meaning set out in the Master Agreement.\n", False),
    ("SLA-REMEDIES", "schedule", "## Part E - Interpretation\n\n22. References to the \"Charges\" and \"Service Credits\" in "
     "the Agreement are not affected by this Schedule.\n", False),
    # uptime promised without a figure: kept up as far as practicable; available to the customer through its hours
    ("SLA-AVAILABILITY", "in_outsourcer", "4. Systems\nThe billing server shall be kept up and reachable from all "
     "branches to the maximum extent practicable, leaving out planned downtime notified in advance.\n", True),
    ("SLA-AVAILABILITY", "uk_public", "8. Keeping the system up\nThe Supplier will use reasonable endeavours to ensure "
     "that the EDRMS is available to the Authority throughout Working Hours.\n", True),
    ("SLA-AVAILABILITY", "us_clinic", "5. Platform\nVendor will try to keep the scheduling system up and running for "
     "Practice as far as reasonably possible.\n", True),
    # a system the stores use, not goods on sale in them
    ("SLA-AVAILABILITY", "us_msp", "4. Store systems\nMSP shall keep the ordering portal reachable from Client's "
     "stores at all times except during scheduled maintenance.\n", True),
    ("SLA-AVAILABILITY", "us_msp", "4. Stock\nMSP shall ensure the replacement scanners are available in at least 95% "
     "of Client's stores.\n", False),
    # decoys: a person available through the hours; the help desk open in business hours
    ("SLA-AVAILABILITY", "uk_public", "8. Contacts\nThe Supplier will ensure that its account manager is available to "
     "the Authority throughout Working Hours.\n", False),
    ("SLA-AVAILABILITY", "us_clinic", "5. Support\nVendor's help desk is available to Practice during business "
     "hours.\n", False),
    # ... a person by the initials of a role, not a system's
    ("SLA-AVAILABILITY", "us_msp", "8. Contacts\nMSP shall ensure that the CTO is available to Client throughout "
     "business hours for questions on the roadmap.\n", False),
    ("SLA-AVAILABILITY", "uk_public", "8. Contacts\nThe Supplier shall ensure that its DPO is available to the "
     "Authority during Working Hours.\n", False),
    # a call referred to roles in turn, listed (a), (b), (c)
    ("SLA-ESCALATION", "uk_public", "12. Going upwards\nIf a fault has not been put right within its target, the call "
     "is passed in turn to (i) the Supplier's Team Leader, (ii) its Service Delivery Manager and (iii) its Director of "
     "Operations.\n", True),
    ("SLA-ESCALATION", "de_translated", "§ 9 Further handling\nA disturbance that remains open past its time is "
     "submitted successively to (a) the Contractor's shift lead, (b) its head of service and (c) its managing "
     "director.\n", True),
    # decoy: a system's own alarms, set up to go up a chain
    ("SLA-ESCALATION", "us_msp", "6. Plant systems\nThe Client's building management system is programmed to escalate "
     "unanswered temperature alarms to the facilities supervisor and then to the site director.\n", False),
    ("SLA-ESCALATION", "de_translated", "§ 2 The system\nThe line control software is configured to escalate "
     "unacknowledged faults by text message to the shift leader and then to the plant manager.\n", False),
    # a customer's systems hosted, the first item of a duty listed inline
    ("SCOPE-SERVICES", "bare", "1. Purpose\nThis Agreement sets the terms on which Ostrava shall (a) host Lindqvist's "
     "ledger, payroll and test systems in its two data centres and (b) answer the finance team's questions.\n", True),
    ("SCOPE-SERVICES", "bare", "1. Object\nOstrava shall (1) run the Client's warehouse management system on its own "
     "hardware, and (2) advise the Client's key users.\n", True),
    # decoy: a party hosting an event
    ("SCOPE-SERVICES", "bare", "9. Events\nProvider shall host the Client's annual supplier day at its own cost.\n",
     False),
    # storage wiped at the end to the media-sanitisation standard: data given back or deleted, not a security programme
    ("DATA-RETURN", "freelance", "8. When we part\nWhen this agreement ends, I will wipe the storage of the laptops I "
     "lent you to NIST 800-88 before I collect them, and send you a certificate.\n", True),
    ("DATA-SECURITY", "freelance", "8. When we part\nWhen this agreement ends, I will wipe the storage of the laptops I "
     "lent you to NIST 800-88 before I collect them, and send you a certificate.\n", False),
    ("DATA-SECURITY", "freelance", "8. Security\nI keep your client records to NIST SP 800-171.\n", True),
    # a breach intimated (Indian English for 'notified')
    ("DATA-BREACH", "in_outsourcer", "9. Data\nOn becoming aware of any unauthorised access to Client data, Service "
     "Provider shall promptly intimate the Client in writing.\n", True),
    ("DATA-BREACH", "in_outsourcer", "9. Security incidents\nAny breach of security affecting Client data shall be "
     "intimated to Client within 24 hours.\n", True),
    # decoy: a change intimated
    ("DATA-BREACH", "in_outsourcer", "10. Changes\nClient shall intimate Service Provider of any change in its billing "
     "address.\n", False),
    # a service brought to an end by notice: a convenience exit
    ("TERM-CONVENIENCE", "uk_public", "20. Ending a service\nThe Authority may bring the hosting service to an end by "
     "giving the Supplier three months' written notice.\n", True),
    ("TERM-CONVENIENCE", "freelance", "9. Ending\nYou can bring this agreement to an end whenever you like by telling "
     "me in writing a month ahead.\n", True),
    # ... on reasonable notice given to the other side by its name
    ("TERM-CONVENIENCE", "uk_public", "20. Ending a service\nThe Authority may bring the hosting service alone to an "
     "end by giving the Supplier reasonable written notice.\n", True),
    ("TERM-CONVENIENCE", "us_clinic", "14. Ending\nPractice may terminate the imaging support service by providing the Vendor "
     "reasonable prior written notice.\n", True),
    # decoy: the term brought to an end by expiry
    ("TERM-CONVENIENCE", "us_msp", "3. Term\nThis Agreement comes to an end on 31 December 2028 unless renewed.\n",
     False),
    # fix times left to a schedule the parties will agree later: no fix times
    ("SLA-RESOLUTION", "us_msp", "5. Service Levels\nResponse and resolution targets for support tickets will be set "
     "out in a Service Level Exhibit that the parties shall agree in good faith within sixty (60) days after the "
     "Effective Date.\n", False),
    ("SLA-RESOLUTION", "in_outsourcer", "5. Service Levels\nTarget fix times for incidents will be laid down in an annex "
     "that the parties shall settle within 90 days of signature.\n", False),
    ("SLA-RESOLUTION-P1", "us_msp", "5. Service Levels\nResponse and resolution targets for support tickets will be "
     "set out in a Service Level Exhibit that the parties shall agree in good faith within sixty (60) days after the "
     "Effective Date.\n", False),
    # ... but a time stated before the pointer stands
    ("SLA-RESOLUTION", "us_msp", "5. Service Levels\nMSP shall resolve Priority 1 tickets within four (4) hours; other "
     "targets will be set out in an exhibit that the parties shall agree within sixty (60) days.\n", True),
]


@pytest.mark.parametrize(("rule", "drafter", "body", "present"), params(CASES))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, contract(drafter, body), present)
