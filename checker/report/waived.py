"""How every human-readable report words a waiver: the waived gap and the waivers that no
longer apply (expired) or are no longer needed (the gap is closed)."""

from __future__ import annotations


def note(waived: dict) -> str:
    until = f" until {waived['expires']}" if waived.get("expires") else ""
    return f"Waived{until}: {waived['reason']} [{waived['source']}]"


def status_notes(report) -> list[str]:
    notes = []
    for waiver in getattr(report, "waivers", []):
        if waiver["status"] == "expired":
            verb = "counts" if len(waiver["findings"]) == 1 else "count"
            covered = f": {', '.join(waiver['findings'])} {verb} again" if waiver["findings"] else ""
            notes.append(f"Waiver for {waiver['rule']} expired on {waiver['expires']} [{waiver['source']}]{covered}.")
        elif waiver["status"] == "unused":
            notes.append(f"Waiver for {waiver['rule']} [{waiver['source']}] covers no gap any more: it can be removed.")
    return notes


def count(report) -> int:
    return sum(1 for f in report.findings if f.waived)
