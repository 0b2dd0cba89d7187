"""`clause`: is there a provision for the element, and is it firm and measurable?

  find:       where to look (see engine/finder.py)
  weak_when:
    unmeasured: [DURATION, PERCENT]  the provision states none of these -> weak
    vague: true                      a vague word ("promptly") instead of a figure -> weak
    weak_modal: true                 only "may" / "reasonable efforts", never "shall" -> weak
    patterns: [regex]                a wording that makes the provision weak ("to be agreed")
    lacks: [regex]                   the provision matches none of these -> weak
    lacks_message: text              why, when it lacks them ("no named role or level")
    measured_by: [regex]             a wording that measures it with no tagged figure ("until the expiry date")
"""

from __future__ import annotations

import re

from checker.engine.finder import GOVERNED, PARTIES, PARTY_FITS, FindSpec, TypedSpec
from checker.engine.kinds.base import Kind, OptionError, Outcome
from checker.engine.kinds.options import Choice, Flag, Regexes, Section, Text
from checker.engine.levels import ORDERS
from checker.engine.references import VERB as _VERB
from checker.engine.references import (absent_names, absent_pointer, hollow_pointer, holds, left_to_agree, pointer as find_pointer,
                                       unsettled)
from checker.matching import Found, PatternError, TextPattern
from checker.nlp.clauses import type_names
from checker.nlp.tags import MODALITIES

TAG_LABELS = {"DURATION", "PERCENT", "MONEY", "REGULATION", "PRIORITY", "FREQUENCY", "COVERAGE", "FORMULA", "CONTROL"}
TAG_WORDS = {"DURATION": "duration", "PERCENT": "percentage", "MONEY": "amount", "REGULATION": "named standard or law",
             "PRIORITY": "priority", "FREQUENCY": "frequency", "COVERAGE": "coverage hours",
             "FORMULA": "formula (the fees paid ...)", "CONTROL": "named security control"}


FIND = Section({
    "patterns": Regexes("A sentence matching one is a candidate."),
    "headings": Regexes("A section whose heading matches one is a candidate."),
    "near": Regexes("A candidate must also match one of these."),
    "exclude": Regexes("A candidate matching one is dropped."),
    "keep": Regexes("A candidate matching one is kept even when an exclude matches it (a sentence that returns the "
                    "data and also hands the services over)."),
    "within": Regexes("Sentence candidates count only inside sections whose heading matches."),
    "negated": Flag("Let a negated mention count (default false)."),
    "definitions": Flag("Let a Definitions entry count (default false)."),
    "outside": Choice(type_names(), "Clause types (checker/nlp/clause_types.yaml) where a candidate never counts.",
                      many=True, message="must list clause types from: " + ", ".join(type_names())),
    "inside": Choice(type_names(), "Clause types where sentence candidates only count.", many=True,
                     message="must list clause types from: " + ", ".join(type_names())),
    "conditional": Regexes("false: a candidate whose verb holds only under a condition ('if', 'in the event', "
                           "'unless') does not count; a list of regexes: it counts only when it matches one.",
                           or_flag=True),
    "party": Choice(PARTIES, "Who must hold it: passages whose verb binds or entitles another party are graded weak."),
    "modality": Choice(MODALITIES, "What it must be for that party (a right of one side is a duty of the other).",
                       one_or_many=True),
    "party_fit": Choice(PARTY_FITS, "With party / modality: graded (default): a passage whose verb binds or entitles "
                        "another party, or another way, is kept and graded weak; required: it is dropped; named: only "
                        "a passage whose verb names the rule's party the rule's way counts."),
    "typed": Section({
        "types": Choice(type_names(), "Clause types whose sentences are read (without it: every clause the rule "
                        "does not rule out, each sentence whose modal phrase governs one of `verbs`).", many=True,
                        message="must list clause types from: " + ", ".join(type_names())),
        "near": Regexes("The sentence must match one of these."),
        "states": Choice(sorted(TAG_LABELS), "The sentence must state one of these tagged values.", many=True,
                         message="must list tag labels from: " + ", ".join(sorted(TAG_LABELS))),
        "verbs": Regexes("A modal phrase in the sentence ('shall', 'may', 'agrees to', 'is entitled to') must govern "
                         "a verb matching one of these ('continu\\w*', 'sell')."),
        "modality": Choice(MODALITIES, "That modal phrase's modality.", one_or_many=True),
        "levels": Choice(ORDERS, "The sentence (a table row, a list item) ties a duration to a level of a priority "
                         "scheme (P1, Severity 2, Critical): first: the first duration given per level (the first "
                         "touch); later: one after it, or one whose lead-in matches `marks` (the fix). Clauses whose "
                         "own text names two levels or more are read whatever their type."),
        "marks": Regexes("With levels: words in a duration's lead-in (in a table, its column's heading) that make it a "
                         "later one wherever it stands ('restor\\w*', 'workaround')."),
    }, one_of=("types", "verbs"), description="Evidence from the clause's type: the sentences of clauses of these types "
                                             "(checker/nlp/clause_types.yaml), or without types those whose modal phrase "
                                             "governs one of `verbs`, are candidates when they also have this shape."),
}, one_of=("patterns", "headings", "typed"), name="find")

WEAK_WHEN = Section({
    "unmeasured": Choice(sorted(TAG_LABELS), "Weak when the provision states none of these.", many=True,
                         message="must list tag labels from: " + ", ".join(sorted(TAG_LABELS))),
    "vague": Flag("Name the vague word ('promptly') when unmeasured."),
    "weak_modal": Flag("Weak when only 'may' / 'reasonable efforts', never 'shall'."),
    "patterns": Regexes("Wordings that make the provision weak ('to be agreed')."),
    "lacks": Regexes("Weak when the provision matches none of these (e.g. no named role or level in an escalation "
                     "clause)."),
    "lacks_message": Text("Why it falls short when it lacks all of `lacks`."),
    "measured_by": Regexes("Wordings that measure the provision without a tagged figure, for `unmeasured` (a "
                           "warranty 'until the expiry date on the label')."),
}, name="weakWhen")


def compile_find(rule: dict) -> FindSpec:
    """The finder of a rule whose `find` FIND.check has passed: its regexes compiled."""
    find = rule["find"]
    compiled = {key: _patterns(find, key) for key in ("patterns", "headings", "near", "exclude", "keep", "within")}
    modality = _one_or_many(find.get("modality"))
    conditional = find.get("conditional", True)
    if "party_fit" in find and not (find.get("party") or modality):
        raise OptionError("find.party_fit", "reads who holds the passage: give find.party or find.modality with it")
    return FindSpec(negated=bool(find.get("negated")), definitions=bool(find.get("definitions")),
                    party=find.get("party"), party_fit=find.get("party_fit", "graded"),
                    conditional=conditional if isinstance(conditional, bool) else _patterns(find, "conditional"),
                    modality=modality,
                    outside=frozenset(find.get("outside") or ()), inside=frozenset(find.get("inside") or ()),
                    typed=_typed(find["typed"]) if find.get("typed") else None, **compiled)


def _typed(typed: dict) -> TypedSpec:
    verbs = _patterns(typed, "verbs", "find.typed")
    return TypedSpec(frozenset(typed.get("types") or ()), _patterns(typed, "near", "find.typed"),
                     [TextPattern(f"{GOVERNED}(?:{verb.pattern})") for verb in verbs],
                     _one_or_many(typed.get("modality")), frozenset(typed.get("states") or ()),
                     typed.get("levels"), _patterns(typed, "marks", "find.typed"))


def _one_or_many(value: str | list | None) -> tuple[str, ...]:
    """An option given as one name or a list of them."""
    return (value,) if isinstance(value, str) else tuple(value or ())


def _patterns(options: dict, key: str, where: str = "find") -> list[TextPattern]:
    compiled = []
    for i, value in enumerate(options.get(key) or []):
        try:
            compiled.append(TextPattern(value))
        except PatternError as error:
            raise OptionError(f"{where}.{key}[{i}]", f"invalid regular expression {value!r}: {error}") from None
    return compiled


class ClauseKind(Kind):
    name = "clause"
    summary = "Looks for a provision on this element: missing when none is found, met when it is firm."
    options = {"find": FIND, "weak_when": WEAK_WHEN}
    required = frozenset({"find"})

    def compile(self, rule: dict, params: dict):
        weak = rule.get("weak_when") or {}
        return {"find": compile_find(rule), "unmeasured": frozenset(weak.get("unmeasured") or ()),
                "vague": bool(weak.get("vague")), "weak_modal": bool(weak.get("weak_modal")),
                "weak_patterns": _patterns(weak, "patterns", "weak_when"), "lacks": _patterns(weak, "lacks", "weak_when"),
                "measured_by": _patterns(weak, "measured_by", "weak_when"),
                "lacks_message": weak.get("lacks_message", "it lacks the detail this rule asks for")}

    def describe(self, rule: dict, params: dict) -> list[str]:
        lines = [self.summary]
        weak = rule.get("weak_when") or {}
        reasons = []
        if weak.get("unmeasured"):
            wanted = " or ".join(TAG_WORDS.get(label, label.lower()) for label in weak["unmeasured"])
            vague = " (or a vague word such as 'promptly')" if weak.get("vague") else ""
            reasons.append(f"it states no {wanted}{vague}")
        if weak.get("weak_modal"):
            reasons.append("it is only a soft commitment ('may', 'reasonable efforts')")
        if weak.get("patterns"):
            reasons.append(f"it uses a wording that leaves it open ({len(weak['patterns'])} patterns)")
        if reasons:
            lines.append("Weak when " + "; or ".join(reasons) + ".")
        return lines

    def check(self, spec, params, document) -> Outcome:
        passages = spec["find"].find(document)
        if not passages:
            return Outcome("missing", "no_provision")
        measured = bool(spec["unmeasured"])
        graded = [(self._shortfall(spec, p), p) for p in passages]
        graded.sort(key=lambda item: item[0] is not None)  # firm ones first, stable otherwise
        shortfall, _ = graded[0]
        facts = [t.as_fact() for _, p in graded[:3] for t in p.source.tags_in(p.start, p.end, spec["unmeasured"])]
        chosen = [p for _, p in graded[:3]]
        if shortfall is None:
            return Outcome("met", "provision_found", _whose(spec["find"], chosen[0]), chosen, facts,
                           True if measured else None)
        reason, detail = shortfall
        return Outcome("weak", reason, detail, chosen, facts, False if measured else None)

    def evaluate(self, spec, params, package) -> Outcome:
        """As every kind, the best document's outcome; but a provision that only points to a
        schedule or document the package does not hold ('the service levels set out in
        Schedule 2', 'the Services as detailed in an applicable SOW') is not the provision:
        missing, and the finding says so. That holds for a weak provision, and for one a rule
        asks only to be there (no figure it must state), when every passage quoted points."""
        outcome = super().evaluate(spec, params, package)
        presence_only = outcome.status == "met" and not spec["unmeasured"]
        if outcome.status == "met" and not presence_only and outcome.passages:
            # a figure, but the sentence only says the provision is in a document the parties will agree later: its time is
            # the time they take to agree ("targets will be set out in a schedule the parties shall agree within 90 days")
            named = left_to_agree(outcome.passages)
            if named is None:
                return outcome
            return Outcome("missing", "pointer_only", {"named": named}, outcome.passages[:1], outcome.facts, None)
        if not (outcome.status == "weak" or presence_only) or not outcome.passages:
            return outcome
        names = absent_names(package)
        # ... or names only a term the package defines by pointing to such a part ('entitled to Service Credits', where
        # '"Service Credits" means the amounts calculated under Schedule 4' and Schedule 4 is not there)
        pointers = [_points(p, presence_only) or _points(p, presence_only, names) or hollow_pointer(package, p)
                    for p in outcome.passages]
        if not all(pointers) or any(isinstance(m, Found) and holds(package, m, besides=p.source)
                                    for m, p in zip(pointers, outcome.passages)):
            return outcome
        named = " ".join(pointers[0].group(0).split())
        return Outcome("missing", "pointer_only", {"named": named}, outcome.passages[:1], outcome.facts,
                       outcome.measurable)

    @staticmethod
    def _shortfall(spec, passage) -> tuple[str, dict] | None:
        """Why this passage falls short (a reason code and its details), or None when it is
        firm and measurable."""
        doc, start, end = passage.source, passage.start, passage.end
        text = doc.text[start:end]
        for regex in spec["weak_patterns"]:
            hit = regex.search(text)
            if hit:
                return "leaves_open", {"words": " ".join(hit.group(0).split())}
        if passage.fit == "misfit" and passage.stance is not None:
            return misfit_reason(spec["find"], passage)
        if (spec["unmeasured"] and not doc.tags_in(start, end, spec["unmeasured"])
                and not any(regex.search(text) for regex in spec["measured_by"])):
            vague = doc.tags_in(start, end, {"VAGUE"}) if spec["vague"] else []
            wanted = " or ".join(sorted(label.lower() for label in spec["unmeasured"]))
            if vague:
                return "vague", {"vague": vague[0].text, "wanted": wanted}
            return "unmeasured", {"wanted": wanted}
        if spec["lacks"] and passage.via != "type" and not any(regex.search(text) for regex in spec["lacks"]):
            return "lacks", {"text": spec["lacks_message"]}
        if spec["weak_modal"] and passage.fit != "fit":
            modals = doc.tags_in(start, end, {"MODAL"})
            if modals and all(m.value.get("strength") == "weak" for m in modals):
                return "soft", {"modal": modals[0].text}
        return None


def _whose(find: FindSpec, passage) -> dict:
    """For a rule any party may hold (`party: either`: a liability cap, a termination right),
    whose it is: both parties ('Neither party shall be liable ...') or one side only."""
    stance = passage.stance
    if find.party != "either" or stance is None or stance.holder is None:
        return {}
    return {"holder": stance.holder, "holder_text": stance.holder_text or stance.holder}


def misfit_reason(find: FindSpec, passage) -> tuple[str, dict]:
    """'a right of the Provider, not of the Customer ('Provider may terminate')'."""
    stance = passage.stance
    holder = stance.holder_text or stance.holder
    verb = passage.source.text[stance.start:stance.end]
    wanted = {"provider": "the Provider", "customer": "the Customer", "each": "each party",
              "either": "a party"}.get(find.party or "", "")
    what = {"obligation": "an obligation", "right": "a right", "prohibition": "a prohibition",
            "exemption": "an exemption"}[stance.modality]
    detail = {"what": what, "holder": holder, "verb": verb}
    if find.party and stance.holder not in ("mutual",) and stance.holder != find.party:
        return "other_party", dict(detail, wanted=wanted)
    return "other_modality", dict(detail, wanted=" or ".join(find.modality) if find.modality else "a commitment")


POINTER_GAP = 12  # how far past the words a rule matched a pointer may start and still be what they say ("... as ")


def _points(passage, presence_only: bool, absent: frozenset[str] | None = None):
    """The pointer that makes the passage only a reference, if any: anywhere in a weak passage;
    in a provision the rule only asks to be there, right after the words the rule matched
    ("the Services as detailed in an applicable SOW"), not a pointer the sentence makes about
    something else ("... do not include consulting services, which will be specified in a
    Statement of Work"). With `absent`, a pointer to a document the package names by one of these
    defined terms and says is not attached ("as stated in the Terms")."""
    text = passage.source.text

    def pointer(words):
        return absent_pointer(words, absent) if absent is not None else find_pointer(words)

    whole = pointer(text[passage.start:passage.end])
    if whole is not None and absent is None and unsettled(whole):
        # a document on request or still to be agreed: the provision only when the sentence says nothing before it but what
        # it names ("Provider's backup policy is available on request"), not an aside after a duty
        return whole if not _VERB.search(text, passage.start, passage.start + whole.start()) else None
    if not presence_only or passage.via == "heading":
        return whole
    if (whole is not None and (_PREDICATE.match(whole.group(0)) or whole.group("governs"))
            and not _VERB.search(_SUBJECT_CLAUSE.sub(" ", text[passage.start:passage.start + whole.start()]))):
        # the pointer is all the sentence says of what it names: "Confidentiality, liability and governing law are
        # addressed in the MSA", "'Business Hours' has the meaning given in the Support Policy", "On every other
        # subject, including confidentiality, the Master Agreement alone applies"
        return whole
    if passage.hits > 1:
        return None  # it says more the rule looks for: "... described in Schedule 1, including a service desk"
    found = pointer(text[passage.match_end:passage.end])
    if found and (found.start() <= POINTER_GAP or (found.start() <= RELATIVE_GAP and _WHICH.search(
            text, passage.match_end, passage.match_end + found.start()))):
        return found  # "... the Business Associate Agreement, which will be attached as Exhibit 2"
    return None


RELATIVE_GAP = 80  # how far a relative clause ("..., which will be attached as Exhibit 2") may carry a pointer back
_WHICH = re.compile(r",\s*which\s+$")


_PREDICATE = re.compile(r"(?:are|is|shall\s+be|will\s+be|have|has|bears?)\b", re.I)  # a pointer that is the sentence's verb
# what a subject may hold and still say nothing of its own: a clause that opens it ("Which modules Airline has bought is
# recorded in the Order Form"), a past bought or ordered ("The services the Customer has ordered are listed in the SOW")
_SUBJECT_CLAUSE = re.compile(r"^\W*(?:which|what)\b|\b(?:has|have|had)\s+(?=(?:\w+ed|bought|chosen|taken)\b)", re.I)


KIND = ClauseKind()
