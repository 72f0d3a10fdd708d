"""The JSON API under ``/api``: scenarios, sessions, turns (reply streamed), reports, history.

The web pages call the same endpoints from the browser, so whatever the page can do a script
can do too. Every POST needs the session's CSRF token in the ``X-CSRF-Token`` header.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from sotenbori.scenarios.loader import catalogue
from sotenbori.web.deps import CSRF, CurrentUser, PracticeDep
from sotenbori.web.practice import NotFound
from sotenbori.web.schemas import (
    HistoryEntry,
    HistoryPublic,
    ProgressPointPublic,
    ReportPublic,
    ScenarioDetail,
    ScenarioSummary,
    SessionCreate,
    SessionPublic,
    TurnCreate,
    TurnPublic,
)
from sotenbori.web.views import CatalogueFilter, filter_catalogue, progress_by_dimension

router = APIRouter(prefix="/api", dependencies=[CSRF])

_WORD = re.compile(r"\S+\s*")


@router.get("/scenarios", tags=["scenarios"])
def list_scenarios(
    q: str = Query("", max_length=200, description="Words to look for."),
    category: str = Query("", max_length=120),
    level: str = Query("", max_length=20),
) -> list[ScenarioSummary]:
    """The catalogue, filtered like the catalogue page."""
    wanted = CatalogueFilter(text=q.strip(), category=category, level=level)
    return [ScenarioSummary.of(s) for s in filter_catalogue(catalogue().values(), wanted)]


@router.get("/scenarios/{scenario_id}", tags=["scenarios"])
def get_scenario_detail(scenario_id: str) -> ScenarioDetail:
    """A persona page's sections, the learner's briefing and the six dimensions."""
    scenario = catalogue().get(scenario_id)
    if scenario is None:
        raise NotFound(scenario_id)
    return ScenarioDetail.of(scenario)


@router.post("/sessions", status_code=201, tags=["sessions"])
def create_session(body: SessionCreate, user: CurrentUser, practice: PracticeDep) -> SessionPublic:
    """Start a session; the persona's opening line is already in the transcript."""
    info = practice.start(body.scenario_id, user.id)
    return SessionPublic.of(practice.view(info.id, user.id))


@router.get("/sessions/{session_id}", tags=["sessions"])
def get_session(session_id: str, user: CurrentUser, practice: PracticeDep) -> SessionPublic:
    """The session as stored: what a reload or a reconnect shows."""
    return SessionPublic.of(practice.view(session_id, user.id))


@router.post("/sessions/{session_id}/turns", status_code=201, tags=["sessions"])
def post_turn(
    session_id: str, body: TurnCreate, user: CurrentUser, practice: PracticeDep
) -> TurnPublic:
    """Say something. The turn and the reply are saved before the answer comes back."""
    result = practice.say(session_id, user.id, body.text)
    return TurnPublic(
        learner=result.learner,
        persona=result.persona,
        ending=result.ending,
        stream_url=f"/api/sessions/{session_id}/turns/{result.persona.turn}/stream",
    )


@router.get(
    "/sessions/{session_id}/turns/{turn}/stream",
    tags=["sessions"],
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def stream_turn(
    session_id: str, turn: int, request: Request, user: CurrentUser, practice: PracticeDep
) -> StreamingResponse:
    """The persona's line as server-sent events: ``token`` events, then one ``done`` event.

    The ``done`` event carries the whole line, so a page that missed tokens still ends right.
    """
    view = await run_in_threadpool(practice.view, session_id, user.id)
    line = next((ln for ln in view.lines if ln.turn == turn and ln.speaker == "persona"), None)
    if line is None:
        raise NotFound(f"{session_id}#{turn}")
    pace: float = request.app.state.reply_pace
    done = json.dumps({"turn": line.turn, "text": line.text, "ending": view.ending})

    async def events() -> AsyncIterator[str]:
        if pace:
            await asyncio.sleep(min(0.6, pace * 12))
        for word in _WORD.findall(line.text):
            yield f"event: token\ndata: {json.dumps({'text': word})}\n\n"
            if pace:
                await asyncio.sleep(pace)
        yield f"event: done\ndata: {done}\n\n"

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


@router.post("/sessions/{session_id}/take-back", tags=["sessions"])
def take_back_turn(session_id: str, user: CurrentUser, practice: PracticeDep) -> SessionPublic:
    """Take back your last turn and the persona's reply, as if never said."""
    return SessionPublic.of(practice.take_back(session_id, user.id))


@router.post("/sessions/{session_id}/end", tags=["sessions"])
def end_session(session_id: str, user: CurrentUser, practice: PracticeDep) -> ReportPublic:
    """End the session now and score it."""
    return ReportPublic(session_id=session_id, report=practice.end(session_id, user.id))


@router.get("/sessions/{session_id}/report", tags=["reports"])
def get_report(session_id: str, user: CurrentUser, practice: PracticeDep) -> ReportPublic:
    """The scored report of an ended session (409 while it is still going)."""
    _view, report = practice.report(session_id, user.id)
    return ReportPublic(session_id=session_id, report=report)


@router.get("/history", tags=["history"])
def get_history(user: CurrentUser, practice: PracticeDep) -> HistoryPublic:
    """Your sessions, and your score per dimension over time."""
    items = practice.history(user.id)
    progress = {
        dim: [
            ProgressPointPublic(session_id=i.info.id, created_at=i.info.created_at, score=score)
            for i, score in points
        ]
        for dim, points in progress_by_dimension(items).items()
    }
    return HistoryPublic(sessions=[HistoryEntry.of(i) for i in items], progress=progress)
