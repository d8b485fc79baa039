"""The one place the spaCy pipeline is built: blank English plus crimeaudit's components.

No trained spaCy model is downloaded or needed: the tokenizer comes with spaCy itself and the
components are our own rules (cues.py).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import repeat

import numpy as np
import spacy
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from . import cues as _cues  # noqa: F401  (registers the crimeaudit_* factories)
from .records import Analysed, History, Incident

NO_HISTORY = History()

PIPE_NAMES = ("crimeaudit_turns", "crimeaudit_cues")


def build_pipeline() -> Language:
    """Blank English with speaker turns and cue matching.

    >>> [name for name in build_pipeline().pipe_names]
    ['crimeaudit_turns', 'crimeaudit_cues']
    """
    nlp = spacy.blank("en")
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def shared_pipeline() -> Language:
    """The pipeline, built once per process (building compiles every rule)."""
    return build_pipeline()


def read(incident: Incident, history: History = NO_HISTORY,
         nlp: Language | None = None) -> Analysed:
    """One incident through the pipeline: its cues (transcript first, then notes) and the
    words of each field for the model's n-gram features."""
    nlp = nlp or shared_pipeline()
    transcript = process(nlp, incident.transcript, "transcript")
    notes = process(nlp, incident.notes, "notes")
    return Analysed(incident,
                    _cues.evidence(transcript, "transcript") + _cues.evidence(notes, "notes"),
                    history,
                    words={"transcript": content_words(transcript),
                           "notes": content_words(notes)})


def read_all(incidents: Iterable[Incident],
             histories: Iterable[History | None] | None = None,
             nlp: Language | None = None) -> Iterator[Analysed]:
    """`read` of each incident, in input order, with its history when given."""
    nlp = nlp or shared_pipeline()
    if histories is None:
        histories = repeat(NO_HISTORY)
    for incident, history in zip(incidents, histories):
        yield read(incident, history or NO_HISTORY, nlp)


def process(nlp: Language, text: str, field: str = "transcript") -> Doc:
    """`nlp(text)`, with the text kept on the doc for the components (`cues.text_of`): spaCy
    rebuilds `doc.text` from every token on each access, which cost as much as the cue rules.
    Notes are not a dialogue: they skip the speaker-turn component."""
    # Long calls are a few thousand words; spaCy's max_length (1,000,000 chars) is ample.
    doc = nlp.make_doc(text)
    doc.user_data[_cues.TEXT_KEY] = text
    for name, component in nlp.pipeline:
        if name == "crimeaudit_turns" and field != "transcript":
            continue
        doc = component(doc)
    return doc


# A word's hash for the n-gram features by its ORTH hash (0: punctuation or whitespace, left
# out). Asking spaCy for a token's flags costs more than the rest of `content_words`; an
# archive has a few hundred thousand distinct words, so the cache is bounded and restarted.
_LOWER_OF: dict[int, int] = {}
_MAX_CACHED_WORDS = 50_000


def _lower_of(orth: int, vocab) -> int:
    if len(_LOWER_OF) >= _MAX_CACHED_WORDS:
        _LOWER_OF.clear()
    lexeme = vocab[orth]
    lower = _LOWER_OF[orth] = 0 if lexeme.is_punct or lexeme.is_space else lexeme.lower
    return lower


def content_words(doc: Doc) -> np.ndarray:
    """The doc's words as spaCy's 64-bit hashes of their lower-cased text (stable across
    processes and runs), without punctuation, whitespace, or the speaker labels and timestamps
    between turns: the same words whatever the export's labels or punctuation.

    >>> nlp = build_pipeline()
    >>> a = content_words(process(nlp, "CALLER: He's back, AGAIN!"))
    >>> b = content_words(process(nlp, "[00:01:02] SPK_1: he's back again"))
    >>> bool((a == b).all()), len(a)
    (True, 4)
    """
    turns = doc._.turns
    table = doc.to_array([ORTH, IDX] if turns else [ORTH])
    orths = (table[:, 0] if turns else table).tolist()
    known, vocab = _LOWER_OF.get, doc.vocab
    words = np.array([known(o) if o in _LOWER_OF else _lower_of(o, vocab) for o in orths],
                     dtype=np.uint64)
    keep = words != 0
    if turns:
        offsets = table[:, 1].astype(np.int64)
        starts = np.fromiter((t.start for t in turns), np.int64, len(turns))
        ends = np.fromiter((t.end for t in turns), np.int64, len(turns))
        turn = np.searchsorted(starts, offsets, side="right") - 1
        keep &= (turn >= 0) & (offsets < ends[np.maximum(turn, 0)])
    return words[keep]
