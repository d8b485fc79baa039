"""Synthetic training data for crimeaudit: invented police calls, notes and audited labels.

Real labelled calls cannot leave a police force, so the shipped model learns from this corpus
only. Every call is composed from many small parts (phrase banks with paraphrases, slot fillers,
turn-level blocks in varied order and length, three transcript styles, police-shorthand notes),
so that no fixed sentence recurs across calls and a model has to learn the situation rather than
the generator. Labels follow the National Crime Recording Standard as summarised in
``shared/docs/DOMAIN.md``; series of incidents share victim and suspect.

>>> from crimeaudit.generator import generate_incidents
>>> records = list(generate_incidents(3, seed=1))
>>> [r["incident_id"] for r in records]
['GEN-000001', 'GEN-000002', 'GEN-000003']

Pure standard library, deterministic for a seed, and streaming: records are produced one at a
time and memory does not grow with ``n``.
"""
from __future__ import annotations

import random
from collections.abc import Iterator

from .config import GeneratorConfig
from .records import KEYS, compose_record, draw_style, noise_flips
from .series import Scheduler

__all__ = ["GeneratorConfig", "generate_incidents", "KEYS"]


def generate_incidents(n: int, seed: int, config: GeneratorConfig | None = None) -> Iterator[dict]:
    """Yield ``n`` incident records for ``seed``, one at a time.

    Each record is a dict with the contract's keys in order (see :data:`KEYS`). The same
    ``n``, ``seed`` and ``config`` always give the same records; the first ``k`` records do
    not depend on ``n`` except for series members that would have fallen beyond the end.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    config = config or GeneratorConfig()
    scheduler = Scheduler(random.Random(f"plan:{seed}"), config, n)
    for index in range(n):
        job = scheduler.job(index)
        # Words come from a generator of their own per record, so the plan (and with it every
        # label) stays the same when phrase banks change, and records can be regenerated alone.
        rng = random.Random(f"words:{seed}:{index}")
        yield compose_record(
            job, rng,
            incident_id=f"{config.id_prefix}-{index + 1:06d}",
            style=draw_style(rng, config.style_mix),
            flips=noise_flips(seed, index, config.label_noise) if config.label_noise else (),
        )
