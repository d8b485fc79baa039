"""Retrain crimeaudit from reviewers' outcomes; promote the new model only if it is no worse.

Step by step for data staff: docs/RETRAINING.md. In short:

    .venv/bin/python scripts/retrain.py \\
        --outcomes data/sample_outcomes.jsonl --archive data/sample_outcomes_archive.jsonl \\
        --eval ../shared/eval/dev.jsonl

Merges the outcomes (their incidents read from the archives) with the generated corpus and the
hand-written records (audited and hand-written records weigh more), trains a candidate into models/, measures it and the current model
on the evaluation set, prints them side by side and makes the candidate current only if its flag
recall is not more than --tolerance below the current model's. Exit 0 promoted, 1 not promoted
or failed, 2 wrong usage. A thin wrapper over `crimeaudit.retraining.retrain`.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from crimeaudit.cli import EXIT_FAILURE, EXIT_OK, err, handles_errors
from crimeaudit.errors import UsageError
from crimeaudit.registry import DEFAULT_TOLERANCE, Registry, format_comparison, format_decision
from crimeaudit.retraining import DEFAULT_REAL_WEIGHT, HANDWRITTEN_WEIGHT, retrain

DATA = Path(__file__).resolve().parents[1] / "data"
DEFAULT_GENERATED = DATA / "train.jsonl.gz"
DEFAULT_HOLDOUT = DATA / "heldout.jsonl.gz"
DEFAULT_HANDWRITTEN = DATA / "handwritten"

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False,
                  help=__doc__.split("\n\n")[0])


def _default_holdout(generated: list[str] | None) -> list[str]:
    """The shipped clean held-out file goes with the shipped corpus only."""
    return [str(DEFAULT_HOLDOUT)] if not generated and DEFAULT_HOLDOUT.is_file() else []


def _default_handwritten(generated: list[str] | None) -> list[str]:
    """The shipped hand-written parts go with the shipped corpus only (the shipped model's
    recipe)."""
    return [] if generated else sorted(str(p) for p in DEFAULT_HANDWRITTEN.glob("*.jsonl"))


@app.command()
@handles_errors
def main(
    outcomes: Annotated[list[str], typer.Option(
        "--outcomes", help="Reviewers' outcomes file(s) (JSON Lines, from the review report).")],
    archives: Annotated[list[str], typer.Option(
        "--archive", help="The archive(s) the outcomes refer to (.jsonl/.csv): where each "
        "reviewed incident's call and notes are read from.")],
    eval_paths: Annotated[list[str], typer.Option(
        "--eval", help="The fixed evaluation set (labelled records, never trained on) both "
        "models are measured on.")],
    generated: Annotated[Optional[list[str]], typer.Option(
        "--generated", help="The generated corpus (default: data/train.jsonl.gz).",
        show_default=False)] = None,
    holdout: Annotated[Optional[list[str]], typer.Option(
        "--holdout", help="Clean labelled records to choose thresholds on (default: "
        "data/heldout.jsonl.gz with the default corpus; the generated corpus has 5% label noise, so "
        "thresholds must not be chosen on a split of it).", show_default=False)] = None,
    seed: Annotated[int, typer.Option(help="Seed: the same data, seed and code give the same "
                                      "model.")] = 0,
    real_weight: Annotated[float, typer.Option(help="Weight of each audited record (each "
                                               "generated record weighs 1).")] = DEFAULT_REAL_WEIGHT,
    handwritten: Annotated[Optional[list[str]], typer.Option(
        "--handwritten", help="Hand-written labelled records to learn from too (default: "
        "data/handwritten/*.jsonl with the default corpus, as the shipped model was trained).",
        show_default=False)] = None,
    handwritten_weight: Annotated[float, typer.Option(
        help="Weight of each hand-written record (chosen by "
        "scripts/select_handwritten_weight.py).")] = HANDWRITTEN_WEIGHT,
    tolerance: Annotated[float, typer.Option(help="How far the candidate's flag recall may fall "
                                             "below the current model's.")] = DEFAULT_TOLERANCE,
    force: Annotated[bool, typer.Option("--force", help="Promote even if flag recall falls more "
                                        "than the tolerance (recorded; needs --note).")] = False,
    note: Annotated[Optional[str], typer.Option(help="Why, for the registry's history.",
                                                show_default=False)] = None,
    models_dir: Annotated[Optional[Path], typer.Option(
        "--models-dir", help="The registry (default: models/).", show_default=False)] = None,
) -> None:
    """Retrain from outcomes, compare with the current model, promote only if no worse."""
    if not generated and not DEFAULT_GENERATED.is_file():
        raise UsageError(f"the generated corpus {DEFAULT_GENERATED} is missing: make it with "
                         "`python scripts/generate_corpus.py --n 12000 --seed 2026 "
                         "--label-noise 0.05 --output - | gzip -n > data/train.jsonl.gz` (see "
                         "data/README.md) or name it with --generated")
    result = retrain(Registry(models_dir), generated=generated or [str(DEFAULT_GENERATED)],
                     archives=archives, outcomes=outcomes, eval_paths=eval_paths, seed=seed,
                     real_weight=real_weight, tolerance=tolerance, force=force, note=note,
                     holdout=holdout or _default_holdout(generated),
                     handwritten=(handwritten if handwritten is not None
                                  else _default_handwritten(generated)),
                     handwritten_weight=handwritten_weight,
                     progress=lambda message: err("\n".join(
                         f"retrain: {line}" for line in message.splitlines())))
    typer.echo(format_comparison(result.comparison))
    err(format_decision(result.event, " ".join(eval_paths)))
    raise typer.Exit(EXIT_OK if result.promoted else EXIT_FAILURE)


if __name__ == "__main__":
    app()
