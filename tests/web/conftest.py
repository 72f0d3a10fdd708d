"""Web fixtures: an in-process app over a fresh database, and learners with their own cookies."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sotenbori.store.database import Store
from sotenbori.web import create_app

SECRET = "a-test-secret-that-is-long-enough-for-production-use"
FLAGSHIP = "the-escalation-escalator"

#: A conversation with Mark that earns agreement, worded unlike the example scripts.
AGREEMENT = [
    "Hello Mark, this is Jordan Lee from Lumen Metrics; I manage the Northfield account. Dana "
    "passed your note to me and I wanted to speak with you myself.",
    "First, that ticket sat for nine days with no real update, and that's not good enough. "
    "I'm sorry you had to go to our CEO to get it moving.",
    "How did things go the last time you raised an issue through our support team?",
    "Here's the fix: the February seat reduction never reached billing, so you were charged "
    "for 340 seats rather than 300. I'll send a credit note for $4,800 by Thursday.",
    "From now on I'd like to propose that I'm your named contact, with Priya Shah as backup, "
    "and urgent issues get a first response within 4 business hours. If we miss that window, "
    "escalate straight to my VP, Tom Keller.",
    "Let's also hold a monthly review call to check it's working.",
    "Would you be willing to call me or Priya first next time, before you email Dana?",
]

_emails = itertools.count(1)


class Learner:
    """A browser-like client: its own cookie jar, and the CSRF token a page would carry."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.email = f"learner{next(_emails)}@example.com"
        self.password = "correct horse battery"

    @property
    def csrf(self) -> str:
        token = self.client.get("/api/auth/csrf").json()["csrf_token"]
        assert isinstance(token, str)
        return token

    def form_token(self, path: str) -> str:
        """The CSRF token a rendered page carries (its forms and its meta tag share it)."""
        found = re.search(r'name="csrf-token" content="([^"]+)"', self.client.get(path).text)
        assert found, f"no CSRF field on {path}"
        return found.group(1)

    def post(self, path: str, json: Any = None) -> httpx.Response:
        return self.client.post(path, json=json or {}, headers={"X-CSRF-Token": self.csrf})

    def sign_up(self, name: str = "Jordan") -> Learner:
        response = self.post(
            "/api/auth/signup",
            {"email": self.email, "display_name": name, "password": self.password},
        )
        assert response.status_code == 201, response.text
        return self

    def start(self, scenario_id: str = FLAGSHIP) -> str:
        response = self.post("/api/sessions", {"scenario_id": scenario_id})
        assert response.status_code == 201, response.text
        session_id = response.json()["id"]
        assert isinstance(session_id, str)
        return session_id

    def say(self, session_id: str, text: str) -> httpx.Response:
        return self.post(f"/api/sessions/{session_id}/turns", {"text": text})


@pytest.fixture
def app(store: Store) -> FastAPI:
    return create_app(store, SECRET, reply_pace=0)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def visitor(app: FastAPI) -> Iterator[Learner]:
    """Someone who has not signed up."""
    with TestClient(app, raise_server_exceptions=False) as c:
        yield Learner(c)


@pytest.fixture
def learner(app: FastAPI) -> Iterator[Learner]:
    with TestClient(app, raise_server_exceptions=False) as c:
        yield Learner(c).sign_up("Jordan")


@pytest.fixture
def other(app: FastAPI) -> Iterator[Learner]:
    """A second signed-up learner, with separate cookies."""
    with TestClient(app, raise_server_exceptions=False) as c:
        yield Learner(c).sign_up("Riley")


def finished_session(learner: Learner) -> str:
    """A session with Mark held to agreement and scored."""
    session_id = learner.start()
    for text in AGREEMENT:
        reply = learner.say(session_id, text).json()
        if reply["ending"]:
            break
    assert reply["ending"] == "agreement"
    return session_id
