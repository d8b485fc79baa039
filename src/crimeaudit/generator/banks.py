"""Phrase banks for the parts of a call that every situation shares.

Openings, the call handler's usual questions, the caller's everyday answers, logistics (name,
address, phone), small talk and closings. Each entry is a short template in the notation of
:mod:`crimeaudit.generator.grammar`; a slot such as ``{hname}`` is filled per call. Phrases
are kept short on purpose: a long fixed sentence shared by many calls would teach a model to
recognise the generator instead of the situation.
"""
from __future__ import annotations

# --- handler openings ----------------------------------------------------------------------
GREETING_999 = (
    "Police, what's your emergency?",
    "Police emergency, what's [happened|going on]?",
    "[Hello, |]police. What's the address of the emergency?",
    "Police, [what's happened|what's going on there]? [Is anyone hurt?|Is anyone in danger?|]",
    "Police, [tell me|can you tell me] exactly where you are.",
    "You're through to the police. What's the [emergency|problem]?",
    "Police, is anyone in immediate danger?",
    "[Hello, |]{force} Police, what's the emergency?",
    "Police. [Where are you calling from?|What's the location?]",
)
GREETING_101 = (
    "[Hello, |Hi, |]{force} Police, [how can I help?|how can I help you today?|what can I do for you?]",
    "[Good morning|Good afternoon|Good evening|Hiya], [police|{force} Police], {hname} speaking[, how can I help|].",
    "Police non-emergency, [how can I help?|what's the call about?|what's it regarding?]",
    "You're through to {force} Police, [it's|this is|you're speaking to] {hname}. [How can I help?|What's happened?]",
    "Police, {hname} speaking.",
    "[Hello, |]you're through to the police. Is this [an emergency|urgent]?",
    "{force} Police, [what's the nature of your call?|how can we help?|go ahead.]",
    "Hi, police, [sorry about the wait|thanks for holding]. How can I help?",
)
CALLER_HELLO = (
    "[Hi|Hello|Oh hi|Yeah hi|Hiya|Hi there|Hello, yeah|Um, hi], ",
    "[Yes, hello|Hi, sorry|Hello? Yeah|Right, hi|Oh, hello], ",
    "",
    "",
)
FIRST_TIME_CALLING = (
    "I've never [rung|called|phoned] the police before[, sorry|] but",
    "[sorry, |]first time I've ever [had to ring|rung|called] you lot,",
    "I don't [really|] know if this is [the right number|a police thing] but",
    "[I wasn't sure whether to ring|I didn't know who else to call] but",
)

# --- acknowledgements and prompts -----------------------------------------------------------
ACK = (
    "Okay.", "Right.", "Okay, right.", "Alright.", "Okay then.", "I see.", "Mm-hm.", "Sure.",
    "Okay, thank you.", "Thanks.", "Right, okay.", "Got it.", "Understood.", "Okay, bear with me.",
    "Okay, I'm just typing that.", "Yeah.", "Right then.", "Okay, that's fine.", "Lovely.",
    "Okay, {cfirst}.", "Right, {cfirst}.", "Thanks, {cfirst}.", "Okay, so.", "Ah, okay.",
    "Okay, no problem.", "Oh dear.", "Okay, that's awful.", "Okay, I'm sorry to hear that.",
    "", "", "", "",
)
PROMPT_ACCOUNT = (
    "[Tell me|Can you tell me|Talk me through|Just tell me] what's happened.",
    "What's happened [tonight|today|there|then]?",
    "Okay, [go on|carry on|and then what]?",
    "[And|So] what happened [next|after that|then]?",
    "[In your own words|Start from the beginning], what happened?",
    "What's [going on|been going on]?",
    "[Right, |]what [did he|has he] [do|done] exactly?",
    "[Okay, |][and|so] when was this?",
    "Can you give me a bit more detail?",
    "What's he actually [said|done]?",
    "Go on, I'm listening.",
    "[Okay|Right], and then?",
)
PROMPT_QUOTE = (
    "What did {he} say [exactly|to you|in the message]?",
    "Can you [read me|tell me] [exactly|roughly] what {he} said?",
    "[What were|Do you remember] {his} exact words?",
    "Did {he} threaten you[ at all|]?",
    "What [did the message say|does it say]?",
    "[Has|Did] {he} said anything threatening?",
)

# --- safety --------------------------------------------------------------------------------
Q_SAFE = (
    "Are you safe [right now|at the moment|where you are]?",
    "[Okay, |]are you somewhere safe?",
    "Are you [okay|alright] [at the moment|now]?",
    "Is [she|he] safe [right now|at the moment]?",
    "[First of all|Firstly|Before anything else], are you safe?",
)
Q_SAFE_3P = (
    "Is {vfirst} safe [right now|at the moment]?",
    "Where is {vfirst} now?",
    "Is {vfirst} with you [now|at the moment]?",
    "[Okay, |]and is {vfirst} okay?",
)
Q_WHERE_SUSPECT = (
    "Is {he} [there|with you|still there|nearby] [now|at the moment|right now]?",
    "Where is {he} now?",
    "Do you know where {he} is [now|at the moment]?",
    "Has {he} [gone|left]?",
    "Is {he} [still|] in the [house|property|area]?",
)
Q_INJURED = (
    "Are you hurt[ at all|]?",
    "Any injuries?",
    "Do you need an ambulance?",
    "[Okay, |]are you injured?",
    "Did {he} hurt you?",
    "Has anyone been hurt?",
)
Q_WEAPONS = (
    "Has {he} got any weapons?",
    "Did you see any weapons?",
    "Any weapons involved?",
    "Was {he} carrying anything?",
)
Q_CHILDREN = (
    "Are there any children in the [house|property|address]?",
    "Any kids with you?",
    "Are there children there?",
    "Who else is in the house with you?",
)
A_CHILDREN_NO = (
    "No, [it's just me|just me|I live on my own|the kids are at their dad's|they're at school].",
    "No[, no|], nobody else.",
    "[Not|] right now, no.",
)
A_CHILDREN_YES = (
    "[Yeah, |Yes, ]my [son|daughter|little boy|little girl|two kids] [is|are] [upstairs|asleep|in the front room].",
    "[Yeah|Yes], the baby's [asleep|in her cot|with me].",
    "Yes, [three|two] of them, they're [in bed|watching telly].",
)
A_WEAPONS_NO = (
    "No, [not that I saw|I don't think so|nothing like that].",
    "[I didn't see any|No weapons], no.",
    "No, he just [used his hands|had his phone].",
)

# --- suspect details -------------------------------------------------------------------------
Q_SUSPECT_NAME = (
    "Do you know [who {he} is|{his} name]?",
    "What's {his} [name|full name]?",
    "And {his} name is?",
    "Can I [take|have] {his} [name|details]?",
    "Do you know {his} surname?",
)
A_SUSPECT_NAME = (
    "[Yeah, |]it's {sname}.",
    "{sname}. [{slast}, |]{spell_slast}.",
    "{sfirst}, {sfirst} {slast}.",
    "[His name's|Her name's|It's] {sname}[, he's {sage}|, about {sage}|].",
    "{sname}, [I think he's {sage}|he's in his {sdecade}|don't know his date of birth].",
)
Q_SUSPECT_DESC = (
    "What does {he} look like?",
    "Can you describe {him}?",
    "[Okay, |]description?",
    "What's {he} wearing?",
    "[Roughly|About] how old is {he}?",
)
A_SUSPECT_DESC = (
    "{sbuild}, {shair}, [wearing|in] {sclothes}.",
    "[About|Maybe] {sage}, {shair}, {sclothes}.",
    "He's {sbuild}[, {shair}|], had {sclothes} on.",
    "{sclothes}, {sbuild}[, {shair}|]. [That's all I saw.|]",
)
Q_SUSPECT_CAR = (
    "Has {he} got a car?",
    "Was {he} in a vehicle?",
    "What's {he} driving?",
    "Do you know the [reg|registration]?",
)
A_SUSPECT_CAR = (
    "[Yeah, |]{scar}[, the reg starts {reg}|].",
    "{scar}. [I don't know the reg.|I think it's {reg}.|]",
    "He drives {scar}, [I think|I'm pretty sure].",
    "No, he was on foot.",
    "[I'm not sure|Don't know], [sorry|I didn't see].",
)

# --- history and references (answers live in history.py) ------------------------------------
Q_HISTORY = (
    "Has this happened before?",
    "Has anything like this happened before?",
    "[And |]has {he} done anything like this before?",
    "Is this the first time, or has it happened before?",
    "Have you had any problems with {him} before?",
    "[Okay, |]any previous [incidents|history]?",
    "Has {he} ever [done this|been like this] before?",
    "Is this a one-off or [has it been going on|is it ongoing]?",
    "Have you [reported|called us about] {him} before?",
    "Any history [between you|with him|there]?",
)
Q_REFERENCE = (
    "Do you have a [crime|incident|reference] number?",
    "Have you got a reference [number|] from before?",
    "Is there [an existing|a previous] [report|reference|log]?",
    "Have you got a crime number for that?",
    "Do you have any reference numbers?",
)
A_REFERENCE_NO = (
    "No, [I don't|I haven't|I've not got one].",
    "No, [this is the first time I've rung|I've not reported anything|I've never called before].",
    "[Not that I know of|I don't think so], no.",
    "No. [Should I have one?|What's that?]",
)

# --- logistics -------------------------------------------------------------------------------
Q_NAME = (
    "Can I [take|get|have] your [name|full name][ please|]?",
    "What's your name?",
    "[And|So] who am I speaking to?",
    "[Okay, |]your name please?",
    "Can I take a name?",
)
A_NAME = (
    "{cname}.",
    "[It's |]{cname}. {spell_clast}.",
    "{cfirst}. [{clast}.|Surname {clast}.]",
    "[Yeah, |]{cname}[, C-| ]",
    "{cname}[, Miss|, Mrs| Mr|].",
)
Q_ADDRESS = (
    "What's the [address|postcode] there?",
    "[And |]what's your address?",
    "Where are you [now|calling from]?",
    "[Okay, |]can I [get|take] the address?",
    "What's the address where this happened?",
    "Can you confirm the address for me?",
)
A_ADDRESS = (
    "{num} {street}, {town}.",
    "[It's |]{num} {street}. {postcode}.",
    "{street}, number {num}.",
    "{num} {street}[, {town}|]. [Postcode|The postcode's] {postcode}.",
    "[I'm at |]{num} {street}[ in {town}|].",
)
Q_SPELL = (
    "Sorry, can you spell that?",
    "How do you spell that?",
    "Can you spell [the street|that for me|the surname]?",
    "Is that with a [C or a K|double L|Y]?",
)
A_SPELL = (
    "{spell_street}.",
    "{spell_clast}.",
    "[Yeah, |]{spell_slast}.",
    "[It's |]like it sounds.",
)
Q_PHONE = (
    "[And |]is this the best number [for you|to get you on]?",
    "What's [a|the best] contact number?",
    "Can I [take|get] a [phone|contact] number?",
    "What number are you [calling from|on]?",
    "Best number to call you back on?",
)
A_PHONE = (
    "{cphone}.",
    "[Yeah, |]this one. {cphone}.",
    "[It's |]{cphone}[, that's my mobile|].",
    "{cphone}. [Don't ring after six if you can help it.|Text first if you can.|]",
    "[This number, yeah|Yeah, this is fine].",
)
Q_DOB = (
    "[And |]your date of birth?",
    "Can I take your date of birth?",
    "How old are you?",
)
A_DOB = (
    "{cdob}.",
    "[It's |]{cdob}.",
    "I'm {cage}.",
)

# --- evidence --------------------------------------------------------------------------------
Q_EVIDENCE_MESSAGES = (
    "Have you [kept|saved] the messages?",
    "Do you still have [the messages|them] on your phone?",
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
    "Is there any CCTV [there|nearby|on the street]?",
    "[Do you know if|Does] anyone have [a camera|a doorbell camera|CCTV]?",
    "Were there any witnesses?",
    "Did anyone else see it?",
)
A_EVIDENCE_CCTV = (
    "[There's|I think there's] a camera on [the shop|the pub|the lamp post|the corner].",
    "[My neighbour's got|I've got] a [Ring|doorbell] camera[, I'll check it|].",
    "[I don't know|No idea], [sorry|maybe].",
    "[A couple of people|A woman|Some lads|A man with a dog] [saw it|were there], [I don't know them|they left].",
    "No, [nobody|no one] [was around|saw it].",
)

# --- what the caller wants ---------------------------------------------------------------
Q_WANTS = (
    "What would you like [to happen|us to do]?",
    "[Okay, |]what are you hoping [for|we can do]?",
    "Do you want [an officer to come out|someone to speak to {him}]?",
    "Would you [support|want] police action?",
)

# --- small talk, repairs, logistics turns ---------------------------------------------------
HANDLER_REPAIR = (
    "Sorry, [you broke up there|I missed that|can you say that again]?",
    "Sorry, [say that again|what was that]?",
    "[Hello? |]Are you still there?",
    "[Sorry, |]the line's [bad|breaking up], can you repeat that?",
    "Can you speak up [a bit|for me]?",
    "Sorry, [you're very quiet|I can hardly hear you].",
)
CALLER_REPAIR = (
    "[Sorry, |]I said {repeat_bit}.",
    "[Yeah, |]{repeat_bit}.",
    "Sorry, [I'm outside|the signal's rubbish|I'm on speaker]. {repeat_bit}.",
    "[Can you hear me now?|Is that better?] {repeat_bit}.",
)
CALLER_ASIDE = (
    "Sorry, hang on[, the dog's going mad|, my kids are shouting|, someone's at the door|]. [Right, sorry.|Okay.|Sorry about that.]",
    "[Sorry, |]I'm [shaking|really shaking|all over the place|in a state].",
    "Sorry[, sorry|]. Just give me a second.",
    "Hold on, I'm [putting you on speaker|moving to the other room|going outside].",
    "[Sorry, |]my battery's [low|on ten percent].",
    "Hang on, [{cfirst2} wants to say something|my partner's just come in|I need to sit down].",
)
HANDLER_REASSURE = (
    "[That's okay|It's fine|No need to apologise], take your time.",
    "[Okay, |]you're doing really well.",
    "Take a deep breath for me.",
    "It's alright, I'm still here.",
    "No rush, {cfirst}.",
    "[Okay, |]just stay on the line with me.",
)
HANDLER_TYPING = (
    "Bear with me while I [update the log|type this up|get that down].",
    "I'm just [putting that on|adding that to] the log.",
    "[Two seconds|One moment], I'm [just checking something|just searching our system].",
    "[Okay, |]I'm just making a note of that.",
    "Let me just [check our systems|see what we've got].",
)
CALLER_OK = (
    "[Okay|Yeah|Yep|Right|Alright|Mm|Sure|No worries|That's fine|Okay, yeah].",
    "[Okay|Yeah], thank you.",
    "[Yeah, |]no problem.",
)

# --- closings --------------------------------------------------------------------------------
CLOSING_ATTEND = (
    "[Okay, |]I've [got|put] [officers|a unit|someone] [on the way|travelling to you|coming out].",
    "We'll get [someone|an officer|officers] out to you [as soon as we can|shortly|tonight].",
    "Officers are [on their way|being sent now|making their way].",
    "[Right, |]I'm [going to|gonna] get [officers|a patrol] to you.",
)
CLOSING_CALLBACK = (
    "An officer will [call you back|give you a ring|be in touch] [within 24 hours|in the next day or two|later today|tomorrow].",
    "[Someone|An officer] from [the team|{unit_spoken}] will [contact|ring] you.",
    "I'll pass this to [the team|{unit_spoken}] and they'll [get in touch|call you].",
    "I've [logged this|put a log on|made a record of this] and someone will [call you|be in touch].",
    "Your reference is {cadref}. Someone will [ring you back|be in touch].",
)
CLOSING_ADVICE = (
    "If {he} comes back, [ring|call] 999 [straight away|immediately|again].",
    "If [anything changes|anything else happens], call us back[ on 999|].",
    "Keep [your doors locked|your phone with you|hold of the messages].",
    "[Try not to|Don't] [reply to|engage with] {him}[ for now|].",
    "[Okay, |]keep yourself safe[, {cfirst}|].",
    "Stay [inside|where you are] [for now|until they arrive].",
)
CLOSING_GENERIC = (
    "Is there anything else I can help with?",
    "[Okay, |]is there anything else?",
    "[Right, |]that's all logged[ for you|].",
    "Okay, thanks for calling.",
)
CALLER_THANKS = (
    "[Okay, |]thank you.", "Thanks[ so much|, thank you|].", "Okay, thanks, bye.",
    "Thank you[, bye|, bye-bye|]. ", "Cheers[, bye|].", "Okay. Thank you[ for listening|].",
    "[Okay, |]that's great, thanks.", "Right, okay. Thanks.", "No, that's it[, thanks|].",
    "[Okay, |]I will. Thank you.", "Thank you, {hname2}.",
)
HANDLER_BYE = ("Bye now.", "Take care[, bye|].", "Bye-bye.", "[Okay, |]bye.", "You're welcome, bye.", "")

# --- caller discourse markers -----------------------------------------------------------------
CALLER_LEAD = (
    "Yeah, ", "So ", "Um, ", "Well, ", "Basically ", "Right, so ", "I mean, ", "Honestly, ",
    "Er, ", "So basically ", "Okay, so ", "Yeah, so ", "Like, ", "Look, ", "The thing is, ",
    "Sorry, ", "Yeah, well, ", "Oh, ",
)
CONNECTORS = (
    " ", " And ", " And then ", " Then ", " So ", " But ", " And like, ", " Anyway, ", " Um, ",
    " After that ", " And obviously ", " And also ", " Plus ", " ",
)
