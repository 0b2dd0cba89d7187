"""checker/matching.py: every pattern of the rulebook, the tags and the key terms, run by
RE2 (with the word pre-filter of checker/prefilter.py), finds exactly what Python's `re`
finds with the same source, on texts written to trip them up; what RE2 cannot run is
refused with its reason; time stays linear."""

from __future__ import annotations

import gc
import pickle
import random
import re
from pathlib import Path

import pytest

import checker.keyterms  # noqa: F401 - its patterns are among those checked
import checker.nlp.pipeline  # noqa: F401 - and the tag patterns
from checker.matching import PatternError, Searchable, TextPattern, searchable
from checker.nlp.patterns import PATTERNS
from checker.prefilter import between_dots, leads, requirement
from checker.rulebook import load_rulebook
from survey_resolution_hours import HOURS, HOURS_2, HOURS_3, RESOLUTION, RESOLUTION_2
from test_cuadb6_survey import NOTICE as CUADB6_NOTICE, TRANSITION as CUADB6_TRANSITION, WARRANTY as CUADB6_WARRANTY
from test_drafter_survey import CASES as DRAFTER_CASES
from test_w38fix_survey import BACKUP as BACKUP_W38, ESCALATION as ESCALATION_W38, EXIT as EXIT_W38, HOURS as HOURS_W38
from test_rec5_survey import BACKUP, BREACH, HIPAA, RESOLUTION as RESOLUTION_REC5, RESPONSE
from test_rec6_survey import BACKUP as BACKUP_REC6, HIPAA as HIPAA_REC6, RESOLUTION as RESOLUTION_REC6, RESPONSE as RESPONSE_REC6
from test_rec6_survey import FIFTH as FIFTH_REC6, FOURTH as FOURTH_REC6, SECOND as SECOND_REC6, SIXTH as SIXTH_REC6
from test_rec6_survey import SEVENTH as SEVENTH_REC6, THIRD as THIRD_REC6
from test_w30_survey import CASES as W30_CASES
from test_w32_survey import CASES as W32_CASES
from test_w33_survey import CASES as W33_CASES
from test_w34_survey import CASES as W34_CASES
from test_w37_shapes_survey import CASES as W37_CASES
from test_warranty_kind_survey import MET as WARRANTY_MET, NOT_MET as WARRANTY_NOT_MET

RULEBOOKS = [load_rulebook("default"), load_rulebook("healthcare")]  # held: their patterns are found below
EVERY_PATTERN = sorted({p._arguments: p for p in gc.get_objects() if isinstance(p, TextPattern)}.items())

# Words the patterns look for, clause numbers, figures, punctuation and odd characters.
_VOCABULARY = (
    "the Provider Supplier Customer shall will must may not no terminate termination terminated cancel "
    "convenience cause breach material default insolvency notice days day (30) thirty hours hour business "
    "calendar response resolution respond Priority Severity P1 P2 I II III IV One Two Critical High "
    "liability liable exceed limited cap fees charges payable invoice within 99.9% 99.5 percent $1,000,000 "
    "GBP 250,000 GDPR HIPAA ISO 27001 insurance data personal breach security backup recovery RPO RTO "
    "governed laws State of New York Agreement agreement Effective Date 1 March 2026 renew renewal "
    "automatically successive term initial Section 16.1 12.3.4 clause Schedule 2 confidential escrow "
    "24x7 24/7 Monday to Friday 9:00 5:00 p.m. a.m. escalate escalation credit credits service level "
    "obligations responsibilities Customer's Provider's subcontract personnel vetted audit audited records "
    "LECLANCHÉ café Société naïve ſervice \u212aelvin İnitial ınitial"
).split()
_JOINS = [" ", " ", " ", "  ", "\n", ". ", ", ", "; ", ": ", " (", ") ", " - ", "\u00a0", "\u2003", ".", "-", "'"]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_VOCABULARY) for _ in range(rng.randint(20, 120))]
        texts.append("".join(word + rng.choice(_JOINS) for word in words))
    return texts


_SAMPLES = Path(__file__).resolve().parents[1] / "samples"
_OUR_CONTRACTS = [path.read_text(encoding="utf-8") for path in sorted(_SAMPLES.rglob("*"))
                  if path.suffix in (".txt", ".md") and path.name != "README.md"]
_RULE_EXAMPLES = [example.text for rulebook in RULEBOOKS for rule in rulebook.rules
                  for example in rule.all_examples()]
# the wording surveys: clauses of our own as many drafters word them
_SURVEYS = ([text for survey in (HOURS, HOURS_2, HOURS_3, RESOLUTION, RESOLUTION_2) for cases in survey.values()
             for _, _, text in cases] + [body for _, _, body, _ in DRAFTER_CASES + W30_CASES + W32_CASES + W33_CASES + W34_CASES + W37_CASES]
            + [body for cases in (BACKUP, BREACH, HIPAA, RESOLUTION_REC5, RESPONSE) for _, body, _ in cases]
            + [body for cases in (BACKUP_REC6, HIPAA_REC6, RESOLUTION_REC6, RESPONSE_REC6) for _, body, _ in cases]
            + [body for _, _, body, _ in SECOND_REC6 + THIRD_REC6 + FOURTH_REC6 + FIFTH_REC6 + SIXTH_REC6 + SEVENTH_REC6]
            + WARRANTY_MET + WARRANTY_NOT_MET
            + [body for cases in (CUADB6_NOTICE, CUADB6_TRANSITION, CUADB6_WARRANTY) for _, body, _ in cases]
            + [body for _, body, _ in EXIT_W38 + ESCALATION_W38 + BACKUP_W38 + HOURS_W38])
TEXTS = _texts(60, seed=20261206) + _OUR_CONTRACTS + _RULE_EXAMPLES + _SURVEYS + [
    "The Provider shall respond to Priority 1 incidents within one (1) hour and resolve them within 4 hours.",
    "Section 16.1 of the Agreement: the liability of either party shall not exceed the fees paid in 12 months.",
    "Availability: 99.9% per month. Service credits of 5% of the monthly fee apply; 1.14% is not uptime.",
    "foo bar bar baz; abxbc",
]


def _as_re(pattern: TextPattern) -> re.Pattern:
    """What the pattern means, written for Python's `re`: the sentence window reads across a
    clause-number dot, followed_by / not_followed_by are lookaheads."""
    source, window, ignore_case, followed_by, not_followed_by = pattern._arguments
    if window:
        source = source.replace("[^.]", r"(?:[^.]|\.(?=\d))")
    if followed_by:
        source = f"(?:{source})(?={followed_by})"
    if not_followed_by:
        source = f"(?:{source})(?!{not_followed_by})"
    return re.compile(source, re.I if ignore_case else 0)


def test_every_pattern_is_checked_on_texts_it_matches():
    assert len(EVERY_PATTERN) > 350
    matching = sum(any(_as_re(p).search(text) for text in TEXTS) for _, p in EVERY_PATTERN)
    assert matching > len(EVERY_PATTERN) // 2, matching  # the texts exercise the patterns, not only their misses


@pytest.mark.parametrize("index", range(0, len(EVERY_PATTERN), 1), ids=lambda i: str(i))
def test_every_pattern_finds_what_re_finds(index):
    _, pattern = EVERY_PATTERN[index]
    expected = _as_re(pattern)
    for text in TEXTS:
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(Searchable(text))]
        wanted = [(m.span(), m.groupdict()) for m in expected.finditer(text)]
        assert found == wanted, (pattern.pattern, text)
        short = pattern.search(text)
        assert (short.span() if short else None) == (wanted[0][0] if wanted else None)


def test_overlapping_alternatives_are_found_as_re_finds_them():
    """Top-level alternatives were scanned one by one and merged: an overlap hid a match."""
    pattern = TextPattern(r"\bfoo bar|\bbar\b[^.]{0,20}baz")
    assert [m.span() for m in pattern.finditer(searchable("foo bar bar baz"))] == [(0, 7), (8, 15)]
    assert [m.span() for m in TextPattern(r"ab|b\w*c").finditer(searchable("abxbc"))] == [(0, 2), (3, 5)]


def test_groups_are_read_in_the_text_s_own_case():
    found = TextPattern(r"\bpriority\s+(?P<level>I{1,3}|IV)\b").search("Priority II incidents")
    assert found.group("level") == "II" and found.start("level") == 9


def test_offsets_are_characters_not_bytes():
    text = "Société café — the Provider shall respond within 2 hours."
    found = TextPattern(r"\bwithin\s+\d+\s+hours\b").search(searchable(text))
    assert text[found.start():found.end()] == "within 2 hours"


def test_a_no_break_space_is_white_space_and_an_accent_is_part_of_a_word():
    assert TextPattern(r"\bresponse\s+time\b").search("response\u00a0time")
    assert not TextPattern(r"\bclanch\b").search("LECLANCHÉ")  # 'É' is a letter: no word ends there
    assert TextPattern(r"\bleclanch\w\b").search("LECLANCHÉ S.A.")


def test_characters_beyond_ascii_read_as_one_byte_each():
    """RE2 runs in Latin-1 mode on a text of one byte a character (checker/single_byte.py):
    a pattern's curly quote or dash still matches its own character, in a class or a range,
    and a window counts characters, whatever the text holds before (Greek, Chinese, symbols)."""
    text = "Ο Πελάτης 中文 — “the Customer’s e-mail” – ±5 ★ under §4."
    assert len(Searchable(text).data) == len(text)
    apostrophe = TextPattern(r"\bcustomer[\x27\x{2019}]s\b").search(searchable(text))
    assert text[apostrophe.start():apostrophe.end()] == "Customer’s"
    assert TextPattern(r"[\w\x{2019}-]+mail").search(text).group() == "e-mail"
    assert TextPattern(r"[\w\x{2019}-]").search("(+)") is None  # a '-' ending the class is not made a range
    dashes = TextPattern(r"[\x{2010}-\x{2015}]")
    assert [text[m.start()] for m in dashes.finditer(searchable(text))] == ["—", "–"]
    assert [m.group() for m in TextPattern(r"“[^”]{0,30}”").finditer(text)] == ["“the Customer’s e-mail”"]
    assert TextPattern(r"±\d\s★\s\w+\s§\d").search(text).group() == "±5 ★ under §4"
    assert TextPattern(r"\Q’s (a)\E").search("the Customer’s (a) list").group() == "’s (a)"  # a quoted stretch
    many = "".join(chr(0x4E00 + i) for i in range(40)) + " within 2 hours"  # more kinds than replace() takes one by one
    assert TextPattern(r"\bwithin\s+\d\s+hours").search(many).span() == (41, 55)


@pytest.mark.parametrize("source, reason", [
    (r"\bfoo(?=bar)", "lookahead"),
    (r"(?<!no )\bliability", "lookbehind"),
    (r"(\w+) \1", "backreference"),
])
def test_what_re2_cannot_run_is_refused_with_the_reason(source, reason):
    with pytest.raises(PatternError, match=reason):
        TextPattern(source)


def test_a_pattern_too_large_for_the_small_budget_is_compiled_with_the_large_one(monkeypatch):
    """RE2 compiles each pattern within a small memory budget (it bounds an audit worker's
    memory); a playbook's pattern whose program does not fit is compiled with the large
    budget instead of being refused, and one too large for both is refused with the reason.
    The budgets are shrunk here so that a one-window pattern plays the large one."""
    import checker.matching as matching

    monkeypatch.setattr(matching, "_COMPILED", {})
    monkeypatch.setattr(matching._ANCHORED, "max_mem", 16 << 10)  # too small for a 400-character window
    monkeypatch.setattr(matching._OPTIONS, "max_mem", 16 << 10)
    source = r"\bterminat\w*\b[^.]{0,400}?\bwilful\s+breach\w*"
    found = TextPattern(source).search("Either side may terminate it for wilful breach.")
    assert found is not None and found.group() == "terminate it for wilful breach"
    monkeypatch.setattr(matching, "_COMPILED", {})
    monkeypatch.setattr(matching._LARGE, "max_mem", 16 << 10)
    with pytest.raises(PatternError, match="too large"):
        TextPattern(source).search("Either side may terminate it for wilful breach.")


def test_a_pattern_tried_at_its_leading_words_gets_the_anchored_budget(monkeypatch):
    """A pattern that starts with known words is tried where they start: RE2 builds few
    states from each place, so it is compiled within the anchored budget (an audit worker's
    memory); one without leading words, or whose program is too large for that budget, within
    the usual one. The same matches either way."""
    import checker.matching as matching

    monkeypatch.setattr(matching, "_COMPILED", {})
    text = "Either side may terminate it for wilful breach. Any wilful breach ends it."
    anchored = TextPattern(r"\bterminat\w*\b[^.]{0,200}?\bwilful\s+breach\w*")
    loose = TextPattern(r"(?:wilful|material)\s+breach\w*")
    assert anchored._regex.options.max_mem == matching._ANCHORED.max_mem
    assert loose._regex.options.max_mem == matching._OPTIONS.max_mem
    assert [m.group() for m in anchored.finditer(matching.searchable(text))] == ["terminate it for wilful breach"]
    monkeypatch.setattr(matching, "_COMPILED", {})
    monkeypatch.setattr(matching, "_ANCHORED_PROGRAM", 10)
    assert TextPattern(r"\bterminat\w*\b[^.]{0,200}?\bwilful\s+breach\w*")._regex.options.max_mem == \
        matching._OPTIONS.max_mem


def test_a_pattern_pickles_as_its_arguments_and_finds_the_same():
    pattern = TextPattern(r"\bresponse\s+times?\b", followed_by=r"\s*:")
    copy = pickle.loads(pickle.dumps(pattern))
    text = "Response times: 1 h. Response time 2 h."
    assert [m.span() for m in copy.finditer(text)] == [m.span() for m in pattern.finditer(text)] == [(0, 14)]


def test_a_backtracking_pattern_and_a_long_run_of_digits_take_linear_time():
    """`(a+)+$` against 'aaaa...b' takes exponential time in `re`; here one pass. Not timed
    (bench/linear_time.py prints the figures): it would not finish otherwise."""
    assert TextPattern(r"(a+)+$").search("a" * 5000 + "b") is None
    duration = next(p for p in PATTERNS if p.id == "duration.number-unit")
    tag = TextPattern(duration.regex, sentence_window=False, not_followed_by=duration.not_followed_by)
    assert list(tag.finditer(searchable("1" * 200_000 + " x"))) == []


def test_the_engine_reads_a_disclaimer_through_the_matcher():
    """An applies_when mention is read against the rulebook's `disclaimed` list on RE2: a playbook's
    backtracking list cannot stall the review (with `re`, `(a+)+$` on 'aaaa...!' never returns)."""
    from types import SimpleNamespace

    from checker.engine.evaluate import _ruled_out

    def ruled_out(text: str, disclaimed: str) -> bool:
        doc = SimpleNamespace(text=text, sentence_span=lambda offset: (0, len(text)),
                              governing_stance=lambda offset: None)
        return _ruled_out(doc, text.index("patient"), disclaimed)

    long = "a" * 5000 + "! The vendor handles patient records under this agreement."
    assert not ruled_out(long, r"(a+)+$")
    assert ruled_out(long, r"\bunder\s+this\b")
    assert ruled_out("Uploading patient records is prohibited.", "")
    assert not ruled_out("The vendor shall not use patient records other than as permitted.", "")  # a limited use


def test_the_word_filter_reads_what_every_match_contains():
    assert requirement(r"\bterminat\w*\b[^.]{0,20}\b(?:for\s+convenience|without\s+cause)") == (
        (("terminat", True),), (("convenience", True), ("without", True)),  # after white space: a word starts
        (("for", True), ("without", True)))  # each branch's part: 'for' or 'without', 'convenience' or 'cause' ...
    assert requirement(r"\bre-?perform\w*[\s/-]+work") == ((("perform", False),), (("work", True),))
    assert requirement(r"foo[^-]bar\s*baz") == ((("foo", False),), (("bar", False),), (("baz", False),))
    assert requirement(r"(?:a|bc)\w+") == ()  # a branch without a word: nothing known
    assert requirement(r"\bfoo(?:bar)?baz") == ((("foo", True),), (("baz", False),))
    assert leads(r"(?i)\b(?:terminat|cancel)\w*") == ("terminat", "cancel")
    assert leads(r"(?i)\bagrees?\s+to") == ("agree",)
    assert leads(r"\bfoo|bar") is None  # 'bar' may start a match anywhere
    assert leads(r"\b(?:foo|bar)?baz") is None


def test_a_pattern_that_holds_no_dot_is_tried_between_the_dots_around_its_rarest_words():
    assert between_dots(r"(?i)\bterminat\w*\b[^.]{0,40}\b(?:for\s+)?convenience[\w,-]")
    for source in (r"\bfoo[^;]{0,9}bar", r"\bfoo.bar", r"\bfoo\S+bar", r"foo[!-/]bar", r"foo[.\x1f]", r"^foo", r"foo$"):
        assert not between_dots(source), source  # may hold a dot, or is tied to the text's start or end
    pattern = TextPattern(r"\b(?:may|shall)\b[^.]{0,60}\bterminat\w*\b[^.]{0,40}\bconvenience\b")
    text = "You may. " * 12 + "The Customer may, under Section 16.1, terminate it for convenience. " * 3 + \
        "It may terminate. For convenience. Shall terminate for convenience"
    found = [m.span() for m in pattern.finditer(searchable(text))]
    assert len(found) == 4 and found == [m.span() for m in _as_re(pattern).finditer(text)]
    unled = TextPattern(r"[\s(]terminat\w*[^.]{0,40}\bconvenience\b")  # no leading word: each stretch searched
    found = [m.span() for m in unled.finditer(searchable(text))]
    assert len(found) == 4 and found == [m.span() for m in _as_re(unled).finditer(text)]


def test_a_pattern_is_skipped_when_no_alternative_finds_the_parts_it_holds():
    """A pattern without leading words, each of whose alternatives holds a part that has them
    (a long word list within a window of 'delay in'), is run only on a text where every part of
    one alternative matches (tried at its leading words); the same matches as without that."""
    from checker.prefilter import required_parts

    source = (r"(?i)(?:penalt(?:y|ies)|credit\w*|refund\w*)[^.]{0,150}?\b(?:delay\w*\s+in\s+(?:restor\w*|repair\w*))"
              r"|\b(?:delay\w*\s+in\s+(?:restor\w*|repair\w*))[^.]{0,150}?(?:penalt(?:y|ies)|credit\w*|refund\w*)")
    assert required_parts(source) == ((r"(?i)\b(?:delay\w*\s+in\s+(?:restor\w*|repair\w*))",),)
    assert required_parts(r"(?i)(?:penalty|credit)[^.]{0,20}?(?:delay)?") is None  # an optional part rules nothing out
    assert required_parts(r"(?i)\bfoo\b(?:bar)+|baz") is None  # an alternative without a part
    pattern = TextPattern(source[4:])
    for text in ("Service credits accrue for each delay in restoring the service.",
                 "Any delay in repairing the fault gives the Customer a refund of fees.",
                 "Service credits accrue for each delay in payment.",  # credits, delay: no part
                 "A penalty applies. There is no delay in restoring it."):  # the window stops at the dot
        assert [m.span() for m in pattern.finditer(Searchable(text))] == \
            [m.span() for m in re.finditer(source[4:], text, re.I)], text
