"""The document model every ingester produces and every later stage reads.

One plain ``text`` per document; every offset (sections, tables, tags) points into it, and
``page_starts`` maps any offset back to its page. When extraction left invisible characters or
look-alike letters in it, ``text`` is the unmasked text and ``original`` the text as extracted:
evidence offsets and quotes point into ``original`` (``original_span``, ``faithful``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property


class OffsetMap:
    """Offsets of a text with some characters removed -> offsets of the text they were removed
    from (`removed`: their ascending offsets there)."""

    __slots__ = ("_at",)

    def __init__(self, removed: tuple[int, ...]):
        self._at = [r - i for i, r in enumerate(removed)]  # where each stood in the shorter text

    def start(self, offset: int) -> int:
        """Where a span starting at `offset` starts: after a removed character right before it."""
        return offset + bisect.bisect_right(self._at, offset)

    def end(self, offset: int) -> int:
        """Where a span ending at `offset` ends: before a removed character right after it."""
        return offset + bisect.bisect_left(self._at, offset)


@dataclass
class HeadingHint:
    """A heading: marked by the source format (a Word heading style) or read off the text's lines
    (checker/ingest/sections.py)."""

    start: int  # offset of the heading line in the extracted text
    end: int
    level: int  # 1 = top level
    number: str | None = None  # "4.2", "Schedule B"; None if unnumbered
    title: str = ""
    body_start: int | None = None  # where the section's text after the heading begins; None: at `end`
    # "markdown": a '#' heading line; "item": an item of a Markdown numbered list (a contents list's entry);
    # "text": a clause read off the text of a Word body paragraph ("5.2 The Supplier shall ...")
    marked: str = ""

    @property
    def text_start(self) -> int:
        """Where the section's text after the heading begins."""
        return self.end if self.body_start is None else self.body_start


@dataclass
class Table:
    rows: list[list[str]]
    start: int | None = None  # span of the table's text in Document.text, when it is there
    end: int | None = None


@dataclass
class ParagraphSpan:
    """A paragraph of the source file (DOCX) and its line in the extracted text: where a
    Word comment on a passage is anchored."""

    start: int  # span of the paragraph's line in Document.text
    end: int
    index: int  # the paragraph's position among all w:p elements of the body, in document order


@dataclass
class PageReading:
    """How a page without a text layer was read (checker/ingest/ocr.py): by OCR, with its
    confidence, or not at all."""

    page: int  # 1-based
    confidence: float | None  # mean OCR word confidence, 0-1; None when nothing was read
    status: str  # ok | low (check its quotes against the scan) | unreadable | blank | not_read (no OCR installed)


@dataclass
class Extracted:
    """What a format-specific ingester hands to the document builder."""

    text: str
    page_starts: list[int] = field(default_factory=lambda: [0])  # offset where each page begins
    tables: list[Table] = field(default_factory=list)
    headings: list[HeadingHint] | None = None  # None: detect headings from the text itself
    paragraphs: list[ParagraphSpan] = field(default_factory=list)  # DOCX: source paragraph of each line
    plain: list[tuple[int, int]] = field(default_factory=list)  # DOCX with headings: paragraphs that are none (their typed clauses)
    ocr: list[PageReading] = field(default_factory=list)  # the pages read by OCR (or left unread for want of it)
    ocr_engine: str | None = None  # "tesseract 5.5.4 (eng, fast)" when a page was read by OCR


# the small words a Title Case heading leaves lower case (sections.py and docx.py read titles with them)
SMALL_WORDS = {"a", "an", "and", "or", "of", "the", "to", "for", "in", "on", "by", "with", "at", "from", "&", "as"}


def is_title_like(words: list[str]) -> bool:
    """Title Case or ALL CAPS: each significant word starts upper case."""
    significant = [w for w in words if w.lower() not in SMALL_WORDS]
    if not significant:
        return False
    caps = sum(1 for w in significant if w[:1].isupper() or w[:1].isdigit() or w[:1] in "(\"'")
    return caps / len(significant) >= 0.75


@dataclass
class Section:
    number: str | None  # "4.2", "Schedule B", "Article V"; None for an unnumbered heading or preamble
    heading: str  # the heading's words, "" for the preamble
    level: int
    start: int  # span in Document.text: heading line through the end of the body
    end: int
    body_start: int  # where the text after the heading begins
    children: list["Section"] = field(default_factory=list)

    @property
    def titled(self) -> bool:
        """Its heading is a title ("Records Retention"), not the words a sentence opens with ("The Client shall")."""
        return is_title_like(self.heading.split())


@dataclass
class Document:
    path: str
    format: str  # pdf | docx | txt | md
    text: str
    page_starts: list[int]
    sections: list[Section]  # top-level sections; children nest
    tables: list[Table]
    sha256: str
    language: str = "en"
    name: str = ""  # short display name (file name)
    paragraphs: list[ParagraphSpan] = field(default_factory=list)  # DOCX only: line -> source paragraph
    ocr: list[PageReading] = field(default_factory=list)  # scanned pages: how OCR read each one
    ocr_engine: str | None = None
    # the text as extracted, when `text` differs from it (checker/ingest/disguise.py: invisible
    # characters removed, look-alike letters read as Latin); evidence quotes and offsets come from it
    original: str | None = None
    removed: tuple[int, ...] = ()  # offsets in `original` of the characters `text` lacks

    @cached_property
    def _map(self) -> OffsetMap:
        return OffsetMap(self.removed)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """A span of `text` as a span of the text as extracted (what evidence reports)."""
        if self.original is None:
            return start, end
        return self._map.start(start), max(self._map.start(start), self._map.end(end))

    def faithful(self, start: int, end: int) -> str:
        """The words of a span of `text` as the contract writes them (invisible characters and
        look-alike letters kept)."""
        if self.original is None:
            return self.text[start:end]
        start, end = self.original_span(start, end)
        return self.original[start:end]

    def clean_offset(self, offset: int) -> int:
        """An offset of the text as extracted (an evidence offset) -> the offset in `text`."""
        return offset if self.original is None else offset - bisect.bisect_left(self.removed, offset)

    def reading_of(self, page: int | None) -> PageReading | None:
        """How a scanned page was read, or None for a page with a text layer."""
        return next((r for r in self.ocr if r.page == page), None) if page is not None else None

    @property
    def pages(self) -> int:
        return len(self.page_starts)

    def page_at(self, offset: int) -> int:
        """1-based page number of a character offset."""
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def iter_sections(self):
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            yield section
            stack.extend(reversed(section.children))

    def section_starts(self) -> list[int]:
        """Where every section and its body start: sentence boundaries the pipeline keeps."""
        return sorted({s.start for s in self.iter_sections()} | {s.body_start for s in self.iter_sections()})

    def section_at(self, offset: int) -> Section | None:
        """The deepest section whose span holds the offset."""
        chain = self.sections_of(offset)
        return chain[-1] if chain else None

    def sections_of(self, offset: int) -> list[Section]:
        """The chain of sections around an offset, outermost first."""
        chain, level = [], self.sections
        while True:
            inner = next((s for s in level if s.start <= offset < s.end), None)
            if inner is None:
                return chain
            chain.append(inner)
            level = inner.children
