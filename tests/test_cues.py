"""Cue rules: positives, negations, hard negatives, evidence offsets (cues.py, nlp.py)."""
from __future__ import annotations

import pytest

from crimeaudit import cues
from crimeaudit.nlp import shared_pipeline


def found(text: str, field: str = "transcript") -> dict[str, list[str]]:
    doc = shared_pipeline()(text)
    result: dict[str, list[str]] = {}
    for item in cues.evidence(doc, field):
        assert text[item.start:item.end] == item.text  # exact offsets, always
        result.setdefault(item.cue, []).append(item.text)
    return result


@pytest.mark.parametrize("said, cue", [
    ("CALLER: This isn't the first time he's done it.", "ordinal-occasion"),
    ("CALLER: it's the third time this week", "ordinal-occasion"),
    ("CALLER: he keeps ringing me", "repetition"),
    ("CALLER: he won't stop texting", "repetition"),
    ("CALLER: he was outside my house again last night", "stalking-behaviour"),
    ("CALLER: I've had 40 missed calls", "count"),
    ("CALLER: it's been going on since March", "time-span"),
    ("CALLER: I already reported him last month", "prior-report"),
    ("CALLER: he's on bail for it", "police-action"),
    ("CALLER: he's breached his non-molestation order", "order-breach"),
    ("CALLER: my ex can't accept it's over", "ex-partner"),
])
def test_continuation_cues(said, cue):
    assert cue in found(said)


@pytest.mark.parametrize("said", [
    "CALLER: it's the first time anything like this has happened",
    "CALLER: I'd never seen him before",
])
def test_counter_cues(said):
    assert "first-occurrence" in found(said)


def test_first_time_ringing_police_is_not_a_continuation_cue():
    cues_found = found("CALLER: this is the first time I've ever rung the police")
    assert "first-contact-police" in cues_found
    assert not set(cues_found) & cues.CONTINUATION_CUES


@pytest.mark.parametrize("said", [
    "CALLER: sorry, could you say that again",
    "CALLER: he keeps the dog in the yard",
    "CALLER: I'm still on the line",
])
def test_hard_negatives_are_not_continuation_cues(said):
    assert not set(found(said)) & cues.CONTINUATION_CUES


def test_negated_cue_is_relabelled():
    cues_found = found("CALLER: he hasn't followed me since")
    assert "negated-stalking-behaviour" in cues_found
    assert "stalking-behaviour" not in cues_found


def test_handler_question_answered_yes_is_affirmed_history():
    text = "CALL HANDLER: Has this happened before?\nCALLER: Yeah, loads of times."
    assert found(text)["prior-affirmed"] == ["Yeah"]
    assert "prior-denied" in found("CALL HANDLER: Has he done this before?\nCALLER: No, never.")


def test_cues_know_who_said_them():
    doc = shared_pipeline()("CALL HANDLER: Has he done this before?\nCALLER: he keeps calling")
    speakers = {e.cue: e.speaker for e in cues.evidence(doc, "transcript")}
    assert speakers["ordinal-occasion"] == "handler"
    assert speakers["repetition"] == "caller"


@pytest.mark.parametrize("note, cue", [
    ("First offence, words only. NFA.", "first-offence"),
    ("VIC not credible, account inconsistent.", "disbelief"),
    ("IP declined to provide a statement.", "support-withdrawn"),
    ("Advice given to both parties.", "advice-only"),
    ("Neighbour dispute, tit for tat.", "civil-rationale"),
    ("Suspect denies, word against word.", "suspect-denies"),
    ("CCTV reviewed at 14:32 shows no assault.", "avi-cctv"),
    ("Custody record confirms suspect in custody at the time.", "avi-custody"),
    ("Duplicate of CRI/1234/24.", "duplicate"),
    ("Transferred to another force area, accepted.", "transfer"),
    ("Recorded in error, not a notifiable offence.", "recorded-in-error"),
    ("Phone found at home by IP, not stolen.", "avi-item-found"),
])
def test_rationale_cues_in_notes(note, cue):
    assert cue in found(note, "notes")


def test_notes_artefacts_are_found():
    cues_found = found("CCTV at 14:32 reviewed, ref CRI/1234/24.", "notes")
    assert cues_found["artefact-time"] == ["14:32"]
    assert "CRI/1234/24" in cues_found["artefact-ref"]


def test_compile_rule_notation():
    assert cues.compile_rule("a|b ?c # ~^x$") == [
        {"LOWER": {"IN": ["a", "b"]}}, {"LOWER": "c", "OP": "?"}, {"LIKE_NUM": True},
        {"TEXT": {"REGEX": "^x$"}}]


def test_pipeline_is_blank_english_with_our_components():
    nlp = shared_pipeline()
    assert nlp.lang == "en" and nlp.pipe_names == ["crimeaudit_turns", "crimeaudit_cues"]


@pytest.mark.parametrize("said, cue", [
    ("CALLER: whenever he's had a drink he starts on her", "habitual"),
    ("CALLER: he has her card off her every payday", "habitual"),
    ("CALLER: he tells me what to wear and who I can see", "coercive-control"),
])
def test_routines_and_control_without_violence(said, cue):
    assert cue in found(said)


@pytest.mark.parametrize("notes, cue", [
    ("CCTV reviewed - inconclusive, NCR.", "absence-of-evidence"),
    ("Camera not covering the area. NFA.", "absence-of-evidence"),
    ("Property recovered, no loss. Store not pursuing.", "property-recovered"),
    ("No suspect, no forensic opportunities.", "no-further-evidence"),
    ("Six of one, handbags. NFA.", "civil-rationale"),
])
def test_rationales_that_are_not_avi(notes, cue):
    assert cue in found(notes, "notes")


def test_recovered_goods_are_not_an_item_found():
    assert "avi-item-found" not in found("Phone recovered from suspect.", "notes")
    assert "avi-item-found" in found("Phone found at home by IP, not stolen.", "notes")


@pytest.mark.parametrize("said", [
    "CALLER: my IDVA said to ring you straight away",
    "CALLER: I've been keeping a diary of everything he sends",
    "CALLER: I made a safety plan with the refuge",
    "CALLER: he's meant to be on conditions",
    "CALLER: honestly, how long have you got?",
])
def test_history_implied_by_what_it_set_in_motion(said):
    assert "implied-history" in found(said)


@pytest.mark.parametrize("said", [
    "CALLER: I keep a diary for my anxiety",                 # a diary, not a record of him
    "CALLER: I don't know where to start, it was so fast",   # shock, not a long history
])
def test_lookalikes_of_an_implied_history_are_not_cues(said):
    assert "implied-history" not in found(said)
