"""The model card: a Markdown page written beside each trained model."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .persist import MODEL_CARD

INTENDED_USE = """crimeaudit flags recorded no-crime and non-crime decisions that look wrong so that a
person reviews them. It decides nothing: a flag is a request for human review, never a
recording decision. It is for audit teams and crime registrars working through archives of
calls and notes."""

LIMITS = """- Trained on invented calls only: generated ones and, where the training data lists them,
  a few hundred written by hand (real labelled calls cannot leave a force); its figures on
  generated held-out data overstate how it does on real calls. The independent set
  `shared/eval/dev.jsonl` is the honest measure: see the project README and data/README.md.
- English only; rules and features assume UK policing vocabulary.
- Probabilities are calibrated on generated data; on real archives check the reliability table
  on an audited sample before relying on them.
- It does not see audio, only transcripts; speech-to-text errors can hide cues."""


def _metrics_table(report: dict[str, Any]) -> list[str]:
    rows = ["| target | precision | recall | F1 | ROC AUC | PR AUC | ECE |", "|---|---|---|---|---|---|---|"]
    for name, m in report.get("targets", {}).items():
        rows.append(f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
                    f"{_f(m['roc_auc'])} | {_f(m['pr_auc'])} | {m['calibration']['ece']:.3f} |")
    flag = report.get("flag")
    if flag:
        rows.append(f"| flag (no-crime/non-crime) | {flag['precision']:.3f} | {flag['recall']:.3f} | "
                    f"{flag['f1']:.3f} | | | workload {flag['workload']:.1%} |")
    return rows


def _weights_text(data: dict[str, Any]) -> str:
    """' Each record of X counts W times.' for files weighted other than 1 (none: '')."""
    weighted = {name: w for name, w in data.get("file_weights", {}).items() if w != 1}
    by_weight: dict[float, list[str]] = {}
    for name, weight in weighted.items():
        by_weight.setdefault(weight, []).append(name)
    return "".join(f" Each record of {', '.join(names)} counts {weight:g} times."
                   for weight, names in by_weight.items())


def _holdout_text(data: dict[str, Any]) -> str:
    held = data.get("holdout")
    if held:
        return (f"Thresholds and the held-out figures below come from {', '.join(held['files'])} "
                f"({held['records']} records, never trained on).")
    share = int((data.get("holdout_share") or 0) * 100)
    return f"{share}% held out for thresholds and the figures below."


def _method_lines(params: dict[str, Any]) -> list[str]:
    """How the classifiers were fitted, as the manifest records it (older models: not at all)."""
    calibration = params.get("calibration")
    if not calibration:
        return []
    held_out = ("folds holding out whole classifications"
                if calibration.get("folds_hold_out_classifications") else "stratified folds")
    C = ", ".join(f"{target} {value:g}" for target, value in params.get("C", {}).items())
    return ["", "## Method", "",
            f"Logistic regression per target (C: {C}) over hashed word n-grams and cue counts, "
            f"calibrated ({calibration.get('method')}) on cross-validated scores from "
            f"{held_out}; seed {params.get('seed')}; flag threshold chosen for flag recall >= "
            f"{params.get('target_recall')} on the held-out file."]


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_model_card(manifest: dict[str, Any], heldout: dict[str, Any],
                      dev: dict[str, Any] | None = None) -> str:
    data = manifest.get("training_data", {})
    lines = [f"# Model card: {manifest['model_id']}", "", f"Created {manifest['created']}; "
             f"crimeaudit {manifest['versions'].get('crimeaudit')}, scikit-learn "
             f"{manifest['versions'].get('scikit-learn')}, spaCy {manifest['versions'].get('spacy')}.",
             "", "## Intended use", "", INTENDED_USE, "", "## Training data", "",
             f"Files {', '.join(data.get('files', []))} ({data.get('records')} labelled records, "
             f"sha256 {str(data.get('sha256'))[:16]}...).{_weights_text(data)} {_holdout_text(data)}", "",
             "## Thresholds", "",
             "| name | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in manifest.get("thresholds", {}).items()]
    lines += _method_lines(manifest.get("params", {}))
    lines += ["", "## Held-out generated data", ""] + _metrics_table(heldout)
    if dev:
        lines += ["", "## Independent evaluation set (shared/eval/dev.jsonl, never trained on)", "",
                  f"Measured with `crimeaudit evaluate ../shared/eval/dev.jsonl --model "
                  f"models/{manifest['model_id']}`.", ""]
        lines += _metrics_table(dev)
    lines += ["", "## Limits", "", LIMITS, ""]
    return "\n".join(lines)


def write_model_card(directory: Path, manifest: dict[str, Any], heldout: dict[str, Any],
                     dev: dict[str, Any] | None = None) -> Path:
    path = directory / MODEL_CARD
    path.write_text(render_model_card(manifest, heldout, dev), encoding="utf-8")
    return path
