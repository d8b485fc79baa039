"""The one place the spaCy pipeline is built: blank English plus crimeaudit's components.

No trained spaCy model is downloaded or needed: the tokenizer comes with spaCy itself and the
components are our own rules (cues.py).
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import cues as _cues  # noqa: F401  (registers the crimeaudit_* factories)
from .records import Evidence, Incident

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


def incident_evidence(incidents: Iterable[Incident],
                      nlp: Language | None = None) -> Iterator[tuple[Evidence, ...]]:
    """Evidence for each incident, transcript cues then notes cues, in input order."""
    nlp = nlp or shared_pipeline()
    for incident in incidents:
        yield (_cues.evidence(process(nlp, incident.transcript), "transcript")
               + _cues.evidence(process(nlp, incident.notes), "notes"))


def process(nlp: Language, text: str) -> Doc:
    """`nlp(text)`, with the text kept on the doc for the components (`cues.text_of`): spaCy
    rebuilds `doc.text` from every token on each access, which cost as much as the cue rules."""
    # Long calls are a few thousand words; spaCy's max_length (1,000,000 chars) is ample.
    doc = nlp.make_doc(text)
    doc.user_data[_cues.TEXT_KEY] = text
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc
