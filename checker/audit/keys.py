"""Cache keys: what a result depends on. The bytes of each file (sha256), the rulebook
(its sha256) and the tool: its version, the source of every module that shapes a finding,
and the versions of the libraries that extract text. Paths are not in the key: a renamed or
moved contract is the same contract (unless the rulebook has waivers, see waiver_context)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from importlib import metadata
from pathlib import Path

from checker import __version__

# Modules that do not change a finding: editing them must not invalidate the cache.
_PRESENTATION = ("audit", "commands", "report", "cli.py", "__main__.py")
_EXTRACTION_LIBRARIES = ("spacy", "pypdfium2", "pdfplumber", "python-docx")


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def tool_fingerprint() -> str:
    """Read afresh on each audit (a few milliseconds): a long-lived process sees code edits."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256(__version__.encode())
    for source in sorted(package.rglob("*.py")):
        relative = source.relative_to(package)
        if relative.parts[0] in _PRESENTATION:
            continue
        digest.update(str(relative.as_posix()).encode())
        digest.update(source.read_bytes())
    for library in _EXTRACTION_LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}=none".encode())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def waiver_context(rulebook, files: tuple[str, ...]) -> list:
    """What else a finding depends on when the rulebook has waivers: they name contracts by
    path glob and they expire, so the paths and today's date join the key."""
    waivers = getattr(rulebook, "waivers", None)
    if not waivers:
        return []
    return [list(files), dt.date.today().isoformat()]


def unit_key(tool: str, file_hashes: list[str], rulebook_sha256: str, context: list | None = None) -> str:
    material = json.dumps([tool, rulebook_sha256, file_hashes, context or []])
    return hashlib.sha256(material.encode()).hexdigest()
