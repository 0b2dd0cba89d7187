"""What disguises a word without changing how it looks: invisible characters and look-alike letters.

A zero-width space inside 'termi\u200bnation', a right-to-left mark around 'notice', a Cyrillic
'а' in 'dаta' or a Greek 'Ο' in 'NOTICE' look the same on the page, but no pattern, tagger or
language test reads the word. `unmask(text)` gives the text every later stage reads:

- Unicode format characters (general category Cf: zero-width spaces and joiners U+200B-200D,
  word joiner U+2060 and the invisible operators, byte order mark U+FEFF, soft hyphen U+00AD,
  the bidirectional marks and embeddings U+200E/F, U+202A-202E, U+061C, U+2066-2069) are removed;
  they are invisible by definition, and Unicode's own data (unicodedata) names them all.
- A Cyrillic or Greek letter that looks like a Latin one is read as that Latin letter inside a
  word that also holds Latin letters, or a word made of look-alikes only. A word with a Cyrillic
  or Greek letter of its own ('Москва', 'λ') is left as it is. The table is the single-letter
  Latin confusables of Unicode's TR39 `confusables.txt` for these two scripts (the file itself
  is 6,000 lines, nearly all of other scripts and symbols; unicodedata has no confusable data).

Quotes stay faithful: `Unmasked` keeps where each removed character stood, so an offset into the
unmasked text maps back into the text as extracted (`Document.original`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

# Cf: every format character (invisible, no glyph of its own); all but the tag characters
# (U+E0001-E007F) lie below U+20000


def format_ranges() -> list[tuple[int, int]]:
    """The ranges of Cf characters, read from unicodedata (130,000 characters: 30 ms)."""
    ranges: list[tuple[int, int]] = []
    for c in (*range(0x20000), *range(0xE0000, 0xE0080)):
        if unicodedata.category(chr(c)) != "Cf":
            continue
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1] = (ranges[-1][0], c)
        else:
            ranges.append((c, c))
    return ranges


# what format_ranges() reads from Unicode 14.0 (Python 3.11), so that a review need not
_FORMAT_14 = [(0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD), (0x70F, 0x70F), (0x890, 0x891),
              (0x8E2, 0x8E2), (0x180E, 0x180E), (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064),
              (0x2066, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
              (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001), (0xE0020, 0xE007F)]
_RANGES = _FORMAT_14 if unicodedata.unidata_version == "14.0.0" else format_ranges()
# as ranges: a class of single characters beyond the BMP searches ten times slower
_INVISIBLE = re.compile("[" + "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in _RANGES) + "]")

# Cyrillic and Greek letters whose glyph is a Latin letter's (TR39 confusables.txt, single letters)
_LOOK_ALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
    "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ҽ": "e", "ѵ": "v",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y",
    "Ӏ": "I",
    # Greek
    "Α": "A", "Β": "B", "Ζ": "Z", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ν": "v", "α": "a", "ρ": "p",
    "ι": "i", "υ": "u", "γ": "y", "κ": "k",
})
_ALIKE = "".join(chr(c) for c in _LOOK_ALIKES)
_ALIKES = re.compile("[" + _ALIKE + "]+")


@dataclass(frozen=True)
class Unmasked:
    """The text as read (`text`) and where the removed characters stood in the text as
    extracted (`removed`, ascending offsets); `changed` when it differs at all."""

    text: str
    removed: tuple[int, ...] = ()
    changed: bool = False

    def to_clean(self, offset: int) -> int:
        """An offset of the text as extracted -> the same place in the unmasked text."""
        return offset - bisect.bisect_left(self.removed, offset)


def unmask(text: str) -> Unmasked:
    """The text with invisible characters removed and look-alike letters read as Latin."""
    if text.isascii():
        return Unmasked(text)
    removed: tuple[int, ...] = ()
    if _INVISIBLE.search(text):
        removed = tuple(m.start() for m in _INVISIBLE.finditer(text))
        clean = _INVISIBLE.sub("", text)
    else:
        clean = text
    if _ALIKES.search(clean):
        clean = _folded(clean)
    return Unmasked(clean, removed, changed=clean != text)


def _folded(text: str) -> str:
    """Each word holding a look-alike: read as Latin when all its letters are Latin or
    look-alikes; a word with a Cyrillic or Greek letter of its own left as it is. One
    character for one: offsets do not move."""
    pieces, done = [], 0
    for match in _ALIKES.finditer(text):
        if match.start() < done:
            continue
        start, end = match.start(), match.end()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        word = text[start:end]
        if all(_latin_or_alike(c) for c in word):
            pieces += [text[done:start], word.translate(_LOOK_ALIKES)]
            done = end
    return "".join(pieces) + text[done:] if pieces else text


def _latin_or_alike(char: str) -> bool:
    """A Latin letter, or a Cyrillic/Greek one that looks like one."""
    return char in _ALIKE or "LATIN" in unicodedata.name(char, "")

