"""`sotenbori score`: a transcript file, for a scenario or for a real conversation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sotenbori.evaluation.dimensions import DIMENSIONS
from tests.cli.conftest import MARK, STRONG, Invoke, flat, one_line_error

REAL = [
    ("other", "The release slipped again and nobody told me until the client called."),
    ("learner", "That must have been awful, hearing it from the client first. What did they say?"),
    ("other", "They asked whether we can be trusted with the next phase."),
    (
        "learner",
        "I'll own telling you first from now on: I'll send you a status note every Friday by"
        " 3pm, starting this week. Would that work for you?",
    ),
    ("other", "Fine. Fridays."),
    ("learner", "Great. So: Friday notes by 3pm from me, and you hear any slip from me first."),
    ("other", "Deal."),
]


def _write(tmp_path: Path, data: Any, name: str = "t.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def _lines(pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [{"turn": i, "speaker": s, "text": t} for i, (s, t) in enumerate(pairs, start=1)]


def test_a_real_conversation_with_no_scenario_is_scored_without_milestones(
    cli: Invoke, tmp_path: Path
) -> None:
    path = _write(tmp_path, {"scenario": None, "transcript": _lines(REAL)})
    result = cli("score", path, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["scored"] is True
    assert set(report["dimensions"]) == {d.id for d in DIMENSIONS}
    assert report["outcome"]["milestones"] == []
    learner_turns = {2, 4, 6}
    for dim in report["dimensions"].values():
        assert all(ev["turn"] in learner_turns for ev in dim["evidence"])


def test_score_text_output_for_a_real_conversation(cli: Invoke, tmp_path: Path) -> None:
    path = _write(tmp_path, {"scenario": None, "transcript": _lines(REAL)})
    result = cli("score", path)
    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    assert "Report: a real conversation" in text
    for d in DIMENSIONS:
        assert d.name in text


def test_too_short_a_transcript_is_not_scored_and_says_why(cli: Invoke, tmp_path: Path) -> None:
    path = _write(tmp_path, {"scenario": None, "transcript": _lines(REAL[:2])})
    result = cli("score", path)
    assert result.exit_code == 0, result.output
    assert "Not scored:" in flat(result.stdout)
    report = json.loads(cli("score", path, "--json").stdout)
    assert report["scored"] is False and report["reason"]


def test_a_scenario_transcript_and_practice_json_can_be_scored(
    cli: Invoke, tmp_path: Path, script: Any
) -> None:
    practised = cli("practice", MARK, "--script", script(STRONG), "--json").stdout
    result = cli("score", "-", "--json", input=practised)
    assert result.exit_code == 0, result.output
    rescored = json.loads(result.stdout)
    assert rescored["scored"] is True and len(rescored["dimensions"]) == 6
    # Same transcript, same scores: the stored session and the file agree.
    assert rescored["dimensions"] == json.loads(practised)["report"]["dimensions"]


def test_bad_transcripts_are_one_line_errors(cli: Invoke, tmp_path: Path) -> None:
    cases: dict[str, Any] = {
        "wrong speaker": {"scenario": None, "transcript": _lines([("persona", "Hello.")])},
        "other in a scenario": {"scenario": MARK, "transcript": _lines([("other", "Hi.")])},
        "missing transcript": {"scenario": None},
        "not a list": {"scenario": None, "transcript": "hello"},
        "turn not a number": {"transcript": [{"turn": "one", "speaker": "learner", "text": "x"}]},
        "a list": [1, 2, 3],
        "bad ending": {"transcript": _lines(REAL), "ending": "exploded"},
    }
    for name, data in cases.items():
        result = cli("score", _write(tmp_path, data))
        assert result.exit_code == 2, name
        assert "not a valid transcript" in one_line_error(result), name

    broken = tmp_path / "broken.json"
    broken.write_text('{"scenario": null, "transcript": [', encoding="utf-8")
    assert "not valid JSON" in one_line_error(cli("score", str(broken)))
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"scenario": null, "transcript": [], "x": "é"}'.encode("latin-1"))
    assert "UTF-8" in one_line_error(cli("score", str(latin)))
    missing = cli("score", str(tmp_path / "absent.json"))
    assert missing.exit_code == 2 and "absent.json" in one_line_error(missing)


def test_unknown_scenario_in_a_transcript(cli: Invoke, tmp_path: Path) -> None:
    path = _write(tmp_path, {"scenario": "no-such-one", "transcript": _lines(REAL[1:2])})
    result = cli("score", path)
    assert result.exit_code == 1
    assert "no-such-one" in one_line_error(result)
