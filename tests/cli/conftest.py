"""CLI test helpers: run the real command in-process against a fresh SQLite per test."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sotenbori.cli import main

MARK = "the-escalation-escalator"

#: A learner who acknowledges, fixes the invoice with a date, asks, and builds a protocol.
STRONG = """\
Hello Mark, it's Alex, your account manager at Lumen. Thanks for taking the call.
Nine days on ticket 48213 with nothing but "escalated to billing" is not acceptable,
and I'm sorry it took a note to Dana before anyone moved.

The cause is simple: the February seat reduction to 300 never made it into billing,
so March charged you for 340. That's 40 seats at $120, so $4,800. I will put a $4,800
credit through today and you'll have the credit note by Thursday.

What happened the last time a ticket stalled on you? I want to understand why the CEO
felt like the only route.

So when things go quiet, going to the top has been the one thing that reliably works.
Given what you went through, I can see why.

Here's what I'd like to propose. I will be your named owner for any issue, with Priya
Shah from support as backup. Anything urgent gets a first response within 4 business hours.

If we miss the 4-hour window, the escalation path is me, then my VP Tom Keller, the same
day. And let's review how it's working every quarter, starting with a call next month.

Will you agree to bring the next issue to me first, and give the 4-hour window a chance
before you email Dana?
"""

#: A learner who tells Mark how to behave and blames his team.
LECTURE = """\
Mark, I have to be honest: writing to our CEO every time is just not how this works.

You should go through the support process like every other customer. That's what it's there for.

To be frank, your people should have sent the seat change to billing properly.

Going over people's heads damages relationships and you need to stop.

Will you agree to stop emailing Dana?
"""

#: Polite but never builds a plan; the script runs out before anything is agreed.
SHORT = """\
Good morning Mark, thanks for finding a few minutes this morning.

I've read your note to Dana about the invoice and I'm looking into it now.
"""


Invoke = Callable[..., Result]


@pytest.fixture
def cli(database_url: str) -> Invoke:
    """Run ``sotenbori ARGS`` in-process; stdout and stderr are kept apart."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None) -> Result:
        return runner.invoke(main, list(args), input=input)

    return invoke


@pytest.fixture
def script(tmp_path: Path) -> Callable[[str], str]:
    """Write a script file and return its path."""
    counter = iter(range(1000))

    def write(text: str) -> str:
        path = tmp_path / f"script-{next(counter)}.txt"
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


def one_line_error(result: Result) -> str:
    """The single stderr line of a failed command (asserts it is one line and no traceback)."""
    err = result.stderr.strip()
    assert err, "expected an error message on stderr"
    assert "\n" not in err, f"error is more than one line: {err!r}"
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), f"unexpected exception: {result.exception!r}"
    return err


def flat(text: str) -> str:
    """Output with rich's line wrapping undone, for substring checks."""
    return " ".join(text.split())


def practise(cli: Invoke, path: str, *extra: str) -> dict[str, Any]:
    """Run a scripted session with --json and return the one object it prints."""
    result = cli("practice", MARK, "--script", path, "--json", *extra)
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data
