"""Is a PDF within what pdfium can read in bounded memory? Checked before pdfium sees it.

pdfium inflates a stream whole and builds every object a page draws before it returns a
character: a page whose content (or font program) inflates to 1.5 GB, a page of 3 million
text operators, or form XObjects that draw each other 2^30 times took 1.6-1.9 GB and aborted
(SIGABRT) under the review's memory cap (measured 2026-12-06). So this module measures,
streaming, without keeping what it inflates:

  - every Flate stream (images aside: text extraction never decodes them) inflates to at most
    MAX_STREAM_MB, and all of them together to at most MAX_INFLATED_MB;
  - each page draws at most MAX_PAGE_OBJECTS objects, counting what its content streams draw
    (a stream named twice in /Contents counts twice) and what the forms they draw draw, fan-out
    multiplied; a form that draws itself, directly or through others, is refused.

First from the raw bytes (`_quick`: each stream found by its keyword, inflated as its
dictionary says, its operators counted only where they could pass the limit; 0.15 ms of CPU
a page over the 68 dev CUAD PDFs, all of them settled so): that settles a file whose forms draw
nothing and whose /Contents arrays (written in a page, or an object of an object stream) name
streams it measured. Otherwise (forms that draw, encryption, LZW) pdfminer walks the objects
and page tree (pure Python: a hostile structure raises here instead of crashing), within
MAX_SECONDS of CPU; a file it cannot parse in time (a million-deep dictionary, which pdfium
reads in seconds) is left to pdfium, within the review's --max-memory and --timeout all the same.

Objects are estimated from operator letters (Tj, TJ, ', ", Do, f, F, S, B, b, n, sh, EI) in
content streams and forms: it over-counts (a font name, an 'n' in a string), never
under-counts by much, and a legitimate page draws thousands, not a million (pdfium took 350-550
bytes an object: a million is some 500 MB). LZW streams are not measured (left to the bounds).
"""

from __future__ import annotations

import functools
import io
import re
import signal
import threading
import zlib
from collections import Counter
from contextlib import contextmanager

MAX_STREAM_MB = 128
MAX_INFLATED_MB = 1024
MAX_PAGE_OBJECTS = 1_000_000
MAX_SECONDS = 4.0  # CPU seconds for pdfminer's walk of the file, when the raw scan cannot tell (forms that draw)
_CHUNK = 1 << 20
_OPERATOR_LETTERS = (b"Tj", b"TJ", b"'", b'"', b"Do", b"f", b"F", b"S", b"B", b"b", b"n", b"sh", b"EI")
_DRAWN = re.compile(rb"/([^\s/\[\]<>(){}%]+)\s*Do(?![^\s/\[\]<>(){}%])")
_FLATE = {"FlateDecode", "Fl"}
_BOMB = "a zip bomb, or far larger than any contract"


class TooBig(Exception):
    """Why the PDF is refused: the words of a one-line error."""


def problem(data: bytes) -> str | None:
    """Why pdfium must not read ``data`` (a zip bomb, a page that draws millions of objects,
    forms that draw each other); None when it is within bounds, or when pdfminer cannot tell
    within MAX_SECONDS of CPU (millions of tiny objects, which pdfium reads in seconds)."""
    try:
        if _quick(data):
            return None
    except TooBig as refused:
        return str(refused)
    except Exception:  # noqa: BLE001 - the raw scan could not tell: the walk decides
        pass
    try:
        with _deadline(MAX_SECONDS):
            _check(data)
    except TooBig as refused:
        return str(refused)
    except Exception:  # noqa: BLE001 - pdfminer cannot parse it (RecursionError included), or too slowly
        return None
    return None


class _OutOfTime(Exception):
    pass


@contextmanager
def _deadline(seconds: float):
    """Raise _OutOfTime in this code after ``seconds`` of this process's CPU time (SIGVTALRM, so a
    busy machine does not shorten it; the main thread only: a Dask worker's thread has none)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise _OutOfTime

    previous = signal.signal(signal.SIGVTALRM, expire)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


class _Scan:
    """What each stream inflates to and draws, measured once."""

    def __init__(self):
        self.inflated = 0
        self.kept = b""
        self.seen: dict[int, tuple[int, int, Counter]] = {}  # id(stream) -> (bytes, objects, names drawn)

    def stream(self, stream) -> tuple[int, int, Counter]:
        key = id(stream)
        if key not in self.seen:
            self.seen[key] = self._measure(stream)
        return self.seen[key]

    def _measure(self, stream) -> tuple[int, int, Counter]:
        from pdfminer.psparser import LIT

        filters = [f.name if hasattr(f, "name") else str(f) for f, _ in stream.get_filters()]
        if any(name not in _FLATE for name in filters) or stream.get("Subtype") is LIT("Image"):
            return 0, 0, Counter()  # images are not decoded to read text; other filters barely expand
        raw = stream.rawdata
        if raw is None:
            return 0, 0, Counter()
        if stream.decipher:
            raw = stream.decipher(stream.objid, stream.genno, raw, stream.attrs)
        return self.measure(raw, len(filters), stream.objid)

    def measure(self, raw: bytes, layers: int, objid, keep: bool = False, start: int = 0, count: bool = True,
                draws: bool = True) -> tuple[int, int, Counter]:
        """What ``raw[start:]`` inflates to through ``layers`` Flate layers: (bytes, objects,
        names drawn); ``keep``: also keep the inflated bytes in ``self.kept`` (an object stream's
        objects); objects counted only when ``count``, names drawn only when ``draws``."""
        size, objects, drawn = 0, 0, Counter()
        kept = [] if keep else None
        for chunk in _inflate(memoryview(raw)[start:], layers):
            if isinstance(chunk, memoryview) and (count or draws or keep):
                chunk = bytes(chunk)
            size += len(chunk)
            self.inflated += len(chunk)
            if size > MAX_STREAM_MB << 20:
                raise TooBig(f"a stream of the PDF inflates to more than {MAX_STREAM_MB} MB (object {objid}): {_BOMB}")
            if self.inflated > MAX_INFLATED_MB << 20:
                raise TooBig(f"the PDF's streams inflate to more than {MAX_INFLATED_MB:,} MB in all: {_BOMB}")
            if count:
                objects += _operators(chunk)
            if draws:
                drawn.update(_DRAWN.findall(chunk))
            if kept is not None:
                kept.append(chunk)
        self.kept = b"".join(kept) if kept else b""
        return size, objects, drawn


def _operators(chunk: bytes) -> int:
    """The operator letters of _OPERATOR_LETTERS in ``chunk``: the one-byte ones in one pass.
    At most len(chunk): a two-byte operator shares no letter with another or with a one-byte one."""
    return len(chunk.translate(None, _NOT_ONE_BYTE_OPERATORS)) + sum(chunk.count(op) for op in _TWO_BYTE_OPERATORS)


_ONE_BYTE_OPERATORS = b"".join(op for op in _OPERATOR_LETTERS if len(op) == 1)
_NOT_ONE_BYTE_OPERATORS = bytes(b for b in range(256) if b not in _ONE_BYTE_OPERATORS)
_TWO_BYTE_OPERATORS = [op for op in _OPERATOR_LETTERS if len(op) == 2]


def _inflate(raw, layers: int):
    """The chunks ``raw`` (bytes or a memoryview) inflates to through ``layers`` Flate layers,
    never more than _CHUNK bytes at once. A damaged stream ends where zlib stops (pdfium reads
    as far, too)."""
    if layers == 0:
        for at in range(0, len(raw), _CHUNK):
            yield raw[at:at + _CHUNK]
        return
    inflater = zlib.decompressobj()
    try:
        for piece in _inflate(raw, layers - 1):
            while piece:
                out = inflater.decompress(piece, _CHUNK)
                if out:
                    yield out
                piece = inflater.unconsumed_tail
                if inflater.eof:
                    return
    except zlib.error:
        return


_STREAM = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_OBJ = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_CONTENTS_ARRAY = re.compile(rb"/Contents\s*\[([^\]]*)\]")
_REFERENCE = re.compile(rb"(\d+)\s+\d+\s+R")
_CONTENTS_REF = re.compile(rb"/Contents\s*(\d+)\s+\d+\s+R")
_OTHER_FILTERS = re.compile(rb"/(?:LZWDecode|LZW|RunLengthDecode|RL|Crypt)\b")
_IMAGE_FILTERS = re.compile(rb"/(?:DCTDecode|DCT|JPXDecode|CCITTFaxDecode|CCF|JBIG2Decode)\b")


def _quick(data: bytes) -> bool:
    """The check at C speed, from the raw bytes: every stream found by its keyword, inflated as
    its dictionary's Flate layers say, measured and its operators counted. True when that
    settles it: no form draws an XObject (so nothing multiplies), every /Contents array is
    short enough that its streams together stay under MAX_PAGE_OBJECTS, and nothing is encrypted
    or filtered otherwise. False when the page tree must be walked (_check). Raises TooBig."""
    if b"/Encrypt" in data:
        return False
    scan = _Scan()
    measured: dict[int, tuple[int, object]] = {}  # object number -> (bytes, a call that counts its objects)
    stored: dict[int, list[bytes | None]] = {}  # object number -> its arrays in object streams (None: no array)
    numbered = functools.cache(lambda: {int(n) for n in _OBJ.findall(data)})  # the objects the file itself writes
    texts = [data]
    for match in _STREAM.finditer(data):
        opened = _opened(data, match.start())
        if opened is None:
            return False
        dictionary = data[opened.end():match.start()]
        number = int(opened.group(1))
        if b"/Image" in dictionary or _IMAGE_FILTERS.search(dictionary):
            measured[number] = (0, int)  # int() is 0: it draws nothing
            continue
        if _OTHER_FILTERS.search(dictionary):
            return False
        layers = dictionary.count(b"/FlateDecode") + len(re.findall(rb"/Fl\b", dictionary))
        form = b"/Form" in dictionary
        # a font program, an object stream, metadata draws nothing (content has no /Type): only its size counts
        content = form or not (b"/Subtype" in dictionary or b"/Type" in dictionary)
        size, _, drawn = scan.measure(data, layers, number, keep=b"/ObjStm" in dictionary, start=match.end(),
                                      count=False, draws=form)
        if drawn:
            return False  # a form that draws: the graph decides
        # a stream draws at most one object a byte (see _operators): counted only where that could pass the limit
        objects = functools.cache(lambda at=match.end(), layers=layers, number=number: _Scan().measure(
            data, layers, number, start=at, draws=False)[1]) if content else int
        if size > MAX_PAGE_OBJECTS and objects() > MAX_PAGE_OBJECTS:
            raise TooBig(f"a content stream of the PDF draws more than {MAX_PAGE_OBJECTS:,} objects (object "
                         f"{number}): too many to read")
        measured[number] = (size, objects)
        if scan.kept:
            texts.append(scan.kept)
            for held, array in _stored(scan.kept, dictionary):
                stored.setdefault(held, []).append(array)
    for text in texts:  # the file, and the objects of its object streams
        arrays = _CONTENTS_ARRAY.findall(text)
        for number in map(int, _CONTENTS_REF.findall(text)):
            if number in measured and number not in stored:
                continue
            held = stored.get(number, [None])  # an array object of an object stream, held there once, nowhere else
            if len(held) > 1 or held[0] is None or number in numbered():
                return False  # /Contents names an object the raw scan cannot settle
            arrays.append(held[0])
        for array in arrays:
            parts = [measured.get(int(n)) for n in _REFERENCE.findall(array)]
            if None in parts:
                return False
            if sum(size for size, _ in parts) > MAX_STREAM_MB << 20:
                raise TooBig(f"a page of the PDF draws more than {MAX_STREAM_MB} MB of content: {_BOMB}")
            if sum(size for size, _ in parts) > MAX_PAGE_OBJECTS and sum(
                    objects() for _, objects in parts) > MAX_PAGE_OBJECTS:
                raise TooBig(f"a page of the PDF draws more than {MAX_PAGE_OBJECTS:,} objects: too many to read")
    return True


_FIRST = re.compile(rb"/First\s+(\d+)")
_ARRAY = re.compile(rb"\s*\[([^\]\[]*)\]")


def _stored(kept: bytes, dictionary: bytes):
    """(number, its array's body, None when it is no array of references) of each object of an
    object stream (``kept``: inflated), as its header of number-offset pairs lists them."""
    first = _FIRST.search(dictionary)
    if first is None:
        return
    first = int(first.group(1))
    header = re.findall(rb"\d+", kept[:first])
    for number, offset in zip(header[0::2], header[1::2]):
        array = _ARRAY.match(kept, first + int(offset))
        yield int(number), array.group(1) if array else None


def _opened(data: bytes, stream: int) -> re.Match | None:
    """The last 'N G obj' in the 4096 bytes before the stream keyword at ``stream``: the one
    that ends at the last 'obj', found in the 64 bytes before it; the whole 4096 searched only
    when that does not settle it."""
    low = max(0, stream - 4096)
    at = data.rfind(b"obj", low, stream)
    if at < 0:
        return None
    window = max(low, at - 64)
    opened = None
    for opened in _OBJ.finditer(data, window, stream):
        pass
    if opened is not None and opened.end() == at + 3 and (opened.start() > window or window == low):
        return opened
    for opened in _OBJ.finditer(data, low, stream):
        pass
    return opened


def _check(data: bytes) -> None:
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream

    document = PDFDocument(PDFParser(io.BytesIO(data)))
    scan = _Scan()
    for xref in document.xrefs:
        for objid in xref.get_objids():
            try:
                obj = document.getobj(objid)
            except Exception:  # noqa: BLE001 - a missing or damaged object: pdfium judges it
                continue
            if isinstance(obj, PDFStream):
                scan.stream(obj)
    _check_pages(document, scan)


def _check_pages(document, scan: _Scan) -> None:
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import PDFStream, resolve1

    for number, page in enumerate(PDFPage.create_pages(document), 1):
        listed = page.contents if isinstance(page.contents, list) else [page.contents]
        contents = [s for s in map(resolve1, listed) if isinstance(s, PDFStream)]
        size = sum(scan.stream(s)[0] for s in contents)
        if size > MAX_STREAM_MB << 20:
            raise TooBig(f"page {number} of the PDF draws more than {MAX_STREAM_MB} MB of content: {_BOMB}")
        objects = _draws(contents, page.resources, scan, {}, ())
        if objects > MAX_PAGE_OBJECTS:
            raise TooBig(f"page {number} of the PDF draws more than {MAX_PAGE_OBJECTS:,} objects (forms drawing "
                         f"forms, or millions of operators): too many to read")


def _draws(streams, resources, scan: _Scan, forms: dict, stack: tuple) -> int:
    """The objects ``streams`` draw with ``resources``, forms included (fan-out multiplied)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    total = 0
    xobjects = resolve1((resources or {}).get("XObject")) if isinstance(resources, dict) else None
    for stream in streams:
        _, objects, drawn = scan.stream(stream)
        total += objects
        if not drawn or not isinstance(xobjects, dict):
            continue
        for name, times in drawn.items():
            target = resolve1(xobjects.get(name.decode("latin-1")))
            if not isinstance(target, PDFStream) or getattr(target.get("Subtype"), "name", None) != "Form":
                continue
            if id(target) in stack:
                raise TooBig("the PDF's forms draw each other in a loop (a form that draws itself): too many "
                             "objects to read")
            if id(target) not in forms:
                own = resolve1(target.get("Resources")) or resources
                forms[id(target)] = _draws([target], own, scan, forms, stack + (id(target),))
            total += times * forms[id(target)]
            if total > MAX_PAGE_OBJECTS:
                return total
    return total
