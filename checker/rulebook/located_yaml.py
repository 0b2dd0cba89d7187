"""YAML that remembers where each value came from, so an error can say file:line:col."""

from __future__ import annotations

import yaml


class LocatedDict(dict):
    """A mapping with the (line, col) of itself and of each key's value (1-based)."""

    mark: tuple[int, int] = (1, 1)
    marks: dict


class LocatedList(list):
    mark: tuple[int, int] = (1, 1)
    marks: list


def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node, loader: yaml.SafeLoader):
    if isinstance(node, yaml.MappingNode):
        result = LocatedDict()
        result.mark, result.marks = _mark(node), {}
        for key_node, value_node in node.value:
            key = _build(key_node, loader)
            if isinstance(key, (dict, list)):
                raise yaml.MarkedYAMLError(problem="a mapping key must be a plain value", problem_mark=key_node.start_mark)
            if key in result:
                raise yaml.MarkedYAMLError(problem=f"duplicate key '{key}'", problem_mark=key_node.start_mark)
            result[key] = _build(value_node, loader)
            result.marks[key] = _mark(value_node)
        return result
    if isinstance(node, yaml.SequenceNode):
        result = LocatedList(_build(item, loader) for item in node.value)
        result.mark, result.marks = _mark(node), [_mark(item) for item in node.value]
        return result
    return loader.construct_object(node) if node.tag != "tag:yaml.org,2002:str" else node.value


def load_located(source: str):
    """Parse YAML text into LocatedDict / LocatedList / plain scalars. Raises yaml.YAMLError."""
    node = yaml.compose(source, Loader=yaml.SafeLoader)
    if node is None:
        return None
    return _build(node, yaml.SafeLoader(""))
