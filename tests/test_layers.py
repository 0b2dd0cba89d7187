"""Imports go one way between checker's packages and top-level modules (ARCHITECTURE.md): no
two of them import each other, at module level or inside a function."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

CHECKER = Path(__file__).resolve().parents[1] / "checker"


def unit(module: str) -> str:
    """checker.engine.kinds.clause -> engine; checker.review -> review."""
    return module.split(".")[1]


def imports() -> dict[str, dict[str, set[str]]]:
    """{unit: {imported unit: files that import it}}."""
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for path in CHECKER.rglob("*.py"):
        parts = path.relative_to(CHECKER.parent).with_suffix("").parts
        if len(parts) < 2:
            continue
        here = parts[1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] if node.module != "checker" else [f"checker.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                if name.startswith("checker.") and unit(name) != here:
                    found[here][unit(name)].add(str(path.relative_to(CHECKER.parent)))
    return found


def test_no_two_parts_of_checker_import_each_other():
    graph = imports()
    both_ways = sorted(f"{a} <-> {b} ({', '.join(sorted(graph[a][b] | graph[b][a]))})"
                       for a in graph for b in graph[a] if a < b and a in graph.get(b, {}))
    assert both_ways == []


def test_no_part_of_checker_reaches_itself_through_others():
    # one way through any number of parts: bounds -> audit -> ingest -> bounds was a loop the test
    # above does not see (checker/bounds.py borrowed the audit worker's memory cap)
    graph = {a: set(b) for a, b in imports().items()}
    loops = []

    def walk(start, path):
        for following in sorted(graph.get(path[-1], ())):
            if following == start:
                loops.append(" -> ".join(path + [start]))
            elif following > start and following not in path:
                walk(start, path + [following])

    for start in sorted(graph):
        walk(start, [start])
    assert [loop for loop in loops if loop.count("->") > 2] == []


def test_the_engine_does_not_import_the_rulebook_and_the_kinds_no_renderer():
    graph = imports()
    assert "rulebook" not in graph["engine"] and "review" not in graph["engine"]
    assert not {"report", "commands", "audit", "diff", "annotate"} & set(graph["engine"])


def test_the_command_line_and_the_rulebook_load_without_spacy():
    # `checker audit`'s main process hands the NLP to its workers: importing spaCy there cost
    # ~0.8 s of CPU an audit (bench: /usr/bin/time on `checker audit samples`)
    import subprocess
    import sys

    code = "import sys, checker.cli, checker.engine.evaluate, checker.rulebook; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=CHECKER.parent, check=True)
    assert done.stdout.strip() == "False"
