"""Readers, validation messages, rejects and writers (io.py)."""
from __future__ import annotations

import base64
import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crimeaudit.errors import RecordError, UsageError
from crimeaudit.io import (AssessmentWriter, UnparsedLine, incident_from_mapping,
                           incident_to_dict, iter_csv, iter_jsonl, iter_records, iter_unparsed,
                           parse_column_map, parsed, read_assessments, rejected_to_dict)
from crimeaudit.records import Assessment, Evidence, Incident, Reason, Rejected

GOOD = {"incident_id": "INC-1", "transcript": "CALLER: he is outside again", "notes": "NFA",
        "decision": "no-crime", "parties": [{"role": "victim", "name": "Ann", "phone": None}]}


def lines(*records) -> io.BytesIO:
    body = b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)
    return io.BytesIO(body)


def only_rejected(raw: bytes) -> Rejected:
    (item,) = list(iter_jsonl(io.BytesIO(raw + b"\n"), "a.jsonl"))
    assert isinstance(item, Rejected)
    return item


def test_valid_line_becomes_incident():
    (item,) = list(iter_jsonl(lines(GOOD), "a.jsonl"))
    assert isinstance(item, Incident)
    assert item.incident_id == "INC-1" and item.parties[0].name == "Ann"


def test_unknown_extra_fields_are_ignored():
    (item,) = list(iter_jsonl(lines({**GOOD, "force_code": 42}), "a.jsonl"))
    assert isinstance(item, Incident)


@pytest.mark.parametrize("raw, expected", [
    (b'{"incident_id": "X", "transcript": "hi"', "a.jsonl:1: incident X: record: expected one complete JSON object per line, found invalid JSON"),
    (json.dumps({k: v for k, v in GOOD.items() if k != "incident_id"}).encode(),
     "a.jsonl:1: incident id unknown: field incident_id: expected a non-empty string, found nothing (field missing)"),
    (json.dumps({**GOOD, "incident_id": 12}).encode(),
     "field incident_id: expected a non-empty string, found number 12"),
    (json.dumps({**GOOD, "transcript": "", "notes": " "}).encode(),
     "incident INC-1: field transcript/notes: expected at least one of transcript and notes to hold text, found both empty"),
    (json.dumps({**GOOD, "decision": "closed"}).encode(),
     'incident INC-1: field decision: expected one of crimed, no-crime, non-crime or null, found string "closed"'),
    (b'{"incident_id": "INC-9", "transcript": "caf\xe9", "notes": ""}',
     "a.jsonl:1: incident INC-9: record: expected UTF-8 text, found invalid byte 0xe9 at byte 44"),
    (json.dumps([GOOD]).encode(), "record: expected a JSON object, found a JSON array"),
    (json.dumps({**GOOD, "transcript": ["CALLER: hi"]}).encode(),
     "incident INC-1: field transcript: expected a string, found a list of 1 item"),
    (json.dumps({**GOOD, "parties": [{"role": "boss", "name": "X"}]}).encode(),
     'incident INC-1: field parties[0].role: expected one of caller, victim, suspect, witness, found string "boss"'),
    (json.dumps({**GOOD, "reported_at": "yesterday"}).encode(),
     "field reported_at: expected an ISO-8601 date-time"),
    (json.dumps({**GOOD, "labels": {"continuation": "yes", "should_crime": True}}).encode(),
     'field labels.continuation: expected true or false, found string "yes"'),
])
def test_broken_records_are_rejected_with_a_precise_message(raw, expected):
    rejected = only_rejected(raw)
    assert expected in rejected.reason
    assert rejected.raw == raw  # kept unchanged
    assert rejected.line == 1


def test_every_problem_of_a_record_is_reported():
    with pytest.raises(RecordError) as caught:
        incident_from_mapping({**GOOD, "decision": "x", "unit": 3, "parties": "Ann"}, "f.jsonl", 7)
    fields = [p.field for p in caught.value.problems]
    assert fields == ["decision", "unit", "parties"]
    assert all(p.line == 7 and p.incident_id == "INC-1" for p in caught.value.problems)


def test_blank_lines_are_skipped_and_line_numbers_kept():
    items = list(iter_jsonl(io.BytesIO(json.dumps(GOOD).encode() + b"\n\n{bad\n"), "a.jsonl"))
    assert isinstance(items[0], Incident)
    assert isinstance(items[1], Rejected) and items[1].line == 3


def test_unparsed_lines_parse_to_the_records_read_directly(tmp_path):
    """Batch workers parse JSON Lines records themselves: they must get what `iter_records`
    gives, line numbers and rejects included; CSV records come parsed."""
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_bytes(json.dumps(GOOD).encode() + b"\r\n\n  \n{bad\n\xff\n"
                      + json.dumps({**GOOD, "incident_id": "INC-2"}).encode())
    table = tmp_path / "b.csv"
    table.write_text("incident_id,transcript,notes\nC-1,CALLER: hi,none\n", encoding="utf-8")
    paths = [str(jsonl), str(table)]
    unparsed = list(iter_unparsed(paths))
    assert [type(r) for r in unparsed] == [UnparsedLine] * 4 + [Incident]
    assert [r.line for r in unparsed[:4]] == [1, 4, 5, 6]
    assert [parsed(r) for r in unparsed] == list(iter_records(paths))
    assert [type(parsed(r)) for r in unparsed] == [Incident, Rejected, Rejected, Incident, Incident]


def test_rejects_line_keeps_invalid_utf8_bytes_in_base64():
    rejected = only_rejected(b'{"incident_id": "\xff"}')
    record = rejected_to_dict(rejected)
    assert record["raw"] is None
    assert base64.b64decode(record["raw_base64"]) == b'{"incident_id": "\xff"}'


def csv_bytes(rows: list[list[str]]) -> io.BytesIO:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return io.BytesIO(out.getvalue().encode())


def test_csv_rows_with_multiline_transcripts_and_labels():
    data = csv_bytes([
        ["incident_id", "transcript", "notes", "decision", "parties", "continuation", "should_crime"],
        ["C1", "CALLER: one\nCALL HANDLER: two", "NFA", "non-crime",
         json.dumps([{"role": "suspect", "name": "Bo"}]), "yes", "0"],
        ["C2", "CALLER: hi", "", "", "", "", ""],
    ])
    first, second = list(iter_csv(data, "a.csv"))
    assert first.transcript == "CALLER: one\nCALL HANDLER: two"
    assert first.labels.continuation is True and first.labels.should_crime is False
    assert first.parties[0].role == "suspect"
    assert second.decision is None and second.labels is None


def test_csv_column_mapping_and_bad_row():
    data = csv_bytes([["Ref", "Call", "Notes", "decision"], ["R1", "CALLER: hi", "x", "nope"]])
    (item,) = list(iter_csv(data, "a.csv", parse_column_map(["incident_id=Ref", "transcript=Call", "notes=Notes"])))
    assert isinstance(item, Rejected)
    assert "a.csv:2: incident R1: field decision" in item.reason


def test_column_map_rejects_unknown_fields():
    with pytest.raises(UsageError, match="FIELD=COLUMN"):
        parse_column_map(["victim=Name"])


def test_unknown_suffix_is_a_usage_error(tmp_path):
    path = tmp_path / "archive.txt"
    path.write_text("{}")
    with pytest.raises(UsageError, match="suffix"):
        list(iter_records([str(path)]))


def assessment(i: int) -> Assessment:
    return Assessment(f"A{i}", "no-crime", 0.25, 0.75, True, 0.8,
                      (Reason("crime-likely", "m, with \"quotes\""),),
                      (Evidence("transcript", 0, 5, "again", "repetition"),), ("B1",), "m1")


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_assessment_writer_round_trip(tmp_path, suffix):
    path = str(tmp_path / f"out{suffix}")
    with AssessmentWriter(path) as writer:
        for i in range(3):
            writer.write(assessment(i))
    assert list(read_assessments(path)) == [assessment(i).to_dict() for i in range(3)]


text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=60, deadline=None)
@given(incident_id=text.filter(bool), transcript=text, notes=text.filter(lambda s: s.strip()),
       decision=st.sampled_from([None, "crimed", "no-crime", "non-crime"]))
def test_incident_write_read_round_trip(incident_id, transcript, notes, decision):
    incident = Incident(incident_id, transcript, notes, decision=decision)
    line = json.dumps(incident_to_dict(incident)).encode() + b"\n"
    (back,) = list(iter_jsonl(io.BytesIO(line), "p.jsonl"))
    assert back == incident
