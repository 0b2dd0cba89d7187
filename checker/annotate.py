"""Word comments: a copy of the reviewed DOCX with the findings where legal works, in the margin.

- every weak finding gets a comment on the paragraph of the clause it judged (status, why,
  the fix); a drafting-hygiene finding (its kind's met means clean) gets one on each paragraph that holds
  one of its slips, naming them;
- every missing element gets one comment at the place it belongs: the first section whose
  heading is about it (a missing backup clause goes on "Data Protection and Security"), else
  the title; a missing signature block goes on the last paragraph;
- a missing rule of an element that is otherwise present (no P1 response figure in an SLA
  that has response times) gets a comment on the element's clause.

Offsets lead back to paragraphs through the `ParagraphSpan`s the DOCX ingester records, and
the copy is made from the input's bytes in memory: the input file is only ever read.
"""

from __future__ import annotations

import bisect
import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from checker.errors import CheckerError, InputError
from checker.files import real
from checker.findings import SEVERITY_RANK
from checker.model import Document
from checker.report.shared import grouped, waiver_note

AUTHOR = "checker"
INITIALS = "CK"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))  # not allowed in XML text

# where a missing element belongs: headings to look for, most specific first
_PLACES = [
    ("term", r"\bterm\b|duration|commencement"),
    ("renewal", r"renewal|\bterm\b|duration"),
    ("scope", r"scope|services|support"),
    ("sla", r"service\s+levels?|\bsla\b|response|availability|support"),
    ("escalation", r"escalat|service\s+levels?|\bsla\b|support"),
    ("data", r"data\s+protection|privacy|\bdata\b|security|confidential"),
    ("backup", r"backup|continuity|disaster|\bdata\b|security"),
    ("liability", r"liabilit|indemn"),
    ("insurance", r"insurance|liabilit"),
    ("termination", r"terminat|\bterm\b"),
    ("pricing", r"charges|fees|pricing|price|payment"),
    ("governance", r"governance|relationship|account\s+management|review|general|miscellaneous"),
    ("audit", r"audit|records|governance|security|general|miscellaneous"),
    ("warranty", r"warrant"),
    ("governing_law", r"governing\s+law|disputes|law|general|miscellaneous|boilerplate"),
    ("staff", r"personnel|staff|subcontract|general|miscellaneous"),
    ("customer", r"customer|client|obligations|responsibilit|dependenc"),
]


@dataclass
class PlannedComment:
    paragraph: int  # index among the body's w:p elements (ParagraphSpan.index)
    text: str
    what: str  # "weak" | "missing element" | "missing" | "drafting"
    subject: str  # the rule id, or the element id of a missing element


def annotate_docx(report, document: Document, source: str | Path, target: str | Path) -> list[PlannedComment]:
    """Write `target`: a copy of `source` (the DOCX `document` was read from) with a comment per
    finding to act on. Returns the comments written. Raises CheckerError."""
    source, target = Path(source), Path(target)
    if document.format != "docx":
        raise InputError(source, "Word comments need a DOCX file; for this file use --format html for a report to share")
    if real(target) == real(source):
        raise CheckerError(f"{target}: refusing to write the annotated copy over the input; choose another path")
    if target.suffix.lower() != ".docx":
        raise CheckerError(f"{target}: the annotated copy must be a .docx file")
    import docx  # python-docx only when a copy is made
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    try:
        data = source.read_bytes()
    except OSError as error:
        raise InputError(source, f"cannot be read ({error.strerror})") from None
    word = docx.Document(io.BytesIO(data))
    paragraphs = list(word.element.body.iter(_W + "p"))
    planned = plan_comments(report, document)
    for comment in planned:
        p = paragraphs[comment.paragraph]
        paragraph = Paragraph(p, word._body)
        runs = [Run(r, paragraph) for r in _text_runs(p)] or [paragraph.add_run("")]
        word.add_comment([runs[0], runs[-1]], text=comment.text.translate(_CONTROL), author=AUTHOR, initials=INITIALS)
    buffer = io.BytesIO()
    word.save(buffer)
    _write(target, buffer.getvalue())
    return planned


def _write(target: Path, data: bytes) -> None:
    """Write the copy whole or not at all."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".checker-", suffix=".docx", dir=target.parent or ".")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except OSError as error:
        raise CheckerError(f"{target}: cannot write the annotated copy ({error.strerror or error})") from None


def _text_runs(p) -> list:
    """The runs of this paragraph that show text (not those of a text box inside it, nor
    deleted ones), in order."""
    runs = []
    for r in p.iter(_W + "r"):
        ancestor = r.getparent()
        while ancestor is not None and ancestor.tag != _W + "p" and ancestor.tag not in (_W + "del", _W + "moveFrom"):
            ancestor = ancestor.getparent()
        if ancestor is p and any((t.text or "") for t in r.iter(_W + "t")):
            runs.append(r)
    return runs


# ---------------------------------------------------------------- what goes where


def plan_comments(report, document: Document) -> list[PlannedComment]:
    """The comments for one reviewed DOCX, in document order: see the module docstring."""
    if not document.paragraphs:
        return []
    locate = _Locator(document)
    name = document.name or document.path
    planned: list[PlannedComment] = []
    statuses = report.element_status()
    for element, findings in grouped(report.findings, lambda f: f.element).items():
        if statuses.get(element) == "missing":
            missing = sorted((f for f in findings if f.status == "missing"), key=lambda f: SEVERITY_RANK[f.severity])
            planned.append(PlannedComment(locate.place_of(element), _missing_element_text(element, missing),
                                          "missing element", element))
            continue
        present = [e for f in findings if f.status in ("met", "weak") for e in f.evidence if e.document == name]
        for finding in findings:
            here = [e for e in finding.evidence if e.document == name]
            if finding.status == "weak" and finding.met_means_clean:
                for paragraph, slips in grouped(here, lambda e: locate.paragraph_at(e.start)).items():
                    planned.append(PlannedComment(paragraph, _drafting_text(finding, slips), "drafting", finding.rule))
            elif finding.status == "weak" and here:
                planned.append(PlannedComment(locate.paragraph_at(anchor_of(finding, here[0])), _finding_text(finding),
                                              "weak", finding.rule))
            elif finding.status == "missing":
                anchor = here or present
                paragraph = locate.paragraph_at(anchor_of(finding, anchor[0])) if anchor else locate.place_of(element)
                planned.append(PlannedComment(paragraph, _finding_text(finding), "missing", finding.rule))
    planned.sort(key=lambda c: c.paragraph)
    return planned


def anchor_of(finding, evidence) -> int:
    """The offset a comment on a finding belongs at: the figure a threshold rule compared (the P1
    row of an SLA table), else where the rule's pattern matched, else the passage's start."""
    for fact in finding.facts:
        if "compared_with" in fact and evidence.start <= fact.get("start", -1) < evidence.end:
            return fact["start"]
    return evidence.match_start if evidence.match_start is not None else evidence.start


class _Locator:
    def __init__(self, document: Document):
        self.document = document
        self.spans = sorted(document.paragraphs, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]

    def paragraph_at(self, offset: int) -> int:
        """The paragraph whose line holds `offset` (the next one when it falls on a line break)."""
        text = self.document.text
        offset = self.document.clean_offset(offset)  # an evidence offset: into the text as extracted
        while offset < len(text) and text[offset].isspace():
            offset += 1
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return self.spans[0].index
        if offset > self.spans[i].end and i + 1 < len(self.spans):
            i += 1
        return self.spans[i].index

    def place_of(self, element: str) -> int:
        """Where a missing element belongs: the heading of the section about it, else the title."""
        if element == "signatures":
            return self.spans[-1].index
        for key, pattern in _PLACES:
            if element == key or element.startswith(key + "."):
                for alternative in pattern.split("|"):  # the most specific heading wins
                    wanted = re.compile(alternative, re.I)
                    section = next((s for s in self.document.iter_sections() if s.heading and wanted.search(s.heading)), None)
                    if section is not None:
                        return self.paragraph_at(self.document.original_span(section.start, section.start)[0])
                break
        return self.spans[0].index


# ---------------------------------------------------------------- what a comment says


def _head(status: str, finding) -> str:
    return f"checker: {status.upper()} ({finding.severity}) {finding.rule}: {finding.title}"


def _ending(finding) -> list[str]:
    """How every comment ends: the waiver that accepts the gap, if any, and the fix."""
    accepted = [waiver_note(finding.waived, source=False)] if finding.waived else []
    return accepted + ["Fix: " + _one_line(finding.fix)]


def _finding_text(finding) -> str:
    return "\n".join([_head(finding.status, finding), _one_line(finding.message), *_ending(finding)])


def _drafting_text(finding, slips) -> str:
    quoted = "; ".join(f"'{e.quote}'" for e in slips)
    return "\n".join([_head("weak", finding), f"Found here: {quoted}", *_ending(finding)])


def _missing_element_text(element: str, findings) -> str:
    worst = findings[0]
    lines = [f"checker: MISSING ({worst.severity}) {element}: {worst.title}"]
    lines += [f"Also missing: {f.rule}: {f.title}" for f in findings[1:]]
    return "\n".join(lines + [_one_line(worst.message), *_ending(worst)])


def _one_line(text: str) -> str:
    return " ".join(str(text).split())
