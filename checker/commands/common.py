"""What every command shares: the one-line error exit, the --fail-on threshold and the report
format (--format, or read from -o's extension)."""

from __future__ import annotations

import contextlib
import os
import sys

import click

from checker.errors import CheckerError
from checker.findings import SEVERITY_RANK

FAIL_ON = ["critical", "high", "medium", "low", "never"]
REPORT_FORMATS = ["text", "json", "markdown", "html"]  # checker.report.RENDERERS, one order for every command
# --rulebook: said the one way in every command
RULEBOOK_HELP = "A rulebook: a YAML playbook file, or a shipped pack (default, healthcare)."


def usage_notes(examples: list[str], exit_codes: list[str]) -> str:
    """A command's --help epilog: examples to copy, then what each exit code means (lines kept as
    written: click's '\b' stops it re-wrapping a paragraph)."""
    return ("\b\nExamples:\n" + "\n".join(f"  {line}" for line in examples)
            + "\n\n\b\nExit codes:\n" + "\n".join(f"  {line}" for line in exit_codes))


EXIT_ERROR = "2  a usage, input or rulebook error (one line on stderr, never a traceback)"
OCR_MODES = ["auto", "always", "never"]  # checker.ingest.OCR_MODES, without importing it for --help


def ocr_option(command):
    """--ocr auto|always|never: which pages OCR reads (the extra checker[ocr])."""
    return click.option(
        "--ocr", "ocr", type=click.Choice(OCR_MODES), default=None,
        help="Read scanned pages with OCR (pip install 'checker[ocr]'): auto = pages without a text layer and "
             "image files; always = every page; never = refuse scans. [default: auto, or $CHECKER_OCR]")(command)


def bounds_options(what: str):
    """--timeout / --max-memory for a command that reads contracts in one bounded child
    (checker/bounds.py): `what` names the work in the help ('the review')."""
    from checker.bounds import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, MEMORY_VARIABLE, TIMEOUT_VARIABLE

    def decorate(command):
        command = click.option("--max-memory", type=click.IntRange(min=0), default=DEFAULT_MAX_MEMORY_MB,
                               show_default=True, envvar=MEMORY_VARIABLE, show_envvar=True,
                               help=f"Address-space cap of {what}, in MB (0: none).")(command)
        return click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT,
                            show_default=True, envvar=TIMEOUT_VARIABLE, show_envvar=True,
                            help=f"Seconds {what} may take before it is stopped and reported as an error.")(command)
    return decorate


def run_within_bounds(work, *, files, timeout: float, max_memory: int, slow_hint=None):
    """Run ``work()`` in a child within --timeout and --max-memory (checker/bounds.py) and exit
    with its code; a hang, a crash or memory exhausted is one line naming the file."""
    from checker.bounds import Bounded, run_bounded

    try:
        code = run_bounded(work, timeout=timeout, max_memory_mb=max_memory, files=files, slow_hint=slow_hint)
    except Bounded as bounded:
        die(CheckerError(str(bounded)))
    except KeyboardInterrupt:
        die(CheckerError("interrupted"), code=130)
    sys.exit(code)


def use_ocr(mode: str | None) -> None:
    """Apply --ocr to this process and every process it starts."""
    if mode is not None:
        from checker.ingest import set_ocr_mode

        set_ocr_mode(mode)

# the report format an -o file's extension asks for
EXTENSION_FORMAT = {".txt": "text", ".text": "text", ".json": "json", ".md": "markdown", ".markdown": "markdown",
                    ".html": "html", ".htm": "html"}
FORMAT_HELP = "Report format [default: from -o's extension (.txt .json .md .html), else text]."


def output_format(fmt: str | None, output) -> str:
    """--format when given, else the one -o's extension names, else text. A --format that
    contradicts the extension (--format json -o report.html) is refused: the file would lie."""
    implied = EXTENSION_FORMAT.get(output.suffix.lower()) if output is not None else None
    if fmt is None:
        return implied or "text"
    if implied is not None and implied != fmt:
        die(CheckerError(f"{output}: --format {fmt} does not match the extension '{output.suffix}' "
                         f"(a {implied} file); drop --format, or name the file for {fmt}"))
    return fmt


def fails(findings, fail_on: str) -> bool:
    """Is any weak or missing finding at or above the --fail-on severity? A waived gap is
    a known, accepted one: it stays in the report but does not fail the run."""
    if fail_on == "never":
        return False
    limit = SEVERITY_RANK[fail_on]
    # a rule that failed leaves its element unjudged: whatever its severity, the run cannot pass
    return any(f.is_gap and not f.waived and (f.status == "error" or SEVERITY_RANK[f.severity] <= limit)
               for f in findings)


def wants_color(stream) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org)."""
    return stream.isatty() and not os.environ.get("NO_COLOR")


def die(error: Exception, code: int = 2):
    """Report an error in one line per problem on stderr and exit: never a traceback."""
    for line in str(error).splitlines() or ["error"]:
        click.echo(f"checker: error: {line}", err=True)
    sys.exit(code)


def as_of_date(value: str | None):
    """--as-of: the day the key dates count from (YYYY-MM-DD); None for today. A bad value is one line, exit 2."""
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        die(CheckerError(f"--as-of: '{value}' is not a date; write it as YYYY-MM-DD"))


@contextlib.contextmanager
def one_line_errors(what: str, passes: tuple = ()):
    """Our errors, and a bug of ours while `what` ('reviewing x.pdf'), as one line and exit 2:
    never a traceback. `passes`: exceptions left to the caller (MemoryError to checker/bounds.py)."""
    try:
        yield
    except CheckerError as error:
        die(error)
    except passes:
        raise
    except Exception as error:  # a bug of ours: still one line, never a traceback
        die(CheckerError(f"internal error while {what}: {type(error).__name__}: {error} (please report this)"))


def emit(rendered: str, output, what: str) -> None:
    """Write a rendered report to --output, or print it."""
    if output is None:
        click.echo(rendered, nl=False)
        return
    try:
        output.write_text(rendered, encoding="utf-8")
    except OSError as error:
        die(CheckerError(f"{output}: cannot write the {what} ({error.strerror})"))
