"""Ingest: a contract file (PDF, DOCX, TXT, Markdown or MDX, or a scan as PNG/JPEG/TIFF) -> one `Document`.

Each format has its own small module returning an `Extracted`; this module picks it,
then builds the parts every format shares: sections, page lookup, hash, language.

OCR (checker/ingest/ocr.py, the optional extra `checker[ocr]`) reads scanned pages; which
ones is the OCR mode: "auto" (pages without a text layer; the default), "always", "never".
Commands set it with `set_ocr_mode` (`--ocr`); it lives in the environment variable
CHECKER_OCR so that every process an audit starts reads the same way.
"""

from __future__ import annotations

import hashlib
import os
import shlex
from pathlib import Path

from checker.bounds import reading
from checker.errors import InputError
from checker.files import FileProblem, check_regular, read_regular
from checker.ingest.disguise import Unmasked, unmask
from checker.ingest.language import detect_language
from checker.ingest.sections import build_sections, typed_clauses
from checker.model import Document, Extracted
from checker.paths import shown

IMAGES = {".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image"}
SUPPORTED = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md", ".markdown": "md", ".mdx": "md", **IMAGES}
# The longest text checker reviews, in characters (spaCy's max_length is set to it; its own
# default is 10^6). Measured (2026-12-06, `/usr/bin/time -v checker review`): 9.99 million
# characters of short lines peak at 686 MB, a DOCX of 100,000 paragraphs (8.5 million) at
# 709 MB: a review stays under 1 GB. A longer text is refused in one line naming the file.
MAX_TEXT = 10_000_000
OLD_WORD = "old Word .doc format: save it as .docx or PDF"  # a contract, but one checker cannot read
OCR_MODES = ("auto", "always", "never")
OCR_VARIABLE = "CHECKER_OCR"


def ocr_mode() -> str:
    """The OCR mode in force: CHECKER_OCR, else "auto"."""
    mode = os.environ.get(OCR_VARIABLE, "auto").strip().lower()
    return mode if mode in OCR_MODES else "auto"


def set_ocr_mode(mode: str) -> None:
    """Set the OCR mode for this process and those it starts."""
    if mode not in OCR_MODES:
        raise ValueError(f"unknown OCR mode {mode!r}; choose from {', '.join(OCR_MODES)}")
    os.environ[OCR_VARIABLE] = mode


def _extractor(kind: str):
    # Imported on demand: a text-only review should not pay for pdfium or python-docx
    if kind == "pdf":
        from checker.ingest import pdf as module
    elif kind == "docx":
        from checker.ingest import docx as module
    elif kind == "image":
        from checker.ingest.ocr import extract_image

        return extract_image
    else:
        from checker.ingest import text as module
    return module.extract


def load_document(path: str | Path, ocr: str | None = None) -> Document:
    """The document of a contract file. `ocr`: the OCR mode, by default `ocr_mode()`. (A Word
    file's tables are read into `Document.tables`, located in its text; a PDF's cells are in
    its text, its table structure is not read: nothing uses it.)"""
    path = Path(path)
    reading(path)  # for the error line of a review stopped at its bounds
    try:  # a folder, a pipe, a device or a looping link is refused before its extension is judged
        check_regular(path)
    except FileProblem as problem:
        raise InputError(path, _file_problem(path, problem)) from None
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise InputError(path, OLD_WORD)
    kind = SUPPORTED.get(suffix)
    if kind is None:
        raise InputError(path, f"unsupported file type '{suffix or '(none)'}'; checker reads .pdf, .docx, .txt, .md and .mdx "
                               f"(and scans as .png, .jpg, .tif)")
    try:
        data = read_regular(path)
    except FileProblem as problem:
        raise InputError(path, _file_problem(path, problem)) from None
    if not data:
        raise InputError(path, "the file is empty")
    extract = _extractor(kind)
    # the bytes read once serve the hash and the parser
    extracted = extract(path, data, ocr or ocr_mode()) if kind in ("pdf", "image") else extract(path, data)
    return _build(path, kind, extracted, hashlib.sha256(data).hexdigest())


def _file_problem(path: Path, problem: FileProblem) -> str:
    if problem.folder:
        return f"is a folder, not a contract file; to check every contract in it, run: checker audit {shlex.quote(shown(path))}"
    return str(problem)


def document_from_text(text: str, name: str = "snippet.txt") -> Document:
    """A document made from text in memory: rule examples, tests, snippets pasted in."""
    extracted = Extracted(text=text, page_starts=[0])
    return _build(Path(name), "txt", extracted, hashlib.sha256(text.encode()).hexdigest(), check_language=False)


def _build(path: Path, kind: str, extracted: Extracted, sha256: str, check_language: bool = True) -> Document:
    text = extracted.text
    if not text.strip():
        raise InputError(path, "the document has no text")
    if len(text) > MAX_TEXT:  # megabytes of blanks at the end hold nothing to read: they go, offsets unchanged
        text = text.rstrip()
        extracted.page_starts = [min(start, len(text)) for start in extracted.page_starts]
    if len(text) > MAX_TEXT:
        raise InputError(path, f"is too long to review: {len(text):,} characters of text (the limit is "
                               f"{MAX_TEXT:,}, some 3,000 pages); split it into smaller files")
    unmasked = unmask(text)  # invisible characters and look-alike letters: before anything reads a word
    if unmasked.changed:
        _to_unmasked(extracted, unmasked)
    language = detect_language(unmasked.text) if check_language else "en"
    if language != "en":
        raise InputError(path, "the document does not appear to be in English; checker's rules read English contracts")
    document = Document(
        path=shown(path),
        format=kind,
        text=unmasked.text,
        page_starts=extracted.page_starts or [0],
        sections=[],
        tables=extracted.tables,
        sha256=sha256,
        language=language,
        name=shown(path.name),
        paragraphs=extracted.paragraphs,
        ocr=extracted.ocr,
        ocr_engine=extracted.ocr_engine,
        original=text if unmasked.changed else None,
        removed=unmasked.removed,
    )
    hints = extracted.headings  # and the clauses typed into a Word file's paragraphs, read after the unmasking
    hints = hints + typed_clauses(document.text, extracted.plain) if hints is not None and extracted.plain else hints
    document.sections = build_sections(document.text, hints)
    return document


def _to_unmasked(extracted: Extracted, unmasked: Unmasked) -> None:
    """The offsets (and heading words) of what the format's reader found, in the unmasked text."""
    at = unmasked.to_clean
    extracted.page_starts = [at(start) for start in extracted.page_starts]
    for item in [*(extracted.headings or ()), *extracted.paragraphs]:
        item.start, item.end = at(item.start), at(item.end)
    extracted.plain = [(at(start), at(end)) for start, end in extracted.plain]
    for hint in extracted.headings or ():
        hint.title = unmask(hint.title).text
        hint.number = unmask(hint.number).text if hint.number else hint.number
    for table in extracted.tables:
        if table.start is not None:
            table.start, table.end = at(table.start), at(table.end)
        table.rows = [[unmask(cell).text for cell in row] for row in table.rows]
