"""The model registry: versioned model folders in `models/`, the pointer to the current one, and
an append-only log of every change to that pointer.

    models/
      CURRENT          the current model's folder name (replaced atomically, never edited in place)
      history.jsonl    one line per decision: promote, refuse, rollback; who, when, why, the figures
      <model id>/      manifest.json, model.joblib, MODEL_CARD.md (see persist.py)

A folder of models with a `CURRENT` file and no history (how the default model ships) is a valid
registry: the history starts with the first change.

The promotion rule: on one fixed evaluation set, a candidate's flag recall (the share of wrong
no-crime/non-crime decisions it sends to review) may fall at most `tolerance` below the current
model's. Flag recall is the figure a worse model loses quietly: a missed wrong decision is never
looked at again, while a false alarm costs a reviewer a minute. `force` overrides the rule and is
recorded with its reason. A rollback is one call and is never gated: it is the way back.
Beside it a guard: the review workload (the share of no-crime/non-crime decisions flagged) may
rise at most `MAX_WORKLOAD_RISE` above the current model's, so that a candidate cannot pass by
flagging everything (its recall would be perfect and its queue useless).

>>> passes_tolerance(candidate=0.90, current=0.91, tolerance=0.02)
True
>>> passes_tolerance(candidate=0.85, current=0.91, tolerance=0.02)
False
"""
from __future__ import annotations

import getpass
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .errors import InputError, ModelError, UsageError
from .io import iter_records
from .persist import (CURRENT_POINTER, MANIFEST, LoadedModel, load_model, read_manifest,
                      read_pointer, repo_models_dir, verify_artifacts)
from .records import Incident

HISTORY = "history.jsonl"
LOCK = ".lock"
STAGING = ".staging"
DEFAULT_TOLERANCE = 0.02
# The review queue may grow by at most this share of the not-recorded decisions (absolute).
MAX_WORKLOAD_RISE = 0.10
# Recall is a ratio of small counts; compare with a little slack so 0.9 - 0.02 == 0.88 holds.
_EPSILON = 1e-9
PROMOTE, REFUSE, ROLLBACK = "promote", "refuse", "rollback"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers and services
        return "unknown"


# --------------------------------------------------------------------------- figures

@dataclass(frozen=True)
class EvalSet:
    """The fixed evaluation set both models are measured on: labelled incidents + its hash."""

    incidents: list[Incident]
    files: list[str]
    sha256: str

    def describe(self) -> dict[str, Any]:
        return {"files": [Path(f).name for f in self.files], "sha256": self.sha256,
                "records": len(self.incidents)}


def read_eval_set(paths: Sequence[str]) -> EvalSet:
    """Labelled incidents of the evaluation files (unlabelled or invalid records are left out)."""
    incidents = [r for r in iter_records(paths) if isinstance(r, Incident) and r.labels is not None]
    if not incidents:
        raise InputError(f"{', '.join(paths)}: no labelled records to evaluate on "
                         "(the evaluation set needs a `labels` object on each record)")
    # Imported here: these load spaCy, as do the comparisons this set is read for.
    from .evaluation import NOT_RECORDED, flag_truth
    from .training import data_hash
    if not any(i.decision in NOT_RECORDED and flag_truth(i) for i in incidents):
        raise InputError(f"{', '.join(paths)}: no wrong no-crime/non-crime decision in it, so "
                         "flag recall, which decides promotion, cannot be measured")
    return EvalSet(incidents, list(paths), data_hash(paths))


def figures(report: dict[str, Any]) -> dict[str, Any]:
    """The figures a comparison shows, from an `evaluate_assessments` report."""
    flag, targets = report["flag"], report["targets"]
    return {
        "flag_recall": flag["recall"], "flag_precision": flag["precision"],
        "workload": flag["workload"], "wrong_decisions": flag["positives"],
        "missed": flag["confusion"]["fn"], "false_alarms": flag["confusion"]["fp"],
        "should_crime_roc_auc": targets["should_crime"]["roc_auc"],
        "should_crime_ece": targets["should_crime"]["calibration"]["ece"],
        "continuation_f1": targets["continuation"]["f1"],
        "continuation_roc_auc": targets["continuation"]["roc_auc"],
    }


def measure(model: LoadedModel, eval_set: EvalSet) -> dict[str, Any]:
    """Score the evaluation set (linked as one archive) and keep the comparison's figures."""
    # Imported here: scoring loads spaCy, which `models list` and `show` never need.
    from .evaluation import evaluate_incidents
    from .scoring import Scorer
    report, _ = evaluate_incidents(Scorer(model), eval_set.incidents)
    return figures(report)


def check_tolerance(tolerance: float) -> None:
    if not 0 <= tolerance <= 1:
        raise UsageError(f"--tolerance must be in [0, 1] (a fall in flag recall), got {tolerance}")


def passes_tolerance(candidate: float, current: float | None, tolerance: float) -> bool:
    """True when the candidate's flag recall is at most `tolerance` below the current one's."""
    return current is None or candidate >= current - tolerance - _EPSILON


@dataclass(frozen=True)
class Comparison:
    """A candidate and the current model measured on the same evaluation set."""

    eval_set: dict[str, Any]
    candidate_id: str
    candidate: dict[str, Any]
    current_id: str | None
    current: dict[str, Any] | None
    tolerance: float
    max_workload_rise: float = MAX_WORKLOAD_RISE

    @property
    def passes(self) -> bool:
        return self.recall_holds and self.workload_holds

    @property
    def recall_holds(self) -> bool:
        return passes_tolerance(self.candidate["flag_recall"],
                                None if self.current is None else self.current["flag_recall"],
                                self.tolerance)

    @property
    def workload_holds(self) -> bool:
        """The candidate does not buy its recall with a much longer review queue."""
        if self.current is None or self.current.get("workload") is None:
            return True
        return (self.candidate["workload"]
                <= self.current["workload"] + self.max_workload_rise + _EPSILON)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"passes": self.passes}


def compare(candidate: LoadedModel, current: LoadedModel | None, eval_set: EvalSet,
            tolerance: float = DEFAULT_TOLERANCE, *, candidate_id: str | None = None,
            current_id: str | None = None) -> Comparison:
    """Measure both models on `eval_set`; the result says whether the candidate may replace.

    The ids default to the manifests' model ids; pass the registry's folder names when they
    may differ (a folder placed by hand, e.g. `crimeaudit train --output models/NEW`).
    """
    check_tolerance(tolerance)
    return Comparison(eval_set=eval_set.describe(),
                      candidate_id=candidate_id or candidate.model_id,
                      candidate=measure(candidate, eval_set),
                      current_id=(current_id or current.model_id) if current else None,
                      current=measure(current, eval_set) if current else None,
                      tolerance=tolerance)


_ROWS = (("flag recall (the gate)", "flag_recall"),
         ("flag precision", "flag_precision"),
         ("review workload (share flagged)", "workload"),
         ("wrong decisions missed", "missed"),
         ("false alarms", "false_alarms"),
         ("should_crime ROC AUC", "should_crime_roc_auc"),
         ("should_crime calibration error", "should_crime_ece"),
         ("continuation F1", "continuation_f1"),
         ("continuation ROC AUC", "continuation_roc_auc"))


def _cell(value: Any) -> str:
    if value is None:
        return "n/a"
    return str(value) if isinstance(value, int) else f"{value:.3f}"


def format_comparison(comparison: Comparison) -> str:
    """Side by side, as text for people."""
    c = comparison
    data = c.eval_set
    width = max(len(c.current_id or ""), len(c.candidate_id), 10) + 2
    lines = [f"evaluation set: {', '.join(data['files'])} ({data['records']} labelled records, "
             f"sha256 {data['sha256'][:12]}..., {c.candidate['wrong_decisions']} wrong "
             "no-crime/non-crime decisions)", "",
             f"{'':<32}{'current':>{width}}{'candidate':>{width}}{'change':>9}",
             f"{'model':<32}{c.current_id or '(none)':>{width}}{c.candidate_id:>{width}}"]
    for label, key in _ROWS:
        old = None if c.current is None else c.current.get(key)
        new = c.candidate.get(key)
        change = ("" if old is None or new is None else
                  f"{new - old:+d}" if isinstance(new, int) else f"{new - old:+.3f}")
        lines.append(f"{label:<32}{_cell(old) if c.current else '-':>{width}}"
                     f"{_cell(new):>{width}}{change:>9}")
    lines.append("")
    if c.current is None:
        lines.append("rule: there is no current model, so the candidate may be promoted")
    else:
        change = c.candidate["flag_recall"] - c.current["flag_recall"]
        lines.append(f"rule: {'PASSES' if c.passes else 'FAILS'} - flag recall "
                     f"{c.candidate['flag_recall']:.3f} against the current "
                     f"{c.current['flag_recall']:.3f} ({change:+.3f}); a fall of at most "
                     f"{c.tolerance:.3f} is allowed")
        if not c.workload_holds:
            rise = c.candidate["workload"] - c.current["workload"]
            lines.append(f"      and the review workload would rise by {rise:+.3f} (to "
                         f"{c.candidate['workload']:.3f} of not-recorded decisions flagged); "
                         f"a rise of at most {c.max_workload_rise:.3f} is allowed")
    return "\n".join(lines)


# --------------------------------------------------------------------------- registry

@dataclass(frozen=True)
class ModelEntry:
    """One model folder in the registry, as its manifest describes it."""

    model_id: str
    path: Path
    manifest: dict[str, Any] = field(default_factory=dict)
    problem: str | None = None  # why the folder is not a usable model (bad manifest)

    @property
    def created(self) -> str:
        return str(self.manifest.get("created", "?"))

    @property
    def data_sha256(self) -> str:
        return str(self.manifest.get("training_data", {}).get("sha256", "?"))

    @property
    def code(self) -> str:
        code = self.manifest.get("code") or {}
        version = code.get("crimeaudit") or self.manifest.get("versions", {}).get("crimeaudit", "?")
        commit = code.get("git_commit")
        return f"{version}" + (f"+{commit[:8]}{'-dirty' if code.get('git_dirty') else ''}"
                               if commit else "")

    def flag_metric(self, section: str, key: str) -> float | None:
        value = self.manifest.get("metrics", {}).get(section, {}).get("flag", {}).get(key)
        return value if isinstance(value, (int, float)) else None


@dataclass(frozen=True)
class Event:
    """One line of the registry's history."""

    action: str                # promote | refuse | rollback
    model: str                 # the model promoted, refused, or rolled back to
    previous: str | None       # the current model before the event
    at: str = field(default_factory=_now)
    user: str = field(default_factory=_user)
    forced: bool = False
    note: str | None = None
    comparison: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_EVENT_FIELDS = frozenset(Event.__dataclass_fields__)


class Registry:
    """The folder of model versions, its CURRENT pointer and its history.

    >>> Registry("/tmp/no-such-registry").models()
    []
    """

    def __init__(self, root: str | Path | None = None):
        self.root = Path(root) if root is not None else repo_models_dir()

    # ---- reading

    def models(self) -> list[ModelEntry]:
        """Every model folder, oldest first (a folder with a bad manifest is listed with why)."""
        if not self.root.is_dir():
            return []
        entries = []
        for path in self.root.iterdir():
            if not path.is_dir() or path.name.startswith(".") or not (path / MANIFEST).is_file():
                continue
            try:
                entries.append(ModelEntry(path.name, path, read_manifest(path)))
            except ModelError as exc:
                entries.append(ModelEntry(path.name, path, problem=str(exc)))
        return sorted(entries, key=lambda e: (e.created, e.model_id))

    def get(self, model_id: str) -> ModelEntry:
        """The registered model `model_id`; refuses names that are not folders of the registry."""
        if not model_id or Path(model_id).name != model_id or model_id.startswith("."):
            raise UsageError(f"{model_id!r} is not a model id (a folder name in {self.root})")
        path = self.root / model_id
        if not (path / MANIFEST).is_file():
            known = ", ".join(e.model_id for e in self.models()) or "none"
            raise ModelError(f"no model {model_id!r} in {self.root} (registered: {known}); "
                             "see `crimeaudit models list`")
        return ModelEntry(model_id, path, read_manifest(path))

    def current_id(self) -> str | None:
        return read_pointer(self.root)

    def load(self, model_id: str) -> LoadedModel:
        """Load a registered model (artifacts checked against the manifest first)."""
        return load_model(self.get(model_id).path)

    def compare_with_current(self, candidate: LoadedModel, candidate_id: str, eval_set: EvalSet,
                             tolerance: float = DEFAULT_TOLERANCE) -> Comparison:
        """`compare` against the current model, ids being the registry's folder names."""
        current_id = self.current_id()
        current = self.load(current_id) if current_id else None
        return compare(candidate, current, eval_set, tolerance, candidate_id=candidate_id,
                       current_id=current_id)

    def history(self) -> list[Event]:
        path = self.root / HISTORY
        if not path.is_file():
            return []
        events = []
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                events.append(Event(**{k: v for k, v in record.items() if k in _EVENT_FIELDS}))
            except (json.JSONDecodeError, TypeError, AttributeError) as exc:
                raise ModelError(f"{path}:{line_no}: not a registry event ({exc}); the history is "
                                 "only ever appended to, so the line was damaged: restore it "
                                 "from a backup or ask a developer") from None
        return events

    def status(self, model_id: str, events: Sequence[Event] | None = None) -> str:
        """current, refused, retired (was current once), or registered (never decided)."""
        if model_id == self.current_id():
            return "current"
        events = self.history() if events is None else events
        mine = [e for e in events if e.model == model_id or e.previous == model_id]
        if any(e.action in (PROMOTE, ROLLBACK) for e in mine):
            return "retired"
        if any(e.action == REFUSE and e.model == model_id for e in mine):
            return "refused"
        return "registered"

    def previous_of(self, model_id: str, events: Sequence[Event] | None = None) -> str | None:
        """The model that was current before `model_id` was last promoted (rollback's target).

        Promotions, not rollbacks, define the line: after A -> B -> C, rolling back twice gives
        B then A, never C again.
        """
        events = self.history() if events is None else events
        for event in reversed(events):
            if event.action == PROMOTE and event.model == model_id:
                return event.previous
        return None

    # ---- changing

    @contextmanager
    def lock(self) -> Iterator[None]:
        """One change at a time: a lock file beside CURRENT (portable, unlike fcntl)."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / LOCK
        try:
            handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            held = path.read_text(encoding="utf-8", errors="replace").strip() or "unknown"
            raise ModelError(f"{path}: another change to the registry is in progress ({held}); "
                             "if no other retraining or promotion is running, delete this file "
                             "and try again") from None
        try:
            os.write(handle, f"pid {os.getpid()}, user {_user()}, since {_now()}".encode())
            os.close(handle)
            yield
        finally:
            path.unlink(missing_ok=True)

    @contextmanager
    def staging(self) -> Iterator[Path]:
        """An empty folder inside the registry to train into (same disk, so `add` is a rename);
        removed with whatever is left in it when the block ends."""
        area = self.root / STAGING
        area.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="candidate-", dir=area))
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            try:
                area.rmdir()
            except OSError:
                pass  # another run is staging too

    def available_id(self, base: str) -> str:
        """`base`, or `base-2`, `base-3`, ... when a model of that id is already registered
        (a retrain on the same data and seed, e.g. with other settings or newer code)."""
        candidate, number = base, 1
        while (self.root / candidate).exists():
            number += 1
            candidate = f"{base}-{number}"
        return candidate

    def add(self, folder: Path) -> ModelEntry:
        """Move a freshly trained model folder into the registry under its manifest's id."""
        manifest = read_manifest(folder)
        verify_artifacts(folder, manifest)
        model_id = str(manifest["model_id"])
        if Path(model_id).name != model_id or model_id.startswith("."):
            raise ModelError(f"{folder}: model id {model_id!r} cannot name a folder")
        destination = self.root / model_id
        with self.lock():
            if destination.exists():
                raise ModelError(f"{destination} already exists: model ids are never reused; "
                                 "train with another id")
            os.replace(folder, destination)
        return ModelEntry(model_id, destination, manifest)

    def _write_pointer(self, model_id: str) -> None:
        temporary = self.root / f".{CURRENT_POINTER}.{os.getpid()}.tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(model_id + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.root / CURRENT_POINTER)  # readers see the old or the new name

    def _record(self, event: Event) -> Event:
        with open(self.root / HISTORY, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        return event

    def _make_current(self, model_id: str, event: Event) -> Event:
        entry = self.get(model_id)
        verify_artifacts(entry.path, entry.manifest)  # never point at a model that would be refused
        self._write_pointer(model_id)
        return self._record(event)

    def promote(self, comparison: Comparison, *, force: bool = False,
                note: str | None = None) -> Event:
        """Make the compared candidate current if it passes the rule (or `force`), else record
        the refusal. Returns the event; `event.action` says which happened."""
        if force and not (note and note.strip()):
            raise UsageError("--force needs a reason for the record: add --note \"why\"")
        model_id = comparison.candidate_id
        with self.lock():
            current = self.current_id()
            if current != comparison.current_id:
                raise ModelError(f"the current model changed from {comparison.current_id} to "
                                 f"{current} after the comparison was made; compare again")
            if model_id == current:
                raise UsageError(f"{model_id} is already the current model")
            event = Event(PROMOTE if comparison.passes or force else REFUSE, model_id, current,
                          forced=force, note=note, comparison=comparison.to_dict())
            if event.action == REFUSE:
                self.get(model_id)
                return self._record(event)
            return self._make_current(model_id, event)

    def rollback(self, to: str | None = None, *, note: str | None = None) -> Event:
        """Make `to` (default: the model current before the current one) current again."""
        with self.lock():
            current = self.current_id()
            if to is None:
                if current is None:
                    raise ModelError(f"{self.root}: there is no current model to roll back from")
                to = self.previous_of(current)
                if to is None:
                    raise ModelError(f"the history of {self.root} records no model before "
                                     f"{current}; name the one to go back to: "
                                     "`crimeaudit models rollback ID` (see `crimeaudit models list`)")
            if to == current:
                raise UsageError(f"{to} is already the current model")
            return self._make_current(to, Event(ROLLBACK, to, current, note=note))


# --------------------------------------------------------------------------- rendering

def describe_models(registry: Registry) -> list[dict[str, Any]]:
    """One summary per model folder, oldest first (what `models list --json` prints)."""
    events = registry.history()
    return [{"model_id": e.model_id, "status": f"broken: {e.problem}" if e.problem
             else registry.status(e.model_id, events), "created": e.created,
             "data_sha256": e.data_sha256, "code": e.code,
             "heldout_flag_recall": e.flag_metric("heldout_generated", "recall"),
             "eval_flag_recall": e.flag_metric("evaluation", "recall")} for e in registry.models()]


def format_listing(registry: Registry) -> str:
    """`crimeaudit models list` as a table, the current model marked with *."""
    models = describe_models(registry)
    if not models:
        return f"no models in {registry.root}"
    rows = [("", "ID", "CREATED", "DATA", "CODE", "HELD-OUT", "EVAL", "STATUS")]
    rows += [("*" if m["status"] == "current" else "", m["model_id"], m["created"],
              m["data_sha256"][:8], m["code"], _dash(m["heldout_flag_recall"]),
              _dash(m["eval_flag_recall"]), m["status"]) for m in models]
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.append("HELD-OUT, EVAL: flag recall on the training data's held-out share, and on the "
                 "evaluation set at retraining")
    return "\n".join(lines)


def _dash(value: float | None) -> str:
    return "-" if value is None else _cell(value)


def format_entry(registry: Registry, model_id: str | None = None) -> str:
    """`crimeaudit models show`: the manifest in words, the artifact check, its history."""
    model_id = model_id or registry.current_id()
    if model_id is None:
        raise ModelError(f"{registry.root}: no current model; name one (see `crimeaudit models list`)")
    entry = registry.get(model_id)
    m = entry.manifest
    data, params = m.get("training_data", {}), m.get("params", {})
    try:
        verify_artifacts(entry.path, m)
        check = "every artifact matches its sha256 in the manifest"
    except ModelError as exc:
        check = f"REFUSED: {exc}"
    events = registry.history()
    lines = [f"model {entry.model_id} ({registry.status(model_id, events)})",
             f"  folder        {entry.path}",
             *([f"  manifest id   {m.get('model_id')} (assessments carry this id)"]
               if m.get("model_id") != entry.model_id else []),
             f"  created       {entry.created}",
             f"  code          crimeaudit {entry.code}",
             f"  libraries     " + ", ".join(f"{k} {v}" for k, v in m.get("versions", {}).items()),
             f"  training data {', '.join(data.get('files', []))}: {data.get('records')} records, "
             f"sha256 {data.get('sha256')}",
             f"  params        " + ", ".join(f"{k}={v}" for k, v in params.items()),
             f"  thresholds    " + ", ".join(f"{k}={v}" for k, v in m.get("thresholds", {}).items()),
             f"  artifacts     {check}",
             f"  model card    {entry.path / 'MODEL_CARD.md'}"]
    for item in data.get("inputs", []):  # retrained models: every input file and its hash
        lines.append(f"  input         {item['role']:<9} {item['file']} sha256 {item['sha256']}")
    if "audited_records" in data:
        skipped = sum(data.get("outcomes_skipped", {}).values())
        lines.append(f"  merge         {data['audited_records']} audited records (weight "
                     f"{data['real_weight']:g}), {data['generated_records']} generated (weight "
                     f"{data['generated_weight']:g}), {data['generated_replaced']} generated "
                     f"replaced; outcomes: {data['outcome_lines']} lines, "
                     f"{data['outcomes_superseded']} superseded, {skipped} skipped")
    for section, summary in m.get("metrics", {}).items():
        flag = summary.get("flag", {})
        lines.append(f"  metrics       {section}: n={summary.get('n')}, flag recall "
                     f"{_cell(flag.get('recall'))}, precision {_cell(flag.get('precision'))}, "
                     f"workload {_cell(flag.get('workload'))}")
    mine = [e for e in events if model_id in (e.model, e.previous)]
    lines.append("history:" if mine else "history: none recorded")
    lines += ["  " + format_event(e) for e in mine]
    return "\n".join(lines)


def format_event(event: Event) -> str:
    what = {PROMOTE: f"promoted {event.model} (was {event.previous or 'none'})",
            REFUSE: f"refused {event.model} (kept {event.previous or 'none'})",
            ROLLBACK: f"rolled back to {event.model} (from {event.previous or 'none'})"}
    text = f"{event.at}  {event.user}: {what.get(event.action, event.action)}"
    if event.comparison:
        c = event.comparison
        old = c["current"]["flag_recall"] if c.get("current") else None
        text += (f"; flag recall {_cell(c['candidate']['flag_recall'])} vs {_cell(old)} on "
                 f"{', '.join(c['eval_set']['files'])}, tolerance {c['tolerance']:.3f}")
    if event.forced:
        text += "; FORCED"
    if event.note:
        text += f"; note: {event.note}"
    return text


def format_decision(event: Event, eval_hint: str = "EVAL_FILE") -> str:
    """One or two sentences on what happened to the candidate."""
    if event.action == PROMOTE:
        forced = (" FORCED past the rule" if event.forced and event.comparison
                  and not event.comparison["passes"] else "")
        return (f"promoted {event.model}{forced}: it is now the current model "
                f"(was {event.previous or 'none'}). Undo with `crimeaudit models rollback`.")
    return (f"NOT promoted: {event.model} is registered but {event.previous} stays the current "
            f"model. To promote it anyway, with a reason for the record: `crimeaudit models "
            f"promote {event.model} --eval {eval_hint} --force --note \"why\"`")
