"""Batch audits: every contract under one or more folders, reviewed in parallel, cached,
written to portfolio tables as results arrive.

    discover.py   which files and packages to audit, which files to skip and why
    outcome.py    the record of one audited contract (ok / error / skipped)
    keys.py       content hashes and the cache key (files, rulebook, tool)
    cache.py      the SQLite result cache in the output folder
    worker.py     the review of one contract inside a worker process
    time_bound.py how long one contract may take: --timeout, and more for each page OCR reads
    engines/      where the reviews run: `local` (own processes) or `dask` (a cluster)
    outputs/      portfolio.csv, portfolio.xlsx, findings.jsonl, portfolio.html, errors.csv
    progress.py   a progress bar on a terminal, plain lines otherwise
    run.py        the audit itself: discover, look up the cache, review the rest, write
"""
