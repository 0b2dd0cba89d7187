"""checker/pattern_cache.py: a pattern read in an earlier run is not read or compiled again at
load, finds the same matches, and a cache that is stale, corrupt or cannot be written is ignored."""

from __future__ import annotations

import json
import os

import pytest

from checker import matching, pattern_cache
from checker.matching import PatternError, TextPattern, searchable

TEXT = "Either party may terminate this Agreement for convenience on 90 days' notice. The Supplier shall not."
SOURCE = r"\b(?:may|shall)\b[^.]{0,60}\bterminat\w*\b[^.]{0,40}\bconvenience\b"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache in a folder of its own, as a new process sees it."""
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(pattern_cache, "_new", {})
    return tmp_path


def _new_process(monkeypatch):
    """Forget what this process read and compiled, as the next run would."""
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(matching, "_COMPILED", {})


def _spans(pattern):
    return [m.span() for m in pattern.finditer(searchable(TEXT))]


def test_a_pattern_read_before_is_neither_read_nor_compiled_at_load(cache, monkeypatch):
    first = TextPattern(SOURCE)
    expected = _spans(first)
    assert expected
    pattern_cache.save()
    assert len(list(cache.glob("patterns-*.json"))) == 1

    _new_process(monkeypatch)
    monkeypatch.setattr(matching, "requirement", lambda source: pytest.fail("read again"))
    again = TextPattern(SOURCE)
    assert matching._COMPILED == {}  # compiled when first run, not before
    assert _spans(again) == expected
    assert len(matching._COMPILED) == 1


def test_a_pattern_whose_words_are_missing_is_never_compiled(cache, monkeypatch):
    TextPattern(SOURCE)
    pattern_cache.save()
    _new_process(monkeypatch)
    pattern = TextPattern(SOURCE)
    assert list(pattern.finditer(searchable("The Customer shall pay the fees within 30 days."))) == []
    assert matching._COMPILED == {}


def test_named_groups_of_a_cached_pattern(cache, monkeypatch):
    source = r"\bwithin\s+(?P<days>\d+)\s+days\b"
    TextPattern(source)
    pattern_cache.save()
    _new_process(monkeypatch)
    found = TextPattern(source).search(searchable("Pay within 30 days of invoice."))
    assert found.group("days") == "30"


def test_a_pattern_re2_refuses_is_refused_every_time(cache, monkeypatch):
    for _ in range(2):
        with pytest.raises(PatternError):
            TextPattern(r"\bfoo(")
        pattern_cache.save()
        _new_process(monkeypatch)


@pytest.mark.parametrize("content", [b"{not json", b"[]", b'{"k": [1, 2]}', b'{"k": ["x", [["w"]], null, true]}',
                                     b'{"k": ["x", [[["w", 1]]], null, true]}', b"\xff\xfe"])
def test_a_corrupt_cache_is_ignored(cache, monkeypatch, content):
    TextPattern(SOURCE)
    pattern_cache.save()
    path = next(cache.glob("patterns-*.json"))
    path.write_bytes(content.replace(b'"k"', json.dumps(pattern_cache.key(SOURCE, True, True)).encode()))
    _new_process(monkeypatch)
    read = []
    monkeypatch.setattr(matching, "requirement", lambda source: read.append(source) or ())
    TextPattern(SOURCE)
    assert read  # read from its source again


def test_a_cache_of_other_code_is_not_read(cache, monkeypatch):
    TextPattern(SOURCE)
    pattern_cache.save()
    old = next(cache.glob("patterns-*.json"))
    old.rename(cache / "patterns-0000000000000000.json")
    _new_process(monkeypatch)
    read = []
    monkeypatch.setattr(matching, "requirement", lambda source: read.append(source) or ())
    TextPattern(SOURCE)
    assert read


def test_a_cache_folder_that_cannot_be_written_is_left_alone(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CHECKER_CACHE_DIR", str(blocked / "cache"))
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(pattern_cache, "_new", {})
    assert _spans(TextPattern(SOURCE))
    pattern_cache.save()  # no error
    assert blocked.read_text() == "not a folder"


def test_off_means_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE_DIR", "off")
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(pattern_cache, "_new", {})
    monkeypatch.chdir(tmp_path)
    TextPattern(SOURCE)
    pattern_cache.save()
    assert pattern_cache.folder() is None and not os.listdir(tmp_path)
