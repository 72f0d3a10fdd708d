"""The app factory: one FastAPI app over one store, built fresh for each server or test.

Nothing is created at import time. ``create_app`` takes the store and the secret key it is
given, so each test runs against its own database and a production server refuses a weak key.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.templating import Jinja2Templates

from sotenbori.engine.analyse import TurnRejected
from sotenbori.store.database import Store, StoreError
from sotenbori.web import accounts, api, pages
from sotenbori.web.deps import LoginRequired, current_user
from sotenbori.web.practice import Conflict, NotFound, Practice
from sotenbori.web.security import (
    BodyLimit,
    BodyTooLarge,
    LoginThrottle,
    Passwords,
    SecurityHeaders,
    check_secret_key,
    csrf_token,
)
from sotenbori.web.views import ENDING_LABELS, minutes_seconds, typeset

log = logging.getLogger("sotenbori.web")
HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

#: Only what the app serves itself: no CDN, no inline scripts.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)

REASONS = {
    400: ("That request did not make sense", "Something in what was sent is missing or wrong."),
    401: ("Please log in", "You need to be logged in to see this."),
    403: ("That form has expired", "Reload the page and try again."),
    404: ("Page not found", "There is nothing here, or it belongs to someone else."),
    405: ("Not allowed", "That page cannot be used this way."),
    409: ("That cannot happen right now", "The session has moved on; reload to see where it is."),
    413: ("That was too much to send", "Send something shorter."),
    422: ("That could not be taken", "Something in what was sent is not right."),
    429: ("Too many attempts", "Wait a little and try again."),
    500: ("Something went wrong on our side", "It has been logged; please try again."),
    503: (
        "The database is not answering",
        "Your conversation so far is safe; try again in a moment.",
    ),
}


def _asset_versions() -> dict[str, str]:
    """A content hash per static file, so browsers cache hard and still see new versions."""
    return {
        str(p.relative_to(STATIC)): hashlib.sha256(p.read_bytes()).hexdigest()[:10]
        for p in STATIC.rglob("*")
        if p.is_file()
    }


def _templates(dev: bool) -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=dev,
    )
    versions = _asset_versions()
    env.globals["asset"] = lambda path: f"/static/{path}?v={versions.get(path, '0')}"
    env.globals["ending_label"] = lambda ending: ENDING_LABELS.get(ending, "Ended")
    env.filters["clock"] = minutes_seconds
    env.filters["typeset"] = typeset

    def common(request: Request) -> dict[str, Any]:
        if "session" not in request.scope:  # errors caught outside the session middleware
            return {"user": None, "csrf_token": "", "dev": dev}
        return {
            "user": current_user(request),
            "csrf_token": csrf_token(request.session),
            "dev": dev,
        }

    return Jinja2Templates(env=env, context_processors=[common])


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def render_error(request: Request, status: int, message: str | None = None) -> Response:
    """A page a person can read (or one JSON line for the API), never a traceback."""
    title, default = REASONS.get(status, REASONS[500] if status >= 500 else REASONS[400])
    if _wants_json(request):
        return JSONResponse({"detail": message or default}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    try:
        return templates.TemplateResponse(
            request,
            "error.html",
            {"status": status, "title": title, "message": message or default},
            status_code=status,
        )
    except Exception:  # the page itself failed (e.g. the database is down): plain words
        return HTMLResponse(
            f"<!doctype html><meta charset=utf-8><title>{escape(title)}</title>"
            f"<h1>{escape(title)}</h1><p>{escape(message or default)}</p>",
            status_code=status,
        )


def _install_error_pages(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) and exc.status_code != 404 else None
        if exc.status_code == 404 and _wants_json(request):
            detail = "Not found."
        response = render_error(request, exc.status_code, detail)
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())[1:]) or "request"
        return render_error(request, 422, f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        if _wants_json(request):
            return JSONResponse({"detail": "Log in first."}, status_code=401)
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound) -> Response:
        return render_error(request, 404, "Not found." if _wants_json(request) else None)

    @app.exception_handler(Conflict)
    async def conflict(request: Request, exc: Conflict) -> Response:
        return render_error(request, 409, str(exc))

    @app.exception_handler(TurnRejected)
    async def rejected(request: Request, exc: TurnRejected) -> Response:
        return render_error(request, 422, str(exc))

    @app.exception_handler(BodyTooLarge)
    async def too_large(request: Request, exc: BodyTooLarge) -> Response:
        return render_error(request, 413)

    @app.exception_handler(StoreError)
    async def database_down(request: Request, exc: StoreError) -> Response:
        log.error("database error on %s %s: %s", request.method, request.url.path, exc)
        return render_error(request, 503)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        # The server also logs the traceback (Starlette re-raises after this page is sent).
        return render_error(request, 500)


def create_app(
    store: Store,
    secret_key: str,
    dev: bool = False,
    *,
    reply_pace: float = 0.03,
    secure_cookies: bool = False,
    max_body_bytes: int = 64 * 1024,
) -> FastAPI:
    """Build the web app over ``store``.

    Args:
        store: where sessions, events, reports and users live (shared with the CLI).
        secret_key: signs the session cookie; outside ``dev`` it must be long and not a default.
        dev: development mode (any key accepted, templates reloaded).
        reply_pace: seconds between words when a persona reply is streamed to the page.
        secure_cookies: send the session cookie over HTTPS only (set when served behind TLS).
        max_body_bytes: the largest request body accepted.

    Raises:
        InsecureSecretKey: outside development, when the key is missing, default or short.
    """
    if not dev:
        check_secret_key(secret_key)
    app = FastAPI(
        title="Sotenbori",
        summary="Practise hard work conversations and get a scored, evidenced report.",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.practice = Practice(store)
    app.state.passwords = Passwords()
    app.state.throttle = LoginThrottle()
    app.state.templates = _templates(dev)
    app.state.reply_pace = reply_pace
    app.state.dev = dev

    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key,
        session_cookie="sotenbori_session",
        max_age=14 * 24 * 3600,
        same_site="lax",
        https_only=secure_cookies,
    )
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders, policy=CONTENT_SECURITY_POLICY)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(accounts.api_router)
    app.include_router(accounts.router)
    app.include_router(pages.router)
    _install_error_pages(app)
    return app
