"""What every audit worker needs, loaded once by the local engine's fork server before it
forks any worker: the modules (spaCy, pdfium), the spaCy pipeline and the shipped
rulebook's patterns compiled (checker/matching.py keeps them per process). Each worker
starts with all of it in memory, shared copy-on-write, instead of building it again; an audit with its own rulebook shares most of these patterns too.

Importing this module is the warm-up; `python -X importtime -c "import checker.audit.preload"`
shows its cost.
"""

from __future__ import annotations

import checker.ingest.pdf  # noqa: F401 - imported here so that no worker imports it (python-docx is
# left to the workers that meet a Word file: most portfolios are PDFs)
from checker.engine.context import Package
from checker.engine.evaluate import evaluate
from checker.ingest import document_from_text
from checker.matching import every_pattern
import checker.nlp.pipeline  # noqa: F401 - its tag patterns are among every_pattern()
from checker.review import analyse_document
from checker.rulebook import load_rulebook

_SAMPLE = """1. Services
The Supplier shall provide the support services described in Schedule 1 within 4 hours.

2. Term
This Agreement starts on the Effective Date and continues for 12 months.
"""


def _warm():
    rulebook = load_rulebook(None)
    for pattern in every_pattern():  # compiled by RE2 here, once for every worker (checker/matching.py)
        pattern.compile()
    # one review of a short text: the pipeline, the tokenizer's caches, every kind's first call
    evaluate(rulebook, Package([analyse_document(document_from_text(_SAMPLE))]))


_warm()
