"""Choose how the models' probabilities are calibrated, without the evaluation set.

The shipped corpus carries deliberate label noise (each label flipped with a known rate, so the
model does not learn that generated words are never wrong). Calibrating on those labels teaches
the calibrator the noise: no probability can pass about 1 - rate. And real calls are unlike
generated ones, so a calibrator fitted on the training text's own phrasing is too sure of itself
on unfamiliar text. Which calibration carries over is measured here on kinds of incident a model
never trained on: grouped cross-validation that holds out whole classifications (as
`select_cue_weight.py`), scored against the *true* labels (the generator's noise is seeded, so
the flipped labels are known and put back). The evaluation set (shared/eval/) is never read.

    .venv/bin/python scripts/select_calibration.py data/train.jsonl.gz --seed-of-corpus 2026 \\
        --label-noise 0.05

Candidates (each on the same folds and feature matrices):
  sigmoid-cv        Platt scaling on 5 stratified folds of the (noisy) training labels (0.1.0)
  sigmoid-grouped   Platt scaling on folds that hold out whole classifications: each calibrator
                    sees scores for kinds of incident its classifier never trained on
  isotonic-grouped  the same with isotonic regression
  sigmoid-cv-denoised  sigmoid-cv with the known noise rate taken back out: (p - r) / (1 - 2r)

Prints, per candidate, out-of-fold should_crime ECE and ROC AUC, continuation ECE, F1 (at 0.5)
and ROC AUC, and the flag at its operating point: the threshold `crimeaudit train` would choose
(flag recall >= 0.98 under the full audit policy) and the precision and recall there; `--json`
writes them too. Rule: among candidates whose flag precision is within 0.02 of the best, the
lowest should_crime ECE.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from sklearn.base import clone
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import GroupKFold, StratifiedKFold

from crimeaudit.audit import assess
from crimeaudit.evaluation import NOT_RECORDED, flag_truth, reliability
from crimeaudit.features import build_features
from crimeaudit.generator.records import noise_flips
from crimeaudit.model import DEFAULT_C, calibrated_classifier
from crimeaudit.scoring import analyse
from crimeaudit.records import Labels
from crimeaudit.training import DEFAULT_TARGET_RECALL, choose_thresholds, label_matrix, read_training_data

CANDIDATES = ("sigmoid-cv", "sigmoid-grouped", "isotonic-grouped", "sigmoid-cv-denoised")


def true_labels(incidents, labels: np.ndarray, corpus_seed: int, rate: float) -> np.ndarray:
    """Undo the generator's seeded label noise (`noise_flips`; record index from the id)."""
    flips = np.array([noise_flips(corpus_seed, int(i.incident_id.rsplit("-", 1)[1]) - 1, rate)
                      for i in incidents], dtype=bool).reshape(labels.shape)
    return np.where(flips, 1 - labels, labels)


@dataclass(frozen=True)
class GroupedCorpus:
    """A generated corpus read for grouped cross-validation: analysed once, with the labels
    it was trained on (noisy), the true ones, and each incident's classification (the group)."""

    data: Any
    analysed: list
    noisy: np.ndarray
    clean: np.ndarray
    groups: np.ndarray


def read_grouped(paths: list[str], corpus_seed: int, rate: float,
                 log: Callable[[str], None]) -> GroupedCorpus:
    data = read_training_data(paths)
    incidents = data.incidents
    log(f"reading {len(incidents)} incidents ...")
    analysed = analyse(incidents, data.histories)   # linked as training links them
    noisy = label_matrix(incidents)
    clean = true_labels(incidents, noisy, corpus_seed, rate)
    log(f"{int((clean != noisy).sum())} flipped labels put back")
    groups = np.array([i.classification or "unclassified" for i in incidents])
    return GroupedCorpus(data, analysed, noisy, clean, groups)


def fit_predict(candidate: str, train_matrix, y_train: np.ndarray, groups: np.ndarray,
                test_matrix, seed: int, rate: float) -> np.ndarray:
    """One candidate's probabilities for the test rows, fitted on the training rows."""
    method = "isotonic" if candidate.startswith("isotonic") else "sigmoid"
    if "grouped" in candidate:
        splits = list(GroupKFold(n_splits=5).split(train_matrix, y_train, groups))
    else:
        splits = StratifiedKFold(n_splits=5)
    model = calibrated_classifier(DEFAULT_C, method, splits, seed).fit(train_matrix, y_train)
    p = model.predict_proba(test_matrix)[:, 1]
    if candidate.endswith("denoised"):
        p = np.clip((p - rate) / (1 - 2 * rate), 0.0, 1.0)
    return p


def with_labels(analysed, labels: np.ndarray) -> list:
    """The analysed incidents carrying the given (true) labels."""
    return [replace(a, incident=replace(a.incident, labels=Labels(bool(c), bool(s))))
            for a, (c, s) in zip(analysed, labels)]


def flag_at(analysed, p: np.ndarray, thresholds) -> dict[str, float]:
    """Flag precision and recall of the full audit policy at given thresholds."""
    audited = [k for k, a in enumerate(analysed) if a.incident.decision in NOT_RECORDED]
    truth = np.array([flag_truth(analysed[k].incident) for k in audited])
    flags = np.array([assess(analysed[k], *p[k], thresholds, "m").flag for k in audited])
    return {"precision": round(float((flags & truth).sum() / max(flags.sum(), 1)), 4),
            "recall": round(float((flags & truth).sum() / max(truth.sum(), 1)), 4)}


def flag_operating_point(analysed, p: np.ndarray) -> dict[str, float]:
    """The flag as `crimeaudit train` would set it: threshold, precision, recall."""
    thresholds = choose_thresholds(analysed, p, DEFAULT_TARGET_RECALL)
    flag = flag_at(analysed, p, thresholds)
    return {"flag_threshold": thresholds.flag, "flag_precision": flag["precision"],
            "flag_recall": flag["recall"]}


def scores(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    return {
        "should_crime_ece": round(float(reliability(y[:, 1], p[:, 1])["ece"]), 4),
        "should_crime_auc": round(float(roc_auc_score(y[:, 1], p[:, 1])), 4),
        "continuation_ece": round(float(reliability(y[:, 0], p[:, 0])["ece"]), 4),
        "continuation_f1": round(float(f1_score(y[:, 0], p[:, 0] >= 0.5)), 4),
        "continuation_auc": round(float(roc_auc_score(y[:, 0], p[:, 0])), 4),
    }


def out_of_fold(analysed, noisy: np.ndarray, groups: np.ndarray, folds: int, seed: int,
                rate: float, log: Callable[[str], None]) -> dict[str, np.ndarray]:
    found = {c: np.zeros(noisy.shape) for c in CANDIDATES}
    for fold, (train, test) in enumerate(GroupKFold(n_splits=folds).split(analysed, noisy, groups)):
        started = time.perf_counter()
        features = clone(build_features())
        train_matrix = features.fit_transform([analysed[k] for k in train])
        test_matrix = features.transform([analysed[k] for k in test])
        for candidate in CANDIDATES:
            for column in range(noisy.shape[1]):
                found[candidate][test, column] = fit_predict(
                    candidate, train_matrix, noisy[train, column], groups[train], test_matrix,
                    seed, rate)
        log(f"fold {fold + 1}/{folds}: held out {', '.join(sorted(set(groups[test])))} "
            f"({time.perf_counter() - started:.0f} s)")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", help="labelled generated records")
    parser.add_argument("--seed-of-corpus", type=int, required=True,
                        help="the seed the corpus was generated with (to put flipped labels back)")
    parser.add_argument("--label-noise", type=float, required=True,
                        help="the --label-noise it was generated with (0 if none)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()
    log = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    corpus = read_grouped(args.data, args.seed_of_corpus, args.label_noise, log)
    data, analysed, clean = corpus.data, corpus.analysed, corpus.clean
    found = out_of_fold(analysed, corpus.noisy, corpus.groups, args.folds, args.seed,
                        args.label_noise, log)
    truly = with_labels(analysed, clean)
    results = {c: scores(clean, p) | flag_operating_point(truly, p) for c, p in found.items()}
    header = ("candidate", "crime ECE", "crime AUC", "cont ECE", "cont F1", "cont AUC",
              "flag threshold", "flag precision", "flag recall")
    print("".join(f"{h:>16}" for h in header))
    for candidate, s in results.items():
        print(f"{candidate:>16}" + "".join(f"{v:>16.3f}" for v in s.values()))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"data": args.data, "data_sha256": data.sha256, "folds": args.folds,
                       "label_noise": args.label_noise, "results": results}, handle, indent=2)


if __name__ == "__main__":
    main()
