"""Convenience exits (and two liability carve-outs) in shapes other firms give them (issue 9: termination.notice on contracts kept aside). Clauses of
our own, for a shape of clause: a US licensor's exit on notice followed by a second branch for cause ("upon ninety
days written notice, or immediately if the other breaches"), a UK supplier's agreement that runs until a party gives
notice, a translated civil-law contract that puts the notice before the verb ("may, by written notice of not less
than ninety days, terminate"), an Australian distributor's right that holds whether or not the other is in default.

Near misses: notice that answers a breach, notice of non-renewal, a term that ends on a delivery, a notice that
changes an address."""

from __future__ import annotations

import pytest

from rule_findings import finding_of

PREAMBLE = ('DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Penhallow Devices Ltd ("Supplier") and Kestrel '
            'Retail Group Inc ("Buyer").\n\n1. Supply\n1.1 The Supplier shall supply the Products ordered by the '
            'Buyer.\n\n')
CLOSING = "\n\n12. Governing Law\n12.1 This Agreement is governed by the laws of New York.\n"

MET = [
    "8. Termination\n8.1 Either party may terminate this Agreement upon ninety (90) days written notice to the other "
    "party, or immediately upon written notice if the other party materially breaches this Agreement.",
    "8. Termination\n8.1 This Agreement will remain in effect until either party gives the other ninety (90) days "
    "written notice of termination.",
    "8. Termination\n8.1 Either party may, by written notice of not less than ninety days, terminate this Agreement, "
    "whether or not the other party is in default.",
    "8. Termination\n8.1 The Buyer may, by notice of at least three months, terminate this Agreement with effect from "
    "the end of any calendar quarter.",
]

NOT_FOUND = [
    "8. Termination\n8.1 Either party may terminate this Agreement upon thirty (30) days written notice if the other "
    "party materially breaches it, or immediately if the other party becomes insolvent.",
    "8. Term\n8.1 This Agreement shall remain in effect until the Supplier gives notice that the last Product has been "
    "delivered.",
    "8. Renewal\n8.1 This Agreement shall renew for successive one-year terms and remain in effect until either party "
    "gives the other ninety (90) days written notice of non-renewal before the end of the then-current term.",
    "8. Breach\n8.1 Either party may, by written notice of not less than thirty days specifying the breach, terminate "
    "this Agreement if the other party fails to remedy a material breach.",
    "8. Notices\n8.1 The Buyer may, by written notice of not less than ten days, change its address for notices.",
]


@pytest.mark.parametrize("body", MET)
def test_an_exit_on_notice_in_another_shape_is_met(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "TERM-CONVENIENCE", PREAMBLE + body + CLOSING)
    assert finding.status == "met", finding.message


@pytest.mark.parametrize("body", NOT_FOUND)
def test_notice_for_cause_or_renewal_is_no_convenience_exit(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "TERM-CONVENIENCE", PREAMBLE + body + CLOSING)
    assert finding.status not in ("met", "weak"), finding.evidence[0].quote if finding.evidence else finding.message


# the carve-outs from a liability cap in two more shapes: the cap named by what it is ("the maximum aggregate liability
# of the Supplier shall be ..., other than ..."), the carve-out said as a taking out of the limit
CARVE_OUTS = [
    "10. Liability\n10.1 Total liability is limited to the fees paid. Claims arising from a breach of the data "
    "protection obligations are excluded from this limit.",
    "10. Liability\n10.1 The maximum aggregate liability of the Supplier shall be the price of the Products, other than "
    "liability resulting from the Supplier's fraudulent misrepresentation.",
]


@pytest.mark.parametrize("body", CARVE_OUTS)
def test_a_carve_out_in_another_shape_is_found(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "LIAB-CARVE-OUTS", PREAMBLE + body + CLOSING)
    assert finding.status == "met", finding.message
