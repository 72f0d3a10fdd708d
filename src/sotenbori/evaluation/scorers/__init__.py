"""One scorer per dimension; each reads the conversation and returns a :class:`Judgement`."""

from __future__ import annotations

from collections.abc import Callable

from sotenbori.evaluation.conversation import Conversation
from sotenbori.evaluation.scorers.clarity import score_clarity
from sotenbori.evaluation.scorers.commitment import score_commitment
from sotenbori.evaluation.scorers.common import Judgement
from sotenbori.evaluation.scorers.composure import score_composure
from sotenbori.evaluation.scorers.credibility import score_credibility
from sotenbori.evaluation.scorers.empathy import score_empathy
from sotenbori.evaluation.scorers.listening import score_listening
from sotenbori.scenarios.models import DimensionId

Scorer = Callable[[Conversation], Judgement]

#: In the order of DIMENSION_IDS.
SCORERS: dict[DimensionId, Scorer] = {
    "empathy": score_empathy,
    "listening": score_listening,
    "clarity": score_clarity,
    "credibility": score_credibility,
    "composure": score_composure,
    "commitment": score_commitment,
}

__all__ = ["SCORERS", "Judgement", "Scorer"]
