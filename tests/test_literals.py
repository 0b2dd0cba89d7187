"""The literal sieve may skip a text only when the pattern cannot match it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from checker.ingest import load_document
from checker.literals import TextIndex, literals_of
from checker.matching import lower_preserving_length
from checker.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parents[1]


def sieve(regex: re.Pattern, starts_a_word: bool = False):
    return literals_of(regex, starts_a_word).requirements


def leading_literal(regex: re.Pattern) -> str:
    return literals_of(regex).lead


def needles(source: str, starts_a_word: bool = False) -> list[list[tuple[str, bool]]]:
    return [[(n.text, n.word_start) for n in requirement] for requirement in sieve(re.compile(source), starts_a_word)]


def test_word_starts_are_looked_up_and_other_literals_searched():
    assert needles(r"response\s+times?\b", starts_a_word=True) == [[("response", True)], [("time", True)]]
    assert needles(r"response\s+times?\b") == [[("time", True)]]  # 'response' may end a longer word
    assert needles(r"(?:resolution|repair)\s+window") == [[("window", True)]]
    assert needles(r"(?:resolution|repair)\s+\d+", starts_a_word=True) == [[("resolution", True), ("repair", True)]]
    assert needles(r"\d{2}\s*(?:%|percent)") == []  # '%' is too short to be worth a search
    assert needles(r"\d+\s*per\s+cent") == [[("cent", True)]]  # "5per": not a word start
    assert needles(r"\d+\s*e-mails?") == [[("e-mail", False)]]
    assert needles(r"(?:a\s+)?b", starts_a_word=True) == []
    assert needles(r"reply", starts_a_word=False) == [[("reply", False)]]
    assert needles("gdpr", starts_a_word=False) == [[("gdpr", False)]]
    assert needles(r"(?i:gdpr)") == []  # a group with its own flags is not read
    assert sieve(re.compile("gdpr", re.I)) == []


def test_an_index_finds_word_starts_and_substrings():
    index = TextIndex("the responses of cybersecurity staff")
    requirement = sieve(re.compile(r"respons\w*"), starts_a_word=True)
    assert index.satisfies(requirement)
    assert not index.satisfies(sieve(re.compile(r"security"), starts_a_word=True))  # mid-word only
    assert index.satisfies(sieve(re.compile(r"security")))


def _rule_patterns():
    for name in ("default", "healthcare"):
        for rule in load_rulebook(name).rules:
            spec = rule.spec.get("find") if isinstance(rule.spec, dict) else getattr(rule.spec, "find", rule.spec)
            for key in ("patterns", "near", "exclude", "within"):
                yield from getattr(spec, key, None) or []
            if isinstance(rule.spec, dict):
                yield from rule.spec.get("weak_patterns") or []
                yield from rule.spec.get("lacks") or []


@pytest.fixture(scope="module")
def texts():
    paths = sorted(p for p in (ROOT / "samples").rglob("*") if p.suffix in (".pdf", ".docx", ".txt", ".md")
                   and not p.name.startswith("README"))
    return [load_document(p).text for p in paths]


def test_every_rule_pattern_finds_what_the_plain_regex_finds(texts):
    patterns = list(_rule_patterns())
    assert len(patterns) > 300
    compared = 0
    for text in texts:
        lowered = lower_preserving_length(text)
        for pattern in patterns:
            fast = [(m.start(), m.end()) for m in pattern.finditer(text, lowered)]
            plain = [(m.start(), m.end()) for m in pattern.finditer(text)]
            assert fast == plain, pattern.pattern
            compared += bool(plain)
    assert compared > 500  # the samples exercise the patterns, not only their absence


def test_the_leading_literal_of_a_pattern():
    assert leading_literal(re.compile(r"(?:initial\s+)response")) == "initial"
    assert leading_literal(re.compile(r"(?P<strong>shall)\b")) == "shall"
    assert leading_literal(re.compile(r"(?:(?:x)w)r")) == "xwr"
    assert leading_literal(re.compile(r"\d+\s+days")) == ""
    assert leading_literal(re.compile("shall", re.I)) == ""


def test_places_lists_every_occurrence_up_to_a_limit():
    index = TextIndex("aaa shall; shall" + " x" * 10)
    assert index.places("shall") == [4, 11]
    assert index.places("aa") == [0, 1]  # overlapping ones too
    assert TextIndex("ab " * (TextIndex.MOST_PLACES + 1)).places("ab") is None  # too many: scan instead


def test_word_places_are_the_words_that_start_with_the_lead():
    index = TextIndex("responses; irresponsible response. e-mail, e-mails, email")
    assert index.word_places("respons") == [0, 25]  # not inside 'irresponsible'
    assert index.word_places("e-mail") is None  # 'e' is too short a word to be indexed: a regex pass instead
    assert TextIndex("non-renewal, nonsense, non-compete").word_places("non-renewal") == [0]  # 'non', then the rest
    assert index.word_places("absent") == []
    crowded = TextIndex("the " * (TextIndex.MOST_PLACES + 1))
    assert crowded.word_places("the") is None  # too many: one pass of the regex instead


def test_threads_reviewing_different_contracts_get_their_own_results():
    # a Dask worker can run two reviews at once: the per-text caches must not mix them up
    import threading

    from checker.review import review_paths

    paths = [ROOT / "samples" / name for name in ("basic-support-no-data-protection.txt",
                                                  "vague-sla-support-agreement.docx", "long-form-msa.pdf")]
    expected = {path: review_paths([path]).as_dict() for path in paths}
    results, errors = [], []

    def review(path):
        try:
            for _ in range(2):
                results.append((path, review_paths([path]).as_dict()))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=review, args=(path,)) for path in paths * 2]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, to meet any race
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert not errors
    assert len(results) == 12 and all(report == expected[path] for path, report in results)
