"""The session's event log. The log is the truth: persona state is a fold over it."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Speaker = Literal["learner", "persona"]
Ending = Literal["agreement", "walked_out", "time_up", "ended"]


class Span(BaseModel):
    """A stretch of the learner's text: ``text[start:end] == quote``."""

    model_config = ConfigDict(frozen=True)

    quote: str
    start: int
    end: int


class MoveFound(Span):
    """A move the analyser found in a turn, with the words that show it."""

    move: str


class TopicFound(Span):
    """A scenario topic mentioned in a turn."""

    topic: str


class TurnAnalysis(BaseModel):
    """Everything the analyser read in one learner turn."""

    model_config = ConfigDict(frozen=True)

    moves: list[MoveFound] = Field(default_factory=list)
    topics: list[TopicFound] = Field(default_factory=list)
    slots: dict[str, str] = Field(default_factory=dict)
    meaningful: bool = True

    def has(self, move: str) -> bool:
        return any(m.move == move for m in self.moves)

    def mentions(self, topic: str) -> bool:
        return any(t.topic == topic for t in self.topics)

    @property
    def move_ids(self) -> list[str]:
        """Distinct moves in order of first appearance."""
        return list(dict.fromkeys(m.move for m in self.moves))


class LearnerSaid(BaseModel):
    kind: Literal["learner_said"] = "learner_said"
    text: str
    at: float = Field(description="Seconds since the session started.")
    analysis: TurnAnalysis


class PersonaSaid(BaseModel):
    kind: Literal["persona_said"] = "persona_said"
    text: str
    at: float
    intent: str = Field(description="What the engine decided, e.g. 'not_yet:owner_named'.")
    ending: Ending | None = None


class TurnTakenBack(BaseModel):
    """Removes the last learner turn and the persona's reply to it."""

    kind: Literal["turn_taken_back"] = "turn_taken_back"
    at: float


class SessionEnded(BaseModel):
    kind: Literal["session_ended"] = "session_ended"
    at: float
    ending: Ending


Event = Annotated[
    LearnerSaid | PersonaSaid | TurnTakenBack | SessionEnded, Field(discriminator="kind")
]


class TranscriptLine(BaseModel):
    """One line of the transcript as the learner sees it; turns count from 1."""

    turn: int
    speaker: Literal["learner", "persona", "other"]
    text: str


def effective(events: list[Event]) -> list[Event]:
    """The events that still count once take-backs are applied."""
    kept: list[Event] = []
    for event in events:
        if isinstance(event, TurnTakenBack):
            while kept and isinstance(kept[-1], PersonaSaid) and kept[-1].intent != "opening":
                kept.pop()
                if kept and isinstance(kept[-1], LearnerSaid):
                    kept.pop()
                    break
        else:
            kept.append(event)
    return kept


def transcript(events: list[Event]) -> list[TranscriptLine]:
    """The lines said, in order, numbered from 1."""
    said = [e for e in effective(events) if isinstance(e, LearnerSaid | PersonaSaid)]
    return [
        TranscriptLine(
            turn=i,
            speaker="learner" if isinstance(e, LearnerSaid) else "persona",
            text=e.text,
        )
        for i, e in enumerate(said, start=1)
    ]


def ending_of(events: list[Event]) -> Ending | None:
    """How the session ended, or None while it is still going."""
    for event in reversed(effective(events)):
        if isinstance(event, SessionEnded):
            return event.ending
        if isinstance(event, PersonaSaid) and event.ending:
            return event.ending
    return None
