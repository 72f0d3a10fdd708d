"""The policy: from the persona's state after a turn, pick what the persona does next.

The decision is a line-bank key such as ``react:lecture`` or ``not_yet:owner_named``; the
renderer only phrases it. Nothing here knows any particular persona.
"""

from __future__ import annotations

from dataclasses import dataclass

from sotenbori.engine.state import PersonaState
from sotenbori.scenarios.models import Scenario

#: Moves the persona reacts to first, strongest first.
REACT_ORDER: tuple[str, ...] = (
    "instruct_system",
    "hostile",
    "blame",
    "lecture",
    "over_promise",
    "give_in",
    "dismiss",
    "excuse",
    "empty_apology",
    "flattery",
)
#: Moves that only draw a reaction once the persona has heard them before.
REACT_WHEN_REPEATED: tuple[str, ...] = ("formulaic_filler",)


@dataclass(frozen=True)
class Intent:
    """What the persona will do: a main line and, near time up, a push to wrap up."""

    key: str
    hurry: bool = False

    @property
    def label(self) -> str:
        return f"{self.key}+hurry" if self.hurry else self.key


def _has_lines(scenario: Scenario, key: str) -> bool:
    return bool(scenario.lines.get(key))


def _main_intent(scenario: Scenario, state: PersonaState, meaningful: bool) -> str:
    last = state.last
    if state.ending == "walked_out":
        return "walk_out"
    if state.ending == "time_up":
        return "time_up"
    if state.ending == "agreement":
        return "agree"
    moves = set(last.moves)
    if "gibberish" in moves:
        return "react:gibberish" if _has_lines(scenario, "react:gibberish") else "unclear"
    for move in REACT_ORDER:
        if move in moves and _has_lines(scenario, f"react:{move}"):
            return f"react:{move}"
    if "off_topic" in moves:
        return "react:off_topic" if _has_lines(scenario, "react:off_topic") else "unclear"
    for move in REACT_WHEN_REPEATED:
        if move in moves and state.move_counts[move] >= 2 and _has_lines(scenario, f"react:{move}"):
            return f"react:{move}"
    if last.revealed:
        return f"reveal:{last.revealed}"
    missing = state.missing_for_agreement(scenario)
    if "ask_for_commitment" in moves and missing:
        return f"not_yet:{missing[0]}"
    for milestone in reversed(last.new_milestones):
        if _has_lines(scenario, f"progress:{milestone}"):
            return f"progress:{milestone}"
    mood = state.mood(scenario)
    behaviour = scenario.behaviour
    if mood < behaviour.probe_from:
        return "push_back"
    # Once listening, the persona asks for what is still missing every other turn, so the
    # learner hears what matters to them without being handed a checklist.
    if missing and state.learner_turns % 2 == 0:
        return f"not_yet:{missing[0]}"
    return "warming" if mood >= behaviour.warming_from else "probe"


def decide(scenario: Scenario, state: PersonaState, meaningful: bool = True) -> Intent:
    """Pick the persona's intent after the latest learner turn.

    Args:
        scenario: the scenario whose behaviour model and line bank apply.
        state: the state after the turn (from :func:`sotenbori.engine.state.step`).
        meaningful: whether the analyser found the turn meaningful.

    Returns:
        The intent; ``hurry`` is set when time is nearly up and the session goes on.
    """
    key = _main_intent(scenario, state, meaningful)
    left = scenario.duration_seconds - state.elapsed
    hurry = state.ending is None and left <= scenario.behaviour.endings.hurry_when_seconds_left
    return Intent(key=key, hurry=hurry)
