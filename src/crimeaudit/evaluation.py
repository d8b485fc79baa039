"""Measuring judgement: per-target and flag metrics, calibration, breakdowns, workload.

Pure functions over arrays and assessments; `evaluate_incidents` wires them to a scorer.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import (average_precision_score, confusion_matrix, f1_score,
                             precision_score, recall_score, roc_auc_score)

from .linking import link_incidents
from .records import Assessment, Incident
from .scoring import Scorer

NOT_RECORDED = ("no-crime", "non-crime")
CALIBRATION_BINS = 10
WORKLOAD_THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def _safe_auc(metric, y_true: np.ndarray, scores: np.ndarray) -> float | None:
    return float(metric(y_true, scores)) if len(set(y_true.tolist())) == 2 else None


def binary_metrics(y_true: Sequence[int], predicted: Sequence[int],
                   scores: Sequence[float] | None = None) -> dict[str, Any]:
    """Precision, recall, F1, confusion matrix and (with scores) ROC AUC and PR AUC.

    >>> binary_metrics([1, 0, 1], [1, 0, 0])["recall"]
    0.5
    """
    y_true, predicted = np.asarray(y_true, int), np.asarray(predicted, int)
    tn, fp, fn, tp = confusion_matrix(y_true, predicted, labels=[0, 1]).ravel().tolist()
    result: dict[str, Any] = {
        "n": int(len(y_true)), "positives": int(y_true.sum()),
        "precision": float(precision_score(y_true, predicted, zero_division=0)),
        "recall": float(recall_score(y_true, predicted, zero_division=0)),
        "f1": float(f1_score(y_true, predicted, zero_division=0)),
        "confusion": {"tn": tn, "fp": fp, "fn": fn, "tp": tp},
    }
    if scores is not None:
        scores = np.asarray(scores, float)
        result["roc_auc"] = _safe_auc(roc_auc_score, y_true, scores)
        result["pr_auc"] = _safe_auc(average_precision_score, y_true, scores)
    return result


def reliability(y_true: Sequence[int], probabilities: Sequence[float],
                bins: int = CALIBRATION_BINS) -> dict[str, Any]:
    """Expected calibration error and the reliability table (equal-width bins).

    >>> round(reliability([0, 1], [0.0, 1.0])["ece"], 3)
    0.0
    """
    y_true, probabilities = np.asarray(y_true, float), np.asarray(probabilities, float)
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(probabilities, edges[1:-1]), 0, bins - 1)
    table, ece = [], 0.0
    for b in range(bins):
        mask = index == b
        if not mask.any():
            continue
        mean_p, observed = float(probabilities[mask].mean()), float(y_true[mask].mean())
        ece += mask.sum() / len(y_true) * abs(mean_p - observed)
        table.append({"bin": f"{edges[b]:.1f}-{edges[b + 1]:.1f}", "n": int(mask.sum()),
                      "mean_predicted": round(mean_p, 4), "observed": round(observed, 4)})
    return {"ece": float(ece), "table": table}


def flag_truth(incident: Incident) -> bool:
    """A not-recorded decision is wrong (should be flagged) when it should have been crimed."""
    return bool(incident.labels and incident.labels.should_crime)


def _breakdown(incidents: Sequence[Incident], assessments: Sequence[Assessment],
               key: str) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for position, incident in enumerate(incidents):
        groups[getattr(incident, key) or "(none)"].append(position)
    result = {}
    for name, positions in sorted(groups.items()):
        truth = [flag_truth(incidents[p]) for p in positions]
        flagged = [assessments[p].flag for p in positions]
        result[name] = {"n": len(positions), "wrong_decisions": int(sum(truth)),
                        "flagged": int(sum(flagged)),
                        "caught": int(sum(t and f for t, f in zip(truth, flagged))),
                        "false_alarms": int(sum(f and not t for t, f in zip(truth, flagged)))}
    return result


def workload_curve(incidents: Sequence[Incident], p_crime: np.ndarray) -> list[dict[str, float]]:
    """Share of not-recorded decisions sent to review against flag recall, by threshold on
    p_should_crime alone (what a reviewer team trades when it moves the bar)."""
    truth = np.array([flag_truth(i) for i in incidents], bool)
    curve = []
    for threshold in WORKLOAD_THRESHOLDS:
        flagged = p_crime >= threshold
        recall = float((flagged & truth).sum() / truth.sum()) if truth.any() else 0.0
        curve.append({"threshold": threshold, "share_flagged": float(flagged.mean()) if len(flagged) else 0.0,
                      "flag_recall": recall})
    return curve


def evaluate_assessments(incidents: Sequence[Incident],
                         assessments: Sequence[Assessment],
                         continuation_threshold: float = 0.5) -> dict[str, Any]:
    """Every figure `crimeaudit evaluate` reports, from labelled incidents and their assessments."""
    labelled = [(i, a) for i, a in zip(incidents, assessments) if i.labels is not None]
    if not labelled:
        return {"n": 0}
    incidents = [i for i, _ in labelled]
    assessments = [a for _, a in labelled]
    probs = np.array([[a.p_continuation, a.p_should_crime] for a in assessments])
    truth = np.array([[i.labels.continuation, i.labels.should_crime] for i in incidents], int)
    report: dict[str, Any] = {"n": len(incidents), "targets": {}}
    for column, name in enumerate(("continuation", "should_crime")):
        threshold = continuation_threshold if name == "continuation" else 0.5
        metrics = binary_metrics(truth[:, column], probs[:, column] >= threshold, probs[:, column])
        metrics["threshold"] = threshold
        metrics["calibration"] = reliability(truth[:, column], probs[:, column])
        report["targets"][name] = metrics
    audited = [k for k, i in enumerate(incidents) if i.decision in NOT_RECORDED]
    audited_incidents = [incidents[k] for k in audited]
    audited_assessments = [assessments[k] for k in audited]
    flag = binary_metrics([flag_truth(i) for i in audited_incidents],
                          [a.flag for a in audited_assessments],
                          [a.priority for a in audited_assessments])
    flag["workload"] = float(np.mean([a.flag for a in audited_assessments])) if audited else 0.0
    report["flag"] = flag
    report["workload_curve"] = workload_curve(audited_incidents, probs[audited, 1] if audited
                                              else np.zeros(0))
    report["by_classification"] = _breakdown(audited_incidents, audited_assessments, "classification")
    report["by_unit"] = _breakdown(audited_incidents, audited_assessments, "unit")
    report["crimed_flagged"] = int(sum(a.flag for i, a in zip(incidents, assessments)
                                       if i.decision == "crimed"))
    return report


def evaluate_incidents(scorer: Scorer, incidents: Sequence[Incident],
                       link: bool = True) -> tuple[dict[str, Any], list[Assessment]]:
    """Score labelled incidents (linking them as an archive) and measure the result."""
    histories = link_incidents(incidents) if link else None
    assessments = scorer.assess(incidents, histories)
    report = evaluate_assessments(incidents, assessments, scorer.model.thresholds.continuation)
    report["model"] = scorer.model_id
    return report, assessments


def format_report(report: dict[str, Any]) -> str:
    """The evaluation as text for people."""
    if not report.get("n"):
        return "no labelled records to evaluate"
    lines = [f"model {report.get('model', '?')} on {report['n']} labelled records", ""]
    lines.append(f"{'target':<14}{'prec':>7}{'recall':>8}{'F1':>7}{'ROC AUC':>9}{'PR AUC':>8}{'ECE':>7}")
    for name, m in report["targets"].items():
        lines.append(f"{name:<14}{m['precision']:>7.3f}{m['recall']:>8.3f}{m['f1']:>7.3f}"
                     f"{_fmt(m['roc_auc']):>9}{_fmt(m['pr_auc']):>8}{m['calibration']['ece']:>7.3f}")
    flag = report["flag"]
    lines += ["", f"flag on {flag['n']} no-crime/non-crime decisions ({flag['positives']} wrong):",
              f"  precision {flag['precision']:.3f}  recall {flag['recall']:.3f}  F1 {flag['f1']:.3f}"
              f"  workload {flag['workload']:.1%} flagged",
              f"  confusion tn={flag['confusion']['tn']} fp={flag['confusion']['fp']} "
              f"fn={flag['confusion']['fn']} tp={flag['confusion']['tp']}",
              f"  crimed decisions flagged: {report['crimed_flagged']}"]
    for name in ("continuation", "should_crime"):
        c = report["targets"][name]["confusion"]
        lines.append(f"{name} confusion: tn={c['tn']} fp={c['fp']} fn={c['fn']} tp={c['tp']}")
    lines += ["", "reliability of p_should_crime:"]
    for row in report["targets"]["should_crime"]["calibration"]["table"]:
        lines.append(f"  {row['bin']}  n={row['n']:<5} predicted {row['mean_predicted']:.2f}  "
                     f"observed {row['observed']:.2f}")
    lines += ["", "review workload against flag recall (threshold on p_should_crime):"]
    for point in report["workload_curve"]:
        lines.append(f"  >= {point['threshold']:.1f}: {point['share_flagged']:.1%} flagged, "
                     f"recall {point['flag_recall']:.3f}")
    for key, title in (("by_unit", "unit"), ("by_classification", "classification")):
        lines += ["", f"by {title}: n / wrong / flagged / caught / false alarms"]
        for name, row in report[key].items():
            lines.append(f"  {name:<28}{row['n']:>5}{row['wrong_decisions']:>6}{row['flagged']:>6}"
                         f"{row['caught']:>6}{row['false_alarms']:>6}")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
