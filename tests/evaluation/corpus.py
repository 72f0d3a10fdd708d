"""More transcripts for the report checks: other scenarios, real calls and odd styles of speech.

These were written for the report-quality regressions (grammar, leaks between scenarios,
explanations that contradict their evidence, evidence at the wrong turn, question storms,
label lists and persona phrasing). Wording is deliberately unlike the bar scripts.
"""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "scripts"


def example(name: str) -> list[str]:
    """The paragraphs of one example learner script (one learner turn each)."""
    text = (EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def examples() -> dict[str, list[str]]:
    return {path.stem: example(path.stem) for path in sorted(EXAMPLES.glob("*.txt"))}


#: Learner scripts for the flagship (played through the engine).
MARK: dict[str, list[str]] = {
    "label_list": [
        "Mark. Kim Osei, Lumen Metrics, account lead.",
        "Ticket 48213: open nine days. Cause: February seat reduction never reached billing."
        " Overcharge: $4,800.",
        "Credit note: $4,800. Issued: today. Arrival: Thursday.",
        "Named owner: me. Backup: Priya Shah. Response time: four business hours. Escalation"
        " path: my VP, Tom Keller.",
        "Review: monthly, thirty minutes. Next step: your agreement.",
        "Request: you call Priya or me first, not Dana. Will you commit to that?",
    ],
    "question_storm": [
        "Hello Mark, Robin here from the Lumen customer team.",
        "What does your week look like?",
        "How do you usually like to get updates from vendors?",
        "What tools does your team use day to day?",
        "How did you first come across Lumen?",
        "What would you change about our dashboard?",
        "How big is your engineering group these days?",
        "What are you hoping to get done this quarter?",
        "How do you feel about the product roadmap?",
    ],
    "protocol_then_ask": [
        "Mark, it's Jo Reyes from Lumen. Your ticket sat for nine days with one note saying"
        " 'escalated to billing', and in the end you had to write to Dana. I'm sorry it came"
        " to that.",
        "I traced it this morning: the February reduction to 300 seats never got to billing, so"
        " March charged for 340. The $4,800 credit note goes out today and lands by Wednesday.",
        "From here on, I'm your named contact and Priya Shah is my backup. You'll get a first"
        " reply within four business hours, and if we miss it the ticket goes straight to my"
        " VP, Tom Keller.",
        "Shall we look at how it's going in a monthly review?",
        "Would you be willing to bring the next problem to Priya or me before anyone else?",
    ],
}

#: Learner scripts for the Beginner scenario (a manager and Jordan).
JORDAN: dict[str, list[str]] = {
    "supportive": [
        "Hi Jordan, thanks for making time. I wanted to talk about PAY-212, which was due at"
        " the end of last sprint and didn't land.",
        "Before we talk about dates, what's been getting in the way?",
        "So the retries in the sandbox keep failing and you've been trying to fix that on your"
        " own. That sounds exhausting.",
        "Would it help if Marcus paired with you tomorrow morning on the sandbox tests?",
        "Let's move PAY-212 to the release on Thursday the 27th and check in on Monday. Does"
        " that work for you?",
        "If it starts to slip again, will you tell me that day?",
    ],
    "blunt": [
        "Jordan, PAY-212 is late again. This keeps happening.",
        "You need to manage your time better, honestly.",
        "I'll expect it done by Friday.",
        "Can you just get it finished?",
    ],
    "question_storm": [
        "Hey Jordan, got a minute?",
        "How was your weekend?",
        "What are you reading at the moment?",
        "How do you find the new office layout?",
        "What did you think of the all-hands?",
        "How is the coffee machine holding up?",
        "What would you like to learn next year?",
    ],
}

#: Real calls (no scenario): (speaker, text) pairs, the other side's words as they said them.
CALLS: dict[str, list[tuple[str, str]]] = {
    "late_report": [
        ("other", "The report was late again and I had to explain it to the board."),
        (
            "learner",
            "I'm sorry the quarterly report was late twice this month; that left you exposed in"
            " front of the board.",
        ),
        ("other", "It did. It was embarrassing."),
        ("learner", "What would help you most before the next board meeting?"),
        ("other", "Knowing it will be on time."),
        (
            "learner",
            "I'll send you the draft by Wednesday noon and the final by Friday. Can we check in"
            " on Thursday?",
        ),
        ("other", "Fine."),
    ],
    "questions_only": [
        ("other", "I'm not happy with how the rollout went."),
        ("learner", "What's your favourite part of the job?"),
        ("other", "Sorry? The rollout broke our reporting for two days."),
        ("learner", "How long have you been with the company?"),
        ("other", "Six years. Can we talk about the outage?"),
        ("learner", "What do you think of the new office?"),
        ("other", "I don't see why that matters."),
        ("learner", "How do you usually spend your Fridays?"),
        ("other", "Working, mostly."),
        ("learner", "What kind of music do you listen to?"),
        ("other", "This isn't helping."),
        ("learner", "How would you describe your management style?"),
        ("other", "Direct."),
        ("learner", "What does a good weekend look like for you?"),
        ("other", "Quiet."),
        ("learner", "Which conferences are you going to this year?"),
        ("other", "None."),
    ],
    "reflecting": [
        ("other", "I'm not happy with how the rollout went."),
        (
            "learner",
            "So the rollout itself is what's bothering you. What went wrong from where you sat?",
        ),
        ("other", "The rollout broke our reporting for two days."),
        (
            "learner",
            "Two days without reporting, right after the rollout. What did that break for your"
            " team?",
        ),
        ("other", "We couldn't send the weekly numbers to finance, and finance escalated."),
        (
            "learner",
            "So finance escalated because the weekly numbers never reached them. Who took the"
            " heat for that?",
        ),
        ("other", "Me, mostly. Six years here and I looked careless."),
        (
            "learner",
            "After six years, looking careless in front of finance is what stings. Is that fair?",
        ),
        ("other", "Yes. That's it exactly."),
        (
            "learner",
            "It sounds like the outage mattered less than being caught out without warning. What"
            " warning would have helped?",
        ),
        ("other", "A heads-up the day before."),
        (
            "learner",
            "A heads-up the day before any rollout, then. Would a message from me the afternoon"
            " before work for you?",
        ),
        ("other", "It would."),
        (
            "learner",
            "So to sum up: a rollout note from me the afternoon before, and you tell me straight"
            " away if reporting breaks. Does that match what you need?",
        ),
        ("other", "It does."),
    ],
    "label_list": [
        ("other", "Where are we with the broken export?"),
        ("learner", "Status: fixed in staging. Release: Thursday. Owner: me."),
        ("other", "And if it breaks again?"),
        ("learner", "Contact: my direct line. Response: same day. Escalation: my manager."),
        ("other", "Fine, I suppose."),
        ("learner", "Review: two weeks. Agreement: confirmed?"),
        ("other", "Okay."),
    ],
    "over_promise": [
        ("other", "Our account was charged twice this month."),
        ("learner", "Oh no, I promise this will never happen again, I guarantee it."),
        ("other", "You can't really promise that."),
        ("learner", "I'll refund everything and give you the next three months free."),
        ("other", "Is that even allowed?"),
        ("learner", "Don't worry about it, I'll sort it all out for you, whatever you need."),
    ],
    "sharp": [
        ("other", "This is the third time the delivery has been late."),
        ("learner", "Well, if your team had sent the order on time it wouldn't be late."),
        ("other", "Excuse me?"),
        ("learner", "You need to understand that we can't work miracles."),
        ("other", "I'm going to raise this with your manager."),
        ("learner", "Go ahead, it's not my fault."),
    ],
}

#: One learner, two sets of words from the other side that say the same things differently.
STEADY_LEARNER: list[str] = [
    "Three weeks without the new laptop is far too long, and I'm sorry it left you borrowing"
    " machines to get through client work.",
    "What has the wait made hardest for you?",
    "So it isn't just the laptop, it's that nobody told you anything. Have I got that right?",
    "I checked this morning: it ships today with tracking number 55120 and arrives on Friday.",
    "I'll ring you on Friday at 9am to make sure it works, and if it hasn't come I'll bring you"
    " a spare myself that afternoon. Does that work?",
]

PERSONA_WORDS_A: list[str] = [
    "I've been waiting three weeks for my replacement laptop.",
    "The worst bit is nobody telling me anything about where it is.",
    "Exactly. Not a single update from anyone.",
    "Friday. Right. And what if it doesn't turn up?",
    "Yes, that works for me.",
]

PERSONA_WORDS_B: list[str] = [
    "Twenty-one days now and still no machine to work on.",
    "Honestly, it's the silence. I ask and get nothing back.",
    "That's it. Total silence from your side.",
    "End of the week, then. Suppose it's late again?",
    "Sure, fine by me.",
]

#: The same learner with only questions (nothing reflected back), against both phrasings.
ASKING_LEARNER: list[str] = [
    "What happened with the laptop order?",
    "What has been the hardest part of the wait?",
    "How has your client work been going without it?",
    "What would a good fix look like to you?",
    "When would you need it by?",
]
