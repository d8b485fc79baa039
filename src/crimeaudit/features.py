"""scikit-learn transformers: analysed incidents -> one feature matrix.

Two kinds of features, joined: word n-grams of each text field (TF-IDF over hashed n-grams of
the words spaCy read), and counts of cues by field, speaker and family plus linked history. The
decision and classification under audit are deliberately NOT features: the model must judge the
account, not echo the decision it audits.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.pipeline import FeatureUnion

from .cues import CUE_FAMILY, NEGATED_PREFIX
from .records import Analysed

# Spreads the first word of a bigram before it is combined with the second (a 64-bit odd
# constant: the golden ratio's, as in Fibonacci hashing), so "a b" and "b a" differ.
_BIGRAM_MIX = np.uint64(0x9E3779B97F4A7C15)


def words_of(analysed: Analysed, field: str) -> np.ndarray:
    """The field's word hashes as the pipeline read them, or read now when it was not."""
    if analysed.words is not None:
        return analysed.words[field]
    from .nlp import content_words, process, shared_pipeline
    return content_words(process(shared_pipeline(), analysed.incident.text(field), field))


def ngram_hashes(words: np.ndarray, bits: int) -> np.ndarray:
    """Hashed unigrams and bigrams of a word-hash sequence, in [0, 2**bits).

    >>> words = np.array([11, 22, 11], dtype=np.uint64)
    >>> ngram_hashes(words, 4).tolist()[:3]
    [11, 6, 11]
    """
    with np.errstate(over="ignore"):          # the arithmetic is modulo 2**64 on purpose
        bigrams = (words[:-1] * _BIGRAM_MIX) ^ words[1:]
    mask = np.uint64((1 << bits) - 1)
    return (np.concatenate([words, bigrams]) & mask).astype(np.int64)


def batch_ngram_hashes(words: Sequence[np.ndarray], bits: int) -> tuple[np.ndarray, np.ndarray]:
    """`ngram_hashes` of many word sequences at once, as (row, n-gram) pairs: numpy's cost per
    call, not per word, was most of the time per incident. No bigram spans two rows.

    >>> rows, grams = batch_ngram_hashes([np.array([11, 22, 11], np.uint64), np.array([5], np.uint64)], 4)
    >>> rows.tolist(), sorted(grams[rows == 0].tolist()) == sorted(ngram_hashes(np.array([11, 22, 11], np.uint64), 4).tolist())
    ([0, 0, 0, 1, 0, 0], True)
    """
    lengths = np.fromiter(map(len, words), np.intp, len(words))
    flat = np.concatenate(words).astype(np.uint64, copy=False) if len(words) else np.zeros(0, np.uint64)
    rows = np.repeat(np.arange(len(words)), lengths)
    with np.errstate(over="ignore"):          # the arithmetic is modulo 2**64 on purpose
        bigrams = (flat[:-1] * _BIGRAM_MIX) ^ flat[1:]
    within = rows[:-1] == rows[1:]            # both words in the same row
    mask = np.uint64((1 << bits) - 1)
    grams = (np.concatenate([flat, bigrams[within]]) & mask).astype(np.int64)
    return np.concatenate([rows, rows[:-1][within]]), grams


class HashedNgrams(BaseEstimator, TransformerMixin):
    """TF-IDF of word unigrams and bigrams of one text field (`transcript` or `notes`).

    Works on the words spaCy already read (`Analysed.words`) instead of tokenising the text a
    second time: n-grams are hashed (`ngram_hashes`) and counted with numpy, then the columns
    that occur in at least `min_df` and at most `max_df` of the training incidents, the
    `max_features` most frequent of them, are kept and weighted as `TfidfTransformer` does.
    Hashing into 2**`bits` columns before that selection makes collisions between kept
    n-grams negligible (tens of thousands of n-grams in a million columns).
    """

    def __init__(self, field: str = "transcript", bits: int = 20, min_df: int = 3,
                 max_df: float = 0.9, max_features: int = 20000, sublinear_tf: bool = True):
        self.field = field
        self.bits = bits
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf

    def _counts(self, X: Sequence[Analysed], column_of: np.ndarray | None = None,
                width: int | None = None) -> sp.csr_matrix:
        rows, columns = batch_ngram_hashes([words_of(a, self.field) for a in X], self.bits)
        if column_of is not None:                 # keep only the fitted columns, renumbered
            columns = column_of[columns]
            rows, columns = rows[columns >= 0], columns[columns >= 0]
        shape = (len(X), width if width is not None else 1 << self.bits)
        counts = sp.csr_matrix((np.ones(len(columns), np.float32), (rows, columns)), shape=shape)
        counts.sum_duplicates()
        return counts

    def fit(self, X: Sequence[Analysed], y=None) -> "HashedNgrams":
        return self._fit(X)[0]

    def fit_transform(self, X: Sequence[Analysed], y=None, **fit_params):
        fitted, counts = self._fit(X)
        return fitted.tfidf_.transform(counts)

    def _fit(self, X: Sequence[Analysed]) -> tuple["HashedNgrams", sp.csr_matrix]:
        if self.field not in ("transcript", "notes"):
            raise ValueError(f"field must be transcript or notes, got {self.field!r}")
        counts = self._counts(X)
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        frequency = np.asarray(counts.sum(axis=0)).ravel()
        eligible = np.flatnonzero((df >= self.min_df) & (df <= self.max_df * len(X)))
        # The most frequent first; ties by column, so the same data gives the same columns.
        order = np.lexsort((eligible, -frequency[eligible]))[: self.max_features]
        self.columns_ = np.sort(eligible[order])
        self.column_of_ = np.full(1 << self.bits, -1, np.int32)
        self.column_of_[self.columns_] = np.arange(len(self.columns_), dtype=np.int32)
        kept = counts[:, self.columns_]
        self.tfidf_ = TfidfTransformer(sublinear_tf=self.sublinear_tf).fit(kept)
        self.n_features_out_ = len(self.columns_)
        return self, kept

    def transform(self, X: Sequence[Analysed]) -> sp.csr_matrix:
        counts = self._counts(X, self.column_of_, len(self.columns_))
        return self.tfidf_.transform(counts)

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        return np.array([f"{self.field}:{c}" for c in self.columns_], dtype=object)


def cue_counts(analysed: Analysed) -> dict[str, float]:
    """Cue and history features of one incident (log-scaled counts).

    >>> from crimeaudit.records import Incident, Evidence
    >>> a = Analysed(Incident("A", "C: again", ""), (Evidence("transcript", 3, 8, "again", "repetition", "caller"),))
    >>> sorted(cue_counts(a))
    ['history:any', 'history:earlier', 'transcript:caller:family=continuation', 'transcript:caller:repetition']
    """
    counts: Counter[str] = Counter()
    for item in analysed.evidence:
        speaker = (item.speaker or "unknown") if item.field == "transcript" else "notes"
        prefix = f"transcript:{speaker}" if item.field == "transcript" else "notes"
        base = item.cue.removeprefix(NEGATED_PREFIX)
        family = "negated" if item.cue.startswith(NEGATED_PREFIX) else CUE_FAMILY.get(base, base)
        counts[f"{prefix}:{item.cue}"] += 1
        counts[f"{prefix}:family={family}"] += 1
    features = {name: math.log1p(count) for name, count in counts.items()}
    features["history:earlier"] = math.log1p(analysed.history.earlier)
    features["history:any"] = float(bool(analysed.history.linked))
    return features


class CueFeatures(BaseEstimator, TransformerMixin):
    """Cue counts and linked history as a sparse matrix (a `DictVectorizer` underneath)."""

    def fit(self, X: Sequence[Analysed], y=None) -> "CueFeatures":
        self.vectorizer_ = DictVectorizer().fit(cue_counts(a) for a in X)
        return self

    def transform(self, X: Sequence[Analysed]):
        return self.vectorizer_.transform(cue_counts(a) for a in X)

    def get_feature_names_out(self, input_features=None):
        return self.vectorizer_.get_feature_names_out()


def build_features(max_features: int = 20000, cue_weight: float = 1.0) -> FeatureUnion:
    """The feature union used by every crimeaudit model."""
    return FeatureUnion([
        ("transcript", HashedNgrams("transcript", max_features=max_features)),
        ("notes", HashedNgrams("notes", max_features=max_features // 2)),
        ("cues", CueFeatures()),
    ], transformer_weights={"transcript": 1.0, "notes": 1.0, "cues": cue_weight})
