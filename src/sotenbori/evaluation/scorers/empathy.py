"""Empathy & acknowledgement: naming what the person went through, not reciting sympathy.

Credit goes to acknowledgements that are specific to this person (a detail, their own words)
and to apologies for the impact, each worth less the more often it is used. Stock phrases earn
nothing the first time and cost from the second; "sorry you feel that way", flattery,
minimising and hostility cost more.
"""

from __future__ import annotations

from sotenbori.evaluation.conversation import Conversation, Hit
from sotenbori.evaluation.evidence import Ledger, weakest
from sotenbori.evaluation.scorers.common import (
    Judgement,
    at,
    cap_sentence,
    decayed,
    distinct,
    milestones,
    paragraph,
    reached_phrase,
    times,
    trust_change,
    turns_phrase,
)
from sotenbori.evaluation.signals import describes_experience, owns, phrase, sentences, specific

BASE = 30.0


def score_empathy(c: Conversation) -> Judgement:
    """Score how specifically the learner acknowledged the other person's experience."""
    ledger = Ledger(BASE)
    name = c.other_name

    acks, ack_repeats = distinct(_acknowledgements(c))
    specific_turns: list[int] = []
    general_turns: list[int] = []
    for k, hit in enumerate(acks):
        if specific(c, hit.turn, hit.quote):
            ledger.add(hit.turn, decayed(24, k, 0.55), hit.quote, "named their experience")
            specific_turns.append(hit.turn.turn)
        else:
            ledger.add(hit.turn, decayed(12, k, 0.55), hit.quote, "acknowledged in general")
            general_turns.append(hit.turn.turn)
    for k, hit in enumerate(ack_repeats):
        ledger.add(hit.turn, -3.0 if k == 0 else -6.0, hit.quote, "same words again")

    apologies, apology_repeats = distinct(c.hits("apologise_for_impact"))
    for k, hit in enumerate(apologies):
        ledger.add(hit.turn, decayed(12, k, 0.4) if k < 3 else -3.0, hit.quote, "apologised")
    for hit in apology_repeats:
        ledger.add(hit.turn, -3.0, hit.quote, "same apology again")

    fillers = c.hits("formulaic_filler")
    for k, hit in enumerate(fillers):
        ledger.add(hit.turn, [0.0, -5.0][k] if k < 2 else -8.0, hit.quote, "stock phrase")
    empty = c.hits("empty_apology")
    for hit in empty:
        ledger.add(hit.turn, -8.0, hit.quote, "apologised for their feelings")
    flattery = c.hits("flattery")
    for hit in flattery:
        ledger.add(hit.turn, -5.0, hit.quote, "flattery")
    harsh = c.hits("dismiss", "hostile")
    for hit in harsh:
        ledger.add(hit.turn, -12.0 if hit.move == "dismiss" else -15.0, hit.quote, hit.move)

    reached, missed_milestones = milestones(c, "empathy", ledger, 8.0)
    warm_turns = [h.turn for h in acks + apologies]
    landed = trust_change(c, warm_turns) if warm_turns else None
    if warm_turns and c.trajectory is not None and sum(t.mood_change for t in warm_turns) > 0.5:
        ledger.adjust(4.0, "it landed")

    if not acks:
        ledger.cap(45, f"you never named what {name} had been through")
    elif not specific_turns:
        ledger.cap(70, "your acknowledgements stayed general; none named a detail of theirs")
    if len(fillers) >= 3:
        ledger.cap(60, "a stock phrase used three or more times reads as a script")

    did: list[str] = []
    if specific_turns:
        did.append(
            f"you named what {name} had been through specifically ({turns_phrase(specific_turns)})"
        )
    if general_turns:
        did.append(f"you acknowledged them in general terms ({turns_phrase(general_turns)})")
    if apologies:
        did.append(f"you apologised for the impact ({at(apologies)})")
    opening = (
        "; ".join(did)
        if did
        else f"You never named what {name} had been through or what it cost them"
    )
    changed = None
    if landed or reached:
        parts = [p for p in (landed, reached and f"you reached {reached_phrase(reached)}") if p]
        changed = "What it changed: " + " and ".join(parts)
    costs: list[str] = []
    if len(fillers) >= 2:
        said = list(dict.fromkeys(phrase("formulaic_filler", h.quote, c.scenario) for h in fillers))
        examples = " and ".join(f"'{p}'" for p in said[:2])
        costs.append(
            f"stock sympathy ({examples}) came {times(len(fillers))} ({at(fillers)});"
            " after the first it says nothing and starts to grate"
        )
    if ack_repeats or apology_repeats:
        costs.append("repeating the same words of sympathy made them sound rehearsed")
    if empty:
        costs.append(f"you apologised for how they felt, not for what happened ({at(empty)})")
    if flattery:
        costs.append("praising them is not acknowledging them, and it read as flattery")
    if harsh:
        costs.append(f"you played the problem down or snapped at {at(harsh)}")
    explanation = paragraph(opening, changed, "; ".join(costs), cap_sentence(ledger))

    missed: list[str] = []
    if not specific_turns or len(fillers) >= 2 or empty:
        missed.append("acknowledge_experience")
    missed += missed_milestones
    if not apologies:
        missed.append("apologise_for_impact")
    missed.append("acknowledge_experience")
    return Judgement(ledger, explanation, tuple(dict.fromkeys(missed)), weakest(c, ledger))


#: Moves whose sentence cannot count as acknowledging, whatever else it says.
_HARMFUL = frozenset({"lecture", "blame", "hostile", "dismiss", "excuse", "empty_apology"})


def _acknowledgements(c: Conversation) -> list[Hit]:
    """The analyser's acknowledgements, plus sentences that spell out what happened to them.

    "Ticket 48213 sat nine days and you had to email our CEO. That's on us." acknowledges the
    experience even though no stock acknowledging phrase is in it. Such a sentence counts when
    the same turn also owns, apologises or acknowledges (so it is not a neutral recap) and it
    carries no harmful move.
    """
    found: list[Hit] = []
    for turn in c.turns:
        moves = turn.analysis.moves
        marked = [Hit(turn, m.move, m.quote) for m in moves if m.move == "acknowledge_experience"]
        framed = (
            marked or turn.has("apologise_for_impact") or any(owns(s) for s in sentences(turn.text))
        )
        harmful = {m.quote for m in moves if m.move in _HARMFUL}
        described = [
            Hit(turn, "acknowledge_experience", s)
            for s in sentences(turn.text)
            if framed
            and describes_experience(s)
            and s not in harmful
            and all(s not in h.quote and h.quote not in s for h in marked)
        ]
        found += sorted(marked + described, key=lambda h: turn.text.find(h.quote))
    return found
