"""Opening a file a user named: regular files only, never blocking, optionally size-capped.

A named pipe (FIFO) blocks open() until something writes into it, /dev/zero never ends and a
symbolic link may loop back on itself: each is refused with its problem in words before a
byte is read. The file is opened with O_NONBLOCK and checked again on the open descriptor,
so a file swapped for a pipe between the check and the read cannot hang us either.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


class FileProblem(Exception):
    """Why a path cannot be read as a file: the words of a one-line error, without the path."""

    def __init__(self, problem: str, folder: bool = False, missing: bool = False):
        super().__init__(problem)
        self.folder = folder
        self.missing = missing


def real(path) -> Path:
    """The path with every symbolic link followed, as far as they go: unlike Path.resolve(),
    never raises on a link that loops (it is refused when the file is opened)."""
    return Path(os.path.realpath(path))


def _refusal(mode: int) -> FileProblem:
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    if kind == "a folder":
        return FileProblem("is a folder, not a file", folder=True)
    return FileProblem(f"is {kind}, not a regular file; checker reads only regular files")


def _os_problem(error: OSError) -> FileProblem:
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return FileProblem("no such file", missing=True)
    if error.errno == errno.ELOOP:
        return FileProblem("is a symbolic link that loops (too many levels of symbolic links)")
    return FileProblem(f"cannot be read ({error.strerror or error})")


def check_regular(path) -> os.stat_result:
    """The status of the regular file at ``path`` (links followed); FileProblem otherwise."""
    try:
        info = os.stat(path)
    except OSError as error:
        raise _os_problem(error) from None
    if not stat.S_ISREG(info.st_mode):
        raise _refusal(info.st_mode)
    return info


def read_regular(path, limit: int | None = None) -> bytes:
    """The bytes of the regular file at ``path``; FileProblem when it is anything else, or
    (with ``limit``) when it holds more than ``limit`` bytes."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise _os_problem(error) from None
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):  # (a folder opens: reading it would raise)
        os.close(descriptor)
        raise _refusal(info.st_mode)
    with os.fdopen(descriptor, "rb") as stream:
        if limit is not None and info.st_size > limit:
            raise too_large(info.st_size, limit)
        try:
            data = stream.read() if limit is None else stream.read(limit + 1)
        except OSError as error:
            raise _os_problem(error) from None
    if limit is not None and len(data) > limit:  # it grew while we read
        raise too_large(len(data), limit)
    return data


def too_large(size: int, limit: int) -> FileProblem:
    return FileProblem(f"is too large ({_megabytes(size)}; the limit is {_megabytes(limit)})")


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size < 10**8 else f"{size // 1_000_000:,} MB"
