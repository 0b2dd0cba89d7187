"""Where the reviews run. Each engine takes the same units and yields `Outcome`s as they
arrive; the audit never branches on which one it has.

    local.py  worker processes of our own on this machine, killable at --timeout
    dask.py   a Dask cluster (--scheduler ADDRESS, or a local one), file bytes shipped to workers
"""

def make_engine(name: str, **options):
    if name == "dask":
        from checker.audit.engines.dask import DaskEngine

        return DaskEngine(**options)
    from checker.audit.engines.local import LocalEngine

    options.pop("scheduler", None)
    return LocalEngine(**options)
