"""What the learner reads in the report: evidence, suggestions, outcome, and when it is withheld."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sotenbori.engine.analyse import analyse
from sotenbori.engine.events import TranscriptLine
from sotenbori.evaluation import Report, evaluate
from sotenbori.evaluation.generic_suggestions import GENERIC
from sotenbori.scenarios.models import Scenario
from tests.evaluation.conftest import Played
from tests.evaluation.scripts import STRONG, call

SUGGESTION = re.compile(
    r"^At turn (?P<turn>\d+), when (?P<who>.+?) (?:said '(?P<said>.+?)'|opened)"
    r", you could have said: '(?P<line>.+)'$"
)


def _plain(text: str) -> str:
    """Undo the report's quote tidying (inner 'quotes' shown as "quotes") for comparison."""
    return text.replace('"', "'").rstrip("…")


def _all(played: dict[str, Played], calls: dict[str, Played]) -> list[Played]:
    return [p for p in [*played.values(), *calls.values()] if p.report.scored]


def test_every_evidence_quote_is_the_learners_own_words_from_that_turn(
    played: dict[str, Played], calls: dict[str, Played]
) -> None:
    for p in _all(played, calls):
        by_turn = {line.turn: line for line in p.transcript}
        for dimension, score in p.report.dimensions.items():
            assert score.evidence, (p.name, dimension)
            for item in score.evidence:
                line = by_turn[item.turn]
                assert line.speaker == "learner", (p.name, dimension, item)
                assert item.quote and item.quote in line.text, (p.name, dimension, item)


def test_every_suggestion_names_a_real_moment_and_offers_an_authored_line(
    mark: Scenario, played: dict[str, Played], calls: dict[str, Played]
) -> None:
    authored = {
        d: {_plain(s.line) for s in lines} for d, lines in mark.evaluation.suggestions.items()
    }
    generic = {d: {_plain(g.line) for g in lines} for d, lines in GENERIC.items()}
    for p in _all(played, calls):
        by_turn = {line.turn: line for line in p.transcript}
        for dimension, score in p.report.dimensions.items():
            found = SUGGESTION.match(score.suggestion)
            assert found, score.suggestion
            if found["said"]:
                moment = by_turn[int(found["turn"])]
                assert moment.speaker != "learner"
                assert _plain(found["said"]) in moment.text
                assert found["who"] == ("Mark" if p in played.values() else "the other person")
            pool = generic if p in calls.values() else authored
            assert _plain(found["line"]) in pool[dimension]


def _line(suggestion: str) -> str:
    found = SUGGESTION.match(suggestion)
    assert found, suggestion
    return found["line"]


def test_the_suggestion_shows_what_the_learner_missed(
    mark: Scenario, played: dict[str, Played]
) -> None:
    """The lecturer is offered a line that names the pattern; the over-promiser one that holds
    a limit; the stuffer one that acknowledges Mark's experience."""
    cases = [
        ("lecturer_a", "composure", "name_pattern"),
        ("lecturer_b", "composure", "name_pattern"),
        ("over_promiser_a", "credibility", "hold_boundary"),
        ("over_promiser_b", "credibility", "hold_boundary"),
        ("stuffer_a", "empathy", "acknowledge_experience"),
    ]
    for name, dimension, move in cases:
        authored = [s.line for s in mark.evaluation.suggestions[dimension]]
        if not any(analyse(line, mark).has(move) for line in authored):
            pytest.fail(f"the scenario has no {dimension} suggestion that shows {move}")
        chosen = _line(played[name].report.dimensions[dimension].suggestion)
        assert analyse(chosen, mark).has(move), (name, chosen)


def test_the_moment_is_the_line_before_the_learners_worst_turn(
    played: dict[str, Played],
) -> None:
    """The lecturer's composure suggestion points at what Mark said right before a lecture."""
    p = played["lecturer_a"]
    found = SUGGESTION.match(p.report.dimensions["composure"].suggestion)
    assert found and found["said"]
    next_turn = {line.turn: line for line in p.transcript}[int(found["turn"]) + 1]
    assert next_turn.speaker == "learner"
    assert analyse(next_turn.text, None).has("lecture")


def test_scoring_twice_gives_the_same_report(mark: Scenario, played: dict[str, Played]) -> None:
    for name in ("strong_a", "blamer_b", "stuffer_a"):
        p = played[name]
        again = evaluate(mark, list(p.transcript), p.ending)
        assert again.model_dump_json() == p.report.model_dump_json()


def test_the_report_does_not_depend_on_hash_order(
    played: dict[str, Played], tmp_path: Path
) -> None:
    """Another interpreter with a different string-hash seed writes the identical report."""
    p = played["strong_b"]
    data = tmp_path / "transcript.json"
    data.write_text(json.dumps([line.model_dump() for line in p.transcript]), encoding="utf-8")
    code = (
        "import json, sys\n"
        "from sotenbori.engine.events import TranscriptLine\n"
        "from sotenbori.evaluation import evaluate\n"
        "from sotenbori.scenarios.loader import get_scenario\n"
        "lines = [TranscriptLine(**x) for x in json.load(open(sys.argv[1]))]\n"
        "r = evaluate(get_scenario('the-escalation-escalator'), lines, sys.argv[2])\n"
        "sys.stdout.write(r.model_dump_json())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "271828"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(data), str(p.ending)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    assert out.stdout == p.report.model_dump_json()


def test_the_report_survives_a_round_trip_through_json(played: dict[str, Played]) -> None:
    report = played["strong_a"].report
    assert Report.model_validate_json(report.model_dump_json()) == report


def test_the_outcome_says_what_was_reached_agreed_and_learned(
    mark: Scenario, played: dict[str, Played]
) -> None:
    p = played["strong_a"]
    outcome = p.report.outcome
    assert outcome.ending == "agreement"
    assert [m.id for m in outcome.milestones] == [m.id for m in mark.behaviour.milestones]
    learner_turns = {line.turn for line in p.transcript if line.speaker == "learner"}
    for milestone in outcome.milestones:
        assert milestone.reached == (milestone.turn is not None)
        assert milestone.turn is None or milestone.turn in learner_turns
    assert outcome.reached == [m.label for m in outcome.milestones if m.reached]
    assert outcome.missed == [m.label for m in outcome.milestones if not m.reached]
    assert "A named owner for his issues" in outcome.reached
    assert outcome.agreed and "Priya" in outcome.agreed and "four business hours" in outcome.agreed
    summaries = {s.summary for s in mark.persona.secrets}
    assert outcome.learned and set(outcome.learned) <= summaries


def test_nothing_is_agreed_when_the_call_did_not_end_in_agreement(
    played: dict[str, Played],
) -> None:
    for name in ("bill_only_a", "lecturer_a", "vague_b"):
        assert played[name].report.outcome.agreed is None
    assert played["lecturer_a"].report.outcome.ending == "walked_out"


def test_a_transcript_the_engine_did_not_produce_is_replayed_and_scored(
    mark: Scenario,
) -> None:
    """Persona lines written by hand, learner first: milestones come from the replay."""
    lines = call(
        [
            (
                "learner",
                "Mark, I'm Jo from Lumen. Ticket 48213 sat for nine days with one"
                " update, and you had to email Dana to get anywhere. That's on us.",
            ),
            ("other", "Yes it is. So what now?"),
            (
                "learner",
                "The February seat reduction never reached billing, so March charged"
                " 340 seats instead of 300. I'm crediting the $4,800 and you'll have the credit"
                " note by Friday.",
            ),
            ("other", "Fine. And next time?"),
            ("learner", "What would a good channel look like from where you sit?"),
            ("other", "Someone who answers."),
        ]
    )
    report = evaluate(mark, lines)
    assert report.scored, report.reason
    reached = {m.id: m.turn for m in report.outcome.milestones if m.reached}
    assert reached.get("experience_acknowledged") == 1
    assert reached.get("billing_resolved") == 3
    assert report.outcome.ending is None
    assert report.dimensions["empathy"].evidence[0].turn == 1


def test_the_ending_passed_in_wins_over_the_replayed_one(
    mark: Scenario, played: dict[str, Played]
) -> None:
    p = played["strong_a"]
    cut_short = evaluate(mark, list(p.transcript), "time_up")
    assert cut_short.outcome.ending == "time_up"
    assert cut_short.outcome.agreed is None
    assert cut_short.dimensions["commitment"].score < p.report.dimensions["commitment"].score
    walked = evaluate(mark, list(p.transcript), "walked_out")
    assert walked.dimensions["composure"].score <= 40
    assert walked.dimensions["commitment"].score <= 30


def test_the_overall_score_follows_the_scenario_weights(
    mark: Scenario, played: dict[str, Played]
) -> None:
    p = played["bill_only_a"]
    only_commitment = {d: 0.0 for d in mark.evaluation.weights} | {"commitment": 1.0}
    weighted = mark.model_copy(
        update={"evaluation": mark.evaluation.model_copy(update={"weights": only_commitment})}
    )
    report = evaluate(weighted, list(p.transcript), p.ending)
    assert report.overall == report.dimensions["commitment"].score
    assert report.overall != p.report.overall


def test_a_real_call_weights_every_dimension_equally(calls: dict[str, Played]) -> None:
    for p in calls.values():
        values = [s.score for s in p.report.dimensions.values()]
        assert p.report.overall == int(sum(values) / len(values) + 0.5)


def test_a_real_call_that_ends_in_agreement_says_what_the_learner_committed_to(
    calls: dict[str, Played],
) -> None:
    p = calls["laptop"]
    report = evaluate(None, list(p.transcript), "agreement")
    assert report.outcome.agreed and "Thursday at 10am" in report.outcome.agreed


@pytest.mark.parametrize(
    ("pairs", "words"),
    [
        ([], "nothing to score"),
        ([("other", "Hello? Are you there?")], "nothing to score"),
        (
            [
                ("learner", "Hi Mark, this is Jo from Lumen."),
                ("other", "What have you got?"),
                ("learner", "I'm sorry the ticket sat for nine days. I'm on it."),
            ],
            "Too short",
        ),
    ],
)
def test_too_little_to_judge_is_not_scored_and_says_why(
    mark: Scenario, pairs: list[tuple[str, str]], words: str
) -> None:
    report = evaluate(mark, call(pairs))
    assert report.scored is False and report.overall is None and report.dimensions == {}
    assert report.reason and words in report.reason


def test_odd_input_never_raises(mark: Scenario) -> None:
    """Empty lines, a huge turn, odd characters and unnumbered order still give a report."""
    lines = [
        TranscriptLine(turn=7, speaker="learner", text="I'm sorry it took nine days. " * 300),
        TranscriptLine(turn=2, speaker="learner", text=""),
        TranscriptLine(turn=3, speaker="persona", text="…"),
        TranscriptLine(
            turn=5, speaker="learner", text="Ticket 48213 — crédit de $4,800 by Friday 🙂"
        ),
        TranscriptLine(turn=9, speaker="learner", text="What would help most, from your side?"),
    ]
    for scenario in (mark, None):
        report = evaluate(scenario, lines)
        for score in report.dimensions.values():
            for item in score.evidence:
                assert item.quote in next(ln.text for ln in lines if ln.turn == item.turn)


def test_the_strong_scripts_reach_every_milestone_needed_for_agreement(
    mark: Scenario, played: dict[str, Played]
) -> None:
    needed = {m.label for m in mark.behaviour.milestones if m.needed_for_agreement}
    for name in STRONG:
        assert needed <= set(played[name].report.outcome.reached)
