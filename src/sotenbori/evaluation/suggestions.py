"""One "try this instead" per dimension: a line they could have said, at a real moment.

The moment is the other person's line just before the learner's weakest turn for the
dimension. The line comes from the scenario's authored suggestions (or the generic ones for a
real call; a scenario never borrows another's lines, and falls back to the generic ones only for
a dimension it wrote none for), chosen by running the turn analyser over each candidate and
keeping the one that shows what the learner missed: a move they never made, or a milestone they
never reached, without bringing in an offer the conversation never mentioned.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sotenbori.engine.analyse import analyse
from sotenbori.engine.events import TurnAnalysis
from sotenbori.engine.lexicon import COMMON_WORDS
from sotenbori.evaluation.conversation import Conversation, LearnerTurn
from sotenbori.evaluation.generic_suggestions import GENERIC
from sotenbori.evaluation.signals import (
    STOPWORDS,
    content_words,
    phrase,
    sentences,
    subject_words,
)
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


#: Moves a model line should only contain when the conversation itself raised their subject:
#: turning down a discount nobody asked for brings in an offer that never came up.
_OFFERS = frozenset(
    {
        "over_promise",
        "give_in",
        "lecture",
        "blame",
        "excuse",
        "dismiss",
        "hostile",
        "flattery",
        "formulaic_filler",
        "empty_apology",
    }
)


def _intrudes(analysis: TurnAnalysis, lines: list[set[str]], scenario: Scenario | None) -> bool:
    """Whether a candidate brings up an offer or demand the conversation never mentioned.

    The analyser marks such a phrase ("a free upgrade") with a move a learner should not make;
    in a model line that is only fair when one line of this conversation, on either side, used
    the same words ("an upgrade next week" alone does not bring up a free upgrade).
    """
    for found in analysis.moves:
        if found.move in _OFFERS:
            words = content_words(phrase(found.move, found.quote, scenario))
            if not words or not any(words <= line for line in lines):
                return True
    return False


_WORD = re.compile(r"[a-z][a-z']+")


_PRONOUNS = frozenset({"him", "her", "his", "hers", "she", "they", "them", "their"})


def _terms(text: str) -> set[str]:
    """Uncommon words of three letters or more, which name a subject ("mum", "surgery")."""
    found = {w.removesuffix("'s").removesuffix("'") for w in _WORD.findall(text.lower())}
    return {
        w.rstrip("s")
        for w in found
        if len(w) >= 3 and w not in STOPWORDS and w not in COMMON_WORDS and w not in _PRONOUNS
    }


#: id(scenario) -> (the scenario, secret id -> the words only that secret brings up).
_SECRET_TERMS: dict[int, tuple[Scenario, dict[str, set[str]]]] = {}


def _secret_terms(scenario: Scenario) -> dict[str, set[str]]:
    """For each secret, the words that only come up when the persona reveals it.

    Those are words of the secret's summary that the persona's reveal lines also use and that
    appear nowhere public (the catalogue page, the briefing, the persona's other lines):
    "mum" and "surgery" for a parent's operation, "outage" for an old incident.
    """
    cached = _SECRET_TERMS.get(id(scenario))
    if cached is not None and cached[0] is scenario:
        return cached[1]
    page, brief = scenario.page, scenario.briefing
    public = [page.about, page.scenario, brief.situation, brief.goal, *brief.facts]
    public += brief.authority
    for key, lines in scenario.lines.items():
        public += [] if key.startswith("reveal:") else lines
    seen = set().union(*(_terms(text) for text in public))
    terms: dict[str, set[str]] = {}
    for secret in scenario.persona.secrets:
        told = set().union(
            *(_terms(line) for line in scenario.lines.get(f"reveal:{secret.id}", []))
        )
        terms[secret.id] = (_terms(secret.summary) & told) - seen
    if len(_SECRET_TERMS) >= _AUTHORED_SIZE:
        _SECRET_TERMS.pop(next(iter(_SECRET_TERMS)))
    _SECRET_TERMS[id(scenario)] = (scenario, terms)
    return terms


def _presumes_secret(moment: str, conversation: Conversation) -> bool:
    """Whether an authored moment needs something the persona never revealed here.

    "When Sam asked for time off to look after their mum" did not happen in a conversation
    where the mum never came up: the moment uses a word only a secret brings up, the secret
    stayed secret, and nobody said the word.
    """
    scenario = conversation.scenario
    if scenario is None or not moment:
        return False
    said: set[str] = set()
    for turn in conversation.turns:
        said |= _terms(turn.text)
        said |= set().union(*(_terms(line.text) for line in (turn.prompt, turn.reply) if line))
    wanted = _terms(moment) - said
    return any(
        wanted & terms
        for secret_id, terms in _secret_terms(scenario).items()
        if secret_id not in conversation.secret_turns
    )


def _choose(
    candidates: list[tuple[str, str, TurnAnalysis]],
    missed: tuple[str, ...],
    prompt: str,
    conversation: Conversation,
) -> str:
    """The candidate line that best fits what the learner missed and what actually happened.

    Each candidate is (moment description, line, analysis of the line). In order: a line that
    brings in an offer nobody mentioned, or whose moment needs something the persona never
    revealed, comes last; then the line showing the most important
    missed things; then the one closest to the moment (the other person's words just before);
    then the one whose authored moment is closest to anything said in the conversation.
    """
    scenario = conversation.scenario
    heard = content_words(prompt)
    lines: list[set[str]] = []
    for turn in conversation.turns:
        lines.append(content_words(turn.text))
        lines += [content_words(line.text) for line in (turn.prompt, turn.reply) if line]
    said = set().union(*lines)

    def rank(index: int) -> tuple[bool, int, int, int, int]:
        moment, line, analysis = candidates[index]
        fit = sum(
            2 ** (len(missed) - i)
            for i, key in enumerate(missed)
            if _shows(key, analysis, scenario)
        )
        overlap = len(heard & content_words(f"{moment} {line}"))
        grounded = len(subject_words(moment, conversation.other_name) & said)
        fits = not _intrudes(analysis, lines, scenario) and not _presumes_secret(
            moment, conversation
        )
        return (fits, fit, overlap, grounded, -index)

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
    """'At turn 6, when Sam said '…'' — the real moment the learner could have done better."""
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
    line = _choose(candidates, missed, prompt, conversation)
    return f"{moment(conversation, turn)}, you could have said: '{inner_quotes(line)}'"
