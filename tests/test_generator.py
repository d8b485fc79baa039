"""Tests for the training-data generator (crimeaudit.generator) and its two scripts.

Everything here is small and offline; the whole file runs in a few seconds.
"""
from __future__ import annotations

import importlib.util
import inspect
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import jsonschema
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))  # works before the package is installed

from crimeaudit.generator import KEYS, GeneratorConfig, generate_incidents
from crimeaudit.generator import accounts, banks, grammar, history, notes, scenarios
from crimeaudit.generator.cast import cast_incident
from crimeaudit.generator.context import build_slots
from crimeaudit.generator.people import HE, SHE
from crimeaudit.generator.series import Scheduler
from crimeaudit.generator.voices import third_person

REPO = Path(__file__).resolve().parents[1]
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "shared" / "spec" / "incident.schema.json"
SENTENCES = re.compile(r"[.!?](?=\s+[A-Z(\"'])")  # the split the evaluation tooling uses
PHONE = re.compile(r"^07700 900\d{3}$")


def _records(n: int, seed: int, **config) -> list[dict]:
    return list(generate_incidents(n, seed, GeneratorConfig(**config)))


@pytest.fixture(scope="module")
def sample() -> list[dict]:
    return _records(400, 7)


def _load_script(name: str):
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- determinism and streaming ----------------------------------------------------------

def test_same_seed_gives_byte_identical_output():
    first = "\n".join(json.dumps(r) for r in generate_incidents(80, 42))
    second = "\n".join(json.dumps(r) for r in generate_incidents(80, 42))
    assert first == second


def test_different_seed_gives_different_output():
    assert _records(20, 1) != _records(20, 2)


def test_generate_incidents_streams():
    stream = generate_incidents(10**9, 3)  # a billion: only works if nothing is built up front
    assert inspect.isgenerator(stream)
    first = [next(stream) for _ in range(3)]
    assert [r["incident_id"] for r in first] == ["GEN-000001", "GEN-000002", "GEN-000003"]


def test_no_global_random_state_is_used():
    random.seed(123)
    before = random.random()
    random.seed(123)
    _records(10, 5)
    assert random.random() == before


# --- the record format ------------------------------------------------------------------

def test_every_record_validates_against_the_incident_schema(sample):
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for record in sample:
        errors = list(validator.iter_errors(record))
        assert not errors, (record["incident_id"], [e.message for e in errors])


def test_records_have_the_contract_fields_in_order(sample):
    units = {"PPU", "response", "neighbourhood", "crime service team"}
    for record in sample:
        assert tuple(record) == KEYS
        assert re.fullmatch(r"GEN-\d{6}", record["incident_id"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", record["reported_at"])
        assert record["unit"] in units
        assert tuple(record["labels"]) == ("continuation", "should_crime")
        for party in record["parties"]:
            assert tuple(party) == ("role", "name", "phone", "ref")
            assert party["phone"] is None or PHONE.match(party["phone"])
            assert party["ref"] is None or re.fullmatch(r"P\d{7}", party["ref"])
    ids = [r["incident_id"] for r in sample]
    assert len(set(ids)) == len(ids)


def test_transcripts_and_notes_have_a_realistic_shape(sample):
    for record in sample:
        lines = record["transcript"].split("\n")
        assert len(lines) >= 4
        assert all(re.match(r"^(\[\d\d:\d\d:\d\d\] )?[A-Za-z_ 0-9]{1,14}: \S", line) for line in lines), lines
        assert 1 <= len(SENTENCES.split(record["notes"].strip())) <= 8, record["notes"]
        assert "{" not in record["transcript"] + record["notes"], "an unfilled slot leaked into the text"


def test_styles_cover_clean_speech_to_text_and_timestamped(sample):
    styles = Counter()
    for record in sample:
        text = record["transcript"]
        if text.startswith("["):
            styles["timestamped"] += 1
        elif text.split(":", 1)[0].lower().startswith(("spk", "speaker_")):
            styles["stt"] += 1
        else:
            styles["clean"] += 1
    shares = {k: v / len(sample) for k, v in styles.items()}
    assert 0.3 <= shares["clean"] <= 0.5 and 0.2 <= shares["stt"] <= 0.4 and 0.2 <= shares["timestamped"] <= 0.4


# --- labels follow the rules ------------------------------------------------------------

def _outcomes(n: int, seed: int = 11, **config):
    rng = random.Random(seed)
    cfg = GeneratorConfig(**config)
    return [scenarios.plan_outcome(rng, cfg) for _ in range(n)]


def test_label_rules_hold_for_every_kind_of_decision():
    for o in _outcomes(4000):
        if o.decision == "crimed":
            assert o.kind == "crimed" and o.should_crime
        if o.kind == "wrong":
            assert o.should_crime and o.decision in {"no-crime", "non-crime"}
            assert o.rationale in notes.RATIONALES or o.rationale == "no_rationale"
        if o.kind == "avi":  # a valid cancellation: AVI shows no offence happened
            assert o.decision == "no-crime" and not o.should_crime and not o.continuation
            assert o.avi in o.situation.avi
        if o.kind in {"duplicate", "transfer"}:  # of an existing crime: continuation, no new record
            assert o.decision == "no-crime" and o.continuation and not o.should_crime
        if o.kind in {"genuine", "update", "error"}:
            assert not o.should_crime and not o.situation.offence
        if o.situation.repeat == 1.0 and o.kind in {"crimed", "wrong"}:  # harassment needs 2+ occasions
            assert o.continuation


def test_valid_cancellations_cite_a_checkable_artefact(sample):
    cited = re.compile(r"cctv|footage|cameras|custody|found|lent|borrowed|phone|handset|network|provider|"
                       r"dup|transfer|out of force|error|located|not stolen", re.IGNORECASE)
    for record in sample:
        labels = record["labels"]
        if record["decision"] == "no-crime" and not labels["should_crime"]:
            assert cited.search(record["notes"]), record["notes"]


def test_crimed_records_should_be_crimes(sample):
    assert all(r["labels"]["should_crime"] for r in sample if r["decision"] == "crimed")


def test_decision_and_continuation_mix_is_near_the_targets():
    outcomes = [job.outcome for job in _jobs(6000)]
    decisions = Counter(o.decision for o in outcomes)
    assert abs(decisions["crimed"] / 6000 - 0.30) < 0.04
    not_crimed = [o for o in outcomes if o.decision != "crimed"]
    wrong = [o for o in not_crimed if o.should_crime]
    assert abs(len(wrong) / len(not_crimed) - 0.25) < 0.03
    assert 0.35 < sum(o.continuation for o in wrong) / len(wrong) < 0.65


def _jobs(n: int, seed: int = 3, **config):
    scheduler = Scheduler(random.Random(seed), GeneratorConfig(**config), n)
    return [scheduler.job(i) for i in range(n)]


@pytest.mark.parametrize("rate", [0.1, 0.5])
def test_wrong_rate_knob_sets_the_share_of_wrong_decisions(rate):
    outcomes = [job.outcome for job in _jobs(5000, wrong_rate=rate)]
    not_crimed = [o for o in outcomes if o.decision != "crimed"]
    share = sum(o.should_crime for o in not_crimed) / len(not_crimed)
    assert abs(share - rate) < 0.03


def test_label_noise_flips_labels_and_nothing_else():
    clean = _records(40, 9)
    noisy = _records(40, 9, label_noise=1.0)
    for a, b in zip(clean, noisy):
        assert {k: v for k, v in a.items() if k != "labels"} == {k: v for k, v in b.items() if k != "labels"}
        assert all(a["labels"][k] != b["labels"][k] for k in a["labels"])


# --- series ------------------------------------------------------------------------------

def test_series_share_victim_and_suspect_in_time_order_and_continue():
    records = _records(300, 4, series_share=0.5)
    groups = defaultdict(list)
    for r in records:
        roles = {p["role"]: p for p in r["parties"]}
        if "victim" in roles and "suspect" in roles and roles["suspect"]["name"]:
            key = (roles["victim"]["name"], roles["victim"]["phone"], roles["suspect"]["name"])
            groups[key].append(r)
    series = [g for g in groups.values() if len(g) > 1]
    assert len(series) >= 20
    for members in series:
        dates = [m["reported_at"] for m in members]  # file order = id order
        assert dates == sorted(dates)
        assert all(m["labels"]["continuation"] for m in members[1:])


def test_series_share_knob_and_unrelated_incidents_rarely_share_people():
    jobs = _jobs(4000, series_share=0.12)
    in_series = sum(job.series_id is not None for job in jobs) / len(jobs)
    assert 0.08 < in_series < 0.16
    standalone = [job.cast.victim.name for job in jobs if job.series_id is None and job.cast.victim]
    repeats = sum(c - 1 for c in Counter(standalone).values())
    assert repeats / len(standalone) < 0.03  # chance namesakes only; phones and refs differ


# --- building blocks ------------------------------------------------------------------------

def test_third_person_rewrites_the_victims_voice_but_not_quotes():
    assert third_person("I'm scared, he took my phone", SHE) == "she's scared, he took her phone"
    assert third_person('I don\'t feel safe, he said "I know where you are"', HE) == \
        'he doesn\'t feel safe, he said "I know where you are"'


def test_grammar_alternatives_slots_and_pronouns():
    rng = random.Random(0)
    out = {grammar.render("[a|b] {x}", rng, {"x": "y"}) for _ in range(50)}
    assert out == {"a y", "b y"}
    assert grammar.render("he said his name", rng, {"he": "she", "his": "her"}) == "she said her name"
    with pytest.raises(grammar.TemplateError):
        grammar.parse("[unclosed")


def _all_templates():
    for module in (banks, history, accounts, notes):
        for name in dir(module):
            if name.isupper() or name == "ACCOUNTS":
                yield from _walk(getattr(module, name))


def _walk(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _walk(value)
    elif isinstance(obj, (list, tuple)):
        for value in obj:
            yield from _walk(value)


def _slot_names(nodes):
    for node in nodes:
        if node[0] == "s":
            yield node[1]
        elif node[0] == "a":
            for alt in node[1]:
                yield from _slot_names(alt)


def test_every_phrase_parses_and_names_only_known_slots():
    rng = random.Random(1)
    outcome = scenarios.plan_outcome(rng, GeneratorConfig())
    cast = cast_incident(rng, outcome.situation, relation=outcome.relation)
    slots = build_slots(rng, cast, "Kent")
    known = set(slots) | set(notes.note_slots(rng, outcome, cast, slots)) | {
        "cue", "counter", "finding", "CALLER", "unit_spoken"}
    for template in _all_templates():
        nodes = grammar.parse(accounts.untagged(template))
        unknown = set(_slot_names(nodes)) - known
        assert not unknown, (template, unknown)


# --- scripts -------------------------------------------------------------------------------

def test_generate_corpus_cli_writes_jsonl(tmp_path, capsys):
    cli = _load_script("generate_corpus")
    out = tmp_path / "corpus.jsonl"
    assert cli.main(["--n", "7", "--seed", "5", "--output", str(out), "--wrong-rate", "0.3"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 7 and json.loads(lines[0])["incident_id"] == "GEN-000001"
    assert "wrote 7 incidents" in capsys.readouterr().err


def test_diversity_report_counts_shared_runs():
    diversity = _load_script("diversity")
    same = {"transcript": "A: " + " ".join(f"w{i}" for i in range(20)), "notes": "x",
            "decision": "crimed", "labels": {"continuation": True, "should_crime": True}}
    other = dict(same, transcript="A: " + " ".join(f"v{i}" for i in range(20)))
    report = diversity.measure([same, dict(same), other])
    assert report["calls"] == 3
    assert report["shared_13gram_call_share"] == round(2 / 3, 4)
    assert report["decisions"] == {"crimed": 1.0}


# --- situations added from the error analysis ----------------------------------------------

NEW_SITUATIONS = {"burglary", "threats_weapon", "family_abuse", "workplace_comms", "workplace_dispute", "fraud"}
NEW_RATIONALES = {"recovered", "no_suspect", "mutual", "evidence_absent", "no_offences", "false_duplicate",
                  "employment", "action_fraud", "family_matter"}
NEW_VARIANTS = {"recovered", "mutual", "cctv", "pattern", "prior_nfa"}


@pytest.fixture(scope="module")
def planned() -> list[tuple]:
    """(outcome, record) pairs for 3,000 incidents, as generate_incidents makes them."""
    n, seed = 3000, 21
    scheduler = Scheduler(random.Random(f"plan:{seed}"), GeneratorConfig(), n)
    jobs = [scheduler.job(i) for i in range(n)]
    records = list(generate_incidents(n, seed))
    return [(job.outcome, record) for job, record in zip(jobs, records)]


def test_each_new_situation_rationale_and_flavour_appears_in_a_sample(planned):
    outcomes = [o for o, _ in planned]
    assert NEW_SITUATIONS <= {o.situation.key for o in outcomes}
    assert NEW_RATIONALES <= {o.rationale for o in outcomes}
    assert NEW_VARIANTS <= {o.variant for o in outcomes}
    for key in NEW_SITUATIONS - {"workplace_dispute"}:  # offences: both right and wrong decisions
        kinds = {o.kind for o in outcomes if o.situation.key == key}
        assert {"crimed", "wrong"} <= kinds, (key, kinds)


def test_new_rationales_are_weak_and_their_decisions_wrong():
    for o in _outcomes(12000, seed=5):
        if o.rationale in NEW_RATIONALES:
            assert o.kind == "wrong" and o.should_crime and o.decision != "crimed", o
        if o.rationale in {"false_duplicate", "no_offences"}:
            assert o.continuation  # a duplicate of an earlier log / a long pattern of control
        if o.rationale == "mutual":
            assert o.situation.key in {"assault", "domestic_assault"} and o.variant == "mutual"


def test_recovered_goods_closed_as_no_crime_is_a_crime(planned):
    recovered = re.compile(r"no loss|store not (pursuing|wishing)|goods returned to store|returned to owner|"
                           r"property back with ip|recovered - (no offence|nfa|no crime)", re.IGNORECASE)
    hits = 0
    for o, record in planned:
        if record["decision"] != "crimed" and recovered.search(record["notes"]):
            hits += 1
            assert record["labels"]["should_crime"], record["notes"]
        if o.variant == "recovered":  # said in crimed calls too, never in a valid cancellation
            assert o.situation.key in {"theft", "shoplifting", "burglary"} and o.should_crime
    assert hits >= 3
    # the right contrast: the "stolen" item was found or lent, which cancels validly
    assert any(o.kind == "avi" and o.avi in {"found", "lent"} and o.situation.key in {"theft", "burglary"}
               for o, _ in planned)


def test_cctv_inconclusive_sexual_assault_cancellation_is_wrong(planned):
    absent = re.compile(r"inconclusive|does not show|doesn't capture|not covering|nothing of evidential value",
                        re.IGNORECASE)
    for o, record in planned:
        if record["decision"] != "crimed" and absent.search(record["notes"]):
            assert record["labels"]["should_crime"], record["notes"]
        if o.rationale == "evidence_absent":
            assert o.situation.key in {"sexual_assault", "rape"} and o.should_crime
        if o.kind == "avi" and o.situation.key == "sexual_assault":  # CCTV shows it did not happen
            assert o.avi == "cctv" and not o.should_crime
            assert re.search(r"cctv|footage|camera", record["notes"], re.IGNORECASE)
    assert any(o.kind == "avi" and o.situation.key == "sexual_assault" for o, _ in planned)


def test_false_duplicate_cites_a_log_and_valid_duplicate_a_crime_reference():
    rng = random.Random(3)
    for _ in range(3000):
        o = scenarios.plan_outcome(rng, GeneratorConfig(wrong_rate=0.6))
        if o.rationale == "false_duplicate":
            assert o.should_crime and o.continuation and o.variant == "prior_nfa"
    assert all("{cad2}" in t for t in notes.RATIONALES["false_duplicate"])
    assert all("{crimeref2}" in t and "{cad2}" not in t for t in notes.RATIONALES["duplicate"])


def test_workplace_threats_are_crimes_and_employment_disputes_are_not(planned):
    for o, _ in planned:
        if o.situation.key == "workplace_comms":
            assert o.situation.offence and (o.kind in {"crimed", "wrong"}) == o.should_crime
        if o.situation.key == "workplace_dispute":
            assert not o.should_crime and not o.continuation
    genuine = " ".join(notes.GENUINE["workplace_dispute"]).lower()
    assert "employment matter" in genuine  # the same words are right here, wrong for threats


def test_hard_negative_repetition_appears_in_calls_that_do_not_continue(planned):
    innocent = re.compile(r"again and again|over and over|keep (looking|checking)|trying .{0,40}to get "
                          r"(through|hold)|put through|transferred|gone missing before|rang the (shop|pub|"
                          r"bus company|bank) twice|different people|all different", re.IGNORECASE)
    found = Counter()
    for o, record in planned:
        if innocent.search(record["transcript"]) and o.kind == "genuine":
            assert not record["labels"]["continuation"]
        if innocent.search(record["transcript"]) and not record["labels"]["continuation"]:
            found[o.situation.key] += 1
    assert sum(found.values()) >= 30 and len(found) >= 5, found
    # none of the innocent families shares a phrase with the continuation cues
    cues = {t for family in history.CUES.values() for t in family}
    for family in ("search", "missing", "area", "routine", "work"):
        assert not cues & set(history.HARD_NEGATIVE[family])


def test_implicit_course_of_conduct_uses_habit_without_again(planned):
    again = re.compile(r"\bagain\b|\bstill\b|\bkeeps\b|\bsecond\b|\bthird\b")
    for family in ("habit", "money_habit"):
        for template in history.CUES[family]:
            assert not again.search(template), template
    family = [o for o, _ in planned if o.situation.key == "family_abuse" and o.kind in {"crimed", "wrong"}]
    assert sum(o.continuation for o in family) / len(family) > 0.6
    assert "habit" in scenarios.SITUATIONS["coercive_control"].cues
    assert "habit" in scenarios.SITUATIONS["domestic_assault"].cues


def test_control_without_violence_never_draws_violence_cues():
    from crimeaudit.generator.dialogue import cue_families
    rng = random.Random(8)
    for _ in range(4000):
        o = scenarios.plan_outcome(rng, GeneratorConfig())
        if o.situation.key == "coercive_control" and o.variant == "pattern":
            cast = cast_incident(rng, o.situation, relation=o.relation)
            assert "violence" not in cue_families(o, cast, "victim")


# --- earlier occasions told as a story, and background that is not history -------------------

@pytest.fixture(scope="module")
def styled() -> list[tuple]:
    """(outcome, history style, story pieces said, record) for 3,000 incidents, with the style
    read from the call as generate_incidents builds it."""
    from crimeaudit.generator import records as record_module
    seen = []
    real = record_module.build_turns

    def spy(rng, outcome, cast, slots, **kwargs):
        turns = real(rng, outcome, cast, slots, **kwargs)
        seen.append((outcome, slots["_history_style"], list(slots["_narrated"]),
                     list(slots["_narrated_from"])))
        return turns

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(record_module, "build_turns", spy)
        records = list(generate_incidents(3000, 31))
    assert len(seen) == len(records)
    return [(o, style, said, record) for (o, style, said, _), record in zip(seen, records)]


@pytest.fixture(scope="module")
def told_from(styled) -> list[list[str]]:
    """The history.NARRATIVE family of each story piece said, call by call (as for ``styled``)."""
    from crimeaudit.generator import records as record_module
    families = []
    real = record_module.build_turns

    def spy(rng, outcome, cast, slots, **kwargs):
        turns = real(rng, outcome, cast, slots, **kwargs)
        families.append(list(slots["_narrated_from"]))
        return turns

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(record_module, "build_turns", spy)
        list(generate_incidents(3000, 31))
    return families


def test_narrative_history_is_told_only_in_continuations(styled):
    narrative = [(o, said, r) for o, style, said, r in styled if style == "narrative"]
    continuations = [r for _, _, _, r in styled if r["labels"]["continuation"]]
    assert len(narrative) >= 60
    for o, said, record in narrative:
        assert record["labels"]["continuation"] and o.continuation
        assert o.situation.key in history.NARRATIVE_SITUATIONS
        assert said, "a narrative plan that never told its story"
    share = len(narrative) / len(continuations)
    assert 0.12 <= share <= 0.25, share  # a good share of continuations, not most of them
    situations = Counter(o.situation.key for o, _, _ in narrative)
    assert len(situations) >= 6, situations
    # the notes sometimes keep the history in shorthand and sometimes leave it out
    shorthand = re.compile(r"unreported|not (previously )?reported|disclosed|ongoing since|hx of|"
                           r"history of|pattern|due to susp|because of susp", re.IGNORECASE)
    written = sum(bool(shorthand.search(r["notes"])) for _, _, r in narrative)
    assert 0 < written < len(narrative)


def test_background_without_history_is_told_only_in_single_incidents(styled):
    background = [(o, said, r) for o, style, said, r in styled if style == "background"]
    assert len(background) >= 60
    for o, said, record in background:
        assert not record["labels"]["continuation"] and not o.continuation
        assert said
    # offences and non-crimes both, and the situations that also get stories
    assert {o.situation.offence for o, _, _ in background} == {True, False}
    assert {o.situation.key for o, _, _ in background} & history.NARRATIVE_SITUATIONS


def test_story_phrases_avoid_cue_words_and_share_life_events_with_background():
    again = re.compile(r"\bagain\b|\bkeeps\b|\bstill\b|\bsecond\b|\bthird\b|\bconstantly\b|\bevery\b|"
                       r"non-stop|won't stop|loads of times")
    story = [t for family in history.NARRATIVE.values() for t in family]
    story += [t for bank in history.ONSET.values() for t in bank]
    story += list(history.Q_STORY) + list(history.STORY_LEAD) + list(history.NARRATIVE_YES)
    story += list(history.STORY_ANSWER_LEAD)
    for template in story:
        assert not again.search(template), template
    assert not set(story) & set(history.BACKGROUND)
    # the same life events and coping steps appear in both, so no word decides the label alone
    told = " ".join(story).lower()
    background = " ".join(history.BACKGROUND).lower()
    for words in ("divorce", "my number", "moved", "diary", "doorbell", "lost his job",
                  "christmas", "blocked"):
        assert words in told and words in background, words
    # and the words of an implied history: what a long campaign leaves behind
    for words in ("panic alarm", "support worker", "women's aid", "statement", "marker", "log of",
                  "got worse", "security", "kids' school", "route to work", "sister",
                  "sleep with my phone", "bag packed", "don't go out", "social worker"):
        assert words in told and words in background, words


IMPLIED_FAMILIES = {"coping", "agency", "seen", "escalation", "kids", "blocked"}


def test_implied_history_is_told_only_in_continuations(styled, told_from):
    implied = [(o, said, r, fams) for (o, style, said, r), fams in zip(styled, told_from)
               if style == "implied"]
    continuations = [r for _, _, _, r in styled if r["labels"]["continuation"]]
    assert len(implied) >= 60
    for o, said, record, families in implied:
        assert record["labels"]["continuation"] and o.continuation and o.kind in {"crimed", "wrong"}
        assert o.situation.key in history.IMPLIED_SITUATIONS
        assert said and set(families) <= IMPLIED_FAMILIES  # no dated earlier occasion, no onset
    share = len(implied) / len(continuations)
    assert 0.06 <= share <= 0.16, share
    assert len({o.situation.key for o, _, _, _ in implied}) >= 7
    # all implied phrasing (implied plans, and the same families inside stories): a moderate share
    phrased = sum(bool(set(f) & IMPLIED_FAMILIES) for (_, _, _, r), f in zip(styled, told_from)
                  if r["labels"]["continuation"])
    assert 0.15 <= phrased / len(continuations) <= 0.3, phrased / len(continuations)


def test_implied_phrases_fit_the_relation():
    from crimeaudit.generator.dialogue import CallBuilder
    rng = random.Random(4)
    checked = Counter()
    for _ in range(3000):
        o = scenarios.plan_outcome(rng, GeneratorConfig())
        if not (o.continuation and o.situation.key in history.IMPLIED_SITUATIONS):
            continue
        cast = cast_incident(rng, o.situation, relation=o.relation)
        call = CallBuilder(rng, o, cast, build_slots(rng, cast, "Kent"))
        if call.plan.style != "implied":
            continue
        for family in call.plan.families:
            assert family != "kids" or o.relation in {"ex", "partner"}
            assert family != "blocked" or o.relation not in {"partner", "family", "adult_child", "sibling"}
            checked[family] += 1
            call.narrate(family)  # every family left has a phrase that fits
    assert len(checked) == len(IMPLIED_FAMILIES), checked


def test_lookalikes_of_an_implied_history_appear_in_single_incidents(styled):
    lookalike = {accounts.untagged(t) for t in history.BACKGROUND_LOOKALIKE}
    assert set(history.BACKGROUND_LOOKALIKE) <= set(history.BACKGROUND)
    singles = [(o, said) for o, style, said, r in styled if not r["labels"]["continuation"]]
    words = re.compile(r"alarm|support worker|social worker|women's aid|log|diary|doorbell|new number|"
                       r"statement|marker|got worse|escalated|where to start|security|sister|route",
                       re.IGNORECASE)
    with_words = [o for o, said in singles if any(words.search(t) for t in said)]
    share = len(with_words) / len(singles)
    assert 0.08 <= share <= 0.3, share
    assert {o.situation.offence for o in with_words} == {True, False}
    # no lookalike names an earlier occasion by the other party
    for template in lookalike:
        assert not re.search(r"because of him|\bagain\b|last time|\bbefore\b",
                             template.replace("there's never been anything before", "")), template


def test_same_seed_is_byte_identical_with_stories_and_background():
    first = "\n".join(json.dumps(r) for r in generate_incidents(300, 31))
    second = "\n".join(json.dumps(r) for r in generate_incidents(300, 31))
    assert first == second


def test_noise_flips_say_which_labels_the_noise_flipped():
    from crimeaudit.generator.records import noise_flips
    clean = _records(60, 9)
    noisy = _records(60, 9, label_noise=0.3)
    flipped = 0
    for index, (a, b) in enumerate(zip(clean, noisy)):
        flips = noise_flips(9, index, 0.3)
        assert [a["labels"][k] != b["labels"][k] for k in ("continuation", "should_crime")] == list(flips)
        flipped += sum(flips)
    assert 0 < flipped < 120
