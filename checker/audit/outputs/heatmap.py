"""portfolio.html: a heatmap of contracts x elements in one self-contained page (no external
asset, no network): click a column header to sort; every cell links to that contract's
findings for that element, further down the same page. Every piece of contract text (paths,
quotes, headings, reasons) goes through html.escape.

Each contract's findings are rendered when it arrives, into a side file; the page is put
together at the end, so the parent process never holds every report at once.
"""

from __future__ import annotations

import hashlib
import os
import time
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from dateutil.relativedelta import relativedelta

from checker.audit.outcome import OK
from checker.audit.outputs import replace_atomically
from checker.audit.outputs.table import CELL, CELL_RANK
from checker.elements import ELEMENTS
from checker.keydates import key_dates_row, parse_iso
from checker.report.html import e
from checker.report.shared import STATUS_LABEL, by_category, document_notes, grouped, tally, where
from checker.words import count

SYMBOL = {"met": "\u2713", "weak": "~", "missing": "\u2717", "n-a": "\u00b7", "": ""}

STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5em;color:#222}
h1{font-size:1.5em;margin:0 0 .3em} h2{font-size:1.15em;margin:2em 0 .3em;border-top:1px solid #ccc;padding-top:.8em}
h3{font-size:1em;margin:1em 0 .2em} .meta{color:#555} .warn{background:#fff3cd;padding:.5em;border:1px solid #e0c060}
.wrap{overflow:auto;max-height:80vh;border:1px solid #ccc}
table.heat{border-collapse:collapse;font-size:12px}
table.heat th{position:sticky;top:0;background:#f4f4f4;cursor:pointer;vertical-align:bottom;z-index:1;
  border:1px solid #ddd;padding:2px 4px}
table.heat th.el{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;font-weight:normal}
table.heat td{border:1px solid #e4e4e4;padding:1px 4px;text-align:center;white-space:nowrap}
table.heat td.path{text-align:left;max-width:38em;overflow:hidden;text-overflow:ellipsis;position:sticky;left:0;background:#fff}
table.heat td a{color:inherit;text-decoration:none;display:block}
.s-met{background:#c6efce}.s-weak{background:#ffeb9c}.s-missing{background:#ffc7ce}.s-error{background:#e4cff0}.s-n-a{background:#ededed;color:#888}
.st-error{background:#ffc7ce;font-weight:bold}.st-skipped{background:#ededed}
.legend span{display:inline-block;padding:0 .6em;margin-right:.4em;border:1px solid #ddd}
.finding{margin:.4em 0 .8em 1em} .finding .sev{color:#666;font-size:.9em}
blockquote{margin:.3em 0 .3em 1em;padding-left:.6em;border-left:3px solid #ccc;color:#444}
.fix{color:#333} .where{color:#777;font-size:.9em}
table.deadlines{border-collapse:collapse;font-size:13px;margin-bottom:1em}
table.deadlines th,table.deadlines td{border:1px solid #ddd;padding:2px 6px;text-align:left}
"""

SCRIPT = """
document.querySelectorAll('table.heat th').forEach(function (th, column) {
  th.addEventListener('click', function () {
    var body = th.closest('table').tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = th.getAttribute('data-dir') !== 'asc';
    th.setAttribute('data-dir', ascending ? 'asc' : 'desc');
    var numeric = th.getAttribute('data-type') === 'num';
    function key(row) {
      var cell = row.cells[column];
      var value = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;
      return numeric ? (value === '' ? Infinity : Number(value)) : value;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var order = numeric ? (x === y ? 0 : (x < y ? -1 : 1)) : String(x).localeCompare(String(y));
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
"""


def anchor(path: str) -> str:
    """A stable id for a contract, whatever characters its path holds."""
    return "c-" + hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def common_folder(paths: list[str]) -> str:
    """The folder every path is in, with its trailing separator, or ''."""
    folders = [os.path.dirname(path) for path in paths]
    try:
        common = os.path.commonpath(folders) if folders and all(folders) else ""
    except ValueError:  # absolute and relative paths mixed
        return ""
    return common + os.sep if common and common != os.sep else ""


class PortfolioHtml:
    FILE_NAME = "portfolio.html"

    def __init__(self, outdir: Path, elements: list[str], info: dict):
        self.path = outdir / self.FILE_NAME
        self.elements = elements
        self.info = info
        self.parts_path = outdir / f".{self.FILE_NAME}.parts"
        self.parts = open(self.parts_path, "wb")
        self.sections: dict[str, tuple[int, int]] = {}  # contract path -> (offset, length) in the parts file
        self.deadlines: list[tuple[date, str, dict]] = []  # (last day to give notice, contract path, key dates)
        self.as_of: date = info.get("as_of") or date.today()

    def add(self, outcome, row: dict):
        if outcome.status == OK and outcome.report:
            dates = key_dates_row(outcome.report.get("key_terms") or {})
            day = parse_iso(dates["last day to give notice"])
            if day is not None and self.as_of <= day <= self.as_of + relativedelta(months=12):
                self.deadlines.append((day, outcome.path, dates))
        section = render_section(outcome).encode("utf-8")
        self.sections[outcome.path] = (self.parts.tell(), len(section))
        self.parts.write(section)

    def finish(self, rows: list[dict], complete: bool):
        self.parts.close()

        def write(temporary: Path):
            with open(self.parts_path, "rb") as parts, open(temporary, "wb") as page:
                page.write(self._head(rows, complete).encode("utf-8"))
                for row in rows:
                    offset, length = self.sections[row["path"]]
                    parts.seek(offset)
                    page.write(parts.read(length))
                page.write(f"<script>{SCRIPT}</script>\n</body>\n</html>\n".encode("utf-8"))

        replace_atomically(self.path, write)
        self.parts_path.unlink()

    def _head(self, rows: list[dict], complete: bool) -> str:
        counts = {status: sum(r["status"] == status for r in rows) for status in ("ok", "error", "skipped")}
        rulebook = self.info["rulebook"]
        prefix = common_folder([row["path"] for row in rows])  # shown once, not on every row
        out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
               '<meta name="viewport" content="width=device-width, initial-scale=1">',
               "<title>checker audit: contract portfolio</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
               "<h1>Contract portfolio</h1>",
               *([f'<p class="meta">Contracts under {e(prefix)}</p>'] if prefix else []),
               f'<p class="meta">{count(counts["ok"], "contract")} checked, {counts["error"]} could not be read, '
               f'{count(counts["skipped"], "file")} skipped &middot; rulebook {e(rulebook["name"])} '
               f'{e(rulebook["version"])} &middot; {e(time.strftime("%Y-%m-%d %H:%M"))}</p>']
        if not complete:
            out.append(f'<p class="warn">Incomplete: the audit was interrupted. {len(rows)} of '
                       f'{self.info["expected"]} contracts and files are here; run the audit again to finish it.</p>')
        out += self._deadlines(prefix)
        out.append('<p class="legend">' + "".join(
            f'<span class="s-{key}">{SYMBOL[key]} {label}</span>' for key, label in
            (("met", "met"), ("weak", "weak"), ("missing", "missing"), ("n-a", "not applicable"))) +
                   " &middot; click a column to sort, a cell to see the findings</p>")
        out += ['<div class="wrap"><table class="heat">', "<thead><tr>",
                '<th data-type="text">Contract</th><th data-type="text">Status</th><th data-type="num">Score</th>']
        for element in self.elements:
            known = ELEMENTS.get(element)
            title = f"{element}: {known.description}" if known else element
            out.append(f'<th class="el" data-type="num" title="{e(title)}">{e(element)}</th>')
        out.append("</tr></thead><tbody>")
        for row in rows:
            contract = anchor(row["path"])
            shown = row["path"][len(prefix):] if prefix else row["path"]
            cells = [f'<td class="path" title="{e(row["path"])}"><a href="#{contract}">{e(shown)}</a></td>',
                     f'<td class="st-{e(row["status"])}">{e(row["status"])}</td>',
                     f'<td data-v="{e(row["score"])}">{e(row["score"] if row.get("scope") != "out of scope" else "out of scope")}</td>']
            for element in self.elements:
                value = row.get(element, "")
                target = f"{contract}-{element}" if value else contract
                label = f"{element}: {value}" if value else f"{element}: not checked ({row['status']})"
                cells.append(f'<td class="s-{e(value or "none")}" data-v="{CELL_RANK.get(value, 4)}">'
                             f'<a href="#{e(target)}" title="{e(label)}">{SYMBOL.get(value, e(value))}</a></td>')
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody></table></div>")
        return "\n".join(out) + "\n"


    def _deadlines(self, prefix: str) -> list[str]:
        """The notice deadlines of the 12 months from the as-of day, soonest first."""
        end = self.as_of + relativedelta(months=12)
        out = [f'<h2 id="deadlines">Notice deadlines from {e(self.as_of.isoformat())} to {e(end.isoformat())}</h2>']
        if not self.deadlines:
            out.append('<p class="meta">No contract has a last day to give notice of non-renewal in these 12 months.</p>')
            return out
        out.append('<table class="deadlines"><thead><tr><th>Last day to give notice</th><th>Contract</th><th>Parties</th>'
                   '<th>Term ends</th><th>Notice</th><th>Renews automatically</th></tr></thead><tbody>')
        for day, path, dates in sorted(self.deadlines, key=lambda d: (d[0], d[1])):
            shown = path[len(prefix):] if prefix else path
            out.append(f'<tr><td>{e(day.isoformat())}</td><td><a href="#{anchor(path)}">{e(shown)}</a></td>'
                       f'<td>{e(dates["party"])}</td><td>{e(dates["term ends"])}</td><td>{e(dates["notice"])}</td>'
                       f'<td>{e(dates["renews automatically"])}</td></tr>')
        out.append("</tbody></table>")
        return out


def render_section(outcome) -> str:
    """One contract's findings, grouped by element, each group the target of a heatmap cell."""
    contract = anchor(outcome.path)
    out = [f'<section id="{contract}">', f"<h2>{e(outcome.path)}</h2>"]
    if outcome.status != OK or not outcome.report:
        out.append(f'<p class="st-{e(outcome.status)}">{e(outcome.status)}: {e(outcome.reason)}</p>')
        if len(outcome.files) > 1:
            out.append("<p>" + ", ".join(e(f) for f in outcome.files) + "</p>")
        out.append("</section>\n")
        return "\n".join(out)
    report = outcome.report
    documents = ", ".join(f'{e(d["path"])} ({d["pages"]} p.)' for d in report["documents"])
    out.append(f'<p class="meta">{documents} &middot; {tally(report["summary"])}</p>')
    out += [f'<p class="meta">{e(note)}</p>' for note in document_notes(report["documents"])]
    findings = [SimpleNamespace(**{**f, "evidence": [SimpleNamespace(**ev) for ev in f["evidence"]]})
                for f in report["findings"]]
    anchored = set()
    for category, group in by_category(findings):
        out.append(f"<h3>{e(category)}</h3>")
        # worst first: an element comes in the order of its worst finding
        for element, element_findings in grouped(group, lambda f: f.element).items():
            status = CELL.get(report["elements"].get(element, ""), "")
            target = "" if element in anchored else f' id="{contract}-{e(element)}"'
            anchored.add(element)
            out.append(f'<div{target} class="element">'
                       f'<strong class="s-{e(status)}">&nbsp;{e(element)}: {e(status)}&nbsp;</strong></div>')
            out += [render_finding(finding) for finding in element_findings]
    out.append("</section>\n")
    return "\n".join(out)


def render_finding(finding) -> str:
    out = ['<div class="finding">',
           f'<div><strong>{e(STATUS_LABEL.get(finding.status, finding.status))}</strong> {e(finding.title)} '
           f'<span class="sev">({e(finding.rule)}, {e(finding.severity)})</span></div>']
    gap = finding.status in ("weak", "missing")
    if gap:
        out.append(f"<div>{e(finding.message)}</div>")
    waived = getattr(finding, "waived", None)
    if waived:
        out.append(f"<div><em>Waived:</em> {e(waived.get('reason', ''))}</div>")
    for evidence in finding.evidence:
        out.append(f'<blockquote>{e(evidence.quote)}<div class="where">{e(where(evidence))}</div></blockquote>')
    if gap:
        out.append(f'<div class="fix"><em>Fix:</em> {e(" ".join(finding.fix.split()))}</div>')
    out.append("</div>")
    return "\n".join(out)
