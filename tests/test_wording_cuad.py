"""Kinds of clause that contracts of other types (licences, supply, distribution, sponsorship) write in
their own words: run-offs after the end, exceptions taken out of a cap, evergreen terms, exits at will
written as one item of a list. Each text is our own; every case failed before the rule learned the kind,
but the few marked 'guard'."""

from pathlib import Path

import pytest

from rule_findings import finding_of as rule_finding

PREAMBLE = ('DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Fernhill Devices Ltd ("Supplier") and '
            'Quayside Retail plc ("Customer").\n\n1. Appointment\nThe Supplier appoints the Customer to resell '
            'the Units in the Territory.\n\n')


def status(tmp_path: Path, rulebook, rule_id: str, body: str) -> str:
    return rule_finding(tmp_path, rulebook, rule_id, PREAMBLE + body).status


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # a run-off after the end, in words other than "upon the termination ... may continue to"
    ("TERM-TRANSITION", "9. Effect of Termination\nFor sixty (60) days following such termination, the Customer "
                        "may continue to use any brochures already printed under this Agreement.\n", "met"),
    ("TERM-TRANSITION", "9. Termination\nAfter early termination of this Agreement, and for twelve (12) months "
                        "thereafter, the Customer may sell any Units held in its stock.\n", "met"),
    ("TERM-TRANSITION", "9. Termination\nIn the event of termination, the Customer shall be entitled to receive "
                        "every order the Supplier accepted before the date of termination.\n", "met"),
    ("TERM-TRANSITION", "9. Publicity\nThe Customer shall have the right to use the Supplier's photographs in "
                        "advertisements already booked for up to three (3) months following such termination.\n", "met"),
    # stock left at the end sold off
    ("TERM-TRANSITION", "9. Termination\nOn termination the Customer shall stop using the Supplier's logos, except "
                        "as may be needed to sell any Units left in the Customer's inventory.\n", "met"),
    ("TERM-TRANSITION", "9. Termination\nIf, at the time of termination, the Customer holds Units in its inventory "
                        "and is able to sell them to end users, it may do so for ninety days.\n", "met"),
    # a wind-down in other words
    ("TERM-TRANSITION", "9. Termination\nOnce a notice of termination is served, the parties shall meet promptly to "
                        "plan a phase-out of the joint web pages.\n", "met"),
    ("TERM-TRANSITION", "9. Marketing\nThe Customer may continue, beyond that period, to distribute copies of any "
                        "existing stock of leaflets.\n", "met"),
    ("TERM-TRANSITION", "9. Discontinued Units\nBefore a Unit is discontinued the Customer may place a last time buy "
                        "for up to six months of demand.\n", "met"),
    # decoys: the end takes a right away; an exit that is a place; a loss of sales is no sell-off
    ("TERM-TRANSITION", "9. Termination\nUpon termination the Customer may not use the Supplier's name for any "
                        "purpose.\n", "missing"),
    ("TERM-TRANSITION", "9. Termination\nOn the termination of this Agreement for any cause, the Customer shall not "
                        "be entitled to claim or receive any compensation for its expenditure.\n", "missing"),  # guard
    ("TERM-TRANSITION", "9. Points of Entry and Exit\nThe Customer collects the Units at the gate of the Supplier's "
                        "warehouse in Leeds.\n", "missing"),
    ("TERM-TRANSITION", "9. Termination\nUpon termination neither party is liable for the loss of anticipated sales "
                        "or for investments made in inventory.\n", "missing"),  # guard
    # exceptions taken out of the cap in other words
    ("LIAB-CARVE-OUTS", "9. Limitation of Liability\nEach party's total liability shall not exceed the fees paid in "
                        "the prior year. Breaches of confidentiality and each party's indemnification obligations "
                        "are excluded from these limitations of liability.\n", "met"),
    ("LIAB-CARVE-OUTS", "9. Limitation of Liability\nThe total liability of the Supplier is limited to the fees "
                        "paid. Claims for fraud are not subject to the limitations of this clause.\n", "met"),
    ("LIAB-CARVE-OUTS", "9. Limitation of Liability\nNeither party shall be liable for indirect or consequential "
                        "damages; provided that this limitation shall not limit a party's right to recover such "
                        "damages to the extent it must pay them to a third party.\n", "met"),
    # the exceptions named by section before the limitation
    ("LIAB-CARVE-OUTS", "9. Liability\nEXCEPT AS SET FORTH IN SECTIONS 6 AND 7.1, UNDER NO CIRCUMSTANCES WILL EITHER "
                        "PARTY BE LIABLE TO THE OTHER FOR ANY INCIDENTAL OR CONSEQUENTIAL DAMAGES.\n", "met"),
    ("LIAB-CARVE-OUTS", "9. Liability\nExcepting only claims made under Section 12.1, in no event will either party "
                        "be liable for indirect or consequential damages.\n", "met"),
    # decoy: an indemnity's own exception for a settlement made without consent is no carve-out from a cap
    ("LIAB-CARVE-OUTS", "9. Indemnification\n(b) To the fullest extent permitted by law, the Supplier will indemnify "
                        "the Customer against any loss, claim, damage or liability, other than a loss caused by the "
                        "Customer's gross negligence, and in no event will the Supplier pay more than the amount of the "
                        "loss; provided, however, that this indemnity shall not apply to amounts paid in settlement of "
                        "any such claim if the settlement is effected without the consent of the Supplier.\n",
     "missing"),
    # decoy: the list-opener of an indemnity is no liability without limit
    ("LIAB-CARVE-OUTS", "9. Indemnity\nThe Customer shall indemnify the Supplier against any loss arising from "
                        "its advertising, including without limitation for defamation or unfair trade practice.\n",
     "missing"),
    ("LIAB-CARVE-OUTS", "9. Liability\nThe Supplier shall be liable without limitation for death or personal "
                        "injury caused by its negligence, and otherwise its liability shall not exceed the fees.\n",
     "met"),  # guard
    # an evergreen term in other words; a renewal option for "two (2) additional terms"
    ("GEN-RENEWAL", "2. Term\nThe initial term is two years. Thereafter, this Agreement shall be effective month to "
                    "month, until either party ends it by sixty (60) days written notice.\n", "met"),
    ("GEN-RENEWAL", "2. Term\nWhen this Agreement expires, the Customer may choose to continue the relationship "
                    "with us for three (3) additional terms of five (5) years each.\n", "met"),
    # a non-renewal named in passing is no renewal clause
    ("GEN-RENEWAL", "14. Non-competition\nThe Restricted Period is the term of this Agreement and the two years "
                    "following the termination, cancellation or non-renewal of this Agreement.\n", "missing"),
    # an extension only on terms still to be agreed is no renewal right
    ("GEN-RENEWAL", "2. Term\nThe initial term is three years. Thereafter, this Agreement may be renewed for such "
                    "periods and on such terms as are mutually agreed in writing.\n", "missing"),
    ("GEN-RENEWAL", "2. Term\nThe term of this Agreement is four (4) years and may be extended subject to agreement "
                    "on new commercial terms.\n", "missing"),
    # an exit at will: a notice period in hundreds, a notice of a decision to end, an item of a list run together
    ("TERM-CONVENIENCE", "12. Termination\nThe Customer may end this Agreement upon one hundred twenty (120) days "
                         "prior written notice to the Supplier.\n", "met"),
    ("TERM-CONVENIENCE", "12. Term\nThis Agreement starts on the Effective Date and ends on the 90th day after a "
                         "written notice from one party to the other of its decision to terminate this Agreement.\n",
     "weak"),
    ("TERM-CONVENIENCE", "12. Termination\nThis Agreement shall be terminable by the Supplier at once if a third "
                         "party claim is received; by the Supplier or the Customer upon sixty (60) days written notice "
                         "to the other party; or by the Customer if the Supplier ceases trading.\n", "met"),
    # decoy: a right on an event, the event put after the notice in an item of a list
    ("TERM-CONVENIENCE", "12. Termination\n(b) The Supplier may terminate this Agreement:\n(1) Upon ninety (90) days "
                         "prior written notice if the Customer does not reach the minimum volume in any year; or\n"
                         "(2) at once if the Customer ceases trading.\n", "missing"),
    # the time to claim under the warranty is its duration, though it names a breach of warranty
    ("COMM-WARRANTY", "7. Warranty\nTHE SUPPLIER WARRANTS THAT THE SOFTWARE WILL OPERATE IN SUBSTANTIAL ACCORDANCE "
                      "WITH ITS SPECIFICATIONS; PROVIDED, ANY CLAIM FOR BREACH OF WARRANTY MUST BE MADE IN WRITING "
                      "WITHIN SIXTY (60) DAYS FROM THE DATE OF DELIVERY.\n", "met"),
    # a product warranty whose duration is a shelf life
    ("COMM-WARRANTY", "7. Warranty\nThe Supplier warrants that all Units delivered (a) will be of merchantable "
                      "quality; and (b) will have a remaining shelf life of at least eighteen (18) months.\n", "met"),
])
def test_kind_of_clause(tmp_path, rulebook, rule_id, body, expected):
    assert status(tmp_path, rulebook, rule_id, body) == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # more faults left outside a cap: wilful acts or omissions, wilful breach, bad faith; "save where"; "restricts"
    ("LIAB-CARVE-OUTS", "9. Liability\nIn no event shall either party be liable for indirect or consequential loss, "
                        "other than loss caused by the wilful or deliberate acts or omissions of the other party.\n", "met"),
    ("LIAB-CARVE-OUTS", "9. Liability\nThe aggregate liability of the Supplier shall not exceed the fees paid, except "
                        "to the extent the loss results from the Supplier's wilful breach of clause 4.\n", "met"),
    ("LIAB-CARVE-OUTS", "9. Liability\nThe Supplier's total liability is limited to the annual fees, save where the "
                        "loss arises from intentional misconduct or bad faith.\n", "met"),
    ("LIAB-CARVE-OUTS", "9. Liability\nNeither party excludes or restricts its liability for death or personal injury "
                        "caused by its negligence.\n", "met"),
    # decoys: a plain negligence exception; a promise not to breach wilfully; a freedom not restricted
    ("LIAB-CARVE-OUTS", "9. Liability\nThe Supplier shall not be liable for any loss except to the extent caused by "
                        "its negligence.\n", "missing"),  # guard
    ("LIAB-CARVE-OUTS", "5. Conduct\nEach party shall act in good faith and shall not commit any wilful breach of this "
                        "Agreement.\n", "missing"),  # guard
    ("LIAB-CARVE-OUTS", "5. Freedom\nNothing in this Agreement shall limit or restrict the Supplier from selling its "
                        "products to other customers.\n", "missing"),  # guard
    # a title alone, the consideration recital, securities, "warranted" as justified, a party's compliance with law:
    # no warranty on the work
    ("COMM-WARRANTY", "Chapter 3 Representations and Warranties\n3.1 Each party has full legal capacity to sign this "
                      "Agreement.\n", "missing"),
    ("COMM-WARRANTY", "3. Consideration\nIn consideration of the mutual representations, warranties and covenants in "
                      "this Agreement, the parties agree as follows.\n", "missing"),
    ("COMM-WARRANTY", "4. Shares\nUpon a partial transfer, the Company shall issue to the transferees one or more "
                      "replacement warrants.\n", "missing"),
    ("COMM-WARRANTY", "4. Board\nThe Board may take such further action as in its judgment is warranted by market "
                      "conditions.\n", "missing"),
    ("COMM-WARRANTY", "9. Compliance\nEach party represents and warrants that it is in compliance with, and will continue "
                      "to comply with, all anti-bribery laws.\n", "missing"),
    ("COMM-WARRANTY", "7. Representations and Warranties\n7.1 The Supplier represents and warrants that the Units will "
                      "conform to the Specification.\n", "weak"),  # guard
    ("COMM-WARRANTY", "7. Limited Warranty\nThe Supplier warrants its repairs for a period of six months.\n", "met"),  # guard
    # insurance as one item of a cost or of a benefit is no duty to insure
    ("LIAB-INSURANCE", "5. Price\nIn addition to the price, the Customer shall pay all transportation charges "
                       "(including insurance).\n", "missing"),  # guard
    ("LIAB-INSURANCE", "5. Status\nThe Agent will not participate in any bonus, pension, insurance or similar benefits "
                       "of the Supplier and shall carry out the work.\n", "missing"),
    ("LIAB-INSURANCE", "5. Shipping\nThe Supplier shall pay freight and insurance and shall maintain cargo insurance on "
                       "every shipment.\n", "met"),  # guard
    # meetings at a stated rhythm and contacts in other words
    ("GOV-GOVERNANCE", "6. Cooperation\nThe parties shall meet on a quarterly basis to review progress.\n", "met"),
    ("GOV-GOVERNANCE", "6. Cooperation\nThe Supplier shall cause its sales director to meet with the Customer's buyers "
                       "on at least a monthly basis.\n", "met"),
    ("GOV-GOVERNANCE", "6. Cooperation\nRepresentatives of each party shall meet regularly to plan the launch.\n", "met"),
    ("GOV-GOVERNANCE", "6. Cooperation\nEvery month the parties shall hold operational meetings to adjust planning.\n",
     "met"),
    ("GOV-GOVERNANCE", "6. Support\nThe Supplier shall appoint one engineer as the Technical Contact for all support "
                       "matters.\n", "met"),
    ("GOV-GOVERNANCE", "6. Specifications\nThe Units shall meet the specifications regularly updated by the "
                       "Customer.\n", "missing"),  # guard
    # a heading that names audits over clauses that only keep records holds no audit right
    ("GOV-AUDIT", "9. RECORD-KEEPING AND AUDITS\n9.1 Records Retention. Each party shall keep written records of its "
                  "work on the programme in line with industry practice.\n10. NOTICES\n10.1 All notices shall be in "
                  "writing.\n", "missing"),
    ("GOV-AUDIT", "9. RECORD-KEEPING AND AUDITS   9.1 Records Retention. Each party shall keep written records of its "
                  "work on the programme in line with industry practice.   10. NOTICES   10.1 All notices shall be in "
                  "writing.\n", "missing"),  # guard
    ("GOV-AUDIT", "9. RECORD-KEEPING AND AUDITS (a) Records Retention. Each party shall keep written records of its "
                  "work on the programme in line with industry practice. (b) Retention Period. The records are kept for "
                  "six years.\n10. NOTICES\n10.1 All notices shall be in writing.\n", "missing"),  # lettered, run in
    ("GOV-AUDIT", "9. RECORDS AND AUDITS\n9.1 Records. The Supplier shall keep complete books of account.\n9.2 Audits. "
                  "The Customer may examine those books once a year on reasonable notice.\n", "met"),  # guard
    # stock left at the end bought back, a wind-down period to remove what was licensed: duties after the end
    ("TERM-TRANSITION", "12. Effect of Termination\nOn termination, the Customer shall purchase all finished Units and "
                        "packaging the Supplier has on hand at the time of termination.\n", "met"),
    ("TERM-TRANSITION", "12. Effect of Termination\nIf this Agreement is terminated, the Customer agrees to compensate "
                        "the Supplier for unused material inventory affected by the termination.\n", "met"),
    ("TERM-TRANSITION", "12. Effect of Termination\nUpon expiry of this Agreement the Customer shall have a reasonable "
                        "period of time to remove the Content from its systems.\n", "met"),
    ("TERM-TRANSITION", "12. Inventory\nThe Supplier shall keep an inventory of spare parts on hand at all times during "
                        "the Term.\n", "missing"),  # guard
    # a window to claim for defects in what was delivered states the warranty's duration
    ("COMM-WARRANTY", "7. Delivery\nThe Customer may reject any defective Unit by notice to the Supplier within fourteen "
                      "(14) days after receipt.\n", "met"),
    ("COMM-WARRANTY", "7. Delivery\nWithin ten (10) days after delivery the Customer shall notify the Supplier of any "
                      "Units that do not conform to the order.\n", "met"),
    ("COMM-WARRANTY", "7. Delivery\nThe Reseller shall have twenty (20) days from receipt of each shipment to "
                      "inspect and test the Units.\n", "met"),
    ("COMM-WARRANTY", "7. Delivery\nThe Buyer has the right, for a period of ten (10) days following delivery, to "
                      "reject any Unit that is not of the ordered grade.\n", "met"),
    ("COMM-WARRANTY", "7. Acceptance\nUnless the Customer notifies the Developer that the Prototype does not meet the "
                      "specifications within fifteen (15) days after receipt, the Prototype is accepted.\n", "met"),
    ("COMM-WARRANTY", "7. Payment\nThe Customer shall pay each invoice within thirty (30) days from receipt.\n",
     "missing"),  # guard
    ("COMM-WARRANTY", "7. Orders\nThe Supplier may reject any purchase order by notice within five (5) days after "
                      "receipt.\n", "missing"),  # guard
    ("COMM-WARRANTY", "7. Termination\nEither party may terminate this Agreement if the other fails to comply with its "
                      "terms and does not cure the failure within thirty (30) days after notice.\n", "missing"),  # guard
    # a renewal named in passing: a licence not renewed, a charge that rises yearly
    ("GEN-RENEWAL", "2. Force Majeure\nNeither party is liable for delay caused by the non-renewal of such party's "
                    "licence to trade.\n", "missing"),
    ("GEN-RENEWAL", "2. Fees\nThe access fee is $100,000 per year and the usage charge increases from year to year.\n",
     "missing"),
    ("GEN-RENEWAL", "2. Term\nThis Agreement shall continue from year to year thereafter unless terminated by ninety "
                    "(90) days notice.\n", "met"),  # guard
    # the end as the date the agreement lasts until
    ("GEN-TERM", "2. General\nThis Agreement shall continue until March 31, 2027, unless ended sooner.\n", "met"),
    # books accessible for inspection; marks inspected for quality, "examine whether": no audit of the other party
    ("GOV-AUDIT", "8. Records\nThe Agent shall keep proper books of account, which books shall be accessible for "
                  "inspection by the Principal during normal business hours.\n", "met"),
    ("GOV-AUDIT", "8. Marks\nThe Licensor shall have the right to inspect all advertising and packaging bearing the "
                  "Marks before release.\n", "missing"),
    ("GOV-AUDIT", "8. Cooperation\nThe Supplier shall work with the Distributor to examine whether parts can be "
                  "sourced locally.\n", "missing"),
    ("GOV-AUDIT", "8. Records\nOn 24 hours notice each Party shall have full access to all properties, books of "
                  "account and records of the Joint Company.\n", "weak"),
    ("GOV-AUDIT", "8. Records\nThe Customer shall have the right to request the Supplier to provide, through an "
                  "auditor agreed by the parties, validation of the volumes reported.\n", "met"),
    ("GOV-AUDIT", "8. Accounts\nThe Company shall have its annual accounts audited by an independent auditor.\n",
     "missing"),  # guard
    # periodic audits one party hands over are its financial reports, not a right to audit it
    ("GOV-AUDIT", "8. Information\nThe Distributor shall also provide the Company on request with: (a) quarterly "
                  "audits of its accounts made by outside accountants, and (b) copies of its filings.\n", "missing"),
    ("GOV-AUDIT", "8. Reports\nEach year the Licensee will send the Licensor its annual audit reports.\n", "missing"),
    ("GOV-AUDIT", "8. Audit\nThe Supplier shall furnish to the Customer's auditors all records they reasonably "
                  "require, and shall permit annual audits of its facilities by the Customer.\n", "met"),  # guard
    # the prevailing party's attorneys' fees are no charge for extra work
    ("COMM-EXTRAS", "14. Disputes\nIn any action to enforce this Agreement the prevailing party shall be reimbursed "
                    "its attorneys' fees and expenses.\n", "missing"),
])
def test_kind_of_clause_other_firms(tmp_path, rulebook, rule_id, body, expected):
    assert status(tmp_path, rulebook, rule_id, body) == expected
