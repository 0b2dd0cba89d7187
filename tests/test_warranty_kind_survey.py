"""Warranty durations read by the kind of clause, not by one firm's words (issue 9: cuad_other half B, where the
warranty was found but its duration was not). Clauses of our own, in the voices of a US software licensor, a UK
equipment supplier, an Indian outsourcer, a German firm in translation, an Australian distributor and EDGAR filings
with redacted figures:

- a promise of quality (free from defects, conforming to the specification, performing as the documentation says,
  of satisfactory quality, workmanlike), with or without the word "warrant", for a time counted from the goods' or
  the work's supply ("for ninety days following delivery", "for the first six months after Acceptance", "for [***]
  thereafter");
- a remedy for what proves faulty within such a time ("if within twelve months of delivery any Product is found to be
  defective", "should any defect appear within six months after delivery", "during the first year of operation");
- a window to inspect, object or claim, counted from the goods' arrival;
- goods delivered with their shelf life still to run, by date or by share;
- a warranty tied to a warranty period the contract names, whose length a schedule gives.

Near misses: a discrepancy in an invoice or a statement, a party's own compliance with law, warranties named as
what a review verifies, a promise with a deadline to act (a certificate sent within five days after shipment), a payment, records
or samples kept for years, a forecast answered, an audit, insurance, a recall."""

from __future__ import annotations

import pytest

from rule_findings import finding_of

PREAMBLE = ('SUPPLY AND LICENCE AGREEMENT\n\nThis Agreement is made between Corvale Systems Pty Ltd ("Supplier") and '
            'Northmere Logistics Inc ("Buyer").\n\n1. Supply\n1.1 The Supplier shall deliver and install the Products '
            'and license the Software ordered by the Buyer.\n\n')
CLOSING = "\n\n12. Term\n12.1 This Agreement lasts three years from the Effective Date.\n"

MET = [
    # a US software licensor: no "warrant", a promise of performance for a time after delivery or acceptance
    "7. Software\n7.1 The Software will operate substantially in accordance with the Documentation for ninety (90) days "
    "following delivery.",
    "5. Software\n5.1 The Supplier represents that the Software, for the first six months after Acceptance, will "
    "perform in all material respects as described in the Documentation.",
    "7. System\n7.1 The Supplier warrants that the System shall perform in accordance with the Documentation for one (1) "
    "year from the date of installation (the \"Warranty Period\").",
    # an Indian outsourcer: an undertaking about the deliverables
    "7. Deliverables\n7.1 The Supplier undertakes that the Deliverables will be free of Material Defects for a period of "
    "90 days after Acceptance.",
    # a UK equipment supplier: a defect that shows itself within a time, put right
    "7. Remedies\n7.1 If within twelve (12) months of delivery any Product is found to be defective, the Supplier shall "
    "at its option repair, replace or credit it.",
    "7. Failures\n7.1 Products which fail during the first year of operation shall be replaced free of charge.",
    "7. Nonconformities\n7.1 The Supplier shall remedy any Nonconformity reported by the Buyer during the ninety day "
    "period after Go-Live.",
    # a German firm in translation: a defect that appears; a window to inspect from the arrival date
    "7. Defects\n7.1 Should any defect appear within six months after delivery, the Supplier shall remedy it without "
    "delay.",
    "6. Inspection\n6.1 Products shall be inspected within a period of seven days from the arrival date and any "
    "nonconformity reported in writing, otherwise they shall be considered accepted.",
    "6. Quality Claims\n6.1 Quality objections shall be raised in writing within 30 days of receipt of the Goods.",
    # an Australian distributor of pharmaceuticals: shelf life by its date or its share
    "7. Expiry\n7.1 The Products shall have an expiry dating of no less than twenty-four months at the time of "
    "shipment.",
    "7. Expiry\n7.1 At the time of delivery, each Product shall have at least seventy-five percent (75%) of its shelf "
    "life remaining.",
    # EDGAR filings: the figure redacted, unit and all
    "7. Warranty\n7.1 The Supplier warrants that for [***] following delivery the Products shall conform to the "
    "Specifications.",
    "7. Warranty\n7.1 The Supplier represents and warrants that each Product, when delivered and for [***] thereafter, "
    "will conform to the Specifications.",
    "6. Latent Defects\n6.1 The Buyer shall have [...***...] after the date of the Buyer's receipt of Product for all "
    "claims relating to any Latent Defects.",
    # in a warranty clause, the period said in a sentence of its own; a label and its length; a lifetime warranty
    "7. Warranty\n7.1 The Supplier warrants the Products against defects in materials and workmanship. This period "
    "shall be twelve (12) months from delivery.",
    "7. Warranty\n7.1 Warranty: twelve (12) months from delivery.",
    "7. Warranty\n7.1 Each Product carries a limited lifetime warranty.",
    # a warranty that runs to the end of a warranty period a schedule gives
    "7. Warranty\n7.1 The Supplier represents and warrants that the Software shall remain Operative from the Delivery "
    "Date through the end of the Warranty Period.",
]

NOT_MET = [
    "6. Certificates\n6.1 The Supplier shall send a certificate that the batch complies with the Specifications within "
    "five days after shipment.",
    "6. Ordering\n6.1 The Supplier shall deliver Products that conform to the Specifications within thirty (30) days "
    "after receipt of each purchase order.",
    "6. Payment\n6.1 The Buyer shall pay within sixty (60) days after delivery for all Products that conform to the "
    "Specifications.",
    "6. Records\n6.1 The Supplier shall keep records showing that each batch conformed to the Specifications for five "
    "years after manufacture.",
    "6. Samples\n6.1 The Supplier shall retain samples of each batch, to test their conformity with the Specifications, "
    "for two years after shipment.",
    "6. Forecasts\n6.1 Within ten (10) days after delivery of each forecast, the Supplier shall confirm that it can "
    "supply Products conforming to the Specifications.",
    "6. Audits\n6.1 The Buyer may audit the Supplier's facility once a year to verify compliance with the "
    "Specifications, during the term and for two years after the last delivery.",
    "6. Insurance\n6.1 The Supplier shall maintain product liability insurance covering defective Products for three "
    "years after the last delivery.",
    "6. Recall\n6.1 If any Product is found to be defective, the Supplier shall notify the Buyer within 24 hours and "
    "bear the costs of any recall.",
    # a discrepancy in money's paperwork; a party's own compliance with law for a time; a facility kept compliant
    "6. Invoices\n6.1 Any discrepancy in an invoice must be reported to the Supplier within ten (10) days of its "
    "receipt.",
    "6. Reports\n6.1 The Distributor shall notify the Company of any discrepancy in the royalty statement within thirty "
    "(30) days after receipt.",
    "5. Compliance\n5.1 Each party warrants that it will comply with all applicable anti-bribery laws for the term of "
    "this Agreement and for five years thereafter.",
    "5. Compliance\n5.1 The Supplier warrants that its manufacturing facilities comply with all applicable regulations "
    "and undertakes to ensure that they continue to do so throughout the Term.",
    # warranties named as what a review checks, not given
    "6. Reviews\n6.1 Within sixty (60) days after receipt of a review notice, the Servicer shall give the reviewer access "
    "to its files to verify compliance with the representations and warranties made by the Seller.",
    "7. Force Majeure\n7.1 Any acceptance or warranty period affected by a Force Majeure Event shall be extended by the "
    "length of that event.",
]


@pytest.mark.parametrize("body", MET)
def test_the_kind_of_warranty_with_its_duration_is_met(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING)
    assert finding.status == "met", finding.message


@pytest.mark.parametrize("body", NOT_MET)
def test_a_deadline_a_record_or_a_payment_is_no_warranty_duration(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING)
    assert finding.status != "met", finding.evidence[0].quote if finding.evidence else finding.message
