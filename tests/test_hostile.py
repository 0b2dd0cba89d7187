"""A quick sample of bench/hostile.py in CI: hostile inputs given to `checker review`, each in
its own process, judged by what the user sees. None may print a traceback or an internal
error, hang, change its input, fail in more than one line, or put a script in its HTML report
(a contract holding '<script>' tags) (bench/hostile.py runs them all,
with zip bombs and 50 MB lines, and counts memory too)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import hostile  # noqa: E402

pytestmark = pytest.mark.slow  # each hostile input is reviewed in a process of its own

QUICK = {"notepad-utf16.txt", "caf\udce9.txt", "symlink loop", "FIFO contract", "/dev/zero --rulebook",
         "--rulebook alias-bomb.yaml", "html-in-text.txt"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIFOs, wait4 and symlinks as on Linux")
def test_a_sample_of_hostile_inputs_is_handled(tmp_path):
    cases = [case for case in hostile.make_cases(tmp_path / "in", sample=True) if case.name in QUICK]
    assert {case.name for case in cases} == QUICK
    results = [hostile.run_case(case, timeout=120, scratch=tmp_path) for case in cases]
    assert {r.case.name: r.problems for r in results} == {name: [] for name in QUICK}
    assert {r.case.name: r.exit for r in results} == {
        "notepad-utf16.txt": 0, "caf\udce9.txt": 0, "symlink loop": 2, "FIFO contract": 2,
        "/dev/zero --rulebook": 2, "--rulebook alias-bomb.yaml": 2, "html-in-text.txt": 0}
