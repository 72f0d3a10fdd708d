"""Scores a trainer would call fair: question storms, lists of labels, and persona phrasing."""

from __future__ import annotations

import pytest

from sotenbori.engine.events import TranscriptLine
from sotenbori.evaluation import Report, evaluate
from sotenbori.scenarios.models import Scenario
from tests.evaluation import corpus
from tests.evaluation.scripts import call, play


def _scores(report: Report) -> dict[str, int]:
    assert report.scored, report.reason
    return {d: s.score for d, s in report.dimensions.items()}


def _interleave(other: list[str], learner: list[str]) -> list[TranscriptLine]:
    pairs: list[tuple[str, str]] = []
    for theirs, mine in zip(other, learner, strict=True):
        pairs += [("other", theirs), ("learner", mine)]
    return call(pairs)


# --- listening: questions have diminishing returns; the top needs reflecting back --------

OTHER_SIDE = [
    "The handover to the new supplier has been a mess.",
    "Half the pallets arrived without labels on Tuesday.",
    "We had to sort them by hand, which took the whole night shift.",
    "My night shift lead is threatening to quit over it.",
    "And the supplier says the labels are our job now.",
    "Nobody told us that when we signed.",
    "I just want someone to own the labelling problem.",
    "That's it, really.",
]
UNRELATED = [
    "What made you go into logistics?",
    "How do you like the new canteen?",
    "What are your plans for the summer?",
    "Which football team do you follow?",
    "How long is your commute these days?",
    "What's the best book you've read this year?",
    "How do you unwind after a long week?",
    "What would you cook for a dinner party?",
]
REFLECTING = [
    "So the handover is what's been a mess for you. Where did it start going wrong?",
    "So you're saying half the pallets came without labels on Tuesday. How did your team cope?",
    "It sounds like sorting them by hand cost you the whole night shift.",
    "So your night shift lead is close to quitting over it. What would keep them?",
    "If I've got this right, the supplier now says labels are your job.",
    "So nobody told you that when you signed. That's a real change to the deal.",
    "What I'm hearing is that you want one person to own the labelling problem.",
    "To sum up: unlabelled pallets, a lost night shift, and nobody owning the labels.",
]


def test_a_storm_of_unrelated_open_questions_stays_below_sixty() -> None:
    """The QA report: ten unrelated open questions scored 78 without building on one answer."""
    report = evaluate(None, _interleave(OTHER_SIDE, UNRELATED))
    listening = report.dimensions["listening"]
    assert listening.score < 60, listening.explanation
    assert "followed up" in listening.explanation


def test_questions_earn_less_each_time() -> None:
    """Four unrelated questions and eight unrelated questions land within a few points."""
    four = evaluate(None, _interleave(OTHER_SIDE[:4], UNRELATED[:4]))
    eight = evaluate(None, _interleave(OTHER_SIDE, UNRELATED))
    gain = _scores(eight)["listening"] - _scores(four)["listening"]
    assert 0 <= gain <= 6


def test_reflecting_their_words_back_scores_well_above_the_storm() -> None:
    storm = _scores(evaluate(None, _interleave(OTHER_SIDE, UNRELATED)))["listening"]
    heard = evaluate(None, _interleave(OTHER_SIDE, REFLECTING))
    assert _scores(heard)["listening"] >= storm + 15, heard.dimensions["listening"].explanation
    assert _scores(heard)["listening"] >= 75


def test_the_same_storm_with_the_flagship_persona_is_not_proficient(mark: Scenario) -> None:
    """Played through the engine, where a lucky question can still draw something out."""
    storm = [
        "Hello Mark, it's Lee from Lumen.",
        "What got you into the freight business?",
        "How was your holiday this year?",
        "Which sports do you follow?",
        "What do you think of the new office park?",
        "How do you take your coffee?",
        "What's the last film you saw?",
        "Where's your favourite place to eat?",
        "What music do you have on while working?",
    ]
    said, ending = play(mark, storm)
    assert evaluate(mark, said, ending).dimensions["listening"].score < 60


# --- a list of labels is content, not yet something a person would say -------------------


def _flagship_close(plan: str) -> list[str]:
    """A strong session whose plan is said as ``plan``."""
    return [
        "Mark, it's Ola from Lumen. Ticket 48213 sat for nine days with one update, and you"
        " shouldn't have had to write to Dana to get anywhere. I'm sorry it took that.",
        "What happened the last time something went wrong with us?",
        "So going to the top is the only thing that has ever worked for you. That's on us.",
        "The February seat reduction never reached billing, so March charged 340 seats, not"
        " 300. I'm issuing the $4,800 credit today and you'll have the note by Thursday.",
        plan,
        "Will you try calling Priya or me first next time, before Dana?",
    ]


SPOKEN_PLAN = (
    "Here's what I propose: I'm your named contact and Priya Shah is my backup. You'll hear"
    " back within four business hours, and if we miss that it goes to my VP, Tom Keller."
)
LABELLED_PLAN = (
    "Named owner: me. Backup: Priya Shah. Response time: four business hours. Escalation"
    " path: my VP, Tom Keller."
)


@pytest.fixture(scope="module")
def spoken_and_labelled(mark: Scenario) -> tuple[Report, Report]:
    reports = []
    for plan in (SPOKEN_PLAN, LABELLED_PLAN):
        said, ending = play(mark, _flagship_close(plan))
        reports.append(evaluate(mark, said, ending))
    return reports[0], reports[1]


def test_a_plan_said_as_labels_cannot_be_expert_in_commitment(
    spoken_and_labelled: tuple[Report, Report],
) -> None:
    spoken, labelled = (_scores(r) for r in spoken_and_labelled)
    assert spoken["commitment"] >= 90, spoken
    assert 55 < labelled["commitment"] < 90, labelled
    explanation = spoken_and_labelled[1].dimensions["commitment"].explanation
    assert "list of labels" in explanation


def test_labels_keep_clarity_and_credibility_out_of_the_top_bands(
    spoken_and_labelled: tuple[Report, Report],
) -> None:
    spoken, labelled = (_scores(r) for r in spoken_and_labelled)
    for dimension in ("clarity", "credibility"):
        assert spoken[dimension] >= 75, (dimension, spoken)
        assert labelled[dimension] < 75, (dimension, labelled)
    # The content still counts: the labels are not scored as if nothing was said.
    assert labelled["clarity"] >= 60 and labelled["credibility"] >= 60, labelled
    overall = [r.overall for r in spoken_and_labelled]
    assert overall[0] is not None and overall[1] is not None and overall[1] < overall[0]


def test_a_colon_in_a_spoken_sentence_is_not_a_label(mark: Scenario) -> None:
    """'Here's what I propose: ...' is how people talk; only bare label lists are capped."""
    said, ending = play(mark, _flagship_close(SPOKEN_PLAN))
    report = evaluate(mark, said, ending)
    for score in report.dimensions.values():
        assert "list of labels" not in score.explanation


# --- the persona's phrasing barely moves the learner's scores -----------------------------


@pytest.mark.parametrize("learner", [corpus.STEADY_LEARNER, corpus.ASKING_LEARNER])
@pytest.mark.parametrize("scenario_name", [None, "mark"])
def test_the_same_learner_scores_within_three_points_whatever_the_persona_said(
    learner: list[str], scenario_name: str | None, mark: Scenario
) -> None:
    """Same learner words, the other side's lines phrased two ways: at most 3 points apart."""
    scenario = mark if scenario_name else None
    first = _scores(evaluate(scenario, _interleave(corpus.PERSONA_WORDS_A, learner)))
    second = _scores(evaluate(scenario, _interleave(corpus.PERSONA_WORDS_B, learner)))
    for dimension, score in first.items():
        assert abs(score - second[dimension]) <= 3, (dimension, first, second)


def test_the_same_transcript_always_gives_the_same_report() -> None:
    lines = _interleave(corpus.PERSONA_WORDS_B, corpus.STEADY_LEARNER)
    assert evaluate(None, lines).model_dump_json() == evaluate(None, lines).model_dump_json()
