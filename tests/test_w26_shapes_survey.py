"""The shapes behind what the fix source w26 showed checker missing or finding where it is not (issue 9), each in
clauses written for this test in words of our own, as drafters in other places would put them: an escalation rung
reached once a fault is not 'brought under control' or 'if that does not help'; a support tier sold as a service with
no route up to it; services provided 'to the Client with' a list, or taken care of in a letter's 'I'll'; security
controls named without the word 'security'; a contract 'resolved' for a breach not remedied; spare devices called a
'backup pool'; a third party's service credits; a deadline in business hours left blank; an estate kept reachable
with no figure; an item restored from backups on request; data-protection advice sent to a lawyer; a health
regulator's access to records; warranty claims as records a system handles; exclusions in other orders; a report of
the share done within targets; data removed from the provider's systems; the customer's duties listed after a colon;
help at the end to a successor or a new administrator, and fees paid back. An element is present when its rule is met
or weak."""

import pytest

from survey_harness import assert_found, assert_none_found, params

FRAME = ('SUPPORT AGREEMENT\n\nThis agreement is made between Fernhill Trading Limited ("the Client") and Ostrava '
         'Digital s.r.o. ("the Provider").\n\n', '\n\n20. Law\nThis agreement is governed by the law of England and '
         'Wales.\n')

CASES = [
    # escalation: the trigger apart from the incident's noun, or a step that did not help
    ("SLA-ESCALATION", "7. Stalled faults\nIf a priority 1 fault in the warehouse has not been brought under control "
     "within two hours, the Provider's duty engineer telephones the Client's IT manager.", True),
    ("SLA-ESCALATION", "7. Major outages\nWhere an outage at one of the shops has not yet been brought under control "
     "within three hours, the Provider's head of operations calls the Client's finance director.", True),
    ("SLA-ESCALATION", "12. Premises\nIf a fire is not under control, the Client's building manager shall evacuate the "
     "building.", False),
    ("SLA-ESCALATION", "7. Complaints\nThe Client may ask for a stalled ticket to be put before the Provider's account "
     "manager and, if that does not help, before its managing director.", True),
    ("SLA-ESCALATION", "7. Slow tickets\nWhere, after one working day, no solution is in sight, the matter goes to the "
     "Provider's operations director and the Client's head of IT.", True),
    ("SLA-ESCALATION", "7. Getting more help\nIf that doesn't work, I'll bring in a senior engineer from my partner "
     "firm.", True),
    # ... decoys: a tier of support named as the work bought; a thing not under the provider's control; a dispute
    ("SLA-ESCALATION", "1. Services\nThe Provider shall provide:\n(a) administration of the office network;\n(b) "
     "second-level support for the stock control application, including user administration and its interfaces;\n"
     "(c) replacement of faulty printers.", False),
    ("SLA-ESCALATION", "1. Services\nThe Provider shall provide third-line support of the payroll software from its "
     "office in Brno.", False),
    ("SLA-ESCALATION", "9. Client systems\nWhere a system is not under control of the Provider, the Provider has no "
     "duty to monitor it.", False),
    ("SLA-ESCALATION", "18. Disputes\nThe parties shall first try to agree; if that does not help, either party may "
     "refer the dispute to arbitration.", False),
    # services: provided "to the Client with" a list; a letter's "I'll take care of:"
    ("SCOPE-SERVICES", "1. Object\nThe Contractor undertakes to provide the Client with the following services:\n(a) "
     "administration of the office network;\n(b) corrective maintenance of the point-of-sale terminals.", True),
    ("SCOPE-SERVICES", "1. Object\nThe Provider will provide the school board with the following device-management "
     "services: enrolment, repair and disposal of pupils' tablets.", True),
    ("SCOPE-SERVICES", "2. What I'll look after\nI'll take care of:\n(a) the office file server and its shares;\n(b) "
     "the twelve laptops in the studio.", True),
    ("SCOPE-SERVICES", "2. Our part\nWe'll look after your servers, your laptops and your Wi-Fi.", True),
    ("SCOPE-SERVICES", "2. Our part\nI'll manage the practice's Microsoft 365 tenant and the two network printers.",
     True),
    # ... decoys: the client's own devices; paperwork taken care of
    ("SCOPE-SERVICES", "4. Your part\nThe Client will take care of its own laptops and printers.", False),
    ("SCOPE-SERVICES", "6. Money\nWe'll take care of the invoices on the first day of each month.", False),
    # security: controls named without the word
    ("DATA-SECURITY", "12. Safeguards\nThe Provider shall require two-step verification for every administrator "
     "account.", True),
    ("DATA-SECURITY", "12. Safeguards\nThe Provider will restrict administrative access to the firewalls to named "
     "engineers.", True),
    ("DATA-SECURITY", "12. Safeguards\nThe Provider shall keep the visitor network logically separated from the "
     "office network.", True),
    ("DATA-SECURITY", "12. Safeguards\nThe Provider shall keep all spare disks in a locked cabinet under CCTV.", True),
    ("DATA-SECURITY", "12. Safeguards\nThe Provider shall set up the staff wireless network with WPA3 and individual "
     "keys.", True),
    # ... decoys: the client's own duty; a right; buildings apart
    ("DATA-SECURITY", "4. Your part\nThe Client shall require two-step verification for its own staff accounts.",
     False),
    ("DATA-SECURITY", "4. Your part\nEach shop of the Client is physically separate from its warehouse.", False),
    # termination for cause: the contract "resolved"
    ("TERM-CAUSE", "14. Early resolution\nEither party may resolve the contract if the other fails to perform a "
     "substantial obligation and does not remedy the failure within twenty days of a written demand.", True),
    ("TERM-CAUSE", "14. Early resolution\nThe Client may resolve this agreement where the Provider breaches clause 9 "
     "and does not cure the breach within ten days.", True),
    ("TERM-CAUSE", "18. Disputes\nThe parties shall try in good faith to resolve the contract dispute before either "
     "goes to court.", False),
    # backup: spare devices are no data backup
    ("CONT-BACKUP", "8. Spares\nThe Provider will keep a backup pool of ten configured laptops to lend to staff while "
     "their own is repaired.", False),
    ("CONT-BACKUP", "8. Spares\nBackup handsets remain the Client's property.", False),
    ("CONT-BACKUP", "8. Copies\nThe Provider will back up laptops every night to the Client's cloud storage.", True),
    # service credits: a third party's, under its own terms
    ("SLA-REMEDIES", "3. The platform\nAny service credit for an outage of the hosting platform is a matter between "
     "the Client and the platform's operator.", False),
    ("SLA-REMEDIES", "3. Credits\nIf availability falls below 99.5% in a month, the Provider shall credit the Client "
     "5% of the monthly fee.", True),
    # support hours: a deadline in business hours, its figure left blank
    ("SCOPE-HOURS", "2. Tickets\nThe Provider will acknowledge each ticket within [__] business hours of receipt.",
     False),
    ("SCOPE-HOURS", "2. Tickets\nThe Provider will acknowledge each ticket within ____ working hours of receipt.",
     False),
    # availability: the estate kept reachable, no figure
    ("SLA-AVAILABILITY", "10. The platform\nThe Provider shall use reasonable efforts to keep the hosted environment "
     "accessible to the Client's branches.", True),
    ("SLA-AVAILABILITY", "10. The platform\nThe Provider will keep the booking servers reachable from every site "
     "during opening hours.", True),
    ("SLA-AVAILABILITY", "4. Your part\nThe Client shall keep its own network available to the Provider's engineers.",
     False),
    # resolution: an item put back from the backups on request is the backup's service
    ("SLA-RESOLUTION", "5. Copies\nThe Provider will restore any deleted file the Client requests within four hours.",
     False),
    ("SLA-RESOLUTION", "5. Copies\nThe Provider will restore any mailbox or folder a user asks for within one working "
     "day.", False),
    ("SLA-RESOLUTION", "5. Faults\nThe Provider will restore the failed file server within four hours.", True),
    # data protection: advice on the law sent to a lawyer
    ("DATA-PROTECTION", "6. Privacy\nIf you want advice on your duties under privacy law, please ask your own "
     "lawyer.", False),
    ("DATA-PROTECTION", "6. Privacy\nFor guidance on data protection legislation, the Client should consult its "
     "solicitors.", False),
    ("DATA-PROTECTION", "6. Privacy\nThe Provider shall help the Client meet its obligations under data protection "
     "law.", True),
    # audit: a health regulator's access to the books is no audit by the customer
    ("GOV-AUDIT", "11. Records\nThe Provider shall make its records on protected health information available to the "
     "Secretary of HHS so that the Secretary can determine the Client's compliance with the Privacy Rule.", False),
    ("GOV-AUDIT", "11. Oversight\nOn ten days' notice the Client or a reviewer it names may check the Provider's "
     "security policies, system logs and training records to confirm compliance with clause 12.", True),
    ("GOV-AUDIT", "11. Records\nThe Provider shall make its books and records on patients' data available to the "
     "Secretary of Health and Human Services.", False),
    ("GOV-AUDIT", "11. Records\nThe Client may audit the Provider's records relating to the services once a year on "
     "thirty days' notice.", True),
    # warranty: warranty claims as records a system handles
    ("COMM-WARRANTY", "1. Systems\nThe Provider supports the Client's dealer system, including its sales, stock and "
     "warranty-claims modules.", False),
    ("COMM-WARRANTY", "1. Systems\nThe Provider maintains the nightly warranty claim upload to the manufacturer.",
     False),
    ("COMM-WARRANTY", "9. Warranty\nThe Provider warrants that the services will be performed with reasonable skill "
     "and care for twelve months.", True),
    # exclusions: outside the contract's object, the order turned, or the provider's own list of what it will not do
    ("SCOPE-EXCLUSIONS", "1.3 The following remain outside the subject matter of the contract: the alarm system and "
     "the lifts.", True),
    ("SCOPE-EXCLUSIONS", "1.3 Outside this contract fall: the training of new staff and the public website.", True),
    ("SCOPE-EXCLUSIONS", "2.2 What we won't be doing: anything to do with your phones or your tills.", True),
    ("SCOPE-EXCLUSIONS", "2.2 Things I will not be doing under this agreement: changes to the website.", True),
    ("SCOPE-EXCLUSIONS", "6. Money\nWhat we won't be doing is charging you for travel within the city.", False),
    # reporting: a report of the share of work done within the targets
    ("SLA-REPORTING", "9. Reports\nEach quarter the Provider sends the Client an overview showing the percentage of "
     "calls closed within the periods in clause 4.", True),
    ("SLA-REPORTING", "9. Reports\nThe Provider will send a monthly repair summary showing the proportion of devices "
     "returned within the target turnaround.", True),
    ("SLA-REPORTING", "9. Reports\nThe Client will send the Provider an overview of its branches before the start "
     "date.", False),
    # data return: a place named between the verb and the data; data removed from the provider's systems
    ("DATA-RETURN", "15. Exit\nWhen this agreement ends the Provider will erase, from its helpdesk and asset systems, "
     "all personal information about the Client's staff.", True),
    ("DATA-RETURN", "15. Exit\nAfter the handover the Provider removes all of the Client's data from its servers "
     "within thirty days.", True),
    ("DATA-RETURN", "15. Exit\nAt the end of this agreement the Provider will remove its equipment from the Client's "
     "premises.", False),
    # the customer's duties listed after a colon
    ("GOV-CUSTOMER-OBLIGATIONS", "4. Your part\nThe Client will: keep one administrator account of its own; tell the "
     "Provider when staff leave; and nominate two people who may approve changes.", True),
    ("GOV-CUSTOMER-OBLIGATIONS", "4. Your part\nThe Client undertakes to: give the Provider's engineers access to the "
     "server room and switch off nothing without warning.", True),
    # transition: help at the end, to a successor or a new administrator; fees paid back are no help on the way out
    ("TERM-TRANSITION", "16. After the contract\nOn the ending of this contract for any reason, the Provider shall for at most four "
     "months go on with the service if the Client so asks, and cooperate with the transfer to the Client or a "
     "successor.", True),
    ("TERM-TRANSITION", "16. After the contract\nFor up to thirty days after a statement of work ends, the Provider will help the "
     "Client or a new administrator take over the systems: handing over the runbook and documenting the settings in "
     "force.", True),
    ("TERM-TRANSITION", "16. After the contract\nOn the ending of this contract the Provider shall, as the Client "
     "chooses, hand over all copies of the Client's files or destroy them.", False),
    ("TERM-TRANSITION", "16. Ending\nThe Client may end this contract on sixty days' notice. Fees paid in advance for "
     "any period after the termination date will be refunded pro rata.", False),
]


def contract(body: str) -> str:
    return FRAME[0] + body + FRAME[1]


@pytest.mark.parametrize(("rule", "body", "present"), params(CASES, ids=lambda case, i: f"{case[0]}-{i}"))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, body, present):
    assert_found(tmp_path, rulebook, rule, contract(body), present)


def test_the_frame_alone_holds_none_of_them(tmp_path, rulebook):
    assert_none_found(tmp_path, rulebook, sorted({case[0] for case in CASES}), contract(""))
