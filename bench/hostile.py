"""Hostile inputs against `checker review` (issue 12): each is made here, reviewed in its own
process with a time bound, and judged. Prints one line per input and the counts that must
all be 0: tracebacks, internal errors, hangs (past --timeout, default 60 s), runs over 1 GB
(the child's peak resident memory, from wait4's rusage), changed inputs (sha256 before and
after), errors that are not one line, exits other than 0 / 1 / 2, secrets leaked (an XXE
entity naming /etc/passwd).

    python bench/hostile.py              # every family (a few minutes; writes ~1 GB of bombs' output nowhere)
    python bench/hostile.py --sample     # the quick ones: what tests/test_hostile.py runs
    python bench/hostile.py --keep DIR   # make the inputs in DIR and leave them there

Families: zip bombs (a DOCX whose document.xml inflates to 1 GB), PDFs truncated at many
offsets, XXE in a DOCX, UTF-16 and UTF-32 text, NUL bytes, one 50 MB line, a DOCX of
100,000 paragraphs, 10 MB of trailing spaces, a symlink loop, a dangling link, a FIFO (as a
contract and as --rulebook), /dev/zero as --rulebook, a folder, file names with a newline, a
leading dash, a formula, bytes that are not UTF-8, alias-bomb / 5,000-digit / 3 MB rulebooks.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
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
        if self.exit == 2 and len(self.stderr.strip().splitlines()) != 1:
            found.append("not one line")
        if self.peak_kb > GIGABYTE_KB:
            found.append("over 1 GB")
        if self.changed:
            found.append("input changed")
        if "root:x:0:0" in self.stdout_tail + self.stderr:
            found.append("leak")
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


def _replace_in_zip(data: bytes, name: str, write) -> bytes:
    """A copy of the zip ``data`` with member ``name`` written by ``write(stream)``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == name:
                info = zipfile.ZipInfo(name)
                info.compress_type = zipfile.ZIP_DEFLATED
                with target.open(info, "w", force_zip64=True) as stream:
                    write(stream)
            else:
                target.writestr(item, source.read(item.filename))
    return out.getvalue()


def _pdf() -> bytes:
    return (ROOT / "samples" / "strong-msa-with-sla.pdf").read_bytes()


def make_cases(folder: Path, sample: bool) -> list[Case]:
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def file(name, data: bytes | str, quick=False) -> None:
        path = os.path.join(os.fsencode(folder), os.fsencode(name)) if isinstance(name, bytes) else str(folder / name)
        with open(path, "wb") as stream:
            stream.write(data.encode("utf-8") if isinstance(data, str) else data)
        if quick or not sample:
            cases.append(Case(os.fsdecode(name) if isinstance(name, bytes) else name, [path], [path], quick))

    def rulebook(name, text: str, quick=False) -> None:
        contract = str(folder / "plain.txt")
        path = str(folder / name)
        Path(path).write_text(text, encoding="utf-8")
        if quick or not sample:
            cases.append(Case(f"--rulebook {name}", [contract], [contract, path], quick, ["--rulebook", path]))

    (folder / "plain.txt").write_text(CONTRACT, encoding="utf-8")
    text = CONTRACT.replace("\n", "\r\n")
    file("notepad-utf16.txt", text.encode("utf-16"), quick=True)
    file("utf16-be.txt", b"\xfe\xff" + text.encode("utf-16-be"))
    file("utf32.txt", text.encode("utf-32"))
    file("nul-bytes.txt", CONTRACT.encode() + b"\x00" * 64 + CONTRACT.encode(), quick=True)
    file("trailing-spaces.txt", CONTRACT + " " * 10_000_000)
    file("one-50mb-line.txt", "a" * 50_000_000)
    file("-leading-dash.txt", CONTRACT, quick=True)
    file("new\nline.txt", CONTRACT, quick=True)
    file('=HYPERLINK("evil.invalid","click").txt', CONTRACT)
    file(b"caf\xe9.txt", CONTRACT, quick=True)
    pdf = _pdf()
    offsets = [len(pdf) // 2, len(pdf) - 20] if sample else [int(len(pdf) * k / 17) for k in range(1, 17)] + [len(pdf) - 1]
    for offset in offsets:
        file(f"truncated-at-{offset}.pdf", pdf[:offset], quick=True)
    if not sample:
        base = _docx(CONTRACT.split("\n\n"))
        xxe = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
               '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
               '<w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')
        file("xxe.docx", _replace_in_zip(base, "word/document.xml", lambda s: s.write(xxe.encode())))

        def bomb(stream):
            stream.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                         b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
            chunk = b" " * (1 << 24)
            for _ in range(64):  # 1 GB of spaces, about 1 MB compressed
                stream.write(chunk)
            stream.write(b"</w:t></w:r></w:p></w:body></w:document>")

        file("zip-bomb.docx", _replace_in_zip(base, "word/document.xml", bomb))
        file("100k-paragraphs.docx", _docx(f"Paragraph {i}: the Provider keeps the records." for i in range(100_000)))
    # paths that are not files
    loop = folder / "loop.txt"
    loop.symlink_to(folder / "loop-back.txt")
    (folder / "loop-back.txt").symlink_to(loop)
    cases.append(Case("symlink loop", [str(loop)], [], True))
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    cases.append(Case("dangling link", [str(folder / "dangling.txt")], [], True))
    cases.append(Case("a folder", [str(folder)], [], True))
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
        cases.append(Case("FIFO contract", [str(folder / "pipe.txt")], [], True))
        os.mkfifo(folder / "pipe.yaml")
        cases.append(Case("FIFO --rulebook", [str(folder / "plain.txt")], [], True, ["--rulebook", str(folder / "pipe.yaml")]))
    (folder / "zero.yaml").symlink_to("/dev/zero")
    cases.append(Case("/dev/zero --rulebook", [str(folder / "plain.txt")], [], True, ["--rulebook", str(folder / "zero.yaml")]))
    laughs = ['name: t\nversion: "1"\nrules: []\nl0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    laughs += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 10)]
    rulebook("alias-bomb.yaml", "\n".join(laughs) + "\n", quick=True)
    rulebook("digits-5000.yaml", 'name: t\nversion: "1"\nextends: default\noverrides:\n  SLA-RESPONSE-P1:\n'
                                 f'    params: {{max_p1_response_hours: {"9" * 5000}}}\n')
    rulebook("digits-400.yaml", 'name: t\nversion: "1"\nextends: default\noverrides:\n  SLA-AVAILABILITY-MIN:\n'
                                f'    params: {{min_uptime_percent: {"9" * 400}}}\n')
    if not sample:
        rulebook("3mb.yaml", 'name: t\nversion: "1"\nextends: default\n' + "# padding\n" * 300_000)
    return cases


# ---------------------------------------------------------------- running them


def _digest(path) -> str | None:
    try:
        if not os.path.isfile(path):
            return None
        with open(path, "rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        return None


def run_case(case: Case, timeout: float, scratch: Path) -> Result:
    before = [_digest(p) for p in case.inputs]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), NO_COLOR="1")
    with open(scratch / "out", "w+b") as out, open(scratch / "err", "w+b") as err:
        started = time.monotonic()
        process = subprocess.Popen([sys.executable, "-m", "checker", "review", "--format", "json", "--fail-on", "never",
                                    *case.options, "--", *case.paths], stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
        code, peak_kb = None, 0
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                code, peak_kb = os.waitstatus_to_exitcode(status), usage.ru_maxrss
                break
            if time.monotonic() - started > timeout:
                process.kill()
                _, _, usage = os.wait4(process.pid, 0)
                peak_kb = usage.ru_maxrss
                break
            time.sleep(0.02)
        process.returncode = code if code is not None else -9  # reaped here: Popen must not wait for it again
        seconds = time.monotonic() - started
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        out.seek(0, os.SEEK_END)
        out.seek(max(0, out.tell() - 200_000))
        stdout_tail = out.read().decode("utf-8", "replace")
    changed = [_digest(p) for p in case.inputs] != before
    return Result(case, code, seconds, peak_kb, stderr, stdout_tail, changed)


def run(sample: bool = False, timeout: float = 60.0, keep: Path | None = None, echo=print) -> list[Result]:
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="checker-hostile-"))
    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="checker-hostile-run-"))
    try:
        results = []
        for case in make_cases(folder, sample):
            result = run_case(case, timeout, scratch)
            results.append(result)
            line = result.stderr.strip().splitlines()[-1:] or [""]
            echo(f"{', '.join(result.problems) or 'ok':<16} exit {result.exit!s:<4} {result.seconds:6.1f} s "
                 f"{result.peak_kb / 1024:6.0f} MB  {case.name[:50]!r}  {line[0][:110]}")
        return results
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)


COUNTED = ("traceback", "internal error", "hang", "over 1 GB", "input changed", "not one line", "leak")


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
    options = parser.parse_args()
    results = run(options.sample, options.timeout, options.keep)
    tally = counts(results)
    print(f"{len(results)} inputs: " + ", ".join(f"{n} {name}" for name, n in tally.items()))
    return 1 if any(tally.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
