"""The HTML report (checker/report/html.py): one self-contained file; contract text escaped so a
hostile contract runs nothing; every link lands on an anchor; drawn by a real browser (headless
Chromium) when one is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.report import render
from checker.report.html import SCRIPT
from checker.review import review_paths

ROOT = Path(__file__).resolve().parents[1]
DRAFT = ROOT / "samples" / "legal-review" / "support-agreement-draft1.docx"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")

HOSTILE = """IT SUPPORT AGREEMENT <script>document.title='pwned'</script>

This Agreement is made on 1 March 2026 between Evil Corp Ltd ("Provider") and Victim plc ("Customer").

1. Services
1.1 The Provider shall provide a help desk <img src=x onerror="document.title='pwned'"> and remote monitoring
services for the Customer's offices during business hours.

2. Liability
2.1 Each party's total liability under this Agreement is limited to the fees paid in the twelve (12) months
before the claim </textarea><svg onload="document.title='pwned'"></svg> "quoted" & 'apos' [TBD].

3. Termination
3.1 Either party may terminate this Agreement without cause on thirty (30) days' written notice
<iframe src="https://attacker.example/"></iframe>.
"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "<b>contract<i>.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path, render(review_paths([path]), "html")


@pytest.fixture(scope="module")
def sample():
    return render(review_paths([DRAFT]), "html")


def test_hostile_contract_text_is_escaped(hostile):
    _, html = hostile
    assert html.count("<script") == 1 and f"<script>{SCRIPT}</script>" in html  # ours, and only ours
    for tag in ("<img", "<svg", "<iframe", "</textarea", "<b>contract"):
        assert tag not in html, tag
    assert "&lt;img src=x onerror=&quot;document.title=&#x27;pwned&#x27;&quot;&gt;" in html  # shown, as text
    assert "&lt;svg onload=" in html and "&lt;b&gt;contract&lt;i&gt;.txt" in html
    assert "&quot;quoted&quot; &amp; &#x27;apos&#x27;" in html


def test_the_page_loads_nothing(hostile, sample):
    for _, html in (hostile, ("", sample)):
        assert not re.search(r"""(?:src|href|action)\s*=\s*["']?(?:https?:|//|file:|data:)""", html, re.I)
        assert "<link" not in html and "@import" not in html and "url(" not in html
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
        assert policy.startswith("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-")
        assert "img-src 'none'" in policy


def test_summary_elements_findings_and_key_terms(sample):
    assert re.search(r'<div class="score">\d+<small> / 100</small></div>', sample)
    assert sample.count('<tr class="s-') == len(review_paths([DRAFT]).element_status())
    assert "Larkspur Systems Ltd (Provider)" in sample and "twelve (12) months of fees" in sample
    # a weak finding: its quote highlighted in its context, a link to its clause, the fix
    article = re.search(r'<article class="card finding s-weak" id="finding-COMM-WARRANTY">.*?</article>', sample, re.S).group(0)
    assert '<span class="ctx">9.3</span> <mark>The Provider warrants that it will perform the Services' in article
    assert '<a href="#clause-' in article and "<b>Fix:</b>" in article


def test_every_link_lands_on_an_anchor(sample):
    ids = set(re.findall(r'\sid="([^"]+)"', sample))
    targets = set(re.findall(r'href="#([^"]+)"', sample))
    assert targets and targets <= ids
    assert {t for t in targets if t.startswith("finding-")} and {t for t in targets if t.startswith("clause-")}


def test_the_cli_writes_an_html_report(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["review", str(DRAFT), "--format", "html", "-o", str(out)])
    assert result.exit_code == 1 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def chromium(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                           "--disable-component-update", "--disable-sync", "--no-first-run", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_browser_runs_nothing_from_the_contract(hostile, tmp_path):
    _, html = hostile
    page = tmp_path / "hostile.html"
    page.write_text(html, encoding="utf-8")
    dom = chromium(f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()).stdout
    assert 'data-js="on"' in dom  # our filter script ran, allowed by its hash
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert "<img" not in dom and "<svg" not in dom and "<iframe" not in dom


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")
def test_a_browser_draws_the_report(sample, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(sample, encoding="utf-8")
    shot = tmp_path / "report.png"
    chromium(f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1280,2000",
             page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1280 and int.from_bytes(data[20:24], "big") == 2000
    assert len(data) > 50_000  # a drawn page, not a blank one


def test_a_review_imports_only_the_renderer_asked_for():
    """`checker review` imports checker.report: the HTML page (its script, its escaping) and the
    other renderers are imported when their format is asked for."""
    import subprocess
    import sys
    from pathlib import Path

    script = ("import sys, checker.cli, checker.report; "
              "print(sorted(set(checker.report.RENDERERS.values()) & {m.rsplit('.', 1)[-1] for m in sys.modules "
              "if m.startswith('checker.report.')}))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parents[1])
    assert result.stdout.strip() == "[]"
