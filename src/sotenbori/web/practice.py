"""Practice sessions as the web sees them: one place for pages and API alike.

Every call loads the session's events from the store, runs a pure engine function and appends
the new events in one transaction, so any worker can take any turn and a reload shows exactly
what was said. A session belongs to the user who started it; anyone else gets ``NotFound``.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError

from sotenbori.engine.events import Ending, Event, TranscriptLine, ending_of, transcript
from sotenbori.engine.session import (
    SessionOver,
    elapsed,
    end_session,
    open_session,
    take_back,
    take_turn,
)
from sotenbori.evaluation import evaluate
from sotenbori.evaluation.report import Report
from sotenbori.scenarios.loader import ScenarioError, catalogue, get_scenario
from sotenbori.scenarios.models import Scenario
from sotenbori.store.database import SessionInfo, Store, StoreError


class NotFound(LookupError):
    """No such session for this user (or no such scenario). Answered with 404."""


class Conflict(RuntimeError):
    """The request does not fit the session's state (it has ended, or a turn crossed)."""


@dataclass(frozen=True)
class SessionView:
    """A session with everything a page or API answer needs."""

    info: SessionInfo
    scenario: Scenario | None
    events: list[Event]
    lines: list[TranscriptLine]
    ending: Ending | None
    elapsed: float
    remaining: float
    can_take_back: bool
    scored: bool

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def title(self) -> str:
        return self.scenario.page.title if self.scenario else self.info.scenario_id


@dataclass(frozen=True)
class TurnResult:
    """The learner's line and the persona's reply, both already committed."""

    learner: TranscriptLine
    persona: TranscriptLine
    ending: Ending | None


@dataclass(frozen=True)
class HistoryItem:
    info: SessionInfo
    title: str
    report: Report | None


def scenario_or_none(scenario_id: str) -> Scenario | None:
    """The scenario, or None when its file has gone (old sessions still open and score)."""
    try:
        return get_scenario(scenario_id)
    except ScenarioError:
        return None


class Practice:
    """Start, continue, rewind, end and score sessions for signed-in learners."""

    def __init__(self, store: Store) -> None:
        self.store = store
        #: SQLite takes one writer at a time and makes the others sleep and retry; queueing
        #: writers here instead wakes the next one the moment the last commits.
        self.writing = threading.Lock()
        self._locks: weakref.WeakValueDictionary[str, threading.Lock] = (
            weakref.WeakValueDictionary()
        )
        self._locks_lock = threading.Lock()

    def _lock(self, session_id: str) -> threading.Lock:
        """One writer per session in this process; the database's unique key covers the rest."""
        with self._locks_lock:
            lock = self._locks.get(session_id)
            if lock is None:
                lock = threading.Lock()
                self._locks[session_id] = lock
            return lock

    # Reading ---------------------------------------------------------------------------------

    def _info(self, session_id: str, user_id: int) -> SessionInfo:
        info = self.store.get_session(session_id, user_id)
        if info is None or info.user_id != user_id:
            raise NotFound(session_id)
        return info

    def _clock(self, info: SessionInfo, events: list[Event]) -> float:
        """Seconds since the session started, never earlier than the last event."""
        wall = (datetime.now(UTC) - info.created_at).total_seconds()
        return max(wall, elapsed(events))

    def view(self, session_id: str, user_id: int) -> SessionView:
        """The session as it stands, for its owner only.

        Raises:
            NotFound: no session with this id belongs to the user.
        """
        info = self._info(session_id, user_id)
        events = self.store.events(session_id)
        return self._view(info, events)

    def _view(self, info: SessionInfo, events: list[Event]) -> SessionView:
        scenario = scenario_or_none(info.scenario_id)
        now = self._clock(info, events)
        duration = scenario.duration_seconds if scenario else 0
        scored = self.store.report(info.id) is not None
        return SessionView(
            info=info,
            scenario=scenario,
            events=events,
            lines=transcript(events),
            ending=ending_of(events),
            elapsed=now,
            remaining=max(0.0, duration - now),
            can_take_back=not scored and bool(take_back(events, now)),
            scored=scored,
        )

    # Writing ---------------------------------------------------------------------------------

    def start(self, scenario_id: str, user_id: int) -> SessionInfo:
        """A new session with the persona's opening line already said.

        Raises:
            NotFound: no scenario with this id.
        """
        scenario = scenario_or_none(scenario_id)
        if scenario is None:
            raise NotFound(scenario_id)
        opening = open_session(scenario)
        with self.writing:
            return self.store.create_session(scenario_id, opening, user_id)

    def say(self, session_id: str, user_id: int, text: str) -> TurnResult:
        """Take the learner's turn and commit it with the persona's reply.

        Raises:
            NotFound: not the user's session.
            TurnRejected: empty or too long (nothing is recorded).
            Conflict: the session has ended, or another turn was committed at the same time.
        """
        info = self._info(session_id, user_id)
        with self._lock(session_id):
            events = self.store.events(session_id)
            scenario = scenario_or_none(info.scenario_id)
            if scenario is None:
                raise Conflict("This persona is no longer in the catalogue; the session is closed.")
            try:
                new = take_turn(scenario, events, text, self._clock(info, events))
            except SessionOver as exc:
                raise Conflict(str(exc)) from exc
            self._append(session_id, new)
        lines = transcript(events + new)
        return TurnResult(learner=lines[-2], persona=lines[-1], ending=ending_of(events + new))

    def _append(self, session_id: str, new: list[Event]) -> None:
        try:
            with self.writing:
                self.store.append_events(session_id, new)
        except (IntegrityError, StoreError) as exc:
            crossed = isinstance(exc, IntegrityError) or isinstance(exc.__cause__, IntegrityError)
            if not crossed:
                raise
            raise Conflict(
                "Another turn was saved at the same moment; reload to see the conversation."
            ) from exc

    def take_back(self, session_id: str, user_id: int) -> SessionView:
        """Remove the learner's last turn and the reply to it.

        Raises:
            NotFound: not the user's session.
            Conflict: there is nothing to take back, or the session has been scored.
        """
        info = self._info(session_id, user_id)
        with self._lock(session_id):
            events = self.store.events(session_id)
            if self.store.report(session_id) is not None:
                raise Conflict("This session has been scored; start a new one to try again.")
            new = take_back(events, self._clock(info, events))
            if not new:
                raise Conflict("There is no turn of yours to take back.")
            self._append(session_id, new)
        return self._view(info, events + new)

    def end(self, session_id: str, user_id: int) -> Report:
        """End the session (if the persona has not already) and score it.

        Raises:
            NotFound: not the user's session.
        """
        info = self._info(session_id, user_id)
        with self._lock(session_id):
            events = self.store.events(session_id)
            if not ending_of(events):
                scenario = scenario_or_none(info.scenario_id)
                if scenario is not None:
                    new = end_session(scenario, events, self._clock(info, events))
                else:
                    new = []
                self._append(session_id, new)
                events = events + new
            return self._ensure_report(info, events)

    def report(self, session_id: str, user_id: int) -> tuple[SessionView, Report]:
        """The session and its report (scored now if it ended but was never scored).

        Raises:
            NotFound: not the user's session.
            Conflict: the session is still going.
        """
        info = self._info(session_id, user_id)
        events = self.store.events(session_id)
        if not ending_of(events):
            raise Conflict("This session is still going; end it to see the report.")
        report = self._ensure_report(info, events)
        return self._view(info, events), report

    def _ensure_report(self, info: SessionInfo, events: list[Event]) -> Report:
        report = self.store.report(info.id)
        if report is None:
            report = evaluate(
                scenario_or_none(info.scenario_id), transcript(events), ending_of(events)
            )
            with self.writing:
                self.store.save_report(info.id, report)
        return report

    def retry(self, session_id: str, user_id: int) -> SessionInfo:
        """A fresh session with the same persona as this one."""
        return self.start(self._info(session_id, user_id).scenario_id, user_id)

    # History ---------------------------------------------------------------------------------

    def history(self, user_id: int) -> list[HistoryItem]:
        """The user's sessions newest first, scoring any that ended but were never scored."""
        items = []
        titles = {sid: s.page.title for sid, s in catalogue().items()}
        for info in self.store.history(user_id):
            report = self.store.report(info.id)
            if report is None and info.ending:
                report = self._ensure_report(info, self.store.events(info.id))
            items.append(HistoryItem(info, titles.get(info.scenario_id, info.scenario_id), report))
        return items
