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
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import IDX, ORTH
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

# Words seen in one process: distinct words of an archive number in the tens of thousands;
# past this many the cache is cleared rather than grown without bound.
MAX_CACHED_WORDS = 50_000

# Pairs of word kinds met (`LexicalMatcher._step`): a few thousand in practice.
MAX_CACHED_STEPS = 100_000
_END = -1  # the "kind" after the last token
_UNKNOWN = object()

_ANY = ("any",)
Spec = tuple  # ("any",) | (attr, "eq"|"in"|"regex", value) | ("LIKE_NUM", "flag", bool)


TOKENS_KEY = "crimeaudit_tokens"


def token_array(doc: Doc) -> np.ndarray:
    """`doc.to_array([ORTH, IDX])`, kept in `doc.user_data[TOKENS_KEY]`: the cue matcher and
    `nlp.content_words` both need it, and each `to_array` call has a fixed cost near that of
    the copy itself. (Kept only while the doc keeps its length: a doc is not expected to be
    retokenised after matching, but a stale table must never be used.)

    >>> import spacy
    >>> token_array(spacy.blank("en")("Hi there")).tolist()[1][1]
    3
    """
    table = doc.user_data.get(TOKENS_KEY)
    if table is None or len(table) != len(doc):
        table = doc.user_data[TOKENS_KEY] = doc.to_array([ORTH, IDX])
    return table


class _Memo(dict):
    """`word -> compute(word)`, computed on first use: `memo[word]` stays a plain dict lookup
    (in C, when mapped over a doc's words) for every word met before."""

    def __init__(self, compute: Callable[[int], Any], max_words: int = MAX_CACHED_WORDS):
        super().__init__()
        self._compute = compute
        self._max_words = max_words

    def __missing__(self, word: int) -> Any:
        if len(self) >= self._max_words:
            self.clear()      # an archive's words are unbounded; the memo is not
        value = self[word] = self._compute(word)
        return value


class _Step(NamedTuple):
    """Where the matches that may start at a word stand once the next word is known."""

    matched: tuple[tuple[int, int], ...]            # (key, length): complete matches
    required: tuple[tuple[int, tuple[int, ...]], ...]  # (key, specs left, all required)
    optional: tuple[tuple[int, tuple[int, ...], tuple[bool, ...]], ...]  # to try in full


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
    """Drop-in for `spacy.matcher.Matcher` (`add`, `__call__`, `__len__`) on lexical patterns.

    Words satisfying the same specs are one *kind* (a few hundred in all); a token's kind
    says which patterns may start there. What those patterns do with the next token depends
    only on its kind too, so that first step is worked out once per pair of kinds (a `_Step`)
    and only patterns still alive after it are followed further, token by token.
    """

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._spacy = Matcher(vocab)
        self._specs: list[Spec] = []
        self._spec_ids: dict[Spec, int] = {}
        self._patterns: list[tuple[int, tuple[int, ...], tuple[bool, ...]]] = []
        self._unsupported = False
        self._literal: dict[str, dict[str, set[int]]] = {"LOWER": {}, "TEXT": {}}
        self._other: list[int] = []       # specs that need a look at the word (regex, flags, any)
        # spec -> (pattern index, (key, specs after it, their optional flags or None if none is))
        self._starters: dict[int, list[tuple[int, tuple]]] = {}
        self._regex: dict[int, re.Pattern[str]] = {}
        self._added: list[int] = []                # keys, in the order they were added
        self._ties: dict[frozenset[int], Matcher] = {}
        self._forget_words()

    def _forget_words(self) -> None:
        """Drop everything learnt about words (the patterns changed)."""
        self._kind_ids: dict[frozenset[int], int] = {}
        self._kind_specs: list[frozenset[int]] = []   # kind -> specs its words satisfy
        self._kind_starts: list[tuple[tuple, ...]] = []  # kind -> matches that may start there
        self._starts_here = np.zeros(0, bool)              # kind -> does any match start there
        self._kind_of = _Memo(self._word)                  # word (ORTH) -> kind
        self._steps: dict[tuple[int, int], _Step | None] = {}

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
        self._forget_words()
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

    def _word(self, orth: int) -> int:
        """The kind of a word, learnt: which specs it satisfies."""
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
        kind = self._kind_ids.get(found := frozenset(found))
        if kind is None:
            kind = self._kind_ids[found] = len(self._kind_specs)
            # In pattern order, each (pattern, first spec) once.
            starts = tuple(start for _, start in sorted(
                {(index, start) for sid in found for index, start in self._starters.get(sid, ())},
                key=lambda item: (item[0], -len(item[1][1]))))
            self._kind_specs.append(found)
            self._kind_starts.append(starts)
        return kind

    def _kinds(self, orths: np.ndarray) -> tuple[list[int], list[int]]:
        """The kind of each token, and the positions where some match may start. `map` and
        numpy keep the per-token steps in C: they are most of the tokens' cost."""
        kinds = np.fromiter(map(self._kind_of.__getitem__, orths.tolist()), np.intp, len(orths))
        if len(self._starts_here) != len(self._kind_starts):      # new kinds were met
            self._starts_here = np.array([bool(s) for s in self._kind_starts], bool)
        return kinds.tolist(), np.flatnonzero(self._starts_here[kinds]).tolist()

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """`(key, start, end)` of every match, as spaCy's `Matcher(doc)` finds them."""
        if self._unsupported:
            return self._spacy(doc)
        n = len(doc)
        if not n:
            return []
        kinds, starters = self._kinds(token_array(doc)[:, 0])
        kinds.append(_END)                     # what follows the last token
        kind_specs, steps = self._kind_specs, self._steps
        found: dict[tuple[int, int], list[int]] = {}
        for i in starters:
            pair = (kinds[i], kinds[i + 1])
            step = steps.get(pair, _UNKNOWN)
            if step is _UNKNOWN:
                step = self._step(pair)
            if step is None:                   # most starts fail at the next word
                continue
            matched, required, optional = step
            for key, length in matched:
                _add(found, key, i, i + length)
            for key, rest in required:         # no optional spec left: one way on
                j = i + 2
                for spec in rest:
                    if j >= n or spec not in kind_specs[kinds[j]]:
                        break
                    j += 1
                else:
                    _add(found, key, i, j)
            for key, rest, rest_optional in optional:
                for end in _ends(rest, rest_optional, i + 1, kinds, kind_specs, n):
                    _add(found, key, i, end)
        matches = []
        for (start, end), keys in sorted(found.items()):
            if len(keys) > 1:
                keys = self._spacy_order(doc, start, end, keys)
            matches.extend((key, start, end) for key in keys)
        return matches

    def _step(self, pair: tuple[int, int]) -> _Step | None:
        """Matches starting at a word of kind `pair[0]` followed by one of kind `pair[1]`
        (`_END`: the doc ends there): those already complete, and those still alive; None
        when there are none."""
        kind, after = pair
        after_specs = self._kind_specs[after] if after != _END else frozenset()
        matched, required, optional = [], [], []
        for key, rest, rest_optional in self._kind_starts[kind]:
            if rest_optional is not None:
                optional.append((key, rest, rest_optional))
            elif not rest:
                matched.append((key, 1))
            elif rest[0] in after_specs:
                if len(rest) == 1:
                    matched.append((key, 2))
                else:
                    required.append((key, rest[1:]))
        if len(self._steps) >= MAX_CACHED_STEPS:
            self._steps.clear()
        step = _Step(tuple(matched), tuple(required), tuple(optional))
        step = self._steps[pair] = step if any(step) else None
        return step

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

def _add(found: dict[tuple[int, int], list[int]], key: int, start: int, end: int) -> None:
    keys = found.setdefault((start, end), [])
    if key not in keys:
        keys.append(key)


def _ends(specs: tuple[int, ...], optional: tuple[bool, ...], j: int, kinds: list[int],
          kind_specs: list[frozenset[int]], n: int) -> set[int]:
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
            if j < n and specs[k] in kind_specs[kinds[j]]:
                k, j = k + 1, j + 1
                continue
            break
    return ends
