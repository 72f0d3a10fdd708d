"""The store: one place that reads and writes sessions, their events and users.

SQLite in the user's data directory by default; ``SOTENBORI_DATABASE_URL`` points elsewhere
(PostgreSQL for a team). Every append is its own short transaction, so a crash between turns
loses nothing that was said.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from platformdirs import user_data_dir
from pydantic import TypeAdapter
from sqlalchemy import Engine, create_engine, event, func, make_url, select
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sotenbori.engine.events import Event, ending_of
from sotenbori.evaluation.report import Report
from sotenbori.store.tables import PracticeSession, SessionEvent, User, now

MIGRATIONS = Path(__file__).parent / "migrations"
_EVENT = TypeAdapter[Event](Event)


def _first_line(exc: BaseException) -> str:
    text = str(exc.args[0] if exc.args else exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


class StoreError(RuntimeError):
    """The database could not be reached or written; the message is one line for a person."""


def database_url() -> str:
    """``SOTENBORI_DATABASE_URL``, or SQLite in the user's data directory."""
    url = os.environ.get("SOTENBORI_DATABASE_URL")
    if url:
        return url
    folder = Path(user_data_dir("sotenbori", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'sotenbori.db'}"


def shown_url(url: str) -> str:
    """The URL with any password hidden, for messages a person reads."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def new_session_id() -> str:
    return secrets.token_hex(8)


@dataclass(frozen=True)
class SessionInfo:
    """A practice session as lists and pages show it."""

    id: str
    scenario_id: str
    user_id: int | None
    created_at: datetime
    ending: str | None
    overall: int | None

    @classmethod
    def of(cls, row: PracticeSession) -> SessionInfo:
        created = row.created_at
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        return cls(row.id, row.scenario_id, row.user_id, created, row.ending, row.overall)


@dataclass(frozen=True)
class UserInfo:
    id: int
    email: str
    display_name: str
    password_hash: str


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(conn: Any, _record: Any) -> None:
        cursor = conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()


class Store:
    """Sessions, events, reports and users in one database."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or database_url()
        try:
            self.engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                _sqlite_pragmas(self.engine)
            self._migrate()
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open the database at {shown_url(self.url)}: {_first_line(exc)}"
            ) from exc
        except ModuleNotFoundError as exc:
            raise StoreError(
                f"cannot open the database at {shown_url(self.url)}:"
                f" its driver is not installed ({exc})"
            ) from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def _db(self) -> Session:
        return self._sessions()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """A short write transaction; database failures become one-line StoreErrors."""
        try:
            with self._db() as db, db.begin():
                yield db
        except SQLAlchemyError as exc:
            raise StoreError(
                f"could not save to the database at {shown_url(self.url)}: {_first_line(exc)}"
            ) from exc

    # Sessions and their events -------------------------------------------------------------

    def create_session(
        self,
        scenario_id: str,
        events: list[Event],
        user_id: int | None = None,
        session_id: str | None = None,
    ) -> SessionInfo:
        """A new session with its first events (the opening line), committed at once.

        Pass ``session_id`` (from :func:`new_session_id`) when the events were seeded with it.
        """
        row = PracticeSession(
            id=session_id or new_session_id(), scenario_id=scenario_id, user_id=user_id
        )
        with self._writing() as db:
            db.add(row)
            db.flush()
            self._add_events(db, row, events, start=0)
        return SessionInfo.of(row)

    def _add_events(
        self, db: Session, row: PracticeSession, events: list[Event], start: int
    ) -> None:
        for seq, ev in enumerate(events, start=start):
            db.add(
                SessionEvent(session_id=row.id, seq=seq, kind=ev.kind, payload=ev.model_dump_json())
            )
        row.updated_at = now()

    def append_events(self, session_id: str, events: list[Event]) -> None:
        """Append events to a session in one transaction, and record its ending if any."""
        if not events:
            return
        with self._writing() as db:
            row = db.get(PracticeSession, session_id)
            if row is None:
                raise StoreError(f"no session {session_id}")
            count = (
                db.scalar(select(func.count()).where(SessionEvent.session_id == session_id)) or 0
            )
            self._add_events(db, row, events, start=count)
            db.flush()
            everything = self._load_events(db, session_id)
            row.ending = ending_of(everything)

    def _load_events(self, db: Session, session_id: str) -> list[Event]:
        rows = db.scalars(
            select(SessionEvent.payload)
            .where(SessionEvent.session_id == session_id)
            .order_by(SessionEvent.seq)
        )
        return [_EVENT.validate_json(payload) for payload in rows]

    def events(self, session_id: str) -> list[Event]:
        with self._db() as db:
            return self._load_events(db, session_id)

    def get_session(self, session_id: str, user_id: int | None = None) -> SessionInfo | None:
        """The session, or None when it does not exist or belongs to someone else.

        With ``user_id`` None (the terminal), any session can be opened.
        """
        with self._db() as db:
            row = db.get(PracticeSession, session_id)
            if row is None or (user_id is not None and row.user_id != user_id):
                return None
            return SessionInfo.of(row)

    def history(self, user_id: int | None = None, limit: int = 200) -> list[SessionInfo]:
        """Sessions newest first; ``user_id`` None lists the terminal's own (no user) sessions."""
        with self._db() as db:
            query = select(PracticeSession).order_by(PracticeSession.created_at.desc()).limit(limit)
            query = query.where(
                PracticeSession.user_id.is_(None)
                if user_id is None
                else PracticeSession.user_id == user_id
            )
            return [SessionInfo.of(row) for row in db.scalars(query)]

    def save_report(self, session_id: str, report: Report) -> None:
        with self._writing() as db:
            row = db.get(PracticeSession, session_id)
            if row is None:
                raise StoreError(f"no session {session_id}")
            row.report_json = report.model_dump_json()
            row.overall = report.overall

    def report(self, session_id: str) -> Report | None:
        with self._db() as db:
            row = db.get(PracticeSession, session_id)
            if row is None or row.report_json is None:
                return None
            return Report.model_validate_json(row.report_json)

    # Users ---------------------------------------------------------------------------------

    def create_user(self, email: str, display_name: str, password_hash: str) -> UserInfo:
        """Raises StoreError when the email is taken."""
        with self._db() as db:
            if db.scalar(select(User).where(func.lower(User.email) == email.lower())):
                raise StoreError("an account with that email already exists")
            user = User(email=email, display_name=display_name, password_hash=password_hash)
            db.add(user)
            try:
                db.commit()
            except SQLAlchemyError as exc:
                raise StoreError(f"could not save the account: {_first_line(exc)}") from exc
            return UserInfo(user.id, user.email, user.display_name, user.password_hash)

    def user_by_email(self, email: str) -> UserInfo | None:
        with self._db() as db:
            user = db.scalar(select(User).where(func.lower(User.email) == email.lower()))
            return (
                UserInfo(user.id, user.email, user.display_name, user.password_hash)
                if user
                else None
            )

    def user(self, user_id: int) -> UserInfo | None:
        with self._db() as db:
            user = db.get(User, user_id)
            return (
                UserInfo(user.id, user.email, user.display_name, user.password_hash)
                if user
                else None
            )
