"""Rewrite a model's MODEL_CARD.md with its held-out figures and an independent evaluation set.

    python scripts/model_card.py models/NAME --heldout data/heldout.jsonl.gz \
        --eval ../shared/eval/dev.jsonl

The evaluation set is only measured here; nothing is fitted or chosen on it.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from crimeaudit.evaluation import evaluate_incidents
from crimeaudit.io import iter_records
from crimeaudit.modelcard import write_model_card
from crimeaudit.persist import load_model
from crimeaudit.records import Incident
from crimeaudit.scoring import Scorer


def labelled(paths: list[str]) -> list[Incident]:
    return [r for r in iter_records(paths) if isinstance(r, Incident) and r.labels is not None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--heldout", nargs="+", required=True)
    parser.add_argument("--eval", nargs="+", required=True)
    args = parser.parse_args(argv)
    scorer = Scorer(load_model(args.model))
    heldout, _ = evaluate_incidents(scorer, labelled(args.heldout))
    dev, _ = evaluate_incidents(scorer, labelled(args.eval))
    print(write_model_card(args.model, scorer.model.manifest, heldout, dev))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
