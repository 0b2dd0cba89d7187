"""A convenience exit and exit assistance as eight drafters word them (issues 9 and 11): a US managed-services firm,
a UK public body, an Indian outsourcer, a German firm in translation, a freelance administrator, a SaaS vendor, a
hospital and a telecom carrier. Each clause was written for this survey, in words of our own, and labelled by
ELEMENTS.md: termination.notice is a right to end the agreement or a service without cause on notice (a breach with a
cure period, a notice of non-renewal, a notice of a price change or a fault, a fee for ending early are not);
termination.transition is exit or transition assistance and services after the end (the return of data alone, a list
of surviving clauses, a transition into the service at its start are not). Present = the rule is met or weak."""

import pytest

from survey_harness import assert_found, assert_none_found, framed, params

DRAFTERS = {
    "us_msp": ('MASTER MANAGED SERVICES AGREEMENT\n\nThis Master Managed Services Agreement is entered into between '
               'Ridgeline Network Care, LLC ("MSP") and Osterman Plumbing Supply, Inc. ("Client").\n\n1. Services\n'
               'MSP shall provide remote monitoring, help desk and on-site support for Client\'s network.\n\n',
               '\n20. Governing Law\nThis Agreement is governed by the laws of the State of Ohio.\n'),
    "uk_public": ('CALL-OFF CONTRACT FOR IT SUPPORT SERVICES\n\nThis Contract is made between Ashcombe District '
                  'Council ("the Authority") and Penhallow Digital Limited ("the Supplier").\n\n1. The Services\nThe '
                  'Supplier shall provide the end-user computing support described in this Contract.\n\n',
                  '\n30. Law\nThis Contract is governed by the law of England and Wales.\n'),
    "in_outsourcer": ('MASTER SERVICES AGREEMENT\n\nThis Agreement is executed between Vindhya Techserve Private '
                      'Limited ("Service Provider") and Coldwater Casualty Insurance Company ("Client").\n\n1. Scope\n'
                      'Service Provider shall render application maintenance and infrastructure management services '
                      'to Client from its offshore delivery centre.\n\n',
                      '\n25. Governing Law\nThis Agreement shall be governed by the laws of the State of New York.\n'),
    "de_translated": ('CONTRACT FOR IT SERVICES\n\nbetween Vogtland Datentechnik GmbH, Plauen (hereinafter '
                      '"Contractor") and Reuter Armaturen AG, Chemnitz (hereinafter "Client")\n\n'
                      '§ 1 Subject matter of the contract\nThe Contractor undertakes the care of the IT systems of '
                      'the Client.\n\n',
                      '\n§ 15 Final provisions\nThe law of the Federal Republic of Germany applies.\n'),
    "freelance": ('IT SUPPORT AGREEMENT\n\nThis agreement is between Casey Marlow, trading as Marlow Tech ("I", "me") '
                  'and Fernhill Yoga Collective LLC ("you").\n\n1. What I do\nI look after your laptops, your Wi-Fi '
                  'and your class booking system.\n\n',
                  '\n12. Law\nColorado law governs this agreement.\n'),
    "saas": ('TERMS OF SERVICE\n\nThese Terms are an agreement between Larchmont Rostering, Inc. ("we", "us") and the '
             'organisation that accepts them ("Customer", "you").\n\n1. The Service\nWe provide the hosted Larchmont '
             'staff rostering platform and its support.\n\n',
             '\n18. Governing Law\nThese Terms are governed by the laws of the State of Delaware.\n'),
    "hospital": ('CLINICAL SYSTEMS SUPPORT AGREEMENT\n\nThis Agreement is made between St. Brendan Regional Hospital '
                 '("Hospital") and Quillfeather Health Systems, Inc. ("Vendor").\n\n1. Services\nVendor shall '
                 'support the Hospital\'s laboratory information system and its interfaces.\n\n',
                 '\n22. Governing Law\nThis Agreement is governed by the laws of the State of Illinois.\n'),
    "telecom": ('BUSINESS CONNECTIVITY AGREEMENT\n\nThis Agreement is made between Skerries Telecom Limited '
                '("Provider") and Moorgate Legal LLP ("Customer").\n\n1. Services\nThe Provider shall supply and '
                'support the leased lines, SIP trunks and managed routers listed in the Order.\n\n',
                '\n20. Law\nThis Agreement is governed by the law of England and Wales.\n'),
}

NOTICE = [
    # present, with a notice period (in words, in digits, a calendar unit, a table cell)
    ("freelance", "9. Ending this arrangement\nEither of us may end this arrangement by writing to the other thirty "
     "days ahead.\n", True),
    ("freelance", "9. Stopping\nYou can cancel at any time, just give me two weeks' notice by email.\n", True),
    ("us_msp", "15. Termination Without Cause\nEither party may terminate this Agreement without cause upon not less "
     "than sixty (60) days' prior written notice to the other party.\n", True),
    ("us_msp", "15. Termination\nClient may, upon forty-five (45) days' written notice to MSP, terminate the Services "
     "for any reason.\n", True),
    ("uk_public", "22. Termination without cause\nThe Authority may terminate this Contract at any time by giving the "
     "Supplier a full calendar quarter's written notice.\n", True),
    ("uk_public", "22. Ending the Contract\nThe Authority may bring this Contract to an end at any time on giving not "
     "less than three months' notice in writing.\n", True),
    ("in_outsourcer", "18. Termination for Convenience\nClient may terminate this Agreement or any SOW, in whole or in "
     "part, for convenience by giving Service Provider ninety (90) days prior notice in writing.\n", True),
    ("in_outsourcer", "18. Termination\nClient shall be entitled to terminate this Agreement at its sole discretion by "
     "serving 3 months notice on Service Provider.\n", True),
    ("de_translated", "§ 12 Term and termination\n(1) Either party may withdraw from this contract with a notice "
     "period of three months to the end of a calendar quarter.\n", True),
    ("de_translated", "§ 12 Duration\n(1) The contract is concluded for an indefinite period. It can be terminated by "
     "either party with a notice period of six weeks to the end of the month.\n", True),
    ("saas", "14. Cancellation\nYou may cancel your subscription at the end of any month from the account settings "
     "page.\n", True),
    ("saas", "14. Ending the Subscription\nYou can stop your subscription whenever you like; it ends on the last day "
     "of the billing month in which you tell us.\n", True),
    ("hospital", "17. Termination\nThe Hospital may terminate this Agreement upon not less than 120 days' notice to "
     "Vendor, without stating a reason.\n", True),
    ("hospital", "17. Termination\nEither party may terminate this Agreement without cause, effective at the end of "
     "any calendar month, upon 90 days prior written notice.\n", True),
    ("telecom", "12. Cancellation\nThe Customer may discontinue any Circuit after its Minimum Term on 30 days' notice "
     "to the Provider.\n", True),
    ("telecom", "12. Cancellation\nThe Customer may cease taking the Services at any time by giving the Provider one "
     "month's notice.\n", True),
    ("us_msp", "KEY TERMS\nInitial Term | 24 months\nTermination for convenience | Either party, on 60 days' written "
     "notice\n\n15. Termination\nEither party may end this Agreement as shown in the Key Terms.\n", True),
    ("telecom", "ORDER SUMMARY\nMinimum Term | 12 months\nCustomer termination notice period | 3 months\n\n12. "
     "Cancellation\nAfter the Minimum Term the Customer may terminate by giving the notice shown in the Order "
     "Summary.\n", True),
    ("in_outsourcer", "18. Termination\nEither Party may terminate this Agreement at any time, for any reason or no "
     "reason, upon giving 2 months' notice to the other Party.\n", True),
    ("hospital", "17. Termination\nThe Hospital may withdraw from this Agreement by written notice to Vendor given "
     "not less than ninety (90) days before the withdrawal date.\n", True),
    ("uk_public", "22. Termination\nEither party may give notice to terminate this Contract, such notice to take effect "
     "no earlier than six months after it is given.\n", True),
    ("de_translated", "§ 12 Termination\n(1) Ordinary termination is possible with a notice period of three months to "
     "the end of the month.\n", True),
    ("uk_public", "22. Termination\nThis Contract may be terminated by either party giving to the other not less than "
     "three (3) months' notice in writing.\n", True),
    # before the term runs out, on notice: a convenience exit, not a notice of non-renewal
    ("in_outsourcer", "18. Termination\nEither Party may terminate this Agreement before the expiry of the Term: (i) "
     "on sixty (60) days' written notice; or (ii) at once if the other Party becomes insolvent.\n", True),
    # a public filing's redacted period is still a stated one
    ("telecom", "12. Termination\nThe Customer may terminate this Agreement upon [***] to the Provider.\n", True),
    # present but vague: no period
    ("us_msp", "15. Termination\nEither party may terminate this Agreement for convenience on reasonable written "
     "notice.\n", True),
    ("uk_public", "22. Break\nThe Authority may terminate this Contract without cause by notice to the Supplier.\n",
     True),
    # decoys
    ("us_msp", "15. Termination\nEither party may terminate this Agreement upon thirty (30) days' written notice if "
     "the other party materially breaches it and fails to cure the breach within that period.\n", False),
    ("saas", "14. Renewal\nThis subscription renews automatically for successive one-year terms unless either party "
     "gives notice of non-renewal at least 60 days before the end of the then-current term.\n", False),
    ("us_msp", "6. Rates\nMSP may change its hourly rates on sixty (60) days' written notice to Client.\n", False),
    ("telecom", "7. Faults\nThe Customer shall report any fault to the Provider's service desk within two (2) hours "
     "of becoming aware of it.\n", False),
    ("saas", "14. Early Termination\nIf your subscription ends before the end of its annual term, an early "
     "termination fee of 50% of the remaining fees is payable.\n", False),
    ("us_msp", "9. Suspension\nMSP may suspend the Services on ten (10) days' notice if any invoice remains "
     "unpaid.\n", False),
    ("hospital", "17. Termination\nEither party may terminate this Agreement with immediate effect by notice if the "
     "other becomes insolvent.\n", False),
    ("uk_public", "12. Key Personnel\nThe Supplier shall give the Authority one month's notice before replacing any "
     "Key Personnel.\n", False),
    ("in_outsourcer", "26. Notices\nAny notice under this Agreement shall be in writing and is deemed received two "
     "days after posting.\n", False),
    ("in_outsourcer", "18. Termination\nClient may terminate this Agreement on 90 days' notice following a change of "
     "control of Service Provider.\n", False),
    ("telecom", "3. Term\nThis Agreement ends automatically on the expiry of 36 months from the Service Start "
     "Date.\n", False),
    ("de_translated", "§ 8 Subcontractors\nThe Client may withdraw its consent to a subcontractor with four weeks' "
     "notice.\n", False),
    ("hospital", "9. Version Support\nVendor shall give the Hospital ninety (90) days' notice before discontinuing "
     "support for any software version.\n", False),
    ("freelance", "5. Visits\nYou can cancel a booked visit without charge if you tell me 24 hours ahead.\n", False),
    ("saas", "6. Prices\nWe may change our prices by giving you at least 30 days' notice by email.\n", False),
    ("uk_public", "22. Termination\nThe Authority may terminate this Contract upon 30 days' notice if the Supplier "
     "fails to meet the availability service level in three consecutive months.\n", False),
    ("uk_public", "22. Termination\nEither party may terminate this Contract by giving notice at least 60 days before "
     "the end of the then-current term.\n", False),
    ("us_msp", "18. Assignment\nUpon 30 days' notice, MSP may assign this Agreement to an affiliate.\n", False),
    ("saas", "9. Referrals\nIf a reseller has terminated without cause an agreement with a third party we introduced, "
     "the reseller shall pay us a referral fee.\n", False),
    ("telecom", "12. Termination\nThis Order may be terminated at any time in accordance with the termination "
     "provisions of the Framework Agreement.\n", False),
    ("hospital", "9. Product Lifecycle\nVendor shall give the Hospital 12 months' notice of the end of life of any "
     "product it supports.\n", False),
]

TRANSITION = [
    # present
    ("us_msp", "16. Offboarding\nOn termination for any reason, MSP will spend up to 40 hours helping Client's new "
     "provider take over, including handing over admin passwords and network documentation.\n", True),
    ("uk_public", "24. Exit Management\nThe Supplier shall maintain an Exit Plan and, during the Exit Period, shall "
     "provide the Exit Services described in it so that the Replacement Supplier can take over without "
     "interruption.\n", True),
    ("in_outsourcer", "19. Reverse Transition\nOn expiry or termination, Service Provider shall carry out reverse "
     "transition of the services to Client or its nominee, including knowledge transfer sessions, for a period of up "
     "to ninety (90) days.\n", True),
    ("de_translated", "§ 13 Obligations after the end of the contract\nAfter the end of the contract, the Contractor "
     "shall support the Client for up to three months in moving the IT operation to a new service provider, against "
     "remuneration at the agreed hourly rates.\n", True),
    ("freelance", "10. When we stop working together\nI'll write down how everything is set up and spend up to 2 hours "
     "walking your next IT person through it.\n", True),
    ("saas", "15. After cancellation\nFor 30 days after your subscription ends you can still sign in to export your "
     "data, and we will help with migration to another platform at our standard rates.\n", True),
    ("hospital", "18. Continuity\nUpon expiration or termination, Vendor shall continue to provide the Services for up "
     "to 180 days at the Hospital's request, at the rates then in effect.\n", True),
    ("telecom", "13. Porting\nOn termination the Provider shall keep the Customer's numbers live for 60 days and "
     "co-operate with the Customer's new carrier to port them.\n", True),
    ("us_msp", "16. Wind-Down\nIf this Agreement is terminated, MSP will run the Services in a wind-down of up to 3 "
     "months while Client moves them in-house.\n", True),
    ("uk_public", "24. Handover\nIn the last three months of the Contract the Supplier shall hand over all operating "
     "procedures, configuration records and open incident tickets to the Authority or its nominated successor.\n",
     True),
    ("in_outsourcer", "19. Run-off\nService Provider shall continue to resolve tickets raised before the date of "
     "termination until they are closed, for a run-off of sixty (60) days.\n", True),
    ("saas", "15. Transition\nIf you terminate, we will keep the platform running for your users for up to 60 days "
     "after the termination date while you move to a new system.\n", True),
    ("de_translated", "§ 13 Return of the operation\nUpon termination, the Contractor shall hand over the "
     "documentation of the IT systems and all access data to the Client and instruct the Client's staff in their "
     "operation.\n", True),
    ("hospital", "18. Knowledge Transfer\nVendor shall train the Hospital's IT staff to run the laboratory system in "
     "the 60 days before this Agreement expires.\n", True),
    ("telecom", "13. Migration\nOn expiry, the Provider shall give reasonable help to move the Customer's circuits to "
     "another carrier.\n", True),
    ("us_msp", "16. Continued Services\nAfter termination MSP will keep monitoring Client's network month-to-month at "
     "the current rates until Client's replacement vendor is ready, for no more than 90 days.\n", True),
    ("freelance", "10. If you leave\nIf you move to another IT person, I'll pass on all your passwords and notes and "
     "answer their questions for a month.\n", True),
    ("in_outsourcer", "19. Continuity\nNotwithstanding termination, Service Provider shall complete all Work Orders "
     "in progress at the date of termination.\n", True),
    ("in_outsourcer", "19. Documentation\nWithin ten days after termination, Service Provider shall deliver to Client "
     "up-to-date runbooks and an inventory of all configuration items.\n", True),
    # stock left at the end sold off, though the clause also keeps a section alive
    ("telecom", "13. Stock\nOn termination the Customer may continue to sell its unsold stock of handsets, and clause 2 "
     "shall remain in effect for them for six months.\n", True),
    # decoys
    ("us_msp", "16. Client Data\nWithin 30 days after termination, MSP shall return all Client data to Client and "
     "then securely delete its copies.\n", False),
    ("saas", "15. Survival\nSections 8 (Confidentiality), 11 (Liability) and 18 (Governing Law) survive termination "
     "of these Terms.\n", False),
    ("in_outsourcer", "3. Transition\nDuring the first 60 days after the Effective Date, Service Provider shall take "
     "over the services from Client's incumbent vendor under the Transition Plan, through knowledge acquisition, "
     "shadowing and reverse shadowing.\n", False),
    ("saas", "4. Onboarding\nWithin ten business days of signing, we will migrate your existing rosters into the "
     "Service and set up your users' accounts.\n", False),
    ("hospital", "18. Payment on Termination\nUpon termination, the Hospital shall pay all fees accrued up to the "
     "effective date of termination.\n", False),
    ("telecom", "13. Equipment\nUpon termination the Customer shall return the managed routers to the Provider at "
     "its own cost.\n", False),
    ("uk_public", "24. Non-solicitation\nFor 12 months after the expiry of the Contract neither party shall employ "
     "any person engaged by the other in the Services.\n", False),
    ("de_translated", "§ 4 Handover of workplaces\nThe Contractor hands over each newly installed workstation to the "
     "user with a short instruction.\n", False),
    ("hospital", "12. Disputes\nVendor shall continue to provide the Services while any dispute is being "
     "resolved.\n", False),
    ("in_outsourcer", "3. Mobilisation\nService Provider shall complete the handover from the outgoing provider "
     "within 60 days of the Effective Date.\n", False),
    ("telecom", "14. Security\nUpon termination, each party shall change all passwords shared with the other.\n",
     False),
    ("hospital", "18. Licence\nUpon termination, the Hospital shall return all documentation and copies of the "
     "Software.\n", False),
    # rights that outlive the end, records kept for years, what the other lent given back
    ("hospital", "18. Remedies\nAny claim either party has for a breach shall continue to be enforceable after "
     "termination of this Agreement.\n", False),
    ("telecom", "13. Materials\nWithin 30 days following termination, the Provider shall deliver to the Customer all "
     "drawings and materials supplied by the Customer.\n", False),
    ("freelance", "10. Ending\nEither of us can end this agreement by email. I'll send a final invoice for hours "
     "worked.\n", False),
]

RULES = {"termination.notice": "TERM-CONVENIENCE", "termination.transition": "TERM-TRANSITION"}
CASES = ([("termination.notice", *case) for case in NOTICE]
         + [("termination.transition", *case) for case in TRANSITION])


@pytest.mark.parametrize(("element", "drafter", "body", "present"), params(CASES))
def test_each_drafter_s_wording_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, element, drafter, body, present):
    assert_found(tmp_path, rulebook, RULES[element], framed(DRAFTERS, drafter, body), present)


@pytest.mark.parametrize("drafter", sorted(DRAFTERS))
def test_each_drafter_s_frame_alone_holds_neither(tmp_path, rulebook, drafter):
    assert_none_found(tmp_path, rulebook, RULES.values(), framed(DRAFTERS, drafter, ""))
