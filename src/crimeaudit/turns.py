"""Speaker-turn segmentation of call transcripts (pure; no spaCy).

Transcripts arrive with any speaker labels (`CALL HANDLER:`, `OPERATOR:`, `CH:`, `SPK_0:`,
`Speaker 2:`), optional `[hh:mm:ss]` timestamps, clean or speech-to-text. A turn keeps exact
character offsets into the transcript so evidence can point back at the original text.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import NamedTuple

# A label is a short run of words at the start of a line, before a colon. Timestamps may
# come before it, in brackets or not.
_TURN_START = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?[\])]?[ \t]*[-–]?[ \t]*)?"
    r"(?P<label>[A-Za-z][A-Za-z0-9 _.'\-]{0,30}?)[ \t]*:[ \t]*",
    re.MULTILINE,
)
_HANDLER_WORDS = ("handler", "operator", "call taker", "calltaker", "dispatcher", "police",
                  "control", "officer", "pc ", "ch", "op", "oper", "agent", "101", "999")
_CALLER_WORDS = ("caller", "informant", "member of public", "mop", "victim", "c", "ip",
                 "complainant", "reporting person", "rp")
_MAX_LABEL_WORDS = 4

HANDLER = "handler"
CALLER = "caller"


class Turn(NamedTuple):
    """One speaker turn: `transcript[start:end]` is what was said (label excluded).

    A named tuple rather than a frozen dataclass: a call has dozens of turns and the
    dataclass's `__init__` cost more than finding them. Still immutable, with the same
    fields, equality, hash and repr.
    """

    label: str
    role: str  # "caller", "handler" or "unknown"
    start: int
    end: int


@lru_cache(maxsize=4096)  # an archive uses a handful of labels, millions of times
def _role_of(label: str) -> str | None:
    """Role from a label's words, or None when the label does not say (e.g. `SPK_0`)."""
    lowered = label.lower().strip()
    for word in _HANDLER_WORDS:
        if lowered == word.strip() or lowered.startswith(word) and len(word) > 2:
            return HANDLER
    for word in _CALLER_WORDS:
        if lowered == word or (len(word) > 2 and lowered.startswith(word)):
            return CALLER
    return None


def _looks_like_label(label: str) -> bool:
    return len(label.split()) <= _MAX_LABEL_WORDS


@lru_cache(maxsize=4096)  # as `_role_of`: the same few labels on every line
def _label_of(raw: str) -> tuple[str, str | None] | None:
    """A label as matched -> (label, role from its words or None), or None when it is too
    many words to be a label (a colon inside a sentence)."""
    if not _looks_like_label(raw):
        return None
    label = raw.strip()
    return label, _role_of(label)


def split_turns(transcript: str) -> list[Turn]:
    """Split a transcript into speaker turns with exact offsets.

    Unnamed speakers (`SPK_0`, `Speaker 1`) get roles by order: calls to the police open with
    the call handler, so the first unnamed speaker is the handler and the next the caller.
    Text before any label (or a transcript without labels) is one turn of unknown speaker.

    >>> [(t.role, t.label) for t in split_turns("CH: Police.\\nC: Hi")]
    [('handler', 'CH'), ('caller', 'C')]
    """
    # (where the label starts, where the turn's words start, label, role from its words)
    starts = [(match.start(), match.end(), *label)
              for match in _TURN_START.finditer(transcript)
              if (label := _label_of(match.group("label"))) is not None]
    if not starts:
        return [Turn("", "unknown", 0, len(transcript))] if transcript.strip() else []
    turns: list[Turn] = []
    if transcript[: starts[0][0]].strip():
        turns.append(Turn("", "unknown", 0, starts[0][0]))
    unnamed: dict[str, str] = {}
    ends = [start[0] for start in starts[1:]] + [len(transcript)]
    for (_, said, label, role), end in zip(starts, ends):
        if role is None:
            key = label.lower()
            if key not in unnamed:
                unnamed[key] = HANDLER if not unnamed else CALLER
            role = unnamed[key]
        # What was said, without the whitespace before the next label (never before `said`).
        turns.append(Turn(label, role, said, said + len(transcript[said:end].rstrip())))
    return turns


def speaker_at(turns: list[Turn], char: int, starts: list[int] | None = None) -> str | None:
    """Role of the speaker whose turn holds character offset `char`, or None. `starts` (the
    turns' start offsets) saves recomputing them when asking about many offsets."""
    starts = starts if starts is not None else [t.start for t in turns]
    index = bisect.bisect_right(starts, char) - 1
    if index < 0:
        return turns[0].role if turns and turns[0].label == "" else None
    return turns[index].role
