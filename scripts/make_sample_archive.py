"""Write the sample archives in data/sample/ (invented, from the corpus generator).

- archive.jsonl: 300 incidents as an audit team would receive them (no labels), for `make demo`;
- one_incident.json: one of them, pretty-printed, for `crimeaudit score`;
- broken.jsonl: valid records mixed with one of each kind of broken record, to show the rejects
  file and exit code 3 (`crimeaudit batch data/sample/broken.jsonl -o out/b.jsonl`).

    python scripts/make_sample_archive.py [--n 300] [--seed 7] [--out data/sample]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from crimeaudit.generator import GeneratorConfig, generate_incidents


def without_labels(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "labels"}


def broken_lines(good: dict) -> list[bytes]:
    """One line per kind of contract breach the batch must reject, each with its own id."""
    def dumps(record) -> bytes:
        return json.dumps(record, ensure_ascii=False).encode("utf-8")
    return [
        dumps({**good, "incident_id": "BROKEN-01"})[:-25],                        # truncated JSON
        dumps({k: v for k, v in good.items() if k != "incident_id"}),            # missing id
        dumps({**good, "incident_id": 1002}),                                    # id not a string
        dumps({**good, "incident_id": "BROKEN-04", "transcript": "", "notes": ""}),  # no text
        dumps({**good, "incident_id": "BROKEN-05", "decision": "closed"}),       # unknown decision
        dumps({**good, "incident_id": "BROKEN-06"}).replace(b"e", b"\xe9", 1),   # invalid UTF-8
        dumps([{**good, "incident_id": "BROKEN-07"}]),                           # a JSON array
        dumps({**good, "incident_id": "BROKEN-08", "notes": ["NFA"]}),           # list for text
        dumps({**good, "incident_id": "BROKEN-09",
               "parties": [{"role": "landlord", "name": None}]}),                # unknown role
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("data/sample"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    config = GeneratorConfig(id_prefix="SAMPLE")
    records = [without_labels(r) for r in generate_incidents(args.n, seed=args.seed, config=config)]
    with open(args.out / "archive.jsonl", "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    flagged_kind = next((r for r in records if r["decision"] == "no-crime"), records[0])
    (args.out / "one_incident.json").write_text(json.dumps(flagged_kind, indent=2,
                                                           ensure_ascii=False) + "\n")
    lines = [json.dumps(r, ensure_ascii=False).encode("utf-8") for r in records[:12]]
    for k, line in enumerate(broken_lines(records[0])):
        lines.insert(1 + k, line)
    (args.out / "broken.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
