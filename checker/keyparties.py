"""The parties the key terms show: those the party layer resolved (checker/nlp/parties.py), and those a contract
names outside its preamble:

  - the addressee of a letter agreement, named above its salutation ('May 2, 2016  Harbour Securities LLC
    10 Main Street ...  Ladies and Gentlemen:'): the agent or underwriter the letter is written to signs it too;
  - the companies that sign, when the preamble says its parties are each one identified on the signature pages
    ('... and each other party hereto identified on the signature pages hereto (each, an "Investor")');
  - a company the preamble names last without an alias, after the parties it gives aliases ('among Acme Inc.
    ("Acme"), Birch Securities LLC ("Birch") and Cedar Trust Company, solely as trustee.').
"""

from __future__ import annotations

import re

from checker.nlp.dates import DATE_RE
from checker.nlp.parties import _HAS_SUFFIX, Party, _forward, _plausible, _signatories

_OPENING = 5000  # where a letter's salutation, or the preamble's pointer to the signature pages, stands
_SALUTATION = re.compile(r"\b(?:Dear\s+)?(?:(?:Ladies|Madams?)\s+and\s+)?Gentlemen\s*[:,]|\bDear\s+(?:Sirs?|Madam|Sir\s+or\s+Madam)\s*[:,]")
_AFTER_LAST = 400  # the words after the preamble's last alias that may name one more party
_PREAMBLE_END = re.compile(r"(?<=[a-z)\"\u201d])\.\s+[A-Z]|\n\s*\n|\bWHEREAS\b|\bRECITALS?\b")
_JOINED = re.compile(r"(?:^|,)\s*(?:and|AND)\s+(?=[A-Z])")  # ', and Cedar Trust Company'
_ADDRESS_BLOCK = 700  # the date, the addressee and its address above the salutation
# the parties are those the signature pages name: 'each other party identified on the signature page(s) hereto',
# 'the persons listed on the signature pages', 'the Investors named on Schedule A and the signature pages'
_ON_SIGNATURE_PAGES = re.compile(r"\b(?:each|all|the)\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:part(?:y|ies)|persons?|entit(?:y|ies)|"
                                 r"investors?|sponsors?|purchasers?|lenders?|holders?|signator(?:y|ies))\s+(?:hereto\s+)?"
                                 r"(?:identified|named|listed|set\s+forth)\s+(?:on|in)\s+the\s+signature\s+pages?(?:\s*\(s\))?", re.I)


def key_parties(text: str, parties: list[Party]) -> list[Party]:
    """The party layer's parties, then the addressee of a letter agreement and the companies that sign for parties
    the preamble leaves to the signature pages, each not already among them."""
    found = list(parties)
    for party in [*_last_without_alias(text, parties), *_addressee(text), *_signing(text)]:
        if not any(_same(party.name, p) for p in found):
            found.append(party)
    return found


def _same(name: str, party: Party) -> bool:
    """Is `name` one of the party's aliases, or its name or a name within it ('Acme Capital LLC', 'Acme Capital')?"""
    name = " ".join(name.casefold().split())
    if any(name == " ".join(alias.casefold().split()) for alias in party.aliases):
        return True
    known = " ".join(party.name.casefold().split())
    shorter, longer = sorted((name, known), key=len)
    return len(shorter.split()) > 1 and re.search(rf"(?:^|\W){re.escape(shorter)}(?:\W|$)", longer) is not None


def _last_without_alias(text: str, parties: list[Party]) -> list[Party]:
    """A company named after the last party of the preamble, before its sentence ends, with no alias of its own:
    '..., and Cedar Trust Company, not individually but solely as trustee.'"""
    named = [p for p in parties if p.aliases and p.start < _OPENING]
    if len(named) < 2:
        return []
    last = max(p.start for p in named)
    close = text.find(")", last, last + 300)  # the end of the last party's alias
    if close < 0:
        return []
    window = text[close + 1:close + 1 + _AFTER_LAST]
    window = window[:end.start()] if (end := _PREAMBLE_END.search(window)) else window
    found = []
    for joined in _JOINED.finditer(window):
        name = _plausible(_forward(window[joined.end():]), "")
        if name and len(name.split()) > 1 and _HAS_SUFFIX.search(name) and "(" not in window[joined.end():][len(name):][:3]:
            found.append(Party(name, [], None, close + 1 + joined.end()))
    return found[-1:]


def _addressee(text: str) -> list[Party]:
    """The company a letter agreement is addressed to: the words after the letter's date up to the address, above
    its salutation in the opening; a company's name only (it ends in a suffix: 'Inc.', 'LLC')."""
    salutation = _SALUTATION.search(text, 0, min(len(text), _OPENING))
    if not salutation:
        return []
    floor = max(0, salutation.start() - _ADDRESS_BLOCK)
    dates = list(DATE_RE.finditer(text, floor, salutation.start()))
    if not dates:
        return []
    at = dates[-1].end()
    start = at + len(text[at:]) - len(text[at:].lstrip(" \t\n,"))
    name = _plausible(_forward(text[start:salutation.start()]), "")
    if not name or not _HAS_SUFFIX.search(name) or len(name.split()) < 2:
        return []
    return [Party(name, [], None, start)]


def _signing(text: str) -> list[Party]:
    """The companies that sign, when the preamble says the parties are those the signature pages identify."""
    if not _ON_SIGNATURE_PAGES.search(text, 0, min(len(text), _OPENING)):
        return []
    return _signatories(text)
