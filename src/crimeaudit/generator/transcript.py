"""Turns -> transcript text: speaker labels, optional timestamps, clean or speech-to-text.

Three styles, as real archives hold them: a clean typed transcript ("CALL HANDLER: ..."), an
automatic speech-to-text transcript with diarisation labels ("SPK_0: ..."), and a timestamped
transcript ("[00:01:12] CALLER: ..."), itself clean or automatic.
"""
from __future__ import annotations

import random
import re

from .dialogue import Turn
from .grammar import chance, pick
from .noise import speech_to_text

CLEAN_LABELS = (
    ("CALL HANDLER", "CALLER"), ("CALL HANDLER", "CALLER"), ("OPERATOR", "CALLER"), ("CH", "C"),
    ("Handler", "Caller"), ("SPEAKER 1", "SPEAKER 2"), ("POLICE", "CALLER"),
    ("Call Handler", "Caller"), ("CALL TAKER", "CALLER"), ("Operator", "Caller"),
)
STT_LABELS = (
    ("SPK_0", "SPK_1"), ("SPK_0", "SPK_1"), ("SPK_0", "SPK_1"), ("SPK_0", "SPK_1"),
    ("SPK_1", "SPK_0"), ("SPK_1", "SPK_0"), ("spk_0", "spk_1"), ("SPEAKER_00", "SPEAKER_01"),
)
# Contractions a speaker or transcriber may say or write in full; only unambiguous ones ("he's"
# can be "he is" or "he has", so it stays).
_EXPANSIONS = {
    "I'm": "I am", "don't": "do not", "can't": "cannot", "won't": "will not", "didn't": "did not",
    "doesn't": "does not", "isn't": "is not", "wasn't": "was not", "haven't": "have not",
    "I've": "I have", "I'll": "I will", "you're": "you are", "we're": "we are", "they're": "they are",
    "couldn't": "could not", "wouldn't": "would not", "hasn't": "has not", "I'd": "I would",
}
_CONTRACTION = re.compile(r"\b(" + "|".join(re.escape(k) for k in _EXPANSIONS) + r")\b")
_SPELLINGS = {"okay": "OK", "Okay": "OK", "alright": "all right", "Alright": "All right"}
_SPELLING = re.compile(r"\b(okay|Okay|alright|Alright)\b")
_COMMA = re.compile(r", (?=[a-zA-Z])")
_SENTENCE_START = re.compile(r"(^|[.?!]\s+)([a-z])")
_LONE_I = re.compile(r"\bi\b")
_NOISE_LEVEL = {"upset": 1.6, "calm": 1.0, "terse": 0.9, "chatty": 1.2}


class Habits:
    """How one transcript is typed: contractions, spellings and light disfluencies.

    Drawn once per call, like a transcriber's (or a caller's) habits, so that the same words
    are not always written the same way across calls.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.expand = pick(rng, (0.0, 0.0, 0.12, 0.3))       # share of contractions said in full
        self.spell = chance(rng, 0.3)                         # "OK", "all right"
        self.hesitate = pick(rng, (0.0, 0.08, 0.15))          # "er," after a caller's comma
        self.verbatim = pick(rng, (0.02, 0.035, 0.05, 0.065))  # a typed verbatim record's ums and restarts
        self.annotate = pick(rng, (0.0, 0.06, 0.12, 0.18))    # "[crying]", "[pause]" between sentences

    def apply(self, text: str, caller: bool) -> str:
        rng = self.rng
        if self.expand:
            text = _CONTRACTION.sub(
                lambda m: _EXPANSIONS[m.group(1)] if rng.random() < self.expand else m.group(1), text)
        if self.spell:
            text = _SPELLING.sub(lambda m: _SPELLINGS[m.group(1)], text)
        if self.verbatim:
            rate = self.verbatim if caller else self.verbatim / 3  # handlers hesitate less
            text = _VERBATIM.sub(lambda m: self._disfluent(m.group(0), rate), text)
        if caller and self.annotate:
            text = _BOUNDARY.sub(lambda m: f"{m.group(1)} {pick(rng, ANNOTATIONS)} "
                                 if rng.random() < self.annotate else m.group(0), text)
        if caller and self.hesitate:
            text = _COMMA.sub(lambda m: ", " + pick(rng, ("er, ", "um, ", "erm, ", "like, ", "you know, "))
                              if rng.random() < self.hesitate else ", ", text)
        return text


    def _disfluent(self, word: str, rate: float) -> str:
        """A verbatim transcriber's record of a hesitation before a word, or a restart."""
        rng = self.rng
        if rng.random() >= rate:
            return word
        kind = rng.random()
        if kind < 0.45:
            return pick(rng, ("um", "er", "erm", "uh")) + ", " + word
        if kind < 0.75 or len(word) < 4:
            return f"{word}, {word}"
        return f"{word[:2]}- {word}"


# What a transcriber notes between a caller's sentences.
ANNOTATIONS = ("[crying]", "[pause]", "[sighs]", "[background noise]", "[inaudible]", "[overtalking]",
               "[dog barking]", "[baby crying]", "[sniffs]", "[long pause]", "[voices in background]",
               "[door closes]", "[shouting in background]", "[breathing heavily]", "[TV in background]")
_BOUNDARY = re.compile(r"([.?!,]) (?=[A-Za-z])")
_VERBATIM = re.compile(r"(?<![\w'])[a-z][a-z']*(?![\w'])")


def finish_clean(text: str) -> str:
    """Capitalise sentence starts of a clean turn."""
    text = _LONE_I.sub("I", text)
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)


def render_transcript(turns: list[Turn], rng: random.Random, style: str, register: str) -> str:
    """Render turns in one of the styles ``clean``, ``stt`` or ``timestamped``."""
    # Timestamps usually come from an automatic pipeline; a few are typed with the clock noted.
    automatic = style == "stt" or (style == "timestamped" and chance(rng, 0.8))
    if automatic:
        labels = pick(rng, STT_LABELS) if style == "stt" or chance(rng, 0.6) else pick(rng, CLEAN_LABELS)
    else:
        labels = pick(rng, CLEAN_LABELS)
    handler, caller = labels
    level = _NOISE_LEVEL.get(register, 1.0)
    seconds = rng.randint(0, 4)
    habits = Habits(rng)
    lines = []
    for turn in turns:
        text = habits.apply(turn.text, turn.speaker == "C")
        if automatic:
            text = speech_to_text(text, rng, level if turn.speaker == "C" else 0.7)
        else:
            text = finish_clean(text)
        label = handler if turn.speaker == "H" else caller
        line = f"{label}: {text}"
        if style == "timestamped":
            line = f"[{_clock(seconds)}] {line}"
            seconds += int(len(text.split()) * 0.38 + rng.uniform(0.5, 3.5))
        lines.append(line)
    return "\n".join(lines)


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"
