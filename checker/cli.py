"""The command line: the `checker` group (its exit codes in the epilog below). Each command
lives in `checker/commands/`, imported when it is named (or for --help): `checker review`
forks its work before the rulebook or the engine is imported (checker/bounds.py)."""

from __future__ import annotations

import importlib

import click

from checker import __version__
from checker.commands.common import EXIT_ERROR, usage_notes

COMMANDS = {"audit": "audit", "diff": "diff", "explain": "rules", "review": "review", "rules": "rules"}  # its module


class _Commands(click.Group):
    def list_commands(self, ctx) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx, name: str):
        return getattr(importlib.import_module(f"checker.commands.{COMMANDS[name]}"), name) if name in COMMANDS else None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]}, epilog=usage_notes(
    ["checker review contract.pdf                     (one contract: its gaps, in the terminal)",
     "checker review msa.pdf sla.docx -o report.html  (a package of documents, as a web page)",
     "checker audit contracts/ -o audit-out           (every contract in a folder: portfolio tables)",
     "checker diff draft-v1.docx draft-v2.docx        (what a new draft made better or worse)",
     "checker rules list                              (what the rulebook checks)",
     "checker COMMAND --help                          (each command's options, examples, exit codes)"],
    ["0  no gap at or above --fail-on (high unless set)",
     "1  a gap at or above it (audit: also a contract that could not be read; diff: a worse draft)",
     EXIT_ERROR,
     "130  audit interrupted (Ctrl-C): the next run resumes"]))
@click.version_option(__version__, prog_name="checker")
def main():
    """Check IT support and managed-services contracts against a rulebook."""

