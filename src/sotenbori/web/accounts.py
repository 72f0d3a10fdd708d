"""Free accounts: sign up, log in, log out; as pages and as JSON under ``/api/auth``.

Passwords are hashed with Argon2id. Failed logins are counted per client address and email,
and a wrong email answers exactly like a wrong password.
"""

from __future__ import annotations

import re
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.templating import Jinja2Templates

from sotenbori.store.database import Store, StoreError, UserInfo
from sotenbori.web.deps import CSRF, current_user, sign_in, sign_out
from sotenbori.web.schemas import Account, CsrfToken, LogIn, SignUp
from sotenbori.web.security import LoginThrottle, Passwords, csrf_token

router = APIRouter(dependencies=[CSRF], include_in_schema=False)
api_router = APIRouter(prefix="/api/auth", tags=["accounts"], dependencies=[CSRF])

MIN_PASSWORD = 8
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class AccountError(ValueError):
    """What was wrong with a sign-up or log-in, in one line for the person."""


@dataclass(frozen=True)
class _Services:
    store: Store
    passwords: Passwords
    throttle: LoginThrottle
    writing: AbstractContextManager[object]


def _services(request: Request) -> _Services:
    state = request.app.state
    return _Services(state.store, state.passwords, state.throttle, state.practice.writing)


def safe_next(target: str | None) -> str:
    """Only same-site paths are followed after logging in (no open redirect)."""
    if not target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return "/"
    return target


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def create_account(services: _Services, email: str, name: str, password: str) -> UserInfo:
    """Check the details and create the account. Raises AccountError with a one-line reason."""
    email, name = email.strip(), " ".join(name.split())
    if not _EMAIL.match(email) or len(email) > 320:
        raise AccountError("Enter an email address like name@example.com.")
    if not name:
        raise AccountError("Tell us what to call you.")
    if len(name) > 120:
        raise AccountError("Keep your name under 120 characters.")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"Choose a password of at least {MIN_PASSWORD} characters.")
    if services.store.user_by_email(email):
        raise AccountError("An account with that email already exists; log in instead.")
    password_hash = services.passwords.hash(password)
    try:
        with services.writing:
            return services.store.create_user(email, name, password_hash)
    except StoreError as exc:
        raise AccountError("An account with that email already exists; log in instead.") from exc


class TooManyAttempts(Exception):
    def __init__(self, seconds: int) -> None:
        minutes = max(1, round(seconds / 60))
        super().__init__(
            f"Too many attempts for this account. Try again in {minutes} minute"
            f"{'s' if minutes != 1 else ''}."
        )
        self.seconds = seconds


def check_login(services: _Services, client: str, email: str, password: str) -> UserInfo:
    """The user if the password is right. Raises TooManyAttempts or AccountError."""
    email = email.strip()
    wait = services.throttle.retry_after(client, email)
    if wait:
        raise TooManyAttempts(wait)
    user = services.store.user_by_email(email)
    if user is None:
        services.passwords.dummy_verify(password)
    if user is None or not services.passwords.verify(user.password_hash, password):
        services.throttle.failed(client, email)
        raise AccountError("That email and password do not match an account.")
    services.throttle.succeeded(client, email)
    return user


# Pages ---------------------------------------------------------------------------------------


def _form(request: Request, name: str, status: int = 200, **context: object) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, name, dict(context), status_code=status)


@router.get("/signup")
def signup_page(request: Request, next: str = Query("/", max_length=500)) -> Response:
    if current_user(request):
        return RedirectResponse(safe_next(next), status_code=303)
    return _form(request, "signup.html", next=safe_next(next), email="", display_name="")


@router.post("/signup")
async def signup(
    request: Request,
    email: Annotated[str, Form(max_length=320)],
    display_name: Annotated[str, Form(max_length=120)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    try:
        user = await run_in_threadpool(
            create_account, _services(request), email, display_name, password
        )
    except AccountError as exc:
        return _form(
            request,
            "signup.html",
            400,
            error=str(exc),
            next=safe_next(next),
            email=email,
            display_name=display_name,
        )
    sign_in(request, user)
    return RedirectResponse(safe_next(next), status_code=303)


@router.get("/login")
def login_page(request: Request, next: str = Query("/", max_length=500)) -> Response:
    if current_user(request):
        return RedirectResponse(safe_next(next), status_code=303)
    return _form(request, "login.html", next=safe_next(next), email="")


@router.post("/login")
async def login(
    request: Request,
    email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1024)],
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    try:
        user = await run_in_threadpool(
            check_login, _services(request), _client(request), email, password
        )
    except TooManyAttempts as exc:
        response = _form(
            request, "login.html", 429, error=str(exc), next=safe_next(next), email=email
        )
        response.headers["Retry-After"] = str(exc.seconds)
        return response
    except AccountError as exc:
        return _form(request, "login.html", 400, error=str(exc), next=safe_next(next), email=email)
    sign_in(request, user)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    sign_out(request)
    return RedirectResponse("/", status_code=303)


# API -----------------------------------------------------------------------------------------


def _account(user: UserInfo) -> Account:
    return Account(id=user.id, email=user.email, display_name=user.display_name)


@api_router.get("/csrf")
def get_csrf(request: Request) -> CsrfToken:
    """The token to send in ``X-CSRF-Token``; it also starts the cookie session."""
    return CsrfToken(csrf_token=csrf_token(request.session))


@api_router.post("/signup", status_code=201)
async def api_signup(request: Request, body: SignUp) -> Account:
    """Create a free account and log in. The CSRF token changes: fetch it again."""
    try:
        user = await run_in_threadpool(
            create_account, _services(request), body.email, body.display_name, body.password
        )
    except AccountError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    sign_in(request, user)
    return _account(user)


@api_router.post("/login")
async def api_login(request: Request, body: LogIn) -> Account:
    """Log in. Five failures for one email from one address lock it for ten minutes."""
    try:
        user = await run_in_threadpool(
            check_login, _services(request), _client(request), body.email, body.password
        )
    except TooManyAttempts as exc:
        raise HTTPException(
            status_code=429, detail=str(exc), headers={"Retry-After": str(exc.seconds)}
        ) from exc
    except AccountError as exc:
        raise HTTPException(status_code=401, detail=str(exc)) from exc
    sign_in(request, user)
    return _account(user)


@api_router.post("/logout", status_code=204)
def api_logout(request: Request) -> Response:
    sign_out(request)
    return Response(status_code=204)


@api_router.get("/me")
def me(request: Request) -> Account:
    """The signed-in account (401 for a visitor)."""
    user = current_user(request)
    if user is None:
        raise HTTPException(status_code=401, detail="Log in first.")
    return _account(user)
