"""The web pages: catalogue, persona, practice, report and history.

Pages are rendered on the server and work without JavaScript (plain forms post and redirect);
``static/practice.js`` upgrades the practice page to a live chat over the JSON API.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from sotenbori.engine.analyse import MAX_TURN_CHARS, TurnRejected
from sotenbori.evaluation.dimensions import BY_ID, DIMENSIONS
from sotenbori.scenarios.loader import catalogue
from sotenbori.web import charts
from sotenbori.web.deps import CSRF, CurrentUser, PracticeDep, current_user
from sotenbori.web.practice import Conflict, NotFound
from sotenbori.web.views import (
    LEVELS,
    CatalogueFilter,
    filter_catalogue,
    highlight,
    progress_by_dimension,
    quotes_by_turn,
)

router = APIRouter(dependencies=[CSRF], include_in_schema=False)


def _page(request: Request, name: str, status: int = 200, **context: object) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, dict(context), status_code=status)


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/")
def catalogue_page(
    request: Request,
    q: str = Query("", max_length=200),
    category: str = Query("", max_length=120),
    level: str = Query("", max_length=20),
) -> Response:
    everything = list(catalogue().values())
    wanted = CatalogueFilter(text=q.strip(), category=category, level=level)
    return _page(
        request,
        "catalogue.html",
        scenarios=filter_catalogue(everything, wanted),
        total=len(everything),
        wanted=wanted,
        categories=sorted({s.page.category for s in everything}),
        levels=LEVELS,
    )


@router.get("/personas/{scenario_id}")
def persona_page(request: Request, scenario_id: str) -> Response:
    scenario = catalogue().get(scenario_id)
    if scenario is None:
        raise NotFound(scenario_id)
    return _page(request, "persona.html", s=scenario, dimensions=DIMENSIONS)


@router.post("/personas/{scenario_id}/practice")
def start_practice(request: Request, scenario_id: str, practice: PracticeDep) -> Response:
    user = current_user(request)
    if user is None:
        return _see_other(f"/signup?next=/personas/{scenario_id}")
    info = practice.start(scenario_id, user.id)
    return _see_other(f"/sessions/{info.id}")


@router.get("/sessions/{session_id}")
def practice_page(
    request: Request, session_id: str, user: CurrentUser, practice: PracticeDep
) -> Response:
    view = practice.view(session_id, user.id)
    if view.ending and view.scored:
        return _see_other(f"/sessions/{session_id}/report")
    return _page(request, "practice.html", view=view, s=view.scenario, max_chars=MAX_TURN_CHARS)


@router.post("/sessions/{session_id}/turn")
def say(
    request: Request,
    session_id: str,
    text: Annotated[str, Form(max_length=20_000)],
    user: CurrentUser,
    practice: PracticeDep,
) -> Response:
    """The no-JavaScript way to take a turn: post, then come back to the page."""
    try:
        practice.say(session_id, user.id, text)
    except (TurnRejected, Conflict) as exc:
        view = practice.view(session_id, user.id)
        return _page(
            request,
            "practice.html",
            422,
            view=view,
            s=view.scenario,
            max_chars=MAX_TURN_CHARS,
            error=str(exc),
            draft=text,
        )
    return _see_other(f"/sessions/{session_id}#composer")


@router.post("/sessions/{session_id}/take-back")
def take_back(session_id: str, user: CurrentUser, practice: PracticeDep) -> Response:
    practice.take_back(session_id, user.id)
    return _see_other(f"/sessions/{session_id}")


@router.post("/sessions/{session_id}/end")
def end(session_id: str, user: CurrentUser, practice: PracticeDep) -> Response:
    practice.end(session_id, user.id)
    return _see_other(f"/sessions/{session_id}/report")


@router.post("/sessions/{session_id}/retry")
def retry(session_id: str, user: CurrentUser, practice: PracticeDep) -> Response:
    """Try again: a fresh session with the same persona."""
    info = practice.retry(session_id, user.id)
    return _see_other(f"/sessions/{info.id}")


@router.get("/sessions/{session_id}/report")
def report_page(
    request: Request, session_id: str, user: CurrentUser, practice: PracticeDep
) -> Response:
    try:
        view, report = practice.report(session_id, user.id)
    except Conflict:
        return _see_other(f"/sessions/{session_id}")
    dims = [(BY_ID[d], report.dimensions[d]) for d in BY_ID if d in report.dimensions]
    radar = charts.radar([d.name for d, _ in dims], [s.score for _, s in dims]) if dims else None
    quotes = quotes_by_turn(report)
    turns = [(line, highlight(line.text, quotes.get(line.turn, []))) for line in view.lines]
    return _page(
        request,
        "report.html",
        view=view,
        s=view.scenario,
        report=report,
        dims=dims,
        radar=radar,
        turns=turns,
    )


@router.get("/history")
def history_page(request: Request, user: CurrentUser, practice: PracticeDep) -> Response:
    items = practice.history(user.id)
    by_dim = progress_by_dimension(items)
    series = [
        charts.ProgressSeries(
            BY_ID[dim].name if dim in BY_ID else dim,
            [charts.ProgressPoint(item.info.created_at, score) for item, score in points],
        )
        for dim, points in by_dim.items()
    ]
    scored = max((len(s.points) for s in series), default=0)
    legend = [
        (s.label, charts.SERIES_COLOURS[i % len(charts.SERIES_COLOURS)], s.points)
        for i, s in enumerate(series)
    ]
    return _page(
        request,
        "history.html",
        items=items,
        chart=charts.progress(series) if scored else None,
        legend=legend,
        scored=scored,
    )
