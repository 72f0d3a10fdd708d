"""Charts drawn on the server as inline SVG: no JavaScript library and nothing fetched at run time.

Each function returns markup that is safe to drop into a template; every label is escaped.
Each chart carries a text alternative (``role="img"`` and a ``<title>``), and the pages show
the same figures as text beside it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup, escape

#: One colour per dimension (Okabe-Ito, darkened to 3:1 on white): distinct for colour blindness.
SERIES_COLOURS = ("#0072b2", "#d55e00", "#007a5a", "#b8508f", "#b77900", "#1f2937")


def _f(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def radar(labels: Sequence[str], scores: Sequence[int]) -> Markup:
    """A radar of scores 0-100, one spoke per label, with rings at 25, 50, 75 and 100."""
    n = len(labels)
    width, height, radius = 500, 350, 112
    cx, cy = width / 2, height / 2
    parts: list[str] = []

    def point(i: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        r = radius * value / 100
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for ring in (25, 50, 75, 100):
        ring_points = " ".join(f"{_f(x)},{_f(y)}" for x, y in (point(i, ring) for i in range(n)))
        parts.append(f'<polygon class="radar-ring" points="{ring_points}"/>')
    for i, label in enumerate(labels):
        x, y = point(i, 100)
        parts.append(
            f'<line class="radar-spoke" x1="{_f(cx)}" y1="{_f(cy)}" x2="{_f(x)}" y2="{_f(y)}"/>'
        )
        lx, ly = point(i, 116)
        anchor = "middle" if abs(lx - cx) < 8 else ("start" if lx > cx else "end")
        words = _wrap(label, 15)
        if abs(lx - cx) < 8:  # top and bottom labels grow away from the chart
            first_dy = -(len(words) - 1) * 14 if ly < cy else 10
        else:
            first_dy = -(len(words) - 1) * 7 + 4
        tspans = "".join(
            f'<tspan x="{_f(lx)}" dy="{first_dy if k == 0 else 14}">{escape(w)}</tspan>'
            for k, w in enumerate(words)
        )
        parts.append(
            f'<text class="radar-label" x="{_f(lx)}" y="{_f(ly)}" text-anchor="{anchor}">'
            f"{tspans}</text>"
        )
    shape = " ".join(f"{_f(x)},{_f(y)}" for x, y in (point(i, s) for i, s in enumerate(scores)))
    parts.append(f'<polygon class="radar-shape" points="{shape}"/>')
    for i, s in enumerate(scores):
        x, y = point(i, s)
        parts.append(f'<circle class="radar-dot" cx="{_f(x)}" cy="{_f(y)}" r="4"/>')
    summary = ", ".join(f"{label} {score}" for label, score in zip(labels, scores, strict=True))
    return Markup(
        f'<svg class="chart radar" viewBox="0 0 {width} {height}" role="img"'
        f' aria-labelledby="radar-title">'
        f'<title id="radar-title">Scores out of 100: {escape(summary)}</title>'
        + "".join(parts)
        + "</svg>"
    )


def _wrap(text: str, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines or [text]


@dataclass(frozen=True)
class ProgressPoint:
    when: datetime
    score: int


@dataclass(frozen=True)
class ProgressSeries:
    label: str
    points: list[ProgressPoint]


def progress(series: Sequence[ProgressSeries], width: int = 720, height: int = 280) -> Markup:
    """Lines of score over sessions (oldest left), one per dimension, with a legend below.

    The x axis is the session's position, not its date, so a burst of practice on one day is
    as readable as sessions spread over months.
    """
    count = max((len(s.points) for s in series), default=0)
    left, right, top, bottom = 36, 12, 12, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    parts: list[str] = []
    for value in (0, 25, 50, 75, 100):
        y = top + plot_h * (1 - value / 100)
        parts.append(
            f'<line class="grid" x1="{left}" x2="{width - right}" y1="{_f(y)}" y2="{_f(y)}"/>'
            f'<text class="axis" x="{left - 6}" y="{_f(y + 4)}" text-anchor="end">{value}</text>'
        )

    def x_of(i: int) -> float:
        return left + (plot_w * i / (count - 1) if count > 1 else plot_w / 2)

    every = max(1, math.ceil(count / 12))  # at most a dozen labels on the x axis
    for i in range(0, count, every):
        parts.append(
            f'<text class="axis" x="{_f(x_of(i))}" y="{height - 8}" text-anchor="middle">'
            f"{i + 1}</text>"
        )
    for k, s in enumerate(series):
        colour = SERIES_COLOURS[k % len(SERIES_COLOURS)]
        coords = [(x_of(i), top + plot_h * (1 - p.score / 100)) for i, p in enumerate(s.points)]
        if len(coords) > 1:
            path = " ".join(f"{_f(x)},{_f(y)}" for x, y in coords)
            parts.append(f'<polyline class="series" points="{path}" stroke="{colour}"/>')
        for (x, y), p in zip(coords, s.points, strict=True):
            parts.append(
                f'<circle cx="{_f(x)}" cy="{_f(y)}" r="3.5" fill="{colour}">'
                f"<title>{escape(s.label)}: {p.score} on {p.when:%d %b %Y}</title></circle>"
            )
    described = "; ".join(
        f"{s.label}: " + ", ".join(str(p.score) for p in s.points) for s in series
    )
    return Markup(
        f'<svg class="chart progress" viewBox="0 0 {width} {height}" role="img"'
        f' aria-labelledby="progress-title" preserveAspectRatio="xMidYMid meet">'
        f'<title id="progress-title">Scores per session, oldest first. {escape(described)}'
        "</title>" + "".join(parts) + "</svg>"
    )
