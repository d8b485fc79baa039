"""Cue rules: spaCy components that find the words behind a judgement.

Each cue is a named rule over tokens. Matches become spans in `doc.spans["cues"]` labelled by cue
name, and `evidence(doc, field)` turns them into `Evidence` with exact character offsets. The
rules come from the domain guide (shared/docs/DOMAIN.md), not from any evaluation text.

Pattern strings are a small notation over lower-cased tokens, compiled to spaCy Matcher patterns:
`word` matches the token; `a|b|c` any of them; `*ing` a token ending in "ing"; `#` a number-like
token; `?word` / `?a|b` optional; `_` any one token; `_?` any one optional token; `~regex` a token whose text matches the regex.
"""
from __future__ import annotations

from collections.abc import Iterable
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .records import Evidence
from .tokenmatch import LexicalMatcher
from .turns import CALLER, HANDLER, Turn, speaker_at, split_turns

SPAN_KEY = "cues"
NEGATED_PREFIX = "negated-"

# --------------------------------------------------------------------------- rule tables
# Continuation cues: the call shows earlier occasions of the same conduct.
_PRONOUN = "he|she|they|him|her|them|it|this|that"
_CONTACT_VERB = ("messaging|texting|calling|ringing|phoning|following|contacting|emailing|"
                 "posting|turning|coming|driving|sending|harassing|threatening|watching|"
                 "hanging|waiting|knocking|banging|leaving|commenting|tagging|bombarding")
CONTINUATION_RULES: dict[str, list[str]] = {
    "repetition": [
        "again", "yet again", "all over again", "still " + _CONTACT_VERB,
        "keeps|kept|keep ?on *ing", "won't|wont|doesn't|does|will stop", "wo n't stop",
        "does n't stop", "never stops", "constantly", "all the time", "over and over",
        "every night|day|morning|evening|week|weekend|time", "non-stop|nonstop",
        "bombarding|bombarded", "same as before|last|always", "as usual", "once more",
        "another one", "at it again", "on and off",
    ],
    "count": [
        "# missed calls|messages|texts|times|calls|emails|voicemails",
        "hundreds|dozens|loads|lots of calls|messages|texts|voicemails|emails",
        "# more messages|texts|calls", "how many times",
        "# times ?this|today|now|tonight|week|month|year",
    ],
    "ordinal-occasion": [
        "second|third|fourth|fifth|sixth|tenth|umpteenth|nth time|occasion",
        "not|n't|isn't|isnt ?even the first time", "is n't ?even the first time",
        "not for the first time", "another time", "last time ?he|she|they",
        "this time he|she|they", "the time before", "times before", "happened before",
        "done this|it before", "before as well|too", "previous|previously", "it started when",
        "getting worse", "escalating", "worse and worse",
    ],
    "time-span": [
        "since january|february|march|april|may|june|july|august|september|october|november|"
        "december|christmas|easter|summer|spring|autumn|winter|then|last",
        "for weeks|months|years|ages", "for # days|weeks|months|years",
        "for a few|couple|number of ?of days|weeks|months|years",
        "for the past|last # ?days|weeks|months|years",
        "for the past|last few|couple ?of days|weeks|months|years",
        "over the past|last # ?days|weeks|months|years", "ever since",
        "last week|night|month|weekend|year as well|too", "the week|night|day before",
        "a few weeks|months|days ago", "yesterday as well|too",
    ],
    "prior-report": [
        "already reported|rang|called|phoned", "reported it|this|him|her before|already|last",
        "rang|called|phoned ?you|the|police before", "you came out|round|before",
        "officers|police came out|round|before", "crime|reference|incident|log|ref number",
        "crime|ref ref|reference", "i've got a ref|reference", "last time i rang|called|phoned",
        "i've been on to you", "spoke to an officer",
        # a reference quoted by the caller, e.g. CRI/1234/24 or INC-55123
        "~^[A-Za-z]{2,6}[/-]\\d{3,}[/0-9-]*$",
    ],
    "police-action": [
        "was|been|got warned|arrested|cautioned|charged|interviewed",
        "harassment|police warning|notice", "on bail", "bail conditions",
        "pin notice", "gave him|her a warning",
    ],
    "order-breach": [
        "non-molestation|non molestation|restraining|protection|protective order",
        "non - molestation order", "stalking protection order", "injunction",
        "not allowed to contact|come|go|be|message|ring|call",
        "breach|breached|breaching|breaking ?his|her|the ?order|bail|conditions",
    ],
    "stalking-behaviour": [
        "follows|followed|following me|us|her|him", "outside my|our|the house|flat|work|door|school",
        "sat|sitting|parked|waiting in|outside his|her|a|the car|van", "watching me|us|the house",
        "tracker|tracking|tracked", "knows|knew where i", "messaging|contacting|messaged my friends|family|mum|sister|brother|work",
        "new account|accounts|profile|profiles|number", "fake account|accounts|profile",
        "withheld number|numbers", "private number", "turns|turned|turning up at|outside",
        "more flowers|gifts|presents", "left flowers|gifts|notes|a note",
    ],
    "habitual": [
        "always|usually|normally|regularly|routinely does|do|comes|gets|starts|turns|takes|says",
        "he|she|they always|usually|normally", "whenever he|she|they", "every time he|she|they",
        "every payday|weekend",
        "most nights|weekends|days|weeks", "like he|she|they always|usually do|does",
        "that's|thats what he|she|they does|do", "that is what he|she|they does|do",
        "it's|its how he|she is", "same thing every",
    ],
    "ex-partner": [
        "my|her|his ex", "ex - partner|boyfriend|girlfriend|husband|wife",
        "ex-partner|ex-boyfriend|ex-girlfriend|ex-husband|ex-wife",
        "since we split|broke|separated", "split up|broke up", "can't|cant|won't accept it's|its|it over",
        "ca n't accept", "wo n't accept", "won't leave me alone", "wo n't leave me alone",
    ],
    # A history implied by what it has already set in motion: safeguarding, records kept,
    # defences against contact, or a caller who cannot say where it began.
    "implied-history": [
        "safety plan", "idva|isva|marac", "dash risk|form|assessment", "stalking advocate",
        "on conditions", "keep|keeping|kept a log|diary|record of", "log|diary of everything",
        "screenshot|screenshotted|screenshots everything|all", "since i blocked ?him|her|them",
        "every time i block", "how long have you got", "where do i ?even start|begin",
    ],
}
# Counter-cues: the caller says the conduct is new or unconnected.
COUNTER_RULES: dict[str, list[str]] = {
    "first-occurrence": [
        "first time anything|this|it ?like ?this ?has ?happened", "never happened before",
        "nothing like this ?has ?ever ?happened ?before", "never seen him|her|them before",
        "never met him|her|them", "complete|total stranger", "random man|woman|driver|guy|lad|bloke|person",
        "out of the blue", "no history", "nothing before", "not before", "never before",
        "first time he|she's|he's|she|they ?has|have ?ever", "no previous",
    ],
    "first-contact-police": [
        "first time i've|i ?have ?ever rung|called|phoned|reported", "never rung|called|phoned the police",
        "never had to call|ring",
    ],
}
# Offence cues: the account, at face value, describes a notifiable offence.
OFFENCE_RULES: dict[str, list[str]] = {
    "threat": [
        "threatened|threatening|threatens|threat|threats", "said|says|saying he'd|she'd|he|she|they ?would|will|'ll|'d kill|stab|hurt|burn|smash|get|batter|do",
        "going|gonna to kill|stab|hurt|burn|smash|batter", "kill me|you|her|him|us",
        "i'll|ill kill", "watch your back", "you're dead",
    ],
    "violence": [
        "hit|punched|kicked|slapped|pushed|shoved|strangled|choked|grabbed|headbutted|bit|"
        "assaulted|attacked|beat|battered|hurt|strangling|throttled|stamped|spat|elbowed|scratched",
        "put his|her hands round|around my|her neck", "black eye", "bruises|bruised|bleeding|injury|injuries",
    ],
    "sexual": [
        "raped|rape|sexually|groped|indecent|indecently|molested", "touched me|her|him|my",
        "forced me|her|him", "exposed himself|herself", "without consent", "against my will",
        "nudes|intimate images|explicit photos",
    ],
    "damage": [
        "smashed|damaged|keyed|vandalised|vandalized|slashed|graffiti|scratched", "broke|broken my|the|our window|door|car|phone",
        "set fire", "put through my|the window",
    ],
    "theft": [
        "stole|stolen|nicked|pinched|shoplifting|shoplifter|shoplifted|burgled|burglary|robbed|mugged",
        "took my|her|his|the money|phone|bag|purse|wallet|car|keys|bike", "walked out without paying",
        "without paying", "filling his|her|their bag|bags|pockets",
    ],
    "abuse-communication": [
        "abusive|threatening|nasty|horrible|vile|obscene messages|texts|calls|voicemails|comments",
        "called me a|an", "sent me pictures|photos|videos", "grossly offensive", "racist|homophobic abuse",
    ],
    "coercive-control": [
        "won't|wont let me", "wo n't let me", "checks|checking my phone", "takes|took my money|bank|card|wages",
        "controls|controlling|controlled", "isolated|isolating me", "not allowed to see|go|leave",
        "locks|locked me in|out", "tells|told me what to wear|do|say", "puts|put me down",
        "won't|wont let me see|go|have|work", "monitors|monitoring my", "checks|checking where i",
        "controls|controlled the money|finances", "takes|took my phone|keys",
    ],
}
# Non-offence context: civil, noise, welfare, lost property, advice.
CONTEXT_RULES: dict[str, list[str]] = {
    "civil-context": [
        "boundary|fence|hedge|driveway|parking space|landlord|deposit|tenancy|contract|refund",
        "civil matter", "small claims", "solicitor", "custody arrangements",
    ],
    "noise-context": ["music|noise|loud|party|bass|dog barking|barking"],
    "lost-context": ["lost|misplaced|dropped|left it|can't find|cant find|ca n't find"],
    "welfare-context": ["welfare|haven't heard from|have n't heard from|worried about|not answering"],
    "advice-context": ["just want|wanted some advice", "advice", "what are my options", "can you advise"],
}
# Notes: the decision's rationale. Weak rationales never justify no-crime by themselves.
WEAK_RATIONALE_RULES: dict[str, list[str]] = {
    "first-offence": [
        "first offence|incident|report|occasion|time|complaint",
        "1st offence|incident|report|occasion|time", "no previous|prior ?reports|incidents|history|offences",
        "isolated incident", "one off", "one - off", "one-off", "no pattern", "not a course of conduct",
        "no course of conduct", "single incident|occasion",
    ],
    "disbelief": [
        "not credible", "lacks credibility", "credibility", "inconsistent|inconsistencies",
        "not believed", "do|does|did not believe", "don't|dont|doesn't believe", "do n't believe",
        "wasting police time", "fabricated|fabricating|made up|exaggerated|exaggerating",
        "malicious|vexatious complaint|report|allegation", "doubt|doubts|doubtful", "unreliable",
        "attention seeking", "story changed|changes", "no evidence to support ?her|his|the ?account|allegation",
    ],
    "no-further-evidence": [
        "no further evidence|lines|enquiries", "nfe", "left on file", "filed", "no evidence",
        "insufficient evidence", "no witnesses", "no cctv", "no independent witnesses|evidence",
        "no lines of enquiry", "nfa", "no further action",
        "no suspect|suspects|offender|offenders ?identified|known", "unknown offender|offenders",
        "offender|offenders|suspect unknown", "no forensic|forensics ?opportunities",
    ],
    "words-only": ["words only", "verbal only", "no threats|threat made|made", "no injury|injuries",
                   "no physical contact|violence|assault", "no offences disclosed", "no offence disclosed"],
    "support-withdrawn": [
        "does|did not support|wish|want", "doesn't|didn't|dont|won't support|want|wish",
        "does n't support|want|wish", "declined|refused|refuses|declines ?to ?provide|give|make ?a ?statement|support|complaint",
        "withdrew|withdrawn|withdrawal|retracted|retraction", "not supportive|unsupportive",
        "unwilling|reluctant", "no complaint", "wouldn't provide", "would n't provide",
        "not support|supporting ?police ?action|prosecution",
    ],
    "advice-only": [
        "advice given|provided", "advised", "words of advice", "warning issued|given",
        "spoken to|s/o", "suspect|susp spoken", "told to stay away", "harassment warning issued",
    ],
    "civil-rationale": [
        "neighbour dispute|issue", "tit for tat", "tit - for - tat", "tit-for-tat", "six of one",
        "civil matter|issue|dispute", "domestic spat|argument", "spat", "relationship issue",
        "mutual", "both parties", "handbags", "both as bad", "consensual fight",
        "employment|hr|workplace|family matter|issue|dispute", "refer|referred to employer|hr",
    ],
    "suspect-denies": ["denies|denied|denial", "word against word", "one word against another",
                       "his|her word against"],
    "absence-of-evidence": [
        "inconclusive", "nothing of note|interest|evidential value", "no evidential value",
        "does|did not show|capture|cover", "doesn't|didn't|doesnt|didnt show|capture|cover",
        "does n't|did n't show|capture|cover", "not covered|captured|visible|covering",
        "no footage", "camera|cameras not working|covering|facing", "unable to see|identify",
        "cannot|can't be seen|identified", "can not be seen|identified", "ca n't be seen|identified",
    ],
    "property-recovered": [
        "property|goods|items|item|stock|phone|bag|bike|wallet|purse|car recovered|returned",
        "recovered from|at|by", "no loss", "nothing taken|lost", "paid for|paid up",
        "store|shop|victim not pursuing", "goods back",
    ],
    "online-only": ["online only", "report to platform|the platform", "social media issue",
                    "block and report", "advised to block"],
}
# Notes: additional verifiable information (AVI) that can justify a cancellation.
VALID_RATIONALE_RULES: dict[str, list[str]] = {
    "avi-cctv": ["cctv|footage|bwv|body worn|dashcam|video reviewed|viewed|checked|shows|showed|confirms|confirmed",
                 "cctv|footage|bwv _? _? _? shows|showed|confirms|confirmed|reviewed|viewed|checked"],
    "avi-custody": ["custody record|records", "in custody at the time", "was in custody", "custody ref"],
    "avi-records-check": ["phone data|records|billing|cell site|anpr|gps|tracker data confirms|confirmed|shows|showed",
                          "bank records|statement confirms|confirmed|shows", "confirmed by|with"],
    # Found, not recovered: goods recovered from a thief were stolen all the same.
    "avi-item-found": ["item|phone|bag|wallet|purse|bike|car|keys found|located",
                       "found at home|in the|in her|in his", "lent|borrowed|loaned not stolen",
                       "not stolen", "had been lent|borrowed"],
    "duplicate": ["duplicate|dupe|duplicated of|record|report", "already recorded ?under|as",
                  "same incident as", "linked to existing crime|record"],
    "transfer": ["transferred|transfer|passed to # ?police|force|constabulary", "transferred to",
                 "other|another force area", "out of force|area", "accepted by", "crossed to"],
    "recorded-in-error": ["recorded|created|raised in error", "not a notifiable offence",
                          "no notifiable offence", "not notifiable", "wrongly recorded"],
}
# Notes: a checkable artefact (a reference, a time, a source) cited anywhere.
ARTEFACT_RULES: dict[str, list[str]] = {
    "artefact-ref": ["ref|reference|crime|cad|log|urn|occ #", "ref|reference|crime no|number #",
                     "~^[A-Za-z]{1,6}[/-]?\\d{3,}[/0-9-]*$", "~^\\d{2,}/\\d{2,}[/0-9]*$"],
    "artefact-time": ["~^\\d{1,2}[:.]\\d{2}(hrs)?$", "# hrs|hours", "at ~^\\d{4}(hrs)?$"],
}

CUE_FAMILIES: dict[str, dict[str, list[str]]] = {
    "continuation": CONTINUATION_RULES,
    "counter": COUNTER_RULES,
    "offence": OFFENCE_RULES,
    "context": CONTEXT_RULES,
    "weak-rationale": WEAK_RATIONALE_RULES,
    "valid-rationale": VALID_RATIONALE_RULES,
    "artefact": ARTEFACT_RULES,
}
# Which families mean something in which field: rationales only in notes; the call's
# context and counter-cues only in the call. Notes may still record earlier occasions.
FIELD_FAMILIES: dict[str, frozenset[str]] = {
    "transcript": frozenset({"continuation", "counter", "offence", "context", "negated"}),
    "notes": frozenset({"weak-rationale", "valid-rationale", "artefact", "continuation",
                        "offence", "negated"}),
}
CUE_FAMILY: dict[str, str] = {cue: family for family, rules in CUE_FAMILIES.items() for cue in rules}
CONTINUATION_CUES = frozenset(CONTINUATION_RULES) | {"prior-affirmed"}
WEAK_RATIONALE_CUES = frozenset(WEAK_RATIONALE_RULES)
VALID_RATIONALE_CUES = frozenset(VALID_RATIONALE_RULES)
_NEGATORS = {"not", "n't", "never", "no", "nobody", "nothing", "hasn't", "hasnt", "isn't",
             "doesn't", "didn't", "wasn't", "haven't", "don't", "without"}
_NEGATION_WINDOW = 3
_HARD_NEGATIVE_BEFORE_AGAIN = {"say", "said", "repeat", "spell", "come", "sorry", "pardon", "read"}
_HISTORY_QUESTION = ("before", "previous", "previously", "first time", "history", "again",
                     "reported", "other times", "ever")
_YES = ("yes", "yeah", "yep", "yea", "aye", "loads", "many", "lots", "all the time", "constantly",
        "plenty", "several", "a few times", "course")
_NO = ("no", "nope", "never", "nah", "not", "first")


# --------------------------------------------------------------------------- compilation

def _token_pattern(word: str) -> dict:
    optional = word.startswith("?") and len(word) > 1
    word = word[1:] if optional else word
    if word == "_":
        spec: dict = {}
    elif word == "_?":
        spec, optional = {}, True
    elif word == "#":
        spec = {"LIKE_NUM": True}
    elif word.startswith("~"):
        spec = {"TEXT": {"REGEX": word[1:]}}
    elif word.startswith("*"):
        spec = {"LOWER": {"REGEX": "^[a-z']+" + word[1:] + "$"}}
    elif "|" in word:
        spec = {"LOWER": {"IN": word.split("|")}}
    else:
        spec = {"LOWER": word}
    if optional:
        spec["OP"] = "?"
    return spec


def compile_rule(rule: str) -> list[dict]:
    """A rule string -> a spaCy Matcher token pattern.

    >>> compile_rule("keeps|kept ?on *ing")
    [{'LOWER': {'IN': ['keeps', 'kept']}}, {'LOWER': 'on', 'OP': '?'}, {'LOWER': {'REGEX': "^[a-z']+ing$"}}]
    """
    return [_token_pattern(word) for word in rule.split()]


_NT_STEMS = {"won't": "wo", "can't": "ca", "shan't": "sha"}


def split_contraction(word: str) -> str:
    """How spaCy's English tokenizer splits a contraction: "won't" -> "wo n't",
    "i've" -> "i 've"; other words are returned unchanged."""
    if word.endswith("n't") and len(word) > 3:
        return f"{_NT_STEMS.get(word, word[:-3])} n't"
    if "'" in word[1:]:
        cut = word.index("'", 1)
        return f"{word[:cut]} {word[cut:]}"
    return word


def _expand_contractions(rule: str) -> list[str]:
    """Rules are written naturally ("won't stop", "i've|i ever"); spaCy splits contractions
    into two tokens, so each contracted option becomes its own two-token variant."""
    variants = [""]
    for word in rule.split():
        optional = "?" if word.startswith("?") and len(word) > 1 else ""
        options = word[len(optional):].split("|")
        plain = [o for o in options if split_contraction(o) == o or o.startswith("~")]
        forms = (["|".join(plain)] if plain else []) + [
            split_contraction(o) for o in options if o not in plain]
        if optional:
            forms = [" ".join("?" + part for part in form.split()) for form in forms]
        variants = [f"{v} {form}".strip() for v in variants for form in forms]
    return sorted(set(variants))


def build_matcher(vocab, families: Iterable[str] | None = None) -> LexicalMatcher:
    """A matcher holding every rule of the chosen families (all by default). It finds what
    spaCy's `Matcher` finds with the same patterns, many times faster (tokenmatch.py)."""
    matcher = LexicalMatcher(vocab)
    for family, rules in CUE_FAMILIES.items():
        if families is not None and family not in families:
            continue
        for cue, patterns in rules.items():
            compiled = [compile_rule(form) for rule in patterns for form in _expand_contractions(rule)]
            matcher.add(cue, compiled)
    return matcher


# --------------------------------------------------------------------------- spaCy components

if not Doc.has_extension("turns"):
    Doc.set_extension("turns", default=None)


TEXT_KEY = "crimeaudit_text"


def text_of(doc: Doc) -> str:
    """`doc.text`, kept in `doc.user_data[TEXT_KEY]` (nlp.py puts the input there): spaCy
    rebuilds `doc.text` from every token on each access, which costs as much as matching every
    cue rule."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


@Language.component("crimeaudit_turns")
def turns_component(doc: Doc) -> Doc:
    """Attach speaker turns (`doc._.turns`) so cues know who said them."""
    doc._.turns = split_turns(text_of(doc))
    return doc


def _window_start(doc: Doc, start: int, size: int) -> int:
    """The first of the `size` tokens before token `start` that are on its line: a word in the
    turn before never qualifies the cue (line breaks are not tokens, see `nlp.process`)."""
    text, char = text_of(doc), doc[start].idx
    line_start = max(text.rfind("\n", 0, char), text.rfind("\r", 0, char)) + 1
    first = max(0, start - size)
    while first < start and doc[first].idx < line_start:
        first += 1
    return first


def _negated(doc: Doc, start: int) -> bool:
    """A negator within a few tokens before the cue (starting at token `start`), in the same
    clause, flips it."""
    for token in doc[_window_start(doc, start, _NEGATION_WINDOW): start]:
        if token.lower_ in _NEGATORS:
            return True
        if token.is_punct and token.text in ".?!;":
            return False
    return False


def _hard_negative(doc: Doc, start: int, end: int, cue: str) -> bool:
    """'Could you say that again' (`cue` on tokens start..end) is a request, not a repeated
    act."""
    if cue != "repetition" or end - start != 1 or doc[start].lower_ != "again":
        return False
    before = {t.lower_ for t in doc[_window_start(doc, start, 3): start]}
    return bool(before & _HARD_NEGATIVE_BEFORE_AGAIN)


def _turn_answers(doc: Doc, turns: list[Turn]) -> list[tuple[int, int, str]]:
    """'Has this happened before?' answered 'yes' / 'no' in the caller's next turn, as
    `(start, end, label)` of the answer's first word."""
    spans = []
    text = text_of(doc)
    for question, answer in zip(turns, turns[1:]):
        if question.role != HANDLER or answer.role != CALLER:
            continue
        asked = text[question.start:question.end].lower()
        if "?" not in asked and not asked.rstrip().endswith(("before", "previously")):
            continue
        if not any(word in asked for word in _HISTORY_QUESTION):
            continue
        reply = doc.char_span(answer.start, answer.end, alignment_mode="expand")
        if reply is None or not len(reply):
            continue
        words = [t for t in reply[:4] if not t.is_punct and t.lower_ not in ("um", "uh", "erm", "er", "well", "oh")]
        if not words:
            continue
        first = words[0]
        if first.lower_ in _YES or (len(words) > 1 and f"{first.lower_} {words[1].lower_}" in _YES):
            spans.append((first.i, first.i + 1, "prior-affirmed"))
        elif first.lower_ in _NO:
            spans.append((first.i, first.i + 1, "prior-denied"))
    return spans


class CueMatcher:
    """spaCy component: every cue match as labelled spans in `doc.spans["cues"]`.

    A continuation or offence cue with a negator just before it is relabelled
    `negated-<cue>`; "say that again" and the like are dropped. Overlaps are resolved later,
    per field, by `evidence` (a cue that only means something in notes must not shadow one
    that means something in a call).
    """

    def __init__(self, nlp: Language, name: str = "crimeaudit_cues"):
        self.name = name
        self.matcher = build_matcher(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        # Cues are (start, end, label) until the end: a Span costs more to make and to sort.
        cues = []
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            cue = strings[match_id]
            if _hard_negative(doc, start, end, cue):
                continue
            if CUE_FAMILY[cue] in ("continuation", "offence") and _negated(doc, start):
                cue = NEGATED_PREFIX + cue
            cues.append((start, end, cue))
        turns = doc._.turns
        if turns:
            cues.extend(_turn_answers(doc, turns))
        doc.spans[SPAN_KEY] = [Span(doc, start, end, label=cue) for start, end, cue in sorted(cues)]
        return doc


@Language.factory("crimeaudit_cues")
def make_cue_matcher(nlp: Language, name: str) -> CueMatcher:
    return CueMatcher(nlp, name)


# --------------------------------------------------------------------------- evidence

def family_of(cue: str) -> str:
    """The family of a cue name, negated cues and turn answers included."""
    if cue.startswith(NEGATED_PREFIX):
        return "negated"
    if cue in ("prior-affirmed", "prior-denied"):
        return "continuation" if cue == "prior-affirmed" else "counter"
    return CUE_FAMILY[cue]


def _resolve(spans: Iterable[Span], field: str) -> list[Span]:
    """Keep the field's families; among overlapping spans keep the longest ("not the first
    time" beats "first time"). Artefacts (references, times) stand beside other cues."""
    allowed = FIELD_FAMILIES[field]
    artefacts, others = [], []
    for span in spans:
        family = family_of(span.label_)
        if family in allowed:
            (artefacts if family == "artefact" else others).append(span)
    return sorted(filter_spans(others) + filter_spans(artefacts), key=lambda s: (s.start, s.end))


def evidence(doc: Doc, field: str) -> tuple[Evidence, ...]:
    """Cue spans of a processed doc as `Evidence`, offsets into the field's text."""
    turns = doc._.turns if field == "transcript" else None
    starts = [t.start for t in turns] if turns else None
    text = text_of(doc)
    found = []
    for span in _resolve(doc.spans.get(SPAN_KEY, []), field):
        start, end = span.start_char, span.end_char
        speaker = speaker_at(turns, start, starts) if turns else None
        found.append(Evidence(field=field, start=start, end=end, text=text[start:end],
                              cue=span.label_, speaker=speaker))
    return tuple(found)
