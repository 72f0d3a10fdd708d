"""The behaviour contract: how the persona reacts is decided by the engine, and earned."""

from __future__ import annotations

import re

import pytest

from sotenbori.engine.analyse import analyse
from sotenbori.engine.events import LearnerSaid
from sotenbori.engine.session import open_session, take_turn
from sotenbori.engine.state import initial_state, step
from sotenbori.scenarios.models import Scenario
from tests.helpers import play, script

# A second strong learner, worded differently from examples/scripts/strong.txt.
STRONG_ALT = [
    "Mark, good morning. My name is Priti, I'm the customer success manager for Northfield.",
    "You raised this nine days ago and got one update saying it was with billing. I'd be"
    " annoyed too. You shouldn't have had to go to our CEO to get a human on it.",
    "Can you walk me through how it's gone other times you've needed something fixed?",
    "If I've got this right, going to the top is the one route that has ever got results for you.",
    "I checked this morning: we billed 340 seats when your contract says 300, because the"
    " February change never got into billing. I've approved a $4,800 credit and the credit"
    " note will be with you by Wednesday.",
    "From now on, Priya Shah and I are your named contacts. Anything urgent gets a reply"
    " within four business hours, and if we miss that, you escalate to our Head of Support"
    " before anyone else.",
    "Can we agree that next time you'll try me or Priya first, and only go to the CEO if we"
    " miss that window?",
]


def test_strong_learner_reaches_agreement(mark: Scenario) -> None:
    played = play(mark, script("strong"))
    assert played.ending == "agreement"
    assert played.intents[-1] == "agree"


def test_strong_learner_in_other_words_reaches_agreement(mark: Scenario) -> None:
    played = play(mark, STRONG_ALT)
    assert played.ending == "agreement", played.intents


def test_agreement_states_his_commitment_in_the_learners_terms(mark: Scenario) -> None:
    played = play(mark, script("strong"))
    commitment = played.replies[-1].text
    # He repeats the owner or the response time the learner offered, not a generic "ok".
    assert "Priya" in commitment or "4 business hours" in commitment or "you" in commitment
    assert len(commitment.split()) >= 10


@pytest.mark.parametrize("needed", [1, 4, 5, 7])
def test_no_agreement_without_every_piece(mark: Scenario, needed: int) -> None:
    """Drop the acknowledgement, the dated fix, the protocol or the ask: no agreement."""
    turns = script("strong")
    del turns[needed]
    played = play(mark, turns)
    assert played.ending != "agreement", (needed, played.intents)


def test_asking_too_early_gets_a_request_for_the_missing_piece(mark: Scenario) -> None:
    played = play(
        mark,
        [
            "I'm sorry for how long the ticket has taken.",
            "Will you agree to come to me first next time instead of our CEO?",
        ],
    )
    assert played.ending is None
    assert played.intents[-1].startswith("not_yet:")


@pytest.mark.parametrize(
    "turns",
    [
        [
            "I'm so sorry about this.",
            "I'm really sorry for the trouble.",
            "I apologise for the delay.",
        ],
        ["You're clearly a brilliant CTO.", "We love working with you.", "Great question, Mark."],
        ["I understand your frustration."] * 3 + ["I totally understand how you feel."],
    ],
    ids=["apology-alone", "flattery", "formula"],
)
def test_niceness_alone_never_earns_agreement(mark: Scenario, turns: list[str]) -> None:
    played = play(mark, [*turns, "Can we agree you'll call me first next time?"])
    assert played.ending != "agreement"
    assert played.intents[-1].startswith(("not_yet:", "react:", "push_back", "probe"))
    needed = mark.behaviour.endings.agreement.at_least["trust"]
    assert played.state.variables["trust"] < needed


def test_a_repeated_formula_helps_less_then_hurts(mark: Scenario) -> None:
    lines = [
        "That must have been really frustrating, waiting nine days.",
        "I can see why you'd be fed up, that sounds frustrating.",
        "It sounds frustrating, honestly.",
        "That's so frustrating.",
        "That must be frustrating.",
    ]
    state = initial_state(mark)
    gains = []
    for i, line in enumerate(lines):
        before = state.variables["trust"]
        state = step(
            mark, state, LearnerSaid(text=line, at=20.0 * (i + 1), analysis=analyse(line, mark))
        )
        gains.append(state.variables["trust"] - before)
    assert gains[0] > gains[1] > 0
    assert gains[-1] < 0


@pytest.mark.parametrize("name", ["lecturer", "blamer", "hostile"])
def test_lecturing_blaming_and_hostility_end_the_call(mark: Scenario, name: str) -> None:
    played = play(mark, script(name))
    assert played.ending == "walked_out"
    assert re.search(r"\bCEO\b|\bDana\b|your boss", played.replies[-1].text)


def test_each_negative_move_lowers_trust(mark: Scenario) -> None:
    for line in [
        "You need to understand there's a proper process for this.",
        "Honestly, your procurement team didn't send the form, that's on them.",
        "We're really short-staffed this month, these things happen.",
        "It's only a small billing thing, not a big deal.",
        "That is a stupid way to run a company.",
    ]:
        start = initial_state(mark)
        after = step(mark, start, LearnerSaid(text=line, at=20.0, analysis=analyse(line, mark)))
        assert after.variables["trust"] < start.variables["trust"], line


def test_over_promising_meets_scepticism(mark: Scenario) -> None:
    played = play(
        mark,
        [
            "Hi Mark.",
            "I guarantee this will never happen again, and I'll throw in two free months.",
        ],
    )
    assert played.intents[-1] == "react:over_promise"
    assert played.state.variables["trust"] < initial_state(mark).variables["trust"]


def test_pushover_is_not_rewarded(mark: Scenario) -> None:
    played = play(mark, script("pushover"))
    assert played.ending != "agreement"
    assert "react:give_in" in played.intents or "react:over_promise" in played.intents


def test_good_questions_draw_out_what_he_has_not_said(mark: Scenario) -> None:
    asks = play(
        mark,
        [
            "Nine days with one update isn't good enough, and I'm sorry you had to chase it.",
            "What's happened in the past when you've raised problems with us?",
            "How is this landing on your side of the business?",
            "What would need to be true for you to trust a direct line to me?",
        ],
    )
    tells = play(
        mark,
        [
            "The credit will be processed.",
            "Billing has the ticket.",
            "We will update you.",
            "Thanks for your time.",
        ],
    )
    assert sum(i.startswith("reveal:") for i in asks.intents) >= 2
    assert not any(i.startswith("reveal:") for i in tells.intents)


@pytest.mark.parametrize("name", ["instructions", "gibberish"])
def test_stays_in_character_whatever_is_typed(mark: Scenario, name: str) -> None:
    played = play(mark, script(name))
    for reply in played.replies:
        assert not re.search(
            r"\b(AI|prompt|system|language model|assistant|simulation)\b", reply.text
        )
    assert played.ending != "agreement"


def test_never_speaks_for_the_learner(mark: Scenario) -> None:
    played = play(mark, script("strong"))
    learner_words = {t.text for t in played.learner_turns}
    for reply in played.replies:
        assert not reply.text.lower().startswith(("you:", "learner:", "me:"))
        assert reply.text not in learner_words


def test_presses_to_wrap_up_near_the_end_and_stops_at_time_up(mark: Scenario) -> None:
    seed = "clock"
    events = open_session(mark, seed)
    end = mark.duration_seconds
    events += take_turn(mark, events, "What happened with the ticket?", end - 120, seed)
    assert events[-1].intent.endswith("+hurry")  # type: ignore[union-attr]
    events += take_turn(mark, events, "Let me check the dates.", end + 1, seed)
    assert events[-1].ending == "time_up"  # type: ignore[union-attr]


def test_replies_do_not_repeat_in_a_long_session(mark: Scenario) -> None:
    turns = [
        f"Let me look into item {n} of the account for you." if n % 3 else "Okay, noted."
        for n in range(25)
    ]
    played = play(mark, turns)
    texts = [r.text for r in played.replies]
    assert len(texts) == len(set(texts))


def test_picks_up_the_learners_specifics(mark: Scenario) -> None:
    played = play(mark, script("strong"))
    said = " ".join(r.text for r in played.replies)
    assert "Thursday" in said or "Sam" in said or "Priya" in said


def test_second_scenario_runs_on_the_same_engine(jordan: Scenario) -> None:
    played = play(
        jordan,
        [
            "Hi Jordan, thanks for making time. I wanted to check in about the sprint.",
            "The export feature was due last Friday and it's the second deadline that's slipped,"
            " and you've been quiet in stand-up. I'm not here to tell you off, I'm worried.",
            "How are things going for you at the moment, honestly?",
        ],
    )
    assert played.ending is None
    assert any(i.startswith(("reveal:", "progress:", "warming", "probe")) for i in played.intents)
