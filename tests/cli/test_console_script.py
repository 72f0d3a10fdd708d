"""The installed `sotenbori` console script, run as a real process: JSON on a pipe, and a
session killed with SIGKILL mid-way that resumes with nothing lost."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.cli.conftest import MARK, STRONG

SOTENBORI = Path(sys.executable).parent / "sotenbori"


class Running:
    """A `sotenbori` process whose stdout is collected as it arrives."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [str(SOTENBORI), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        self.output = b""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        while chunk := os.read(self.proc.stdout.fileno(), 4096):
            self.output += chunk

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text.encode())
        self.proc.stdin.flush()

    def wait_for(self, pattern: str, count: int = 1, timeout: float = 60) -> str:
        """Wait until ``pattern`` has appeared ``count`` times in stdout (a deadline, not a
        timing assertion: it only stops a broken build from hanging)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            finished = self.proc.poll() is not None
            if finished:
                self._reader.join(timeout=10)  # let it read what the process wrote last
            text = self.output.decode(errors="replace")
            if len(re.findall(pattern, text)) >= count:
                return text
            if finished:
                break
            time.sleep(0.05)
        pytest.fail(f"never saw {pattern!r} x{count} in: {self.output.decode(errors='replace')}")


@pytest.fixture
def env(database_url: str) -> dict[str, str]:
    return {**os.environ, "SOTENBORI_DATABASE_URL": database_url, "COLUMNS": "200"}


def run(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SOTENBORI), *args], input=stdin, capture_output=True, text=True, env=env, timeout=120
    )


def test_scripted_session_prints_one_json_object_on_a_pipe(
    env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "turns.txt"
    path.write_text(STRONG, encoding="utf-8")
    done = run(env, "practice", MARK, "--script", str(path), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["ending"] == "agreement"
    assert data["report"]["scored"] is True


def test_bad_input_is_one_line_on_stderr_from_the_real_binary(
    env: dict[str, str], tmp_path: Path
) -> None:
    path = tmp_path / "bytes.txt"
    path.write_bytes(b"\xff\xfe Mark \x81\n")
    done = run(env, "practice", MARK, "--script", str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1 and "UTF-8" in done.stderr


def test_a_script_session_killed_mid_way_resumes_with_the_same_transcript(
    env: dict[str, str], tmp_path: Path
) -> None:
    turns = [" ".join(p.split()) for p in STRONG.split("\n\n")]
    live = Running(["practice", MARK, "--script", "-"], env)
    live.send(turns[0] + "\n\n")
    live.wait_for(r"\nMark: ", count=2)  # the opening line and the reply to turn 1
    live.send(turns[1] + "\n\n")
    text = live.wait_for(r"\nMark: ", count=3)
    live.proc.send_signal(signal.SIGKILL)
    live.proc.wait(timeout=30)
    session = re.search(r"session ([0-9a-f]{16})", text)
    assert session, text
    session_id = session.group(1)

    still_open = run(env, "report", session_id)
    assert still_open.returncode == 1
    assert f"--resume {session_id}" in still_open.stderr

    rest = tmp_path / "rest.txt"
    rest.write_text("\n\n".join(turns[2:]), encoding="utf-8")
    done = run(env, "practice", "--resume", session_id, "--script", str(rest), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    learner = [ln["text"] for ln in data["transcript"] if ln["speaker"] == "learner"]
    assert learner == turns  # nothing lost, nothing doubled
    assert data["ending"] == "agreement"


def test_ctrl_c_in_an_interactive_session_saves_it(env: dict[str, str]) -> None:
    live = Running(["practice", MARK], env)
    live.wait_for(r"left\] You: ")
    live.send("Morning Mark, it's Kim from Lumen; I've got your invoice in front of me.\n")
    live.wait_for(r"left\] You: ", count=2)
    live.proc.send_signal(signal.SIGINT)
    assert live.proc.wait(timeout=30) == 0
    text = live.wait_for("Session saved. Resume with: sotenbori practice --resume")
    session_id = re.findall(r"--resume ([0-9a-f]{16})", text)[-1]
    resumed = run(env, "practice", "--resume", session_id, stdin="/end\n")
    assert resumed.returncode == 0, resumed.stderr
    assert "You: Morning Mark, it's Kim from Lumen" in resumed.stdout
