"""Shapes a fresh set of drafters used that checker missed (issue 9, fix source w20), each written again here in
words of our own: an exit at will with an adverb between the verb and its object ("withdraw unilaterally from the
contract"), with no cause to be alleged, or of "it" the agreement with the notice counted "beforehand"; an ending for
good cause is no exit at will, whatever "at any time" it holds; a breach one fails to correct, or a problem not fixed
within a period, then the ending; a compromise of the provider's own systems, or someone who got into the data, told
to a named person ("let your coordinator know"); multifactor spelled as one word, critical security updates applied
within a period, sign-in by hardware token, removable media barred; a long description of what is kept secret; a
refusal to talk about clients to anyone outside; a cap with a phrase between "limited" and "to"; a promise never to
bring a claim for a loss; the work listed as gerunds ("(1) operating the servers"), an online workspace looked after, an
engagement with a phrase before its "to"; a report by another name ("a written account", "a weekly operations pack")
and the faults it counts; a cap named by its place ("the preceding paragraph does not apply where ... gross
negligence"), recklessness kept outside it; work "outside the Work", "not our job", or that staff "will not work on";
extra work "remunerated separately" or paid "in addition to" the fee. Decoys beside each. An element is present when
its rule is met or weak."""

import pytest

from rule_findings import finding_of
from survey_harness import assert_found, params
from test_drafter_survey import contract

CASES = [
    # an ending for good cause, even "at any time" and "without notice", is no exit at will
    ("TERM-CONVENIENCE", "de_translated", "§ 14 Termination\nEither party may terminate this Contract at any time "
     "and without notice for important reasons.\n", False),
    ("TERM-CONVENIENCE", "bank", "18. Ending\nThe Bank may end this Agreement at any time with immediate effect for "
     "good cause.\n", False),
    ("TERM-CONVENIENCE", "in_outsourcer", "14. Termination\nClient may cancel this Agreement at any time, without prior "
     "notice, for just cause.\n", False),
    # an exit at will with an adverb before "from", or no cause to allege
    ("TERM-CONVENIENCE", "de_translated", "§ 14 Withdrawal\nThe Client may withdraw unilaterally from the contract, "
     "without having to justify any reason, with sixty (60) days' notice.\n", True),
    ("TERM-CONVENIENCE", "in_outsourcer", "14. Exit\nClient may rescind the contract without needing to allege cause, by "
     "giving ninety (90) days' notice.\n", True),
    ("TERM-CONVENIENCE", "us_clinic", "14. Ending\nThe Practice may withdraw early from the arrangement at any time by "
     "giving the Vendor two months' notice.\n", True),
    # "it" the agreement, the notice counted beforehand
    ("TERM-CONVENIENCE", "freelance", "8. Ending\nEither of us can end it sooner at any time by writing to the other at "
     "least thirty days beforehand.\n", True),
    ("TERM-CONVENIENCE", "saas", "15. Ending\nYou may end it early at any time by emailing us at least ten days "
     "ahead.\n", True),
    # a breach one fails to correct; a problem not fixed within a period, then the ending
    ("TERM-CAUSE", "in_outsourcer", "14. Default\nA party may cancel this Agreement if the other breaches it and fails "
     "to correct the breach within twenty days after a demand.\n", True),
    ("TERM-CAUSE", "de_translated", "§ 13 Dissolution\nShould a party breach the Contract and fail to fix the breach "
     "within thirty days of a reminder, the other may rescind the Contract.\n", True),
    ("TERM-CAUSE", "freelance", "8. Ending\nIf either of us lets the other down badly, the other can say so in writing. "
     "If it isn't fixed within 10 days, the one who wrote can end the agreement at once.\n", True),
    ("TERM-CAUSE", "uk_public", "20. Ending\nWhere a serious failure is not corrected within fourteen days of a "
     "written notice, the Authority may end this Contract.\n", True),
    # decoys: a fault not fixed in time goes higher, not to an ending
    ("TERM-CAUSE", "us_msp", "6. Support\nIf a Priority 1 incident is not fixed within 8 hours, Client may escalate it "
     "to MSP's account director.\n", False),
    ("TERM-CAUSE", "saas", "6. Support\nIf a reported bug isn't fixed within 30 days, we will tell you when the fix "
     "will ship.\n", False),
    # a compromise of the provider's own systems; someone who got in, told to a named person
    ("DATA-BREACH", "us_msp", "10. Security\nMSP shall notify Client of any actual or suspected compromise of MSP's "
     "remote support accounts as soon as practicable.\n", True),
    ("DATA-BREACH", "in_outsourcer", "12. Security\nService Provider shall inform Client within 24 hours of any "
     "compromise of Service Provider's networks that may affect Client data.\n", True),
    ("DATA-BREACH", "freelance", "7. Security\nIf I learn that someone has gotten into your booking system, I'll let "
     "your practice manager know the same day.\n", True),
    ("DATA-BREACH", "saas", "9. Incidents\nIf an outsider gained access to your ledger, we'll let your finance lead "
     "and your auditor know promptly.\n", True),
    # decoys: a compromise of a plan; a blocked door
    ("DATA-BREACH", "us_msp", "10. Projects\nMSP will let Client's office manager know of any compromise of the "
     "project timeline.\n", False),
    ("DATA-BREACH", "freelance", "7. Visits\nIf I can't get into your server cupboard, I'll let your practice manager "
     "know the same day.\n", False),
    # multifactor as one word; critical security updates on time; sign-in by token; removable media barred
    ("DATA-SECURITY", "us_clinic", "8. Access\nVendor staff shall sign in to the Practice's systems only with "
     "multifactor authentication.\n", True),
    ("DATA-SECURITY", "de_translated", "§ 8 Protection\nThe Contractor applies security updates rated critical by the "
     "manufacturer to the Client's servers within ten days of their release.\n", True),
    ("DATA-SECURITY", "bank", "10. Access\nService Provider's engineers shall log in only with personal accounts "
     "protected by a hardware token.\n", True),
    ("DATA-SECURITY", "uk_public", "10. Devices\nThe Supplier's staff shall not connect USB sticks or other removable "
     "storage media to Authority workstations.\n", True),
    # decoys: the customer's own updates; software shipped on removable media
    ("DATA-SECURITY", "saas", "5. Your duties\nYou are responsible for installing security updates on your own "
     "computers.\n", False),
    ("DATA-SECURITY", "in_outsourcer", "5. Delivery\nThe installation files shall be delivered to Client on removable "
     "media.\n", False),
    # what is kept secret, described at length
    ("DATA-CONFIDENTIALITY", "uk_public", "11. Secrecy\nThe Supplier shall keep all data, drawings and other material "
     "of the Authority, together with everything its engineers learn about the Authority's plans, premises and staff "
     "while on site, secret without limit of time.\n", True),
    # a refusal to talk about someone to anyone outside
    ("DATA-CONFIDENTIALITY", "freelance", "7. Privacy\nI will not talk about any of your clients to anyone outside your "
     "practice.\n", True),
    ("DATA-CONFIDENTIALITY", "us_clinic", "7. Privacy\nVendor's technicians shall never discuss a patient's record with "
     "anyone outside the Practice.\n", True),
    ("DATA-CONFIDENTIALITY", "bank", "12. Discretion\nService Provider's staff shall not mention what they see in the "
     "Bank's systems to any third party.\n", True),
    # decoys: talking about plans with the customer
    ("DATA-CONFIDENTIALITY", "us_msp", "4. Reviews\nMSP will talk about Client's plans with Client's managers at each "
     "quarterly review.\n", False),
    # a cap with a phrase between "limited" and "to"
    ("LIAB-CAP", "de_translated", "§ 10 Amounts\nThe liability of the Contractor for all claims under this contract "
     "shall be limited, per contract year, to the fees paid in that year.\n", True),
    ("LIAB-CAP", "in_outsourcer", "15. Amounts\nService Provider's liability is limited, whatever its cause, to "
     "INR 50,00,000.\n", True),
    # a promise never to bring a claim for a loss
    ("LIAB-CAP", "freelance", "9. Claims\nYou agree that you will not bring any claim against me for loss arising from "
     "the free help I give.\n", True),
    ("LIAB-CAP", "us_clinic", "15. Claims\nThe Practice shall not make any claim against Vendor or its volunteers for "
     "damage caused by the donated support.\n", True),
    # decoys: a promise not to challenge a patent; a claim kept open
    ("LIAB-CAP", "saas", "12. Marks\nYou will not bring any claim against us challenging our trade marks.\n", False),
    ("LIAB-CAP", "us_msp", "15. Claims\nClient may bring a claim against MSP for loss caused by MSP's negligence.\n",
     False),
]


@pytest.mark.parametrize(("rule", "drafter", "body", "present"), params(CASES))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, contract(drafter, body), present)


# the drafter's frame is not used here: its opening line names the services
SCOPE_CASES = [
    # a duty listed as a gerund under a lead-in: "(3) operating the version control servers"
    ("SCOPE-SERVICES", "§ 2 Content of the work\nThe work comprises the following:\n(1) operating the "
     "Client's file and licence servers;\n(2) monitoring the plant network and its firewalls.\n", True),
    ("SCOPE-SERVICES", "2. The work\nThe work consists of:\n- administering the Bank's branch workstations;\n"
     "- patching the core platform servers.\n", True),
    # an online workspace looked after, named in a list
    ("SCOPE-SERVICES", "2. Help I give\nAs my time allows I will:\n(a) look after your Google Workspace "
     "account and shared drives;\n(b) answer questions by email.\n", True),
    # engaged, with a phrase between, to watch over a network
    ("SCOPE-SERVICES", "2. Engagement\nClient hereby engages Service Provider, and Service Provider "
     "agrees, to watch over the Client's wide area network around the clock.\n", True),
    # decoys: an account manager for sales, an engagement to market goods
    ("SCOPE-SERVICES", "2. Sales\nThe reseller will:\n(a) manage the key accounts in its territory;\n(b) "
     "report sales each quarter.\n", False),
    ("SCOPE-SERVICES", "2. Appointment\nThe Bank hereby appoints the Agent, and the Agent accepts, to market "
     "the Bank's savings products.\n", False),
]


@pytest.mark.parametrize(("rule", "body", "present"), params(SCOPE_CASES, ids=lambda c, i: f"{c[0]}-{i}"))
def test_each_scope_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, body, present):
    # the parties and the law, without the drafter's own line on the services
    text = ("AGREEMENT\n\nThis Agreement is made between Ostrander Holdings Ltd (\"Client\") and Velde Systems Ltd "
            "(\"Provider\").\n\n" + body + "\n9. Law\nThis Agreement is governed by the laws of Ontario.\n")
    assert_found(tmp_path, rulebook, rule, text, present)


# a report by another name and what it counts; a cap named by its place that does not reach intent or recklessness; work
# left outside "the Work" or "not our job", or staff who will not work on a system; extra work paid for apart
MORE_CASES = [
    ("SLA-REPORTING", "de_translated", "§ 7 Reporting\nBy the fifth day of each month the Contractor submits a work "
     "report for the previous month stating the number of faults by severity and the operating rate of the "
     "servers.\n", True),
    ("SLA-REPORTING", "bank", "6. Accounts\nEach month Service Provider delivers to the Bank a written account listing "
     "every outage of the preceding month and the repair times achieved.\n", True),
    ("SLA-REPORTING", "in_outsourcer", "6. Reporting\nService Provider shall send Client every Monday a weekly "
     "operations pack covering the prior week's alarms and tickets.\n", True),
    # decoys: a bank account; a pack of spare parts
    ("SLA-REPORTING", "bank", "12. Payment\nFees are paid into a written account held in the Service Provider's name "
     "at a Swiss bank.\n", False),
    ("SLA-REPORTING", "us_msp", "6. Spares\nMSP keeps a weekly spares pack at Client's site with cables and "
     "adapters.\n", False),
    ("LIAB-CARVE-OUTS", "de_translated", "§ 10 Liability\n(1) The Contractor's liability is limited to the fees of "
     "one year.\n(2) The preceding paragraph does not apply where the damage was caused intentionally or by gross "
     "negligence.\n", True),
    ("LIAB-CARVE-OUTS", "freelance", "9. Claims\nYou agree not to bring any claim against me for loss arising from the "
     "free help, except a claim for loss I caused recklessly.\n", True),
    ("LIAB-CARVE-OUTS", "freelance", "9. Claims\nYou agree not to bring any claim against me for loss arising from the "
     "free help.\n", False),
    ("SCOPE-EXCLUSIONS", "de_translated", "§ 2 Content of the work\nThe following are outside the Work: the Client's "
     "production machines and their controllers.\n", True),
    ("SCOPE-EXCLUSIONS", "freelance", "2. Limits\nYour phone system and your card reader are not my job under "
     "this agreement.\n", True),
    ("SCOPE-EXCLUSIONS", "us_clinic", "2. Limits\nVendor's technicians will not work on the Practice's X-ray "
     "equipment or its phone system.\n", True),
    # decoys: a site visit outside working hours; staff who will not work on public holidays
    ("SCOPE-EXCLUSIONS", "us_msp", "5. Visits\nMSP's technicians will not work on public holidays.\n", False),
    ("COMM-EXTRAS", "bank", "11. Fees\nMoves of more than five desks at once are remunerated separately at CHF 180 per "
     "hour.\n", True),
    ("COMM-EXTRAS", "de_translated", "§ 9 Remuneration\nNew interfaces shall be budgeted separately and require the "
     "Client's written approval.\n", True),
    ("COMM-EXTRAS", "saas", "10. Fees\nFor extra capacity you shall pay, in addition to the subscription fee, JPY 300 "
     "per instance-hour used.\n", True),
]


@pytest.mark.parametrize(("rule", "drafter", "body", "present"), params(MORE_CASES))
def test_each_further_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, contract(drafter, body), present)


def test_the_provider_s_own_responsibility_is_no_exclusion(tmp_path, rulebook):
    body = "4. Our part\nIt is our responsibility to keep the shared drives working for every member of staff.\n"
    finding = finding_of(tmp_path, rulebook, "SCOPE-EXCLUSIONS", contract("freelance", body))
    assert finding.status not in ("met", "weak"), finding.status
