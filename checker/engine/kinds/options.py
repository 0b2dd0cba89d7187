"""A kind's options, declared once. Each declaration checks a rule's value (an OptionError
naming the key path, "find.patterns[2]") and gives its JSON Schema: the loader validates
with the first, `checker/rulebook/schema.py` writes rulebook.schema.json from the second.

A kind declares the rule keys it reads (`options`: usually a `Section`) and the scalar
`params` it reads with their defaults (a playbook can retune those).
"""

from __future__ import annotations

from checker.engine.kinds.base import OptionError


class Option:
    default = None  # of a param: what a rule that does not set it gets

    def __init__(self, description: str = "", default=None):
        self.description, self.default = description, default

    def check(self, value, key: str) -> None:
        raise NotImplementedError

    def schema(self) -> dict:
        raise NotImplementedError

    def _described(self, schema: dict) -> dict:
        return {**schema, "description": self.description} if self.description else schema


class Flag(Option):
    def check(self, value, key):
        if not isinstance(value, bool):
            raise OptionError(key, "must be true or false" + (f", got {value!r}" if key.startswith("params.") else ""))

    def schema(self):
        return self._described({"type": "boolean"})


class Whole(Option):
    """A whole number, not negative."""

    def check(self, value, key):
        if isinstance(value, bool) or not isinstance(value, int):
            raise OptionError(key, f"must be a whole number, got {value!r}")
        if value < 0:
            raise OptionError(key, f"must not be negative, got {value!r}")

    def schema(self):
        return self._described({"type": "integer", "minimum": 0})


class Text(Option):
    def check(self, value, key):
        if not isinstance(value, str) or not value:
            raise OptionError(key, "must be text")

    def schema(self):
        return self._described({"type": "string", "minLength": 1})


class Choice(Option):
    """One of `values`; with `many`, a list of them (`one_or_many`: either)."""

    def __init__(self, values, description: str = "", many: bool = False, one_or_many: bool = False,
                 message: str = ""):
        self.values, self.description, self.many, self.one_or_many = tuple(values), description, many, one_or_many
        self.message = message or ("must list " if many else "must be ") + (
            "one or a list of: " if one_or_many else "one of: " if not many else "values from: ") + ", ".join(self.values)

    def check(self, value, key):
        items = [value] if self.one_or_many and isinstance(value, str) else value
        if self.many or self.one_or_many:
            ok = isinstance(items, list) and all(isinstance(v, str) and v in self.values for v in items)
        else:
            ok = isinstance(value, str) and value in self.values
        if not ok:
            raise OptionError(key, self.message)

    def schema(self):
        one = {"enum": list(self.values)}
        if self.one_or_many:
            return self._described({"oneOf": [one, {"type": "array", "items": one}]})
        return self._described({"type": "array", "items": one} if self.many else one)


class Regexes(Option):
    """A list of regular expressions (compiled, and refused with the reason, by the kind)."""

    def __init__(self, description: str = "", or_flag: bool = False):
        self.description, self.or_flag = description, or_flag

    def check(self, value, key):
        if self.or_flag and isinstance(value, bool):
            return
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise OptionError(key, "must be true, false or a list of regular expressions" if self.or_flag
                              else "must be a list of regular expressions (strings)")

    def schema(self):
        regexes = {"$ref": "#/$defs/regexes"}
        return self._described({"oneOf": [{"type": "boolean"}, regexes]} if self.or_flag else regexes)


class Section(Option):
    """A mapping of named options. `one_of`: at least one of these keys must be given;
    `needs`: (key, value, other): when key is value, other must be given."""

    def __init__(self, fields: dict[str, Option], required=(), one_of=(), needs=(), description: str = "",
                 name: str = ""):
        self.fields, self.required, self.one_of, self.needs = fields, tuple(required), tuple(one_of), tuple(needs)
        self.description, self.name = description, name  # name: its $defs entry in the schema

    def check(self, value, key):
        if not isinstance(value, dict):
            wanted = self.required or self.one_of
            joiner = " and/or " if self.one_of else ", "
            with_ = f" with {joiner.join(repr(k) if self.one_of else k for k in wanted)}" if wanted else ""
            raise OptionError(key, f"must be a mapping{with_}")
        unknown = sorted(set(value) - set(self.fields))
        if unknown:
            raise OptionError(f"{key}.{unknown[0]}", f"unknown option; valid options: {', '.join(sorted(self.fields))}")
        for name in self.required:
            if name not in value:
                option = self.fields[name]
                raise OptionError(f"{key}.{name}", option.message if isinstance(option, Choice) else "is required")
        if self.one_of and not any(value.get(name) for name in self.one_of):
            raise OptionError(key, f"needs {' or '.join(repr(k) for k in self.one_of)}")
        for name, option in self.fields.items():
            if name in value and value[name] is not None:
                option.check(value[name], f"{key}.{name}")
        for name, when, other in self.needs:
            if value.get(name) == when and value.get(other) is None:
                option = self.fields[other]
                raise OptionError(f"{key}.{other}", option.message if isinstance(option, Choice) else "is required")

    def schema(self):
        schema = {"type": "object", "additionalProperties": False}
        if self.required:
            schema["required"] = list(self.required)
        if self.one_of:
            schema["anyOf"] = [{"required": [name]} for name in self.one_of]
        schema["properties"] = {name: option.schema() for name, option in self.fields.items()}
        for name, when, other in self.needs:
            schema.setdefault("allOf", []).append({"if": {"properties": {name: {"const": when}}},
                                                   "then": {"required": [other]}})
        return self._described(schema)
