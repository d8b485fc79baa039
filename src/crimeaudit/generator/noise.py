"""Speech-to-text noise: what an automatic transcript of a phone call looks like.

Lower case, no punctuation, fillers ("um", "uh", "like", "you know"), repeated words, words cut
off and restarted ("he was sa- saying"), mis-recognised words ("harassment" -> "her ass meant")
and the odd inaudible stretch. The amount depends on how upset the speaker is.
"""
from __future__ import annotations

import random
import re

from .grammar import pick

FILLERS = ("um", "uh", "er", "erm", "like", "you know", "i mean", "sort of", "kind of", "uh",
           "um", "so", "yeah")
# Words an automatic recogniser tends to get wrong on a phone line, with what it hears instead.
MISHEARD = {
    "harassment": ("her ass meant", "harass meant", "harrassment"),
    "harassing": ("her assing", "harrassing"),
    "non-molestation": ("non molestation", "none molestation", "nun molestation"),
    "non-mol": ("non mole", "non mall", "nonmol"),
    "restraining": ("restrain in", "restraint in"),
    "stalking": ("stocking", "stoking", "talking"),
    "stalked": ("stocked", "stoked"),
    "messages": ("massages", "message is"),
    "messaging": ("massaging", "message in"),
    "address": ("a dress",),
    "their": ("there",),
    "there": ("their",),
    "right": ("write",),
    "knew": ("new",),
    "know": ("no",),
    "for": ("four",),
    "to": ("too", "two"),
    "ex": ("x", "axe", "next"),
    "ex-partner": ("x partner", "ex partner", "expartner"),
    "ex-boyfriend": ("x boyfriend", "ex boyfriend"),
    "bail": ("bale",),
    "warned": ("warmed", "one"),
    "officer": ("office", "offer sir"),
    "breached": ("breach", "reached", "bleached"),
    "assaulted": ("a salted", "assault it"),
    "threatening": ("threatening", "threading"),
    "again": ("a gain", "agin"),
    "whatsapp": ("what's up", "whats app"),
    "snapchat": ("snap chat",),
    "instagram": ("insta gram", "insta"),
    "reference": ("referencing", "reference is"),
    "police": ("please",),
    "keyed": ("key", "keep"),
    "punched": ("punch", "pinched"),
    "shoplifter": ("shop lifter",),
    "screenshots": ("screen shots", "screenshot"),
    "court": ("caught",),
    "custody": ("cussed he",),
    "which": ("witch",),
    "threw": ("through",),
    "through": ("threw",),
    "he's": ("his",),
    "she's": ("shes",),
    "we're": ("were",),
    "you're": ("your",),
}
# Short words a recogniser often drops.
DROPPABLE = {"the", "a", "to", "and", "of", "it", "is", "that", "in", "on", "at", "was", "just", "so"}
_STRIP = re.compile(r"[^\w\s'£:/-]")
_SPACES = re.compile(r"\s+")


def speech_to_text(text: str, rng: random.Random, level: float = 1.0) -> str:
    """Turn a clean turn into automatic-transcript style text.

    >>> import random
    >>> out = speech_to_text("He's been messaging me, again!", random.Random(3))
    >>> out == out.lower() and "!" not in out
    True
    """
    text = _STRIP.sub(" ", text.lower().replace("...", " "))
    words = _SPACES.sub(" ", text).strip().split(" ")
    out: list[str] = []
    # Phone-line recognisers miss a good share of words: fillers, restarts and dropped small
    # words are the commonest differences from what was said.
    p_filler, p_repeat, p_cut, p_mis = 0.06 * level, 0.025 * level, 0.02 * level, 0.05
    p_drop, p_ending = 0.06 * level, 0.05 * level
    for word in words:
        if not word:
            continue
        r = rng.random()
        if r < p_filler:
            out.append(pick(rng, FILLERS))
        elif r < p_filler + p_repeat:
            out.append(word)
        elif r < p_filler + p_repeat + p_cut and len(word) > 3 and word.isalpha():
            out.append(word[: 1 + int(rng.random() * (len(word) - 2))] + "-")
        elif r < p_filler + p_repeat + p_cut + 0.003:
            out.append(pick(rng, ("[inaudible]", "[crosstalk]", "(inaudible)")))
        if word in MISHEARD and rng.random() < p_mis * 3:
            word = pick(rng, MISHEARD[word])
        elif word in DROPPABLE and rng.random() < p_drop:
            continue
        elif rng.random() < p_ending:
            word = _misheard_ending(word)
        out.append(word)
    return " ".join(out)


_ENDINGS = (("ing", "in"), ("ed", ""), ("'s", "s"), ("'re", ""), ("'ve", ""), ("'ll", ""),
            ("s", ""), ("er", "a"), ("t", ""))


def _misheard_ending(word: str) -> str:
    """The commonest recogniser slip: a word's ending lost or blurred ("going" -> "goin")."""
    for ending, heard in _ENDINGS:
        if len(word) > len(ending) + 2 and word.endswith(ending):
            return word[: -len(ending)] + heard
    return word
