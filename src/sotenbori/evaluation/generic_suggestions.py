"""Try-this-instead lines for real calls, where no scenario has authored its own.

Each line is written the way a good coach would model it: short enough to say in one breath,
specific, and showing the move the learner missed (listed in ``shows``; a test checks the turn
analyser finds those moves in the line). None mentions a particular product, person, offer or
escalation route, and none borrows a scenario's terms (a test checks the catalogue's scenarios
share no phrase with them), so they fit any hard work conversation: a late report, a broken
laptop, a missed deadline.
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
            "Let me check I've understood: the problem itself matters less to you than not"
            " knowing what happens next. Have I got that right?",
            ("paraphrase",),
        ),
        GenericSuggestion(
            "What would a good outcome look like for you by the end of this conversation?",
            ("open_question",),
        ),
        GenericSuggestion(
            "It sounds like this has happened before, and that's what makes a new promise hard"
            " to trust. What would help you trust this one?",
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
            " the check that prevents a repeat goes in this week.",
            ("share_facts",),
        ),
        GenericSuggestion(
            "Going forward, I'm the contact for this: you'll get a written update from me every"
            " Friday, and a call the same day if anything changes.",
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
            " commit to is telling you the same day whenever it does.",
            ("hold_boundary",),
        ),
        GenericSuggestion(
            "I checked it myself this morning: the mistake was on our side. I'm taking it from"
            " here, and you'll have the fix by Friday.",
            ("share_facts", "own_action_with_time"),
        ),
        GenericSuggestion(
            "That decision is beyond my authority, so I won't promise it today. I'll put your"
            " case to the person who can decide by Wednesday and call you with the answer.",
            ("hold_boundary", "own_action_with_time"),
        ),
    ),
    "composure": (
        GenericSuggestion(
            "I've noticed this is the third time we've ended up here. I'm not saying that to"
            " blame anyone; what usually happens just before it does?",
            ("name_pattern", "open_question"),
        ),
        GenericSuggestion(
            "I'm not able to skip that step, but I can have it finished by Thursday and walk"
            " you through it myself.",
            ("hold_boundary", "own_action_with_time"),
        ),
        GenericSuggestion(
            "Each time something like this comes up, we both end up firefighting. What would"
            " make it easier to bring it to me earlier?",
            ("name_pattern", "open_question"),
        ),
        GenericSuggestion(
            "I can see how strongly you feel about this, and I'm still not able to change the"
            " decision. What I can offer is extra help with what comes next.",
            ("hold_boundary",),
        ),
    ),
    "commitment": (
        GenericSuggestion(
            "Here's what I propose: I'll send you a written plan by Thursday and we'll review it"
            " together on Friday. Will you commit to telling me then if anything in it won't"
            " work for you?",
            ("propose_protocol", "ask_for_commitment"),
        ),
        GenericSuggestion(
            "I'll send you the written plan by noon tomorrow. Would you be willing to go"
            " through it with me on a short call on Thursday?",
            ("own_action_with_time", "ask_for_commitment"),
        ),
        GenericSuggestion(
            "So, to recap what we've agreed: I fix it by Friday, you hear from me on Wednesday"
            " either way, and we review how it went in a month. Does that work for you?",
            ("paraphrase", "ask_for_commitment"),
        ),
        GenericSuggestion(
            "Can we agree on that now: you'll have the summary from me by Friday, and you'll"
            " tell me straight away if anything in it is wrong?",
            ("ask_for_commitment", "own_action_with_time"),
        ),
    ),
}
