"""Agreement & next steps: resolving the issue, proposing a plan, securing a commitment.

Three moves make a close: a dated action of one's own, a concrete working agreement (owner,
response time, escalation path) and a direct ask for the other person's commitment. Each earns
credit; without all three the score is capped low, however pleasant the talk. Milestones the
scenario maps here earn credit, an agreement lifts the score and a walk-out caps it.
"""

from __future__ import annotations

from sotenbori.evaluation.conversation import Conversation
from sotenbori.evaluation.evidence import Ledger, weakest
from sotenbori.evaluation.scorers.common import (
    Judgement,
    cap_sentence,
    decayed,
    distinct,
    milestones,
    one_per_turn,
    paragraph,
    reached_phrase,
    sound,
    turns_phrase,
)
from sotenbori.evaluation.signals import says_yes

BASE = 12.0
PIECES = ("own_action_with_time", "propose_protocol", "ask_for_commitment")
#: Highest score with 0, 1 or 2 of the three pieces.
PIECE_CAPS = (25.0, 38.0, 55.0)
CREDIT = {
    "own_action_with_time": (16.0, 0.4),
    "propose_protocol": (16.0, 0.5),
    "ask_for_commitment": (14.0, 0.35),
}
WORDS = {
    "own_action_with_time": "a dated action of your own",
    "propose_protocol": "a concrete working agreement (owner, response time, escalation path)",
    "ask_for_commitment": "a direct ask for their commitment",
}


def score_commitment(c: Conversation) -> Judgement:
    """Score whether the conversation closed on a specific, mutual, confirmed agreement."""
    ledger = Ledger(BASE)
    name = c.other_name

    present: dict[str, list[int]] = {}
    for move in PIECES:
        first, _ = distinct(one_per_turn(sound(c.hits(move))))
        start, decay = CREDIT[move]
        for k, hit in enumerate(first[:3]):
            ledger.add(hit.turn, decayed(start, k, decay), hit.quote, move)
        if first:
            present[move] = [h.turn.turn for h in first]

    confirmed = None
    if present and c.turns:
        last_pieces = max(t for turns in present.values() for t in turns)
        closing = [t for t in c.turns[-2:] if t.turn >= last_pieces]
        confirmed = next(((t, m.quote) for t in closing for m in t.found("paraphrase")), None)
        if confirmed:
            ledger.add(confirmed[0], 5.0, confirmed[1], "confirmed it")
    reached, missed_milestones = milestones(c, "commitment", ledger, 7.0)

    accepted = _accepted(c)
    if c.ending == "agreement":
        ledger.adjust(15.0, "agreement")
    elif accepted is not None and c.scenario is None:
        ledger.adjust(10.0, "they said yes")
    if len(present) < len(PIECES):
        ledger.cap(PIECE_CAPS[len(present)], _missing(present))
    if c.ending == "walked_out":
        ledger.cap(30, f"{name} walked out before anything was agreed")

    did = [f"{WORDS[m]} ({turns_phrase(present[m])})" for m in PIECES if m in present]
    opening = (
        "You closed with " + "; ".join(did)
        if did
        else "You never turned the conversation into a plan: no dated action, no agreement, no ask"
    )
    changed: list[str] = []
    if reached:
        changed.append(f"you reached {reached_phrase(reached)}")
    if c.ending == "agreement":
        changed.append(f"{name} agreed")
    elif c.ending == "walked_out":
        changed.append(f"{name} walked out")
    elif accepted is not None and c.scenario is None:
        changed.append(f"they said yes when you asked ({turns_phrase([accepted])})")
    elif c.ending == "time_up":
        changed.append("time ran out before an agreement")
    explanation = paragraph(
        opening,
        "What it changed: " + " and ".join(changed) if changed else None,
        "You confirmed the agreement back in your own words" if confirmed else None,
        cap_sentence(ledger),
    )

    missed = list(missed_milestones) + [m for m in PIECES if m not in present] + list(PIECES)
    return Judgement(
        ledger, explanation, tuple(dict.fromkeys(missed)), weakest(c, ledger, prefer_late=True)
    )


def _accepted(c: Conversation) -> int | None:
    """The turn of the other side's plain yes to the learner's ask, for calls with no model."""
    for turn in c.turns:
        if turn.has("ask_for_commitment") and turn.reply and says_yes(turn.reply.text):
            return turn.reply.turn
    return None


def _missing(present: dict[str, list[int]]) -> str:
    gaps = [WORDS[m] for m in PIECES if m not in present]
    return "there was no " + " and no ".join(gaps) if gaps else ""
