"""The spaCy pipeline: `spacy.blank("en")` with a contract tokenizer (nlp/tokenizer.py) plus
our own rule components, nothing downloaded.

Components (registered once, here):
  checker_sentences  legal sentence boundaries ('Sec. 4.2', 'Inc.', 'e.g.', numbered items,
                     headings, blank lines)
  checker_tagger     the tag patterns of `patterns.py` -> doc.spans["checker"], each span
                     with ._.pattern (the pattern id) and ._.value (normalised value)
A trained pipeline can be named instead of the blank one; our components are added to it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.language import Language
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LOWER, SENT_START
from spacy.tokens import Doc, Span

from checker import pattern_cache
from checker.errors import CheckerError
from checker.ingest import MAX_TEXT
from checker.matching import TextPattern, searchable
from checker.nlp.obligations import parties_of, stances_of  # (and the checker_obligations component)
from checker.nlp.parties import Party
from checker.nlp.normalise import UNIT_ORDER, in_unit, ordinal_to_number, parse_money, to_hours, unit_of, words_to_number
from checker.nlp.patterns import _KIND, _PAREN_NUMBER, _UNIT, NUMBER, PATTERNS
from checker.nlp.table_levels import column_durations, column_levels
from checker.nlp.tags import Stance, Tag
from checker.nlp.tokenizer import NAME as TOKENIZER

SPAN_KEY = "checker"

if not Span.has_extension("pattern"):
    Span.set_extension("pattern", default=None)
    Span.set_extension("value", default=None)
if not Doc.has_extension("boundaries"):
    Doc.set_extension("boundaries", default=())

# Tag patterns run like rule patterns (checker/matching.py, RE2: linear time).
_COMPILED = [(p, TextPattern(p.regex, sentence_window=False, ignore_case="i" in p.flags, followed_by=p.followed_by,
                              not_followed_by=p.not_followed_by)) for p in PATTERNS]

# Words after which a period does not end a sentence
_ABBREVIATIONS = frozenset(
    "sec secs s ss art arts cl para paras no nos inc ltd co corp llc plc llp lp e.g i.e "
    "etc u.s u.k vs v mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec "
    "approx min max hrs dept govt fig pp p ex exh sch cf al a.m p.m".split()  # "6:00 p.m. Pacific Time"
)
_SENTENCE_END = re.compile(
    r"[.!?;]['\"\u201d)\]]*\s+(?=[\"'\u201c(\[]?[A-Z0-9]|\[\s?[xX\u2713\u2714]?\s?\]\s)"  # also before a tick box
    r"|[.;:]\s+(?=\(?[a-z]{1,3}[.)]\s+[A-Z])"  # "... days. c. Each Recipient": a lettered item
    r"|:\s*\n|\n[ \t]*\n\s*"
)
# "Annex A." ends a sentence; "J. Smith" does not
_PART_LETTER = re.compile(r"\b(?:schedule|annex|exhibit|appendix|attachment|part|clause|section|article)\s+[A-Z]$", re.I)
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_ITEM_NUMBER = re.compile(r"\s*\(?\d{1,2}(?:\.\d{1,3})*")
_LIST_ITEM_START = re.compile(
    r"\n[ \t]*(?=\(?[a-z]{1,4}\)\s|\(?\d{1,2}(?:\.\d{1,3})*[.)]\s|\d{1,2}(?:\.\d{1,3})+\s+[A-Z(]|[\u2022\u25cf\-\*]\s)"
)


def sentence_starts(text: str, extra: tuple[int, ...] = ()) -> list[int]:
    """Character offsets where sentences begin."""
    starts = {0, *extra}
    for match in _SENTENCE_END.finditer(text):
        end = match.start()
        if text[end] == ".":
            if text.startswith("...", end - 3):
                continue  # a dot leader ('Critical (P1) .......... 30 minutes / 4 hours') runs on to its figure
            before = _WORD_BEFORE.search(text, max(0, end - 12), end)
            word = before.group(1).lower().strip(".") if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and not _PART_LETTER.search(
                    text[max(0, end - 24):end])):
                continue
            # "4." or "4.2." at the start of a line is an item number, not an end (read in place: a
            # line of a whole filing without breaks is not copied for each of its dots)
            if _ITEM_NUMBER.fullmatch(text, text.rfind("\n", 0, end) + 1, end):
                continue
        starts.add(match.end())
    for match in _LIST_ITEM_START.finditer(text):
        starts.add(match.end())
    return sorted(s for s in starts if s < len(text))


def _text_of(doc: Doc) -> str:
    """The document's text. Doc.text rebuilds the string from every token on each access,
    so `analyse` hands the original over in user_data."""
    return doc.user_data.get("checker_text") or doc.text


@Language.component("checker_sentences")
def checker_sentences(doc: Doc) -> Doc:
    """Mark sentence starts. Set in one array: per-token assignment is quadratic in spaCy."""
    if not len(doc):
        return doc
    token_starts = doc.to_array(IDX)
    is_space = doc.to_array(IS_SPACE).astype(bool)
    flags = numpy.full(len(doc), -1, dtype="int32")
    flags[0] = 1
    offsets = sentence_starts(_text_of(doc), tuple(doc._.boundaries))
    tokens = numpy.searchsorted(token_starts, offsets, side="left")
    tokens = _first_word_from(is_space)[tokens]  # a sentence starts at its first word, not at the blank before it
    flags[tokens[tokens < len(doc)]] = 1
    doc.from_array([SENT_START], flags.reshape(-1, 1).astype("uint64"))
    return doc


def _first_word_from(is_space: numpy.ndarray) -> numpy.ndarray:
    """For each token index i (and len), the first token at or after i that is not a space,
    or len when there is none."""
    n = len(is_space)
    positions = numpy.arange(n + 1)
    candidates = numpy.where(numpy.append(~is_space, True), positions, n)
    return numpy.minimum.accumulate(candidates[::-1])[::-1]


def sentence_offsets(doc: Doc) -> list[int]:
    """Character offsets of the sentence starts, read from the array (no Token objects)."""
    if not len(doc):
        return [0]
    array = doc.to_array([IDX, SENT_START])
    return array[array[:, 1] == 1, 0].tolist()


_BUSINESS_KINDS = ("business", "working", "banking", "normal business", "work", "school", "trading")
# the parts of a compound duration (its pattern cannot name a group it repeats)
_PART = re.compile(rf"(?P<number>{NUMBER}){_PAREN_NUMBER}[\s-]*(?:\(?\s*(?P<kind>{_KIND})\s*\)?[\s-]*)?"
                   rf"(?P<unit>{_UNIT}|quarters?)\b", re.I)


def _one_duration(number_text: str, unit_text: str, kind_text: str) -> dict:
    number = words_to_number(number_text or "")
    unit = unit_of(unit_text or "")
    if unit is None and (unit_text or "").lower() == "d":
        unit = "day"
    if number is None or unit is None:
        return {}
    kind = " ".join((kind_text or "").lower().split())
    business = kind in _BUSINESS_KINDS or unit_text.lower().startswith("workday")
    return {"value": number, "unit": unit, "business": business, "hours": round(to_hours(number, unit), 4)}


def _duration(pattern_id: str, groups: dict, text: str) -> dict | None:
    """A DURATION's value; None: the words are no duration after all (a compound whose units do
    not come from the longest down is a list: '30 days, 60 days')."""
    if (groups.get("kind") or "").lower() in ("next", "following"):
        return {"value": 1.0, "unit": "day", "business": True, "hours": 24.0}
    if pattern_id in ("duration.one-unit", "duration.one-unit-the"):  # 'within an hour', 'within a business day'
        return _one_duration("1", groups.get("unit"), groups.get("kind"))
    if pattern_id == "duration.half":  # 'half a day', 'half an hour'
        whole = _one_duration("1", groups.get("unit"), groups.get("kind"))
        return {**whole, "value": 0.5, "hours": round(whole["hours"] / 2, 4)}
    if pattern_id == "duration.fortnight":  # 'a fortnight', 'two fortnights': two weeks each
        number = groups.get("number") or ""
        count = 1.0 if number.lower() in ("a", "an") else words_to_number(number)
        return _one_duration(str(2 * count), "weeks", None) if count else None
    if pattern_id == "duration.redacted":
        return {"unit": unit_of(groups["unit"]), "redacted": True}  # no value: thresholds cannot compare it
    if pattern_id in ("duration.redacted-period", "duration.redacted-alone"):
        return {"unit": None, "redacted": True}
    if pattern_id == "duration.anniversary":
        years = ordinal_to_number(" ".join(groups["ordinal"].split()))
        if not years:
            return {}
        return {"value": float(years), "unit": "year", "business": False, "hours": round(to_hours(float(years), "year"), 4),
                "anniversary": True}
    if pattern_id == "duration.compound":
        parts = [_one_duration(m.group("number"), m.group("unit"), m.group("kind")) for m in _PART.finditer(text)]
        if len(parts) < 2 or not all(parts):
            return None
        ranks = [UNIT_ORDER.index(p["unit"]) for p in parts]
        if any(b <= a for a, b in zip(ranks, ranks[1:])):
            return None
        unit = parts[-1]["unit"]
        return {"value": round(sum(in_unit(p["value"], p["unit"], unit) for p in parts), 4), "unit": unit,
                "business": any(p["business"] for p in parts), "hours": round(sum(p["hours"] for p in parts), 4),
                "parts": [[p["value"], p["unit"]] for p in parts]}
    value = _one_duration(groups.get("number"), groups.get("unit"), groups.get("kind"))
    if groups.get("low") is not None:
        low = words_to_number(groups["low"])
        if low is None or not value or low >= value["value"]:
            return None  # '4 to 2 hours' is no range
        value["low"] = low
    return value


def _value(label: str, match: re.Match, text: str, pattern_id: str = "") -> dict | None:
    """The normalised value of a tag, read from its groups (the words as the text has them);
    None when the words are not one after all."""
    groups = match.groupdict()
    if label == "DURATION":
        return _duration(pattern_id, groups, text[match.start():match.end()])
    if label == "PERCENT":
        return {"value": float(groups["number"])}
    if label == "MONEY":
        amount = parse_money(groups["amount"])
        currency = groups["currency"].upper().replace(" ", "")
        currency = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "DOLLARS": "USD", "EUROS": "EUR"}.get(
            currency, "GBP" if currency.startswith("POUNDS") else currency)
        return {"amount": amount, "currency": currency}
    if label == "PRIORITY":
        level = groups.get("level")
        if level:
            level = {"ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4", "I": "1", "II": "2", "III": "3", "IV": "4",
                     "A": "1", "B": "2", "C": "3", "D": "4"}.get(
                level.upper(), level)
            rank = int(level) if level.isdigit() else None
            if rank == 0:
                rank = 1
            return {"rank": rank}
        name = (groups.get("name") or "").lower()
        return {"rank": {"critical": 1, "urgent": 1, "emergency": 1, "major": 2, "high": 2, "medium": 3,
                         "moderate": 3, "normal": 3, "low": 4, "minor": 4}.get(name)}
    if label == "MODAL":
        return {"strength": "strong" if groups.get("strong") else "weak"}
    if label == "REGULATION":
        return {"name": text[match.start():match.end()]}
    return {}


@Language.component("checker_tagger")
def checker_tagger(doc: Doc) -> Doc:
    """Tag the text. The exact tags (regex offsets, pattern id, value) go to
    doc.user_data[SPAN_KEY]; doc.spans[SPAN_KEY] holds the same tags as token spans for
    spaCy users (span extensions are keyed by offsets, so two tags over one word would
    share a value there: the Tag records are the source of truth). A review reads only the
    Tag records and skips the spans (`analyse(..., spans=False)`)."""
    tags = []
    doc.user_data[SPAN_KEY] = tags
    if not len(doc):
        doc.spans[SPAN_KEY] = []
        return doc
    text = _text_of(doc)
    prepared = searchable(text)
    seen = set()
    for pattern, regex in _COMPILED:
        for match in regex.finditer(prepared):
            start, end = match.span("tag" if "tag" in match.names else 0)  # a pattern that reads words around its tag
            if (pattern.id, start, end) in seen:
                continue  # two alternatives of one pattern found the same words
            seen.add((pattern.id, start, end))
            value = _value(pattern.label, match, text, pattern.id)
            if value is not None:
                tags.append(Tag(pattern.label, start, end, text[start:end], pattern.id, value))
    tags = _without_parts(_ranges_not_from_levels(tags + column_levels(text) + column_durations(text)))
    doc.user_data[SPAN_KEY] = tags
    if doc.user_data.get(_WANTS_SPANS, True):
        doc.spans[SPAN_KEY] = _token_spans(doc, tags)
    tags.sort(key=lambda t: (t.start, -t.end))
    return doc


_WANTS_SPANS = "checker_spans"
_WHOLE_DURATIONS = {"duration.compound", "duration.range", "duration.range-between", "duration.redacted-period"}


def _ranges_not_from_levels(tags: list[Tag]) -> list[Tag]:
    """'Priority 1 - 4 hours' is a level and its time, no range from 1 to 4 hours: a range whose low end
    is a level's number is none."""
    levels = [(t.start, t.end) for t in tags if t.label == "PRIORITY"]
    if not levels:
        return tags
    return [t for t in tags if t.pattern not in _RANGES or not any(s <= t.start < e for s, e in levels)]


_RANGES = {"duration.range", "duration.range-between"}


def _without_parts(tags: list[Tag]) -> list[Tag]:
    """A duration inside a compound, a range or a redacted period ('6 months' of '1 year and 6 months', '[***]' of
    'a period of [***]') is a part of it, not a duration of its own."""
    wholes = [(t.start, t.end) for t in tags if t.pattern in _WHOLE_DURATIONS]
    if not wholes:
        return tags
    return [t for t in tags if t.label != "DURATION" or t.pattern in _WHOLE_DURATIONS
            or not any(s <= t.start and t.end <= e and (s, e) != (t.start, t.end) for s, e in wholes)]


def _token_spans(doc: Doc, tags: list[Tag]) -> list[Span]:
    """The tags as token spans, with ._.pattern and ._.value."""
    if not tags:
        return []
    # the tokens each tag touches, looked up at once (doc.char_span re-checks annotations
    # on every call: too slow)
    token_starts = doc.to_array(IDX)
    firsts = numpy.searchsorted(token_starts, [t.start for t in tags], side="right") - 1
    lasts = numpy.searchsorted(token_starts, [t.end for t in tags], side="left")
    spans = []
    for tag, first, last in zip(tags, firsts.tolist(), lasts.tolist()):
        span = Span(doc, max(first, 0), max(last, first + 1), label=tag.label)
        span._.pattern = tag.pattern
        span._.value = tag.value
        spans.append(span)
    return spans


# The word attributes checker reads (with the flags nlp/obligations.py adds for its Matcher):
# spaCy's other getters (shape, norm, like_url, like_num ...) ran in Python for every new word,
# two thirds of the tokenizer's time on the first contract a process reads. A trained pipeline
# keeps them all: its models read them.
READ_ATTRIBUTES = frozenset({LOWER, IS_ALPHA, IS_SPACE})


@lru_cache(maxsize=4)
def build_pipeline(model: str | None = None) -> Language:
    """The blank English pipeline with our components, or a trained one the user names."""
    if model:
        try:
            nlp = spacy.load(model)
        except OSError:
            raise CheckerError(f"spaCy pipeline '{model}' is not installed; checker never downloads models "
                               f"(install it yourself, or omit --model to use the built-in rules)") from None
        first = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("checker_sentences", before=first) if first else nlp.add_pipe("checker_sentences")
    else:
        nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
        unread = [a for a in nlp.vocab.lex_attr_getters if a not in READ_ATTRIBUTES]
        nlp.add_pipe("checker_sentences")
    nlp.add_pipe("checker_tagger")
    nlp.add_pipe("checker_obligations")  # its flags take the ids spaCy's own attributes leave free
    if not model:
        for attribute in unread:
            del nlp.vocab.lex_attr_getters[attribute]
    nlp.max_length = MAX_TEXT  # a longer text is refused when it is read (checker/ingest)
    pattern_cache.save()  # the tag patterns' readings, when new, for the next run (imported after a rulebook's load)
    return nlp


def analyse(nlp: Language, text: str, boundaries: tuple[int, ...] = (), spans: bool = True) -> Doc:
    """Run the pipeline over a text; `spans=False`: the Tag records only, no doc.spans
    (what a review reads)."""
    doc = nlp.make_doc(text)
    doc._.boundaries = boundaries
    doc.user_data["checker_text"] = text
    doc.user_data[_WANTS_SPANS] = spans
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def tags_of(doc: Doc) -> list[Tag]:
    """The Tag records for the engine, at the regex's exact character offsets."""
    return list(doc.user_data.get(SPAN_KEY, []))


LONGEST_RUN = 255  # characters without white space the tokenizer is given in one piece


_LONG_RUN = re.compile(r"\S{%d,}" % (LONGEST_RUN + 1))


def tokenizable(text: str) -> str:
    """The text as spaCy's tokenizer reads it in linear time: a run of more than LONGEST_RUN
    characters without white space (200,000 quote marks, a line of brackets) gets a space in
    place of every LONGEST_RUN + 1st character. The tokenizer strips affixes off a token one at a
    time, searching the rest each time: 40,000 quote marks took 28 s, 200,000 past 120 s. Same
    length, so every offset holds; no word, figure or duration is that long."""
    if _LONG_RUN.search(text) is None:
        return text
    return _LONG_RUN.sub(_spaced, text)


def _spaced(run: re.Match) -> str:
    chars = list(run.group())
    chars[LONGEST_RUN::LONGEST_RUN + 1] = " " * len(chars[LONGEST_RUN::LONGEST_RUN + 1])
    return "".join(chars)


def analysis(document, model: str | None = None) -> tuple[list[int], list[Tag], list[Stance], list[Party]]:
    """What the pipeline reads in a Document (checker.model), as an AnalysedDocument holds it:
    the sentence starts (each section's start and body among them), the tags, the stances and
    the parties. Plain records, no spaCy object: `checker review` reads them in another process
    (nlp/aside.py)."""
    nlp = build_pipeline(model)
    boundaries = tuple(document.section_starts())
    doc = analyse(nlp, tokenizable(document.text), boundaries, spans=False)
    starts = sorted(set(sentence_offsets(doc)) | set(boundaries))
    return starts, tags_of(doc), stances_of(doc), parties_of(doc)
