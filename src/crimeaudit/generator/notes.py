"""Officers' incident notes: police shorthand, the decision, and its rationale.

Notes run from one line to eight sentences: an optional log header, a shorthand summary of the
report, sometimes what is known of earlier occasions, what was done, the decision, and its
rationale. Rationales follow what audits find (``shared/docs/DOMAIN.md``): weak or invalid ones
for wrong decisions (first offence, disbelief, withdrawn support, words only...), valid ones that
cite a checkable artefact for right cancellations (CCTV at a place and time, a custody record,
an item found, a duplicate's reference, a transfer's reference), and sometimes none at all.
Weak-sounding words also appear in right decisions ("advice given" on a noise complaint, "first
report" on a genuine non-crime), so no single phrase decides.
"""
from __future__ import annotations

import random
import re

from . import fillers as F
from .accounts import tag_of, untagged
from .cast import Cast
from .grammar import chance, pick, render, weighted
from .paraphrase import Wording
from .people import FEMALE_FIRST, MALE_FIRST
from .scenarios import Outcome

_SENT = re.compile(r"[.!?](?=\s+[A-Z(\"'])")  # the sentence split the evaluation tooling uses
_START = re.compile(r"(^|[.?!]\s+)([a-z])")

REL_SHORT = {
    "ex": ("ex-p", "ex-partner", "ex", "former partner", "ex-p"),
    "partner": ("partner", "p/ner", "current partner", "partner"),
    "neighbour": ("neighbour", "n/bour", "next door neighbour", "NDR"),
    "colleague": ("colleague", "work colleague", "co-worker"),
    "acquaintance": ("known male", "associate", "acquaintance", "friend of family"),
    "stranger": ("unknown male", "UNK male", "U/K male", "unknown suspect"),
    "online": ("unknown online user", "online account", "unknown user"),
    "family": ("family member", "relative", "brother", "son"),
    "parent_of_child": ("parent", "step-parent", "carer", "mother's partner"),
    "trader": ("trader", "landlord", "seller"),
    "subject": ("subject",), "child_subject": ("child",), "none": ("n/a",),
    "adult_child": ("adult son/dau", "IP's adult child", "family member (son/dau)", "adult child", "s/o IP"),
    "sibling": ("sibling", "brother/sister", "family member (sibling)", "IP's sibling"),
    "customer": ("customer", "client", "service user", "member of public (customer)"),
}

# --- summaries of the report, per situation (third person, shorthand) ----------------------
SUMMARY: dict[str, tuple[str, ...]] = {
    # A "#tag" matches the tag of the event the caller described (see accounts.tag_of).
    "harassment": (
        "#door {IP} reports {SUSP} ({relshort}) [attended|turned up] {atHA} {hhmm} [banging on door|shouting|refusing to leave].",
        "#door {IP} reports {SUSP} ({relshort}) [left note|threw items|banging on wall] at HA {hhmm}.",
        "#msgs {IP} [rec'd|received] {n}[0|] [msgs|messages|calls] from {SUSP} ({relshort}) [today|since {hhmm}|o/night].",
        "#work {IP} states {SUSP} [waited|was waiting] o/s {vposs} workplace {hhmm}.",
        "#online {IP} [c/s|called stating] {SUSP} [posting|posted] [abusive|derogatory] content about {vobj} on {platform}.",
        "#online {IP} reports {relshort} {SUSP} [contacting|messaging] [family|friends|employer] with [allegations|abuse].",
        "#street {IP} reports {SUSP} ({relshort}) [shouting abuse|filming|blocking drive] {hhmm}.",
        "{IP} reports [ongoing|repeated] [unwanted contact|harassment] from {SUSP} ({relshort}).",
    ),
    "stalking": (
        "#watch {IP} reports {SUSP} ({relshort}) [sat|parked] o/s [HA|{vposs} address|IP's home] in vehicle {hhmm}.",
        "#follow {IP} states {SUSP} followed [{vobj}|IP] from [work|town|the bus station] {hhmm}.",
        "#tracker {IP} found [tracker|AirTag] on [vehicle|bag]; believes {SUSP} responsible.",
        "#tracker {IP} reports {SUSP} [knows|aware of] [{vposs}|IP's] movements and clothing.",
        "#gifts {IP} reports [gifts|letters|flowers] left [at HA|at work] by {SUSP} ({relshort}).",
        "#work {IP} reports {SUSP} attending [{vposs}|IP's] workplace and asking colleagues about {vobj}.",
        "{IP} reports {SUSP} ({relshort}) [turning up|appearing] at locations IP attends.",
    ),
    "malicious_comms": (
        "#threat {IP} [rec'd|received] [msg|message|voice note] via {platform} from {SUSP} {hhmm} [threatening to kill|threatening violence|with threat to burn house].",
        "#threat {IP} reports threatening [msg|message] from {SUSP} ({relshort}) [re|regarding] [IP|{vobj}|family].",
        "#abuse {IP} [rec'd|received] [abusive|offensive|racist] [msgs|content] on {platform}, believed {SUSP}.",
        "#images {SUSP} threatened to share intimate images of {IP} [via|on] {platform}.",
    ),
    "coercive_control": (
        "#money {IP} discloses {SUSP} ({relshort}) controls finances[, took bank card|, withholds wages|].",
        "#isolate {IP} reports {SUSP} [prevents|stops] [{vobj}|IP] seeing family/friends[, locked in address|].",
        "#phone {IP} reports {SUSP} [monitors|checks|tracks] [{vposs}|IP's] phone[ via app|].",
        "{IP} disclosed [controlling|coercive] behaviour by {SUSP} ({relshort}).",
    ),
    "domestic_assault": (
        "DA. {IP} reports {SUSP} ({relshort}) [pushed|hit|slapped|grabbed] [{vobj}|IP] during argument {hhmm}.",
        "{IP} [assaulted|pushed over|grabbed] by {SUSP} ({relshort}) at HA {hhmm}.",
        "DA - {SUSP} [assaulted|threw object at] {IP}, [minor|no] injury.",
        "{IP} states {SUSP} [came home drunk|returned from pub] and assaulted [{vobj}|IP] {hhmm}.",
    ),
    "sexual_assault": (
        "#grope {IP} reports [being touched|sexual touching|being groped] by {SUSP} ({relshort}) [at {pub}|at {placeout}|at work|on bus] {hhmm}.",
        "#kiss {IP} reports {SUSP} kissed [{vobj}|IP] without consent {hhmm}.",
        "#bed {IP} reports {SUSP} ({relshort}) touched [{vobj}|IP] sexually while [asleep|intoxicated].",
        "{IP} reports sexual assault by {SUSP} ({relshort}).",
    ),
    "rape": (
        "{IP} reports rape by {SUSP} ({relshort}) at [SUSP address|HA|party address] [o/n|on {date}].",
        "{IP} discloses non-consensual intercourse with {SUSP} ({relshort}) [on {date}|{hhmm}].",
        "Report of rape. {IP} states {vsubj} said no and {SUSP} continued.",
    ),
    "child_abuse": (
        "#hit [Referrer|{CALLER}|Caller] reports child {IP} disclosed being [hit|smacked with belt|grabbed by neck] by {SUSP} ({relshort}).",
        "#hit Child {IP} has [bruising|marks] to [arm|face|back], states caused by {SUSP}.",
        "#sexual Disclosure by child {IP} of sexual touching by {SUSP} ({relshort}).",
        "#neglect Referral re child {IP}: [left alone|locked out|not fed] by {SUSP} ({relshort}).",
        "Referral re child {IP}: disclosure re {SUSP} ({relshort}).",
    ),
    "assault": (
        "{IP} [punched|pushed|assaulted] by {SUSP} ({relshort}) [o/s {pub}|at {placeout}|in street] {hhmm}.",
        "{IP} reports being [hit|headbutted|spat at] by {SUSP} {hhmm}, [minor|no visible] injury.",
        "Assault on {IP} at {placeout} {hhmm}, {SUSP} [made off|left scene].",
    ),
    "criminal_damage": (
        "#window {IP} reports window [smashed|cracked] at HA {hhmm}.",
        "#car Damage to {IP}'s vehicle [o/n|{hhmm}] - [keyed|tyres slashed|mirror broken], [{SUSP} suspected|no suspect seen].",
        "#door {IP} reports [door|fence] [kicked in|damaged] at HA {hhmm}.",
        "#paint Graffiti [sprayed|painted] on {IP}'s [house|garage|vehicle] {hhmm}.",
        "#phone {IP} reports {SUSP} ({relshort}) damaged [phone|TV|laptop] during argument.",
        "{IP} reports damage to property, [{SUSP} suspected|suspect unknown].",
    ),
    "theft": (
        "#car {IP} reports theft of {item} from vehicle {hhmm}.",
        "#shed {IP} reports [shed|garage|van] broken into and {item} taken {hhmm}.",
        "#snatch {IP} reports {item} snatched by [male|youth|male on bike] {hhmm}.",
        "#out Theft of {item} - {IP} states taken while unattended at {placeout}.",
        "{IP} reports {item} stolen [o/n|{hhmm}], no suspect.",
    ),
    "shoplifting": (
        "[Staff|Manager {cname_caps}|{cname_caps}] at {shop}[ ({street})|] report[s|] {SUSP} left without paying for {goods}[, approx £{amount}| {hhmm}|].",
        "Shop theft at {shop} {hhmm}: {SUSP} [concealed|took|bagged] {goods}[ (£{amount})|] and left[ via {street}|].",
        "{shop}[, {street},|] report theft of {goods}[ worth £{amount}|] by {SUSP} [via SCO|at door|at {hhmm}].",
        "{cname_caps} ({shop}) reports [female|male|youths] [taking|stealing] {goods} {hhmm}[, £{amount}|].",
    ),
    "burglary": (
        "#shed {IP} reports [shed|garage|outbuilding|allotment shed] [broken into|entered] [o/n|{hhmm}], [padlock cut|lock forced|door forced], {item} [taken|stolen].",
        "#shed Burglary [non-dwelling|other than dwelling] - [shed|garage|lock-up] at {street}, [tools|bikes|garden equipment] stolen.",
        "#house {IP} reports [burglary|break-in] at HA [o/n|whilst out|{hhmm}] - [rear door|window|patio door] forced, [jewellery|electricals|{item}] taken.",
        "#house Dwelling burglary at {street} - [entry via rear|untidy search|drawers searched], {item} [among items|] taken.",
        "{IP} reports [burglary|break-in][ {hhmm}|], [unknown offenders|no suspect seen|offender(s) unknown].",
    ),
    "threats_weapon": (
        "#road Road rage on {street} {hhmm} - {SUSP} [exited vehicle|approached IP's car] [brandishing|with|holding] {weaponnote}, threats made to {IP}.",
        "#road {IP} reports {SUSP} [blocked|followed] [IP's|{vposs}] vehicle and threatened [{vobj}|IP] with {weaponnote} {hhmm}.",
        "#street {IP} threatened by {SUSP} ({relshort}) with {weaponnote} at {placeout} {hhmm}.",
        "#street {SUSP} [produced|showed|flashed] {weaponnote} at {IP} [in street|at bus stop|in underpass] {hhmm}.",
        "#shop {SUSP} produced {weaponnote} at counter of {shop} {hhmm}, threats to [staff|{IP}].",
        "{IP} reports threats by {SUSP} with {weaponnote} {hhmm}[, no injury|, IP in fear].",
    ),
    "family_abuse": (
        "#money {IP} [reports|discloses] {SUSP} ({relshort}) [taking|using] [{vposs}|IP's] [pension|bank card|money] without consent[, approx £{amount}|].",
        "#money [Financial abuse|Suspected financial abuse] of {IP} by {SUSP} ({relshort}) - [withdrawals|cash taken|card used].",
        "#visit {IP} reports {SUSP} ({relshort}) attended HA [drunk|demanding money|shouting] {hhmm}[, damage to door|, pushed IP|].",
        "#visit {SUSP} ({relshort}) [pushed|grabbed|threatened] {IP} at HA {hhmm} when refused money.",
        "{IP} [reports|discloses] [ongoing|] abuse by {relshort} {SUSP}.",
    ),
    "workplace_comms": (
        "#email {IP} [rec'd|received] threatening email from {SUSP} ({relshort}) {hhmm}[ - threat to harm| re IP's home address|].",
        "#email {IP} reports abusive email from {SUSP} ({relshort}) copied to colleagues.",
        "#voicemail {IP} [rec'd|received] threatening voicemail on work phone from {SUSP} ({relshort}) {hhmm}.",
        "#msgs {IP} reports [abusive|threatening] [msgs|messages] from {SUSP} ({relshort}) via [Teams|WhatsApp|work chat].",
        "{IP} reports [threats|abuse] via work [email|phone] from {SUSP} ({relshort}).",
    ),
    "fraud": (
        "#online {IP} paid £{amount} [via bank transfer|by BT] for item [advertised online|on Marketplace|on social media], not received, seller [blocked IP|uncontactable].",
        "#courier Courier fraud[ {hhmm}|] - {IP} [cold called|called|phoned] by [male|unknown male|caller] [purporting to be|claiming to be|posing as] [police|bank|DC from Met|fraud dept], [card and PIN|bank cards|£{amount} cash|card] [collected|handed over] [at HA|at door|from {street}] [to courier|by unknown courier].",
        "#bank {IP} [deceived|persuaded] into transferring £{amount} to 'safe account' by caller purporting to be [bank|fraud dept].",
        "#bank {IP} [clicked|followed] [phishing|smishing] link, £{amount} [taken|debited] from account.",
        "{IP} reports fraud, loss approx £{amount}.",
    ),
    "workplace_dispute": (
        "#wages {CALLER} reports [unpaid wages|wages owed] by employer[, approx £{amount}|].",
        "#rude {CALLER} reports [rude|critical] [email|message|comment] from [manager|colleague|customer], no threats.",
        "#suspend {CALLER} reports [dismissal|suspension|disciplinary] at work, feels unfair.",
        "Employment issue reported by {CALLER}[ {hhmm}|].",
    ),
    "public_order": (
        "{IP} reports {SUSP} [shouting abuse|making threats] at [{vobj}|IP] [in street|at {placeout}] {hhmm}.",
        "{IP} threatened by {SUSP} ({relshort}) [in public|o/s HA], [threats to harm|abuse].",
        "{SUSP} [squared up to|threatened] {IP} at {placeout}, [causing alarm and distress|IP in fear].",
    ),
    "civil_dispute": (
        "#trader {CALLER} reports [builder|mechanic|trader] [not completing work|overcharging|keeping vehicle], approx £{amount}.",
        "#deposit {CALLER} reports landlord withholding deposit.",
        "#goods Dispute re [item bought|sale] online, [refund refused|item faulty].",
        "#split Dispute with ex-partner re division of property.",
        "#loan Dispute re money owed (£{amount}) between caller and [friend|relative].",
        "{CALLER} reports [civil dispute|dispute] over [money|£{amount}] [with {relshort}|owed by {relshort}|]",
    ),
    "boundary_dispute": (
        "#fence {CALLER} [reports|states] neighbour dispute re [fence|boundary line].",
        "#parking {CALLER} reports neighbour parking [across drive|in space].",
        "#hedge {CALLER} reports neighbour's [hedge|tree] overhanging.",
        "#path {CALLER} reports neighbour leaving items on shared path.",
        "Ongoing boundary disagreement between neighbours at {street}.",
    ),
    "domestic_argument": (
        "Verbal argument between [partners|ex-partners|family members] at HA {hhmm}.",
        "{CALLER} reports argument with {relshort} re [money|children|relationship].",
        "Report of shouting from address {hhmm}.",
    ),
    "noise": (
        "#music {CALLER} reports [loud music|party] from neighbour {hhmm}.",
        "#dog {CALLER} reports barking dog at neighbouring address.",
        "#diy {CALLER} reports DIY noise from neighbour at {hhmm}.",
        "#kids {CALLER} reports youths making noise [on green|in car park].",
        "Noise complaint re [No.|number] {num2} {street}.",
    ),
    "welfare": (
        "#contact {CALLER} concerned for welfare of [relative|family member], no contact since {date}.",
        "#curtains Concern for welfare[ {hhmm}|] - [elderly|vulnerable|older|lone] [neighbour|resident|male|female] [not seen for days|not seen since {date}|not answering door|post piling up].",
        "#wander {CALLER} reports elderly [male|female] wandering at {placeout}.",
        "Concern for welfare call from {CALLER}[ {hhmm}|].",
    ),
    "lost_property": (
        "{CALLER} reports loss of {lostitem} [in town|on bus|at {placeout}] {hhmm}.",
        "Lost {lostitem}[ {date}|][, {CALLER} requires ref for [insurance|bank|replacement]|].",
    ),
    "advice": (
        "{CALLER} requesting advice[ re {topic}|].",
        "Advice call, [no offences|nothing criminal] disclosed.",
    ),
    "child_concern": (
        "#missing Child reported [missing|late home] by parent {hhmm}.",
        "#alone {CALLER} reports young children unsupervised [near road|in park].",
        "#school School reports concern for pupil[, no disclosure of harm|].",
        "#bullying Parent reports child being [bullied|left out] at school.",
        "Concern for child raised by {CALLER}, no disclosure of harm.",
    ),
    "case_update": (
        "{IP} [called|rang] with [update|further info] re existing crime {crimeref2}.",
        "{IP} providing [SUSP new address|screenshots|reg number] for OIC re {crimeref2}.",
    ),
}

CALLER_TAG = ("Caller {cname_caps}", "Caller", "{cname_caps}", "RP {cname_caps}", "Informant", "Caller ({cfirst})")
HEADER = (
    "{cad}.", "{cad} {date}.", "[Call|Log] rec'd {hhmm}.", "Re {cad}.", "{date} {hhmm}.",
    "[OIC|Officer] PC {officer}.", "{cad} - PC {officer}.",
)
HISTORY_CONT = (
    "[IP|VIC] states [ongoing|going on|happening] since {month}.",
    "{n} [prev|previous] [incidents|occasions] [between parties|reported by IP|since {month}].",
    "[Hx|History] of DA between parties[ since {month}|].",
    "[Prev|Previous] {cad2} [refers|relates].",
    "[Linked to|See also|Previous crime] {crimeref2}.",
    "[Course of conduct|CoC] - {n} [occasions|incidents] [since {month}|in last month|this year].",
    "SUSP subject to [NMO|RO|bail conditions] [not to contact IP|re IP|until {date}].",
    "IP states [third|fourth|several] [report|time] this [week|month].",
    "SUSP [previously warned|given PHW|spoken to] re [same conduct|IP] [in {month}|on {date}].",
)
# History the caller told as a story (dialogue: narrative plan), as an officer writes it down.
HISTORY_NARRATIVE = (
    "[IP|VIC] states [ongoing|issues ongoing|behaviour ongoing] since [separation|{month}|IP moved out|birth of child|SUSP lost employment|last year|start of relationship].",
    "[Hx|History] of [DA|harassment|unwanted contact|controlling behaviour|abuse] [not previously reported|not reported to police|over approx {n} months|disclosed on call].",
    "[Previous|Prev] [DA|incidents|assaults|contact] not reported[ to police| at the time|] per IP.",
    "IP [describes|disclosed] [escalation|a pattern] [from msgs to attending HA|over {n} months|since {month}|over approx {n} yrs].",
    "IP has [changed number|moved address|kept a diary|saved screenshots|blocked SUSP on all platforms] [due to|because of] SUSP[ since {month}|].",
    "[Hx|History] disclosed during call[ - not on systems| - no prev reports| - IP did not report at the time|].",
    "[Family|Colleagues|Neighbours|Friends] [have witnessed|aware of] prev [incidents|behaviour] per IP.",
    "IP [reports|describes] [approx {n}|several|multiple] unreported [incidents|occasions] [since {month}|over last year|prior to this].",
    "[Pattern|Course] of behaviour [over|for] approx {n} months[ per IP| disclosed|].",
    "IP [has|reports] [IDVA|ISVA|support worker|safety plan|stalking advocate] [in place|involved|allocated] re SUSP.",
    "IP has [panic alarm|TecSOS|doorbell camera|bag packed] [due to|because of] SUSP.",
    "IP [has changed|describes changing] [routine|route to work|kids' school] [due to|because of] SUSP[ behaviour|].",
)
HISTORY_NONE = (
    "No [previous|prev] [reports|incidents|hx][ between parties| on systems|].",
    "No trace on [systems|PNC|PND][ for parties| for SUSP|].",
    "First report to police[ by IP|].",
    "[Parties|SUSP] not known to police.",
)
ACTIONS = {
    "attend": ("Officers attended[ {hhmm2}|].", "[Ofrs|Officers|PC {officer}] attended [HA|scene|address] {hhmm2}.",
               "[Unit|Patrol] deployed[ {hhmm2}|].", "Attended [{hhmm2}|on {date}|] and spoke to [IP|caller|{cname_caps}][ at HA| at {street}|]."),
    "da": ("DASH completed - [standard|medium|high].", "DASH [std|medium|high][ risk|].",
           "Safeguarding in place[ for IP|].", "[Referral to IDVA made|IDVA referral][ {date}|].",
           "[MARAC referral|Refer to MARAC] considered.", "Photos of injuries taken[ by PC {officer}|].",
           "BWV captured[ by PC {officer}|]."),
    "suspect": ("SUSP [spoken to|interviewed][ {date}|], denies.", "SUSP [arrested|detained] and interviewed[ {date}|].",
                "SUSP not located[ at home address|].", "SUSP [spoken to|seen] at [home address|work][ {date}|].",
                "PNC checks done[ on SUSP|]."),
    "statement": ("w/s [obtained|taken][ {date}|].", "IP declined w/s.", "[ABE|VRI] [arranged|completed][ {date}|].",
                  "w/s to follow."),
    "enquiries": ("CCTV enquiries [made|ongoing][ at {avi_place}|].", "House to house [completed|done][ on {street}| {date}|].",
                  "Screenshots [obtained|provided][ by IP|].", "[Phone|Handset] [examined|reviewed][ by PC {officer}|]."),
}
DECISION = {
    "crimed": ("Crimed as {cls}.", "Crime recorded: {cls} {crimeref}.", "{CLS} crime raised {crimeref}.",
               "CRIMED - {cls}.", "Recorded as {cls} ({crimeref}).", "{crimeref} raised, {cls}.",
               "Crime - {cls}.", "[Offence|Crime] of {cls} recorded[ {date}|]."),
    "no-crime": ("No crime.", "NC.", "Crime cancelled.", "Cancelled - no crime.", "{crimeref} no-crimed.",
                 "Crime record cancelled.", "NFA - no crime.", "{cls} record cancelled.",
                 "Crime {crimeref} cancelled.", "No crime ({cls} cancelled).", "{crimeref} cancelled[ {date}|]."),
    "non-crime": ("Non-crime incident[ ({cad})| - PC {officer}|].", "NCR.", "Closed as non-crime {cls}[ {date}| by PC {officer}|].", "Recorded as {cls} (non-crime)[ {cad}|].",
                  "No crime disclosed, closed as incident[ {date}| by PC {officer}| {hhmm2}|].", "Non-crime - {cls}.", "NCI.",
                  "Closed [NCR|as non-crime][ {date}|].", "{CLS} - non-crime."),
}

# Rationales: weak or invalid ones for wrong decisions, valid ones for right decisions. Each is
# built from a few interchangeable pieces, as officers write them in many ways.
RATIONALES: dict[str, tuple[str, ...]] = {
    "first_offence": (
        "First offence[ by SUSP|].", "First [incident|occasion] [reported|reported by IP|to police][, no course of conduct|, no CoC|].",
        "First report[, single incident|, one-off|].", "No [previous|prev], first time [reported|to police].",
        "Only one [occasion|incident] reported [to police|by IP].", "[First|1st] reported incident between parties.",
        "[As|Being] a first offence, [NFA|no further action|words of advice].", "1st [incident|occ], no CoC.",
    ),
    "disbelief": (
        "IP not credible.", "[Account|IP's account|Version] inconsistent[ with earlier call|].",
        "[Officer does not|OIC does not|Ofr doesn't] believe [IP's account|IP].",
        "[Victim's|IP's] version not believed.", "IP's account [has changed|changed] [several times|during call|twice].",
        "Possible malicious report[, wasting police time|, WPT|].", "Doubts over IP's credibility[ - prev reports|].",
        "Version of events not supported, IP not believed.",
    ),
    "withdrawn": (
        "IP does not support [police action|a prosecution|any action].", "[Victim|IP] declined to [provide|give] [statement|w/s].",
        "IP withdrew [allegation|complaint][ {date}|].", "[VIC|IP] no longer wishes to [proceed|take it further].",
        "IP retracted[, states {vsubj} overreacted|, says it was a misunderstanding|].",
        "[Victim|IP] unwilling to engage.", "IP [rang back|called back] [to withdraw|withdrawing] complaint.",
        "IP states [they have made up|back together|sorted it out], withdraws.",
    ),
    "words_only": (
        "Words only.", "Verbal only, no threats [made|to harm].", "No threats to harm, [words only|just words].",
        "Only verbal [abuse|insults].", "Words only - [no offence|NFA].", "Insults only[, no threats|].",
    ),
    "no_threats": (
        "No [direct|explicit] threats.", "Messages not threatening [in nature|as such].", "No explicit threat[ made|].",
        "Unpleasant but no threats.",
    ),
    "no_injury": (
        "No injury.", "No visible injuries[ seen|].", "No injuries [sustained|seen], no offence.", "No marks seen[ by officers|].",
        "No injury, NFA.",
    ),
    "advice_given": (
        "Advice given[ to both parties|].", "Words of advice given to SUSP[ {date}|].", "SUSP spoken to and [warned|advised].",
        "[Harassment warning|PIN|PHW] issued[ {date}|].", "Parties advised[ to keep apart|].", "SUSP given [words of advice|advice], NFA.",
        "IP advised to block SUSP[ on all platforms|].",
    ),
    # Goods recovered or paid for afterwards: the theft still happened.
    "recovered": (
        "Property recovered[ at scene| by staff| later| {date}|], no loss to IP.", "Goods returned to store, [store not pursuing|no further action by store|store happy].",
        "Item recovered, IP satisfied[ - NFA|].", "No loss - [items|goods|stock] recovered [at door|in car park|undamaged].",
        "Store not wishing to pursue as [goods|stock|items] recovered.", "[Bike|Item|Property] returned to owner, no crime.",
        "SUSP paid for items [on return|later|when challenged], no loss to store.", "No loss sustained, property back with IP.",
        "[Goods|Items] recovered - [no offence|NFA|no crime].",
    ),
    # No suspect or evidence: not a recording question.
    "no_suspect": (
        "No suspect[ identified|], no lines of enquiry.", "No forensic opportunities[ - SOCO not required|], NFA.",
        "No CCTV, no witnesses, no suspect[ - closed|].", "Unknown offender, no LOE[, filed|].",
        "No forensic opps, no CCTV in area[, no crime|].", "No suspect description, nothing to progress.",
        "Insufficient LOE - no suspect, no forensics.", "[Offender|Suspect] unknown - no [further|] enquiries possible.",
    ),
    "mutual": (
        "Mutual [altercation|fight|scuffle] - both parties involved.", "Six of one and half a dozen of the other.",
        "Handbags between [parties|the two][, both as bad as each other|].", "Both parties [involved|engaged] in [altercation|fight], tit-for-tat.",
        "Consensual fight, neither [party|side] [innocent|blameless].", "[Mutual|Both parties involved] - no clear victim.",
        "Both admit [pushing|a scuffle], mutual[ - NFA|].", "Mutual domestic, both parties [equally involved|at fault].",
        "Both as bad as each other[ - words of advice|].",
    ),
    # Absence of evidence cited as if it were AVI.
    "evidence_absent": (
        "CCTV [reviewed|viewed][ at {avi_place}|] - inconclusive.", "CCTV does not show the incident[ - NFA|].",
        "Camera not covering the area [of the alleged assault|where IP states it occurred].",
        "[Phone data|Download of IP's phone|Cell site] inconclusive[, no evidence to support allegation|].",
        "CCTV [obtained|checked], nothing of evidential value[ - cancelled| - NFA|].",
        "No CCTV showing [assault|incident]; [unable to|cannot] corroborate IP's account.",
        "[Taxi|Bus|Venue] footage [does not show|doesn't capture] [the incident|any offence].",
    ),
    "no_offences": (
        "No offences disclosed.", "No violence disclosed, [relationship issues|relationship difficulties] only.",
        "Relationship issues, [no offences|not criminal].", "Verbal argument only[ between partners|], no offences.",
        "No DA offences disclosed[ - advice re relationship|].", "No [violence|assault] [alleged|reported], [non-crime DA|domestic incident only].",
        "Controlling but no offences[ - signposted to support services| - advised re Clare's Law|].",
    ),
    # "Duplicate" of an earlier log that was never a crime.
    "false_duplicate": (
        "Duplicate of {cad2}[ (closed NFA)|].", "Linked to earlier [log|incident] {cad2}, [no further record required|closed as non-crime].",
        "Dup - see {cad2}, [closed as domestic incident|dealt with as non-crime].",
        "Already [dealt with|recorded] under {cad2}[ (no crime raised)|], duplicate.",
        "Same as [prev|previous] [log|incident] {cad2} - [NFA'd|closed], no new record.",
        "Duplicate [report|incident] - original {cad2} [closed|filed] [NFA|non-crime].",
    ),
    "employment": (
        "Employment matter - refer to employer.", "HR issue, [not a police matter|refer to HR].",
        "[Workplace|Work] dispute - [civil|employment matter], advised to raise with employer.",
        "Refer to employer's grievance [procedure|process].", "Employment/civil matter, [no police action|NFA].",
        "[Advised|IP advised] to [report to|take up with] [HR|manager|union].",
    ),
    # Not "referred to Action Fraud": fraud is recorded centrally (Action Fraud / NFIB), so a
    # force passing a fraud report there is following the counting rules, not failing them.
    "action_fraud": (
        "Bank to deal[ - fraud team investigating|].", "Bank [reimbursing|refunding], no further police action.",
        "IP to contact bank re refund, NFA.", "[IP|Victim] [has been|is being] refunded by bank, [no loss|NFA].",
        "Bank [matter|issue] - [civil|advice given], NFA.",
    ),
    "family_matter": (
        "Family dispute over money - civil.", "[Family matter|Domestic family matter], IP [gave|has given] [son|family member] [card|access] in past.",
        "[Money|Financial] issue within family - civil[, advice given|].", "Family [dispute|issues], IP does not want [son|family member] [arrested|in trouble] - NFA.",
        "[Son|Relative] has access to IP's account, [civil|family] matter.", "Family argument re [money|inheritance], no offences.",
    ),
    "neighbour_dispute": (
        "Neighbour dispute, tit-for-tat.", "Ongoing neighbour dispute[, six of one|, both sides].",
        "Spat between neighbours.", "Both parties as bad as each other.", "Neighbour spat, [civil|no further action].",
    ),
    "suspect_denies": (
        "SUSP denies.", "Word against word.", "SUSP denies [allegation|it], no independent [witnesses|evidence].",
        "Conflicting accounts[ from parties|].", "No independent evidence, SUSP denies.",
    ),
    "online_only": (
        "Online only - [advised to report to platform|report to platform].", "IP advised to block and report to {platform}.",
        "Social media matter[, advice given|].", "Online, report to [platform|{platform}].",
    ),
    "no_further_evidence": (
        "No further evidence.", "No lines of enquiry, left on file.", "Filed pending further [info|information].",
        "No evidence to support[ allegation|].", "NFA - no evidence.", "Left on file[ pending CCTV|].",
    ),
    "civil_matter": (
        "Civil matter.", "Civil dispute between parties.", "Matter for civil courts.",
        "Civil - advised re [solicitor|small claims].",
    ),
    "invalid_check": (
        "CCTV [checked|viewed], nothing of [evidential value|note].", "CCTV requested, not [obtained|available].",
        "Phone checked, no messages seen by [officer|PC {officer}].", "No CCTV [available|in area].",
        "House to house negative.",
    ),
    "duplicate": (
        "Duplicate of {crimeref2}.", "Same incident already recorded [under|as] {crimeref2} - duplicate.",
        "Dup of {crimeref2}, same [conduct|incident] reported by [family member|neighbour|IP earlier|caller's mother].",
        "Already crimed [under|as] {crimeref2}; this record cancelled as [duplicate|dup].",
        "Duplicate record - [original|existing crime] {crimeref2} refers.",
    ),
    "transfer": (
        "Offence occurred in {force} area[ ({otherplace})|]. Transferred to {force} Police[ {date}|], ref {xref} accepted.",
        "Transferred to {force} Police ({xref}) - accepted[ {date}|].",
        "Crime location {otherplace} ({force} area); transfer accepted, ref {xref}.",
        "Out of force - {force} accepted transfer, their ref {xref}.",
    ),
    "error": (
        "Recorded in error - not a notifiable offence.", "Created in error; no notifiable offence[ disclosed|].",
        "Recorded in error: [civil dispute|lost property|boundary matter], no offence.",
        "Crime raised in error - [no theft|no damage|no offence] disclosed.",
    ),
    "update": (
        "Info added to {crimeref2}, no new offences disclosed.", "Update for OIC on {crimeref2}.",
        "Further info re existing crime {crimeref2}; no new offence.", "Passed to OIC, {crimeref2} updated.",
    ),
    "crimed": (
        "[Victim's|IP's] account accepted[ per NCRS|].", "Crimed at first point of contact.",
        "Offence complete on IP's account.", "Meets HOCR.", "[NCRS|HOCR] compliant.",
        "Recorded within 24hrs of report.",
    ),
}
# "First offence" said of conduct that is only an offence as a course (the HMIC finding).
_COURSE_OFFENCES = {"harassment", "stalking", "coercive_control", "malicious_comms", "workplace_comms",
                    "family_abuse"}
# Extra wordings of a rationale where a situation gives it its own words.
RATIONALES_BY_SITUATION = {
    ("threats_weapon", "words_only"): ("No weapon used, words only.", "Threats not carried out[, no injury|].",
                                       "Verbal only[ - weapon not used|].", "Words only, [no contact made|nobody touched]."),
    ("threats_weapon", "no_threats"): ("No threats made to harm[ IP|].", "No [direct|specific] threat to harm, [road rage|argument] only."),
    ("threats_weapon", "no_injury"): ("No injury[ - IP not touched|, no contact].", "No injuries, weapon not used."),
}
# What a crimed note may add when the account has a flavour that a wrong note would have used.
CRIMED_BY_VARIANT = {
    "recovered": ("Property recovered - theft still complete.", "Goods recovered at door; offence complete on appropriation.",
                  "Crimed although [items|goods|property] [recovered|returned].", "Recovery does not negate theft - crimed."),
    "mutual": ("Counter-allegation noted; IP assaulted - crimed.",
               "Both parties spoken to; [IP|VIC] assaulted - crimed[, counter-allegation considered|]."),
    "cctv": ("CCTV [requested|awaited]; crimed on IP's account.", "Absence of CCTV not relevant to recording - crimed."),
    "pattern": ("Controlling behaviour without violence - CCB crimed.", "No violence required for CCB[ - crimed|]."),
}
# Lines a note may add about the account's flavour, whatever the decision.
VARIANT_NOTE = {
    "recovered": ("[Property|Item|Goods|Stock] recovered[ at scene| by staff| later| {date}|].", "[Stock|Items] returned to [store|shelf].",
                  "IP has [property|item] back[ - undamaged|]."),
    "mutual": ("SUSP [alleges|claims] IP [started it|struck first|also assaulted him].", "Counter-allegation made by SUSP.",
               "[Both|Parties] [state|claim] the other started it."),
    "cctv": ("IP [states|believes] CCTV [at venue|on bus|in premises][ may cover it|].", "CCTV [requested|to be checked] at {avi_place}."),
    "pattern": ("IP [describes|discloses|details] [long-standing|ongoing|years of|{n} yrs of] [controlling|coercive|controlling/coercive] [behaviour|conduct][, no physical violence|, never physical|; no assaults|].",
                "[Isolation|Financial control|Monitoring of phone|Tracking and isolation|Control of money and clothing] [over|for|throughout] [years|months|the relationship|{n} years][, no assaults disclosed|, no violence|, non-physical|]."),
    "prior_nfa": ("Previous [log|incident] {cad2} [closed NFA|non-crime|no crime raised].", "IP [states|reports] earlier call {cad2} [not crimed|closed]."),
}
FIRST_OFFENCE_COURSE = (
    "Single incident - [does not meet|doesn't meet|below] [threshold|criteria] for [harassment|stalking|CCB].",
    "Only one [occasion|incident] - no course of conduct[ established|].",
    "[One-off|Isolated] incident, not a course of conduct.",
)
# Extra reasons a crimed note may give, by what makes the account an offence.
CRIMED_COURSE = ("Course of conduct established.", "CoC - more than two occasions.",
                 "Repeated conduct towards IP.", "Pattern of behaviour, {n} occasions.")
CRIMED_SINGLE = ("SUSP no previous, first offence - [CR|OOCD] considered.", "Single incident, offence complete.",
                 "First offence by SUSP, [charge|OOCD] to be considered.")
CRIMED_BY_KIND = {
    "malicious_comms": ("Threat in [message|msg] sufficient for offence.", "Single threatening msg - offence complete."),
    "domestic_assault": ("No injury required for common assault.", "Push/grab = common assault."),
    "assault": ("No injury required for common assault.", "Contact with IP = common assault."),
    "public_order": ("Threatening behaviour causing [alarm/distress|HAD] - s.4A POA.", "Meets s.4 POA threshold."),
    "burglary": ("No suspect - crimed and filed[ pending LOE| undetected|].", "Crimed; no forensic opportunities, filed.",
                 "Burglary recorded, SOCO [requested|attended][ {date}|].", "Crimed - unknown offender, [filed|screened out] pending new info."),
    "threats_weapon": ("Weapon produced - offence complete [without injury|though no contact].", "No injury required - threats with weapon[, s.4 POA|].",
                       "Words and weapon - crimed.", "Crimed: threat with {weaponnote}, no contact needed."),
    "family_abuse": ("[Financial|Economic] abuse by [family member|{relshort}][ of vulnerable adult|] - crimed[ {date}|].",
                     "[Repeated|Regular|Ongoing] taking of IP's [money|pension|cash][ without consent|] - [theft|offence complete]; [CoC|CCB|harassment] [considered|to be reviewed by OIC].",
                     "Crimed [regardless of|despite] IP's [wish not to prosecute|reluctance|not wanting {relshort} arrested].",
                     "[Adult safeguarding|ASC|Care Act] referral [made|submitted][ {date}|]; crimed."),
    "workplace_comms": ("Threat in [email|voicemail|message] sufficient - MCA s.1.", "Crimed - [HR|employer] informed separately.",
                        "Not an employment matter - offence complete."),
    "fraud": ("Crimed - fraud by false representation; Action Fraud ref also obtained.", "Recorded; bank [informed|notified][ {date}|]."),
}
AVI = {
    "cctv": (
        "CCTV reviewed at {avi_place} {hhmm2} [shows|confirms] {finding}.",
        "{avi_place} CCTV ({hhmm2}) viewed by PC {officer}: {finding}.",
        "Footage obtained from {avi_place}[ {date}|] - shows {finding}.",
        "AVI: CCTV at {avi_place} [{hhmm2}|on {date}|] confirms {finding}.",
    ),
    "custody": (
        "Custody record {custref} confirms SUSP in custody at {custody_place} at the time.",
        "[SUSP|{SUSP}] was in custody [at the time|at {hhmm2} on {date}|when this is alleged] ({custref})[ - could not have been involved|].",
        "AVI - custody [records|record] {custref} show SUSP detained from {hhmm2}[ to following morning| until {date}|].",
    ),
    "found": (
        "IP has since found {item} [at home|in the house], confirmed by [officer|PC {officer}].",
        "Item located [in IP's car|at home|at a relative's address|in IP's garage], not stolen - confirmed[ {date}|].",
        "{item} found by IP [at work|under car seat|at home]; no theft. Confirmed by PC {officer}.",
        "AVI: IP [called back|rang back] {date}, {item} found [at home|in vehicle]; seen by officer.",
    ),
    "lent": (
        "Item [had been|was] lent to IP's [son|flatmate|brother|cousin] [on {date}|earlier|], now returned; confirmed [with them|by PC {officer}|{date}].",
        "[Son|Flatmate|Brother] had borrowed {item}, returned - confirmed by [officer|PC {officer}].",
        "AVI: {item} borrowed by [family member|IP's son|IP's flatmate|a relative] with [consent|permission], [returned|given back] and seen by officer.",
    ),
    "phone": (
        "Phone [download|exam|check] ({date}[, PC {officer}|]): [msg|message|text] was [forwarded|a chain|copied] [to all contacts|round a group chat|to {n}0+ people] - not aimed at IP.",
        "[Handset|Phone] check {date}: [msgs|messages] [came from|were sent from] IP's [own|] [old phone|tablet|second handset|laptop] by {vposs} [son|nephew|niece|grandson] {kidname}[ ({kidage})|] [as a prank|for a joke|to wind {vobj} up]. [Admitted to PC {officer}.|Confirmed {date}.|{kidname} admits.]",
        "[Provider|Network] data ({xref}): [number|account] [not SUSP's|not linked to SUSP]; [automated spam|bulk marketing text|mass text], no threat[ to IP|].",
    ),
}
AVI_BY_SITUATION = {
    ("family_abuse", "cctv"): (
        "[Bank|Branch|ATM] CCTV ({xref})[ {date}|] shows IP [making|taking out] [the|all|each of the] [withdrawals|cash] [in person|alone|unaccompanied][ at {hhmm2}|]; [IP now recalls|IP accepts this|explained to IP].",
        "[Bank records|Statements] and [branch|ATM] CCTV confirm [payments|withdrawals|transfers] [made|authorised] by IP [personally|in branch][ at {hhmm2}|], [to pay own bills|for a family holiday|for a new boiler] - [no third party|nobody else involved|no dishonesty].",
    ),
    ("family_abuse", "lent"): (
        "IP [confirms|now says|told PC {officer}] [card|bank card|cash card] lent to [{relshort}|family member] [for shopping|for errands|to get the gas topped up|to collect a prescription][ on {date}|] [with consent|with permission|by agreement]; [statement|receipts|spend] [match|matches][ - no dishonesty|]. [Seen by PC {officer}.|Confirmed {date}.|]",
        "[Money|Card|£{amount}] [lent|borrowed] with IP's consent [to pay a bill|for shopping|for a car repair], [repaid|returned|paid back] {date}; [confirmed by IP and bank statement|IP and PC {officer} agree|bank transfer seen].",
    ),
    ("burglary", "lent"): (
        "[Items|{item}|Tools|Property] had been borrowed by [neighbour|IP's brother|IP's son|a friend of IP|IP's ex-lodger] [with consent|with IP's permission|on agreement][ on {date}|], [since returned|now returned|brought back {date}] and seen by [officer|PC {officer}].",
        "[Tools|Mower|Bikes|{item}] lent to [neighbour at No. {num2}|IP's brother|a friend] [weeks earlier|on {date}|in {month}][, IP forgot|], [returned|handed back] - confirmed by [PC {officer}|officer|phone {date}].",
    ),
    ("burglary", "found"): (
        "[Tools|Items|Jewellery|{item}] [located|found] [in loft|at IP's other address|in the van|in the garage at a relative's] {date}, [no break-in|no entry made] - [damage old|shed left unlocked|lock rusted through]; [confirmed by PC {officer}|seen by officer|IP agrees].",
        "AVI: IP [rang back|called back|updated] {date} - [items|property|{item}] found [in garage|at relative's address|under stairs], [lock|door] damage [pre-existing|from months ago]; [seen by officer|confirmed PC {officer}].",
    ),
    ("workplace_comms", "phone"): (
        "[Email provider|IT dept|Mail server|Provider] [data|logs|check] ({xref})[ {date}|]: [message|email|the email] [was|is] [bulk|mass|generic] [phishing|spam|scam mail] [sent to|received by] [all staff|{n}0+ addresses|every inbox in the company|the whole department][ at {hhmm2}|] - [not from SUSP|SUSP not the sender|not SUSP's account][; not aimed at IP|, IP not targeted|].",
        "[Phone|Call|Network] [log|records|provider data] ({xref}) [checked by PC {officer}|obtained {date}|]: [voicemail|the call|msg] [left by|came from|was from] [a wrong-number caller|an automated system|a recorded sales line|a different customer], [not SUSP|not linked to SUSP|not SUSP's number][; no threat to IP|, no threat in it|].",
    ),
}
FINDINGS = {
    "theft": ("IP dropping {item} [in the street|near the till|by the door]", "IP's bag not touched [by anyone|at any point]",
              "nobody [approach|go near] IP's vehicle [overnight|all night]", "IP [leave|leaving] {item} on the [bus|seat]"),
    "shoplifting": ("[customer|female|male] [paid for|paying for] all items at till {n}", "all items scanned and paid at SCO {n}",
                    "[customer|SUSP] paying before leaving[ store|]"),
    "criminal_damage": ("damage already present [days|a week|{n} days] before",),
    "assault": ("no contact between parties", "IP and SUSP walk [apart|away], no [physical contact|contact]",
                "IP [trip|tripping] on kerb, no one [near|nearby]"),
    "public_order": ("[no interaction|no contact|nothing] between [the parties|IP and SUSP] [at the time stated|at {hhmm2}|on {date}|at that location]",
                     "SUSP not present at [location|{avi_place}][ at {hhmm2}|]", "[IP|SUSP] [walking past|passing] [alone|without incident] at {hhmm2}"),
    "malicious_comms": ("SUSP at work with phone in locker at the time",),
    "sexual_assault": ("[IP and SUSP|the two|SUSP and IP] [not in contact|never within reach of each other|apart|not interacting] [at any point|throughout|between {hhmm2} and close][ as stated by IP| that night|]",
                       "SUSP [leaving|leaves|exiting] [{avi_place}|the venue|the premises] at {hhmm2}, [before IP arrives|{n} minutes before IP enters|alone]",
                       "[IP and SUSP|both parties] in [separate areas|different rooms|different parts of the bar] [throughout|all evening][, no approach| - no contact|]",
                       "SUSP not [on the bus|on the premises|present] [at the time stated|between {hhmm2} and close|that evening]"),
    "burglary": ("IP's [son|partner|lodger|husband] [opening|entering|unlocking] [shed|garage|outbuilding] with [own|a] key [and removing|and taking|to collect] [tools|items|bikes][ - IP confirms consent| - agreed with IP|]",
                 "[nobody|no one|no person] [entering|approaching|near] [the premises|the shed|the rear|the garage] [overnight|all night|between {hhmm2} and morning][; damage visible days earlier|; door already damaged|]"),
    "threats_weapon": ("SUSP holding [a phone|an umbrella|a water bottle], no weapon; [drives off|walks away] without contact",
                       "SUSP's vehicle not at [location|{avi_place}] at {hhmm2}", "parties [talking calmly|exchanging details], nothing in SUSP's hands"),
}
# What the footage shows, where it depends on the damage the caller described.
FINDINGS_BY_TAG = {
    ("criminal_damage", "car"): ("[delivery lorry|bin lorry|van] [clip|clipping] mirror - accidental",
                                 "[branch|tree] [falling on|hitting] vehicle in [high winds|storm]",
                                 "no one at the vehicle [overnight|all night]", "damage already there when parked {date}"),
    ("criminal_damage", "window"): ("[football|ball] from [kids' game|children playing] [hitting|breaking] window - accidental",
                                    "crack already visible [days|a week] earlier"),
    ("criminal_damage", "paint"): ("graffiti already present [weeks|{n} weeks] before", "[council|contractor] marking for works"),
    ("criminal_damage", "door"): ("IP's [partner|son] forcing door when locked out - [accidental|consented]",
                                  "door damage pre-dates report by [days|weeks]"),
    ("criminal_damage", "phone"): ("IP [dropping|drops] phone [in street|on steps] - accidental",),
}
CLOSERS_NON_CRIME = ("NFA.", "Closed.", "Update caller.", "Caller updated[ {date}|].", "Refer to NHT.", "Closing.",
                     "Res.", "Filed.", "[Caller|RP] informed[ by phone|].", "No further police action.")
CLOSERS = (
    "NFA.", "Closed.", "Update IP.", "IP updated[ {date}|].", "Refer to NHT.", "Safeguarding referral made.",
    "Pass to PPU.", "Await w/s.", "For OIC.", "Closing.", "Res.", "Filed.", "[IP|Caller] informed[ by phone|].",
)


def _caps_name(first: str, last: str) -> str:
    return f"{first} {last.upper()}" if last else first


def note_slots(rng: random.Random, outcome: Outcome, cast: Cast, slots: dict) -> dict:
    """The slot table for one set of notes, sharing the call's facts."""
    victim, other = cast.victim, cast.other
    vname = _caps_name(victim.first, victim.last) if victim else None
    sname = _caps_name(other.first, other.last) if other and cast.other_known else None
    ip = pick(rng, ("IP", "VIC", "Victim", "IP", "IP/VIC", "Vic", "IP")) if victim else "Caller"
    susp = pick(rng, ("SUSP", "Susp", "suspect", "SP", "SUSP", "Suspect"))
    vpron = victim.pronouns if victim else None
    n = slots.copy()
    n.update({
        "vsubj": vpron.subj if vpron else "they", "vobj": vpron.obj if vpron else "them",
        "vposs": vpron.poss if vpron else "their",
        "IP": f"{ip} {vname}" if vname and chance(rng, 0.35) else ip,
        "cname_caps": _caps_name(cast.caller.first, cast.caller.last),
        "kidname": pick(rng, MALE_FIRST if chance(rng, 0.5) else FEMALE_FIRST),
        "topic": ("CCTV", "child contact", "property", "parking", "a scam", "found property"),
        "SUSP": f"{susp} {sname}" if sname and chance(rng, 0.5) else susp,
        "relshort": pick(rng, REL_SHORT.get(cast.relation, ("n/k",))),
        "hhmm": _hhmm(rng), "hhmm2": _hhmm(rng, bare=True), "date": _date(rng),
        "n": str(rng.randint(2, 9)), "atHA": pick(rng, ("at HA", "o/s HA", "o/s IP's address", "at home address")),
        # the new record's reference, and the earlier one a caller may have quoted
        "cad": F.cad_ref(rng), "cad2": F.cad_ref(rng), "crimeref": F.crime_ref(rng),
        "crimeref2": slots["crimeref"],
        "xref": F.crime_ref(rng), "custref": F.custody_ref(rng), "cls": outcome.classification or "incident",
        "CLS": (outcome.classification or "incident").upper(),
        "force": pick(rng, F.FORCES).replace("Police Scotland", "Scotland").replace("the Met", "Metropolitan"),
        "placeout": pick(rng, F.OUTDOOR).replace("the ", ""), "lostitem": slots["lost_item"].replace("my ", ""),
        "weaponnote": slots["weapon"].split(" ", 1)[-1],
        "item": slots["item"].replace("my ", "").replace("the ", ""),
        "avi_place": pick(rng, (slots["shop"], slots["pub"], "bus depot", "town centre", "council",
                                "neighbour's doorbell", "petrol station", "car park")),
        "custody_place": pick(rng, ("Central", "Northfield", "Eastway", "Riverside", "Westgate")) + " custody",
    })
    n["CALLER"] = CALLER_TAG
    if outcome.avi == "cctv":
        by_tag = FINDINGS_BY_TAG.get((outcome.situation.key, slots.get("_tag")), ())
        n["finding"] = by_tag or FINDINGS.get(outcome.situation.key, ("no offence taking place",))
    return n


def _hhmm(rng: random.Random, bare: bool = False) -> str:
    hh, mm = rng.randint(0, 23), rng.randrange(0, 60, 5)
    if bare:
        return f"{hh:02d}{mm:02d}"
    return pick(rng, (f"{hh:02d}{mm:02d}hrs", f"at {hh:02d}:{mm:02d}", f"approx {hh:02d}{mm:02d}",
                      f"@ {hh:02d}{mm:02d}", f"{hh:02d}{mm:02d}"))


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"


def write_notes(rng: random.Random, outcome: Outcome, cast: Cast, slots: dict) -> str:
    """The officer's notes for one incident, 1-8 sentences."""
    n = note_slots(rng, outcome, cast, slots)
    sit = outcome.situation
    parts: list[str] = []
    if chance(rng, 0.3):
        parts.append(render(HEADER, rng, n))
    parts.append(render(_summaries(sit.key, slots.get("_tag")), rng, n))
    if outcome.variant in VARIANT_NOTE and chance(rng, 0.5):
        parts.append(render(VARIANT_NOTE[outcome.variant], rng, n))
    history = _history_line(rng, outcome, slots)
    if history:
        parts.append(render(history, rng, n))
    for action in _actions(rng, outcome, cast.other_known):
        parts.append(render(ACTIONS[action], rng, n))
    decision = render(DECISION[outcome.decision], rng, n)
    rationale = _rationale(rng, outcome, n)
    if rationale and chance(rng, 0.35):
        parts.append(f"{decision.rstrip('.')} - {rationale}")
    else:
        parts.append(decision)
        if rationale:
            parts.append(rationale)
    if chance(rng, 0.35):
        parts.append(render(CLOSERS if sit.offence else CLOSERS_NON_CRIME, rng, n))
    if sit.key in ("theft", "lost_property") and outcome.kind == "genuine" and chance(rng, 0.1):
        parts.append("First report of loss by caller.")
    wording = Wording(rng, rate=pick(rng, (0.3, 0.5, 0.7, 0.85)))
    return _finish(rng, [wording.write(p) for p in parts])


def _summaries(key: str, tag: str | None) -> list[str]:
    """Summaries that fit the event the caller described (same tag, or untagged)."""
    bank = SUMMARY[key]
    fitting = [untagged(t) for t in bank if tag_of(t) == tag]
    if tag is not None:
        fitting += [t for t in bank if tag_of(t) is None]
    return fitting or [untagged(t) for t in bank]


def _history_line(rng: random.Random, outcome: Outcome, slots: dict | None = None) -> tuple[str, ...] | None:
    """Whether (and how) the notes say anything about earlier occasions."""
    if outcome.kind in {"duplicate", "update", "transfer"}:
        return None
    if outcome.continuation and slots is not None and slots.get("_history_style") in {"narrative", "implied"}:
        # a history told as a story: sometimes written down in shorthand, often left out
        if outcome.rationale == "first_offence":
            return HISTORY_NONE if chance(rng, 0.3) else None
        draw = rng.random()
        return HISTORY_NARRATIVE if draw < 0.4 else HISTORY_CONT if draw < 0.5 else None
    if outcome.continuation:
        if outcome.rationale == "first_offence":
            return HISTORY_NONE if chance(rng, 0.4) else None
        return HISTORY_CONT if chance(rng, 0.45 if outcome.kind == "crimed" else 0.3) else None
    if outcome.situation.offence and chance(rng, 0.25):
        return HISTORY_NONE
    return None


def _actions(rng: random.Random, outcome: Outcome, cast_known: bool) -> list[str]:
    sit = outcome.situation
    options = ["attend"]
    if sit.key in {"domestic_assault", "coercive_control", "harassment", "stalking", "domestic_argument",
                   "family_abuse"}:
        options.append("da")
    if sit.offence:
        options += ["statement", "enquiries"]
        if cast_known:
            options.append("suspect")
    k = weighted(rng, {"0": 0.3, "1": 0.4, "2": 0.3})
    return rng.sample(options, min(int(k), len(options)))


def _rationale(rng: random.Random, outcome: Outcome, n: dict) -> str:
    key = outcome.rationale
    if key == "no_rationale":
        return ""
    if key == "avi":
        bank = AVI_BY_SITUATION.get((outcome.situation.key, outcome.avi)) or AVI[outcome.avi or "cctv"]
        return render(bank, rng, n)
    if key == "first_offence" and outcome.situation.key in _COURSE_OFFENCES and chance(rng, 0.4):
        return render(FIRST_OFFENCE_COURSE, rng, n)
    if key == "crimed":
        options = list(RATIONALES["crimed"]) + list(CRIMED_BY_KIND.get(outcome.situation.key, ()))
        options += list(CRIMED_COURSE if outcome.continuation else CRIMED_SINGLE)
        if outcome.variant in CRIMED_BY_VARIANT and chance(rng, 0.6):
            options = list(CRIMED_BY_VARIANT[outcome.variant])
        return render(options, rng, n)
    if key == "genuine":
        return render(GENUINE.get(outcome.situation.key, ("No offences disclosed.",)), rng, n)
    extra = RATIONALES_BY_SITUATION.get((outcome.situation.key, key))
    if extra and chance(rng, 0.6):
        return render(extra, rng, n)
    return render(RATIONALES[key], rng, n)


GENUINE: dict[str, tuple[str, ...]] = {
    "noise": ("[Noise nuisance|Noise|Nuisance noise] only[ from No. {num2}|], no offences. [Referred to|Passed to] council [EH|noise team][ - PC {officer}| {date}| ({cad})|].",
              "ASB noise, advice given, passed to [NHT|PCSO {officer}][ - PC {officer}| {date}| ({cad})|].",
              "No offences, [referred to|advised to contact] council noise team[ - PC {officer}| {date}| ({cad})|].",
              "[First|1st] report of noise from [address|No. {num2}], advice given[ - PC {officer}| {date}| ({cad})|]."),
    "civil_dispute": ("Civil matter - advised re [small claims|CAB|Citizens Advice][ - PC {officer}| {date}| ({cad})|].", "No criminal offence - [contractual|consumer] dispute[ - PC {officer}| {date}| ({cad})|].",
                      "Civil dispute, no offences disclosed[, advice given|][ - PC {officer}| {date}| ({cad})|].", "No dishonesty[ evident|], civil matter[ - PC {officer}| {date}| ({cad})|]."),
    "boundary_dispute": ("Boundary dispute - civil matter[, advised re Land Registry|, advised re solicitor|][ - PC {officer}| {date}| ({cad})|].",
                         "No threats or damage, civil[ matter|][ - PC {officer}| {date}| ({cad})|].", "Civil boundary issue; parties advised[ - PC {officer}| {date}| ({cad})|].",
                         "No offences, neighbour [boundary|parking] matter - civil[ - PC {officer}| {date}| ({cad})|]."),
    "domestic_argument": ("[Mutual|Two-way|Shouting match,] [verbal|] [argument|row|disagreement][ re {topic}|], [no assault|nobody assaulted|no physical contact] [or threats|and no threats|] [alleged|disclosed|reported] by [either party|IP or {relshort}|anyone][ - PC {officer}| {date}|].",
                          "[Both|Parties|{relshort} and IP] [as bad as each other|giving as good as they got|equally loud] [verbally|in the row|with words|on arrival]; [nobody touched|no contact|no assault alleged|no one hurt][, no offences| - NFA|, words only|][ - PC {officer}| ({cad})| {date}|].",
                          "Verbal argument only, no [threats|offences] [or violence|disclosed][, both parties calm|, {relshort} left|][ - PC {officer}| {date}| ({cad})|].",
                          "[Verbal only|Words only between them|Shouting only][ at {hhmm2}|], [no offences disclosed|nothing disclosed|no allegations made] by [either party|IP or {relshort}|anyone][ - PC {officer}| {date}| ({cad})|].",
                          "No offences disclosed, DASH [standard|std][ {date}|][ - PC {officer}| {date}| ({cad})|].",
                          "[Argument|Row|Verbal dispute] only, [partner|{relshort}|other party] [left for night|went to family|stayed elsewhere|went to a friend's|agreed to leave], no offences[ disclosed| alleged| by either|][ - PC {officer}| {date}| ({cad})|].",
                          "[Both|Parties] [seen|spoken to] [separately|apart] by PC {officer}, verbal only, no injuries or threats[ - PC {officer}| {date}| ({cad})|]."),
    "workplace_dispute": ("Employment matter - [advised re ACAS|referred to HR|advised re employment tribunal], no offences[ - PC {officer}| {date}|].",
                          "No threats or offences disclosed; [HR|employment] issue[, advice given|][ - PC {officer}| ({cad})|].",
                          "Civil/employment matter - [unpaid wages|grievance], no criminal offence[ {date}|].",
                          "[Rude|Critical|Blunt|Unpleasant] but not threatening [email|message|comment][ from {relshort}|] - no offence[, refer to employer|, HR to deal|][ - PC {officer}| {date}|]."),
    "welfare": ("Officers attended, [subject|male|female] found safe and well[ - PC {officer}| {date}| ({cad})|].", "Welfare check completed[ {hhmm2}|], safe and well[ - PC {officer}| {date}| ({cad})|].",
                "[Subject|Male|Female] located and returned home safe[ - PC {officer}| {date}| ({cad})|].", "Safe and well, no concerns[ raised|][ - PC {officer}| {date}| ({cad})|]."),
    "lost_property": ("Lost property[ - {lostitem}|], [no suggestion of theft|nothing to suggest theft|no theft alleged].[ LP ref given.|]",
                      "[Item|{lostitem}] lost[ on {date}|], no offence[ - PC {officer}| ({cad})|].",
                      "Lost item, [caller|{cname_caps}] confirms not stolen[ - PC {officer}| {date}|].",
                      "LP [recorded|logged|ref issued][ {date}|], no crime[ - PC {officer}|]."),
    "advice": ("Advice only, no offences disclosed[ - PC {officer}| {date}| ({cad})|].", "Advice given, no police action required[ - PC {officer}| {date}| ({cad})|].",
               "No offences, advised accordingly[ - PC {officer}| {date}| ({cad})|].", "Caller given advice, no crime[ - PC {officer}| {date}| ({cad})|]."),
    "child_concern": ("[Child|{kidname}|Young person] [located|found|traced] safe and well[ {hhmm2}| at {placeout}| at a friend's address| at {street}|].",
                      "No offences disclosed[ by child|], [referred to|passed to|info shared with] [school|early help|children's services|the school nurse][ {date}|].",
                      "[Child|{kidname}] returned home [safe|{hhmm2}|of own accord][, no concerns of harm| - no harm disclosed|].",
                      "No [disclosure|indication|suggestion] of harm; [advice given to|words with|safety advice to] [parent|school|caller][ by PC {officer}| {date}|].",
                      "[Spoke to|Saw] child [with parent|at school|at home] {date}, [no concerns|nothing of concern|happy and well].",
                      ),
}


def _finish(rng: random.Random, parts: list[str]) -> str:
    """Join into notes of 1-8 sentences, in one of a few house styles."""
    parts = [p.strip() for p in parts if p and p.strip()]
    while len(parts) > 8:
        del parts[-2]  # drop a middle action rather than the decision or rationale
    style = rng.random()
    if style < 0.15:  # one run-on line: "ip reports ... - dash std - nc - words only"
        text = " - ".join(p.rstrip(".") for p in parts)
        return text.lower() if chance(rng, 0.4) else text
    text = " ".join(p if p[-1] in ".!?" else p + "." for p in parts)
    text = _START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    while len(_SENT.split(text)) > 8:  # a rationale with two sentences can push it over
        text = text.rsplit(". ", 1)[0] + "."
    return text
