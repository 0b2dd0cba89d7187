"""Rule patterns, matched fast.

A rulebook holds a few hundred case-insensitive regexes and each runs over the whole
contract. Python's `re` is slow on such patterns: IGNORECASE, a leading `\\b` and a
leading alternation `(?:a|b|c)` all stop it from searching for a literal prefix. So a
pattern is compiled, when it can be, in lower case without IGNORECASE, without its
leading `\\b` (checked by hand instead) and split into its leading alternatives, and run
over the lower-cased text: the same match positions, many times faster. Patterns with a
case-sensitive part `(?-i:...)` run the ordinary way.
"""

from __future__ import annotations

import re
import threading

from checker.literals import TextIndex, index_of, is_word_char, literals_of

_BOUNDARY = "\\b"


_last = threading.local()  # per thread: a Dask worker may review two contracts at once
# Characters IGNORECASE takes for an ASCII letter that lower-casing leaves alone ('ı', 'ſ') or
# makes two characters of ('İ'): the lower-cased text holds the letter, as `re` reads them.
_FOLD_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_FOLD_TABLE = str.maketrans(_FOLD_TO_ASCII)


def lower_preserving_length(text: str) -> str:
    """The text in lower case, with the same offsets, where a case-insensitive pattern in
    lower case matches what `re.IGNORECASE` would. The same text asked for again (the tagger,
    then the engine, then the key terms) gets the same string object, so the word index
    built for it (checker/literals.py) serves them all."""
    last = getattr(_last, "pair", None)
    if last is not None and last[0] is text:
        return last[1]
    lowered = text.lower()
    if len(lowered) != len(text):  # 'İ' lower-cases to two characters
        lowered = "".join(_FOLD_TO_ASCII.get(c) or (c.lower() if len(c.lower()) == 1 else c) for c in text)
    if "\u0131" in lowered or "\u017f" in lowered:
        lowered = lowered.translate(_FOLD_TABLE)
    _last.pair = (text, lowered)
    return lowered


def lower_source(source: str) -> str:
    """Lower-case a regex's literals, leaving escapes (\\S, \\W, \\B ...) as written."""
    out, i = [], 0
    while i < len(source):
        if source.startswith("(?P", i):  # a named group keeps its 'P'
            out.append("(?P")
            i += 3
        elif source[i] == "\\" and i + 1 < len(source):
            out.append(source[i:i + 2])
            i += 2
        else:
            out.append(source[i].lower())
            i += 1
    return "".join(out)


def _structure(source: str):
    """(index, char, depth before it) of every '(', ')' and '|' that is regex syntax: not
    escaped, not inside a character class."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            yield i, char, depth
            depth += {"(": 1, ")": -1, "|": 0}[char]
        i += 1


_LEADING_GROUP = re.compile(r"\(\?:|\(\?P<\w+>")


_MOST_PIECES = 64


def split_leading_alternation(source: str) -> list[str] | None:
    """'(?:a|b)rest' -> ['(?:a)rest', '(?:b)rest'], each starting with a literal `re` can
    search for; a named group keeps its name in each piece. An optional leading group is
    one more alternative, the empty one: '(?:a|b)?rest' -> ['(?:a)rest', '(?:b)rest', 'rest'].
    A group that opens with a group is split by that one: '(?:(?:a|b)c)d' ->
    ['(?:(?:a)c)d', '(?:(?:b)c)d']. The pieces keep the alternatives' order, so where two
    match at one place the one `re` would take comes first. None when the source does not
    start with a group, or the group has another quantifier (splitting would change what
    matches), or it would make more than _MOST_PIECES pieces."""
    pieces = _split_once(source)
    if pieces is None:
        return None
    result = []
    for piece in pieces:
        result += split_leading_alternation(piece) or [piece]
        if len(result) > _MOST_PIECES:
            return pieces
    return result


def _split_once(source: str) -> list[str] | None:
    opening = _LEADING_GROUP.match(source)
    if not opening:
        return None
    cuts = []
    for i, char, depth in _structure(source):
        if char == "|" and depth == 1:
            cuts.append(i)
        elif char == ")" and depth == 1:  # the leading group closes
            rest = source[i + 1:]
            optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
            if optional:
                rest = rest[1:]
            if rest[:1] in ("?", "*", "+", "{") or (optional and not rest):
                return None
            if not (cuts or optional):  # one alternative: split the group it opens with
                inner = _split_once(source[opening.end():i])
                return [opening.group() + piece + ")" + rest for piece in inner] if inner else None
            bounds = [opening.end() - 1] + cuts + [i]
            pieces = [opening.group() + source[bounds[k] + 1:bounds[k + 1]] + ")" + rest for k in range(len(bounds) - 1)]
            return pieces + [rest] if optional else pieces
    return None


# A rule writes [^.] for "within the sentence"; the dot of a clause number ("Section 16.1")
# does not end a sentence, so the window reads across it.
_SENTENCE_WINDOW = "[^.]"
_SENTENCE_WINDOW_ACROSS_NUMBERS = "(?:[^.]|\\.(?=\\d))"


def split_top_level(source: str) -> list[str] | None:
    """'a|b(?:c|d)|e' -> ['a', 'b(?:c|d)', 'e']; None when there is no top-level '|'."""
    cuts = [i for i, char, depth in _structure(source) if char == "|" and depth == 0]
    if not cuts:
        return None
    bounds = [-1] + cuts + [len(source)]
    return [source[bounds[k] + 1:bounds[k + 1]] for k in range(len(bounds) - 1)]


_SHORTEST_LEAD = 3  # a shorter leading literal is everywhere: the regex's own pass is cheaper
_WORD_START = re.compile(r"\w{3}")  # a lead whose first three characters can be looked up as a word's

_CASE_SENSITIVE_GROUP = re.compile(r"^\(\?-i:(.*)\)$", re.S)


class _Scanner:
    """One compiled regex and how to run it: over the lower-cased text or the text itself,
    with the leading word boundary checked by hand or not. A text that lacks one of the
    literals every match must contain is not searched at all."""

    def __init__(self, regex: re.Pattern, lowered: bool, boundary: bool):
        self.regex, self.lowered, self.boundary = regex, lowered, boundary
        self.requirements, lead = literals_of(regex, starts_a_word=boundary, lower=not lowered)
        self.lead = lead if len(lead) >= _SHORTEST_LEAD else ""
        # a match starts a word: its places are the index's words that start with the lead
        self.word_lead = bool(boundary and self.lead and _WORD_START.match(self.lead)
                              and len(self.lead.lower()) == len(self.lead))

    def may_match(self, index: TextIndex) -> bool:
        """False when the text lacks a literal every match needs (`index` is the lower-cased
        text's: a case-sensitive needle is looked up in lower case)."""
        return not self.requirements or index.satisfies(self.requirements)

    def scan(self, text: str, lowered: str, index: TextIndex):
        """Every match in the text, like `finditer`; `may_match` is the caller's to ask first.
        `index`: the lower-cased text's."""
        target = lowered if self.lowered else text
        if not self.lead:
            places = None
        elif self.word_lead:  # the words of the (lower-cased) text that start with it
            places = index.word_places(self.lead.lower())
        else:
            places = (index if self.lowered else index_of(text)).places(self.lead)
        if places is not None:
            yield from self._scan_places(target, places)
            return
        if not self.boundary:
            yield from self.regex.finditer(target)
            return
        position, end = 0, len(target)
        while position <= end:
            match = self.regex.search(target, position)
            if match is None:
                return
            start = match.start()
            before = is_word_char(target[start - 1]) if start > 0 else False
            first = is_word_char(target[start]) if start < end else False
            if before != first:  # what the leading \b would have required
                yield match
                position = match.end() if match.end() > start else start + 1
            else:
                position = start + 1

    def _scan_places(self, target: str, places: list[int]):
        """The same matches, found by trying the regex only where its leading literal is: a
        few places instead of a pass over the whole text."""
        resume, match_at = 0, self.regex.match
        # the leading \b: a word character (or none) before a lead that starts with one, or the reverse
        wants_word_before = self.boundary and not is_word_char(self.lead[0])
        for start in places:
            if start < resume:
                continue
            if self.boundary and (start > 0 and is_word_char(target[start - 1])) != wants_word_before:
                continue  # what the leading \b would have refused
            if self.word_lead and not self.lowered and not target.startswith(self.lead, start):
                continue  # a case-sensitive lead, found among the lower-cased words
            match = match_at(target, start)
            if match is not None:
                yield match
                resume = match.end() if match.end() > start else start + 1


def _scanners(source: str) -> list[_Scanner]:
    parts = split_top_level(source)
    if parts and all(parts):
        return [scanner for part in parts for scanner in _scanners_of(part)]
    return _scanners_of(source)


def _scanners_of(part: str) -> list[_Scanner]:
    whole = _CASE_SENSITIVE_GROUP.match(part)
    if whole and "(?-i" not in whole.group(1) and "(?i" not in whole.group(1):
        # "(?-i:\bGDPR\b|\bPHI\b)": as written, over the text itself
        inner = whole.group(1)
        pieces = split_top_level(inner) or [inner]
        if all(pieces):
            return [scanner for piece in pieces for scanner in _plain_scanners(piece, lowered=False)]
    if "(?-i:" in part or "(?i" in part:
        return [_Scanner(re.compile(part, re.I), False, False)]
    return _plain_scanners(lower_source(part), lowered=True)


def _plain_scanners(source: str, lowered: bool) -> list[_Scanner]:
    """Scanners for a pattern without flags: its leading word boundary checked by hand, its
    leading alternatives searched one by one."""
    boundary = source.startswith(_BOUNDARY)
    if boundary:
        source = source[len(_BOUNDARY):]
    return [_Scanner(re.compile(piece), lowered, boundary) for piece in split_leading_alternation(source) or [source]]


_NOT_SPLIT: list[_Scanner] = []
# Compiled once per process (a worker forked after a warm-up has them all): `re`'s own
# cache holds 512 patterns, fewer than a rulebook has.
_SCANNERS: dict[str, list[_Scanner]] = {}
_PLAIN: dict[str, re.Pattern] = {}


def scanners_for(source: str) -> list[_Scanner]:
    """The scanners of a pattern's source (after TextPattern's rewriting), built once per
    process; [] (_NOT_SPLIT) when the plain regex must be used."""
    scanners = _SCANNERS.get(source)
    if scanners is None:
        try:
            scanners = _scanners(source)
        except re.error:
            scanners = _NOT_SPLIT
        _SCANNERS[source] = scanners
    return scanners


class TextPattern:
    """A case-insensitive rule pattern with `finditer` / `search` like a compiled regex.
    `sentence_window`: read the rules' `[^.]` across clause-number dots (rule patterns);
    `ignore_case=False`: match case (some tag patterns).

    Only the plain regex is compiled at once (it validates the source); the fast scanners
    are built on first use, so a process that only validates a rulebook (the parent of an
    audit) never pays for them. Pickled, a pattern is its arguments."""

    def __init__(self, source: str, sentence_window: bool = True, ignore_case: bool = True):
        self.pattern, self.ignore_case = source, ignore_case
        self._arguments = (source, sentence_window, ignore_case)
        if sentence_window:
            source = source.replace(_SENTENCE_WINDOW, _SENTENCE_WINDOW_ACROSS_NUMBERS)
        if not ignore_case:
            source = f"(?-i:{source})"
        self._source = source
        self._plain = _PLAIN.get(source) or _PLAIN.setdefault(source, re.compile(source, re.I))  # short texts
        self._scanners: list[_Scanner] | None = None

    def __reduce__(self):
        return TextPattern, self._arguments

    def warm(self) -> TextPattern:
        if self._scanners is None:
            self._scanners = scanners_for(self._source)
        return self

    def finditer(self, text: str, lowered: str | None = None):
        """Matches as positions in `text`: read `start()`/`end()`, not `group()`, which may
        be the lower-cased copy."""
        scanners = self._scanners if self._scanners is not None else self.warm()._scanners
        if not scanners or lowered is None:
            yield from self._plain.finditer(text)
            return
        index = index_of(lowered)
        live = [(order, scanner) for order, scanner in enumerate(scanners) if scanner.may_match(index)]
        if len(live) <= 1:
            for _, scanner in live:
                yield from scanner.scan(text, lowered, index)
            return
        # like finditer: leftmost first, no overlaps, and where two alternatives match at
        # one place the one written first wins, as it does in `re`
        last_end = -1
        found = sorted((m.start(), order, m) for order, scanner in live for m in scanner.scan(text, lowered, index))
        for _, _, match in found:
            if match.start() >= last_end:
                last_end = max(match.end(), match.start() + 1)
                yield match

    def search(self, text: str):
        return self._plain.search(text)


def compile_patterns(values) -> list[TextPattern]:
    return [TextPattern(v) for v in values or ()]
