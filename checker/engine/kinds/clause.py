"""`clause`: is there a provision for the element, and is it firm and measurable?

  find:       where to look (see engine/finder.py)
  weak_when:
    unmeasured: [DURATION, PERCENT]  the provision states none of these -> weak
    vague: true                      a vague word ("promptly") instead of a figure -> weak
    weak_modal: true                 only "may" / "reasonable efforts", never "shall" -> weak
    patterns: [regex]                a wording that makes the provision weak ("to be agreed")
    lacks: [regex]                   the provision matches none of these -> weak
    lacks_message: text              why, when it lacks them ("no named role or level")
"""

from __future__ import annotations

from checker.engine.finder import FIND_KEYS, PARTIES, FindSpec
from checker.nlp.clauses import type_names
from checker.nlp.obligations import MODALITIES
from checker.matching import PatternError, TextPattern, compile_patterns
from checker.engine.kinds.base import Kind, OptionError, Outcome
from checker.engine.references import holds, pointer

TAG_LABELS = {"DURATION", "PERCENT", "MONEY", "REGULATION", "PRIORITY", "FREQUENCY", "COVERAGE"}
WEAK_KEYS = {"unmeasured", "vague", "weak_modal", "patterns", "lacks", "lacks_message"}


def compile_find(rule: dict) -> FindSpec:
    find = rule.get("find")
    if not isinstance(find, dict):
        raise OptionError("find", "must be a mapping with 'patterns' and/or 'headings'")
    unknown = set(find) - FIND_KEYS
    if unknown:
        raise OptionError(f"find.{sorted(unknown)[0]}", f"unknown option; valid options: {', '.join(sorted(FIND_KEYS))}")
    if not find.get("patterns") and not find.get("headings"):
        raise OptionError("find", "needs 'patterns' or 'headings'")
    compiled = {}
    for key in ("patterns", "headings", "near", "exclude", "within"):
        values = find.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise OptionError(f"find.{key}", "must be a list of regular expressions (strings)")
        compiled[key] = []
        for i, value in enumerate(values):
            try:
                compiled[key].append(TextPattern(value))
            except PatternError as error:
                raise OptionError(f"find.{key}[{i}]", f"invalid regular expression {value!r}: {error}") from None
    for key in ("negated", "definitions"):
        if key in find and not isinstance(find[key], bool):
            raise OptionError(f"find.{key}", "must be true or false")
    party = find.get("party")
    if party is not None and party not in PARTIES:
        raise OptionError("find.party", f"must be one of: {', '.join(PARTIES)}")
    modality = find.get("modality") or []
    modality = [modality] if isinstance(modality, str) else modality
    if not isinstance(modality, list) or any(m not in MODALITIES for m in modality):
        raise OptionError("find.modality", f"must be one or a list of: {', '.join(MODALITIES)}")
    clauses = {}
    for key in ("outside", "inside"):
        values = find.get(key) or []
        if not isinstance(values, list) or any(v not in type_names() for v in values):
            raise OptionError(f"find.{key}", f"must list clause types from: {', '.join(type_names())}")
        clauses[key] = frozenset(values)
    return FindSpec(negated=bool(find.get("negated")), definitions=bool(find.get("definitions")), party=party,
                    conditional=_conditional(find.get("conditional", True)),
                    modality=tuple(modality), **clauses, **compiled)


class ClauseKind(Kind):
    name = "clause"
    keys = frozenset({"find", "weak_when"})
    required = frozenset({"find"})

    def compile(self, rule: dict, params: dict):
        weak = rule.get("weak_when") or {}
        if not isinstance(weak, dict):
            raise OptionError("weak_when", "must be a mapping")
        unknown = set(weak) - WEAK_KEYS
        if unknown:
            raise OptionError(f"weak_when.{sorted(unknown)[0]}", f"unknown option; valid options: {', '.join(sorted(WEAK_KEYS))}")
        unmeasured = weak.get("unmeasured") or []
        if not isinstance(unmeasured, list) or any(label not in TAG_LABELS for label in unmeasured):
            raise OptionError("weak_when.unmeasured", f"must list tag labels from: {', '.join(sorted(TAG_LABELS))}")
        for key in ("vague", "weak_modal"):
            if key in weak and not isinstance(weak[key], bool):
                raise OptionError(f"weak_when.{key}", "must be true or false")
        compiled = {}
        for key in ("patterns", "lacks"):
            try:
                compiled[key] = compile_patterns(weak.get(key))
            except (PatternError, TypeError) as error:
                raise OptionError(f"weak_when.{key}", f"invalid regular expression: {error}") from None
        if "lacks_message" in weak and not isinstance(weak["lacks_message"], str):
            raise OptionError("weak_when.lacks_message", "must be text")
        return {"find": compile_find(rule), "unmeasured": frozenset(unmeasured), "vague": bool(weak.get("vague")),
                "weak_modal": bool(weak.get("weak_modal")), "weak_patterns": compiled["patterns"],
                "lacks": compiled["lacks"], "lacks_message": weak.get("lacks_message", "it lacks the detail this rule asks for")}

    def check(self, spec, params, document) -> Outcome:
        passages = spec["find"].find(document)
        if not passages:
            return Outcome("missing", "no provision found")
        measured = bool(spec["unmeasured"])
        graded = [(self._shortfall(spec, p), p) for p in passages]
        graded.sort(key=lambda item: item[0] is not None)  # firm ones first, stable otherwise
        shortfall, _ = graded[0]
        facts = [t.as_fact() for _, p in graded[:3] for t in p.source.tags_in(p.start, p.end, spec["unmeasured"])]
        chosen = [p for _, p in graded[:3]]
        if shortfall is None:
            return Outcome("met", "provision found", chosen, facts, True if measured else None)
        return Outcome("weak", shortfall, chosen, facts, False if measured else None)

    def evaluate(self, spec, params, package) -> Outcome:
        """As every kind, the best document's outcome; but a provision that is weak because
        it only points to a schedule or document the package does not hold ('the service
        levels set out in Schedule 2') is not the provision: missing, and the finding says so."""
        outcome = super().evaluate(spec, params, package)
        if outcome.status != "weak" or not outcome.passages:
            return outcome
        pointers = [pointer(p.source.text[p.start:p.end]) for p in outcome.passages]
        if not all(pointers) or any(holds(package, m) for m in pointers):
            return outcome
        named = " ".join(pointers[0].group(0).split())
        return Outcome("missing", f"only a reference ('{named}') to a part this contract package does not hold; "
                                  "review it with that document to judge the provision", outcome.passages[:1],
                       outcome.facts, outcome.measurable)

    @staticmethod
    def _shortfall(spec, passage) -> str | None:
        """Why this passage falls short, or None when it is firm and measurable."""
        doc, start, end = passage.source, passage.start, passage.end
        text = doc.text[start:end]
        for regex in spec["weak_patterns"]:
            hit = regex.search(text)
            if hit:
                return f"'{' '.join(hit.group(0).split())}' leaves it open"
        if passage.fit == "misfit" and passage.stance is not None:
            return misfit_reason(spec["find"], passage)
        if spec["unmeasured"] and not doc.tags_in(start, end, spec["unmeasured"]):
            vague = doc.tags_in(start, end, {"VAGUE"}) if spec["vague"] else []
            wanted = " or ".join(sorted(label.lower() for label in spec["unmeasured"]))
            if vague:
                return f"vague ('{vague[0].text}') instead of a stated {wanted}"
            return f"no {wanted} is stated, so it cannot be measured"
        if spec["lacks"] and not any(regex.search(text) for regex in spec["lacks"]):
            return spec["lacks_message"]
        if spec["weak_modal"] and passage.fit != "fit":
            modals = doc.tags_in(start, end, {"MODAL"})
            if modals and all(m.value.get("strength") == "weak" for m in modals):
                return f"only a soft commitment ('{modals[0].text}'), not an obligation"
        return None


def _conditional(value):
    """find.conditional: true, false, or the regexes that let a conditional candidate count."""
    if isinstance(value, bool):
        return value
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise OptionError("find.conditional", "must be true, false or a list of regular expressions")
    try:
        return [TextPattern(v) for v in value]
    except PatternError as error:
        raise OptionError("find.conditional", f"invalid regular expression: {error}") from None


def misfit_reason(find: FindSpec, passage) -> str:
    """'a right of the Provider, not of the Customer ('Provider may terminate')'."""
    stance = passage.stance
    holder = stance.holder_text or stance.holder
    verb = passage.source.text[stance.start:stance.end]
    wanted = {"provider": "the Provider", "customer": "the Customer", "each": "each party",
              "either": "a party"}.get(find.party or "", "")
    what = {"obligation": "an obligation", "right": "a right", "prohibition": "a prohibition",
            "exemption": "an exemption"}[stance.modality]
    if find.party and stance.holder not in ("mutual",) and stance.holder != find.party:
        return f"{what} of {holder} only ('{holder} {verb}'), not of {wanted}"
    wanted_what = " or ".join(find.modality) if find.modality else "a commitment"
    return f"{what} of {holder} ('{holder} {verb}'), not {wanted_what}"


KIND = ClauseKind()
