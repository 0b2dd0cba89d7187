"""Do disguised copies of a contract get its findings? (issue 12: 'the same findings whatever the disguise')

For each contract (text: the corpus's CUAD texts and samples/*.txt; PDF: samples/*.pdf and the
corpus's CUAD PDFs), its variants are made on the spot and reviewed:

  zero-width    a zero-width space and a soft hyphen inside every key word
  bidi          right-to-left / left-to-right marks around every key word
  cyrillic      Cyrillic look-alike letters inside every key word
  joiner        a word joiner after every space
  rotate-90 / rotate-180 / rotate-270   (PDF) every page turned by /Rotate

Printed: per variant, the contracts whose statuses changed, the rule statuses changed, and the
met / missing totals against the plain copies'; the variants are never written into the corpus.

    python bench/disguise.py [--limit N] [--pdf-limit N] [--corpus FOLDER]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
KEY_WORDS = re.compile(r"\b(terminat\w*|liabilit\w*|confidential\w*|notice|services?|agreement|payment|warrant\w*|"
                       r"insurance|data|law|days|fees|provider|customer|client|indemn\w*|breach)\b", re.I)
CYRILLIC = str.maketrans("aeopcxyAEOPCXHBMTK", "аеорсхуАЕОРСХНВМТК")
TEXT_VARIANTS = {
    "zero-width": lambda t: KEY_WORDS.sub(lambda m: m.group()[:2] + "\u200b" + m.group()[2:-1] + "\u00ad" + m.group()[-1:], t),
    "bidi": lambda t: KEY_WORDS.sub(lambda m: f"\u200f{m.group()}\u200e", t),
    "cyrillic": lambda t: KEY_WORDS.sub(lambda m: m.group().translate(CYRILLIC), t),
    "joiner": lambda t: t.replace(" ", " \u2060"),
}


def statuses(path: Path) -> dict[str, str] | str:
    from checker.errors import CheckerError
    from checker.review import review_paths

    try:
        return {f.rule: f.status for f in review_paths([path]).findings}
    except CheckerError as error:
        return f"error: {str(error).splitlines()[0]}"


def rotated(source: Path, rotation: int, out: Path) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(source))
    try:
        for page in pdf:
            page.set_rotation(rotation)
        pdf.save(str(out))
    finally:
        pdf.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=12, help="CUAD texts to disguise (default 12)")
    parser.add_argument("--pdf-limit", type=int, default=4, help="CUAD PDFs to turn (default 4)")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus folder (default ../shared/corpus)")
    args = parser.parse_args()
    corpus = args.corpus
    sys.path.insert(0, str(ROOT))
    texts = sorted((corpus / "cuad" / "txt").glob("*.txt"))[:args.limit] + sorted((ROOT / "samples").glob("*.txt"))
    pdfs = sorted((ROOT / "samples").glob("*.pdf")) + sorted((corpus / "cuad" / "pdf").glob("*.pdf"))[:args.pdf_limit]
    totals: dict[str, Counter] = {}

    def compare(name: str, plain: dict, variant) -> None:
        tally = totals.setdefault(name, Counter())
        tally["contracts"] += 1
        if isinstance(variant, str):
            tally["errors"] += 1
            return
        changed = sum(variant.get(rule) != status for rule, status in plain.items())
        tally["changed contracts"] += changed > 0
        tally["changed statuses"] += changed
        for which, counts in (("plain", plain), ("variant", variant)):
            tally[f"{which} met"] += sum(s == "met" for s in counts.values())
            tally[f"{which} missing"] += sum(s == "missing" for s in counts.values())

    with tempfile.TemporaryDirectory() as folder:
        for path in texts:
            plain = statuses(path)
            if isinstance(plain, str):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            for name, make in TEXT_VARIANTS.items():
                copy = Path(folder) / f"{name}.txt"
                copy.write_text(make(text), encoding="utf-8")
                compare(name, plain, statuses(copy))
        for path in pdfs:
            plain = statuses(path)
            if isinstance(plain, str):
                continue
            for rotation in (90, 180, 270):
                compare(f"rotate-{rotation}", plain, statuses(rotated(path, rotation, Path(folder) / "turned.pdf")))
    print(f"{'variant':<12} {'contracts':>9} {'changed':>8} {'statuses':>9} {'errors':>7}   met plain -> variant, missing plain -> variant")
    for name, t in totals.items():
        print(f"{name:<12} {t['contracts']:>9} {t['changed contracts']:>8} {t['changed statuses']:>9} {t['errors']:>7}   "
              f"{t['plain met']} -> {t['variant met']}, {t['plain missing']} -> {t['variant missing']}")


if __name__ == "__main__":
    main()
