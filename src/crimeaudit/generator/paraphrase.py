"""Word-level variation: how different people say (and officers write) the same thing.

Phrase banks fix what is said; this layer varies how: "I'm scared" / "I'm frightened",
"ring you" / "call you", "nothing" / "nowt", "because" / "cos", and in notes "officers" /
"ofrs", "no further action" / "NFA". Each speaker gets a wording profile per call (how often
they vary, whether they use northern forms), so a caller is consistent with themselves while
two calls built from the same phrase rarely match word for word.
"""
from __future__ import annotations

import random
import re

from .grammar import chance, pick

# Spoken English: each entry is a phrase and its alternatives (the phrase itself stays likely).
SPOKEN: dict[str, tuple[str, ...]] = {
    "scared": ("frightened", "terrified", "petrified", "scared stiff"),
    "frightened": ("scared", "terrified"),
    "I think": ("I reckon", "I believe"),
    "I don't know": ("I dunno", "I'm not sure", "I don't really know"),
    "yeah": ("yes", "yep", "yeh", "mm, yeah"),
    "a bit": ("a little bit", "a little"),
    "kids": ("children", "little ones", "kiddies"),
    "my house": ("my place", "my home"),
    "ring you": ("call you", "phone you", "give you a ring"),
    "ring 999": ("call 999", "dial 999", "phone 999"),
    "ring back": ("call back", "phone back"),
    "to ring": ("to call", "to phone"),
    "rang": ("called", "phoned", "rung"),
    "someone": ("somebody",),
    "anyone": ("anybody",),
    "no one": ("nobody",),
    "because": ("cos", "'cause", "as"),
    "going to": ("gonna", "going to"),
    "want to": ("wanna", "want to"),
    "straight away": ("right away", "immediately", "straightaway"),
    "thank you": ("thanks", "cheers", "thank you"),
    "thanks": ("cheers", "ta", "thank you"),
    "at the moment": ("right now", "currently", "at the minute"),
    "quite": ("pretty", "fairly"),
    "can you": ("could you", "would you"),
    "do you know": ("d'you know", "do you happen to know"),
    "messages": ("texts", "messages and that"),
    "message": ("text", "msg"),
    "loads of": ("lots of", "tons of", "a load of"),
    "loads": ("tons", "heaps", "lots"),
    "the police": ("police", "you lot", "the cops"),
    "I'm not sure": ("I don't know", "not sure", "I can't remember"),
    "honestly": ("to be honest", "genuinely", "seriously"),
    "to be honest": ("to be fair", "in all honesty", "honestly"),
    "upset": ("in bits", "in a state", "really upset"),
    "angry": ("fuming", "livid", "raging"),
    "shouting": ("yelling", "screaming", "bawling"),
    "took": ("grabbed",),
    "stolen": ("nicked", "taken", "pinched"),
    "phone": ("mobile",),
    "a lot": ("loads", "a fair bit"),
    "worried": ("concerned", "worried sick", "anxious"),
    "definitely": ("100 percent", "for sure", "definitely, yeah"),
    "everything": ("all of it", "the lot"),
    "maybe": ("perhaps", "possibly", "might be"),
    "probably": ("most likely", "I'd say"),
    "a few": ("a couple of", "some"),
    "hang on": ("hold on", "one sec", "bear with me", "wait a sec"),
    "give me a second": ("give me a sec", "one moment", "just a minute"),
    "money": ("cash", "the money"),
    "bloke": ("guy", "fella", "man"),
    "guy": ("bloke", "fella", "man"),
    "mad": ("mental", "ballistic", "crazy"),
    "basically": ("essentially", "pretty much"),
    "actually": ("in fact", "actually, yeah"),
    "literally": ("actually", "honestly"),
    "Citizens Advice": ("the CAB", "Citizens Advice Bureau"),
    "bye": ("bye-bye", "see you", "bye now"),
    "okay": ("alright", "OK", "okey-doke"),
    "problem": ("issue", "bother"),
    "to report": ("to make a report about", "to tell you about", "to report", "to let you know about",
                  "to log", "to report something about", "to put in a report about"),
    "get in touch": ("be in contact", "make contact", "give you a call"),
    "as soon as they can": ("as soon as possible", "as quick as they can", "when they can"),
    "bear with me": ("one moment", "hold on a sec", "just a second", "two secs"),
    "how can I help?": ("how can I help you?", "what can I do for you?", "how can we help?"),
    "Can I take": ("Could I take", "Can I get", "Can I have", "Could I get"),
    "an officer": ("a colleague", "a police officer", "an officer"),
    "is there anything else": ("anything else", "was there anything else", "is there owt else"),
    "I'll pass": ("I'm going to pass", "I'll send", "I'll forward"),
    "the messages": ("the texts", "them messages", "the messages"),
    "a mess": ("a tip", "a state", "a mess"),
    "blocked": ("blocked", "barred"),
    "screenshotted": ("screenshot", "saved", "took screenshots of"),
    "in the morning": ("first thing", "tomorrow morning", "in the morning"),
    "the next couple of days": ("the next few days", "a day or two", "the next couple of days"),
    "stay on the line": ("stay on the phone", "keep talking to me", "stay on the line"),
    "take your time": ("no rush", "in your own time", "take your time"),
    "no need to apologise": ("don't apologise", "you've nothing to be sorry for", "no need to be sorry"),
    "a little more": ("a bit more", "some more", "a little more"),
    "what happened": ("what went on", "what's happened", "what happened exactly"),
    "shaken up": ("shook up", "rattled", "shaken"),
    "in my life": ("ever", "before", "in my life"),
    "the dog": ("their dog", "the dog"),
    "won't stop barking": ("won't be quiet", "just barks and barks", "won't stop barking"),
    "landlord": ("letting agent", "landlord"),
    "doorbell camera": ("Ring doorbell", "door cam", "doorbell camera"),
    "a bang": ("a crash", "a smash", "a bang"),
    "looked out": ("looked out the window", "went to the window", "looked out"),
    "in the night": ("during the night", "overnight", "in the night"),
    "dispute": ("disagreement", "row", "dispute"),
    "get my stuff": ("get my things", "collect my stuff", "get my stuff"),
    "on my own": ("by myself", "alone", "on my own"),
    "the wrong thing": ("the wrong thing", "something wrong", "anything stupid"),
    "make it worse": ("make things worse", "wind them up", "make it worse"),
    "speak to him": ("have a word with him", "talk to him", "speak to him"),
    "speak to her": ("have a word with her", "talk to her", "speak to her"),
    "stuff": ("things", "belongings", "stuff"),
    "the officer": ("the PC", "the police officer", "the officer"),
    "date of birth": ("DOB", "date of birth"),
    "witnesses": ("people who saw it", "witnesses"),
    "gone for me": ("attacked me", "laid into me", "gone for me"),
    "I'll have": ("I'll get", "I'm going to have", "I'll have"),
    "will call you back": ("will ring you back", "will phone you back", "will get back to you"),
    "write this down": ("jot this down", "note this down", "write this down"),
    "I'm just": ("I'm just", "I'm only", "just"),
    "a note": ("a note", "a record"),
    "the log": ("the log", "the system", "the record"),
    "a log": ("a log", "a record", "an incident"),
    "on the system": ("on the log", "on record", "on the system"),
    "be in touch": ("be in contact", "get back to you", "be in touch"),
    "contact you": ("get hold of you", "reach you", "contact you"),
    "as far as you know": ("that you know of", "do you think", "as far as you know"),
    "right now": ("at this moment", "right this minute", "right now"),
    "tonight": ("tonight", "this evening"),
    "I'm worried": ("I'm concerned", "I'm anxious", "I'm worried"),
    "horrible": ("horrible", "nasty", "awful"),
    "really stressful": ("a nightmare", "so stressful", "really stressful"),
    "driving me mad": ("doing my head in", "driving me up the wall", "driving me mad"),
    "getting me down": ("getting to me", "wearing me down", "getting me down"),
    "a police thing": ("a police matter", "one for you", "a police thing"),
    "a police matter": ("a police thing", "something for you", "a police matter"),
    "the right number": ("the right line", "the right people", "the right number"),
    # the handler's own stock phrases
    "can you give me": ("could you give me", "can I get", "can you give me"),
    "more information": ("more info", "more details", "more information"),
    "more detail": ("more details", "more info", "more detail"),
    "the best number": ("a good number", "the right number", "the best number"),
    "who am I speaking to": ("who's this", "who am I talking to", "who am I speaking to"),
    "I didn't get your name": ("I didn't catch your name", "I missed your name", "I didn't get your name"),
    "as far as I can see": ("from what you've said", "as far as I can tell", "as far as I can see"),
    "keep a note of it": ("keep a diary of it", "write it all down", "keep a note of it"),
    "expect a call": ("you'll hear from them", "they'll ring you", "expect a call"),
    "the domestic abuse team": ("the DA team", "our domestic abuse unit", "the domestic abuse team"),
    "I can give you some advice": ("I can advise you", "I can give you a few pointers", "I can give you some advice", "I can tell you what to do"),
    "lock the door": ("lock yourself in", "put the chain on", "lock the door"),
    "reference number": ("crime number", "ref number", "log number", "reference number"),
    "what's happened": ("what's gone on", "what happened", "what's happened"),
    "in your own words": ("in your own time", "in your words", "in your own words"),
    "update the log": ("update the system", "add this on", "update the log"),
    "any dogs": ("any pets", "any animals", "any dogs"),
    "at the address": ("at the house", "at the property", "at the address"),
    "I keep thinking": ("I can't stop thinking", "I keep thinking"),
    "wasted your time": ("been a nuisance", "bothered you for nothing", "wasted your time"),
    "ripped off": ("done over", "stitched up", "ripped off"),
    "is this the best number": ("is this a good number", "is this number okay", "is this the best number"),
    "call you back": ("ring you back", "get back to you", "call you back"),
    "I'm still here": ("I'm here", "I'm not going anywhere", "I'm still here"),
    "go over that": ("run through that", "repeat that", "go over that"),
    "no problem": ("no worries", "not a problem", "no problem"),
    "I'm afraid": ("unfortunately", "sadly", "I'm afraid"),
    "a civil matter": ("a civil issue", "civil, not criminal", "a civil matter"),
    "one of the patrols": ("a patrol", "the on-duty team", "one of the patrols"),
    "the crime desk": ("the crime team", "our crime desk", "the crime desk"),
    "someone will": ("somebody will", "one of us will", "someone will"),
    "anything else": ("owt else", "anything more", "anything else"),
    "let us know": ("tell us", "give us a ring", "let us know"),
    "turns up": ("comes home", "shows up", "turns up"),
    "just now": ("a minute ago", "a moment ago", "just now"),
    "keep your phone with you": ("keep your phone on you", "have your phone handy", "keep your phone with you"),
    "officers": ("police", "some officers", "two officers", "officers"),
    "on their way": ("on the way", "coming", "on their way"),
    "day or two": ("couple of days", "day or so", "day or two", "48 hours"),
    "give you a ring": ("give you a call", "ring you", "phone you", "give you a ring"),
    "give you a call": ("give you a ring", "call you", "be in touch", "give you a call"),
    "what can I do for you?": ("how can I help you?", "what's the problem?", "what can I do for you?"),
    "can you tell me": ("could you tell me", "can you let me know", "can you tell me"),
    "tell me": ("tell me", "let me know", "explain"),
    "a minute ago": ("a moment ago", "just before", "a minute ago"),
    "stay on the": ("stay on the", "keep on the", "hang on the"),
    "I need to": ("I have to", "I've got to", "I need to"),
    "I want": ("I want", "I'd like", "I just want"),
    "I just": ("I just", "I only"),
    "couple of": ("couple of", "few"),
    "going on": ("going on", "happening"),
    "wanted to": ("wanted to", "wanted to just", "was hoping to"),
    "when I was": ("when I was", "while I was", "as I was"),
    "the first time": ("the very first time", "the first time ever", "the first time"),
    "I'll put it on": ("I'll add it", "I'll note it", "I'll put it on"),
    "I might have to go": ("I'll have to go soon", "I might get called away", "I might have to go"),
    "who saw it": ("who saw anything", "that saw it", "who saw it"),
    "nothing like that": ("nothing of the sort", "no, nothing like that", "nothing like that", "not at all"),
    "have you got": ("have you got", "do you have", "you got"),
    "at all": ("at all", "whatsoever", "in any way"),
    "it's just": ("it's only", "it's just", "just"),
    "crime number": ("crime reference", "crime number", "crime ref"),
    "on this street": ("on this road", "round here", "on this street"),
    "always been quiet": ("always been peaceful", "always been fine", "always been quiet"),
    "never had an issue": ("never had bother", "never had a problem", "never had an issue"),
    "never had any trouble": ("never had any bother", "never had a problem", "never had any trouble"),
    "since I was little": ("since I was a kid", "since I was small", "since I was little"),
    "all over the place": ("all over the shop", "a mess", "all over the place"),
    "not from round here": ("not local", "not from this area", "not from round here"),
    "the line's": ("the line is", "this line's", "the line's"),
    "some details": ("a few details", "more details", "some details"),
    "I've only just": ("I only just", "I've just", "I've only just"),
    "say otherwise": ("say different", "show otherwise", "say otherwise"),
    "the plans": ("the plans", "the drawings", "the survey"),
    "how are you doing": ("how are you getting on", "how are you", "how are you doing"),
    "really stressed": ("so stressed", "stressed out", "really stressed"),
    "a fortune": ("a fortune", "loads", "a bomb"),
    "I'm calling": ("I'm ringing", "I'm phoning", "I'm calling"),
    "I'm ringing": ("I'm calling", "I'm phoning", "I'm ringing"),
    "ringing about": ("calling about", "phoning about", "ringing about"),
    "calling about": ("ringing about", "phoning about", "calling about"),
    "can I": ("could I", "may I", "can I"),
    "Can I": ("Could I", "May I", "Can I"),
    "if you can": ("if possible", "if you're able", "if you can"),
    "a couple of": ("a couple of", "two or three", "a few"),
    "I'll get": ("I'll have", "I'm getting", "I'll get"),
    "in the next": ("within the next", "over the next", "in the next"),
    "someone from": ("somebody from", "a member of", "someone from"),
    "Someone from": ("Somebody from", "A member of", "Someone from"),
    "An officer": ("A colleague", "A police officer", "An officer"),
    "I've got": ("I have", "I've got", "I got"),
    "a sec": ("a second", "a moment", "a sec"),
    "do you want": ("would you like", "d'you want", "do you want"),
    "Do you want": ("Would you like", "D'you want", "Do you want"),
    "what's your": ("what is your", "what's your"),
    "What's your": ("What is your", "What's your"),
    "I just want": ("all I want is", "I only want", "I just want"),
}
# Wording only a caller would use of the police.
CALLER_ONLY = ("the police", "going to", "want to", "bloke", "mad", "angry", "hit", "stolen", "loads")

# Regional forms, used only by speakers whose profile has them.
NORTHERN = {"nothing": ("nowt",), "anything": ("owt",), "something": ("summat",), "mum": ("mam",),
            "my brother": ("our kid",), "yes": ("aye",)}

# Officers' notes: written-out words and their shorthand, either way round.
SHORTHAND: dict[str, tuple[str, ...]] = {
    "officers": ("ofrs", "OFRs", "officers"),
    "Officers": ("Ofrs", "OFRs"),
    "attended": ("att'd", "attended", "att"),
    "address": ("addr", "address", "HA"),
    "statement": ("w/s", "statement", "MG11"),
    "with": ("w/", "with"),
    "no further action": ("NFA", "no further action"),
    "previous": ("prev", "previous", "prev."),
    "between": ("b/w", "between"),
    "advised": ("adv'd", "advised", "given advice"),
    "incident": ("inc", "incident", "occurrence"),
    "approx": ("approx.", "around", "approximately", "c."),
    "and": ("&", "and", "+"),
    "reports": ("states", "reports", "r/ports", "called to report"),
    "spoken to": ("s/t", "spoken to", "seen"),
    "suspect": ("SUSP", "suspect", "susp"),
    "messages": ("msgs", "messages", "texts"),
    "because": ("as", "b/c", "because"),
    "no": ("no", "nil"),
    "not": ("not", "NOT"),
    "victim": ("IP", "victim", "VIC"),
    "safeguarding": ("s/g", "safeguarding"),
    "information": ("info", "information", "intel"),
    "confirmed": ("confirmed", "conf'd", "verified"),
    "following": ("following", "f/ing", "after"),
    "no offences": ("nil offences", "no offences"),
    "closed as": ("filed as", "finalised as", "closed as"),
    "Closed as": ("Filed as", "Finalised as", "Closed as"),
    "recorded as": ("logged as", "classed as", "recorded as"),
    "Recorded as": ("Logged as", "Classed as", "Recorded as"),
    "lost property": ("LP", "lost prop", "lost property"),
    "No crime": ("NC", "No-crime", "No crime"),
    "threats to harm": ("threats of violence", "threats to hurt", "threats to harm"),
    "left without paying": ("made off without paying", "left w/o paying", "left without paying"),
    "declined": ("refused", "declined"),
    "non-crime": ("non crime", "NCR", "non-crime"),
    "Non-crime": ("Non crime", "NCR", "Non-crime"),
    "parties": ("both parties", "those involved", "parties"),
    "CCTV": ("CCTV", "footage", "cameras"),
    "at the time": ("at the relevant time", "at that time", "at the time"),
    "Caller": ("RP", "Informant", "Caller"),
    "caller": ("RP", "informant", "caller"),
}


def _compile(table: dict[str, tuple[str, ...]]) -> re.Pattern:
    keys = sorted(table, key=len, reverse=True)  # longest first: "I don't know" before "I"
    return re.compile(r"(?<![\w'])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w'])")


_SPOKEN = _compile(SPOKEN)
_NORTHERN = _compile(NORTHERN)
_SHORTHAND = _compile(SHORTHAND)


# Hedges and fillers people put inside sentences. None of them says anything about earlier
# occasions ("again", "still", "always" are deliberately absent: they would change the labels).
SUBJECT_HEDGES = ("just", "actually", "basically", "really", "kind of", "sort of", "like", "literally")
CLAUSE_HEDGES = ("like", "you know", "I mean", "basically", "to be fair", "honestly", "and that")
HANDLER_HEDGES = ("just", "actually")
_AUX = ("was", "is", "were")
# A subject pronoun, optionally an auxiliary, then the next word: "he" [was] "stood".
# Not after an auxiliary: "can I help" must not become "can I just help".
_SUBJECT = re.compile(r"(?<!can )(?<!could )(?<!will )(?<!would )(?<!did )(?<!do )(?<!does )(?<!shall )"
                      r"(?<!was )(?<!were )(?<!has )(?<!have )(?<!is )(?<!are )"
                      r"\b(I|he|she|they|we|He|She|They|We)((?:'s|'d|'ve|'m|'re)?)( (?:" +
                      "|".join(_AUX) + r"))?(?= (?!can\b|could\b|will\b|would\b|should\b|might\b|must\b)[a-z])")
_CLAUSE = re.compile(r", (?=[a-z])")


class Wording:
    """One speaker's wording profile for a call."""

    def __init__(self, rng: random.Random, *, rate: float | None = None, northern: bool | None = None,
                 handler: bool = False) -> None:
        self.rng = rng
        # How often this speaker departs from the phrase-bank wording. A departure, once made,
        # sticks for the call ("texts" rather than "messages"), as people's habits do.
        self.rate = rate if rate is not None else pick(rng, (0.55, 0.7, 0.8, 0.9))
        self.northern = northern if northern is not None else chance(rng, 0.2)
        # A call handler keeps to professional wording: no "you lot", no "the cops".
        self.lexicon: dict[str, str] = {k: k for k in CALLER_ONLY} if handler else {}

    def speak(self, text: str) -> str:
        """Vary the spoken wording of one turn; the other party's quoted words stay as said."""
        if '"' in text:
            parts = text.split('"')
            return '"'.join(self.speak(p) if i % 2 == 0 else p for i, p in enumerate(parts))
        rng = self.rng
        text = _SPOKEN.sub(lambda m: self._swap(m.group(1), SPOKEN), text)
        if self.northern:
            text = _NORTHERN.sub(lambda m: NORTHERN[m.group(1)][int(rng.random() * len(NORTHERN[m.group(1)]))]
                                 if rng.random() < 0.6 else m.group(1), text)
        return text

    def hedge(self, text: str, rate: float, handler: bool = False) -> str:
        """Put hedges inside sentences: "he was just stood there, like, outside"."""
        if '"' in text:
            parts = text.split('"')
            return '"'.join(self.hedge(p, rate, handler) if i % 2 == 0 else p for i, p in enumerate(parts))
        rng = self.rng
        words = HANDLER_HEDGES if handler else SUBJECT_HEDGES

        def subject(m: re.Match) -> str:
            if rng.random() >= rate:
                return m.group(0)
            return m.group(0) + " " + pick(rng, words)

        text = _SUBJECT.sub(subject, text)
        if not handler:
            text = _CLAUSE.sub(lambda m: ", " + pick(rng, CLAUSE_HEDGES) + ", "
                               if rng.random() < rate * 0.4 else ", ", text)
        return text

    def write(self, text: str) -> str:
        """Vary the shorthand of officers' notes."""
        return _SHORTHAND.sub(lambda m: self._swap(m.group(1), SHORTHAND), text)

    def _swap(self, phrase: str, table: dict[str, tuple[str, ...]]) -> str:
        chosen = self.lexicon.get(phrase)
        if chosen is None:
            chosen = pick(self.rng, table[phrase]) if self.rng.random() < self.rate else phrase
            self.lexicon[phrase] = chosen
        return chosen
