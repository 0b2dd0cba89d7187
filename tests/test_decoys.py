"""An element's words where the element is not (issue 9): the last
line of a table of contents, a clause that denies the provider the duty its heading names, a disclaimer of
health data, a sub-clause's title read as the clause. Every contract here was written for these tests."""

from pathlib import Path

import pytest

from rule_findings import finding_of as rule_finding

PREAMBLE = ('MANAGED SERVICES AGREEMENT\n\nThis Agreement is made between Tallis Networks Ltd ("Provider") and '
            'Brackwater Foods plc ("Customer").\n\n')


def status(tmp_path: Path, rulebook, rule_id: str, body: str) -> str:
    return rule_finding(tmp_path, rulebook, rule_id, PREAMBLE + body).status


@pytest.mark.parametrize(("body", "expected"), [
    # a dispute or a committee's deadlock taken up the ranks of each side is an escalation path: the corpus's element
    # labels count one (a supervision commission, then representatives, then the chief executives)
    ("12. Disputes\nAny disagreement about an invoice shall be escalated first to the account managers and then to "
     "the managing directors of both parties.\n", "met"),
    ("12. Governance\nA matter on which the joint board cannot reach consensus shall be escalated to the chief "
     "executives of the parties.\n", "met"),
    # an incident that moves up, even when the same sentence names a dispute over it
    ("12. Support\nA Priority 1 ticket that is not resolved within two hours is escalated to the Provider's Service "
     "Delivery Manager.\n", "met"),
    ("12. Support\nIf the parties disagree about an incident's priority, the incident is escalated to the "
     "Provider's Head of Service within one hour.\n", "met"),
])
def test_a_dispute_ladder_and_an_incident_route_are_escalation_paths(tmp_path, rulebook, body, expected):
    assert status(tmp_path, rulebook, "SLA-ESCALATION", body) == expected


CONTENTS = ("Contents\n\n1. Definitions\n2. Services\n3. Fees\nSchedule A - Service Levels\n"
            "Schedule B - Escalation Procedure\n\n1. Definitions\n\n1.1 \"Site\" means the Customer's depot at Leeds.\n\n"
            "2. Services\n\n2.1 The Provider shall maintain the Customer's warehouse network.\n\n"
            "3. Fees\n\n3.1 The Customer shall pay a monthly fee of GBP 900.\n")


def test_the_last_line_of_a_contents_list_that_runs_into_the_agreement_is_contents():
    from checker.ingest import document_from_text
    from checker.nlp.clauses import type_clauses
    document = document_from_text(CONTENTS)
    types = type_clauses(document)
    listed = [s for s in document.iter_sections() if (s.number or "").startswith("Schedule")]
    assert [types[id(s)] for s in listed] == ["contents", "contents"]


def test_an_escalation_procedure_named_only_in_the_contents_is_missing(tmp_path, rulebook):
    assert status(tmp_path, rulebook, "SLA-ESCALATION", CONTENTS) == "missing"


@pytest.mark.parametrize(("body", "expected"), [
    # the heading names backups, the clause gives them to the customer's own team and denies the provider any
    ("6. Backups\nThe Customer's in-house team runs the backup jobs and tests restores each quarter. The Provider has "
     "no backup duties.\n", "missing"),
    # guards: a provider's duty in the same clause stands; a denial that is a list of exceptions denies nothing
    ("6. Backups\nThe Customer's in-house team keeps its own archive copies. The Provider has no backup duties for "
     "those archives. The Provider shall back up the file servers every night and keep each copy for 30 days.\n",
     "met"),
    ("6. Backups\nBackups of the file servers are taken every night and kept for thirty days. There is no backup "
     "duty for the following: personal folders and test systems.\n", "met"),
])
def test_a_clause_that_denies_the_provider_a_duty_is_not_the_provider_s(tmp_path, rulebook, body, expected):
    assert status(tmp_path, rulebook, "CONT-BACKUP", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # health data disclaimed is not handled: HIPAA does not apply
    ("7. Data\nThe Services do not involve protected health information, and the Provider is not a business "
     "associate of the Customer.\n", "not_applicable"),
    ("7. Data\nThis Agreement is not subject to HIPAA, as the Provider's engineers see no patient records.\n",
     "not_applicable"),
    # guard: health data handled
    ("7. Data\nThe Provider will host patient records for the Customer's clinics and shall comply with HIPAA as a "
     "business associate.\n", "met"),
])
def test_health_data_disclaimed_does_not_trigger_hipaa(tmp_path, rulebook, body, expected):
    body += "\n8. Governing Law\nThis Agreement is governed by the laws of the State of Ohio.\n"
    assert status(tmp_path, rulebook, "DATA-HIPAA", body) == expected


def test_what_disclaims_health_data_is_the_rulebook_s_word_list(tmp_path, rulebook):
    """One list of disclaimers, the rulebook's `disclaimed` (DATA-HIPAA's excludes share it): a pack that
    redefines it decides which mentions of health data leave HIPAA not applicable."""
    from checker.rulebook import load_rulebook
    playbook = tmp_path / "own-disclaimers.yaml"
    playbook.write_text("schema: checker.rulebook/1\nname: own-disclaimers\nversion: '1'\nextends: default\n"
                        "words:\n  disclaimed: ['\\bsees\\s+no\\s+patients\\b']\n", encoding="utf-8")
    body = ("7. Data\nThe Provider sees no patients and keeps no clinical files.\n\n"
            "8. Governing Law\nThis Agreement is governed by the laws of the State of Ohio.\n")
    assert status(tmp_path, rulebook, "DATA-HIPAA", body) == "missing"
    assert status(tmp_path, load_rulebook(playbook), "DATA-HIPAA", body) == "not_applicable"


@pytest.mark.parametrize(("body", "expected"), [
    # the clause opens with a sub-clause's title, then only points to the limits of an agreement not in the package
    ("8. Limitation of Liability\n8.1 Liability Caps. Each party's total liability arising out of this Addendum "
     "is subject to the exclusions and limitations of liability set out in the Agreement.\n", "missing"),
    # guard: the same title over a cap of its own
    ("8. Limitation of Liability\n8.1 Liability Caps. Each party's total liability arising out of this Addendum "
     "shall not exceed the fees paid in the twelve (12) months before the claim.\n", "met"),
])
def test_a_sub_clause_title_is_not_the_clause(tmp_path, rulebook, body, expected):
    assert status(tmp_path, rulebook, "LIAB-CAP", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # service levels handed to a web page: the package does not hold it, the provision is only a pointer
    ("4. Service Levels\nThe Provider shall meet the availability targets published at "
     "www.tallis.example/service-levels.\n", "missing"),
    ("4. Service Levels\nThe Provider shall meet the availability targets available on its website.\n", "missing"),
    # guard: the targets stated here
    ("4. Service Levels\nThe Provider shall keep the hosted platform available 99.9% of each calendar month.\n",
     "met"),
])
def test_a_provision_found_only_on_a_web_page_is_a_pointer(tmp_path, rulebook, body, expected):
    assert status(tmp_path, rulebook, "SLA-AVAILABILITY", body) == expected
