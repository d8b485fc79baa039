"""The flow of one call: which turns are said, in what order, and where history comes up.

A call is composed from small blocks (an opening, a few exchanges about what happened, safety
questions, the suspect, "has this happened before?", logistics, small talk, a closing). Which
blocks appear, their order and the call's length vary from call to call, and so does where the
evidence of earlier occasions surfaces: volunteered in the first breath, in the middle of the
account, only when the handler asks, as an afterthought at the end, or nowhere at all (a later
incident of a series that never mentions the earlier ones).
"""
from __future__ import annotations

import random
import re
from collections import ChainMap
from collections.abc import Callable
from dataclasses import dataclass

from . import accounts as A
from . import banks as B
from . import history as H
from .cast import Cast
from .grammar import chance, pick, render, weighted
from .paraphrase import Wording
from .scenarios import Outcome
from .voices import third_person

SEPARATORS = (". ", ". ", ". ", ". ", ", and ", " and ", ", ", ". And ", ". So ", " - ", "... ",
              ". Um, ", ", so ")
SIZES = {"short": 0.2, "medium": 0.55, "long": 0.25}
MAX_WORDS = 470  # calls stay within a few minutes, like the evaluation set's (50-500 words)
# Situations where "any witnesses or CCTV?" makes no sense (it happens behind closed doors).
NO_WITNESS_QUESTIONS = {"coercive_control", "child_abuse", "rape", "harassment", "malicious_comms",
                        "fraud", "family_abuse", "workplace_comms"}
# Situations where the suspect is usually unknown and long gone (no "where is he now?").
UNSEEN_SUSPECT = {"theft", "shoplifting", "burglary", "fraud"}
# Relations between people personally connected (orders and earlier violence fit).
PERSONAL = {"ex", "partner", "family", "adult_child", "sibling"}
UNIT_SPOKEN = {
    "PPU": ("the domestic abuse team", "the safeguarding team", "the public protection team"),
    "response": ("an officer", "the response team", "one of the patrols"),
    "neighbourhood": ("the neighbourhood team", "your local PCSO", "the local policing team"),
    "crime service team": ("the crime desk", "the investigation team", "an investigator"),
}
# History told as a story (history.NARRATIVE): the share of eligible continuation calls (a
# course of conduct in history.NARRATIVE_SITUATIONS, crimed or wrongly not crimed, not a
# witness's call) that tell their earlier occasions only this way, and the share of calls that
# are not continuations which tell unrelated background (history.BACKGROUND) instead.
NARRATIVE_SHARE = 0.34
NARRATIVE_FAMILIES = ("onset", "onset", "past", "past", "past", "coping", "escalation", "seen", "agency",
                      "kids", "blocked")
# History only implied (history.IMPLIED_SITUATIONS): no "again", no dated earlier occasion, just
# what the conduct has left behind (a changed route, an alarm, a log, a worker, a safety plan,
# the kids hiding when his car pulls up, a new account for each one blocked), who else has seen
# it, how it grew, and indirect answers ("how long have you got?"). The share is of the eligible
# continuation calls that did not tell their history as a story.
IMPLIED_SHARE = 0.3
IMPLIED_FAMILIES = ("coping", "coping", "coping", "agency", "agency", "seen", "seen", "escalation",
                    "escalation", "kids", "blocked")
STORY_STYLES = frozenset({"narrative", "implied"})
# Families that do not fit people who live together or are close family (a new number per block).
_APART_ONLY = {"blocked"}
_TOGETHER = {"partner", "family", "adult_child", "sibling"}
BACKGROUND_SHARE = {"narrative_situation": 0.35, "offence": 0.22, "other": 0.15}
# How often a background piece is drawn from the lookalikes of an implied history alone
# (history.BACKGROUND_LOOKALIKE), not from the whole of history.BACKGROUND.
LOOKALIKE_SHARE = 0.45


@dataclass
class Turn:
    """One line of a call: ``speaker`` is "H" (call handler) or "C" (caller)."""

    speaker: str
    text: str
    cue: bool = False    # carries evidence the labels rest on: never trimmed away
    story: bool = False  # part of the caller's account (where hard negatives fit)


@dataclass
class CuePlan:
    """Where evidence of earlier occasions, and counter-evidence, appears in a call."""

    places: tuple[str, ...]     # some of: opening, account, answer, late
    families: tuple[str, ...]   # history.CUES families to draw from
    counter: str | None         # None, "volunteer" or "answer": a "never happened before" remark
    ask_history: bool           # the handler asks "has this happened before?"
    negatives: int              # how many hard negatives to mix in
    style: str = "cues"         # cues, narrative (told as a story), implied (only implied) or background


# Per story style: its families, how many places (weights), and where a piece may go.
_STORY_PLANS = {
    "narrative": (NARRATIVE_FAMILIES, {"1": 0.45, "2": 0.4, "3": 0.15},
                  ("story", "story", "story", "account", "answer", "opening", "late")),
    "implied": (IMPLIED_FAMILIES, {"1": 0.4, "2": 0.4, "3": 0.2},
                ("story", "account", "account", "answer", "answer", "opening", "late")),
}


def _story_plan(rng: random.Random, style: str, negatives: int) -> CuePlan:
    families, counts, where = _STORY_PLANS[style]
    places = tuple(dict.fromkeys(rng.sample(where, int(weighted(rng, counts)))))
    ask = "answer" in places or chance(rng, 0.3)
    return CuePlan(places, families, None, ask, negatives, style)


def plan_cues(rng: random.Random, outcome: Outcome, cast: Cast, *, silent: bool, mode: str) -> CuePlan:
    """Decide where the call shows (or denies) earlier occasions.

    ``silent`` is for later incidents of a series that may never mention the earlier ones.
    """
    sit = outcome.situation
    families = cue_families(outcome, cast, mode)
    negatives = int(weighted(rng, {"0": 0.35, "1": 0.4, "2": 0.25}))
    if outcome.variant == "prior_nfa" and not silent:
        families = ("prior_nfa",) * 3 + families  # the earlier report that went nowhere
    if outcome.continuation and not silent and families and outcome.kind != "update":
        told = outcome.kind in {"crimed", "wrong"} and mode != "witness" and outcome.variant != "prior_nfa"
        if told and sit.key in H.NARRATIVE_SITUATIONS and chance(rng, NARRATIVE_SHARE):
            # the earlier occasions told as a story, with no "again" cue families at all
            return _story_plan(rng, "narrative", negatives)
        if told and sit.key in H.IMPLIED_SITUATIONS and chance(rng, IMPLIED_SHARE):
            # the earlier occasions only implied, by what they have left behind
            return _story_plan(rng, "implied", negatives)
        n = int(weighted(rng, {"1": 0.55, "2": 0.33, "3": 0.12}))
        places = rng.sample(("opening", "account", "account", "answer", "answer", "late"), n)
        places = tuple(dict.fromkeys(places))  # "account" or "answer" drawn twice counts once
        ask = "answer" in places or chance(rng, 0.3)
        counter = "volunteer" if chance(rng, 0.05) else None  # "first time I've rung, but..."
        return CuePlan(places, families, counter, ask, negatives)
    ask = sit.offence and chance(rng, 0.45)
    counter = None
    if not outcome.continuation and sit.offence:
        counter = weighted(rng, {"none": 0.6, "volunteer": 0.15, "answer": 0.25})
        counter = None if counter == "none" else counter
        ask = ask or counter == "answer"
    if not outcome.continuation and mode != "witness":
        # background with no earlier occasion: a divorce, a move, an old burglary, a new number
        share = BACKGROUND_SHARE["narrative_situation" if sit.key in H.NARRATIVE_SITUATIONS
                                 else "offence" if sit.offence else "other"]
        if chance(rng, share):
            n = 2 if chance(rng, 0.3) else 1
            places = tuple(dict.fromkeys(rng.sample(("account", "account", "answer", "opening"), n)))
            return CuePlan(places, families, counter, ask or "answer" in places, negatives, "background")
    return CuePlan((), families, counter, ask, negatives)


def cue_families(outcome: Outcome, cast: Cast, mode: str) -> tuple[str, ...]:
    """The cue families that fit the situation and the relation between the parties."""
    if mode == "witness":
        return ("witness",)
    fams = []
    for fam in outcome.situation.cues:
        if fam == "ex" and cast.relation != "ex":
            continue
        if fam == "neighbour" and cast.relation != "neighbour":
            continue
        if fam in {"order", "violence"} and cast.relation not in PERSONAL:
            continue
        if fam == "violence" and outcome.variant == "pattern":
            continue  # control described without any violence
        fams.append(fam)
    if outcome.kind in {"duplicate", "transfer"}:
        return ("police",)  # the same conduct, already reported: not a new course of conduct
    return tuple(fams)


def speaking_mode(rng: random.Random, outcome: Outcome, cast: Cast) -> str:
    """own (the caller's own matter), victim, relay (retold by a third party) or witness."""
    sit = outcome.situation
    bank = A.ACCOUNTS[sit.key]
    if sit.own_voice:
        return "own"
    if cast.voice.kind == "victim":
        return "victim"
    if cast.voice.kind == "witness" and "witness_purpose" in bank:
        return "witness"
    if cast.voice.kind == "neighbour" and "witness_purpose" in bank and chance(rng, 0.6):
        return "witness"
    if cast.victim is None:
        return "own"
    return "relay"


class CallBuilder:
    """Builds the turns of one call; one instance per call."""

    def __init__(self, rng: random.Random, outcome: Outcome, cast: Cast, slots: dict, *,
                 silent: bool = False) -> None:
        self.rng = rng
        self.outcome = outcome
        self.sit = outcome.situation
        self.cast = cast
        self.slots = slots
        self.bank = A.ACCOUNTS[self.sit.key]
        self.mode = speaking_mode(rng, outcome, cast)
        self.plan = plan_cues(rng, outcome, cast, silent=silent, mode=self.mode)
        slots["_history_style"] = self.plan.style  # read by notes.py (and the tests)
        slots["_narrated"] = []  # the story or background pieces said, as first rendered
        slots["_narrated_from"] = []  # the history.NARRATIVE family of each story piece ("" for background)
        if self.plan.style in STORY_STYLES:  # only the families with a phrase fitting this call
            self.plan.families = tuple(f for f in self.plan.families if self._family_fits(f))
        self.turns: list[Turn] = []
        self.used: set[str] = set()  # templates (and markers) already used in this call
        self.tag: str | None = None  # the event's tag, which later phrases must match
        self.variant = outcome.variant if self.mode != "witness" else None
        self.recent = bool(slots.get("_recent"))
        self.emergency = self.sit.danger and self.recent and chance(rng, 0.7)
        self.terse = cast.voice.register == "terse"
        self.closing_remark: str | None = None
        slots["unit_spoken"] = UNIT_SPOKEN[outcome.unit]
        # People often name the other party instead of saying "he": the handler more than the
        # caller. These tables shadow the pronoun slots with "sometimes the name".
        # The handler only uses the other party's name once the caller has said it.
        self.name_said = [False]
        self.handler_slots = ChainMap(_naming(slots, cast, 0.45, self.name_said), slots)
        self.caller_slots = ChainMap(_naming(slots, cast, 0.25), slots)

    # --- rendering helpers -----------------------------------------------------------------
    def say(self, bank) -> str:
        """Render a phrase as it stands (logistics, small talk, handler speech)."""
        return render(bank, self.rng, self.slots)

    def voiced(self, text: str) -> str:
        """First-person victim text as this caller says it (retold in the third person)."""
        if self.mode == "relay" and self.cast.victim is not None:
            return third_person(text, self.cast.victim.pronouns)
        return text

    def tell(self, bank) -> str:
        """Render a piece of the account in the voice of this call."""
        text = self.voiced(render(bank, self.rng, self.caller_slots))
        if self.mode == "relay" and chance(self.rng, 0.3):
            lead = self.say(B.RELAY_LEAD)
            text = f"{lead} {text}" if lead else text
        return text

    def account(self, key: str) -> str | None:
        """One phrase from a situation bank key (``event``, ``detail``...), if the bank has one.

        A phrase already used in this call is not used again, and once the event has a tag
        only phrases with that tag (or none) fit.
        """
        if self.mode == "witness" and f"witness_{key}" in self.bank:
            key = f"witness_{key}"
        options = tuple(self.bank.get(key, ()))
        if key in {"event", "detail"} and self.mode != "witness":
            options += tuple(self.bank.get(f"{key}_{self.cast.relation}", ()))
        if self.variant and key in {"event", "detail", "purpose"}:
            options += tuple(self.bank.get(f"{key}_{self.variant}", ()))
        fresh = [t for t in options if t not in self.used
                 and (self.tag is None or A.tag_of(t) in (None, self.tag))]
        if key == "purpose" and self.mode == "relay":
            # "I'm ringing while he's out" is the victim's own call, not a relative's
            fresh = [t for t in fresh if not _OWN_CALL.search(t)] or fresh
        if not fresh:
            return None
        template = pick(self.rng, fresh)
        self.used.add(template)
        tag = A.tag_of(template)
        if tag is not None and self.tag is None:
            self.tag = tag
            self.slots["_tag"] = tag
        template = A.untagged(template)
        return self.say(template) if key.startswith("witness_") else self.tell(template)

    def counters(self) -> tuple[str, ...]:
        """Remarks that there were no earlier occasions, fitting whether the caller knows them."""
        return H.COUNTER_KNOWN if self.cast.other_known else H.COUNTER_STRANGER

    def cue(self) -> str:
        """One statement of earlier occasions, in this call's voice (or, for a call that is not
        a continuation with a background plan, a piece of unrelated background)."""
        if self.plan.style == "background":
            return self.background()
        family = pick(self.rng, self.plan.families)
        if self.plan.style in STORY_STYLES:
            return self.narrate(family)
        return self.voiced(render(H.CUES[family], self.rng, self.slots))

    def _family_fits(self, family: str) -> bool:
        """Whether a story family has a phrase fitting the relation and situation of the call."""
        if family in _APART_ONLY and self.cast.relation in _TOGETHER:
            return False
        return any(self._fits(A.tag_of(t)) for t in H.NARRATIVE[family])

    def _fits(self, tag: str | None) -> bool:
        """Whether a story phrase with this tag fits the relation and situation of the call."""
        if tag is None:
            return True
        allowed = H.NARRATIVE_TAGS.get(self.cast.relation, H.NARRATIVE_TAGS_OTHER)
        if tag == "v":
            return ("v" in allowed and self.sit.key in H.NARRATIVE_VIOLENT
                    and self.outcome.variant != "pattern")
        return tag in allowed

    def _fresh(self, bank, fits) -> str:
        options = [t for t in bank if t not in self.used and fits(A.tag_of(t))]
        if not options:
            options = [t for t in bank if fits(A.tag_of(t))]
        template = pick(self.rng, options)
        self.used.add(template)
        text = self.voiced(render(A.untagged(template), self.rng, self.slots))
        self.slots["_narrated"].append(text)
        return text

    def narrate(self, family: str) -> str:
        """One piece of the history told as a story or implied (history.NARRATIVE)."""
        self.slots["_narrated_from"].append(family)
        return self._fresh(H.NARRATIVE[family], self._fits)

    def background(self) -> str:
        """Life events and old facts with no earlier occasion of the conduct (history.BACKGROUND)."""
        known = self.cast.other_known and self.cast.other is not None
        key = self.sit.key

        def fits(tag: str | None) -> bool:
            return (tag is None or (tag == "known" and known)
                    or (tag == "alone" and self.cast.relation != "partner")
                    or (tag == "night" and key in H.BACKGROUND_NIGHT)
                    or (tag == "civil" and key in H.BACKGROUND_CIVIL)
                    or (tag == "kids" and known and self.cast.relation in {"partner", "ex"})
                    or (tag == "adult" and not self.sit.child_victim))
        self.slots["_narrated_from"].append("")
        lookalike = chance(self.rng, LOOKALIKE_SHARE) and any(fits(A.tag_of(t)) for t in H.BACKGROUND_LOOKALIKE)
        return self._fresh(H.BACKGROUND_LOOKALIKE if lookalike else H.BACKGROUND, fits)

    def join(self, pieces: list[str | None]) -> str:
        """Join the pieces of one caller turn with varied, speech-like separators."""
        parts = [p for p in pieces if p]
        out = parts[0] if parts else ""
        for part in parts[1:]:
            out = out.rstrip(".?!") + pick(self.rng, SEPARATORS) + part
        if out and out[-1] not in ".?!":
            out += pick(self.rng, (".", ".", ".", "?", "!", "...")) if chance(self.rng, 0.2) else "."
        return out

    def h(self, bank, ack: float = 0.65, frame: bool | str = True, name: bool = True) -> None:
        """A handler turn; ``frame`` wraps a question in small words ("prefix": only before it)."""
        text = render(bank, self.rng, self.handler_slots)
        if frame and text.endswith("?"):
            text = self.frame_question(text, suffix=frame is True)
        if chance(self.rng, ack):
            text = (self.say(B.ACK) + " " + text).strip()
        if (name and chance(self.rng, 0.22) and self.slots["cfirst"] not in text
                and not _ADDRESSED.search(text) and text.count(",") < 2):
            text = _vocative(text, self.slots["cfirst"], self.rng)
        self.turns.append(Turn("H", text))

    def frame_question(self, text: str, suffix: bool = True) -> str:
        """Put a handler's question in the small words real handlers wrap questions in."""
        rng = self.rng
        if chance(rng, 0.5) and " " in text:
            prefix = self.say(B.QUESTION_PREFIX) + " "
            if self.slots["cfirst"] in prefix and self.slots["cfirst"] in text:
                prefix = ""
            text = prefix + (text if text.startswith("I ") else text[0].lower() + text[1:])
        if suffix and chance(rng, 0.35) and not _ADDRESSED.search(text) and self.slots["cfirst"] not in text:
            suffix = self.say(B.QUESTION_SUFFIX)
            text = text[:-1] + ("" if suffix[0] == "," else " ") + suffix + "?"
        return text

    def c(self, pieces: list[str | None], lead: float = 0.4, cue: bool = False,
          story: bool = False) -> None:
        text = self.join(pieces)
        if not text:
            return
        if chance(self.rng, lead):
            first = text.split(" ", 1)[0].strip(",.")
            if first in _LOWER_AFTER_LEAD:
                text = text[0].lower() + text[1:]
            text = pick(self.rng, B.CALLER_LEAD) + text
        if (chance(self.rng, 0.2) and text[-1] == "." and not text.endswith("...")
                and not text[-2].isdigit() and len(text.split()) > 3):
            text = text[:-1] + self.say(B.ANSWER_TAIL) + "."
        self.turns.append(Turn("C", text, cue, story))
        self.slots["repeat_bit"] = _tail_words(text, self.rng)
        if self.cast.other is not None and self.cast.other.first in text:
            self.name_said[0] = True

    # --- blocks ---------------------------------------------------------------------------
    def opening(self) -> bool:
        """Greeting and the caller's first words; returns True if the event was already told."""
        self.h(B.GREETING_999 if self.emergency else B.GREETING_101, ack=0, frame=False, name=False)
        hello = self.say(B.CALLER_HELLO)
        hello = hello + " " if hello else ""
        if self.plan.negatives and not self.outcome.continuation and chance(self.rng, 0.2):
            hello += self.say(H.HARD_NEGATIVE["opening"]) + " "
            self.plan.negatives -= 1
        elif not self.emergency and chance(self.rng, 0.06):
            hello += self.say(B.FIRST_TIME_CALLING) + " "
        pieces: list[str | None] = [self.purpose()]
        told = chance(self.rng, 0.2 if self.terse else 0.55)
        if told:
            pieces.append(self.account("event"))
        if "opening" in self.plan.places:
            pieces.append(self.cue())
        if self.outcome.kind == "duplicate" and chance(self.rng, 0.5):
            pieces.append(self.say(A.ALREADY_REPORTED))  # the caller's own earlier report
            self.used.add("already")
        if self.plan.counter == "volunteer" and chance(self.rng, 0.5):
            pieces.append(self.tell(self.counters()))
            self.used.add("counter")
        text = self.join(pieces)
        self.turns.append(Turn("C", hello + text, cue=True, story=True))
        if self.cast.other is not None and self.cast.other.first in text:
            self.name_said[0] = True
        return told

    def purpose(self) -> str:
        voice = self.cast.voice
        if self.mode == "witness":
            return self.say(self.bank["witness_purpose"])
        purpose = self.account("purpose") or ""
        if self.mode != "relay":
            return purpose
        if voice.kind == "teacher":
            intro = self.say(("I'm [a teacher|the safeguarding lead|the DSL|a teaching assistant] at {school}",
                              "[I'm calling|I'm ringing] from {school}, I'm one of the [teachers|safeguarding staff]"))
            return f"{intro}, it's about {voice.about}. {purpose}"
        name = f", {self.slots['vfirst']}" if chance(self.rng, 0.5) else ""
        intro = self.say(("I'm [ringing|calling] [about|for|on behalf of] ", "It's about ",
                          "I'm worried about ", "I'm [ringing|calling] for "))
        return f"{intro.rstrip()} {voice.about}{name}. {purpose}"

    def account_exchange(self) -> None:
        first = "told" not in self.used
        if first:
            self.h(B.PROMPT_START, frame=False)
        elif self.sit.offence and self.cast.other_known and chance(self.rng, 0.3):
            self.h(B.PROMPT_OFFENCE, frame=False)
        else:
            self.h(B.PROMPT_ACCOUNT, frame=False)
        pieces = [self.account("event" if first else "detail")]
        self.used.add("told")
        if not self.terse and chance(self.rng, 0.5):
            pieces.append(self.account("detail"))
        cue = "account" in self.plan.places and "cue_account" not in self.used
        if cue:
            self.used.add("cue_account")
            pieces.insert(int(self.rng.random() * (len(pieces) + 1)), self.cue())
        if self.plan.counter == "volunteer" and "counter" not in self.used:
            self.used.add("counter")
            pieces.append(self.tell(self.counters()))
        if not any(pieces):
            pieces = [self.account("impact") or self.say(B.CALLER_OK)]
        self.c(pieces, cue=cue, story=True)

    def variant_exchange(self) -> None:
        """Make sure the account's flavour is said (the goods came back, both sides scuffled...)."""
        key = f"detail_{self.variant}"
        if any(t in self.used for t in self.bank.get(key, ())):
            return
        fresh = [t for t in self.bank.get(key, ()) if A.tag_of(t) in (None, self.tag)]
        if not fresh:
            return
        template = pick(self.rng, fresh)
        self.used.add(template)
        asks = self.bank.get(f"ask_{self.variant}")
        if asks and chance(self.rng, 0.6):
            self.h(asks)
        else:
            self.h(B.PROMPT_ACCOUNT, frame=False)
        self.c([self.tell(A.untagged(template))], story=True)

    def transfer_context(self) -> None:
        self.h(("Where did this happen?", "[And |]where was this?", "Is that in our area?",
                "Whereabouts was that?"))
        self.c([self.tell(A.ELSEWHERE)], cue=True)

    def duplicate_context(self) -> None:
        self.h(B.Q_REFERENCE)
        self.c([self.say(A.ALREADY_REPORTED)], cue=True)

    def quote(self) -> None:
        quotes = self.bank.get("quote")
        if not quotes:
            return
        if self.sit.messages and chance(self.rng, 0.7):
            self.h(B.PROMPT_QUOTE_MESSAGE)
            lead = self.say(("it said", "{he} [wrote|put]", "the message said", "[word for word, |]it says"))
        else:
            self.h(B.PROMPT_QUOTE)
            lead = self.say(("{he} said", "{he} [said|was saying] like", "the exact words were",
                             "something like", "{he} [goes|went]", "{he} [shouted|was shouting]"))
        self.c([f"{lead} {self.say(quotes)}"], lead=0.4, story=True)

    def safety(self) -> None:
        if self.mode == "witness":
            self.h(B.Q_WITNESS)
            self.c([self.say(("[Yeah|No], {he}'s [gone|still there|walking off|by the shop].",
                              "I can't see [{him}|anyone] now.",
                              "[I think|] {he} went [towards the station|round the corner|into {pub}]."))])
            return
        if self.mode == "relay":
            self.h(B.Q_SAFE_3P)
            self.c([self.tell(B.A_SAFE_3P)], lead=0.1)
        else:
            self.h(B.Q_SAFE)
            self.c([self.say(B.A_SAFE)], lead=0.1)
        if self.sit.key not in UNSEEN_SUSPECT and self.cast.other_known:
            self.h(B.Q_WHERE_SUSPECT)
            self.c([self.account("where_now")], lead=0.1)

    def injury(self) -> None:
        self.h(B.Q_INJURED_3P if self.mode == "relay" else B.Q_INJURED)
        self.c([self.account("injury")], lead=0.1)

    def weapons(self) -> None:
        self.h(B.Q_WEAPONS)
        if self.sit.key == "threats_weapon":  # the weapon is the point of the call
            self.c([self.say(A.WEAPON_YES)], lead=0)
            return
        self.c([self.say(B.A_WEAPONS_NO) if chance(self.rng, 0.8)
                else self.say("[Yeah, |]{he} had {weapon}[, I think|].")], lead=0)

    def children(self) -> None:
        self.h(B.Q_CHILDREN)
        self.c([self.say(B.A_CHILDREN_NO if chance(self.rng, 0.5) else B.A_CHILDREN_YES)], lead=0)

    def dogs(self) -> None:
        self.h(B.Q_DOGS)
        self.c([self.say(B.A_DOGS)], lead=0)

    def suspect_name(self) -> None:
        self.h(B.Q_SUSPECT_NAME)
        if self.cast.other_known:
            self.c([self.say(B.A_SUSPECT_NAME)], lead=0.1)
        else:
            self.c([self.say(B.A_SUSPECT_UNKNOWN)], lead=0.1)

    def suspect_description(self) -> None:
        self.h(B.Q_SUSPECT_DESC)
        self.c([self.say(B.A_SUSPECT_DESC)], lead=0.1)

    def suspect_car(self) -> None:
        self.h(B.Q_SUSPECT_CAR)
        self.c([self.say(B.A_SUSPECT_CAR)], lead=0.1)

    def history(self) -> None:
        self.h(B.Q_HISTORY)
        if "answer" in self.plan.places and self.plan.style != "background":
            self.slots["cue"] = self.cue()
            if self.plan.style in STORY_STYLES:
                # the story piece is already in the victim's voice; the lead ("where do I even
                # start?", "how long have you got?") is the caller's own
                self.c([self.say(H.NARRATIVE_YES)], lead=0, cue=True)
            else:
                self.c([self.voiced(self.say(H.HISTORY_YES))], lead=0, cue=True)
        elif self.outcome.continuation and self.plan.places:
            # already said elsewhere in the call: a short confirmation is enough
            self.c([self.say(("[Yeah|Yes], like I said.", "[Yeah|Yes], [loads of times|it's not the first time].",
                              "Yeah, [I told you|as I said], [it's been going on a while|it's not new]."))],
                   lead=0, cue=True)
        elif self.outcome.continuation:  # a silent series member: the caller does not link it
            self.c([self.say(("[Not really|Not like this], no.", "[Um, |]not that I can think of.",
                              "No, [not really|nothing I've reported]."))], lead=0)
        else:
            self.slots["counter"] = render(self.counters(), self.rng, self.slots)
            if self.plan.counter == "answer" or chance(self.rng, 0.6):
                answer = self.say(H.HISTORY_NO)
            else:
                answer = self.say(("[No|Nope].", "No, [never|not at all].", "Not that I [know of|remember]."))
            pieces = [self.voiced(answer)]
            if "answer" in self.plan.places and self.plan.style == "background":
                lead = self.say(("I mean,", "[Well,|]", "[Honestly,|]", "The only thing is,", "Although"))
                pieces.append(f"{lead} {self.background()}".strip())
            self.c(pieces, lead=0)

    def reference(self) -> None:
        self.h(B.Q_REFERENCE)
        if self.outcome.continuation and self.plan.places and chance(self.rng, 0.6):
            self.c([self.say(("[Yeah, |]it's {crimeref}.", "[I think it's|It's] {crimeref}[, from {time_prev}|].",
                              "I've got one [somewhere|on my phone], hang on. {crimeref}."))], lead=0, cue=True)
        else:
            self.c([self.say(B.A_REFERENCE_NO)], lead=0)

    def read_back(self, bank) -> None:
        """The handler repeats what the caller just gave, as handlers do to check it."""
        if chance(self.rng, 0.55):
            self.turns.append(Turn("H", self.say(bank)))
            if chance(self.rng, 0.6):
                self.c([self.say(B.CONFIRM)], lead=0)

    def name(self) -> None:
        self.h(B.Q_NAME, frame="prefix")
        self.c([self.say(B.A_NAME)], lead=0.1)
        self.read_back(B.READ_BACK_NAME)
        if chance(self.rng, 0.3) and "-" not in self.turns[-1].text:
            self.h(B.Q_SPELL, ack=0.1, frame=False)
            self.c([self.say(B.A_SPELL_NAME)], lead=0)

    def address(self) -> None:
        self.h(B.Q_ADDRESS, frame="prefix")
        self.c([self.say(B.A_ADDRESS)], lead=0.1)
        self.read_back(B.READ_BACK_ADDRESS)
        if chance(self.rng, 0.3):
            self.h(B.Q_SPELL, ack=0.1)
            self.c([self.say(B.A_SPELL_STREET)], lead=0)

    def phone(self) -> None:
        if not self.slots["cphone"]:
            return
        self.h(B.Q_PHONE, frame="prefix")
        self.c([self.say(B.A_PHONE)], lead=0.1)
        self.read_back(B.READ_BACK_PHONE)

    def dob(self) -> None:
        if chance(self.rng, 0.5):
            self.h(B.Q_DOB, frame="prefix")
            self.c([self.say(B.A_DOB)], lead=0.05)
        else:
            self.h(B.Q_AGE, frame="prefix")
            self.c([self.say(B.A_AGE)], lead=0.05)

    def evidence(self) -> None:
        if self.sit.key in NO_WITNESS_QUESTIONS and not self.sit.messages:
            return
        if self.sit.messages and (chance(self.rng, 0.7) or self.sit.key in NO_WITNESS_QUESTIONS):
            self.h(B.Q_EVIDENCE_MESSAGES)
            self.c([self.say(B.A_EVIDENCE_MESSAGES)])
        else:
            self.h(B.Q_EVIDENCE_CCTV)
            self.c([self.say(B.A_EVIDENCE_CCTV)])

    def situation_qa(self) -> None:
        pairs = [p for p in self.bank.get("qa", ()) if id(p) not in self.used]
        if not pairs:
            return
        questions, answers = pick(self.rng, pairs)
        self.used.add(id((questions, answers)))
        self.h(questions)
        self.c([self.say(answers)], story=True)

    def wants(self) -> None:
        self.h(B.Q_WANTS)
        self.c([self.tell(("I just want [it to stop|{him} to leave me alone|to feel safe].",
                           "I want [{him} arrested|something done|it on record].",
                           "I [don't know|don't want to make it worse], I just want [advice|someone to speak to {him}].",
                           "I want [an officer to come out|someone to ring me back]."))])

    def impact(self) -> None:
        text = self.account("impact")
        if not text:
            return
        self.h(B.Q_FEELING)
        self.c([text], story=True)

    def repair(self) -> None:
        self.h(B.HANDLER_REPAIR, ack=0, frame=False)
        if not self.slots["repeat_bit"]:
            self.slots["repeat_bit"] = "yeah"
        self.c([self.say(B.CALLER_REPAIR)], lead=0)

    def aside(self) -> None:
        if self.cast.voice.register == "upset" or chance(self.rng, 0.3):
            self.c([self.say(B.CALLER_UPSET)], lead=0)
            self.h(B.HANDLER_REASSURE, ack=0)
        else:
            self.c([self.say(B.CALLER_ASIDE)], lead=0)
            self.h(B.HANDLER_WAIT, ack=0)

    def typing(self) -> None:
        self.h(B.HANDLER_TYPING, ack=0.2)
        self.c([self.say(B.CALLER_OK)], lead=0)

    def narrative_story(self) -> None:
        """The caller tells the history as a story: asked for it, or volunteering it."""
        rng = self.rng
        pieces: list[str | None] = []
        if chance(rng, 0.6):
            self.h(H.Q_STORY)
            if self.plan.style == "implied" and chance(rng, 0.35):
                pieces.append(self.say(H.STORY_ANSWER_LEAD))  # "how long have you got?"
        else:
            self.h(B.PROMPT_ACCOUNT, frame=False)
            pieces.append(self.say(H.STORY_LEAD))
        k = 1 if self.terse else int(weighted(rng, {"1": 0.25, "2": 0.5, "3": 0.25}))
        pool = self.plan.families
        families = list(dict.fromkeys(rng.sample(pool, min(k, len(pool)))))
        if "onset" in families:  # the start of it comes first in a story
            families.remove("onset")
            families.insert(0, "onset")
        pieces += [self.narrate(f) for f in families]
        self.c(pieces, lead=0.2, cue=True, story=True)

    def late_cue(self) -> None:
        self.c([f"{self.say(H.LATE_LEAD)} {self.cue()}"], lead=0, cue=True)
        self.h(B.HANDLER_NOTED, ack=0)

    def closing(self) -> None:
        sit, outcome = self.sit, self.outcome
        if not sit.offence and sit.key in B.HANDLER_NON_CRIME and chance(self.rng, 0.7):
            self.h(B.HANDLER_NON_CRIME[sit.key], ack=0.5)
        elif outcome.kind == "wrong" and outcome.decision == "non-crime" and chance(self.rng, 0.2):
            self.h(B.HANDLER_DISMISSIVE, ack=0.3)
        if self.turns[-1].speaker == "H" and chance(self.rng, 0.5):
            self.c([self.say(B.CALLER_OK)], lead=0)
        advice = sit.danger and chance(self.rng, 0.45)
        if advice and chance(self.rng, 0.4):  # the safety advice sometimes comes first
            self.h(B.CLOSING_ADVICE, ack=0.2)
            advice = False
        self.h(B.CLOSING_ATTEND if self.emergency else B.CLOSING_CALLBACK, ack=0.4)
        if advice:
            self.h(B.CLOSING_ADVICE, ack=0.2)
        elif chance(self.rng, 0.2):
            self.h(B.CLOSING_GENERIC, ack=0)
        thanks = self.say(B.CALLER_THANKS)
        if self.closing_remark:
            thanks = f"{self.closing_remark} {thanks}"
        self.c([thanks], lead=0)
        if chance(self.rng, 0.6):
            bye = self.say(B.HANDLER_BYE)
            if bye:
                self.turns.append(Turn("H", bye))
        _merge_consecutive(self.turns)

    # --- assembly -------------------------------------------------------------------------
    def blocks(self) -> list[tuple[float, float, Callable[[], None]]]:
        """Candidate middle blocks: (phase, weight, block). Phase is a rough position."""
        sit, mode, cast = self.sit, self.mode, self.cast
        has_other = cast.other is not None and sit.offence
        cands: list[tuple[float, float, Callable[[], None]]] = [
            (1.0, 3.0, self.account_exchange),
            (1.2, 1.5, self.account_exchange),
            (1.5, 0.8, self.account_exchange),
            # Logistics can come anywhere: handlers often take a name and address early on.
            (_ANYWHERE, 1.1, self.address),
            (_ANYWHERE, 0.9, self.name),
            (_ANYWHERE, 0.6, self.phone),
            (4.6, 0.25, self.dob),
            (2.5, 0.35, self.repair),
            (2.0, 0.4 if cast.voice.register == "upset" else 0.15, self.aside),
            (3.0, 0.3, self.typing),
            (2.2, 0.4, self.impact),
        ]
        if sit.danger and mode in {"victim", "relay"}:
            cands.append((3.8, 0.5, self.wants))
        if self.bank.get("quote") and (sit.danger or sit.messages):
            cands.append((1.6, 1.2, self.quote))
        if sit.danger and (self.recent or mode == "witness"):
            cands.append((1.8, 2.0, self.safety))
        if sit.violent and mode != "witness" and self.bank.get("injury"):
            cands.append((2.0, 1.5, self.injury))
        if sit.danger and self.recent and chance(self.rng, 0.3):
            cands.append((2.1, 0.6, self.weapons))
        elif sit.key == "threats_weapon" and chance(self.rng, 0.4):
            cands.append((2.1, 0.8, self.weapons))
        if sit.key in {"domestic_assault", "coercive_control", "domestic_argument"}:
            cands.append((2.3, 0.7, self.children))
            if self.emergency:
                cands.append((3.6, 0.5, self.dogs))
        unseen = {"theft", "criminal_damage", "burglary", "fraud"}
        if has_other and mode != "witness" and (cast.other_known or sit.key not in unseen):
            cands.append((2.6, 1.0, self.suspect_name))
            seen = sit.key not in {"malicious_comms", "workplace_comms"} and (cast.other_known or sit.key not in unseen)
            if seen and (not cast.other_known or chance(self.rng, 0.4)):
                cands.append((2.7, 0.8, self.suspect_description))
            if cast.other_known:
                cands.append((2.8, 0.3, self.suspect_car))
        if sit.offence:
            cands.append((3.2, 0.6 if self.outcome.continuation else 0.25, self.reference))
            cands.append((3.3, 0.6, self.evidence))
        if self.bank.get("qa"):
            cands.append((1.7, 1.5, self.situation_qa))
            cands.append((2.4, 0.5, self.situation_qa))
        return cands


# First words of a caller's answer that are lower-cased when a lead-in goes before them.
_LOWER_AFTER_LEAD = {"No", "Yes", "Yeah", "It's", "It", "He", "He's", "She", "She's", "They", "We",
                     "The", "My", "A", "Not", "Nothing", "Just", "So", "That's", "There's", "Some",
                     "Someone", "Nobody", "Never", "This", "Only", "Loads", "Sort", "Well", "Okay"}


def _naming(slots: dict, cast: Cast, p: float, said: list[bool] | None = None) -> dict:
    """Pronoun slots that say the other party's first name instead, with probability ``p``
    (and, when ``said`` is given, only once ``said[0]`` is true)."""
    if not cast.other_known or cast.other is None:
        return {}
    name = cast.other.first
    table = {}
    for key, named in (("he", name), ("him", name), ("his", f"{name}'s")):
        pronoun = slots[key]

        def choose(rng, pronoun=pronoun, named=named):
            if said is not None and not said[0]:
                return pronoun
            return named if rng.random() < p else pronoun
        table[key] = choose
    return table


_ANYWHERE = -1.0  # a block's phase when it fits anywhere in the middle of a call
_ADDRESSED = re.compile(r"\b(love|mate|pet|duck)\b")
_OWN_CALL = re.compile(r"ringing|calling|\bring\b|I'm worried|I need (the police|someone)")


def _vocative(text: str, name: str, rng: random.Random) -> str:
    """Address the caller by name, as handlers do: "Okay, Sarah, ..." or "..., Sarah?"."""
    if text.endswith("?") and chance(rng, 0.5):
        return f"{text[:-1]}, {name}?"
    first, _, rest = text.partition(" ")
    if first.endswith((".", ",")) and rest:
        return f"{first.rstrip('.,')}, {name}. {rest}" if first.endswith(".") else f"{first} {name}, {rest}"
    return f"{name}, {text[0].lower() + text[1:] if not text.startswith('I ') else text}"


def _tail_words(text: str, rng: random.Random) -> str:
    words = text.rstrip(".?!").split()
    if len(words) <= 3:
        return " ".join(words)
    k = min(len(words), 2 + int(rng.random() * 4))
    return " ".join(words[-k:])


def _merge_consecutive(turns: list[Turn]) -> None:
    """Two lines in a row from the same speaker are said as one turn."""
    i = 1
    while i < len(turns):
        prev, cur = turns[i - 1], turns[i]
        if cur.speaker == prev.speaker:
            prev.text = f"{prev.text} {cur.text}"
            prev.cue = prev.cue or cur.cue
            prev.story = prev.story or cur.story
            del turns[i]
        else:
            i += 1


def build_turns(rng: random.Random, outcome: Outcome, cast: Cast, slots: dict, *,
                silent: bool = False) -> list[Turn]:
    """All turns of one call."""
    call = CallBuilder(rng, outcome, cast, slots, silent=silent)
    told = call.opening()
    if told:
        call.used.add("told")
    size = weighted(rng, SIZES)
    n_blocks = {"short": rng.randint(0, 1), "medium": rng.randint(3, 5), "long": rng.randint(6, 9)}[size]
    chosen = _choose_blocks(rng, call.blocks(), n_blocks)
    exchanges = [item for item in chosen if item[1] == call.account_exchange]
    if not told:  # the caller's account comes first when the opening did not tell it
        if exchanges:
            chosen.remove(exchanges[0])
        chosen.append((0.0, call.account_exchange))
    elif "account" in call.plan.places and not exchanges:
        chosen.append((0.5, call.account_exchange))
    if call.plan.ask_history:
        chosen.append((3.1 + rng.random(), call.history))
    if "story" in call.plan.places:
        chosen.append((1.2 + rng.random() * 2.0, call.narrative_story))
    if outcome.kind == "transfer":
        chosen.append((1.9 + rng.random(), call.transfer_context))
    if outcome.kind == "duplicate" and "already" not in call.used:
        chosen.append((1.5 + rng.random() * 2, call.duplicate_context))
    if call.variant and f"detail_{call.variant}" in call.bank:
        chosen.append((1.3 + rng.random() * 1.5, call.variant_exchange))
    chosen.sort(key=lambda item: item[0])
    for _, block in chosen:
        block()
    if "late" in call.plan.places:
        call.late_cue()
    _add_negatives(call)
    call.closing()
    _fit_length(call.turns)
    _add_backchannels(rng, call.turns)
    # Each speaker words things their own way (see paraphrase.Wording).
    wording = {"H": Wording(rng, northern=chance(rng, 0.15), handler=True), "C": Wording(rng)}
    hedging = {"H": pick(rng, (0.06, 0.12, 0.2)), "C": pick(rng, (0.08, 0.15, 0.22, 0.3))}
    for turn in call.turns:
        said = wording[turn.speaker].speak(turn.text)
        turn.text = wording[turn.speaker].hedge(said, hedging[turn.speaker], handler=turn.speaker == "H")
    return call.turns


def _choose_blocks(rng: random.Random, cands, n: int) -> list[tuple[float, Callable[[], None]]]:
    """Weighted sampling without replacement; each block's phase is jittered to vary order."""
    pool = list(cands)
    chosen = []
    for _ in range(min(n, len(pool))):
        total = sum(w for _, w, _ in pool)
        x = rng.random() * total
        for i, (phase, weight, fn) in enumerate(pool):
            x -= weight
            if x < 0:
                if phase == _ANYWHERE:
                    phase = 1.2 + rng.random() * 3.6
                chosen.append((phase + rng.random() * 1.6 - 0.5, fn))
                del pool[i]
                break
    return chosen


def _add_negatives(call: CallBuilder) -> None:
    """Mix in hard negatives: the cue words used innocently, where such remarks fit."""
    rng = call.rng
    families = [f for f in call.sit.negatives if f in H.HARD_NEGATIVE]
    for _ in range(call.plan.negatives):
        where = weighted(rng, {"story": 0.5, "aside": 0.3, "closing": 0.2})
        if where == "closing" and call.closing_remark is None:
            call.closing_remark = call.say(H.HARD_NEGATIVE["closing"])
        elif where == "aside" and len(call.turns) > 3:
            # between the handler's question and the caller's answer
            questions = [i for i in range(2, len(call.turns)) if call.turns[i - 1].speaker == "H"
                         and call.turns[i].speaker == "C"]
            if not questions:
                continue
            at = pick(rng, questions)
            if chance(rng, 0.35):  # the caller asks for the question again: "say that again?"
                remark = Turn("C", call.say(H.REPEAT_REQUEST))
                question = call.turns[at - 1].text.rsplit(". ", 1)[-1]  # without the "Okay." before it
                reply = Turn("H", f"{call.say(H.REPEAT_LEAD)} {question}".strip())
            else:
                remark = Turn("C", call.say(H.HARD_NEGATIVE["aside"]))
                reply = Turn("H", call.say(B.HANDLER_WAIT if chance(rng, 0.5) else B.HANDLER_REASSURE))
            call.turns[at:at] = [remark, reply]
        else:
            stories = [t for t in call.turns if t.story]
            if stories and families:
                turn = pick(rng, stories)
                remark = call.say(H.HARD_NEGATIVE[pick(rng, families)])  # the caller's own remark
                turn.text = call.join([turn.text, remark])


BACKCHANNELS = ("Mm-hm.", "Yeah.", "Okay.", "Right.", "Mm.", "Go on.", "I see.", "Yep.", "Okay, yeah.",
                "Oh no.", "Right, okay.", "Sure.", "Uh-huh.")


CALLER_BACKCHANNELS = ("Okay.", "Yeah.", "Mm.", "Right.", "Yep.", "Okay, yeah.", "Alright.", "Mm-hm.")


_JOINERS = {"and", "but", "so", "then", "because", "cos", "and then", "which", "when"}


def _natural_cuts(words: list[str]) -> list[int]:
    """Word positions where a speaker can pause for the other's "mm-hm": after a comma or a
    full stop, or before "and", "but", "so"... never inside a phrase ("within 24 | hours")."""
    cuts = []
    for i in range(3, len(words) - 3):
        if words[i - 1].endswith((",", ".", "?", "!")) or words[i].lower() in _JOINERS:
            cuts.append(i)
    return cuts


def _add_backchannels(rng: random.Random, turns: list[Turn]) -> None:
    """Split some long turns with the other speaker's "mm-hm", as transcripts record them."""
    i = 0
    while i < len(turns):
        turn = turns[i]
        words = turn.text.split(" ")
        caller = turn.speaker == "C"
        cuts = _natural_cuts(words)
        if cuts and len(words) > (8 if caller else 11) and chance(rng, 0.75 if caller else 0.65):
            cut = pick(rng, cuts)
            first, rest = " ".join(words[:cut]), " ".join(words[cut:])
            if not first.endswith((".", "?", "!", ",")):
                first += pick(rng, ("...", " -", ","))
            other = "H" if caller else "C"
            turns[i:i + 1] = [Turn(turn.speaker, first, turn.cue, turn.story),
                              Turn(other, pick(rng, BACKCHANNELS if caller else CALLER_BACKCHANNELS)),
                              Turn(turn.speaker, rest, turn.cue, turn.story)]
            i += 1  # the rest may be split again
        i += 1


def _fit_length(turns: list[Turn]) -> None:
    """Drop middle exchanges from very long calls so they stay under MAX_WORDS."""
    def words() -> int:
        return sum(len(t.text.split()) for t in turns)

    i = len(turns) - 4
    while words() > MAX_WORDS and i > 2:
        if turns[i].speaker == "H" and turns[i + 1].speaker == "C" and not turns[i + 1].cue:
            del turns[i:i + 2]
        i -= 1
