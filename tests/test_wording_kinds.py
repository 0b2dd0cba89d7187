"""Core elements in kinds of wording rather than one contract's words: a verb family the rules did not
know (end / walk away / dissolve for terminate; recompense / deduction for credits; reachable / usable
for available; pick up / take ownership for respond; tell / let know for notify), a shape (a clock time
written with a dot, a plain-English "What X provides" heading) and a kind of decoy (a clause that only
says what is never limited, health data barred from a service, a backup the customer keeps, a priority
defined by an outage). Every text is our own; each case failed before the rules learned its kind."""

from pathlib import Path

import pytest

from checker.rulebook import load_rulebook
from rule_findings import finding_of as rule_finding

PREAMBLE = ('SUPPORT AGREEMENT\n\nThis Agreement is made between Tarnbrook Systems Ltd ("Supplier") and '
            'Ellerby Dental LLP ("Client").\n\n1. Background\nThe Client runs four surgeries.\n\n')


def status(tmp_path: Path, rulebook, rule_id: str, body: str) -> str:
    return rule_finding(tmp_path, rulebook, rule_id, PREAMBLE + body).status


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # ending the agreement in other verbs
    ("TERM-CONVENIENCE", "2. Exit\nEither party can walk away from this Agreement on sixty (60) days' written warning, "
                         "for any reason or none.\n", "met"),
    ("TERM-CONVENIENCE", "2. Exit\nThe Client may end the engagement at any time by giving ten business days' written "
                         "notice.\n", "met"),
    ("TERM-CONVENIENCE", "2. Exit\nThe Client may dissolve the contract at any time on two months' written notice.\n",
     "met"),
    ("TERM-CONVENIENCE", "2. Exit\nThe Client may bring the arrangement to a close for any reason by giving one "
                         "month's notice.\n", "met"),
    ("TERM-CAUSE", "2. Suspension\nThe Supplier may close the Client's account at once if the Client breaks clause 4 or "
                   "if the Client's payment remains unpaid for 20 days.\n", "met"),
    # money back for a missed level, by other names
    ("SLA-REMEDIES", "2. Late fixes\nFor each P1 call put right late, the Client receives a recompense of ten percent "
                     "(10%) of that quarter's support charges.\n", "met"),
    ("SLA-REMEDIES", "2. Uptime\nIf uptime in any month falls short of the target, the Client is given one free month "
                     "of hosting.\n", "met"),
    # guard: a share of a fee given back for paying early is a price, not a remedy
    ("SLA-REMEDIES", "2. Payment\nThe Client receives a discount of 2% of the invoice for early payment.\n", "missing"),
    # up in other words
    ("SLA-AVAILABILITY", "2. Portal\nThe booking portal will be reachable for no less than 99.8% of the minutes in "
                         "each month.\n", "met"),
    ("SLA-AVAILABILITY", "2. Portal\nThe Supplier commits to a 99.9% reachability figure for the booking portal.\n",
     "met"),
    # the first touch on a call
    ("SLA-RESPONSE", "2. Calls\nA Supplier engineer will take ownership of each Priority 2 ticket within two (2) "
                     "hours.\n", "met"),
    ("SLA-RESPONSE", "2. Calls\nThe Supplier will acknowledge every support request promptly.\n", "weak"),
    # telling the customer of an intrusion
    ("DATA-BREACH", "2. Intrusions\nIf Supplier staff find that an attacker has entered the surgery network, the "
                    "Supplier will telephone the Client's practice manager within six (6) hours.\n", "met"),
    ("DATA-BREACH", "2. Data\nIf the Supplier becomes aware of a personal data breach, it will let the Client know "
                    "without undue delay.\n", "weak"),
    # the charges row of a details table, after a "Service Credits | Not applicable" row
    ("COMM-PRICING", "2. Order details\n| Item | Detail |\n|---|---|\n| Service Credits | Not applicable to this order |\n"
                     "| Charges | Fixed annual support charge of £52,000, invoiced quarterly in arrears |\n", "met"),
    # a clock time written with a dot
    ("SCOPE-HOURS", "2. Desk\nThe help desk is staffed from 8.15 am to 4.45 pm on weekdays.\n", "met"),
])
def test_a_kind_of_wording(tmp_path, rulebook, rule_id, body, expected):
    assert status(tmp_path, rulebook, rule_id, body) == expected


@pytest.mark.parametrize(("rule_id", "body"), [
    # a plain-English heading over the work, and upkeep of equipment as the service
    ("SCOPE-SERVICES", "2. What Tarnbrook provides\nTarnbrook visits each surgery monthly and answers calls from its "
                       "staff about their scanners.\n"),
    ("SCOPE-SERVICES", "2. Equipment\nThe Supplier will keep each intraoral scanner in good working order, parts and "
                       "labour included.\n"),
])
def test_the_service_in_other_shapes(tmp_path, rulebook, rule_id, body):
    assert status(tmp_path, rulebook, rule_id, body) in ("met", "weak")


@pytest.mark.parametrize(("rule_id", "body"), [
    # a liability clause that only says what is never limited, over a sub-clause on insurance
    ("LIAB-CAP", "2. Liability and insurance\n\n2.1 Nothing in this agreement limits or excludes either party's "
                 "liability for fraud or for death or personal injury caused by negligence.\n\n2.2 The Supplier will "
                 "keep public liability cover of £2,000,000 with a reputable insurer.\n"),
    # health data barred, a business associate agreement refused
    ("DATA-HIPAA", "2. Health data\nThe Client must not store protected health information in the ticketing tool, and "
                   "the Supplier will not sign a business associate agreement under HIPAA.\n"),
    # backups kept by the customer, or only checked by the supplier
    ("CONT-BACKUP", "2. Before changes\nBefore any upgrade, you will make sure that current backups of the practice "
                    "server exist.\n"),
    ("CONT-BACKUP", "2. Before changes\nThe Supplier shall confirm with the Client's office manager that a current "
                    "backup exists before each upgrade.\n"),
    # workers' compensation cover, or a fee named only as the measure of a liability cap, is no price
    ("COMM-PRICING", "2. Order details\n| Item | Detail |\n|---|---|\n| Insurance | Workers' compensation: as the law "
                     "requires |\n"
                     "| Liability Cap | The greater of $[ ] and [ ] times the total Charges payable under this order |\n"),
    # a priority defined by an outage is no uptime commitment
    ("SLA-AVAILABILITY", "2. Priorities\n| Priority | Meaning | Response |\n|---|---|---|\n| P1 | Practice system "
                         "unavailable in every surgery | 30 minutes |\n"),
])
def test_a_decoy_of_the_kind(tmp_path, rulebook, rule_id, body):
    assert status(tmp_path, rulebook, rule_id, body) not in ("met", "weak")


def test_a_word_list_may_use_one_declared_above_it(tmp_path):
    from checker.errors import RulebookError
    book = tmp_path / "book.yaml"
    book.write_text(
        "schema: checker.rulebook/1\nname: t\nversion: '1'\nwords:\n  thing: ['agreement', 'contract']\n"
        "  end: ['terminat\\w*', 'end\\s+the\\s+{{thing}}']\nrules:\n"
        "  - id: T-1\n    element: termination.notice\n    title: t\n    category: c\n    severity: low\n    why: w\n"
        "    fix: f\n    kind: clause\n    find:\n      patterns: ['\\b{{end}}\\b']\n"
        "    examples:\n      met: 'Either party may end the contract.'\n      missing: 'Nothing here.'\n", encoding="utf-8")
    assert load_rulebook(book).get("T-1").spec["find"].patterns[0].pattern == \
        r"\b(?:terminat\w*|end\s+the\s+(?:agreement|contract))\b"
    book.write_text(book.read_text().replace("{{thing}}", "{{things}}"), encoding="utf-8")
    with pytest.raises(RulebookError) as error:
        load_rulebook(book)
    assert "'{{things}}', not declared above it" in str(error.value)
