"""Choose how much the hand-written training records (data/handwritten/) count, without the
evaluation set.

The generated corpus teaches the model the generator's phrasing; the hand-written parts were
written by other hands, in other styles, to add the variety of real speech and real notes. How
much they should count beside ~10,000 generated records is chosen by leaving one hand-written
part out at a time: the model learns from the generated corpus plus the other parts (each of
their records weighing W), its thresholds are chosen on the clean held-out generated file as
`crimeaudit train --holdout` chooses them, and it scores the part it never saw. The four
parts' predictions are pooled. W = 0 is the generated corpus alone (the shipped recipe).
shared/eval/ is never read.

    .venv/bin/python scripts/select_handwritten_weight.py data/train.jsonl.gz \\
        --handwritten data/handwritten/*.jsonl --holdout data/heldout.jsonl.gz --weights 0 1 3 10

Rule (stated before any run): the W with the highest pooled continuation F1 (at 0.5) among
those whose pooled flag recall is no more than 0.02 below W = 0's and whose pooled flag
precision is at least 0.80; a tie within 0.005 goes to the smaller W. A W above 0 is then used
for the shipped model (`crimeaudit train ... --weight PART=W` for every part).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from crimeaudit.audit import assess
from crimeaudit.evaluation import evaluate_assessments
from crimeaudit.io import iter_records
from crimeaudit.linking import link_incidents
from crimeaudit.records import Analysed, Incident
from crimeaudit.scoring import analyse
from crimeaudit.training import DEFAULT_TARGET_RECALL, choose_thresholds, fit_model

MAX_RECALL_LOSS = 0.02
MIN_PRECISION = 0.80
TIE = 0.005


def analysed_file(path: str) -> list[Analysed]:
    """A file's records read and linked as an archive of its own, as training reads them."""
    incidents = [r for r in iter_records([path]) if isinstance(r, Incident) and r.labels]
    return analyse(incidents, link_incidents(incidents))


def score_part(train: Sequence[Analysed], weights: np.ndarray | None, held: Sequence[Analysed],
               part: Sequence[Analysed], seed: int):
    """Fit on `train`, choose thresholds on `held`, assess `part`."""
    estimator = fit_model(list(train), seed, None, sample_weight=weights)
    thresholds = choose_thresholds(held, estimator.predict_proba(held), DEFAULT_TARGET_RECALL)
    return [assess(a, *p, thresholds, "candidate")
            for a, p in zip(part, estimator.predict_proba(part))], thresholds


def figures(report: dict) -> dict[str, float]:
    targets, flag = report["targets"], report["flag"]
    return {"continuation_f1": targets["continuation"]["f1"],
            "continuation_auc": targets["continuation"]["roc_auc"],
            "should_crime_auc": targets["should_crime"]["roc_auc"],
            "should_crime_ece": targets["should_crime"]["calibration"]["ece"],
            "flag_recall": flag["recall"], "flag_precision": flag["precision"],
            "workload": flag["workload"]}


def leave_one_part_out(generated: list[Analysed], parts: dict[str, list[Analysed]],
                       held: list[Analysed], weight: float, seed: int, log) -> dict:
    assessments, incidents, per_part = [], [], {}
    baseline = None
    for name, part in parts.items():
        if weight == 0:
            # The same model for every part: fit once.
            if baseline is None:
                baseline = fit_model(generated, seed, None)
                thresholds = choose_thresholds(held, baseline.predict_proba(held),
                                               DEFAULT_TARGET_RECALL)
            scored = [assess(a, *p, thresholds, "candidate")
                      for a, p in zip(part, baseline.predict_proba(part))]
        else:
            others = [a for other, records in parts.items() if other != name for a in records]
            weights = np.r_[np.ones(len(generated)), np.full(len(others), weight)]
            scored, thresholds = score_part(generated + others, weights, held, part, seed)
        part_incidents = [a.incident for a in part]
        per_part[name] = figures(evaluate_assessments(part_incidents, scored))
        per_part[name]["flag_threshold"] = thresholds.flag
        log(f"  W {weight:g}, part {name}: {per_part[name]}")
        assessments += scored
        incidents += part_incidents
    return {"pooled": figures(evaluate_assessments(incidents, assessments)), "parts": per_part}


def choose(results: dict[float, dict]) -> float:
    base = results[0.0]["pooled"]["flag_recall"] if 0.0 in results else 0.0
    allowed = [w for w, r in results.items()
               if r["pooled"]["flag_recall"] >= base - MAX_RECALL_LOSS
               and r["pooled"]["flag_precision"] >= MIN_PRECISION]
    if not allowed:
        return 0.0
    best = max(results[w]["pooled"]["continuation_f1"] for w in allowed)
    return min(w for w in allowed if results[w]["pooled"]["continuation_f1"] >= best - TIE)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("generated", nargs="+", help="the generated corpus (data/train.jsonl.gz)")
    parser.add_argument("--handwritten", nargs="+", required=True,
                        help="hand-written parts, each left out in turn")
    parser.add_argument("--holdout", required=True, help="clean held-out file for thresholds")
    parser.add_argument("--weights", nargs="+", type=float, default=[0, 1, 3, 10])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    log("reading and finding cues")
    generated = [a for path in args.generated for a in analysed_file(path)]
    parts = {Path(p).stem: analysed_file(p) for p in args.handwritten}
    held = analysed_file(args.holdout)
    results = {}
    for weight in sorted(set(args.weights)):
        log(f"W {weight:g}")
        results[float(weight)] = leave_one_part_out(generated, parts, held, float(weight),
                                                    args.seed, log)
    chosen = choose(results)
    print(f"{'W':>5} " + " ".join(f"{k:>17}" for k in results[min(results)]["pooled"]))
    for weight, result in results.items():
        print(f"{weight:>5g} " + " ".join(f"{v:>17.3f}" for v in result["pooled"].values()))
    print(f"chosen W = {chosen:g} (rule: highest pooled continuation F1 with flag recall within "
          f"{MAX_RECALL_LOSS} of W 0's and flag precision >= {MIN_PRECISION})")
    if args.json:
        Path(args.json).write_text(json.dumps({"results": {str(k): v for k, v in results.items()},
                                               "chosen": chosen}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
