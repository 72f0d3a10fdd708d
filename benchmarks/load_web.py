"""Load on the web app: many learners holding conversations at once against one server.

Run: ``.venv/bin/python benchmarks/load_web.py [--learners 50] [--turns 8] [--json OUT]``

Starts the real server (``python -m sotenbori.web.server``, production mode, its own SQLite
file) on a free loopback port, signs up ``--learners`` accounts, then has all of them talk at
once, as the practice page does: POST the turn (learner line and reply are saved before it
answers), read the reply's event stream to the end, pause, go again. A session that ends
(agreement, walk-out) is scored and a new one starts, so every turn is real.

People do not press Enter in step: learners join over ``--ramp`` seconds and pause between
half and one and a half times ``--think`` seconds (seeded) after reading a reply, which is
still far faster than anyone types. ``--lockstep`` drops both, so all learners send every turn
in the same instant: the worst burst one process can be given.

Measured: the turn round trip (POST to answer), time to the stream's first word, scoring at the
end, and every error. Target on the 2-core CI machine: p95 turn round trip under 150 ms, no
errors. Learner text comes from ``_learner.turns`` (seeded per learner, so runs repeat).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from _learner import SCENARIO_ID, turns
from _metrics import percentile

TARGET_P95_MS = 150.0
REPO = Path(__file__).resolve().parents[1]


@dataclass
class Figures:
    turn_ms: list[float] = field(default_factory=list)
    first_word_ms: list[float] = field(default_factory=list)
    end_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)
    sessions: int = 0
    endings: Counter[str] = field(default_factory=Counter)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start_server(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    env = {
        **os.environ,
        "SOTENBORI_DATABASE_URL": f"sqlite:///{folder / 'load.db'}",
        "SOTENBORI_SECRET_KEY": secrets.token_urlsafe(48),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "sotenbori.web.server", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        cwd=REPO,
        stdout=(folder / "server.log").open("wb"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"server exited:\n{(folder / 'server.log').read_text()}")
        try:
            if httpx.get(url + "/api/scenarios", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("server did not start within 30 s")


class Learner:
    """One simulated learner: own cookies, own CSRF token, own seeded lines."""

    def __init__(self, url: str, number: int, figures: Figures) -> None:
        self.client = httpx.AsyncClient(base_url=url, timeout=30)
        self.number = number
        self.figures = figures
        self.headers: dict[str, str] = {}

    async def _token(self) -> None:
        token = (await self.client.get("/api/auth/csrf")).json()["csrf_token"]
        self.headers = {"X-CSRF-Token": token}

    async def sign_up(self) -> None:
        await self._token()
        response = await self.client.post(
            "/api/auth/signup",
            headers=self.headers,
            json={
                "email": f"learner{self.number}@load.example",
                "display_name": f"Learner {self.number}",
                "password": "load test password",
            },
        )
        response.raise_for_status()
        await self._token()  # the token changes with the new signed-in session

    async def _start(self) -> str:
        response = await self.client.post(
            "/api/sessions", headers=self.headers, json={"scenario_id": SCENARIO_ID}
        )
        response.raise_for_status()
        self.figures.sessions += 1
        session_id: str = response.json()["id"]
        return session_id

    async def _end(self, session_id: str) -> None:
        started = time.perf_counter()
        response = await self.client.post(f"/api/sessions/{session_id}/end", headers=self.headers)
        if response.status_code != 200:
            self.figures.errors[f"end {response.status_code}"] += 1
            return
        self.figures.end_ms.append((time.perf_counter() - started) * 1000)

    async def _read_stream(self, url: str) -> None:
        started = time.perf_counter()
        first = True
        async with self.client.stream("GET", url) as response:
            if response.status_code != 200:
                self.figures.errors[f"stream {response.status_code}"] += 1
                return
            async for line in response.aiter_lines():
                if first and line.startswith("event: token"):
                    self.figures.first_word_ms.append((time.perf_counter() - started) * 1000)
                    first = False
                if line.startswith("event: done"):
                    break

    async def converse(self, count: int, think: float, ramp: float, lockstep: bool) -> None:
        try:
            await self._converse(count, think, ramp, lockstep)
        except httpx.HTTPError as exc:  # a dropped connection outside a turn: count it, stop
            self.figures.errors[f"{type(exc).__name__} (session start/end/stream)"] += 1
        finally:
            await self.client.aclose()

    async def _converse(self, count: int, think: float, ramp: float, lockstep: bool) -> None:
        rng = random.Random(self.number)
        if not lockstep:
            await asyncio.sleep(rng.uniform(0, ramp))
        session_id = await self._start()
        for text in turns(count, seed=self.number):
            started = time.perf_counter()
            try:
                response = await self.client.post(
                    f"/api/sessions/{session_id}/turns", headers=self.headers, json={"text": text}
                )
            except httpx.HTTPError as exc:
                self.figures.errors[type(exc).__name__] += 1
                continue
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 201:
                self.figures.errors[f"turn {response.status_code}"] += 1
                continue
            self.figures.turn_ms.append(elapsed)
            reply = response.json()
            await self._read_stream(reply["stream_url"])
            if reply["ending"]:
                self.figures.endings[reply["ending"]] += 1
                await self._end(session_id)
                session_id = await self._start()
            await asyncio.sleep(think if lockstep else rng.uniform(0.5 * think, 1.5 * think))
        await self._end(session_id)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU the server process has used so far (Linux /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def summary(samples: list[float]) -> dict[str, float]:
    if not samples:
        return {"n": 0}
    return {
        "n": len(samples),
        "p50_ms": round(percentile(samples, 50), 1),
        "p95_ms": round(percentile(samples, 95), 1),
        "p99_ms": round(percentile(samples, 99), 1),
        "max_ms": round(max(samples), 1),
    }


async def run(args: argparse.Namespace, url: str) -> tuple[Figures, float]:
    figures = Figures()
    crowd = [Learner(url, n, figures) for n in range(1, args.learners + 1)]
    await asyncio.gather(*(learner.sign_up() for learner in crowd))
    started = time.perf_counter()
    await asyncio.gather(
        *(learner.converse(args.turns, args.think, args.ramp, args.lockstep) for learner in crowd)
    )
    return figures, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--turns", type=int, default=8, help="turns per learner")
    parser.add_argument("--think", type=float, default=2.0, help="mean seconds between turns")
    parser.add_argument("--ramp", type=float, default=2.0, help="seconds over which learners join")
    parser.add_argument("--lockstep", action="store_true", help="everyone sends at once, always")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="sotenbori-load-"))
    process, url = start_server(folder)
    try:
        figures, seconds = asyncio.run(run(args, url))
        server_cpu = _cpu_seconds(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=10)

    result = {
        "learners": args.learners,
        "turns_per_learner": args.turns,
        "think_seconds": args.think,
        "lockstep": args.lockstep,
        "wall_seconds": round(seconds, 1),
        "turns_per_second": round(len(figures.turn_ms) / seconds, 1),
        "turn_round_trip": summary(figures.turn_ms),
        "stream_first_word": summary(figures.first_word_ms),
        "end_and_score": summary(figures.end_ms),
        "sessions": figures.sessions,
        "endings": dict(figures.endings),
        "errors": sum(figures.errors.values()),
        "error_kinds": dict(figures.errors),
        "cpus": os.cpu_count(),
        "server_cpu_seconds": round(server_cpu, 1),
    }
    turn = result["turn_round_trip"]
    assert isinstance(turn, dict)
    mode = "lockstep" if args.lockstep else f"think ~{args.think}s, ramp {args.ramp}s"
    print(
        f"{args.learners} learners x {args.turns} turns ({mode}): {result['wall_seconds']} s,"
        f" {result['turns_per_second']} turns/s, server CPU {result['server_cpu_seconds']} s"
        f" on {os.cpu_count()} CPUs"
    )
    for name in ("turn_round_trip", "stream_first_word", "end_and_score"):
        s = result[name]
        assert isinstance(s, dict)
        if s.get("n"):
            print(
                f"  {name:<18} n={s['n']:<5} p50 {s['p50_ms']:>7.1f} ms"
                f"   p95 {s['p95_ms']:>7.1f} ms   p99 {s['p99_ms']:>7.1f} ms"
                f"   max {s['max_ms']:>7.1f} ms"
            )
    print(f"  errors: {result['errors']} {result['error_kinds'] or ''}")
    verdict = turn.get("p95_ms", float("inf")) < TARGET_P95_MS and result["errors"] == 0
    print(f"  target p95 < {TARGET_P95_MS:.0f} ms and no errors: {'met' if verdict else 'MISSED'}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
