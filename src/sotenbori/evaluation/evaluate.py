"""The report: six dimension scores with evidence and a suggestion each, overall, outcome.

Scoring is a pure function of the scenario and the transcript (plus the ending, when the
caller knows it): no randomness, no clock, no model, so re-scoring gives the same report.
A transcript with too little in it is not scored at all rather than scored low.
"""

from __future__ import annotations

from dataclasses import replace

from sotenbori.engine.events import Ending, TranscriptLine
from sotenbori.evaluation.conversation import Conversation, read_conversation
from sotenbori.evaluation.evidence import evidence, round_half_up
from sotenbori.evaluation.outcome import outcome_of
from sotenbori.evaluation.report import DimensionScore, Report, band_for
from sotenbori.evaluation.scorers import SCORERS
from sotenbori.evaluation.suggestions import suggest
from sotenbori.scenarios.models import DIMENSION_IDS, Scenario

#: Fewer meaningful learner turns than this and there is nothing fair to score.
MIN_MEANINGFUL_TURNS = 3
_NOISE = {"gibberish", "instruct_system"}


def evaluate(
    scenario: Scenario | None,
    transcript: list[TranscriptLine],
    ending: Ending | None = None,
) -> Report:
    """Score a transcript on the six dimensions.

    Args:
        scenario: the scenario practised; None for a real call (speakers ``learner`` and
            ``other``), which is scored on general criteria with no milestones.
        transcript: the lines in order, from the engine or from anywhere else.
        ending: how the session ended, when known; otherwise the replayed ending is used.

    Returns:
        The report. ``scored`` is False, with a reason and no numbers, when the learner said
        too little that could be judged.
    """
    conversation = read_conversation(scenario, transcript)
    final = ending if ending is not None else conversation.ending
    outcome = outcome_of(conversation, final)
    reason = unscorable(conversation)
    if reason:
        return Report(scored=False, reason=reason, outcome=outcome)
    if final != conversation.ending:
        conversation = replace(conversation, ending=final)

    dimensions: dict[str, DimensionScore] = {}
    for dimension in DIMENSION_IDS:
        judgement = SCORERS[dimension](conversation)
        score = judgement.ledger.score()
        dimensions[dimension] = DimensionScore(
            score=score,
            band=band_for(score),
            explanation=judgement.explanation,
            evidence=evidence(judgement.ledger, judgement.moment),
            suggestion=suggest(conversation, dimension, judgement.moment, judgement.missed),
        )
    overall = _overall(scenario, {d: s.score for d, s in dimensions.items()})
    return Report(
        scored=True,
        overall=overall,
        band=band_for(overall),
        dimensions=dimensions,
        outcome=outcome,
    )


def unscorable(conversation: Conversation) -> str | None:
    """Why a conversation cannot be scored fairly, or None when it can."""
    turns = conversation.turns
    if not turns:
        return "There is nothing to score yet: you have not said anything."
    noise = [
        t
        for t in turns
        if _NOISE & set(t.analysis.move_ids)
        or (not t.analysis.meaningful and "off_topic" in t.analysis.move_ids)
    ]
    if len(noise) * 2 > len(turns):
        return (
            f"Most of your turns ({len(noise)} of {len(turns)}) were not said to"
            f" {conversation.other_name}: they were gibberish, off-topic or instructions to the"
            " system, so there is nothing fair to score."
        )
    meaningful = len(conversation.meaningful_turns)
    if meaningful < MIN_MEANINGFUL_TURNS:
        said = "none" if meaningful == 0 else f"only {meaningful}"
        return (
            f"Too short to score: {said} of your turns said something we could judge. Have at"
            f" least {MIN_MEANINGFUL_TURNS} real exchanges with {conversation.other_name}"
            " before asking for a report."
        )
    return None


def _overall(scenario: Scenario | None, scores: dict[str, int]) -> int:
    """The weighted mean of the six scores (equal weights without a scenario)."""
    weights = dict(scenario.evaluation.weights) if scenario else {}
    total = sum(weights.get(d, 1.0) if scenario else 1.0 for d in DIMENSION_IDS)
    weighted = sum(scores[d] * (weights.get(d, 1.0) if scenario else 1.0) for d in DIMENSION_IDS)
    return round_half_up(weighted / total)
