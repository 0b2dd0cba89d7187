"""The HTML report: one self-contained file to send to the business.

No network and no external assets: the CSS is inline, and the one small inline script (the
status filter) is allowed by hash in a Content-Security-Policy that forbids everything else,
so the page loads nothing and runs nothing else even if a contract's text tried to. All
contract text (quotes, context, headings, file names) and every rule text goes through
`html.escape`.

Sections: summary and score, key terms, the element table, the findings by category (each
quote shown in its context, highlighted, with a link to its clause), and the clauses cited,
each linking back to the findings that cite it.
"""

from __future__ import annotations

import base64
import hashlib
import re
from html import escape

from checker.report.shared import (NOT_LEGAL_ADVICE, STATUS_LABEL, STATUS_RANK, by_category, document_notes, findings_tally, grouped,
                                   names, out_of_scope, waiver_note, waiver_notes, where)

MAX_KEY_ITEMS = 8  # items shown per key term (pricing tables can be long); the JSON has them all

CSS = """
:root{--ink:#1d2430;--muted:#5b6573;--line:#d9dee5;--bg:#f6f7f9;--met:#1f7a3d;--weak:#a35c00;--missing:#b42318;
--na:#6b7280;--mark:#fff1a8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);
background:var(--bg)}
main{max-width:1100px;margin:0 auto;padding:24px 28px 48px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:19px;margin:32px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
h3{font-size:16px;margin:0}
a{color:#1d4ed8}
.meta{color:var(--muted);font-size:13px;margin:2px 0}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;margin:10px 0}
.summary{display:flex;gap:18px;align-items:center;flex-wrap:wrap}
.score{font-size:40px;font-weight:700;line-height:1}
.score small{font-size:15px;color:var(--muted);font-weight:400}
.counts span{display:inline-block;margin-right:14px}
.bar{display:flex;height:10px;border-radius:5px;overflow:hidden;width:100%;background:var(--line);margin-top:8px}
.bar i{display:block}
.badge{display:inline-block;min-width:74px;text-align:center;padding:1px 8px;border-radius:10px;font-size:12px;
font-weight:700;color:#fff;letter-spacing:.03em}
.b-met{background:var(--met)}.b-weak{background:var(--weak)}.b-missing{background:var(--missing)}.b-error{background:#7b3fa0}
.b-not_applicable{background:var(--na)}
.sev{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;margin-left:6px}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);border-radius:8px;font-size:14px}
th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
th{background:#eef1f5;font-size:13px}
td.quote{color:var(--muted);font-size:13px}
.finding{border-left:5px solid var(--line)}
.finding.s-met{border-left-color:var(--met)}.finding.s-weak{border-left-color:var(--weak)}
.finding.s-missing{border-left-color:var(--missing)}.finding.s-error{border-left-color:#7b3fa0}.finding.s-not_applicable{border-left-color:var(--na)}
.finding header{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.rule{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;color:var(--muted)}
.message{margin:8px 0 4px}
.fix{margin:8px 0 0;padding:8px 10px;background:#eef6ff;border-radius:6px}
.waived{margin:6px 0;padding:6px 10px;background:#ecfeff;border-radius:6px;font-size:14px}
blockquote{margin:8px 0;padding:8px 12px;background:#fafafa;border:1px solid var(--line);border-radius:6px;
font-family:Georgia,"Times New Roman",serif;font-size:14.5px}
blockquote .ctx{color:#8a93a0}
mark{background:var(--mark);padding:0 1px}
.where{font-size:12.5px;color:var(--muted);margin-top:4px}
.filters{position:sticky;top:0;background:var(--bg);padding:8px 0;z-index:1}
.filters button{font:inherit;font-size:13px;padding:4px 12px;margin-right:6px;border:1px solid var(--line);
border-radius:14px;background:#fff;cursor:pointer}
.filters button[aria-pressed=true]{background:var(--ink);color:#fff;border-color:var(--ink)}
body.only-gaps .s-met,body.only-gaps .s-not_applicable{display:none}
body.only-missing .finding:not(.s-missing),body.only-missing tr.s-met,body.only-missing tr.s-weak,
body.only-missing tr.s-not_applicable{display:none}
body.only-weak .finding:not(.s-weak),body.only-weak tr.s-met,body.only-weak tr.s-missing,
body.only-weak tr.s-not_applicable{display:none}
.clause{scroll-margin-top:50px}.finding{scroll-margin-top:50px}
:target{outline:3px solid #93c5fd}
footer{margin-top:36px;color:var(--muted);font-size:12.5px}
@media print{.filters{display:none}body{background:#fff}.card{break-inside:avoid}}
"""

SCRIPT = """document.documentElement.setAttribute('data-js','on');document.querySelectorAll('.filters button').forEach(function(b){b.addEventListener('click',function(){
document.body.className=b.dataset.show==='all'?'':'only-'+b.dataset.show;
document.querySelectorAll('.filters button').forEach(function(o){o.setAttribute('aria-pressed',o===b?'true':'false')});});});"""


def e(value) -> str:
    """Escape anything for HTML text and attribute values."""
    return escape("" if value is None else str(value), quote=True)


def anchor(prefix: str, name: str) -> str:
    return prefix + "-" + re.sub(r"[^A-Za-z0-9_.-]", "_", name)


def page(title: str, body: str) -> str:
    """A complete self-contained page: inline CSS, the filter script allowed by its hash, nothing else."""
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    policy = (f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src 'none'; "
              "base-uri 'none'; form-action 'none'")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n"
            f"<script>{SCRIPT}</script>\n</body>\n</html>\n")


def badge(status: str) -> str:
    return f'<span class="badge b-{e(status)}">{e(STATUS_LABEL.get(status, status))}</span>'


def in_context(evidence) -> str:
    context = getattr(evidence, "context", None) or {}
    before = f'<span class="ctx">{e(context.get("before"))}</span> ' if context.get("before") else ""
    after = f' <span class="ctx">{e(context.get("after"))}</span>' if context.get("after") else ""
    return f"<blockquote>{before}<mark>{e(evidence.quote)}</mark>{after}</blockquote>"


def key_terms_table(key_terms: dict) -> str:
    from checker.keyterms import KEY_TERMS  # the engine's modules only when a report is drawn

    rows = []
    for name, label in KEY_TERMS:
        items = key_terms.get(name) or []
        if not items:
            rows.append(f'<tr><th scope="row">{e(label)}</th><td class="quote" colspan="2">not stated</td></tr>')
            continue
        shown = items[:MAX_KEY_ITEMS]
        for i, item in enumerate(shown):
            head = f'<th scope="row" rowspan="{len(shown)}">{e(label)}</th>' if i == 0 else ""
            evidence = item.get("evidence") or {}
            more = f" (and {len(items) - len(shown)} more in the JSON report)" if i == len(shown) - 1 and len(items) > len(shown) else ""
            rows.append(f'<tr>{head}<td>{e(item.get("value"))}{e(more)}</td>'
                        f'<td class="quote">&ldquo;{e(evidence.get("quote"))}&rdquo;<div class="where">{e(where(evidence))}</div></td></tr>')
    return ("<table><thead><tr><th>Term</th><th>What the contract says</th><th>Where</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def render(report, color: bool = False) -> str:
    elements = report.element_status()
    points = report.score
    counts = {status: sum(1 for v in elements.values() if v == status) for status in STATUS_RANK}
    total = max(1, sum(counts.values()))
    bar = "".join(f'<i class="b-{st}" style="width:{100 * counts[st] / total:.2f}%"></i>'
                  for st in ("met", "weak", "missing", "not_applicable") if counts[st])
    out = ["<h1>Contract review</h1>",
           *[f'<p class="meta">{e(d.path)} &middot; {e(d.format.upper())}, {e(d.pages)} page{"s" if d.pages != 1 else ""}'
             f' &middot; sha256 {e(d.sha256[:12])}&hellip;</p>' for d in report.documents],
           f'<p class="meta">Rulebook {e(report.rulebook.get("name"))} {e(report.rulebook.get("version"))} &middot; '
           f'{e(report.tool.get("name"))} {e(report.tool.get("version"))}</p>',
           '<h2 id="summary">Summary</h2>',
           '<div class="card"><div class="summary">',
           f'<div class="score">{"&ndash;" if points is None else points}<small> / 100</small></div>',
           '<div style="flex:1;min-width:280px"><div class="counts">'
           f'<span><b>{counts["met"]}</b> elements met</span><span><b>{counts["weak"]}</b> weak</span>'
           f'<span><b>{counts["missing"]}</b> missing</span><span><b>{counts["not_applicable"]}</b> not applicable</span></div>'
           f'<div class="bar">{bar}</div>'
           f'<p class="meta">Findings: {findings_tally(report)}. '
           "Score: each applicable element met counts 1, weak &frac12;, missing 0.</p></div></div>",
           *[f'<p class="waived">{e(note)}</p>' for note in waiver_notes(report)],
           *([f'<p class="waived" id="out-of-scope"><b>{e(out_of_scope(report))}</b></p>'] if out_of_scope(report) else []),
           *[f'<p class="waived">{e(note)}</p>' for note in document_notes(report.documents)],
           "</div>",
           '<h2 id="key-terms">Key terms</h2>', key_terms_table(getattr(report, "key_terms", {}) or {}),
           '<nav class="filters" aria-label="Show"><button data-show="all" aria-pressed="true">All</button>'
           '<button data-show="gaps" aria-pressed="false">Gaps only</button>'
           '<button data-show="missing" aria-pressed="false">Missing</button>'
           '<button data-show="weak" aria-pressed="false">Weak</button></nav>',
           '<h2 id="elements">Elements</h2>', _element_table(report, elements)]
    clauses = _clauses(report)
    out.append('<h2 id="findings">Findings</h2>')
    for category, findings in by_category(report.findings):
        out.append(f"<h3 style=\"margin:18px 0 4px\">{e(category)}</h3>")
        out += [_finding(f, clauses) for f in findings]
    out.append('<h2 id="clauses">Clauses cited</h2>')
    out += [_clause(key, clause) for key, clause in clauses.items()]
    out.append(f'<footer>Made offline by {e(report.tool.get("name"))} {e(report.tool.get("version"))}: '
               "the contract never left this machine. This page loads nothing from the network.</footer>")
    out.append(f"<footer>{e(NOT_LEGAL_ADVICE)}</footer>")
    return page(f"Contract review: {names(report)}", "\n".join(out))


def _element_table(report, elements: dict) -> str:
    rules = grouped(report.findings, lambda f: f.element)
    rows = []
    for element, status in sorted(elements.items(), key=lambda kv: (STATUS_RANK[kv[1]], kv[0])):
        links = ", ".join(f'<a href="#{e(anchor("finding", f.rule))}">{e(f.rule)}</a>' for f in rules[element])
        category = rules[element][0].category
        rows.append(f'<tr class="s-{e(status)}"><td>{badge(status)}</td><td>{e(element)}</td><td>{e(category)}</td>'
                    f"<td>{links}</td></tr>")
    return ("<table><thead><tr><th>Status</th><th>Element</th><th>Category</th><th>Rules</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _clauses(report) -> dict:
    """(document, section) -> {evidence: [...], findings: [...]}, in order of first citation."""
    clauses: dict[tuple, dict] = {}
    for finding in report.findings:
        for evidence in finding.evidence:
            clause = clauses.setdefault(_clause_key(evidence), {"id": f"clause-{len(clauses) + 1}", "evidence": [],
                                                                "findings": [], "where": where(evidence)})
            if evidence.quote not in [q.quote for q in clause["evidence"]]:
                clause["evidence"].append(evidence)
            if finding.rule not in clause["findings"]:
                clause["findings"].append(finding.rule)
    return clauses


def _clause_key(evidence) -> tuple:
    return (evidence.document, evidence.section or "", evidence.heading or "")


def _finding(finding, clauses: dict) -> str:
    parts = [f'<article class="card finding s-{e(finding.status)}" id="{e(anchor("finding", finding.rule))}">',
             f"<header>{badge(finding.status)}<h3>{e(finding.title)}</h3>"
             f'<span class="rule">{e(finding.rule)} &middot; {e(finding.element)}</span>'
             f'<span class="sev">{e(finding.severity)}</span></header>']
    if finding.status != "met" or finding.met_means_clean:
        parts.append(f'<p class="message">{e(finding.message)}</p>')
    if finding.waived:
        parts.append(f'<p class="waived">{e(waiver_note(finding.waived))}</p>')
    for evidence in finding.evidence[:12]:
        clause = clauses[_clause_key(evidence)]
        parts.append(in_context(evidence))
        parts.append(f'<div class="where"><a href="#{e(clause["id"])}">{e(where(evidence))}</a></div>')
    if len(finding.evidence) > 12:
        parts.append(f'<p class="where">and {len(finding.evidence) - 12} more places (see the JSON report)</p>')
    if finding.status in ("weak", "missing"):
        parts.append(f'<p class="fix"><b>Fix:</b> {e(" ".join(finding.fix.split()))}</p>')
    parts.append("</article>")
    return "\n".join(parts)


def _clause(key, clause: dict) -> str:
    links = ", ".join(f'<a href="#{e(anchor("finding", rule))}">{e(rule)}</a>' for rule in clause["findings"])
    quotes = "".join(f"<blockquote>{e(ev.quote)}</blockquote>" for ev in clause["evidence"][:6])
    return (f'<div class="card clause" id="{e(clause["id"])}"><h3>{e(clause["where"])}</h3>{quotes}'
            f'<p class="where">Cited by {links}</p></div>')
