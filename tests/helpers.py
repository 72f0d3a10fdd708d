"""Running learner scripts through the real engine, as the CLI and web app do."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sotenbori.engine.events import Event, LearnerSaid, PersonaSaid, effective
from sotenbori.engine.session import estimated_at, open_session, take_turn
from sotenbori.engine.state import PersonaState, replay
from sotenbori.scenarios.models import Scenario

SCRIPTS = Path(__file__).resolve().parent.parent / "examples" / "scripts"


def script(name: str) -> list[str]:
    """The paragraphs of an example learner script."""
    text = (SCRIPTS / f"{name}.txt").read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


@dataclass
class Played:
    events: list[Event]
    state: PersonaState

    @property
    def replies(self) -> list[PersonaSaid]:
        return [e for e in effective(self.events) if isinstance(e, PersonaSaid)]

    @property
    def intents(self) -> list[str]:
        return [r.intent for r in self.replies]

    @property
    def ending(self) -> str | None:
        return self.state.ending

    @property
    def learner_turns(self) -> list[LearnerSaid]:
        return [e for e in effective(self.events) if isinstance(e, LearnerSaid)]


def play(scenario: Scenario, turns: list[str], seed: str = "test-seed") -> Played:
    """Say each turn in order until the persona ends the session."""
    events = open_session(scenario, seed)
    for turn in turns:
        events += take_turn(scenario, events, turn, estimated_at(events, turn), seed)
        if isinstance(events[-1], PersonaSaid) and events[-1].ending:
            break
    return Played(events, replay(scenario, events))
