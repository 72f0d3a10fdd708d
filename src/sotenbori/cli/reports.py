"""``sotenbori score``, ``report`` and ``history``: scores for a transcript, a session, and
progress over time."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Literal

import click
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from rich import box
from rich.table import Table
from rich.text import Text

from sotenbori.cli import render
from sotenbori.cli.errors import CliError, InputError, one_line, validation_problem
from sotenbori.cli.sessions import (
    account_id,
    evaluate,
    load_session,
    open_store,
    payload,
    read_bytes,
    resume_hint,
    score_and_save,
)
from sotenbori.engine.events import Ending, TranscriptLine, ending_of, transcript
from sotenbori.evaluation.dimensions import DIMENSIONS
from sotenbori.evaluation.report import Report
from sotenbori.scenarios.loader import catalogue, get_scenario

if TYPE_CHECKING:
    from sotenbori.store.database import SessionInfo, Store


JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
OTHER_PERSON = "The other person"


class ScoredLine(BaseModel):
    """One line of a transcript file."""

    model_config = ConfigDict(extra="forbid")

    turn: int = Field(ge=1)
    speaker: Literal["learner", "persona", "other"]
    text: str = Field(min_length=1)


class TranscriptFile(BaseModel):
    """A transcript to score: a scenario's session, or a real conversation (scenario null).

    Other top-level keys are ignored, so the output of ``practice --json`` can be scored as is.
    """

    scenario: str | None = None
    transcript: list[ScoredLine]
    ending: Ending | None = None

    @model_validator(mode="after")
    def _speakers_and_turns(self) -> TranscriptFile:
        other = "persona" if self.scenario is not None else "other"
        for line in self.transcript:
            if line.speaker not in ("learner", other):
                kind = f"scenario {self.scenario!r}" if self.scenario else '"scenario": null'
                raise ValueError(
                    f"turn {line.turn} has speaker {line.speaker!r}; with {kind} the speakers"
                    f' are "learner" and "{other}"'
                )
        turns = [line.turn for line in self.transcript]
        if any(b <= a for a, b in zip(turns, turns[1:], strict=False)):
            raise ValueError("turn numbers must increase from line to line")
        return self


def read_transcript(path: str) -> TranscriptFile:
    """Load and validate a transcript file (``-`` for stdin); one-line errors, exit 2."""
    name = "standard input" if path == "-" else path
    try:
        data = read_bytes(path)
        return TranscriptFile.model_validate(json.loads(data.decode("utf-8-sig")))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read transcript {name}: {one_line(exc)}") from exc
    except ValidationError as exc:
        raise InputError(f"{name} is not a valid transcript: {validation_problem(exc)}") from exc


@click.command()
@click.argument("transcript_path", metavar="TRANSCRIPT.json")
@JSON_OPTION
def score(transcript_path: str, as_json: bool) -> None:
    """Score a transcript on the six dimensions.

    The file holds {"scenario": ID or null, "transcript": [{"turn", "speaker", "text"}]}
    and optionally "ending". With a scenario the speakers are "learner" and "persona";
    for a real conversation that belongs to no scenario, use "scenario": null and the
    speakers "learner" and "other": the dimensions are then scored on general criteria
    and scenario milestones are left out. - reads the file from standard input.

    \b
    Examples:
      sotenbori score conversation.json
      sotenbori practice the-escalation-escalator --script t.txt --json | sotenbori score -
    """
    data = read_transcript(transcript_path)
    scenario = get_scenario(data.scenario) if data.scenario is not None else None
    lines = [
        TranscriptLine(turn=ln.turn, speaker=ln.speaker, text=ln.text) for ln in data.transcript
    ]
    report = evaluate(scenario, lines, data.ending)
    if as_json:
        click.echo(json.dumps(report.model_dump(mode="json"), ensure_ascii=False))
        return
    title = scenario.page.title if scenario else "a real conversation"
    name = scenario.persona.first_name if scenario else OTHER_PERSON
    render.report(render.console(), report, title, name)


@click.command()
@click.argument("session_id", metavar="SESSION_ID")
@JSON_OPTION
@click.option("--transcript", "with_transcript", is_flag=True, help="Show the transcript too.")
def report(session_id: str, as_json: bool, with_transcript: bool) -> None:
    """Show the report of a past session (see `sotenbori history` for the ids).

    A session that ended without a saved report is scored now from its events;
    a session still open is not scored: resume it and finish first.

    \b
    Examples:
      sotenbori report 3f9c2a1b7d4e6f80
      sotenbori report 3f9c2a1b7d4e6f80 --transcript
    """
    store = open_store()
    info, events = load_session(store, session_id)
    saved = store.report(session_id)
    if saved is None:
        if ending_of(events) is None:
            turns = sum(1 for line in transcript(events) if line.speaker == "learner")
            raise CliError(
                f"session {session_id} is still open ({turns} turn(s) so far), so it has no"
                f" report yet. {resume_hint(session_id)}"
            )
        saved = score_and_save(store, session_id, get_scenario(info.scenario_id), events)
    if as_json:
        click.echo(
            json.dumps(payload(session_id, info.scenario_id, events, saved), ensure_ascii=False)
        )
        return
    known = catalogue().get(info.scenario_id)
    title = known.page.title if known else info.scenario_id
    name = known.persona.first_name if known else OTHER_PERSON
    out = render.console()
    out.print(Text(f"Session {session_id} · {title} · {_date(info)}", style="dim"))
    if with_transcript:
        render.transcript(out, transcript(events), name, numbered=True)
    render.report(out, saved, title, name)


def _date(info: SessionInfo) -> str:
    return info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")


#: How many recent scored sessions the progress table shows.
PROGRESS_SESSIONS = 6


def _progress(store: Store, sessions: list[SessionInfo]) -> list[tuple[SessionInfo, Report]]:
    """The latest scored sessions with their reports, oldest first."""
    scored: list[tuple[SessionInfo, Report]] = []
    for info in sessions:
        if info.overall is None:
            continue
        saved = store.report(info.id)
        if saved is not None and saved.scored:
            scored.append((info, saved))
        if len(scored) == PROGRESS_SESSIONS:
            break
    return list(reversed(scored))


def trend(scores: list[int]) -> str:
    """An arrow and the change from the previous session: ``↑ +12``, ``↓ -5``, ``→ 0``."""
    if len(scores) < 2:
        return "–"
    change = scores[-1] - scores[-2]
    arrow = "↑" if change > 0 else "↓" if change < 0 else "→"
    return f"{arrow} {change:+d}" if change else f"{arrow} 0"


@click.command()
@JSON_OPTION
@click.option("--limit", default=20, show_default=True, help="How many sessions to list.")
@click.option(
    "--user",
    "user_email",
    metavar="EMAIL",
    help="List this web account's sessions instead of the terminal's own.",
)
def history(as_json: bool, limit: int, user_email: str | None) -> None:
    """List your past sessions, newest first, and your progress on each dimension.

    \b
    Example:
      sotenbori history
    """
    store = open_store()
    sessions = store.history(account_id(store, user_email), limit=max(limit, PROGRESS_SESSIONS))
    titles = {s.id: s.page.title for s in catalogue().values()}
    progress = _progress(store, sessions)
    listed = sessions[: max(limit, 0)]
    if as_json:
        click.echo(json.dumps(_history_json(listed, progress, titles), ensure_ascii=False))
        return
    out = render.console()
    if not sessions:
        out.print("No sessions yet. Start one with: sotenbori practice ID", markup=False)
        return
    table = Table(
        title="Sessions (newest first)",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    for column in ("session", "date", "scenario", "ending", "score"):
        table.add_column(column, justify="right" if column == "score" else "left")
    for info in listed:
        table.add_row(
            Text(info.id, style="cyan"),
            Text(info.created_at.astimezone().strftime("%d %b %H:%M")),
            Text(titles.get(info.scenario_id, info.scenario_id)),
            Text(info.ending or "open"),
            Text("—" if info.overall is None else str(info.overall)),
        )
    out.print(table)
    if progress:
        out.print()
        out.print(_progress_table(progress))


def _progress_table(progress: list[tuple[SessionInfo, Report]]) -> Table:
    table = Table(
        title="Progress per dimension (oldest → newest)",
        title_justify="left",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
    )
    table.add_column("dimension")
    for info, _ in progress:
        when = info.created_at.astimezone().strftime("%d %b")
        table.add_column(Text(f"{when}\n{info.id[:6]}"), justify="right")
    table.add_column("trend")
    for d in DIMENSIONS:
        scores = [r.dimensions[d.id].score for _, r in progress if d.id in r.dimensions]
        cells = [
            Text(str(r.dimensions[d.id].score)) if d.id in r.dimensions else Text("—")
            for _, r in progress
        ]
        table.add_row(Text(d.name), *cells, Text(trend(scores)))
    overall = [r.overall for _, r in progress if r.overall is not None]
    table.add_row(
        Text("Overall", style="bold"),
        *[Text("—" if r.overall is None else str(r.overall), style="bold") for _, r in progress],
        Text(trend(overall), style="bold"),
    )
    return table


def _history_json(
    sessions: list[SessionInfo],
    progress: list[tuple[SessionInfo, Report]],
    titles: dict[str, str],
) -> dict[str, Any]:
    return {
        "sessions": [
            {
                "session_id": s.id,
                "date": s.created_at.isoformat(),
                "scenario": s.scenario_id,
                "title": titles.get(s.scenario_id, s.scenario_id),
                "ending": s.ending,
                "overall": s.overall,
            }
            for s in sessions
        ],
        "progress": {
            "sessions": [info.id for info, _ in progress],
            "dimensions": {
                d.id: [
                    r.dimensions[d.id].score if d.id in r.dimensions else None for _, r in progress
                ]
                for d in DIMENSIONS
            },
        },
    }
