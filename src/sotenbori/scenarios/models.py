"""Typed models for a scenario file.

A scenario is data, never code: the catalogue page, the persona card, the learner's briefing,
the behaviour model, the offline line bank and the evaluation mapping. The engine reads these
models and knows nothing about any particular persona.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sotenbori.moves import MOVE_IDS

Level = Literal["Beginner", "Intermediate", "Advanced"]
DimensionId = Literal["empathy", "listening", "clarity", "credibility", "composure", "commitment"]
DIMENSION_IDS: tuple[DimensionId, ...] = (
    "empathy",
    "listening",
    "clarity",
    "credibility",
    "composure",
    "commitment",
)

#: Intents the policy can pick that every scenario must have lines for.
REQUIRED_INTENTS: tuple[str, ...] = (
    "opening",
    "push_back",
    "probe",
    "warming",
    "hurry",
    "agree",
    "walk_out",
    "time_up",
    "unclear",
)


class Strict(BaseModel):
    """Base for scenario models: unknown keys are an authoring error, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class CataloguePage(Strict):
    """What the learner reads before starting: every section of the persona's page."""

    title: str
    tagline: str
    category: str
    level: Level
    duration_minutes: int = Field(ge=1, le=120)
    about: str
    scenario: str
    skills_tested: list[str] = Field(min_length=1)
    what_you_will_practise: list[str] = Field(min_length=1)
    personality_traits: list[str] = Field(min_length=1)


class Secret(Strict):
    """Something the persona only says once the learner has earned it."""

    id: str
    summary: str = Field(description="What the learner learns, for the report and the author.")
    unlock: Condition


class PersonaCard(Strict):
    """Who the persona is. Used by the language-model renderer and shown to authors."""

    name: str
    first_name: str
    role: str
    company: str
    voice: str = Field(description="How they speak: pace, register, habits.")
    backstory: str
    wants: list[str]
    secrets: list[Secret] = Field(default_factory=list)


class Briefing(Strict):
    """What the learner knows going in."""

    your_role: str
    your_company: str
    situation: str
    facts: list[str]
    authority: list[str] = Field(description="What the learner may and may not promise.")
    goal: str


class Topic(Strict):
    """A scenario-specific cue group: regular expressions (case-insensitive) that mark a subject."""

    id: str
    label: str
    patterns: list[str] = Field(min_length=1)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc
        return patterns


class Slot(Strict):
    """A value the persona can quote back, captured from the learner's words (group 1)."""

    id: str
    patterns: list[str] = Field(min_length=1)
    default: str


class Variable(Strict):
    """A number the persona carries through the conversation (trust, patience, ...)."""

    id: str
    label: str
    start: float
    minimum: float = 0.0
    maximum: float = 100.0


class Condition(Strict):
    """When something holds. Every listed part must hold; empty parts are ignored.

    moves/topics are looked for in the current learner turn; thresholds on the state after it.
    """

    moves_any: list[str] = Field(default_factory=list)
    moves_all: list[str] = Field(default_factory=list)
    moves_none: list[str] = Field(default_factory=list)
    topics_any: list[str] = Field(default_factory=list)
    topics_all: list[str] = Field(default_factory=list)
    at_least: dict[str, float] = Field(default_factory=dict)
    at_most: dict[str, float] = Field(default_factory=dict)
    milestones_all: list[str] = Field(default_factory=list)
    any_of: list[Condition] = Field(
        default_factory=list, description="At least one of these must hold too (an 'or')."
    )

    @field_validator("moves_any", "moves_all", "moves_none")
    @classmethod
    def _known_moves(cls, moves: list[str]) -> list[str]:
        unknown = sorted(set(moves) - set(MOVE_IDS))
        if unknown:
            raise ValueError(f"unknown move(s): {', '.join(unknown)}")
        return moves


class MoveEffect(Strict):
    """How one learner move changes the persona's variables.

    The n-th use of the same move counts ``decay ** (n - 1)`` of its changes; from use number
    ``hurts_from`` on, the changes are replaced by ``when_overused`` (a formula stops working
    and then starts to grate).
    """

    move: str
    changes: dict[str, float]
    decay: float = Field(default=0.6, gt=0, le=1)
    hurts_from: int | None = Field(default=None, ge=2)
    when_overused: dict[str, float] = Field(default_factory=dict)
    only_with_topics: list[str] = Field(
        default_factory=list, description="Counts only when one of these topics is in the turn."
    )

    @field_validator("move")
    @classmethod
    def _known_move(cls, move: str) -> str:
        if move not in MOVE_IDS:
            raise ValueError(f"unknown move: {move}")
        return move


class Milestone(Strict):
    """A step the conversation must reach; reached the first time its condition holds."""

    id: str
    label: str
    needed_for_agreement: bool = True
    when: Condition


class Endings(Strict):
    """When the conversation ends early. Time up comes from the catalogue duration."""

    agreement: Condition
    walk_out: Condition
    hurry_when_seconds_left: int = Field(default=180, ge=0)


class BehaviourModel(Strict):
    """Variables, how moves change them, milestones, and endings."""

    variables: list[Variable] = Field(min_length=1)
    effects: list[MoveEffect]
    milestones: list[Milestone]
    endings: Endings
    when_nothing_lands: dict[str, float] = Field(
        default_factory=dict,
        description="Changes for a turn that moves nothing forward: no gain in mood, no"
        " milestone. A persona loses patience with a learner who is going nowhere.",
    )
    mood_variable: str = Field(description="The variable that picks push_back/probe/warming.")
    probe_from: float = Field(description="At or above this mood the persona probes.")
    warming_from: float = Field(description="At or above this mood the persona warms up.")


class Suggestion(Strict):
    """A concrete line the learner could have said, and when."""

    moment: str
    line: str


class Evaluation(Strict):
    """How this scenario maps onto the six dimensions."""

    weights: dict[DimensionId, float]
    milestone_dimensions: dict[str, DimensionId] = Field(
        description="Which dimension each milestone earns credit in."
    )
    skill_dimensions: dict[str, DimensionId] = Field(
        description="Which dimension each skill tested is scored under."
    )
    suggestions: dict[DimensionId, list[Suggestion]]

    @field_validator("weights")
    @classmethod
    def _all_dimensions(cls, weights: dict[DimensionId, float]) -> dict[DimensionId, float]:
        missing = set(DIMENSION_IDS) - set(weights)
        if missing:
            raise ValueError(f"weights missing for: {', '.join(sorted(missing))}")
        if any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
            raise ValueError("weights must be non-negative and not all zero")
        return weights


class Scenario(Strict):
    """One practice scenario, validated from its YAML file."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    page: CataloguePage
    persona: PersonaCard
    briefing: Briefing
    topics: list[Topic] = Field(default_factory=list)
    move_cues: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Extra scenario-specific patterns for generic moves (e.g. over_promise).",
    )
    slots: list[Slot] = Field(default_factory=list)
    behaviour: BehaviourModel
    lines: dict[str, list[str]] = Field(description="Offline line bank: intent -> phrasings.")
    evaluation: Evaluation

    @property
    def duration_seconds(self) -> int:
        return self.page.duration_minutes * 60

    @model_validator(mode="after")
    def _references_resolve(self) -> Scenario:
        problems = list(_reference_problems(self))
        if problems:
            raise ValueError("; ".join(problems))
        return self


def _conditions(scenario: Scenario) -> list[tuple[str, Condition]]:
    found = [(f"milestone {m.id}", m.when) for m in scenario.behaviour.milestones]
    found += [(f"secret {s.id}", s.unlock) for s in scenario.persona.secrets]
    found += [("ending agreement", scenario.behaviour.endings.agreement)]
    found += [("ending walk_out", scenario.behaviour.endings.walk_out)]
    nested = [(where, alt) for where, cond in found for alt in cond.any_of]
    while nested:
        found += nested
        nested = [(where, alt) for where, cond in nested for alt in cond.any_of]
    return found


def _reference_problems(scenario: Scenario) -> list[str]:
    """Every id a scenario mentions must exist; every intent the policy can pick needs lines."""
    problems: list[str] = []
    topics = {t.id for t in scenario.topics}
    variables = {v.id for v in scenario.behaviour.variables}
    milestones = {m.id for m in scenario.behaviour.milestones}
    for where, cond in _conditions(scenario):
        for t in cond.topics_any + cond.topics_all:
            if t not in topics:
                problems.append(f"{where}: unknown topic {t!r}")
        for v in list(cond.at_least) + list(cond.at_most):
            if v not in variables:
                problems.append(f"{where}: unknown variable {v!r}")
        for m in cond.milestones_all:
            if m not in milestones:
                problems.append(f"{where}: unknown milestone {m!r}")
    for effect in scenario.behaviour.effects:
        for v in list(effect.changes) + list(effect.when_overused):
            if v not in variables:
                problems.append(f"effect {effect.move}: unknown variable {v!r}")
        for t in effect.only_with_topics:
            if t not in topics:
                problems.append(f"effect {effect.move}: unknown topic {t!r}")
    for v in scenario.behaviour.when_nothing_lands:
        if v not in variables:
            problems.append(f"when_nothing_lands: unknown variable {v!r}")
    if scenario.behaviour.mood_variable not in variables:
        problems.append(f"mood_variable {scenario.behaviour.mood_variable!r} is not a variable")
    for move in scenario.move_cues:
        if move not in MOVE_IDS:
            problems.append(f"move_cues: unknown move {move!r}")
    for intent in REQUIRED_INTENTS:
        if len(scenario.lines.get(intent, [])) < 1:
            problems.append(f"lines: no lines for required intent {intent!r}")
    for milestone in scenario.behaviour.milestones:
        if milestone.needed_for_agreement and not scenario.lines.get(f"not_yet:{milestone.id}"):
            problems.append(f"lines: no 'not_yet:{milestone.id}' lines for a needed milestone")
        if milestone.id not in scenario.evaluation.milestone_dimensions:
            problems.append(f"evaluation: milestone {milestone.id!r} has no dimension")
    for s in scenario.persona.secrets:
        if not scenario.lines.get(f"reveal:{s.id}"):
            problems.append(f"lines: no 'reveal:{s.id}' lines for secret {s.id!r}")
    for key in scenario.lines:
        kind, _, ref = key.partition(":")
        if kind == "react" and ref not in MOVE_IDS:
            problems.append(f"lines: {key!r} names an unknown move")
        if kind in ("progress", "not_yet") and ref not in milestones:
            problems.append(f"lines: {key!r} names an unknown milestone")
        if kind == "reveal" and ref not in {s.id for s in scenario.persona.secrets}:
            problems.append(f"lines: {key!r} names an unknown secret")
    for skill in scenario.page.skills_tested:
        if skill not in scenario.evaluation.skill_dimensions:
            problems.append(f"evaluation: skill {skill!r} has no dimension")
    return problems


Condition.model_rebuild()
Secret.model_rebuild()
