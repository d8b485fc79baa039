"""Training data: files read, weighted and linked one by one (training.py, `train --weight`)."""
from __future__ import annotations

import json

import pytest

from conftest import write_jsonl
from crimeaudit.cli import app, parse_weights
from crimeaudit.errors import UsageError
from crimeaudit.training import data_hash, read_training_data
from typer.testing import CliRunner


@pytest.fixture()
def two_files(tmp_path, tiny_records):
    first = write_jsonl(tmp_path / "first.jsonl", tiny_records[:120])
    # The second file's incidents share parties with the first's but are other people.
    renamed = [{**r, "incident_id": "X" + r["incident_id"]} for r in tiny_records[120:]]
    second = write_jsonl(tmp_path / "second.jsonl", renamed)
    return str(first), str(second)


def test_weights_are_given_per_file_and_default_to_one(two_files):
    first, second = two_files
    data = read_training_data([first, second], {second: 3.0})
    assert len(data.incidents) == 240
    assert data.weights.tolist() == [1.0] * 120 + [3.0] * 120
    assert data.details["file_weights"] == {"first.jsonl": 1.0, "second.jsonl": 3.0}
    unweighted = read_training_data([first, second])
    assert unweighted.weights is None and "file_weights" not in unweighted.details


def test_the_weights_are_part_of_the_data_hash(two_files):
    first, second = two_files
    assert data_hash([first, second]) == data_hash([first, second], {second: 1.0})
    assert data_hash([first, second]) != data_hash([first, second], {second: 3.0})
    assert read_training_data([first, second], {second: 3.0}).sha256 != \
        read_training_data([first, second]).sha256


def test_each_file_is_linked_as_its_own_archive(two_files):
    first, second = two_files
    data = read_training_data([first, second])
    linked = {i: set(h.linked) for i, h in data.histories.items() if h.linked}
    assert linked, "the tiny records share parties within a file"
    for incident_id, others in linked.items():
        same_file = incident_id.startswith("X")
        assert all(other.startswith("X") == same_file for other in others)


def test_a_weight_for_a_file_not_trained_on_or_not_positive_is_refused(two_files):
    first, second = two_files
    with pytest.raises(UsageError, match="not among the training data"):
        read_training_data([first], {second: 2.0})
    with pytest.raises(UsageError, match="positive"):
        read_training_data([first, second], {second: 0.0})


def test_parse_weights_names_the_bad_option():
    assert parse_weights(["x=y.jsonl=2"]) == {"x=y.jsonl": 2.0}
    for bad in ("a.jsonl", "a.jsonl=lots", "=2"):
        with pytest.raises(UsageError, match="FILE=W"):
            parse_weights([bad])


def test_train_weight_option_is_recorded_in_the_manifest(tmp_path, two_files):
    first, second = two_files
    result = CliRunner().invoke(app, ["train", first, second, "--weight", f"{second}=2",
                                      "--output", str(tmp_path / "m")])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "m" / "manifest.json").read_text())
    assert manifest["training_data"]["file_weights"] == {"first.jsonl": 1.0, "second.jsonl": 2.0}
    bad = CliRunner().invoke(app, ["train", first, "--weight", "other.jsonl=2",
                                   "--output", str(tmp_path / "n")])
    assert bad.exit_code == 2 and "other.jsonl" in bad.output
