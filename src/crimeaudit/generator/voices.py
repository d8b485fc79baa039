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
# How a caller names a child victim, where it differs from the adult phrases above.
CHILD_RELATION_PHRASES: dict[str, tuple[str, ...]] = {
    "parent": ("my daughter", "my son", "my little girl", "my little boy", "my youngest", "my eldest"),
    "family": ("my niece", "my nephew", "my granddaughter", "my grandson", "my little sister",
               "my little brother"),
    "neighbour": ("the little girl next door", "the boy next door", "a kid on our street",
                  "the girl across the road", "the lad upstairs"),
}


# How a caller names an elderly victim (a parent, a grandparent, an old neighbour).
ELDER_RELATION_PHRASES: dict[str, tuple[str, ...]] = {
    "family": ("my mum", "my dad", "my nan", "my grandad", "my mother", "my father", "my auntie",
               "my uncle", "my mother-in-law", "my father-in-law", "my gran"),
    "neighbour": ("the old lady next door", "the old boy next door", "my elderly neighbour",
                  "the lady across the road", "the gentleman opposite", "the old fella upstairs"),
    "friend": ("a friend of mine", "an old friend of my mum's", "a lady from church",
               "a friend from the bowls club", "my friend's dad", "a lady I help out"),
    "parent": ("my mum", "my dad"),
}


@dataclass(frozen=True)
class Voice:
    """The caller in one call."""

    kind: str            # victim | parent | family | friend | neighbour | teacher | witness | self | staff
    third_party: bool    # the caller is not the victim and relays or witnessed the events
    about: str           # how the caller names the victim ("my daughter"); "" for victims
    register: str        # calm | upset | terse | chatty



REGISTERS = {"calm": 0.35, "upset": 0.3, "terse": 0.15, "chatty": 0.2}


def choose_voice(rng: random.Random, kinds: dict[str, float], victim_female: bool,
                 child: bool = False, elderly: bool = False) -> Voice:
    """Draw a caller persona from a situation's caller mix."""
    kind = weighted(rng, kinds)
    register = weighted(rng, REGISTERS)
    if kind in RELATION_PHRASES:
        table = RELATION_PHRASES
        if child and kind in CHILD_RELATION_PHRASES:
            table = CHILD_RELATION_PHRASES
        elif elderly and kind in ELDER_RELATION_PHRASES:
            table = ELDER_RELATION_PHRASES
        return Voice(kind, True, _about(rng, table[kind], victim_female), register)
    return Voice(kind, kind in {"witness", "staff"}, "", register)


_FEMALE_WORDS = ("daughter", "girl", "sister", "mum", "niece", "nan", "auntie", "lady", "woman",
                 "mother", "gran", "mother-in-law")
_MALE_WORDS = ("son", "lad", "brother", "dad", "grandson", "boy", "nephew", "grandad", "father",
               "uncle", "gentleman", "boy", "fella", "father-in-law")


def _about(rng: random.Random, phrases: tuple[str, ...], victim_female: bool) -> str:
    """A relation phrase that matches the victim's gender where the phrase has one."""
    wrong = _MALE_WORDS if victim_female else _FEMALE_WORDS
    options = [p for p in phrases if not any(re.search(rf"\b{w}\b", p) for w in wrong)]
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
    "screenshot": "screenshots", "block": "blocks", "report": "reports", "wish": "wishes",
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
              "I'd": f"{subj}'d", "I'll": f"{subj}'ll",
              # in a victim's account "we" is the victim and the other party
              "we": "they", "We": "they", "us": "them", "our": "their", "Our": "their",
              "we've": "they've", "we're": "they're", "we'd": "they'd", "We've": "they've",
              "We're": "they're"}
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
