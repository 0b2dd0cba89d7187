"""`placeholders`: drafting placeholders left in the text.

  [TBD], [TBC], [insert ...], [●], [Customer Name], [Drafting note: ...], {customer_name},
  <<Fee>>, «Date», a bare TBD, blanks (____) and figures left as XX ("XX days", "$X,XXX").

Not placeholders either: the redactions of a filed copy (SEC EDGAR exhibits: "[***]",
"[* * *]", "[...***...]", "[REDACTED]"; and its marks "[GRAPHIC OMITTED]", "[INITIALS ILLEGIBLE]",
"[LOGO]"): brackets of three asterisks or more always, "[*]" and
"[**]" when the document says it was redacted ("Confidential treatment has been requested",
"information ... has been omitted / excluded", "[***]" elsewhere); in a draft without such a
legend "[*]" is a blank to fill in.

Underscores on a signature block's own lines (By:, Name:, Title:, Date:, Signature:) are left
to `signature_blanks`; an unticked or ticked check box ("[ ]", "[x]") is not a placeholder.

  params:
    min_underscores: 4   a run of this many underscores is a blank
"""

from __future__ import annotations

import bisect
import re

from checker.engine.definitions import matches_from
from checker.engine.kinds.drafting import HygieneKind, Slip, short

_BRACKET = re.compile(r"\[([^\[\]\n]{1,200})\](?!\()")  # not a Markdown link "[text](url)"
_BRACKET_CUE = re.compile(
    r"^\s*(?:insert|enter|specify|add|select|choose|describe|state|complete|fill[\s-]+in|drafting\s+note|"
    r"note\s+to\s+(?:draft|drafter|client)|NTD|placeholder|to\s+be\s+(?:confirmed|determined|agreed|inserted|completed))\b"
    r"|\b(?:TBD|TBC|TBA|tbd|tbc)\b"
    r"|^\s*(?:[\u25cf\u2022\u25aa\u25a0*#?]+|\.{3,}|\u2026|_+|[Xx]{2,}(?:[,.][Xx]+)*|[$\u00a3\u20ac]\s?[Xx#]+(?:[,.][Xx#]+)*)\s*$",
    re.I,
)
# "[Customer Name]", "[Provider Legal Entity]", "[DATE]", "[Address]": a field to fill in
_FIELD_WORDS = (r"Name|Names|Address|Date|Amount|Number|No\.|Title|Fee|Fees|Price|Email|E-mail|Phone|Term|Period|"
                r"Percentage|Jurisdiction|State|Country|County|Entity|Company|Party|Signatory|Figure|Sum|Value|Day|"
                r"Days|Month|Months|Year|Years|Hours|Rate|Currency|Customer|Provider|Client|Supplier|Vendor|Contractor")
_FIELD = re.compile(rf"^\s*(?:[A-Z][A-Za-z'\u2019-]*\s+){{0,4}}(?:{_FIELD_WORDS})\s*$|^\s*[A-Z][A-Z ]{{1,40}}[A-Z]\s*$")
_NOT_PLACEHOLDER = re.compile(r"^\s*(?:reserved|intentionally\s+(?:left\s+blank|omitted)|deleted|sic|emphasis\s+added)\s*$"
                              r"|^\s*(?:redacted|omitted|confidential\s+(?:treatment\s+requested|portions?\s+omitted))\b"
                              # a filing's marks for what it could not carry: "[GRAPHIC OMITTED]", "[INITIALS ILLEGIBLE]", "[LOGO]"
                              r"|^.{0,40}?\b(?:omitted|illegible|logo)\s*$", re.I)
# a redaction mark: asterisks only, with spaces or dots around ("[***]", "[* * *]", "[...***...]", "[… *** …]")
_ASTERISKS = re.compile(r"^[\s.\u2026]*\*[\s*]*[\s.\u2026]*$")
# a filed copy says it was redacted
_REDACTED = re.compile(r"confidential\s+treatment|filed\s+separately\s+with|(?:has|have)\s+been\s+(?:omitted|excluded|redacted)"
                       r"|competitive(?:ly)?\s+harm|\[[\s.\u2026]*\*\s*\*\s*\*", re.I)
_OTHER = re.compile(
    r"\{\{?\s*[A-Za-z_][\w .-]{0,60}\}\}?"  # {placeholder}, {{ placeholder }}
    r"|<<[^<>\n]{1,60}>>|\u00ab[^\u00ab\u00bb\n]{1,60}\u00bb"  # <<Fee>>, «Date»
    r"|(?-i:\b(?:TBD|TBC|TBA)\b)"
    r"|(?:[$\u00a3\u20ac]\s?|\b)(?:XX+|xx+)(?:[,.](?:XX+|xx+|\d+))*\s*(?:%|(?:percent|per\s+cent|"
    r"(?:business\s+|calendar\s+|working\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?))\b)"
    r"|[$\u00a3\u20ac]\s?(?:X+|x+)(?:[,.][Xx]+)*\b"
    r"|(?<=\S)[ \t]*\u25cf",  # a lone "●" inside a line (at a line start it is a bullet)
    re.I,
)
_SIGNATURE_LINE = re.compile(r"\s*(?:(?:By|Signed|Signature|Sign|Name|Print(?:ed)?\s+Name|Title|Position|Date|Dated|"
                             r"Date\s+signed|Witness)\b[^:\n]{0,20}"
                             r"|(?:Signed|Executed)\s+(?:for|by|on\s+behalf\s+of)\b[^:\n]{0,100}):", re.I)  # "Signed for Acme Ltd by its director:"


class PlaceholdersKind(HygieneKind):
    name = "placeholders"
    params_spec = {"min_underscores": (int, 4)}
    noun = ("placeholder left in", "placeholders left in")
    clean = "no placeholder left in"

    def slips(self, spec, document, package):
        text = document.text
        found: list[Slip] = []
        taken = _Taken()

        def add(start, end, what):
            if taken.take(start, end):
                found.append(Slip(start, end, what))

        redacted = None  # does the document say it was redacted? read once, when a mark needs it
        for match in _BRACKET.finditer(text):
            inner = match.group(1)
            if _NOT_PLACEHOLDER.match(inner) or inner.strip().lower() in ("x", ""):
                continue
            if _ASTERISKS.match(inner):
                if redacted is None:
                    redacted = bool(_REDACTED.search(text))
                if redacted or inner.count("*") >= 3:
                    continue  # a redaction of a filed copy, not a blank left in a draft
            if _BRACKET_CUE.search(inner) or _FIELD.match(inner):
                add(match.start(), match.end(), f"'{short(match.group(0))}'")
        for match in matches_from(_OTHER, text, _other_starts(text)):
            add(match.start(), match.end(), f"'{short(match.group(0).strip())}'")
        shortest = max(spec["min_underscores"], 2)
        underscores = re.compile("_" * shortest + "_*")  # _{n,}, with a literal prefix re finds fast
        for match in underscores.finditer(text):
            if _SIGNATURE_LINE.match(text, cell_start(text, match.start()), match.start()):
                continue  # a signature block's line: signature_blanks reads it
            add(match.start(), match.end(), f"blank '{short(_around(text, match.start(), match.end()))}'")
        return found


class _Taken:
    """The spans already reported, which never overlap one another: a new span is taken only
    if it overlaps none of them (a bisection, not a look at every one)."""

    def __init__(self):
        self._starts: list[int] = []
        self._ends: list[int] = []

    def take(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # the spans that start before this one ends
        if i and self._ends[i - 1] > start:  # ends ascend with starts: the last one is enough
            return False
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True


# where an _OTHER match can begin, but for a bullet: re scans for these fast
_OTHER_START = re.compile(r"[{<\u00ab$\u00a3\u20acxX]|TB[DCA]")
_BULLET = re.compile(r"[ \t]*\u25cf")


def _other_starts(text: str) -> list[int]:
    """Every offset where an _OTHER match may begin: its opening characters, and a bullet
    '\u25cf' or the spaces before it."""
    starts = [m.start() for m in _OTHER_START.finditer(text)]
    if "\u25cf" in text:
        for bullet in _BULLET.finditer(text):
            starts += [bullet.start(), bullet.end() - 1]
        starts = sorted(set(starts))
    return starts


def cell_start(text: str, offset: int) -> int:
    """Where the line (or, in a table row "a | b", the cell) holding `offset` begins."""
    line_start = text.rfind("\n", 0, offset) + 1
    cell = text.rfind(" | ", line_start, offset)
    return line_start if cell < 0 else cell + 3


def _around(text: str, start: int, end: int) -> str:
    """A blank with a few words either side, so the message says which blank it is."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - 30):start]
    after = text[end:min(line_end, end + 30)]
    if start - 30 > line_start:
        before = before.split(" ", 1)[-1]  # whole words only
    if end + 30 < line_end:
        after = after.rsplit(" ", 1)[0]
    return f"{before}{text[start:end][:6]}{after}".strip()


KIND = PlaceholdersKind()
