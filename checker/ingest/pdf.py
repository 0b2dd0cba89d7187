"""Read a PDF contract into an ``Extracted``: text from pypdfium2, ruled tables from
pdfplumber's table finder (on request: every cell is in the text, and no rule or key term
reads a PDF's table structure, so a review does not pay for it).

pdfium returns the text of a page in about a millisecond; pdfplumber's own parsing needs
50-250 ms a page. So pdfium reads everything, and pdfplumber's table algorithm runs only on the
few pages whose vector drawing looks like a ruled grid, over the rules and character boxes
pdfium already read.

Cleaning is per page and generic: running headers/footers and page numbers go, pdfium's
hyphen markers are resolved, odd characters are normalised, every other line break stays (the
section finder reads headings from lines). ``page_starts`` is computed from the final page
texts, so it is exact by construction.
"""

from __future__ import annotations

import ctypes
import logging
import math
import re
import stat
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from checker.errors import InputError
from checker.model import Extracted, PageReading, Table

log = logging.getLogger(__name__)

EMPTY_FILE = "the file is empty"
NO_PAGES = "the PDF has no pages"
ENCRYPTED = "the PDF is encrypted (password-protected); save an unprotected copy"
NOT_A_PDF = "not a readable PDF (file is damaged or not a PDF)"
SCANNED = "no text layer: the PDF looks scanned (image-only) and needs OCR before it can be checked"
SCANNED_INSTALL = ("no text layer: the PDF looks scanned (image-only); to read it with OCR install the OCR extra: "
                   "pip install 'checker[ocr]'")

MIN_CHARS_PER_PAGE = 20  # below this on average the pages are images, not text
MAX_TABLE_PAGES = 40  # pages whose tables are read: a few ms each, bounded for pathological files
MAX_PDFPLUMBER_PAGES = 8  # pages left to pdfplumber's own, slow parsing (see _read_tables)


def extract(path: Path, data: bytes | None = None, tables: bool = True, ocr: str | None = None) -> Extracted:
    """The text, page starts and (with `tables`) ruled tables of a PDF; InputError if it
    cannot be checked. `data`: the file's bytes when the caller has already read them.
    `ocr`: which pages are read by OCR (checker/ingest/ocr.py): "auto" the scanned ones (no text
    layer, a page-sized image), "always" every page, "never" or None none (a scanned PDF is refused)."""
    path = Path(path)
    if data is not None:
        if not data:
            raise InputError(path, EMPTY_FILE)
        return _extract_pdf(path, data, tables, ocr)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except OSError as exc:
        raise InputError(path, f"cannot read the file ({exc.strerror or exc})") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a file")
    if info.st_size == 0:
        raise InputError(path, EMPTY_FILE)
    try:
        data = path.read_bytes()  # held until the document is closed: pdfium reads from it
    except OSError as exc:
        raise InputError(path, f"cannot read the file ({exc.strerror or exc})") from None
    return _extract_pdf(path, data, tables, ocr)


def _extract_pdf(path: Path, data: bytes, tables: bool = True, ocr: str | None = None) -> Extracted:
    reader = _PageReader(ocr)
    raw_pages, grid_pages = _read_with_pdfium(path, data, tables, reader)

    pages = clean_pages(raw_pages)
    if reader.used:  # heading numbers OCR misread, given back from the numbering around them
        from checker.ingest.ocr import restore_heading_numbers

        pages = restore_heading_numbers(pages, {r.page - 1 for r in reader.readings if r.confidence is not None})
    text = "\n".join(pages)
    if len("".join(text.split())) < MIN_CHARS_PER_PAGE * len(pages):
        raise InputError(path, reader.why_no_text())

    page_starts, offset = [], 0
    for page in pages:
        page_starts.append(offset)
        offset += len(page) + 1  # the "\n" that joins pages
    tables = _read_tables(path, grid_pages)
    return Extracted(text=text, page_starts=page_starts, tables=tables, ocr=reader.readings,
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
        from checker.ingest import ocr

        scanned = len("".join(layer.split())) < MIN_CHARS_PER_PAGE and ocr.scan_resolution(page) is not None
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
        poor = [r.page for r in self.readings if r.status == "unreadable"]
        if poor:
            return (f"OCR could not read the scan: {_page_list(poor)} unreadable (too faint, blurred or not text); "
                    f"rescan at 300 dpi")
        return "OCR found no text on the scanned pages"


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(map(str, numbers[:10])) + (", ..." if len(numbers) > 10 else "")
    return f"page{'s' if len(numbers) > 1 else ''} {shown}"


# --- pdfium -------------------------------------------------------------------------------


_LOCKED = (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)  # SECURITY: an unknown handler


def _read_with_pdfium(path: Path, data: bytes, tables: bool = True,
                      reader: _PageReader | None = None) -> tuple[list[str], list["_GridPage"]]:
    """Raw text of every page, and the pages that may hold a ruled table (with their rules
    and characters, read while the page is open). `data` stays referenced while pdfium reads it."""
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
        texts, grid_pages = [], []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()  # also serves the character boxes of a grid page
                try:
                    layer = textpage.get_text_range()
                    texts.append(reader.text(index + 1, page, layer) if reader is not None else layer)
                    grid = _ruled_grid(page) if tables and len(grid_pages) < MAX_TABLE_PAGES else None
                    if grid is not None:
                        grid_pages.append(_GridPage(index + 1, page, textpage, *grid))
                finally:
                    textpage.close()
            finally:
                page.close()
        return texts, grid_pages
    except pdfium.PdfiumError:
        raise InputError(path, NOT_A_PDF) from None
    finally:
        pdf.close()


_THIN = 2.5  # pt: a rule is a line or a filled rectangle no thicker than this
_LONG = 8.0  # pt: shorter strokes are glyph-like decoration, not rules
_MIN_SIDE = 3.0  # pt: a box narrower than this is not a cell (pdfplumber drops shorter edges too)
_MAX_RULES = 200  # per direction, after merging: a real grid needs far fewer
_MAX_PATHS = 3000  # path objects looked at per page, so a page of vector art stays cheap


def _ruled_grid(page):
    """The page's (horizontal, vertical) rules when it draws at least two columns of ruled
    cells, the only tables pdfplumber's line strategy finds; else None. A page frame,
    underlines or a boxed paragraph do not qualify."""
    horizontal, vertical = [], []
    _collect_rules(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject,
                   horizontal, vertical, budget=[_MAX_PATHS], depth=0)
    if len(horizontal) < 2 or len(vertical) < 3:
        return None
    # Producers often draw a rule cell by cell; join the pieces so a rule crosses every column.
    horizontal = _merge_collinear(horizontal)[:_MAX_RULES]
    vertical = _merge_collinear(vertical)[:_MAX_RULES]
    tol = _THIN
    crossing_rows = set()
    for y, x0, x1 in horizontal:
        xs = {round(x) for x, y0, y1 in vertical
              if x0 - tol <= x <= x1 + tol and y0 - tol <= y <= y1 + tol}
        if len(xs) >= 3:
            crossing_rows.add(round(y))
            if len(crossing_rows) >= 2:
                return horizontal, vertical
    return None


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _then(first, second):
    """The PDF matrix that applies `first`, then `second` (a, b, c, d, e, f)."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = second
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _apply(m, x, y):
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _matrix_of(obj):
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
        return None
    return (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f)


_TEXT = pdfium_c.FPDF_PAGEOBJ_TEXT


def _collect_rules(parent, count, get, horizontal, vertical, budget, depth, to_page=_IDENTITY) -> None:
    """Rules drawn by the page's path objects, looking one or two levels into form XObjects.
    Inside a form, pdfium reports bounds in the form's space: `to_page` maps them to the page."""
    type_of = pdfium_c.FPDFPageObj_GetType
    for i in range(count(parent)):
        obj = get(parent, i)
        kind = type_of(obj)
        if kind == _TEXT:
            continue  # most objects: skipped before the other tests
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
            form = _matrix_of(obj) or _IDENTITY
            _collect_rules(obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject,
                           horizontal, vertical, budget, depth + 1, _then(form, to_page))
        elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            budget[0] -= 1
            if budget[0] < 0:
                return
            _path_rules(obj, horizontal, vertical, to_page)


def _path_rules(obj, horizontal, vertical, to_page=_IDENTITY) -> None:
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return
    l, b, r, t = _box_on_page(to_page, left.value, bottom.value, right.value, top.value)
    if _add_rule(l, b, r, t, horizontal, vertical):
        return
    if r - l < _MIN_SIDE or t - b < _MIN_SIDE:
        return
    segments = pdfium_c.FPDFPath_CountSegments(obj)
    if 0 < segments <= 5:  # a plain rectangle, such as a cell's box or its shading: its four sides are rules
        width = ctypes.c_float()
        if _stroked(obj) and pdfium_c.FPDFPageObj_GetStrokeWidth(obj, width) and 0 < width.value < _THIN:
            # the bounds of a stroked path include half the stroke on each side; a cell's border
            # lies on its path
            half = width.value / 2
            l, b, r, t = l + half, b + half, r - half, t - half
        horizontal += [(b, l, r), (t, l, r)]
        vertical += [(l, b, t), (r, b, t)]
    elif r - l >= _LONG and t - b >= _LONG and segments <= 400:  # a whole grid drawn as one path
        _compound_path_rules(obj, segments, horizontal, vertical, to_page)


def _box_on_page(to_page, l, b, r, t):
    """The page-space box (left, bottom, right, top) around a box drawn under `to_page`."""
    if to_page == _IDENTITY:
        return l, b, r, t
    if to_page[1] == 0 and to_page[2] == 0:  # scaled and moved, not turned: two corners tell
        (x0, y0), (x1, y1) = _apply(to_page, l, b), _apply(to_page, r, t)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    corners = [_apply(to_page, x, y) for x in (l, r) for y in (b, t)]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _stroked(obj) -> bool:
    """Whether a path is stroked: pdfium reports a stroke width for filled-only paths too."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    return bool(pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)) and bool(stroke.value)


def _compound_path_rules(obj, segments, horizontal, vertical, to_page=_IDENTITY) -> None:
    own = _matrix_of(obj)
    if own is None:
        return
    m = _then(own, to_page)
    x, y = ctypes.c_float(), ctypes.c_float()
    previous = None
    for j in range(segments):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, j)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        if kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            return  # curves: a logo or a drawing, not a table
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            return
        point = _apply(m, x.value, y.value)
        if previous and kind == pdfium_c.FPDF_SEGMENT_LINETO:
            (x0, y0), (x1, y1) = previous, point
            _add_rule(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1), horizontal, vertical)
        previous = point


def _add_rule(l, b, r, t, horizontal, vertical) -> bool:
    if t - b <= _THIN and r - l >= _LONG:
        horizontal.append(((b + t) / 2, l, r))
    elif r - l <= _THIN and t - b >= _LONG:
        vertical.append(((l + r) / 2, b, t))
    else:
        return False
    return True


def _merge_collinear(rules):
    """Join pieces of one rule: (position, start, end) tuples that touch on the same line (see
    _lines), whatever side of a rounding boundary their positions fall."""
    merged = []
    for line in _lines(rules):
        joined = []
        for position, start, end in sorted(line, key=lambda e: e[1]):
            if joined and start <= joined[-1][2] + _THIN:
                joined[-1] = (joined[-1][0], joined[-1][1], max(joined[-1][2], end))
            else:
                joined.append((position, start, end))
        merged += joined
    return merged


def _lines(rules):
    """Rules grouped into lines by position: sorted, a new line starts where a position lies
    more than a point past the one before it."""
    line = []
    for rule in sorted(rules):
        if line and rule[0] - line[-1][0] > 1:
            yield line
            line = []
        line.append(rule)
    if line:
        yield line


# --- pdfplumber's table finder over pdfium's objects ---------------------------------------
#
# pdfplumber parses every object of a page in Python (50-250 ms a page); pdfium has already
# read them in C. So pdfplumber's table algorithm (edges -> intersections -> cells -> tables,
# then the characters of each cell) runs on a page-like view of what pdfium read: the rules
# found above and pdfium's character boxes, in pdfplumber's top-left coordinates.


class _GridPage:
    """What pdfplumber's TableFinder reads of a page (bbox and edges, in pdfplumber's top-left
    coordinates), and the page's character boxes for the tables it finds."""

    def __init__(self, number: int, page, textpage, horizontal, vertical):
        self.page_number = number
        width, height = page.get_size()
        self.bbox = (0, 0, width, height)
        self.edges = [{"object_type": "line", "orientation": "h", "x0": x0, "x1": x1, "top": height - y,
                       "bottom": height - y, "width": x1 - x0, "height": 0} for y, x0, x1 in horizontal]
        self.edges += [{"object_type": "line", "orientation": "v", "x0": x, "x1": x, "top": height - y1,
                        "bottom": height - y0, "width": 0, "height": y1 - y0} for x, y0, y1 in vertical]
        self.chars = _page_chars(textpage, height)


class _Char:
    """A character's loose box as pdfium reads it (PDF coordinates) and its centre in
    pdfplumber's top-left ones, which pdfplumber's extract tests against a cell. Made into
    pdfplumber's character dict only when a table holds it."""

    __slots__ = ("text", "left", "bottom", "right", "top", "page_height", "h_mid", "v_mid")

    def __init__(self, text: str, left: float, bottom: float, right: float, top: float, page_height: float):
        self.text, self.left, self.bottom, self.right, self.top = text, left, bottom, right, top
        self.page_height = page_height
        self.h_mid = (left + right) / 2
        self.v_mid = ((page_height - top) + (page_height - bottom)) / 2

    def as_dict(self) -> dict:
        left, bottom, right, top, height = self.left, self.bottom, self.right, self.top, self.page_height
        return {"text": self.text, "x0": left, "x1": right, "top": height - top, "bottom": height - bottom,
                "doctop": height - top, "matrix": (1, 0, 0, 1, left, bottom), "fontname": "", "ncs": None,
                "upright": True, "width": right - left, "height": top - bottom, "size": top - bottom}


def _page_chars(textpage, height: float) -> list[_Char]:
    chars = []
    raw, rect = textpage.raw, pdfium_c.FS_RECTF()
    for i in range(textpage.count_chars()):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)  # the raw calls: the helpers cost microseconds a char
        if code in (0, 10, 13) or 0xD800 <= code <= 0xDFFF:
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):  # font boxes: one line, one height
            raise pdfium.PdfiumError("Failed to get charbox.")
        chars.append(_Char(chr(code), rect.left, rect.bottom, rect.right, rect.top, height))
    return chars


def _read_tables(path: Path, grid_pages: list[_GridPage]) -> list[Table]:
    """Ruled tables on the given pages. The text already holds every cell, so a failure of
    the table finder costs only the table structure: it is logged, not raised."""
    if not grid_pages:
        return []
    from pdfplumber.table import TableFinder  # imported only for files with ruled tables

    tables, unread = [], []
    for grid in grid_pages:
        try:
            cells = TableFinder(grid, _TABLE_SETTINGS).tables
            found = [[[_clean_cell(cell) for cell in row] for row in _extract_table(table, grid)]
                     for table in cells]
        except Exception as exc:  # noqa: BLE001 - see docstring
            log.warning("%s: table extraction failed on page %d (%s); tables omitted",
                        path, grid.page_number, type(exc).__name__)
            continue
        if not cells:
            # a grid in which the finder sees no cell at all was not read in pdfium's terms (odd
            # page boxes or transforms): let pdfplumber parse that page itself. Cells that hold
            # no real table (a framed page, a boxed paragraph) are pdfplumber's answer too.
            unread.append(grid.page_number)
        found = [rows for rows in found if _is_real_table(rows)]
        tables += [Table(rows=rows, page=grid.page_number) for rows in found]
    tables += _read_tables_with_pdfplumber(path, unread[:MAX_PDFPLUMBER_PAGES])
    return sorted(tables, key=lambda t: t.page)


_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def _extract_table(table, grid: _GridPage) -> list[list[str | None]]:
    """What pdfplumber's Table.extract() returns, the same way (a character is in a row or a
    cell when its centre is), but over the table's own characters with their centres computed
    once: pdfplumber's version calls a function for every character of the page for every row
    and cell. tests/test_ingest_pdf_tables.py checks that both agree."""
    from pdfplumber.utils import extract_text

    x0, top, x1, bottom = table.bbox
    chars = [c for c in grid.chars if x0 <= c.h_mid < x1 and top <= c.v_mid < bottom]
    rows = []
    for row in table.rows:
        row_x0, row_top, row_x1, row_bottom = row.bbox
        row_chars = [c for c in chars if row_x0 <= c.h_mid < row_x1 and row_top <= c.v_mid < row_bottom]
        cells = []
        for cell in row.cells:
            if cell is None:
                cells.append(None)
                continue
            cell_x0, cell_top, cell_x1, cell_bottom = cell
            inside = [c.as_dict() for c in row_chars
                      if cell_x0 <= c.h_mid < cell_x1 and cell_top <= c.v_mid < cell_bottom]
            cells.append(extract_text(inside) if inside else "")
        rows.append(cells)
    return rows


def _read_tables_with_pdfplumber(path: Path, page_numbers: list[int]) -> list[Table]:
    """pdfplumber's own parsing (50-250 ms a page), for the pages the fast path could not read."""
    if not page_numbers:
        return []
    import pdfplumber

    tables = []
    pdfminer_log = logging.getLogger("pdfminer")  # it logs every oddity of a damaged stream
    level = pdfminer_log.level
    pdfminer_log.setLevel(logging.ERROR)
    try:
        with pdfplumber.open(path, pages=page_numbers) as pdf:
            for page in pdf.pages:
                for found in page.find_tables(_TABLE_SETTINGS):
                    rows = [[_clean_cell(cell) for cell in row] for row in found.extract()]
                    if _is_real_table(rows):
                        tables.append(Table(rows=rows, page=page.page_number))
                page.close()
    except Exception as exc:  # noqa: BLE001 - see _read_tables
        log.warning("%s: table extraction failed (%s); tables omitted", path, type(exc).__name__)
    finally:
        pdfminer_log.setLevel(level)
    return tables


def _clean_cell(cell: str | None) -> str:
    return " ".join(_normalise_chars(cell or "").replace(_HYPHEN_MARK, "-").split())


def _is_real_table(rows: list[list[str]]) -> bool:
    """Two columns and two filled cells at least: a box around a paragraph is not a table."""
    columns = max((len(row) for row in rows), default=0)
    return columns >= 2 and sum(bool(cell) for row in rows for cell in row) >= 2


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
    number in a short line follows the page count ("Page 3 of 20", "3 | Acme MSA"): that second
    test keeps headings such as "ARTICLE 5" that merely start several pages.
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
        if repeated or (len(shape) <= 80 and _tracks_page(by_page, max(need, 3))):
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
