"""Latency of one persona turn: analyse, fold state, decide, render, commit to SQLite.

Run: ``.venv/bin/python benchmarks/turn_latency.py [--turns 400] [--json OUT]``

This is the work a learner waits for after pressing Enter (no language model: the offline line
bank). Sessions are played against the flagship scenario with varied learner text; when one
ends (agreement, walk-out or time up) a new one starts, so every turn is a real turn. Each turn
is timed end to end: ``take_turn`` (which replays the session's events, as the engine always
does) plus ``Store.append_events`` on a real SQLite file. Target: p95 under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from _learner import SCENARIO_ID, turns
from _metrics import percentile

from sotenbori.engine.analyse import analyse
from sotenbori.engine.events import Event, ending_of
from sotenbori.engine.session import estimated_at, open_session, take_turn
from sotenbori.scenarios.loader import get_scenario
from sotenbori.store.database import Store

TARGET_P95_MS = 50.0


def summary(samples_ms: list[float]) -> dict[str, float]:
    return {
        "n": len(samples_ms),
        "p50_ms": percentile(samples_ms, 50),
        "p95_ms": percentile(samples_ms, 95),
        "p99_ms": percentile(samples_ms, 99),
        "max_ms": max(samples_ms),
        "mean_ms": sum(samples_ms) / len(samples_ms),
    }


def run(count: int, folder: Path) -> dict[str, object]:
    """Play ``count`` learner turns; time each whole turn and its parts."""
    scenario = get_scenario(SCENARIO_ID)
    store = Store(f"sqlite:///{folder / 'bench.db'}")
    texts = turns(count, seed=11)
    whole, engine, commit, analyser = [], [], [], []
    sessions, events, session_id = 0, list[Event](), ""
    turns_in_session: list[int] = []
    for text in texts:
        if not events or ending_of(events):
            events = open_session(scenario, f"bench-{sessions}")
            session_id = store.create_session(scenario.id, events).id
            sessions += 1
            turns_in_session.append(0)
        at = estimated_at(events, text)
        t0 = time.perf_counter()
        new = take_turn(scenario, events, text, at, session_id)
        t1 = time.perf_counter()
        store.append_events(session_id, new)
        t2 = time.perf_counter()
        events = [*events, *new]
        turns_in_session[-1] += 1
        engine.append((t1 - t0) * 1000)
        commit.append((t2 - t1) * 1000)
        whole.append((t2 - t0) * 1000)
        t3 = time.perf_counter()
        analyse(text, scenario)
        analyser.append((time.perf_counter() - t3) * 1000)
    return {
        "turns": count,
        "sessions": sessions,
        "longest_session_turns": max(turns_in_session),
        "whole_turn": summary(whole),
        "engine_only": summary(engine),
        "sqlite_commit": summary(commit),
        "analyse_only": summary(analyser),
        "target_p95_ms": TARGET_P95_MS,
    }


def table(result: dict[str, object]) -> str:
    lines = [
        f"## One persona turn ({result['turns']} turns over {result['sessions']} sessions,"
        f" longest {result['longest_session_turns']} turns)\n",
        "| part | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---|---|---|---|",
    ]
    for key, label in (
        ("whole_turn", "whole turn (engine + SQLite commit)"),
        ("engine_only", "engine: analyse, replay, decide, render"),
        ("sqlite_commit", "Store.append_events (SQLite)"),
        ("analyse_only", "analyse alone"),
    ):
        s = result[key]
        assert isinstance(s, dict)
        lines.append(
            f"| {label} | {s['p50_ms']:.2f} | {s['p95_ms']:.2f} | {s['p99_ms']:.2f}"
            f" | {s['max_ms']:.2f} |"
        )
    whole = result["whole_turn"]
    assert isinstance(whole, dict)
    verdict = "meets" if whole["p95_ms"] < TARGET_P95_MS else "MISSES"
    lines.append(
        f"\nWhole-turn p95 {whole['p95_ms']:.1f} ms {verdict} the {TARGET_P95_MS:g} ms target."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=400)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        result = run(args.turns, Path(tmp))
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
