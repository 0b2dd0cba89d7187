"""spaCy's package imports its whole command line (spacy.cli: typer, weasel, requests, httpx,
rich, jinja2 ...) only to offer `spacy.info`, which checker never calls: a third of the CPU of
`import spacy` plus `spacy.blank("en")`, paid by every review and by the audit's fork server.
An empty module stands in for it, unless spaCy is already loaded."""

import sys
import types

if "spacy" not in sys.modules:
    for _name in ("spacy.cli", "spacy.cli.info"):
        sys.modules.setdefault(_name, types.ModuleType(_name))
    sys.modules["spacy.cli.info"].info = None
