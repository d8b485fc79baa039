"""One smoke test per command, and the batch contract on a broken archive (cli.py)."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from crimeaudit.cli import app

runner = CliRunner()


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def broken_lines(good: dict) -> list[bytes]:
    """Each kind of broken record the contract must reject, one per line."""
    def dumps(record) -> bytes:
        return json.dumps(record).encode()
    no_id = {k: v for k, v in good.items() if k != "incident_id"}
    return [
        dumps(good)[:-20],                                            # truncated JSON
        dumps(no_id),                                                 # missing id
        dumps({**good, "incident_id": 17}),                           # id not a string
        dumps({**good, "incident_id": "B-4", "transcript": "", "notes": ""}),  # both texts empty
        dumps({**good, "incident_id": "B-5", "decision": "closed"}),  # unknown decision
        dumps({**good, "incident_id": "B-6"}).replace(b"CALL", b"C\xffLL", 1),  # invalid UTF-8
        dumps([good]),                                                # a JSON array
        dumps({**good, "incident_id": "B-8", "notes": ["NFA"]}),      # a list where text belongs
        dumps({**good, "incident_id": "B-9", "parties": [{"role": "boss"}]}),  # unknown role
    ]


@pytest.fixture()
def mixed_archive(tmp_path, tiny_records) -> tuple[Path, int, int]:
    good = tiny_records[:30]
    bad = broken_lines(tiny_records[0])
    lines = [json.dumps(r).encode() for r in good]
    for k, line in enumerate(bad):
        lines.insert(3 * k + 1, line)
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, len(good), len(bad)


def test_batch_scores_valid_rejects_broken_and_loses_nothing(
        tmp_path, mixed_archive, tiny_records, tiny_model_dir, assessment_schema):
    path, n_good, n_bad = mixed_archive
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    result = invoke("batch", str(path), "--output", str(out), "--rejects", str(rejects),
                    "--model", str(tiny_model_dir))
    assert result.exit_code == 3, result.output
    assessments = [json.loads(line) for line in out.read_text().splitlines()]
    rejected = [json.loads(line) for line in rejects.read_text().splitlines()]
    assert len(assessments) == n_good and len(rejected) == n_bad
    assert len(assessments) + len(rejected) == len(path.read_bytes().splitlines())
    by_id = {r["incident_id"]: r for r in tiny_records[:30]}
    for assessment in assessments:
        jsonschema.validate(assessment, assessment_schema)
        source = by_id[assessment["incident_id"]]
        for item in assessment["evidence"]:
            assert source[item["field"]][item["start"]:item["end"]] == item["text"]
    raw_lines = set(path.read_bytes().splitlines())
    for item in rejected:
        raw = item["raw"].encode() if item["raw"] is not None else base64.b64decode(item["raw_base64"])
        assert raw in raw_lines and item["reason"].startswith(str(path))
    assert "9 rejected" in result.stderr


def test_batch_exit_0_and_csv_output_when_all_valid(tmp_path, tiny_data, tiny_model_dir):
    out = tmp_path / "out.csv"
    result = invoke("batch", str(tiny_data), "-o", str(out), "--model", str(tiny_model_dir), "--no-link")
    assert result.exit_code == 0, result.output
    assert out.read_text().splitlines()[0].startswith("incident_id,decision,p_continuation")


def test_batch_links_incidents_sharing_parties(tmp_path, tiny_records, tiny_model_dir):
    from tests.conftest import write_jsonl
    records = [dict(r) for r in tiny_records[:2]]
    parties = [{"role": "victim", "name": "Cara Lind", "phone": "07700 900111", "ref": None},
               {"role": "suspect", "name": "Dan Holt", "phone": "+44 7700 900222", "ref": None}]
    for record in records:
        record["parties"] = parties
    path = write_jsonl(tmp_path / "pair.jsonl", records)
    out = tmp_path / "out.jsonl"
    assert invoke("batch", str(path), "-o", str(out), "--model", str(tiny_model_dir)).exit_code == 0
    first, second = (json.loads(line) for line in out.read_text().splitlines())
    assert first["linked_incidents"] == [records[1]["incident_id"]]
    assert second["linked_incidents"] == [records[0]["incident_id"]]


def test_score_prints_a_readable_verdict(tmp_path, tiny_records, tiny_model_dir):
    path = tmp_path / "one.json"
    path.write_text(json.dumps(tiny_records[0], indent=2))
    result = invoke("score", str(path), "--model", str(tiny_model_dir))
    assert result.exit_code == 0, result.output
    assert "p(should be recorded as a crime)" in result.stdout
    assert tiny_records[0]["incident_id"] in result.stdout


def test_score_json_prints_exactly_one_assessment(tiny_records, tiny_model_dir, assessment_schema):
    result = invoke("score", "-", "--json", "--model", str(tiny_model_dir),
                    input=json.dumps(tiny_records[1]))
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    jsonschema.validate(json.loads(line), assessment_schema)


def test_score_broken_incident_names_the_field(tiny_model_dir):
    result = invoke("score", "-", "--model", str(tiny_model_dir),
                    input=json.dumps({"incident_id": "Z", "transcript": 3, "notes": ""}))
    assert result.exit_code == 1
    assert "field transcript: expected a string, found number 3" in result.stderr


def test_missing_model_exits_1(tmp_path, tiny_data):
    result = invoke("batch", str(tiny_data), "-o", str(tmp_path / "o.jsonl"),
                    "--model", str(tmp_path / "missing"))
    assert result.exit_code == 1 and "no such model folder" in result.stderr


def test_wrong_usage_exits_2(tmp_path, tiny_model_dir):
    result = invoke("batch", "archive.txt", "-o", str(tmp_path / "o.jsonl"),
                    "--model", str(tiny_model_dir))
    assert result.exit_code == 2 and "suffix" in result.stderr
    assert invoke("batch").exit_code == 2


def test_validate_reports_every_problem(mixed_archive):
    path, n_good, n_bad = mixed_archive
    result = invoke("validate", str(path))
    assert result.exit_code == 3
    assert len(result.stdout.strip().splitlines()) == n_bad
    assert f"{n_good + n_bad} records checked: {n_good} valid, {n_bad} with problems" in result.stderr


def test_train_and_evaluate(tmp_path, tiny_data):
    model_dir = tmp_path / "m"
    result = invoke("train", str(tiny_data), "--output", str(model_dir), "--seed", "3")
    assert result.exit_code == 0, result.output
    assert (model_dir / "manifest.json").is_file()
    result = invoke("evaluate", str(tiny_data), "--model", str(model_dir), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["n"] == 240 and report["targets"]["should_crime"]["roc_auc"] > 0.9
    text = invoke("evaluate", str(tiny_data), "--model", str(model_dir))
    assert "flag on" in text.stdout and "reliability" in text.stdout


def test_version_and_module_entry_point():
    import subprocess
    import sys
    result = subprocess.run([sys.executable, "-m", "crimeaudit", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.startswith("crimeaudit ")
