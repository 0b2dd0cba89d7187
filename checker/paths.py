"""Paths as text every output can hold.

On POSIX a file name is bytes; Python keeps the bytes of a name that is not UTF-8 (a Latin-1
'é' from an old file server) as lone surrogates, which open() accepts but no UTF-8 writer,
SQLite or JSON file does. Everything that names a file to a person (reports, tables, errors,
the cache) uses ``shown(path)``; only the code that opens the file keeps the path itself.
"""

from __future__ import annotations

import os


def shown(path) -> str:
    """``path`` as printable text: a byte that is not UTF-8 is written ``\\xNN``
    ('caf\\xe9.pdf'), so the name stays recognisable and nothing downstream fails on it."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        return text.decode("utf-8", "backslashreplace")
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        try:
            raw = text.encode("utf-8", "surrogateescape")
        except UnicodeEncodeError:  # a surrogate that no file name decoded to
            return text.encode("utf-8", "backslashreplace").decode("utf-8")
        return raw.decode("utf-8", "backslashreplace")
