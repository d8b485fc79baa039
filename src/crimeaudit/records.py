"""The records crimeaudit passes around: frozen, validated once at the edge (io.py)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Decision = Literal["crimed", "no-crime", "non-crime"]
DECISIONS: tuple[str, ...] = ("crimed", "no-crime", "non-crime")
ROLES: tuple[str, ...] = ("caller", "victim", "suspect", "witness")
TEXT_FIELDS: tuple[str, ...] = ("transcript", "notes")


@dataclass(frozen=True)
class Party:
    """A person involved in an incident."""

    role: str
    name: str | None = None
    phone: str | None = None
    ref: str | None = None


@dataclass(frozen=True)
class Labels:
    """The audited truth for one incident (training and evaluation only)."""

    continuation: bool
    should_crime: bool


@dataclass(frozen=True)
class Incident:
    """One incident record as the contract defines it."""

    incident_id: str
    transcript: str
    notes: str
    reported_at: str | None = None
    decision: str | None = None
    classification: str | None = None
    unit: str | None = None
    parties: tuple[Party, ...] = ()
    labels: Labels | None = None

    def text(self, field_name: str) -> str:
        """The text of `transcript` or `notes`."""
        if field_name not in TEXT_FIELDS:
            raise KeyError(field_name)
        return self.transcript if field_name == "transcript" else self.notes


@dataclass(frozen=True)
class Evidence:
    """Words behind a cue: `text == incident.<field>[start:end]` exactly."""

    field: str
    start: int
    end: int
    text: str
    cue: str
    speaker: str | None = None  # "caller", "handler" or None (notes, or unknown speaker)

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text,
                "cue": self.cue}


@dataclass(frozen=True)
class History:
    """What the archive knows about an incident's parties (linking.py)."""

    linked: tuple[str, ...] = ()   # other incidents sharing a victim-suspect pair
    earlier: int = 0               # how many of them were reported before this one


@dataclass(frozen=True)
class Analysed:
    """An incident with everything found about it before the model: cues, history, and the
    words of each text field as spaCy read them (hashes of the lower-cased words, speaker labels,
    timestamps and punctuation left out: `nlp.content_words`); `words` is None when the incident
    was not read by the pipeline, and the features then read it themselves."""

    incident: Incident
    evidence: tuple[Evidence, ...]
    history: History = History()
    words: Mapping[str, Any] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Reason:
    """Why an incident was flagged, or what was noticed; `code` is a contract reason code."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Assessment:
    """crimeaudit's judgement of one incident, as the contract's assessment object."""

    incident_id: str
    decision: str | None
    p_continuation: float
    p_should_crime: float
    flag: bool
    priority: float
    reasons: tuple[Reason, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    linked_incidents: tuple[str, ...] = ()
    model: str = "unknown"

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object, keys in the contract's order."""
        return {
            "incident_id": self.incident_id,
            "decision": self.decision,
            "p_continuation": self.p_continuation,
            "p_should_crime": self.p_should_crime,
            "flag": self.flag,
            "priority": self.priority,
            "reasons": [r.to_dict() for r in self.reasons],
            "evidence": [e.to_dict() for e in self.evidence],
            "linked_incidents": list(self.linked_incidents),
            "model": self.model,
        }


@dataclass(frozen=True)
class Rejected:
    """An input record that broke the contract: kept whole, with why."""

    source: str
    line: int
    raw: bytes
    reason: str
    incident_id: str | None = None
    fields: tuple[str, ...] = field(default=())
