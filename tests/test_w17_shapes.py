"""Shapes a fresh set of drafters used that checker missed (issue 9, fix source w17), each written again here in
words of our own: an exit at will told in a translation ("rescind this Instrument ... with an advance of ninety
days"), on reasonable notice (vague), or by the provider in the first person ("I can stop providing the service for
any reason"); a failure not put right within a period after a notice, then the ending ("does not remedy the failure
within thirty days ..., may dissolve the Contract"; a Scots "Minute"); a cap in plain words ("the most I will have
to pay you is ..."; "I'm not responsible for lost sales"); a translated "violation of personal data" told to the
customer; someone who "got into" the data; a first response missed and the customer calling a senior role; an
engineer "working on" a fault or a fault "picked up" within a time. Decoys beside each (a phone system's hunt groups, a
paging tool's escalation rules, a detection-and-response product). An element is present when its rule is met or weak."""

import pytest

from survey_harness import assert_found, params
from test_drafter_survey import contract

CASES = [
    # an exit at will in a translated voice, the notice told as "an advance of N days"
    ("TERM-CONVENIENCE", "de_translated", "§ 12 Ending\nEach party may rescind this Instrument upon written communication "
     "to the other with an advance of ninety (90) days.\n", True),
    ("TERM-CONVENIENCE", "in_outsourcer", "14. Exit\nClient may end this Agreement by a written communication sent with "
     "an advance of thirty (30) days.\n", True),
    ("TERM-CONVENIENCE", "bank", "18. Term\nThe Bank may rescind this Instrument at any time, without any burden, by "
     "notifying the Service Provider in writing.\n", True),
    # on reasonable notice, no period (vague)
    ("TERM-CONVENIENCE", "us_msp", "15. Term\nEither party may end this Agreement, or any Statement of Work, on "
     "reasonable prior written notice to the other.\n", True),
    ("TERM-CONVENIENCE", "saas", "15. Ending\nYou or we may close your subscription on reasonable notice.\n", True),
    # the provider's own exit, in the first person
    ("TERM-CONVENIENCE", "freelance", "8. Ending\nI can stop providing the support service for any reason by giving "
     "you 45 days' notice by email.\n", True),
    ("TERM-CONVENIENCE", "saas", "15. Ending\nWe may stop supplying the Service for any reason on two months' "
     "notice.\n", True),
    # decoys: reasonable notice for a breach, a pause in service
    ("TERM-CONVENIENCE", "us_msp", "15. Term\nEither party may end this Agreement on reasonable notice if the other "
     "party breaches it.\n", False),
    ("TERM-CONVENIENCE", "freelance", "8. Pauses\nI can stop providing the support service while an invoice is unpaid, "
     "which is a pause, not an end.\n", False),
    # a failure not put right within a period, then the ending
    ("TERM-CAUSE", "de_translated", "§ 13 Dissolution\nWhere a party fails seriously in its obligations and does not "
     "remedy the failure within thirty (30) days of a formal notice, the other party may dissolve the Contract.\n", True),
    ("TERM-CAUSE", "uk_public", "20. Ending\nIf either party is in material breach and has not remedied it within "
     "twenty-one days of being asked to, the other may end this Minute by written notice.\n", True),
    ("TERM-CAUSE", "in_outsourcer", "14. Default\nIf a party defaults and has not cured it within 15 days after "
     "notice, the other party may end this Agreement.\n", True),
    # a cap in plain words
    ("LIAB-CAP", "freelance", "9. If things go wrong\nIf I make a mistake, the most I will have to pay you, in total, "
     "is what you paid me in the 6 months before.\n", True),
    ("LIAB-CAP", "freelance", "9. If things go wrong\nI'm not responsible for lost sales, lost profits or lost "
     "business.\n", True),
    # decoys: a price ceiling, a storage limit
    ("LIAB-CAP", "freelance", "6. Fees\nThe most I will charge you for a single call-out is £80.\n", False),
    ("LIAB-CAP", "saas", "7. Storage\nThe most you can store in your workspace is 50 GB.\n", False),
    # a translated "violation of personal data" told to the customer
    ("DATA-BREACH", "de_translated", "§ 9 Data\nWhere the Contractor becomes aware of a violation of personal data, it "
     "informs the Client thereof without undue delay.\n", True),
    ("DATA-BREACH", "in_outsourcer", "12. Privacy\nService Provider shall inform Client within 48 hours of any "
     "violation of personal data processed for Client.\n", True),
    # decoy: a breach of a law about personal data, not of the data
    ("DATA-BREACH", "bank", "12. Privacy\nService Provider shall notify the Bank of any violation of personal data "
     "protection laws by its staff within 5 days.\n", False),
    # the provider's exit with an adverb and any object: "I can also stop providing the care package"
    ("TERM-CONVENIENCE", "freelance", "8. Ending\nI can also stop providing the care package for any reason by giving "
     "you 45 days' notice.\n", True),
    ("TERM-CONVENIENCE", "saas", "15. Ending\nWe may likewise cease supplying the hosted bookkeeping platform on ninety "
     "days' notice.\n", True),
    ("TERM-CONVENIENCE", "us_msp", "15. Ending\nMSP may also stop providing the help desk while any invoice is "
     "overdue.\n", False),
    # someone got into the data, in plain words, told to the customer
    ("DATA-BREACH", "freelance", "7. Security\nIf I find out that someone has got into your booking system, I will let "
     "you know the same day.\n", True),
    ("DATA-BREACH", "saas", "9. Incidents\nWe will tell you within 24 hours if an outsider gained access to your "
     "ledger.\n", True),
    # escalation decoys: calls routed on a phone system, a setting of the customer's alerting tool
    ("SLA-ESCALATION", "saas", "3. Telephony\nWe will set up hunt groups so that calls that are not answered roll over "
     "to a second ring group and then escalate to your head office.\n", False),
    ("SLA-ESCALATION", "bank", "5. On-call\nThe escalation rules configured in the Bank's alerting tool are maintained "
     "by the Bank.\n", False),
    # a first response missed, the customer goes higher
    ("SLA-ESCALATION", "uk_public", "9. Getting help\nIf the Supplier's engineer has not returned the Authority's call "
     "within one hour, the Authority may telephone the Supplier's Service Delivery Manager.\n", True),
    ("SLA-ESCALATION", "us_msp", "6. Support\nWhere a P1 call is not answered within 20 minutes, Client may call MSP's "
     "Operations Director directly.\n", True),
    ("SLA-ESCALATION", "us_msp", "6. Support\nClient may call MSP's Operations Director to arrange the annual "
     "review.\n", False),
    # a response as an engineer at work on the fault, or a fault picked up, within a time
    ("SLA-RESPONSE", "uk_public", "9. Faults\nThe Supplier shall have an engineer working on each Priority 1 fault "
     "within thirty minutes of the report.\n", True),
    ("SLA-RESPONSE", "in_outsourcer", "9. Tickets\nTickets raised by Client shall be picked up within two business "
     "hours.\n", True),
    ("SLA-RESPONSE", "bank", "9. Equipment\nRetired servers shall be picked up within ten days of "
     "decommissioning.\n", False),
    ("SLA-RESPONSE", "us_clinic", "7. Safeguards\nVendor will keep threat detection and response software on every "
     "workstation and apply security patches within 30 days of release.\n", False),
]


@pytest.mark.parametrize(("rule", "drafter", "body", "present"), params(CASES))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, contract(drafter, body), present)
