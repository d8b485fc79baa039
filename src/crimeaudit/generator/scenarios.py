"""Situations and the label logic: what happened, what was decided, and what is true.

A :class:`Situation` describes a kind of call (harassment, noise, lost property...): whether
it is a notifiable offence, how likely it is to be a course of conduct, who calls about it,
how it is classified and which rationales fit it. :func:`plan_outcome` draws, for one incident,
the recorded decision and the audited truth behind it (an :class:`Outcome`), following the
National Crime Recording Standard as summarised in ``shared/docs/DOMAIN.md``:

* crimed: the account is a crime (``should_crime`` true);
* wrong no-crime / non-crime: the account is a crime that was not recorded, usually with a weak
  rationale (first offence despite earlier occasions, disbelief, withdrawn support...);
* right no-crime: valid AVI (``should_crime`` false), a duplicate or a transfer of an existing
  crime (``continuation`` true, ``should_crime`` false), or recorded in error;
* right non-crime: a genuine non-crime, or an update to an existing crime (continuation).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, replace

from .config import GeneratorConfig
from .grammar import chance, weighted


@dataclass(frozen=True)
class Situation:
    """One kind of call and the facts that decide its labels."""

    key: str
    offence: bool                  # the account, taken at face value, is a notifiable offence
    weight: float                  # how common among offences (or among non-crimes)
    repeat: float                  # chance that a crime of this kind is a course of conduct
    crimed_as: tuple[str, ...]     # classification when crimed as a single incident
    course_as: tuple[str, ...]     # classification when crimed as a course of conduct
    not_crimed_as: tuple[str, ...]  # classification written on a (wrong) non-crime
    units: dict[str, float]
    relations: dict[str, float]    # who the other party is to the victim
    callers: dict[str, float]      # caller kinds (see voices.choose_voice)
    cues: tuple[str, ...] = ()     # continuation-cue families that fit (history.CUES)
    negatives: tuple[str, ...] = ("generic",)  # hard-negative families (history.HARD_NEGATIVE)
    avi: tuple[str, ...] = ()      # AVI kinds that can validly cancel it
    weak: tuple[str, ...] = ()     # weak rationales typical when it is wrongly not crimed
    danger: bool = False           # the handler asks safety questions
    violent: bool = False          # the handler asks about injuries
    suspect_female: float = 0.15
    victim_female: float = 0.7
    child_victim: bool = False
    own_voice: bool = False        # the account is the caller's own view, never relayed
    messages: bool = False         # the conduct is by messages or calls
    series: bool = False           # can be part of a series between the same two people
    variants: tuple[tuple[str, float], ...] = ()  # account flavours and their chance when crimed
    avi_weight: float | None = None  # weight among valid AVI cancellations (default: weight)


_PPU = {"PPU": 0.8, "response": 0.2}
_DA_CALLERS = {"victim": 0.84, "family": 0.06, "friend": 0.06, "parent": 0.04}
_WEAK_COMMON = ("disbelief", "withdrawn", "no_rationale", "no_further_evidence", "suspect_denies",
                "advice_given", "invalid_check")

SITUATIONS: dict[str, Situation] = {s.key: s for s in (
    Situation(
        "harassment", True, 10, 1.0, ("harassment",), ("harassment", "stalking"),
        ("domestic incident", "neighbour dispute", "harassment", "advice", None),
        {"PPU": 0.5, "response": 0.2, "neighbourhood": 0.2, "crime service team": 0.1},
        {"ex": 0.5, "neighbour": 0.2, "colleague": 0.1, "acquaintance": 0.12, "family": 0.08},
        _DA_CALLERS, ("count", "police", "order", "repeat", "ex", "neighbour", "messages"),
        avi=(), weak=("first_offence", "words_only", "advice_given", "neighbour_dispute",
                      "online_only", "civil_matter", "false_duplicate") + _WEAK_COMMON,
        danger=True, messages=True, series=True),
    Situation(
        "stalking", True, 7, 1.0, ("stalking",), ("stalking",),
        ("domestic incident", "concern for welfare", "advice", None), _PPU,
        {"ex": 0.6, "acquaintance": 0.2, "colleague": 0.12, "stranger": 0.08},
        _DA_CALLERS, ("count", "police", "order", "repeat", "ex", "presence", "messages"),
        weak=("first_offence", "words_only", "advice_given", "no_threats", "false_duplicate") + _WEAK_COMMON,
        danger=True, series=True),
    Situation(
        "malicious_comms", True, 9, 0.45, ("malicious communications",),
        ("harassment", "malicious communications", "stalking"),
        ("advice", "domestic incident", "civil dispute", None),
        {"crime service team": 0.5, "PPU": 0.3, "response": 0.2},
        {"ex": 0.45, "acquaintance": 0.2, "online": 0.2, "neighbour": 0.1, "colleague": 0.05},
        {"victim": 0.85, "parent": 0.07, "family": 0.04, "friend": 0.04},
        ("count", "police", "repeat", "ex", "messages"), negatives=("generic",),
        avi=("phone", "custody"),
        weak=("first_offence", "words_only", "online_only", "no_threats", "false_duplicate") + _WEAK_COMMON,
        messages=True, series=True),
    Situation(
        "coercive_control", True, 6, 1.0, ("controlling or coercive behaviour",),
        ("controlling or coercive behaviour",), ("domestic incident", None), _PPU,
        {"partner": 0.85, "ex": 0.15}, {"victim": 0.8, "family": 0.1, "friend": 0.1},
        ("count", "police", "repeat", "control", "control", "violence", "habit", "money_habit"),
        weak=("first_offence", "words_only", "no_injury", "disbelief", "withdrawn", "advice_given",
              "no_rationale", "no_further_evidence", "no_offences", "false_duplicate"),
        danger=True, suspect_female=0.08, victim_female=0.88, series=True,
        variants=(("pattern", 0.45),)),
    Situation(
        "domestic_assault", True, 12, 0.55, ("common assault", "assault occasioning ABH"),
        ("common assault", "assault occasioning ABH", "controlling or coercive behaviour"),
        ("domestic incident", None),
        {"PPU": 0.55, "response": 0.45},
        {"partner": 0.6, "ex": 0.28, "family": 0.12},
        {"victim": 0.74, "neighbour": 0.1, "family": 0.06, "friend": 0.05, "witness": 0.05},
        ("count", "police", "order", "repeat", "violence", "ex", "habit", "habit"),
        weak=("first_offence", "no_injury", "withdrawn", "disbelief", "suspect_denies",
              "no_rationale", "advice_given", "invalid_check", "mutual", "false_duplicate"),
        danger=True, violent=True, suspect_female=0.12, victim_female=0.82, series=True,
        variants=(("mutual", 0.15),)),
    Situation(
        "sexual_assault", True, 6, 0.12, ("sexual assault",), ("sexual assault",),
        ("concern for welfare", "advice", None), _PPU,
        {"stranger": 0.5, "acquaintance": 0.33, "colleague": 0.17},
        {"victim": 0.76, "friend": 0.1, "parent": 0.1, "family": 0.04}, ("count", "repeat", "presence"),
        avi=("cctv",),
        weak=("disbelief", "withdrawn", "suspect_denies", "no_further_evidence", "no_rationale",
              "first_offence", "evidence_absent"),
        danger=True, suspect_female=0.03, victim_female=0.88, variants=(("cctv", 0.3),),
        avi_weight=2.5),
    Situation(
        "rape", True, 5, 0.2, ("rape",), ("rape",), ("concern for welfare", "advice", None), _PPU,
        {"acquaintance": 0.5, "partner": 0.2, "ex": 0.15, "stranger": 0.15},
        {"victim": 0.75, "friend": 0.12, "parent": 0.1, "family": 0.03}, ("count", "repeat", "violence"),
        weak=("disbelief", "withdrawn", "suspect_denies", "no_further_evidence", "no_rationale",
              "evidence_absent"),
        danger=True, suspect_female=0.02, victim_female=0.9, variants=(("cctv", 0.25),)),
    Situation(
        "child_abuse", True, 5, 0.45, ("child cruelty", "common assault", "sexual assault"),
        ("child cruelty", "common assault"), ("child concern", "concern for welfare", None),
        {"PPU": 0.9, "response": 0.1}, {"parent_of_child": 1.0},
        {"teacher": 0.4, "parent": 0.35, "family": 0.15, "neighbour": 0.1}, ("count", "repeat", "violence"),
        weak=("disbelief", "no_injury", "no_further_evidence", "no_rationale", "advice_given",
              "suspect_denies", "first_offence"),
        danger=True, violent=True, suspect_female=0.25, victim_female=0.5, child_victim=True),
    Situation(
        "assault", True, 9, 0.12, ("common assault", "assault occasioning ABH"), ("common assault",),
        ("public order", "neighbour dispute", None),
        {"response": 0.75, "crime service team": 0.15, "neighbourhood": 0.1},
        {"stranger": 0.6, "neighbour": 0.2, "acquaintance": 0.15, "colleague": 0.05},
        {"victim": 0.72, "witness": 0.18, "friend": 0.07, "family": 0.03}, ("count", "repeat", "neighbour"),
        avi=("cctv", "custody"),
        weak=("no_injury", "suspect_denies", "no_further_evidence", "first_offence", "disbelief",
              "neighbour_dispute", "no_rationale", "invalid_check", "withdrawn", "mutual"),
        danger=True, violent=True, victim_female=0.4, series=True, variants=(("mutual", 0.2),)),
    Situation(
        "criminal_damage", True, 8, 0.3, ("criminal damage",), ("criminal damage", "harassment"),
        ("neighbour dispute", "civil dispute", None),
        {"response": 0.4, "crime service team": 0.4, "neighbourhood": 0.2},
        {"stranger": 0.45, "ex": 0.25, "neighbour": 0.3},
        {"victim": 0.85, "neighbour": 0.08, "witness": 0.07}, ("count", "repeat", "ex", "neighbour"),
        avi=("cctv",),
        weak=("no_further_evidence", "civil_matter", "neighbour_dispute", "first_offence",
              "suspect_denies", "no_rationale", "invalid_check"),
        victim_female=0.55, series=True),
    Situation(
        "theft", True, 8, 0.0, ("theft", "theft", "theft from motor vehicle"), ("theft",),
        ("lost property", "civil dispute", None),
        {"crime service team": 0.8, "response": 0.2}, {"stranger": 1.0},
        {"victim": 0.85, "family": 0.08, "friend": 0.04, "parent": 0.03}, (),
        negatives=("generic", "lost", "search"), avi=("found", "lent", "cctv"),
        weak=("no_further_evidence", "civil_matter", "no_rationale", "disbelief", "invalid_check",
              "recovered", "no_suspect"),
        victim_female=0.5, variants=(("recovered", 0.22),)),
    Situation(
        "shoplifting", True, 6, 0.0, ("shoplifting",), ("shoplifting",), ("civil dispute", None),
        {"crime service team": 0.7, "response": 0.3}, {"stranger": 1.0}, {"staff": 1.0}, (),
        negatives=("generic", "shop", "search"), avi=("cctv",),
        weak=("no_further_evidence", "no_rationale", "civil_matter", "invalid_check", "recovered"),
        suspect_female=0.4, victim_female=0.6, own_voice=True, variants=(("recovered", 0.35),)),
    Situation(
        "public_order", True, 7, 0.2, ("public order",), ("harassment", "public order"),
        ("neighbour dispute", "anti-social behaviour", None),
        {"response": 0.6, "neighbourhood": 0.4},
        {"stranger": 0.55, "neighbour": 0.3, "acquaintance": 0.15},
        {"victim": 0.75, "witness": 0.25}, ("count", "repeat", "neighbour"), avi=("cctv",),
        weak=("words_only", "no_threats", "neighbour_dispute", "suspect_denies", "first_offence",
              "no_rationale", "advice_given", "false_duplicate"),
        danger=True, victim_female=0.5, series=True),
    Situation(
        "burglary", True, 7, 0.0,
        ("burglary - residential", "burglary", "burglary - business and community", "attempted burglary"),
        ("burglary",), ("lost property", "civil dispute", None),
        {"crime service team": 0.75, "response": 0.25}, {"stranger": 1.0},
        {"victim": 0.8, "family": 0.08, "neighbour": 0.07, "friend": 0.05}, (),
        negatives=("generic", "search", "area"), avi=("found", "lent", "cctv"),
        weak=("no_suspect", "no_suspect", "no_further_evidence", "invalid_check", "no_rationale",
              "disbelief", "recovered", "civil_matter"),
        victim_female=0.5, variants=(("recovered", 0.15),), avi_weight=5),
    Situation(
        "threats_weapon", True, 6, 0.05,
        ("public order", "threats with a weapon", "threats to kill", "possession of an offensive weapon",
         "affray"), ("public order", "harassment"),
        ("road traffic matter", "anti-social behaviour", "public order", None),
        {"response": 0.8, "crime service team": 0.2},
        {"stranger": 0.82, "neighbour": 0.1, "acquaintance": 0.08},
        {"victim": 0.72, "witness": 0.14, "friend": 0.06, "family": 0.04, "parent": 0.04},
        ("count", "repeat", "neighbour"), negatives=("generic",), avi=("cctv",),
        weak=("words_only", "words_only", "no_injury", "no_threats", "suspect_denies",
              "no_further_evidence", "first_offence", "invalid_check", "no_rationale"),
        danger=True, suspect_female=0.08, victim_female=0.45, avi_weight=5),
    Situation(
        "family_abuse", True, 6, 0.8,
        ("theft", "fraud by abuse of position", "common assault", "criminal damage"),
        ("controlling or coercive behaviour", "harassment", "theft", "fraud by abuse of position"),
        ("domestic incident", "concern for welfare", "civil dispute", None),
        {"PPU": 0.6, "response": 0.3, "crime service team": 0.1},
        {"adult_child": 0.6, "sibling": 0.25, "family": 0.15},
        {"victim": 0.58, "family": 0.26, "neighbour": 0.1, "friend": 0.06},
        ("habit", "habit", "habit", "money_habit", "money_habit", "repeat", "police", "violence"),
        negatives=("generic",), avi=("cctv", "lent"),
        weak=("first_offence", "family_matter", "family_matter", "civil_matter", "withdrawn",
              "no_injury", "advice_given", "no_rationale", "disbelief", "false_duplicate"),
        danger=True, suspect_female=0.25, victim_female=0.62, avi_weight=3),
    Situation(
        "workplace_comms", True, 5, 0.45, ("malicious communications",),
        ("harassment", "malicious communications"),
        ("employment matter", "advice", "civil dispute", None),
        {"crime service team": 0.7, "response": 0.2, "neighbourhood": 0.1},
        {"colleague": 0.55, "customer": 0.45},
        {"victim": 0.86, "friend": 0.06, "family": 0.04, "parent": 0.04},
        ("count", "repeat", "messages", "police"), negatives=("generic", "work"), avi=("phone",),
        weak=("employment", "employment", "employment", "words_only", "no_threats", "first_offence",
              "advice_given", "civil_matter", "no_rationale", "false_duplicate"),
        messages=True, suspect_female=0.3, victim_female=0.6, avi_weight=2),
    Situation(
        "fraud", True, 3, 0.0, ("fraud", "fraud by false representation"), ("fraud",),
        ("civil dispute", "advice", None), {"crime service team": 0.9, "response": 0.1},
        {"online": 0.5, "stranger": 0.5},
        {"victim": 0.7, "family": 0.18, "parent": 0.04, "friend": 0.08}, (),
        negatives=("generic", "search"),
        weak=("action_fraud", "action_fraud", "civil_matter", "civil_matter", "no_further_evidence",
              "no_rationale"),
        suspect_female=0.2, victim_female=0.55),
    # --- genuine non-crimes: offence=False; weight is among non-crimes --------------------
    Situation(
        "civil_dispute", False, 10, 0.0, ("civil dispute",), (), ("civil dispute",),
        {"crime service team": 0.5, "neighbourhood": 0.3, "response": 0.2},
        {"trader": 0.6, "ex": 0.2, "acquaintance": 0.2}, {"self": 1.0},
        negatives=("generic", "civil"), suspect_female=0.25, own_voice=True),
    Situation(
        "boundary_dispute", False, 8, 0.0, ("neighbour dispute", "civil dispute"), (),
        ("neighbour dispute", "civil dispute"), {"neighbourhood": 0.8, "response": 0.2},
        {"neighbour": 1.0}, {"self": 1.0}, negatives=("generic", "civil"), own_voice=True),
    Situation(
        "domestic_argument", False, 10, 0.0, ("domestic incident",), (), ("domestic incident",),
        {"response": 0.6, "PPU": 0.4}, {"partner": 0.7, "ex": 0.2, "family": 0.1},
        {"victim": 0.8, "neighbour": 0.2}, negatives=("generic",), violent=True, suspect_female=0.2),
    Situation(
        "noise", False, 10, 0.0, ("noise",), (), ("noise", "anti-social behaviour"),
        {"neighbourhood": 0.85, "response": 0.15}, {"neighbour": 1.0}, {"self": 1.0},
        negatives=("generic", "noise"), suspect_female=0.3, own_voice=True),
    Situation(
        "welfare", False, 9, 0.0, ("concern for welfare",), (), ("concern for welfare",),
        {"response": 0.8, "neighbourhood": 0.2}, {"subject": 1.0},
        {"family": 0.5, "neighbour": 0.3, "friend": 0.2},
        negatives=("generic", "missing", "search", "routine"),
        suspect_female=0.55, own_voice=True),
    Situation(
        "lost_property", False, 8, 0.0, ("lost property",), (), ("lost property",),
        {"crime service team": 0.7, "response": 0.3}, {"none": 1.0}, {"self": 1.0},
        negatives=("generic", "lost", "search", "routine"), own_voice=True),
    Situation(
        "advice", False, 6, 0.0, ("advice",), (), ("advice",),
        {"neighbourhood": 0.5, "crime service team": 0.3, "response": 0.2},
        {"ex": 0.5, "neighbour": 0.3, "none": 0.2}, {"self": 1.0}, negatives=("generic", "civil"),
        suspect_female=0.2, own_voice=True),
    Situation(
        "child_concern", False, 6, 0.0, ("child concern",), (), ("child concern", "missing person"),
        {"response": 0.6, "PPU": 0.4}, {"child_subject": 1.0},
        {"parent": 0.6, "teacher": 0.25, "neighbour": 0.15}, negatives=("generic", "missing"),
        suspect_female=0.5, own_voice=True, child_victim=True),
    Situation(
        "workplace_dispute", False, 5, 0.0, ("employment matter", "advice"), (),
        ("employment matter", "advice", "civil dispute"),
        {"crime service team": 0.6, "neighbourhood": 0.2, "response": 0.2},
        {"colleague": 0.7, "customer": 0.3}, {"self": 1.0}, negatives=("generic", "work", "search"),
        suspect_female=0.35, own_voice=True),
    Situation(
        "case_update", False, 0, 0.0, ("information report",), (), ("information report", None),
        {"PPU": 0.5, "crime service team": 0.5},
        {"ex": 0.5, "partner": 0.1, "neighbour": 0.2, "acquaintance": 0.2},
        {"victim": 1.0}, negatives=("generic",), own_voice=True, series=True),
)}

OFFENCES = tuple(s for s in SITUATIONS.values() if s.offence)
GENUINE = tuple(s for s in SITUATIONS.values() if not s.offence and s.weight > 0)
# Non-crimes that a force might first record as a crime by mistake ("recorded in error").
ERROR_PRONE = {"civil_dispute": ("theft", "fraud"), "lost_property": ("theft", "burglary"),
               "boundary_dispute": ("criminal damage",), "advice": ("harassment", "theft"),
               "workplace_dispute": ("malicious communications", "harassment")}
# Weak rationales that name the flavour of the account they close (the call says so too).
VARIANT_OF_RATIONALE = {"recovered": "recovered", "mutual": "mutual", "evidence_absent": "cctv",
                        "no_offences": "pattern", "false_duplicate": "prior_nfa"}
# How much more often than the others a situation's typical weak rationale is written.
_WEAK_BOOST = {"recovered": 2.5, "no_suspect": 2.0, "mutual": 2.5, "evidence_absent": 3.0,
               "no_offences": 3.0, "employment": 1.5, "action_fraud": 1.5, "family_matter": 1.2,
               "words_only": 1.5}
# Rationales that only make sense when the account continues earlier conduct.
_COURSE_ONLY = {"false_duplicate", "no_offences"}


@dataclass(frozen=True)
class Outcome:
    """The recorded decision for one incident and the audited truth behind it."""

    situation: Situation
    decision: str          # crimed | no-crime | non-crime
    kind: str              # crimed | wrong | avi | duplicate | transfer | error | genuine | update
    continuation: bool
    should_crime: bool
    rationale: str         # key into notes.RATIONALES
    classification: str | None
    unit: str
    relation: str          # what the other party is to the victim (ex, neighbour, stranger...)
    avi: str | None = None  # the AVI kind for valid cancellations
    variant: str | None = None  # the account's flavour: recovered, mutual, cctv, pattern, prior_nfa


def draw_decision(rng: random.Random, config: GeneratorConfig) -> str:
    crimed, no_crime, non_crime = config.decision_mix
    return weighted(rng, {"crimed": crimed, "no-crime": no_crime, "non-crime": non_crime})


def draw_kind(rng: random.Random, config: GeneratorConfig, decision: str) -> str:
    """Crimed, wrong, or which right kind of no-crime / non-crime."""
    if decision == "crimed":
        return "crimed"
    if chance(rng, config.wrong_rate):
        return "wrong"
    return weighted(rng, config.no_crime_mix if decision == "no-crime" else config.non_crime_mix)


def pick_offence(rng: random.Random, continuation: bool, pool: tuple[Situation, ...] = OFFENCES,
                 relation: str | None = None) -> Situation:
    """An offence situation whose nature fits the continuation label (and the relation, if given)."""
    table = {}
    for s in pool:
        if relation is not None and relation not in s.relations:
            continue
        fit = s.repeat if continuation else 1.0 - s.repeat
        if relation is not None and continuation:
            fit = max(fit, 0.25)  # in a series even a one-off kind (a push) continues the conduct
        if fit > 0:
            table[s.key] = s.weight * fit
    return SITUATIONS[weighted(rng, table)]


def classify(rng: random.Random, situation: Situation, kind: str, continuation: bool,
             decision: str) -> str | None:
    """The classification an officer would have written for this decision."""
    if kind == "update":
        return rng.choice(situation.not_crimed_as)
    if decision == "non-crime":
        return rng.choice(situation.not_crimed_as if situation.offence else situation.crimed_as)
    if continuation and situation.course_as:
        return rng.choice(situation.course_as)
    return rng.choice(situation.crimed_as)


# Weak rationales that only make sense for some relations between the parties.
_RATIONALE_RELATIONS = {"neighbour_dispute": {"neighbour"},
                        "online_only": {"ex", "acquaintance", "online", "colleague"},
                        "employment": {"colleague", "customer"}}


def weak_rationale(rng: random.Random, situation: Situation, continuation: bool, decision: str,
                   relation: str) -> str:
    """A weak or invalid rationale for a wrong decision, as audits find them."""
    table: dict[str, float] = {}
    for key in situation.weak:
        if relation not in _RATIONALE_RELATIONS.get(key, {relation}):
            continue
        if key in _COURSE_ONLY and not continuation:
            continue
        table[key] = table.get(key, 0.0) + _WEAK_BOOST.get(key, 1.0)
    if continuation and "first_offence" in table:
        table["first_offence"] = 4.0  # the failure HMIC found most often
    if decision == "no-crime":
        table["no_rationale"] = table.get("no_rationale", 0) * 0.5
        table["withdrawn"] = table.get("withdrawn", 0) * 1.5
    return weighted(rng, {k: v for k, v in table.items() if v > 0})


def right_rationale(rng: random.Random, situation: Situation, kind: str) -> str:
    """The rationale of a correct decision (or none at all, as real notes sometimes have)."""
    if kind in {"duplicate", "transfer", "error", "update"}:
        return kind
    if kind == "avi":
        return "avi"
    if kind == "crimed":
        return weighted(rng, {"crimed": 0.8, "no_rationale": 0.2})
    return weighted(rng, {"genuine": 0.85, "no_rationale": 0.15})


def plan_outcome(
    rng: random.Random,
    config: GeneratorConfig,
    *,
    continuation: bool | None = None,
    relation: str | None = None,
) -> Outcome:
    """Draw the decision, the truth and the situation of one incident.

    ``relation`` keeps a series between the same two kinds of people; ``continuation=True``
    marks a later member of a series, which continues the conduct whatever it says.
    """
    decision = draw_decision(rng, config)
    kind = draw_kind(rng, config, decision)
    if relation is not None:
        kind = _series_kind(kind, decision, bool(continuation))
    if kind in {"crimed", "wrong"}:
        if continuation is None:
            share = config.crimed_continuation if kind == "crimed" else config.wrong_continuation
            continuation = chance(rng, share)
        pool = tuple(s for s in OFFENCES if s.series) if relation else OFFENCES
        situation = pick_offence(rng, continuation, pool, relation)
        rel = relation or _relation_for(rng, situation, continuation)
        rationale = (right_rationale(rng, situation, kind) if kind == "crimed"
                     else weak_rationale(rng, situation, continuation, decision, rel))
        variant = VARIANT_OF_RATIONALE.get(rationale) or draw_variant(rng, situation)
        if (kind == "crimed" and continuation and variant is None and "false_duplicate" in situation.weak
                and chance(rng, 0.08)):
            variant = "prior_nfa"  # an earlier report closed without a crime, now recorded
        return _outcome(rng, situation, decision, kind, continuation, True, rationale, relation=rel,
                        variant=variant)
    if kind == "avi":
        pool = tuple(s for s in OFFENCES if s.avi and (relation is None or relation in s.relations))
        if pool:
            situation = SITUATIONS[weighted(rng, {s.key: s.weight if s.avi_weight is None else s.avi_weight
                                                  for s in pool})]
            avi = rng.choice(situation.avi)
            # The caller may still mention cameras; "recovered" or "mutual" would contradict the AVI.
            variant = draw_variant(rng, situation) if avi == "cctv" else None
            return _outcome(rng, situation, decision, kind, False, False, "avi", avi=avi,
                            relation=relation, variant=variant if variant == "cctv" else None)
        kind = "genuine"  # no valid cancellation fits this relation: keep a genuine non-crime
    if kind in {"duplicate", "transfer"}:
        pool = tuple(s for s in OFFENCES if relation is None or relation in s.relations)
        return _outcome(rng, _by_weight(rng, pool), decision, kind, True, False, kind, relation=relation)
    if kind == "update":
        return _outcome(rng, SITUATIONS["case_update"], decision, kind, True, False, "update",
                        relation=relation)
    if kind == "error":
        situation = _by_weight(rng, tuple(SITUATIONS[k] for k in ERROR_PRONE))
        outcome = _outcome(rng, situation, decision, kind, False, False, "error")
        return replace(outcome, classification=rng.choice(ERROR_PRONE[situation.key]))
    pool = tuple(s for s in GENUINE if relation is None or relation in s.relations)
    situation = _by_weight(rng, pool)
    if decision == "no-crime":  # a non-crime first recorded as a crime, then cancelled
        return _outcome(rng, situation, decision, "error", False, False, "error", relation=relation)
    return _outcome(rng, situation, decision, "genuine", False, False,
                    right_rationale(rng, situation, "genuine"), relation=relation)


def draw_variant(rng: random.Random, situation: Situation) -> str | None:
    """An account flavour (goods recovered, a scuffle both sides describe...) or None."""
    for variant, p in situation.variants:
        if chance(rng, p):
            return variant
    return None


def _relation_for(rng: random.Random, situation: Situation, continuation: bool) -> str:
    """Who the other party is; a course of conduct is by someone the victim can identify
    (an ex, a neighbour, an online account), not a passing stranger."""
    table = dict(situation.relations)
    if continuation and len(table) > 1:
        table.pop("stranger", None)
    return weighted(rng, table)


def _by_weight(rng: random.Random, pool: tuple[Situation, ...]) -> Situation:
    return SITUATIONS[weighted(rng, {s.key: s.weight for s in pool})]


def _series_kind(kind: str, decision: str, later: bool) -> str:
    """Inside a series, right decisions become those that fit conduct between two people."""
    if kind in {"crimed", "wrong"}:
        return kind
    if later:  # a later member can only duplicate or update the existing crime
        return "duplicate" if decision == "no-crime" else "update"
    return "avi" if decision == "no-crime" else "genuine"


def _outcome(rng: random.Random, situation: Situation, decision: str, kind: str, continuation: bool,
             should_crime: bool, rationale: str, avi: str | None = None,
             relation: str | None = None, variant: str | None = None) -> Outcome:
    if relation is None or relation not in situation.relations:
        relation = weighted(rng, situation.relations)
    return Outcome(
        situation=situation,
        decision=decision,
        kind=kind,
        continuation=continuation,
        should_crime=should_crime,
        rationale=rationale,
        classification=classify(rng, situation, kind, continuation, decision),
        unit=weighted(rng, situation.units),
        relation=relation,
        avi=avi,
        variant=variant,
    )
