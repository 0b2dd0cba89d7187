"""Who is bound or entitled, and how: the stance of each operative verb of a contract.

A stance is one modal phrase ("shall", "may", "is entitled to", "shall not", "is not
liable") with the party it binds or entitles (its holder) and what it is:
  obligation   shall / must / will / agrees to / undertakes to / is responsible for
  right        may / is entitled to / has the right to / reserves the right to
  prohibition  shall not / may not / agrees not to / neither party shall / in no event shall
  exemption    is not liable / shall not be responsible
Built on spaCy: the modal phrases are token patterns (`Matcher`), the party mentions a
`PhraseMatcher` of the words the contract uses for its parties (nlp/parties.py) and the
role words every contract uses ("the Supplier", "Licensee", "either party"). The holder is
the party named before the modal in its own clause (not inside an "if ..." clause, not the
object of a preposition: "without liability to the Provider, the Customer may"); in the
passive ("may be terminated by the Customer") it is the agent after "by".
"""

from __future__ import annotations

import bisect
from dataclasses import replace

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from checker.nlp.parties import (CLEARLY, CUSTOMER_WORDS, MUTUAL, PROVIDER_WORDS, Party, leaning, resolve_parties,
                                  settle_roles)
from checker.nlp.tags import Stance

STANCE_KEY = "checker_stances"
PARTIES_KEY = "checker_parties"


_MODALS = {"shall", "will", "must", "may", "can", "should"}
_NOT = {"not", "never"}
# 'is entitled to' a right; after a noun ("persons authorised to process the data") it describes the noun: no one's right
_PARTICIPLES = frozenset({"entitled", "permitted", "authorised", "authorized", "free"})
_BE = {"is", "are", "be", "shall", "will", "must"}
_CONTRACTED = {"you'll": "you", "you\u2019ll": "you", "we'll": "we", "we\u2019ll": "we"}
_SOLELY = {"solely", "fully", "entirely", "exclusively", "wholly", "alone", "primarily", "ultimately"}
_DEPENDS = {"depends", "depend", "dependent", "conditional", "contingent"}
# "has the unilateral right", "shall have the absolute option": a right all the same
_UNFETTERED = {"unilateral", "absolute", "sole", "exclusive", "unconditional", "unfettered", "irrevocable", "continuing"}
# a form written to its reader ("you") by its author ("we", "us") names no alias: the reader is the
# customer, the author the provider, unless what each shall do says the other way round
_READER = {"you": "you", "we": "we", "us": "we"}


_PURPOSE_STOPS = {",", ";", ":", ".", "(", ")"}


def _purpose(lower: list[str], at: int) -> bool:
    """Is the 'can' / 'may' at `at` the verb of a purpose clause ('replicates the data so that records can be
    recovered', 'in order that the fault may be found'): what a duty is for, no one's right?"""
    for k in range(at - 1, max(at - 9, 0), -1):
        if lower[k] in _PURPOSE_STOPS:
            return False
        if lower[k] == "that" and lower[k - 1] in ("so", "order"):
            return True
    return False


def _modal_patterns() -> dict[str, list[list[dict]]]:
    liable = {"LOWER": {"IN": ["liable", "responsible", "obliged", "obligated", "required", "bound"]}}
    return {
        "exemption": [
            [{"LOWER": {"IN": sorted(_MODALS | {"is", "are"})}}, {"LOWER": {"IN": sorted(_NOT)}}, {"LOWER": "be", "OP": "?"},
             {"LOWER": {"IN": ["held", "in", "any"]}, "OP": "?"}, {"LOWER": {"IN": ["way", "event"]}, "OP": "?"}, liable],
            [{"LOWER": {"IN": ["has", "have", "bears", "bear"]}}, {"LOWER": "no"},
             {"LOWER": {"IN": ["liability", "responsibility", "obligation"]}}],
        ],
        "prohibition": [
            [{"LOWER": {"IN": sorted(_MODALS)}}, {"LOWER": {"IN": sorted(_NOT)}}],
            [{"LOWER": {"IN": ["cannot", "shan't", "won't", "mustn't"]}}],
            [{"LOWER": {"IN": ["agrees", "agree", "undertakes", "undertake", "covenants", "covenant"]}}, {"LOWER": "not"},
             {"LOWER": "to"}],
            [{"LOWER": {"IN": ["is", "are", "be"]}}, {"LOWER": {"IN": ["prohibited", "forbidden", "restricted"]}},
             {"LOWER": "from"}],
            [{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": "not"}, {"LOWER": {"IN": ["permitted", "allowed", "entitled"]}},
             {"LOWER": "to"}],
            [{"LOWER": "in"}, {"LOWER": "no"}, {"LOWER": "event"}, {"LOWER": {"IN": sorted(_MODALS)}}],
        ],
        "right": [
            [{"LOWER": "may"}],
            [{"LOWER": {"IN": ["is", "are", "be", "shall", "will"]}, "OP": "?"}, {"LOWER": "be", "OP": "?"},
             {"LOWER": {"IN": sorted(_PARTICIPLES)}}, {"LOWER": "to"}],
            [{"LOWER": {"IN": ["has", "have", "shall", "will", "retains", "retain", "reserves", "reserve"]}},
             {"LOWER": "have", "OP": "?"}, {"LOWER": "the"}, {"LOWER": {"IN": sorted(_UNFETTERED)}, "OP": "?"},
             {"LOWER": {"IN": ["right", "option"]}}],
            [{"LOWER": "at"}, {"LOWER": {"IN": ["its", "their"]}}, {"LOWER": "sole", "OP": "?"},
             {"LOWER": {"IN": ["option", "discretion", "election"]}}],
            [{"LOWER": "can"}],
        ],
        "obligation": [
            [{"LOWER": {"IN": ["shall", "must", "will"]}}],
            [{"LOWER": {"IN": sorted(_CONTRACTED)}}],  # "You'll keep your software licensed" (one token)
            [{"LOWER": {"IN": ["need", "needs"]}}, {"LOWER": "to"}],  # "you need to give us access"
            # "depends on the Customer providing access": the customer's part, named after the verb
            [{"LOWER": {"IN": sorted(_DEPENDS)}}, {"LOWER": {"IN": ["on", "upon"]}}],
            [{"LOWER": {"IN": ["agrees", "agree", "undertakes", "undertake", "covenants", "covenant", "commits", "commit"]}},
             {"LOWER": "to"}],
            # "is solely responsible for", "remains fully responsible for": the adverb does not change whose duty it is
            [{"LOWER": {"IN": sorted(_BE | {"remains", "remain"})}}, {"LOWER": "be", "OP": "?"},
             {"LOWER": {"IN": sorted(_SOLELY)}, "OP": "?"},
             {"LOWER": {"IN": ["responsible", "required", "obliged", "obligated", "liable"]}},
             {"LOWER": {"IN": ["for", "to"]}}],
        ],
    }


_COMMON = {"is", "are", "be", "the", "to", "at", "in", "its", "their", "not", "from", "for", "no", "has", "have", "on",
           "upon"}


def _words_of(token: dict) -> list[str]:
    value = token.get("LOWER")
    return list(value["IN"]) if isinstance(value, dict) else [value]


class _InWords(frozenset):
    """A lexeme flag's getter: is the word, lower-cased, one of these?"""

    def __call__(self, string: str) -> bool:
        return string.lower() in self


def _flagged(token: dict, vocab) -> dict:
    """{"LOWER": {"IN": words}} as a lexeme flag: set once per word of the vocabulary, read by
    the Matcher in C (an IN set is a Python call per token, most of the Matcher's time). A
    vocabulary that has the flag already (another reader on the same pipeline) keeps it."""
    value = token.get("LOWER")
    if not isinstance(value, dict):
        return token
    words = _InWords(value["IN"])
    flag = next((flag for flag, getter in vocab.lex_attr_getters.items() if isinstance(getter, _InWords)
                 and getter == words), None)
    if flag is None:
        flag = vocab.add_flag(words)
    return {**{k: v for k, v in token.items() if k != "LOWER"}, flag: True}


_PRIORITY = {"exemption": 0, "prohibition": 1, "right": 2, "obligation": 3}
_CONDITION = {"if", "unless", "where", "should", "provided", "in the event"}
_TIME = {"after", "before", "when", "whenever", "once", "until", "upon", "following", "while", "during"}  # not conditions
_PREPOSITIONS = {"to", "by", "from", "against", "of", "with", "for", "on", "upon", "towards", "toward", "than",
                 "between", "among", "under", "via", "through", "at", "as", "and", "or"}
_CLAUSE_BREAK = {";", ":"}
_DETERMINERS = {"the", "a", "an", "its", "their", "any", "each", "such", "said"}
_OWN_DUTIES = {"liability", "obligation", "obligations", "responsibility", "aggregate", "total", "entire", "maximum",
               "cumulative", "right", "rights", "sole", "exclusive"}
_MUTUAL_PHRASES = ("either party", "each party", "both parties", "the parties", "each of the parties",
                   "neither party", "no party", "either of the parties", "a party", "any party", "each of them",
                   "neither of the parties", "the parties hereto", "each party hereto")


class StanceReader:
    """The Matchers (built once per pipeline) and the reading of one Doc."""

    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        self.modals = Matcher(nlp.vocab, validate=False)  # its schema does not know lexeme flags
        modal_patterns = _modal_patterns()
        for modality, patterns in modal_patterns.items():
            self.modals.add(modality, [[_flagged(token, nlp.vocab) for token in p] for p in patterns])
        # an anchor: a word a phrase must hold (not a common one); its reach: how many tokens a
        # phrase that holds it can run before and after it
        self.reach: dict[int, tuple[int, int]] = {}
        for patterns in modal_patterns.values():
            for pattern in patterns:
                for k, token in enumerate(pattern):
                    for word in _words_of(token) if "OP" not in token else ():
                        if word not in _COMMON:
                            key = nlp.vocab.strings.add(word)
                            before, after = self.reach.get(key, (0, 0))
                            self.reach[key] = max(before, k), max(after, len(pattern) - k - 1)
        self.anchors = numpy.array(sorted(self.reach), dtype="uint64")
        self.roles = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.roles.add("provider", [nlp.make_doc(w) for w in PROVIDER_WORDS])
        self.roles.add("customer", [nlp.make_doc(w) for w in CUSTOMER_WORDS])
        self.roles.add(MUTUAL, [nlp.make_doc(w) for w in _MUTUAL_PHRASES])
        self._make_doc = nlp.make_doc

    def __call__(self, doc: Doc, text: str, parties: list[Party] | None = None) -> list[Stance]:
        parties = resolve_parties(text) if parties is None else parties
        doc.user_data[PARTIES_KEY] = parties
        hashes = doc.to_array(LOWER) if len(doc) else numpy.zeros(0, dtype="uint64")
        strings = self.vocab.strings
        lower = [strings[h] for h in hashes.tolist()]  # the words as strings, no Token objects: too slow
        mentions = self._mentions(doc, parties, lower)
        starts = [m[0] for m in mentions]
        spans = _best(self._modal_phrases(doc, hashes))
        sentence_starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist() if len(doc) else [0]
        read = []
        mention_ends = {end for _, end, _ in mentions}
        spans = [span for span in spans if not (span.label_ == "right" and lower[span.start] in _PARTICIPLES
                                                 and span.start not in mention_ends)
                 and not (span.label_ == "right" and _purpose(lower, span.start))]
        for span in spans:
            k = bisect.bisect_right(sentence_starts, span.start)
            sentence_end = sentence_starts[k] if k < len(sentence_starts) else len(doc)
            read.append(self._stance(doc, lower, span, mentions, starts, sentence_starts[k - 1] if k > 0 else 0,
                                     sentence_end))
        votes: dict[int | str, list[str]] = {}
        for stance, span in zip(read, spans):
            if (isinstance(stance.holder, int) or stance.holder in _READER.values()) and stance.modality == "obligation":
                votes.setdefault(stance.holder, []).append(duty_verb(lower, span.end))
        settle_roles(parties, votes)
        roles = {**{i: party.role for i, party in enumerate(parties)}, **reader_roles(votes)}
        read = [replace(s, holder=roles[s.holder]) if s.holder in roles else s for s in read]
        # 'the Customer shall receive a response within one hour': the other side's duty in the receiver's words
        return [replace(s, holder=_OTHER[s.holder], modality="obligation")
                if s.holder in _OTHER and s.modality in ("obligation", "right") and _answered(lower, span.end) else s
                for s, span in zip(read, spans)]

    def _modal_phrases(self, doc: Doc, hashes: numpy.ndarray) -> list[Span]:
        """The Matcher run only around the words a modal phrase must hold (a contract's
        tokens are mostly not near one): windows as far either side of each such word as a
        phrase that holds it can reach (`hashes`: the tokens' LOWER), merged."""
        at = numpy.flatnonzero(numpy.isin(hashes, self.anchors)).tolist()
        spans, window_start, window_end = [], None, None
        for i in at + [None]:
            if i is not None:
                before, after = self.reach[int(hashes[i])]
                start, end = max(0, i - before), min(len(doc), i + after + 1)
                if window_end is not None and start <= window_end:
                    window_end = max(window_end, end)
                    continue
            if window_end is not None:
                for label, first, last in self.modals(doc[window_start:window_end]):
                    spans.append(Span(doc, window_start + first, window_start + last, label=label))
            if i is not None:
                window_start, window_end = start, end
        return spans

    def _mentions(self, doc: Doc, parties: list[Party], lower: list[str]) -> list[tuple[int, int, str | int]]:
        """(first token, end token, who) of every party mention, in order: who is a party's
        index, or the role a role word names. Role words count only capitalised ('the
        Supplier', not 'a supplier of parts'); mutual phrases always."""
        matcher = PhraseMatcher(self.vocab)
        by_alias: dict[str, int] = {}  # words -> the party's index
        for index, party in enumerate(parties):
            for words in {party.name, *party.aliases, _short_name(party.name)}:
                if words and len(words) <= 60:
                    by_alias[words] = index
        for i, words in enumerate(by_alias):
            # as written, in capitals, and a name in capitals in title case ('EQUIFAX INC.': 'Equifax shall')
            forms = dict.fromkeys([words, words.upper(), words.title() if words.isupper() else words])
            matcher.add(str(i), [self._make_doc(form) for form in forms])
        keys = list(by_alias)
        found = [(start, end, by_alias[keys[int(self.vocab.strings[match_id])]]) for match_id, start, end in matcher(doc)]
        found += _sites_of(found, lower)
        if not any(alias.lower() in _READER for party in parties for alias in party.aliases):
            found += [(i, i + 1, _READER[word]) for i, word in enumerate(lower)
                      if word in _READER and doc[i].text != "US"]  # 'US law', not 'us'
        for match_id, start, end in self.roles(doc):
            label = self.vocab.strings[match_id]
            if label != MUTUAL and not doc[start].text[:1].isupper():
                continue
            found.append((start, end, label))
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        kept, last_end = [], -1
        for start, end, role in found:
            if start >= last_end:
                kept.append((start, end, role))
                last_end = end
        return kept

    def _stance(self, doc: Doc, lower: list[str], span: Span, mentions, starts, sentence_start: int,
                sentence_end: int) -> Stance:
        modality = span.label_
        if modality == "obligation" and _receives(lower, span.end):
            modality = "right"  # "the Customer shall receive a credit" is the Customer's right
        first = _clause_start(lower, sentence_start, span.start)
        holder, holder_text = None, ""
        i = bisect.bisect_left(starts, first)
        candidates = []
        while i < len(mentions) and mentions[i][0] < span.start:
            candidates.append(mentions[i])
            i += 1
        subordinate = _condition_spans(lower, first, span.start)
        conditional = any(is_condition for _, _, is_condition in subordinate)
        for start, end, role in candidates:
            if any(a <= start < b for a, b, _ in subordinate):
                continue
            k = start - 1
            while k >= first and lower[k] in _DETERMINERS:
                k -= 1
            before = lower[k] if k >= first else ""
            if before in _PREPOSITIONS and before not in ("and", "or"):
                continue
            if end < len(lower) and lower[end] in ("'s", "\u2019s", "'") and not any(
                    word in _OWN_DUTIES for word in lower[end + 1:min(end + 4, span.start)]):
                continue  # "the Customer's data will be deleted": the data is the subject
            if end < span.start and (doc[end].text[:1].isupper() and doc[end].is_alpha and lower[end] not in _MODALS
                                     or lower[end] in _QUALIFIED):
                continue  # "Customer Data will be encrypted", "customer data will be replicated": a thing, no party
            holder, holder_text = role, doc[start:end].text
            if role == MUTUAL and lower[start] in ("neither", "no") and modality in ("obligation", "right"):
                liable = any(word in ("liable", "responsible") for word in lower[span.start:span.end])
                modality = "exemption" if liable else "prohibition"
            break
        if lower[span.start] in _CONTRACTED:
            holder, holder_text = _CONTRACTED[lower[span.start]], doc[span.start].text
        elif lower[span.start] in _DEPENDS:  # the party it depends on, not the one whose work depends
            holder, holder_text = _mention_at(doc, mentions, starts, span.end, span.end + 1)
        if holder is None and modality in ("obligation", "right", "prohibition"):
            holder, holder_text = self._agent_after(doc, lower, span, mentions, starts)
        if holder is None and modality == "prohibition" and lower[span.start] == "in":
            # 'In no event shall the Provider be liable': the subject follows the modal
            holder, holder_text = _mention_at(doc, mentions, starts, span.end, span.end + 1)
        conditional = conditional or _condition_after(lower, span.end, sentence_end)
        return Stance(span.start_char, span.end_char, modality, holder, holder_text, conditional)

    @staticmethod
    def _agent_after(doc: Doc, lower: list[str], span: Span, mentions, starts):
        """'... shall be paid by the Provider': the agent of a passive verb."""
        end = min(len(doc), span.end + 8)
        words = lower[span.end:end]
        if "be" not in words[:3] or "by" not in words:
            return None, ""
        by = span.end + words.index("by")
        return _mention_at(doc, mentions, starts, by + 1, by + 2)


# a party's own places, which act for it ('Nordhem's Swedish stores' ... 'The store shall give the Supplier access'; 'the
# Client's branches' ... 'each branch shall name a contact'): a store, branch, site ... the text gives one party only
_SITE_OF = {**{w: w for w in "store shop outlet branch site school clinic practice surgery pharmacy restaurant hotel depot "
                               "library".split()},
            **{w + "s": w for w in "store shop outlet site school clinic practice restaurant hotel depot".split()},
            "branches": "branch", "surgeries": "surgery", "pharmacies": "pharmacy", "libraries": "library"}
_SITE_LEAD = frozenset(("the", "each", "every", "that"))


def _sites_of(found: list, lower: list[str]) -> list[tuple[int, int, int]]:
    """Mentions of a party by its own place: 'the store', 'each branch', once a store is the party's ('Nordhem's stores', 'the
    Customer's Swedish stores': a possessive, up to two words between) and no other party's."""
    owners: dict[str, set] = {}
    for start, end, who in found:
        if isinstance(who, int) and end < len(lower) and lower[end] in ("'s", "\u2019s", "'"):
            for word in lower[end + 1:end + 4]:
                if word in _SITE_OF:
                    owners.setdefault(_SITE_OF[word], set()).add(who)
                    break
                if not word.isalpha():
                    break
    owned = {site: next(iter(who)) for site, who in owners.items() if len(who) == 1}
    if not owned:
        return []
    return [(i, i + 1, owned[_SITE_OF[word]]) for i, word in enumerate(lower)
            if word in _SITE_OF and _SITE_OF[word] in owned and i and lower[i - 1] in _SITE_LEAD]


_SKIPPED = {"promptly", "immediately", "also", "then", "thereupon", "further", "at", "its", "own", "sole", "cost",
            "expense", "and", "use", "commercially", "reasonable", "best", "efforts", "endeavours", "endeavors", "to",
            "be", "responsible", "for", ","}
_ING = {"providing": "provide", "performing": "perform", "paying": "pay", "delivering": "deliver",
        "supplying": "supply", "hosting": "host", "maintaining": "maintain", "supporting": "support"}


def duty_verb(lower: list[str], after: int) -> str:
    """The verb of a duty, past the words between it and its modal: 'shall promptly provide', 'shall, at its
    own expense, provide', 'shall use reasonable efforts to provide', 'shall be responsible for providing'."""
    words = [word for word in lower[after:after + 9] if not word.isspace()]
    for i, word in enumerate(words):
        if word not in _SKIPPED:
            return "pay" if word == "make" and words[i + 1:i + 2] in (["payment"], ["payments"]) else _ING.get(word, word)
    return ""


def reader_roles(votes: dict) -> dict[str, str]:
    """'you' the customer and 'we' the provider, unless what each shall do says the other way round
    (a letter engaging a consultant: 'you will provide the services', 'we will pay you')."""
    you, we = leaning(votes.get("you", ())), leaning(votes.get("we", ()))
    swapped = you > 0 and you - we >= CLEARLY
    return {"you": "provider" if swapped else "customer", "we": "customer" if swapped else "provider"}


def _mention_at(doc: Doc, mentions, starts, first: int, last: int) -> tuple[str | int | None, str]:
    """The party mention that starts between tokens `first` and `last`: (who, its words)."""
    i = bisect.bisect_left(starts, first)
    if i < len(mentions) and mentions[i][0] <= last:
        start, stop, role = mentions[i]
        return role, doc[start:stop].text
    return None, ""


# what a party's word qualifies ("Customer data", "client systems"): the subject is the thing, not the party
_QUALIFIED = frozenset("data information systems system premises personnel staff materials content equipment property "
                       "records account accounts sites site network networks environment software files".split())
_RECEIVE = {"receive", "obtain", "get", "enjoy", "benefit", "recover"}
# what 'get' makes happen, not receives: 'get it fixed', 'get the site back up', 'get the printer working'
_DONE = {"fixed", "restored", "resolved", "repaired", "corrected", "sorted", "replaced", "back", "working", "running"}
_RECEIVED = {"entitled", "eligible", "credited", "refunded", "reimbursed", "compensated", "indemnified"}
# what 'recover' puts right, not receives: 'recover the system', 'recover the affected services' (not 'recover its costs')
_RECOVERED = frozenset("system systems service services server servers operation operations network networks application "
                       "applications function functions functionality line lines circuit circuits".split())


_OTHER = {"provider": "customer", "customer": "provider"}
_ANSWER = {"response", "reply", "answer", "acknowledgement", "acknowledgment", "callback", "call-back", "call"}


def _answered(lower: list[str], after: int) -> bool:
    """'you will receive a response within one hour', 'you'll hear from us within 30 minutes': the party answered,
    not the one who answers."""
    words = lower[after:after + 3]
    if words and words[0] in ("also", "then", "always", "usually"):
        words = lower[after + 1:after + 4]
    if words[:2] == ["hear", "from"] or words[:3] == ["hear", "back", "from"]:
        return True
    return bool(words) and words[0] in ("receive", "get") and bool(_ANSWER.intersection(lower[after + 1:after + 4]))


def _receives(lower: list[str], after: int) -> bool:
    """'shall receive', 'will be credited', 'shall be entitled': the holder gets something."""
    words = lower[after:after + 3]
    if words and words[0] in ("also", "then", "thereupon"):
        words = words[1:]
    if words and words[0] == "get" and _DONE.intersection(lower[after + 1:after + 8]):
        return False  # 'will get your email restored', 'will get it back up': the holder does it
    if words and words[0] == "recover" and _RECOVERED.intersection(lower[after + 1:after + 5]):
        return False  # 'shall recover the system within 4 hours': the holder puts it right
    return bool(words) and (words[0] in _RECEIVE or (words[0] == "be" and len(words) > 1 and words[1] in _RECEIVED))


def _short_name(name: str) -> str:
    """'Northwind IT Ltd' is also 'Northwind' in the body."""
    first = name.split()[0] if name.split() else ""
    return first if len(first) >= 4 and first[:1].isupper() and first.lower() not in _GENERIC else ""


_GENERIC = {"the", "this", "that", "united", "american", "national", "international", "global", "first", "general",
            "new", "north", "south", "east", "west", "central", "bank", "state"}


def _best(spans: list[Span]) -> list[Span]:
    """Overlapping modal phrases: the longest wins, then the more specific modality; 'be
    liable' just after a modal ('in no event shall the Provider be liable') belongs to it."""
    spans = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), _PRIORITY[s.label_]))
    kept = []
    for span in sorted(filter_spans(spans), key=lambda s: s.start):
        if span[0].lower_ == "be" and kept and span.start - kept[-1].end <= 4:
            continue
        kept.append(span)
    return kept


def _clause_start(lower: list[str], sentence_start: int, modal: int) -> int:
    """The first token of the clause the modal sits in: after the last ';' or ':' before it,
    or a proviso's 'provided that' (the conditions of the clause before it are not its own)."""
    for i in range(modal - 1, sentence_start - 1, -1):
        if lower[i] in _CLAUSE_BREAK:
            return i + 1
        if lower[i] == "provided" and lower[i + 1] in ("that", ","):
            return i
        if modal - i > 60:
            return i
    return sentence_start


_CONDITION_AFTER = {"if", "unless", "should", "provided", "where", "in the event", "in case", "upon the occurrence",
                    "on the occurrence", "as a result of", "due to", "because", "in the case"}


def _condition_after(lower: list[str], after: int, sentence_end: int) -> bool:
    """A condition later in the sentence: 'may terminate ... if the other party ...'."""
    lowers = [word for word in lower[after:min(sentence_end, after + 80)] if not word.isspace()]  # "in the  event"
    for i, word in enumerate(lowers):
        if word == ";" or (word == "or" and lowers[i + 1:i + 2] == ["("]):
            return False  # the next item of a list has its own terms: "(i) on 30 days' notice, or (ii) if ..."
        if word in _CONDITION_AFTER:
            return True
        if word in ("in", "upon", "on", "as", "due") and " ".join(lowers[i:i + 3]) in _CONDITION_AFTER | {
                "in the event", "in the case"} or " ".join(lowers[i:i + 3]).startswith(("in the event", "upon the occurrence",
                                                                                       "on the occurrence", "as a result")):
            return True
    return False


def _condition_spans(lower: list[str], first: int, modal: int) -> list[tuple[int, int, bool]]:
    """Token ranges of subordinate clauses before the modal, up to their comma, and whether
    each is a condition: 'if the Provider fails to ...,' (True), 'after Client confirms
    receipt,' (False: a time, not a condition). Their parties are not the holder."""
    spans = []
    i = first
    while i < modal:
        word = lower[i]
        event = word == "in" and i + 2 < modal and lower[i + 1] == "the" and lower[i + 2] == "event"
        if word == "provided":
            j = i + 1
            while j < modal and lower[j] in (",", "however", "that"):
                j += 1
            k = _comma(lower, j, modal)
            if k < modal:  # "provided that the fees are paid, the Customer may ...": a condition, but not a time
                spans.append((i, k, lower[j] not in _TIME and lower[j] not in ("at", "from")))
            i = k  # else "provided that either party may terminate ...": the proviso is the grant itself
        elif word in _CONDITION or word in _TIME or event:
            j = _comma(lower, i + 1, modal)
            if j < modal:  # no comma before the modal: the clause runs on to it ("when X shall ...")
                spans.append((i, j, word in _CONDITION or event))
            elif word in _CONDITION or event:
                spans.append((i, i + 1, True))
            i = j
        i += 1
    return spans


def _comma(lower: list[str], start: int, end: int) -> int:
    """The first comma from `start`, or `end`: where a subordinate clause ends."""
    while start < end and lower[start] != ",":
        start += 1
    return start


@Language.factory("checker_obligations")
def make_obligations(nlp: Language, name: str):
    reader = StanceReader(nlp)

    def checker_obligations(doc: Doc) -> Doc:
        text = doc.user_data.get("checker_text") or doc.text
        doc.user_data[STANCE_KEY] = reader(doc, text)
        return doc

    return checker_obligations


def stances_of(doc: Doc) -> list[Stance]:
    return list(doc.user_data.get(STANCE_KEY, []))


def parties_of(doc: Doc) -> list[Party]:
    return list(doc.user_data.get(PARTIES_KEY, []))
