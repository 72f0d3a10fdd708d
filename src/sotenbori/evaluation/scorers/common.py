"""What every dimension scorer shares: the judgement it returns and the small helpers it uses."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sotenbori.evaluation.conversation import Conversation, Hit, LearnerTurn
from sotenbori.evaluation.evidence import Ledger
from sotenbori.evaluation.signals import (
    apologises,
    label_list,
    normalised,
    sentence_around,
    sentences,
)
from sotenbori.scenarios.models import Condition, DimensionId


@dataclass(frozen=True)
class Judgement:
    """A dimension's ledger, its explanation in a coach's words, and what the learner missed.

    ``missed`` names moves or milestone ids, most important first; the suggestion picks a line
    that shows one of them at ``moment``, the learner turn where the dimension went worst.
    """

    ledger: Ledger
    explanation: str
    missed: tuple[str, ...]
    moment: LearnerTurn | None


def decayed(first: float, k: int, decay: float) -> float:
    """Credit for the (k+1)-th use of a good move: each use is worth less than the last."""
    return first * decay**k


def distinct(hits: Iterable[Hit]) -> tuple[list[Hit], list[Hit]]:
    """Split hits into first sayings and word-for-word repeats of an earlier one."""
    seen: set[str] = set()
    first: list[Hit] = []
    repeats: list[Hit] = []
    for hit in hits:
        key = normalised(hit.quote)
        (repeats if key in seen else first).append(hit)
        seen.add(key)
    return first, repeats


def sound(hits: Iterable[Hit]) -> list[Hit]:
    """Hits whose sentence is not also an over-promise: a promise nobody can keep earns nothing."""
    return [
        h
        for h in hits
        if not any(m.move == "over_promise" and m.quote == h.quote for m in h.turn.analysis.moves)
    ]


def one_per_turn(hits: Iterable[Hit]) -> list[Hit]:
    """The first hit in each turn: saying a thing twice in one breath does not count twice."""
    seen: set[int] = set()
    kept: list[Hit] = []
    for hit in hits:
        if hit.turn.turn not in seen:
            seen.add(hit.turn.turn)
            kept.append(hit)
    return kept


def turns_phrase(turns: Iterable[int]) -> str:
    """'turn 3', 'turns 3 and 5', 'turns 3, 5 and 9'."""
    found = sorted(set(turns))
    if len(found) == 1:
        return f"turn {found[0]}"
    listed = ", ".join(str(t) for t in found[:-1])
    return f"turns {listed} and {found[-1]}"


def at(hits: Iterable[Hit]) -> str:
    """The turns these hits are in, as 'turn 3' or 'turns 3 and 5'."""
    return turns_phrase(h.turn.turn for h in hits)


def times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def milestones(
    conversation: Conversation, dimension: DimensionId, ledger: Ledger, points: float
) -> tuple[list[str], list[str]]:
    """Credit the scenario's milestones that earn credit in this dimension.

    Returns:
        (labels reached, ids missed), both in the scenario's order.
    """
    scenario = conversation.scenario
    if scenario is None:
        return [], []
    reached: list[str] = []
    missed: list[str] = []
    by_turn = {t.turn: t for t in conversation.turns}
    for milestone in scenario.behaviour.milestones:
        if scenario.evaluation.milestone_dimensions.get(milestone.id) != dimension:
            continue
        at = conversation.milestone_turns.get(milestone.id)
        if at is None or at not in by_turn:
            missed.append(milestone.id)
            continue
        turn = by_turn[at]
        ledger.add(turn, points, milestone_quote(turn, milestone.when), "milestone")
        reached.append(milestone.label)
    return reached, missed


def milestone_quote(turn: LearnerTurn, when: Condition) -> str:
    """The learner's words that met a milestone: the move or the topic its condition names.

    Falls back to the turn's first sentence, never to an unrelated move elsewhere in the turn.
    """
    conditions = [when, *when.any_of]
    wanted = {m for c in conditions for m in c.moves_any + c.moves_all}
    quote = next((m.quote for m in turn.analysis.moves if m.move in wanted), None)
    if quote is not None:
        return quote
    topics = {t for c in conditions for t in c.topics_any + c.topics_all}
    span = next((t for t in turn.analysis.topics if t.topic in topics), None)
    if span is not None:
        return sentence_around(turn.text, span.start)
    said = sentences(turn.text)
    return said[0] if said else turn.text


def apologies(c: Conversation) -> list[Hit]:
    """Apologies for what happened: the analyser's, and sentences it missed that name the event.

    "I'm sorry the report was late twice" is an apology for impact even where the analyser's
    cues look for "sorry for" or "sorry that"; every dimension reads the same list.
    """
    found: list[Hit] = []
    for turn in c.turns:
        marked = [
            Hit(turn, m.move, m.quote)
            for m in turn.analysis.moves
            if m.move == "apologise_for_impact"
        ]
        harmful = {m.quote for m in turn.analysis.moves if m.move == "empty_apology"}
        extra = [
            Hit(turn, "apologise_for_impact", s)
            for s in sentences(turn.text)
            if apologises(s)
            and s not in harmful
            and all(s not in h.quote and h.quote not in s for h in marked)
        ]
        found += sorted(marked + extra, key=lambda h: turn.text.find(h.quote))
    return found


def trust_change(conversation: Conversation, turns: Iterable[LearnerTurn]) -> str | None:
    """How the persona's mood moved on these turns, in words; None without a behaviour model."""
    if conversation.trajectory is None:
        return None
    change = sum(t.mood_change for t in turns)
    label = conversation.trajectory.label.lower()
    name = possessive(conversation.other_name)
    if change > 0.5:
        return f"{name} {label} rose on those turns"
    if change < -0.5:
        return f"{name} {label} dropped on those turns"
    return f"{name} {label} did not move on those turns"


#: Clarity and credibility stop short of Proficient when the learner spoke in labels.
LABEL_CAP = 74.0


def label_lists(c: Conversation) -> list[LearnerTurn]:
    """Turns said as a list of labels ("Status: fixed. Release: Thursday.")."""
    return [t for t in c.meaningful_turns if label_list(t.text)]


def label_reason(turns: list[LearnerTurn], other_name: str) -> str:
    """Why a list of labels holds a score down, quoting the first label."""
    first = label_list(turns[0].text)[0]
    where = turns_phrase(t.turn for t in turns)
    return f"{where} read as a list of labels ('{first}'), not as sentences said to {other_name}"


def listing(items: Iterable[str], last: str = "and") -> str:
    """'a', 'a and b', 'a, b and c'."""
    found = [i for i in items if i]
    if len(found) <= 1:
        return "".join(found)
    return ", ".join(found[:-1]) + f" {last} " + found[-1]


def reached_phrase(labels: list[str]) -> str:
    return listing(f"'{label}'" for label in labels)


def paragraph(*sentences: str | None) -> str:
    """Join the sentences that apply, each starting with a capital and ending with a stop."""
    out = []
    for sentence in sentences:
        if not sentence:
            continue
        sentence = sentence.strip()
        sentence = sentence[0].upper() + sentence[1:]
        out.append(sentence if sentence[-1] in ".!?" else sentence + ".")
    return " ".join(out)


def cap_sentence(ledger: Ledger) -> str | None:
    reason = ledger.binding_cap()
    return f"The score is held down because {reason}" if reason else None
