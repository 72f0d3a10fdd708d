"""The store keeps every turn as it happens, and says plainly when it cannot."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sotenbori.engine.events import effective, ending_of, transcript
from sotenbori.engine.session import open_session, take_back, take_turn
from sotenbori.scenarios.models import Scenario
from sotenbori.store.database import Store, StoreError


def test_each_turn_is_kept_and_a_reopened_store_replays_it(
    mark: Scenario, database_url: str
) -> None:
    store = Store(database_url)
    events = open_session(mark)
    info = store.create_session(mark.id, events)
    new = take_turn(mark, events, "I'm sorry the ticket sat nine days.", 30.0)
    store.append_events(info.id, new)
    events += new
    back = take_back(events, 40.0)
    store.append_events(info.id, back)

    reopened = Store(database_url)  # as after a crash: a fresh process, same file
    stored = reopened.events(info.id)
    assert stored == events + back
    assert [line.speaker for line in transcript(stored)] == ["persona"]
    assert len(effective(stored)) == 1


def test_the_ending_is_recorded_with_the_session(mark: Scenario, store: Store) -> None:
    events = open_session(mark)
    info = store.create_session(mark.id, events)
    for line in ["You people are ridiculous.", "Grow up, it's a stupid invoice.", "Whatever."]:
        new = take_turn(mark, events, line, 10.0 * len(events))
        store.append_events(info.id, new)
        events += new
        if ending_of(events):
            break
    assert store.get_session(info.id).ending == "walked_out"  # type: ignore[union-attr]


def test_sessions_belong_to_their_owner(mark: Scenario, store: Store) -> None:
    ana = store.create_user("ana@example.com", "Ana", "x")
    ben = store.create_user("ben@example.com", "Ben", "x")
    info = store.create_session(mark.id, open_session(mark), ana.id)
    assert store.get_session(info.id, ana.id) is not None
    assert store.get_session(info.id, ben.id) is None
    assert store.history(ben.id) == []
    with pytest.raises(StoreError, match="already exists"):
        store.create_user("ANA@example.com", "Ana again", "x")


def test_a_read_only_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    sqlite3.connect(path).close()
    with pytest.raises(StoreError) as exc:
        Store(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert len(str(exc.value).splitlines()) == 1


def test_passwords_never_appear_in_errors() -> None:
    with pytest.raises(StoreError) as exc:
        Store("postgresql+psycopg://coach:s3cret@127.0.0.1:1/gym")
    assert "s3cret" not in str(exc.value)
    with pytest.raises(StoreError):
        Store("not a url at all")
