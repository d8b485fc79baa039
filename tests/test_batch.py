"""Batch scoring (batch.py): streaming, parallel, deterministic, resumable, linked."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import make_incident, write_jsonl

from crimeaudit import batch
from crimeaudit.batch import checkpoint_path, run_batch
from crimeaudit.errors import UsageError
from crimeaudit.io import read_assessments
from crimeaudit.scoring import Scorer

BROKEN = [b'{"incident_id": "BAD-1", "transcript": 3, "notes": ""}', b"not json at all"]


def archive(path: Path, n: int, seed: int = 1, broken_every: int = 0, pairs: int = 40) -> Path:
    """n invented incidents as JSON Lines, between `pairs` victim-suspect pairs; every
    `broken_every`-th line breaks the contract."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        if broken_every and i % broken_every == broken_every - 1:
            lines.append(BROKEN[i % 2])
            continue
        record = make_incident(i, rng)
        record["parties"][0]["name"] = f"Vic Tim{i % pairs}"
        record["parties"][1]["name"] = f"Sus Pect{i % pairs}"
        lines.append(json.dumps(record).encode())
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.fixture(scope="module")
def scorer(tiny_model):
    return Scorer(tiny_model)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    return archive(tmp_path_factory.mktemp("batch") / "mixed.jsonl", 300, broken_every=37)


@pytest.fixture(scope="module")
def reference(tmp_path_factory, mixed, scorer):
    """An uninterrupted one-job run of `mixed`: the bytes every other run must reproduce."""
    out = tmp_path_factory.mktemp("reference") / "out.jsonl"
    summary = run_batch([str(mixed)], str(out), scorer=scorer, chunk_size=64)
    return out, Path(summary.rejects), summary


def test_every_record_is_scored_or_rejected(mixed, reference):
    out, rejects, summary = reference
    lines_in = mixed.read_bytes().count(b"\n")
    scored = list(read_assessments(str(out)))
    rejected = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert len(scored) + len(rejected) == lines_in == summary.read
    assert (summary.scored, summary.rejected) == (len(scored), len(rejected)) == (292, 8)
    assert {r["raw"].encode() for r in rejected} == set(BROKEN)   # kept whole and unchanged
    assert rejected[0]["line"] == 37 and not out.with_name(out.name + ".checkpoint.json").exists()


def test_output_is_the_same_whatever_jobs_and_chunks(tmp_path, mixed, reference, scorer):
    out, rejects, _ = reference
    two = tmp_path / "two.jsonl"
    summary = run_batch([str(mixed)], str(two), scorer=scorer, jobs=2, chunk_size=17)
    assert summary.jobs == 2
    assert two.read_bytes() == out.read_bytes()
    assert Path(summary.rejects).read_bytes() == rejects.read_bytes()


def test_chunks_taper_towards_the_end_for_parallel_runs():
    """With 2 jobs the last chunks shrink so the workers finish together; every record is in
    exactly one chunk, in order, whatever the archive's (estimated) size."""
    for total in (0, 5, 1000, 10_000, None):
        n = total or 700
        for estimate in (total, None if total is None else total - 1):
            chunks = list(batch.chunked(range(n), batch.tapered(256, 2, lambda: estimate)))
            assert [p for chunk in chunks for p, _ in chunk] == list(range(n))
            assert all(p == r for chunk in chunks for p, r in chunk)
    sizes = [len(c) for c in batch.chunked(range(10_000), batch.tapered(256, 2, lambda: 10_000))]
    assert sizes[0] == 256 and max(sizes[-6:]) <= 26 and sizes == sorted(sizes, reverse=True)
    assert {len(c) for c in batch.chunked(range(1000), batch.tapered(256, 1, lambda: 1000))
            } == {256, 1000 - 3 * 256}


@pytest.mark.parametrize("records", [0, 1, 40])
def test_two_jobs_on_archives_smaller_than_the_chunks_in_flight(tmp_path, scorer, records):
    """Forked workers wait for the link index, which is built once the first chunks are out:
    an archive with fewer chunks than are kept in flight must still finish, and the same."""
    data = archive(tmp_path / "small.jsonl", records, pairs=3)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([str(data)], str(one), scorer=scorer, chunk_size=16)
    summary = run_batch([str(data)], str(two), scorer=scorer, jobs=2, chunk_size=16)
    assert summary.read == records and two.read_bytes() == one.read_bytes()
    if records == 40:
        assert any(a["linked_incidents"] for a in read_assessments(str(two)))


def test_csv_output_matches_jsonl(tmp_path, mixed, reference, scorer):
    out, _, _ = reference
    run_batch([str(mixed)], str(tmp_path / "o.csv"), scorer=scorer, chunk_size=50)
    assert list(read_assessments(str(tmp_path / "o.csv"))) == list(read_assessments(str(out)))


def test_a_later_call_is_linked_to_earlier_incidents_it_never_mentions(tmp_path, scorer):
    parties = [{"role": "victim", "name": "Jo Marsh", "phone": "07700 900555", "ref": None},
               {"role": "suspect", "name": "Lee Kent", "phone": None, "ref": "P7654321"}]
    earlier = {"incident_id": "E-1", "reported_at": "2024-01-02T09:00:00Z", "decision": "crimed",
               "transcript": "CALLER: He punched me in the face.", "notes": "Crimed as assault.",
               "parties": parties}
    later = {"incident_id": "L-1", "reported_at": "2024-03-02T09:00:00Z", "decision": "non-crime",
             "transcript": "CALL HANDLER: What happened?\nCALLER: He threatened to kill me.",
             "notes": "First offence, words only. NFA.",
             "parties": [{**parties[0], "phone": "+44 7700 900555"},
                         {**parties[1], "name": "LEE KENT"}]}
    other = {**later, "incident_id": "O-1", "parties": [{"role": "victim", "name": "Ann Other"},
                                                        parties[1]]}
    path = write_jsonl(tmp_path / "a.jsonl", [later, other, earlier])   # not in time order
    run_batch([str(path)], str(tmp_path / "linked.jsonl"), scorer=scorer)
    run_batch([str(path)], str(tmp_path / "alone.jsonl"), scorer=scorer, link=False)
    linked = {a["incident_id"]: a for a in read_assessments(str(tmp_path / "linked.jsonl"))}
    alone = {a["incident_id"]: a for a in read_assessments(str(tmp_path / "alone.jsonl"))}
    assert linked["L-1"]["linked_incidents"] == ["E-1"]
    assert linked["E-1"]["linked_incidents"] == ["L-1"]
    assert linked["O-1"]["linked_incidents"] == []        # another victim
    codes = {r["code"] for r in linked["L-1"]["reasons"]}
    assert {"linked-history", "continuation-missed", "first-offence-rationale"} <= codes
    assert linked["L-1"]["flag"]
    assert alone["L-1"]["linked_incidents"] == [] and not {"linked-history"} & {
        r["code"] for r in alone["L-1"]["reasons"]}


def test_progress_reports_every_chunk(tmp_path, mixed, scorer):
    seen = []
    run_batch([str(mixed)], str(tmp_path / "o.jsonl"), scorer=scorer, chunk_size=100,
              progress=lambda done, total: seen.append((done, total)))
    assert seen == [(0, 300), (100, 300), (200, 300), (300, 300)]


class Crash(Exception):
    pass


def crash_after(monkeypatch, chunks: int) -> None:
    real = batch.score_items
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] > chunks:
            raise Crash()
        return real(*args, **kwargs)
    monkeypatch.setattr(batch, "score_items", flaky)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_resume_after_a_crash_gives_the_same_bytes(tmp_path, monkeypatch, mixed, scorer, suffix):
    expected = tmp_path / f"expected{suffix}"
    run_batch([str(mixed)], str(expected), scorer=scorer)
    out = tmp_path / f"out{suffix}"
    crash_after(monkeypatch, 3)
    with pytest.raises(Crash):
        run_batch([str(mixed)], str(out), scorer=scorer, chunk_size=40)
    state = json.loads(Path(checkpoint_path(str(out))).read_text())
    assert state["records"] == 120
    with open(out, "ab") as handle:                 # a half-written line after the checkpoint
        handle.write(b'{"incident_id": "T-01')
    monkeypatch.undo()
    summary = run_batch([str(mixed)], str(out), scorer=scorer, chunk_size=64, resume=True)
    assert summary.resumed_from == 120 and summary.read == 300
    assert out.read_bytes() == expected.read_bytes()
    assert Path(summary.rejects).read_bytes() == Path(batch.default_rejects_path(str(expected))).read_bytes()
    assert not Path(checkpoint_path(str(out))).exists()


def test_resume_refuses_a_changed_input_or_model(tmp_path, monkeypatch, mixed, scorer):
    data = tmp_path / "a.jsonl"
    data.write_bytes(mixed.read_bytes())
    out = tmp_path / "o.jsonl"
    crash_after(monkeypatch, 1)
    with pytest.raises(Crash):
        run_batch([str(data)], str(out), scorer=scorer, chunk_size=40)
    monkeypatch.undo()
    with open(data, "ab") as handle:
        handle.write(json.dumps(make_incident(999, random.Random(0))).encode() + b"\n")
    with pytest.raises(UsageError, match="cannot resume: inputs differ"):
        run_batch([str(data)], str(out), scorer=scorer, resume=True)
    data.write_bytes(mixed.read_bytes())
    state = json.loads(Path(checkpoint_path(str(out))).read_text())
    state["fingerprint"]["model_sha256"] = "0" * 64
    Path(checkpoint_path(str(out))).write_text(json.dumps(state))
    with pytest.raises(UsageError, match="cannot resume: model_sha256 differ"):
        run_batch([str(data)], str(out), scorer=scorer, resume=True)
    with pytest.raises(UsageError, match="not -"):
        run_batch(["-"], str(out), scorer=scorer, resume=True)


def test_resume_without_a_checkpoint_starts_afresh(tmp_path, mixed, reference, scorer):
    out = tmp_path / "o.jsonl"
    out.write_text("stale\n")
    summary = run_batch([str(mixed)], str(out), scorer=scorer, resume=True)
    assert summary.resumed_from == 0 and out.read_bytes() == reference[0].read_bytes()


def test_a_fresh_run_discards_a_stale_checkpoint(tmp_path, monkeypatch, mixed, reference, scorer):
    out = tmp_path / "o.jsonl"
    crash_after(monkeypatch, 1)
    with pytest.raises(Crash):
        run_batch([str(mixed)], str(out), scorer=scorer, chunk_size=40)
    monkeypatch.undo()
    crash_after(monkeypatch, 0)
    with pytest.raises(Crash):                       # a fresh run dies before its first chunk
        run_batch([str(mixed)], str(out), scorer=scorer)
    monkeypatch.undo()
    assert not Path(checkpoint_path(str(out))).exists()
    run_batch([str(mixed)], str(out), scorer=scorer, resume=True)
    assert out.read_bytes() == reference[0].read_bytes()


def test_strings_of_each_chunk_are_freed(monkeypatch, scorer):
    """After the seed records, spaCy forgets each chunk's words: memory does not grow with an
    archive's vocabulary (names, numbers, references)."""
    from crimeaudit.nlp import shared_pipeline
    from crimeaudit.records import Incident
    monkeypatch.setattr(batch, "_seen", batch.SEED_RECORDS)
    strings = shared_pipeline().vocab.strings
    batch.score_items(scorer, [(Incident("W", "CALLER: warm up", "x"), None)], "jsonl")
    before = len(strings)
    items = [(Incident(f"N{k}", f"CALLER: Zq{k}x{k}yy rang from 0{k}77 99{k}", f"Ref ZZ/{k}9/88"),
              None) for k in range(50)]
    lines = batch.score_items(scorer, items, "jsonl")
    assert len(lines) == 50 and len(strings) == before


def test_jobs_and_chunk_size_are_checked(tmp_path, mixed, scorer):
    with pytest.raises(UsageError, match="--jobs"):
        run_batch([str(mixed)], str(tmp_path / "o.jsonl"), scorer=scorer, jobs=-2)
    with pytest.raises(UsageError, match="--chunk-size"):
        run_batch([str(mixed)], str(tmp_path / "o.jsonl"), scorer=scorer, chunk_size=0)


@pytest.mark.slow
def test_kill_9_then_resume_gives_the_bytes_of_an_uninterrupted_run(tmp_path, tiny_model_dir):
    """A real `crimeaudit batch` process killed with SIGKILL mid-run, then resumed."""
    data = archive(tmp_path / "big.jsonl", 3000, seed=3, broken_every=211, pairs=1000)
    command = [sys.executable, "-m", "crimeaudit", "batch", str(data), "--model",
               str(tiny_model_dir), "--chunk-size", "50"]
    expected = tmp_path / "expected.jsonl"
    done = subprocess.run([*command, "-o", str(expected)], capture_output=True)
    assert done.returncode == 3, done.stderr.decode()      # some records were rejected
    out = tmp_path / "out.jsonl"
    checkpoint = Path(checkpoint_path(str(out)))
    # One job: worker processes of a SIGKILLed parent would be left behind by the test.
    victim = subprocess.Popen([*command, "-o", str(out)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        records = 0
        while records < 500 and time.monotonic() < deadline and victim.poll() is None:
            time.sleep(0.005)
            try:
                records = json.loads(checkpoint.read_text())["records"]
            except (OSError, ValueError, KeyError):
                pass
        os.kill(victim.pid, signal.SIGKILL)
    finally:
        victim.wait()
    assert victim.returncode == -signal.SIGKILL
    state = json.loads(checkpoint.read_text())
    assert 0 < state["records"] < 3000
    assert out.stat().st_size >= state["output_bytes"]
    resumed = subprocess.run([*command, "-o", str(out), "--resume", "--jobs", "2"],
                             capture_output=True)
    assert resumed.returncode == 3, resumed.stderr.decode()
    assert b"resumed" in resumed.stderr
    assert out.read_bytes() == expected.read_bytes()
    assert (tmp_path / "out.rejects.jsonl").read_bytes() == \
        (tmp_path / "expected.rejects.jsonl").read_bytes()
    assert not checkpoint.exists()
