"""The Markdown report, for tickets, wikis and pull requests."""

from __future__ import annotations

from checker.report.shared import (NOT_LEGAL_ADVICE, STATUS_LABEL, by_category, document_notes, findings_tally, key_term_rows, names,
                                   out_of_scope, waiver_note, waiver_notes, where)


def cell(text) -> str:
    """Text for one cell of a Markdown table: on one line, its pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def render(report, color: bool = False) -> str:
    out = [f"# Contract review: {names(report)}", "",
           f"Rulebook **{report.rulebook['name']}** {report.rulebook['version']} — "
           f"{findings_tally(report)}.", "",
           *[f"> {cell(n)}\n" for n in waiver_notes(report)],
           *([f"> **{cell(out_of_scope(report))}**\n"] if out_of_scope(report) else []),
           *[f"> {cell(n)}\n" for n in document_notes(report.documents)],
           "| Status | Severity | Rule | Element | Finding |", "|---|---|---|---|---|"]
    for _, findings in by_category(report.findings):
        for f in findings:
            label = STATUS_LABEL[f.status] + (" (waived)" if f.waived else "")
            out.append(f"| {label} | {f.severity} | {f.rule} | {f.element} | {cell(f.title)} |")
    for category, findings in by_category(report.findings):
        out += ["", f"## {category}"]
        for f in findings:
            out += ["", f"### {STATUS_LABEL[f.status]}: {f.title} (`{f.rule}`, {f.severity})", "", cell(f.message)]
            if f.waived:
                out += ["", f"**{cell(waiver_note(f.waived))}**"]
            for ev in f.evidence:
                out += ["", f"> {cell(ev.quote)}", f"> — {where(ev)}"]
            if f.status in ("weak", "missing"):
                out += ["", f"**Fix:** {cell(f.fix)}"]
    out += _key_terms(report)
    out += ["", f"*{NOT_LEGAL_ADVICE}*"]
    return "\n".join(out) + "\n"


def _key_terms(report) -> list[str]:
    out = ["", "## Key terms", "", "| Term | What the contract says | Where |", "|---|---|---|"]
    return out + [f"| {cell(label)} | {cell(value)} | {cell(where_)} |"
                  for label, value, where_ in key_term_rows(getattr(report, "key_terms", {}))]
