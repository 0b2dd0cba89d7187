"""Hostile PDFs for bench/hostile.py, written object by object with exact xref offsets: streams
that inflate to 1.5 GB (a page's content, a font program, two Flate layers, one stream
repeated in a page's /Contents), millions of text operators, form XObjects that draw each other
(2^30 draws, a cycle, a form drawing itself), objects nested a million deep, a page tree that
loops or holds a million pages, an xref chain that loops, an object stream that claims ten
million objects, an encrypted file. Each function returns the file's bytes; the bombs are
inflated from a stream of zeros fed to zlib in chunks, so making one never holds a gigabyte."""

from __future__ import annotations

import zlib

FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
TEXT = b"BT /F1 12 Tf 72 720 Td (The Provider shall respond within four hours.) Tj ET\n"
GB = 1 << 30


def pdf(objects: dict[int, bytes], root: int = 1, trailer: bytes = b"", xref: bool = True) -> bytes:
    """A PDF of ``objects`` ({number: body}, a body may end in a stream), the catalog ``root``."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    start = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for number in range(1, size):
            out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (size, root, trailer, start)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"", filters: int = 0) -> bytes:
    """A stream object's body: ``data`` already encoded by ``filters`` Flate layers."""
    names = {0: b"", 1: b"/Filter /FlateDecode ", 2: b"/Filter [/FlateDecode /FlateDecode] "}[filters]
    return b"<< /Length %d %s%s>>\nstream\n" % (len(data), names, extra) + data + b"\nendstream"


def deflate(data: bytes) -> bytes:
    return zlib.compress(data, 9)


def inflating(head: bytes, size: int, fill: bytes = b" ") -> bytes:
    """Deflate of ``head`` followed by ``size`` bytes of ``fill``, made in 16 MB chunks."""
    packer = zlib.compressobj(9)
    out = [packer.compress(head)]
    chunk = fill * (1 << 24)
    for _ in range(size >> 24):
        out.append(packer.compress(chunk))
    out.append(packer.compress(fill * (size & ((1 << 24) - 1))))
    out.append(packer.flush())
    return b"".join(out)


def one_page(contents: bytes, resources: bytes = b"/Font << /F1 3 0 R >>", extra: dict[int, bytes] | None = None,
             page_extra: bytes = b"", contents_ref: bytes = b"5 0 R") -> bytes:
    """A one-page PDF whose content stream object (5) is ``contents`` (a full stream body)."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        3: FONT,
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << %s >> /Contents %s %s>>"
           % (resources, contents_ref, page_extra),
        5: contents,
    }
    objects.update(extra or {})
    return pdf(objects)


def content_bomb(size: int = 3 * GB // 2) -> bytes:
    return one_page(stream(inflating(TEXT, size), filters=1))


def double_flate_bomb(size: int = 3 * GB // 2) -> bytes:
    return one_page(stream(deflate(inflating(TEXT, size)), filters=2))


def font_bomb(size: int = 3 * GB // 2) -> bytes:
    """A TrueType font whose program (FontFile2) inflates to ``size`` bytes."""
    font = (b"<< /Type /Font /Subtype /TrueType /BaseFont /Bomb /FirstChar 32 /LastChar 126 "
            b"/Widths [%s] /FontDescriptor 6 0 R >>" % b" ".join([b"500"] * 95))
    descriptor = (b"<< /Type /FontDescriptor /FontName /Bomb /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
                  b"/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>")
    program = stream(inflating(b"\x00\x01\x00\x00", size, b"\x00"), filters=1)
    return one_page(stream(deflate(TEXT), filters=1), extra={3: font, 6: descriptor, 7: program})


def repeated_contents(times: int = 100_000, size: int = 16 << 20) -> bytes:
    """/Contents names one 16 MB (inflated) stream ``times`` times: 1.6 TB of content."""
    refs = b" ".join([b"5 0 R"] * times)
    return one_page(stream(inflating(TEXT, size), filters=1), contents_ref=b"[%s]" % refs)


def many_operators(count: int = 3_000_000) -> bytes:
    body = b"BT /F1 1 Tf 10 10 Td " + b"(a) Tj " * count + b"ET\n"
    return one_page(stream(deflate(TEXT + body), filters=1))


def many_paths(count: int = 3_000_000) -> bytes:
    body = b"0 0 1 1 re f " * count
    return one_page(stream(deflate(TEXT + body), filters=1))


def form_fan_out(depth: int = 30, fan: int = 2) -> bytes:
    """Form X0 draws X1 ``fan`` times, X1 draws X2 ... : fan^depth draws of the last."""
    extra = {}
    first = 10
    for level in range(depth):
        number = first + level
        if level == depth - 1:
            body, resources = TEXT, b"/Font << /F1 3 0 R >>"
        else:
            body = b"q /X Do Q " * fan
            resources = b"/XObject << /X %d 0 R >>" % (number + 1)
        extra[number] = stream(deflate(body), b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                                              b"/Resources << %s >> " % resources, filters=1)
    return one_page(stream(deflate(TEXT + b"/X Do\n"), filters=1),
                    resources=b"/Font << /F1 3 0 R >> /XObject << /X %d 0 R >>" % first, extra=extra)


def form_cycle(length: int = 2) -> bytes:
    """Forms that draw each other in a cycle of ``length`` (1: a form drawing itself)."""
    extra = {}
    for i in range(length):
        number, following = 10 + i, 10 + (i + 1) % length
        extra[number] = stream(deflate(TEXT + b"/X Do /X Do\n"), b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                               b"/Resources << /Font << /F1 3 0 R >> /XObject << /X %d 0 R >> >> " % following,
                               filters=1)
    return one_page(stream(deflate(TEXT + b"/X Do\n"), filters=1),
                    resources=b"/Font << /F1 3 0 R >> /XObject << /X 10 0 R >>", extra=extra)


def deep_array(depth: int = 1_000_000) -> bytes:
    return one_page(stream(deflate(TEXT), filters=1), page_extra=b"/Junk " + b"[" * depth + b"]" * depth + b" ")


def deep_dictionary(depth: int = 1_000_000) -> bytes:
    return one_page(stream(deflate(TEXT), filters=1), page_extra=b"/Junk " + b"<</A " * depth + b">>" * depth + b" ")


def deep_content_nesting(depth: int = 1_000_000) -> bytes:
    """q q q ... (a million graphics states saved) and an array a million deep inside the content."""
    return one_page(stream(deflate(b"q " * depth + TEXT + b"[" * depth + b"] TJ"), filters=1))


def reference_chain(length: int = 200_000) -> bytes:
    """The content's /Length is a reference to a reference to ... ``length`` deep."""
    data = deflate(TEXT)
    extra = {10 + i: b"%d 0 R" % (11 + i) for i in range(length)}
    extra[10 + length] = b"%d" % len(data)
    body = b"<< /Length 10 0 R /Filter /FlateDecode >>\nstream\n" + data + b"\nendstream"
    return one_page(body, extra=extra)


def page_tree_loop() -> bytes:
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>",
        3: FONT,
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
           b"/Contents 5 0 R >>",
        5: stream(deflate(TEXT), filters=1),
        6: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 1000000000 >>",
    }
    return pdf(objects)


def deep_page_tree(depth: int = 100_000) -> bytes:
    objects = {1: b"<< /Type /Catalog /Pages 10 0 R >>", 3: FONT, 5: stream(deflate(TEXT), filters=1),
               4: b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                  b"/Contents 5 0 R >>" % (10 + depth - 1)}
    for level in range(depth):
        kid = b"4 0 R" if level == depth - 1 else b"%d 0 R" % (11 + level)
        parent = b"/Parent %d 0 R " % (9 + level) if level else b""
        objects[10 + level] = b"<< /Type /Pages %s/Kids [%s] /Count 1 >>" % (parent, kid)
    return pdf(objects)


def million_pages(count: int = 1_000_000) -> bytes:
    """One page object listed ``count`` times in the page tree."""
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join([b"4 0 R"] * count), count),
        3: FONT,
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
           b"/Contents 5 0 R >>",
        5: stream(deflate(TEXT), filters=1),
    }
    return pdf(objects)


def distinct_pages(count: int = 50_000) -> bytes:
    """``count`` distinct pages of one line each."""
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>", 3: FONT, 5: stream(deflate(TEXT), filters=1)}
    kids = []
    for i in range(count):
        objects[10 + i] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R "
                           b">> >> /Contents 5 0 R >>")
        kids.append(b"%d 0 R" % (10 + i))
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), count)
    return pdf(objects)


def xref_loop() -> bytes:
    """A trailer whose /Prev points at its own xref section."""
    body = one_page(stream(deflate(TEXT), filters=1))
    start = int(body.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    head, tail = body.rsplit(b"trailer\n<<", 1)
    return head + b"trailer\n<< /Prev %d" % start + tail


def object_stream_claims(count: int = 10_000_000) -> bytes:
    """An object stream whose /N claims ``count`` objects, with an xref stream pointing into it."""
    data = deflate(b"1 0 ")
    return one_page(stream(deflate(TEXT), filters=1),
                    extra={9: b"<< /Type /ObjStm /N %d /First 4 /Length %d /Filter /FlateDecode >>\nstream\n"
                              % (count, len(data)) + data + b"\nendstream"})


def big_image(side: int = 60_000) -> bytes:
    """A page that draws an image of side x side pixels (10 GB as RGB) from a small stream."""
    data = inflating(b"", 1 << 20, b"\x00")
    image = stream(data, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                         b"/BitsPerComponent 8 " % (side, side), filters=1)
    return one_page(stream(deflate(TEXT + b"q 612 0 0 792 0 0 cm /Im Do Q\n"), filters=1),
                    resources=b"/Font << /F1 3 0 R >> /XObject << /Im 6 0 R >>", extra={6: image})


def encrypted(text: str = "The Provider shall respond within four hours.") -> bytes:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from pdf_fixtures import make_pdf

    return make_pdf([f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET"], password="secret")


FAMILIES = {
    "content-bomb-1.5GB": content_bomb,
    "double-flate-bomb-1.5GB": double_flate_bomb,
    "font-program-bomb-1.5GB": font_bomb,
    "contents-repeated-100k": repeated_contents,
    "3M-text-operators": many_operators,
    "3M-path-operators": many_paths,
    "forms-2^30-draws": form_fan_out,
    "forms-10^9-draws": lambda: form_fan_out(9, 10),
    "form-draws-itself": lambda: form_cycle(1),
    "forms-draw-each-other": lambda: form_cycle(2),
    "array-1M-deep": deep_array,
    "dictionary-1M-deep": deep_dictionary,
    "content-1M-deep": deep_content_nesting,
    "length-reference-chain-200k": reference_chain,
    "page-tree-loop": page_tree_loop,
    "page-tree-100k-deep": deep_page_tree,
    "1M-pages": million_pages,
    "50k-distinct-pages": distinct_pages,
    "xref-prev-loop": xref_loop,
    "object-stream-10M": object_stream_claims,
    "image-60000px": big_image,
    "encrypted-rc4": encrypted,
}
