"""The six communication dimensions. Ids are stable; the rubric is shown before a session."""

from __future__ import annotations

from dataclasses import dataclass

from sotenbori.scenarios.models import DIMENSION_IDS, DimensionId


@dataclass(frozen=True)
class Dimension:
    id: DimensionId
    name: str
    what_earns_it: str


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        "empathy",
        "Empathy & acknowledgement",
        "Names the person's experience and its impact specifically; apologises for the impact,"
        " not 'sorry you feel that way'.",
    ),
    Dimension(
        "listening",
        "Listening & inquiry",
        "Asks open questions, paraphrases and summarises; builds on what was said.",
    ),
    Dimension(
        "clarity",
        "Clarity & specificity",
        "Concrete facts, numbers, dates and owners; concise; no jargon or fog.",
    ),
    Dimension(
        "credibility",
        "Credibility & ownership",
        "Owns the problem, shows competence, promises only what is within their authority.",
    ),
    Dimension(
        "composure",
        "Composure & boundaries",
        "Holds firm without dismissing; no defensiveness, blame or lecturing; names a pattern"
        " as an observation, not a judgement.",
    ),
    Dimension(
        "commitment",
        "Agreement & next steps",
        "Resolves the immediate issue, proposes a concrete plan, secures a specific mutual"
        " commitment and confirms it.",
    ),
)

BY_ID: dict[str, Dimension] = {d.id: d for d in DIMENSIONS}
assert tuple(BY_ID) == DIMENSION_IDS
