"""Shapes a fresh set of drafters used that checker missed or misread (issue 9, fix source w24), each written again
here in words of our own: a priority scheme whose levels are 'Ranks', 'Grades' or 'Urgency' numbers, its times tied
to the level whatever the sentence calls the thing logged ('a Rank 1 item'); a service put back as anything set in
motion again ('have orders flowing again', 'get the tills printing again'); a matter 'put right'; a reply to whoever
asked, whatever the side is called ('get back to Clinic on each request'); a restore out of a backup copy, which
is the backup's service, not an incident's fix; a plain copy of the data on a schedule, or sent elsewhere 'so that'
it can be recovered (a purpose, no one's right), is a backup; a 'backup administrator' is a person standing in, and
'no duty to keep backup copies' denies one; a customer who may 'stop using us whenever you like' has a convenience
exit, and so has one whose notice period is a template's blank (a Markdown '[__]' stays a blank, as in any other
format); 'the most we'll pay is ...' and liability 'only for direct, foreseeable damage' limit liability; a desk
staffed round the clock is support hours, not uptime; efforts pledged to bring a system 'back into service' are a
vague fix; a breach told in the GDPR's own definition ('accidental or unlawful loss ... of the data') is a breach
notice, the customer's own duty to tell its regulator is not; an ending for a failure 'not remedied within' a period
is for cause, the ending named first. An element is present when its rule is met or weak."""

import pytest

from survey_harness import assert_found, params
from test_drafter_survey import contract

CASES = [
    # a priority scheme by rank, grade or urgency: its first time the response, its later one the fix
    ("SLA-RESPONSE", "in_outsourcer", "5. Turnaround\n5.1 An analyst will take up a Rank 1 item and post a first "
     "note in the shared channel within 20 minutes; Rank 2 within 2 hours.\n5.2 Service Provider will have the queue "
     "moving again for a Rank 1 item within 3 hours; Rank 2 items will be closed within 3 business days.\n", True),
    ("SLA-RESOLUTION", "in_outsourcer", "5. Turnaround\n5.1 An analyst will take up a Rank 1 item and post a first "
     "note in the shared channel within 20 minutes; Rank 2 within 2 hours.\n5.2 Service Provider will have the queue "
     "moving again for a Rank 1 item within 3 hours; Rank 2 items will be closed within 3 business days.\n", True),
    ("SLA-RESPONSE", "us_msp", "4. Timings\nMSP shall pick up a Grade 1 matter within ten minutes and a Grade 2 "
     "matter within one hour.\n", True),
    ("SLA-RESOLUTION", "us_msp", "4. Timings\nMSP shall pick up a Grade 1 matter within ten minutes and a Grade 2 "
     "matter within one hour. MSP shall get the shop floor scanning again for a Grade 1 matter within four hours and "
     "for a Grade 2 matter within two days.\n", True),
    ("SLA-RESPONSE", "uk_public", "6. How fast we act\nUrgency 1 jobs are looked at within 30 minutes; Urgency 2 "
     "jobs within 4 hours.\n", True),
    # a service put back as whatever it does, in motion again
    ("SLA-RESOLUTION", "de_translated", "§ 5 Faults\nFor a disturbance of category A, the Contractor shall have the "
     "conveyors moving again within six hours after the report.\n", True),
    ("SLA-RESOLUTION", "freelance", "4. When things break\nIf the tills fail, I will get them printing receipts again "
     "within a day of your call.\n", True),
    # a matter put right, without a time
    ("SLA-RESOLUTION", "uk_public", "6. Support\nOnce it has replied, the Supplier will do its best to put the fault "
     "right as fast as it reasonably can, bearing in mind its priority.\n", True),
    # a reply to whoever asked, named by its own name
    ("SLA-RESPONSE", "us_clinic", "5. Support\nVendor will use reasonable efforts to get back to Clinic on every "
     "support request in a timely manner suited to its urgency.\n", True),
    # decoys: a rank that is no priority, a reply to a price quote, staff put right
    ("SLA-RESPONSE", "us_msp", "9. Staff\nMSP shall assign staff of at least Rank 2 seniority to the account within "
     "30 days.\n", False),
    ("SLA-RESPONSE", "us_msp", "8. Payment\nClient shall get back to MSP on each quote within ten business days.\n",
     False),
    # a restore out of a backup copy: the backup's service, not an incident's fix
    ("SLA-RESOLUTION", "us_msp", "5. Data copies\nMSP shall image each server nightly and keep the images for thirty "
     "days. On Client's request after a server failure, MSP shall have the server running again from a restored image "
     "within eight hours.\n", False),
    ("SLA-RESOLUTION-P1", "uk_public", "7. Backups\nThe Supplier shall restore lost files from the latest backup "
     "within one Working Day of the Authority's request.\n", False),
    # a plain copy of the data taken on a schedule; a copy sent elsewhere 'so that' it can be recovered
    ("CONT-BACKUP", "de_translated", "§ 7 Safeguarding of data\nThe Contractor shall make a complete copy of the "
     "order database every night at 02:00.\n", True),
    ("CONT-BACKUP", "us_msp", "5. Records\nMSP shall take a copy of the Client's file server each evening and an "
     "extra copy every four hours during business hours.\n", True),
    ("CONT-BACKUP", "us_clinic", "6. Safety\nVendor mirrors the scheduling data continuously to a second hosting "
     "region so that records can be recovered if the first region fails.\n", True),
    # decoys: a person standing in, a copy of an invoice, a duty to keep copies denied
    ("CONT-BACKUP", "in_outsourcer", "4. Staffing\nService Provider will name a trained backup administrator for each "
     "shift so that absences never leave the desk unmanned.\n", False),
    ("CONT-BACKUP", "us_msp", "6. Invoices\nMSP shall make a copy of each invoice available in the portal every "
     "month.\n", False),
    ("CONT-BACKUP", "uk_public", "3. Hosting\nThe Authority runs its own cloud tenancy. The Supplier is under no "
     "obligation to keep backup copies of Authority Data.\n", False),
    ("CONT-BACKUP", "saas", "3. Your data\nWe have no responsibility under these Terms for copying your files.\n",
     False),
    # a customer who simply stops using the provider, at will; a notice period left blank in a template
    ("TERM-CONVENIENCE", "freelance", "9. Ending\nYou may stop using me at any time; a short email is enough.\n", True),
    ("TERM-CONVENIENCE", "saas", "12. Leaving\nYou can quit using our services whenever you wish, and we will not "
     "bill you for the following month.\n", True),
    ("TERM-CONVENIENCE", "uk_public", "20. Ending\nEither party may end this contract by giving the other at least "
     "[___] months' notice in writing.\n", True),
    # decoys: stopping the use of a feature during maintenance; a blank for a payment period
    ("TERM-CONVENIENCE", "saas", "6. Maintenance\nYou must stop using the export tool while an upgrade runs.\n",
     False),
    ("TERM-CONVENIENCE", "uk_public", "8. Payment\nThe Authority shall pay each invoice within [__] days of "
     "receipt.\n", False),
    # a cap said plainly, whoever is paid; liability confined to direct or foreseeable loss
    ("LIAB-CAP", "freelance", "7. If things go wrong\nThe most I will pay, in total, is the fee for the job in "
     "question.\n", True),
    ("LIAB-CAP", "de_translated", "§ 9 Damage\nThe Contractor is liable only for typical and foreseeable damage.\n",
     True),
    ("LIAB-CAP", "de_translated", "§ 9 Damage\nThe Contractor answers only for direct damage foreseeable when the "
     "contract was signed.\n", True),
    ("LIAB-CAP", "us_msp", "11. Losses\nMSP shall be responsible only for direct losses that the parties could "
     "foresee at signature.\n", True),
    # decoys: the most a plan includes; a party responsible only for its own staff
    ("LIAB-CAP", "saas", "3. Plans\nThe most we host is ten sites per account.\n", False),
    ("LIAB-CAP", "us_msp", "6. Staff\nEach party is responsible only for its own employees.\n", False),
    # a desk staffed round the clock is support hours, not uptime
    ("SLA-AVAILABILITY", "us_msp", "4. Support hours\nBecause the Client's plants run continuously, MSP shall staff a "
     "help desk twenty-four (24) hours per day, seven (7) days per week.\n", False),
    ("SLA-AVAILABILITY", "us_msp", "4. Hosting\nMSP shall keep the hosted platform online twenty-four (24) hours per "
     "day, seven (7) days per week, except during planned maintenance.\n", True),
    # a fix pledged as efforts with no time, the system brought back into service
    ("SLA-RESOLUTION", "us_clinic", "4. Support\nOnce work has started, Vendor will use reasonable efforts to bring the "
     "clinic's broken scanner or workstation back into service, without promising a time.\n", True),
    # a breach told in the GDPR's own definition; decoy: the customer's own duty to tell the regulator
    ("DATA-BREACH", "de_translated", "§ 6 Data\nThe Contractor shall inform the Client without delay of any "
     "unlawful or accidental loss, destruction or alteration of the personal data it processes.\n", True),
    ("DATA-BREACH", "saas", "9. Privacy\nYou remain responsible for notifying your regulator and your customers of "
     "any privacy breach that arises in your own systems.\n", False),
    # an ending for cause with the ending first and the cure period after
    ("TERM-CAUSE", "de_translated", "§ 11 Ending\nEach party may dissolve the contract with immediate effect where "
     "the other gravely neglects its duties and has not remedied the failure within fifteen working days of a "
     "written warning.\n", True),
]


@pytest.mark.parametrize(("rule", "drafter", "body", "present"), params(CASES))
def test_each_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, contract(drafter, body), present)


def test_a_bracketed_blank_in_markdown_stays_a_blank():
    from checker.ingest.text import blank_markup
    assert blank_markup("not less than [__] months' notice") == "not less than [__] months' notice"
    assert blank_markup("[__Acme__] and __bold__") == "[Acme] and bold"
