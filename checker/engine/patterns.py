"""Rule patterns, matched fast.

A rulebook holds a few hundred case-insensitive regexes and each runs over the whole
contract. Python's `re` is slow on such patterns: IGNORECASE disables its literal-prefix
search, and so does a leading `\\b`. So a pattern is compiled, when it can be, in
lower case without IGNORECASE and without its leading `\\b`, and run over the
lower-cased text, with the word boundary checked by hand: same matches, 5-15x faster.
Patterns with a case-sensitive part `(?-i:...)` run the ordinary way.
"""

from __future__ import annotations

import re


def lower_preserving_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # a few characters ('İ') lower-case to two: keep those as they are so offsets hold
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _lower_source(source: str) -> str:
    """Lower-case a regex's literals, leaving escapes (\\S, \\W, \\B ...) as written."""
    out, i = [], 0
    while i < len(source):
        if source[i] == "\\" and i + 1 < len(source):
            out.append(source[i:i + 2])
            i += 2
        else:
            out.append(source[i].lower())
            i += 1
    return "".join(out)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


class TextPattern:
    """A case-insensitive rule pattern with `finditer` / `search` like a compiled regex."""

    def __init__(self, source: str):
        self.pattern = source
        self._plain = re.compile(source, re.I)  # validates the source; used for short texts
        self._fast = None
        self._boundary = False
        if "(?-i:" not in source and "(?i" not in source:
            fast = _lower_source(source)
            if fast.startswith("\\b"):
                fast, self._boundary = fast[2:], True
            try:
                self._fast = re.compile(fast)
            except re.error:
                self._fast = None

    def finditer(self, text: str, lowered: str | None = None):
        """Matches as positions in `text`: read `start()`/`end()`, not `group()`, which
        may be the lower-cased copy."""
        if self._fast is None or lowered is None:
            yield from self._plain.finditer(text)
            return
        if not self._boundary:
            yield from self._fast.finditer(lowered)
            return
        position, end = 0, len(lowered)
        while position <= end:
            match = self._fast.search(lowered, position)
            if match is None:
                return
            start = match.start()
            before = _is_word(lowered[start - 1]) if start > 0 else False
            first = _is_word(lowered[start]) if start < end else False
            if before != first:  # what \b would have required
                yield match
                position = match.end() if match.end() > start else start + 1
            else:
                position = start + 1

    def search(self, text: str):
        return self._plain.search(text)


def compile_patterns(values) -> list[TextPattern]:
    return [TextPattern(v) for v in values or ()]
