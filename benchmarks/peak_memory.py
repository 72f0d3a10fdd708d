"""Peak memory of a process that plays a full session, stores it and scores it.

Run: ``.venv/bin/python benchmarks/peak_memory.py [--json OUT]``

Each measurement runs in a fresh child process so nothing the benchmark runner loaded is
counted: one child with ``tracemalloc`` on from before the first import (peak Python
allocations) and one without (``ru_maxrss``, the peak resident set of the whole process, which
is what a machine must have free). The child plays the flagship scenario with varied learner
text for 40 learner turns in all: when a session ends (agreement, walk-out) it is scored with
``evaluate``, its report saved, and a new session starts, so one process does at least a full
session's work and usually more. Every turn is committed to SQLite. Target: under 400 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

TARGET_MB = 400.0
MAX_TURNS = 40


def _session(database: Path) -> dict[str, object]:
    """Imports happen here, after tracemalloc may have started."""
    from _learner import SCENARIO_ID, turns

    from sotenbori.engine.events import ending_of, transcript
    from sotenbori.engine.session import end_session, estimated_at, open_session, take_turn
    from sotenbori.evaluation import evaluate
    from sotenbori.scenarios.loader import get_scenario
    from sotenbori.store.database import Store

    scenario = get_scenario(SCENARIO_ID)
    store = Store(f"sqlite:///{database}")
    texts = turns(MAX_TURNS, seed=2)
    played, sessions, endings = 0, 0, []
    while played < MAX_TURNS:
        events = open_session(scenario, f"memory-{sessions}")
        session_id = store.create_session(scenario.id, events).id
        sessions += 1
        while played < MAX_TURNS and not ending_of(events):
            text = texts[played]
            new = take_turn(scenario, events, text, estimated_at(events, text), session_id)
            store.append_events(session_id, new)
            events = [*events, *new]
            played += 1
        if not ending_of(events):
            closing = end_session(scenario, events, at=estimated_at(events, ""))
            store.append_events(session_id, closing)
            events = [*events, *closing]
        report = evaluate(scenario, transcript(store.events(session_id)), ending_of(events))
        store.save_report(session_id, report)
        endings.append(f"{ending_of(events)} ({report.overall})")
    return {"turns": played, "sessions": sessions, "endings": endings}


def child(database: Path, traced: bool) -> dict[str, object]:
    import resource

    if traced:
        tracemalloc.start()
    result = _session(database)
    if traced:
        _, peak = tracemalloc.get_traced_memory()
        result["tracemalloc_peak_mb"] = peak / 2**20
    result["ru_maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def measure(traced: bool) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, __file__, "--child", str(Path(tmp) / "memory.db")]
        if traced:
            command.append("--traced")
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    loaded: dict[str, object] = json.loads(out)
    return loaded


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--traced", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.traced)))
        return 0
    plain, traced = measure(traced=False), measure(traced=True)
    rss = plain["ru_maxrss_mb"]
    assert isinstance(rss, float)
    result = {
        "sessions": {k: plain[k] for k in ("turns", "sessions", "endings")},
        "ru_maxrss_mb": rss,
        "tracemalloc_peak_mb": traced["tracemalloc_peak_mb"],
        "ru_maxrss_mb_with_tracemalloc": traced["ru_maxrss_mb"],
        "target_mb": TARGET_MB,
    }
    verdict = "meets" if rss < TARGET_MB else "MISSES"
    print(
        "## Peak memory: play sessions, commit every turn to SQLite, score, save the reports\n\n"
        f"{plain['turns']} learner turns over {plain['sessions']} sessions, each scored:"
        f" endings (overall score) {', '.join(str(e) for e in plain['endings'])}.\n\n"
        "| measure | MB |\n|---|---|\n"
        f"| peak RSS of the process (ru_maxrss) | {rss:.1f} |\n"
        f"| peak Python allocations (tracemalloc, from before the first import)"
        f" | {result['tracemalloc_peak_mb']:.1f} |\n\n"
        f"Peak RSS {rss:.1f} MB {verdict} the {TARGET_MB:g} MB target."
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
