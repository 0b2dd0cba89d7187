"""The read-ahead of the local engine: contracts read while the workers start must give
exactly the reports of contracts a worker reads itself, and what it cannot read is left to
the workers."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

from checker.audit.discover import discover
from checker.audit.engines.local import LocalEngine
from checker.audit.engines.read_ahead import ReadAhead
from checker.ingest import load_document
from checker.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ["long-form-msa.pdf", "strong-msa-with-sla.pdf", "vague-sla-support-agreement.docx",
           "basic-support-no-data-protection.txt", "clinic-it-support-msa.docx"]


def portfolio(folder: Path) -> Path:
    folder.mkdir()
    for name in SAMPLES:
        shutil.copy(ROOT / "samples" / name, folder / name)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    return folder


def test_read_ahead_reads_documents_as_load_document_does_and_leaves_out_what_fails(tmp_path):
    units, _ = discover([portfolio(tmp_path / "in")])
    reader = ReadAhead.start(units)
    assert reader is not None
    reader._process.join(60)  # let it finish, then collect
    read = reader.stop()
    broken = str(tmp_path / "in" / "broken.pdf")
    assert broken not in read  # its worker reads it, and reports why it cannot
    assert set(read) == {unit.path for unit in units} - {broken}
    for unit in units:
        if unit.path in read:
            payload, cpu_seconds = read[unit.path]
            documents = pickle.loads(payload)
            fresh = load_document(unit.files[0])
            assert documents[0].text == fresh.text and documents[0].sections == fresh.sections
            assert documents[0].sha256 == fresh.sha256 and cpu_seconds > 0


def test_stopping_it_at_once_loses_nothing_but_time(tmp_path):
    units, _ = discover([portfolio(tmp_path / "in")])
    reader = ReadAhead.start(units)
    read = reader.stop()  # at once: some, none or all read
    assert set(read) <= {unit.path for unit in units}


def test_an_audit_with_read_ahead_gives_the_same_reports_as_one_without(tmp_path, monkeypatch):
    units, _ = discover([portfolio(tmp_path / "in")])
    units.sort(key=lambda unit: (-unit.size, unit.path))
    rulebook = load_rulebook(None)
    delivered = []
    stop = ReadAhead.stop

    def stop_when_done(self):  # however fast the workers start, let it read everything
        self._process.join(60)
        read = stop(self)
        delivered.append(len(read))
        return read

    monkeypatch.setattr(ReadAhead, "stop", stop_when_done)

    def run(read_ahead: bool) -> dict[str, tuple]:
        engine = LocalEngine(rulebook, jobs=1, timeout=120, read_ahead=read_ahead)
        return {o.path: (o.status, o.report, o.reason) for o in engine.run(units)}

    with_read_ahead, without = run(True), run(False)
    assert delivered == [len(SAMPLES) - 1]  # every readable contract but the first, which a worker takes at once
    assert with_read_ahead == without
    assert with_read_ahead[str(tmp_path / "in" / "broken.pdf")][0] == "error"
    assert sum(status == "ok" for status, _, _ in without.values()) == len(SAMPLES)


def test_a_reader_that_crashes_costs_only_what_it_had_not_read(tmp_path, monkeypatch, capfd):
    import signal

    import checker.ingest
    from audit_faults import misbehave

    units, _ = discover([portfolio(tmp_path / "in")])
    units = [u for u in units if not u.path.endswith("broken.pdf")]
    fatal = units[1].files[0]
    load = checker.ingest.load_document

    def crash_on_one(path, *args, **kwargs):  # the forked reader inherits this
        if str(path) == fatal:
            misbehave("crash")  # what a parser bug in C does: SIGSEGV, its stderr silenced first
        return load(path, *args, **kwargs)

    monkeypatch.setattr(checker.ingest, "load_document", crash_on_one)
    reader = ReadAhead.start(units)
    reader._process.join(60)
    read = reader.stop()
    assert reader._process.exitcode == -signal.SIGSEGV
    assert set(read) == {units[0].path}  # read before the crash; nothing after it, and no error raised
    assert "Fatal Python error" not in capfd.readouterr().err  # no crash report in the test output
