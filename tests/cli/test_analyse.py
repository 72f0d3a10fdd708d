"""`sotenbori analyse`: the moves found in a turn, each with its span and meaning."""

from __future__ import annotations

import json

from sotenbori.moves import MOVES
from tests.cli.conftest import MARK, Invoke, flat, one_line_error

TURN = (
    "I'm sorry the ticket sat for nine days with no real update. "
    "I will send the credit note for $4,800 by Thursday. "
    "What would make a direct line to me worth using?"
)


def test_text_output_names_moves_quotes_and_descriptions(cli: Invoke) -> None:
    result = cli("analyse", TURN, "--scenario", MARK)
    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    assert "apologise_for_impact" in text and MOVES["apologise_for_impact"] in text
    assert "own_action_with_time" in text
    assert "open_question" in text
    assert "“I will send the credit note for $4,800 by Thursday.”" in text
    assert "Meaningful: yes" in text


def test_json_spans_index_the_turn_and_scenario_adds_topics(cli: Invoke) -> None:
    plain = json.loads(cli("analyse", "--json", TURN).stdout)
    with_scenario = json.loads(cli("analyse", "--json", "--scenario", MARK, TURN).stdout)
    for data in (plain, with_scenario):
        assert data["meaningful"] is True
        for move in data["moves"]:
            assert data["text"][move["start"] : move["end"]] == move["quote"]
            assert move["description"] == MOVES[move["move"]]
        pairs = [(m["move"], m["start"]) for m in data["moves"]]
        assert len(pairs) == len(set(pairs)), "a move is listed twice for the same words"
    assert plain["topics"] == []
    topics = {t["topic"] for t in with_scenario["topics"]}
    assert topics, "the scenario's topics should be found"
    for topic in with_scenario["topics"]:
        assert with_scenario["text"][topic["start"] : topic["end"]] == topic["quote"]


def test_stdin_gives_one_json_line_per_turn(cli: Invoke) -> None:
    lines = (
        "You need to calm down and follow the process.\n\nqwxz vbnm kkkk\nWhen did this start?\n"
    )
    result = cli("analyse", "--json", "-", input=lines)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["line"] for r in rows] == [1, 3, 4]
    assert "lecture" in [m["move"] for m in rows[0]["moves"]]
    assert rows[1]["meaningful"] is False
    assert "open_question" in [m["move"] for m in rows[2]["moves"]]


def test_markup_in_a_turn_is_printed_as_typed(cli: Invoke) -> None:
    result = cli("analyse", "You should [bold]stop[/] emailing our CEO [/red].")
    assert result.exit_code == 0, result.output
    assert "[bold]stop[/]" in result.stdout


def test_empty_turn_is_one_line_error(cli: Invoke) -> None:
    result = cli("analyse", "   \x07 ")
    assert result.exit_code == 1
    assert "empty" in one_line_error(result)
