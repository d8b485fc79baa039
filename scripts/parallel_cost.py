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
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
DEFAULT_MODEL = HERE.parent.parent / "models" / "crimeaudit-0.1.0-ce1ae7fa-s0"


def measure(archive: str, model: str, jobs: int, output: str) -> dict:
    """One run, in this process; the workers' CPU is this process's children's."""
    from crimeaudit.batch import run_batch
    from crimeaudit.persist import load_model
    from crimeaudit.scoring import Scorer
    scorer = Scorer(load_model(model))
    cpu = time.process_time()
    summary = run_batch([archive], output, scorer=scorer, jobs=jobs)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": summary.seconds, "parent_cpu": time.process_time() - cpu,
            "workers_cpu": children.ru_utime + children.ru_stime}


def run(archive: str, model: str, jobs: int, output: str) -> dict:
    done = subprocess.run([sys.executable, str(HERE), archive, "--model", model,
                           "--measure", str(jobs), output], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{jobs}-job run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--model", default=str(DEFAULT_MODEL))
    parser.add_argument("--pairs", type=int, default=4)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--measure", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.archive, args.model, int(args.measure[0]),
                                 args.measure[1])))
        return
    speedups = []
    with tempfile.TemporaryDirectory(prefix="crimeaudit-parallel-") as tmp:
        outputs = {1: f"{tmp}/one.jsonl", args.jobs: f"{tmp}/many.jsonl"}
        for pair in range(args.pairs):
            order = (args.jobs, 1) if pair % 2 else (1, args.jobs)
            one, many = (r for _, r in sorted(
                (jobs, run(args.archive, args.model, jobs, outputs[jobs])) for jobs in order))
            cpu = many["parent_cpu"] + many["workers_cpu"]
            speedups.append(one["seconds"] / many["seconds"])
            print(f"pair {pair + 1}: 1 job {one['seconds']:.2f} s, {args.jobs} jobs "
                  f"{many['seconds']:.2f} s = {speedups[-1]:.2f} x; CPU {cpu:.2f} s = "
                  f"{cpu / one['parent_cpu']:.2f} x one job's (parent {many['parent_cpu']:.2f} s); "
                  f"cores busy {cpu / many['seconds']:.2f}", flush=True)
        same = Path(outputs[1]).read_bytes() == Path(outputs[args.jobs]).read_bytes()
    print(f"median speed-up {statistics.median(speedups):.2f} x over {args.pairs} pairs; "
          f"outputs identical: {same}")


if __name__ == "__main__":
    main()
