"""The scoring rules a trainer relies on: what changed counts, keywords do not."""

from __future__ import annotations

import pytest

from sotenbori.engine.analyse import analyse
from sotenbori.evaluation import Report, evaluate
from sotenbori.evaluation.generic_suggestions import GENERIC
from sotenbori.scenarios.models import Scenario
from tests.evaluation.conftest import Played
from tests.evaluation.scripts import call

OPENING = "Nine days on a ticket and one update. What have you got?"
FACTS = "The February seat reduction never reached billing, so March charged 340 seats, not 300."
CREDIT = "I'm crediting the $4,800 and the credit note will be with you by Thursday."


def _score(scenario: Scenario | None, learner: list[str], dimension: str) -> int:
    pairs: list[tuple[str, str]] = []
    for text in learner:
        pairs += [("other", OPENING), ("learner", text)]
    report = evaluate(scenario, call(pairs))
    assert report.scored, report.reason
    return report.dimensions[dimension].score


def test_the_same_acknowledgement_five_times_is_worth_less_than_once(mark: Scenario) -> None:
    ack = "You waited nine days on ticket 48213 and had to email Dana. That's not good enough."
    once = _score(mark, [ack, FACTS, CREDIT], "empathy")
    parrot = _score(mark, [ack, FACTS, ack, CREDIT, ack, ack, ack], "empathy")
    assert parrot < once


def test_a_stock_phrase_grates_more_the_more_it_is_used(mark: Scenario) -> None:
    stock = "I understand your frustration."
    one = _score(None, [stock, FACTS, CREDIT], "empathy")
    five = _score(None, [stock, FACTS, stock, CREDIT, stock, stock, stock], "empathy")
    assert five < one < 50


def test_a_specific_acknowledgement_beats_a_general_one(mark: Scenario) -> None:
    general = _score(mark, ["That must be frustrating.", FACTS, CREDIT], "empathy")
    specific = _score(
        mark,
        [
            "Nine days on ticket 48213 with one update: that must have been frustrating.",
            FACTS,
            CREDIT,
        ],
        "empathy",
    )
    assert specific > general


def test_flattery_is_not_rapport(mark: Scenario) -> None:
    plain = _score(mark, ["Thanks for taking the call.", FACTS, CREDIT], "empathy")
    flattering = _score(
        mark,
        ["You're clearly a brilliant CTO and one of our most valued customers.", FACTS, CREDIT],
        "empathy",
    )
    assert flattering < plain


def test_an_apology_on_its_own_is_not_ownership(mark: Scenario) -> None:
    sorry = [
        "I'm so sorry about the invoice.",
        "I'm really sorry that this happened to you.",
        "Again, I apologise for the trouble with the billing.",
    ]
    report = evaluate(mark, call([p for t in sorry for p in (("other", OPENING), ("learner", t))]))
    credibility = report.dimensions["credibility"]
    assert credibility.score <= 55
    assert "apology on its own is not ownership" in credibility.explanation


def test_excuses_cost_both_credibility_and_composure(mark: Scenario) -> None:
    owning = ["That's on us.", FACTS, CREDIT]
    excusing = ["We're swamped this quarter and these things happen.", FACTS, CREDIT]
    for dimension in ("credibility", "composure"):
        assert _score(mark, excusing, dimension) < _score(mark, owning, dimension)


def test_commitment_needs_an_action_a_protocol_and_an_ask(mark: Scenario) -> None:
    ask = "Will you agree to call Priya or me first next time, before Dana?"
    protocol = (
        "Going forward, Priya Shah is your point of contact, she responds within four business"
        " hours, and if she misses it you escalate to my VP, Tom Keller."
    )
    action_only = _score(
        mark,
        [FACTS, CREDIT, "Is there anything else on the invoice you want me to check?"],
        "commitment",
    )
    two = _score(mark, [FACTS, CREDIT, ask], "commitment")
    all_three = _score(mark, [FACTS, CREDIT, protocol, ask], "commitment")
    assert action_only < 40
    assert two <= 55
    assert all_three > two


def test_a_promise_nobody_can_keep_is_not_a_commitment(mark: Scenario) -> None:
    real = _score(
        mark,
        [FACTS, CREDIT, "Is there anything else on the invoice you want me to check?"],
        "commitment",
    )
    impossible = _score(
        mark,
        [
            FACTS,
            "I'll respond to anything you send within 15 minutes, 24/7, I guarantee it.",
            "Is there anything else on the invoice you want me to check?",
        ],
        "commitment",
    )
    assert impossible < real


def test_reaching_a_milestone_earns_credit_where_the_scenario_says(
    mark: Scenario, played: dict[str, Played]
) -> None:
    """Move 'experience acknowledged' from empathy to listening: the credit moves with it."""
    p = played["bill_only_a"]
    moved = dict(mark.evaluation.milestone_dimensions) | {"experience_acknowledged": "listening"}
    remapped = mark.model_copy(
        update={"evaluation": mark.evaluation.model_copy(update={"milestone_dimensions": moved})}
    )
    before: Report = p.report
    after = evaluate(remapped, list(p.transcript), p.ending)
    assert after.dimensions["listening"].score > before.dimensions["listening"].score
    assert after.dimensions["empathy"].score < before.dimensions["empathy"].score


def test_agreement_lifts_commitment(mark: Scenario, played: dict[str, Played]) -> None:
    p = played["strong_b"]
    agreed = p.report.dimensions["commitment"].score
    unfinished = evaluate(mark, list(p.transcript), "ended").dimensions["commitment"].score
    assert agreed > unfinished


def test_trust_that_grew_shows_in_credibility(mark: Scenario, played: dict[str, Played]) -> None:
    explanation = played["strong_a"].report.dimensions["credibility"].explanation
    assert "ended higher than it started" in explanation
    explanation = played["blamer_a"].report.dimensions["credibility"].explanation
    assert "blaming" in explanation.lower()


@pytest.mark.parametrize("dimension", sorted(GENERIC))
def test_generic_suggestions_show_the_moves_they_teach(dimension: str) -> None:
    """For real calls: several lines per dimension, each showing its move and nothing harmful."""
    harmful = {
        "lecture",
        "blame",
        "excuse",
        "over_promise",
        "dismiss",
        "hostile",
        "flattery",
        "formulaic_filler",
        "empty_apology",
        "give_in",
    }
    lines = next(found for key, found in GENERIC.items() if key == dimension)
    assert len(lines) >= 3
    for suggestion in lines:
        found = set(analyse(suggestion.line, None).move_ids)
        assert set(suggestion.shows) <= found, (suggestion.line, found)
        assert not found & harmful, (suggestion.line, found)


def test_the_scoring_guide_covers_every_dimension() -> None:
    """docs/scoring.md is what trainers read: each dimension has its own section."""
    from pathlib import Path

    from sotenbori.evaluation.dimensions import DIMENSIONS

    guide = Path(__file__).resolve().parents[2] / "docs" / "scoring.md"
    headings = {
        line.removeprefix("### ").strip()
        for line in guide.read_text(encoding="utf-8").splitlines()
        if line.startswith("### ")
    }
    assert {d.name for d in DIMENSIONS} <= headings
