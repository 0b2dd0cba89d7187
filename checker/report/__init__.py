"""Renderers: one module per format, each `render(report, color=False) -> str`."""

from __future__ import annotations

from checker.report import html, json_report, markdown, text

RENDERERS = {"text": text.render, "json": json_report.render, "markdown": markdown.render, "html": html.render}


def render(report, fmt: str, color: bool = False, gaps_only: bool = False) -> str:
    """The report in a format; `gaps_only`: the terminal report lists only the findings to act
    on (weak, missing, error), its summary line still counts them all."""
    if gaps_only and fmt == "text":
        return text.render(report, color=color, gaps_only=True)
    return RENDERERS[fmt](report, color=color)
