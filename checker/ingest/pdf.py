"""Read a PDF contract into an ``Extracted``: its text from pypdfium2, about a millisecond a
page. A ruled table's rows read as the DOCX reader writes them, one line a row, cells joined by
" | " (pdf_tables.py); no Table records are made (nothing reads a PDF's table structure).

Cleaning is per page and generic: running headers/footers and page numbers go, pdfium's
hyphen markers are resolved, odd characters are normalised, every other line break stays (the
section finder reads headings from lines). ``page_starts`` is computed from the final page
texts, so it is exact by construction.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from itertools import accumulate
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from checker.errors import InputError
from checker.files import FileProblem, read_regular
from checker.ingest import pdf_bounds
from checker.ingest.pdf_tables import table_rows
from checker.matching import TextPattern
from checker.model import Extracted, PageReading


EMPTY_FILE = "the file is empty"
NO_PAGES = "the PDF has no pages"
ENCRYPTED = "the PDF is encrypted (password-protected); save an unprotected copy"
NOT_A_PDF = "not a readable PDF (file is damaged or not a PDF)"
SCANNED = "no text layer: the PDF looks scanned (image-only) and needs OCR before it can be checked"
SCANNED_INSTALL = ("no text layer: the PDF looks scanned (image-only); to read it with OCR install the OCR extra: "
                   "pip install 'checker[ocr]'")

MIN_CHARS_PER_PAGE = 20  # below this on average the pages are images, not text
MAX_PAGES = 10_000  # some three times MAX_TEXT's 3,000 pages; pdfium reads one in 1-3 ms


def extract(path: Path, data: bytes | None = None, ocr: str | None = None) -> Extracted:
    """The text and page starts of a PDF; InputError if it
    cannot be checked. `data`: the file's bytes when the caller has already read them.
    `ocr`: which pages are read by OCR (checker/ingest/ocr.py): "auto" the scanned ones (no text
    layer, a page-sized image), "always" every page, "never" or None none (a scanned PDF is refused)."""
    path = Path(path)
    if data is None:
        try:
            data = read_regular(path)  # held until the document is closed: pdfium reads from it
        except FileProblem as problem:
            raise InputError(path, str(problem)) from None
    if not data:
        raise InputError(path, EMPTY_FILE)
    return _extract_pdf(path, data, ocr)


def _extract_pdf(path: Path, data: bytes, ocr: str | None = None) -> Extracted:
    reader = _PageReader(ocr)
    raw_pages = _read_with_pdfium(path, data, reader)

    pages = clean_pages(raw_pages)
    if reader.used:  # heading numbers OCR misread, given back from the numbering around them
        from checker.ingest.ocr import restore_heading_numbers

        pages = restore_heading_numbers(pages, {r.page - 1 for r in reader.readings if r.confidence is not None})
    text = "\n".join(pages)
    if len("".join(text.split())) < MIN_CHARS_PER_PAGE * len(pages):
        raise InputError(path, reader.why_no_text())

    return Extracted(text=text, page_starts=page_starts(pages), ocr=reader.readings,
                     ocr_engine=reader.engine if reader.used else None)


class _PageReader:
    """Which pages OCR reads, and how each one read. OCR is loaded at the first scanned page:
    a text PDF never pays for it."""

    def __init__(self, mode: str | None):
        self.asked_never = mode == "never"
        self.mode = mode or "never"
        self.readings: list[PageReading] = []
        self.used = False
        self.engine = None
        self.unavailable: bool | None = None  # not known until a page needs OCR

    def text(self, number: int, page, layer: str) -> str:
        """The page's text: its text layer, or what OCR reads of it."""
        if self.mode == "never":
            return layer
        short = len("".join(layer.split())) < MIN_CHARS_PER_PAGE
        if not (short or self.mode == "always"):
            return layer  # a page of text: OCR is not even imported
        from checker.ingest import ocr

        scanned = short and ocr.scan_resolution(page) is not None
        if not (scanned or self.mode == "always"):
            return layer
        if self.unavailable is None:
            self.unavailable = not ocr.available()
            self.engine = None if self.unavailable else ocr.engine()
        if self.unavailable:
            self.readings.append(PageReading(number, None, ocr.NOT_READ))
            return layer
        read = ocr.read_pdf_page(page)
        self.used = True
        self.readings.append(PageReading(number, read.confidence, read.status))
        return read.text

    def why_no_text(self) -> str:
        if self.mode == "never" or not self.readings:
            return SCANNED + ("; OCR is off (--ocr never)" if self.asked_never else "")
        if self.unavailable:
            return SCANNED_INSTALL
        return unreadable(self.readings) or "OCR found no text on the scanned pages"


def unreadable(readings: list[PageReading]) -> str | None:
    """Why OCR gave no text, when pages were too poor to read."""
    poor = [r.page for r in readings if r.status == "unreadable"]
    shown = ", ".join(map(str, poor[:10])) + (", ..." if len(poor) > 10 else "")
    return (f"OCR could not read the scan: page{'s' if len(poor) > 1 else ''} {shown} unreadable (too faint, blurred "
            f"or not text); rescan at 300 dpi") if poor else None


def page_starts(pages: list[str]) -> list[int]:
    """Where each page starts in the pages joined by "\n"."""
    return list(accumulate((len(page) + 1 for page in pages[:-1]), initial=0))


# --- pdfium -------------------------------------------------------------------------------


_LOCKED = (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)  # SECURITY: an unknown handler


def _read_with_pdfium(path: Path, data: bytes, reader: _PageReader | None = None) -> list[str]:
    """Raw text of every page. `data` stays referenced while pdfium reads it."""
    # Loaded through the raw API: pypdfium2 reports a PDF without pages as a load failure that
    # carries pdfium's stale last error, which can read "password" after an encrypted file.
    handle = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    if not handle:
        locked = pdfium_c.FPDF_GetLastError() in _LOCKED
        raise InputError(path, ENCRYPTED if locked else NOT_A_PDF)
    pdf = pdfium.PdfDocument(handle)
    try:
        if len(pdf) == 0:
            raise InputError(path, NO_PAGES)
        if len(pdf) > MAX_PAGES:
            raise InputError(path, f"the PDF has {len(pdf):,} pages (the limit is {MAX_PAGES:,}); split it into "
                                   f"smaller files")
        too_big = pdf_bounds.problem(data)  # before pdfium builds a page: a bomb is refused, not read
        if too_big:
            raise InputError(path, too_big)
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = _upright_textpage(page)
                try:
                    layer = table_rows(page, textpage, textpage.get_text_range())
                    texts.append(reader.text(index + 1, page, layer) if reader is not None else layer)
                finally:
                    textpage.close()
            finally:
                page.close()
        return texts
    except pdfium.PdfiumError:
        raise InputError(path, NOT_A_PDF) from None
    finally:
        pdf.close()


def _upright_textpage(page):
    """The page's text layer as the upright page reads it. A page turned by its /Rotate
    (90, 180, 270) whose text runs level on the unturned page is read unturned: pdfium orders
    a turned page's lines as the turned view shows them, so a contract's rotated copy would
    read in another order (the same words, other findings). Text drawn sideways and set
    upright by /Rotate is read as the page shows it."""
    rotation = page.get_rotation()
    if not rotation:
        return page.get_textpage()
    page.set_rotation(0)  # in memory only: the file is never written
    textpage = page.get_textpage()
    if _runs_level(textpage):
        return textpage
    textpage.close()
    page.set_rotation(rotation)
    return page.get_textpage()


_SAMPLE = 400  # characters whose angle is read to tell a level page from a sideways one


def _runs_level(textpage) -> bool:
    """Most of the text runs left to right, level (angle near 0); a page without text (a scan,
    rendered for OCR as the page shows it) does not."""
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    if count <= 0:
        return False
    step = max(1, count // _SAMPLE)
    level = total = 0
    for i in range(0, count, step):
        angle = pdfium_c.FPDFText_GetCharAngle(textpage.raw, i)
        if angle < 0:  # no angle for this character (a generated space or line break)
            continue
        total += 1
        level += min(angle, 6.2832 - angle) < 0.2
    return level * 2 > total


# --- text cleaning ------------------------------------------------------------------------

_HYPHEN_MARK = "\ufffe"  # pdfium's mark for a hyphen at a line end; the line break is gone

_CHAR_MAP = {
    **{chr(c): "" for c in (*range(0x20), 0x7F) if chr(c) not in "\n\t\x02\f\v"},  # control junk
    "\f": "\n",  # a form feed breaks a page: it must not glue the words on either side
    "\v": "\n",
    **{c: "" for c in "\u200b\u200c\u200d\u2060\ufeff\ufffd"},  # zero-width and junk
    **{c: " " for c in "\t\xa0\u1680\u202f\u205f\u3000"},
    **{chr(c): " " for c in range(0x2000, 0x200B)},  # en/em/thin/hair spaces
    "\x02": _HYPHEN_MARK,  # older pdfium builds mark a line-end hyphen with STX
    "\u2010": "-",
    "\u2011": "-",  # non-breaking hyphen
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
}
_ODD_CHAR = re.compile("[" + "".join(map(re.escape, _CHAR_MAP)) + "]")  # faster than str.translate


def _normalise_chars(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00ad\n", _HYPHEN_MARK + "\n")  # soft hyphen that did break a line
    text = text.replace("\u00ad", "")
    text = text.replace("\xa0", " ")  # the odd character of most pages: one replace, not a call per match
    text = _ODD_CHAR.sub(lambda m: _CHAR_MAP[m.group()], text)
    # NFC folds look-alikes such as the Greek question mark some fonts emit for ';'; that one is
    # common enough (half the pages of some filings) to be replaced first, so most pages need no NFC pass
    text = text.replace("\u037e", ";")
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_WIDE_GAP = re.compile("   +")  # three spaces or more; written so that re searches for the literal
_BLANK_LINES = re.compile("\n\n\n+")


def _tidy_lines(text: str) -> list[str]:
    """Lines without edge spaces; wide gaps (indents, tab stops) shrink to two spaces."""
    return [line.strip() for line in _WIDE_GAP.sub("  ", text).split("\n")]


def clean_pages(raw_pages: list[str]) -> list[str]:
    """Clean each page's raw pdfium text; the result holds one string per page."""
    pages = [_tidy_lines(_normalise_chars(raw)) for raw in raw_pages]
    pages = _drop_page_furniture(pages)
    texts = ["\n".join(lines) for lines in pages]
    if any(_has_line_end_hyphen(text) for text in texts):
        vocabulary, compounds = _word_sets("\n".join(texts))
        texts = [_resolve_hyphens(text, vocabulary, compounds) if _has_line_end_hyphen(text) else text
                 for text in texts]
    texts = [text.replace(_HYPHEN_MARK, "-") for text in texts]  # the marks left are real hyphens
    return [_BLANK_LINES.sub("\n\n", text).strip("\n") for text in texts]


# Bare page numbers: "12", "- 12 -", "Page 12", "Page 12 of 40", "12 of 40", "ii", "- iii -".
_NUMBER = r"(?:\d{1,3}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))"
_PAGE_NUMBER = re.compile(
    rf"(?:(?:Page|PAGE|page)\s*)?(?:{_NUMBER}|[-–—]\s*{_NUMBER}\s*[-–—])"
    r"(?:\s*(?:of|OF|/)\s*\d{1,3})?"
)
_PAGE_COUNT_END = TextPattern(r"\b(?i:page)\s*#\s*(?:of|/)\s*#$", sentence_window=False, ignore_case=False)  # a long footer ('Confidential — <a long title> — Page 2 of 9')
_EDGE_LINES = 3  # lines at each page edge where running headers and footers are looked for
_MAX_PEEL = 4  # most lines removed from one edge: furniture is never a long block
_RUNNING_SHARE = 0.5  # a header or footer sits on at least half the pages


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line)


def _drop_page_furniture(pages: list[list[str]]) -> list[list[str]]:
    running = _running_shapes(pages)
    return [_peel_edges(lines, running) for lines in pages]


def _peel_edges(lines: list[str], running: set[str]) -> list[str]:
    """Drop page numbers and running lines from the top and the bottom of one page."""
    start, end = 0, len(lines)
    for from_top in (True, False):
        seen = set()  # a running line sits once at an edge; a second copy is the body's own
        removed = 0
        while start < end and removed < _MAX_PEEL:
            line = lines[start if from_top else end - 1]
            if line:
                shape = _shape(line)
                if _PAGE_NUMBER.fullmatch(line):
                    pass
                elif shape in running and shape not in seen:
                    seen.add(shape)
                else:
                    break
                removed += 1
            if from_top:
                start += 1
            else:
                end -= 1
    return lines[start:end]


def _running_shapes(pages: list[list[str]]) -> set[str]:
    """Shapes (digits as '#') of lines repeated at the top or bottom of many pages.

    A shape counts when the same line repeats ("Confidential", "Source: ACME 10-K") or when a
    number in a short line, or in a line of any length that ends 'Page 3 of 20', follows the page
    count ("Page 3 of 20", "3 | Acme MSA"): that second test keeps headings such as "ARTICLE 5"
    that merely start several pages.
    """
    if len(pages) < 2:
        return set()
    need = max(2, math.ceil(len(pages) * _RUNNING_SHARE))
    seen = defaultdict(dict)  # shape -> {page index: line}
    for index, lines in enumerate(pages):
        filled = [line for line in lines if line]
        for line in filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]:
            shape = _shape(line)
            # a label such as "By:" or "Title:" repeats on signature pages but is not furniture
            if len(shape.replace(" ", "")) >= 3 and not line.endswith(":"):
                seen[shape].setdefault(index, line)
    running = set()
    for shape, by_page in seen.items():
        if len(by_page) < need:
            continue
        repeated = Counter(by_page.values()).most_common(1)[0][1] >= need
        if repeated or ((len(shape) <= 80 or _PAGE_COUNT_END.search(shape)) and _tracks_page(by_page, max(need, 3))):
            running.add(shape)
    return running


def _tracks_page(by_page: dict[int, str], need: int) -> bool:
    """Whether one of the line's numbers rises by one from page to page on `need` pages."""
    numbers = {index: [int(n) for n in re.findall(r"\d+", line)] for index, line in by_page.items()}
    width = min(len(found) for found in numbers.values())
    for k in range(width):
        offsets = Counter(found[k] - index for index, found in numbers.items())
        if offsets.most_common(1)[0][1] >= need:
            return True
    return False


def _word_sets(text: str) -> tuple[set[str], set[str]]:
    """The document's words, and its hyphenated pairs ("non-sub-licensable" gives "non-sub",
    "sub-licensable")."""
    tokens = set(re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower()))
    hyphenated = [token for token in tokens if "-" in token]
    words, pairs = tokens.difference(hyphenated), set()
    for token in hyphenated:
        parts = token.split("-")
        words.update(parts)
        pairs.update(f"{a}-{b}" for a, b in zip(parts, parts[1:]))
    return words, pairs


# A hyphen at a line end (pdfium's mark, or '-' then a newline) followed by a lowercase word.
_LINE_END_HYPHEN = re.compile(r"\b([A-Za-z]+)(?:\ufffe(\n?)|-(\n))([a-z]+)(\S*)( ?)")


def _has_line_end_hyphen(text: str) -> bool:
    """Whether _LINE_END_HYPHEN matches; the string tests first, as most pages have no mark."""
    return (_HYPHEN_MARK in text or "-\n" in text) and _LINE_END_HYPHEN.search(text) is not None


def _resolve_hyphens(text: str, vocabulary: set[str], compounds: set[str]) -> str:
    """Join "ser-vices" split at a line end when the document uses "services" elsewhere and not
    "ser-vices"; otherwise keep the hyphen, since a line often ends inside "non-exclusive".
    A joined word moves up to the first line, so "ser-\\nvices to" becomes "services\\nto"."""

    def resolve(match: re.Match) -> str:
        left, mark_newline, dash_newline, right, tail, space = match.groups()
        joined = (left + right).lower()
        keep = joined not in vocabulary or f"{left}-{right}".lower() in compounds
        word = left + ("-" if keep else "") + right + tail
        if mark_newline or dash_newline:
            return word + ("\n" if space else "")
        return word + space

    return _LINE_END_HYPHEN.sub(resolve, text)
