"""rulebook.schema.json, its kind-dependent parts made from the kinds' own declarations
(checker/engine/kinds/options.py): the kinds, each kind's options ($defs find, weakWhen,
measure), which options and params each kind takes. The same declarations validate a rule
at load, so the schema editors use and the loader cannot drift apart.

    python -m checker.rulebook.schema        # rewrites checker/rulebook/ and docs/ copies

tests/test_playbooks.py checks that the files are what this makes.
"""

from __future__ import annotations

import json
from pathlib import Path

from checker.engine.kinds import KINDS
from checker.rulebook.rule import COMMON_KEYS

FILE = Path(__file__).with_name("rulebook.schema.json")
PUBLISHED = Path(__file__).resolve().parents[2] / "docs" / "rulebook.schema.json"


def schema() -> dict:
    """The schema: rulebook.schema.json with its kind-dependent parts made afresh."""
    made = json.loads(FILE.read_text(encoding="utf-8"))
    defs = made["$defs"]
    rule = defs["rule"]
    properties = {key: value for key, value in rule["properties"].items() if key in COMMON_KEYS}
    properties["kind"] = {"enum": sorted(KINDS)}
    every_option = sorted({key for kind in KINDS.values() for key in kind.options})
    cases = []
    for name, kind in sorted(KINDS.items()):
        for key, option in kind.options.items():
            defs[option.name] = option.schema()
            properties[key] = {"$ref": f"#/$defs/{option.name}"}
        then: dict = {}
        if kind.required:
            then["required"] = sorted(kind.required)
        others = [key for key in every_option if key not in kind.options]
        if others:
            then["not"] = {"anyOf": [{"required": [key]} for key in others]}
        if kind.params is not None:
            then["properties"] = {"params": {"type": "object", "additionalProperties": False, "properties": {
                key: option.schema() for key, option in kind.params.items()}}}
        cases.append({"if": {"required": ["kind"], "properties": {"kind": {"const": name}}}, "then": then})
    rule["properties"] = properties
    rule["allOf"] = cases
    return made


def text() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    made = text()
    for path in (FILE, PUBLISHED):
        path.write_text(made, encoding="utf-8")
        print(f"wrote {path}")
