"""Interactive `practice`: countdown prompt, slash commands, bad turns, Ctrl-D, the report."""

from __future__ import annotations

import re

from sotenbori.engine.events import ending_of, transcript
from sotenbori.evaluation.dimensions import DIMENSIONS
from sotenbori.store.database import Store
from tests.cli.conftest import MARK, STRONG, Invoke, flat

FIRST = "Hi Mark, I'm Jo from Lumen. The invoice is wrong and I'm sorry you had to chase it."
SECOND = "Honestly the billing team is swamped, these things happen."
THIRD = "What would make a direct line to me worth more than an email to Dana?"
BETTER = "Nine days without a real update on 48213 is on us. I'll fix the $4,800 today."


def _only_session(store: Store) -> str:
    sessions = store.history()
    assert len(sessions) == 1
    return sessions[0].id


def _learner_lines(store: Store, session_id: str) -> list[str]:
    return [ln.text for ln in transcript(store.events(session_id)) if ln.speaker == "learner"]


def test_briefing_opening_line_and_countdown_prompt(cli: Invoke, store: Store) -> None:
    result = cli("practice", MARK, input="")
    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    for part in (
        "Briefing: The Escalation Escalator",
        "Your role:",
        "Facts you know",
        "Your authority",
        "Your goal:",
        "ticket 48213".title()[:0] + "48213",
    ):
        assert part in text
    assert "Mark: " in result.stdout  # the persona's opening line
    assert re.search(r"\[1[56]:\d\d left\] You: ", result.stdout)


def test_retry_takes_back_the_last_turn_and_the_reply(cli: Invoke, store: Store) -> None:
    keys = f"{FIRST}\n{SECOND}\n/retry\n{BETTER}\n"
    result = cli("practice", MARK, input=keys)
    assert result.exit_code == 0, result.output
    assert "Took back turn 4" in flat(result.stdout)
    session = _only_session(store)
    assert _learner_lines(store, session) == [FIRST, BETTER]
    lines = transcript(store.events(session))
    assert [ln.speaker for ln in lines] == ["persona", "learner", "persona", "learner", "persona"]


def test_retry_with_nothing_to_take_back_keeps_the_session(cli: Invoke, store: Store) -> None:
    result = cli("practice", MARK, input=f"/retry\n{FIRST}\n")
    assert result.exit_code == 0
    assert "nothing to take back" in result.stderr
    assert _learner_lines(store, _only_session(store)) == [FIRST]


def test_empty_and_oversized_turns_are_refused_and_the_session_goes_on(
    cli: Invoke, store: Store
) -> None:
    paste = "word " * 4000
    result = cli("practice", MARK, input=f"\n   \n{paste}\n{FIRST}\n")
    assert result.exit_code == 0, result.output
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    assert "empty" in errors[0] and "empty" in errors[1]
    assert "19,999" in errors[2] or "characters" in errors[2]
    assert _learner_lines(store, _only_session(store)) == [FIRST]
    # The prompt came back after each refusal.
    assert len(re.findall(r"left\] You: ", result.stdout)) == 5


def test_control_characters_in_a_typed_turn_are_cleaned(cli: Invoke, store: Store) -> None:
    result = cli("practice", MARK, input="Morning\x1b Mark\x00, sorry about the invoice.\n")
    assert result.exit_code == 0
    assert _learner_lines(store, _only_session(store)) == ["Morning Mark, sorry about the invoice."]


def test_eof_saves_without_scoring_and_says_how_to_resume(cli: Invoke, store: Store) -> None:
    result = cli("practice", MARK, input=f"{FIRST}\n")
    assert result.exit_code == 0
    session = _only_session(store)
    assert f"Session saved. Resume with: sotenbori practice --resume {session}" in result.stdout
    assert store.report(session) is None
    assert ending_of(store.events(session)) is None
    assert "Overall" not in result.stdout


def test_end_prints_and_saves_the_report(cli: Invoke, store: Store) -> None:
    result = cli("practice", MARK, input=f"{FIRST}\n{BETTER}\n{THIRD}\n/END\n")
    assert result.exit_code == 0, result.output
    session = _only_session(store)
    assert ending_of(store.events(session)) == "ended"
    text = flat(result.stdout)
    for d in DIMENSIONS:
        assert d.name in text
    assert "You ended the session." in text
    assert f"Saved as session {session}" in text and f"sotenbori report {session}" in text
    assert store.report(session) is not None


def test_brief_help_and_unknown_commands_do_not_reach_the_persona(
    cli: Invoke, store: Store
) -> None:
    result = cli("practice", MARK, input="/brief\n/help\n/shout\n")
    assert result.exit_code == 0
    assert result.stdout.count("Briefing: The Escalation Escalator") == 2
    assert "/retry" in result.stdout and "/end" in result.stdout
    assert "unknown command /shout" in result.stderr
    assert _learner_lines(store, _only_session(store)) == []


def test_a_strong_conversation_ends_in_agreement_with_a_report(cli: Invoke, store: Store) -> None:
    turns = [" ".join(p.split()) for p in STRONG.split("\n\n")]
    result = cli("practice", MARK, input="\n".join(turns) + "\n")
    assert result.exit_code == 0, result.output
    session = _only_session(store)
    assert ending_of(store.events(session)) == "agreement"
    text = flat(result.stdout)
    assert "Agreement" in text and "Saved as session" in text
    assert "Session saved. Resume" not in text
