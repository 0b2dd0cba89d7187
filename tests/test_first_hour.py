"""The first hour of a new user (issue 12, 'Tried as a new user would'): --help shows examples
and exit codes, options are described one way, and the outputs name what they point at."""

from __future__ import annotations

import re
import shlex

import click
import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.report import RENDERERS
from checker.rulebook.packs import pack_names

COMMANDS = [[], ["review"], ["audit"], ["diff"], ["rules"], ["explain"]]


def _help(path: list[str]) -> str:
    result = CliRunner().invoke(main, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0
    return result.output


def _command(path: list[str]) -> click.Command:
    command = main
    for name in path:
        command = command.commands[name]
    return command


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "checker")
def test_help_shows_examples_and_exit_codes(path):
    text = _help(path)
    examples = text.split("Examples:", 1)[1].split("Exit codes:", 1)[0] if "Examples:" in text else ""
    lines = [line.strip() for line in examples.splitlines() if line.strip().startswith("checker ")]
    assert lines, f"no examples in `checker {' '.join(path)} --help`"
    codes = re.findall(r"^\s+(\d+)\s+\S", text.split("Exit codes:", 1)[1], re.M) if "Exit codes:" in text else []
    assert {"0", "2"} <= set(codes)
    for line in lines:  # every example names a real command and only its options
        words = shlex.split(line.split("    (")[0].split("  (")[0])[1:]
        command, rest = main, list(words)
        while isinstance(command, click.Group) and rest and rest[0] in command.commands:
            command = command.commands[rest.pop(0)]
        if rest and rest[0] == "COMMAND":
            continue
        assert not isinstance(command, click.Group), line
        known = {opt for param in command.params for opt in getattr(param, "opts", [])}
        for word in rest:
            if word.startswith("-"):
                assert word in known, f"{line}: {word} is not an option of {command.name}"


def test_rulebook_is_described_one_way_everywhere():
    helps = {}
    for path in (["review"], ["audit"], ["diff"], ["rules", "list"], ["rules", "show"], ["explain"]):
        option = next(p for p in _command(path).params if p.name == "rulebook")
        helps[" ".join(path)] = option.help
    first = helps["review"]
    assert all(h.startswith(first) for h in helps.values()), helps
    assert all(name in first for name in pack_names())


def test_report_formats_are_listed_in_one_order():
    choices = {" ".join(path): next(p for p in _command(path).params if p.name == "fmt").type.choices
               for path in (["review"], ["diff"])}
    assert list(choices["review"]) == list(choices["diff"]) == list(RENDERERS)
