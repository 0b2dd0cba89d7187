"""The command line: the `checker` group. Each command lives in `checker/commands/`.

Exit codes: 0 no gap at or above --fail-on; 1 a gap at or above it; 2 usage, input or
rulebook error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import click

from checker import __version__
from checker.commands.audit import audit
from checker.commands.diff import diff
from checker.commands.review import review
from checker.commands.rules import explain, rules


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checker")
def main():
    """Check IT support and managed-services contracts against a rulebook."""


main.add_command(review)
main.add_command(diff)
main.add_command(audit)
main.add_command(rules)
main.add_command(explain)
