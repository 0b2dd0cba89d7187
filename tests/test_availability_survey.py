"""Uptime as other drafters put it, and the decoys around it: a budget of outage hours, the time the service
can be used, a share of scheduled hours in service; a share of things counted (spare parts), the customer
keeping its own systems up. Clauses of our own."""

from __future__ import annotations

import pytest

from rule_findings import finding_of

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
