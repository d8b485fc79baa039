"""A fast matcher for lexical token patterns that finds exactly what spaCy's `Matcher` finds.

Why it exists: spaCy's `Matcher` starts every pattern at every token and runs a Python predicate
for each `IN` / `REGEX` token spec it meets, so with a few hundred cue rules it cost ten times
more than tokenising the text. The cue rules only look at what a token *is* (its text, lower
case, number-likeness), never at its context or annotations, so each distinct word can be
checked once and remembered, and a pattern need only be tried where its first word occurs.

Supported token specs (everything `cues.compile_rule` writes): `{}` (any token), `LOWER` or
`TEXT` given as a string, `{"IN": [...]}` or `{"REGEX": "..."}`, `{"LIKE_NUM": bool}`, each
optionally with `"OP": "?"`. A pattern with anything else makes the whole matcher hand over to
spaCy's `Matcher`, so results never depend on which engine ran.

Results equal spaCy's as a set of `(key, start, end)`. spaCy lists them in the order its state
machine emits them, which matters only when two keys match the very same span (the first one
wins a tie in `spacy.util.filter_spans`); for those rare spans the order is taken from spaCy's
own `Matcher` run over the span and one token beyond it, which reproduces its emission order.
Every other match is listed by position.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> matcher = LexicalMatcher(nlp.vocab)
>>> matcher.add("again", [[{"LOWER": "yet", "OP": "?"}, {"LOWER": "again"}]])
>>> [(nlp.vocab.strings[k], s, e) for k, s, e in matcher(nlp("He did it yet again"))]
[('again', 3, 5), ('again', 4, 5)]
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

# Words seen in one process: distinct words of an archive number in the tens of thousands;
# past this many the cache is cleared rather than grown without bound.
MAX_CACHED_WORDS = 50_000

_ANY = ("any",)
Spec = tuple  # ("any",) | (attr, "eq"|"in"|"regex", value) | ("LIKE_NUM", "flag", bool)


def _spec_of(token: dict[str, Any]) -> tuple[Spec, bool] | None:
    """A spaCy token pattern -> (hashable spec, optional?), or None when unsupported."""
    token = dict(token)
    op = token.pop("OP", None)
    if op not in (None, "?"):
        return None
    optional = op == "?"
    if not token:
        return _ANY, optional
    if len(token) != 1:
        return None
    ((attr, value),) = token.items()
    attr = attr.upper()
    if attr == "LIKE_NUM" and isinstance(value, bool):
        return ("LIKE_NUM", "flag", value), optional
    if attr not in ("LOWER", "TEXT", "ORTH"):
        return None
    attr = "TEXT" if attr == "ORTH" else attr
    if isinstance(value, str):
        return (attr, "eq", value), optional
    if isinstance(value, dict) and len(value) == 1:
        ((kind, arg),) = value.items()
        if kind == "IN" and isinstance(arg, (list, tuple)) and all(isinstance(v, str) for v in arg):
            return (attr, "in", frozenset(arg)), optional
        if kind == "REGEX" and isinstance(arg, str):
            return (attr, "regex", arg), optional
    return None


class LexicalMatcher:
    """Drop-in for `spacy.matcher.Matcher` (`add`, `__call__`, `__len__`) on lexical patterns."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._spacy = Matcher(vocab)
        self._specs: list[Spec] = []
        self._spec_ids: dict[Spec, int] = {}
        self._patterns: list[tuple[int, tuple[int, ...], tuple[bool, ...]]] = []
        self._unsupported = False
        self._cache: dict[int, tuple[frozenset[int], tuple[tuple, ...]]] = {}
        self._literal: dict[str, dict[str, set[int]]] = {"LOWER": {}, "TEXT": {}}
        self._other: list[int] = []       # specs that need a look at the word (regex, flags, any)
        # spec -> (pattern index, (key, specs after it, their optional flags or None if none is))
        self._starters: dict[int, list[tuple[int, tuple]]] = {}
        self._regex: dict[int, re.Pattern[str]] = {}
        self._by_specs: dict[frozenset[int], tuple[frozenset[int], tuple[tuple, ...]]] = {}
        self._added: list[int] = []                # keys, in the order they were added
        self._ties: dict[frozenset[int], Matcher] = {}

    def __len__(self) -> int:
        return len(self._spacy)

    def add(self, key: str, patterns: Sequence[Sequence[dict[str, Any]]]) -> None:
        """Add patterns under `key`, in order (as `Matcher.add`)."""
        key_id = self.vocab.strings.add(key)
        if key_id in self._added:
            # Patterns added under a key in two goes interleave with other keys' in spaCy's
            # order; keep exactness by letting spaCy match.
            self._unsupported = True
        self._added.append(key_id)
        self._spacy.add(key, [list(p) for p in patterns])
        for pattern in patterns:
            compiled = [_spec_of(token) for token in pattern]
            if not pattern or any(c is None for c in compiled):
                self._unsupported = True
                continue
            specs = tuple(self._intern(spec) for spec, _ in compiled)   # type: ignore[misc]
            optional = tuple(opt for _, opt in compiled)                # type: ignore[misc]
            index = len(self._patterns)
            self._patterns.append((key_id, specs, optional))
            # A match may start at any spec reached by skipping only optional specs before it.
            for k, spec in enumerate(specs):
                rest, rest_optional = specs[k + 1:], optional[k + 1:]
                start = (key_id, rest, rest_optional if any(rest_optional) else None)
                self._starters.setdefault(spec, []).append((index, start))
                if not optional[k]:
                    break
        self._cache.clear()
        self._by_specs.clear()
        self._ties.clear()

    def _intern(self, spec: Spec) -> int:
        if spec in self._spec_ids:
            return self._spec_ids[spec]
        sid = len(self._specs)
        self._specs.append(spec)
        self._spec_ids[spec] = sid
        if spec[0] in self._literal and spec[1] == "eq":
            self._literal[spec[0]].setdefault(spec[2], set()).add(sid)
        elif spec[0] in self._literal and spec[1] == "in":
            for word in spec[2]:
                self._literal[spec[0]].setdefault(word, set()).add(sid)
        else:
            if spec[1:2] == ("regex",):
                self._regex[sid] = re.compile(spec[2])
            self._other.append(sid)
        return sid

    def _word(self, orth: int) -> tuple[frozenset[int], tuple[tuple, ...]]:
        """Specs a word satisfies, and the (pattern, spec index) a match may start with there."""
        lexeme = self.vocab[orth]
        text, lower = lexeme.orth_, lexeme.lower_
        found = set(self._literal["LOWER"].get(lower, ()))
        found.update(self._literal["TEXT"].get(text, ()))
        for sid in self._other:
            spec = self._specs[sid]
            if spec is _ANY or spec == _ANY:
                found.add(sid)
            elif spec[1] == "regex":
                if self._regex[sid].search(lower if spec[0] == "LOWER" else text):
                    found.add(sid)
            elif spec[0] == "LIKE_NUM" and bool(lexeme.like_num) == spec[2]:
                found.add(sid)
        # In pattern order, each (pattern, first spec) once.
        result = self._by_specs.get(found := frozenset(found))
        if result is None:
            # Words satisfying the same specs share one entry (a few hundred kinds in all).
            starts = tuple(start for _, start in sorted(
                {(index, start) for sid in found for index, start in self._starters.get(sid, ())},
                key=lambda item: (item[0], -len(item[1][1]))))
            result = self._by_specs[found] = (found, starts)
        if len(self._cache) >= MAX_CACHED_WORDS:
            self._cache.clear()
        self._cache[orth] = result
        return result

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """`(key, start, end)` of every match, as spaCy's `Matcher(doc)` finds them."""
        if self._unsupported:
            return self._spacy(doc)
        known, word = self._cache.get, self._word
        words = [known(o) or word(o) for o in (doc.to_array(ORTH).tolist() if len(doc) else ())]
        n = len(words)
        found: dict[tuple[int, int], list[int]] = {}
        for i, (_, starts) in enumerate(words):
            if not starts:
                continue
            for key, rest, optional in starts:
                if optional is None:        # the rest is required specs only: one way to match
                    j = i + 1
                    for spec in rest:
                        if j >= n or spec not in words[j][0]:
                            break
                        j += 1
                    else:
                        keys = found.setdefault((i, j), [])
                        if key not in keys:
                            keys.append(key)
                    continue
                for end in _ends(rest, optional, i + 1, words, n):
                    keys = found.setdefault((i, end), [])
                    if key not in keys:
                        keys.append(key)
        matches = []
        for (start, end), keys in sorted(found.items()):
            if len(keys) > 1:
                keys = self._spacy_order(doc, start, end, keys)
            matches.extend((key, start, end) for key in keys)
        return matches

    def _spacy_order(self, doc: Doc, start: int, end: int, keys: list[int]) -> list[int]:
        """Keys matching exactly doc[start:end], in the order spaCy's Matcher emits them: a match
        ending at `end` is emitted while reading token `end - 1` or `end`, so running spaCy over
        that window replays the same states in the same order. Only the tied keys' patterns
        are run (their states do not depend on other patterns'), in the order they were added."""
        window = doc[start:min(end + 1, len(doc))]
        ordered = [key for key, s, e in self._tie_matcher(frozenset(keys))(window)
                   if s == 0 and e == end - start]
        return ordered + [key for key in keys if key not in ordered]

    def _tie_matcher(self, keys: frozenset[int]) -> Matcher:
        matcher = self._ties.get(keys)
        if matcher is None:
            if len(self._ties) > 1000:
                self._ties.clear()
            matcher = self._ties[keys] = Matcher(self.vocab)
            for key in self._added:                # keys in the order they were added
                if key in keys:
                    matcher.add(key, self._spacy.get(key)[1])
        return matcher

def _ends(specs: tuple[int, ...], optional: tuple[bool, ...], j: int, words: list,
          n: int) -> set[int]:
    """Ends of every way `specs` can match the tokens from `j` on (optional specs may skip)."""
    ends = set()
    stack = [(0, j)]
    last = len(specs)
    while stack:
        k, j = stack.pop()
        while True:
            if k == last:
                ends.add(j)
                break
            if optional[k]:
                stack.append((k + 1, j))
            if j < n and specs[k] in words[j][0]:
                k, j = k + 1, j + 1
                continue
            break
    return ends
