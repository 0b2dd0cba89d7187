"""Waivers: a known gap accepted for a rule on a named contract, with a reason and maybe an
expiry. Waived findings stay in every report, marked, and do not fail --fail-on."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import RulebookError, RulebookErrors
from checker.findings import DocumentInfo, Finding, Report
from checker.rulebook.waivers import Waiver, apply_waivers, load_waivers

# meets everything critical but the breach notice: DATA-BREACH (critical) is missing
CONTRACT = """SUPPORT AGREEMENT

This Support Agreement is made between Northwind IT Ltd ("Provider") and Harbour Foods plc ("Customer").

1. Services
The Provider shall provide the managed support services described in Schedule 1, including a service desk.
"""

WAIVERS = """\
schema: checker.waivers/1
waivers:
  - rule: DATA-BREACH*
    contract: harbour-*.txt
    reason: Breach notice is in the group DPA signed separately (legal ticket LEG-42).
    expires: {expires}
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def review(*args):
    return CliRunner().invoke(main, ["review", *map(str, args)])


@pytest.fixture
def contract(tmp_path):
    return write(tmp_path / "harbour-msa.txt", CONTRACT)


def test_a_waived_gap_stays_in_the_report_and_does_not_fail(tmp_path, contract):
    waivers = write(tmp_path / "waivers.yaml", WAIVERS.format(expires="2999-12-31"))
    assert review(contract, "--fail-on", "critical").exit_code == 1  # the gap fails without the waiver

    result = review(contract, "--fail-on", "critical", "--waivers", waivers, "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    breach = next(f for f in report["findings"] if f["rule"] == "DATA-BREACH")
    assert breach["status"] == "missing"  # still reported as it is
    assert breach["waived"] == {"reason": "Breach notice is in the group DPA signed separately (legal ticket LEG-42).",
                                "expires": "2999-12-31", "source": f"{waivers}:3"}
    # the glob covers both breach rules, and nothing else
    assert {f["rule"] for f in report["findings"] if f["waived"]} == {"DATA-BREACH", "DATA-BREACH-DEADLINE"}
    assert report["summary"]["missing"] == sum(f["status"] == "missing" for f in report["findings"])
    assert report["waivers"] == [{"rule": "DATA-BREACH*", "contract": "harbour-*.txt", **breach["waived"],
                                  "status": "applied", "findings": ["DATA-BREACH", "DATA-BREACH-DEADLINE"]}]
    # other gaps still fail at their own threshold
    assert review(contract, "--waivers", waivers, "--fail-on", "high").exit_code == 1


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_every_renderer_marks_the_waived_finding(tmp_path, contract, fmt):
    waivers = write(tmp_path / "waivers.yaml", WAIVERS.format(expires="2999-12-31"))
    result = review(contract, "--waivers", waivers, "--format", fmt, "--fail-on", "never")
    assert result.exit_code == 0
    out = result.stdout
    assert "(2 waived)" in out
    assert "Waived until 2999-12-31: Breach notice is in the group DPA" in out and f"{waivers}:3" in out
    if fmt == "markdown":
        assert any(line.startswith("| MISSING (waived) | critical | DATA-BREACH |") for line in out.splitlines())


def test_an_expired_waiver_no_longer_applies_and_the_report_says_so(tmp_path, contract):
    waivers = write(tmp_path / "waivers.yaml", WAIVERS.format(expires="2020-01-31"))
    result = review(contract, "--waivers", waivers, "--fail-on", "critical")
    assert result.exit_code == 1
    assert "Waiver for DATA-BREACH* expired on 2020-01-31" in result.stdout and "DATA-BREACH, DATA-BREACH-DEADLINE count again" in result.stdout
    report = json.loads(review(contract, "--waivers", waivers, "--format", "json", "--fail-on", "never").stdout)
    assert all(f["waived"] is None for f in report["findings"])
    assert [w["status"] for w in report["waivers"]] == ["expired"]


def test_a_waiver_names_its_contract(tmp_path, contract):
    other = write(tmp_path / "other.txt", CONTRACT)
    waivers = write(tmp_path / "waivers.yaml", WAIVERS.format(expires="2999-12-31"))
    report = json.loads(review(other, "--waivers", waivers, "--format", "json", "--fail-on", "never").stdout)
    assert all(f["waived"] is None for f in report["findings"]) and report["waivers"] == []


def test_a_waiver_by_sha256_and_in_a_rulebook(tmp_path, contract):
    digest = hashlib.sha256(CONTRACT.encode()).hexdigest()
    playbook = write(tmp_path / "playbook.yaml", f"""\
name: acme
extends: default
waivers:
  - rule: DATA-BREACH
    contract: sha256:{digest}
    reason: Accepted for this signed version only.
  - rule: SCOPE-HOURS
    contract: '*.pdf'
    reason: Only for PDFs.
""")
    result = review(contract, "--rulebook", playbook, "--fail-on", "critical", "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    waived = {f["rule"]: f["waived"] for f in report["findings"] if f["waived"]}
    assert waived == {"DATA-BREACH": {"reason": "Accepted for this signed version only.", "expires": None,
                                      "source": f"{playbook}:4"}}
    # a changed contract is no longer the one the waiver names
    changed = write(tmp_path / "harbour-msa-v2.txt", CONTRACT + "\n2. Term\nThis Agreement runs for one year.\n")
    assert review(changed, "--rulebook", playbook, "--fail-on", "critical").exit_code == 1


def test_a_waiver_for_a_gap_that_is_closed_is_reported_as_unused():
    finding = Finding(rule="DATA-BREACH", element="data.breach", status="met", severity="critical", title="t",
                      category="c", message="m", fix="f")
    report = Report(tool={}, rulebook={}, documents=[DocumentInfo("a/msa.pdf", "pdf", 1, "0" * 64, "en")],
                    findings=[finding])
    waiver = Waiver("DATA-*", "msa.pdf", "ok", dt.date(2030, 1, 1), "w.yaml:2")
    apply_waivers(report, [waiver], today=dt.date(2029, 12, 31))
    assert finding.waived is None and report.waivers[0]["status"] == "unused"


def test_a_waiver_is_valid_through_its_expiry_day():
    waiver = Waiver("X", "*", "ok", dt.date(2030, 1, 1), "w.yaml:2")
    assert not waiver.expired(dt.date(2030, 1, 1)) and waiver.expired(dt.date(2030, 1, 2))


# ---------------------------------------------------------------- invalid waiver files

BAD_WAIVERS = """\
waivers:
  - rule: DATA-BREACH
    contract: msa.pdf
  - rule: SLA-RESPONSE
    contract: msa.pdf
    reason: Accepted.
    expires: next year
  - rule: NO-SUCH-RULE
    contract: msa.pdf
    reason: Accepted.
  - rule: GEN-TERM
    contract: msa.pdf
    reason: Accepted.
    owner: legal
"""


def test_every_problem_of_a_waiver_file_is_located(tmp_path):
    path = write(tmp_path / "waivers.yaml", BAD_WAIVERS)
    with pytest.raises(RulebookErrors) as caught:
        load_waivers(path, ["DATA-BREACH", "SLA-RESPONSE", "GEN-TERM"])
    assert [(e.line, e.rule) for e in caught.value.errors] == [
        (2, "waiver DATA-BREACH"), (7, "waiver SLA-RESPONSE"), (8, "waiver NO-SUCH-RULE"), (14, "waiver GEN-TERM")]
    messages = [e.message for e in caught.value.errors]
    assert "needs 'reason'" in messages[0] and "YYYY-MM-DD" in messages[1]
    assert "matches no rule" in messages[2] and "unknown key 'owner'" in messages[3]


def test_an_invalid_waiver_file_stops_the_review(tmp_path, contract):
    path = write(tmp_path / "waivers.yaml", BAD_WAIVERS)
    result = review(contract, "--waivers", path)
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 4 and all(line.startswith(f"checker: error: {path}:") for line in lines)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("text", "words"), [
    ("- rule: X\n", "a waiver file is a mapping with 'waivers'"),
    ("waivers: [\n", "invalid YAML"),
])
def test_a_malformed_waiver_file(tmp_path, text, words):
    path = write(tmp_path / "w.yaml", text)
    with pytest.raises(RulebookError, match=words):
        load_waivers(path, None)


def test_a_missing_waiver_file(tmp_path, contract):
    result = review(contract, "--waivers", tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"checker: error: {tmp_path / 'nope.yaml'}: waiver file not found"]
