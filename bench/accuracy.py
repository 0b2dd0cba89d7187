"""Accuracy of the default rulebook on the labelled corpus.

    python bench/accuracy.py ../shared/corpus [--pdf] [--errors ELEMENT] [--other] [--jobs N]
    python bench/accuracy.py ../shared/corpus --blind DIR [--blind DIR2]  # also labels written blind (not tuned on)
    python bench/accuracy.py ../shared/corpus --other --half B  # cuad_other half B only (odd index, sorted names)

Prints per-element precision, recall and F1, and macro-F1:
  1. against the CUAD lawyer labels (68 EDGAR contracts), mapped to our elements as
     ELEMENTS.md says (an element predicted present = any of its rules met or weak);
  2. against our element labels (CUAD subset + open standard agreements), for every
     element and for the core elements.
  3. with --other, against the lawyer labels of the 364 CUAD contracts of other types
     (../shared/corpus/cuad_other: licences, supply, distribution ...), CUAD-mapped elements
     only: written by many firms, they show whether a pattern holds for the kind of clause
     or only for the dev wording (dev and cuad_other within 0.05 = a rulebook that generalises).
CUAD's "Warranty Duration" is narrower than `warranty`: it is compared with a warranty
that states its duration (the warranty rule met, i.e. measurable).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.elements import CORE_ELEMENTS, ELEMENTS  # noqa: E402
from checker.errors import CheckerError  # noqa: E402
from checker.review import review_paths  # noqa: E402
from checker.rulebook import load_rulebook  # noqa: E402

CUAD_MAP = {
    "parties": ["Parties"],
    "term": ["Effective Date", "Expiration Date"],
    "renewal": ["Renewal Term", "Notice Period To Terminate Renewal"],
    "governing_law": ["Governing Law"],
    "termination.notice": ["Termination For Convenience"],
    "termination.transition": ["Post-Termination Services"],
    "audit": ["Audit Rights"],
    "liability.cap": ["Cap On Liability"],
    "liability.carve_outs": ["Uncapped Liability"],
    "warranty": ["Warranty Duration"],
    "insurance": ["Insurance"],
}


def predicted(report) -> dict[str, bool]:
    present = {e: False for e in ELEMENTS}
    for finding in report.findings:
        if finding.status in ("met", "weak"):
            present[finding.element] = True
    return present


def cuad_predicted(report) -> dict[str, bool]:
    present = predicted(report)
    present["warranty"] = any(f.element == "warranty" and f.status == "met" for f in report.findings)
    return present


def scores(pairs: dict[str, list[tuple[bool, bool]]]) -> dict[str, tuple]:
    table = {}
    for element, items in pairs.items():
        tp = sum(1 for gold, pred in items if gold and pred)
        fp = sum(1 for gold, pred in items if not gold and pred)
        fn = sum(1 for gold, pred in items if gold and not pred)
        if tp + fp + fn == 0:
            table[element] = (None, None, None, 0, len(items))
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[element] = (precision, recall, f1, tp + fn, len(items))
    return table


def print_table(title: str, table: dict, elements: list[str]) -> float:
    print(f"\n{title}")
    print(f"  {'element':<24}{'P':>6}{'R':>6}{'F1':>6}{'pos':>5}{'docs':>6}")
    f1s = []
    for element in elements:
        p, r, f1, pos, n = table[element]
        if f1 is None:
            print(f"  {element:<24}{'-':>6}{'-':>6}{'-':>6}{pos:>5}{n:>6}")
            continue
        f1s.append(f1)
        print(f"  {element:<24}{p:>6.2f}{r:>6.2f}{f1:>6.2f}{pos:>5}{n:>6}")
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    print(f"  {'macro-F1':<24}{'':>12}{macro:>6.3f}")
    return macro


_RULEBOOK = None


def _init(rulebook_path):
    global _RULEBOOK
    _RULEBOOK = load_rulebook(rulebook_path)


def judge(path: Path):
    """(predicted, CUAD-predicted) presence of every element for one contract, or the error."""
    try:
        report = review_paths([path], _RULEBOOK)
    except CheckerError as error:
        return str(error)
    return predicted(report), cuad_predicted(report)


def _labelled_doc(label_file: Path, label: dict, cuad_dir: Path) -> Path:
    """The document a label file names: beside the label (a set of our own), else in the corpus's cuad/."""
    beside = label_file.parent / label["doc"]
    return beside if beside.exists() else cuad_dir / label["doc"]


def cuad_scores(labels: dict, base: Path, judged: dict, errors_of: str | None, tag: str):
    pairs = {e: [] for e in CUAD_MAP}
    for name, contract in sorted(labels.items()):
        result = judged.get(base / contract["txt"])
        if not isinstance(result, tuple):
            continue
        for element, categories in CUAD_MAP.items():
            gold = any(contract["labels"][c]["present"] for c in categories)
            pairs[element].append((gold, result[1][element]))
            if errors_of == element and gold != result[1][element]:
                print(f"  {tag} {'FN' if gold else 'FP'} {element}: {name}")
    return pairs


def element_scores(docs: dict, judged: dict, errors_of: str | None, tag: str) -> dict[str, list[tuple[bool, bool]]]:
    pairs = {e: [] for e in ELEMENTS}
    for label, path in docs.values():
        result = judged[path]
        if not isinstance(result, tuple):
            continue
        for element in ELEMENTS:
            gold = bool(label["elements"][element]["present"])
            pairs[element].append((gold, result[0][element]))
            if errors_of == element and gold != result[0][element]:
                print(f"  {tag} {'FN' if gold else 'FP'} {element}: {label['doc']}")
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--pdf", action="store_true", help="read the CUAD PDFs instead of their text files")
    parser.add_argument("--errors", metavar="ELEMENT", help="list the false positives / negatives of an element")
    parser.add_argument("--other", action="store_true", help="also score the CUAD contracts of other types (cuad_other)")
    parser.add_argument("--jobs", type=int, default=2, help="processes reviewing in parallel (default 2)")
    parser.add_argument("--half", choices=["A", "B"], help="with --other, score only half A (even index of the sorted "
                        "names) or half B (odd): study one half, judge a change on the other")
    parser.add_argument("--rulebook", default=None)
    parser.add_argument("--blind", type=Path, action="append", default=[], metavar="DIR",
                        help="also score element labels written blind (files like cuad/elements/*.json, 'doc' "
                             "relative to the label's folder, else to cuad/), each folder in tables of its own; "
                             "repeatable (bench/blind/README.md)")
    args = parser.parse_args()
    started = time.perf_counter()

    cuad_dir = args.corpus / "cuad"
    labels = json.loads((cuad_dir / "labels.json").read_text())["contracts"]
    cuad_paths = {cuad_dir / c["txt"]: cuad_dir / (c["pdf"] if args.pdf else c["txt"]) for c in labels.values()}
    label_files = sorted((cuad_dir / "elements").glob("*.json")) + sorted((args.corpus / "open" / "labels").glob("*/*.json"))
    element_docs = {}
    for label_file in label_files:
        label = json.loads(label_file.read_text())
        base = cuad_dir if label_file.parent.name == "elements" else args.corpus / "open"
        element_docs[label_file] = (label, base / label["doc"])
    blind_sets = {folder: {f: (label, _labelled_doc(f, label, cuad_dir)) for f in sorted(folder.glob("*.json"))
                           for label in [json.loads(f.read_text())]} for folder in args.blind}
    blind_docs = {f: item for docs in blind_sets.values() for f, item in docs.items()}
    other_dir = args.corpus / "cuad_other"
    other = json.loads((other_dir / "labels.json").read_text())["contracts"] if args.other else {}
    if args.half:
        other = {name: other[name] for i, name in enumerate(sorted(other)) if i % 2 == "AB".index(args.half)}
    todo = list(dict.fromkeys([*cuad_paths.values(), *(p for _, p in [*element_docs.values(), *blind_docs.values()]),
                               *(other_dir / c["txt"] for c in other.values())]))
    with multiprocessing.get_context("fork").Pool(args.jobs, _init, (args.rulebook,)) as pool:
        judged = dict(zip(todo, pool.map(judge, todo, chunksize=4)))
    errors = [result for result in judged.values() if isinstance(result, str)]
    cuad_judged = {txt: judged[read] for txt, read in cuad_paths.items()}
    cuad_pairs = cuad_scores(labels, cuad_dir, cuad_judged, args.errors, "CUAD")

    element_pairs = element_scores(element_docs, judged, args.errors, "LABELS")

    elapsed = time.perf_counter() - started
    cuad_macro = print_table(f"CUAD lawyer labels ({len(cuad_judged)} contracts, {'PDF' if args.pdf else 'text'})",
                             scores(cuad_pairs), list(CUAD_MAP))
    element_table = scores(element_pairs)
    all_macro = print_table(f"Element labels ({len(label_files)} documents), all elements", element_table, list(ELEMENTS))
    core_macro = print_table("Element labels, core elements", element_table, CORE_ELEMENTS)
    line = f"macro-F1: CUAD-mapped {cuad_macro:.3f} | element labels, core {core_macro:.3f} | all {all_macro:.3f}"
    for folder, docs in blind_sets.items():
        blind_table = scores(element_scores(docs, judged, args.errors, "BLIND"))
        blind_all = print_table(f"Element labels written blind, {folder.name} ({len(docs)} documents), all elements",
                                blind_table, list(ELEMENTS))
        blind_core = print_table(f"Element labels written blind, {folder.name}, core elements", blind_table,
                                 CORE_ELEMENTS)
        line += f" | {folder.name} core {blind_core:.3f} / all {blind_all:.3f}"
    if args.other:
        other_pairs = cuad_scores(other, other_dir, judged, args.errors, "OTHER")
        half = f", half {args.half}" if args.half else ""
        other_macro = print_table(f"CUAD lawyer labels, other contract types ({len(other)} contracts{half}, text)",
                                  scores(other_pairs), list(CUAD_MAP))
        line += f" | cuad_other CUAD-mapped {other_macro:.3f}"
        # most of these contracts are no IT services agreement: a core element found in one is mostly a false positive
        core_found = sum(judged[other_dir / c["txt"]][0][e] for c in other.values() for e in CORE_ELEMENTS
                         if isinstance(judged[other_dir / c["txt"]], tuple))
        line += f" | core elements found there {core_found} (false-positive proxy)"
        per_element = {e: sum(judged[other_dir / c["txt"]][0][e] for c in other.values()
                              if isinstance(judged[other_dir / c["txt"]], tuple)) for e in CORE_ELEMENTS}
        print("\ncore elements found in cuad_other" + half + ", by element: "
              + ", ".join(f"{e} {n}" for e, n in per_element.items()))
    print(f"\n{line}")
    print(f"reviewed {len(todo)} documents in {elapsed:.1f} s; unreadable: {len(errors)}")
    for error in errors:
        print(f"  {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
