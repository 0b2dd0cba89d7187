"""The review pipeline, one way: files -> documents -> NLP tags -> rule engine -> report."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from checker import __version__
from checker.engine.context import AnalysedDocument, Package
from checker.engine.evaluate import evaluate
from checker.findings import DocumentInfo, Report
from checker.ingest import load_document
from checker.keyterms import key_terms
from checker.model import Document
from checker.nlp.jurisdictions import law_family
from checker.nlp.obligations import parties_of, stances_of
from checker.nlp.scope import contract_scope
from checker.nlp.pipeline import analyse, build_pipeline, sentence_offsets, tags_of
from checker.rulebook import Rulebook, load_rulebook
from checker.rulebook.waivers import apply_waivers, load_waivers

LONGEST_RUN = 255  # characters without white space the tokenizer is given in one piece


_LONG_RUN = re.compile(r"\S{%d,}" % (LONGEST_RUN + 1))


def tokenizable(text: str) -> str:
    """The text as spaCy's tokenizer reads it in linear time: a run of more than LONGEST_RUN
    characters without white space (200,000 quote marks, a line of brackets) gets a space in
    place of every LONGEST_RUN + 1st character. The tokenizer strips affixes off a token one at a
    time, searching the rest each time: 40,000 quote marks took 28 s, 200,000 past 120 s. Same
    length, so every offset holds; no word, figure or duration is that long."""
    if _LONG_RUN.search(text) is None:
        return text
    return _LONG_RUN.sub(_spaced, text)


def _spaced(run: re.Match) -> str:
    chars = list(run.group())
    chars[LONGEST_RUN::LONGEST_RUN + 1] = " " * len(chars[LONGEST_RUN::LONGEST_RUN + 1])
    return "".join(chars)


def analyse_document(document: Document, model: str | None = None) -> AnalysedDocument:
    nlp = build_pipeline(model)
    boundaries = tuple(sorted({s.start for s in document.iter_sections()} | {s.body_start for s in document.iter_sections()}))
    doc = analyse(nlp, tokenizable(document.text), boundaries, spans=False)
    starts = sorted(set(sentence_offsets(doc)) | set(boundaries))
    return AnalysedDocument(document, starts, tags_of(doc), stances_of(doc), parties_of(doc))


def review_documents(documents: list[Document], rulebook: Rulebook, model: str | None = None,
                     as_of: date | None = None) -> Report:
    package = Package([analyse_document(d, model) for d in documents])
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


def review_paths(paths: list[str | Path], rulebook: Rulebook | str | Path | None = None,
                 model: str | None = None, waivers: str | Path | None = None,
                 as_of: date | None = None) -> Report:
    """Review files as one contract package; apply the rulebook's waivers and those of the
    waiver file, if any. `as_of`: "today" for the key dates (default: today). Raises
    InputError / RulebookError."""
    if not isinstance(rulebook, Rulebook):
        rulebook = load_rulebook(rulebook)  # validated before any contract is read
    accepted = rulebook.waivers + (load_waivers(waivers, [r.id for r in rulebook.rules]) if waivers else [])
    documents = [load_document(p) for p in paths]
    report = review_documents(documents, rulebook, model, as_of)
    apply_waivers(report, accepted)
    return report
