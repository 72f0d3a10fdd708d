"""Request dependencies shared by pages and API: who is asking, and is the form theirs.

Aliases (``CurrentUser``, ``PracticeDep``) keep route signatures short.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from sotenbori.store.database import Store, UserInfo
from sotenbori.web.practice import Practice
from sotenbori.web.security import CSRF_FIELD, CSRF_HEADER, csrf_valid

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_USER_KEY = "uid"


class LoginRequired(Exception):
    """Raised when a page or API call needs a signed-in user: pages redirect, the API says 401."""


def current_user(request: Request) -> UserInfo | None:
    """The signed-in user, looked up once per request; None for a visitor."""
    if hasattr(request.state, "user"):
        cached: UserInfo | None = request.state.user
        return cached
    user = None
    uid = request.session.get(_USER_KEY)
    if isinstance(uid, int):
        store: Store = request.app.state.store
        user = store.user(uid)
        if user is None:  # the account is gone: forget the stale cookie
            request.session.clear()
    request.state.user = user
    return user


def sign_in(request: Request, user: UserInfo) -> None:
    """Start a fresh cookie session for the user (a new one, so no fixation)."""
    request.session.clear()
    request.session[_USER_KEY] = user.id
    request.state.user = user


def sign_out(request: Request) -> None:
    request.session.clear()
    request.state.user = None


def require_user(request: Request) -> UserInfo:
    user = current_user(request)
    if user is None:
        raise LoginRequired()
    return user


def get_practice(request: Request) -> Practice:
    practice: Practice = request.app.state.practice
    return practice


async def require_csrf(request: Request) -> None:
    """Every state-changing request carries the session's token: a header or a form field."""
    if request.method in SAFE_METHODS:
        return
    offered = request.headers.get(CSRF_HEADER)
    if offered is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        offered = value if isinstance(value, str) else None
    if not csrf_valid(request.session, offered):
        raise HTTPException(
            status_code=403,
            detail="The form has expired or did not come from this site; reload and try again.",
        )


CurrentUser = Annotated[UserInfo, Depends(require_user)]
PracticeDep = Annotated[Practice, Depends(get_practice)]
CSRF = Depends(require_csrf)
