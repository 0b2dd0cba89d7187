"""Speed work must not change what a review says. Dump every report of a set of contracts,
then compare a later dump with it:

    python bench/same_findings.py dump /tmp/before            # the corpus and samples/
    python bench/same_findings.py dump /tmp/after
    python bench/same_findings.py compare /tmp/before /tmp/after

Contracts: ../shared/corpus (every PDF, DOCX, TXT and Markdown file) and samples/, or the
paths given after the folder. A report is compared whole (findings, quotes, offsets, key
terms); the first difference of each contract that changed is printed.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = {".pdf", ".docx", ".txt", ".md"}


def contracts(paths: list[str]) -> list[Path]:
    roots = [Path(p) for p in paths] or [ROOT.parent / "shared" / "corpus", ROOT / "samples"]
    found = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found += sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                            and not p.name.upper().startswith(("README", "ELEMENTS", "CUAD_V1")))
    return found


def dump(folder: Path, paths: list[str]):
    sys.path.insert(0, str(ROOT))
    from checker.errors import CheckerError
    from checker.review import review_paths
    from checker.rulebook import load_rulebook

    rulebook = load_rulebook(None)
    folder.mkdir(parents=True, exist_ok=True)
    for path in contracts(paths):
        name = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16] + ".json"
        try:
            report = review_paths([path], rulebook).as_dict()
        except CheckerError as error:
            report = {"error": str(error)}
        report["_path"] = str(path)
        (folder / name).write_text(json.dumps(report, indent=1, sort_keys=True, ensure_ascii=False))
    print(f"{len(list(folder.glob('*.json')))} reports in {folder}")


def _first_difference(a, b, where="") -> str | None:
    if type(a) is not type(b):
        return f"{where}: {a!r:.200} != {b!r:.200}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}.{key}: only in {'after' if key not in a else 'before'}"
            found = _first_difference(a[key], b[key], f"{where}.{key}")
            if found:
                return found
        return None
    if isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            found = _first_difference(x, y, f"{where}[{i}]")
            if found:
                return found
        return f"{where}: {len(a)} items != {len(b)}" if len(a) != len(b) else None
    return None if a == b else f"{where}: {a!r:.200} != {b!r:.200}"


def compare(before: Path, after: Path) -> int:
    changed = 0
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    for name in names:
        if not (before / name).exists() or not (after / name).exists():
            print(f"{name}: only in {'after' if not (before / name).exists() else 'before'}")
            changed += 1
            continue
        a, b = (json.loads((folder / name).read_text()) for folder in (before, after))
        difference = _first_difference(a, b)
        if difference:
            changed += 1
            print(f"{a.get('_path')}\n  {difference}")
    print(f"{len(names)} reports, {changed} changed")
    return 1 if changed else 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "dump":
        dump(Path(sys.argv[2]), sys.argv[3:])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
