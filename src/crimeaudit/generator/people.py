"""Invented people: names, phone numbers, person references and pronouns.

Nothing here comes from real records. Names are drawn from large pools of first names and
surnames common in the UK, so unrelated incidents rarely share a full name by chance. Phone
numbers use Ofcom's range reserved for drama (07700 900000-900999); that range has only 1,000
numbers, so a phone on its own is shared by chance between unrelated incidents and is not
enough to link them: series share the phone *and* the name and reference.
"""
from __future__ import annotations

import random
from dataclasses import dataclass

from .grammar import chance, pick

FEMALE_FIRST = (
    "Abigail Aisha Alice Alicia Amber Amelia Amy Anna Anita Aoife Ava Bethany Bronwen Caitlin "
    "Carly Caroline Charlotte Chelsea Chloe Ciara Claire Courtney Danielle Deborah Demi Donna "
    "Eleanor Elif Ellie Emily Emma Erin Esther Eva Evie Faith Fatima Freya Gemma Georgia Grace "
    "Hannah Harriet Hayley Heather Holly Imogen Isla Jade Jasmine Jennifer Jess Joanne Julie "
    "Kayleigh Kelly Keira Kerry Kirsty Lauren Layla Leah Leanne Lily Lisa Lola Lucy Lydia Maisie "
    "Maria Marta Megan Melissa Mia Michelle Molly Nadia Naomi Natalie Nicola Niamh Nikki Olivia "
    "Paige Patricia Phoebe Poppy Priya Rachel Rebecca Rhiannon Rosie Ruby Sadia Samantha Sana "
    "Sarah Shannon Sharon Shauna Sian Sophie Stacey Stephanie Summer Tanya Tara Tina Tracy "
    "Vanessa Victoria Yasmin Zainab Zara Zoe Agnieszka Bisola Chantelle Demi-Leigh Ewa Gurpreet "
    "Hollie Ioana Jodie Kasia Kemi Leona Lorraine Mandy Mariam Nasreen Oksana Paula Ruth Simone "
    "Toni Wendy Amira Bushra Carys Delyth Ffion Kiran Lowri Morven Shona Eilidh Catrin Maryam "
    "Ada Aleksandra Andrea Bella Beth Callie Cara Cerys Daisy Darcy Eden Elena Eliza Ella Elsie Esme "
    "Frankie Georgina Gina Hafsa Hana Helen Hira Isabel Iqra Jacqueline Jodie-Ann Josie Karen Katie "
    "Kayla Kimberley Laila Laura Lacey Libby Linda Louise Lucia Madison Marie Martha Maya Millie "
    "Misha Nina Noor Orla Pauline Rosa Roxanne Saffron Sasha Sienna Skye Sofia Tegan Tilly Valerie "
    "Willow Ayesha Farah Hollie-Mae Jolene Kerry-Ann Maddison Nicole Rukhsana Tamara Yvonne"
).split()

MALE_FIRST = (
    "Aaron Adam Adrian Ahmed Aidan Alex Ali Andrew Anthony Arjun Ashley Ben Billy Bradley Brandon "
    "Callum Cameron Carl Chris Connor Craig Dale Damian Daniel Darren Dean Declan Dominic Dylan "
    "Ethan Gary Gavin George Graham Hamza Harry Hassan Ibrahim Imran Jack Jake James Jamal Jamie "
    "Jason Jay Joe Jordan Josh Kai Karl Kieran Kyle Lee Leon Lewis Liam Luke Marcus Mark Martin "
    "Matthew Michael Mohammed Nathan Neil Nick Oliver Omar Owen Patrick Paul Reece Rhys Richard "
    "Ricky Robert Ryan Sam Scott Sean Shane Simon Stephen Steven Stuart Tariq Terry Tom Tony "
    "Tyler Usman Wayne Zak Bilal Craig Darius Emeka Grzegorz Jermaine Kamil Kwame Lukasz Mihai "
    "Nathaniel Piotr Rory Shaun Tomasz Yusuf Aled Dafydd Euan Fraser Hamish Ross Gethin Ciaran "
    "Conor Niall Ravi Sunil Vikram Abdul Kofi Tobias Mason Reuben Danny Kevin Barry Colin "
    "Alfie Archie Arthur Asif Bobby Charlie Clive Dennis Dev Eddie Elliot Faisal Finley Frankie "
    "Freddie Gareth Glen Gordon Harvey Henry Isaac Ivan Jacob Jordan-Lee Joel Jonah Josh Keith "
    "Kenny Leo Logan Malik Max Mikey Mohsin Morgan Nasir Noah Oscar Ozzy Pete Raj Reggie Riley "
    "Ronnie Rowan Sami Sebastian Stefan Theo Trevor Vince Warren Zain Zeke Adnan Bartek Dariusz "
    "Jakub Marek Nico Rafal Tyrone Delroy Winston Lloyd Marlon"
).split()

SURNAMES = (
    "Abbott Adams Ahmed Akhtar Ali Allen Anderson Armstrong Atkinson Bailey Baker Ball Banks "
    "Barker Barnes Begum Bell Bennett Bibi Bird Bishop Black Booth Bradley Brennan Brooks Brown "
    "Burns Butler Byrne Campbell Carr Carter Chapman Clarke Cole Collins Cook Cooper Cox Crawford "
    "Cunningham Davies Dawson Dixon Doherty Duffy Duncan Edwards Ellis Evans Farrell Fisher "
    "Fletcher Foster Fox Fraser Gallagher Gibson Gill Graham Grant Gray Green Griffiths Hall "
    "Hamilton Harris Harrison Hart Hayes Henderson Hill Holmes Hughes Hunt Hussain Iqbal Jackson "
    "James Jenkins Johnson Johnston Jones Kaur Kelly Kennedy Khan King Knight Kowalski Lamb Lane "
    "Lawrence Lee Lewis Lloyd Lowe Macdonald Malik Marshall Martin Mason Matthews Mills Mitchell "
    "Moore Morgan Morris Murphy Murray Nelson Nowak Obi O'Brien O'Neill Owen Palmer Parker Patel "
    "Pearson Phillips Powell Price Quinn Rahman Reid Reynolds Richards Richardson Riley Roberts "
    "Robinson Rogers Rose Ross Russell Ryan Saunders Scott Shah Sharma Shaw Simpson Singh Smith "
    "Spencer Stevens Stewart Sullivan Taylor Thomas Thompson Turner Walker Wallace Walsh Ward "
    "Watson Webb Wells West White Wilkinson Williams Wilson Wood Wright Young Adeyemi Asante "
    "Baptiste Chowdhury Costa Dimitrov Doyle Egan Fenwick Garside Hargreaves Horvath Kaminski "
    "Kearney Lindqvist Mahmood Mensah Nwosu Okafor Oyelaran Petrov Popescu Quigley Rafferty "
    "Sandhu Szabo Thorne Varga Whitworth Wozniak Yilmaz Zielinski Ashworth Blackburn Cartwright "
    "Dunmore Eccles Fairbairn Greenhalgh Holroyd Ingham Jowett Kenworthy Lockwood Marsden "
    "Naylor Ormerod Pickles Ramsden Sutcliffe Tattersall Uttley Whiteley Crowther Brierley "
    "Addison Barlow Beckett Blake Bolton Bond Bradshaw Briggs Burgess Cannon Cassidy Chambers "
    "Connolly Curtis Dalton Dean Devlin Donovan Dunn Eaton Fleming Flynn Ford Frost Gardner Gibbs "
    "Goodwin Gordon Hancock Hardy Harper Hayward Hewitt Hodgson Holt Horton Howard Hudson Jarvis "
    "Kemp Kerr Law Lynch Mann Marsh McCarthy McKenzie Mellor Moss Newman Nicholson Norris Oliver "
    "Osborne Page Parry Payne Perry Pollard Potter Pratt Rees Rhodes Rowe Sharp Sheppard Slater "
    "Stone Storey Summers Swift Tucker Vaughan Wade Walton Warren Watts Weston Wheeler Whitehead "
    "Yates Akhtar Anwar Bashir Choudhury Dhillon Hassan Hanif Javed Mistry Nadeem Parekh Qureshi "
    "Rana Sethi Siddiqui Ahmadi Boateng Danso Eze Ibe Nnamdi Owusu Adjei Grant-Lewis Kowalczyk "
    "Lewandowski Mazur Novak Pereira Santos Silva Ferreira Rossi Romano Murphy-Jones"
).split()

# Second names for a few double-barrelled surnames widen the pool without odd-looking names.
_BARREL = ("Smith", "Jones", "Williams", "Brown", "Taylor", "Evans", "Hughes", "Clarke")


@dataclass(frozen=True)
class Pronouns:
    """Subject, object, possessive and reflexive forms for one person."""

    subj: str
    obj: str
    poss: str
    refl: str

    @property
    def is_female(self) -> bool:
        return self.subj == "she"


SHE = Pronouns("she", "her", "her", "herself")
HE = Pronouns("he", "him", "his", "himself")


@dataclass(frozen=True)
class Person:
    """One invented person as they appear across incidents."""

    first: str
    last: str
    pronouns: Pronouns
    phone: str | None
    ref: str | None
    age: int

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


def phone_number(rng: random.Random) -> str:
    """A mobile number in the Ofcom drama range."""
    return f"07700 900{rng.randrange(1000):03d}"


def person_ref(rng: random.Random) -> str:
    """A person reference in the records system, e.g. ``P1234567``."""
    return f"P{rng.randrange(1_000_000, 10_000_000)}"


def surname(rng: random.Random) -> str:
    """A surname, now and then double-barrelled."""
    last = pick(rng, SURNAMES)
    if chance(rng, 0.03):
        other = pick(rng, _BARREL)
        if other != last:
            last = f"{last}-{other}"
    return last


def new_person(
    rng: random.Random,
    *,
    female: bool | None = None,
    age: tuple[int, int] = (18, 60),
    phone_p: float = 0.6,
    ref_p: float = 0.5,
    last: str | None = None,
) -> Person:
    """A fresh invented person; ``last`` lets family members share a surname."""
    if female is None:
        female = chance(rng, 0.5)
    first = pick(rng, FEMALE_FIRST if female else MALE_FIRST)
    return Person(
        first=first,
        last=last or surname(rng),
        pronouns=SHE if female else HE,
        phone=phone_number(rng) if chance(rng, phone_p) else None,
        ref=person_ref(rng) if chance(rng, ref_p) else None,
        age=rng.randint(*age),
    )
