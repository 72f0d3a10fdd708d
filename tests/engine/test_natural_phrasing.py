"""Natural phrasing: skilled learners talk like people, not like a keyword list.

A QA pass found fluent, specific turns that the analyser credited with nothing, so the persona
never moved, while keyword-stuffed text got through. Each case here is a way a real Customer
Success Manager or team lead says the thing; the negative cases are the near misses that must
stay uncredited so precision does not pay for recall.
"""

from __future__ import annotations

import pytest

from sotenbori.engine.analyse import analyse

FOUND: dict[str, list[str]] = {
    "acknowledge_experience": [
        "nine days and one vague update is a bad look for us… our process let you down",
        "Three weeks on an outage is brutal… I'd have drawn the same conclusion",
        "That's a failure on our side.",
        "nine days with one useless update is on us.",
        "You raised ticket 48213 nine days ago, the only update you got was 'escalated to"
        " billing', and you ended up having to email our CEO to get anyone's attention.",
        "you had to write to Dana to get a human on the phone",
        "Nine days on ticket 48213 with one update must have been frustrating.",
        "I've looked into it and the mistake was ours.",
        # Variants of our own.
        "That one's on me.",
        "Honestly, that's our mistake, full stop.",
        "Our support team let you down here.",
        "A week of silence is rough.",
        "Two missed calls in a row has been exhausting for your people, I'd guess.",
        "You got one canned reply in nine days.",
        "You've had to chase us three times just to get a status.",
        "I'd have been furious too.",
        "Being bounced between teams for a fortnight sounds miserable.",
        "The error was ours, not your finance team's.",
        "You’ve had to chase us for a week — that’s on us.",
    ],
    "apologise_for_impact": [
        "That's a failure on our side. Sorry.",
        "nine days with one useless update is on us. I'm sorry.",
        "I'm sorry the report was late twice",
        "I'm sorry it's left you working off your phone",
        "The invoice went out with 40 extra seats and nobody caught it. I'm sorry.",
        # Variants of our own.
        "Sorry for the runaround on this.",
        "Apologies for how long this sat in the queue.",
        "I’m really sorry the credit still hasn’t shown up.",
        "I'm sorry you had to chase us for it.",
        "I'm so sorry that nobody called you back.",
        "We got the seat count wrong on your March invoice. Really sorry.",
        "Sorry about all that… the reduction never reached billing.",
    ],
    "own_action_with_time": [
        "you'll see the revised invoice Thursday at the latest",
        "I'll give you a 4h response on anything marked urgent.",
        "Let's check in on Monday.",
        "let's set a new date of next Thursday",
        # Variants of our own.
        "I'll have the root cause to you later today.",
        "I'll ring you back within the hour.",
        "We'll send the corrected invoice Friday morning.",
        "i'll send it tmrw",
        "Let's sit down next week and go through the numbers.",
        "I'll get the credit note to you no later than Wednesday.",
    ],
    "share_facts": [
        "I've looked into it and the mistake was ours.",
        "We've gone through the account history and the reduction was never applied.",
        "I have checked the contract.",
    ],
    "ask_for_commitment": [
        "can u try me first … b4 emailing dana?",
        # Variants of our own.
        "Could you ping me first next time something breaks?",
        "Would that work for you?",
        "Can I hold you to that?",
        "Would you be up for trying it for a month?",
        "Can you hold off on going above me until Friday?",
        "Are we agreed?",
        "pls can u come to me directly going forward?",
        "Shall we go with that?",
        "Can I have your word on it?",
    ],
    "name_pattern": [
        "Each time something goes wrong it goes straight to Dana.",
        "I've noticed the last few issues went to Dana before they reached me.",
        # Variants of our own.
        "This is the third deadline this quarter that's slipped.",
        "The last two reports came in after the review.",
        "Issues always seem to go straight to the top before they reach us.",
        "It keeps happening: we hear about problems from your boss first.",
        "I'm seeing a bit of a pattern with the Friday handoffs.",
        "That's three sprints in a row where testing got squeezed.",
        "This has happened more than once now.",
    ],
    "lecture": [
        "I'd gently suggest that going forward it would really help everyone if you came to us"
        " first",
        "I'd encourage you to consider how it affects the team",
        # Variants of our own.
        "It'd be so much better if you raised things with support first.",
        "You might want to think about how that lands with the people on your team.",
        "Just a gentle reminder that there's a support queue for this.",
        "I'd ask that you respect the process we've agreed.",
        "Think about how it looks when the team hears about it from upstairs.",
    ],
    "hostile": [
        "Must be nice having Dana on speed dial.",
        "Whatever.",
        # Variants of our own.
        "Sure, whatever you say.",
        "Nice of you to finally show up.",
        "Oh great, another escalation.",
        "Yeah, right.",
        "Tough luck, the invoice stands.",
    ],
    "dismiss": [
        "it's not the end of the world",
        # Variants of our own.
        "It could have been a lot worse.",
        "Honestly, it's not that bad.",
        "No harm done, it's just money in the end.",
        "In the grand scheme of things it's a rounding error.",
        "Don't sweat it, it'll get sorted.",
    ],
    "blame": [
        "Everyone else manages to hit their dates.",
        "I don't really want excuses.",
        # Variants of our own.
        "Nobody else on the team has this problem.",
        "You were supposed to flag this on Monday.",
        "Spare me the excuses.",
        "Honestly, this one's on you.",
        "You dropped the ball on the handover.",
        "The rest of the team somehow manages to get their reviews in.",
    ],
}

CASES = [(move, text) for move, texts in FOUND.items() for text in texts]


@pytest.mark.parametrize(
    ("move", "text"), CASES, ids=[f"{m}-{i}" for i, (m, _) in enumerate(CASES)]
)
def test_natural_phrasing_is_credited(move: str, text: str) -> None:
    found = analyse(text)
    assert found.has(move), f"{move} not found in {text!r}; found {found.move_ids}"


NOT_FOUND: list[tuple[str, str]] = [
    # Conversation repair and politeness are not apologies for what happened.
    ("I'm sorry, could you repeat that?", "apologise_for_impact"),
    ("Sorry to interrupt, go on.", "apologise_for_impact"),
    ("Sorry, I'm running late from another call.", "apologise_for_impact"),
    ("I'm sorry. I didn't catch the last part of that.", "apologise_for_impact"),
    ("Sorry, what was the ticket number again?", "apologise_for_impact"),
    ("I'm sorry that's not possible under the contract.", "apologise_for_impact"),
    # A bare "sorry" with nothing said about what happened apologises for nothing.
    ("Sorry.", "apologise_for_impact"),
    # A plan is not a pattern in the other person's behaviour.
    ("If we miss it, it goes straight to my VP.", "name_pattern"),
    ("I'd like to set up this pattern of weekly reviews.", "name_pattern"),
    ("Going forward, every time something breaks it comes to me first.", "name_pattern"),
    ("I noticed the invoice had the wrong address on it.", "name_pattern"),
    # A check-in question asks for an opinion, not a commitment, and restates nothing.
    ("Is that fair?", "ask_for_commitment"),
    ("Is that fair?", "paraphrase"),
    ("Can you send me the contract?", "ask_for_commitment"),
    # Accommodating is not hostile; owning is not blaming; the reverse holds too.
    ("Whatever works best for you.", "hostile"),
    ("Whatever time suits you, I'll make it work.", "hostile"),
    ("That's on us, not you.", "blame"),
    ("It's not our fault.", "acknowledge_experience"),
    ("I'm not making excuses: we got this wrong.", "blame"),
    ("That must be nice to hear after a rough month.", "hostile"),
    # Hard for the speaker is not their experience.
    ("This quarter has been hard for us too.", "acknowledge_experience"),
    ("It's hard to say when billing will reply.", "acknowledge_experience"),
    # No time, no timed commitment.
    ("Let's figure it out together.", "own_action_with_time"),
]


@pytest.mark.parametrize(("text", "not_this"), NOT_FOUND)
def test_near_misses_stay_uncredited(text: str, not_this: str) -> None:
    found = analyse(text)
    assert not found.has(not_this), f"{not_this} wrongly found in {text!r}"


def test_is_that_fair_is_a_closed_question() -> None:
    assert analyse("Is that fair?").move_ids == ["closed_question"]


def test_shorthand_is_read_but_quoted_as_typed() -> None:
    text = "thx for ur patience. can u try me first b4 emailing anyone?"
    found = analyse(text)
    [ask] = [m for m in found.moves if m.move == "ask_for_commitment"]
    assert ask.quote == "can u try me first b4 emailing anyone?"
    assert text[ask.start : ask.end] == ask.quote
    assert not found.has("gibberish")


def test_a_bare_sorry_is_quoted_where_it_was_said() -> None:
    text = "We billed you for 340 seats instead of 300. I'm sorry."
    [apology] = [m for m in analyse(text).moves if m.move == "apologise_for_impact"]
    assert apology.quote == "I'm sorry."
    assert text[apology.start : apology.end] == "I'm sorry."


def test_a_bare_date_with_at_the_latest_is_the_promised_date() -> None:
    found = analyse("You'll see the revised invoice Thursday at the latest.")
    assert "thursday at the latest" in found.slots["promised_date"].lower()
