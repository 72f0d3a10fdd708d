"""Turn analysis: which moves a learner's turn makes, each with the words that show it.

Rules, not a model: every decision is explainable by the span it quotes, and the same text
always gives the same answer. Generic cues come from :mod:`sotenbori.engine.lexicon`; a scenario
adds its topics, slots and extra move cues.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sotenbori.engine import lexicon, move_cues
from sotenbori.engine.events import MoveFound, TopicFound, TurnAnalysis
from sotenbori.scenarios.models import Scenario

FLAGS = re.IGNORECASE

#: The most a learner may say in one turn.
MAX_TURN_CHARS = 2000

_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_SENTENCE = re.compile(r"[^.!?…\n]+(?:[.!?…]+|\n|$)")
# "4h" and "b4" are not words with a stray letter in them.
_WORD = re.compile(r"(?<![0-9])[A-Za-z][A-Za-z']*")
_NAME = re.compile(
    r"\b(?i:i'?m|i am|this is|my name is|name'?s|it'?s)\s+([A-Z][a-z]+)"
    r"(?=\s+(?i:from|at|with|here)\b|\s*[,.!])"
    r"|\b(?i:my name is)\s+([A-Z][a-z]+)\b"
)


class TurnRejected(ValueError):
    """A turn that cannot be taken as it is; the message is one line for the learner."""


def clean_turn(text: str) -> str:
    """Normalise a learner's turn: Unicode NFC, control characters removed, spaces tidied.

    Raises:
        TurnRejected: when nothing is left or the turn is longer than ``MAX_TURN_CHARS``.
    """
    text = unicodedata.normalize("NFC", _ANSI.sub("", text))
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    text = re.sub(r"[ \t]+", " ", text).strip()
    text = re.sub(r"\n{3,}", "\n\n", text)
    if not text:
        raise TurnRejected("Say something first: the turn is empty.")
    if len(text) > MAX_TURN_CHARS:
        raise TurnRejected(
            f"That turn is {len(text):,} characters; keep it under {MAX_TURN_CHARS:,}"
            " (about what you would say in one breath)."
        )
    return text


@dataclass(frozen=True)
class _Sentence:
    text: str
    start: int


def _sentences(text: str) -> list[_Sentence]:
    found = []
    for match in _SENTENCE.finditer(text):
        raw = match.group(0)
        stripped = raw.strip()
        if stripped:
            found.append(_Sentence(stripped, match.start() + raw.index(stripped)))
    return found


@lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, FLAGS) for p in patterns)


_GENERIC = {move: _compiled(tuple(p)) for move, p in move_cues.MOVE_PATTERNS.items()}
_TIME = re.compile(lexicon.TIME_EXPRESSION, FLAGS)
_FUTURE = re.compile(lexicon.FIRST_PERSON_FUTURE, FLAGS)
_PROPOSAL = re.compile(lexicon.PROPOSAL_FRAME, FLAGS)
_PROTOCOL = re.compile(lexicon.PROTOCOL_TERMS, FLAGS)
_OPEN_Q = re.compile(lexicon.OPEN_QUESTION_STARTS, FLAGS)
_CLOSED_Q = re.compile(lexicon.CLOSED_QUESTION_STARTS, FLAGS)
_UNMARKED_Q = re.compile(lexicon.UNMARKED_QUESTION, FLAGS)
_INVITATION = re.compile(lexicon.OPEN_INVITATION, FLAGS)
_RECIPROCAL = re.compile(lexicon.RECIPROCAL_OFFER, FLAGS)
_COMMIT = _compiled(tuple(lexicon.ASK_FOR_COMMITMENT))
_NEGATION = re.compile(lexicon.NEGATION_BEFORE, FLAGS)
_BARE_SORRY = re.compile(lexicon.BARE_SORRY, FLAGS)
_REPAIR = re.compile(lexicon.REPAIR, FLAGS)
_PLAN = re.compile(lexicon.PLAN, FLAGS)
_OBSERVED = re.compile(lexicon.OBSERVED, FLAGS)
_SHORTHAND = re.compile(
    r"(?<![\w'])(?:" + "|".join(sorted(lexicon.SHORTHAND, key=len, reverse=True)) + r")(?![\w'])",
    FLAGS,
)


def _plain(text: str) -> str:
    """The text as the patterns expect it: straight apostrophes, chat shorthand spelled out.

    People type "can u try me first b4" and phones type curly apostrophes; the cues are
    written for neither. Only matching sees this; quotes and spans use the text as typed.
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return _SHORTHAND.sub(lambda m: lexicon.SHORTHAND[m.group(0).lower()], text)


def _negated(sentence: str, match_start: int) -> bool:
    return bool(_NEGATION.search(sentence[:match_start]))


def _first_match(
    patterns: Iterable[re.Pattern[str]], sentence: str, move: str
) -> re.Match[str] | None:
    for pattern in patterns:
        for match in pattern.finditer(sentence):
            if move in lexicon.NEGATED_MOVES and _negated(sentence, match.start()):
                continue
            return match
    return None


def _sentence_moves(
    sentence: str, scenario_cues: dict[str, tuple[re.Pattern[str], ...]]
) -> list[str]:
    """The moves one sentence makes, in taxonomy order."""
    sentence = _plain(sentence)
    moves: list[str] = []
    for move, patterns in _GENERIC.items():
        extra = scenario_cues.get(move, ())
        if _first_match(patterns + extra, sentence, move):
            moves.append(move)
    for move, extra in scenario_cues.items():
        if move not in _GENERIC and _first_match(extra, sentence, move):
            moves.append(move)

    ending = sentence.rstrip()
    # People typing fast often drop the question mark: "what happened on your side".
    is_question = ending.endswith("?") or (
        not ending.endswith((".", "!")) and bool(_UNMARKED_Q.search(sentence))
    )
    asks_commitment = any(
        p.search(sentence) for p in _COMMIT + scenario_cues.get("ask_for_commitment", ())
    )
    if asks_commitment:
        moves.append("ask_for_commitment")
    elif _INVITATION.search(sentence):
        moves.append("open_question")
    elif is_question:
        if _OPEN_Q.search(sentence):
            moves.append("open_question")
        elif _CLOSED_Q.search(sentence) or len(sentence.split()) <= 12:
            moves.append("closed_question")
        else:
            moves.append("open_question")

    # "If we miss it, it goes straight to my VP" is a plan, not an observation about them.
    if "name_pattern" in moves and _PLAN.search(sentence) and not _OBSERVED.search(sentence):
        moves.remove("name_pattern")

    has_time = _TIME.search(sentence)
    if has_time and _FUTURE.search(sentence):
        moves.append("own_action_with_time")
    if (_PROPOSAL.search(sentence) and _PROTOCOL.search(sentence)) or _RECIPROCAL.search(sentence):
        moves.append("propose_protocol")
    # A move found by both a generic and a scenario cue is one move, said once.
    return list(dict.fromkeys(moves))


def _gibberish(text: str) -> bool:
    words = [w.lower().strip("'") for w in _WORD.findall(text)]
    if not words:
        return True
    wordlike = [
        w
        for w in words
        if re.search(r"[aeiouy]", w)
        and not re.search(r"[^aeiouy']{5,}", w)
        and not re.search(r"(.)\1\1", w)
        and len(w) <= 20
    ]
    if len(wordlike) / len(words) < 0.6:
        return True
    # "that's" counts as "that": contractions of common words are common too.
    common = sum(1 for w in words if {w, w.split("'")[0]} & lexicon.COMMON_WORDS)
    return len(words) >= 3 and common == 0


def _quote(text: str, sentence: _Sentence) -> tuple[str, int, int]:
    start, end = sentence.start, sentence.start + len(sentence.text)
    return text[start:end], start, end


_DEADLINE_WORDS = ("by ", "before ", "within ", "until ", "no later", "at the latest")


def _best_value(matches: list[tuple[int, str]]) -> str | None:
    """Of several values said in one turn, the one a person would hold the speaker to.

    A deadline ("by Thursday") beats a mere mention ("this morning"); otherwise the last one
    said wins, since people tend to end on the commitment.
    """
    if not matches:
        return None
    deadlines = [m for m in matches if m[1].lower().startswith(_DEADLINE_WORDS)]
    return max(deadlines or matches)[1]


def _slots(text: str, scenario: Scenario | None) -> dict[str, str]:
    found: dict[str, str] = {}
    name = _NAME.search(text)
    if name:
        found["learner_name"] = next(g for g in name.groups() if g)
    when = _best_value([(m.start(), m.group(0)) for m in _TIME.finditer(text)])
    if when:
        found["promised_date"] = when
    for slot in scenario.slots if scenario else ():
        value = _best_value(
            [
                (m.start(1), m.group(1).strip())
                for pattern in _compiled(tuple(slot.patterns))
                for m in pattern.finditer(text)
                if m.groups() and m.group(1)
            ]
        )
        if value:
            found[slot.id] = value
    return found


def _bare_apologies(text: str, sentences: list[_Sentence]) -> list[MoveFound]:
    """A plain "I'm sorry." apologises for what the rest of the turn says happened.

    Alone it names nothing, and next to "could you repeat that?" it is about the call itself,
    so it counts only beside a statement of some substance and no conversational repair.
    """
    plain = [_plain(s.text) for s in sentences]
    bare = [i for i, s in enumerate(plain) if _BARE_SORRY.search(s)]
    if not bare or any(_REPAIR.search(s) for s in plain):
        return []
    substance = any(
        i not in bare and not s.rstrip().endswith("?") and len(_WORD.findall(s)) >= 4
        for i, s in enumerate(plain)
    )
    if not substance:
        return []
    found = []
    for i in bare:
        quote, start, end = _quote(text, sentences[i])
        found.append(MoveFound(move="apologise_for_impact", quote=quote, start=start, end=end))
    return found


def analyse(text: str, scenario: Scenario | None = None) -> TurnAnalysis:
    """Find the moves, topics and quotable values in one learner turn.

    Args:
        text: the learner's words (already cleaned with :func:`clean_turn` if from a person).
        scenario: adds the scenario's topics, slots and extra move cues; None for general use.

    Returns:
        The analysis; each move carries the sentence that shows it (``text[start:end]``).
    """
    cues = {
        move: _compiled(tuple(patterns))
        for move, patterns in (scenario.move_cues.items() if scenario else ())
    }
    moves: list[MoveFound] = []
    sentences = _sentences(text)
    for sentence in sentences:
        for move in _sentence_moves(sentence.text, cues):
            quote, start, end = _quote(text, sentence)
            moves.append(MoveFound(move=move, quote=quote, start=start, end=end))
    moves.extend(_bare_apologies(text, sentences))

    topics: list[TopicFound] = []
    for topic in scenario.topics if scenario else ():
        for pattern in _compiled(tuple(topic.patterns)):
            match = pattern.search(text)
            if match:
                topics.append(
                    TopicFound(
                        topic=topic.id, quote=match.group(0), start=match.start(), end=match.end()
                    )
                )
                break

    gibberish = _gibberish(_plain(text))
    if gibberish:
        whole = text.strip()
        moves = [MoveFound(move="gibberish", quote=whole, start=0, end=len(whole))]
        topics = []
    found = {m.move for m in moves}
    if "off_topic" in found and (
        topics or found - {"off_topic", "closed_question", "open_question"}
    ):
        moves = [m for m in moves if m.move != "off_topic"]
    asides = found - {"open_question", "closed_question"}
    meaningful = (
        not gibberish
        # Asking about the football is still off topic: a question mark does not redeem it.
        and not (asides and asides <= {"instruct_system", "off_topic"})
        and (len(_WORD.findall(text)) >= 3 or bool(topics) or bool(found - {"closed_question"}))
    )
    return TurnAnalysis(
        moves=moves, topics=topics, slots=_slots(text, scenario), meaningful=meaningful
    )
