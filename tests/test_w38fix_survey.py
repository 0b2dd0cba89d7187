"""Shapes the fix source w38 showed (issue 9), each surveyed as five firms would write it, in our own words, framed as
clauses: a convenience exit whose notice is a template blank ("[●] months' notice"), one given "to the end of a
month" as a Nordic or German firm words it; an escalation route whose trigger is a request "not attended to the
satisfaction" of the customer (one 'to' serving both, as a Spanish firm's translation has it), one told as an order
with its rungs listed after it ("carried forward in the following order: ..."); and a patient's symptoms escalated,
a clinical workflow, that is no support route; backup copies counted as versions kept ("keep the last ten versions",
"retains earlier versions for 30 days"); support hours told as a span from one day and hour to another ("from Monday 06:00
to Saturday 06:00"). Near misses stay out."""

from __future__ import annotations

import pytest

from survey_harness import assert_found, framed

FRAMES = {
    "us": ("MANAGED SERVICES AGREEMENT\n\nThis Agreement is made between Harbor Lane Systems LLC (\"Provider\") and "
           "Crestmoor Dental Group PC (\"Customer\").\n\n1. Services\n1.1 Provider shall support the Customer's "
           "workstations and network.\n\n", "\n\n20. Governing Law\n20.1 This Agreement is governed by the laws of Ohio.\n"),
    "uk": ("SUPPORT CONTRACT\n\nThis contract is between Fenwick Byte Ltd (the \"Supplier\") and Alder Row Surgery (the "
           "\"Client\").\n\n1. The Services\n1.1 The Supplier shall provide desktop and server support.\n\n",
           "\n\n19. Law\n19.1 This contract is governed by the law of England and Wales.\n"),
    "in": ("MASTER SERVICES AGREEMENT\n\nThis Agreement is entered into between Kaveri Infotech Private Limited (the "
           "\"Service Provider\") and Sahyadri Textiles Limited (the \"Client\").\n\n1. SCOPE\n1.1 The Service Provider "
           "shall provide application support for the Client's ERP.\n\n",
           "\n\n18. GOVERNING LAW\n18.1 This Agreement shall be governed by the laws of India.\n"),
    "civil": ("CONTRACT FOR IT SERVICES\n\nBetween Nordhavn Drift ApS (the \"Supplier\") and Ribe Maskinfabrik A/S (the "
              "\"Customer\").\n\n1. Subject\n1.1 The Supplier shall operate the Customer's servers and laptops.\n\n",
              "\n\n15. Governing law\n15.1 The agreement is governed by Danish law.\n"),
    "au": ("IT SUPPORT AGREEMENT\n\nParties: Wattle Creek IT Pty Ltd (\"we\") and Banksia Veterinary Clinic (\"you\").\n\n"
           "1. What we do\n1.1 We look after your computers, email and backups.\n\n",
           "\n\n12. Law\n12.1 This agreement is governed by the laws of Victoria.\n"),
}

EXIT = [  # (drafter, clause, a convenience exit present)
    ("in", "17. TERMINATION\n17.1 After the first year either party may terminate this Agreement by giving [\u25cf] months' "
           "written notice to the other party.", True),
    ("uk", "14. Termination\n14.1 The Client may terminate this contract on [\u2022] days' notice to the Supplier.", True),
    ("us", "9. Termination\n9.1 Customer may terminate this Agreement upon [...] days' prior written notice to Provider.", True),
    ("civil", "14. Duration and termination\n14.1 Either party may terminate the agreement by giving notice to the end of "
              "a month. The notice period is three months.", True),
    ("civil", "14. Termination\n14.1 The Customer may terminate the contract with notice to the end of a calendar "
              "quarter.", True),
    ("uk", "14. Termination\n14.1 The Client may terminate this contract by notice in writing to the end of any month.", True),
    ("au", "9. Ending this agreement\n9.1 You may end this agreement by giving us notice effective at the end of any "
           "calendar month.", True),
    # near misses: the end of a month as a payment date, a blank in a breach cure period, notice to the end of the term
    ("civil", "8. Prices\n8.1 The Customer shall pay each invoice by the end of the month following the month of "
              "invoice.", False),
    ("in", "17. TERMINATION\n17.1 Either party may terminate this Agreement if the other party commits a material "
           "breach and fails to remedy it within [\u25cf] days' written notice.", False),
    ("uk", "14. Renewal\n14.1 This contract renews each year unless either party gives notice of non-renewal to the end "
           "of the term.", False),
]

ESCALATION = [  # (drafter, clause, an escalation route present)
    ("civil", "5. Unresolved requests\n5.1 If a request is not attended to the satisfaction of the Customer by the "
              "technician, the Customer may bring it to the attention of the Supplier's Operations Manager.", True),
    ("in", "8. Escalation\n8.2 Where a ticket is not attended to the satisfaction of the Client within two days, it shall "
           "be referred to the Service Provider's Delivery Head.", True),
    ("us", "6. Complaints\n6.1 If a service request is not served to the satisfaction of Customer, Customer may raise it "
           "with Provider's Account Director.", True),
    ("in", "8. Governance\n8.3 A ticket that is not progressing shall be carried forward in the following order: the "
           "Service Provider's team lead; then the Delivery Manager; and finally the Steering Committee.", True),
    ("uk", "7. Service management\n7.2 Any call which remains unresolved is passed upwards in this order: first to the "
           "Service Manager, then to the Operations Director.", True),
    ("au", "6. When things go wrong\n6.1 If a job is still stuck after a day it gets taken in the following order to our "
           "Support Manager and then our Director.", True),
    ("us", "6. Support\n6.2 Tickets not resolved within the target are referred in order of seniority to Provider's "
           "Support Manager and its Vice President of Operations.", True),
    # near misses: a patient's clinical escalation, an order of work with no route up, jobs put in the order they came
    ("us", "2. Services\n2.1 Provider shall configure the charting application with Customer's symptom escalation "
           "workflows by which a field nurse alerts the on-call physician.", False),
    ("uk", "2. Services\n2.2 The Supplier shall set up the patient escalation pathway templates the Client's clinicians "
           "use.", False),
    ("au", "3. How we work\n3.1 Jobs are handled in the following order: urgent faults first, then everything else.", False),
]


BACKUP = [  # (drafter, clause, a backup duty present)
    ("civil", "9. Operation\n9.4 After each change to a router's settings the Supplier shall store its configuration and "
              "keep at least the last five versions of each configuration.", True),
    ("au", "5. Your files\n5.1 We sync your shared drive to our cloud each night and keep earlier versions for 60 days.", True),
    ("uk", "6. Data\n6.2 The Supplier shall retain previous versions of all files on the Client's file server for "
           "ninety (90) days.", True),
    ("us", "5. Data\n5.3 Provider shall keep the most recent fourteen (14) generations of the practice database.", True),
    ("in", "7. Data\n7.2 Previous versions of the Client's ERP database shall be retained for thirty (30) days.", True),
    # near misses: versions of the software or the agreement kept, the customer's own versions
    ("us", "5. Records\n5.1 Provider shall keep earlier versions of this Agreement for six (6) years.", False),
    ("uk", "6. Software\n6.1 The Supplier shall retain the last two versions of the Software for download by the Client.", False),
    ("in", "7. Client duties\n7.1 The Client shall keep the last three versions of its price lists.", False),
]


@pytest.mark.parametrize(("drafter", "body", "present"), BACKUP, ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_a_backup_counted_as_versions_kept(tmp_path, rulebook, drafter, body, present):
    assert_found(tmp_path, rulebook, "CONT-BACKUP", framed(FRAMES, drafter, body), present)


HOURS = [  # (drafter, clause, support hours present)
    ("civil", "3. Operating time\n3.1 The Supplier shall provide the service from Monday 06:00 to Saturday 06:00 without "
              "interruption.", True),
    ("us", "4. Support\n4.1 Provider's help desk is staffed Monday 7am through Friday 7pm Eastern Time.", True),
    ("uk", "4. Cover\n4.1 The Supplier shall take calls from Sunday 22:00 until Friday 22:00.", True),
    ("in", "4. SUPPORT WINDOW\n4.1 The Service Provider shall provide support from Sat 08:00 to Thu 20:00 IST.", True),
    ("au", "4. When we help\n4.1 We take jobs from Monday 8 am to Friday 5 pm.", True),
    # near misses: a maintenance window, a delivery slot, a customer's own opening
    ("uk", "4. Maintenance\n4.1 Planned maintenance will take place from Saturday 22:00 to Sunday 04:00.", False),
    ("us", "4. Delivery\n4.1 Hardware shall be shipped by purchase order between Monday 9am and Friday 5pm.", False),
]


@pytest.mark.parametrize(("drafter", "body", "present"), HOURS, ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_support_hours_from_a_day_and_hour_to_another(tmp_path, rulebook, drafter, body, present):
    assert_found(tmp_path, rulebook, "SCOPE-HOURS", framed(FRAMES, drafter, body), present)


@pytest.mark.parametrize(("drafter", "body", "present"), EXIT, ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_a_convenience_exit_in_a_blank_or_to_a_month_end(tmp_path, rulebook, drafter, body, present):
    assert_found(tmp_path, rulebook, "TERM-CONVENIENCE", framed(FRAMES, drafter, body), present)


@pytest.mark.parametrize(("drafter", "body", "present"), ESCALATION, ids=lambda v: v if isinstance(v, str) and len(v) < 8 else None)
def test_an_escalation_told_as_an_order_or_an_unsatisfied_request(tmp_path, rulebook, drafter, body, present):
    assert_found(tmp_path, rulebook, "SLA-ESCALATION", framed(FRAMES, drafter, body), present)
