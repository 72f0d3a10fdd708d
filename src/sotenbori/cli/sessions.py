"""What several commands share: opening the store, loading a session, scoring and saving it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sotenbori.cli.errors import CliError
from sotenbori.engine.events import Ending, Event, TranscriptLine, ending_of, transcript
from sotenbori.evaluation.report import Report
from sotenbori.scenarios.models import Scenario

if TYPE_CHECKING:
    from sotenbori.store.database import SessionInfo, Store


def read_bytes(path: str) -> bytes:
    """The bytes of a file the person named; ``-`` means standard input."""
    return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()


def open_store() -> Store:
    """The store at ``SOTENBORI_DATABASE_URL``, or SQLite in the user's data directory.

    Imported here: SQLAlchemy and Alembic cost a third of a second that commands which
    never touch the database should not pay.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from sotenbori.store.database import Store, StoreError, database_url

    url = database_url()
    try:
        shown = make_url(url).render_as_string(hide_password=True)
    except ArgumentError:  # not a URL at all; the store will say so
        shown = url
    if url.startswith("sqlite") and url.split("?")[0].rstrip("/") in (
        "sqlite:",
        "sqlite:/",
        "sqlite:///:memory:",
    ):
        raise CliError(
            "SOTENBORI_DATABASE_URL points at an in-memory database, which forgets every"
            " session when the command ends; give it a file, e.g. sqlite:////path/to/sotenbori.db"
        )
    try:
        return Store(url)
    except ImportError as exc:  # e.g. a postgresql:// URL without its driver installed
        raise CliError(
            f"cannot open the database at {shown}: its driver is not installed ({exc})"
        ) from exc
    except StoreError as exc:  # never print a database password to the terminal
        raise CliError(str(exc).replace(url, shown)) from exc


def account_id(store: Store, email: str | None) -> int | None:
    """The id of the web account with this email (None for the terminal's own sessions)."""
    if email is None:
        return None
    user = store.user_by_email(email)
    if user is None:
        raise CliError(f"no account with email {email!r}; sign up in the web app first")
    return user.id


def load_session(store: Store, session_id: str) -> tuple[SessionInfo, list[Event]]:
    """A terminal session and its events; a one-line error when there is no such session."""
    info = store.get_session(session_id)
    if info is None:
        raise CliError(
            f"no session {session_id!r}; `sotenbori history` lists the sessions you have"
        )
    return info, store.events(session_id)


def evaluate(
    scenario: Scenario | None, lines: list[TranscriptLine], ending: Ending | None
) -> Report:
    """Score a transcript. Imported on use: the evaluator is the heaviest part of the package."""
    from sotenbori.evaluation import evaluate as run

    return run(scenario, lines, ending)


def score_and_save(
    store: Store, session_id: str, scenario: Scenario, events: list[Event]
) -> Report:
    """Score an ended session from its events and keep the report with it."""
    report = evaluate(scenario, transcript(events), ending_of(events))
    store.save_report(session_id, report)
    return report


def payload(
    session_id: str, scenario_id: str, events: list[Event], report: Report | None
) -> dict[str, Any]:
    """The one JSON object ``practice --json`` and ``report --json`` print."""
    return {
        "session_id": session_id,
        "scenario": scenario_id,
        "ending": ending_of(events),
        "transcript": [line.model_dump(mode="json") for line in transcript(events)],
        "report": report.model_dump(mode="json") if report else None,
    }


def resume_hint(session_id: str) -> str:
    return f"Resume with: sotenbori practice --resume {session_id}"
