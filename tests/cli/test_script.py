"""`practice --script`: non-interactive sessions, their JSON, and bad scripts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sotenbori.evaluation.dimensions import DIMENSIONS
from sotenbori.store.database import Store
from tests.cli.conftest import LECTURE, MARK, SHORT, STRONG, Invoke, flat, one_line_error, practise

Script = Callable[[str], str]


def test_json_is_exactly_one_object_with_the_documented_keys(cli: Invoke, script: Script) -> None:
    result = cli("practice", MARK, "--script", script(STRONG), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)  # fails if anything else is on stdout
    assert set(data) == {"session_id", "scenario", "ending", "transcript", "report"}
    assert data["scenario"] == MARK
    line = data["transcript"][0]
    assert set(line) == {"turn", "speaker", "text"}
    assert line["speaker"] == "persona" and line["turn"] == 1
    report = data["report"]
    assert {"scored", "reason", "overall", "dimensions", "outcome"} <= set(report)
    assert set(report["dimensions"]) == {d.id for d in DIMENSIONS}
    for dim in report["dimensions"].values():
        assert {"score", "band", "explanation", "evidence", "suggestion"} <= set(dim)
        for ev in dim["evidence"]:
            assert set(ev) == {"turn", "quote"}


def test_a_strong_learner_reaches_agreement(cli: Invoke, script: Script, store: Store) -> None:
    data = practise(cli, script(STRONG))
    assert data["ending"] == "agreement"
    assert data["report"]["outcome"]["ending"] == "agreement"
    learner = [ln["text"] for ln in data["transcript"] if ln["speaker"] == "learner"]
    assert learner[0].startswith("Hello Mark, it's Alex")
    # Lines inside a paragraph are joined with one space.
    assert "Lumen. Thanks for taking the call. Nine days" in learner[0]
    # The report was saved with the session.
    saved = store.report(data["session_id"])
    assert saved is not None and saved.model_dump(mode="json") == data["report"]


def test_a_lecturing_learner_does_not(cli: Invoke, script: Script) -> None:
    data = practise(cli, script(LECTURE))
    assert data["ending"] != "agreement"
    assert data["report"]["outcome"]["ending"] != "agreement"


def test_a_script_that_runs_out_ends_the_session_as_ended(cli: Invoke, script: Script) -> None:
    data = practise(cli, script(SHORT))
    assert data["ending"] == "ended"
    assert sum(1 for ln in data["transcript"] if ln["speaker"] == "learner") == 2


def test_paragraphs_after_the_ending_are_reported_not_used(cli: Invoke, script: Script) -> None:
    path = script(LECTURE + "\nOne more thing, Mark.\n\nAnd another.\n")
    result = cli("practice", MARK, "--script", path, "--json")
    assert result.exit_code == 0
    assert "ended before the last" in result.stderr
    assert json.loads(result.stdout)["ending"] == "walked_out"


def test_text_mode_prints_the_conversation_the_report_and_where_it_is_saved(
    cli: Invoke, script: Script
) -> None:
    result = cli("practice", MARK, "--script", script(STRONG))
    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    assert "You: Hello Mark, it's Alex" in text
    assert "Mark:" in text
    for d in DIMENSIONS:
        assert d.name in text
    assert "Outcome" in text and "Agreement" in text
    assert "Saved as session" in text and "sotenbori report" in text


def test_script_from_stdin(cli: Invoke) -> None:
    result = cli("practice", MARK, "--script", "-", "--json", input=SHORT)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["transcript"][1]["text"].startswith("Good morning Mark")


def test_a_huge_paragraph_is_skipped_with_a_warning_and_the_session_goes_on(
    cli: Invoke, script: Script
) -> None:
    paste = " ".join(["The invoice is wrong and I am looking at it"] * 460)[:20_000]
    assert len(paste) == 20_000
    path = script(f"Morning Mark, thanks for the time.\n\n{paste}\n\nI'll call you back today.\n")
    result = cli("practice", MARK, "--script", path, "--json")
    assert result.exit_code == 0, result.output
    assert "paragraph 2 skipped" in result.stderr and "20,000" in result.stderr
    data = json.loads(result.stdout)
    learner = [ln["text"] for ln in data["transcript"] if ln["speaker"] == "learner"]
    assert learner == ["Morning Mark, thanks for the time.", "I'll call you back today."]


def test_control_characters_are_removed_and_an_empty_paragraph_skipped(
    cli: Invoke, script: Script
) -> None:
    path = script("Hi\x00 Mark,\x1b[31m it's Sam\x07 from Lumen.\n\n\x08\x7f\n\nBye for now.\n")
    result = cli("practice", MARK, "--script", path, "--json")
    assert result.exit_code == 0, result.output
    assert "paragraph 2 skipped" in result.stderr
    learner = [
        ln["text"] for ln in json.loads(result.stdout)["transcript"] if ln["speaker"] == "learner"
    ]
    assert learner[0] == "Hi Mark, it's Sam from Lumen."  # terminal colour codes go whole
    assert learner[1] == "Bye for now."


def test_a_non_utf8_script_is_one_line_and_exit_2_with_no_session_left(
    cli: Invoke, tmp_path: Path, store: Store
) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Bonjour Mark, désolé pour la facture.\n".encode("latin-1"))
    result = cli("practice", MARK, "--script", str(path), "--json")
    assert result.exit_code == 2
    assert "UTF-8" in one_line_error(result)
    assert result.stdout == ""
    assert store.history() == []


def test_a_missing_script_is_one_line_and_exit_2(cli: Invoke, tmp_path: Path) -> None:
    result = cli("practice", MARK, "--script", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert "nope.txt" in one_line_error(result)


def test_an_empty_script_is_refused_before_a_session_starts(
    cli: Invoke, script: Script, store: Store
) -> None:
    result = cli("practice", MARK, "--script", script("\n\n   \n"))
    assert result.exit_code == 2
    assert "no turns" in one_line_error(result)
    assert store.history() == []


def test_unknown_scenario_is_one_line(cli: Invoke, script: Script) -> None:
    result = cli("practice", "the-escalation", "--script", script(SHORT), "--json")
    assert result.exit_code == 1
    assert "the-escalation" in one_line_error(result)
    assert result.stdout == ""


def test_json_without_script_is_refused(cli: Invoke) -> None:
    result = cli("practice", MARK, "--json")
    assert result.exit_code == 2
    assert "--script" in one_line_error(result)


def test_the_same_script_gets_the_same_conversation_and_report(cli: Invoke, script: Script) -> None:
    path = script(
        "Hello Mark, Ola here from Lumen.\n\nI'm sorry the ticket sat for nine days with one"
        " update.\n\nWhat happened the last time you raised something with support?\n"
    )
    first = json.loads(cli("practice", MARK, "--script", path, "--json").stdout)
    second = json.loads(cli("practice", MARK, "--script", path, "--json").stdout)
    assert first["session_id"] != second["session_id"]
    first.pop("session_id")
    second.pop("session_id")
    assert first == second
