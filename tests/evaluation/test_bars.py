"""The scoring bars: what a trainer would expect each kind of learner to get with Mark.

Every kind is written twice in different words, and played through the real engine.
"""

from __future__ import annotations

import pytest

from sotenbori.evaluation.dimensions import DIMENSIONS
from tests.evaluation.conftest import Played
from tests.evaluation.scripts import (
    BILL_ONLY,
    BLAMER,
    FAILING,
    GIBBERISH,
    LECTURER,
    OVER_PROMISER,
    STRONG,
    STUFFER,
    VAGUE,
)


def scores(p: Played) -> dict[str, int]:
    assert p.report.scored, p.report.reason
    return {d: s.score for d, s in p.report.dimensions.items()}


@pytest.mark.parametrize("name", sorted(STRONG))
def test_a_strong_learner_is_proficient_overall_and_at_least_developing_everywhere(
    played: dict[str, Played], name: str
) -> None:
    p = played[name]
    assert p.report.overall is not None and p.report.overall >= 75, scores(p)
    assert min(scores(p).values()) >= 60, scores(p)
    assert set(scores(p)) == {d.id for d in DIMENSIONS}
    assert p.report.outcome.ending == "agreement"


@pytest.mark.parametrize("name", sorted(LECTURER))
def test_a_lecturer_loses_composure(played: dict[str, Played], name: str) -> None:
    assert scores(played[name])["composure"] < 40


@pytest.mark.parametrize("name", sorted(STUFFER))
def test_repeating_i_understand_your_frustration_is_not_empathy(
    played: dict[str, Played], name: str
) -> None:
    assert scores(played[name])["empathy"] < 50


@pytest.mark.parametrize("name", sorted(OVER_PROMISER))
def test_an_over_promiser_loses_credibility(played: dict[str, Played], name: str) -> None:
    assert scores(played[name])["credibility"] < 50


@pytest.mark.parametrize("name", sorted(BLAMER))
def test_a_blamer_loses_composure_and_credibility(played: dict[str, Played], name: str) -> None:
    s = scores(played[name])
    assert s["composure"] < 40, s
    assert s["credibility"] < 50, s


@pytest.mark.parametrize("name", sorted(VAGUE))
def test_vague_niceness_is_neither_clear_nor_a_commitment(
    played: dict[str, Played], name: str
) -> None:
    s = scores(played[name])
    assert s["clarity"] < 50, s
    assert s["commitment"] < 40, s


@pytest.mark.parametrize("name", sorted(BILL_ONLY))
def test_fixing_the_bill_without_a_protocol_is_not_a_full_commitment(
    played: dict[str, Played], name: str
) -> None:
    p = played[name]
    assert scores(p)["commitment"] < 60
    # The bill itself was handled well, so this is about the missing plan, not a bad call.
    assert "The invoice fixed, with a date" in p.report.outcome.reached
    assert "A named owner for his issues" in p.report.outcome.missed


@pytest.mark.parametrize("name", sorted(GIBBERISH))
def test_gibberish_and_instructions_to_the_system_are_not_scored(
    played: dict[str, Played], name: str
) -> None:
    report = played[name].report
    assert report.scored is False
    assert report.overall is None and report.band is None
    assert report.dimensions == {}
    assert report.reason and "\n" not in report.reason


@pytest.mark.parametrize("strong", sorted(STRONG))
def test_the_strong_learner_beats_every_failing_kind_overall(
    played: dict[str, Played], strong: str
) -> None:
    best = played[strong].report.overall
    assert best is not None
    for name in FAILING:
        other = played[name].report.overall
        assert other is not None and other < best, (name, other, best)


def test_a_real_call_is_scored_on_general_criteria_with_no_milestones(
    calls: dict[str, Played],
) -> None:
    for p in calls.values():
        report = p.report
        assert report.scored, report.reason
        assert set(report.dimensions) == {d.id for d in DIMENSIONS}
        assert report.outcome.milestones == []
        assert report.outcome.reached == [] and report.outcome.missed == []
        assert report.outcome.learned == []
        # A decent call is not failed wholesale just because there is no scenario.
        assert report.overall is not None and report.overall >= 50, scores(p)
