"""The shipped samples: each contract's sidecar (*.expected.yaml) names the status the
team designed for each element, and the review must agree."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.review import review_paths
from checker.rulebook import load_rulebook

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SIDECARS = sorted(SAMPLES.glob("*.expected.yaml"))
RULEBOOK = load_rulebook()


def test_there_are_samples_in_every_format():
    files = [SAMPLES / f for sidecar in SIDECARS for f in yaml.safe_load(sidecar.read_text())["files"]]
    assert len(SIDECARS) >= 5
    assert {p.suffix for p in files} >= {".pdf", ".docx", ".txt", ".md"}


@pytest.mark.parametrize("sidecar", SIDECARS, ids=[s.name.split(".")[0] for s in SIDECARS])
def test_sample_matches_its_sidecar(sidecar):
    expected = yaml.safe_load(sidecar.read_text())
    report = review_paths([SAMPLES / f for f in expected["files"]], RULEBOOK)
    got = report.element_status()
    wrong = {element: (status, got.get(element)) for element, status in expected["elements"].items()
             if got.get(element) != status}
    assert not wrong, "element: (expected, got): " + ", ".join(f"{e}: {v}" for e, v in sorted(wrong.items()))
