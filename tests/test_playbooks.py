"""Playbooks: rulebooks that extend a pack, override, disable and add rules; the effective
rulebook is what runs, what is hashed, and what the JSON schema describes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.elements import ELEMENTS
from checker.engine.kinds import KINDS
from checker.engine.kinds.clause import FIND, TAG_LABELS, WEAK_WHEN
from checker.errors import RulebookError, RulebookErrors
from checker.findings import SEVERITIES
from checker.review import review_paths
from checker.rulebook import load_rulebook
from checker.rulebook.compose import OVERRIDABLE, TOP_KEYS
from checker.rulebook.packs import pack_names, pack_path
from checker.rulebook.rule import COMMON_KEYS, EXAMPLE_STATUSES
from checker.selftest import run_selftest
from checker.rulebook.waivers import KEYS as WAIVER_KEYS

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "src" / "strong-msa-with-sla.md"

# tightens two thresholds, disables one rule, adds one
PLAYBOOK = """\
name: acme-legal
version: "3.1"
extends: default
overrides:
  SLA-RESPONSE-P1:
    params:
      max_p1_response_hours: {p1}
    severity: high
    examples:
      met: 'The Provider shall respond to Priority 1 incidents within five (5) minutes.'
      weak: 'The Provider shall respond to Priority 1 incidents within thirty (30) minutes.'
      missing: 'The Provider shall provide the support services.'
  SLA-AVAILABILITY-MIN:
    params: {{min_uptime_percent: {uptime}}}
disable:
  - SLA-RESOLUTION-P1
rules:
  - id: ACME-ENCRYPTION
    element: data.security
    title: Customer data is encrypted
    category: Data protection
    severity: high
    why: Acme's security policy requires encryption of customer data by every supplier.
    fix: Add "The Provider shall encrypt Customer Data at rest and in transit."
    kind: clause
    find:
      patterns: ['\\bencrypt\\w*\\b']
    examples:
      met: 'The Provider shall encrypt all Customer Data.'
      missing: 'The Provider shall back up all Customer Data.'
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), start=1) if needle in line)


def errors_of(path) -> list[RulebookError]:
    with pytest.raises((RulebookErrors, RulebookError)) as caught:
        load_rulebook(path)
    return caught.value.errors if isinstance(caught.value, RulebookErrors) else [caught.value]


# ---------------------------------------------------------------- the bar: a playbook changes a review as intended


@pytest.fixture(scope="module")
def baseline():
    return review_paths([SAMPLE], "default")


def test_a_playbook_changes_the_review_exactly_as_intended(tmp_path, baseline):
    before = {f.rule: f for f in baseline.findings}
    p1, uptime = before["SLA-RESPONSE-P1"], before["SLA-AVAILABILITY-MIN"]
    assert p1.status == "met" and uptime.status == "met", "the sample must meet both thresholds by default"
    assert before["SLA-RESOLUTION-P1"].status in ("met", "weak")
    # tighten each threshold past what the sample states, whatever the sample states
    p1_limit = p1.facts[0]["hours"] / 2
    uptime_limit = round(uptime.facts[0]["value"] + (100 - uptime.facts[0]["value"]) / 2, 4)
    playbook = write(tmp_path / "playbooks" / "acme.yaml", PLAYBOOK.format(p1=p1_limit, uptime=uptime_limit))

    report = review_paths([SAMPLE], playbook)
    after = {f.rule: f for f in report.findings}

    assert set(after) == (set(before) - {"SLA-RESOLUTION-P1"}) | {"ACME-ENCRYPTION"}
    changed = {rule for rule in set(before) & set(after) if before[rule].as_dict() != after[rule].as_dict()}
    assert changed == {"SLA-RESPONSE-P1", "SLA-AVAILABILITY-MIN"}
    tightened = after["SLA-RESPONSE-P1"]
    assert tightened.status == "weak" and tightened.severity == "high"
    assert tightened.facts[0]["compared_with"] == p1_limit
    assert f"at most {p1_limit:g} hours" in tightened.message
    assert after["SLA-AVAILABILITY-MIN"].status == "weak"
    assert after["SLA-AVAILABILITY-MIN"].facts[0]["compared_with"] == uptime_limit
    assert after["ACME-ENCRYPTION"].status == "met" and after["ACME-ENCRYPTION"].evidence

    assert baseline.rulebook["name"] == "default" and "extends" not in baseline.rulebook
    assert report.rulebook["name"] == "acme-legal" and report.rulebook["version"] == "3.1"
    assert report.rulebook["extends"] == [{"name": "default", "version": baseline.rulebook["version"]}]
    assert report.rulebook["sha256"] != baseline.rulebook["sha256"]

    # the exit code follows: the default passes --fail-on high, the playbook's high gap fails it
    runner = CliRunner()
    assert runner.invoke(main, ["review", str(SAMPLE), "--fail-on", "high"]).exit_code == 0
    result = runner.invoke(main, ["review", str(SAMPLE), "--rulebook", str(playbook), "--fail-on", "high"])
    assert result.exit_code == 1, result.stderr
    assert "rulebook acme-legal 3.1" in result.stdout and "SLA-RESOLUTION-P1" not in result.stdout


def test_the_playbook_passes_its_own_examples(tmp_path):
    playbook = write(tmp_path / "acme.yaml", PLAYBOOK.format(p1=0.25, uptime=99.9))
    run = run_selftest(load_rulebook(playbook))
    assert run.failed == [] and [r.id for r in run.disabled] == ["SLA-RESOLUTION-P1"] and run.untested == []
    p1 = [r for r in run.results if r.rule.id == "SLA-RESPONSE-P1"]
    assert [r.example.where.file for r in p1] == [str(playbook)] * 3  # the override's examples replaced the base's


# ---------------------------------------------------------------- extends


BASE = """\
name: org-base
version: "1"
extends: default
overrides:
  SLA-RESPONSE-P1:
    params: {max_p1_response_hours: 0.5}
disable: [GOV-STAFF]
rules:
  - id: ORG-ESCROW
    element: scope.services
    title: Source code escrow
    category: Scope
    severity: low
    why: If the provider fails, the customer needs the code of the tools it depends on.
    fix: Add a source code escrow clause.
    kind: clause
    tags: [org, commercial]
    find:
      patterns: ['\\bescrow\\b']
"""

TEAM = """\
name: team
version: "2"
extends: ../org/base.yaml
overrides:
  SLA-RESPONSE-P1:
    severity: critical
  GOV-STAFF:
    enabled: true
  ORG-ESCROW:
    severity: high
disable: ['SLA-AVAIL*', 'tag:commercial']
"""


def test_a_chain_of_packs(tmp_path):
    base = write(tmp_path / "org" / "base.yaml", BASE)
    team = write(tmp_path / "team" / "team.yaml", TEAM)  # extends a path relative to itself
    rulebook = load_rulebook(team)
    default = load_rulebook("default")
    assert [b["name"] for b in rulebook.extends] == ["org-base", "default"]
    assert rulebook.info()["extends"] == [{"name": "org-base", "version": "1"},
                                          {"name": "default", "version": default.version}]
    assert [r.id for r in rulebook.rules] == [r.id for r in default.rules] + ["ORG-ESCROW"]

    p1 = rulebook.get("SLA-RESPONSE-P1")
    assert p1.params == {"max_p1_response_hours": 0.5} and p1.severity == "critical"
    assert p1.defaults == {"max_p1_response_hours": 1}
    assert [c.split(": ", 1)[0] for c in p1.changes] == [f"{base}:{line_of(base, 'max_p1_response_hours')}",
                                                         f"{team}:{line_of(team, 'severity: critical')}"]
    assert p1.source == default.get("SLA-RESPONSE-P1").source  # still defined where the default defines it
    assert rulebook.get("GOV-STAFF").enabled is True  # re-enabled after the base disabled it
    assert rulebook.get("ORG-ESCROW").severity == "high" and rulebook.get("ORG-ESCROW").enabled is False
    disabled = {r.id for r in rulebook.rules if not r.enabled}
    assert disabled == {"SLA-AVAILABILITY", "SLA-AVAILABILITY-MIN", "ORG-ESCROW"}


def test_extends_a_shipped_pack_by_name(tmp_path):
    playbook = write(tmp_path / "p.yaml", 'name: p\nversion: "1"\nextends: healthcare\ndisable: ["tag:encryption"]\n')
    rulebook = load_rulebook(playbook)
    assert [b["name"] for b in rulebook.extends] == ["healthcare", "default"]
    assert {r.id for r in rulebook.rules if not r.enabled} == {"HC-ENCRYPT-AT-REST", "HC-ENCRYPT-IN-TRANSIT"}
    assert load_rulebook("healthcare").path == str(pack_path("healthcare"))


def test_disabled_rules_are_not_evaluated(tmp_path):
    playbook = write(tmp_path / "p.yaml", 'name: p\nextends: default\ndisable: ["SLA-*", "DATA-HIPAA"]\n')
    report = review_paths([SAMPLE], playbook)
    rules = {f.rule for f in report.findings}
    assert not any(r.startswith("SLA-") for r in rules) and "DATA-HIPAA" not in rules and "GEN-PARTIES" in rules


@pytest.mark.parametrize("shape", ["self", "pair", "triangle"])
def test_an_extends_cycle_is_an_error(tmp_path, shape):
    names = {"self": ["a"], "pair": ["a", "b"], "triangle": ["a", "b", "c"]}[shape]
    for name, nxt in zip(names, names[1:] + names[:1]):
        write(tmp_path / f"{name}.yaml", f"name: {name}\nextends: {nxt}.yaml\n")
    [error] = errors_of(tmp_path / "a.yaml")
    assert "cycle" in error.message and error.line == 2
    assert error.file == str(tmp_path / f"{names[-1]}.yaml")  # the extends that closes the loop


def test_errors_point_at_the_file_and_line_they_come_from(tmp_path):
    base = write(tmp_path / "base.yaml", BASE.replace("severity: low", "severity: lowest"))
    top = write(tmp_path / "top.yaml", "name: top\nextends: base.yaml\noverrides:\n  GEN-PARTIES:\n"
                                       "    severity: urgent\n")
    errors = errors_of(top)
    assert [(Path(e.file).name, e.line, e.rule) for e in errors] == [
        ("top.yaml", 5, "GEN-PARTIES"),  # the override's own line, in the extending file
        ("base.yaml", line_of(base, "severity: lowest"), "ORG-ESCROW"),  # a base's rule, in the base
    ]
    assert all("critical, high, medium, low, info" in e.message for e in errors)


def test_an_override_that_breaks_a_kind_option_is_caught(tmp_path):
    # the effective rule is validated as a whole: an override making a threshold meaningless fails
    playbook = write(tmp_path / "p.yaml", "extends: default\noverrides:\n  SLA-RESPONSE-P1:\n    params:\n"
                                          "      max_p1_response_hours: fast\n")
    [error] = errors_of(playbook)
    assert (error.file, error.line, error.rule) == (str(playbook), 5, "SLA-RESPONSE-P1")
    assert "must be a number" in error.message


def test_an_override_without_extends_is_an_error(tmp_path):
    text = ('name: x\noverrides:\n  A: {severity: low}\nrules:\n  - {id: A, element: parties, title: t, category: c,'
            ' severity: high, why: w, fix: f, kind: clause, find: {patterns: [x]}}\n')
    [error] = errors_of(write(tmp_path / "x.yaml", text))
    assert error.line == 2 and "needs 'extends'" in error.message


# ---------------------------------------------------------------- the effective rulebook's hash


def test_the_hash_is_of_the_effective_rules(tmp_path):
    def sha(text, name="p.yaml"):
        return load_rulebook(write(tmp_path / name, text)).sha256

    plain = 'name: p\nversion: "1"\nextends: default\n'
    assert sha(plain) == sha("# a comment\n" + plain.replace("name: p\n", "name:   p\n"), "q.yaml")
    assert sha(plain) != sha(plain + "overrides:\n  SLA-RESPONSE-P1:\n    params: {max_p1_response_hours: 2}\n")
    assert sha(plain) != sha(plain + "disable: [GEN-TERM]\n")
    assert sha(plain) != sha(plain + "overrides:\n  GEN-TERM: {severity: low}\n")
    # a no-op override changes nothing that runs
    assert sha(plain) == sha(plain + "overrides:\n  GEN-TERM: {severity: medium}\n")
    assert sha(plain) != load_rulebook("default").sha256  # its own name and version


# ---------------------------------------------------------------- the healthcare pack

NO_HEALTH_DATA = """SUPPORT AGREEMENT

This Support Agreement is made between Northwind IT Ltd ("Provider") and Harbour Foods plc ("Customer").

1. Security
The Provider shall encrypt all Customer Data at rest using AES-256 and shall encrypt data in transit using TLS 1.2.

2. Security Incidents
The Provider shall notify the Customer of any security breach affecting Customer Data within ninety (90) days of discovery.
"""


def test_the_healthcare_pack(tmp_path):
    contract = write(tmp_path / "contract.txt", NO_HEALTH_DATA)
    default = {f.rule: f for f in review_paths([contract], "default").findings}
    health = {f.rule: f for f in review_paths([contract], "healthcare").findings}
    assert default["DATA-HIPAA"].status == "not_applicable"
    assert health["DATA-HIPAA"].status == "missing" and health["DATA-HIPAA"].severity == "critical"
    assert health["HC-BAA"].status == "missing"
    assert health["HC-BREACH-HIPAA"].status == "weak" and health["HC-BREACH-HIPAA"].severity == "critical"
    assert health["HC-BREACH-HIPAA"].facts[0]["compared_with"] == 60
    assert health["DATA-BREACH-DEADLINE"].status == "weak"  # the default's 72 hours still holds
    assert health["HC-ENCRYPT-AT-REST"].status == "met" and health["HC-ENCRYPT-IN-TRANSIT"].status == "met"
    assert set(health) - set(default) == {"HC-BAA", "HC-BREACH-HIPAA", "HC-ENCRYPT-AT-REST", "HC-ENCRYPT-IN-TRANSIT"}
    assert load_rulebook("healthcare").get("SLA-AVAILABILITY-MIN").params == {"min_uptime_percent": 99.9}


def test_the_shipped_packs_are_valid_and_named_after_their_files():
    for name in pack_names():
        rulebook = load_rulebook(name)
        assert rulebook.name == name
        assert all(rule.why and rule.fix and rule.title for rule in rulebook.rules)


# ---------------------------------------------------------------- the JSON schema

SCHEMA_FILES = [ROOT / "checker" / "rulebook" / "rulebook.schema.json", ROOT / "docs" / "rulebook.schema.json"]


@pytest.fixture(scope="module")
def schema():
    packaged, published = (json.loads(p.read_text(encoding="utf-8")) for p in SCHEMA_FILES)
    assert packaged == published, "docs/rulebook.schema.json must be a copy of checker/rulebook/rulebook.schema.json"
    jsonschema.Draft202012Validator.check_schema(packaged)
    return jsonschema.Draft202012Validator(packaged)


def as_json(path: Path):
    # YAML dates (waiver expiries) are strings to JSON tools and editors
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


@pytest.mark.parametrize("name", pack_names())
def test_the_shipped_packs_validate_against_the_schema(schema, name):
    errors = [f"{list(e.path)}: {e.message}" for e in schema.iter_errors(as_json(pack_path(name)))]
    assert errors == []


def test_a_playbook_validates_against_the_schema(schema, tmp_path):
    text = PLAYBOOK.format(p1=0.5, uptime=99.9) + ("waivers:\n  - {rule: SLA-*, contract: '*.pdf', reason: accepted,"
                                                    " expires: 2030-01-01}\n")
    assert list(schema.iter_errors(as_json(write(tmp_path / "p.yaml", text)))) == []


@pytest.mark.parametrize("mistake", [
    ("colour: red\n", "top level"),
    ("rules:\n  - {id: X, element: parties, title: t, category: c, severity: high, why: w, fix: f, kind: clause,"
     " find: {patterns: [x]}, colour: red}\n", "rule"),
    ("overrides:\n  GEN-TERM: {find: {patterns: [x]}}\n", "override"),
    ("overrides:\n  GEN-TERM: {severity: urgent}\n", "severity"),
    ("waivers:\n  - {rule: GEN-TERM, contract: x.pdf}\n", "waiver without reason"),
])
def test_the_schema_and_the_loader_both_reject(schema, tmp_path, mistake):
    text, _ = mistake
    path = write(tmp_path / "p.yaml", "name: p\nextends: default\n" + text)
    assert list(schema.iter_errors(as_json(path)))
    assert errors_of(path)


def test_the_schema_matches_the_code(schema):
    s = schema.schema
    defs = s["$defs"]
    assert set(s["properties"]) == set(TOP_KEYS)
    assert set(defs["rule"]["properties"]) == COMMON_KEYS | {k for kind in KINDS.values() for k in kind.options}
    assert set(defs["rule"]["required"]) == {"id", "element", "title", "category", "severity", "why", "fix", "kind"}
    assert defs["rule"]["properties"]["kind"]["enum"] == sorted(KINDS)
    assert defs["severity"]["enum"] == list(SEVERITIES)
    assert defs["element"]["anyOf"][0]["enum"] == list(ELEMENTS)
    assert set(defs["find"]["properties"]) == set(FIND.fields)
    assert set(defs["weakWhen"]["properties"]) == set(WEAK_WHEN.fields)
    assert set(defs["weakWhen"]["properties"]["unmeasured"]["items"]["enum"]) == TAG_LABELS
    assert set(defs["override"]["properties"]) == set(OVERRIDABLE)
    assert set(defs["examples"]["properties"]) == set(EXAMPLE_STATUSES)
    assert set(defs["waiver"]["properties"]) == set(WAIVER_KEYS)


# ---------------------------------------------------------------- the documented examples hold


def yaml_block_after(path: Path, heading: str) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split(heading, 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]


def test_the_documented_rulebooks_are_valid_and_pass_their_examples(tmp_path):
    docs = ROOT / "docs" / "writing-rules.md"
    rule_file = write(tmp_path / "rule.yaml", yaml_block_after(docs, "## 1. A rule, by example"))
    own_rule = rule_file.read_text().split("rules:\n", 1)[1]
    playbook = yaml_block_after(docs, "## 2. Playbooks")
    playbook = write(tmp_path / "playbook.yaml", re.sub(r"  - id: ACME-ESCROW\n    \.\.\.\n", lambda _: own_rule,
                                                        playbook))
    readme = write(tmp_path / "readme.yaml", yaml_block_after(ROOT / "README.md", "## Playbooks"))
    for path in (rule_file, playbook, readme):
        run = run_selftest(load_rulebook(path))
        assert run.failed == [] and run.untested == [], path.name
    assert not load_rulebook(playbook).get("ACME-ESCROW").enabled  # 'tag:commercial'


def test_a_pattern_re2_cannot_run_is_refused_at_load_with_its_line(tmp_path):
    playbook = tmp_path / "lookahead.yaml"
    playbook.write_text(
        "name: lookahead\nversion: '1'\nextends: default\nrules:\n"
        "  - id: ACME-LOOKAHEAD\n    element: sla.response\n    title: Response\n    category: Service levels\n"
        "    severity: low\n    why: Why.\n    fix: Fix.\n    kind: clause\n"
        "    find:\n      patterns: ['\\bfoo(?=bar)']\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "validate", str(playbook)])
    assert result.exit_code == 2
    assert re.search(r"lookahead\.yaml:\d+:\d+: ACME-LOOKAHEAD: .*lookahead '\(\?=\.\.\.\)' is not supported", result.output)
    assert "Traceback" not in result.output


def test_a_backtracking_pattern_in_a_playbook_cannot_stall_a_review(tmp_path):
    """`(a+)+$` and `respond(\\s*\\S*)*within` take exponential time in a backtracking
    engine on these words; RE2 reads the contract once (bench/linear_time.py times it)."""
    playbook = tmp_path / "backtracking.yaml"
    playbook.write_text(
        "name: backtracking\nversion: '1'\nextends: default\nrules:\n"
        "  - id: ACME-BACKTRACK\n    element: sla.response\n    title: Response\n    category: Service levels\n"
        "    severity: low\n    why: Why.\n    fix: Fix.\n    kind: clause\n"
        "    find:\n      patterns: ['(a+)+$', 'respond(\\s*\\S*)*within', '(x+x+)+y']\n", encoding="utf-8")
    contract = tmp_path / "contract.txt"
    english = "The Provider shall provide the support services to the Customer in accordance with this Agreement. "
    contract.write_text("This Agreement is between Acme Ltd and Beta plc. " + english * 40 + "The Provider shall respond "
                        + "a" * 3000 + "! and " + "x" * 3000 + " then respond " + "word " * 500 + "\n" + english * 40,
                        encoding="utf-8")
    result = CliRunner().invoke(main, ["review", str(contract), "--rulebook", str(playbook), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    finding = next(f for f in json.loads(result.output)["findings"] if f["rule"] == "ACME-BACKTRACK")
    assert finding["status"] == "missing"
