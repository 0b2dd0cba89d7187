"""One rule's finding on a one-document contract written for a test (the wording tests share it)."""

from pathlib import Path

from checker.ingest import load_document
from checker.review import review_documents


def finding_of(tmp_path: Path, rulebook, rule_id: str, text: str):
    """The finding of `rule_id` when `text` is reviewed as a contract of its own."""
    path = tmp_path / "contract.txt"
    path.write_text(text, encoding="utf-8")
    report = review_documents([load_document(path)], rulebook)
    [finding] = [f for f in report.findings if f.rule == rule_id]
    return finding
