"""Retraining from audited outcomes (retraining.py, scripts/retrain.py): the merge policy,
promotion, refusal of a regressing candidate, --force on the record, rollback, reproducibility.

Everything is tiny invented data in tmp_path: generated corpus = the shared tiny data (T-*), an
archive of other invented incidents (A-*) that the outcomes refer to, an evaluation set (E-*).
"""
from __future__ import annotations

import importlib.util
import json
import random
import shutil
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from conftest import make_incident, write_jsonl
from crimeaudit.cli import app
from crimeaudit.errors import InputError, RecordError, UsageError
from crimeaudit.io import iter_records
from crimeaudit.outcomes import read_outcomes, write_outcomes
from crimeaudit.persist import CURRENT_POINTER, MANIFEST, load_model
from crimeaudit.records import Labels
from crimeaudit.registry import Registry, read_eval_set
from crimeaudit.retraining import (INVALID_IN_ARCHIVE, NO_CONTINUATION, NOT_IN_ARCHIVES,
                                   check_no_overlap, merge_training_data, retrain)
from crimeaudit.scoring import analyse
from crimeaudit.training import train_on

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


def invented(prefix: str, n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = [make_incident(i, rng) for i in range(n)]
    for record in records:
        record["incident_id"] = f"{prefix}-{record['incident_id']}"
    return records


def verdicts(records, *, wrong: bool = False, continuation: bool = True) -> list[dict]:
    """Outcomes agreeing with the records' labels (or, `wrong`, contradicting them)."""
    return [{"incident_id": r["incident_id"],
             "verdict": "should-be-crimed" if r["labels"]["should_crime"] != wrong
             else "confirmed-no-crime",
             "continuation": (r["labels"]["continuation"] != wrong) if continuation else None,
             "reviewer": "Test Reviewer", "reviewed_at": "2024-05-01T10:00:00Z"}
            for r in records]


@pytest.fixture(scope="module")
def files(tmp_path_factory, tiny_data) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("retrain")
    archive = invented("A", 120, 11)
    paths = {"generated": tiny_data, "archive": write_jsonl(folder / "archive.jsonl", archive),
             "eval": write_jsonl(folder / "eval.jsonl", invented("E", 80, 13))}
    for name, outcomes in (("first", verdicts(archive[:60])), ("good", verdicts(archive)),
                           ("bad", verdicts(archive, wrong=True))):
        paths[name] = folder / f"{name}.jsonl"
        write_outcomes(paths[name], outcomes)
    return {name: str(path) for name, path in paths.items()}


def run(registry: Registry, files: dict, outcomes: str, **options):
    return retrain(registry, generated=[files["generated"]], archives=[files["archive"]],
                   outcomes=[files[outcomes]], eval_paths=[files["eval"]], **options)


@pytest.fixture(scope="module")
def scenario(tmp_path_factory, files):
    """An empty registry, then three retrains: first outcomes, good outcomes, wrong outcomes."""
    registry = Registry(tmp_path_factory.mktemp("registry") / "models")
    results = {name: run(registry, files, name) for name in ("first", "good", "bad")}
    return registry, results


@pytest.fixture()
def registry_copy(tmp_path, scenario) -> Registry:
    return Registry(shutil.copytree(scenario[0].root, tmp_path / "models"))


# ---- the merge policy (no training)

def test_outcomes_become_weighted_labels(files):
    data, summary = merge_training_data([files["generated"]], [files["archive"]], [files["good"]],
                                        real_weight=5)
    archive = {i.incident_id: i for i in iter_records([files["archive"]])}
    audited = [i for i in data.incidents if i.incident_id.startswith("A-")]
    assert len(audited) == summary.audited == 120 and summary.generated == 240
    assert all(i.labels == archive[i.incident_id].labels for i in audited)  # outcomes agree
    assert list(data.weights).count(5.0) == 120 and list(data.weights).count(1.0) == 240
    assert data.details["inputs"][0]["role"] == "generated"
    assert data.details["audited_records"] == 120


def test_hand_written_records_join_with_their_own_weight_and_links(tmp_path, files):
    written = invented("H", 30, 17)
    written[0]["incident_id"] = "A-T-0000"        # an audited incident replaces this copy
    path = str(write_jsonl(tmp_path / "handwritten.jsonl", written))
    data, summary = merge_training_data([files["generated"]], [files["archive"]], [files["good"]],
                                        real_weight=5, handwritten=[path], handwritten_weight=10)
    kept = [i for i in data.incidents if i.incident_id.startswith("H-")]
    assert summary.handwritten == len(kept) == 29
    assert list(data.weights).count(10.0) == 29
    assert data.details["handwritten_records"] == 29 and data.details["handwritten_weight"] == 10
    assert "hand-written records: 29 used (weight 10 each)" in summary.as_text()
    assert {"role": "handwritten", "file": "handwritten.jsonl"}.items() <= \
        data.details["inputs"][1].items()
    for incident in kept:                         # linked only among themselves
        assert all(other.startswith("H-") for other in data.histories[incident.incident_id].linked)
    with pytest.raises(UsageError, match="positive"):
        merge_training_data([files["generated"]], [files["archive"]], [files["good"]],
                            handwritten=[path], handwritten_weight=0)


def test_wrong_verdicts_override_the_archive_labels(files):
    data, _ = merge_training_data([files["generated"]], [files["archive"]], [files["bad"]])
    archive = {i.incident_id: i for i in iter_records([files["archive"]])}
    for incident in (i for i in data.incidents if i.incident_id.startswith("A-")):
        truth = archive[incident.incident_id].labels
        assert incident.labels.should_crime != truth.should_crime
        assert incident.labels.continuation != truth.continuation


def test_missing_continuation_comes_from_the_incident_or_skips_it(tmp_path, files):
    archive = invented("A", 3, 11)
    del archive[2]["labels"]
    archive_path = write_jsonl(tmp_path / "archive.jsonl", archive + [{"incident_id": "A-BAD"}])
    outcomes = verdicts(archive[:2], continuation=False) + [
        {"incident_id": archive[2]["incident_id"], "verdict": "should-be-crimed"},
        {"incident_id": "A-BAD", "verdict": "should-be-crimed", "continuation": True},
        {"incident_id": "ELSEWHERE-1", "verdict": "should-be-crimed", "continuation": True},
        # a second review of the first incident: the last one counts
        {"incident_id": archive[0]["incident_id"], "verdict": "confirmed-no-crime",
         "continuation": None}]
    write_outcomes(tmp_path / "o.jsonl", outcomes)
    data, summary = merge_training_data([files["generated"]], [str(archive_path)],
                                        [str(tmp_path / "o.jsonl")])
    used = {i.incident_id: i.labels for i in data.incidents if i.incident_id.startswith("A-")}
    first, second = archive[0], archive[1]
    assert used == {  # continuation null in the outcome: the incident's own label
        first["incident_id"]: Labels(first["labels"]["continuation"], should_crime=False),
        second["incident_id"]: Labels(second["labels"]["continuation"],
                                      second["labels"]["should_crime"])}
    assert summary.skipped == {INVALID_IN_ARCHIVE: ["A-BAD"],
                               NO_CONTINUATION: [archive[2]["incident_id"]],
                               NOT_IN_ARCHIVES: ["ELSEWHERE-1"]}
    assert summary.superseded == 1 and summary.outcome_lines == 6
    assert "skipped 1 outcome(s), incident not in the archives given: ELSEWHERE-1" in summary.as_text()


def test_an_audited_incident_replaces_its_generated_copy(tmp_path, files, tiny_records):
    copy = dict(tiny_records[0])
    write_jsonl(tmp_path / "archive.jsonl", [copy])
    write_outcomes(tmp_path / "o.jsonl", verdicts([copy], wrong=True))
    data, summary = merge_training_data([files["generated"]], [str(tmp_path / "archive.jsonl")],
                                        [str(tmp_path / "o.jsonl")])
    mine = [i for i in data.incidents if i.incident_id == copy["incident_id"]]
    assert summary.replaced == 1 and len(mine) == 1
    assert mine[0].labels.should_crime != copy["labels"]["should_crime"]
    assert len(data.incidents) == len(tiny_records)


def test_history_is_linked_within_the_archive_never_to_generated_records(tmp_path, files,
                                                                         tiny_records):
    # Same victim and suspect names as generated record T-0000, and as each other.
    parties = tiny_records[0]["parties"]
    archive = [dict(r, parties=parties) for r in invented("A", 2, 5)]
    write_jsonl(tmp_path / "archive.jsonl", archive)
    write_outcomes(tmp_path / "o.jsonl", verdicts(archive[1:]))
    data, _ = merge_training_data([files["generated"]], [str(tmp_path / "archive.jsonl")],
                                  [str(tmp_path / "o.jsonl")])
    assert data.histories[archive[1]["incident_id"]].linked == (archive[0]["incident_id"],)


def test_outcomes_that_match_nothing_stop_the_run(tmp_path, files):
    write_outcomes(tmp_path / "o.jsonl", [{"incident_id": "NOWHERE", "verdict": "should-be-crimed"}])
    with pytest.raises(InputError, match="Did you pass the archive"):
        merge_training_data([files["generated"]], [files["archive"]], [str(tmp_path / "o.jsonl")])


def test_an_invalid_outcome_line_names_file_line_id_and_field(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_text('{"incident_id": "A-1", "verdict": "should-be-crimed"}\n'
                    '{"incident_id": "A-2", "verdict": "maybe"}\n')
    with pytest.raises(RecordError, match=r"o\.jsonl:2: incident A-2: field verdict: expected one "
                                          r"of confirmed-no-crime, should-be-crimed"):
        list(read_outcomes(path))


def test_an_evaluation_set_that_overlaps_the_training_data_is_refused(files):
    data, _ = merge_training_data([files["generated"]], [files["archive"]], [files["good"]])
    with pytest.raises(InputError, match=r"shares 120 incident\(s\) with the training data"):
        check_no_overlap(data, read_eval_set([files["archive"]]))


def test_the_merged_hash_is_stable_and_covers_the_weights(files):
    args = ([files["generated"]], [files["archive"]], [files["good"]])
    first, again = merge_training_data(*args)[0], merge_training_data(*args)[0]
    assert first.sha256 == again.sha256
    assert merge_training_data(*args, real_weight=2)[0].sha256 != first.sha256


@pytest.mark.parametrize("options, message", [
    ({"force": True}, "--force needs a reason"), ({"tolerance": 2.0}, "--tolerance must be in"),
    ({"real_weight": 0}, "--real-weight must be positive")])
def test_bad_options_stop_before_training(tmp_path, files, options, message):
    with pytest.raises(UsageError, match=message):
        run(Registry(tmp_path / "models"), files, "good", **options)
    assert not (tmp_path / "models").exists()


# ---- promotion, refusal, force, rollback (trained once per module)

def test_the_first_model_is_promoted_without_a_comparison(scenario):
    registry, results = scenario
    first = results["first"]
    assert first.promoted and first.comparison.current is None
    assert first.event.previous is None
    assert registry.history()[0].model == first.candidate.model_id


def test_a_candidate_that_does_not_regress_is_promoted(scenario):
    registry, results = scenario
    good = results["good"]
    assert good.promoted and good.comparison.passes
    assert good.event.previous == results["first"].candidate.model_id
    assert good.comparison.current_id == results["first"].candidate.model_id
    assert registry.current_id() == good.candidate.model_id


def test_a_regressing_candidate_is_refused_but_kept(scenario):
    registry, results = scenario
    bad = results["bad"]
    assert not bad.promoted and bad.event.action == "refuse"
    c = bad.comparison
    assert c.candidate["flag_recall"] < c.current["flag_recall"] - c.tolerance
    assert registry.current_id() == results["good"].candidate.model_id
    assert registry.status(bad.candidate.model_id) == "refused"
    manifest = json.loads((bad.candidate.path / MANIFEST).read_text())
    assert manifest["metrics"]["evaluation"]["flag"]["recall"] == c.candidate["flag_recall"]
    assert manifest["training_data"]["audited_records"] == 120
    assert not (registry.root / ".staging").exists()


def test_force_promotes_a_refused_candidate_on_the_record(registry_copy, scenario, files):
    refused = scenario[1]["bad"].candidate.model_id
    args = ["models", "promote", refused, "--eval", files["eval"],
            "--models-dir", str(registry_copy.root)]
    again = runner.invoke(app, args)
    assert again.exit_code == 1 and "rule: FAILS" in again.stdout
    assert "NOT promoted" in again.stderr
    forced = runner.invoke(app, args + ["--force", "--note", "reviewed by the lead"])
    assert forced.exit_code == 0, forced.output
    assert "FORCED past the rule" in forced.stderr
    assert registry_copy.current_id() == refused
    event = registry_copy.history()[-1]
    assert event.forced and event.note == "reviewed by the lead"
    assert event.comparison["passes"] is False


def test_rollback_is_one_command(registry_copy, scenario):
    result = runner.invoke(app, ["models", "rollback", "--models-dir", str(registry_copy.root)])
    assert result.exit_code == 0, result.output
    assert registry_copy.current_id() == scenario[1]["first"].candidate.model_id
    assert (registry_copy.root / CURRENT_POINTER).read_text().strip() == registry_copy.current_id()


# ---- reproducibility

def test_same_data_seed_and_code_give_the_same_model(tmp_path, files):
    data, _ = merge_training_data([files["generated"]], [files["archive"]], [files["good"]])
    one = train_on(data, tmp_path / "one", seed=3)
    two = train_on(data, tmp_path / "two", seed=3)
    evaluation = analyse(list(iter_records([files["eval"]])))
    p_one = load_model(tmp_path / "one").estimator.predict_proba(evaluation)
    p_two = load_model(tmp_path / "two").estimator.predict_proba(evaluation)
    assert np.array_equal(p_one, p_two)
    assert one.model_id == two.model_id and one.thresholds == two.thresholds
    assert one.manifest["training_data"]["sha256"] == two.manifest["training_data"]["sha256"]


# ---- the script (what data staff run)

def load_script():
    spec = importlib.util.spec_from_file_location("retrain_script", REPO / "scripts" / "retrain.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_script_refuses_a_regressing_candidate_with_exit_1(registry_copy, scenario, files):
    script = load_script()
    result = runner.invoke(script.app, [
        "--outcomes", files["bad"], "--archive", files["archive"], "--eval", files["eval"],
        "--generated", files["generated"], "--models-dir", str(registry_copy.root)])
    assert result.exit_code == 1, result.output
    assert "flag recall (the gate)" in result.stdout and "NOT promoted" in result.stderr
    # the same data and seed again: a new id, never an overwrite; identical predictions
    again = scenario[1]["bad"].candidate.model_id + "-2"
    assert registry_copy.status(again) == "refused"
    evaluation = analyse(list(iter_records([files["eval"]])))
    assert np.array_equal(registry_copy.load(again).estimator.predict_proba(evaluation),
                          scenario[0].load(scenario[1]["bad"].candidate.model_id)
                          .estimator.predict_proba(evaluation))


def test_script_explains_a_missing_generated_corpus(tmp_path, files, monkeypatch):
    script = load_script()
    monkeypatch.setattr(script, "DEFAULT_GENERATED", tmp_path / "train.jsonl")
    result = runner.invoke(script.app, ["--outcomes", files["good"], "--archive", files["archive"],
                                        "--eval", files["eval"],
                                        "--models-dir", str(tmp_path / "models")])
    assert result.exit_code == 2 and "generated corpus" in result.stderr
