"""``sotenbori scenarios``, ``show`` and ``analyse``: what there is to practise, and how a turn
reads to the engine."""

from __future__ import annotations

import json
from typing import Any

import click

from sotenbori.cli import render
from sotenbori.cli.errors import CliError, InputError, one_line
from sotenbori.cli.sessions import read_bytes
from sotenbori.engine.analyse import TurnRejected, analyse, clean_turn
from sotenbori.engine.events import MoveFound, TurnAnalysis
from sotenbori.evaluation.dimensions import DIMENSIONS
from sotenbori.moves import MOVES
from sotenbori.scenarios.loader import catalogue, get_scenario
from sotenbori.scenarios.models import Scenario

JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")


@click.command()
@JSON_OPTION
def scenarios(as_json: bool) -> None:
    """List the scenarios you can practise.

    \b
    Example:
      sotenbori scenarios
    """
    found = list(catalogue().values())
    if as_json:
        rows = [
            {
                "id": s.id,
                "title": s.page.title,
                "category": s.page.category,
                "level": s.page.level,
                "duration_minutes": s.page.duration_minutes,
                "tagline": s.page.tagline,
            }
            for s in found
        ]
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    out = render.console()
    if not found:
        out.print("No scenarios found.")
        return
    out.print(render.catalogue_list(found))
    out.print("Read one with: sotenbori show ID", markup=False)


@click.command()
@click.argument("scenario_id", metavar="ID")
@JSON_OPTION
def show(scenario_id: str, as_json: bool) -> None:
    """Show the persona page of scenario ID and the six dimensions you will be scored on.

    \b
    Example:
      sotenbori show the-escalation-escalator
    """
    scenario = get_scenario(scenario_id)
    if as_json:
        page = scenario.page.model_dump(mode="json")
        rubric = [
            {"id": d.id, "name": d.name, "what_earns_it": d.what_earns_it} for d in DIMENSIONS
        ]
        click.echo(
            json.dumps({"id": scenario.id, **page, "dimensions": rubric}, ensure_ascii=False)
        )
        return
    render.persona_page(render.console(), scenario)


def _distinct(result: TurnAnalysis) -> list[MoveFound]:
    """Moves without repeats: the analyser can report one move twice for the same words when
    both a generic and a scenario cue match."""
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for m in result.moves:
        if (m.move, m.start, m.end) not in seen:
            seen.add((m.move, m.start, m.end))
            kept.append(m)
    return kept


def analysis_json(text: str, result: TurnAnalysis, scenario: Scenario | None) -> dict[str, Any]:
    """One turn's analysis as JSON: moves with spans and descriptions, topics, meaningful."""
    labels = {t.id: t.label for t in scenario.topics} if scenario else {}
    return {
        "text": text,
        "meaningful": result.meaningful,
        "moves": [
            {
                "move": m.move,
                "start": m.start,
                "end": m.end,
                "quote": m.quote,
                "description": MOVES.get(m.move, ""),
            }
            for m in _distinct(result)
        ],
        "topics": [
            {
                "topic": t.topic,
                "label": labels.get(t.topic, t.topic),
                "start": t.start,
                "end": t.end,
                "quote": t.quote,
            }
            for t in result.topics
        ],
    }


@click.command(name="analyse")
@click.argument("text")
@click.option(
    "--scenario",
    "scenario_id",
    metavar="ID",
    help="Also look for this scenario's topics and its own cues for moves.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print JSON: one object for TEXT, one object per line (JSON Lines) for -.",
)
def analyse_command(text: str, scenario_id: str | None, as_json: bool) -> None:
    """Show the moves the engine finds in one turn, each with the words that show it.

    TEXT is the turn; with - turns are read from standard input, one per line. Spans
    (start-end) index the turn after it is tidied (control characters removed, spaces
    collapsed), which is the text shown.

    \b
    Examples:
      sotenbori analyse "I'm sorry the ticket sat for nine days without an update."
      sotenbori analyse --scenario the-escalation-escalator --json -  < turns.txt
    """
    scenario = get_scenario(scenario_id) if scenario_id else None
    labels = {t.id: t.label for t in scenario.topics} if scenario else {}
    out = render.console()
    if text != "-":
        cleaned = clean_turn(text)
        result = analyse(cleaned, scenario)
        if as_json:
            click.echo(json.dumps(analysis_json(cleaned, result, scenario), ensure_ascii=False))
        else:
            render.analysis(out, cleaned, result, labels)
        return
    try:
        data = read_bytes("-").decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot read standard input: {one_line(exc)}") from exc
    lines = [(n, line) for n, line in enumerate(data.splitlines(), start=1) if line.strip()]
    if not lines:
        raise CliError("no turns on standard input: write one turn per line")
    for number, line in lines:
        try:
            cleaned = clean_turn(line)
        except TurnRejected as exc:
            click.echo(f"Warning: line {number} skipped: {exc}", err=True)
            continue
        result = analyse(cleaned, scenario)
        if as_json:
            row = {"line": number, **analysis_json(cleaned, result, scenario)}
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            out.print(render.heading(f"Line {number}", "dim"))
            render.analysis(out, cleaned, result, labels)
            out.print()
