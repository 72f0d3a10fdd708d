"""Small pure helpers that shape data for the templates: catalogue filters and highlighted turns.

Kept apart from the routes so they can be tested without a server.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

from sotenbori.evaluation.dimensions import DIMENSIONS
from sotenbori.evaluation.report import Report
from sotenbori.scenarios.models import Scenario
from sotenbori.web.practice import HistoryItem

LEVELS = ("Beginner", "Intermediate", "Advanced")

ENDING_LABELS = {
    "agreement": "Agreement reached",
    "walked_out": "They walked out",
    "time_up": "Time ran out",
    "ended": "Ended by you",
    None: "In progress",
}


@dataclass(frozen=True)
class CatalogueFilter:
    """What the learner asked the catalogue for; empty fields match everything."""

    text: str = ""
    category: str = ""
    level: str = ""

    def matches(self, scenario: Scenario) -> bool:
        page = scenario.page
        if self.category and page.category.lower() != self.category.lower():
            return False
        if self.level and page.level.lower() != self.level.lower():
            return False
        if self.text:
            haystack = " ".join(
                [
                    page.title,
                    page.tagline,
                    page.category,
                    page.about,
                    page.scenario,
                    scenario.persona.name,
                    scenario.persona.role,
                    scenario.persona.company,
                    *page.skills_tested,
                    *page.personality_traits,
                ]
            ).lower()
            return all(word in haystack for word in self.text.lower().split())
        return True

    @property
    def active(self) -> bool:
        return bool(self.text or self.category or self.level)


def filter_catalogue(scenarios: Iterable[Scenario], wanted: CatalogueFilter) -> list[Scenario]:
    """The scenarios that match, by level (Beginner first) and then title."""
    found = [s for s in scenarios if wanted.matches(s)]
    return sorted(found, key=lambda s: (LEVELS.index(s.page.level), s.page.title.lower()))


def _spans(text: str, quotes: Iterable[str]) -> list[tuple[int, int]]:
    """Where each quote sits in the text (exact, else ignoring case), overlaps merged."""
    found: list[tuple[int, int]] = []
    lowered = text.lower()
    for quote in quotes:
        quote = quote.strip()
        if not quote:
            continue
        start = text.find(quote)
        if start < 0:
            start = lowered.find(quote.lower())
        if start >= 0:
            found.append((start, start + len(quote)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlight(text: str, quotes: Iterable[str]) -> Markup:
    """The turn's text, escaped, with each quoted span wrapped in ``<mark>``."""
    out: list[str] = []
    at = 0
    for start, end in _spans(text, quotes):
        out.append(str(escape(text[at:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        at = end
    out.append(str(escape(text[at:])))
    return Markup("".join(out))


def quotes_by_turn(report: Report) -> dict[int, list[str]]:
    """Every quoted span in the report, grouped by the turn it comes from."""
    found: dict[int, list[str]] = {}
    for dimension in report.dimensions.values():
        for item in dimension.evidence:
            found.setdefault(item.turn, []).append(item.quote)
    return found


def typeset(text: str) -> str:
    """Authors type ``--`` for a dash; show a real one."""
    return text.replace(" -- ", " \u2014 ").replace("--", "\u2014")


def minutes_seconds(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def progress_by_dimension(items: Iterable[HistoryItem]) -> dict[str, list[tuple[HistoryItem, int]]]:
    """Each dimension's score in every scored session, oldest first."""
    found: dict[str, list[tuple[HistoryItem, int]]] = {d.id: [] for d in DIMENSIONS}
    for item in sorted(items, key=lambda i: i.info.created_at):
        if item.report is None or not item.report.scored:
            continue
        for dim_id, score in item.report.dimensions.items():
            found.setdefault(dim_id, []).append((item, score.score))
    return found
