"""scikit-learn transformers: analysed incidents -> one feature matrix.

Two kinds of features, joined: word n-grams of each text field (TF-IDF), and counts of cues by
field, speaker and family plus linked history. The decision and classification under audit are
deliberately NOT features: the model must judge the account, not echo the decision it audits.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline

from .cues import CUE_FAMILY, NEGATED_PREFIX
from .records import Analysed

# Speaker labels and timestamps differ between exports; they carry no meaning for the verdict.
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*)?[A-Za-z][A-Za-z0-9 _.'\-]{0,30}?:[ \t]*",
    re.MULTILINE)
_NOT_WORD = re.compile(r"[^a-z0-9' ]+")


def normalise_text(text: str) -> str:
    """Lower case, labels and timestamps removed, punctuation folded: clean and
    speech-to-text transcripts then look alike to the n-gram features."""
    return " ".join(_NOT_WORD.sub(" ", _LABEL_LINE.sub(" ", text).lower()).split())


class FieldText(BaseEstimator, TransformerMixin):
    """Select one text field (`transcript` or `notes`), normalised."""

    def __init__(self, field: str = "transcript"):
        self.field = field

    def fit(self, X: Sequence[Analysed], y=None) -> "FieldText":
        if self.field not in ("transcript", "notes"):
            raise ValueError(f"field must be transcript or notes, got {self.field!r}")
        return self

    def transform(self, X: Sequence[Analysed]) -> list[str]:
        return [normalise_text(a.incident.text(self.field)) for a in X]


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


def _text_branch(field: str, max_features: int) -> Pipeline:
    return Pipeline([
        ("select", FieldText(field)),
        ("tfidf", TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_df=0.9, sublinear_tf=True,
                                  max_features=max_features, dtype=np.float32)),
    ])


def build_features(max_features: int = 20000, cue_weight: float = 1.0) -> FeatureUnion:
    """The feature union used by every crimeaudit model."""
    return FeatureUnion([
        ("transcript", _text_branch("transcript", max_features)),
        ("notes", _text_branch("notes", max_features // 2)),
        ("cues", CueFeatures()),
    ], transformer_weights={"transcript": 1.0, "notes": 1.0, "cues": cue_weight})
