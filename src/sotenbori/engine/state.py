"""Persona state as a fold of the scenario's behaviour model over the learner's turns.

State is never mutated in place: :func:`replay` recomputes it from the event log, so taking a
turn back, resuming after a crash and re-scoring all give the same answer.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from sotenbori.engine.events import Ending, Event, LearnerSaid, TurnAnalysis, effective
from sotenbori.scenarios.models import Condition, MoveEffect, Scenario


@dataclass(frozen=True)
class TurnOutcome:
    """What one learner turn changed: the facts the policy decides from."""

    moves: tuple[str, ...] = ()
    changes: dict[str, float] = field(default_factory=dict)
    new_milestones: tuple[str, ...] = ()
    revealed: str | None = None
    overused: tuple[str, ...] = ()
    ending: Ending | None = None


@dataclass(frozen=True)
class PersonaState:
    """Where the persona stands after some learner turns."""

    variables: dict[str, float]
    milestones: dict[str, int] = field(default_factory=dict)
    secrets: dict[str, int] = field(default_factory=dict)
    move_counts: Counter[str] = field(default_factory=Counter)
    slots: dict[str, str] = field(default_factory=dict)
    learner_turns: int = 0
    elapsed: float = 0.0
    ending: Ending | None = None
    last: TurnOutcome = field(default_factory=TurnOutcome)

    def mood(self, scenario: Scenario) -> float:
        return self.variables[scenario.behaviour.mood_variable]

    def missing_for_agreement(self, scenario: Scenario) -> list[str]:
        return [
            m.id
            for m in scenario.behaviour.milestones
            if m.needed_for_agreement and m.id not in self.milestones
        ]


def initial_state(scenario: Scenario) -> PersonaState:
    return PersonaState(variables={v.id: v.start for v in scenario.behaviour.variables})


def holds(cond: Condition, analysis: TurnAnalysis, state: PersonaState) -> bool:
    """Whether a condition holds for this turn's analysis and the state after it."""
    moves = set(analysis.move_ids)
    topics = {t.topic for t in analysis.topics}
    return (
        (not cond.moves_any or bool(moves & set(cond.moves_any)))
        and set(cond.moves_all) <= moves
        and not moves & set(cond.moves_none)
        and (not cond.topics_any or bool(topics & set(cond.topics_any)))
        and set(cond.topics_all) <= topics
        and all(state.variables.get(k, 0.0) >= v for k, v in cond.at_least.items())
        and all(state.variables.get(k, 0.0) <= v for k, v in cond.at_most.items())
        and set(cond.milestones_all) <= set(state.milestones)
        and (not cond.any_of or any(holds(alt, analysis, state) for alt in cond.any_of))
    )


def _effect_changes(effect: MoveEffect, uses: int) -> tuple[dict[str, float], bool]:
    """Changes for the ``uses``-th use of a move (1-based) and whether it is overused."""
    if effect.hurts_from is not None and uses >= effect.hurts_from:
        return dict(effect.when_overused), True
    factor = effect.decay ** (uses - 1)
    return {k: v * factor for k, v in effect.changes.items()}, False


def step(scenario: Scenario, state: PersonaState, said: LearnerSaid) -> PersonaState:
    """Apply one learner turn to the state; returns the new state with ``last`` filled in."""
    analysis = said.analysis
    topics = {t.topic for t in analysis.topics}
    counts = Counter(state.move_counts)
    totals: dict[str, float] = {}
    overused: list[str] = []
    for move in analysis.move_ids:
        counts[move] += 1
        for effect in scenario.behaviour.effects:
            if effect.move != move:
                continue
            if effect.only_with_topics and not topics & set(effect.only_with_topics):
                continue
            changes, worn = _effect_changes(effect, counts[move])
            if worn:
                overused.append(move)
            for var, delta in changes.items():
                totals[var] = totals.get(var, 0.0) + delta

    mood = scenario.behaviour.mood_variable
    if totals.get(mood, 0.0) <= 0 and not _reaches_milestone(scenario, analysis, state):
        for var, delta in scenario.behaviour.when_nothing_lands.items():
            totals[var] = totals.get(var, 0.0) + delta

    bounds = {v.id: (v.minimum, v.maximum) for v in scenario.behaviour.variables}
    variables = {
        k: min(max(v + totals.get(k, 0.0), bounds[k][0]), bounds[k][1])
        for k, v in state.variables.items()
    }
    after = replace(
        state,
        variables=variables,
        move_counts=counts,
        slots={**state.slots, **analysis.slots},
        learner_turns=state.learner_turns + 1,
        elapsed=said.at,
    )

    milestones = dict(after.milestones)
    new = []
    for milestone in scenario.behaviour.milestones:
        if milestone.id not in milestones and holds(milestone.when, analysis, after):
            milestones[milestone.id] = after.learner_turns
            new.append(milestone.id)
    after = replace(after, milestones=milestones)

    revealed = None
    for secret in scenario.persona.secrets:
        if secret.id not in after.secrets and holds(secret.unlock, analysis, after):
            revealed = secret.id
            after = replace(after, secrets={**after.secrets, secret.id: after.learner_turns})
            break

    ending = _ending(scenario, analysis, after)
    return replace(
        after,
        ending=ending,
        last=TurnOutcome(
            moves=tuple(analysis.move_ids),
            changes=totals,
            new_milestones=tuple(new),
            revealed=revealed,
            overused=tuple(overused),
            ending=ending,
        ),
    )


def _reaches_milestone(scenario: Scenario, analysis: TurnAnalysis, state: PersonaState) -> bool:
    return any(
        m.id not in state.milestones and holds(m.when, analysis, state)
        for m in scenario.behaviour.milestones
    )


def _ending(scenario: Scenario, analysis: TurnAnalysis, state: PersonaState) -> Ending | None:
    endings = scenario.behaviour.endings
    if holds(endings.walk_out, analysis, state):
        return "walked_out"
    if state.elapsed >= scenario.duration_seconds:
        return "time_up"
    if holds(endings.agreement, analysis, state):
        return "agreement"
    return None


def replay(scenario: Scenario, events: list[Event]) -> PersonaState:
    """The persona's state after every learner turn that still counts."""
    state = initial_state(scenario)
    for event in effective(events):
        if isinstance(event, LearnerSaid):
            state = step(scenario, state, event)
    return state
