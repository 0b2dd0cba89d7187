"""A ruled table on a PDF page read as rows, one line a row, cells joined by " | " (the DOCX
reader's form), a wrapped cell's lines joined into one.

pdfium's text runs across a page line by line, so a table whose cells wrap gives their lines
interleaved ("Priorit / y / Description Response (Contractor ...") and a column's figures float
into the sentences beside them. Here the page's ruling lines (path objects: thin rectangles,
lines, or each cell's outline) give the grid: rulings that cross form one table; its rows are the
bands between its horizontal rulings, a row's cells the spaces between the vertical rulings that
cross the band. A grid counts as a table only when at least two rows have two or more cells
holding text; a framed paragraph, a box around a signature or an underline is left alone, and so
is every page without rulings (paragraphs, two-column layouts, hanging indents read as before).
Each character's box places it in a cell; the table's lines replace its characters in the page's
text where its first character stood.
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_right
from collections import Counter

import pypdfium2.raw as pdfium_c

_THIN = 3.0  # points: a path thinner than this is a ruling line
_SNAP = 2.5  # points: rulings this close are one
_MAX_PATHS = 3000  # a page drawing more paths is a drawing, not a form with tables
_MAX_OBJECTS = 20000  # a page of more objects is not searched (the cost stays a page's reading)


def table_rows(page, textpage, text: str) -> str:
    """`text` (the page's text layer) with each ruled table's characters given as rows."""
    grids = _grids(page)
    if not grids:
        return text
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    if count != len(text):  # a character outside the BMP: positions do not map; read as before
        return text
    return _rewrite(textpage.raw, text, grids)


# --- rulings ------------------------------------------------------------------------------


def _rulings(page) -> tuple[list, list]:
    """Horizontal (y, x0, x1) and vertical (x, y0, y1) rulings the page draws."""
    raw = page.raw
    n = pdfium_c.FPDFPage_CountObjects(raw)
    if n <= 0 or n > _MAX_OBJECTS:
        return [], []
    path_type = pdfium_c.FPDF_PAGEOBJ_PATH
    get_object, get_type = pdfium_c.FPDFPage_GetObject, pdfium_c.FPDFPageObj_GetType
    paths = [obj for obj in (get_object(raw, i) for i in range(n)) if get_type(obj) == path_type]
    if not paths or len(paths) > _MAX_PATHS:
        return [], []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    horizontal, vertical = [], []
    for obj in paths:
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        l, b, r, t = left.value, bottom.value, right.value, top.value
        w, h = r - l, t - b
        if h <= _THIN and w > _THIN:
            horizontal.append(((b + t) / 2, l, r))
        elif w <= _THIN and h > _THIN:
            vertical.append(((l + r) / 2, b, t))
        elif w > _THIN and h > _THIN:
            segments = pdfium_c.FPDFPath_CountSegments(obj)
            if segments <= 6:  # a box: its four sides
                horizontal += [(b, l, r), (t, l, r)]
                vertical += [(l, b, t), (r, b, t)]
            elif segments <= _MAX_SEGMENTS:  # every rule of a grid in one path
                _straight_segments(obj, segments, horizontal, vertical)
    return horizontal, vertical


_MAX_SEGMENTS = 400
_LINETO, _BEZIER = pdfium_c.FPDF_SEGMENT_LINETO, pdfium_c.FPDF_SEGMENT_BEZIERTO


def _straight_segments(obj, count: int, horizontal: list, vertical: list) -> None:
    """The level and upright straight segments of one path, in page space."""
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, m):
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    current = start = None
    for k in range(count):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, k)
        if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            return
        point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        ends = [point]
        if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
            ends.append(start)
        if kind == _LINETO and current is not None:
            for end in ends:
                (x0, y0), (x1, y1) = current, end
                if abs(y1 - y0) <= 0.5 and abs(x1 - x0) > _THIN:
                    horizontal.append((y0, min(x0, x1), max(x0, x1)))
                elif abs(x1 - x0) <= 0.5 and abs(y1 - y0) > _THIN:
                    vertical.append((x0, min(y0, y1), max(y0, y1)))
                current = end
            continue
        if kind != _BEZIER:  # a move starts a sub-path
            start = point
        current = point


def _grids(page) -> list[tuple]:
    """Each set of crossing rulings with at least two rows and two columns: (bbox, row edges,
    vertical rulings)."""
    horizontal, vertical = _rulings(page)
    if len(horizontal) < 3 or len(vertical) < 3:
        return []
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for hi, (y, x0, x1) in enumerate(horizontal):
        for vi, (x, y0, y1) in enumerate(vertical):
            if x0 - _SNAP <= x <= x1 + _SNAP and y0 - _SNAP <= y <= y1 + _SNAP:
                parent[find(hi)] = find(len(horizontal) + vi)
    groups: dict[int, tuple[list, list]] = {}
    for hi, rule in enumerate(horizontal):
        groups.setdefault(find(hi), ([], []))[0].append(rule)
    for vi, rule in enumerate(vertical):
        groups.setdefault(find(len(horizontal) + vi), ([], []))[1].append(rule)
    grids = []
    for hs, vs in groups.values():
        ys = _snap([y for y, _, _ in hs])
        if len(ys) < 3 or len(_snap([x for x, _, _ in vs])) < 3:
            continue
        bbox = (min(x0 for _, x0, _ in hs), ys[0], max(x1 for _, _, x1 in hs), ys[-1])
        grids.append((bbox, ys, vs))
    return grids


def _snap(values: list[float]) -> list[float]:
    """Distinct positions, rising; values within _SNAP of the last kept one are the same."""
    kept: list[float] = []
    for v in sorted(values):
        if not kept or v - kept[-1] > _SNAP:
            kept.append(v)
    return kept


def _columns(ys: list[float], vs: list, band: int) -> list[float]:
    """The x of each vertical ruling crossing the middle of row band `band`."""
    middle = (ys[band] + ys[band + 1]) / 2
    return _snap([x for x, y0, y1 in vs if y0 - _SNAP < middle < y1 + _SNAP])


# --- characters into cells ----------------------------------------------------------------


def _rewrite(raw_textpage, text: str, grids: list[tuple]) -> str:
    cells: dict[tuple, list[int]] = {}  # (grid, band, column) -> character indices
    boxes: dict[int, tuple] = {}
    columns: dict[tuple, list[float]] = {}
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    get_box, generated = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_IsGenerated
    for i, ch in enumerate(text):
        if ch in "\r\n" or generated(raw_textpage, i) == 1:
            continue
        if not get_box(raw_textpage, i, left, right, bottom, top):
            continue
        x, y = (left.value + right.value) / 2, (bottom.value + top.value) / 2
        for g, ((gx0, gy0, gx1, gy1), ys, vs) in enumerate(grids):
            if not (gx0 <= x <= gx1 and gy0 <= y <= gy1):
                continue
            band = min(bisect_right(ys, y) - 1, len(ys) - 2)
            key = (g, band)
            if key not in columns:
                columns[key] = _columns(ys, vs, band)
            xs = columns[key]
            column = bisect_right(xs, x) - 1
            if 0 <= column < len(xs) - 1:
                cells.setdefault((g, band, column), []).append(i)
                boxes[i] = (left.value, right.value, bottom.value, top.value)
            break
    tables = _tables(cells, columns)
    if not tables:
        return text
    taken = {i for g in tables for key in tables[g] for i in cells[key]}
    words = set(re.findall(r"[a-z]+", text.lower()))
    inserts = {}
    for g, keys in tables.items():
        rows: dict[int, dict[int, str]] = {}
        for key in keys:
            _, band, column = key
            xs = columns[(g, band)]
            rows.setdefault(band, {})[column] = _cell_text(text, cells[key], boxes, xs[column + 1], words)
        lines = []
        for band in sorted(rows, reverse=True):  # PDF y rises upwards: the top row first
            row = rows[band]
            width = len(columns[(g, band)]) - 1
            lines.append(" | ".join(row.get(c, "") for c in range(width)))
        first = min(i for key in keys for i in cells[key])
        inserts[first] = "\n" + "\n".join(lines) + "\n"
    out = []
    for i, ch in enumerate(text):
        if i in inserts:
            out.append(inserts[i])
        if i not in taken:
            out.append(ch)
    return "".join(out)


def _tables(cells: dict, columns: dict) -> dict[int, list[tuple]]:
    """Grid -> its filled cells, for grids with two or more rows of two or more filled cells."""
    by_grid: dict[int, list[tuple]] = {}
    for key in cells:
        by_grid.setdefault(key[0], []).append(key)
    return {g: keys for g, keys in by_grid.items() if sum(n >= 2 for n in Counter(band for _, band, _ in keys).values()) >= 2}


def _cell_text(text: str, indices: list[int], boxes: dict, cell_right: float, words: set[str]) -> str:
    """A cell's characters in reading order, its lines joined by a space; a word the cell's
    width broke without a hyphen ('Priorit' / 'y') joined whole when the page uses it whole."""
    parts: list[str] = []
    prev = None
    for i in indices:
        ch = text[i]
        if prev is not None:
            gap = text[prev + 1:i]
            here, before = boxes[i], boxes[prev]
            new_line = "\n" in gap or (here[1] <= before[0] and (here[2] + here[3]) / 2 < before[2])
            if new_line:
                parts.append(" " if not _broken_word(text, parts, i, boxes, prev, cell_right, words) else "")
            elif gap.strip() == "" and gap:
                parts.append(" ")
        parts.append(ch)
        prev = i
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _broken_word(text, parts, i, boxes, prev, cell_right, words) -> bool:
    """Whether the line ending at `prev` broke a word in two: it ends in a letter, so close to
    the cell's right edge that the next line's first letter did not fit, and the two halves
    make a word the page uses."""
    if not (text[prev].isalpha() and text[i].isalpha()):
        return False
    width = boxes[i][1] - boxes[i][0]
    if cell_right - boxes[prev][1] > width + 4.0:  # room for the letter (and the cell's padding)
        return False
    head = re.search(r"[A-Za-z]+$", "".join(parts))
    tail = re.match(r"[A-Za-z]+", text[i:])
    return bool(head and tail) and (head.group() + tail.group()).lower() in words
