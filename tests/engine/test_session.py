"""The session as an event log: take-backs and endings."""

from __future__ import annotations

from sotenbori.engine.events import ending_of, transcript
from sotenbori.engine.session import end_session, open_session, take_back, take_turn
from sotenbori.scenarios.models import Scenario


def test_a_walk_out_can_be_taken_back_and_retried(mark: Scenario) -> None:
    events = open_session(mark)
    for line in ["You people are pathetic.", "Grow up, it's a stupid invoice.", "Whatever."]:
        events += take_turn(mark, events, line, 10.0 * len(events))
        if ending_of(events):
            break
    assert ending_of(events) == "walked_out"
    events += take_back(events, 60.0)
    assert ending_of(events) is None
    events += take_turn(mark, events, "I'm sorry the ticket sat nine days with one update.", 70.0)
    assert ending_of(events) is None


def test_a_session_the_learner_ended_cannot_be_taken_back(mark: Scenario) -> None:
    events = open_session(mark)
    events += take_turn(mark, events, "What happened with the ticket on your side?", 20.0)
    events += end_session(mark, events, 30.0)
    assert take_back(events, 40.0) == []
    assert ending_of(events) == "ended"


def test_nothing_to_take_back_before_the_learner_speaks(mark: Scenario) -> None:
    events = open_session(mark)
    assert take_back(events, 1.0) == []
    assert [line.speaker for line in transcript(events)] == ["persona"]
