"""The JSON API's request and response shapes (they are also its OpenAPI schema)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from sotenbori.engine.events import Ending, TranscriptLine
from sotenbori.evaluation.dimensions import DIMENSIONS
from sotenbori.evaluation.report import Report
from sotenbori.scenarios.models import Briefing, Scenario
from sotenbori.web.practice import HistoryItem, SessionView


class ScenarioSummary(BaseModel):
    """A catalogue card."""

    id: str
    title: str
    tagline: str
    category: str
    level: str
    duration_minutes: int
    persona: str

    @classmethod
    def of(cls, s: Scenario) -> ScenarioSummary:
        return cls(
            id=s.id,
            title=s.page.title,
            tagline=s.page.tagline,
            category=s.page.category,
            level=s.page.level,
            duration_minutes=s.page.duration_minutes,
            persona=f"{s.persona.name}, {s.persona.role} at {s.persona.company}",
        )


class DimensionRubric(BaseModel):
    id: str
    name: str
    what_earns_it: str


class ScenarioDetail(ScenarioSummary):
    """Every section of the persona page, the learner's briefing, and the rubric."""

    about: str
    scenario: str
    skills_tested: list[str]
    what_you_will_practise: list[str]
    personality_traits: list[str]
    briefing: Briefing
    dimensions: list[DimensionRubric]

    @classmethod
    def of(cls, s: Scenario) -> ScenarioDetail:
        return cls(
            **ScenarioSummary.of(s).model_dump(),
            about=s.page.about,
            scenario=s.page.scenario,
            skills_tested=s.page.skills_tested,
            what_you_will_practise=s.page.what_you_will_practise,
            personality_traits=s.page.personality_traits,
            briefing=s.briefing,
            dimensions=[
                DimensionRubric(id=d.id, name=d.name, what_earns_it=d.what_earns_it)
                for d in DIMENSIONS
            ],
        )


class SessionCreate(BaseModel):
    scenario_id: str = Field(max_length=120, examples=["the-escalation-escalator"])


class SessionPublic(BaseModel):
    """A session as it stands: the whole transcript, the clock and what can be done next."""

    id: str
    scenario_id: str
    title: str
    created_at: datetime
    ending: Ending | None
    elapsed_seconds: float
    remaining_seconds: float
    can_take_back: bool
    scored: bool
    transcript: list[TranscriptLine]
    report_url: str | None

    @classmethod
    def of(cls, view: SessionView) -> SessionPublic:
        return cls(
            id=view.id,
            scenario_id=view.info.scenario_id,
            title=view.title,
            created_at=view.info.created_at,
            ending=view.ending,
            elapsed_seconds=round(view.elapsed, 1),
            remaining_seconds=round(view.remaining, 1),
            can_take_back=view.can_take_back,
            scored=view.scored,
            transcript=view.lines,
            report_url=f"/api/sessions/{view.id}/report" if view.ending else None,
        )


class TurnCreate(BaseModel):
    text: str = Field(
        max_length=20_000,
        description="What the learner says. Over 2,000 characters is refused with a message.",
    )


class TurnPublic(BaseModel):
    """The learner's turn and the persona's reply, both saved before this answer is sent."""

    learner: TranscriptLine
    persona: TranscriptLine
    ending: Ending | None
    stream_url: str = Field(description="Server-sent events that spell the reply out word by word.")


class HistoryEntry(BaseModel):
    id: str
    scenario_id: str
    title: str
    created_at: datetime
    ending: Ending | None
    overall: int | None
    scores: dict[str, int]

    @classmethod
    def of(cls, item: HistoryItem) -> HistoryEntry:
        report = item.report
        scores = (
            {k: v.score for k, v in report.dimensions.items()} if report and report.scored else {}
        )
        ending = item.info.ending
        return cls(
            id=item.info.id,
            scenario_id=item.info.scenario_id,
            title=item.title,
            created_at=item.info.created_at,
            ending=ending if ending in ("agreement", "walked_out", "time_up", "ended") else None,
            overall=report.overall if report else None,
            scores=scores,
        )


class ProgressPointPublic(BaseModel):
    session_id: str
    created_at: datetime
    score: int


class HistoryPublic(BaseModel):
    sessions: list[HistoryEntry] = Field(description="Newest first.")
    progress: dict[str, list[ProgressPointPublic]] = Field(
        description="Per dimension id, the scored sessions oldest first."
    )


class ReportPublic(BaseModel):
    session_id: str
    report: Report


class Account(BaseModel):
    id: int
    email: str
    display_name: str


class SignUp(BaseModel):
    email: str = Field(max_length=320)
    display_name: str = Field(max_length=120)
    password: str = Field(max_length=1024)


class LogIn(BaseModel):
    email: str = Field(max_length=320)
    password: str = Field(max_length=1024)


class CsrfToken(BaseModel):
    csrf_token: str = Field(description="Send it back in the X-CSRF-Token header on every POST.")
