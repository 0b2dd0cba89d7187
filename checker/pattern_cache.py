"""What `matching.py` reads from a pattern's source, kept on disk between runs.

Loading the shipped rulebook builds some 900 patterns: each rewritten for RE2, compiled by it
(to refuse what it cannot run) and read by `prefilter.py` (the words every match holds). That
is most of a rulebook's load, the same every run. A pattern found here was compiled by RE2
before, so it is compiled only when a contract may hold a match, and its reading is taken as
it was written.

One JSON file in the user's cache folder (`CHECKER_CACHE_DIR`, else `$XDG_CACHE_HOME/checker`,
else `~/.cache/checker`; `CHECKER_CACHE_DIR=off`: none), named by a hash of the code that
reads patterns (matching.py, prefilter.py), RE2's version and Python's: new code never reads
an old file. A file that cannot be read, or holds anything but well-formed entries, is
ignored whole; one that cannot be written is left as it is.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

_MOST = 20_000  # entries kept: past that, only this run's
_entries: dict[str, list] | None = None  # key -> [engine source, needs, leads, between dots]
_new: dict[str, list] = {}  # entries made in this process, not yet written


def folder() -> Path | None:
    chosen = os.environ.get("CHECKER_CACHE_DIR")
    if chosen:
        return None if chosen == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or (Path.home() / ".cache" if "HOME" in os.environ else None)
    return Path(base) / "checker" if base else None


def _file() -> Path | None:
    where = folder()
    if where is None:
        return None
    import re2

    code = hashlib.sha256()
    for name in ("matching.py", "prefilter.py", "single_byte.py"):
        code.update((Path(__file__).parent / name).read_bytes())
    code.update(f"{getattr(re2, '__version__', '')} {sys.version}".encode())
    return where / f"patterns-{code.hexdigest()[:16]}.json"


def key(*arguments) -> str:
    return json.dumps(arguments)


def get(entry_key: str) -> list | None:
    """[engine source, needs, leads, between dots] of a pattern, or None."""
    global _entries
    if _entries is None:
        _entries = _read()
    return _entries.get(entry_key)


def put(entry_key: str, entry: list) -> None:
    """Record a pattern RE2 compiled and prefilter.py read (written by `save`)."""
    get(entry_key)
    _entries[entry_key] = _new[entry_key] = entry


def save() -> None:
    """Write the entries made in this process, if any, beside those on disk."""
    if not _new:
        return
    try:
        path = _file()
        if path is None:
            return
        import tempfile  # only when it writes

        entries = {**_read(), **_new} if len(_entries) + len(_new) <= _MOST else dict(_new)
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, prefix=".patterns-", delete=False) as out:
            json.dump(entries, out)
        os.replace(out.name, path)  # whole or not at all, whoever reads it
        _new.clear()
    except OSError:
        pass


def _read() -> dict[str, list]:
    try:
        path = _file()
        if path is None:
            return {}
        entries = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(entries, dict) or not all(_well_formed(v) for v in entries.values()):
        return {}
    for entry in entries.values():
        entry[1] = tuple(tuple((word, start) for word, start in clause) for clause in entry[1])
        entry[2] = None if entry[2] is None else tuple(entry[2])
        entry[4] = None if entry[4] is None else tuple(map(tuple, entry[4]))
    return entries


def _well_formed(entry) -> bool:
    return (isinstance(entry, list) and len(entry) == 5 and isinstance(entry[0], str)
            and isinstance(entry[1], list)
            and all(isinstance(clause, list) and all(isinstance(w, list) and len(w) == 2 and isinstance(w[0], str)
                                                     and isinstance(w[1], bool) for w in clause)
                    for clause in entry[1])
            and (entry[2] is None or isinstance(entry[2], list) and all(isinstance(w, str) for w in entry[2]))
            and isinstance(entry[3], bool)
            and (entry[4] is None or isinstance(entry[4], list) and all(
                isinstance(parts, list) and all(isinstance(part, str) for part in parts) for parts in entry[4])))
