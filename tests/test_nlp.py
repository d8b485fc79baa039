"""The pipeline reads line breaks as spaces (for speed) and finds the same cues and words as when
it tokenised the text as given."""
from __future__ import annotations

from dataclasses import replace

import pytest

from crimeaudit import nlp
from crimeaudit.generator import generate_incidents
from crimeaudit.io import incident_from_mapping as parse_incident


def test_line_breaks_are_not_tokens_and_offsets_still_point_at_the_text():
    text = "CH: has he been before?\r\nC: yes\tevery time he rings\nCH: ok"
    doc = nlp.process(nlp.shared_pipeline(), text)
    assert not any("\n" in t.text or "\r" in t.text for t in doc)
    assert [t.idx for t in doc if t.text == "every"] == [text.index("every")]
    analysed = nlp.read(parse_incident({"incident_id": "T-1", "transcript": text, "notes": ""}))
    assert analysed.evidence, "the history answer and the repetition are cues"
    for evidence in analysed.evidence:
        assert text[evidence.start:evidence.end] == evidence.text


def test_a_negator_ending_the_turn_before_does_not_negate_a_cue():
    said = "C: oh no\nC: every time i text him he turns up"
    cues = {e.cue for e in nlp.read(parse_incident(
        {"incident_id": "T-2", "transcript": said, "notes": ""})).evidence}
    assert "repetition" in cues and "negated-repetition" not in cues
    same_line = "C: oh no every time i text him he turns up"
    assert "negated-repetition" in {e.cue for e in nlp.read(parse_incident(
        {"incident_id": "T-3", "transcript": same_line, "notes": ""})).evidence}


@pytest.fixture(scope="module")
def generated():
    incidents = [parse_incident(record) for record in generate_incidents(150, seed=11)]
    # Exports differ: Windows line endings, tabs, blank lines between turns.
    for k in range(0, len(incidents), 3):
        incidents[k] = replace(incidents[k], transcript=incidents[k].transcript.replace(
            "\n", ("\r\n", "\n\n", "\t\n")[k % 9 // 3]))
    return incidents


def test_same_cues_and_words_as_tokenising_the_text_as_given(generated, monkeypatch):
    fast = [nlp.read(incident) for incident in generated]
    monkeypatch.setattr(nlp, "_BREAKS_AS_SPACES", {})      # str.translate({}) changes nothing
    slow = [nlp.read(incident) for incident in generated]
    assert sum(len(a.evidence) for a in fast) > 300
    for a, b in zip(fast, slow):
        assert a.evidence == b.evidence, a.incident.incident_id
        for field in ("transcript", "notes"):
            assert a.words[field].tolist() == b.words[field].tolist(), a.incident.incident_id
