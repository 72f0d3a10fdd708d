"""Small text signals the scorers use beyond the analyser's moves.

The analyser says what a sentence *does*; these say how well it does it: whether an
acknowledgement is specific to this person, whether a turn builds on what they just said,
whether the words are concrete or fog, whether a line repeats one said before.
"""

from __future__ import annotations

import re
from typing import Final

from sotenbori.engine import lexicon, move_cues
from sotenbori.evaluation.conversation import Conversation, LearnerTurn
from sotenbori.scenarios.models import Scenario

_WORD = re.compile(r"[a-z][a-z']+")
_TIME = re.compile(lexicon.TIME_EXPRESSION, re.IGNORECASE)
_NEGATION = re.compile(lexicon.NEGATION_BEFORE, re.IGNORECASE)

#: Words too common to show that a turn builds on what the other person said.
_STOPWORDS = """about above after again against all also always and another any anything are
    around back because been before being below between both but came can cannot come could
    did does doing done down during each even ever every from further going gonna have having
    here hers herself himself into just know like little look made make many maybe might more
    most much must myself need never next now off once only other ought ours over own really
    right said same say says see seem should since some something still such sure take tell
    than thank thanks that thats the their them then there these they thing things think this
    those though through time today told too under until very want wanted was way well went
    were what when where which while who whom why will with would yeah yes you your yours
    yourself i'm i've i'll i'd you're you've you'll it's that's don't can't won't didn't
    doesn't isn't wasn't we're we've we'll let's okay fine"""
STOPWORDS: Final[frozenset[str]] = frozenset(_STOPWORDS.split())

#: Fog: phrases that sound like action but commit to nothing a person could check.
FOG: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\blook(?:ing)? into (?:it|this|that)\b",
        r"\b(?:get|come|circle) back to you\b(?![^.?!]*\b(?:by|before|within|on|at|today"
        r"|tomorrow)\b)",
        r"\bas soon as (?:possible|we can|i can)\b",
        r"\basap\b",
        r"\b(?:at some point|in due course|down the line|shortly|one of these days)\b",
        r"\b(?:touch base|circle back|reach out|loop (?:in|back)|take (?:this|it) offline)\b",
        r"\b(?:synerg\w*|leverag\w*|bandwidth|alignment|holistic\w*|paradigm|best-in-class"
        r"|value-add|move the needle|low-hanging fruit|going forward we will|actionable)\b",
        r"\b(?:we'?ll|we will|i'?ll|i will) (?:try|see what (?:i|we) can do|do (?:our|my) best)\b",
        r"\b(?:hopefully|probably|kind of|sort of|more or less)\b",
        r"\b(?:work(?:ing)? on (?:it|a fix|that)|sort (?:it|this|that) out)\b(?![^.?!]*\b(?:by"
        r"|before|within|today|tomorrow)\b)",
        r"\bsoon\b",
    )
)

#: Owning the problem in so many words (an apology on its own is not ownership).
OWNERSHIP: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:that|this|it)(?: one)?(?:'s|’s| is| was) (?:all |entirely )?on (?:us|me)\b",
        r"\bthats on (?:us|me)\b",
        r"\b(?:we|i) (?:got (?:this|that|it) wrong|made (?:a|an|the) (?:mistake|error)"
        r"|messed (?:this|that|it) up|dropped the ball|let you down|failed you)\b",
        r"\b(?:i|we) (?:own (?:this|it|that)|take (?:full )?(?:ownership|responsibility))\b",
        r"\b(?:i'?m|i am) (?:taking|owning) (?:this|it|ownership)\b",
        r"\b(?:my|our) (?:mistake|error|fault|responsibility)\b",
        r"\b(?:mistake|error|fault) (?:was|is) (?:ours|mine|on (?:us|me|our side|our end))\b",
        r"\bwe should have\b",
    )
)

#: Describing what happened to the other person, in the second person ("you had to chase").
_THEIR_EXPERIENCE: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\byou(?:'ve| have| had)? (?:had to|ended up|were (?:left|forced|told|kept|bounced)"
        r"|been (?:left|waiting|chasing|kept|stuck|forced|bounced|told)|waited|raised|reported"
        r"|chased|spent|lost|heard (?:nothing|back)|emailed|wrote|flagged|logged|opened|got"
        r" (?:nothing|no|one|only|a single))\b",
        r"\byour (?:ticket|request|invoice|case|complaint|email|issue|question)\b[^.?!]{0,60}"
        r"\b(?:sat|went nowhere|stalled|was ignored|has been open|was open|got lost)\b",
        # What it did to them: "that left you exposed in front of the board".
        r"\b(?:that|this|it|which)(?: has| had)? (?:left|put|cost|forced|made|kept|landed"
        r"|dropped|caught) you\b",
        r"\byou (?:were|got) (?:left|put|exposed|caught out|embarrassed|blindsided)\b",
    )
)

#: An apology that names what happened ("I'm sorry the report was late twice"), which the
#: turn analyser's narrower cues can miss. Apologies for feelings are excluded.
_APOLOGY = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are) (?:so |really |truly |genuinely |very |deeply )?sorry"
    r" (?:that )?(?:the|our|my|it|this|we|i|how|you(?:'ve| have)? (?:had|were|got|lost|spent"
    r"|missed|ended up|been))\b",
    re.IGNORECASE,
)
_FEELINGS_APOLOGY = re.compile(
    r"\bsorry (?:that |if )?(?:you (?:feel|felt|are|'re|see)|if|for any)\b", re.IGNORECASE
)

#: The other person saying yes, at the start of their reply.
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|sure|deal|agreed|fine|okay|ok|alright|all right|that works"
    r"|sounds good|let'?s do (?:it|that)|i can do that|i'?ll do that|i will|you'?re on)\b",
    re.IGNORECASE,
)
_BUT_NO = re.compile(r"\b(?:but|not|no|don'?t|won'?t|can'?t|unless)\b", re.IGNORECASE)

_NUMBER = re.compile(r"\$?\d(?:[\d,.:/]*\d)?%?")
#: Reference codes people quote: "INC-4471", "OPS-19".
_CODE = re.compile(r"\b[A-Z]{2,}-\d+\b")
_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
#: Capitalised words that make a title or a team, not a person someone could call.
_TITLE_WORDS = """customer success manager account support team vice president director head chief
    officer service services engineer billing finance sales the this that our your my we
    i hi hello thanks dear monday tuesday wednesday thursday friday saturday sunday"""
_NOT_NAMES = frozenset(_TITLE_WORDS.split())


def describes_experience(sentence: str) -> bool:
    """Whether a sentence says what happened to the other person ("you had to chase us")."""
    return any(p.search(sentence) for p in _THEIR_EXPERIENCE) and not sentence.endswith("?")


def apologises(sentence: str) -> bool:
    """Whether a sentence apologises for something that happened, not for how they feel."""
    return bool(_APOLOGY.search(sentence)) and not _FEELINGS_APOLOGY.search(sentence)


def says_yes(reply: str) -> bool:
    """Whether a reply opens with a plain yes and does not take it back in the same sentence."""
    first = sentences(reply)[:1]
    return bool(first) and bool(_YES.search(first[0])) and not _BUT_NO.search(first[0])


def phrase(move: str, sentence: str, scenario: Scenario | None) -> str:
    """The words in a sentence that made the analyser see ``move`` (the sentence if unknown)."""
    patterns = list(move_cues.MOVE_PATTERNS.get(move, []))
    patterns += scenario.move_cues.get(move, []) if scenario else []
    for pattern in patterns:
        match = re.search(pattern, sentence, re.IGNORECASE)
        if match:
            return match.group(0)
    return sentence


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_words(text: str) -> set[str]:
    """Words that carry the subject: four letters or more, not common glue."""
    return {w.rstrip("s") for w in words(text) if len(w) >= 4 and w not in STOPWORDS}


def normalised(quote: str) -> str:
    """A quote reduced to its words, to spot a line said twice."""
    return " ".join(words(quote))


def fog(text: str) -> list[str]:
    """The foggy phrases in a turn, as said."""
    found: list[str] = []
    for pattern in FOG:
        found += [m.group(0) for m in pattern.finditer(text)]
    return found


def owns(sentence: str) -> re.Match[str] | None:
    """Where a sentence owns the problem ("that's on us"), unless it is negated."""
    for pattern in OWNERSHIP:
        for match in pattern.finditer(sentence):
            if not _NEGATION.search(sentence[: match.start()]):
                return match
    return None


def concrete(text: str, other_name: str) -> list[str]:
    """Checkable details in a turn, as said: numbers, amounts, dates, times, people's names."""
    taken = [m for m in _TIME.finditer(text)] + [m for m in _CODE.finditer(text)]
    found = [m.group(0) for m in taken]
    found += [
        m.group(0)
        for m in _NUMBER.finditer(text)
        if not any(t.start() <= m.start() < t.end() for t in taken)
    ]
    for match in _NAME.finditer(text):
        parts = match.group(0).split()
        if other_name not in parts and not any(p.lower() in _NOT_NAMES for p in parts):
            found.append(match.group(0))
    return found


#: Everyday verbs: two lines that both say "working" need not be about the same thing.
_VERB_WORDS = """work go do get make take look have say think try use come want need know see keep
    let put give tell feel seem mean find start happen"""
_VERBS = frozenset(_VERB_WORDS.split())


def _stem(word: str) -> str:
    """'working' -> 'work', 'asked' -> 'ask'; enough to tell a verb from a subject."""
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def shared_words(mine: str, theirs: str) -> set[str]:
    """Subject words two lines have in common, leaving out words lines share by chance."""
    shared = (subject_words(mine, "") & subject_words(theirs, "")) - _PASSING
    return {w for w in shared if _stem(w) not in _VERBS}


def builds_on(turn: LearnerTurn, text: str | None = None) -> set[str]:
    """Subject words the learner picked up (in ``text``, or the whole turn) from the line
    just before theirs."""
    if turn.prompt is None:
        return set()
    return shared_words(turn.text if text is None else text, turn.prompt.text)


#: Words two unrelated lines share by chance ("the first time" / "how did you first...").
_PASSING_WORDS = """first last day week month year quarter hour minute usual usually else actual
    actually still going getting people someone anyone everyone nobody whole ever"""
_PASSING: Final[frozenset[str]] = frozenset(_PASSING_WORDS.split())

#: A question that points back at what the other person just said, in the learner's own words.
_BACK_REFERENCE = re.compile(
    r"\b(?:you (?:said|mentioned|told me|described|called it|talked about)|when you say"
    r"|what did you mean|tell me more|say more|what happened (?:then|next|after)"
    r"|(?:what|how) (?:made|did|has|does) (?:that|it|this) \w+|why (?:was|is|did) (?:that|it))\b",
    re.IGNORECASE,
)


def follows_up(turn: LearnerTurn, question: str) -> bool:
    """Whether a question builds on the other person's last words rather than changing subject.

    It does when it picks up a subject word of the line just before it, or refers back to it
    ("you mentioned...", "what made that so hard?").
    """
    return bool(_BACK_REFERENCE.search(question)) or bool(builds_on(turn, question))


#: "Status: done." -- a label, a colon and a short value, with no one saying anything.
_LABEL = re.compile(r"^\W*(?P<label>[A-Za-z][\w'/&-]*(?: [\w'/&-]+){0,3})\s*:\s*(?P<value>.+)$")
_PERSON = re.compile(
    r"\b(?:i|i'm|i'll|i've|i'd|we|we're|we'll|we've|you|you're|you'll|you've|he|she|they|it's"
    r"|here's|here|that's|there's|let's|let me)\b",
    re.IGNORECASE,
)


def label_fragment(sentence: str) -> bool:
    """Whether a sentence is a label and a value ("Status: fixed. Release: Thursday.").

    A person speaking puts a subject and a verb round the facts; a form does not. Colons that
    introduce a sentence ("Here's what happened: the order never reached the warehouse") are not
    labels.
    """
    found = _LABEL.match(sentence.strip())
    if not found:
        return False
    label, value = found["label"], found["value"].strip(" .!?")
    if _PERSON.search(label):
        return False
    return len(words(value)) <= 6 and not _PERSON.match(value)


def label_list(text: str) -> list[str]:
    """The label fragments of a turn, when there are two or more (a list, not a remark)."""
    found = [s for s in sentences(text) if label_fragment(s)]
    return found if len(found) >= 2 else []


#: Words that make a remark about a pattern: it happened more than once.
_RECURRING = re.compile(
    r"\b(?:(?:each|every) (?:single )?(?:time|issue|problem|ticket|incident|sprint|week|month)"
    r"|the last (?:few|couple of|several|\d+|two|three|four|five) \w+|again and again"
    r"|more than once|twice|(?:two|three|four|five|several|\d+) times|keeps?|kept|repeatedly"
    r"|usually|always|often|tends? to|pattern|habit|(?:i'?ve|i have|we'?ve) (?:noticed|seen))\b",
    re.IGNORECASE,
)
#: Plans and conditions look forward; a pattern is something already seen.
_FORWARD = re.compile(
    r"\b(?:if|will|'ll|shall|going forward|from now on|next time|in future|let'?s)\b",
    re.IGNORECASE,
)


def observes_pattern(sentence: str, scenario: Scenario | None) -> bool:
    """Whether a sentence the analyser marked as naming a pattern really observes one.

    The author's own cues for the persona's pattern are trusted. Otherwise the sentence must
    say the thing recurred, and must not be a plan or a condition ("if we miss it, it goes
    straight to my VP" describes a route, not a habit).
    """
    cues = scenario.move_cues.get("name_pattern", []) if scenario else []
    if any(re.search(cue, sentence, re.IGNORECASE) for cue in cues):
        return True
    return bool(_RECURRING.search(sentence)) and not (
        _FORWARD.search(sentence) and not re.search(r"\b(?:noticed|seen)\b", sentence, re.I)
    )


#: Stems of words about feelings, sympathy or trouble in general: an acknowledgement made only
#: of these ("that must be really frustrating") names nothing about this person's situation.
_GENERAL_WORDS = """frustrat annoy upset angr anger difficult hard tough stress situation
    experienc feel understand sorry apolog concern inconvenien trouble imagin must sound seem
    real complete total definite absolute genuine terribl awful horribl exhaust nightmare disappoint
    unacceptabl acceptabl enough good great okay patien appreciat hear empath sympath right
    fair mess worr pain rough hassle challeng everything issue problem matter happen thing
    whole kind bit lot annoying wrong sure"""
_GENERAL_STEMS: Final[tuple[str, ...]] = tuple(_GENERAL_WORDS.split())


def subject_words(text: str, other_name: str) -> set[str]:
    """Content words that name something (a report, a board, a laptop), not a feeling."""
    name = other_name.lower()
    return {w for w in content_words(text) if w != name and not w.startswith(_GENERAL_STEMS)}


def specific(conversation: Conversation, turn: LearnerTurn, quote: str) -> bool:
    """Whether an acknowledgement names *this* person's situation, not feelings in general.

    Specific means the acknowledging sentence, or the sentence just before it in the same turn
    ("The order sat for two weeks. That's not good enough."), carries a detail (a number, a
    date, a scenario topic), spells out what happened to them ("you had to chase us"), or names
    at least two things of their situation. Only the learner's words are read, so the answer
    does not change with how the other side happened to phrase things.
    """
    said = sentences(turn.text)
    where = next((i for i, s in enumerate(said) if quote in s or s in quote), None)
    before = said[where - 1] if where else ""
    context = f"{before} {quote}".strip()
    if _NUMBER.search(context) or _TIME.search(context):
        return True
    start = turn.text.find(before) if before else turn.text.find(quote)
    end = turn.text.find(quote) + len(quote)
    if any(start <= t.start and t.end <= end for t in turn.analysis.topics):
        return True
    if describes_experience(quote) or describes_experience(before):
        return True
    return len(subject_words(context, conversation.other_name)) >= 2


def sentence_around(text: str, index: int) -> str:
    """The sentence of ``text`` that contains position ``index`` (a substring of ``text``)."""
    start = max(text.rfind(mark, 0, index) for mark in (". ", "? ", "! ", "\n"))
    start = 0 if start < 0 else start + 1
    ends = [i for i in (text.find(mark, index) for mark in (".", "?", "!", "\n")) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()


def sentence_with(text: str, word: str) -> str:
    """The first sentence of ``text`` that contains ``word`` (any case), or the whole text."""
    index = text.lower().find(word.lower())
    return sentence_around(text, index) if index >= 0 else text


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


def sentences(text: str) -> list[str]:
    """The sentences of a turn, as substrings of it (the analyser splits the same way)."""
    return [s for s in (m.group(0).strip() for m in _SENTENCE.finditer(text)) if s]
