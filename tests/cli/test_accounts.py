"""The terminal and the web share one database: a session started in one shows in the other."""

from __future__ import annotations

import json

from sotenbori.store.database import Store
from tests.cli.conftest import MARK, STRONG, Invoke


def test_practice_as_a_web_account_lands_in_its_history(cli: Invoke, store: Store) -> None:
    user = store.create_user("ana@example.com", "Ana", "argon2-hash-not-checked-here")
    result = cli(
        "practice", MARK, "--script", "-", "--json", "--user", "ana@example.com", input=STRONG
    )
    assert result.exit_code == 0, result.stderr
    session_id = json.loads(result.stdout)["session_id"]
    assert [s.id for s in store.history(user.id)] == [session_id]
    assert store.history(None) == []

    listed = cli("history", "--user", "ana@example.com", "--json")
    assert [s["session_id"] for s in json.loads(listed.stdout)["sessions"]] == [session_id]


def test_a_web_session_shows_in_the_terminal(cli: Invoke, store: Store) -> None:
    user = store.create_user("ben@example.com", "Ben", "hash")
    from sotenbori.engine.session import open_session
    from sotenbori.scenarios.loader import get_scenario

    info = store.create_session(MARK, open_session(get_scenario(MARK), "web-seed"), user.id)
    listed = cli("history", "--user", "BEN@example.com", "--json")
    assert [s["session_id"] for s in json.loads(listed.stdout)["sessions"]] == [info.id]
    opened = cli("report", info.id)
    assert "resume" in (opened.stdout + opened.stderr).lower()


def test_an_unknown_account_is_one_line(cli: Invoke) -> None:
    result = cli("history", "--user", "nobody@example.com")
    assert result.exit_code != 0
    assert "no account" in result.stderr and len(result.stderr.strip().splitlines()) == 1
