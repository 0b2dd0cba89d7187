"""`checker review` runs its NLP in a process forked as it starts (checker/nlp/aside.py), which
imports spaCy while the review reads the rulebook and the files: what it reads must be what the
review would read itself, and whatever goes wrong over there must leave the review as it was."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.errors import CheckerError
from checker.ingest import document_from_text, load_document
from checker.nlp.aside import Analyser
from checker.review import review_documents
from checker.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parents[1]
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork as on Linux")

CONTRACT = """MANAGED SERVICES AGREEMENT

This Agreement is made between Harbourline Systems Ltd ("Provider") and Tallow & Finch LLP ("Customer").

1. Support
1.1 The Provider shall respond to a Priority 1 incident within 30 minutes and resolve it within 4 hours.
1.2 The Customer may terminate this Agreement on 60 days' written notice.

2. Term
This Agreement starts on 1 March 2024 and continues for an initial term of two (2) years.
"""


def _wait_gone(pid: int, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return True
        time.sleep(0.05)
    return False


@LINUX
def test_the_nlp_process_reads_what_the_review_would_read_itself():
    documents = [document_from_text(CONTRACT), load_document(ROOT / "samples" / "strong-msa-with-sla.pdf")]
    aside = Analyser(aside=True)
    assert aside._pid is not None
    assert aside.analyses(documents) == Analyser().analyses(documents)
    assert aside._pid is None  # the process was asked, and is gone


@LINUX
def test_the_rules_rehearsed_while_the_nlp_process_reads_change_no_finding():
    documents = [load_document(ROOT / "samples" / "long-form-msa.pdf")]
    rulebook = load_rulebook(None)
    alone = review_documents(documents, rulebook).as_dict()
    aside = Analyser(aside=True)
    asked, answered = [], aside.ready

    def ready():  # not before ten rules have run without what the NLP reads
        asked.append(1)
        return len(asked) > 10 and answered()

    aside.ready = ready
    assert review_documents(documents, rulebook, analyser=aside).as_dict() == alone
    assert len(asked) > 10


@LINUX
def test_a_dead_nlp_process_leaves_the_review_to_analyse_the_documents_itself():
    documents = [document_from_text(CONTRACT)]
    aside = Analyser(aside=True)
    os.kill(aside._pid, signal.SIGKILL)
    assert aside.analyses(documents) == Analyser().analyses(documents)


@LINUX
def test_an_error_over_there_is_raised_here_as_the_review_raises_it():
    with pytest.raises(CheckerError, match="'no_such_pipeline' is not installed"):
        Analyser("no_such_pipeline", aside=True).analyses([document_from_text(CONTRACT)])


@LINUX
def test_a_review_that_ends_before_asking_leaves_no_process_behind():
    aside = Analyser(aside=True)
    os.close(aside._requests)  # what the review's end does to the pipe
    assert _wait_gone(aside._pid)
    os.close(aside._results)


@pytest.mark.slow
def test_checker_review_in_its_own_processes_says_what_it_says_in_one(tmp_path):
    sample = ROOT / "samples" / "long-form-msa.pdf"
    one = CliRunner().invoke(main, ["review", str(sample), "--format", "json", "--fail-on", "never"])  # in this process
    subprocess.run([sys.executable, "-m", "checker", "review", str(sample), "--format", "json", "-o",
                    str(tmp_path / "report.json"), "--fail-on", "never"], check=True, cwd=ROOT)
    assert json.loads((tmp_path / "report.json").read_text()) == json.loads(one.output)
