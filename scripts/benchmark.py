"""Benchmark batch scoring on one generated archive, in one run (machines are noisy: ratios are
only meaningful between figures measured side by side).

Reports:
  * bare spaCy blank-pipeline tokenisation over the same texts (the floor any spaCy pipeline
    pays), crimeaudit's scoring alone over the same records in memory (like for like with it),
    and crimeaudit's end-to-end batch throughput (read, link, score, write) with 1 and 2 jobs;
    the ratios of the medians over --rounds interleaved rounds, and the median of each round's
    ratio (measurements a minute apart, so steadier when the host's load drifts);
  * a stricter floor: bare spaCy over the texts with line breaks as spaces, which is what
    crimeaudit hands its tokenizer (`nlp.process`), so tokenising costs it less than bare
    spaCy on the texts as given;
  * the cost of linking (the same run with and without it);
  * peak memory (RSS) of a one-job run at --records and at --big records.
Each measurement runs in a fresh process; output identity between 1 and 2 jobs is checked.

    .venv/bin/python scripts/benchmark.py                     # 10k and 100k records, ~15 min
    .venv/bin/python scripts/benchmark.py --records 2000 --big 5000 --rounds 1   # a quick look
    .venv/bin/python scripts/benchmark.py --rounds 7 --pairs 20   # a steadier 2-job speed-up
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()


# --------------------------------------------------------------------------- measurements (child)

def measure_bare(archive: str, breaks_as_spaces: bool = False) -> dict:
    """Bare spaCy over the texts as given (the issue's floor) or, with `breaks_as_spaces`, over
    the texts crimeaudit hands its tokenizer (line breaks as spaces: `nlp.process`), a stricter
    floor: what any spaCy pipeline would pay for the text crimeaudit actually tokenises."""
    import spacy
    texts = []
    with open(archive, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts += [record["transcript"], record["notes"]]
    if breaks_as_spaces:
        from crimeaudit.nlp import as_tokenised
        texts = [as_tokenised(text) for text in texts]
    nlp = spacy.blank("en")
    started, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    return {"records": len(texts) // 2, "seconds": time.perf_counter() - started,
            "cpu_seconds": time.process_time() - cpu, "tokens": tokens}


def measure_scoring(archive: str, model: str) -> dict:
    """Scoring alone, like for like with `measure_bare`: the records are read first (not timed),
    then scored in chunks as a batch run scores them (cues, words, model, audit policy, output
    line), with no linking and no files."""
    from crimeaudit.batch import DEFAULT_CHUNK_SIZE, score_items
    from crimeaudit.io import iter_records
    from crimeaudit.persist import load_model
    from crimeaudit.scoring import Scorer
    records = list(iter_records([archive]))
    scorer = Scorer(load_model(model))
    started, cpu = time.perf_counter(), time.process_time()
    for start in range(0, len(records), DEFAULT_CHUNK_SIZE):
        score_items(scorer, [(r, None) for r in records[start:start + DEFAULT_CHUNK_SIZE]], "jsonl")
    return {"records": len(records), "seconds": time.perf_counter() - started,
            "cpu_seconds": time.process_time() - cpu}


def measure_link(archive: str) -> dict:
    """What linking adds to a run: the first pass that builds the index, and the look-ups."""
    from crimeaudit.batch import DEFAULT_CHUNK_SIZE, build_link_index, chunked, with_histories
    from crimeaudit.io import iter_records
    from crimeaudit.linking import LinkIndex
    started = time.perf_counter()
    linked = 0
    with LinkIndex() as index:
        records = build_link_index(iter_records([archive]), index)
        built = time.perf_counter() - started
        for chunk in chunked(iter_records([archive]), DEFAULT_CHUNK_SIZE):
            linked += sum(h is not None for _, h in with_histories(chunk, index))
    parse = time.perf_counter()
    sum(1 for _ in iter_records([archive]))          # the look-up pass reads the archive too
    parse = time.perf_counter() - parse
    return {"records": records, "seconds": time.perf_counter() - started - 2 * parse,
            "index_pass_seconds": built, "linked": linked}


def measure_score(archive: str, model: str, jobs: int, link: bool, output: str) -> dict:
    from crimeaudit.batch import run_batch
    from crimeaudit.persist import load_model
    from crimeaudit.scoring import Scorer
    scorer = Scorer(load_model(model))
    cpu = time.process_time()
    summary = run_batch([archive], output, scorer=scorer, jobs=jobs, link=link)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"records": summary.read, "seconds": summary.seconds,
            "cpu_seconds": time.process_time() - cpu, "peak_rss_mib": peak_kib / 1024,
            "workers_cpu_seconds": workers.ru_utime + workers.ru_stime}


def child(*args: str) -> dict:
    done = subprocess.run([sys.executable, str(HERE), "--measure", *args], capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise SystemExit(f"measurement {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- data and model

def fallback_incidents(n: int, seed: int):
    """Used only while crimeaudit.generator is not installed: plain invented calls."""
    import random
    rng = random.Random(seed)
    said = ["he's outside my house again", "she keeps messaging me", "I'd never seen him before",
            "he threatened to kill me", "the music next door is loud", "he punched me"]
    notes = ["First offence, words only. NFA.", "CCTV reviewed at 14:05 shows no offence.",
             "IP declined to provide a statement.", "Crimed as harassment."]
    for i in range(n):
        pair = rng.randrange(max(1, n // 3))
        yield {"incident_id": f"B-{i:07d}", "reported_at": f"2024-01-{1 + i % 28:02d}T10:00:00Z",
               "transcript": "\n".join(f"CALL HANDLER: What happened?\nCALLER: {rng.choice(said)}."
                                       for _ in range(rng.randint(3, 9))),
               "notes": rng.choice(notes), "decision": rng.choice(["crimed", "no-crime", "non-crime"]),
               "parties": [{"role": "victim", "name": f"Vic {pair}", "phone": None, "ref": None},
                           {"role": "suspect", "name": f"Sus {pair}", "phone": None, "ref": None}],
               "labels": {"continuation": rng.random() < 0.4, "should_crime": rng.random() < 0.5}}


def incidents(n: int, seed: int):
    try:
        from crimeaudit.generator import generate_incidents
    except ImportError:
        return fallback_incidents(n, seed), "fallback generator (scripts/benchmark.py)"
    return generate_incidents(n, seed=seed), "crimeaudit.generator"


def write_archives(folder: Path, small: int, big: int, seed: int) -> tuple[Path, Path, str]:
    small_path, big_path = folder / f"archive-{small}.jsonl", folder / f"archive-{big}.jsonl"
    records, source = incidents(max(small, big), seed)
    if not (small_path.exists() and big_path.exists()):
        with open(small_path, "w", encoding="utf-8") as first, \
                open(big_path, "w", encoding="utf-8") as every:
            for k, record in enumerate(records):
                line = json.dumps(record, ensure_ascii=False) + "\n"
                every.write(line)
                if k < small:
                    first.write(line)
    return small_path, big_path, source


def ensure_model(folder: Path, model: str | None) -> str:
    if model:
        return model
    target = folder / "model"
    if not (target / "manifest.json").exists():
        train_data = folder / "train.jsonl"
        records, _ = incidents(3000, 991)
        with open(train_data, "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record) + "\n")
        from crimeaudit.training import train
        train([str(train_data)], target, seed=0)
    return str(target)


def machine() -> dict:
    info = {"cpus": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gib"] = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    from importlib import metadata
    for name in ("spacy", "scikit-learn", "joblib", "crimeaudit"):
        info[name] = metadata.version(name)
    return info


# --------------------------------------------------------------------------- the run

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=0,
                        help="extra back-to-back 1-job/2-job runs at --records, for a steadier "
                             "2-job speed-up on a noisy host (each pair ~0.5 min at 10k)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--model", help="model folder (default: train one on generated data)")
    parser.add_argument("--workdir", default="out/benchmark")
    parser.add_argument("--json", help="also write the figures here")
    parser.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        kind, *rest = args.measure
        measures = {
            "bare": lambda: measure_bare(*rest),
            "bare-spaces": lambda: measure_bare(*rest, breaks_as_spaces=True),
            "link": lambda: measure_link(*rest),
            "scoring": lambda: measure_scoring(*rest),
            "score": lambda: measure_score(rest[0], rest[1], int(rest[2]), rest[3] == "link",
                                           rest[4]),
        }
        result = measures[kind]()
        print(json.dumps(result))
        return

    folder = Path(args.workdir)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"generating {args.big} records ...", file=sys.stderr)
    small, big, source = write_archives(folder, args.records, args.big, args.seed)
    model = ensure_model(folder, args.model)
    out = {f"j{j}": str(folder / f"out-j{j}.jsonl") for j in (1, 2)}
    runs: dict[str, list[dict]] = {"bare": [], "j1": [], "j2": [], "j1-nolink": [], "link": [],
                                   "scoring": [], "bare-spaces": []}
    measurements = [
        ("bare", ("bare", str(small))),
        ("j1", ("score", str(small), model, "1", "link", out["j1"])),
        ("j2", ("score", str(small), model, "2", "link", out["j2"])),
        ("j1-nolink", ("score", str(small), model, "1", "nolink", str(folder / "out-nolink.jsonl"))),
        ("link", ("link", str(small))),
        ("scoring", ("scoring", str(small), model)),
        ("bare-spaces", ("bare-spaces", str(small))),
    ]
    for round_ in range(args.rounds):
        print(f"round {round_ + 1}/{args.rounds} ...", file=sys.stderr)
        # Every other round in reverse order: a host that slows down (or speeds up) during a
        # round then favours neither side of a paired ratio.
        for name, measure in measurements[::-1] if round_ % 2 else measurements:
            runs[name].append(child(*measure))
    runs["j1-pairs"], runs["j2-pairs"] = [], []
    for pair in range(args.pairs):
        print(f"pair {pair + 1}/{args.pairs} ...", file=sys.stderr)
        for name in ("j2", "j1") if pair % 2 else ("j1", "j2"):
            runs[f"{name}-pairs"].append(child(*dict(measurements)[name]))
    identical = Path(out["j1"]).read_bytes() == Path(out["j2"]).read_bytes()
    print(f"memory at {args.big} records ...", file=sys.stderr)
    big_run = child("score", str(big), model, "1", "link", str(folder / "out-big.jsonl"))
    print(f"2 jobs at {args.big} records ...", file=sys.stderr)
    big_two = child("score", str(big), model, "2", "link", str(folder / "out-big-j2.jsonl"))
    big_identical = (folder / "out-big.jsonl").read_bytes() == (folder / "out-big-j2.jsonl").read_bytes()

    def rate(name: str, clock: str = "seconds") -> float:
        return statistics.median(r["records"] / r[clock] for r in runs[name])

    def ratios(numerator: str, denominator: str, extra: bool = False) -> list[float]:
        """Each round's ratio (and, with `extra`, each --pairs pair's) of two rates measured
        back to back: steadier than the ratio of medians when the host's load drifts."""
        pairs = zip(runs[numerator] + (runs[numerator + "-pairs"] if extra else []),
                    runs[denominator] + (runs[denominator + "-pairs"] if extra else []))
        return [a["seconds"] / b["seconds"] for a, b in pairs]

    def paired(numerator: str, denominator: str, extra: bool = False) -> float:
        return statistics.median(ratios(numerator, denominator, extra))

    speedups = ratios("j1", "j2", extra=True)

    bare, one, two, nolink = rate("bare"), rate("j1"), rate("j2"), rate("j1-nolink")
    scoring, spaces = rate("scoring"), rate("bare-spaces")
    cpu_ratio = rate("j1", "cpu_seconds") / rate("bare", "cpu_seconds")
    peak_small = max(r["peak_rss_mib"] for r in runs["j1"])
    link_ms = 1000 / rate("link")
    figures = {
        "machine": machine(), "data": source, "records": args.records, "big": args.big,
        "rounds": args.rounds,
        "tokens_per_record": runs["bare"][0]["tokens"] / runs["bare"][0]["records"],
        "bare_tokenisation_records_per_s": round(bare, 1),
        "crimeaudit_1_job_records_per_s": round(one, 1),
        "crimeaudit_2_jobs_records_per_s": round(two, 1),
        "crimeaudit_1_job_no_link_records_per_s": round(nolink, 1),
        "ratio_1_job_to_bare": round(one / bare, 3),
        "ratio_1_job_to_bare_cpu_time": round(cpu_ratio, 3),
        "ratio_1_job_to_bare_paired": round(paired("bare", "j1"), 3),
        "scoring_in_memory_records_per_s": round(scoring, 1),
        "ratio_scoring_to_bare": round(scoring / bare, 3),
        "ratio_scoring_to_bare_paired": round(paired("bare", "scoring"), 3),
        "bare_tokenisation_breaks_as_spaces_records_per_s": round(spaces, 1),
        "ratio_1_job_to_bare_breaks_as_spaces": round(one / spaces, 3),
        "ratio_1_job_to_bare_breaks_as_spaces_paired": round(paired("bare-spaces", "j1"), 3),
        "ratio_scoring_to_bare_breaks_as_spaces": round(scoring / spaces, 3),
        "speedup_2_jobs_paired": round(paired("j1", "j2"), 3),
        "speedup_2_jobs_pairs": len(speedups),
        "speedup_2_jobs_paired_with_extra_pairs": round(statistics.median(speedups), 3),
        "speedup_2_jobs_quartiles": ([round(q, 3) for q in statistics.quantiles(speedups, n=4)]
                                     if len(speedups) > 1 else None),
        "speedup_2_jobs": round(two / one, 3),
        "outputs_identical_1_and_2_jobs": identical,
        "linking_ms_per_record": round(link_ms, 3),
        "linking_share_of_run": round(link_ms / (1000 / one), 3),
        f"peak_rss_mib_{args.records}": round(peak_small, 1),
        f"peak_rss_mib_{args.big}": round(big_run["peak_rss_mib"], 1),
        "peak_rss_growth": round(big_run["peak_rss_mib"] / peak_small - 1, 3),
        "big_1_job_records_per_s": round(big_run["records"] / big_run["seconds"], 1),
        "big_2_jobs_records_per_s": round(big_two["records"] / big_two["seconds"], 1),
        "big_speedup_2_jobs": round(big_run["seconds"] / big_two["seconds"], 3),
        "big_outputs_identical_1_and_2_jobs": big_identical,
        "load_average": os.getloadavg(),
        "all_runs": runs,
    }
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    m = figures["machine"]
    print(f"""
load average (1, 5, 15 min) at the end: {figures['load_average']}
machine: {m.get('cpu', '?')}, {m['cpus']} CPUs, {m.get('memory_gib', '?')} GiB; Python {m['python']}, spaCy {m['spacy']}, scikit-learn {m['scikit-learn']}
data: {args.records} records from {source} ({figures['tokens_per_record']:.0f} tokens per record); medians of {args.rounds} rounds (and medians of each round's ratio)

| measure | value |
|---|---|
| bare spaCy blank tokenisation | {bare:.0f} records/s |
| crimeaudit batch, 1 job (read, link, score, write) | {one:.0f} records/s = {one / bare:.2f} x bare ({cpu_ratio:.2f} x in CPU time; {figures['ratio_1_job_to_bare_paired']:.2f} x paired by round) |
| crimeaudit scoring alone (records in memory, as bare) | {scoring:.0f} records/s = {scoring / bare:.2f} x bare ({figures['ratio_scoring_to_bare_paired']:.2f} x paired by round) |
| bare spaCy blank tokenisation of the texts with line breaks as spaces (what crimeaudit's tokenizer is given) | {spaces:.0f} records/s; 1 job = {one / spaces:.2f} x this ({figures['ratio_1_job_to_bare_breaks_as_spaces_paired']:.2f} x paired), scoring alone = {scoring / spaces:.2f} x |
| crimeaudit batch, 2 jobs | {two:.0f} records/s = {two / one:.2f} x 1 job ({figures['speedup_2_jobs_paired']:.2f} x paired by round; outputs identical: {identical}) |
| 2 jobs / 1 job, median of {figures['speedup_2_jobs_pairs']} back-to-back pairs (rounds and --pairs) | {figures['speedup_2_jobs_paired_with_extra_pairs']:.2f} x (quartiles {figures['speedup_2_jobs_quartiles']}) |
| crimeaudit batch, 1 job, --no-link | {nolink:.0f} records/s |
| linking (index pass + look-ups) | {link_ms:.3f} ms per record, {100 * figures['linking_share_of_run']:.1f}% of a 1-job run |
| {args.big} records: 1 job, 2 jobs | {figures['big_1_job_records_per_s']:.0f}, {figures['big_2_jobs_records_per_s']:.0f} records/s = {figures['big_speedup_2_jobs']:.2f} x (outputs identical: {big_identical}) |
| peak RSS, 1 job, {args.records} records | {peak_small:.0f} MiB |
| peak RSS, 1 job, {args.big} records | {big_run['peak_rss_mib']:.0f} MiB ({100 * figures['peak_rss_growth']:+.1f}%) |
""")


if __name__ == "__main__":
    main()
