"""Scoring on Dask (distributed.py), against a local cluster of two worker processes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_batch import archive

from crimeaudit.batch import run_batch
from crimeaudit.io import incident_from_mapping
from crimeaudit.linking import link_incidents
from crimeaudit.records import Assessment, Rejected
from crimeaudit.scoring import Scorer

pytest.importorskip("distributed")
pytestmark = pytest.mark.dask


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as local, Client(local) as client:
        yield local, client


@pytest.fixture(scope="module")
def scorer(tiny_model):
    return Scorer(tiny_model)


@pytest.fixture(scope="module")
def linked_archive(tmp_path_factory, scorer):
    """Series spread over many small blocks, some broken lines, and a local run's files."""
    folder = tmp_path_factory.mktemp("dask")
    data = archive(folder / "a.jsonl", 240, seed=5, broken_every=53, pairs=30)
    summary = run_batch([str(data)], str(folder / "local.jsonl"), scorer=scorer)
    return data, folder / "local.jsonl", Path(summary.rejects)


def test_cluster_run_writes_the_bytes_of_a_local_run(tmp_path, cluster, linked_archive, scorer):
    from crimeaudit.distributed import run_distributed
    data, local, local_rejects = linked_archive
    out = tmp_path / "dask.jsonl"
    seen = []
    summary = run_distributed([str(data)], str(out), scorer=scorer, client=cluster[1],
                              blocksize=8_000, progress=lambda d, t: seen.append((d, t)))
    assert out.read_bytes() == local.read_bytes()
    assert Path(summary.rejects).read_bytes() == local_rejects.read_bytes()
    assert summary.read == 240 and summary.rejected == 4 and summary.jobs == 2
    assert len(seen) > 10 and seen[-1] == (240, 240)       # many blocks, written in order
    linked = [json.loads(line)["linked_incidents"] for line in out.read_text().splitlines()]
    assert sum(bool(x) for x in linked) == 236               # series linked across blocks


def test_cluster_run_resumes_a_local_run(tmp_path, cluster, linked_archive, scorer, monkeypatch):
    from crimeaudit import batch
    from crimeaudit.distributed import run_distributed
    data, local, _ = linked_archive
    out = tmp_path / "o.jsonl"
    real, calls = batch.score_items, {"n": 0}

    def crash(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 2:
            raise KeyboardInterrupt
        return real(*args, **kwargs)
    monkeypatch.setattr(batch, "score_items", crash)
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(data)], str(out), scorer=scorer, chunk_size=70)
    monkeypatch.undo()
    summary = run_distributed([str(data)], str(out), scorer=scorer, client=cluster[1],
                              blocksize=8_000, resume=True)
    assert summary.resumed_from == 140
    assert out.read_bytes() == local.read_bytes()


def test_score_bag_links_across_partitions(cluster, tiny_records, tiny_model):
    import dask.bag as db
    from crimeaudit.distributed import score_bag
    records = [*tiny_records[:50], {"incident_id": "BAD"}, json.dumps(tiny_records[50])]
    bag = db.from_sequence(records, npartitions=5)
    results = score_bag(bag, tiny_model).compute()
    incidents = [incident_from_mapping(r) for r in tiny_records[:51]]
    expected = Scorer(tiny_model).assess(incidents, link_incidents(incidents))
    assert [r for r in results if isinstance(r, Assessment)] == expected
    (rejected,) = [r for r in results if isinstance(r, Rejected)]
    assert rejected.line == 51 and "field transcript" in rejected.reason
    assert sum(bool(a.linked_incidents) for a in expected) == 22   # T-0000..10 with T-0040..50


def test_cli_scheduler_option(tmp_path, cluster, linked_archive, tiny_model_dir):
    from typer.testing import CliRunner

    from crimeaudit.cli import app
    data, local, _ = linked_archive
    out = tmp_path / "cli.jsonl"
    result = CliRunner().invoke(app, ["batch", str(data), "-o", str(out), "--model",
                                      str(tiny_model_dir), "--scheduler",
                                      cluster[0].scheduler_address])
    assert result.exit_code == 3, result.output            # some records rejected
    assert out.read_bytes() == local.read_bytes()


def test_stdin_is_refused(tmp_path, scorer):
    from crimeaudit.distributed import run_distributed
    from crimeaudit.errors import UsageError
    with pytest.raises(UsageError, match="not -"):
        run_distributed(["-"], str(tmp_path / "o.jsonl"), scorer=scorer, scheduler="tcp://x:1")
