"""The slot table of one call: names, places, objects and times that fill the phrase banks.

Facts that must stay the same through a call (the street, the suspect's car, how the victim
names the suspect) are drawn once here; details that may vary each time they are said (a time
of day, a count) are callables or lists of templates drawn afresh on every use.
"""
from __future__ import annotations

import random

from . import fillers as F
from . import banks as B
from . import history as H
from .accounts import THREAT_QUOTES
from .cast import Cast
from .grammar import chance, pick, render
from .people import HE, SHE, Person, surname

HANDLER_NAMES = ("Sam", "Jo", "Chris", "Alex", "Kerry", "Dave", "Lindsey", "Mo", "Priya", "Gareth",
                 "Becky", "Tom", "Nadia", "Steve", "Claire", "Imran", "Louise", "Rob", "Hannah",
                 "Jas", "Phil", "Danielle", "Carl", "Emma", "Lee", "Sophie", "Andy", "Zoe")

# How a victim names the other party, by relation kind and the other party's gender.
RELATION_NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # (male forms, female forms)
    "ex": (("my ex", "my ex-partner", "my ex-boyfriend", "my ex-husband", "my kids' dad",
            "my ex, {sfirst}", "{sfirst}, my ex", "my ex {sfirst}"),
           ("my ex", "my ex-partner", "my ex-girlfriend", "my ex-wife", "my ex, {sfirst}",
            "{sfirst}, my ex")),
    "partner": (("my partner", "my boyfriend", "my husband", "{sfirst}, my partner",
                 "my fella", "my other half"),
                ("my partner", "my girlfriend", "my wife", "{sfirst}, my partner")),
    "neighbour": (("my neighbour", "the man next door", "the guy upstairs", "the bloke across the road",
                   "my neighbour {sfirst}", "next door"),
                  ("my neighbour", "the woman next door", "the lady upstairs", "the woman across the road",
                   "my neighbour {sfirst}")),
    "colleague": (("a guy from work", "someone I work with", "my manager", "a colleague",
                   "a lad from work", "{sfirst} from work"),
                  ("a woman from work", "someone I work with", "my manager", "a colleague",
                   "{sfirst} from work")),
    "acquaintance": (("a guy I know", "a friend of my brother's", "someone I met online",
                      "a lad I went on a date with", "an old friend", "my friend's ex", "{sfirst}"),
                     ("a girl I know", "a friend of my sister's", "someone I met online",
                      "an old friend", "my friend's ex", "{sfirst}")),
    "stranger": (("a man", "this guy", "some bloke", "a lad", "this man"),
                 ("a woman", "this girl", "some woman", "this woman")),
    "online": (("someone on {platform}", "an account on {platform}", "this guy online"),
               ("someone on {platform}", "an account on {platform}", "this girl online")),
    "family": (("my brother", "my son", "my dad", "my stepdad", "my uncle", "my cousin"),
               ("my sister", "my daughter", "my mum", "my auntie", "my cousin")),
    "parent_of_child": (("my dad", "my stepdad", "my mum's boyfriend", "my uncle", "my grandad"),
                        ("my mum", "my stepmum", "my dad's girlfriend", "my auntie", "my nan")),
    "trader": (("a builder", "the landlord", "a guy off Marketplace", "the mechanic", "a roofer"),
               ("the landlady", "a woman off Marketplace", "the letting agent", "a decorator")),
    "subject": (("my dad", "my grandad", "my brother", "my uncle", "the old man next door", "my son"),
                ("my mum", "my nan", "my sister", "my auntie", "the lady next door", "my daughter")),
    "child_subject": (("my son", "my lad", "my youngest", "my boy", "my stepson", "my grandson"),
                      ("my daughter", "my girl", "my youngest", "my stepdaughter", "my granddaughter")),
    "adult_child": (("my son", "my eldest", "my youngest", "my son {sfirst}", "{sfirst}, my son",
                     "my lad", "my eldest lad", "my boy"),
                    ("my daughter", "my eldest", "my youngest", "my daughter {sfirst}",
                     "{sfirst}, my daughter", "my girl")),
    "sibling": (("my brother", "my big brother", "my younger brother", "my brother {sfirst}",
                 "{sfirst}, my brother", "my twin brother"),
                ("my sister", "my big sister", "my younger sister", "my sister {sfirst}",
                 "{sfirst}, my sister")),
    "customer": (("a customer", "one of our customers", "a client", "a man I deal with at work",
                  "one of the tenants I manage", "a customer called {sfirst}", "a service user's son"),
                 ("a customer", "one of our customers", "a client", "a woman I deal with at work",
                  "one of the tenants I manage", "a customer called {sfirst}")),
    "none": (("someone",), ("someone",)),
}


def spell(word: str) -> str:
    """A word spelt out as a caller would: "S-M-I-T-H" (long names only partly: "W-H-I, Whiteley")."""
    letters = [c.upper() for c in word if c.isalpha()]
    if len(letters) > 6:  # nobody spells out a long name in full without being asked twice
        return "-".join(letters[:3]) + f"..., {word}"
    return "-".join(letters)


def build_slots(rng: random.Random, cast: Cast, force: str) -> dict:
    """All slot values for one call."""
    other = cast.other or Person("someone", "", HE, None, None, 40)
    pron = other.pronouns
    victim = cast.victim
    vpron = victim.pronouns if victim else SHE
    caller = cast.caller
    male = not pron.is_female
    names = RELATION_NAMES.get(cast.relation, RELATION_NAMES["none"])[0 if male else 1]
    main_rel = pick(rng, names)
    other_town = pick(rng, F.TOWNS[:26])
    slots: dict = {
        # the other party
        "he": pron.subj, "him": pron.obj, "his": pron.poss, "himself": pron.refl,
        "sfirst": other.first, "slast": other.last or "", "sname": other.name.strip(),
        "sage": str(other.age), "sdecade": _decade(other.age), "spell_slast": spell(other.last or "x"),
        "sbuild": pick(rng, F.BUILDS), "shair": pick(rng, F.HAIR), "sclothes": pick(rng, F.CLOTHES),
        "scar": F.car(rng), "reg": F.reg_plate(rng),
        "rel": (main_rel, main_rel, _short_rel(main_rel), "{sfirst}") if cast.other_known else (main_rel,),
        "subj_rel": main_rel,
        "a_man": "a man" if male else "a woman", "a_lad": "a lad" if male else "a girl",
        "a_guy": "some bloke" if male else "some woman", "a_guy_bare": "guy" if male else "woman",
        "cphone": caller.phone or "",
        "gperson": "man" if male else "lady",
        # the victim, seen from outside
        "vfirst": victim.first if victim else "her", "vname": victim.name if victim else "",
        "vshe": vpron.subj, "vher": vpron.obj, "a_woman": "a woman" if vpron.is_female else "a man",
        "a_victim": ("a [young|] woman", "a girl") if vpron.is_female else ("a [young|older|] man", "a lad"),
        "the_victim": "the woman" if vpron.is_female else "the man",
        "kidage": str(other.age) if cast.relation == "child_subject" else str(victim.age if victim else 9),
        # the caller
        "cfirst": caller.first, "clast": caller.last, "cname": caller.name, "spell_clast": spell(caller.last),
        "cage": str(caller.age), "cage1": str(caller.age + 1), "cdob": _dob(rng, caller.age), "cfirst2": pick(rng, HANDLER_NAMES),
        # the handler and the force
        "force": force, "hname": pick(rng, HANDLER_NAMES), "hname2": ("love", "mate", "{hname}"),
        "officer": surname(rng), "cadref": F.cad_ref(rng), "when_back": B.WHEN_BACK,
        "when_today": ("tonight", "today", "this evening", "this morning", "just now"),
        "crimeref": F.crime_ref(rng),
        # places
        "home": pick(rng, ("my house", "my flat", "the house", "my mum's", "my door", "my place")),
        "street": F.street(rng), "num": F.house_number(rng), "num2": str(rng.randint(1, 90)),
        "town": pick(rng, F.TOWNS), "postcode": F.postcode(rng), "otherplace": other_town,
        "place_out": F.OUTDOOR, "shop": pick(rng, F.SHOP_NAMES), "pub": pick(rng, F.PUBS),
        "school": pick(rng, F.SCHOOLS), "workplace": pick(rng, F.WORKPLACES),
        "platform": pick(rng, F.PLATFORMS),
        # things
        "item": pick(rng, F.STEAL_ITEMS), "lost_item": pick(rng, F.LOST_ITEMS),
        "goods": pick(rng, F.SHOP_GOODS), "amount": str(rng.choice((rng.randint(20, 400), rng.randint(300, 4000)))),
        "weapon": pick(rng, F.WEAPONS), "safe_place": F.SAFE_PLACES,
        # times and counts
        "clock": F.clock_time, "day": F.day, "month": F.month,
        "time_prev": ("last week", "[in|back in] {month}", "a couple of weeks ago", "on {day}",
                      "last month", "[a few|two|three] weeks ago", "at the weekend"),
        "period_ago": ("[a few|two|three|six] months ago", "in {month}", "last year", "at Christmas"),
        "numword": F.number_word, "ordinal": F.ordinal, "count_many": F.count_many,
        "threat": THREAT_QUOTES, "repeat_bit": "",
    }
    # A history told as a story: when it started (by the relation), how long, when before.
    slots.update(H.NARRATIVE_SLOTS)
    slots["onset"] = H.ONSET.get("family" if cast.relation in {"adult_child", "sibling"} else cast.relation,
                                 H.ONSET["other"])
    # When it happened is one fact of the call, said the same way each time.
    recent = chance(rng, 0.55)
    slots["_recent"] = recent
    slots["time_ago"] = render(F.TIME_RECENT if recent else F.TIME_PAST, rng, slots)
    street = slots["street"]
    slots["spell_street"] = spell(street.split()[0])
    if cast.other_known and cast.relation not in {"stranger", "online"}:
        # a caller who knows the other party calls them by name or relation, not "a man"
        for key in ("a_man", "a_lad", "a_guy"):
            slots[key] = (main_rel,)
    return slots


def _short_rel(rel: str) -> str:
    """"my ex-husband" -> "my ex"; keeps other phrases as they are."""
    return "my ex" if rel.startswith("my ex") else rel.split(",")[0]


def _decade(age: int) -> str:
    return {1: "teens", 2: "twenties", 3: "thirties", 4: "forties", 5: "fifties"}.get(age // 10, "sixties")


def _dob(rng: random.Random, age: int) -> str:
    year = 2024 - age
    return f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}" if chance(rng, 0.5) else (
        f"{rng.randint(1, 28)} {F.month(rng)} {year}")
