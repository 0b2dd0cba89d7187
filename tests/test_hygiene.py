"""Drafting hygiene (drafting.* rules, checker/engine/kinds/drafting.py and one module per kind):
every slip planted in samples/legal-review/hygiene-slips.txt is found, and nothing is raised on
its clean counterpart hygiene-clean.txt; then each kind on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine.context import Package
from checker.engine.evaluate import evaluate_rule
from checker.errors import RulebookError
from checker.ingest import document_from_text
from checker.review import analyse_document, review_paths
from checker.rulebook import load_rulebook

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "legal-review"
RULEBOOK = load_rulebook()
DRAFTING = [rule for rule in RULEBOOK.rules if rule.element.startswith("drafting.")]

# every slip planted in hygiene-slips.txt, as the evidence quotes them, per rule
PLANTED = {
    "DRAFT-PLACEHOLDERS": ["[insert date]", "[Customer Name]", "[●]", "XX Business Days", "[TBD]", "{invoice_contact}",
                           "________"],
    "DRAFT-UNDEFINED-TERMS": ["Service Review Forum"],
    "DRAFT-UNUSED-DEFINITIONS": ["Stabilisation Period"],
    "DRAFT-CROSS-REFERENCES": ["clause 14.3", "Schedule 4"],
    "DRAFT-NUMBER-WORDS": ["thirty (60)"],
    "DRAFT-PARTY-NAMES": ["Supplier", "Fernhill Digital Limited"],
    "DRAFT-SIGNATURE-BLANKS": ["Name: ____________________", "Date:"],
}


@pytest.fixture(scope="module")
def slips():
    return {f.rule: f for f in review_paths([SAMPLES / "hygiene-slips.txt"], RULEBOOK).findings}


@pytest.fixture(scope="module")
def clean():
    return {f.rule: f for f in review_paths([SAMPLES / "hygiene-clean.txt"], RULEBOOK).findings}


def test_there_is_a_rule_for_every_kind_of_slip():
    assert {r.kind for r in DRAFTING} == {"placeholders", "undefined_terms", "unused_definitions", "cross_references",
                                          "number_words", "party_names", "signature_blanks"}
    assert set(PLANTED) == {r.id for r in DRAFTING}


@pytest.mark.parametrize("rule_id", sorted(PLANTED))
def test_every_planted_slip_is_found_and_nothing_else(slips, rule_id):
    finding = slips[rule_id]
    assert finding.status == "weak", finding.message
    assert [e.quote for e in finding.evidence] == PLANTED[rule_id], finding.message
    assert finding.message.startswith(f"{len(PLANTED[rule_id])} ")


@pytest.mark.parametrize("rule_id", sorted(PLANTED))
def test_the_clean_sample_raises_nothing(clean, rule_id):
    finding = clean[rule_id]
    assert finding.status == "met", finding.message
    assert finding.evidence == []


def test_a_clean_document_reads_as_met_per_element(tmp_path):
    report = review_paths([SAMPLES / "hygiene-clean.txt"], RULEBOOK)
    statuses = report.element_status()
    assert {statuses[r.element] for r in DRAFTING} == {"met"}


def test_slips_are_evidence_with_their_place(slips):
    number = slips["DRAFT-NUMBER-WORDS"].evidence[0]
    assert number.section == "4.2" and number.page == 1
    text = (SAMPLES / "hygiene-slips.txt").read_text(encoding="utf-8")
    assert text[number.start:number.end] == "thirty (60)"
    assert "terminate this Agreement on" in number.context["before"]
    assert number.context["after"].startswith("days' written notice")
    assert "'thirty (60)' (30 in words, 60 in figures)" in slips["DRAFT-NUMBER-WORDS"].message


# ---------------------------------------------------------------- each kind on its own


def status_of(rule_id: str, *texts: str):
    package = Package([analyse_document(document_from_text(t, f"doc{i}.txt")) for i, t in enumerate(texts)])
    finding = evaluate_rule(RULEBOOK.get(rule_id), package)
    return finding.status, [e.quote for e in finding.evidence]


@pytest.mark.parametrize(("text", "found"), [
    ("The fee is [AMOUNT] per month.", ["[AMOUNT]"]),
    ("Notices go to [Provider Address].", ["[Provider Address]"]),
    ("[Drafting note: check the cap with finance.] The cap is one million pounds.", ["[Drafting note: check the cap with finance.]"]),
    ("The fee is <<Monthly Fee>> per month.", ["<<Monthly Fee>>"]),
    ("Credits are capped at XX% of the fees.", ["XX%"]),
    ("The cap is $X,XXX in any year.", ["$X,XXX"]),
    ("The service desk answers calls TBC.", ["TBC"]),
])
def test_placeholders(text, found):
    assert status_of("DRAFT-PLACEHOLDERS", text) == ("weak", found)


@pytest.mark.parametrize("text", [
    "[ x ] The Provider will back up the data. [ ] The Provider will not back up the data.",
    "This clause is [reserved].",
    "Article XX of the Treaty applies.",
    "Signed for the Provider\nBy: ______________\nName: Jane Doe",
    "See the portal at [the link](https://example.com) for details.",
])
def test_not_placeholders(text):
    assert status_of("DRAFT-PLACEHOLDERS", text) == ("met", [])


def test_number_words_money_and_percent():
    status, found = status_of("DRAFT-NUMBER-WORDS", "The cap is one thousand dollars ($10,000). Credits are ten percent "
                                                    "(10%) of the fee. Notice is twenty-four (24) hours.")
    assert (status, found) == ("weak", ["one thousand dollars ($10,000)"])


SECTIONS = "1. Services\nThe Provider shall provide the Services.\n2. Fees\nThe Customer shall pay the fees.\n"


@pytest.mark.parametrize(("sentence", "found"), [
    ("Clause 2 and Section 3.1 apply.", ["Section 3.1"]),
    ("The credits in Sections 1, 2 and 7 apply.", ["7"]),
    ("The terms in Annex B apply.", ["Annex B"]),
    ("The processor complies with Article 28 of the GDPR.", []),  # another instrument
    ("Data is handled under Section 5 of the Order Form.", []),
    ("Software is a commercial item under FAR section 12.212.", []),
    ("The limits of Section 1.1 and clause 2(b) apply.", ["Section 1.1"]),  # 2(b) is in clause 2; 1 has no 1.1
])
def test_cross_references(sentence, found):
    status, quotes = status_of("DRAFT-CROSS-REFERENCES", SECTIONS + "3. General\n" + sentence)
    assert quotes == found and status == ("weak" if found else "met")


def test_cross_references_read_the_whole_package():
    msa = SECTIONS + "3. General\nThe service levels are in Schedule 1."
    sla = "Schedule 1 - Service Levels\nThe Provider shall respond within one (1) hour."
    assert status_of("DRAFT-CROSS-REFERENCES", msa) == ("weak", ["Schedule 1"])
    assert status_of("DRAFT-CROSS-REFERENCES", msa, sla) == ("met", [])


def test_a_term_defined_in_one_document_is_defined_for_the_package():
    msa = '"Change Request" means a written request to change the Services.'
    sla = "The Customer submits the Change Request form. The Provider prices each Change Request."
    assert status_of("DRAFT-UNDEFINED-TERMS", sla)[0] == "weak"
    assert status_of("DRAFT-UNDEFINED-TERMS", msa, sla) == ("met", [])
    assert status_of("DRAFT-UNUSED-DEFINITIONS", msa, sla) == ("met", [])


@pytest.mark.parametrize("text", [
    "The Provider's Service Delivery Manager reports to the Service Delivery Manager's director. The Service Delivery "
    "Manager attends.",  # a job title
    "The laws of the State of Oregon apply, and the courts of the State of Oregon decide.",
    "Report to the Information Commissioner. The Information Commissioner decides.",
    "Handle each Priority 1 incident fast. Each Priority 2 incident is next; the Priority 3 queue is last.",
    "Support for Microsoft Azure. The Azure tenant is monitored. The Azure bill is passed on.",
])
def test_capitalised_words_that_are_not_defined_terms(text):
    assert status_of("DRAFT-UNDEFINED-TERMS", text) == ("met", [])


def test_definition_forms():
    text = ('This Agreement is made between Acme Ltd (the "Provider") and Beta plc (together with its affiliates, the '
            '"Customer"). "Personal Data", "Controller" and "Processor" have the meanings given in the UK GDPR. '
            'The "At-Risk Amount" for any month is 12% of the fees. The Provider is the Processor and the Customer '
            "the Controller of the Personal Data; credits never exceed the At-Risk Amount.")
    assert status_of("DRAFT-UNUSED-DEFINITIONS", text) == ("met", [])
    assert status_of("DRAFT-UNDEFINED-TERMS", text) == ("met", [])


def test_party_names_per_side():
    defined = 'This Agreement is made between Acme Ltd (the "Provider") and Beta plc (the "Customer"). '
    assert status_of("DRAFT-PARTY-NAMES", defined + "The Client pays the fees.") == ("weak", ["Client"])
    assert status_of("DRAFT-PARTY-NAMES", defined + "The Provider supports the Customer.") == ("met", [])
    # nobody defined: the name used most is the name
    assert status_of("DRAFT-PARTY-NAMES", "The Supplier shall support the Customer. The Supplier invoices. "
                                          "The Vendor is paid.") == ("weak", ["Vendor"])
    # a table label or a heading is not a party's name
    assert status_of("DRAFT-PARTY-NAMES", defined + "\nCustomer satisfaction | quarterly\n") == ("met", [])


def test_signature_blanks_in_a_table_row():
    text = "IN WITNESS WHEREOF the parties sign.\nSignature | | \nName: | Name:\nTitle: | Director\nDate | |"
    status, quotes = status_of("DRAFT-SIGNATURE-BLANKS", text)
    assert status == "weak" and quotes == ["Name:", "Name:"]
    labelled = "Signed for Acme Ltd\nBy: ________\nName: | Jane Doe\nTitle: | Director\nDate: | 1 May 2026"
    assert status_of("DRAFT-SIGNATURE-BLANKS", labelled) == ("met", [])


RULE = """name: pack
rules:
  - id: X-TERMS
    element: drafting.undefined_terms
    title: Terms are defined
    category: Drafting
    severity: low
    why: An undefined capitalised term is open to argument.
    fix: Define it.
    kind: undefined_terms
    params: {params}
"""


def test_hygiene_params_are_validated(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(RULE.replace("{params}", "{min_use: 3}"), encoding="utf-8")
    with pytest.raises(RulebookError, match=r"pack.yaml:11:\d+: X-TERMS: params.min_use: unknown parameter for the "
                                            r"undefined_terms kind; valid: min_uses"):
        load_rulebook(path)
    path.write_text(RULE.replace("{params}", "{min_uses: many}"), encoding="utf-8")
    with pytest.raises(RulebookError, match="params.min_uses: must be a whole number, got 'many'"):
        load_rulebook(path)
    path.write_text(RULE.replace("{params}", "{min_uses: 1}"), encoding="utf-8")
    assert load_rulebook(path).get("X-TERMS").spec == {"min_uses": 1}


def test_a_playbook_retunes_a_hygiene_rule(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text("name: pack\nextends: default\noverrides:\n  DRAFT-SIGNATURE-BLANKS:\n"
                    "    params: {signature_line: true}\n", encoding="utf-8")
    finding = {f.rule: f for f in review_paths([SAMPLES / "hygiene-clean.txt"], load_rulebook(path)).findings}
    assert [e.quote for e in finding["DRAFT-SIGNATURE-BLANKS"].evidence] == ["By: ____________________"] * 2


def test_a_reference_with_sub_clause_letters_to_another_act_does_not_crash():
    from checker.ingest import document_from_text
    from checker.review import review_documents
    from checker.rulebook import load_rulebook

    text = ("1. Definitions\nTerms are defined here.\n2. Services\nAs required by Section 351(l) of the Act and "
            "Section 7, the Provider shall act.\n")
    report = review_documents([document_from_text(text)], load_rulebook())
    [finding] = [f for f in report.findings if f.rule == "DRAFT-CROSS-REFERENCES"]
    assert finding.status == "weak" and "Section 7" in finding.message
