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
# Tags a relation allows (earlier violence is allowed only where NARRATIVE_VIOLENT says so).
NARRATIVE_TAGS: dict[str, frozenset[str]] = {
    "ex": frozenset({"v", "home", "away"}),
    "partner": frozenset({"v", "home", "money"}),
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
        "I [got|had] a [doorbell camera|Ring doorbell|camera over the door] [put in|fitted] [because of him|after {when_past}]",
        "I [started|have started] [walking a different way home|getting the later bus|parking round the back|going to a different gym] [because of him|after {when_past}]",
        "[my sister|my mum|a friend|my dad] [walks|drives] me [to work|to the car|home] [these days|now] because of him",
        "#home I had the locks changed [after he moved out|in {month}|when I found out he'd kept a key]",
        "#away I [moved house|moved to my mum's|moved across town|gave up my flat] [to get away from him|because of him][ in {month}| last year|]",
        "#away I [came off|deleted] [social media|{platform}|all my accounts] [because of him|{when_past}][ and he made new ones to find me|]",
        "#money I [opened|had to open] a [new bank account|separate account] he [doesn't know about|can't get at][ in {month}|]",
        "#work I [asked|had] to [move desks|change shifts|work from home] [because of him|{when_past}]",
        "#near I [put up|had to put up] [a camera|a higher fence|trellis] [because of him|after {when_past}]",
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
    ),
    # other people have seen it before
    "seen": (
        "[my friends|my sister|my mum|the neighbours|people at work] [have seen|saw] [what he's like|him do it|him turn up] [{when_past}|before]",
        "#away the school [saw|noticed] him [at the gates|waiting outside|in the car park] [{when_past}|before half term] and [rang me|told me]",
        "#home the [lady|man|couple] next door [heard|had heard] [the shouting|him screaming at me|the banging] [{when_past}|before] and [asked if I was okay|knocked on]",
        "my [manager|supervisor|team leader] [had to|once had to] [walk me to my car|ask him to leave|step in] [{when_past}|before Christmas]",
        "[my mum|my sister|my best friend] [was there|saw it] {when_past} when he [lost it|went for me|started on me][, she'll tell you|, she can tell you|]",
        "[half the street|everyone at work|my whole family] [knows|has seen] what he's [been like|done] [{onset}|this past year]",
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
)
NARRATIVE_YES = (
    "[Yeah|Yes|Mm], {cue}.",
    "[Well, |]where do I [start|begin]. {cue}.",
    "It's a long story[, to be honest|]. {cue}.",
    "Not [this exactly|like this], [no|], but {cue}.",
    "[Honestly|To be honest], {cue}.",
    "[Yeah|Yes], [I suppose|I mean|if I'm honest], {cue}.",
    "I've never [reported|rung about] [any of it|it] [before|till now], but {cue}.",
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
