"""The harness the drafter surveys share (issue 13): a clause set in a drafter's frame, the contract reviewed, the
element's call asserted; the clauses checker still calls wrong are strict xfails that say why."""

from __future__ import annotations

import pytest

from rule_findings import finding_of

FOUND = ("met", "weak")  # the element is there: measurable, or vague


def framed(frames: dict, drafter: str, body: str) -> str:
    """The clause in the drafter's frame: the frame's opening (title, parties, services), the clause, its closing."""
    preamble, closing = frames[drafter]
    return preamble + body + closing


def assert_found(tmp_path, rulebook, rule: str, text: str, present: bool):
    """The rule finds its element (met or weak) where it is present, and not where it is absent."""
    finding = finding_of(tmp_path, rulebook, rule, text)
    assert finding.status != "error", finding.message  # a rule that raised is no answer, present or absent
    assert (finding.status in FOUND) == present, (finding.status, finding.message)


def assert_any_found(tmp_path, rulebook, rules, text: str, present: bool):
    """One of the element's rules finds it (met or weak) where it is present, none where it is absent."""
    statuses = {rule: finding_of(tmp_path, rulebook, rule, text).status for rule in rules}
    assert "error" not in statuses.values(), statuses
    assert any(status in FOUND for status in statuses.values()) == present, statuses


def assert_none_found(tmp_path, rulebook, rules, text: str):
    """A frame alone holds none of the rules' elements."""
    for rule in rules:
        assert finding_of(tmp_path, rulebook, rule, text).status not in (*FOUND, "error"), rule


def params(cases, ids=lambda case, i: f"{case[0]}-{case[1]}-{i}", still_wrong=lambda case: None) -> list:
    """The cases as pytest params, named by `ids(case, index)`; a case `still_wrong` gives a reason for is a strict
    xfail with that reason."""
    return [pytest.param(*case, id=ids(case, i), marks=_xfail(still_wrong(case))) for i, case in enumerate(cases)]


def call_params(rows, drafters: dict, known: dict) -> list:
    """Each (element, drafter, call, heading, text) row as a param (element, call, contract): the heading and text
    after the drafter's opening; the (element, text) pairs in `known` are strict xfails with their reason."""
    return [pytest.param(element, call, drafters[drafter] + heading + "\n" + text + "\n", marks=_xfail(known.get((element, text))),
                         id=f"{element}-{drafter}-{call}-{text[:40]}") for element, drafter, call, heading, text in rows]


def _xfail(reason: str | None) -> list:
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def assert_call(tmp_path, rulebook, rules, call: str, contract: str, main: str | None = None):
    """Present as the call says ('met' / 'vague' / 'no': any of `rules` finds it, met or weak); a 'met' call met by
    `main`, the element's main rule, when one is given."""
    statuses = {rule: finding_of(tmp_path, rulebook, rule, contract).status for rule in rules}
    assert "error" not in statuses.values(), statuses
    present = any(status in FOUND for status in statuses.values())
    assert present == (call != "no"), statuses
    if call == "met" and main is not None:
        assert statuses[main] == "met", statuses
