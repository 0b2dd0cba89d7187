"""`checker audit DIR [DIR ...]`: every contract in a folder, reviewed in parallel, written
to portfolio tables in OUTDIR (see checker/audit/). Its exit codes are in EPILOG below.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from checker.bounds import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT, MEMORY_VARIABLE, TIMEOUT_VARIABLE
from checker.commands.common import (EXIT_ERROR, FAIL_ON, RULEBOOK_HELP, as_of_date, die, ocr_option,
                                     one_line_errors, usage_notes, use_ocr)
from checker.errors import CheckerError
from checker.files import real
from checker.words import count

FORMATS = ("csv", "xlsx", "jsonl", "html", "keydates")  # checker.audit.outputs.FORMATS, without importing it for --help


class OneLineUsageErrors(click.Command):
    """A bad option is one line on stderr and exit 2, like every other error of checker."""

    def make_context(self, info_name, args, parent=None, **extra):
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as error:
            raise UsageLine(error.format_message()) from None


class UsageLine(click.ClickException):
    exit_code = 2

    def show(self, file=None):
        click.echo(f"checker: error: {self.format_message()}", err=True)


def cores() -> int:
    """The cores this process may run on: the default of --jobs."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _formats(value: str) -> list[str]:
    chosen = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in FORMATS]
    if unknown or not chosen:
        raise UsageLine(f"--format: unknown format '{','.join(unknown) or value}'; choose from {','.join(FORMATS)}")
    return list(dict.fromkeys(chosen))


EPILOG = usage_notes(
    ["checker audit contracts/",
     "checker audit contracts/ -o audit-2026 --format csv,xlsx    (a re-run reads the cache in audit-2026)",
     "checker audit clients/ --by-folder -j 4    (each subfolder is one package)"],
    ["0  every contract read, and no gap at or above --fail-on",
     "1  a gap at or above it, or a contract that could not be read (listed in errors.csv)",
     EXIT_ERROR,
     "130  interrupted (Ctrl-C): what finished is kept, and the next run resumes"])


@click.command(cls=OneLineUsageErrors, epilog=EPILOG)
@click.argument("dirs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--output", "-o", "outdir", default="checker-audit", show_default=True,
              type=click.Path(path_type=Path), help="Folder for the portfolio files and the cache.")
@click.option("--format", "formats", default=",".join(FORMATS), show_default=True,
              help="Comma-separated outputs; errors.csv is always written.")
@click.option("--rulebook", default="default", show_default=True, help=RULEBOOK_HELP)
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes [default: the cores].")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_TIMEOUT, show_default=True,
              envvar=TIMEOUT_VARIABLE, show_envvar=True,
              help="Seconds one contract may take before it is stopped and reported as an error; a scan gets "
                   "--ocr-page-timeout more for each page OCR reads.")
@click.option("--ocr-page-timeout", type=click.FloatRange(min=0), default=20.0, show_default=True,
              # the default is checker.audit.time_bound.OCR_PAGE_SECONDS, not imported for --help
              help="Seconds added to --timeout for each page of a contract read by OCR (a page takes 1-3 s of "
                   "one core): at the defaults a 200-page scan may take 120 + 200 x 20 s.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="high", show_default=True,
              help="Exit 1 when a contract has a weak or missing finding at or above this severity.")
@click.option("--no-cache", is_flag=True, help="Re-check everything; neither read nor write the cache.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Run on this machine's processes, or on a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (--engine dask); default: a local cluster.")
@click.option("--by-folder", is_flag=True, help="Each immediate subfolder is one contract package.")
@click.option("--max-memory", type=click.IntRange(min=0), default=DEFAULT_MAX_MEMORY_MB, show_default=True,
              envvar=MEMORY_VARIABLE, show_envvar=True, help="Address-space cap per worker, in MB (0: none).")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD",
              help="The day the key dates count from: each contract's next notice deadline, and the deadlines of "
                   "the 12 months after it on the portfolio page [default: today].")
@ocr_option
def audit(dirs, outdir, formats, rulebook, jobs, timeout, ocr_page_timeout, fail_on, no_cache, engine, scheduler,
          by_folder, max_memory, as_of, ocr):
    """Audit every contract (PDF, DOCX, TXT, MD, MDX, and scans) under DIRS and write portfolio.csv, portfolio.xlsx,
    findings.jsonl, portfolio.html, key-dates.csv, key-dates.ics and errors.csv to the output folder."""
    use_ocr(ocr)

    chosen = _formats(formats)
    today = as_of_date(as_of)
    if scheduler and engine != "dask":
        raise UsageLine("--scheduler needs --engine dask")
    if outdir.exists() and not outdir.is_dir():
        die(CheckerError(f"{outdir}: the output must be a folder, and this is a file"))
    missing = [str(d) for d in dirs if not d.exists()]
    if missing:
        die(CheckerError("\n".join(f"{d}: no such file or folder" for d in missing)))
    if any(d.is_dir() and real(d) == real(outdir) for d in dirs):
        die(CheckerError(f"{outdir}: the output folder cannot be an audited folder; choose another --output"))
    from checker.audit.cache import FILE_NAME as CACHE_FILE

    if engine == "local" and (no_cache or not (outdir / CACHE_FILE).exists()):
        # a first audit reviews everything: its workers' fork server loads spaCy while this process
        # loads the rulebook and hashes the files (not on a re-run, which may need none)
        from checker.audit.engines.local import start_early

        start_early()
    from checker.audit.run import AuditInterrupted, run_audit
    from checker.rulebook import load_rulebook

    with one_line_errors(f"auditing {', '.join(map(str, dirs))}"):
        try:
            loaded = load_rulebook(rulebook)  # every rule validated before any contract is read
            summary = run_audit(list(dirs), outdir, loaded, formats=chosen, jobs=jobs or cores(), timeout=timeout,
                                by_folder=by_folder, use_cache=not no_cache, engine=engine, scheduler=scheduler,
                                max_memory_mb=max_memory, fail_on=fail_on, as_of=today,
                                ocr_page_timeout=ocr_page_timeout)
        except AuditInterrupted as interrupted:
            click.echo(_summary_line(interrupted.summary), err=True)
            click.echo(f"checker: interrupted: {interrupted.summary.ok + interrupted.summary.errors} of "
                       f"{count(interrupted.summary.contracts, 'contract')} done and kept in {outdir}; run the same "
                       f"command again to resume", err=True)
            sys.exit(130)
        except KeyboardInterrupt:  # a second Ctrl-C, while the tables were being written
            click.echo(f"checker: interrupted while writing the tables in {outdir}; run the same command again",
                       err=True)
            sys.exit(130)
    click.echo(_summary_line(summary))
    sys.exit(1 if summary.failing else 0)


def _summary_line(summary) -> str:
    peaks = summary.worker_peak_rss_kb
    memory = f"; peak worker memory {max(peaks.values()) / 1024:.0f} MB" if peaks else ""
    scanned = f" ({summary.ocr_pages} of them scanned, by OCR)" if summary.ocr_pages else ""
    return (f"checker audit: {count(summary.contracts, 'contract')} ({summary.ok} ok, {count(summary.errors, 'error')}), "
            f"{count(summary.skipped, 'file')} skipped; {summary.checked} checked, {summary.cached} from cache; "
            f"{count(summary.pages, 'page')} read{scanned} in {summary.seconds:.1f} s "
            f"({summary.cpu_seconds:.1f} s of worker CPU)"
            f"{memory}; outputs in {summary.outdir}{' (unchanged: kept as they were)' if summary.outputs_kept else ''}")
