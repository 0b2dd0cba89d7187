"""The parties the key terms show: those the party layer resolved (checker/nlp/parties.py), and those a contract
names outside its preamble:

  - the addressee of a letter agreement, named above its salutation ('May 2, 2016  Harbour Securities LLC
    10 Main Street ...  Ladies and Gentlemen:'), or the company of the person it is addressed to ('Dear Mr. Ortiz:'):
    the agent or underwriter the letter is written to signs it too;
  - the companies that sign, when the preamble says its parties are each one identified on the signature pages
    ('... and each other party hereto identified on the signature pages hereto (each, an "Investor")');
  - a company the preamble names last without an alias, after the parties it gives aliases ('among Acme Inc.
    ("Acme"), Birch Securities LLC ("Birch") and Cedar Trust Company, solely as trustee.');
  - the companies a cover table names after their roles ('"RESELLER"   Delta Storage Corporation', 'SHIPPER DELTA
    STORAGE CORP.'): a party the preamble knows by that role alone ('between McDATA and Reseller') takes the name;
  - the name a schedule's, order form's or cover page's label gives a party a form leaves unnamed ('AND The party
    specified as the Franchisee on SCHEDULE 1 (the "Franchisee")' ... 'The Franchisee:   NORDIC BURGERS OY').
"""

from __future__ import annotations

import re
from dataclasses import replace

from checker.matching import TextPattern, searchable
from checker.nlp.dates import DATES
from checker.nlp.parties import COLUMN_GAP, JOINDER, Party, company_named, named_by_label, person_named, signatories

_OPENING = 5000  # where a letter's salutation, or the preamble's pointer to the signature pages, stands
_SALUTATION = TextPattern(r"\b(?:Dear\s+)?(?:(?:Ladies|Madams?)\s+and\s+)?Gentlemen\s*[:,]|\bDear\s+(?:Sirs?|Madam|Sir\s+or\s+Madam)\s*[:,]|"
                          r"\bDear\s+(?:Mr|Mrs|Ms|Dr|Messrs)\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s*:", sentence_window=False, ignore_case=False)
_ADDRESS_LINES = 4  # the lines of the address block read for the company's name: a person, their title, then the company
_AFTER_LAST = 400  # the words after the preamble's last alias that may name one more party
_PREAMBLE_END = re.compile(r"(?<=[a-z)\"\u201d])\.\s+[A-Z]|\n\s*\n|\bWHEREAS\b|\bRECITALS?\b")
_JOINED = re.compile(r"(?:^|,)\s*(?:and|AND)\s+(?=[A-Z])")  # ', and Cedar Trust Company'
_ADDRESS_BLOCK = 700  # the date, the addressee and its address above the salutation
# a cover table's row: a role in quote marks ('"LICENSEE"  Name'), or in capitals at the start of a line ('SHIPPER Name'),
# then the company's name, up to the line's end or the next column
_ROLE_NOUN = r"[A-Z][A-Za-z]{2,}(?:ee|EE|or|OR|er|ER)"
_COVER_ROLE = re.compile(rf"[\"\u201c](?P<quoted>{_ROLE_NOUN})[\"\u201d][ \t]*:?[ \t]*(?=\S)|"
                         r"(?:^|\n)[ \t]*(?P<capitals>[A-Z]{2,}(?:EE|OR|ER))[ \t]+(?=[A-Z])")
# the parties are those the signature pages name: 'each other party identified on the signature page(s) hereto',
# 'the persons listed on the signature pages', 'the Investors named on Schedule A and the signature pages'
_ON_SIGNATURE_PAGES = TextPattern(r"\b(?:each|all|the)\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:part(?:y|ies)|persons?|entit(?:y|ies)|"
                                  r"investors?|sponsors?|purchasers?|lenders?|holders?|signator(?:y|ies))\s+(?:hereto\s+)?"
                                  r"(?:identified|named|listed|set\s+forth)\s+(?:on|in)\s+the\s+signature\s+pages?(?:\s*\(s\))?", sentence_window=False)


def key_parties(text: str, parties: list[Party]) -> list[Party]:
    """The party layer's parties, then the addressee of a letter agreement, the companies that sign for parties
    the preamble leaves to the signature pages and those a cover table names, each not already among them; a party
    the layer knows by its role alone ('between McDATA and Reseller') gets the name its row gives."""
    signing = _signing(text)
    # a party known by its role alone stands for those the signature pages name ('each party identified on the signature
    # pages (each, a "Seller")')
    found = [p for p in parties if not (signing and p.aliases and p.name == p.aliases[0])]
    for party in [*_last_without_alias(text, parties), *_addressee(text), *signing, *_cover_rows(text), *_named_by_labels(text, parties)]:
        unnamed = next((k for k, p in enumerate(found) if p.aliases and p.name == p.aliases[0]
                        and p.name.casefold() in (a.casefold() for a in party.aliases)), None)
        if unnamed is not None:
            found[unnamed] = replace(found[unnamed], name=party.name)
        elif not any(_same(party.name, p) or _shares_alias(party, p) for p in found):
            found.append(party)
    return found


def _named_by_labels(text: str, parties: list[Party]) -> list[Party]:
    """The names a schedule's, order form's or cover page's labels give the parties a form leaves unnamed ('AND The party
    specified as the Franchisee on SCHEDULE 1 attached hereto (the "Franchisee")' ... 'The Franchisee:   NORDIC BURGERS OY')."""
    found = []
    for party in parties:
        if party.aliases and party.name == party.aliases[0] and (name := named_by_label(text, party.aliases[0], party.start)):
            found.append(Party(name, [party.aliases[0]], None, party.start))
    return found


def _shares_alias(party: Party, known: Party) -> bool:
    """Does a party a cover row names go by a word the known party goes by ('"LICENSOR" HARBOR LANE, INC.' when the
    preamble names 'Harbor Lane Inc. ("Licensor")')?"""
    return any(a.casefold() == b.casefold() for a in party.aliases for b in known.aliases)


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
    '..., and Cedar Trust Company, not individually but solely as trustee.'; or a person, after one party or more,
    the words say is one: '... ("Company"), and Jordan Ellis of Austin, Texas.', '..., and Jordan Ellis, an individual'."""
    named = [p for p in parties if p.aliases and p.start < _OPENING]
    if not named:
        return []
    last = max(p.start for p in named)
    close = text.find(")", last, last + 300)  # the end of the last party's alias
    if close < 0:
        return []
    window = text[close + 1:close + 1 + _AFTER_LAST]
    window = window[:end.start()] if (end := _PREAMBLE_END.search(window)) else window
    found = []
    window = JOINDER.sub(", and ", window)  # ', and, solely with respect to Section 5, Oriel Parent Corp.'
    for joined in _JOINED.finditer(window):
        name = company_named(window[joined.end():]) if len(named) > 1 else ""
        name = name or person_named(window[joined.end():])
        if name and "(" not in window[joined.end():][len(name):][:3]:
            found.append(Party(name, [], None, close + 1 + joined.end()))
    return found[-1:]


def _addressee(text: str) -> list[Party]:
    """The company a letter agreement is addressed to: the words after the letter's date up to the address, above
    its salutation in the opening ('Gentlemen:', 'Dear Sirs,', 'Dear Mr. Ortiz:'), else the first of its first lines
    that names one (a person and their title above it: 'Mr. Daniel Ortiz\nPresident\nOrtiz Consulting, LLC'); a
    company's name only (it ends in a suffix: 'Inc.', 'LLC')."""
    salutation = _SALUTATION.search(searchable(text), 0, min(len(text), _OPENING))
    if not salutation:
        return []
    floor = max(0, salutation.start() - _ADDRESS_BLOCK)
    dates = list(DATES.finditer(searchable(text), floor, salutation.start()))
    if not dates:
        return []
    at = dates[-1].end()
    start = at + len(text[at:]) - len(text[at:].lstrip(" \t\n,"))
    name = company_named(text[start:salutation.start()].split("\n", 1)[0])
    if not name:  # 'Mr. Daniel Ortiz\nPresident\nOrtiz Clinical Consulting, LLC\n55 Elm Street': the company the person is of
        for line in [line for line in text[start:salutation.start()].split("\n") if line.strip()][1:_ADDRESS_LINES]:
            if name := company_named(line.strip()):
                start = text.find(line, start)
                break
    name = name or company_named(text[start:salutation.start()])  # a name run onto the next line
    if not name:
        return []
    return [Party(name, [], None, start)]


def _cover_rows(text: str) -> list[Party]:
    """The companies a cover table names after their role: '"RESELLER"  Delta Storage Corporation', or a role in
    capitals that starts a line, 'SHIPPER  DELTA STORAGE CORP.   TAX ID 12-345'; the row's column is the name whole."""
    found = []
    for row in _COVER_ROLE.finditer(text, 0, min(len(text), _OPENING)):
        line_end = text.find("\n", row.end())
        column = COLUMN_GAP.split(text[row.end():line_end if line_end >= 0 else len(text)], maxsplit=1)[0]
        name = company_named(column)
        role = row.group("quoted") or row.group("capitals")
        # a role in capitals is one the text speaks of ('the SHIPPER shall'), not a word of a name ('PUROLATOR COURIER
        # LTD.', 'CARRIER GLOBAL CORPORATION' of 'the Carrier Group')
        if name and name == " ".join(column.split()).strip(" ,;") and (row.group("quoted") or TextPattern(
                rf"\bthe\s+{role}\b", sentence_window=False, not_followed_by=r"\s+(?-i:[A-Z])").search(searchable(text))):
            found.append(Party(name, [role.capitalize() if role.isupper() else role], None, row.end()))
    return found


def _signing(text: str) -> list[Party]:
    """The companies that sign, when the preamble says the parties are those the signature pages identify."""
    if not _ON_SIGNATURE_PAGES.search(searchable(text), 0, min(len(text), _OPENING)):
        return []
    return signatories(text)
