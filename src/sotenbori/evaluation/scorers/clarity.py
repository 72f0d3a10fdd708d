"""Clarity & specificity: facts, numbers, dates and owners a person could check.

Credit for turns that state facts and for actions with a time, plus a little for each distinct
concrete detail (amount, date, name). Fog ("we'll look into it", "as soon as possible",
"circle back"), stock phrases and long turns cost. Without a single fact or dated action the
score cannot reach the Developing band, and a turn said as a list of labels ("Status: fixed.
Release: Thursday.") keeps it out of the top two: the facts count, but clear speech is
sentences a person would say.
"""

from __future__ import annotations

from sotenbori.evaluation.conversation import Conversation
from sotenbori.evaluation.evidence import Ledger, weakest
from sotenbori.evaluation.scorers.common import (
    LABEL_CAP,
    Judgement,
    cap_sentence,
    decayed,
    label_lists,
    label_reason,
    milestones,
    one_per_turn,
    paragraph,
    reached_phrase,
    sound,
    times,
    turns_phrase,
)
from sotenbori.evaluation.signals import concrete, fog, sentence_with, words

BASE = 30.0
FOG_COST = 4.0
MAX_FOG_COST = 24.0


def score_clarity(c: Conversation) -> Judgement:
    """Score how concrete and checkable the learner's words were."""
    ledger = Ledger(BASE)

    facts = one_per_turn(c.hits("share_facts"))
    for k, hit in enumerate(facts):
        ledger.add(hit.turn, decayed(12, k, 0.65), hit.quote, "stated facts")
    dated = one_per_turn(sound(c.hits("own_action_with_time")))
    for k, hit in enumerate(dated):
        ledger.add(hit.turn, decayed(8, k, 0.6), hit.quote, "gave a time")

    details: dict[str, str] = {}
    for turn in c.turns:
        for token in concrete(turn.text, c.other_name):
            details.setdefault(token.lower().strip(" .,:;"), token.strip(" .,:;"))
    ledger.adjust(min(2.0 * len(details), 16.0), "concrete details")

    foggy: list[tuple[int, str]] = []
    spent = 0.0
    for turn in c.turns:
        for phrase in fog(turn.text):
            foggy.append((turn.turn, phrase))
            cost = min(FOG_COST, MAX_FOG_COST - spent)
            if cost > 0:
                ledger.add(turn, -cost, sentence_with(turn.text, phrase), "fog")
                spent += cost
    fillers = c.hits("formulaic_filler")
    for hit in fillers:
        ledger.add(hit.turn, -2.0, hit.quote, "stock phrase")
    reached, missed_milestones = milestones(c, "clarity", ledger, 8.0)

    lengths = [len(words(t.text)) for t in c.meaningful_turns]
    average = sum(lengths) / len(lengths) if lengths else 0.0
    if average > 90:
        ledger.adjust(-8.0, "long turns")
    elif average > 60:
        ledger.adjust(-4.0, "long turns")

    listed = label_lists(c)
    if not facts and not dated:
        ledger.cap(45, "no sentence of yours stated a fact or put a date on an action")
    if listed:
        ledger.cap(LABEL_CAP, label_reason(listed, c.other_name))

    stated = ledger.turns("stated facts")
    timed = ledger.turns("gave a time")
    did: list[str] = []
    if stated:
        did.append(f"you gave concrete facts ({turns_phrase(stated)})")
    if timed:
        did.append(f"you put a time on what you would do ({turns_phrase(timed)})")
    if details:
        shown = ", ".join(list(details.values())[:4])
        kind = "checkable detail" if len(details) == 1 else "checkable details"
        did.append(f"you used {len(details)} {kind} ({shown})")
    opening = "; ".join(did) if did else "You stayed general: no numbers, dates or names"
    changed = f"That reached {reached_phrase(reached)}" if reached else None
    costs: list[str] = []
    if foggy:
        phrase = foggy[0][1]
        costs.append(
            f"foggy phrases like '{phrase}' came {times(len(foggy))}"
            f" ({turns_phrase(t for t, _ in foggy)}): they sound like action but promise nothing"
        )
    if average > 60:
        costs.append(
            f"your turns ran long (about {round(average)} words each); say less, more exactly"
        )
    explanation = paragraph(opening, changed, "; ".join(costs), cap_sentence(ledger))

    missed = list(missed_milestones)
    if not facts:
        missed.append("share_facts")
    if not dated:
        missed.append("own_action_with_time")
    missed += ["share_facts", "own_action_with_time"]
    return Judgement(ledger, explanation, tuple(dict.fromkeys(missed)), weakest(c, ledger))
