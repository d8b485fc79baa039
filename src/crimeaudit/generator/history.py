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
    "[Sorry, |]I don't know where to start, my head's all over the place. [No|No, no], {counter}.",
    "[God, |]I wish I'd had some warning. No, {counter}.",
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


# --- earlier occasions told as a story --------------------------------------------------
# Some callers never say "again" or "third time": they tell the history as a story, with the
# life event it started from, the months it has lasted, what happened at Christmas or in the
# summer, what they have done to cope, how it grew, and who else has seen it. A share of
# course-of-conduct calls (NARRATIVE_SITUATIONS) carries its history only this way. The words
# must not decide the label on their own, so calls that are not continuations get the same kind
# of background (a divorce, a move, a changed number, an old burglary) with no earlier occasion
# of the conduct (BACKGROUND).
#
# A phrase may start with a tag saying which relations it fits (see NARRATIVE_TAGS): "#v"
# earlier violence, "#home" living together or having lived together, "#money" money taken by
# someone close, "#work" a colleague or customer, "#near" a neighbour, "#away" someone the caller
# could move or hide from. Untagged phrases fit any relation.

NARRATIVE_SITUATIONS = frozenset({"harassment", "stalking", "coercive_control", "domestic_assault",
                                  "family_abuse", "malicious_comms", "workplace_comms"})
# Where a course of conduct may be only implied (dialogue: implied plan): the same, and the
# offences that continue conduct between people who know each other (damage by an ex, abuse from
# a neighbour).
IMPLIED_SITUATIONS = NARRATIVE_SITUATIONS | {"criminal_damage", "public_order", "assault"}
# Tags a relation allows (earlier violence is allowed only where NARRATIVE_VIOLENT says so).
NARRATIVE_TAGS: dict[str, frozenset[str]] = {
    "ex": frozenset({"v", "home", "away", "kids"}),
    "partner": frozenset({"v", "home", "money", "kids"}),
    "family": frozenset({"v", "home", "money"}),
    "adult_child": frozenset({"v", "home", "money"}),
    "sibling": frozenset({"v", "home", "money"}),
    "neighbour": frozenset({"near", "away"}),
    "colleague": frozenset({"work"}),
    "customer": frozenset({"work"}),
}
NARRATIVE_TAGS_OTHER = frozenset({"away"})  # acquaintances, people online, strangers
NARRATIVE_VIOLENT = frozenset({"domestic_assault", "coercive_control", "family_abuse", "harassment",
                               "stalking"})

# Situations where a lookalike tagged "#night" (it blew up once, tonight) or "#civil" (an ongoing
# dispute that is no offence) fits.
BACKGROUND_NIGHT = frozenset({"assault", "domestic_assault", "domestic_argument", "public_order",
                              "threats_weapon", "criminal_damage", "sexual_assault", "family_abuse"})
BACKGROUND_CIVIL = frozenset({"civil_dispute", "boundary_dispute", "advice", "workplace_dispute"})

# How long it has gone on, told by the life event it started from (chosen by relation in
# context.build_slots as the slot {onset}).
ONSET: dict[str, tuple[str, ...]] = {
    "ex": (
        "since the divorce[ went through|]", "since we separated[ in {month}|]", "from [when|the day] I moved out",
        "since I [left|finished with] him[ in {month}|]", "[after|since] I ended it[ in the spring|]",
        "since the [court hearing|hearing] about the kids", "since I [started seeing|met] someone [new|else]",
        "from the week he moved his stuff out", "since I got the house [in the settlement|back]",
    ),
    "partner": (
        "since the baby was born", "since he lost his job", "[from|since] when we moved in together",
        "since I went back to work[ after the baby|]", "since his mum died", "since we got married",
        "from the day we moved [to {town}|away from my family]", "since I [got|started] my new job",
        "since he [got|was] [laid off|made redundant]", "since [we|I] had the twins",
    ),
    "family": (
        "since he moved back in[ with me|]", "since [dad|his dad|my husband] passed", "since he lost his job",
        "since mum went into the home", "since the will was read", "since he came out of prison",
        "since I had my fall", "since [he split with|his girlfriend threw him out of] [his girlfriend|the flat]",
        "since his marriage broke up",
    ),
    "neighbour": (
        "since they moved in[ next door| upstairs|]", "since I [complained|rang the council] about [the dog|the noise]",
        "since the new fence went up", "from the day the extension went in",
        "since I [objected to|put in a complaint about] his planning application", "since the [row|argument] over the parking",
    ),
    "colleague": (
        "since I got the promotion[ he wanted|]", "since the restructure", "[since|from when] I started in [the team|his department]",
        "since the Christmas do", "since I turned him down at [the leaving do|a work night out]",
        "since the start of term", "since I [raised|put in] a grievance",
    ),
    "customer": (
        "since we [refused|turned down] his [claim|application]", "since his account was closed",
        "since his tenancy was ended", "since his complaint [was turned down|didn't go his way]",
        "since I [took over|was given] his case", "since we [stopped|cancelled] his [contract|service]",
    ),
    "other": (
        "since I turned him down", "since that night out in {month}", "since I stopped replying",
        "since we matched on [an app|a dating app]", "since the start of term", "since I met him at the gym",
        "since I [blocked|unfollowed] him [in {month}|last year]", "since the party at [my friend's|Christmas]",
    ),
}
NARRATIVE_SLOTS: dict[str, tuple[str, ...]] = {
    # a stretch of time the conduct has lasted
    "span": (
        "the best part of a year", "eighteen months", "nearly two years", "a good six months",
        "well over a year", "about nine months", "three years", "most of this year",
        "the last four months", "a year and a half", "getting on for a year", "over two years",
        "the whole of last year", "[five|seven|eight|ten] months",
    ),
    # when an earlier occasion happened, as a caller dates it
    "when_past": (
        "in the summer", "at Christmas", "back in {month}", "on my birthday", "around Easter",
        "on bonfire night", "over the bank holiday", "in the spring", "just before Christmas",
        "on New Year's Eve", "the weekend of my [sister's|friend's|cousin's] wedding",
        "[over|during] the half term", "in {month}", "the week I [started my new job|moved in|came back off holiday]",
        "last [summer|autumn|winter]",
    ),
}

NARRATIVE: dict[str, tuple[str, ...]] = {
    # how long, told through life events and months
    "onset": (
        "[it's all|this has all|the whole thing's] [been going on|been like this|been happening] {onset}",
        "[honestly, |]this has been my life for {span}",
        "it's been {span} [of this|like this|now][, honestly|, if I'm truthful|]",
        "[I haven't had|I've not had] a [normal|proper|peaceful|quiet] [month|week] {onset}",
        "[it goes|this goes|all this goes] back [a long way|to last year|to the summer|to {month}|years][, this|, honestly|]",
        "{onset} [it's been one thing after another|there's been something most weeks|I've had no peace|my life hasn't been my own]",
        "[if I'm honest|to be fair|looking back], it's [been like this|not let up|been one thing or another] {onset}[, that's {span}|]",
        "I [think|reckon] it's been [going on|like this] [for|] {span}[ if I add it all up|, on and off|]",
        "it [didn't start|hasn't just started] [today|tonight|this week], it's been [like this|building|going on] {onset}",
        "[it's been|I've had] {span} of [it|this|him], [near enough|give or take|more or less]",
    ),
    # earlier occasions with specifics, in the past or past perfect
    "past": (
        "{when_past} [he|{rel}] [turned up|showed up|appeared] at my [mum's|door|friend's house|flat] [and made a scene|shouting the odds|and wouldn't leave|and I had to hide in the back]",
        "{when_past} he [sent|left] me [a voicemail|a letter|a long message|a card] [saying|that said] [I'd regret it|he knew where I was|I'd be sorry|he wasn't going anywhere]",
        "[there was|I remember] [the|that] [night|weekend|day] {when_past} when he [wouldn't leave me alone|was waiting for me|sent me about fifty messages|rang me through the night]",
        "[before this|before tonight|before today], the [worst|last big] one was {when_past}, when he [messaged my friends|turned up out of nowhere|said things I can't repeat]",
        "he'd [done|said] [something similar|the same sort of thing|much the same] {when_past}[ and I let it go| but I didn't ring anyone| and I just ignored it|]",
        "{when_past} I [found|had] [messages|a note|a letter] from him [on my car|through the door|on all my apps]",
        "#v {when_past} he [smashed|broke|threw] my phone [against the wall|on the floor|out of the car window|in the bath]",
        "#v he'd [thrown|chucked] [a plate|a mug|the remote|a glass] at me [once before|the year before|{when_past}]",
        "#v the last time he [did that|went like that|lost it like that] I [ended up in A&E|had a black eye for a week|had to stay at my sister's|couldn't go into work]",
        "#v {when_past} he [had me up against|pinned me to|pushed me into] the [wall|door|kitchen counter][ and I told everyone I'd fallen| and I never told anyone|]",
        "#v [he'd|he had] [grabbed|twisted] my [arm|wrist] [once before|{when_past}] [and left bruises|so hard it marked|and I covered it up]",
        "#home {when_past} he [took|hid] my [keys|bank card|phone|passport] [for days|so I couldn't go out|till I did what he wanted]",
        "#home {when_past} he [locked me out|wouldn't let me out of the bedroom|took the car keys so I couldn't leave]",
        "#home he'd [gone through|read] [all my messages|my phone|my emails] {when_past} and [made me delete|blocked] [half my contacts|my friends]",
        "#money {when_past} he [had|took] [my bank card|money out of my purse|my pension|my savings] [and said it was a loan|and I never saw it back|and I said nothing]",
        "#money [he'd|he had] [cleared out|emptied] my [account|savings|Post Office account] {when_past}[ and I covered for him| and I didn't want to cause a fuss|]",
        "#money {when_past} he [talked me into|made me] [signing|taking out] a [loan|credit card] in my name",
        "#work {when_past} he [sent|copied in] [an email|a message] [to the whole team|to my manager|to half the office] [about me|calling me names|saying I was useless]",
        "#work at the [Christmas do|leaving do|team night out] he [cornered me|said he'd make my life hell|grabbed my arm and wouldn't let go]",
        "#work {when_past} he left a voicemail on [my desk phone|the office line|my work mobile] [that my manager heard|swearing at me|saying he'd wait for me]",
        "#work the last time he [came in|came to the office|rang the office] he [threatened the girl on reception|threw a chair|had to be walked out]",
        "#near {when_past} he [poured|tipped] [bleach|paint|weedkiller] [over my plants|on my car|on the path]",
        "#near {when_past} he [threw|lobbed] [fireworks|stones|eggs] [over the fence|at my window|at my car]",
        "#near {when_past} he [stood|was stood] at the [fence|window] [filming me|staring at me] [for hours|the whole afternoon] while I was in the garden",
        "#away {when_past} he [followed|walked behind] me [from the station|all the way home|round the supermarket] [and I had to duck into a shop|and I pretended not to notice]",
        "#away {when_past} he [made|set up] [a fake profile|an account] [with my photos|in my name] [and messaged people I know|and posted about me]",
        "#away {when_past} he [found out|worked out] [where I'd moved to|my new address|where I work now] [within a week|somehow|through a friend]",
    ),
    # what the caller has had to do because of it
    "coping": (
        "I [changed|had to change] my number [in {month}|last year|{when_past}] [because of him|to get away from him][ and he found the new one| and it made no difference|]",
        "I've [blocked|had to block] him on [everything|{platform}|WhatsApp and Facebook|all my socials][ since {month}|]",
        "I've [kept|been keeping] a diary [of what he's done|since {month}|since it started|like the lady from Women's Aid said]",
        "I've [got|saved] [screenshots|all the messages|a folder of screenshots] [going back to {month}|from the summer|on my laptop]",
        "I [told|had to tell] my [manager|boss|HR|the school] [about him|{when_past}] [so they'd know his face|in case he turned up]",
        "I [got|had] a [doorbell camera|Ring doorbell|camera over the door] [put in|fitted] [because of him|after what happened {when_past}]",
        "I [started|have started] [walking a different way home|getting the later bus|parking round the back|going to a different gym] [because of him|after what happened {when_past}]",
        "[my sister|my mum|a friend|my dad] [walks|drives] me [to work|to the car|home] [these days|now] because of him",
        "#home I had the locks changed [after he moved out|in {month}|when I found out he'd kept a key]",
        "#away I [moved house|moved to my mum's|moved across town|gave up my flat] [to get away from him|because of him][ in {month}| last year|]",
        "#away I [came off|deleted] [social media|{platform}|all my accounts] [because of him|{when_past}][ and he made new ones to find me|]",
        "#money I [opened|had to open] a [new bank account|separate account] he [doesn't know about|can't get at][ in {month}|]",
        "#work I [asked|had] to [move desks|change shifts|work from home] [because of him|{when_past}]",
        "#near I [put up|had to put up] [a camera|a higher fence|trellis] [because of him|after what happened {when_past}]",
        # the effects of a long campaign, said in passing (the caller's life has changed around him)
        "I don't go out [on my own|after dark|in the evenings|unless someone's with me] [now|these days|any more] because of him",
        "I've [changed|had to change] [my route to work|the way I walk home|which bus I get|the times I leave the house] [because of him|so he can't wait for me|so he doesn't know where I'll be]",
        "I've got a [panic alarm|personal alarm|little alarm on my keys] [now|these days|since {month}] because of him",
        "[the police|you lot|they] [fitted|put in|gave me] a [panic alarm|TecSOS phone|alarm] [in {month}|last year|when it got bad][, I've got it in my hand|, it's by the bed|]",
        "I've [kept|been keeping] a log of [what he sends|his messages|the dates and times|all of it] [on my phone|in a notebook|for my solicitor|since {month}]",
        "I screenshot [whatever he sends|anything he sends|the lot] [now|straight away|as soon as it comes in][, like I was told to| for evidence|]",
        "my [sister|mum|best friend|brother|cousin] [has been staying over|sleeps on my sofa|has moved in with me] [since {month}|for a few weeks now|at the moment] because of him",
        "I sleep with my phone [under my pillow|next to me|on charge by the bed] [now|these days] [because of him|in case he comes]",
        "I've got a bag packed [by the door|in the boot|at my mum's] [just in case|in case I need to go quick|because you never know with him]",
        "I don't answer the door [now|any more|after dark] [unless I know who it is|without checking the camera first|because it might be him]",
        "I [look up and down the street|check the cars outside|check the camera] before I [go out|leave the house|open the curtains][ now|, that's my life now|]",
        "#kids I [moved|had to move] the kids' school [because of him|so he wouldn't know where they were|in {month}]",
        "#kids I [don't take|stopped taking] the kids to [the park|my mum's|their swimming] [on my own|the usual way] [because of him|in case he's there]",
        "#home I've got [a spare phone|a bank card|a set of keys] [hidden|put away] [at work|at my mum's|in the car] where he can't [find it|get at it]",
        "#away I [gave up|stopped going to] [the gym|my classes|church|my Friday club] because he [found out I went|knew I'd be there|turned up there]",
        "#near I [don't use|haven't used] the [back garden|front garden|side path] [since the summer|since {month}|in months] because of him",
        "#near I [have|leave] the [front curtains|blinds] shut [all day|most of the time] [now|these days] because he [stands there watching|looks straight in]",
        "#work I [asked|had] to be [moved off the front desk|put on a different site|taken off his account] because of him",
    ),
    # how it grew
    "escalation": (
        "it started with [texts|the odd message|comments|little digs], then he [started turning up|was waiting for me outside|started on my friends|started messaging people I know], [and now this|and now it's this|and now tonight]",
        "[at first|to begin with] it was [just|only] [messages|name-calling|little digs|comments], [then|but then] [it got nastier|he started following me|he started turning up|the threats started]",
        "it's gone from [messages|words|looks] to [turning up|threats|him being at my door|shouting in my face] [over {span}|in a few months|since {month}]",
        "#home it started with [him checking my phone|comments about my clothes|him being moody], then [he started taking my money|I wasn't allowed out|he stopped me seeing my mum], [and now this|and now it's this|and now tonight]",
        "#v [at first|to begin with] it was [shouting|name-calling|him smashing things], [then|but then] it got physical {when_past}, [and now this|and tonight he's gone further|and I'm scared now]",
        "#work [at first|to begin with] it was [comments in meetings|emails|little digs in front of people], [then|but then] [the messages started|he started waiting for me after work|he got my personal number], [and now this|and now it's threats]",
        "[it was|it started as] [little things|silly stuff|snide comments] {onset} and it's [built|grown] [from there|up and up|into this]",
        "[first|first off] it was [the messages|the calls|him going through my phone], then [my friends|my work|my family] [got dragged in|started getting them], and [now|tonight|today] [this|he's done this]",
        "he used to [just|only] [message|ring|send texts|send emails], [now|but now|these days] he [turns up|waits outside|comes to the house|comes to my work]",
        "it's [got worse|got a lot worse|got nastier|gone a lot nastier|got scarier] since [{month}|the summer|I stopped answering|I blocked him|I changed my number]",
        "[it was only ever|before it was only|up to now it was] [words|messages|online|on the phone], [tonight|today] he [came to the door|came to my work|was outside the house|said he'd kill me]",
        "he's never [come to the house|turned up at my work|been to the door|threatened me] before, it was [all|only ever] [online|messages|phone calls]",
        "I [thought|hoped] it would [die down|calm down|stop] [in {month}|when I moved|once I blocked him|after Christmas], but it's [got worse|gone the other way|only got worse]",
        "#home [he was|it was] [moody|jealous|controlling] [from the start|for a long time], but [lately|since {month}|this last year] it's got [scary|worse|out of hand]",
        "#near it's [got worse|stepped up|gone up a level] since [the fence went up|I complained to the council|his mate moved in|the summer]",
    ),
    # other people have seen it before
    "seen": (
        "[my friends|my sister|my mum|the neighbours|people at work] [have seen|saw] [what he's like|him do it|him turn up] [{when_past}|before]",
        "#away the school [saw|noticed] him [at the gates|waiting outside|in the car park] [{when_past}|before half term] and [rang me|told me]",
        "#home the [lady|man|couple] next door [heard|had heard] [the shouting|him screaming at me|the banging] [{when_past}|before] and [asked if I was okay|knocked on]",
        "my [manager|supervisor|team leader] [had to|once had to] [walk me to my car|ask him to leave|step in] [{when_past}|before Christmas]",
        "[my mum|my sister|my best friend] [was there|saw it] {when_past} when he [lost it|went for me|started on me][, she'll tell you|, she can tell you|]",
        "[half the street|everyone at work|my whole family] [knows|has seen] what he's [been like|done] [{onset}|this past year]",
        "my [neighbour|friend|sister] [rings|texts] me [whenever|if ever] she sees his car [on the street|outside|round here]",
        "[my friends|my family|the people I work with] [all know|know] his car[, that's how bad it's got|, they look out for it|]",
        "#near the other neighbours [have seen|know] what he's like[, ask anyone on the street|, they'll tell you|]",
        "#near [the lady at number {num2} has|the couple at number {num2} have|the family opposite have] got him on their camera [before|too|going back months]",
        "#away [security at work|the security guards at work|reception at my work] [have got|know] his [face|photo|car reg] [now|because of him]",
        "#work [security|the security team|the site manager] [have|had] to [walk me out to my car|escort him off site|stop him at the gate] [{when_past}|before]",
        "#kids the school [know about him|have got his photo|know not to let him collect the kids|ring me if he's at the gates]",
        "#kids the [nursery|school office|childminder] [have been told|know] [not to hand the kids over to him|to ring me if he turns up]",
    ),
    # support and safeguarding already in place because of him: a worker, a plan, a marker,
    # a risk form, conditions, a statement given before
    "agency": (
        "#home my [IDVA|support worker|worker from Women's Aid|domestic abuse worker] [told me to ring|said I should ring you|said to ring 999 if he came near]",
        "#home there's [meant to be|supposed to be] a [marker|flag|warning] on my address[ because of him|, she said|]",
        "#home I've [got|done] a safety plan [with my IDVA|with Women's Aid|with the refuge|with my support worker][ and this is what it says to do|]",
        "#home [they did|I did] [one of those risk forms|the DASH thing|a DASH form|the risk assessment] [with me|with an officer] [in {month}|at the hospital|at the start of the year]",
        "#home [the lady from the refuge|my support worker|Women's Aid] [helped me get|got me] [the locks done|a new phone|the alarm|a solicitor]",
        "#home [my case|it all] [went to|got talked about at] [MARAC|a MARAC|one of those big safety meetings][, my IDVA said| in {month}|]",
        "#kids [social services are|the social worker is|there's a social worker] involved because of [him|what he's done|what the kids have seen]",
        "I gave a statement [in {month}|back in the summer|at the station|on video] about him and [nobody's been back to me|it's with the CPS|I'm waiting to hear]",
        "he's got conditions not to [contact me|come to my road|come to the house|come to my work]",
        "[isn't he|I thought he was] [meant to be|supposed to be] on conditions[?|, not to come here|]",
        "[I've got|I was given] a [stalking advocate|worker from the stalking service|victim support worker] [because of him|in {month}][ and she said to ring|]",
        "the [officer|PC|detective] [dealing with him|on my case|who took my statement] [gave me|left me] [a card with a direct number|her direct number|a number to ring][ if anything happened|]",
        "my solicitor's [applying for|sorting out|getting] [an injunction|an order|a protective order] [at the moment|as we speak|for me]",
        "#near the [council's|housing's] [ASB|anti-social behaviour] [officer|team] [have got|has got] a file on him [this thick|going back months|already]",
        "#near [my housing officer|the housing|the council] [gave me|told me to fill in] [diary sheets|incident sheets|those log sheets] [about him|for him]",
        "#work [HR|my manager|occupational health|the union rep] [have got|know about|have seen] [all of it|the whole history|the file] with him",
    ),
    # the children and what they have learned
    "kids": (
        "#kids the kids [are terrified|get scared|go really quiet|go upstairs] whenever he [comes round|turns up|rings|pulls up outside]",
        "#kids [my youngest|my little one|my eldest] [hides|goes and hides|starts shaking] [the minute|as soon as] [his car pulls up|they hear his voice|the key goes in the door]",
        "#kids [the kids know|my eldest knows|the kids have learned] [not to open the door|to go up to their room|to ring my mum] if he [turns up|comes round|starts]",
        "#kids [the kids|my two|my eldest] [don't want|won't] [to go to contact|to see him|to go to his] [now|any more|after what they've seen]",
        "#kids [my eldest|my daughter|my son] [sleeps|has been sleeping] in my bed [since {month}|since it all started] [because of him|, they're that frightened]",
        "#kids [my eldest|the older one] [stands in front of|gets between] me and him now[, and they're only little|, at that age|]",
    ),
    # blocked, and a new number or account to get round it
    "blocked": (
        "I block one [number|account|profile] and a [new one|different one] [pops up|messages me|appears] [the same day|within the hour|by teatime]",
        "I [don't even know|couldn't tell you] how many [numbers|accounts|profiles] he's [got|used|made] [now|by now|to get to me]",
        "[my blocked list is|my block list is|my blocked numbers are] [full of him|just him|all his accounts]",
        "he [uses|messages from] [different numbers|his mates' phones|a new profile|fake accounts] [so I can't block him|to get round the block|whenever I block him]",
        "#away he [messages|gets at] me through [my friends|my sister|people I used to work with] [since|now that] I've blocked him",
        "#work he [emails|messages] me from [his personal account|a different address|his wife's email] [since|now that] [IT blocked him|I blocked his work email]",
    ),
}

# The handler's question that invites the story, and the caller's lead into it unasked.
Q_STORY = (
    "[How long|And how long] has [this|all this] been going on[ for|]?",
    "[Can you|Could you] give me a bit of [background|history|the background][ with {him}|]?",
    "When did [all this|this|it] [start|begin]?",
    "[Okay, |]tell me a bit about [the history|what's gone on before|how it started].",
    "[And |]what's the background [to this|with {him}|here]?",
    "[Has|Is there] anything [led up to|gone on before] [this|tonight|today]?",
)
STORY_LEAD = (
    "[Can I|Do you mind if I] [just |]give you [the background|a bit of background|the back story]?",
    "[There's|There is] a [lot|bit] of [background|history] [to this|here], [to be honest|sorry|if that's okay].",
    "[It's|It is] a [long story|bit of a long story][, sorry|, bear with me|].",
    "[Sorry, |]I [need|want] to [explain|tell you] how [this started|it got to this|we got here].",
    "[Well, |]where do I [start|begin][, honestly|]?",
    "[Honestly, |]how long have you got?",
    "[It's|This is] not [new|out of nowhere], [I'll say that|put it that way|I can tell you that].",
    "[You need to know|I should tell you] [what's gone on|what I've been dealing with|what it's been like], [really|to be fair].",
)
# The first words of an answer to "how long has this been going on?" that says only how much
# there is to tell (an implied history).
STORY_ANSWER_LEAD = (
    "[Honestly? |Ha. |]How long have you got?",
    "[God, |]where do I even [start|begin]?",
    "[Longer than I'd like|Longer than anyone knows], [put it that way|to be honest].",
    "[Don't|You don't want to] get me started.",
    "[Mm.|Yeah.] Not [just|only] [tonight|today], [put it that way|I'll tell you that].",
)
NARRATIVE_YES = (
    "[Yeah|Yes|Mm], {cue}.",
    "[Well, |]where do I [start|begin]. {cue}.",
    "It's a long story[, to be honest|]. {cue}.",
    "Not [this exactly|like this], [no|], but {cue}.",
    "[Honestly|To be honest], {cue}.",
    "[Yeah|Yes], [I suppose|I mean|if I'm honest], {cue}.",
    "I've never [reported|rung about] [any of it|it] [before|till now], but {cue}.",
    # answered indirectly: the question is met with how much there is to tell
    "[Ha. |God. |]How long have you got? {cue}.",
    "[Honestly, |]where do I even [start|begin]? {cue}.",
    "I wish I could say no. {cue}.",
    "[Put it this way|Let's just say], {cue}.",
    "You [should|probably] have his name on your system[, to be fair|, somewhere|]. {cue}.",
    "If I [told you|went through] [all of it|the lot] we'd be here [all night|all day|till tomorrow]. {cue}.",
    "Not [tonight|today|like this], no. But {cue}.",
    "[Mm.|Yeah.] [Not out of nowhere, no.|It's not new, no.] {cue}.",
)

# Counter-examples: life events and old, unrelated facts told in calls that are not
# continuations. "#known" phrases name the other party (someone the caller knows) and say there
# was no earlier trouble with them.
BACKGROUND = (
    "I [went through|had] a divorce [last year|a couple of years ago|in {month}], [but that's all sorted|nothing to do with this|that was all amicable|]",
    "I only moved [here|to {town}|into this flat] [in {month}|last summer|after the divorce|{when_past}][, so I don't really know anyone|, it's all new|]",
    "I lost my job [in the spring|at Christmas|last year] so [money's tight|I'm home a lot more|I'm around in the day]",
    "the baby [was born|came] in {month} so [I'm not sleeping|I'm all over the place|the house is chaos][, sorry|]",
    "we had a break-in [years ago|at the old house|when I lived in {town}|back in {month}] but [they never caught anyone|that was totally different|that was kids, they said]",
    "I changed my number [last year|in {month}|a while back] [because of scam calls|when I switched networks|for work|when I lost my phone]",
    "we [went|were] [to Spain|away|on holiday|camping] [in the summer|at Easter|{when_past}] and [it was fine|nothing happened|it was lovely]",
    "I [started|began] [a new job|college|uni|a new course] [in September|at the start of term|in {month}][, so it's been a lot|]",
    "my [mum|dad|nan|grandad] [passed|died] [at Christmas|in {month}|last year] so [it's been a hard year|I'm not myself|I'm a bit all over the place]",
    "I've had [a doorbell camera|a Ring doorbell|a camera on the drive] [since I moved in|for years|because parcels used to go missing]",
    "I keep a [diary|journal] [anyway|for my anxiety|for my counselling|for my health][, so I know the time|]",
    "#alone I've lived on my own [since the divorce|since my husband died|since the kids left home|for years]",
    "I [blocked|came off] [Facebook|{platform}|social media] [ages ago|last year] [for my mental health|because of the news|to get off my phone]",
    "my [car|bike|shed] got [done|broken into] [years back|when I lived in {town}|a few years ago][, different area|, nothing like this|]",
    "I [work|do] [nights|shifts|lates] [since I changed jobs|since the spring|these days] so I [sleep in the day|wasn't expecting anyone]",
    "we [had|went through] a [rough patch|hard time] [last year|{when_past}] [with money|with my health|when I was off sick], [but that's behind us|but nothing like this|and we got through it]",
    "I've moved [house|flats] [twice|a couple of times] [in {span}|since the divorce|for work], so [my address might be old on your system|I'm not on the electoral roll yet|bear with me on the postcode]",
    "my [old|last] number got [hacked|cloned|spammed] [last year|{when_past}] so I [changed it|got a new one][, that's why it's new|, nothing to do with this|]",
    "I [started|have started] [walking|cycling|getting the bus] to work [since the spring|this year|since I sold the car] [for my health|to save money|to get fit]",
    "[we|I] had the locks changed [when we moved in|when I bought the place|after I lost my keys][, like you do|, that's all|]",
    "I [told|let] my [manager|boss] know I'd be [late|off] [today|this morning] [because of the car|because of all this][, she was fine about it|]",
    "#known I [hadn't seen|hadn't spoken to] him [since school|in years|since the wedding|since {when_past}] [and|but] [we'd always got on|there was never any bad blood|it was all fine]",
    "#known he [went away|moved away|was working abroad] [for a while|last year|{when_past}] and [came back|only got back] [in {month}|recently], [we've never had a problem|but there's no history between us]",
    "#known he [lost his job|moved out|split with his girlfriend|had a hard year] [in the spring|last year|{when_past}] but [we've never had a cross word|there's never been anything like this|he's never been nasty with me]",
    "#known we've [known each other|been together|lived here] [years|since school|{span}] and [there's never been any trouble|nothing like this has ever happened|he's never so much as raised his voice]",
    "#known [he|{rel}] [went through a lot|had a rough time] [{when_past}|last year] [with his dad dying|with work|with money], but [he's never taken it out on me|I've never been scared of him before|this is out of character]",
)
# The words of a long campaign (an alarm, a camera, a log, a worker, a new number, a new route,
# "it got worse", "where do I start") where there has been none: the counterparts of the implied
# histories (dialogue: implied plan), part of BACKGROUND and drawn a little more often than the
# rest of it. "#night" fits a call about something that blew up once (BACKGROUND_NIGHT),
# "#civil" an ongoing dispute that is no offence (BACKGROUND_CIVIL), "#kids" a partner or ex
# the caller has children with, "#adult" a call that is not about a child.
BACKGROUND_LOOKALIKE = (
    "[we all|half the road|the whole close] got [doorbell cameras|Ring doorbells|cameras] after [the break-ins|a car got done|the parcel thefts] [last winter|in {month}|round the corner][, so there might be something on mine|]",
    "I've got [a panic alarm|an alarm pendant|a Lifeline pendant|one of those care alarms] [for my falls|because of my heart|for my epilepsy|since my stroke][, nothing to do with this|]",
    "I've been keeping a [diary|log] for [the housing association|the council|my landlord] about [the damp|the repairs|the mould|the boiler][, that's a whole other story|, separate thing|]",
    "I've got a support worker [for my mental health|through the housing|for my benefits|from the council][, she comes on a {day}|, she helps me with forms|]",
    "#adult my [daughter|son] has a social worker [for their disability|through the school|for the autism][, nothing to do with this|, different thing|]",
    "my friend [works for Women's Aid|is a support worker|works at a refuge] and she [said I should ring you|told me to report it|said not to leave it]",
    "I got a new number [last month|in {month}|recently] because I was getting [spam calls|scam texts|those PPI calls] [day and night|all day|nonstop][, so not many people have it|, that's why it's new|]",
    "I've been [taking a different route to work|going a different way home|getting a different bus] [because of the roadworks|since they shut the bridge|since the 42 stopped running]",
    "we moved the kids' school [when we moved house|in September|because of the bullying][, nothing to do with him|, that was the school's fault|]",
    "my sister's [staying with me|been stopping at mine|on my sofa] [this week|for a bit|at the moment] [while her flat's being done|because she's between places|since she split with her fella]",
    "I sleep with my phone by the bed [because of my mum|in case the care home rings|for work|because I'm on call]",
    "I don't go out much [since my operation|since the pandemic|because of my knees|since I retired][, so I'm usually in|]",
    "there's a [marker|flag|note] on my address [because of my oxygen|because I'm registered disabled|because of my son's condition|because I'm deaf][, the fire brigade put it on|]",
    "I gave a statement [last year|in {month}|a while back] [about a crash I saw|as a witness to a car crash|about my stolen bike], [totally different thing|nothing to do with this|that's the only time I've dealt with you]",
    "I [block|report] [spam accounts|scam numbers|random numbers] [all the time|most days], [it's just bots|it's never anyone real|you get used to it]",
    "I [keep my phone on loud|have my phone on me] [because I'm on call|because I'm a carer for my mum|in case the school rings]",
    "I've got a bag packed [for my mum's hospital stays|because my dad's in and out of hospital|for the hospital, with my mum being poorly]",
    "#night [it was fine|everything was fine|we were having a laugh] [at first|at the start of the night|till about ten], then it [got worse and worse|escalated really quick|just went downhill][, all in about half an hour|]",
    "#night it [got worse|escalated|went downhill] [as the night went on|within about ten minutes|once he'd had a few more][, but there's never been anything before| and that's when I rang|]",
    "#night [it started with|first it was] [shouting|him swearing|a row about the bill|a look], then [it got heated|he started on me|it spilled out into the street], [all in about five minutes|and that's when I rang|all in the space of an hour]",
    "#night [sorry, |]it's hard to know where to start, [it all happened so fast|it was over in seconds|my head's all over the place]",
    "#night [the neighbours|people in the street|the lady over the road] [came out|saw it|heard it all] [tonight|when it kicked off|just now][, they'll tell you|, they can back me up|]",
    "#night [security at work|our security|the door staff] [have got|kept|are getting] [the footage|the CCTV|his picture] from [today|this morning|tonight]",
    "#civil I've kept a log of [all the calls|all the emails|everything] [with them|with the company|with him] [for the small claims|for my solicitor|for the ombudsman]",
    "#civil it's [got worse|gone downhill] since [I asked for the money back|I put it in writing|I complained|the spring], but it's [about money, really|all about the job|a paperwork thing, I know]",
    "#kids [the kids are|my daughter's|my son's] [terrified|in bits|shaking] [after tonight|after what they saw], they've never seen him like that",
)
BACKGROUND += BACKGROUND_LOOKALIKE
