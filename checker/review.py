"""The review pipeline, one way: files -> documents -> NLP tags -> rule engine -> report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checker import __version__
from checker.bounds import started
from checker.engine.context import AnalysedDocument, Package
from checker.engine.evaluate import evaluate, evaluate_rule
from checker.findings import DocumentInfo, Report
from checker.ingest import load_document
from checker.keyterms import key_terms
from checker.model import Document
from checker.nlp.aside import Analyser
from checker.nlp.jurisdictions import law_family
from checker.nlp.scope import contract_scope
from checker.rulebook import Rulebook, load_rulebook
from checker.rulebook.waivers import apply_waivers, load_waivers


def analyse_document(document: Document, model: str | None = None) -> AnalysedDocument:
    from checker.nlp.pipeline import analysis  # spaCy: imported by the process that runs the pipeline

    return AnalysedDocument(document, *analysis(document, model))


def review_documents(documents: list[Document], rulebook: Rulebook, model: str | None = None,
                     as_of: date | None = None, analyser: Analyser | None = None) -> Report:
    """`analyser`: one started before the rulebook and the files were read (its NLP in a process of
    its own, nlp/aside.py); else the documents are analysed here with `model`."""
    analyser = analyser or Analyser(model)
    analyser.send(documents)
    _rehearse(rulebook, documents, until=analyser.ready)
    package = Package([AnalysedDocument(d, *found) for d, found in zip(documents, analyser.analyses(documents))])
    terms = key_terms(package, as_of)
    law = terms.get("governing_law") or [{}]
    findings = evaluate(rulebook, package, law_family(law[0].get("value")))  # fixes worded for the governing law
    return Report(
        tool={"name": "checker", "version": __version__},
        rulebook=rulebook.info(),
        documents=[DocumentInfo(d.path, d.format, d.pages, d.sha256, d.language) for d in documents],
        findings=findings,
        key_terms=terms,
        sources=documents,
        scope=contract_scope([d.text for d in documents]).as_dict(),
    )


def _rehearse(rulebook: Rulebook, documents: list[Document], until) -> None:
    """While the NLP process reads the documents (until it is done): the rules run over them
    without what it reads (no tag, stance or party; a sentence a section), their findings thrown
    away. RE2 compiles a pattern when a contract may first hold a match (checker/matching.py):
    the rules' real run finds most of theirs compiled, the compiling (half of the engine's time)
    done on this core while the other reads. Without an NLP process, nothing."""
    if until():
        return
    package = Package([AnalysedDocument(d, d.section_starts(), []) for d in documents])
    for rule in rulebook.rules:
        if until():
            return
        if rule.enabled:
            evaluate_rule(rule, package)


def review_paths(paths: list[str | Path], rulebook: Rulebook | str | Path | None = None,
                 model: str | None = None, waivers: str | Path | None = None,
                 as_of: date | None = None, analyser: Analyser | None = None) -> Report:
    """Review files as one contract package; apply the rulebook's waivers and those of the
    waiver file, if any. `as_of`: "today" for the key dates (default: today). Raises
    InputError / RulebookError."""
    if not isinstance(rulebook, Rulebook):
        rulebook = load_rulebook(rulebook)  # validated before any contract is read
    started()  # the review's start-up is over (in `checker review`'s child: checker/bounds.py)
    accepted = rulebook.waivers + (load_waivers(waivers, [r.id for r in rulebook.rules]) if waivers else [])
    documents = [load_document(p) for p in paths]
    report = review_documents(documents, rulebook, model, as_of, analyser)
    apply_waivers(report, accepted)
    return report
