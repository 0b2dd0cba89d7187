"""Provisions in the words of other firms and of templates: each text is our own, written in the
way real contracts put the clause (a table cell, a disclaimer, a fill-in field); every case failed
before the rule or the finder learned it, but the few marked 'guard'."""

from pathlib import Path

import pytest

from checker.review import review_documents, review_paths
from checker.ingest import load_document
from rule_findings import finding_of as rule_finding

PREAMBLE = ('HOSTING AND SUPPORT AGREEMENT\n\nThis Agreement is made between Kestrel Cloud Inc. ("Vendor") and '
            'Marlow Stores LLC ("Client").\n\n1. Services\nThe Vendor shall host the Client\'s web shop.\n\n')
# no title that names a kind of service: the heading-only matches of a "SUPPORT AGREEMENT" stay out of the way
BARE_PREAMBLE = 'AGREEMENT\n\nThis Agreement is made between Kestrel Cloud Inc. ("Vendor") and Marlow Stores LLC ("Client").\n\n'


def finding_of(tmp_path: Path, rulebook, rule_id: str, body: str, preamble: str = PREAMBLE):
    return rule_finding(tmp_path, rulebook, rule_id, preamble + body)


def status(tmp_path: Path, rulebook, rule_id: str, body: str) -> str:
    return finding_of(tmp_path, rulebook, rule_id, body).status


@pytest.mark.parametrize(("rule_id", "body"), [
    ("SLA-REPORTING", "2. Reporting\nThe Vendor shall provide the Client with reports pertaining to the performance of "
                      "the hosting services.\n"),
    ("SLA-REPORTING", "2. Service Levels\nThe Vendor commits to provide monthly measurements of the service levels.\n"),
    ("SLA-REPORTING", "2. Monitoring\nThe Client shall have on-line access to real-time data on the availability and "
                      "performance of the web shop.\n"),
    ("SCOPE-EXCLUSIONS", "2. Scope\nThe Vendor will not provide any services not specified in clause 1.\n"),
    ("SCOPE-EXCLUSIONS", "2. Scope\nThis Agreement is not an agreement for the Vendor to provide content creation "
                         "services.\n"),
    ("SCOPE-EXCLUSIONS", "2. Scope\nService does not include the replacement of consumables such as toner.\n"),
    ("SCOPE-EXCLUSIONS", "2. Scope\nThe Vendor assumes no responsibility for the operation of the Client's own "
                         "servers.\n"),
    ("GOV-GOVERNANCE", "2. Governance\nThe parties shall form a supervision commission of persons appointed for that purpose.\n"),
    ("GOV-GOVERNANCE", "2. Governance\nThe Vendor and the Client will confer not less frequently than monthly on "
                       "capacity.\n"),
    ("GOV-GOVERNANCE", "2. Contacts\nPrincipal contact for the Client: Dana Reyes.\n"),
    ("GOV-AUDIT", "2. Fees\nSuch books and records shall be open for inspection by the Client's accountants during "
                  "the Vendor's normal business hours.\n"),
    ("GOV-AUDIT", "2. Fees\nThe Vendor shall make said books available to the Client on reasonable notice.\n"),
    ("GOV-AUDIT", "2. Fees\nThe Vendor shall permit such records to be examined by the Client's representatives.\n"),
    ("LIAB-INSURANCE", "2. Cover\nThe Vendor shall, during the Initial Term and any renewal term and for one year "
                       "after it, obtain and maintain at its own cost general liability insurance.\n"),
    ("LIAB-INSURANCE", "2. Cover\nThe Vendor shall arrange product liability insurance.\n"),
    ("LIAB-CAP", "2. Remedies\nEach party waives any claim to punitive or consequential damages against the other.\n"),
    ("LIAB-CAP", "2. Remedies\nNotwithstanding the foregoing, neither party shall be responsible to the other in respect "
                 "of any indirect loss.\n"),
    ("LIAB-CAP", "2. Remedies\nAny reimbursement claimed under this indemnity shall not exceed the payments received "
                 "by the Vendor.\n"),
    # a US managed-services wording: the verb 'acknowledge' with its tickets, plural nouns, a credit received
    ("SLA-RESPONSE", "2. Service Levels\nThe Vendor will acknowledge Critical tickets within fifteen (15) minutes.\n"),
    ("SLA-RESPONSE-P1", "2. Service Levels\nThe Vendor will acknowledge Critical tickets within fifteen (15) minutes.\n"),
    ("SLA-REMEDIES", "2. Service Levels\nIf the Vendor misses the availability target in any month, the Client will "
                     "receive a credit equal to ten percent (10%) of that month's fee.\n"),
    # a UK call-off wording: a 24-hour clock, 'attend to a fault within', charges withheld for missed KPIs,
    # a report 'each calendar month'
    ("SCOPE-HOURS", "2. Availability\nThe Services shall be available between 08:00 and 17:30 on Working Days.\n"),
    ("SLA-RESPONSE-P1", "2. Performance\nThe Vendor shall attend to a Severity 1 fault within 1 hour of it being "
                        "logged.\n"),
    ("SLA-REMEDIES", "2. Performance\nWhere the Vendor fails to achieve the Key Performance Indicators in two "
                     "consecutive months, the Client may withhold 5% of the Charges until performance is restored.\n"),
    # plain-English subscription terms ("we" / "you")
    ("SLA-RESPONSE-P1", "2. Support\nWe will reply to urgent tickets within 2 hours.\n"),
    ("DATA-BREACH-DEADLINE", "2. Your data\nIf we become aware of unauthorised access to your data we will tell you "
                             "within 72 hours.\n"),
    ("DATA-RETURN", "2. Your data\nWhen your subscription ends you can export your data for 30 days, after which we "
                    "delete it.\n"),
    ("GOV-AUDIT", "2. Books and Records\nUpon reasonable request, the Vendor will make its books and records relating "
                  "to the services available to the Client.\n"),
    # the provision itself, in the words the exclusions above must leave alone
    ("SCOPE-HOURS", "2. Support\nThe help desk is staffed during normal business hours, and calls received outside "
                    "them are answered the next business day.\n"),
    ("CONT-BACKUP", "2. Backups\nThe Vendor shall back up the Client's data daily and keep each backup for thirty "
                    "days.\n"),
    ("DATA-SECURITY", "2. Operations\nThe Vendor shall assure the security of the access to the shop's "
                      "information.\n"),
    ("TERM-CAUSE", "2. Payment\nThe Vendor may cancel this Agreement if the Client does not remit payment of its "
                   "invoices.\n"),
    ("TERM-CONVENIENCE", "2. Term\nIn the event that the Client desires to end the Agreement before the Expiry Date "
                         "and terminate it, it shall provide the Vendor with at least 60 days prior written notice.\n"),
    ("TERM-CONVENIENCE", "2. Term\nThe Client shall have the right at any time before 31 December 2027 to terminate this "
                         "Agreement by giving written notice to the Vendor.\n"),
    ("TERM-CONVENIENCE", "2. Term\nThis Agreement may be terminated in the following events: (a) by the Vendor, if the "
                         "Client does not pay; (d) by either party upon sixty (60) days prior written notice.\n"),
    ("TERM-CONVENIENCE", "2. Termination\nIf the Client wishes to terminate this Agreement for convenience, it shall "
                         "give the Vendor ninety (90) days' written notice.\n"),
])
def test_a_provision_in_other_words_is_found(tmp_path, rulebook, rule_id, body):
    assert status(tmp_path, rulebook, rule_id, body) in ("met", "weak")


@pytest.mark.parametrize(("rule_id", "body"), [
    # a usage report is not a report on the service levels
    ("SLA-REPORTING", "2. Reports\nThe Vendor shall send the Client a monthly report of user activity on the web "
                      "shop.\n"),
    # an exception to a duty to give audit information is not a scope exclusion
    ("SCOPE-EXCLUSIONS", "2. Audit\nThe Client may audit the Vendor's records. However, the Vendor is not required "
                         "to provide any records that would breach its confidentiality duties.\n"),
    # the examples in a template's fill-in field are not terms
    ("GOV-GOVERNANCE", "2. Client Obligations\n[Fill in the Client's obligations, e.g., identifying a single point "
                       "of contact, limits on use of the deliverables.]\n"),
    # a refund on termination is not the pricing
    ("COMM-PRICING", "2. Termination\nIf the Client terminates for the Vendor's breach, the Vendor will pay the Client "
                     "a prorated refund of prepaid fees.\n"),
])
def test_a_keyword_in_another_kind_of_provision_is_not_the_provision(tmp_path, rulebook, rule_id, body):
    assert status(tmp_path, rulebook, rule_id, body) == "missing"


@pytest.mark.parametrize("body", [
    # the carve-out points back at the sentence that limits liability
    "2. Liability\nNeither party shall be liable for indirect or consequential damages. The foregoing shall not limit "
    "the indemnification obligations in clause 3.\n",
    "2. Liability\nEach party's total liability is limited to the fees paid; provided, however, that this limitation "
    "shall not apply with respect to claims arising from a party's gross negligence.\n",
    "2. Liability\nNEITHER PARTY IS LIABLE FOR INDIRECT OR CONSEQUENTIAL DAMAGES; PROVIDED THAT THIS CLAUSE 2 SHALL NOT BE "
    "CONSTRUED TO LIMIT EITHER PARTY'S RIGHT TO SEEK INDEMNITY.\n",
    "2. Liability\nEach party's liability is limited to the fees paid. None of the foregoing limitations shall apply "
    "to a breach of clause 3 (Confidentiality).\n",
    "2. Liability\nEach party's liability is limited to the fees paid in the prior year. Notwithstanding the preceding "
    "sentences, this clause will not limit the liability of a party for its gross negligence.\n",
    # a long lead-in of exceptions, numbered clauses and all, before the limitation
    "2. Liability\nEXCEPT IN CONNECTION WITH A BREACH BY A PARTY OF CLAUSE 6 OR CLAUSE 7.2.3 (DATA) AND THE "
    "OBLIGATIONS OF THE VENDOR UNDER CLAUSE 8.1(b) (CLAIMS BY THIRD PARTIES), NEITHER PARTY WILL BE LIABLE FOR ANY "
    "INDIRECT OR CONSEQUENTIAL DAMAGES.\n",
    "2. Liability\nEach party's liability is limited to the fees paid. This limitation does not, however, apply to a "
    "party's duty to hold the other harmless from claims.\n",
    "2. Limits\nNotwithstanding clause 1, neither party excludes or limits any liability for fraud or for death "
    "caused by its negligence.\n",
])
def test_a_carve_out_from_the_cap_in_other_words(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "LIAB-CARVE-OUTS", body) in ("met", "weak")


def test_customers_direct_and_indirect_are_no_cap_words(tmp_path, rulebook):
    # "indirect" names customers here, not damages: an exception to an indemnity, not a carve-out from a cap
    body = ("2. Indemnity\nThe Vendor shall indemnify the Client and its customers (both direct and indirect), "
            "successors and assigns against all claims arising from the services, except to the extent of the "
            "Client's negligence or wilful misconduct.\n")
    assert status(tmp_path, rulebook, "LIAB-CARVE-OUTS", body) == "missing"


def test_an_exception_to_an_indemnity_is_not_a_carve_out_from_the_cap(tmp_path, rulebook):
    # "including, without limitation" and "including but not limited to" are not words about a cap
    body = ("2. Indemnity\nThe Vendor shall indemnify the Client against all claims, including, without limitation, "
            "claims including but not limited to infringement, except to the extent caused by the Client's "
            "negligence or wilful misconduct.\n")
    assert status(tmp_path, rulebook, "LIAB-CARVE-OUTS", body) == "missing"


@pytest.mark.parametrize("body", [
    "2. Term\nThis Agreement runs for three years. By mutual agreement of the parties, the term may be extended by "
    "successive periods of one (1) year.\n",
    "2. Disputes\nWhere an action must be taken within a set period and the action is held up by an arbitration, "
    "that period shall automatically be extended by the days the arbitration took.\n",
    "2. Term\nThis Agreement ends on 31 December 2028, unless the parties agree in writing to extend the term (the "
    "initial term and any renewal terms together being the Term).\n",
    "2. Term\nAfter the Initial Term this Agreement may only be renewed if the managers of both parties agree in "
    "writing, before the Initial Term or any renewal term expires, to a renewal term.\n",
])
def test_an_extension_that_is_no_renewal_right(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "GEN-RENEWAL", body) == "missing"


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    ("TERM-TRANSITION", "2. Termination\nUpon termination, the Vendor shall perform the knowledge transfer the Client "
                        "needs to run the shop itself.\n", "found"),
    ("TERM-TRANSITION", "2. Term\nOn expiry the Vendor shall hand over the hosting to the Client's new provider.\n",
     "found"),
    ("TERM-TRANSITION", "2. Termination\nUpon termination of this Agreement the Client may continue to use the "
                        "printed manuals for thirty (30) days.\n", "found"),
    ("TERM-TRANSITION", "2. Termination\nThe Client shall have six (6) months to exhaust its inventories of branded "
                        "packaging.\n", "found"),
    ("TERM-TRANSITION", "2. Orders\nShould this Agreement expire during a project, all remaining work of each order "
                        "will be completed on these terms.\n", "found"),
    # other words for the same help: "in case of" termination; moving services to another provider
    ("TERM-TRANSITION", "2. Ending\nIn case of termination, the Vendor will assist the Client with the move to a new "
                        "supplier.\n", "found"),
    ("TERM-TRANSITION", "2. Licence\nThe Client may keep using the software for as long as it needs to transition "
                        "its payroll services to another vendor.\n", "found"),
    # the agreement's own "Transition Services", and an outsourcing's opening transition phase, are no exit
    ("TERM-TRANSITION", "2. Transition Services Provided\n2.1 Transition Services. Following the sale of the "
                        "business, the Vendor will provide the Transition Services listed in Exhibit A to the "
                        "Client.\n", "missing"),
    ("TERM-TRANSITION", "2. Onboarding\nDuring the Transition Period the Vendor shall take over the running of the "
                        "help desk from the Client's staff under the Transition Plan.\n", "missing"),
    # a list item that is a convenience exit, and one that is a right on an event (a guard)
    ("TERM-CONVENIENCE", "2. Termination\nThis Agreement shall be terminable (a) by the Vendor (i) at once in the "
                         "event that the Client's account is hacked or (ii) upon ninety (90) days' written notice to "
                         "the Client.\n", "found"),
    ("TERM-CONVENIENCE", "2. Ending\nEither party may end the rights and duties in this Agreement:\n(a) Upon "
                         "thirty (30) days' written notice if the other party fails to pay any invoice on time, or\n"
                         "(b) Upon thirty (30) days' written notice if the other party becomes insolvent.\n",
     "missing"),
    # handing data to a subprocessor is not an exit
    ("TERM-TRANSITION", "2. Subprocessors\nThe Vendor will not transfer or hand over any Client data to a "
                        "subprocessor unless the Client approves it.\n", "missing"),
    # an exit on a change of control, or by written agreement, is no convenience exit
    ("TERM-CONVENIENCE", "2. Termination for Change of Control\nEither party may terminate this Agreement on thirty "
                         "(30) days' written notice.\n", "missing"),
    ("TERM-CONVENIENCE", "2. Termination\nThe parties may terminate this Agreement at any time by written "
                         "agreement.\n", "missing"),
])
def test_exits_and_transitions(tmp_path, rulebook, rule_id, body, expected):
    found = status(tmp_path, rulebook, rule_id, body)
    assert (found in ("met", "weak")) if expected == "found" else found == "missing", found


def test_a_warranty_whose_period_is_redacted_states_a_duration(tmp_path, rulebook):
    body = ("2. Warranty\nThe Vendor warrants that the software will for a period of [***] from delivery be free "
            "from defects.\n\nConfidential treatment has been requested for the redacted portions.\n")
    assert status(tmp_path, rulebook, "COMM-WARRANTY", body) == "met"


@pytest.mark.parametrize(("clause", "words"), [
    ("Each party's aggregate liability under this Agreement shall not exceed $1,000,000.", "both parties (mutual)"),
    ("The Vendor's total liability under this Agreement shall not exceed $500,000.", "Vendor only (one-sided)"),
    ("In no event shall the Client's aggregate liability exceed $10,000.", "Client only (one-sided)"),
])
def test_a_liability_cap_says_whose_liability_it_limits(tmp_path, rulebook, clause, words):
    finding = finding_of(tmp_path, rulebook, "LIAB-CAP", "2. Limitation of Liability\n" + clause + "\n")
    assert finding.status == "met" and finding.message.endswith(words), finding.message


def test_a_figure_referred_to_a_part_the_package_holds_is_not_said_to_be_missing(tmp_path, rulebook):
    msa = tmp_path / "msa.txt"
    msa.write_text(PREAMBLE + "2. Support\nThe Vendor shall respond to Priority 1 incidents within the time specified "
                   "in the SLA.\n", encoding="utf-8")
    sla = tmp_path / "sla.txt"
    sla.write_text("SERVICE LEVEL AGREEMENT\n\n1. Support\nThe Vendor provides support by telephone and e-mail.\n",
                   encoding="utf-8")
    alone = review_documents([load_document(msa)], rulebook)
    [finding] = [f for f in alone.findings if f.rule == "SLA-RESPONSE-P1"]
    assert finding.status == "missing" and "does not hold" in finding.message
    package = review_documents([load_document(msa), load_document(sla)], rulebook)
    [finding] = [f for f in package.findings if f.rule == "SLA-RESPONSE-P1"]
    assert finding.status == "weak" and "holds it" in finding.message, finding.message


@pytest.mark.parametrize("body", [
    "2. Delivery\nThe Client shall inspect the products promptly upon receipt for damage or shortage.\n",
    "2. Arbitration\nAt any hearing each party shall have the right to examine witnesses.\n",
])
def test_inspecting_goods_or_witnesses_is_no_audit_right(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, "GOV-AUDIT", body) == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # business hours that limit an audit or a visit, or say when a notice is received, are no support hours
    ("SCOPE-HOURS", "2. Fees\nThe Client may audit the Vendor's invoices once a year; each audit shall be carried out "
                    "during the Vendor's normal business hours.\n"),
    ("SCOPE-HOURS", "2. Site Visits\nThe Client may tour the data centre during normal working hours on ten days' "
                    "notice.\n"),
    ("SCOPE-HOURS", "2. Miscellaneous\nA notice sent by e-mail is received when sent, if sent during the business "
                    "hours of the recipient.\n"),
    ("SCOPE-HOURS", "2. Distribution\nThe Vendor shall keep an office where it can be reached during regular "
                    "business hours.\n"),
    ("SCOPE-HOURS", "2. Staff\nThe Vendor shall respect the maximum working hours set by law.\n"),
    # guard (held before): section numbers are no 24-hour clock
    ("SCOPE-HOURS", "2. Survival\nSections 6.01 and 6.02, 11.4 and 11.6 survive termination.\n"),
    # a notice of infringement, an order acknowledgment, a dispute put to executives, damages for a
    # construction delay: the words of a service level in a clause about something else
    ("DATA-BREACH", "2. Marks\nThe Client shall promptly notify the Vendor of any unauthorized use of the Vendor's "
                    "trademarks.\n"),
    ("DATA-BREACH", "2. Confidentiality\nEach party shall protect the other's information so as to prevent its "
                    "unauthorized disclosure, and shall give notice before it moves offices.\n"),
    ("SLA-RESPONSE", "2. Orders\nThe Vendor will issue an order acknowledgment within five (5) business days of "
                     "receiving a purchase order.\n"),
    ("SLA-RESOLUTION", "2. Disputes\nIf the executives cannot resolve the issue within ten days, either party may "
                       "refer it to mediation.\n"),
    ("SLA-REMEDIES", "2. Build\nThe sum payable for late completion of the fit-out shall be deemed liquidated "
                     "damages.\n"),
    ("SLA-REMEDIES", "2. Default\nThe Vendor may terminate this Agreement if the Client commits persistent breaches of "
                     "it.\n"),
    ("SLA-AVAILABILITY", "2. Disclaimer\nTHE VENDOR DOES NOT WARRANT THAT THE WEB SHOP WILL OPERATE WITHOUT "
                         "INTERRUPTION.\n"),
    # care to keep information secret is confidentiality; a promise that a deliverable holds no virus is quality;
    # a security policy whose content is a fill-in field says nothing yet
    ("DATA-SECURITY", "2. Confidentiality\nThe Vendor will take all reasonable precautions to prevent any unauthorized "
                      "disclosure of Confidential Information by its staff.\n"),
    ("DATA-SECURITY", "2. Warranties\nThe Vendor warrants that the shop software will not contain any known viruses "
                      "or harmful code.\n"),
    ("DATA-SECURITY", "2. Key Terms\nSecurity Policy | {security_policy_description}\n"),
    # copies of confidential information left on backup media, or a second supplier, are no backup service
    ("CONT-BACKUP", "2. Return of Information\nOn termination each party shall destroy the other's Confidential "
                    "Information; copies held on its back-up tapes shall be destroyed in the ordinary course.\n"),
    ("CONT-BACKUP", "2. Supply\nThe Vendor shall help the Client qualify a backup supplier of the hardware.\n"),
    # a termination named in a condition of another duty is no convenience exit
    ("TERM-CONVENIENCE", "2. Stock\nIf the Vendor terminates the Agreement without cause, it shall buy back any "
                         "unopened stock from the Client at cost.\n"),
])
def test_a_keyword_in_a_clause_about_something_else(tmp_path, rulebook, rule_id, body):
    assert status(tmp_path, rulebook, rule_id, body) == "missing"


def test_a_clause_run_into_a_long_line_is_its_own_section(tmp_path, rulebook):
    # an EDGAR filing that lost its line breaks: a page of clauses on one line, the first under a disclaimer
    line = ("7.3 Disclaimer. EXCEPT AS STATED IN THIS AGREEMENT, THE VENDOR GIVES NO OTHER WARRANTIES, AND ALL IMPLIED "
            "WARRANTIES ARE EXCLUDED TO THE EXTENT THE LAW ALLOWS. 8. TERM AND TERMINATION. 8.1 Term. This Agreement "
            "begins on the Effective Date and continues for three (3) years. 8.2 Termination Without Cause. After the "
            "first anniversary of the Effective Date, either party may terminate this Agreement upon ninety (90) days' "
            "prior written notice to the other party. 8.3 Effect. Upon termination the Client shall pay the fees due.\n")
    path = tmp_path / "contract.txt"
    path.write_text(PREAMBLE + line, encoding="utf-8")
    document = load_document(path)
    headings = [(s.number, s.heading) for s in document.iter_sections()]
    assert ("8.2", "Termination Without Cause") in headings and ("8.3", "Effect") in headings
    report = review_documents([document], rulebook)
    [finding] = [f for f in report.findings if f.rule == "TERM-CONVENIENCE"]
    assert finding.status == "met" and finding.evidence[0].section == "8.2"


def test_services_only_pointed_to_in_a_document_the_package_lacks_are_not_described(tmp_path, rulebook):
    body = "2. Performance\nThe Vendor will perform the Services as detailed in an applicable SOW.\n"
    finding = finding_of(tmp_path, rulebook, "SCOPE-SERVICES", body, BARE_PREAMBLE)
    assert finding.status == "missing" and "only a reference" in finding.message.lower()


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # a heading about service credits is no description of the services
    ("SCOPE-SERVICES", "3. Service Credits\nIf availability falls below the target the Client receives a credit.\n",
     "missing"),
    # the statement of work a sentence mentions in passing does not make the exclusion a mere pointer
    ("SCOPE-EXCLUSIONS", "2. Hosting\nThe hosting services do not include any training or consulting services, which, "
                         "if needed, will be specified in a Statement of Work.\n", "found"),
])
def test_what_a_pointer_or_a_heading_says(tmp_path, rulebook, rule_id, body, expected):
    finding = finding_of(tmp_path, rulebook, rule_id, body, BARE_PREAMBLE)
    assert (finding.status in ("met", "weak")) if expected == "found" else finding.status == "missing", finding.status


def test_a_right_whose_match_runs_from_the_heading_is_read_from_its_clause(tmp_path, rulebook):
    # "Termination / The Vendor may terminate ... for convenience": the match starts in the heading, the verb that
    # says who holds the right is in the clause: a right of the Vendor only is no exit for the Client
    body = "3. Termination\n3.1 The Vendor may terminate this Agreement at any time for convenience by giving 90 days' notice.\n"
    finding = finding_of(tmp_path, rulebook, "TERM-CONVENIENCE", body, BARE_PREAMBLE)
    assert finding.status == "weak" and "Vendor" in finding.message


def test_a_report_each_calendar_month_states_its_frequency(tmp_path, rulebook):
    body = "2. Reporting\nThe Vendor shall provide the Client with a performance report each calendar month.\n"
    assert status(tmp_path, rulebook, "SLA-REPORTING", body) == "met"


def test_plain_english_terms_name_their_parties(tmp_path, rulebook):
    # guard (held before): "agreed between", ("we") ... ("you")
    text = ('# Subscription Terms\n\nThese terms are agreed between Orbital Desk Pty Ltd ("we", "us") and the '
            'organisation named in the Order ("you").\n\n## 1. Service\nWe host the helpdesk platform for you.\n')
    path = tmp_path / "terms.md"
    path.write_text(text, encoding="utf-8")
    report = review_documents([load_document(path)], rulebook)
    [finding] = [f for f in report.findings if f.rule == "GEN-PARTIES"]
    assert finding.status == "met"


@pytest.mark.parametrize("body", [
    "2. Liability\nOur total liability to you in any year is limited to the fees you paid us in that year.\n",
    "2. Liability\nEach party's aggregate liability shall not exceed the total fees paid under this Agreement.\n",
])
def test_a_cap_set_by_a_formula_is_measurable(tmp_path, rulebook, body):
    # a cap stated as the fees paid is an amount by reference (ELEMENTS: "an amount, or a formula")
    assert status(tmp_path, rulebook, "LIAB-CAP", body) == "met"


def test_a_letter_section_number_does_not_end_the_sentence(tmp_path, rulebook):
    # "Sections 6.C and 12": the dot of a clause number, not a sentence's end, inside a carve-out's window
    body = ("2. Liability\nEXCEPT FOR DAMAGES ARISING FROM A BREACH OF SECTIONS 6.C AND 12, IN NO EVENT WILL EITHER "
            "PARTY'S TOTAL LIABILITY EXCEED THE FEES PAID.\n")
    assert status(tmp_path, rulebook, "LIAB-CARVE-OUTS", body) in ("met", "weak")


CLINIC = ("MANAGED IT SERVICES AGREEMENT\n\nThis Agreement is made between Kestrel Cloud Pty Ltd (\"Supplier\") and "
          "Marlow Dental Pty Ltd (\"Customer\").\n\n1. Services\nThe Supplier shall support the practice software "
          "that holds the Customer's patient records.\n\n")


@pytest.mark.parametrize(("law", "clause", "expected"), [
    ("New South Wales", "", "not_applicable"),  # a US law's terms are not missing from an Australian contract
    ("the State of New York", "", "missing"),
    ("England and Wales", "", "not_applicable"),
    ("New South Wales", "3. Health data\nThe Supplier shall comply with HIPAA as a business associate of the "
                        "Customer.\n", "met"),  # a contract that takes the subject up is judged on it
])
def test_hipaa_is_written_for_us_law(tmp_path, rulebook, law, clause, expected):
    body = f"2. Law\nThis agreement is governed by the laws of {law}.\n{clause}"
    finding = finding_of(tmp_path, rulebook, "DATA-HIPAA", body, preamble=CLINIC)
    assert finding.status == expected, finding.message
    if expected == "not_applicable":
        assert "governed by the law of" in finding.message


# Australian drafting, written for these tests: a "Parties" block with roles in brackets and no quote marks,
# sentence-case clause headings, "must" for duties
AU_PREAMBLE = ("MANAGED IT SERVICES AGREEMENT\n\nParties\n\nKestrel Cloud Pty Ltd (ACN 111 222 333) of 1 Main "
               "Street, Perth WA 6000 (Supplier)\n\nMarlow Dental Pty Ltd (ACN 444 555 666) of 2 High Street, "
               "Hobart TAS 7000 (Customer)\n\nAgreed terms\n\n")


@pytest.mark.parametrize(("rule_id", "body"), [
    ("GEN-PARTIES", "1. Services\nThe Supplier must support the Customer's desktops.\n"),
    ("SLA-REMEDIES", "5. Service levels\nIf the Supplier misses the availability target in a month, the Customer "
                     "is entitled to a service rebate of 5% of the monthly fee.\n"),
    ("GEN-RENEWAL", "2. Term\nAt the end of the initial period this agreement continues for further periods of 12 "
                    "months each unless either party tells the other in writing 90 days before the end of a period "
                    "that it does not want it to continue.\n"),
    ("GEN-SIGNATURES", "12. General\nThis agreement is governed by the laws of Tasmania.\n\nSigned for Kestrel "
                       "Cloud Pty Ltd by its director: ____________\nSigned for Marlow Dental Pty Ltd by its "
                       "director: ____________\n"),
])
def test_australian_drafting_is_read(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=AU_PREAMBLE).status == "met"


def test_signature_lines_are_no_placeholders(tmp_path, rulebook):
    body = "12. General\nSigned for Kestrel Cloud Pty Ltd by its director: ____________\n"
    assert finding_of(tmp_path, rulebook, "DRAFT-PLACEHOLDERS", body, preamble=AU_PREAMBLE).status == "met"


def test_sentence_case_headings_type_their_clauses(tmp_path, rulebook):
    # "1. Definitions and interpretation" is a heading: its entries are definitions, not the provision
    body = ("1. Definitions and interpretation\nPersonal Information has the meaning given in the Privacy Act 1988 "
            "(Cth).\n\n6. Privacy and security\nThe Supplier must comply with the Privacy Act 1988 (Cth) when it "
            "handles Personal Information.\n")
    finding = finding_of(tmp_path, rulebook, "DATA-PROTECTION", body, preamble=AU_PREAMBLE)
    assert finding.status == "met"
    assert finding.evidence[0].quote.startswith("The Supplier must comply"), finding.evidence[0].quote


@pytest.mark.parametrize(("body", "expected"), [
    ("6. Security\nThe Supplier must protect Customer Data with encryption and multi-factor authentication.\n", "met"),
    ("6. Security\nThe Supplier must run a penetration test of the platform every year.\n", "met"),
    ("6. Security\nThe Supplier must maintain security measures appropriate to the risk.\n", "weak"),  # guard
])
def test_named_security_controls_measure_a_security_clause(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "DATA-SECURITY", body, preamble=AU_PREAMBLE).status == expected


@pytest.mark.parametrize(("rule_id", "body"), [
    # access to its own premises for on-site work is no audit right
    ("GOV-AUDIT", "4. Customer responsibilities\nThe Customer must give the Supplier safe access to its premises.\n"),
    # equipment out of its maker's warranty is no warranty the provider gives
    ("COMM-WARRANTY", "3. Services\nThe Services do not include repairs to equipment that is out of its "
                      "manufacturer's warranty.\n"),
    # a product liability heading is no limit on liability (guard: a heading since sentence case is read)
    ("LIAB-CAP", "10. Product liability and insurance\nThe Supplier shall defend the Customer against claims that "
                 "a product it supplied caused injury.\n"),
])
def test_a_keyword_of_another_provision_in_australian_drafting(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=AU_PREAMBLE).status == "missing"


# US public-sector drafting, written for these tests: ARTICLE headings in capitals, untitled numbered clauses
GOV_PREAMBLE = ('CONTRACT FOR IT SUPPORT SERVICES\n\nThis Contract is entered into by the COUNTY OF ALDER, acting by and '
                'through its DEPARTMENT OF ROADS (hereinafter "Department"), and BIRCH TECH, LLC (hereinafter '
                '"Contractor").\n\n')


def test_a_time_of_day_does_not_end_the_sentence(tmp_path, rulebook):
    body = ("ARTICLE 2. SCOPE OF WORK\n2.1 Contractor's helpdesk shall be staffed from 7:00 a.m. to 6:00 p.m. "
            "Pacific Time, Monday through Friday.\n")
    finding = finding_of(tmp_path, rulebook, "SCOPE-HOURS", body, preamble=GOV_PREAMBLE)
    assert finding.status == "met"
    assert finding.evidence[0].quote.startswith("Contractor's helpdesk shall be staffed from 7:00 a.m. to 6:00 p.m. "
                                                "Pacific Time"), finding.evidence[0].quote


@pytest.mark.parametrize(("rule_id", "body"), [
    ("SLA-ESCALATION", "ARTICLE 3. PERFORMANCE STANDARDS\n3.4 Problems Contractor cannot resolve shall be referred "
                       "first to Contractor's Account Manager, then to its Vice President of Operations.\n"),
    ("SLA-REMEDIES", "ARTICLE 3. PERFORMANCE STANDARDS\n3.1 Contractor shall restore service within four (4) hours.\n"
                     "3.2 For each month in which Contractor fails to do so, the Department shall withhold five "
                     "percent (5%) of that month's invoice as liquidated damages.\n"),
    # an untitled clause that caps liability, in an article headed for indemnities and insurance
    ("LIAB-CARVE-OUTS", "ARTICLE 7. INDEMNIFICATION AND INSURANCE\n7.1 Contractor shall maintain general liability "
                        "insurance of $1,000,000.\n7.2 Contractor's liability under this Contract shall not exceed "
                        "two times the total Contract amount, except that this limit shall not apply to claims for "
                        "bodily injury.\n"),
    # a cap set as a multiple of the contract's value is measurable
    ("LIAB-CAP", "ARTICLE 7. LIABILITY\n7.2 Contractor's liability under this Contract shall not exceed two times "
                 "the total Contract amount.\n"),
])
def test_public_sector_drafting_is_read(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=GOV_PREAMBLE)
    assert finding.status == "met", finding.message


# A council's agreement, written for these tests: the preamble of the probes of other firms' wordings below
COUNCIL_PREAMBLE = 'SERVICES AGREEMENT\n\nThis Agreement is made between Larch Digital Ltd ("Provider") and Oakfield Council ("Customer").\n\n'


def test_a_figure_in_the_clause_under_a_matching_heading_measures_it(tmp_path, rulebook):
    # the rule's word is only in the heading; the clause below it states how often and how long
    body = ("2. Backups\nThe Provider will take a snapshot of each server every four hours and keep snapshots for "
            "14 days.\n")
    assert finding_of(tmp_path, rulebook, "CONT-BACKUP", body, preamble=COUNCIL_PREAMBLE).status == "met"


SLA_ROWS = [("Priority", "Response", "Resolution"), ("P1 Critical", "30 minutes", "4 hours"),
            ("P2 High", "2 hours", "1 business day"), ("P3 Normal", "1 business day", "5 business days")]


def sla_table_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("SUPPORT AGREEMENT")
    document.add_paragraph('This Agreement is made between Larch Digital Ltd ("Provider") and Oakfield Council '
                           '("Customer").')
    document.add_paragraph("2. Service levels")
    document.add_paragraph("The Provider shall meet the targets below.")
    table = document.add_table(rows=len(SLA_ROWS), cols=3)
    for r, row in enumerate(SLA_ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(path)
    return path


def sla_table_markdown(path: Path) -> Path:
    rows = ["| " + " | ".join(row) + " |" for row in SLA_ROWS]
    rows.insert(1, "|---|---|---|")
    path.write_text(COUNCIL_PREAMBLE + "## 2. Service levels\n\nThe Provider shall meet the targets below.\n\n"
                    + "\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [sla_table_docx, sla_table_markdown])
def test_an_sla_table_with_response_and_resolution_columns(tmp_path, rulebook, make):
    # the standard form of an SLA: a column per target, a row per priority (a Word or Markdown table)
    path = make(tmp_path / ("sla.docx" if make is sla_table_docx else "sla.md"))
    findings = {f.rule: f for f in review_documents([load_document(path)], rulebook).findings}
    for rule in ("SLA-RESPONSE", "SLA-RESOLUTION", "SLA-RESPONSE-P1", "SLA-RESOLUTION-P1"):
        assert findings[rule].status == "met", (rule, findings[rule].message)
    assert findings["SLA-RESPONSE-P1"].detail["stated"] == "30 minutes"
    assert findings["SLA-RESOLUTION-P1"].detail["stated"] == "4 hours"


# a data processing addendum, written for these tests
DPA_PREAMBLE = ('# Data Processing Addendum\n\nThis Addendum forms part of the Master Services Agreement between Nimbus '
                'Helpdesk Ltd ("Processor") and Fernhill Housing ("Controller").\n\n')


def test_sub_processors_are_subcontractors(tmp_path, rulebook):
    body = ("## 4. Sub-processors\n\nThe Processor shall not engage another processor without the Controller's prior "
            "written authorisation.\n")
    finding = finding_of(tmp_path, rulebook, "GOV-STAFF", body, preamble=DPA_PREAMBLE)
    assert finding.status == "met"
    assert "shall not engage another processor" in finding.evidence[0].quote  # not the bare Markdown heading


def test_persons_authorised_to_process_hold_no_right(tmp_path, rulebook):
    # 'authorised to' describes the persons; the duty is the Processor's 'shall ensure'
    body = ("## 2. Personnel\n\nThe Processor shall ensure that persons authorised to process the personal data have "
            "committed themselves to confidentiality.\n")
    assert finding_of(tmp_path, rulebook, "DATA-CONFIDENTIALITY", body, preamble=DPA_PREAMBLE).status == "met"


def test_the_security_triad_is_no_confidentiality_duty(tmp_path, rulebook):
    body = ("## 3. Security\n\nThe Processor shall protect the confidentiality, integrity and availability of its "
            "processing systems.\n")
    assert finding_of(tmp_path, rulebook, "DATA-CONFIDENTIALITY", body, preamble=DPA_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # "Customer Data" is a defined term named after a party, not the Customer: no duty of the Customer's
    ("DATA-SECURITY", "2. Security\nAll Customer Data will be encrypted in transit and at rest.\n"),
    ("DATA-RETURN", "2. Exit\nOn termination, Customer Data shall be deleted within 30 days.\n"),
])
def test_a_defined_term_named_after_a_party_is_no_party(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status == "met", finding.message


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # a right of the other side under a matching heading says whose it is, as a sentence match does
    ("GOV-AUDIT", "2. Audit\nThe Provider may audit the Customer's use of the Software once a year.\n", "weak"),
    # an SLA the provider only tries to meet
    ("SLA-RESPONSE", "2. Support\nThe Provider will use reasonable endeavours to respond to P1 incidents within 1 "
                     "hour.\n", "weak"),
    ("SLA-RESPONSE", "2. Support\nThe Provider must respond to P1 incidents within 1 hour.\n", "met"),  # guard
    ("SLA-REMEDIES", "2. Service Levels\nWhere availability falls below 99.9%, the Provider shall credit the "
                     "Customer 5% of the monthly fee.\n", "met"),
])
def test_who_holds_it_and_how_firmly(tmp_path, rulebook, rule_id, body, expected):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status == expected, finding.message


# Provisions in other firms' words, a probe of 3-5 phrasings per element (COUNCIL_PREAMBLE); each was missed before
@pytest.mark.parametrize(("rule_id", "body"), [
    ("SLA-RESPONSE", "2. Support\nThe Provider will answer calls to the service desk within 60 seconds.\n"),
    ("SLA-RESPONSE", "2. Support\nCritical issues: initial response 1 hour; workaround 4 hours.\n"),
    ("SLA-RESPONSE", "2. Support\nThe Provider shall contact the Customer within two (2) hours of the logging of a "
                     "Severity 1 incident.\n"),
    ("SLA-RESPONSE", "2. Support\nA technician will call the Customer back within 4 working hours of a fault being "
                     "reported.\n"),
    ("SLA-RESPONSE", "2. Support\nTarget time to triage: P1 - 15 minutes, P2 - 1 hour.\n"),
    ("SLA-RESOLUTION", "2. Support\nP1 incidents shall be closed within 6 hours.\n"),
    ("SLA-REMEDIES", "2. Service Levels\nIf the Provider misses a Service Level, the monthly charges will be reduced "
                     "by 10%.\n"),
    ("SLA-REMEDIES", "2. Service Levels\nFor every hour of Downtime beyond the target the Customer shall receive one "
                     "day of service free of charge.\n"),
    ("SLA-REMEDIES", "2. Service Levels\nService Level Failure: a deduction of 5% of the Monthly Charges applies.\n"),
    ("SLA-ESCALATION", "2. Support\nUnresolved incidents may be raised with the Provider's Head of Service after 8 "
                       "hours.\n"),
    ("SLA-ESCALATION", "2. Support\nIf an issue is not resolved within the target time, the Customer may refer it to "
                       "the Provider's Account Director.\n"),
    ("SCOPE-HOURS", "2. Support\nSupport is available around the clock, every day of the year.\n"),
    ("SCOPE-SERVICES", "2. What we do\nWe manage your Microsoft 365 tenant, your laptops and your office network.\n"),
    ("SCOPE-SERVICES", "2. Engagement\nThe Customer engages the Provider to deliver managed IT support for its "
                       "offices in Leeds and York.\n"),
    ("DATA-CONFIDENTIALITY", "2. Secrecy\nThe Provider shall treat all information received from the Customer as "
                             "secret and shall not reveal it to anyone.\n"),
    ("DATA-CONFIDENTIALITY", "2. Information\nEach party will protect the other's non-public information with at "
                             "least reasonable care.\n"),
    ("DATA-BREACH", "2. Incidents\nThe Provider will tell the Customer within 72 hours if it learns that the "
                    "Customer's data has been accessed by someone who should not have access.\n"),
    ("CONT-BACKUP", "2. Data\nCustomer data will be replicated to a second data centre every night.\n"),
    ("TERM-CAUSE", "2. Termination\nEither party may end this contract immediately if the other seriously breaks it "
                   "and does not put it right within 14 days.\n"),
    ('COMM-EXTRAS', '2. Charges\nProjects are quoted separately.'),
    ('COMM-EXTRAS', '2. Charges\nOut-of-hours call-outs cost $150 per hour, with a minimum charge of two hours.'),
    ('COMM-EXTRAS', "2. Charges\nThe Provider may charge for work caused by the Customer's misuse of the equipment."),
    ('COMM-EXTRAS', '2. Charges\nTravel expenses will be reimbursed at cost.'),
    ('COMM-WARRANTY', '2. Quality\nIf any Services are defective, the Provider will re-perform them at no charge if notified within 30 days.'),
    ('COMM-WARRANTY', '2. Quality\nThe Provider guarantees its workmanship for ninety days.'),
    ('GOV-AUDIT', '2. Compliance\nThe Provider will provide its SOC 2 Type II report to the Customer each year on request.'),
    ('GOV-AUDIT', "2. Compliance\nThe Customer or its auditors may review the Provider's compliance with this Agreement on 30 days' notice."),
    ('LIAB-CARVE-OUTS', '2. Liability\nNo limit applies to liability for fraud or for death or personal injury caused by negligence.'),
    ('LIAB-CARVE-OUTS', "2. Liability\nThe Provider's liability for breach of clause 8 (Data Protection) is uncapped."),
    ('TERM-TRANSITION', '2. Ending\nOn termination, the Provider shall return all Customer Data and give reasonable assistance to migrate the Services to a replacement supplier.'),
    ('GOV-STAFF', '2. People\nAll engineers will hold a current Microsoft certification.'),
    ('GOV-STAFF', "2. People\nThe Provider shall not use subcontractors without the Customer's written consent."),
    ('GOV-STAFF', "2. People\nThe Provider shall carry out a DBS check on every engineer who visits the Customer's sites."),
    ('GOV-CUSTOMER-OBLIGATIONS', "2. Dependencies\nThe Provider's performance depends on the Customer providing timely access to its systems."),
    ('GEN-RENEWAL', "2. Duration\nAfter the minimum term this Agreement rolls over month to month until either party gives 30 days' notice."),
    ('SCOPE-DELIVERY', '2. Delivery\nSupport is delivered remotely via our RMM tool; site visits are arranged when needed.'),
    ("DATA-BREACH", "2. Incidents\nIn the event of a cyber attack affecting the Customer's systems, the Provider will "
                    "alert the Customer within one hour.\n"),
    ("CONT-BACKUP", "2. Recovery\nThe Provider shall be able to recover the Customer's systems within 24 hours of a "
                    "major outage, with no more than 4 hours of data loss.\n"),
    ("CONT-BACKUP", "2. Data\nThe Provider shall copy all Customer files to an offsite store each night and keep 30 "
                    "daily copies.\n"),
    ("SLA-AVAILABILITY", "2. Service Levels\nThe Service shall not be unavailable for more than 43 minutes in any "
                         "month.\n"),
    ("SCOPE-SERVICES", "2. Services\nSchedule 1 lists the systems supported; the Provider shall keep them patched, "
                       "monitored and backed up.\n"),
])
def test_provisions_in_other_words(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


# A rule's keyword in a clause about other business (the outage, dispute, securities, company-form, rolling-plan,
# Transition Services Agreement, second-source, payment-records and compromise cases are guards: they held before
# the wordings above were learned)
@pytest.mark.parametrize(("rule_id", "body"), [
    ("SLA-REMEDIES", "2. Deposit\nIf the Closing fails to occur, the Seller may retain the Deposit as liquidated "
                     "damages.\n"),
    ("SLA-REMEDIES", "2. Support\nThe Provider shall be reachable by telephone to report Outages at no additional "
                     "charge.\n"),
    ("SLA-ESCALATION", "2. Disputes\nIf a Dispute is not resolved within ten days, either party may refer it to a "
                       "senior executive officer of each party.\n"),
    ("DATA-CONFIDENTIALITY", "2. Securities\nThe Company may delay a filing that would require it to disclose "
                             "material non-public information.\n"),
    # a recital says why the parties contract; it describes no services
    ("SCOPE-SERVICES", "WHEREAS, the Customer wishes to engage the Provider to provide consulting services.\n"),
    # the customer's duty to answer the provider is no response time of the provider
    ("SLA-RESPONSE", "2. Customer duties\nThe Customer shall respond to the Provider's requests for information within 5 "
                     "business days.\n"),
    ("SLA-ESCALATION", "2. Fees\nThe Charges shall escalate by 3% each year.\n"),  # a price escalation
    ("CONT-BACKUP", "2. Staff\nThe Provider shall name a backup engineer for each site.\n"),  # a stand-in, no backup
    ("COMM-PRICING", "2. Insurance\nThe Provider shall pay the premiums of its insurance policies.\n"),
    # guards (they held before the wordings above were learned, and first broke them):
    # a company form or a definition is no uncapped liability; a rolling plan is no renewal
    ("LIAB-CARVE-OUTS", '2. Definitions\n"Person" means any individual, limited liability or unlimited liability company '
                        "or trust.\n"),
    ("GEN-RENEWAL", "2. Plans\nThe parties shall update the Development Plan on an annual rolling basis.\n"),
    # an agreement for transition services named in passing, and help moving a product to a second source
    ("TERM-TRANSITION", "2. Conflicts\nIf this Agreement and the Transition Services Agreement conflict, this "
                        "Agreement controls.\n"),
    ("TERM-TRANSITION", "2. Supply\nThe Provider shall provide reasonable technical assistance with the transfer of "
                        "manufacturing to a second source.\n"),
    # records kept to verify what the customer owes are no audit right
    ("GOV-AUDIT", "2. Fees\nThe Customer shall keep records as reasonably necessary to verify its compliance with its "
                  "payment obligations.\n"),
    ("SLA-AVAILABILITY", "2. Staff\nThe Provider's engineers will be available for 95% of the scheduled days.\n"),
    # guards for the wordings above: a claim compromised under an indemnity, data copied for off-site entry
    ("DATA-BREACH", "2. Claims\nIf the indemnifying party elects to compromise the claim, it shall promptly notify "
                    "the indemnified party.\n"),
    ("CONT-BACKUP", "2. Data\nThe CRO may make copies of the study data for the purposes of off-site data entry.\n"),
])
def test_a_keyword_of_other_business_is_not_the_provision(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


# UK public-sector call-off drafting, written for these tests: "Buyer", "End", capitalised defined terms
CALL_OFF_PREAMBLE = ('CALL-OFF CONTRACT\n\nThis Call-Off Contract is made between Harrow Digital Ltd ("Supplier") and '
                     'Westmoor Borough Council ("Buyer").\n\n')


@pytest.mark.parametrize(("rule_id", "body"), [
    ("SLA-RESPONSE", "2. Service Levels\nSeverity 1 Incidents: the Supplier shall triage and begin remediation within "
                     "30 minutes.\n"),
    ("DATA-BREACH", "2. Data\nThe Supplier shall notify the Buyer immediately upon becoming aware of a Data Loss "
                    "Event.\n"),
    ("TERM-CONVENIENCE", "2. Ending the contract\nThe Buyer may End this Call-Off Contract at any time by giving 30 "
                         "days' written notice to the Supplier.\n"),
    ("TERM-CAUSE", "2. Ending the contract\nThe Buyer may End this Call-Off Contract with immediate effect if the "
                   "Supplier commits a Material Breach which is not remedied within 15 Working Days.\n"),
])
def test_call_off_drafting_is_read(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=CALL_OFF_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    ("SLA-REMEDIES", "2. Beta\nService credits are not available for beta features.\n", "missing"),
    # 'patient' the adjective is no sign of health data
    ("DATA-HIPAA", "2. Staff\nThe Provider shall give its staff patient, courteous training on the new software.\n",
     "not_applicable"),
    ("DATA-HIPAA", "2. Services\nThe Provider shall host the Customer's patient records.\n", "missing"),  # guard
    ("GOV-AUDIT", "2. Tax\nEach party shall keep accounts as required by tax law and have them audited annually by "
                  "its own auditors.\n", "missing"),
    ("TERM-CONVENIENCE", "2. Licence\nThe Customer may terminate any user's access at any time without cause.\n",
     "missing"),
])
def test_a_keyword_that_means_something_else_here(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == expected


@pytest.mark.parametrize(("rule_id", "body"), [
    # plain-English and other firms' wordings of the other elements (an eighth probe)
    ("GEN-GOVERNING-LAW", "2. Law\nThis Agreement will be interpreted under the laws of Ontario.\n"),
    ("SCOPE-EXCLUSIONS", "2. Scope\nWe don't support personal devices or software you install yourself.\n"),
    ("LIAB-INDEMNITY", "2. Claims\nThe Provider will compensate the Customer for any loss caused by a claim that the "
                       "software infringes someone's copyright.\n"),
    ("SLA-REPORTING", "2. Reporting\nEach month we will send you a dashboard showing uptime, ticket volumes and how "
                      "quickly we responded.\n"),
    ("SLA-REPORTING", "2. Reporting\nThe Provider shall report its performance against the Service Levels every "
                      "quarter.\n"),
    ("GOV-CUSTOMER-OBLIGATIONS", "2. Your part\nYou need to give us admin access to your systems and let us know about "
                                 "problems as soon as you notice them.\n"),
    ("DATA-RETURN", "2. Ending\nWhen this agreement ends we will give you a copy of your data and then wipe it from our "
                    "systems.\n"),
    ("DATA-CONFIDENTIALITY", "2. Secrets\nWe will keep your business information private and only use it to provide "
                             "the service.\n"),
])
def test_other_elements_in_plain_words(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


def test_a_guarantee_under_a_law_is_no_choice_of_law_for_the_agreement(tmp_path, rulebook):
    # guard: the words the new choice-of-law pattern reads, about a guarantee
    body = ("2. Guarantee\nThis Guarantee shall be interpreted and construed under the laws of the state where the "
            "Vendor sits.\n")
    assert finding_of(tmp_path, rulebook, "GEN-GOVERNING-LAW", body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # data, liability and termination in other firms' words (a ninth probe)
    ("DATA-PROTECTION", "8. Data\nThe Supplier shall only process the Personal Data on the documented instructions of "
                        "the Customer.\n", "found"),
    ("DATA-PROTECTION", "8. Data\nThe Contractor will use the Authority's personal data only to deliver the Services "
                        "and will not sell it.\n", "found"),
    ("DATA-BREACH", "10. Incidents\nIf the Supplier discovers that Customer Data has been lost, stolen or accessed "
                    "without permission, it must tell the Customer within 24 hours.\n", "found"),
    ("DATA-BREACH-DEADLINE", "10. Incidents\nIf the Supplier discovers that Customer Data has been lost or stolen, it "
                             "must tell the Customer within 24 hours.\n", "met"),
    ("DATA-RETURN", "11. End of contract\nWithin 30 days after the contract ends the Contractor will hand back all "
                    "Council data in CSV format.\n", "found"),
    ("DATA-RETURN", "11. Exit\nOn request at expiry the Vendor shall export the Client's records in an "
                    "industry-standard format.\n", "found"),
    ("DATA-RETURN", "11. Data\nUpon termination we will make your data available for download for 60 days.\n",
     "found"),
    ("LIAB-CARVE-OUTS", "13. Liability\nThe cap in clause 13.1 does not cover a party's fraud or its breach of "
                        "clause 7 (Confidentiality).\n", "found"),
    ("LIAB-CARVE-OUTS", "13. Liability\nLiability for death, personal injury or fraud is unlimited.\n", "found"),
    ("TERM-CAUSE", "16. Termination\nThe Customer may terminate if the Provider repeatedly fails to meet the Service "
                   "Levels.\n", "found"),
    ("TERM-CAUSE", "16. Insolvency\nEither party may terminate this Agreement at once if the other goes into "
                   "administration or receivership.\n", "found"),
    ("TERM-TRANSITION", "17. Handover\nWhen the contract ends we will work with your new IT provider to hand over "
                        "passwords and documentation.\n", "found"),
    ("COMM-WARRANTY", "19. Quality\nWe guarantee our workmanship for 12 months from installation.\n", "found"),
    # a provider's own accounts audited are no audit right; the end of a joint venture is no ground to terminate
    ("GOV-AUDIT", "18. Accounts\nThe Provider shall have its annual accounts audited by an independent "
                  "accountant.\n", "missing"),
    ("TERM-CAUSE", "11. Termination and Liquidation\nOn termination of the joint venture its debts shall be paid "
                   "first.\n", "missing"),  # a guard
    # a US tax withholding, an insurance named 'indemnity', the provider auditing its own staff or the customer
    ("CONT-BACKUP", "20. Tax\nThe Customer may apply backup withholding to payments if the Provider gives no "
                    "taxpayer ID.\n", "missing"),
    ("LIAB-INDEMNITY", "20. Insurance\nThe Provider's insurance shall include professional indemnity cover.\n",
     "missing"),
    ("GOV-AUDIT", "20. Staff\nThe Provider shall audit its engineers' timesheets each month.\n", "missing"),
    ("GOV-AUDIT", "20. Services\nThe Provider will audit the Customer's software licences and report shortfalls.\n",
     "missing"),
])
def test_data_liability_and_termination_in_other_words(tmp_path, rulebook, rule_id, body, expected):
    found = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status
    assert (found in ("met", "weak")) if expected == "found" else found == expected, found


# A US business associate agreement, in words written for these tests
BAA_PREAMBLE = ('BUSINESS ASSOCIATE AGREEMENT\n\nThis Business Associate Agreement is made between Lakeside Family '
                'LLC ("Covered Entity") and Kestrel Cloud Inc. ("Business Associate").\n\n')


@pytest.mark.parametrize(("rule_id", "body"), [
    # a use limited to what is permitted is a use: HIPAA applies
    ("DATA-HIPAA", "2. Uses\nBusiness Associate shall not use or disclose Protected Health Information other than as "
                   "permitted by this Agreement.\n"),
    ("DATA-BREACH", "3. Reporting\nBusiness Associate shall report to Covered Entity any Breach of Unsecured Protected "
                    "Health Information within ten (10) business days after discovery.\n"),
    ("DATA-RETURN", "4. Termination\nAt termination, Business Associate shall either return or destroy, as Covered "
                    "Entity directs in writing, all PHI that it still maintains.\n"),
])
def test_a_business_associate_agreement_is_read(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=BAA_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


def test_the_secretary_s_access_to_a_business_associate_s_books_is_no_audit_by_the_customer(tmp_path, rulebook):
    """ELEMENTS.md's audit is a party's right over the other's records; the regulator's access every BAA gives is not
    (the blind fix sources w24 and w26 label it so: issue 9)."""
    body = ("5. Books\nBusiness Associate shall make its internal practices, books and records relating to PHI "
            "available to the Secretary for determining compliance.\n")
    assert finding_of(tmp_path, rulebook, "GOV-AUDIT", body, preamble=BAA_PREAMBLE).status == "missing"


def test_markup_in_markdown_does_not_stretch_a_sentence(tmp_path, rulebook):
    # a clause exported from a contract platform: every party name wrapped in a <span>
    span = '<span class="keyterms_link">{}</span>'
    text = (PREAMBLE + "2. Exit\nUpon termination, " + span.format("Vendor") + " will either return or destroy, at "
            + span.format("Client's") + " choice and according to " + span.format("Client's") + " written "
            "instructions, all Client Data.\n")
    path = tmp_path / "contract.md"
    path.write_text(text, encoding="utf-8")
    report = review_paths([path], rulebook)
    finding = next(f for f in report.findings if f.rule == "DATA-RETURN")
    assert finding.status in ("met", "weak") and "<span" not in finding.evidence[0].quote


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # renewal, law and a break clause in other firms' words (an eleventh probe)
    ("GEN-RENEWAL", "3. Duration\nUnless cancelled by either party with 90 days' notice before its anniversary, this "
                    "contract will continue for another year.\n", "found"),
    ("GEN-GOVERNING-LAW", "21. Law\nThe laws of New South Wales apply to this agreement.\n", "found"),
    ("GEN-GOVERNING-LAW", "21. Law\nAny dispute will be decided under Irish law by the courts of Dublin.\n", "found"),
    ("TERM-CONVENIENCE", "16. Break clause\nThe Customer may exercise a break at the end of month 12 by giving not "
                         "less than 3 months' written notice.\n", "found"),
    # a duty to obey a state's laws is no choice of law
    ("GEN-GOVERNING-LAW", "21. Compliance\nThe Provider shall comply with all laws of the State of Texas that apply "
                          "to its business.\n", "missing"),
])
def test_renewal_law_and_break_in_other_words(tmp_path, rulebook, rule_id, body, expected):
    found = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status
    assert (found in ("met", "weak")) if expected == "found" else found == expected, found


@pytest.mark.parametrize("body", [
    # the customer's part in other words (a twelfth probe)
    "23. Dependencies\nThe Supplier's performance depends on the Buyer providing the information listed in Annex 2 "
    "on time.\n",
    "23. What we need from you\nYou'll keep your software licensed and tell us about changes to your network.\n",
])
def test_the_customers_part_in_other_words(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "GOV-CUSTOMER-OBLIGATIONS", body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


# a ninth probe: the core service elements in other firms' words (each failed on the old rulebook)
@pytest.mark.parametrize(("rule_id", "body"), [
    # deadlines other than 'within': 'no later than', 'in no more than', 'in under'
    ("SLA-RESPONSE", "2. Support\nThe Provider shall acknowledge each service request no later than thirty (30) "
                     "minutes after it is logged.\n"),
    ("SLA-RESPONSE", "2. Support\nCritical faults will be responded to in no more than one hour.\n"),
    ("SLA-RESPONSE", "2. Support\nFor Priority 2 calls, a technician will contact the user in under 2 hours.\n"),
    ("SLA-RESOLUTION", "2. Support\nThe Provider shall restore service following a Severity 1 outage in no more "
                       "than four hours.\n"),
    # the response and the fix in other words
    ("SLA-RESPONSE", "2. Support\nWe will get back to you within two business hours of your call.\n"),
    ("SLA-RESPONSE", "2. Support\nAn engineer will be assigned to a Severity 1 incident within fifteen minutes.\n"),
    ("SLA-RESPONSE", "2. Support\nInitial contact with the caller shall occur within a 4-hour period following the "
                     "report.\n"),
    ("SLA-RESPONSE", "2. Support\nSeverity 1: response in 1 hour, 24x7.\n"),
    ("SLA-RESOLUTION", "2. Support\nSeverity 1 errors: the Provider shall remedy the error within twenty-four (24) "
                       "hours.\n"),
    ("SLA-RESOLUTION", "2. Support\nThe Provider shall complete repairs of any failed equipment within 48 hours of "
                       "the service call.\n"),
    ("SLA-RESOLUTION", "2. Support\nWe aim to fix high priority faults by the end of the next working day.\n"),
    # an SLA table written as text, without a header row
    ("SLA-RESPONSE", "2. Service levels\nP1 | 15 min | 4 h\nP2 | 1 h | 8 h\n"),
    ("SLA-RESOLUTION", "2. Service levels\nUrgent | 2 hrs | 1 business day\n"),
    # uptime without the word 'availability'
    ("SLA-AVAILABILITY", "2. Hosting\nThe Platform will be up 99.95% of each month, excluding planned maintenance.\n"),
    ("SLA-AVAILABILITY", "2. Hosting\nThe System shall be functioning at least ninety-nine and one-half percent of "
                         "each calendar month.\n"),
    ("SLA-AVAILABILITY", "2. Hosting\nThe Service shall have no more than 43 minutes of unplanned outage per month.\n"),
    # money back for a missed level
    ("SLA-REMEDIES", "2. Credits\nIf we miss the uptime target, you get 10% of that month's fee back.\n"),
    ("SLA-REMEDIES", "2. Remedies\nFor each full hour of downtime beyond the SLA, the Customer will be credited 5% of "
                     "the monthly charge, up to 50%.\n"),
    ("SLA-REMEDIES", "2. Remedies\nFailure to achieve the response time targets will result in a reduction of the "
                     "monthly fee by 2% per occurrence.\n"),
    ("SLA-REMEDIES", "2. Remedies\nIf Availability falls below 98% in any three months of a rolling twelve-month "
                     "period, the Customer may terminate this Agreement without penalty.\n"),
    # a route up by other verbs
    ("SLA-ESCALATION", "2. Support\nIf a ticket is not resolved within 4 hours, it moves to our Service Delivery "
                       "Manager, then to the Technical Director after 8 hours.\n"),
    ("SLA-ESCALATION", "2. Support\nThe Customer may raise any unresolved problem with the Provider's Head of "
                       "Support.\n"),
    ("SLA-ESCALATION", "2. Support\nProblems the service desk cannot fix go to the second-line team and then to the "
                       "IT Director.\n"),
    # a price per unit, billing and due dates
    ("COMM-PRICING", "2. Money\nOur charge is £35 per user per month, billed monthly in advance.\n"),
    ("COMM-PRICING", "2. Money\nInvoices are due thirty (30) days from receipt.\n"),
    ("COMM-PRICING", "2. Money\nThe Customer shall be billed quarterly in advance for the Support Services.\n"),
    # the work as a duty or a noun
    ("SCOPE-SERVICES", "2. Duties\nThe Provider is responsible for supporting the software applications listed "
                       "in Annex A.\n"),
    ("SCOPE-SERVICES", "2. Duties\nLarch Digital will be responsible for the day-to-day operation of the Customer's "
                       "IT infrastructure.\n"),
    ("SCOPE-SERVICES", "2. Duties\nThe Provider shall undertake the maintenance and repair of the Council's "
                       "computer hardware at each site.\n"),
    ("SCOPE-SERVICES", "2. Duties\nUnder this Agreement the Customer receives ongoing technical support for its "
                       "accounting software.\n"),
    # hours in words, cover out of hours
    ("SCOPE-HOURS", "2. Support\nThe service desk operates from 8 in the morning until 6 in the evening on Business "
                    "Days.\n"),
    ("SCOPE-HOURS", "2. Support\nOut-of-hours support is available on weekends and bank holidays for P1 incidents "
                    "only.\n"),
    # channels and visits, exclusions and reports in other words
    ("SCOPE-DELIVERY", "2. Support\nUsers raise tickets by emailing the help address or by calling the support "
                       "line.\n"),
    ("SCOPE-DELIVERY", "2. Support\nWhere a fault cannot be fixed over a remote session, an engineer will visit the "
                       "site.\n"),
    ("SCOPE-EXCLUSIONS", "2. Support\nThe following are outside the Services: printer repairs, personal devices and "
                         "training.\n"),
    ("SCOPE-EXCLUSIONS", "2. Support\nThe Services exclude the supply of consumables.\n"),
    ("SCOPE-EXCLUSIONS", "2. Support\nWork on systems not listed in the Asset Register is not part of the Services.\n"),
    ("SLA-REPORTING", "2. Reporting\nWithin 10 Business Days after the end of each quarter, the Provider shall provide "
                      "a report showing its achievement against each KPI.\n"),
    ("SLA-REPORTING", "2. Reporting\nEach month we will send you a summary of tickets raised, response times "
                      "achieved and uptime.\n"),
])
def test_core_service_elements_in_other_words(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    ("SLA-AVAILABILITY", "2. Supply\nThe Licensee shall make the Product available to customers in 90% of its "
                         "stores.\n"),
    ("COMM-PRICING", "2. Service Levels\nService Credits: Availability below 99.9%: 5%; below 99%: 10% of monthly "
                     "fees.\n"),
    ("SCOPE-HOURS", "2. Installation\nThe Customer's premises are open to the Provider's staff from 8:00 to 18:00 for "
                    "installation work.\n"),
    ("SCOPE-HOURS", "2. Staff\nThe Employee's working hours are 9 a.m. to 5 p.m.\n"),
    ("SCOPE-DELIVERY", "2. Email\nEach party may use email. Notices shall be sent by email to the addresses above.\n"),
    ("SLA-RESOLUTION", "2. Orders\nThe Customer shall correct any error in its purchase orders within 5 days.\n"),
    # guards (pass on the old rulebook too): the new wordings in clauses about something else
    ("SCOPE-SERVICES", "2. Staff\nThe Employee shall be responsible for managing the sales team.\n"),
    ("SLA-RESPONSE", "2. Orders\nThe Customer shall acknowledge receipt of each purchase order no later than two "
                     "business days after receipt.\n"),
    ("SLA-RESOLUTION", "2. Breach\nThe Customer shall remedy any breach of this clause no later than 30 days after "
                       "notice.\n"),
    ("SLA-REMEDIES", "2. Fees\nThe fees shall be reduced by 10% if the Customer prepays the annual subscription.\n"),
    ("SLA-ESCALATION", "2. Fees\nThe prices shall escalate by 3% on each anniversary of the Effective Date.\n"),
])
def test_core_service_keywords_in_another_kind_of_clause(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # the second batch of the ninth probe: labelled fields, fixes 'in four hours or less', credits earned
    ("SLA-RESOLUTION", "2. Service levels\nPriority 1 (Critical): Response - 15 minutes; Resolution - 4 hours.\n"),
    ("SLA-RESOLUTION", "2. Support\nFaults affecting all users will be cleared in four hours or less.\n"),
    ("SLA-RESPONSE", "2. Support\nThe time to first response for urgent requests is one hour or less.\n"),
    ("SLA-RESPONSE", "2. Support\nA service technician shall arrive on site no later than four hours after the call "
                     "is placed.\n"),
    ("SLA-REMEDIES", "2. Remedies\nEach missed response target earns the Customer a credit of $200.\n"),
    ("SLA-REPORTING", "2. Reviews\nQuarterly service reviews will assess the Provider's performance against the agreed "
                      "service levels.\n"),
    ("SLA-REPORTING", "2. Service levels\nAvailability shall be reported to the Customer every month.\n"),
    ("SLA-ESCALATION", "2. Support\nTier 1 technicians handle first contact; issues they cannot resolve are passed to "
                       "Tier 2 engineers.\n"),
    ("SLA-ESCALATION", "2. Support\nWhere a P1 incident remains open after two hours the Provider's Incident Manager "
                       "shall be notified.\n"),
    ("COMM-PRICING", "2. Money\nThe Contract Price is $48,000, payable in twelve monthly installments.\n"),
    ("COMM-PRICING", "2. Money\nYou pay us a monthly subscription of $499, charged to your card on the first of each "
                     "month.\n"),
    ("COMM-PRICING", "2. Money\nThe Charges are set out in the Pricing Schedule and are exclusive of VAT; the "
                     "Provider shall invoice monthly in arrears.\n"),
    ("SCOPE-EXCLUSIONS", "2. Support\nSupport for third-party software is excluded.\n"),
    ("SCOPE-EXCLUSIONS", "2. Support\nThe following are not included: hardware costs, software licences and on-site "
                         "training.\n"),
])
def test_core_service_elements_in_labelled_fields_and_passive_words(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    ("SCOPE-HOURS", "2. Delivery\nDeliveries will be accepted at the warehouse between 08:00 and 16:00.\n"),
    ("SLA-RESPONSE", "2. Consents\nEach party shall respond to the other's requests for consent within ten business "
                     "days.\n"),
    ("SCOPE-DELIVERY", "2. Email\nEither party may give notice by email to the other party's nominated address.\n"),
    # guard: a heading that names the service levels does not run on into the definition below it
    ("SLA-REMEDIES", "2. Service Levels\n\u201cService Credit\u201d means a reduction of the fees payable under this "
                     "Agreement for a missed service level.\n"),
])
def test_core_service_words_in_a_consent_a_notice_or_a_warehouse(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # the third batch of the ninth probe: lists, figures in words, two verbs, a dissatisfied customer
    ("SLA-RESPONSE", "2. Support\nThe Provider shall return all service calls within a one-hour period.\n"),
    ("SLA-RESOLUTION", "2. Service levels\nSeverity 1 | Thirty (30) minutes | Four (4) hours\n"),
    ("SLA-AVAILABILITY", "2. Hosting\nThe Provider shall ensure the Service is accessible to Users not less than 99.8% "
                         "of Core Hours.\n"),
    ("SLA-REMEDIES", "2. Remedies\nThe Provider will rebate 10% of the Monthly Charge if Availability is below "
                     "target.\n"),
    ("SLA-REPORTING", "2. Reporting\nMonthly reporting shall include: tickets opened, tickets closed, SLA attainment "
                      "and uptime.\n"),
    ("SLA-ESCALATION", "2. Support\nIf the Customer is not satisfied with progress on a P1, it may contact the "
                       "Provider's Support Manager.\n"),
    ("COMM-PRICING", "2. Money\nThe Customer shall compensate the Provider at the rate of one hundred and fifty "
                     "dollars ($150) per hour.\n"),
    ("COMM-PRICING", "2. Money\nFees are fixed for the first year and thereafter may increase by no more than CPI.\n"),
    ("SCOPE-SERVICES", "2. Inclusions\nThe Services are:\n\u2022 monitoring of the Customer's firewall;\n\u2022 management "
                       "of user accounts;\n\u2022 backup of the file server.\n"),
    ("SCOPE-SERVICES", "2. Duties\nProvider will operate and maintain the Customer's telephony platform.\n"),
    ("SCOPE-HOURS", "2. Support\nSupport Services are provided on business days from nine to five local time.\n"),
    ("SCOPE-DELIVERY", "2. Support\nThe Provider will resolve most issues remotely and send an engineer where "
                       "needed.\n"),
])
def test_core_service_elements_in_lists_and_words(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


def test_a_rebate_for_a_missed_level_is_no_price(tmp_path, rulebook):
    body = "2. Remedies\nThe Provider shall rebate 5% of the monthly charge for each missed Service Level.\n"
    assert finding_of(tmp_path, rulebook, "COMM-PRICING", body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # the new channel, visit and exclusion wordings, met in clauses about something else (non-IT contracts)
    ("SCOPE-DELIVERY", "2. Books\nThe Licensor may, on reasonable notice, visit the offices of the Licensee once a "
                       "quarter to examine its books.\n"),
    ("SCOPE-DELIVERY", "2. Conduct\nThe Distributor may report any concerns about business practices by emailing the "
                       "ethics office.\n"),
    ("SCOPE-EXCLUSIONS", "2. Licence\nThe Licensee shall not use the technology outside the scope of this Agreement.\n"),
    ("SCOPE-EXCLUSIONS", "2. Exclusivity\nOnline sales (which are expressly excluded from this provision) may be made "
                         "by either party.\n"),
])
def test_channel_visit_and_exclusion_words_outside_support(tmp_path, rulebook, rule_id, body):
    # guards of the patterns this probe added (they pass on the rulebook before it; three failed on its
    # first drafts): the new patterns stay narrow
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # the fourth batch of the ninth probe: credits by shortfall, future fees, status pages, slashes
    ("SLA-REMEDIES", "2. Credits\nCredits: 5% of Monthly Fees for each 0.1% below the Availability Commitment.\n"),
    ("SLA-REMEDIES", "2. Remedies\nThe Customer's sole remedy for unavailability is a credit against future fees.\n"),
    ("SLA-REPORTING", "2. Reporting\nThe Provider will publish monthly uptime statistics on its status page.\n"),
    ("SLA-ESCALATION", "2. Support\nShould a Severity 1 issue not be resolved within 4 hours, the Provider's VP of "
                       "Engineering will be engaged.\n"),
    ("COMM-PRICING", "2. Money\nPrice: $30/user/month.\n"),
    ("SCOPE-SERVICES", "2. Cover\nOur managed service covers your Microsoft 365 tenant, laptops and Wi-Fi network.\n"),
    ("SCOPE-EXCLUSIONS", "2. Cover\nItems not covered: consumables, accidental damage and user training.\n"),
])
def test_core_service_elements_by_shortfall_label_and_slash(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    ("SLA-RESPONSE", "2. Changes\nThe Provider shall respond to the Customer's change requests with a quotation within "
                     "10 Business Days.\n"),
    ("COMM-PRICING", "2. Service levels\nIf availability drops below 99.9%, a credit of 5% of the monthly fee "
                     "applies.\n"),
    # guards of this batch's patterns (pass on the rulebook before the probe)
    ("SLA-REPORTING", "2. Co-branding\nThe Licensee shall provide daily usage statistics for the co-branded site.\n"),
    ("SCOPE-EXCLUSIONS", "2. Tooling\nPrices for the following were not requested and are not included: cutters and "
                         "racks.\n"),
])
def test_a_quotation_a_credit_and_usage_figures_are_not_the_element(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "rows", "expected"), [
    # an SLA table as text without its header row: the P1 row's first time is its response, its last its fix
    ("SLA-RESPONSE-P1", "P1 | 15 min | 4 h\nP2 | 1 h | 8 h\n", "met"),
    ("SLA-RESOLUTION-P1", "P1 | 15 min | 4 h\nP2 | 1 h | 8 h\n", "met"),
    ("SLA-RESPONSE-P1", "P1 | 4 hours | 8 hours\nP2 | 8 hours | 2 days\n", "weak"),  # slower than the one-hour limit
])
def test_the_top_priority_row_of_a_text_sla_table_is_measured(tmp_path, rulebook, rule_id, rows, expected):
    body = "5. Service levels\n" + rows
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == expected


@pytest.mark.parametrize(("rule_id", "body"), [
    # a statement of work in its own words (a thirteenth probe): deliverables listed, defects fixed in a window
    ("SCOPE-SERVICES", "2. Deliverables\nThe Deliverables are: (a) a network assessment report; (b) a firewall "
                       "configuration; (c) as-built documentation.\n"),
    ("COMM-WARRANTY", "7. Acceptance\nClient has ten business days to test each Deliverable; Consultant will correct "
                      "any defects reported in that period at no extra charge.\n"),
    # targets in the plural: present, though without a percentage
    ("SLA-AVAILABILITY", "5. Service levels\nThe Provider shall meet the availability targets agreed at each "
                         "service review.\n"),
])
def test_a_statement_of_work_in_its_own_words(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    # Indian and South African drafting (a fifteenth probe): penalties for a shortfall, liquidated damages for a
    # missed turnaround time, a 24-hour clock with 'h', a DR site
    ("SLA-REMEDIES", "5. Penalties\nFor every 0.5% shortfall in uptime below 99.5%, a penalty of 2% of the quarterly "
                     "payment shall be levied on the Vendor.\n"),
    ("SLA-REMEDIES", "5. Liquidated damages\nWhere the Contractor fails to restore the service within the turnaround "
                     "time, the Employer may deduct liquidated damages of R5,000 per day from amounts due.\n"),
    ("SCOPE-HOURS", "4. Service hours\nThe helpdesk operates from 08h00 to 17h00 on working days.\n"),
    ("CONT-BACKUP", "7. DR\nThe Vendor shall maintain a DR site in a different seismic zone and conduct DR drills "
                    "twice a year.\n"),
])
def test_indian_and_south_african_drafting(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    # German contracts in English (a sixteenth probe)
    ("LIAB-CARVE-OUTS", "9. Liability\nThe above limitations shall not apply in cases of intent, gross negligence or "
                        "injury to life, body or health.\n"),
    ("SLA-RESOLUTION", "5. Fault clearance\nThe Contractor shall clear faults of priority class A within 4 hours of the "
                       "fault report.\n"),
    ("SLA-RESPONSE", "5. Reaction time\nThe reaction time for priority class A fault reports is 30 minutes within the "
                     "service hours.\n"),
    ("TERM-CAUSE", "12. Termination\nThe right of both parties to terminate for good cause without notice remains "
                   "unaffected.\n"),
    ("GEN-GOVERNING-LAW", "14. Final provisions\nThe law of the Federal Republic of Germany applies. Place of "
                          "jurisdiction is Munich.\n"),
    ("COMM-PRICING", "10. Remuneration\nThe Client pays a flat monthly remuneration of EUR 3,500 plus statutory VAT, "
                     "due 14 days after invoicing.\n"),
])
def test_german_contracts_in_english(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    # US government contracting (a seventeenth probe): a payment reduced below the Acceptable Quality Level,
    # a FedRAMP authorisation
    ("SLA-REMEDIES", "5. Quality Assurance Surveillance Plan\nIf the Contractor does not meet the Acceptable Quality "
                     "Level, the Government may reduce the monthly payment by up to 5%.\n"),
    ("DATA-SECURITY", "9. Security\nThe cloud service must hold a FedRAMP Moderate authorization for the life of the "
                      "contract.\n"),
])
def test_us_government_contracting(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    # present, but no figure: WEAK, never MISSING (issue 9, item 3)
    ("SLA-RESOLUTION", "6. Faults\nThe Provider shall use reasonable endeavours to resolve all faults as quickly as "
                       "possible.\n"),
    ("SLA-AVAILABILITY", "7. Hosting\nThe Provider shall use commercially reasonable efforts to make the Platform "
                         "available at all times, except for scheduled maintenance.\n"),
])
def test_a_provision_without_a_figure_is_weak(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status == "weak", finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    # guards: mutual goodwill about "the issue" is no resolution target; staff on hand are no uptime
    ("SLA-RESOLUTION", "11. Co-operation\nEach party will work with the other to resolve the issue as quickly as "
                       "possible.\n"),
    ("SLA-AVAILABILITY", "8. Personnel\nThe account manager shall be available at all times during the transition.\n"),
])
def test_no_figure_wordings_stay_in_their_clause(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize("legend", [
    # a public filing's redaction legend, in the several forms filings use: no duty of confidence
    "[***] Confidential information in this exhibit was left out under a confidential treatment request.",
    "Some confidential information, marked with asterisks, has been taken out of this copy.",
    "CONFIDENTIAL INFORMATION HAS BEEN REDACTED AND FILED SEPARATELY WITH THE COMMISSION.",
    "This copy leaves out the information that is subject to the confidentiality request.",
])
def test_a_filings_redaction_legend_is_no_confidentiality_duty(tmp_path, rulebook, legend):
    body = f"{legend}\n\n3. Services\nThe Provider shall host the Customer's website for a monthly fee of [***].\n"
    assert finding_of(tmp_path, rulebook, "DATA-CONFIDENTIALITY", body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize("body", [
    # a share that is no uptime, and people on hand (support hours) that are no uptime either
    "4. Promotion\nThe Host will make available twenty percent (20%) of the banner space on its portal for the "
    "Customer's advertising.\n",
    "5. Support\nThe Contractor will be available to provide the Services 24 hours per day, seven (7) days a week.\n",
])
def test_a_share_or_people_on_hand_are_no_availability_commitment(tmp_path, rulebook, body):
    assert finding_of(tmp_path, rulebook, "SLA-AVAILABILITY", body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("body", "status"), [
    # security measures in plain words: a secure manner, protection against loss, access only for the authorised
    ("6. Hosting\nThe Provider shall keep all Customer Data in a secure manner using good industry practice to "
     "protect it against loss, misuse or alteration.\n", "weak"),
    ("6. Hosting\nThe Supplier shall ensure that the production databases are accessible only by authorised "
     "personnel.\n", "weak"),
    # encryption named by export-control law is no security measure
    ("12. Export\nThe Customer acknowledges that the Software contains encryption technology subject to export "
     "controls.\n", "missing"),
])
def test_security_measures_in_plain_words(tmp_path, rulebook, body, status):
    finding = finding_of(tmp_path, rulebook, "DATA-SECURITY", body, preamble=COUNCIL_PREAMBLE)
    assert finding.status == status, finding.message


@pytest.mark.parametrize("body", [
    # a licensee's spare copy of the software it licenses is no backup of data
    "5. Licence\nThe Customer may make additional copies of the Software for necessary backup purposes only.\n",
    "5. Licence\nThe Distributor shall keep the copyright notice on any back-up copy of the Software.\n",
])
def test_a_spare_copy_of_licensed_software_is_no_backup(tmp_path, rulebook, body):
    assert finding_of(tmp_path, rulebook, "CONT-BACKUP", body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize("body", [
    # termination for a failure other words name: "fails to meet / comply with / observe", "not rectified",
    # "bring this Agreement to an end"
    "11. Termination\nThe Client shall be entitled to end this Agreement if the Contractor fails to meet its "
    "obligations and has not rectified the failure within ten (10) days of notice.\n",
    "11. Termination\nIf the Supplier fails to comply with any material obligation and does not correct it within 20 "
    "days after written notice, the Council may cancel this Contract.\n",
    "11. Termination\nEither party may bring this Agreement to an end by written notice if the other party fails to "
    "observe any of its material obligations and the failure is not remedied within 30 days.\n",
    # a list item that names no termination word: "3. By either Party for a material breach ... not cured within"
    "9. Ending the contract\n(c) by either party for a material breach by the other, if the breach is not cured within "
    "fourteen (14) days of written notice.\n",
    "9. Cancellation\nThe Client may cancel this agreement at any time; the Developer can only cancel for lack of "
    "payment.\n",
])
def test_termination_for_a_failure_in_other_words(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "TERM-CAUSE", body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    # the provider by another name: the work as its duty
    ("SCOPE-SERVICES", "2. The Work\nThe Developer will develop the mobile application to the Client's specification "
                       "and will operate and host it for twelve months.\n"),
    ("SCOPE-SERVICES", "2. Work\nThe Studio agrees to complete its photo-retouching services within 14 days of "
                       "receiving the files.\n"),
    # a right to end the agreement by notice, no cause named
    ("TERM-CONVENIENCE", "12. Termination\nEither Party shall have the right to terminate this Agreement with notice, "
                         "and termination takes effect on the date the notice is received.\n"),
])
def test_duties_and_rights_in_unseen_contracts_words(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    # business hours to enter premises (an inspection right); a termination tied to an event
    ("SCOPE-HOURS", "9. General\nThe Contractor shall permit any duly authorised representative of the Council, during "
                    "normal business hours and at the Council's own expense, to enter upon and into any premises used "
                    "for the Services.\n"),
    ("TERM-CONVENIENCE", "12. Termination\nEither party shall be entitled to terminate this Agreement by written notice "
                         "to the other upon the dissolution of the joint venture company.\n"),  # guard of the new pattern
    ("SCOPE-SERVICES", "4. Payment\nThe Customer shall pay for any additional services at the rates in the price "
                       "list.\n"),  # guard
])
def test_unseen_contracts_decoys_stay_missing(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # a cap's carve-out names confidentiality obligations it does not set; care for Confidential Information is
    # confidentiality, not a security measure
    ("DATA-CONFIDENTIALITY", "10. Limitation of Liability\nEXCEPT FOR BREACHES OF A PARTY'S CONFIDENTIALITY "
                             "OBLIGATIONS UNDER THE SEPARATE NON-DISCLOSURE AGREEMENT, NEITHER PARTY SHALL BE LIABLE "
                             "FOR INDIRECT LOSS.\n"),
    ("DATA-SECURITY", "10. Confidentiality\nThe Receiving Party shall protect the Confidential Information from "
                      "unauthorised use or disclosure by using the same degree of care as it uses for its own.\n"),
])
def test_confidentiality_named_where_it_is_not_the_duty(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # a breach of confidence reported ("shall promptly advise ... has violated"); privacy laws by other names
    ("DATA-BREACH", "10. Confidentiality\nThe Receiving Party shall promptly advise the Disclosing Party if it learns "
                    "that any person who had access to Confidential Information has violated or intends to violate "
                    "this Agreement.\n"),
    ("DATA-PROTECTION", "8. Privacy\nThe Administrator will be responsible for compliance with Regulation S-P as it "
                        "applies to the records of the Fund's shareholders.\n"),
    ("DATA-PROTECTION", "8. Privacy\nThe Supplier shall comply with POPIA when it handles the Client's records.\n"),
])
def test_breach_notice_and_privacy_law_in_other_words(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("body", "status"), [
    # the customer's own security rules to follow are a security duty; its dress code is not
    ("9. Conduct\nWhile on site the Contractor shall comply with the Company's policies concerning access to and "
     "security of any Company computer system.\n", "weak"),
    ("9. Conduct\nThe Contractor shall comply with the Company's policies concerning dress and working hours.\n",
     "missing"),  # guard
])
def test_the_customers_security_policies_to_follow(tmp_path, rulebook, body, status):
    finding = finding_of(tmp_path, rulebook, "DATA-SECURITY", body, preamble=COUNCIL_PREAMBLE)
    assert finding.status == status, finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    # guards of the sixteenth and seventeenth probes' patterns: the same words about something else
    ("SLA-RESPONSE", "5. Approvals\nThe Customer shall keep its reaction time to design proposals short.\n"),
    ("GEN-GOVERNING-LAW", "14. Tax\nEach party shall pay the taxes of its own place of incorporation.\n"),
    ("TERM-CAUSE", "12. Staff\nThe Provider may dismiss its staff for good cause under its employment policies.\n"),
    ("SLA-REMEDIES", "5. Staff\nIf an employee does not meet the quality levels expected, the Provider may reduce his "
                     "bonus payments.\n"),
    ("LIAB-CARVE-OUTS", "9. Warranty\nThe warranty shall not apply in cases of misuse by the Customer.\n"),
    ("SCOPE-HOURS", "4. Deliveries\nDeliveries are accepted from 08h00 to 12h00 at the loading dock.\n"),
])
def test_the_new_wordings_stay_in_their_clause(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # a managed-service provider's plain terms (an eighteenth probe)
    ("LIAB-CAP", "13. Limits\nNeither party's liability under this Agreement will exceed, in aggregate, CAD $500,000.\n"),
    ("SLA-RESOLUTION", "5. Service levels\nCritical incidents: we aim to have your systems back up and running within 4 "
                       "hours.\n"),
    ("SCOPE-SERVICES", "2. What's included\nUnlimited remote support, patching, antivirus, backup monitoring and a "
                       "quarterly onsite visit for up to 25 users.\n"),
])
def test_a_managed_service_providers_plain_terms(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    # a clause kept only for its number, redacted, or one that denies its subject: the heading names the element,
    # the clause holds none of it
    ("SLA-REMEDIES", "8. Service Credits\n[Reserved]\n\n9. Fees\nThe Customer shall pay each invoice.\n"),
    ("SLA-REMEDIES", "8. Service Credits\nNo service credits shall apply under this Agreement.\n\n9. Fees\nThe Customer "
                     "shall pay each invoice.\n"),
    ("LIAB-CAP", "12. Limitation of Liability\n[Intentionally omitted.]\n\n13. Fees\nThe Customer shall pay each invoice.\n"),
    ("CONT-BACKUP", "7. Backup and Recovery\nNot applicable.\n\n8. Fees\nThe Customer shall pay each invoice.\n"),
    ("SLA-ESCALATION", "6. Escalation\n[***]\n\n7. Fees\nThe Customer shall pay each invoice.\n"),
])
def test_a_reserved_or_denied_clause_holds_no_provision(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status == "missing", finding.message


@pytest.mark.parametrize(("rule_id", "body"), [
    ("SLA-ESCALATION", "7. Escalation\n\n8. Fees\nThe Customer shall pay each invoice within 30 days.\n"),
    ("SCOPE-HOURS", "4. Support Hours\n\n5. Fees\nThe Customer shall pay each invoice within 30 days.\n"),
])
def test_a_bare_heading_holds_no_provision(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


def test_a_heading_whose_clauses_follow_as_subsections_still_counts(tmp_path, rulebook):
    """guard: '3.0 Scope of Services' with its clauses in 3.1, 3.2 is no bare heading (it passes on the old code)"""
    body = ("3.0 Support Hours\n\n3.1 The Provider shall answer calls.\n\n3.2 Calls are taken on weekdays.\n\n"
            "4.0 Fees\n\n4.1 The Customer shall pay each invoice.\n")
    assert finding_of(tmp_path, rulebook, "SCOPE-HOURS", body, preamble=COUNCIL_PREAMBLE).status in ("met", "weak")


@pytest.mark.parametrize(("rule_id", "body"), [
    # a recital tells why the parties contract, in the past or about others: it binds no one
    ("SCOPE-SERVICES", "BACKGROUND\n(A) The Provider supplies managed IT support services to schools.\n(B) The Customer "
                       "wishes to appoint a supplier.\n\n1. Fees\nThe Customer shall pay each invoice.\n"),
    ("SLA-AVAILABILITY", "RECITALS\nA. The platform achieved 99.9% availability during the pilot.\n\n1. Fees\nThe "
                         "Customer shall pay each invoice.\n"),
    ("SLA-REMEDIES", "BACKGROUND\n(A) Under its previous contract the Customer received service credits for outages.\n\n"
                     "1. Fees\nThe Customer shall pay each invoice.\n"),
    ("TERM-CONVENIENCE", "BACKGROUND\n(A) The Customer terminated its previous IT contract for convenience on 90 days' "
                         "notice.\n\n1. Fees\nThe Customer shall pay each invoice.\n"),
])
def test_a_recital_holds_no_provision(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # the Customer's own duties are not the provider's service
    ("SLA-RESOLUTION", "6. Customer Obligations\nThe Customer shall fix faults in its own network within 4 hours of "
                       "being told of them.\n"),
    ("DATA-SECURITY", "6. Client Responsibilities\nThe Client shall keep anti-virus software running on its own laptops "
                      "and shall protect its passwords from unauthorised access.\n"),
    ("CONT-BACKUP", "6. Customer Responsibilities\nThe Customer shall back up its own files every night.\n"),
])
def test_the_customers_own_duties_are_not_the_service(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # an element's words in a clause about something else
    ("SLA-REMEDIES", "11. Insurance\nThe insurer shall credit the Customer's account with any refund of premium.\n"),
    ("SLA-ESCALATION", "11. Insurance\nThe Provider shall tell its insurer of any claim that escalates above 50,000 "
                       "pounds.\n"),
    ("SCOPE-SERVICES", "11. Insurance\nThe Provider shall maintain insurance covering the professional services it "
                       "performs.\n"),
    ("SLA-ESCALATION", "15. Conditions\nThe Provider need not perform if there is an outbreak or escalation of "
                       "hostilities in the region.\n"),
    ("CONT-BACKUP", "7. Exclusions\nBackup of the Customer's data is not part of the Services.\n"),
    ("CONT-BACKUP", "9. Licence\nThe Customer may make one copy of the software for backup purposes.\n"),
    ("CONT-BACKUP", "8. Invoices\nEach invoice shall come with backup documentation for every expense claimed.\n"),
    ("SLA-REMEDIES", "5. Royalties\nThe Licensee is entitled to credit half of any third-party royalties against the "
                     "royalties due under this Agreement.\n"),
    ("SLA-REMEDIES", "5. Minimum Purchases\nAny penalty for failure to purchase the minimum quantity is set out in "
                     "Exhibit A.\n"),
    ("COMM-PRICING", "15. Costs\nEach party shall pay its own legal costs of negotiating this Agreement.\n"),
    ("COMM-PRICING", "9. Non-solicitation\nIf the Customer hires a member of the Provider's staff, it shall pay a fee "
                     "equal to 25% of that person's annual salary.\n"),
    ("SLA-RESOLUTION", "10. Limited Warranty\nIf the software does not perform as warranted, the Provider shall correct "
                       "the defect within 45 days of notice.\n"),
    ("DATA-SECURITY", "14. Trade Compliance\nThe Provider shall keep its supply chain security procedures in line with "
                      "the customs programme.\n"),
])
def test_an_elements_words_in_a_clause_about_something_else(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # a pointer to a part the package does not hold is not the provision, however the sentence leads to it
    ("CONT-BACKUP", "9. Backup\nThe Provider shall perform backups as described in Appendix 3.\n"),
    ("SLA-AVAILABILITY", "5. Availability\nThe hosted service shall meet the availability targets in Schedule 2.\n"),
    ("SLA-REMEDIES", "7. Credits\nService credits are calculated as described in Appendix 2.\n"),
    ("SLA-ESCALATION", "6. Escalation\nIssues are escalated in accordance with the procedure in Annex B.\n"),
])
def test_a_pointer_to_a_part_the_package_lacks_is_no_provision(tmp_path, rulebook, rule_id, body):
    finding = finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE)
    assert finding.status == "missing", finding.message


def test_a_pointer_to_a_part_the_package_holds_is_read_there(tmp_path, rulebook):
    """the appendix is there and holds the backups (the old code read the clause under the matching
    heading "Appendix 3 - Backups" only up to the heading's line break: weak)"""
    body = ("9. Backup\nThe Provider shall perform backups as described in Appendix 3.\n\nAppendix 3 - Backups\n"
            "The Provider backs up all Customer data every night and keeps each copy for thirty days.\n")
    assert finding_of(tmp_path, rulebook, "CONT-BACKUP", body, preamble=COUNCIL_PREAMBLE).status == "met"


@pytest.mark.parametrize(("rule_id", "body"), [
    # more of an element's words in clauses about something else: boilerplate, force majeure, publicity,
    # intellectual property, insurance, export control, the data a customer must not upload
    ("SCOPE-SERVICES", "14. Assignment\nThe Provider may subcontract its maintenance services only with the Customer's "
                       "consent.\n"),
    ("SCOPE-SERVICES", "9. Non-compete\nThe Provider shall not provide managed IT services to the Customer's "
                       "competitors during the term.\n"),
    ("SLA-ESCALATION", "14. Entire Agreement\nThis Agreement supersedes the escalation procedures agreed in 2021.\n"),
    ("SLA-AVAILABILITY", "14. Force Majeure\nDowntime caused by a force majeure event does not breach this "
                         "Agreement.\n"),
    ("SLA-AVAILABILITY", "20. Publicity\nThe Provider may say in its marketing that it achieves 99.99% uptime across "
                         "its customer base.\n"),
    ("SLA-RESPONSE", "11. Insurance\nThe Provider shall respond to the insurer's requests for information within 10 "
                     "days.\n"),
    ("CONT-BACKUP", "13. Intellectual Property\nThe Customer owns all data, including any backup copies the Provider "
                    "creates.\n"),
    ("COMM-PRICING", "19. Export Control\nThe Customer shall pay any fines imposed on it for breach of export control "
                     "laws.\n"),
    ("DATA-PROTECTION", "3. Prohibited Data\nThe Customer shall not upload any personal data to the platform, and the "
                        "Provider will not process personal data under this Agreement.\n"),
])
def test_more_of_an_elements_words_in_a_clause_about_something_else(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize("body", [
    # a liability cap named only as a section's title, a liability for another's debts, the one-counsel rule
    # of an indemnity, an admission of liability, a list that is "not limited to" anything
    "18. Survival\nSections 6 (Confidentiality) and 9 (Limitation of Liability) survive the end of this Agreement.\n",
    "14. Independent Contractors\nThe Provider is solely responsible for paying its staff, and the Customer shall in no "
    "event be liable for any debts or other liabilities of the Provider.\n",
    "9. Indemnity Procedure\nIn no event shall the indemnifying party be liable for the fees of more than one counsel "
    "for all the indemnified parties.\n",
    "9. Indemnity Procedure\nSettling a claim is not an admission of liability, and the indemnity shall include, but "
    "not be limited to, legal costs.\n",
])
def test_liability_words_that_set_no_limit(tmp_path, rulebook, body):
    assert finding_of(tmp_path, rulebook, "LIAB-CAP", body, preamble=COUNCIL_PREAMBLE).status == "missing"


def test_a_promise_not_to_disclose_under_a_confidentiality_heading_is_the_duty(tmp_path, rulebook):
    """guard (it passes on the old code, which read the heading alone): the clause under the heading is read
    now, and a promise not to disclose is the provider's confidentiality duty"""
    body = "4. Confidentiality\nThe Provider will not disclose the Customer's information except as the law requires.\n"
    assert finding_of(tmp_path, rulebook, "DATA-CONFIDENTIALITY", body, preamble=COUNCIL_PREAMBLE).status == "met"


@pytest.mark.parametrize(("rule_id", "body"), [
    # a disclaimer of availability, a licence key switched off, a building's opening days
    ("SLA-AVAILABILITY", "13. No Warranty of Availability\nThe Provider does not guarantee that the website will be "
                         "available at all times or free from interruption.\n"),
    ("TERM-CONVENIENCE", "8. Software Licence\nThe licensor may terminate the licence key at any time on 30 days' "
                         "notice.\n"),
    ("SCOPE-HOURS", "3. Premises\nThe Customer's building is open from Monday to Friday, and visitors must sign in at "
                    "reception.\n"),
])
def test_words_of_availability_ending_and_hours_about_something_else(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


def test_a_clause_that_names_its_heading_negated_and_plainly_still_counts(tmp_path, rulebook):
    """guard (it passes on the old code): 'not resolved within the escalation times' is a condition, and the
    same sentence escalates; only a clause that names its heading's subject negated and nowhere else denies it"""
    body = ("9. Escalation\nIf an Incident is not resolved within the escalation times, it shall be escalated to the "
            "Service Delivery Manager.\n")
    assert finding_of(tmp_path, rulebook, "SLA-ESCALATION", body, preamble=COUNCIL_PREAMBLE).status == "met"


@pytest.mark.parametrize(("rule_id", "body"), [
    # a sentence that binds the customer, outside a section of its duties: not the provider's service
    ("CONT-BACKUP", "6. The Customer's Systems\nThe Customer shall take a backup of its own files every day and keep "
                    "it off site.\n"),
    ("DATA-SECURITY", "6. Access\nThe Client shall keep anti-virus software installed on every PC that connects to "
                      "the network.\n"),
    ("SLA-RESOLUTION", "6. General\nThe Customer shall repair faults in its own cabling within 5 working days.\n"),
    # a clause that sets the customer's duties and warranties together is about the customer
    ("CONT-BACKUP", "6. Customer Obligations and Warranties\nThe Provider's support assumes a site that is kept dry "
                    "and backed up by the Customer every week.\n"),
    # confidentiality named only to be set aside
    ("DATA-CONFIDENTIALITY", "21. Reporting to Authorities\nThe Provider may report unlawful content to the police "
                             "without regard for the confidentiality provisions of any contract between us.\n"),
])
def test_the_customers_duty_in_any_clause_is_not_the_providers(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


def test_a_liability_subject_to_another_agreements_limits_sets_none_here(tmp_path, rulebook):
    body = ("8. Data Processing Terms\nEach party's total liability under this Data Processing Addendum is subject to "
            "the exclusions and limitations of liability in the Agreement.\n")
    assert finding_of(tmp_path, rulebook, "LIAB-CAP", body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize(("rule_id", "body"), [
    # "scope" and "maintenance" in headings about something else; a pointer after the arrangements it names
    ("SCOPE-SERVICES", "3.4 Scope of Governance\nThe steering committee shall not have the power to amend this "
                       "Agreement or waive any right under it.\n"),
    ("SCOPE-SERVICES", "5.3 Maintenance of Confidentiality\nThe recipient shall protect the other's secrets with "
                       "reasonable care and limit access to those who need to know.\n"),
    ("SCOPE-SERVICES", "2. Scope of Licence\nThe licence covers use of the software on up to ten workstations at the "
                       "Customer's head office.\n"),
    ("CONT-BACKUP", "6. Continuity\nThe Provider shall comply with the backup arrangements in Annex C.\n"),
])
def test_scope_words_about_other_things_and_arrangements_elsewhere(tmp_path, rulebook, rule_id, body):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=COUNCIL_PREAMBLE).status == "missing"


@pytest.mark.parametrize("body", [
    # blind labels of unseen contracts: a party's own representations are no warranty on the services
    "9. General\nEach party represents and warrants to the other that it is duly organised, validly existing and has "
    "full power and authority to enter into this Agreement.\n",
    "9. General\nThe Client represents and warrants that it holds all right, title and interest in the artwork it "
    "supplies and that the artwork does not infringe the rights of any third party.\n",
    "9. General\nThe Fund represents and warrants that its units are registered under the Securities Act and that it is "
    "registered as an investment company.\n",
    "9. General\nThe Vendor does not, expressly or by implication, guarantee or warrant any volume of sales.\n",
    "9. General\nOn a change of control all unvested options or warrant compensation of the Adviser shall vest.\n",
    "9. General\nThis Agreement supersedes all earlier proposals, representations and warranties.\n",
    # a title whose clause opens with such a representation, below blank lines (finder.py)
    "9. Warranties.\n\n      (a) Each party represents and warrants to the other that it is a company duly organised "
    "and in good standing under the laws of its state.\n",
])
def test_a_partys_own_representations_are_no_service_warranty(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "COMM-WARRANTY", body)
    assert finding.status == "missing", [e.quote for e in finding.evidence]


@pytest.mark.parametrize(("body", "expected"), [
    # guards: a promise about the work beside a representation, and a plain service warranty, still count
    ("9. Warranties\nThe Vendor represents and warrants that it has full power and authority to enter into this "
     "Agreement and that the services will be performed in a professional and workmanlike manner.\n", "weak"),
    ("9. Warranties\nThe Vendor warrants that the hosted shop will conform to the specification for ninety (90) days "
     "after go-live.\n", "met"),
])
def test_a_service_promise_beside_a_representation_still_counts(tmp_path, rulebook, body, expected):
    assert status(tmp_path, rulebook, "COMM-WARRANTY", body) == expected


@pytest.mark.parametrize("body", [
    "12. Exit\nUpon termination each party shall return to the other party or destroy (if the other party so agrees "
    "in writing) any Confidential Information in its possession.\n",
    "12. Exit\nThe Vendor shall deliver to the Client, within ten (10) days after termination, all files and "
    "materials which the Client supplied.\n",
    "12. Exit\nWhen the engagement ends the Vendor will surrender to the Client all Client confidential information "
    "then in its possession.\n",
])
def test_materials_handed_back_at_the_end_are_a_data_return(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "DATA-RETURN", body)
    assert finding.status in ("met", "weak"), finding.message


@pytest.mark.parametrize(("body", "expected"), [
    # paying the price is no cooperation duty; supplying what the work needs is
    ("4. Fees\nThe Client shall pay the Vendor a deposit of twenty per cent at the start of the project.\n", "missing"),
    ("4. Fees\nThe Client will grant the Vendor additional compensation in shares for extraordinary work.\n",
     "missing"),
    ("4. Content\nThe Client commits to follow the backup routine that the Vendor has given it.\n", "met"),
    ("4. Content\nThe Client will supply all logos, product photographs and texts for the shop.\n", "met"),
])
def test_paying_is_no_customer_duty(tmp_path, rulebook, body, expected):
    assert status(tmp_path, rulebook, "GOV-CUSTOMER-OBLIGATIONS", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("6. Fees\nAny additional costs for extra artwork shall be borne by the Client.\n", "met"),
    ("6. Fees\nShould the Client change the plan, the Client shall bear the corresponding extra service fee.\n", "met"),
    ("6. Fees\nThe Vendor may require additional fees for the installation of any script the Client adds.\n", "met"),
    # an indemnitor paying back the defence costs of a claim is no charge for extra work
    ("10. Indemnity\nThe Vendor shall indemnify the Client against third-party claims and will reimburse the Client "
     "for any legal or other expenses reasonably incurred in investigating or defending such claims.\n", "missing"),
])
def test_extra_charges_in_other_words(tmp_path, rulebook, body, expected):
    assert status(tmp_path, rulebook, "COMM-EXTRAS", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("10. Liability\nThe Vendor is liable for loss caused by the negligent acts of the Vendor, its employees, agents "
     "or sub-contractors.\n", "missing"),
    # guard: a consent to subcontracting stays a staffing term
    ("7. Staff\nThe Vendor shall not use sub-contractors without the Client's prior written consent.\n", "met"),
])
def test_subcontractors_named_among_whose_acts_count_are_no_staffing_term(tmp_path, rulebook, body, expected):
    assert status(tmp_path, rulebook, "GOV-STAFF", body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("8. Acceptance\nOn receipt of each Deliverable the Client shall have thirty (30) days within which to inspect "
     "such Deliverable against the specification.\n", "missing"),
    ("8. Oversight\nThe Client may name representatives who, on reasonable notice, shall be permitted to review all "
     "documents and data relating to the services.\n", "met"),
    ("8. Oversight\nThe Vendor shall permit the Client's representatives, during business hours, to enter upon and "
     "into any premises of the Vendor for the purpose of inspecting the services.\n", "met"),
])
def test_an_audit_is_no_acceptance_test(tmp_path, rulebook, body, expected):
    assert status(tmp_path, rulebook, "GOV-AUDIT", body) == expected


@pytest.mark.parametrize("body", [
    # a title run into the text with nothing under it; a lost certificate's indemnity bond
    "6. Term\nEither party may end this Agreement on notice. 7. LIMITATIONS; INDEMNIFICATION OF VENDOR. Neither party "
    "shall be liable for lost profits.\n",
    "6. Certificates\nIf a share certificate is lost the Vendor shall issue a new one on delivery of an indemnity "
    "agreement reasonably satisfactory to the Vendor.\n",
])
def test_a_bare_indemnity_title_is_no_indemnity(tmp_path, rulebook, body):
    finding = finding_of(tmp_path, rulebook, "LIAB-INDEMNITY", body)
    assert finding.status == "missing", [e.quote for e in finding.evidence]


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    ("GOV-GOVERNANCE", "5. Contacts\nEach party shall name a senior employee to act as liaison with the other party "
                       "for all day-to-day matters.\n", "met"),
    ("GOV-GOVERNANCE", "5. Progress\nThe parties will hold weekly status calls to review the work in progress.\n",
     "met"),
    # guard: status updates on one request are no communication plan
    ("GOV-GOVERNANCE", "5. Requests\nThe Vendor will follow the Client's instructions on such requests, including "
                       "providing status updates.\n", "missing"),
    ("GEN-SIGNATURES", "15. Signatures\nThe parties sign below.\n\nVENDOR: CLIENT: KESTREL CLOUD INC., A DELAWARE "
                       "CORPORATION MARLOW STORES LLC By: By: Ann Lee Tom Ray\n", "met"),
])
def test_governance_and_signatures_in_other_words(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body).status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # another agreement's renewal is no renewal of this one
    ("GEN-RENEWAL", "3. Term\nThe Client may end this Agreement at any time if the term of the Web Hosting Services "
                    "Agreement has not been renewed for a further year.\n", "missing"),
    # guards of the new wordings: who pays for an audit is no charge for extra work (the clause type keeps it
    # out), a duty to keep paying no cooperation; and a notice of termination is no cooperation either
    ("COMM-EXTRAS", "9. Audit\nThe Client may audit the Vendor's records once a year. The cost of the audit shall be "
                    "borne by the Client unless additional fees due to the Vendor are found.\n", "missing"),
    ("GOV-CUSTOMER-OBLIGATIONS", "13. Termination\nIf the Client ends the engagement early, the Client will remain "
                                 "responsible for paying the monthly fee for the notice period.\n", "missing"),
    ("GOV-CUSTOMER-OBLIGATIONS", "13. Termination\nIf this Agreement is terminated for cause, the Client shall provide "
                                 "the Vendor written notice thereof.\n", "missing"),
])
def test_another_agreements_renewal_and_an_audits_cost_are_not_read(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an alias in brackets without quote marks, as EDGAR text loses them
    ("The Covenanter: Harbour Leisure Club Inc. (hereinafter referred to as Party A) and the Covenanter: Lin Design "
     "Office (hereinafter referred to as Party B) agree as follows.\n", "met"),
    # guard: a thing given a short name is no party
    ("The building works (hereinafter called the works) start next month.\n", "missing"),
])
def test_parties_named_by_an_alias_without_quote_marks(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "GEN-PARTIES", body, preamble="WORKS ORDER\n\n").status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # misuse of a mark, a title or licensed technology is an infringement to report, not a security incident
    ("DATA-BREACH-DEADLINE", "7. Marks\nThe Client shall promptly notify the Vendor of any unauthorised use of the "
                             "Vendor's trademarks or logos that comes to its attention.\n", "missing"),
    ("DATA-BREACH-DEADLINE", "7. Licence\nThe Client shall immediately report to the Vendor any unauthorized use of "
                             "the Licensed Technology by its resellers.\n", "missing"),
    ("DATA-BREACH-DEADLINE", "7. Content\nIf the Client learns of any unauthorised use of the Titles by its users, it "
                             "shall report such use to the Vendor at once.\n", "missing"),
    # guard: a breach of the client's data still counts
    ("DATA-BREACH-DEADLINE", "7. Incidents\nThe Vendor shall notify the Client of any unauthorised access to Client "
                             "Data within twenty-four (24) hours after it learns of it.\n", "met"),
])
def test_misuse_of_marks_or_licensed_technology_is_no_breach_notice(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a definition, a warranty against harmful code, keeping confidences, enforcing copyright, an information barrier
    ("7. General\n\"Confidential Information\" of the Vendor and/or the Client will mean any information which the "
     "disclosing party wishes to protect against unauthorised use.\n", "missing"),
    ("7. General\nThe Vendor warrants that the deliverables are free of any disabling devices, including time bombs, "
     "viruses or similar code.\n", "missing"),
    ("7. General\nThe Vendor shall not introduce into the Software any viruses, worms or time bombs.\n", "missing"),
    ("7. General\nThe Vendor shall work with the Client in good faith to prevent any unauthorised disclosure or use "
     "of the Confidential Information.\n", "missing"),
    ("7. General\nThe Vendor shall keep the Client's Confidential Information securely protected against theft.\n",
     "missing"),
    ("7. General\nThe Vendor shall take proceedings to prevent any unauthorised use, reproduction or exploitation of "
     "the Film by third parties.\n", "missing"),
    ("7. General\nOwing to regulatory firewall restrictions, the Vendor will not share client information with its "
     "affiliate.\n", "missing"),
    # a record kept "in a safe and secure manner" is a security duty without a named control
    ("7. Records\nThe Vendor shall keep all cardholder records in a safe and secure manner and protect them against "
     "loss or alteration.\n", "weak"),
    # a named control keeps a sentence that also speaks of confidential information (it was dropped before)
    ("7. Security\nThe Vendor shall protect Confidential Information and Client Data with access controls, "
     "multi-factor authentication and encryption at rest certified under ISO 27001.\n", "met"),
])
def test_confidences_copyright_and_harmful_code_warranties_are_no_security_measures(tmp_path, rulebook, body,
                                                                                    expected):
    assert finding_of(tmp_path, rulebook, "DATA-SECURITY", body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a visit on reasonable notice, a carrier's pick-up, a shop's days of operation, an office's features
    ("7. General\nDuring normal business hours and with reasonable advance notice to the Vendor, such records shall "
     "be made available at the request and expense of the Client to an independent accountant for inspection.\n",
     "missing"),
    ("7. Monitoring\nSuch monitoring will take place during regular business hours, following reasonable "
     "notification to the Vendor, and shall not disrupt its services.\n", "missing"),
    ("7. Shipping\nEach shipment of equipment will be collected by the Client's nominated carrier during business "
     "hours on the agreed delivery date, and the Vendor will confirm the service.\n", "missing"),
    ("7. Training\nThe Vendor shall give three days of training before the first days of operation of the shop.\n",
     "missing"),
    ("7. Offices\nThe Client's branch must be satisfactory as to space, equipment, supplies, office hours, support "
     "staff and working conditions.\n", "missing"),
    # guard: a help desk's hours of operation are support hours
    ("7. Help Desk\nThe help desk hours of operation are 7 a.m. to 7 p.m. Central Time on business days.\n", "met"),
])
def test_visits_on_notice_and_a_shops_days_of_operation_are_no_support_hours(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "SCOPE-HOURS", body).status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # a business open round the clock, effort, a head of damages, a sale without interruption, a help desk's hours
    ("SLA-AVAILABILITY", "7. Hotel\nThe Client must operate the hotel twenty-four (24) hours a day after it opens.\n",
     "missing"),
    ("SLA-AVAILABILITY", "7. Effort\nThe Client agrees to operate its shop, perform this Agreement and "
                         "continuously exert its best efforts to promote the business.\n", "missing"),
    ("SLA-AVAILABILITY", "7. Liability\nThe Vendor's liability excludes downtime costs, lost profits and other "
                         "consequential damages.\n", "missing"),
    ("SLA-AVAILABILITY", "7. Know-how\nThe Vendor shall transfer the know-how so that the Client can continue to sell "
                         "the Product without interruption.\n", "missing"),
    ("SLA-AVAILABILITY", "7. Support\nThe Vendor's technical assistance centre is available twenty-four hours a day, "
                         "seven days a week for hardware issues.\n", "missing"),
    ("SLA-AVAILABILITY-MIN", "7. Capacity\nNew shippers will have access to a minimum of fifteen percent (15%) of the "
                             "Available Capacity and existing shippers to 85% of it.\n", "missing"),
    # guard: a web shop kept up
    ("SLA-AVAILABILITY", "7. Uptime\nThe web shop will be accessible to shoppers at least 99.8% of each calendar "
                         "month.\n", "met"),
])
def test_a_business_open_round_the_clock_is_no_uptime_commitment(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body).status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # a disagreement settled by representatives, a recall notice, a request for more information, an order receipt
    ("SLA-RESOLUTION", "7. Manual\nIn case of any conflict or issue in connection with the Manual, it "
                       "shall be resolved by a representative of each party within thirty (30) days of the notice.\n",
     "missing"),
    ("SLA-RESOLUTION-P1", "7. Manual\nIn case of any conflict or issue in connection with the Manual, "
                          "it shall be resolved by a representative of each party within thirty (30) days of the "
                          "notice.\n", "missing"),
    ("SLA-RESOLUTION", "7. Recalls\nThe Vendor shall bear the cost of any recall or other corrective action. The "
                       "Vendor shall restore the Client's stock no later than ten days after any such request.\n",
     "missing"),
    ("SLA-RESPONSE", "7. Data\nThe Client may ask for further information about the data, and the Vendor will respond "
                     "to those requests promptly with the additional information it holds.\n", "missing"),
    ("SLA-RESPONSE-P1", "7. Orders\nThe Vendor shall send an order acknowledgement within three (3) business days of "
                        "receiving a purchase order; urgent orders are handled first.\n", "missing"),
    # the fix and the first reply in other words
    ("SLA-RESOLUTION-P1", "7. Faults\nCritical faults in the network shall be fixed within four hours of the "
                          "report.\n", "met"),
    ("SLA-RESPONSE-P1", "7. Tickets\nUrgent tickets receive a first reply from the support engineers within thirty "
                        "minutes.\n", "met"),
])
def test_disagreements_recalls_and_orders_are_no_service_levels(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body).status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # archive copies kept after return, a firm's line of business, a regulator's action that escalates, an aside
    ("CONT-BACKUP", "7. Return\nCopies of Confidential Information made by the Vendor's automatic archiving and "
                    "back-up procedures may be retained in line with its record policy.\n", "missing"),
    ("CONT-BACKUP", "7. Board\nThe Vendor's chairman sits on the board of a provider of security, backup and storage "
                    "software.\n", "missing"),
    ("SLA-ESCALATION", "7. Supply\nShould the Vendor's compliance status under the regulator's warning letter be "
                       "escalated, the supply plan shall be revised.\n", "missing"),
    ("DATA-PROTECTION", "7. General\nA party may withhold a document where its counsel believes the disclosure could "
                        "breach applicable law (including privacy laws).\n", "missing"),
    # a copy kept on a second server is a backup
    ("CONT-BACKUP", "7. Copies\nThe Vendor shall keep copies of the Client's files on a second server at another "
                    "site.\n", "weak"),
])
def test_archive_copies_and_a_regulators_escalation_are_not_read(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body).status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # privacy law as a proviso, a share of a clerk's time, a report due, a backup compound
    ("DATA-PROTECTION", "7. General\nThe Vendor may contact the Client's users about their use of the service, subject "
                        "to compliance with applicable privacy laws.\n", "missing"),
    ("SLA-AVAILABILITY-MIN", "7. Staff\nThe payroll clerk will be available (40%) to provide services under the "
                             "secondment.\n", "missing"),
    ("SLA-RESOLUTION", "7. Reports\nA report detailing the problems found and their resolution shall be submitted to "
                       "the Client within ten (10) Business Days.\n", "missing"),
    ("CONT-BACKUP", "7. Know-how\nThe Client may ask for know-how on backup compounds it considers for development, and "
                    "the Vendor shall transfer it.\n", "missing"),
    # a privacy rule in a records clause binds the provider; the first step of a route to settle a dispute
    ("DATA-PROTECTION", "7. Maintenance of Records\nWithout limiting the foregoing, the Vendor is responsible for "
                        "compliance with Regulation S-P in keeping these records.\n", "met"),
    ("SLA-ESCALATION", "7. Disputes\nThe parties shall first try to settle any dispute through talks between their "
                       "project coordinators.\n", "weak"),
])
def test_a_proviso_a_share_of_time_and_a_report_due_are_not_read(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body).status == expected


def test_an_availability_column_of_a_table_is_read_as_uptime(tmp_path, rulebook):
    # the figure sits in a row far below the "Availability" header (one table is one passage)
    body = ("7. Service Levels\n\n| Service tier | Systems in the tier | Availability |\n|---|---|---|\n"
            "| Tier 1 | Order management platform, warehouse system, payment gateway and the customer portal | "
            "99.95% |\n| Tier 2 | Reporting, document storage and internal e-mail | 99.9% |\n")
    assert finding_of(tmp_path, rulebook, "SLA-AVAILABILITY-MIN", body).status == "met"


def test_keeping_the_systems_available_is_an_uptime_promise_without_a_figure(tmp_path, rulebook):
    body = "7. Service Levels\nThe Vendor will keep the hosted portal available to the Client's staff on working days.\n"
    assert finding_of(tmp_path, rulebook, "SLA-AVAILABILITY", body).status == "weak"


@pytest.mark.parametrize(("body", "expected"), [
    # a heading about the availability of something else: shares of a fund, a product's date, records
    ("1. Fund Availability. The Trust shall make shares of each Fund available to the Company for purchase at "
     "their net asset value.\n", "missing"),
    ("7. Availability Date. The Product shall be available for shipment from the Availability Date set out in "
     "the order.\n", "missing"),
    ("9. Availability of Business Records. Each party shall make its books available for inspection on "
     "reasonable notice.\n", "missing"),
    # guards: a heading that names the service's availability, or stands alone
    ("4. Availability\nThe Provider shall ensure the hosted platform is available 99.9% of each calendar "
     "month.\n", "met"),
    ("4. Service Availability\nThe hosted platform will be available 99.5% of the time in each month.\n", "met"),
    ("4. Availability Service Levels\n4.1 Each hosted application will achieve the following each month:\n\n"
     "| Tier | Availability |\n|---|---|\n| Tier 1 | 99.95% |\n", "met"),
])
def test_an_availability_heading_about_something_else_is_no_uptime(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "SLA-AVAILABILITY", body).status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # the engagement named by its kind of work, people lent as the service, deliverables, hosting named by what is hosted
    ("SCOPE-SERVICES", "1. Engagement\nThe Client hereby engages the Vendor to carry out records digitisation and "
                       "indexing services at its archive.\n", "met"),
    ("SCOPE-SERVICES", "1. Staffing\nKestrel shall make available the services of two qualified network engineers for "
                       "the duration of the project.\n", "met"),
    ("SCOPE-SERVICES", "1. Work\nKestrel will design and furnish to Marlow all project deliverables listed in the work "
                       "plan.\n", "met"),
    ("SCOPE-SERVICES", "1. Mail\nKestrel will host and back up the Client's e-mail mailboxes.\n", "met"),
    # the agreement's title is no description of its services; hosting a meeting is no hosting service
    ("SCOPE-SERVICES", "MAINTENANCE AGREEMENT\nThe Client shall pay the fees within thirty days of each invoice.\n",
     "missing"),
    ("SCOPE-SERVICES", "1. Venue\nThe Client shall host an annual review meeting at its offices.\n", "missing"),  # guard
])
def test_services_named_by_the_engagement_people_deliverables_or_what_is_hosted(tmp_path, rulebook, rule_id, body,
                                                                               expected):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=BARE_PREAMBLE).status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # a dispute taken up to the top of each side is an escalation path
    ("SLA-ESCALATION", "7. Disputes\nAny dispute shall first be the subject of talks between the senior managers of "
                       "both parties for ten working days.\n", "met"),
    ("SLA-ESCALATION", "7. Disputes\nIf the project leads cannot agree, the chief executive officers of each party "
                       "shall meet within 14 days to resolve it.\n", "met"),
    ("SLA-ESCALATION", "7. Board\nThe senior management of the Vendor shall approve the annual budget.\n",
     "missing"),  # guard
    # the other side's duties under its own name: a reseller, a franchisee, an owner, a distributor
    ("GOV-CUSTOMER-OBLIGATIONS", "5. Duties\nThe Reseller shall submit a monthly sales forecast to Kestrel.\n", "met"),
    ("GOV-CUSTOMER-OBLIGATIONS", "5. Duties\nThe Owner shall provide the Operator with site access and the plant "
                                 "drawings.\n", "met"),
    # (a distributor's duty is the customer's part where the distributor is the party that buys: the verb's
    # holder is read from the parties, not from the word, which names a seller as often: tests/test_obligations.py)
    ("GOV-CUSTOMER-OBLIGATIONS", "5. Duties\nThe Client will advise Kestrel promptly of any complaint "
                                 "received.\n", "met"),
    # staffing in other words: one engineer trained, third parties doing the work, people assigned
    ("GOV-STAFF", "5. People\nEach engineer sent to site shall be suitably trained for the equipment concerned.\n", "met"),
    ("GOV-STAFF", "5. People\nKestrel may use the services of third parties to perform parts of the migration work.\n",
     "met"),
    ("GOV-STAFF", "5. People\nKestrel shall allocate a minimum of three (3) dedicated analysts to the help desk.\n",
     "met"),
    ("GOV-STAFF", "5. Fees\nThe Client shall pay Kestrel for the services of third parties at cost.\n",
     "missing"),  # guard
])
def test_dispute_escalation_other_roles_duties_and_staffing_words(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=BARE_PREAMBLE).status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # hours of an audit review and of order intake are no support hours; ordering by e-mail, an on-site inspection
    # are no support channel; "costs not included in the budget" excludes nothing from the services
    ("SCOPE-HOURS", "8. Review\nAny review of the invoices must be held during normal business hours on weekdays.\n",
     "missing"),  # guard
    ("SCOPE-HOURS", "8. Orders\nPurchase orders are accepted by e-mail or telephone Monday to Friday until 4 pm.\n",
     "missing"),
    ("SCOPE-HOURS", "8. Support\nThe help desk is staffed Monday to Friday, 8 am to 6 pm.\n", "met"),  # guard
    ("SCOPE-DELIVERY", "8. Ordering\nThe Client shall place its orders by e-mail to the address in Schedule 2.\n",
     "missing"),
    ("SCOPE-DELIVERY", "8. Inspections\nThe Client may carry out on-site inspections of the data centre once a year.\n",
     "missing"),
    ("SCOPE-DELIVERY", "8. Support\nFaults are reported by e-mail to the service desk and fixed remotely.\n", "met"),  # guard
    ("SCOPE-EXCLUSIONS", "8. Costs\nAny costs not included in the project budget shall be borne by the party "
                         "incurring them.\n", "missing"),
    ("SCOPE-EXCLUSIONS", "8. Support\nUpgrades to a new major version are not included in the annual maintenance "
                         "fee.\n", "met"),  # guard
])
def test_hours_channels_and_exclusions_of_something_else_are_not_read(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=BARE_PREAMBLE).status == expected


@pytest.mark.parametrize("body", [
    # a convenience exit in one item of a list whose other items are for cause (read item by item) ...
    "9. Termination\nThis Agreement may be ended by the Client by written notice to Kestrel (a) at any time on ninety "
    "(90) days' prior written notice, (b) immediately if Kestrel commits a material breach which it fails to cure "
    "within 30 days.\n",
    # ... or the Client's right after the Vendor's conditional one in the same sentence (each match's own verb)
    "9. Term\nThis Agreement runs for five years, except that (i) the Vendor may terminate it at any time on 60 days' "
    "prior written notice if it finds a successor; and (ii) the Client may terminate it at any time on 60 days' prior "
    "written notice.\n",
])
def test_a_convenience_exit_among_other_rights_in_one_sentence_is_found(tmp_path, rulebook, body):
    assert finding_of(tmp_path, rulebook, "TERM-CONVENIENCE", body, preamble=BARE_PREAMBLE).status == "met"


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # a web site or portal set up and run for the client; a duty put on the information itself
    ("SCOPE-SERVICES", "1. Intranet\nKestrel will establish and administer the Client's intranet portal for three "
                       "years.\n", "met"),
    ("SCOPE-SERVICES", "1. Pricing\nThe Client shall administer its own pricing policy.\n", "missing"),  # guard
    ("DATA-CONFIDENTIALITY", "6. Records\nThe Vendor shall ensure that pupil records are kept strictly confidential "
                             "at all times.\n", "met"),
    ("DATA-CONFIDENTIALITY", "6. Title\nAll data remains the property of the Client.\n", "missing"),  # guard
])
def test_a_site_set_up_and_information_kept_confidential(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=BARE_PREAMBLE).status == expected


@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # insolvency as the cause in a list item far from the verb
    ("TERM-CAUSE", "9. Termination\nEither party may end this Agreement before the end of the Term: (i) on ninety (90) "
                   "days' prior written notice given at any time after the first anniversary of the Effective Date, or "
                   "(ii) at once by written notice to the other party where: (a) that other party has a receiver "
                   "appointed over its assets or becomes bankrupt.\n", "met"),
    # losses excluded in other words ("is not liable for", "may not claim", "shall incur no liability")
    ("LIAB-CAP", "10. General\nKestrel is not liable for any consequential loss or loss of profit arising from this "
                 "Agreement.\n", "weak"),
    ("LIAB-CAP", "10. General\nThe Client may not claim special, indirect or punitive damages for any breach of this "
                 "Agreement.\n", "weak"),
    ("LIAB-CAP", "10. General\nKestrel shall incur no liability to the Client for any data lost in transit.\n", "weak"),
    ("LIAB-CAP", "10. Access\nThe Client may not claim ownership of Kestrel's tools.\n", "missing"),  # guard
    # a named contact reachable in business hours; records open to auditors are no support hours
    ("SCOPE-HOURS", "4. Contacts\nKestrel's technical contact shall be available to the Client during normal business "
                    "hours.\n", "met"),
    ("SCOPE-HOURS", "4. Records\nKestrel's records shall be available to the Client's auditors during normal business "
                    "hours.\n", "missing"),  # guard
])
def test_a_far_insolvency_cause_losses_excluded_in_other_words_and_a_contacts_hours(tmp_path, rulebook, rule_id, body,
                                                                                     expected):
    assert finding_of(tmp_path, rulebook, rule_id, body, preamble=BARE_PREAMBLE).status == expected


# ---- fix13b: kinds of clause found by blind labels of sets 3-5 (texts are our own) ----

@pytest.mark.parametrize(("rule_id", "body", "expected"), [
    # a reply to e-mails or enquiries is a support response; a priority table laid out with runs of spaces
    ("SLA-RESPONSE", "4. Help Line\nAll e-mails sent to the help line shall be answered within two business hours.\n",
     "met"),
    ("SLA-RESPONSE", "4. Help Line\nThe Vendor shall reply to all user enquiries within one working day.\n", "met"),
    ("SLA-RESPONSE", "4. Support\nInquiries from shop staff shall be replied to within four (4) hours.\n", "met"),
    ("SLA-RESPONSE", "4. Defect Handling\n\nPRIORITY          REACTION          REPAIR\n\n"
                     "Urgent (1)        2 hours           1 day\n\nMajor (2)         8 hours           5 days\n", "met"),
    ("SLA-RESOLUTION", "4. Defect Handling\n\nPRIORITY          REACTION          REPAIR\n\n"
                       "Urgent (1)        2 hours           1 day\n\nMajor (2)         8 hours           5 days\n", "met"),
    # support helping the other party sell is no support request
    ("SLA-RESPONSE", "4. Marketing\nThe Vendor shall respond as soon as practicable to support the Client in "
                     "promoting its web shop.\n", "missing"),
])
def test_a_support_reply_in_other_words_and_a_spaced_priority_table(tmp_path, rulebook, rule_id, body, expected):
    assert finding_of(tmp_path, rulebook, rule_id, body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("4. Support\nThe Vendor shall use reasonable efforts to resolve all problems within the scope of the hosting "
     "services.\n", "missing"),
    ("4. Outages\nEach outage notice gives the current status, the estimated resolution time and the next step "
     "planned.\n", "missing"),
    ("4. Support\nThe Vendor shall resolve Priority 1 incidents within four (4) hours.\n", "met"),  # guard
])
def test_within_the_scope_and_an_estimated_resolution_time_are_no_target(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "SLA-RESOLUTION", body).status == expected


def test_a_heading_whose_first_sentence_an_exclude_drops_gives_no_finding(tmp_path, rulebook):
    # the heading names the service's availability; its clause is about staff being on hand (hours of support)
    body = "3. Availability of the Services\nThe Vendor's engineers will be available to provide the Services " \
           "around the clock.\n"
    assert finding_of(tmp_path, rulebook, "SLA-AVAILABILITY", body).status == "missing"


@pytest.mark.parametrize(("body", "expected"), [
    ("6. Remedies\nShould the Vendor fail to resolve a Severity 1 problem within the time set in Annex B, the Client "
     "may reduce the next monthly payment by ten percent.\n", "met"),
    ("6. Remedies\nIf the Vendor is unable to restore the web shop within twelve (12) hours of a Critical outage "
     "being logged, the Client may terminate this Agreement.\n", "met"),  # guard (an outage, then an exit)
    ("6. Remedies\nThe Vendor shall pay a penalty of $500 for each Performance Failure recorded in a quarter.\n", "met"),
    # guard: a breach not cured within days is termination for cause
    ("6. Termination\nIf the Vendor fails to correct a breach within thirty (30) days of notice, the Client may "
     "terminate this Agreement.\n", "missing"),
])
def test_a_fix_not_made_in_time_costs_fees_or_gives_an_exit(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "SLA-REMEDIES", body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("8. Records\nThe Vendor shall handle shopper records in compliance with applicable privacy and consumer "
     "protection laws.\n", "met"),
    ("8. Records\nThe Vendor shall observe all statutes governing the privacy of account holders.\n", "met"),
    ("8. Records\nThe Vendor shall not disclose any nonpublic personal information of the Client's shoppers.\n", "met"),
    ("8. Records\nThe Vendor shall safeguard the privacy of subscriber information it collects.\n", "met"),
    # a hardware processor and a call-processing unit; guard: a right of privacy in an IP warranty
    ("8. Hardware\nThe controller board signals the main processor, which routes each call to the call processing "
     "unit.\n", "missing"),
    ("8. Content\nThe Client warrants that its content does not violate any right of privacy or publicity.\n",
     "missing"),
])
def test_privacy_law_in_other_words_and_a_processor_that_is_hardware(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "DATA-PROTECTION", body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("9. Incidents\nIf any shopper data is subject to an unlawful disclosure, the Vendor shall inform the Client "
     "within 48 hours.\n", "met"),
    ("9. Incidents\nIn the event of any improper disclosure of Client records, the Vendor will immediately notify "
     "the Client.\n", "weak"),
])
def test_an_improper_or_unlawful_disclosure_to_be_reported_is_a_breach_notice(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "DATA-BREACH", body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    ('5. Contacts\nIf the named "Account Manager" is away, a back-up "Account Manager" will be appointed.\n',
     "missing"),
    ('5. Contacts\nThe Vendor shall name a "Technical Contact"; if that person is away, a back-up "Technical '
     'Contact" shall be assigned.\n', "missing"),
    ("5. Backups\nThe Vendor shall back up the Client's shop database daily.\n", "met"),  # guard
])
def test_a_backup_person_in_quotes_is_no_data_backup(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "CONT-BACKUP", body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("10. Promotion\nThe Vendor shall not promote the web shop by improper means such as spam, browser hijacking "
     "or viruses.\n", "missing"),
    ("10. Security\nThe Vendor shall protect all servers against viruses with current anti-malware software.\n",
     "met"),  # guard
])
def test_a_virus_counts_only_as_something_guarded_against(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "DATA-SECURITY", body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("11. Reports\nThe Vendor shall send the Client a monthly report of all sales made and licence fees due.\n",
     "missing"),  # guard
    ("11. Reports\nThe Vendor shall deliver its annual report to the Client within 120 days after year end.\n",
     "missing"),
    ("11. Reviews\nVendor performance metrics will be tracked and reviewed by the parties each quarter.\n", "met"),
])
def test_a_report_of_money_is_no_service_report_and_metrics_tracked_are(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "SLA-REPORTING", body).status == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("6. Fees\nWhere the deposit paid for a quarter exceeds the fees due, the Client shall be entitled to a credit of "
     "such excess amount against later invoices.\n", "missing"),
    ("6. Service Levels\nIf availability falls short of the target, the Client shall be entitled to a credit of 5% "
     "of the monthly fee.\n", "met"),  # guard
])
def test_an_overpayment_credited_back_is_no_service_level_remedy(tmp_path, rulebook, body, expected):
    assert finding_of(tmp_path, rulebook, "SLA-REMEDIES", body).status == expected


def test_a_make_good_for_under_delivery_is_a_service_level_remedy(tmp_path, rulebook):
    body = ("6. Delivery\nIf the guaranteed page views are not delivered in a quarter, the Vendor shall run a "
            "make-good campaign in the next quarter at no charge.\n")
    assert finding_of(tmp_path, rulebook, "SLA-REMEDIES", body).status == "met"
