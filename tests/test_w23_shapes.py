"""Shapes a fresh set of drafters used that checker missed or misread (issue 9, fix source w23), each written again
here in words of our own: a provision a schedule leaves to the framework agreement it sits under ("dealt with solely
in clause 9 of the Master Agreement", "has the meaning in the Framework Agreement", "governed by the Basic
Agreement"); a breach told as an "actual or suspected compromise" of records or a "violation of the security" of the
data; money held back or taken off the next invoice when incidents are not handled in time; a liability "up to a
maximum of" a sum; backups someone else runs, the provider saying it has no part in them. An element is present when
its rule is met or weak."""

import pytest

from rule_findings import finding_of
from survey_harness import assert_found, params
from test_drafter_survey import contract

CASES = [
    # a fix promised without a time, in other words: things put right, a system brought back into use by a stopgap
    ("SLA-RESOLUTION", "uk_public", "9. Faults\nOnce on site, the Supplier's engineer shall put the fault right as fast "
     "as the parts allow.\n", True),
    ("SLA-RESOLUTION", "us_msp", "5. Tickets\nFor a P2 ticket, MSP shall put things right as soon as it reasonably can "
     "after the ticket is logged.\n", True),
    ("SLA-RESOLUTION", "us_clinic", "6. Incidents\nHaving acknowledged an incident, Vendor shall use reasonable efforts "
     "to correct it, or to bring the scheduling system back into productive use by a stopgap, as soon as practicable.\n",
     True),
    # decoys: an invoice put right, new equipment brought into use
    ("SLA-RESOLUTION", "us_msp", "9. Invoices\nIf an invoice is wrong, MSP shall put it right as soon as possible.\n",
     False),
    ("SLA-RESOLUTION", "bank", "4. Rollout\nService Provider shall bring the new branch terminals into productive use "
     "as soon as possible after delivery.\n", False),
    # uptime as the share of a fleet that is up
    ("SLA-AVAILABILITY", "uk_public", "9. Kiosks\nThe Supplier shall ensure that, in each month, not less than 95% of "
     "the library kiosks are in a state to accept logins, averaged over opening hours.\n", True),
    ("SLA-AVAILABILITY", "us_msp", "9. Terminals\nMSP shall ensure that no fewer than 98% of the point-of-sale "
     "terminals are able to take payments during trading hours, measured monthly.\n", True),
    # decoys: a share of calls answered, of staff trained, of units delivered
    ("SLA-AVAILABILITY", "uk_public", "9. Calls\nThe Supplier shall ensure that 95% of calls are answered within 30 "
     "seconds.\n", False),
    ("SLA-AVAILABILITY", "us_msp", "9. Rollout\nMSP shall ensure that 90% of the new laptops are delivered to users "
     "by the end of March.\n", False),
    # a secret kept in plain words: none of it shared with anyone, treated as private
    ("DATA-CONFIDENTIALITY", "freelance", "10. Your information\nI won't share any of it with anyone outside my "
     "business.\n", True),
    ("DATA-CONFIDENTIALITY", "saas", "11. Customer lists\nWe will not share any of them with anyone else.\n", True),
    ("DATA-CONFIDENTIALITY", "freelance", "10. Your information\nI'll keep treating what you tell me as private even "
     "after the work ends.\n", True),
    ("DATA-CONFIDENTIALITY", "freelance", "10. Logins\nYou won't share any of your passwords with anyone.\n", False),
    # the contract "resolved" for a failure to perform, as a translation ends it
    ("TERM-CAUSE", "de_translated", "§ 12 General\nThe contract may be resolved by either party in the event that the "
     "other fails to comply with an essential obligation, provided the failure was notified in writing.\n", True),
    ("TERM-CAUSE", "in_outsourcer", "21. General\nClient may resolve this Contract if Service Provider fails to perform "
     "its material obligations.\n", True),
    ("TERM-CAUSE", "de_translated", "§ 13 Disputes\nAny dispute under this contract shall be resolved by the courts of "
     "Munich if the parties fail to agree within thirty days.\n", False),
    # a matter not handled to someone's satisfaction, or a service not back in operation, taken up to a senior role
    ("SLA-ESCALATION", "us_msp", "6. Complaints\nA complaint the help desk has not dealt with to Client's satisfaction "
     "may be taken by Client's office manager to MSP's Service Director.\n", True),
    ("SLA-ESCALATION", "uk_public", "9. Outages\nIf the payroll system is not back in service within four hours, the "
     "Supplier's duty engineer shall alert the Supplier's Operations Manager.\n", True),
    ("SLA-ESCALATION", "us_clinic", "7. Downtime\nWhere the scheduling system is not back up within the target, the "
     "on-call technician must call Vendor's Support Manager.\n", True),
    # decoys: matters a schedule does not deal with, a person not back at work
    ("SLA-ESCALATION", "us_msp", "3. Scope\nRequests not dealt with in this Schedule are handled by Client's IT "
     "manager.\n", False),
    ("SLA-ESCALATION", "uk_public", "11. Staff\nIf a named engineer is not back at work after two weeks, the Supplier "
     "shall propose a replacement.\n", False),
    # a breach told as a compromise of what is held, actual or suspected
    ("DATA-BREACH", "uk_public", "12. Security\nThe Supplier shall report to the Authority's security officer at once "
     "any actual or suspected compromise of pupil records held on the Supplier's laptops.\n", True),
    ("DATA-BREACH", "us_clinic", "9. Security\nVendor shall tell the Practice within 24 hours of any suspected "
     "compromise of appointment books or billing files.\n", True),
    ("DATA-BREACH", "bank", "14. Incidents\nService Provider shall inform the Bank without delay of any potential or "
     "actual compromise of cardholder material in its custody.\n", True),
    # ... or as a violation of the security of the data (a translation of the GDPR's term)
    ("DATA-BREACH", "de_translated", "§ 9 Data protection\nThe Contractor shall inform the Client without undue delay "
     "of any violation of the security of the personal data it processes for the Client.\n", True),
    ("DATA-BREACH", "in_outsourcer", "16. Notification\nService Provider shall notify Client within 48 hours of any "
     "violation of the security of Client records of which it becomes aware.\n", True),
    # decoys: a compromise of a claim, a violation of the security rules of a site, no telling at all
    ("DATA-BREACH", "us_msp", "11. Claims\nMSP shall not agree any compromise of a claim against Client without "
     "Client's written consent and shall inform Client of any offer received.\n", False),
    ("DATA-BREACH", "uk_public", "12. Site rules\nThe Supplier shall inform its staff that any violation of the "
     "security rules of the Authority's buildings may lead to their removal from the site.\n", False),
    # money held back, or taken off the next invoice, when incidents are not handled in time
    ("SLA-REMEDIES", "us_msp", "6. Support\nIf MSP fails to meet a time in Section 5 for a Priority 1 ticket more "
     "than twice in a quarter, Client may withhold fifteen percent (15%) of the next quarterly support payment.\n",
     True),
    ("SLA-REMEDIES", "de_translated", "§ 6 Faults\nIf the Contractor does not respond to disruptions with the care "
     "required by § 5, the Client may apply a deduction to the next monthly invoice in proportion to the harm "
     "caused.\n", True),
    ("SLA-REMEDIES", "in_outsourcer", "11. Service quality\nWhere Service Provider does not resolve Severity 1 "
     "tickets within the agreed times, Client may apply a reduction to the following monthly invoice, to be agreed "
     "by the account managers.\n", True),
    # decoys: goods not delivered, an invoice the customer does not pay, a discount for paying early
    ("SLA-REMEDIES", "bank", "8. Equipment\nIf Service Provider fails to deliver conforming hardware, the Bank may "
     "deduct the cost of replacement from the next invoice.\n", False),
    ("SLA-REMEDIES", "us_msp", "9. Payment\nIf Client does not pay an invoice within 30 days, MSP may withhold ten "
     "percent (10%) of the next scheduled support visit hours.\n", False),
    ("SLA-REMEDIES", "saas", "7. Fees\nIf you pay an annual invoice within ten days, we apply a reduction of 2% to the "
     "following invoice.\n", False),
    # a liability up to a maximum, whatever stands between
    ("LIAB-CAP", "de_translated", "§ 11 Damages\nThe Contractor shall be liable for damage caused to the Client by "
     "a breach of its duties up to a maximum amount, for all claims in a contract year, of EUR 50,000.\n", True),
    ("LIAB-CAP", "in_outsourcer", "18. Losses\nService Provider is liable to Client for direct losses up to a "
     "maximum of INR 2,000,000 per year.\n", True),
    ("LIAB-CAP", "uk_public", "22. Authority data\nThe Supplier shall be liable for loss of Authority data up to a total "
     "sum of £500,000.\n", True),
    # decoys: a price, an insurance sum, a storage allowance
    ("LIAB-CAP", "saas", "5. Storage\nEach workspace may store files up to a maximum of 50 GB.\n", False),
    ("LIAB-CAP", "uk_public", "24. Insurance\nThe Supplier shall insure its liability to third parties up to a "
     "maximum of £5,000,000 for any one event.\n", False),
    # backups someone else runs, the provider saying it has no part in them
    ("CONT-BACKUP", "uk_public", "4. Services\n4.2 Backups of the payroll database are run by the Authority's hosting "
     "partner under a separate contract and the Supplier has no part in them.\n", False),
    ("CONT-BACKUP", "us_clinic", "4. Services\n4.3 Nightly backups of the file server are handled by the Practice's "
     "office manager; Vendor has no role in them.\n", False),
    ("CONT-BACKUP", "bank", "5. Services\n5.4 The Bank's own IT department performs the backups of the branch "
     "servers.\n", False),
    ("CONT-BACKUP", "uk_public", "4. Services\n4.2 The Authority's ICT team takes the nightly backups of the case "
     "system.\n", False),
    ("CONT-BACKUP", "bank", "5. Services\n5.3 Backups of the loan ledger are administered by an outside bureau under "
     "its own contract, and Service Provider has no role in them.\n", False),
    ("CONT-BACKUP", "saas", "9. Your data\n9.2 Snapshots of your workspace are kept by the hosting company you chose; "
     "we play no part in that.\n", False),
    # a copy put back after a loss, or a backup by its translated name
    ("CONT-BACKUP", "in_outsourcer", "12. Data care\nShould data be lost, Service Provider shall restore the latest "
     "copy of the affected database within one working day.\n", True),
    ("CONT-BACKUP", "de_translated", "§ 8 Care of data\nThe Contractor makes security copies of the Client's "
     "databases and checks them from time to time.\n", True),
    ("CONT-BACKUP", "uk_public", "8. Records\nThe Supplier shall keep a security copy of the signed Contract at its "
     "offices.\n", False),
    ("CONT-BACKUP", "us_msp", "8. Reports\nIf a report is lost in the post, MSP shall send the latest copy of it by "
     "e-mail.\n", False),
    # ... not when the one who has no part is the customer
    ("CONT-BACKUP", "us_msp", "4. Services\n4.2 Backups of the mail server are taken nightly by MSP and kept for "
     "thirty days; Client has no role in them.\n", True),
    ("CONT-BACKUP", "us_msp", "4. Services\n4.2 MSP's operations team performs the backups of Client's servers every "
     "night.\n", True),
]


@pytest.mark.parametrize(("rule", "drafter", "body", "present"), params(CASES))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, contract(drafter, body), present)


SCHEDULE = ('SCHEDULE 3 - SUPPORT SERVICES\n\nThis Schedule forms part of the {agreement} between Tollgate Freight Pty '
            'Ltd ("Customer") and Brackenridge Systems Pty Ltd ("Supplier").\n\n1. Services\nSupplier shall provide '
            'remote support for the Customer\'s yard management system, with a response within 30 minutes for '
            'Priority 1 faults.\n\n2. Other matters\n{clause}\n')


@pytest.mark.parametrize(("rule", "agreement", "clause", "present"), [
    # a provision the schedule leaves to the agreement it sits under, however the pointer is worded
    ("SLA-REMEDIES", "Master Agreement", "Service credits for missed response times are handled solely under clause 9 "
     "of the Master Agreement.", False),
    ("SLA-REMEDIES", "Master Agreement", "Any service credits are dealt with exclusively in Section 12 of the Master "
     "Agreement.", False),
    ("DATA-CONFIDENTIALITY", "Framework Agreement", "Confidential Information has the meaning in the Framework "
     "Agreement.", False),
    ("DATA-CONFIDENTIALITY", "Basic Agreement", "Matters not addressed in this Schedule, including the handling of "
     "confidential information and the court with jurisdiction, are governed by the Basic Agreement.", False),
    ("LIAB-CAP", "Framework Agreement", "Limitations of liability are as set out in the Framework Agreement.", False),
    # ... the provision stated here, the agreement named beside it
    ("DATA-CONFIDENTIALITY", "Framework Agreement", "Each party shall keep the other's confidential information "
     "secret for five years after this Schedule ends, in addition to its duties under the Framework Agreement.", True),
    ("SLA-REMEDIES", "Master Agreement", "If a Priority 1 response time is missed, the Customer receives a service "
     "credit of 5% of that month's fee, paid as clause 9 of the Master Agreement provides.", True),
])
def test_a_provision_left_to_the_agreement_a_schedule_sits_under_is_not_in_the_schedule(
        tmp_path, rulebook, rule, agreement, clause, present):
    finding = finding_of(tmp_path, rulebook, rule, SCHEDULE.format(agreement=agreement, clause=clause))
    assert (finding.status in ("met", "weak")) == present, (finding.status, clause)
