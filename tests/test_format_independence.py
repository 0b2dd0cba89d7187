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


def test_a_long_footer_that_counts_the_pages_is_page_furniture():
    """'Confidential — <a long title> — Page 2 of 3' at every page's foot is stripped however long the title: left in, it
    runs into the sentence it interrupts ('... is not part of the Confidential — ... Services.')."""
    from checker.ingest.pdf import clean_pages
    footer = "Confidential — Regional council network, telephony and managed firewall service agreement — Page {} of 3"
    bodies = ["1. Services\n1.1 The Supplier runs the council's network and its telephone\n",
              "system. Backup of the council's file servers stays with the council and is not part of the\n",
              "Services.\n2. Fees\n2.1 The council pays each invoice within twenty days.\n"]
    pages = clean_pages([body + footer.format(n) for n, body in enumerate(bodies, 1)])
    assert not any("Confidential" in page for page in pages)
    assert pages[1].endswith("not part of the")


def test_a_word_title_holds_the_headings_as_the_markdown_title_does(tmp_path):
    """A paragraph in Word's Title style, however long, is the heading its Heading 1s sit under, as a Markdown '# Title'
    holds its '## 1. Purpose': untitled clauses take the type the title gives in both."""
    import docx
    from checker.ingest import load_document

    title = "Service Level Agreement between the Campus Desk and the School of Music and Performing Arts"
    (tmp_path / "sla.md").write_text(f"# {title}\n\n## 1. Purpose\n\n1.1 This records what the desk does.\n\n"
                                     "## 2. Standards\n\n2.1 The desk answers a call within one hour.\n", encoding="utf-8")
    word = docx.Document()
    word.add_paragraph(title, style="Title")
    for heading, clause in (("1. Purpose", "1.1 This records what the desk does."),
                            ("2. Standards", "2.1 The desk answers a call within one hour.")):
        word.add_heading(heading, level=1)
        word.add_paragraph(clause)
    word.save(tmp_path / "sla.docx")
    shapes = [_shape(load_document(tmp_path / name).sections) for name in ("sla.md", "sla.docx")]
    assert shapes[1] == [(None, title, [("1", "Purpose", [("1.1", "", [])]), ("2", "Standards", [("2.1", "", [])])])]
    assert shapes[0] == shapes[1]


def test_a_reference_a_pdf_wrapped_to_a_line_start_is_no_heading():
    from checker.ingest.sections import build_sections
    text = ("11. Fees\n11.1 The charges and the rates for extra work are set out in\nSchedule C (Pricing), which the "
            "parties sign apart.\n12. Customer Duties\n12.1 The Customer keeps its stores powered.\n")
    assert [(s.number, [c.number for c in s.children]) for s in build_sections(text)] == [("11", ["11.1"]), ("12", ["12.1"])]
    # a schedule's own heading after a sentence's end stays one
    text = "12.1 The Customer keeps its stores powered.\nSchedule C - Pricing\nThe monthly fee is 400 pounds.\n"
    assert [s.number for s in build_sections(text)] == ["12.1", "Schedule C"]


def test_the_parties_a_pdf_names_are_those_its_markdown_source_names():
    """A PDF keeps no blank line between a title, the sentences above the one that names a party and the party's
    paragraph: its name is read from its own sentence, never the title; a role label after the alias the line before
    gave, run into the same paragraph, is that party's role."""
    from checker.nlp.parties import resolve_parties

    def shown(text):
        return [(p.name, p.aliases, p.role) for p in resolve_parties(text)]

    markdown = ("# Larchmont Desk — Support Terms\n\nLarchmont Desk is a small helpdesk. Support is sold by Larchmont "
                "Desk B.V., the firm its founders run (Herengracht 12, Delft, \"we\", \"us\"). The buyer is \"you\".\n\n"
                "## 1. Scope\n\n1.1 We answer your calls.\n")
    pdf = ("Larchmont Desk — Support Terms\nLarchmont Desk is a small helpdesk. Support is sold by Larchmont Desk\n"
           "B.V., the firm its founders run (Herengracht 12, Delft, \"we\", \"us\"). The buyer is \"you\".\n"
           "1. Scope\n1.1 We answer your calls.\n")
    assert shown(pdf) == shown(markdown)
    assert shown("Larchmont Support Terms\nLarchmont Desk B.V., Herengracht 12, Delft (\"we\") sells support to "
                 "the firm that buys it (\"you\").\n")[0][0] == "Larchmont Desk B.V."
    labels = ("Studio: Oakridge Studios, Inc., a Delaware corporation, 12 Pine St, Boise, ID 83702 (\"Oakridge\")\n"
              "Provider: Fernhill Systems LLC, an Idaho limited liability company, 9 Elm Rd, Boise, ID 83702 (\"Fernhill\")\n"
              "\n1. Services\n1.1 Fernhill keeps the build servers running.\n")
    wrapped = ("Studio: Oakridge Studios, Inc., a Delaware corporation, 12 Pine St, Boise, ID 83702\n(\"Oakridge\") "
               "Provider: Fernhill Systems LLC, an Idaho limited liability company, 9 Elm Rd, Boise, ID\n83702 "
               "(\"Fernhill\")\n1. Services\n1.1 Fernhill keeps the build servers running.\n")
    assert shown(wrapped) == shown(labels)
    assert ("Fernhill Systems LLC", ["Fernhill", "Provider"], "provider") in shown(wrapped)


def test_a_role_in_brackets_after_a_company_wrapped_onto_the_next_line_names_the_parties(tmp_path):
    path = tmp_path / "hosting.txt"
    path.write_text("HOSTING AGREEMENT\nPARTIES\n(1) HARTWELL RACKS LIMITED, registered in England with company number "
                    "01234567, whose office is at\n4 Dock Road, Hull (the Supplier); and\n(2) MERRON LLP, a partnership "
                    "registered in England (the Firm).\n1. Services\n1.1 The Supplier hosts the Firm's servers.\n")
    statuses = {f.rule: f.status for f in review_paths([path]).findings}
    assert statuses["GEN-PARTIES"] == "met"
