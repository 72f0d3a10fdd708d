"""Varied, realistic learner turns for the speed and memory benchmarks.

Turns are built from phrasings a Customer Success Manager might use in the flagship scenario,
strong and weak alike, joined one to three sentences at a time by a seeded random generator:
the same seed gives the same turns, and a few hundred turns rarely repeat.
"""

from __future__ import annotations

import random

SCENARIO_ID = "the-escalation-escalator"

FRAGMENTS: dict[str, list[str]] = {
    "open": [
        "Hi Mark, it's Sam from Lumen, I look after your account.",
        "Mark, thanks for taking the call. Dana forwarded your email to me this morning.",
        "Hello Mark, this is Alex, the account manager for Northfield.",
        "Morning Mark. I wanted to call you before doing anything else.",
    ],
    "acknowledge": [
        "Ticket 48213 has been open nine days with no real update, and that's not good enough.",
        "You've been chasing this for over a week and nobody got back to you.",
        "That must have been maddening, especially with your renewal coming up.",
        "I can see why emailing our CEO felt like the only way to get anyone to move.",
        "You shouldn't have had to go to Dana to get an answer on a billing error.",
        "Nine days of silence on a $4,800 overcharge would frustrate anyone.",
    ],
    "apologise": [
        "I'm sorry we left you waiting that long.",
        "I apologise for the silence on the ticket; that's on us.",
        "We let you down on this one and I'm sorry for the time it cost your team.",
    ],
    "question": [
        "What happened the last time you raised something through support?",
        "How did the outage ticket last year play out from your side?",
        "Walk me through what your finance team saw on the March invoice.",
        "What would a good response look like to you when something breaks?",
        "Is the credit the only thing blocking approval on your side?",
        "When did you first notice the seat count was off?",
        "what would make our direct channel worth trying",
    ],
    "paraphrase": [
        "So if I've got this right, escalating is the only thing that has ever worked for you.",
        "It sounds like the real issue is not knowing whether anyone is on it.",
        "What I'm hearing is that speed matters more to you than the process.",
        "So you're saying the outage ticket only moved once our CEO got involved?",
    ],
    "facts": [
        "The seat reduction you signed in February never reached billing,"
        " so March charged 340 seats.",
        "That's 40 seats at $120 each, which is the $4,800 on the invoice.",
        "Our records show the ticket was assigned to the wrong queue on March 3.",
        "I checked the contract and the reduction was effective from February 1st.",
    ],
    "own": [
        "I'm issuing a credit note for $4,800 today and you'll have it by Thursday.",
        "I'll send you the corrected invoice by end of day tomorrow.",
        "I will personally check the April invoice before it goes out on Friday.",
    ],
    "protocol": [
        "Going forward, I'd like to propose that I'm your single point of contact,"
        " with Priya as backup.",
        "For anything urgent you'll get a first response within 4 business hours.",
        "If you don't hear from us in that window, escalate straight to my VP.",
        "How about a monthly review call so small things don't pile up?",
        "Let's agree that billing questions come straight to me first.",
    ],
    "commit": [
        "Would you be willing to call me or Priya first next time, before going to Dana?",
        "Can we agree you'll give this channel one try before emailing the CEO?",
        "Does that work for you?",
        "Are you comfortable with that as the way we work from now on?",
    ],
    "weak": [
        "I totally understand your frustration, Mark.",
        "We really value you as a customer.",
        "These things happen, billing is swamped this month.",
        "To be fair, your procurement team sent the form to the wrong address.",
        "It's only a billing thing, honestly not a big deal.",
        "You really need to stop going over people's heads.",
        "I can guarantee this will never happen again.",
        "Sorry if you feel that way.",
        "Anyway, did you catch the game last night?",
    ],
}

#: The order a conversation usually takes; each turn draws from one or two nearby phases.
PHASES = ["open", "acknowledge", "apologise", "question", "paraphrase", "facts", "own",
          "protocol", "commit"]


def turns(count: int, seed: int = 1, weak: float = 0.2) -> list[str]:
    """``count`` learner turns that move through the phases, with weak lines mixed in.

    ``weak`` is the chance that a turn also carries a weak line (blame, filler, a lecture...).
    """
    rng = random.Random(seed)
    result = []
    for i in range(count):
        phase = min(len(PHASES) - 1, i * len(PHASES) // max(count, 1) + rng.choice((-1, 0, 0, 1)))
        phase = max(phase, 0)
        kinds = [PHASES[phase]]
        if rng.random() < 0.5:
            kinds.append(PHASES[min(phase + 1, len(PHASES) - 1)])
        if rng.random() < weak:
            kinds.insert(rng.randrange(len(kinds) + 1), "weak")
        result.append(" ".join(rng.choice(FRAGMENTS[k]) for k in kinds))
    return result
