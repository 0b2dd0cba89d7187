"""A review's start-up finds every pattern it builds in the pattern cache (checker/pattern_cache.py)
from the second run on: a pattern whose source changes from run to run (a set's order follows
the run's string hashes) was read, compiled and written to the cache again by every review."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PATTERNS = """
import hashlib
import checker.keyterms, checker.nlp.pipeline, checker.review
from checker.matching import every_pattern
from checker.rulebook import load_rulebook
load_rulebook(None)
print(hashlib.sha256("\\0".join(sorted(p.pattern for p in every_pattern())).encode()).hexdigest())
"""


@pytest.mark.slow
def test_every_run_builds_the_same_patterns_whatever_its_string_hashes():
    built = {subprocess.run([sys.executable, "-c", PATTERNS], capture_output=True, text=True, check=True, cwd=ROOT,
                            env={"PYTHONHASHSEED": seed, "CHECKER_CACHE_DIR": "off", "PATH": ""}).stdout
             for seed in ("1", "2")}
    assert len(built) == 1
