"""Warranties on goods and services as other drafters put them, and the decoys around them (clauses of our own).

A warranty with its duration is met: a promise about the work or the goods for a time, a remedy for what proves
defective within a time, a window to reject or claim for defective, short or damaged goods (a warranty in all but
name), a time bar on defect claims, a remaining shelf life. A warranty without a time is weak; a disclaimer, a
party's own representations, and a breach of warranty that lets the other party terminate after a cure period are
no warranty duration."""

from __future__ import annotations

import pytest

from rule_findings import finding_of

PREAMBLE = ('SUPPLY AGREEMENT\n\nThis Agreement is made between Halvern Components Ltd ("Supplier") and Ostrava '
            'Medical Inc ("Buyer").\n\n1. Supply\n1.1 The Supplier shall manufacture and deliver the Products ordered '
            'by the Buyer.\n\n')
CLOSING = "\n\n9. Term\n9.1 This Agreement lasts three years from the Effective Date.\n"

MET = [
    # a US managed-service provider: workmanlike services, re-performed when reported in time
    "7. Warranty\n7.1 The Supplier warrants that all Services will be performed in a good and workmanlike manner, and "
    "will re-perform at no charge any Services that fail that standard and are reported within sixty (60) days after "
    "completion.",
    # a UK public body
    "7. Quality of the Goods\n7.1 The Supplier warrants that for a period of eighteen months from delivery the Goods "
    "shall be of satisfactory quality and fit for purpose.",
    "7. Defects\n7.1 The Supplier shall, at its own cost, repair or replace any Goods which prove defective in "
    "materials or workmanship within twelve months of acceptance.",
    # a German firm in translation: a guarantee for a duration, defect claims time-barred
    "7. Guarantee\n7.1 The Supplier guarantees the freedom from defects of the delivered goods for a duration of 24 "
    "months beginning with the transfer of risk.",
    "7. Liability for Defects\n7.1 Claims for defects become time-barred twelve months after delivery of the goods.",
    # an Indian outsourcer: a defined warranty period; a warranty of so many months
    "7. Warranty\n7.1 The Products shall conform to the Specifications and be free from defects in design, material "
    "and workmanship during the Warranty Period.\n7.2 \"Warranty Period\" means the period of thirty-six (36) months "
    "from the date of commissioning.",
    "7. Warranty\n7.1 The Supplier warrants the Products against manufacturing defects for one year from the date of "
    "invoice.",
    "7. Warranty\n7.1 The Vendor shall provide a warranty of twelve (12) months on all software deliverables from the "
    "date of go-live, during which period defects shall be rectified free of cost.",
    # a hospital buying equipment; a telecom's handsets; a workshop's spare parts
    "7. Equipment\n7.1 All equipment supplied under this Agreement shall carry a manufacturer's warranty of not less "
    "than two years.",
    "7. Handsets\n7.1 Handsets are covered by a 12-month warranty against manufacturing faults.",
    "7. Warranty\n7.1 The warranty on spare parts fitted by the Supplier is six months from the date of fitting.",
    # a pharmaceutical supplier: a remaining shelf life
    "7. Product Warranty\n7.1 The Supplier warrants that each Product will have, on delivery, no less than eighteen "
    "(18) months of remaining shelf life.",
    # windows to inspect, reject or claim: the lawyers' warranty duration in a supply contract
    "6. Inspection\n6.1 The Buyer may inspect each shipment and may reject any Products that do not conform to the "
    "Specifications by written notice given within thirty (30) days after receipt.",
    "6. Inspection\n6.1 The Buyer shall have forty-five (45) days from receipt of each delivery to inspect the "
    "Products and to reject any that are non-conforming.",
    "6. Acceptance\n6.1 Products not rejected in writing within 10 business days of delivery shall be deemed "
    "accepted.",
    "6. Acceptance\n6.1 Each shipment shall be deemed accepted unless the Buyer gives notice of rejection within "
    "twenty-one (21) days of its arrival.",
    "6. Inspection\n6.1 The Buyer may reject any shipment that fails to satisfy the warranties in Section 7 by notice "
    "within this twenty (20) day period.",
    "6. Latent Defects\n6.1 The Buyer shall have [***] days after receipt of a delivery to make any claim for latent "
    "defects.",
    "6. Claims\n6.1 Any claim regarding the quantity or quality of the goods delivered must be submitted in writing "
    "no later than fifteen (15) days after delivery.",
    # a software vendor: media, a limited warranty card, a time to claim
    "7. Limited Warranty\n7.1 For ninety (90) days after shipment, the Supplier warrants that the media will be free "
    "from physical defects. 7.2 The Buyer's sole remedy is replacement of the media.",
    "7. Limited Warranty\n7.1 The Supplier offers a two-year limited warranty on all hardware, as set out in the "
    "warranty card shipped with each unit.",
    "7. Limited Warranty\n7.1 ANY CLAIM FOR BREACH OF THE WARRANTY ABOVE MUST BE MADE WITHIN SIX (6) MONTHS OF THE "
    "DATE OF PURCHASE.",
    # a distributor's supplier: repairs free in a period, warranties surviving delivery, a standard warranty passed on
    "7. Warranty\n7.1 During the twelve (12) month period following delivery, the Supplier will repair or replace, at "
    "no charge to the Buyer, any Product that proves defective.",
    "7. Warranty\n7.1 The Supplier shall repair at no charge during the warranty period of twelve (12) months any "
    "Product that fails.",
    "7. Warranty\n7.1 The warranties in this Section 7 shall survive delivery and acceptance of the Products for a "
    "period of two (2) years.",
    "7. Warranty\n7.1 Company shall provide its standard limited warranty, currently twenty-four months, to each end "
    "user.",
    "7. Warranty\n7.1 Each unit carries a one year parts and labour warranty.",
    "7. Warranty\n7.1 All Products are sold with a 24 month manufacturer's warranty.",
    "7. Warranty\n7.1 Manufacturer warrants that all Products delivered hereunder shall, for a period equal to the "
    "lesser of their shelf life or twenty-four (24) months, be free from defects.",
    "7. Warranty\n7.1 All Products shall have a minimum remaining shelf life of twelve (12) months when delivered to "
    "the Buyer.",
    "7. Return of Products\n7.1 The Buyer may return any defective Product to the Supplier within sixty (60) days of "
    "receipt for a full credit or replacement.",
    # more windows: accept or reject, deemed accepted after a time, test on receipt, latent defects, shortages
    "6. Inspection\n6.1 The Buyer shall have thirty (30) days after delivery to accept or reject the Products.",
    "6. Acceptance\n6.1 Products shall be deemed accepted thirty (30) days after receipt unless the Buyer notifies the "
    "Supplier of a defect.",
    "6. Inspection\n6.1 Within ten (10) days after receipt, the Buyer shall test the Products and notify the Supplier "
    "of acceptance or rejection.",
    "6. Latent Defects\n6.1 Latent defects must be notified to the Supplier within thirty (30) days after their "
    "discovery.",
    "6. Shortages\n6.1 Any shortage or damage must be reported within five (5) days of delivery.",
    # an EDGAR filing's redaction, with or without its unit
    "6. Latent Defects\n6.1 The Buyer shall have [...***...] after the date of its receipt of a shipment to reject it "
    "for latent defects.",
    # a services firm: errors corrected for a time after acceptance
    "7. Service Warranty\n7.1 For 90 days after acceptance of each Deliverable, the Contractor will correct, at no "
    "additional charge, any error that prevents it from working as specified.",
]

WEAK = [
    "7. Warranty\n7.1 The Supplier warrants that the Services will be performed in a good and workmanlike manner.",
    "7. Third-party products\n7.1 Third-party hardware is covered only by its maker's warranty, which the Supplier "
    "will pass on to the Buyer where it can.",
]

NOT_MET = [
    "7. Disclaimer\n7.1 THE PRODUCTS ARE PROVIDED \"AS IS\" AND THE SUPPLIER DISCLAIMS ALL WARRANTIES, EXPRESS OR "
    "IMPLIED, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE.",
    "7. Disclaimer\n7.1 Except as set out above, the software is supplied as is, with all faults, and no warranty is "
    "given as to its fitness for purpose.",
    # a breach of warranty as the trigger of a termination, with its cure period
    "8. Termination\n8.1 Either party may terminate this Agreement if the other party breaches any representation or "
    "warranty and fails to cure the breach within thirty (30) days after written notice.",
    "8. Termination\n8.1 Either party may terminate if any representation or warranty of the other proves untrue in a "
    "material respect and is not remedied within 30 days of notice.",
    "8. Termination\n8.1 A party may end this Agreement by notice if the other violates any covenant, representation "
    "or warranty and the violation remains uncured for sixty (60) days.",
    "8. Termination\n8.1 The Buyer may terminate if a warranty given in Section 5 is found to be false and the "
    "Supplier does not put matters right within forty-five (45) days.",
    # a party's own standing, permits, records, insurance, payment: durations that are no warranty's
    "5. Authority\n5.1 Each party represents and warrants that it has full power and authority to enter into this "
    "Agreement, and this representation shall survive for two years.",
    "5. Permits\n5.1 The Supplier warrants that it holds all permits needed to make the Products and will keep them "
    "in force throughout the Term.",
    "5. Investigation\n5.1 The Supplier shall notify the Buyer of any raw materials that do not meet their "
    "specifications within twenty-four (24) hours of completing its investigation.",
    "5. Payment\n5.1 The Buyer shall pay each invoice within thirty (30) days of receipt; disputed amounts shall be "
    "notified within 10 days.",
    "5. Records\n5.1 The Supplier shall keep batch records for five years after the expiry date of each batch.",
    "5. Insurance\n5.1 The Supplier shall maintain product liability insurance for three years after the last "
    "delivery of the Products.",
    # a time that is the buyer's to pay, the supplier's to investigate or to warn of a recall; a return of unsold stock;
    # an offer to accept; a notice answered
    "6. Payment\n6.1 The Buyer shall pay for Products within thirty (30) days of delivery, save for any Products "
    "rejected as non-conforming.",
    "6. Complaints\n6.1 The Supplier shall investigate any complaint about defective Product and report its findings "
    "to the Buyer within thirty (30) days.",
    "6. Recall\n6.1 If a recall is required, the Supplier shall notify the Buyer within 24 hours.",
    "6. Returns\n6.1 The Buyer may return unsold Products in their original packaging within ninety (90) days of "
    "termination.",
    "6. New Products\n6.1 The Agent may, within sixty (60) days of receipt of an offer to accept a new product line, "
    "tell the Supplier that it declines.",
    "6. Financing\n6.1 The Buyer shall have ten (10) business days from delivery of a funding notice in which to "
    "notify the Supplier whether it will take part.",
    "7. Reports\n7.1 The Customer shall review each report and notify the Provider of any errors within ten (10) "
    "business days, after which the report is final.",
]


@pytest.mark.parametrize("body", MET)
def test_a_warranty_with_its_duration_is_met(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING)
    assert finding.status == "met", finding.message


@pytest.mark.parametrize("body", WEAK)
def test_a_warranty_without_a_time_is_weak(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING)
    assert finding.status == "weak", finding.message


@pytest.mark.parametrize("body", NOT_MET)
def test_a_disclaimer_a_cure_period_or_another_duration_is_no_warranty_duration(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING)
    assert finding.status != "met", finding.evidence[0].quote if finding.evidence else finding.message


def test_a_warranty_until_the_expiry_date_is_met(tmp_path, rulebook):
    body = ("7. Product Warranty\n7.1 The Supplier warrants that each Batch, when delivered, will conform to the "
            "Specifications and will remain within specification until its labelled expiry date.")
    assert finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING).status == "met"


@pytest.mark.xfail(strict=True, reason="a promise in plain words with no warranty, defect or claim in it ('if it stops "
                   "working within 30 days I will fix it free') is found by no pattern of the rule")
def test_a_freelancers_promise_to_fix_is_met(tmp_path, rulebook):
    body = ("7. My work\n7.1 If anything I set up stops working because of my mistake within 30 days, I will fix it "
            "free of charge.")
    assert finding_of(tmp_path, rulebook, "COMM-WARRANTY", PREAMBLE + body + CLOSING).status == "met"
