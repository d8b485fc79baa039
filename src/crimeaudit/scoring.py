"""Scoring: incidents (+ history) -> assessments, with a loaded model and the cue pipeline."""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from .audit import assess
from .nlp import read_all
from .persist import LoadedModel, load_model
from .records import Analysed, Assessment, History, Incident


def analyse(incidents: Sequence[Incident],
            histories: Mapping[str, History] | None = None) -> list[Analysed]:
    """Read each incident (cues, words) and attach its linked history (none when not given)."""
    histories = histories or {}
    return list(read_all(incidents, (histories.get(i.incident_id) for i in incidents)))


class Scorer:
    """Scores batches of incidents with one loaded model (load once, score many)."""

    def __init__(self, model: LoadedModel | None = None):
        self.model = model or load_model()

    @property
    def model_id(self) -> str:
        return self.model.model_id

    def probabilities(self, analysed: Sequence[Analysed]) -> np.ndarray:
        return self.model.estimator.predict_proba(analysed)

    def assess_analysed(self, analysed: Sequence[Analysed]) -> list[Assessment]:
        probabilities = self.probabilities(analysed)
        return [assess(item, float(p_cont), float(p_crime), self.model.thresholds, self.model_id)
                for item, (p_cont, p_crime) in zip(analysed, probabilities)]

    def assess(self, incidents: Sequence[Incident],
               histories: Mapping[str, History] | None = None) -> list[Assessment]:
        """Assessments in input order."""
        return self.assess_analysed(analyse(incidents, histories))
