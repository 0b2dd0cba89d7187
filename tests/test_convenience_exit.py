"""A convenience exit read from the verb layer (TERM-CONVENIENCE's `typed` without types): a party's right to end
the agreement, a service or an order, whatever the verb of ending, with a notice period or no cause needed; and the
rights on an event that are none. Wordings written for these tests; each found one was missed by the list of phrasings
the rule had before."""

import pytest

from tests.rule_findings import finding_of

PREAMBLE = ('SUPPORT AGREEMENT\n\nThis Agreement is made between Tarnbrook Systems Ltd ("Supplier") and '
            'Ellerby Dental LLP ("Client").\n\n1. Background\nThe Client runs four surgeries.\n\n')


def status(tmp_path, rulebook, body: str) -> str:
    return finding_of(tmp_path, rulebook, "TERM-CONVENIENCE", PREAMBLE + body).status


@pytest.mark.parametrize("body", [
    # other verbs of ending, other modal phrases, words between the modal and its verb
    "2. Exit\nThe Client is entitled to withdraw from this Agreement by notifying the Supplier three months in "
    "advance.\n",
    "2. Exit\nThe Client may, by giving the Supplier not less than two months' notice in writing, discontinue the "
    "Services in whole or in part.\n",
    "2. Exit\nEither party has the option to opt out of this Agreement once the first year is over, on giving the "
    "other party 90 days' notice.\n",
    "2. Exit\nThe Client may elect, at its option, to rescind any Statement of Work by written notice given at least "
    "sixty (60) days in advance.\n",
    # no object: the verb stands alone
    "2. Leaving\nYou may quit at any time by telling us a month ahead.\n",
    # a list item read with the lead-in that governs it
    "2. Exit\nThe Client may discontinue any Service:\n(a) at once if the Supplier breaches clause 4; or\n(b) with "
    "effect from the end of any month, on forty-five (45) days' notice to the Supplier.\n",
])
def test_a_right_to_end_in_other_words_is_found(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, body) in ("met", "weak")


@pytest.mark.parametrize("body", [
    # a right on an event: before the modal, after it, in the lead-in of a list or in each item
    "2. Exit\nIf the Supplier misses the service levels twice, the Client may elect to terminate this Agreement at "
    "any time.\n",
    "2. Exit\nThe Client is entitled to withdraw from this Agreement on sixty days' notice should the Supplier fail "
    "to perform.\n",
    "2. Exit\nThe Supplier may discontinue the Services:\n(a) on thirty days' notice if the Client does not pay; or\n"
    "(b) at once if the Client ceases trading.\n",
    # a notice of non-renewal belongs to renewal; a failure left unremedied is a cause
    "2. Term\nEither party may withdraw from this Agreement at the end of the Initial Term by giving ninety days' "
    "notice.\n",
    "2. Exit\nThe Client may discontinue the Services on thirty days' notice where the Supplier has failed to meet a "
    "milestone and not rectified it.\n",
])
def test_a_right_on_an_event_is_no_convenience_exit(tmp_path, rulebook, body):
    assert status(tmp_path, rulebook, body) == "missing"
