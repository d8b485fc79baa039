"""Phrase banks for the parts of a call that every situation shares.

Openings, the call handler's usual questions, the caller's everyday answers, logistics (name,
address, phone), small talk and closings. Each entry is a short template in the notation of
:mod:`crimeaudit.generator.grammar`; a slot such as ``{hname}`` is filled per call.

Why so many brackets: the handler's questions and the caller's short answers are the most
formulaic part of any call, and a run of them (question, "no", question...) would otherwise
repeat word for word across thousands of calls and teach a model the generator instead of the
situation. So every phrase has a choice point every few words, and frequent turns draw on a name,
a place or a reference where a real handler would say one.
"""
from __future__ import annotations

# --- handler openings ----------------------------------------------------------------------
GREETING_999 = (
    "Police, what's your emergency?",
    "Police emergency, what's [happened|going on][ there|]?",
    "[Hello, |]police[, {hname} speaking|]. What's the [address|location] of the emergency?",
    "Police, [what's happened|what's going on there]? [Is anyone hurt?|Is anyone in danger?|]",
    "Police, [tell me|can you tell me] [exactly|] where you are.",
    "You're through to the police[, {hname} speaking|]. What's the [emergency|problem]?",
    "Police, is anyone in [immediate|any] danger?",
    "[Hello, |]{force} Police[, {hname} speaking|], what's the emergency?",
    "Police. [Where are you calling from?|What's the location?|What's the address?]",
    "{force} Police emergency[, {hname} speaking|]. [Are you safe to talk?|What's happening?]",
)
GREETING_101 = (
    "[Hello, |Hi, |]{force} Police, [how can I help?|how can I help you today?|what can I do for you?]",
    "[Good morning|Good afternoon|Good evening|Hiya], [police|{force} Police], {hname} speaking[, how can I help|].",
    "[Police non-emergency|{force} Police non-emergency|Non-emergency line][, {hname} speaking|], [how can I help?|what's the call about?|what's it regarding?]",
    "You're through to {force} Police, [it's|this is|you're speaking to] {hname}. [How can I help?|What's happened?]",
    "[Police|{force} Police], {hname} speaking.",
    "[Hello, |]you're through to {force} Police[, {hname} speaking|, it's {hname}]. [Is this|Is it] [an emergency|urgent|something urgent][, or can it wait|, or not|]?",
    "{force} Police, [what's the nature of your call?|how can we help?|go ahead.]",
    "Hi, {force} Police[, {hname} here|], [sorry about the wait|thanks for holding|sorry to keep you]. [How can I help?|Go ahead.|What's it about?]",
    "{hname} at {force} Police, [how can I help?|what's happened?|go ahead].",
)
CALLER_HELLO = (
    "[Hi|Hello|Oh hi|Yeah hi|Hiya|Hi there|Hello, yeah|Um, hi],",
    "[Yes, hello|Hi, sorry|Hello? Yeah|Right, hi|Oh, hello],",
    "[Hi|Hello|Hiya], [my name's|it's|I'm] {cfirst}[ {clast}|],",
    "[Hi|Hello], [yeah, |]{cfirst} [here|speaking],",
    "", "", "",
)
FIRST_TIME_CALLING = (
    "I've never [rung|called|phoned] [the police|you] before[, sorry|] but ",
    "[sorry, |]first time I've [ever|] [had to ring|rung|called] you lot, ",
    "I don't [really|] know if this is [the right number|a police thing] but ",
    "[I wasn't sure whether to ring|I didn't know who else to call|my mum said to ring] but ",
)

# --- acknowledgements and prompts -----------------------------------------------------------
ACK = (
    "Okay.", "Right.", "Okay, right.", "Alright.", "Okay then.", "I see.", "Mm-hm.", "Sure.",
    "Okay, thank you.", "Thanks.", "Right, okay.", "Got it.", "Understood.", "Okay, bear with me.",
    "Okay, I'm just typing that.", "Yeah.", "Right then.", "Okay, that's fine.", "Lovely.",
    "[Okay|Right|Thanks|Alright|Okay then], {cfirst}.",
    "[Okay|Right|Thank you], {cfirst}, [that's helpful|got that|bear with me].",
    "Okay, so.", "Ah, okay.", "Okay, no problem.", "Oh dear.", "Okay, that's [awful|horrible|not nice].",
    "[Okay, |]I'm [sorry to hear that|sorry that's happened].", "Yep.", "Okay, I've got that.",
    "Right, I've [noted that|put that down].",
    "Okay, {cfirst}, [I'm just|just] [writing that down|getting that down|updating the log].",
    # echoes: handlers repeat a fact back while they type it
    "[Okay|Right], {time_ago}[, you said|, okay|].", "[Okay|Right], so this is [at|on] {street}.",
    "[Okay|Right], {street}[, {town}|].", "So {time_ago}, [right|okay|yeah].", "[Okay, |]in {town}[, yeah|].",
    "[Okay|Right], and you're at {num} {street}[, yeah|].", "[Okay, |]so {time_ago}[ at {street}|].",
    "", "", "", "",
)
PROMPT_START = (
    "[Tell me|Can you tell me|Talk me through|Just tell me] what's happened[ {when_today}|, in your own words|].",
    "What's [happened|gone on] [tonight|today|there|then][, {cfirst}|]?",
    "[In your own words|Start from the beginning|From the start|Take your time], [what happened|tell me what's happened|what's gone on]?",
    "What's [going on|been going on|the problem][, {cfirst}|, love|]?",
    "[Okay, |Right, |]go on[, I'm listening|, {cfirst}|, I'm here].",
    "[Right, |Okay, ]tell me [about it|what's going on|from the start|what happened].",
    "[Okay, |]so what's [happened|going on|the issue]?",
    "[Okay|Right], [and|so] what's [this|it] [about|regarding]?",
)
PROMPT_OFFENCE = (
    "[Right, |][What did he do|What has he done] [exactly|then]?",
    "[Okay, |]and what did {he} [actually|] do?",
)
PROMPT_ACCOUNT = (
    "[Okay|Right|Mm], [go on|carry on|and then what]?",
    "[And|So] what happened [next|after that|then]?",
    "Can you give me [a bit|a little|some] more [detail|information][ about that| on that|]?",
    "[Okay|Right], and then?",
    "[Okay, |]anything else [I should know|you can tell me|I need to know][ about it|]?",
    "Tell me [a bit|a little] more[ about that| about what happened|].",
    "[Sorry, |]can you [explain|go over] that [again|for me]?",
    "[Okay, |]what else[ happened| went on|]?",
    "[And|So] then what[ happened|]?",
    "[Mm-hm|Yeah|Right]. [Keep going|Go on|And?]",
    "What happened [after that|next|then], {cfirst}?",
    "[Okay, |]how did it [end|finish|stop]?",
)
PROMPT_QUOTE = (
    "What did {he} say [exactly|to you|then]?",
    "Can you tell me [exactly|roughly] what {he} said?",
    "[What were|Do you remember] {his} [exact|actual] words?",
    "Did {he} [say anything|threaten you][ at all|]?",
    "Did {he} say anything [threatening|to you]?",
)
PROMPT_QUOTE_MESSAGE = (
    "What did the message say [exactly|word for word]?",
    "Can you read me [the message|what {he} wrote|the text]?",
    "What [does it say|did {he} write|did {he} put]?",
    "[Is there|Was there] [a threat|anything threatening] in [it|the message]?",
)

# --- safety --------------------------------------------------------------------------------
Q_SAFE = (
    "Are you [safe|okay|alright] [right now|at the moment|where you are|there]?",
    "[Okay, |First things first, |]are you [somewhere safe|safe where you are|in a safe place][ now|]?",
    "[First of all|Firstly|Before anything else|Most importantly], are you [safe|okay|hurt]?",
    "Are you [on your own|by yourself|with anyone] [right now|at the moment|there]?",
    "Can you [lock the door|get somewhere safe|stay inside] [for me|while we talk|for now]?",
)
Q_SAFE_3P = (
    "Is {vfirst} safe [right now|at the moment]?",
    "Where is {vfirst} [now|at the moment]?",
    "Is {vfirst} with you [now|at the moment]?",
    "[Okay, |]and is {vfirst} [okay|alright]?",
)
Q_WHERE_SUSPECT = (
    "Is {he} [there|with you|still there|nearby|still about] [now|at the moment|right now]?",
    "Where [is|'s] {he} [now|at the moment|right now], [do you know|can you see|as far as you know]?",
    "[Do you know|Any idea] where {he} [is|went|has gone] [now|at the moment|after]?",
    "Has {he} [gone|left|driven off|walked off][ now| yet|]?",
    "Is {he} [still|] [in the house|at the property|in the area|outside|in the street][ now|]?",
    "Which way did {he} [go|head|walk off]?",
)
Q_INJURED = (
    "Are you [hurt|injured|bleeding][ at all| anywhere|]?",
    "Any injuries[ at all| I need to know about|]?",
    "Do you need [an ambulance|a paramedic][ at all| there|]?",
    "Did {he} [hurt you|leave any marks|injure you][ at all| anywhere|]?",
    "[Has anyone been hurt|Is anyone injured|Is anyone hurt there]?",
    "Have you got any [marks|bruises|cuts|pain] [anywhere|from it|at all]?",
)
Q_INJURED_3P = (
    "Is {vfirst} hurt[ at all|]?",
    "Has {vfirst} got any injuries?",
    "Does {vfirst} need an ambulance?",
)
Q_WEAPONS = (
    "Has {he} got any weapons?",
    "Did you see any weapons?",
    "Any weapons [involved|at all]?",
    "Was {he} carrying anything?",
)
Q_CHILDREN = (
    "Are there any [children|kids] in the [house|property|address]?",
    "Any kids [with you|there]?",
    "Are there children [there|at the address]?",
    "Who else is [in the house|there] with you?",
)
A_CHILDREN_NO = (
    "No, [it's just me|just me|I live on my own|the kids are at their dad's|they're at school].",
    "No[, no|], nobody else.",
    "[Not|] right now, no.",
)
A_CHILDREN_YES = (
    "[Yeah, |Yes, ][my son is|my daughter is|my little boy is|my little girl is|my two kids are] [upstairs|asleep|in the front room].",
    "[Yeah|Yes], the baby's [asleep|in her cot|with me].",
    "[Yes|Yeah], [three|two|four] [of them|kids|little ones], [they're|they are] [in bed|watching telly|upstairs|with my mum next door].",
)
A_WEAPONS_NO = (
    "No, [not that I saw|I don't think so|nothing like that].",
    "[I didn't see any|No weapons], no.",
    "No, {he} just [used his hands|had his phone].",
)
Q_DOGS = ("Are there any dogs at the [address|house]?", "[And |]any dogs [there|at the property]?",
          "Any animals the officers should [know about|be aware of]?")
A_DOGS = ("No, [no dogs|no pets].", "Just [ours|a cat], [she's friendly|it's fine].",
          "[Yeah, |]{he} keeps the dog in the yard.",
          "[There's|We've got] a [staffy|little terrier], it's [fine|shut in].")
A_SAFE = (
    "[Yeah|Yes], I'm [okay|safe] [now|at the moment|I think].",
    "[I think so|Yeah], I'm {safe_place}.",
    "[Sort of|Not really], I'm {safe_place}.",
    "I'm [okay|alright], [just shaken|just scared|I've locked the door].",
    "[Yeah, |]I'm still [at work|in the car|in the car park|at the shop], [I'm okay|I'm fine].",
)
A_SAFE_3P = (
    "I'm [at my mum's|with my friend|at home|at school] now.",
    "I'm [okay|safe] [now|at the moment].",
    "I'm [here with|staying with] [my mum|a friend|them] [tonight|for now].",
)

# --- suspect details -------------------------------------------------------------------------
Q_SUSPECT_NAME = (
    "Do you know [who {he} is|{his} name|{his} full name][ at all|]?",
    "What's {his} [name|full name|surname][, do you know|]?",
    "[And|So] {his} [name is|full name is]?",
    "Can I [take|have|get] {his} [name|details|full name][ please| off you|]?",
    "Do you know {his} [surname|last name|date of birth][ at all|]?",
    "[Is {he} someone you know|Do you know {him}][, or a stranger|, or not|]?",
)
A_SUSPECT_NAME = (
    "[Yeah, |]it's {sname}.",
    "{sname}. [{slast}, |]{spell_slast}[, I think|].",
    "{sfirst}, {sfirst} {slast}.",
    "[{his} name's|It's] {sname}[, {he}'s {sage}|, about {sage}|].",
    "{sname}, [I think {he}'s {sage}|{he}'s in his {sdecade}|don't know his date of birth].",
)
Q_SUSPECT_DESC = (
    "What does {he} look like[, roughly|, can you describe {him}|]?",
    "Can you [describe {him}|give me a description][ for me|, please|]?",
    "[Okay, |]description[ of {him}|, please|]?",
    "What [was|is] {he} wearing[, can you remember|, do you know|]?",
    "[Roughly|About] how old [is|would you say] {he} [is|]?",
    "[Tall|Height], build, [hair|clothes]? [Anything you remember.|Whatever you saw.]",
)
A_SUSPECT_DESC = (
    "{sbuild}, {shair}, [wearing|in] {sclothes}.",
    "[About|Maybe] {sage}, {shair}, {sclothes}.",
    "{he}'s {sbuild}[, {shair}|], had {sclothes} on.",
    "{sclothes}, {sbuild}[, {shair}|]. [That's all I saw.|]",
)
Q_SUSPECT_CAR = (
    "Has {he} got a car?",
    "Was {he} in a vehicle?",
    "What's {he} driving[ these days|]?",
    "Do you know the [reg|registration]?",
)
A_SUSPECT_CAR = (
    "[Yeah, |]{scar}[, the reg starts {reg}|].",
    "{scar}. [I don't know the reg.|I think it's {reg}.|]",
    "{he} drives {scar}, [I think|I'm pretty sure].",
    "No, {he} was on foot.",
    "[I'm not sure|Don't know], [sorry|I didn't see].",
)

# --- history and references (answers live in history.py) ------------------------------------
Q_HISTORY = (
    "[Has|Has this|Has any of this] [happened|gone on|been going on] [before|in the past|previously|prior to [today|tonight]]?",
    "Has [anything|something] like [this|that] [happened|gone on] [before|in the past|previously][ with {him}|]?",
    "[And |]has {he} [done|said|tried] anything like [this|that] [before|in the past|previously]?",
    "[Is|Would you say] [this|today|tonight] [is|was] the first time[ {he}'s done this| anything's happened| you've had bother|], or [has it happened before|has there been [more|other stuff]|is there history|has {he} done it before|is it an ongoing thing]?",
    "[Have you had|Has there been] [any|] [problems|trouble|issues|bother] [with {him}|between you] [before|in the past|previously]?",
    "[Okay, |]any [previous|past|other|earlier] [incidents|history|problems|reports][ with {him}| like this|]?",
    "Has {he} [ever|at any point] [done this|been like this|done anything like that|acted like this] [before|towards you|in the past]?",
    "[Is this|Was this] a [one-off|single incident|first], or [has it been going on|is it ongoing|is there more to it|has {he} done it before]?",
    "Have you [reported|called us about|rung us about|told us about] {him} [before|in the past|previously]?",
    "[Any|Is there any] [history|background] [between you|with {him}|there|between the two of you]?",
    "[Was|Is] [this|tonight|today] the [only|first] time {he}'s [done it|done something like this|been like this]?",
)
Q_REFERENCE = (
    "Do you have a [crime|incident|reference] number[ for it|]?",
    "Have you got a reference [number|] from [before|last time|the other day]?",
    "Is there [an existing|a previous|an open] [report|reference|log|crime]?",
    "Have you got a crime number [for that|already|from us]?",
    "Do you have any [reference|crime|log] numbers[ at all|]?",
    "Has [this|anything] been reported [before|already|to us]?",
    "Have you [spoken to|reported it to] [anyone|the police|us] [already|before|yet]?",
)
A_REFERENCE_NO = (
    "No, [I don't|I haven't|I've not got one|nothing like that].",
    "No, [this is the first time I've rung|I've not reported anything|I've never called before|I didn't report it].",
    "[Not that I know of|I don't think so|Not yet], no.",
    "No. [Should I have one?|What's that?|Do I need one?]",
    "[No, |]I [didn't|never] [report it|ring anyone|get one][, no|, sorry|].",
)

# --- logistics -------------------------------------------------------------------------------
Q_NAME = (
    "Can I [take|get|have] your [name|full name|first name and surname][ please|]?",
    "What's your [name|full name|surname]?",
    "[And|So] who am I [speaking to|talking to][ today|]?",
    "[Okay, |]your name[ please|]?",
    "Can I take a name[ from you| off you|]?",
    "[Sorry, |]I didn't get your name[, who am I speaking to|]?",
    "[Right, |]let me [take|get] your details. [Name?|Your name?|Full name?]",
    "Who's calling[, please|, sorry|]?",
)
A_NAME = (
    "{cname}.",
    "[It's |]{cname}. {spell_clast}.",
    "{cfirst}. [{clast}.|Surname {clast}.]",
    "[Yeah, |]{cname}.",
    "{cname}[, sorry|, yeah|].",
)
Q_ADDRESS = (
    "What's the [address|postcode|full address] [there|you're at|for you]?",
    "[And |]what's your [address|home address|postcode]?",
    "Where are you [now|calling from|at the moment|right now]?",
    "[Okay, |]can I [get|take|have] [the|your] [address|postcode|house number]?",
    "What's the address where [this|it|all this] happened?",
    "Can you [confirm|give me|tell me] [the|your] address[ for me|, please|]?",
    "[Which|What] [road|street] are you on?",
    "Whereabouts [are you|is this|do you live]?",
    "[Is that|Are you] at home[ now|]? What's the address?",
)
A_ADDRESS = (
    "{num} {street}, {town}.",
    "Flat {num2}, {num} {street}.",
    "[It's |]{num} {street}. {postcode}.",
    "{street}, number {num}.",
    "{num} {street}[, {town}|]. [Postcode|The postcode's] {postcode}.",
    "[I'm at |]{num} {street}[ in {town}|].",
)
Q_SPELL = (
    "Sorry, can you spell that?",
    "How do you spell that[, {cfirst}|]?",
    "Can you spell that [for me|please]?",
    "[Sorry, |]is that with [a C or a K|a double L|a Y|an E on the end|one T or two][, {cfirst}|]?",
)
A_SPELL_STREET = ("[It's |]like it sounds, {street}.", "{street}, [like the|as in the] [name|word].",
                  "[It's |]{street}[, {town}|]. [Do you want me to spell it?|It's on the map.|]")
A_SPELL_NAME = ("{spell_clast}.", "[Yeah, |]{spell_clast}.", "[It's |]{spell_clast}, [like it sounds|sorry].")
Q_PHONE = (
    "[And |]is this the best number [for you|to get you on|to call you back on]?",
    "What's [a|the best] [contact|phone|mobile] number[ for you| to reach you|]?",
    "Can I [take|get|grab] a [phone|contact|mobile] number[ for you|, please|]?",
    "What number are you [calling from|on|ringing on][ now| today|]?",
    "Best number to [call|ring|get] you [back on|on][, please|]?",
    "[If we get cut off|In case we get cut off|If the line drops|Just in case], [what's your number|can I grab your number|what's the best number]?",
)
A_PHONE = (
    "{cphone}.",
    "[Yeah, |]this one. {cphone}.",
    "[It's |]{cphone}[, that's my mobile|].",
    "{cphone}. [Don't ring after six if you can.|Text first if you can.|]",
    "[This number, yeah|Yeah, this is fine|This one's fine|This mobile's fine|You can get me on this one|It's my only phone, so this one|Best on this], {cphone}[, any time|, after four's better|].",
)
Q_DOB = (
    "[And |]your date of birth[ please| for me|]?",
    "Can I [take|have|get] your date of birth[, {cfirst}|]?",
    "Date of birth [for you|please|as well]?",
    "What's your date of birth?",
    "[And |]when were you born?",
)
A_DOB = ("{cdob}.", "[It's |]{cdob}.")
Q_AGE = ("How old are you[, {cfirst}|]?", "[And |]your age?", "Can I ask how old you are?")
A_AGE = ("{cage}.", "I'm {cage}.", "[I'm |]{cage}[, {cage1} next month|].")

# --- evidence --------------------------------------------------------------------------------
Q_EVIDENCE_MESSAGES = (
    "Have you [kept|saved] the messages?",
    "Do you [still|] have [the messages|them] on your phone?",
    "Can you [screenshot|save] [the messages|them] for the officer?",
    "Have you [deleted|blocked] anything?",
)
A_EVIDENCE_MESSAGES = (
    "[Yeah, |Yes, ]I've [screenshotted|saved|kept] [them all|everything|most of them].",
    "[I think so|Some of them], I [deleted|blocked] a few [at first|before].",
    "[Yeah|Yes], they're [all|] [on my phone|in my phone|in a folder].",
    "I've got [screenshots|the voice notes|the call log], yeah.",
)
Q_EVIDENCE_CCTV = (
    "Is there [any|] CCTV [there|nearby|on the street|round there][ at all|]?",
    "[Do you know if|Does] anyone [have|round there have] [a camera|a doorbell camera|CCTV]?",
    "Were there any witnesses[ at all|, anyone who saw it|]?",
    "Did anyone else [see it|see what happened|hear it][ at all|]?",
    "[Was|Were] [anyone|other people] [around|about|there] [at the time|when it happened]?",
    "Any cameras [nearby|in the area|on the houses|on the shops]?",
)
A_EVIDENCE_CCTV = (
    "[There's|I think there's] a camera on [the shop|the pub|the lamp post|the corner].",
    "[My neighbour's got|I've got] a [Ring|doorbell] camera[, I'll check it|].",
    "[I don't know|No idea], [sorry|maybe].",
    "[A couple of people|A woman|Some lads|An old boy with a dog] [saw it|were there], [I don't know them|they left].",
    "No, [nobody|no one] [was around|saw it].",
)

# --- what the caller wants ---------------------------------------------------------------
Q_WANTS = (
    "What would you like [to happen|us to do][ about it|]?",
    "[Okay, |]what are you hoping [for|we can do|will happen]?",
    "Do you want [an officer to come out|someone to speak to {him}|us to speak to {him}]?",
    "Would you [support|want] [police action|a prosecution|us to take it further]?",
    "[And |]how would you like [us to deal with it|this dealt with]?",
    "Are you [wanting|happy] to [give a statement|make a statement|support a prosecution]?",
)

# --- small talk, repairs, logistics turns ---------------------------------------------------
HANDLER_REPAIR = (
    "Sorry, [you broke up there|I missed that|you cut out|the line went][, {cfirst}|]. [Can you say that again?|Say again?|Go on?|Once more?]",
    "Sorry, [say that again|what was that|what did you say|can you repeat that][ for me|, {cfirst}|]?",
    "[Hello? |{cfirst}? |]Are you still there[, {cfirst}|]?",
    "[Sorry, |]the line's [bad|breaking up|really crackly|dropping out][ your end| a bit|], [can you repeat that|could you say it again|would you mind repeating that|go again]?",
    "Can you speak up [a bit|for me|a little][, please|, {cfirst}|]?",
    "Sorry, [you're very quiet|I can hardly hear you|there's a lot of noise your end|there's an echo][, {cfirst}|].",
    "[Sorry, |]I [lost you|missed you|didn't get that] [there|for a second|for a moment][, {cfirst}|]. [Go again?|Say again?|Can you repeat it?|The last part?]",
)
CALLER_REPAIR = (
    "[Sorry, |]I said {repeat_bit}.",
    "[Yeah, |Sorry, |]{repeat_bit}.",
    "Sorry, [I'm outside|the signal's rubbish|I'm on speaker|I'm in the car|it's windy|I'm walking]. {repeat_bit}.",
    "[Can you hear me [now|better]?|Is that better?|Any better?|Hello?|Better now?] [I said |Sorry, |]{repeat_bit}.",
    "[I said|I was saying|I was just saying], [um, |er, |]{repeat_bit}[, sorry|].",
    "[Hang on, |Wait, |]I'll [move|go upstairs|go by the window]. [Right, |]{repeat_bit}.",
)
CALLER_UPSET = (
    "[Sorry, |]I'm [shaking|really shaking|all over the place|in a state|a mess][ here| right now|].",
    "Sorry[, sorry|]. [Just give me a second.|Give me a minute.|Hang on.|I need a sec.]",
    "Sorry, I [can't think straight|keep crying|feel sick|can't breathe properly][ right now|].",
    "[I'm sorry|Sorry], I'm [not making sense|all over the place|rambling][, am I|].",
)
HANDLER_REASSURE = (
    "[That's okay|It's fine|No need to apologise], take your time.",
    "[Okay, |]you're doing [really|] well.",
    "Take a [deep|slow|big] breath [for me|, {cfirst}|, okay].",
    "It's alright, I'm [still|] here.",
    "No rush, {cfirst}.",
    "[Okay, |]just stay on the line [with me|for me].",
)
CALLER_ASIDE = (
    "Sorry, hang on[, the dog's going mad|, my kids are shouting|, someone's at the door|]. [Right, sorry.|Okay.|Sorry about that.]",
    "Hold on, I'm [putting you on speaker|moving to the other room|going outside].",
    "[Sorry, |]my battery's [low|on ten percent|about to die].",
    "Hang on, [{cfirst2} wants to say something|my partner's just come in|I need to sit down].",
)
HANDLER_WAIT = (
    "[That's fine|No problem|Okay], [go ahead|I'll wait|I'm here].",
    "[Sure|Okay], [no rush|take your time].",
    "[Okay, |]I'm still here[, {cfirst}|].",
)
HANDLER_TYPING = (
    "Bear with me [while I|whilst I|as I] [update the log|type this up|get that down|put this on][, {cfirst}|].",
    "I'm just [putting that on|adding that to] the log.",
    "[Two seconds|One moment], I'm [just checking something|just searching our system].",
    "[Okay, |]I'm just making a [note|record] of that.",
    "Let me just [check our systems|see what we've got][, {cfirst}|].",
)
CALLER_OK = (
    "[Okay|Yeah|Yep|Right|Alright|Mm|Sure|No worries|That's fine|Okay, yeah|Fine].",
    "[Okay|Yeah|Right], [thank you|thanks|cheers].",
    "[Yeah, |]no [problem|worries|bother].",
    "[Okay|Right], [I'll wait|I'm here|go on].",
    "[That's okay|It's fine|No rush|Fine][, I'm not going anywhere|, take your time|, I'm here|].",
    "[Mm|Yeah], [okay|alright], [sure|fine].",
)

# --- closings --------------------------------------------------------------------------------
# Closings are composed of independent pieces (who, what, when, a reference) so that the
# end of one call rarely matches the end of another word for word.
CLOSING_ATTEND = (
    "[Okay, |Right, |{cfirst}, |]I've [got|put|sent] [officers|a unit|a patrol|two officers|someone] [on the way|travelling to you|coming out|heading to {street}][ now| already|].",
    "We'll [get|have] [someone|an officer|officers|a patrol] [out to you|with you|round to {street}] [as soon as we can|shortly|tonight|in the next [half hour|hour|few minutes]].",
    "Officers are [on their way|being sent now|making their way|en route][ to {street}| to you| from {town}|]. [Stay on the line if you can.|Keep your phone on.|Keep the door locked.|]",
    "[Right, |Okay, |]I'm [going to|gonna] get [officers|a patrol|a unit] to {street}[ straight away| now| for you|].",
    "[There's|I've got] a [unit|patrol|car] [nearby|in {town}|not far away|close by], they'll be [with you|there|at {street}] [soon|in a few minutes|shortly|before long].",
    "[I've|We've] [flagged this as urgent|graded this as an emergency|made this a priority][, {cfirst}|], [officers are coming|someone's on the way|a car's been sent].",
    "[Okay, |]{cfirst}, [the officers|they] [should be|will be] there [in about {numword} minutes|very soon|any minute][, okay|].",
)
CLOSING_CALLBACK = (
    "[An officer|Someone|PC {officer}|One of my colleagues|Someone from {unit_spoken}] will [call you back|give you a ring|be in touch|contact you|ring you] {when_back}.",
    "[I'll pass this to|I'm sending this to|I've referred this to|This is going to] {unit_spoken}[, {cfirst},|] and [they'll|PC {officer} will|someone will] [get in touch|call you|ring you|give you a call] {when_back}.",
    "I've [logged this|put a log on|made a record of this|created a log], [your reference is|the reference is|it's] {cadref}. [Someone|An officer|PC {officer}] will [call you|be in touch|ring you] {when_back}.",
    "Your [reference|log number|incident number] is {cadref}[, {cfirst}|]. [Someone|An officer|{unit_spoken}] will [ring you back|be in touch|contact you] {when_back}.",
    "[Okay, |Right, |]I'll [get|have] [an officer|someone|PC {officer}] [to call you|to ring you|contact you] {when_back}[, okay|, is that alright|].",
    "[Write this down if you can|Have you got a pen|Have you got something to write on|Jot this down], [it's|the number's|your reference is] {cadref}. [They'll|Someone will|PC {officer} will] [call|ring] {when_back}.",
    "[It'll go|That's gone] to {unit_spoken} [now|tonight|in the morning][, {cfirst}|]. [Expect a call|You'll get a call|They'll ring] {when_back}.",
    "[So |]the [log|reference] is {cadref}[ and|, and] it's [with|going to] {unit_spoken}. [Speak soon.|They'll be in touch.|Bye for now.]",
)
CLOSING_ADVICE = (
    "If {he} [comes back|turns up|contacts you again|comes near you], [ring|call] 999 [straight away|immediately|again].",
    "If [anything changes|anything else happens|you feel unsafe], [call us back|ring us|ring 999][ straight away|, {cfirst}|].",
    "[In the meantime, |For now, |]keep [your doors locked|your phone with you|hold of the messages|everything {he}'s sent].",
    "[Try not to|Don't] [reply to|engage with|contact] {him}[ for now| in the meantime|].",
    "[Okay, |]keep yourself safe[, {cfirst}|, love|].",
    "Stay [inside|where you are|somewhere safe] [for now|until they arrive|until officers get there].",
)
CLOSING_GENERIC = (
    "[Is there|Was there] anything else [I can help with|you wanted to tell me|at all]?",
    "[Okay, |]is there anything else?",
    "[Right, |Okay, ]that's [all logged|all on the system|on the log][ for you| now|].",
    "Okay, thanks for [calling|ringing|letting us know][, {cfirst}|].",
)
WHEN_BACK = (
    "within [24|twenty-four|forty-eight] hours", "later [today|on|this afternoon]", "tomorrow[ sometime|]",
    "in the next [day or two|couple of days|few days]", "as soon as [they can|possible|they're free]",
    "[by|before|on] {day}", "this evening", "tomorrow [morning|afternoon]", "today[ hopefully|]",
    "[later|when they're on shift|once they've read it|when they've looked at it]",
)
CALLER_THANKS = (
    "[Okay, |Right, |]thank you[ so much|, {hname2}|].", "Thanks[ so much|, thank you|][, bye|].",
    "[Okay|Right|Alright], [thanks|cheers], bye.", "Thank you[, bye| then|, bye-bye|].",
    "Cheers[, bye|, mate|, {hname2}|].", "Okay. Thank you[ for listening| for your help| for being so nice|].",
    "[Okay, |]that's [great|brilliant|fine], thanks.", "[Right|Okay], okay. Thanks.",
    "No, that's [it|all|everything][, thanks|, thank you|, {hname2}|].", "[Okay, |Yeah, |]I will[, yeah|]. [Thank you.|Thanks.|Cheers, {hname2}.]",
    "[Okay|Yeah], [I'll wait|I'll keep my phone on|I'll wait for them|I'll look out for them]. Thanks.",
    "[Okay|Yep], [that's everything|that's all], [thanks|cheers].", "[Okay, |]bye[ then|].",
    "[Okay|Right], [so|] {cadref}[, got it|, I've written it down|]. Thanks[, bye|].",
    "[Thanks|Thank you], I'll [wait for|look out for] [the call|PC {officer}'s call|their call][ later|].",
    "[Okay, |]I'll [be in|be here|be at {street}] [all day|tonight|after {clock}]. [Thanks.|Bye.|Thank you, bye.]",
    "[Lovely|Brilliant|Great], [thanks|thank you][ for your help|, {hname2}|]. [Bye.|Bye-bye.|]",
)
HANDLER_BYE = ("Bye now[, {cfirst}|].", "Take care[, bye|, {cfirst}|].", "Bye-bye.", "[Okay, |]bye[, {cfirst}|].",
               "You're welcome[, bye|, {cfirst}|].", "Bye[, {cfirst}|, love|].", "Take care of yourself[, {cfirst}|].",
               "No problem[, bye| at all|, {cfirst}].", "[Okay, |]speak soon[, bye|].", "Mind how you go[, bye|].", "")

# --- caller discourse markers -----------------------------------------------------------------
CALLER_LEAD = (
    "Yeah, ", "So ", "Um, ", "Well, ", "Basically ", "Right, so ", "I mean, ", "Honestly, ",
    "Er, ", "So basically ", "Okay, so ", "Yeah, so ", "Like, ", "Look, ", "The thing is, ",
    "Sorry, ", "Yeah, well, ", "Oh, ",
)

# --- what a handler says when the matter is not one for the police -------------------------
HANDLER_NON_CRIME: dict[str, tuple[str, ...]] = {
    "noise": ("[Noise is|That's] really one for the council's [environmental health|noise] team[, I'm afraid|].",
              "I'll [log it|put a log on] and [pass it to|let] the neighbourhood team [know|].",
              "[If it carries on|In future], the council [have|run] a noise [line|app]."),
    "civil_dispute": ("[That sounds like|I'm afraid that's] a civil matter[, I'm afraid|, {cfirst}|].",
                      "Citizens Advice [can help with that|are the best people for that|will know more].",
                      "You might [need|want] to [look at|go through] the small claims court."),
    "boundary_dispute": ("[That's|I'm afraid that's] a civil matter, [not really a police one|between you and {him}].",
                         "You might need [a solicitor|to check the Land Registry] for that.",
                         "[If|Should] {he} [threatens you|damages anything|gets aggressive|touches your property], [that's different|that changes things|that's a police matter], [ring us back|call us straight away|give us a ring|ring 999 if it's urgent]."),
    "lost_property": ("I'll [log that|put that on] as lost property[ for you|].",
                      "[If it turns up|If it's handed in], we'll [let you know|contact you].",
                      "I can give you a [reference|lost property reference] for [the insurance|the bank]."),
    "welfare": ("We'll get [someone|a unit|officers] [round|to check] on {him}[ {when_today}|].",
                "Officers will [do a welfare check|go and knock][ on {street}|]."),
    "advice": ("[You'd be best|It's best|I'd suggest] [speaking to|contacting|ringing] [the council|Citizens Advice|a solicitor|the DVLA] about [that|this][, {cfirst}|].",
               "[That's not|It doesn't sound like|I don't think that's] [a police matter|one for us|criminal][ as such|, {cfirst}|], but [I can give you some advice|here's what you can do|I'll tell you who can help|there are people who can help].",
               "[Okay, |]so [legally|generally|in most cases], [that's|it's] [a civil thing|not something we'd deal with|for the council].",
               "[There's nothing criminal there|No offence there|That's not a crime as such][, {cfirst}|, as far as I can tell|], but [keep a note of it|ring back if it changes|keep any paperwork|log everything with dates]."),
    "child_concern": ("[We'll get|I'm sending] officers to [have a look|check] [for {him}|on the children].",
                      "[Keep|Try] ringing round {his} friends and [let us know|call back] if {he} turns up."),
    "domestic_argument": ("I'll [get|send] officers [round|to pop in] [to make sure everyone's okay|to check on you].",
                          "[If it gets|If anything gets] worse, ring 999."),
    "workplace_dispute": ("[That sounds like|I'm afraid that's|To me that's] [an employment matter|one for your employer|an HR matter|something for HR][, {cfirst}|, not a police one|].",
                          "[ACAS|Citizens Advice|Your union] [can advise|are really good|would be the people] [on that|on things like that|to talk to][, I'll give you the number|, they're free|].",
                          "If anyone [threatens you|sends you anything threatening], that's different, ring us back."),
    "case_update": ("I'll [add that|put that] on [your report|the crime report|the log].",
                    "I'll [pass it|send it] to the officer in the case."),
}
Q_WITNESS = (
    "Can you [still see|see] {him} [now|from where you are]?",
    "Which way did {he} go?",
    "Is anyone hurt, [can you see|do you know]?",
    "Are you [somewhere safe|safe] where you [can watch|are]?",
)
RELAY_LEAD = (
    "{vshe}'s told me ", "apparently ", "from what {vshe}'s said, ", "{vshe} says ", "{vshe} said ",
    "{vshe} told me [that|] ", "according to {vfirst}, ", "{vfirst} says ", "[she|{vshe}]'s saying ", "", "", "",
)
HANDLER_DISMISSIVE = (
    "[Okay, |]it sounds [like a|more like a] [civil matter|neighbour dispute|falling out], [to be honest|if I'm honest].",
    "[Right, |]I'll [log it|put a log on] and someone will [give you some advice|call you].",
    "[Okay, |]have you tried [blocking|talking to] {him}?",
)
HANDLER_NOTED = (
    "[Okay, |]I'll [add that to|put that on] [the log|the report|your report|the record].",
    "[Right, |]that's [useful|important|really helpful][ to know|], [thank you|thanks][, {cfirst}|].",
    "[Okay, |]I've [noted that|got that down|added that][ for the officer|].",
    "[Okay, |]the officer [will want to know that|needs to know that], [I'll put it on|I've noted it].",
)

# --- framing: the small words people put around a question or an answer --------------------
# Real handlers rarely ask a bare question ("And just so I know, is he there now at all?"), and
# callers trail off ("..., I think", "..., if that makes sense"). Framing is drawn per turn.
QUESTION_PREFIX = (
    "And ", "So ", "Can I ask, ", "Just so I know, ", "Right, and ", "{cfirst}, ", "Okay, and ",
    "Just quickly, ", "Sorry, ", "Now, ", "And {cfirst}, ", "Can you tell me, ", "I need to ask, ",
    "Okay, so ", "Alright, ", "Just checking, ", "One more thing, ", "If I can ask, ",
)
QUESTION_SUFFIX = (
    " at all", " then", ", do you know", ", love",
    ", if you can", ", as far as you know", " there", ", d'you think", ", my love", ", mate",
)
ANSWER_TAIL = (
    ", yeah", ", I think", ", to be honest", ", you know", ", I'm not sure", ", as far as I know",
    ", honestly", ", if that makes sense", ", I suppose",
)

# Read-backs: the handler repeating what the caller gave, and the caller confirming.
READ_BACK_NAME = ("So that's {cname}[, yeah|]?", "{cfirst} {clast}, [got it|lovely|thank you].",
                  "[Okay, |]{cname}[, is that right|]?", "{clast}, [thanks|okay]. [And first name {cfirst}?|]")
READ_BACK_ADDRESS = ("So that's {num} {street}[, yeah|, is it|]?", "{num} {street}[ in {town}|], [okay|lovely|got it].",
                     "[Okay, |]{street}, number {num}[, yes|]?", "[Right, |]{num} {street}. [Thank you.|Got it.]")
READ_BACK_PHONE = ("[So |]{cphone}[, yeah|, is that right|]?", "[Okay, |]that's {cphone}. [Thanks.|Lovely.]",
                   "{cphone}[, and that's a mobile|, got it|]?")
CONFIRM = ("Yeah.", "Yes[, that's right|, that's it|].", "That's it[, yeah|].", "Yep[, that's it|].", "Mm-hm.",
           "Correct.", "Yeah, that's [it|right|the one].", "[Yes|Yeah], [spot on|exactly|perfect].", "That's right[, yeah|].")
Q_FEELING = (
    "How are you [feeling|doing|holding up][ now| at the moment|, {cfirst}|]?",
    "[Are you|You] [okay|alright][ in yourself|, love|]?",
    "[And |]how's [this|all this|it] [affecting you|been for you]?",
    "How are you [coping|managing][ with it all|]?",
)
A_SUSPECT_UNKNOWN = (
    "No, I've never seen {him} before[ in my life|, honestly|].",
    "[No idea|I don't know|Not a clue], [sorry|I'm afraid|to be honest].",
    "No, I don't [know|recognise] {him}[ at all|].",
    "[Not a clue|No], {he} was just [some random|a stranger|some [bloke|lad|person] off the street].",
    "[I've|I have] no idea who {he} [is|was][, never seen him|]. [Sorry.|]",
    "No, [{he} wasn't|{he}'s not] from round here[, I don't think|].",
)
