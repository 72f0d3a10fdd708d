"""`history` and `report`: past sessions, progress per dimension, saved and recomputed reports."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sotenbori.engine.session import end_session, open_session, take_turn
from sotenbori.evaluation.dimensions import DIMENSIONS
from sotenbori.scenarios.models import Scenario
from sotenbori.store.database import Store
from tests.cli.conftest import LECTURE, MARK, STRONG, Invoke, flat, one_line_error, practise

Script = Callable[[str], str]


def test_history_lists_sessions_newest_first_with_progress(cli: Invoke, script: Script) -> None:
    first = practise(cli, script(LECTURE))
    second = practise(cli, script(STRONG))
    result = cli("history")
    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    assert text.index(second["session_id"]) < text.index(first["session_id"])
    assert "The Escalation Escalator" in text
    assert "walked_out" in text and "agreement" in text
    assert str(second["report"]["overall"]) in text
    assert "Progress" in text
    for d in DIMENSIONS:
        assert d.name in text
    assert any(arrow in text for arrow in "↑↓→")

    data = json.loads(cli("history", "--json").stdout)
    assert [s["session_id"] for s in data["sessions"]] == [
        second["session_id"],
        first["session_id"],
    ]
    progress = data["progress"]
    assert progress["sessions"] == [first["session_id"], second["session_id"]]
    empathy = [first["report"], second["report"]]
    assert progress["dimensions"]["empathy"] == [
        r["dimensions"]["empathy"]["score"] for r in empathy
    ]


def test_history_when_empty(cli: Invoke) -> None:
    result = cli("history")
    assert result.exit_code == 0
    assert "No sessions yet" in result.stdout


def test_report_shows_the_saved_report(cli: Invoke, script: Script) -> None:
    data = practise(cli, script(STRONG))
    session = data["session_id"]
    as_json = json.loads(cli("report", session, "--json").stdout)
    assert as_json == data
    result = cli("report", session, "--transcript")
    assert result.exit_code == 0
    text = flat(result.stdout)
    assert f"Session {session} · The Escalation Escalator" in text
    assert "2. You: Hello Mark" in text
    for d in DIMENSIONS:
        assert d.name in text


def test_report_of_an_ended_session_without_one_is_computed_and_saved(
    cli: Invoke, store: Store, mark: Scenario
) -> None:
    info = store.create_session(MARK, [])
    events = open_session(mark, info.id)
    events += take_turn(mark, events, "Mark, I'm sorry the invoice was wrong.", 20.0, info.id)
    events += end_session(mark, events, 40.0)
    store.append_events(info.id, events)
    assert store.report(info.id) is None
    result = cli("report", info.id, "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ending"] == "ended"
    assert store.report(info.id) is not None


def test_report_of_an_open_session_says_how_to_resume(cli: Invoke, store: Store) -> None:
    cli("practice", MARK, input="Morning Mark.\n")
    session = store.history()[0].id
    result = cli("report", session)
    assert result.exit_code == 1
    err = one_line_error(result)
    assert "still open" in err and f"sotenbori practice --resume {session}" in err


def test_report_of_an_unknown_session(cli: Invoke) -> None:
    result = cli("report", "feedfacecafe0000", "--json")
    assert result.exit_code == 1
    assert "feedfacecafe0000" in one_line_error(result)
    assert result.stdout == ""


def test_an_unreachable_database_is_one_line(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "s.db"
    monkeypatch.setenv("SOTENBORI_DATABASE_URL", f"sqlite:///{missing}")
    result = cli("history")
    assert result.exit_code == 1
    assert "cannot open the database" in one_line_error(result)
    monkeypatch.setenv("SOTENBORI_DATABASE_URL", "postgresql://coach:s3cret@127.0.0.1:1/gym")
    result = cli("practice", MARK, "--script", "-", input="Hello Mark.\n")
    err = one_line_error(result)
    assert "cannot open the database" in err and "s3cret" not in err
