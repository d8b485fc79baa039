"""What callers say about each situation: purpose, events, details, threats, answers.

Every phrase is the victim's own first-person account (third-party callers get it rewritten by
:func:`crimeaudit.generator.voices.third_person`), or, under ``witness_*`` keys, what a
bystander saw or heard. The words "he", "him" and "his" always mean the other party (the suspect,
or the person of concern in a welfare call): :func:`crimeaudit.generator.grammar.parse` turns
them into slots so the same phrase serves a female suspect.

A phrase may start with a tag, ``#msgs ...``: once a call has used a tagged phrase, only phrases
with the same tag (or none) are used for the rest of the call and in its notes, so a call about
messages does not drift into a story about a smashed window.

Keys of a situation's bank:
``purpose`` why they are calling (no history cues: those are placed separately),
``event`` what happened this time, ``detail`` extra facts, ``quote`` the other party's words
(always in double quotes), ``impact`` how the victim feels, ``where_now`` / ``injury`` answers
to the safety questions, ``qa`` situation-specific (questions, answers) pairs,
``witness_purpose`` / ``witness_event`` for bystanders.
"""
from __future__ import annotations

Bank = dict[str, tuple]

# Shared pieces reused by several situations.
THREAT_QUOTES = (
    "\"[you're dead|you're fucking dead|I'll kill you|I'm going to kill you]\"",
    "\"[I know where you live|I know where you are|I'll find you]\"",
    "\"[watch your back|you'd better watch yourself|you won't see it coming]\"",
    "\"I'll [burn your house down|smash your face in|break your legs|stab you]\"",
    "\"[you'll regret this|you're going to regret this|this isn't over]\"",
    "\"[I'll hurt your kids|I'll come for your family|your mum's next]\"",
)
ABUSE_QUOTES = (
    "\"[you're a slag|you're a psycho|you're nothing|you're pathetic]\"",
    "\"[answer your phone|pick up|why are you ignoring me]\"",
    "\"[nobody wants you|no one will believe you|you're a liar]\"",
    "\"[you fat cow|you stupid bitch|you're a whore|you're mental]\"",
    "\"[you can't hide from me|I'm not going anywhere|I'll wait]\"",
)
_NOT_HURT = (
    "No, {he} didn't [touch me|hurt me|lay a finger on me].",
    "No, I'm not hurt, just [scared|shaken up|upset|angry].",
    "[No, |]I'm [fine|okay], physically.",
    "No injuries, no.",
)
_HURT = (
    "[Yeah, |]I've got a [bruise|red mark|scratch|cut] on my [arm|neck|face|lip|wrist].",
    "My [lip's split|nose is bleeding|eye's swelling up|arm really hurts].",
    "[A bit|Not badly], my [neck|arm|back|head] [hurts|is sore].",
    "I don't need an ambulance, [it's just a bruise|it's not that bad|I'm okay].",
    "[I think so|Yeah], I've [banged my head|hurt my wrist|got marks on my neck].",
)
_GONE = (
    "{he} [went|drove off|left|walked off] [about ten minutes ago|when I said I'd ring you|just before I rang].",
    "[I don't know|No idea], {he}'s not here [now|anymore].",
    "[I think|Pretty sure] {he}'s [outside|down the road|in his car|at his mum's].",
    "{he}'s gone[, thank God|]. [I don't know where.|{he} ran off.]",
    "No, {he} [lives|is staying] [in {town}|at his brother's|across town].",
)
_SCARED = (
    "I'm [scared|terrified|frightened|on edge] [to go out|to leave the house|to be honest|now].",
    "I [can't sleep|can't stop shaking|feel sick|don't feel safe] [now|at the moment|tonight].",
    "I just [want to feel safe|don't know what to do|want someone to know].",
    "it's [affecting|really affecting] my [work|kids|mental health|sleep].",
    "[my kids are|I'm] [scared|frightened] [of him|to go out|to answer the door].",
    "I'm [more angry than scared|not scared, just fed up|okay, honestly].",
)

ACCOUNTS: dict[str, Bank] = {
    "harassment": {
        "purpose": (
            "I want to report {rel} for [harassment|harassing me]",
            "I need some help [with|about] {rel}",
            "I'm [calling|ringing] about {rel}",
            "I want to [make a complaint|report something] about {rel}",
            "it's [about|regarding] {rel}, [I don't know what to do|I need it on record]",
        ),
        "event": (
            "#door {he} [turned up|showed up|came round] at {home} {time_ago} [and started banging on the door|shouting my name|and wouldn't go away|demanding to be let in]",
            "#msgs {he}'s sent me [a load of|{count_many}|about {numword}] [messages|texts|voice notes] [{time_ago}|today|since this morning]",
            "#msgs {he} [rang|called] me {count_many} times [{time_ago}|overnight|today]",
            "#work {he} was [waiting|stood] [outside|by] [my work|{workplace}|the school gates] when I [finished|came out|left] {time_ago}",
            "#online {he} [posted|put] [stuff|things|photos] about me on {platform} [calling me names|saying I'm a liar|for everyone to see]",
            "#online {he} [messaged|contacted] my [mum|sister|boss|friends] {time_ago} [saying|telling them] [horrible things|lies] about me",
            "#door {he} [left|put] a [note|letter] [through my door|on my car] {time_ago}",
            "#street {he} [was shouting|shouted] [abuse|at me] [in the street|outside {shop}|across the car park] {time_ago}",
        ),
        "event_neighbour": (
            "#street {he} [was filming|kept filming] me [over the fence|from his window] when I was in the garden",
            "#street {he} [parked across|blocked] my drive [on purpose|deliberately] and [swore at me|gave me the finger]",
            "#door {he} [threw|chucked] [rubbish|dog mess|eggs] [into my garden|over the fence|at my door] {time_ago}",
            "#door {he} [banged on|kicked] my wall and [shouted|screamed] [through it|abuse] {time_ago}",
        ),
        "event_colleague": (
            "#work {he} [messaged me|turned up at my desk|waited for me in the car park] {time_ago} after I told him to leave me alone",
            "#msgs {he} [sent|was sending] me [messages|DMs] [after work|at night] [asking me out|about my body]",
        ),
        "detail": (
            "I told {him} to [leave me alone|stop|go away] [but {he} wouldn't|and {he} just laughed|and {he} went mad]",
            "#msgs I've [blocked him|blocked his number|changed my number] [but|and] {he} [finds a way|uses other numbers|just carries on]",
            "[{he} was|{he} seemed] [drunk|really angry|off his head|really calm, which was worse]",
            "#door [my neighbour|a woman across the road|my friend] saw [it|him] [too|as well]",
            "#door I [didn't answer|didn't open the door|hid upstairs] [and {he} eventually left|until {he} went]",
            "#msgs I've [saved|got] [the messages|screenshots|the voicemails] [on my phone|if you need them]",
            "#online I've [reported it to {platform}|screenshotted the posts] [but nothing's happened|already]",
        ),
        "quote": THREAT_QUOTES[1:3] + ABUSE_QUOTES,
        "impact": _SCARED,
        "where_now": _GONE,
        "injury": _NOT_HURT,
    },
    "stalking": {
        "purpose": (
            "I think I'm being [stalked|followed]",
            "I want to report {rel}, I think {he}'s [stalking me|following me]",
            "I'm [calling|ringing] because {rel} [is watching me|won't leave me alone|keeps turning up]",
            "I need to report {rel}",
        ),
        "event": (
            "#watch {he} was [sat|parked] [outside my house|across the road|at the end of my street] in {scar} [{time_ago}|for about an hour|all evening]",
            "#follow {he} [turned up|appeared] at {place_out} when I was there {time_ago}, [{he} must have followed me|I never told him where I'd be]",
            "#follow {he} [followed|was following] me [from work|home from {place_out}|round {shop}] {time_ago}",
            "#gifts {he} [left|sent] [flowers|a card|a parcel|a letter] [at my door|to my work|on my car] {time_ago}",
            "#tracker [I found|there was] [a tracker|an AirTag|something] [on my car|in my bag] {time_ago}",
            "#tracker {he} [messaged me|told my friend] what I was wearing {time_ago}",
            "#watch {he} was stood watching me [through the window|from the bus stop|from across the road] {time_ago}",
            "#work {he} [rang my work|turned up at my work|asked my colleagues about me] {time_ago}",
        ),
        "detail": (
            "I [moved|changed my number|came off social media] [and {he} still found me|to get away from him]",
            "{he} [knew|knows] [my new address|where I work|my shift pattern]",
            "#watch I [saw|recognised] {his} car, {scar}",
            "#watch I've got it on my [doorbell camera|Ring camera|phone]",
            "[my friends|my mum] [have seen him|say {he}'s been asking about me] [too|as well]",
            "I [don't go out|won't go out] on my own [now|anymore]",
        ),
        "quote": ("\"[I just want to talk|I miss you|we're meant to be together|I'll always find you]\"",
                  "\"[nice dress today|saw you at the shop|who was that you were with]\"") + ABUSE_QUOTES[4:],
        "impact": _SCARED,
        "where_now": _GONE,
        "injury": _NOT_HURT,
    },
    "malicious_comms": {
        "purpose": (
            "I've [had|received|got] a [threatening|nasty|horrible] [message|text|voice note]",
            "I want to report [a message|a threat] [I've had|from {rel}]",
            "I'm [ringing|calling] about [a threat|something] {rel} [sent me|posted]",
            "someone's [threatened me|sent me a threat] [online|on {platform}|by text]",
        ),
        "event": (
            "#threat {he} sent me a [message|text|voice note|DM] on {platform} {time_ago} [threatening to|saying {he}'d|saying {he}'s going to] [kill me|burn my house down|stab me|hurt my kids|smash my face in]",
            "#threat I got a [message|text] from {rel} {time_ago} saying {threat}",
            "#threat {he} [sent|posted] a [picture|photo] of [a knife|my house|my car] with [a message|a caption] saying [I'm next|watch yourself|see you soon]",
            "#images {he} [threatened to|said {he} would] [share|post] [private|intimate] [photos|pictures] of me [unless I paid|if I didn't go back to him|if I told anyone]",
            "#threat {he} [sent|left] me [a voicemail|a voice note] [screaming at me|saying {he}'d hurt me] {time_ago}",
            "#abuse [someone|an account I think is his] [sent|messaged] me [racist|disgusting|really vile] [abuse|messages] {time_ago}",
            "#threat {he} [commented|wrote] [on my post|under my photo] {time_ago} [saying|that] {threat}",
        ),
        "detail": (
            "I've [screenshotted|saved] [it|the message|everything]",
            "it [came from|was from] [his number|his account|a number I know is his]",
            "[I showed|I've shown] [my mum|my partner|my friend] [and they said ring you|and they said report it]",
            "I [haven't replied|didn't reply|blocked him straight away]",
            "[my kids|my daughter] saw it[ too|] and [they're scared|they're upset]",
        ),
        "quote": THREAT_QUOTES,
        "impact": _SCARED,
        "where_now": _GONE,
        "injury": _NOT_HURT,
    },
    "coercive_control": {
        "purpose": (
            "I need [some help|to talk to someone] about {rel}",
            "I want to report {rel}, [I can't do this anymore|I need to get out]",
            "[it's|this is] about {rel}, [I'm ringing while {he}'s out|{he} doesn't know I'm calling]",
            "I [think|don't know if] what {rel}'s doing is [abuse|a crime]",
        ),
        "event": (
            "#money {he} [took|has taken] my [wages|bank card] {time_ago} and [won't give it back|checks everything I spend]",
            "#isolate {he} [won't let me|stopped me] [seeing my mum|going out|talking to my friends] {time_ago}",
            "#isolate {he} [locked me in|locked the door and took the key|wouldn't let me leave the house] {time_ago}",
            "#phone {he} [went through|checked] my phone {time_ago} and [went mad|deleted my friends|smashed it]",
            "#isolate {he} [tells me|told me] [what to wear|who I can see|when I can eat] and [went mad when I didn't|did it again tonight]",
            "#phone {he} [put|installed] [an app|a tracker|Life360] on my phone [so {he} knows where I am|and {he} checks it]",
            "#isolate {he} [said|told me] [no one would believe me|I'm useless|I'd never see the kids again] if I left",
            "#money {he} [controls|has control of] [all the money|the bank account|my benefits] and [gives me twenty quid a week|won't let me buy anything]",
        ),
        "detail": (
            "[my family|my friends] [don't know|have no idea] [how bad it is|what it's like]",
            "I [have to|had to] [send him photos|tell him] [where I am|who I'm with] [every hour|all the time]",
            "[the kids are|my son is] [scared of him|picking up on it]",
            "I'm [ringing|calling] from [my friend's phone|work|the shop] because {he} checks mine",
            "I [want to leave|need to get out] but [I've got nowhere to go|{he}'s got all the money]",
        ),
        "quote": ABUSE_QUOTES[2:4],
        "impact": _SCARED,
        "where_now": ("{he}'s at work [till six|at the moment|right now].", "{he}'s [upstairs|in the other room|asleep].") + _GONE[:2],
        "injury": _NOT_HURT,
    },
    "domestic_assault": {
        "purpose": (
            "[{rel} has|{rel}'s] [just|] [hit me|attacked me|assaulted me|put his hands on me]",
            "I need [the police|someone] [here|to come out], it's {rel}, {he}'s [just hit me|gone for me]",
            "I want to report {rel}, {he} [hurt me|assaulted me] {time_ago}",
            "[please|can you] [send someone|help me], {rel} [attacked me|has hurt me]",
        ),
        "event": (
            "{rel} [hit|punched|slapped|pushed|shoved|grabbed] me {time_ago}",
            "{he} [grabbed|had me by] [my arm|my throat|my hair|my neck] [in the kitchen|on the stairs|in the hallway]",
            "{he} [pushed|threw] me [against the wall|onto the bed|to the floor|into the door]",
            "{he} [threw|chucked] [a mug|his phone|a plate|the remote] at me [and it hit me|and it caught my head|]",
            "we were arguing [about money|about the kids|about his drinking] and {he} [lost it|kicked off|just flipped] and [hit me|pushed me over|grabbed me]",
            "{he} [headbutted|kicked|spat at] me [in front of the kids|in the bedroom|outside]",
            "{he} [came back drunk|came in from the pub] {time_ago} and [started on me|went for me]",
        ),
        "detail": (
            "[the kids|my son|my daughter] [saw it|were upstairs|heard everything]",
            "[I've got|there's] a [mark|red mark|bruise|cut] on my [arm|face|neck|lip]",
            "I [managed to|] [get out|run to the neighbour's|lock myself in the bathroom]",
            "{he} [took|smashed|snatched] my phone so I couldn't ring [you|anyone]",
            "{he}'d been drinking [all day|since lunch|at the pub]",
            "I'm [ringing|calling] from [the neighbour's|my mum's|outside]",
        ),
        "quote": THREAT_QUOTES[:2] + ABUSE_QUOTES[:2],
        "impact": _SCARED,
        "where_now": _GONE + ("{he}'s [still|] [in the house|downstairs|in the kitchen].",),
        "injury": _HURT,
        "witness_purpose": (
            "I can hear [{a_woman}|someone] [screaming|crying|shouting for help] [next door|upstairs|in the flat below]",
            "[there's|I think there's] a domestic [going on|happening] [next door|across the road|in the flat upstairs]",
        ),
        "witness_event": (
            "[there was|I heard] [loads of|] [banging|thumping|smashing] and then [a scream|{vher} crying|him shouting]",
            "I [saw|watched] him [drag|pull|push] {vher} [back into the house|into the car|up the path]",
            "{vshe} [was shouting|screamed] [get off me|leave me alone|help]",
        ),
    },
    "sexual_assault": {
        "purpose": (
            "I want to report a sexual assault",
            "[someone|{a_man}|{rel}] [touched me|sexually assaulted me|groped me] {time_ago}",
            "I need to report [something that happened|what {rel} did] {time_ago}",
            "I [don't know|wasn't sure] if I should ring but [someone touched me|I was assaulted]",
        ),
        "event": (
            "#grope [{a_man}|{a_guy}|{rel}] [grabbed|touched] my [bum|breasts|crotch] [on the bus|in {pub}|at {place_out}|in the club] {time_ago}",
            "#grope {rel} [touched me|put his hand up my skirt|groped me] [at work|at the party|in the taxi] {time_ago}",
            "#kiss {he} [tried to kiss me|kissed me|pinned me [against the wall|in the corner] and kissed me] [even though I said no|when I pushed him away|at {pub}]",
            "#bed {he} [got into|came into] my bed [while I was asleep|when I was drunk] and [touched me|started touching me]",
            "#grope {he} [rubbed himself against me|pressed up against me] [on the tram|in the queue|on the bus] {time_ago}",
        ),
        "detail": (
            "I [pushed him off|told him to stop|froze] and {he} [laughed|walked off|carried on]",
            "[my friend|a bouncer|the driver] [saw|saw it|was there]",
            "I [didn't|couldn't] say anything at the time",
            "#grope there's probably CCTV [in there|on the bus|at the station]",
        ),
        "detail_acquaintance": ("I know who {he} is, [{he}'s a friend of a friend|{he} was in my class|{he} drinks in there]",),
        "detail_colleague": ("{he} [works with me|is on my team|is my supervisor], [I have to see him every day|I can't avoid him]",),
        "detail_stranger": ("I'd [never seen him before|not seen him before tonight]", "{he} was [older|about my age], in {sclothes}"),
        "quote": ("\"[come on, you know you want to|don't be frigid|it's only a bit of fun|relax]\"",),
        "impact": _SCARED,
        "where_now": _GONE,
        "injury": _NOT_HURT,
    },
    "rape": {
        "purpose": (
            "I want to report [a rape|that I was raped]",
            "[I think|] I was raped {time_ago}",
            "I need to report [something|what happened] [with|at] {rel}[, it was rape|]",
            "[my friend said I should ring|I don't know how to say this], {rel} [raped me|made me have sex]",
        ),
        "event": (
            "{rel} [raped me|forced me to have sex|had sex with me when I said no] {time_ago}",
            "I [woke up|came round] [at his flat|in someone's bed|at a party] and [{he}'d had sex with me|{he} was on top of me]",
            "I said no [over and over|loads of times|clearly] but {he} [didn't stop|held me down|wouldn't listen]",
            "[I'd been drinking|I was really drunk|I'd passed out] and {he} [had sex with me|took my clothes off]",
            "{he} [made me|forced me] [to do things|to have sex] [when I didn't want to|after the argument]",
        ),
        "detail": (
            "I [haven't showered|have showered, sorry|still have the clothes]",
            "I [went to|haven't been to] [the hospital|the SARC|my GP] [yet|]",
            "I told my [friend|sister|mum] [straight after|the next morning]",
            "I [know him|met him] [from {pub}|on an app|through friends]",
            "[it happened|this was] [last weekend|a few weeks ago|in {month}], I [couldn't face|wasn't ready to] ring before",
        ),
        "quote": ("\"[no one will believe you|you wanted it|don't tell anyone]\"",),
        "impact": ("I [can't stop shaking|feel sick|can't stop crying|keep going over it].",) + _SCARED[1:3],
        "where_now": _GONE,
        "injury": _HURT[2:] + _NOT_HURT[:2],
    },
    "child_abuse": {
        "purpose": (
            "[it's about|I'm worried about] [something|what] {rel} [did|has done] to me",
            "{rel} [hurt me|hit me|has been hurting me]",
            "I [need to report|want to tell you about] {rel}",
        ),
        "event": (
            "#hit {rel} [hit|smacked|slapped] me [with a belt|with a slipper|across the face|really hard] [{time_ago}|at the weekend|because I spilt my drink]",
            "#hit {rel} [grabbed me by the neck|pushed me down the stairs|kicked me] [{time_ago}|on {day}]",
            "#hit [I've got|there's] a [bruise|mark|red mark|handprint] on my [arm|leg|back|cheek] from {rel}",
            "#sexual {rel} touched me [where {he} shouldn't|in my private parts] [at bedtime|when mum was out]",
            "#neglect {rel} [leaves me on my own|locks me out|doesn't give me tea] [all weekend|when {he}'s drinking|for ages]",
        ),
        "detail": (
            "I [don't want to|daren't] go home [tonight|after school]",
            "{he} said [not to tell anyone|I'd get in trouble if I told]",
            "[my little brother|my sister] [saw|was there too]",
            "I [told|showed] [my teacher|my nan|my friend's mum]",
            "#hit it [hurts|still hurts] when I [sit down|move my arm]",
        ),
        "quote": ("\"[don't you dare tell anyone|you deserve it|look what you made me do]\"",),
        "impact": ("I'm [scared|frightened] to go home.", "I [don't want|don't want to get] {him} [in trouble|taken away].", "I [cry|get scared] at night."),
        "where_now": ("{he}'s at home[, I think|].", "[I don't know|Not sure], {he} [works nights|might be at the pub].", "{he}'s [at work|in bed|out]."),
        "injury": _HURT[:3],
    },
    "assault": {
        "purpose": (
            "I've [just|] been [assaulted|attacked|punched|hit]",
            "I want to report an assault",
            "[someone|{a_lad}|{a_man}|{rel}] [just hit me|has just attacked me|punched me] {time_ago}",
            "I need to report [being assaulted|an assault] {time_ago}",
        ),
        "event": (
            "[{a_man}|{a_lad}|{a_guy}|{rel}] [punched|hit|pushed|shoved|headbutted|kicked] me [outside {pub}|at {place_out}|in the street|in the queue at {shop}] {time_ago}",
            "{he} [went for me|came at me|swung for me] [for no reason|over a parking space|because I looked at him]",
            "{he} [threw a drink|spat] [at me|in my face] [in {pub}|at the bus stop|outside {shop}]",
            "I was [walking home|waiting for a taxi|getting off the bus] and [someone|{a_lad}] [just hit me|pushed me over|punched me from behind]",
            "{rel} [hit|punched|pushed] me [over the fence|on the drive|outside my door] {time_ago}",
            "{he} [grabbed|shoved] me [by my collar|into the wall|out of the way] [at {workplace}|in the car park]",
        ),
        "detail": (
            "[my mate|a woman|the bouncer|the driver] [saw it|pulled him off|called for help]",
            "{he} was [drunk|with two other lads|on a bike|in {sclothes}]",
            "{he} [ran off|got in a car|went into {pub}] [after|afterwards]",
            "there's [a camera|CCTV] [on the shop|in the pub|on the bus]",
        ),
        "quote": THREAT_QUOTES[:3] + ("\"[what you looking at|get out of my way|come on then]\"",),
        "impact": _SCARED[3:],
        "where_now": _GONE,
        "injury": _HURT,
        "witness_purpose": (
            "there's [a fight|someone getting beaten up|{a_man} attacking someone] [outside {pub}|at {place_out}|on {street}]",
            "I've just seen [{a_man}|{a_lad}] [punch|attack|kick] [someone|{a_woman}|{a_victim}]",
        ),
        "witness_event": (
            "[{a_lad}|{a_man}] in {sclothes} [punched|kicked|pushed] [{the_victim}|someone] [to the ground|in the face|over]",
            "{he} [ran off|went] towards [the station|{pub}|the park] [afterwards|]",
            "{the_victim} on the floor [is bleeding|is getting up|isn't moving much]",
        ),
    },
    "criminal_damage": {
        "purpose": (
            "I want to report [some damage|criminal damage|damage to my property]",
            "[someone's|{rel}'s] [damaged|wrecked|smashed up] my [car|house|property]",
            "I need to report [some vandalism|damage to my [car|house]]",
        ),
        "event": (
            "#window [someone|{rel}] [smashed|put through|cracked] [my front window|my bedroom window|the glass in my door] {time_ago}",
            "#car [someone's|{he}'s] [keyed|scratched] my car [down the side|all the way along] {time_ago}",
            "#car [my tyres have been|all four tyres were] [slashed|let down|punctured] [overnight|{time_ago}]",
            "#door [someone|{he}] [kicked in|kicked|damaged] my [front door|back door|fence] {time_ago}",
            "#paint [someone|some kids|{rel}] [sprayed|painted] [something|a word|stuff] on my [house|garage|car] {time_ago}",
            "#car {he} [snapped|ripped off|smashed] my wing mirror [{time_ago}|when {he} walked past]",
            "#phone {he} [smashed|broke] my [phone|TV|laptop] [{time_ago}|during an argument]",
        ),
        "detail": (
            "[I saw it|my neighbour saw it|it's on my doorbell camera|I didn't see who did it]",
            "[it'll cost|it's going to be|the garage reckons] [hundreds|about £{amount}|a fortune] to [fix|sort|replace][, I've only just had it done|]",
            "I [heard a bang|heard something|heard glass go] [about {clock}|in the night|just after {clock}] and [looked out|went down|ran to the window]",
            "#window [there's glass|the glass is] [everywhere|all over the floor|all over the drive]",
            "#car [the car's|it's] parked [on the street|on my drive|outside work]",
        ),
        "quote": ("\"[see how you like that|that's what you get|next time it's you]\"",),
        "impact": _SCARED[3:],
        "where_now": _GONE,
        "injury": ("No, [nobody's hurt|no one was hurt|I wasn't there].",) + _NOT_HURT[1:2],
        "witness_purpose": (
            "[some lads are|someone's] [smashing|kicking|damaging] [cars|a car|the bus shelter|windows] [on {street}|outside]",
            "I've just seen someone [key|smash up|kick] [my neighbour's car|a car on {street}]",
        ),
        "witness_event": (
            "[two|three] [lads|kids] in [hoodies|dark clothes|{sclothes}] [smashed|kicked|jumped on] [the windscreen|the wing mirror|the bonnet]",
            "[{he}|they] [ran off|went] [towards the park|down the alley|on bikes]",
        ),
    },
    "theft": {
        "purpose": (
            "I want to report [a theft|something stolen]",
            "[someone's|someone has] [stolen|nicked|taken] {item}",
            "I need to report {item} [being stolen|getting nicked]",
            "I think {item} [has been|was] stolen",
        ),
        "event": (
            "#car [someone's|someone has] [stolen|nicked|taken] {item} [out of my car|from my car] {time_ago}",
            "#out {item} [was|got] [stolen|taken|nicked] [on the bus|at {place_out}|in {pub}|at the gym] {time_ago}",
            "#snatch [{a_lad}|someone|{a_man} on a bike] [snatched|grabbed] {item} [out of my hand|off the table|from my pocket] [and ran off|and rode off]",
            "#shed [someone|they] [broke into|got into] [my shed|my garage|my van] {time_ago} and [took|nicked] {item}",
            "#out I [put|left] {item} [down|on the side] [for a second|at {place_out}] and [someone took it|it was gone]",
        ),
        "detail": (
            "it's [worth|about|worth about] [£{amount}|two hundred quid|nearly a grand|a lot of money][, I only got it in {month}|, it was a present|]",
            "[there's|I think there's] [CCTV|a camera] [in there|on the shop|at the station]",
            "I [need|want] a crime number for [my insurance|the bank|work]",
            "I [cancelled|have cancelled] [my cards|the card] [straight away|already]",
            "#shed the [lock|padlock] was [cut|snapped|broken]",
            "#car I [definitely|] locked [it|the car], [there's no damage|the window's smashed]",
        ),
        "quote": (),
        "impact": ("I'm [gutted|fuming|so annoyed].", "I [feel so stupid|can't believe it].", "It was [a present|my mum's|really expensive]."),
        "where_now": ("[No idea|I don't know], [they're long gone|they ran off].", "I didn't see [who|anyone]."),
        "injury": ("No, [I'm fine|nobody's hurt].",),
    },
    "shoplifting": {
        "purpose": (
            "I'm [calling|ringing] from {shop}[ on {street}|], [we've had a shoplifter|we've just had a theft|someone's just stolen from us]",
            "[hi, it's|this is] {cfirst} [from|at] {shop}, [we've got a shoplifter|someone's just walked out with stuff]",
            "I want to report a [shoplifting|theft] [at|from] {shop}",
            "[it's|this is] {cfirst} [at|from] {shop} [on {street}|in {town}], [we've had|there's been] a [theft|shoplifter] [just now|about {clock}]",
            "[I'm the manager|I'm a supervisor|I work] at {shop}[ on {street}|] and [someone's|a customer's] just [walked out|left] with [{goods}|stuff]",
        ),
        "event": (
            "we've [just|] had [{a_man}|{a_lad}|a couple] [walk out|run out|leave] without paying for {goods}",
            "[{a_man}|{a_lad}|two lads] [filled|stuffed] [a bag|their coat|a basket] with {goods} and [walked out|ran out|left without paying]",
            "[{he}|they] went through the self-checkout and [only scanned|didn't scan] [half of it|the cheap stuff|the {goods}]",
        ),
        "detail": (
            "[it's all on CCTV|we've got it on camera|I can send the footage]",
            "[about|roughly] £{amount} [worth|of stuff]",
            "[{he}|they] went [towards the bus station|down {street}|into the car park] in {sclothes}",
            "[the manager|my supervisor] [said to ring|told me to call]",
            "[I|my colleague] [stopped|challenged] [{him}|them] at the door and [{he}|they] [pushed past|swore at us|dropped some of it]",
            "[we've got|there's] [good|clear|decent] [CCTV|footage|camera footage] [of {him}|of the whole thing] [from {clock}|at the till|by the door]",
            "{he} [came in|was in] [about {clock}|earlier] [with|and had] [a big bag|a pushchair|a rucksack] and [filled it|loaded it up]",
        ),
        "quote": ("\"[get out of my way|what you gonna do about it|I've paid for it]\"",),
        "impact": ("[staff|the girls] are [a bit shaken|fine|used to it].",),
        "where_now": ("[{he}'s|they've] gone, [ran off|drove off|walked off].", "[I think|] [{he}'s|they're] [still|] in the [car park|precinct]."),
        "injury": ("No, nobody's hurt.", "No, [{he}|they] just pushed past."),
    },
    "public_order": {
        "purpose": (
            "[someone|{a_man}|{rel}] [has been|was] [threatening|abusing|shouting at] me",
            "I want to report [{a_man}|{rel}] for [threatening me|threatening behaviour|abuse]",
            "I've just been [threatened|shouted at|abused] [in the street|outside {shop}|on the bus]",
        ),
        "event": (
            "[{a_man}|{a_lad}|{rel}] was [shouting|screaming] [abuse|threats] at me [in the street|outside {shop}|on the bus] {time_ago}",
            "{he} [threatened to|said {he}'d] [batter me|knock me out|stab me] [in front of everyone|with my kids there]",
            "{he} [was|started] [swearing|shouting] [racist|homophobic] [abuse|things] at me [at {place_out}|on the bus]",
            "{he} [squared up to me|got in my face|was waving his arms about] and [threatened me|told me {he}'d hurt me]",
            "{he} [followed me|came after me] [down the road|across the car park] [shouting|screaming] [abuse|threats]",
        ),
        "detail": (
            "[people|everyone] [were watching|saw it|stopped and stared]",
            "[my kids were|my daughter was] with me and [they're terrified|she was crying]",
            "{he} [was|seemed] [drunk|high|really aggressive]",
            "I [thought|honestly thought] {he} was going to [hit me|hurt me]",
        ),
        "quote": THREAT_QUOTES + ("\"[go back to your own country|come here and say that|I'll do you]\"",),
        "impact": _SCARED,
        "where_now": _GONE,
        "injury": _NOT_HURT,
        "witness_purpose": (
            "there's [{a_man}|{a_lad}] [kicking off|going mental|shouting at people] [outside {pub}|in {shop}|at {place_out}]",
            "[{a_man} is|someone's] [threatening|screaming at] [a woman|people|the staff] [on {street}|in {shop}]",
        ),
        "witness_event": (
            "{he}'s [shouting|screaming] [that {he}'ll kill them|threats|abuse] [at everyone|at the staff|at a woman]",
            "{he}'s [waving|swinging] [a bottle|his arms|a bag] [about|around]",
        ),
    },
    # --- genuine non-crimes -----------------------------------------------------------------
    "civil_dispute": {
        "purpose": (
            "#trader I [want to|need to] report [a builder|a guy I paid|a firm I paid|a trader]",
            "#deposit I [want some advice|need to know what to do] about my deposit",
            "[I don't know if it's|is it] a police matter but [I've been ripped off|someone owes me money]",
            "#loan I [want to|need to] report someone who owes me money",
            "[I've been|I think I've been] [ripped off|done over|stitched up] by [a builder|a trader|{sfirst}|someone off Marketplace] and I [want|need] [advice|to know my rights]",
            "#deposit [my landlord|the letting agent|{sfirst}] [still hasn't given|won't give|is holding onto] [me my deposit|my deposit|the £{amount} deposit] [back|] [from {street}|since I moved out in {month}|after {numword} months]",
            "#goods I [bought|sold] [something|a car|a phone] [online|on Marketplace] and [it's gone wrong|there's a problem with it]",
        ),
        "event": (
            "#trader I [paid|gave|transferred] [a builder|a guy called {sfirst}|the roofer|{sfirst}] £{amount} [to do my kitchen|for the drive|for the roof|for a new bathroom] [back in {month}|on {day}|] and [{he} hasn't finished|it's a mess|{he}'s done half of it|{he} hasn't been back]",
            "#deposit [my landlord|the landlord|{sfirst}, my landlord,] [won't give me|is keeping|is refusing to return] my [deposit|£{amount} deposit] [back|from {street}|since I moved out in {month}]",
            "#goods I [bought|sold] a [car|phone|sofa] [on Marketplace|online|from a guy] and [it's broken|{he} won't refund me|it's not as described]",
            "#split [my ex|my ex-partner] [won't give me|is keeping] [my sofa|the TV|half the furniture] [from the house|we bought together]",
            "#loan I lent [my friend|my cousin|a mate|{sfirst}] £{amount} [in {month}|at Christmas|last year] and [{he} won't pay it back|{he} makes excuses|{he}'s ignoring my texts]",
            "#trader [the garage|a mechanic] [charged me|wants] £{amount} [for work I [didn't agree to|never asked for]|and won't [give|let me have] the car back [till|until] I pay]",
        ),
        "detail": (
            "[{he} hasn't threatened me|there's no threats or anything|{he}'s not been nasty], {he} just [won't sort it out|ignores me|keeps fobbing me off]",
            "I've got [the receipts|the texts|a contract] [to prove it|if that helps]",
            "[Citizens Advice|my mate] said [to ring you|it might be fraud]",
            "[I've|I have] [messaged|rung|emailed] {him} [{numword} times|loads|every day since {day}] and [{he} just reads it|nothing|{he} says next week]",
            "[it was|I paid] £{amount} [by bank transfer|in cash|on my card] [on {day}|in {month}|back in {month}]",
            "I [just|] want [my money back|it sorted|it put right][ to be honest|, that's all|]",
        ),
        "quote": (),
        "impact": ("I'm [out of pocket|really stressed about it|fuming].",),
        "qa": (
            (("Did {he} take anything without your permission?", "Has {he} threatened you at all?"),
             ("No, [nothing like that|no threats], it's just [the money|the job|the deposit].", "No, [{he}'s just ignoring me|not at all].")),
            (("Do you have [a contract|receipts|paperwork]?", "Have you got anything in writing[ at all|]?"),
             ("[Yeah, |]I've got [the texts|an invoice|bank transfers].", "[Only|Just] [the messages|a WhatsApp], no contract.")),
        ),
    },
    "boundary_dispute": {
        "purpose": (
            "it's about my neighbour, [we've got a problem with the fence|there's a dispute about the boundary|it's the parking]",
            "I [want to|need to] report my neighbour [for the fence|about the parking|about his hedge]",
            "I [need|want] some advice about [my neighbour|a boundary|a shared drive]",
            "[I've got|there's] a problem with [my neighbour|{sfirst} next door|the people at number {num2}] [over|about] [the fence|parking|the hedge|the drive]",
            "[can I ask|I need to know] [who's responsible for|who owns] [the fence|the alley|the hedge] [between us|at the back]",
        ),
        "event": (
            "#fence [my neighbour's|{sfirst} next door's|the man at number {num2}'s] [put up|moved|built] [a fence|the fence|a shed|a wall] [on my side|a foot onto my land|over the line] [on {day}|while I was at work|last {day}|]",
            "#parking [the neighbours|{he}|the people at number {num2}] [park|parks|left a van] [across my drive|in my space|outside my house] [this morning|at {clock}|again today] and [it's really annoying|I can't get out|I was late for work]",
            "#hedge [his|their] [hedge|tree] is [overhanging|growing over] [my garden|the path] and {he} won't cut it",
            "#fence we [can't agree|are arguing] about [where the boundary is|who owns the alleyway|the shared drive]",
            "#path {he}'s [put|left] [his bins|a skip|building stuff] [on the shared path|in front of my gate]",
        ),
        "detail": (
            "[{he} hasn't been abusive|there's been no threats|{he}'s polite enough], we just [disagree|can't agree]",
            "#fence I've [got|found] the [deeds|plans|Land Registry map] [and it shows|which says] it's mine",
            "[we've spoken|I've tried talking to {him}] but [{he} won't budge|we don't agree]",
            "[we've lived here|I've been here] [since {month}|{numword} years|ages] and [it's never been an issue|the old owners were fine]",
            "[{he}|{sfirst}] [says|reckons] [it's|the line is] [his side|where {he} put it] but [the plans|my deeds] [say otherwise|show different]",
        ),
        "quote": (),
        "impact": ("It's [really stressful|driving me mad|getting me down].",),
        "qa": (
            (("Has {he} [threatened you|been abusive|been aggressive] or [damaged|broken] anything[ of yours|]?", "Has [anything|any of your property] been [damaged|broken]?",
              "[Any|Has there been any] threats or damage[ at all|]?"),
             ("No, [nothing like that|no threats], [{he}'s just being awkward|it's just the boundary].", "No, [not damaged|nothing's broken], it's just [on my land|in the way].")),
        ),
    },
    "domestic_argument": {
        "purpose": (
            "me and {rel} [have had|are having] a [row|big argument|falling out] [and I want {him} to leave|and I need someone to come]",
            "[can you|I need you to] [send someone|get someone round], me and {rel} [are arguing|had a row]",
            "I'm [ringing|calling] about {rel}, [we've had words|we've had an argument]",
        ),
        "event": (
            "me and {rel} had a [row|big argument|falling out|massive row] [about money|about the kids|about his mum|about the holiday|about {his} drinking] {time_ago}",
            "{he}'s [shouting|been shouting] [but {he} hasn't touched me|but it's just words|but nothing physical]",
            "I just want {him} to [leave for the night|go to his mum's|calm down]",
            "we're [splitting up|going through a break-up] and [it got heated|we're both upset]",
            "{he} [slammed the door|went out|stormed off] [and now {he}'s back|and came back drunk]",
        ),
        "detail": (
            "[{he} hasn't threatened me|{he}'s not threatening me or anything|{he}'s never hit me], [it's just|we just] [got heated|a shouting match]",
            "[the kids are|my daughter is] [asleep|at my mum's|in bed]",
            "I'm not [scared of him|frightened], I just [want some space|don't want a scene]",
            "[it's both of us|we were both shouting], [to be fair|to be honest]",
        ),
        "quote": ("\"[I'm not leaving|it's my house too|you always do this]\"",),
        "impact": ("I'm [fine|okay], just [upset|fed up|tired].", "I don't [want|need] {him} arrested, I just want {him} to go."),
        "where_now": ("{he}'s [downstairs|in the garden|in the car].", "{he}'s [gone|left] [to his mum's|for a walk]."),
        "injury": ("No, nothing like that.", "No, {he} hasn't touched me."),
        "witness_purpose": (
            "I can hear [shouting|arguing] next door[, sounds like a couple|]",
            "[the couple|the people] [next door|upstairs] are [having a row|arguing]",
        ),
        "witness_event": (
            "[it's just shouting|it's only shouting], [no screaming|no banging|I don't think anyone's hurt]",
            "[they|it] [quietened down|calmed down] [a bit|now] but I [wanted someone to check|was worried]",
        ),
    },
    "noise": {
        "purpose": (
            "I want to [complain about|report] [noise|my neighbours]",
            "[it's|I'm calling about] the [noise|racket] [next door|upstairs|across the road]",
            "[sorry to bother you|I know it's not an emergency], it's [the neighbours|a noise complaint]",
            "[the people at|number] {num2} [are|is] [having a party|making a racket|playing music] and it's {clock}",
        ),
        "event": (
            "#music [my neighbours|the people upstairs|next door|number {num2}] [are playing|have got|are blasting] [really loud|blaring|thumping] [music|bass|dance music] and it's {clock}",
            "#music there's a [party|house party|gathering] [next door|across the road|in the flat above|at number {num2}] [and it's|still going at|since] {clock}",
            "#dog [their dog|the dog next door|the dog at number {num2}|{sfirst}'s dog] [has been barking|won't stop barking|is howling] [for hours|all day|since {clock}|since they went out]",
            "#diy [someone's|they're|{sfirst}'s] [drilling|hammering|doing DIY|sanding floors] [at {clock}|since {clock}] [on a {day}|at night|]",
            "#kids [kids|a group of lads] [are|have been] [shouting|making noise] [outside|on the green|in the car park] [until late|past midnight]",
        ),
        "detail": (
            "I've [knocked|been round|gone round at {clock}] and [asked them to keep it down|they just laughed|no one answered|{sfirst} told me to get lost]",
            "I've got [work in the morning|a newborn|my kids asleep]",
            "[nobody's|no one's] [threatened me|been nasty], it's just [the noise|so loud]",
            "#dog {he} keeps the dog in the [yard|back garden|shed][ all day| when {he}'s at work|] and it [just|] [barks|howls|yaps] [at everything|at anyone who walks past|non-stop]",
        ),
        "quote": (),
        "impact": ("I [can't sleep|just want some sleep|am exhausted].",),
        "qa": (
            (("Which [number|flat|house] is it?", "Where's the noise coming from?"),
             ("Number {num2}, [next door|the one on the corner|above me].", "[Flat|Number] {num2}[, upstairs|, opposite|].")),
            (("Has anyone threatened you?", "Is anyone in danger?"),
             ("No, [nothing like that|it's just the noise].", "No, [it's not like that|I just want some quiet tonight].")),
        ),
    },
    "welfare": {
        "purpose": (
            "I'm [worried|really worried] about {subj_rel}",
            "can [someone|you] [check on|do a welfare check on] {subj_rel}",
            "#contact I [haven't heard from|can't get hold of] {subj_rel} and I'm worried",
        ),
        "event": (
            "#contact I haven't [heard from|been able to get hold of|spoken to] {subj_rel} [since {day}|for {numword} days|since yesterday|since {day} at {clock}] and [it's not like {him}|{he}'s not answering|{his} phone's going to voicemail]",
            "#curtains {subj_rel} at number {num2} [hasn't opened the curtains|hasn't taken the milk in|hasn't been seen|hasn't put the bins out] [for a couple of days|since the weekend|since {day}]",
            "#contact {subj_rel} [sounded|seemed] [really low|not {himself}|confused] on the phone [and now {he}'s not answering|and I'm worried]",
            "#wander [there's|I've seen] [an elderly {gperson}|an older {gperson}|someone] [wandering|walking] [in the road|around {place_out}] [in slippers|looking confused]",
        ),
        "detail": (
            "{he} [lives on {his} own|is eighty-odd|has dementia|has a heart condition]",
            "#contact I [live|am] [two hours away|abroad|in {town}] so I can't [get there|go round]",
            "#contact I've [rung|tried] [{his} landline|{his} mobile|the neighbours] [loads|five times|twice]",
            "#curtains there's [no lights on|post piling up|no answer at the door]",
            "#wander {he}'s [not dressed for the weather|only got a cardigan on|shuffling about]",
        ),
        "quote": (),
        "impact": ("I'm [really worried|beside myself|panicking a bit].",),
        "qa": (
            (("When did you last [speak to|hear from] {him}?", "When was {he} last seen?"),
             ("[On|Last] {day}[, about {clock}|].", "[Yesterday|Two days ago|At the weekend], [{he} seemed okay then|{he} was a bit low].")),
            (("Does {he} have any [health problems|medical conditions]?", "Is {he} vulnerable at all?"),
             ("[{he}'s diabetic|{he} has dementia|{he}'s on a lot of medication].", "[Not really|No], {he}'s just [old|on {his} own].")),
        ),
    },
    "lost_property": {
        "purpose": (
            "I've lost {lost_item} and [I need a reference|I wanted to report it]",
            "I [need|want] to report {lost_item} [missing|lost]",
            "I [think I've lost|can't find] {lost_item}",
            "[I need to|I want to] [report|log] [some lost property|{lost_item}|that I've lost {lost_item}] [for my insurance|for the bank|so I've got a reference]",
            "[I've been told|the bank said|my insurance said] I need a [reference|police reference] [because|as] I've lost {lost_item}",
        ),
        "event": (
            "I've lost {lost_item} [somewhere|on the {numword} bus|in {town}|at {place_out}|on {street}] {time_ago}",
            "I [left|dropped|must have dropped] {lost_item} [on the train|in a taxi|at {pub}|somewhere in {town}|near {shop}] [about {clock}|on my way home|]",
            "I need a [crime number|reference] for [my insurance|the bank|the passport office]",
            "I'm not [saying|sure] it was [stolen|nicked], I [think|reckon] I [just|] [dropped|lost|left] it [somewhere|]",
        ),
        "detail": (
            "[I've|I have] [rung the bus company|checked with the pub|been back to look]",
            "it's [black|brown|a red one|got my initials on]",
            "there's [about twenty quid|my cards|nothing much] in it",
            "[I last had it|I definitely had it] [at {place_out}|on {street}|in {shop}] [about {clock}|on {day}|before lunch]",
            "[I've|I have] [rung|called] [{shop}|the bus station|the taxi firm] [and|but] [nobody's handed it in|they haven't got it]",
        ),
        "quote": (),
        "impact": ("I'm [so annoyed with myself|a bit panicky|gutted].",),
        "qa": (
            (("[Where|When] did you last [have|see] it?", "Do you think it was [stolen|taken] or [lost|dropped]?"),
             ("[I had it|I definitely had it] [at {place_out}|on the bus|at lunchtime].", "[Lost, I think|Probably lost], nobody [took|grabbed] it.")),
        ),
    },
    "advice": {
        "purpose": (
            "I just [wanted|need] some advice",
            "I'm [not sure|not sure if] this is [a police thing|the right number] but [I need some advice|can I ask something]",
            "[can I ask|quick question], [is it legal|what do I do] [about something|if]",
            "I [wanted to ask|need to check] something [about {rel}|about my neighbour|about a car on {street}][, it's not urgent|]",
            "[quick one|just a quick question|can I just ask|I only wanted to ask], [is it|would it be|does it count as] [a police matter|something for you|an offence|something you'd deal with] if [{rel}|someone|the neighbour] [parks across my drive|films my garden|won't give my stuff back]",
        ),
        "event": (
            "is it [legal|allowed] for [my neighbour|next door|the people opposite] to [have|put] a camera [pointing|facing] [at|into] my [garden|house|kitchen window]",
            "{rel} hasn't brought the kids back [on time|when {he} said], [{he}'s an hour late|{he} said six]",
            "can I [legally|] go and get my stuff from [my ex's|the flat] [if {he}'s there|on my own]",
            "what do I do about [a scam call|a text saying I owe money|a parcel that isn't mine]",
            "someone's [parked|left|dumped] [a car|{scar}|a van] [outside my house|on {street}|on our street] [since {month}|for ages|since {day}] and [it's not taxed|it's not moving|it's got flat tyres]",
            "I [found|picked up] [a bag|a wallet|a phone] [in the street|on the bus], where do I hand it in",
        ),
        "detail": (
            "[nobody's] [threatened|hurt|bothered] me, I just [want to know|don't know] [the rules|where I stand]",
            "I don't want to [get anyone in trouble|make a big deal of it]",
        ),
        "quote": (),
        "impact": ("I just [don't want to do the wrong thing|want to know where I stand].",),
        "qa": (
            (("Has anyone [threatened you|committed an offence|hurt you]?", "Is anyone [at risk|in danger]?",
              "[So|And] nobody's [threatened you|in danger]?"),
             ("No, [nothing like that|not at all|no], I just [want|wanted] [advice|to ask|to check].",
              "No, [it's not like that|I'm fine|nobody's in danger][, honestly|].")),
        ),
    },
    "child_concern": {
        "purpose": (
            "I'm [worried|concerned] about [a child|some kids|{subj_rel}]",
            "#missing {subj_rel} [hasn't come home|isn't back] [from school|yet]",
            "[it's about|I'm ringing about] [a child|a pupil|{subj_rel}]",
            "[I'm|I am] [really|a bit] worried about {subj_rel}[, {sfirst},|] [{he}'s|{he} is] [{kidage}|only {kidage}]",
        ),
        "event": (
            "#missing {subj_rel}[, {sfirst},|] [hasn't come home|isn't back] from [school|{his} mate's|football|{place_out}] and [it's {clock}|{he}'s not answering|{he} was due back at {clock}]",
            "#alone [there are|I can see] [two little kids|some young children] [playing|on their own] [by the main road|in the park] [and it's getting dark|with no adult]",
            "#school [one of our pupils|a child in my class] [came in|has come in] [hungry|with no coat|really upset] [because|and says] [mum's poorly|they had no electric]",
            "#bullying [my son|my daughter] [is being|has been] [left out|picked on] [at school|in a group chat] [by other kids|by kids in {his} year]",
        ),
        "detail": (
            "[nobody's hurt {him}|there's no sign anyone's hurt {him}|{he}'s not said anyone hurt {him}], [I'm just worried|it's just a worry]",
            "#missing I've [rung|tried] [{his} friends|the school|{his} dad] [and nobody knows|already]",
            "[{he}'s|they're] [only {kidage}|{kidage}|quite young]",
        ),
        "quote": (),
        "impact": ("I'm [just worried|a bit worried|panicking].",),
        "qa": (
            (("Has anyone hurt [{him}|the child][ at all|]?", "Is there any [suggestion|sign] [anyone's|someone's] [harmed|hurt] {him}?"),
             ("No, [nothing like that|not that I know of], I'm just worried.", "No, [{he}'s not said that|there's no sign of that].")),
        ),
    },
    "case_update": {
        "purpose": (
            "I reported {rel} [{time_prev}|last week] and I [wanted to give you|need to add] [his new address|the screenshots|some more details]",
            "[PC {officer}|the officer] asked me to ring back with [the reg number|his date of birth|the CCTV]",
            "I'm [ringing|calling] to [update|chase] my [report|crime number] about {rel}",
            "[I've got|I have] [a crime number|a reference|an open report] [{crimeref}|from {time_prev}] and [PC {officer}|the officer] [wanted|asked for] [more info|some details]",
            "[it's|I'm] [ringing|calling] about [my case|the report I made] [against|about] {rel}[, reference {crimeref}|]",
        ),
        "event": (
            "I've [found|got] [his new address|the reg|his date of birth] [for the officer|if that helps]",
            "I [wanted to check|just wanted to know] [what's happening|if anyone's spoken to him] with my report",
            "I've [got|saved] the [screenshots|voicemails|CCTV] the officer asked for",
            "[nothing new's happened|{he} hasn't done anything since], I just [wanted to update you|wanted to give you that]",
            "I've [remembered|found out] [his new number|where {he} works now|his car reg] [since I spoke to PC {officer}|since {day}]",
            "[PC {officer}|the officer] [hasn't rung back|said they'd ring] and I [wanted to chase it|wondered what's happening][ since {day}|]",
        ),
        "detail": (
            "my reference is {crimeref}",
            "[the officer|PC {officer}] said to [ring|quote the reference]",
            "I'm [around|in] [all week|after three|tomorrow] if [they want|someone wants] to come round",
        ),
        "quote": (),
        "impact": ("I just want to [know what's happening|make sure it's on there].",),
    },
}

# Context a caller may add that places events in another force's area (transfers).
ELSEWHERE = (
    "it [happened|was] [when I was|while I was] [staying at my mum's|on a night out|visiting my sister|at uni] in {otherplace}",
    "[{he} lives|it all happened|this was] [over in|in] {otherplace}, [not round here|I've just moved back]",
    "I'm [back|home] now but [it happened|this was] in {otherplace}",
)
# Signs that the caller reports what is already on record (duplicates).
ALREADY_REPORTED = (
    "I [rang|called] [earlier|this morning|yesterday] about [this|the same thing] [and nobody's come|and wanted to add something|and got a reference]",
    "my [mum|neighbour|sister|friend] [already called|rang you] about [it|this] [earlier|last night]",
    "[I think|] [it's already|this has already been] reported[, I just wanted to check|]",
    "I [spoke to|reported it to] [an officer|someone] [yesterday|this morning] and [got a reference|they gave me {crimeref}]",
)


def tag_of(template: str) -> str | None:
    """The ``#tag`` a phrase starts with, or None."""
    if template.startswith("#"):
        return template[1:template.index(" ")]
    return None


def untagged(template: str) -> str:
    """The phrase without its tag."""
    return template[template.index(" ") + 1:] if template.startswith("#") else template


# --- situations and flavours added for the calls the model missed ------------------------
# A flavour (``Outcome.variant``) adds ``event_<variant>`` / ``detail_<variant>`` phrases and a
# handler's ``ask_<variant>`` question: the goods came back ("recovered"), both sides describe a
# scuffle ("mutual"), cameras or phone data the caller mentions ("cctv"), control without
# violence ("pattern"). The flavour is said in right and wrong decisions alike.

_RECOVERED_VICTIM = (
    "I [chased|ran after|went after] {him} [down {street}|across the car park|up the road|] and {he} [dropped it|threw it down|chucked it in a hedge|ditched it], so I've got it [back|now], but {he} [still|definitely] [took it|had it off me|nicked it]",
    "[a neighbour|someone|a lad from the flats] found it [dumped|thrown] [in a bin|in the park|behind {shop}|over a wall] [the next morning|later on|a couple of hours later], [nothing missing|everything still in it|it's all there]",
    "I [tracked it|found it] on [Find My|the app|my tracker] and it was [in a garden|by the garages|outside a house] [two streets away|on {street}|round the corner], so I [went and got it|got it back]",
    "it [turned up|was listed|came up] on [Marketplace|Facebook|eBay|Gumtree] [a few days later|the next day|on {day}] and I [got it back|arranged to collect it|went round for it] [with my mate|with my brother|with my dad|], [it's definitely mine|it's mine, no doubt], [it's got my scratch on it|it's got my postcode on it|the serial number matches|I know every mark on it]",
    "{he} [brought it back|handed it back] [to the bar|to the shop|to the front desk] [later|an hour later] saying {he}'d [found it|picked it up by mistake], but I [saw|watched] {him} [take it|put it in his pocket|walk off with it]",
    "I've got it back [now|since], [it's fine|it's not damaged|apart from a scratch], but {he} [definitely|still] [took it|stole it] and I want it [reported|on record]",
    "the [security guard|bouncer|bus driver|station staff] [stopped|grabbed] {him} and got it back off {him}, but [{he} ran off|they let him go] before anyone [rang you|could hold him]",
)
_RECOVERED_SHOP = (
    "[we|my colleague|security|the guard] [got|managed to get] [it all|most of it|the {goods}|the stock] back off {him} at the door, but {he} [still walked out with it|was out of the shop|had gone past the tills]",
    "{he} [dropped|threw down|ditched] the [bag|basket|stuff] in the car park when [we|I|the guard] [chased him|went after him|shouted], so [we've got the stock back|nothing's actually lost]",
    "{he} came back [about an hour later|later on|after we rang you] and [paid for it|paid for some of it|put it back on the counter] [because|when] we said we'd [rung the police|got him on camera]",
    "[head office|the area manager|the company] [don't usually|won't] [pursue|bother with|push] [it|them] [when the stock's recovered|if we get the stuff back|under a hundred quid], but [I still want it reported|the manager said ring anyway|it's the fourth one this week, all different people]",
    "[I|my supervisor] [stopped|caught] {him} [at the door|by the trolleys|outside] and {he} [handed it back|gave it all back|emptied his bag] and [ran off|legged it|walked off laughing]",
    "[it's all|the stock's] [back on the shelf|recovered|been put back] now, [but|and] {he} [knew exactly what he was doing|had done it before he got to the door|walked straight past the tills]",
)
_MUTUAL_ASSAULT = (
    "{he}'s [saying|telling everyone|claiming] I [started it|hit him first|went for him], but I [never touched him|only pushed him off me|was just trying to get away]",
    "I [pushed|shoved] {him} [away|off me|back] because {he} had me by the [collar|throat|hood], that's [all|it], and then {he} [punched|hit|headbutted] me",
    "there was [a bit of a scuffle|some pushing and shoving|a bit of handbags] first, I'll [admit|be honest], but then {he} [punched me in the face|kicked me when I was down|glassed me]",
    "[we'd|we had] both had a few and words were said, but {he} [swung first|threw the first punch|came at me], I [never|didn't] [swing|hit him]",
    "I [hit|swung] back [once|the once] [to get him off me|to defend myself|because {he} wouldn't stop], but {he} [started it|went for me first|had already hit me twice]",
    "{his} [mates|girlfriend|friends] [are saying|will say] it was both of us, but [the bouncer|a woman|everyone] saw {him} [hit me|go for me] first",
)
_MUTUAL_DOMESTIC = (
    "{he}'s [told|telling] [the neighbours|his mum|everyone] it was both of us, but I [never hit him|was trying to get out of the room|was just trying to get away]",
    "I [scratched|pushed|kicked out at] {him} [to get him off my neck|to get him off me|to get out of the kitchen], that's all I did",
    "we were both shouting, [I'll admit that|yes], but {he}'s the one who [grabbed me|put his hands on me|threw me on the floor]",
    "{he} [says|keeps saying] I [went for him first|started it|hit him first] but [that's not true|it's a lie|I was on the floor]",
    "[I threw|I chucked] [his phone|a cushion|the remote] at {him} [after|once {he} had] [he'd grabbed me|hit me|pushed me over], I'm not saying I'm innocent",
)
_CCTV_SEXUAL = (
    "[there's|there'll be|there must be] [cameras|CCTV] [in the club|on the bus|at the station|in the bar] but [I don't know if they cover|it was in a corner by|it was dark where we were by] [the toilets|the back|the stairs]",
    "[my phone|my location|my Snapchat map] [would|will] show I was [there|at {pub}|on that street] [at that time|about {clock}]",
    "I [messaged|rang] [my friend|my sister|my mum] [straight after|that night|from the toilets] [telling her|saying] what {he}'d done, [I've still got the messages|it's on my phone]",
    "[the taxi|the Uber|the bus] [had a camera|might have a camera] and the driver [saw|might remember] {him}",
    "[I don't think|I doubt] [the cameras|there's any CCTV that] [would show|shows] [it|anything], it was [so quick|where nobody could see]",
)
_PATTERN_CONTROL = (
    "{he}'s never hit me, [it's not like that|I keep telling myself that], it's [the control|everything else|the way {he} is with me]",
    "it's been [years|since we moved in together|since I had the baby|since we got married], the [money|phone|checking], [all of it|everything], it's just [got worse and worse|slowly got worse]",
    "{he} [tells me|decides] what I [wear|eat|spend|watch] and [goes quiet for days|sulks|punishes me|won't speak to me] if I don't [do it|listen]",
    "I [can't|don't] [see my friends|go to my mum's|go anywhere] without {him} [knowing|checking|tracking me|ringing me]",
    "{he} [puts me down|calls me thick|tells me I'm useless|laughs at me] [in front of people|in front of the kids|every single day], [I don't know who I am anymore|I believe it now]",
    "I [have to|had to] [ask him for money|show him receipts|hand over my wages] for [everything|tampons|bus fare|the kids' shoes]",
    "{he}'s [cut me off from|turned me against|stopped me seeing] [my family|my friends|everyone] [bit by bit|over the years|since we met]",
    "[there's|there's been] no [hitting|violence|physical stuff], but I'm [walking on eggshells|terrified of getting it wrong|scared of him] [all the time|every day]",
)
WEAPON_YES = (
    "[Yeah|Yes], {he} had {weapon}[, I saw it|, {he} was holding it right up|, {he} waved it at me|].",
    "{weapon}, [yeah|yes]. [{he} didn't use it but {he} showed it me.|{he} held it up.|It was in his hand.]",
    "[Yes, |]{he} [pulled out|had|got out] {weapon}[ from his jacket| from the car| from his waistband|].",
)

ACCOUNTS["theft"].update({
    "detail_recovered": _RECOVERED_VICTIM,
    "ask_recovered": ("[Have|Did] you got it back [at all|now]?", "And you've [got it back|recovered it] now?",
                      "Is it [back with you|back in your hands] now?", "[So |]is anything still missing?"),
    "event": ACCOUNTS["theft"]["event"] + (
        "#car [someone's|someone has] [broken into|smashed the window of|got into] my [car|van] [overnight|{time_ago}] and [taken|nicked] {item}",
        "#car [they've|someone's] [popped the lock on|jemmied] my [car|van] [on the drive|outside work|on {street}] and [had|taken] {item}",
        "#snatch I was [on my phone|waiting at the lights|walking down {street}] and [{a_lad} on a bike|someone on a moped|{a_man}] [grabbed|snatched] {item} [out of my hand|off my shoulder]",
        "#out {item} [went|got taken|disappeared] [from the changing rooms|from my locker|off the back of my chair] [at {place_out}|at the gym|at work] {time_ago}",
    ),
})
ACCOUNTS["shoplifting"].update({
    "detail_recovered": _RECOVERED_SHOP,
    "ask_recovered": ("Did you get [the stock|anything|the goods] back?", "Have you recovered [the items|any of it]?",
                      "[So |]is anything [actually|still] missing?", "Has {he} paid for it or [is it gone|did {he} get away with it]?"),
})
ACCOUNTS["assault"].update({
    "detail_mutual": _MUTUAL_ASSAULT,
    "ask_mutual": ("Did you [hit|push] {him} at all?", "What's {he} saying happened?", "Did you [retaliate|hit back] at all?",
                   "[And |]did you [touch|hit] {him} [at all|back]?"),
})
ACCOUNTS["domestic_assault"].update({
    "detail_mutual": _MUTUAL_DOMESTIC,
    "ask_mutual": ("Did you [hit|push] {him} at all?", "[Okay, |]what's {he} saying happened?",
                   "Did anything happen to {him}[ as well|]?"),
})
ACCOUNTS["sexual_assault"].update({
    "detail_cctv": _CCTV_SEXUAL,
    "ask_cctv": ("Do you know if there were any cameras?", "Is there anything that might have recorded it?",
                 "Were there any cameras [about|around|where it happened]?"),
})
ACCOUNTS["rape"].update({
    "detail_cctv": _CCTV_SEXUAL[1:4] + (
        "[there's|there might be] [a camera|CCTV] [in the lift|in the hallway|outside his block|at the taxi rank] [that shows us going in|from when we got there]",
        "[my phone|my watch] [would have|has] [my location|my steps|the time] on it [from that night|if that helps]",
    ),
    "ask_cctv": ("Is there anything that might [show|back up] where you were?", "Do you know if there were any cameras[ at all|]?"),
})
ACCOUNTS["coercive_control"].update({
    "detail_pattern": _PATTERN_CONTROL,
    "ask_pattern": ("Has {he} ever been physical with you?", "Has {he} ever hurt you[ physically|]?",
                    "[And |]is there any violence[, or|]?"),
    "event": ACCOUNTS["coercive_control"]["event"] + (
        "#phone {he} [reads|goes through] all my [messages|WhatsApps|emails] and [makes me|makes me] unlock my phone [when I get in|before bed]",
        "#money {he} [has|keeps] my [bank card|PIN|wages] and I [have to ask|get told off] [for every penny|if I buy a coffee]",
        "#isolate {he} [won't let me|doesn't let me|makes a scene if I] [go to work|see my sister|go to the gym|go out with the girls]",
        "#isolate {he} [tells me|told me|decides] [what to wear|I'm not going out dressed like that|to change|what I can put on] and [checks|makes me send|wants] [photos|a picture|a video|a selfie] [of where I am|when I'm out|to prove who I'm with]",
        "#phone {he} [tracks|follows] my [location|phone] and [rings|texts] [the minute|as soon as] I'm [late|somewhere {he} doesn't know]",
        "#money {he} [took out|put] [loans|a credit card|the car finance] in my name and [won't let me see|hides] the [statements|letters]",
    ),
})

ACCOUNTS.update({
    "burglary": {
        "purpose": (
            "I [want|need] to report a [burglary|break-in]",
            "[someone's|we've been|I've been] [broken into|burgled] [overnight|{time_ago}]",
            "I'm [ringing|calling] to report [a break-in|a burglary] at [my house|my shed|my garage|my allotment]",
            "[we've had|there's been] a break-in[ at the back|, they've taken loads|]",
            "I need a [crime number|reference] [for a break-in|because someone's broken in]",
        ),
        "event": (
            "#shed [someone's|someone has] broken into my [shed|garage|summer house|workshop] [overnight|{time_ago}] and [taken|nicked|cleared out] [my tools|the mower|the bikes|my power tools|the strimmer|the pressure washer]",
            "#shed [they've|someone's] [cut|snapped|jemmied] the [padlock|lock|hasp] on [my allotment shed|the shed at the allotment|the shed on my plot] and [taken|had away] [my tools|the rotavator|the petrol strimmer|everything]",
            "#shed [the garage door|the outbuilding|the stable block|the lock-up] [was|has been] [forced|levered open|prised open] and [two bikes|my quad|all the tools|the generator] [are gone|have been taken]",
            "#house [someone's|somebody has] [broken into|burgled|got into] my [house|flat] [while I was at work|while we were away|overnight|{time_ago}] and [taken|gone through] [my jewellery|the TV|my laptop|the kids' iPads|everything]",
            "#house [I came home|we got back|I got in] [{time_ago}|from holiday|from work|from my mum's] and [the back door was|the patio door had been|the kitchen window was|the side gate and back door were] [forced|smashed|kicked in|jemmied] and [the place had been ransacked|they'd been through [all|] the drawers|my jewellery box was gone|the bedrooms were turned over]",
            "#house [someone|they] [tried to|had a go at] [getting in|forcing] my [back door|front door|patio door] {time_ago}[, there's marks all round the lock|, the lock's snapped|]",
            "#house [I woke up|we woke up] and [my car keys|my handbag|the keys] [had gone|were gone] [from the hallway|off the side|from the kitchen], [they'd|someone's] [come in through|got in through] [the back door|a window]",
        ),
        "detail": (
            "[I didn't see|we didn't see|nobody saw] [anyone|who did it|a thing]",
            "[there's|we've got] no cameras [round the back|on that side|at the allotments]",
            "[the neighbour's|next door's] [shed|garage] [got done|was done] [too|as well] [the same night|last night], [different people probably|no idea who]",
            "[they've|it's] [made a right mess|left muddy footprints|left the gate open|left the drawers hanging out]",
            "I've [made|got] a list of what's [gone|missing] for [the insurance|you|the officer]",
            "#shed the [padlock|lock] [was cut|has been cut clean off|was snapped] [and left on the floor|and thrown in the bushes|]",
            "#shed [it's|the tools are] worth [about £{amount}|a couple of grand|hundreds], [I need them for work|it's my livelihood|it's all my husband's stuff]",
            "#house [I'm|we're] [really shaken up|scared to sleep here now|not sleeping], [someone's been in my house|they've been through my stuff]",
            "#house [they've|someone's] [taken|had] [my mum's rings|my late husband's watch|the kids' piggy banks] and [you can't replace that|that's what hurts]",
        ),
        "quote": (),
        "impact": ("I [feel sick|feel violated|can't believe it].", "I'm [gutted|fuming|really shaken].",
                   "[We|I] [don't feel safe|can't settle] [now|in the house now]."),
        "where_now": ("[No idea|I don't know], [they're long gone|they were gone when I got back].", "I didn't see [who|anyone]."),
        "injury": ("No, [nobody's hurt|we weren't in].", "No, [I was out|we were asleep]."),
        "qa": (
            (("Did you see or hear anyone?", "[Has anyone|Did anyone] see anything?"),
             ("No, [nobody|nothing], [we were asleep|I was at work|we were away].", "[No|Not a thing], [I only found it this morning|the dog didn't even bark].")),
            (("Is [anything|the door|the lock] [damaged|broken]?", "How did they get in?"),
             ("[The lock's|The padlock's|The door's] [snapped|forced|hanging off].", "[Through the back|Through a window|Forced the door], [there's marks|you can see where]."))),
        "detail_recovered": (
            "[a few bits|some of it|the mower] [were|was] [dumped|left] [in the next garden|by the back gate|on the field] so I've got [some of it|that] back, but [the rest|the tools] [are gone|have gone]",
            "[the police|a neighbour] found [my bike|the strimmer|the jewellery box] [dumped|in the alley] and I've got it back, [but they still broke in|but the door's smashed]",
        ),
        "ask_recovered": ("Have you got anything back?", "Is [everything|anything] still missing?"),
    },
    "threats_weapon": {
        "purpose": (
            "[someone|{a_man}|{a_lad}|this guy] [just|] [threatened me|pulled {weapon} on me|came at me] with {weapon}",
            "I [want to|need to] report [{a_man}|someone] [who threatened me|waving {weapon} at me]",
            "I've [just|] been threatened [with {weapon}|by {a_man} with {weapon}]",
            "I need to report a [road rage|road rage incident|threat] [just now|{time_ago}], {he} had {weapon}",
        ),
        "event": (
            "#road [a driver|some bloke in {scar}|{a_man} in a van] [cut me up|pulled in front of me] [on {street}|at the lights|at the roundabout] and [got out|jumped out] [with|holding|waving] {weapon}",
            "#road {he} [blocked me in|stopped his car in front of me] [at the lights|on {street}|in the car park] and [came to my window|banged on my window] with {weapon} [shouting|saying] {threat}",
            "#road {he} [followed me|tailgated me] [for miles|from the roundabout|all down the bypass] then [got out|came over] with {weapon} when I [pulled over|stopped at the lights]",
            "#street [{a_man}|{a_lad}|some lad] [pulled out|showed me|flashed] {weapon} [at the bus stop|on {street}|outside {shop}|in the underpass] and [said|told me] {threat}",
            "#street {he} [came up to me|stopped me] [in the park|on the footpath|near {place_out}] [with|holding] {weapon} and [said {he}'d use it|asked what I was looking at|wanted my phone]",
            "#shop [{a_man}|a customer|{a_lad}] [came in|came to the counter|came up to the till] and [pulled out|put] {weapon} [on the counter|in my face] [because|when] [I asked for ID|I wouldn't serve {him}|{his} card got declined]",
            "#shop {he} [waved|held up] {weapon} [at me|over the counter|at the till] [and said|shouting] {threat} [then walked out|and left|and went]",
        ),
        "detail": (
            "{he} didn't [touch me|hit me|actually use it], but I [thought|honestly thought|was sure] {he} was going to",
            "I [got|took] [his reg|a photo of his car|the number plate|a picture of {him}]",
            "[my dashcam|the shop camera|the doorbell camera|the camera behind the till] [got|caught|will have] [it|the whole thing]",
            "[it was|I think it was] [a kitchen knife|a proper big knife|a baseball bat|a bottle|something metal]",
            "[there were|my kids were|a woman was] [people|in the car|with me] [watching|screaming|crying]",
            "#road {he} [was|looked] [off his head|raging|really calm, which was worse] and [drove off|sped off|went] [towards town|down {street}|the wrong way]",
            "#shop [my colleague|the other girl|my manager] [was|hid] [in the back|behind the counter] and [pressed the alarm|rang you|froze]",
            "#street [I ran|I legged it] [into {shop}|to the bus|home] and {he} [walked off|went the other way|shouted after me]",
        ),
        "quote": THREAT_QUOTES[:3] + ("\"[get out the car|come on then|you want some]\"", "\"[I'll cut you|I'll use it|I'll do you]\""),
        "impact": _SCARED,
        "where_now": _GONE[:4],
        "injury": ("No, {he} didn't [touch me|use it], [thank God|but I'm shaking].", "No injuries, I'm just [shaken up|in bits|really shaken]."),
        "qa": (
            (("What did {he} have?", "Did you see what [the weapon was|{he} had]?", "[And |]what was {he} holding?"),
             ("{weapon}, [I'm sure|definitely|I saw it clearly].", "[It was|Looked like] {weapon}[, {he} held it right up|]."),),
        ),
        "witness_purpose": (
            "[{a_man}|someone] [is waving|just pulled] {weapon} [at people|at a driver|at {a_woman}] [on {street}|outside {shop}|at {place_out}]",
            "there's [a man|a lad] with {weapon} [threatening|shouting at] [people|a driver|the shop staff]",
        ),
        "witness_event": (
            "{he} [got out of|jumped out of] [a car|a van] with {weapon} and [went to|started on] [the other driver|a woman in a car]",
            "{he} [held|waved] {weapon} [at|in the face of] [{the_victim}|the lad behind the counter] and [shouted|said] {threat}",
        ),
    },
    "family_abuse": {
        "purpose": (
            "I [need|want] [some help|to report something] about {rel}",
            "it's {rel}, [I don't know what to do anymore|I can't cope with him|I need someone to speak to him]",
            "I'm [ringing|calling] about {rel}, [he's taking my money|he's frightening me|he won't leave me alone]",
            "I [don't want|don't really want] to get {rel} in trouble but [I need help|something's got to be done]",
        ),
        "event": (
            "#money {rel} [took|had] [my bank card|my purse|my pension|my cash] {time_ago} and [took out|drew out|spent] [£{amount}|the lot|everything]",
            "#money {rel} [came round|turned up] {time_ago} [wanting|demanding] money and when I said no {he} [took it out of my purse|grabbed my handbag|wouldn't leave]",
            "#money {rel} [has been|'s been] [using|taking] my [card|bank card|pension] [without asking|behind my back] and [I'm short for the gas|I've got nothing left|the rent's not been paid]",
            "#visit {rel} [came round|turned up] [drunk|off his head|shouting] {time_ago} and [smashed|broke|kicked] [my door|the glass in the door|my ornaments|the telly]",
            "#visit {rel} [pushed|shoved|grabbed] me [in the hallway|when I wouldn't give him money|against the door] {time_ago}",
            "#visit {rel} [stood over me|screamed in my face|threatened to put me in a home] [when I said no|until I gave him the money|in my own kitchen] {time_ago}",
        ),
        "event_sibling": (
            "#visit {rel} [came to|turned up at] my [flat|work|door] {time_ago} [shouting about mum's will|demanding money|calling me names] and [wouldn't leave|kicked the door|pushed me]",
            "#money {rel} [took|helped himself to] [money|cash|my card] [out of my bag|from my room] {time_ago} when [he was staying|I let him stay] with me",
        ),
        "event_family": (
            "#visit {rel} [came round|turned up] {time_ago} [drunk|raging] and [grabbed|pushed] me [when I wouldn't let him in|on the doorstep]",
            "#money {rel} [took|has taken] [my wages|my bank card|my student loan] and [won't give it back|says I owe it to him]",
        ),
        "detail": (
            "I [don't want|don't want to see] {him} [locked up|in trouble], [he's still my son|he's family|I just want it to stop]",
            "#money [the bank|my daughter|my other son] [noticed|spotted] [money going out|the withdrawals|the cash machine ones] [and told me to ring|and said it's not right]",
            "#money {he} [knows|has got] my PIN [and|because] [I gave it him once|he watched me|he took it off me]",
            "#money I've [only got|got] [my pension|my benefits|a bit of savings] and {he}'s [had most of it|taken the lot|bled me dry]",
            "#visit I [locked myself in|went into] [the bathroom|the bedroom|next door's] until {he} [left|calmed down|went]",
            "[my other son|my daughter|my neighbour] [doesn't know|knows] [how bad it is|and says ring you|and wants me to report it]",
            "{he}'s [got|has] [a drink problem|a drug problem|debts|no job] and I'm [all he's got|the one he comes to|the easy touch]",
            "I'm [eighty-odd|nearly ninety|not well|on my own|not steady on my feet] and I [can't|can't really] [stop him|stand up to him|fight him off]",
        ),
        "quote": ("\"[give me the money|where's your purse|I know you've got it]\"", "\"[you owe me|it's my inheritance anyway|you're only going to die with it]\"",
                  "\"[I'll put you in a home|no one will believe you|you're senile]\""),
        "impact": ("I'm [frightened of my own son|scared in my own home|at my wits' end].", "I [can't sleep|dread the door going|feel such a fool].") + _SCARED[4:],
        "where_now": ("{he}'s [gone|left] [back to his flat|to the pub|to his girlfriend's].", "{he}'s [asleep upstairs|in the other room|still here]."),
        "injury": _NOT_HURT[:3] + _HURT[:2],
    },
    "workplace_comms": {
        "purpose": (
            "I [want|need] to report [some threatening|some abusive|some really nasty] [emails|messages|voicemails] [I've had|from {rel}]",
            "I've had a [threat|threatening email|really nasty voicemail] from {rel}",
            "[my work said|my manager said|HR said] I should [ring you|report it] about [an email|messages|a voicemail] from {rel}",
            "I'm [ringing|calling] about {rel}, [{he}'s been threatening me|{he}'s sent me some horrible stuff]",
        ),
        "event": (
            "#email {he} [sent me|sent] an email {time_ago} [saying|telling me] {threat}",
            "#email {he} [emailed me|sent an email] [and cc'd|copying in] [the whole team|my manager|half the office] calling me [a slag|a useless bitch|a liar|a thief] and saying [I'd better watch myself|{he} knows where I park|{he}'ll be waiting]",
            "#voicemail {he} left a voicemail [on my work phone|on my mobile|on the office line] {time_ago} [screaming|swearing|shouting] and saying {threat}",
            "#msgs {he}'s [sent|been sending] me [messages|DMs] on [Teams|Slack|WhatsApp|the work group chat] [calling me|saying I'm] [a whore|thick|a grass] and [that {he}'ll sort me out|that I'm dead]",
        ),
        "event_customer": (
            "#email a customer [emailed|rang] [the office|my work email|our enquiries line] {time_ago} and said {he}'d [come down and sort me out|find out where I live|burn the place down] because [{his} claim got refused|{his} parcel was late|I wouldn't give {him} a refund]",
            "#voicemail [a client|a customer|one of our tenants] left [a voicemail|three voicemails] on my [desk phone|work mobile] {time_ago} saying {he} [knows my name|knows what car I drive|will be waiting outside] and {threat}",
            "#email {he} [sent|has sent] [an email|a message through the website] [to the office|addressed to me] [with my home address in it|with a photo of my car] saying [see you soon|I know where you are]",
        ),
        "event_colleague": (
            "#msgs {rel} [sent me|has sent me] [a load of|{count_many}|a few] [messages|texts] [after work|at night|at the weekend] [about my body|threatening me|calling me names] since I [reported him to HR|turned him down|got the promotion]",
            "#voicemail {rel} [left|sent] me a voice note {time_ago} saying {he}'d [smash my face in|get me sacked or worse|make my life hell] [when I'm back in|at the Christmas do]",
        ),
        "detail": (
            "I've [saved|kept|forwarded] [the email|the voicemail|the messages|everything] [to my personal email|and screenshotted it]",
            "[HR|my manager|work] [said|have said] [it's a police matter|to report it|they'd deal with the work side]",
            "[I'm|I've been] [off sick|working from home|scared to go in] [since|because of it]",
            "{he} [knows|found out] [where I live|what car I drive|what time I finish]",
            "[it came from|it's from] [his work email|his personal email|his own number|the account {he} always uses]",
            "[my colleagues|the girl I sit with|my team leader] [saw it|heard the voicemail|were cc'd] [too|as well]",
        ),
        "quote": THREAT_QUOTES[:4] + ("\"[you'll get what's coming|I'll be waiting in the car park|enjoy your drive home]\"",),
        "impact": _SCARED,
        "where_now": ("{he}'s [at work|on shift|at the office] [I think|as far as I know].", "[I don't know|No idea], {he} [lives in {town}|doesn't work here anymore]."),
        "injury": _NOT_HURT[:2],
    },
    "workplace_dispute": {
        "purpose": (
            "I [want|wanted] to report [my manager|my boss|a colleague|my employer]",
            "I'm [not sure|not sure if] this is [for the police|a police thing] but it's [about work|my employer|my manager]",
            "I need [some advice|to know my rights] about [work|my job|my boss]",
        ),
        "event": (
            "#wages [my boss|my employer|the agency] [hasn't paid me|owes me] [for {numword} weeks|£{amount}|my last month's wages] and [won't answer|keeps fobbing me off]",
            "#rude [my manager|{sfirst}, my manager,] sent [an email|a message] [telling me off|about my timekeeping|criticising my work] [in front of everyone|and copied the whole team in] and [it was humiliating|I'm really upset]",
            "#rude [a colleague|{sfirst} from work] was [really rude|sarcastic|off] with me [in a meeting|on Teams|at the till] and [I want it on record|I've had enough]",
            "#suspend I've been [suspended|sacked|put on a disciplinary] [and I think it's unfair|for something I didn't do|without a proper reason]",
            "#rude [a customer|{sfirst}, a customer,] left a [bad review|complaint] [with my name in it|about me] [online|on Google] [saying I was rude|calling me useless]",
        ),
        "detail": (
            "[there's no threats|{he} hasn't threatened me|nobody's threatened me], it's just [unfair|rude|not right]",
            "[HR|the union|ACAS] [aren't doing anything|said to ring you|are looking at it]",
            "I [just|] want [my money|it on record|an apology]",
            "I've [got|kept] [the emails|the payslips|my contract] [if you need them|to prove it]",
        ),
        "quote": (),
        "impact": ("I'm [really stressed about it|so fed up|upset more than anything].",),
        "qa": (
            (("Has anyone threatened you[ at all|]?", "Was there anything threatening in [it|the email]?", "Has {he} [threatened|harmed] you in any way?"),
             ("No, [nothing like that|it's not threatening], just [rude|unfair|out of order].", "No, [no threats|not threatening], I just [want it logged|don't think it's right].")),
        ),
    },
    "fraud": {
        "purpose": (
            "I [think|know] I've been [scammed|conned|defrauded]",
            "I [want|need] to report [a scam|fraud|someone who's conned me]",
            "I've [been|just been|gone and got] [scammed|done|conned] [out of|for] [£{amount}|a lot of money|all my savings]",
            "I've [paid for something|lost money] and [it's a scam|{he}'s disappeared|I've been done]",
        ),
        "event": (
            "#online I [paid|sent] £{amount} [for a|to a guy on Marketplace for a|to someone on eBay for a] [PS5|puppy|caravan|set of alloys|phone|sofa] and it never [came|turned up], now {he}'s [blocked me|deleted the account|stopped answering]",
            "#online I [bought|paid for] [tickets|a car|a bike] [off|from] [someone on Facebook|a website|an advert] [by bank transfer|with a transfer] and [{he} vanished|the account's gone|there was never any car]",
            "#courier [a man|someone] rang me [saying|pretending] {he} was from [the bank's fraud team|the police|Scotland Yard|my bank] and [sent a courier|had a taxi] [to collect my cards|to pick up my bank card|to take the cash] {time_ago}",
            "#courier {he} [told me|said|kept saying] [my account had been hacked|there was fraud on my card|someone at the bank was stealing] and [I had to|to] [hand my card and PIN to|give cash to|put my cards in an envelope for] [a courier|a driver|his colleague] [who'd come to the door|{he}'d send round|who'd be there in an hour]",
            "#bank I [got|had] a call from [someone saying they were from|what I thought was] [my bank|the fraud department|Santander|NatWest] and they [talked me into|got me to] [moving|transferring] £{amount} to a [safe account|new account]",
            "#bank I [got|had] a text [from|saying it was] [Royal Mail|the bank|HMRC|Evri] and I [clicked the link|put my details in] and [£{amount} went out|they emptied my account|they took £{amount}]",
        ),
        "detail": (
            "#online I've got [the messages|the advert|screenshots] and the [bank details|account number|sort code] I [paid into|sent it to]",
            "the bank [said|told me] to [report it to you|get a crime number|ring Action Fraud and you]",
            "[the number|it] [looked|came up as] [genuine|the bank's real number|the proper number]",
            "[my son|my daughter|my neighbour] said I should ring you, [I feel such a fool|I'm so embarrassed]",
            "#online {he}'s [still got the advert up|still selling on there|done it to other people, there's comments]",
            "#courier [the courier|the man who came] was [young|in a black car|in {sclothes}] and [took the card|took the envelope] at the door",
            "[it was|that's] [all my savings|my rent money|money for Christmas]",
        ),
        "quote": ("\"[don't tell the bank staff|this is confidential|your money's at risk]\"", "\"[we need to move it now|trust me, I'm from the fraud team]\""),
        "impact": ("I [feel sick|feel so stupid|can't believe I fell for it].", "I'm [gutted|in bits|panicking about the rent]."),
        "where_now": ("[No idea|I don't know], [it was all online|I never met them].",),
        "injury": ("No, [nothing like that|it was all on the phone].",),
        "qa": (
            (("How did you pay?", "[Did you pay|Was it] by bank transfer?"),
             ("[Bank transfer|By transfer], [{he} said PayPal wasn't working|{he} insisted].", "[Bank transfer, yeah|Transfer], [on {day}|straight away].")),
            (("Have you told your bank?", "[Does|Do] your bank know?"),
             ("[Yeah|Yes], they [said to ring you|froze the card|are looking into it].", "[Not yet|No], I [rang you first|didn't know who to ring].")),
        ),
    },
})
