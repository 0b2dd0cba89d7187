"""The command line, end to end: reports, exit codes, and one-line errors for bad inputs.

Contracts are written here, in tmp_path; PDFs are built byte by byte (no PDF library).
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from checker.cli import main
from pdf_fixtures import make_pdf
from checker.elements import ELEMENTS
from checker.findings import SEVERITIES, STATUSES

ROOT = Path(__file__).resolve().parents[1]

# A small contract that meets both critical rules (DATA-BREACH is met; DATA-HIPAA does not
# apply: no health data) but leaves high-severity gaps (no SLA, no liability cap, ...).
CONTRACT = """SUPPORT AGREEMENT

This Support Agreement is made between Northwind IT Ltd ("Provider") and Harbour Foods plc ("Customer").

1. Services
The Provider shall provide the managed support services described in Schedule 1, including a service desk.

2. Confidentiality
Each party shall keep the Confidential Information of the other party in strict confidence.

3. Security Incidents
The Provider shall notify the Customer of any security breach affecting Customer Data within twenty-four (24) hours of becoming aware of it.
"""

# the same contract without the breach clause: DATA-BREACH (critical) is missing
CONTRACT_NO_BREACH = CONTRACT.split("3. Security Incidents")[0]

CONFIDENTIALITY_ONLY = """MASTER SERVICES AGREEMENT

1. Confidentiality
Each party shall keep the Confidential Information of the other party in strict confidence and shall not disclose it to any third party.
"""

BREACH_ONLY = """DATA SCHEDULE

1. Notice of Incidents
The Provider shall notify the Customer of any security breach affecting Customer Data within forty-eight (48) hours of becoming aware of it.
"""

FRENCH = (
    "Le présent contrat de services informatiques est conclu entre la société Nord Informatique et la "
    "société Port Alimentaire. Le prestataire s'engage à fournir une assistance technique pendant les heures "
    "ouvrables, du lundi au vendredi. Les incidents critiques seront traités dans un délai de quatre heures. "
    "Chaque partie garde confidentielles les informations de l'autre partie pendant toute la durée du contrat "
    "et cinq ans après sa fin. Le client règle les factures dans les trente jours suivant leur réception.\n"
)

GERMAN = (
    "Dieser Vertrag über IT-Dienstleistungen wird zwischen der Nordwind Informatik GmbH und der Hafen "
    "Lebensmittel AG geschlossen. Der Anbieter leistet technischen Support an Werktagen von acht bis achtzehn "
    "Uhr. Kritische Störungen werden innerhalb von vier Stunden bearbeitet. Jede Partei behandelt die "
    "Informationen der anderen Partei vertraulich, auch nach dem Ende des Vertrages. Rechnungen sind innerhalb "
    "von dreißig Tagen nach Erhalt zu bezahlen.\n"
)


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def invoke(*args: str):
    return CliRunner().invoke(main, ["review", *map(str, args)])


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """`python -m checker review ...` in a real process: what a user's shell sees."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run([sys.executable, "-m", "checker", "review", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


def report_of(*args: str) -> dict:
    result = invoke(*args, "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def finding(report: dict, rule: str) -> dict:
    [found] = [f for f in report["findings"] if f["rule"] == rule]
    return found


def pdf_page(lines: list[str]) -> str:
    def esc(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return "".join(f"BT /F1 11 Tf 72 {700 - 16 * i} Td ({esc(line)}) Tj ET\n" for i, line in enumerate(lines))


PDF_LINES = [
    "MANAGED SERVICES AGREEMENT",
    "1. Services",
    "The Provider shall provide the managed support services described in Schedule 1.",
    "2. Security Incidents",
    "The Provider shall notify the Customer of any security breach within 24 hours.",
]
SCAN = "0.9 g 50 50 512 692 re f 0 g 72 600 m 540 600 l S\n"  # drawing only, no text layer


# ---------------------------------------------------------------- reports


def test_text_report_names_the_file_and_the_findings(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT)
    result = invoke(path, "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith(f"checker review: {path}\n")
    assert "rulebook default " in out
    assert "DATA-BREACH" in out and "SLA-RESPONSE" in out
    assert "Fix: " in out  # the gaps carry their fix
    assert "\x1b[" not in out  # no colour when stdout is not a terminal
    assert result.stderr == ""


def test_json_report_schema(tmp_path):
    data = CONTRACT.encode()
    path = write(tmp_path, "contract.txt", data)
    report = report_of(path)

    assert report["schema"] == "checker.report/1"
    assert report["tool"]["name"] == "checker" and report["tool"]["version"]
    rulebook = report["rulebook"]
    assert rulebook["name"] == "default" and rulebook["version"]
    assert len(rulebook["sha256"]) == 64 and int(rulebook["sha256"], 16) >= 0

    assert report["documents"] == [{"path": str(path), "format": "txt", "pages": 1,
                                    "sha256": hashlib.sha256(data).hexdigest(), "language": "en"}]
    assert set(report["summary"]) == {"met", "weak", "missing", "not_applicable", "error"}
    assert sum(report["summary"].values()) == len(report["findings"])
    for status in STATUSES:
        assert report["summary"][status] == sum(f["status"] == status for f in report["findings"])

    keys = {"rule", "element", "status", "severity", "title", "message", "fix", "measurable", "facts", "evidence"}
    for f in report["findings"]:
        assert keys <= set(f), f["rule"]
        assert f["status"] in STATUSES and f["severity"] in SEVERITIES
        assert f["title"] and f["message"] and f["fix"]
        assert isinstance(f["facts"], list) and isinstance(f["evidence"], list)
        for ev in f["evidence"]:
            assert ev["document"] == "contract.txt"
            assert ev["quote"] and ev["start"] < ev["end"]
            assert " ".join(CONTRACT[ev["start"]:ev["end"]].split()).startswith(ev["quote"].rstrip(" …")[:40])
        if f["status"] == "met" and not f["element"].startswith("drafting."):  # clean drafting cites nothing
            assert f["evidence"], f"{f['rule']} is met without evidence"
    assert set(ELEMENTS) <= {f["element"] for f in report["findings"]}

    breach = finding(report, "DATA-BREACH")
    assert breach["status"] == "met" and breach["severity"] == "critical"
    assert "within twenty-four (24) hours" in breach["evidence"][0]["quote"]
    assert breach["evidence"][0]["section"] == "3"
    assert finding(report, "DATA-HIPAA")["status"] == "not_applicable"
    deadline = finding(report, "DATA-BREACH-DEADLINE")
    assert deadline["measurable"] is True
    [fact] = deadline["facts"]
    assert fact["type"] == "duration" and fact["hours"] == 24 and fact["compared_with"] == 72
    assert finding(report, "SLA-RESPONSE")["status"] == "missing"


def test_markdown_report(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT)
    result = invoke(path, "--format", "markdown", "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"# Contract review: {path}"
    assert "| Status | Severity | Rule | Element | Finding |" in lines
    assert any(line.startswith("| ") and "| DATA-BREACH | data.breach |" in line for line in lines)
    assert "## Data protection" in lines
    assert any(line.startswith("**Fix:**") for line in lines)


def test_output_file_is_written_and_nothing_printed(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT)
    out = tmp_path / "report.json"
    result = invoke(path, "--format", "json", "--output", out, "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["schema"] == "checker.report/1"
    assert report["documents"][0]["path"] == str(path)


@pytest.mark.parametrize(("name", "starts"), [
    ("report.html", "<!DOCTYPE html>"), ("report.HTM", "<!DOCTYPE html>"), ("report.json", "{"),
    ("report.md", "# Contract review: "), ("report.txt", "checker review: "), ("report", "checker review: "),
])
def test_the_format_follows_the_output_extension_when_not_given(tmp_path, name, starts):
    path = write(tmp_path, "contract.txt", CONTRACT)
    out = tmp_path / name
    result = invoke(path, "-o", out, "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith(starts)


def test_a_format_that_contradicts_the_output_extension_is_refused(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT)
    out = tmp_path / "r.html"
    result = invoke(path, "--format", "json", "-o", out)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(out) in result.stderr and "--format json" in result.stderr and "'.html'" in result.stderr
    assert not out.exists()
    result = invoke(path, "--format", "html", "-o", out, "--fail-on", "never")  # agreeing: fine
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_output_exit_code_still_follows_fail_on(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT)
    out = tmp_path / "report.txt"
    result = invoke(path, "-o", out)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("checker review: ")


def test_refuses_to_overwrite_an_input_file(tmp_path, monkeypatch):
    path = write(tmp_path, "contract.txt", CONTRACT)
    other = write(tmp_path, "schedule.txt", BREACH_ONLY)
    monkeypatch.chdir(tmp_path)
    # the same file spelled differently from how it was given
    result = invoke(path, other, "--output", "./schedule.txt")
    assert result.exit_code == 2
    assert "refusing to overwrite an input file" in result.stderr
    assert "schedule.txt" in result.stderr
    assert result.stdout == ""
    assert other.read_text(encoding="utf-8") == BREACH_ONLY
    assert path.read_text(encoding="utf-8") == CONTRACT


def test_docx_contract_is_reviewed(tmp_path):
    document = docx.Document()
    document.add_heading("Managed Services Agreement", level=1)
    document.add_heading("Security Incidents", level=2)
    document.add_paragraph("The Provider shall notify the Customer of any security breach affecting "
                           "Customer Data within twenty-four (24) hours of becoming aware of it.")
    path = tmp_path / "msa.docx"
    document.save(path)
    report = report_of(path)
    assert report["documents"][0]["format"] == "docx"
    breach = finding(report, "DATA-BREACH")
    assert breach["status"] == "met"
    assert breach["evidence"][0]["document"] == "msa.docx"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom", "utf-8-sig", "utf-32"])
def test_a_text_with_a_byte_order_mark_is_read_like_its_utf8_twin(tmp_path, encoding):
    """Notepad's "Unicode" is UTF-16 LE with a BOM (Python's utf-16 codec writes one, in the
    machine's order); it was refused as binary for its NUL bytes."""
    text = CONTRACT.replace("\n", "\r\n")  # as Notepad saves it
    data = (codecs.BOM_UTF16_BE + text.encode("utf-16-be")) if encoding == "utf-16-be-bom" else text.encode(encoding)
    path = write(tmp_path, "notepad.txt", data)
    twin = write(tmp_path, "twin.txt", text.encode("utf-8"))
    statuses = {f["rule"]: f["status"] for f in report_of(path)["findings"]}
    assert statuses == {f["rule"]: f["status"] for f in report_of(twin)["findings"]}
    assert statuses["DATA-BREACH"] == "met"
    assert finding(report_of(path), "DATA-BREACH")["evidence"][0]["quote"].startswith("The Provider shall notify")


def test_mdx_is_read_as_markdown(tmp_path):
    mdx = write(tmp_path, "agreement.mdx", "import Callout from '../components/callout'\n\n<Callout>\n\n"
                + CONTRACT.replace("2. Confidentiality", "## 2. Confidentiality") + "\n</Callout>\n")
    md = write(tmp_path, "agreement.md", CONTRACT.replace("2. Confidentiality", "## 2. Confidentiality"))
    report = report_of(mdx)
    assert report["documents"][0]["format"] == "md"
    assert {f["rule"]: f["status"] for f in report["findings"]} == {
        f["rule"]: f["status"] for f in report_of(md)["findings"]}


def test_pdf_contract_is_reviewed_with_pages(tmp_path):
    path = write(tmp_path, "msa.pdf", make_pdf([pdf_page(PDF_LINES[:3]), pdf_page(PDF_LINES[3:])]))
    report = report_of(path)
    assert report["documents"][0]["format"] == "pdf"
    assert report["documents"][0]["pages"] == 2
    breach = finding(report, "DATA-BREACH")
    assert breach["status"] == "met"
    assert breach["evidence"][0]["page"] == 2


# ---------------------------------------------------------------- exit codes


def test_exit_0_with_fail_on_never(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT_NO_BREACH)
    assert invoke(path, "--fail-on", "never").exit_code == 0


def test_exit_1_on_a_high_gap_by_default(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT)
    report = report_of(path)
    assert any(f["severity"] == "high" and f["status"] in ("weak", "missing") for f in report["findings"])
    result = invoke(path)
    assert result.exit_code == 1
    assert result.stdout.startswith("checker review: ")  # the report is still printed


def test_fail_on_critical_passes_when_no_critical_gap(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT)
    report = report_of(path)
    critical = [f for f in report["findings"] if f["severity"] == "critical"]
    assert {f["rule"] for f in critical} >= {"DATA-BREACH", "DATA-HIPAA"}
    assert all(f["status"] in ("met", "not_applicable") for f in critical)
    assert invoke(path, "--fail-on", "critical").exit_code == 0


def test_fail_on_critical_fails_when_a_critical_gap_exists(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT_NO_BREACH)
    assert finding(report_of(path), "DATA-BREACH")["status"] == "missing"
    assert invoke(path, "--fail-on", "critical").exit_code == 1


def test_unknown_fail_on_value_is_a_usage_error(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT)
    result = invoke(path, "--fail-on", "blocker")
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- bad inputs: exit 2, one line


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, list[str]]]:
    """name -> (path, words the one error line must hold besides the file name)"""
    return {
        "encrypted-pdf": (write(tmp_path, "locked.pdf", make_pdf([pdf_page(PDF_LINES)], password="s3cret")),
                          ["encrypted"]),
        "corrupt-pdf": (write(tmp_path, "corrupt.pdf", bytes(range(256)) * 16), ["not a readable PDF"]),
        "empty-pdf": (write(tmp_path, "empty.pdf", b""), ["empty"]),
        "empty-txt": (write(tmp_path, "empty.txt", b""), ["empty"]),
        "image-only-pdf": (write(tmp_path, "scan.pdf", make_pdf([SCAN, SCAN])), ["OCR"]),
        "docx-not-zip": (write(tmp_path, "contract.docx", "This is plain text saved with a .docx name.\n"),
                         ["not a readable Word document"]),
        "xlsx": (write(tmp_path, "prices.xlsx", b"PK\x03\x04 pretend spreadsheet"), ["unsupported", ".xlsx"]),
        "french": (write(tmp_path, "contrat.txt", FRENCH), ["English"]),
        "german": (write(tmp_path, "vertrag.txt", GERMAN), ["English"]),
        "missing": (tmp_path / "nowhere.txt", ["no such file"]),
    }


BAD = ["encrypted-pdf", "corrupt-pdf", "empty-pdf", "empty-txt", "image-only-pdf", "docx-not-zip", "xlsx",
       "french", "german", "missing"]


@pytest.mark.slow
@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_one_line_and_exit_2(tmp_path, case):
    path, words = _bad_inputs(tmp_path)[case]
    result = run_cli(path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(path) in lines[0]
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]
    assert result.stdout == ""


def test_bad_input_in_process_names_the_file(tmp_path):
    # the same errors through click's runner: the exit code and the single line hold in-process too
    for case, (path, words) in _bad_inputs(tmp_path).items():
        result = invoke(path)
        assert result.exit_code == 2, case
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("checker: error: "), (case, result.stderr)
        assert str(path) in lines[0] and words[0].lower() in lines[0].lower(), (case, lines[0])


@pytest.mark.slow
def test_one_bad_file_in_a_package_stops_the_review(tmp_path):
    good = write(tmp_path, "msa.txt", CONTRACT)
    bad = write(tmp_path, "schedule.pdf", b"")
    result = run_cli(good, bad)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"checker: error: {bad}: the file is empty"]


BAD_RULEBOOK = """name: broken
version: "1"
rules:
  - id: GEN-PARTIES-X
    element: parties
    title: The parties are named
    category: General
    severity: urgent
    why: A contract binds only the entities it names.
    fix: Name both parties.
    kind: clause
    find:
      patterns: ['\\bbetween\\b']
"""


@pytest.mark.slow
def test_rulebook_error_names_file_line_and_rule(tmp_path):
    contract = write(tmp_path, "contract.txt", CONTRACT)
    rulebook = write(tmp_path, "rules.yaml", BAD_RULEBOOK)
    result = run_cli(contract, "--rulebook", rulebook)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert f"{rulebook}:8:" in line  # 'severity: urgent' is on line 8
    assert "GEN-PARTIES-X" in line
    assert "'urgent'" in line and "critical, high, medium, low, info" in line
    assert result.stdout == ""


@pytest.mark.slow
def test_missing_rulebook_file(tmp_path):
    contract = write(tmp_path, "contract.txt", CONTRACT)
    result = run_cli(contract, "--rulebook", tmp_path / "nope.yaml")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"checker: error: {tmp_path / 'nope.yaml'}: rulebook file not found"]


# ---------------------------------------------------------------- the first hour


def _on_a_terminal(*args: str, env: dict) -> str:
    """What `checker review ARGS` prints to a terminal (a pseudo-terminal here)."""
    import pty

    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "checker", "review", *map(str, args)], stdout=follower,
                               stderr=subprocess.DEVNULL, cwd=ROOT, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a pseudo-terminal")
def test_no_color_turns_the_terminal_colours_off(tmp_path):
    path = write(tmp_path, "contract.txt", CONTRACT)
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")
    coloured = _on_a_terminal(path, "--fail-on", "never", env=env)
    assert "\x1b[" in coloured and "DATA-BREACH" in coloured  # colour on a terminal
    plain = _on_a_terminal(path, "--fail-on", "never", env={**env, "NO_COLOR": "1"})
    assert "\x1b[" not in plain and "DATA-BREACH" in plain


def test_human_reports_say_they_are_not_legal_advice(tmp_path):
    from checker.report.shared import NOT_LEGAL_ADVICE

    path = write(tmp_path, "contract.txt", CONTRACT)
    for fmt in ("text", "markdown", "html"):
        result = invoke(path, "--format", fmt, "--fail-on", "never")
        assert result.stdout.count("Not legal advice") == 1, fmt
    assert invoke(path, "--format", "text", "--fail-on", "never").stdout.splitlines()[-1] == NOT_LEGAL_ADVICE
    assert "legal advice" not in invoke(path, "--format", "json", "--fail-on", "never").stdout  # data, not prose


def test_the_licence_is_the_apache_2_text_the_package_declares():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.split()[:4] == ["Apache", "License", "Version", "2.0,"]
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in licence
    assert "END OF TERMS AND CONDITIONS" in licence
    assert 'license = { text = "Apache-2.0" }' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


# ---------------------------------------------------------------- long inputs (spaCy's max_length)


def test_megabytes_of_trailing_white_space_do_not_stop_a_review(tmp_path):
    """10 MB of spaces after the text was 'internal error ... [E088] Text of length ... exceeds maximum'."""
    padded = write(tmp_path, "padded.txt", CONTRACT + " " * 10_000_000)
    plain = write(tmp_path, "plain.txt", CONTRACT)
    assert ({f["rule"]: f["status"] for f in report_of(padded)["findings"]}
            == {f["rule"]: f["status"] for f in report_of(plain)["findings"]})


@pytest.mark.slow
def test_a_long_text_is_reviewed_up_to_the_limit_and_refused_in_one_line_past_it(tmp_path):
    from checker.nlp.pipeline import MAX_TEXT

    lines = "".join(f"Item {i}: the Provider keeps the records.\n" for i in range(122_000))  # 5.1 million characters
    long = write(tmp_path, "long.txt", CONTRACT + lines)
    assert 5_000_000 < len(CONTRACT + lines) < MAX_TEXT  # past spaCy's 5 million the old review stopped at
    assert finding(report_of(long), "DATA-BREACH")["status"] == "met"
    too_long = write(tmp_path, "too-long.txt", CONTRACT + "x" * MAX_TEXT)
    result = invoke(too_long)
    assert result.exit_code == 2 and "internal error" not in result.stderr
    assert result.stderr.splitlines() == [
        f"checker: error: {too_long}: is too long to review: {len(CONTRACT) + MAX_TEXT:,} characters of text "
        f"(the limit is {MAX_TEXT:,}, some 3,000 pages); split it into smaller files"]


# ---------------------------------------------------------------- paths that are not contract files


def test_a_folder_given_to_review_says_so_and_suggests_audit(tmp_path):
    folder = tmp_path / "contracts"
    folder.mkdir()
    write(folder, "contract.txt", CONTRACT)
    result = invoke(folder)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"checker: error: {folder}: is a folder, not a contract file; to check every contract in it, "
        f"run: checker audit {folder}"]


@pytest.mark.slow
def test_a_symlink_loop_is_one_line_not_a_traceback(tmp_path):
    loop, back = tmp_path / "loop.pdf", tmp_path / "back.pdf"
    loop.symlink_to(back)
    back.symlink_to(loop)
    result = run_cli(loop)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"checker: error: {loop}: is a symbolic link that loops (too many levels of symbolic links)"]


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_or_a_device_is_refused_not_waited_on(tmp_path):
    """Opening a FIFO for reading waits for a writer, for ever; /dev/zero never ends."""
    contract = write(tmp_path, "contract.txt", CONTRACT)
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    rules_pipe = tmp_path / "rules.yaml"
    os.mkfifo(rules_pipe)
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    for args, shown, words in (([pipe], pipe, "is a named pipe (FIFO), not a regular file"),
                               ([contract, "--rulebook", rules_pipe], rules_pipe, "is a named pipe (FIFO)"),
                               ([contract, "--rulebook", zero], zero, "is a device, not a regular file")):
        result = run_cli(*args)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        [line] = result.stderr.splitlines()
        assert line.startswith(f"checker: error: {shown}: ") and words in line, line


# ---------------------------------------------------------------- a package of documents


def test_package_review_names_the_document_of_each_finding(tmp_path):
    msa = write(tmp_path, "msa.txt", CONFIDENTIALITY_ONLY)
    dpa = write(tmp_path, "dpa.txt", BREACH_ONLY)
    report = report_of(msa, dpa)

    assert [d["path"] for d in report["documents"]] == [str(msa), str(dpa)]
    assert [d["sha256"] for d in report["documents"]] == [
        hashlib.sha256(CONFIDENTIALITY_ONLY.encode()).hexdigest(),
        hashlib.sha256(BREACH_ONLY.encode()).hexdigest(),
    ]
    confidentiality = finding(report, "DATA-CONFIDENTIALITY")
    assert confidentiality["status"] == "met"
    assert {e["document"] for e in confidentiality["evidence"]} == {"msa.txt"}
    assert "strict confidence" in confidentiality["evidence"][0]["quote"]

    breach = finding(report, "DATA-BREACH")
    assert breach["status"] == "met"
    assert {e["document"] for e in breach["evidence"]} == {"dpa.txt"}
    assert "forty-eight (48) hours" in breach["evidence"][0]["quote"]
    deadline = finding(report, "DATA-BREACH-DEADLINE")
    assert deadline["status"] == "met"
    assert deadline["evidence"][0]["document"] == "dpa.txt"
    assert deadline["facts"][0]["hours"] == 48

    # each document alone misses what the other one holds
    assert finding(report_of(msa), "DATA-BREACH")["status"] == "missing"
    assert finding(report_of(dpa), "DATA-CONFIDENTIALITY")["status"] == "missing"


def test_package_evidence_offsets_point_into_their_own_document(tmp_path):
    msa = write(tmp_path, "msa.txt", CONFIDENTIALITY_ONLY)
    dpa = write(tmp_path, "dpa.txt", BREACH_ONLY)
    report = report_of(msa, dpa)
    texts = {"msa.txt": CONFIDENTIALITY_ONLY, "dpa.txt": BREACH_ONLY}
    for f in report["findings"]:
        for ev in f["evidence"]:
            source = texts[ev["document"]]
            assert 0 <= ev["start"] < ev["end"] <= len(source), f["rule"]
            assert ev["quote"].split()[0] in source[ev["start"]:ev["end"]], f["rule"]


def test_gaps_only_lists_the_gaps_and_a_met_threshold_shows_its_figure():
    from pathlib import Path

    from click.testing import CliRunner

    from checker.cli import main
    sample = str(Path(__file__).resolve().parents[1] / "samples" / "strong-msa-with-sla.pdf")
    full = CliRunner().invoke(main, ["review", sample, "--fail-on", "never"]).output
    assert "  MET     " in full and "within the limit of at least 99.5%" in full  # the figure of a met threshold
    sample = str(Path(__file__).resolve().parents[1] / "samples" / "basic-support-no-data-protection.txt")
    full = CliRunner().invoke(main, ["review", sample, "--fail-on", "never"]).output
    gaps = CliRunner().invoke(main, ["review", sample, "--fail-on", "never", "--gaps-only"]).output
    listed = [line for line in gaps.splitlines() if line.startswith("  ") and line[2:10].strip() in
              ("MET", "WEAK", "MISSING", "N/A", "ERROR")]
    assert listed and all(line[2:10].strip() in ("WEAK", "MISSING", "ERROR") for line in listed)
    assert f"showing {len(listed)} gap" in gaps and full.splitlines()[1] == gaps.splitlines()[1]  # same counts


def _broken(*args, **kwargs):
    raise ValueError("a bug of ours")


@pytest.mark.parametrize("command, patched, said", [
    ("review", "checker.review.review_paths", "internal error while reviewing"),
    ("diff", "checker.review.review_paths", "internal error while comparing"),
    ("audit", "checker.audit.run.run_audit", "internal error while auditing"),
])
def test_a_bug_of_ours_is_one_line_and_exit_2(tmp_path, monkeypatch, command, patched, said):
    """Every command words a bug of its own the same way (commands/common.one_line_errors)."""
    import importlib

    module, name = patched.rsplit(".", 1)
    monkeypatch.setattr(importlib.import_module(module), name, _broken)
    path = write(tmp_path, "contract.txt", CONTRACT)
    args = {"review": [path], "diff": [path, path], "audit": [tmp_path, "-o", tmp_path / "out"]}[command]
    result = CliRunner().invoke(main, [command, *map(str, args)])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"checker: error: {said} ") and str(tmp_path) in line
    assert line.endswith(": ValueError: a bug of ours (please report this)")


def test_a_review_leaves_memory_exhausted_to_its_bounds(tmp_path, monkeypatch):
    """MemoryError passes through the review's one-line errors: checker/bounds.py names the file and --max-memory."""
    def exhausted(*args, **kwargs):
        raise MemoryError

    monkeypatch.setattr("checker.review.review_paths", exhausted)
    result = invoke(write(tmp_path, "contract.txt", CONTRACT))
    assert isinstance(result.exception, MemoryError)
