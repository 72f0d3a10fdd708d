"""A practice session as functions over its event log.

Each function takes the events so far and returns the *new* events to append; the caller
stores them (one commit per turn), so nothing is lost if the process dies between turns.
"""

from __future__ import annotations

import hashlib

from sotenbori.engine.analyse import analyse, clean_turn
from sotenbori.engine.events import (
    Ending,
    Event,
    LearnerSaid,
    PersonaSaid,
    SessionEnded,
    TurnTakenBack,
    effective,
    ending_of,
)
from sotenbori.engine.policy import decide
from sotenbori.engine.render import choose_line, render
from sotenbori.engine.state import initial_state, replay, step
from sotenbori.scenarios.models import Scenario

#: Roughly how fast people speak, for sessions run from a script (no real clock).
WORDS_PER_MINUTE = 150
SECONDS_TO_THINK = 8.0


class SessionOver(RuntimeError):
    """The session has ended; no more turns can be taken."""


def _persona_lines(events: list[Event]) -> list[str]:
    return [e.text for e in effective(events) if isinstance(e, PersonaSaid)]


def _line_seed(scenario: Scenario, variation: str, words: list[str]) -> str:
    """What fixes the choice among phrasings: the scenario and the learner's words so far.

    The same words therefore always get the same conversation (and the same report); a
    learner who says something different hears different phrasings. ``variation`` adds
    deliberate variety across sessions when a caller wants it.
    """
    joined = "\x00".join([scenario.id, variation, *words])
    return hashlib.sha256(joined.encode()).hexdigest()


def open_session(scenario: Scenario, variation: str = "") -> list[Event]:
    """The persona's opening line: the first event of every session."""
    seed = _line_seed(scenario, variation, [])
    text = choose_line(scenario, "opening", initial_state(scenario), [], seed)
    return [PersonaSaid(text=text, at=0.0, intent="opening")]


def elapsed(events: list[Event]) -> float:
    """Seconds since the start, as recorded by the latest event."""
    return max((e.at for e in events), default=0.0)


def estimated_at(events: list[Event], text: str) -> float:
    """When a scripted turn would be said: the time to say the last reply and this turn."""
    said = effective(events)
    last_reply = said[-1].text if said and isinstance(said[-1], PersonaSaid) else ""
    words = len(text.split()) + len(last_reply.split())
    return elapsed(events) + SECONDS_TO_THINK + words * 60.0 / WORDS_PER_MINUTE


def take_turn(
    scenario: Scenario, events: list[Event], text: str, at: float, variation: str = ""
) -> list[Event]:
    """Analyse the learner's turn, update the persona and render its reply.

    Args:
        scenario: the scenario being practised.
        events: the session's events so far.
        text: what the learner said (raw; it is cleaned here).
        at: seconds since the session started.
        variation: extra seed for the choice among phrasings; leave empty so that the same
            words always get the same replies.

    Returns:
        ``[LearnerSaid, PersonaSaid]`` to append.

    Raises:
        TurnRejected: the turn is empty or too long (nothing is recorded).
        SessionOver: the session has already ended.
    """
    if ending_of(events):
        raise SessionOver("This session has ended; start a new one to practise again.")
    cleaned = clean_turn(text)
    said = LearnerSaid(text=cleaned, at=at, analysis=analyse(cleaned, scenario))
    state = step(scenario, replay(scenario, events), said)
    intent = decide(scenario, state, said.analysis.meaningful)
    said_so_far = [e.text for e in effective(events) if isinstance(e, LearnerSaid)]
    seed = _line_seed(scenario, variation, [*said_so_far, cleaned])
    reply = render(scenario, intent, state, _persona_lines(events), seed)
    return [said, PersonaSaid(text=reply, at=at, intent=intent.label, ending=state.ending)]


def take_back(events: list[Event], at: float) -> list[Event]:
    """Take back the learner's last turn and the reply to it; [] when there is none.

    A reply that ended the session (a walk-out, say) can be taken back and retried; a session
    the learner ended themselves cannot.
    """
    said = effective(events)
    if not said or isinstance(said[-1], SessionEnded):
        return []
    if not any(isinstance(e, LearnerSaid) for e in said):
        return []
    return [TurnTakenBack(at=at)]


def end_session(scenario: Scenario, events: list[Event], at: float) -> list[Event]:
    """End the session: ``time_up`` if the clock has run out, otherwise ``ended``."""
    if ending_of(events):
        return []
    ending: Ending = "time_up" if at >= scenario.duration_seconds else "ended"
    return [SessionEnded(at=at, ending=ending)]
