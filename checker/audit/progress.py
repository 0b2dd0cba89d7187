"""Progress on stderr: a bar with counts and ETA on a terminal, one plain line per contract
otherwise (logs, CI, pipes)."""

from __future__ import annotations

import sys

import click

from checker.audit.outcome import ERROR, OK
from checker.words import count


class Progress:
    def __init__(self, total: int, tty: bool | None = None):
        self.total = total
        self.tty = sys.stderr.isatty() if tty is None else tty
        self.done = 0
        self.counts = {OK: 0, ERROR: 0}
        self.bar = None

    def __enter__(self):
        if self.tty:
            self.bar = click.progressbar(length=self.total, label=self._label(), show_pos=True, show_eta=True,
                                         item_show_func=lambda outcome: _short(outcome.path) if outcome else None,
                                         file=sys.stderr, width=24)
            self.bar.__enter__()
        return self

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False

    def advance(self, outcome):
        self.done += 1
        if outcome.status in self.counts:
            self.counts[outcome.status] += 1
        if self.bar is not None:
            self.bar.label = self._label()
            self.bar.update(1, outcome)
            return
        note = f": {outcome.reason}" if outcome.reason else ""
        origin = " (cached)" if outcome.cached else f" ({outcome.seconds:.1f} s)" if outcome.status != "skipped" else ""
        click.echo(f"[{self.done}/{self.total}] {outcome.status:<7} {outcome.path}{origin}{note}", err=True)

    def _label(self) -> str:
        return f"auditing ({self.counts[OK]} ok, {count(self.counts[ERROR], 'error')})"


def _short(path: str, width: int = 40) -> str:
    return path if len(path) <= width else "\u2026" + path[-(width - 1):]
