"""A tag: a typed, normalised span of contract text, traceable to its pattern."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Tag:
    label: str  # DURATION, PERCENT, MONEY, REGULATION, PRIORITY, ...
    start: int  # offsets into Document.text
    end: int
    text: str
    pattern: str  # the id of the pattern that made it
    value: dict = field(default_factory=dict, hash=False, compare=False)

    def as_fact(self) -> dict:
        return {"type": self.label.lower(), "text": self.text, "start": self.start, "end": self.end,
                "pattern": self.pattern, **self.value}
