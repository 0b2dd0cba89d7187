"""`signature_blanks`: a signature block whose name, title or date line is left blank
("Name: ________", "Date:"), or a date line left open ("Dated: ____"). The signature line
itself ("By: ______") is meant to stay blank until signing: it counts only with
`signature_line: true`.

A signature block is found by its anchors (By:, Signature:, Signed by / for and on behalf of,
IN WITNESS WHEREOF, Executed); label lines up to `window` lines after an anchor (and a few
before it) are read. In a table row ("Name: | Name:"), each cell is read as a line.

  params:
    window: 8             lines after an anchor that belong to its block
    signature_line: false also report a blank "By:" / "Signature:" line
"""

from __future__ import annotations

import bisect
import re

from checker.engine.kinds.drafting import HygieneKind, Slip, line_spans
from checker.matching import TextPattern

# RE2: a line of a contract that lost its line breaks runs for pages ('by' in it: 4x faster than re)
_ANCHOR = TextPattern(r"^\s*(?:By|Signature|Signed|Sign\s+here)\b[^:\n|]{0,30}:|\bin\s+witness\s+whereof\b|"
                      r"\bsigned\s+(?:for\s+and\s+)?on\s+behalf\s+of\b|\bexecuted\s+(?:as\s+a\s+deed\s+)?by\b|"
                      r"^\s*signatures?\s*$", sentence_window=False)
_LABEL = re.compile(r"^\s*(?P<label>Name|Print(?:ed)?\s+Name|Full\s+Name|Title|Position|Job\s+Title|Date|Dated|"
                    r"Date\s+signed|Date\s+of\s+signature|By|Signature|Signed)\s*:(?P<value>.*)$", re.I)
_BLANK = re.compile(r"^[\s_.\u2026-]*$")
_SIGNING = re.compile(r"^(?:by|signature|signed)$", re.I)
_ANCHOR_WORDS = ("by", "sign", "witness")
_FOLDED_BY_RE = "\u0130\u0131\u017f"  # re.I matches these to 'i', 'i', 's'; str.lower() leaves them
_BEFORE = 3  # lines before an anchor that may belong to its block ("Name:" above "Signature:")


class SignatureBlanksKind(HygieneKind):
    name = "signature_blanks"
    params_spec = {"window": (int, 8), "signature_line": (bool, False)}
    noun = ("blank line in a signature block", "blank lines in signature blocks")
    clean = "no blank name, title or date line in the signature blocks"

    def slips(self, spec, document, package):
        text = document.text
        lines = list(line_spans(text))
        anchors = [i for i in _lines_with_anchor_words(text, lines)
                   if any(_ANCHOR.search(cell) for cell, _ in _cells(text, *lines[i]))]
        near = set()
        for i in anchors:
            near.update(range(max(0, i - _BEFORE), min(len(lines), i + spec["window"] + 1)))
        found = []
        for i in sorted(near):
            start, end = lines[i]
            cells = list(_cells(text, start, end))
            for k, (cell, cell_start) in enumerate(cells):
                match = _LABEL.match(cell)
                if not match or not _BLANK.match(match.group("value")):
                    continue
                following = cells[k + 1][0] if k + 1 < len(cells) else ""
                if following.strip() and not _LABEL.match(following) and not _BLANK.match(following):
                    continue  # a label column: the value stands in the next cell
                label = " ".join(match.group("label").split())
                if _SIGNING.match(label) and not spec["signature_line"]:
                    continue
                found.append(Slip(cell_start, cell_start + len(cell.rstrip()), f"'{label}:' left blank"))
        return found


def _lines_with_anchor_words(text: str, lines: list[tuple[int, int]]):
    """The indices of the lines that hold a word every _ANCHOR match holds ("by", "sign",
    "witness", in any letter case): the only lines worth searching for an anchor."""
    if any(c in text for c in _FOLDED_BY_RE):
        return range(len(lines))  # str.lower() would not find what re.I does
    lowered = text.lower()
    line_starts = [start for start, _ in lines]
    found = set()
    for word in _ANCHOR_WORDS:
        at = lowered.find(word)
        while at >= 0:
            found.add(bisect.bisect_right(line_starts, at) - 1)
            at = lowered.find(word, at + 1)
    return sorted(found)


def _cells(text: str, start: int, end: int):
    """The cells of a table row line ("a | b"), or the line itself: (text, start offset)."""
    offset = start
    for piece in text[start:end].split(" | "):
        yield piece, offset
        offset += len(piece) + 3


KIND = SignatureBlanksKind()
