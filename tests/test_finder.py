"""Finding the passages a rule is about: negated mentions, Definitions entries, section headings,
near / exclude / within, on contracts written to tmp_path and read by the real ingester."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.engine.context import Package
from checker.engine.evaluate import evaluate_rule
from checker.engine.finder import is_negated
from checker.ingest import load_document
from checker.review import analyse_document, review_documents
from checker.rulebook import load_rulebook

TITLE = "MANAGED SERVICES AGREEMENT\n\n"
SERVICES = "1. Services\nThe Provider shall provide the managed support services described in Schedule 1.\n\n"


def contract(tmp_path: Path, body: str, name: str = "contract.txt"):
    path = tmp_path / name
    path.write_text(TITLE + SERVICES + body, encoding="utf-8")
    return load_document(path)


def remedies(tmp_path, rulebook, body):
    """The SLA-REMEDIES finding (element sla.remedies) of the default rulebook on a contract."""
    report = review_documents([contract(tmp_path, body)], rulebook)
    [finding] = [f for f in report.findings if f.rule == "SLA-REMEDIES"]
    assert finding.element == "sla.remedies"
    return finding


# ---------------------------------------------------------------- negation


def test_a_negated_mention_does_not_meet_the_rule(tmp_path, rulebook):
    finding = remedies(tmp_path, rulebook, "2. Service Levels\nThe Provider shall meet the service levels in "
                                           "Schedule 2. No service credits shall apply.\n")
    assert finding.status == "missing"
    assert finding.evidence == []


def test_a_granted_credit_meets_the_rule(tmp_path, rulebook):
    finding = remedies(tmp_path, rulebook, "2. Service Levels\nThe Provider shall meet the service levels in "
                                           "Schedule 2. The Customer shall receive a service credit of 5% of "
                                           "the monthly fee.\n")
    assert finding.status == "met"
    [evidence] = finding.evidence
    assert evidence.quote == "The Customer shall receive a service credit of 5% of the monthly fee."
    assert evidence.document == "contract.txt"
    assert (evidence.section, evidence.heading) == ("2", "Service Levels")


def test_negation_is_read_within_its_own_clause(tmp_path, rulebook):
    # "no" belongs to another clause of the sentence: the credit itself is granted
    finding = remedies(tmp_path, rulebook, "2. Service Levels\nNo fee is charged for reports, and the Customer "
                                           "shall receive a service credit of 5% of the monthly fee.\n")
    assert finding.status == "met"


def test_the_first_negated_mention_does_not_hide_a_later_grant(tmp_path, rulebook):
    body = ("2. Service Levels\nNo service credits apply during the transition period. After it, the Customer "
            "shall receive a service credit of 5% of the monthly fee for each missed target.\n")
    finding = remedies(tmp_path, rulebook, body)
    assert finding.status == "met"
    assert all("No service credits" not in e.quote for e in finding.evidence)


@pytest.mark.parametrize(
    ("before", "negated"),
    [
        ("", False),
        ("No ", True),
        ("The Provider shall not be liable for ", True),
        ("The Provider never pays ", True),
        ("The Customer is entitled, without further notice, to ", False),  # the comma ends the clause
        ("The Provider shall notify the Customer no later than 24 hours after ", False),
        ("In no event shall the ", False),
        ("No fee applies, and ", False),
        ("The Provider is not responsible for the ", True),
        ("It is not the case that in a great many long winded and unusual circumstances the ", False),
        ("The Supplier shall repair at no charge during the ", False),  # a price, not a negation
        ("The Supplier gives no guarantee during the ", True),
        # a time, not a negation (sec6): the civil-law 'without delay', in four firms' orders
        ("The Contractor shall inform the Client without delay of any ", False),
        ("The Supplier shall without delay notify the Customer of each ", False),
        ("Provider shall report without any delay the ", False),
        ("The Processor shall, without delay, tell the Controller of a ", False),
        ("The Supplier may act without notice to the ", True),  # guard: other 'without's still negate
    ],
)
def test_is_negated(before, negated):
    assert is_negated(before) is negated


# ---------------------------------------------------------------- definitions


def test_a_definition_alone_does_not_meet_the_rule(tmp_path, rulebook):
    body = ('2. Definitions\n"Service Credit" means a reduction of the fees payable under this Agreement '
            "for a missed service level.\n")
    assert remedies(tmp_path, rulebook, body).status == "missing"


def test_a_definition_outside_a_definitions_section_does_not_meet_the_rule(tmp_path, rulebook):
    body = ("2. Service Levels\n\u201cService Credit\u201d means a reduction of the fees payable under this "
            "Agreement for a missed service level.\n")
    assert remedies(tmp_path, rulebook, body).status == "missing"


def test_a_definition_plus_an_operative_clause_meets_the_rule(tmp_path, rulebook):
    body = ('2. Definitions\n"Service Credit" means a reduction of the fees payable under this Agreement.\n\n'
            "3. Service Levels\nIf Availability falls below 99.9% in a month, the Customer shall receive a "
            "Service Credit of 5% of that month's fees.\n")
    finding = remedies(tmp_path, rulebook, body)
    assert finding.status == "met"
    assert {e.section for e in finding.evidence} == {"3"}


# ---------------------------------------------------------------- headings


def test_a_section_heading_hit(tmp_path, rulebook):
    # no sentence matches a pattern; the heading alone finds the section
    body = ("2. Service Level Remedies\nIf the Provider misses a target in any month, it owes the Customer a tenth "
            "of that month's price.\n")
    finding = remedies(tmp_path, rulebook, body)
    assert finding.status == "met"
    [evidence] = finding.evidence
    assert (evidence.section, evidence.heading) == ("2", "Service Level Remedies")
    assert evidence.quote.startswith("2. Service Level Remedies If the Provider misses a target")


def test_a_heading_without_a_body_does_not_count(tmp_path, rulebook):
    assert remedies(tmp_path, rulebook, "2. Service Level Remedies\nReserved.\n").status == "missing"


def test_weak_wording_under_the_rule(tmp_path, rulebook):
    finding = remedies(tmp_path, rulebook, "2. Service Levels\nService credits may be agreed between the parties "
                                           "from time to time.\n")
    assert finding.status == "weak"
    assert "may be agreed" in finding.message


# ---------------------------------------------------------------- find options, on a tiny rulebook

RULE = """\
name: tiny
version: "1"
rules:
  - id: T-CREDITS
    element: sla.remedies
    title: Service credits
    category: Service levels
    severity: high
    why: Service levels without a consequence are targets, not commitments.
    fix: Attach a credit to each service level.
    kind: clause
    find:
{find}
"""


def tiny_rule(tmp_path: Path, find: str):
    path = tmp_path / "tiny.yaml"
    path.write_text(RULE.format(find=find), encoding="utf-8")
    return load_rulebook(path).get("T-CREDITS")


def status(tmp_path: Path, find: str, body: str):
    rule = tiny_rule(tmp_path, find)
    finding = evaluate_rule(rule, Package([analyse_document(contract(tmp_path, body))]))
    return finding.status, [(e.section, e.quote) for e in finding.evidence]


NEGATED = "2. Service Levels\nNo service credits shall apply.\n"
DEFINED = '2. Definitions\n"Service Credit" means a reduction of the fees.\n'
PATTERN = "      patterns: ['\\bservice\\s+credits?\\b']"


def test_negated_option_lets_a_negated_mention_count(tmp_path):
    assert status(tmp_path, PATTERN, NEGATED)[0] == "missing"
    assert status(tmp_path, PATTERN + "\n      negated: true", NEGATED) == (
        "met", [("2", "No service credits shall apply.")])


def test_definitions_option_lets_a_definition_count(tmp_path):
    assert status(tmp_path, PATTERN, DEFINED)[0] == "missing"
    found, evidence = status(tmp_path, PATTERN + "\n      definitions: true", DEFINED)
    assert found == "met" and evidence[0][0] == "2"


def test_near_and_exclude(tmp_path):
    body = ("2. Service Levels\nService credits are described in the brochure. A service credit of 5% of the "
            "fee is paid for each missed target.\n")
    found, evidence = status(tmp_path, PATTERN + "\n      near: ['\\d+%']", body)
    assert found == "met" and [q for _, q in evidence] == [
        "A service credit of 5% of the fee is paid for each missed target."]
    found, evidence = status(tmp_path, PATTERN + "\n      exclude: ['brochure', 'missed']", body)
    assert found == "missing" and evidence == []


def test_within_limits_matches_to_sections_by_heading(tmp_path):
    body = ("2. Fees\nThe Customer receives a service credit of 5% of the fee.\n\n"
            "3. Service Levels\nThe Customer receives a service credit of 10% of the fee.\n")
    found, evidence = status(tmp_path, PATTERN + "\n      within: ['service\\s+levels']", body)
    assert found == "met"
    assert evidence == [("3", "The Customer receives a service credit of 10% of the fee.")]


def test_heading_passage_reports_its_section(tmp_path):
    rule = tiny_rule(tmp_path, "      headings: ['\\bremedies\\b']")
    document = contract(tmp_path, "2. Remedies\nIf a target is missed, the monthly fee is reduced by ten percent.\n")
    analysed = analyse_document(document)
    [passage] = rule.spec["find"].find(analysed)
    assert passage.via == "heading"
    assert passage.section.number == "2" and passage.section.heading == "Remedies"
    assert document.text[passage.match_start:passage.match_end].startswith("2. Remedies")
    assert "reduced by ten percent" in document.text[passage.start:passage.end]


def test_an_unticked_template_option_is_not_an_agreed_term(tmp_path, rulebook):
    body = ("Options\n[ ] If availability falls below 99.9% the Customer shall receive a service credit of "
            "5% of the monthly fee.\n[ x ] No other remedy applies.\n")
    assert remedies(tmp_path, rulebook, body).status == "missing"
    ticked = body.replace("[ ] If", "[ x ] If")
    assert remedies(tmp_path, rulebook, ticked).status == "met"
    blank_form = body.replace("[ x ] No other", "[ ] No other")  # nothing ticked anywhere: a blank template
    assert remedies(tmp_path, rulebook, blank_form).status == "met"


def test_a_table_cell_takes_its_subject_from_the_row_label_above(tmp_path):
    near = PATTERN + "\n      near: ['\\bpriority\\s+1\\b']"
    table = "2. Service Levels\nPriority 1 incident:\nResponse: one hour\nService credit: 5% of the fee\n"
    assert status(tmp_path, near, table)[0] == "met"
    unrelated = "2. Service Levels\nPriority 2 incident:\nResponse: one hour\nService credit: 5% of the fee\n"
    assert status(tmp_path, near, unrelated)[0] == "missing"
    # a long sentence is not a table cell: it must name its subject itself
    prose = ("2. Service Levels\nPriority 1 incidents are answered fast.\nThe parties agree that a service credit "
             "of five per cent of the monthly fee is due whenever a target set out in this Schedule is missed in a "
             "month, as measured by the Provider's ticketing system.\n")
    assert status(tmp_path, near, prose)[0] == "missing"


@pytest.mark.parametrize("body", [
    "2. Hosting\nIf the Hosted Site is inaccessible for more than 24 hours in a month, the Customer may terminate "
    "this Agreement on written notice.\n",
    "2. Hosting\nThe Customer may cancel this Agreement in case of repeated interruptions of the services.\n",
])
def test_an_exit_for_outages_is_a_remedy_for_missed_service_levels(tmp_path, rulebook, body):
    assert remedies(tmp_path, rulebook, body).status in ("met", "weak")


def test_an_exit_under_force_majeure_is_not_a_service_level_remedy(tmp_path, rulebook):
    body = ("2. Force Majeure\nIf a force majeure event causes an outage of more than 30 days, either party may "
            "terminate this Agreement.\n\n3. Notices\nNotices shall be in writing.\n")
    assert remedies(tmp_path, rulebook, body).status == "missing"


@pytest.mark.parametrize("body", [
    "2. Support\nPriority 1 incidents are solved in 4 hours by the Provider.\n",
    "2. Support\nBlocking defect:\nResponse: less than two working hours\nSolution or work-around: less than one "
    "business day\n",
])
def test_resolution_targets_in_other_words(tmp_path, rulebook, body):
    report = review_documents([contract(tmp_path, body)], rulebook)
    [finding] = [f for f in report.findings if f.rule == "SLA-RESOLUTION"]
    assert finding.status == "met"


def test_a_templates_bracketed_example_is_not_a_term(tmp_path, rulebook):
    example = ("2. Pilot\n[ ] Changes for the pilot: [For example: - The cap is $1,000 [__]. - If availability falls "
               "below 99.9% the Customer shall receive a service credit of 5% of the monthly fee.]\n")
    assert remedies(tmp_path, rulebook, example).status == "missing"
    agreed = example.replace("[For example: - The cap is $1,000 [__]. - ", "").replace("fee.]", "fee.")
    assert remedies(tmp_path, rulebook, agreed).status == "met"


def test_a_match_that_runs_from_a_heading_into_its_clause_reads_the_clause(tmp_path, rulebook):
    """'Termination' in the heading starts the match; the notice period is in the clause under it."""
    body = "2. Term and Termination\n\n2.1 Either party may terminate this Agreement upon six (6) months prior " \
           "written notice to the other party.\n"
    report = review_documents([contract(tmp_path, body)], rulebook)
    [finding] = [f for f in report.findings if f.rule == "TERM-CONVENIENCE"]
    assert finding.status == "met", finding.message
    assert "six (6) months prior written notice" in finding.evidence[0].quote


def _status(tmp_path, rulebook, rule_id, body):
    report = review_documents([contract(tmp_path, body)], rulebook)
    [finding] = [f for f in report.findings if f.rule == rule_id]
    return finding.status


def test_an_exclude_reads_the_list_item_it_stands_in_not_its_neighbours(tmp_path, rulebook):
    """A list run into one sentence: an exclude in item (i) (an infringement) does not hide the
    security measure of item (ii); the same exclude in the item that holds the match still does."""
    body = ("7. Warranties\nThe Provider warrants that: (i) the Software does not infringe any patent; (ii) all "
            "Customer Data is encrypted at rest and in transit; and (iii) the Services will be performed with "
            "reasonable skill.\n")
    assert _status(tmp_path, rulebook, "DATA-SECURITY", body) in ("met", "weak")
    same_item = body.replace("does not infringe any patent; (ii) all", "does not infringe any patent and all")
    assert _status(tmp_path, rulebook, "DATA-SECURITY", same_item) == "missing"


def test_an_exclude_in_the_lists_lead_in_still_reads_for_every_item(tmp_path, rulebook):
    # the breach in the lead-in makes every item a termination for cause, not for convenience
    body = ("9. Termination\nIf the other party commits a material breach, either party may: (a) suspend the "
            "Services; or (b) terminate this Agreement at any time on thirty (30) days' written notice.\n")
    assert _status(tmp_path, rulebook, "TERM-CONVENIENCE", body) == "missing"


def test_a_convenience_exit_in_the_first_item_is_not_hidden_by_the_cure_period_of_the_second(tmp_path, rulebook):
    body = ("10. Term\nThis Agreement shall terminate (a) at the option of either party, upon sixty (60) days' written "
            "notice to the other; or (b) if a party commits a breach that is not cured within ten days of notice.\n")
    assert _status(tmp_path, rulebook, "TERM-CONVENIENCE", body) == "met"


def test_terms_after_as_follows_in_a_whereas_sentence_bind(tmp_path, rulebook):
    """EDGAR text runs "WHEREAS ... the parties agree as follows:" into the first term: that term binds."""
    def convenience(body):
        report = review_documents([contract(tmp_path, body)], rulebook)
        return next(f for f in report.findings if f.rule == "TERM-CONVENIENCE").status
    assert convenience("WHEREAS the Customer runs bakeries, the parties agree as follows: either party may terminate "
                       "this Agreement on ninety (90) days' written notice to the other party.\n") == "met"
    # guard: the recital's own words still bind no one
    assert convenience("WHEREAS either party may terminate the earlier agreement on ninety (90) days' written notice "
                       "to the other party, the parties agree as follows: the Provider shall answer calls.\n") == "missing"


# ---------------------------------------------------------------- evidence from the clause's type (find.typed)


OWN_TYPED = """name: own
version: '1'
rules:
  - id: OWN-AFTER-END
    element: termination.transition
    title: Duties that go on after the end
    category: Termination
    severity: low
    why: w
    fix: f
    kind: clause
    find:
      typed:
        types: [termination]
        near: ['\\b(?:upon|after|following)\\s+(?:the\\s+)?(?:termination|expiry)\\b']
        modality: [obligation, right]
        verbs: ['continu\\w*', 'transfer\\w*', 'sell\\b']
      exclude: ['\\bconfidential']
"""


def _own_typed(tmp_path, body, rule=OWN_TYPED):
    (tmp_path / "own.yaml").write_text(rule, encoding="utf-8")
    report = review_documents([contract(tmp_path, body)], load_rulebook(tmp_path / "own.yaml"))
    [finding] = report.findings
    return finding


def test_a_sentence_of_a_clause_of_the_type_with_the_shape_is_a_candidate(tmp_path):
    finding = _own_typed(tmp_path, "7. Effect of Termination\nThe Customer shall pay the fees due. After termination "
                                   "the Reseller may sell its remaining stock of the Products for six months.\n")
    assert finding.status == "met"
    [evidence] = finding.evidence
    assert evidence.quote.startswith("After termination the Reseller may sell") and evidence.section == "7"


@pytest.mark.parametrize("body", [
    # the same sentence in a clause of another type
    "7. Fees\nAfter termination the Reseller may sell its remaining stock of the Products for six months.\n",
    # the type, but a verb outside the family the rule names
    "7. Effect of Termination\nAfter termination the Reseller shall pay all sums then due within ten days.\n",
    # the type and the verb, but not the rest of the shape (nothing after the end)
    "7. Termination\nThe Reseller may sell the Products in the Territory during the Term.\n",
    # the verb only in a clause the modal phrase does not govern
    "7. Effect of Termination\nAfter termination the Reseller shall not sell the Products.\n",
    # the rule's own exclude still drops it
    "7. Effect of Termination\nAfter termination the Reseller shall transfer the Confidential Information back.\n",
])
def test_a_sentence_without_the_type_or_the_shape_is_not(tmp_path, body):
    assert _own_typed(tmp_path, body).status == "missing"


def test_typed_options_are_checked_at_load(tmp_path):
    from checker.errors import RulebookError
    (tmp_path / "own.yaml").write_text(OWN_TYPED.replace("types: [termination]", "types: [terminations]"),
                                       encoding="utf-8")
    with pytest.raises(RulebookError, match=r"find\.typed\.types: must list clause types from: .*termination"):
        load_rulebook(tmp_path / "own.yaml")
    no_types = OWN_TYPED.replace("types: [termination]", "states: [DURATION]")
    (tmp_path / "own.yaml").write_text("\n".join(line for line in no_types.split("\n") if "verbs:" not in line),
                                       encoding="utf-8")
    with pytest.raises(RulebookError, match=r"find\.typed: needs 'types' or 'verbs'"):
        load_rulebook(tmp_path / "own.yaml")


@pytest.mark.parametrize(("body", "expected"), [
    # without types, the verb layer: the sentence counts in a clause of any type ...
    ("7. Fees\nAfter termination the Reseller may sell its remaining stock of the Products for six months.\n", "met"),
    # ... when its modal phrase governs the verb, not when the verb stands in a clause of its own
    ("7. Fees\nAfter termination the Reseller shall pay the invoices, and it sells the stock.\n", "missing"),
    # a lead-in's list: each item read with its lead-in, its own exclusions its own
    ("7. Fees\nAfter termination the Reseller may:\n(a) transfer the confidential files; or\n(b) continue to "
     "supply the Products.\n", "met"),
    ("7. Fees\nAfter termination the Reseller may:\n(a) transfer the confidential files.\n", "missing"),
])
def test_typed_without_types_reads_the_verbs_in_any_clause(tmp_path, body, expected):
    rule = OWN_TYPED.replace("        types: [termination]\n", "")
    assert _own_typed(tmp_path, body, rule).status == expected


def test_post_termination_duties_in_a_termination_clause_are_exit_terms_however_worded(tmp_path, rulebook):
    body = ("12. Effect of Termination\nFollowing the expiry of this Agreement, the Supplier shall transfer the "
            "hosting of the portal to the Customer or its nominee.\n")
    assert _status(tmp_path, rulebook, "TERM-TRANSITION", body) == "met"
    assert _status(tmp_path, rulebook, "TERM-TRANSITION", body.replace("Effect of Termination", "Hosting")) == "missing"
    # clauses that stay in force after the end are survival, not a party carrying on
    survival = ("12. Effect of Termination\nUpon termination of this Agreement, clause 9 (Liability) and clause 10 "
                "(Governing Law) shall continue in full force and effect.\n")
    assert _status(tmp_path, rulebook, "TERM-TRANSITION", survival) == "missing"
    # ... and so are provisions that go on: no party does anything
    provisions = ("12. Effect of Termination\nIf this Agreement is terminated for any reason, the indemnity provisions "
                  "of clause 8 shall continue until every claim under them is time-barred.\n")
    assert _status(tmp_path, rulebook, "TERM-TRANSITION", provisions) == "missing"


def test_a_warranty_clause_that_states_how_long_defects_are_remedied_has_a_duration(tmp_path, rulebook):
    body = ("5. Warranty\nThe Supplier warrants that the Equipment is of merchantable quality. Any defective item "
            "shall be repaired or replaced free of charge for twelve (12) months from installation.\n")
    assert _status(tmp_path, rulebook, "COMM-WARRANTY", body) == "met"
    # the same sentences under another heading: the duration is not shown to be the warranty's (a repair of what
    # "proves defective within twelve months" would show it whatever the heading: the rule's `fault_window`)
    assert _status(tmp_path, rulebook, "COMM-WARRANTY", body.replace("5. Warranty", "5. Equipment")) == "weak"
