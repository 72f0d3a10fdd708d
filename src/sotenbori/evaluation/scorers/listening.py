"""Listening & inquiry: asking, reflecting back and building on what the other person said.

Paraphrases earn most; open questions earn less with each one asked, so a storm of unrelated
questions levels off in the Developing band. The top of the scale needs the learner to show
they heard the answers: a paraphrase or summary, or questions that follow up on the other
person's last words (one such question lifts the limit only part of the way). What a question
drew out (something the persona only tells when asked well) earns more. Long monologues and
lecturing cost, because they talk over.

Picking up the other side's exact words is worth a few points at most: it depends on how the
persona happened to phrase things, and the same learner should not swing with that.
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
    listing,
    milestones,
    paragraph,
    reached_phrase,
    turns_phrase,
)
from sotenbori.evaluation.signals import builds_on, follows_up, sentence_with, words

BASE = 32.0
MONOLOGUE_WORDS = 110
#: Without a paraphrase or a follow-up question the score stays below this band.
UNREFLECTED_CAP = 59.0
#: One follow-up question (and no paraphrase) lifts that limit only part of the way.
ONE_FOLLOW_UP_CAP = 69.0
#: Points for turns that reuse the other side's words, in total (persona phrasing varies).
ECHO_POINTS = 1.5
ECHO_TURNS = 2
ASKED = ("open question", "follow-up question")


def score_listening(c: Conversation) -> Judgement:
    """Score how the learner found out and reflected what mattered to the other person."""
    ledger = Ledger(BASE)
    name = c.other_name

    questions, _ = distinct(c.hits("open_question"))
    for k, hit in enumerate(questions):
        note = "follow-up question" if follows_up(hit.turn, hit.quote) else "open question"
        ledger.add(hit.turn, decayed(9, k, 0.6), hit.quote, note)
    paraphrases, _ = distinct(c.hits("paraphrase"))
    for k, hit in enumerate(paraphrases):
        ledger.add(hit.turn, decayed(12, k, 0.6), hit.quote, "reflected back")
    closed, _ = distinct(c.hits("closed_question"))
    for hit in closed[:2]:
        ledger.add(hit.turn, 2.0, hit.quote, "checked a detail")

    # A question that picks up their words already counts as a follow-up; only statements
    # earn this, so the same overlap is not paid for twice.
    echoes = [t for t in c.meaningful_turns if builds_on(t) and not t.has("open_question")]
    for turn in echoes[:ECHO_TURNS]:
        word = sorted(builds_on(turn))[0]
        ledger.add(turn, ECHO_POINTS, sentence_with(turn.text, word), "built on their words")

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

    asked = ledger.turns(*ASKED)
    followed = ledger.turns("follow-up question")
    reflected = ledger.turns("reflected back")
    checked = ledger.turns("checked a detail")
    if not asked and not reflected:
        ledger.cap(45, f"you never asked {name} an open question or reflected back what you heard")
    elif not reflected and not followed:
        ledger.cap(
            UNREFLECTED_CAP,
            "none of your questions followed up on an answer, and you never put what you heard"
            " into your own words",
        )
    elif not reflected and len(followed) == 1:
        ledger.cap(
            ONE_FOLLOW_UP_CAP,
            "only one question followed up on an answer, and you never put what you heard into"
            " your own words",
        )

    did: list[str] = []
    if asked:
        kind = "an open question" if len(asked) == 1 else "open questions"
        did.append(f"you asked {kind} ({turns_phrase(asked)})")
    if followed:
        did.append(f"you followed up on what {name} had just said ({turns_phrase(followed)})")
    if reflected:
        did.append(f"you put what you heard into your own words ({turns_phrase(reflected)})")
    if checked and not asked and not reflected:
        did.append(f"you checked a detail with a closed question ({turns_phrase(checked)})")
    echoed = ledger.turns("built on their words")
    if echoed:
        replies = "one of your replies" if len(echoed) == 1 else f"{len(echoed)} of your replies"
        did.append(f"you picked up {name}'s own words in {replies} ({turns_phrase(echoed)})")
    opening = (
        "; ".join(did)
        if did
        else f"You told {name} things but never asked or checked what mattered to them"
    )
    changed: list[str] = []
    if opened_up:
        things = "one thing" if opened_up == 1 else f"{opened_up} things"
        how = "your questions" if asked_out == opened_up else "the way you listened"
        changed.append(f"{how} drew out {things} {name} had kept back (see what you learned)")
    if reached:
        changed.append(f"you reached {reached_phrase(reached)}")
    costs: list[str] = []
    if long_turns:
        costs.append(
            f"long speeches ({turns_phrase(t.turn for t in long_turns)}) left no room for them"
        )
    if lectures:
        costs.append(f"telling them how to behave ({at(lectures)}) shut the listening down")
    if len(asked) >= 3 and not followed and not reflected and ledger.binding_cap() is None:
        costs.append(
            f"not one of your questions followed up on what {name} had just said, so each one"
            " started the conversation over"
        )
    explanation = paragraph(
        opening,
        "What it changed: " + listing(changed) if changed else None,
        "; ".join(costs),
        cap_sentence(ledger),
    )

    missed = list(missed_milestones)
    if not reflected:
        missed.append("paraphrase")
    if not asked:
        missed.append("open_question")
    missed += ["open_question", "paraphrase"]
    return Judgement(ledger, explanation, tuple(dict.fromkeys(missed)), weakest(c, ledger))
