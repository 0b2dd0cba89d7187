"""A trained spaCy pipeline is used only when the user names one; a missing one is a
clear error, never a download."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from checker.nlp.pipeline import build_pipeline


def test_default_pipeline_is_blank_english_plus_our_components():
    nlp = build_pipeline()
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["checker_sentences", "checker_tagger", "checker_obligations"]


def test_a_named_pipeline_gets_our_components(tmp_path):
    # a "trained" pipeline on disk: spacy.load accepts a path as well as a package name
    trained = spacy.blank("en")
    trained.add_pipe("sentencizer")
    trained.to_disk(tmp_path / "my_pipeline")
    nlp = build_pipeline(str(tmp_path / "my_pipeline"))
    assert "sentencizer" in nlp.pipe_names
    assert nlp.pipe_names[-2:] == ["checker_tagger", "checker_obligations"] and "checker_sentences" in nlp.pipe_names


@pytest.mark.slow
def test_missing_pipeline_is_one_line_exit_2(tmp_path):
    contract = tmp_path / "c.txt"
    contract.write_text("The Provider shall provide the support services to the Customer.\n")
    result = subprocess.run([sys.executable, "-m", "checker", "review", str(contract), "--model", "xx_no_such_pipeline"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "xx_no_such_pipeline" in lines[0] and "not installed" in lines[0]
    assert "Traceback" not in result.stderr


def test_the_contract_tokenizer_keeps_clause_numbers_amounts_and_codes_whole():
    nlp = build_pipeline()
    words = [t.text for t in nlp.make_doc('Under Section 4.2 ("Fees"), pay $1,000.00 for 24x7 P1 support (non-renewal).')]
    assert "4.2" in words and "1,000.00" in words and "24x7" in words and "P1" in words and "non-renewal" in words
    assert "(" in words and '"' in words and "$" in words  # brackets, quotes and currency split off
