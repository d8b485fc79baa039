"""Shared fixtures: tiny invented incidents and a tiny model trained on them (seconds)."""
from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

SPEC_DIR = Path(__file__).resolve().parents[2] / "shared" / "spec"

_CONTINUING = ["he's outside my house again, this isn't the first time",
               "she keeps messaging me, forty missed calls since March",
               "my ex has breached his non-molestation order again"]
_SINGLE = ["a man I'd never seen before shouted at me in the street",
           "it's the first time anything like this has happened",
           "someone I don't know pushed past me"]
_OFFENCE = ["He threatened to kill me.", "He punched me in the face.", "She smashed my window."]
_NON_OFFENCE = ["The music next door is loud.", "It's about where the fence should go.",
                "I just wanted some advice."]
_NOTES = ["First offence, words only. NFA.", "VIC not credible, account inconsistent.",
          "CCTV reviewed at 14:05 shows no offence took place.", "Crimed as harassment.",
          "IP declined to provide a statement. Advice given.", "Duplicate of CRI/1234/24."]


def make_incident(i: int, rng: random.Random) -> dict:
    """One invented labelled incident (obviously fictional; for tests only)."""
    continuation, crime = rng.random() < 0.5, rng.random() < 0.6
    said = rng.choice(_CONTINUING if continuation else _SINGLE)
    what = rng.choice(_OFFENCE if crime else _NON_OFFENCE)
    transcript = (f"CALL HANDLER: Police, what's happened?\nCALLER: {said}. {what}\n"
                  "CALL HANDLER: Are you safe now?\nCALLER: Yes.")
    return {
        "incident_id": f"T-{i:04d}", "reported_at": f"2024-01-{1 + i % 28:02d}T10:00:00Z",
        "transcript": transcript, "notes": rng.choice(_NOTES),
        "decision": rng.choice(["crimed", "no-crime", "non-crime"]),
        "classification": rng.choice(["harassment", None]), "unit": rng.choice(["PPU", "response"]),
        "parties": [{"role": "victim", "name": f"Vic Tim{i % 40}", "phone": None, "ref": None},
                    {"role": "suspect", "name": f"Sus Pect{i % 40}", "phone": None, "ref": None}],
        "labels": {"continuation": continuation, "should_crime": crime},
    }


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def tiny_records() -> list[dict]:
    rng = random.Random(7)
    return [make_incident(i, rng) for i in range(240)]


@pytest.fixture(scope="session")
def tiny_data(tmp_path_factory, tiny_records) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("data") / "tiny.jsonl", tiny_records)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory, tiny_data) -> Path:
    """A model trained on the tiny invented data (a few seconds, once per session)."""
    from crimeaudit.training import train
    directory = tmp_path_factory.mktemp("models") / "tiny"
    train([str(tiny_data)], directory, seed=0)
    return directory


@pytest.fixture(scope="session")
def tiny_model(tiny_model_dir):
    from crimeaudit.persist import load_model
    return load_model(tiny_model_dir)


@pytest.fixture(scope="session")
def assessment_schema() -> dict:
    return json.loads((SPEC_DIR / "assessment.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def incident_schema() -> dict:
    return json.loads((SPEC_DIR / "incident.schema.json").read_text(encoding="utf-8"))
