"""`threshold`: a figure the contract states, compared with a rulebook parameter.

  find:     where the figure is stated (see engine/finder.py)
  measure:
    tag:     DURATION | PERCENT | MONEY
    compare: max (the stated value must be at most the parameter) | min (at least)
    param:   the parameter name, e.g. max_p1_response_hours
    unit:    for DURATION, the parameter's unit: minutes | hours | days
    pick:    which figure when a passage states several: first | last | min | max
    priority: top  -> where priorities (P1, Critical...) are named, read the figures of the
                     most urgent one only
"""

from __future__ import annotations

from checker.engine.kinds.base import Kind, OptionError, Outcome
from checker.engine.kinds.clause import FIND, TAG_WORDS, compile_find
from checker.engine.kinds.options import Choice, Section, Text
from checker.engine.references import holds, left_to_agree, pointer, reference_words, refers_elsewhere
from checker.words import measure as words_measure

_UNIT_HOURS = {"minutes": 1 / 60, "hours": 1, "days": 24}
# which of the (value, tag, passage) candidates a rule reads
_PICKS = {"first": lambda c: c[0], "last": lambda c: c[-1], "min": lambda c: min(c, key=lambda x: x[0]),
          "max": lambda c: max(c, key=lambda x: x[0])}


def _number(tag, unit: str | None) -> float | None:
    if tag.label == "DURATION":
        hours = tag.value.get("hours")
        return None if hours is None else hours / _UNIT_HOURS[unit]
    if tag.label == "PERCENT":
        return tag.value.get("value")
    if tag.label == "MONEY":
        return tag.value.get("amount")
    return None


def _figure(value: float, spec) -> str:
    """'1 hour', '4 hours', '99.9%', '3'."""
    if spec["unit"]:
        return words_measure(1 if value == 1 else f"{value:g}", spec["unit"])
    return f"{value:g}" + ("%" if spec["tag"] == "PERCENT" else "")


MEASURE = Section({
    "tag": Choice(("DURATION", "PERCENT", "MONEY")),
    "compare": Choice(("max", "min"), "max: the stated value must be at most the parameter; min: at least."),
    "param": Text("The name of a number in the rule's params."),
    "unit": Choice(tuple(_UNIT_HOURS), "For DURATION: the parameter's unit."),
    "pick": Choice(tuple(sorted(_PICKS)), "Which figure when a passage states several (default: the strictest, "
                   "min for compare max, max for compare min)."),
    "priority": Choice(("top",), "top: where priorities (P1, Critical...) are named, read the figures of the most "
                       "urgent one only.", message="must be: top"),
}, required=("tag", "compare", "param"), needs=[("tag", "DURATION", "unit")], name="measure")


class ThresholdKind(Kind):
    name = "threshold"
    summary = "Reads the figure the provision states and compares it with a parameter of the rule."
    options = {"find": FIND, "measure": MEASURE}
    required = frozenset({"find", "measure"})

    def compile(self, rule: dict, params: dict):
        measure = rule["measure"]
        param = measure["param"]
        if param not in params:
            raise OptionError("measure.param", f"names a parameter the rule does not define ({param!r}); "
                                               f"defined: {', '.join(sorted(params)) or 'none'}")
        if not isinstance(params[param], (int, float)) or isinstance(params[param], bool):
            raise OptionError("measure.param", f"parameter {param!r} must be a number, got {params[param]!r}")
        unit = measure.get("unit")
        pick = measure.get("pick", "min" if measure["compare"] == "max" else "max")
        return {"find": compile_find(rule), "tag": measure["tag"], "compare": measure["compare"], "param": param,
                "unit": unit, "pick": pick, "top_priority": measure.get("priority") == "top"}

    def describe(self, rule: dict, params: dict) -> list[str]:
        measure = rule["measure"]
        bound = "at most" if measure["compare"] == "max" else "at least"
        value = params[measure["param"]]
        limit = words_measure(value, measure["unit"]) if measure.get("unit") else \
            f"{value}{'%' if measure['tag'] == 'PERCENT' else ''}"
        urgent = " for the most urgent priority" if measure.get("priority") == "top" else ""
        return [f"Reads the {TAG_WORDS[measure['tag']]} the provision states{urgent} and requires it to be "
                f"{bound} {measure['param']} = {limit}: met when it is, weak when it is not, missing when no "
                "provision or no figure is found."]

    def check(self, spec, params, document) -> Outcome:
        passages = spec["find"].find(document)
        if not passages:
            return Outcome("missing", "no_provision", measurable=False)
        if spec["top_priority"]:
            # an SLA table names several priorities; read it before a clause that names one
            passages = sorted(passages, key=lambda p: -len({t.value.get("rank") for t in p.source.tags_in(
                p.start, p.end, {"PRIORITY"}) if t.value.get("rank")}))
        candidates = []  # (value, tag, passage)
        for passage in passages:
            for tag in self._figures(spec, passage):
                value = _number(tag, spec["unit"])
                if value is not None:
                    candidates.append((value, tag, passage))
            if candidates and spec["top_priority"]:
                break  # the figures of one table or clause, not a mix of several
        if not candidates:
            # present without a figure is weak, when it is a commitment of its own: not a
            # pointer to another document, not a description ("response times may increase")
            committed = [p for p in passages if any(s.modality == "obligation" for s in p.source.stances_in(p.start, p.end))]
            firm = [p for p in committed if not refers_elsewhere(p.source.text[p.start:p.end])]
            if not committed:
                return Outcome("missing", "no_commitment", {}, passages[:1], measurable=False)
            if not firm:
                return Outcome("missing", "figure_elsewhere", {"words": reference_words(committed[0])}, committed[:1],
                               measurable=False)
            return Outcome("weak", "no_figure", {}, firm[:2], measurable=False)
        value, tag, passage = _PICKS[spec["pick"]](candidates)
        limit = params[spec["param"]]
        fact = dict(tag.as_fact(), compared_with=limit, param=spec["param"])
        ok = value <= limit if spec["compare"] == "max" else value >= limit
        detail = {"stated": tag.text, "figure": _figure(value, spec), "compare": spec["compare"],
                  "limit": _figure(limit, spec)}
        return Outcome("met" if ok else "weak", "within_limit" if ok else "beyond_limit", detail, [passage], [fact], True)

    def evaluate(self, spec, params, package) -> Outcome:
        """The best document's outcome; a provision that refers elsewhere for its figure is
        missing only when the package does not hold the part it names (held, that part was
        read too and gave no figure: the provision is there without one, weak)."""
        outcome = super().evaluate(spec, params, package)
        if outcome.status in ("met", "weak") and outcome.passages:
            # the figure is the time the parties take to agree the document the provision is left to
            named = left_to_agree(outcome.passages)
            if named is not None:
                return Outcome("missing", "pointer_only", {"named": named}, outcome.passages[:1], measurable=None)
        if outcome.reason != "figure_elsewhere" or not outcome.passages:
            return outcome
        passage = outcome.passages[0]
        named = pointer(passage.source.text[passage.start:passage.end])
        if named is None or not holds(package, named, besides=passage.source):
            return outcome
        return Outcome("weak", "figure_not_in_part", {"words": outcome.detail["words"],
                                                      "named": " ".join(named.group(0).split())},
                       outcome.passages, measurable=False)

    @staticmethod
    def _figures(spec, passage):
        doc = passage.source
        tags = doc.tags_in(passage.start, passage.end, {spec["tag"], "PRIORITY"})
        if passage.via == "type":  # the figure the clause's shape chose (the most urgent level's response)
            chosen = [t for t in tags if (t.start, t.end) == (passage.match_start, passage.match_end) and t.label == spec["tag"]]
            if chosen:
                return chosen
        if spec["top_priority"]:
            priorities = [t for t in tags if t.label == "PRIORITY" and t.value.get("rank")]
            if priorities:
                top = min(t.value["rank"] for t in priorities)
                # the figures between the most urgent priority's name and the next priority's
                figures, reading = [], False
                for tag in tags:
                    if tag.label == "PRIORITY":
                        reading = tag.value.get("rank") == top
                    elif reading:
                        figures.append(tag)
                if figures:
                    return figures
        return [t for t in tags if t.label == spec["tag"]]


KIND = ThresholdKind()
