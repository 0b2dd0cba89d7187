"""`checker rules validate | test | list | show` and `checker explain`, end to end: output,
exit codes, and every planted mistake reported at its own file:line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.rulebook import load_rulebook
from checker.rulebook.packs import pack_names, pack_path

OK_RULE = """\
  - id: ACME-ESCROW
    element: scope.services
    title: Source code escrow
    category: Scope
    severity: low
    why: If the provider fails, the customer needs the code of the tools it depends on.
    fix: Add a source code escrow clause.
    kind: clause
    find:
      patterns: ['\\bescrow\\b']
    examples:
      met: 'The Provider shall deposit the source code with an escrow agent.'
      missing: 'The Provider shall provide the Services.'
"""

PLAYBOOK = f"""\
schema: checker.rulebook/1
name: acme
version: "1.0"
extends: default
overrides:
  SLA-RESPONSE-P1:
    severity: high
    params:
      max_p1_response_hours: 0.5
disable:
  - SLA-RESOLUTION-P1
rules:
{OK_RULE}"""


def cli(*args):
    return CliRunner().invoke(main, [*map(str, args)])


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


# ---------------------------------------------------------------- rules validate: ten planted mistakes

# (name, the mistake (old -> new in PLAYBOOK), the text on the line to blame, rule id blamed, words)
MISTAKES = [
    ("unknown top-level key", ("extends: default", "extend: default"), "extend: default", None,
     ["unknown key 'extend'", "did you mean 'extends'", "valid keys"]),
    ("unknown pack", ("extends: default", "extends: defualt"), "extends: defualt", None,
     ["unknown rule pack 'defualt'", "default, healthcare"]),
    ("base file missing", ("extends: default", "extends: ../org/base.yaml"), "extends: ../org", None,
     ["no such file"]),
    ("override of an unknown rule", ("  SLA-RESPONSE-P1:\n", "  SLA-RESPONSE-P9:\n"), "SLA-RESPONSE-P9:",
     "SLA-RESPONSE-P9", ["no rule 'SLA-RESPONSE-P9'", "did you mean 'SLA-RESPONSE-P1'"]),
    ("unknown parameter", ("max_p1_response_hours: 0.5", "max_p1_response_minutes: 30"), "max_p1_response_minutes",
     "SLA-RESPONSE-P1", ["unknown parameter 'max_p1_response_minutes'", "max_p1_response_hours"]),
    ("parameter not a number", ("max_p1_response_hours: 0.5", "max_p1_response_hours: fast"), "hours: fast",
     "SLA-RESPONSE-P1", ["must be a number", "'fast'"]),
    ("bad severity in an override", ("    severity: high\n    params", "    severity: urgent\n    params"),
     "severity: urgent", "SLA-RESPONSE-P1", ["invalid severity 'urgent'", "critical, high, medium, low, info"]),
    ("a key that cannot be overridden", ("    severity: high\n    params", "    kind: clause\n    params"),
     "kind: clause", "SLA-RESPONSE-P1", ["'kind' cannot be overridden", "overridable: title", "disable it"]),
    ("disable matches no rule", ("  - SLA-RESOLUTION-P1", "  - SLA-RESOLUTON-P1"), "SLA-RESOLUTON-P1", None,
     ["matches no rule", "did you mean 'SLA-RESOLUTION-P1'"]),
    ("new rule reuses an inherited id", ("id: ACME-ESCROW", "id: GEN-PARTIES"), "id: GEN-PARTIES", "GEN-PARTIES",
     ["already defined in", "default.yaml:", "overrides"]),
    ("invalid regular expression", ("['\\bescrow\\b']", "['(escrow']"), "(escrow", "ACME-ESCROW",
     ["find.patterns[0]", "invalid regular expression"]),
    ("unknown element", ("element: scope.services", "element: scope.escrow"), "scope.escrow", "ACME-ESCROW",
     ["unknown element 'scope.escrow'", "scope.services"]),
    ("unknown example status", ("      met: 'The Provider", "      passes: 'The Provider"), "passes:", "ACME-ESCROW",
     ["unknown example status 'passes'", "met, weak, missing, not_applicable"]),
    ("wrong schema", ("schema: checker.rulebook/1", "schema: checker.rulebook/2"), "schema:", None,
     ["unknown schema", "checker.rulebook/1"]),
    ("waiver without a reason", ("rules:\n", "waivers:\n  - rule: GEN-TERM\n    contract: msa.pdf\nrules:\n"),
     "- rule: GEN-TERM", "waiver GEN-TERM", ["needs 'reason'"]),
]


@pytest.fixture
def valid(tmp_path):
    return write(tmp_path / "playbooks" / "acme.yaml", PLAYBOOK)


def test_validate_a_valid_playbook(valid):
    result = cli("rules", "validate", valid)
    assert result.exit_code == 0, result.stdout
    assert result.stdout == (f"{valid}: valid: rulebook acme 1.0 (extends default "
                             f"{load_rulebook('default').version}), 49 rules (48 enabled)\n")
    assert result.stderr == ""


@pytest.mark.parametrize("name", pack_names())
def test_validate_the_shipped_packs(name):
    result = cli("rules", "validate", name)
    assert result.exit_code == 0 and ": valid: rulebook " + name in result.stdout


@pytest.mark.parametrize(("name", "change", "needle", "rule", "words"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_validate_reports_a_planted_mistake_at_its_line(tmp_path, name, change, needle, rule, words):
    old, new = change
    assert PLAYBOOK.count(old) == 1, old
    text = PLAYBOOK.replace(old, new)
    path = write(tmp_path / "playbooks" / "acme.yaml", text)
    result = cli("rules", "validate", path)
    assert result.exit_code == 2, result.stdout
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    match = re.fullmatch(rf"{re.escape(str(path))}:(\d+):(\d+): (.*)", lines[0])
    assert match, lines[0]
    assert int(match.group(1)) == line_of(text, needle), lines[0]
    message = match.group(3)
    if rule:
        assert message.startswith(f"{rule}: "), message
    for word in words:
        assert word in message, message
    assert result.stderr == "checker: 1 error\n"


TOGETHER = ["unknown parameter", "bad severity in an override", "disable matches no rule",
            "new rule reuses an inherited id", "invalid regular expression", "unknown element",
            "unknown example status", "wrong schema", "waiver without a reason"]


def test_validate_reports_every_mistake_together(tmp_path):
    text = PLAYBOOK
    planted = [m for m in MISTAKES if m[0] in TOGETHER]
    for _, (old, new), *_ in planted:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = write(tmp_path / "acme.yaml", text)
    result = cli("rules", "validate", path)
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    expected = sorted(line_of(text, needle) for _, _, needle, _, _ in planted)
    assert [int(line.split(":")[1]) for line in lines] == expected, result.stdout
    assert all(line.startswith(f"{path}:") for line in lines)
    assert result.stderr == f"checker: {len(planted)} errors\n"


def test_validate_several_files_and_a_waiver_file(tmp_path, valid):
    waivers = write(tmp_path / "waivers.yaml", "waivers:\n  - rule: ACME-*\n    contract: '*.pdf'\n")
    result = cli("rules", "validate", valid, "healthcare", "--waivers", waivers)
    assert result.exit_code == 2
    out = result.stdout.splitlines()
    assert out[:2] == [f"{valid}: valid: rulebook acme 1.0 (extends default {load_rulebook().version}), 49 rules "
                       "(48 enabled)", f"healthcare: valid: rulebook healthcare {load_rulebook('healthcare').version} "
                       f"(extends default {load_rulebook().version}), 52 rules (52 enabled)"]
    assert out[2:] == [f"{waivers}:2:5: waiver ACME-*: a waiver needs 'reason': why this gap is accepted"]
    # against the healthcare pack alone, ACME-* names no rule either
    out = cli("rules", "validate", "healthcare", "--waivers", waivers).stdout.splitlines()
    assert len(out) == 3 and "matches no rule in the rulebook" in out[2]
    fixed = write(tmp_path / "waivers.yaml", "waivers:\n  - {rule: ACME-*, contract: '*.pdf', reason: agreed}\n")
    result = cli("rules", "validate", valid, "--waivers", fixed)
    assert result.exit_code == 0 and result.stdout.splitlines()[1] == f"{fixed}: valid: 1 waiver"


def test_validate_a_missing_file(tmp_path):
    result = cli("rules", "validate", tmp_path / "nope.yaml")
    assert result.exit_code == 2
    assert result.stdout == f"{tmp_path / 'nope.yaml'}: rulebook file not found\n"


# ---------------------------------------------------------------- rules test


@pytest.mark.parametrize("name", pack_names())
def test_rules_test_passes_for_every_shipped_pack(name):
    result = cli("rules", "test", name)
    assert result.exit_code == 0, result.stdout
    summary = result.stdout.splitlines()[-1]
    assert re.fullmatch(rf"rulebook {name} \S+.*: \d+ passed, 0 failed \(\d+ rules with examples, 0 without, "
                        r"0 disabled\)", summary), summary
    assert "FAIL" not in result.stdout


# (pack, rule, the example to contradict its rule, the contradiction)
CONTRADICTIONS = [
    ("default", "SLA-RESPONSE-P1", "met: 'The Provider shall respond to Priority 1 incidents within thirty (30) minutes.'",
     "met: 'The Provider shall respond to Priority 1 incidents within eight (8) hours.'", "expected met, got weak"),
    ("healthcare", "HC-ENCRYPT-AT-REST", "missing: 'The Provider shall encrypt all data in transit using TLS 1.2 or higher.'",
     "missing: 'The Provider shall encrypt all backups at rest.'", "expected missing, got met"),
]


@pytest.mark.parametrize(("pack", "rule", "old", "new", "words"), CONTRADICTIONS, ids=[c[0] for c in CONTRADICTIONS])
def test_rules_test_fails_naming_the_rule_when_an_example_contradicts_it(tmp_path, pack, rule, old, new, words):
    text = pack_path(pack).read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = write(tmp_path / f"{pack}.yaml", text.replace(old, new))
    result = cli("rules", "test", path)
    assert result.exit_code == 1
    fails = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    status = words.split()[1].rstrip(",")
    assert fails == [f"FAIL  {rule}  {status} example ({path}:{line_of(text, old)}): {words}"]
    assert ", 1 failed" in result.stdout.splitlines()[-1]


def test_rules_test_names_the_override_that_invalidated_inherited_examples(tmp_path):
    playbook = write(tmp_path / "p.yaml", "name: p\nextends: default\noverrides:\n  SLA-RESPONSE-P1:\n"
                                          "    params: {max_p1_response_hours: 0.25}\n")
    result = cli("rules", "test", playbook, "--rule", "SLA-RESPONSE-P1")
    assert result.exit_code == 1
    assert f"FAIL  SLA-RESPONSE-P1  met example ({pack_path('default')}:" in result.stdout
    assert f"an inherited example: {playbook}:5 changed this rule's params" in result.stdout
    assert "1 passed, 1 failed" in result.stdout or "2 passed, 1 failed" in result.stdout


def test_rules_test_checks_expected_facts_and_lists_untested_rules(tmp_path):
    rule = OK_RULE.replace("examples:\n      met: 'The Provider shall deposit the source code with an escrow agent.'",
                           "examples:\n      met:\n        - text: 'The Provider shall deposit the source code with an "
                           "escrow agent within thirty (30) days.'\n          expect_facts: [{type: duration, hours: 48}]")
    bare = OK_RULE.replace("ACME-ESCROW", "ACME-BARE").split("    examples:")[0]
    path = write(tmp_path / "r.yaml", f"name: r\nrules:\n{rule}{bare}")
    result = cli("rules", "test", path)
    assert result.exit_code == 1
    assert "FAIL  ACME-ESCROW  met example" in result.stdout
    assert "expected a fact {type: duration, hours: 48}; got no facts" in result.stdout
    assert "no examples (1): ACME-BARE" in result.stdout
    assert result.stdout.splitlines()[-1] == "rulebook r 0: 1 passed, 1 failed (1 rule with examples, 1 without, 0 disabled)"


def test_rules_test_on_a_broken_rulebook_is_an_error(tmp_path):
    path = write(tmp_path / "p.yaml", "name: p\nextends: nowhere.yaml\n")
    result = cli("rules", "test", path)
    assert result.exit_code == 2 and result.stderr.startswith(f"checker: error: {path}:2:")


# ---------------------------------------------------------------- rules list / show, explain


def test_rules_list(valid):
    result = cli("rules", "list", "--rulebook", valid)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "ELEMENT", "SEVERITY", "ENABLED", "TITLE"]
    rows = {line.split()[0]: line.split()[:4] for line in lines[1:-1]}
    assert rows["SLA-RESPONSE-P1"] == ["SLA-RESPONSE-P1", "sla.response", "high", "yes"]
    assert rows["SLA-RESOLUTION-P1"][3] == "no"
    assert rows["ACME-ESCROW"] == ["ACME-ESCROW", "scope.services", "low", "yes"]
    assert lines[-1].startswith("49 rules, 48 enabled, in rulebook acme 1.0 (extends default ")
    assert len(cli("rules", "list").stdout.splitlines()) == len(load_rulebook().rules) + 2


def test_rules_show_gives_effective_parameters_and_changes(valid):
    result = cli("rules", "show", "SLA-RESPONSE-P1", "--rulebook", valid)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("SLA-RESPONSE-P1: The most urgent incidents get a fast enough response\n")
    for words in ("severity    high", "What it checks", "at most max_p1_response_hours = 0.5 hours",
                  "Why it matters", "max_p1_response_hours = 0.5   (was 1 before the override)", "How to fix",
                  "Examples", f"changed at  {valid}:9: params.max_p1_response_hours 1 -> 0.5",
                  f"changed at  {valid}:7: severity medium -> high"):
        assert words in out, words
    assert "within thirty (30) minutes" in out  # the inherited examples are shown


def test_rules_show_an_unknown_rule(valid):
    result = cli("rules", "show", "SLA-RESPONSE-P2", "--rulebook", valid)
    assert result.exit_code == 2
    assert result.stderr == ("checker: error: no rule 'SLA-RESPONSE-P2' in rulebook acme 1.0 (extends default "
                             f"{load_rulebook().version}) (did you mean 'SLA-RESPONSE-P1'?)\n")


CONTRACT = """SUPPORT AGREEMENT

This Support Agreement is made between Northwind IT Ltd ("Provider") and Harbour Foods plc ("Customer").

1. Support
The Provider will respond promptly to support requests.
"""


def test_explain_a_finding_from_a_report(tmp_path):
    contract = write(tmp_path / "contract.txt", CONTRACT)
    report = tmp_path / "report.json"
    assert cli("review", contract, "--format", "json", "-o", report, "--fail-on", "never").exit_code == 0
    result = cli("explain", "SLA-RESPONSE", "--report", report)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("SLA-RESPONSE: Response times are committed and measurable\n")
    assert "In the report: WEAK. Vague ('promptly')" in out
    assert '"The Provider will respond promptly to support requests."' in out
    for words in ("What it checks", "Weak when it states no duration", "Why it matters", "How to fix",
                  "A clause that meets it"):
        assert words in out, words
    assert result.stderr == ""


def test_explain_with_another_rulebook_says_so(tmp_path, valid):
    contract = write(tmp_path / "contract.txt", CONTRACT)
    report = tmp_path / "report.json"
    cli("review", contract, "--format", "json", "-o", report, "--fail-on", "never")
    result = cli("explain", "SLA-RESPONSE", "--report", report, "--rulebook", valid)
    assert result.exit_code == 0 and "checker: note: the report was made with rulebook 'default'" in result.stderr


def test_explain_without_a_report_and_errors(tmp_path):
    result = cli("explain", "DATA-HIPAA", "--rulebook", "healthcare")
    assert result.exit_code == 0 and "HIPAA" in result.stdout and "In the report" not in result.stdout
    assert cli("explain", "NOPE").exit_code == 2
    report = write(tmp_path / "r.json", json.dumps({"schema": "something/else"}))
    result = cli("explain", "GEN-TERM", "--report", report)
    assert result.exit_code == 2 and "not a checker.report/1 JSON report" in result.stderr


def test_a_limit_of_one_hour_is_one_hour():
    """'requires it to be at most max_p1_response_hours = 1 hours'."""
    from checker.words import count, measure

    shown = " ".join(cli("rules", "show", "SLA-RESPONSE-P1").stdout.split())
    assert "at most max_p1_response_hours = 1 hour:" in shown
    assert "= 99.5%:" in " ".join(cli("rules", "show", "SLA-AVAILABILITY-MIN").stdout.split())
    assert [measure(1, "hours"), measure(0.5, "hours"), measure(4, "days"), measure(1, "business days")] == [
        "1 hour", "0.5 hours", "4 days", "1 business day"]
    assert [count(1, "contract"), count(0, "error"), count(2, "error")] == ["1 contract", "0 errors", "2 errors"]
