"""The terminal report: grouped by category, most severe gaps first, colour on a TTY."""

from __future__ import annotations

import textwrap

import click

from checker.report import waived
from checker.report.ordering import STATUS_LABEL, by_category, where
from checker.report.scans import document_notes

_COLOURS = {"missing": "red", "weak": "yellow", "met": "green", "not_applicable": "bright_black"}


def render(report, color: bool = False) -> str:
    def style(text, **kw):
        return click.style(text, **kw) if color else text

    lines = []
    names = ", ".join(d.path for d in report.documents)
    lines.append(style(f"checker review: {names}", bold=True))
    s = report.summary
    lines.append(f"rulebook {report.rulebook['name']} {report.rulebook['version']}: "
                 f"{s['met']} met, {s['weak']} weak, {s['missing']} missing, {s['not_applicable']} not applicable"
                 + (f" ({waived.count(report)} waived)" if waived.count(report) else ""))
    lines += waived.status_notes(report)
    for note in document_notes(report.documents):
        lines += [style(line, fg="yellow") for line in textwrap.wrap(note, 100, subsequent_indent="  ")]
    for category, findings in by_category(report.findings):
        lines.append("")
        lines.append(style(category.upper(), bold=True))
        for f in findings:
            label = style(f"{STATUS_LABEL[f.status]:<8}", fg=_COLOURS[f.status], bold=f.status != "met")
            lines.append(f"  {label}{f.severity:<9}{f.rule}  {f.title}")
            if f.status in ("weak", "missing"):
                for line in textwrap.wrap(f.message, 92):
                    lines.append(f"{'':19}{line}")
            if f.waived:
                for line in textwrap.wrap(waived.note(f.waived), 92):
                    lines.append(style(f"{'':19}{line}", fg="cyan"))
            for ev in f.evidence[:1]:
                lines.append(style(f"{'':19}[{where(ev)}]", dim=True))
                for line in textwrap.wrap(f'"{ev.quote}"', 92)[:3]:
                    lines.append(style(f"{'':19}{line}", dim=True))
            if f.status in ("weak", "missing"):
                fix = " ".join(f.fix.split())
                for i, line in enumerate(textwrap.wrap(fix, 87)):
                    lines.append(f"{'':19}{'Fix: ' if i == 0 else '     '}{line}")
    lines += _key_terms(report, style)
    return "\n".join(lines) + "\n"


def _key_terms(report, style) -> list[str]:
    from checker.keyterms import abstract

    lines = ["", style("KEY TERMS", bold=True)]
    for label, value, where_ in abstract(getattr(report, "key_terms", {})):
        lines.append(f"  {label:<24} {value}" + (style(f"  [{where_}]", dim=True) if where_ else ""))
    return lines
