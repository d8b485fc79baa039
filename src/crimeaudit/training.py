"""Training a model from labelled records: split, fit, choose thresholds, measure, save.

Thresholds are chosen on a held-out part of the training data (never on the evaluation set):
the flag threshold is the highest that keeps flag recall on held-out not-recorded decisions at
or above `target_recall`, so reviewers see as few false alarms as that recall allows.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import train_test_split

from . import __version__
from .audit import Thresholds, assess
from .errors import InputError, UsageError
from .evaluation import evaluate_assessments, flag_truth, NOT_RECORDED
from .io import iter_records
from .linking import link_incidents
from .model import TARGETS, TwoTargetClassifier
from .modelcard import write_model_card
from .persist import LoadedModel, save_model
from .records import Analysed, History, Incident, Rejected
from .scoring import analyse

# A missed wrong no-crime leaves a crime unrecorded; a false alarm costs a reviewer minutes.
# Held-out generated data is easier than real calls, so the target is set high.
DEFAULT_TARGET_RECALL = 0.98
HOLDOUT_SHARE = 0.2
THRESHOLD_GRID = tuple(round(float(t), 2) for t in np.arange(0.05, 0.951, 0.01))
WEAK_RATIONALE_FACTOR = 0.6
MIN_RECORDS = 50


@dataclass(frozen=True)
class TrainingData:
    """Labelled incidents to train on and what the manifest says about where they came from."""

    incidents: list[Incident]
    sha256: str
    sources: list[str]
    rejected: int
    # One weight per incident (retraining: audited outcomes outweigh generated records);
    # None trains unweighted, exactly as before weights existed.
    weights: np.ndarray | None = None
    # Linked history per incident id; None links all incidents as one archive. Retraining
    # links each source on its own so an invented name never links to a real person.
    histories: Mapping[str, History] | None = None
    # Extra keys for the manifest's `training_data` (inputs, merge policy, counts).
    details: Mapping[str, Any] = field(default_factory=dict)


def data_hash(paths: Sequence[str], weights: Mapping[str, float] | None = None) -> str:
    """sha256 over the training files' bytes, in the order given, and over any file weights
    other than 1 (the same files weighted differently train a different model)."""
    digest = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    for path in paths:
        if (weight := (weights or {}).get(path, 1.0)) != 1.0:
            digest.update(f"\0weight {Path(path).name} {weight!r}".encode())
    return digest.hexdigest()


def read_training_data(paths: Sequence[str],
                       weights: Mapping[str, float] | None = None) -> TrainingData:
    """Labelled incidents from the files; unlabelled or invalid records are counted, not used.

    Each file is linked as an archive of its own: invented people in two files that happen to
    share a name or number are not the same people. `weights` (by path, default 1) lets a
    small hand-written or audited file count for more than a large generated one.
    """
    weights = dict(weights or {})
    unknown = sorted(set(weights) - set(paths))
    if unknown:
        raise UsageError(f"weights given for files not among the training data: {', '.join(unknown)}")
    if any(w <= 0 for w in weights.values()):
        raise UsageError(f"file weights must be positive, got {weights}")
    incidents, per_record, histories, rejected = [], [], {}, 0
    for path in paths:
        found = []
        for item in iter_records([path]):
            if isinstance(item, Rejected) or item.labels is None:
                rejected += 1
                continue
            found.append(item)
        histories.update(link_incidents(found))
        incidents += found
        per_record += [weights.get(path, 1.0)] * len(found)
    require_enough(len(incidents), paths)
    weighted = any(w != 1.0 for w in per_record)
    details = {"file_weights": {Path(p).name: weights.get(p, 1.0) for p in paths}} if weighted else {}
    return TrainingData(incidents, data_hash(paths, weights), list(paths), rejected,
                        weights=np.asarray(per_record) if weighted else None,
                        histories=histories, details=details)


def require_enough(count: int, sources: Sequence[str]) -> None:
    if count < MIN_RECORDS:
        raise InputError(f"{', '.join(sources)}: only {count} labelled records; "
                         f"training needs at least {MIN_RECORDS} with `labels`")


def default_model_id(data_sha256: str, seed: int) -> str:
    """Readable and reproducible: package version, training-data hash, seed."""
    return f"crimeaudit-{__version__}-{data_sha256[:8]}-s{seed}"


def label_matrix(incidents: Sequence[Incident]) -> np.ndarray:
    return np.array([[i.labels.continuation, i.labels.should_crime] for i in incidents], int)


def thresholds_at(flag: float) -> Thresholds:
    """The thresholds for one flag bar: the weak-rationale bar moves with it."""
    return Thresholds(flag=flag, weak_rationale=round(flag * WEAK_RATIONALE_FACTOR, 3))


def choose_thresholds(analysed: Sequence[Analysed], probabilities: np.ndarray,
                      target_recall: float) -> Thresholds:
    """Highest flag threshold whose held-out flag recall (full audit policy) meets the target."""
    audited = [k for k, a in enumerate(analysed) if a.incident.decision in NOT_RECORDED]
    truth = np.array([flag_truth(analysed[k].incident) for k in audited], bool)
    best = thresholds_at(THRESHOLD_GRID[0])
    if not truth.any():
        return best
    for threshold in THRESHOLD_GRID:
        candidate = thresholds_at(threshold)
        flags = np.array([assess(analysed[k], *probabilities[k], candidate, "m").flag
                          for k in audited])
        if (flags & truth).sum() / truth.sum() >= target_recall:
            best = candidate
    return best


def fit_model(analysed: Sequence[Analysed], seed: int, C: float | None,
              sample_weight: np.ndarray | None = None) -> TwoTargetClassifier:
    """Both targets fitted; `C` None keeps the estimator's default (`model.DEFAULT_C`)."""
    options = {} if C is None else {"C": C}
    return TwoTargetClassifier(random_state=seed, **options).fit(analysed, label_matrix(
        [a.incident for a in analysed]), sample_weight=sample_weight)


def train(paths: Sequence[str], output: Path, *, seed: int = 0, C: float | None = None,
          target_recall: float = DEFAULT_TARGET_RECALL,
          progress: Callable[[str], None] = lambda message: None,
          extra_manifest: dict[str, Any] | None = None,
          holdout: Sequence[str] = (),
          weights: Mapping[str, float] | None = None) -> LoadedModel:
    """Train, choose thresholds on held-out data, save to `output` with manifest and card.

    With `holdout` files, the model learns from all of `paths` and thresholds are chosen on
    the holdout files instead of a split: needed when the training data carries deliberate
    label noise, since a recall target cannot be met against flipped labels. `weights`: see
    `read_training_data`.
    """
    progress("reading training data")
    held = read_training_data(holdout) if holdout else None
    return train_on(read_training_data(paths, weights), output, seed=seed, C=C,
                    target_recall=target_recall, progress=progress,
                    extra_manifest=extra_manifest, holdout=held)


def train_on(data: TrainingData, output: Path, *, seed: int = 0, C: float | None = None,
             target_recall: float = DEFAULT_TARGET_RECALL,
             progress: Callable[[str], None] = lambda message: None,
             extra_manifest: dict[str, Any] | None = None,
             model_id: str | None = None,
             holdout: TrainingData | None = None) -> LoadedModel:
    """`train` on data already read (and, for retraining, merged and weighted); `model_id`
    defaults to `default_model_id` (a registry passes an unused one).

    Same data, seed and code give the same model: the split, the estimators and the
    threshold search are all seeded or deterministic.
    """
    require_enough(len(data.incidents), data.sources)
    progress(f"finding cues in {len(data.incidents)} incidents")
    histories = data.histories if data.histories is not None else link_incidents(data.incidents)
    analysed = analyse(data.incidents, histories)
    if holdout is None:
        labels = label_matrix(data.incidents)
        strata = labels[:, 0] * 2 + labels[:, 1]
        train_idx, hold_idx = train_test_split(np.arange(len(analysed)), test_size=HOLDOUT_SHARE,
                                               random_state=seed, stratify=strata)
        held = [analysed[k] for k in hold_idx]
    else:
        train_idx = np.arange(len(analysed))
        held = analyse(holdout.incidents, holdout.histories if holdout.histories is not None
                       else link_incidents(holdout.incidents))
    progress(f"fitting on {len(train_idx)}, holding out {len(held)}")
    weights = None if data.weights is None else np.asarray(data.weights, float)[train_idx]
    estimator = fit_model([analysed[k] for k in train_idx], seed, C, sample_weight=weights)
    probabilities = estimator.predict_proba(held)
    thresholds = choose_thresholds(held, probabilities, target_recall)
    model_id = model_id or default_model_id(data.sha256, seed)
    held_assessments = [assess(a, *p, thresholds, model_id) for a, p in zip(held, probabilities)]
    metrics = evaluate_assessments([a.incident for a in held], held_assessments,
                                   thresholds.continuation)
    manifest_extra = {
        "training_data": {"files": [Path(p).name for p in data.sources], "sha256": data.sha256,
                          "records": len(data.incidents), "skipped": data.rejected,
                          "holdout_share": HOLDOUT_SHARE if holdout is None else None,
                          "holdout": None if holdout is None else {
                              "files": [Path(p).name for p in holdout.sources],
                              "sha256": holdout.sha256, "records": len(holdout.incidents)},
                          **data.details},
        "params": {"seed": seed, "target_recall": target_recall,
                   "C": {t: estimator.C_of(k) for k, t in enumerate(TARGETS)},
                   "calibration": {"method": estimator.calibration,
                                   "folds_hold_out_classifications": estimator.group_calibration}},
        "metrics": {"heldout_generated": _summary(metrics)},
        **(extra_manifest or {}),
    }
    progress("saving")
    manifest = save_model(estimator, output, model_id=model_id, thresholds=thresholds,
                          extra=manifest_extra)
    write_model_card(output, manifest, metrics)
    return LoadedModel(estimator=estimator, manifest=manifest, path=output, thresholds=thresholds)


def _summary(report: dict[str, Any]) -> dict[str, Any]:
    """The headline figures kept in a manifest (the model card holds the rest)."""
    targets = report["targets"]
    return {
        "n": report["n"],
        "continuation": {k: targets["continuation"][k] for k in ("f1", "roc_auc")},
        "should_crime": {k: targets["should_crime"][k] for k in ("f1", "roc_auc")}
        | {"ece": targets["should_crime"]["calibration"]["ece"]},
        "flag": {k: report["flag"][k] for k in ("precision", "recall", "workload")},
    }
