"""`checker rules list | show | validate | test` and `checker explain`: playbooks, inspected
(exit codes: each command's epilog). `rules validate` prints every problem as
`file:line:col: rule-id: message` on stdout (for editors and CI annotations), a count on stderr.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

import click

from checker.commands.common import EXIT_ERROR, RULEBOOK_HELP, die, one_line_errors, usage_notes
from checker.errors import CheckerError, RulebookError, RulebookErrors
from checker.rulebook import Rulebook, load_rulebook
from checker.rulebook.compose import did_you_mean
from checker.rulebook.describe import describe_rule, explain as explain_text, heading, rule_table
from checker.rulebook.packs import pack_names
from checker.rulebook.rule import locate, quoted_params
from checker.words import count


def _load(rulebook: str) -> Rulebook:
    with one_line_errors(f"loading the rulebook {rulebook}"):
        return load_rulebook(rulebook)


def _rule(rulebook: Rulebook, rule_id: str):
    try:
        return rulebook.get(rule_id)
    except KeyError:
        hint = did_you_mean(rule_id, [r.id for r in rulebook.rules]) or "; `checker rules list` shows them all"
        die(CheckerError(f"no rule {rule_id!r} in rulebook {heading(rulebook)}{hint}"))


@click.group(epilog=usage_notes(
    ["checker rules list",
     "checker rules show SLA-RESPONSE --rulebook healthcare",
     "checker rules validate my-playbook.yaml --waivers waivers.yaml",
     "checker rules test my-playbook.yaml --rule 'SLA-*'"],
    ["0  fine: the rulebook is valid, every example passes",
     "1  rules test: an example fails",
     EXIT_ERROR]))
def rules():
    """List, show, validate and test rulebooks (playbooks)."""


@rules.command("list")
@click.option("--rulebook", default="default", show_default=True, help=RULEBOOK_HELP)
def list_rules(rulebook):
    """Every rule: id, element, severity, enabled."""
    click.echo(rule_table(_load(rulebook)), nl=False)


@rules.command()
@click.argument("rule_id")
@click.option("--rulebook", default="default", show_default=True, help=RULEBOOK_HELP)
def show(rule_id, rulebook):
    """What RULE_ID checks, why, its parameters (effective values), the fix and its examples."""
    loaded = _load(rulebook)
    click.echo(describe_rule(_rule(loaded, rule_id), loaded), nl=False)


@rules.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--waivers", "waiver_files", multiple=True, type=click.Path(path_type=Path),
              help="Also validate this waiver file against the rulebook (repeatable).")
def validate(paths, waiver_files):
    """Validate rulebooks (and waiver files): every error as file:line:col: rule-id: message."""
    from checker.rulebook.waivers import load_waivers

    errors, ids = 0, set()
    for path in paths:
        rulebook, problems = _try(lambda: load_rulebook(path))
        errors += problems
        if rulebook is not None:
            ids |= {r.id for r in rulebook.rules}
            for line in _warnings(rulebook):
                click.echo(line)
            waived = len(rulebook.waivers)
            click.echo(f"{path}: valid: rulebook {heading(rulebook)}, {count(len(rulebook.rules), 'rule')} "
                       f"({len(rulebook.enabled_rules)} enabled)" + (f", {count(waived, 'waiver')}" if waived else ""))
    for waiver_file in waiver_files:
        # a waiver must name a rule of one of the rulebooks (unchecked when none loaded)
        waivers, problems = _try(lambda: load_waivers(waiver_file, sorted(ids) if ids else None))
        errors += problems
        if waivers is not None:
            click.echo(f"{waiver_file}: valid: {count(len(waivers), 'waiver')}")
    if errors:
        click.echo(f"checker: {errors} error{'s' if errors != 1 else ''}", err=True)
        sys.exit(2)


def _warnings(rulebook: Rulebook) -> list[str]:
    """Not errors (the rulebook runs as written): a figure the why or fix writes out that is also
    a parameter's value, so a playbook that changes the parameter would leave the words behind."""
    lines = []
    for rule in rulebook.rules:
        for key, quoted, name in quoted_params(rule):
            mark = locate(rule.raw, key)
            lines.append(f"{mark.file}:{mark.line}:{mark.col}: {rule.id}: warning: {key} quotes '{quoted}', the "
                         f"value of parameter {name}: write {{{name}}} (or {{{name} unit}}) so the words follow "
                         "the parameter when a playbook changes it")
    return lines


def _try(load):
    """(what `load()` loads, 0), or (None, how many problems) with each problem printed in one line."""
    try:
        return load(), 0
    except (RulebookError, RulebookErrors) as error:
        problems = error.errors if isinstance(error, RulebookErrors) else [error]
    for problem in problems:
        click.echo(str(problem))
    return None, len(problems)


@rules.command("test")
@click.argument("path", required=False, default="default")
@click.option("--rule", "select", default=None, help="Only the rules whose id matches this glob ('SLA-*').")
@click.option("--verbose", "-v", is_flag=True, help="Also list the examples that pass.")
def test_rules(path, select, verbose):
    """Run every rule's examples in PATH (a rulebook file or pack; default: default)."""
    from checker.selftest import run_selftest  # loads spaCy: only when tests run

    rulebook = _load(path)
    with one_line_errors(f"testing the rulebook {path}"):
        run = run_selftest(rulebook, select)
    for result in run.results:
        example = result.example
        if result.passed:
            if verbose:
                click.echo(f"ok    {result.rule.id}  {example.status} example ({example.source})")
            continue
        click.echo(f"FAIL  {result.rule.id}  {example.status} example ({example.source}): {'; '.join(result.failures)}")
        for line in textwrap.wrap(f'clause: "{example.text}"', 86):
            click.echo(f"      {line}")
        click.echo(f"      the rule said: {result.message}")
        if result.inherited:
            click.echo(f"      (an inherited example: {result.rule.retuned} changed this rule's params or "
                       "applies_when; give the override examples of its own)")
    if run.untested:
        click.echo(f"no examples ({len(run.untested)}): {', '.join(r.id for r in run.untested)}")
    if run.disabled:
        click.echo(f"disabled, not run ({len(run.disabled)}): {', '.join(r.id for r in run.disabled)}")
    rules_run = len({r.rule.id for r in run.results})
    click.echo(f"rulebook {heading(rulebook)}: {len(run.passed)} passed, {len(run.failed)} failed "
               f"({count(rules_run, 'rule')} with examples, {len(run.untested)} without, {len(run.disabled)} disabled)")
    sys.exit(1 if run.failed else 0)


@click.command(epilog=usage_notes(
    ["checker explain SLA-RESPONSE",
     "checker explain SLA-RESPONSE --report report.json    (the finding of that review, explained)"],
    ["0  explained", EXIT_ERROR]))
@click.argument("rule_id")
@click.option("--rulebook", default=None, help=RULEBOOK_HELP + " Default: the report's pack if shipped, else default.")
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path),
              help="A JSON report from `checker review --format json`: explain its finding for RULE_ID.")
def explain(rule_id, rulebook, report):
    """What a finding of RULE_ID means and how to fix it."""
    data = _read_report(report) if report else None
    if rulebook is None:
        named = (data or {}).get("rulebook", {}).get("name")
        rulebook = named if named in pack_names() else "default"
    loaded = _load(rulebook)
    rule = _rule(loaded, rule_id)
    finding = None
    if data is not None:
        finding = next((f for f in data.get("findings", []) if f.get("rule") == rule_id), None)
        if finding is None:
            die(CheckerError(f"{report}: the report has no finding for {rule_id}"))
        if data.get("rulebook", {}).get("sha256") != loaded.sha256:
            click.echo(f"checker: note: the report was made with rulebook {data.get('rulebook', {}).get('name')!r} "
                       f"(another version or content); explaining with rulebook {heading(loaded)}", err=True)
    click.echo(explain_text(rule, loaded, finding), nl=False)


def _read_report(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        die(CheckerError(f"{path}: no such report file"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        die(CheckerError(f"{path}: not a JSON report from `checker review --format json` ({error})"))
    if not isinstance(data, dict) or data.get("schema") != "checker.report/1":
        die(CheckerError(f"{path}: not a checker.report/1 JSON report"))
    return data
