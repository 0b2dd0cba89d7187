"""The terminal report: grouped by category, most severe gaps first, colour on a TTY (not
when NO_COLOR is set: see commands/common.wants_color)."""

from __future__ import annotations

import textwrap

import click

from checker.report.shared import (NOT_LEGAL_ADVICE, STATUS_LABEL, by_category, document_notes, findings_tally, key_term_rows, names,
                                   out_of_scope, waiver_note, waiver_notes, where)
from checker.words import count

_COLOURS = {"error": "magenta", "missing": "red", "weak": "yellow", "met": "green", "not_applicable": "bright_black"}


def render(report, color: bool = False, gaps_only: bool = False) -> str:
    def style(text, **kw):
        return click.style(text, **kw) if color else text

    lines = [style(f"checker review: {names(report)}", bold=True),
             f"rulebook {report.rulebook['name']} {report.rulebook['version']}: "
             f"{findings_tally(report)}"]
    lines += waiver_notes(report)
    if out_of_scope(report):
        lines += [style(line, fg="magenta") for line in textwrap.wrap(out_of_scope(report), 100)]
    for note in document_notes(report.documents):
        lines += [style(line, fg="yellow") for line in textwrap.wrap(note, 100, subsequent_indent="  ")]
    shown = [f for f in report.findings if f.is_gap] if gaps_only else report.findings
    if gaps_only:
        lines.append(f"showing {count(len(shown), 'gap')} only (--gaps-only)")
    for category, findings in by_category(shown):
        lines += ["", style(category.upper(), bold=True)]
        for f in findings:
            label = style(f"{STATUS_LABEL[f.status]:<8}", fg=_COLOURS[f.status], bold=f.status != "met")
            lines.append(f"  {label}{f.severity:<9}{f.rule}  {f.title}")
            # a gap says why; a met threshold shows its figure
            if f.is_gap or (f.status == "met" and any("compared_with" in fact for fact in f.facts)):
                lines += [f"{'':19}{line}" for line in textwrap.wrap(f.message, 92)]
            if f.waived:
                lines += [style(f"{'':19}{line}", fg="cyan") for line in textwrap.wrap(waiver_note(f.waived), 92)]
            for ev in f.evidence[:1]:
                lines.append(style(f"{'':19}[{where(ev)}]", dim=True))
                lines += [style(f"{'':19}{line}", dim=True) for line in textwrap.wrap(f'"{ev.quote}"', 92)[:3]]
            if f.status in ("weak", "missing"):
                lines += [f"{'':19}{'Fix: ' if i == 0 else '     '}{line}"
                          for i, line in enumerate(textwrap.wrap(" ".join(f.fix.split()), 87))]
    lines += _key_terms(report, style)
    lines += ["", style(NOT_LEGAL_ADVICE, dim=True)]
    return "\n".join(lines) + "\n"


def _key_terms(report, style) -> list[str]:
    return ["", style("KEY TERMS", bold=True)] + [
        f"  {label:<24} {value}" + (style(f"  [{where_}]", dim=True) if where_ else "")
        for label, value, where_ in key_term_rows(getattr(report, "key_terms", {}))]
