"""Warranty durations, convenience exits and post-termination services in the shapes other firms' supply, licence and
distribution contracts give them (issue 9: the CUAD-mapped elements on contracts kept aside). Each clause was written
for this survey, in words of our own, for a shape of clause, not a contract's wording:

- warranty (met = a warranty with its duration): a defect that shows itself within a time put right, a builder's
  defects liability period, a warranty period given as a label and its length, support or updates given free for a
  time after installation, a warranty said of its end ("ends twelve months thereafter"), a repair within a time of
  goods that do not conform to the warranty (the negation is the goods', not the warranty's);
- termination.notice (present = met or weak): a licence surrendered or relinquished, a party resigning from the
  agreement, on notice;
- termination.transition: a wind-down after notice of termination, orders accepted before the end still filled.

Decoys: a fix time, paid support, a warranty denied, a licence given up because the agreement ended, a resignation
from a board, a transition into the service at its start, a resolution to wind up."""

from __future__ import annotations

import pytest

from rule_findings import finding_of
from survey_harness import assert_found

PREAMBLE = ('SUPPLY AGREEMENT\n\nThis Agreement is made between Tarrant Instruments Ltd ("Supplier") and Bellweather '
            'Diagnostics Inc ("Buyer").\n\n1. Supply\n1.1 The Supplier shall manufacture and deliver the Products '
            'ordered by the Buyer.\n\n')
CLOSING = "\n\n12. Term\n12.1 This Agreement lasts four years from the Effective Date.\n"

WARRANTY_MET = [
    "7. Defects\n7.1 The Supplier shall remedy, without charge to the Buyer, any defect in the Products which appears "
    "within eighteen months after delivery.",
    "7. Defects\n7.1 The Supplier will make good at its own cost any fault that becomes apparent during the first "
    "twelve months of operation.",
    "7. Defects Liability Period\n7.1 The Contractor shall make good any defects notified during the Defects "
    "Liability Period of twelve (12) months following Practical Completion.",
    "7. Warranty Coverage\n7.1 Warranty Period: twelve (12) months from installation.",
    "7. Support After Installation\n7.1 The Supplier will provide free technical support for the Products for a "
    "period of ninety (90) days after installation.",
    "7. Upgrades\n7.1 For a period of five (5) years after installation of each System, the Supplier will provide, at "
    "no charge, any safety updates to its software.",
    "7. Warranty\n7.1 The warranty shall commence on the date of installation and shall end twelve (12) months "
    "thereafter.",
    "7. Remedies\n7.1 Within one year after the date of shipment, the Supplier shall, at its option, repair or replace "
    "any Product that does not conform to the warranty.",
    "7. Remedies\n7.1 Within two years of delivery the Supplier will replace any unit that fails to comply with the "
    "Specifications.",
]

WARRANTY_NOT_MET = [
    "7. Defects\n7.1 The Supplier shall remedy any defect within thirty (30) days after receiving notice of it.",
    "7. Support\n7.1 The Buyer may buy support and updates for one year after installation at the Supplier's list "
    "price.",
    "7. Training\n7.1 The Supplier shall give free training to the Buyer's staff before delivery of the Products.",
    "7. Scope\n7.1 The parties agree that nothing in this Agreement shall be construed as a warranty or guarantee "
    "of any yield.",
    "7. Spares\n7.1 The Supplier shall keep spare parts for the Products in stock for seven (7) years after the end "
    "of production.",
]

NOTICE = [
    ("8. Surrender\n8.1 The Buyer may surrender this licence at any time upon ninety (90) days' written notice to the "
     "Supplier.", True),
    ("8. Licence\n8.1 The Buyer may relinquish the licence granted in Section 2 at any time by giving the Supplier "
     "sixty (60) days' prior written notice.", True),
    ("8. Resignation\n8.1 The Buyer may resign from this Agreement at any time on sixty (60) days' written notice.",
     True),
    ("8. Licence\n8.1 On any termination of this Agreement the Buyer shall surrender the licence and return all copies "
     "of the Software.", False),
    ("8. Officers\n8.1 The Supplier's account manager may resign from the board upon thirty (30) days' notice.",
     False),
    ("8. Prices\n8.1 The Supplier may change its prices upon sixty (60) days' written notice to the Buyer.", False),
]

TRANSITION = [
    ("10. Wind-Down\n10.1 After notice of termination is given, the parties shall co-operate to wind down the supply "
     "in an orderly way, and the Supplier shall keep supplying for a final period of three months.", True),
    ("10. After Termination\n10.1 Following termination, the Supplier will fill all purchase orders accepted before "
     "the termination date.", True),
    ("10. Exit\n10.1 The Supplier shall transition the services to the Buyer or to a replacement supplier nominated "
     "by it.", True),
    ("10. Start-Up\n10.1 During the first three months the Supplier shall provide transition services to bring the "
     "Products into production.", False),
    ("10. Insolvency\n10.1 Either party may terminate this Agreement if the other passes a resolution to wind up its "
     "business.", False),
    ("10. Payment\n10.1 On termination, the Buyer shall pay all sums due up to the termination date.", False),
]


@pytest.mark.parametrize("body", WARRANTY_MET)
def test_a_warranty_shape_with_its_duration_is_met(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING)
    assert finding.status == "met", finding.message


@pytest.mark.parametrize("body", WARRANTY_NOT_MET)
def test_a_fix_time_paid_support_or_a_denied_warranty_is_no_warranty_duration(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING)
    assert finding.status != "met", finding.evidence[0].quote if finding.evidence else finding.message


@pytest.mark.parametrize(("body", "present"), NOTICE)
def test_a_licence_surrendered_or_a_resignation_on_notice_is_a_convenience_exit(tmp_path, rulebook, body, present):
    assert_found(tmp_path, rulebook, "TERM-CONVENIENCE", PREAMBLE + body + CLOSING, present)


@pytest.mark.parametrize(("body", "present"), TRANSITION)
def test_a_wind_down_or_orders_filled_after_the_end_is_transition(tmp_path, rulebook, body, present):
    assert_found(tmp_path, rulebook, "TERM-TRANSITION", PREAMBLE + body + CLOSING, present)


def test_a_negated_mention_leaves_the_rest_of_its_sentence_to_other_patterns(tmp_path, rulebook):
    # "does not conform to the warranty" negates the word the warranty pattern finds, but the repair within a year
    # that holds it is found by another pattern and stands; a negation that opens the sentence still counts
    body = ("7. Remedies\n7.1 Within one year after the date of shipment, the Supplier shall repair or replace any "
            "Product that does not conform to the warranty.")
    assert finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING).status == "met"
    body = "7. Disclaimer\n7.1 The Supplier gives no warranty of any kind on the Products."
    assert finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING).status == "missing"


# a warranty's length given per part in a label ('Warranty: 2 years parts, 1 year labour'): the label and its first length
def test_a_warranty_split_by_parts_and_labour_is_met(tmp_path, rulebook):
    body = "7. Warranty\n7.1 Warranty: 2 years parts, 1 year labour."
    assert finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING).status == "met"


@pytest.mark.xfail(strict=True, reason="a right to leave in plain words with no verb of ending ('may leave this "
                   "Agreement ... tells the Supplier three months in advance') is found by no pattern")
def test_leaving_the_agreement_in_plain_words_is_a_convenience_exit(tmp_path, rulebook):
    body = ("8. Exit\n8.1 The Buyer may leave this Agreement at any time, provided that it tells the Supplier in "
            "writing three months in advance.")
    assert finding_of(tmp_path, rulebook, "TERM-CONVENIENCE", PREAMBLE + body + CLOSING).status in ("met", "weak")
