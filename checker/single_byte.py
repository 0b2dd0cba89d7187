"""Contract text and patterns as one byte a character, for RE2's Latin-1 mode.

RE2 compiled for UTF-8 turns every `[^.]` of a rule's sentence window into a small automaton
for the multi-byte characters, and each state its DFA builds holds those instructions for every
position of the window: most of an audit worker's memory. A contract's characters beyond ASCII
are few and known (curly quotes, dashes, bullets, currency signs, ticks), so the text is read one
byte a character instead: ASCII as itself, the Latin-1 signs (`§`, `£`, `×`, `°`) as themselves,
the characters of `_NAMED` each as a byte of its own (0x80-0x9e), and any other character as
`OTHER` (0x9f). A pattern is translated the same way (`pattern_source`), so `[\\x27\\x{2019}]`
still matches a curly apostrophe and `[^.]` still counts characters; a pattern naming a character
outside `_NAMED` (a Greek letter, say) matches any such character. Character offsets and byte
offsets are then the same, with no map between them.

Callers give text already prepared by checker.matching (white space as a space, Latin letters
with accents as their base letter): `_LATIN_LETTERS` below says which it leaves none of.
"""

from __future__ import annotations

import re

from checker.prefilter import class_end

# Characters a contract or a pattern uses beyond Latin-1, one byte each from 0x80.
_NAMED = ("\u2019\u2018\u201c\u201d\u2013\u2014\u2026\u2022\u25cf\u25aa\u25a0\u2192\u20ac\u2713\u2714\u2717"
          "\u2610\u2611\u2612\u2010\u2011\u2012\u2015\u2032\u2033\u2122\u201a\u201e\u25e6\u2212\ufffd")
OTHER = 0x9F  # any other character
_BYTE = {ord(char): 0x80 + i for i, char in enumerate(_NAMED)}
assert 0x80 + len(_NAMED) <= OTHER



def byte_of(code: int, prepare: dict[int, str]) -> int:
    """The byte a character reads as, once `prepare` (white space, accented letters) has read it."""
    if code in prepare:
        code = ord(prepare[code])
    if code < 0x80 or 0xA0 <= code <= 0xFF:  # a Latin-1 letter is in `prepare`: never left here
        return code
    return _BYTE.get(code, OTHER)


class _Table(dict):
    """str.translate's table for a prepared text: every character beyond ASCII as its byte."""

    def __missing__(self, code: int) -> str:
        self[code] = char = chr(byte_of(code, {}))
        return char


_TABLE = _Table()
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FEW = 16  # more distinct characters than this: one translate pass beats a replace each


def text_bytes(prepared: str) -> tuple[str, bytes]:
    """The prepared text with every character one byte (as str, and as Latin-1 bytes)."""
    if prepared.isascii():
        return prepared, prepared.encode("ascii")
    present = set(_NON_ASCII.findall(prepared))
    if len(present) > _FEW:
        prepared = prepared.translate(_TABLE)
    else:
        for char in present:
            prepared = prepared.replace(char, _TABLE[ord(char)])
    return prepared, prepared.encode("latin-1")


_QUOTED = re.compile(r"(?<!\\)((?:\\\\)*)\\Q(.*?)(?:\\E|$)", re.S)
_ESCAPED_CODE = re.compile(r"\\x\{([0-9a-fA-F]+)\}|\\x([0-9a-fA-F]{2})")


def pattern_source(source: str, prepare: dict[int, str]) -> str:
    """The pattern with every character beyond ASCII written as the byte it reads as
    (`\\xHH`), in character classes too; ASCII only, for RE2's Latin-1 mode."""
    if source.isascii() and not _wide_escape(source):
        return source
    if "\\Q" in source:  # a quoted stretch, its characters written as literals first: '\Q’s\E' -> '\x80s'
        source = _QUOTED.sub(lambda m: m.group(1) + re.escape(m.group(2)), source)
    out, i = [], 0
    while i < len(source):
        if source[i] == "[":
            end = class_end(source, i)
            out.append(_class(source[i:end], prepare))
            i = end
            continue
        start = i
        code, i = _code_at(source, i)
        out.append(source[start:i] if code is None or code < 0x80 else _escape(byte_of(code, prepare)))
    return "".join(out)


def _wide_escape(source: str) -> bool:
    return any(int(m.group(1) or m.group(2), 16) >= 0x80 for m in _ESCAPED_CODE.finditer(source))


def _code_at(source: str, i: int) -> tuple[int | None, int]:
    """(The code of the character written at i, or None for an escape that names no
    character: '\\s', '\\b'), the index past it."""
    if source[i] == "\\":
        match = _ESCAPED_CODE.match(source, i)
        if match:
            return int(match.group(1) or match.group(2), 16), match.end()
        return None, i + 2
    return ord(source[i]), i + 1


def _escape(byte: int) -> str:
    return f"\\x{byte:02x}"


def _class(text: str, prepare: dict[int, str]) -> str:
    """A character class with its members beyond ASCII written as bytes; a range that reaches
    beyond ASCII holds the bytes of every character in it."""
    head = 2 if text.startswith("[^") else 1
    body, out, i = text[head:-1], [], 0
    wide: set[int] = set()
    while i < len(body):
        start = i
        if body.startswith("[:", start) and ":]" in body[start:]:
            i = body.index(":]", start) + 2
            out.append(body[start:i])
            continue
        low, i = _code_at(body, i)
        if low is not None and body.startswith("-", i) and i + 1 < len(body):
            high, after = _code_at(body, i + 1)
            if high is not None:
                i = after
                if high < 0x80:
                    out.append(body[start:i])
                    continue
                if low < 0x80:
                    out.append(f"{_escape(low)}-\\x7f")
                wide |= _bytes_between(max(low, 0x80), high, prepare)
                continue
        if low is None or low < 0x80:
            out.append(body[start:i])
        else:
            wide.add(byte_of(low, prepare))
    if wide and out and out[-1] == "-":
        out[-1] = "\\-"  # a literal '-' that the bytes after it would make a range
    out.extend(_escape(byte) for byte in sorted(wide))
    members = "".join(out)
    return text[:head] + members + "]" if members else ("[^\\x00-\\xff]" if head == 1 else "[\\x00-\\xff]")


def _bytes_between(low: int, high: int, prepare: dict[int, str]) -> set[int]:
    """The bytes of the characters low..high that a prepared text holds."""
    known = [code for code in (*prepare, *_BYTE, *range(0xA0, 0x100)) if low <= code <= high]
    # a character the text reads as another (a no-break space, an 'é') is never there as itself
    found = {byte_of(code, prepare) for code in known if code not in prepare}
    if high - low + 1 > len(set(known)):
        found.add(OTHER)
    return found

