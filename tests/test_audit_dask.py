"""`checker audit --engine dask`: the same audit on a Dask cluster gives the same findings.

The cluster is a LocalCluster inside this process (processes=False: no worker start-up
cost); the audit reaches it through --scheduler, as it would reach a real one."""

from __future__ import annotations

import pytest

from test_audit import CONTRACT, SLA, audit, make_portfolio, pinned_tool, read_csv, summary_counts  # noqa: F401 (pinned_tool: autouse)

distributed = pytest.importorskip("distributed")
import dask  # noqa: E402  (after the skip: present whenever distributed is)

pytestmark = pytest.mark.slow  # a Dask cluster starts for each test


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                                  silence_logs=50) as cluster:
        yield cluster.scheduler_address


def test_dask_engine_gives_the_same_findings_as_the_local_engine(tmp_path, scheduler):
    folder = make_portfolio(tmp_path / "contracts")
    (folder / "sla.md").write_text(SLA, encoding="utf-8")
    local, cluster = tmp_path / "local", tmp_path / "dask"
    by_local = audit(folder, "-o", local, "--no-cache")
    by_dask = audit(folder, "-o", cluster, "--no-cache", "--engine", "dask", "--scheduler", scheduler)
    assert by_dask.exit_code == by_local.exit_code == 1, by_dask.output
    assert summary_counts(by_dask.stdout) == (6, 0)
    assert (cluster / "findings.jsonl").read_text() == (local / "findings.jsonl").read_text()
    assert read_csv(cluster / "portfolio.csv") == read_csv(local / "portfolio.csv")
    assert read_csv(cluster / "errors.csv") == read_csv(local / "errors.csv")


def test_dask_engine_packages_and_cache(tmp_path, scheduler):
    folder = tmp_path / "clients"
    (folder / "harbour").mkdir(parents=True)
    (folder / "harbour" / "msa.txt").write_text(CONTRACT, encoding="utf-8")
    (folder / "harbour" / "sla.md").write_text(SLA, encoding="utf-8")
    local, cluster = tmp_path / "local", tmp_path / "dask"
    audit(folder, "--by-folder", "-o", local)
    first = audit(folder, "--by-folder", "-o", cluster, "--engine", "dask", "--scheduler", scheduler)
    assert summary_counts(first.stdout) == (1, 0)
    assert (cluster / "findings.jsonl").read_text() == (local / "findings.jsonl").read_text()
    again = audit(folder, "--by-folder", "-o", cluster, "--engine", "dask", "--scheduler", scheduler)
    assert summary_counts(again.stdout) == (0, 1)


def test_unreachable_scheduler_is_one_line_and_exit_2(tmp_path):
    folder = tmp_path / "contracts"
    folder.mkdir()
    (folder / "a.txt").write_text(CONTRACT, encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        result = audit(folder, "-o", tmp_path / "out", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in lines[0], result.stderr
