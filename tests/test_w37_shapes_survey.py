"""The shapes behind what the fix source w37 showed checker missing (issue 9), each in clauses written for this test in
words of our own, as drafters in other places would put them: a right to end the agreement without cause on a notice
period, followed by a proviso on what the one who ends it pays ('provided that if the Client so terminates during the
Initial Term it shall ...'), which is no end named as an event; a breach told by what it does ('any penetration or
attempted penetration of the systems', 'any event which has compromised or may have compromised the personal data'); an escalation route told by who
takes a matter up with whom ('taken up ... with the service delivery manager, and thereafter with the Chief Operating
Officer'), or started by a delay that exceeds a time; a fix without a figure ('put things right as quickly as the circumstances
allow', 'stay on it ... until the affected closing can go forward'); a claim escalated up a payer's appeal levels by a billing service, which is no escalation route; an end for cause when one 'does not fix it within 15 days'; a backup named as 'the copying
of the databases' or 'a daily data saving'; a penalty for each period of delay once a fault is 'not put back into
operation within the time in Art. 9'; an uptime promised as 'the highest possible proportion of time'; and a notice period counted in fortnights, as Australian,
British, Irish, Indian and New Zealand drafters count two weeks ('a fortnight's notice'). An element is present when its
rule is met or weak."""

import pytest

from checker.nlp.pipeline import analyse, build_pipeline, tags_of
from survey_harness import assert_found, assert_none_found, params

SUPPORT = ('IT SUPPORT AGREEMENT\n\nThis agreement is made between Riverbend Vets Pty Ltd (the "Client") and Kestrel '
           'Systems Pty Ltd (the "Provider").\n\n1. Services\nThe Provider shall provide help desk support for the '
           "Client's practice software.\n\n", '\n')

LETTER = ('MY TERMS FOR NETWORK SUPPORT\n\nThese terms are between me, Aoife Brennan, trading as Brennan Networks, and '
          'Harbourview Dental Limited ("you").\n\n1. What I do\nI look after your network, your server and your '
          'laptops.\n\n', '\n')

CASES = [
    # five drafters give a convenience exit, then say what the one who uses it pays: the proviso names no event that ends it
    ("TERM-CONVENIENCE", SUPPORT, "13. Termination\nThe Client may terminate this Agreement for convenience on ninety (90) "
     "days' written notice, provided that if the Client so terminates before the first anniversary it shall pay the early "
     "termination fee.", True),
    ("TERM-CONVENIENCE", SUPPORT, "13. Ending the contract\nEither party may end this contract without giving reasons on "
     "sixty days' written notice, but if the Client terminates in the first year it will pay the remaining set-up "
     "charges.", True),
    ("TERM-CONVENIENCE", SUPPORT, "13. Cancellation\nThe Client can cancel this Agreement by giving one month's written "
     "notice for any reason or no reason, provided that where the Client so cancels, the Client shall pay for work done "
     "to that date.", True),
    ("TERM-CONVENIENCE", SUPPORT, "13. Termination\nEither party shall be entitled to terminate this Agreement without "
     "stating any reason upon two (2) months' notice in writing; if the Provider so terminates, it shall refund any fees "
     "paid in advance.", True),
    ("TERM-CONVENIENCE", SUPPORT, "13. Termination\nThe Client may terminate this Agreement at will by giving thirty "
     "days' notice; provided however that if the Client terminates during the minimum term it shall pay the licence "
     "costs committed for it.", True),
    # near misses: an end for breach with a proviso after it; an end named only as the event fees follow
    ("TERM-CONVENIENCE", SUPPORT, "13. Termination\nEither party may terminate this Agreement upon thirty (30) days' notice "
     "if the other party commits a material breach and fails to remedy it; if the Client so terminates it shall pay all "
     "fees due.", False),
    ("TERM-CONVENIENCE", SUPPORT, "13. Fees on termination\nIn the event that the Client terminates this Agreement, the "
     "Client shall pay all fees due up to the date of termination.", False),
    # a notice period in fortnights: an Australian sole trader, an Indian MSA, a New Zealand council, an Irish and a UK firm
    ("TERM-CONVENIENCE", LETTER, "9. Ending it\nEither of us can bring this arrangement to an end with a fortnight's notice "
     "in writing.", True),
    ("TERM-CONVENIENCE", SUPPORT, "13. Termination\nEither party may terminate this Agreement by giving a fortnight's "
     "notice in writing to the other.", True),
    ("TERM-CONVENIENCE", SUPPORT, "13. Termination\nThe Client may at any time terminate this Agreement on two fortnights' "
     "written notice to the Provider.", True),
    ("TERM-CONVENIENCE", SUPPORT, "13. Termination\nThe Client may cancel the services for convenience upon one fortnight's "
     "prior written notice.", True),
    ("TERM-CONVENIENCE", LETTER, "9. Ending it\nYou can end this agreement any time you like, just give me a fortnight's "
     "notice.", True),
    # near misses: a fortnight that is a deadline or a billing cycle, no exit
    ("TERM-CONVENIENCE", SUPPORT, "6. Repairs\nThe Provider shall replace faulty hardware within a fortnight.", False),
    ("TERM-CONVENIENCE", SUPPORT, "7. Fees\nThe Provider invoices the Client every fortnight.", False),
    # a breach told by what it does, not named (the GDPR's breach in a translation's words): an intrusion called a penetration or a
    # break-in; an event that has compromised, or may have, the data or the systems
    ("DATA-BREACH", SUPPORT, "8. Security\nThe Provider shall notify the Client without delay of any penetration or attempted "
     "penetration of its network that comes to its knowledge.", True),
    ("DATA-BREACH", SUPPORT, "8. Security\nThe Supplier shall notify the Customer within 48 hours of any break-in to the "
     "Customer's network.", True),
    ("DATA-BREACH", SUPPORT, "8. Security\nThe Provider shall inform the Client within 24 hours of any event which has "
     "compromised or may have compromised the Client's personal data.", True),
    ("DATA-BREACH", LETTER, "8. If something goes wrong\nI will tell you straight away about anything that has compromised "
     "your systems.", True),
    ("DATA-BREACH", SUPPORT, "8. Security\nThe Provider shall report to the Client within one day any occurrence which could "
     "compromise Client Data.", True),
    ("DATA-BREACH", SUPPORT, "8. Security\nThe Provider shall notify the Client of any incident which has compromised the "
     "Client's servers.", True),
    # near misses: a penetration test reported, an event that compromises the service levels, maintenance that may affect systems
    ("DATA-BREACH", SUPPORT, "8. Security\nThe Provider shall carry out a penetration test of the systems every year and "
     "report the results to the Client.", False),
    ("DATA-BREACH", SUPPORT, "8. Service levels\nThe Provider shall notify the Client of any event which compromises its "
     "ability to meet the service levels.", False),
    ("DATA-BREACH", SUPPORT, "8. Maintenance\nThe Provider shall notify the Client of any planned maintenance which may "
     "affect the systems.", False),
    # a route told by who takes the matter up with whom, one after the other; or moved up when a delay or an outage runs past a time
    ("SLA-ESCALATION", SUPPORT, "6. Concerns\nAny concern the Client has about the service may be taken up by its practice "
     "manager with the Provider's service delivery manager, and thereafter with the Provider's Chief Operating Officer.", True),
    ("SLA-ESCALATION", SUPPORT, "6. Concerns\nThe Client may raise an issue with the Account Manager and then with the "
     "Service Director.", True),
    ("SLA-ESCALATION", SUPPORT, "6. Concerns\nProblems will be discussed with the project coordinator and subsequently with "
     "the general manager of the Provider.", True),
    ("SLA-ESCALATION", SUPPORT, "6. Concerns\nAny complaint may be brought up with the Provider's team leader, and after that "
     "with its Head of Operations.", True),
    ("SLA-ESCALATION", SUPPORT, "6. Raising of problems\nThe engineer shall refer a late request to the Provider's delivery "
     "manager; should the delay exceed twice the response time, the matter shall be raised between the Client's Chief "
     "Information Officer and the Managing Director of the Provider.", True),
    ("SLA-ESCALATION", SUPPORT, "6. Outages\nWhere an outage lasts longer than four hours, the Provider shall notify its "
     "Operations Director.", True),
    # near misses: invoices discussed and then paid; a delay that lets the Client end the agreement
    ("SLA-ESCALATION", SUPPORT, "7. Invoices\nInvoices are discussed with the Client's finance team and then paid within "
     "30 days.", False),
    ("SLA-ESCALATION", SUPPORT, "7. Delays\nIf the delay exceeds thirty days, the Client may terminate this agreement.", False),
    # a fix pledged without a figure: things put right soon once a matter is logged, or work kept up until the customer's own work can
    # go on (vague: present, not measurable)
    ("SLA-RESOLUTION", SUPPORT, "2. Faults\nOnce a matter is acknowledged, the Provider will keep an engineer on it and use "
     "diligent efforts to put things right as quickly as the circumstances allow.", True),
    ("SLA-RESOLUTION", SUPPORT, "2. Faults\nWhen a fault is reported, the Provider will use best efforts to put matters right "
     "as quickly as possible.", True),
    ("SLA-RESOLUTION", LETTER, "2. When something breaks\nIf something breaks, I'll set it right without delay.", True),
    ("SLA-RESOLUTION", SUPPORT, "2. Urgent tickets\nFor a closing-stopper ticket the Provider will stay on it without "
     "interruption until the affected closing can go forward.", True),
    ("SLA-RESOLUTION", SUPPORT, "2. Critical faults\nOn a critical fault the engineer will keep working on it until the shop "
     "can trade again.", True),
    ("SLA-RESOLUTION", SUPPORT, "2. Urgent tickets\nFor an urgent ticket the technician will remain on site until the staff "
     "can carry on.", True),
    # near misses: defective work put right (a warranty, no speed); services kept up until the customer can move (an exit)
    ("SLA-RESOLUTION", SUPPORT, "7. Warranty\nThe Provider shall put things right at no extra charge if the work is "
     "defective.", False),
    ("SLA-RESOLUTION", SUPPORT, "7. Exit\nThe Provider shall keep providing the services until the Client can migrate to a "
     "new supplier.", False),
    # a billing service presses a claim up a payer's or insurer's own appeal levels: no escalation route between the parties
    ("SLA-ESCALATION", SUPPORT, "3. Billing\nThe Provider will work denials, escalating any denial that survives a first-level "
     "appeal to the payer's second-level review.", False),
    ("SLA-ESCALATION", SUPPORT, "3. Billing\nThe Provider shall escalate unpaid claims older than 60 days to the insurer's "
     "provider relations team.", False),
    ("SLA-ESCALATION", SUPPORT, "3. Billing\nThe Provider will escalate denied claims through the plan's reconsideration "
     "process.", False),
    ("SLA-ESCALATION", SUPPORT, "3. Billing\nThe billing team will escalate any underpayment to the payer's medical "
     "director.", False),
    ("SLA-ESCALATION", SUPPORT, "3. Billing\nThe Provider shall escalate appeals to the carrier's second-level review within "
     "10 days.", False),
    # ... while an incident escalated between the parties stays one
    ("SLA-ESCALATION", SUPPORT, "6. Escalation\nThe Provider shall escalate any P1 incident not resolved within 4 hours to the "
     "Service Manager and then to the Operations Director.", True),
    # an end for cause told in the active, whatever was not done: "fails to do something ... and does not fix it within 15 days"
    ("TERM-CAUSE", SUPPORT, "9. Ending\nIf either of us fails to do something these Service Terms require and does not fix it "
     "within 15 days after written notice, the other may end these Service Terms immediately.", True),
    ("TERM-CAUSE", LETTER, "9. Ending\nIf either of us doesn't do what this agreement says and doesn't fix it within 14 days "
     "of being told, the other can end this agreement.", True),
    ("TERM-CAUSE", SUPPORT, "9. Termination\nIf either Party commits any default and does not rectify the same within fifteen "
     "(15) days of notice, the other Party may terminate this Agreement.", True),
    ("TERM-CAUSE", SUPPORT, "9. Termination\nIf a party fails to perform an obligation and does not remedy the failure within "
     "20 Business Days, the other may cancel this Agreement by notice.", True),
    ("TERM-CAUSE", LETTER, "9. Ending\nIf you don't pay and don't sort it out within 7 days, I can bring this arrangement to "
     "an end.", True),
    # near misses: a fault not fixed in time earns a credit or a visit, not an end
    ("TERM-CAUSE", SUPPORT, "4. Faults\nIf the Provider does not fix a P1 fault within 4 hours, the Client is entitled to a "
     "service credit.", False),
    ("TERM-CAUSE", SUPPORT, "4. Faults\nIf the Provider does not fix it within 4 hours, the engineer will attend on site.",
     False),
    # a backup named as the copying or saving of the data, as Romanian, French, German, Spanish and Italian firms' translations say it
    ("CONT-BACKUP", SUPPORT, "8. Saving of data\nThe Provider supervises the copying of the order and stock databases: a "
     "complete copy every night and a copy of the logs every hour.", True),
    ("CONT-BACKUP", SUPPORT, "8. Data\nThe Provider performs a daily data saving of all servers, kept for four weeks.", True),
    ("CONT-BACKUP", SUPPORT, "8. Data\nThe saving of the Client's data is carried out every night on a separate disk.", True),
    ("CONT-BACKUP", SUPPORT, "8. Data\nThe duplication of the databases is carried out each day by the Provider.", True),
    ("CONT-BACKUP", SUPPORT, "8. Data\nThe Provider arranges the copying of the practice files onto an external disk every "
     "week.", True),
    # near misses: copying forbidden; a saving of fees
    ("CONT-BACKUP", SUPPORT, "8. Software\nAny copying of the software is prohibited.", False),
    ("CONT-BACKUP", SUPPORT, "8. Reports\nThe Provider sends a saving of the monthly fees report every month.", False),
    # a penalty for each block of delay once a fix or an answer is not given within the time, the time named by a reference ("Art. 9")
    ("SLA-REMEDIES", SUPPORT, "6. Penalties\nWhere a fault is not cleared within the target, the Client may apply a penalty "
     "of 2% for every block of two hours of delay.", True),
    ("SLA-REMEDIES", SUPPORT, "6. Penalties for the Provider\nIf a Class A malfunction is not put back into operation within "
     "the time in Art. 9, the Client is entitled to a penalty of 2% of the monthly fee for every started period of 4 "
     "working hours of delay.", True),
    ("SLA-REMEDIES", SUPPORT, "6. Penalties\nWhen the service is not restored within the period in clause 5.2, the Client "
     "may charge a contractual penalty of 0.2% of the monthly fee for each hour of delay.", True),
    ("SLA-REMEDIES", SUPPORT, "6. Penalties\nA failure not removed within the deadline entitles the Client to a penalty of "
     "EUR 50 per day of delay.", True),
    ("SLA-REMEDIES", SUPPORT, "6. Penalties\nIf a call is not answered within the times in Schedule 2, the Client may claim "
     "penalties of 1% of the monthly charge for each hour of delay.", True),
    # near misses: late payment, late delivery
    ("SLA-REMEDIES", SUPPORT, "6. Late payment\nIf the Client does not pay within the period in clause 8, the Provider may "
     "charge penalties of 0.05% per day of delay.", False),
    ("SLA-REMEDIES", SUPPORT, "6. Delivery\nIf the laptops are not delivered within the period in the order, the Client may "
     "claim a penalty of 0.5% for each day of delay.", False),
    # an uptime promised as the most that can be had, no figure (vague: present, not measurable)
    ("SLA-AVAILABILITY", SUPPORT, "5. Operation\nThe Provider shall exert its utmost effort to keep the production system "
     "operating for the highest possible proportion of time.", True),
    ("SLA-AVAILABILITY", SUPPORT, "5. Operation\nThe Provider will maximise the uptime of the servers.", True),
    ("SLA-AVAILABILITY", SUPPORT, "5. Operation\nThe Provider shall ensure maximum availability of the system.", True),
    ("SLA-AVAILABILITY", SUPPORT, "5. Operation\nThe Provider shall ensure the highest possible availability of the "
     "application.", True),
    ("SLA-AVAILABILITY", LETTER, "5. Keeping things up\nI'll keep your network up for the greatest possible share of the "
     "time.", True),
    # near misses: spare parts and people available, no system's uptime
    ("SLA-AVAILABILITY", SUPPORT, "5. Spares\nThe Provider shall ensure maximum availability of spare parts at its depot.",
     False),
    ("SLA-AVAILABILITY", SUPPORT, "5. Staff\nThe Provider shall ensure the highest possible availability of its technicians "
     "during the harvest.", False),
]


@pytest.mark.parametrize(("rule", "frame", "body", "present"), params(CASES, ids=lambda case, i: f"{case[0]}-{i}"))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, frame, body, present):
    assert_found(tmp_path, rulebook, rule, frame[0] + body + frame[1], present)


@pytest.mark.parametrize("frame", [SUPPORT, LETTER], ids=["support", "letter"])
def test_the_frames_alone_hold_none_of_them(tmp_path, rulebook, frame):
    rules = sorted({case[0] for case in CASES})
    assert_none_found(tmp_path, rulebook, rules, frame[0] + frame[1])


@pytest.mark.parametrize(("text", "weeks"), [("a fortnight's notice", 2), ("two fortnights' notice", 4),
                                             ("one fortnight", 2)])
def test_a_fortnight_is_two_weeks(text, weeks):
    doc = analyse(build_pipeline(), "The Client may terminate on " + text + ".")
    [tag] = {(t.start, t.value["value"], t.value["unit"]) for t in tags_of(doc) if t.label == "DURATION"}
    assert tag[1:] == (weeks * 1.0, "week")
