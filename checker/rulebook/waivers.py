"""Waivers: a known gap accepted, for a rule on a named contract, with a reason and maybe an expiry.

A waived finding stays in the report, marked with its reason, and no longer fails
`--fail-on`: hiding it would make the report read "compliant". An expired waiver no longer
applies, and the report says so. A waiver for a package applies when any of its
documents matches `contract` (a file-name glob, a path glob, or a sha256).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path, PurePath

from checker.errors import RulebookError
from checker.rulebook.located_yaml import LocatedDict, LocatedList, Mark, Problems, read_located

SCHEMA = "checker.waivers/1"
KEYS = ("rule", "contract", "reason", "expires")
_SHA256 = re.compile(r"^(?:sha256:)?([0-9a-fA-F]{64})$")


@dataclass(frozen=True)
class Waiver:
    rule: str  # a rule id or a glob on ids
    contract: str  # a file-name or path glob, or a sha256 (optionally 'sha256:...')
    reason: str
    expires: dt.date | None
    source: str  # file:line, so a reader can find and revisit it

    def covers(self, rule_id: str) -> bool:
        return fnmatch.fnmatchcase(rule_id, self.rule)

    def names(self, documents) -> bool:
        digest = _SHA256.match(self.contract)
        if digest:
            return any(d.sha256.lower() == digest.group(1).lower() for d in documents)
        return any(fnmatch.fnmatchcase(PurePath(d.path).name, self.contract)
                   or fnmatch.fnmatchcase(PurePath(d.path).as_posix(), self.contract) for d in documents)

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and today > self.expires  # valid through its expiry day

    def as_dict(self) -> dict:
        return {"reason": self.reason, "expires": self.expires.isoformat() if self.expires else None,
                "source": self.source}


def parse_waivers(entries: list[tuple[object, Mark]], rule_ids: list[str] | None, problems: Problems) -> list[Waiver]:
    """Validate waiver entries (each with its mark); every problem is reported, none skipped."""
    return [waiver for entry, mark in entries if (waiver := _waiver(entry, mark, rule_ids, problems)) is not None]


def _waiver(entry, mark: Mark, rule_ids: list[str] | None, problems: Problems) -> Waiver | None:
    if not isinstance(entry, LocatedDict):
        problems.at(mark, None, "a waiver is a mapping with 'rule', 'contract', 'reason' and optionally 'expires'")
        return None
    rule = entry.get("rule")
    label = f"waiver {rule}" if isinstance(rule, str) and rule else "waiver"
    before = len(problems)
    for key in entry:
        if key not in KEYS:
            problems.at(entry.key_where(key), label, f"unknown key '{key}' in a waiver; valid keys: {', '.join(KEYS)}")
    for key in ("rule", "contract", "reason"):
        if key not in entry:
            why = ": why this gap is accepted" if key == "reason" else ""
            problems.at(mark, label, f"a waiver needs '{key}'{why}")
        elif not isinstance(entry[key], str) or not entry[key].strip():
            problems.on(entry, key, label, f"'{key}' must be a non-empty string")
    named = isinstance(rule, str) and rule.strip()
    if named and rule_ids is not None and not any(fnmatch.fnmatchcase(i, rule) for i in rule_ids):
        problems.on(entry, "rule", label,
                    f"{rule!r} matches no rule in the rulebook (a rule id or a glob such as 'SLA-*')")
    contract = entry.get("contract")
    if isinstance(contract, str) and contract.strip() and not _SHA256.match(contract) and _looks_like_hash(contract):
        problems.on(entry, "contract", label, "a sha256 is 64 hexadecimal digits (optionally 'sha256:' before them)")
    expires = _date(entry.get("expires"))
    if "expires" in entry and expires is None:
        problems.on(entry, "expires", label, f"'expires' must be a date as YYYY-MM-DD, got {entry['expires']!r}")
    if len(problems) > before:
        return None
    return Waiver(rule=rule, contract=contract, reason=" ".join(entry["reason"].split()), expires=expires,
                  source=f"{mark.file}:{mark.line}")


def _looks_like_hash(text: str) -> bool:
    return text.startswith("sha256:") or bool(re.fullmatch(r"[0-9a-fA-F]{40,}", text))


def _date(value) -> dt.date | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None


def load_waivers(path: str | Path, rule_ids: list[str] | None) -> list[Waiver]:
    """A waiver file: `waivers:` (a list), optionally `schema: checker.waivers/1`. Each
    waiver's rule must match one of `rule_ids` (None: not checked, the rulebook is broken)."""
    path = Path(path)
    data = read_located(path, "waiver")
    problems = Problems()
    if not isinstance(data, LocatedDict) or not isinstance(data.get("waivers"), LocatedList):
        where = data.where("waivers") if isinstance(data, LocatedDict) else Mark(str(path), 1, 1)
        raise RulebookError(where.file, where.line, where.col, None,
                            "a waiver file is a mapping with 'waivers': a list of waivers")
    for key in data:
        if key not in ("schema", "waivers"):
            problems.at(data.key_where(key), None, f"unknown key '{key}'; valid keys: schema, waivers")
    if "schema" in data and data["schema"] != SCHEMA:
        problems.on(data, "schema", None, f"unknown schema {data['schema']!r}; valid: {SCHEMA}")
    entries = data["waivers"]
    waivers = parse_waivers(list(zip(entries, entries.marks)), rule_ids, problems)
    problems.raise_if_any()
    return waivers


def apply_waivers(report, waivers: list[Waiver], today: dt.date | None = None) -> None:
    """Mark the report's gaps that a live waiver covers; record what each waiver for this
    contract did (applied, expired, or not needed any more) in `report.waivers`."""
    today = today or dt.date.today()
    mine = [w for w in waivers if w.names(report.documents)]
    outcome: dict[Waiver, list[str]] = {w: [] for w in mine}
    for finding in report.findings:
        if not finding.is_gap:
            continue
        for waiver in (w for w in mine if w.covers(finding.rule)):
            outcome[waiver].append(finding.rule)
            if finding.waived is None and not waiver.expired(today):
                finding.waived = waiver.as_dict()
    report.waivers = [
        {"rule": w.rule, "contract": w.contract, **w.as_dict(),
         "status": "expired" if w.expired(today) else ("applied" if rules else "unused"), "findings": rules}
        for w, rules in outcome.items()
    ]
