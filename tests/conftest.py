"""Markers. `slow`: a test that starts checker (or a Dask cluster) in a new process, where spaCy
loads again (seconds each); `pytest` leaves them out, `pytest -m slow` runs only them. Every
other test is marked `fast` here, so `pytest -m fast` is the same run as `pytest`."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

from checker.rulebook import load_rulebook


def pytest_configure(config):
    """The pattern cache (checker/pattern_cache.py) of a run of its own, not the user's."""
    if "CHECKER_CACHE_DIR" not in os.environ:
        folder = tempfile.mkdtemp(prefix="checker-cache-")
        atexit.register(shutil.rmtree, folder, True)
        os.environ["CHECKER_CACHE_DIR"] = folder


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("slow") is None:
            item.add_marker(pytest.mark.fast)


@pytest.fixture(scope="module")
def rulebook():
    """The default rulebook, loaded once a test module (the wording tests read it)."""
    return load_rulebook()
