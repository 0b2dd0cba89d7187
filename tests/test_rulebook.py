"""The rulebook loader: the default rulebook, and every validation error located at file:line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checker.elements import CORE_ELEMENTS, ELEMENTS, is_element
from checker.engine.kinds import KINDS
from checker.errors import RulebookError, RulebookErrors
from checker.findings import SEVERITIES
from checker.rulebook import DEFAULT_RULEBOOK, load_rulebook
from checker.rulebook.packs import pack_path

# ---------------------------------------------------------------- the default rulebook


@pytest.fixture(scope="module")
def default():
    return load_rulebook()


def test_default_rulebook_loads(default):
    assert default.name == "default"
    assert re.fullmatch(r"\d{4}\.\d+\.\d+", default.version)
    assert re.fullmatch(r"[0-9a-f]{64}", default.sha256)
    assert default.info() == {"name": "default", "version": default.version, "sha256": default.sha256}
    assert len(default.rules) >= len(ELEMENTS)
    assert Path(default.path) == pack_path(DEFAULT_RULEBOOK)
    assert load_rulebook(DEFAULT_RULEBOOK).sha256 == default.sha256
    assert load_rulebook(pack_path(DEFAULT_RULEBOOK)).sha256 == default.sha256


def test_every_default_rule_is_complete(default):
    ids = [rule.id for rule in default.rules]
    assert len(ids) == len(set(ids))
    for rule in default.rules:
        assert rule.title.strip() and rule.why.strip() and rule.fix.strip(), rule.id
        assert len(rule.why) > 20 and len(rule.fix) > 20, rule.id
        assert rule.severity in SEVERITIES, rule.id
        assert is_element(rule.element), rule.id
        assert rule.kind in KINDS and rule.spec is not None, rule.id
        assert rule.enabled is True, rule.id
        assert re.fullmatch(r".+default\.yaml:\d+", rule.source), rule.source


def test_every_element_has_a_rule(default):
    covered = {rule.element for rule in default.rules}
    assert set(ELEMENTS) - covered == set()
    assert set(CORE_ELEMENTS) <= covered


def test_the_critical_rules(default):
    # the CLI tests of --fail-on critical rely on these two being critical
    assert {r.id for r in default.rules if r.severity == "critical"} >= {"DATA-BREACH", "DATA-HIPAA"}


def test_rulebook_hash_changes_with_its_content(tmp_path):
    first = write(tmp_path, MINIMAL, "a.yaml")
    second = write(tmp_path, MINIMAL.replace("severity: high", "severity: low"), "b.yaml")
    same = write(tmp_path, "# a comment does not change the rules\n" + MINIMAL, "c.yaml")
    assert load_rulebook(first).sha256 != load_rulebook(second).sha256
    assert load_rulebook(first).sha256 == load_rulebook(same).sha256


def test_rule_get(default):
    assert default.get("DATA-BREACH").element == "data.breach"
    with pytest.raises(KeyError):
        default.get("NO-SUCH-RULE")


# ---------------------------------------------------------------- a minimal rulebook

MINIMAL = """\
name: tiny
version: "1.0"
rules:
  - id: T-PARTIES
    element: parties
    title: The parties are named
    category: General
    severity: high
    why: A contract binds only the entities it names.
    fix: Name both parties and their roles.
    kind: clause
    find:
      patterns:
        - '\\bbetween\\b'
        - '\\bparties\\b'
"""

THRESHOLD = """\
  - id: T-RESPONSE
    element: sla.response
    title: Response is fast enough
    category: Service levels
    severity: medium
    why: A slow response to an outage costs the business.
    fix: Respond within an hour.
    kind: threshold
    find:
      patterns: ['\\brespond\\b']
    measure: {tag: DURATION, compare: max, param: max_hours, unit: hours}
    params:
      max_hours: 1
"""


def write(tmp_path: Path, text: str, name: str = "rules.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line number of the n-th line containing needle."""
    hits = [i for i, line in enumerate(text.splitlines(), start=1) if needle in line]
    return hits[occurrence - 1]


def errors_of(path: Path) -> list[RulebookError]:
    with pytest.raises((RulebookErrors, RulebookError)) as caught:
        load_rulebook(path)
    error = caught.value
    return error.errors if isinstance(error, RulebookErrors) else [error]


def the_error(path: Path) -> RulebookError:
    errors = errors_of(path)
    assert len(errors) == 1, "\n".join(map(str, errors))
    return errors[0]


def test_minimal_rulebook_loads(tmp_path):
    rulebook = load_rulebook(write(tmp_path, MINIMAL + THRESHOLD))
    assert rulebook.name == "tiny" and rulebook.version == "1.0"
    assert [r.id for r in rulebook.rules] == ["T-PARTIES", "T-RESPONSE"]
    parties, response = rulebook.rules
    assert parties.kind == "clause" and parties.severity == "high" and parties.category == "General"
    assert [p.pattern for p in parties.spec["find"].patterns] == [r"\bbetween\b", r"\bparties\b"]
    assert parties.source == f"{tmp_path / 'rules.yaml'}:4"
    assert response.kind == "threshold" and response.params == {"max_hours": 1}
    assert response.source == f"{tmp_path / 'rules.yaml'}:{line_of(MINIMAL + THRESHOLD, 'id: T-RESPONSE')}"


def test_disabled_rule_and_tags(tmp_path):
    text = MINIMAL.replace("    kind: clause\n", "    kind: clause\n    enabled: false\n    tags: [core, msa]\n")
    [rule] = load_rulebook(write(tmp_path, text)).rules
    assert rule.enabled is False and rule.tags == ["core", "msa"]


# ---------------------------------------------------------------- validation errors


def check(error: RulebookError, path: Path, line: int, rule: str | None, *words: str):
    assert error.file == str(path)
    assert error.line == line, str(error)
    assert error.rule == rule
    assert f"{path}:{line}:" in str(error)
    if rule:
        assert f": {rule}: " in str(error)
    for word in words:
        assert word in str(error), str(error)


def test_unknown_key_in_a_rule(tmp_path):
    text = MINIMAL.replace("    fix: Name", "    colour: red\n    fix: Name")
    path = write(tmp_path, text)
    check(the_error(path), path, line_of(text, "colour: red"), "T-PARTIES", "unknown key 'colour'", "valid keys",
          "severity")


def test_unknown_top_level_key(tmp_path):
    text = MINIMAL.replace('version: "1.0"\n', 'version: "1.0"\nauthor: someone\n')
    path = write(tmp_path, text)
    check(the_error(path), path, 3, None, "unknown key 'author'", "rules")


def test_bad_severity_lists_the_valid_values(tmp_path):
    text = MINIMAL.replace("severity: high", "severity: urgent")
    path = write(tmp_path, text)
    error = the_error(path)
    check(error, path, line_of(text, "severity: urgent"), "T-PARTIES", "'urgent'")
    for severity in SEVERITIES:
        assert severity in error.message
    assert "critical, high, medium, low, info" in error.message


def test_unknown_element(tmp_path):
    text = MINIMAL.replace("element: parties", "element: sla.speed")
    path = write(tmp_path, text)
    check(the_error(path), path, line_of(text, "element: sla.speed"), "T-PARTIES", "unknown element 'sla.speed'",
          "sla.response", "drafting.")


def test_drafting_elements_are_allowed(tmp_path):
    text = MINIMAL.replace("element: parties", "element: drafting.plain-english")
    [rule] = load_rulebook(write(tmp_path, text)).rules
    assert rule.element == "drafting.plain-english"


def test_unknown_kind(tmp_path):
    text = MINIMAL.replace("kind: clause", "kind: checklist")
    path = write(tmp_path, text)
    errors = errors_of(path)
    check(errors[0], path, line_of(text, "kind: checklist"), "T-PARTIES", "unknown kind 'checklist'",
          "clause, cross_references", "threshold")


def test_unknown_kind_is_reported_once(tmp_path):
    # the rule's other keys ('find') are not blamed for the kind being wrong
    text = MINIMAL.replace("kind: clause", "kind: checklist")
    path = write(tmp_path, text)
    check(the_error(path), path, line_of(text, "kind: checklist"), "T-PARTIES", "unknown kind 'checklist'")


def test_unknown_key_with_an_unknown_kind_is_still_reported(tmp_path):
    text = MINIMAL.replace("kind: clause", "kind: checklist").replace("    fix: Name", "    colour: red\n    fix: Name")
    path = write(tmp_path, text)
    messages = [str(e) for e in errors_of(path)]
    assert any("unknown kind 'checklist'" in m for m in messages)
    assert any(f"{path}:{line_of(text, 'colour: red')}:" in m and "unknown key 'colour'" in m for m in messages)


@pytest.mark.parametrize(("regex", "index"), [("(unclosed", 0), ("[z-a]", 1)])
def test_invalid_regex_in_find_patterns(tmp_path, regex, index):
    if index == 0:
        text = MINIMAL.replace("'\\bbetween\\b'", f"'{regex}'")
    else:
        text = MINIMAL.replace("'\\bparties\\b'", f"'{regex}'")
    path = write(tmp_path, text)
    error = the_error(path)
    assert error.rule == "T-PARTIES"
    assert f"find.patterns[{index}]" in error.message and "invalid regular expression" in error.message
    assert repr(regex) in error.message
    # located within the rule's find block: from 'find:' to the bad pattern's own line
    assert line_of(text, "find:") <= error.line <= line_of(text, regex)
    assert f"{path}:{error.line}:" in str(error)


def test_invalid_regex_is_located_at_its_own_line(tmp_path):
    text = MINIMAL.replace("'\\bparties\\b'", "'[z-a]'")
    path = write(tmp_path, text)
    assert the_error(path).line == line_of(text, "[z-a]")


def test_invalid_regex_in_applies_when(tmp_path):
    text = MINIMAL.replace("    find:", "    applies_when:\n      patterns: ['(bad']\n    find:")
    path = write(tmp_path, text)
    check(the_error(path), path, line_of(text, "patterns: ['(bad']"), "T-PARTIES", "applies_when")


def test_applies_when_laws_must_name_families_of_law(tmp_path):
    text = MINIMAL.replace("    find:", "    applies_when:\n      patterns: ['\\bpatients\\b']\n      laws: [usa]\n    find:")
    path = write(tmp_path, text)
    check(the_error(path), path, line_of(text, "laws: [usa]"), "T-PARTIES", "applies_when.laws", "us")


def test_duplicate_rule_id(tmp_path):
    text = MINIMAL + MINIMAL.split("rules:\n")[1]
    path = write(tmp_path, text)
    first, second = line_of(text, "id: T-PARTIES"), line_of(text, "id: T-PARTIES", 2)
    check(the_error(path), path, second, "T-PARTIES", "duplicate rule id 'T-PARTIES'", f"first defined at line {first}")


def test_threshold_param_not_defined(tmp_path):
    text = MINIMAL + THRESHOLD.replace("      max_hours: 1\n", "      max_minutes: 60\n")
    path = write(tmp_path, text)
    check(the_error(path), path, line_of(text, "measure:"), "T-RESPONSE", "measure.param", "'max_hours'",
          "defined: max_minutes")


def test_threshold_param_must_be_a_number(tmp_path):
    text = MINIMAL + THRESHOLD.replace("max_hours: 1\n", "max_hours: one\n")
    path = write(tmp_path, text)
    check(the_error(path), path, line_of(text, "measure:"), "T-RESPONSE", "must be a number")


def test_missing_required_key(tmp_path):
    text = MINIMAL.replace("    why: A contract binds only the entities it names.\n", "")
    path = write(tmp_path, text)
    error = the_error(path)
    assert error.rule == "T-PARTIES" and "missing required key 'why'" in error.message
    assert error.line == line_of(text, "id: T-PARTIES")


def test_invalid_yaml_syntax(tmp_path):
    text = MINIMAL.replace("title: The parties are named", "title: The parties: are named")
    path = write(tmp_path, text)
    error = the_error(path)
    assert error.line == line_of(text, "title: The parties: are named")
    assert str(error).startswith(f"{path}:{error.line}:")
    assert "invalid YAML" in error.message


def test_duplicate_yaml_key_is_an_error(tmp_path):
    text = MINIMAL.replace("    fix: Name", "    severity: low\n    fix: Name")
    path = write(tmp_path, text)
    error = the_error(path)
    assert error.line == line_of(text, "severity: low")
    assert "duplicate key 'severity'" in error.message


def test_every_problem_is_reported_together(tmp_path):
    text = (MINIMAL.replace("severity: high", "severity: urgent")
            + THRESHOLD.replace("element: sla.response", "element: sla.speed"))
    path = write(tmp_path, text)
    errors = errors_of(path)
    assert [(e.rule, e.line) for e in errors] == [
        ("T-PARTIES", line_of(text, "severity: urgent")),
        ("T-RESPONSE", line_of(text, "element: sla.speed")),
    ]
    with pytest.raises(RulebookErrors) as caught:
        load_rulebook(path)
    assert str(caught.value).splitlines() == [str(e) for e in errors]


def test_rules_must_be_a_non_empty_list(tmp_path):
    path = write(tmp_path, 'name: empty\nversion: "1"\nrules: []\n')
    error = the_error(path)
    assert "'rules' must be a non-empty list" in error.message and error.line == 3


def test_missing_rulebook_file(tmp_path):
    with pytest.raises(RulebookError, match="rulebook file not found"):
        load_rulebook(tmp_path / "absent.yaml")


# ---------------------------------------------------------------- a rulebook read within limits


def test_an_alias_bomb_is_refused_quickly_naming_the_file(tmp_path):
    """'Billion laughs': each level aliases the one before ten times. Six levels are a
    million values from 600 bytes: refused as soon as the aliases repeat 100,000."""
    levels = ['lol0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"lol{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 7)]
    path = write(tmp_path, MINIMAL + "\n".join(levels) + "\n", "laughs.yaml")
    error = the_error(path)
    assert error.file == str(path) and error.line is not None
    assert "aliases repeat more than 100,000 values" in error.message


def test_a_few_aliases_are_still_fine(tmp_path):
    text = MINIMAL.replace("      patterns:\n", "      patterns: &words\n") + THRESHOLD.replace(
        "patterns: ['\\brespond\\b']", "patterns: *words")
    rulebook = load_rulebook(write(tmp_path, text))
    assert rulebook.get("T-RESPONSE") is not None


@pytest.mark.parametrize("digits", [400, 5000])
def test_a_huge_number_is_an_error_at_its_line(tmp_path, digits):
    """400 digits used to pass and crash the review (int too large to convert to float);
    5,000 were an internal error (Python's limit on converting digits) naming no file."""
    text = MINIMAL + THRESHOLD.replace("max_hours: 1", "max_hours: " + "9" * digits)
    path = write(tmp_path, text)
    error = the_error(path)
    assert (error.file, error.line) == (str(path), line_of(text, "max_hours: 9"))
    assert f"a number of {digits:,} digits is too large" in error.message


def test_a_rulebook_over_the_size_limit_is_refused_naming_it(tmp_path):
    path = write(tmp_path, MINIMAL + "# padding\n" * 250_000)  # 2.5 MB
    error = the_error(path)
    assert error.file == str(path)
    assert error.message == "cannot read the rulebook: it is too large (2.5 MB; the limit is 2.0 MB)"
