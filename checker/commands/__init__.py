"""One module per CLI command; `checker/cli.py` assembles them into the `checker` group."""
