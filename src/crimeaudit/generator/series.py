"""Series: two to four incidents between the same victim and suspect, days to weeks apart.

Later incidents of a series are continuations whatever they say: the earlier incident with the
same people (same names, phones, person references) is the evidence, and about half of the later
calls never mention it. The scheduler streams: it keeps only the series still running, each
member waiting for its place a little further down the output, so memory does not grow with the
number of incidents.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from .cast import SERIES_RELATIONS, Cast, cast_incident
from .config import GeneratorConfig
from .grammar import chance, weighted
from .people import Person, new_person
from .scenarios import Outcome, plan_outcome

LENGTHS = {"2": 0.5, "3": 0.3, "4": 0.2}
MEAN_LENGTH = 2.7
MAX_OFFSET = 60          # a later member appears at most this many records further on
SILENT_SHARE = 0.5       # later members that never mention the earlier incidents


@dataclass(frozen=True)
class Job:
    """Everything decided about one incident before its words are written."""

    outcome: Outcome
    cast: Cast
    reported_at: datetime
    silent: bool          # a later series member that does not mention the earlier ones
    series_id: int | None
    position: int         # 0 for standalone incidents and first members


@dataclass
class _Running:
    series_id: int
    relation: str
    victim: Person
    suspect: Person
    last_date: datetime
    remaining: int


class Scheduler:
    """Decides, record by record, whether it is standalone, starts a series, or continues one."""

    def __init__(self, rng: random.Random, config: GeneratorConfig, total: int) -> None:
        self.rng = rng
        self.config = config
        self.total = total
        share = config.series_share
        # Share s of records in series with mean length L needs a start probability p at each
        # fresh slot such that p*L / (1 + p*(L-1)) = s.
        self.p_start = share / (MEAN_LENGTH - share * (MEAN_LENGTH - 1)) if share > 0 else 0.0
        self.pending: dict[int, _Running] = {}
        self.next_series = 1
        self.start = datetime(config.first_year, 1, 1)
        self.span_days = (datetime(config.last_year, 12, 31) - self.start).days - 150

    def job(self, index: int) -> Job:
        running = self.pending.pop(index, None)
        if running is not None:
            return self._continue(index, running)
        if self.p_start and chance(self.rng, self.p_start) and self.total - index > 1:
            return self._start(index)
        outcome = plan_outcome(self.rng, self.config)
        cast = cast_incident(self.rng, outcome.situation, relation=outcome.relation)
        return Job(outcome, cast, self._random_date(), False, None, 0)

    def _start(self, index: int) -> Job:
        rng = self.rng
        relation = weighted(rng, SERIES_RELATIONS)
        victim_female = chance(rng, 0.82)
        victim = new_person(rng, female=victim_female, age=(17, 65), phone_p=0.9, ref_p=0.7)
        suspect = new_person(rng, female=chance(rng, 0.12 if relation in {"ex", "partner"} else 0.25),
                             age=(18, 65), phone_p=0.85, ref_p=0.75)
        length = int(weighted(rng, LENGTHS))
        outcome = plan_outcome(rng, self.config, relation=relation)
        cast = cast_incident(rng, outcome.situation, relation=outcome.relation, victim=victim, other=suspect)
        date = self._random_date()
        running = _Running(self.next_series, relation, victim, suspect, date, length - 1)
        self.next_series += 1
        self._schedule(index, running)
        return Job(outcome, cast, date, False, running.series_id, 0)

    def _continue(self, index: int, running: _Running) -> Job:
        rng = self.rng
        outcome = plan_outcome(rng, self.config, continuation=True, relation=running.relation)
        cast = cast_incident(rng, outcome.situation, relation=outcome.relation,
                             victim=running.victim, other=running.suspect)
        date = running.last_date + timedelta(days=rng.randint(2, 42), minutes=rng.randint(-600, 600))
        running.last_date = date
        running.remaining -= 1
        self._schedule(index, running)
        return Job(outcome, cast, date, chance(rng, SILENT_SHARE), running.series_id, 1)

    def _schedule(self, index: int, running: _Running) -> None:
        """Place the series' next member a little further down, if there is room."""
        if running.remaining <= 0:
            return
        slot = index + self.rng.randint(1, MAX_OFFSET)
        while slot in self.pending:
            slot += 1
        if slot < self.total:
            self.pending[slot] = running

    def _random_date(self) -> datetime:
        rng = self.rng
        day = self.start + timedelta(days=rng.randrange(self.span_days))
        # calls cluster in the evening and at night
        hour = int(weighted(rng, {str(h): w for h, w in enumerate(
            (3, 2, 2, 1, 1, 1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 6, 7, 8, 9, 9, 8, 6, 4))}))
        return day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
