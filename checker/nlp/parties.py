"""Who the contract is between: the parties, their names, the words that stand for them
(defined aliases such as "Provider", "Northwind", "Licensee") and their roles (provider /
customer).

Read from the opening words (the preamble, a "BETWEEN:" block, "PROVIDER: ..." labels):
a party is a name followed by the alias it is given ('Northwind IT Ltd ("Provider")',
'(hereinafter referred to as "Client")', or, in EDGAR text whose quote marks were lost,
'(hereinafter Client)'). A role comes from the alias or the name when it is a role word
("Supplier", "Licensee"); otherwise (`settle_roles`, once nlp/obligations.py has read the
verbs) from what the party does in the body (who "shall provide" the services, who "shall
pay"); with two parties, one known role gives the other.

Scans of a contract's text (contents, the opening's 'between's, window ends, cover pages, labels, tables, signature blocks)
run on RE2 (checker/matching.py; `TextPattern.matches`: a stretch as `re`'s pos / endpos). `re` stays on bounded input: a name, column
or cell (`_plausible`, `_forward` ...), the 20-200 characters before a match (`_PASSIVE`, `_AMENDS`, `_ANOTHER`) and, for
now, the preamble's window of 3,500 at most (`_ALIAS`, `_SENTENCE_END`: lookarounds RE2 cannot run as written).
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from checker.matching import Searchable, TextPattern, searchable
from checker.model import is_title_like
from checker.nlp.jurisdictions import JURISDICTIONS

# the words a contract names its sides with; the drafting checks (engine/kinds/drafting.py) read the same
PROVIDER_ROLE_WORDS = ("service provider", "provider", "supplier", "vendor", "contractor", "consultant", "licensor",
                       "seller", "msp")
CUSTOMER_ROLE_WORDS = ("customer", "client", "buyer", "purchaser", "licensee", "subscriber")
# and the looser words that tell a side when the obligations are read
PROVIDER_WORDS = PROVIDER_ROLE_WORDS + ("developer", "host", "hosting provider", "outsourcer", "agency", "manufacturer",
                                        "distributor", "servicer", "processor", "data processor")
CUSTOMER_WORDS = CUSTOMER_ROLE_WORDS + ("authority", "user", "recipient", "controller", "data controller", "owner",
                                        "reseller", "merchant", "municipality", "council")
# the words that label a party: 'PROVIDER: Northwind IT Ltd'
LABEL_WORDS = (r"service\s+provider|provider|supplier|vendor|contractor|consultant|customer|client|licensee|licensor|"
               r"purchaser|buyer|seller|company")
# the role phrases of contracts in translation, read as a party's role but not sought as holders in the text (the
# words of one hide in another: 'Co-contracting Party'): the Spanish 'EL CONTRATANTE' ('THE CONTRACTING PARTY', who
# engages the contractor), the Portuguese 'cocontratante' ('the Co-contracting Party', who performs), a public body
# ('the Contracting Authority', 'the Awarding Authority'), the Portuguese 'CONTRATADA' ('THE CONTRACTED PARTY', who performs)
TRANSLATED_ROLES = {"contracting party": "customer", "contracting entity": "customer", "contracting authority": "customer",
                    "awarding authority": "customer", "co-contracting party": "provider", "co-contractor": "provider",
                    "contracted party": "provider"}
ROLE_OF_WORD = {**{w: "provider" for w in PROVIDER_WORDS}, **{w: "customer" for w in CUSTOMER_WORDS}, **TRANSLATED_ROLES}
MUTUAL = "mutual"  # "either party", "each party", "the parties"

_exact = functools.partial(TextPattern, sentence_window=False, ignore_case=False)  # a pattern read as written
_OPENING = 6000  # where the parties are named (after a table of contents at the top)
# an entry of a table of contents: dot leaders to its page number or its exhibit's letter ('2.F. TERM ....... 9')
_CONTENTS_ENTRY = _exact(r"(?m)(?:\.[ \t]*){4,}(?:\d{1,3}|[A-Z]{1,2}|[ivxlIVXL]{1,6})[ \t]*$")
_CONTENTS_HEADING = _exact(r"\b(?:TABLE\s+OF\s+CONTENTS|Table\s+of\s+Contents|INDEX\s+OF\s+(?:CLAUSES|SECTIONS))\b")
_CONTENTS_END = 30000  # how far a table of contents without dot leaders may push the preamble
_CONTENTS_GAP = 1500  # entries further apart than this (or the first further from the top) end the contents
_BETWEEN = TextPattern(r"\b(?:by\s+and\s+)?(?:between|among)\b[ \t]*:?|\bparties(?:[ \t]*:|\s+to\s+this\s+(?:agreement|contract|addendum|amendment)\s+are\b)|\bBETWEEN\b|"
                        r"\b(?:made|entered\s+into|executed)\s+(?:(?:and|as\s+of|on|into)\s+)?by\b", sentence_window=False)
# another instrument, dated, right before a 'between': 'that certain Joint Venture Agreement dated March 7, 2016 by and',
# its defined name after its date ('the Agreement and Plan of Merger, dated as of May 1, 2015 (the "Merger Agreement"), by
# and among') or before it, a parenthesis within ('(the "Amended Trust Agreement" and, together with the Original Trust
# Agreement, the "Trust Agreement")) dated as of ... among'); not this agreement's own date ('(the "Effective Date")')
_ANOTHER = re.compile(r"\b(?:an?|that\s+certain|certain|such|said|its|their|existing|prior|original|the)\s+(?:(?!this\b)[\w&/.-]+\s+){0,6}?"
                      r"(?:agreements?|notes?|contracts?|leases?|indentures?|licen[cs]es?)\b(?:\s*\((?:[^()]|\([^()]{0,80}\)){0,200}\))?[^.;()]{0,100}?"
                      r"\bdated\b[^;()]{0,80}?(?:\((?![^()]*\bdate\b)[^()]{0,80}\)[\s,]*)?$", re.I)
# a duty in the passive voice, no preamble: 'payment shall be made by the Distributor to the Supplier within 30 days'
_PASSIVE = re.compile(r"\b(?:be|been|being|are|were)\s+$", re.I)
_AMENDS = re.compile(r"\b(?:amendment|addendum|supplement)\b[^.;]{0,60}?\bto\s+$", re.I)
_Q = "\"'\u201c\u2018\u201d\u2019\u02ba"  # quote marks, with the EDGAR double prime
# what may come before the alias inside its parenthesis: a description up to a comma or 'as' ('(together with
# its successors, "Lessor")', '(on behalf of itself and its Affiliates, individually referred to as "Bellicum")')
_LEAD = (r"\(\s*(?:[^()\"\u201c\u201d]{0,120}?(?:;|,|\bas\b|\bcollectively\b|\bjointly\b|\bassigns\b)\s*)?(?:(?:hereinafter|hereafter|herein)\s*(?:,\s*)?(?:referred\s+to\s+as|called|known\s+as)?\s*"
         r"|(?:referred\s+to\s+(?:herein\s+)?as|called)\s+)?(?:[Tt]he\s+|[Aa]\s+|[Ee]ach\s+an?\s+)?")  # '(each a "Fund")'
_ALIAS = re.compile(  # '("Provider")', '(the "Customer")', '("the Customer")', '(hereinafter Client)'
    # the first quoted alias, others after it ('("Domini" or the "Sponsor")', '("Licensee" and together with
    # Licensor, the "Parties")') in `more`; an apostrophe inside a name ('("Logan's")')
    # ('("Celebrity)': a closing quote mark lost)
    _LEAD + rf"(?:[{_Q}]\s*(?:the\s+|THE\s+)?(?P<quoted>[\w&][\w&@.\-'\u2019 ]{{0,40}}?)\s*,?\s*(?:[{_Q}](?!\w)(?P<more>[^()]{{0,160}}?)|(?=\)))"
    r"|(?P<bare>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}))\s*\)"
)
_MORE_ALIAS = re.compile(rf"\s*(?:,|;|/|\bor\b|\band/or\b|\band\b)\s*(?:the\s+)?[{_Q}]\s*(?:the\s+)?(?P<alias>[\w&][\w&.\-'\u2019 ]{{0,40}}?)\s*[{_Q}]")
_MORE_ALIASES = re.compile(rf"(?:{_MORE_ALIAS.pattern})*")  # one after another from the start
_BARE_LEAD = re.compile(r"\b(?:hereinafter|hereafter|herein|referred|called|known)\b", re.I)
_BARE_END = re.compile(r"\s*(?:[,.;:]|\band\b|\bor\b|$)|[ \t]*\n")  # what may follow an alias without quote marks (a line end: a block of parties)
_GAP = 400  # once two parties are named, an alias further than this from the last is a defined term of the text
_AS_ROLE = _exact(r"(?:^|\n|,\s*and\s+|\band\s*\n)\s*(?P<name>[A-Z][^\n,]{2,80}?),?\s+as\s+(?P<alias>[A-Z]\w+(?:[ \t]+[A-Z]\w+){0,2})\b")
_WINDOW_END = _exact(r"\bWHEREAS\b|\bRECITALS?\b|\bBACKGROUND\b|\bNOW,?\s+THEREFORE\b|\bTABLE\s+OF\s+CONTENTS\b|"
                      r"\n\s*(?:1\.|ARTICLE\s+(?:1|I)\b|SECTION\s+1\b)")
_NUMBERED_PARAGRAPH = re.compile(r"\s*1\.\d{1,2}\.?[ \t]+[A-Z]")  # '1.2 Datajouren AB': the first clause's paragraph
_HEREINAFTER = _exact(  # 'Hereinafter referred to as "Customer"', 'referred to in this Agreement as "Company"'
    r"\b(?i:(?:hereinafter|hereafter)\s*,?\s*(?:referred\s+to\s+as|called|known\s+as)?|referred\s+to\s+(?:herein\s+|in\s+this\s+agreement\s+)?as)"
    r"\s*(?:the\s+)?[\"'\u201c\u2018](?:the\s+)?"  # 'hereinafter referred to as "the Supplier"'
    r"(?P<alias>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,3}),?[\"'\u201d\u2019]"  # 'as "Company," and': the comma inside
)
# an alias without quote marks after the name, a role word ('Nordvik Data AS, hereinafter called the Supplier, and ...'):
# the words after it end the alias (`_BARE_END`)
_HEREINAFTER_ROLE = TextPattern(r"\b(?i:hereinafter|hereafter)[ \t]*,?[ \t]*(?i:referred[ \t]+to[ \t]+as|called|known[ \t]+as)?[ \t]*"
                                r"(?:the[ \t]+)?(?P<alias>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)", sentence_window=False, ignore_case=False)
# a party under a label: 'PROVIDER: Northwind IT Ltd', 'Party A: Beike Data Co., Ltd.', 'Party B (Carrier): ...',
# 'The seller: ...'; the name on the label's line or the line after, up to an address, a contact or a column; a label after
# the alias the line before gave (a PDF reads a Markdown source's lines '... ("Studio")\nProvider: ...' as one paragraph)
# (RE2 reads no lookbehind: what must stand before a label is read as a group, 'gap', 'stop' or 'near', the label after it)
_LABEL = TextPattern(r"(?:(?:(?:^|\n)[ \t]*|(?P<gap>[ \t]{2})|(?P<stop>[.:)])[ \t])(?:[Tt]he[ \t]+)?(?P<role>(?i:" + LABEL_WORDS + r"|contracting\s+party))"
                     r"|(?P<near>(?:^[\s\S]?|[^ot][\s\S]|o[^f]|t[^o])\s)(?P<party>Party[ \t]+[A-D]|PARTY[ \t]+[A-D]|(?:First|Second|FIRST|SECOND)[ \t]+(?:Party|PARTY)))"  # not 'of Party A'
                     r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*(?i:name)?[ \t]*[:\uff1a][ \t]*(?:\n[ \t]*){0,3}(?P<name>[^\n|]{2,160})", sentence_window=False, ignore_case=False)
# a party in a cover table's row: '| Supplier | Quillfield Tech Ltd |', '| **Customer** | ... |', '| 1.1 | The Authority | ... |'
_TABLE_LABEL = _exact(r"(?:^|\n)[ \t]*(?:\|[ \t]*\d+(?:\.\d+)*\.?[ \t]*)?\|[ \t]*\**[ \t]*(?:[Tt]he[ \t]+)?(?P<role>(?i:" + LABEL_WORDS +
                      r"|authority|contractor|party[ \t]+[a-d]|(?:first|second)[ \t]+party))(?:[ \t]+(?i:name))?[ \t]*\**[ \t]*\|[ \t]*(?P<name>[^|\n]{2,200}?)[ \t]*\|")
_COLON = re.compile(r"[:\uff1a]")
_NOT_A_PARTY = frozenset(
    "agreement contract effective date parties party services service term schedule exhibit msa sla dpa "
    "order statement of work sow territory products product affiliates confidential information "
    "collectively each together individually both law act".split()
)
_NAME_LEAD = re.compile(r"^(?:\s|,|\.|\)|-|_|and\b|(?-i:[Tt]he\s+(?:company|firm)\s+(?=[A-Z]))|(?-i:the\s+(?=[A-Z]))|between\b|among\b|by\b|;|:|\(\s*(?:\d+|[ivx]{1,4}|[a-h])\s*\)|\d+[.)]|(?:the\s+)?parties(?:\s+to\s+this\s+(?:agreement|contract))?\s*:?|on\s+the\s+(?:one|other)\s+(?:hand|part)|together\s+with\b|(?:its|their)\s+(?:wholly[\s-]owned\s+)?(?:subsidiary|affiliate)\b)+", re.I)


@dataclass
class Party:
    name: str  # "Northwind IT Ltd" (the alias when no name is read)
    aliases: list[str] = field(default_factory=list)  # the words that stand for it: "Provider", "Northwind"
    role: str | None = None  # provider | customer | None (not known)
    start: int = 0  # where it is named

    def as_dict(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "role": self.role}


def role_word(words: str) -> str | None:
    """'Service Provider' -> provider, 'Licensee' -> customer, else None."""
    words = " ".join(words.lower().split())
    if words in ROLE_OF_WORD:
        return ROLE_OF_WORD[words]
    last = words.split()[-1] if words else ""
    return ROLE_OF_WORD.get(last) if last in ("provider", "supplier", "customer", "client", "contractor", "vendor") else None


def resolve_parties(text: str) -> list[Party]:
    """The parties of one document, in the order they are named."""
    top = _after_contents(text)
    opening_end = min(len(text), top + _OPENING)
    # a 'between' of another instrument ('as an amendment to that certain Joint Venture Agreement dated March 7, 2016 by
    # and among ...', 'a Demand Note, dated December 5, 1995, between the Company and the Trust') names its parties, not
    # this one's: a window ends there, and none starts there but for the agreement this one amends, which names them
    # when nothing before does ('This First Amendment ("Amendment") to the Supply Agreement dated ... between A and B')
    found = [(b, _ANOTHER.search(text, max(0, b.start() - 200), b.start())) for b in _BETWEEN.matches(searchable(text), 0, opening_end)
             if not _PASSIVE.search(text, max(0, b.start() - 20), b.start())]
    if not found and _CONTENTS_HEADING.search(searchable(text), 0, min(len(text), 3000)):
        # a table of contents without dot leaders ('2.3  No Renewal Right   4') longer than the opening: the preamble
        # after it, the first 'between' up to _CONTENTS_END
        found = [(b, None) for b in itertools.islice(_BETWEEN.matches(searchable(text), opening_end, min(len(text), _CONTENTS_END)), 1)
                 if not _PASSIVE.search(text, max(0, b.start() - 20), b.start())]
    others = [b.start() for b, other in found if other]
    betweens = [b for b, other in found if not other or _AMENDS.search(text, max(0, other.start() - 80), other.start())]
    starts = [*(between.end() for between in betweens), 0]
    ends = [stop.start() if (stop := _WINDOW_END.search(searchable(text), start + 40, start + 3500)) else min(len(text), start + 3500)
            for start in starts]
    # the first window that names a party; last, the top of the text whole: a numbered list of parties ('## Parties\n1.
    # **ACME LIMITED** ...') looks like clause 1
    windows = [(start, min([end, *(other for other in others if other > start)]))
               for start, end in [*zip(starts, ends), (0, min(len(text), 3500)), *([(top, min(len(text), top + 3500))] if top else [])]]
    parties, begin, cut = next(((found, start, end) for found, start, end in ((_named_in(text, start, end), start, end) for start, end in windows)
                                if found), ([], 0, 0))
    if len(parties) == 1 and _NUMBERED_PARAGRAPH.match(text, cut):  # a clause of parties, each its numbered paragraph ('1.
        # PARTIES\n1.1 Nordhem Mobler AB, ... ("the Customer").\n1.2 ...'): the window ran to the first paragraph only
        more = _named_in(text, begin, min(len(text), cut + 1500))
        parties = more if len(more) >= 2 and more[0].name == parties[0].name else parties
    if not parties:  # the instrument a text refers to names them when nothing else does ('Reference is hereby made to that
        # certain License Agreement dated as of May 1, 2004 (the "Agreement"), between A ("A") and B ("B")': its amendment)
        parties = next((named for named in (_named_in(text, b.end(), min(len(text), b.end() + 3500)) for b, other in found if other)
                        if named), [])
    between = betweens[0] if betweens else None
    if not parties and between:  # only a cover page names them: 'among\nKESTREL FUNDING LLC, as Issuer,\nand ...'
        parties = [Party(" ".join(m.group("name").split()), [m.group("alias")], None, m.start("name"))
                   for m in _AS_ROLE.matches(searchable(text), between.end(), min(len(text), between.end() + 1500))]
    if len(parties) < 2:  # no aliases: 'between KIROMIC BIOPHARMA Inc., a Delaware Company, ... AND MOLIPHARMA S.R.L.
        # ...', a cover page 'BY AND BETWEEN\n\nASTER LABS INC.\n\nAND\n\nORCHARD LLC'
        named = _between_names(text, between.end(), min(len(text), between.end() + 1500)) if between else []
        if len(named) >= 2:
            parties = [next((p for p in parties if p.name.casefold() == n.name.casefold()), n) for n in named]
    if between and parties:  # a party named by the alias the text gave it above: 'American Champion Media, Inc. ("ACM") is
        # the host ... this Agreement is made by and between Shun Li De Ltd ("SLD") ... and ACM.'
        stop = _SENTENCE_END.search(text, between.end(), min(len(text), between.end() + 1500))
        sentence = text[between.end():stop.start() if stop else between.end() + 1500]
        parties += [p for p in _named_in(text, 0, between.start()) if p.aliases and not any(p.aliases[0] in q.aliases for q in parties)
                    and re.search(rf"\band\s+(?:the\s+)?{re.escape(p.aliases[0])}\b", sentence)]
    labelled = _labelled(text, opening_end)
    if len(labelled) >= max(2, len(parties)) and not all(any(l.aliases[0] in p.aliases for p in parties) for l in labelled):
        for label in labelled:  # the alias a preamble gave the party the label names is its own too
            same = next((p for p in parties if p.name.casefold() == label.name.casefold()), None)
            label.aliases += [a for a in (same.aliases if same else []) if a not in label.aliases]
        parties = labelled  # 'Party A: ...', 'Party B: ...' name the parties the preamble gives no alias
    else:
        extra = [l for l in labelled if not any(l.aliases[0] in p.aliases for p in parties)]
        for label in list(extra):  # 'Provider: Gridcastle Systems LLC, ... ("Gridcastle")': the label is its role
            line_end = text.find("\n", label.start + 1)  # (the label may start at the line break before it)
            held = [p for p in parties if label.start < p.start < (line_end if line_end >= 0 else len(text))
                    or p.name.casefold() == label.name.casefold()]  # the alias on a line a PDF wrapped
            if len(held) == 1 and role_word(label.aliases[0]):
                held[0].aliases.append(label.aliases[0])
                extra.remove(label)
        unnamed = [p for p in parties if p.aliases and p.name == p.aliases[0]]
        if len(extra) == 1 and len(unnamed) == 1 and role_word(extra[0].aliases[0]) in (None, role_word(unnamed[0].name)):
            unnamed[0].name = extra[0].name  # 'Company Name: Cardlytics, Inc.' ... 'and the above-named Supplier ("Supplier")'
        else:
            parties += extra
    if len(parties) < 2:  # a cover table's rows that name two ('| Supplier | Quillfield Tech Ltd |')
        parties = _table_labelled(text, opening_end) or parties
    if not parties:  # no preamble names them: the companies that sign ('ASTER LABS INC.\nBy: /s/ ...')
        parties = signatories(text)
    for party in parties:
        party.role = next((role_word(w) for w in (*party.aliases, party.name) if role_word(w)), None)
    return parties


def _after_contents(text: str) -> int:
    """Where a table of contents the text opens with ends (its last entry with dot leaders), 0 when it opens with none."""
    end = 0
    for entry in _CONTENTS_ENTRY.matches(searchable(text), 0, min(len(text), 40000)):
        if entry.start() - end > _CONTENTS_GAP:
            break
        end = entry.end()
    return end


_AND = re.compile(r"\b(?:and|AND|And)\b[\s:,-]*")
# a full stop, not the one of 'Inc.' ('... ("Programmer"). Recitals A. ...'), nor one before a block's 'AND'
_SENTENCE_END = re.compile(r"(?:(?<=[a-z]{4})|(?<=[)\"\u201d]))\.\s+(?!AND\b|And\b)[A-Z]|" + _WINDOW_END.pattern)


def _between_names(text: str, start: int, end: int) -> list[Party]:
    """The names after 'between' and after each 'and' that follows (up to the end of the sentence or
    the recitals), each ending in a company suffix: the parties of a preamble that gives no alias."""
    stop = _SENTENCE_END.search(text, start, end)
    end = stop.start() if stop else end
    found: list[Party] = []
    # after 'between', each 'and', and each description ('among A Holdings, Inc., a Delaware corporation, A Services LLC, ...')
    cuts = sorted({*(m.end() for m in _AND.finditer(text, start, end)), *(m.end() for m in _DESCRIBED_LISTED.finditer(text, start, end))})
    for at in [start, *cuts]:
        words = _NAME_LEAD.sub("", text[at:min(end, at + 300)])
        name = _forward(words)
        first = re.split(r"\s+(?:and|AND|&)\s+", name)[0].strip()
        name = first if _IS_SUFFIX.search(first) or _PUBLIC_BODY.match(first) else name  # 'PageMaster Corporation and Go Call, Inc.': two
        suffixes = list(_HAS_SUFFIX.finditer(name))
        if suffixes and not re.match(r"\s*(?:d/b/a|dba|doing\s+business)\b", name[suffixes[-1].end():], re.I):
            name = name[:suffixes[-1].end()]  # 'NLS-1 Pharma AG Alter Postplatz 2': its address follows
        name = _plausible(name, "")
        person = _person_from(words, _INDIVIDUAL)  # '..., Jordan Wells, an individual, and ...': a person among the companies
        if name and len(name.split()) > 1 and (_HAS_SUFFIX.search(name) or _PUBLIC_BODY.match(name) or person and person.group("person") == name) and \
                all(p.name.casefold() != name.casefold() for p in found):
            found.append(Party(name, [], None, text.find(name, at)))
        elif at == start:
            return []  # 'between' is not followed by a name
    return found


def _labelled(text: str, end: int) -> list[Party]:
    """The parties under a label ('PROVIDER: Northwind IT Ltd', 'Party A: Beike Data Co., Ltd.'), each
    label once: the first naming after the words that introduce the parties ('by and between the
    following parties'), else the first (a cover page may name them too, a schedule again)."""
    between = _BETWEEN.search(searchable(text), 0, end)
    found: dict[str, Party] = {}
    for match, start in _labels(text, end):
        alias = " ".join(w.capitalize() if len(w) > 1 else w.upper() for w in (match.group("role") or match.group("party")).split())
        name = match.group("name")
        stop = _LABEL_NAME_END.search(name)
        name = _plausible(name[:stop.start()] if stop else name, alias)
        if not name and not role_word(alias):
            continue
        known = found.get(alias)
        if known is None or between and known.start < between.end() <= start and name:
            found[alias] = Party(name or alias, [alias], None, start)
    return sorted(found.values(), key=lambda p: p.start)


def _table_labelled(text: str, end: int) -> list[Party]:
    """The parties a cover table's rows name after their role ('| Supplier | Quillfield Tech Ltd |'), each role once."""
    found: dict[str, Party] = {}
    for match in _TABLE_LABEL.finditer(text, 0, end):
        alias = " ".join(w.capitalize() for w in match.group("role").split())
        cell = match.group("name")
        stop = _CELL_NAME_END.search(cell)
        name = _plausible(cell[:stop.start()] if stop else cell, alias)
        if name and alias not in found and (_HAS_SUFFIX.search(name) or len(name.split()) > 1 and not re.search(r"\d", name)):
            found[alias] = Party(name, [alias], None, match.start("name"))
    return list(found.values()) if len(found) >= 2 else []


# each label once, with where it starts: the pattern tried only before a colon (from every position it costs a few ms a
# contract), from past the last label, up to 40 characters past the colon; then again, with the whole name after it
def _labels(text: str, end: int):
    prepared, last = Searchable(text[:end + 40]), -1
    for colon in _COLON.finditer(text, 0, end):
        start = max(0, colon.start() - 60, last + 1)
        at = max(0, start - 3)  # a match holds the characters that stand before its label: the label begins after them, if any
        while (label := next(_LABEL.finditer(prepared, at, colon.start() + 40), None)) and (begins := max(label.start(), label.end("gap"), label.end("stop"), label.end("near"))) < start:
            at = label.start() + 1
        if label and (again := next(_LABEL.finditer(prepared, label.start(), end), None)) and again.start() == label.start():
            last = begins
            yield again, last


COLUMN_GAP = re.compile(r"[ \t]{3,}")  # columns side by side, or a date to the right of a name
_SIGNED_FOR = re.compile(r"^(?:(?:for\s+and\s+)?on\s+behalf\s+of\s+|for\s+|date[d:]?\s*[^\n]{0,30}?\b(?:19|20)\d\d\b\s*)", re.I)
_SIGNATURES = 200  # signature lines read at most
# 'By:' at a line's start, or after a name or the date of a signature run together on one line ('... Fund I LP   Date:
# July 2, 2012 By: /s/ ...')
# (RE2 reads no lookbehind: a 'By:' after a run of spaces counts where the character before the run is a capital, a full
# stop or a bracket, or a year ends there, read in the text)
_SIGNED_BY = _exact(r"(?P<line>(?:^|\n)[ \t]*By[ \t]*(?::|/s/))|[ \t]+(?:By:|/s/)")

# the words in capitals that end a text: a name right before a signature ('... Officer SCULPTOR CAPITAL LP')
_CAPITAL_WORD = r"\(?(?:[A-Z&]|\d+[A-Z])[^\sa-z]*"  # 'SCULPTOR', 'S.À', 'IV-A,', '2205925' only inside a name
_SIGNATURE_LINE = re.compile(r"(?:By|Name|Title)\b")
_SIGNS_FOR = re.compile(r"By[ \t]*:(?![ \t]*/s/)[^:]*$")  # 'By: <who signs for the party>', not its signature ('By: /s/ ...')
_NOT_SIGNATORY = re.compile(r"\b(?:WITNESS|WHEREOF|AGREED|ACCEPTED|SIGNATURE|SIGNED|PAGE|EXHIBIT|AGREEMENT|DATED?|BY|NAME|TITLE)\b")


def signatories(text: str) -> list[Party]:
    """The companies named on the line above a signature ('EQUIFAX INC.\n\nBy: /s/ ...', two side by side:
    'ASTELLAS PHARMA INC.     FIBROGEN, INC.\nBy: ...  By: ...'), in the order they sign: a name that
    ends in a company suffix (Inc., LLC, L.P. ...). In signature blocks run together on one line
    ('... Title: Authorized Signatory HPS PARTNERS II, LLC By: ... /s/ ...'), the words in capitals right
    before 'By:' or '/s/', a person who signs for themself ('ADAM D. PORTNOY /s/ Adam D. Portnoy') too."""
    parties: list[Party] = []
    seen = set()
    signed = (by for by in _SIGNED_BY.finditer(searchable(text))  # (the five characters before a 'By:' after spaces)
              if by.group("line") is not None or re.search(r"(?:[^\W\da-z_.)]|[.)])\Z|\b(?:19|20)\d\d\Z", text[max(0, by.start() - 5):by.start()]))
    for by in itertools.islice(signed, _SIGNATURES):  # a bounded read of a hostile text
        before = text[max(0, by.start() - 400):by.start()].rstrip().split("\n")
        line = next((line for line in reversed(before) if line.strip() and not re.fullmatch(r"[\s_/.:-]*", line)), "")
        columns = COLUMN_GAP.split(line.strip())
        for k, column in enumerate(columns):
            column = _SIGNED_FOR.sub("", column).strip(" ,;:")
            if _SIGNS_FOR.match(column) or k and _SIGNS_FOR.match(columns[k - 1]):
                continue  # 'By: Juniper GP LLC', 'By:   Juniper GP LLC': the partner that signs for the party
            name = _plausible(column, "")
            if name and len(name.split()) > 1 and _IS_SUFFIX.search(name) and not _SIGNATURE_LINE.match(name):
                names = [name]
            else:  # the words in capitals before the signature, names run together split after their suffix
                capitals = _CAPITALS_END.search(column, max(0, len(column) - 150))  # a name is not longer
                names = [n for n in (_plausible(n, "") for n in _run_apart(capitals.group(0)))
                         if len(n.split()) > 1 and not _not_a_party(n) and not _NOT_SIGNATORY.search(n)
                         and _core_words(n) >= (1 if re.search(r"(?:^|[^A-Za-z.]\s)$", column[:capitals.start()]) else 2)
                         and (capitals.start() > 0 or _IS_SUFFIX.search(n))] if capitals else []
                # not 'Yorkville Advisors GP, LLC' (the end of a name in lower case), nor a person on a line of their own
            for name in names:
                if name.casefold() not in seen and not _SIGNATURE_LINE.match(name):
                    seen.add(name.casefold())
                    parties.append(Party(name, [], None, text.find(name, max(0, by.start() - 400))))
    for name, at in _signed_on_behalf(text):  # 'For and on behalf of ABS Telecom plc' over a rule, without 'By:'
        if name.casefold() not in seen:
            seen.add(name.casefold())
            parties.append(Party(name, [], None, at))
    return sorted(parties, key=lambda p: p.start)


# a signature block that names the party after 'For and on behalf of' (on its line or the next), a line of its own:
# 'For and on behalf of      ABS Telecom plc\n  ----', 'Signed for and on behalf of\n\nKESTREL DIGITAL LIMITED'
_ON_BEHALF = _exact(r"(?:^|\n)[ \t]*(?:(?:Signed|Executed)[ \t]+)?(?:[Ff]or[ \t]+and[ \t]+)?[Oo]n[ \t]+behalf[ \t]+of[ \t:]*(?:\n[ \t]*)*(?P<name>[^\n]*)")


def _signed_on_behalf(text: str) -> list[tuple[str, int]]:
    """The parties named in signature blocks of the kind 'For and on behalf of <name>', with where each is named: a
    name in capitals or capitalised words, up to a column gap ('... Limited         By:') and without a bracket that ends
    it ('TELIA AB (publ)'), not a role word ('on behalf of Customer') nor 'the Company'; at most _SIGNATURES blocks."""
    found = []
    for block in itertools.islice(_ON_BEHALF.finditer(searchable(text)), _SIGNATURES):
        column = re.split(r"[ \t]{3,}|\s+By\s*:", block.group("name").strip(), maxsplit=1)[0].strip(" ,;:")
        name = _plausible(re.sub(r"\s*\([^()]*\)$", "", column), "")  # 'TELIA AB (publ)', 'Berhad (128740-P)'
        if name and not role_word(name) and not _not_a_party(name) and not _NOT_SIGNATORY.search(name) \
                and not (name.split()[0].lower() == "the" and len(name.split()) < 3):  # 'the Company'
            found.append((name, block.start("name")))
    return found


def _core_words(name: str) -> int:
    """The words of a name that are neither its suffix nor a numeral nor 'GP'."""
    return sum(1 for w in name.split() if not _IS_SUFFIX.fullmatch(w.strip(",")) and not re.fullmatch(r"(?:[IVX]+|GP),?", w))


def _run_apart(words: str) -> list[str]:
    """Names in capitals run together, parted after each suffix: 'MPM IMPACT LP MPM IMPACT GP LLC' -> two."""
    names, current = [], []
    tokens = words.split()
    for k, token in enumerate(tokens):
        current.append(token)
        following = tokens[k + 1] if k + 1 < len(tokens) else ""
        if _IS_SUFFIX.fullmatch(token.strip(",")) and following and not _IS_SUFFIX.fullmatch(following.strip(",")) \
                and not re.fullmatch(r"[IVX]+,?", following):
            names.append(" ".join(current))
            current = []
    return names + [" ".join(current)] if current else names


def _named_in(text: str, window_start: int, window_end: int) -> list[Party]:
    parties: list[Party] = []
    previous = last_party = window_start
    for match, group in _aliases(text, window_start, window_end):
        floor, previous = previous, match.end()  # a name is read after the alias before this one
        alias = " ".join(match.group(group).split()).strip(".")
        lead = match.group(0)[:match.start(group) - match.start()]  # not '("Rio", and together with A and B, ...)'
        collective = re.search(r"\b(?:collectively|jointly)\b|^\(\s*together\s*,", lead, re.I)  # not 'together with its successors'
        side = collective and re.fullmatch(r"(?:\S+\s+)+Parties", alias)  # '(collectively, the "White Hat Parties")'
        if (_not_a_party(alias) and not side) or len(alias) < 2 or any(alias in p.aliases for p in parties) or \
                (len(parties) >= 2 and match.start() - last_party > _GAP) or \
                (not parties and match.start() - window_start > _FIRST_PARTY):  # from the last party, not the last defined term
            continue
        if len([p for p in parties if p.aliases and re.search(rf"\b{re.escape(p.aliases[0])}\b", lead)]) >= 2:
            continue  # '(NCM, YGP and TWK collectively referred to as "Content Provider")': a group
        name = _name_before(text, floor, match.start(), alias) or (_abbreviated(text, match.start(), alias) if group == "bare" else "")
        if name and parties and not _HAS_SUFFIX.search(name) and _unnamed(text, floor, match.start(), alias):
            name = ""  # 'and the customer identified in the Order Form ("Customer")': the words of a description, no name
        elif name and not parties and _unnamed(text, floor, match.start(), alias) and (at := text.find(name, floor, match.start())) >= 0:
            # 'between Acme, Inc., a Florida corporation, and the individual or entity identified on the cover page
            # ("Franchisee")': the name read is the first party's, which has no alias; the alias is the unnamed party's
            parties.append(Party(name, [], None, at))
            name = ""
        if parties and not _HAS_SUFFIX.search(name) and _SENTENCE_END.search(text, last_party, match.start()):
            continue  # a term the text defines after the sentence that names the parties ('... Recitals A. ... (IBOC)')
        if collective:
            members = _members(text, max(floor, match.start() - 700), match.start())
            if len(members) >= 2 and (side or name in members):
                name = ", ".join(members[:-1]) + " and " + members[-1]
            elif side:
                continue
        if name and not collective and _EACH.match(lead):  # 'Larkspur Retail LLC and Larkspur Online LLC (each a "Customer")': a
            # party each, under the one alias
            members = [m for m in _members(text, max(floor, match.start() - 700), match.start())
                       if not any(m.casefold() == p.name.casefold() for p in parties)]
            if len(members) >= 2 and (name in members or name.endswith(members[-1])):
                parties += [Party(member, [alias], None, text.find(member, floor, match.start())) for member in members]
                last_party = match.end()
                continue
        if name and any(name.casefold() == a.casefold() for p in parties for a in p.aliases):
            continue  # 'Racing ... (the "Racing Team")': a term defined after a party's alias
        if not name and role_word(alias) and parties and match.start() - last_party < 300 and \
                not re.search(r"\band\b|;|[a-z]\.\s", text[last_party:match.start()], re.I):
            parties[-1].aliases.append(alias)  # '("i3 ICS"), a Virginia company, having its offices at ... ("Reseller")'
            last_party = match.end()
            continue
        if not name and not role_word(alias) and not (parties and _unnamed(text, floor, match.start(), alias)):
            continue
        existing = next((p for p in parties if name and p.name == name), None)
        if existing:
            existing.aliases.append(alias)
        else:
            parties.append(Party(name or alias, [alias], None, match.start()))
        party = existing or parties[-1]
        for more in _more_aliases(match):  # '("Domini" or the "Sponsor")'
            if not _not_a_party(more) and more not in party.aliases:
                party.aliases.append(more)
        last_party = match.end()
    return parties


# a party a template leaves unnamed, after the parties before it: 'and ______________ ("Franchisee")', 'and [NAME OF AGENT]
# ("Agent")', 'and the person or entity named on the signature page ("Franchisee" or "you")'
# (in any case: 'AND   The party specified as the Franchisee on SCHEDULE 1 attached hereto (the "Franchisee")', 'and the entity whose
# name is set out in Annexure A (hereinafter the "Licensee")', 'and the Contracting Party identified in the Special Conditions')
_UNNAMED = TextPattern(r"(?:,|;|\b(?i:and))\s+(?:_{3,}|\[[^\[\]\n]{0,60}\]|(?i:the|each|any)\s+(?:[\w-]+\s+){0,2}?(?i:person|individual|entity|organi[sz]ation|company|"
                       r"corporation|party|business|owner|franchisee|" + "|".join(sorted(ROLE_OF_WORD, key=len, reverse=True)) + r")s?\b[^()]{0,80}?\b(?i:named|identified|listed|set\s+(?:forth|out)|described|"
                       r"designated|specified)\b[^()]{0,120}?)(?:,?\s+an?\s+[^()]{0,60}?)?,?\s*\(\n?$", sentence_window=False, ignore_case=False)
_UNNAMED_ALIAS = re.compile(r"[A-Z][a-z]+(?:ee|or|er|ent|ant|ive|al)s?$")  # a role noun: 'Franchisee', 'Agent', 'Representative', 'Principals'


# a label anywhere in the text, a schedule's, an order form's or a cover table's: 'The Franchisee:   NORDIC BURGERS OY', 'Item 2
# Customer: Banksia Legal Pty Ltd', '| Buyer | Leeds City Council |' (the label's words are compared with an alias in `named_by_label`)
_ANY_LABEL = _exact(r"(?:^|\n)[ \t]*(?:\|[ \t]*)?(?:(?:Item|ITEM)[ \t]+\d+[ \t]+|\d+(?:\.\d+)*\.?[ \t]+)?(?:[Tt]he[ \t]+|THE[ \t]+)?"
                    r"(?P<label>[^\W\d_](?:[^\W\d_]|-)+(?:[ \t]+[^\W\d_](?:[^\W\d_]|-)+)?)[ \t]*\**[ \t]*[:|][ \t]*(?P<name>[^\n|]{2,160})")
_LABELS_READ = 2000  # label lines read at most (a bounded read of a hostile text)


def named_by_label(text: str, alias: str, start: int = 0) -> str:
    """The name a label of the alias gives after `start`, where a form leaves its party to a schedule, an order form or a cover
    page ('AND The party specified as the Franchisee on SCHEDULE 1 (the "Franchisee")' ... 'The Franchisee:   NORDIC BURGERS
    OY'): the first that gives a name of two words or more without a figure, not a role word nor a blank; '' when none does."""
    wanted = " ".join(alias.casefold().split())
    for match in itertools.islice(_ANY_LABEL.finditer(searchable(text), start, len(text)), _LABELS_READ):
        if " ".join(match.group("label").casefold().split()) != wanted:
            continue
        column = COLUMN_GAP.split(match.group("name").strip(), maxsplit=1)[0]
        stop = _LABEL_NAME_END.search(column)
        name = _plausible(column[:stop.start()] if stop else column, alias)
        if name and len(name.split()) > 1 and not role_word(name) and not re.search(r"\d", name):
            return name
    return ""


def _unnamed(text: str, floor: int, at: int, alias: str) -> bool:
    """Is the alias at `at` given to a party the template leaves unnamed (a blank, '[NAME OF AGENT]', 'the person named on
    the signature page'), the next party of the preamble after `floor`, by a role noun ('Franchisee', 'Agent')?"""
    start = max(floor, at - 250, 0)
    lead = min(start, 1)  # the window with the character before it (its first 'and' a word), read to its end
    return bool(_UNNAMED_ALIAS.match(alias)) and _UNNAMED.search(text[start - lead:at + 1], lead) is not None


def _members(text: str, start: int, at: int) -> list[str]:
    """The names listed one after another before an alias that stands for them all: 'American United Life
    Insurance Company, and OneAmerica Securities, Inc., a Broker Dealer (collectively referred to as "Servicing
    Agent")', 'White Hat Partners LP, a Delaware limited partnership, White Hat GP LLC, a Delaware limited liability
    company, and Jo Hart (collectively, the "White Hat Parties")': each a company, the last one a person too."""
    chunk = text[start:at]
    cuts = [0, *(m.end() for m in re.finditer(r",|;|\band\b|\bAND\b", chunk))]
    members, covered = [], 0
    for k, cut in enumerate(cuts):
        if cut < covered:
            continue
        name = _forward(_NAME_LEAD.sub("", chunk[cut:]))
        listed = _LISTED.match(name)  # 'Fund, L.P., Cibelli Research & Management, LLC': a name ends at its suffix
        name = _plausible(listed.group(0) if listed else name, "")
        if name and (_HAS_SUFFIX.search(name) and not _IS_SUFFIX.match(name) or k == len(cuts) - 1 and len(name.split()) > 1):
            members.append(name)
            covered = chunk.find(name.split()[-1], cut) + 1
    return members


def _more_aliases(match) -> list[str]:
    """The aliases a parenthesis gives after its first: '("Domini" or the "Sponsor")' -> ['Sponsor']."""
    run = _MORE_ALIASES.match(match.groupdict().get("more") or "").group(0)
    return [" ".join(alias.split()).strip(".") for alias in _MORE_ALIAS.findall(run)]


def _not_a_party(alias: str) -> bool:
    """'Agreement', 'Effective Date', 'Software Development Agreement': a defined term, no party."""
    words = alias.lower().split()
    return alias.lower() in _NOT_A_PARTY or bool(words) and words[-1] in _NOT_A_PARTY and words[-1] != "party"


_PERSONAL_SUFFIX = re.compile(r"(?:Jr|Sr)\.?")  # 'Marcus J. Pettigrew, Jr.': the comma is within the name
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w&'-]*(?:[ \t]+(?:[A-Z][\w&'-]*|of|and|&))*")


def _abbreviated(text: str, at: int, alias: str) -> str:
    """The name a bare alias in capitals shortens, by its first word or its initials ('COMWARE TECHNICAL SERVICES OF 4 PARK
    ROAD, IRVINE (COMWARE) certifies', 'INTERNATIONAL TEST SYSTEMS, INC. OF ... (ITS)'): an alias whose quote marks were lost,
    not a word of the name ('SYSTEMS APPLICATIONS PRODUCTS (AFRICA) (PTY) LIMITED'); '' when it shortens none."""
    if not re.fullmatch(r"[A-Z][A-Z&]{1,11}", alias) or _IS_SUFFIX.match(alias):
        return ""
    for run in _CAPITALISED_RUN.finditer(text, max(0, at - 250), at):
        words = [w for w in run.group(0).split() if w[0].isupper() and w != "&"]
        if run.end() < at - 1 and len(words) > 1 and (words[0].upper() == alias or
                                                       "".join(w[0] for w in words[:len(alias)]) == alias):
            name = re.sub(r"\s+(?i:of|at)$", "", re.split(r"\s+(?i:of)\s+\d|\s+\(", _forward(text[run.start():at]))[0].strip())
            return _plausible(name, alias)
    return ""


def _unquoted_roles(text: str, start: int, end: int) -> list:
    """The aliases given without quote marks or parenthesis, each a role word the sentence goes on after
    ('..., hereinafter called the Supplier, and ...')."""
    return [match for match in _HEREINAFTER_ROLE.finditer(text, start, end)
            if text[match.start() - 1:match.start()] != "(" and role_word(match.group("alias"))
            and _BARE_END.match(text, match.end())]


_FORMER_NAME = re.compile(r"\(\s*(?:formerly|f/k/a|previously|now\s+known)\b", re.I)


def _aliases(text: str, start: int, end: int) -> list[tuple[re.Match, str]]:
    """Each alias of the window, in order, with the name of the group that holds its words."""
    found = {}
    for match in _ALIAS.finditer(text, start, end):
        if match.group("bare") and not _BARE_LEAD.search(match.group(0)) and \
                (not _BARE_END.match(text, match.end()) or _SUFFIX_NEXT.match(text, match.end())) and \
                not _abbreviated(text, match.start(), match.group("bare")):
            continue  # 'SYSTEMS APPLICATIONS PRODUCTS (AFRICA) (PTY) LIMITED', 'Alpha (Prime), Inc.': part of a name
        if _FORMER_NAME.match(match.group(0)):
            continue  # '(formerly known as Tarzan HoldCo, Inc.)': another name, no alias
        found.setdefault(match.start(), (match, "quoted" if match.group("quoted") else "bare"))
    for match in _HEREINAFTER.matches(searchable(text), start, end):
        if not any(a.start() <= match.start() < a.end() for a, _ in found.values()):  # not the same alias again
            found.setdefault(match.start(), (match, "alias"))
    found.update((match.start(), (match, "alias")) for match in _unquoted_roles(text, start, end)
                 if not any(a.start() <= match.start() < a.end() for a, _ in found.values()))
    return [found[k] for k in sorted(found)]


_SUFFIX = (r"(?:Inc|Incorporated|Corp|Corporation|Co|Company|Companies|LLC|L\.\s?L\.\s?C|Ltd|Limited|LP|L\.\s?P|LLP|"
           r"L\.\s?L\.\s?P|PLC|P\.L\.C|S\.\s?A|SA|AG|GmbH|B\.\s?V|BV|N\.\s?V|NV|N\.\s?A|NA|National\s+Association|Pty|Pte|SARL|S\.\s?p\.\s?A|SpA|"
           r"SRL|S\.\s?r\.\s?l|(?-i:AB|AS|SE)|A/S|ApS|Oy|KK|LC|PC|P\.\s?C|P\.\s?A|Ltda|FSB|F\.\s?S\.\s?B|PLLC|P\.\s?L\.\s?L\.\s?C|S\.\s?L|KG|ULC|Bhd|Sdn\.?\s+Bhd|Tbk|a\.s|s\.r\.o|"
           # more of the world's: 'SAS', 'S.A.C.', 'S.L.U.', 'Kft.', 'd.o.o.', 'Limitada', 'Ltée', 'A.Ş.', 'OÜ', 'LLLP', 'K.K.', 'Kabushiki
           # Kaisha', 'S.A. de C.V.', 'S. de R.L.', 'Sp. z o.o.'
           r"SAS|S\.\s?A\.\s?S|S\.\s?A\.\s?C|S\.\s?L\.\s?U|S\.\s?A\.\s?U|Kft|Zrt|Nyrt|d\.\s?o\.\s?o|Limitada|Lt[e\u00e9]e|A\.\s?\u015e|(?-i:O\u00dc|OU)|LLLP|"
           r"L\.\s?L\.\s?L\.\s?P|K\.\s?K|Kabushiki\s+Kaisha|C\.\s?V|S\.\s?de\s+R\.\s?L|Sp\.\s?z\s?o\.\s?o)\.?")  # 'as', 'se': words
# a label's name ends at an address, a contact, a registration number, a column
_LABEL_NAME_END = re.compile(r"[ \t]{2,}|\s+(?:Address|ADDRESS|ADD|Add|Legal\s+[Rr]epresentative|Registered|Registration|Fax|"
                             r"Contact|Attention|Attn|Domicile|Tel(?:ephone)?|Phone|E-?mail|Party\s+[A-D])\b|"
                             r"\s*\((?i:ABN|ACN|CIN|CRN|EIN|VAT|GST|HRB|company\s+(?:registration\s+)?(?:no|number|registration)|business\s+ID|registered|registration|reg\.?\s+no|org\.?\s+no)\b|,\s*(?:\d|P\.?\s?O\.?\s*Box\b|(?!(?i:" + _SUFFIX + r")(?:\W|$))(?:[A-Z][\w.]*[ \t]+){1,3}\d)|\s*\([A-Z]{2,}\)|\s*\((?:[^\x00-\x7f]|\s*(?:hereinafter|the\s|[\"\u201c]))|[;\uff08]")
_IS_SUFFIX = re.compile(rf"{_SUFFIX}$", re.I)
_HAS_SUFFIX = re.compile(rf"(?:^|\s|,){_SUFFIX}(?=\s|,|$)", re.I)  # 'JVLS, LLC dba Vaccines 2Go'
# a name in a table's cell ends at its first comma not before a suffix ('Northwind Ledger, Inc., a Delaware corporation, ...'), at a
# parenthesis ('Brightwater Cloud Operations Ltd (company no. 09876543)', '("ITS")') or a representative
_CELL_NAME_END = re.compile(rf",(?!\s*(?!company\s+(?:no\b|number|reg))(?:{_SUFFIX})(?:\s|,|$))|\s*\(|\s+(?:as\s+)?represented\b", re.I)
# a description's ', a Delaware corporation, ', ', a company registered in England, ', ', an individual, ' before the next
# name of a list (not every 'Inc., ': half B read one party too many so)
_DESCRIBED_LISTED = re.compile(r",\s+an?\s+[^,;()]{0,60}?\b(?:corporation|company|partnership|association|trust|individual)\b(?:[ \t]+(?:registered|incorporated|organi[sz]ed|residing|resident)\b[^,;()]{0,50}?)?,[ \t]+(?=[A-Z])")
# ('SEATTLE CODERS, Inc.': a suffix in lower case ends them too)
_CAPITALS_END = re.compile(rf"(?:(?<=\s)|^)(?:{_CAPITAL_WORD}\s+)(?:(?:{_CAPITAL_WORD}|\d+|de|du|of|and|-)\s+){{0,10}}(?:{_CAPITAL_WORD}|{_SUFFIX})$")
_LISTED = re.compile(rf".*?\S,?\s+{_SUFFIX}(?=\s*[,;]|\s+(?:and|AND)\b)")
_SUFFIX_NEXT = re.compile(rf",?\s*{_SUFFIX}(?!\w)", re.I)
# what follows a company's suffix and is no part of its name: 'Inc. c/o International Management', 'Co. Ltd. is',
# 'Incorporated through its ... Center', 'GmbH Binger Straße', 'Limited of Boston House'
_AFTER_SUFFIX = re.compile(rf"(?<=\S)(?P<suffix>,?\s+{_SUFFIX}),?\s+(?:c/o\b|is\b|an?\s|through\b|acting\b|(?:[\w'-]+\s+){{0,2}}\S*(?:stra(?:ss|\u00df)e|weg|platz)\b|"
                           r"of\s+(?:[A-Z][\w'-]*\s+){0,2}(?:House|Building|Road|Street|Tower|Centre|Center|Plaza)\b).*$", re.I)
# a title or a role word before a name: 'INTELLECTUAL PROPERTY RIGHTS AGREEMENT Synchron', 'Licensee The Henry Film Co.'
_BEFORE_NAME = re.compile(r"^(?:.*\b(?:AGREEMENT|Agreement|CONTRACT)\s+(?=\S)|(?:[A-Z][\w]*\s+(?:by\s+|of\s+)?){0,2}[A-Z][\w]*:\s+(?=\S)|(?i:master\s+)?[A-Z][a-z]+(?:ee|or|er)\s+(?=The\s))")
# the word before a name that makes it a description: 'a Nevada corporation ("CNS")'
_DESCRIBED = frozenset("a an its their as per".split())  # 'at $0.92 per Offered Share ("Price")'
# the words of a description before 'by' ('a body incorporated by Royal Charter', 'represented by its Director'), not those
# that bring in a party ('made by', 'entered into by')
_DESCRIBED_BY = frozenset("incorporated established constituted created chartered formed organised organized regulated represented "
                          "owned controlled managed operated licensed authorised authorized registered governed".split())
_OBJECT_OF = frozenset("by of from under to at through".split())
_MADE_BY = frozenset("made into executed is are and".split())  # 'entered into by The Foo Company': a party
_CONNECTORS = frozenset("and of the de du des la le for und y e & d/b/a dba van von der den".split())
_ADDRESS_WORDS = re.compile(r"^(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Boulevard|Blvd\.?|Suite|Floor|Room|Unit|"
                            r"Building|Bldg\.?|Lane|Way|Plaza|Park|Box|Highway|Hwy\.?)$")
# a word of a name: capitalised, or with a capital or a domain inside ('iPayment', 'eGain', 'ebix.com', 'e.l.f.'),
# or a brand in lower case: one letter and a hyphen ('i-on', 'e-centives'), a letter and a digit ('i3', 'bw-3')
_NAME_WORD = re.compile(r"[A-Z]|\d+[A-Za-z]|\S*[A-Z]|\S+\.(?:com|net|org)\b|(?:[a-z]\.){2,}|[a-z]-[a-z]+\b(?!-)|[a-z]\d|[a-z]{1,3}-\d")
_TOKEN = re.compile(r"[^\s,;:]+|,")
# a block of parties: 'BETWEEN:' / 'AND:' / 'Party A:' on its own, the name on the line after or after the colon
# ('AS' in capitals is a Norwegian or Danish company's suffix, 'Nordvik Data AS', unless it follows 'REFERRED TO')
_INTRODUCES_ALIAS = re.compile(r"(?:[\s,]*\b(?:hereinafter|hereafter|herein|(?:referred\s+to|called|known|designated)(?:\s+as)?|(?-i:as|As)|jointly|"
                               r"individually|collectively|together|and)\b)+[\s,]*$", re.I)
_BLOCK_LABEL = re.compile(r"(?:(?:^|\n)[ \t]*(?:BETWEEN|AND|AMONG|Between|And|Among|Party\s+[A-Z]|PARTY\s+[A-Z])|\b(?:BETWEEN|AND|AMONG))[ \t]*:[ \t]*(?:\n[ \t]*)*")
_FORWARD_STOP = re.compile(
    r",?\s+(?:a|an)\s+(?:[a-z]|[A-Z][a-z]+\s+(?:[a-z]|[A-Z][a-z]+\s+)?(?:corporation|company|limited|partnership|"
    r"association|trust|bank|institution|individual|resident|citizen))|,?\s+(?:a|an)\s+(?:[A-Z][a-z]+\s+){0,2}"
    r"(?i:corporation|company|limited\s+liability|partnership|association|trust)\b|,?\s+(?:with|whose|having|located|incorporated|(?:named|listed|identified|described)\s+(?:on|in|above|below)|"
    r"organi[sz]ed|registered|residing|of\s+\d|as\s+[a-z]|together|including|on\s+the\s+(?:one|other)\s+(?:hand|part)|of\s+the\s+(?:first|second|third|one|other)\s+part|"
    r"hereinafter|hereafter|herein\s+(?:called|referred))\b|"
    # a registration number after the name, without brackets: 'Koorong Systems Pty Ltd ACN 123 456 789 of ...', 'Nordhem
    # Mobler AB, corp. ID no. 556712-3345' (a Swedish 'org. nr' in translation)
    r",?\s+(?:ACN|ABN|ARBN|CIN|CRN|UEN|NZBN|GSTIN|(?i:company\s+(?:registration\s+)?(?:no|number|registration)|business\s+ID|registration\s+(?:no|number)|reg\.?\s+no|corp(?:orate)?\.?\s+(?:ID|identity)\.?\s+(?:no|nr|number)|org(?:anisation|anization)?\.?\s+(?:ID\s+)?(?:no|nr|number)))\b\.?:?\s*[A-Z]{0,3}\d|\s+of\s+(?:[A-Z][\w.'-]*\s+){1,3}\d|\s\((?![A-Z][\w.&' -]{0,30}\)\s*,?\s*(?:[A-Z]|" + _SUFFIX + r"))|\s+of\s+\d|\s+\d{2,}|\s+\d+(?:st|nd|rd|th)?\s+(?:Floor|Fl\.)|\s+and(?:/or)?\s+(?:its|their|his|her|assigns)\b|\n|\s+(?:Suite|Room|Floor|Unit|Building|Bldg|"
    r"P\.?\s?O\.?\s+Box)\b|,(?!\s*(?:\([A-Z][\w.&' -]{0,30}\)\s*)?(?i:" + _SUFFIX + r")(?:\W|$))(?![^,()\n]*&)(?!\s*(?:Mr|Ms|Mrs|Dr)\.?\s)(?!\s*(?:Jr|Sr)\b)")  # ", INC." as ", Inc."; "Stratton, Cheeseman & Walsh, Inc."
# the rest of a name on the next line: its last words and corporate suffix ('\nCORPORATION, a Delaware corporation')
_NEXT_LINE_SUFFIX = re.compile(rf"\n[ \t]*(?:[A-Z][\w&.'-]*,?[ \t]+){{0,3}}(?i:{_SUFFIX})(?=[\s,;(]|$)")
# a person's name and their home town: 'Jordan Ellis of Austin, Texas', 'Ann M. Cole of Leeds, England' (not a body named for
# its place: 'Town of Vinton, Virginia')
_NAMED_PLACE = "|".join(re.escape(p) for p in JURISDICTIONS)
_PERSON = (r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:[A-Z][a-z'\u2019-]+|[A-Z]\.|[A-Z][A-Z'\u2019-]+)"
           r"(?:\s+(?:[A-Z][a-z'\u2019-]+|[A-Z]\.|[A-Z][A-Z'\u2019-]+)){1,3}")
_HOME_TOWN = re.compile(r"\s*(?P<person>" + _PERSON + r"),?\s+of\s+"
                        r"(?:the\s+(?:City|Town|County)\s+of\s+)?(?:(?:[A-Z][\w.'-]*\s+){0,2}[A-Z][\w.'-]*"
                        r",\s*(?:" + _NAMED_PLACE + r"|[A-Z]{2}))\b")  # a town, then its state: not 'Blue Shield of California'
# a person described as one: 'Jordan Ellis, an individual', ', residing at', ', a resident of', ', whose address is'
_INDIVIDUAL = re.compile(r"\s*(?P<person>" + _PERSON + r")(?:,?\s+(?:an?\s+individual|residing|(?:an?\s+)?(?:[A-Z][a-z]+\s+)?"
                         r"(?:resident|citizen)\s+of|whose\s+(?:home\s+|residential\s+)?address)\b)")
# a public body's name, a party without a company suffix: 'City of Fort Larkin', 'The Regents of the University of ...'
_PUBLIC_BODY = re.compile(r"(?:The\s+)?(?:City|Town|County|Village|Borough|Township|Parish|State|Commonwealth|University|Board|Regents|"
                          r"Trustees|Department|Ministry|Secretary)\s+(?:of|for)\s+(?:the\s+)?[A-Z]")
_BODY_WORDS = frozenset("Town City County Village Borough Parish District State Commonwealth Province Republic Kingdom Government "
                        "University College School Institute Board Bank Church Hospital Department Ministry Port Authority".split())
_LIST_MARK = re.compile(r"(?:^|\n)[ \t]*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)[ \t]+|\d{1,2}\.\d{1,2}\.?[ \t]+(?=[A-Z]))|(?<=\s)\((?:\d|[a-h])\)[ \t]+(?=[A-Z])")  # "\n(a) ", "... (2) NAME"
_SALUTATION = re.compile(r"^(?:(?:Ladies\s+and\s+)?Gentlemen|Dear\s+(?:Sirs?|Madam|Sir\s+or\s+Madam))\s*[:,]\s*", re.I)
# a heading or a recital, not a name
_NOT_A_NAME = re.compile(r"(?:Section|Article|Clause|Exhibit|Schedule|Attachment|Appendix|Annex(?:ure)?)[\s-]+[\dA-Z]+\b|[A-Z]\.\s+(?-i:The|In|On|This|As)\b|"
                         r"(?:WHEREAS|RECITALS?|WITNESSETH|BACKGROUND)\b|www\.|P\.?\s?O\.?\s+Box\b|"
                         r"(?-i:For|With|Within|Under|From|During|Upon)\s", re.I)  # a phrase of the text: 'For the License Term'
# a party that joins for some clauses only: ', and, solely for purposes of Section 9.4, Crane Holdings Corp.', ', and, for the
# limited purposes set forth in Article 12, ...', ', and, solely with respect to Sections 5 and 7, ...' (the name after it)
JOINDER = re.compile(r",?\s*\b(?:and|AND)\s*,\s*(?:(?:solely|only|also)\s+)?(?:for|with\s+respect\s+to|as\s+to|in\s+respect\s+of)\s+"
                     r"(?:the\s+)?(?:limited\s+)?(?:(?:purposes?|obligations?)\s+(?:of|set\s+forth\s+in|described\s+in|under)\s+)?"
                     r"(?i:sections?|articles?|clauses?|paragraphs?)\s+[\w.()]+(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?i:sections?\s+|clauses?\s+)?\d[\w.()]*)*"
                     r"(?:\s+(?:hereof|of\s+this\s+Agreement))?(?:\s+only)?\s*,\s*(?=[A-Z])")
# a translated preamble's words that bring in each party: 'On the one part, SERVICIOS ... S.L., ...', 'and on the other part, ...'
_ONE_PART = re.compile(r"\bon\s+the\s+(?:one|other|first|second)\s+part\b[\s,:]*", re.I)
# the words that close a party in an Indian or older English preamble: '(... "the Vendor") of the FIRST PART AND ...'
_OF_THE_PART = re.compile(r"^\W*of\s+the\s+(?:first|second|third|fourth|one|other)\s+part\b[\s,;:]*", re.I)
_EACH = re.compile(r"\(\s*(?:[^()\"\u201c\u201d]{0,60}?,\s*)?each\b", re.I)  # '(each a "Licensee")', '(together, each a "Seller")'
_FIRST_PARTY = 1500  # the first party is named this close to 'between' (or the top): an alias further on is a term of the text
# a place, not a party: 'Delaware', 'the State of New York', 'People's Republic of China'
_PLACE = re.compile(r"(?:the\s+)?(?:(?:State|Commonwealth|Province|Republic|Kingdom|Federal\s+Republic|People's\s+Republic)\s+of\s+(?:the\s+)?)?"
                    r"(?:" + "|".join(re.escape(p) for p in JURISDICTIONS) + r")\.?$", re.I)
_TRADE_END = frozenset("services plan".split())  # a last word a firm's name may have: 'Harbor Dental Plan'
_NOT_A_NAME_END = frozenset("agreement contract amendment addendum date plan act offering schedule exhibit services parties".split())


def _name_before(text: str, floor: int, at: int, alias: str = "") -> str:
    """The name a party is given just before its alias: the capitalised words right before it
    ('... and The Deerskin Companies, Inc. (the "Company")', 'Timothy Cabrera ("Consultant")'),
    else the words after the previous party, 'between' or a 'BETWEEN:' label up to its
    description ('Hanover Direct, Inc., a Delaware corporation ("HDI")'); '' when neither
    looks like a name."""
    window = text[max(floor, at - 700):at]
    block = list(_BLOCK_LABEL.finditer(window))
    if block:  # 'Between: DGT Corp. Suite 207 ...' / 'BETWEEN:\nAcme Ltd\n1 High St' : the words after the label
        return _plausible(_forward(_NAME_LEAD.sub("", window[block[-1].end():])), alias)
    # a label ('The Covenanter: Name', not '(OTC Pink: BIEI)') or 'and' between columns ends what came before the name
    # (an alias in a paragraph of its own follows the paragraph that names the party)
    pieces = re.split(r";|\n\s*\n|(?<=[a-z]):\s(?![^()]*\))|[ \t]{4,}and[ \t]{4,}", window)
    chunk = next((piece for piece in reversed(pieces) if piece.strip(" \t\n,")), "").rstrip(" \t\n,")
    chunk = _INTRODUCES_ALIAS.sub("", chunk)  # '... Co Ltd hereinafter referred to as ("PPG")': the name ends before
    chunk = re.sub(r"^\s*WHEREAS\s*,?\s*", "", chunk)  # a recital that names the parties: 'WHEREAS, Movado Group, Inc. ("Company")'
    chunk = JOINDER.sub(" and ", chunk)  # '..., and, for the limited purposes set forth in Article 12, Pike Group Holdings, Inc.'
    chunk = _OF_THE_PART.sub("", chunk)  # '(hereinafter called "the Vendor") of the FIRST PART AND Malabar Spices Limited'
    listed = list(_LIST_MARK.finditer(chunk))
    if listed:  # 'Parties\n(1) NORTHGATE LIMITED, a company ... ("Provider"); and\n(2) ...': the words after the number
        name = _plausible(_forward(chunk[listed[-1].end():]), alias)
        if name:
            return name
    name, described = _backward(chunk)
    name = _plausible(name, alias) if name else ""
    if name and not described:
        return name
    # the words that bring in a party: 'between', 'made (as of <date>) by', 'A appoints (engages, authorizes) B, a Nevada
    # corporation', the party a one-sided instrument is given to ('made by A ("Guarantor") in favor of B, a national bank,
    # ... ("Agent")', '..., to B, a national banking association ("Lender")')
    lead = list(re.finditer(r"\b(?:by\s+and\s+)?(?:between|among)\b|\b(?:made|entered\s+into|executed|given)(?:\s+(?:and|as\s+of|on|this|"
                            r"effective|dated)\b[^()\"\u201c\u201d;]{0,50}?)?\s+by\b|\b(?:appoints|engages|retains|authori[sz]es|hires)\b|"
                            r"\bin\s+favou?r\s+of\b|\bfor\s+the\s+benefit\s+of\b|^[\s),]*(?:to|with)\s+(?=[A-Z])|" + _ONE_PART.pattern, chunk, re.I))
    if lead:
        chunk = chunk[lead[-1].end():]
    elif floor == 0:
        chunk = _own_sentence(chunk, at <= 700 and not window[:window.find(chunk)].strip())
    chunk = _NAME_LEAD.sub("", chunk)
    # the words right before the alias end a description ('... organized under the laws of the State of
    # Delaware ("Provider")', '... located at Berlin and Munich ("Siemens")'): the name is the one the
    # description follows, read forward from where the party begins
    # '..., a Tennessee corporation, and Logan's Roadhouse, Inc., a Tennessee corporation': after the last 'and';
    # from the start of the text (no 'between', no party before) the words read forward are a title, not a name
    if name and floor == 0 and not (lead and _ONE_PART.match(lead[-1].group(0))):
        return name
    return _plausible(_forward(chunk), alias) or \
        _plausible(_forward(re.split(r",\s*(?:and|AND)\s+|(?<=[a-z0-9])\s+and\s+(?=[A-Z])", chunk)[-1]), alias) or name or \
        _after_description(chunk, alias)


# the end of a sentence, not the dot of 'Inc.' or 'B.V.': four small letters or a closing bracket or quote before it, a capital
# after it, both read in the text itself (RE2 reads the prepared text, where 'naïve' is 'naive' and 'É' is 'E')
_FULL_STOP = TextPattern(r"\.\s+\S", sentence_window=False, ignore_case=False)


def _full_stops(chunk: str) -> list[int]:
    """Where each sentence after a full stop starts."""
    return [m.end() - 1 for m in _FULL_STOP.finditer(chunk) if "A" <= chunk[m.end() - 1] <= "Z" and (
        chunk[m.start() - 1:m.start()] in (")", '"', "\u201d") or m.start() >= 4 and all("a" <= c <= "z" for c in chunk[m.start() - 4:m.start()]))]


def _own_sentence(chunk: str, top: bool) -> str:
    """The sentence of the chunk that gives the alias, when no words bring the party in: not a sentence above it, nor (at
    the top of the text) the title above it. A Markdown source holds the paragraph apart by a blank line; a PDF or Word
    file reads 'Tidewell Support Terms\nTidewell is free. You buy support from Tidewell B.V., Amsterdam ("we")'."""
    stops = _full_stops(chunk)
    if stops:
        return chunk[stops[-1]:]
    lines = chunk.split("\n")
    if top and len(lines) > 1 and lines[0].strip() and is_title_like(lines[0].split()) and \
            set(lines[0]).isdisjoint(".;:,(\"\u201c"):
        return "\n".join(lines[1:])  # 'SUPPORT TERMS\nAcme B.V., of Delft ("we")': its title, then the name
    return chunk


def _after_description(chunk: str, alias: str) -> str:
    """', a Pennsylvania corporation, Gulf Houghton Lubricants Ltd., a company incorporated in the Cayman
    Islands': the first company named after a comma, once the words before the alias end a description."""
    for piece in re.split(r",\s+(?=[A-Z])", chunk)[1:]:
        name = _plausible(_forward(piece), alias)
        if name and _HAS_SUFFIX.search(name) and not _IS_SUFFIX.match(name):
            return name
    return ""


def _backward(chunk: str) -> tuple[str, bool]:
    """The run of name words that ends the chunk ('' when there is none or it is a description), and
    whether it follows words of a description ('a corporation organized under the laws of', 'an office
    at'), so that it may be a place rather than the name."""
    tokens = list(_TOKEN.finditer(chunk))
    first = len(tokens)
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group(0)
        if word == ",":
            following = tokens[i + 1].group(0) if i + 1 < len(tokens) else ""
            # 'Keefe, Bruyette & Woods, Inc.': a firm's names before its '&' are one name
            if not _IS_SUFFIX.match(following) and not _PERSONAL_SUFFIX.fullmatch(following) and not (i > 0 and _NAME_WORD.match(tokens[i - 1].group(0))
                                                       and any(t.group(0) == "&" for t in tokens[i + 1:])):
                break
        # (not the end of an alias's parenthesis: '(Alder, Birch and Cedar together the "Sellers") and Dune Capital LLC')
        elif re.search(r"[\"\u201c\u201d]\W*\)$", word) or not (_NAME_WORD.match(word) or word.lower() in _CONNECTORS or re.match(r"\(\w[\w.]*\)$", word)
                  or (word[0].isdigit() and re.search(r"[A-Za-z]", word) and i < len(tokens) - 1)):
            break
        first = i
    else:
        i = -1
    joined = first < len(tokens) and tokens[first].group(0).lower() in ("and", "&")
    while first < len(tokens) and (tokens[first].group(0).lower() in _CONNECTORS and tokens[first].group(0) != "The"
                                   or tokens[first].group(0) == ","):
        first += 1
    # '..., professional golfer, TOM WATSON': a name after a description in lower case
    # ('... Maryland 21218 and, Virtuoso Surgical, Inc.': after 'and,')
    described_before = i >= 1 and tokens[i].group(0) == "," and re.fullmatch(r"[a-z]+", tokens[i - 1].group(0)) \
        and (tokens[i - 1].group(0) not in _CONNECTORS or tokens[i - 1].group(0) == "and")
    if i >= 0 and not joined and not described_before and (tokens[i].group(0) == "," or re.search(r"\d", tokens[i].group(0))):
        return "", False  # '... 1 Quay Street, Bristol ("Customer")', '... Minnesota 55112 USA': an address, not a name
    if first >= len(tokens):
        return "", False
    if i >= 0 and tokens[i].group(0).lower() in _DESCRIBED:
        return "", True  # 'a New Jersey Corporation ("HDI")': a description, the name is before it
    before = [t.group(0).lower() for t in tokens[max(i, 0):first + 1]]  # the word before the run, the connectors it starts with
    if i >= 1 and "the" in before and set(before) & _OBJECT_OF and tokens[i - 1].group(0).lower() not in _MADE_BY \
            and before[0] != "behalf":  # 'on behalf of the Trust's Money Market Fund': a party
        return "", True  # 'insured by the Federal Deposit Insurance Corporation ("FDIC")', 'a member of The University
        # of Texas System ("System")': a body a description names, no party
    # not 'by' after the words of a description: 'a body incorporated by Royal Charter', 'represented by Mr. Javier Ortega'
    described = i >= 0 and (tokens[i].group(0).lower() not in ("between", "among", "by", "and", "with") or
                            tokens[i].group(0).lower() == "by" and i >= 1 and tokens[i - 1].group(0).lower() in _DESCRIBED_BY) and \
        not tokens[i].group(0).endswith(")")  # '(Alder, Birch and Cedar together the "Sellers") and Dune Capital LLC': after a parenthesis
    if described:
        # '... incorporated in South Africa and MERIDIAN TELECOM LIMITED ("MERIDIAN")': the name after the last 'and'
        ands = [k for k in range(first, len(tokens) - 1) if tokens[k].group(0) == "and"]
        first = ands[-1] + 1 if ands else first
    if any(_ADDRESS_WORDS.match(t.group(0)) for t in tokens[first:]) or not _NAME_WORD.match(tokens[first].group(0)):
        return "", described
    return chunk[tokens[first].start():].strip(), described


def company_named(words: str) -> str:
    """The company's name the words begin with ('Cedar Trust Company, solely as trustee' -> 'Cedar Trust Company'):
    two words or more with a company suffix (Inc., LLC ...); '' when they begin with no company's name."""
    name = _plausible(_forward(words), "")
    return name if name and len(name.split()) > 1 and _HAS_SUFFIX.search(name) else ""


def _person_from(words: str, described: re.Pattern = _HOME_TOWN) -> re.Match | None:
    """A person's name and their home town the words begin with ('Jordan Ellis of Austin, Texas'), not a body named for
    its place ('Town of Vinton, Virginia', 'Coastal Bank of Maine'); with `described` _INDIVIDUAL, a person the words
    say is one ('Jordan Ellis, an individual residing in ...')."""
    home = described.match(words)
    if home and not any(w.capitalize() in _BODY_WORDS or _IS_SUFFIX.match(w) for w in home.group("person").split()):
        return home
    return None


def person_named(words: str) -> str:
    """The person's name the words begin with, when their home town or words that describe a person follow it ('Jordan
    Ellis of Austin, Texas', 'Jordan Ellis, an individual residing in ...'); '' otherwise."""
    person = _person_from(words) or _person_from(words, _INDIVIDUAL)
    return person.group("person") if person else ""


def _forward(chunk: str) -> str:
    if home := _person_from(chunk):
        return home.group("person")
    stop = _FORWARD_STOP.search(chunk)
    if stop and stop.group(0) == "\n" and not _HAS_SUFFIX.search(chunk[:stop.start()]) and _NEXT_LINE_SUFFIX.match(chunk, stop.start()):
        stop = _FORWARD_STOP.search(chunk, stop.end())  # a name run onto the next line: 'ORCHARD VALLEY FOODS\nCORPORATION, a ...'
    return chunk[:stop.start()] if stop else chunk


# a name in capitals and its address after a lower-case 'of' ('KESTREL DIGITAL LIMITED of 5 Mill Lane')
_CAPITALS_OF = re.compile(r"(?P<name>[^a-z]*[A-Z]{2}[^a-z]*?),?\s+of\s+(?=[A-Z0-9])")


_TICKER = re.compile(r"\s*\((?i:nasdaq|nyse|amex|otc|otcbb|otcqb|otcqx|tsx|tsxv|tsx-v|asx|lse|aim|cse|nyse\s+american|otc\s+pink)"
                     r"(?:\s*[\w-]+)?\s*:\s*[A-Z.]{1,8}\)$")
_TRADING_AS = re.compile(r",?\s+(?:(?i:trading)\s+(?i:as|under\s+the\s+(?:name|style)(?:\s+of)?)|[Tt]/[Aa][Ss]?)\s+(?=[A-Z\"\u201c])")


def _plausible(name: str, alias: str) -> str:
    """The name, tidied; '' for words that are no name: a phrase of the sentence, a title, the
    alias itself."""
    name = re.sub(r"\s[-_]{3,}\s", " ", name)  # a rule across a page break: "Mail ------- Boxes Etc."
    name = _SALUTATION.sub("", " ".join(name.split())).strip(" ,;:\"'\u201c\u201d")  # 'Gentlemen: Acme Inc.'
    name = _BEFORE_NAME.sub("", _AFTER_SUFFIX.sub(r"\g<suffix>", name)) if len(name.split()) > 2 else name
    name = _TRADING_AS.split(name, 1)[0]  # a sole trader's business name: 'Peter Lyle trading as Lyle IT' is Peter Lyle
    name = _TICKER.sub("", name)  # 'Helix Diagnostics, Inc. (NASDAQ: HLXD)': its listing, no part of its name
    if (caps := _CAPITALS_OF.match(name)) and len(caps.group("name").split()) > 1:
        name = caps.group("name")  # 'THE COUNCIL OF THE BOROUGH OF MARSHFORD of Town Hall, High Street': its address
    if (home := _person_from(name)) and not name[home.end():].strip(" ,."):
        name = home.group("person")  # 'Jordan Ellis of Austin Texas ("Athlete")'
    if _NOT_A_NAME.match(name) or re.search(r"^(?:<<|\[)|(?:>>|\])$", name):
        return ""  # 'Section 1. The Offering. The Bank', 'A. The Partnership', 'WHEREAS', '<<enter Company Name>>
    name = re.sub(r"<<\s*|\s*>>", "", name)  # 'SILVAN MILLS << Pty >> Ltd': marks around a word
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|\b(?:Inc|Corp|Co|Ltd|Ltda|LLC|Bhd|Pte|Pty|Jr|Sr))\.$", name, re.I):
        name = name[:-1]  # the end of a sentence, not of 'Inc.' or 'N.A.'
    words = name.split()
    if not words or not name[0].isalnum() or len(name) > 90 or len(words) > 12:
        return ""
    capitalised = sum(1 for w in words if _NAME_WORD.match(w) or w.lower() in _CONNECTORS or _IS_SUFFIX.match(w))
    # a number in a company's name: '2205925 Ontario Limited (dba Kilo)', 'EWSD 1, LLC, d/b/a SHI FARMS'
    numbered = len(words) > 1 and any(w.rstrip(",").isdigit() for w in words) and _HAS_SUFFIX.search(name)
    shortened = alias and len(words) > 1 and name.casefold().startswith(alias.casefold() + " ")  # 'i-on interactive ("i-on")'
    if not shortened and (capitalised < len(words) * 0.75 - (1 if numbered else 0) or
                          not (_NAME_WORD.match(words[0]) or numbered and words[0].isdigit())):
        return ""
    # a firm named for its trade and given its first word for alias is a name: 'Bluewater Technical Services ("Bluewater")'
    trade = shortened and words[-1].lower().strip(".") in _TRADE_END
    if words[-1].lower().strip(".") in _NOT_A_NAME_END and not trade or words[-1].lower() in _CONNECTORS or \
            _PLACE.match(name) and not shortened:  # a place is a party when named for its alias: 'State of Nevada ("State")'
        return ""
    return name


PROVIDES = frozenset("provide perform deliver supply host maintain support develop render furnish operate manage install "
                     "license design manufacture repair monitor".split())
PAYS = frozenset("pay reimburse compensate remit purchase buy".split())


CLEARLY = 3  # how many more duties to provide make one of two providing parties the provider


def leaning(verbs) -> int:
    """How far the verbs of a party's duties lean to providing (> 0) or to paying (< 0)."""
    return sum(v in PROVIDES for v in verbs) - sum(v in PAYS for v in verbs)


_STRICT = frozenset(PROVIDER_ROLE_WORDS + CUSTOMER_ROLE_WORDS)
_READER_ROLE = {"we": "provider", "us": "provider", "you": "customer"}  # a letter's author and its reader


def _hint(party: Party) -> str | None:
    """The role a party's loose words suggest: a word that names either side in some trades ("Agency": an advertising
    agency provides, a home-health or government agency buys), or the reader ('you') / author ('we') of a letter;
    None when a role word proper names it (that one stands)."""
    words = [" ".join(w.lower().split()) for w in (*party.aliases, party.name)]
    if any(w in _STRICT or w.split()[-1:] and w.split()[-1] in _STRICT for w in words if w):
        return None
    return next((ROLE_OF_WORD.get(w) or _READER_ROLE.get(w) for w in words if ROLE_OF_WORD.get(w) or _READER_ROLE.get(w)),
                None)


def _weigh_hints(parties: list[Party], leans: list[int]) -> None:
    """Of two parties, a role only a loose word gave (or none, for a letter's 'we' / 'you') stands unless the duties
    clearly lean the other way ('Agency' that pays, the other that provides and performs): then it is dropped and the
    duties decide."""
    hints = [_hint(p) for p in parties]
    for i, party in enumerate(parties):
        if hints[i] and party.role in (None, hints[i]):
            provider_lean = leans[i] - leans[1 - i] if hints[i] == "provider" else leans[1 - i] - leans[i]
            party.role = None if provider_lean <= -CLEARLY else hints[i]


def settle_roles(parties: list[Party], votes: dict[int, list[str]]) -> None:
    """Roles of parties whose words are not role words, from what they do (`votes`: party
    index -> the verbs of their obligations); with two parties, one known role gives the other:
    a role word's ("Consultant") before the verbs are counted, else one the verbs gave."""
    def complete():
        known = {p.role for p in parties if p.role}
        if len(parties) == 2 and len(known) == 1:
            other = "customer" if "provider" in known else "provider"
            for party in parties:
                party.role = party.role or other
    leans = [leaning(votes.get(i, ())) for i in range(len(parties))]
    if len(parties) == 2:
        _weigh_hints(parties, leans)
    complete()
    for i, party in enumerate(parties):
        if party.role is None and votes.get(i):
            party.role = "provider" if leans[i] > 0 else "customer" if leans[i] < 0 else None
    complete()
    roles = [p.role for p in parties if p.role]
    if len(parties) == 2 and len(roles) == 2 and len(set(roles)) == 1:
        # both read as the same side: keep the one a role word gave, drop the guess; two guesses: the party
        # that does clearly more of the providing is the provider ('Wildform shall provide ... deliver ...
        # perform', 'On2 shall provide ... pay'), else neither is known
        given = [any(role_word(w) for w in (*p.aliases, p.name)) for p in parties]
        for party, by_word in zip(parties, given):
            if not by_word:
                party.role = None
        if not any(given) and abs(leans[0] - leans[1]) >= CLEARLY:
            first = leans[0] > leans[1]
            parties[0].role, parties[1].role = ("provider", "customer") if first else ("customer", "provider")
