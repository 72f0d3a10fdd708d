"""Security and bad input: ownership, escaping, CSRF, cookies, throttling, limits, errors."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sotenbori.store.database import Store, StoreError
from sotenbori.web import create_app
from sotenbori.web.security import InsecureSecretKey, LoginThrottle
from sotenbori.web.server import ServeError, build_app
from tests.web.conftest import FLAGSHIP, SECRET, Learner, finished_session


def test_another_users_session_answers_404_everywhere(learner: Learner, other: Learner) -> None:
    session_id = finished_session(learner)
    base = f"/api/sessions/{session_id}"
    for path in (base, f"{base}/report", f"{base}/turns/3/stream"):
        response = other.client.get(path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Not found."}
    for path in (f"{base}/turns", f"{base}/take-back", f"{base}/end"):
        response = other.post(path, {"text": "Let me in"})
        assert response.status_code == 404, path
    for path in (f"/sessions/{session_id}", f"/sessions/{session_id}/report"):
        page = other.client.get(path)
        assert page.status_code == 404
        assert "Page not found" in page.text
        assert "Northfield" not in page.text and "Jordan Lee" not in page.text
    token = other.form_token("/")
    for action in ("turn", "take-back", "end", "retry"):
        response = other.client.post(
            f"/sessions/{session_id}/{action}", data={"csrf_token": token, "text": "hi"}
        )
        assert response.status_code == 404, action
    assert other.client.get("/api/history").json()["sessions"] == []
    assert session_id not in other.client.get("/history").text


def test_learner_and_persona_text_is_escaped(learner: Learner) -> None:
    session_id = learner.start()
    attack = '<script>alert("owned")</script> <img src=x onerror=alert(1)> Mark, ticket 48213.'
    assert learner.say(session_id, attack).status_code == 201
    practice = learner.client.get(f"/sessions/{session_id}").text
    assert "<script>alert" not in practice
    assert "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;" in practice
    assert "<img src=x" not in practice

    learner.post(f"/api/sessions/{session_id}/end")
    report = learner.client.get(f"/sessions/{session_id}/report").text
    assert "<script>alert" not in report
    assert "&lt;script&gt;" in report

    search = learner.client.get("/", params={"q": '"><script>alert(2)</script>'}).text
    assert "<script>alert(2)" not in search
    assert "&lt;script&gt;alert(2)" in search


def test_posts_without_the_csrf_token_are_refused(learner: Learner) -> None:
    session_id = learner.start()
    no_header = learner.client.post(f"/api/sessions/{session_id}/turns", json={"text": "Hi Mark"})
    assert no_header.status_code == 403
    assert "expired" in no_header.json()["detail"]
    forged = learner.client.post(
        f"/api/sessions/{session_id}/turns",
        json={"text": "Hi Mark"},
        headers={"X-CSRF-Token": "forged-token"},
    )
    assert forged.status_code == 403

    for path in (f"/sessions/{session_id}/turn", f"/sessions/{session_id}/end", "/logout"):
        page = learner.client.post(path, data={"text": "hello", "csrf_token": "wrong"})
        assert page.status_code == 403, path
        assert "That form has expired" in page.text
    stored = learner.client.get(f"/api/sessions/{session_id}").json()
    assert len(stored["transcript"]) == 1 and stored["ending"] is None
    assert learner.client.get("/api/auth/me").status_code == 200

    login = learner.client.post("/login", data={"email": learner.email, "password": "x"})
    assert login.status_code == 403


def test_the_session_cookie_is_httponly_and_samesite(client: TestClient) -> None:
    response = client.get("/api/auth/csrf")
    cookie = response.headers["set-cookie"].lower()
    assert "sotenbori_session=" in cookie
    assert "httponly" in cookie
    assert "samesite=lax" in cookie


def test_passwords_are_stored_as_argon2_hashes(learner: Learner, store: Store) -> None:
    user = store.user_by_email(learner.email)
    assert user is not None
    assert user.password_hash.startswith("$argon2id$")
    assert learner.password not in user.password_hash


def test_repeated_failed_logins_are_throttled(visitor: Learner, app: FastAPI) -> None:
    visitor.sign_up()
    visitor.post("/api/auth/logout")
    for _ in range(5):
        wrong = visitor.post(
            "/api/auth/login", {"email": visitor.email, "password": "guess number n"}
        )
        assert wrong.status_code == 401
    blocked = visitor.post(
        "/api/auth/login", {"email": visitor.email, "password": visitor.password}
    )
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0
    assert "Try again in 10 minutes" in blocked.json()["detail"]

    token = visitor.form_token("/login")
    page = visitor.client.post(
        "/login",
        data={"email": visitor.email, "password": visitor.password, "csrf_token": token},
    )
    assert page.status_code == 429
    assert "Too many attempts" in page.text

    other_account = visitor.post(
        "/api/auth/login", {"email": "someone.else@example.com", "password": "whatever it is"}
    )
    assert other_account.status_code == 401


def test_the_throttle_forgets_after_its_window() -> None:
    now = [0.0]
    throttle = LoginThrottle(attempts=2, window_seconds=60, clock=lambda: now[0])
    throttle.failed("10.0.0.1", "A@example.com")
    throttle.failed("10.0.0.1", "a@example.com")
    assert throttle.retry_after("10.0.0.1", "a@example.com") == 61
    assert throttle.retry_after("10.0.0.2", "a@example.com") == 0
    now[0] = 61.0
    assert throttle.retry_after("10.0.0.1", "a@example.com") == 0


def test_request_bodies_over_the_limit_are_refused(learner: Learner) -> None:
    session_id = learner.start()
    huge = "x" * (70 * 1024)
    api = learner.say(session_id, huge)
    assert api.status_code == 413
    assert api.json()["detail"] == "The request is too large (limit 64 KiB)."
    token = learner.form_token(f"/sessions/{session_id}")
    form = learner.client.post(
        f"/sessions/{session_id}/turn", data={"text": huge, "csrf_token": token}
    )
    assert form.status_code == 413
    assert "too much to send" in form.text

    def chunks() -> object:
        for _ in range(80):
            yield b"y" * 1024

    streamed = learner.client.post(
        f"/api/sessions/{session_id}/turns",
        content=chunks(),  # type: ignore[arg-type]
        headers={"X-CSRF-Token": learner.csrf, "Content-Type": "application/json"},
    )
    assert streamed.status_code == 413
    assert len(learner.client.get(f"/api/sessions/{session_id}").json()["transcript"]) == 1


@pytest.mark.parametrize("key", ["", "changethis", "short-key", "secret-key"])
def test_a_weak_secret_key_stops_the_app_outside_dev(store: Store, key: str) -> None:
    with pytest.raises(InsecureSecretKey):
        create_app(store, key)
    assert create_app(store, key, dev=True) is not None


def test_serve_refuses_to_start_without_a_real_secret(
    monkeypatch: pytest.MonkeyPatch, database_url: str
) -> None:
    monkeypatch.delenv("SOTENBORI_SECRET_KEY", raising=False)
    with pytest.raises(ServeError, match="SOTENBORI_SECRET_KEY is not set"):
        build_app(dev=False)
    monkeypatch.setenv("SOTENBORI_SECRET_KEY", "changeme")
    with pytest.raises(ServeError, match="placeholder"):
        build_app(dev=False)
    assert build_app(dev=True) is not None
    monkeypatch.setenv("SOTENBORI_SECRET_KEY", SECRET)
    assert build_app(dev=False) is not None


def test_errors_are_pages_not_tracebacks(learner: Learner, app: FastAPI) -> None:
    missing = learner.client.get("/personas/no-such-person")
    assert missing.status_code == 404
    assert "<h1>Page not found</h1>" in missing.text
    assert "Traceback" not in missing.text

    def broken(*_args: object) -> None:
        raise RuntimeError("database fell over at line 42")

    app.state.practice.view = broken
    crashed = learner.client.get("/sessions/abc123")
    assert crashed.status_code == 500
    assert "Something went wrong on our side" in crashed.text
    assert "line 42" not in crashed.text and "Traceback" not in crashed.text
    api = learner.client.get("/api/sessions/abc123")
    assert api.status_code == 500
    assert api.json() == {"detail": "It has been logged; please try again."}

    wrong_method = learner.client.put("/history")
    assert wrong_method.status_code == 405
    assert "Not allowed" in wrong_method.text


def test_after_login_only_same_site_paths_are_followed(visitor: Learner) -> None:
    visitor.sign_up()
    visitor.post("/api/auth/logout")
    token = visitor.form_token("/login")
    response = visitor.client.post(
        "/login",
        data={
            "email": visitor.email,
            "password": visitor.password,
            "csrf_token": token,
            "next": "//evil.example.com/phish",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/"


def test_pages_forbid_framing_and_outside_scripts(client: TestClient) -> None:
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["x-frame-options"] == "DENY"
    assets = re.findall(r'(?:src|href)="([^"]+)"', response.text)
    assert assets and not [a for a in assets if a.startswith(("http:", "https:", "//"))]
    for asset in [a for a in assets if a.startswith("/static/")]:
        assert client.get(asset).status_code == 200, asset
    assert FLAGSHIP in response.text


def test_a_database_failure_is_a_readable_page(learner: Learner, app: FastAPI) -> None:
    session_id = learner.start()

    def unreachable(*_args: object) -> None:
        raise StoreError("could not save to the database at sqlite:///x.db: disk I/O error")

    app.state.store.append_events = unreachable
    api = learner.say(session_id, "Mark, the credit goes out on Friday.")
    assert api.status_code == 503
    assert api.json() == {"detail": "Your conversation so far is safe; try again in a moment."}
    page = learner.client.post(
        f"/sessions/{session_id}/turn",
        data={"csrf_token": learner.form_token("/"), "text": "Mark, the credit goes out."},
    )
    assert page.status_code == 503
    assert "The database is not answering" in page.text and "disk I/O" not in page.text
