"""Clauses said in a drafter's own words rather than the usual phrases: the way out once the agreement ends, what
the services leave out, an exit that needs no reason, reports, remedies, renewals, extra charges, meetings, the
customer's part and a vague first response. Wordings written for these tests; each found one was missed before."""

import pytest

from checker.nlp.parties import resolve_parties
from tests.rule_findings import finding_of

PREAMBLE = ('IT SUPPORT AGREEMENT\n\nThis Agreement is made between Harlow Byte Ltd ("Supplier") and '
            'Penmore Veterinary LLP ("Client").\n\n1. Background\nThe Client runs three animal clinics.\n\n')


def status(tmp_path, rulebook, rule: str, body: str) -> str:
    return finding_of(tmp_path, rulebook, rule, PREAMBLE + body).status


def found(tmp_path, rulebook, rule: str, body: str) -> bool:
    return status(tmp_path, rulebook, rule, body) in ("met", "weak")


@pytest.mark.parametrize("body", [
    # the end in plain words, then the services kept going or handed over
    "9. Leaving\n9.1 Once the arrangement has ended, the Supplier will keep the clinic servers operating for up to thirty "
    "days and give the incoming supplier every password it asks for.\n",
    "9. Leaving\n9.1 However this engagement comes to an end, the Supplier will walk whoever replaces it through the "
    "network layout on a video call.\n",
    "9. Leaving\n9.1 For up to ninety days after the end of this contract, and at the prices in clause 6.3, the Supplier "
    "shall continue to run the help desk and turn over its runbooks.\n",
])
def test_a_way_out_in_plain_words_is_found(tmp_path, rulebook, body):
    assert found(tmp_path, rulebook, "TERM-TRANSITION", body)


@pytest.mark.parametrize("body", [
    "9. Survival\n9.1 Clauses 4, 6 and 8 shall continue in force after termination.\n",
    "9. Leaving\n9.1 When the contract is ending the Supplier shall send a final invoice.\n",
])
def test_no_way_out_is_not_found(tmp_path, rulebook, body):
    assert not found(tmp_path, rulebook, "TERM-TRANSITION", body)


@pytest.mark.parametrize("body", [
    # a run-in label over the list, a clause titled for it, the contract itself as the boundary
    "2. Services\n2.1 The Supplier shall look after the clinic network.\n2.2 Not included. Payment terminals, the "
    "X-ray software and the door entry panel.\n",
    "2. Services\n2.1 The Supplier shall look after the clinic network.\n\n3. What we will not do\n\nPayment "
    "terminals, the X-ray software and the door entry panel stay with their makers.\n",
    "2. Services\n2.1 The Supplier shall look after the clinic network.\n2.2 Payment terminals and the door entry "
    "panel fall outside this agreement.\n",
    # not responsible for a service task, a duty the provider will not take on
    "2. Services\n2.1 The Supplier shall look after the clinic network.\n2.2 The Supplier is not responsible for the "
    "set-up or configuration of the Client's practice management software.\n",
    "2. Services\n2.1 The Supplier shall look after the clinic network.\n2.2 The Supplier will not take on the "
    "purchasing of hardware for the Client.\n",
])
def test_what_is_left_out_is_found(tmp_path, rulebook, body):
    assert found(tmp_path, rulebook, "SCOPE-EXCLUSIONS", body)


def test_a_liability_exclusions_heading_is_no_scope_exclusion(tmp_path, rulebook):
    body = "2. Services\n2.1 The Supplier shall look after the clinic network.\n\n3. Exclusions\n\nIn no event is either party liable for lost profits.\n"
    assert not found(tmp_path, rulebook, "SCOPE-EXCLUSIONS", body)


@pytest.mark.parametrize("body", [
    "8. Leaving early\n8.1 The Client may end this Agreement without giving reasons, by written notice to the Supplier "
    "of at least ninety (90) days.\n",
    "8. Leaving early\n8.1 The Client may cancel this contract, without the need to express any cause, by a written "
    "notice delivered to the Supplier a month in anticipation.\n",
])
def test_an_exit_needing_no_reason_in_other_words_is_found(tmp_path, rulebook, body):
    assert found(tmp_path, rulebook, "TERM-CONVENIENCE", body)


def test_what_follows_expiry_for_any_reason_is_no_convenience_exit(tmp_path, rulebook):
    body = ("8. Exit\n8.1 On expiry or termination for any reason the Supplier shall, for up to three months, keep "
            "providing the Services.\n")
    assert not found(tmp_path, rulebook, "TERM-CONVENIENCE", body)


@pytest.mark.parametrize("body", [
    "8. Default\n8.1 Either of us can end it by email if the other breaks a key promise and does not fix it within ten "
    "(10) days.\n",
    "8. Default\n8.1 Either party may rescind this contract when the other fails to comply with its obligations and "
    "does not correct this within twenty (20) days of a written demand.\n",
])
def test_ending_for_a_breach_in_other_words_is_found(tmp_path, rulebook, body):
    assert found(tmp_path, rulebook, "TERM-CAUSE", body)


@pytest.mark.parametrize("body", [
    "5. Reporting\n5.1 By the fifth Business Day of each month the Supplier shall send the Client a report covering "
    "help desk performance for the month before.\n",
    "5. Reporting\n5.1 The Supplier shall give the Client a quarterly scorecard listing each target in the schedule "
    "against the actual result.\n",
    "5. Reporting\n5.1 Each Friday the Supplier will email the Client a short digest: tickets opened and closed, "
    "patch status and backup results.\n",
])
def test_a_report_by_any_name_is_found(tmp_path, rulebook, body):
    assert found(tmp_path, rulebook, "SLA-REPORTING", body)


def test_a_missed_level_of_service_with_a_penalty_is_a_remedy(tmp_path, rulebook):
    body = ("6. Penalties\n6.1 Where the Supplier does not meet the agreed levels of service in a month, the Client may "
            "charge a penalty of three percent (3%) of that month's fee.\n")
    assert found(tmp_path, rulebook, "SLA-REMEDIES", body)


def test_a_term_that_carries_on_month_to_month_is_a_renewal(tmp_path, rulebook):
    body = "3. Term\n3.1 The first term is one year. After that it carries on month to month until either side stops it.\n"
    assert found(tmp_path, rulebook, "GEN-RENEWAL", body)


def test_a_minimum_term_stated_so_is_a_term(tmp_path, rulebook):
    body = "3. Length\n3.1 The contract shall have a minimum period of twenty-four months from signature.\n"
    assert found(tmp_path, rulebook, "GEN-TERM", body)


@pytest.mark.parametrize("body", [
    "7. Charges\n7.1 Weekend cover is charged at $140 per technician-hour.\n",
    "7. Charges\n7.1 Spare parts the Supplier orders for the Client are invoiced at cost plus five percent (5%).\n",
])
def test_extra_charges_in_other_words_are_found(tmp_path, rulebook, body):
    assert found(tmp_path, rulebook, "COMM-EXTRAS", body)


@pytest.mark.parametrize("body", [
    "10. Working together\n10.1 The Supplier's lead engineer and the Client's practice manager will have a short call "
    "every month to go over open tickets.\n",
    "10. Working together\n10.1 Both leads meet for an hour each fortnight.\n",
])
def test_meetings_at_a_rhythm_are_governance(tmp_path, rulebook, body):
    assert found(tmp_path, rulebook, "GOV-GOVERNANCE", body)


def test_a_duty_the_customer_binds_itself_to_is_its_obligation(tmp_path, rulebook):
    body = ("11. Access\nThe Client binds itself to: (a) keep the remote access tool switched on; (b) "
            "answer the Supplier's questions in good time.\n")
    assert found(tmp_path, rulebook, "GOV-CUSTOMER-OBLIGATIONS", body)


@pytest.mark.parametrize("body", [
    "4. Support\n4.1 The Supplier will jump on anything that stops a clinic from working promptly.\n",
    "4. Support\n4.1 The Supplier shall attend the Client's incidents with the utmost diligence and in the shortest "
    "possible time.\n",
])
def test_a_vague_first_response_in_other_words_is_found(tmp_path, rulebook, body):
    assert found(tmp_path, rulebook, "SLA-RESPONSE", body)


def test_a_label_over_a_named_party_gives_it_the_role():
    text = ('HOSTING TERMS\n\nClient: Marrow Bay Foods, Inc., a Texas corporation, 12 Quay Road, Austin ("Marrow")\n'
            'Provider: Tilecrest Networks LLC, an Oregon limited liability company, 9 Pine St, Bend ("Tilecrest")\n\n'
            'Marrow grows mushrooms. Tilecrest hosts its systems.\n')
    parties = resolve_parties(text)
    assert len(parties) == 2
    tilecrest = next(p for p in parties if p.name == "Tilecrest Networks LLC")
    assert tilecrest.role == "provider" and "Tilecrest" in tilecrest.aliases


def test_a_prompt_reply_to_questions_is_no_first_response(tmp_path, rulebook):
    body = ("4. Projects\n4.1 The Supplier will keep the Client informed of progress on the rollout and respond to any "
            "reasonable questions from the Client about that rollout promptly.\n")
    assert not found(tmp_path, rulebook, "SLA-RESPONSE", body)
