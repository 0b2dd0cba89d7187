"""Format independence (issue 9, item 5): the same contracts as Markdown / text, PDF and DOCX.

    python bench/formats.py bench/blind/w6 [SET ...] [--out DIR] [--render-python PYTHON] [--jobs N]

Each set's documents (label files like bench/blind's: "doc" relative to the label's folder) are
rendered to PDF and DOCX with samples/build_samples.py (a plain-text document kept line for line,
as a code block), into DIR/<set>-pdf and DIR/<set>-docx, twin sets whose labels point at the
rendered files. Rendering needs fpdf2 and python-docx: dev-only tools, not checker's
dependencies; when this Python lacks fpdf2, --render-python names one that has it
(`pip install fpdf2 python-docx` in any venv). Then every version is reviewed and the script prints
core macro-F1 per set and format, and each element whose presence differs between a document's
source and its PDF / DOCX, with the gold label.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def render(sets: list[Path], out: Path) -> None:
    """Write out/<set>-pdf and out/<set>-docx (needs fpdf2)."""
    sys.path.insert(0, str(ROOT / "samples"))
    import build_samples as bs

    for folder in sets:
        for fmt in ("pdf", "docx"):
            twin = out / f"{folder.name}-{fmt}"
            (twin / "docs").mkdir(parents=True, exist_ok=True)
            for label_file in sorted(folder.glob("*.json")):
                label = json.loads(label_file.read_text())
                doc = folder / label["doc"]
                text = doc.read_text(encoding="utf-8")
                if doc.suffix == ".txt":
                    text = "~~~\n" + text + "\n~~~\n"  # plain text: each line as it is
                dest = twin / "docs" / f"{doc.stem}.{fmt}"
                target = bs.Target(doc.name, dest.name, label.get("kind", doc.stem)[:60])
                try:
                    (bs.build_pdf if fmt == "pdf" else bs.build_docx)(target, bs.parse(text), dest)
                except Exception as error:  # noqa: BLE001 - a document the renderer cannot draw is reported
                    print(f"not rendered: {doc} as {fmt}: {error}")
                    continue
                label["doc"] = f"docs/{dest.name}"
                (twin / f"{dest.name}.json").write_text(json.dumps(label))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", type=Path, nargs="+", help="folders of label files (bench/blind/w6 ...)")
    parser.add_argument("--out", type=Path, help="where the rendered twins go (default: a temporary folder)")
    parser.add_argument("--render-python", help="a Python with fpdf2 and python-docx, when this one lacks fpdf2")
    parser.add_argument("--render-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    for folder in args.sets:
        if not folder.is_dir():
            parser.error(f"{folder}: not a folder")
    out = args.out or Path(tempfile.mkdtemp(prefix="checker-formats-"))
    if args.render_only:
        render(args.sets, out)
        return 0
    try:
        import fpdf  # noqa: F401
        render(args.sets, out)
    except ImportError:
        if not args.render_python:
            parser.error("fpdf2 is not installed here: install it (dev only) or give --render-python")
        subprocess.run([args.render_python, __file__, *map(str, args.sets), "--out", str(out), "--render-only"],
                       check=True)
    return report(args.sets, out, args.jobs)


def report(sets: list[Path], out: Path, jobs: int) -> int:
    import accuracy
    from checker.elements import CORE_ELEMENTS

    versions = {}  # (set, format) -> {label file: (label, path)}
    for folder in sets:
        versions[(folder, "source")] = _docs(folder)
        for fmt in ("pdf", "docx"):
            versions[(folder, fmt)] = _docs(out / f"{folder.name}-{fmt}")
    todo = [path for docs in versions.values() for _, path in docs.values()]
    with multiprocessing.get_context("fork").Pool(jobs, accuracy._init, (None,)) as pool:
        judged = dict(zip(todo, pool.map(accuracy.judge, todo, chunksize=2)))
    print(f"{'set':<12}{'source':>8}{'pdf':>8}{'docx':>8}   core macro-F1")
    for folder in sets:
        macros = []
        for fmt in ("source", "pdf", "docx"):
            table = accuracy.scores(accuracy.element_scores(versions[(folder, fmt)], judged, None, ""))
            f1s = [table[e][2] for e in CORE_ELEMENTS if table[e][2] is not None]
            macros.append(sum(f1s) / len(f1s) if f1s else 0.0)
        print(f"{folder.name:<12}" + "".join(f"{m:>8.3f}" for m in macros))
    print("\nelements whose presence differs from the source's")
    for folder in sets:
        rendered = {fmt: {Path(label["doc"]).stem: path for label, path in versions[(folder, fmt)].values()}
                    for fmt in ("pdf", "docx")}
        for label, path in versions[(folder, "source")].values():
            source = judged[path]
            stem = Path(label["doc"]).stem
            for fmt in ("pdf", "docx"):
                other = judged.get(rendered[fmt].get(stem))
                if not isinstance(source, tuple) or not isinstance(other, tuple):
                    print(f"  {folder.name} {path.name} {fmt}: not reviewed ({other if isinstance(other, str) else source})")
                    continue
                for element, present in source[0].items():
                    if present != other[0][element]:
                        gold = label["elements"].get(element, {}).get("present")
                        print(f"  {folder.name} {path.name} {fmt}: {element} source={present} {fmt}={other[0][element]} "
                              f"gold={gold}")
    return 0


def _docs(folder: Path) -> dict:
    return {f: (label, folder / label["doc"]) for f in sorted(folder.glob("*.json"))
            for label in [json.loads(f.read_text())]}


if __name__ == "__main__":
    sys.exit(main())
