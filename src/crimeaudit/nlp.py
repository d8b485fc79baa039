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
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import cues as _cues  # noqa: F401  (registers the crimeaudit_* factories)
from .records import Analysed, History, Incident
from .tokenmatch import token_array

NO_HISTORY = History()

_BREAKS_AS_SPACES = str.maketrans("\n\r", "  ")

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


def as_tokenised(text: str) -> str:
    """The text crimeaudit's tokenizer is given: line breaks as spaces, same length, so every
    offset stays the same. spaCy splits text only at spaces, so "said.\\n[00:01:02]" would be
    one chunk its tokenizer cache has never seen, taken apart by its affix rules on every line
    of every call: that was most of the cost of tokenising a transcript. A line break is still
    a boundary for the rules that look back from a cue (`cues._window_start`) and between
    turns; the cues and words found are the same (tests/test_nlp.py).

    >>> as_tokenised("C: hi\\r\\nCH: ok") == "C: hi  CH: ok"
    True
    """
    return text.translate(_BREAKS_AS_SPACES)


def process(nlp: Language, text: str, field: str = "transcript") -> Doc:
    """`nlp(text)`, with line breaks tokenised as spaces (`as_tokenised`) and the text as
    given kept on the doc for the components and the evidence (`cues.text_of`; spaCy would
    rebuild `doc.text` from every token on each access, which cost as much as the cue rules).
    Notes are not a dialogue: they skip the speaker-turn component.

    >>> doc = process(build_pipeline(), "C: it's him\\nCH: ok")
    >>> [t.text for t in doc], doc.user_data["crimeaudit_text"][11]
    (['C', ':', 'it', "'s", 'him', 'CH', ':', 'ok'], '\\n')
    """
    # Long calls are a few thousand words; spaCy's max_length (1,000,000 chars) is ample.
    doc = nlp.make_doc(as_tokenised(text))
    doc.user_data[_cues.TEXT_KEY] = text
    for name, component in nlp.pipeline:
        if name == "crimeaudit_turns" and field != "transcript":
            continue
        doc = component(doc)
    return doc


class _WordHashes(dict):
    """A word's hash for the n-gram features by its ORTH hash (0: punctuation or whitespace,
    left out). Asking spaCy for a token's flags costs more than the rest of `content_words`,
    so each word is asked about once, on first use (`__missing__`): looking up the words met
    before stays a plain dict lookup, mapped over a doc in C. An archive has a few hundred
    thousand distinct words, so the memo is bounded and restarted."""

    max_words = 50_000

    def __init__(self, vocab: Vocab):
        super().__init__()
        self.vocab = vocab

    def __missing__(self, orth: int) -> int:
        if len(self) >= self.max_words:
            self.clear()
        lexeme = self.vocab[orth]
        value = self[orth] = 0 if lexeme.is_punct or lexeme.is_space else lexeme.lower
        return value


_word_hashes = _WordHashes(None)


def _word_hashes_of(vocab: Vocab) -> _WordHashes:
    """The memo for `vocab` (a process has one pipeline, so one vocab, in practice)."""
    global _word_hashes
    if _word_hashes.vocab is not vocab:
        _word_hashes = _WordHashes(vocab)
    return _word_hashes


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
    table = token_array(doc)            # shared with the cue matcher
    words = np.fromiter(map(_word_hashes_of(doc.vocab).__getitem__, table[:, 0].tolist()),
                        np.uint64, len(table))
    keep = words != 0
    if turns:
        offsets = table[:, 1].astype(np.int64)
        starts = np.fromiter((t.start for t in turns), np.int64, len(turns))
        ends = np.fromiter((t.end for t in turns), np.int64, len(turns))
        turn = np.searchsorted(starts, offsets, side="right") - 1
        keep &= (turn >= 0) & (offsets < ends[np.maximum(turn, 0)])
    return words[keep]
