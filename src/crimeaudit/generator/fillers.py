"""Slot fillers: places, objects, times, counts and other small details of a call.

Each filler is either a list of short templates (picked and expanded on every use) or a function
of the random generator. Call-level facts that must stay consistent within one call (the
street, the suspect's car) are drawn once in :func:`crimeaudit.generator.dialogue.call_slots`.
"""
from __future__ import annotations

import random

from .grammar import chance, pick

STREET_STEMS = (
    "Alder Ash Aspen Beech Birch Bramble Brook Canal Castle Cedar Chapel Cherry Church Clover "
    "Colliery Coronation Cromwell Dale Derwent Elm Fern Field Forge Foundry Garden Glebe Granby "
    "Green Grove Hall Hawthorn Hazel Heather Heath High Hill Holly Ivy Jubilee Kings Laburnum "
    "Larch Laurel Lime Linden Maple Market Meadow Mill Moor Mulberry Nelson Newton Oak Orchard "
    "Park Poplar Priory Queens Railway Rectory Redwood Rowan School Sefton Spring Station Stanley "
    "Sycamore Tanner Thorn Victoria Vicarage Water Wellington Westfield Willow Windsor Woodland "
    "York Albion Beaumont Carlton Denby Everton Fairfax Gladstone Harcourt Kenilworth Lister "
    "Melbourne Osborne Peel Ribble Salisbury Tennyson Ullswater Wharfe Wordsworth"
).split()
STREET_KINDS = (
    "Road", "Street", "Close", "Avenue", "Lane", "Drive", "Way", "Crescent", "Grove", "Terrace",
    "Court", "Gardens", "Place", "Walk", "Rise", "View",
)
TOWNS = (
    "Harrowby", "Kingsmead", "Ashbourne Vale", "Thornbury", "Eastwick", "Millbrook", "Oakfield",
    "Redbridge End", "Stanton", "Westholme", "Brackley Heath", "Castleford Green", "Dunmore",
    "Fairlea", "Greystone", "Hollingworth", "Lowmoor", "Marshfield", "Northcote", "Pendlebury",
    "Quarry Bank", "Riverside", "Sandhurst Park", "Tilbury Cross", "Underhill", "Whitmore",
    "the town centre", "the estate", "Brookside", "Hilltop", "Newlands", "Sutton Moor",
    "Claybrook", "Elmswood", "Foxhill", "Gorse Hill", "Hatherley", "Kirkby Lane", "Longridge",
)
FORCES = (
    "West Yorkshire", "Greater Manchester", "Merseyside", "Lancashire", "Northumbria",
    "South Yorkshire", "Cheshire", "Staffordshire", "West Mercia", "Thames Valley", "Kent",
    "Essex", "Devon and Cornwall", "Avon and Somerset", "Nottinghamshire", "Leicestershire",
    "Derbyshire", "Cumbria", "Durham", "Cleveland", "Humberside", "Lincolnshire", "Norfolk",
    "Suffolk", "Hampshire", "Sussex", "Dorset", "Wiltshire", "Gloucestershire", "Gwent",
    "South Wales", "North Wales", "Dyfed-Powys", "Police Scotland", "the Met",
)
SHOP_NAMES = (
    "Costsave", "Northgate Stores", "Hollins Pharmacy", "the Spar-type shop on the corner",
    "Price Right", "Bargain Barn", "Kwik Save Express", "the Co-op", "Daily Deals", "FreshWay",
    "the big Tesco", "Home and Bargain", "the garage shop", "Moorside Mini Market", "the chemist",
    "Shoe Zone", "the Boots in town", "Greggs", "the off licence", "Valley Foods", "SaveMore",
)
SCHOOLS = (
    "Oakfield Primary", "St Mary's", "Westholme Academy", "Millbrook High", "Thornbury Juniors",
    "Greystone Primary", "the academy", "St Joseph's", "Hilltop Infants", "Kingsmead College",
    "Riverside Primary", "Castle View School", "Holy Trinity", "Brookside Academy",
)
PUBS = (
    "the Red Lion", "the Crown", "the Fox and Hounds", "the Railway", "the Royal Oak",
    "the Black Bull", "the Swan", "the Wheatsheaf", "Wetherspoons", "the Plough", "the Anchor",
)
OUTDOOR = (
    "the park", "the car park", "the bus stop", "the precinct", "the canal path", "the rec",
    "outside the chippy", "by the library", "the retail park", "the train station",
    "the bus station", "the high street", "the shops", "the footpath by the school",
)
WORKPLACES = (
    "the warehouse", "the call centre", "the hospital", "the care home", "the office",
    "the factory", "the depot", "the salon", "the restaurant", "the hotel", "the leisure centre",
)
PLATFORMS = ("Instagram", "Facebook", "Snapchat", "WhatsApp", "TikTok", "Messenger", "X")
STEAL_ITEMS = (
    "my phone", "my purse", "my handbag", "my bike", "my laptop", "my wallet", "my bank card",
    "my key fob", "my iPad", "my watch", "my necklace", "my daughter's bike", "my toolbag",
    "my mountain bike", "my AirPods", "my parcel", "my scooter", "my e-bike", "my rucksack",
    "my grandmother's ring", "my work laptop", "my debit card", "my son's Xbox", "my camera",
)
LOST_ITEMS = (
    "my wallet", "my purse", "my phone", "my keys", "my driving licence", "my passport",
    "my bank card", "my hearing aid", "my glasses", "a rucksack", "my work ID badge",
    "my son's school bag", "my wedding ring", "my bus pass", "my Kindle",
)
SHOP_GOODS = (
    "meat", "a load of steak", "bottles of vodka", "razor blades", "perfume", "baby formula",
    "washing powder", "chocolate", "cheese", "coffee jars", "phone chargers", "electric toothbrushes",
    "a couple of bottles of wine", "energy drinks", "make-up", "nappies", "batteries", "headphones",
)
CAR_COLOURS = ("silver", "black", "white", "blue", "red", "grey", "dark green", "maroon")
CAR_MAKES = (
    "Corsa", "Fiesta", "Golf", "Astra", "Focus", "Polo", "BMW", "Audi", "Transit van", "Clio",
    "Qashqai", "Juke", "Mini", "Range Rover", "Mercedes", "Kia", "Yaris", "Passat",
)
CLOTHES = (
    "a black hoodie", "a grey tracksuit", "a dark puffer jacket", "a red jacket", "jeans and a white top",
    "a North Face coat", "a black cap", "a high-vis vest", "a green parka", "trackies and trainers",
    "a blue coat", "work clothes", "a Stone Island jumper", "a beanie hat",
)
BUILDS = ("tall", "short", "stocky", "skinny", "medium build", "quite big", "slim", "heavy set")
HAIR = ("short dark hair", "a shaved head", "ginger hair", "a beard", "blond hair", "curly hair",
        "grey hair", "a ponytail", "dark hair", "a skinhead")
WEAPONS = ("a knife", "a bat", "a bottle", "a hammer", "a screwdriver", "a metal bar", "a machete",
           "a crowbar", "a baseball bat", "a broken bottle", "a wheel brace", "a steering lock",
           "a golf club", "a kitchen knife", "a Stanley knife", "a lump of wood")
SAFE_PLACES = (
    "at my mum's", "at my sister's", "at a friend's", "in my car", "at work", "locked in the bathroom",
    "upstairs", "in the bedroom", "at my nan's", "at the neighbour's", "in the flat with the door locked",
    "at my dad's", "in the shop", "outside the station",
)

NUM_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve")
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve")


def street(rng: random.Random) -> str:
    """An invented street name such as ``Hawthorn Close``."""
    return f"{pick(rng, STREET_STEMS)} {pick(rng, STREET_KINDS)}"


def house_number(rng: random.Random) -> str:
    """A house number."""
    return str(rng.randint(1, 240))


def postcode(rng: random.Random) -> str:
    """A postcode-shaped string (invented area letters)."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    area = pick(rng, ("HB", "KM", "TX", "WH", "LQ", "ZN", "QM", "XB"))
    return f"{area}{rng.randint(1, 29)} {rng.randint(1, 9)}{pick(rng, letters)}{pick(rng, letters)}"


def clock_time(rng: random.Random) -> str:
    """A spoken time of day: "about half ten", "just after seven", "11:40"."""
    hour = pick(rng, HOURS)
    form = rng.randrange(7)
    if form == 0:
        return f"about {hour}"
    if form == 1:
        return f"half {hour}"
    if form == 2:
        return f"just after {hour}"
    if form == 3:
        return f"{rng.randint(1, 12)}:{rng.randrange(0, 60, 5):02d}"
    if form == 4:
        return f"quarter to {hour}"
    if form == 5:
        return f"{hour} o'clock"
    return f"twenty past {hour}"


def count_many(rng: random.Random) -> str:
    """A large, specific-sounding count: "forty", "sixty odd", "over a hundred", "37"."""
    form = rng.randrange(5)
    if form == 0:
        return str(rng.randint(12, 95))
    if form == 1:
        return pick(rng, ("twenty", "thirty", "forty", "fifty", "sixty", "seventy")) + pick(
            rng, ("", " odd", "-something"))
    if form == 2:
        return pick(rng, ("over a hundred", "about a hundred", "a couple of hundred", "hundreds of"))
    if form == 3:
        return pick(rng, ("loads of", "dozens of", "so many", "tons of"))
    return str(rng.randint(15, 60))


def car(rng: random.Random) -> str:
    """A vehicle description: "a silver Corsa"."""
    return f"a {pick(rng, CAR_COLOURS)} {pick(rng, CAR_MAKES)}"


def reg_plate(rng: random.Random) -> str:
    """A partial registration as a caller might remember it."""
    letters = "ABCDEFGHKLMNOPRSTVWXY"
    full = f"{pick(rng, letters)}{pick(rng, letters)}{rng.randint(10, 74)} {''.join(pick(rng, letters) for _ in range(3))}"
    return full if chance(rng, 0.5) else full[: rng.randint(3, 5)]


def crime_ref(rng: random.Random) -> str:
    """A crime or incident reference in one of several local formats."""
    form = rng.randrange(5)
    yy = rng.randint(22, 25)
    if form == 0:
        return f"CRI/{yy}/{rng.randint(1000, 99999):05d}"
    if form == 1:
        return f"{rng.randint(10, 99)}{yy}{rng.randint(10000, 99999)}"
    if form == 2:
        return f"CRI{rng.randint(100000, 999999)}"
    if form == 3:
        return f"{yy}/{rng.randint(10000, 99999)}/{rng.randint(10, 99)}"
    return f"CR-{rng.randint(1000000, 9999999)}"


def cad_ref(rng: random.Random) -> str:
    """A command-and-control log reference: "CAD 1234" or "log 0456 of 12/03"."""
    if chance(rng, 0.5):
        return f"CAD {rng.randint(100, 9999)}"
    return f"log {rng.randint(1, 2999):04d} of {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}"


def custody_ref(rng: random.Random) -> str:
    """A custody record number."""
    return f"{pick(rng, ('CU', 'CUST', 'C'))}/{rng.randint(10000, 999999)}/{rng.randint(22, 25)}"


def month(rng: random.Random) -> str:
    return pick(rng, MONTHS)


def day(rng: random.Random) -> str:
    return pick(rng, DAYS)


def number_word(rng: random.Random) -> str:
    return pick(rng, NUM_WORDS)


def ordinal(rng: random.Random) -> str:
    return pick(rng, ORDINALS)


# When the events happened, relative to the call: recent (the handler asks whether the suspect
# is still there) or past (a report after the event).
TIME_RECENT = (
    "[about|around|maybe] [an hour|twenty minutes|half an hour|ten minutes] ago",
    "[earlier|earlier on|just now|tonight|this morning|this afternoon]",
    "[at|about|around] {clock}[ tonight| this morning| this evening|]",
    "[a few|five|fifteen|forty] minutes ago",
)
TIME_PAST = (
    "last night[ about {clock}|]",
    "[on|last] {day}[ night| evening| morning|]",
    "[yesterday|yesterday evening|yesterday afternoon]",
    "[a couple of|two|three] days ago",
    "[at the weekend|over the weekend]",
)
