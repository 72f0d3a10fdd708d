"""One "try this instead" per dimension: a line they could have said, at a real moment.

The moment is the other person's line just before the learner's weakest turn for the
dimension. The line comes from the scenario's authored suggestions (or the generic ones for a
real call), chosen by running the turn analyser over each candidate and keeping the one that
shows what the learner missed: a move they never made, or a milestone they never reached.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sotenbori.engine.analyse import analyse
from sotenbori.engine.events import TurnAnalysis
from sotenbori.evaluation.conversation import Conversation, LearnerTurn
from sotenbori.evaluation.generic_suggestions import GENERIC
from sotenbori.evaluation.signals import content_words, sentences
from sotenbori.moves import MOVE_IDS
from sotenbori.scenarios.models import Condition, DimensionId, Scenario

EXCERPT_CHARS = 110
_INNER = re.compile(r"(?<![\w])'([^']+?)'(?![\w])")


@lru_cache(maxsize=64)
def _generic_analysis(line: str) -> TurnAnalysis:
    return analyse(line, None)


#: id(scenario) -> (the scenario, its suggestion lines analysed). Holding the scenario keeps
#: its id from being reused while cached; scenarios are frozen, so the analyses stay true.
_AUTHORED: dict[int, tuple[Scenario, dict[str, TurnAnalysis]]] = {}
_AUTHORED_SIZE = 16


def _authored_analysis(scenario: Scenario, line: str) -> TurnAnalysis:
    """The analysis of an authored suggestion line, computed once per scenario and line."""
    cached = _AUTHORED.get(id(scenario))
    if cached is None or cached[0] is not scenario:
        if len(_AUTHORED) >= _AUTHORED_SIZE:
            _AUTHORED.pop(next(iter(_AUTHORED)))
        cached = (scenario, {})
        _AUTHORED[id(scenario)] = cached
    analyses = cached[1]
    if line not in analyses:
        analyses[line] = analyse(line, scenario)
    return analyses[line]


def _shows(key: str, analysis: TurnAnalysis, scenario: Scenario | None) -> bool:
    """Whether a candidate line shows a missed move, or would meet a missed milestone's cues."""
    if key in MOVE_IDS:
        return analysis.has(key)
    if scenario is None:
        return False
    when = next((m.when for m in scenario.behaviour.milestones if m.id == key), None)
    return when is not None and _cues_hold(when, analysis)


def _cues_hold(when: Condition, analysis: TurnAnalysis) -> bool:
    """The move and topic parts of a condition (thresholds depend on the live state)."""
    moves = set(analysis.move_ids)
    topics = {t.topic for t in analysis.topics}
    if not (when.moves_any or when.moves_all or when.topics_any or when.topics_all):
        return False
    return (
        (not when.moves_any or bool(moves & set(when.moves_any)))
        and set(when.moves_all) <= moves
        and not moves & set(when.moves_none)
        and (not when.topics_any or bool(topics & set(when.topics_any)))
        and set(when.topics_all) <= topics
    )


def _choose(
    candidates: list[tuple[str, str, TurnAnalysis]],
    missed: tuple[str, ...],
    prompt: str,
    scenario: Scenario | None,
) -> str:
    """The candidate line that shows the most important missed things; ties by fit to the moment.

    Each candidate is (moment description, line, analysis of the line).
    """
    heard = content_words(prompt)

    def rank(index: int) -> tuple[int, int, int]:
        moment, line, analysis = candidates[index]
        fit = sum(
            2 ** (len(missed) - i)
            for i, key in enumerate(missed)
            if _shows(key, analysis, scenario)
        )
        overlap = len(heard & content_words(f"{moment} {line}"))
        return (fit, overlap, -index)

    best = max(range(len(candidates)), key=rank)
    return candidates[best][1]


def excerpt(text: str) -> str:
    """What the other person said, short enough to quote: their last question, or last words.

    A very short sentence ("Fine.") keeps the one before it, so the moment is recognisable.
    """
    said = sentences(text) or [text.strip()]
    questions = [i for i, s in enumerate(said) if s.endswith("?")]
    index = questions[-1] if questions else len(said) - 1
    chosen = said[index]
    if len(chosen) < 40 and index > 0:
        longer = f"{said[index - 1]} {chosen}"
        chosen = longer if len(longer) <= EXCERPT_CHARS else chosen
    if len(chosen) > EXCERPT_CHARS:
        cut = chosen.rfind(" ", 0, EXCERPT_CHARS)
        chosen = chosen[: cut if cut > 0 else EXCERPT_CHARS].rstrip(" ,;:-") + "…"
    return inner_quotes(chosen)


def inner_quotes(text: str) -> str:
    """'single' quotes inside a quoted line become "double", so the nesting reads clearly."""
    return _INNER.sub(r'"\1"', text)


def moment(conversation: Conversation, turn: LearnerTurn | None) -> str:
    """'At turn 6, when Mark said '…'' — the real moment the learner could have done better."""
    if turn is None:
        return "At the start"
    if turn.prompt is None:
        return f"At turn {turn.turn}, when you opened"
    said = excerpt(turn.prompt.text)
    return f"At turn {turn.prompt.turn}, when {conversation.other_name} said '{said}'"


def suggest(
    conversation: Conversation,
    dimension: DimensionId,
    turn: LearnerTurn | None,
    missed: tuple[str, ...],
) -> str:
    """The suggestion for one dimension, in the form the report shows.

    Args:
        conversation: the conversation scored.
        dimension: which dimension the suggestion is for.
        turn: the learner's weakest turn for that dimension (the moment is the line before it).
        missed: what the learner missed, most important first (move or milestone ids).
    """
    scenario = conversation.scenario
    authored = scenario.evaluation.suggestions.get(dimension, []) if scenario else []
    candidates: list[tuple[str, str, TurnAnalysis]]
    if scenario is not None and authored:
        candidates = [(s.moment, s.line, _authored_analysis(scenario, s.line)) for s in authored]
    else:
        candidates = [("", g.line, _generic_analysis(g.line)) for g in GENERIC[dimension]]
    prompt = turn.prompt.text if turn is not None and turn.prompt is not None else ""
    line = _choose(candidates, missed, prompt, scenario)
    return f"{moment(conversation, turn)}, you could have said: '{inner_quotes(line)}'"
