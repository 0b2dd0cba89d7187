"""Finding the passages a rule is about: sentences that match its patterns, and
sections whose heading matches, minus negated mentions, definitions and exclusions.

Options of a rule's `find:` block:
  patterns   regexes; a sentence matching one is a candidate
  headings   regexes; a section whose heading matches is a candidate
  near       regexes; a candidate must also match one of these
  exclude    regexes; a candidate matching one is dropped
  keep       regexes; a candidate matching one is kept even when an exclude matches it
  within     regexes; sentence candidates only count inside sections whose heading matches
  negated    allow a negated mention ("no service credits") to count (default false)
  definitions allow a Definitions entry to count (default false)
  outside    clause types (nlp/clause_types.yaml) where a candidate never counts: a
             keyword inside a clause about something else ("business hours" in notices)
  inside     clause types where sentence candidates only count (like `within`, by type)
  conditional  false: a candidate whose verb holds only under a condition ("may terminate
             ... if the other party becomes insolvent") does not count (default true); a
             list of regexes: such a candidate counts only when it matches one of them
             ("for any or no reason if there are no active orders")
  typed      evidence from the clause's type: the sentences of clauses of these types (nlp/clause_types.yaml)
             are candidates when they also have the rule's general shape, whatever their wording:
             types [..], near [regexes] (the sentence matches one), states [tag labels] (it states one),
             verbs [regexes] / modality [..] (a modal phrase in it, of that modality, governs such a verb:
             "shall continue to supply", "may sell off"). A warranty clause that states "for a period of
             N after delivery" is a warranty with a duration however the firm words it. levels first |
             later [+ marks]: a duration tied to a level of a priority scheme (engine/levels.py), read in
             clauses of the types or in any whose own text names two levels. Without types: any
             clause, each sentence whose modal phrase governs one of the verbs ("may withdraw from this
             Agreement"); a lead-in's list read item by item, each item with its lead-in.
  party      who must hold it: provider | customer | either (any party, or both) | each (both) |
             user / counterparty (the side the rulebook's `side:` takes, default customer, or the other)
  modality   what it must be: obligation | right | prohibition | exemption (one or a list)
             With party and modality a passage fits when the verb that governs it (nlp/
             obligations.py) binds or entitles that party that way, or the other side the
             other way round (the Customer's right to a credit is the Provider's duty to give
             it). Passages that fit come first; one whose verb names another holder is a
             "misfit": kept as evidence, but the kind grades it (the right exists, not for you).
  party_fit  graded (default): a misfit is kept and graded, as above; required: a misfit is
             dropped (a verb that names no party still counts); named: a passage whose verb
             names no party is dropped too, so only one whose verb names the rule's party the
             rule's way counts ("Licensee shall provide access", whatever the contract calls its
             customer, not "access shall be provided", nor "each party shall ..." for one side);
             words without a verb (a heading, a table's label) still count
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from checker.engine import levels as level_scheme
from checker.engine.context import AnalysedDocument
from checker.matching import TextPattern
from checker.model import Section
from checker.nlp.parties import role_word
from checker.nlp.tags import Stance

# a table of contents names clauses, it holds none; a "[Reserved]" clause keeps only its number
NEVER_EVIDENCE = frozenset({"contents", "reserved"})
_RECITAL = re.compile(r"\W*whereas\b", re.I)  # recitals tell why the parties contract, they bind no one to anything
_AS_FOLLOWS = re.compile(r"\bas\s+follows\s*:", re.I)  # "WHEREAS ... agree as follows: [the operative terms]"
PARTIES = ("provider", "customer", "either", "each", "user", "counterparty")  # user: the rulebook's side
PARTY_FITS = ("graded", "required", "named")  # what a passage whose verb does not fit the rule's party becomes
_DROPPED = {"graded": frozenset(), "required": frozenset({"misfit"}), "named": frozenset({"misfit", "neutral"})}
_CORRELATIVE = {"obligation": "right"}  # one side's duty is the other's claim (not: one side's liberty, the other's duty)
_OTHER_SIDE = {"provider": "customer", "customer": "provider"}
# the holders a rule's party accepts ("user" / "counterparty" unresolved: the default side, customer)
_HOLDERS = {"provider": {"provider", "mutual"}, "customer": {"customer", "mutual"}, "each": {"mutual"},
            "either": {"provider", "customer", "mutual"}, None: {"provider", "customer", "mutual"},
            "user": {"customer", "mutual"}, "counterparty": {"provider", "mutual"}}
_MODALITIES = frozenset({"obligation", "right", "prohibition", "exemption"})
# a negation cue at most three words before the mention: "not be responsible for backups"
_NEGATION_BEFORE = TextPattern(r"\b(?:no|not|never|neither|nor|none|without|n't|excluding|except)\b(?:\s+[\w'-]+){0,3}\s*$", sentence_window=False)
# ... nor is a price: "repairs at no charge during the warranty period"; nor a time: "inform ... without delay of any incident"
_NOT_A_NEGATION = re.compile(r"\bwithout\s+(?:any\s+|undue\s+|unreasonable\s+)?delay\b|\bin\s+no\s+event\b|\b(?:at|with|for)\s+no\s+(?:additional\s+|extra\s+)?(?:charge|cost|expense)\b|\bno\s+(?:later|more|less)\s+than\b|\bnot\s+(?:later|more|less)\s+than\b|\bnot\s+(?:exceed|to\s+exceed)\b"
                             # the matters a contract leaves out, the subject of what governs them: "Matters not regulated shall be
                             # governed by the Civil Code" (issue 9, w33)
                             r"|\b(?:matters|issues|questions|cases|anything|everything|all)\s+not\s+(?:otherwise\s+|expressly\s+)?(?:regulated|provided\s+for|dealt\s+with|stipulated|addressed|covered)\b", re.I)
# ... over a list it opens: "does not offer refunds or [credits]", "no discounts, rebates or [service credits]"
_NEGATED_LIST = TextPattern(r"\b(?:no|not|never|neither|nor|n't)\b(?:\s+[\w'-]+){1,3}(?:\s*,\s*[\w'-]+(?:\s+[\w'-]+)?)*,?\s+"
                            r"(?:or|nor)(?:\s+[\w'-]+){0,3}\s*$", sentence_window=False)
# a topic the agreement says it does not take up: "Nothing in this Agreement relates to the Mine's emergency response team"
_NOT_ITS_SUBJECT = TextPattern(r"^\W*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?nothing\s+in\s+(?:this|these|the)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:agreement|contract|terms|order(?:\s+form)?|schedule)\s+(?:relates?|concerns?|covers?|deals?\s+with|"
                               r"applies\s+to|governs?|addresses|regulates?)\b", sentence_window=False)
_CLAUSE_BREAK = TextPattern(r"[,;:()\u2013\u2014]|\band\b|\bor\b|\bbut\b|\bprovided\b", sentence_window=False)
_CLAUSE_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,3})+\.?|\d{1,2}[.)]|\(\s?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\s?\))[ \t]+(?=\S)")
# a duty denied: "has no backup duties", "nothing in this Contract obliges", "is not responsible for"
_DUTY_DENIED = re.compile(r"\b(?:no|not|nothing|never|neither|none)\b[^.;]{0,60}?\b(?:dut(?:y|ies)|obligat\w*|oblig(?:e|es|ed)|"
                          r"responsib\w*|requir(?:e|es|ed)|undertak\w*)\b", re.I)
# ... or a role denied that points back at what the sentence named: "Backups of the ledger are run by the bank's
# bureau and Corrib has no role in them" (who has none: a party's name or role word, read by `_party_role`)
_ROLE_DENIED = TextPattern(r"\s(?:has|have|plays?|takes?)\s+no\s+(?:role|part|involvement|hand)\s+(?:at\s+all\s+|whatsoever\s+)?"
                           r"(?:in|with)\s+(?:them|it|these|those|this|that)\b", sentence_window=False)
_EXCEPTIONS = re.compile(r"\b(?:following|includ\w*|except\w*|unless|other\s+than|to\s+the\s+extent|save|if)\b", re.I)
# a sub-clause's title run into its text: words in Title Case to a full stop, then the clause on the same line
_SUB_TITLE = re.compile(r"[*_]{0,2}(?:[A-Z][\w\u2019'&/-]*[ \t]+(?:(?:and|of|or|the|for|to|on|in|&)[ \t]+)*){0,7}"
                        r"[A-Z][\w\u2019'&/-]*[.:][*_]{0,2}[ \t]+(?=[*_]{0,2}[\w\"\u201c(])")
_ITEM_MARK = re.compile(r"^[\s,;:]*(?:(?:and|or|and/or)\s+)?(?:\(\s?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\s?\)|\d{1,2}[.)]|[a-z][.)])\s+",
                        re.I)  # where an item starts: its separator and number ("; or (b) ")
_UNTICKED = re.compile(r"\s*(?:\[\s?\]|\u2610)\s")
MAX_QUOTE = 420
# a condition a list item puts on its lead-in's verb ("(a) if the other party ...", "(b) in the event that ..."): the
# words checker/nlp/obligations.py reads as a condition after a modal
_CONDITION = re.compile(r"\b(?:if|unless|should|provided|where|in\s+the\s+event|in\s+(?:the\s+)?case|upon\s+the\s+occurrence|"
                        r"on\s+the\s+occurrence|as\s+a\s+result\s+of|due\s+to|because)\b", re.I)
_ANAPHOR = re.compile(r"\W{0,3}(?:provided,?\s+(?:however,?\s+)?that\s+|notwithstanding\s+)?(?:the\s+foregoing|the\s+above|the\s+preceding|"
                     r"(?:this|that|these|those|such)\s+(?:\w+\s+){0,2}(?:limitations?|exclusions?|caps?|limits?|sections?|clauses?|paragraphs?)"
                     # a duty that follows on from the sentence before: "Then ...", "The Contractor shall then work ..."
                     r"|(?:then|thereafter|after\s+that)|(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:shall|will|must)\s+(?:then|thereafter))\b", re.I)
SHORT_LINE = 160  # a line this short that holds a whole sentence is a table cell or a list item
ROW_CONTEXT = 300  # how far above such a line its subject is looked for
_FIT_ORDER = {"fit": 0, "neutral": 1, "misfit": 2}
# an item of a list run into one sentence: "warrants that: (i) ...; (ii) ...", "shall terminate (a) ..., or (b) ...", "(a) ..., (b) ..."
_INLINE_ITEM = re.compile(r"(?:[:;]\s*(?:and\s+|or\s+)?|,\s*(?:(?:and|or|and/or)\s+)?|\n\s*)\(\s?(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\s?\)\s"
                          r"|\s\((?:a|i|1)\)\s", re.I)
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$|^.+ \| .+$", re.M)  # a table row, as Markdown and the DOCX / PDF readers write it


def _own_rows(sentence: str, match_start: int, match_end: int) -> str:
    """A sentence that holds a table of three rows or more, cut to the words above the table, its heading row and
    the rows the match spans; any other sentence whole."""
    if "|" not in sentence:  # no row ('|' opens and separates cells)
        return sentence
    rows = list(_ROW.finditer(sentence))
    if len(rows) < 3:
        return sentence
    own = [row for row in rows[1:] if row.end() >= match_start and row.start() <= match_end]
    if not own or rows[0].end() >= match_start:
        return sentence
    return sentence[:rows[0].end()] + "\n" + sentence[own[0].start():own[-1].end()]


@dataclass
class Passage:
    source: AnalysedDocument
    start: int  # the span a quote and the measurability checks read
    end: int
    match_start: int
    match_end: int
    via: str  # "pattern" | "heading" | "type" (`typed`: a sentence of a clause of its types, or one its verbs govern)
    section: Section | None
    rank: int = 0  # index of the first pattern that matched
    hits: int = 1  # how many of the rule's patterns match the passage elsewhere than on the first match's words
    last_rank: int = 0
    quote_end: int | None = None  # where the quote may run to, past the passage itself
    fit: str = "neutral"  # fit | neutral | misfit: does who holds it match the rule's party / modality
    stance: Stance | None = None  # the verb that governs the match
    stance_at: int = 0  # where that verb is read: the match, or the clause a match from its heading runs into
    also_at: tuple[int, ...] = ()  # other matches in the sentence ("(i) X may ... (ii) Y may ..."): their verbs too
    item: bool = False  # a list item read with its lead-in: its conditions are read on the two (`typed` without types)


# what a modal phrase's verb may follow: "shall [have the right] to", "will promptly", "may also"
GOVERNED = r"^\W*(?:to\s+)?(?:(?:\w+ly|also|then|thereafter|forthwith|further)\s+)*"
TYPED_REACH = 4000  # how much of a clause's own text `typed` reads


@dataclass
class TypedSpec:
    """`find.typed`: which sentences of clauses of the given types are candidates."""
    types: frozenset[str]
    near: list[TextPattern]
    verbs: list[TextPattern]  # each anchored after a modal phrase (GOVERNED)
    modality: tuple[str, ...] = ()
    states: frozenset[str] = frozenset()
    levels: str | None = None  # first | later: a duration tied to a level of a priority scheme (engine/levels.py)
    marks: list[TextPattern] | None = None  # the words that make a level's duration a later one

    def reads(self, doc: AnalysedDocument, section: Section) -> bool:
        """Are the sentences of this clause read: one of the types, or (for levels) one whose own
        text names a scheme of levels, whatever its heading."""
        return doc.clause_types.get(id(section)) in self.types or (
            bool(self.levels) and level_scheme.scheme(doc, section.body_start, _own_end(section)))

    def shaped(self, doc: AnalysedDocument, start: int, end: int) -> tuple[int, int, Stance | None] | None:
        """(match start, end, the modal phrase that fits) when the sentence has the shape, else None."""
        text = doc.text[start:end]
        if self.near and not any(r.search(text) for r in self.near):
            return None
        at, to = start, start
        if self.levels:  # the most urgent level's duration of that order
            tied = [t for t in level_scheme.tied(doc, start, end, self.marks or ()) if t.order == self.levels]
            if not tied:
                return None
            chosen = min(tied, key=lambda t: t.level.value["rank"]).duration
            at, to = chosen.start, chosen.end
        if self.states:
            tags = doc.tags_in(start, end, self.states)
            if not tags:
                return None
            at, to = tags[0].start, tags[0].end
        if not (self.verbs or self.modality):
            return at, to, None
        for stance in doc.stances_in(start, end):
            if self.modality and stance.modality not in self.modality:
                continue
            governed = doc.text[stance.end:min(end, stance.end + 80)]
            if not self.verbs or any(r.search(governed) for r in self.verbs):
                return (at, to, stance) if self.states or self.levels else (stance.start, stance.end, stance)
        return None


@dataclass
class FindSpec:
    patterns: list[TextPattern]
    headings: list[TextPattern]
    near: list[TextPattern]
    exclude: list[TextPattern]
    keep: list[TextPattern]
    within: list[TextPattern]
    negated: bool = False
    definitions: bool = False
    party: str | None = None
    modality: tuple[str, ...] = ()
    outside: frozenset[str] = frozenset()
    inside: frozenset[str] = frozenset()
    conditional: bool | list[TextPattern] = True
    typed: TypedSpec | None = None
    party_fit: str = "graded"

    def find(self, doc: AnalysedDocument, limit: int = 40) -> list[Passage]:
        """Candidate passages, the most telling first: sentences that more of the rule's
        patterns match, then those matched by its earlier (more specific) patterns."""
        by_sentence: dict[tuple[int, int], Passage] = {}
        rejected: set[tuple[int, int]] = set()
        negated: dict[tuple[int, int], list[tuple[int, int]]] = {}  # sentence -> its negated matches
        for rank, regex in enumerate(self.patterns):
            for match in regex.finditer(doc.searchable):
                start, end = doc.passage_span(match.start())
                stance_at = match.start()
                if match.end() > end:  # a match that runs on from a heading into its clause holds both
                    stance_at, end = doc.passage_span(match.end() - 1)  # and the clause's verb says who holds it
                key = (start, end)
                if key in by_sentence:
                    passage = by_sentence[key]
                    elsewhere = match.end() <= passage.match_start or match.start() >= passage.match_end
                    passage.hits += 1 if passage.last_rank != rank and elsewhere else 0
                    passage.also_at += (stance_at,) if elsewhere and len(passage.also_at) < 8 else ()
                    passage.last_rank = rank
                    continue
                if key in rejected or len(by_sentence) >= limit:
                    continue
                if not self.negated and (is_negated(doc.text[start:match.start()]) or
                                         any(a <= match.start() < b for a, b in negated.get(key, ()))):
                    # this mention is negated, not the sentence: another pattern's match in it may stand, unless it
                    # starts inside a negated one ("does not conform to the warranty" negates 'warranty', not the
                    # repair within a year that holds it; "except in the event of termination, X shall provide ...")
                    negated.setdefault(key, []).append((match.start(), match.end()))
                    continue
                chain = doc.sections_of(match.start())
                if not self._keeps(doc, start, end, match.start(), leveled=self._leveled) or not self._fits_clause(doc, chain) or \
                        not self._within(chain):
                    rejected.add(key)
                    continue
                if self._excluded(doc.text[start:end], match.start() - start, match.end() - start):
                    if not _INLINE_ITEM.search(doc.text, start, end):  # another item may hold a match that stays
                        rejected.add(key)
                    continue
                section = chain[-1] if chain else None
                by_sentence[key] = Passage(doc, start, end, match.start(), match.end(), "pattern",
                                           section, rank=rank, last_rank=rank, stance_at=stance_at)
                if section is not None and section.start <= start < section.body_start and end <= section.body_start + 1:
                    # a match in a heading ("2. Backups"): the passage is the heading and its clause's first
                    # sentence, which says who does what and states the figures; the quote runs on a little
                    passage = by_sentence[key]
                    if _bare(doc, section) or (not self.negated and self._denies(doc, section)):
                        del by_sentence[key]  # "7. Escalation" alone; "Service Credits. No service credits apply."
                        rejected.add(key)
                        continue
                    if section.body_start < section.end:
                        body_at, body_end = doc.passage_span(_first_word(doc, section))
                        if self._excluded(doc.text[body_at:body_end], 0, 0):  # what the heading holds is dropped
                            del by_sentence[key]
                            rejected.add(key)
                            continue
                        passage.stance_at, passage.end = body_at, max(end, min(body_end, section.end))
                    passage.quote_end = max(passage.end, min(section.end, section.body_start + MAX_QUOTE // 2))
        if self.typed is not None:
            self._typed(doc, by_sentence, rejected | negated.keys(), limit)  # a sentence a negated match holds: no type evidence
        if self.conditional is not True or self.party or self.modality:
            for key, passage in list(by_sentence.items()):
                text = doc.text[passage.start:passage.end]
                stances = [st for st in dict.fromkeys(doc.governing_stance(at) for at in (passage.stance_at, *passage.also_at))
                           if self.conditional is True or st is None or not st.conditional or passage.item
                           or (self.conditional and any(r.search(text) for r in self.conditional))]
                if not stances:  # every verb a match reads holds only under a condition
                    del by_sentence[key]
                    continue
                if self.party or self.modality:  # the verb that fits the rule best
                    passage.fit, passage.stance = min(((self.fit(st), st) for st in stances), key=lambda p: _FIT_ORDER[p[0]])
                    if self._dropped(passage.fit, passage.stance is not None):  # not the rule's party's
                        del by_sentence[key]
                else:
                    passage.stance = stances[0]
        passages = sorted(by_sentence.values(), key=lambda p: (_FIT_ORDER[p.fit], -p.hits, p.rank, p.start))
        disowned: dict[int, bool] = {}  # clause -> does it deny the rule's party the duty
        if self.party_fit != "graded" and self.party in _OTHER_SIDE:
            passages = [p for p in passages if p.fit == "fit" or not self._disowns(doc, p.section, disowned)]
        headings = [r for r in self.headings if r.may_match(doc.headings)]
        for section in doc.sections if headings else ():
            if not section.heading or not any(r.search(section.heading) for r in headings):
                continue
            body_end = min(section.end, section.body_start + 2500)
            body = doc.text[section.body_start:body_end]
            if len(body.strip()) < 25 or (not self.definitions and doc.is_definition(section.start, section.body_start)):
                continue
            if self.near and not any(r.search(body) for r in self.near):
                continue
            if self.exclude and (self._excluded(section.heading, 0, 0) or  # a heading read as a sentence is: keep too
                                 self._excluded(doc.text[slice(*doc.passage_span(_first_word(doc, section)))], 0, 0)):
                continue  # as for a match in a heading: what the heading holds is dropped
            if not self.negated and self._denies(doc, section):
                continue
            if doc.clause_types.get(id(section)) in NEVER_EVIDENCE | self.outside or _told_by_clauses(doc, section, headings):
                continue
            if self.party_fit != "graded" and self.party in _OTHER_SIDE and self._disowns(doc, section, disowned):
                continue  # "4.5 Backups. The IT team runs the backups. Provider has no backup duties."
            passage = Passage(doc, section.start, body_end, section.start, section.body_start, "heading", section)
            if self.party or self.modality:
                stances = doc.stances_in(section.body_start, body_end)
                fits = [self.fit(st) for st in stances]
                passage.fit = "fit" if "fit" in fits else "misfit" if fits and set(fits) == {"misfit"} else "neutral"
                if passage.fit == "misfit":
                    passage.stance = stances[0]  # whose the section's verbs are, for the finding to say
                if self._dropped(passage.fit, bool(stances)):
                    continue
            passages.append(passage)
        return passages

    def _typed(self, doc: AnalysedDocument, by_sentence: dict, rejected: set, limit: int) -> None:
        """Candidates from the clause's type: each sentence of a clause of one of `typed.types` (its
        own text, to its first sub-clause) that has the shape `typed` asks, and passes the rule's
        filters as a matched sentence does (near, exclude / keep, definitions, recitals, guidance)."""
        typed = self.typed
        if not typed.types:
            self._governed(doc, by_sentence, rejected, limit)
            return
        rank = len(self.patterns)  # after every pattern: the rule's own wordings are more telling
        for section in doc.sections if typed.levels else doc.of_types(typed.types):
            if not typed.reads(doc, section) or (typed.levels and not self._fits_clause(doc, [section])):
                continue
            own_end = _own_end(section)
            at = _first_word(doc, section)
            while at < own_end and len(by_sentence) < limit:
                start, end = doc.passage_span(at)
                at = max(end, at + 1)
                key = (start, end)
                if key in by_sentence or key in rejected or not doc.text[start:end].strip():
                    continue
                shape = typed.shaped(doc, start, min(end, own_end))
                if shape is None or not self._keeps(doc, start, end, start, leveled=self._leveled) \
                        or not self._within(doc.sections_of(start)) \
                        or self._excluded(doc.text[start:end], shape[0] - start, shape[1] - start):
                    continue
                match_start, match_end, stance = shape
                by_sentence[key] = Passage(doc, start, end, match_start, match_end, "type", section, rank=rank,
                                           last_rank=rank, stance_at=stance.start if stance else start)

    def _governed(self, doc: AnalysedDocument, by_sentence: dict, rejected: set, limit: int) -> None:
        """`typed` without types: in any clause the rule does not rule out (outside / inside / within), each
        sentence whose modal phrase of `typed.modality` governs one of `typed.verbs` ("may terminate this
        Agreement", "is entitled to withdraw from the contract") and that has the rest of the shape (near,
        states). A lead-in's list ("may terminate this Agreement: (a) if ...; (b) on 90 days' notice") is
        read item by item, each with the lead-in that governs it: the item's shape, exclusions and
        conditions are its own."""
        typed, rank = self.typed, len(self.patterns)
        for stance in doc.stances:
            if len(by_sentence) >= limit:
                return
            if typed.modality and stance.modality not in typed.modality:
                continue
            start, end = doc.passage_span(stance.start)
            lead_end = doc.sentence_span(stance.start)[1]
            if end == lead_end and doc.text[start:end].rstrip().endswith(":"):
                continue  # a lead-in whose list is not read ("... as follows:", its events clauses of their own)
            chain = doc.sections_of(stance.start)
            if not self._fits_clause(doc, chain) or not self._within(chain) or not self._keeps(doc, start, end, stance.start):
                continue
            for lead, item_start, item_end in _items(doc, start, lead_end, end, stance.end):
                key = (start, item_end)
                item = _ITEM_MARK.sub("", doc.text[item_start:item_end], count=1)
                governed = (doc.text[stance.end:lead] + " " + item)[:160]  # "may: (b) terminate" reads "may terminate"
                text = doc.text[start:lead] + " " + doc.text[item_start:item_end]
                if key in by_sentence or key in rejected or not any(r.search(governed) for r in typed.verbs) \
                        or not self._shaped(doc, text, (start, lead), (item_start, item_end)):
                    continue
                listed = item_end > lead
                if listed and self.conditional is not True and _CONDITION.search(text) and \
                        not (self.conditional and any(r.search(text) for r in self.conditional)):
                    continue  # the lead-in or the item puts a condition on it: "(a) if the other party ..."
                if self._excluded(text, stance.start - start, stance.end - start):
                    continue
                by_sentence[key] = Passage(doc, start, item_end, stance.start, stance.end, "type", chain[-1] if chain else None,
                                           rank=rank, last_rank=rank, stance_at=stance.start, item=listed)

    def _shaped(self, doc: AnalysedDocument, text: str, *spans: tuple[int, int]) -> bool:
        """Has a lead-in read with one of its items (or a sentence) the rest of `typed`'s shape: near, states?"""
        typed = self.typed
        if typed.near and not any(r.search(text) for r in typed.near):
            return False
        return not typed.states or any(doc.tags_in(a, b, typed.states) for a, b in spans)

    def fit(self, stance: Stance | None) -> str:
        """fit: the stance binds or entitles the rule's party the rule's way; misfit: it names
        another holder or another way; neutral: no holder is named (passive, 'this Agreement
        may be terminated ...')."""
        if stance is None or stance.holder is None:
            return "neutral"
        modalities = set(self.modality) or _MODALITIES
        if stance.holder == "mutual" and self.party_fit == "named" and self.party not in ("either", "each", None):
            return "neutral"  # 'each party shall ...' names neither side as the one the rule is about
        if stance.holder in _HOLDERS[self.party] and stance.modality in modalities:
            return "fit"
        if (self.party in _OTHER_SIDE and stance.holder == _OTHER_SIDE[self.party]
                and _CORRELATIVE.get(stance.modality) in modalities):
            return "fit"  # the Provider's duty to credit is the Customer's right to a credit
        return "misfit"

    def _within(self, chain: list[Section]) -> bool:
        """No `within`, or a section the passage sits in has a heading it names."""
        return not self.within or any(r.search(s.heading) for s in chain if s.heading for r in self.within)

    @property
    def _leveled(self) -> bool:
        return self.typed is not None and bool(self.typed.levels)

    def _dropped(self, fit: str, has_verb: bool) -> bool:
        """Is a passage that fits this way no evidence under the rule's party_fit? `named` drops a verb that
        names no party ('access shall be provided'), not words without a verb ('Customer Obligations |')."""
        return fit in _DROPPED[self.party_fit] and (fit == "misfit" or has_verb)

    def _fits_clause(self, doc: AnalysedDocument, chain: list[Section]) -> bool:
        kind = doc.clause_types.get(id(chain[-1])) if chain else None
        return kind not in NEVER_EVIDENCE and kind not in self.outside and (not self.inside or kind in self.inside)

    def _keeps(self, doc: AnalysedDocument, start: int, end: int, match_start: int, leveled: bool = False) -> bool:
        """Does a candidate pass the filters? `leveled`: the rule reads priority schemes (`typed.levels`), and a
        level of one in the sentence ('a Rank 1 item') is the incident its `near` asks for."""
        sentence = doc.text[start:end]
        line_start = max(start, doc.text.rfind("\n", start, match_start) + 1)
        if doc.filled_in and (_UNTICKED.match(sentence) or _UNTICKED.match(doc.text, line_start)):
            return False  # an option left unticked in a filled-in form is not an agreed term
        if doc.in_guidance(match_start):
            return False  # a template's "[For example: ...]" is not a term
        if _RECITAL.match(sentence):
            follows = _AS_FOLLOWS.search(sentence)
            if not (follows and match_start >= start + follows.end()):
                return False
        if self.near and not (leveled and doc.tags_in(start, end, {"PRIORITY"})) \
                and not any(r.search(sentence) for r in self.near) and not self._near_row(doc, start, end) \
                and not self._near_antecedent(doc, start, sentence):
            return False
        if not self.negated and is_negated(doc.text[start:match_start]):
            return False
        return self.definitions or not doc.is_definition(start, end)

    def _excluded(self, sentence: str, match_start: int, match_end: int) -> bool:
        """An exclude reads the sentence; in a list run into one sentence, a match that reaches into
        an item is read with the lead-in and the item(s) it spans ("warrants that: (i) it infringes
        no patent; (ii) data is held securely": item (ii) is read without item (i)); a match within
        the lead-in, which governs every item, with them all. In a table, a match is read with the words above
        the table, its heading row and its own row(s): another row's words ('| P4 | change request |') are not its."""
        sentence = _own_rows(sentence, match_start, match_end) if self.exclude else sentence
        cuts = [m.start() for m in _INLINE_ITEM.finditer(sentence)] if self.exclude and "(" in sentence else []  # '(a) '
        if cuts and match_end > cuts[0]:
            first = max(cut for cut in cuts if cut <= max(match_start, cuts[0]))
            last = min([len(sentence)] + [cut for cut in cuts if cut >= match_end])
            sentence = sentence[:cuts[0]] + " " + sentence[first:last]
        return any(r.search(sentence) for r in self.exclude) and not any(r.search(sentence) for r in self.keep)

    def _disowns(self, doc: AnalysedDocument, section: Section | None, seen: dict[int, bool]) -> bool:
        """Does the clause deny the rule's party the duty the rule looks for ("Provider has no backup
        duties")? A part of a sentence of its own text (to a ';') that denies a duty the rule's patterns name
        in the denial itself, not a list of exceptions ("no duties of confidentiality for the following
        information"): then a passage of that clause whose verb names no party (its heading, "The IT team runs
        the backup jobs") is not the party's. A denial whose verb binds the other side ("the Customer shall
        not be responsible for backups") denies the rule's party nothing."""
        if section is None or not self.patterns:
            return False
        if id(section) not in seen:
            at, seen[id(section)] = _first_word(doc, section), False
            while at < _own_end(section) and not seen[id(section)]:
                start, end = doc.passage_span(at)
                at = max(end, at + 1)
                piece_at = start
                for piece in doc.text[start:end].split(";"):
                    denied = _DUTY_DENIED.search(piece)
                    if denied and not _EXCEPTIONS.search(piece) and any(r.search(denied.group(0)) for r in self.patterns):
                        stance = doc.governing_stance(piece_at + denied.start())
                        if stance is None or stance.holder is None or stance.holder in _HOLDERS[self.party]:
                            seen[id(section)] = True
                            break
                    role = _ROLE_DENIED.search(piece)
                    if (role and any(r.search(piece[:role.start()]) for r in self.patterns)
                            and _party_role(doc, piece[:role.start()]) in _HOLDERS[self.party]):
                        seen[id(section)] = True
                        break
                    piece_at += len(piece) + 1
        return seen[id(section)]

    def _denies(self, doc: AnalysedDocument, section: Section) -> bool:
        """The clause's first sentence names what its heading names, and only negated."""
        at = _first_word(doc, section)
        sentence = doc.text[at:doc.passage_span(at)[1]] if at < section.end else ""
        found = [m.start() for r in self.patterns for m in r.finditer(sentence)]
        return bool(found) and all(is_negated(sentence[:i]) for i in found)

    def _near_row(self, doc: AnalysedDocument, start: int, end: int) -> bool:
        """A short line (a table cell or list item: "Solution or work-around: less than one
        workday") takes its subject from the lines above it in its section ("Blocking Bug:")."""
        if end - start > SHORT_LINE or (start and doc.text[start - 1] != "\n"):
            return False
        section = doc.section_at(start)
        floor = max(section.body_start if section else 0, start - ROW_CONTEXT)
        above = doc.text[floor:start]
        return any(r.search(above) for r in self.near)

    def _near_antecedent(self, doc: AnalysedDocument, start: int, sentence: str) -> bool:
        """A sentence that opens by pointing back ("The foregoing shall not limit the indemnities")
        takes its subject from the sentence before it."""
        if not start or not _ANAPHOR.match(sentence):
            return False
        before = doc.text[doc.sentence_span(start - 1)[0]:start]
        return any(r.search(before) for r in self.near)


def _own_end(section: Section) -> int:
    """Where a clause's own text ends, for `typed`: at its first sub-clause, or TYPED_REACH on."""
    return min(section.children[0].start if section.children else section.end, section.body_start + TYPED_REACH)
def _items(doc: AnalysedDocument, start: int, lead_end: int, end: int, after: int) -> list[tuple[int, int, int]]:
    """(where the lead-in ends, an item's start, its end) for each item of the list a modal phrase (ending at `after`)
    leads into: the sentences of a list after a lead-in that ends in a colon, else the items run into its sentence
    ("may terminate (a) on notice, or (b) if ..."); a sentence without a list is one piece, its own lead-in."""
    if end > lead_end:
        items, at = [], lead_end
        while at < end:
            item_end = min(end, doc.sentence_span(at)[1])
            items.append((lead_end, at, item_end))
            at = max(item_end, at + 1)
        return items
    cuts = [m.start() for m in _INLINE_ITEM.finditer(doc.text, after, end)]
    if not cuts:
        return [(end, end, end)]
    return [(cuts[0], a, b) for a, b in zip(cuts, cuts[1:] + [end])]


def _first_word(doc: AnalysedDocument, section: Section) -> int:
    """Where the clause under a heading starts: its first word, past the line break and past the
    number of its first sub-clause ("11.1 Nothing in this agreement ..."), which is no sentence, and
    past that sub-clause's title ("1. Liability Caps. Each party's liability ..."), which is none either."""
    body = doc.text[section.body_start:section.end]
    at = section.body_start + len(body) - len(body.lstrip())
    number = _CLAUSE_NUMBER.match(doc.text, at, section.end)
    if not number or number.end() >= section.end:
        return at
    title = _SUB_TITLE.match(doc.text, number.end(), section.end)
    return title.end() if title and title.end() < section.end else number.end()


def _told_by_clauses(doc: AnalysedDocument, section: Section, headings: list) -> bool:
    """A heading over titled clauses only ("Record-keeping and Audits", then "9.1 Records Retention. ...",
    on its own line or run into one: sectioning makes them its clauses) promises what its clauses hold:
    none of their titles names it, so they speak for themselves."""
    if not section.children or doc.text[section.body_start:section.children[0].start].strip():
        return False
    titles = [c.heading for c in section.children if c.titled]
    # a clause without a title of its own ("3.1 I will review your network ...") is told by the heading over it
    return bool(titles) and len(titles) == len(section.children) and not any(r.search(t) for t in titles for r in headings)


def _bare(doc: AnalysedDocument, section: Section) -> bool:
    """A heading of a few words without a body holds no provision ("7. Escalation" and then "8. Fees"),
    unless its clauses follow as sections of their own ("3.0 Scope of Services", then "3.1 ...")."""
    if doc.text[section.body_start:section.end].strip() or len(section.heading.split()) > 6 or \
            any(c.isdigit() for c in section.heading):
        return False
    after = doc.section_at(section.end)
    own = (section.number or "").removesuffix(".0").rstrip(".")
    return not (own and after is not None and (after.number or "").startswith(own + "."))


@functools.lru_cache(maxsize=1024)  # the same words before a mention, read again by each rule that matches there
def is_negated(before: str) -> bool:
    """Is the mention that follows `before` negated within its own clause?"""
    tail = before[-80:]
    at = max((m.end() for m in _CLAUSE_BREAK.finditer(tail)), default=0)  # the clause: after the last break
    if _NOT_ITS_SUBJECT.search(before):
        return True
    if _NEGATION_BEFORE.search(tail, at) and not _NOT_A_NEGATION.search(tail[at:]):
        return True
    listed = _NEGATED_LIST.search(before[-120:])
    return bool(listed) and not _NOT_A_NEGATION.search(listed.group())


def quote(passage: Passage) -> str:
    """The passage as one tidy line, cut around the match when it is long. A section
    found by its heading is quoted from its heading into its first words. The words are the
    contract's own: invisible characters and look-alike letters kept (checker/ingest/disguise.py)."""
    words = passage.source.document.faithful  # as the contract writes them
    start, end = passage.start, passage.end
    if passage.quote_end is not None:
        return " ".join(words(start, passage.quote_end).split()) + " …"
    if passage.via == "heading":
        end = min(end, passage.match_end + MAX_QUOTE // 2)
        snippet = " ".join(words(start, end).split())
        return snippet + (" …" if end < passage.end else "")
    if end - start > MAX_QUOTE:
        start = max(start, passage.match_start - MAX_QUOTE // 3)
        end = min(end, start + MAX_QUOTE)
    snippet = " ".join(words(start, end).split())
    prefix = "… " if start > passage.start else ""
    suffix = " …" if end < passage.end else ""
    return prefix + snippet + suffix


def _party_role(doc: AnalysedDocument, before: str) -> str | None:
    """Whose side the last one to three words of `before` stand for ('... and Corrib', '... and the Supplier'): a
    party's name or alias, else a role word; None when they name neither."""
    names = {" ".join(n.split()).lower(): party.role for party in doc.parties for n in [party.name, *party.aliases]}
    words = before.split()
    for n in (1, 2, 3):
        who = " ".join(words[-n:]).lower()
        if who in names:
            return names[who]
        if role_word(who):
            return role_word(who)
    return None
