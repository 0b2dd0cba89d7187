"""findings.jsonl: each readable contract's full JSON report, exactly `Report.as_dict()`
(schema checker.report/1), one per line; appended and flushed as each arrives, rewritten in
path order at the end by copying the lines already written."""

from __future__ import annotations

from pathlib import Path

from checker.audit.outputs import replace_atomically

class FindingsJsonl:
    FILE_NAME = "findings.jsonl"

    def __init__(self, outdir: Path, elements: list[str], info: dict):
        self.path = outdir / self.FILE_NAME
        self.stream = open(self.path, "wb")
        self.lines: list[tuple[str, int, int]] = []  # (contract path, offset, length)

    def add(self, outcome, row: dict):
        if outcome.report is None:
            return
        line = (outcome.report_json() + "\n").encode("utf-8")
        self.lines.append((outcome.path, self.stream.tell(), len(line)))
        self.stream.write(line)
        self.stream.flush()

    def finish(self, rows: list[dict], complete: bool):
        self.stream.close()
        ordered = sorted(self.lines, key=lambda entry: entry[0])
        if ordered == self.lines:
            return

        def write(temporary: Path):
            with open(self.path, "rb") as source, open(temporary, "wb") as target:
                for _, offset, length in ordered:
                    source.seek(offset)
                    target.write(source.read(length))

        replace_atomically(self.path, write)
