"""Build the Word drafts in samples/legal-review/ from their sources in src/ (python-docx only).

DEV-ONLY TOOL, never imported by checker. The .docx files are committed; run this only when a
source changes:

    /tmp/venv/bin/python samples/legal-review/build.py

Source mark-up, one block per paragraph, blank lines between:
    # Title        Word "Title"
    ## Heading     Word "Heading 1" (its number, if any, is typed: "4. Service Levels")
    | a | b |      a table row; consecutive rows make one table, the first is the header
    anything else  a "Normal" paragraph (clause numbers are typed: "4.2 The Provider ...")
"""

from __future__ import annotations

from pathlib import Path

import docx

HERE = Path(__file__).resolve().parent
SOURCES = ["support-agreement-draft1.md", "support-agreement-draft2.md"]


def build(source: Path, target: Path) -> None:
    document = docx.Document()
    blocks = [b.strip() for b in source.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    for block in blocks:
        lines = block.splitlines()
        if lines[0].startswith("|"):
            rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = value
                    if r == 0:
                        cell.paragraphs[0].runs[0].bold = True
        elif block.startswith("## "):
            document.add_heading(block[3:], level=1)
        elif block.startswith("# "):
            document.add_heading(block[2:], level=0)
        else:
            document.add_paragraph(" ".join(lines))
    document.core_properties.author = "checker samples"
    document.save(target)


if __name__ == "__main__":
    for name in SOURCES:
        target = HERE / name.replace(".md", ".docx")
        build(HERE / "src" / name, target)
        print(f"wrote {target.relative_to(HERE.parent.parent)}")
