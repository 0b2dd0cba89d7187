"""Which patterns cannot match a text, known without running them.

A rulebook holds a few hundred patterns, and RE2 reads the whole contract for each. Most
name words the contract lacks: 'terminat' or 'cancel', then 'convenience'. `requirement()`
reads from a pattern's source the words every match must contain (letters and digits
written literally; a group's alternatives give one word each, any of which will do), and
`Words` holds a contract's words, so a pattern whose words are absent is not run at all.

This never decides that a pattern matches, only that it cannot: where a construct is not
understood, it requires nothing. tests/test_matching.py checks, for every pattern of the
rulebook, the tags and the key terms, that skipping changes no match.
"""

from __future__ import annotations

import bisect
import itertools
import re

_SHORTEST = 3  # a shorter word is in every contract: checking it costs more than it saves
_WIDEST = 64  # a choice of more words than this is in every contract too
_WORD = re.compile(r"[a-z0-9]+")
_QUANTIFIER = re.compile(r"\?|\*|\+|\{(\d*)(?:,\d*)?\}")
_FLAGS = re.compile(r"(?:\(\?[imsU-]+\))*")  # the leading flags: (?i)(?s)
_GAP_CLASS = re.compile(r"-?(?:\\s|\\[^\w]|[^\w\\\-\[\]^])+-?")  # a class of characters no word holds: [\s-]


class _Unknown(Exception):
    """A construct this reader does not follow: the pattern requires nothing."""


def requirement(source: str) -> tuple[tuple[tuple[str, bool], ...], ...]:
    """What every match of `source` contains: clauses, each a choice of (word, at_word_start)
    at least one of which occurs, in lower case; () when nothing is known."""
    try:
        clauses, end = _alternation(source, 0)
    except (_Unknown, IndexError):
        return ()
    if end != len(source):
        return ()
    return tuple(clause for clause in clauses if all(len(word) >= _SHORTEST for word, _ in clause))


def _alternation(source: str, i: int, after_boundary: bool = False):
    """Parse alternatives up to a ')' or the end: (clauses, index)."""
    branches = []
    while True:
        clauses, i = _sequence(source, i, after_boundary)
        branches.append(clauses)
        if i < len(source) and source[i] == "|":
            i += 1
            continue
        break
    if len(branches) == 1:
        return branches[0], i
    if not all(branches):
        return [], i  # a branch that requires no word: nothing
    # each clause of the first branch joined with the clause of each other branch that adds fewest words to it:
    # a match of any branch holds a word of its own part of each ('(?:a\s+b|b\s+a)': a, and b)
    joined = [set(clause) for clause in branches[0]]
    for clauses in branches[1:]:
        joined = [words | min(map(set, clauses), key=lambda other: len({w for w, _ in other} - {w for w, _ in words}))
                  for words in joined]
    # ... and one clause of each branch's longest word
    choice = [max((clause[0] for clause in clauses if len(clause) == 1), key=lambda unit: len(unit[0]), default=None)
              for clauses in branches]
    if None not in choice:
        joined.append(set(choice))
    found = []  # the narrowest first; a clause that holds another's words says nothing more
    for words in sorted(({(w, start) for w, start in words if start and (w, False) in words} ^ words for words in joined),
                        key=lambda words: (len(words), sorted(words))):
        if len(words) <= _WIDEST and not any(set(clause) <= words for clause in found):
            found.append(tuple(sorted(words)))
    return found, i


def _sequence(source: str, i: int, after_boundary: bool):
    """Parse one alternative: (clauses, index of the '|' or ')' that ends it, or the end)."""
    clauses: list[tuple] = []
    run: list[str] = []  # letters and digits read in a row, each required once
    run_at_word_start = False

    def close():
        if run:
            clauses.append((("".join(run), run_at_word_start),))
            run.clear()

    while i < len(source) and source[i] not in "|)":
        char = source[i]
        inner = None
        if char == "\\":
            escape = source[i + 1]
            if escape in "QE0123456789":  # quoting, backreferences, octal codes
                raise _Unknown
            i = _escape_end(source, i)
            kind = "boundary" if escape == "b" else "gap" if escape == "s" or not (escape.isalnum() or escape == "_") \
                else "other"
        elif char == "[":
            end = class_end(source, i)
            i, kind = end, "gap" if _GAP_CLASS.fullmatch(source, i + 1, end - 1) else "other"
        elif char == "(":
            i, inner = _group(source, i, after_boundary and not run)
            if inner is None:  # flags such as (?i): nothing read
                continue
            kind = "group"
        elif char.isascii() and char.isalnum():
            i, kind = i + 1, "char"
        else:  # '.', '^', '$', or a literal that is not a letter: it ends the word read
            i, kind = i + 1, "other" if char in "._^$" else "gap"
        least, quantified = 1, False
        quantifier = _QUANTIFIER.match(source, i)
        if quantifier:
            i, quantified, least = quantifier.end(), True, _least(quantifier)
            if source.startswith(("?", "+"), i):  # lazy or possessive: the same least count
                i += 1
        if kind == "char" and least >= 1:
            if not run:
                run_at_word_start = after_boundary
            run.append(char.lower())
            if quantified:  # 'ab+c': 'ab' is read in a row, what follows may not be
                close()
            after_boundary = False
            continue
        close()
        if kind == "group" and least >= 1:
            clauses.extend(inner)
        after_boundary = kind == "boundary" or kind == "gap" and least >= 1  # a word starts right after it
    close()
    return clauses, i


def _least(quantifier: re.Match) -> int:
    """How many times a quantifier ('?', '*', '+', '{m,n}') requires what it follows."""
    text = quantifier.group()
    return 0 if text in ("?", "*") else 1 if text == "+" else int(quantifier.group(1) or 0)


def _escape_end(source: str, i: int) -> int:
    """The index past the escape at `i` ('\\b', '\\x{201c}', '\\u201c', '\\pL', '\\p{Lu}')."""
    escape = source[i + 1]
    if escape in "xpP" and source.startswith("{", i + 2):
        return source.index("}", i + 2) + 1
    return i + 2 + {"x": 2, "u": 4, "U": 8, "p": 1, "P": 1}.get(escape, 0)


def _group(source: str, i: int, after_boundary: bool):
    """A group at `i`: (index past it, its clauses), or (index past it, None) for flags
    alone, such as '(?i)'."""
    head = _GROUP_HEAD.match(source, i)
    if head is None:
        raise _Unknown  # lookaround, atomic groups, conditionals
    if head.group().endswith(")"):
        return head.end(), None
    clauses, end = _alternation(source, head.end(), after_boundary)
    if end >= len(source) or source[end] != ")":
        raise _Unknown
    return end + 1, clauses


_GROUP_HEAD = re.compile(r"\(\?P<\w+>|\(\?<\w+>|\(\?:|\(\?[imsU-]+:|\(\?[imsU-]+\)|\((?!\?)")


def class_end(source: str, start: int) -> int:
    """The index just past the character class that opens at `start`."""
    i = start + 1
    if source.startswith("^", i):
        i += 1
    if source.startswith("]", i):
        i += 1
    while source[i] != "]":
        if source[i] == "\\":
            i += 2
        elif source.startswith("[:", i) and ":]" in source[i:]:
            i = source.index(":]", i) + 2
        else:
            i += 1
    return i + 1


class Words:
    """A contract's words: the distinct runs of letters and digits of its lower-cased text,
    sorted (to find the words that start with a lead), each with the offsets where it
    stands, and the text itself (for a word that may start inside another)."""

    __slots__ = ("lowered", "sorted", "_at", "_inside", "_starts", "_joined", "_places", "_led")

    def __init__(self, lowered: str):
        self.lowered = lowered
        at: dict[str, list[int]] = {}
        for match in _WORD.finditer(lowered):
            at.setdefault(match.group(), []).append(match.start())
        self._at = at
        self.sorted = sorted(at)
        # word -> whether the text holds it anywhere / at a word's start: many patterns ask
        self._inside: dict[str, bool] = {}
        self._starts: dict[str, bool] = {}
        self._joined = None  # the distinct words, one a line: a sixth of a contract's length
        self._places: dict[tuple[str, ...], tuple[list[int] | None, int]] = {}  # leads -> (places, the most asked for)
        self._led: dict[str, list[int]] = {}  # one lead -> where a word it starts stands, in order: leads recur across patterns

    def has(self, word: str, at_word_start: bool) -> bool:
        known = self._starts if at_word_start else self._inside
        found = known.get(word)
        if found is None:
            if at_word_start:
                i = bisect.bisect_left(self.sorted, word)
                found = i < len(self.sorted) and self.sorted[i].startswith(word)
            elif word.isascii() and word.isalnum():  # it stands inside one of the words: read them once each
                if self._joined is None:
                    self._joined = "\n".join(self.sorted)
                found = word in self._joined
            else:
                found = word in self.lowered
            known[word] = found
        return found

    def may_match(self, clauses) -> bool:
        for clause in clauses:  # loops, not all(any(...)): this runs for every pattern on every text
            for word, at_word_start in clause:
                if self.has(word, at_word_start):
                    break
            else:
                return False
        return True

    def places(self, leads: tuple[str, ...], most: int) -> list[int] | None:
        """The offsets, in order, where a word that starts with one of `leads` starts; None
        when there are more than `most` (one pass over the whole text is then cheaper). Kept
        for the next pattern that asks for the same words, as many do."""
        known = self._places.get(leads)
        if known is not None and (known[0] is not None or most <= known[1]):
            return known[0] if known[0] is None or len(known[0]) <= most else None
        found = self._find_places(leads, most)
        self._places[leads] = (found, most)
        return found

    def _find_places(self, leads: tuple[str, ...], most: int) -> list[int] | None:
        each = [self._led_by(lead) for lead in leads]
        if sum(map(len, each)) > most:  # (a word two leads start counted twice, as ever)
            return None
        return sorted(itertools.chain.from_iterable(each)) if len(each) > 1 else list(each[0])

    def _led_by(self, lead: str) -> list[int]:
        found = self._led.get(lead)
        if found is None:
            found, words = [], self.sorted
            i = bisect.bisect_left(words, lead)
            while i < len(words) and words[i].startswith(lead):
                found += self._at[words[i]]
                i += 1
            found.sort()
            self._led[lead] = found
        return found


# An escape, or a character class's body, that cannot match '.'
_NOT_A_DOT = r"\\(?:[swdntrf]|[^A-Za-z0-9.]|x\{(?!0*2[eE]\})[0-9a-fA-F]+\}|x(?!2[eE])[0-9a-fA-F]{2})"
_ESCAPE_NOT_A_DOT = re.compile(r"\\[bB]|" + _NOT_A_DOT)
_CLASS_NOT_A_DOT = re.compile(r"-?(?:[A-Za-z0-9]-[A-Za-z0-9]|" + _NOT_A_DOT + r"|[^\\.\[-])*-?")


# a dot a digit follows ('\\.\\d', as matching.py writes it): in a prepared text that is a clause number's dot (NUMBER_DOT)
_BEFORE_A_DIGIT = re.compile(r"\[\.\\x1f\]\\d(?![?*]|\{0)")


def between_dots(source: str) -> bool:
    """Does every match lie between two '.' of the text: no part of the pattern matches a
    '.', and it is not tied to the text's start or end ('^', '$')? Then a match holding a word
    lies in the stretch between the dots either side of that word. False when unsure."""
    i = 0
    while i < len(source):
        if source[i] == "\\":
            escape = _ESCAPE_NOT_A_DOT.match(source, i)  # not \S \W \D \p (a dot too), \A \z, \1 ...
            if escape is None:
                return False
            i = escape.end()
        elif source[i] == "[":
            end = class_end(source, i)
            body = source[i + 1:end - 1]
            if not ("." in body if body.startswith("^") else _CLASS_NOT_A_DOT.fullmatch(body)) \
                    and not _BEFORE_A_DIGIT.match(source, i):
                return False  # [^;] matches a dot, [.,] too, [!-/] holds it
            i = end
        elif source[i] == "(":
            head = _GROUP_HEAD.match(source, i)
            if head is None:
                return False
            i = head.end()
        elif source[i] in ".^$":
            return False
        else:
            i += 1
    return True


def leads(source: str) -> tuple[str, ...] | None:
    """The words one of which every match starts with, at the start of a word ('\\b(?:terminat|
    cancel)\\w*...' -> ('terminat', 'cancel')), in lower case; None when that is not known."""
    i = _FLAGS.match(source).end()
    found: list[str] = []
    for start in _branches(source + ")", i)[0]:  # 'a|b': either may start a match
        if not source.startswith("\\b", start):
            return None
        words = _leads_at(source, start + 2)
        if not words:
            return None
        found += words
    return tuple(dict.fromkeys(found)) if all(len(word) >= _SHORTEST for word in found) else None


def _leads_at(source: str, i: int) -> list[str] | None:
    if source.startswith("\\b", i):
        i += 2
    if source.startswith("(", i):
        head = _GROUP_HEAD.match(source, i)
        if head is None or head.group().endswith(")"):
            return None
        branches, end = _branches(source, head.end())
        quantifier = _QUANTIFIER.match(source, end)
        if quantifier and _least(quantifier) == 0:
            return None
        found = []
        for start in branches:
            words = _leads_at(source, start)
            if not words:
                return None
            found += words
        return found
    word = []
    while i < len(source) and source[i].isascii() and source[i].isalnum():
        quantifier = _QUANTIFIER.match(source, i + 1)
        if quantifier and _least(quantifier) == 0:
            break
        word.append(source[i].lower())
        if quantifier:
            break
        i += 1
    return ["".join(word)] if word else None


def _branches(source: str, i: int) -> tuple[list[int], int]:
    """The start of each alternative of the group whose body starts at `i`, and the index
    past its ')'."""
    starts, depth = [i], 0
    while True:
        char = source[i]
        if char == "\\":
            i = _escape_end(source, i)
            continue
        if char == "[":
            i = class_end(source, i)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return starts, i + 1
            depth -= 1
        elif char == "|" and depth == 0:
            starts.append(i + 1)
        i += 1


def required_parts(source: str) -> tuple[tuple[str, ...], ...] | None:
    """For each alternative of the pattern, the parts every match of it holds that start at a
    leading word ('\\b(?:delay\\w*\\s+in)', outside any optional or alternative part), each a
    pattern of its own with the source's leading flags; None when an alternative has none. A
    text where no alternative finds all of its parts holds no match: a pattern that pairs a long
    word list with such a part, within a window, is skipped for the price of trying the part
    at its leading words."""
    i = _FLAGS.match(source).end()
    head, found = source[:i], []
    try:
        for branch in _top_branches(source[i:]):
            parts = tuple(dict.fromkeys(head + part for part in _mandatory_groups(branch) if leads(part) is not None))
            if not parts:
                return None
            found.append(parts[:_MOST_PARTS])
    except (_Unknown, IndexError, ValueError):
        return None
    return tuple(dict.fromkeys(found))


_MOST_PARTS = 3  # of one alternative: enough to rule most texts out

def _top_branches(body: str) -> list[str]:
    """The alternatives of a pattern; those of the one group it is, if it is one ('(?:a|b)')."""
    starts, end = _branches(body + ")", 0)
    if len(starts) == 1 and body.startswith("(?:"):
        inner, end = _branches(body, 3)
        if end == len(body):
            return [body[a:b - 1] for a, b in zip(inner, inner[1:] + [len(body)])]
    return [body[a:b - 1] for a, b in zip(starts, starts[1:] + [len(body) + 1])]


def _mandatory_groups(branch: str) -> list[str]:
    """The groups of one alternative that every match of it holds, each with the '\\b' right
    before it: those at its top level that no quantifier makes optional, and, inside a
    group of one alternative, its own."""
    found, i, boundary = [], 0, False
    while i < len(branch):
        char = branch[i]
        if char == "\\":
            end = _escape_end(branch, i)
            is_boundary = branch[i:end] == "\\b"
        elif char == "[":
            end, is_boundary = class_end(branch, i), False
        elif char == "(":
            head = _GROUP_HEAD.match(branch, i)
            if head is None:
                raise _Unknown
            if head.group().endswith(")"):
                raise _Unknown  # flags in the middle
            starts, end = _branches(branch, head.end())
            quantifier = _QUANTIFIER.match(branch, end)
            if quantifier is None or _least(quantifier) >= 1:
                found.append(("\\b" if boundary else "") + "(?:" + branch[head.end():end])
                if len(starts) == 1:
                    found += _mandatory_groups(branch[head.end():end - 1])
            is_boundary = False
        else:
            end, is_boundary = i + 1, False
        quantifier = _QUANTIFIER.match(branch, end)
        if quantifier:
            end = quantifier.end() + (1 if branch.startswith(("?", "+"), quantifier.end()) else 0)
        boundary, i = is_boundary, end
    return found
