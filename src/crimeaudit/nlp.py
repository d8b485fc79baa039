"""The one place the spaCy pipeline is built: blank English plus crimeaudit's components.

No trained spaCy model is downloaded or needed: the tokenizer comes with spaCy itself and the
components are our own rules (cues.py).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from . import cues as _cues  # noqa: F401  (registers the crimeaudit_* factories)
from .records import Evidence, Incident

PIPE_NAMES = ("crimeaudit_turns", "crimeaudit_cues")
# Long calls are a few thousand words; spaCy's default max_length (1,000,000 chars) is ample.
BATCH_SIZE = 64


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


def incident_evidence(incidents: Iterable[Incident],
                      nlp: Language | None = None) -> Iterator[tuple[Evidence, ...]]:
    """Evidence for each incident, transcript cues then notes cues, in input order."""
    nlp = nlp or shared_pipeline()
    incidents = list(incidents)
    texts = [text for inc in incidents for text in (inc.transcript, inc.notes)]
    docs = nlp.pipe(texts, batch_size=BATCH_SIZE)
    for _incident in incidents:
        transcript_doc = next(docs)
        notes_doc = next(docs)
        yield _cues.evidence(transcript_doc, "transcript") + _cues.evidence(notes_doc, "notes")
