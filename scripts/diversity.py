#!/usr/bin/env python3
"""How varied is a generated corpus? A report for N calls.

Measures, over transcripts and notes (speaker labels and timestamps removed, lower case):
  * distinct word 3-grams per 1,000 words;
  * the share of calls that share a run of more than 12 consecutive words (a 13-word shingle)
    with any other call, found by hashing shingles and sorting, not by comparing all pairs;
  * vocabulary size;
  * label balance and decision balance.

Usage:
  python scripts/diversity.py --n 10000 --seed 2026            # generate and measure
  python scripts/diversity.py --input data/train.jsonl         # measure a file
  python scripts/diversity.py --n 2000 --json                  # machine-readable
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from crimeaudit.generator import GeneratorConfig, generate_incidents  # noqa: E402

RUN = 13                         # a shared run of more than 12 words
_LABEL = re.compile(r"^(\[\d\d:\d\d:\d\d\]\s*)?[^:\n]{1,20}:\s*", re.MULTILINE)
_WORD = re.compile(r"[a-z0-9£']+")
_HASH_BITS = 44                  # shingle hash bits kept; the rest of a 64-bit slot is the call index
_CALL_BITS = 20


def words_of(text: str) -> list[str]:
    """Lower-case words of a transcript or notes, without speaker labels or timestamps."""
    return _WORD.findall(_LABEL.sub(" ", text).lower())


def read_jsonl(path: str) -> Iterator[dict]:
    handle = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def measure(records: Iterable[dict]) -> dict:
    """All the numbers of the report, in one pass over the records (shingles kept compactly)."""
    trigrams: set[int] = set()
    vocab: set[str] = set()
    total_words = 0
    slots = array("Q")
    labels: Counter = Counter()
    decisions: Counter = Counter()
    cells: Counter = Counter()
    n = 0
    mask = (1 << _HASH_BITS) - 1
    for i, record in enumerate(records):
        n += 1
        if i >= 1 << _CALL_BITS:
            raise SystemExit(f"at most {1 << _CALL_BITS} calls can be measured at once")
        seen: set[int] = set()
        for field in ("transcript", "notes"):
            words = words_of(record.get(field) or "")
            total_words += len(words)
            vocab.update(words)
            for j in range(len(words) - 2):
                trigrams.add(hash((words[j], words[j + 1], words[j + 2])))
            for j in range(len(words) - RUN + 1):
                seen.add(hash(tuple(words[j:j + RUN])) & mask)
        slots.extend((h << _CALL_BITS) | i for h in seen)
        lab = record.get("labels") or {}
        labels[("continuation", lab.get("continuation"))] += 1
        labels[("should_crime", lab.get("should_crime"))] += 1
        decisions[record.get("decision")] += 1
        cells[(record.get("decision"), lab.get("should_crime"), lab.get("continuation"))] += 1
    shared = _calls_sharing_runs(slots)
    return {
        "calls": n,
        "words": total_words,
        "words_per_call": round(total_words / n, 1) if n else 0,
        "distinct_3grams_per_1000_words": round(1000 * len(trigrams) / total_words, 1) if total_words else 0,
        "shared_13gram_call_share": round(len(shared) / n, 4) if n else 0,
        "vocabulary": len(vocab),
        "continuation_true_share": round(labels[("continuation", True)] / n, 3) if n else 0,
        "should_crime_true_share": round(labels[("should_crime", True)] / n, 3) if n else 0,
        "decisions": {k: round(v / n, 3) for k, v in sorted(decisions.items(), key=lambda kv: str(kv[0]))},
        "wrong_share_of_not_crimed": _wrong_share(cells),
        "cells": {f"{d}/should_crime={sc}/continuation={c}": v for (d, sc, c), v in sorted(cells.items(), key=str)},
    }


def _calls_sharing_runs(slots: array) -> set[int]:
    """Indices of calls with a 13-word shingle that another call also has."""
    ordered = sorted(slots)
    call_mask = (1 << _CALL_BITS) - 1
    shared: set[int] = set()
    start = 0
    for k in range(1, len(ordered) + 1):
        if k == len(ordered) or ordered[k] >> _CALL_BITS != ordered[start] >> _CALL_BITS:
            if k - start > 1:  # the same shingle in two or more calls (each call counted once)
                shared.update(x & call_mask for x in ordered[start:k])
            start = k
    return shared


def _wrong_share(cells: Counter) -> float:
    not_crimed = sum(v for (d, _, _), v in cells.items() if d in {"no-crime", "non-crime"})
    wrong = sum(v for (d, sc, _), v in cells.items() if d in {"no-crime", "non-crime"} and sc)
    return round(wrong / not_crimed, 3) if not_crimed else 0.0


def print_table(report: dict) -> None:
    rows = [
        ("calls", report["calls"]),
        ("words per call", report["words_per_call"]),
        ("distinct word 3-grams per 1,000 words", report["distinct_3grams_per_1000_words"]),
        ("calls sharing a >12-word run with another call", f"{report['shared_13gram_call_share']:.2%}"),
        ("vocabulary (distinct words)", report["vocabulary"]),
        ("continuation = true", f"{report['continuation_true_share']:.1%}"),
        ("should_crime = true", f"{report['should_crime_true_share']:.1%}"),
        ("wrong decisions among no-crime/non-crime", f"{report['wrong_share_of_not_crimed']:.1%}"),
    ] + [(f"decision {k}", f"{v:.1%}") for k, v in report["decisions"].items()]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print("\ndecision / should_crime / continuation: count")
    for cell, count in report["cells"].items():
        print(f"  {cell}: {count}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", help="a .jsonl file to measure ('-' for stdin); default: generate")
    parser.add_argument("--n", type=int, default=10_000, help="calls to generate (default 10000)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    records = read_jsonl(args.input) if args.input else generate_incidents(args.n, args.seed, GeneratorConfig())
    report = measure(records)
    try:
        if args.json:
            print(json.dumps(report, indent=2))
        else:
            print_table(report)
    except BrokenPipeError:  # piped into `head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
