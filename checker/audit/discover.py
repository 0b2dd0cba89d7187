"""Which files an audit reads: contracts found recursively, each file (or, with
``--by-folder``, each immediate subfolder) one contract; every other file listed as skipped
with the reason. Hidden files and folders (a leading dot) and the output folder are ignored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from checker.errors import CheckerError
from checker.ingest import IMAGES, SUPPORTED, ocr_mode
from checker.paths import shown

READS = ".pdf, .docx, .txt and .md, and scans as .png, .jpg, .tif"


@dataclass(frozen=True)
class Unit:
    """One contract to audit: a file, or a folder of documents reviewed as one package."""

    path: str  # as shown in every output (see checker/paths.py)
    files: tuple[str, ...]  # as opened
    size: int  # bytes, to start the biggest first


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def skip_reason(path: Path) -> str | None:
    """Why a file is not a contract checker reads, or None when it is one."""
    suffix = path.suffix.lower()
    if path.name.startswith("~$"):
        return "an Office lock file (the document is open in Word), not a contract"
    if suffix == ".doc":
        return "old binary Word format (.doc) is not supported; save it as .docx"
    if suffix not in SUPPORTED:
        return f"unsupported file type '{suffix or '(none)'}'; checker reads {READS}"
    if suffix in IMAGES:  # a scan when OCR can read it; else an image, as a folder of contracts has
        if ocr_mode() == "never":
            return "an image: scans are read only with OCR, which --ocr never turns off"
        if not _ocr_installed():
            return "an image: to read scans install the OCR extra: pip install 'checker[ocr]'"
    return None


def _ocr_installed() -> bool:
    from checker.ingest.ocr import installed

    return installed()


def discover(roots: list[Path], by_folder: bool = False, exclude: Path | None = None) -> tuple[list[Unit], list[Skipped]]:
    """The contracts under ``roots`` (folders, or single files) and the files skipped."""
    units: list[Unit] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    excluded = exclude.resolve() if exclude is not None else None

    def fresh(path: Path) -> bool:
        real = path.resolve()
        if real in seen:
            return False
        seen.add(real)
        return True

    def accepted(path: Path) -> bool:
        """A contract file not met before; a file checker does not read is listed as skipped."""
        if not fresh(path):
            return False
        reason = skip_reason(path)
        if reason:
            skipped.append(Skipped(shown(path), reason))
        return not reason

    def add_file(path: Path):
        if accepted(path):
            units.append(Unit(shown(path), (str(path),), _size(path)))

    for root in roots:
        if not root.exists():
            raise CheckerError(f"{root}: no such file or folder")
        if root.is_file():
            add_file(root)
            continue
        if not by_folder:
            for path in _walk(root, excluded, skipped):
                add_file(path)
            continue
        for entry in _entries(root, excluded):
            if entry.is_file():
                add_file(entry)
                continue
            files = [path for path in _walk(entry, excluded, skipped) if accepted(path)]
            if files:
                units.append(Unit(shown(entry), tuple(str(p) for p in files), sum(_size(p) for p in files)))
            else:
                skipped.append(Skipped(shown(entry), f"no contract files ({READS}) in this folder"))
    return units, skipped


def _entries(folder: Path, excluded: Path | None) -> list[Path]:
    """The visible files and folders directly in ``folder``, sorted, the output folder left out."""
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        raise CheckerError(f"{folder}: cannot list the folder ({error.strerror})") from None
    entries = []
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        if excluded is not None and path.is_dir() and path.resolve() == excluded:
            continue
        if path.is_file() or path.is_dir():
            entries.append(path)
    return entries


def _walk(folder: Path, excluded: Path | None, skipped: list[Skipped], visited: set[Path] | None = None):
    """Every visible file under ``folder``, depth first, in name order (a symlinked folder
    that loops back is read once; a subfolder that cannot be listed is skipped, with why)."""
    top = visited is None
    visited = set() if visited is None else visited
    real = folder.resolve()
    if real in visited:
        return
    visited.add(real)
    try:
        entries = _entries(folder, excluded)
    except CheckerError as error:
        if top:
            raise
        skipped.append(Skipped(shown(folder), str(error).split(": ", 1)[-1]))
        return
    for entry in entries:
        if entry.is_dir():
            yield from _walk(entry, excluded, skipped, visited)
        else:
            yield entry


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
