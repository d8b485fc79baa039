"""Review outcomes: what a reviewer decided about a flagged incident (JSON Lines).

The report page writes these (one line per reviewed incident) and retraining reads them back.
The format is fixed (docs/REPORT.md); one JSON object per line:

    {"incident_id": str, "verdict": "confirmed-no-crime" | "should-be-crimed",
     "continuation": true | false | null, "comment": str | null, "reviewer": str | null,
     "reviewed_at": ISO-8601 str | null, "model": str | null}

`incident_id` and `verdict` are required; the other keys may be missing (read as null). Unknown
extra keys are ignored, as in the incident contract. Reading validates every line and reports
every problem of a line at once, naming the file, line, incident id and field.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .errors import InputError, Problem, RecordError
from .io import describe_value

VERDICTS: tuple[str, ...] = ("confirmed-no-crime", "should-be-crimed")
OUTCOME_KEYS: tuple[str, ...] = ("incident_id", "verdict", "continuation", "comment", "reviewer",
                                 "reviewed_at", "model")


@dataclass(frozen=True)
class Outcome:
    """A reviewer's verdict on one flagged incident."""

    incident_id: str
    verdict: str
    continuation: bool | None = None
    comment: str | None = None
    reviewer: str | None = None
    reviewed_at: str | None = None
    model: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The outcomes-file object, keys in the format's order (all keys always written)."""
        return {key: getattr(self, key) for key in OUTCOME_KEYS}


def _is_iso_datetime(value: str) -> bool:
    # fromisoformat before Python 3.11 does not accept "Z"; browsers write "...T10:00:00.000Z".
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def outcome_from_mapping(record: Any, source: str = "<outcomes>", line: int = 1) -> Outcome:
    """Validate one parsed outcomes line and build an `Outcome`; `RecordError` lists every problem.

    >>> outcome_from_mapping({"incident_id": "A1", "verdict": "should-be-crimed"}).verdict
    'should-be-crimed'
    """
    if not isinstance(record, dict):
        raise RecordError([Problem(source, line, None, None, "a JSON object", describe_value(record))])
    raw_id = record.get("incident_id")
    incident_id = raw_id if isinstance(raw_id, str) and raw_id else None
    problems: list[Problem] = []

    def problem(field: str, expected: str) -> None:
        found = "nothing (field missing)" if field not in record else describe_value(record[field])
        problems.append(Problem(source, line, incident_id, field, expected, found))

    if incident_id is None:
        problem("incident_id", "a non-empty string")
    verdict = record.get("verdict")
    if verdict not in VERDICTS:
        problem("verdict", "one of " + ", ".join(VERDICTS))
    continuation = record.get("continuation")
    if continuation is not None and not isinstance(continuation, bool):
        problem("continuation", "true, false or null")
    for key in ("comment", "reviewer", "model"):
        if record.get(key) is not None and not isinstance(record[key], str):
            problem(key, "a string or null")
    reviewed_at = record.get("reviewed_at")
    if reviewed_at is not None and not (isinstance(reviewed_at, str) and _is_iso_datetime(reviewed_at)):
        problem("reviewed_at", "an ISO-8601 date-time such as 2024-03-01T14:05:00Z, or null")
    if problems:
        raise RecordError(problems)
    return Outcome(incident_id=incident_id or "", verdict=verdict, continuation=continuation,
                   comment=record.get("comment"), reviewer=record.get("reviewer"),
                   reviewed_at=reviewed_at, model=record.get("model"))


def parse_outcome_line(text: str, source: str, line: int) -> Outcome:
    """One outcomes line (without its newline) -> `Outcome`, or `RecordError`."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError([Problem(source, line, None, None, "one complete JSON object per line",
                                   f"invalid JSON ({exc.msg} at column {exc.colno})")]) from None
    return outcome_from_mapping(record, source, line)


def read_outcomes(path: str | Path) -> Iterator[Outcome]:
    """Stream the outcomes of a JSON Lines file; blank lines are skipped.

    Raises `RecordError` at the first invalid line (with every problem of that line) and
    `InputError` when the file cannot be read. An incident reviewed more than once appears on
    more than one line; `latest_outcomes` keeps the last verdict for each.
    """
    source = str(path)
    try:
        handle = open(path, encoding="utf-8", newline="")
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except OSError as exc:
        raise InputError(f"{source}: cannot be read ({exc.strerror})") from None
    with handle:
        try:
            for line_no, text in enumerate(handle, 1):
                text = text.rstrip("\r\n")
                if text.strip():
                    yield parse_outcome_line(text, source, line_no)
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: not UTF-8 text ({exc.reason})") from None


def latest_outcomes(outcomes: Iterable[Outcome]) -> dict[str, Outcome]:
    """The last outcome for each incident, in order of first appearance."""
    latest: dict[str, Outcome] = {}
    for outcome in outcomes:
        latest[outcome.incident_id] = outcome
    return latest


def outcome_line(outcome: Outcome) -> str:
    """One outcomes line, with its newline."""
    return json.dumps(outcome.to_dict(), ensure_ascii=False) + "\n"


def write_outcomes(path: str | Path, outcomes: Iterable[Outcome | Mapping[str, Any]]) -> int:
    """Write outcomes as JSON Lines (mappings are validated first); returns the count written."""
    count = 0
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for item in outcomes:
            outcome = item if isinstance(item, Outcome) else outcome_from_mapping(
                dict(item), str(path), count + 1)
            handle.write(outcome_line(outcome))
            count += 1
    return count
