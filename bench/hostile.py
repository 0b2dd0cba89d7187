"""Hostile inputs against `checker review` and `checker audit` (issue 12): each is made here,
reviewed in its own process (`--format html`) with a time bound, then the whole folder is
audited once. Prints one line per input and the counts that must all be 0: tracebacks,
internal errors, hangs (past --timeout, default 60 s), runs over 1 GB (peak resident memory
from wait4's rusage, which includes the review's bounded child), changed inputs (sha256
before and after), errors that are not one line, exits other than 0 / 1 / 2, secrets leaked
(an XXE entity naming /etc/passwd), scripts in the HTML report beyond its own; and for the
audit: contracts with no row in portfolio.csv or errors.csv (lost), formulas in its CSV and
XLSX files, scripts in portfolio.html, tracebacks, changed inputs, peak memory.

    python bench/hostile.py              # every family, 300+ inputs, and the audit (some 30 minutes on 2 cores)
    python bench/hostile.py --sample     # the quick ones: what tests/test_hostile.py runs (a subset)
    python bench/hostile.py --keep DIR   # make the inputs in DIR and leave them there
    python bench/hostile.py --no-audit   # the reviews only

Families: text (UTF-16/32 with and without BOM, NUL bytes, control and bidi characters, one
50 MB line, a 5 MB word, 10 million + 1 characters, 1,000,000 digits, 50,000 definitions,
100,000 headings, 200,000 quote marks or brackets, HTML and formulas in the text, random
bytes); names and paths (newline, tab, leading dash, formula, script tag, non-UTF-8 bytes,
240 characters, wrong extensions, chmod 000 (root reads it anyway: counted as readable), links
that loop or dangle, folders, FIFOs, /dev/zero and /dev/urandom); PDFs (two samples truncated
at 60 offsets, 40 with bytes flipped, and bench/hostile_pdf.py: inflation bombs, 3 million
operators, forms drawing forms 2^30 times or in a loop, nesting a million deep, page-tree
loops, a million pages, xref loops, encrypted); DOCX (truncated at 30 offsets, 20 flipped,
zip bombs in document/numbering/styles, a directory that lies about sizes, XXE, billion laughs,
external DTD, 2 million elements, nesting 100,000 deep, 1,000 nested tables, 10,000 parts,
path traversal names, encrypted-entry flags, 100,000 paragraphs); rulebooks (alias bomb,
5,000 digits, 3 MB, backtracking and lookaround patterns, 10,000 rules, a 200,000-way
alternation, nesting 10,000 deep, a !!python/object tag, binary, UTF-16, extends loops).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from random import Random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import hostile_pdf  # noqa: E402

GIGABYTE_KB = 1024 * 1024

CONTRACT = """SUPPORT AGREEMENT

This Support Agreement is made between Example Provider Ltd ("Provider") and Example Customer plc ("Customer").

1. Services
The Provider shall provide the managed support services described in Schedule 1.

2. Security Incidents
The Provider shall notify the Customer of any security breach within twenty-four (24) hours of becoming aware of it.
"""


@dataclass
class Case:
    name: str
    paths: list  # the contract files given to `checker review`, as str or bytes
    inputs: list = field(default_factory=list)  # files whose bytes must not change
    sample: bool = False  # quick: part of the CI sample
    options: list = field(default_factory=list)  # e.g. ["--rulebook", path]


@dataclass
class Result:
    case: Case
    exit: int | None
    seconds: float
    peak_kb: int
    stderr: str
    stdout_tail: str
    changed: bool
    scripts: int = 0
    cpu: float = 0.0  # seconds of CPU, the review and its child (a hang killed at the timeout: up to then)

    @property
    def problems(self) -> list[str]:
        found = []
        if self.exit is None:
            found.append("hang")
        elif self.exit not in (0, 1, 2):
            found.append(f"exit {self.exit}")
        if "Traceback" in self.stderr:
            found.append("traceback")
        if "internal error" in self.stderr:
            found.append("internal error")
        lines = self.stderr.strip().splitlines()
        # one line, or one line per problem of a rulebook (checker/errors.py RulebookErrors), each naming the file
        if self.exit == 2 and (not lines or (len(lines) > 1 and not all(
                line.startswith("checker: error: ") and line.split(":")[2] == lines[0].split(":")[2] for line in lines))):
            found.append("not one line")
        if self.peak_kb > GIGABYTE_KB:
            found.append("over 1 GB")
        if self.changed:
            found.append("input changed")
        if "root:x:0:0" in self.stdout_tail + self.stderr:
            found.append("leak")
        if self.scripts:
            found.append("script")
        return found


# ---------------------------------------------------------------- the inputs


def _docx(paragraphs) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _replace_in_zip(data: bytes, name: str, write, add: bool = False, zip64: bool = True) -> bytes:
    """A copy of the zip ``data`` with member ``name`` written by ``write(stream)`` (``add``: also
    when the zip has no such member)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = [item.filename for item in source.infolist()]
        for item in source.infolist():
            if item.filename == name:
                _write_member(target, name, write, zip64)
            else:
                target.writestr(item, source.read(item.filename))
        if add and name not in names:
            _write_member(target, name, write)
    return out.getvalue()


def _write_member(target, name: str, write, zip64: bool = True) -> None:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with target.open(info, "w", force_zip64=zip64) as stream:
        write(stream)


def _pdf() -> bytes:
    return (ROOT / "samples" / "strong-msa-with-sla.pdf").read_bytes()


def make_cases(folder: Path, sample: bool) -> list[Case]:
    """The hostile inputs, made in ``folder``: contracts in ``folder``/contracts (all of it is
    audited once as well), rulebooks and odd paths beside it. ``sample``: the quick ones only."""
    folder.mkdir(parents=True, exist_ok=True)
    contracts = folder / "contracts"
    contracts.mkdir(exist_ok=True)
    books = folder / "rulebooks"
    books.mkdir(exist_ok=True)
    cases: list[Case] = []

    def file(name, data: bytes | str, quick=False, mode: int | None = None) -> None:
        if sample and not quick:
            return
        path = os.path.join(os.fsencode(contracts), os.fsencode(name)) if isinstance(name, bytes) else str(contracts / name)
        with open(path, "wb") as stream:
            stream.write(data.encode("utf-8") if isinstance(data, str) else data)
        if mode is not None:
            os.chmod(path, mode)
        if quick or not sample:
            cases.append(Case(os.fsdecode(name) if isinstance(name, bytes) else name, [path], [path], quick))

    def made(name, make, quick=False) -> None:  # skipped entirely in the sample unless quick
        if quick or not sample:
            file(name, make(), quick)

    def rulebook(name, text: str | bytes, quick=False) -> None:
        contract = str(folder / "plain.txt")
        path = str(books / name)
        Path(path).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        if quick or not sample:
            cases.append(Case(f"--rulebook {name}", [contract], [contract, path], quick, ["--rulebook", path]))

    (folder / "plain.txt").write_text(CONTRACT, encoding="utf-8")
    random = Random(12)  # the same inputs every run

    # ---- text: encodings, NUL bytes, sizes, shapes
    text = CONTRACT.replace("\n", "\r\n")
    file("notepad-utf16.txt", text.encode("utf-16"), quick=True)
    file("utf16-be.txt", b"\xfe\xff" + text.encode("utf-16-be"))
    file("utf16-no-bom.txt", text.encode("utf-16-le"))
    file("utf16-odd-length.txt", text.encode("utf-16")[:-1])
    file("utf32.txt", text.encode("utf-32"))
    file("utf8-bom.txt", b"\xef\xbb\xbf" + CONTRACT.encode())
    file("bom-only.txt", b"\xef\xbb\xbf")
    file("empty.txt", b"")
    file("only-spaces.txt", " " * 1000 + "\n" * 1000)
    file("invalid-utf8.txt", CONTRACT.encode() + bytes(range(128, 256)) * 100)
    file("windows-1252.txt", CONTRACT.replace("Provider", "Provid\u00e9r").encode("cp1252"))
    file("cr-only.txt", CONTRACT.replace("\n", "\r"))
    file("nul-bytes.txt", CONTRACT.encode() + b"\x00" * 64 + CONTRACT.encode(), quick=True)
    file("nul-every-other.txt", bytes(b for c in CONTRACT.encode() for b in (c, 0)))
    file("control-chars.txt", CONTRACT + "".join(chr(c) for c in range(1, 32)) * 1000)
    file("bidi-overrides.txt", CONTRACT.replace("Provider", "\u202eredivorP\u202c"))
    file("zero-width.txt", "\u200b".join(CONTRACT))
    file("astral.txt", CONTRACT + "\U0001f600\U0001d400" * 10_000)
    file("combining-marks.txt", CONTRACT + ("a" + "\u0301" * 1000 + " ") * 100)
    file("html-in-text.txt", CONTRACT + '\n<script>alert("x")</script><img src=x onerror=alert(1)>\n'
         '"<script>alert(2)</script>" means the Provider.\n', quick=True)
    file("formula-in-text.txt", '=HYPERLINK("http://evil.invalid","x")\n' + CONTRACT
         + '\n"=cmd|\'/c calc\'!A1" means the Customer.\n@SUM(1+1)\n')
    file("trailing-spaces.txt", CONTRACT + " " * 10_000_000)
    file("one-50mb-line.txt", "a" * 50_000_000)
    file("one-5mb-word.txt", CONTRACT + "x" * 5_000_000)
    file("10M-plus-1-chars.txt", CONTRACT + ("The Provider shall respond. " * 360_000)[:10_000_001 - len(CONTRACT)])
    file("1M-blank-lines.txt", CONTRACT + "\n" * 1_000_000 + CONTRACT)
    file("1M-digits.txt", CONTRACT + "1" * 1_000_000 + "\n\n" + CONTRACT)
    file("1M-digits-with-commas.txt", CONTRACT + "1," * 500_000 + "\n\n" + CONTRACT)
    file("50k-definitions.txt", "MASTER SERVICES AGREEMENT\n\n1. Definitions\n\n" + "".join(
        f'"Term{i}" means the service number {i} provided by the Provider.\n' for i in range(50_000)) + "\n" + CONTRACT)
    file("100k-headings.txt", CONTRACT + "".join(f"{i}. Heading {i}\n" for i in range(100_000)))
    file("deep-numbering.txt", CONTRACT + "".join("1." * depth + " Clause\nText.\n" for depth in range(1, 2000)))
    file("10k-level-list.md", CONTRACT + "".join("  " * i + "- item\n" for i in range(10_000)))
    file("10k-hashes.md", CONTRACT + "#" * 10_000 + " heading\n")
    file("markdown-links.md", CONTRACT + "[x](javascript:alert(1)) " * 10_000)
    file("100k-durations.txt", CONTRACT + "within 4 hours, 30 days, 99.9% and $1,000,000. " * 100_000)
    file("100k-shall.txt", CONTRACT + "The Provider shall notify the Customer. " * 100_000)
    file("parens-200k.txt", CONTRACT + "(" * 200_000 + ")" * 200_000)
    file("quotes-200k.txt", CONTRACT + '"' * 200_000)
    file("mdx-jsx.mdx", CONTRACT + "<Component prop={" * 10_000 + "}/>" * 10_000)
    file("not-english.txt", "Le Prestataire doit notifier le Client dans les vingt-quatre heures. " * 100)
    file("elf-binary.txt", Path(sys.executable).resolve().read_bytes()[:2_000_000])
    for n in range(8 if not sample else 0):  # random bytes, named as text
        file(f"random-{n}.txt", random.randbytes(random.choice([10, 1000, 100_000])))

    # ---- paths and names
    file("-leading-dash.txt", CONTRACT, quick=True)
    file("--format=html.txt", CONTRACT)
    file("new\nline.txt", CONTRACT, quick=True)
    file("tab\tand\rreturn.txt", CONTRACT)
    file('=HYPERLINK("evil.invalid","click").txt', CONTRACT)
    file("+cmd.txt", CONTRACT)
    file("@sum.txt", CONTRACT)
    file('<script>alert(1)<!--.txt', CONTRACT)
    file("quote'\"and`back\\slash.txt", CONTRACT)
    file(b"caf\xe9.txt", CONTRACT, quick=True)
    file(b"\xff\xfe\xfd.txt", CONTRACT)
    file("x" * 240 + ".txt", CONTRACT)
    file("UPPER.TXT", CONTRACT)
    file("no-extension", CONTRACT)
    file("contract.pdf.exe", CONTRACT)
    file("pdf-named.docx", _pdf())
    file("docx-named.pdf", _docx(CONTRACT.split("\n\n")))
    file("text-named.pdf", CONTRACT)
    file("text-named.docx", CONTRACT)
    file("old-word.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    file("png-named.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    file("empty.pdf", b"")
    file("empty.docx", b"")
    file("unreadable.txt", CONTRACT, mode=0)  # chmod 000: root reads it all the same
    loop = contracts / "loop.txt"
    loop.symlink_to(contracts / "loop-back.txt")
    (contracts / "loop-back.txt").symlink_to(loop)
    cases.append(Case("symlink loop", [str(loop)], [], True))
    (contracts / "dangling.txt").symlink_to(contracts / "nowhere.txt")
    cases.append(Case("dangling link", [str(contracts / "dangling.txt")], [], True))
    (contracts / "self.txt").symlink_to("self.txt")
    cases.append(Case("link to itself", [str(contracts / "self.txt")], [], True))
    (contracts / "link-to-plain.txt").symlink_to(folder / "plain.txt")
    cases.append(Case("link to a contract", [str(contracts / "link-to-plain.txt")], [str(folder / "plain.txt")], True))
    (contracts / "folder.txt").mkdir()
    cases.append(Case("a folder named .txt", [str(contracts / "folder.txt")], [], True))
    cases.append(Case("a folder", [str(contracts)], [], True))
    cases.append(Case("missing file", [str(contracts / "missing.txt")], []))
    cases.append(Case("the same file twice", [str(folder / "plain.txt")] * 2, [str(folder / "plain.txt")]))
    if hasattr(os, "mkfifo"):
        os.mkfifo(contracts / "pipe.txt")
        cases.append(Case("FIFO contract", [str(contracts / "pipe.txt")], [], True))
        os.mkfifo(books / "pipe.yaml")
        cases.append(Case("FIFO --rulebook", [str(folder / "plain.txt")], [], True, ["--rulebook", str(books / "pipe.yaml")]))
    (contracts / "zero.txt").symlink_to("/dev/zero")
    cases.append(Case("/dev/zero as contract", [str(contracts / "zero.txt")], [], True))
    (contracts / "urandom.pdf").symlink_to("/dev/urandom")
    cases.append(Case("/dev/urandom as contract", [str(contracts / "urandom.pdf")], [], True))
    (books / "zero.yaml").symlink_to("/dev/zero")
    cases.append(Case("/dev/zero --rulebook", [str(folder / "plain.txt")], [], True, ["--rulebook", str(books / "zero.yaml")]))

    # ---- PDFs: truncated at many offsets, bytes flipped, hostile structures (bench/hostile_pdf.py)
    for name, pdf in (("sample", _pdf()), ("long", (ROOT / "samples" / "long-form-msa.pdf").read_bytes())):
        count = 2 if sample else (40 if name == "sample" else 20)
        offsets = sorted({max(1, int(len(pdf) * k / (count + 1))) for k in range(1, count + 1)} | {len(pdf) - 1})
        for offset in offsets[:2] if sample else offsets:
            file(f"{name}-truncated-at-{offset}.pdf", pdf[:offset], quick=True)
    if not sample:
        pdf = _pdf()
        for n in range(40):
            file(f"flipped-{n}.pdf", _flip(pdf, random, 1 + n % 20))
        for name, make in hostile_pdf.FAMILIES.items():
            file(f"{name}.pdf", make())
        file("pdf-header-only.pdf", b"%PDF-1.7\n")
        file("pdf-random-body.pdf", b"%PDF-1.4\n" + random.randbytes(200_000))
        file("pdf-in-a-pdf.pdf", b"%PDF-1.4\n" + _pdf() * 3)

    # ---- DOCX: zip bombs, XML attacks, damaged packages
    base = _docx(CONTRACT.split("\n\n"))
    if not sample:
        for n, offset in enumerate(sorted({int(len(base) * k / 31) for k in range(1, 31)})):
            file(f"docx-truncated-at-{offset}.docx", base[:offset])
        for n in range(20):
            file(f"docx-flipped-{n}.docx", _flip(base, random, 1 + n % 10))
        xxe = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
               '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
               '<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
        file("xxe.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(xxe.encode())))
        laughs = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "lollollollollollollollollollol">'
                  + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
                  + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                  '<w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
        file("billion-laughs.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(laughs.encode())))
        file("external-dtd.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(
            b'<?xml version="1.0"?><!DOCTYPE w SYSTEM "http://evil.invalid/x.dtd"><w:document xmlns:w='
            b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>x</w:t></w:r>'
            b'</w:p></w:body></w:document>')))
        for part in ("word/document.xml", "word/numbering.xml", "word/styles.xml"):
            file(f"zip-bomb-{part.split('/')[1].split('.')[0]}.docx", _replace_in_zip(base, part, _bomb, add=True))
        file("zip-bomb-lying-sizes.docx", _lie_sizes(_replace_in_zip(base, "word/document.xml", _bomb_1gb, zip64=False)))
        file("2M-empty-elements.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(
            _W_HEAD + b"<w:p/>" * 2_000_000 + _W_TAIL)))
        file("100k-deep-elements.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(
            _W_HEAD + b"<w:sdt><w:sdtContent>" * 100_000 + b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
            + b"</w:sdtContent></w:sdt>" * 100_000 + _W_TAIL)))
        file("1000-nested-tables.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(
            _W_HEAD + b"<w:tbl><w:tr><w:tc>" * 1000 + b"<w:p><w:r><w:t>The Provider shall respond.</w:t></w:r></w:p>"
            + b"</w:tc></w:tr></w:tbl>" * 1000 + _W_TAIL)))
        file("numbering-huge-ids.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(
            _W_HEAD + b"".join(b'<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr>'
                               b'<w:r><w:t>Clause</w:t></w:r></w:p>' % (v, 10**v) for v in range(0, 200, 7)) + _W_TAIL)))
        file("10k-parts.docx", _with_parts(base, 10_001))
        file("path-traversal-names.docx", _with_named(base, ["../../evil.txt", "/etc/evil", "word/../../x.xml"]))
        file("docx-without-document.docx", _without(base, "word/document.xml"))
        file("docx-in-docx.docx", _with_named(base, ["word/embeddings/inner.docx"], base))
        file("zip-of-nothing.docx", _zip({}))
        file("5M-char-paragraph.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(
            _W_HEAD + b"<w:p><w:r><w:t>" + b"The Provider shall respond. " * 180_000 + b"</w:t></w:r></w:p>" + _W_TAIL)))
        file("100k-paragraphs.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(_W_HEAD + b"".join(
            b"<w:p><w:r><w:t>Paragraph %d: the Provider keeps the records.</w:t></w:r></w:p>" % i
            for i in range(100_000)) + _W_TAIL)))
        file("encrypted-zip-flag.docx", _encrypted_flag(base))

    # ---- rulebooks
    laughs = ['name: t\nversion: "1"\nrules: []\nl0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    laughs += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    rulebook("alias-bomb.yaml", "\n".join(laughs) + "\n", quick=True)
    rulebook("digits-5000.yaml", 'name: t\nversion: "1"\nextends: default\noverrides:\n  SLA-RESPONSE-P1:\n'
                                 f'    params: {{max_p1_response_hours: {"9" * 5000}}}\n')
    rulebook("digits-400.yaml", 'name: t\nversion: "1"\nextends: default\noverrides:\n  SLA-AVAILABILITY-MIN:\n'
                                f'    params: {{min_uptime_percent: {"9" * 400}}}\n')
    if not sample:
        rulebook("3mb.yaml", 'name: t\nversion: "1"\nextends: default\n' + "# padding\n" * 300_000)
        rule = ("  - id: ACME-{n}\n    element: sla.response\n    title: T\n    category: Service levels\n"
                "    severity: low\n    why: W.\n    fix: F.\n    kind: clause\n    find:\n      patterns: [{p}]\n")
        rulebook("backtracking.yaml", 'name: t\nversion: "1"\nextends: default\nrules:\n' + rule.format(
            n=1, p="'(a+)+$', '(x+x+)+y', 'respond(\\s*\\S*)*within'"))
        rulebook("lookaround.yaml", 'name: t\nversion: "1"\nrules:\n' + rule.format(n=1, p="'(?<=a)b', '(a)\\1'"))
        rulebook("10k-rules.yaml", 'name: t\nversion: "1"\nrules:\n' + "".join(
            rule.format(n=n, p=f"'respond {n}'") for n in range(10_000)))
        rulebook("huge-pattern.yaml", 'name: t\nversion: "1"\nrules:\n' + rule.format(
            n=1, p="'" + "|".join(f"word{n}" for n in range(200_000)) + "'"))
        rulebook("nested-10k.yaml", 'name: t\nversion: "1"\nrules: ' + "[" * 10_000 + "]" * 10_000 + "\n")
        rulebook("python-object.yaml", 'name: !!python/object/apply:os.system ["touch /tmp/checker-pwned"]\n'
                                       'version: "1"\nrules: []\n')
        rulebook("merge-keys.yaml", 'name: t\nversion: "1"\nbase: &b {a: 1}\nrules:\n  - <<: *b\n    id: X\n')
        rulebook("duplicate-keys.yaml", 'name: t\nname: u\nversion: "1"\nrules: []\n')
        rulebook("binary.yaml", random.randbytes(10_000))
        rulebook("utf16.yaml", 'name: t\nversion: "1"\nextends: default\n'.encode("utf-16"))
        rulebook("tabs.yaml", 'name: t\nversion: "1"\nrules:\n\t- id: X\n')
        rulebook("extends-itself.yaml", 'name: t\nversion: "1"\nextends: extends-itself.yaml\n')
        rulebook("extends-passwd.yaml", 'name: t\nversion: "1"\nextends: /etc/passwd\n')
        rulebook("empty.yaml", "")
        rulebook("long-line.yaml", 'name: "' + "x" * 5_000_000 + '"\nversion: "1"\nrules: []\n')
    return cases


_W_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
           b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>The Provider shall respond within four hours.</w:t>'
           b'</w:r></w:p>')
_W_TAIL = b"</w:body></w:document>"


def _bomb(stream):
    """A Word part that inflates to 2 GB of spaces (about 2 MB compressed)."""
    stream.write(_W_HEAD + b"<w:p><w:r><w:t>")
    chunk = b" " * (1 << 24)
    for _ in range(128):
        stream.write(chunk)
    stream.write(b"</w:t></w:r></w:p>" + _W_TAIL)


def _bomb_1gb(stream):
    """1 GB of spaces in a Word part: small enough for a zip without zip64 sizes, whose 32-bit
    sizes _lie_sizes can rewrite."""
    stream.write(_W_HEAD + b"<w:p><w:r><w:t>")
    chunk = b" " * (1 << 24)
    for _ in range(64):
        stream.write(chunk)
    stream.write(b"</w:t></w:r></w:p>" + _W_TAIL)


def _flip(data: bytes, random: Random, flips: int) -> bytes:
    """``data`` with ``flips`` random bytes replaced (a damaged download)."""
    out = bytearray(data)
    for _ in range(flips):
        out[random.randrange(len(out))] = random.randrange(256)
    return bytes(out)


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        return {item.filename: source.read(item.filename) for item in source.infolist()}


def _with_parts(data: bytes, count: int) -> bytes:
    parts = _parts(data)
    parts.update({f"customXml/item{n}.xml": b"<a/>" for n in range(count)})
    return _zip(parts)


def _with_named(data: bytes, names: list[str], content: bytes = b"evil") -> bytes:
    parts = _parts(data)
    parts.update({name: content for name in names})
    return _zip(parts)


def _without(data: bytes, name: str) -> bytes:
    parts = _parts(data)
    parts.pop(name)
    return _zip(parts)


def _lie_sizes(data: bytes) -> bytes:
    """The zip with every declared uncompressed size set to 1,000 bytes (central directory and
    local headers): a bomb whose directory claims to be small."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        at = out.find(signature)
        while at >= 0:
            if out[at + offset:at + offset + 4] != b"\xff\xff\xff\xff":
                out[at + offset:at + offset + 4] = (1000).to_bytes(4, "little")
            at = out.find(signature, at + 4)
    return bytes(out)


def _encrypted_flag(data: bytes) -> bytes:
    """The zip with each entry's 'encrypted' flag set, as a password-protected zip has."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x01\x02", 8), (b"PK\x03\x04", 6)):
        at = out.find(signature)
        while at >= 0:
            out[at + offset] |= 1
            at = out.find(signature, at + 4)
    return bytes(out)


# ---------------------------------------------------------------- running them


def _digest(path) -> str | None:
    try:
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        return None


def _reap(process, started: float, timeout: float, poll: float):
    """Wait for `process` until `timeout` seconds after `started` (then kill it): its exit code
    (None when killed) and the rusage wait4 gives, which counts the children it waited for too.
    The process is reaped here: Popen must not wait for it again."""
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            code = os.waitstatus_to_exitcode(status)
            break
        if time.monotonic() - started > timeout:
            process.kill()
            code, usage = None, os.wait4(process.pid, 0)[2]
            break
        time.sleep(poll)
    process.returncode = code if code is not None else -9
    return code, usage


def run_case(case: Case, timeout: float, scratch: Path) -> Result:
    """Review the case in its own process (``--format html``: its report is checked for scripts),
    killed at ``timeout``; its exit, time, peak memory (wait4), output and whether inputs changed."""
    before = [_digest(p) for p in case.inputs]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), NO_COLOR="1")
    scratch = Path(tempfile.mkdtemp(prefix="case-", dir=scratch))
    with open(scratch / "out", "w+b") as out, open(scratch / "err", "w+b") as err:
        started = time.monotonic()
        process = subprocess.Popen([sys.executable, "-m", "checker", "review", "--format", "html", "--fail-on", "never",
                                    *case.options, "--", *case.paths], stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                   env=env, cwd=scratch)
        code, usage = _reap(process, started, timeout, poll=0.02)
        peak_kb = usage.ru_maxrss
        cpu = usage.ru_utime + usage.ru_stime  # of the review and its child: on a busy machine, far below the wall time
        # wait4's peak includes the children the review waited for: its bounded child (checker/bounds.py)
        seconds = time.monotonic() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        out.seek(0)
        report = out.read().decode("utf-8", "replace")
    shutil.rmtree(scratch, ignore_errors=True)
    changed = [_digest(p) for p in case.inputs] != before
    return Result(case, code, seconds, peak_kb, stderr, report[-200_000:], changed, _scripts(report), cpu)


def _scripts(html: str) -> int:
    """Scripts a report would run beyond its own one inline filter script: <script tags past
    the first, event-handler attributes and javascript: links, in the page as written."""
    lowered = html.lower()
    return (max(0, lowered.count("<script") - 1) + len(_HANDLER.findall(lowered))
            + lowered.count('href="javascript:') + lowered.count("href='javascript:"))


_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=")


def run(sample: bool = False, timeout: float = 60.0, keep: Path | None = None, echo=print, jobs: int = 1,
        audit: bool = True) -> tuple[list[Result], dict | None]:
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="checker-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="checker-hostile-run-"))
    try:
        cases = make_cases(folder, sample)
        echo(f"{len(cases)} inputs made in {folder}")
        results = []
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            for result in pool.map(lambda case: run_case(case, timeout, scratch), cases):
                results.append(result)
                line = result.stderr.strip().splitlines()[-1:] or [""]
                echo(f"{', '.join(result.problems) or 'ok':<16} exit {result.exit!s:<4} {result.seconds:6.1f} s "
                     f"(CPU {result.cpu:5.1f} s) {result.peak_kb / 1024:6.0f} MB  {result.case.name[:50]!r}  {line[0][:110]}")
        audited = run_audit(folder, scratch, echo) if audit else None
        return results, audited
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if keep is None:
            for path in (folder / "contracts").glob("*"):
                try:
                    os.chmod(path, 0o644, follow_symlinks=False)
                except (OSError, NotImplementedError):
                    pass
            shutil.rmtree(folder, ignore_errors=True)


AUDITED = {".pdf", ".docx", ".txt", ".md", ".markdown", ".mdx", ".doc"}


def run_audit(folder: Path, scratch: Path, echo=print, timeout: float = 3600.0) -> dict:
    """One `checker audit` of every contract made: exit, seconds, peak worker memory (its own
    summary line), contracts with no row in portfolio.csv or errors.csv (lost), formulas in the
    CSV and XLSX files, scripts in portfolio.html, tracebacks, changed inputs."""
    contracts = folder / "contracts"
    expected = {}
    for entry in os.scandir(contracts):
        try:
            regular = entry.is_file()  # links followed
        except OSError:  # a link that loops
            regular = False
        if Path(entry.name).suffix.lower() in AUDITED and regular:
            expected[_shown(entry.name)] = entry.path
    before = {name: _digest(path) for name, path in expected.items()}
    outdir = scratch / "audit"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), NO_COLOR="1")
    started = time.monotonic()
    with open(scratch / "audit.out", "w+b") as out, open(scratch / "audit.err", "w+b") as err:
        process = subprocess.Popen([sys.executable, "-m", "checker", "audit", str(contracts), "-o", str(outdir),
                                    "--no-cache", "--fail-on", "never"], stdin=subprocess.DEVNULL, stdout=out,
                                   stderr=err, env=env)
        code, usage = _reap(process, started, timeout, poll=0.1)  # the peak of the audit and of its workers
        peak_kb = usage.ru_maxrss
        out.seek(0)
        err.seek(0)
        stderr = out.read().decode("utf-8", "replace") + err.read().decode("utf-8", "replace")
    seconds = time.monotonic() - started
    rows = set()
    for name in ("portfolio.csv", "errors.csv"):
        if (outdir / name).exists():
            with open(outdir / name, newline="", encoding="utf-8") as stream:
                for row in csv.DictReader(stream):
                    path = row.get("path", "")
                    if path.startswith("'") and path[1:2] in "=+-@\t\r":
                        path = path[1:]
                    rows.add(path.rsplit("/", 1)[-1])
    lost = sorted(name for name in expected if name not in rows)
    formulas = _csv_formulas(outdir) + _xlsx_formulas(outdir / "portfolio.xlsx")
    html = (outdir / "portfolio.html").read_text("utf-8", "replace") if (outdir / "portfolio.html").exists() else ""
    memory = re.search(r"peak worker memory (\d+) MB", stderr)
    changed = sorted(name for name, path in expected.items() if _digest(path) != before[name])
    audited = {"exit": code, "seconds": seconds, "contracts": len(expected), "rows": len(rows), "lost": lost,
               "formulas": formulas, "scripts": _scripts(html) if html else 0,
               "peak_mb": int(memory.group(1)) if memory else None, "wait4_mb": peak_kb // 1024, "traceback": "Traceback" in stderr,
               "changed": changed, "last_line": (stderr.strip().splitlines() or [""])[-1]}
    echo(f"audit: exit {code} in {seconds:.0f} s, {len(expected)} contracts, {len(lost)} lost {lost[:5]}, "
         f"{len(formulas)} formulas {formulas[:3]}, {audited['scripts']} scripts, peak worker memory "
         f"{audited['peak_mb']} MB (wait4 {audited['wait4_mb']} MB), traceback {audited['traceback']}, {len(changed)} changed; {audited['last_line'][:160]}")
    return audited


def _shown(name: str) -> str:
    from checker.paths import shown

    return shown(name)


def _csv_formulas(outdir: Path) -> list[str]:
    found = []
    for path in sorted(outdir.glob("*.csv")):
        with open(path, newline="", encoding="utf-8") as stream:
            for row in csv.reader(stream):
                found += [f"{path.name}: {cell[:40]!r}" for cell in row if _formula(cell)]
    return found


def _formula(cell: str) -> bool:
    if not cell.startswith(("=", "+", "-", "@", "\t", "\r")):
        return False
    try:
        float(cell)
        return False  # a negative number
    except ValueError:
        return True


def _xlsx_formulas(path: Path) -> list[str]:
    if not path.exists():
        return []
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    return [f"portfolio.xlsx {sheet.title}!{cell.coordinate}: {str(cell.value)[:40]!r}"
            for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]


COUNTED = ("traceback", "internal error", "hang", "over 1 GB", "input changed", "not one line", "leak", "script")


def counts(results: list[Result]) -> dict[str, int]:
    tally = {name: 0 for name in COUNTED}
    tally["bad exit"] = 0
    for result in results:
        for problem in result.problems:
            tally["bad exit" if problem.startswith("exit ") else problem] += 1
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", action="store_true", help="only the quick inputs (the CI sample)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a review counts as a hang")
    parser.add_argument("--keep", type=Path, default=None, help="make the inputs in this folder and keep them")
    parser.add_argument("--jobs", "-j", type=int, default=2, help="reviews run at once")
    parser.add_argument("--no-audit", action="store_true", help="skip the audit of the whole folder")
    options = parser.parse_args()
    results, audited = run(options.sample, options.timeout, options.keep, jobs=options.jobs, audit=not options.no_audit)
    tally = counts(results)
    print(f"review: {len(results)} inputs: " + ", ".join(f"{n} {name}" for name, n in tally.items())
          + f"; slowest {max(r.seconds for r in results):.1f} s (most CPU {max(r.cpu for r in results):.1f} s), "
          f"peak {max(r.peak_kb for r in results) / 1024:.0f} MB")
    bad = any(tally.values())
    if audited is not None:
        over = max(audited["peak_mb"] or 0, audited["wait4_mb"]) > 1024
        print(f"audit: {audited['contracts']} contracts, {len(audited['lost'])} lost rows, {len(audited['formulas'])} "
              f"formulas, {audited['scripts']} scripts, {int(audited['traceback'])} tracebacks, "
              f"{len(audited['changed'])} changed inputs, peak worker memory {audited['peak_mb']} MB "
              f"(wait4 {audited['wait4_mb']} MB), "
              f"{audited['seconds']:.0f} s, exit {audited['exit']}")
        bad = bad or bool(audited["lost"] or audited["formulas"] or audited["scripts"] or audited["traceback"]
                          or audited["changed"] or over or audited["exit"] not in (0, 1))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
