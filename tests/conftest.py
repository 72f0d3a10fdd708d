"""Shared fixtures: scenarios from the real library and a fresh SQLite database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sotenbori.scenarios.loader import get_scenario
from sotenbori.scenarios.models import Scenario
from sotenbori.store.database import Store


@pytest.fixture(scope="session")
def mark() -> Scenario:
    """The flagship scenario: The Escalation Escalator."""
    return get_scenario("the-escalation-escalator")


@pytest.fixture(scope="session")
def jordan() -> Scenario:
    """The second, Beginner-level scenario."""
    return get_scenario("the-missed-deadline")


@pytest.fixture
def database_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh SQLite file, also set as SOTENBORI_DATABASE_URL for code that reads the env."""
    url = f"sqlite:///{tmp_path / 'sotenbori.db'}"
    monkeypatch.setenv("SOTENBORI_DATABASE_URL", url)
    yield url


@pytest.fixture
def store(database_url: str) -> Store:
    return Store(database_url)
