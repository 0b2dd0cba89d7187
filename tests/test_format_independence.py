"""The same contract as Markdown, PDF and Word gets the same findings (issue 9, item 5).
samples/src/*.md are the sources samples/build_samples.py renders to the PDF and DOCX samples."""

import pytest

from checker.review import review_paths

import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
PAIRS = [
    ("samples/src/strong-msa-with-sla.md", "samples/strong-msa-with-sla.pdf"),  # terms wrapped across PDF lines
    ("samples/src/package-dpa.md", "samples/package/dpa.pdf"),  # '## 2. Roles' then '2.1 ...' nests
    ("samples/src/package-sla.md", "samples/package/sla.docx"),
    ("samples/src/long-form-msa.md", "samples/long-form-msa.pdf"),
    ("samples/src/clinic-it-support-msa.md", "samples/clinic-it-support-msa.docx"),
]


@pytest.mark.parametrize(("source", "rendered"), PAIRS, ids=[p[1].rsplit("/", 1)[-1] for p in PAIRS])
def test_the_rendered_sample_gets_the_findings_of_its_source(source, rendered):
    statuses = [{f.rule: f.status for f in review_paths([path]).findings} for path in (ROOT / source, ROOT / rendered)]
    assert statuses[0] == statuses[1]


def test_a_subclause_whose_heading_was_lost_is_not_part_of_the_clause_before():
    from checker.ingest.sections import build_sections
    text = ("6. Confidentiality\nEach party keeps the other's information secret.\n"
            "10.1 The Customer may terminate this Agreement on 30 days' notice.\n"
            "10.2 The Provider may terminate this Agreement on 90 days' notice.\n")
    roots = build_sections(text)
    assert [(s.number, [c.number for c in s.children]) for s in roots] == [("6", []), ("10.1", []), ("10.2", [])]


def test_emphasis_inside_quotes_leaves_no_space_as_a_pdf_or_word_file_does():
    from checker.ingest.text import blank_markup
    source = '(1) **Bluefin Hosting Ltd** of Leeds ("**Bluefin**"); and\n2.3 "**Support Window**" means 8 to 6.\n'
    assert blank_markup(source) == '(1) Bluefin Hosting Ltd of Leeds ("Bluefin"); and\n2.3 "Support Window" means 8 to 6.\n'
    # markers outside the quotes, spaced from the words around them, leave the spaces
    assert blank_markup('1.4 **"Outage"** means a stop, as **"Acme"**, the "**Host**" says.') == \
        '1.4 "Outage" means a stop, as "Acme", the "Host" says.'


def test_a_markdown_article_heading_holds_its_clauses_as_the_same_line_in_plain_text_does():
    from checker.ingest.sections import build_sections
    body = "1.1 Cover means the hours the desk is open.\n1.2 Fault means a failure of the system.\n"
    shapes = []
    for heading in ("## ARTICLE 1 — DEFINITIONS\n", "ARTICLE 1 — DEFINITIONS\n"):
        roots = [s for s in build_sections(heading + body) if s.number]
        shapes.append([(s.number, s.heading, [c.number for c in s.children]) for s in roots])
    assert shapes[0] == shapes[1] == [("Article 1", "DEFINITIONS", ["1.1", "1.2"])]


def test_a_run_of_underscores_is_a_blank_not_a_bold_marker():
    from checker.ingest.text import blank_markup
    assert blank_markup("Signature: ____________ Date: ______\n__Bold__ word") == \
        "Signature: ____________ Date: ______\nBold word"


def test_a_signature_line_run_into_the_name_line_is_a_signature_block(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("SUPPORT LETTER\n1. We fix faults in your office network within two days of your call, and we "
                    "keep a record of each fault and of the work we did for you.\n2. You pay our invoice each month "
                    "within fourteen days of the date on which it is sent to you.\n"
                    "Signed for Harbour Desk Ltd\nName: Ana Ruiz, Director Signature: ______________ Date: ________\n")
    statuses = {f.rule: f.status for f in review_paths([path]).findings}
    assert statuses["GEN-SIGNATURES"] == "met"


def test_a_defined_support_window_counts_as_support_hours_but_a_defined_day_does_not(tmp_path):
    head = ("HELPDESK AGREEMENT\n1. Definitions\n1.1 \"{term}\" means {meaning}.\n2. Services\n2.1 The Provider "
            "shall answer calls from the Customer's staff about the accounting system and fix the faults they report. "
            "2.2 The Customer shall pay the fees each quarter within thirty days of the Provider's invoice.\n")
    cases = {("Desk Hours", "6:00 a.m. to 10:00 p.m. every day of the year"): "met",
             ("Working Day", "Monday to Friday other than a public holiday in Ireland"): "missing"}
    for (term, meaning), expected in cases.items():
        path = tmp_path / f"{term.split()[0]}.txt"
        path.write_text(head.format(term=term, meaning=meaning))
        statuses = {f.rule: f.status for f in review_paths([path]).findings}
        assert statuses["SCOPE-HOURS"] == expected, term


def _shape(sections):
    return [(s.number, s.heading, _shape(s.children)) for s in sections if s.number or s.heading]


def test_clauses_typed_into_word_body_paragraphs_are_sections_as_in_markdown(tmp_path):
    """Word knows '5.2 The Supplier shall ...' typed into a plain paragraph only as text: it is a section as the same
    line in Markdown is, under its Heading 1, with a run-in title and its lettered sub-clauses, never in a table."""
    import docx
    from checker.ingest import load_document

    paragraphs = [
        ("h", "4. Support Hours"),
        ("p", "4.1 The desk answers calls from eight in the morning until six at night on working days."),
        ("p", "4.2 Urgent Faults. An engineer is on call at all other times for faults that stop the office."),
        ("p", "(a) Call-out Fee. Each call-out outside the desk's hours is charged at the rate in the price list."),
        ("p", "(b) Travel. Travel to a site more than fifty miles away is charged at cost."),
        ("h", "Article 5 \u2013 Fees and Invoices"),
        ("p", "5.1 The Customer pays each invoice within thirty days of receiving it."),
    ]
    markdown = "\n\n".join(("## " if kind == "h" else "") + text for kind, text in paragraphs) + "\n"
    (tmp_path / "terms.md").write_text(markdown, encoding="utf-8")
    word = docx.Document()
    for kind, text in paragraphs:
        word.add_heading(text, level=1) if kind == "h" else word.add_paragraph(text)
    table = word.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "6.1 Priority 1", "one hour"
    word.save(tmp_path / "terms.docx")

    shapes = [_shape(load_document(tmp_path / name).sections) for name in ("terms.md", "terms.docx")]
    assert shapes[1] == [
        ("4", "Support Hours", [("4.1", "", []), ("4.2", "Urgent Faults", [("(a)", "Call-out Fee", []), ("(b)", "Travel", [])])]),
        ("Article 5", "Fees and Invoices", [("5.1", "", [])]),
    ]
    assert shapes[0] == shapes[1]


def test_a_bold_section_heading_in_a_word_file_is_numbered_as_in_markdown(tmp_path):
    import docx
    from checker.ingest import load_document

    (tmp_path / "terms.md").write_text("# SUPPORT AGREEMENT\n\n**SECTION 3. CHARGES.**\n\n3.1 The County pays each "
                                       "invoice within thirty days.\n", encoding="utf-8")
    word = docx.Document()
    word.add_paragraph("SUPPORT AGREEMENT", style="Title")
    word.add_paragraph().add_run("SECTION 3. CHARGES.").bold = True
    word.add_paragraph("3.1 The County pays each invoice within thirty days.")
    word.save(tmp_path / "terms.docx")
    shapes = [[(s.number, s.heading, [c.number for c in s.children]) for s in load_document(tmp_path / name).iter_sections()
               if s.number] for name in ("terms.md", "terms.docx")]
    assert shapes[0] == shapes[1] == [("3", "CHARGES", ["3.1"]), ("3.1", "", [])]


def test_a_title_line_a_pdf_keeps_holds_the_clauses_as_the_markdown_heading_does(tmp_path):
    """A PDF or Word file reads '# Desk Service Level Agreement' as a plain line (wrapped on the page): the clauses
    sit under it all the same, and an untitled clause takes the type its title gives (a response time counts)."""
    from checker.ingest.sections import build_sections
    body = ("\n{}1. Purpose\n1.1 This records what the desk does for the office.\n{}2. Standards\n2.1 The figures below "
            "bind the Desk Team, counted in opening hours:\n\nUrgent | a shared drive is down | 30 minutes | 4 hours\n")
    markdown = "# Desk Service Level Agreement between the Desk Team and the Office\n" + body.format("## ", "## ")
    pdf = "Desk Service Level Agreement between the Desk\nTeam and the Office\n" + body.format("", "")
    shapes = []
    for text in (markdown, pdf):
        roots = build_sections(text)
        shapes.append([(s.number, [c.number for c in s.children]) for s in roots])
    assert shapes[0] == shapes[1] == [(None, ["1", "2"])]
    # a first line that is a sentence is no title
    assert [s.number for s in build_sections("The desk opens at eight.\n1. Purpose\nText.\n")] == [None, "1"]
