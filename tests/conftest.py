"""Markers. `slow`: a test that starts checker (or a Dask cluster) in a new process, where spaCy
loads again (seconds each); `pytest` leaves them out, `pytest -m slow` runs only them. Every
other test is marked `fast` here, so `pytest -m fast` is the same run as `pytest`."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if item.get_closest_marker("slow") is None:
            item.add_marker(pytest.mark.fast)
