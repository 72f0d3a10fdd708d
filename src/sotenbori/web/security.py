"""Security pieces of the web app: secret keys, passwords, CSRF, login throttling, body limits.

Each piece is small and testable on its own; :mod:`sotenbori.web.app` wires them together.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

#: Keys that ship in examples and tutorials; a server that uses one has no secret at all.
KNOWN_DEFAULT_KEYS = frozenset(
    {
        "",
        "changethis",
        "change-me",
        "changeme",
        "secret",
        "secret-key",
        "your-secret-key",
        "dev",
        "development",
        "sotenbori",
        "please-change-me",
    }
)
MIN_SECRET_LENGTH = 32


class InsecureSecretKey(ValueError):
    """The secret key is missing, a known default, or too short; the message says which."""


def check_secret_key(key: str | None) -> str:
    """Return the key if it is fit to sign production cookies.

    Raises:
        InsecureSecretKey: missing, a known placeholder, or shorter than 32 characters.
    """
    if not key:
        raise InsecureSecretKey(
            "SOTENBORI_SECRET_KEY is not set; set it to a long random value"
            " (python -c 'import secrets; print(secrets.token_urlsafe(48))') or use --dev"
        )
    if key.strip().lower() in KNOWN_DEFAULT_KEYS:
        raise InsecureSecretKey(
            "SOTENBORI_SECRET_KEY is a well-known placeholder; choose a new one"
        )
    if len(key) < MIN_SECRET_LENGTH:
        raise InsecureSecretKey(
            f"SOTENBORI_SECRET_KEY is {len(key)} characters; use at least {MIN_SECRET_LENGTH}"
        )
    return key


def development_key() -> str:
    """A fresh random key for ``--dev``: sessions last until the server restarts."""
    return secrets.token_urlsafe(48)


class Passwords:
    """Argon2id hashing with a cap on how many hashes run at once.

    Each hash takes 64 MiB and tens of milliseconds by design; without the cap, a burst of
    sign-ups would take the whole machine's memory.
    """

    def __init__(self, concurrent: int = 2) -> None:
        self._hasher = PasswordHasher()
        self._slots = threading.BoundedSemaphore(concurrent)

    def hash(self, password: str) -> str:
        with self._slots:
            return self._hasher.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        with self._slots:
            try:
                return self._hasher.verify(password_hash, password)
            except (VerificationError, InvalidHashError):
                return False

    def dummy_verify(self, password: str) -> None:
        """Spend the same time as a real check, so unknown emails do not answer faster."""
        if not hasattr(self, "_dummy"):
            self._dummy = self.hash(secrets.token_hex(8))
        self.verify(self._dummy, password)


# CSRF ----------------------------------------------------------------------------------------

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
_CSRF_SESSION_KEY = "csrf"


def csrf_token(session: MutableMapping[str, Any]) -> str:
    """The session's CSRF token, created on first use."""
    token = session.get(_CSRF_SESSION_KEY)
    if not isinstance(token, str):
        token = secrets.token_urlsafe(32)
        session[_CSRF_SESSION_KEY] = token
    return token


def csrf_valid(session: MutableMapping[str, Any], offered: str | None) -> bool:
    """Whether the token sent with a form or header matches the session's own."""
    expected = session.get(_CSRF_SESSION_KEY)
    if not isinstance(expected, str) or not offered:
        return False
    return hmac.compare_digest(expected.encode(), offered.encode())


# Login throttling ----------------------------------------------------------------------------


class LoginThrottle:
    """Failed logins per (client address, email) in a sliding window, kept in memory.

    One process only: behind several workers each counts on its own, which still bounds a
    guessing attack to ``attempts x workers`` per window.
    """

    def __init__(
        self,
        attempts: int = 5,
        window_seconds: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.attempts = attempts
        self.window = window_seconds
        self._clock = clock
        self._failures: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str]) -> deque[float]:
        stamps = self._failures.setdefault(key, deque())
        cutoff = self._clock() - self.window
        while stamps and stamps[0] < cutoff:
            stamps.popleft()
        return stamps

    def retry_after(self, address: str, email: str) -> int:
        """Seconds until another attempt is allowed; 0 when one is allowed now."""
        key = (address, email.strip().lower())
        with self._lock:
            stamps = self._recent(key)
            if len(stamps) < self.attempts:
                return 0
            return max(1, int(stamps[0] + self.window - self._clock()) + 1)

    def failed(self, address: str, email: str) -> None:
        key = (address, email.strip().lower())
        with self._lock:
            self._recent(key).append(self._clock())
            if len(self._failures) > 10_000:  # forget the oldest keys rather than grow forever
                for stale in list(self._failures)[:1000]:
                    del self._failures[stale]

    def succeeded(self, address: str, email: str) -> None:
        with self._lock:
            self._failures.pop((address, email.strip().lower()), None)


# Request body limit --------------------------------------------------------------------------

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyTooLarge(Exception):
    """Raised inside the app when a request body passes the limit while it is read."""


class BodyLimit:
    """Refuse request bodies over ``max_bytes``: by Content-Length up front, else while read."""

    def __init__(self, app: ASGIApp, max_bytes: int = 64 * 1024) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.max_bytes + 1
                if declared > self.max_bytes:
                    await _too_large(scope, send, self.max_bytes)
                    return
        seen = 0
        refused = False
        started = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:  # the 413 has gone out; whatever the app says now is dropped
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        async def limited() -> Message:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    if not started and not refused:
                        await _too_large(scope, send, self.max_bytes)
                        refused = True
                    raise BodyTooLarge()
            return message

        try:
            await self.app(scope, limited, guarded_send)
        except Exception:
            if not refused:
                raise


async def _too_large(scope: Scope, send: Send, limit: int) -> None:
    """A 413 in the shape the client expects: JSON for the API, a short page otherwise."""
    kib = limit // 1024
    if str(scope.get("path", "")).startswith("/api"):
        body = b'{"detail":"The request is too large (limit %d KiB)."}' % kib
        kind = b"application/json"
    else:
        body = (
            b"<!doctype html><meta charset=utf-8><title>Too large</title>"
            b"<h1>That was too much to send</h1><p>Requests are limited to %d KiB."
            b" Go back and send something shorter.</p>" % kib
        )
        kind = b"text/html; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """Add the security headers to every response (plain ASGI: streamed replies pass untouched)."""

    def __init__(self, app: ASGIApp, policy: str) -> None:
        self.app = app
        self.headers = [
            (b"content-security-policy", policy.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"same-origin"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith("/static/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in self.headers if k not in present]
                if not static and b"cache-control" not in present:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
