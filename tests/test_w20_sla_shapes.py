"""Service-level shapes a fresh set of drafters used that checker missed (issue 9, fix source w20), each written again
here in words of our own: an incident "not under control" or beyond the first person who handles it, or a step that
"doesn't fix it", passed up to a more senior role; a fee cut by a share for each incident or each tenth of a point below
the mark; uptime by another name ("accessibility"); an uptime share stated after a parenthetical definition, left blank
in a template, or promised without a figure but for maintenance; a fault worked on until the service "is back"; faults
"recovered as early as possible". Decoys beside each. An element is present when its rule is met or weak."""

import pytest

from survey_harness import assert_found, params
from test_drafter_survey import contract

CASES = [
    # escalation: an incident not contained after a time, the first handler told to inform a senior role
    ("SLA-ESCALATION", "bank", "7. Incidents\nIf a Priority 1 outage is still not under control after one hour, the duty "
     "engineer notifies the Service Provider's operations manager.\n", True),
    ("SLA-ESCALATION", "de_translated", "§ 7 Disruptions\nShould a class 1 disruption not be contained within two hours, "
     "the technician on site informs the Contractor's head of service.\n", True),
    # ... a request beyond the first person who picks it up, handed on
    ("SLA-ESCALATION", "freelance", "5. Help\nWhen a job is beyond the technician who takes it, the technician will pass "
     "it on to my senior partner.\n", True),
    ("SLA-ESCALATION", "uk_public", "7. Support\nWhere a call is beyond the first-line analyst who logs it, the analyst "
     "shall transfer it to the Supplier's second-line team.\n", True),
    # ... a step that "doesn't fix it", then the senior role
    ("SLA-ESCALATION", "us_msp", "7. Concerns\nRaise any concern with your account manager. If that doesn't solve it, "
     "our operations director will step in.\n", True),
    ("SLA-ESCALATION", "saas", "7. Help\nTalk to your success manager first. If that didn't sort it, our head of support "
     "will take over.\n", True),
    # decoys: a fire brought under control; a sentence with no route
    ("SLA-ESCALATION", "us_msp", "12. Premises\nIf a fire is not under control, the Client's building manager shall "
     "evacuate the building.\n", False),
    ("SLA-ESCALATION", "saas", "4. Limits\nSome requests are beyond the scope of the Services.\n", False),
    # remedies: a fee cut by a share for each incident over the limit, or each tenth of a point below the mark
    ("SLA-REMEDIES", "de_translated", "§ 6 Reduction\nIf more than three class 1 disruptions in a month are not cleared "
     "within the agreed time, the monthly fee is reduced by five per cent for each further disruption.\n", True),
    ("SLA-REMEDIES", "bank", "8. Fees\nThe monthly charge shall be reduced by 2% for every incident not restored within "
     "its target.\n", True),
    ("SLA-REMEDIES", "in_outsourcer", "8. Deductions\nService Provider shall pay Client, by way of penalty, two percent "
     "of the monthly fee for each tenth of a point by which the accessibility falls short of 99.8%.\n", True),
    ("SLA-REMEDIES", "uk_public", "8. Performance\nFor any month in which accessibility of the portal falls below "
     "99.5%, the Supplier shall pay the Authority a penalty equal to 3% of the monthly charges.\n", True),
    # decoys: a volume discount; a price cut for each extra unit ordered
    ("SLA-REMEDIES", "us_msp", "9. Fees\nThe monthly fee is reduced by one percent for each additional site the Client "
     "adds.\n", False),
    ("SLA-REMEDIES", "saas", "9. Discounts\nThe price shall be reduced by 3% for every further 100 licences "
     "purchased.\n", False),
    # availability: the share after a parenthetical definition of what is measured
    ("SLA-AVAILABILITY", "de_translated", "§ 5 Operating rate\nThe Contractor shall keep the operating rate of the test "
     "cluster (the share of each month in which jobs handed to the scheduler are accepted and started on a worker "
     "node) at 99.7% or more.\n", True),
    ("SLA-AVAILABILITY", "saas", "5. Uptime\nWe keep the uptime of the ledger (measured as the minutes in a month in "
     "which our status probes from three regions all get a valid answer) at or above 99.9%.\n", True),
    # ... left blank in a template
    ("SLA-AVAILABILITY", "uk_public", "5. Availability\nThe Supplier shall ensure that the booking portal is available "
     "to residents at least [____]% of the time in each month.\n", True),
    ("SLA-AVAILABILITY", "us_clinic", "5. Hosting\nVendor shall keep the patient portal online not less than ___% of "
     "the hours in each calendar quarter.\n", True),
    # ... promised without a figure, but for notified maintenance
    ("SLA-AVAILABILITY", "in_outsourcer", "5. Portal\nThe ticketing portal shall be kept reachable by Service Provider "
     "to a good industry standard, disregarding maintenance notified in advance.\n", True),
    # decoys: staff on leave; a blank for a quantity
    ("SLA-AVAILABILITY", "us_msp", "5. Staff\nThe engineers are not available during public holidays, except for "
     "maintenance agreed in advance.\n", False),
    ("SLA-AVAILABILITY", "saas", "5. Storage\nYour plan includes [____]% of the storage you bought last year.\n", False),
    # resolution: work on a fault until the service is back, a long clause between
    ("SLA-RESOLUTION", "us_msp", "6. Major incidents\nMSP will keep working on any Priority 1 incident without a "
     "break, and will send status notes to the Client's contact every thirty minutes, until the service is back.\n",
     True),
    ("SLA-RESOLUTION", "bank", "6. Outages\nService Provider shall continue remedial work on a Severity 1 fault around "
     "the clock, giving the Bank an update at least every two hours, until the affected system is back.\n", True),
    # ... faults put right as early as possible
    ("SLA-RESOLUTION", "de_translated", "§ 6 Recovery\nThe Contractor shall carry out recovery work for class 1 faults "
     "so that they are restored as early as possible.\n", True),
    ("SLA-RESOLUTION", "in_outsourcer", "6. Faults\nService Provider shall ensure that Priority 1 incidents are resolved "
     "as early as practicable.\n", True),
    # decoys: the customer's duty; delivery as early as possible
    ("SLA-RESOLUTION", "saas", "6. Your part\nYou will keep working with your own IT team until your firewall is "
     "back.\n", False),
    ("SLA-RESOLUTION", "us_msp", "3. Onboarding\nMSP shall deliver the new laptops as early as possible.\n", False),
    # ... a threat's containment in one clause, a deletion period in the next, is no fix time
    ("SLA-RESOLUTION", "in_outsourcer", "9. Security\nService Provider shall tell Client of any suspected intrusion into "
     "its own systems and keep Client informed of the containment measures adopted.\n\n9.1 Within 30 days after expiry, "
     "Service Provider shall erase all Client files.\n", False),
]


@pytest.mark.parametrize(("rule", "drafter", "body", "present"), params(CASES))
def test_each_sla_shape_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, rule, drafter, body, present):
    assert_found(tmp_path, rulebook, rule, contract(drafter, body), present)
