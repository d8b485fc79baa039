"""The only place record formats are read and written: JSONL, CSV, rejects, assessments.

Readers stream: they hold one record at a time, never a whole archive. Every input record comes
out either as a validated `Incident` or as a `Rejected` carrying the record's raw bytes unchanged
and the reason, so nothing is ever lost silently.
"""
from __future__ import annotations

import base64
import csv
import gzip
import io as _io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO, Any, BinaryIO, NamedTuple

from .errors import InputError, Problem, RecordError, UsageError
from .records import DECISIONS, ROLES, Assessment, Incident, Labels, Party, Rejected

STDIN = "-"
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
CSV_SUFFIXES = (".csv",)
LABEL_COLUMNS = ("continuation", "should_crime")
SCALAR_FIELDS = ("incident_id", "reported_at", "transcript", "notes", "decision",
                 "classification", "unit")
TRUE_WORDS = {"true", "1", "yes", "y", "t"}
FALSE_WORDS = {"false", "0", "no", "n", "f"}
ASSESSMENT_LIST_FIELDS = ("reasons", "evidence", "linked_incidents")


# --------------------------------------------------------------------------- formats

def input_format(path: str, declared: str | None = None) -> str:
    """`"jsonl"` or `"csv"`, from `declared` or the file's suffix (`.gz` allowed)."""
    if declared:
        if declared not in ("jsonl", "csv"):
            raise UsageError(f"unknown input format {declared!r}: expected jsonl or csv")
        return declared
    if path == STDIN:
        return "jsonl"
    name = path.lower().removesuffix(".gz")
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(CSV_SUFFIXES):
        return "csv"
    raise UsageError(f"{path}: cannot tell the format from the suffix: expected .jsonl or .csv "
                     "(optionally .gz); name the format with --format")


def output_format(path: str) -> str:
    """`"jsonl"` or `"csv"` for an assessments file, by suffix (`-` = JSONL on stdout)."""
    if path == STDIN or path.lower().endswith(JSONL_SUFFIXES):
        return "jsonl"
    if path.lower().endswith(CSV_SUFFIXES):
        return "csv"
    raise UsageError(f"{path}: output must end in .jsonl or .csv (or be - for standard output)")


@contextmanager
def open_binary(path: str) -> Iterator[BinaryIO]:
    """Open an input for binary reading; `-` is standard input, `.gz` is decompressed."""
    if path == STDIN:
        yield sys.stdin.buffer
        return
    try:
        handle: BinaryIO = gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    with handle:
        yield handle


# --------------------------------------------------------------------------- validation

def describe_value(value: Any) -> str:
    """A short, type-revealing description of a found value (never the whole text)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return "an empty string" if not value else f"string {json.dumps(shown)}"
    if isinstance(value, list):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class _Checker:
    """Collects every problem in one record, so a user can fix them all at once."""

    def __init__(self, source: str, line: int, incident_id: str | None):
        self.source, self.line, self.incident_id = source, line, incident_id
        self.problems: list[Problem] = []

    def add(self, field_name: str | None, expected: str, found: str) -> None:
        self.problems.append(Problem(self.source, self.line, self.incident_id, field_name,
                                     expected, found))

    def optional_str(self, record: Mapping[str, Any], name: str) -> str | None:
        value = record.get(name)
        if value is None or isinstance(value, str):
            return value
        self.add(name, "a string or null", describe_value(value))
        return None


def _check_text(check: _Checker, record: Mapping[str, Any], name: str) -> str:
    if name not in record:
        check.add(name, "a string (may be empty only if the other text field is not)",
                  "nothing (field missing)")
        return ""
    value = record[name]
    if not isinstance(value, str):
        check.add(name, "a string", describe_value(value))
        return ""
    return value


def _check_reported_at(check: _Checker, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        check.add("reported_at", "an ISO-8601 date-time such as 2024-03-01T14:05:00Z",
                  describe_value(value))
        return None
    return value


def _check_parties(check: _Checker, value: Any) -> tuple[Party, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        check.add("parties", "a list of party objects", describe_value(value))
        return ()
    parties = []
    for index, item in enumerate(value):
        where = f"parties[{index}]"
        if not isinstance(item, dict):
            check.add(where, "an object with a role", describe_value(item))
            continue
        role = item.get("role")
        if role not in ROLES:
            check.add(f"{where}.role", "one of " + ", ".join(ROLES), describe_value(role))
            continue
        values = {}
        for key in ("name", "phone", "ref"):
            got = item.get(key)
            if got is not None and not isinstance(got, str):
                check.add(f"{where}.{key}", "a string or null", describe_value(got))
                got = None
            values[key] = got or None
        parties.append(Party(role=role, **values))
    return tuple(parties)


def _check_labels(check: _Checker, value: Any) -> Labels | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        check.add("labels", "an object {continuation: bool, should_crime: bool}", describe_value(value))
        return None
    got = {}
    for key in LABEL_COLUMNS:
        item = value.get(key)
        if not isinstance(item, bool):
            check.add(f"labels.{key}", "true or false",
                      "nothing (field missing)" if key not in value else describe_value(item))
            return None
        got[key] = item
    return Labels(**got)


def incident_from_mapping(record: Any, source: str = "<input>", line: int = 1) -> Incident:
    """Validate one parsed record against the contract and build an `Incident`.

    Unknown extra fields are ignored. Raises `RecordError` listing every problem found.

    >>> incident_from_mapping({"incident_id": "A1", "transcript": "CALLER: hi", "notes": ""}).incident_id
    'A1'
    """
    if not isinstance(record, dict):
        kind = "a JSON array" if isinstance(record, list) else describe_value(record)
        raise RecordError([Problem(source, line, None, None, "a JSON object", kind)])
    raw_id = record.get("incident_id")
    incident_id = raw_id if isinstance(raw_id, str) and raw_id else None
    check = _Checker(source, line, incident_id)
    if incident_id is None:
        found = "nothing (field missing)" if "incident_id" not in record else describe_value(raw_id)
        check.add("incident_id", "a non-empty string", found)
    transcript = _check_text(check, record, "transcript")
    notes = _check_text(check, record, "notes")
    if (isinstance(record.get("transcript"), str) and isinstance(record.get("notes"), str)
            and not transcript.strip() and not notes.strip()):
        check.add("transcript/notes", "at least one of transcript and notes to hold text",
                  "both empty")
    decision = record.get("decision")
    if decision is not None and decision not in DECISIONS:
        check.add("decision", "one of crimed, no-crime, non-crime or null", describe_value(decision))
        decision = None
    reported_at = _check_reported_at(check, check.optional_str(record, "reported_at"))
    classification = check.optional_str(record, "classification")
    unit = check.optional_str(record, "unit")
    parties = _check_parties(check, record.get("parties"))
    labels = _check_labels(check, record.get("labels"))
    if check.problems:
        raise RecordError(check.problems)
    return Incident(incident_id=incident_id or "", transcript=transcript, notes=notes,
                    reported_at=reported_at, decision=decision, classification=classification,
                    unit=unit, parties=parties, labels=labels)


def _rejected(source: str, line: int, raw: bytes, error: RecordError) -> Rejected:
    first = error.problems[0]
    return Rejected(source=source, line=line, raw=raw, reason=str(error),
                    incident_id=first.incident_id,
                    fields=tuple(p.field or "record" for p in error.problems))


_ID_IN_TEXT = re.compile(r'"incident_id"\s*:\s*"([^"\\]{1,80})"')


def guess_incident_id(raw: bytes) -> str | None:
    """The incident id of a record too broken to parse, when it can still be read off the
    bytes: messages can then name the incident even for truncated JSON or bad UTF-8."""
    match = _ID_IN_TEXT.search(raw.decode("utf-8", "replace"))
    return match.group(1) if match else None


def _decode(raw: bytes, source: str, line: int) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecordError([Problem(source, line, guess_incident_id(raw), None, "UTF-8 text",
                                   f"invalid byte 0x{raw[exc.start]:02x} at byte {exc.start + 1}")]
                          ) from None


# --------------------------------------------------------------------------- JSON Lines

def parse_jsonl_line(raw: bytes, source: str, line: int) -> Incident:
    """One JSON Lines record (bytes without the newline) -> `Incident`, or `RecordError`."""
    text = _decode(raw, source, line)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError([Problem(source, line, guess_incident_id(raw), None,
                                   "one complete JSON object per line",
                                   f"invalid JSON ({exc.msg} at column {exc.colno})")]) from None
    return incident_from_mapping(record, source, line)


def jsonl_record(raw: bytes, source: str, line: int) -> Incident | Rejected:
    """One JSON Lines record as `Incident`, or as `Rejected` with why."""
    try:
        return parse_jsonl_line(raw, source, line)
    except RecordError as exc:
        return _rejected(source, line, raw, exc)


class UnparsedLine(NamedTuple):
    """A JSON Lines record not parsed yet: batch workers parse it where it is scored, so the
    process that reads the archive does not parse (and pickle) every record once more."""

    raw: bytes
    source: str
    line: int

    def parsed(self) -> Incident | Rejected:
        return jsonl_record(self.raw, self.source, self.line)


def _jsonl_lines(handle: BinaryIO, source: str, first_line: int) -> Iterator[UnparsedLine]:
    for line_no, raw in enumerate(handle, first_line):
        raw = raw.rstrip(b"\r\n")
        if raw.strip():                 # a blank line holds no record
            yield UnparsedLine(raw, source, line_no)


def iter_jsonl(handle: BinaryIO, source: str, first_line: int = 1) -> Iterator[Incident | Rejected]:
    """Stream a JSON Lines file; blank lines are skipped (they hold no record). `first_line` is
    the line number of the handle's first line (a block of a larger file: distributed.py)."""
    for line in _jsonl_lines(handle, source, first_line):
        yield line.parsed()


# --------------------------------------------------------------------------- CSV

def _physical_records(handle: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Group physical lines into CSV records (quoted fields may span lines); keeps raw bytes."""
    pending: list[bytes] = []
    start = 0
    quotes = 0
    for line_no, raw in enumerate(handle, 1):
        if not pending:
            start = line_no
        pending.append(raw)
        quotes += raw.count(b'"')
        if quotes % 2 == 0:
            yield start, b"".join(pending).rstrip(b"\r\n")
            pending, quotes = [], 0
    if pending:
        yield start, b"".join(pending).rstrip(b"\r\n")


def _parse_bool(value: str) -> bool | str:
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return value


def _csv_row_to_mapping(row: dict[str, str], columns: Mapping[str, str], source: str,
                        line: int) -> dict[str, Any]:
    """Turn a CSV row (strings) into the contract's JSON shape, by the column mapping."""
    record: dict[str, Any] = {}
    for name in SCALAR_FIELDS:
        column = columns.get(name, name)
        if column in row:
            value = row[column]
            record[name] = value if name in ("incident_id", "transcript", "notes") else (value or None)
    parties_col = columns.get("parties", "parties")
    if row.get(parties_col):
        try:
            record["parties"] = json.loads(row[parties_col])
        except json.JSONDecodeError as exc:
            raise RecordError([Problem(source, line, record.get("incident_id") or None, "parties",
                                       "a JSON list of party objects",
                                       f"invalid JSON ({exc.msg})")]) from None
    label_values = {k: row.get(columns.get(k, k), "") for k in LABEL_COLUMNS}
    if any(v.strip() for v in label_values.values()):
        record["labels"] = {k: _parse_bool(v) for k, v in label_values.items() if v.strip()}
    return record


def iter_csv(handle: BinaryIO, source: str,
             columns: Mapping[str, str] | None = None) -> Iterator[Incident | Rejected]:
    """Stream a CSV file with a header row; `columns` maps contract field -> export column."""
    columns = dict(columns or {})
    header: list[str] | None = None
    for line_no, raw in _physical_records(handle):
        if not raw.strip():
            continue
        try:
            text = _decode(raw, source, line_no)
            cells = next(csv.reader(_io.StringIO(text)), [])
            if header is None:
                header = [c.strip().lstrip("\ufeff") for c in cells]
                missing = [columns.get(f, f) for f in ("incident_id", "transcript", "notes")
                           if columns.get(f, f) not in header]
                if missing:
                    raise InputError(f"{source}:{line_no}: CSV header lacks column(s) "
                                     f"{', '.join(missing)}; found {', '.join(header)}. "
                                     "Map export columns with --map FIELD=COLUMN")
                continue
            if len(cells) != len(header):
                raise RecordError([Problem(source, line_no, None, None,
                                           f"{len(header)} CSV cells as in the header",
                                           f"{len(cells)} cells")])
            record = _csv_row_to_mapping(dict(zip(header, cells)), columns, source, line_no)
            yield incident_from_mapping(record, source, line_no)
        except RecordError as exc:
            yield _rejected(source, line_no, raw, exc)


# --------------------------------------------------------------------------- any input

def iter_records(paths: Iterable[str], *, declared_format: str | None = None,
                 columns: Mapping[str, str] | None = None) -> Iterator[Incident | Rejected]:
    """Stream every record of every input, in order, as `Incident` or `Rejected`."""
    return map(parsed, iter_unparsed(paths, declared_format=declared_format, columns=columns))


def iter_unparsed(paths: Iterable[str], *, declared_format: str | None = None,
                  columns: Mapping[str, str] | None = None
                  ) -> Iterator[Incident | Rejected | UnparsedLine]:
    """`iter_records`, with JSON Lines records left unparsed (`UnparsedLine.parsed()` gives the
    same record); CSV records, which need their file's header, come parsed."""
    for path in paths:
        fmt = input_format(path, declared_format)
        source = "<stdin>" if path == STDIN else path
        with open_binary(path) as handle:
            if fmt == "jsonl":
                yield from _jsonl_lines(handle, source, 1)
            else:
                yield from iter_csv(handle, source, columns)


def parsed(record: Incident | Rejected | UnparsedLine) -> Incident | Rejected:
    """A record from `iter_unparsed`, parsed."""
    return record.parsed() if isinstance(record, UnparsedLine) else record


def read_one_incident(path: str) -> Incident:
    """Read exactly one incident (a JSON object, pretty-printed or not) from a file or `-`."""
    source = "<stdin>" if path == STDIN else path
    with open_binary(path) as handle:
        raw = handle.read()
    text = _decode(raw, source, 1)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError([Problem(source, exc.lineno, None, None, "one JSON object",
                                   f"invalid JSON ({exc.msg} at line {exc.lineno}, "
                                   f"column {exc.colno})")]) from None
    return incident_from_mapping(record, source, 1)


def parse_column_map(items: Iterable[str]) -> dict[str, str]:
    """`["incident_id=Ref", ...]` -> `{"incident_id": "Ref"}`; validates field names."""
    known = set(SCALAR_FIELDS) | {"parties"} | set(LABEL_COLUMNS)
    mapping = {}
    for item in items:
        field_name, sep, column = item.partition("=")
        if not sep or not column or field_name not in known:
            raise UsageError(f"--map {item!r}: expected FIELD=COLUMN with FIELD one of "
                             + ", ".join(sorted(known)))
        mapping[field_name] = column
    return mapping


# --------------------------------------------------------------------------- writers

def incident_to_dict(incident: Incident) -> dict[str, Any]:
    """The contract's JSON object for an incident (inverse of `incident_from_mapping`)."""
    record: dict[str, Any] = {
        "incident_id": incident.incident_id, "reported_at": incident.reported_at,
        "transcript": incident.transcript, "notes": incident.notes,
        "decision": incident.decision, "classification": incident.classification,
        "unit": incident.unit,
        "parties": [{"role": p.role, "name": p.name, "phone": p.phone, "ref": p.ref}
                    for p in incident.parties],
    }
    if incident.labels is not None:
        record["labels"] = {"continuation": incident.labels.continuation,
                            "should_crime": incident.labels.should_crime}
    return record


def rejected_to_dict(rejected: Rejected) -> dict[str, Any]:
    """A rejects-file line: where, why, and the record unchanged (`raw`, or `raw_base64` when
    the bytes are not UTF-8 and so cannot travel inside JSON text)."""
    record: dict[str, Any] = {"source": rejected.source, "line": rejected.line,
                              "incident_id": rejected.incident_id,
                              "fields": list(rejected.fields), "reason": rejected.reason}
    try:
        record["raw"] = rejected.raw.decode("utf-8")
    except UnicodeDecodeError:
        record["raw"] = None
        record["raw_base64"] = base64.b64encode(rejected.raw).decode("ascii")
    return record


def assessment_line(assessment: Assessment) -> str:
    """One JSON Lines line for an assessment (with its newline)."""
    return json.dumps(assessment.to_dict(), ensure_ascii=False) + "\n"


ASSESSMENT_COLUMNS = ("incident_id", "decision", "p_continuation", "p_should_crime", "flag",
                      "priority", "reasons", "evidence", "linked_incidents", "model")


def assessment_csv_row(assessment: Assessment) -> list[str]:
    """One CSV row for an assessment: scalars as text, lists as JSON strings."""
    data = assessment.to_dict()
    row = []
    for column in ASSESSMENT_COLUMNS:
        value = data[column]
        if column in ASSESSMENT_LIST_FIELDS:
            row.append(json.dumps(value, ensure_ascii=False))
        elif isinstance(value, bool):
            row.append("true" if value else "false")
        else:
            row.append("" if value is None else str(value))
    return row


def _csv_text(row: Iterable[str]) -> str:
    buffer = _io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(row)
    return buffer.getvalue()


def assessment_header(fmt: str) -> str:
    """What an assessments file of `fmt` starts with: the CSV header row, nothing for JSONL."""
    return _csv_text(ASSESSMENT_COLUMNS) if fmt == "csv" else ""


def assessment_text(assessment: Assessment, fmt: str) -> str:
    """One assessment as a line of `fmt` ("jsonl" or "csv"), newline included: exactly what
    `AssessmentWriter` writes, for writers that keep byte offsets (batch.py)."""
    return _csv_text(assessment_csv_row(assessment)) if fmt == "csv" else assessment_line(assessment)


def rejected_line(rejected: Rejected) -> str:
    """One rejects-file line (JSON Lines, with its newline)."""
    return json.dumps(rejected_to_dict(rejected), ensure_ascii=False) + "\n"


class AssessmentWriter:
    """Writes assessments as JSONL or CSV (by the path's suffix); `-` is standard output."""

    def __init__(self, path: str, *, append: bool = False):
        self.path = path
        self.format = output_format(path)
        self._own = path != STDIN
        if self._own:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._handle: IO[str] = open(path, "a" if append else "w", encoding="utf-8",
                                         newline="")
        else:
            self._handle = sys.stdout
        self._csv = csv.writer(self._handle, lineterminator="\n") if self.format == "csv" else None
        if self._csv is not None and not (append and self._handle.tell() > 0):
            self._csv.writerow(ASSESSMENT_COLUMNS)

    def write(self, assessment: Assessment) -> None:
        if self._csv is not None:
            self._csv.writerow(assessment_csv_row(assessment))
        else:
            self._handle.write(assessment_line(assessment))

    def flush(self) -> None:
        self._handle.flush()

    def close(self) -> None:
        self.flush()
        if self._own:
            self._handle.close()

    def __enter__(self) -> "AssessmentWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_assessments(path: str) -> Iterator[dict[str, Any]]:
    """Stream assessment objects back from a JSONL or CSV assessments file."""
    fmt = output_format(path)
    with open_binary(path) as handle:
        text = _io.TextIOWrapper(handle, encoding="utf-8", newline="")
        if fmt == "jsonl":
            for line in text:
                if line.strip():
                    yield json.loads(line)
            return
        for row in csv.DictReader(text):
            record: dict[str, Any] = dict(row)
            for column in ASSESSMENT_LIST_FIELDS:
                record[column] = json.loads(record[column])
            for column in ("p_continuation", "p_should_crime", "priority"):
                record[column] = float(record[column])
            record["flag"] = record["flag"] == "true"
            record["decision"] = record["decision"] or None
            yield record
