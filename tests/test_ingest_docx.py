"""The Word ingester, on documents built here with python-docx (the team's own text)."""

from __future__ import annotations

import re
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from checker.errors import InputError
from checker.ingest import docx as docx_ingest, load_document
from checker.ingest.docx import NOT_DOCX

W_NS = nsdecls("w")


# ---------------------------------------------------------------- fixture helpers


def add_list(document, levels, num_id, abstract_id, overrides=None):
    """Add a list definition: levels is [(numFmt, lvlText, start[, extra lvl XML]), ...] for
    ilvl 0, 1, ...; overrides maps ilvl -> startOverride for this w:num only."""
    numbering = document.part.numbering_part.element
    existing = numbering.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abstract_id}']")
    if existing is None:
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{"".join(extra)}</w:lvl>'
            for i, (fmt, text, start, *extra) in enumerate(levels)
        )
        abstract = parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:  # the schema wants every abstractNum before the first num
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
    over = "".join(
        f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
        for ilvl, start in (overrides or {}).items()
    )
    num = f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{over}</w:num>'
    numbering.append(parse_xml(num))


def numbered(document, text, num_id, ilvl=0, style=None):
    paragraph = document.add_paragraph(text, style=style)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


LEGAL = [("decimal", "%1.", 1), ("decimal", "%1.%2", 1), ("lowerLetter", "(%3)", 1)]


def extract(path):
    """The ingester on a file's bytes, as load_document hands them over."""
    return docx_ingest.extract(path, path.read_bytes())


def save(document, tmp_path):
    path = tmp_path / "contract.docx"
    document.save(path)
    return path


def without_parts(path, *parts):
    """Rewrite a .docx without some parts (and their relationships), as other tools write them."""
    with zipfile.ZipFile(path) as z:
        items = {name: z.read(name) for name in z.namelist()}
    for part in parts:
        del items[f"word/{part}"]
        rels = items["word/_rels/document.xml.rels"].decode()
        items["word/_rels/document.xml.rels"] = re.sub(rf'<Relationship [^>]*Target="{part}"/>', "", rels).encode()
        types = items["[Content_Types].xml"].decode()
        items["[Content_Types].xml"] = re.sub(rf'<Override PartName="/word/{part}"[^>]*/>', "", types).encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items.items():
            z.writestr(name, data)
    return path


# ---------------------------------------------------------------- headings


def test_heading_styles_give_heading_hints_with_levels_and_spans(tmp_path):
    d = docx.Document()
    d.add_paragraph("Managed Services Agreement", style="Title")
    d.add_paragraph("This agreement is made between the parties named below.")
    d.add_heading("Support Services", level=1)
    d.add_paragraph("The Provider supports the Customer's desktops and servers.")
    d.add_heading("Response Times", level=2)
    d.add_paragraph("Priority 1 incidents get a response within one hour.")
    d.add_heading("Escalation Contacts", level=3)
    e = extract(save(d, tmp_path))

    hints = [(h.level, h.number, h.title, e.text[h.start:h.end]) for h in e.headings]
    assert hints == [
        (0, None, "Managed Services Agreement", "Managed Services Agreement"),  # the Title holds the Heading 1s
        (1, None, "Support Services", "Support Services"),
        (2, None, "Response Times", "Response Times"),
        (3, None, "Escalation Contacts", "Escalation Contacts"),
    ]
    # body paragraphs are lines of their own, not headings
    assert "\nPriority 1 incidents get a response within one hour.\n" in e.text


def test_document_without_heading_styles_or_numbering_leaves_heading_detection_to_the_text(tmp_path):
    d = docx.Document()
    d.add_paragraph("1. Services").runs[0].bold = True
    d.add_paragraph("The Provider will maintain the Customer's network.")
    e = extract(save(d, tmp_path))
    assert e.headings is None
    assert e.text == "1. Services\nThe Provider will maintain the Customer's network."


# ---------------------------------------------------------------- numbering


def test_multilevel_numbering_renders_as_in_word_and_restarts_sub_levels(tmp_path):
    d = docx.Document()
    add_list(d, LEGAL, num_id=90, abstract_id=90)
    numbered(d, "Services", 90, 0)
    numbered(d, "Scope", 90, 1)
    numbered(d, "Service Desk", 90, 1)
    numbered(d, "Charges", 90, 0)
    numbered(d, "Invoicing", 90, 1)
    numbered(d, "the Customer pays each invoice within thirty days of receiving it;", 90, 2)
    numbered(d, "late payments carry interest at the statutory rate.", 90, 2)
    numbered(d, "Disputes", 90, 1)
    numbered(d, "disputed amounts are raised in writing before the due date.", 90, 2)
    e = extract(save(d, tmp_path))

    assert e.text.split("\n") == [
        "1. Services",
        "1.1 Scope",
        "1.2 Service Desk",
        "2. Charges",
        "2.1 Invoicing",
        "(a) the Customer pays each invoice within thirty days of receiving it;",
        "(b) late payments carry interest at the statutory rate.",
        "2.2 Disputes",
        "(a) disputed amounts are raised in writing before the due date.",
    ]
    hints = [(h.level, h.number, h.title) for h in e.headings]
    # numbered, short, heading-like paragraphs are headings; the numbered sentences are not
    assert hints == [
        (1, "1", "Services"),
        (2, "1.1", "Scope"),
        (2, "1.2", "Service Desk"),
        (1, "2", "Charges"),
        (2, "2.1", "Invoicing"),
        (2, "2.2", "Disputes"),
    ]
    first = e.headings[0]
    assert e.text[first.start:first.end] == "1. Services"


def test_numbering_through_heading_styles_with_run_in_titles(tmp_path):
    """The Common Paper layout: Heading 1/2 styles carry the list, clauses open with an underlined title."""
    d = docx.Document()
    add_list(d, LEGAL, num_id=91, abstract_id=91)
    for style_id, ilvl in (("Heading1", 0), ("Heading2", 1)):
        ppr = d.styles.element.get_by_id(style_id).get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="91"/></w:numPr>'))
    d.add_paragraph("Support", style="Heading 1")
    clause = d.add_paragraph(style="Heading 2")
    clause.add_run("Response and resolution times").underline = True
    clause.add_run(". The Provider responds to Priority 1 incidents within one hour, at any time of day.")
    clause = d.add_paragraph(style="Heading 2")
    clause.add_run("Provider").bold = True  # a defined term opening a sentence is no title
    clause.add_run(" keeps a record of every incident it handles under this Agreement and shares it monthly.")
    d.add_paragraph("Service Credits. If the Provider misses a target, the Customer receives a credit.", style="Heading 2")
    numbered(d, "credits are paid against the next invoice and never in cash.", 91, ilvl=2, style="Heading 2")
    e = extract(save(d, tmp_path))

    lines = e.text.split("\n")
    assert lines[0] == "1. Support"
    assert lines[1].startswith("1.1 Response and resolution times. The Provider responds")
    assert lines[2].startswith("1.2 Provider keeps a record")
    assert lines[3].startswith("1.3 Service Credits. If the Provider")
    spans = [(h.level, h.number, h.title, e.text[h.start:h.end]) for h in e.headings]
    assert spans == [
        (1, "1", "Support", "1. Support"),
        (2, "1.1", "Response and resolution times", "1.1 Response and resolution times."),  # body follows
        (2, "1.2", "", "1.2"),  # an outlined clause without a title is still citable by number
        (2, "1.3", "Service Credits", "1.3 Service Credits."),
        (3, "(a)", "", "(a)"),  # a list level deeper than its Heading 2 style nests under 1.3
    ]


def test_formats_start_values_overrides_and_bullets(tmp_path):
    d = docx.Document()
    add_list(d, [("upperRoman", "Article %1", 1)], num_id=92, abstract_id=92)
    add_list(d, [("decimal", "Section %1.", 4)], num_id=93, abstract_id=93)
    add_list(d, [("upperLetter", "Schedule %1", 1)], num_id=94, abstract_id=94)
    add_list(d, [("upperLetter", "Schedule %1", 1)], num_id=95, abstract_id=94, overrides={0: 1})
    add_list(d, [("bullet", "\u2022", 1)], num_id=96, abstract_id=96)
    numbered(d, "Definitions", 92)
    numbered(d, "Services", 92)
    numbered(d, "Term", 92)
    numbered(d, "Fees", 93)
    numbered(d, "Notices", 93)
    numbered(d, "Service Levels", 94)
    numbered(d, "Pricing", 94)
    numbered(d, "Contacts", 95)  # a second num with a startOverride restarts the shared list
    numbered(d, "remote monitoring of the Customer's servers", 96)
    e = extract(save(d, tmp_path))

    assert e.text.split("\n") == [
        "Article I Definitions",
        "Article II Services",
        "Article III Term",
        "Section 4. Fees",
        "Section 5. Notices",
        "Schedule A Service Levels",
        "Schedule B Pricing",
        "Schedule A Contacts",
        "remote monitoring of the Customer's servers",  # bullets get no prefix
    ]
    assert [h.number for h in e.headings] == [
        "Article I", "Article II", "Article III", "Section 4", "Section 5",
        "Schedule A", "Schedule B", "Schedule A",
    ]


def test_level_restart_and_legal_numbering(tmp_path):
    d = docx.Document()
    # level 2 never restarts (w:lvlRestart 0); an upper-roman article shows as 2.1 in legal style
    add_list(d, [("decimal", "%1.", 1), ("decimal", "%1.%2", 1, '<w:lvlRestart w:val="0"/>')], 99, 99)
    add_list(d, [("upperRoman", "Article %1", 1), ("decimal", "%1.%2", 1, "<w:isLgl/>")], 100, 100)
    numbered(d, "Scope", 99, 0)
    numbered(d, "Included Services", 99, 1)
    numbered(d, "Fees", 99, 0)
    numbered(d, "Expenses", 99, 1)
    numbered(d, "Definitions", 100, 0)
    numbered(d, "Services", 100, 0)
    numbered(d, "Service Desk", 100, 1)
    assert extract(save(d, tmp_path)).text.split("\n") == [
        "1. Scope",
        "1.1 Included Services",
        "2. Fees",
        "2.2 Expenses",
        "Article I Definitions",
        "Article II Services",
        "2.1 Service Desk",
    ]


def test_lists_sharing_an_abstract_list_continue_and_empty_items_take_no_number(tmp_path):
    d = docx.Document()
    add_list(d, LEGAL, num_id=97, abstract_id=97)
    add_list(d, LEGAL, num_id=98, abstract_id=97)
    numbered(d, "Services", 97)
    numbered(d, "", 97)  # e.g. the section-break paragraph Word templates leave in a list
    numbered(d, "Charges", 98)
    assert extract(save(d, tmp_path)).text == "1. Services\n2. Charges"


def test_list_style_from_the_default_template(tmp_path):
    d = docx.Document()
    d.add_paragraph("Install the agent on each server.", style="List Number")
    d.add_paragraph("Confirm the monitoring alerts reach the service desk.", style="List Number")
    d.add_paragraph("Back up the configuration weekly.", style="List Bullet")
    assert extract(save(d, tmp_path)).text.split("\n") == [
        "1. Install the agent on each server.",
        "2. Confirm the monitoring alerts reach the service desk.",
        "Back up the configuration weekly.",
    ]


# ---------------------------------------------------------------- tables and content


def test_table_cells_are_in_the_text_and_in_table_rows_with_their_span(tmp_path):
    d = docx.Document()
    d.add_paragraph("The service levels are:")
    table = d.add_table(rows=3, cols=3)
    grid = [("Priority", "Response", "Resolution"), ("P1", "1 hour", "4 hours"), ("P2", "4 hours", "2 business days")]
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(2, 2).add_paragraph("unless agreed otherwise")
    d.add_paragraph("Targets apply during business hours.")
    e = extract(save(d, tmp_path))

    assert len(e.tables) == 1
    t = e.tables[0]
    assert t.rows == [
        ["Priority", "Response", "Resolution"],
        ["P1", "1 hour", "4 hours"],
        ["P2", "4 hours", "2 business days unless agreed otherwise"],
    ]
    assert e.text[t.start:t.end] == (
        "Priority | Response | Resolution\nP1 | 1 hour | 4 hours\nP2 | 4 hours | 2 business days unless agreed otherwise"
    )
    # document order: the paragraphs before and after the table stay around it
    assert e.text.startswith("The service levels are:\nPriority")
    assert e.text.endswith("unless agreed otherwise\nTargets apply during business hours.")


def test_headers_footers_and_comments_are_left_out(tmp_path):
    d = docx.Document()
    section = d.sections[0]
    section.header.paragraphs[0].text = "CONFIDENTIAL DRAFT HEADER"
    section.footer.paragraphs[0].text = "Page footer text"
    paragraph = d.add_paragraph("The Provider keeps the Customer's data in the EEA.")
    d.add_comment(paragraph.runs, text="Reviewer comment text", author="Reviewer")
    e = extract(save(d, tmp_path))
    assert e.text == "The Provider keeps the Customer's data in the EEA."


def test_content_controls_text_boxes_fields_and_revisions(tmp_path):
    d = docx.Document()
    body = d.element.body
    # a block content control holding a fill-in paragraph
    body.insert(0, parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="Provider"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>Provider: Example Support Ltd</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    ))
    # inline content control, a field (code hidden, result shown), a deletion and an insertion
    p = d.add_paragraph("Uptime target: ")._p
    p.append(parse_xml(f'<w:sdt {W_NS}><w:sdtPr/><w:sdtContent><w:r><w:t>99.9%</w:t></w:r></w:sdtContent></w:sdt>'))
    p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="begin"/></w:r>'))
    p.append(parse_xml(f'<w:r {W_NS}><w:instrText xml:space="preserve"> REF Uptime \\h </w:instrText></w:r>'))
    p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="separate"/></w:r>'))
    p.append(parse_xml(f'<w:r {W_NS}><w:t xml:space="preserve"> monthly</w:t></w:r>'))
    p.append(parse_xml(f'<w:r {W_NS}><w:fldChar w:fldCharType="end"/></w:r>'))
    p.append(parse_xml(f'<w:del {W_NS} w:id="1" w:author="A"><w:r><w:delText> quarterly</w:delText></w:r></w:del>'))
    p.append(parse_xml(f'<w:ins {W_NS} w:id="2" w:author="A"><w:r><w:t xml:space="preserve"> per service</w:t></w:r></w:ins>'))
    # a text box, stored twice (DrawingML choice and VML fallback): read once
    box = (
        '<w:txbxContent><w:p><w:r><w:t>Boxed note: credits are capped.</w:t></w:r></w:p></w:txbxContent>'
    )
    d.add_paragraph("See the note.")._p.append(parse_xml(
        f'<w:r {W_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f'<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    ))
    e = extract(save(d, tmp_path))
    assert e.text.split("\n") == [
        "Provider: Example Support Ltd",
        "Uptime target: 99.9% monthly per service",
        "See the note.",
        "Boxed note: credits are capped.",
    ]


def test_document_without_numbering_or_styles_parts(tmp_path):
    d = docx.Document()
    d.add_heading("Support Services", level=1)
    d.add_paragraph("The Provider answers calls from 8am to 6pm.")
    path = without_parts(save(d, tmp_path), "numbering.xml", "styles.xml")
    e = extract(path)
    assert e.text == "Support Services\nThe Provider answers calls from 8am to 6pm."

# ---------------------------------------------------------------- bad input


def test_not_a_zip_raises_input_error(tmp_path):
    path = tmp_path / "old.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)  # a binary .doc, renamed
    with pytest.raises(InputError) as info:
        extract(path)
    assert info.value.problem == NOT_DOCX
    assert info.value.problem == "not a readable Word document (.docx): the file is damaged or not a DOCX"
    assert info.value.path == str(path)


def test_zip_that_is_not_a_word_document_raises_input_error(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", "not a Word document")
    with pytest.raises(InputError) as info:
        extract(path)
    assert info.value.problem == NOT_DOCX


def test_truncated_docx_raises_input_error(tmp_path):
    d = docx.Document()
    d.add_paragraph("The Provider will back up data daily.")
    path = save(d, tmp_path)
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(InputError) as info:
        extract(path)
    assert info.value.problem == NOT_DOCX


def test_empty_file_raises_input_error(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    with pytest.raises(InputError) as info:
        load_document(path)
    assert info.value.problem == "the file is empty"


def test_document_without_text_raises_input_error(tmp_path):
    d = docx.Document()
    d.add_paragraph("   ")
    d.add_table(rows=2, cols=2)
    with pytest.raises(InputError) as info:
        load_document(save(d, tmp_path))
    assert info.value.problem == "the document has no text"


def test_input_file_is_not_modified(tmp_path):
    d = docx.Document()
    d.add_paragraph("The Provider will back up data daily.")
    path = save(d, tmp_path)
    before = path.read_bytes(), path.stat().st_mtime_ns
    extract(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before



def test_soft_line_breaks_end_lines_of_a_body_paragraph_and_clauses_typed_there_are_sections(tmp_path):
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.add_heading("7. Ending the Agreement", level=1)
    clauses = d.add_paragraph("7.1 Either party may end this Agreement on sixty days' written notice.")
    clauses.add_run().add_break()  # Shift+Enter: a new line in the same paragraph
    clauses.add_run("7.2 On the end of this Agreement the Provider returns the Customer's data.")
    heading = d.add_heading("8. Signatures", level=1)
    heading.runs[0].add_break()
    heading.add_run("and Dates")
    signed = d.add_paragraph("For the Provider")
    signed.add_run().add_break()
    signed.add_run("Name: ____________")
    signed.add_run().add_break(WD_BREAK.PAGE)  # a page break inside a paragraph is a space
    signed.add_run("Date: ____________")
    path = save(d, tmp_path)

    text = extract(path).text
    assert text.split("\n") == [
        "7. Ending the Agreement",
        "7.1 Either party may end this Agreement on sixty days' written notice.",
        "7.2 On the end of this Agreement the Provider returns the Customer's data.",
        "8. Signatures and Dates",  # a heading is one line
        "For the Provider", "Name: ____________ Date: ____________"]
    document = load_document(path)
    assert [(s.number, s.heading, [c.number for c in s.children]) for s in document.sections] == [
        ("7", "Ending the Agreement", ["7.1", "7.2"]), ("8", "Signatures and Dates", [])]
    assert [document.text[span.start:span.end].count("\n") for span in document.paragraphs] == [0, 1, 0, 1]
