"""The element vocabulary: what a sound IT support contract must contain.

Every rule checks one element; element ids are shared with the JSON report and the
labelled evaluation corpus. `core` elements are the ones the product must always check.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Element:
    id: str
    category: str
    core: bool
    description: str


_TABLE = [
    ("parties", "General", False, "who contracts with whom, each party named with its role (provider, customer)"),
    ("term", "General", False, "when the agreement starts and how long it runs, or when it ends"),
    ("renewal", "General", False, "whether the agreement renews, for how long, and how either side can stop a renewal"),
    ("scope.services", "Scope", True, "the services the provider delivers: help desk, maintenance, monitoring, patching, hardware, software"),
    ("scope.exclusions", "Scope", False, "what the provider does not support or excludes from the services"),
    ("scope.hours", "Scope", True, "when support is available: 24x7, business hours, weekends and holidays"),
    ("scope.delivery", "Scope", False, "how support is delivered: on site or remote, and by which channels (phone, email, portal)"),
    ("sla.response", "Service levels", True, "committed times to respond to or acknowledge an incident, ideally per priority"),
    ("sla.resolution", "Service levels", True, "committed times to resolve, restore or work around an incident"),
    ("sla.availability", "Service levels", True, "an uptime percentage, how it is measured and what is excluded"),
    ("sla.remedies", "Service levels", True, "service credits or other remedies when a service level is missed"),
    ("sla.reporting", "Service levels", False, "regular reports of performance against the service levels"),
    ("escalation", "Service levels", True, "an escalation path: levels or named roles and when an issue moves up"),
    ("data.confidentiality", "Data protection", True, "each party's duty to keep the other's information confidential"),
    ("data.protection", "Data protection", True, "compliance with data-protection law (GDPR and others) and processing terms"),
    ("data.hipaa", "Data protection", True, "HIPAA terms and a business associate agreement where health data is handled"),
    ("data.security", "Data protection", True, "security measures: encryption, access control, recognised standards, vulnerability management"),
    ("data.breach", "Data protection", True, "notice of a security incident or data breach within a stated time"),
    ("data.return", "Data protection", False, "return or deletion of the customer's data when the agreement ends"),
    ("backup", "Continuity", True, "backups (frequency, retention, restore tests) and disaster recovery (RPO, RTO)"),
    ("liability.cap", "Liability", True, "a limit on what can be recovered: an amount, a formula, or excluded kinds of loss"),
    ("liability.carve_outs", "Liability", False, "liabilities left outside the cap or unlimited"),
    ("liability.indemnity", "Liability", False, "indemnities one party gives the other"),
    ("insurance", "Liability", False, "insurance a party must hold, typically the provider"),
    ("termination.notice", "Termination", True, "a right to end the agreement or a service without cause, on a stated notice period"),
    ("termination.cause", "Termination", True, "a right to end the agreement for material breach, with a cure period"),
    ("termination.transition", "Termination", False, "exit and transition assistance, services after termination"),
    ("pricing", "Commercial", True, "the fees, the pricing model and payment terms"),
    ("pricing.extras", "Commercial", False, "charges for additional or out-of-scope work"),
    ("governance", "Governance", False, "points of contact, an account manager, service review meetings"),
    ("audit", "Governance", False, "a right to audit or inspect the other party's records, premises or security"),
    ("warranty", "Commercial", False, "warranties on the services and how long they last"),
    ("governing_law", "General", False, "the governing law and where disputes are decided"),
    ("staff", "Governance", False, "staff qualifications, vetting and the use of subcontractors"),
    ("customer.obligations", "Governance", False, "what the customer must do: access, information, cooperation"),
    ("signatures", "General", False, "a signature block for both parties"),
]

DRAFTING = "drafting."  # drafting.placeholders, ...: the hygiene rules' own elements, one per rule
ELEMENTS: dict[str, Element] = {row[0]: Element(*row) for row in _TABLE}
CORE_ELEMENTS = [e.id for e in ELEMENTS.values() if e.core]


def is_element(element_id: str) -> bool:
    return element_id in ELEMENTS or element_id.startswith(DRAFTING)


def category_of(element_id: str) -> str:
    known = ELEMENTS.get(element_id)
    return known.category if known else "Drafting" if element_id.startswith(DRAFTING) else "Other"
