"""The `crimeaudit` command: wiring only. Each command parses options, calls one library
function and renders the result; library errors become a message on stderr and an exit code.
"""
from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import CrimeauditError, RecordError, UsageError

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3

app = typer.Typer(
    name="crimeaudit",
    help="Flags doubtful no-crime and non-crime decisions for a person to review. It decides "
         "nothing: every flag is a request for human review.\n\nExit codes: 0 every record done; "
         "3 finished but some records rejected; 2 wrong usage; 1 any other failure.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)

ModelOption = Annotated[Optional[Path], typer.Option(
    "--model", "-m", help="Model folder (default: $CRIMEAUDIT_MODEL, else the registry's current "
    "model in models/).", show_default=False)]
JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]
MapOption = Annotated[Optional[list[str]], typer.Option(
    "--map", help="CSV column mapping FIELD=COLUMN, e.g. --map incident_id=IncidentRef "
    "(repeatable).", show_default=False)]
FormatOption = Annotated[Optional[str], typer.Option(
    "--format", help="Input format jsonl or csv (default: by suffix; jsonl for -).",
    show_default=False)]
ReportOption = Annotated[Optional[str], typer.Option(
    "--report", help="Also write the review report: one self-contained HTML page of the "
    "flagged incidents, highlighted, filterable, with review forms (docs/REPORT.md).",
    show_default=False)]
RedactOption = Annotated[bool, typer.Option(
    "--redact", help="Mask names, phone numbers, emails and references in the report, for "
    "wider circulation.")]


def err(message: str) -> None:
    typer.echo(message, err=True)


def handles_errors(command: Callable) -> Callable:
    """Turn library exceptions into a clear message and the contract's exit code."""
    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("default")
                warnings.formatwarning = lambda m, c, *a, **k: f"warning: {m}\n"
                return command(*args, **kwargs)
        except UsageError as exc:
            err(f"error: {exc}")
            raise typer.Exit(EXIT_USAGE) from None
        except CrimeauditError as exc:
            err(f"error: {exc}")
            raise typer.Exit(EXIT_FAILURE) from None
        except BrokenPipeError:
            raise typer.Exit(EXIT_OK) from None
    return wrapper


def _scorer(model: Path | None):
    from .persist import load_model
    from .scoring import Scorer
    return Scorer(load_model(model))


# --------------------------------------------------------------------------- score

def render_verdict(assessment) -> str:
    """A readable verdict: decision, flag, probabilities, reasons, quoted evidence."""
    a = assessment
    verdict = ("FLAG: review this decision" if a.flag else
               "no flag: the decision does not look doubtful" if a.decision != "crimed" else
               "no flag: recorded as a crime")
    lines = [f"incident {a.incident_id}   decision: {a.decision or '(none given)'}   model: {a.model}",
             f"{verdict}   (priority {a.priority:.2f})",
             f"  p(continuation of a course of conduct)  {a.p_continuation:.2f}",
             f"  p(should be recorded as a crime)        {a.p_should_crime:.2f}"]
    if a.reasons:
        lines.append("reasons:")
        lines += [f"  - {r.code}: {r.message}" for r in a.reasons]
    if a.evidence:
        lines.append("evidence:")
        for e in a.evidence:
            who = f", {e.speaker}" if e.speaker else ""
            lines.append(f"  {e.field}[{e.start}:{e.end}] {e.cue}{who}: \"{e.text}\"")
    if a.linked_incidents:
        lines.append("linked incidents: " + ", ".join(a.linked_incidents))
    return "\n".join(lines)


@app.command("score")
@handles_errors
def score_cli(
    file: Annotated[str, typer.Argument(help="A JSON file holding one incident object; - reads "
                                             "standard input.")] = "-",
    model: ModelOption = None,
    json_output: JsonOption = False,
) -> None:
    """Score one incident and explain the verdict (or print one assessment with --json)."""
    from .io import read_one_incident
    try:
        incident = read_one_incident(file)
    except RecordError as exc:
        err("error: the incident breaks the contract:\n  " + "\n  ".join(str(p) for p in exc.problems))
        raise typer.Exit(EXIT_FAILURE) from None
    assessment = _scorer(model).assess([incident])[0]
    if json_output:
        typer.echo(json.dumps(assessment.to_dict(), ensure_ascii=False))
    else:
        typer.echo(render_verdict(assessment))


# --------------------------------------------------------------------------- batch

def _progress_reporter(label: str):
    """A progress bar with rate and time left on a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        return None, lambda: None
    state: dict = {}

    def update(done: int, total: int | None) -> None:
        if "bar" not in state:
            # A resumed run starts part-way: the bar counts this run's records only, so the
            # rate and time left are this run's.
            state["start"] = done
            length = max(0, total - done) if total else 0
            state["bar"] = typer.progressbar(length=length, file=sys.stderr, show_eta=True,
                                             show_pos=True, label=label if not done else
                                             f"{label} (resumed after {done} records)")
            state["bar"].__enter__()
            state["done"] = done
        bar = state["bar"]
        step = done - state["done"]
        if bar.length:
            step = min(step, bar.length - bar.pos)   # the total of a --no-link run is estimated
        bar.update(max(0, step))
        state["done"] = done

    def finish() -> None:
        if "bar" in state:
            state["bar"].__exit__(None, None, None)
    return update, finish


@app.command("batch")
@handles_errors
def batch_cli(
    inputs: Annotated[list[str], typer.Argument(help="Archives to score: .jsonl or .csv "
                                                     "(optionally .gz); - reads standard input.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Assessments file: .jsonl or .csv "
                                        "by suffix; - writes JSON Lines to standard output.")],
    rejects: Annotated[Optional[str], typer.Option(
        "--rejects", help="Where rejected records go, unchanged, with their reasons (JSON Lines). "
        "Default: beside OUTPUT as NAME.rejects.jsonl.", show_default=False)] = None,
    model: ModelOption = None,
    no_link: Annotated[bool, typer.Option("--no-link", help="Do not link incidents that share "
                                          "parties across the archive (one pass instead of two).")] = False,
    columns: MapOption = None,
    input_format: FormatOption = None,
    jobs: Annotated[int, typer.Option(
        "--jobs", "-j", help="Worker processes scoring in parallel (forked with the model already "
        "loaded; where processes cannot fork, each loads it once); 0: one per CPU core. The "
        "output is the same, byte for byte, whatever N.")] = 1,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Carry on from where an interrupted run with the same inputs, model and "
        "options stopped (its checkpoint is OUTPUT.checkpoint.json); the files end as an "
        "uninterrupted run's. Without a checkpoint the run starts from the beginning.")] = False,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Score on a Dask cluster: the scheduler's address, e.g. "
        "tcp://host:8786 (needs the dask extra; see docs/CLUSTER.md). --jobs does not apply.",
        show_default=False)] = None,
    chunk_size: Annotated[int, typer.Option(
        "--chunk-size", help="Records per chunk: the unit of work sent to a worker and of "
        "checkpointing (with --jobs above 1 the last chunks of an archive are smaller, so the "
        "workers finish together). The output is the same whatever the chunk size.")] = 256,
    report: ReportOption = None,
    redact: RedactOption = False,
) -> None:
    """Score an archive: every record is either scored into OUTPUT or written to the rejects file.

    A summary goes to standard error. Exit 0 when every record was scored, 3 when some were
    rejected (see the rejects file).
    """
    from .batch import run_batch
    from .io import parse_column_map
    if report and (output == "-" or "-" in inputs):
        raise UsageError("--report reads the archive and the assessments again after scoring: "
                         "give INPUT and --output as files, not -, or run `crimeaudit report` "
                         "afterwards")
    if redact and not report:
        raise UsageError("--redact applies to the --report page: add --report HTML")
    column_map = parse_column_map(columns or [])
    scorer = _scorer(model)
    update, finish = _progress_reporter("scoring")
    options = dict(scorer=scorer, rejects=rejects, link=not no_link, resume=resume,
                   columns=column_map, declared_format=input_format, progress=update)
    try:
        if scheduler:
            from .distributed import run_distributed
            summary = run_distributed(inputs, output, scheduler=scheduler, **options)
        else:
            summary = run_batch(inputs, output, jobs=jobs, chunk_size=chunk_size, **options)
    finally:
        finish()
    err(summary.as_text())
    if report:
        from .report import make_report
        err(make_report(output, inputs, html=report, redact=redact, columns=column_map,
                        declared_format=input_format).as_text())
    raise typer.Exit(EXIT_REJECTED if summary.rejected else EXIT_OK)


# --------------------------------------------------------------------------- report

@app.command("report")
@handles_errors
def report_cli(
    assessments: Annotated[str, typer.Argument(help="Assessments file written by `crimeaudit "
                                                    "batch` (.jsonl or .csv).")],
    incidents: Annotated[list[str], typer.Option(
        "--incidents", "-i", help="The archive that was scored (.jsonl or .csv, optionally .gz; "
        "repeatable): the report shows its texts.", show_default=False)],
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", help="Report page to write (.html).", show_default=False)] = None,
    queue_csv: Annotated[Optional[str], typer.Option(
        "--queue-csv", help="Also write the review queue as CSV for case-management systems.",
        show_default=False)] = None,
    redact: RedactOption = False,
    max_queue: Annotated[int, typer.Option(
        "--max-queue", help="Keep at most this many flagged incidents, highest priority first "
        "(0: no limit).")] = 10_000,
    columns: MapOption = None,
    input_format: FormatOption = None,
) -> None:
    """Write the review report of scored incidents: a self-contained HTML page and/or queue CSV."""
    from .io import parse_column_map
    from .report import make_report
    if not output and not queue_csv:
        raise UsageError("nothing to write: give --output REPORT.html and/or --queue-csv QUEUE.csv")
    if max_queue < 0:
        raise UsageError(f"--max-queue must be 0 (no limit) or more, got {max_queue}")
    summary = make_report(assessments, incidents, html=output, queue_csv=queue_csv, redact=redact,
                          max_queue=max_queue or None, columns=parse_column_map(columns or []),
                          declared_format=input_format)
    err(summary.as_text())


# --------------------------------------------------------------------------- train / evaluate

@app.command("train")
@handles_errors
def train_cli(
    data: Annotated[list[str], typer.Argument(help="Labelled records (.jsonl or .csv with labels).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Model folder to write.")],
    seed: Annotated[int, typer.Option(help="Seed for the split and the estimators.")] = 0,
    C: Annotated[Optional[float], typer.Option(
        "--C", help="Inverse regularisation strength of both targets' classifiers (default: 1, "
        "chosen by scripts/select_regularisation.py).",
        show_default=False)] = None,
    target_recall: Annotated[float, typer.Option(help="Flag recall the thresholds must keep on "
                                                 "held-out data.")] = 0.98,
    holdout: Annotated[Optional[list[str]], typer.Option(
        "--holdout", help="Labelled records to choose thresholds on and report (instead of "
        "holding out 20% of DATA); use when DATA has deliberate label noise. Repeatable.",
        show_default=False)] = None,
    weight: Annotated[Optional[list[str]], typer.Option(
        "--weight", help="FILE=W: each record of DATA file FILE counts W times (default 1), "
        "e.g. --weight data/handwritten/a.jsonl=3 for a small hand-written set beside a large "
        "generated corpus. Repeatable.", show_default=False)] = None,
) -> None:
    """Train a model from labelled records (thresholds chosen on a held-out share)."""
    from .training import train
    if not 0 < target_recall <= 1:
        raise UsageError(f"--target-recall must be in (0, 1], got {target_recall}")
    loaded = train(data, output, seed=seed, C=C, target_recall=target_recall,
                   progress=lambda m: err(f"train: {m}"), holdout=holdout or (),
                   weights=parse_weights(weight or []))
    flag = loaded.manifest["metrics"]["heldout_generated"]["flag"]
    err(f"trained {loaded.model_id} -> {output} (held-out flag recall {flag['recall']:.3f}, "
        f"precision {flag['precision']:.3f}; thresholds {loaded.manifest['thresholds']})")


def parse_weights(options: Sequence[str]) -> dict[str, float]:
    """`--weight FILE=W` options as {FILE: W}.

    >>> parse_weights(["a.jsonl=3", "b.csv=0.5"])
    {'a.jsonl': 3.0, 'b.csv': 0.5}
    """
    weights = {}
    for option in options:
        path, _, value = option.rpartition("=")
        try:
            weights[path] = float(value)
        except ValueError:
            path = ""
        if not path:
            raise UsageError(f"--weight expects FILE=W with W a number, got {option!r}")
    return weights


@app.command("evaluate")
@handles_errors
def evaluate_cli(
    data: Annotated[list[str], typer.Argument(help="Labelled records to measure on.")],
    model: ModelOption = None,
    json_output: JsonOption = False,
    no_link: Annotated[bool, typer.Option("--no-link", help="Do not link the records as one archive.")] = False,
) -> None:
    """Measure a model on labelled records: per target, the flag, calibration, breakdowns."""
    from .evaluation import evaluate_incidents, format_report
    from .io import iter_records
    from .records import Incident
    records = list(iter_records(data))
    incidents = [r for r in records if isinstance(r, Incident) and r.labels is not None]
    skipped = len(records) - len(incidents)
    if not incidents:
        raise UsageError("no labelled records to evaluate (records need a `labels` object)")
    report, _ = evaluate_incidents(_scorer(model), incidents, link=not no_link)
    report["skipped"] = skipped
    typer.echo(json.dumps(report, indent=2) if json_output else format_report(report))
    if skipped:
        err(f"{skipped} record(s) skipped: invalid or unlabelled (run `crimeaudit validate`)")


# --------------------------------------------------------------------------- validate

@app.command("validate")
@handles_errors
def validate_cli(
    inputs: Annotated[list[str], typer.Argument(help="Archives to check (.jsonl/.csv, - for stdin).")],
    columns: MapOption = None,
    input_format: FormatOption = None,
    json_output: JsonOption = False,
) -> None:
    """Check archives against the contract and report every problem (exit 3 if any)."""
    from .io import iter_records, parse_column_map
    from .records import Rejected
    total = bad = 0
    for item in iter_records(inputs, declared_format=input_format,
                             columns=parse_column_map(columns or [])):
        total += 1
        if isinstance(item, Rejected):
            bad += 1
            if json_output:
                typer.echo(json.dumps({"source": item.source, "line": item.line,
                                       "incident_id": item.incident_id, "reason": item.reason}))
            else:
                typer.echo(item.reason)
    err(f"{total} records checked: {total - bad} valid, {bad} with problems")
    raise typer.Exit(EXIT_REJECTED if bad else EXIT_OK)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"crimeaudit {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """crimeaudit: audit crime-recording decisions."""


# --------------------------------------------------------------------------- models

models_app = typer.Typer(
    help="The model registry in models/: list and show versions, promote one (only if it does "
         "not lose flag recall on an evaluation set), roll back. Retraining: scripts/retrain.py.",
    no_args_is_help=True)
app.add_typer(models_app, name="models")

ModelsDirOption = Annotated[Optional[Path], typer.Option(
    "--models-dir", help="The registry folder (default: models/ of this checkout).",
    show_default=False)]
NoteOption = Annotated[Optional[str], typer.Option(
    "--note", help="Why: kept in the registry's history (required with --force).",
    show_default=False)]


@models_app.command("list")
@handles_errors
def models_list_cli(models_dir: ModelsDirOption = None, json_output: JsonOption = False) -> None:
    """List every model version, oldest first; * marks the current one."""
    import os
    from .persist import ENV_MODEL
    from .registry import Registry, describe_models, format_listing
    registry = Registry(models_dir)
    typer.echo(json.dumps(describe_models(registry), indent=2) if json_output
               else format_listing(registry))
    if os.environ.get(ENV_MODEL):
        err(f"note: ${ENV_MODEL} is set to {os.environ[ENV_MODEL]}, so commands use that model, "
            "not the registry's current one")


@models_app.command("show")
@handles_errors
def models_show_cli(
    model_id: Annotated[Optional[str], typer.Argument(help="Model id (default: the current "
                                                           "model).", show_default=False)] = None,
    models_dir: ModelsDirOption = None,
    json_output: JsonOption = False,
) -> None:
    """Show a model: manifest, artifact check, history (default: the current model)."""
    from .errors import ModelError
    from .registry import Registry, format_entry
    registry = Registry(models_dir)
    if json_output:
        model_id = model_id or registry.current_id()
        if model_id is None:
            raise ModelError(f"{registry.root}: no current model; name one (see `crimeaudit "
                             "models list`)")
        entry = registry.get(model_id)
        typer.echo(json.dumps({"model_id": model_id, "status": registry.status(model_id),
                               "manifest": entry.manifest,
                               "history": [e.to_dict() for e in registry.history()
                                           if model_id in (e.model, e.previous)]}, indent=2))
    else:
        typer.echo(format_entry(registry, model_id))


@models_app.command("history")
@handles_errors
def models_history_cli(models_dir: ModelsDirOption = None, json_output: JsonOption = False) -> None:
    """Every promotion, refusal and rollback, oldest first: who, when, why, the figures."""
    from .registry import Registry, format_event
    events = Registry(models_dir).history()
    for event in events:
        typer.echo(json.dumps(event.to_dict()) if json_output else format_event(event))
    if not events:
        err("no promotions, refusals or rollbacks recorded yet")


@models_app.command("promote")
@handles_errors
def models_promote_cli(
    model_id: Annotated[str, typer.Argument(help="The registered model to make current.")],
    eval_paths: Annotated[list[str], typer.Option(
        "--eval", help="The fixed evaluation set both models are measured on (labelled records).")],
    tolerance: Annotated[float, typer.Option(help="How far the candidate's flag recall may fall "
                                             "below the current model's.")] = 0.02,
    force: Annotated[bool, typer.Option("--force", help="Promote even if flag recall falls more "
                                        "than the tolerance (recorded, needs --note).")] = False,
    note: NoteOption = None,
    models_dir: ModelsDirOption = None,
) -> None:
    """Make a model current if its flag recall on --eval is no worse (exit 1 if refused).

    Both models are measured on the evaluation set; MODEL_ID is promoted only if its flag recall
    is not more than --tolerance below the current model's and its review workload (share of
    not-recorded decisions flagged) not more than 0.10 above it, or with --force and --note.
    """
    from .registry import Registry, format_comparison, format_decision, read_eval_set
    if force and not (note and note.strip()):
        raise UsageError("--force needs a reason for the record: add --note \"why\"")
    registry = Registry(models_dir)
    comparison = registry.compare_with_current(registry.load(model_id), model_id,
                                               read_eval_set(eval_paths), tolerance)
    typer.echo(format_comparison(comparison))
    event = registry.promote(comparison, force=force, note=note)
    err(format_decision(event, " ".join(eval_paths)))
    raise typer.Exit(EXIT_OK if event.action == "promote" else EXIT_FAILURE)


@models_app.command("rollback")
@handles_errors
def models_rollback_cli(
    model_id: Annotated[Optional[str], typer.Argument(
        help="The model to go back to (default: the one current before the current one).",
        show_default=False)] = None,
    note: NoteOption = None,
    models_dir: ModelsDirOption = None,
) -> None:
    """Make an earlier model current again (recorded in the history; no comparison)."""
    from .registry import Registry
    event = Registry(models_dir).rollback(model_id, note=note)
    err(f"rolled back: {event.model} is the current model again (was {event.previous})")


def main() -> None:
    app()
