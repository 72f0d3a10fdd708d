"""The report a learner gets after a session: six scored dimensions, evidence, outcome.

The rubric is the output schema: one entry per dimension, each with its score, band, the
reasoning, quoted evidence and one concrete suggestion.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Band = Literal["Expert", "Proficient", "Developing", "Needs work"]


def band_for(score: int) -> Band:
    """Expert 90+, Proficient 75-89, Developing 50-74, Needs work under 50."""
    if score >= 90:
        return "Expert"
    if score >= 75:
        return "Proficient"
    if score >= 50:
        return "Developing"
    return "Needs work"


class Evidence(BaseModel):
    """A quote of the learner's own words, and the transcript turn it comes from."""

    turn: int
    quote: str


class DimensionScore(BaseModel):
    score: int = Field(ge=0, le=100)
    band: Band
    explanation: str
    evidence: list[Evidence]
    suggestion: str = Field(description="A line they could have said, at a named moment.")


class MilestoneResult(BaseModel):
    id: str
    label: str
    reached: bool
    turn: int | None = None


class Outcome(BaseModel):
    ending: Literal["agreement", "walked_out", "time_up", "ended"] | None
    milestones: list[MilestoneResult] = Field(default_factory=list)
    reached: list[str] = Field(default_factory=list, description="Labels of milestones reached.")
    missed: list[str] = Field(default_factory=list, description="Labels of milestones missed.")
    agreed: str | None = Field(default=None, description="What was agreed, in plain words.")
    learned: list[str] = Field(default_factory=list, description="What the persona revealed.")


class Report(BaseModel):
    scored: bool
    reason: str | None = None
    overall: int | None = None
    band: Band | None = None
    dimensions: dict[str, DimensionScore] = Field(default_factory=dict)
    outcome: Outcome
