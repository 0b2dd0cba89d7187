"""The JSON report (schema checker.report/1): the contract for every other tool."""

from __future__ import annotations

import json


def render(report, color: bool = False) -> str:
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"
