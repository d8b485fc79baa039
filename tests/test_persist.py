"""Trust in a saved model (persist.py): nothing is unpickled that the manifest does not vouch for."""
from __future__ import annotations

import json
import shutil
import warnings

import joblib
import pytest
from typer.testing import CliRunner

from crimeaudit import persist
from crimeaudit.cli import app
from crimeaudit.errors import ModelError
from crimeaudit.persist import (ARTIFACT, MANIFEST, VersionMismatchWarning, code_version,
                                load_model, read_pointer)


@pytest.fixture()
def model_copy(tmp_path, tiny_model_dir):
    """A private copy of the tiny model, free to damage."""
    return shutil.copytree(tiny_model_dir, tmp_path / "model")


@pytest.fixture()
def no_unpickling(monkeypatch):
    """Fails the test if anything reaches joblib.load."""
    def refuse(*args, **kwargs):
        raise AssertionError("joblib.load was called on a file that should have been refused")
    monkeypatch.setattr(joblib, "load", refuse)
    monkeypatch.setattr(persist.joblib, "load", refuse)


def flip_one_byte(path, position: int = 100) -> None:
    data = bytearray(path.read_bytes())
    data[position] ^= 0x01
    path.write_bytes(bytes(data))


def edit_manifest(folder, change) -> None:
    manifest = json.loads((folder / MANIFEST).read_text())
    change(manifest)
    (folder / MANIFEST).write_text(json.dumps(manifest))


def test_untouched_copy_loads(model_copy):
    assert load_model(model_copy).model_id.startswith("crimeaudit-")


def test_one_changed_byte_is_refused_before_unpickling(model_copy, no_unpickling):
    flip_one_byte(model_copy / ARTIFACT)
    with pytest.raises(ModelError, match=r"model\.joblib: sha256 .* does not match the manifest.*"
                                         r"modified or truncated; refusing to load"):
        load_model(model_copy)


def test_truncated_artifact_is_refused(model_copy, no_unpickling):
    artifact = model_copy / ARTIFACT
    artifact.write_bytes(artifact.read_bytes()[:-10])
    with pytest.raises(ModelError, match="modified or truncated"):
        load_model(model_copy)


def test_unknown_pickle_beside_the_model_is_refused(model_copy, no_unpickling):
    joblib.dump({"not": "ours"}, model_copy / "extra.joblib")
    with pytest.raises(ModelError, match=r"unknown pickled file\(s\) extra\.joblib"):
        load_model(model_copy)


def test_missing_artifact_is_refused(model_copy, no_unpickling):
    (model_copy / ARTIFACT).unlink()
    with pytest.raises(ModelError, match="listed in the manifest but missing"):
        load_model(model_copy)


def test_manifest_naming_a_file_outside_the_folder_is_refused(model_copy, no_unpickling):
    edit_manifest(model_copy, lambda m: m["artifacts"].update({"../elsewhere.joblib": "0" * 64}))
    with pytest.raises(ModelError, match="not a file in the model folder"):
        load_model(model_copy)


def test_manifest_without_artifact_hash_is_refused(model_copy, no_unpickling):
    edit_manifest(model_copy, lambda m: m.update(artifacts={}))
    with pytest.raises(ModelError, match="lists no model.joblib"):
        load_model(model_copy)


def test_unsupported_format_version_is_refused(model_copy, no_unpickling):
    edit_manifest(model_copy, lambda m: m.update(format_version=99))
    with pytest.raises(ModelError, match="format version 99 is not supported"):
        load_model(model_copy)


def test_library_version_drift_warns_and_still_loads(model_copy):
    edit_manifest(model_copy, lambda m: m["versions"].update({"scikit-learn": "0.0.1"}))
    with pytest.warns(VersionMismatchWarning, match=r"saved with scikit-learn 0\.0\.1 but .* is "
                                                    r"installed; probabilities may differ"):
        loaded = load_model(model_copy)
    assert loaded.estimator is not None


def test_spacy_version_drift_warns(model_copy):
    edit_manifest(model_copy, lambda m: m["versions"].update({"spacy": "2.0.0"}))
    with pytest.warns(VersionMismatchWarning, match="spacy 2.0.0"):
        load_model(model_copy)


def test_matching_versions_do_not_warn(model_copy):
    with warnings.catch_warnings():
        warnings.simplefilter("error", VersionMismatchWarning)
        load_model(model_copy)


def test_manifest_records_the_code_version(model_copy):
    code = json.loads((model_copy / MANIFEST).read_text())["code"]
    assert code["crimeaudit"] == code_version()["crimeaudit"]
    assert set(code) == {"crimeaudit", "git_commit", "git_dirty"}


@pytest.mark.parametrize("pointer", ["../elsewhere", "/etc", ".staging", ""])
def test_current_pointer_must_name_a_folder_inside_models(tmp_path, pointer):
    (tmp_path / "CURRENT").write_text(pointer)
    with pytest.raises(ModelError, match="expected the name of a model folder"):
        read_pointer(tmp_path)


# ---- the command line: a refused model is exit 1 with the reason on stderr

runner = CliRunner()


@pytest.fixture()
def incident_file(tmp_path, tiny_records):
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(tiny_records[0]))
    return path


def test_cli_refuses_tampered_model_with_exit_1(model_copy, incident_file, no_unpickling):
    flip_one_byte(model_copy / ARTIFACT)
    result = runner.invoke(app, ["score", str(incident_file), "--model", str(model_copy)])
    assert result.exit_code == 1
    assert "error:" in result.stderr and "refusing to load" in result.stderr
    assert result.stdout == ""


def test_cli_warns_on_version_drift_and_scores(model_copy, incident_file):
    edit_manifest(model_copy, lambda m: m["versions"].update({"numpy": "1.0.0"}))
    # pytest captures warnings itself; outside it the CLI prints "warning: ..." on stderr
    with pytest.warns(VersionMismatchWarning, match="numpy 1.0.0"):
        result = runner.invoke(app, ["score", str(incident_file), "--model", str(model_copy),
                                     "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["incident_id"] == "T-0000"
