"""Try-this-instead lines for real calls, where no scenario has authored its own.

Each line is written the way a good coach would model it: short enough to say in one breath,
specific, and showing the move the learner missed (listed in ``shows``; a test checks the turn
analyser finds those moves in the line). None mentions a particular product or person, so they
fit any hard work conversation.
"""

from __future__ import annotations

from dataclasses import dataclass

from sotenbori.scenarios.models import DimensionId


@dataclass(frozen=True)
class GenericSuggestion:
    line: str
    shows: tuple[str, ...]


GENERIC: dict[DimensionId, tuple[GenericSuggestion, ...]] = {
    "empathy": (
        GenericSuggestion(
            "You're right to be annoyed: you told us about this weeks ago and it still isn't"
            " fixed. I'd be frustrated in your position too.",
            ("acknowledge_experience",),
        ),
        GenericSuggestion(
            "I'm sorry for the time this has cost you and your team. You've been left chasing"
            " us for answers we should have brought to you.",
            ("apologise_for_impact", "acknowledge_experience"),
        ),
        GenericSuggestion(
            "You've been kept waiting on this while your own people were asking you for"
            " answers. That must have been exhausting.",
            ("acknowledge_experience",),
        ),
        GenericSuggestion(
            "I apologise for how this was handled: you had to chase us, when we should have"
            " been chasing it for you.",
            ("apologise_for_impact", "acknowledge_experience"),
        ),
    ),
    "listening": (
        GenericSuggestion(
            "Before I suggest anything, can you walk me through what happened from your side,"
            " and what it has cost you so far?",
            ("open_question",),
        ),
        GenericSuggestion(
            "Let me check I've understood: the problem itself matters less to you than never"
            " knowing who is dealing with it. Have I got that right?",
            ("paraphrase",),
        ),
        GenericSuggestion(
            "What would a good outcome look like for you by the end of this conversation?",
            ("open_question",),
        ),
        GenericSuggestion(
            "It sounds like the real issue is trust, not this one problem. What would need to"
            " be true for you to come to me first next time?",
            ("paraphrase", "open_question"),
        ),
    ),
    "clarity": (
        GenericSuggestion(
            "Here's exactly where it stands: I checked the record this morning, the error was"
            " ours, and I'll send you the corrected figures in writing by 3pm today.",
            ("share_facts", "own_action_with_time"),
        ),
        GenericSuggestion(
            "Three things, with dates: I'll confirm the fix by Thursday, you'll have a written"
            " summary by Friday, and I'm your single contact until it's closed.",
            ("own_action_with_time",),
        ),
        GenericSuggestion(
            "What happened was a manual step that got skipped on our side. I've traced it, and"
            " the check that stops it happening again goes in this week.",
            ("share_facts",),
        ),
        GenericSuggestion(
            "Going forward, I'm the owner: you'll get a response from me within four business"
            " hours, and if you don't, you call my manager directly.",
            ("propose_protocol",),
        ),
    ),
    "credibility": (
        GenericSuggestion(
            "That one's on us, not you. I'll fix it myself and confirm back to you by end of"
            " day tomorrow.",
            ("own_action_with_time",),
        ),
        GenericSuggestion(
            "I can't promise it will never go wrong again, and I won't pretend to. What I can"
            " commit to is that you'll hear from me within four hours whenever it does.",
            ("hold_boundary",),
        ),
        GenericSuggestion(
            "I checked it myself this morning: the mistake was on our side. I'm taking it from"
            " here, and you'll have the fix by Friday.",
            ("share_facts", "own_action_with_time"),
        ),
        GenericSuggestion(
            "A refund on that scale is beyond my authority, so I won't promise it today. I'll"
            " put the case to my director by Wednesday and call you with the answer.",
            ("hold_boundary", "own_action_with_time"),
        ),
    ),
    "composure": (
        GenericSuggestion(
            "I've noticed the last three deadlines slipped in the final week. I'm not saying"
            " that to blame anyone; what tends to happen at that point?",
            ("name_pattern", "open_question"),
        ),
        GenericSuggestion(
            "I'm not able to skip the review, but I can have it finished by Thursday and walk"
            " you through it myself.",
            ("hold_boundary", "own_action_with_time"),
        ),
        GenericSuggestion(
            "Each time an issue goes straight to senior leadership it comes back to me anyway,"
            " just later. What if next time you call me first, and I respond within two hours?",
            ("name_pattern", "propose_protocol"),
        ),
        GenericSuggestion(
            "I can see how strongly you feel about this, and I'm still not able to move the"
            " deadline. What I can offer is extra help to hit it.",
            ("hold_boundary",),
        ),
    ),
    "commitment": (
        GenericSuggestion(
            "Here's what I propose: I'm your named contact, you'll get a response within four"
            " business hours, and if I miss that you escalate to my manager. Will you try that"
            " with the next issue before going anywhere else?",
            ("propose_protocol", "ask_for_commitment"),
        ),
        GenericSuggestion(
            "I'll send you the written plan by noon tomorrow. Would you be willing to go"
            " through it with me on a short call on Thursday?",
            ("own_action_with_time", "ask_for_commitment"),
        ),
        GenericSuggestion(
            "So, to recap what we've agreed: I fix it by Friday, I'm your first call, and we"
            " review how it went in a month. Does that work for you?",
            ("paraphrase", "ask_for_commitment"),
        ),
        GenericSuggestion(
            "Can we agree on that now: you'll have the summary from me by Friday, and you bring"
            " the next problem to me first?",
            ("ask_for_commitment", "own_action_with_time"),
        ),
    ),
}
