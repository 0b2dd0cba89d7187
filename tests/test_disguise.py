"""The same findings whatever the disguise (issue 12): invisible characters, bidirectional marks and
Cyrillic/Greek look-alike letters inside words, and pages turned by /Rotate, leave a contract's
findings as they are, while its quotes stay the contract's own words."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from checker.ingest import load_document
from checker.ingest.disguise import unmask
from checker.review import review_paths
from pdf_fixtures import make_pdf

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_TXT = SAMPLES / "basic-support-no-data-protection.txt"
SAMPLE_PDF = SAMPLES / "strong-msa-with-sla.pdf"

KEY_WORDS = re.compile(r"\b(terminat\w*|liabilit\w*|confidential\w*|notice|services?|agreement|payment|"
                       r"warrant\w*|insurance|data|law|days|fees|provider|client)\b", re.I)
_CYRILLIC = str.maketrans("aeopcxyAEOPCXHBMTK", "аеорсхуАЕОРСХНВМТК")


def _zero_width(m):
    word = m.group()
    return word[:2] + "\u200b" + word[2:-1] + "\u00ad" + word[-1:]


VARIANTS = {
    "zero-width and soft hyphens inside key words": lambda t: KEY_WORDS.sub(_zero_width, t),
    "right-to-left and left-to-right marks around key words": lambda t: KEY_WORDS.sub(lambda m: f"\u200f{m.group()}\u200e", t),
    "bidi embeddings and isolates": lambda t: KEY_WORDS.sub(lambda m: f"\u202b\u2067{m.group()}\u2069\u202c", t),
    "Cyrillic look-alike letters inside key words": lambda t: KEY_WORDS.sub(lambda m: m.group().translate(_CYRILLIC), t),
    "a word joiner after every space": lambda t: t.replace(" ", " \u2060"),
}


def _statuses(report) -> dict[str, str]:
    return {f.rule: f.status for f in report.findings}


@pytest.fixture(scope="module")
def upright_txt():
    return _statuses(review_paths([SAMPLE_TXT]))


@pytest.mark.parametrize("name", VARIANTS)
def test_a_disguised_copy_of_a_sample_gets_its_findings_and_quotes_its_own_words(tmp_path, upright_txt, name):
    text = VARIANTS[name](SAMPLE_TXT.read_text(encoding="utf-8"))
    path = tmp_path / "disguised.txt"
    path.write_text(text, encoding="utf-8")
    report = review_paths([path])
    assert _statuses(report) == upright_txt
    quotes = [e for f in report.findings for e in f.evidence]
    assert quotes
    for evidence in quotes:  # the offsets point into the file's text, the quote is its words there
        assert evidence.quote.strip("… ")[:40] in " ".join(text[evidence.start:evidence.end].split())
    assert sum(any(ord(c) > 0x7F for c in e.quote) for e in quotes) > len(quotes) // 3  # the disguise is quoted


def test_a_disguised_contract_is_still_english(tmp_path):
    words = "The Provider shall give the Customer written notice of any change to the Services under this Agreement. "
    path = tmp_path / "contract.txt"
    path.write_text("\u200b".join(words * 5), encoding="utf-8")  # a zero-width space between every two letters
    document = load_document(path)
    assert document.language == "en"
    assert document.text == words * 5
    assert document.faithful(4, 12) == "\u200b".join("Provider")


def test_unmask_keeps_real_cyrillic_and_greek_and_offsets_map_back():
    original = "The Pro\u200bvider (\u200fdаta\u200e) of ООО Москва; λ-calculus; ΚΑΙ; naïve"
    unmasked = unmask(original)
    assert unmasked.text == "The Provider (data) of OOO Москва; λ-calculus; KAI; naïve"
    assert unmasked.changed and len(unmasked.removed) == 3
    assert unmask("plain ASCII text").changed is False
    assert unmask("Москва и область").text == "Москва и область"


def _rotated_copy(source: Path, rotation: int, out: Path) -> Path:
    pdf = pdfium.PdfDocument(str(source))
    try:
        for page in pdf:
            page.set_rotation(rotation)
        pdf.save(str(out))
    finally:
        pdf.close()
    return out


@pytest.mark.parametrize("rotation", [90, 180, 270])
def test_a_sample_pdf_with_turned_pages_reads_and_scores_as_the_upright_one(tmp_path, rotation):
    upright = load_document(SAMPLE_PDF)
    turned = _rotated_copy(SAMPLE_PDF, rotation, tmp_path / f"turned-{rotation}.pdf")
    assert load_document(turned).text == upright.text
    assert _statuses(review_paths([turned])) == _statuses(review_paths([SAMPLE_PDF]))


def _lines(matrix, count=12) -> str:
    return "".join(f"BT /F1 11 Tf {matrix(i)} Tm (Clause {i}: the Provider shall keep the records.) Tj ET\n"
                   for i in range(count))


def test_a_written_pdf_with_rotate_reads_as_the_upright_one(tmp_path):
    level = _lines(lambda i: f"1 0 0 1 72 {720 - 16 * i}")
    upright = tmp_path / "upright.pdf"
    upright.write_bytes(make_pdf([level, level]))
    turned = tmp_path / "turned.pdf"
    turned.write_bytes(make_pdf([level, level], rotate=[90, 270]))
    assert load_document(turned).text == load_document(upright).text


def test_text_drawn_sideways_and_set_upright_by_rotate_keeps_its_order(tmp_path):
    # runs down the unturned page, line 0 rightmost: /Rotate 270 shows it level, line 0 on top
    sideways = _lines(lambda i: f"0 -1 1 0 {540 - 16 * i} 720")
    path = tmp_path / "sideways.pdf"
    path.write_bytes(make_pdf([sideways], rotate=270))
    numbers = [int(n) for n in re.findall(r"Clause (\d+)", load_document(path).text)]
    assert numbers == sorted(numbers) and len(numbers) == 12


SAMPLE_DOCX = SAMPLES / "clinic-it-support-msa.docx"
_TEXT_RUN = re.compile(r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)")


def _disguised_docx(source: Path, out: Path, disguise) -> Path:
    import zipfile

    with zipfile.ZipFile(source) as original, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                data = _TEXT_RUN.sub(lambda m: m.group(1) + disguise(m.group(2)) + m.group(3), xml).encode("utf-8")
            copy.writestr(item, data)
    return out


@pytest.mark.parametrize("name", ["right-to-left and left-to-right marks around key words",
                                  "Cyrillic look-alike letters inside key words"])
def test_a_disguised_word_document_gets_the_findings_of_the_plain_one(tmp_path, name):
    disguised = _disguised_docx(SAMPLE_DOCX, tmp_path / "disguised.docx", VARIANTS[name])
    report = review_paths([disguised])
    assert _statuses(report) == _statuses(review_paths([SAMPLE_DOCX]))
    assert any(any(ord(c) > 0x7F for c in e.quote) for f in report.findings for e in f.evidence)


def test_the_format_characters_written_out_are_unicodes():
    """disguise.py writes out the Cf ranges of Unicode 14.0 (Python 3.11) instead of reading
    130,000 characters each review: they must be what unicodedata says."""
    import unicodedata

    from checker.ingest import disguise

    assert disguise.format_ranges() == disguise._RANGES
    if unicodedata.unidata_version == "14.0.0":
        assert disguise._RANGES is disguise._FORMAT_14
