"""Key dates: when a contract ends and the last day to give notice that stops it renewing.

Computed from the key terms (checker/keyterms.py), as plain dicts, so that a report read back
from JSON or the audit cache gives the same answer:

  expiry      the date the contract states it ends, else the effective date + the initial term
              counted as the lawyers count it: to the anniversary (1 year from 26 Feb 1999 is
              26 Feb 2000), a month from 31 January is the last day of February, a year from
              29 February is 28 February;
  deadline    the last day to give notice of non-renewal = the end of the current term minus the
              notice period. When the contract renews by itself and that day has passed on the
              as-of date, the current term is the renewal term that holds the as-of date, and
              the deadline is that term's end minus the notice. Business / working days count
              Monday to Friday (no public holidays: they differ by place); calendar days, weeks,
              months and years are counted on the calendar.

Month and year arithmetic is python-dateutil's relativedelta (month ends and leap years
clamped, as above); day arithmetic is the standard library's.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

_MAX_RENEWALS = 200  # a renewal term rolled forward at most this many times to reach the as-of date


def parse_iso(text: str | None) -> date | None:
    """date of '2026-03-01'; None for a partial date ('2018-03') or none."""
    if not text or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def add_length(start: date, length: dict, sign: int = 1) -> date:
    """start + (or - with sign=-1) a length {'value', 'unit', 'business'}: a month from 31 January
    is 28 (29) February, a year from 29 February is 28 February; n business days skip weekends."""
    value, unit = float(length["value"]), length["unit"]
    if unit in ("month", "quarter", "year"):
        months = value * {"month": 1, "quarter": 3, "year": 12}[unit]
        whole = int(months)
        result = start + relativedelta(months=sign * whole)
        if months != whole:  # 'one and a half months': the rest in days
            result += timedelta(days=sign * round((months - whole) * 30))
        return result
    if unit == "day" and length.get("business"):
        return _business_days(start, round(value), sign)
    if unit in ("day", "week"):
        return start + timedelta(days=sign * round(value * (7 if unit == "week" else 1)))
    # hours, minutes: whole days at most matter for a notice deadline
    hours = float(length.get("hours") or 0) or value * (1 / 60 if unit == "minute" else 1)
    return start + timedelta(days=sign * int(-(-hours // 24)))


def _business_days(start: date, count: int, sign: int) -> date:
    day = start
    while count > 0:
        day += timedelta(days=sign)
        if day.weekday() < 5:
            count -= 1
    return day


def length_text(length: dict) -> str:
    value = float(length["value"])
    unit = length["unit"] + ("" if value == 1 else "s")
    return f"{value:g} {'business ' if length.get('business') else ''}{unit}"


def deadline(expiry: date, notice: dict, as_of: date, renewal: dict | None = None) -> tuple[date, date]:
    """(last day to give notice, end of the term it is for): expiry - notice; when that day is
    before `as_of` and the contract renews by itself for `renewal`, the end of the first renewal
    term whose deadline is on or after `as_of`."""
    end = expiry
    last = add_length(end, notice, -1)
    for _ in range(_MAX_RENEWALS):
        if last >= as_of or not renewal:
            break
        end = add_length(end, renewal)
        last = add_length(end, notice, -1)
    return last, end


def notice_deadline(terms: dict, as_of: date) -> list[dict]:
    """The 'notice_deadline' key term of a contract's key terms, as of a day: [] when its expiry or
    its notice of non-renewal is not known."""
    expiry_item = next(iter(terms.get("expiry_date") or []), None)
    notice_item = next((i for i in terms.get("notice_periods") or [] if i.get("what") == "non-renewal" and i.get("length")),
                       None)
    expiry = parse_iso(expiry_item.get("date")) if expiry_item else None
    if expiry is None or notice_item is None:
        return []
    renewal_item = next(iter(terms.get("renewal") or []), None)
    renewal = renewal_item.get("length") if renewal_item and renewal_item.get("automatic") else None
    last, end = deadline(expiry, notice_item["length"], as_of, renewal)
    notice = length_text(notice_item["length"])
    which = "the initial term" if end == expiry else "the current renewal term"
    passed = " (passed)" if last < as_of else ""
    return [{"value": f"{last.isoformat()}{passed}: notice of non-renewal ({notice}) before {which} ends on "
                      f"{end.isoformat()}", "date": last.isoformat(), "term_end": end.isoformat(),
             "as_of": as_of.isoformat(), "notice": notice, "business_days": bool(notice_item["length"].get("business")),
             "passed": last < as_of, "evidence": notice_item.get("evidence") or {}}]


def refresh(terms: dict, as_of: date) -> dict:
    """The key terms with their notice deadline computed again for another as-of day (a report
    from the audit cache was made on its own day)."""
    if terms and "notice_deadline" in terms:
        terms["notice_deadline"] = notice_deadline(terms, as_of)
    return terms


def key_dates_row(terms: dict) -> dict:
    """One contract's key dates as plain cells (key-dates.csv, the portfolio page): effective,
    expiry, renews automatically, renewal term, notice, last day to give notice, evidence (with
    the warning of a quote from a page OCR read poorly)."""
    from checker.findings import where

    def first(name):
        return next(iter(terms.get(name) or []), None) or {}

    parties = "; ".join(p.get("name", "") + (f" ({p['role']})" if p.get("role") else "") for p in terms.get("parties") or [])
    effective, expiry, renewal, due = first("effective_date"), first("expiry_date"), first("renewal"), first("notice_deadline")
    notice = next((i for i in terms.get("notice_periods") or [] if i.get("what") == "non-renewal"), {})
    renews = "" if not renewal else "yes" if renewal.get("automatic") else "no"
    evidence, quoted = [], set()
    for item in (expiry, renewal, notice):
        clause = item.get("evidence") or {}
        if clause.get("quote") and clause["quote"] not in quoted:
            quoted.add(clause["quote"])
            place = where({**clause, "document": None, "heading": None})  # the page and section, with a scan's warning
            evidence.append(f"{place}: {clause['quote']}" if place else clause["quote"])
    return {"party": parties, "effective": effective.get("date") or effective.get("value", ""),
            "expiry": expiry.get("date") or ("until terminated" if expiry.get("perpetual") else ""),
            "renews automatically": renews, "renewal term": length_text(renewal["length"]) if renewal.get("length") else
            "until terminated" if renewal.get("evergreen") else "",
            "notice": length_text(notice["length"]) if notice.get("length") else "",
            "last day to give notice": due.get("date", ""), "term ends": due.get("term_end", ""),
            "evidence": " | ".join(evidence)}
