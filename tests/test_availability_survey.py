"""Uptime as other drafters put it, and the decoys around it: a budget of outage hours, the time the service
can be used, a share of scheduled hours in service; a share of things counted (spare parts), the customer
keeping its own systems up. Then the ten drafters of test_remedies_survey.py (issue 9): uptime by month or quarter,
a downtime budget, a network, a portal, a line, maintenance windows left out, a table of tiers; decoys that name
availability for staff, parts, products, funds, the customer's systems, or define it and never use it. Clauses of
our own."""

from __future__ import annotations

import pytest

from rule_findings import finding_of
from survey_harness import assert_found, params
from test_remedies_survey import contract

PREAMBLE = ('MANAGED SERVICES AGREEMENT\n\nThis Agreement is made between Orbel Hosting Ltd ("Supplier") and Tamsin '
            'Foods plc ("Customer").\n\n1. Services\n1.1 The Supplier shall host and support the Customer\'s order '
            'system.\n\n')
CLOSING = "\n\n5. Term\n5.1 This Agreement lasts 12 months.\n"


@pytest.mark.parametrize(("body", "present"), [
    ("4. Service Levels\n4.1 Unplanned outages of the production environment shall not exceed 4 hours in aggregate "
     "in any calendar month.", True),
    ("4. Service Levels\n4.1 The percentage of time in a month during which the Service can be used by the Customer "
     "shall be at least 99.5%.", True),
    ("4. Service Levels\n4.1 The Supplier shall keep the order system in service for 99.5% of scheduled operating "
     "hours.", True),
    ("4. Service Levels\n4.1 Total downtime shall be no more than forty-five (45) minutes per month, excluding "
     "maintenance windows.", True),
    ("4. Customer duties\n4.1 The Customer shall keep its own network available so that the Supplier can connect "
     "remotely.", False),
    ("4. Spares\n4.1 The Supplier shall keep spare parts available at its depot for at least 98% of listed models.",
     False),
    ("4. Service Levels\n4.1 The Supplier shall answer 95% of calls within 30 seconds.", False),
])
def test_uptime_in_other_words_and_its_decoys(tmp_path, rulebook, body, present):
    finding = finding_of(tmp_path, rulebook, "SLA-AVAILABILITY", PREAMBLE + body + CLOSING)
    assert (finding.status != "missing") == present, finding.status


# ten drafters' uptime (issue 9): by month or quarter, a downtime budget in minutes, a network, a portal, a line, measured
# without maintenance windows, "shall be accessible", a table of tiers; decoys: staff, spare parts, a product for sale,
# funds, the customer's own systems, records made available
AVAILABILITY = [
    # present
    ("us_msp", "5. Uptime\nMSP guarantees 99.9% uptime for the hosted Exchange environment, measured monthly and "
     "excluding scheduled maintenance windows announced 48 hours in advance.\n", True),
    ("us_msp", "5. Service Levels\n| Service | Target Uptime |\n| Firewall | 99.9% |\n| Email | 99.5% |\n", True),
    ("uk_public", "9. Service Availability\nThe Service shall be accessible to Authority users for no less than 99.5% "
     "of Core Hours in each Service Period.\n", True),
    ("in_outsourcer", "7. Uptime\nService Provider shall ensure uptime of 99.7% on quarterly basis for the Client's "
     "policy administration system, excluding planned downtime approved by Client.\n", True),
    ("in_outsourcer", "7. Service Window\nThe application shall be available to Client's users from 08:00 to 22:00 IST "
     "on all working days, and unplanned downtime in that window shall not exceed 120 minutes per month.\n", True),
    ("de_translated", "§ 5 Availability\nThe Contractor guarantees an availability of the ERP system of 99.0% in the "
     "annual average within the operating time Monday to Friday 7:00 to 19:00.\n", True),
    ("de_translated", "§ 5 Operating time\nThe Contractor ensures that the servers are ready for operation during the "
     "operating time; the permissible failure time amounts to a maximum of 4 hours per month.\n", True),
    ("freelance", "3. Keeping things running\nI'll keep your booking site up at least 99% of the time each month, not "
     "counting the Sunday night update slot.\n", True),
    ("saas", "6. Uptime Commitment\nThe Service will be Available 99.95% of each calendar month. \"Available\" means "
     "that the customer dashboard can be logged into and loads within ten seconds.\n", True),
    ("saas", "6. Service Tiers\n| Plan | Monthly Availability |\n| Standard | 99.5% |\n| Premium | 99.9% |\n"
     "| Enterprise | 99.95% |\n", True),
    ("us_clinic", "7. EHR Access\nVendor shall ensure the EHR system is accessible from every exam room during clinic "
     "hours, with no more than 60 minutes of unscheduled downtime in any month.\n", True),
    ("bank", "8. Platform\nThe core banking platform shall be available 99.98% of the time in each calendar quarter, "
     "excluding maintenance windows agreed with the Bank.\n", True),
    ("bank", "8. Online Banking\nService Provider shall keep internet banking open to Bank customers at all times "
     "except during maintenance windows of no more than four hours a month.\n", True),
    ("telecom", "6. Network Availability\nThe Carrier shall ensure that the Network is available to the Customer for "
     "at least 99.99% of each month.\n", True),
    ("telecom", "6. Lines\nEach access line shall be in service for 99.85% of the time, measured over a rolling "
     "twelve-month period.\n", True),
    ("telecom", "6. Circuits\nThe cumulative unavailability of each Circuit shall not exceed 26 minutes in any "
     "calendar month.\n", True),
    ("hospital", "9. PACS\nThe PACS shall be operational 24 hours a day, 365 days a year, save for planned maintenance "
     "agreed with the Trust.\n", True),
    ("hospital", "9. Portal\nThe patient portal shall be accessible to patients for at least 99.5% of the hours in each "
     "quarter, excluding agreed maintenance windows.\n", True),
    ("uk_public", "9. Continuity of access\nThe Supplier shall use reasonable endeavours to ensure that the Service is "
     "accessible throughout Core Hours.\n", True),
    # decoys
    ("us_msp", "4. Staffing\nMSP shall ensure the availability of a certified engineer during Client's business "
     "hours.\n", False),
    ("in_outsourcer", "10. Spares\nService Provider shall ensure availability of critical spare parts at the Client site "
     "at all times.\n", False),
    ("saas", "13. Plans\nSome features are available only on the Premium plan and may not be available in every "
     "country.\n", False),
    ("bank", "5. Settlement\nThe Bank shall ensure that sufficient funds are available in the settlement account to "
     "cover each day's transactions.\n", False),
    ("us_clinic", "5. Practice Responsibilities\nThe Practice shall ensure that its internet connection and "
     "workstations are available for remote sessions.\n", False),
    ("telecom", "3. Equipment\nHandsets are available for purchase at the prices in the Price List while stocks "
     "last.\n", False),
    ("uk_public", "11. Records\nThe Supplier shall make its records available to the Authority for inspection on ten "
     "Working Days' notice.\n", False),
    ("de_translated", "§ 7 Duties of the Client\nThe Client shall keep its servers accessible for remote maintenance by "
     "the Contractor at all times.\n", False),
    ("freelance", "2. When I'm around\nI'm available Monday to Friday, 9 to 5, and I answer texts within an hour.\n",
     False),
    ("in_outsourcer", "11. Licences\nThe Client's database licences shall remain available to Service Provider "
     "throughout the Term.\n", False),
    ("telecom", "9. Numbers\nThe Carrier does not guarantee that any particular telephone number will be available "
     "for allocation.\n", False),
    ("hospital", "8. Facilities\nThe Trust shall make a desk and a network point available to the Contractor's "
     "on-site engineer.\n", False),
    ("saas", "8. Support\nOur support team is available by chat 24 hours a day, 7 days a week.\n", False),
    ("uk_public", "7. Service Desk\nThe service desk is accessible by telephone and e-mail during Core Hours.\n", False),
    ("us_msp", "4. Training\nMSP will give Client's staff a maximum of eight (8) hours of training each year.\n", False),
    # the decoys held-out writers use: uptime defined and never used, availability zones, a forum that may be down,
    # a third party's platform disclaimed, appointments, a vendor's guarantee that does not apply
    ("saas", "1. Definitions\n\"Uptime\" means the share of a calendar month in which the Service can be logged "
     "into.\n", False),
    ("saas", "7. Hosting\nThe Service is deployed across three availability zones in the EU region.\n", False),
    ("freelance", "5. Community forum\nThe user forum is run by volunteers and may be down for days at a time; I make "
     "no promise about it.\n", False),
    ("us_clinic", "6. Third-Party Systems\nVendor gives no commitment as to the uptime of the EHR platform, which its "
     "own vendor hosts.\n", False),
    ("hospital", "4. Exclusions\nThe availability of outpatient appointments and of online booking slots is outside "
     "this Agreement.\n", False),
    ("uk_public", "1. Definitions\n\"Availability Window\" means 07:00 to 19:00 on Working Days.\n", False),
    ("saas", "6. Standard Terms\nThe Uptime Guarantee in our standard terms does not apply to this Order.\n", False),
    ("us_msp", "3. Plans\nThe Bronze plan suits office systems that can tolerate a day of downtime.\n", False),
    ("bank", "8. Outages\nIf the payments gateway is unavailable to the Bank, for a reason other than a failure of the "
     "Bank's own network or of its line to the data centre, for twelve (12) consecutive hours, the Bank may move the "
     "service to its standby provider.\n", True),
]


@pytest.mark.parametrize(("drafter", "body", "present"), params(AVAILABILITY, ids=lambda c, i: f"availability-{c[0]}-{i}"))
def test_each_drafter_s_uptime_is_called_as_a_lawyer_labels_it(tmp_path, rulebook, drafter, body, present):
    assert_found(tmp_path, rulebook, "SLA-AVAILABILITY", contract(drafter, body), present)
