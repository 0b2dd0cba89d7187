"""The command line: parse options, call the library, choose the exit code.

Exit codes: 0 no gap at or above --fail-on; 1 a gap at or above it; 2 usage, input or
rulebook error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker import __version__
from checker.errors import CheckerError
from checker.findings import SEVERITIES, SEVERITY_RANK
from checker.report import RENDERERS, render

FAIL_ON = ["critical", "high", "medium", "low", "never"]


def fails(report, fail_on: str) -> bool:
    if fail_on == "never":
        return False
    limit = SEVERITY_RANK[fail_on]
    return any(f.is_gap and SEVERITY_RANK[f.severity] <= limit for f in report.findings)


def _die(error: Exception) -> None:
    for line in str(error).splitlines() or ["error"]:
        click.echo(f"checker: error: {line}", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checker")
def main():
    """Check IT support and managed-services contracts against a rulebook."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(sorted(RENDERERS)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to this file.")
@click.option("--rulebook", default="default", show_default=True, help="Rulebook YAML file, or 'default'.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="high", show_default=True,
              help="Exit 1 when a weak or missing finding is at or above this severity.")
@click.option("--model", default=None, help="An installed trained spaCy pipeline to use (default: built-in rules).")
def review(files, fmt, output, rulebook, fail_on, model):
    """Review FILES (PDF, DOCX, TXT, MD) as one contract package and report the gaps."""
    from checker.review import review_paths  # heavy imports only when a review runs

    inputs = {p.resolve() for p in files}
    if output is not None and output.resolve() in inputs:
        _die(CheckerError(f"{output}: refusing to overwrite an input file with the report"))
    try:
        report = review_paths(list(files), rulebook, model)
    except CheckerError as error:
        _die(error)
    except Exception as error:  # a bug of ours: still one line, never a traceback
        _die(CheckerError(f"internal error while reviewing {', '.join(map(str, files))}: "
                          f"{type(error).__name__}: {error} (please report this)"))
    color = fmt == "text" and output is None and sys.stdout.isatty()
    rendered = render(report, fmt, color=color)
    if output is not None:
        try:
            output.write_text(rendered, encoding="utf-8")
        except OSError as error:
            _die(CheckerError(f"{output}: cannot write the report ({error.strerror})"))
    else:
        click.echo(rendered, nl=False)
    sys.exit(1 if fails(report, fail_on) else 0)
