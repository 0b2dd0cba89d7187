"""Renderers: one module per format, each `render(report, color=False) -> str`; the JSON report
(schema checker.report/1, the contract for every other tool) is the report's `as_dict()` as JSON."""

from __future__ import annotations

import json

from checker.report import html, markdown, text


def render_json(report, color: bool = False) -> str:
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"


RENDERERS = {"text": text.render, "json": render_json, "markdown": markdown.render, "html": html.render}


def render(report, fmt: str, color: bool = False, gaps_only: bool = False) -> str:
    """The report in a format; `gaps_only`: the terminal report lists only the findings to act
    on (weak, missing, error), its summary line still counts them all."""
    if gaps_only and fmt == "text":
        return text.render(report, color=color, gaps_only=True)
    return RENDERERS[fmt](report, color=color)
