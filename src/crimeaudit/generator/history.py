"""How callers talk about earlier occasions, and the words that only look as if they do.

Three kinds of phrase, all first person (a third-party caller's version is made by
:func:`crimeaudit.generator.voices.third_person`):

* continuation cues: earlier occasions said outright ("this is the third time this week") or
  implied ("he was outside my house again", "ever since we split up");
* counter-cues: the caller says there were none ("I'd never seen him before");
* hard negatives: the same words used innocently ("could you say that again", "every night the
  music's loud", "second time I've lost my wallet this year") so that no single word decides a
  label.
"""
from __future__ import annotations

# Cue families: a situation draws from those that fit its conduct (see scenarios.Situation.cues).
CUES: dict[str, tuple[str, ...]] = {
    "count": (
        "this is the {ordinal} time [this week|this month|since {day}|in a fortnight]",
        "[it's|that's] the {ordinal} time [he's done it|it's happened] [now|this month|]",
        "[it's happened|he's done it] {numword} times [now|since {month}|this month]",
        "this isn't the first time[, not by a long way|, it's the {ordinal}|]",
        "it's [not the first time|happened loads of times|been going on for ages]",
        "[I've lost count|I can't even count] how many times [now|he's done it]",
    ),
    "police": (
        "I've already reported {him}[ {time_prev}|]",
        "I rang [you|you lot|the police] [{time_prev}|before] about [this|him|the same thing]",
        "you came out [{time_prev}|before|last time] [and spoke to him|and nothing happened|]",
        "I've got a [crime|reference] number from [last time|{time_prev}|before]",
        "[he's been|he was] [warned|given a warning|spoken to by police] [{time_prev}|before|already]",
        "he was arrested [last time|{time_prev}|in {month}] [and let go|and released|]",
        "he's on bail [not to contact me|and he's not meant to come here|for the last lot]",
        "[the officer|PC {officer}] [said|told me] to [ring|call] if {he} [did it again|carried on|came back]",
        "[I've got|there's] a [log|report] [from|with you from] {time_prev}",
    ),
    "order": (
        "[there's|I've got] a [non-molestation order|non-mol|restraining order|injunction] [against him|on him|]",
        "he's [breached|broken] [his|the] [non-mol|restraining order|order] [again|]",
        "he's not [allowed|supposed|meant] to [contact me|come near me|come to the house]",
        "the court [said|told him] he can't [come within|contact me|come near the kids]",
    ),
    "repeat": (
        "{he} [keeps|just keeps] [doing it|coming back|turning up|ringing|messaging]",
        "{he} won't [stop|leave me alone|take no for an answer|give up]",
        "{he}'s [still|constantly|always] [at it|doing it|messaging me|ringing me]",
        "[again|yet again], [same as before|same as always|like last time]",
        "it's [every night|every day|all the time|constantly|non-stop] [now|at the moment|]",
        "it [just|] keeps [happening|going on|getting worse]",
        "it's [getting worse|escalating|getting more and more]",
        "[this time|and this time] {he} [went further|actually did something|came right up to the door]",
        "[same|same thing] as [last week|last time|before|the other night]",
        "[last week as well|it happened last week too|he did the same last {day}]",
    ),
    "ex": (
        "[ever since|since] we split up[ in {month}|]",
        "{he} can't accept it's over",
        "[since|ever since] I [ended it|left him|finished with him|told him it was over]",
        "my ex [just|] won't [leave me alone|stop|give up][ at all|]",
        "[it started|it's been like this] [when|since] I [moved out|changed my number|met someone new]",
        "we [broke up|split] {period_ago} and [it's been non-stop|he's been like this since]",
    ),
    "neighbour": (
        "ever since [they|he] moved in[ next door|]",
        "it's been going on [since the summer|for months|for about a year] with [him|them]",
        "[he|they] [always|keep] [do|doing] this when I [park|go out|put the bins out]",
        "he's [been|] [having a go|starting on me] [again|every time he sees me]",
    ),
    "messages": (
        "{he}'s [still messaging|messaged again|back messaging]",
        "[new account again|another new account|he's made another account]",
        "{count_many} [missed calls|messages|texts|calls] [since {clock}|today|since yesterday|overnight]",
        "[withheld number|private number] [again|calls all night|every night]",
        "[he's|he keeps] [messaging|contacting] my [friends|mum|sister|work] [too|as well|now]",
        "[bombarding|spamming] me with [messages|calls|voice notes]",
        "I [block|blocked] him and he [just|] [makes|made] [another|a new] [one|number]",
    ),
    "presence": (
        "he was outside my [house|flat|work] again",
        "[he's|he was] [sat|parked] [in his car|across the road|at the end of the street] again",
        "he [follows|followed] me [home|to work|from the bus stop] [again|last week as well|]",
        "he [always|somehow] knows where I've been",
        "[I keep seeing|I see] him [everywhere|round my way|near my work]",
        "[more flowers|another present|another letter] [left|on the doorstep|through the door]",
        "I think he's [put a tracker|tracking my phone|got my location]",
    ),
    "violence": (
        "he's [hit|pushed|grabbed] me before",
        "[it's not the first time he's|he has] [put his hands on me|hurt me|gone for me]",
        "[last time|the time before] he [grabbed my neck|broke my phone|pushed me down the stairs]",
        "he's been [violent|like this] [before|loads of times|for years]",
    ),
    "control": (
        "he [checks|goes through] my phone [all the time|every night|constantly]",
        "he [won't let me|doesn't let me] [see my family|have my own money|go out on my own]",
        "[he's taken|he keeps] my bank card [again|every payday|]",
        "[it's been like this|he's been like this] for [years|months|ages]",
        "[every time|whenever] I go out he [rings|tracks|questions] me",
    ),
    # Habit without "again": the habitual aspect and routines carry the earlier occasions.
    "habit": (
        "{he} [normally|usually] [comes round|turns up|starts] when [he's skint|his money's run out|he's had a drink|he's lost at the bookies]",
        "[whenever|every time] {he}'s had a drink {he} [starts|kicks off|gets nasty|goes for me]",
        "[that's|it's] [just|] what {he} does[ when he doesn't get his way| when he's had a few|]",
        "[that's|it's] how {he} is with me[, has been for years|, always has been|]",
        "[like|same as] {he} always does[ when he's been drinking| on a Friday|]",
        "[most weekends|most Fridays|every Friday night|every payday|every weekend] [it's the same|{he} does this|{he} comes back like that|{he} kicks off]",
        "{he}'s [always|forever] [like this|doing this|the same] when [he's had a drink|he's lost his money|he can't get his way]",
        "[I'm|I've got] used to it [by now|, to be honest|, that's the sad thing]",
        "[it's|this is] how it's been [for years|since his dad died|since he lost his job|since he came out of prison|since we got together]",
        "when {he} [doesn't get|can't get] [money|his own way] {he} [smashes things|shouts the place down|grabs me]",
        "[he gets|{he} gets] like this [when|whenever] [the football's on|he's been on the gear|he's short]",
    ),
    "money_habit": (
        "[every time|whenever] my [money|pension|wages|benefits|Universal Credit] [comes in|goes in|lands] {he}'s [round|at the door|on the phone|there]",
        "the [morning|day] my [money|wages|benefits] [goes in|clears] {he} [turns up|appears|is round first thing]",
        "{he}'s [always|forever] [taking|helping himself to] [my money|my card|cash from my purse|stuff from the house]",
        "{he} [knows|knew] [my PIN|where I keep my purse|when my money goes in] and [he uses it|helps himself|he's straight round]",
        "[by the middle of the month|by Wednesday|before the week's out] I've [got nothing|nothing left|no money for food] [because of him|and that's his doing]",
        "[he has|he's had] my [card|pension book|bank card] [for months|since last year|since Christmas] and I [never see|don't see] [a penny|any of it]",
    ),
    # The earlier occasion was reported but closed without a crime number.
    "prior_nfa": (
        "I rang [you|101|the police] [{time_prev}|before] and [they said|I was told] it [wasn't a crime|was a civil thing|was just a domestic]",
        "[someone|an officer|a PCSO] came out {time_prev} but [nothing got done|they just had a word with him|they said it was words only]",
        "I [reported it|rang it in] [before|{time_prev}] but [I never got a crime number|it just got closed|nobody rang me back]",
        "[last time|the last time I rang] [they said|I was told] it was [a civil thing|a family matter|an HR thing|words only]",
        "it got [logged|put down] as [an incident|a domestic|a dispute] [last time|{time_prev}] and that was it",
        "[there's|I had] a log [from|with you from] {time_prev} [but|and] [no crime number|they closed it|nothing happened]",
    ),
    # What a neighbour or passer-by knows of earlier occasions.
    "witness": (
        "[this isn't the first time|it's not the first time] [I've heard it|it's happened|with them]",
        "[it happens|it's like this] [every weekend|all the time|most nights] [with them|next door]",
        "[police have been|you've been out] [before|loads of times|last month] [to them|to that house|]",
        "I've heard him [hit {vher}|shouting at {vher} like that|going for {vher}] before",
        "{vshe} [told me|said] he's done it before",
    ),
}

# Answers to "has this happened before?" when there is history.
HISTORY_YES = (
    "[Yeah|Yes|Oh yeah|God, yeah], {cue}.",
    "[Loads of times|Yes, loads|Plenty], {cue}.",
    "[Yeah, |]{cue}.",
    "It has, yeah. {cue}.",
    "[Honestly|To be honest], {cue}.",
    "Not [like this|this bad], but {cue}.",
    "I've never [reported it|rung you] before, but {cue}.",
)
# History volunteered late in the call.
LATE_LEAD = (
    "[Oh|Sorry], and [I should say|I forgot to say|one more thing], ",
    "Also[, I meant to say|], ",
    "[And|Oh,] just so you know, ",
    "I should [probably|] [mention|tell you], ",
    "[Sorry, |]before you go, ",
)

# Answers and remarks that say there were no earlier occasions.
COUNTER_STRANGER = (
    "[this is|it's] the first time [anything like this|something like this|this sort of thing] has [happened|ever happened|happened to me]",
    "I'd never seen {him} before [in my life|tonight|]",
    "[nothing|there's been nothing] [before|like this before|at all before][, nothing|]",
    "[I don't know him|{he}'s a complete stranger|never seen him before|{he}'s nobody I know]",
    "it [came|was] [completely|totally|just] out of the blue",
    "it was just [a random|some random] [person|stranger|{a_guy_bare}]",
    "I've [never|not ever] [seen|met|come across] {him} [before|in my life]",
    "[{he} just|it just] [came|happened] out of nowhere",
)
COUNTER_KNOWN = (
    "[this is|it's] the first time [anything like this|something like this|this sort of thing] has [happened|ever happened|happened to me]",
    "[nothing|there's been nothing] [before|like this before|at all before]",
    "it [came|was] [completely|totally|just] out of the blue",
    "[we've|I've] never had any [trouble|bother|problems|issues] with {him} [before|till now|at all]",
    "[he's|he has] never [done anything like this|been like this|acted like this] before",
    "[he's never|he has never] [touched me|said anything like that|been nasty|laid a finger on me] [before|till now]",
    "we've [always|] [got on|been fine|been okay] [till now|until tonight|before this]",
    "[honestly|genuinely], {he}'s never [been like that|done that] [before|with me]",
)
# A caller who did not catch the handler's question, and the handler saying it again.
REPEAT_REQUEST = (
    "Sorry, [could|can] you say that again?", "Sorry, say [again|that again]?", "Sorry, what was that?",
    "[Sorry, |]I didn't [catch|hear] that, can you [say|repeat] it[ again|]?",
    "[Pardon?|What?|Sorry?] [The line's bad.|I didn't hear you.|You went quiet.]",
    "Sorry, [say it again|one more time], [I missed it|the signal's rubbish|you cut out].",
)
REPEAT_LEAD = ("I said, ", "Sorry. ", "", "I was asking, ", "[Sure|No problem]. ", "[Sorry, |]I asked ")
HISTORY_NO = (
    "No, [never|nothing like that|not at all|not once].",
    "No, {counter}.",
    "[Not that I know of|Not really|I don't think so], no.",
    "[No, |]{counter}.",
    "No. [That's why I'm so shocked.|It was totally random.|First time.|It's never happened.]",
    "[Never|No, never], {counter}.",
    "[Nope|No], [that's the thing|honestly], {counter}.",
    "[Just|Only] [tonight|today|this once], [no|yeah], {counter}.",
    "It's [only|just] [started|happened] [tonight|today], {counter}.",
)

# Innocent uses of the cue words, mixed into any call, continuation or not. "opening" phrases
# start a call, "aside" ones are a caller's remark of their own, "closing" ones come with the
# goodbye; the rest are added to what the caller says about the situation.
HARD_NEGATIVE: dict[str, tuple[str, ...]] = {
    "opening": (
        "[Sorry, |]I'm [ringing|calling] [again|back] [because|cos] I [forgot to give|didn't give] you my [postcode|surname|number|address][ before|]. [Also|And|Anyway], ",
        "[Sorry, |]I [rang|called|phoned] [a minute ago|just now|five minutes ago|earlier] [and forgot to say|but didn't give you|and missed out] my [address|postcode|flat number]. [Anyway|So|Also], ",
        "[First time|The first time] I've [ever|] [rung|called] the police[, sorry|, to be honest|], ",
        "I've never [had to do|done] this before[, sorry|, so bear with me|], ",
        "[Sorry, |]I [got cut off|lost signal|got disconnected] [before|a minute ago|just now|earlier] [when I was giving|halfway through|in the middle of giving] my [details|address|number|name]. [Anyway|So|Right], ",
        "[Hiya|Hi], I've been [put through|transferred] [again|twice|from the switchboard][, sorry|, I've been on hold ages|]. ",
        "[Sorry, |]I've been trying to get [through|hold of someone|an answer] [all morning|since eight|for ages|since half nine|all afternoon]. [Anyway|So|Right|Erm], ",
        "[Sorry, |][the line|your line|the 101 line] kept [dropping|ringing out|cutting me off] [all morning|earlier|before][, I've been trying for ages|]. [Anyway|So|Right], ",
        "[Sorry, |]I [rang|called] [before|earlier] and got [cut off|put on hold] [again and again|twice|for ages]. [Anyway|So], ",
    ),
    "aside": (
        "Sorry, I keep [losing my words|losing my train of thought|forgetting what I'm saying][, it's the shock|, sorry|].",
        "[My son|My daughter|The little one|{cfirst2}] keeps [asking|saying] [what's happening|what's going on|if we're okay][, sorry|, hang on|].",
        "[Sorry, |]I'm still [shaking|a bit shaken up|trembling][, to be honest|, look at me|].",
        "Sorry, I'm still [at work|on my shift|at my desk|on my break] so I [need to be quick|can't talk long|might have to go][ in a sec|].",
        "I keep [thinking|wondering if] I should have [done something|said something|called sooner][, you know|].",
        "[Sorry, |]the dog keeps barking[, hang on|, one sec|, shush]. [Right.|Sorry.|]",
        "[Sorry, |]I keep [looking out the window|checking the door|checking my phone][, I can't help it|].",
    ),
    "closing": (
        "I'll [ring|call] [again|back] if I [remember|think of] anything else.",
        "I'll [call|ring] [back|again] if anything [changes|else happens|comes up].",
        "[Honestly, |Sorry, |]first time I've ever had to [ring|call] [you|the police][, so|, sorry|].",
        "Sorry, I keep [going on|rambling|repeating myself].",
        "I keep [thinking|worrying] I've [wasted your time|done something wrong].",
    ),
    "generic": (
        "I've lived [here|on this street|round here] [for years|since {month}|{numword} years|since I was little] and [never had any trouble|it's always been quiet|never had an issue]",
        "it's always [busy|packed|heaving] [round there|on a Saturday|at that time|at {place_out}]",
        "I always [take the bus|walk the dog|cut through] [that way|at night|past {shop}]",
        "I [still|] can't [believe it|get my head round it][, honestly|]",
        "I'd only [just|] [got in|finished work|put the kids to bed|got back from {shop}]",
        "I keep [my phone|my keys|the spare key] [on me|in my pocket|by the door] [now|these days|]",
        "I'm [still|] [in my work clothes|in my uniform|in my pyjamas][, sorry|]",
        "I [always|usually|normally] [park|leave the car] [there|on the street|outside] [on a {day}|when I'm on lates|overnight]",
        "[my husband|my partner|my dad] [always|keeps] [says|saying] I should [get a camera|get a dashcam|get a doorbell]",
        "I [go|walk] [past there|that way] [every day|most days|twice a day] [with the dog|to work|for the school run]",
    ),
    "noise": (
        "every night the music's [loud|blaring|going]",
        "it's [every weekend|every Friday|most nights] [with the parties|with the music]",
        "I've rung the council [three times|twice|loads of times] about it",
        "they always [have people round|play music] [on a Friday|at weekends]",
    ),
    "civil": (
        "I've [rung|called] about this [fence|hedge|parking] [twice|three times|before] and [you said it was civil|nothing happened]",
        "[again|yet again], it's the [fence|bins|parking|hedge]",
        "we've been [arguing|going back and forth] about [the boundary|the money|the deposit] for months",
        "every time I [ask|text] about [the money|the deposit] {he} [ignores me|makes excuses]",
    ),
    "lost": (
        "[second|third] time I've lost [my wallet|my purse|my keys|my phone] this year",
        "I keep [losing|leaving] [things|my stuff] [everywhere|on the bus]",
        "I've [looked|checked] everywhere [again|twice]",
    ),
    "search": (
        "I've [checked|looked] [again and again|over and over|everywhere, twice|three times now]",
        "I keep [looking|checking|going back to look] [in case I missed it|but it's not there|like an idiot]",
        "I rang [the shop|the pub|the bus company|the bank] twice [already|this morning|before I rang you]",
        "I've been trying [all morning|for ages|since nine] to get through[, the line keeps dropping|, sorry|]",
        "I [kept|keep] getting put [through|on hold] [again|and cut off][, it's taken forever|]",
        "I've [gone|been] [back|round] [twice|three times|again] [to look|to check][, nothing|]",
    ),
    "missing": (
        "{he}'s [gone missing|wandered off|gone off] before[, years ago,|] but [always|usually] [rings|turns up] by now",
        "[it's happened|{he}'s done it] before [when {he} was poorly|a couple of times|years back], [but this is different|but never this long]",
        "I've [rung|tried] {his} [phone|mobile|landline] [again and again|over and over|all day]",
        "{he} [always|normally|usually] [rings me|answers|texts back] [every night|by teatime|on a Sunday]",
    ),
    "area": (
        "[there's been|we've had] [a spate of|loads of|a few] [break-ins|sheds done|burglaries] [round here|on the estate|at the allotments] [lately|this winter], [all different|nobody knows who]",
        "the allotments get [done|broken into] [every winter|most years|all the time], [it's a different lot every time|it's never the same people]",
        "[it's the second time|this is the third time] [the shed's|we've] been [done|broken into] [since we moved here|in five years], [different people obviously|no idea who]",
        "[everyone on the street|the whole close] [has had|has had something] [stuff nicked|a break-in] [at some point|this year]",
    ),
    "routine": (
        "my [son|daughter|grandson] [normally|usually] [comes round|pops in] [on a Sunday|on a Wednesday|after work] to [do my shopping|check on me|do my tablets]",
        "I [always|usually] [go|walk] to the [post office|shops|bank] on [a Monday|a Friday|a Thursday]",
        "[most weekends|every Friday] [the family come round|we all have tea together|I have the grandkids]",
    ),
    "work": (
        "I've [rung|emailed] HR [twice|three times|again] [about it|this week][, nobody's got back|]",
        "we [always|normally] [get|have] [difficult customers|complaints|rude people] [on a Monday|at month end], [that's the job|you get used to it]",
        "I [keep|kept] [checking|refreshing] my [emails|phone] [all day|all night][, I can't help it|]",
    ),
    "shop": (
        "we've had [loads of|a lot of|so many] [thefts|shoplifters] [this month|lately|recently], different people",
        "[we get|it happens] [every day|most days|all the time], [it's never the same faces|different people every time|it's kids mostly, different ones]",
        "[I've|we've] [rung|reported] [twice|three times] this week already, [all different people|none of them the same]",
        "it's always [busy|short-staffed] [on a Saturday|at this time]",
        "[every week|every day] we get [someone|people] trying it, [it's a different lot|but not {him}]",
    ),
}
