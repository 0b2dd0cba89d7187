"""Render the sample contracts in samples/ from their sources in samples/src/.

DEV-ONLY TOOL. It is not part of the checker and is never imported by it. It needs
python-docx (a runtime dependency already) and fpdf2, which is *not* a dependency of
the project:

    /tmp/venv/bin/pip install fpdf2          # or: pip install fpdf2
    /tmp/venv/bin/python samples/build_samples.py            # rebuild everything
    /tmp/venv/bin/python samples/build_samples.py package/dpa.pdf   # rebuild one output

PDFs are set in DejaVu Serif (Debian/Ubuntu package fonts-dejavu-core). Output is
reproducible: metadata dates and zip timestamps are fixed, so an unchanged source
rebuilds to identical bytes.

The generated .pdf / .docx files are committed, so nobody needs to run this unless a
source changes. The plain-text and Markdown samples (basic-support-no-data-protection.txt,
package/msa.md) are hand-written files and are not touched by this script.

Source mark-up (a small Markdown subset, one block per paragraph, blank lines between):

    # Title                 document title (Word "Title" style / large bold in PDF)
    ## Heading              top-level heading (Word "Heading 1")
    ### Heading             sub-heading (Word "Heading 2")
    #### Heading            minor heading (Word "Heading 3")
    ##! Heading             (autonumber targets) a Heading 1 that is NOT auto-numbered
    + text                  (autonumber targets) clause numbered automatically N.M
    ++ text                 (autonumber targets) sub-clause numbered automatically (a), (b)
    #. text                 Word "List Number" item (automatic 1., 2., ... restarting per list)
    - text                  bullet (Word "List Bullet")
    | a | b |               table; the first row is the header, a |---| row is skipped
    ~~~ ... ~~~             lines kept one per line (addresses, signature blocks)
    \\newpage                page break
    **bold**                inline bold

In autonumber targets (Target.autonumber) the numbers come from Word's list numbering,
so they are not part of the paragraph text, exactly as in a real law-firm template.
Continuation lines of a paragraph, bullet or clause are joined with a space. In PDFs a
paragraph that starts with a clause number ("4.2", "(a)", "(iii)") is typeset with a
hanging indent, and every page carries the footer
"Confidential — <title> — Page N of M".
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_DATE = datetime(2025, 1, 1, tzinfo=timezone.utc)  # metadata date, for reproducible files
SRC = HERE / "src"


@dataclass
class Target:
    source: str  # file under samples/src/
    output: str  # path under samples/
    footer_title: str  # short title used in the running footer
    autonumber: bool = False  # DOCX: Word automatic numbering for headings and clauses
    font_size: float = 10.0  # PDF body size in points
    condensed: bool = True  # PDF: DejaVu Serif Condensed (denser, closer to Times) or regular


TARGETS = [
    Target(
        "strong-msa-with-sla.md", "strong-msa-with-sla.pdf", "Managed IT Services Agreement", font_size=9.5
    ),
    Target(
        "vague-sla-support-agreement.md",
        "vague-sla-support-agreement.docx",
        "IT Support Services Agreement",
        autonumber=True,
    ),
    Target("clinic-it-support-msa.md", "clinic-it-support-msa.docx", "Managed IT Support Agreement"),
    Target("package-sla.md", "package/sla.docx", "Schedule 1 Service Level Agreement"),
    Target("package-dpa.md", "package/dpa.pdf", "Schedule 2 Data Processing Agreement"),
    Target(
        "long-form-msa.md",
        "long-form-msa.pdf",
        "Master Managed Services Agreement",
        font_size=10.0,
    ),
]


# --------------------------------------------------------------------------- parsing


@dataclass
class Block:
    kind: str  # title | h | p | bullet | clause | listnum | table | lines | pagebreak
    text: str = ""
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    numbered: bool = True  # headings: take part in automatic numbering


def parse(source: str) -> list[Block]:
    blocks: list[Block] = []
    lines = source.splitlines()
    i = 0
    para: list[str] = []
    current: Block | None = None

    def flush() -> None:
        nonlocal current, para
        if current is not None:
            current.text = " ".join(s.strip() for s in para).strip()
            blocks.append(current)
        current, para = None, []

    while i < len(lines):
        raw = lines[i]
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            i += 1
            continue
        if stripped == "~~~":
            flush()
            i += 1
            kept = []
            while i < len(lines) and lines[i].strip() != "~~~":
                kept.append(lines[i].rstrip())
                i += 1
            blocks.append(Block("lines", lines=kept))
            i += 1
            continue
        if stripped == "\\newpage":
            flush()
            blocks.append(Block("pagebreak"))
            i += 1
            continue
        if stripped.startswith("|"):
            flush()
            rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                cells = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                    rows.append(cells)
                i += 1
            blocks.append(Block("table", rows=rows))
            continue
        m = re.match(r"^(#{1,4})(!?)\s+(.*)$", stripped)
        if m and not stripped.startswith("#."):
            flush()
            hashes, bang, text = m.groups()
            if len(hashes) == 1:
                blocks.append(Block("title", text=text))
            else:
                blocks.append(Block("h", text=text, level=len(hashes) - 1, numbered=not bang))
            i += 1
            continue
        starters = [
            (r"^\+\+\s+(.*)$", "clause", 2),
            (r"^\+\s+(.*)$", "clause", 1),
            (r"^#\.\s+(.*)$", "listnum", 0),
            (r"^-\s+(.*)$", "bullet", 0),
        ]
        started = False
        if not raw.startswith((" ", "\t")):
            for pattern, kind, level in starters:
                m = re.match(pattern, stripped)
                if m:
                    flush()
                    current = Block(kind, level=level)
                    para = [m.group(1)]
                    started = True
                    break
        if not started:
            if current is None:
                current = Block("p")
            para.append(stripped)
        i += 1
    flush()
    return blocks


def compute_numbers(blocks: list[Block]) -> list[str | None]:
    """The numbers Word's automatic numbering will show (used for PDFs and checks)."""
    out: list[str | None] = []
    h = c = s = 0
    for b in blocks:
        if b.kind == "h" and b.level == 1:
            if b.numbered:
                h, c, s = h + 1, 0, 0
                out.append(f"{h}.")
            else:
                out.append(None)
        elif b.kind == "clause" and b.level == 1:
            c, s = c + 1, 0
            out.append(f"{h}.{c}")
        elif b.kind == "clause" and b.level == 2:
            s += 1
            out.append(f"({chr(ord('a') + s - 1)})")
        else:
            out.append(None)
    return out


BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain(text: str) -> str:
    return BOLD.sub(r"\1", text)


# --------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def build_docx(target: Target, blocks: list[Block], out: Path) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    numbering = doc.part.numbering_part.element

    def next_ids() -> tuple[int, int]:
        abs_ids = [int(e.get(qn("w:abstractNumId"))) for e in numbering.findall(qn("w:abstractNum"))]
        num_ids = [int(e.get(qn("w:numId"))) for e in numbering.findall(qn("w:num"))]
        return max(abs_ids, default=-1) + 1, max(num_ids, default=0) + 1

    def add_num(abstract_id: int, num_id: int, restart: bool = False) -> None:
        restart_xml = (
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else ""
        )
        numbering.append(
            parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}">'
                f'<w:abstractNumId w:val="{abstract_id}"/>{restart_xml}</w:num>'
            )
        )

    clause_num_id = None
    if target.autonumber:
        abstract_id, clause_num_id = next_ids()
        levels = [  # (format, text, left indent of the text, hanging) in twentieths of a point
            ("decimal", "%1.", 709, 709),
            ("decimal", "%1.%2", 709, 709),
            ("lowerLetter", "(%3)", 1418, 709),
        ]
        lvl_xml = ""
        for ilvl, (fmt, text, indent, hang) in enumerate(levels):
            style_link = '<w:pStyle w:val="Heading1"/>' if ilvl == 0 else ""
            lvl_xml += (
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{style_link}'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent}" w:hanging="{hang}"/></w:pPr></w:lvl>'
            )
        abstract = parse_xml(
            f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="multilevel"/>{lvl_xml}</w:abstractNum>'
        )
        # abstractNum elements must precede num elements
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        add_num(abstract_id, clause_num_id)
        # link Heading 1 to level 0 of the list, as law-firm templates do
        h1_numpr = doc.styles["Heading 1"].element.get_or_add_pPr().get_or_add_numPr()
        h1_numpr.get_or_add_ilvl().val = 0
        h1_numpr.get_or_add_numId().val = clause_num_id

    # List Number: the style's own list; every separate list restarts at 1
    list_number_style = doc.styles["List Number"].element
    ln_num = list_number_style.find(".//" + qn("w:numId"))
    ln_abstract = None
    if ln_num is not None:
        for num in numbering.findall(qn("w:num")):
            if num.get(qn("w:numId")) == ln_num.get(qn("w:val")):
                ln_abstract = int(num.find(qn("w:abstractNumId")).get(qn("w:val")))

    def set_numpr(paragraph, num_id: int, ilvl: int) -> None:
        # get_or_add_numPr keeps the schema order of <w:pPr> children
        numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = num_id

    def add_runs(paragraph, text: str) -> None:
        pos = 0
        for m in BOLD.finditer(text):
            if m.start() > pos:
                paragraph.add_run(text[pos : m.start()])
            paragraph.add_run(m.group(1)).bold = True
            pos = m.end()
        if pos < len(text):
            paragraph.add_run(text[pos:])

    # footer with a page number field
    section = doc.sections[0]
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(f"Confidential \u2014 {target.footer_title} \u2014 Page ")
    run = fp.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = "PAGE"
        run._r.append(el)

    prev_kind = None
    for b in blocks:
        if b.kind == "title":
            p = doc.add_paragraph(plain(b.text), style="Title")
        elif b.kind == "h":
            p = doc.add_heading(plain(b.text), level=b.level)
            if target.autonumber and b.level == 1 and not b.numbered:
                # switch the style's numbering off for this heading
                set_numpr(p, 0, 0)
        elif b.kind == "p":
            p = doc.add_paragraph()
            add_runs(p, b.text)
        elif b.kind == "bullet":
            p = doc.add_paragraph(style="List Bullet")
            add_runs(p, b.text)
        elif b.kind == "clause":
            p = doc.add_paragraph()
            add_runs(p, b.text)
            if clause_num_id is None:
                raise SystemExit(f"{target.source}: '+' clauses need autonumber=True")
            set_numpr(p, clause_num_id, b.level)
        elif b.kind == "listnum":
            p = doc.add_paragraph(style="List Number")
            add_runs(p, b.text)
            if prev_kind != "listnum" and ln_abstract is not None:
                _, new_id = next_ids()
                add_num(ln_abstract, new_id, restart=True)
                current_ln = new_id
            if ln_abstract is not None:
                set_numpr(p, current_ln, 0)
        elif b.kind == "table":
            ncols = max(len(r) for r in b.rows)
            table = doc.add_table(rows=0, cols=ncols)
            table.style = "Table Grid"
            for r_index, row in enumerate(b.rows):
                cells = table.add_row().cells
                for c_index in range(ncols):
                    value = row[c_index] if c_index < len(row) else ""
                    cell_p = cells[c_index].paragraphs[0]
                    r = cell_p.add_run(plain(value))
                    if r_index == 0:
                        r.bold = True
            doc.add_paragraph()
        elif b.kind == "lines":
            for text in b.lines:
                p = doc.add_paragraph(plain(text))
                p.paragraph_format.space_after = Pt(0)
            doc.add_paragraph()
        elif b.kind == "pagebreak":
            doc.add_page_break()
        prev_kind = b.kind

    out.parent.mkdir(parents=True, exist_ok=True)
    props = doc.core_properties
    props.title = target.footer_title
    props.author = props.last_modified_by = "checker samples"
    props.created = props.modified = FIXED_DATE
    props.revision = 1
    doc.save(out)
    _normalise_zip(out)


def _normalise_zip(path: Path) -> None:
    """Give every zip member a fixed timestamp so that rebuilding gives identical bytes."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        members = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(fixed, data)


# --------------------------------------------------------------------------- PDF

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]
CLAUSE_NUMBER = re.compile(r"^((?:\d+\.)+\d*|\([a-zA-Z]{1,3}\)|\([ivx]+\))\s+(.*)$")


def build_pdf(target: Target, blocks: list[Block], out: Path) -> None:
    from fpdf import FPDF

    font_dir = next((d for d in FONT_DIRS if (d / "DejaVuSerif.ttf").exists()), None)
    if font_dir is None:
        raise SystemExit("DejaVu fonts not found (apt-get install fonts-dejavu-core)")
    size = target.font_size
    line_h = size * (0.43 if target.condensed else 0.48)  # mm
    family = "DejaVuSerifCondensed" if target.condensed else "DejaVuSerif"

    class PDF(FPDF):
        def footer(self) -> None:
            self.set_y(-13)
            self.set_font("Serif", "", 8)
            self.cell(
                0,
                5,
                f"Confidential \u2014 {target.footer_title} \u2014 Page {self.page_no()} of {{nb}}",
                align="C",
            )

    pdf = PDF(format="A4")
    pdf.set_title(target.footer_title)
    pdf.set_author("checker samples")
    pdf.set_creator("samples/build_samples.py (fpdf2)")
    pdf.set_creation_date(FIXED_DATE)  # reproducible output
    pdf.add_font("Serif", "", str(font_dir / f"{family}.ttf"))
    pdf.add_font("Serif", "B", str(font_dir / f"{family}-Bold.ttf"))
    pdf.add_font("Serif", "I", str(font_dir / f"{family}-Italic.ttf"))
    pdf.add_font("Serif", "BI", str(font_dir / f"{family}-BoldItalic.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    numbers = compute_numbers(blocks) if target.autonumber else [None] * len(blocks)

    def ensure(space: float) -> None:
        if pdf.get_y() + space > pdf.page_break_trigger:
            pdf.add_page()

    def write_text(text: str, indent: float = 0.0, style: str = "") -> None:
        pdf.set_font("Serif", style, size)
        left = pdf.l_margin
        pdf.set_left_margin(left + indent)
        pdf.set_x(left + indent)
        pdf.multi_cell(
            width - indent,
            line_h,
            text,
            align="J",
            markdown="**" in text,
            new_x="LMARGIN",
            new_y="NEXT",
        )
        pdf.set_left_margin(left)
        pdf.set_x(left)

    def hanging(label: str, text: str, at: float, gap: float) -> None:
        ensure(line_h * 2)
        y = pdf.get_y()
        pdf.set_font("Serif", "", size)
        pdf.set_xy(pdf.l_margin + at, y)
        pdf.cell(gap, line_h, label)
        pdf.set_xy(pdf.l_margin, y)
        write_text(text, indent=at + gap)

    for b, number in zip(blocks, numbers):
        if b.kind == "title":
            pdf.set_font("Serif", "B", size + 5)
            pdf.multi_cell(width, line_h * 1.5, plain(b.text), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line_h)
        elif b.kind == "h":
            ensure(line_h * 6)
            pdf.ln(line_h * (0.9 if b.level == 1 else 0.5))
            heading = plain(b.text)
            if number:
                heading = f"{number} {heading}"
            pdf.set_font("Serif", "B", size + (1.5 if b.level == 1 else 0.5 if b.level == 2 else 0))
            pdf.multi_cell(width, line_h * 1.1, heading, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line_h * 0.35)
        elif b.kind == "p":
            m = CLAUSE_NUMBER.match(b.text)
            if m and len(m.group(1)) <= 8:
                label = m.group(1)
                deep = label.startswith("(") or label.count(".") >= 3 or (
                    label.count(".") == 2 and not label.endswith(".")
                )
                if label.startswith("("):
                    hanging(label, m.group(2), 12, 9)
                elif deep:
                    hanging(label, m.group(2), 12, 14)
                else:
                    hanging(label, m.group(2), 0, 12)
            else:
                ensure(line_h * 2)
                write_text(b.text)
            pdf.ln(line_h * 0.35)
        elif b.kind == "clause":
            if b.level == 1:
                hanging(number or "", b.text, 0, 12)
            else:
                hanging(number or "", b.text, 12, 9)
            pdf.ln(line_h * 0.35)
        elif b.kind in ("bullet", "listnum"):
            hanging("\u2022", b.text, 6, 6)
            pdf.ln(line_h * 0.25)
        elif b.kind == "table":
            ncols = max(len(r) for r in b.rows)
            rows = [r + [""] * (ncols - len(r)) for r in b.rows]
            longest = [max(len(plain(r[c])) for r in rows) for c in range(ncols)]
            weights = [max(8, min(60, n)) ** 0.8 for n in longest]
            pdf.set_font("Serif", "", size - 1.5)
            ensure(line_h * 6)
            with pdf.table(
                col_widths=weights,
                width=width,
                text_align="LEFT",
                line_height=line_h * 0.9,
                padding=(0.8, 1.2),
                first_row_as_headings=True,
            ) as table:
                for row in rows:
                    tr = table.row()
                    for value in row:
                        tr.cell(plain(value))
            pdf.ln(line_h * 0.8)
        elif b.kind == "lines":
            pdf.set_font("Serif", "", size)
            ensure(line_h * 1.15 * len(b.lines))
            for text in b.lines:
                pdf.cell(width, line_h * 1.15, plain(text), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(line_h * 0.6)
        elif b.kind == "pagebreak":
            pdf.add_page()

    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))


# --------------------------------------------------------------------------- main


def main(argv: list[str]) -> int:
    wanted = set(argv)
    for target in TARGETS:
        if wanted and target.output not in wanted and target.source not in wanted:
            continue
        blocks = parse((SRC / target.source).read_text(encoding="utf-8"))
        out = HERE / target.output
        if out.suffix == ".docx":
            build_docx(target, blocks, out)
        else:
            build_pdf(target, blocks, out)
        print(f"wrote {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
