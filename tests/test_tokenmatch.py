"""The fast cue matcher (tokenmatch.py) finds exactly what spaCy's Matcher finds."""
from __future__ import annotations

import random

import pytest
import spacy
from spacy.attrs import IDX, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc

from crimeaudit.cues import CUE_FAMILIES, _expand_contractions, compile_rule
from crimeaudit.tokenmatch import LexicalMatcher, token_array


def by_span(matches):
    """(start, end) -> keys in the order given: order matters only between keys of one span."""
    found: dict[tuple[int, int], list[int]] = {}
    for key, start, end in matches:
        found.setdefault((start, end), []).append(key)
    return found


@pytest.fixture(scope="module")
def matchers():
    nlp = spacy.blank("en")
    slow, fast = Matcher(nlp.vocab), LexicalMatcher(nlp.vocab)
    words = {"12", "CRI/1234/24", "14:05", "1400hrs", "running", "two", ".", "?", "hello"}
    for rules in CUE_FAMILIES.values():
        for cue, patterns in rules.items():
            compiled = [compile_rule(f) for rule in patterns for f in _expand_contractions(rule)]
            slow.add(cue, compiled)
            fast.add(cue, compiled)
            words |= {w for p in compiled for t in p for v in t.values()
                      for w in (v.get("IN", []) if isinstance(v, dict) else [v])
                      if isinstance(w, str) and w != "?"}
    return nlp, slow, fast, sorted(words)


def test_same_matches_as_spacy_on_random_rule_words(matchers):
    nlp, slow, fast, words = matchers
    rng = random.Random(11)
    for _ in range(400):
        doc = Doc(nlp.vocab, words=[rng.choice(words) for _ in range(rng.randint(1, 30))])
        assert by_span(fast(doc)) == by_span(slow(doc)), [t.text for t in doc]


def test_same_matches_on_a_call(matchers):
    nlp, slow, fast, _ = matchers
    doc = nlp("CALL HANDLER: Has this happened before?\nCALLER: Yeah, loads. He won't stop "
              "messaging me, 40 missed calls since March, ref CRI/1234/24 at 14:05. It's not the "
              "first time, he keeps on texting and he's breached his non-molestation order.")
    assert by_span(fast(doc)) == by_span(slow(doc)) and len(fast(doc)) > 8


def test_unsupported_patterns_fall_back_to_spacy():
    nlp = spacy.blank("en")
    fast = LexicalMatcher(nlp.vocab)
    fast.add("plus", [[{"LOWER": "again", "OP": "+"}]])
    slow = Matcher(nlp.vocab)
    slow.add("plus", [[{"LOWER": "again", "OP": "+"}]])
    doc = nlp("again again")
    assert sorted(fast(doc)) == sorted(slow(doc)) and len(slow(doc)) == 3


def test_same_matches_after_the_word_memo_restarts(matchers):
    nlp, slow, _, words = matchers
    fast = LexicalMatcher(nlp.vocab)
    for rules in CUE_FAMILIES.values():
        for cue, patterns in rules.items():
            fast.add(cue, [compile_rule(f) for rule in patterns for f in _expand_contractions(rule)])
    fast._kind_of._max_words = 5            # forget words all the time
    rng = random.Random(5)
    for _ in range(100):
        doc = Doc(nlp.vocab, words=[rng.choice(words) for _ in range(rng.randint(1, 30))])
        assert by_span(fast(doc)) == by_span(slow(doc)), [t.text for t in doc]


def test_token_array_is_shared_but_never_stale():
    nlp = spacy.blank("en")
    doc = nlp("he keeps ringing")
    assert token_array(doc) is token_array(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert token_array(doc).tolist() == doc.to_array([ORTH, IDX]).tolist()
