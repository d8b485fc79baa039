"""Redaction: mask names, phone numbers, emails and references for wider circulation (pure).

Two sources of what to mask:
- the incident's own parties: each name (whole, and each part of it), phone and person ref;
- patterns that look like personal numbers wherever they appear: phone numbers, emails and
  record references (`CRI/1234/24`, `ref 4471`, long digit runs).

A masked stretch becomes a bracketed label (`[NAME]`, `[PHONE]`, `[EMAIL]`, `[REF]`), so the
text changes length. `Masked.span` maps offsets in the original text to offsets in the masked
one, which is how evidence highlights stay exact after masking (`redact_evidence`): a span
boundary that falls inside a masked stretch moves to the edge of its label.

What this cannot do: find a name that is not among the incident's parties (no named-entity
model is shipped). Redaction lowers the risk of circulating a report; it is no substitute for
reading it before it leaves the team.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.lang.en.stop_words import STOP_WORDS

from .records import TEXT_FIELDS, Assessment, Evidence, Incident, Party, Reason

NAME, PHONE, EMAIL, REF = "[NAME]", "[PHONE]", "[EMAIL]", "[REF]"

# Generic patterns: (label, regex). A pattern with a group named "m" masks only that group.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (EMAIL, re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    # 9 to 15 digits, optionally +country, with single spaces, hyphens, dots or brackets between:
    # UK numbers have 10-11 digits; dates (8 digits) and times are left alone.
    (PHONE, re.compile(r"(?<![\w/])(?:\+\d{1,3}[ .-]?)?\(?\d(?:[ .)(-]{0,2}\d){8,14}(?![\w/])")),
    # Letter-prefixed record references: CRI/1234/24, CAD-5521, URN12345/23.
    (REF, re.compile(r"(?<![\w/])[A-Za-z]{1,6}[/-]?\d{3,}(?:[/-]\d+)*(?![\w/])")),
    # Numeric references: 1234/24, 12345 (five or more digits standing alone).
    (REF, re.compile(r"(?<![\w/])\d{3,}/\d{2,}(?:/\d+)*(?![\w/])")),
    (REF, re.compile(r"(?<![\w/.:])\d{5,}(?![\w/])")),
    # Short numbers named as references: "ref 4471", "crime number 812", "log no. 77".
    (REF, re.compile(r"(?i)\b(?:ref|reference|crime|cad|log|urn|occ|incident)\b\.?"
                     r"(?:\s*(?:no\.?|number|num|#))?[\s:#]*(?P<m>\d{2,})(?![\w/])")),
)
# Name parts that identify nobody on their own.
_NOT_NAMES = {"mr", "mrs", "ms", "miss", "mx", "dr", "unknown", "male", "female", "n/a", "na",
              "none", "anon", "anonymous", "withheld", "not", "known"}
_NAME_PART = re.compile(r"[^\W\d_][\w'-]*")


@dataclass(frozen=True)
class Masked:
    """A masked text and where its masks are: `(old_start, old_end, new_start, new_end)`."""

    text: str
    masks: tuple[tuple[int, int, int, int], ...] = ()

    def position(self, offset: int, *, end: bool = False) -> int:
        """Where an original offset lands in the masked text.

        An offset strictly inside a masked stretch moves to the start of its label (for a span
        start) or to the end of it (for a span end), so a span never cuts a label in half.

        >>> m = mask_text("call 07700 900123 now")
        >>> m.text, m.position(18), m.position(7), m.position(7, end=True)
        ('call [PHONE] now', 13, 5, 12)
        """
        index = bisect.bisect_right([m[0] for m in self.masks], offset) - 1
        if index < 0:
            return offset
        old_start, old_end, new_start, new_end = self.masks[index]
        if offset == old_start:
            return new_start
        if offset < old_end:
            return new_end if end else new_start
        return offset - old_end + new_end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """An original `[start, end)` span in masked-text offsets."""
        return self.position(start), self.position(end, end=True)


def _flexible(literal: str) -> str:
    """A literal as a regex whose inner whitespace may be any run of whitespace."""
    return r"\s+".join(re.escape(word) for word in literal.split())


def _party_patterns(parties: Iterable[Party]) -> list[tuple[str, re.Pattern[str]]]:
    """Regexes for the parties' own names, phones and refs."""
    patterns: list[tuple[str, re.Pattern[str]]] = []
    for party in parties:
        if party.name and party.name.strip() and party.name.strip().lower() not in _NOT_NAMES:
            patterns.append((NAME, re.compile(rf"(?i)(?<!\w){_flexible(party.name)}(?!\w)")))
            for part in _NAME_PART.findall(party.name):
                if len(part) < 2 or part.lower() in _NOT_NAMES:
                    continue
                # Speech-to-text is often lower case, so parts match in any case, except parts
                # that are common words ("Will", "May", "Else"), which match only as written.
                flags = "" if part.lower() in STOP_WORDS else "(?i)"
                patterns.append((NAME, re.compile(rf"{flags}(?<!\w){re.escape(part)}(?!\w)")))
        if party.phone:
            digits = re.sub(r"\D", "", party.phone)
            if len(digits) >= 6:
                national = "0" + digits[2:] if digits.startswith("44") else digits
                spaced = [r"[ .()-]{0,2}".join(d) for d in {digits, national}]
                patterns.append((PHONE, re.compile(
                    rf"(?<!\d)(?:\+|00)?(?:{'|'.join(spaced)})(?!\d)")))
        if party.ref and party.ref.strip():
            patterns.append((REF, re.compile(rf"(?i)(?<!\w){_flexible(party.ref)}(?!\w)")))
    return patterns


def _find(text: str, patterns: Sequence[tuple[str, re.Pattern[str]]]) -> list[tuple[int, int, str]]:
    """Every stretch to mask, overlapping stretches merged (the first-found label wins)."""
    found = []
    for label, pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span("m") if "m" in pattern.groupindex else match.span()
            if end > start:
                found.append((start, end, label))
    found.sort(key=lambda item: (item[0], -item[1]))
    merged: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if merged and start < merged[-1][1]:
            last_start, last_end, last_label = merged[-1]
            merged[-1] = (last_start, max(last_end, end), last_label)
        else:
            merged.append((start, end, label))
    return merged


class Redactor:
    """Masks one incident's parties and the generic patterns in any of its texts.

    >>> r = Redactor([Party("victim", name="Ann Example", phone="07700 900123")])
    >>> r.mask("ann said Ann Example rang from 07700900123").text
    '[NAME] said [NAME] rang from [PHONE]'
    """

    def __init__(self, parties: Iterable[Party] = ()):
        # Party patterns first: a party's name inside a longer match keeps the NAME label.
        self.patterns = _party_patterns(parties) + list(_PATTERNS)

    def mask(self, text: str) -> Masked:
        pieces: list[str] = []
        masks = []
        cursor = shift = 0
        for start, end, label in _find(text, self.patterns):
            pieces += [text[cursor:start], label]
            new_start = start + shift
            masks.append((start, end, new_start, new_start + len(label)))
            shift += len(label) - (end - start)
            cursor = end
        pieces.append(text[cursor:])
        return Masked("".join(pieces), tuple(masks))

    def text(self, text: str) -> str:
        return self.mask(text).text


def mask_text(text: str, parties: Iterable[Party] = ()) -> Masked:
    """Mask `text` with a one-off `Redactor` over `parties`."""
    return Redactor(parties).mask(text)


def redact_party(party: Party) -> Party:
    return replace(party, name=NAME if party.name else None, phone=PHONE if party.phone else None,
                   ref=REF if party.ref else None)


def redact_evidence(evidence: Evidence, masked: Masked) -> Evidence:
    """The evidence span moved into the masked text; its `text` is the masked slice."""
    start, end = masked.span(evidence.start, evidence.end)
    return replace(evidence, start=start, end=end, text=masked.text[start:end])


def redact_pair(incident: Incident | None, assessment: Assessment
                ) -> tuple[Incident | None, Assessment]:
    """An incident and its assessment with personal details masked and evidence re-aligned.

    Evidence whose stated text does not match the incident at its offsets (an archive changed
    after scoring) cannot be re-aligned; its text is masked on its own instead.
    """
    redactor = Redactor(incident.parties if incident is not None else ())
    original = incident
    masked = {}
    if incident is not None:
        masked = {name: redactor.mask(incident.text(name)) for name in TEXT_FIELDS}
        incident = replace(incident, transcript=masked["transcript"].text,
                           notes=masked["notes"].text,
                           parties=tuple(redact_party(p) for p in incident.parties))
    evidence = []
    for item in assessment.evidence:
        if (original is not None and item.field in masked
                and original.text(item.field)[item.start:item.end] == item.text):
            evidence.append(redact_evidence(item, masked[item.field]))
        else:
            evidence.append(replace(item, text=redactor.text(item.text)))
    assessment = replace(assessment, evidence=tuple(evidence),
                         reasons=tuple(Reason(r.code, redactor.text(r.message))
                                       for r in assessment.reasons))
    return incident, assessment
