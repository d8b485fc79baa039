"""The audit policy: probabilities + cues + history -> flag, priority, reasons (pure).

The policy, in the order a reviewer would reason (DOMAIN.md):
1. A `crimed` decision is never flagged: the audit is of decisions not to record.
2. A no-crime / non-crime decision (or none) is flagged when a crime is likely
   (`p_should_crime >= thresholds.flag`).
3. A first-offence rationale is always flagged when there is evidence of earlier occasions
   (a continuation probability of at least `thresholds.continuation`, or an earlier linked
   incident): one occasion is all harassment
   needs beyond the first, and the taped call decides it, not the note.
4. Disbelief or withdrawn support never settles a decision by itself: with such a rationale,
   and no additional verifiable information (AVI) cited, the lower bar
   `thresholds.weak_rationale` applies to `p_should_crime`.
5. A no-crime that cites no AVI is flagged at that same lower bar. A source cited only for
   what it did not show ("CCTV checked, inconclusive") is absence of evidence, not AVI.
The reasons say which of these applied; the evidence is the words behind them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .cues import CUE_FAMILY, VALID_RATIONALE_CUES
from .records import Analysed, Assessment, Evidence, Reason
from .turns import HANDLER

PROBABILITY_DIGITS = 4
# AVI cues naming a source that was checked; what the source showed decides whether it is AVI.
SOURCE_CHECKS = frozenset({"avi-cctv", "avi-records-check"})


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds, chosen on held-out generated data and stored in the manifest."""

    continuation: float = 0.5
    flag: float = 0.5
    weak_rationale: float = 0.3

    def __post_init__(self) -> None:
        for name in ("continuation", "flag", "weak_rationale"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"threshold {name} must be in [0, 1], got {value}")


@dataclass(frozen=True)
class Findings:
    """What the cues say about one incident, gathered once for the policy and the reasons."""

    weak: dict[str, tuple[Evidence, ...]]
    valid: tuple[Evidence, ...]

    @classmethod
    def from_evidence(cls, evidence: tuple[Evidence, ...]) -> "Findings":
        weak: dict[str, list[Evidence]] = {}
        for item in evidence:
            if item.field == "notes" and CUE_FAMILY.get(item.cue) == "weak-rationale":
                weak.setdefault(item.cue, []).append(item)
        voided = SOURCE_CHECKS if "absence-of-evidence" in weak else frozenset()
        return cls(
            weak={cue: tuple(items) for cue, items in weak.items()},
            valid=tuple(e for e in evidence if e.field == "notes" and e.cue in VALID_RATIONALE_CUES
                        and e.cue not in voided),
        )


def reviewable_evidence(evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """Evidence worth showing: everything but the call handler's own words (their questions
    are not the caller's account)."""
    return tuple(e for e in evidence if e.speaker != HANDLER)


def _reasons(analysed: Analysed, p_cont: float, p_crime: float, t: Thresholds,
             found: Findings) -> tuple[list[Reason], bool]:
    """Reasons that apply, and whether any of them is a flagging policy rule (3-5)."""
    decision = analysed.incident.decision
    history = analysed.history
    reasons: list[Reason] = []
    policy_hit = False
    crime_likely = p_crime >= t.flag
    # Earlier occasions are judged by the model (which weighs the cues in context) or by the
    # archive; a lone cue word such as "again" is not enough to override a note.
    continuation = p_cont >= t.continuation or history.earlier > 0
    if decision == "crimed":
        if history.linked:
            reasons.append(Reason("linked-history", f"{len(history.linked)} other incident(s) in "
                                  "the archive involve the same victim and suspect."))
        return reasons, False
    label = decision or "not recorded"
    if continuation and (crime_likely or "first-offence" in found.weak):
        # The archive's earlier incidents between the same victim and suspect make it a
        # continuation even when this call never mentions them (DOMAIN.md, "Linking incidents").
        why = (f"p={p_cont:.2f}" if p_cont >= t.continuation else
               f"{history.earlier} earlier linked incident(s) in the archive")
        reasons.append(Reason("continuation-missed", f"{label}, yet the incident looks like the "
                              f"continuation of a course of conduct ({why}): harassment "
                              "needs only two occasions, and earlier ones count even if unreported."))
    if "first-offence" in found.weak and continuation:
        policy_hit = True
        reasons.append(Reason("first-offence-rationale", "The notes call this a first offence or "
                              "first incident, but there is evidence of earlier occasions."))
    weak_bar = p_crime >= t.weak_rationale and not found.valid
    if "disbelief" in found.weak:
        policy_hit |= weak_bar
        reasons.append(Reason("disbelief-rationale", "The notes rest the decision on not "
                              "believing the victim; that cannot by itself justify no-crime "
                              "without additional verifiable information."))
    if "support-withdrawn" in found.weak:
        policy_hit |= weak_bar
        reasons.append(Reason("support-withdrawn-rationale", "The notes rest the decision on the "
                              "victim not supporting action; a confirmed crime is recorded "
                              "whether or not the victim supports police action."))
    if decision == "no-crime" and not found.valid:
        policy_hit |= p_crime >= t.weak_rationale
        reasons.append(Reason("no-avi", "A no-crime decision that cites no additional "
                              "verifiable information (CCTV, records, item found, duplicate, "
                              "transfer, recorded in error)."))
    if crime_likely:
        reasons.append(Reason("crime-likely", f"Taken at face value the account describes a "
                              f"notifiable offence (p={p_crime:.2f})."))
    if history.linked:
        reasons.append(Reason("linked-history", f"{len(history.linked)} other incident(s) in the "
                              f"archive involve the same victim and suspect, {history.earlier} "
                              "of them earlier."))
    return reasons, policy_hit


def priority_of(flag: bool, p_cont: float, p_crime: float, policy_hit: bool) -> float:
    """Review order in [0, 1]: every flagged incident ranks above every unflagged one; within
    each, likelier crimes first, then continuations (they escalate), then policy breaches."""
    score = 0.6 * p_crime + 0.25 * p_cont + 0.15 * float(policy_hit)
    return round(0.5 + 0.5 * score if flag else 0.49 * score, PROBABILITY_DIGITS)


def assess(analysed: Analysed, p_cont: float, p_crime: float, thresholds: Thresholds,
           model_id: str) -> Assessment:
    """The assessment of one incident under the audit policy.

    >>> from crimeaudit.records import Incident
    >>> a = assess(Analysed(Incident("A", "x", "y", decision="non-crime"), ()), 0.1, 0.9,
    ...            Thresholds(), "m1")
    >>> a.flag, [r.code for r in a.reasons]
    (True, ['crime-likely'])
    """
    found = Findings.from_evidence(analysed.evidence)
    reasons, policy_hit = _reasons(analysed, p_cont, p_crime, thresholds, found)
    decision = analysed.incident.decision
    flag = decision != "crimed" and (p_crime >= thresholds.flag or policy_hit)
    return Assessment(
        incident_id=analysed.incident.incident_id,
        decision=decision,
        p_continuation=round(float(p_cont), PROBABILITY_DIGITS),
        p_should_crime=round(float(p_crime), PROBABILITY_DIGITS),
        flag=bool(flag),
        priority=priority_of(flag, p_cont, p_crime, policy_hit),
        reasons=tuple(reasons),
        evidence=reviewable_evidence(analysed.evidence),
        linked_incidents=analysed.history.linked,
        model=model_id,
    )
