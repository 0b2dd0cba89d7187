"""Renderers: one module per format, each `render(report, color=False) -> str`; only the one
asked for is imported."""

from __future__ import annotations

import importlib

RENDERERS = {"text": "text", "json": "json_report", "markdown": "markdown", "html": "html"}  # format: module


def render(report, fmt: str, color: bool = False, gaps_only: bool = False) -> str:
    """The report in a format; `gaps_only`: the terminal report lists only the findings to act
    on (weak, missing, error), its summary line still counts them all."""
    renderer = importlib.import_module(f"checker.report.{RENDERERS[fmt]}")
    if gaps_only and fmt == "text":
        return renderer.render(report, color=color, gaps_only=True)
    return renderer.render(report, color=color)
