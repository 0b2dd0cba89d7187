"""Sectioning (checker/ingest/sections.py): clauses run into a line become sections of their own, nested under
the clause they run in, with exact offsets; a cross-reference, a number in a sentence, a decimal, a money amount
or a date does not start one. Every text here was written for these tests."""

from checker.ingest import document_from_text
from checker.nlp.clauses import type_clauses


def tree(text):
    """(number, heading, [children]) of each section, and the document to check offsets in."""
    document = document_from_text(text)

    def walk(sections):
        return [(s.number, s.heading, walk(s.children)) for s in sections]
    return walk(document.sections), document


def numbered(text):
    return [(s.number, s.heading) for s in document_from_text(text).iter_sections() if s.number]


def test_subclauses_run_into_a_short_line_are_clauses_of_their_own():
    # a line under the 400 characters of a run-on page: the sub-clauses still split, after a sentence's end
    line = ("4. SERVICE MANAGEMENT 4.1 Change Control. The Vendor logs every change it makes to the network. "
            "4.2 Reporting. The Vendor sends the Client a report on the first working day of each month.\n")
    sections, document = tree(line)
    assert sections == [("4", "SERVICE MANAGEMENT", [("4.1", "Change Control", []), ("4.2", "Reporting", [])])]
    sub = next(s for s in document.iter_sections() if s.number == "4.2")
    assert document.text[sub.start:sub.body_start] == "4.2 Reporting."  # offsets exact: quotes and pages rely on them
    assert document.text[sub.body_start:sub.end].strip().startswith("The Vendor sends")


def test_a_subclause_after_its_clause_title_in_capitals_or_a_run_of_spaces():
    # no sentence ends before the first sub-clause: it follows the title of the clause it belongs to
    assert tree("9. RECORDS AND AUDITS   9.1 Records Retention. Each party keeps its records for six years.\n")[0] == [
        ("9", "RECORDS AND AUDITS", [("9.1", "Records Retention", [])])]
    assert tree("Section 6 Term and Termination 6.1 Initial Term. The term is two years.\n")[0] == [
        ("6", "Term and Termination", [("6.1", "Initial Term", [])])]
    assert tree("9. RECORDS AND AUDITS (a) Records Retention. Each party keeps its records. (b) Audit Rights. The "
                "Client may inspect them.\n")[0] == [
        ("9", "RECORDS AND AUDITS", [("(a)", "Records Retention", []), ("(b)", "Audit Rights", [])])]
    # ... and one without a title of its own is still a clause of it
    assert tree("9. RECORDS AND AUDITS 9.1 Each party keeps its records for six years.\n")[0] == [
        ("9", "RECORDS AND AUDITS", [("9.1", "", [])])]


def test_lettered_subclauses_with_titles_nest_under_their_clause():
    text = ("7.3 Audit. The Client may audit the Vendor once a year. (a) Audit Rights. The Client may inspect the "
            "Vendor's books on ten days' notice. (b) Costs. The Client pays for its audit, except: (i) Travel. The "
            "Vendor pays its own travel. (ii) Auditor Fees. The Vendor pays the auditor if the audit finds an "
            "overcharge. (c) Timing. Audits take place in business hours.\n"
            "Section 7.4 Insurance. The Vendor keeps liability insurance.\n"
            "(a) Required Cover. Two million dollars for each claim.\n")
    sections, document = tree(text)
    assert sections == [
        ("7.3", "Audit", [("(a)", "Audit Rights", []),
                          ("(b)", "Costs", [("(i)", "Travel", []), ("(ii)", "Auditor Fees", [])]),
                          ("(c)", "Timing", [])]),
        ("7.4", "Insurance", [("(a)", "Required Cover", [])])]
    audit = next(s for s in document.iter_sections() if s.heading == "Audit Rights")
    assert document.text[audit.start:audit.body_start] == "(a) Audit Rights."
    types = type_clauses(document)
    assert [types[id(s)] for s in document.iter_sections() if s.heading in ("Audit Rights", "Required Cover")] == [
        "audit", "insurance"]
    # "(i)" after "(h)" is the next letter, not a roman numeral under it
    assert tree("3.1 Duties. (h) Hosting. The Vendor hosts the site. (i) Interfaces. The Vendor keeps the feeds.\n")[0] == [
        ("3.1", "Duties", [("(h)", "Hosting", []), ("(i)", "Interfaces", [])])]


def test_what_does_not_start_a_clause():
    for sentence in (
            # a cross-reference, with or without its word
            "5.2 Fees. The Client pays as set out in 9.1 Records Retention. The Vendor invoices monthly.\n",
            "5.2 Fees. The Client pays in accordance with Section 4.2 Insurance. The Vendor invoices monthly.\n",
            # a number in a sentence, a decimal, a money amount, a date
            "5.2 Fees. The Client pays 2.5 Percent. Of that the Vendor keeps half.\n",
            "5.2 Fees. The fee rises to $2.50 Per Unit. The Vendor invoices monthly.\n",
            "5.2 Fees. The price list dated 1.4.2026 Applies. The Vendor invoices monthly.\n",
            # a list item without a title, a lettered item that opens a sentence
            "5.2 Fees. The Client pays: (a) the monthly fee; (b) Travel costs; and (c) taxes.\n",
            "5.2 Fees. The Client pays the fee. (a) The Vendor invoices monthly.\n",
            "5.2 Fees. The Client pays the fee. (b) Each Receiving Party agrees: to pay on time.\n"):
        assert numbered(sentence) == [("5.2", "Fees")], sentence
    # a list's "1." inside clause 5 is no clause 1
    assert numbered("5. Delivery. The steps below apply. 1. Inspection. The Client checks the goods. "
                    "2. Acceptance. The Client signs the note.\n") == [("5", "Delivery")]


def test_a_list_of_exhibits_is_contents():
    text = ("Exhibit 3.4(a) - Promotion Fee Reduction\nExhibit 3.5 - Service Levels\nSchedule B - Insurance\n\n"
            "1. Services. The Vendor hosts the Client's website.\n")
    document = document_from_text(text)
    types = type_clauses(document)
    assert [(s.number, s.heading, types[id(s)]) for s in document.iter_sections()][:2] == [
        ("Exhibit 3.4(a)", "Promotion Fee Reduction", "contents"), ("Exhibit 3.5", "Service Levels", "contents")]
    # guard: an exhibit with text of its own is of its own type
    document = document_from_text("Exhibit B - Service Levels\nThe Vendor answers calls within one hour.\n"
                                  "Exhibit C - Fees\nThe Client pays monthly.\n")
    assert [type_clauses(document)[id(s)] for s in document.iter_sections()] == ["service_levels", "fees"]


def test_entries_of_contents_run_into_a_line_are_contents():
    # a contents line whose entries end in a page number, or in a roman one
    document = document_from_text("CONTENTS\n\n1. Definitions. 1   1.1 Audit Rights 4   1.2 Insurance Cover 5   2. Fees 6\n"
                                  "Exhibit A - Service Levels ii\n\n1. Definitions. In this Agreement words mean what "
                                  "they say.\n")
    types = type_clauses(document)
    assert [types[id(s)] for s in document.iter_sections() if s.heading in ("Audit Rights 4", "Insurance Cover 5")] == [
        "contents", "contents"]
    assert [types[id(s)] for s in document.iter_sections() if s.number == "Exhibit A"] == ["contents"]
    assert type_clauses(document_from_text("5. Phase II\nThe Vendor moves the servers.\n")).popitem()[1] != "contents"


def test_a_list_of_numbered_titles_run_into_one_line_is_contents():
    # a contents list whose lines were joined (a Word paragraph, a filing): titles numbered in a run, no sentence
    document = document_from_text("Service Schedule\n1. What this Schedule covers 2. Help Desk 3. Keeping Information "
                                  "Confidential 4. Charges 5. Ending the Schedule\n2. Help Desk\nThe Provider runs a "
                                  "help desk. 3. Calls may be logged by phone. 4. Email works too.\n")
    types = type_clauses(document)
    assert [(s.number, types[id(s)]) for s in document.iter_sections() if s.number] == [("1", "contents"), ("2", "support")]


def test_subclauses_run_into_the_lines_of_a_pdf(tmp_path):
    # a PDF wraps its paragraphs: a sub-clause starts mid-line, and its clause's evidence quotes it from its own text
    from pdf_fixtures import make_pdf
    from checker.ingest import load_document
    lines = ["HOSTING AGREEMENT", "9. RECORDS AND AUDITS",
             "9.1 Records Retention. Each party keeps its records for six years. 9.2 Audit",
             "Rights. The Client may audit the Vendor's books once a year. (a) Costs. The Client",
             "pays for its audit.", "10. NOTICES", "Notices are given in writing."]
    ops = "".join(f"BT /F1 11 Tf 72 {700 - 16 * i} Td ({line}) Tj ET\n" for i, line in enumerate(lines))
    path = tmp_path / "hosting.pdf"
    path.write_bytes(make_pdf([ops]))
    document = load_document(path)
    types = type_clauses(document)
    found = [(s.number, s.heading, types[id(s)]) for s in document.iter_sections() if s.number]
    # "9.2 Audit" ends its line: a title is not read across a line's end (a limit, not a wish); "(a) Costs." is
    assert found == [("9", "RECORDS AND AUDITS", "audit"), ("9.1", "Records Retention", "audit"),
                     ("(a)", "Costs", "audit"), ("10", "NOTICES", "notices")]
    costs = next(s for s in document.iter_sections() if s.heading == "Costs")
    assert document.text[costs.start:costs.body_start] == "(a) Costs."


def test_a_numbered_list_under_a_markdown_heading_is_its_clauses():
    # a civil-law section's numbered paragraphs as Markdown renders them (issue 9, w33): '## § 4. Escalation' over
    # '1.' '2.' items; the items belong to the heading above them, not beside it, so that its title types them
    text = ("# SERVICE CONTRACT\n\n## § 3. Escalation of Faults\n\n1. A fault not removed within four hours goes to the "
            "Head of Service.\n2. After a day the managing directors of both parties confer.\n\n## § 4. Fees\n\n1. The "
            "fee is EUR 900 a month.\n   1. It is paid monthly.\n")
    assert tree(text)[0] == [(None, "SERVICE CONTRACT", [
        ("3", "Escalation of Faults", [("1", "", []), ("2", "", [])]),
        ("4", "Fees", [("1", "", [("1.1", "", [])])])])]
    # ... a contents list so numbered under the title is still read as one: its last line, run into the agreement, is
    # contents ('Exhibit C - Escalation Matrix' over '## 1. Definitions')
    document = document_from_text("# HOSTING AGREEMENT\n\n**Contents**\n\n1. Definitions\n2. Services\nExhibit C - "
                                  "Escalation Matrix\n\n## 1. Definitions\n\n1.1 Words mean what they say.\n")
    types = type_clauses(document)
    assert [types[id(s)] for s in document.iter_sections() if s.number == "Exhibit C"] == ["contents"]
    # ... and a document without '#' headings keeps its numbered list at the top, as before
    assert [s[0] for s in tree("1. The Supplier keeps the servers running.\n2. The Client pays the fee.\n")[0]] == ["1", "2"]
