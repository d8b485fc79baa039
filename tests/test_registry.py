"""The model registry (registry.py): listing, the promotion rule, the pointer, history, rollback.

Registries live in tmp_path, built from copies of the tiny model; the real models/ is never
touched. Comparisons are built by hand here (the rule is pure); test_retrain.py measures real ones.
"""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from crimeaudit.cli import app
from crimeaudit.errors import ModelError, UsageError
from crimeaudit.persist import ARTIFACT, CURRENT_POINTER, MANIFEST
from crimeaudit.registry import (DEFAULT_TOLERANCE, HISTORY, LOCK, Comparison, Registry,
                                 describe_models, format_comparison, format_listing,
                                 passes_tolerance)

runner = CliRunner()


def add_model(root, tiny_model_dir, model_id: str, created: str = "2024-01-01T00:00:00Z"):
    """A copy of the tiny model registered under `model_id`."""
    folder = shutil.copytree(tiny_model_dir, root / model_id)
    manifest = json.loads((folder / MANIFEST).read_text())
    manifest.update(model_id=model_id, created=created)
    (folder / MANIFEST).write_text(json.dumps(manifest))
    return folder


def figures(recall: float) -> dict:
    return {"flag_recall": recall, "flag_precision": 0.8, "workload": 0.5, "wrong_decisions": 50,
            "missed": round(50 * (1 - recall)), "false_alarms": 3, "should_crime_roc_auc": 0.9,
            "should_crime_ece": 0.05, "continuation_f1": 0.8, "continuation_roc_auc": 0.9}


def comparison(candidate: str, current: str | None, new: float, old: float | None,
               tolerance: float = DEFAULT_TOLERANCE) -> Comparison:
    return Comparison(eval_set={"files": ["eval.jsonl"], "sha256": "ab" * 32, "records": 90},
                      candidate_id=candidate, candidate=figures(new), current_id=current,
                      current=None if old is None else figures(old), tolerance=tolerance)


@pytest.fixture()
def registry(tmp_path, tiny_model_dir) -> Registry:
    """The shipped layout: three model folders and CURRENT naming A, no history yet."""
    root = tmp_path / "models"
    root.mkdir()
    for n, model_id in enumerate(("A", "B", "C")):
        add_model(root, tiny_model_dir, model_id, f"2024-01-0{n + 1}T00:00:00Z")
    (root / CURRENT_POINTER).write_text("A\n")
    return Registry(root)


def test_the_shipped_layout_is_a_registry(registry):
    assert registry.current_id() == "A"
    assert registry.history() == []
    models = describe_models(registry)
    assert [m["model_id"] for m in models] == ["A", "B", "C"]
    assert [m["status"] for m in models] == ["current", "registered", "registered"]
    assert models[0]["heldout_flag_recall"] is not None and len(models[0]["data_sha256"]) == 64
    table = format_listing(registry)
    assert table.splitlines()[1].startswith("*  A ")


def test_an_empty_or_missing_folder_lists_nothing(tmp_path):
    assert Registry(tmp_path / "none").models() == []
    assert "no models" in format_listing(Registry(tmp_path / "none"))


def test_a_folder_with_a_broken_manifest_is_listed_with_why(registry):
    (registry.root / "B" / MANIFEST).write_text("{not json")
    status = {m["model_id"]: m["status"] for m in describe_models(registry)}
    assert status["B"].startswith("broken:") and "not valid JSON" in status["B"]


def test_unknown_and_unsafe_ids_are_refused(registry):
    with pytest.raises(ModelError, match=r"no model 'Z' .*registered: A, B, C"):
        registry.get("Z")
    with pytest.raises(UsageError, match="not a model id"):
        registry.get("../A")


@pytest.mark.parametrize("new, old, passes", [
    (0.90, 0.90, True), (0.95, 0.90, True), (0.88, 0.90, True),  # exactly the tolerance is fine
    (0.879, 0.90, False), (0.0, None, True)])
def test_promotion_rule(new, old, passes):
    assert passes_tolerance(new, old, 0.02) is passes
    assert comparison("B", "A" if old is not None else None, new, old).passes is passes


@pytest.mark.parametrize("workload, passes", [(0.60, True), (0.61, False), (1.0, False)])
def test_a_candidate_cannot_pass_by_flagging_everything(workload, passes):
    # the same recall; the current model flags 0.50 of the not-recorded decisions
    flag_all = comparison("B", "A", 0.91, 0.91)
    flag_all.candidate["workload"] = workload
    assert flag_all.passes is passes and flag_all.recall_holds
    text = format_comparison(flag_all)
    assert ("PASSES" if passes else "FAILS") in text
    assert ("review workload would rise" in text) is not passes


def test_promotion_moves_the_pointer_and_records_why(registry):
    event = registry.promote(comparison("B", "A", 0.93, 0.91), note="April outcomes")
    assert event.action == "promote" and event.previous == "A" and not event.forced
    assert (registry.root / CURRENT_POINTER).read_text() == "B\n"
    assert sorted(p.name for p in registry.root.iterdir()) == ["A", "B", "C", CURRENT_POINTER,
                                                                HISTORY]  # no temp files left
    [logged] = registry.history()
    assert logged == event and logged.comparison["passes"] is True
    assert logged.comparison["candidate"]["flag_recall"] == 0.93
    assert registry.status("A") == "retired"


def test_a_regressing_candidate_is_refused_and_recorded(registry):
    event = registry.promote(comparison("B", "A", 0.80, 0.91))
    assert event.action == "refuse"
    assert registry.current_id() == "A"
    assert registry.status("B") == "refused"
    assert registry.history()[-1].comparison["passes"] is False
    assert "FAILS" in format_comparison(comparison("B", "A", 0.80, 0.91))


def test_force_needs_a_reason_and_is_recorded(registry):
    with pytest.raises(UsageError, match="--force needs a reason"):
        registry.promote(comparison("B", "A", 0.80, 0.91), force=True)
    assert registry.current_id() == "A" and registry.history() == []
    event = registry.promote(comparison("B", "A", 0.80, 0.91), force=True,
                             note="new unit's decisions; recall drop reviewed by the lead")
    assert event.action == "promote" and event.forced
    assert registry.current_id() == "B"
    logged = registry.history()[-1]
    assert logged.forced and logged.note.startswith("new unit") and not logged.comparison["passes"]


def test_a_stale_comparison_is_refused(registry):
    registry.promote(comparison("B", "A", 0.92, 0.91))
    with pytest.raises(ModelError, match="current model changed from A to B"):
        registry.promote(comparison("C", "A", 0.95, 0.91))
    assert registry.current_id() == "B"


def test_a_tampered_candidate_is_never_made_current(registry):
    artifact = registry.root / "B" / ARTIFACT
    artifact.write_bytes(artifact.read_bytes()[:-1])
    with pytest.raises(ModelError, match="modified or truncated"):
        registry.promote(comparison("B", "A", 0.95, 0.91))
    assert registry.current_id() == "A" and registry.history() == []


def test_rollback_walks_back_along_promotions(registry):
    registry.promote(comparison("B", "A", 0.92, 0.91))
    registry.promote(comparison("C", "B", 0.93, 0.92))
    assert registry.rollback().model == "B"
    assert registry.rollback(note="back to the shipped model").model == "A"  # not C again
    with pytest.raises(ModelError, match="records no model before A; name the one"):
        registry.rollback()
    actions = [(e.action, e.model, e.previous) for e in registry.history()]
    assert actions == [("promote", "B", "A"), ("promote", "C", "B"), ("rollback", "B", "C"),
                       ("rollback", "A", "B")]
    assert registry.history()[-1].note == "back to the shipped model"


def test_rollback_to_a_named_model(registry):
    assert registry.rollback("C").model == "C"
    assert registry.current_id() == "C"
    with pytest.raises(UsageError, match="already the current model"):
        registry.rollback("C")


def test_rollback_refuses_a_tampered_model(registry):
    (registry.root / "B" / ARTIFACT).write_bytes(b"not a model")
    with pytest.raises(ModelError, match="refusing to load"):
        registry.rollback("B")
    assert registry.current_id() == "A"


def test_rollback_without_history_asks_for_an_id(registry):
    with pytest.raises(ModelError, match="rollback ID"):
        registry.rollback()


def test_one_change_at_a_time(registry):
    with registry.lock():
        with pytest.raises(ModelError, match=r"another change to the registry is in progress"
                                             r".*delete this file"):
            registry.rollback("B")
    assert not (registry.root / LOCK).exists()
    assert registry.rollback("B").model == "B"


def test_available_id_never_reuses_one(registry):
    assert registry.available_id("D") == "D"
    assert registry.available_id("A") == "A-2"
    (registry.root / "A-2").mkdir()
    assert registry.available_id("A") == "A-3"


def test_add_moves_a_trained_folder_in_and_never_overwrites(registry, tmp_path, tiny_model_dir):
    staged = add_model(tmp_path, tiny_model_dir, "D")
    entry = registry.add(staged)
    assert entry.path == registry.root / "D" and not staged.exists()
    again = add_model(tmp_path, tiny_model_dir, "D")
    with pytest.raises(ModelError, match="already exists"):
        registry.add(again)


def test_a_corrupt_history_line_is_reported_with_its_line(registry):
    registry.promote(comparison("B", "A", 0.92, 0.91))
    with open(registry.root / HISTORY, "a") as handle:
        handle.write("{half a line\n")
    with pytest.raises(ModelError, match=r"history.jsonl:2: not a registry event"):
        registry.history()


# ---- the command line

def invoke(registry, *args):
    return runner.invoke(app, ["models", *args, "--models-dir", str(registry.root)])


def test_cli_list_and_show(registry):
    result = invoke(registry, "list")
    assert result.exit_code == 0 and "*  A" in result.stdout
    listed = json.loads(invoke(registry, "list", "--json").stdout)
    assert [m["status"] for m in listed] == ["current", "registered", "registered"]
    shown = invoke(registry, "show", "B")
    assert shown.exit_code == 0
    assert "every artifact matches its sha256" in shown.stdout and "(registered)" in shown.stdout
    assert json.loads(invoke(registry, "show", "--json").stdout)["model_id"] == "A"


def test_cli_show_reports_a_tampered_model(registry):
    (registry.root / "C" / ARTIFACT).write_bytes(b"x")
    assert "REFUSED" in invoke(registry, "show", "C").stdout


def test_cli_rollback_and_history(registry):
    registry.promote(comparison("B", "A", 0.92, 0.91))
    result = invoke(registry, "rollback")
    assert result.exit_code == 0 and "A is the current model again" in result.stderr
    assert registry.current_id() == "A"
    lines = invoke(registry, "history").stdout.splitlines()
    assert "promoted B (was A)" in lines[0] and "rolled back to A (from B)" in lines[1]
    failed = invoke(registry, "rollback")
    assert failed.exit_code == 1 and "name the one to go back to" in failed.stderr


def test_cli_unknown_model_is_exit_1(registry):
    result = invoke(registry, "show", "nope")
    assert result.exit_code == 1 and "no model 'nope'" in result.stderr


def test_cli_default_tolerance_is_the_registry_default():
    import inspect
    from crimeaudit.cli import models_promote_cli
    default = inspect.signature(models_promote_cli.__wrapped__).parameters["tolerance"].default
    assert default == DEFAULT_TOLERANCE


def test_a_folder_named_by_hand_is_known_by_its_folder_name(registry, tiny_data, tiny_model_dir):
    """`crimeaudit train --output models/NEW` gives a folder whose name is not its model id."""
    shutil.copytree(tiny_model_dir, registry.root / "NEW")
    (registry.root / CURRENT_POINTER).write_text("NEW\n")
    result = invoke(registry, "promote", "B", "--eval", str(tiny_data))
    assert result.exit_code == 0, result.output
    assert registry.current_id() == "B" and registry.history()[-1].previous == "NEW"
    assert "manifest id   crimeaudit-" in invoke(registry, "show", "NEW").stdout


def test_an_evaluation_set_without_wrong_decisions_cannot_decide(tmp_path, tiny_records):
    from crimeaudit.errors import InputError
    from crimeaudit.registry import read_eval_set
    from conftest import write_jsonl
    right = [r for r in tiny_records if not r["labels"]["should_crime"]][:5]
    path = write_jsonl(tmp_path / "eval.jsonl", right)
    with pytest.raises(InputError, match="flag recall, which decides promotion, cannot be measured"):
        read_eval_set([str(path)])
