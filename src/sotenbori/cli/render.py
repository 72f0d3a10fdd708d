"""Terminal rendering with rich. Every piece of learner or scenario text goes in as ``Text``,
never as markup, so a turn like ``[bold]`` or ``[/]`` prints as typed instead of crashing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sotenbori.engine.events import TranscriptLine, TurnAnalysis
from sotenbori.evaluation.dimensions import BY_ID, DIMENSIONS
from sotenbori.evaluation.report import DimensionScore, Report
from sotenbori.moves import MOVES
from sotenbori.scenarios.models import Scenario


def console(stderr: bool = False) -> Console:
    """A console on the *current* stdout/stderr (click's test runner swaps them per call)."""
    return Console(stderr=stderr, highlight=False)


def clock(seconds: float) -> str:
    """``14:32`` for a countdown; never negative."""
    whole = max(int(seconds), 0)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def heading(title: str, style: str = "bold") -> Text:
    return Text(title, style=style)


def bullets(items: Iterable[str]) -> Table:
    """A bulleted list whose wrapped lines hang under the text, not under the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for item in items:
        grid.add_row("  •", Text(item))
    return grid


def section(out: Console, title: str, body: Text | Table) -> None:
    out.print()
    out.print(heading(title, "bold underline"))
    out.print(body)


# Catalogue ---------------------------------------------------------------------------------


def catalogue_list(scenarios: Iterable[Scenario]) -> Group:
    """One block per scenario: id and title, then category, level and duration, then tagline.

    Blocks rather than a six-column table, so it stays readable in an 80-column terminal.
    """
    blocks: list[Text] = []
    for s in scenarios:
        page = s.page
        blocks.append(
            Text.assemble(
                (s.id, "bold cyan"),
                "  ",
                (page.title, "bold"),
                "\n  ",
                (f"{page.category} · {page.level} · {page.duration_minutes} min", "dim"),
                "\n  ",
                page.tagline,
                "\n",
            )
        )
    return Group(*blocks)


def rubric_table() -> Table:
    table = Table(show_header=True, show_lines=True)
    table.add_column("dimension", style="bold", no_wrap=True)
    table.add_column("what earns it")
    for d in DIMENSIONS:
        table.add_row(Text(f"{d.name}\n({d.id})"), Text(d.what_earns_it))
    return table


def persona_page(out: Console, scenario: Scenario) -> None:
    """Every section of the persona's page, then the rubric the session is scored on."""
    page = scenario.page
    out.print(Text(page.title, style="bold"))
    out.print(Text(page.tagline, style="italic"))
    out.print(Text(f"{page.category} · {page.level} · {page.duration_minutes} min", style="dim"))
    section(out, "About this persona", Text(page.about))
    section(out, "Scenario", Text(page.scenario))
    section(out, "Skills tested", bullets(page.skills_tested))
    section(out, "What you'll practise", bullets(page.what_you_will_practise))
    section(out, "Personality traits", Text(" · ".join(page.personality_traits)))
    section(out, "How you'll be scored: six dimensions", rubric_table())
    out.print()
    out.print(Text(f"Start with: sotenbori practice {scenario.id}", style="bold green"))


def briefing(out: Console, scenario: Scenario) -> None:
    """What the learner knows going in: role, situation, facts, authority and goal."""
    b = scenario.briefing
    body = Group(
        Text.assemble(("Your role: ", "bold"), f"{b.your_role}, {b.your_company}"),
        Text(),
        Text.assemble(("Situation: ", "bold"), b.situation),
        Text(),
        Text("Facts you know", style="bold"),
        bullets(b.facts),
        Text(),
        Text("Your authority", style="bold"),
        bullets(b.authority),
        Text(),
        Text.assemble(("Your goal: ", "bold"), b.goal),
    )
    out.print(Panel(body, title=f"Briefing: {scenario.page.title}", title_align="left"))


# Conversation ------------------------------------------------------------------------------


def said(out: Console, line: TranscriptLine, other_name: str, numbered: bool = False) -> None:
    """One transcript line: ``You: ...`` or ``Mark: ...`` (``3. You: ...`` when numbered)."""
    number = (f"{line.turn:>3}. ", "dim") if numbered else ""
    if line.speaker == "learner":
        out.print(Text.assemble(number, ("You: ", "bold cyan"), line.text))
    else:
        out.print(Text.assemble(number, (f"{other_name}: ", "bold magenta"), line.text))


def transcript(
    out: Console, lines: Sequence[TranscriptLine], other_name: str, numbered: bool = False
) -> None:
    for line in lines:
        said(out, line, other_name, numbered)


# Report ------------------------------------------------------------------------------------

ENDINGS = {
    "agreement": "Agreement: {name} agreed to a way forward.",
    "walked_out": "{name} walked out.",
    "time_up": "Time ran out.",
    "ended": "You ended the session.",
}


def ending_phrase(ending: str | None, other_name: str) -> str:
    if ending is None:
        return "Not ended yet."
    return ENDINGS.get(ending, ending).format(name=other_name)


def report(out: Console, result: Report, title: str, other_name: str) -> None:
    """Six dimensions with score, band, explanation, evidence and a suggestion; then outcome."""
    out.print()
    out.print(Text(f"Report: {title}", style="bold reverse"))
    if not result.scored:
        out.print(Text(f"Not scored: {result.reason or 'nothing to score.'}", style="yellow"))
    else:
        overall = f"Overall {result.overall}" if result.overall is not None else "Overall: n/a"
        band = f" ({result.band})" if result.band else ""
        out.print(Text(overall + band, style="bold"))
    for dim_id, score in _ordered(result):
        name = BY_ID[dim_id].name if dim_id in BY_ID else dim_id
        parts: list[Text] = [Text(score.explanation)]
        for ev in score.evidence:
            parts.append(Text.assemble((f"  turn {ev.turn}: ", "dim"), f"“{ev.quote}”"))
        if score.suggestion:
            parts.append(Text.assemble(("Try this: ", "bold green"), score.suggestion))
        out.print()
        out.print(Text.assemble((name, "bold"), f"  {score.score}/100 · {score.band}"))
        out.print(Padding(Group(*parts), (0, 0, 0, 2)))
    outcome(out, result, other_name)


def _ordered(result: Report) -> list[tuple[str, DimensionScore]]:
    known = [(d.id, result.dimensions[d.id]) for d in DIMENSIONS if d.id in result.dimensions]
    extra = [(k, v) for k, v in result.dimensions.items() if k not in BY_ID]
    return [*known, *extra]


def outcome(out: Console, result: Report, other_name: str) -> None:
    o = result.outcome
    out.print()
    out.print(heading("Outcome", "bold underline"))
    if o.ending is not None:
        out.print(Text(ending_phrase(o.ending, other_name)))
    if o.milestones:
        for m in o.milestones:
            mark, style = ("✓", "green") if m.reached else ("✗", "red")
            when = f" (turn {m.turn})" if m.reached and m.turn else ""
            out.print(Text.assemble((f"  {mark} ", style), m.label + when))
    else:
        if o.reached:
            out.print(Text.assemble(("Reached: ", "bold"), "; ".join(o.reached)))
        if o.missed:
            out.print(Text.assemble(("Missed: ", "bold"), "; ".join(o.missed)))
    if o.agreed:
        out.print(Text.assemble(("Agreed: ", "bold"), o.agreed))
    if o.learned:
        out.print(Text("What you learned", style="bold"))
        out.print(bullets(o.learned))


# Analysis ----------------------------------------------------------------------------------


def analysis(out: Console, text: str, result: TurnAnalysis, topic_labels: dict[str, str]) -> None:
    """The moves found in one turn, grouped by the words that show them, with their meaning."""
    out.print(Text.assemble(("Turn: ", "bold"), text))
    spans: dict[tuple[int, int], list[str]] = {}
    for m in result.moves:
        spans.setdefault((m.start, m.end), [])
        if m.move not in spans[(m.start, m.end)]:
            spans[(m.start, m.end)].append(m.move)
    if not spans:
        out.print(Text("No moves found.", style="dim"))
    for (start, end), moves in spans.items():
        out.print(Text.assemble(f"“{text[start:end]}” ", (f"[{start}-{end}]", "dim")))
        for move in moves:
            out.print(Text.assemble("  • ", (move, "cyan"), f": {MOVES.get(move, '')}"))
    if result.topics:
        topics = "; ".join(
            f"{topic_labels.get(t.topic, t.topic)} (“{t.quote}” [{t.start}-{t.end}])"
            for t in result.topics
        )
        out.print(Text.assemble(("Topics: ", "bold"), topics))
    verdict = "yes" if result.meaningful else "no (the persona would not count it)"
    out.print(Text.assemble(("Meaningful: ", "bold"), verdict))
