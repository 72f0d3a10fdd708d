"""Agreement & next steps: resolving the issue, proposing a plan, securing a commitment.

Three moves make a close: a dated next step of one's own, a concrete plan for how things will
work from here, and a direct ask for the other person's commitment. Each earns credit; without
all three the score is capped low, however pleasant the talk. Milestones the scenario maps here
earn credit, an agreement lifts the score and a walk-out caps it. Nothing here knows what a
good plan contains for any one scenario: the scenario's own milestone labels say that.
"""

from __future__ import annotations

from sotenbori.evaluation.conversation import Conversation, Hit
from sotenbori.evaluation.evidence import Ledger, weakest
from sotenbori.evaluation.scorers.common import (
    Judgement,
    cap_sentence,
    decayed,
    distinct,
    listing,
    milestone_quote,
    milestones,
    one_per_turn,
    paragraph,
    reached_phrase,
    sound,
    turns_phrase,
)
from sotenbori.evaluation.signals import fog, label_fragment, says_yes

BASE = 12.0
PIECES = ("own_action_with_time", "propose_protocol", "ask_for_commitment")
#: Highest score with 0, 1 or 2 of the three pieces.
PIECE_CAPS = (25.0, 38.0, 55.0)
#: A plan said only as a list of labels can be Proficient, not Expert.
LABEL_CAP = 89.0
CREDIT = {
    "own_action_with_time": (16.0, 0.4),
    "propose_protocol": (16.0, 0.5),
    "ask_for_commitment": (14.0, 0.35),
}
#: What each piece is, as a noun phrase with no article (so "no ..." and "a ..." both read).
NOUNS = {
    "own_action_with_time": "dated next step of your own",
    "propose_protocol": "concrete plan for how things will work from here",
    "ask_for_commitment": "direct ask for their commitment",
}


def score_commitment(c: Conversation) -> Judgement:
    """Score whether the conversation closed on a specific, mutual, confirmed agreement."""
    ledger = Ledger(BASE)
    name = c.other_name

    present: dict[str, list[Hit]] = {}
    for move in PIECES:
        first, _ = distinct(one_per_turn(sound(_hits(c, move))))
        start, decay = CREDIT[move]
        for k, hit in enumerate(first[:3]):
            ledger.add(hit.turn, decayed(start, k, decay), hit.quote, move)
        if first:
            present[move] = first[:3]

    confirmed = None
    if present and c.turns:
        last_pieces = max(h.turn.turn for hits in present.values() for h in hits)
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
        gaps = [NOUNS[m] for m in PIECES if m not in present]
        ledger.cap(PIECE_CAPS[len(present)], "there was " + listing(f"no {g}" for g in gaps))
    labelled = [m for m, hits in present.items() if all(label_fragment(h.quote) for h in hits)]
    if labelled:
        example = present[labelled[0]][0].quote
        ledger.cap(
            LABEL_CAP,
            f"your plan came as a list of labels ('{example}'), not as something you would say"
            f" to {name}",
        )
    if c.ending == "walked_out":
        ledger.cap(30, f"{name} walked out before anything was agreed")

    did: list[str] = []
    for move, verb in (
        ("own_action_with_time", "gave a dated next step of your own"),
        ("propose_protocol", "proposed a concrete plan for how things will work from here"),
        ("ask_for_commitment", f"asked {name} directly to commit"),
    ):
        if ledger.turns(move):
            did.append(f"{verb} ({turns_phrase(ledger.turns(move))})")
    opening = (
        "You " + listing(did)
        if did
        else "You never turned the conversation into a plan: no dated next step, no plan for"
        " how things will work and no ask for a commitment"
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
        "What it changed: " + "; ".join(changed) if changed else None,
        f"You confirmed the agreement back in your own words ({turns_phrase([confirmed[0].turn])})"
        if confirmed
        else None,
        cap_sentence(ledger),
    )

    missed = list(missed_milestones) + [m for m in PIECES if m not in present] + list(PIECES)
    return Judgement(
        ledger, explanation, tuple(dict.fromkeys(missed)), weakest(c, ledger, prefer_late=True)
    )


def _hits(c: Conversation, move: str) -> list[Hit]:
    """The occurrences of one piece, each credited where it first happened.

    A question asking for the commitment often repeats the plan's terms ("will you call me
    first?"). Once a plan has been proposed, such a question is the ask, not a new plan, so the
    plan stays cited at the turn where it was put forward.
    """
    hits = c.hits(move)
    if move != "propose_protocol":
        return hits
    asks = {(h.turn.turn, h.quote) for h in c.hits("ask_for_commitment")}
    kept: list[Hit] = []
    for hit in sorted(hits + _plan_terms(c), key=lambda h: h.turn.turn):
        restated = (hit.turn.turn, hit.quote) in asks and hit.quote.rstrip().endswith("?")
        if restated and kept:
            continue
        kept.append(hit)
    return kept


def _plan_terms(c: Conversation) -> list[Hit]:
    """Terms of the plan the scenario itself names: milestones it maps to this dimension whose
    condition is about content (a topic), reached where the learner said them.

    A question asking for the commitment that mentions a term ("will you call me first?")
    is the ask, not a proposal, so it is left out here; so is a term said in fog ("let's touch
    base at some point"), which names no plan anyone could hold.
    """
    scenario = c.scenario
    if scenario is None:
        return []
    by_turn = {t.turn: t for t in c.turns}
    asks = {h.quote for h in c.hits("ask_for_commitment")}
    found: list[Hit] = []
    for milestone in scenario.behaviour.milestones:
        when = milestone.when
        about_content = (when.topics_any or when.topics_all) and not (
            when.moves_any or when.moves_all
        )
        at = c.milestone_turns.get(milestone.id)
        if (
            about_content
            and scenario.evaluation.milestone_dimensions.get(milestone.id) == "commitment"
            and at in by_turn
        ):
            quote = milestone_quote(by_turn[at], when)
            if quote not in asks and not fog(quote):
                found.append(Hit(by_turn[at], "propose_protocol", quote))
    return found


def _accepted(c: Conversation) -> int | None:
    """The learner's turn whose ask got a plain yes in reply, for calls with no model."""
    for turn in c.turns:
        if turn.has("ask_for_commitment") and turn.reply and says_yes(turn.reply.text):
            return turn.turn
    return None
