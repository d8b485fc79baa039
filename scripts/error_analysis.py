"""List a labelled set's missed wrong decisions and false alarms, with their evidence.

So the next improvement is aimed, not guessed. Prints, for each miss and false alarm, the
probabilities, the reasons, the cue evidence (quoted words only, never the whole text) and the
record's own `why` if it has one.

    python scripts/error_analysis.py ../shared/eval/dev.jsonl [--model models/NAME] [--json]
"""
from __future__ import annotations

import argparse
import json
import sys

from crimeaudit.evaluation import NOT_RECORDED, evaluate_incidents, flag_truth
from crimeaudit.io import iter_records
from crimeaudit.persist import load_model
from crimeaudit.records import Incident
from crimeaudit.scoring import Scorer


def kind_of(incident: Incident, flagged: bool, p_cont: float) -> str | None:
    """miss / false-alarm for the flag; continuation-miss / continuation-false for the target."""
    labels = incident.labels
    if incident.decision in NOT_RECORDED:
        if flag_truth(incident) and not flagged:
            return "miss"
        if flagged and not flag_truth(incident):
            return "false-alarm"
    if labels.continuation and p_cont < 0.5:
        return "continuation-miss"
    if not labels.continuation and p_cont >= 0.5:
        return "continuation-false"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="+", help="labelled records (.jsonl/.csv)")
    parser.add_argument("--model", default=None, help="model folder (default: current)")
    parser.add_argument("--json", action="store_true", help="one JSON object per error")
    args = parser.parse_args(argv)
    records = list(iter_records(args.data))
    incidents = [r for r in records if isinstance(r, Incident) and r.labels is not None]
    whys = {}
    for path in args.data:  # `why` is an extra field the contract ignores; read it directly
        if path.endswith(".jsonl"):
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    record = json.loads(line)
                    whys[record.get("incident_id")] = record.get("why")
    _, assessments = evaluate_incidents(Scorer(load_model(args.model)), incidents)
    counts: dict[str, int] = {}
    for incident, a in zip(incidents, assessments):
        kind = kind_of(incident, a.flag, a.p_continuation)
        if kind is None:
            continue
        counts[kind] = counts.get(kind, 0) + 1
        row = {"kind": kind, "incident_id": incident.incident_id, "decision": incident.decision,
               "labels": {"continuation": incident.labels.continuation,
                          "should_crime": incident.labels.should_crime},
               "p_continuation": a.p_continuation, "p_should_crime": a.p_should_crime,
               "reasons": [r.code for r in a.reasons],
               "evidence": [f"{e.field}:{e.cue}:{e.text}" for e in a.evidence],
               "linked": list(a.linked_incidents), "why": whys.get(incident.incident_id)}
        if args.json:
            print(json.dumps(row))
            continue
        print(f"[{kind}] {row['incident_id']} {row['decision']} labels={row['labels']} "
              f"p_cont={a.p_continuation:.2f} p_crime={a.p_should_crime:.2f}")
        print(f"   reasons: {', '.join(row['reasons']) or '-'}")
        print(f"   evidence: {'; '.join(row['evidence']) or '-'}")
        if row["why"]:
            print(f"   why: {row['why']}")
    print("summary: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
