"""A finding's reason code in words: the one place where what a rule kind concluded
(checker/engine/kinds/, `Outcome.reason` and `Outcome.detail`) becomes the message every
renderer shows. A kind never writes English sentences and the engine never reads them.
"""

from __future__ import annotations

from checker.nlp.jurisdictions import LAW_FAMILIES

MAX_LISTED = 8  # slips named in a message; every one of them is evidence


def _bound(detail: dict) -> str:
    return "at most" if detail["compare"] == "max" else "at least"


def _slips(detail: dict) -> str:
    slips = detail["slips"]
    count = len(slips)
    listed = "; ".join(slips[:MAX_LISTED]) + (f"; and {count - MAX_LISTED} more" if count > MAX_LISTED else "")
    noun = detail["noun"][0] if count == 1 else detail["noun"][1]
    return f"{count} {noun}: {listed}"


def _whose(detail: dict) -> str:
    if detail.get("holder") == "mutual":
        return "; it holds for both parties (mutual)"
    if detail.get("holder"):
        return f"; it holds for {detail['holder_text']} only (one-sided)"
    return ""


_WORDS = {
    # clause and threshold
    "provision_found": lambda d: "provision found" + _whose(d),
    "pointer_only": lambda d: f"only a reference ('{d['named']}') to a part this contract package does not hold; "
                              "review it with that document to judge the provision",
    "leaves_open": lambda d: f"'{d['words']}' leaves it open",
    "other_party": lambda d: f"{d['what']} of {d['holder']} only ('{d['holder']} {d['verb']}'), not of {d['wanted']}",
    "other_modality": lambda d: f"{d['what']} of {d['holder']} ('{d['holder']} {d['verb']}'), not {d['wanted']}",
    "vague": lambda d: f"vague ('{d['vague']}') instead of a stated {d['wanted']}",
    "unmeasured": lambda d: f"no {d['wanted']} is stated, so it cannot be measured",
    "lacks": lambda d: d["text"],
    "soft": lambda d: f"only a soft commitment ('{d['modal']}'), not an obligation",
    "no_commitment": lambda d: "no commitment with a figure to compare with the rulebook's limit",
    "figure_elsewhere": lambda d: "the provision only refers to another document for its figure "
                                  f"('{d['words']}'), which this package does not hold",
    "figure_not_in_part": lambda d: f"the provision refers for its figure to another part ('{d['words']}'); the "
                                    f"package holds it ('{d['named']}') but no figure was found there",
    "no_figure": lambda d: "the provision states no figure to compare with the rulebook's limit",
    "within_limit": lambda d: f"states {d['stated']!r} ({d['figure']}), within the limit of {_bound(d)} {d['limit']}",
    "beyond_limit": lambda d: f"states {d['stated']!r} ({d['figure']}); the rulebook requires {_bound(d)} {d['limit']}",
    # drafting hygiene
    "clean": lambda d: d["clean"],
    "clean_incorporated": lambda d: f"{d['clean']}, or given the meanings of {d['source']} (definitions incorporated "
                                    "by reference; that agreement is not in the package, so its terms are not checked)",
    "slips": _slips,
    # the engine's own
    "not_applicable": lambda d: "does not apply: none of its conditions appears in the contract",
    "not_applicable_law": lambda d: f"does not apply: the contract is governed by {LAW_FAMILIES[d['law']]}, and "
                                    "it does not take the subject up itself",
    "rule_failed": lambda d: f"the rule could not be evaluated ({d['error']}); its element is not judged: "
                             "report it to the rulebook's maintainer",
}


def message(reason: str, detail: dict, title: str, why: str) -> str:
    """The finding's message: 'Missing: <title> — no such provision was found. <why>' when no
    provision was found, else the reason in words, capitalised."""
    if reason == "no_provision":
        return f"Missing: {title.rstrip('.')} — no such provision was found. {why}"
    words = _WORDS[reason](detail)
    return words[:1].upper() + words[1:]
