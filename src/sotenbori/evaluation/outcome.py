"""What the conversation achieved, in plain words: ending, milestones, agreement, discoveries."""

from __future__ import annotations

from sotenbori.engine.events import Ending
from sotenbori.evaluation.conversation import Conversation
from sotenbori.evaluation.evidence import trim
from sotenbori.evaluation.report import MilestoneResult, Outcome


def outcome_of(conversation: Conversation, ending: Ending | None) -> Outcome:
    """The outcome section of the report.

    Args:
        conversation: the conversation as replayed.
        ending: how it ended (the caller's, or the replayed one).
    """
    scenario = conversation.scenario
    results: list[MilestoneResult] = []
    learned: list[str] = []
    if scenario is not None:
        for milestone in scenario.behaviour.milestones:
            turn = conversation.milestone_turns.get(milestone.id)
            results.append(
                MilestoneResult(
                    id=milestone.id, label=milestone.label, reached=turn is not None, turn=turn
                )
            )
        revealed = sorted(
            (turn, index, secret.summary)
            for index, secret in enumerate(scenario.persona.secrets)
            if (turn := conversation.secret_turns.get(secret.id)) is not None
        )
        learned = [summary for _, _, summary in revealed]
    return Outcome(
        ending=ending,
        milestones=results,
        reached=[r.label for r in results if r.reached],
        missed=[r.label for r in results if not r.reached],
        agreed=_agreed(conversation, results) if ending == "agreement" else None,
        learned=learned,
    )


def _agreed(conversation: Conversation, results: list[MilestoneResult]) -> str:
    """What was agreed, in plain words: the terms reached and the specifics the learner gave.

    Terms are the milestones reached that are about content (their condition names a topic,
    such as a date or who to call), not about behaviour (asking, acknowledging).
    """
    name = conversation.other_name
    scenario = conversation.scenario
    parts: list[str] = []
    if scenario is not None:
        content = {
            m.id for m in scenario.behaviour.milestones if m.when.topics_any or m.when.topics_all
        }
        terms = [_lower_first(r.label) for r in results if r.reached and r.id in content]
        parts.append(f"{name} agreed to: " + "; ".join(terms) + "." if terms else f"{name} agreed.")
        details = [
            f"{slot.id.replace('_', ' ')} {conversation.slots[slot.id]}"
            for slot in scenario.slots
            if conversation.slots.get(slot.id)
        ]
        if details:
            parts.append("In your words: " + "; ".join(details) + ".")
        return " ".join(parts)
    parts.append(f"{name[0].upper()}{name[1:]} agreed.")
    steps = [
        trim(hit.quote, 120)
        for hit in conversation.hits("own_action_with_time", "propose_protocol")
    ][:3]
    if steps:
        parts.append("Your next steps: " + " / ".join(f"'{s}'" for s in steps) + ".")
    return " ".join(parts)


def _lower_first(label: str) -> str:
    """'A new date agreed' -> 'a new date agreed', but 'HR sign-off' stays as it is."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]
