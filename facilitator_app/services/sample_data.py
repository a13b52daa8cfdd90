"""Invented sample data (``demo-data``): groups, members, sessions and everything recorded at them.

Every person, group, venue and note here is made up. The generator is pure Python
and deterministic: the same seed and the same ``today`` give the same rows, ids
included, because every UUID comes from one ``random.Random(seed)`` and every
timestamp from a session date rather than the clock. The rows go into the store
in one transaction through ``storage.bulk`` (Core executemany, no ORM objects),
so the large store (about 200,000 attendance rows) builds in seconds.
"""

from __future__ import annotations

import dataclasses
import hashlib
import random
import unicodedata
import uuid
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from facilitator_app.domain.enums import AttendanceStatus, Cadence, MeetingStatus
from facilitator_app.domain.ids import new_id
from facilitator_app.domain.instruments import MOOD, PHQ2, WHO5, InstrumentDefinition, score
from facilitator_app.domain.recurrence import Recurrence
from facilitator_app.errors import ValidationError
from facilitator_app.storage import orm
from facilitator_app.storage.base import Base
from facilitator_app.storage.bulk import bulk_insert, has_live_rows
from facilitator_app.storage.store import open_store

AUDIT_ACTION = "sample_data.created"

REFUSAL = ("This store already holds groups; sample data goes only into a new or empty store, "
           "so your own data is never mixed with invented people. Give a new path with --db.")

Row = dict[str, Any]


@dataclass(frozen=True)
class SampleSummary:
    """How many rows of each kind the sample holds (counts only, so it is deterministic too)."""

    groups: int
    members: int
    memberships: int
    meetings: int
    attendance: int
    checkins: int
    session_notes: int
    handouts: int
    meeting_handouts: int
    skipped_dates: int

    @property
    def counts(self) -> dict[str, int]:
        """The counts by table-like name, in a fixed order (for the audit event and the command line)."""
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class SampleData:
    """Generated rows per table, ready for ``bulk_insert``, and their counts."""

    rows: dict[type[Base], list[Row]]
    summary: SampleSummary


@dataclass(frozen=True)
class _Scale:
    groups: int
    members: int
    cadences: tuple[tuple[Cadence, int], ...]   # (cadence, how many groups), dealt out in order
    past_sessions: dict[Cadence, int]           # per group, before jitter
    jitter: float                               # +- fraction of past_sessions
    roster: tuple[int, int]                     # members a group settles around
    handouts: int
    upcoming: int
    cross_members: int                          # extra memberships of people already in another group
    note_share: float                           # held sessions that get notes


SCALES: dict[str, _Scale] = {
    # Two groups a facilitator can read through in a demo: about 30 past sessions.
    "small": _Scale(groups=2, members=25, cadences=((Cadence.WEEKLY, 1), (Cadence.FORTNIGHTLY, 1)),
                    past_sessions={Cadence.WEEKLY: 17, Cadence.FORTNIGHTLY: 13, Cadence.MONTHLY: 8},
                    jitter=0.0, roster=(9, 11), handouts=12, upcoming=4, cross_members=2, note_share=0.9),
    # An organisation's six years: the size the app must stay fast at.
    "large": _Scale(groups=40, members=2000,
                    cadences=((Cadence.WEEKLY, 24), (Cadence.FORTNIGHTLY, 12), (Cadence.MONTHLY, 4)),
                    past_sessions={Cadence.WEEKLY: 310, Cadence.FORTNIGHTLY: 155, Cadence.MONTHLY: 66},
                    jitter=0.1, roster=(18, 26), handouts=200, upcoming=4, cross_members=50, note_share=0.96),
}

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


# --------------------------------------------------------------------------- public API
def build_sample_store(path: Path, scale: str = "small", seed: int = 1,
                       today: date | None = None) -> SampleSummary:
    """Fill a new (or empty) store at ``path`` with invented sample data, in one transaction.

    Refuses, and leaves the store as it was, when it already holds groups.
    """
    spec = _scale(scale)
    today = today or date.today()
    store = open_store(path)
    try:
        with store.write() as session:
            # Checked inside the transaction, so nothing can slip in between check and insert.
            if has_live_rows(session, orm.Group):
                raise ValidationError(REFUSAL)
            sample = _Generator(spec, seed, today).run()
            bulk_insert(session, sample.rows)
    finally:
        store.close()
    return sample.summary


def generate_sample(scale: str = "small", seed: int = 1, today: date | None = None) -> SampleData:
    """The sample rows without touching any store (pure: same arguments, same rows)."""
    return _Generator(_scale(scale), seed, today or date.today()).run()


def _scale(name: str) -> _Scale:
    try:
        return SCALES[name]
    except KeyError:
        raise ValidationError(f"There is no sample size called '{name}'. "
                              f"Choose one of: {', '.join(SCALES)}.") from None


# --------------------------------------------------------------------------- generation
_EPOCH = datetime(1970, 1, 1)
_MS = timedelta(milliseconds=1)
_HOLIDAYS = ((12, 24), (12, 25), (12, 26), (12, 31), (1, 1))


@dataclass
class _Person:
    """A member while being generated: profile, habits and a wandering mood."""

    index: int
    preferred_name: str
    full_name: str
    initials: str
    attend_p: float
    late_p: float
    early_p: float
    excuse_p: float
    pass_p: float
    mood_base: float
    mood_drift: float = 0.0
    first_seen: datetime | None = None
    id: uuid.UUID | None = None
    profile: Row = field(default_factory=dict)


@dataclass
class _Stint:
    """One membership: a person in a group from ``joined_on`` until (not including) ``left_on``."""

    person: int
    joined_on: date
    left_on: date | None = None
    agreement_version: int | None = None
    acknowledged_at: datetime | None = None


@dataclass
class _Group:
    index: int
    id: uuid.UUID
    row: Row
    recurrence: Recurrence
    instrument: InstrumentDefinition
    past: list[tuple[date, MeetingStatus]]
    upcoming: list[date]
    skipped: list[date]
    co_facilitator: str
    agreement_version: int
    agreement_v2_from: date | None
    stints: list[_Stint] = field(default_factory=list)


class _Generator:
    """Draws every value from one ``random.Random``, in a fixed order."""

    def __init__(self, spec: _Scale, seed: int, today: date) -> None:
        self.spec = spec
        self.rng = random.Random(seed)
        self.today = today
        # The sample's "now": after every past session, before every upcoming one.
        self.now = datetime.combine(today, time(9, 0))
        self.rows: dict[type[Base], list[Row]] = {t: [] for t in (
            orm.Group, orm.SkippedDate, orm.Member, orm.Membership, orm.Meeting, orm.Attendance,
            orm.Checkin, orm.SessionNote, orm.HandoutFile, orm.Handout, orm.MeetingHandout, orm.AuditEvent)}

    # ---- helpers
    def _id(self, at: datetime) -> uuid.UUID:
        return new_id(now_ms=(at - _EPOCH) // _MS, rand=self.rng.randbytes(10))

    def _row(self, at: datetime, updated: datetime | None = None, **values: Any) -> Row:
        return {"id": self._id(at), "created_at": at, "updated_at": updated or at, "deleted_at": None, **values}

    # ---- the whole sample
    def run(self) -> SampleData:
        groups = self._groups()
        people = self._people()
        self._rosters(groups, people)
        self._member_rows(groups, people)
        handouts = self._handouts(groups)
        for group in groups:
            self._sessions(group, people, handouts)
        summary = SampleSummary(
            groups=len(self.rows[orm.Group]), members=len(self.rows[orm.Member]),
            memberships=len(self.rows[orm.Membership]), meetings=len(self.rows[orm.Meeting]),
            attendance=len(self.rows[orm.Attendance]), checkins=len(self.rows[orm.Checkin]),
            session_notes=len(self.rows[orm.SessionNote]), handouts=len(self.rows[orm.Handout]),
            meeting_handouts=len(self.rows[orm.MeetingHandout]),
            skipped_dates=len(self.rows[orm.SkippedDate]))
        self.rows[orm.AuditEvent].append(self._row(self.now, occurred_at=self.now, action=AUDIT_ACTION,
                                                   counts=summary.counts))
        return SampleData(rows=self.rows, summary=summary)

    # ---- groups and their calendars
    def _groups(self) -> list[_Group]:
        rng, spec = self.rng, self.spec
        cadences = [c for c, n in spec.cadences for _ in range(n)]
        # Keep the first group weekly (the demo's main group); shuffle the rest.
        rest = cadences[1:]
        rng.shuffle(rest)
        cadences = cadences[:1] + rest
        names: set[str] = set()
        groups = []
        for index, cadence in enumerate(cadences):
            if index == 0:
                weekday, part, start, theme, venue = 1, "Evening", time(18, 30), "Peer Support", VENUES[0]
            else:
                weekday = rng.randrange(7) if cadence is Cadence.MONTHLY else rng.randrange(6)
                part, starts = rng.choice(TIMES_OF_DAY)
                start = rng.choice(starts)
                theme, venue = THEMES[index % len(THEMES)], rng.choice(VENUES[1:])
            week_of_month = rng.choice((1, 2, 3, 4, -1)) if cadence is Cadence.MONTHLY else 1
            if cadence is Cadence.MONTHLY:
                name = f"{ORDINALS[week_of_month]} {WEEKDAYS[weekday]} {theme}"
            else:
                name = f"{WEEKDAYS[weekday]} {part} {theme}"
            if spec.groups > len(THEMES) or name.casefold() in names:
                # Many groups: say where each one is, as an organisation with several towns would.
                name = f"{name} ({TOWNS[index % len(TOWNS)]})"
            while name.casefold() in names:
                name += " II"
            names.add(name.casefold())  # the app compares group names ignoring case
            duration = rng.choice((90, 90, 90, 120, 60))
            instrument = (MOOD, WHO5, PHQ2)[index] if index < 3 else rng.choices(
                (MOOD, WHO5, PHQ2), weights=(70, 20, 10))[0]
            n_past = spec.past_sessions[cadence]
            n_past = max(3, round(n_past * (1 + rng.uniform(-spec.jitter, spec.jitter))))
            days = {Cadence.WEEKLY: 7, Cadence.FORTNIGHTLY: 14, Cadence.MONTHLY: 30.44}[cadence]
            rough_start = self.today - timedelta(days=round(days * n_past))
            probe = Recurrence(cadence, weekday, rough_start, start, duration, week_of_month)
            anchor = next(probe.dates_from(rough_start))
            recurrence = dataclasses.replace(probe, anchor=anchor)
            past, upcoming, skipped = self._calendar(recurrence)
            # The demo's two groups show both versions; a larger sample mostly still has the first.
            agreement_version = (1, 2)[index] if index < 2 else (2 if rng.random() < 0.4 else 1)
            held_days = [d for d, status in past if status is MeetingStatus.HELD]
            v2_from = held_days[len(held_days) // 2] if agreement_version == 2 else None
            co = f"{rng.choice(FIRST_NAMES)} (volunteer)" if rng.random() < 0.6 else ""
            created = datetime.combine(anchor - timedelta(days=21), time(11, 0))
            updated = datetime.combine(v2_from, time(11, 0)) if v2_from else created
            group_id = self._id(created)
            row = {
                "id": group_id, "created_at": created, "updated_at": updated, "deleted_at": None,
                "name": name, "description": rng.choice(DESCRIPTIONS), "venue": venue, "cadence": cadence,
                "weekday": weekday, "week_of_month": week_of_month, "anchor_date": anchor, "start_time": start,
                "duration_minutes": duration, "instrument_id": instrument.id,
                "agreement_text": AGREEMENT_V2 if agreement_version == 2 else AGREEMENT_V1,
                "agreement_version": agreement_version,
            }
            self.rows[orm.Group].append(row)
            for day in skipped:
                self.rows[orm.SkippedDate].append(self._row(
                    created, group_id=group_id, date=day, reason="Venue closed for the holidays"))
            groups.append(_Group(index, group_id, row, recurrence, instrument, past, upcoming, skipped,
                                 co, agreement_version, v2_from))
        return groups

    def _calendar(self, recurrence: Recurrence) -> tuple[list[tuple[date, MeetingStatus]], list[date], list[date]]:
        """Past sessions (with status), upcoming planned dates and skipped holiday dates."""
        rng = self.rng
        past: list[date] = []
        upcoming: list[date] = []
        skipped: list[date] = []
        for day in recurrence.dates_from(recurrence.anchor):
            if len(upcoming) == self.spec.upcoming:
                break
            if (day.month, day.day) in _HOLIDAYS:
                skipped.append(day)
            elif day < self.today:
                past.append(day)
            elif day > self.today:  # a session today would be neither past nor upcoming
                upcoming.append(day)
        statuses = []
        for _ in past:
            r = rng.random()
            statuses.append(MeetingStatus.CANCELLED if r < 0.04 else
                            MeetingStatus.DID_NOT_MEET if r < 0.06 else MeetingStatus.HELD)
        # Every group shows each state at least once, away from its first and last sessions.
        if len(past) >= 10:
            for wanted in (MeetingStatus.CANCELLED, MeetingStatus.DID_NOT_MEET):
                if wanted not in statuses:
                    choices = [i for i in range(1, len(past) - 1) if statuses[i] is MeetingStatus.HELD]
                    statuses[rng.choice(choices)] = wanted
        statuses[0] = MeetingStatus.HELD  # a group starts with a session that happened
        return list(zip(past, statuses, strict=True)), upcoming, skipped

    # ---- people
    def _people(self) -> list[_Person]:
        rng = self.rng
        people = []
        # Names do not repeat until the pool runs out (a small store then reads clearly;
        # the large one has namesakes, as a real organisation does).
        unused = [n for n in FIRST_NAMES if n not in REQUIRED_NAMES]
        rng.shuffle(unused)
        for index in range(self.spec.members):
            if index < len(REQUIRED_NAMES):
                preferred = REQUIRED_NAMES[index]
            else:
                preferred = unused.pop() if unused else rng.choice(FIRST_NAMES)
            # Most people give only a first name (data minimisation).
            full = "" if " " in preferred or rng.random() >= 0.35 else f"{preferred} {rng.choice(SURNAMES)}"
            person = _Person(
                index=index, preferred_name=preferred, full_name=full, initials=_initials(full or preferred),
                attend_p=max(0.3, rng.betavariate(5, 1.4)), late_p=rng.choice((0.02, 0.05, 0.15)),
                early_p=rng.choice((0.01, 0.03, 0.08)), excuse_p=rng.uniform(0.3, 0.9),
                pass_p=rng.choices((0.04, 0.12, 0.4), weights=(70, 25, 5))[0],
                mood_base=rng.uniform(3.5, 7.5))
            phone = f"07700 900{rng.randrange(1000):03d}" if rng.random() < 0.12 else ""
            email = f"{_ascii(preferred)}.{rng.randrange(10, 100)}@example.org" if rng.random() < 0.1 else ""
            emergency = rng.random() < 0.05
            person.profile = {
                "preferred_name": preferred, "full_name": full,
                "pronouns": rng.choice(PRONOUNS) if rng.random() < 0.3 else "",
                "phone": phone, "email": email,
                "emergency_contact_name": f"{rng.choice(FIRST_NAMES)} ({rng.choice(RELATIONS)})" if emergency else "",
                "emergency_contact_phone": f"07700 900{rng.randrange(1000):03d}" if emergency else "",
                "notes": rng.choice(MEMBER_NOTES) if rng.random() < 0.08 else "",
                "consent_to_contact": bool(phone or email) and rng.random() < 0.8,
            }
            people.append(person)
        return people

    def _rosters(self, groups: list[_Group], people: list[_Person]) -> None:
        """Who is in which group when: founders, newcomers filling gaps, people leaving."""
        rng, spec = self.rng, self.spec
        order = list(range(len(people)))
        # The named people stay at the front so they land in the first (demo) group.
        tail = order[len(REQUIRED_NAMES):]
        rng.shuffle(tail)
        order = order[:len(REQUIRED_NAMES)] + tail
        share, extra = divmod(len(people), len(groups))
        start = 0
        for group in groups:
            size = share + (1 if group.index < extra else 0)
            allotted, start = order[start:start + size], start + size
            held = [d for d, status in group.past if status is MeetingStatus.HELD]
            target = min(len(allotted), rng.randint(*spec.roster))
            stints = [_Stint(p, held[0]) for p in allotted[:target]]
            active = list(stints)
            waiting = deque(allotted[target:])
            # Chosen so that, on average, the waiting list is used up by today.
            leave_p = len(waiting) / max(1, (len(held) - 1) * target)
            for day in held[1:]:
                for stint in list(active):
                    if rng.random() < leave_p:
                        stint.left_on = day
                        active.remove(stint)
                while len(active) < target and waiting and rng.random() < 0.6:
                    stint = _Stint(waiting.popleft(), day)
                    stints.append(stint)
                    active.append(stint)
            recent = held[-max(1, len(held) // 5):]
            stints.extend(_Stint(p, rng.choice(recent)) for p in waiting)
            if all(s.left_on is None for s in stints) and len(held) > 6:
                # Members leave and their history stays: make sure every group shows that.
                leaver = rng.choice(stints[:target])
                leaver.left_on = held[len(held) * 2 // 3]
            group.stints = stints
        # A few people also go to a second group.
        for n in range(spec.cross_members):
            group = groups[n % len(groups)]
            inside = {s.person for s in group.stints}
            person = rng.randrange(len(people))
            while person in inside:
                person = rng.randrange(len(people))
            held = [d for d, status in group.past if status is MeetingStatus.HELD]
            joined = rng.choice(held[len(held) // 3:])
            stint = _Stint(person, joined)
            later = [d for d in held if d > joined]
            if later and rng.random() < 0.3:
                stint.left_on = rng.choice(later)
            group.stints.append(stint)
        for group in groups:
            group.stints.sort(key=lambda s: s.joined_on)  # stable: founders keep their order
            self._agreements(group)

    def _agreements(self, group: _Group) -> None:
        start = group.recurrence.start_time
        for stint in group.stints:
            joined_at = datetime.combine(stint.joined_on, start) + timedelta(minutes=5)
            v2_from = group.agreement_v2_from
            if group.agreement_version == 1 or (v2_from is not None and stint.joined_on >= v2_from):
                stint.agreement_version, stint.acknowledged_at = group.agreement_version, joined_at
            elif (stint.left_on is None or stint.left_on > v2_from) and self.rng.random() < 0.75:
                stint.agreement_version = 2
                stint.acknowledged_at = datetime.combine(v2_from, start) + timedelta(minutes=5)  # type: ignore[arg-type]
            else:
                stint.agreement_version, stint.acknowledged_at = 1, joined_at

    def _member_rows(self, groups: list[_Group], people: list[_Person]) -> None:
        joins: list[tuple[datetime, _Group, _Stint]] = []
        for group in groups:
            for stint in group.stints:
                at = datetime.combine(stint.joined_on, group.recurrence.start_time) - timedelta(minutes=10)
                joins.append((at, group, stint))
                person = people[stint.person]
                if person.first_seen is None or at < person.first_seen:
                    person.first_seen = at
        # A member's row is made the first time they come, so ids follow arrival order.
        for person in sorted(people, key=lambda p: (p.first_seen, p.index)):
            assert person.first_seen is not None  # every person was given a group
            person.id = self._id(person.first_seen)
            self.rows[orm.Member].append({"id": person.id, "created_at": person.first_seen,
                                          "updated_at": person.first_seen, "deleted_at": None, **person.profile})
        for at, group, stint in sorted(joins, key=lambda j: (j[0], j[1].index)):
            updated = at
            if stint.left_on is not None:
                updated = datetime.combine(stint.left_on, group.recurrence.start_time) + timedelta(hours=3)
            elif stint.acknowledged_at is not None and stint.acknowledged_at > updated:
                updated = stint.acknowledged_at
            self.rows[orm.Membership].append(self._row(
                at, updated, member_id=people[stint.person].id, group_id=group.id, joined_on=stint.joined_on,
                left_on=stint.left_on, agreement_version=stint.agreement_version,
                agreement_acknowledged_at=stint.acknowledged_at))

    # ---- handouts
    def _handouts(self, groups: list[_Group]) -> list[tuple[datetime, uuid.UUID, str]]:
        """Handout rows; returns (created, id, topic keys) in creation order."""
        first = min(g.past[0][0] for g in groups)
        begin = datetime.combine(first - timedelta(days=30), time(12, 0))
        span = (self.now - timedelta(days=30)) - begin
        n = self.spec.handouts
        out = []
        seen: set[str] = set()
        for i in range(n):
            slug, title, topics, description, body = HANDOUTS[i % len(HANDOUTS)]
            k = i // len(HANDOUTS)
            audience, fmt = AUDIENCES[k % len(AUDIENCES)], FORMATS[(k // len(AUDIENCES)) % len(FORMATS)]
            version = 1 + k // (len(AUDIENCES) * len(FORMATS))
            extras = [x for x in (audience, fmt) if x]
            full_title = title + (f" ({', '.join(extras)})" if extras else "")
            # The small set is all there from the start; a large organisation adds handouts over the years.
            created = begin + timedelta(hours=i) if n <= len(HANDOUTS) else begin + span * i / n
            created = created.replace(microsecond=0)
            plain = i % 4 == 3
            text = _handout_text(full_title, description, body, audience, fmt, version, plain)
            content = text.encode("utf-8")
            sha = hashlib.sha256(content).hexdigest()
            assert sha not in seen, "handout contents must differ (sha256 is unique)"
            seen.add(sha)
            file_row = self._row(created, sha256=sha, media_type="text/plain" if plain else "text/markdown",
                                 size=len(content), content=content)
            suffix = "".join(f"-{_slug(p)}" for p in (audience, fmt) if p)
            handout = self._row(
                created, title=full_title, topics=topics, description=description, version=str(version),
                file_name=f"{slug}{suffix}{'.txt' if plain else '.md'}", file_id=file_row["id"])
            self.rows[orm.HandoutFile].append(file_row)
            self.rows[orm.Handout].append(handout)
            out.append((created, handout["id"], topics))
        return out

    # ---- sessions and what was recorded at them
    def _sessions(self, group: _Group, people: list[_Person],
                  handouts: list[tuple[datetime, uuid.UUID, str]]) -> None:
        rng, spec = self.rng, self.spec
        rows = self.rows
        attendance, checkins = rows[orm.Attendance], rows[orm.Checkin]
        rec = group.recurrence
        defn = group.instrument
        duration = timedelta(minutes=rec.duration_minutes)
        stints = group.stints
        pending = 0              # next stint (by join date) not yet in the room
        active: dict[int, _Stint] = {}
        for day, status in group.past:
            while pending < len(stints) and stints[pending].joined_on <= day:
                active[stints[pending].person] = stints[pending]
                pending += 1
            for person_index in [p for p, s in active.items() if s.left_on is not None and s.left_on <= day]:
                del active[person_index]
            start = datetime.combine(day, rec.start_time)
            end = start + duration
            held = status is MeetingStatus.HELD
            topic, topic_key = rng.choice(TOPICS) if rng.random() < 0.85 else ("", "")
            meeting_id = self._id(datetime.combine(day - timedelta(days=7), time(10, 0)))
            rows[orm.Meeting].append({
                "id": meeting_id, "created_at": datetime.combine(day - timedelta(days=7), time(10, 0)),
                "updated_at": end + timedelta(minutes=45), "deleted_at": None, "group_id": group.id,
                "date": day, "start_time": rec.start_time, "end_time": end.time(),
                "venue": STAND_IN_VENUE if rng.random() < 0.03 else group.row["venue"],
                "topic": topic if held or rng.random() < 0.5 else "", "status": status,
                "visitor_count": rng.choices((0, 1, 2, 3), weights=(60, 22, 12, 6))[0] if held else 0,
                "co_facilitators": group.co_facilitator if held and rng.random() < 0.85 else "",
            })
            if not held:
                continue  # cancelled and did-not-meet sessions have no attendance
            came: list[_Person] = []
            newcomers: list[_Person] = []
            for position, (person_index, stint) in enumerate(active.items()):
                person = people[person_index]
                comment = ""
                if stint.joined_on == day:
                    state = AttendanceStatus.PRESENT
                    newcomers.append(person)
                elif rng.random() < person.attend_p:
                    r = rng.random()
                    if r < person.late_p:
                        state = AttendanceStatus.LATE
                        comment = rng.choice(LATE_COMMENTS) if rng.random() < 0.25 else ""
                    elif r < person.late_p + person.early_p:
                        state = AttendanceStatus.LEFT_EARLY
                        comment = rng.choice(EARLY_COMMENTS) if rng.random() < 0.3 else ""
                    else:
                        state = AttendanceStatus.PRESENT
                else:
                    state = AttendanceStatus.EXCUSED if rng.random() < person.excuse_p else AttendanceStatus.ABSENT
                    if state is AttendanceStatus.EXCUSED and rng.random() < 0.35:
                        comment = rng.choice(EXCUSED_COMMENTS)
                at = start + timedelta(seconds=20 * position)
                attendance.append({"id": self._id(at), "created_at": at, "updated_at": at, "deleted_at": None,
                                   "meeting_id": meeting_id, "member_id": person.id, "status": state,
                                   "comment": comment})
                if state.attended:
                    came.append(person)
            for position, person in enumerate(came):
                # The mood wanders: it leans back towards the person's usual level, with
                # the occasional hard week (which is what the gentle follow-up flag is for).
                # Bounded, so nobody sits at the bottom of the scale for weeks: invented data
                # should look like a group, not like an emergency the app stays silent about.
                person.mood_drift = max(-3.0, 0.6 * person.mood_drift + rng.gauss(0, 1.2))
                if rng.random() < 0.05:
                    person.mood_drift -= rng.uniform(3, 5)
                if rng.random() >= 0.92:
                    continue  # no check-in recorded for this person today
                at = start + timedelta(minutes=10, seconds=30 * position)
                if rng.random() < person.pass_p:
                    score(defn, [], passed=True)
                    checkins.append({"id": self._id(at), "created_at": at, "updated_at": at, "deleted_at": None,
                                     "meeting_id": meeting_id, "member_id": person.id, "instrument_id": defn.id,
                                     "scores": [], "total": None, "word": "", "passed": True})
                    continue
                mood = min(10.0, max(1.0, person.mood_base + person.mood_drift))
                answers = _answers(defn, mood, rng)
                total = score(defn, answers).total
                word = ""
                if rng.random() < 0.55:
                    word = rng.choice(WORDS_LOW if mood < 4 else WORDS_MID if mood < 7 else WORDS_HIGH)
                checkins.append({"id": self._id(at), "created_at": at, "updated_at": at, "deleted_at": None,
                                 "meeting_id": meeting_id, "member_id": person.id, "instrument_id": defn.id,
                                 "scores": answers, "total": total, "word": word, "passed": False})
            if rng.random() < spec.note_share:
                self._note(meeting_id, end, topic, came, newcomers, first=day == group.past[0][0])
            if handouts and rng.random() < 0.25:
                self._give_handouts(meeting_id, start, topic_key, handouts)
        for day in group.upcoming:
            created = min(datetime.combine(day - timedelta(days=14), time(10, 0)), self.now - timedelta(hours=1))
            topic = rng.choice(TOPICS)[0] if day == group.upcoming[0] or rng.random() < 0.3 else ""
            rows[orm.Meeting].append(self._row(
                created, group_id=group.id, date=day, start_time=rec.start_time,
                end_time=(datetime.combine(day, rec.start_time) + duration).time(), venue=group.row["venue"],
                topic=topic, status=MeetingStatus.PLANNED, visitor_count=0, co_facilitators=group.co_facilitator))

    def _note(self, meeting_id: uuid.UUID, end: datetime, topic: str,
              came: Sequence[_Person], newcomers: Sequence[_Person], first: bool) -> None:
        """Notes in sections, naming members by initials only (the privacy norm)."""
        rng = self.rng
        initials = [p.initials for p in came] or ["The group"]
        themes = f"{topic}." if topic else "Open session: no set topic."
        if rng.random() < 0.7:
            themes += f" Several people spoke about {rng.choice(EXTRA_THEMES)}."
        strategies = "\n".join(f"- {s}" for s in rng.sample(STRATEGIES, rng.randint(1, 3)))
        follow_ups = ""
        if rng.random() < 0.4:
            follow_ups = rng.choice(FOLLOW_UPS).format(i=rng.choice(initials))
        safety = rng.choice(SAFETY).format(i=rng.choice(initials)) if came and rng.random() < 0.025 else ""
        free: list[str] = []
        if first:
            free.append("First session: the group agreement was read aloud and everyone agreed to it.")
        elif newcomers:
            names = ", ".join(p.initials for p in newcomers)
            free.append(f"Welcomed {names} (new); they acknowledged the group agreement.")
        if came and rng.random() < 0.45:
            free.append(rng.choice(SHARINGS).format(i=rng.choice(initials)))
        if rng.random() < 0.25:
            free.append(rng.choice(HOUSEKEEPING))
        at = end + timedelta(hours=1)
        self.rows[orm.SessionNote].append(self._row(
            at, meeting_id=meeting_id, themes=themes, strategies=strategies, follow_ups=follow_ups,
            safety_concerns=safety, free_text="\n".join(free)))

    def _give_handouts(self, meeting_id: uuid.UUID, start: datetime, topic_key: str,
                       handouts: list[tuple[datetime, uuid.UUID, str]]) -> None:
        rng = self.rng
        available = [h for h in handouts if h[0] < start]
        if not available:
            return
        matching = [h for h in available if topic_key and topic_key in h[2].split(",")] or available
        chosen = rng.sample(matching, min(len(matching), 1 if rng.random() < 0.7 else 2))
        for position, (_, handout_id, _) in enumerate(chosen):
            at = start + timedelta(minutes=50 + position)
            self.rows[orm.MeetingHandout].append(self._row(
                at, meeting_id=meeting_id, handout_id=handout_id, position=position))


# --------------------------------------------------------------------------- small pure helpers
def _answers(defn: InstrumentDefinition, mood: float, rng: random.Random) -> list[int | None]:
    """Item answers consistent with a mood of 0-10, for any of the built-in instruments."""
    if defn.id == MOOD.id:
        return [round(mood)]
    if defn.id == WHO5.id:
        return [min(5, max(0, round(mood / 2 + rng.gauss(0, 0.7)))) for _ in defn.items]
    if defn.id == PHQ2.id:
        return [min(3, max(0, round((10 - mood) * 0.3 + rng.gauss(0, 0.5)))) for _ in defn.items]
    raise ValueError(f"no sample answers for instrument {defn.key}")


def _initials(name: str) -> str:
    """'Jo Morris' -> 'J.M.'; 'Nguyễn Văn An' -> 'N.V.A.'."""
    return "".join(f"{word[0].upper()}." for word in name.split()[:3] if word)


_ASCII_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "þ": "th",
                             "Þ": "Th", "ð": "d", "ß": "ss", "ı": "i", "'": ""})


def _ascii(name: str) -> str:
    """A lower-case ASCII handle for an invented e-mail address ('Søren' -> 'soren')."""
    folded = unicodedata.normalize("NFKD", name.translate(_ASCII_FOLD))
    kept = "".join(c for c in folded if c.isascii() and (c.isalnum() or c in " -"))
    return kept.strip().lower().replace(" ", ".").replace("-", "") or "member"


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def _handout_text(title: str, description: str, body: str, audience: str, fmt: str, version: int,
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
