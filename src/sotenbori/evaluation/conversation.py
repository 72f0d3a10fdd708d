"""The conversation as the scorers read it: each learner turn with its analysis and its effect.

A transcript may come from the engine, from a script or from a real call, so nothing here trusts
stored analysis. Every learner line is analysed again and, for a scenario, the persona's state is
replayed turn by turn with the engine's own fold (:func:`sotenbori.engine.state.step`). That
gives the milestones, the secrets, the trust trajectory and the ending the same way the live
session would have seen them, and it makes re-scoring an old transcript give the same report.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from sotenbori.engine.analyse import MAX_TURN_CHARS, analyse
from sotenbori.engine.events import (
    Ending,
    Event,
    LearnerSaid,
    MoveFound,
    PersonaSaid,
    TranscriptLine,
    TurnAnalysis,
)
from sotenbori.engine.session import elapsed, estimated_at
from sotenbori.engine.state import PersonaState, initial_state, step
from sotenbori.scenarios.models import Scenario

#: Longer turns are analysed on their first part only; quotes stay substrings of the turn.
ANALYSED_CHARS = 2 * MAX_TURN_CHARS


@dataclass(frozen=True)
class LearnerTurn:
    """One thing the learner said, what the analyser found in it, and what it changed."""

    turn: int
    text: str
    analysis: TurnAnalysis
    prompt: TranscriptLine | None
    reply: TranscriptLine | None = None
    mood_change: float = 0.0
    new_milestones: tuple[str, ...] = ()
    revealed: str | None = None

    def found(self, *moves: str) -> list[MoveFound]:
        """The occurrences of these moves in this turn, in the order they were said."""
        return [m for m in self.analysis.moves if m.move in moves]

    def has(self, move: str) -> bool:
        return self.analysis.has(move)


@dataclass(frozen=True)
class Hit:
    """One occurrence of a move: the turn it is in and the learner's words that show it."""

    turn: LearnerTurn
    move: str
    quote: str


@dataclass(frozen=True)
class Trajectory:
    """The persona's mood variable over the conversation (start value first)."""

    label: str
    values: tuple[float, ...]
    minimum: float
    maximum: float

    @property
    def gain(self) -> float:
        """End minus start, as a fraction of the variable's range (-1 .. 1)."""
        span = self.maximum - self.minimum
        if span <= 0 or len(self.values) < 2:
            return 0.0
        return (self.values[-1] - self.values[0]) / span


@dataclass(frozen=True)
class Conversation:
    """Everything the scorers need, rebuilt from a transcript."""

    scenario: Scenario | None
    turns: tuple[LearnerTurn, ...]
    ending: Ending | None
    milestone_turns: dict[str, int]
    secret_turns: dict[str, int]
    slots: dict[str, str]
    trajectory: Trajectory | None
    other_name: str

    @cached_property
    def _hits(self) -> list[Hit]:
        return [Hit(turn, m.move, m.quote) for turn in self.turns for m in turn.analysis.moves]

    def hits(self, *moves: str) -> list[Hit]:
        """Every occurrence of these moves, in transcript order."""
        return [hit for hit in self._hits if hit.move in moves]

    def count(self, move: str) -> int:
        """In how many learner turns this move appears."""
        return sum(1 for turn in self.turns if turn.has(move))

    @property
    def meaningful_turns(self) -> list[LearnerTurn]:
        return [t for t in self.turns if t.analysis.meaningful]


def _with_replies(turns: list[LearnerTurn], lines: list[TranscriptLine]) -> tuple[LearnerTurn, ...]:
    """Attach to each learner turn the other side's next line, if any came before the next turn."""
    replies: dict[int, TranscriptLine] = {}
    waiting: int | None = None
    for line in lines:
        if line.speaker == "learner":
            waiting = line.turn
        elif waiting is not None:
            replies[waiting] = line
            waiting = None
    return tuple(replace(t, reply=replies.get(t.turn)) for t in turns)


def _analyse(text: str, scenario: Scenario | None) -> TurnAnalysis:
    return analyse(text[:ANALYSED_CHARS], scenario)


def read_conversation(scenario: Scenario | None, transcript: list[TranscriptLine]) -> Conversation:
    """Analyse every learner line and, for a scenario, replay the persona's state over them.

    Args:
        scenario: the scenario practised, or None for a real call (no behaviour model).
        transcript: the lines in order; speakers other than ``learner`` are the other side.

    Returns:
        The conversation, with the replayed ending (None when the replay did not end it).
    """
    lines = sorted(transcript, key=lambda line: line.turn)
    if scenario is None:
        return _general(lines)

    events: list[Event] = []
    state: PersonaState = initial_state(scenario)
    mood_id = scenario.behaviour.mood_variable
    mood = next(v for v in scenario.behaviour.variables if v.id == mood_id)
    values = [state.variables[mood_id]]
    turns: list[LearnerTurn] = []
    milestone_turns: dict[str, int] = {}
    secret_turns: dict[str, int] = {}
    ending: Ending | None = None
    prompt: TranscriptLine | None = None
    for line in lines:
        if line.speaker != "learner":
            events.append(PersonaSaid(text=line.text, at=elapsed(events), intent="transcript"))
            prompt = line
            continue
        analysis = _analyse(line.text, scenario)
        said = LearnerSaid(text=line.text, at=estimated_at(events, line.text), analysis=analysis)
        events.append(said)
        before = state.variables[mood_id]
        state = step(scenario, state, said)
        for milestone in state.last.new_milestones:
            milestone_turns.setdefault(milestone, line.turn)
        if state.last.revealed:
            secret_turns.setdefault(state.last.revealed, line.turn)
        ending = ending or state.ending
        values.append(state.variables[mood_id])
        turns.append(
            LearnerTurn(
                turn=line.turn,
                text=line.text,
                analysis=analysis,
                prompt=prompt,
                mood_change=state.variables[mood_id] - before,
                new_milestones=state.last.new_milestones,
                revealed=state.last.revealed,
            )
        )
    return Conversation(
        scenario=scenario,
        turns=_with_replies(turns, lines),
        ending=ending,
        milestone_turns=milestone_turns,
        secret_turns=secret_turns,
        slots=dict(state.slots),
        trajectory=Trajectory(mood.label, tuple(values), mood.minimum, mood.maximum),
        other_name=scenario.persona.first_name,
    )


def _general(lines: list[TranscriptLine]) -> Conversation:
    """A real call: moves only, no behaviour model, no milestones."""
    turns: list[LearnerTurn] = []
    slots: dict[str, str] = {}
    prompt: TranscriptLine | None = None
    for line in lines:
        if line.speaker != "learner":
            prompt = line
            continue
        analysis = _analyse(line.text, None)
        slots.update(analysis.slots)
        turns.append(LearnerTurn(turn=line.turn, text=line.text, analysis=analysis, prompt=prompt))
    return Conversation(
        scenario=None,
        turns=_with_replies(turns, lines),
        ending=None,
        milestone_turns={},
        secret_turns={},
        slots=slots,
        trajectory=None,
        other_name="the other person",
    )
