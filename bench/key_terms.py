"""Key terms against the CUAD lawyers' normalised answers.

    python bench/key_terms.py [--corpus ../shared/corpus] [--set cuad|cuad_other|both]
                              [--errors TERM] [--processes 2] [--half A|B]

The key terms are those `checker review --format json` shows under "key_terms" (checker/keyterms.py),
read here without the rule engine (ingest -> NLP -> key_terms: the same function a review calls).
Sets: `cuad` (68 IT-services contracts, `cuad/labels.json`) and `cuad_other` (364 contracts of other
types, `cuad_other/labels.json`); the text files are read, not the PDFs.

For each contract and CUAD term the lawyers' `answer` is the gold value (an empty answer: the contract
states no value for it) and ours is read from the key terms:

  term                                  ours
  Parties                               the `name` of every `parties` item
  Agreement Date                        `agreement_date`; without it the `effective_date` (the abstract's
                                        one date was long the date the contract is made on)
  Effective Date                        `effective_date`
  Expiration Date                       `expiry_date` (stated, "perpetual" when marked so, or the effective date + the initial term,
                                        checker/keydates.py); without it `effective_date` + the `term` (its
                                        hours; the anniversary: 1 year from 2/26/99 is 2/26/00, as the lawyers count)
  Renewal Term                          the first `renewal` item with a duration (`hours`), but for an
                                        extension only both parties may agree ('mutual'): CUAD's Renewal
                                        Term is "automatic extensions and unilateral extensions with prior
                                        notice", so the lawyers leave it blank; else "perpetual" for an
                                        `evergreen` item
  Notice Period To Terminate Renewal    the `notice_periods` item whose `what` is "non-renewal"
  Governing Law                         `governing_law`

A blank answer whose lawyers' spans are each nothing but the same full date (KUBIENT's Effective Date: the span
"the 5th day of February, 2020", the answer left blank) is read as that date: a slip in normalising, not "no date".

Outcomes: right (both say, and agree), wrong (both say, and differ), silent (gold says, we do not),
spurious (we say, gold does not); both silent is not counted. Accuracy = right / (right + wrong +
silent + spurious), per term and set.

How values are compared:
  - dates: as dates (day, month, year). Gold is M/D/YY (two-digit years: 00-49 -> 20xx, else 19xx, as checker reads them)
    with `[]` for a blank of the contract ("[]/[]/2020"): only the parts it gives are compared. Ours is
    the contract's words: "June 1, 2020", "1st day of June, 2020", "Nov. 02, 2019", "2020-06-01",
    "6/1/2020" (numeric dates read month first, as in these US filings, unless the first number > 12).
    A month the contract gives without a day ('August, 2019', 'January, 1996') the lawyers write as its first day
    ('8/1/19', '1/1/96'): ours without a day is right against gold's first of that month.
    A form's blank date, day and month ('[]/[]/2000', '[]/[]/20[]'): saying nothing is right (not counted), as is
    its year; another date is wrong.
    Gold "perpetual" (Expiration Date, Renewal Term: the agreement runs until a party ends it) is right when
    ours says so too: an `expiry_date` item marked `perpetual` (no end from the start), a `renewal` item marked
    `evergreen` (it runs on until ended after a first term); wrong when ours is a date or a length.
  - durations (Renewal Term, Notice Period): a number and a unit, compared as a length in days (a
    month = 30.44 days, a year = 365.25 days, a week = 7 days) within 2%, so "12 months" = "1 year"
    and "90 days" = "3 months". Gold "successive 1 year" -> 1 year; a count before the length ("3
    successive 1 year", "2 5 years") is not part of it; several answers separated by ";", "/" or ","
    are alternatives (ours right if it equals one): "4 years, 6 months" (TubeMedia: "an additional four (4)
    -year period" and a six-month negotiation period) is not 4.5 years. Gold without a figure
    ("perpetual", "[]") counts as a value we cannot match. Ours: the item's `hours`.
  - governing law: the jurisdiction's name, lower case, without punctuation, "the", "State of",
    "Commonwealth of", "Province of", "Republic of" or a trailing "State"; a gold answer is split at
    ";", "," and " and " into names; a country named after a province or state ("Ontario, Canada",
    "England, United Kingdom") and an international convention (CISG) are dropped. Right when our
    names (split the same way) are the gold names: "England and Wales" = "England; Wales".
  - parties: every name right. Gold "Name ("Alias"); Name2 ("Alias2"); A and B ("Parties")" -> the
    names before each alias or description in parenthesis (a parenthesis inside a name stays: "Galen
    (Chemicals) Limited ("GALEN")" is "Galen (Chemicals) Limited"); an entry naming the parties together
    is dropped, and so is an entry that groups names given before it ('AFI Licensing LLC together with
    Armstrong Flooring, Inc. ("Arizona")', 'Shareholder and PDMC ("Supplier")'); a name may end at a
    quoted alias without parenthesis ('Tickets.com Inc. "Tickets"', or with only its closing one: 'Ltda. "Brazil")'); a ";" inside brackets
    or inside an alias's parenthesis ('("Pretzel Time"; "FRANCHISOR")') splits nothing; a parenthesis round the whole
    answer is no alias's; an entry for a party the contract leaves unnamed, only aliases ('("you", "Franchisee")'), a blank
    ('[*] ("Distributor")', '____ ("Professional")') or a description ('the individual or legal entity identified on the cover
    page ("Franchisee")'), names no one, and ours may show that party by one of its aliases or leave it out (the key terms
    show a form's unnamed party by its role word, 'Distributor'; the lawyers write such a party now as its alias, now as
    its blank). One party written under two names ('Food For Athletes, Inc./ Gridiron BioNutrients', 'A, LLC / B,
    Inc.') matches either name. Names joined by "and" or "," that each end in a corporate suffix ('WYZZ, Inc. and WYZZ
    Licensee, Inc.') are several names, in gold and ours alike. Names are compared case-insensitively
    without punctuation, "the", "&" read as "and", "d/b/a ..." / "formerly known as ..." tails, what
    comes with the party ("together with its successors and assigns", "and its affiliates", "or its subsidiaries", "and all of
    its subsidiaries", "including its successors", ", a subsidiary of ...") and corporate suffixes (Inc,
    Corp, Corporation, Co, Company, LLC, Ltd, Limited, LP, LLP, PLC, S.A., AG, GmbH, B.V., N.V., Pty,
    N.A. ...), the state after a town ('Town of Vinton, Virginia' = 'Town of Vinton': the lawyers write
    'City of Fort Stockton' for 'City of Fort Stockton, Texas' and 'TOWN OF VINTON, VIRGINIA' in full), allowing a slip of typing (difflib ratio >= 0.9, or one letter changed, added, dropped or
    two swapped in a name of 5 letters or more: the lawyers' 'Pifzer' for Pfizer; in a suffix of 5 letters or more,
    'Corporatino', or a word of 2-4 letters after the name's comma, 'RMF Empire, In.', it is the suffix). Right when every gold
    name matches one of ours and every one of ours matches a gold name; the names found (gold names
    matched) are also counted.

`--errors TERM` (a CUAD term, e.g. "Governing Law") lists the contracts that are wrong, silent or
spurious for it: file, gold, ours.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from datetime import date, timedelta
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TERMS = ["Parties", "Agreement Date", "Effective Date", "Expiration Date", "Renewal Term",
         "Notice Period To Terminate Renewal", "Governing Law"]
SETS = {"cuad": "cuad", "cuad_other": "cuad_other"}

# --- reading the key terms of one contract ------------------------------------------------------------


def read_key_terms(path: str) -> dict | str:
    """The key terms of one text file, without evidence (an error's text when it cannot be read)."""
    from checker.engine.context import Package
    from checker.errors import CheckerError
    from checker.ingest import load_document
    from checker.keyterms import key_terms
    from checker.review import analyse_document
    try:
        found = key_terms(Package([analyse_document(load_document(path))]))
    except CheckerError as error:
        return str(error)
    return {name: [{k: v for k, v in item.items() if k != "evidence"} for item in items]
            for name, items in found.items()}


# --- dates ---------------------------------------------------------------------------------------------

_MONTHS = {m[:3]: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTH_RE = r"(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_RE = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR_RE = r"(?P<year>\d{4})"
_WORD_DATES = [
    re.compile(rf"{_MONTH_RE}\s*{_DAY_RE}\s*,?\s*{_YEAR_RE}", re.I),
    re.compile(rf"{_DAY_RE}\s*(?:day\s+of\s+)?{_MONTH_RE}\s*,?\s*{_YEAR_RE}", re.I),
]
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2}|\[\])\s*[/.-]\s*(?P<b>\d{1,2}|\[\])\s*[/.-]\s*(?P<year>\d{4}|\d{2}|\[\]\[\]|\[\]|20\[\]|19\[\])")


def _year(text: str) -> int | None:
    if "[" in text:
        return None
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900  # expiry dates run to 2045 ("9/1/45")
    return year


def parse_date(text: str) -> tuple | None:
    """(year, month, day), None for a part not given; None when `text` holds no date."""
    if not text:
        return None
    for regex in _WORD_DATES:
        match = regex.search(text)
        if match:
            return int(match.group("year")), _MONTHS[match.group("month")[:3].lower()], int(match.group("day"))
    match = _ISO.search(text)
    if match:
        return int(match.group("year")), int(match.group("month")), int(match.group("day"))
    match = _NUMERIC.search(text)
    if match:
        a, b = (None if "[" in x else int(x) for x in (match.group("a"), match.group("b")))
        month, day = (b, a) if a and a > 12 else (a, b)
        return _year(match.group("year")), month, day
    return None


def same_date(gold: tuple, ours: tuple) -> bool:
    """The parts gold gives agree; a month we read without a day ('August, 2019') is the lawyers' first of it ('8/1/19')."""
    return all(g is None or g == o for g, o in zip(gold, ours)) or ours[2] is None and ours[:2] == gold[:2] and gold[2] == 1


def add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise ValueError(start)


# --- durations -----------------------------------------------------------------------------------------

_DAYS_PER = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
_GOLD_DURATION = re.compile(r"(?P<n>\d+(?:\.\d+)?)\)?\s*(?:successive\s+|consecutive\s+)?(?P<unit>day|week|month|year)s?", re.I)


def gold_durations(answer: str) -> list[float] | None:
    """The alternatives of a duration answer, in days ([] when it has no figure)."""
    answer = re.sub(r"\b(?:succ?[a-z]*sive|consecutive)\b", " ", answer, flags=re.I)
    found = []
    for part in re.split(r"[;/,]", answer):
        pairs = list(_GOLD_DURATION.finditer(part))
        if pairs:
            found.append(sum(float(m.group("n")) * _DAYS_PER[m.group("unit").lower()] for m in pairs))
    return found


def same_length(a: float, b: float) -> bool:
    return abs(a - b) <= 0.02 * max(a, b)


# --- governing law -------------------------------------------------------------------------------------

_ALIASES = {"peoples china": "china", "people s china": "china", "prc": "china", "p r c": "china", "great britain": "england",
            "netherlands": "netherlands", "holland": "netherlands", "r o c": "taiwan", "u s a": "usa", "u s": "usa",
            "united states": "usa", "united states america": "usa", "us": "usa", "uk": "united kingdom"}


def _law_name(part: str) -> str:
    name = part.lower().replace("\u2019", "'")
    name = re.sub(r"[^a-z0-9' ]", " ", name).replace("'", " ")
    name = re.sub(r"^\s*(?:of\s+)?(?:the\s+)?(?:laws?\s+of\s+)?(?:the\s+)?(?:state|commonwealth|province|republic|kingdom|federal\s+laws?)\s+of\s+", " ", name)
    name = re.sub(r"^\s*(?:of\s+)?(?:the\s+)?laws?\s+of\s+", " ", name)
    name = re.sub(r"\b(?:the|of|republic|federal)\b", " ", name)
    name = re.sub(r"\s+state\s*$", " ", name)
    name = " ".join(name.split())
    return _ALIASES.get(name, name)


_COUNTRY_QUALIFIERS = {_law_name(q) for q in ("Canada", "United Kingdom", "USA", "U.S.A.", "United States",
                                              "United States of America", "Australia")}


def law_names(text: str) -> set[str]:
    names = [n for n in (_law_name(part) for part in re.split(r";|,|\band\b|&", text, flags=re.I))
             if n and "convention" not in n and "united nations" not in n]
    if len(names) > 1:
        names = [n for n in names if n not in _COUNTRY_QUALIFIERS] or names
    return set(names)


# --- parties -------------------------------------------------------------------------------------------

_SUFFIXES = {"inc", "incorporated", "corp", "corporation", "co", "company", "llc", "l l c", "ltd", "limited", "lp", "l p",
             "llp", "plc", "sa", "s a", "ag", "gmbh", "bv", "b v", "nv", "n v", "pty", "na", "n a", "pte", "sarl",
             "spa", "s p a", "srl", "ltda", "ab", "as", "oy", "kk", "lc", "pc", "pllc", "sl", "s l", "se", "kg"}
_LONG_SUFFIXES = [s for s in _SUFFIXES if len(s) >= 5]
_SUFFIX_RE = re.compile(r"(?:\s+(?:" + "|".join(sorted((re.escape(s) for s in _SUFFIXES), key=len, reverse=True)) + r"))+\s*$")


# what comes with a party and is no part of its name
_WITH_PARTY = re.compile(r",?\s*\(?\b(?:(?:together|along)\s+with|and|or|including)\s+(?:all\s+(?:of\s+)?)?(?:its|his|her|their)\s+"
                         r"(?:respective\s+)?(?:successors|assigns|heirs|affiliates|subsidiaries|associated|related)\b.*$"
                         r"|,?\s+an?\s+(?:wholly[\s-]owned\s+)?subsidiary\s+of\b.*$", re.I)


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter changed, added or dropped, or two letters swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] or a[i:] == b[i + 1:] or a[i + 1:] == b[i:] or \
        (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])


def _normal(text: str) -> str:
    name = _WITH_PARTY.sub("", text.lower().replace("\u2019", "'"))
    name = re.split(r"\b(?:d\s*/?\s*b\s*/?\s*a|doing business as|formerly known as|f/k/a|a/k/a|also known as)\b", name)[0]
    # a slip of typing in a short suffix after the name's comma is the suffix ('RMF Empire, In.')
    after_comma = re.search(r",\s*([a-z]{2,4})\.?\s*$", name)
    slip = after_comma and after_comma.group(1) not in _SUFFIXES and \
        next((s for s in ("inc", "corp", "ltd", "llc") if _one_edit(after_comma.group(1), s)), None)
    name = name[:after_comma.start()] + " " + slip if slip else name
    name = re.sub(r"[^a-z0-9& ]", " ", name.replace("'", "")).replace("&", " and ")
    words = re.sub(r"^\s*the\s+", " ", name).split()
    # a slip of typing in a long suffix is the suffix ('Bank of America Corporatino'): a name, not the suffix, is compared
    slip = next((s for s in _LONG_SUFFIXES if words and len(words[-1]) >= 5 and _one_edit(words[-1], s)), None)
    return " ".join(words[:-1] + [slip] if slip else words)


def _municipality() -> re.Pattern:
    from checker.nlp.jurisdictions import JURISDICTIONS
    places = "|".join(sorted({re.escape(_normal(p)) for p in JURISDICTIONS}, key=len, reverse=True))
    return re.compile(rf"^((?:city|town|county|village|borough) of .+?) (?:{places})$")


_MUNICIPALITY = _municipality()  # 'Town of Vinton, Virginia' is 'Town of Vinton': the lawyers write it either way


def party_name(text: str) -> str:
    """The name compared; one party written under two names ('Food Co., Inc./ Crisp Brands', 'A, LLC / B, Inc.')
    is its names joined by '|', either of which matches (`same_party`)."""
    names = [n for n in (_MUNICIPALITY.sub(r"\1", _SUFFIX_RE.sub("", " " + _normal(part)).strip())
                         for part in re.split(r"\s/\s*|/\s", text)) if n]
    return "|".join(dict.fromkeys(names))


def party_names(text: str) -> list[str]:
    """The names one entry gives: 'WYZZ, Inc. and WYZZ Licensee, Inc.' is two, each ending in a
    corporate suffix, and so is a list of companies that ends with a person ('A Fund L.P., B, LLC and Jo Hart' is
    three); 'Babcock and Wilcox Company' and 'Galen, Smith & Co.' are one."""
    pieces, start = [], 0
    for cut in re.finditer(r"\s+(?:and|&)\s+|\s*,\s*(?:and\s+)?", text):
        if _SUFFIX_RE.search(" " + _normal(text[start:cut.start()])):
            pieces.append(text[start:cut.start()])
            start = cut.end()
    pieces.append(text[start:])
    if len(pieces) > 1 and not _SUFFIX_RE.search(" " + _normal(pieces[-1])) and \
            not (len(pieces) > 2 and re.fullmatch(r"(?:[A-Z][a-z]+\.?\s+){1,2}[A-Z][a-z]+", pieces[-1].strip())):
        pieces = [text]
    return [n for n in (re.sub(r"\s+and$", "", party_name(p)) for p in pieces) if n]


def _entries(answer: str) -> list[str]:
    """The entries of a parties answer: they end at ';' and at ', ' after an alias ('A, Inc. ("A"), B Ltd. ("B")'),
    not inside brackets or an alias's parenthesis ('("Pretzel Co"; "FRANCHISOR")'); an answer whose
    parentheses do not close is split at ';' outside square brackets only; a parenthesis round the whole answer
    is no alias's."""
    answer = answer.strip()
    if answer[:1] == "(" and answer[-1:] == ")" and not re.match(r"\(\s*[\"\u201c]", answer):
        answer = answer[1:-1]
    if answer.count("(") == answer.count(")"):
        entries, depth, start = [], 0, 0
        for i, char in enumerate(answer):
            depth = max(0, depth + (char in "([") - (char in ")]"))
            cut = char == ";" or char == "," and answer[i - 1:i] == ")" and re.match(r"\s*[A-Z]", answer[i + 1:])
            if cut and not depth:
                entries.append(answer[start:i])
                start = i + 1
        return entries + [answer[start:]]
    return re.split(r";(?![^\[\]]*\])|(?<=\))\s*,\s*(?=[A-Z])", answer)


def _lead(part: str) -> str:
    """The words of an entry before its alias or description: the name it gives. A parenthesis inside the name stays
    ('Galen (Chemicals) Limited ("GALEN")', 'Baidu Online Network Technology (Beijing) Co., Ltd. ("Party B")'); a quoted
    alias without parenthesis ends it too ('Tickets.com Inc. "Tickets"')."""
    return re.split(r"\((?![^()\"\u201c\u201d]*\)\s*(?:[A-Za-z]|\((?![^()]*[\"\u201c\u201d])))|\[|(?<=\S)\s*[\"\u201c](?=[^\"\u201c\u201d]+[\"\u201d]\s*\)?\s*$)",
                    part.strip().lstrip("(").strip())[0]


def _unnamed_entry(part: str) -> bool:
    """An entry for a party the contract leaves unnamed: only its aliases ('("you", "Franchisee")'), a blank ('[*] ("Distributor")',
    '__________ ("Professional")') or a description ('the individual or legal entity identified on the cover page ("Franchisee")')."""
    lead = _lead(part)
    return bool(re.match(r"\s*\(\s*[\"\u201c]", part)) or not re.search(r"[A-Za-z]", lead) or \
        bool(re.fullmatch(r"\s*(?:the|each|any|an?)\s+[^A-Z]*", lead))


def gold_unnamed(answer: str) -> list[str]:
    """The aliases of the parties the lawyers list unnamed (`_unnamed_entry`), each a name ours may give such a party: the
    key terms show a form's unnamed party by its role word ('Distributor')."""
    return [party_name(a) for part in _entries(answer) if _unnamed_entry(part)
            for a in re.findall(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]", part) if party_name(a)]


def gold_parties(answer: str) -> list[str]:
    names: list[str] = []
    given: list[str] = []  # the names and aliases given so far, to tell an entry that groups them
    # entries end at ';' (not one inside brackets) and at ', ' after an alias: 'A, Inc. ("A"), B Ltd. ("B")'
    for part in _entries(answer):
        if _unnamed_entry(part):
            continue  # an entry that is only its aliases, a blank's or a description's, names no one (`gold_unnamed`)
        lead = _lead(part)
        core = _WITH_PARTY.sub("", lead)
        members = [party_name(m) for m in re.split(r"\s*(?:\btogether\s+with\b|\band\b|,)\s*", core) if party_name(m)]
        several = re.search(r"\band\b|\btogether\s+with\b", core) or len(party_names(core)) > 1 or len(re.findall(r",", core)) > 1
        group = re.search(r"\bpart(?:y|ies)\b|^\s*(?:together|collectively|individually)\b", core, re.I) or \
            several and (re.search(r"[\"\u201c]\s*part(?:y|ies)\b(?!\s+[A-Z0-9]\b)", part, re.I) or re.search(r"\b(?:collectively|together)\b", core, re.I)
                         or len(members) > 1 and all(any(same_party(m, g) for g in given) for m in members))
        given += [party_name(lead), *party_names(lead), *(party_name(a) for a in re.findall(r"[\"\u201c]([^\"\u201c\u201d]+)[\"\u201d]", part))]
        if group:
            continue  # 'A and B ("Parties")', 'AFI Licensing LLC together with Armstrong Flooring, Inc. ("Arizona")'
        names += [n for n in party_names(lead) if n not in names]
    return names


def same_party(a: str, b: str) -> bool:
    if "|" in a + b:  # one party under two names: either of them
        return any(same_party(x, y) for x in a.split("|") for y in b.split("|"))
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.9 or (min(len(a), len(b)) >= 5 and _one_edit(a, b))


# --- scoring -------------------------------------------------------------------------------------------

PERPETUAL = "perpetual"  # the agreement runs until a party ends it (Expiration Date, Renewal Term)


def _first(found: dict, name: str, key: str = "value"):
    items = found.get(name) or []
    return items[0].get(key) if items else None


def _date_of(found: dict, name: str) -> tuple | None:
    """The item's ISO `date` ('2018-03' when the day is blank), else its words read as a date."""
    items = found.get(name) or []
    if not items:
        return None
    if items[0].get("date"):  # '--04-30': no year
        parts = [int(p) if p else None for p in items[0]["date"].lstrip("-").split("-")]
        parts = [None] + parts if items[0]["date"].startswith("--") else parts
        return tuple(parts + [None] * (3 - len(parts)))
    return parse_date(items[0].get("value") or "")


def ours_for(term: str, found: dict):
    """(comparable value, shown text) of our answer for a CUAD term; (None, '') when we say nothing."""
    if term == "Parties":
        names = [item.get("name") or "" for item in found.get("parties") or []]
        shown = "; ".join(names)
        names = [n for name in names for n in party_names(name)]
        return (list(dict.fromkeys(names)) or None), shown
    if term in ("Agreement Date", "Effective Date"):
        key = "agreement_date" if term == "Agreement Date" and found.get("agreement_date") else "effective_date"
        return _date_of(found, key), _first(found, key) or ""
    if term == "Expiration Date":
        if (found.get("expiry_date") or [{}])[0].get("perpetual"):
            return PERPETUAL, _first(found, "expiry_date")
        if found.get("expiry_date"):
            return _date_of(found, "expiry_date"), _first(found, "expiry_date")
        start = _date_of(found, "effective_date")
        hours = _first(found, "term", "hours")
        if not start or None in start or not hours:
            return None, ""
        start_date = date(*start)
        days = hours / 24
        end = add_months(start_date, round(days / 30.44)) if days >= 28 else start_date + timedelta(days=days)
        return (end.year, end.month, end.day), f"{end.isoformat()} (effective + {_first(found, 'term')})"
    if term == "Renewal Term":
        item = next((i for i in found.get("renewal") or [] if i.get("hours") and not i.get("mutual")), None)
        if not item and any(i.get("evergreen") for i in found.get("renewal") or []):
            return PERPETUAL, _first(found, "renewal")
        return (item["hours"] / 24, item["value"]) if item else (None, "")
    if term == "Notice Period To Terminate Renewal":
        item = next((i for i in found.get("notice_periods") or [] if i.get("what") == "non-renewal" and i.get("hours")), None)
        return (item["hours"] / 24, item["value"]) if item else (None, "")
    if term == "Governing Law":
        text = _first(found, "governing_law") or ""
        return (law_names(text) or None), text
    raise ValueError(term)


def gold_answer(term: str, label: dict) -> str:
    """The lawyers' answer; for a date left blank whose spans are each the same full date, that date."""
    answer = label["answer"]
    if answer.strip() or not term.endswith("Date") or not label.get("spans"):
        return answer
    dates = {parse_date(span["text"]) if len(span["text"]) < 40 else None for span in label["spans"]}
    only = dates.pop() if len(dates) == 1 else None
    return label["spans"][0]["text"] if only and None not in only else answer


def gold_for(term: str, answer: str):
    """The comparable gold value, or None when the answer states none. A gold value we
    cannot compare (a date left blank, 'perpetual') is the string itself."""
    answer = (answer or "").strip()
    if not answer:
        return None
    if term == "Parties":
        return gold_parties(answer) or None
    if term in ("Expiration Date", "Renewal Term") and answer.lower() == PERPETUAL:
        return PERPETUAL
    if term in ("Agreement Date", "Effective Date", "Expiration Date"):
        parsed = parse_date(answer)
        return parsed if parsed and any(parsed) else answer
    if term in ("Renewal Term", "Notice Period To Terminate Renewal"):
        return gold_durations(answer) or answer
    if term == "Governing Law":
        return law_names(answer) or answer
    raise ValueError(term)


def _blank_date(gold) -> bool:
    """The lawyers' date of a form left blank, day and month ('[]/[]/2000', '[]/[]/20[]')."""
    if isinstance(gold, str):
        return bool(re.fullmatch(r"\s*\[\]\s*/\s*\[\]\s*/\s*[\d\[\]]*\s*", gold))
    return gold[1] is None and gold[2] is None


def outcome(term: str, gold, ours, unnamed: list[str] = ()) -> tuple[str, int, int]:
    """('right' | 'wrong' | 'silent' | 'spurious' | 'none', gold names found, gold names); `unnamed`: the aliases of the
    parties the lawyers list unnamed, which ours may name by one of them or leave out."""
    if gold is None:
        return ("spurious" if ours is not None else "none"), 0, 0
    if ours is None:
        if term.endswith("Date") and _blank_date(gold):
            return "none", 0, 0  # a form's blank date ('[]/[]/2000'): saying nothing is a right reading too
        return "silent", 0, len(gold) if term == "Parties" else 0
    if PERPETUAL in (gold, ours):
        return ("right" if gold == ours else "wrong"), 0, 0
    if isinstance(gold, str):
        return "wrong", 0, 0
    if term == "Parties":
        found = sum(1 for g in gold if any(same_party(g, o) for o in ours))
        extra = any(not any(same_party(g, o) for g in [*gold, *unnamed]) for o in ours)
        return ("right" if found == len(gold) and not extra else "wrong"), found, len(gold)
    if term.endswith("Date"):
        return ("right" if same_date(gold, ours) else "wrong"), 0, 0
    if term in ("Renewal Term", "Notice Period To Terminate Renewal"):
        return ("right" if any(same_length(g, ours) for g in gold) else "wrong"), 0, 0
    return ("right" if gold == ours else "wrong"), 0, 0


def _job(args):
    name, path = args
    return name, read_key_terms(path)


def score(corpus: Path, which: str, processes: int, errors_for: str | None, half: str | None = None):
    folder = corpus / which
    contracts = json.loads((folder / "labels.json").read_text())["contracts"]
    if half:
        contracts = dict(sorted(contracts.items())[half == "B"::2])
    jobs = [(name, str(folder / c["txt"])) for name, c in sorted(contracts.items())]
    with Pool(processes) as pool:
        results = dict(pool.imap_unordered(_job, jobs, chunksize=4))
    counts = {t: dict.fromkeys(("right", "wrong", "silent", "spurious", "none"), 0) for t in TERMS}
    names = [0, 0]
    errors, unreadable = [], []
    for name, contract in sorted(contracts.items()):
        found = results[name]
        if isinstance(found, str):
            unreadable.append(found)
            continue
        for term in TERMS:
            answer = gold_answer(term, contract["labels"][term])
            gold = gold_for(term, answer)
            ours, shown = ours_for(term, found)
            unnamed = gold_unnamed(answer) if term == "Parties" and answer.strip() else []
            result, got, of = outcome(term, gold, ours, unnamed)
            counts[term][result] += 1
            if term == "Parties":
                names[0] += got
                names[1] += of
            if term == errors_for and result in ("wrong", "silent", "spurious"):
                errors.append((result, name, answer, shown))
    return counts, names, errors, unreadable, len(contracts)


def accuracy(c: dict) -> float | None:
    counted = c["right"] + c["wrong"] + c["silent"] + c["spurious"]
    return c["right"] / counted if counted else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--set", choices=["cuad", "cuad_other", "both"], default="both")
    parser.add_argument("--errors", metavar="TERM", choices=TERMS, help="list the errors of one CUAD term")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--half", choices=["A", "B"], help="only the contracts of even (A) or odd (B) index "
                        "in each set's sorted list: look at errors in one half, check a change on the other")
    args = parser.parse_args()
    sets = ["cuad", "cuad_other"] if args.set == "both" else [args.set]
    for which in sets:
        started = time.perf_counter()
        counts, names, errors, unreadable, total = score(args.corpus, which, args.processes, args.errors, args.half)
        print(f"\n{which}{' half ' + args.half if args.half else ''}: {total} contracts, key terms read in {time.perf_counter() - started:.0f} s")
        print(f"  {'term':<36}{'acc':>6}{'right':>7}{'wrong':>7}{'silent':>7}{'spur':>6}{'none':>6}")
        for term in TERMS:
            c = counts[term]
            acc = accuracy(c)
            print(f"  {term:<36}{'-' if acc is None else f'{acc:.2f}':>6}{c['right']:>7}{c['wrong']:>7}"
                  f"{c['silent']:>7}{c['spurious']:>6}{c['none']:>6}")
        print(f"  parties: gold names found {names[0]} of {names[1]}")
        for error in unreadable:
            print(f"  unreadable: {error}")
        if args.errors:
            print(f"\n  errors, {args.errors} ({which}):")
            for result, name, gold, shown in errors:
                print(f"  {result:<9}{name}\n           gold: {gold!r}\n           ours: {shown!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
