"""What the NLP layer hands the engine, without spaCy (the engine and the rulebook load without
it): a tag, a typed, normalised span of contract text, traceable to its pattern; a stance, who
an operative verb binds or entitles and how (nlp/obligations.py)."""

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


MODALITIES = ("obligation", "right", "prohibition", "exemption")


@dataclass(frozen=True)
class Stance:
    start: int  # the modal phrase, offsets into the text
    end: int
    modality: str  # obligation | right | prohibition | exemption
    holder: str | None  # provider | customer | mutual | None (not named)
    holder_text: str  # the words that name the holder, "" when not named
    conditional: bool  # "if ...", "unless ...", "in the event ..." in its clause or after it in its sentence

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "modality": self.modality, "holder": self.holder,
                "holder_text": self.holder_text, "conditional": self.conditional}
