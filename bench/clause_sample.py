"""Print a random sample of clauses with the type checker gives them, or the parties it resolves,
for reading by hand (clause typing and roles have no gold labels).

    python bench/clause_sample.py CORPUS --set A|B|dev [--n 75] [--seed 1] [--parties]

A = cuad_other's even-indexed files (sorted names), B = its odd-indexed ones, dev = cuad/.
Clauses: one line each: document, number, heading, how the type was read (body / heading / a heading
run into the text / opening words / inherited from the parent or none), the type and the clause's opening words.
--parties: for --n documents, each party's name, aliases and role.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.ingest import load_document  # noqa: E402
from checker.nlp import clauses as clause_typing  # noqa: E402
from checker.nlp.clauses import _OPENING, body_type, heading_type, opening_type, type_clauses  # noqa: E402


def files(corpus: Path, which: str) -> list[Path]:
    if which == "dev":
        return sorted((corpus / "cuad" / "txt").glob("*.txt"))
    names = sorted((corpus / "cuad_other" / "txt").glob("*.txt"))
    return names[0::2] if which == "A" else names[1::2]


def how(document, section) -> str:
    opening = document.text[section.body_start:min(section.end, section.body_start + _OPENING)]
    if body_type(opening):
        return "body"
    if section.heading and heading_type(section.heading):
        return "head"
    if not section.heading and section.number and getattr(clause_typing, "run_in_type", lambda _: None)(opening):
        return "run-in"
    return "open" if opening_type(opening) else "inh"


def clauses(paths: list[Path], n: int, rng: random.Random) -> None:
    for k in range(n):
        path = rng.choice(paths)
        document = load_document(path)
        types = type_clauses(document)
        sections = list(document.iter_sections())
        if not sections:
            print(f"{k:3} {path.name[:40]} (no sections)")
            continue
        section = rng.choice(sections)
        opening = " ".join(document.text[section.body_start:section.body_start + 150].split())
        print(f"{k:3} {path.name[:40]} | {section.number or '-'} | {' '.join(section.heading.split())[:60]!r} "
              f"| {how(document, section)} -> {types[id(section)]} | {opening}")


def parties(paths: list[Path], n: int, rng: random.Random) -> None:
    from checker.review import analyse_document
    for path in rng.sample(paths, min(n, len(paths))):
        analysed = analyse_document(load_document(path))
        print(path.name[:70])
        for party in analysed.parties:
            print(f"    {party.role or '??':9} {party.name[:60]!r} aliases={party.aliases[:4]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--set", choices=("A", "B", "dev"), default="A")
    parser.add_argument("--n", type=int, default=75)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--parties", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    (parties if args.parties else clauses)(files(args.corpus, args.set), args.n, rng)


if __name__ == "__main__":
    main()
