"""key-dates.csv and key-dates.ics: each contract's key dates, and a calendar of the last days to
give notice of non-renewal.

key-dates.csv: one row per contract read (contract, party, effective, expiry, renews automatically,
renewal term, notice, last day to give notice, evidence), in path order. Cells are plain text.

key-dates.ics: an iCalendar file (RFC 5545) with one all-day event per notice deadline, named after
the contract, the description holding the contract's path, its parties, the term the notice ends,
the notice period and the clause (page, section, quote); a reminder two weeks before. Written with
the `icalendar` library: RFC 5545 escaping, line folding at 75 octets and CRLF line ends are easy to
get subtly wrong by hand, and calendar apps reject a file that does.

Both are written at the end of the audit, from the rows kept as each contract arrives (a few
strings per contract).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from checker.audit.outcome import OK
from checker.audit.outputs import replace_atomically
from checker.audit.outputs.csv_file import write_csv
from checker.keydates import key_dates_row, parse_iso

COLUMNS = ["contract", "party", "effective", "expiry", "renews automatically", "renewal term", "notice",
           "last day to give notice", "evidence"]


class KeyDates:
    FILE_NAME = "key-dates.csv"
    FILE_NAMES = (FILE_NAME, "key-dates.ics")

    def __init__(self, outdir: Path, elements: list[str], info: dict):
        self.path = outdir / self.FILE_NAME
        self.ics_path = outdir / self.FILE_NAMES[1]
        self.as_of: date = info.get("as_of") or date.today()
        self.rows: dict[str, dict] = {}

    def add(self, outcome, row: dict):
        if outcome.status == OK and outcome.report:
            self.rows[outcome.path] = {"contract": outcome.path, **key_dates_row(outcome.report.get("key_terms") or {})}

    def finish(self, rows: list[dict], complete: bool):
        kept = [self.rows[r["path"]] for r in rows if r["path"] in self.rows]
        replace_atomically(self.path, lambda temporary: write_csv(temporary, COLUMNS, kept))
        replace_atomically(self.ics_path, lambda temporary: temporary.write_bytes(calendar(kept, self.as_of)))


def calendar(rows: list[dict], as_of: date) -> bytes:
    """The iCalendar file of the rows' notice deadlines."""
    from icalendar import Alarm, Calendar, Event

    cal = _component(Calendar, ("prodid", "-//checker//key dates//EN"), ("version", "2.0"), ("calscale", "GREGORIAN"),
                     ("x-wr-calname", "Contract notice deadlines"))
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    for row in rows:
        day = parse_iso(row.get("last day to give notice"))
        if day is None:
            continue
        name = Path(row["contract"]).name
        uid = hashlib.sha256(f"{row['contract']}|{day.isoformat()}".encode("utf-8", "surrogatepass")).hexdigest()[:32]
        lines = [f"Contract: {row['contract']}"]
        if row.get("party"):
            lines.append(f"Parties: {row['party']}")
        lines.append(f"Notice: {row.get('notice') or 'not stated'} before the term ends on {row.get('term ends') or row.get('expiry')}")
        if row.get("renews automatically") == "yes":
            lines.append(f"Renews automatically for {row.get('renewal term') or 'a further term'} unless notice is given.")
        if row.get("evidence"):
            lines.append(f"Clause: {row['evidence']}")
        lines.append(f"Computed by checker as of {as_of.isoformat()}.")
        event = _component(Event, ("uid", f"{uid}@checker"), ("dtstamp", stamp), ("dtstart", day),
                           ("dtend", day + timedelta(days=1)),
                           ("summary", f"Last day to give notice of non-renewal: {name}"),
                           ("description", "\n".join(lines)), ("categories", ["contract", "notice deadline"]),
                           ("transp", "TRANSPARENT"))
        event.add_component(_component(Alarm, ("action", "DISPLAY"),
                                       ("description", f"Notice of non-renewal due in two weeks: {name}"),
                                       ("trigger", timedelta(days=-14))))
        cal.add_component(event)
    return cal.to_ical()


def _component(kind, *properties):
    """An iCalendar component (calendar, event, alarm) with its properties, in order."""
    component = kind()
    for name, value in properties:
        component.add(name, value)
    return component
