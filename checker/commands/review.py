"""`checker review FILE [FILE ...]`: one contract, or one package of documents."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from checker.commands.common import (EXIT_ERROR, FAIL_ON, FORMAT_HELP, REPORT_FORMATS, RULEBOOK_HELP, as_of_date,
                                     bounds_options, die, emit, fails, ocr_option, one_line_errors, output_format,
                                     run_within_bounds, usage_notes, use_ocr, wants_color)
from checker.errors import CheckerError
from checker.files import real
from checker.report import render


EPILOG = usage_notes(
    ["checker review contract.pdf",
     "checker review msa.pdf sla.docx dpa.pdf -o report.html    (one package; the format from -o)",
     "checker review contract.docx --rulebook my-playbook.yaml --fail-on medium",
     "checker review draft.docx --annotate draft-with-comments.docx"],
    ["0  no weak or missing finding at or above --fail-on",
     "1  one at or above it, or a rule that could not be evaluated",
     EXIT_ERROR])


@click.command(epilog=EPILOG)
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default=None, help=FORMAT_HELP)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to this file.")
@click.option("--rulebook", default="default", show_default=True, help=RULEBOOK_HELP)
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="high", show_default=True,
              help="Exit 1 when a weak or missing finding is at or above this severity.")
@click.option("--model", default=None, help="An installed trained spaCy pipeline to use (default: built-in rules).")
@click.option("--waivers", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="A waiver file: known gaps accepted, with a reason (they stay in the report, marked waived).")
@click.option("--annotate", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a copy of the (one) DOCX with a Word comment on each gap; the input is never changed.")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD",
              help="The day the key dates count from (the last day to give notice of non-renewal) [default: today].")
@click.option("--gaps-only", is_flag=True, help="Terminal report: list only the weak, missing and error findings.")
@bounds_options("the review")
@ocr_option
def review(files, fmt, output, rulebook, fail_on, model, waivers, annotate, as_of, gaps_only, timeout, max_memory,
           ocr):
    """Review FILES (PDF, DOCX, TXT, MD, MDX, or scans) as one contract package and report the gaps."""
    fmt = output_format(fmt, output)
    today = as_of_date(as_of)
    use_ocr(ocr)
    inputs = {real(p) for p in files}
    if output is not None and real(output) in inputs:
        die(CheckerError(f"{output}: refusing to overwrite an input file with the report"))
    if annotate is not None:
        _check_annotate(files, annotate, output)

    def work():
        _review(files, fmt, output, rulebook, fail_on, model, waivers, annotate, today, gaps_only)

    run_within_bounds(work, files=files, timeout=timeout, max_memory=max_memory, slow_hint=lambda: _scan_hint(files))


def _scan_hint(files) -> str:
    """For a review stopped at --timeout: a scan is slow to read, say so."""
    from checker.ingest import IMAGES, ocr_mode

    if ocr_mode() == "never" or not any(Path(f).suffix.lower() in (".pdf", *IMAGES) for f in files):
        return ""
    return " (a scan is read by OCR at 1-3 s a page: raise --timeout for a long one)"


def _review(files, fmt, output, rulebook, fail_on, model, waivers, annotate, today, gaps_only):
    """The review itself, inside the bounds (checker/bounds.py): exits with the command's code."""
    from checker.bounds import in_child
    from checker.nlp.aside import Analyser

    # forked before the heavy imports: spaCy loads there while this process reads the rulebook and the files
    analyser = Analyser(model, aside=in_child())
    from checker.review import review_paths  # heavy imports only when a review runs

    # past --max-memory, checker/bounds.py names the file and the limit
    with one_line_errors(f"reviewing {', '.join(map(str, files))}", passes=(MemoryError,)):
        report = review_paths(list(files), rulebook, model, waivers=waivers, as_of=today, analyser=analyser)
    if annotate is not None:
        from checker.annotate import annotate_docx

        with one_line_errors(f"annotating {files[0]}"):
            comments = annotate_docx(report, report.sources[0], files[0], annotate)
        click.echo(f"checker: wrote {annotate} with {len(comments)} comment{'s' if len(comments) != 1 else ''}", err=True)
    color = fmt == "text" and output is None and wants_color(sys.stdout)
    rendered = render(report, fmt, color=color, gaps_only=gaps_only)
    emit(rendered, output, "report")
    from checker import pattern_cache

    pattern_cache.save()  # the patterns first built in a review (key terms, a footer's page count), for the next
    sys.exit(1 if fails(report.findings, fail_on) else 0)


def _check_annotate(files, annotate: Path, output: Path | None) -> None:
    """--annotate comments one Word file: refuse anything else before the review runs."""
    if len(files) != 1:
        die(CheckerError(f"--annotate writes comments into one Word file; give one DOCX, not {len(files)} files"))
    source = files[0]
    if source.suffix.lower() != ".docx":
        die(CheckerError(f"{source}: Word comments need a DOCX file; use --format html -o report.html "
                         "for a report to share instead"))
    if real(annotate) == real(source):
        die(CheckerError(f"{annotate}: refusing to write the annotated copy over the input; choose another path"))
    if output is not None and real(annotate) == real(output):
        die(CheckerError(f"{annotate}: the annotated copy and the report cannot be the same file"))
    if annotate.suffix.lower() != ".docx":
        die(CheckerError(f"{annotate}: the annotated copy must be a .docx file"))
