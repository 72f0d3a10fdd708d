"""Generic English cues for the move taxonomy.

These describe how people talk, not any persona: scenario-specific cues live in the scenario
file (``move_cues`` and ``topics``). Patterns are matched case-insensitively per sentence.
"""

from __future__ import annotations

from typing import Final

WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)"
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
)
NUMBER_WORD = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|ten|twelve|twenty[- ]?four|a couple of)"
)

#: A time expression: when something will happen.
TIME_EXPRESSION: Final[str] = (
    r"\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)"
    r"|(?:by |before )?(?:the )?end of (?:the |this )?(?:day|week|business|month)|eod|cob"
    rf"|(?:by|on|before|this|next|until) {WEEKDAY}\b"
    rf"|within (?:the next )?{NUMBER_WORD} (?:business |working |calendar )?"
    r"(?:hours?|days?|minutes?|weeks?)"
    rf"|in (?:the next )?{NUMBER_WORD} (?:business |working )?(?:hours?|days?|weeks?)"
    rf"|{NUMBER_WORD} (?:business|working) (?:hours?|days?)"
    rf"|{MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH}\b"
    r"|\b\d{1,2}/\d{1,2}\b|same[- ]day|first thing|by (?:noon|lunch(?:time)?|close of business)"
    r"|by \d{1,2}(?::\d\d)? ?(?:am|pm)|later today|next week|within the hour|in an hour"
    r"|\d{1,3} ?(?:h|hrs?)\b"
    rf"|{WEEKDAY}(?: morning| afternoon| evening)? at the latest|(?:at the latest|no later than) {WEEKDAY}"
    rf"|next {WEEKDAY}|{WEEKDAY} (?:morning|afternoon|evening|eod|cob)\b)"
)

INTENSIFIER = (
    r"(?:really|so|incredibly|genuinely|deeply|pretty|very|hugely|quite|truly|extremely"
    r"|absolutely|a bit|a little|a)"
)
#: How a situation was for someone: "that must have been ___".
HARDSHIP = (
    r"(?:frustrating|exhausting|maddening|infuriating|stressful|hard|difficult|annoying|awful"
    r"|painful|not good enough|embarrassing|disruptive|costly|worrying|a pain|a mess|tough|rough"
    r"|upsetting|overwhelming|scary|hurtful|discouraging|disappointing|draining|unsettling|unfair"
    r"|confusing|lonely|isolating|terrible|horrible|nerve-?wracking|demorali[sz]ing|tiring"
    r"|humiliating|aggravating|irritating|a nightmare|a headache|a hassle|a blow|a shock)"
)
#: How someone feels: "you must be ___", "you sound ___".
FEELING = (
    r"(?:frustrated|stressed(?: out)?|overwhelmed|anxious|worried|upset|angry|annoyed|irritated"
    r"|disappointed|hurt|betrayed|scared|afraid|frightened|sad|lonely|isolated|confused"
    r"|exhausted|tired|drained|burn(?:ed|t) out|embarrassed|humiliated|let down|blindsided"
    r"|helpless|powerless|ignored|unheard|overlooked|undervalued|unappreciated|under pressure"
    r"|pressured|intimidated|nervous|uneasy|fed up|furious|livid|concerned|ashamed|guilty"
    r"|discouraged|hopeless|uncomfortable|torn|conflicted|impatient|skeptical|sceptical|unhappy"
    r"|miserable|devastated|heartbroken|out of the loop|in the dark|caught off guard|stuck"
    r"|exasperated|insulted|disrespected|taken for granted|relieved|like (?:nobody|no one) (?:cares|listens))"
)

FIRST_PERSON_FUTURE: Final[str] = (
    r"\b(?:i'?ll|i will|i'?m going to|i am going to|i can have|i'?ve already|i have already"
    r"|i'?m (?:personally )?(?:issuing|sending|raising|processing|calling|taking)"
    r"|we'?ll|we will|we'?re going to|i'?ll personally|i commit to|i promise to|you'?ll have"
    r"|you will have|you'?ll (?:see|get|receive)|you will (?:see|get|receive)|expect"
    r"|i'?ve (?:approved|issued|raised|sent|processed|booked|scheduled|arranged|authori[sz]ed)"
    r"|(?:will|'ll|is going to) (?:be with you|arrive|land|reach you|be in your|hit your|go out)"
    r"|(?:i|we) (?:can|could) (?:get|have|send) (?:you|it|this|that)"
    r"|let'?s|let us|shall we|how about we|why don'?t we|we (?:can|should) (?:meet|talk|speak|check"
    r"|catch up|review|regroup|reconvene|sit down|look|set|pick|agree|revisit))\b"
)

PROPOSAL_FRAME: Final[str] = (
    r"\b(?:what if|i(?:'d| would) (?:like to )?(?:propose|suggest|recommend)"
    r"|here'?s (?:what|how) i(?:'d)? (?:suggest|propose|like|want)|going forward|from now on"
    r"|in future|in the future|next time|let'?s|how about|what about|i suggest|i propose"
    r"|i recommend|my (?:proposal|suggestion|recommendation)|the plan is|here'?s the plan"
    r"|instead of|why don'?t (?:we|you|i)|(?:could|can|shall) we|maybe (?:we|you) (?:could|can|should)"
    r"|perhaps (?:we|you)|have you (?:considered|thought about)|you (?:could|might) (?:try|consider)"
    r"|one option (?:is|would be)|i want to (?:propose|suggest|put in place|set up|agree)"
    r"|what i'?d like to (?:do|propose|put in place|set up|agree))\b"
)
PROTOCOL_TERMS: Final[str] = (
    r"\b(?:point of contact|contact|owner|own it|direct line|direct number|respond|response"
    r"|escalat\w*|call me|reach me|text me|channel|process|review|check-?in|hotline|my mobile"
    r"|my cell|back-?up|backup|deputy|on call|sla|service level|turnaround"
    r"|(?:weekly|fortnightly|biweekly|monthly|quarterly|regular|standing|recurring|daily)"
    r" (?:call|meeting|sync|update|review|check-?in|catch-?up|report)"
    r"|status (?:update|report|call)|single point|named (?:contact|person|owner)"
    r"|account manager|dedicated (?:contact|person|manager|line)|first port of call|go-to person"
    r"|(?:come|go|send|route|bring|flag|forward) (?:\w+ ){0,3}?(?:straight |directly )?to me"
    r"|loop me in|cc me|(?:business|working) hours)\b"
)
#: An exchange of commitments, which is a working agreement: "I'll X if you Y".
RECIPROCAL_OFFER: Final[str] = (
    r"\b(?:i|we)(?:'ll| will| can| could|'d be willing to| would be willing to|'m willing to"
    r"| am willing to| are willing to)? (?:give|send|take|handle|cover|get|do|credit|issue"
    r"|own|call|set up|make sure|keep|fix|process|sort)\b[^.?!]{0,60}\b(?:if|and|as long as"
    r"|provided|in exchange|in return)\b[^.?!]{0,12}\byou(?:'ll| will| can| could)? (?:give"
    r"|send|take|agree|come|call|route|bring|use|get|keep|let|try|commit|do|loop)\b"
)

#: Open questions start with one of these, or ask for elaboration.
OPEN_QUESTION_STARTS: Final[str] = (
    r"^(?:[a-z]+, )?(?:so,? |and,? |but,? |okay,? |ok,? )?(?:what|how|why|which|where|who"
    r"|tell me|walk me through|help me understand|talk me through|describe|explain"
    r"|can you (?:tell|walk|talk|help|describe|explain|say more|share)"
    r"|could you (?:tell|walk|talk|help|describe|explain|say more|share)"
    r"|would you (?:tell|walk|talk|describe|explain|share)"
    r"|i'?d (?:like|love) to (?:understand|hear|know)|i'?m curious"
    r"|what'?s|how'?s|when (?:did|has|have|was|were))\b"
)
CLOSED_QUESTION_STARTS: Final[str] = (
    r"^(?:so,? |and,? |but,? |okay,? |ok,? )?(?:is|are|do|does|did|can|could|would|will|have|has"
    r"|should|was|were|shall|may|am|isn'?t|aren'?t|don'?t|doesn'?t|didn'?t|won'?t|when|right)\b"
)
#: Requests to say more, which are open questions however they are punctuated.
OPEN_INVITATION: Final[str] = (
    r"^(?:so,? |and,? |okay,? |ok,? |please,? )?(?:(?:walk|talk|take) me through|tell me (?:more|about"
    r"|what|how|why|when|where|who)|help me understand|i'?d (?:like|love) to (?:understand|hear|know)"
    r" (?:more|what|how|why|where|when|about)|say more about|talk to me about)\b"
)

#: A question typed without its question mark: an interrogative word, then an auxiliary.
UNMARKED_QUESTION: Final[str] = (
    r"^(?:so,? |and,? |but,? |okay,? |ok,? )?(?:(?:what|how|why|when|where|who|which)(?:'s|'re"
    r"| (?:is|are|was|were|do|does|did|has|have|had|can|could|would|will|should|might|may))"
    r"|(?:is|are|was|were|do|does|did|has|have|can|could|would|will|should) (?:you|your|we|it"
    r"|this|that|there|they|he|she|i|anyone|anything)\b)"
)
ASK_FOR_COMMITMENT: Final[list[str]] = [
    r"\b(?:can|could|will|would|shall) (?:you|we) (?:both )?(?:agree|commit)\b",
    r"\bwould you be (?:willing|open|ok|okay|happy|prepared|comfortable) (?:to|with)\b",
    r"\bare you (?:willing|open|ok|okay|happy|prepared|comfortable) (?:to|with)\b",
    r"\bcan i (?:count on|hold you to) (?:you|that|it)\b",
    r"\b(?:can|could|would|will) you (?:please )?(?:\w+ ){0,4}?(?:me|us) (?:\w+ ){0,3}?(?:first"
    r"|before|next time|directly|instead|going forward|from now on)\b",
    r"\b(?:can|could|would|will) you (?:please )?hold off\b",
    r"\bwould you be (?:up for|game for|down for|open to)\b|\bare you (?:up for|game for|in)\b",
    r"\b(?:would|will|could) that work for you\b|\bare we (?:agreed|settled)\b",
    r"\b(?:do i|can i) (?:have|get) your word\b",
    r"\b(?:shall|should|can) we (?:go with|lock (?:that|this|it) in|make (?:that|this|it)"
    r" (?:official|the plan)|try (?:that|this|it))\b",
    r"\bdo we have (?:a deal|an agreement|agreement)\b",
    r"\b(?:are you|you'?re|is that) (?:on board|a deal|something you(?:'d| would| could) commit to)\b",
    r"\b(?:deal|agreed)\s*\?",
    r"\bwill you (?:use|try|call|come|contact|reach|give|commit|let|start|agree|promise|bring)\b",
    r"\b(?:can|could|would) you (?:commit|promise|try|give (?:this|it|that|me|us) (?:a )?(?:try"
    r"|go|shot|chance|week|month)|come to me"
    r"|call me|contact me|reach out to me|start with|use)\b",
    r"\bdoes that work for you\b",
    r"\bcan we shake on\b",
    r"\bwhat would it take for you to\b",
    r"\bwill that work\b",
    r"\bcan you live with\b",
    r"\bhave we got a deal\b",
]

#: Sentences that negate a move nearby ("I'm not blaming you") are not that move.
NEGATED_MOVES: Final[frozenset[str]] = frozenset(
    {"blame", "lecture", "excuse", "dismiss", "hostile", "over_promise", "flattery"}
)
NEGATION_BEFORE: Final[str] = (
    r"\b(?:not|never|no|without|nobody|not trying to|cannot|(?:can|don|doesn|didn|won|wouldn"
    r"|shouldn|couldn|isn|aren|wasn|weren|haven|hasn)'?t)\b[^.?!,]{0,25}$"
)

#: Common English words: a run of words with none of these is probably not English.
_COMMON_WORDS_TEXT = """
    a an the and or but if so of to in on at by for with from as is are was were be been am i
    you he she it we they me my your our their his her its this that these those there here what
    how why when where who which do does did have has had will would can could should not no yes
    ok okay hi hello hey thanks thank please sorry let get got go going make want need know
    think see just about all any some one two more up out then than now today time call us them
    email work good well right sure great question answer thing things way really very much many
    also still even only first last next new old same other another again back over into after
    before because while since until through every each both few most own such say said tell
    told ask asked look looked come came give given take took keep kept put made find found mean
    means meant feel felt try tried help use used called week month year day days hour minute
    morning afternoon evening team people person customer account issue problem invoice ticket
    bill billing credit support manager boss company meeting plan fix fixed send sent check
    checked wrong fine glad happy hope yeah yep nope understand agree idea point fact matter
    money cost price late early soon later yesterday tomorrow monday tuesday wednesday thursday
    friday once twice three four five ten hundred i'm i've i'll i'd you're you've you'll you'd
    we're we've we'll it's that's there's what's don't doesn't didn't can't won't isn't wasn't
    aren't haven't hasn't couldn't wouldn't
"""
COMMON_WORDS: Final[frozenset[str]] = frozenset(_COMMON_WORDS_TEXT.split())

#: Chat shorthand and dropped apostrophes, expanded before matching (the quote stays as typed).
SHORTHAND: Final[dict[str, str]] = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "b4": "before",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "im": "i'm",
    "ive": "i've",
    "youre": "you're",
    "dont": "don't",
    "cant": "can't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "thats": "that's",
    "whats": "what's",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "hrs": "hours",
    "mins": "minutes",
    "wk": "week",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
}

#: A sentence that is only an apology ("I'm sorry."): it apologises for whatever else the turn
#: says, if the turn says something ("nine days with one update is on us. I'm sorry.").
BARE_SORRY: Final[str] = (
    r"^(?:and |so |again,? |look,? |honestly,? |truly,? )?(?:i'?m |i am |we'?re |we are )?"
    r"(?:really |truly |genuinely |very |so |deeply |terribly |incredibly )?sorry"
    r"(?: about (?:that|this|all (?:this|that)))?[.!…]*$"
)
#: Conversation repair: "sorry" about the call itself, not about what happened to them.
REPAIR: Final[str] = (
    r"\bi (?:didn'?t|did not|couldn'?t|could not) (?:quite )?(?:catch|hear)\b"
    r"|\brepeat\b|\binterrupt\w*|\bsay (?:that|it) again\b|\bon mute\b|\bbad (?:line|connection)\b"
    r"|\bi'?m (?:running )?late\b|\bwrong (?:number|person)\b|\bcut out\b|\bmy (?:mistake|bad),? i"
    r" (?:meant|misspoke)\b"
)
#: A plan mentions what will happen each time; that is a proposal, not a named pattern.
PLAN: Final[str] = (
    r"\b(?:if (?:we|i|it)|we'?ll|i'?ll|we will|i will|it'?ll|will|going forward|from now on"
    r"|let'?s|in future|next time|we could|we can|i'?d like)\b"
)
#: Cues that observe the other person's behaviour outright, plan or no plan.
OBSERVED: Final[str] = (
    r"\bnotic\w+|\bpattern\b|\bi'?ve seen\b|\bthe last (?:few|couple|several|\d+|two|three)\b"
    r"|\bin a row\b|\bkeeps? happening\b"
)
