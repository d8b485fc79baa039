"""Who is in an incident: victim, other party, caller and witness.

The cast is drawn from large pools (see :mod:`crimeaudit.generator.people`) so unrelated
incidents rarely share a person; a series passes in its own victim and suspect so that every
member shares their names, phones and references.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from .grammar import chance
from .people import Person, new_person
from .scenarios import Situation
from .voices import Voice, choose_voice

# Relation kinds a series can run between (each has offences and genuine non-crimes that fit).
SERIES_RELATIONS = {"ex": 0.55, "partner": 0.2, "neighbour": 0.15, "acquaintance": 0.1}
# Victims' ages where the relation implies them (an adult child abusing an elderly parent).
VICTIM_AGES = {"adult_child": (62, 92), "sibling": (20, 70)}
# The other party's age, and whether they share the victim's surname, for family relations.
_FAMILY_AGES = {"family": (16, 65), "adult_child": (24, 58), "sibling": (18, 72)}


@dataclass(frozen=True)
class Cast:
    """The people of one incident."""

    relation: str               # what the other party is to the victim (ex, neighbour, stranger...)
    victim: Person | None       # None when nobody is a victim (noise, lost property, a shop)
    other: Person | None        # the suspect, or the person of concern / the neighbour
    caller: Person
    voice: Voice
    witness: Person | None
    other_known: bool           # the caller knows the other party's name


def cast_incident(
    rng: random.Random,
    situation: Situation,
    *,
    relation: str,
    victim: Person | None = None,
    other: Person | None = None,
) -> Cast:
    """Draw the people of one incident; a series passes its shared victim and suspect."""
    victim_female = chance(rng, situation.victim_female)
    if victim is None and _has_victim(situation):
        age = (5, 15) if situation.child_victim else VICTIM_AGES.get(relation, (17, 70))
        victim = new_person(rng, female=victim_female, age=age,
                            phone_p=0.0 if situation.child_victim else 0.75, ref_p=0.55)
    if victim is not None:
        victim_female = victim.pronouns.is_female
    elderly = victim is not None and victim.age >= 62
    voice = choose_voice(rng, situation.callers, victim_female, child=situation.child_victim,
                         elderly=elderly)
    if other is None:
        other = _other_party(rng, situation, relation, victim)
    caller = _caller(rng, voice, victim)
    witness = None
    if situation.offence and chance(rng, 0.12):
        witness = new_person(rng, phone_p=0.6, ref_p=0.1)
    known = relation not in {"stranger", "online", "none"} or chance(rng, 0.15)
    if voice.kind == "witness":
        known = False  # a passer-by does not know who the suspect is
    return Cast(relation, victim, other, caller, voice, witness, known)


def _has_victim(situation: Situation) -> bool:
    if situation.key in {"domestic_argument", "case_update"}:
        return True
    return situation.offence and situation.key != "shoplifting"


def _other_party(rng: random.Random, situation: Situation, relation: str,
                 victim: Person | None) -> Person | None:
    if relation == "none":
        return None
    female = chance(rng, situation.suspect_female)
    if relation == "child_subject":
        return new_person(rng, female=female, age=(4, 16), phone_p=0.2, ref_p=0.0)
    if relation == "subject":
        return new_person(rng, female=female, age=(60, 92), phone_p=0.3, ref_p=0.1)
    if relation == "parent_of_child":
        return new_person(rng, female=female, age=(24, 50), phone_p=0.4, ref_p=0.6,
                          last=victim.last if victim and chance(rng, 0.6) else None)
    if relation in _FAMILY_AGES and victim is not None:
        return new_person(rng, female=female, age=_FAMILY_AGES[relation], phone_p=0.5, ref_p=0.6,
                          last=victim.last if chance(rng, 0.7) else None)
    known = relation not in {"stranger", "online"}
    return new_person(rng, female=female, age=(17, 65),
                      phone_p=0.7 if known else 0.05, ref_p=0.6 if known else 0.25)


def _caller(rng: random.Random, voice: Voice, victim: Person | None) -> Person:
    if voice.kind in {"victim", "self"} and victim is not None:
        return victim  # in a series even a noise complaint comes from the series' victim
    if voice.kind in {"parent", "family"} and victim is not None:
        age = (victim.age + 20, victim.age + 45) if voice.kind == "parent" else (18, 75)
        return new_person(rng, age=(min(age[0], 80), min(age[1], 85)), phone_p=0.85, ref_p=0.3,
                          last=victim.last if chance(rng, 0.7) else None)
    return new_person(rng, age=(18, 75), phone_p=0.85, ref_p=0.3)
