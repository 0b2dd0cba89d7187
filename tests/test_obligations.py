"""Parties, and who is bound or entitled by each operative verb (nlp/parties.py,
nlp/obligations.py), and the rules that read them. Every text here is our own."""

import pathlib

import pytest

from checker.engine.context import Package
from checker.engine.evaluate import evaluate_rule
from checker.model import Document
from checker.nlp.obligations import parties_of, stances_of
from checker.nlp.parties import resolve_parties
from checker.nlp.pipeline import analyse, build_pipeline
from checker.review import analyse_document
from checker.rulebook import load_rulebook

ROOT = pathlib.Path(__file__).resolve().parents[1]
PREAMBLE = ('This Managed Support Agreement is made on 2 March 2026 between Northwind IT Ltd, a company registered '
            'in England (company number 0123456) ("Provider"), and Harbour Foods plc, whose registered office is at '
            '1 Quay Street, Bristol ("Customer").\n\n')


def stances(text):
    doc = analyse(build_pipeline(), text)
    return [(text[s.start:s.end], s.modality, s.holder) for s in stances_of(doc)]


def test_parties_are_read_from_the_preamble_with_roles():
    parties = resolve_parties(PREAMBLE)
    assert [(p.name, p.aliases, p.role) for p in parties] == [
        ("Northwind IT Ltd", ["Provider"], "provider"), ("Harbour Foods plc", ["Customer"], "customer")]


def test_edgar_text_without_quote_marks_and_roles_from_what_a_party_does():
    text = ("SERVICES AGREEMENT entered into by and between Bluefin Data Inc., a Texas corporation (hereinafter Bluefin), "
            "and Orchard Clinics LLC (hereinafter Orchard).\n\n1. Bluefin shall provide the hosting services. "
            "Orchard shall pay the fees within thirty days.")
    assert [(p.aliases, p.role) for p in resolve_parties(text)] == [(["Bluefin"], None), (["Orchard"], None)]
    parties = parties_of(analyse(build_pipeline(), text))  # what each "shall" do gives the roles
    assert [(p.aliases, p.role) for p in parties] == [(["Bluefin"], "provider"), (["Orchard"], "customer")]


def test_parties_named_with_as_and_a_role_and_the_other_side_inferred():
    text = "TRANSFER AGREEMENT\namong\nKESTREL FUNDING LLC, as Issuer,\nand\nBRANT SERVICING CO., as Servicer\nDated 2020\n"
    parties = parties_of(analyse(build_pipeline(), text))
    assert [(p.aliases, p.role) for p in parties] == [(["Issuer"], "customer"), (["Servicer"], "provider")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Provider shall restore the service within four hours.", [("shall", "obligation", "provider")]),
    ("The Customer may terminate this Agreement for convenience.", [("may", "right", "customer")]),
    ("Northwind may terminate this Agreement on 30 days' notice.", [("may", "right", "provider")]),
    ("The Customer shall not upload patient records.", [("shall not", "prohibition", "customer")]),
    ("Neither party shall be liable for indirect loss.", [("shall be liable for", "exemption", "mutual")]),
    ("In no event shall the Provider be liable for lost profits.", [("In no event shall", "prohibition", "provider")]),
    ("Service credits shall be paid by the Provider within 30 days.", [("shall", "obligation", "provider")]),
    ("If the Provider misses a target, the Customer may claim a credit.", [("may", "right", "customer")]),
    ("The Customer shall receive a credit of 5% of the monthly fee.", [("shall", "right", "customer")]),
    ("Each party may terminate for material breach.", [("may", "right", "mutual")]),
    ("The Customer's data will be deleted after exit.", [("will", "obligation", None)]),
    ("The Provider's total liability shall not exceed the fees.", [("shall not", "prohibition", "provider")]),
    ("Without liability to the Provider, the Customer may suspend payment.", [("may", "right", "customer")]),
    ("The Supplier is entitled to suspend the Services; the Client shall pay the fees.",
     [("is entitled to", "right", "provider"), ("shall", "obligation", "customer")]),
    # a right however qualified
    ("The Customer has the unilateral right to cancel any order.", [("has the unilateral right", "right", "customer")]),
])
def test_who_is_bound_or_entitled(text, expected):
    assert stances(PREAMBLE + text)[-len(expected):] == expected


def test_the_stances_are_records_of_the_doc():
    text = PREAMBLE + "The Customer may audit the Provider once a year."
    doc = analyse(build_pipeline(), text)
    stance = stances_of(doc)[-1]
    assert (text[stance.start:stance.end], stance.holder, stance.modality) == ("may", "customer", "right")
    assert [p.role for p in parties_of(doc)] == ["provider", "customer"]


RULEBOOK = load_rulebook(None)


def finding(rule_id, text):
    document = Document(path="own.txt", format="txt", text=text, page_starts=[0], sections=[], tables=[], sha256="")
    return evaluate_rule(RULEBOOK.get(rule_id), Package([analyse_document(document)]))


def test_a_convenience_exit_only_the_provider_holds_is_weak_for_the_customer():
    only_provider = finding("TERM-CONVENIENCE", PREAMBLE + "The Provider may terminate this Agreement for convenience "
                                                           "on ninety (90) days' written notice.")
    assert only_provider.status == "weak"
    assert "Provider" in only_provider.message and "not of the Customer" in only_provider.message
    mutual = finding("TERM-CONVENIENCE", PREAMBLE + "Either party may terminate this Agreement for convenience "
                                                    "on ninety (90) days' written notice.")
    assert mutual.status == "met"


def test_a_customer_right_to_a_credit_is_not_a_soft_commitment():
    right = finding("SLA-REMEDIES", PREAMBLE + "If Availability falls below 99.9% in a month, the Customer may claim "
                                               "a service credit of 5% of the monthly fee, up to 20%.")
    assert right.status == "met"
    discretion = finding("SLA-REMEDIES", PREAMBLE + "The Provider may, at its discretion, grant a service credit "
                                                    "when a service level is missed.")
    assert discretion.status == "weak"


def test_an_audit_of_the_customer_by_the_provider_is_not_the_customers_audit_right():
    theirs = finding("GOV-AUDIT", PREAMBLE + "The Provider may audit the Customer's use of the licensed software "
                                             "once a year.")
    ours = finding("GOV-AUDIT", PREAMBLE + "The Provider shall permit the Customer to audit its records relating "
                                           "to the Services once a year.")
    assert (theirs.status, ours.status) == ("weak", "met")


def test_health_data_named_only_to_forbid_it_does_not_trigger_hipaa():
    forbidden = finding("DATA-HIPAA", PREAMBLE + "The Customer shall not upload protected health information or "
                                                 "patient records to the Services.")
    assert forbidden.status == "not_applicable"
    handled = finding("DATA-HIPAA", PREAMBLE + "The Provider will host the clinic's patient records.")
    assert handled.status == "missing"


def test_a_provision_without_a_figure_is_weak_not_missing():
    result = finding("SLA-RESPONSE-P1", PREAMBLE + "The Provider shall acknowledge Priority 1 incidents within "
                                                   "a reasonable time.")
    assert result.status == "weak" and result.evidence


# ---------------------------------------------------------------- clause types, conditions, word lists

def test_a_time_clause_before_the_verb_does_not_name_the_holder():
    assert stances(PREAMBLE + "After Customer confirms receipt, Provider will delete all Customer Data.")[-1] == (
        "will", "obligation", "provider")


def test_conditions_after_the_verb_make_it_conditional_but_a_listed_alternative_does_not():
    doc = analyse(build_pipeline(), PREAMBLE + "The Customer may terminate this Agreement if the Provider becomes "
                                               "insolvent. Either party may terminate this Agreement (i) on thirty "
                                               "(30) days' notice; or (ii) at once if the other party is insolvent.")
    assert [s.conditional for s in stances_of(doc)][-2:] == [True, False]


def test_a_condition_after_the_verb_is_read_across_a_double_space():
    doc = analyse(build_pipeline(), PREAMBLE + "The Provider may terminate this Agreement upon thirty (30) days' "
                                               "notice in the  event that the Customer closes its last store.")
    assert stances_of(doc)[-1].conditional


def test_a_proviso_that_grants_a_right_is_not_a_condition_of_it():
    doc = analyse(build_pipeline(), PREAMBLE + (
        "Unless terminated sooner, the term is five years; provided that either party may terminate this Agreement "
        "on sixty (60) days' notice. "
        "Unless terminated sooner, the term is five years, provided that at any time after the second anniversary "
        "of the start date, the Customer may terminate on ninety (90) days' notice. "
        "The term is five years, provided that if the fees are paid, the Customer may terminate on thirty (30) "
        "days' notice."))
    assert [(s.holder, s.conditional) for s in stances_of(doc)][-3:] == [
        ("mutual", False), ("customer", False), ("customer", True)]


def test_a_termination_right_that_depends_on_an_event_is_not_a_convenience_exit():
    assert finding("TERM-CONVENIENCE", PREAMBLE + "The Customer may terminate this Agreement on thirty (30) days' "
                                                  "notice if the Provider ceases to trade.").status == "missing"
    assert finding("TERM-CONVENIENCE", PREAMBLE + "The Customer may terminate this Agreement for any or no reason "
                                                  "on thirty (30) days' notice if no order is active.").status == "met"


def test_new_wordings_of_a_convenience_exit():
    for text in ("Either party may end this Agreement by giving the other party ninety (90) days' prior written notice.",
                 "This Agreement is terminable by the Customer upon ninety (90) days' written notice to the Provider.",
                 "Either party may cancel this agreement for non-cause with a forty-five (45) day written notice."):
        assert finding("TERM-CONVENIENCE", PREAMBLE + text).status == "met", text


def test_a_keyword_in_a_clause_about_something_else_is_not_the_provision():
    from checker.ingest import load_document
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "own.md"
        path.write_text(PREAMBLE + "## 9. Insurance\n\nThe Provider shall keep insurance in force; each policy may be "
                        "cancelled only on thirty (30) days' written notice to the Customer.\n", encoding="utf-8")
        analysed = analyse_document(load_document(path))
    assert clause_type_at(analysed, analysed.text.index("each policy")) == "insurance"
    result = evaluate_rule(RULEBOOK.get("TERM-CONVENIENCE"), Package([analysed]))
    assert result.status == "missing"


def test_word_lists_are_shared_and_an_unknown_one_is_refused(tmp_path):
    from checker.errors import RulebookError
    book = tmp_path / "book.yaml"
    book.write_text(
        "schema: checker.rulebook/1\nname: t\nversion: '1'\nwords:\n  fault: ['faults?', 'outages?']\nrules:\n"
        "  - id: T-1\n    element: sla.response\n    title: t\n    category: c\n    severity: low\n    why: w\n"
        "    fix: f\n    kind: clause\n    find:\n      patterns: ['\\b{{fault}}\\b']\n"
        "    examples:\n      met: 'Every outage is logged.'\n      missing: 'Nothing here.'\n", encoding="utf-8")
    assert load_rulebook(book).get("T-1").spec["find"].patterns[0].pattern == r"\b(?:faults?|outages?)\b"
    book.write_text(book.read_text().replace("{{fault}}", "{{faults}}"), encoding="utf-8")
    with pytest.raises(RulebookError) as error:
        load_rulebook(book)
    assert "unknown word list '{{faults}}'" in str(error.value) and "book.yaml:" in str(error.value)


def test_a_warranty_is_measured_by_its_own_period_not_any_duration_nearby():
    assert finding("COMM-WARRANTY", PREAMBLE + "The Provider warrants that the Services will conform to the "
                                               "Specification for ninety (90) days after acceptance.").status == "met"
    own_period = finding("COMM-WARRANTY", PREAMBLE + "The Provider warrants the Services; invoices are payable within "
                                                     "thirty (30) days.")
    assert own_period.status == "weak" and "no warranty period" in own_period.message.lower()
    assert finding("COMM-WARRANTY", PREAMBLE + "If circumstances warrant further time, the Provider may extend the "
                                               "review by ten (10) days.").status == "missing"


def test_a_threshold_of_one_hour_says_one_hour():
    result = finding("SLA-RESPONSE-P1", PREAMBLE + "The Provider shall respond to Priority 1 incidents within 4 hours.")
    assert result.message.endswith("the rulebook requires at most 1 hour") and "1 hours" not in result.message


def test_a_lead_in_is_read_with_its_list():
    text = (PREAMBLE + "12. Limitation of Liability\n\n12.1 Each party's total liability arising out of this Agreement "
            "is limited to the lesser of:\n(a) the fees paid in the twelve (12) months before the claim; and\n"
            "(b) one million pounds (£1,000,000).\n\n13. Notices\n\n13.1 Notices are sent by email.\n")
    result = finding("LIAB-CAP", text)
    assert result.status == "met" and "one million pounds" in result.evidence[0].quote


def test_a_pointer_to_a_schedule_the_package_lacks_is_not_the_provision():
    pointing = "The Provider shall meet the service availability levels set out in Schedule 2."
    alone = finding("SLA-AVAILABILITY", PREAMBLE + pointing)
    assert alone.status == "missing" and "set out in Schedule 2" in alone.message and alone.evidence
    held = finding("SLA-AVAILABILITY", PREAMBLE + pointing + "\n\nSchedule 2 - Service Levels\n\nThe Platform shall "
                                                            "have a high availability.")
    assert held.status == "weak"


# ---------------------------------------------------------------- contract scope

def test_a_contract_of_another_business_is_out_of_scope_not_a_poor_it_contract(tmp_path):
    from checker.report.markdown import render as markdown
    from checker.report.text import render as text
    from checker.review import review_paths
    deal = tmp_path / "deal.txt"
    deal.write_text(
        "DEVELOPMENT AND LICENSE AGREEMENT between Quillon Therapeutics Inc. (\"Quillon\") and Marrow Bio Ltd (\"Marrow\").\n\n"
        + "Marrow shall conduct the clinical trials of the Compound and seek regulatory approval of each drug in the "
          "Territory; Quillon shall pay royalties on net sales and milestone payments on each patent filing. "
          "Marrow shall manufacture the Compound and supply the drug product for the clinical trials. " * 8,
        encoding="utf-8")
    report = review_paths([deal])
    assert report.scope["in_scope"] is False and report.score is None
    assert report.as_dict()["score"] is None and "clinical" in report.scope["reason"]
    assert "Out of scope" in text(report) and "Out of scope" in markdown(report)
    it_contract = review_paths([ROOT / "samples" / "strong-msa-with-sla.pdf"])
    assert it_contract.scope["in_scope"] is True and isinstance(it_contract.score, int)


def test_exit_assistance_is_not_any_clause_about_the_end_of_the_agreement():
    assert finding("TERM-TRANSITION", PREAMBLE + "For five (5) years after termination of this Agreement, each party "
                                                 "shall keep the other's information confidential.").status == "missing"
    assert finding("TERM-TRANSITION", PREAMBLE + "Upon termination, the Provider shall return or destroy all documents "
                                                 "holding Customer data.").status == "missing"
    assert finding("TERM-TRANSITION", PREAMBLE + "After termination the Provider shall continue to provide the Services "
                                                 "for up to ninety (90) days to allow an orderly and efficient transition "
                                                 "to a new supplier.").status in ("met", "weak")


def test_nothing_shall_limit_is_a_carve_out_only_when_it_is_about_liability():
    assert finding("LIAB-CARVE-OUTS", PREAMBLE + "Nothing in this Agreement shall limit the Customer's right to choose "
                                                 "other suppliers.").status == "missing"
    assert finding("LIAB-CARVE-OUTS", PREAMBLE + "Nothing in this Agreement limits or excludes liability for fraud or "
                                                 "for death caused by negligence.").status in ("met", "weak")
    assert finding("LIAB-CARVE-OUTS", PREAMBLE + "This Agreement does not limit any liability of either party for "
                                                 "breach of its confidentiality obligations.").status in ("met", "weak")


def test_the_side_a_rulebook_takes_decides_whose_exit_counts(tmp_path):
    playbook = tmp_path / "provider-side.yaml"
    playbook.write_text("schema: checker.rulebook/1\nname: provider-side\nversion: '1'\nextends: default\n"
                        "side: provider\n", encoding="utf-8")
    provider_side = load_rulebook(playbook)
    assert (RULEBOOK.side, provider_side.side) == ("customer", "provider")
    text = PREAMBLE + "The Provider may terminate this Agreement for convenience on ninety (90) days' written notice."
    document = Document(path="own.txt", format="txt", text=text, page_starts=[0], sections=[], tables=[], sha256="")
    package = Package([analyse_document(document)])
    assert evaluate_rule(RULEBOOK.get("TERM-CONVENIENCE"), package).status == "weak"
    assert evaluate_rule(provider_side.get("TERM-CONVENIENCE"), package).status == "met"
    playbook.write_text(playbook.read_text().replace("side: provider", "side: vendor"), encoding="utf-8")
    from checker.errors import RulebookError
    with pytest.raises(RulebookError, match="'side' must be one of: customer, provider"):
        load_rulebook(playbook)


def test_renewal_wordings_of_other_firms():
    for text in ("After the Initial Term this Agreement continues on a month-to-month basis until either party "
                 "ends it on thirty (30) days' notice.",
                 "The term of this Agreement may be extended for an additional two (2) year period by written "
                 "agreement of both parties.",
                 "The initial term is two (2) years, with automatic annual renewals thereafter unless either party "
                 "gives sixty (60) days' notice."):
        assert finding("GEN-RENEWAL", PREAMBLE + text).status in ("met", "weak"), text


def test_an_audit_right_is_not_a_mention_of_financial_auditors():
    assert finding("GOV-AUDIT", PREAMBLE + "The Provider shall deliver its audited financial statements and pay the "
                                           "fees of its independent auditors.").status == "missing"
    assert finding("GOV-AUDIT", PREAMBLE + "The Customer shall have the right at any time, on ten (10) days' notice, to "
                                           "engage an independent firm to audit the Provider's records.").status == "met"


def clause_type_at(analysed, offset: int) -> str | None:
    """What the innermost clause holding the offset is about (nlp/clauses.py)."""
    return analysed.clause_types.get(id(analysed.sections_of(offset)[-1]))


def test_business_hours_in_a_notices_clause_are_not_support_hours(tmp_path):
    from checker.ingest import load_document
    path = tmp_path / "own.md"
    path.write_text(PREAMBLE + "## 14. Notices\n\nA notice delivered by hand outside business hours (9am to 5pm, "
                    "Monday to Friday) is received on the next Business Day.\n", encoding="utf-8")
    analysed = analyse_document(load_document(path))
    assert clause_type_at(analysed, analysed.text.index("outside business hours")) == "notices"
    assert evaluate_rule(RULEBOOK.get("SCOPE-HOURS"), Package([analysed])).status == "missing"


def test_a_rule_that_fails_is_an_error_finding_that_fails_the_run_not_the_review(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from checker.cli import main
    from checker.engine.kinds import KINDS
    from checker.review import review_paths

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(KINDS["threshold"], "evaluate", broken)
    contract = tmp_path / "own.txt"
    contract.write_text(PREAMBLE + "The Provider shall respond to Priority 1 incidents within 30 minutes.", encoding="utf-8")
    report = review_paths([contract])
    errors = [f for f in report.findings if f.status == "error"]
    assert errors and all("ZeroDivisionError" in f.message for f in errors)
    assert {f.status for f in report.findings} - {"error"}  # the other rules still ran
    assert report.element_status()["sla.response"] in ("met", "weak")  # SLA-RESPONSE still judges the element
    result = CliRunner().invoke(main, ["review", str(contract), "--fail-on", "critical"])
    assert result.exit_code == 1 and "ERROR" in result.output and "Traceback" not in result.output
    from checker.commands.common import fails
    medium_error = [f for f in errors if f.severity == "medium"][:1]
    assert medium_error and fails(medium_error, "critical")  # an unjudged element fails any gate


def test_a_fix_follows_the_parameter_a_playbook_sets(tmp_path):
    playbook = tmp_path / "tight.yaml"
    playbook.write_text("schema: checker.rulebook/1\nname: tight\nversion: '1'\nextends: default\noverrides:\n"
                        "  SLA-RESPONSE-P1:\n    params: {max_p1_response_hours: 2}\n", encoding="utf-8")
    text = PREAMBLE + "The Provider shall respond to Priority 1 incidents within 4 hours."
    document = Document(path="own.txt", format="txt", text=text, page_starts=[0], sections=[], tables=[], sha256="")
    package = Package([analyse_document(document)])
    assert "no more than 1 hour," in " ".join(evaluate_rule(RULEBOOK.get("SLA-RESPONSE-P1"), package).fix.split())
    assert "no more than 2 hours," in " ".join(evaluate_rule(load_rulebook(playbook).get("SLA-RESPONSE-P1"), package).fix.split())
    playbook.write_text(playbook.read_text() + "rules:\n  - id: OWN-1\n    element: sla.response\n    title: t\n"
                        "    category: c\n    severity: low\n    why: w\n    fix: 'within {max_hours} hours'\n"
                        "    kind: clause\n    find: {patterns: ['respond']}\n", encoding="utf-8")
    from checker.errors import RulebookError
    with pytest.raises(RulebookError, match="'{max_hours}' names no parameter of this rule"):
        load_rulebook(playbook)


def test_a_controller_or_processor_counts_only_as_a_role_in_processing_personal_data():
    assert finding("DATA-PROTECTION", PREAMBLE + "Invoices are approved by the Customer's Financial Controller within "
                                                 "ten days.").status == "missing"
    assert finding("DATA-PROTECTION", PREAMBLE + "Response times are measured from a workstation with a 3 GHz "
                                                 "processor.").status == "missing"
    assert finding("DATA-PROTECTION", PREAMBLE + "The Provider acts as processor of the personal data it handles for "
                                                 "the Customer.").status in ("met", "weak")


def test_a_right_to_leave_when_service_levels_are_missed_is_a_remedy():
    text = ("If the Provider fails to meet the SLA in two consecutive months, the Customer may terminate the affected "
            "order on notice and receive a prorated refund of prepaid fees.")
    assert finding("SLA-REMEDIES", PREAMBLE + text).status in ("met", "weak")
    assert finding("SLA-REMEDIES", PREAMBLE + "The Customer may terminate this Agreement on ninety (90) days' "
                                              "notice.").status == "missing"


def test_an_insurance_duty_that_names_the_insurer_is_still_an_insurance_duty():
    assert finding("LIAB-INSURANCE", PREAMBLE + "The Provider shall procure and maintain liability insurance with a "
                                                "reputable insurance carrier.").status in ("met", "weak")
    assert finding("LIAB-INSURANCE", PREAMBLE + "The Customer pays its own social insurance contributions."
                   ).status == "missing"


def test_limits_on_recovery_in_other_firms_words():
    for text in ("NEITHER PARTY SHALL BE LIABLE TO THE OTHER PARTY, UNDER ANY LEGAL OR EQUITABLE THEORY, FOR ANY "
                 "INCIDENTAL OR INDIRECT DAMAGES.",
                 "No claim arising out of this Agreement may be brought by either party more than one (1) year after "
                 "the cause of action arose.",
                 "The Provider's responsibility for defective work shall be limited to re-performing it."):
        assert finding("LIAB-CAP", PREAMBLE + text).status in ("met", "weak"), text


def test_what_happens_after_termination_for_any_reason_is_not_a_convenience_exit():
    for text in ("In the event this Agreement is terminated for any reason, the Customer shall pay all fees due.",
                 "This Agreement may be terminated at any time by agreement in writing executed by both parties.",
                 "This Agreement shall automatically terminate if the licence is terminated for any reason.",
                 "Either party may terminate this Agreement at the expiration of its term on thirty (30) days' notice."):
        assert finding("TERM-CONVENIENCE", PREAMBLE + text).status == "missing", text


def test_one_party_s_role_word_gives_the_other_its_role_before_the_verbs_are_counted():
    # "Company" is no role word and the verbs would make it a provider: the Consultant's word decides
    text = ('CONSULTING AGREEMENT entered into by and between Kestrel Analytics Inc. (the "Consultant") and Moorland '
            'Holdings Corp. (the "Company").\n\n1. The Company shall provide the Consultant with a desk and shall '
            'provide access to its systems. The Consultant shall advise on data strategy.\n')
    parties = parties_of(analyse(build_pipeline(), text))
    assert [(p.aliases, p.role) for p in parties] == [(["Consultant"], "provider"), (["Company"], "customer")]


def test_a_party_that_purchases_is_the_customer():
    text = ('SUPPLY AGREEMENT entered into by and between Stillwater Mills Ltd. ("Stillwater") and Brightloaf '
            'Bakeries Inc. ("Brightloaf").\n\n1. Brightloaf shall purchase all of its flour from Stillwater.\n')
    parties = parties_of(analyse(build_pipeline(), text))
    assert [(p.aliases, p.role) for p in parties] == [(["Stillwater"], "provider"), (["Brightloaf"], "customer")]


# ---------------------------------------------------------------- who holds the duty: party_fit, roles from the body

LICENCE_PREAMBLE = ('SOFTWARE LICENCE AND SUPPORT AGREEMENT made between Greyfield Software Ltd ("Licensor") and '
                    'Acme Retail Inc. ("Acme" or "Licensee").\n\n')


def test_the_customers_duties_under_its_own_name_or_alias_are_its_obligations():
    for duty in ("Acme shall provide the Licensor with remote access to its stores' tills.",
                 "The Licensee shall nominate a project lead and keep its operating systems patched."):
        assert finding("GOV-CUSTOMER-OBLIGATIONS", LICENCE_PREAMBLE + duty).status == "met", duty
    # the provider's own duty, named by its own role word, is not the customer's part
    assert finding("GOV-CUSTOMER-OBLIGATIONS", LICENCE_PREAMBLE + "The Licensor shall provide Acme with a help "
                                                                  "desk.").status == "missing"


def test_a_company_that_provides_is_no_customer_whatever_it_is_called():
    text = ('AGREEMENT between Kestrel Systems Inc. (the "Company") and Moorland Hospital Trust (the "Client").\n\n'
            'The Company shall provide the Client with monthly uptime reports.')
    assert finding("GOV-CUSTOMER-OBLIGATIONS", text).status == "missing"


def test_the_wrong_partys_duty_is_not_the_element():
    assert finding("CONT-BACKUP", PREAMBLE + "The Customer shall back up its own data every day.").status == "missing"
    assert finding("CONT-BACKUP", PREAMBLE + "The Provider shall back up the Customer's data every day and keep "
                                             "each copy for thirty days.").status == "met"
    assert finding("DATA-CONFIDENTIALITY", PREAMBLE + "The Customer shall keep the Provider's pricing "
                                                      "confidential.").status == "missing"
    assert finding("DATA-CONFIDENTIALITY", PREAMBLE + "The Provider may redact confidential information from "
                                                      "the copies it shares.").status == "missing"
    assert finding("DATA-CONFIDENTIALITY", PREAMBLE + "Each party shall keep the other's confidential information "
                                                      "secret.").status == "met"


def test_party_fit_needs_a_party_or_a_modality(tmp_path):
    from checker.errors import RulebookError
    path = tmp_path / "own.yaml"
    path.write_text("name: own\nversion: '1'\nrules:\n  - id: OWN-1\n    element: backup\n    title: t\n"
                    "    category: c\n    severity: low\n    why: w\n    fix: f\n    kind: clause\n"
                    "    find: {patterns: [backup], party_fit: required}\n", encoding="utf-8")
    with pytest.raises(RulebookError, match=r"find\.party_fit: reads who holds the passage"):
        load_rulebook(path)


def test_roles_are_settled_from_the_body_when_the_preamble_gives_no_alias():
    # no alias in the preamble: the body names each party by its name in title case, and both "shall provide"
    text = ('SUPPORT AGREEMENT made between ORCHARD LABS INC. and BRANTWOOD SYSTEMS LLC.\n\n'
            '1. Brantwood shall provide the support services and shall deliver each update. Brantwood shall, at its '
            'own expense, perform the maintenance. Brantwood shall use reasonable efforts to provide a help desk.\n'
            '2. Orchard shall provide Brantwood with remote access.\n')
    parties = parties_of(analyse(build_pipeline(), text))
    assert [(p.name, p.role) for p in parties] == [("ORCHARD LABS INC.", "customer"), ("BRANTWOOD SYSTEMS LLC.", "provider")]
    assert finding("GOV-CUSTOMER-OBLIGATIONS", text).status == "met"
    assert finding("GOV-CUSTOMER-OBLIGATIONS", text.split("2. ")[0]).status == "missing"


def test_a_form_written_to_its_reader():
    # "you" the customer, "we" the provider; a letter engaging a consultant the other way round
    assert stances("We will answer each ticket within one hour. You'll keep your software licensed. You need to "
                   "give us admin access.") == [("will", "obligation", "provider"), ("You'll", "obligation", "customer"),
                                                ("need to", "obligation", "customer")]
    letter = stances("This letter confirms that you will provide consulting services to us. You will deliver a "
                     "report each month and you will perform the analyses we ask for. We will pay you a fee of $5,000 "
                     "a month.")
    assert [holder for _, _, holder in letter] == ["provider", "provider", "provider", "customer"]
    # a reader who shall provide what the work needs and pay for it is still the customer
    assert stances("You must provide the images and texts we need. You shall make payment within 30 days. We will "
                   "build the site.") == [("must", "obligation", "customer"), ("shall", "obligation", "customer"),
                                          ("will", "obligation", "provider")]
    assert stances("The Provider's performance depends on the Customer providing timely access.")[-1] == (
        "depends on", "obligation", "customer")


def test_a_thing_named_after_a_party_is_not_the_party():
    assert stances(PREAMBLE + "Customer data will be replicated to a second data centre every night.")[-1] == (
        "will", "obligation", None)
    assert finding("CONT-BACKUP", PREAMBLE + "Customer data will be replicated to a second data centre every "
                                             "night.").status in ("met", "weak")
