"""A scorer's ledger: every point given or taken, tied to the learner's own words.

Scoring by ledger keeps the report honest: a score is a base plus entries, each entry quotes
the span of the learner's turn that earned or cost it, and caps say in words why a score could
not go higher. Evidence and the moment for the suggestion are read off the same entries, so
what the learner is shown is exactly what moved their score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from sotenbori.evaluation.conversation import Conversation, LearnerTurn
from sotenbori.evaluation.report import Evidence

#: Quotes longer than this are cut at a word boundary (still a substring of the turn).
QUOTE_CHARS = 180
EVIDENCE_ITEMS = 3


def round_half_up(value: float) -> int:
    """Round .5 up, always (Python's round() goes to even, which surprises people)."""
    return int(math.floor(value + 0.5))


def trim(quote: str, limit: int = QUOTE_CHARS) -> str:
    """The start of a quote, cut at a word boundary; always a prefix of the quote."""
    quote = quote.strip()
    if len(quote) <= limit:
        return quote
    cut = quote.rfind(" ", 0, limit)
    return quote[: cut if cut > limit // 2 else limit].rstrip(" ,;:-")


@dataclass(frozen=True)
class Entry:
    """Points given (or taken) for something the learner said."""

    turn: LearnerTurn
    points: float
    quote: str
    note: str


@dataclass
class Ledger:
    """Base, entries, turn-free adjustments and caps for one dimension."""

    base: float
    entries: list[Entry] = field(default_factory=list)
    adjustments: list[tuple[float, str]] = field(default_factory=list)
    caps: list[tuple[float, str]] = field(default_factory=list)

    def add(self, turn: LearnerTurn, points: float, quote: str, note: str) -> None:
        self.entries.append(Entry(turn, points, quote, note))

    def adjust(self, points: float, note: str) -> None:
        """Points for something the whole conversation did (an ending, a trust trajectory)."""
        if points:
            self.adjustments.append((points, note))

    def cap(self, limit: float, reason: str) -> None:
        self.caps.append((limit, reason))

    @property
    def uncapped(self) -> float:
        total = self.base + sum(e.points for e in self.entries)
        return total + sum(points for points, _ in self.adjustments)

    def score(self) -> int:
        limit = min((c for c, _ in self.caps), default=100.0)
        return max(0, min(100, round_half_up(min(self.uncapped, limit))))

    def binding_cap(self) -> str | None:
        """Why the score stopped where it did, when a cap (not the points) set it."""
        binding = [(c, reason) for c, reason in self.caps if c < self.uncapped]
        return min(binding)[1] if binding else None

    def notes(self, positive: bool) -> list[Entry]:
        """Entries of one sign, in transcript order."""
        return [e for e in self.entries if (e.points > 0) == positive and e.points != 0]

    def credited(self, *notes: str) -> list[Entry]:
        """Entries with one of these notes that earned points, in transcript order.

        Explanations name turns from here, so a turn cited in words is always a turn whose
        quote moved the score for that reason.
        """
        found = [e for e in self.entries if e.note in notes and e.points > 0]
        return sorted(found, key=lambda e: (e.turn.turn, e.turn.text.find(e.quote)))

    def charged(self, *notes: str) -> list[Entry]:
        """Entries with one of these notes that cost points, in transcript order."""
        found = [e for e in self.entries if e.note in notes and e.points < 0]
        return sorted(found, key=lambda e: (e.turn.turn, e.turn.text.find(e.quote)))

    def turns(self, *notes: str, positive: bool = True) -> list[int]:
        """The turns of the entries with these notes (earning, or costing), each once."""
        entries = self.credited(*notes) if positive else self.charged(*notes)
        return list(dict.fromkeys(e.turn.turn for e in entries))

    def net_by_turn(self) -> dict[int, float]:
        net: dict[int, float] = {}
        for entry in self.entries:
            net[entry.turn.turn] = net.get(entry.turn.turn, 0.0) + entry.points
        return net


def evidence(ledger: Ledger, fallback: LearnerTurn | None) -> list[Evidence]:
    """Up to three quotes that moved the score, in transcript order.

    A weak score leads with what cost it, a strong one with what earned it; when both kinds
    exist, one of the other kind is kept so the learner sees both sides.
    """
    ranked_bad = sorted(ledger.notes(positive=False), key=lambda e: (e.points, e.turn.turn))
    ranked_good = sorted(ledger.notes(positive=True), key=lambda e: (-e.points, e.turn.turn))
    first, second = (ranked_bad, ranked_good) if ledger.score() < 60 else (ranked_good, ranked_bad)
    chosen: list[Entry] = []
    seen: set[tuple[int, str]] = set()
    for entry in first[: EVIDENCE_ITEMS - 1 if second else EVIDENCE_ITEMS] + second + first:
        key = (entry.turn.turn, entry.quote)
        if key in seen or not entry.quote.strip():
            continue
        seen.add(key)
        chosen.append(entry)
        if len(chosen) == EVIDENCE_ITEMS:
            break
    chosen.sort(key=lambda e: (e.turn.turn, e.turn.text.find(e.quote)))
    items = [Evidence(turn=e.turn.turn, quote=trim(e.quote)) for e in chosen]
    if not items and fallback is not None and fallback.text.strip():
        items = [Evidence(turn=fallback.turn, quote=trim(_first_sentence(fallback.text)))]
    return items


def _first_sentence(text: str) -> str:
    text = text.strip()
    ends = [i for i in (text.find(". "), text.find("? "), text.find("! ")) if i > 0]
    return text[: min(ends) + 1] if ends else text


def weakest(
    conversation: Conversation, ledger: Ledger, prefer_late: bool = False
) -> LearnerTurn | None:
    """The learner turn where this dimension went worst: lowest net points.

    Ties go to the earliest turn (or the latest, for dimensions about how a conversation
    closes). Turns that said nothing meaningful are only used when there is nothing else.
    """
    candidates = conversation.meaningful_turns or list(conversation.turns)
    if not candidates:
        return None
    net = ledger.net_by_turn()
    order = list(reversed(candidates)) if prefer_late else candidates
    return min(order, key=lambda t: net.get(t.turn, 0.0))
