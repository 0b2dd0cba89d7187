"""Shapes a fresh set of drafters used that checker missed or misread (issue 9, fix source w21), each written again
here in words of our own: a penalty for service times overrun ("exceeds the response times laid down in ..., a
contractual penalty"; "fewer than 95% of calls answered within ..."); a stalled matter taken up by a senior role in the
present tense ("the duty manager joins the call") or after no satisfactory answer; a price escalation clause is about
prices; an exit at will "at any point", or on reasonable notice given to the other; a nightly copy of the data; a
secret kept "to ourselves"; and denials that name the element and deny it: a negated list ("does not offer refunds or
credits"), "nobody to escalate to", "nothing in this Agreement relates to ...". An element is present when its rule
is met or weak."""

import pytest

from rule_findings import finding_of
from survey_harness import assert_found, params
from test_drafter_survey import contract

CASES = [
    # a penalty (or money back) for overrunning the times of the service levels
    ("SLA-REMEDIES", "de_translated", "§ 7 Contractual penalty\nIf the Contractor exceeds the response times laid "
     "down in § 5 for critical faults, it shall pay the Client a contractual penalty of EUR 500 for each commenced "
     "hour.\n", True),
    ("SLA-REMEDIES", "in_outsourcer", "14. Penalties\nWhere Service Provider exceeds the resolution periods for critical "
     "tickets, Client may deduct 2% of the monthly charges for each day of delay.\n", True),
    ("SLA-REMEDIES", "uk_public", "9. Performance\nIf fewer than 95% of calls in a month are answered within thirty "
     "seconds, the Supplier shall pay the Authority liquidated damages of £1,000.\n", True),
    ("SLA-REMEDIES", "us_msp", "6. Credits\nIf less than 90 % of tickets in a month are acknowledged within the "
     "committed time, Client receives a credit of 5% of that month's fee.\n", True),
    # decoys: the customer's payment periods overrun, a storage limit exceeded, users trained late
    ("SLA-REMEDIES", "us_msp", "8. Payment\nIf Client exceeds the payment periods set out in Section 7, MSP may "
     "charge interest at 1% per month.\n", False),
    ("SLA-REMEDIES", "saas", "5. Storage\nIf you exceed the storage limits set out in your plan, additional fees "
     "apply.\n", False),
    ("SLA-REMEDIES", "uk_public", "9. Training\nIf fewer than 80% of users complete the training within the first "
     "month, the Supplier shall run a further session at no charge.\n", False),
    # a stalled matter taken up by a senior role, told in the present tense
    ("SLA-ESCALATION", "us_msp", "6. Support\nIf a P1 fault is not fixed within two hours, MSP's duty manager joins the "
     "call.\n", True),
    ("SLA-ESCALATION", "uk_public", "9. Major incidents\nWhere a Severity 1 incident remains open after four hours, "
     "the Supplier's Head of Service takes charge of it.\n", True),
    ("SLA-ESCALATION", "saas", "4. Outages\nIf an outage is not restored within an hour, our VP of Engineering is "
     "paged.\n", True),
    # ... or after the complaint gets no satisfactory answer
    ("SLA-ESCALATION", "de_translated", "§ 8 Complaints\nIf the Client considers that a fault is not handled "
     "properly, it informs the Contractor's project manager; if within two working days no satisfactory answer is "
     "received, the matter is raised to the Contractor's managing director.\n", True),
    ("SLA-ESCALATION", "in_outsourcer", "9. Service Issues\nA service issue is first raised with the delivery lead "
     "and, failing solution within three days, with Service Provider's Vice President.\n", True),
    # decoys: a manager who simply joins a meeting; a price escalation, however it is glossed; nobody to go up to
    ("SLA-ESCALATION", "us_msp", "7. Reviews\nMSP's account manager joins the quarterly review meeting.\n", False),
    ("SLA-ESCALATION", "us_msp", "7. Annual price escalation\nOn each anniversary the prices rise by 3%. This is the "
     "only escalation in this Agreement; service matters are handled under Schedule 2.\n", False),
    ("SLA-ESCALATION", "freelance", "4. Support\nI work alone. There is nobody above me to escalate to.\n", False),
    ("SLA-ESCALATION", "freelance", "4. Support\nI work alone, and there is no one above me to whom a problem could "
     "be escalated.\n", False),
    # an exit at will "at any point", or on reasonable notice given to the other
    ("TERM-CONVENIENCE", "freelance", "8. Ending\nEither of us can bring things to an end at any point by telling the "
     "other in writing.\n", True),
    ("TERM-CONVENIENCE", "saas", "15. Ending\nYou can close your subscription at any moment from the billing page.\n",
     True),
    ("TERM-CONVENIENCE", "uk_public", "20. Ending\nAfter the first anniversary of the Start Date, either party may "
     "terminate this Contract by giving the other reasonable written notice.\n", True),
    ("TERM-CONVENIENCE", "us_msp", "15. Term\nClient may terminate this Agreement by providing MSP reasonable prior "
     "written notice.\n", True),
    # decoys: a fault at any point, reasonable notice of a breach
    ("TERM-CONVENIENCE", "us_msp", "15. Term\nEither party may terminate this Agreement by giving the other reasonable "
     "written notice if the other party breaches it.\n", False),
    ("TERM-CONVENIENCE", "saas", "6. Access\nWe may suspend your access at any point while an invoice is overdue.\n",
     False),
    # a regular copy of the data, in other words than "backup", named by its schedule alone
    ("CONT-BACKUP", "freelance", "6. Copies of your data\nFor each server I set up a nightly encrypted copy of your "
     "databases in a storage bucket you own.\n", True),
    ("CONT-BACKUP", "us_msp", "7. Data\nMSP will take a daily copy of Client's file servers to a storage account Client "
     "pays for.\n", True),
    ("CONT-BACKUP", "saas", "9. Your data\nWe keep a weekly copy of each workspace in a second region for 90 days.\n",
     True),
    # decoys: copies of documents, copies destroyed at the end
    ("CONT-BACKUP", "us_msp", "7. Reports\nMSP will send Client a monthly copy of the ticket report.\n", False),
    ("CONT-BACKUP", "saas", "14. Exit\nOn termination we delete every copy of your data within 30 days.\n", False),
    # a secret kept "to ourselves"
    ("DATA-CONFIDENTIALITY", "freelance", "10. Secrets\nI keep everything I learn about your business to myself.\n",
     True),
    ("DATA-CONFIDENTIALITY", "saas", "11. Your information\nWe keep what you tell us about your customers to "
     "ourselves and use it only to run the Service.\n", True),
    ("DATA-CONFIDENTIALITY", "freelance", "10. Opinions\nI keep my opinions about your website design to myself unless "
     "you ask.\n", False),
    # denials: a negated list, a topic the agreement says it does not touch
    ("SLA-RESOLUTION", "us_msp", "5. Priorities\nMSP does not commit to fix or repair times for any priority.\n",
     False),
    ("SLA-AVAILABILITY", "freelance", "9. Promises\nI do not offer refunds or credits for downtime.\n", False),
    ("SLA-REMEDIES", "freelance", "9. Promises\nI do not give discounts or service credits for outages.\n", False),
    ("SLA-RESPONSE", "bank", "6. Branch security\nNothing in this Agreement relates to the Bank's security guards, "
     "whose call-out procedures and response times are set by the Bank's own security manual.\n", False),
    # whoever raised the call, called back; an engineer at the fault within a time
    ("SLA-RESPONSE", "uk_public", "9. Faults\nThe service desk shall call back the person who raised a fault within "
     "thirty minutes.\n", True),
    ("SLA-RESPONSE", "uk_public", "9. Faults\nOn an event day an engineer shall be physically at the location of any "
     "fault affecting the gates within ten minutes of it being reported.\n", True),
    ("SLA-RESPONSE", "bank", "9. Equipment\nAn engineer shall be present at the data centre move within the agreed "
     "weekend window.\n", False),
    ("SLA-RESPONSE", "us_msp", "5. Response\nMSP shall respond to Priority 1 tickets within one hour or notify Client "
     "of the delay.\n", True),
]


@pytest.mark.parametrize(("rule", "drafter", "body", "present"), params(CASES))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, contract(drafter, body), present)


@pytest.mark.parametrize(("before", "negated"), [
    ("I do not offer refunds or ", True),                      # the negation opens the list the mention ends
    ("We give no discounts, rebates or service ", True),
    ("Nothing in this Agreement relates to the Bank's guards, whose call-out ", True),
    ("MSP shall respond within one hour or ", False),           # no negation before the list
    ("notice no later than thirty days or ", False),            # a deadline, not a negation
    ("If the Supplier does not restore the service within four hours or ", False),  # too far from the negation
])
def test_a_negation_reaches_the_list_it_opens_and_no_further(before, negated):
    from checker.engine.finder import is_negated
    assert is_negated(before) == negated


ORDER_FORM = ('SERVICE ORDER No. 2291\n\nThis Service Order is made under the Harbourline General Conditions available at '
              'harbourline.example/legal/general-conditions (the "Conditions"). Words not defined here have the meaning '
              'given in the Conditions.\n\n1. Services\nHarbourline will provide help desk support for 25 users and '
              'nightly copies of the file server.\n\n2. Fees\nCustomer will pay $2,400 per month.\n\n3. Other terms\n{}\n')


@pytest.mark.parametrize(("rule", "clause", "present"), [
    # a provision left to a document the order form names by a defined term and says is on the web: not in the package
    ("DATA-CONFIDENTIALITY", "Confidentiality, liability and governing law are governed by the Conditions.", False),
    ("LIAB-CAP", "Confidentiality, limitations of liability and the governing law are solely as set out in the "
     "Conditions; this Service Order does not change them.", False),
    # ... the provision stated here, the Conditions named beside it
    ("DATA-CONFIDENTIALITY", "Each party shall keep the other's confidential information secret, in addition to the "
     "duties in the Conditions.", True),
    ("LIAB-CAP", "Harbourline's total liability under this Service Order shall not exceed the fees paid in the twelve "
     "months before the claim.", True),
])
def test_a_provision_left_to_terms_published_on_the_web_is_not_in_the_package(tmp_path, rulebook, rule, clause, present):
    finding = finding_of(tmp_path, rulebook, rule, ORDER_FORM.format(clause))
    assert (finding.status in ("met", "weak")) == present, (finding.status, clause)


def test_terms_attached_to_the_package_are_read_as_it(tmp_path, rulebook):
    """The same pointer to Conditions the text does not say are elsewhere is no pointer to a missing document."""
    text = ORDER_FORM.replace(" available at harbourline.example/legal/general-conditions", " set out below").format(
        "Confidentiality is as stated in the Conditions. Each party shall keep the other's confidential information "
        "secret.")
    assert finding_of(tmp_path, rulebook, "DATA-CONFIDENTIALITY", text).status == "met"


@pytest.mark.parametrize(("rule", "clause"), [
    ("DATA-CONFIDENTIALITY", "Confidentiality, liability and governing law are governed by the Conditions."),
    ("DATA-CONFIDENTIALITY", "Confidentiality is as stated in the Conditions."),
])
def test_a_provision_left_to_terms_not_held_is_missing_not_an_error(tmp_path, rulebook, rule, clause):
    """The pointer to a document the package says is on the web is read as one (it raised inside the rule, whose
    finding was an error, when the pointer was a match of the matcher without the parts `holds` reads)."""
    assert finding_of(tmp_path, rulebook, rule, ORDER_FORM.format(clause)).status == "missing"
