"""Retraining from reviewers' audited outcomes: merge, train a candidate, compare, promote.

The merge policy (docs/RETRAINING.md says the same for data staff):

1. Each outcome names an incident in one of the archives given. Its labels become
   `should_crime = (verdict == "should-be-crimed")`, and `continuation` = the outcome's
   `continuation`, or, when that is null, the incident's own audited `labels.continuation`.
   When neither says, the outcome is skipped and counted: both targets learn from every record,
   and a record labelled for one target only would need masking in the estimator, the split and
   every metric. The review form asks reviewers for continuation; that is the fix.
2. An incident reviewed more than once counts once, with its last outcome (files in the order
   given, lines in file order).
3. An outcome whose incident is in none of the archives, or is invalid there, is skipped and
   counted; if no outcome can be used at all, retraining stops.
4. Each audited record weighs `real_weight` (default 5) in training, each generated record 1:
   audited verdicts are real but few, generated records invented but many, so a real verdict
   counts for more without a handful of them swamping the corpus.
5. An audited incident that is also in the generated corpus (same id) replaces it there.
6. Linked history is found within each source: across all the archives together (as `batch`
   does when scoring), and within the generated corpus; never between them, so an invented name
   never links to a real person.
7. The evaluation set must share no incident id with the training data: a model cannot be
   measured on what it learnt from.

Archives are streamed (linking through an on-disk index); only the reviewed incidents are kept.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .errors import InputError, UsageError
from .io import incident_to_dict, iter_records
from .linking import LinkIndex, link_incidents
from .outcomes import Outcome, latest_outcomes, read_outcomes
from .persist import sha256_of, write_manifest
from .records import History, Incident, Labels, Rejected
from .registry import (DEFAULT_TOLERANCE, Comparison, EvalSet, Event, ModelEntry, Registry,
                       check_tolerance, compare, read_eval_set)
from .training import (DEFAULT_TARGET_RECALL, TrainingData, default_model_id,
                       read_training_data, train_on)

DEFAULT_REAL_WEIGHT = 5.0
GENERATED_WEIGHT = 1.0
# Each hand-written record (data/handwritten/) counts this many times beside the generated
# corpus: chosen by scripts/select_handwritten_weight.py, as the shipped model was trained.
HANDWRITTEN_WEIGHT = 10.0
SHOWN_IDS = 10
# Why an outcome was not used (keys of MergeSummary.skipped).
NOT_IN_ARCHIVES = "incident not in the archives given"
INVALID_IN_ARCHIVE = "incident invalid in its archive (run `crimeaudit validate`)"
NO_CONTINUATION = "continuation not given by the reviewer nor in the incident's labels"


@dataclass(frozen=True)
class MergeSummary:
    """What went into the training set, for the person running the retrain and the manifest."""

    generated: int
    generated_skipped: int
    replaced: int
    outcome_lines: int
    superseded: int
    audited: int
    skipped: dict[str, list[str]]
    real_weight: float
    handwritten: int = 0
    handwritten_weight: float = HANDWRITTEN_WEIGHT

    def as_text(self) -> str:
        lines = [f"outcomes: {self.outcome_lines} lines read, {self.superseded} superseded by a "
                 f"later review of the same incident, {self.audited} audited incidents used "
                 f"(weight {self.real_weight:g} each)",
                 f"generated corpus: {self.generated} records used (weight {GENERATED_WEIGHT:g} each)"
                 f", {self.replaced} replaced by an audited outcome, {self.generated_skipped} "
                 "invalid or unlabelled left out"]
        if self.handwritten:
            lines.append(f"hand-written records: {self.handwritten} used (weight "
                         f"{self.handwritten_weight:g} each)")
        for reason, ids in self.skipped.items():
            shown = ", ".join(ids[:SHOWN_IDS]) + (", ..." if len(ids) > SHOWN_IDS else "")
            lines.append(f"skipped {len(ids)} outcome(s), {reason}: {shown}")
        return "\n".join(lines)

    def to_manifest(self) -> dict:
        return {"generated_records": self.generated, "audited_records": self.audited,
                "generated_replaced": self.replaced, "real_weight": self.real_weight,
                "generated_weight": GENERATED_WEIGHT, "outcome_lines": self.outcome_lines,
                "outcomes_superseded": self.superseded,
                "outcomes_skipped": {reason: len(ids) for reason, ids in self.skipped.items()},
                "handwritten_records": self.handwritten,
                "handwritten_weight": self.handwritten_weight if self.handwritten else None}


def audited_labels(outcome: Outcome, incident: Incident) -> Labels | None:
    """The training labels an outcome gives its incident; None when continuation is unknown.

    >>> inc = Incident("A", "t", "n", labels=Labels(continuation=True, should_crime=False))
    >>> audited_labels(Outcome("A", "should-be-crimed"), inc)
    Labels(continuation=True, should_crime=True)
    """
    continuation = outcome.continuation
    if continuation is None and incident.labels is not None:
        continuation = incident.labels.continuation
    if continuation is None:
        return None
    return Labels(continuation=continuation, should_crime=outcome.verdict == "should-be-crimed")


def _read_latest(paths: Sequence[str]) -> tuple[dict[str, Outcome], int]:
    every = [outcome for path in paths for outcome in read_outcomes(path)]
    return latest_outcomes(every), len(every)


def _reviewed_incidents(archives: Sequence[str], wanted: set[str]
                        ) -> tuple[dict[str, Incident], dict[str, History], set[str]]:
    """The reviewed incidents of the archives, their linked history across all the archives,
    and the reviewed ids found only as invalid records. The first record of an id counts."""
    found: dict[str, tuple[int, Incident]] = {}
    invalid: set[str] = set()
    with LinkIndex() as index:
        for position, item in enumerate(iter_records(archives)):
            if isinstance(item, Rejected):
                if item.incident_id in wanted:
                    invalid.add(item.incident_id)
                continue
            index.add(position, item)
            if item.incident_id in wanted and item.incident_id not in found:
                found[item.incident_id] = (position, item)
        histories = index.histories(found.values())
    ordered = dict(sorted(found.items(), key=lambda kv: kv[1][0]))  # archive order
    return ({k: inc for k, (_, inc) in ordered.items()}, histories, invalid - set(found))


def merged_hash(incidents: Sequence[Incident], weights: Sequence[float],
                histories: dict[str, History]) -> str:
    """sha256 of exactly what training sees: each record, its weight and its linked history."""
    digest = hashlib.sha256()
    for incident, weight in zip(incidents, weights):
        history = histories.get(incident.incident_id, History())
        digest.update(json.dumps([incident_to_dict(incident), weight, list(history.linked),
                                  history.earlier], sort_keys=True, ensure_ascii=False).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def merge_training_data(generated: Sequence[str], archives: Sequence[str],
                        outcomes: Sequence[str], *, real_weight: float = DEFAULT_REAL_WEIGHT,
                        handwritten: Sequence[str] = (),
                        handwritten_weight: float = HANDWRITTEN_WEIGHT,
                        ) -> tuple[TrainingData, MergeSummary]:
    """The generated corpus and any hand-written files, plus the audited incidents, weighted,
    by the module's policy."""
    for option, weight in (("--real-weight", real_weight),
                           ("--handwritten-weight", handwritten_weight)):
        if weight <= 0:
            raise UsageError(f"{option} must be positive, got {weight}")
    latest, lines = _read_latest(outcomes)
    if not latest:
        raise InputError(f"{', '.join(outcomes)}: no outcomes to learn from")
    reviewed, archive_histories, invalid = _reviewed_incidents(archives, set(latest))
    skipped: dict[str, list[str]] = defaultdict(list)
    audited: list[Incident] = []
    for incident_id in latest.keys() - reviewed.keys():
        skipped[INVALID_IN_ARCHIVE if incident_id in invalid else NOT_IN_ARCHIVES].append(incident_id)
    for incident_id, incident in reviewed.items():
        labels = audited_labels(latest[incident_id], incident)
        if labels is None:
            skipped[NO_CONTINUATION].append(incident_id)
        else:
            audited.append(dataclasses.replace(incident, labels=labels))
    if not audited:
        raise InputError(f"none of the {len(latest)} reviewed incidents in {', '.join(outcomes)} "
                         f"can be used: " + "; ".join(f"{len(v)} {k}" for k, v in skipped.items())
                         + ". Did you pass the archive(s) the outcomes refer to?")
    audited_ids = {i.incident_id for i in audited}
    corpus, left_out, replaced = _unaudited(generated, audited_ids)
    written, written_left_out, written_replaced = [], 0, 0
    histories = link_incidents(corpus)
    for path in handwritten:          # each file its own archive, as `read_training_data`
        found, skipped_here, replaced_here = _unaudited([path], audited_ids)
        histories.update(link_incidents(found))
        written += found
        written_left_out += skipped_here
        written_replaced += replaced_here
    incidents = corpus + written + audited
    weights = ([GENERATED_WEIGHT] * len(corpus) + [float(handwritten_weight)] * len(written)
               + [float(real_weight)] * len(audited))
    histories.update({k: v for k, v in archive_histories.items() if k in audited_ids})
    summary = MergeSummary(generated=len(corpus), generated_skipped=left_out, replaced=replaced,
                           outcome_lines=lines, superseded=lines - len(latest),
                           audited=len(audited),
                           skipped={k: sorted(v) for k, v in sorted(skipped.items())},
                           real_weight=float(real_weight), handwritten=len(written),
                           handwritten_weight=float(handwritten_weight))
    inputs = [{"role": role, "file": Path(p).name, "sha256": sha256_of(Path(p))}
              for role, paths in (("generated", generated), ("handwritten", handwritten),
                                  ("archive", archives), ("outcomes", outcomes)) for p in paths]
    data = TrainingData(incidents=incidents, sha256=merged_hash(incidents, weights, histories),
                        sources=[*generated, *handwritten, *archives, *outcomes],
                        rejected=left_out + written_left_out,
                        weights=np.asarray(weights), histories=histories,
                        details={"merge_policy": "audited outcomes + generated corpus, "
                                 "docs/RETRAINING.md", "inputs": inputs, **summary.to_manifest()})
    return data, summary


def _unaudited(paths: Sequence[str], audited_ids: set[str]) -> tuple[list[Incident], int, int]:
    """Labelled records of `paths` not superseded by an audited outcome; counts of those left
    out (invalid or unlabelled) and of those replaced."""
    kept, left_out, replaced = [], 0, 0
    for item in iter_records(paths):
        if isinstance(item, Rejected) or item.labels is None:
            left_out += 1
        elif item.incident_id in audited_ids:
            replaced += 1
        else:
            kept.append(item)
    return kept, left_out, replaced


def check_no_overlap(data: TrainingData, eval_set: EvalSet) -> None:
    """Refuse an evaluation set that shares incidents with the training data."""
    shared = sorted({i.incident_id for i in data.incidents}
                    & {i.incident_id for i in eval_set.incidents})
    if shared:
        shown = ", ".join(shared[:SHOWN_IDS]) + (", ..." if len(shared) > SHOWN_IDS else "")
        raise InputError(f"the evaluation set {', '.join(eval_set.files)} shares {len(shared)} "
                         f"incident(s) with the training data ({shown}); a model cannot be measured "
                         "on what it learnt from: keep the evaluation set out of the outcomes, "
                         "archives and generated corpus")


@dataclass(frozen=True)
class RetrainResult:
    summary: MergeSummary
    candidate: ModelEntry
    comparison: Comparison
    event: Event

    @property
    def promoted(self) -> bool:
        return self.event.action == "promote"


def retrain(registry: Registry, *, generated: Sequence[str], archives: Sequence[str],
            outcomes: Sequence[str], eval_paths: Sequence[str], seed: int = 0,
            real_weight: float = DEFAULT_REAL_WEIGHT, tolerance: float = DEFAULT_TOLERANCE,
            force: bool = False, note: str | None = None, C: float | None = None,
            target_recall: float = DEFAULT_TARGET_RECALL,
            holdout: Sequence[str] = (), handwritten: Sequence[str] = (),
            handwritten_weight: float = HANDWRITTEN_WEIGHT,
            progress: Callable[[str], None] = lambda message: None) -> RetrainResult:
    """Merge, train a candidate into the registry, compare it with the current model on the
    evaluation set, and promote it if it passes (or `force`). A refused candidate stays
    registered, so it can be inspected or promoted later with a recorded reason.

    `holdout`: clean labelled records to choose thresholds on (as `crimeaudit train --holdout`);
    needed when the generated corpus carries deliberate label noise, as the shipped one does."""
    if force and not (note and note.strip()):
        raise UsageError("--force needs a reason for the record: add --note \"why\"")
    check_tolerance(tolerance)  # options are checked before minutes of training, not after
    progress("reading outcomes, archives and the generated corpus")
    data, summary = merge_training_data(generated, archives, outcomes, real_weight=real_weight,
                                        handwritten=handwritten,
                                        handwritten_weight=handwritten_weight)
    progress(summary.as_text())
    eval_set = read_eval_set(eval_paths)
    check_no_overlap(data, eval_set)
    current_id = registry.current_id()
    # Loaded (and so checked) now: a refused current model stops the run before training.
    current = registry.load(current_id) if current_id else None
    with registry.staging() as stage:
        model_id = registry.available_id(default_model_id(data.sha256, seed))
        held = read_training_data(holdout) if holdout else None
        candidate = train_on(data, stage, seed=seed, C=C, target_recall=target_recall,
                             progress=progress, model_id=model_id, holdout=held)
        progress(f"measuring {'both models' if current else 'the candidate'} on "
                 f"{', '.join(eval_set.files)}")
        comparison = compare(candidate, current, eval_set, tolerance, candidate_id=model_id,
                             current_id=current_id)
        manifest = dict(candidate.manifest)
        manifest["metrics"] = {**manifest["metrics"], "evaluation": {
            "n": len(eval_set.incidents), "set": eval_set.describe(),
            "flag": {"recall": comparison.candidate["flag_recall"],
                     "precision": comparison.candidate["flag_precision"],
                     "workload": comparison.candidate["workload"]}}}
        write_manifest(stage, manifest)
        entry = registry.add(stage)
    event = registry.promote(comparison, force=force, note=note)
    return RetrainResult(summary, entry, comparison, event)

