"""Empathy & acknowledgement: naming what the person went through, not reciting sympathy.

Credit goes to acknowledgements that are specific to this person (a detail of what happened to
them) and to apologies for the impact, each worth less the more often it is used. Stock phrases
earn nothing the first time and cost from the second; "sorry you feel that way", flattery,
minimising and hostility cost more. The explanation is read off the ledger, so every turn it
names is a turn whose words earned or cost the points it describes.
"""

from __future__ import annotations

from sotenbori.evaluation.conversation import Conversation, Hit
from sotenbori.evaluation.evidence import Ledger, weakest
from sotenbori.evaluation.scorers.common import (
    Judgement,
    apologies,
    at,
    cap_sentence,
    decayed,
    distinct,
    listing,
    milestones,
    paragraph,
    reached_phrase,
    times,
    trust_change,
    turns_phrase,
)
from sotenbori.evaluation.signals import describes_experience, owns, phrase, sentences, specific

BASE = 30.0
#: Ledger notes that mean "this turn named or apologised for what they went through".
ACKNOWLEDGED = ("named their experience", "acknowledged in general")
APOLOGISED = ("apologised", "apologised specifically")


def score_empathy(c: Conversation) -> Judgement:
    """Score how specifically the learner acknowledged the other person's experience."""
    ledger = Ledger(BASE)
    name = c.other_name

    acks, ack_repeats = distinct(_acknowledgements(c))
    for k, hit in enumerate(acks):
        if specific(c, hit.turn, hit.quote):
            ledger.add(hit.turn, decayed(24, k, 0.55), hit.quote, "named their experience")
        else:
            ledger.add(hit.turn, decayed(12, k, 0.55), hit.quote, "acknowledged in general")
    for k, hit in enumerate(ack_repeats):
        ledger.add(hit.turn, -3.0 if k == 0 else -6.0, hit.quote, "same words again")

    sorry, sorry_repeats = distinct(apologies(c))
    for k, hit in enumerate(sorry):
        if k >= 3:
            ledger.add(hit.turn, -3.0, hit.quote, "apologised again")
            continue
        note = "apologised specifically" if specific(c, hit.turn, hit.quote) else "apologised"
        ledger.add(hit.turn, decayed(12, k, 0.4), hit.quote, note)
    for hit in sorry_repeats:
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
    warm = ledger.credited(*ACKNOWLEDGED, *APOLOGISED)
    warm_turns = list({e.turn.turn: e.turn for e in warm}.values())
    landed = trust_change(c, warm_turns) if warm_turns else None
    if warm_turns and c.trajectory is not None and sum(t.mood_change for t in warm_turns) > 0.5:
        ledger.adjust(4.0, "it landed")

    named = ledger.turns("named their experience")
    general = ledger.turns("acknowledged in general")
    sorry_specific = ledger.turns("apologised specifically")
    sorry_general = ledger.turns("apologised")
    if not named and not general and not sorry_specific:
        ledger.cap(45, f"you never spelled out what {name} had been through")
    elif not named and not sorry_specific:
        ledger.cap(70, "your acknowledgements stayed general; none named a detail of theirs")
    if len(fillers) >= 3:
        ledger.cap(60, "a stock phrase used three or more times reads as a script")

    did: list[str] = []
    if named:
        did.append(f"you named what {name} had been through specifically ({turns_phrase(named)})")
    if general:
        did.append(f"you acknowledged them in general terms ({turns_phrase(general)})")
    if sorry_specific:
        did.append(f"you apologised for what happened, naming it ({turns_phrase(sorry_specific)})")
    if sorry_general:
        did.append(f"you apologised ({turns_phrase(sorry_general)})")
    opening = (
        "; ".join(did)
        if did
        else f"You never named what {name} had been through or what it had cost"
    )
    changed = None
    parts = [landed, f"you reached {reached_phrase(reached)}" if reached else None]
    if any(parts):
        changed = "What it changed: " + listing(p for p in parts if p)
    costs: list[str] = []
    if len(fillers) >= 2:
        said = list(dict.fromkeys(phrase("formulaic_filler", h.quote, c.scenario) for h in fillers))
        examples = " and ".join(f"'{p}'" for p in said[:2])
        costs.append(
            f"stock sympathy ({examples}) came {times(len(fillers))} ({at(fillers)});"
            " after the first it says nothing and starts to grate"
        )
    if ack_repeats or sorry_repeats:
        costs.append("repeating the same words of sympathy made them sound rehearsed")
    if empty:
        costs.append(f"you apologised for how they felt, not for what happened ({at(empty)})")
    if flattery:
        costs.append(
            f"praising them is not acknowledging them, and it read as flattery ({at(flattery)})"
        )
    if harsh:
        costs.append(f"you played the problem down or spoke sharply ({at(harsh)})")
    explanation = paragraph(opening, changed, "; ".join(costs), cap_sentence(ledger))

    missed: list[str] = []
    if not named or len(fillers) >= 2 or empty:
        missed.append("acknowledge_experience")
    missed += missed_milestones
    if not sorry:
        missed.append("apologise_for_impact")
    missed.append("acknowledge_experience")
    return Judgement(ledger, explanation, tuple(dict.fromkeys(missed)), weakest(c, ledger))


#: Moves whose sentence cannot count as acknowledging, whatever else it says.
_HARMFUL = frozenset({"lecture", "blame", "hostile", "dismiss", "excuse", "empty_apology"})


def _acknowledgements(c: Conversation) -> list[Hit]:
    """The analyser's acknowledgements, plus sentences that spell out what happened to them.

    "The order sat for two weeks and you had to chase it yourself. That's on us." acknowledges
    the experience even though no stock acknowledging phrase is in it. Such a sentence counts
    when the same turn also owns, apologises or acknowledges (so it is not a neutral recap) and
    it carries no harmful move.
    """
    sorry_turns = {h.turn.turn for h in apologies(c)}
    found: list[Hit] = []
    for turn in c.turns:
        moves = turn.analysis.moves
        marked = [Hit(turn, m.move, m.quote) for m in moves if m.move == "acknowledge_experience"]
        framed = marked or turn.turn in sorry_turns or any(owns(s) for s in sentences(turn.text))
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
