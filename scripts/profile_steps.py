"""Where the time of scoring goes, step by step, in one process: timers around each step of
`nlp.read` and the scoring after it, over an archive's records in chunks as a batch run scores
them (no linking, no files). Steps are timed one by one, so the total is a little above a real
run's; compare steps within one run (the machines are noisy).

    .venv/bin/python scripts/profile_steps.py ARCHIVE.jsonl [--model DIR] [--records N]

Prints milliseconds per record for: tokenise (spaCy's tokenizer, which bare tokenisation also
pays), turns, cues, evidence, words, model, assess, output. `nlp.read` runs as in a batch, with
a timer around each step it calls.
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict
from types import SimpleNamespace

from crimeaudit import cues, nlp
from crimeaudit.audit import assess
from crimeaudit.batch import DEFAULT_CHUNK_SIZE
from crimeaudit.io import assessment_text, iter_records
from crimeaudit.persist import load_model
from crimeaudit.records import Incident


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--model", help="model folder (default: the shipped model)")
    parser.add_argument("--records", type=int, default=5000)
    args = parser.parse_args()
    incidents = [r for r in iter_records([args.archive]) if isinstance(r, Incident)]
    incidents = incidents[:args.records]
    model = load_model(args.model)
    seconds: dict[str, float] = defaultdict(float)
    clock = time.perf_counter

    def timer(step: str, work):
        def timed(*arguments):
            started = clock()
            result = work(*arguments)
            seconds[step] += clock() - started
            return result
        return timed

    # `nlp.read` itself runs, with a timer around each step it calls.
    pipeline = nlp.build_pipeline()
    timed_pipeline = SimpleNamespace(
        make_doc=timer("tokenise", pipeline.make_doc),
        pipeline=[(name, timer("turns" if name == "crimeaudit_turns" else "cues", component))
                  for name, component in pipeline.pipeline])
    cues.evidence = timer("evidence", cues.evidence)
    nlp.content_words = timer("words", nlp.content_words)
    predict = timer("model", model.estimator.predict_proba)
    timed_assess = timer("assess", assess)
    output = timer("output", assessment_text)
    for start in range(0, len(incidents), DEFAULT_CHUNK_SIZE):
        analysed = [nlp.read(incident, nlp=timed_pipeline)
                    for incident in incidents[start:start + DEFAULT_CHUNK_SIZE]]
        for item, (p_cont, p_crime) in zip(analysed, predict(analysed)):
            output(timed_assess(item, float(p_cont), float(p_crime), model.thresholds,
                                model.model_id), "jsonl")
    total = sum(seconds.values())
    print(f"{len(incidents)} records; ms per record (share of the total):")
    for step, spent in seconds.items():
        print(f"  {step:9s} {1000 * spent / len(incidents):6.3f}  ({spent / total:4.0%})")
    print(f"  {'total':9s} {1000 * total / len(incidents):6.3f}")


if __name__ == "__main__":
    main()
