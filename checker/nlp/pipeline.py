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
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.tokens import Doc, Span

from checker.errors import CheckerError
from checker.ingest import MAX_TEXT
from checker.matching import TextPattern, searchable
from checker.nlp.normalise import parse_money, to_hours, unit_of, words_to_number
from checker.nlp.patterns import PATTERNS
from checker.nlp.tags import Tag
from checker.nlp.tokenizer import contract_tokenizer

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
    "approx min max hrs dept govt fig pp p ex exh sch cf al".split()
)
_SENTENCE_END = re.compile(
    r"[.!?;]['\"\u201d)\]]*\s+(?=[\"'\u201c(\[]?[A-Z0-9]|\[\s?[xX\u2713\u2714]?\s?\]\s)"  # also before a tick box
    r"|[.;:]\s+(?=\(?[a-z]{1,3}[.)]\s+[A-Z])"  # "... days. c. Each Recipient": a lettered item
    r"|:\s*\n|\n[ \t]*\n\s*"
)
# "Annex A." ends a sentence; "J. Smith" does not
_PART_LETTER = re.compile(r"\b(?:schedule|annex|exhibit|appendix|attachment|part|clause|section|article)\s+[A-Z]$", re.I)
_LIST_ITEM_START = re.compile(
    r"\n[ \t]*(?=\(?[a-z]{1,4}\)\s|\(?\d{1,2}(?:\.\d{1,3})*[.)]\s|\d{1,2}(?:\.\d{1,3})+\s+[A-Z(]|[\u2022\u25cf\-\*]\s)"
)


def sentence_starts(text: str, extra: tuple[int, ...] = ()) -> list[int]:
    """Character offsets where sentences begin."""
    starts = {0, *extra}
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            before = re.search(r"([A-Za-z.]+)$", text[max(0, match.start() - 12):match.start()])
            word = before.group(1).lower().strip(".") if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and not _PART_LETTER.search(
                    text[max(0, match.start() - 24):match.start()])):
                continue
            # "4." or "4.2." at the start of a line is an item number, not an end
            line_start = text.rfind("\n", 0, match.start()) + 1
            if re.fullmatch(r"\s*\(?\d{1,2}(?:\.\d{1,3})*", text[line_start:match.start()]):
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


def _value(label: str, match: re.Match, text: str) -> dict:
    """The normalised value of a tag, read from its groups (the words as the text has them)."""
    groups = match.groupdict()
    if label == "DURATION":
        if groups.get("kind", "") and groups["kind"].lower() == "next":
            return {"value": 1.0, "unit": "day", "business": True, "hours": 24.0}
        number = words_to_number(groups.get("number") or "")
        unit = unit_of(groups.get("unit") or "")
        if unit is None and (groups.get("unit") or "").lower() == "d":
            unit = "day"
        if number is None or unit is None:
            return {}
        kind = (groups.get("kind") or "").lower()
        business = kind in ("business", "working", "normal business", "work") or groups["unit"].lower().startswith("workday")
        return {"value": number, "unit": unit, "business": business,
                "hours": round(to_hours(number, unit), 4)}
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
            level = {"ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4", "I": "1", "II": "2", "III": "3", "IV": "4"}.get(
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
            start, end = match.span()
            if (pattern.id, start, end) in seen:
                continue  # two alternatives of one pattern found the same words
            seen.add((pattern.id, start, end))
            tags.append(Tag(pattern.label, start, end, text[start:end], pattern.id, _value(pattern.label, match, text)))
    if doc.user_data.get(_WANTS_SPANS, True):
        doc.spans[SPAN_KEY] = _token_spans(doc, tags)
    tags.sort(key=lambda t: (t.start, -t.end))
    return doc


_WANTS_SPANS = "checker_spans"


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
        nlp = spacy.blank("en")
        nlp.tokenizer = contract_tokenizer(nlp.vocab)
        nlp.add_pipe("checker_sentences")
    nlp.add_pipe("checker_tagger")
    nlp.max_length = MAX_TEXT  # a longer text is refused when it is read (checker/ingest)
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
