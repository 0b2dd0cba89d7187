"""Backup and resolution by the shape of the clause (written for these tests, in words of my own): a backup word
that names a person, a standby place for staff, a thing reviewed, a duty refused or advice to the customer is no
backup service, and data copied by a snapshot or to someone's second site is one; a time that is a distance, or a
fix promised to no time, is no resolution target, and work pledged until the service is back is one."""

import pytest

from rule_findings import finding_of

PREAMBLE = ('IT SUPPORT AGREEMENT\n\nThis Agreement is made between Larchfield Systems Ltd ("Provider") and '
            'Oakmere Town Council ("Customer").\n\n1. Services\nThe Provider shall support the Customer\'s '
            'computers.\n\n')


def status(tmp_path, rulebook, rule_id: str, body: str) -> str:
    return finding_of(tmp_path, rulebook, rule_id, PREAMBLE + body).status


@pytest.mark.parametrize("body", [
    # a backup person, in the singular
    "9. Staffing\nThe Provider shall name one Backup Resource for every product line it supports.\n",
    # a standby place for staff to work from, not a copy of data
    "5. Sites\nThe Customer's backup call centre in Eastleigh runs the same software and is supported on the same "
    "terms.\n",
    # a duty refused among other service verbs
    "2. Equipment\nThe Provider does not monitor, upgrade or back up the Customer's own servers or the data on "
    "them.\n",
    # advice to the customer to keep its own copies
    "8. Updates\nWe advise that you keep your own backups before installing any update we supply.\n",
    # the customer's backup as a thing the provider reviews
    "3. Review\nThe initial assessment will look at your firewall, your laptops, your licences and your backup "
    "arrangements.\n",
])
def test_a_backup_word_that_is_no_backup_service_is_missing(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "CONT-BACKUP", body) == "missing"


@pytest.mark.parametrize("body", [
    # data taken by snapshot, with how often
    "4. Data protection\nShared drives and mailboxes are captured by snapshot every two hours during the working "
    "day.\n",
    # copied to someone's second site, with how often
    "4. Data protection\nProject storage is copied to the Provider's second data centre every evening.\n",
])
def test_a_backup_without_the_word_is_found(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "CONT-BACKUP", body) in ("met", "weak")


@pytest.mark.parametrize("body", [
    # a distance after 'within' is no deadline
    "5. Site visits\nIf a fault cannot be fixed remotely, an engineer will visit. Visits within 40 km of the Provider's "
    "office are free of charge.\n",
    # a fix time disclaimed, even beside work pledged until the fix
    "5. Outages\nThe Provider will keep working on an outage until it is resolved, but this Agreement sets no deadline "
    "for the resolution.\n",
    "5. Faults\nWe stay on a fault until it has been fixed, though we cannot promise how long any fix will take.\n",
])
def test_a_within_that_is_no_fix_time_is_no_resolution(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "SLA-RESOLUTION", body) == "missing"
    assert status(tmp_path, rulebook, "SLA-RESOLUTION-P1", body) != "weak"


@pytest.mark.parametrize("body", [
    # work pledged without stopping until the service is back
    "6. Critical faults\nFor a Critical fault the Provider shall work continuously, day and night, until the service "
    "is back in operation or an acceptable workaround is in place.\n",
    # ... in a sentence that follows on from the one that names the fault ("shall then")
    "6. Major faults\nOn a Severity A call an engineer shall join the bridge within ten minutes. The Provider shall "
    "then keep at it without a break until the platform has been restored.\n",
    # ... or followed through to the fix
    "6. Major faults\nFor a Severity B fault the Provider shall phone back within two hours and shall see the fault "
    "through to a full resolution.\n",
    # a named time to fix the provider must meet
    "6. Service levels\nThe Provider shall meet the Repair Window for every fault logged by the Customer.\n",
])
def test_work_until_the_service_is_back_is_a_resolution_duty(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "SLA-RESOLUTION", body) in ("met", "weak")


def test_columns_that_are_plans_are_no_fix_time(tmp_path, rulebook):
    # one reply time per plan, side by side: the second column is the same time on a dearer plan, not a fix
    body = ("3. Reply times\nThe longest wait for a first reply from an engineer on a case:\n\n"
            "| Severity | Effect | Bronze plan | Gold plan |\n|---|---|---|---|\n"
            "| Severity 1 | The live site is down | 8 business hours | 2 hours |\n"
            "| Severity 2 | A feature is failing | 2 business days | 8 hours |\n")
    assert status(tmp_path, rulebook, "SLA-RESOLUTION", body) == "missing"
