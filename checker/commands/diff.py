"""`checker diff OLD NEW`: what changed between two drafts of a contract (see checker/diff.py);
its exit codes are in EPILOG below."""

from __future__ import annotations

from pathlib import Path

import click

from checker.commands.common import (EXIT_ERROR, FAIL_ON, FORMAT_HELP, REPORT_FORMATS, RULEBOOK_HELP, bounds_options,
                                     die, emit, ocr_option, one_line_errors, output_format, run_within_bounds,
                                     usage_notes, use_ocr)
from checker.errors import CheckerError
from checker.files import real


EPILOG = usage_notes(
    ["checker diff draft-v1.docx draft-v2.docx",
     "checker diff old.pdf new.pdf -o changes.html",
     "checker diff old.docx new.docx --fail-on medium    (in CI: fail when a draft gets worse)"],
    ["0  the new draft is no worse on any element at or above --fail-on",
     "1  it is worse on one (met -> weak, weak -> missing ...)",
     EXIT_ERROR])


@click.command(epilog=EPILOG)
@click.argument("old", type=click.Path(dir_okay=True, path_type=Path))
@click.argument("new", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default=None, help=FORMAT_HELP)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the comparison to this file.")
@click.option("--rulebook", default="default", show_default=True, help=RULEBOOK_HELP)
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="high", show_default=True,
              help="Exit 1 when the new draft is worse on an element of at least this severity.")
@bounds_options("the comparison")
@ocr_option
def diff(old, new, fmt, output, rulebook, fail_on, timeout, max_memory, ocr):
    """Compare two drafts of a contract: element statuses, figures and drafting slips that changed."""
    fmt = output_format(fmt, output)
    use_ocr(ocr)
    if output is not None and real(output) in {real(old), real(new)}:
        die(CheckerError(f"{output}: refusing to overwrite a draft with the comparison"))
    # within bounds, as a review: a hostile draft is one line, not a crash
    run_within_bounds(lambda: _compare(old, new, fmt, output, rulebook, fail_on), files=[old, new], timeout=timeout,
                      max_memory=max_memory)


def _compare(old, new, fmt, output, rulebook, fail_on):
    import sys

    from checker.diff import RENDERERS, diff_reports
    from checker.review import review_paths
    from checker.rulebook import load_rulebook

    with one_line_errors(f"comparing {old} and {new}"):
        loaded = load_rulebook(rulebook)  # validated before any contract is read
        result = diff_reports(review_paths([old], loaded), review_paths([new], loaded))
    rendered = RENDERERS[fmt](result)
    emit(rendered, output, "comparison")
    sys.exit(1 if result.worse(fail_on) else 0)
