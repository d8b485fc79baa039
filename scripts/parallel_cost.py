"""Where a 2-job batch run loses against twice one job: wall time, and CPU of the parent and of
the workers, for alternating 1-job / 2-job runs of one archive (each in a fresh process).

    .venv/bin/python scripts/parallel_cost.py ARCHIVE [--model DIR] [--pairs 4] [--jobs 2]

Per pair it prints the wall-time speed-up, the CPU the N-job run used in all (parent and
workers) against the 1-job run (over 1.0: work the parallel run adds), the parent's own CPU, and
how many cores were busy on average (at most N). Speed-up = utilisation / CPU ratio, so the two
say whether a shortfall is idle cores or extra work. Nothing is written but the assessments
(to a temporary folder).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from benchmark import child   # the same measurement, in a fresh process, as the benchmark's

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "crimeaudit-0.1.0-ce1ae7fa-s0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--model", default=str(DEFAULT_MODEL))
    parser.add_argument("--pairs", type=int, default=4)
    parser.add_argument("--jobs", type=int, default=2, help="jobs to compare with one (≥ 2)")
    args = parser.parse_args()
    speedups = []
    with tempfile.TemporaryDirectory(prefix="crimeaudit-parallel-") as tmp:
        outputs = {1: f"{tmp}/one.jsonl", args.jobs: f"{tmp}/many.jsonl"}
        for pair in range(args.pairs):
            order = (args.jobs, 1) if pair % 2 else (1, args.jobs)
            found = {jobs: child("score", args.archive, args.model, str(jobs), "link",
                                 outputs[jobs]) for jobs in order}
            one, many = found[1], found[args.jobs]
            cpu = many["cpu_seconds"] + many["workers_cpu_seconds"]
            speedups.append(one["seconds"] / many["seconds"])
            print(f"pair {pair + 1}: 1 job {one['seconds']:.2f} s, {args.jobs} jobs "
                  f"{many['seconds']:.2f} s = {speedups[-1]:.2f} x; CPU {cpu:.2f} s = "
                  f"{cpu / one['cpu_seconds']:.2f} x one job's (parent {many['cpu_seconds']:.2f} s); "
                  f"cores busy {cpu / many['seconds']:.2f}", flush=True)
        same = Path(outputs[1]).read_bytes() == Path(outputs[args.jobs]).read_bytes()
    print(f"median speed-up {statistics.median(speedups):.2f} x over {args.pairs} pairs; "
          f"outputs identical: {same}")


if __name__ == "__main__":
    main()
