"""Exceptions raised by the crimeaudit library.

The library never prints and never exits; it raises these. Only the CLI turns them into a
message on standard error and an exit code (`UsageError` -> 2, everything else -> 1).
"""
from __future__ import annotations

from dataclasses import dataclass


class CrimeauditError(Exception):
    """Base class of every error crimeaudit raises on purpose."""


class UsageError(CrimeauditError):
    """The caller asked for something that cannot work (bad option, unknown format)."""


class InputError(CrimeauditError):
    """An input file cannot be read at all (missing, unreadable, unknown format)."""


class ModelError(CrimeauditError):
    """A model is missing, incomplete, modified or otherwise refused."""


@dataclass(frozen=True)
class Problem:
    """One way a record breaks the contract, located precisely enough to fix it.

    >>> str(Problem("a.jsonl", 3, "INC-1", "decision", "one of crimed, no-crime, non-crime or null", '"closed"'))
    'a.jsonl:3: incident INC-1: field decision: expected one of crimed, no-crime, non-crime or null, found "closed"'
    """

    source: str
    line: int
    incident_id: str | None
    field: str | None
    expected: str
    found: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}"
        who = f"incident {self.incident_id}" if self.incident_id else "incident id unknown"
        what = f"field {self.field}" if self.field else "record"
        return f"{where}: {who}: {what}: expected {self.expected}, found {self.found}"


class RecordError(CrimeauditError):
    """A record breaks the contract; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))
