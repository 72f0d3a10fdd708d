"""Played transcripts and their reports, computed once per test session (the engine is real)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sotenbori.engine.events import Ending, TranscriptLine
from sotenbori.evaluation import Report, evaluate
from sotenbori.scenarios.models import Scenario
from tests.evaluation import corpus
from tests.evaluation.scripts import GIBBERISH, REAL_CALLS, SCORED, call, play


@dataclass(frozen=True)
class Played:
    """One script played through the engine, and the report on it."""

    name: str
    transcript: list[TranscriptLine]
    ending: Ending | None
    report: Report


@pytest.fixture(scope="session")
def played(mark: Scenario) -> dict[str, Played]:
    """Every flagship script (scored kinds and gibberish), played and evaluated."""
    out: dict[str, Played] = {}
    for name, lines in {**SCORED, **GIBBERISH}.items():
        lines_said, ending = play(mark, lines)
        out[name] = Played(name, lines_said, ending, evaluate(mark, lines_said, ending))
    return out


@pytest.fixture(scope="session")
def calls() -> dict[str, Played]:
    """The real calls, scored with no scenario."""
    out: dict[str, Played] = {}
    for name, pairs in REAL_CALLS.items():
        lines = call(pairs)
        out[name] = Played(name, lines, None, evaluate(None, lines))
    return out


@dataclass(frozen=True)
class Scored:
    """A transcript, the scenario it was scored against (None for a real call) and its report."""

    name: str
    scenario: Scenario | None
    transcript: list[TranscriptLine]
    report: Report


@pytest.fixture(scope="session")
def corpus_reports(
    mark: Scenario, jordan: Scenario, played: dict[str, Played], calls: dict[str, Played]
) -> list[Scored]:
    """Every scored report we can make: both scenarios, real calls, the example scripts."""
    out = [Scored(p.name, mark, p.transcript, p.report) for p in played.values()]
    out += [Scored(p.name, None, p.transcript, p.report) for p in calls.values()]
    scripted = [(f"example:{n}", mark, lines) for n, lines in corpus.examples().items()]
    scripted += [(f"mark:{n}", mark, lines) for n, lines in corpus.MARK.items()]
    scripted += [(f"jordan:{n}", jordan, lines) for n, lines in corpus.JORDAN.items()]
    for name, scenario, lines in scripted:
        said, ending = play(scenario, lines)
        out.append(Scored(name, scenario, said, evaluate(scenario, said, ending)))
    for name, pairs in corpus.CALLS.items():
        said = call(pairs)
        out.append(Scored(f"call:{name}", None, said, evaluate(None, said)))
    return [s for s in out if s.report.scored]
