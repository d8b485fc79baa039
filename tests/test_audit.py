"""The audit policy (audit.py): pure, so tested without a model."""
from __future__ import annotations

import pytest

from crimeaudit.audit import Thresholds, assess, priority_of
from crimeaudit.records import Analysed, Evidence, History, Incident

T = Thresholds(continuation=0.5, flag=0.6, weak_rationale=0.3)


def note(cue: str, text: str = "x") -> Evidence:
    return Evidence("notes", 0, len(text), text, cue)


def analysed(decision, *evidence, history=History()) -> Analysed:
    return Analysed(Incident("I-1", "CALLER: x", "y", decision=decision), tuple(evidence), history)


def codes(a) -> list[str]:
    return [r.code for r in a.reasons]


def test_crimed_is_never_flagged():
    a = assess(analysed("crimed", note("first-offence")), 0.99, 0.99, T, "m")
    assert not a.flag and codes(a) == []


def test_likely_crime_not_recorded_is_flagged():
    a = assess(analysed("non-crime"), 0.2, 0.7, T, "m")
    assert a.flag and codes(a) == ["crime-likely"]


def test_unlikely_crime_with_valid_avi_is_not_flagged():
    a = assess(analysed("no-crime", note("avi-cctv")), 0.1, 0.2, T, "m")
    assert not a.flag and codes(a) == []


def test_first_offence_rationale_with_earlier_occasions_is_always_flagged():
    a = assess(analysed("no-crime", note("first-offence"), note("avi-cctv")), 0.8, 0.05, T, "m")
    assert a.flag
    assert codes(a) == ["continuation-missed", "first-offence-rationale"]


def test_first_offence_rationale_with_linked_earlier_incident_is_flagged():
    a = assess(analysed("non-crime", note("first-offence"), history=History(("I-0",), 1)),
               0.1, 0.1, T, "m")
    assert a.flag and "first-offence-rationale" in codes(a) and "linked-history" in codes(a)


def test_first_offence_rationale_without_earlier_occasions_is_not_flagged_by_itself():
    a = assess(analysed("non-crime", note("first-offence")), 0.1, 0.1, T, "m")
    assert not a.flag


@pytest.mark.parametrize("cue, code", [("disbelief", "disbelief-rationale"),
                                       ("support-withdrawn", "support-withdrawn-rationale")])
def test_weak_rationale_lowers_the_bar(cue, code):
    below_flag = 0.45  # between weak_rationale (0.3) and flag (0.6)
    a = assess(analysed("non-crime", note(cue)), 0.1, below_flag, T, "m")
    assert a.flag and codes(a) == [code]
    plain = assess(analysed("non-crime"), 0.1, below_flag, T, "m")
    assert not plain.flag


def test_weak_rationale_with_avi_keeps_the_normal_bar():
    a = assess(analysed("non-crime", note("disbelief"), note("avi-cctv")), 0.1, 0.45, T, "m")
    assert not a.flag


def test_no_crime_without_avi_is_flagged_when_a_crime_is_plausible():
    a = assess(analysed("no-crime"), 0.1, 0.45, T, "m")
    assert a.flag and codes(a) == ["no-avi"]


def test_no_decision_means_should_this_be_crimed():
    assert assess(analysed(None), 0.1, 0.7, T, "m").flag
    assert not assess(analysed(None), 0.1, 0.2, T, "m").flag


def test_handler_words_are_not_evidence():
    said = Evidence("transcript", 0, 6, "before", "ordinal-occasion", "handler")
    a = assess(analysed("non-crime", said), 0.1, 0.1, T, "m")
    assert a.evidence == ()


def test_flagged_always_outrank_unflagged():
    assert priority_of(True, 0.0, 0.0, False) >= 0.5 > priority_of(False, 1.0, 1.0, True)
    assert priority_of(True, 0.9, 0.9, True) > priority_of(True, 0.1, 0.7, False)


def test_probabilities_are_rounded_and_in_range():
    a = assess(analysed("no-crime"), 0.123456, 0.987654, T, "m")
    assert (a.p_continuation, a.p_should_crime) == (0.1235, 0.9877)
    assert 0 <= a.priority <= 1


def test_thresholds_are_validated():
    with pytest.raises(ValueError, match="flag"):
        Thresholds(flag=1.5)


def test_a_source_cited_for_what_it_did_not_show_is_not_avi():
    notes = "CCTV reviewed, inconclusive. NCR."
    checked = (Evidence("notes", 0, 13, "CCTV reviewed", "avi-cctv"),
               Evidence("notes", 15, 27, "inconclusive", "absence-of-evidence"))
    shows = (Evidence("notes", 0, 13, "CCTV reviewed", "avi-cctv"),)
    assert notes[0:13] == "CCTV reviewed" and notes[15:27] == "inconclusive"
    voided = assess(analysed("no-crime", *checked), 0.1, 0.4, Thresholds(), "m")
    valid = assess(analysed("no-crime", *shows), 0.1, 0.4, Thresholds(), "m")
    assert voided.flag and "no-avi" in [r.code for r in voided.reasons]
    assert not valid.flag and "no-avi" not in [r.code for r in valid.reasons]
