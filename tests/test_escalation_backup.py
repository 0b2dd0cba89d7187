"""Escalation and backup read from their structure, not from one keyword (written for these tests, in words no
contract of the corpus uses): an escalation route is an unresolved matter moving to a more senior role or level
(prose, a list, a table of levels and times); a backup is the provider's copy of the customer's data with how often
it is made or how long and where it is kept. Each 'found' case was missed before; the decoys stay out (those marked
'guard' held before)."""

import pytest

from rule_findings import finding_of

PREAMBLE = ('IT SUPPORT AGREEMENT\n\nThis Agreement is made between Harbour Tech Ltd ("Provider") and '
            'Dunmore Parish Council ("Customer").\n\n1. Services\nThe Provider shall support the Customer\'s '
            'computers.\n\n')


def status(tmp_path, rulebook, rule_id: str, body: str) -> str:
    return finding_of(tmp_path, rulebook, rule_id, PREAMBLE + body).status


@pytest.mark.parametrize("body", [
    # a table of levels, each with a role and a time
    "4. Contacts\nLevel | Contact | When\n1 | Service Desk | on logging\n2 | Service Delivery Manager | after 4 hours "
    "without a fix\n3 | Operations Director | after 1 Business Day\n",
    # a list under a lead-in that says when a matter moves on
    "6. Routes for unresolved faults\nWhere a fault remains open beyond its target:\n(a) first, the Customer may "
    "contact the Service Desk Team Leader;\n(b) after a further 4 hours, the Customer may contact the Head of Service "
    "Delivery;\n(c) after 1 Business Day, the Customer may contact the Managing Director.\n",
    # rows of a clause about the route, whatever its verbs
    "7. Contact ladder\nStage one: the Service Desk (0-2 hours).\nStage two: the Team Leader (2-6 hours).\n"
    "Stage three: the Head of Operations (after 6 hours).\n",
    # prose: a matter not settled goes to someone more senior, by any verb
    "5. Problem handling\nA fault that the engineer on duty has not cleared within four hours shall be referred "
    "upward to the Provider's Support Manager.\n",
    "5. Service management\nMatters not settled by the service managers go to the Chief Technology Officers of both "
    "parties.\n",
    "6. Service levels\nAny incident that breaches its Resolution Time will be brought to the attention of the "
    "Customer Success Director.\n",
    "6. Service levels\nWhere a Severity 1 case is still open after 6 hours, a senior engineer shall be assigned and "
    "the Provider's CTO informed.\n",
    # one role after another
    "7. Support\nTickets that stay open beyond their target are handed up the line: first to the shift supervisor, "
    "then to the support manager.\n",
    "6. Complaints\nComplaints about the Services are handled first by the Account Manager and then, if the Customer "
    "remains unhappy, by the Provider's Director of Customer Experience.\n",
    # other triggers and moves: unhappy and an email, open too long, a clause that cannot be settled below, the move
    # before its trigger, numbered levels run into one line
    "5. Support\nIf you are not happy with how we have handled a ticket, you can email our operations lead.\n",
    "5. Support\nAny Severity 1 incident open for more than 2 hours is notified to the Service Manager.\n",
    "5. Governance\nMatters that cannot be resolved at the operational level are referred to the Contract Review "
    "Board.\n",
    "5. Support\nThe Service Desk hands the ticket to a specialist team if it cannot fix it within 30 minutes.\n",
    "5. Support\nIssues are raised through the following levels: Level 1 - the Service Desk; Level 2 - the Team Lead; "
    "Level 3 - the Head of Service.\n",
    # a disagreement that climbs from managers to directors
    "9. Disagreements\nAny disagreement about the Services shall first be discussed by the Project Managers; if they "
    "cannot agree within 10 days, it shall be put to the managing directors of the parties.\n",
])
def test_an_escalation_route_is_found_by_its_structure(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "SLA-ESCALATION", body) in ("met", "weak")


@pytest.mark.parametrize("body", [
    "5. Fees\nThe Fees shall be adjusted upward each year by the CPI.\n",  # guard
    # two roles, no matter moving between them (guards)
    "5. Governance\nThe Account Manager shall meet the Customer's IT Manager monthly to review performance.\n",
    "5. Approvals\nThe Customer's Finance Director shall approve each invoice before payment, and the Managing "
    "Director shall sign any order above 5,000 pounds.\n",
    "5. Reports\nThe Provider shall report ticket volumes to the Customer's Head of IT within 10 days after each "
    "month.\n",
    # a dispute that goes to court, a missed sales target, a tier of interest (guards)
    "9. Disputes\nIf a dispute is not resolved within 30 days, either party may commence proceedings in the courts "
    "of England.\n",
    "5. Marketing\nIf the Distributor fails to meet the minimum purchase target, the matter shall be referred to the "
    "Board of Directors of the Supplier for a decision on exclusivity.\n",
    "5. Interest\nThe interest rate shall step up to the next tier after 12 months.\n",
    # a dispute put once to the executives: dispute resolution, no route through levels (guard)
    "9. Disputes\nIf a claim is not settled within 20 days, either party may refer it to the chief executive of the "
    "other.\n",
    # guards that held before and first broke the structure's patterns: 'to' that starts a verb, an arbitrator
    # appointed by an institute's president
    "5. Board\nIf a director resigns, then the Investor shall have the right to designate a replacement director.\n",
    "5. Projects\nIf the parties cannot agree on the plan, either party may choose to appoint a new Project Manager.\n",
    "9. Arbitration\nIf the Parties fail to appoint an arbitrator within ten days, failing which the arbitrator shall "
    "be designated by the President of the Institute.\n",
    # tiers of countries are no levels of support (guard)
    "5. Launch\nThe Licensee shall launch the Product within 6 months after the Effective Date for Tier 1 Countries, 9 "
    "months for Tier 2 Countries and 12 months for Tier 3 Countries.\n",
])
def test_roles_without_a_route_up_are_no_escalation(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "SLA-ESCALATION", body) == "missing"


@pytest.mark.parametrize("body", [
    "4. Hosting\nWe take a copy of your website files and database each night and hold every copy for 14 days.\n",
    "4. Servers\nThe Provider shall snapshot the Customer's virtual servers every six hours and retain the "
    "snapshots for a month.\n",
    "4. Databases\nThe Provider will keep hourly restore points of the Customer's databases for 7 days.\n",
    "4. Email\nThe Provider shall duplicate all mailbox data to an independent store every 24 hours and retain 30 "
    "daily versions.\n",
    "4. Databases\nThe Provider shall preserve a point-in-time copy of each production database at least daily.\n",
    "4. Data\nIf the Customer's data is lost or corrupted, the Provider shall restore it from its most recent copy, "
    "which shall be no more than 24 hours old.\n",
])
def test_a_backup_is_found_by_its_structure(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "CONT-BACKUP", body) in ("met", "weak")


@pytest.mark.parametrize("body", [
    # 'back up' as standing in for people
    "4. Staffing\nThe Provider shall provide backup support to the Customer's engineers during peak periods.\n",
    "4. Staffing\nThe Provider shall back up the Customer's helpdesk staff during holidays.\n",
    # a backup product in a price list; spare stock
    "8. Price list\nCloud Backup add-on: 5 pounds per user per month.\n",
    "4. Supply\nThe Distributor shall maintain a backup inventory of 30 days of Products.\n",
    # copies that are reports or records, not copies kept against loss (guards)
    "6. Reports\nThe Distributor shall provide copies of its sales data to the Supplier monthly.\n",
    "6. Reports\nThe Provider shall make a copy of the usage data available to the Customer each month.\n",
    "11. Records\nEach party shall keep copies of all invoices for six years.\n",
    "4. Data\nThe Customer is responsible for keeping copies of its own data; the Provider keeps none.\n",
])
def test_a_backup_word_that_copies_no_customer_data_is_no_backup(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "CONT-BACKUP", body) == "missing"
