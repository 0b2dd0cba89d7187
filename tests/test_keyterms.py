"""The key terms abstract (checker/keyterms.py): the deal at a glance in every report, each term
with its evidence; and the evidence context the engine adds for reports to show quotes in place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.ingest import load_document
from checker.keyterms import KEY_TERMS, duration_text
from checker.report import render
from checker.review import review_paths

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "samples" / "legal-review" / "support-agreement-draft1.docx"
STRONG = ROOT / "samples" / "strong-msa-with-sla.pdf"


@pytest.fixture(scope="module")
def report():
    return review_paths([DRAFT])


def values(report, name):
    return [item["value"] for item in report.key_terms[name]]


def test_every_key_term_of_the_draft(report):
    assert [name for name, _ in KEY_TERMS] == list(report.key_terms)
    assert values(report, "parties") == ["Larkspur Systems Ltd (Provider)", "Osprey Garden Centres plc (Customer)"]
    assert values(report, "effective_date") == ["1 March 2026"]
    assert values(report, "term") == ["twenty-four (24) months"]
    assert values(report, "renewal") == ["renews for twelve (12) months at a time"]
    assert values(report, "pricing") == ["£6,300 (fixed monthly fee)", "£95 (time and materials)",
                                         "payment within thirty (30) days"]
    assert [(i["priority"], i["response_hours"], i["resolution_hours"]) for i in report.key_terms["sla"]] == [
        ("P1", 1, 4), ("P2", 4, 24), ("P3", 24, 120)]
    assert values(report, "availability") == []  # "reasonable efforts to keep ... available": no percentage
    assert [(i["what"], i["hours"]) for i in report.key_terms["notice_periods"]] == [
        ("non-renewal", 60 * 24), ("termination without cause", 30 * 24), ("cure period", 30 * 24)]
    assert report.key_terms["liability_cap"][0]["months"] == 12
    assert values(report, "governing_law") == ["England and Wales"]


def test_each_key_term_has_its_evidence(report):
    text = load_document(DRAFT).text
    for name, items in report.key_terms.items():
        for item in items:
            evidence = item["evidence"]
            assert evidence["document"] == DRAFT.name and evidence["page"] == 1, name
            assert " ".join(text[evidence["start"]:evidence["end"]].split()).startswith(evidence["quote"][:60]), name
    cap = report.key_terms["liability_cap"][0]["evidence"]
    # clause 6.1, typed into its Word paragraph, is a section of its own, as in the Markdown source
    assert (cap["section"], cap["heading"]) == ("6.1", None)
    assert cap["quote"].startswith("Each Party's total liability")


def test_an_sla_table_without_ruling_in_a_pdf():
    sla = review_paths([STRONG]).key_terms["sla"]
    assert [(i["priority"], i["response"], i["resolution"]) for i in sla] == [
        ("P1", "15 minutes", "4 hours"), ("P2", "30 minutes", "8 hours"), ("P3", "2 hours", "24 hours"),
        ("P4", "4 hours", "40 hours")]


def test_key_terms_in_every_format(report):
    data = json.loads(render(report, "json"))
    assert data["key_terms"]["governing_law"][0]["value"] == "England and Wales"
    assert "KEY TERMS" in render(report, "text")
    assert "| Liability cap | twelve (12) months of fees | support-agreement-draft1.docx, p. 1, §6.1 |" in \
        render(report, "markdown")


def test_the_json_report_only_gains_keys(report):
    """checker.report/1 stays backward compatible: new keys, no key renamed or removed."""
    data = json.loads(render(report, "json"))
    assert {"schema", "tool", "rulebook", "documents", "summary", "elements", "findings", "waivers"} < set(data)
    evidence = next(f for f in data["findings"] if f["evidence"])["evidence"][0]
    assert {"document", "page", "section", "heading", "start", "end", "quote"} < set(evidence)
    assert set(evidence["context"]) == {"before", "after"}
    assert "sources" not in data


def test_evidence_context_stays_in_the_paragraph(report):
    remedies = next(f for f in report.findings if f.rule == "SLA-REMEDIES")
    evidence = remedies.evidence[0]
    assert evidence.quote.startswith("If the Provider misses")
    assert evidence.context == {"before": "4.3", "after": ""}  # clause 4.3 is its Word paragraph: no more around it


def test_durations_read_as_people_write_them():
    assert [duration_text(h) for h in (0.25, 1, 4, 24, 48, 720, 2160, 8760, None)] == [
        "15 min", "1 h", "4 h", "24 h", "2 days", "30 days", "90 days", "1 year", "-"]
