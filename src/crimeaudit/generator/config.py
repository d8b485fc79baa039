"""Knobs of the generator, validated once."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GeneratorConfig:
    """How the generated corpus is mixed.

    ``wrong_rate`` is the share of no-crime and non-crime decisions that are wrong (the account
    is a crime that should have been recorded); ``label_noise`` flips each label with that
    probability after everything else is decided; ``series_share`` is the share of incidents
    that belong to a series of 2-4 incidents sharing victim and suspect.
    """

    wrong_rate: float = 0.25
    label_noise: float = 0.0
    series_share: float = 0.12
    # Shares of the recorded decisions: crimed, no-crime, non-crime.
    decision_mix: tuple[float, float, float] = (0.30, 0.35, 0.35)
    # Share of course-of-conduct accounts among crimed decisions and among wrong decisions.
    crimed_continuation: float = 0.5
    wrong_continuation: float = 0.5
    # Right no-crime decisions: valid AVI, duplicate, transfer, recorded in error.
    no_crime_mix: dict[str, float] = field(
        default_factory=lambda: {"avi": 0.66, "duplicate": 0.09, "transfer": 0.09, "error": 0.16})
    # Right non-crime decisions: genuine non-crimes, updates to an existing crime.
    non_crime_mix: dict[str, float] = field(default_factory=lambda: {"genuine": 0.97, "update": 0.03})
    # Transcript styles: clean, speech-to-text with SPK_n labels, timestamped.
    style_mix: dict[str, float] = field(
        default_factory=lambda: {"clean": 0.40, "stt": 0.30, "timestamped": 0.30})
    id_prefix: str = "GEN"
    first_year: int = 2022
    last_year: int = 2025

    def __post_init__(self) -> None:
        for name in ("wrong_rate", "label_noise", "series_share", "crimed_continuation",
                     "wrong_continuation"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1, got {value!r}")
        if self.series_share > 0.9:
            raise ValueError(f"series_share must be at most 0.9, got {self.series_share!r}")
        if len(self.decision_mix) != 3 or min(self.decision_mix) < 0 or sum(self.decision_mix) <= 0:
            raise ValueError(
                f"decision_mix must be three non-negative weights (crimed, no-crime, non-crime), "
                f"got {self.decision_mix!r}")
        for name in ("no_crime_mix", "non_crime_mix", "style_mix"):
            mix = getattr(self, name)
            if not mix or min(mix.values()) < 0 or sum(mix.values()) <= 0:
                raise ValueError(f"{name} must have non-negative weights summing above 0, got {mix!r}")
        if not self.id_prefix:
            raise ValueError("id_prefix must not be empty")
        if self.first_year > self.last_year:
            raise ValueError(f"first_year {self.first_year} is after last_year {self.last_year}")
