"""A convenience exit, exit assistance and a warranty with its length, as six drafters of contracts other than IT
support word them (issue 9: the CUAD-mapped elements that did not hold on the half of cuad_other nobody tuned for): a
US licensor, a UK distributor, an Indian supplier, an Australian franchisor, a French manufacturer in translation and a
small reseller in plain English. Each clause was written for this survey, in words of our own, and labelled by
ELEMENTS.md: termination.notice is a right to end the agreement by giving a period of notice, no cause needed (a
notice to cure a breach, a notice of non-renewal or of a price change is not); termination.transition is help or
supply that goes on after the end so that the business moves on (services, stock, data or know-how passed to the
other party or a successor; a run-off); a 'transition period' that phases the services in, or an agreement titled
'Transition Services' that promises nothing at the end, is not; warranty (CUAD's Warranty Duration) is a warranty
on the goods, software or work that says how long it runs. Present = the rule is met or weak; for warranty, met."""

import pytest

from survey_harness import assert_none_found, framed, params
from rule_findings import finding_of

DRAFTERS = {
    "us_licence": ('SOFTWARE LICENSE AGREEMENT\n\nThis Software License Agreement is entered into between Bayard '
                   'Analytics, Inc. ("Licensor") and Tillman Freight Corporation ("Licensee").\n\n1. Grant\nLicensor '
                   'grants Licensee a non-exclusive license to use the Software in its own business.\n\n',
                   '\n20. Governing Law\nThis Agreement is governed by the laws of the State of New York.\n'),
    "uk_distribution": ('DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Harrowgate Instruments Limited '
                        '("the Supplier") and Calder Medical Supplies Limited ("the Distributor").\n\n1. Appointment\n'
                        'The Supplier appoints the Distributor as its distributor of the Products in the Territory.\n\n',
                        '\n25. Law\nThis Agreement is governed by the law of England and Wales.\n'),
    "in_supply": ('SUPPLY AGREEMENT\n\nThis Supply Agreement is executed between Narmada Castings Private Limited '
                  '(hereinafter "the Supplier") and Konkan Pumps Limited (hereinafter "the Purchaser").\n\n1. Supply\n'
                  'The Supplier shall manufacture and supply the castings described in Annexure A to the Purchaser.\n\n',
                  '\n22. Governing Law\nThis Agreement shall be governed by the laws of India.\n'),
    "au_franchise": ('FRANCHISE AGREEMENT\n\nThis agreement is made between Wattle Bakehouse Franchising Pty Ltd '
                     '("Franchisor") and Banksia Foods Pty Ltd ("Franchisee").\n\n1. Grant\nThe Franchisor grants the '
                     'Franchisee the right to operate one Wattle Bakehouse outlet at the Premises.\n\n',
                     '\n30. Governing law\nThis agreement is governed by the law of New South Wales.\n'),
    "fr_translated": ('MANUFACTURING CONTRACT\n\nBETWEEN Ateliers Mercadier SAS (hereinafter "the Manufacturer") AND '
                      'Lindqvist Marine AB (hereinafter "the Principal")\n\nArticle 1 - Object\nThe Manufacturer '
                      'produces for the Principal the hull fittings described in Appendix 1.\n\n',
                      '\nArticle 18 - Applicable law\nThe present Contract is subject to French law.\n'),
    "plain_reseller": ('RESELLER TERMS\n\nThese terms are between Pebble Lane Audio LLC ("we", "us") and the shop '
                       'that signs below ("you").\n\n1. What this covers\nYou buy our speakers at trade prices and sell '
                       'them in your shop.\n\n',
                       '\n12. Law\nOregon law applies to these terms.\n'),
}

NOTICE = [
    ("us_licence", "14. Termination for Convenience\nLicensee may terminate this Agreement at any time, for any reason "
     "or no reason, upon ninety (90) days' prior written notice to Licensor.\n", True),
    ("us_licence", "14. Termination\nThis Agreement may be terminated by Licensor for its convenience upon thirty (30) "
     "days' written notice to Licensee.\n", True),
    ("uk_distribution", "18. Termination\nEither party may terminate this Agreement by giving not less than six months' "
     "notice in writing to the other, such notice to expire no earlier than the second anniversary of this "
     "Agreement.\n", True),
    ("uk_distribution", "18. Termination\nAfter the first anniversary of this Agreement the Distributor shall have the "
     "right to terminate it on not less than one hundred and twenty (120) days' written notice.\n", True),
    ("in_supply", "16. Termination\nNotwithstanding anything contained herein, the Purchaser shall be at liberty to "
     "terminate this Agreement by serving three (3) months' written notice upon the Supplier without assigning any "
     "reason whatsoever.\n", True),
    ("in_supply", "16. Termination\nEither Party may, in its sole discretion, terminate this Agreement upon six (6) "
     "months' written notice.\n", True),
    ("au_franchise", "21. Termination by the Franchisor\nThe Franchisor may, in its absolute discretion and without "
     "giving reasons, terminate this agreement by giving the Franchisee 60 days' written notice.\n", True),
    ("au_franchise", "21. Cancellation\nThe Franchisee may cancel this agreement for any reason by giving the "
     "Franchisor not less than 3 months' written notice.\n", True),
    ("fr_translated", "Article 15 - Resiliation\nEach Party may rescind the present Contract unilaterally, with a prior "
     "notice of sixty (60) days, without this giving rise to any indemnity.\n", True),
    ("fr_translated", "Article 15 - Duration\nThe Contract is concluded for an indeterminate duration. Each Party may "
     "put an end to it at any moment subject to a notice of three months.\n", True),
    ("plain_reseller", "9. Ending this\nYou can end these terms whenever you like. Just tell us 30 days before.\n", True),
    ("plain_reseller", "9. Ending this\nEither of us can walk away from this arrangement by giving the other two "
     "months' notice in writing.\n", True),
    # an exit at the end of the first term or at any time after it; a condition that is the party's own discretion
    ("uk_distribution", "18. Termination\nEither party may terminate this Agreement at the end of the Initial Term or at "
     "any time thereafter by giving the other at least one hundred and eighty (180) days' written notice.\n", True),
    ("us_licence", "14. Termination by Licensee\nLicensee may terminate this Agreement upon thirty (30) days' prior "
     "written notice to Licensor in the event Licensee determines, in its sole discretion, that the Software no longer "
     "meets its needs.\n", True),
    ("fr_translated", "Article 15 - Duration\nThe Contract can be denounced by either of the Parties with a prior notice "
     "of 90 days.\n", True),
    # decoys: a cure notice, a non-renewal notice, a price notice, an exit at once for cause, the end of use after it
    ("us_licence", "16. Royalties on Termination\nUpon any termination of this Agreement by Licensee on sixty (60) days' "
     "notice, Licensee shall pay all royalties accrued to the date of termination.\n", False),
    ("us_licence", "14. Termination\nIf either party materially breaches this Agreement and fails to cure the breach "
     "within thirty (30) days after written notice, the other party may terminate this Agreement.\n", False),
    ("uk_distribution", "3. Term\nThis Agreement renews for successive periods of one year unless either party gives "
     "notice of non-renewal at least ninety (90) days before the end of the then-current term.\n", False),
    ("in_supply", "7. Prices\nThe Supplier may revise the prices of the castings on sixty (60) days' written notice to "
     "the Purchaser.\n", False),
    ("au_franchise", "21. Termination\nThe Franchisor may terminate this agreement immediately by notice if the "
     "Franchisee becomes insolvent or abandons the outlet.\n", False),
    ("us_licence", "14. Termination\nLicensor may terminate this Agreement upon thirty (30) days' notice if Licensee "
     "fails to pay any amount when due.\n", False),
    ("plain_reseller", "10. After it ends\nWithin thirty days after these terms end you must stop using our logo.\n",
     False),
]

TRANSITION = [
    ("in_supply", "17. Consequences of Termination\nOn expiry or termination, the Supplier shall, for a period of up to "
     "six (6) months, continue to supply the castings and give all reasonable assistance to transfer their "
     "manufacture to the Purchaser or a replacement supplier.\n", True),
    ("uk_distribution", "19. Exit\nOn termination the Supplier shall co-operate with the Distributor and any successor "
     "distributor to ensure an orderly handover of the customer accounts.\n", True),
    ("us_licence", "15. Effect of Termination\nFor ninety (90) days after termination, Licensor shall provide such "
     "assistance as Licensee reasonably requests to migrate its data to another platform.\n", True),
    ("fr_translated", "Article 16 - End of the Contract\nAfter the ending of the Contract, the Manufacturer is obliged "
     "to hand over the tooling and all technical documentation to the Principal or to the new manufacturer "
     "designated by it.\n", True),
    ("uk_distribution", "19. Stock\nFor a period of ninety (90) days following termination, the Distributor may sell "
     "off its remaining inventory of the Products.\n", True),
    ("au_franchise", "22. After termination\nFollowing any expiry of this agreement, the Franchisee has 30 days in which "
     "to sell its existing stock of branded goods.\n", True),
    ("in_supply", "17. Last Order\nAfter receiving notice of termination, the Purchaser may place a last-time buy of "
     "the castings, which the Supplier shall deliver within four months.\n", True),
    ("plain_reseller", "10. When it ends\nWhen this arrangement ends, we'll keep shipping any orders you placed before "
     "the end date.\n", True),
    # the end's consequences told in the Term clause
    ("au_franchise", "3. Term\nThe term of this agreement is five years. For a period of one year following expiry, the "
     "Franchisor shall continue to supply the Franchisee with branded packaging for its remaining customers.\n", True),
    # decoys: an agreement titled for transition that promises nothing at the end, a phase-in, confidential
    # information returned, a survival list, the licence ending
    ("us_licence", "2. Transition Services\nThe services described in Schedule B are referred to in this Agreement as "
     "the Transition Services and are charged at the rates in Schedule C.\n", False),
    ("in_supply", "5. Transition Period\nDuring the transition period of three months following the Effective Date, "
     "the Supplier shall take over the castings previously made by the Purchaser's former vendor.\n", False),
    ("us_licence", "4. Succession\nIn order to ensure an orderly transition, the Licensor's founder shall remain its chief "
     "executive until his successor as chief executive is appointed.\n", False),
    ("uk_distribution", "4. Completion\nPromptly following completion of the purchase, the Supplier shall co-operate in "
     "the orderly transfer of the purchased assets to the Distributor.\n", False),
    ("uk_distribution", "19. Return of Information\nOn termination each party shall return or destroy the other "
     "party's Confidential Information.\n", False),
    ("au_franchise", "22. Survival\nClauses 9, 14 and 27 survive the expiry or termination of this agreement.\n",
     False),
    ("us_licence", "15. Effect of Termination\nUpon termination all licenses granted under this Agreement end "
     "immediately.\n", False),
]

WARRANTY = [
    ("us_licence", "9. Limited Warranty\nLicensor warrants that for ninety (90) days following delivery the Software "
     "will perform substantially in accordance with the Documentation.\n", True),
    ("uk_distribution", "11. Warranty\nThe Supplier warrants that the Products will on delivery, and for a period of "
     "18 months from the date of delivery, conform in all material respects with their specification.\n", True),
    ("in_supply", "12. Guarantee\nThe Supplier guarantees the castings against any manufacturing defect for a period "
     "of twenty-four (24) months from the date of despatch.\n", True),
    ("fr_translated", "Article 9 - Guarantee\nThe Manufacturer grants a guarantee of two years on the delivered "
     "fittings, counted from their handing over.\n", True),
    ("plain_reseller", "6. If a speaker fails\nIf a speaker stops working within a year of when you bought it from us, "
     "we'll repair or replace it free.\n", True),
    ("us_licence", "9. Warranty\nThe limited warranty on each unit is one (1) year from the date of purchase by the "
     "end user.\n", True),
    ("uk_distribution", "11. Warranty\nThe warranty given in this clause expires eighteen months after the date of "
     "delivery.\n", True),
    ("au_franchise", "14. Equipment\nThe Franchisor warrants the oven equipment it supplies to be free from defects "
     "in materials and workmanship for 12 months after installation.\n", True),
    ("in_supply", "12. Warranty\nThe Supplier warrants all castings for a period of 36 months from the date of "
     "manufacture.\n", True),
    ("fr_translated", "Article 9 - Guarantee\nThe Manufacturer guarantees that the fittings will operate in accordance "
     "with the published performance data for a period of two years.\n", True),
    ("in_supply", "12. Replacements\nAny replaced casting shall be warranted for the remainder of the original warranty "
     "period or ninety (90) days, whichever is longer.\n", True),
    # decoys: a party's standing, non-infringement with no length, an inspection period, a payment term
    ("us_licence", "9. Representations\nEach party represents and warrants that it has full power and authority to "
     "enter into this Agreement.\n", False),
    ("us_licence", "9. Warranty\nLicensor warrants that the Software does not infringe any patent or copyright of a "
     "third party.\n", False),
    ("in_supply", "8. Delivery\nThe Supplier warrants that it will deliver each order within thirty (30) days after "
     "receipt of the purchase order.\n", False),
    # a party's own conduct warranted or guaranteed for a time: no warranty on the goods or the work
    ("us_licence", "9. Royalties\nLicensee represents and warrants that it will pay all royalties within thirty (30) days "
     "after the end of each calendar quarter.\n", False),
    ("au_franchise", "14. Insurance\nThe Franchisee warrants that it will maintain public liability insurance for a "
     "period of three (3) years after the last sale of any branded goods.\n", False),
    ("uk_distribution", "11. Guarantee\nThe parent company guarantees the due payment of all sums owed by the Distributor "
     "under this Agreement for a period of five years.\n", False),
    ("fr_translated", "Article 9 - Personnel\nThe Manufacturer warrants that for a period of one (1) year after the end of "
     "the Contract it will not solicit any employee of the Principal.\n", False),
    ("plain_reseller", "5. Paying us\nYou pay each invoice within thirty days of the invoice date.\n", False),
]

RULES = {"termination.notice": "TERM-CONVENIENCE", "termination.transition": "TERM-TRANSITION",
         "warranty": "COMM-WARRANTY"}

STILL_WRONG = {}


def _case_id(case, i):
    return f"{case[0]}-{'present' if case[2] else 'absent'}-{i}"


def _call(tmp_path, rulebook, element, drafter, body, present):
    finding = finding_of(tmp_path, rulebook, RULES[element], framed(DRAFTERS, drafter, body))
    assert finding.status != "error", finding.message
    found = finding.status == "met" if element == "warranty" else finding.status in ("met", "weak")
    assert found == present, (finding.status, finding.message)


@pytest.mark.parametrize("drafter,body,present", params(NOTICE, _case_id, lambda c: STILL_WRONG.get(c[1])))
def test_convenience_exit(tmp_path, rulebook, drafter, body, present):
    _call(tmp_path, rulebook, "termination.notice", drafter, body, present)


@pytest.mark.parametrize("drafter,body,present", params(TRANSITION, _case_id, lambda c: STILL_WRONG.get(c[1])))
def test_exit_assistance(tmp_path, rulebook, drafter, body, present):
    _call(tmp_path, rulebook, "termination.transition", drafter, body, present)


@pytest.mark.parametrize("drafter,body,present", params(WARRANTY, _case_id, lambda c: STILL_WRONG.get(c[1])))
def test_warranty_with_its_length(tmp_path, rulebook, drafter, body, present):
    _call(tmp_path, rulebook, "warranty", drafter, body, present)


@pytest.mark.parametrize("drafter", sorted(DRAFTERS))
def test_frames_hold_none_of_them(tmp_path, rulebook, drafter):
    assert_none_found(tmp_path, rulebook, list(RULES.values()), framed(DRAFTERS, drafter, ""))
