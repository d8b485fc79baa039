"""Choose how much the cue features weigh against the word n-grams, without the evaluation set.

Word n-grams learn the generator's phrasing; the cue rules come from the domain guide and should
carry over to calls the generator never wrote. Which balance generalises is measured here by
grouped cross-validation on generated data: each fold holds out whole classifications
(harassment, assault, theft, ...), so the model is scored on kinds of incident it did not train
on -- the nearest thing to unfamiliar calls that the generated data offers. The evaluation set
(shared/eval/) is never read.

    .venv/bin/python scripts/select_cue_weight.py data/train.jsonl.gz --weights 0.5 1 2 4

Prints, per weight, out-of-fold continuation F1 (at 0.5) and ROC AUC, should_crime ROC AUC and
expected calibration error; `--json` writes them too.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

import numpy as np
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import GroupKFold

from crimeaudit.evaluation import reliability
from crimeaudit.features import build_features
from crimeaudit.model import TwoTargetClassifier
from crimeaudit.scoring import analyse
from crimeaudit.training import label_matrix, read_training_data


def out_of_fold(analysed, y, groups, weight: float, folds: int, seed: int) -> np.ndarray:
    probabilities = np.zeros(y.shape, dtype=float)
    for train, test in GroupKFold(n_splits=folds).split(analysed, y, groups):
        model = TwoTargetClassifier(features=build_features(cue_weight=weight), random_state=seed)
        model.fit([analysed[k] for k in train], y[train])
        probabilities[test] = model.predict_proba([analysed[k] for k in test])
    return probabilities


def scores(y: np.ndarray, p: np.ndarray) -> dict[str, float]:
    return {
        "continuation_f1": round(float(f1_score(y[:, 0], p[:, 0] >= 0.5)), 4),
        "continuation_auc": round(float(roc_auc_score(y[:, 0], p[:, 0])), 4),
        "should_crime_auc": round(float(roc_auc_score(y[:, 1], p[:, 1])), 4),
        "should_crime_ece": round(float(reliability(y[:, 1], p[:, 1])["ece"]), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", help="labelled generated records")
    parser.add_argument("--weights", type=float, nargs="+", default=[0.5, 1.0, 2.0, 4.0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()
    data = read_training_data(args.data)
    incidents = data.incidents
    print(f"reading {len(incidents)} incidents ...", file=sys.stderr)
    analysed = analyse(incidents, data.histories)   # linked as training links them
    y = label_matrix(incidents)
    groups = np.array([i.classification or "unclassified" for i in incidents])
    print(f"{len(set(groups))} classifications in {args.folds} grouped folds", file=sys.stderr)
    results = {}
    for weight in args.weights:
        started = time.perf_counter()
        results[weight] = scores(y, out_of_fold(analysed, y, groups, weight, args.folds, args.seed))
        print(f"cue weight {weight:g}: {results[weight]} ({time.perf_counter() - started:.0f} s)",
              file=sys.stderr)
    print("cue weight  continuation F1  continuation AUC  should_crime AUC  should_crime ECE")
    for weight, s in results.items():
        print(f"{weight:>10g}  {s['continuation_f1']:>15.3f}  {s['continuation_auc']:>16.3f}  "
              f"{s['should_crime_auc']:>16.3f}  {s['should_crime_ece']:>16.3f}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump({"data": args.data, "data_sha256": data.sha256, "folds": args.folds,
                       "results": {str(k): v for k, v in results.items()}}, handle, indent=2)


if __name__ == "__main__":
    main()
