"""Speaker-turn segmentation (turns.py)."""
from crimeaudit.turns import speaker_at, split_turns


def test_named_labels_and_exact_offsets():
    text = "CALL HANDLER: Police, what's happened?\nCALLER: He's back again."
    turns = split_turns(text)
    assert [(t.label, t.role) for t in turns] == [("CALL HANDLER", "handler"), ("CALLER", "caller")]
    assert text[turns[1].start:turns[1].end] == "He's back again."


def test_timestamps_and_unnamed_speakers_take_roles_by_order():
    text = "[00:00:01] SPK_0: police how can I help\n[00:00:05] SPK_1: um he's outside\n[00:00:09] SPK_0: ok"
    turns = split_turns(text)
    assert [t.role for t in turns] == ["handler", "caller", "handler"]
    assert text[turns[1].start:turns[1].end] == "um he's outside"


def test_short_labels_and_unlabelled_text():
    assert [t.role for t in split_turns("OPERATOR: yes\nC: no")] == ["handler", "caller"]
    (only,) = split_turns("no labels at all here")
    assert only.role == "unknown" and (only.start, only.end) == (0, 21)
    assert split_turns("") == []


def test_colon_inside_a_sentence_is_not_a_label():
    turns = split_turns("CALLER: he said this: go away and never come back to my house at all")
    assert len(turns) == 1


def test_speaker_at_finds_the_turn_holding_a_character():
    text = "CH: hello\nCALLER: again"
    turns = split_turns(text)
    assert speaker_at(turns, text.index("again")) == "caller"
    assert speaker_at(turns, text.index("hello")) == "handler"


def test_turns_are_immutable_values():
    text = "CH: hello\nCALLER: again"
    first, second = split_turns(text)
    assert split_turns(text) == [first, second] and len({first, second, split_turns(text)[0]}) == 2
    assert repr(first) == "Turn(label='CH', role='handler', start=4, end=9)"
    try:
        first.role = "caller"  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("a turn could be changed")
