"""Composure & boundaries: staying steady, holding firm, naming a pattern without judging.

Composure starts high and is lost: lecturing, blaming, hostility, minimising, excuses and
giving in to keep the peace each cost, and repeated lecturing or blaming caps the score below
Developing. Credit for naming a pattern as an observation (not inside a telling-off) and for
holding a limit calmly. A walk-out caps the score; the persona's trust trajectory moves it a
little.
"""

from __future__ import annotations

from sotenbori.evaluation.conversation import Conversation
from sotenbori.evaluation.evidence import Ledger, weakest
from sotenbori.evaluation.scorers.common import (
    Judgement,
    at,
    cap_sentence,
    decayed,
    listing,
    milestones,
    one_per_turn,
    paragraph,
    possessive,
    reached_phrase,
    turns_phrase,
)
from sotenbori.evaluation.signals import observes_pattern

BASE = 66.0
COSTS = {
    "hostile": 25.0,
    "lecture": 16.0,
    "blame": 16.0,
    "dismiss": 12.0,
    "excuse": 8.0,
    "give_in": 10.0,
    "over_promise": 5.0,
}
JUDGING = ("lecture", "blame", "hostile", "dismiss")
#: Moves that answer pressure with substance rather than defence.
CONSTRUCTIVE = (
    "share_facts",
    "own_action_with_time",
    "propose_protocol",
    "acknowledge_experience",
    "apologise_for_impact",
    "open_question",
    "paraphrase",
    "ask_for_commitment",
)
WHAT = {
    "hostile": "sharp or sarcastic words",
    "lecture": "telling them how to behave",
    "blame": "putting the fault on others",
    "dismiss": "playing the problem down",
    "excuse": "defending instead of owning",
    "give_in": "giving up the point to keep the peace",
    "over_promise": "giving ground you cannot hold",
}


def score_composure(c: Conversation) -> Judgement:
    """Score whether the learner held steady and redirected without lecturing."""
    ledger = Ledger(BASE)
    name = c.other_name

    judged_quotes = {m.quote for t in c.turns for m in t.analysis.moves if m.move in JUDGING}
    patterns = [
        h
        for h in one_per_turn(
            h for h in c.hits("name_pattern") if observes_pattern(h.quote, c.scenario)
        )
        if h.quote not in judged_quotes
    ]
    for k, hit in enumerate(patterns[:2]):
        ledger.add(hit.turn, decayed(10, k, 0.5), hit.quote, "named the pattern calmly")
    limits = one_per_turn(c.hits("hold_boundary"))
    for k, hit in enumerate(limits[:2]):
        ledger.add(hit.turn, decayed(8, k, 0.5), hit.quote, "held a limit")

    bad = {move: one_per_turn(c.hits(move)) for move in COSTS}
    for move, hits in bad.items():
        for hit in hits:
            ledger.add(hit.turn, -COSTS[move], hit.quote, move)
    slips = sum(len(hits) for move, hits in bad.items() if move not in ("over_promise", "give_in"))
    steady = [
        t
        for t in c.meaningful_turns
        if t.prompt is not None
        and not set(t.analysis.move_ids) & set(COSTS)
        and t.found(*CONSTRUCTIVE)
    ]
    for turn in steady[:4]:
        ledger.add(
            turn, 2.0, turn.found(*CONSTRUCTIVE)[0].quote, "answered pressure with substance"
        )
    if not slips and len(c.meaningful_turns) >= 3:
        ledger.adjust(4.0, "steady throughout")
    reached, missed_milestones = milestones(c, "composure", ledger, 8.0)

    trend = None
    if c.trajectory is not None and len(c.trajectory.values) > 1:
        ledger.adjust(8.0 * c.trajectory.gain, "trust trajectory")
        if c.trajectory.gain < -0.05:
            trend = f"{possessive(name)} {c.trajectory.label.lower()} fell over the conversation"

    telling = len(bad["lecture"]) + len(bad["blame"])
    if bad["hostile"]:
        ledger.cap(30, "hostility ends the chance of a calm conversation")
    if telling >= 2:
        ledger.cap(35, "you lectured or blamed more than once")
    elif telling == 1:
        ledger.cap(55, "you lectured or blamed at least once")
    if c.ending == "walked_out":
        ledger.cap(40, f"{name} walked out")

    named = ledger.turns("named the pattern calmly")
    held = ledger.turns("held a limit")
    did: list[str] = []
    if named:
        did.append(
            f"you named the pattern as an observation, not a judgement ({turns_phrase(named)})"
        )
    if held:
        did.append(f"you held a limit without brushing them off ({turns_phrase(held)})")
    if not slips and c.turns:
        did.append("you stayed calm: no lecturing, blame or defensiveness")
    opening = (
        "; ".join(did)
        if did
        else "You kept the conversation going but never named the pattern or held a line"
    )
    costs = [f"{WHAT[move]} ({at(hits)})" for move, hits in bad.items() if hits]
    cost_sentence = "What cost you: " + "; ".join(costs) if costs else None
    changed = [p for p in (trend, reached and f"you reached {reached_phrase(reached)}") if p]
    explanation = paragraph(
        opening,
        cost_sentence,
        listing(changed) if changed else None,
        cap_sentence(ledger),
    )

    missed: list[str] = []
    if telling or bad["hostile"]:
        missed += ["name_pattern", "hold_boundary"]
    if bad["dismiss"] or bad["over_promise"] or bad["give_in"]:
        missed.append("hold_boundary")
    missed += missed_milestones + ["name_pattern", "hold_boundary"]
    return Judgement(ledger, explanation, tuple(dict.fromkeys(missed)), weakest(c, ledger))
