"""Who is speaking: caller personas, how they speak, and whose point of view an account takes.

Account phrases are written once, in the victim's own first-person voice. A third-party caller
(a parent, friend, teacher, neighbour) relays the same account, so :func:`third_person` rewrites
"I was scared, he grabbed my arm" into "she was scared, he grabbed her arm". Quoted speech (the
suspect's own words inside double quotes) is left alone.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from .grammar import weighted
from .people import Pronouns

# Caller kinds and how the caller refers to the victim. Third-party callers are the ones whose
# account is relayed; "self" is a caller whose own matter it is but who is not a victim (noise,
# lost property, a civil dispute); "staff" reports for a shop.
RELATION_PHRASES: dict[str, tuple[str, ...]] = {
    "parent": ("my daughter", "my son", "my girl", "my lad", "my eldest", "my youngest"),
    "family": ("my sister", "my brother", "my mum", "my niece", "my cousin", "my nan",
               "my auntie", "my dad", "my granddaughter", "my grandson"),
    "friend": ("my friend", "my best friend", "a friend of mine", "my mate", "my flatmate",
               "a girl I work with", "my housemate"),
    "neighbour": ("my neighbour", "the lady next door", "the woman upstairs", "the girl across the landing",
                  "the family next door", "the lady opposite"),
    "teacher": ("one of our pupils", "a child in my class", "one of our students", "a pupil of ours",
                "a little girl in year four", "a boy in year nine"),
}
# Which relation phrases can be about a child (parents, teachers) vs. an adult.
CHILD_RELATIONS = {"parent", "teacher"}


@dataclass(frozen=True)
class Voice:
    """The caller in one call."""

    kind: str            # victim | parent | family | friend | neighbour | teacher | witness | self | staff
    third_party: bool    # the caller is not the victim and relays or witnessed the events
    about: str           # how the caller names the victim ("my daughter"); "" for victims
    register: str        # calm | upset | terse | chatty

    @property
    def relays(self) -> bool:
        """True when the account is the victim's, retold by someone else."""
        return self.kind in {"parent", "family", "friend", "teacher"} or (
            self.kind == "neighbour" and self.about != ""
        )


REGISTERS = {"calm": 0.35, "upset": 0.3, "terse": 0.15, "chatty": 0.2}


def choose_voice(rng: random.Random, kinds: dict[str, float], victim_female: bool) -> Voice:
    """Draw a caller persona from a situation's caller mix."""
    kind = weighted(rng, kinds)
    register = weighted(rng, REGISTERS)
    if kind in RELATION_PHRASES:
        about = _about(rng, kind, victim_female)
        return Voice(kind, True, about, register)
    return Voice(kind, kind in {"witness", "staff", "neighbour"}, "", register)


def _about(rng: random.Random, kind: str, victim_female: bool) -> str:
    """A relation phrase that matches the victim's gender where the phrase has one."""
    female_words = ("daughter", "girl", "sister", "mum", "niece", "nan", "auntie", "granddaughter", "lady", "woman")
    male_words = ("son", "lad", "brother", "dad", "grandson", "boy")
    options = [
        p for p in RELATION_PHRASES[kind]
        if not any(w in p for w in (male_words if victim_female else female_words))
    ]
    return options[int(rng.random() * len(options))]


# --- first person -> third person -------------------------------------------------------

_PRESENT = {
    "want": "wants", "need": "needs", "think": "thinks", "feel": "feels", "know": "knows",
    "live": "lives", "work": "works", "keep": "keeps", "get": "gets", "go": "goes", "have": "has",
    "do": "does", "say": "says", "see": "sees", "hear": "hears", "like": "likes", "mean": "means",
    "try": "tries", "walk": "walks", "leave": "leaves", "believe": "believes", "reckon": "reckons",
    "worry": "worries", "stay": "stays", "hope": "hopes", "love": "loves", "use": "uses",
    "don't": "doesn't", "haven't": "hasn't", "am": "is", "dread": "dreads", "check": "checks",
    "sleep": "sleeps", "jump": "jumps", "panic": "panics", "look": "looks", "remember": "remembers",
    "wake": "wakes", "can": "can", "daren't": "daren't", "share": "shares", "rent": "rents",
    "pay": "pays", "owe": "owes", "drive": "drives", "park": "parks", "finish": "finishes",
}
_ADVERBS = {"just", "really", "still", "never", "always", "only", "honestly", "actually",
            "literally", "genuinely", "also", "even", "now", "sometimes", "usually", "kind", "sort"}
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[^A-Za-z]+")


def third_person(text: str, pron: Pronouns) -> str:
    """Rewrite a first-person account as told about someone with pronouns ``pron``.

    >>> from crimeaudit.generator.people import SHE
    >>> third_person('I\\'m scared, he took my phone and said "I know where you live"', SHE)
    'she\\'s scared, he took her phone and said "I know where you live"'
    """
    parts = text.split('"')
    for i in range(0, len(parts), 2):  # even parts are outside quotes
        parts[i] = _convert(parts[i], pron)
    return '"'.join(parts)


def _convert(text: str, pron: Pronouns) -> str:
    tokens = _TOKEN.findall(text)
    subj = pron.subj
    mine = "hers" if pron.is_female else "his"
    simple = {"me": pron.obj, "my": pron.poss, "myself": pron.refl, "mine": mine,
              "Me": pron.obj, "My": pron.poss, "I'm": f"{subj}'s", "I've": f"{subj}'s",
              "I'd": f"{subj}'d", "I'll": f"{subj}'ll"}
    for i, tok in enumerate(tokens):
        if tok in simple:
            tokens[i] = simple[tok]
        elif tok == "I":
            tokens[i] = subj
            _conjugate_following(tokens, i + 1)
    return "".join(tokens)


def _conjugate_following(tokens: list[str], start: int) -> None:
    """Put the verb after a converted "I" into the third person singular, skipping adverbs."""
    j = start
    while j < len(tokens):
        tok = tokens[j]
        if not tok[0].isalpha():
            if tok.strip():  # punctuation ends the clause
                return
            j += 1
            continue
        low = tok.lower()
        if low in _ADVERBS:
            j += 1
            continue
        if low in _PRESENT:
            tokens[j] = _PRESENT[low]
        return
