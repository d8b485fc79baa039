"""Where the time of scoring goes, step by step, in one process: timers around each step of
`nlp.read` and the scoring after it, over an archive's records in chunks as a batch run scores
them (no linking, no files). Steps are timed one by one, so the total is a little above a real
run's; compare steps within one run (the machines are noisy).

    .venv/bin/python scripts/profile_steps.py ARCHIVE.jsonl [--model DIR] [--records N]

Prints milliseconds per record for: tokenise (spaCy's tokenizer, which bare tokenisation also
pays), turns, cues, evidence, words, model, assess, output.
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict

from crimeaudit import cues, nlp
from crimeaudit.audit import assess
from crimeaudit.batch import DEFAULT_CHUNK_SIZE
from crimeaudit.io import assessment_text, iter_records
from crimeaudit.persist import load_model
from crimeaudit.records import Analysed, Incident


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive")
    parser.add_argument("--model", help="model folder (default: the shipped model)")
    parser.add_argument("--records", type=int, default=5000)
    args = parser.parse_args()
    incidents = [r for r in iter_records([args.archive]) if isinstance(r, Incident)]
    incidents = incidents[:args.records]
    model = load_model(args.model)
    pipeline = nlp.build_pipeline()
    seconds: dict[str, float] = defaultdict(float)
    clock = time.perf_counter

    def timed(step: str, work, *arguments):
        started = clock()
        result = work(*arguments)
        seconds[step] += clock() - started
        return result

    def process(text: str, field: str):
        # `nlp.process`, step by step (keep the two in step).
        doc = timed("tokenise", pipeline.make_doc, text.translate(nlp._BREAKS_AS_SPACES))
        doc.user_data[cues.TEXT_KEY] = text
        for name, component in pipeline.pipeline:
            if name == "crimeaudit_turns" and field != "transcript":
                continue
            doc = timed("turns" if name == "crimeaudit_turns" else "cues", component, doc)
        return doc

    for start in range(0, len(incidents), DEFAULT_CHUNK_SIZE):
        analysed = []
        for incident in incidents[start:start + DEFAULT_CHUNK_SIZE]:
            docs = {field: process(getattr(incident, field), field)
                    for field in ("transcript", "notes")}
            evidence = timed("evidence", lambda: sum(
                (cues.evidence(doc, field) for field, doc in docs.items()), ()))
            words = timed("words", lambda: {field: nlp.content_words(doc)
                                            for field, doc in docs.items()})
            analysed.append(Analysed(incident, evidence, nlp.NO_HISTORY, words=words))
        probabilities = timed("model", model.estimator.predict_proba, analysed)
        for item, (p_cont, p_crime) in zip(analysed, probabilities):
            assessment = timed("assess", assess, item, float(p_cont), float(p_crime),
                               model.thresholds, model.model_id)
            timed("output", assessment_text, assessment, "jsonl")
    total = sum(seconds.values())
    print(f"{len(incidents)} records; ms per record (share of the total):")
    for step, spent in seconds.items():
        print(f"  {step:9s} {1000 * spent / len(incidents):6.3f}  ({spent / total:4.0%})")
    print(f"  {'total':9s} {1000 * total / len(incidents):6.3f}")


if __name__ == "__main__":
    main()
