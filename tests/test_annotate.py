"""Word comments (`checker review draft.docx --annotate reviewed.docx`, checker/annotate.py):
one comment per weak finding (per paragraph of a drafting finding's slips) and per missing
element, on the right paragraph; the input is only read; the copy opens in python-docx and,
where it is installed, LibreOffice. On our DOCX sample and on the Common Paper Word documents."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from checker.annotate import anchor_of, annotate_docx, plan_comments
from checker.cli import main
from checker.ingest import load_document
from checker.review import review_paths

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "samples" / "legal-review" / "support-agreement-draft2.docx"
COMMON_PAPER = ROOT.parent / "shared" / "corpus" / "open" / "commonpaper_docx"
CORPUS = sorted(COMMON_PAPER.glob("*.docx")) if COMMON_PAPER.is_dir() else []
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def words(text: str) -> list[str]:
    return " ".join(re.sub("[\u200b-\u200d\u2060\ufeff\u00ad]", "", text).split()).split()


def anchored(copy: Path) -> dict[int, str]:
    """Comment id -> the text of the paragraph it is anchored on (of its table row, in a table)."""
    body = docx.Document(copy).element.body
    found = {}
    for p in body.iter(W + "p"):
        for start in p.iter(W + "commentRangeStart"):
            holder = next((a for a in p.iterancestors(W + "tr")), p)
            shown = " ".join("".join(t.text or "" for t in q.iter(W + "t")) for q in holder.iter(W + "p"))
            found[int(start.get(W + "id"))] = " ".join(words(shown))
    return found


def expected(report, name: str) -> dict[str, int]:
    """What the copy must hold, worked out from the report alone."""
    statuses = report.element_status()
    counts = {"weak": 0, "drafting": 0, "missing element": 0, "missing": 0}
    document = load_document_cached(name)
    spans = document.paragraphs
    for finding in report.findings:
        element_status = statuses[finding.element]
        if finding.status == "weak" and finding.element.startswith("drafting."):
            lines = {next(s.index for s in spans if s.start <= _first(document.text, e.start) <= s.end)
                     for e in finding.evidence}
            counts["drafting"] += len(lines)
        elif finding.status == "weak":
            counts["weak"] += 1
        elif finding.status == "missing" and element_status != "missing":
            counts["missing"] += 1
    counts["missing element"] = sum(1 for status in statuses.values() if status == "missing")
    return counts


def _first(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset


_DOCUMENTS: dict[str, object] = {}


def load_document_cached(path):
    if str(path) not in _DOCUMENTS:
        _DOCUMENTS[str(path)] = load_document(path)
    return _DOCUMENTS[str(path)]


def check_copy(report, source: Path, copy: Path, comments) -> None:
    """Counts by kind, authorship and the anchor of every comment."""
    counts = expected(report, source)
    got = {kind: sum(1 for c in comments if c.what == kind) for kind in counts}
    assert got == counts
    word = docx.Document(copy)  # the copy re-opens
    assert len(word.comments) == len(comments) == sum(counts.values())
    assert {(c.author, c.initials) for c in word.comments} == ({("checker", "CK")} if comments else set())
    texts = {c.comment_id: c.text for c in word.comments}
    places = anchored(copy)
    assert set(places) == set(texts)
    findings = {f.rule: f for f in report.findings}
    document = load_document_cached(source)
    for comment_id, text in texts.items():
        rule = re.match(r"checker: (?:WEAK|MISSING) \(\w+\) (\S+?):", text).group(1)
        paragraph = places[comment_id]
        finding = findings.get(rule)
        if finding is None or finding.status != "weak":
            continue
        # on the clause the finding judged: the line of the text where it matched (or, for a
        # drafting slip, where the slip is) is the paragraph the comment is anchored on
        offsets = [e.start for e in finding.evidence] if rule.startswith("DRAFT-") else \
            [anchor_of(finding, finding.evidence[0])]
        lines = [_line(document.text, offset) for offset in offsets]
        assert any(_quoted_in(line, paragraph) for line in lines), (rule, lines[:2], paragraph[:120])


def _line(text: str, offset: int) -> str:
    offset = _first(text, offset)
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:len(text) if end < 0 else end].replace(" | ", " ")


def _quoted_in(quote: str, paragraph: str) -> bool:
    """The quote's opening words (after a rebuilt list number, which Word does not store as text)."""
    said = words(quote.strip("… "))
    return any(" ".join(said[k:k + 3]) in paragraph for k in (0, 1)) if len(said) >= 2 else said[0] in paragraph


# ---------------------------------------------------------------- our sample, through the CLI


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    copy = tmp_path_factory.mktemp("annotated") / "reviewed.docx"
    before = (digest(DRAFT), os.stat(DRAFT).st_mtime_ns)
    result = cli("review", DRAFT, "--annotate", copy, "--format", "json")
    assert (digest(DRAFT), os.stat(DRAFT).st_mtime_ns) == before  # the input is only read
    return result, copy


def test_the_sample_gets_a_comment_per_gap_on_its_clause(annotated):
    result, copy = annotated
    assert result.exit_code == 1  # the draft has gaps at high severity; annotating does not change that
    report = review_paths([DRAFT])
    comments = plan_comments(report, report.sources[0])
    assert re.fullmatch(rf"checker: wrote {re.escape(str(copy))} with {len(comments)} comments\n", result.stderr)
    check_copy(report, DRAFT, copy, comments)
    # "the Customer may claim a service credit" is the Customer's right, not a soft duty: no SLA-REMEDIES comment
    assert {c.subject: c.what for c in comments} == {
        "COMM-WARRANTY": "weak", "DATA-BREACH": "weak", "SLA-RESPONSE-P1": "weak",
        "DRAFT-NUMBER-WORDS": "drafting", "DATA-BREACH-DEADLINE": "weak",  # notice "promptly": present, no figure
        "audit": "missing element", "staff": "missing element",
        "liability.indemnity": "missing element",  # its 'professional indemnity insurance' is no indemnity
        # "use reasonable efforts to keep the hosted systems available": an availability promise without a percentage
        "SLA-AVAILABILITY": "weak", "SLA-AVAILABILITY-MIN": "missing"}


def test_missing_elements_go_where_they_belong(annotated):
    _, copy = annotated
    places = anchored(copy)
    by_subject = {}
    for comment in docx.Document(copy).comments:
        subject = re.match(r"checker: \w+ \(\w+\) (\S+?):", comment.text).group(1)
        by_subject[subject] = places[comment.comment_id]
    assert by_subject["SLA-AVAILABILITY"].startswith("4.2 The Provider shall use reasonable efforts to keep")
    assert by_subject["staff"] == "9. General"
    assert by_subject["DRAFT-NUMBER-WORDS"].startswith("5.5 On termination the Provider shall return")
    assert by_subject["SLA-RESPONSE-P1"] == "Priority 1 4 hours 4 hours"  # a table row
    assert by_subject["DATA-BREACH-DEADLINE"].startswith("5.4 The Provider shall notify the Customer")


def test_a_comment_says_status_why_and_fix(annotated):
    _, copy = annotated
    text = next(c.text for c in docx.Document(copy).comments if "DATA-BREACH" in c.text)
    lines = text.splitlines()
    assert lines[:2] == ["checker: WEAK (critical) DATA-BREACH: " + lines[0].split(": ", 2)[2],
                         "Vague ('promptly') instead of a stated duration"]
    assert len(lines) == 3 and lines[2].startswith("Fix: ")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_copies(annotated, tmp_path):
    _, copy = annotated
    copies = [copy]
    for source in CORPUS[:3]:
        report = review_paths([source])
        target = tmp_path / source.name
        copies.append(target)
        annotate_docx(report, report.sources[0], source, target)
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "odt", "--outdir", str(tmp_path / "odt"), *map(str, copies)],
                   check=True, capture_output=True, timeout=180)
    for target in copies:
        content = zipfile.ZipFile(tmp_path / "odt" / (target.stem + ".odt")).read("content.xml").decode()
        assert content.count("<office:annotation>") + content.count("<office:annotation ") == \
            len(docx.Document(target).comments), target.name


# ---------------------------------------------------------------- refusals: one line, exit 2


@pytest.mark.parametrize(("args", "message"), [
    (["samples/strong-msa-with-sla.pdf", "--annotate", "{tmp}/x.docx"],
     r"checker: error: samples/strong-msa-with-sla.pdf: Word comments need a DOCX file; use --format html -o "
     r"report.html for a report to share instead"),
    ([str(DRAFT), "--annotate", str(DRAFT)], r"checker: error: .*: refusing to write the annotated copy over the input; "
                                             r"choose another path"),
    ([str(DRAFT), str(DRAFT), "--annotate", "{tmp}/x.docx"],
     r"checker: error: --annotate writes comments into one Word file; give one DOCX, not 2 files"),
    ([str(DRAFT), "--annotate", "{tmp}/x.pdf"], r"checker: error: .*x.pdf: the annotated copy must be a .docx file"),
    ([str(DRAFT), "--annotate", "{tmp}/r.docx", "-o", "{tmp}/r.docx"],
     r"checker: error: .*r.docx: the annotated copy and the report cannot be the same file"),
])
def test_refusals(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(ROOT)
    before = digest(DRAFT)
    result = cli("review", *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2
    assert re.fullmatch(message + "\n", result.stderr), result.stderr
    assert result.stdout == ""
    assert digest(DRAFT) == before and not list(tmp_path.glob("*.docx"))


def test_the_library_refuses_a_pdf_and_the_input(tmp_path):
    report = review_paths([ROOT / "samples" / "basic-support-no-data-protection.txt"])
    with pytest.raises(Exception, match="Word comments need a DOCX file"):
        annotate_docx(report, report.sources[0], ROOT / "samples" / "basic-support-no-data-protection.txt",
                      tmp_path / "x.docx")
    report = review_paths([DRAFT])
    with pytest.raises(Exception, match="refusing to write the annotated copy over the input"):
        annotate_docx(report, report.sources[0], DRAFT, DRAFT)


def test_every_line_of_a_docx_knows_its_paragraph():
    document = load_document(DRAFT)
    lines = document.text.split("\n")
    assert len(document.paragraphs) == len(lines)
    paragraphs = list(docx.Document(DRAFT).element.body.iter(W + "p"))
    for span, line in zip(document.paragraphs, lines):
        assert document.text[span.start:span.end] == line
        shown = " ".join("".join(t.text or "" for t in paragraphs[span.index].iter(W + "t")).split())
        assert shown and shown in line  # a table row's line holds its first cell's text


# ---------------------------------------------------------------- the Common Paper Word documents


@pytest.mark.skipif(not CORPUS, reason="../shared/corpus is not here")
@pytest.mark.parametrize("source", CORPUS, ids=[p.stem for p in CORPUS])
def test_common_paper(source, tmp_path):
    before = digest(source)
    report = review_paths([source])
    target = tmp_path / "reviewed.docx"
    comments = annotate_docx(report, report.sources[0], source, target)
    assert digest(source) == before
    assert comments  # templates: placeholders at least
    check_copy(report, source, target, comments)
