"""Listening & inquiry: asking, reflecting back and building on what the other person said.

Open questions and paraphrases earn most (less with each use); picking up the other person's
own words in a reply earns a little; what a question drew out (a secret the persona only tells
when asked well) earns more. Long monologues and lecturing cost, because they talk over.
"""

from __future__ import annotations

from sotenbori.evaluation.conversation import Conversation
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
    turns_phrase,
)
from sotenbori.evaluation.signals import builds_on, sentence_with, words

BASE = 32.0
MONOLOGUE_WORDS = 110


def score_listening(c: Conversation) -> Judgement:
    """Score how the learner found out and reflected what mattered to the other person."""
    ledger = Ledger(BASE)
    name = c.other_name

    questions, _ = distinct(c.hits("open_question"))
    for k, hit in enumerate(questions):
        ledger.add(hit.turn, decayed(10, k, 0.75), hit.quote, "open question")
    paraphrases, _ = distinct(c.hits("paraphrase"))
    for k, hit in enumerate(paraphrases):
        ledger.add(hit.turn, decayed(12, k, 0.6), hit.quote, "reflected back")
    closed, _ = distinct(c.hits("closed_question"))
    for hit in closed[:2]:
        ledger.add(hit.turn, 2.0, hit.quote, "checked a detail")

    picked_up = [t for t in c.meaningful_turns if len(builds_on(t)) >= 1]
    for turn in picked_up[:4]:
        word = sorted(builds_on(turn))[0]
        ledger.add(turn, 3.0, sentence_with(turn.text, word), "built on their words")

    asked_out = 0
    opened_up = 0
    for turn in c.turns:
        if not turn.revealed:
            continue
        opened_up += 1
        inquiry = turn.found("open_question", "paraphrase")
        if inquiry:
            asked_out += 1
            ledger.add(turn, 8.0, inquiry[0].quote, "drew something out")
        elif turn.analysis.moves:
            ledger.add(turn, 4.0, turn.analysis.moves[0].quote, "made room for more")
    reached, missed_milestones = milestones(c, "listening", ledger, 8.0)

    long_turns = [t for t in c.turns if len(words(t.text)) > MONOLOGUE_WORDS]
    for turn in long_turns:
        ledger.add(turn, -5.0, turn.text, "talked at length")
    lectures = c.hits("lecture")
    for hit in lectures:
        ledger.add(hit.turn, -5.0, hit.quote, "told instead of asked")

    if not questions and not paraphrases:
        ledger.cap(45, f"you never asked {name} an open question or reflected back what you heard")

    did: list[str] = []
    if questions:
        kind = "an open question" if len(questions) == 1 else "open questions"
        did.append(f"you asked {kind} ({at(questions)})")
    if paraphrases:
        did.append(f"you put what you heard into your own words ({at(paraphrases)})")
    if picked_up:
        did.append(f"you picked up {name}'s own words in {len(picked_up)} of your replies")
    opening = (
        "; ".join(did)
        if did
        else f"You told {name} things but never asked or checked what mattered to them"
    )
    changed = None
    if opened_up:
        things = "one thing" if opened_up == 1 else f"{opened_up} things"
        how = "your questions" if asked_out == opened_up else "the way you listened"
        changed = (
            f"What it changed: {how} drew out {things} {name} had kept back (see what you learned)"
        )
    if reached:
        changed = (changed + ". " if changed else "") + f"you reached {reached_phrase(reached)}"
    costs: list[str] = []
    if long_turns:
        costs.append(
            f"long speeches ({turns_phrase(t.turn for t in long_turns)}) left no room for them"
        )
    if lectures:
        costs.append(f"telling them how to behave ({at(lectures)}) shut the listening down")
    explanation = paragraph(opening, changed, "; ".join(costs), cap_sentence(ledger))

    missed = list(missed_milestones)
    if not questions:
        missed.append("open_question")
    if not paraphrases:
        missed.append("paraphrase")
    missed += ["open_question", "paraphrase"]
    return Judgement(ledger, explanation, tuple(dict.fromkeys(missed)), weakest(c, ledger))
