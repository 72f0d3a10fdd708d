"""The move taxonomy: what a learner's turn *does*, independent of any scenario."""

from __future__ import annotations

from typing import Final

#: Move id -> one-line description shown by ``sotenbori analyse`` and in authoring docs.
MOVES: Final[dict[str, str]] = {
    "acknowledge_experience": "names the other person's experience or its impact specifically",
    "apologise_for_impact": "apologises for what happened and what it cost them",
    "empty_apology": "apologises for their feelings, not for anything done ('sorry you feel')",
    "open_question": "asks an open question that invites them to say more",
    "closed_question": "asks a yes/no or narrow question",
    "paraphrase": "restates what they said in the learner's own words",
    "share_facts": "gives concrete facts: numbers, amounts, dates, ticket ids",
    "own_action_with_time": "commits personally to a specific action by a specific time",
    "propose_protocol": "proposes a working agreement: owner, response time, escalation path",
    "ask_for_commitment": "asks the other person to commit to something specific",
    "name_pattern": "names a recurring pattern as an observation, not a judgement",
    "hold_boundary": "holds a limit calmly without dismissing the person",
    "lecture": "tells the other person how they should behave",
    "blame": "puts the fault on the other person, their team or a colleague",
    "excuse": "defends or explains away instead of owning",
    "over_promise": "promises what cannot be kept or is beyond the learner's authority",
    "give_in": "gives up the point to keep the peace ('go to our CEO any time you like')",
    "dismiss": "minimises the problem or the person's concern",
    "flattery": "praises the person instead of engaging with the issue",
    "formulaic_filler": "stock empathy phrases that say nothing specific",
    "off_topic": "talks about something unrelated to the conversation",
    "hostile": "insults, threatens or is sarcastic",
    "instruct_system": "tries to instruct the system or the AI instead of talking to the person",
    "gibberish": "no meaningful words",
}

MOVE_IDS: Final[frozenset[str]] = frozenset(MOVES)

#: Moves that make a turn count as a meaningful contribution to the conversation.
NOT_MEANINGFUL: Final[frozenset[str]] = frozenset({"gibberish", "instruct_system", "off_topic"})
