"""Which files an audit reads: contracts found recursively, each file (or, with
``--by-folder``, each immediate subfolder) one contract; every other entry listed with the
reason: skipped when it is not a contract (an image, a named pipe, a device), an error when
it is a contract checker cannot read (an old Word .doc; a link to a contract that loops or
leads nowhere): it counts, and fails the audit, like any contract that could not be read.
Hidden files and folders (a leading dot) and the output folder are ignored. Nothing here
opens a file: a named pipe is listed, never read (reading one waits for ever).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from checker.audit.outcome import ERROR, SKIPPED
from checker.errors import CheckerError
from checker.files import FileProblem, check_regular, real
from checker.ingest import IMAGES, OLD_WORD, SUPPORTED, ocr_mode
from checker.paths import shown

READS = ".pdf, .docx, .txt, .md and .mdx, and scans as .png, .jpg, .tif"


@dataclass(frozen=True)
class Unit:
    """One contract to audit: a file, or a folder of documents reviewed as one package."""

    path: str  # as shown in every output (see checker/paths.py)
    files: tuple[str, ...]  # as opened
    size: int  # bytes, to start the biggest first


@dataclass(frozen=True)
class Skipped:
    """A file not audited, and why: ``status`` skipped (not a contract) or error (a contract
    that cannot be read: it counts as one, and fails the audit like any unreadable contract)."""

    path: str
    reason: str
    status: str = SKIPPED


def refusal(path: Path) -> Skipped | None:
    """Why a file is not a contract checker reads (skipped) or is one it cannot read (an
    error), or None when it is a contract to review."""
    suffix = path.suffix.lower()
    if path.name.startswith("~$"):
        return Skipped(shown(path), "an Office lock file (the document is open in Word), not a contract")
    try:
        check_regular(path)
    except FileProblem as problem:
        if problem.folder:  # a folder that appeared since it was listed
            return Skipped(shown(path), "is a folder")
        broken = problem.missing or "loops" in str(problem)
        return Skipped(shown(path), str(problem), ERROR if broken and suffix in SUPPORTED else SKIPPED)
    if suffix == ".doc":  # a contract nobody can audit as it is: an error, not a file to ignore
        return Skipped(shown(path), OLD_WORD, ERROR)
    if suffix not in SUPPORTED:
        return Skipped(shown(path), f"unsupported file type '{suffix or '(none)'}'; checker reads {READS}")
    if suffix in IMAGES:  # a scan when OCR can read it; else an image, as a folder of contracts has
        if ocr_mode() == "never":
            return Skipped(shown(path), "an image: scans are read only with OCR, which --ocr never turns off")
        if not _ocr_installed():
            return Skipped(shown(path), "an image: to read scans install the OCR extra: pip install 'checker[ocr]'")
    return None


def _ocr_installed() -> bool:
    from checker.ingest.ocr import installed

    return installed()


def discover(roots: list[Path], by_folder: bool = False, exclude: Path | None = None) -> tuple[list[Unit], list[Skipped]]:
    """The contracts under ``roots`` (folders, or single files) and the files skipped."""
    units: list[Unit] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    excluded = real(exclude) if exclude is not None else None

    def fresh(path: Path) -> bool:
        target = real(path)
        if target in seen:
            return False
        seen.add(target)
        return True

    def accepted(path: Path) -> bool:
        """A contract file not met before; any other is listed, with why."""
        if not fresh(path):
            return False
        refused = refusal(path)
        if refused:
            skipped.append(refused)
        return not refused

    def add_file(path: Path):
        if accepted(path):
            units.append(Unit(shown(path), (str(path),), _size(path)))

    for root in roots:
        if not root.exists():
            raise CheckerError(f"{root}: no such file or folder")
        if not root.is_dir():
            add_file(root)
            continue
        if not by_folder:
            for path in _walk(root, excluded, skipped):
                add_file(path)
            continue
        for entry in _entries(root, excluded):
            if not entry.is_dir():
                add_file(entry)
                continue
            files = [path for path in _walk(entry, excluded, skipped) if accepted(path)]
            if files:
                units.append(Unit(shown(entry), tuple(str(p) for p in files), sum(_size(p) for p in files)))
            else:
                skipped.append(Skipped(shown(entry), f"no contract files ({READS}) in this folder"))
    return units, skipped


def _entries(folder: Path, excluded: Path | None) -> list[Path]:
    """The visible entries directly in ``folder`` (files, folders, pipes, links that lead
    nowhere: each gets its row), sorted, the output folder left out."""
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        raise CheckerError(f"{folder}: cannot list the folder ({error.strerror})") from None
    entries = []
    for name in names:
        if name.startswith("."):
            continue
        path = folder / name
        if excluded is not None and path.is_dir() and real(path) == excluded:
            continue
        entries.append(path)
    return entries


def _walk(folder: Path, excluded: Path | None, skipped: list[Skipped], visited: set[Path] | None = None):
    """Every visible file under ``folder``, depth first, in name order (a symlinked folder
    that loops back is read once; a subfolder that cannot be listed is skipped, with why)."""
    top = visited is None
    visited = set() if visited is None else visited
    target = real(folder)
    if target in visited:
        return
    visited.add(target)
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
