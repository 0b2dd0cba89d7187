"""The shipped rule packs (rules/*.yaml, inside the wheel as checker/rules) and how a name
or a path given to `--rulebook` or `extends:` becomes a file."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

DEFAULT_RULEBOOK = "default"
_SUFFIXES = (".yaml", ".yml")


def packs_dir() -> Path:
    """Inside the installed package, or rules/ in a source checkout."""
    packaged = resources.files("checker") / "rules"
    if packaged.is_dir() and (packaged / f"{DEFAULT_RULEBOOK}.yaml").is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "rules"


def pack_names() -> list[str]:
    return sorted(p.stem for p in packs_dir().glob("*.yaml"))


def pack_path(name: str) -> Path:
    return packs_dir() / f"{name}.yaml"


def is_pack_name(value: str) -> bool:
    """A bare word ('default', 'healthcare') names a shipped pack; anything with a slash or a
    .yaml suffix is a file path."""
    return "/" not in value and "\\" not in value and not value.endswith(_SUFFIXES)


def resolve(value: str | Path, relative_to: Path | None = None) -> Path:
    """The file a rulebook reference names. Paths are relative to the referring file, if any."""
    text = str(value)
    if is_pack_name(text) and text in pack_names():
        return pack_path(text)
    path = Path(text).expanduser()
    if relative_to is not None and not path.is_absolute():
        path = Path(os.path.normpath(relative_to.parent / path))  # 'team/../org/x.yaml' reads badly
    return path
