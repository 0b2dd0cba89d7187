"""Word (.docx) ingester: body text in reading order, Word's list numbers rebuilt, heading hints.

The text has one line per non-empty paragraph (a paragraph that is no heading keeps its soft line
breaks: an address, a signature block, clauses typed one under the other) and one line per table row
(cells joined by " | ").
Headers, footers, footnotes and comments live in other parts of the package and are never read;
text boxes and content controls in the body are read where they stand.

Word does not store list numbers in the text: "4.2" exists only as counters in numbering.xml,
so they are recomputed here and prefixed to the paragraph's line ("4.2 Response Times").
Bullets get no prefix. Empty paragraphs are dropped and take no number.

Heading hints (level: Heading N -> N, Title -> 1, other numbered paragraphs -> list level + 1):
- a paragraph in a heading style (or with an outline level) is a heading, numbered or not;
- a numbered paragraph is one when it is short and heading-like ("4.2 Response Times");
- in both, a run-in title ("4.2 Response Times. The Provider shall ...") gives a heading whose
  span ends after "Times.", so the clause's text stays in the section body;
- a heading-style clause with no title ("7.1 Provider makes no guarantees ...") is a heading
  without a title whose span is the number: the author outlined it, and clauses are cited by number;
- a short all-bold/underlined or all-caps paragraph is one too, but only next to the above:
  a document with no heading styles and no list numbering gets headings=None, so that the
  document builder finds its headings in the text, as it does for plain text.
Paragraphs in tables are never headings. In a document with headings, the clauses typed into its other
paragraphs ("5.2 The Supplier shall ...": numbers Word knows only as text) are read off the text as in a
plain-text or Markdown file (`Extracted.plain`, read by sections.typed_clauses), so that the same
contract has the same sections in each format.

Each line records its source paragraph (a table row: the first paragraph of the row that shows
text) as a `ParagraphSpan`, so that a finding's offsets lead back to the paragraph to comment on.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx

from checker.errors import InputError
from checker.model import SMALL_WORDS, Extracted, HeadingHint, ParagraphSpan, Table

NOT_DOCX = "not a readable Word document (.docx): the file is damaged or not a DOCX"

# What a DOCX may unpack to, checked from the zip's directory before python-docx reads a part
# (Python's zipfile never inflates a member past the size its directory declares, so a
# directory that lies gets a damaged-file error, not memory). python-docx holds every part in
# memory and lxml builds a tree of every XML part: measured 2026-12-06, a document.xml of
# 2 million elements peaks at 733 MB and takes 51 s; 1.5 million elements is some 3,000 pages
# of Word paragraphs (a Word paragraph is 8-15 elements), as MAX_TEXT is.
MAX_PARTS = 10_000
MAX_PART_MB = 128
MAX_PACKAGE_MB = 256
MAX_XML_ELEMENTS = 1_500_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# What Word does not show as text: deleted or moved-away revisions, field codes, property
# blocks, note and comment marks, and the VML fallback copy of a text box (mc:Choice is read).
_SKIP = {
    _W + t
    for t in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "instrText", "delText", "delInstrText",
              "footnoteReference", "endnoteReference", "commentReference", "annotationRef")
} | {_MC + "Fallback"}

_TYPED_NUMBER = re.compile(
    r"((?i:Section|Article|Clause|Schedule|Exhibit|Annex|Appendix|Part)\s+[0-9A-Z]+(?:\.\d+)*"
    r"|\d{1,3}(?:\.\d{1,3})*)[.:)]?\s+(?:[-\u2013\u2014:]\s+)?"  # "Article 1 \u2013 Purpose": the dash is no title
)
_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "llc", "no", "nos", "mr", "ms", "mrs", "dr", "st", "vs", "etc"}
# zero-width spaces and joiners, BOM, soft hyphen: invisible in Word, but they split words
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_MAX_HEADING_WORDS = 12
_MAX_RUN_IN_WORDS = 10


def extract(path: Path, data: bytes) -> Extracted:
    """Read a .docx from the bytes load_document read (the input is never opened for writing);
    raises InputError (never anything else) when it cannot be used."""
    # An old binary .doc (OLE2) or anything else that is not a zip stops here.
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(path, NOT_DOCX)
    try:
        too_big = _too_big(data)
    except Exception:  # zipfile raises many types on a damaged directory
        raise InputError(path, NOT_DOCX) from None
    if too_big:
        raise InputError(path, too_big)
    try:
        walker = _Walker(docx.Document(io.BytesIO(data)))
        walker.blocks(walker.body, in_table=False)
    except Exception:  # python-docx, zipfile and lxml raise many types on a damaged package
        raise InputError(path, NOT_DOCX) from None
    text = "\n".join(walker.lines)  # load_document refuses a document without text
    structured = any(structural for _, structural in walker.headings)
    headings = [hint for hint, _ in walker.headings] if structured else None
    return Extracted(text=text, tables=walker.tables, headings=headings, paragraphs=walker.spans,
                     plain=walker.plain if structured else [])


def _too_big(data: bytes) -> str | None:
    """Why the package is too large to read (a zip bomb, or a document far past any contract),
    from the sizes its directory declares and the elements its XML parts hold; None if it is not."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = package.infolist()
        if len(parts) > MAX_PARTS:
            return f"the Word package holds {len(parts):,} parts (the limit is {MAX_PARTS:,})"
        for part in parts:
            if part.file_size > MAX_PART_MB << 20:
                return (f"{part.filename} unpacks to {part.file_size >> 20:,} MB (the limit is {MAX_PART_MB} MB a "
                        f"part): a zip bomb, or far larger than any contract")
        total = sum(part.file_size for part in parts)
        if total > MAX_PACKAGE_MB << 20:
            return (f"the Word package unpacks to {total >> 20:,} MB (the limit is {MAX_PACKAGE_MB} MB): a zip bomb, "
                    f"or far larger than any contract")
        elements = 0
        for part in parts:
            if not part.filename.endswith((".xml", ".rels")):
                continue
            with package.open(part) as stream:
                while chunk := stream.read(1 << 20):
                    elements += chunk.count(b"<")
            if elements > MAX_XML_ELEMENTS:
                return (f"the document holds more than {MAX_XML_ELEMENTS:,} XML elements (some 3,000 pages of "
                        f"Word paragraphs); split it into smaller files")
    return None


# ---------------------------------------------------------------- numbering


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart; None: restart after any higher level
    legal: bool = False  # w:isLgl: every level shown as a decimal ("Article II" below -> "2.1")
    style: str | None = None  # w:pStyle: the paragraph style bound to this level


def _val(el, tag: str, default=None):
    child = el.find(_W + tag) if el is not None else None
    return default if child is None else child.get(_W + "val", default)


def _int(value, default):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _on(el) -> bool:
    return el is not None and el.get(_W + "val", "true") not in ("0", "false", "off", "none")


def _read_level(lvl, start=None) -> _Level:
    restart = _val(lvl, "lvlRestart")
    return _Level(
        start=_int(start if start is not None else _val(lvl, "start"), 1),
        fmt=_val(lvl, "numFmt", "decimal"),
        text=_val(lvl, "lvlText", ""),
        restart=None if restart is None else _int(restart, None),
        legal=_on(lvl.find(_W + "isLgl")),
        style=_val(lvl, "pStyle"),
    )


class _Numbering:
    """Word's list counters. They belong to the abstract list, so several w:num sharing one
    abstractNum continue one another; a w:num with a startOverride restarts when first used."""

    def __init__(self, numbering_el, styles: _Styles):
        self.styles = styles
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}  # abstractNum -> list style that holds its levels
        self.nums: dict[str, str] = {}  # numId -> abstractNumId
        self.overrides: dict[str, dict[int, _Level | int]] = {}  # numId -> ilvl -> level or start
        self.counters: dict[str, list[int | None]] = {}  # abstractNumId -> value per level
        self.seen: set[str] = set()
        if numbering_el is None:
            return
        for an in numbering_el.findall(_W + "abstractNum"):
            aid = an.get(_W + "abstractNumId")
            self.abstract[aid] = {_int(lv.get(_W + "ilvl"), 0): _read_level(lv) for lv in an.findall(_W + "lvl")}
            if _val(an, "numStyleLink"):
                self.style_link[aid] = _val(an, "numStyleLink")
        for num in numbering_el.findall(_W + "num"):
            nid = num.get(_W + "numId")
            self.nums[nid] = _val(num, "abstractNumId")
            for lo in num.findall(_W + "lvlOverride"):
                lvl, start = lo.find(_W + "lvl"), _val(lo, "startOverride")
                if lvl is None and start is None:
                    continue
                override = _read_level(lvl, start) if lvl is not None else _int(start, 1)
                self.overrides.setdefault(nid, {})[_int(lo.get(_W + "ilvl"), 0)] = override

    def abstract_id(self, num_id: str) -> str | None:
        aid = self.nums.get(num_id)
        if aid in self.style_link:  # numbering of a list style: its levels are in the style's list
            aid = self.nums.get(self.styles.num_pr(self.style_link[aid])[0], aid)
        return aid if aid in self.abstract else None

    def level(self, num_id: str, aid: str, ilvl: int) -> _Level:
        level = self.abstract[aid].get(ilvl, _Level())
        override = self.overrides.get(num_id, {}).get(ilvl)
        if isinstance(override, _Level):
            return override
        if isinstance(override, int):
            return _Level(override, level.fmt, level.text, level.restart, level.legal, level.style)
        return level

    def level_for_style(self, num_id: str, style_id: str | None) -> int:
        """A style that names a list but not a level gets the level bound to it by w:pStyle."""
        return next((ilvl for ilvl, level in self.abstract.get(self.abstract_id(num_id), {}).items()
                     if style_id and level.style == style_id), 0)

    def next(self, num_id: str, ilvl: int) -> tuple[str, bool]:
        """Count one more paragraph in the list; return (its rendered number, is_bullet)."""
        aid = self.abstract_id(num_id)
        if aid is None:
            return "", False
        ilvl = max(0, min(ilvl, 8))
        counters = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.seen:
            self.seen.add(num_id)
            for over in self.overrides.get(num_id, {}):
                if 0 <= over < 9:
                    counters[over] = None
        current = counters[ilvl]
        counters[ilvl] = self.level(num_id, aid, ilvl).start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            restart = self.level(num_id, aid, deeper).restart
            if restart == 0:
                continue  # "never restart"
            after = deeper if restart is None or restart > deeper else restart  # 1-based level
            if ilvl < after:
                counters[deeper] = None
        level = self.level(num_id, aid, ilvl)
        if level.fmt == "bullet":
            return "", True

        def render(match):
            k = int(match.group(1)) - 1
            if k > ilvl:
                return ""
            lv = self.level(num_id, aid, k)
            value = lv.start if counters[k] is None else counters[k]  # a skipped level shows its start
            return _format(value, "decimal" if level.legal else lv.fmt)

        return re.sub(r"%([1-9])", render, level.text).strip(), False


def _format(n: int, fmt: str) -> str:
    if fmt == "none":
        return ""
    if fmt in ("lowerLetter", "upperLetter") and n > 0:
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # a..z, aa, bb, ...
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero" and 0 <= n < 10:
        return f"0{n}"
    return str(n)  # decimal, and the formats we do not render (ordinalText, chineseCounting, ...)


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out += letters * count
    return out


# ---------------------------------------------------------------- styles


class _Styles:
    def __init__(self, styles_el):
        self.by_id = {}
        self.default = None
        for st in styles_el.findall(_W + "style"):
            self.by_id[st.get(_W + "styleId")] = st
            if st.get(_W + "type") == "paragraph" and st.get(_W + "default") in ("1", "true", "on"):
                self.default = st.get(_W + "styleId")

    def _chain(self, style_id):
        seen = set()
        while style_id in self.by_id and style_id not in seen:
            seen.add(style_id)
            yield self.by_id[style_id]
            style_id = _val(self.by_id[style_id], "basedOn")

    def num_pr(self, style_id) -> tuple[str | None, int | None]:
        """(numId, ilvl) a paragraph style gives its paragraphs, through basedOn."""
        num_id = ilvl = None
        for st in self._chain(style_id):
            num_pr = st.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                num_id = num_id if num_id is not None else _val(num_pr, "numId")
                ilvl = ilvl if ilvl is not None else _val(num_pr, "ilvl")
        return num_id, None if ilvl is None else _int(ilvl, 0)

    def heading_level(self, style_id) -> int | None:
        """1-based heading level of a style: by its name (heading N), else its outline level; 0 for Title, the
        document's title above its Heading 1s, as a Markdown '# Title' holds its '## 1. Purpose'."""
        if style_id not in self.by_id:
            return None
        name = (_val(self.by_id[style_id], "name") or "").strip().lower()
        if m := re.fullmatch(r"heading\s*([1-9])", name):
            return int(m.group(1))
        if name == "title":
            return 0
        for st in self._chain(style_id):
            outline = _int(_val(st.find(_W + "pPr"), "outlineLvl"), None)
            if outline is not None:
                return outline + 1 if 0 <= outline < 9 else None  # 9 is "body text"
        return None


# ---------------------------------------------------------------- body


class _Walker:
    def __init__(self, document):
        self.body = document.element.body
        self.styles = _Styles(document.styles.element)
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # no numbering part: a document without lists
            numbering = None
        self.numbering = _Numbering(numbering, self.styles)
        self.lines: list[str] = []
        self.tables: list[Table] = []
        self.headings: list[tuple[HeadingHint, bool]] = []  # (hint, from a style or Word numbering)
        self.offset = 0
        # every line's source paragraph, by its position among the body's w:p elements, so that
        # checker/annotate.py can find it again in a fresh parse of the same file
        self.paragraph_index = {p: i for i, p in enumerate(self.body.iter(_W + "p"))}
        self.spans: list[ParagraphSpan] = []
        self.plain: list[tuple[int, int]] = []  # body lines that are no heading: their clauses are typed text

    def emit(self, line: str, p=None) -> int:
        start = self.offset
        self.lines.append(line)
        self.offset += len(line) + 1
        if p is not None and p in self.paragraph_index:
            self.spans.append(ParagraphSpan(start, start + len(line), self.paragraph_index[p]))
        return start

    def blocks(self, container, in_table: bool) -> list[str]:
        """Paragraphs and tables in document order. Body lines are emitted; lines inside a table
        are returned for the caller to put in its cell."""
        lines = []
        for child in container.iterchildren():
            if child.tag == _W + "p":
                lines += self.paragraph(child, in_table)
            elif child.tag == _W + "tbl":
                lines += self.table(child, in_table)
            elif (content := _content(child)) is not None:
                lines += self.blocks(content, in_table)
        return lines

    def paragraph(self, p, in_table: bool) -> list[str]:
        segments, boxes = [], []
        _runs(p, segments, boxes)
        segments = [(text.translate(_INVISIBLE), emph) for text, emph in segments]
        raw = "".join(text for text, _ in segments)
        body = " ".join(raw.split())
        lines = []
        if body:
            number, bullet, style_id, ilvl = self.number(p)
            prefix = f"{number} " if number else ""
            lines.append(prefix + body)
            if not in_table:
                start = self.offset
                hint = self.heading(p, style_id, number, bullet, ilvl, segments, body, start, len(prefix))
                if hint:
                    self.headings.append(hint)
                    self.emit(prefix + body, p)
                else:  # a paragraph that is no heading keeps its soft line breaks (Shift+Enter) as lines
                    line = prefix + re.sub(r"\s+", lambda m: "\n" if "\n" in m.group() else " ", raw.strip())
                    self.plain.append((self.emit(line, p), start + len(line)))
        for box in boxes:  # a text box reads as paragraphs after the one that anchors it
            lines += self.blocks(box, in_table)
        return lines

    def number(self, p):
        """(rendered list number or "", is_bullet, style id, list level) of a paragraph."""
        ppr = p.find(_W + "pPr")
        style_id = _val(ppr, "pStyle") or self.styles.default
        num_id, ilvl = self.styles.num_pr(style_id)
        direct = ppr.find(_W + "numPr") if ppr is not None else None
        if direct is not None:
            num_id = _val(direct, "numId", num_id)
            ilvl = _int(_val(direct, "ilvl"), ilvl)
        if not num_id or num_id == "0":  # numId 0 switches off a style's numbering
            return "", False, style_id, None
        if ilvl is None:
            ilvl = self.numbering.level_for_style(num_id, style_id)
        number, bullet = self.numbering.next(num_id, ilvl)
        return number, bullet, style_id, ilvl

    def heading(self, p, style_id, number, bullet, ilvl, segments, body, start, prefix_len):
        """A HeadingHint for the paragraph just emitted at `start`, paired with whether it rests
        on a heading style or Word numbering (True) or on bold/caps alone (False); or None."""
        level = self.styles.heading_level(style_id)
        outline = _int(_val(p.find(_W + "pPr"), "outlineLvl"), None)
        if level is None and outline is not None and 0 <= outline < 9:
            level = outline + 1
        styled = level is not None
        listed = bool(number) and not bullet
        bold_or_caps = all(emph for text, emph in segments if text.strip()) or body.isupper()
        line_end = start + prefix_len + len(body)
        # label: the number shown; rest: the words after it; number_end: where the number ends
        label, rest, number_end = None, body, start + prefix_len - 1
        if listed:
            label = _clean_number(number)
            # a list level deeper than the style's ("(a)" in a Heading 2) nests under its parent
            level = max(level or 0, ilvl + 1)
        elif (styled or bold_or_caps) and (m := _TYPED_NUMBER.match(body)):
            label, rest, number_end = m.group(1), body[m.end():], start + prefix_len + m.end(1)
            kind, _, numeral = label.partition(" ")  # "PART B": "Part B"; "SECTION 2": "2", as the text reads it
            if numeral:
                numeral = numeral.lstrip()
                label = numeral if kind.lower() in ("section", "clause") else f"{kind.capitalize()} {numeral}"

        if not styled and not listed:
            # a guess from formatting alone: only a short line, never a run-in title
            if not bold_or_caps or not _heading_like(rest):
                return None
            level = label.count(".") + 1 if label and label[0].isdigit() else 1
            return HeadingHint(start, line_end, level, label, rest.rstrip(" .:")), False

        rest_at = line_end - len(rest)
        lead = _emphasised_lead(segments, body, len(body) - len(rest))
        if run_in := _run_in_title(lead, rest) or _plain_run_in_title(rest):
            title, end = run_in[0], rest_at + run_in[1]
        elif _heading_like(rest) or level == 0 and not label:  # a title however long ('Service Level Agreement between ...')
            title, end = rest.rstrip(" .:"), line_end
        elif styled and label:
            title, end = "", number_end
        else:
            return None
        return HeadingHint(start, end, level, label, title), True

    def table(self, tbl, in_table: bool) -> list[str]:
        rows, lines, anchors = [], [], []
        for tr in _children(tbl, "tr"):
            cells = [" ".join(self.blocks(tc, in_table=True)) for tc in _children(tr, "tc")]
            if any(cells):
                rows.append(cells)
                lines.append(" | ".join(cells))
                anchors.append(_first_text_paragraph(tr))
        if in_table:  # a nested table becomes part of its cell's text
            return lines
        if rows:
            start = self.offset
            for line, anchor in zip(lines, anchors):
                self.emit(line, anchor)
            self.tables.append(Table(rows=rows, start=start, end=self.offset - 1))
        return []


def _first_text_paragraph(el):
    """The first paragraph under `el` that shows text: a table row's line is anchored there."""
    return next((p for p in el.iter(_W + "p") if any((t.text or "").strip() for t in p.iter(_W + "t"))), None)


def _content(el):
    """The children of a content control or custom-XML wrapper, which hold their fill-in text."""
    if el.tag == _W + "sdt":
        return el.find(_W + "sdtContent")
    return el if el.tag == _W + "customXml" else None


def _children(el, tag):
    """Rows of a table or cells of a row, looking through content controls around them."""
    for child in el.iterchildren():
        if child.tag == _W + tag:
            yield child
        elif (content := _content(child)) is not None:
            yield from _children(content, tag)


def _runs(el, segments, boxes):
    """Collect (text, emphasised) pieces of a paragraph in order; text boxes go to boxes."""
    for child in el.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:  # lxml comments have a function as tag
            continue
        if tag == _W + "r":
            emph = _run_emphasis(child)
            for piece in child.iterchildren():
                if piece.tag == _W + "t":
                    segments.append((piece.text or "", emph))
                elif piece.tag == _W + "cr" or piece.tag == _W + "br" and piece.get(_W + "type") in (None, "textWrapping"):
                    segments.append(("\n", emph))  # a line break; a page or column break is a space
                elif piece.tag in (_W + "tab", _W + "ptab", _W + "br"):
                    segments.append((" ", emph))
                elif piece.tag == _W + "noBreakHyphen":
                    segments.append(("-", emph))
                elif isinstance(piece.tag, str) and piece.tag not in _SKIP:
                    _runs(piece, segments, boxes)  # a drawing or picture may hold a text box
        elif tag == _W + "txbxContent":
            boxes.append(child)
        else:  # hyperlinks, inserted revisions, fields, content controls, smart tags, mc:Choice
            _runs(child, segments, boxes)


def _run_emphasis(r) -> bool:
    rpr = r.find(_W + "rPr")
    return rpr is not None and any(_on(rpr.find(_W + t)) for t in ("b", "u", "caps"))


def _emphasised_lead(segments, body: str, skip: int) -> str:
    """The bold/underlined opening words of the paragraph, less its first `skip` characters."""
    lead = ""
    for text, emph in segments:
        if not emph and text.strip():
            break
        lead += text
    lead = " ".join(lead.split())
    return lead[skip:] if body.startswith(lead) and len(lead) > skip else ""


def _clean_number(number: str) -> str:
    number = number.rstrip(".:")
    return number[:-1] if number.endswith(")") and "(" not in number else number


def _heading_like(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MAX_HEADING_WORDS or not (text[0].isupper() or text[0].isdigit()):
        return False
    return text[-1] not in ".:;," or (text[-1] in ".:" and len(words) <= 5)


def _run_in_title(lead: str, rest: str) -> tuple[str, int] | None:
    """A bold/underlined opening phrase closed by '.' or ':' and followed by more text
    ("Response Times. The Provider ..."): (title, offset in rest just past the '.')."""
    if not lead or not rest.startswith(lead):
        return None
    cut = len(lead)
    if lead[-1] not in ".:":
        after = rest[cut:].lstrip()
        if not after.startswith((".", ":")):
            return None  # a bold defined term opening a sentence, not a title
        cut = len(rest) - len(after) + 1
    title = lead.rstrip(" .:")
    if not title or not title[0].isupper() or len(title.split()) > _MAX_RUN_IN_WORDS or not rest[cut:].strip():
        return None
    return title, cut


def _plain_run_in_title(rest: str) -> tuple[str, int] | None:
    """The same without formatting, kept strict: a short Title Case phrase, '. ', a capital."""
    m = re.match(r"([A-Z][^.:;!?()]{0,60}?)\.\s+(?=[A-Z\"“(])", rest)
    if not m:
        return None
    title = m.group(1).strip()
    words = title.split()
    if len(words) > 6 or words[-1].lower() in _ABBREVIATIONS:
        return None
    if any(w[0].islower() and w.lower() not in SMALL_WORDS for w in words):
        return None
    return title, m.end(1) + 1
