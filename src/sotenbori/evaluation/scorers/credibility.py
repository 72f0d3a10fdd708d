"""Credibility & ownership: owning the problem and promising only what can be kept.

Credit for owning it in words ("that's on us"), for dated actions, for knowing the facts and
for holding the limits of one's authority. An apology on its own is not ownership. Promising
the impossible, blaming and making excuses cost, and each caps the score below Developing;
the persona's trust trajectory moves the score a little either way. A list of labels instead
of sentences keeps the score out of the top two bands, as for clarity.
"""

from __future__ import annotations

from sotenbori.evaluation.conversation import Conversation, LearnerTurn
from sotenbori.evaluation.evidence import Ledger, weakest
from sotenbori.evaluation.scorers.common import (
    LABEL_CAP,
    Judgement,
    apologies,
    at,
    cap_sentence,
    decayed,
    label_lists,
    label_reason,
    listing,
    milestones,
    one_per_turn,
    paragraph,
    possessive,
    reached_phrase,
    sound,
    turns_phrase,
)
from sotenbori.evaluation.signals import normalised, owns, sentences

BASE = 38.0
COSTS = {"over_promise": 18.0, "blame": 15.0, "excuse": 12.0, "dismiss": 6.0, "hostile": 8.0}


def score_credibility(c: Conversation) -> Judgement:
    """Score whether the learner owned the problem and stayed within what they can deliver."""
    ledger = Ledger(BASE)
    name = c.other_name

    owned: list[tuple[LearnerTurn, str]] = []
    said: set[str] = set()
    for turn in c.turns:
        sentence = next((s for s in sentences(turn.text) if owns(s)), None)
        if sentence and normalised(sentence) not in said:
            said.add(normalised(sentence))
            owned.append((turn, sentence))
    for k, (turn, quote) in enumerate(owned):
        ledger.add(turn, decayed(10, k, 0.5), quote, "owned it")
    dated = one_per_turn(sound(c.hits("own_action_with_time")))
    for k, hit in enumerate(dated):
        ledger.add(hit.turn, decayed(14, k, 0.6), hit.quote, "dated action")
    facts = one_per_turn(c.hits("share_facts"))
    for k, hit in enumerate(facts):
        ledger.add(hit.turn, decayed(6, k, 0.5), hit.quote, "knew the facts")
    limits = one_per_turn(c.hits("hold_boundary"))
    for k, hit in enumerate(limits):
        ledger.add(hit.turn, decayed(8, k, 0.5), hit.quote, "stayed within authority")
    plans = one_per_turn(sound(c.hits("propose_protocol")))
    if plans:
        ledger.add(plans[0].turn, 4.0, plans[0].quote, "had a plan")

    bad = {move: one_per_turn(c.hits(move)) for move in COSTS}
    for move, hits in bad.items():
        for hit in hits:
            ledger.add(hit.turn, -COSTS[move], hit.quote, move)
    for hit in c.hits("flattery"):
        ledger.add(hit.turn, -3.0, hit.quote, "flattery")
    reached, missed_milestones = milestones(c, "credibility", ledger, 8.0)

    trend = None
    if c.trajectory is not None and len(c.trajectory.values) > 1:
        gain = c.trajectory.gain
        ledger.adjust(12.0 * gain, "trust trajectory")
        label = c.trajectory.label.lower()
        if gain > 0.05:
            trend = f"{possessive(name)} {label} ended higher than it started"
        elif gain < -0.05:
            trend = f"{possessive(name)} {label} ended lower than it started"

    sorry = apologies(c)
    owned_turns = ledger.turns("owned it")
    dated_turns = ledger.turns("dated action")
    if bad["over_promise"]:
        ledger.cap(45, "you promised what you cannot guarantee or authorise")
    if bad["blame"]:
        ledger.cap(45, "you put the fault on someone else")
    if len(bad["excuse"]) >= 2:
        ledger.cap(45, "you explained the problem away more than once")
    if sorry and not owned_turns and not dated_turns:
        ledger.cap(55, "an apology without a single thing you would do is not ownership")
    elif not owned_turns and not dated_turns:
        ledger.cap(
            60, "you never owned the problem in so many words or put a date on your next step"
        )
    listed = label_lists(c)
    if listed:
        ledger.cap(LABEL_CAP, label_reason(listed, name))

    did: list[str] = []
    if owned_turns:
        did.append(f"you owned the problem in plain words ({turns_phrase(owned_turns)})")
    if dated_turns:
        did.append(f"you committed to actions with a time ({turns_phrase(dated_turns)})")
    if ledger.turns("knew the facts"):
        did.append(f"you knew the details ({turns_phrase(ledger.turns('knew the facts'))})")
    if ledger.turns("stayed within authority"):
        limits_at = turns_phrase(ledger.turns("stayed within authority"))
        did.append(f"you kept to what you can actually authorise ({limits_at})")
    if ledger.turns("had a plan"):
        did.append(
            f"you had a plan for what comes next ({turns_phrase(ledger.turns('had a plan'))})"
        )
    if did:
        opening = "; ".join(did)
    elif reached:
        opening = "You never owned the problem in so many words"
    else:
        opening = "You did not show that you owned the problem or could fix it"
    changed = [p for p in (trend, reached and f"you reached {reached_phrase(reached)}") if p]
    costs: list[str] = []
    if sorry and not owned_turns and not dated_turns:
        costs.append(
            f"you apologised ({at(sorry)}), but an apology on its own is not ownership:"
            " nothing said what you would do about it"
        )
    if bad["over_promise"]:
        turns = at(bad["over_promise"])
        costs.append(
            f"promising the impossible ({turns}) gives {name} a promise to hold you to"
            " that you will break"
        )
    if bad["blame"]:
        costs.append(f"blaming others ({at(bad['blame'])}) told {name} nobody owns this")
    if bad["excuse"]:
        costs.append(f"excuses ({at(bad['excuse'])}) explained instead of fixing")
    explanation = paragraph(
        opening,
        "What it changed: " + listing(changed) if changed else None,
        "; ".join(costs),
        cap_sentence(ledger),
    )

    missed: list[str] = []
    if bad["over_promise"]:
        missed.append("hold_boundary")
    if not dated or bad["blame"] or bad["excuse"]:
        missed.append("own_action_with_time")
    missed += missed_milestones + ["own_action_with_time", "hold_boundary", "share_facts"]
    return Judgement(ledger, explanation, tuple(dict.fromkeys(missed)), weakest(c, ledger))
