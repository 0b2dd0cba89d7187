"""Plain text and Markdown (.md, .markdown, .mdx): UTF-8, or any text with a byte order mark (UTF-8, UTF-16 or
UTF-32, little or big endian: Notepad's "Unicode" is UTF-16 LE), else Windows-1252.

Markdown/HTML markup is blanked out so that patterns do not trip over it: a run of it with the
spaces around it reads as one space (see _MARKUP), so in a Markdown file that holds markup an
offset indexes the text as read, not the file's decoded text.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from checker.errors import InputError
from checker.model import Extracted

# Markup a clause pattern should not have to see: HTML tags, entities, emphasis markers,
# link targets. A run of them with the spaces around it reads as one space (none at a line's
# ends): "<span>Provider</span>  will" is "Provider will", so a rule's [^.]{0,120} window
# measures words, not markup.
_ONE_MARKUP = (
    r"<[A-Za-z/!][^<>\n]{0,400}>"  # HTML tags such as <span class="...">
    r"|&(?:[a-z]+|#\d+);"  # entities
    # bold / italic markers ('____' and '[__]' are blanks)
    r"|\*\*|(?<![_\[])__(?!_)|(?<=\[)__(?![_\]])|(?<=\s)\*(?=\S)|(?<=\S)\*(?=[\s.,;:])"
    r"|\]\([^)\n]{0,300}\)"  # the target of [text](target)
)
_MARKUP = re.compile(rf"([ \t]*)(?:{_ONE_MARKUP})(?:[ \t]*(?:{_ONE_MARKUP}))*[ \t]*")


# A byte order mark says how the text is encoded: Notepad's "Unicode" is UTF-16 LE with one.
# UTF-32's marks first: UTF-32 LE's starts with UTF-16 LE's.
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


_MDX_CODE = re.compile(r"^(?:import|export)\s[^\n]*", re.MULTILINE)


def read_text(path: Path, data: bytes) -> str:
    if not data.strip():
        raise InputError(path, "the file is empty")
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    if encoding is not None:  # the codec reads the mark and drops it
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise InputError(path, f"cannot decode the text: it starts with a {encoding.upper().replace('-SIG', '')} "
                                   "byte order mark but is not valid in that encoding") from None
        if not text.strip():
            raise InputError(path, "the file is empty")
        return text
    if b"\x00" in data[:4096]:
        raise InputError(path, "not a text file (binary content); checker reads .txt and .md as UTF-8 text, "
                               "or UTF-16 with a byte order mark")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(path, "cannot decode the text (not UTF-8 or Windows-1252)")


_OPENERS = "\"'(\u201c\u2018["
_CLOSERS = "\"'\u201d\u2019]"


def blank_markup(text: str) -> str:
    def one_space(m: re.Match) -> str:
        if m.start() == 0 or text[m.start() - 1] == "\n":
            return m.group(1)  # a line's indentation stays
        after, spaced = text[m.end():m.end() + 1], m.group(0) != m.group(0).strip()
        if not after or after in "\n,.;:)!?" or after in _CLOSERS and not m.group(1) or \
                text[m.start() - 1] in _OPENERS and not spaced:
            return ""  # '("**Acme**")' reads '("Acme")', as the same words in a PDF or a Word file do
        return " "  # ... and '1.1 **"Service"** means' reads '1.1 "Service" means'
    return _MARKUP.sub(one_space, text)


def extract(path: Path, data: bytes) -> Extracted:
    text = read_text(path, data)
    suffix = path.suffix.lower()
    if suffix == ".mdx":  # Markdown with JSX: its import / export lines are code, not contract text
        text = _MDX_CODE.sub(lambda m: " " * len(m.group(0)), text)
    if suffix in (".md", ".markdown", ".mdx"):
        text = blank_markup(text)
    return Extracted(text=text, page_starts=[0])
