"""One incident record in the contract's format, from a scheduled :class:`~.series.Job`."""
from __future__ import annotations

import random

from . import fillers as F
from .cast import Cast
from .context import build_slots
from .dialogue import build_turns
from .grammar import chance, pick, weighted
from .notes import write_notes
from .people import Person
from .series import Job
from .transcript import render_transcript

KEYS = ("incident_id", "reported_at", "transcript", "notes", "decision", "classification", "unit",
        "parties", "labels")


LABEL_KEYS = ("continuation", "should_crime")


def noise_flips(seed: int, index: int, rate: float) -> tuple[bool, ...]:
    """Which labels (in `LABEL_KEYS` order) the seeded label noise flips in record `index` of
    the corpus made with `seed`: one draw per label from the record's own generator, so the
    true labels of a noisy corpus can be put back (scripts/select_calibration.py).

    >>> noise_flips(1, 0, 0.0), noise_flips(1, 0, 1.0)
    ((False, False), (True, True))
    """
    draws = random.Random(f"labels:{seed}:{index}")
    return tuple(draws.random() < rate for _ in LABEL_KEYS)


def compose_record(job: Job, rng: random.Random, *, incident_id: str, style: str,
                   flips: tuple[bool, ...] = ()) -> dict:
    """Write the words of one planned incident and return its record (keys in contract order)."""
    outcome, cast = job.outcome, job.cast
    force = pick(rng, F.FORCES[:30])
    slots = build_slots(rng, cast, force)
    turns = build_turns(rng, outcome, cast, slots, silent=job.silent)
    transcript = render_transcript(turns, rng, style, cast.voice.register)
    slots["force_home"] = force
    notes = write_notes(rng, outcome, cast, slots)
    labels = {"continuation": outcome.continuation, "should_crime": outcome.should_crime}
    for key, flipped in zip(LABEL_KEYS, flips):   # `noise_flips`: deliberate label noise
        labels[key] = labels[key] != flipped
    return {
        "incident_id": incident_id,
        "reported_at": job.reported_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "transcript": transcript,
        "notes": notes,
        "decision": outcome.decision,
        "classification": outcome.classification,
        "unit": outcome.unit,
        "parties": parties(rng, job, cast),
        "labels": labels,
    }


def _party(role: str, person: Person | None, *, named: bool = True) -> dict:
    if person is None:
        return {"role": role, "name": None, "phone": None, "ref": None}
    return {"role": role, "name": person.name if named else None,
            "phone": person.phone if named else None, "ref": person.ref}


def parties(rng: random.Random, job: Job, cast: Cast) -> list[dict]:
    """The people of the incident as the records system lists them."""
    sit = job.outcome.situation
    out = []
    if cast.caller is not cast.victim or chance(rng, 0.4):
        out.append(_party("caller", cast.caller))
    if cast.victim is not None:
        out.append(_party("victim", cast.victim))
    other = cast.other
    if other is not None and cast.relation not in {"subject", "child_subject", "none"}:
        if sit.offence or job.series_id is not None or sit.key == "domestic_argument" or chance(rng, 0.35):
            identified = cast.other_known or chance(rng, 0.2)
            entry = _party("suspect", other, named=identified)
            if not identified and entry["ref"] and chance(rng, 0.6):
                entry["ref"] = None
            out.append(entry)
    if cast.witness is not None:
        out.append(_party("witness", cast.witness))
    if chance(rng, 0.15):
        rng.shuffle(out)  # exports do not always list the caller first
    return out


def draw_style(rng: random.Random, style_mix: dict[str, float]) -> str:
    return weighted(rng, style_mix)
