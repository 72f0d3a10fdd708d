"""Generic English cues for each move of the taxonomy, per sentence, case-insensitive.

How people talk, not any persona: scenario-specific cues live in the scenario file
(``move_cues`` and ``topics``). Shared vocabularies and frames are in
:mod:`sotenbori.engine.lexicon`.
"""

from __future__ import annotations

from typing import Final

from sotenbori.engine.lexicon import FEELING, HARDSHIP, INTENSIFIER, MONTH

#: move id -> patterns. A move is found in a sentence when any of its patterns matches.
MOVE_PATTERNS: Final[dict[str, list[str]]] = {
    "acknowledge_experience": [
        r"\byou(?:'ve| have|'re| are| were)? (?:been )?(?:left )?(?:waiting|chasing|let down"
        r"|kept in the dark|stuck|ignored|given the runaround|bounced around)",
        # "That must have been exhausting" (a guess at how it was for them).
        rf"\b(?:that|this|it) (?:must have been|must be|sounds|sounded|seems|would be"
        rf"|would have been|has to be|has been|sounds like it was|can be|could be|might be|may be"
        rf"|can feel|must feel|feels) (?:{INTENSIFIER} )?{HARDSHIP}",
        rf"\b(?:{INTENSIFIER} )?{HARDSHIP} (?:thing|situation|position|place|spot) to (?:be in"
        r"|go through|deal with|face|experience)\b",
        # "That was maddening" -- but not "it is hard for me" or "it's hard to say".
        rf"\b(?:that|this|it) (?:was|is|'s) (?:{INTENSIFIER} )?{HARDSHIP}(?! (?:for (?:me|us)|to)\b)",
        r"\b(?:that|this|it) (?:can'?t|cannot|couldn'?t) (?:have been|be) (?:easy|fun|pleasant)\b",
        # "You must be exhausted", "you sound really let down", "you're understandably angry".
        rf"(?<!sorry )(?<!sorry that )(?<!sorry if )\byou(?:'re| are|'ve been| have been| were| must be| must have been| might be| may be"
        rf"| must feel| probably feel)(?: \w+){{0,2}}? {FEELING}\b",
        rf"(?<!sorry )(?<!sorry that )(?<!sorry if )\byou (?:sound|sounded|seem|seemed|look|looked"
        rf"|feel|felt|'re feeling|are feeling"
        rf"|'ve been feeling|have been feeling|must be feeling|might be feeling)(?: \w+){{0,2}}?"
        rf" {FEELING}\b",
        r"\byou(?:'re| are|'ve been| have been)? feeling (?:\w+ ){0,4}?(?:stress|pressure|anxiety"
        r"|guilt|frustration|anger|fear|strain|the (?:pressure|strain|heat))\b",
        r"\byou must (?:feel|have felt) (?:like|as (?:if|though)|that)\b",
        r"\byou (?:don'?t|didn'?t|do not|did not|never) feel (?:\w+ )?(?:listened to|heard|supported"
        r"|respected|valued|taken seriously|like (?:a|any) priority)",
        rf"\bi (?:can )?(?:understand|see|imagine|appreciate) how (?:\w+ )?(?:{HARDSHIP}|{FEELING})"
        r" (?:that|this|it|you)\b",
        r"\bi can (?:tell|sense|hear|imagine)(?: that| how| what)? (?:you|this|that|it)\b",
        r"\bsorry to (?:hear|learn) (?:about \w+|that (?!that\b)\w+|(?:your|how|you) \w+)",
        r"\b(?:that'?s|that is|that was|it'?s|it is|sounds like) (?:a lot|so much|too much)"
        r"(?: to (?:deal with|handle|carry|juggle|take on|manage|absorb)| on your plate| for you)",
        r"\b(?:it'?s|that'?s|it is|that is) (?:completely |totally |perfectly )?(?:normal|natural"
        r"|understandable|reasonable|fair) (?:to|that you|for you to) (?:feel|be)\b",
        r"\bi (?:can )?see (?:why|how) (?:you|that|this|it)",
        r"\bi (?:can )?(?:completely |totally |really |absolutely )?(?:see|understand|get) why\b",
        r"\bi (?:get|understand|can understand) why you\b",
        r"\bmakes (?:complete |total |perfect )?sense (?:that|why) you\b",
        r"\b(?:we|i|our (?:\w+ ){0,2}?\w+) (?:really |completely |badly |clearly |properly )?"
        r"(?:let you down|dropped the ball|failed you)\b",
        # Owning it: "that's a failure on our side", "nine days with one update is on us".
        r"(?<!not )(?<!n't )\b(?:a |an |our |my )?(?:\w+ )?(?:failure|failing|mistake|miss|error|screw-?up"
        r"|mess|fault|bad) (?:on|of|from) (?:our|my) (?:side|part|end)\b",
        r"(?<!not )(?<!n't )\b(?:is|was|'s|are|were|that'?s|this one'?s|that one'?s)"
        r" (?:all |entirely |completely |squarely |totally |100% )?on (?:us|me)\b",
        r"\b(?:mistake|error|fault|failure|miss|screw-?up) (?:was|is|'s) (?:ours|mine|on our side)\b",
        r"(?<!not )(?<!n't )\b(?:that'?s|that was|it'?s|it was|this is) (?:entirely |completely |totally )?"
        r"(?:our|my) (?:fault|mistake|bad|error|screw-?up|failure)\b",
        r"\b(?:is|was|'s) (?:a )?(?:really |very )?(?:bad|terrible|poor|awful|shocking) look (?:for|on) (?:us|me)\b",
        r"\bi(?:'d| would)(?: probably| likely| definitely)? have (?:drawn|reached|come to|made|done"
        r"|thought|assumed|concluded|felt) the same\b",
        # What it cost them, told back: "you had to write to X to get anyone".
        r"\byou (?:ended up|wound up|were left|got left|were forced into) (?:having to|\w+ing)\b",
        r"\byou(?:'ve| have)? (?:had|needed) to (?:\w+ ){1,8}?(?:to get|just to|before (?:anyone"
        r"|anybody|someone|somebody|we|i|it))\b",
        r"\byou(?:'ve| have)? had to (?:chase|push|fight|beg|keep (?:asking|chasing|pushing)|go over"
        r"|escalate|ask (?:twice|again|three times))\b",
        r"\bthe only (?:\w+ )?(?:update|reply|response|answer|word|news|contact) you (?:got|received|had"
        r"|heard|saw)\b",
        r"\byou (?:got|received|heard|had) (?:nothing|no (?:update|reply|response|answer|word|news|call"
        r"|callback)s?|(?:just |only )?one (?:\w+ )?(?:update|reply|response|email|line))\b",
        # A hard stretch named without "that": "three weeks on an outage is brutal".
        rf"\b(?:is|was|has been|must have been|must be|would have been|sounds|sounded|must feel)"
        rf" (?:{INTENSIFIER} )?(?:{HARDSHIP}|brutal|grim|miserable|a slog|a grind)\b(?! (?:for (?:me|us)|to)\b)",
        r"\b(?:we|i) (?:really |clearly )?should have (?:\w+ )?(?:caught|called|told|checked|flagged"
        r"|noticed|spotted|known|followed|warned|let you know|done|fixed|been|picked|raised)\b",
        r"\byou(?:'re| are) right (?:that|to|about)\b",
        r"\bno wonder you\b",
        r"\bwould (?:wear anyone down|frustrate anyone|drive anyone (?:mad|crazy|up the wall)"
        r"|test anyone'?s patience|make anyone (?:angry|furious|lose (?:faith|patience)))",
        rf"\banyone would (?:be|feel|have been|have felt) (?:\w+ )?{FEELING}\b",
        r"\b(?:it'?s|that'?s|it is|that is) (?:fair|reasonable|understandable|completely fair)"
        r" (?:that|for you|to)\b",
        r"\byou (?:shouldn'?t|should not) have (?:had|needed) to\b",
        r"\b(?:that'?s|that is|that was|it was|it'?s) not (?:good enough|acceptable|ok|okay)\b",
        r"\bunacceptable\b",
        r"\b(?:isn'?t|wasn'?t|is not|was not|hasn'?t been|has not been) (?:good enough|acceptable"
        r"|ok|okay|fair on you|how (?:it|this) should work)\b",
        r"\b(?:on|with) (?:us|our side)\b.*\bnot you\b",
        r"\byou (?:had|have) every reason\b",
        r"\bin your (?:shoes|position)\b",
        rf"\bi(?:'d| would) (?:be|have been|feel|have felt) (?:\w+ )?(?:{FEELING}|the same)\b",
        r"\b(?:you|your (?:\w+ )?team|your people|your staff) (?:have |had )?(?:lost|wasted|spent"
        r"|burned|sank) (?:a lot of |so much |hours of |days of |weeks of )?(?:time|hours|days|a week"
        r"|weeks|money|effort)\b",
    ],
    "apologise_for_impact": [
        r"\b(?:i'?m|i am|we'?re|we are) (?:really |truly |genuinely |very |so |deeply )?sorry"
        r" (?:for|about|that)\b(?! you feel| you'?re| if| (?:the )?interrupt|'s not (?:possible|something))",
        # "I'm sorry the report was late twice", "sorry it's left you working off your phone".
        r"\b(?:i'?m|i am|we'?re|we are) (?:really |truly |genuinely |very |so |deeply )?sorry"
        r" (?:that )?(?:the|our|my|your|it|this|that|nobody|no one)\b(?!'?s? not (?:possible|something))"
        r"(?! (?:is|was) (?:no|the answer))",
        r"\bsorry (?:that )?you(?:'ve| have)? (?:had to|needed to|ended up|were left|got left|lost"
        r"|spent|waited|never|didn'?t|weren'?t|got (?:charged|billed|stuck|bounced|passed)"
        r"|(?:were|'ve been|have been) (?:left|kept|stuck|charged|overcharged|billed|put|forced|made"
        r"|waiting|chasing|bounced))\b",
        r"^(?:and |so |again,? |look,? |honestly,? )?(?:really |truly |so |very )?sorry (?:for|about)"
        r" (?:the|our|my|all|this|that|how|what|keeping|leaving|making|not|putting|dragging|taking)"
        r"\b(?! (?:the )?(?:interrupt\w*|noise|background|echo|typo|confusion)\b)",
        r"\bapologies (?:for|that) (?:the|our|my|how|this|that|all|keeping|leaving|not)\b",
        r"\b(?:i'?m|i am|we'?re|we are) (?:really |truly |genuinely |very |so |deeply )?sorry"
        r" (?:that )?(?:we|i|our (?:\w+ )?(?:team|side|people)) (?:\w+ )?(?:left|kept|made|put|let|didn'?t"
        r"|did not|missed|dropped|ignored|failed|took|sent|charged|overcharged)\b",
        r"\bi (?:sincerely )?apologi[sz]e (?:for|that)\b(?! any inconvenience)",
        r"\bmy apologies (?:for|that)\b(?! any inconvenience)",
        r"\b(?:i|we) owe you (?:an|a real|a proper|an honest) apology\b",
    ],
    "empty_apology": [
        r"\bsorry (?:that |if )?you (?:feel|felt|are upset|'re upset|see it)\b",
        r"\bsorry if (?:you|that|this|anyone|there was)\b",
        r"\b(?:sorry|apologi[sz]e|apologies) for any (?:inconvenience|confusion|trouble)\b",
        r"\bsorry you(?:'re| are) (?:upset|frustrated|unhappy|annoyed)\b",
    ],
    "formulaic_filler": [
        r"\bi (?:completely |totally |fully |really )?understand (?:your|how you)"
        r" (?:frustration|concern|feel|feelings)\b",
        r"\bi hear (?:you|your frustration|what you'?re saying)\b",
        r"\bi (?:completely|totally|fully) (?:understand|get it|hear you)\b",
        r"\b(?:i|we) (?:appreciate|thank you for) your (?:patience|understanding)\b",
        r"\bthanks? (?:you )?for your (?:patience|understanding)\b",
        r"\byour (?:business|feedback|satisfaction|custom) is (?:very |really )?"
        r"(?:important|valuable|our (?:top )?priority)\b",
        r"\bwe value (?:you|your business|you as a customer)\b",
        r"\bi can only imagine\b",
        r"\bthanks? (?:you )?for (?:bringing|raising) this to (?:my|our) attention\b",
        r"\bi understand your pain\b",
        r"\bi feel your pain\b",
        r"\bsorry to hear (?:that|this|it)\b(?! \w)",
        r"\bcustomer (?:satisfaction|experience) is (?:our|my) (?:top |number one )?priority\b",
    ],
    "flattery": [
        r"\byou(?:'re| are) (?:clearly |obviously |such |really |so |very )?(?:a |an )?"
        r"(?:great|brilliant|smart|sharp|respected|valued|amazing|impressive|fantastic|visionary)"
        r"(?: leader| cto| customer| person| guy| manager)?\b",
        r"\bgreat question\b",
        r"\bi(?:'ve| have)? (?:really |truly |always )*admire(?:d)? (?:you|your)\b",
        r"\bsomeone (?:of|with) your (?:calibre|caliber|experience|stature|talent)\b",
        r"\b(?:one of our|our) (?:best|most valued|favourite|favorite|most important) (?:customers|clients|partners)\b",
        r"\b(?:love|loved|such a pleasure) working with you\b",
        r"\b(?:big|huge) fan of (?:you|your)\b",
        r"\bhonou?red to (?:speak|talk|work) with you\b",
    ],
    "paraphrase": [
        r"\b(?:it|that) sounds like (?:you|your|the|what)\b",
        r"^sounds like\b",
        r"\b(?:it|that|this) sounds like\b(?! a (?:plan|good|great|deal))",
        r"^so,? (?:what|the)\b[^.?!]*\b(?:you|your)\b",
        r"^so,? (?:when|whenever|if|basically|essentially|in short|bottom line)\b",
        r"\b(?:it |that )?sounds (?:as if|as though) (?:you|your)\b",
        r"\bwhat i'?m hearing\b",
        r"\bif i (?:understand|hear|heard|got|have) (?:you|that|this|it)(?: right| correctly)?\b",
        r"^so,? (?:you'?re|you are|you'?ve|you have|you feel|you need|you want|your|for you"
        r"|what you|the (?:real )?(?:issue|problem|concern|thing))\b",
        r"\bin other words\b",
        r"\bto (?:summari[sz]e|recap|sum up|sum that up)\b",
        r"\blet me (?:make sure|check) (?:i|that i) (?:understand|have|got|heard)",
        r"\bif i'?ve got (?:this|that|you) right\b",
        r"\b(?:so )?(?:you'?re|you are) saying\b",
        r"\bthe real (?:issue|problem|concern|worry) (?:for you )?(?:is|isn'?t)\b",
        r"\bwhat (?:really )?matters (?:most )?to you is\b",
        r"\bcorrect me if i'?m wrong\b",
        r"\bif i'?m hearing you\b",
        r"^(?:so|okay|ok|right),? (?:basically |essentially |in short |just to be clear,? )?you"
        r"(?!'ll| will| can| could| should| would| need to| might| may| must)\b",
        r"\bjust so (?:i'?m (?:sure i )?|i )(?:understand|clear|have (?:this|it|that) right"
        r"|got (?:this|it|that) right)\b",
        r"\bjust to (?:be sure|make sure|check|confirm|clarify|be clear)(?: that)? (?:i|we)\b",
        r"\bfrom what (?:i|you)(?:'ve| have)? (?:can tell|understand|'?m hearing|hear|heard|gather"
        r"|said|described|'?m understanding|told me|'ve told me|'ve said)\b",
        r"\bi take it (?:that )?(?:you|your|the|this|it)\b",
        r"\b(?:is that|have i got that|did i get that|do i have that|have i got it) (?:right"
        r"|correct|accurate)\b",
        r"\bis that (?:a fair|an accurate) (?:summary|understanding|description|read|picture)\b",
        r"\b(?:i )?hear you saying\b|\bwhat you'?re (?:saying|telling me|describing) is\b",
        r"\blet me (?:play|read|say|repeat|reflect) (?:that|it|this|back)\b",
        r"\b(?:it )?(?:seems|looks) (?:like|as (?:if|though)|that) (?:you|your)\b",
        # A statement said back as a question: "You were charged twice?"
        r"^(?:so,? |and,? |wait,? |oh,? )?(?:you|your)\b"
        r"(?!(?:'ll| will| can| could| should| would| must| might| may) )[^?]*\?$",
    ],
    "share_facts": [
        r"\$\s?\d[\d,]*(?:\.\d+)?",
        r"\b\d[\d,]* ?(?:seats|days|hours|business days|licen[cs]es|users|percent|%|dollars)\b",
        r"\bticket (?:number |no\.? |#)?\d+",
        r"\b(?:the )?(?:root )?cause (?:was|is)\b",
        r"\bwhat happened (?:was|is)\b",
        r"\bhere(?:'s| is) what (?:happened|i found|went wrong)\b",
        r"\b(?:i|we)(?:'ve| have| had)? (?:now |just |already |personally )?(?:checked|looked into"
        r"|looked at|confirmed|found|traced|dug into|gone through|been through|reviewed|investigated)\b",
        r"\baccording to (?:our|the|my|your)\b",
        r"\b(?:our|the|my) (?:records|logs|data|invoice|system|report|numbers|figures|contract"
        r"|audit|dashboard|history) (?:show|shows|say|says|indicate|indicates|confirm|confirms)\b",
        r"\b(?:studies|research|the data|surveys?|statistics) (?:show|shows|suggest|suggests|found"
        r"|indicate|indicates)\b",
        r"\b(?:invoice|order|case|reference|ref|po|account|incident) (?:number |no\.? |#)?\d+",
        rf"\b{MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{MONTH}\b",
    ],
    "name_pattern": [
        r"\bi(?:'ve| have) (?:\w+ )?noticed\b|\bi(?:'m| am) (?:\w+ )?noticing\b"
        r"|\bi notice (?:that )?(?:you|whenever|when|each|every|a|the)\b",
        r"\bi noticed (?:that )?(?:\w+ ){0,8}?(?:every|each|whenever|always|again|the last|usually"
        r"|tends?|often|keeps?|a (?:pattern|few|couple))\b",
        r"\bthe last (?:few|couple(?: of)?|several|\d+|two|three|four|five) (?:\w+ )?(?:times|issues"
        r"|tickets|problems|deadlines|reports|releases|sprints|escalations|incidents|deliverables"
        r"|updates|cases)\b",
        r"\b(?:each|every) (?:single )?time (?:something|an issue|a problem|there'?s|you|things?"
        r"|it|anything|we)\b",
        r"\b(?:there'?s|there is|i see|i'?m seeing|i'?ve seen|seeing|it'?s become|it has become"
        r"|it'?s|it is|that'?s|this is|becoming) (?:a |something of a |a bit of a |kind of a )?"
        r"(?:\w+ )?(?:pattern|habit|trend|theme)\b",
        r"\b(?:familiar|recurring|repeating|repeated) (?:pattern|theme|problem|issue|story)\b",
        r"\b(?:whenever|always|tends? to|usually|keeps?|every single time)\b[^.?!]{0,60}"
        r"\bgo(?:es|ing|ne)? (?:straight|directly) to\b",
        r"\bwhen (?:things|issues|problems) go (?:straight|directly)\b",
        r"\b(?:this is|that'?s|it'?s|that makes) (?:now )?(?:the )?(?:second|third|fourth|fifth|sixth"
        r"|\d+(?:st|nd|rd|th)) (?:\w+ )?(?:time|deadline|release|sprint|report|week|month|one)\b",
        r"\b(?:times|weeks|sprints|months|deadlines|releases|reports) (?:in a row|running)\b",
        r"\b(?:keeps|kept) (?:happening|coming up|slipping|sliding|recurring)\b",
        r"\b(?:more than once|over and over|time and again|again and again|time after time)\b",
    ],
    "hold_boundary": [
        r"\bi can'?t (?:offer|promise|do|give|approve|authori[sz]e|waive)\b",
        r"\b(?:that'?s|that is|it'?s|it is) (?:not|outside|beyond) (?:something|within|my|what)\b",
        r"\bwhat i (?:can|am able to) (?:do|offer|commit to) is\b",
        r"\bi'?m not able to\b",
        r"\b(?:beyond|outside) (?:my|of my) (?:authority|remit|sign-?off)\b",
        r"\bneeds? (?:vp|a vp|manager|director|executive|finance) (?:approval|sign-?off)\b",
        r"\bi won'?t (?:promise|pretend|commit to something)\b",
        r"\bi'?d (?:rather|prefer) not promise\b",
    ],
    "lecture": [
        r"\byou (?:really )?(?:need|have|ought|should|must) (?:to )?(?:understand|stop|learn"
        r"|follow|go through|use the|respect|realise|realize|calm|appreciate|accept|trust the)\b",
        r"\byou (?:shouldn'?t|should not)(?! have (?:had|needed|been) to)(?! have to)\b",
        r"\byou (?:can'?t keep|cannot keep|need to stop|have to stop"
        r"|can'?t just|cannot just)\b",
        r"\b(?:going|emailing|escalating|jumping) (?:over|above) (?:my|our|people'?s|everyone'?s)"
        r" heads?\b.*\b(?:is|isn'?t|doesn'?t|won'?t|not)\b",
        r"\b(?:that'?s|that is|is|'s|isn'?t) (?:just |simply |really )?(?:not )?how (?:this|it|things|we)"
        r" (?:works?|do things|operate)\b",
        r"\b(?:there'?s|there is) a (?:proper |correct |right )?(?:process|procedure)\b",
        r"\bproper (?:channels?|process)\b",
        r"\bwith all due respect\b",
        r"\b(?:it'?s|it is|that'?s|that is) (?:not |un)(?:appropriate|professional|acceptable"
        r" to)\b",
        r"\bplease (?:understand|respect|follow|stop)\b",
        r"\b(?:the )?(?:right|correct) way (?:to|is)\b",
        r"\bit(?:'d| would) (?:really )?(?:be (?:so |much |a lot |really )*(?:better|nice|helpful"
        r"|great)|(?:really )?help(?: everyone| us| a lot| the team)?) if you\b",
        r"\bi(?:'d| would) (?:gently |kindly |just |really )?(?:ask|request|urge|remind) (?:that )?you"
        r" (?:to )?(?:please )?(?:respect|follow|use|go through|stick to|remember|think|consider"
        r"|reflect|be more)\b",
        r"\byou (?:might|may) (?:want|wish) to (?:think about|consider|reflect|remember|rethink"
        r"|be more|try to be)\b",
        r"\b(?:just a |a )?(?:gentle|friendly|quick) reminder that\b",
        r"^(?:just )?(?:think|consider|remember|imagine) (?:about )?how (?:that|this|it) (?:looks"
        r"|makes|affects|comes across|lands)\b",
        r"\bi'?d (?:gently )?(?:encourage|urge|ask|invite|suggest) you (?:to )?(?:consider|think"
        r" about|reflect|remember|keep in mind)\b",
        r"\bi hope you (?:can )?(?:see|understand|appreciate|realise|realize)\b",
        r"\bin (?:the )?future,? (?:please|you (?:should|need|must))\b",
        r"\b(?:common|basic) courtesy\b",
        r"\bas i (?:already |just )?(?:said|told you|explained|mentioned)\b",
        r"\bi(?:'ve| have)? already (?:told|explained|said)\b|\bhow many times\b",
        r"\bfor the (?:last|hundredth|third|fifth|tenth) time\b",
    ],
    "blame": [
        r"\b(?:your|the|their) (?:team|people|staff|finance|procurement|admin|side|accounts"
        r"|department)\b[^.?!]*\b(?:didn'?t|did not|failed|forgot|should have|never|messed)\b",
        r"\b(?:that'?s|it'?s|it was|that was|this is) (?:your|their|billing'?s|finance'?s"
        r"|the billing team'?s|support'?s|engineering'?s) (?:own )?(?:fault|mistake|problem"
        r"|responsibility|doing)\b",
        r"\bbilling (?:team )?(?:messed|screwed|dropped|is to blame|got it wrong|broke)\b",
        r"\bnot (?:my|our) fault\b",
        r"\bif you had(?:n'?t| not)?\b",
        r"\byou (?:didn'?t|did not|never|failed to) (?:send|tell|submit|follow|read|provide"
        r"|update|sign|check|notify)\b",
        r"\b(?:blame|blamed)\b",
        r"\b(?:someone|somebody) (?:on|in) (?:your|the \w+) (?:team|side)\b[^.?!]*\b(?:didn'?t|forgot"
        r"|failed)\b",
        r"\byou (?:brought|did) this on yourself\b",
        r"\b(?:everyone|everybody|the rest of (?:the|your) team|others|other people|the others)"
        r"(?: else)? (?:manages?|managed|seems? to manage|somehow manages?) to\b",
        r"\b(?:nobody|no one|no-one) else(?: on (?:the|your|this) team| here)? (?:has|had|seems to have|is having|struggles?|misses|missed"
        r"|needs?|needed)\b",
        r"\b(?:don'?t|do not) (?:really )?(?:want|need) (?:to hear )?(?:any |more |your )?excuses\b"
        r"|\bspare me (?:the|your) excuses\b|\benough (?:with the )?excuses\b"
        r"|\b(?:stop|quit) making excuses\b|\bno more excuses\b",
        r"\b(?:this|that|it|this one|that one)(?:'s| is| was) (?:all |squarely |entirely )?on you\b",
        r"\byou were (?:supposed|meant|expected) to\b",
        r"\byou (?:really )?(?:let (?:the|your|us|everyone|me) (?:\w+ )?down|dropped the ball"
        r"|messed (?:this |it |that )?up|screwed (?:this |it |that )?up)\b",
        r"\bwhy (?:on earth |exactly )?(?:would|didn'?t|wouldn'?t|couldn'?t) you\b",
    ],
    "excuse": [
        r"\b(?:we'?re|we are|i'?m|i am|they'?re|they are|billing is|the team is|support is)"
        r" (?:really |very |so |just |completely )?(?:busy|swamped|short-?staffed|understaffed"
        r"|stretched|overloaded|slammed|backed up)\b",
        r"\b(?:these things|things like this|mistakes|errors|it|stuff|that) (?:just )?happens?\b",
        r"\b(?:it'?s|that'?s|it is) (?:just )?(?:the|our|company) (?:system|process|policy)\b",
        r"\bout of (?:my|our) (?:hands|control)\b",
        r"\b(?:the|our) (?:system|tool|billing system|platform) (?:doesn'?t|didn'?t|can'?t|couldn'?t)\b",
        r"\bbecause of (?:the|a|our) (?:migration|backlog|holidays|reorg|restructure|outage)\b",
        r"\bto be fair\b",
        r"\bin (?:our|my) defen[cs]e\b",
        r"\bnot (?:really )?(?:my|our) (?:department|area|team|call)\b",
        r"\bthere (?:was|is) nothing (?:we|i) could\b",
        r"\b(?:i|we) (?:just )?(?:followed|were following) (?:the )?(?:process|procedure|policy)\b",
        r"\bi (?:only|just) (?:started|joined|took over)\b",
    ],
    "over_promise": [
        r"\bnever (?:ever )?(?:happen|occur) again\b",
        r"\bi (?:can )?(?:personally )?guarantee\b",
        r"\b100 ?(?:%|percent)\b",
        r"\b(?:anything|whatever) you (?:want|need|ask)\b",
        r"\bno (?:more )?(?:issues|problems|errors|mistakes) ever\b",
        r"\b(?:always|every time) be (?:perfect|flawless|right)\b",
        r"\bi promise (?:you )?(?:it|this|that)? ?(?:will|won'?t) never\b",
        r"\b(?:won'?t|will not) ever happen\b",
        r"\b(?:you'?ll|you will) never (?:have|see|get|hear of|experience) (?:another|a single|any)\b",
    ],
    "give_in": [
        r"\b(?:feel free|you'?re welcome|go ahead|you can always|you can just|happy for you) to"
        r" (?:email|call|message|contact|go to|reach out to|escalate to) (?:our|the|my|your) (?:ceo|boss"
        r"|founder|president|chief executive|head|vp|manager|director)\b",
        r"\b(?:totally |completely |absolutely |perfectly )?(?:fine|ok|okay|no problem|no worries)"
        r",? (?:that |if )?you (?:emailed|called|went to|escalated|contacted|go to|email)\b",
        r"\b(?:we'?ll|i'?ll) (?:just )?do (?:whatever|anything) you (?:say|want|ask)\b",
        r"\byou(?:'re| are) (?:always )?right,? (?:of course|whatever you|as always)\b",
        r"\bno need to change anything\b",
    ],
    "dismiss": [
        r"\b(?:it'?s|that'?s|this is|it was|it is) (?:only|just|merely) (?:a |an |one )?"
        r"(?:small|minor|little|tiny|\$|billing|simple)",
        r"\b(?:not|no) (?:such )?(?:a )?big deal\b",
        r"\bminor (?:issue|thing|glitch|error|problem|hiccup)\b",
        r"\b(?:calm down|relax|chill)\b",
        r"\b(?:overreact\w*|overblown|blown out of proportion|making a fuss)\b",
        r"\bnothing to (?:worry|get upset|be upset) about\b",
        r"\bhardly (?:a|the end)\b",
        r"\b(?:small|tiny|trivial) (?:issue|thing|amount|mistake|error)\b",
        r"\bno need to (?:escalate|get upset|panic|worry)\b",
        r"\bit'?s not (?:that|a) (?:serious|big)\b",
        r"\b(?:it'?s|that'?s|it is|this is|this isn'?t|it isn'?t|hardly) (?:not )?the end of the world\b",
        r"\b(?:it|things|that|this) could (?:have been|be) (?:a lot |much |way |far )?worse\b",
        r"\bworse things happen\b|\bno harm (?:done|no foul)\b|\bdon'?t sweat it\b",
        r"\b(?:it'?s|that'?s|it is) (?:really |honestly )?not (?:that|so) bad\b",
        r"\b(?:it'?s|that'?s) (?:only|just) money\b|\bin the grand scheme of things\b",
    ],
    "hostile": [
        r"\b(?:idiot\w*|stupid|ridiculous|pathetic|moron\w*|clown|incompetent|absurd)\b",
        r"\bshut up\b",
        r"\b(?:damn|hell|fuck\w*|f\*+\w*|shit\w*|crap|bullshit|wtf)\b",
        r"\byou people\b",
        r"\bget (?:over it|a grip|real)\b",
        r"\bwho (?:do you think|the hell) you are\b",
        r"\bgrow up\b",
        r"\b(?:i )?(?:frankly )?don'?t care\b",
        r"\bnot my problem\b",
        r"\btake your business elsewhere\b",
        r"\b(?:go ahead|be my guest)(?:,| and)? (?:email|call|complain|escalate|cancel|leave)\b",
        r"\bdeal with it\b",
        r"\bwhat(?:ever)? is your problem\b",
        r"^(?:(?:sure|ok|okay|fine|yeah|oh),? )?whatever(?:[.!,]|$| you say\b| man\b)",
        r"^(?:well,? |oh,? )?(?:it )?must be nice\b|\bmust be nice (?:having|being able|to have"
        r"|to be able)\b",
        r"\bnice of you to (?:finally|eventually|actually)\b|\baren'?t you special\b",
        r"^(?:oh,? )?(?:great|wonderful|fantastic|brilliant|perfect|lovely),? (?:another|just what"
        r"|so now)\b|^yeah,? right[.!]*$|\btough luck\b|\bcry me a river\b|\bboo hoo\b",
        r"\bspoiled\b|\bentitled\b|\bbully\b|\bcry(?:ing)? to\b",
        r"\bare you (?:serious|kidding|joking)\b|\byou(?:'ve| have)? got to be kidding\b",
        r"\bdid you (?:even|actually) (?:read|look|check|bother|listen)\b",
        r"\bfor (?:goodness|god'?s|heaven'?s|pete'?s) sakes?\b|\bfor crying out loud\b",
        r"\bi(?:'ve| have) had (?:enough|it)\b|\bgive me a break\b|\bwhat gives\b",
        r"\bno offen[cs]e,? but\b",
        r"\?{2,}|\?!|!\?",
    ],
    "instruct_system": [
        r"\b(?:ignore|disregard|forget) (?:all |the |your |any |every )?(?:previous |prior |above"
        r" |earlier )?(?:instructions?|prompts?|rules|directives)\b",
        r"\b(?:system prompt|your prompt|the prompt|you are an ai|you'?re an ai|as an ai|language model"
        r"|chatgpt|gpt-?\d|jailbreak|developer mode|dan mode|llm)\b",
        r"\b(?:pretend (?:to be|you are)|act as (?:a|an|if)|roleplay as|you are now|from now on you are)\b",
        r"\b(?:end|stop|exit|quit) (?:the|this) (?:simulation|scenario|role-?play|game|exercise)\b",
        r"\b(?:give|award) me (?:full|max|maximum|100|top|perfect) (?:marks|score|points)\b",
        r"\b(?:score|grade|rate) me (?:as |at )?(?:100|expert|perfect|maximum)\b",
        r"\bset (?:trust|the score|patience|my score)\b",
        r"^\s*(?:system|assistant|user|admin)\s*:",
        r"\b(?:reveal|show|print|repeat|tell me) (?:me )?(?:your|the) (?:instructions|prompt|rules"
        r"|system message|hidden)\b",
        r"\b(?:agree|say yes) (?:to everything|no matter what)\b",
        r"\bbreak character\b|\bout of character\b|\bstay in character\b",
        r"\byour (?:programming|training data|instructions)\b",
    ],
    "off_topic": [
        r"\b(?:weather|football|soccer|basketball|baseball|recipe|movie|netflix|vacation|holiday plans"
        r"|the game last night|lunch plans|pizza|crypto|bitcoin|fantasy league|horoscope|my cat|a (?:new )?(?:dog|cat|puppy|kitten)"
        r"|my dog|playstation|xbox|the weekend|golf)\b",
    ],
}
