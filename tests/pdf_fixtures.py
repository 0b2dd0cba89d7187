"""A minimal PDF writer for tests (no PDF library is installed in CI): pages from content
streams in Helvetica, optionally RC4-encrypted, with exact xref offsets."""

from __future__ import annotations

import hashlib
import struct

PAGE_W, PAGE_H = 612, 792
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def make_pdf(contents: list[str], password: str | None = None, rotate: int | list[int] = 0) -> bytes:
    """A valid PDF, one page per content stream, Helvetica as /F1. With a password, the file is
    encrypted with the standard security handler (RC4, revision 2), as any PDF tool does.
    `rotate`: each page's /Rotate (one for all pages, or one per page)."""
    rotations = rotate if isinstance(rotate, list) else [rotate] * len(contents)
    file_id = hashlib.md5(repr(contents).encode()).digest()
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    kids = []
    streams = {}
    for n, content in enumerate(contents):
        page, stream = 4 + 2 * n, 5 + 2 * n
        kids.append(f"{page} 0 R")
        objects[page] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] /Rotate {rotations[n]} "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {stream} 0 R >>"
        ).encode()
        streams[stream] = content.encode("latin-1")
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()

    trailer_extra = b""
    if password is not None:
        owner_key = hashlib.md5((b"owner-" + password.encode() + _PAD)[:32]).digest()[:5]
        user_padded = (password.encode() + _PAD)[:32]
        o_value = _rc4(owner_key, user_padded)
        permissions = -4
        key = hashlib.md5(user_padded + o_value + struct.pack("<i", permissions) + file_id).digest()[:5]
        u_value = _rc4(key, _PAD)
        encrypt = max(list(objects) + list(streams)) + 1
        objects[encrypt] = (
            f"<< /Filter /Standard /V 1 /R 2 /O <{o_value.hex()}> /U <{u_value.hex()}> "
            f"/P {permissions} >>"
        ).encode()
        trailer_extra = f" /Encrypt {encrypt} 0 R".encode()
        for num, data in streams.items():
            object_key = hashlib.md5(key + num.to_bytes(3, "little") + b"\0\0").digest()[:10]
            streams[num] = _rc4(object_key, data)
    for num, data in streams.items():
        objects[num] = b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += (
        b"trailer\n<< /Size %d /Root 1 0 R /ID [<%s> <%s>]" % (size, file_id.hex().encode(), file_id.hex().encode())
        + trailer_extra
        + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    )
    return bytes(out)
