"""Evaluation: turn a transcript into a reproducible report on six dimensions."""

from sotenbori.evaluation.evaluate import evaluate
from sotenbori.evaluation.report import (
    Band,
    DimensionScore,
    Evidence,
    MilestoneResult,
    Outcome,
    Report,
    band_for,
)

__all__ = [
    "Band",
    "DimensionScore",
    "Evidence",
    "MilestoneResult",
    "Outcome",
    "Report",
    "band_for",
    "evaluate",
]
