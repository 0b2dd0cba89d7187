"""What every command shares: the one-line error exit and the --fail-on threshold."""

from __future__ import annotations

import sys

import click

from checker.errors import CheckerError
from checker.findings import SEVERITY_RANK

FAIL_ON = ["critical", "high", "medium", "low", "never"]
OCR_MODES = ["auto", "always", "never"]  # checker.ingest.OCR_MODES, without importing it for --help


def ocr_option(command):
    """--ocr auto|always|never: which pages OCR reads (the extra checker[ocr])."""
    return click.option(
        "--ocr", "ocr", type=click.Choice(OCR_MODES), default=None,
        help="Read scanned pages with OCR (pip install 'checker[ocr]'): auto = pages without a text layer and "
             "image files; always = every page; never = refuse scans. [default: auto, or $CHECKER_OCR]")(command)


def use_ocr(mode: str | None) -> None:
    """Apply --ocr to this process and every process it starts."""
    if mode is not None:
        from checker.ingest import set_ocr_mode

        set_ocr_mode(mode)


def fails(findings, fail_on: str) -> bool:
    """Is any weak or missing finding at or above the --fail-on severity? A waived gap is
    a known, accepted one: it stays in the report but does not fail the run."""
    if fail_on == "never":
        return False
    limit = SEVERITY_RANK[fail_on]
    return any(f.is_gap and not f.waived and SEVERITY_RANK[f.severity] <= limit for f in findings)


def die(error: Exception, code: int = 2):
    """Report an error in one line per problem on stderr and exit: never a traceback."""
    for line in str(error).splitlines() or ["error"]:
        click.echo(f"checker: error: {line}", err=True)
    sys.exit(code)


def internal_error(what: str, error: Exception) -> CheckerError:
    return CheckerError(f"internal error while {what}: {type(error).__name__}: {error} (please report this)")


def emit(rendered: str, output, what: str) -> None:
    """Write a rendered report to --output, or print it."""
    if output is None:
        click.echo(rendered, nl=False)
        return
    try:
        output.write_text(rendered, encoding="utf-8")
    except OSError as error:
        die(CheckerError(f"{output}: cannot write the {what} ({error.strerror})"))
