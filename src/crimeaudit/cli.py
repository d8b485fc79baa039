"""The `crimeaudit` command: wiring only. Each command parses options, calls one library
function and renders the result; library errors become a message on stderr and an exit code.
"""
from __future__ import annotations

import json
import sys
import warnings
from collections.abc import Callable
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

def render_verdict(assessment, incident) -> str:
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
        typer.echo(render_verdict(assessment, incident))


# --------------------------------------------------------------------------- batch

def _progress_reporter(label: str):
    """A progress bar with rate and time left on a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        return None, lambda: None
    state: dict = {}

    def update(done: int, total: int | None) -> None:
        if "bar" not in state:
            state["bar"] = typer.progressbar(length=total or 0, label=label, file=sys.stderr,
                                             show_eta=True, show_pos=True)
            state["bar"].__enter__()
            state["done"] = 0
        state["bar"].update(done - state["done"])
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
) -> None:
    """Score an archive: every record is either scored into OUTPUT or written to the rejects file.

    A summary goes to standard error. Exit 0 when every record was scored, 3 when some were
    rejected (see the rejects file).
    """
    from .batch import run_batch
    from .io import parse_column_map
    scorer = _scorer(model)
    update, finish = _progress_reporter("scoring")
    try:
        summary = run_batch(inputs, output, scorer=scorer, rejects=rejects, link=not no_link,
                            columns=parse_column_map(columns or []), declared_format=input_format,
                            progress=update)
    finally:
        finish()
    err(summary.as_text())
    raise typer.Exit(EXIT_REJECTED if summary.rejected else EXIT_OK)


# --------------------------------------------------------------------------- train / evaluate

@app.command("train")
@handles_errors
def train_cli(
    data: Annotated[list[str], typer.Argument(help="Labelled records (.jsonl or .csv with labels).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Model folder to write.")],
    seed: Annotated[int, typer.Option(help="Seed for the split and the estimators.")] = 0,
    C: Annotated[float, typer.Option("--C", help="Inverse regularisation strength.")] = 1.0,
    target_recall: Annotated[float, typer.Option(help="Flag recall the thresholds must keep on "
                                                 "held-out data.")] = 0.95,
) -> None:
    """Train a model from labelled records (thresholds chosen on a held-out share)."""
    from .training import train
    if not 0 < target_recall <= 1:
        raise UsageError(f"--target-recall must be in (0, 1], got {target_recall}")
    loaded = train(data, output, seed=seed, C=C, target_recall=target_recall,
                   progress=lambda m: err(f"train: {m}"))
    flag = loaded.manifest["metrics"]["heldout_generated"]["flag"]
    err(f"trained {loaded.model_id} -> {output} (held-out flag recall {flag['recall']:.3f}, "
        f"precision {flag['precision']:.3f}; thresholds {loaded.manifest['thresholds']})")


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


def main() -> None:
    app()
