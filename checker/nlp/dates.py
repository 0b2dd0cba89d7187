"""Dates as contracts write them, read into (year, month, day), a part None when the contract
leaves it blank:

  'June 1, 2020', 'Nov. 02, 2019', 'April 15 , 2010', 'the 1st day of June, 2020', '1 March 2026',
  '1st of March, 2003', '18t h day of August 2014' (a suffix split by text extraction), 'the first day of
  July, 2017', 'the second (2nd) day of May, 2011', 'June 1, A.D. 2020', 'the 9th day of May in the year 2015',
  '16 day of August. 2012', '_Dec. 8, 2005' (a filled-in blank), '07-Feb-2013', '2020-06-01', '2020/06/01', '6/1/2020',
  '04-01-06', and with blanks: 'this ___ day of March, 2018', 'February ____, 2017', '[ ], 2020',
  '[·], 2019', '__________ __, 2000', 'as of , 2020' and ', 2006' at a line's start (the blank lost in the
  filing); a day and month whose year is left out, 'the 30th day of April' (ISO 8601's '--04-30').

Numeric dates are read month first (as US filings write them) unless the first number is over 12,
the numbers are separated by full stops ('1.4.2011', the European order; only with a four-digit
year, as '2.2.10' is a clause number), or the caller says the document writes its dates day first
(`day_first`: it spells them '1 March 2026'). Two-digit years: 00-49 -> 20xx, 50-99 -> 19xx. The standard library's `datetime.date`
checks a date exists; no date-parsing library: the forms above are fixed, and a fuzzy parser
(dateutil) fills a blank day or month from today, which would turn 'this ___ day of March, 2018'
into a day nobody wrote.
"""

from __future__ import annotations

import re
from datetime import date

from checker.matching import TextPattern

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = (r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
          r"sep(?:t(?:ember|\.)?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
MONTH = _MONTH  # a month's name, for the patterns of other modules
_SUFFIX = r"(?:st|nd|rd|th|s\s?t|n\s?d|r\s?d|t\s?h)"
_BLANK = r"(?:_+|\[\s*_*\s*\]|\[\s*\*+\s*\]|\[\s*[●•·]\s*\])"
# 'the first day of July': the days of a month in words
_ORDINAL_DAYS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                 "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_DAY_WORDS = {word: n + 1 for n, word in enumerate(_ORDINAL_DAYS)}
_DAY_WORDS.update({f"twenty{sep}{word}": 21 + n for n, word in enumerate(_ORDINAL_DAYS[:9]) for sep in ("-", " ")})
_DAY_WORDS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_DAY_WORD = "(?:" + "|".join(sorted((w.replace(" ", r"\s+") for w in _DAY_WORDS), key=len, reverse=True)) + ")"
_NUMBER_DAY = rf"\d{{1,2}}\s?{_SUFFIX}?"
# a day in words and figures: 'the first (1st) day', 'the 1st (first) day'
_DAY = rf"(?:{_DAY_WORD}\s*\(\s*{_NUMBER_DAY}\s*\)|{_NUMBER_DAY}\s*\(\s*{_DAY_WORD}\s*\)|{_NUMBER_DAY}|{_BLANK}|{_DAY_WORD})"
_YEAR = r"(?:19|20)\d{2}"
# what may stand before a year: 'June 1, A.D. 2020', 'the 30th day of June in the year 2020'
_ERA = r"(?:A\.?\s?D\.?\s*|in\s+the\s+year\s+(?:of\s+)?(?:our\s+lord\s+)?)?"
# the source of one date, as an RE2-safe pattern (no lookaround): for TextPattern and re alike
DATE = (rf"(?:\b|_){_MONTH}\.?\s*(?:{_DAY}\s*,?|,)\s*{_ERA}{_YEAR}\b"  # June 1, 2020 / Nov. 02, 2019 / February ____, 2017
        rf"|(?:\b|{_BLANK})(?:the\s+)?{_DAY}\s*(?:day\s+of\s+|of\s+|-)?{_MONTH}\.?\s*(?:,|-)?\s*{_ERA}{_YEAR}\b"  # 1st day of June, 2020; 01-Jun-2020
        rf"|\b{_YEAR}[-/]\d{{1,2}}[-/]\d{{1,2}}\b"  # 2020-06-01, 2020/06/01
        rf"|\b\d{{1,2}}[/-]\d{{1,2}}[/-](?:{_YEAR}|\d{{2}})\b"  # 6/1/2020, 04-01-06
        rf"|\b\d{{1,2}}\.\d{{1,2}}\.{_YEAR}\b"  # 1.4.2011 (day first); not '2.2.10', a clause number
        rf"|{_BLANK}(?:\s+{_BLANK})?\s*,\s*{_YEAR}\b|(?m:^)[ \t]*,[ \t]*{_YEAR}\b"  # [ ], 2020; ______ __, 2000; ', 2006' at a line's start
        rf"|\b(?:as\s+of|day\s+of|dated|on)\s*,\s*{_YEAR}\b")  # 'as of , 2020': the blank lost in the filing
DATES = TextPattern(DATE, sentence_window=False)  # a date in a contract's text, found by RE2 (linear time)

_WORD_MONTH_FIRST = re.compile(rf"(?P<month>{_MONTH})\.?\s*(?P<day>{_DAY})?\s*,?\s*{_ERA}(?P<year>{_YEAR})", re.I)
_WORD_DAY_FIRST = re.compile(rf"(?P<day>{_DAY})\s*(?:day\s+of\s+|of\s+|-)?(?P<month>{_MONTH})\.?\s*(?:,|-)?\s*{_ERA}(?P<year>{_YEAR})", re.I)
_ISO = re.compile(rf"(?P<year>{_YEAR})[-/](?P<month>\d{{1,2}})[-/](?P<day>\d{{1,2}})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})[/.-](?P<year>\d{4}|\d{2})")
# a day and month whose year the contract leaves out: 'made this 30th day of April (the "Effective Date")'
YEARLESS = TextPattern(rf"\b(?P<day>\d{{1,2}}\s?{_SUFFIX}?)\s+day\s+of\s+(?P<month>{_MONTH})\b", sentence_window=False,
                       not_followed_by=rf"\.?\s*,?\s*(?:{_YEAR}|\d)")
_YEAR_ONLY = re.compile(rf"(?P<year>{_YEAR})")


def _month(word: str) -> int:
    return next(i + 1 for i, name in enumerate(_MONTHS) if name.startswith(word.lower().rstrip(".")[:3]))


def _day(text: str | None) -> int | None:
    digits = re.search(r"\d+", text or "")  # '1st', 'first (1st)'
    return int(digits.group(0)) if digits else _DAY_WORDS.get(" ".join((text or "").lower().split()))


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def parse_date(text: str, day_first: bool = False) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of the date `text` holds (None for a part left blank, or a year left out:
    'the 30th day of April'), or None when it holds none or names a day that does not exist ('February 30, 2020')."""
    found = [m for m in (regex.search(text) for regex in (_ISO, _WORD_DAY_FIRST, _WORD_MONTH_FIRST)) if m]
    if found:
        match = min(found, key=lambda m: (m.start(), -m.end()))  # '1st day of June, 2020': not 'June, 2020'
        month = match.group("month")
        parts = (int(match.group("year")), int(month) if month.isdigit() else _month(month), _day(match.group("day")))
    elif match := _NUMERIC.search(text):
        a, b = int(match.group("a")), int(match.group("b"))
        day_first = day_first or match.group("sep") == "."  # '1.4.2011': the European order
        month, day = (b, a) if a > 12 or (day_first and b <= 12) else (a, b)
        parts = (_year(match.group("year")), month, day)
    elif match := YEARLESS.search(text):
        parts = (None, _month(match.group("month")), _day(match.group("day")))
    else:
        match = _YEAR_ONLY.search(text)
        blank = match and (re.search(_BLANK, text) or re.search(r"(?:\b(?:of|dated|on)|^)\s*,", text, re.I))
        return (int(match.group("year")), None, None) if blank else None
    return parts if _exists(parts) else None


def _exists(parts: tuple) -> bool:
    year, month, day = parts
    try:
        date(year or 2000, month or 1, day or 1)  # no year: any day of a leap year is one
    except ValueError:
        return False
    return True


def iso(parts: tuple[int | None, int | None, int | None]) -> str:
    """'2020-06-01'; '2018-03' without the day, '2020' with the year alone, '--04-30' without the year
    (ISO 8601's month and day)."""
    if parts[0] is None:
        return f"--{parts[1]:02d}-{parts[2]:02d}"
    return "-".join(f"{n:0{width}d}" for n, width in zip(parts, (4, 2, 2)) if n is not None)  # the parts given


def writes_day_first(text: str) -> bool:
    """Does a document spell its dates day first ('1 March 2026') more often than month first
    ('March 1, 2026')? Then its numeric dates are read day first too."""
    day_first = len(re.findall(rf"\b\d{{1,2}}(?:{_SUFFIX})?\s+{_MONTH}\s+{_YEAR}\b", text, re.I))
    month_first = len(re.findall(rf"\b{_MONTH}\s+\d{{1,2}}(?:{_SUFFIX})?\s*,\s*{_YEAR}\b", text, re.I))
    return day_first > month_first
