"""Played transcripts and their reports, computed once per test session (the engine is real)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from sotenbori.engine.events import Ending, TranscriptLine
from sotenbori.evaluation import Report, evaluate
from sotenbori.scenarios.models import Scenario
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
