"""Renderers: one module per format, each `render(report, color=False) -> str`."""

from __future__ import annotations

from checker.report import html, json_report, markdown, text

RENDERERS = {"text": text.render, "json": json_report.render, "markdown": markdown.render, "html": html.render}


def render(report, fmt: str, color: bool = False) -> str:
    return RENDERERS[fmt](report, color=color)
