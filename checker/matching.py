"""Every pattern a rule, a tag or a key term reads is matched here, by RE2.

RE2 (google-re2) runs in time linear in the text whatever the pattern, so a playbook's
`(a+)+$` or a contract holding a million digits cannot stall a review; it needs no private
interpreter internals, and it searches case-insensitive patterns fast on its own. What it
cannot run (lookaround, backreferences) is refused when the rulebook is loaded, with the
reason (`PatternError`).

One interface: a `TextPattern` finds matches as positions in a contract's text
(`finditer`), or in a short string (`search`). A contract's text is prepared once
(`searchable(text)`: one byte a character, checker/single_byte.py, so RE2 runs in its Latin-1
mode and a byte offset is a character offset) and shared by the tagger, the rules and the key terms.

Where Python's `re` and RE2 read a pattern differently, the text is prepared so that they
agree: RE2's `\\s` is ASCII white space, so every other white-space character (a no-break
space from a PDF) is read as a space, and a Latin letter with an accent as its base letter
(RE2's `\\b` and `\\w` are ASCII). Left different: `\\b` and `\\w` next to a Greek or
Cyrillic letter, and `$`, which RE2 reads as the very end (`re` also before a final newline).
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
import threading
import unicodedata

import re2

from checker import pattern_cache
from checker.single_byte import pattern_source, text_bytes
from checker.prefilter import Words, between_dots, class_end, leads, required_parts, requirement


class PatternError(ValueError):
    """A pattern RE2 cannot run, with the reason in words."""


# A rule writes [^.] for "within the sentence"; the dot of a clause number ("Section 16.1",
# "Sections 6.C and 12") does not end a sentence. So the prepared text holds NUMBER_DOT (a
# character no prepared text otherwise holds: white space reads as a space) for a dot followed
# by a digit, or between a digit and a single letter; every dot a pattern names matches it too,
# and a rule's [^.] reads across it, a tag's does not.
NUMBER_DOT = "\x1f"
_SENTENCE_WINDOW = "[^.]"
_NUMBER_DOTS = re.compile(r"\.(?=\d|(?<=\d\.)[A-Za-z](?![A-Za-z]))")  # one branch opening with '.': re finds it fast
_UNICODE_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\u([0-9a-fA-F]{4})")
_UNSUPPORTED = [
    ("(?=", "lookahead '(?=...)'"), ("(?!", "negative lookahead '(?!...)'"),
    ("(?<=", "lookbehind '(?<=...)'"), ("(?<!", "negative lookbehind '(?<!...)'"),
    ("(?>", "atomic group '(?>...)'"),
]
_BACKREFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\(?:[1-9]|g<)")

# RE2's memory for one pattern (max_mem): its program, then the states its DFAs build while
# searching, kept until that budget is full. The budget bounds an audit worker's growth, not
# the matches (out of room, RE2 empties the cache, or runs its NFA: the same matches). 3 MB holds
# every shipped pattern's program and the states a contract needs: as the rulebook grew to ~1,000
# patterns, 4 MB let an audit worker reach 253-254 MB and 3 MB keeps it at 239-245 MB, the same
# CPU (8.9-9.0 against 8.8-9.2 ms a page, interleaved runs of `bench/speed.py --jobs 2
# --skip-baselines`, twentieth session; `bench/same_findings.py`: 539 reports, 0 changed); 2 MB
# cost 8% more CPU when it was tried. One byte a character (checker/single_byte.py) saved 267 ->
# 235 MB. A playbook's pattern whose program needs more is compiled with 32 MB.
# A pattern tried only where one of its leading words starts (prefilter `leads`) is run anchored
# there: a few states from each place, which 512 kB hold (its program small enough to leave the
# DFAs room: else 3 MB); a worker's peak 271 -> 243 MB over 34 dev PDFs, the same CPU.
_OPTIONS = re2.Options()
_OPTIONS.max_mem = 3 << 20
_ANCHORED = re2.Options()
_ANCHORED.max_mem = 512 << 10
_ANCHORED_PROGRAM = 4096  # instructions at most, forward or reverse, with the 512 kB budget
_LARGE = re2.Options()
_LARGE.max_mem = 32 << 20
for _options in (_OPTIONS, _ANCHORED, _LARGE):
    _options.log_errors = False
    _options.encoding = re2.Options.Encoding.LATIN1

# The white space Python's `\s` matches and RE2's does not: read as a space.
_WHITE_SPACE = {ord(c): " " for c in map(chr, range(0x3000 + 1)) if c.isspace() and c not in " \t\n\r\f"}
# Latin letters with accents read as their base letter ('LECLANCHÉ' is one word for RE2's
# ASCII `\b` and `\w`, as it is for `re`; a pattern's 'é' matches 'e' and 'é'); a few without
# a decomposition by hand. One character for one: offsets do not move.
_LATIN = {ord(c): base for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
          if c.isalpha() and (base := unicodedata.normalize("NFD", c)[0]).isascii() and base.isalpha()}
_LATIN.update({ord(c): base for c, base in zip("ßæÆøØłŁđĐþÞðÐœŒıſ\u212a", "saAoOlLdDtTdDoOisK")})
_PREPARE = {**_WHITE_SPACE, **_LATIN}
_PREPARED = re.compile("[" + re.escape("".join(map(chr, _PREPARE))) + "]")


def _prepare(text: str) -> str:
    """text.translate(_PREPARE), ten times faster on a contract: a contract holds a few of
    those characters (a no-break space, an accent), each replaced in one pass."""
    for char in set(_PREPARED.findall(text)):
        text = text.replace(char, _PREPARE[ord(char)])
    return text


def engine_source(source: str, sentence_window: bool = True, ignore_case: bool = True) -> str:
    """The pattern as RE2 reads it (raises PatternError for what RE2 cannot run)."""
    for token, name in _UNSUPPORTED:
        if token in source:
            raise PatternError(f"{name} is not supported (checker matches in linear time, with RE2); "
                               f"rewrite the pattern without it")
    if _BACKREFERENCE.search(source):
        raise PatternError("a backreference (\\1) is not supported (checker matches in linear time, with RE2)")
    source = _with_number_dots(source, sentence_window)
    source = _UNICODE_ESCAPE.sub(lambda m: m.group(1) + "\\x{" + m.group(2) + "}", source).translate(_LATIN)
    return ("(?i)" if ignore_case else "") + pattern_source(source, _PREPARE)


def _with_number_dots(source: str, sentence_window: bool) -> str:
    """Every dot the pattern names also matches NUMBER_DOT ('\\.' -> '[.\\x1f]', '[\\d.]' ->
    '[\\d.\\x1f]', '[^.;]' -> '[^.;\\x1f]'), except a rule's sentence window '[^.]', which
    reads across it."""
    out, i = [], 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            escape = source[i:i + 2]
            out.append("[.\\x1f]" if escape == "\\." else escape)
            i += 2
        elif char == "[":
            end = class_end(source, i)
            members = source[i:end]
            names_a_dot = "." in re.sub(r"\\.", "", members) or "\\." in members
            if names_a_dot and not (sentence_window and members == _SENTENCE_WINDOW):
                head = len(re.match(r"\[\^?\]?", members).group())  # a leading ']' is a member
                members = members[:head] + "\\x1f" + members[head:]
            out.append(members)
            i = end
        else:
            out.append(char)
            i += 1
    return "".join(out)


_COMPILED: dict[str, object] = {}  # per process: a worker forked after a warm-up has them all
_COMPILING = threading.Lock()


def _compile(source: str, anchored: bool = False):
    """RE2's compiled pattern, one per source in a process; `anchored`: tried at its leading words."""
    regex = _COMPILED.get(source)
    if regex is not None:
        return regex
    for options in (_ANCHORED, _OPTIONS, _LARGE) if anchored else (_OPTIONS, _LARGE):
        try:
            regex = re2.compile(source.encode("ascii"), options)
        except re2.error as error:
            if options is _LARGE:
                raise PatternError(_reason(error)) from None
            continue
        if options is not _ANCHORED or regex.programsize <= _ANCHORED_PROGRAM:
            break
    with _COMPILING:
        return _COMPILED.setdefault(source, regex)


def _reason(error: Exception) -> str:
    text = str(error)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return text.replace("pattern too large - compile failed", "the pattern is too large (narrow its {m,n} windows)")


class Searchable:
    """A text prepared for matching, once: white space as RE2 reads it, clause-number dots as
    NUMBER_DOT, and one byte a character (checker/single_byte.py), so that a match's byte
    offsets are the text's character offsets."""

    def __init__(self, text: str):
        self.text = text
        self._prepared, self.data = text_bytes(_NUMBER_DOTS.sub(NUMBER_DOT, _prepare(text)))
        self._held: dict[str, bool] = {}

    def holds(self, part: str) -> bool:
        """Does the text hold a match of `part` (a pattern's part that starts at a leading
        word, prefilter.required_parts), tried where those words start? Kept for the next
        pattern that holds the same part."""
        held = self._held.get(part)
        if held is None:
            regex, data = _compile(part, True), self.data
            places = self.words.places(_part_leads(part), _MOST_PLACES)
            held = regex.search(data) is not None if places is None else \
                any(regex.match(data, place) is not None for place in places)
            self._held[part] = held
        return held

    @functools.cached_property
    def words(self) -> Words:
        """The text's words, to skip the patterns that name a word it lacks."""
        return Words(self.lowered)

    @functools.cached_property
    def folded(self) -> bytes:
        """The prepared bytes with ASCII letters in lower case (the same offsets)."""
        return self.data.lower()

    @functools.cached_property
    def lowered(self) -> str:
        """The prepared text in lower case."""
        return self._prepared.lower()


@functools.lru_cache(maxsize=None)
def _part_leads(part: str) -> tuple[str, ...]:
    """A required part's leading words, read from its source once a process (every contract asks)."""
    return tuple(leads(part))


_MOST_PLACES = 128  # more places to try than this, and one pass of RE2 over the text is cheaper
# ... but tried where its leading words start, a pattern compiled for that (`leads`: 512 kB) is cheaper up to this many
# places than one pass over the text with that budget (the 68 dev PDFs: its passes 1.31 s -> 0.88 s of CPU)
_MOST_LEADS = 512
_SHORT = 2048  # characters: a sentence or a heading, whose preparing is kept for the next pattern


@functools.lru_cache(maxsize=512)
def _prepared_short(text: str) -> Searchable:
    """A sentence or heading, prepared once for the several patterns that read it."""
    return Searchable(text)


_last = threading.local()  # per thread: a Dask worker may review two contracts at once


def searchable(text: str) -> Searchable:
    """The prepared text; the same text asked for again (the tagger, then the rules, then
    the key terms) gets the same object."""
    last = getattr(_last, "prepared", None)
    if last is not None and last.text is text:
        return last
    _last.prepared = prepared = Searchable(text)
    return prepared


class Found:
    """One match: character offsets into the text, and those of its named groups."""

    __slots__ = ("text", "spans", "names")

    def __init__(self, text: str, spans: tuple, names: dict):
        self.text = text
        self.spans = spans  # (start, end) of the match, then of each group ((-1, -1): took no part)
        self.names = names  # group name -> index into spans

    def start(self, group: int | str = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int | str = 0) -> int:
        return self.span(group)[1]

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self.spans[self.names[group] if isinstance(group, str) else group]

    def group(self, group: int | str = 0) -> str | None:
        start, end = self.span(group)
        return None if start < 0 else self.text[start:end]

    def groupdict(self) -> dict[str, str | None]:
        return {name: self.group(name) for name in self.names}


class TextPattern:
    """A pattern, case-insensitive unless `ignore_case=False`; `sentence_window`: read the
    rules' `[^.]` across clause-number dots (rule patterns). `followed_by` /
    `not_followed_by`: a match counts only where that pattern does / does not match right
    after it (what a lookahead says in `re`; a refused match is tried again one character
    on). Raises PatternError for a pattern RE2 cannot run. Pickled, a pattern is its
    arguments."""

    def __init__(self, source: str, sentence_window: bool = True, ignore_case: bool = True,
                 followed_by: str | None = None, not_followed_by: str | None = None):
        if followed_by is not None and not_followed_by is not None:
            raise PatternError("give followed_by or not_followed_by, not both")
        self.pattern, self.ignore_case = source, ignore_case
        self._arguments = (source, sentence_window, ignore_case, followed_by, not_followed_by)
        known = pattern_cache.key(source, sentence_window, ignore_case)
        entry = pattern_cache.get(known)  # compiled by RE2 in an earlier run: compiled again when first run
        if entry is None:
            engine = engine_source(source, sentence_window, ignore_case)
            # the words every match contains (checker/prefilter.py), those one of which starts it,
            # and whether no match holds a dot
            # and, for one without leading words, a part every match holds that has them
            try:
                entry = [engine, requirement(engine), leads(engine), between_dots(engine)]
                entry.append(None if entry[2] is not None else required_parts(engine))
            except (IndexError, ValueError):
                _compile(engine)  # a pattern RE2 refuses: its reason
                raise
            _compile(engine, entry[2] is not None)
            pattern_cache.put(known, entry)
        self._engine, self._needs, self._leads, no_dot, self._parts = entry
        self._names = self._groups = None
        # when no match holds a dot: each clause of words every match holds at a word's start
        self._anchors = [tuple(word for word, _ in clause) for clause in self._needs
                         if all(start for _, start in clause)] if no_dot else []
        self._need_bytes = [tuple(word.encode() for word, _ in clause) for clause in self._needs]
        after = followed_by if followed_by is not None else not_followed_by
        self._after = None if after is None else (
            _compile(engine_source(after, sentence_window, ignore_case)), followed_by is not None)
        _MADE.setdefault(self._arguments, self)

    @functools.cached_property
    def _regex(self):
        regex = _compile(self._engine, self._leads is not None)
        self._names = {name.decode(): index for name, index in regex.groupindex.items()}  # a bytes pattern's
        self._groups = range(1, regex.groups + 1)  # asked of every match: RE2 counts them at each asking
        return regex

    def compile(self) -> None:
        """Compile it now (an audit's fork server, for every worker)."""
        self._regex
        for part in {part for parts in self._parts or () for part in parts}:
            _compile(part, True)

    def __reduce__(self):
        return _pattern, self._arguments

    def __repr__(self):
        return f"TextPattern({self.pattern!r})"

    def finditer(self, text: str | Searchable, start: int = 0, end: int | None = None):
        """Every match, leftmost first and not overlapping, as `Found` positions in the text.
        Give a contract's text as `searchable(text)`: it is prepared once for every pattern.
        `start` / `end` (a Searchable only): the matches within text[start:end], as `re`'s pos and
        endpos find them (`\\b` at `end` reads the character after it: `re` takes `end` for the text's end)."""
        if isinstance(text, Searchable):
            if not self.may_match(text):
                return
            prepared = text
        else:
            if self._needs and text.isascii() and not self._holds_needs(text.lower()):
                return
            prepared = _prepared_short(text) if len(text) < _SHORT else Searchable(text)
            if self._needs and not self._holds_needs(prepared.lowered):
                return
        places, between, stretch = None, False, start or end is not None  # a stretch of a Searchable
        if self._after is None and prepared is text and not stretch:
            if self._parts and not any(all(map(prepared.holds, parts)) for parts in self._parts):
                return
            words = prepared.words
            if self._leads:
                places = words.places(self._leads, _MOST_LEADS)
            for clause in self._anchors:  # fewer places where a clause's words stand, if any
                fewer = words.places(clause, _MOST_PLACES if places is None else len(places) - 1)
                if fewer is not None:
                    places, between = fewer, True
        if stretch:
            stop = len(prepared.data) if end is None else end
            matches = self._checked(prepared.data, start, stop) if self._after else self._regex.finditer(prepared.data, start, stop)
        elif between:
            matches = self._between_dots(prepared, places)
        elif places is not None:
            matches = self._at_places(prepared, places)
        elif self._after is None:
            matches = self._regex.finditer(prepared.data)
        else:
            matches = self._checked(prepared.data)
        for match in matches:
            yield self._found(prepared, match)

    def may_match(self, prepared: Searchable) -> bool:
        """False when the text lacks the words every match holds (True: it may match)."""
        return not self._needs or prepared.words.may_match(self._needs)

    def _found(self, prepared: Searchable, match) -> Found:
        spans = (match.span(),) + tuple(map(match.span, self._groups)) if self._groups else (match.span(),)
        return Found(prepared.text, spans, self._names)

    def _holds_needs(self, lowered: str) -> bool:
        """A short text in lower case (prepared, or ASCII: its own but for clause numbers' dots, which no
        word holds): does it hold a word of each clause every match contains? (Cheaper than RE2;
        never false where RE2 would match.)"""
        for clause in self._needs:  # loops, not all(any(...)): this runs some 3,000 times a contract
            for word, _ in clause:
                if word in lowered:
                    break
            else:
                return False
        return True

    def _at_places(self, prepared: Searchable, places: list[int]):
        """The matches `finditer` gives, found by trying the pattern only where a word it can
        start with starts: every match starts at one of those places."""
        if not places:
            return  # RE2 need not compile it
        match_at, data, resume = self._regex.match, prepared.data, 0
        for place in places:
            if place < resume:
                continue
            match = match_at(data, place)
            if match is not None:
                yield match
                start, end = match.span()
                resume = end if end > start else start + 1

    def _between_dots(self, prepared: Searchable, places: list[int]):
        """The matches `finditer` gives, found in the stretches between two dots that hold one
        of `places` (a match holds no dot, and a word at one of those places): tried where a
        leading word starts in them (anchored, RE2 builds far fewer states), else searched."""
        data, end, stretches = prepared.data, -1, []
        for place in places:
            if place >= end:  # not in the stretch before
                start, end = data.rfind(b".", 0, place) + 1, data.find(b".", place)
                end = len(data) if end < 0 else end
                if self._holds_words(prepared.folded, start, end):  # else no match lies there
                    stretches.append((start, end))
        if not stretches:
            return
        if not self._leads:
            for start, end in stretches:
                yield from self._regex.finditer(data, start, end)
            return
        led, inside = prepared.words.places(self._leads, sys.maxsize), []
        for start, end in stretches:  # in order, none overlapping: the places each holds, found by bisection
            inside += led[bisect.bisect_left(led, start):bisect.bisect_left(led, end)]
        yield from self._at_places(prepared, inside)

    def _holds_words(self, folded: bytes, start: int, end: int) -> bool:
        """Does folded[start:end] hold a word of each clause every match contains?"""
        for clause in self._need_bytes:
            for word in clause:
                if folded.find(word, start, end) >= 0:
                    break
            else:
                return False
        return True

    def _checked(self, data: bytes, byte: int = 0, stop: int | None = None):
        after, wanted = self._after
        stop = len(data) if stop is None else stop
        while byte <= stop:
            match = self._regex.search(data, byte, stop)
            if match is None:
                return
            start, end = match.span()
            if (after.match(data, end, stop) is not None) == wanted:
                yield match
                byte = end if end > start else start + 1
            else:
                byte = start + 1

    def matches(self, text: str | Searchable, start: int, end: int):
        """Every match within text[start:end], as `re`'s finditer(text, start, end) finds them: `$` and `\\b` read
        the text as ending at `end` (`finditer(text, start, end)` looks past it)."""
        while (found := self.search(text, start, end)) is not None:
            yield found
            start = max(found.end(), found.start() + 1)

    def search(self, text: str | Searchable, start: int = 0, end: int | None = None) -> Found | None:
        """The first match; from `start` / up to `end`, as `re`'s pattern.search(text, pos, endpos) finds it: the
        character before `start` read by `\\b`, the text read as ending at `end` (its `$` and `\\b` there)."""
        if start or end is not None:
            return self._at(text, start, end, anchored=False)
        if isinstance(text, Searchable) or self._after is not None:
            return next(self.finditer(text), None)
        if self._needs and text.isascii() and not self._holds_needs(text.lower()):
            return None  # (as preparing it would say, without preparing it)
        prepared = _prepared_short(text) if len(text) < _SHORT else Searchable(text)
        if self._needs and not self._holds_needs(prepared.lowered):
            return None
        match = self._regex.search(prepared.data)  # a sentence or a heading: RE2 at once, no generator
        return None if match is None else self._found(prepared, match)

    def match(self, text: str | Searchable, start: int = 0, end: int | None = None) -> Found | None:
        """A match that starts at `start`, as `re`'s pattern.match(text, pos, endpos) finds it."""
        return self._at(text, start, end, anchored=True)

    def _at(self, text: str | Searchable, start: int, end: int | None, anchored: bool) -> Found | None:
        if self._after is not None:
            raise PatternError("search a stretch of a pattern with followed_by / not_followed_by with finditer")
        prepared = text if isinstance(text, Searchable) else _prepared_short(text) if len(text) < _SHORT else Searchable(text)
        data, shift = prepared.data, 0
        if self._need_bytes and not self._holds_words(prepared.folded, start, len(data) if end is None else end):
            return None  # it lacks a word every match holds
        if end is not None and end < len(data):  # the stretch, with the character before it: RE2 reads `$` as the very end
            shift = max(0, start - 1)
            data, start = data[shift:end], start - shift
        regex = self._regex
        match = (regex.match if anchored else regex.search)(data, start)
        if match is None:
            return None
        spans = tuple((a + shift, b + shift) if a >= 0 else (a, b) for a, b in map(match.span, range(regex.groups + 1)))
        return Found(prepared.text, spans, self._names)


_MADE: dict[tuple, TextPattern] = {}  # per process, by arguments


def every_pattern() -> list[TextPattern]:
    """Every pattern this process made."""
    return list(_MADE.values())


def _pattern(*arguments) -> TextPattern:
    """A pattern unpickled (the rulebook an audit worker is sent): the one this process made
    already, if any (a worker's fork server made the shipped rulebook's), not analysed again."""
    return _MADE.get(arguments) or TextPattern(*arguments)

