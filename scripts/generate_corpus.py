#!/usr/bin/env python3
"""Generate the synthetic training corpus: invented calls, notes and audited labels (JSON Lines).

Examples:
  python scripts/generate_corpus.py --n 12000 --seed 2026 --output data/train.jsonl
  python scripts/generate_corpus.py --n 3000 --seed 2027 --id-prefix GENH --output data/heldout.jsonl
  python scripts/generate_corpus.py --n 5 --seed 1 --output -          # to standard output

The library (crimeaudit.generator) does the work; this script only parses options, streams the
records to the output and reports what it wrote on standard error.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from crimeaudit.generator import GeneratorConfig, generate_incidents  # noqa: E402


def _share(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a share between 0 and 1, got {text}")
    return value


def _mix(text: str) -> tuple[float, float, float]:
    parts = [float(p) for p in text.split(",")]
    if len(parts) != 3 or min(parts) < 0 or sum(parts) <= 0:
        raise argparse.ArgumentTypeError(
            f"expected three non-negative weights 'crimed,no-crime,non-crime', got {text!r}")
    return parts[0], parts[1], parts[2]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("--n", type=int, required=True, help="number of incidents to write")
    parser.add_argument("--seed", type=int, required=True, help="random seed (same seed, same corpus)")
    parser.add_argument("--output", required=True, help="output .jsonl file, or '-' for standard output")
    parser.add_argument("--wrong-rate", type=_share, default=0.25,
                        help="share of no-crime/non-crime decisions that are wrong (default 0.25)")
    parser.add_argument("--label-noise", type=_share, default=0.0,
                        help="flip each label with this probability (default 0.0)")
    parser.add_argument("--series-share", type=_share, default=0.12,
                        help="share of incidents in series of 2-4 sharing victim and suspect (default 0.12)")
    parser.add_argument("--decision-mix", type=_mix, default=(0.30, 0.35, 0.35),
                        help="weights crimed,no-crime,non-crime (default 0.30,0.35,0.35)")
    parser.add_argument("--crimed-continuation", type=_share, default=0.5,
                        help="share of crimed decisions that continue a course of conduct (default 0.5)")
    parser.add_argument("--wrong-continuation", type=_share, default=0.5,
                        help="share of wrong decisions that continue a course of conduct (default 0.5)")
    parser.add_argument("--id-prefix", default="GEN", help="incident id prefix (default GEN -> GEN-000001)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error(f"--n must be 0 or more, got {args.n}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        config = GeneratorConfig(
            wrong_rate=args.wrong_rate, label_noise=args.label_noise, series_share=args.series_share,
            decision_mix=args.decision_mix, crimed_continuation=args.crimed_continuation,
            wrong_continuation=args.wrong_continuation, id_prefix=args.id_prefix)
    except ValueError as err:
        print(f"generate_corpus: {err}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8", newline="\n")
    try:
        for record in generate_incidents(args.n, args.seed, config):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly, as command-line tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        if out is not sys.stdout:
            out.close()
    elapsed = time.perf_counter() - started
    print(f"generate_corpus: wrote {args.n} incidents (seed {args.seed}) to {args.output} "
          f"in {elapsed:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
