"""The estimator, training and persistence round trip (model.py, training.py, persist.py)."""
from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.base import clone

from crimeaudit.errors import ModelError
from crimeaudit.io import iter_records
from crimeaudit.model import TwoTargetClassifier
from crimeaudit.persist import load_model
from crimeaudit.scoring import Scorer, analyse


@pytest.fixture(scope="module")
def analysed(tiny_data):
    return analyse(list(iter_records([str(tiny_data)])))


def test_estimator_follows_sklearn_conventions():
    estimator = TwoTargetClassifier(C=0.5)
    assert clone(estimator).get_params()["C"] == 0.5
    assert not hasattr(estimator, "estimators_")


def test_fit_checks_label_shape(analysed):
    with pytest.raises(ValueError, match="shape"):
        TwoTargetClassifier().fit(analysed, np.zeros(len(analysed)))


def test_probabilities_are_in_range_and_learn_the_signal(tiny_model, analysed):
    probabilities = tiny_model.estimator.predict_proba(analysed)
    assert probabilities.shape == (len(analysed), 2)
    assert ((probabilities >= 0) & (probabilities <= 1)).all()
    truth = np.array([[a.incident.labels.continuation, a.incident.labels.should_crime]
                      for a in analysed])
    accuracy = ((probabilities >= 0.5) == truth).mean(axis=0)
    assert (accuracy > 0.9).all()  # the tiny data is separable; a broken pipeline is not


def test_save_load_gives_identical_probabilities(tiny_model, tiny_model_dir, analysed):
    reloaded = load_model(tiny_model_dir)
    assert np.array_equal(reloaded.estimator.predict_proba(analysed),
                          tiny_model.estimator.predict_proba(analysed))
    assert reloaded.thresholds == tiny_model.thresholds


def test_manifest_records_what_the_model_is(tiny_model_dir):
    manifest = json.loads((tiny_model_dir / "manifest.json").read_text())
    assert manifest["format_version"] == 1
    assert set(manifest["versions"]) >= {"crimeaudit", "scikit-learn", "spacy", "joblib"}
    assert len(manifest["training_data"]["sha256"]) == 64
    assert len(manifest["artifacts"]["model.joblib"]) == 64
    assert 0 < manifest["thresholds"]["flag"] < 1
    assert "flag" in manifest["metrics"]["heldout_generated"]
    assert (tiny_model_dir / "MODEL_CARD.md").read_text().startswith("# Model card")


def test_scorer_keeps_input_order(tiny_model, analysed):
    incidents = [a.incident for a in analysed[:10]]
    ids = [a.incident_id for a in Scorer(tiny_model).assess(incidents)]
    assert ids == [i.incident_id for i in incidents]


def test_missing_model_folder_is_refused(tmp_path):
    with pytest.raises(ModelError, match="no such model folder"):
        load_model(tmp_path / "nope")


def _with_classifications(analysed, names):
    from dataclasses import replace
    return [replace(a, incident=replace(a.incident, classification=names[k % len(names)]))
            for k, a in enumerate(analysed)]


def test_calibration_folds_hold_out_whole_classifications(analysed):
    names = [f"kind {k}" for k in range(7)]
    items = _with_classifications(analysed, names)
    y = np.array([a.incident.labels.should_crime for a in items], int)
    folds = TwoTargetClassifier(cv=5)._calibration_folds(items)
    assert len(folds) == 5
    for train, test in folds:
        held = {items[k].incident.classification for k in test}
        assert held and held.isdisjoint(items[k].incident.classification for k in train)
    assert sorted(np.concatenate([test for _, test in folds])) == list(range(len(items)))


def test_calibration_folds_are_stratified_with_few_classifications(analysed):
    items = _with_classifications(analysed, ["harassment", "theft"])
    y = np.array([a.incident.labels.should_crime for a in items], int)
    assert TwoTargetClassifier(cv=5)._calibration_folds(items) == 5
    assert TwoTargetClassifier(group_calibration=False)._calibration_folds(
        _with_classifications(analysed, [f"kind {k}" for k in range(7)])) == 5


def test_stacked_plan_gives_scikit_learns_probabilities_exactly(tiny_model, analysed):
    estimator = tiny_model.estimator
    matrix = estimator.features_.transform(analysed)
    expected = np.column_stack([e.predict_proba(matrix)[:, 1] for e in estimator.estimators_])
    assert estimator._inference_plan() is not None
    assert np.array_equal(estimator.predict_proba(analysed), expected)


def test_the_plan_is_not_saved_with_the_model(tiny_model, analysed):
    import pickle
    estimator = tiny_model.estimator
    estimator.predict_proba(analysed[:3])
    assert "_plan" in estimator.__dict__ and "_plan" not in estimator.__getstate__()
    assert np.array_equal(pickle.loads(pickle.dumps(estimator)).predict_proba(analysed),
                          estimator.predict_proba(analysed))


def test_other_fitted_classifiers_fall_back_to_scikit_learn(analysed):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.tree import DecisionTreeClassifier
    from crimeaudit.model import _StackedPlan
    estimator = TwoTargetClassifier(cv=2).fit(analysed, np.array(
        [[a.incident.labels.continuation, a.incident.labels.should_crime] for a in analysed]))
    matrix = estimator.features_.transform(analysed)
    tree = CalibratedClassifierCV(DecisionTreeClassifier(random_state=0), cv=2).fit(
        matrix, [a.incident.labels.should_crime for a in analysed])
    assert _StackedPlan.of([estimator.estimators_[0], tree]) is None
    estimator.estimators_[1] = tree
    estimator.__dict__.pop("_plan", None)
    assert np.array_equal(estimator.predict_proba(analysed)[:, 1], tree.predict_proba(matrix)[:, 1])


def test_batch_ngram_hashes_match_one_sequence_at_a_time():
    from crimeaudit.features import batch_ngram_hashes, ngram_hashes
    rng = np.random.default_rng(0)
    words = [rng.integers(0, 2**63, n, dtype=np.uint64) for n in (5, 0, 1, 2, 7, 0)]
    rows, grams = batch_ngram_hashes(words, 12)
    for row, sequence in enumerate(words):
        assert sorted(grams[rows == row].tolist()) == sorted(ngram_hashes(sequence, 12).tolist())
    assert batch_ngram_hashes([], 12)[0].size == 0
