"""Time to score a transcript with ``sotenbori.evaluation.evaluate``.

Run: ``.venv/bin/python benchmarks/scoring_time.py [--repeat 30] [--json OUT]``

The transcript has 40 learner turns and 40 persona replies (80 lines), longer than a 16-minute
session usually gets: learner lines come from the varied benchmark text, persona replies from
the engine's own offline renderer. Scoring re-analyses every learner line and replays the
persona's state, so this is the whole cost of the report page. Also timed: 20 learner turns, and
the same 40 turns scored as a real call (no scenario). Target: under 300 ms for 40 turns.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from _learner import SCENARIO_ID, turns
from _metrics import percentile

from sotenbori.engine.events import Event, TranscriptLine, ending_of
from sotenbori.engine.session import estimated_at, open_session, take_turn
from sotenbori.evaluation import evaluate
from sotenbori.scenarios.loader import get_scenario
from sotenbori.scenarios.models import Scenario

TARGET_MS = 300.0


def build_transcript(scenario: Scenario, learner_turns: int, seed: int = 5) -> list[TranscriptLine]:
    """Learner lines with the persona replies the engine gave them (new session when one ends)."""
    lines: list[TranscriptLine] = []
    events: list[Event] = []
    sessions = 0
    for text in turns(learner_turns, seed=seed):
        if not events or ending_of(events):
            events = open_session(scenario, f"score-{sessions}")
            sessions += 1
        new = take_turn(scenario, events, text, estimated_at(events, text), f"score-{sessions}")
        events = [*events, *new]
        lines.append(TranscriptLine(turn=len(lines) + 1, speaker="learner", text=new[0].text))
        lines.append(TranscriptLine(turn=len(lines) + 1, speaker="persona", text=new[1].text))
    return lines


def time_it(
    scenario: Scenario | None, lines: list[TranscriptLine], repeat: int
) -> dict[str, float]:
    """First call (cold caches) and the distribution of the following calls, in ms."""
    t0 = time.perf_counter()
    report = evaluate(scenario, lines)
    first = (time.perf_counter() - t0) * 1000
    samples = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        evaluate(scenario, lines)
        samples.append((time.perf_counter() - t0) * 1000)
    return {
        "lines": len(lines),
        "scored": float(report.scored),
        "first_ms": first,
        "p50_ms": percentile(samples, 50),
        "p95_ms": percentile(samples, 95),
        "max_ms": max(samples),
    }


def run(repeat: int) -> dict[str, object]:
    scenario = get_scenario(SCENARIO_ID)
    forty = build_transcript(scenario, 40)
    twenty = build_transcript(scenario, 20)
    real_call = [
        TranscriptLine(turn=line.turn, speaker="learner" if line.speaker == "learner" else "other",
                       text=line.text)
        for line in forty
    ]
    return {
        "repeat": repeat,
        "40 learner turns, scenario": time_it(scenario, forty, repeat),
        "20 learner turns, scenario": time_it(scenario, twenty, repeat),
        "40 learner turns, real call (no scenario)": time_it(None, real_call, repeat),
        "target_ms": TARGET_MS,
    }


def table(result: dict[str, object]) -> str:
    lines = [
        f"## Scoring a transcript (evaluate; {result['repeat']} timed calls after a first call)\n",
        "| transcript | lines | scored | first call ms | p50 ms | p95 ms | max ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, value in result.items():
        if isinstance(value, dict):
            lines.append(
                f"| {key} | {value['lines']:.0f} | {'yes' if value['scored'] else 'no'}"
                f" | {value['first_ms']:.1f} | {value['p50_ms']:.1f} | {value['p95_ms']:.1f}"
                f" | {value['max_ms']:.1f} |"
            )
    main = result["40 learner turns, scenario"]
    assert isinstance(main, dict)
    verdict = "meets" if main["p95_ms"] < TARGET_MS else "MISSES"
    lines.append(f"\n40-turn p95 {main['p95_ms']:.1f} ms {verdict} the {TARGET_MS:g} ms target.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    result = run(args.repeat)
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
