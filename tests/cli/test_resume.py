"""`practice --resume`: the transcript so far, then the session carries on; the clock too."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from sotenbori.engine.events import transcript
from sotenbori.engine.session import open_session, take_back, take_turn
from sotenbori.scenarios.models import Scenario
from sotenbori.store.database import Store
from tests.cli.conftest import MARK, Invoke, flat, one_line_error

OPENING = "Mark, it's Robin from Lumen. Ticket 48213 should never have sat for nine days."
MORE = """\
The seat change to 300 never reached billing. I'll credit the $4,800 today, note by Friday.

Thanks Mark, I'll send the credit note over this afternoon.
"""


def _interrupted(cli: Invoke, store: Store) -> str:
    result = cli("practice", MARK, input=f"{OPENING}\n")  # then Ctrl-D
    assert result.exit_code == 0
    return store.history()[0].id


def test_resume_with_a_script_continues_the_same_transcript(
    cli: Invoke, store: Store, script: Callable[[str], str]
) -> None:
    session = _interrupted(cli, store)
    before = [ln.model_dump() for ln in transcript(store.events(session))]
    result = cli("practice", "--resume", session, "--script", script(MORE), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["session_id"] == session
    assert data["transcript"][: len(before)] == before
    learner = [ln["text"] for ln in data["transcript"] if ln["speaker"] == "learner"]
    assert learner[0] == OPENING and len(learner) == 3
    assert len(store.history()) == 1  # no second session was opened


def test_interactive_resume_shows_the_transcript_so_far(cli: Invoke, store: Store) -> None:
    session = _interrupted(cli, store)
    reply = transcript(store.events(session))[2].text
    result = cli("practice", "--resume", session, input="/end\n")
    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    assert f"Resuming The Escalation Escalator · session {session}" in text
    assert f"You: {OPENING}" in text and flat(reply) in text
    assert "Briefing:" not in text


def test_the_clock_carries_across_resume(cli: Invoke, store: Store, mark: Scenario) -> None:
    info = store.create_session(MARK, [])
    events = open_session(mark, info.id)
    events += take_turn(mark, events, "Mark, I'm on the invoice now.", 500.0, info.id)
    store.append_events(info.id, events)
    result = cli(
        "practice", "--resume", info.id, input="I'll have the credit note to you by Friday.\n"
    )
    assert result.exit_code == 0, result.output
    # 16 minutes less the 500 seconds already used: the countdown starts near 7:40.
    assert re.search(r"\[07:[34]\d left\] You: ", result.stdout)
    new = store.events(info.id)[len(events) :]
    assert new and all(e.at >= 500.0 for e in new)


def test_resuming_after_the_time_ran_out_ends_the_session_as_time_up(
    cli: Invoke, store: Store, mark: Scenario
) -> None:
    info = store.create_session(MARK, [])
    events = open_session(mark, info.id)
    events += take_turn(mark, events, "Sorry Mark, one moment, I'm checking.", 900.0, info.id)
    events += take_back(events, float(mark.duration_seconds) + 5)
    store.append_events(info.id, events)
    result = cli("practice", "--resume", info.id, input="Are you still there?\n")
    assert result.exit_code == 0, result.output
    assert "Time is up." in result.stdout and "Time ran out." in result.stdout
    assert store.get_session(info.id).ending == "time_up"  # type: ignore[union-attr]


def test_resuming_an_ended_session_points_to_its_report(
    cli: Invoke, store: Store, script: Callable[[str], str]
) -> None:
    data = json.loads(cli("practice", MARK, "--script", script(MORE), "--json").stdout)
    result = cli("practice", "--resume", data["session_id"])
    assert result.exit_code == 1
    assert f"sotenbori report {data['session_id']}" in one_line_error(result)


def test_resume_errors_are_one_line(cli: Invoke, store: Store) -> None:
    assert "no session" in one_line_error(cli("practice", "--resume", "0000deadbeef0000"))
    session = _interrupted(cli, store)
    wrong = cli("practice", "the-missed-deadline", "--resume", session)
    assert wrong.exit_code == 1
    assert MARK in one_line_error(wrong)
    assert "--resume" in one_line_error(cli("practice"))
