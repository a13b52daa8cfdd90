"""The invented words of the sample data: names, places, session texts, handouts, and small pure helpers.

Everything here is made up; nothing reads the clock or a store.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import time

from facilitator_app.domain.instruments import MOOD, PHQ2, WHO5, InstrumentDefinition

# --------------------------------------------------------------------------- vocabulary
# The five names the brief asks for come first, so even the small store shows them
# (they exercise PDF fonts and sorting: diaeresis, stroke, slashed o, stacked accents).
REQUIRED_NAMES = ("Zoë", "Łukasz", "Søren", "Nguyễn Văn An", "Aiyana")

FIRST_NAMES = (
    "Alex", "Sam", "Jo", "Chris", "Megan", "Tom", "Rosie", "Jamie", "Harriet", "Callum", "Dave", "Bev",
    "Siobhán", "Niamh", "Ciarán", "Aoife", "Rhys", "Carys", "Ffion", "Dylan", "Eilidh", "Ruairidh",
    "Agnieszka", "Małgorzata", "Wojciech", "Zofia", "Åsa", "Bjørn", "Ingrid", "Jürgen", "Lena",
    "Benoît", "Hélène", "Chloé", "Noé", "José", "Inês", "João", "Lucía", "Mateo", "Ayşe", "Emre",
    "Gökhan", "Priya", "Arjun", "Ananya", "Rahul", "Imran", "Fatima", "Sanjay", "Harpreet", "Wei",
    "Mei", "Hiroshi", "Yuki", "Ji-woo", "Min-jun", "Thảo", "Minh", "Youssef", "Layla", "Omar",
    "Amira", "Chidi", "Amara", "Kwame", "Abena", "Tendai", "Thandiwe", "Oluwaseun", "Takoda",
    "Marcia", "Delroy", "Eleni", "Giorgos", "Olena", "Dmytro", "Noa", "Eitan", "Þóra", "Guðrún",
    "Kemal", "Sinéad", "Pádraig", "Maëlle", "François", "Zsófia", "Bálint", "Ewa", "Tadeusz",
    "Aroha", "Tane", "Leilani", "Kai", "Mariana", "Tiago", "Precious", "Blessing", "Farah", "Nasrin",
    "Reza", "Leyla", "Ahmet", "Paulo", "Ros", "Pete", "Lou", "Frankie", "Mo", "Kit", "Robin", "Ash",
)
SURNAMES = (
    "Morris", "Kowalczyk", "Jensen", "O'Neill", "Patel", "Okafor", "Haddad", "Tanaka", "Silva",
    "Yılmaz", "Evans", "Nakamura", "Murphy", "MacLeod", "Novak", "Ahmed", "Mensah", "Lindqvist",
    "García", "Papadopoulos", "Kovalenko", "Levi", "Dubois", "Schäfer", "Nowak", "Brennan",
    "Chowdhury", "Adeyemi", "Reid", "Hughes", "Kaur", "Ferreira", "Horvath", "Sørensen", "Walsh",
)
PRONOUNS = ("she/her", "he/him", "they/them", "she/they", "he/they")
RELATIONS = ("sister", "brother", "partner", "friend", "mum", "dad", "support worker")
MEMBER_NOTES = (
    "Prefers to sit near the door.",
    "Uses a wheelchair; the ground-floor room works well.",
    "Heard about the group from a leaflet at the library.",
    "Likes a reminder text the day before.",
    "Usually comes by bus; the late bus sometimes makes them a few minutes late.",
    "Happy to help set out chairs.",
    "Prefers not to be photographed at events.",
)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ORDINALS = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", -1: "Last"}
TIMES_OF_DAY = (("Morning", (time(10, 0), time(10, 30))), ("Afternoon", (time(13, 30), time(14, 0))),
                ("Evening", (time(18, 0), time(18, 30), time(19, 0))))
THEMES = (
    "Peer Support", "Wellbeing Circle", "Anxiety Peer Support", "Low Mood Support Group",
    "Men's Talking Group", "Carers' Peer Support", "Young Adults Peer Group", "Recovery Circle",
    "Bipolar Peer Support", "Parents' Wellbeing Group", "LGBTQ+ Peer Support", "Hearing Voices Peer Group",
    "Postnatal Peer Support", "Over-60s Wellbeing Circle",
)
TOWNS = (
    "Millbrook", "Ashford Vale", "Kettleby", "Hollinwood", "Stanmere", "Bramley Cross", "Fernleigh",
    "Oakhurst", "Westerby", "Lowick", "Pennington", "Harcombe",
)
VENUES = (
    "Community Hall, Room 2", "St Anne's Church Hall", "Riverside Library, Meeting Room",
    "The Old Fire Station, Studio 1", "Wellbeing Centre, Room 4", "Quaker Meeting House, Small Room",
    "Leisure Centre, Activity Room", "Arts Centre, Green Room", "Neighbourhood Centre, Room B",
    "Friends' Café (back room)",
)
STAND_IN_VENUE = "Library, Meeting Room B (hall booked)"
DESCRIPTIONS = (
    "A peer-led group for adults living with anxiety or low mood. Drop in; no referral needed.",
    "A friendly space to talk and listen. Run by volunteers with lived experience.",
    "Share what helps, hear how others cope. Tea and biscuits from 15 minutes before the start.",
    "Peer support, not therapy: everyone is welcome to listen, share or pass.",
)
AGREEMENT_V1 = (
    "1. What is said in the group stays in the group.\n"
    "2. We listen with respect and let each person finish.\n"
    "3. No advice unless someone asks for it; we share what has worked for us.\n"
    "4. Phones away or on silent.\n"
    "5. Anyone may pass at any time."
)
AGREEMENT_V2 = AGREEMENT_V1 + (
    "\n6. If we are worried about someone's safety, a facilitator may speak with them privately "
    "after the session."
)

# (topic shown on the session, handout topic key)
TOPICS = (
    ("Sleep", "sleep"), ("Coping with setbacks", "setbacks"), ("Grounding", "grounding"),
    ("Talking to your GP", "gp"), ("Managing worry", "worry"), ("Self-compassion", "self-compassion"),
    ("Routines and small goals", "routine"), ("Loneliness and connection", "connection"),
    ("Dealing with stigma", "stigma"), ("Medication: sharing experiences", "gp"),
    ("Getting outdoors", "routine"), ("Setting boundaries", "boundaries"),
    ("Work and money stress", "worry"), ("Hope and recovery stories", "setbacks"),
    ("Family and relationships", "boundaries"), ("Noticing early warning signs", "warning-signs"),
    ("Planning for a difficult week", "warning-signs"), ("Creative outlets", "routine"),
)
EXTRA_THEMES = (
    "feeling isolated at the weekend", "long waiting lists", "money worries", "changes in medication",
    "family pressures", "the darker evenings", "going back to work", "small wins this week",
    "not sleeping well", "a difficult anniversary", "benefits paperwork",
)
STRATEGIES = (
    "Writing worries down an hour before bed and closing the notebook",
    "5-4-3-2-1 grounding when things feel too much",
    "Breaking a task into one small first step",
    "A short walk at lunchtime, even ten minutes",
    "Writing questions down before a GP appointment",
    "Box breathing: in for four, hold for four, out for four, hold for four",
    "Keeping the same wake-up time, even at weekends",
    "Texting a friend instead of waiting to be asked",
    "Naming the feeling without judging it",
    "Planning one pleasant activity each day",
    "Keeping the support contacts sheet somewhere easy to find",
    "Saying no to one extra commitment this week",
)
FOLLOW_UPS = (
    "Check in with {i} about how the GP appointment went.",
    "Ask {i} whether the earlier bus works out.",
    "{i} would like the sleep handout next time.",
    "Check in with {i} after their first week back at work.",
    "Ask {i} if the housing letter has been sorted.",
)
SHARINGS = (
    "{i} shared that they had managed to get back to the allotment.",
    "{i} shared that sleep has been better since cutting down on late-night scrolling.",
    "{i} shared that the new routine is helping.",
    "{i} shared that last month was tough but they kept coming, and that mattered.",
    "{i} talked about a good conversation with a family member.",
)
HOUSEKEEPING = (
    "Room was cold; mention the heating to the venue.",
    "Agreement read aloud at the start.",
    "Good energy in the room today; lots of laughter at the end.",
    "Quieter session; several regulars away.",
    "Tea urn not working; bring a flask next time.",
)
SAFETY = (
    "{i} said they had been having a very hard week. A facilitator spoke with them privately after "
    "the session; they agreed to contact their GP and have the support contacts sheet. Check in next session.",
    "{i} seemed very low and left early. A facilitator sent a short message afterwards, as agreed with "
    "{i} when they joined; {i} replied and said they were safe.",
    "{i} mentioned thoughts of not wanting to be here. Spoke privately after the session, went through "
    "the crisis contacts on the support sheet together, and {i} agreed to call their GP surgery in the morning.",
)
LATE_COMMENTS = ("Bus was late", "Came from work", "Traffic")
EARLY_COMMENTS = ("Had to collect children", "Appointment", "Last bus")
EXCUSED_COMMENTS = ("Sent apologies", "Working late", "Childcare this week", "Away", "Feeling unwell")
WORDS_LOW = ("tired", "low", "anxious", "flat", "stressed", "heavy", "drained")
WORDS_MID = ("ok", "alright", "busy", "steady", "meh", "getting there", "mixed")
WORDS_HIGH = ("hopeful", "good", "calm", "grateful", "rested", "lighter", "proud")

# (slug, title, topic keys, description, body in Markdown). Generic, invented, and free of phone numbers.
HANDOUTS = (
    ("grounding-5-4-3-2-1", "Grounding: 5-4-3-2-1", "grounding,worry",
     "A quick way to come back to the present moment.",
     "When feelings run high, use your senses to come back to the room.\n\n"
     "- **5** things you can see\n- **4** things you can touch\n- **3** things you can hear\n"
     "- **2** things you can smell\n- **1** thing you can taste\n\n"
     "Go slowly. There is no wrong answer, and you can start again at any point."),
    ("sleep-basics", "Sleep basics", "sleep",
     "Small habits that help many people sleep a little better.",
     "## Before bed\n- Keep the same wake-up time, even at weekends.\n- Dim the lights an hour before bed.\n"
     "- Put the phone in another room if you can.\n\n## If you cannot sleep\n"
     "- Get up after about twenty minutes and do something quiet in low light.\n"
     "- Go back to bed when you feel sleepy.\n\nTalk to your GP if poor sleep goes on for weeks."),
    ("gp-appointment", "Preparing for a GP appointment", "gp",
     "Getting the most out of a short appointment.",
     "## Before\n- Write down the two or three things that matter most.\n"
     "- Note how long things have been like this, and what makes them better or worse.\n"
     "- Bring a list of any medicines you take.\n\n## During\n- Start with the most important thing.\n"
     "- It is fine to read from your notes, or to bring someone with you.\n\n"
     "## After\n- Write down what was agreed and when to go back."),
    ("coping-with-setbacks", "Coping with setbacks", "setbacks",
     "A setback is part of recovery, not the end of it.",
     "- Notice what happened without blaming yourself.\n- Ask: what helped last time?\n"
     "- Pick one small, kind thing to do today.\n- Tell someone you trust how you are doing.\n\n"
     "Progress is rarely a straight line."),
    ("worry-time", "Worry time", "worry",
     "Giving worries a fixed appointment instead of the whole day.",
     "1. Choose fifteen minutes at the same time each day (not just before bed).\n"
     "2. When a worry comes up during the day, write it down and save it for worry time.\n"
     "3. In worry time, sort each worry: can I do something about it? If yes, plan one step.\n"
     "4. When the time is up, close the notebook."),
    ("box-breathing", "Box breathing", "grounding,worry",
     "A steady breathing pattern you can use anywhere.",
     "Breathe in for four, hold for four, breathe out for four, hold for four. Repeat four times.\n\n"
     "If holding your breath is uncomfortable, leave out the holds and just breathe out a little "
     "longer than you breathe in."),
    ("self-compassion", "Talking to yourself like a friend", "self-compassion",
     "Self-compassion in three questions.",
     "- What would I say to a friend in my place?\n- What do I need right now?\n"
     "- What is one thing I did well today, however small?"),
    ("small-goals", "Routines and small goals", "routine",
     "Building a day that holds you up.",
     "## Make it small\nA goal you can do on a bad day is better than one you only manage on a good day.\n\n"
     "## Anchor it\nAttach the new habit to something you already do: after my morning tea, I step outside.\n\n"
     "## Notice it\nTick it off somewhere you can see."),
    ("connection", "Staying connected", "connection",
     "Ideas for when you feel cut off.",
     "- Send one message today, even a short one.\n- Try a regular activity: a walk group, a choir, "
     "volunteering.\n- Libraries and community centres list free local groups.\n"
     "- Coming to this group counts."),
    ("stigma", "Talking about mental health", "stigma",
     "Deciding what, when and whom to tell.",
     "You choose what to share and with whom. Some people start with one trusted person. "
     "Practise a short sentence, for example: 'I have been struggling lately and I am getting support.'"),
    ("boundaries", "Setting boundaries", "boundaries",
     "Saying no without guilt.",
     "- Be clear and kind: 'I cannot this week.'\n- You do not owe a long explanation.\n"
     "- Expect some discomfort at first; it usually passes.\n- Notice who respects your limits."),
    ("warning-signs", "Noticing early warning signs", "warning-signs",
     "Your own signs, and a plan for them.",
     "## My early signs\n(for example: sleeping much more or less, skipping meals, avoiding messages)\n\n"
     "## What helps me\n\n## Who I can tell\n\n"
     "Fill this in on a good day and keep it somewhere you can find it."),
    ("difficult-week-plan", "A plan for a difficult week", "warning-signs,setbacks",
     "A one-page plan for the hard days.",
     "- Three things that help me feel a little better\n- Two people I can contact\n"
     "- One place I can go to be around others\n- The support contacts sheet from the group, kept in my bag"),
    ("group-welcome", "Welcome to the group", "welcome",
     "What to expect at your first session.",
     "We meet for about ninety minutes. We start with the group agreement and a short check-in: "
     "you can give a number from 0 to 10, one word, or pass. Nobody has to speak. "
     "Tea and biscuits are free."),
    ("getting-outdoors", "Getting outdoors", "routine,connection",
     "Light and movement, at your own pace.",
     "- Daylight in the morning helps many people sleep better at night.\n"
     "- Start with five minutes outside the front door.\n- Walking with someone makes it easier to go."),
)
AUDIENCES = ("", "for carers", "for young adults", "for parents", "for older adults")
FORMATS = ("", "one-page summary", "large print", "easy read")



# --------------------------------------------------------------------------- small pure helpers
def sample_answers(defn: InstrumentDefinition, mood: float, rng: random.Random) -> list[int | None]:
    """Item answers consistent with a mood of 0-10, for any of the built-in instruments."""
    if defn.id == MOOD.id:
        return [round(mood)]
    if defn.id == WHO5.id:
        return [min(5, max(0, round(mood / 2 + rng.gauss(0, 0.7)))) for _ in defn.items]
    if defn.id == PHQ2.id:
        return [min(3, max(0, round((10 - mood) * 0.3 + rng.gauss(0, 0.5)))) for _ in defn.items]
    raise ValueError(f"no sample answers for instrument {defn.key}")


def initials_of(name: str) -> str:
    """'Jo Morris' -> 'J.M.'; 'Nguyễn Văn An' -> 'N.V.A.'."""
    return "".join(f"{word[0].upper()}." for word in name.split()[:3] if word)


_ASCII_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "þ": "th",
                             "Þ": "Th", "ð": "d", "ß": "ss", "ı": "i", "'": ""})


def ascii_handle(name: str) -> str:
    """A lower-case ASCII handle for an invented e-mail address ('Søren' -> 'soren')."""
    folded = unicodedata.normalize("NFKD", name.translate(_ASCII_FOLD))
    kept = "".join(c for c in folded if c.isascii() and (c.isalnum() or c in " -"))
    return kept.strip().lower().replace(" ", ".").replace("-", "") or "member"


def slugified(text: str) -> str:
    return "-".join(text.lower().split())


def handout_text(title: str, description: str, body: str, audience: str, fmt: str, version: int,
                  plain: bool) -> str:
    lines = [f"# {title}", "", f"*{description}*", ""]
    if audience:
        lines += [f"Written {audience}: adapt anything here to your own situation.", ""]
    if fmt == "one-page summary":
        lines += ["(Short version: the full handout is available from the facilitator.)", ""]
    elif fmt == "easy read":
        lines += ["This handout uses short sentences. Ask a facilitator if anything is unclear.", ""]
    elif fmt == "large print":
        lines += ["(Large print edition: print at 150% or larger.)", ""]
    lines += [*body.split("\n"), "", "---", f"Peer support handout, version {version}. Shared in the group; "
              "not medical advice. If you are worried about your health, talk to your GP."]
    if plain:
        lines = [line.lstrip("#").strip().replace("*", "") if line != "---" else "" for line in lines]
    return "\n".join(lines) + "\n"
