"""The shapes behind what the fix source w29 showed checker missing or finding where it is not (issue 9), each in clauses
written for this test in words of our own, as drafters in other places would put them: clauses numbered by a word, as
Spanish, Portuguese and Latin American contracts (and their translations) number them ('FIRST. - OBJECT.', 'CLAUSE TWO
- TERM', 'Third Clause: Price'); subjects an addendum leaves to another document that is not attached, named before it
('On every other matter, including confidentiality, the Master Agreement alone applies'); money off for each hour 'or
fraction' of delay, or when an uptime mark named by its figure alone is missed; service credits a contract says
nothing in it gives; a breach by a civil-law name ('non-performance') not corrected within a period; an ending
'unilaterally' listed beside one 'by mutual agreement', a notice 'of anticipation'; copies of a configuration kept to
restore the service; a clause that opens by saying what follows is outside the services; a sole trader's 'stays with
me', 'I won't tell anyone about it' and 'let you know ... if your data has been lost'; liability as 'the compensation
for damage' one pays, capped; a fix pressed on 'without undue delay so that' the system is back, or its target agreed
fault by fault; a patient's care escalated; a hardware security key, sessions recorded, a leaver's access removed;
services 'recorded in' an Order Form not attached; a window for planned work or a target table's cell in business
hours; the customer's duties listed under 'will:' on lines of their own, or under a letter's 'What you need to do'; a
clause titled 'Liability and insurance' read as liability; an insurance's 'limit of indemnity'; what an uptime figure
leaves out; insurance as a system ('claim gateways'); an inspection the provider will 'let' the customer make; what
'this agreement' or 'the fees' do not cover, what 'does not fall within' the work; a monthly statement of the
requests; data deleted 'when we finish'; an obligation that 'shall remain in force' after the end; a policy taken out
with an insurer; a support channel named as the provider's own ('Kestrel's customer portal'); a contact person named,
meetings held at a place. An element is present when its rule is met or weak."""

import pytest

from checker.ingest import document_from_text
from survey_harness import assert_found, assert_none_found, params


def numbered(text):
    return [(s.number, s.heading) for s in document_from_text(text).iter_sections() if s.number]


# five drafters number their clauses by a word: a Colombian services contract, a Mexican maintenance contract, a
# Spanish outsourcing contract, a Brazilian support contract (each in translation), a Philippine service agreement
WORD_NUMBERED = [
    ("FIRST. - OBJECT. The Contractor undertakes to maintain the Client's call platform.\n"
     "SECOND. - TERM. The term is one year.\nTWENTY-FIRST. - ASSIGNMENT. Neither party may assign this contract.\n",
     [("1", "OBJECT"), ("2", "TERM"), ("21", "ASSIGNMENT")]),
    ("FIRST.- PURPOSE: The Provider shall support the Client's servers.\nSECOND.- PRICE: The Client pays monthly.\n",
     [("1", "PURPOSE"), ("2", "PRICE")]),
    ("CLAUSE ONE - SUBJECT MATTER\nThe Supplier shall run the Client's service desk.\nCLAUSE TWO - DURATION\n"
     "The contract lasts two years.\n", [("1", "SUBJECT MATTER"), ("2", "DURATION")]),
    ("First Clause: Object. The Contractor shall maintain the network.\nSecond Clause: Fees. The Client pays each "
     "month.\n", [("1", "Object"), ("2", "Fees")]),
    ("ARTICLE ONE: DEFINITIONS\nIn this agreement the following words have these meanings.\nARTICLE TWO: SERVICES\n"
     "The Provider shall operate the help desk.\n", [("1", "DEFINITIONS"), ("2", "SERVICES")]),
]


@pytest.mark.parametrize(("text", "expected"), WORD_NUMBERED, ids=[f"drafter-{i}" for i in range(len(WORD_NUMBERED))])
def test_a_clause_numbered_by_a_word_is_the_clause_of_that_number(text, expected):
    assert numbered(text) == expected


def test_an_ordinal_in_a_sentence_starts_no_clause():
    for text in ("First, the Supplier shall review the logs.\n", "Second: the Client pays the invoice.\n",
                 "First of all the Supplier checks the backups every day.\n",
                 "Third parties may not access the system.\n", "FIRST LINE SUPPORT\n"):
        assert numbered(text) == [], text


FRAME = ('SERVICES CONTRACT\n\nBetween Andes Contact Centres S.A.S. (the "Client") and Cordillera Redes S.A.S. (the '
         '"Contractor").\n\n', '\n\nTWENTIETH. - APPLICABLE LAW. This contract is governed by the laws of the Republic '
                               'of Colombia.\n')

# the addendum's frame: an SLA addendum to a master agreement that is not one of the files reviewed
ADDENDUM = ('SERVICE LEVEL ADDENDUM\n\nThis Addendum is made under the Master Services Agreement between Pinecrest '
            'Freight Inc. ("Customer") and Larkspur Cloud LLC ("Provider").\n\n1. Availability\nProvider shall make the '
            'platform available 99.9% of each month.\n\n', '\n')

# a support agreement's frame: parties and services, no service levels
SUPPORT = ('IT SUPPORT AGREEMENT\n\nThis agreement is made between Riverbend Vets Pty Ltd (the "Client") and Kestrel '
           'Systems Pty Ltd (the "Provider").\n\n1. Services\nThe Provider shall provide help desk support for the '
           "Client's practice software.\n\n", '\n')

# a sole trader's terms, in the first person
LETTER = ('MY TERMS FOR NETWORK SUPPORT\n\nThese terms are between me, Aoife Brennan, trading as Brennan Networks, and '
          'Harbourview Dental Limited ("you").\n\n1. What I do\nI look after your network, your server and your '
          'laptops.\n\n', '\n')

CASES = [
    # clauses numbered by a word hold their provisions, as a numbered clause does
    ("SCOPE-SERVICES", FRAME, "FIRST. - OBJECT. The Contractor undertakes to provide the services of preventive and "
     "corrective maintenance of the Client's telephony platform at its two sites.", True),
    ("TERM-CAUSE", FRAME, "NINETEENTH. - EARLY TERMINATION. Either party may terminate this contract if the other "
     "commits a material breach and does not remedy it within fifteen (15) days of written notice.", True),
    ("DATA-CONFIDENTIALITY", FRAME, "FIFTEENTH: CONFIDENTIALITY. The Contractor shall keep confidential all information "
     "of the Client to which it has access.", True),
    # an addendum leaves subjects to the master agreement, which is not attached: none of them is there
    ("DATA-CONFIDENTIALITY", ADDENDUM, "2. Other matters\nOn every other matter, including fees, confidentiality, "
     "liability and governing law, the Master Services Agreement alone applies.", False),
    ("GEN-GOVERNING-LAW", ADDENDUM, "2. Other matters\nFor confidentiality, data protection, liability and governing "
     "law, the Master Agreement applies.", False),
    ("LIAB-CAP", ADDENDUM, "2. Other matters\nAs to limitation of liability, indemnities and warranties the terms of "
     "the Master Services Agreement shall apply.", False),
    ("DATA-CONFIDENTIALITY", ADDENDUM, "2. Other matters\nIn respect of confidentiality and publicity, the MSA "
     "exclusively governs.", False),
    ("LIAB-INDEMNITY", ADDENDUM, "2. Other matters\nWith regard to indemnities, insurance and liability, the Master "
     "Agreement will continue to apply.", False),
    # ... but a provision stated here, before or after such a pointer, is there
    ("DATA-CONFIDENTIALITY", ADDENDUM, "2. Confidentiality\nProvider shall keep all Customer data confidential and "
     "shall not disclose it to any third party. In all other respects the Master Services Agreement applies.", True),
    ("GEN-GOVERNING-LAW", ADDENDUM, "2. Law\nThis Addendum is governed by the laws of the State of Oregon.", True),
    # money off for each hour "or fraction" of delay, as Spanish drafting has it ("por cada hora o fracción de retraso")
    ("SLA-REMEDIES", SUPPORT, "5. Deductions\nWhen a Severity 1 case is not solved in time, the Client shall deduct from the "
     "next monthly payment one percent (1%) of the monthly value for each hour or fraction of delay.", True),
    ("SLA-REMEDIES", SUPPORT, "5. Penalties\nThe Provider shall pay a penalty of 0.5% of the monthly fee for every hour or "
     "fraction thereof of delay in restoring a critical service.", True),
    ("SLA-REMEDIES", SUPPORT, "5. Deductions\nThe Client may deduct 2% of the monthly invoice per hour or fraction of an hour "
     "of delay in the resolution of critical incidents.", True),
    ("SLA-REMEDIES", SUPPORT, "5. Late delivery\nThe Client may deduct 0.5% of the price for each day of delay in the delivery "
     "of the replacement laptops.", False),
    # an uptime mark missed, named by its figure alone, then money off
    ("SLA-REMEDIES", SUPPORT, "4. Uptime\nIf we fall short of 99.7% in a month, tell us and we will take 5% off your next "
     "monthly invoice.", True),
    ("SLA-REMEDIES", SUPPORT, "4. Uptime\nWhere the portal misses 99.9% in any month, the Provider shall reduce the "
     "following month's charges by five per cent.", True),
    ("SLA-REMEDIES", SUPPORT, "4. Uptime\nIf the service comes in below 99.5% for a calendar month, the Provider will give "
     "the Client a discount of 10% on that month's fee.", True),
    ("SLA-REMEDIES", SUPPORT, "4. Uptime\nIf we drop under 99.8% in a month, you get a refund of a tenth of the month's "
     "fee.", True),
    ("SLA-REMEDIES", SUPPORT, "9. Minimum volumes\nIf the Client fails to meet 95% of its forecast volume, the Provider may "
     "terminate this agreement.", False),
    # remedies the contract says it does not give
    ("SLA-REMEDIES", SUPPORT, "4. Targets\nThese service levels are targets. Nothing in this agreement entitles the Client to "
     "service credits, refunds or deductions for missing them.", False),
    ("SLA-REMEDIES", SUPPORT, "4. Targets\nNothing in this Schedule gives the Client any right to a service credit if a "
     "response target is missed.", False),
    ("SLA-REMEDIES", SUPPORT, "4. Targets\nNothing herein shall entitle the Client to a fee reduction for late responses to "
     "tickets.", False),
    # a breach by a civil-law name, not put right within a period, in a list of the ways to end the contract
    ("TERM-CAUSE", SUPPORT, "14. Early termination\nThis contract may be terminated: a) by mutual agreement; b) by either "
     "party in the event of serious non-performance of the obligations of the other, when the non-performance is not "
     "corrected within ten (10) business days following a written demand.", True),
    ("TERM-CAUSE", SUPPORT, "14. Rescission\nThe contract may be rescinded by the Client (i) for non-compliance by the "
     "Provider with its obligations which is not remedied within fifteen days of notice; or (ii) on the Provider's "
     "insolvency.", True),
    ("TERM-CAUSE", SUPPORT, "14. Ending the contract\nThe contract may be ended by either party for non-fulfilment of "
     "essential obligations, where the non-fulfilment is not redressed within twenty days of a formal demand.", True),
    ("TERM-CAUSE", SUPPORT, "6. Faults\nA failure of a nightly backup that is not corrected within 24 hours shall be "
     "reported to the Client.", False),
    # ... and unilaterally, at will, beside an ending by mutual agreement
    ("TERM-CONVENIENCE", SUPPORT, "14. Early termination\nThis contract may be terminated early: a) by mutual agreement of "
     "the parties; b) unilaterally by the Client, at any time, by written communication with no less than thirty (30) "
     "calendar days of anticipation.", True),
    ("TERM-CONVENIENCE", SUPPORT, "14. Termination\nThe contract may end by mutual consent, or unilaterally by the Client "
     "upon sixty days' written notice to the Provider.", True),
    ("TERM-CONVENIENCE", SUPPORT, "14. Termination\nThe Client may terminate this contract at any time with an anticipation "
     "of thirty days, by written communication.", True),
    ("TERM-CONVENIENCE", SUPPORT, "14. Termination\nThis contract may only be terminated by mutual agreement of the "
     "parties, recorded in writing.", False),
    # copies of the configuration kept to put the service back after a failure
    ("CONT-BACKUP", SUPPORT, "9. Configuration copies\nThe Provider shall periodically save copies of the configuration of "
     "the switches and firewalls, and shall keep them available to restore the service in case of failure.", True),
    ("CONT-BACKUP", SUPPORT, "9. Configuration copies\nThe Provider shall keep a copy of the configuration of every "
     "firewall so that it can be restored after a fault.", True),
    ("CONT-BACKUP", SUPPORT, "9. Images\nThe Provider will store copies of all server images in order to recover them "
     "after a hardware failure.", True),
    ("CONT-BACKUP", SUPPORT, "9. Copies\nThe Provider shall make copies of the invoices available to the Client on "
     "request.", False),
    # what follows is said to be outside the services: a backup named there is no backup service
    ("CONT-BACKUP", SUPPORT, "3. Scope\n3.1 The Provider shall support the practice software.\n3.2 The following are "
     "outside the Services and shall not be performed unless ordered separately:\n(a) upgrades of the database;\n(b) the "
     "backup and restore of the database, which are the responsibility of the Client's hosting provider.", False),
    ("CONT-BACKUP", SUPPORT, "3. Scope\n3.1 The Provider shall support the practice software.\n3.2 The following are "
     "excluded from the Services:\n(a) nightly backups of the Client's file server to its own NAS.", False),
    # confidentiality in a sole trader's words: what I see stays with me, I won't tell anyone about it
    ("DATA-CONFIDENTIALITY", LETTER, "6. Your information\nAnything I see or hear in your office about your clients stays "
     "with me.", True),
    ("DATA-CONFIDENTIALITY", LETTER, "6. Your information\nWhat I see on your computers is your business. I won't tell "
     "anyone about it.", True),
    ("DATA-CONFIDENTIALITY", LETTER, "6. Your information\nI will not tell anybody about anything I find in your files.",
     True),
    ("DATA-CONFIDENTIALITY", LETTER, "6. Problems\nIf a repair will cost more than the estimate, I'll tell you about it "
     "first.", False),
    # a breach told in plain words: "let you know"
    ("DATA-BREACH", LETTER, "7. If something goes wrong\nI will let you know within 24 hours if I find out that your "
     "patients' data has been lost, stolen, or seen by someone who shouldn't have seen it.", True),
    ("DATA-BREACH", LETTER, "7. If something goes wrong\nI'll let the practice manager know within a day if any of your "
     "records have been copied or taken.", True),
    ("DATA-BREACH", LETTER, "7. Updates\nI will let you know when the server has been patched.", False),
    # liability named as the compensation for damage one pays, capped
    ("LIAB-CAP", SUPPORT, "11. Damage\nThe total compensation for damage which the Provider is obliged to pay under this "
     "contract in any one calendar year shall not exceed the fees payable for that year.", True),
    ("LIAB-CAP", SUPPORT, "11. Damage\nCompensation for damages owed by the Provider shall in no event exceed EUR 50,000 per "
     "contract year.", True),
    ("LIAB-CAP", SUPPORT, "11. Damage\nThe damage that the Provider must make good shall not exceed the annual contract "
     "price.", True),
    ("LIAB-CAP", SUPPORT, "11. Fees\nThe compensation paid to the Provider for additional work shall not exceed AUD 5,000 "
     "without the Client's written approval.", False),
    # a fix pressed on without a time, or its target agreed fault by fault
    ("SLA-RESOLUTION", SUPPORT, "5. Faults\nHaving started work, the Provider shall proceed without undue delay so that "
     "the affected system is brought back into use.", True),
    ("SLA-RESOLUTION", SUPPORT, "5. Faults\nOnce a fault is logged, the Provider shall act promptly so as to restore the "
     "service.", True),
    ("SLA-RESOLUTION", SUPPORT, "5. Faults\nAfter acknowledgement, the parties will agree a realistic target for getting "
     "the fault fixed.", True),
    ("SLA-RESOLUTION", SUPPORT, "5. Faults\nThe Provider shall agree with the Client a timescale for resolving each "
     "incident.", True),
    ("SLA-RESOLUTION", SUPPORT, "8. Deliveries\nThe Provider shall proceed without undue delay to deliver the new laptops "
     "to the Client.", False),
    ("SLA-RESOLUTION", SUPPORT, "8. Projects\nThe parties will agree a target date for the migration of the mail "
     "server.", False),
    ("SLA-RESOLUTION", SUPPORT, "15. Force majeure\nTo be excused from delay, the Provider must act diligently to remedy "
     "the cause of the delay or failure.", False),
    # a patient's care escalated is the customer's clinical protocol, no support escalation
    ("SLA-ESCALATION", SUPPORT, "6. Client's part\nThe Client's clinical protocols, including its internal escalation "
     "procedures for patients in crisis, are the Client's sole responsibility.", False),
    ("SLA-ESCALATION", SUPPORT, "6. Client's part\nThe Client keeps its own clinical escalation pathway for deteriorating "
     "residents.", False),
    ("SLA-ESCALATION", SUPPORT, "6. Client's part\nThe escalation of care for a patient remains a clinical decision of the "
     "Client's staff.", False),
    ("SLA-ESCALATION", SUPPORT, "6. Stalled tickets\nA clinical-safety incident not fixed within two hours is escalated to "
     "the Provider's service manager and then to its operations director.", True),
    # security controls named without the word: a hardware key, sessions recorded, a leaver's access removed in time
    ("DATA-SECURITY", SUPPORT, "8. Access\nOnly engineers named on the access roster may reach production; each must use a "
     "hardware security key.", True),
    ("DATA-SECURITY", SUPPORT, "8. Access\nThe Provider shall ensure that every remote session is recorded.", True),
    ("DATA-SECURITY", SUPPORT, "8. Access\nThe Provider shall disable the accounts of any engineer within one business day "
     "of their leaving.", True),
    ("DATA-SECURITY", SUPPORT, "8. Premises\nThe Provider will return the office keys within two days of the end of each "
     "visit.", False),
    # the services only said to be recorded in another document
    ("SCOPE-SERVICES", ADDENDUM, "2. Services\nWhich modules and professional services Customer has bought is recorded in "
     "the Order Form; this Addendum does not change that list.", False),
    ("SCOPE-SERVICES", ADDENDUM, "2. Services\nThe hosting services Customer has ordered are listed in the Order Form.",
     False),
    ("SCOPE-SERVICES", ADDENDUM, "2. Services\nProvider shall provide the hosting services and help desk support listed "
     "in the Order Form, including monitoring of the platform.", True),
    # a window for planned work, or a target table's cell in business hours, says nothing of when support runs
    ("SCOPE-HOURS", SUPPORT, '2. Definitions\n"Planned Work Window" means Sundays from 1:00 a.m. to 5:00 a.m. Pacific '
     'Time.', False),
    ("SCOPE-HOURS", SUPPORT, '2. Definitions\n"Maintenance Window" means 22:00 to 02:00 on Saturdays.', False),
    ("SCOPE-HOURS", SUPPORT, "3. Targets\n| Priority | Description | Response | Fix |\n|---|---|---|---|\n| 3 | Single user "
     "affected | 8 Business Hours | 5 Business Days |\n", False),
    ("SCOPE-HOURS", SUPPORT, '2. Definitions\n"Support Hours" means 8:00 a.m. to 6:00 p.m., Monday to Friday.', True),
    # the customer's duties listed under their lead-in, each item on a line of its own, or under a letter's heading
    ("GOV-CUSTOMER-OBLIGATIONS", SUPPORT, "6. The Client's part\n6.1 The Client will:\n\n(a) give the Provider's "
     "engineers access to the clinics and the admin accounts they need;\n\n(b) appoint a contact at each clinic.", True),
    ("GOV-CUSTOMER-OBLIGATIONS", SUPPORT, "6. Cooperation\nThe Client shall:\n(i) allow the Provider's technicians "
     "access to the premises;\n(ii) tell the Provider in advance of planned shutdowns.", True),
    ("GOV-CUSTOMER-OBLIGATIONS", LETTER, "4. WHAT YOU NEED TO DO\n4.1 So that I can help you, please:\n(a) name one person "
     "as my main contact;\n(b) keep your software licences up to date.", True),
    ("GOV-CUSTOMER-OBLIGATIONS", LETTER, "4. What we need from you\nPlease keep the server room tidy and tell me when staff "
     "join or leave.", True),
    ("GOV-CUSTOMER-OBLIGATIONS", SUPPORT, "6. Provider's part\nThe Provider will:\n(a) give the Client a monthly report;"
     "\n(b) appoint a service manager.", False),
    # a clause titled "Liability and insurance" is about liability first: its carve-outs count
    ("LIAB-CARVE-OUTS", SUPPORT, "13. Liability and insurance\n13.1 Nothing in this agreement limits either party's "
     "liability for death or personal injury caused by negligence, or for fraud.\n13.2 Each party's total liability shall "
     "not exceed the fees paid in the year.", True),
    ("LIAB-CARVE-OUTS", SUPPORT, "13. Limitation of Liability & Insurance\nThe cap in this clause does not apply to "
     "either party's liability for fraud.", True),
    ("LIAB-INSURANCE", SUPPORT, "13. Liability Insurance\nThe Provider shall maintain public liability insurance of at "
     "least AUD 10,000,000.", True),
    # an insurance policy's limit is no indemnity
    ("LIAB-INDEMNITY", SUPPORT, "13. Insurance\nThe Provider shall maintain liability insurance with a limit of indemnity "
     "of at least CZK 10,000,000.", False),
    ("LIAB-INDEMNITY", SUPPORT, "13. Insurance\nThe Provider shall hold cyber cover with an indemnity limit of GBP 2m per "
     "claim.", False),
    ("LIAB-INDEMNITY", SUPPORT, "13. Indemnity\nThe Provider shall indemnify the Client against third-party claims for "
     "infringement.", True),
    # what an uptime figure leaves out is no scope exclusion
    ("SCOPE-EXCLUSIONS", SUPPORT, "4. Uptime\nDowntime Minutes do not include minutes: (a) within a maintenance window; "
     "(b) caused by the Client's own networks or devices.", False),
    ("SCOPE-EXCLUSIONS", SUPPORT, "4. Uptime\nAvailability calculations exclude emergency maintenance and faults of the "
     "Client's internet services.", False),
    ("SCOPE-EXCLUSIONS", SUPPORT, "3. Exclusions\nThe Services do not include hardware repairs or support for personal "
     "devices.", True),
    # insurance as a system the service talks to
    ("LIAB-INSURANCE", SUPPORT, "1.2 Integrations\nThe Provider shall keep the Client's pet insurance claim gateways and "
     "laboratory interfaces working.", False),
    ("LIAB-INSURANCE", SUPPORT, "1.2 Integrations\nThe Provider will maintain the connection to the health insurance "
     "billing module.", False),
    ("LIAB-INSURANCE", SUPPORT, "13. Insurance\nThe Provider shall maintain professional indemnity insurance of at least "
     "AUD 2,000,000.", True),
    # an inspection the provider will "let" the customer make
    ("GOV-AUDIT", SUPPORT, "10. Data protection\nThe Provider will: process the data only on the Client's instructions; "
     "let the Client, or an auditor appointed by the Client, inspect the Provider's processing of Client data on "
     "reasonable notice; and delete the data at the end.", True),
    ("GOV-AUDIT", SUPPORT, "10. Checks\nThe Provider lets the Client examine its access logs once a year.", True),
    # what is out of scope, with the agreement or its fees as the subject, or said not to fall within the work
    ("SCOPE-EXCLUSIONS", SUPPORT, "2.3 Not ours\nThis agreement does not cover classroom computers, interactive panels or "
     "door-entry systems.", True),
    ("SCOPE-EXCLUSIONS", SUPPORT, "2.3 Not ours\nThe Provider is not responsible for, and the fees do not cover: the "
     "clinical content of the records application.", True),
    ("SCOPE-EXCLUSIONS", SUPPORT, "2.3 Not ours\nThe following do not fall within the Provider's performance: changes "
     "to the logic of the controllers and repairs of the scales.", True),
    ("SCOPE-EXCLUSIONS", SUPPORT, "2.3 Not ours\nThe retainer will not cover printer repairs.", True),
    ("SCOPE-EXCLUSIONS", SUPPORT, "7. Fees\nThe Client pays the monthly fee on the first day of each month.", False),
    # a monthly statement of the requests; data deleted "when we finish"
    ("SLA-REPORTING", SUPPORT, "2.7 Statement\nBy the fifth working day of each month the Provider shall send the Client a "
     "statement of the requests of the previous month, with the times each was received and closed.", True),
    ("SLA-REPORTING", SUPPORT, "2.7 Statement\nEach quarter the Provider shall send the Client a report of the cases "
     "opened and closed.", True),
    ("SLA-REPORTING", SUPPORT, "7. Invoices\nThe Provider shall send the Client a statement of the amounts due each "
     "month.", False),
    ("DATA-RETURN", LETTER, "7. Ending\nWhen we finish, I will delete every copy of your information from my laptop and "
     "confirm that I have done so.", True),
    ("DATA-RETURN", LETTER, "7. Ending\nIf you leave me, I'll send you a copy of your data and then delete it from my "
     "systems.", True),
    ("DATA-RETURN", LETTER, "7. Ending\nWhen we finish a job, I will send you the invoice.", False),
    # a duty that outlives the end is no help on the way out; a policy taken out with an insurer
    ("TERM-TRANSITION", FRAME, "FIFTEENTH. - CONFIDENTIALITY. The Contractor shall keep the Client's information in strict "
     "reserve. This obligation shall remain in force for three (3) years after the termination of the contract.", False),
    ("TERM-TRANSITION", SUPPORT, "16. Exit\nFor up to ninety days after termination the Provider shall help the Client "
     "migrate its data and services to a successor provider.", True),
    ("LIAB-INSURANCE", FRAME, "THIRTEENTH. - GUARANTEES. The Contractor shall constitute, in favour of the Client, with an "
     "insurance company legally established in Colombia, a policy covering compliance with the contract and civil "
     "liability.", True),
    ("LIAB-INSURANCE", SUPPORT, "13. Cover\nThe Provider shall take out with an insurer of good standing a policy "
     "covering its liability to third parties.", True),
    # a channel named as the provider's own
    ("SCOPE-DELIVERY", ADDENDUM, "2. Tickets\nCustomer will open tickets through Larkspur's customer portal.", True),
    ("SCOPE-DELIVERY", ADDENDUM, "2. Tickets\nRequests are logged via the Provider's service portal.", True),
    ("SCOPE-DELIVERY", ADDENDUM, "2. Invoices\nInvoices are issued monthly in arrears.", False),
    # contacts named, meetings held at a place
    ("GOV-GOVERNANCE", SUPPORT, "3. Contacts\nThe contact persons shall meet at the plant at least once in every calendar "
     "quarter to review the systems.", True),
    ("GOV-GOVERNANCE", SUPPORT, "3. Contacts\nThe Client's contact person is Jana Horak, office manager.", True),
    ("GOV-GOVERNANCE", SUPPORT, "4. Site visits\nThe Provider's engineer shall meet at the gate at 08:00 on the day of the "
     "visit.", False),
]


@pytest.mark.parametrize(("rule", "frame", "body", "present"), params(CASES, ids=lambda case, i: f"{case[0]}-{i}"))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, frame, body, present):
    assert_found(tmp_path, rulebook, rule, frame[0] + body + frame[1], present)


@pytest.mark.parametrize("frame", [FRAME, ADDENDUM, SUPPORT, LETTER], ids=["word-numbered", "addendum", "support", "letter"])
def test_the_frames_alone_hold_none_of_them(tmp_path, rulebook, frame):
    rules = sorted({case[0] for case in CASES} - ({"GEN-GOVERNING-LAW"} if frame is FRAME else set())
                   - ({"SCOPE-SERVICES"} if frame in (SUPPORT, LETTER) else set())
                   - ({"SCOPE-DELIVERY"} if frame is SUPPORT else set()))  # its "help desk support"
    assert_none_found(tmp_path, rulebook, rules, frame[0] + frame[1])
