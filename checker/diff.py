"""What changed between two drafts of a contract: `checker diff OLD NEW`.

Both drafts are reviewed with the same rulebook; the diff then compares the two reports:
- elements whose status changed (missing -> met, met -> weak ...), with the rules that moved
  and the figure each measured ("SLA-RESPONSE-P1 met -> weak: 1 h -> 4 h");
- figures that changed, from the key terms (notice 30 -> 90 days, P1 response 1 h -> 4 h,
  cap 12 -> 6 months of fees, fees, availability ...). Figures are compared as normalised
  numbers, so "thirty (30) days" and "30 days" are the same figure;
- drafting-hygiene slips (rules whose kind lists slips, met = clean) added in the new draft or fixed since the old one.
Drafting elements are not listed among the status changes (their slips are), but they count
when deciding whether the new draft is worse.

Renderers for text, JSON (schema checker.diff/1), Markdown and HTML are at the bottom.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from checker.findings import SEVERITY_RANK, Report
from checker.keyterms import KEY_TERMS, duration_text
from checker.report import json_report
from checker.report.markdown import cell
from checker.report.shared import NOT_LEGAL_ADVICE, grouped, names, where
from checker.words import count

_RANK = {"met": 0, "not_applicable": 0, "weak": 1, "missing": 2, "error": 2}
_LABELS = dict(KEY_TERMS)


@dataclass
class RuleChange:
    rule: str
    old: str
    new: str
    message: str  # what the new draft's finding says
    figure: str = ""  # "1 h -> 4 h" when the rule measured a figure in both drafts

    def __str__(self) -> str:  # 'SLA-RESPONSE-P1: met → weak (1 h -> 4 h)' in the Markdown and HTML comparisons
        return f"{self.rule}: {self.old} → {self.new}" + (f" ({self.figure})" if self.figure else "")


@dataclass
class StatusChange:
    element: str
    category: str
    old: str
    new: str
    severity: str  # the most severe of the element's rules
    rules: list[RuleChange] = field(default_factory=list)

    @property
    def worse(self) -> bool:
        return _RANK[self.new] > _RANK[self.old]


@dataclass
class FigureChange:
    term: str  # key term id: notice_periods, sla ...
    what: str  # "termination without cause notice", "P1 response"; "" for a term with one value
    old: str  # display values, "-" when absent
    new: str
    old_evidence: dict | None = None
    new_evidence: dict | None = None

    @property
    def label(self) -> str:
        return _LABELS.get(self.term, self.term)


@dataclass
class HygieneChange:
    rule: str
    title: str
    change: str  # "added" | "fixed"
    quote: str
    where: str


@dataclass
class DraftDiff:
    old: Report
    new: Report
    statuses: list[StatusChange]  # drafting.* elements apart: their slips are in `hygiene`
    figures: list[FigureChange]
    hygiene: list[HygieneChange]
    drafting: list[StatusChange] = field(default_factory=list)  # drafting.* elements whose status changed

    def worse(self, fail_on: str) -> list[StatusChange]:
        """Elements (drafting ones included) the new draft is worse on, at or above fail_on."""
        if fail_on == "never":
            return []
        limit = SEVERITY_RANK[fail_on]
        return [c for c in self.statuses + self.drafting if c.worse and SEVERITY_RANK[c.severity] <= limit]

    def as_dict(self) -> dict:
        return {
            "schema": "checker.diff/1",
            "old": [d.as_dict() for d in self.old.documents],
            "new": [d.as_dict() for d in self.new.documents],
            "rulebook": self.new.rulebook,
            "elements": [{"element": c.element, "category": c.category, "old": c.old, "new": c.new,
                          "severity": c.severity, "worse": c.worse,
                          "rules": [vars(r) for r in c.rules]} for c in self.statuses],
            "figures": [{"term": f.term, "label": f.label, "what": f.what, "old": f.old, "new": f.new,
                         "old_evidence": f.old_evidence, "new_evidence": f.new_evidence} for f in self.figures],
            "hygiene": [vars(h) for h in self.hygiene],
        }


def diff_reports(old: Report, new: Report) -> DraftDiff:
    statuses, drafting = _statuses(old, new)
    return DraftDiff(old, new, statuses, _figures(old.key_terms or {}, new.key_terms or {}), _hygiene(old, new), drafting)


# ---------------------------------------------------------------- element statuses


def _statuses(old: Report, new: Report) -> tuple[list[StatusChange], list[StatusChange]]:
    before, after = old.element_status(), new.element_status()
    old_rules = {f.rule: f for f in old.findings}
    new_by_element = grouped(new.findings, lambda f: f.element)
    changes, drafting = [], []
    for element in sorted(set(before) | set(after)):
        was, now = before.get(element, "not_applicable"), after.get(element, "not_applicable")
        if was == now:
            continue
        findings = new_by_element.get(element) or [f for f in old.findings if f.element == element]
        change = StatusChange(element, findings[0].category, was, now,
                              min((f.severity for f in findings), key=lambda s: SEVERITY_RANK[s]))
        for finding in findings:
            previous = old_rules.get(finding.rule)
            if previous is not None and previous.status != finding.status:
                change.rules.append(RuleChange(finding.rule, previous.status, finding.status, finding.message,
                                               _measured(previous, finding)))
        (drafting if any(f.met_means_clean for f in findings) else changes).append(change)
    changes.sort(key=lambda c: (not c.worse, SEVERITY_RANK[c.severity], c.element))
    return changes, drafting


def _measured(old, new) -> str:
    """The figure a threshold rule compared, in both drafts: '1 h -> 4 h'."""
    def figure(finding):
        for fact in finding.facts:
            if "compared_with" in fact:
                if fact.get("hours") is not None:
                    return duration_text(fact["hours"])
                return str(fact.get("text"))
        return None
    a, b = figure(old), figure(new)
    return f"{a or '-'} -> {b or '-'}" if (a or b) and a != b else ""


# ---------------------------------------------------------------- figures


def _figures(old: dict, new: dict) -> list[FigureChange]:
    changes: list[FigureChange] = []
    for term in ("effective_date", "term", "renewal", "availability", "liability_cap", "governing_law"):
        a, b = (old.get(term) or [None])[0], (new.get(term) or [None])[0]
        if _figure(a) != _figure(b):
            changes.append(_change(term, "", a, b))
    changes += _paired(old, new, "parties", key=lambda i: i.get("role"),
                       figure=lambda i: (i.get("name") or "").casefold(), what=lambda i: f"{i.get('role')}")
    changes += _sla(old.get("sla") or [], new.get("sla") or [])
    changes += _paired(old, new, "notice_periods", key=lambda i: i.get("what"), figure=lambda i: i.get("hours"),
                       what=lambda i: f"{i.get('what')} notice", value=lambda i: duration_text(i.get("hours")))
    changes += _paired(old, new, "pricing", having="amount", key=lambda i: i.get("model") or "",
                       figure=lambda i: (i.get("amount"), i.get("currency")), what=lambda i: "fee")
    changes += _paired(old, new, "pricing", having="payment_hours", key=lambda i: "payment",
                       figure=lambda i: i.get("payment_hours"), what=lambda i: "payment terms",
                       value=lambda i: duration_text(i.get("payment_hours")))
    return changes


def _figure(item: dict | None):
    """What a key term states, as numbers where it has them (so rewording is not a change)."""
    if item is None:
        return None
    for key in ("hours", "percent", "months", "amount"):
        if item.get(key) is not None:
            return (key, round(float(item[key]), 6), item.get("currency"))
    return " ".join(str(item.get("value", "")).casefold().split())


def _show(item: dict | None) -> str:
    return "-" if item is None else str(item.get("value"))


def _change(term: str, what: str, a: dict | None, b: dict | None, value=_show) -> FigureChange:
    return FigureChange(term, what, value(a) if a is not None else "-", value(b) if b is not None else "-",
                        a and a.get("evidence"), b and b.get("evidence"))


def _paired(old: dict, new: dict, term: str, key, figure, what, value=_show, having: str = "") -> list[FigureChange]:
    """The items of a key term in both drafts (those holding `having`, when given: a pricing item
    states a fee or payment terms), matched by key (in order within a key); a changed figure, an
    added or a removed item."""
    changes = []
    groups: dict = {}
    for side, terms in ((0, old), (1, new)):
        for item in terms.get(term) or []:
            if not having or having in item:
                groups.setdefault(key(item), ([], []))[side].append(item)
    for before, after in groups.values():
        gone, came = _unmatched(before, after, figure), _unmatched(after, before, figure)
        for k in range(max(len(gone), len(came))):
            a = gone[k] if k < len(gone) else None
            b = came[k] if k < len(came) else None
            changes.append(_change(term, what(a or b), a, b, value))
    return changes


def _unmatched(items: list[dict], others: list[dict], figure) -> list[dict]:
    """The items whose figure the other side does not state (as often)."""
    left = Counter(figure(i) for i in others)
    kept = []
    for item in items:
        if left[figure(item)] > 0:
            left[figure(item)] -= 1
        else:
            kept.append(item)
    return kept


def _sla(old: list[dict], new: list[dict]) -> list[FigureChange]:
    changes = []
    before = {i["priority"]: i for i in old}
    after = {i["priority"]: i for i in new}
    for priority in sorted(set(before) | set(after)):
        a, b = before.get(priority), after.get(priority)
        for key in ("response", "resolution"):
            if (a or {}).get(f"{key}_hours") != (b or {}).get(f"{key}_hours"):
                changes.append(_change("sla", f"{priority} {key}", a, b,
                                       lambda item: duration_text(item.get(f"{key}_hours")) if key in item else "-"))
    return changes


# ---------------------------------------------------------------- hygiene


def _hygiene(old: Report, new: Report) -> list[HygieneChange]:
    changes = []
    old_rules = {f.rule: f for f in old.findings if f.met_means_clean}
    new_rules = {f.rule: f for f in new.findings if f.met_means_clean}
    for rule in sorted(set(old_rules) | set(new_rules)):
        a, b = old_rules.get(rule), new_rules.get(rule)
        title = (b or a).title
        before = Counter(e.quote for e in a.evidence) if a and a.status == "weak" else Counter()
        after = Counter(e.quote for e in b.evidence) if b and b.status == "weak" else Counter()
        for change, finding, slips in (("added", b, after - before), ("fixed", a, before - after)):
            for quote in slips.elements():
                evidence = next(e for e in finding.evidence if e.quote == quote)
                # the document and section, without the page (pages move between drafts) or a scan's warning
                shown = where({**vars(evidence), "page": None, "ocr_low": False})
                changes.append(HygieneChange(rule, title, change, quote, shown))
    return changes


# ---------------------------------------------------------------- renderers


def render_text(diff: DraftDiff, color: bool = False) -> str:
    old, new = names(diff.old), names(diff.new)
    lines = [f"checker diff: {old} -> {new}", f"rulebook {diff.new.rulebook['name']} {diff.new.rulebook['version']}: "
             f"{count(len(diff.statuses), 'element')} changed status, {count(len(diff.figures), 'figure')} changed, "
             f"{count(sum(h.change == 'added' for h in diff.hygiene), 'drafting slip')} added, "
             f"{sum(h.change == 'fixed' for h in diff.hygiene)} fixed", "", "ELEMENTS"]
    for c in diff.statuses:
        lines.append(f"  {'worse ' if c.worse else 'better'}  {c.severity:<9}{c.element}: {c.old} -> {c.new}")
        lines += [f"{'':19}{r.rule}: {r.old} -> {r.new}" + (f" ({r.figure})" if r.figure else "") for r in c.rules]
    if not diff.statuses:
        lines.append("  (no element changed status)")
    figures = [f"  {f.label}: " + (f"{f.what}: " if f.what else "") + f"{f.old} -> {f.new}" for f in diff.figures]
    lines += ["", "FIGURES", *(figures or ["  (no figure changed)"])]
    slips = [f"  {h.change:<6} {h.rule}: '{h.quote}' [{h.where}]" for h in diff.hygiene]
    lines += ["", "DRAFTING", *(slips or ["  (no drafting slip added or fixed)"])]
    lines += ["", NOT_LEGAL_ADVICE]
    return "\n".join(lines) + "\n"


def render_markdown(diff: DraftDiff, color: bool = False) -> str:
    old, new = names(diff.old), names(diff.new)
    out = [f"# Draft comparison: {cell(old)} → {cell(new)}"]
    out += _markdown_section("Elements whose status changed", ["", "Element", "Severity", "Old", "New", "Rules"],
                             [["worse" if c.worse else "better", c.element, c.severity, c.old, c.new,
                               "; ".join(map(str, c.rules))] for c in diff.statuses], "No element changed status.")
    out += _markdown_section("Figures that changed", ["Term", "What", "Old", "New"],
                             [[f.label, f.what, f.old, f.new] for f in diff.figures], "No figure changed.")
    out += _markdown_section("Drafting slips added or fixed", ["Change", "Rule", "Slip", "Where"],
                             [[h.change, h.rule, h.quote, h.where] for h in diff.hygiene],
                             "No drafting slip added or fixed.")
    out += ["", f"*{NOT_LEGAL_ADVICE}*"]
    return "\n".join(out) + "\n"


def _markdown_section(title: str, header: list[str], rows: list[list], empty: str) -> list[str]:
    lines = ["", f"## {title}", ""]
    if not rows:
        return lines + [empty]
    lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]


def render_html(diff: DraftDiff, color: bool = False) -> str:
    from checker.report.html import badge, e, page

    old, new = names(diff.old), names(diff.new)
    out = ["<h1>Draft comparison</h1>", f'<p class="meta">Old: {e(old)}<br>New: {e(new)}</p>',
           f'<p class="meta">Rulebook {e(diff.new.rulebook.get("name"))} {e(diff.new.rulebook.get("version"))}</p>']
    statuses = [f'<td>{"<b>worse</b>" if c.worse else "better"}</td><td>{e(c.element)}</td><td>{e(c.severity)}</td>'
                f"<td>{badge(c.old)}</td><td>{badge(c.new)}</td><td>{'<br>'.join(e(r) for r in c.rules)}</td>"
                for c in diff.statuses]
    out += _html_section("Elements whose status changed", ["", "Element", "Severity", "Old", "New", "Rules"], statuses,
                         "No element changed status.")
    figures = []
    for f in diff.figures:
        quotes = "".join(f'<div class="where">{label}: &ldquo;{e(ev.get("quote"))}&rdquo; ({e(where(ev))})</div>'
                         for label, ev in (("old", f.old_evidence), ("new", f.new_evidence)) if ev)
        figures.append(f"<td>{e(f.label)}</td><td>{e(f.what)}</td><td>{e(f.old)}</td><td><b>{e(f.new)}</b></td>"
                       f'<td class="quote">{quotes}</td>')
    out += _html_section("Figures that changed", ["Term", "What", "Old", "New", "Clauses"], figures, "No figure changed.")
    slips = [f"<td>{e(h.change)}</td><td>{e(h.rule)}</td><td><mark>{e(h.quote)}</mark></td><td>{e(h.where)}</td>"
             for h in diff.hygiene]
    out += _html_section("Drafting slips added or fixed", ["Change", "Rule", "Slip", "Where"], slips,
                         "No drafting slip added or fixed.")
    out.append(f"<footer>{e(NOT_LEGAL_ADVICE)}</footer>")
    return page(f"Draft comparison: {old} -> {new}", "\n".join(out))


def _html_section(title: str, header: list[str], rows: list[str], empty: str) -> list[str]:
    """A heading and its table (`rows`: each row's cells, already escaped), or `empty`."""
    if not rows:
        return [f"<h2>{title}</h2>", f"<p>{empty}</p>"]
    head = "".join(f"<th>{column}</th>" for column in header)
    body = "".join(f"<tr>{row}</tr>" for row in rows)
    return [f"<h2>{title}</h2>", f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"]


RENDERERS = {"text": render_text, "json": json_report.render, "markdown": render_markdown, "html": render_html}
