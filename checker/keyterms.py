"""The key terms abstract: the deal at a glance, each term with the clause it comes from.

Read from the analysed documents (their sections, sentences and the tags of checker/nlp):
parties and roles, effective date, term, renewal, pricing and fees, the SLA table (priority ->
response / resolution), availability, notice periods, liability cap and governing law.

`key_terms(package)` returns a plain dict for `Report.key_terms` (and the JSON report):
one list of items per key term, in KEY_TERMS order, empty when the contract does not say.
Every item has a display `value`, normalised figures where there are any (`hours`, `percent`,
`amount` + `currency`, `months`), and `evidence` (document, page, section, heading, start,
end, quote). The documents of a package are read in order; the first that states a
single-valued term (effective date, term ...) gives it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from datetime import date

from checker.engine.context import AnalysedDocument, Package
from checker.keydates import add_length, length_text, notice_deadline, parse_iso
from checker.keyparties import key_parties
from checker.matching import TextPattern
from checker.nlp.dates import DATE, DATES, MONTH, YEARLESS, iso, parse_date, writes_day_first
from checker.nlp.jurisdictions import JURISDICTIONS, LAW_ADJECTIVES, longest_first
from checker.nlp.parties import role_word


@functools.lru_cache(maxsize=None)
def _finder(pattern: str, ignore_case: bool = True, not_followed_by: str | None = None) -> TextPattern:
    """A pattern a key term reads in a contract's text (checker/matching.py: RE2, linear time), case-insensitive
    unless `ignore_case=False`; one for each source (a call's own pattern is made once)."""
    return TextPattern(pattern, sentence_window=False, ignore_case=ignore_case, not_followed_by=not_followed_by)


def _after(text: str, at: int, words: tuple[str, ...], whole: bool = False) -> bool:
    """Does text[:at] end in one of `words` (lower case; `whole`: a word that starts a word) and one white-space
    character? What a lookbehind ('(?<!half\\s)') reads in `re`, which RE2 does not run."""
    head = text[max(0, at - 14):at]  # the longest word, 'commencement', and a character either side
    return head[-1:].isspace() and any(head[-1 - len(w):-1].lower() == w and not (
        whole and (c := head[-2 - len(w):-1 - len(w)]) and (c.isalnum() or c == "_")) for w in words)


def _blanked(pattern: TextPattern, text: str) -> str:
    """The text with each match blanked out, offsets kept."""
    for match in pattern.finditer(text):
        text = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return text


# --- the key terms ---------------------------------------------------------------------------

KEY_TERMS = [
    ("parties", "Parties and roles"),
    ("agreement_date", "Agreement date"),
    ("effective_date", "Effective date"),
    ("term", "Term"),
    ("expiry_date", "Expiry date"),
    ("renewal", "Renewal"),
    ("notice_deadline", "Last day to give notice"),
    ("pricing", "Pricing and fees"),
    ("sla", "Service levels"),
    ("availability", "Availability"),
    ("notice_periods", "Notice periods"),
    ("liability_cap", "Liability cap"),
    ("governing_law", "Governing law"),
]
MAX_QUOTE = 300

_DATED = 1500  # where a contract states the date it is made: its opening characters
# the Effective Date defined: '"Effective Date" means ...', '(the "Effective Date")', 'Effective Date: ...', 'hereinafter
# called the Effective Date', 'The effective date of this Reseller Agreement shall be: ...', 'Effective Dates: ...',
# a table's row '| Effective Date | 1 May 2022 |'
_EFFECTIVE_DEFINED = _finder(r"[\"“”']\s*(?:effective|commencement)\s+date\s*[\"“”']|"
                             r"\b(?:called|referred\s+to\s+as|known\s+as)\s+(?:the\s+)?(?:effective|commencement)\s+date\b|"
                             r"\b(?:effective|commencement)\s+date(?:\s+of\s+(?:(?:this|the)\s+(?:[\w-]+\s+){0,3}?)?(?:agreement|contract))?"
                             r"\s*(?:means|shall\s+mean|is|shall\s+be|will\s+be|:|\|[ \t]*(?:\d|" + MONTH + r")|,\s*which\s+(?:is|shall\s+be|will\s+be)|,?\s*being\s+(?:\d|the\s+\d|" + MONTH + r")|"
                             r"\(\s*(?:\d|" + MONTH + r"))|\beffective\s+dates\s*:|"  # 'the Effective Date, being 1 March 2021', 'the Effective Date (March 1, 2021)'
                             r"\bstart\s+date\s*,?\s*being\s+(?:\d|the\s+\d|" + MONTH + r")|"  # 'Effective Dates: <from>, <to>'
                             r"\b(?:contract\s+)?start(?:\s+date)?\s*:|\bdate\s+of\s+commencement\s*:|\bstart\s+date\s*\|[ \t]*(?:\d|" + MONTH + r")")  # 'Contract start: 04-01-06', 'Date of Commencement:'
_DEFINED_AS = {"effective": r"effective\s+date", "commencement": r"commencement\s+date|date\s+of\s+commencement", "start": r"\bstart(?:\s+date)?\s*:|\bstart\s+date\s*(?:\||,?\s*being\b)"}
# the contract says when it takes effect or starts: 'effective as of <date>', 'commences on <date>'
# ('with effect from <date>', 'shall be in force (valid) from <date>', 'the term of this Agreement is from <date> to ...')
# ('shall be in force as from', 'in full force and effect from and including', 'becomes operative on', 'shall come into operation on')
_IN_FORCE_FROM = (r"\b(?:be|is|remains?)\s+(?:in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?|valid)\s+(?:from(?:\s+and\s+(?:after|including))?|as\s+(?:of|from))|"
                  r"\b(?:becomes?|be|is)\s+operative\s+(?:on|from|as\s+(?:of|from))|\b(?:comes?|came)\s+into\s+operation\s+(?:on|from|as\s+(?:of|from))")
# the term's span from a date: 'the term of this Agreement is from', 'shall run from', 'the Agreement Period is from', 'This
# Agreement covers the period from'
_TERM_FROM = (r"(?:(?:\bterm\b|\b(?:agreement|contract)\s+period\b)[^.;]{0,60}?\b(?:is|shall\s+be|will\s+be|(?:shall\s+|will\s+)?run)\s+"
              r"(?:the\s+period\s+)?from|\b(?:agreement|contract)\s+(?:shall\s+|will\s+)?(?:covers?\s+the\s+period|runs?)\s+from)")
# the agreement in effect for a length from a date: 'valid for a period of one year from', 'effective for the period', 'a term
# of one year beginning' (the agreement's term, not another period that begins: `_PERIOD_STARTS`)
# (the words before the end may be a period's own: 'effective for the period')
_FOR_LENGTH_FROM = _finder(r"(?:\b(?:agreement|contract|amendment)\b[^.;]{0,40}?\b(?:valid|effective|in\s+(?:full\s+)?(?:force|effect))\s+for|\bterm\s+of|"
                           r"\b(?:agreement|contract|term)\b[^.;]{0,60}?\b(?:is|be|runs?|continues?|remains?|lasts?)(?:\s+(?:in\s+(?:full\s+)?(?:force|effect)|valid))?(?:\s+(?:for|of))?)\s+"
                           r"(?:(?:(?:a|an|the)\s+(?:initial\s+)?(?:period|term)(?:\s+of)?\s+)?(?:[\w()-]+\s+){0,4}?(?:years?|months?)\s*,?\s+(?:from|commencing|beginning|starting)"
                           r"(?:\s+(?:on|as\s+of|from))?|(?:(?:a|the)\s+(?:period|term)(?:\s+of)?\s+)?(?:[\w()-]+\s+){0,3}[\w()-]*period\s)"
                           r"\s*(?:the\s+)?$")
_TAKES_EFFECT = _finder(r"\beffective\b|\b(?:comes?|came|enters?)\s+into\s+(?:force|effect)\b|\b(?:takes?|took|ha(?:s|ve))\s+effect\b|"
                        rf"\bwith\s+effect\s+(?:from|on|as\s+of)\b|{_IN_FORCE_FROM}\b|{_TERM_FROM}\b|\b(?:valid|in\s+(?:full\s+)?(?:force|effect))\s+for\b|"
                        r"\b(?:lasts?|runs?|continues?)\s+for\b|\blasts?\b|"
                        r"\b(?:commenc\w*|begin(?:s|ning)?|start(?:s|ing)?)\s+(?:(?:on|upon|as\s+of|from)\b|(?:the\s+)?\d|at\s+\d|" + MONTH + ")")
# a time of day before the date: 'effective from 12:01 a.m. on March 1, 2021', 'begins at 12:00 am (Eastern Time) on'
_TIME_OF_DAY = r"(?:\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|hours|hrs\b\.?)(?:\s*\([^()]{0,30}\))?(?:\s+(?:on|of))?\s+(?:the\s+)?)?"
_AFTER_EFFECTIVE = _finder(r"\b(?:(?:comes?|came|enters?)\s+into\s+(?:force|effect)|(?:takes?|took|ha(?:s|ve))\s+effect|with\s+effect|"
                           r"effective(?:\s+for\s+all\s+purposes(?:\s+and\s+in\s+all\s+respects)?)?)"
                           r"(?:\s+(?:on\s+the\s+day\s+of|(?:on\s+and\s+)?as\s+(?:of|from|at)|from(?:\s+and\s+(?:after|including))?|on(?:\s+and\s+from)?|upon|with\s+effect\s+from|date\s+of|"
                           r"beginning\s+on|this|date|retroactive(?:ly)?\s+(?:to|as\s+of)|nunc\s+pro\s+tunc\s+(?:to|as\s+of)))?" + _TIME_OF_DAY + r"\s*:?\s*$|"
                           rf"(?:{_IN_FORCE_FROM}|{_TERM_FROM})\s+(?:the\s+)?$|\b(?:commenc\w*|begin(?:s|ning)?|start(?:s|ing)?)\s+"
                           r"(?:(?:on|upon|as\s+of|from|at)\s+)?(?:the\s+)?" + _TIME_OF_DAY + "$")
# the day something ends, not the day the agreement starts: 'may terminate this Agreement with effect from 31 May 2021',
# 'the Prior Agreement was cancelled effective March 1, 2020'
_ENDS_WITH_EFFECT = _finder(r"\b(?:terminat|cancel|suspen|withdr[ae]w|resign|rescind|rescission|expir)\w*\b[^.;]{0,50}?"
                            r"\b(?:with\s+effect|effective)\b[^.;]*$")
# a period or the services, not the agreement, start on the date ('The Services shall commence on 1 April 2021' in an agreement
# made in March; not 'the term of the Services shall commence on'): 'the fiscal year which begins on April 1, 1999', 'a period
# of two (2) months to commence on November 4, 1998', 'during the period beginning October 1, 2009'
_STARTS = r"\b(?:\s+\([^()]*\))?(?:\s+(?:which|that))?\s+(?:shall\s+|will\s+|to\s+)?(?:(?:commenc\w*|begin\w*|start\w*)\s+(?:on|upon|as\s+of|from)|begin\w*|start\w*)\s+(?:the\s+)?$"
_PERIOD_STARTS = _finder(r"\b(?:periods?|years?|quarters?|months?|phases?)" + _STARTS)
_SERVICES_START = _finder(r"\bservices" + _STARTS)


def _period_starts(searchable, start: int, end: int) -> bool:
    """A period or the services, not the agreement, start at `end` (the words before it, from `start`)."""
    if _PERIOD_STARTS.search(searchable, start, end):
        return True
    services = _SERVICES_START.search(searchable, start, end)
    return bool(services) and not _after(getattr(searchable, "text", searchable), services.start(), ("term of", "term of the"), whole=True)
_DATE_ABOVE = _finder(r"\b(?:date|day)\s+(?:and\s+year\s+)?(?:first\s+)?(?:above\s+|below\s+)?(?:written|set\s+(?:forth|out)|stated|listed|"
                      r"appearing|mentioned|indicated)(?:\s+(?:above|below|on\s+the\s+first\s+page))?|"
                      r"\bdate\s+hereof\b|"
                      r"\b(?:effective|commencement)\s+date\s*[\"“”']?\s*(?:means|shall\s+mean|is)\s+(?:the\s+)?date\s+(?:of\s+)?"
                      r"(?:execution|signature|signing)")
# the date the agreement is made as the anchor of a length, not its start: '... or (b) the date that is two (2) years after the date of
# this Agreement', 'shall become effective thirty days after the date hereof'
_COUNTED_AFTER = _finder(r"\b(?:after|following)\s+(?:the\s+)?$")
_DATE_OF_THIS = _finder(r"\bdate\s+of\s+(?:this|the)\s+(?:agreement|contract)\b")  # not after 'effective' or 'commencement'


def _date_above(text) -> int | None:
    """Where the first words that point to the date the contract is made stand in a text (or a Searchable's)."""
    first = _DATE_ABOVE.search(text)
    words = getattr(text, "text", text)
    this = next((m for m in _DATE_OF_THIS.finditer(text) if not _after(words, m.start(), ("effective", "commencement"))), None)
    return min((m.start() for m in (first, this) if m), default=None)
# a year alone where a template's day and month were left blank and lost in the filing: 'is entered into on 2018 (the
# "Effective Date")'
_BARE_YEAR = _finder(r"\b(?:on|as\s+of|dated|effective)\s+(?P<year>(?:19|20)\d\d)\s*\(\s*(?:the\s+)?[\"“”']?\s*(?:effective|commencement)"
                     r"\s+date\b")
_SPACE = _finder(r"\s*", ignore_case=False)
_LABEL_END = _finder(r"\b(?:effective|commencement)(?:\s+(?:as\s+of|from|on))?\s*:\s*$")  # 'Effective:', 'Effective as of:' over its date
# an attachment after the body: 'Exhibit A', 'SCHEDULE 2', 'Annex IV' (not a filing's 'Exhibit 10.1')
_ATTACHMENT = _finder(r"(?i:exhibit|schedule|annex|appendix|attachment|addendum)\s+(?:[A-Z]{1,2}|[IVX]+|\d{1,2})(?:[^.\w]|$)", ignore_case=False)
# a date stated in another part of the contract: 'the date set out in the Addendum', 'specified in the Order Form'
_STATED_IN = _finder(r"\b(?:set\s+(?:out|forth)|specified|stated|shown|indicated|identified|listed)\s+(?:in|on)\s+(?:the\s+|an?\s+|each\s+)?"
                     r"(?:[\w-]+\s+)?(?:addendum|schedule|exhibit|appendix|annex|attachment|order|cover|data\s+sheet|summary)\b")
_FILING_LINE = _finder(r"[ \t]*Source\s*:")
# an agreement that takes effect when it is signed: 'the date of the last signature', 'when signed by both parties',
# 'the later of the two signature dates below', 'the date of signed acceptance', 'the date on which the Parties sign',
# 'on the signing date', 'upon the signatures and seals of both Parties', 'when counterparts have been signed by each Party',
# 'not effective until signed', 'the last date signed below', 'the date last written below'
_ON_SIGNING = _finder(r"\bdate\s+of\s+(?:the\s+)?(?:last\s+|final\s+|later\s+)?(?:signature|execution|signing)|"
                      r"\b(?:last|latest|later)\s+(?:date|day)\s+(?:of\s+signature|(?:on\s+which\s+it\s+is\s+)?(?:signed|written|executed))\b|"
                      r"\bdate\s+last\s+(?:signed|written|executed)\b|"
                      r"\b(?:when|once|until|upon\s+being|after\s+being)\s+(?:duly\s+)?(?:signed|executed)\b|\bsignature\s+dates?\b|"
                      r"\bsigned\s+acceptance\b|\b(?:up)?on\s+(?:the\s+)?(?:execution|signing|signatures?)\b|\blast\s+(?:party\s+(?:hereto\s+)?(?:to\s+)?(?:has\s+)?(?:sign|execut)\w*|to\s+sign\b|signature\b)|"
                      r"\bdate\s+(?:on\s+)?which\s+(?:it|this\s+agreement|(?:both|the|all)\s+parties|the\s+last\s+party)\s+"
                      r"(?:is\s+|has\s+been\s+|have\s+)?(?:signed|executed|signs?|executes?)\b|\bsigning\s+date\b|"
                      r"\bupon\s+(?:the\s+)?completion\s+of\s+(?:the\s+)?(?:execution|signing)\b|"
                      r"\b(?:when|once|upon)\b[^.;]{0,60}?\b(?:signed|executed)\s+by\s+(?:each|both|all)\b|"
                      # more wordings of the day the last party signs: 'the later of the two signature dates below', 'the later of
                      # the dates beneath the parties' signatures', 'the date on which the last of the parties signs it', 'the day of its
                      # signature by both Parties', 'the date it is fully executed', 'the date of full execution', 'the date signed by the
                      # second party to sign'
                      r"\b(?:later|last|latest)\s+of\s+the\s+(?:two\s+|respective\s+)?(?:signature\s+)?dates?\b[^.;]{0,40}?\b(?:signatures?|signed|"
                      r"executed|execution)\b|\bdate\s+on\s+which\s+the\s+(?:last|later|second)\s+(?:of\s+the\s+(?:parties|two)\s+|party\s+)?"
                      r"(?:to\s+sign\s+)?(?:signs?|executes?|has\s+(?:signed|executed))\b|\b(?:day|date)\s+of\s+(?:its\s+)?(?:signature|signing|execution)"
                      r"\s+by\s+(?:both|all|each|the\s+last)\b|\bfully\s+(?:signed|executed)\b|\bfull\s+execution\b|"
                      r"\b(?:second|last|later)\s+party\s+to\s+(?:sign|execute)\b|"
                      # 'the date it has been signed by both parties', 'the day this Agreement is executed by each party'
                      r"\b(?:date|day)\s+(?:that\s+)?(?:it|this\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract))\s+(?:is|has\s+been|was|shall\s+have\s+been)\s+"
                      r"(?:duly\s+)?(?:signed|executed)\s+by\s+(?:each|both|all|the\s+last)\b")


# what dates a signature on its line: 'Date:', 'Dated', or the place of signing ('Rome/Houston, ', 'Ballerup, ')
_SIGNED_ON = _finder(r"(?i:\bdated?\s*:?)|^\s*[A-Z][\w'/.-]*(?:\s+[A-Z][\w'/.-]*){0,2},\s*$", ignore_case=False)
_WITNESS = _finder(r"\bIN\s+WITNESS\s+WHEREOF\b|\bAGREED\s+AND\s+ACCEPTED\b")
_CUT = _finder(rf"(?:\b[ap]\.\s?m|\b(?:no|inc|ltd|corp|co|st)|\b{MONTH})\.\s*$|:\s*$")
_MONTH_CUT = _finder(rf"\b{MONTH}\.\s*$")
_DATE_LINE = _finder(rf"^[ \t]*(?:{DATE})[ \t]*(?:\n|$)")  # a line that holds a date and nothing else
_MADE = _finder(r"\b(?:dated|made|entered\s+into|executed|signed|as\s+of|date[d:]?\s*:|this)\b")
# the date of another agreement: 'the Supply Agreement dated as of ...', 'entered into a Services Agreement on ...',
# 'that certain letter agreement, dated ...', 'a Selling Agreement, effective as of ...', '... as amended July 6, 1992',
# 'the Supply Agreement between A and B dated as of ...'
_NOT_THIS = r"(?:this\w[\w&/,.-]*|[\w&/,.-]{1,3}|(?:[0-9a-su-z_&/,.-]|t[0-9a-gi-z_&/,.-]|th[0-9a-hj-z_&/,.-]|thi[0-9a-rt-z_&/,.-])[\w&/,.-]*)"  # a word, not 'this'
_OTHER_AGREEMENT = _finder(r"\b(?-i:a|an|[Tt]he|that\s+certain|certain|such|said|its|their|existing|prior|original)\s+"
                           rf"(?:{_NOT_THIS}\s+){{0,6}}?(?:agreements?|memorandum(?:\s+of\s+understanding)?|contracts?|amendments?|"
                           r"letters?|plans?)(?:\s*\([^()]{0,80}\))?(?:\s+(?:by\s+and\s+)?between\s+[^;]{1,100}?)?\s*,?\s*"
                           r"(?:(?:which\s+(?:was|is)\s+)?(?:dated|made|effective|"
                           r"entered\s+into|executed|signed)\s*)?(?:as\s+of|on|from)?\s*(?:the\s+)?$|\bas\s+amended\b[^.;()]{0,60}\n?$")
_ENDS_ON = _finder(r"\b(?:terminat\w*|expir\w*|end(?:s|ing)?|until|through|thru)\s+(?:on\s+)?(?:the\s+)?$")
_RECITAL = _finder(r"\bWHEREAS\b")
# words that name this agreement: a recital without them is about something else
_SELF = _finder(r"\bthis\s+(?:[\w-]+\s+){0,3}?(?:agreement|amendment|contract)\b|\bhere(?:of|by|in|to|under)\b")
# the agreement (its term) starts or takes effect: not a period named between ('during the period commencing on the date
# hereof', 'the "Standstill Period" shall mean the period commencing'), nor 'effective until', which says when it ends
# (read between the words 'period': `_self_starts`; 'effective' not followed by 'until', spelt out)
_SELF_STARTS = _finder(r"\b(?:agreement|contract|term|amendment)\b[^.;]{0,80}?\b(?:effective(?:$|[^\w\s]|\s+(?:$|[^\su]|u(?:$|[^n]|"
                       r"n(?:$|[^t]|t(?:$|[^i]|i(?:$|[^l]))))))|(?:commenc\w*|begin\w*|start\w*|into\s+(?:force|effect)|takes?\s+effect)\b)")
_PERIOD_WORD = _finder(r"\bperiods?\b")


def _self_starts(sentence: str) -> bool:
    cuts = [0, *(m.start() for m in _PERIOD_WORD.finditer(sentence)), len(sentence)]
    return any(_SELF_STARTS.search(sentence, start, end) for start, end in zip(cuts, cuts[1:]))


# a sentence a page break cuts: two blank lines and more between a word or figure and words in lower case ('... for a
# period of 12\n\n\n months, each ...')
_BROKEN = _finder(r"[a-z0-9,](?:[ \t]*\n){3,}\s*[a-z]\n?$", ignore_case=False)
# not the agreement taking effect on signature: how counterparts bind, or when some of its clauses take effect
# ('This Clause 6 and Clauses 1 and 5 come into force upon execution')
_PART_OR_COUNTERPARTS = _finder(r"\bcounterparts\b|^\W*(?:this\s+)?(?:clause|section|article|paragraph)s?\s+\d")
# a length counted from the day the agreement is made, not from its effective date: '... anniversary of the date hereof', 'three
# years from the date of this Agreement', 'the fifth anniversary of this Agreement'
_FROM_MADE = _finder(r"(?:anniversary\s+)?(?:of|from|after)\s+(?:and\s+including\s+)?(?:the\s+date\s+(?:hereof|of\s+this\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:agreement|contract))|this\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract)\b)")
# the agreement takes effect on an event, not a date: 'this Agreement shall be effective as of the date of physical completion of ...',
# 'shall come into force on the date on which the Authority approves it', 'takes effect on the day the first order is accepted'
_STARTS_ON_EVENT = _finder(r"\b(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract)\s+(?:(?:shall|will)\s+(?:become\s+|be\s+)?(?:effective|commence|start|"
                           r"come\s+into\s+(?:force|effect)|take\s+effect)|(?:becomes\s+|is\s+)?effective|commences|starts|comes\s+into\s+(?:force|effect)|"
                           r"takes\s+effect)\s+(?:as\s+of\s+|on\s+|upon\s+|from\s+)?(?:the\s+)?(?:date|day|time)\s+(?:of|on\s+which|when|that|upon\s+which|"
                           r"(?:the\s+|a\s+)?(?:customer|client|supplier|provider|company|contractor|we|you)\b)")
_INITIAL_TERM = _finder(r"\binitial\s+(?:term|period)\b")
# a period after the agreement ends, no term of it: 'upon the termination of this Agreement ... for a period of six months',
# 'In the event this Agreement is terminated ...', '... and for two years after its termination'
_AFTER_END = _finder(r"\b(?:upon|after|following)\s+(?:the\s+|any\s+)?(?:termination|expiration|expiry)(?:\s+or\s+\w+)?\s+of\s+(?:this|the)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:agreement|contract)\b|\bis\s+terminated\b|\bsurviv\w*")
_ENDED = _finder(r"\W*(?:period\s+)?(?:immediately\s+)?(?:after|following)\s+(?:(?:(?:its|the|such|any)\s+)?(?:termination|expiration|expiry|term)\b|"
                 r"(?:the\s+date\s+of\s+)?such\b)")  # '... years after the date of such transfer': from another event
# a period after the term: 'during the Term and for a period of one (1) year thereafter' (not 'shall continue for a period of ten
# (10) years thereafter', the term itself)
_TAIL_PERIOD = _finder(r"\b(?:and|or)\s+for\s+(?:a|the)\s+period\s+of\s+[^.;]{1,30}?\bthereafter\b")
# a length is the agreement's term when the sentence opens with it ('For a period of five (5) years from ...') or
# names the agreement, contract or term before it
# a heading that names the renewal its clause goes on to ('Term and Renewal  The term of this Agreement shall ...')
_TERM_HEADING = _finder(r"^\W*(?:(?:\d[\d.]*|[ivx]+\.?|\([a-z0-9]+\))\s*)?(?:(?:initial\s+)?term|duration|period)(?:\s+of\s+(?:the\s+)?agreement)?\s*(?:and|&|;|,|/)\s*$")
# the agreement named as what an act is done under, or ended, not as what runs for a length: 'ceased making movements under this
# Agreement for a period of six months', 'entitled to terminate this Agreement ... after the expiration of such twelve (12) Month period'
_UNDER = _finder(r"\b(?:under|pursuant\s+to|in\s+accordance\s+with|in\s+connection\s+with|in\s+performance\s+of|terminat\w*|cancel\w*|"
                 r"suspend\w*|breach\w*)\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?$")
# a term that is the later of a length and an event, no fixed end: 'the longer of fifteen (15) years from first Commercial Launch or
# until the expiration of the last patent', 'will not end until the later of (a) twelve (12) months from the Launch Date; or (b) ...',
# 'ten (10) years from the Launch, or the date of expiry of the last valid patent, whichever comes later'
_LATER_OF = _finder(r"\b(?:longer|later|latest|last\s+to\s+occur)\s+of\b|\bwhichever\s+(?:is|comes|occurs|shall\s+be)\s+(?:the\s+)?(?:later|longer|last)\b")
_OPENS_WITH_PERIOD = _finder(r"\W*(?:for|during)\b")
_NAMES_AGREEMENT = _finder(r"\b(?:agreement|contract|term)\b")
_LONG_UNITS = ("month", "quarter", "year")  # the units of a contract's term or renewal
# the agreement's term: 'the term of this Services Agreement', 'shall remain in full force and effect for one (1) year', 'for the
# period of five (5) years', 'will terminate on the third anniversary of the Effective Date', 'shall extend until the four (4) year anniversary of the
# Effective Date', 'shall remain in force until the third anniversary of the Commencement Date'
_TERM = _finder(r"\b(?:term|duration)\s+of\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract)\b|"
                r"\b(?:continues?|remains?)\s+(?:in\s+(?:full\s+)?(?:force|effect)\s+(?:and\s+effect\s+)?)?for\b|"
                r"\bfor\s+(?:a|the)\s+(?:period|term)\s+of\b|\b(?:terminat\w*|expir\w*|end|continu\w*|extend\w*|run\w*|remain\w*(?:\s+in\s+(?:full\s+)?"
                r"(?:force|effect)(?:\s+and\s+effect)?)?|(?:be|is)\s+(?:in\s+(?:full\s+)?(?:force|effect)|valid))\s+(?:on|until|till)\s+the\s+[\w-]+\s+"
                r"(?:\(\w+\)\s+)?(?:years?[\s-]+)?anniversary\b")
_EXTENDS_UNTIL = _finder(r"extend(?:s|ed)?\s+until\s+the\b")
# the agreement, the services or the franchise continued for further terms: 'the option to continue the franchise relationship with us
# for two (2) additional terms of ten (10) years each', 'may continue the Services for two further periods of twelve (12) months'
_CONTINUE_FOR_MORE = (r"\bcontinue\w*\s+(?:this|the|its|our|your)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|franchise|services?|relationship)\s+"
                      r"(?:[\w-]+\s+){0,3}?for\s+(?:[\w()-]+\s+){0,3}?(?:additional|further|successive|another|subsequent)\b")
_RENEWAL = _finder(r"\brenew|\bautomatically\s+continu|\bextend(?:ed|s)?\b|\bextension|\bprolong|\b(?:year|month)[\s-]+to[\s-]+(?:year|month)\b|"
                   r"\bcontinue\w*\s+(?:automatically|thereafter|for\s+(?:successive|additional|further|one\s+or\s+more))|"
                   r"\bsuccessive\s+(?:[\w()-]+\s+){0,3}(?:periods?|terms?)\b|" + _CONTINUE_FOR_MORE)
# a renewal of this agreement: it (or its term) renews, is extended, continues for successive
# periods or from year to year; a renewal term; the period is read after these words
_RENEWS = _finder(r"\b(?:shall|will|to|may)\s+(?:be\s+)?(?:automatically\s+)?(?:renew\w*|extend\w*)\b(?:\s+automatically)?|"
                  r"\brenew\w*\s+tacitly\b|\btacit(?:ly)?\s+renew\w*|"
                  r"\b(?:agreement|contract|term)\b[^.;]{0,100}?\b(?:renew\w*|extend\w*|prolong\w*|"
                  r"continue\w*\s+(?:automatically|thereafter|for\s+(?:successive|additional|further|one\s+or\s+more))|"
                  r"continue\w*\s+(?:on\s+a\s+|from\s+)?(?:year|month)[\s-]+to[\s-]+(?:year|month))|"
                  r"\b(?:renew\w*|extend\w*|extension\s+of|prolong\w*)\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract|term)\b|"
                  r"\brenewal\s+(?:terms?|periods?)\b|\bautomatic(?:ally)?\s+(?:be\s+)?(?:renew\w*|extend\w*|continu\w*)|"
                  r"\bcontinu\w*\s+automatically\b|\bautomatic\s+(?:[\w()-]+\s+){1,4}?(?:renewals?|extensions?)\b|"
                  r"\b(?:year|month)[\s-]+to[\s-]+(?:year|month)\b|" + _CONTINUE_FOR_MORE)
# a period that is the notice, not the renewal: 'ninety (90) days prior', 'at least six months before'
_NOTICE_AFTER = _finder(r"^\W*(?:s\b\W*)?(?:\(\w+\)\s*)?(?:prior|before|in\s+advance|advance|(?:written\s+)?notice|"
                        r"following\s+(?:receipt|notice)|after\s+(?:receipt|notice)|preceding|of\s+the\s+end)")
_NOTICE_BEFORE = _finder(r"(?:at\s+least|not\s+less\s+than|no\s+less\s+than|no\s+later\s+than|minimum\s+of|"
                         r"within(?:\s+a\s+period\s+of)?|"
                         r"upon|giving|gives|with|earlier\s+than|more\s+than)\s*$")
# a sentence that ends the agreement on a date: 'expires on', 'shall terminate on', 'until', 'through'
_EXPIRES = _finder(r"\bexpir\w*|\b(?:terminat|conclud)\w*\s+(?:on|at)\b|\bconclud(?:e|es|ing)\b|\btill\b|\bfrom\b[^.;]{1,80}?\bto\b|\buntil\b|\bthrough\b|\bend(?:s|ing)?\s+(?:on|at|the\s+(?:earlier|later|first))\b|\bexpiration\s+date\b|\bup\s+to\s+and\s+including\b|"
                   r"\btermination\s+date\b")
# a period of the calendar the contract defines, whose first or last one ends on a date that is not the agreement's end: '"Calendar
# Quarter" means ...', '"Contract Year" shall mean ...', '"Year" means ...', 'Financial Year: the period ...'
_CALENDAR_PERIOD = _finder(r"[\"\u201c]\s*(?:[\w-]+\s+){0,2}?(?:years?|quarters?|months?|weeks?)\s*[\"\u201d]\s*(?:means|shall\s+mean|:|has\s+the\s+meaning)|"
                           r"^\W*(?:\d[\d.]*\s+)?(?:[\w-]+\s+){0,2}?(?:years?|quarters?|months?|weeks?)\s*:")
# the term as a span of two dates after its label: 'Term: 1 April 2021 to 31 March 2023', 'TERM OF EXECUTION From January 30, 2021
# until July 29, 2021', 'Contract Period: from 01/07/2021 until 30/06/2022', '| Term | 1 May 2022 - 30 April 2025 |', 'the Agreement
# Period is 1 January 2022 through 31 December 2024', 'Duration of the Contract: 1 March 2023 till 29 February 2024', '"Service Period"
# means April 1st 2019 through to March 30, 2020', 'the Term is the period commencing on 1 April 2021 and ending on 31 March 2023'
_TERM_SPAN = _finder(r"(?:(?:(?m:^)[ \t]*(?:\d[\d.]*\s+)?|\bthe\s+|\|[ \t]*)(?:(?:contract|agreement|service)\s+period\b|(?:(?:initial|contract|agreement)\s+)?"
                     r"(?:(?:term|duration)(?:\s+of\s+(?:the\s+|this\s+)?(?:agreement|contract|execution|services?))?|period\s+of\s+(?:the|this)\s+(?:agreement|contract)))|"
                     r"[\"\u201c]\s*(?:(?:initial|contract|agreement|service)\s+)?(?:term|period)\s*[\"\u201d])"  # '"Service Period" means ...'
                     r"\s*(?:[:|]|\s(?:is|shall\s+be|will\s+be|means|shall\s+mean)\b)?\s*:?\s*(?:the\s+period\s+)?(?:from\s+|commencing\s+(?:on\s+)?|beginning\s+(?:on\s+)?)?"
                     r"(?:" + DATE + r")\s*,?\s*(?:to|until|till|through(?:\s+to)?|thru|up\s+to\s+and\s+including|-|\u2013|\u2014|"
                     r"and\s+(?:ending|expiring|terminating|concluding)(?:\s+on)?)\s*(?:and\s+including\s+)?(?:" + DATE + ")")
# the agreement runs to the end of a calendar year: 'shall remain in effect until the end of 2024', 'The Agreement continues through
# the end of calendar year 2023', 'expires at the end of the year 2022', '... until the end of the current calendar year' (the year it starts)
_YEAR_END = _finder(r"(?:\bthis\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract)|\bthe\s+(?:agreement|contract|(?:initial\s+)?term))\b[^.;]{0,150}?\b(?:until|till|through|to|"
                    r"(?:expir|end|terminat)\w*\s+(?:at|on|with))\s+the\s+(?:end|close|last\s+day)\s+of\s+(?:(?:the\s+)?(?:calendar\s+)?year\s+)?"
                    r"(?:(?P<year>(?:19|20)\d\d)\b|the\s+(?:current|then[\s-]current|same|present)\s+calendar\s+year\b)")
# the agreement or its term, then the words that end it on the date that follows
_BEFORE_EXPIRY = _finder(r"(?:(?:\b(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|amendment)\b|\bthe\s+[\"\u201c]?(?:initial\s+)?term\b|"
                         r"\bhere(?:of|under)\b)[^.;]{0,150}?(?:\bexpir(?:e|es|ing|ation)|\b(?:terminat|conclud)(?:e|es|ing)|\bend(?:s|ing)?|\buntil|"
                         r"\bthrough(?:\s+and\s+including)?|\bup\s+to\s+and\s+including|\btill|\b(?:is|be|valid|effective|in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?|covers?\s+the\s+period|runs?)\s+"
                         r"from\s+[^.;]{1,60}?\s(?:to|till))"
                         r"|\b(?:expiration|termination)\s+date\b[^.;]{0,30}?)\s*(?:on|at|upon)?\s*(?:the\s+)?(?:close\s+of\s+business\s+"
                         r"(?:on\s+)?|midnight\s+(?:on\s+)?|11:59\s*p\.?m\.?\s+(?:on\s+)?|(?:earlier|later|first)\s+(?:to\s+occur\s+)?of\s*:?\s*(?:\((?:i|a|1)\)\s*)?)?"
                         r"[\"'\u201c\u201d(),:\s]*$")
_OPTIONAL_RENEWAL = _finder(r"\bmay\s+(?:be\s+)?(?:renew|extend)|\bif\s+agreed\b|\bagreed\s+(?:upon\s+)?(?:in\s+writing\s+)?by\s+(?:both|the)\s+parties\b|\bmutual(?:ly)?\s+(?:written\s+)?(?:agree|consent)|"
                            r"\boption\s+to\s+(?:renew|extend)|\b(?:upon|by|with)\s+(?:the\s+)?(?:mutual\s+)?(?:written\s+)?"
                            r"(?:agreement|consent)\s+of\b|\bif\s+(?:both|the)\s+parties\s+(?:so\s+)?agree|\bat\s+the\s+option\s+of\b")
_AUTOMATIC_RENEWAL = _finder(r"\bautomatic\w*|\btacit\w*|\bunless\b|\b(?:shall|will)\s+(?:thereafter\s+)?(?:be\s+)?(?:renew|extend|continue)\w*|"
                             r"\brenews\b|\bcontinues?\s+(?:thereafter|from)|\b(?:year|month)[\s-]+to[\s-]+(?:year|month)\b|"
                             r"\bevergreen\b")
# what makes 'extend' or 'continue' a renewal: a further period, after the term, by itself
_FURTHER = _finder(r"\b(?:additional|further|successive|another|subsequent|thereafter|beyond|automatic\w*|unless|"
                   r"(?:year|month)[\s-]+to[\s-]+(?:year|month)|after\s+the\s+(?:initial\s+|original\s+)?term)\b")
_UNLESS_ENDED = _finder(r"\bunless\s+(?:(?:sooner|earlier|otherwise)\s+)?(?:(?:extended|renewed)\s+or\s+)?(?:terminated|extended|renewed|"
                        r"provided|agreed)\b")
# the parties may agree to extend: not a renewal term in the lawyers' sense
_MUTUAL_RENEWAL = _finder(r"\bmutual(?:ly)?\b|\b(?:both|the)\s+parties\s+(?:so\s+)?(?:agree|consent)|\bagreement\s+of\s+(?:both|the)\s+parties\b|"
                          r"\bby\s+(?:a\s+)?written\s+agreement\b|\bif\s+agreed\b")
# words that extend something other than the agreement's term
_NO_RENEWAL = (_finder(r"\b(?:in\s+no\s+way|not)\s+(?:\w+\s+){0,3}?(?:define|limit|extend)\b|\bextend\w*\s+(?:any\s+)?(?:later|longer)\s+than\b|"
                       r"\b(?:increase|adjust|raise)\w*\b[^.;]{0,160}\byear\s+to\s+year\b"),
               _finder(r"\bextend\w*\s+until\s", not_followed_by=r"(?:terminated|either|one|a)\b"))
_NOT_THIS_RENEWAL = _finder(r"\b(?:has|have|had)\s+(?:not\s+)?been\s+(?:renewed|extended)\b|"
                            r"\bextend\w*\s+(?:the|any|such)\s+(?:[\w-]+\s+){0,3}?(?:dates?|deadlines?|time|schedules?|milestones?)\b|"
                            # the terms of a renewal agreed, not the renewal: 'for a consideration to be mutually agreed',
                            # 'upon the parties mutual agreement on new minimum performance goals'
                            r"\b(?:consideration|prices?|pricing|fees?|rates?|royalt\w+|compensation|goals?|targets?)\s+(?:\w+\s+){0,2}?"
                            r"(?:to\s+be\s+)?mutually\s+agreed\b|\bmutual\s+agreement\s+(?:on|upon|as\s+to|regarding)\s+(?:the\s+)?"
                            r"(?:[\w-]+\s+){0,3}?(?:goals?|targets?|prices?|pricing|fees?|rates?|minimums?|terms)\b")
# a renewal sentence about this agreement: it names it or its term, renews the franchise it grants ('You may renew the franchise
# for two (2) successive terms of five (5) years each'), or starts with 'It' ('It is renewed tacitly every year')
_ABOUT_AGREEMENT = (_finder(r"\b(?:agreement|contract|term)\b|^\W*it\s+(?:is|shall|will)\b"),
                    _finder(r"\brenew\s+(?:the|your|this)\s+franchise\b", not_followed_by=r"\s+disclosure"))


def _any(patterns: tuple[TextPattern, ...], text: str) -> bool:
    return any(pattern.search(text) for pattern in patterns)


# an agreement that runs until a party ends it: 'shall remain in effect until terminated by either Party', 'will end when
# terminated by either party', 'continue indefinitely', 'in perpetuity'
_OPEN_ENDED_FINDER = _finder(r"\buntil\b|\bindefinite|\bperpetu|\bend\s+when\s+terminated\b")
_OPEN_ENDED = _finder(r"\b(?:continu\w*|remain\w*|(?:be|is|are)\s+(?:in\s+(?:full\s+)?(?:force|effect)|effective|valid))\b[^.;]{0,120}?"
                      r"\b(?:unless\s+and\s+)?until\s+(?:(?:it\s+is|this\s+agreement\s+is)\s+)?(?:(?:duly\s+)?terminated|(?:either|one|a)\s+"
                      r"party\s+(?:terminates|gives|informs|provides|delivers))\b|\b(?:continu\w*|remain\w*|endur\w*)\s+(?:in\s+(?:full\s+)?"
                      r"(?:force|effect)\s+)?(?:from\s+[^.;]{1,40}?\s+and\s+)?(?:thereafter\s+)?(?:indefinitely|(?:in|for)\s+perpetuity|perpetually)\b|\bindefinite\s+(?:term|period|"
                      r"duration)\b|\b(?:will|shall)\s+end\s+(?:only\s+)?when\s+terminated\b")
# a first term stated before the agreement runs on: 'for a term of one year', 'an initial term', 'until the end of the
# fifteenth Contract Year'
_FIRST_TERM = _finder(r"\b(?:initial|first|original)\s+(?:term|period)\b|\bfor\s+a\s+(?:term|period)\s+of\b|"
                      r"\buntil\s+the\s+(?:end|expiration|expiry)\s+of\b")
_ANNUAL = _finder(r"\b(?:year[\s-]+to[\s-]+year|annual(?:ly)?|yearly|(?:every|each)\s+year)\b")
_ONE_UNIT = _finder(r"\b(?:an?|one)\s+(?:additional\s+|further\s+|successive\s+|other\s+)?(?P<unit>year|month)\b")  # not after 'half'
_MONTHLY = _finder(r"\b(?:month[\s-]+to[\s-]+month|monthly)\b")
_SAME_LENGTH = _finder(r"\b(?:same|equal|identical)\s+(?:duration|length|period|term)|\bequal\s+(?:in\s+length\s+)?to\s+the\s+initial")
_FEE = _finder(r"\b(?:fees?|charge[sd]?|price|pricing|rates?|pay|payable|invoice[sd]?|costs?)\b")
_MODELS = [
    ("fixed monthly fee", r"\bfixed\s+(?:monthly|month)\s+(?:fee|charge)|\bmonthly\s+(?:fee|charge)\b"),
    ("fixed annual fee", r"\b(?:annual|yearly)\s+(?:fee|charge|subscription)"),
    ("per user", r"\bper\s+(?:supported\s+)?(?:user|seat|employee)\b"),
    ("per device", r"\bper\s+(?:device|endpoint|server|laptop|workstation)\b"),
    ("per site", r"\bper\s+(?:site|store|location|office)\b"),
    ("time and materials", r"\btime\s+and\s+materials?\b|\bper\s+hour\b|\bhourly\s+rate|\bper\s+day\b"),
    ("usage-based", r"\bper\s+(?:GB|TB|transaction|ticket|incident)\b|\bconsumption\b"),
]
_PAYMENT = _finder(r"\b(?:pay|payable|paid)\b[^.]{0,80}?\bwithin\b")
_RESPONSE = _finder(r"\b(?:respon\w*|acknowledg\w*|reply|replies)\b")
_RESOLUTION = _finder(r"\b(?:resol\w*|restor\w*|fix\w*|work-?around|repair\w*)\b")
_SLA_WORDS = _finder(r"\b(?:respon|resol|restor)\w*")
_AVAILABILITY = _finder(r"\b(?:availab\w*|uptime|up-time)\b")
# The notice that stops a renewal, three kinds of clause, the first the strongest:
# 1. it says so (not in a list of endings, 'after expiration or non-renewal', nor 'whether or not extended'):
#    'notice of non-renewal', 'its intention not to renew', 'elects not to extend', 'does not wish
#    to renew', 'to prevent the automatic renewal';
# (the first two not after 'or', the first not after a comma: `_not_renew`)
_NOT_RENEW_LISTED = _finder(r"(?P<non>\bnon-?\s?renew\w*)|\bnot\s+(?:to\s+)?(?:be\s+)?(?:renew|extend)\w*")
_NOT_RENEW = _finder(r"\b(?:intent\w*|elect\w*|decid\w*|choos\w*)\s+not\s+to\s+(?:renew|extend|continue)|\b(?:not|no\s+longer)\s+(?:wish|want|desire|like)\w*\s+to\s+(?:renew|extend|continue)|"
                     r"\bprevent\w*\s+(?:the\s+|such\s+|any\s+)?(?:automatic\s+)?(?:renewal|extension)|"
                     r"\bdeclin\w*\s+to\s+(?:renew|extend)|\bopt\w*\s+out\s+of\s+(?:the\s+|any\s+)?(?:automatic\s+)?renewal")


def _not_renew(sentence: str) -> bool:
    return bool(_NOT_RENEW.search(sentence)) or any(not _after(sentence, m.start(), ("or",), whole=True) and not (
        m.group("non") and _after(sentence, m.start(), (",",))) for m in _NOT_RENEW_LISTED.finditer(sentence))


# 2. the agreement renews or extends by itself unless (until) a party gives notice, or it runs on until a party
#    ends it ('shall remain in effect until terminated by either party upon thirty (30) days' notice');
_UNLESS = _finder(r"\b(?:unless|except\s+(?:if|where|when)|absent)\b|\buntil\s+(?:(?:it\s+is\s+)?terminated|(?:either|one|a|the)\s+"
                  r"(?:party|parties)|(?:written\s+)?notice)\b")
_EVERGREEN = _finder(r"\b(?:continu\w*|remain\w*|renew\w*|extend\w*|effective)\b[^.;]{0,120}?\buntil\s+(?:(?:(?:it\s+is|this\s+agreement\s+is)\s+)?"
                     r"terminated\b|(?:either|one|a)\s+party\s+(?:gives|provides|delivers|serves|terminates)\b)")
# 3. a notice given before the end of the (initial, current, renewal) term, in a contract that renews by itself
# the agreement's term: 'the Initial Term', 'any Renewal Term', 'this Agreement', 'the then-current renewal period'; a
# period or year only when named as the term's ('such five business-day period' is not)
_ITS_TERM = (r"(?:then[\s-]+)?(?:(?:[\w-]+\s+){0,2}?(?:term|agreement|contract|renewals?)|(?:[\w-]+\s+)?(?:initial|renewal|current|"
             r"extension|extended|additional|successive|contract|subscription|service|licen[cs]e|agreement)\s+(?:period|year))\b")
_BEFORE_TERM_END = _finder(
    r"\b(?:prior\s+to|before|preceding|in\s+advance\s+of|ahead\s+of|of)\s+(?:the\s+)?(?:end|expir\w*|conclusion|close|"
    rf"anniversary|termination)\s+(?:date\s+)?of\s+(?:the\s+|this\s+|any\s+|each\s+|such\s+|its\s+)?{_ITS_TERM}|"
    rf"\bat\s+the\s+end\s+of\s+(?:the\s+|any\s+|each\s+)?{_ITS_TERM}|\bbefore\s+the\s+(?:expiry|expiration|renewal)\s+date\b|"
    rf"\bat\s+the\s+(?:expiration|expiry|end)\s+of\s+(?:its|the|this|any|each)\s+{_ITS_TERM}")
# a right to end the agreement once its first term is over: 'Following the Initial Term, either Party may terminate ...'
_AFTER_FIRST_TERM = _finder(r"\b(?:following|after)\s+(?:the\s+)?(?:(?:expir\w*|end)\s+of\s+the\s+)?(?:initial|original|first)\s+term\b[^.;]{0,80}?\bterminat")
_FOR_BREACH = _finder(r"\b(?:cure[ds]?|breach\w*)\b")
# a notice to take up an option to renew, not to stop a renewal: 'To exercise this option, ... notify ... no later than'
_OPT_IN = _finder(r"\bexercis\w*\s+(?:this|its|the|such|an?)\s+(?:[\w-]+\s+)?option\b")
_EACH_ANNIVERSARY = _finder(r"\b(?:on|at)\s+(?:each|any|every)\s+(?:subsequent\s+)?anniversary\b")
# an agreement without an end: 'shall continue indefinitely', 'in perpetuity'
_INDEFINITE = _finder(r"\b(?:continu\w*|remain\w*)\s+(?:in\s+(?:full\s+)?(?:force|effect)\s+)?(?:indefinitely|in\s+perpetuity|"
                      r"perpetually)\b|\bindefinite\s+(?:term|period|duration)\b")
# not the notice that stops a renewal: of an insurance policy, of a breach to cure
_NOT_RENEWAL_NOTICE = _finder(r"\b(?:insurance|insurer|polic(?:y|ies)|coverages?)\b|\bcancel\w*\s*,\s*(?:or\s+)?non-?\s?renewal\b|"
                              r"\bnon-?\s?renewal\s*,?\s+or\s+material\s+(?:change|modification)")
# a notice that ends the agreement for a cause, or at any time: not the notice that stops a renewal
# ('breach' not after 'other than '; 'at any time' not before 'before the end': `_cure_or_any_time`)
_CURE_OR_ANY_TIME = _finder(r"\b(?:cure[ds]?|remed(?:y|ied))\b|\bfor\s+any\s+reason\b|\bwithout\s+cause\b|\bconvenience\b")
_BREACH = _finder(r"\bbreach\w*")
_ANY_TIME = _finder(r"\bat\s+any\s+time\b", not_followed_by=r"[^.;]{0,60}\bbefore\s+the\s+(?:expiry|expiration|end)\b")


def _cure_or_any_time(sentence: str) -> bool:
    return bool(_CURE_OR_ANY_TIME.search(sentence) or _ANY_TIME.search(sentence)) or \
        any(sentence[max(0, m.start() - 11):m.start()].lower() != "other than " for m in _BREACH.finditer(sentence))


# where a notice period may be: a notice, or the words that end an agreement that renews by itself
_WITHHELD = _finder(r"\[\s*\*+\s*\]|\*{3,}|\[\s*[\u25cf\u2022]\s*\]", ignore_case=False)  # a figure withheld: '[***]', '****', '[●]'
# the words that give a notice: 'notice', 'notifies', and plain 'tells the other in writing'
_NOTICE_WORDS = r"\bnotice\b|\bnotif(?:y|ies|ied|ication)\b|\b(?:tells?|informs?|advises?)\s+(?:\w+\s+){0,3}?in\s+writing\b"
_NOTICE_OR_UNLESS = _finder(_NOTICE_WORDS + r"|\bunless\s+(?:sooner\s+|earlier\s+)?terminated\b|"
                              r"\bnon-?\s?renew|\bnot\s+(?:to\s+)?(?:be\s+)?(?:renew|extend)")
_NOTICE_KINDS = [
    ("cure period", _finder(r"\b(?:breach|remed\w*|cure)\b")),
    ("termination without cause", _finder(r"\bterminat\w*\b[^.]{0,120}\b(?:without\s+cause|convenience|any\s+reason)|"
                                          r"\b(?:without\s+cause|convenience|any\s+reason)\b[^.]{0,120}\bterminat")),
    ("fee change", _finder(r"\b(?:increase|change|vary|adjust)\w*\b[^.]{0,40}\b(?:fees?|charges?|prices?|rates?)\b|"
                           r"\b(?:fees?|charges?|prices?|rates?)\b[^.]{0,40}\b(?:increase|change|vary|adjust)")),
    ("termination", _finder(r"\bterminat")),
]
_MULTIPLIER = _finder(r"\b(?:\w+|\(\d+\))(?:\s+\(\d+\))?\s+times\s+(?:the\s+)?$|\btwice\s+(?:the\s+)?$")
_CAP = _finder(r"\b(?:aggregate|total|maximum|entire)\s+liability\b|\bliability\b[^.]{0,120}?\b(?:shall\s+not\s+exceed|"
               r"will\s+not\s+exceed|(?:is|be|are)\s+limited\s+to|capped\s+at|not\s+exceed)\b")
# A choice of law. Strong: governed / construed / interpreted / controlled by the laws of a place,
# or 'the laws of X shall govern / apply'. Weak, read when no sentence says it strongly: 'subject
# to', 'in accordance with' the laws of a place.
_GOVERNING = _finder(r"\b(?:govern(?:ed|s)?|constru(?:ed|e)|interpret(?:ed)?|controlled)\b[^.;]{0,160}?\b(?:laws?|legislation)\b|"
                     r"\b(?:laws?|legislation)\s+(?:of|in\s+force\s+in)\b[^.;]{0,120}?\b(?:(?:shall|will|to)\s+)?"
                     r"(?:govern|apply|applies|control)\b")
_GOVERNING_WEAK = _finder(r"\b(?:subject\s+to|in\s+accordance\s+with|enforced|performed|determined|applied)\b[^.;]{0,80}?"
                          r"\b(?:laws?|legislation)\b")
_JURISDICTION = "|".join(re.escape(name).replace(r"\ ", r"\s+").replace("'", "['\u2019]?") for name in JURISDICTIONS)
_PLACE = (r"(?:the\s+)?(?:(?:State|Commonwealth|Province|Republic|Federal\s+Republic|Kingdom|Emirate|Canton|"
          r"Territory)\s+of\s+(?:the\s+)?)?")
# 'the laws of the State of New York', 'laws in force in Ontario', 'the laws and judicial decisions
# of ...', 'the laws, other than choice of law rules, of ...'
_LAW_WORDS = (r"\b(?:laws?|legislation)(?:\s+and\s+(?:judicial\s+)?(?:decisions|regulations|statutes))?"
              r"(?:\s*,[^,.;]{1,80},|\s*\([^()]{1,80}\))?(?:\s+(?:then\s+)?in\s+(?:force|effect))?(?:\s+of\s+and\s+in|\s+of|\s+in)\s+")
_LAW_OF = _finder(rf"{_LAW_WORDS}(?P<law>{_PLACE}(?:{_JURISDICTION})\b(?:\s*(?:,|and)\s*(?:of\s+|the\s+laws?\s+of\s+)?{_PLACE}(?:{_JURISDICTION})\b)*)")
_LAW_OF_NAMED = _finder(rf"{_LAW_WORDS}(?:the\s+)?(?P<law>(?:(?:State|Commonwealth|Province|Republic|Kingdom)\s+of\s+)?"
                        r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})", ignore_case=False)
_ADJECTIVE_LAW = _finder(r"\b(?P<adjective>" + "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in
                                                            longest_first([*LAW_ADJECTIVES, *JURISDICTIONS])) +
                         r")\s+(?:substantive\s+|governing\s+|statutory\s+)?laws?\b")
_PLACE_NAMED = _finder(rf"\b(?:State|Commonwealth|Province)\s+of\s+(?P<law>{_JURISDICTION})\b")
_THIS_AGREEMENT = _finder(r"\b(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|amendment|addendum|terms)\b|"
                          r"\bhere(?:of|under|in|to|by)\b")
_FEDERAL = _finder(r"^(?:United\s+States(?:\s+of\s+America)?|U\.?S\.?A?\.?)$")


def key_terms(package: Package, as_of: date | None = None) -> dict:
    """The key terms of a package; the last day to give notice as of `as_of` (default today)."""
    found = _read(package)
    found["notice_deadline"] = notice_deadline(found, as_of or date.today())
    for items in found.values():
        for item in items:
            item["value"] = " ".join(item["value"].split()).rstrip(",;")
    return found


def _length(tag) -> dict | None:
    """The length a DURATION tag states: {'value', 'unit', 'business'} (checker/keydates.py counts with it);
    None when the figure is withheld ('[***] days': a redacted filing)."""
    value = tag.value.get("value")
    return None if value is None else {"value": value, "unit": tag.value.get("unit"), "business": bool(tag.value.get("business"))}


def _read(package: Package) -> dict:
    found = {name: [] for name, _ in KEY_TERMS}
    open_ended = []  # the expiry when none is stated or computed: the agreement runs until a party ends it
    for doc in package.documents:
        reader = _Reader(doc)
        open_ended = open_ended or reader.open_ended_expiry()
        for name, method in (("parties", reader.parties), ("sla", reader.sla_table), ("notice_periods", reader.notice_periods),
                             ("pricing", reader.pricing)):
            found[name] += method()
        for name, method in (("agreement_date", reader.agreement_date), ("effective_date", reader.effective_date),
                             ("term", reader.term), ("expiry_date", reader.expiry_date),
                             ("renewal", reader.renewal), ("availability", reader.availability),
                             ("liability_cap", reader.liability_cap), ("governing_law", reader.governing_law)):
            if not found[name]:
                found[name] = method()
    found["parties"] = _unique(found["parties"], lambda i: i["name"].casefold())
    found["expiry_date"] = found["expiry_date"] or _computed_expiry(found) or open_ended
    found["sla"] = _unique(found["sla"], lambda i: i["priority"])
    found["notice_periods"] = _unique(found["notice_periods"], lambda i: (i["what"], i.get("hours")))
    return found


def _computed_expiry(found: dict) -> list[dict]:
    """The effective date (else the date the contract is made: it says of no other start) + the initial term,
    when the contract states no expiry date; of a start whose day and month the form leaves blank ('__________, 2015'),
    the year a term of whole years ends in."""
    term = (found.get("term") or [{}])[0]
    if term.get("no_end"):
        return []
    names = ("agreement_date", "effective_date") if term.get("from_agreement_date") else ("effective_date", "agreement_date")
    name, effective = next(((name, found[name][0]) for name in names if found.get(name)), ("", {}))
    length = term.get("length") or {}
    start = parse_iso(effective.get("date"))
    if start and length.get("unit") in ("day", "week", "month", "quarter", "year"):
        end = add_length(start, length).isoformat()
    elif re.fullmatch(r"\d{4}", effective.get("date") or "") and length.get("unit") == "year" and float(length["value"]).is_integer():
        end = str(int(effective["date"]) + int(length["value"]))
    else:
        return []
    return [{"value": f"{end} ({name.replace('_', ' ')} {effective['value']} + {length_text(length)})",
             "date": end, "computed": True, "evidence": term.get("evidence") or {}}]


def _not_this_renewal(sentence: str) -> str:
    """A renewal sentence with the words that renew nothing of this agreement blanked out (offsets kept): a
    condition on another renewal ('if the term of the Services Agreement has not been renewed'), a date extended
    ('TAG may extend the Conversion Date')."""
    return _blanked(_NOT_THIS_RENEWAL, sentence)


def _renewal_kind(sentence: str) -> int:
    """1: a renewal sentence renews the agreement by itself; 2: a party may extend it (an option, on
    notice); 3: the parties may agree to extend it. 'unless sooner terminated' makes nothing automatic."""
    if _automatic(_blanked(_UNLESS_ENDED, sentence)):
        return 1
    return 3 if _MUTUAL_RENEWAL.search(sentence) else 2


def _automatic(sentence: str) -> bool:
    """Does a renewal sentence renew the agreement by itself ('shall automatically renew', 'unless
    either party gives notice'), rather than let the parties extend it ('may be renewed by mutual
    written agreement', 'an option to extend')?"""
    return not _OPTIONAL_RENEWAL.search(sentence) and bool(_AUTOMATIC_RENEWAL.search(sentence))


def _unique(items: list[dict], key) -> list[dict]:
    kept = {}  # the first item of each key, in their order
    for item in items:
        kept.setdefault(key(item), item)
    return list(kept.values())


def duration_text(hours: float | None) -> str:
    """4.0 -> '4 h', 24 -> '24 h', 720 -> '30 days', 8760 -> '1 year', for figures in reports and diffs."""
    if hours is None:
        return "-"
    if hours < 1:
        return f"{hours * 60:g} min"
    if hours < 48 or hours % 24:
        return f"{hours:g} h"
    days = hours / 24
    if days >= 365 and days % 365 == 0:
        years = days / 365
        return f"{years:g} year{'s' if years != 1 else ''}"
    return f"{days:g} day{'s' if days != 1 else ''}"


class _Reader:
    def __init__(self, doc: AnalysedDocument):
        self.doc = doc
        self.text = doc.text
        self.searchable = doc.searchable  # for the whole-text scans

    # ------------------------------------------------------------- helpers

    def evidence(self, start: int, end: int) -> dict:
        document = self.doc.document
        section = document.section_at(start)
        quote = " ".join(document.faithful(start, end).split())  # the contract's own words
        if len(quote) > MAX_QUOTE:
            quote = quote[:MAX_QUOTE - 2].rsplit(" ", 1)[0] + " …"
        page = document.page_at(start)
        start, end = document.original_span(start, end)
        return {"document": document.name or document.path, "page": page,
                "section": section.number if section else None,
                "heading": (section.heading or None) if section else None,
                "start": start, "end": end, "quote": quote}

    def sentences(self, finder: TextPattern):
        """(start, end) of each sentence the finder finds something in, in document order."""
        seen = set()
        for match in finder.finditer(self.searchable):
            span = self.sentence_at(match.start())
            if span not in seen:
                seen.add(span)
                yield span

    def sentence_at(self, at: int) -> tuple[int, int]:
        """The sentence around `at`, whole when a page break cuts it (`_BROKEN`), cut to its line by `line_limited`."""
        start, end = self.doc.sentence_span(at)
        while end < len(self.text) and _BROKEN.search(self.searchable, max(start, end - 40), end + 1):
            end = self.doc.sentence_span(end)[1]
        while start > 0 and _BROKEN.search(self.searchable, max(0, start - 40), start + 1):
            start = self.doc.sentence_span(start - 1)[0]
        return self.line_limited(start, end, at)

    def line_limited(self, start: int, end: int, at: int) -> tuple[int, int]:
        """A sentence, cut to the line of `at` when it runs over several and lines are paragraphs
        or table rows (Word); in a PDF or a text file a line break may be a wrap."""
        if self.doc.document.format != "docx" and not self._holds_cells(start, end):
            return start, end
        line_start, line_end = self.line_spans[bisect.bisect_right(self._line_starts, at) - 1]
        return max(start, line_start), min(end, line_end)

    def _holds_cells(self, start: int, end: int) -> bool:
        """Does text[start:end] hold ' | ' (cells of a table row)? Found from the places of every ' | ', so that a
        sentence of 10^5 characters with a match in every word is not read again for each (linear time)."""
        i = bisect.bisect_left(self._cells, start)
        return i < len(self._cells) and self._cells[i] + 3 <= end

    @functools.cached_property
    def _cells(self) -> list[int]:
        # after each '|' its offset + 1, read off the text's pieces between them (no regex): those with a space either side
        return [i - 2 for i in itertools.accumulate(len(p) + 1 for p in self.text.split("|")) if self.text[i - 2:i + 1] == " | "]

    @functools.cached_property
    def line_spans(self) -> list[tuple[int, int]]:
        """(start, end) of every line of the text, the newline excluded."""
        starts = list(itertools.accumulate((len(line) + 1 for line in self.text.split("\n")), initial=0))
        return [(start, end - 1) for start, end in zip(starts, starts[1:])]

    @functools.cached_property
    def _line_starts(self) -> list[int]:
        return [start for start, _ in self.line_spans]

    def lines_with(self, finder: TextPattern, lines: list[tuple[int, int]]) -> set[int]:
        """Numbers of the lines the finder finds something in: the lines a search line by line
        would find, for a finder whose matches never run across a line break."""
        starts = [start for start, _ in lines]
        matches = finder.finditer(self.searchable)
        return {bisect.bisect_right(starts, match.start()) - 1 for match in matches}

    def in_attachment(self, at: int) -> bool:
        """Is `at` in an attachment after the body ('Exhibit A', 'Schedule 2', 'Annex IV'), not in the filing's own
        exhibit label over the whole contract ('Exhibit 10.1', or 'Exhibit 1' at its top)?"""
        chain = self.doc.sections_of(at)
        return bool(chain) and chain[0].start > _DATED and bool(_ATTACHMENT.match(chain[0].number or chain[0].heading or ""))

    def first(self, finder: TextPattern, start: int, end: int):
        """The first match of `finder` within text[start:end], or None."""
        return next(finder.finditer(self.searchable, start, end), None)

    def tags(self, start: int, end: int, label: str):
        return self.doc.tags_in(start, end, {label})

    # ------------------------------------------------------------- terms

    def parties(self) -> list[dict]:
        """The parties the party layer resolved (checker/nlp/parties.py, roles settled by
        nlp/obligations.py) and those a contract names outside its preamble (checker/keyparties.py): each
        name with the words that stand for it and its role (provider / customer, None when neither its
        words nor its obligations tell)."""
        items = []
        for party in key_parties(self.text, self.doc.parties):
            start, end = self.sentence_at(party.start)
            aliases = [a for a in party.aliases if a != party.name]
            shown = party.name + (f" ({', '.join(aliases)})" if aliases else "")
            if party.role and not any(role_word(a) == party.role for a in (*aliases, party.name)):
                shown += f", {party.role}"  # the role its obligations gave it
            items.append({"value": shown, "name": party.name, "aliases": aliases, "role": party.role,
                          "evidence": self.evidence(start, end)})
        return items

    def date_item(self, match, start: int, end: int) -> dict | None:
        """A date key term: the words as written, the date in ISO form ('2018-03' when the day is
        left blank), the sentence as evidence; None for words that are no date."""
        parts = parse_date(match.group(0), self.day_first)
        if parts is None or self.not_this_agreements(match, start):
            return None
        value = re.sub(r"^(?:the|this)\s+", "", match.group(0).strip(), flags=re.I)
        return {"value": value, "date": iso(parts), "evidence": self.evidence(start, end)}

    def not_this_agreements(self, match, start: int) -> bool:
        """Is a date not this contract's: the filing line ('Source: ACME INC., 8-K, 8/8/2019'), another agreement's date
        ('the Supply Agreement dated April 1, 2017'), a date in a recital that does not name this agreement ('WHEREAS, A
        and B signed a Memorandum of Understanding effective from 16th June 1999')?"""
        if _FILING_LINE.match(self.searchable, self.text.rfind("\n", 0, match.start()) + 1):
            return True
        before = self.text[max(start, match.start() - 200):match.start()]
        if _OTHER_AGREEMENT.search(before):
            return True
        recitals = list(_RECITAL.matches(self.searchable, start, match.start()))
        return bool(recitals) and not _SELF.search(self.searchable, recitals[-1].end(), match.start())

    @functools.cached_property
    def day_first(self) -> bool:
        return writes_day_first(self.text[:50000])

    def agreement_date(self, above: int | None = None, confirmed: bool = False) -> list[dict]:
        """The date the contract is made: in its opening words, the first date of a sentence
        that says it is dated, made, entered into or signed ('this 5th day of May, 2014') or alone
        on its line (a letter agreement's date under its title), else the first date of the opening
        words; else the first date before the first sentence that points to it ('the date first
        written above', 'the date hereof', 'the date of this Agreement'), or before `above` when the
        caller found that sentence; else the latest date of its signature block (`signed_date`). `confirmed`: only a
        date a sentence says the contract is made on.
        A date of another agreement or of the filing is none (`not_this_agreements`)."""
        first = None
        for match in DATES.finditer(self.searchable, 0, min(len(self.text), _DATED)):
            start, end = self.sentence_at(match.start())
            item = self.date_item(match, start, end)
            if item is None or _ENDS_ON.search(self.searchable, max(start, match.start() - 40), match.start()):
                continue  # not this contract's, or the day a period ends ('... and terminating on May 31, 2016')
            if _MADE.search(self.searchable, max(start, match.start() - 120), match.start()) or _DATE_LINE.search(
                    self.text[self.text.rfind("\n", 0, match.start()) + 1:match.end() + 2]):
                return [item]
            first = first or item
        if confirmed or first:
            return [] if confirmed else [first]
        if above is None:  # the first sentence that points to the date it is made ('the date hereof') is after it
            above = _date_above(self.searchable)
        if above is not None:
            for match in DATES.finditer(self.searchable, 0, above):
                item = self.date_item(match, *self.sentence_at(match.start()))
                if item:
                    return [item]
        return self.signed_date()  # no date in its words: the day its signatures are dated

    def effective_date(self) -> list[dict]:
        """The date the contract calls effective: the date its definition of the Effective Date
        (else the Commencement Date) gives; else the date that follows 'effective (as of)',
        'comes into force' or 'commences on' in a sentence about the agreement; the agreement date
        when either says 'the date first written above' or 'the date hereof'. Silent when the
        contract says it is an event ('the date the product is approved'); the date of the last
        signature when it takes effect on signature ('when signed by both parties', `signed_date`), else
        the date it is made. Silent when the contract does not say when it takes effect:
        the lawyers then leave the effective date blank more often than not (the agreement date is its
        own key term)."""
        for in_attachment in (False, True):  # the body's words first: an exhibit's price list may be 'Effective Date: ...'
            found = self._effective_date(in_attachment)
            if found is not None:
                return found
        return []

    def _effective_date(self, in_attachment: bool) -> list[dict] | None:
        """`effective_date` read in the body (or in the attachments): None when its words say nothing of it, []
        when they say it is no date (an event)."""
        for defined in ("effective", "commencement", "start"):
            for start, end in self.sentences(_EFFECTIVE_DEFINED):
                if self.in_attachment(start) != in_attachment:
                    continue
                sentence = self.text[start:end]
                term = _finder(_DEFINED_AS[defined]).search(sentence)
                if not term:
                    continue
                if _date_above(sentence) is not None and not _STATED_IN.search(sentence):
                    return self.agreement_date(above=start)  # nothing above: the date by the signatures
                if not self.first(DATES, start, end) and end < len(self.text) and _CUT.search(self.searchable, start, end):
                    # '... means 12:01 a.m. on March 3, 2003', 'EFFECTIVE DATE:\n November 01, 2016': a cut sentence
                    end = self.doc.sentence_span(_SPACE.match(self.searchable, end).end())[1]
                month = _MONTH_CUT.search(self.searchable, max(0, start - 12), start)
                if month and not self.first(DATES, start, end):
                    start = self.doc.sentence_span(month.start())[0]  # 'on April. 1st 2019 ("Effective Date")', 'this 16 day of August.
                    # 2012 (the "Effective Date")': a date cut after its month
                if year := _BARE_YEAR.search(sentence):  # 'entered into on 2018 (the "Effective Date")': its blanks lost
                    return [{"value": year.group("year"), "date": year.group("year"), "evidence": self.evidence(start, end)}]
                dates = list(DATES.finditer(self.searchable, start, end))
                if dates:  # the date nearest the defined words
                    at = start + term.start()
                    match = min(dates, key=lambda m: min(abs(m.start() - at), abs(m.end() - at)))
                    if item := self.date_item(match, start, end):
                        return [item]
                elif yearless := self.first(YEARLESS, start, end):  # 'made this 30th day of April (the "Effective Date")': no year
                    return [item for item in [self.date_item(yearless, start, end)] if item]
                elif _ON_SIGNING.search(sentence):  # 'effective on the date of the last signature below'
                    return self.signed_date()
                elif defined == "effective" and _finder(r"\bmeans?\b|\bshall\s+(?:mean|be)\b").search(sentence) and \
                        not _STATED_IN.search(sentence):
                    return []  # an event, not a date; a date stated elsewhere ('set out in the Addendum') is looked for on
        for start, end in self.sentences(_TAKES_EFFECT):
            if self.in_attachment(start) != in_attachment:
                continue
            if not self.first(DATES, start, end) and end < len(self.text) and _LABEL_END.search(self.searchable, start, end):
                end = self.doc.sentence_span(_SPACE.match(self.searchable, end).end())[1]  # 'Effective:' cut from its date
            sentence = self.text[start:end]
            if not (_THIS_AGREEMENT.search(sentence) or start < _DATED or _finder(r"\b(?:signed|executed|term)\b").search(sentence)):
                continue
            for match in DATES.finditer(self.searchable, start, end):
                if (_FOR_LENGTH_FROM.search(self.searchable, max(start, match.start() - 130), match.start()) or
                        _AFTER_EFFECTIVE.search(self.searchable, max(start, match.start() - 60), match.start()) and
                        not _period_starts(self.searchable, max(start, match.start() - 60), match.start())) and \
                        not _ENDS_WITH_EFFECT.search(self.searchable, max(start, match.start() - 100), match.start()):
                    item = self.date_item(match, start, end)
                    if item:
                        return [item]
            # 'effective as of the date first written above' (not 'two years after the date of this Agreement')
            if (above := _date_above(sentence)) is not None and _self_starts(sentence) and not _COUNTED_AFTER.search(sentence[:above]):
                return self.agreement_date(above=start)  # nothing above: the date by the signatures
            if _ON_SIGNING.search(sentence) and _finder(r"\beffective\b|\binto\s+(?:force|effect)\b|\btakes?\s+effect\b|\bcommenc|\bbegin|\bstarts?\b").search(sentence) and not _PART_OR_COUNTERPARTS.search(sentence):
                return self.signed_date()  # 'This Agreement will be effective when signed by both Parties'
            if _STARTS_ON_EVENT.search(sentence) and not self.first(DATES, start, end) and not _ON_SIGNING.search(sentence) \
                    and _date_above(sentence) is None and not _STATED_IN.search(sentence):
                return []  # 'this Agreement shall be effective as of the date of physical completion of the pipeline': an event
        for span in _TERM_SPAN.finditer(self.searchable):  # 'Term: 1 March 2021 - 28 February 2022', 'Agreement Period: ... through ...'
            if self.in_attachment(span.start()) != in_attachment:
                continue
            dates = list(DATES.matches(self.searchable, span.start(), span.end()))
            if len(dates) >= 2 and (item := self.date_item(dates[0], *self.sentence_at(span.start()))) and parse_iso(item["date"]):
                return [item]  # its first day
        return None

    def signed_date(self) -> list[dict]:
        """The day an agreement that takes effect on signature was signed: the latest date of its signature
        block (after 'IN WITNESS WHEREOF', else in its last 3,000 characters) on a line that dates a signature
        ('Date: March 4, 1998', 'Dated: 3-5-98') or names the place and day of signing ('Rome, 2 April 2020'); a date
        with a blank day ('April ____, 2003') only when none is whole; when the block dates none, or a day before
        the date it says it is made, the date it is made, marked `made`."""
        witness = list(_WITNESS.finditer(self.text))
        block = witness[-1].start() if witness else max(0, len(self.text) - 3000)
        latest = None
        for match in DATES.finditer(self.searchable, block, min(len(self.text), block + 6000)):
            line_start = self.text.rfind("\n", 0, match.start()) + 1
            if not _SIGNED_ON.search(self.text[line_start:match.start()]):
                continue
            item = self.date_item(match, *self.sentence_at(match.start()))
            if item and (latest is None or (len(item["date"]), item["date"]) > (len(latest["date"]), latest["date"])):
                latest = item
        made = [{**item, "made": True} for item in self.agreement_date(confirmed=True)[:1]]
        if latest and made and latest["date"] < made[0]["date"][:len(latest["date"])]:
            return made  # signed before the day it says it is made ('Date 25/05/2008' for May 25th, 2018): a slip
        return [latest] if latest else made

    def term(self) -> list[dict]:
        initial = False
        for regex in (_INITIAL_TERM, _TERM):
            for start, end in self.sentences(regex):
                sentence = self.text[start:end]
                # not 'shall extend until the fourth anniversary': the term's end, no renewal; nor the heading 'Term and Renewal'
                renewal = None if _finder(r"\binitial\s+term\s+of\b").search(sentence) else next(
                    (m for m in _RENEWAL.matches(sentence, 0, len(sentence)) if not _EXTENDS_UNTIL.match(sentence, m.start())
                     and not _TERM_HEADING.search(sentence[:m.start()])), None)
                # the term stated before its renewal ('for a period of one year ... and from year to year thereafter')
                periods = [t for t in self.tags(start, start + renewal.start() if renewal else end, "DURATION") if t.value.get("unit") in _LONG_UNITS]
                # not a notice ('one (1) year written notice prior to the expiration of the initial period'), nor a period after the end
                tails = [m.span() for m in _TAIL_PERIOD.matches(self.searchable, start, end)]
                # the agreement or its term named before its length, unless the sentence opens with it ('For a period of ...')
                named = regex is _INITIAL_TERM or _OPENS_WITH_PERIOD.match(sentence)
                durations = [t for t in periods if not self.notice_given_in(start, [t]) and not _AFTER_END.search(self.searchable, start, t.start)
                             and not _ENDED.match(self.searchable, t.end) and not any(a <= t.start < b for a, b in tails)
                             and (named or any(not _UNDER.search(self.searchable, start, m.start())
                                               for m in _NAMES_AGREEMENT.matches(self.searchable, start, t.start)))]
                if (renewal or periods) and not durations:
                    continue
                initial = initial or regex is _INITIAL_TERM and len(sentence.split()) > 3  # not a heading: 'Initial Term'
                if regex is _TERM and (initial or not _finder(r"\bthis\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract)\b|\bthe\s+(?:agreement|contract)\b").search(sentence)):
                    if initial:
                        break  # the initial term is stated (without a figure), or this is not the agreement's term
                    continue  # a sentence with no long period ('For a period of fourteen (14) days following ...')
                if durations:
                    tag = durations[0]
                    value = f"until the {tag.text}" if tag.value.get("anniversary") else tag.text
                    item = {"value": value, "hours": tag.value.get("hours"), "length": _length(tag), "evidence": self.evidence(start, end)}
                    if _LATER_OF.search(sentence):
                        item["no_end"] = True  # 'the longer of fifteen (15) years from first launch or the last patent's expiry': no fixed end
                    if _FROM_MADE.match(self.searchable, _SPACE.match(self.searchable, tag.end).end()):
                        item["from_agreement_date"] = True  # 'the seventh anniversary of the date hereof': from the day it is made
                    return [item]
        return []

    def expiry_date(self) -> list[dict]:
        """The date the agreement ends: stated ('shall expire on December 31, 2025', 'continue until
        30 June 2027', 'the Expiration Date means ...'), else computed: the effective date + the
        initial term (checker/keydates.py counts it), else none when it runs until a party ends it
        (`open_ended_expiry`)."""
        for span in _TERM_SPAN.finditer(self.searchable):  # 'Term: 1 April 2021 to 31 March 2023', a cover's or schedule's row
            ends = [m for m in DATES.matches(self.searchable, span.start(), span.end())]
            if len(ends) >= 2 and (item := self.date_item(ends[-1], *self.sentence_at(span.start()))) and parse_iso(item["date"]):
                return [item]
        for start, end in self.sentences(_EXPIRES):
            for match in DATES.finditer(self.searchable, start, end):
                before = self.text[max(start, match.start() - 200):match.start()]
                label = min(start, max(self.text.rfind("\n", 0, start) + 1, start - 40))  # 'Year:' a sentence of its own
                if _CALENDAR_PERIOD.search(self.text[label:match.start()]):
                    break  # '"Calendar Quarter" means ... the first Calendar Quarter of the Term shall end on June 30, 2021'
                if _BEFORE_EXPIRY.search(before) and not _finder(r"(?:\beffective|\bcommenc\w*|\bbegin\w*|\bstart\w*|\bfrom)\s+(?:as\s+of\s+|on\s+|from\s+)?(?:the\s+)?$").search(before):
                    item = self.date_item(match, start, end)
                    if item and parse_iso(item["date"]):
                        return [item]
        for start, end in self.sentences(_YEAR_END):
            match = _YEAR_END.search(self.searchable, start, end)
            year = match and (match.group("year") or next((item["date"][:4] for item in self.effective_date() or self.agreement_date()
                                                           if re.match(r"\d{4}", item.get("date") or "")), None))
            if year:  # 'shall remain in effect until the end of 2024', '... until the end of the current calendar year'
                return [{"value": f"{year}-12-31 (the end of {year})", "date": f"{year}-12-31", "evidence": self.evidence(start, end)}]
        return []

    def open_ended_expiry(self) -> list[dict]:
        """No expiry: the agreement runs until a party ends it, from the start (not after a first term)."""
        open_ended = self.open_ended()
        if not open_ended or open_ended[2]:
            return []
        return [{"value": "none: continues until terminated", "perpetual": True, "evidence": self.evidence(*open_ended[:2])}]

    def renewal(self) -> list[dict]:
        """Whether the agreement renews or may be extended, and for how long at a time: the first
        period after the renewal words ('renews for successive one (1) year periods', 'may be
        extended for an additional two year period'), not the initial term before them nor a
        notice period ('at least ninety (90) days prior'); 'year to year' / 'annual' is a year,
        'month to month' a month, 'terms of the same duration' the initial term.
        Read from the strongest kind of renewal clause the contract has (`_renewal_kind`): it renews by
        itself, else a party may extend it (an option, on notice), else the parties may agree to extend it
        (`mutual`); the first sentence of that kind, the first of them with a length if one has it. Words
        that extend something else ('shall in no way extend the scope', 'extend until thirty days before
        the meeting', 'extend any later than') are no renewal."""
        best = {}
        for start, end in self.sentences(_RENEWAL):
            sentence = _not_this_renewal(self.text[start:end])
            renews = next((m for m in _RENEWS.finditer(sentence) if not _finder(r"\b(?:not\s+to|non-?)\s*$").search(sentence[max(0, m.start() - 8):m.start()])), None)
            if not renews or not _any(_ABOUT_AGREEMENT, sentence) or _any(_NO_RENEWAL, sentence):
                continue
            if not _finder(r"\brenew|\bprolong|\bextension|\bbe\s+extended\b").search(sentence) and not _FURTHER.search(sentence):
                continue  # 'The Contract Term shall extend for a period of fifty (50) years': the term, not a renewal
            kind = _renewal_kind(sentence)
            item = {"value": "renews", "automatic": kind == 1, "mutual": kind == 3, "evidence": self.evidence(start, end)}
            period = self.renewal_period(start, end, start + renews.end(), start + renews.start())
            if period:
                text, hours, length = period
                item.update(value=f"renews for {text} at a time", hours=hours, length=length)
            elif kind == 1 and _OPEN_ENDED.search(sentence):  # 'thereafter it shall automatically continue until terminated'
                item.update(value="continues until terminated", evergreen=True)
            if kind not in best or "hours" in item and "hours" not in best[kind]:
                best[kind] = item
        with_length = [kind for kind in best if "hours" in best[kind]]  # a length, from the strongest kind that states one
        if with_length or 1 in best:
            return [best[min(with_length or best)]]
        open_ended = self.open_ended()
        if open_ended and open_ended[2]:  # 'a term of one year; thereafter, it shall continue until terminated'
            return [{"value": "continues until terminated", "automatic": True, "mutual": False, "evergreen": True,
                     "evidence": self.evidence(*open_ended[:2])}]
        return [best[min(best)]] if best else []

    def open_ended(self) -> tuple[int, int, bool] | None:
        """(start, end, after_term) of the first sentence that says the agreement (or its term) runs until a party
        ends it ('shall remain in effect until terminated', 'shall continue indefinitely', 'in perpetuity');
        after_term when that is after a first term ('thereafter', 'after that')."""
        for start, end in self.sentences(_OPEN_ENDED_FINDER):
            sentence = self.text[start:end]
            match = _OPEN_ENDED.search(sentence)
            if match and _any(_ABOUT_AGREEMENT, sentence[:match.end()]):
                after_term = _finder(r"\bthereafter\b|\bafter\s+(?:that|the\s+(?:initial|original|first)\s+(?:term|period))").search(sentence[:match.end()]) and (self.term() or _FIRST_TERM.search(sentence, 0, match.end()))
                return start, end, bool(after_term)
        return None

    def renewal_period(self, start: int, end: int, cue: int, words: int) -> tuple[str, float, dict] | None:
        """(words, hours, length) of the renewal period of a renewal sentence, read after `cue` (the end of
        the renewal words, which start at `words`)."""
        for tag in self.tags(cue, end, "DURATION"):
            if tag.start < cue or tag.value.get("unit") not in _LONG_UNITS or tag.value.get("anniversary"):
                continue
            before = self.text[max(start, tag.start - 30):tag.start]
            if _NOTICE_AFTER.search(self.text[tag.end:tag.end + 40]) or _NOTICE_BEFORE.search(before) or \
                _finder(r"[\s,]*(?:thereafter\s*)?\(?\s*(?:the\s+|each\s+)?[\"\u201c]?(?:initial|original)\s+(?:term|period)\b").match(self.text[tag.end:tag.end + 40]) or \
                    _finder(r"\b(?:initial|original|first)\s+(?:term|period)\s+(?:of\s+)?$").search(before):
                continue
            return tag.text, tag.value.get("hours"), _length(tag)
        inside = _finder(r"automatic\s+(?:[\w()-]+\s+){1,4}?(?:renewals?|extensions?)\b").match(self.text[words:cue])
        for tag in self.tags(words, cue, "DURATION") if inside else []:
            if tag.value.get("unit") in _LONG_UNITS:
                return tag.text, tag.value.get("hours"), _length(tag)
        after = self.text[words:end]
        one = {unit: (24 * days, {"value": 1, "unit": unit, "business": False}) for unit, days in (("year", 365.0), ("month", 30.0))}
        if _finder(r"\bhalf\s+a\s+year\b").search(self.text[cue:end]):  # 'an additional period of half a year'
            return "half a year", 24 * 182.5, {"value": 6, "unit": "month", "business": False}
        while (single := _ONE_UNIT.search(self.searchable, cue, end)) and _after(self.text, single.start(), ("half",)):
            cue = single.start() + 1
        if single:
            return single.group(0), *one[single.group("unit").lower()]
        if _ANNUAL.search(after):
            return "1 year", *one["year"]
        if _MONTHLY.search(after):
            return "1 month", *one["month"]
        if _SAME_LENGTH.search(after):
            term = self.term()
            if term and term[0].get("hours"):
                return term[0]["value"], term[0]["hours"], term[0].get("length")
        return None

    def pricing(self) -> list[dict]:
        items = []
        for start, end in self.sentences(_FEE):
            money = self.tags(start, end, "MONEY")
            sentence = self.text[start:end]
            if not money or _finder(r"\b(?:insurance|liabilit\w*|indemnit\w*|credit)\b").search(sentence):
                continue
            for tag in money:
                line = self.text[self.text.rfind("\n", 0, tag.start) + 1:self.text.find("\n", tag.end) % (len(self.text) + 1)]
                models = [name for name, pattern in _MODELS if _finder(pattern).search(line)]
                items.append({"value": tag.text + (f" ({', '.join(models)})" if models else ""),
                              "amount": tag.value.get("amount"), "currency": tag.value.get("currency"),
                              "model": ", ".join(models) or None, "evidence": self.evidence(start, end)})
        for start, end in self.sentences(_PAYMENT):
            days = self.tags(start, end, "DURATION")
            if days:
                items.append({"value": f"payment within {days[0].text}", "payment_hours": days[0].value.get("hours"),
                              "hours": days[0].value.get("hours"), "evidence": self.evidence(start, end)})
                break
        return _unique(items, lambda i: (i.get("amount"), i.get("payment_hours"), i["evidence"]["start"]))

    def sla_table(self) -> list[dict]:
        """Priority -> response / resolution: from a table with response and resolution columns,
        else from sentences naming a priority with response or resolution figures."""
        rows = {}
        for table in self.doc.document.tables:
            if table.start is None or not table.rows:
                continue
            header = [c.lower() for c in table.rows[0]]
            response = next((i for i, c in enumerate(header) if _RESPONSE.search(c)), None)
            resolution = next((i for i, c in enumerate(header) if _RESOLUTION.search(c)), None)
            if response is None and resolution is None:
                continue
            line_start = table.start
            for row in table.rows:
                line = " | ".join(row)
                at = self.text.find(line, line_start, table.end + 1)
                if at < 0:
                    continue
                line_start = at + len(line)
                priority = self.tags(at, at + len(row[0]), "PRIORITY")
                if not priority:
                    continue
                starts = itertools.accumulate((len(cell) + 3 for cell in row[:-1]), initial=at)  # cells joined by ' | '
                cells = [(offset, offset + len(cell)) for offset, cell in zip(starts, row)]
                item = self._sla_item(priority[0], at, at + len(line))
                for key, column in (("response", response), ("resolution", resolution)):
                    if column is not None and column < len(cells) and (durations := self.tags(*cells[column], "DURATION")):
                        item[key], item[f"{key}_hours"] = durations[0].text, durations[0].value.get("hours")
                rows.setdefault(item["priority"], item)
        if not rows:
            rows = self.sla_lines()
        if not rows:
            for start, end in self.sentences(_SLA_WORDS):
                priorities = self.tags(start, end, "PRIORITY")
                if len({_priority_name(p) for p in priorities}) != 1:
                    continue
                item = self._sla_item(priorities[0], start, end)
                for tag in self.tags(start, end, "DURATION"):
                    before = self.text[max(start, tag.start - 60):tag.start]
                    key = "resolution" if _RESOLUTION.search(before) else "response" if _RESPONSE.search(before) else None
                    if key and key not in item:
                        item[key], item[f"{key}_hours"] = tag.text, tag.value.get("hours")
                if "response" in item or "resolution" in item:
                    rows.setdefault(item["priority"], item)
        items = sorted(rows.values(), key=lambda i: (i.get("rank") or 9, i["priority"]))
        for item in items:
            item["value"] = f"{item['priority']}: response {item.get('response', '-')}, resolution {item.get('resolution', '-')}"
        return items

    def _sla_item(self, priority, start: int, end: int) -> dict:
        return {"priority": _priority_name(priority), "rank": priority.value.get("rank"), "evidence": self.evidence(start, end)}

    def sla_lines(self) -> dict:
        """A table without ruling (PDF, text): a header line naming response and resolution,
        then lines that start with a priority and state two durations, in that order."""
        rows, header_at = {}, None
        lines = self.line_spans
        headers = self.lines_with(_RESPONSE, lines) & self.lines_with(_RESOLUTION, lines)
        # only a header line and the 12 lines after it matter
        for number in sorted({n for h in headers for n in range(h, min(h + 13, len(lines)))}):
            start, end = lines[number]
            if number in headers and not self.tags(start, end, "DURATION"):
                header_at = number
                continue
            if header_at is None or number - header_at > 12:
                continue
            priorities = self.tags(start, end, "PRIORITY")
            durations = self.tags(start, end, "DURATION")
            if priorities and priorities[0].start - start < 3 and len(durations) >= 2:
                rows.setdefault(_priority_name(priorities[0]), {
                    **self._sla_item(priorities[0], start, end),
                    "response": durations[0].text, "response_hours": durations[0].value.get("hours"),
                    "resolution": durations[1].text, "resolution_hours": durations[1].value.get("hours")})
        return rows

    def availability(self) -> list[dict]:
        for start, end in self.sentences(_AVAILABILITY):
            if percents := [t for t in self.tags(start, end, "PERCENT") if 90 <= (t.value.get("value") or 0) < 100]:
                return [{"value": percents[0].text, "percent": percents[0].value.get("value"), "evidence": self.evidence(start, end)}]
        return []

    def notice_periods(self) -> list[dict]:
        """Each notice period with what it is for: the notice that stops a renewal (the sentences of the
        strongest kind of such a clause the contract has that give a notice period, or withhold it: '[***]
        prior to'; `_renewal_notice_kind`), a cure period, an exit without cause, a fee change, a
        termination, else a notice."""
        found, previous = [], None
        for start, end in self.sentences(_NOTICE_OR_UNLESS):
            sentence = self.text[start:end]
            if previous is None or previous[1] > start or start - previous[1] > 3:
                previous = self.doc.sentence_span(max(0, start - 2)) if start > 1 else (0, 0)
            durations = self.tags(start, end, "DURATION")
            kind = self._renewal_notice_kind(sentence, self.text[previous[0]:previous[1]])
            given = self.notice_given_in(start, durations) if kind else []
            found.append((start, end, durations, kind, given))
            previous = (start, end)
        best = min((kind for _, _, _, kind, given in found if kind and given), default=None)
        withheld = min((kind for start, end, _, kind, given in found if kind and not given
                        and _WITHHELD.search(self.searchable, start, end)), default=None)
        if withheld is not None and (best is None or withheld <= best):
            best = None  # 'notice of non-renewal [***] prior to the end of the term': the figure is withheld
        items = []
        for start, end, durations, kind, given in found:
            if not durations:
                continue
            sentence = self.text[start:end]
            if kind is not None and kind == best and given:
                what, durations = "non-renewal", given
            else:
                what = next((name for name, regex in _NOTICE_KINDS if regex.search(sentence)), "notice")
                if not _finder(r"\bnotice\b").search(sentence):
                    continue  # 'notifies' / 'notification' only for the notice that stops a renewal
            word = _finder(_NOTICE_WORDS).search(sentence) or \
                _finder(r"\bprior\b|\bbefore\b|\bunless\b").search(sentence)  # 'unless terminated ... 60 days prior to'
            notice = start + (word.start() if word else 0)
            tag = min(durations, key=lambda t: abs(t.start - notice))  # the period nearest the word "notice"
            items.append({"what": what, "value": f"{what}: {tag.text}", "hours": tag.value.get("hours"),
                          "length": _length(tag), "evidence": self.evidence(start, end)})
        return items

    def notice_given_in(self, start: int, durations: list) -> list:
        """The periods of a sentence a notice is given in: 'at least ninety (90) days', '60 days prior to', 'six (6)
        months notice', 'within 5 days of'; not the renewal period ('renews for successive one (1) year periods'),
        the term ('in effect for one year'), or a period after a non-renewal ('the two-year period following the
        termination or non-renewal')."""
        return [t for t in durations if _NOTICE_BEFORE.search(self.text[max(start, t.start - 30):t.start])
                or _NOTICE_AFTER.search(self.text[t.end:t.end + 40])]

    def _renewal_notice_kind(self, sentence: str, previous: str | None) -> int | None:
        """1 when a notice sentence says it stops a renewal ('notice of non-renewal', 'its intention not to
        renew'; or the sentence before says so: 'If the Client does not wish to renew. The Client shall notify
        ...'), 2 when the agreement renews by itself unless a party gives notice, 3 when a notice is given
        before the end of the term of an agreement that renews by itself; None for another notice (of an
        insurance policy, a cure period)."""
        if _NOT_RENEWAL_NOTICE.search(sentence):
            return None
        if _not_renew(sentence) or previous and _not_renew(previous) and _finder(_NOTICE_WORDS).search(sentence) and not _NOT_RENEWAL_NOTICE.search(previous):
            return 1
        renews = next((m for m in _RENEWS.finditer(sentence) if not _finder(r"\b(?:not\s+to|non-?)\s*$").search(sentence[max(0, m.start() - 8):m.start()])), None)
        if renews and _UNLESS.search(sentence, renews.start()) and _automatic(sentence) or _EVERGREEN.search(sentence):
            return 2
        if _finder(_NOTICE_WORDS).search(sentence) and _AFTER_FIRST_TERM.search(sentence) and not _FOR_BREACH.search(sentence):
            return 3  # 'Following the Initial Term, either Party may terminate without cause upon 3 months' notice': it stops the term that runs on
        if not _finder(_NOTICE_WORDS).search(sentence) or _cure_or_any_time(sentence) \
                or _OPT_IN.search(sentence) or _MUTUAL_RENEWAL.search(sentence) or _finder(r"\bsurviv").search(sentence):
            return None  # a notice to exercise an option, to agree an extension; a right that survives the end
        if _BEFORE_TERM_END.search(sentence) and (self.renews_by_itself or _EACH_ANNIVERSARY.search(sentence)):
            return 3  # '... may cancel this Agreement at the end of the Initial Term and thereafter on each anniversary'
        # 'This Agreement renews automatically for ten-year terms. Either party may give six months' notice of its
        # intention to terminate.'; 'This Agreement shall continue indefinitely. AIG may terminate it upon 30 days' notice.'
        if previous and _finder(r"\bterminat\w*|\bend\b").search(sentence) and (
                _RENEWS.search(previous) and _automatic(previous) and not _OPTIONAL_RENEWAL.search(previous)
                or _INDEFINITE.search(previous)):
            return 3
        return None

    @functools.cached_property
    def renews_by_itself(self) -> bool:
        """Does a sentence say the agreement renews (extends, continues) by itself?"""
        return any(_RENEWS.search(sentence) and _automatic(sentence) and _any(_ABOUT_AGREEMENT, sentence)
                   for sentence in (_not_this_renewal(self.text[start:end]) for start, end in self.sentences(_RENEWAL)))

    def liability_cap(self) -> list[dict]:
        for start, end in self.sentences(_CAP):
            sentence = self.text[start:end]
            if _finder(r"\bnothing\s+in\b|\bshall\s+not\s+(?:limit|exclude)\b").search(sentence):
                continue
            item = {"evidence": self.evidence(start, end)}
            money = self.tags(start, end, "MONEY")
            months = [t for t in self.tags(start, end, "DURATION") if t.value.get("unit") == "month"]
            percent = self.tags(start, end, "PERCENT")
            fees = _finder(r"\b(?:fees|charges|amounts?\s+paid|sums?\s+paid)\b").search(sentence)
            if months and fees:
                item.update(value=f"{months[0].text} of fees", months=months[0].value.get("value"))
            elif percent and fees:
                item.update(value=f"{percent[0].text} of fees", percent=percent[0].value.get("value"))
            elif money:
                item.update(value=money[0].text, amount=money[0].value.get("amount"),
                            currency=money[0].value.get("currency"))
            elif fees:
                item.update(value="the fees paid")
            elif formula := self.tags(start, end, "FORMULA"):  # 'two times the total Contract amount'
                item.update(value=" ".join(self.text[self._formula_start(start, formula[0].start):formula[0].end].split()))
            else:
                continue
            return [item]
        return []

    def _formula_start(self, start: int, at: int) -> int:
        """Where a formula's multiplier begins: 'two times the total Contract amount', '150% of the amount of this
        Agreement'; else the formula's own words."""
        multiplier = _MULTIPLIER.search(self.searchable, max(start, at - 40), at)
        return multiplier.start() if multiplier else at

    def governing_law(self) -> list[dict]:
        """The law the contract chooses: a sentence that says the contract is governed, construed or
        interpreted by the laws of a place (or that those laws govern it) and names the place after
        those words: a known jurisdiction (any case), else the capitalised words after 'laws of'.
        Preferred: such a sentence that names the agreement ('this Agreement', 'hereunder'), then
        any such sentence, then one that says the contract is subject to, or in accordance with,
        the laws of a place; the first of the best kind."""
        best = None
        for tier, finder in enumerate((_GOVERNING, _GOVERNING_WEAK)):
            seen = set()
            for match in finder.finditer(self.searchable):
                start = self.doc.sentence_span(match.start())[0]
                end = self.doc.sentence_span(max(match.start(), match.end() - 1))[1]
                start, end = self.line_limited(start, end, match.start())
                if (start, end) in seen or match.start() >= end:
                    continue
                seen.add((start, end))
                law = _law_named(self.text[start:end], match.start() - start)
                if not law:
                    continue
                rank = (tier, 0 if _THIS_AGREEMENT.search(self.text[start:end]) else 1)
                if best is None or rank < best[0]:
                    best = (rank, law, start, end)
                if rank == (0, 0):
                    break
            if best is not None:
                return [{"value": best[1], "evidence": self.evidence(*best[2:])}]
        return []


def _priority_name(tag) -> str:
    rank = tag.value.get("rank")
    return f"P{rank}" if rank is not None else tag.text


def _law_named(sentence: str, at: int = 0) -> str | None:
    """The place whose law a governing-law sentence names, as the sentence writes it ('State of
    New York', 'England and Wales', 'Ontario, Canada'); a state or province rather than the
    federal law named with it ('the laws of the United States and the State of Florida'); None
    when it names none ('the laws of the [***]'). Only the words from `at` on are read, but for
    the place 'the laws thereof' points back to."""
    whole = sentence
    sentence = " ".join(sentence[at:].split())
    places = [_tidy(m.group("law")) for m in _LAW_OF.finditer(sentence)]
    places += [LAW_ADJECTIVES.get(m.group("adjective"), m.group("adjective")) for m in _ADJECTIVE_LAW.finditer(sentence)]
    if not places and _finder(r"\blaws?\s+thereof\b").search(sentence):  # 'made in the State of Nevada and governed by the laws thereof'
        places += [m.group("law") for m in _PLACE_NAMED.finditer(whole)]
    if places:
        return next((p for p in places if not _FEDERAL.match(p)), places[0])
    named = _LAW_OF_NAMED.search(sentence)
    if named and not _finder(r"(?:any|such|this|that|another|other|conflicts?|choice|each|its|their)\b").match(named.group("law")):
        return _tidy(named.group("law"))
    return None


def _tidy(place: str) -> str:
    """'the State of New York' -> 'State of New York'; 'New York State' stays."""
    return re.sub(r"^the\s+", "", place.strip(" ,.;"), flags=re.I)
