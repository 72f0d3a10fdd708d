"""``sotenbori practice``: a session in the terminal, from a script, or resumed.

Every turn is committed to the store the moment it is taken (one transaction per turn), so
Ctrl-C, a closed terminal or a ``kill -9`` loses nothing: ``--resume`` replays the log.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from sotenbori.cli import render
from sotenbori.cli.errors import CliError, InputError, one_line
from sotenbori.cli.sessions import (
    account_id,
    load_session,
    open_store,
    payload,
    resume_hint,
    score_and_save,
)
from sotenbori.engine.analyse import TurnRejected
from sotenbori.engine.events import Event, TranscriptLine, ending_of, transcript
from sotenbori.engine.session import (
    elapsed,
    end_session,
    estimated_at,
    open_session,
    take_back,
    take_turn,
)
from sotenbori.scenarios.loader import get_scenario
from sotenbori.scenarios.models import Scenario

if TYPE_CHECKING:
    from sotenbori.store.database import Store


COMMANDS_HELP = """\
  /end    end the session now and see your report
  /retry  take back your last turn and the reply to it, then say it differently
  /brief  show the briefing again
  /help   show this list
  Ctrl-C or Ctrl-D saves the session and leaves; pick it up again with --resume."""

_COMMAND = re.compile(r"/[A-Za-z]+")


def script_turns(path: str) -> Iterator[str]:
    """The learner's turns in a script: one per blank-line-separated paragraph.

    Lines inside a paragraph are joined with a space. ``-`` reads standard input as it
    arrives, so a turn is taken as soon as its paragraph is complete (a live pipe works).

    Raises:
        InputError: the file is missing, unreadable or not UTF-8 (exit 2).
    """
    name = "standard input" if path == "-" else path
    try:
        if path == "-":
            yield from paragraphs(_stdin_lines())
        else:
            yield from paragraphs(Path(path).read_bytes().decode("utf-8-sig").splitlines())
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read script {name}: {one_line(exc)}") from exc


def _stdin_lines() -> Iterator[str]:
    for number, raw in enumerate(sys.stdin.buffer):
        yield raw.decode("utf-8-sig" if number == 0 else "utf-8")


def paragraphs(lines: Iterable[str]) -> Iterator[str]:
    """Blank-line-separated paragraphs, each joined onto one line."""
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            yield " ".join(current)
            current = []
    if current:
        yield " ".join(current)


@click.command()
@click.argument("scenario_id", metavar="ID", required=False)
@click.option(
    "--resume",
    "resume_id",
    metavar="SESSION_ID",
    help="Continue a session that was interrupted (Ctrl-C, closed terminal, crash).",
)
@click.option(
    "--script",
    "script_path",
    metavar="FILE",
    help="Take the learner's turns from FILE (or - for stdin): one turn per paragraph.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="With --script: print exactly one JSON object (session, transcript, report).",
)
@click.option(
    "--user",
    "user_email",
    metavar="EMAIL",
    help="Practise as this web account, so the session shows in its web history too.",
)
def practice(
    scenario_id: str | None,
    resume_id: str | None,
    script_path: str | None,
    as_json: bool,
    user_email: str | None,
) -> None:
    """Practise a conversation with the persona of scenario ID.

    Interactively: read the briefing, then talk. Type /help in the conversation for
    /end, /retry and /brief. Each turn is saved as you go; Ctrl-C leaves and
    `sotenbori practice --resume SESSION_ID` carries on.

    With --script FILE the turns come from a file, one per blank-line-separated
    paragraph, and the report is printed when the session ends.

    \b
    Examples:
      sotenbori practice the-escalation-escalator
      sotenbori practice the-escalation-escalator --script turns.txt --json
      sotenbori practice --resume 3f9c2a1b7d4e6f80
    """
    if as_json and script_path is None:
        raise InputError("--json needs --script FILE (an interactive session prints as it goes)")
    if scenario_id is None and resume_id is None:
        raise InputError("name a scenario (see `sotenbori scenarios`) or give --resume SESSION_ID")
    # A mistyped scenario id is reported before anything is read from a (possibly live) pipe.
    scenario = get_scenario(scenario_id) if resume_id is None and scenario_id else None
    script: Iterator[str] | None = None
    if script_path is not None:
        # Read the first turn before opening a session: a bad file must not leave one behind.
        turns = script_turns(script_path)
        first = next(turns, None)
        if first is None:
            raise InputError(f"script {script_path} has no turns: write one paragraph per turn")
        script = itertools.chain([first], turns)
    store = open_store()
    if resume_id is not None:
        session_id, scenario, events = _reopen(store, resume_id, scenario_id)
    else:
        assert scenario is not None
        from sotenbori.store.database import new_session_id

        session_id = new_session_id()
        events = open_session(scenario)
        user_id = account_id(store, user_email)
        store.create_session(scenario.id, events, user_id=user_id, session_id=session_id)
    if script is not None:
        run_script(store, scenario, session_id, events, script, as_json)
    else:
        Conversation(store, scenario, session_id, events).run(resumed=resume_id is not None)


def _reopen(
    store: Store, session_id: str, scenario_id: str | None
) -> tuple[str, Scenario, list[Event]]:
    info, events = load_session(store, session_id)
    if scenario_id is not None and scenario_id != info.scenario_id:
        raise CliError(f"session {session_id} practises {info.scenario_id!r}, not {scenario_id!r}")
    ending = ending_of(events)
    if ending is not None:
        raise CliError(
            f"session {session_id} has already ended ({ending}); "
            f"see its report with `sotenbori report {session_id}`"
        )
    scenario = get_scenario(info.scenario_id)
    if not events:  # a session row with no events (an older version could leave one)
        events = open_session(scenario)
        store.append_events(session_id, events)
    return session_id, scenario, list(events)


def _commit(store: Store, session_id: str, events: list[Event], new: list[Event]) -> None:
    store.append_events(session_id, new)
    events.extend(new)


def _lines_of(events: list[Event], new: list[Event]) -> list[TranscriptLine]:
    """The transcript lines that ``new`` (just appended to ``events``) added."""
    lines = transcript(events)
    said = sum(1 for e in new if e.kind in ("learner_said", "persona_said"))
    return lines[len(lines) - said :] if said else []


def run_script(
    store: Store,
    scenario: Scenario,
    session_id: str,
    events: list[Event],
    script: Iterator[str],
    as_json: bool,
) -> None:
    """Take the script's turns until the session ends, end it if the script runs out, report."""
    out = render.console()
    name = scenario.persona.first_name
    if not as_json:
        out.print(render.heading(f"{scenario.page.title} · session {session_id}"))
        render.transcript(out, transcript(events), name)
    try:
        _take_script_turns(store, scenario, session_id, events, script, as_json)
    except KeyboardInterrupt:
        click.echo(f"Interrupted. Session saved. {resume_hint(session_id)}", err=True)
        raise click.exceptions.Exit(130) from None
    except InputError as exc:
        raise InputError(
            f"{exc.format_message()}; the turns before it are saved. {resume_hint(session_id)}"
        ) from exc
    if ending_of(events) is None:
        _commit(store, session_id, events, end_session(scenario, events, elapsed(events)))
    report = score_and_save(store, session_id, scenario, events)
    if as_json:
        click.echo(json.dumps(payload(session_id, scenario.id, events, report), ensure_ascii=False))
        return
    render.report(out, report, scenario.page.title, name)
    out.print()
    out.print(_saved(session_id))


def _take_script_turns(
    store: Store,
    scenario: Scenario,
    session_id: str,
    events: list[Event],
    script: Iterator[str],
    as_json: bool,
) -> None:
    """One turn per paragraph, committed as it is taken; a refused paragraph is skipped."""
    out = render.console()
    for number, paragraph in enumerate(script, start=1):
        if ending_of(events) is not None:
            unused = 1 + sum(1 for _ in script)
            click.echo(
                f"Note: the session ended before the last {unused} paragraph(s) of the script.",
                err=True,
            )
            return
        try:
            at = estimated_at(events, paragraph)
            new = take_turn(scenario, events, paragraph, at)
        except TurnRejected as exc:
            click.echo(f"Warning: paragraph {number} skipped: {exc}", err=True)
            continue
        _commit(store, session_id, events, new)
        if not as_json:
            render.transcript(out, _lines_of(events, new), scenario.persona.first_name)


def _saved(session_id: str) -> str:
    return f"Saved as session {session_id} — see it again with `sotenbori report {session_id}`"


class Conversation:
    """An interactive session: a countdown prompt, slash commands, one commit per turn."""

    def __init__(
        self, store: Store, scenario: Scenario, session_id: str, events: list[Event]
    ) -> None:
        self.store = store
        self.scenario = scenario
        self.session_id = session_id
        self.events = events
        self.name = scenario.persona.first_name
        self.out = render.console()
        # The clock carries across resumes: it starts where the last event left off.
        self._offset = elapsed(events)
        self._started = time.monotonic()

    def now(self) -> float:
        """Seconds since the session started, by the real clock."""
        return self._offset + time.monotonic() - self._started

    def run(self, resumed: bool) -> None:
        out = self.out
        title = self.scenario.page.title
        if resumed:
            out.print(render.heading(f"Resuming {title} · session {self.session_id}"))
            out.print(render.heading("/brief shows the briefing again, /help the commands", "dim"))
        else:
            render.briefing(out, self.scenario)
            out.print(
                render.heading(
                    f"Session {self.session_id} · {self.scenario.page.duration_minutes} min"
                    " · type /help for commands",
                    "dim",
                )
            )
        render.transcript(out, transcript(self.events), self.name)
        try:
            self._talk()
        except (click.Abort, KeyboardInterrupt, EOFError):
            out.print()
            out.print(f"Session saved. {resume_hint(self.session_id)}")
            return
        report = score_and_save(self.store, self.session_id, self.scenario, self.events)
        render.report(out, report, title, self.name)
        out.print()
        out.print(_saved(self.session_id))

    def _talk(self) -> None:
        """Prompt for turns until the persona ends the session, /end, or time runs out."""
        while ending_of(self.events) is None:
            left = self.scenario.duration_seconds - self.now()
            if left <= 0:
                self._add(end_session(self.scenario, self.events, self.now()))
                self.out.print(render.heading("Time is up.", "bold yellow"))
                return
            text = click.prompt(
                f"[{render.clock(left)} left] You",
                default="",
                show_default=False,
                prompt_suffix=": ",
            )
            command = text.strip()
            if _COMMAND.fullmatch(command):
                if self._command(command.lower()):
                    return
                continue
            try:
                new = take_turn(self.scenario, self.events, text, self.now())
            except TurnRejected as exc:
                click.echo(f"Error: {exc}", err=True)
                continue
            self._add(new)
            render.said(self.out, _lines_of(self.events, new)[-1], self.name)

    def _add(self, new: list[Event]) -> None:
        _commit(self.store, self.session_id, self.events, new)

    def _command(self, command: str) -> bool:
        """Run a slash command; True when it ends the session."""
        if command == "/end":
            self._add(end_session(self.scenario, self.events, self.now()))
            return True
        if command == "/retry":
            self._retry()
        elif command == "/brief":
            render.briefing(self.out, self.scenario)
        elif command == "/help":
            self.out.print(COMMANDS_HELP, markup=False)
        else:
            click.echo(f"Error: unknown command {command}; type /help for the list.", err=True)
        return False

    def _retry(self) -> None:
        before = transcript(self.events)
        new = take_back(self.events, self.now())
        if not new:
            click.echo("Error: nothing to take back yet.", err=True)
            return
        self._add(new)
        after = transcript(self.events)
        taken = next((ln for ln in reversed(before) if ln.speaker == "learner"), None)
        if taken is not None:
            self.out.print(render.heading(f"Took back turn {taken.turn}: “{taken.text}”", "dim"))
        if after:
            self.out.print(render.heading("Where you are now:", "dim"))
            render.said(self.out, after[-1], self.name)
