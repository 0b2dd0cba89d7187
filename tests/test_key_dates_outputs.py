"""key-dates.csv and key-dates.ics from `checker audit`, the deadlines on the portfolio page,
`--as-of`, and the computed dates in every review format. The .ics is read back with a strict
RFC 5545 reader of our own (not the library that wrote it). Every contract here is our own."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_audit import audit, pinned_tool, read_csv  # noqa: F401 (pinned_tool: autouse)

from checker.cli import main

RENEWING = """MANAGED SUPPORT AGREEMENT

This Managed Support Agreement is made on 31 January 2024 between Fenwick Data Ltd ("Provider") and Rowan Bakeries Ltd ("Customer").

1. Term
1.1 This Agreement is effective as of 31 January 2024 and continues for an initial term of one (1) month.
1.2 Thereafter this Agreement shall automatically renew for successive one (1) year periods unless either party gives at least thirty (30) days written notice of non-renewal before the end of the then current term.

2. Services
The Provider shall provide the managed support services, including a service desk; the Customer shall pay the fees.
"""

FIXED = """HOSTING AGREEMENT

This Hosting Agreement is made on 1 March 2025 between Quarry Cloud Ltd ("Supplier") and Tern Opticians Ltd ("Client").

1. Term
This Agreement shall commence on 1 March 2025 and shall expire on 28 February 2027, and either party may give ninety (90) days notice of non-renewal.
"""

SILENT = """SUPPORT LETTER

This letter is made between Osier Tech Ltd ("Provider") and Bramble Farms Ltd ("Customer"). The Provider shall provide support.
"""


# ------------------------------------------------------------------ a strict RFC 5545 reader of our own

def unfold(data: bytes) -> list[str]:
    """Content lines: every line ends CRLF, none longer than 75 octets; a line starting with a space
    or tab continues the one before (RFC 5545 3.1)."""
    assert data.endswith(b"\r\n")
    raw = data[:-2].split(b"\r\n")
    for line in raw:
        assert len(line) <= 75, line
        assert b"\n" not in line and b"\r" not in line
    lines: list[bytes] = []
    for line in raw:
        if line[:1] in (b" ", b"\t"):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return [line.decode("utf-8") for line in lines]


_LINE = re.compile(r"^(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[A-Za-z0-9-]+=(?:\"[^\"]*\"|[^\";:,]*)(?:,(?:\"[^\"]*\"|[^\";:,]*))*)*):(?P<value>.*)$")


def unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def parse_ics(data: bytes) -> dict:
    """{'calendar': {name: value}, 'events': [{name: (params, value)}]}; BEGIN/END nested and matched."""
    stack, calendar, events = [], {}, []
    for line in unfold(data):
        match = _LINE.match(line)
        assert match, line
        name, params, value = match.group("name").upper(), match.group("params"), match.group("value")
        if name == "BEGIN":
            stack.append(value)
            if value == "VEVENT":
                events.append({})
            continue
        if name == "END":
            assert stack and stack.pop() == value, line
            continue
        if stack == ["VCALENDAR"]:
            calendar[name] = value
        elif stack == ["VCALENDAR", "VEVENT"]:
            assert name not in events[-1] or name in ("CATEGORIES",), f"{name} twice"
            events[-1][name] = (params, value)
    assert stack == []
    return {"calendar": calendar, "events": events}


# ------------------------------------------------------------------ the audit


@pytest.fixture(scope="module")
def audited(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("contracts")
    (folder / "renewing.txt").write_text(RENEWING, encoding="utf-8")
    (folder / "fixed.txt").write_text(FIXED, encoding="utf-8")
    (folder / "silent.txt").write_text(SILENT, encoding="utf-8")
    out = folder.parent / (folder.name + "-out")
    result = audit(folder, "-o", out, "--fail-on", "never", "--jobs", "1", "--as-of", "2024-06-01")
    assert result.exit_code == 0, result.output
    return out


def test_key_dates_csv_has_one_row_per_contract(audited):
    rows = {Path(r["contract"]).name: r for r in read_csv(audited / "key-dates.csv")}
    assert list(next(iter(rows.values()))) == ["contract", "party", "effective", "expiry", "renews automatically",
                                               "renewal term", "notice", "last day to give notice", "evidence"]
    renewing = rows["renewing.txt"]
    assert renewing["party"] == "Fenwick Data Ltd (provider); Rowan Bakeries Ltd (customer)"
    # effective 31 Jan 2024 + 1 month = 29 Feb 2024 (leap year); renewed to 28 Feb 2025 on the as-of day
    assert (renewing["effective"], renewing["expiry"], renewing["renews automatically"], renewing["renewal term"],
            renewing["notice"], renewing["last day to give notice"]) == (
        "2024-01-31", "2024-02-29", "yes", "1 year", "30 days", "2025-01-29")
    assert "shall automatically renew" in renewing["evidence"]
    fixed = rows["fixed.txt"]
    assert (fixed["expiry"], fixed["renews automatically"], fixed["last day to give notice"]) == (
        "2027-02-28", "", "2026-11-30")
    assert rows["silent.txt"]["last day to give notice"] == ""


def test_key_dates_ics_is_valid_icalendar_with_one_event_per_deadline(audited):
    data = (audited / "key-dates.ics").read_bytes()
    parsed = parse_ics(data)
    assert parsed["calendar"]["VERSION"] == "2.0" and parsed["calendar"]["PRODID"]
    events = {unescape(e["SUMMARY"][1]).rsplit(": ", 1)[1]: e for e in parsed["events"]}
    assert set(events) == {"renewing.txt", "fixed.txt"}  # the contract without dates has no event
    renewing = events["renewing.txt"]
    assert renewing["DTSTART"] == (";VALUE=DATE", "20250129")
    assert renewing["DTEND"] == (";VALUE=DATE", "20250130")
    assert re.fullmatch(r"\d{8}T\d{6}Z", renewing["DTSTAMP"][1]) and renewing["UID"][1].endswith("@checker")
    description = unescape(renewing["DESCRIPTION"][1])
    assert "renewing.txt" in description and "Fenwick Data Ltd" in description
    assert "shall automatically renew for successive one (1) year periods" in description  # the clause
    assert events["fixed.txt"]["DTSTART"][1] == "20261130"
    assert len({e["UID"][1] for e in parsed["events"]}) == 2


def test_the_portfolio_page_lists_the_deadlines_of_the_next_12_months(audited):
    page = (audited / "portfolio.html").read_text(encoding="utf-8")
    deadlines = page.split('id="deadlines"')[1].split("</table>")[0]
    assert "Notice deadlines from 2024-06-01 to 2025-06-01" in deadlines
    assert "2025-01-29" in deadlines and "renewing.txt" in deadlines
    assert "fixed.txt" not in deadlines  # 30 November 2026: more than 12 months away


def test_as_of_moves_the_deadline_and_a_bad_date_is_one_line(tmp_path, audited):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "renewing.txt").write_text(RENEWING, encoding="utf-8")
    out = tmp_path / "out"
    assert audit(folder, "-o", out, "--fail-on", "never", "--jobs", "1", "--as-of", "2025-02-01").exit_code == 0
    assert read_csv(out / "key-dates.csv")[0]["last day to give notice"] == "2026-01-29"
    # a re-run answered from the cache still counts from its own as-of day, in every output
    assert audit(folder, "-o", out, "--fail-on", "never", "--jobs", "1", "--as-of", "2026-02-01").exit_code == 0
    assert read_csv(out / "key-dates.csv")[0]["last day to give notice"] == "2027-01-29"
    report = json.loads((out / "findings.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert report["key_terms"]["notice_deadline"][0]["date"] == "2027-01-29"
    bad = audit(folder, "-o", out, "--as-of", "31/01/2026")
    assert bad.exit_code == 2 and bad.output.strip().count("\n") == 0 and "--as-of" in bad.output
    assert "Traceback" not in bad.output


def test_only_key_dates_when_asked(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "fixed.txt").write_text(FIXED, encoding="utf-8")
    out = tmp_path / "out"
    assert audit(folder, "-o", out, "--fail-on", "never", "--jobs", "1", "--format", "keydates").exit_code == 0
    assert {p.name for p in out.iterdir() if not p.name.startswith("audit-cache")} == {
        "key-dates.csv", "key-dates.ics", "errors.csv"}


# ------------------------------------------------------------------ review


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "html"])
def test_review_shows_the_computed_dates_in_every_format(tmp_path, fmt):
    contract = tmp_path / "renewing.txt"
    contract.write_text(RENEWING, encoding="utf-8")
    result = CliRunner().invoke(main, ["review", str(contract), "--format", fmt, "--fail-on", "never",
                                       "--as-of", "2024-06-01"])
    assert result.exit_code == 0, result.output
    for shown in ("Expiry date", "Last day to give notice", "2024-02-29", "2025-01-29"):
        if fmt == "json" and not shown[0].isdigit():
            continue
        assert shown in result.output, (fmt, shown)
    if fmt == "json":
        terms = json.loads(result.output)["key_terms"]
        assert terms["notice_deadline"][0]["as_of"] == "2024-06-01"
        assert terms["expiry_date"][0]["computed"] is True


def test_review_as_of_a_bad_date_is_one_line(tmp_path):
    contract = tmp_path / "fixed.txt"
    contract.write_text(FIXED, encoding="utf-8")
    result = CliRunner().invoke(main, ["review", str(contract), "--as-of", "2026-02-30"])
    assert result.exit_code == 2 and result.output.strip().count("\n") == 0 and "--as-of" in result.output
